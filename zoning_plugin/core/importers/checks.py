"""The validation report of an import: each problem with its severity, a one-line message
(Chinese first, English in brackets) and, where it has one, its place (a point or the unit's
geometry, EPSG:4490) for the problems layer; rendered as HTML with every text escaped."""
import html
import math
import re
import unicodedata
from dataclasses import dataclass, field

import shapely

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.geo import STORAGE_CRS, reproject
from zoning_plugin.core.dataset.model import DIMENSIONS, SCOPE_UNIT, dimension_label
from zoning_plugin.core.outputs import write_bytes
from zoning_plugin.core.dataset.validate import TOLERANCE_M2, UNIT_CODE, overlaps
from zoning_plugin.core.messages import colon, say

ERROR, WARNING, INFO = "error", "warning", "info"


def severity_name(severity):
    """A problem's severity in the current language (the code stays in the problems layer)."""
    return {ERROR: say("错误", "error"), WARNING: say("警告", "warning"), INFO: say("说明", "note")}[severity]

SHARE_TOLERANCE_PP = 0.05     # percentage points between a computed and a stated area share


@dataclass
class Problem:
    severity: str
    kind: str                 # a stable code: overlap, gap, duplicate_code, …
    message: str
    unit_code: str = ""
    geometry: object = None   # EPSG:4490 shapely geometry, or None when the problem has no place

    @property
    def point(self):
        """The point the problems layer shows: the geometry itself, or a point inside it."""
        if self.geometry is None or self.geometry.is_empty:
            return None
        if self.geometry.geom_type == "Point":
            return self.geometry
        return shapely.point_on_surface(self.geometry)


@dataclass
class ImportReport:
    problems: list = field(default_factory=list)
    facts: list = field(default_factory=list)       # lines: counts, shares, what was read
    mapping: list = field(default_factory=list)     # (label, field or '', how)
    sources: list = field(default_factory=list)     # {path, sha256, role}
    item_counts: list = field(default_factory=list)  # (unit code, [items per dimension in DIMENSIONS order])
    output: str = ""

    def add(self, severity, kind, message, unit_code="", geometry=None):
        self.problems.append(Problem(severity, kind, message, unit_code, geometry))

    def count(self, severity):
        return sum(1 for p in self.problems if p.severity == severity)

    def kinds(self):
        return {p.kind for p in self.problems}

    def summary(self):
        return say(f"错误 {self.count(ERROR)} 个，警告 {self.count(WARNING)} 个，说明 {self.count(INFO)} 个",
                   f"{self.count(ERROR)} errors, {self.count(WARNING)} warnings, {self.count(INFO)} notes")

    def save_html(self, path, title, outputs=None, guard=None):
        """Write the HTML page through core/outputs.py: into a temporary sibling checked by size,
        renamed when `outputs` (a transaction the caller commits) commits, else at once (refused by
        `guard` when given). OutputError naming `path` when it cannot be written."""
        data = self.to_html(title).encode("utf-8")
        if outputs is None:
            return write_bytes(path, data, guard)
        outputs.write(path, data)
        return path

    def to_html(self, title):
        esc = html.escape
        out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{esc(title)}</title>",
               "<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
               "td,th{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}"
               ".error{color:#b00020}.warning{color:#9a6700}</style></head><body>",
               f"<h1>{esc(title)}</h1>", f"<p>{esc(self.summary())}</p>"]
        if self.output:
            out.append(f"<p>{say('输出数据集：', 'Output dataset: ')}<code>{esc(self.output)}</code></p>")
        out.append(f"<h2>{say('问题', 'Problems')}</h2>")
        if self.problems:
            out.append(_header_row(say(("级别", "类型", "单元", "说明", "位置（经度，纬度）"),
                                       ("Severity", "Kind", "Unit", "Message", "Place (lon, lat)"))))
            order = {ERROR: 0, WARNING: 1, INFO: 2}
            for p in sorted(self.problems, key=lambda p: order[p.severity]):
                point = p.point
                where = f"{point.x:.6f}, {point.y:.6f}" if point is not None else "—"
                out.append(f"<tr class=\"{esc(p.severity)}\"><td>{esc(severity_name(p.severity))}</td>"
                           f"<td>{esc(p.kind)}</td><td>{esc(p.unit_code)}</td><td>{esc(p.message)}</td>"
                           f"<td>{esc(where)}</td></tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{say('未发现问题', 'No problems found')}</p>")
        out.append(f"<h2>{say('数据概况', 'Facts')}</h2><ul>")
        out.extend(f"<li>{esc(line)}</li>" for line in self.facts)
        out.append(f"</ul><h2>{say('字段对应', 'Field mapping')}</h2>")
        out.append(_header_row(say(("内容", "字段", "来源"), ("Content", "Field", "From"))))
        out.extend(f"<tr><td>{esc(label)}</td><td>{esc(name or '—')}</td><td>{esc(how)}</td></tr>"
                   for label, name, how in self.mapping)
        out.append("</table>")
        if self.item_counts:
            out.append(f"<h2>{say('各单元清单条目数', 'List items per unit and dimension')}</h2>")
            out.append(_header_row([say("单元", "Unit")] + [dimension_label(d) for d in DIMENSIONS] +
                                   [say("合计", "Total")]))
            out.extend(f"<tr><td>{esc(code)}</td>" + "".join(f"<td>{n}</td>" for n in counts) +
                       f"<td>{sum(counts)}</td></tr>" for code, counts in self.item_counts)
            out.append("</table>")
        out.append(f"<h2>{say('读取的文件', 'Source files')}</h2>")
        out.append(_header_row(say(("用途", "文件", "SHA-256"), ("Role", "File", "SHA-256"))))
        out.extend(f"<tr><td>{esc(s['role'])}</td><td>{esc(s['path'])}</td><td><code>{esc(s['sha256'])}</code></td></tr>"
                   for s in self.sources)
        out.append("</table></body></html>")
        return "\n".join(out) + "\n"


