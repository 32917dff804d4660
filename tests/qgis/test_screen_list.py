"""zoning:screen_list through processing.run on lists the test writes: an XLSX through OGR's XLSX
driver, CSV files in UTF-8 with BOM and in GBK; known answers (a C2614 works 300 m from 东辽河 is
严格控制, a 20 t/h coal boiler in the 城市建成区 is 禁止, GCJ-02 and BD-09 coordinates of a site land in
the unit they name only when converted) and the bad rows of issue 9 §2, each told, the rest done."""
import json

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from test_algorithm_screen_project import Recorder, places, zoning_provider  # noqa: F401 (fixtures)
from test_goto import site  # noqa: F401 (fixture: a point whose raw GCJ-02 numbers lie in another unit)
from test_inspector import dataset  # noqa: F401 (fixture)
from zoning_plugin.core.web_datums import wgs84_to_bd09, wgs84_to_gcj02
from zoning_plugin.core.geo import reproject


class Warnings(Recorder):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.warnings.append(warning)


def lonlat(point_4551):
    p = reproject(point_4551, "EPSG:4551", "EPSG:4490")
    return p.x, p.y


def write_xlsx(path, columns, rows):
    """An XLSX file through OGR's XLSX driver: columns [(name, ogr type)], rows of values (None: empty)."""
    source = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = source.CreateLayer("企业清单", geom_type=ogr.wkbNone)
    for name, kind in columns:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(row):
            if value is not None:
                feature.SetField(index, value)
        layer.CreateFeature(feature)
    source = None
    return str(path)


