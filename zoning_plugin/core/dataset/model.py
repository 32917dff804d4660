"""Plain data classes shared by the catalogue, the dataset and the engine."""
from dataclasses import asdict, dataclass

from zoning_plugin.core.messages import english

# The four dimensions of every access list, in display order. Documents spell them differently
# (002: 风险管控防控 / 资源开发利用效率; 000: 环境风险防控 / 资源利用要求): match by keyword.
DIMENSIONS = ("空间布局约束", "污染物排放管控", "环境风险防控", "资源利用效率")
# The words an English UI shows for them; the Chinese stays in the data, for citing.
DIMENSION_ENGLISH = dict(zip(DIMENSIONS, ("Spatial layout constraints", "Pollutant discharge control",
                                          "Environmental risk prevention", "Resource use efficiency")))
_DIMENSION_KEYWORDS = (("空间", DIMENSIONS[0]), ("污染", DIMENSIONS[1]), ("风险", DIMENSIONS[2]),
                       ("资源", DIMENSIONS[3]))

SCOPE_CITY, SCOPE_BASIN, SCOPE_UNIT = "city", "basin", "unit"
# A requirement binding every unit of one class (scope_ref: the class digit); listed with each unit.
SCOPE_CLASS = "class"
SCOPE_ORDER = {SCOPE_CITY: 0, SCOPE_BASIN: 1, SCOPE_CLASS: 2, SCOPE_UNIT: 3}

# The classes of a dataset that does not state its own (dataset_meta.unit_classes).
UNIT_CLASS_NAMES = {1: "优先保护单元", 2: "重点管控单元", 3: "一般管控单元"}

# Marks the requirement that the river ecological buffers come from (000 line 25).
RULE_RIVER_BUFFER = "river_buffer"


def canonical_dimension(label):
    """Map any spelling of a dimension header to one of DIMENSIONS, or None."""
    compact = "".join(str(label).split())
    for keyword, name in _DIMENSION_KEYWORDS:
        if keyword in compact:
            return name
    return None


@dataclass(frozen=True)
class Requirement:
    req_id: str      # stable id, e.g. B-LIAO-05, C-220400-01, U-ZH22040210001-03
    scope: str       # city | basin | class | unit
    scope_ref: str   # the city code | a basin_id | a class digit | a unit code
    dimension: str   # one of DIMENSIONS
    heading: str     # sub-heading as written in the source (环境质量目标, 水资源 ...), '' if none
    seq: int         # 1-based order within its scope
    text: str        # verbatim
    source: str      # document and item number
    rule: str = ""   # RULE_RIVER_BUFFER for the buffer rule, '' otherwise
    sample: bool = False  # True for sample (non-official) rows

    def to_dict(self):
        return asdict(self)

# Conventional map colours of the three classes (the QML styles use the same).
UNIT_CLASS_COLORS = {1: "#4caf50", 2: "#f4511e", 3: "#f9f3b4"}

DEFAULT_UNIT_CLASSES = [
    {"class": 1, "name": UNIT_CLASS_NAMES[1], "short": "优先保护", "colour": UNIT_CLASS_COLORS[1],
     "aliases": ["优先保护", "优先保护区", "生态保护红线"]},
    {"class": 2, "name": UNIT_CLASS_NAMES[2], "short": "重点管控", "colour": UNIT_CLASS_COLORS[2],
     "aliases": ["重点管控", "重点管控区"]},
    {"class": 3, "name": UNIT_CLASS_NAMES[3], "short": "一般管控", "colour": UNIT_CLASS_COLORS[3],
     "aliases": ["一般管控", "一般管控区"]},
]


def dimension_label(dimension):
    """A dimension's heading in the current language: the English words for the four of the
    lists, the dimension as written otherwise."""
    return DIMENSION_ENGLISH.get(dimension, dimension) if english() else dimension