def _header_row(names):
    return "<table><tr>" + "".join(f"<th>{html.escape(name)}</th>" for name in names) + "</tr>"


def check_codes(units, report):
    """Code pattern (warning), class digit against the class (error), county digits (warning),
    duplicates and unreadable classes (errors). `units`: dicts of the writer's control_units."""
    seen = {}
    for unit in units:
        code, geometry = unit["unit_code"], unit["geom"]
        match = UNIT_CODE.match(code)
        if not match:
            report.add(WARNING, "code_pattern", say(f"单元编码不符合 ZH+6位县区代码+类别位+4位序号 的格式：{code}",
                                                    f"the unit code does not follow ZH + 6-digit county code + class digit + 4-digit number: {code}"), code, geometry)
        elif unit["unit_class"] is not None and int(match.group(2)) != unit["unit_class"]:
            report.add(ERROR, "class_digit", say(f"单元编码的类别位 {match.group(2)} 与单元分类 {unit['unit_class']} 不符：{code}",
                                                 f"the class digit {match.group(2)} of the code disagrees with the unit class {unit['unit_class']}: {code}"), code, geometry)
        elif unit["county_code"] and match.group(1) != unit["county_code"]:
            report.add(WARNING, "county_digits", say(f"单元编码的县区代码 {match.group(1)} 与所属县区 {unit['county_code']} 不符：{code}",
                                                     f"the county digits {match.group(1)} of the code disagree with the county {unit['county_code']}: {code}"), code, geometry)
        if unit["unit_class"] is None:
            report.add(ERROR, "unknown_class", say(f"无法识别单元分类「{unit['class_value']}」：{code}", f"unit class “{unit['class_value']}” not understood: {code}"),
                       code, geometry)
        if code in seen:
            report.add(ERROR, "duplicate_code", say(f"单元编码重复：{code}", f"duplicate unit code: {code}"), code, geometry)
        seen.setdefault(code, unit)


def check_tiling(units, city, metric_crs, report, tolerance_m2=TOLERANCE_M2, city_given=True):
    """Overlaps between units and gaps in the city (and, with a given city, units outside it),
    each above the tolerance, drawn where they are."""
    metric = [reproject(u["geom"], STORAGE_CRS, metric_crs) for u in units]
    for a, b, shared in overlaps(metric, tolerance_m2):
        codes = f"{units[a]['unit_code']} / {units[b]['unit_code']}"
        report.add(ERROR, "overlap", say(f"管控单元重叠 {codes}：{shared.area:,.1f} m²", f"control units overlap {codes}: {shared.area:,.1f} m²"), units[a]["unit_code"],
                   reproject(shared, metric_crs, STORAGE_CRS))
    union = shapely.union_all(metric)
    city_metric = reproject(city, STORAGE_CRS, metric_crs)
    kinds = [("gap", shapely.difference(city_metric, union), say("管控单元未覆盖的空隙", "gap in the city not covered by units"))]
    if city_given:
        kinds.append(("outside_city", shapely.difference(union, city_metric), say("管控单元超出市域", "units outside the city")))
    for kind, area, label in kinds:
        parts = [p for p in shapely.get_parts(area) if p.area > 0]
        big = [p for p in parts if p.area > tolerance_m2]
        for part in big:
            report.add(ERROR, kind, f"{label}{colon()}{part.area:,.1f} m²", "", reproject(part, metric_crs, STORAGE_CRS))
        rest = [p for p in parts if p.area <= tolerance_m2]
        if sum(p.area for p in rest) > tolerance_m2:
            total = sum(p.area for p in rest)
            report.add(WARNING, kind, say(f"{label}：{len(rest)} 处细小碎片共 {total:,.1f} m²", f"{label}: {len(rest)} slivers, {total:,.1f} m² in all"), "",
                       reproject(shapely.MultiPolygon(rest), metric_crs, STORAGE_CRS))
    return metric


