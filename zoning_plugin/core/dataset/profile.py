"""What makes a dataset one place's: the city's name and code, the title and numbering of its lists,
its unit classes, its river buffer rule and its metric CRS, read from `dataset_meta` (see
docs/dataset-schema.md, "Place-specific settings"). A key that is missing falls back as that page
says, so files written before these keys existed still open; nothing here names a city."""
import json
import math
from dataclasses import dataclass, field

from zoning_plugin.core.errors import CRSError
from zoning_plugin.core.geo import crs_from_user, gauss_kruger_crs
from zoning_plugin.core.dataset.model import DEFAULT_UNIT_CLASSES
from zoning_plugin.core.messages import say


@dataclass(frozen=True)
class UnitClass:
    number: int
    name: str
    short: str
    colour: str
    aliases: tuple = ()


@dataclass(frozen=True)
class BufferRule:
    """The river buffer rule: the requirement it rests on, its main river and widths, and the basins
    whose list holds it (empty: every basin)."""
    req_id: str = ""
    main_river: str = ""
    main_width_m: float = None
    other_width_m: float = None
    basins: tuple = ()


@dataclass
class Place:
    city_name: str
    city_code: str
    city_list_title: str
    list_structure: str                   # "1+2+61"
    levels: tuple                         # the numbers shown before the city, basin and unit titles
    unit_classes: list                    # UnitClass, in class order
    buffer_rule: BufferRule = None        # None when the dataset states none
    metric_crs: str = ""
    problems: list = field(default_factory=list)   # keys that could not be read (validate lists them)

    def unit_class(self, number):
        return next((c for c in self.unit_classes if c.number == number), None)

    def class_number(self, value):
        """The class number of a stored class, whether written as a number, its digits, the class
        name, its short name or an alias; None for anything else (validate reports it)."""
        if value is None or isinstance(value, bool):
            return None
        text = "".join(str(value).split())
        numbers = {c.number for c in self.unit_classes}
        for unit_class in self.unit_classes:
            if text in (unit_class.name, unit_class.short) + tuple(unit_class.aliases):
                return unit_class.number
        try:
            number = float(text)
        except ValueError:
            return None
        return int(number) if math.isfinite(number) and number.is_integer() and int(number) in numbers else None

    def class_name(self, value):
        unit_class = self.unit_class(self.class_number(value))
        return unit_class.name if unit_class else say(f"未知分类 {value}", f"unknown class {value}")


def _unit_classes(text, problems):
    entries = DEFAULT_UNIT_CLASSES
    if text:
        try:
            entries = json.loads(text)
            if not isinstance(entries, list) or not entries or not all(
                    isinstance(e, dict) and isinstance(e.get("class"), int) and e.get("name") for e in entries):
                raise ValueError(text[:60])
        except ValueError:
            problems.append(say("dataset_meta 的 unit_classes 无法读取，按默认三类读取", "unit_classes of dataset_meta cannot be read: the three default classes are used"))
            entries = DEFAULT_UNIT_CLASSES
    return [UnitClass(int(e["class"]), str(e["name"]), str(e.get("short") or e["name"]),
                      str(e.get("colour") or "#cccccc"), tuple(str(a) for a in e.get("aliases") or ()))
            for e in sorted(entries, key=lambda e: e["class"])]


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def read_buffer_rule(text, problems=None):
    """The BufferRule of dataset_meta.river_buffer_rule (JSON), None without one; an unreadable
    value is told in `problems`."""
    problems = [] if problems is None else problems
    if not text:
        return None
    try:
        rule = json.loads(text)
        if not isinstance(rule, dict):
            raise ValueError(text[:60])
    except ValueError:
        problems.append(say("dataset_meta 的 river_buffer_rule 无法读取", "river_buffer_rule of dataset_meta cannot be read"))
        return None
    basins = rule.get("basins") or ()
    return BufferRule(str(rule.get("req_id") or ""), str(rule.get("main_river") or ""),
                      _number(rule.get("main_width_m")), _number(rule.get("other_width_m")),
                      tuple(str(b) for b in (basins if isinstance(basins, list) else [basins])))


def _metric_crs(text, city_bounds_4490, problems):
    fallback = gauss_kruger_crs((city_bounds_4490[0] + city_bounds_4490[2]) / 2)
    if not text:
        return fallback
    try:
        crs = crs_from_user(text)
    except CRSError:
        crs = None
    if crs is None or not crs.is_projected:
        problems.append(say(f"dataset_meta 的 metric_crs「{text}」不是投影坐标系，改用 {fallback}", f"metric_crs “{text}” of dataset_meta is not a projected CRS: {fallback} is used"))
        return fallback
    return str(text).strip()


def place_of(meta, city_record, city_bounds_4490, basin_count, unit_count):
    """The Place of a dataset from its `dataset_meta` dict, with the fallbacks of the schema page:
    the city boundary's name and code, `1+<basins>+<units>`, the three default classes, no buffer
    rule, the Gauss-Kruger zone of the city's centre longitude."""
    problems = []
    city_name = str(meta.get("city_name") or city_record.get("name") or "")
    structure = str(meta.get("list_structure") or "")
    levels = tuple(part.strip() for part in structure.split("+"))
    if len(levels) != 3 or not all(levels):
        if structure:
            problems.append(say(f"dataset_meta 的 list_structure「{structure}」不是“1+2+N”的形式", f"list_structure “{structure}” of dataset_meta is not of the form “1+2+N”"))
        structure = f"1+{basin_count}+{unit_count}"
        levels = tuple(structure.split("+"))
    return Place(city_name=city_name, city_code=str(meta.get("city_code") or city_record.get("code") or ""),
                 city_list_title=str(meta.get("city_list_title") or f"{city_name}总体管控要求"),
                 list_structure=structure, levels=levels,
                 unit_classes=_unit_classes(meta.get("unit_classes"), problems),
                 buffer_rule=read_buffer_rule(meta.get("river_buffer_rule"), problems),
                 metric_crs=_metric_crs(meta.get("metric_crs"), city_bounds_4490, problems), problems=problems)
