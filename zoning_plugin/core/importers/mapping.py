"""Which field of the delivery holds what: guessed from the field names, confirmed or changed by
the user, saved to and loaded from JSON.

Official deliveries name the fields in pinyin initials (HJZHGKDYBM 环境综合管控单元编码,
ZHGKDYFL, KJBJYS …) or in Chinese, sometimes with stray spaces or line breaks inside the name or
cut to ten bytes by the shapefile format (环境管控单元编码 in GBK becomes 环境管控单). Names are
compared after NFKC (full-width → half-width), with every blank removed and case folded; exact
spellings first, then key phrases inside a longer or cut name.
"""
import json
import re
import unicodedata
from dataclasses import dataclass, field

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.messages import english, say
from zoning_plugin.core.dataset.model import DEFAULT_UNIT_CLASSES, DIMENSIONS, dimension_label
from zoning_plugin.core.outputs import write_text

# Roles in display order; the last four are the dimensions, in DIMENSIONS order.
ROLES = ("code", "name", "unit_class", "county", "subtype", "spatial", "pollution", "risk", "resource")
DIMENSION_ROLES = dict(zip(ROLES[5:], DIMENSIONS))
ROLE_LABELS = {"code": "单元编码", "name": "单元名称", "unit_class": "单元分类", "county": "所属县区",
               "subtype": "单元类型", **DIMENSION_ROLES}
_ROLE_ENGLISH = {"code": "unit code", "name": "unit name", "unit_class": "unit class", "county": "county",
                 "subtype": "unit type"}


def role_label(role):
    """What a field holds, in the current language."""
    if not english():
        return ROLE_LABELS[role]
    return _ROLE_ENGLISH.get(role) or dimension_label(DIMENSION_ROLES[role])


# Exact spellings (normalised), best first.
FIELD_SPELLINGS = {
    "code": ("hjzhgkdybm", "hjgkdybm", "zhgkdybm", "gkdybm", "dybm", "环境管控单元编码", "环境综合管控单元编码",
             "管控单元编码", "单元编码", "环境管控单元代码", "管控单元代码", "单元代码", "unit_code", "unitcode", "code"),
    "name": ("hjzhgkdymc", "hjgkdymc", "zhgkdymc", "gkdymc", "dymc", "环境管控单元名称", "环境综合管控单元名称",
             "管控单元名称", "单元名称", "unit_name", "unitname", "name", "名称"),
    "unit_class": ("zhgkdyfl", "hjzhgkdyfl", "hjgkdyfl", "gkdyfl", "dyfl", "gkdylb", "dylb", "管控单元分类",
                   "环境管控单元分类", "单元分类", "管控单元类别", "单元类别", "管控类别", "单元级别", "unit_class",
                   "class", "分类", "类别"),
    "county": ("xzqhdm", "xzqdm", "xzqh", "xzqhmc", "xzqmc", "qxdm", "qxmc", "行政区划代码", "行政区代码",
               "县区代码", "区县代码", "行政区划名称", "行政区名称", "县区名称", "区县名称", "所属县区", "所属区县",
               "县区", "区县", "县(市、区)", "县(市区)", "行政区", "行政区划", "county_code", "county"),
    "subtype": ("hjzhgkdylx", "gkdylx", "dylx", "管控单元类型", "环境管控单元类型", "单元类型", "单元属性", "要素类型",
                "subtype", "type", "类型"),
    "spatial": ("kjbjys", "kjbjyq", "kjbj", "空间布局约束", "空间布局约束要求", "空间布局"),
    "pollution": ("pwpfgk", "pwwpfgk", "wrwpfgk", "wrpfgk", "wrwpfkz", "wrwpf", "pwgk", "污染物排放管控",
                  "污染排放管控", "污染物排放管控要求", "污染物排放"),
    "risk": ("hjfxfk", "hjfxgk", "fxfk", "fxgk", "环境风险防控", "风险管控防控", "环境风险管控", "环境风险防控要求",
             "风险防控"),
    "resource": ("zykfxlyq", "zykflyxl", "zylyxlyq", "zylyxl", "zykfxl", "zylyyq", "资源开发效率要求", "资源利用效率",
                 "资源开发利用效率", "资源利用要求", "资源利用效率要求", "资源开发效率"),
}
# Key phrases inside a longer or cut name (e.g. 环境管控单元编码（新）, 空间布局约).
FIELD_PHRASES = {
    "code": ("单元编码", "单元代码"), "name": ("单元名称",), "unit_class": ("单元分类", "单元类别", "管控类别"),
    "county": ("行政区", "县区", "区县"), "subtype": ("单元类型",), "spatial": ("空间布局",),
    "pollution": ("污染物排放", "污染排放", "污染物"), "risk": ("风险防控", "风险管控", "环境风险"),
    "resource": ("资源利用", "资源开发"),
}

