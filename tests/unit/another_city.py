"""The place of the another-city tests (tests/unit and tests/qgis test_another_city.py): a small
dataset of a 朝阳市-like city (invented test data, after seeds/003 and seeds/004) built with the
importer.

The place: a 3 × 2 grid of 1 km units in EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E) near
120.4°E 41.6°N; classes 优先保护单元, 环境综合管控单元 (class 2, as some cities write it), 一般管控单元;
basins 大凌河流域 (id LH02, first in the basins layer) west of x = 1500 m and 小凌河流域 (id LH01)
east of it; the main river 大凌河 with 100 m each side, 50 m for every other river, the rule in the
大凌河流域 list; a city-wide list with a 40/35 t/h coal-boiler item; a class requirement of the
优先保护单元; a boiler screening rule of 40 t/h in 城市建成区 and 35 elsewhere, and a class rule.
"""
import json
import os

import shapely
from osgeo import ogr

from test_import_fixtures import write_chinese_gpkg, write_layer
from zoning_plugin.core.geo import reproject
from zoning_plugin.core.importers.run import ImportOptions, import_dataset

EPSG, X0, Y0, CELL = 4549, 530_000.0, 4_605_000.0, 1000.0
# Names of 辽源 and its basins that must never show for this place.
LIAOYUAN_WORDS = ("辽源", "辽河", "松花江", "东辽河", "220400")
CLASS_NAMES = {1: "优先保护单元", 2: "环境综合管控单元", 3: "一般管控单元"}
CLASS_RULE_TEXT = "优先保护单元内禁止新建、扩建工业项目（测试数据）。"
GENERAL_TEXT = (
    "附件5\n朝阳市生态环境总体准入要求（测试数据）\n一、重点流域总体准入要求\n\n\t管控领域\n\t环境准入及管控要求\n\n"
    "\t一、大凌河流域\n\n\t空间布局约束\n\t    在大凌河两侧100米，其余河流两侧50米范围内要建设生态缓冲区。\n\t\n"
    "\t    大凌河沿岸严格控制化学原料和化学制品制造。\n\t污染物排放管控\n\t    大凌河流域城镇污水处理厂执行一级A排放标准。\n\n"
    "\t二、小凌河流域\n\n\t空间布局约束\n\t    小凌河沿岸禁止新设排污口。\n\t资源利用效率\n\t    严控小凌河流域水资源开发强度。\n"
    "二、朝阳市总体管控要求\n\t管控类别\n\t管控要求\n\n\t污染物排放管控\n\t污染物控制要求\n"
    "\t    城市建成区禁止新建40蒸吨/小时以下的燃煤锅炉，其他区域禁止新建35蒸吨/小时以下的燃煤锅炉。\n"
    "\t资源利用效率\n\t    全市用水总量控制在省下达指标以内。\n")
BOILER_REQ = "C-211300-01"   # the city-wide list's first item


def square(col, row):
    x, y = X0 + col * CELL, Y0 + row * CELL
    return f"POLYGON(({x} {y},{x + CELL} {y},{x + CELL} {y + CELL},{x} {y + CELL},{x} {y}))"


def box(x1, y1, x2, y2):
    return shapely.box(X0 + x1, Y0 + y1, X0 + x2, Y0 + y2).wkt


def line(x1, y1, x2, y2):
    return f"LINESTRING({X0 + x1} {Y0 + y1},{X0 + x2} {Y0 + y2})"


def at(x, y):
    """A point `x`, `y` metres from the grid's corner, in EPSG:4490."""
    return reproject(shapely.Point(X0 + x, Y0 + y), f"EPSG:{EPSG}", "EPSG:4490")


def _units():
    rows = []
    for row, (county, county_name) in enumerate((("211302", "双塔区"), ("211303", "龙城区"))):
        for col, number in enumerate((1, 2, 3)):
            code = f"ZH{county}{number}0001"
            rows.append((code, f"{county_name}{'甲乙丙'[col]}{CLASS_NAMES[number]}", CLASS_NAMES[number], county,
                         square(col, row), (f"{code}空间布局要求。", f"{code}排放要求。", f"{code}风险防控要求。",
                                            f"{code}资源利用要求。")))
    return rows


UNITS = _units()
CODES = [u[0] for u in UNITS]