def write_csv(path, header, rows, encoding):
    lines = [",".join(header)] + [",".join("" if v is None else f'"{v}"' if "," in str(v) else str(v) for v in row)
                                  for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return str(path)


def run(source, tmp_path, feedback=None, **parameters):
    from qgis import processing
    feedback = feedback or Warnings()
    path = str(tmp_path / "list.json")
    result = processing.run("zoning:screen_list", {"INPUT": source, "OUTPUT": "memory:", "POINTS": "memory:",
                                                    "JSON": path, **parameters}, feedback=feedback)
    table = result["OUTPUT"]
    rows = [dict(zip(table.fields().names(), f.attributes())) for f in table.getFeatures()]
    points = result.get("POINTS")
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    return rows, points, document, feedback, result


def by_name(rows):
    found = {}
    for row in rows:
        found.setdefault(row["name"], []).append(row)
    return found


def test_the_provider_lists_the_algorithm(zoning_provider):  # noqa: F811
    algorithm = zoning_provider.algorithm("screen_list")
    assert algorithm is not None and algorithm.displayName() == "Screen a list of enterprises (项目清单准入研判)"
    assert {"INPUT", "X_FIELD", "Y_FIELD", "XY_FIELD", "SYSTEM", "GK_ZONE", "INDUSTRY_FIELD", "BOILER_FIELD",
            "NAME_FIELD", "OUTPUT", "POINTS", "JSON"} <= {p.name() for p in algorithm.parameterDefinitions()}


def test_an_xlsx_list_with_known_answers_and_bad_rows(zoning_provider, places, tmp_path):  # noqa: F811
    river, built, open_ = lonlat(places["river300"]), lonlat(places["built_up"]), lonlat(places["open"])
    columns = [("企业名称", ogr.OFTString), ("经度", ogr.OFTReal), ("纬度", ogr.OFTReal), ("行业代码", ogr.OFTString),
               ("燃煤锅炉（蒸吨/小时）", ogr.OFTReal), ("地址", ogr.OFTString)]
    rows = [("化工厂", *river, "C2614", None, "东辽河畔"), ("热电厂", *built, "D4430", 20.0, "城区"),
            ("对调厂", open_[1], open_[0], "I65", None, None), ("无代码厂", *open_, None, None, None),
            ("错代码厂", *open_, "XYZ", None, None), ("缺坐标厂", None, open_[1], "I65", None, None),
            ("北京厂", 116.404, 39.915, "I65", None, None)]
    path = write_xlsx(tmp_path / "list.xlsx", columns, rows)
    table, points, document, feedback, result = run(path, tmp_path)
    named = by_name(table)
    assert [r["verdict"] for r in named["化工厂"] if r["rule_id"] == "SR-01"] == ["严格控制"]
    assert [r["verdict"] for r in named["热电厂"] if r["rule_id"] == "SR-02"] == ["禁止"]
    assert named["热电厂"][0]["boiler_tph"] == 20 and result["VERDICT"] == "禁止"
    assert [(r["status"], r["verdict"]) for r in named["对调厂"] if r["status"] not in ("to_judge", "no_rule")] == [("none", "未发现限制")]
    assert "latitude came first: swapped" in named["对调厂"][0]["coordinates"]
    assert any("record 3 (对调厂)" in w and "swapped" in w for w in feedback.warnings)
    assert named["无代码厂"][0]["status"] == "error" and "no industry code given" in named["无代码厂"][0]["reason"]
    assert named["错代码厂"][0]["status"] == "error" and "XYZ" in named["错代码厂"][0]["reason"]
    assert named["缺坐标厂"][0]["status"] == "error" and "a coordinate is missing" in named["缺坐标厂"][0]["reason"]
    assert named["北京厂"][0]["status"] == "outside"
    for words in ("record 4 (无代码厂): ", "record 6 (缺坐标厂): coordinates not read",
                  "record 7 (北京厂): outside the dataset's area"):
        assert any(e.startswith(words) for e in feedback.errors), (words, feedback.errors)
    assert any("Not screened: 1 outside the dataset's area, 3 with problems" in e for e in feedback.errors)
    assert any(i.startswith("Summary by verdict: prohibited 1, prohibited or strictly restricted 1, strictly controlled 0") for i in feedback.infos), \
        [i for i in feedback.infos if "Summary" in i]
    assert any(i.startswith("Columns: coordinates 经度 / 纬度; industry code 行业代码; boiler 燃煤锅炉（蒸吨/小时）; "
                            "name 企业名称 (guessed:") for i in feedback.infos)
    # The points: every row with readable coordinates, in EPSG:4490, its own columns and its verdict.
    assert points.crs().authid() == "EPSG:4490" and points.featureCount() == 6
    features = {f["企业名称"]: f for f in points.getFeatures()}
    # the plant lies in a 优先保护单元 too: 002 line 11 (禁止或严格限制) comes before line 16 (严格控制)
    assert features["化工厂"]["verdict"] == "禁止或严格限制" and features["化工厂"]["rules"].split(";") == ["SR-03", "SR-01"]
    assert features["化工厂"]["地址"] == "东辽河畔" and features["热电厂"]["verdict"] == "禁止"
    assert features["对调厂"].geometry().asPoint().x() == pytest.approx(open_[0], abs=1e-9)
    assert features["无代码厂"]["status"] == "error" and features["北京厂"]["status"] == "outside"
    summary = document["summary"]
    assert summary["by_verdict"]["禁止"] == 1 and summary["outside"] == 1 and summary["errors"] == 3
    assert "not an approval decision" in document["advisory"] and len(document["sites"]) == 7


def test_csv_in_gcj02_with_bom_and_bd09_in_gbk_land_in_the_right_unit(zoning_provider, places, site,  # noqa: F811
                                                                      tmp_path):
    point, code, (gcj_lon, gcj_lat) = site
    river = lonlat(places["river300"])
    gcj_river = wgs84_to_gcj02(*river)
    path = write_csv(tmp_path / "gcj.csv", ["名称", "坐标", "行业代码"],
                     [("高德点", f"{gcj_lon:.7f},{gcj_lat:.7f}", "I65"),
                      ("河边", f"{gcj_river[1]:.7f},{gcj_river[0]:.7f}", "C2614"),     # latitude first
                      ("乱码", "abc", "I65")], "utf-8-sig")
    table, points, document, feedback, _result = run(path, tmp_path, SYSTEM=2, NAME_FIELD="名称")
    sites = {s["name"]: s for s in document["sites"]}
    assert sites["高德点"]["site"]["units"] == [code] and code in document["units"]
    assert sites["高德点"]["coordinates"]["system"] == "gcj02"
    assert (sites["高德点"]["site"]["lon"], sites["高德点"]["site"]["lat"]) == pytest.approx((point.x, point.y), abs=2e-7)
    assert [r["verdict"] for r in by_name(table)["河边"] if r["rule_id"] == "SR-01"] == ["严格控制"]
    assert sites["河边"]["coordinates"]["swapped"]
    assert sites["乱码"]["error"].startswith("coordinates not read: unrecognised coordinates")
    assert points.featureCount() == 2
    # The same list as CGCS2000 puts the first row in another unit: the conversion is what matters.
    _t, _p, raw, *_rest = run(path, tmp_path, SYSTEM=0)
    assert code not in raw["sites"][0]["site"]["units"]
    # BD-09 columns in a GBK file, the columns chosen by their Chinese names.
    bd = wgs84_to_bd09(point.x, point.y)
    gbk = write_csv(tmp_path / "bd.csv", ["企业名称", "经度", "纬度", "行业代码", "锅炉"],
                    [("百度点", f"{bd[0]:.7f}", f"{bd[1]:.7f}", "I65", ""),
                     ("境外", "-104.9903", "39.7392", "I65", "")], "gbk")
    assert QgsVectorLayer(gbk, "as QGIS reads it", "ogr").fields().names()[0] != "企业名称"
    table, points, document, feedback, _result = run(gbk, tmp_path, SYSTEM=3, X_FIELD="经度", Y_FIELD="纬度",
                                                     INDUSTRY_FIELD="行业代码")
    sites = {s["name"]: s for s in document["sites"]}
    assert sites["百度点"]["site"]["units"] == [code]
    assert sites["境外"]["coordinates"]["outside_china"] and not sites["境外"]["inside"]
    assert any("境外" in w and "no offset" in w for w in feedback.warnings)
    assert any("is read as GB18030" in i for i in feedback.infos)


def test_an_xlsx_of_text_cells_has_its_header_in_the_first_row(zoning_provider, places, tmp_path):  # noqa: F811
    """Every cell text (numbers stored as text): OGR cannot tell the header and names the columns
    Field1 …; the first row is the header, and a column chosen as Field2 in the dialog is 经度."""
    river = lonlat(places["river300"])
    dms = [f"{int(v)}°{int(v * 60 % 60)}'{v * 3600 % 60:.3f}\"{h}" for v, h in zip(river, "EN")]
    columns = [(name, ogr.OFTString) for name in ("企业名称", "经度", "纬度", "行业代码")]
    path = write_xlsx(tmp_path / "text.xlsx", columns, [("化工厂", *dms, "C2614")])   # OGR writes the header
    assert QgsVectorLayer(path, "as QGIS reads it", "ogr").fields().names() == ["Field1", "Field2", "Field3",
                                                                                "Field4"]
    table, points, document, feedback, _result = run(path, tmp_path, X_FIELD="Field2", Y_FIELD="Field3")
    assert any(i.startswith("The first row is taken as the column names: 企业名称, 经度") for i in feedback.infos)
    assert [r["verdict"] for r in table if r["rule_id"] == "SR-01"] == ["严格控制"]
    assert document["sites"][0]["coordinates"]["lon"] == pytest.approx(river[0], abs=1e-6)
    assert [f["企业名称"] for f in points.getFeatures()] == ["化工厂"] and len(document["sites"]) == 1


def test_gauss_kruger_columns_with_and_without_the_zone_number(zoning_provider, places, tmp_path):  # noqa: F811
    p = places["river300"]
    rows = [("带号", f"{p.y:.2f}", f"42{p.x:.2f}", "C2614"), ("无带号", f"{p.y:.2f}", f"{p.x:.2f}", "C2614")]
    path = write_csv(tmp_path / "gk.csv", ["name", "X", "Y", "industry_code"], rows, "utf-8")   # X northing
    table, points, document, _feedback, _result = run(path, tmp_path, SYSTEM=4)
    sites = {s["name"]: s for s in document["sites"]}
    assert sites["带号"]["coordinates"]["crs"] == "EPSG:4530" and sites["无带号"]["coordinates"]["crs"] == "EPSG:4551"
    for name in ("带号", "无带号"):
        assert [r["verdict"] for r in by_name(table)[name] if r["rule_id"] == "SR-01"] == ["严格控制"]
    _t, _p, wrong, *_rest = run(path, tmp_path, SYSTEM=4, GK_ZONE=41)
    assert "zone 41 was chosen" in wrong["sites"][0]["error"] and wrong["sites"][1]["site"]["lon"] < 124


@pytest.mark.parametrize("header, parameters, words", [
    (["名称", "地址", "行业代码"], {}, "No coordinate columns found among 名称, 地址, 行业代码"),
    (["名称", "经度", "纬度"], {}, "No industry code column found"),
    (["名称", "经度", "纬度", "行业代码"], {"X_FIELD": "lon"}, "The list has no column “lon”"),
    (["名称", "经度", "纬度", "行业代码"], {"GK_ZONE": "40.5"}, "(GK_ZONE): 40.5 is not a zone number"),
    (["名称", "经度", "纬度", "行业代码"], {"RIVER_DISTANCE_M": "abc"}, "(RIVER_DISTANCE_M): “abc” is not a number"),
])
def test_a_list_that_cannot_be_read_stops_the_run_and_writes_nothing(zoning_provider, tmp_path, header,  # noqa: F811
                                                                     parameters, words):
    from qgis import processing
    path = write_csv(tmp_path / "bad.csv", header, [("甲",) + ("1",) * (len(header) - 1)], "utf-8")
    before = (tmp_path / "bad.csv").read_bytes()
    outputs = {"OUTPUT": str(tmp_path / "out" / "table.csv"), "POINTS": str(tmp_path / "out" / "points.gpkg"),
               "JSON": str(tmp_path / "out" / "list.json")}
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoning:screen_list", {"INPUT": path, **outputs, **parameters}, feedback=Warnings())
    assert words in str(caught.value)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    assert (tmp_path / "bad.csv").read_bytes() == before