# How a role got its field (codes; the callers word them).
FROM_PARAMETER, FROM_FILE, FROM_GUESS = "parameter", "file", "guess"
# A role given as "-" (a parameter, or in the JSON) stays unmapped: the user said so, no guess.
UNMAPPED = "-"



def normalise(name):
    """A field name or value for matching: NFKC, no blanks of any kind, case folded."""
    return "".join(unicodedata.normalize("NFKC", str(name or "")).split()).casefold()


def guess_role(names, role, taken=()):
    """The field among `names` that fits `role`, or None."""
    free = [n for n in names if n not in taken]
    by_norm = {}
    for name in free:
        by_norm.setdefault(normalise(name), name)
    for spelling in FIELD_SPELLINGS[role]:
        if spelling in by_norm:
            return by_norm[spelling]
    for phrase in FIELD_PHRASES[role]:
        hits = [n for n in free if phrase in normalise(n)]
        if hits:
            return hits[0]
    return None


@dataclass
class FieldMapping:
    """Source field of each role (None: not mapped). Saved as {"fields": {role: field}, …}."""
    code: str = None
    name: str = None
    unit_class: str = None
    county: str = None
    subtype: str = None
    spatial: str = None
    pollution: str = None
    risk: str = None
    resource: str = None
    unit_classes: list = field(default=None, repr=False)   # None: DEFAULT_UNIT_CLASSES

    def get(self, role):
        return getattr(self, role)

    def items(self):
        return [(role, getattr(self, role)) for role in ROLES]

    def dimension_fields(self):
        """[(dimension, field)] of the mapped dimension roles."""
        return [(DIMENSION_ROLES[role], self.get(role)) for role in DIMENSION_ROLES if self.get(role)]

    def to_dict(self):
        data = {"format": "zoning_plugin field mapping", "version": 1,
                "fields": {role: value for role, value in self.items() if value}}
        if self.unit_classes:
            data["unit_classes"] = self.unit_classes
        return data

    @classmethod
    def from_dict(cls, data):
        if not isinstance(data, dict) or not isinstance(data.get("fields", {}), dict):
            raise InputError(say('字段对应文件格式不对：应为含 fields 对象的 JSON',
                                 'the mapping JSON needs a \"fields\" object'))
        unknown = sorted(set(data.get("fields", {})) - set(ROLES))
        if unknown:
            raise InputError(say(f"字段对应文件含未知的项：{'、'.join(unknown)}；可用：{'、'.join(ROLES)}",
                                 f"the field mapping names unknown roles: {', '.join(unknown)}; known: "
                                 f"{', '.join(ROLES)}"))
        mapping = cls(**{role: (str(value) if value not in (None, "") else None)
                         for role, value in data.get("fields", {}).items()})
        if data.get("unit_classes") is not None:
            mapping.unit_classes = check_unit_classes(data["unit_classes"])
        return mapping

    def save(self, path, guard=None):
        """Write the JSON through core/outputs.py (a temporary sibling, checked, renamed);
        OutputError naming `path` when it cannot be written or `guard` refuses it."""
        write_text(path, json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", guard)

    @classmethod
    def load(cls, path):
        try:
            with open(path, encoding="utf-8-sig") as handle:
                data = json.load(handle)
        except OSError as error:
            raise InputError(say(f"无法读取字段对应文件：{path}：{error.strerror}", f"cannot read the mapping file: {path}: {error.strerror}")) from None
        except ValueError as error:
            raise InputError(say(f"字段对应文件不是有效的 JSON：{path}：{error}", f"not valid JSON: {path}: {error}")) from None
        return cls.from_dict(data)




def guess_mapping(names):
    """A FieldMapping guessed from the field names; each field used once, roles in ROLES order."""
    mapping, taken = FieldMapping(), set()
    for role in ROLES:
        found = guess_role(names, role, taken)
        if found is not None:
            setattr(mapping, role, found)
            taken.add(found)
    return mapping


def match_field(names, wanted):
    """The field of `names` the user meant by `wanted`: the same name, else the same after
    normalising (a name saved without its stray line break); None if none."""
    if wanted in names:
        return wanted
    return next((n for n in names if normalise(n) == normalise(wanted)), None)


def resolve_mapping(names, explicit=None, saved=None):
    """(FieldMapping, {role: how}) for the source fields `names`: a role given explicitly (a
    parameter, the dialog) wins over the saved JSON mapping, which wins over the guess; UNMAPPED
    ("-") leaves a role without a field. A named field the source lacks is an InputError; so is an
    unmapped code."""
    explicit = {role: value for role, value in (explicit or {}).items() if value}
    unknown = sorted(set(explicit) - set(ROLES))
    if unknown:
        raise InputError(say(f"未知的字段角色：{', '.join(unknown)}", f"unknown roles: {', '.join(unknown)}"))
    mapping, how = FieldMapping(), {}
    for role, value in (saved.items() if saved else []):
        if value:
            setattr(mapping, role, None if value.strip() == UNMAPPED else value)
            how[role] = FROM_FILE
    for role, value in explicit.items():
        setattr(mapping, role, None if value.strip() == UNMAPPED else value)
        how[role] = FROM_PARAMETER
    if saved is not None and saved.unit_classes:
        mapping.unit_classes = saved.unit_classes
    for role in list(how):
        if mapping.get(role) is None:
            continue
        found = match_field(names, mapping.get(role))
        if found is None:
            raise InputError(say(f"数据源中没有字段「{mapping.get(role)}」（{role_label(role)}）；"
                                 f"可用字段：{'、'.join(names)[:200]}",
                                 f"the source has no field “{mapping.get(role)}” ({role_label(role)}); its fields: "
                                 f"{', '.join(names)[:200]}"))
        setattr(mapping, role, found)
    taken = {mapping.get(role) for role in how if mapping.get(role)}
    for role in ROLES:
        if role not in how:
            found = guess_role(names, role, taken)
            if found is not None:
                setattr(mapping, role, found)
                how[role] = FROM_GUESS
                taken.add(found)
    if not mapping.code:
        raise InputError(say(f"未指定单元编码字段，无法导入；请指定 CODE_FIELD 或在字段对应中选择；"
                             f"可用字段：{'、'.join(names)[:200]}",
                             f"the unit code field is not mapped, nothing can be imported: give CODE_FIELD or "
                             f"choose it in the field mapping; the fields: {', '.join(names)[:200]}"))
    return mapping, how


def check_unit_classes(classes):
    """The unit_classes list, checked: [{class (int), name, short?, colour?, aliases?}, …]."""
    if not isinstance(classes, list) or not classes:
        raise InputError(say("unit_classes 应为非空列表", "unit_classes must be a non-empty list"))
    out = []
    for entry in classes:
        if not isinstance(entry, dict) or not isinstance(entry.get("class"), int) or not entry.get("name"):
            raise InputError(say(f"unit_classes 的每项需要整数 class 和 name：{entry!r}", f"each entry of unit_classes needs an integer class and a name: {entry!r}")[:120])
        out.append({"class": entry["class"], "name": str(entry["name"]),
                    "short": str(entry.get("short") or entry["name"]),
                    "colour": str(entry.get("colour") or "#cccccc"),
                    "aliases": [str(a) for a in entry.get("aliases") or []]})
    return out


_NUMBER = re.compile(r"^(\d+)(?:\.0+)?$")


class ClassReader:
    """The class number of a value written as a number (1, 1.0, "1") or as text (优先保护单元,
    重点管控区, an alias), by the dataset's unit_classes; None when it cannot tell."""

    def __init__(self, unit_classes=None):
        self.classes = unit_classes or DEFAULT_UNIT_CLASSES
        self.numbers = {entry["class"] for entry in self.classes}
        words = []
        for entry in self.classes:
            for word in [entry["name"], entry.get("short")] + list(entry.get("aliases") or []):
                if word:
                    words.append((normalise(word), entry["class"]))
        self.exact = {}
        for word, number in words:
            self.exact.setdefault(word, number)
        self.words = sorted(words, key=lambda w: -len(w[0]))

    def read(self, value):
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            return int(value) if float(value).is_integer() and int(value) in self.numbers else None
        text = normalise(value)
        match = _NUMBER.match(text)
        if match:
            number = int(match.group(1))
            return number if number in self.numbers else None
        if text in self.exact:
            return self.exact[text]
        found = {number for word, number in self.words if word and word in text}
        return found.pop() if len(found) == 1 else None

    def name(self, number):
        return next((e["name"] for e in self.classes if e["class"] == number), "")