def check_lists(units, items, report):
    """Units without a list, list rows for unknown units, empty dimensions of a unit's list, cells
    that still look merged; the count of items per unit and dimension goes into the report."""
    codes = {u["unit_code"]: u for u in units}
    by_code, counts = {}, {}
    for item in items:
        if item.scope == SCOPE_UNIT:
            by_code.setdefault(item.scope_ref, set()).add(item.dimension)
            per_dimension = counts.setdefault(item.scope_ref, [0] * len(DIMENSIONS))
            if item.dimension in DIMENSIONS:
                per_dimension[DIMENSIONS.index(item.dimension)] += 1
        if getattr(item, "merged", ""):
            unit = codes.get(item.scope_ref) if item.scope == SCOPE_UNIT else None
            report.add(WARNING, "list_item_looks_merged",
                       say(f"{item.source}：条目中仍有编号「{item.merged}」，可能是几条合在一起，请核对原表：{item.text[:60]}",
                           f"{item.source}: the item still holds the number “{item.merged}”, several items may have been merged; check the source table: {item.text[:60]}"), item.scope_ref if unit else "", unit["geom"] if unit else None)
    report.item_counts = sorted(counts.items())
    merged = sum(1 for item in items if getattr(item, "merged", ""))
    if merged:
        report.facts.append(say(f"清单条目中 {merged} 条仍含编号，疑似多条合并，见问题列表",
                                f"{merged} list items still hold an item number and look merged: see the problems"))
    for code, unit in codes.items():
        dimensions = by_code.get(code)
        if not dimensions:
            report.add(ERROR, "unit_without_list", say(f"单元没有准入清单：{code}", f"unit without a list: {code}"), code, unit["geom"])
            continue
        missing = [d for d in DIMENSIONS if d not in dimensions]
        if missing:
            report.add(WARNING, "empty_dimension", say(f"单元清单的维度为空：{'、'.join(missing)}：{code}",
                           f"empty dimensions in the unit's list: {', '.join(dimension_label(d) for d in missing)}: {code}"),
                       code, unit["geom"])
    for code in sorted(set(by_code) - set(codes)):
        report.add(WARNING, "list_for_unknown_unit", say(f"清单中的单元编码在单元图层中不存在：{code}",
                                                         f"list rows for a unit code the units layer lacks: {code}"), code)


def parse_expected(text, count, what, maximum=None, integer=False):
    """Numbers from "31/26/4" or "44.83/20.61/34.56 %": exactly `count` finite numbers from 0 to
    `maximum` (whole numbers with `integer`; full-width digits read as such), or InputError naming
    the one that is not."""
    if not str(text or "").strip():
        return None
    plain = unicodedata.normalize("NFKC", str(text)).replace("%", "")
    pieces = [p for p in re.split(r"[/,、;；\s]+", plain) if p]
    numbers = []
    for piece in pieces:
        try:
            number = float(piece)
        except ValueError:
            raise InputError(say(f"{what}应为以“/”分隔的数字，如 31/26/4：{str(text)[:40]}",
                                 f"{what} must be numbers separated by '/', e.g. 31/26/4: {str(text)[:40]}")) from None
        if not math.isfinite(number) or number < 0 or (maximum is not None and number > maximum) or (
                integer and not number.is_integer()):
            kind = ("整数", "a whole number") if integer else ("有限数值", "a finite number")
            bound = f"0–{maximum:g}" if maximum is not None else "≥ 0"
            raise InputError(say(f"{what}中的「{piece[:20]}」不是 {bound} 的{kind[0]}：{str(text)[:40]}",
                                 f"“{piece[:20]}” in {what} is not {kind[1]} {bound}: {str(text)[:40]}"))
        numbers.append(number)
    if len(numbers) != count:
        raise InputError(say(f"{what}应有 {count} 个数字，每个单元分类一个：{str(text)[:40]}", f"{what} needs {count} numbers, one per unit class: {str(text)[:40]}"))
    return numbers


def check_shares(units, metric, city_area, classes, report, expected_counts=None, expected_shares=None,
                 tolerance_pp=SHARE_TOLERANCE_PP):
    """Count and area share of each class (facts), against the numbers the user states."""
    for index, entry in enumerate(classes):
        number = entry["class"]
        areas = [g.area for u, g in zip(units, metric) if u["unit_class"] == number]
        share = 100.0 * sum(areas) / city_area if city_area else 0.0
        report.facts.append(say(f"{entry['name']} {len(areas)} 个，面积占比 {share:.2f} %",
                                f"{entry['name']}: {len(areas)} units, {share:.2f} % of the area"))
        if expected_counts is not None and int(expected_counts[index]) != len(areas):
            report.add(WARNING, "count_mismatch", say(f"{entry['name']}数量为 {len(areas)} 个，与给定的 {expected_counts[index]:g} 个不符",
                                                      f"{entry['name']}: {len(areas)} units, not the {expected_counts[index]:g} stated"))
        if expected_shares is not None and abs(share - expected_shares[index]) > tolerance_pp:
            report.add(WARNING, "share_mismatch", say(f"{entry['name']}面积占比 {share:.2f} %，与给定的 {expected_shares[index]:.2f} % 相差 {share - expected_shares[index]:+.2f} 个百分点",
                                                      f"{entry['name']}: {share:.2f} % of the area, {share - expected_shares[index]:+.2f} percentage points from the {expected_shares[index]:.2f} % stated"))