def _add_class_rule_and_screening_rules(path):
    """What the importer does not write: a class requirement and the screening rules."""
    source = ogr.Open(path, 1)
    requirements = source.GetLayerByName("requirements")
    feature = ogr.Feature(requirements.GetLayerDefn())
    for key, value in dict(req_id="CLASS-1-01", scope="class", scope_ref="1", dimension="空间布局约束", heading="",
                           seq=1, text=CLASS_RULE_TEXT, source="测试数据 · 优先保护单元", rule="", sample=0).items():
        feature.SetField(key, value)
    requirements.CreateFeature(feature)
    rules = source.CreateLayer("screening_rules", geom_type=ogr.wkbNone)
    for name, kind in (("rule_id", ogr.OFTString), ("seq", ogr.OFTInteger), ("title", ogr.OFTString),
                       ("verdict", ogr.OFTString), ("kind", ogr.OFTString), ("params", ogr.OFTString),
                       ("req_id", ogr.OFTString), ("note", ogr.OFTString)):
        rules.CreateField(ogr.FieldDefn(name, kind))
    for values in (("SR-01", 1, "新建燃煤锅炉规模", "禁止", "boiler",
                    {"built_up_tph": 40, "elsewhere_tph": 35, "comparison": "lt", "unit": "蒸吨/小时"}, BOILER_REQ),
                   ("SR-02", 2, "优先保护单元内的工业项目", "严格控制", "class_industrial",
                    {"unit_class": 1, "sections": ["B", "C", "D"], "unit_dimension": "空间布局约束"}, "CLASS-1-01")):
        feature = ogr.Feature(rules.GetLayerDefn())
        for key, value in zip(("rule_id", "seq", "title", "verdict", "kind", "params", "req_id"), values):
            feature.SetField(key, json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value)
        feature.SetField("note", "测试数据")
        rules.CreateFeature(feature)
    source = None


def build_another_city(folder):
    """The delivery written into `folder`, imported into folder/chaoyang.gpkg; returns its path."""
    folder = str(folder)
    general = os.path.join(folder, "general.txt")
    with open(general, "w", encoding="utf-8") as handle:
        handle.write(GENERAL_TEXT)
    mapping = os.path.join(folder, "mapping.json")
    with open(mapping, "w", encoding="utf-8") as handle:
        json.dump({"fields": {}, "unit_classes": [
            {"class": 1, "name": "优先保护单元", "short": "优先保护", "colour": "#2e7d32"},
            {"class": 2, "name": "环境综合管控单元", "short": "综合管控", "colour": "#e65100"},
            {"class": 3, "name": "一般管控单元", "short": "一般管控", "colour": "#fff59d"}]}, handle, ensure_ascii=False)
    paths = {
        "units": write_chinese_gpkg(os.path.join(folder, "units.gpkg"), units=UNITS, epsg=EPSG),
        "basins": write_layer(os.path.join(folder, "basins.gpkg"), [(box(0, 0, 1500, 2000), "LH02", "大凌河流域"),
                                                                   (box(1500, 0, 3000, 2000), "LH01", "小凌河流域")],
                              ogr.wkbPolygon, ("流域代码", "流域名称"), epsg=EPSG),
        "rivers": write_layer(os.path.join(folder, "rivers.gpkg"), [(line(100, 300, 1400, 300), "大凌河"),
                                                                   (line(200, 1700, 1300, 1700), "第二牯牛河"),
                                                                   (line(1700, 300, 2900, 300), "小凌河")],
                              ogr.wkbLineString, ("名称",), epsg=EPSG),
        "counties": write_layer(os.path.join(folder, "counties.gpkg"), [(box(0, 0, 3000, 1000), "211302", "双塔区"),
                                                                       (box(0, 1000, 3000, 2000), "211303", "龙城区")],
                                ogr.wkbPolygon, ("XZQHDM", "XZQHMC"), epsg=EPSG),
        "built_up": write_layer(os.path.join(folder, "built_up.gpkg"), [(box(1100, 100, 1900, 900), "朝阳市中心城区")],
                                ogr.wkbPolygon, ("名称",), epsg=EPSG),
    }
    output = os.path.join(folder, "chaoyang.gpkg")
    import_dataset(ImportOptions(units=paths["units"], output=output, mapping_json=mapping, general=general,
                                 basins=paths["basins"], rivers=paths["rivers"], counties=paths["counties"],
                                 built_up=paths["built_up"], city_name="朝阳市", city_code="211300",
                                 version="test-2025.1", effective_date="2025-06-30", authority="朝阳市人民政府（测试数据）"))
    _add_class_rule_and_screening_rules(output)
    return output


def assert_no_liaoyuan(text):
    found = [word for word in LIAOYUAN_WORDS if word in text]
    assert not found, (found, text[:300])
