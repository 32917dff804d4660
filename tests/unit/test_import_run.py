"""The whole import (core): a GBK shapefile with pinyin fields, an XLSX list, the attachment text,
rivers, basins, counties and built-up areas in → a dataset that opens and inspects, every planted
problem in the report with its place, the sources untouched; cancel and failure leave nothing."""
import json
import os

import pytest
import shapely
from osgeo import ogr

from test_import_fixtures import (CELL, CHINESE, CODES, OVERLAP_M2, SELF_INTERSECTION, UNITS, UNKNOWN_CODE,
                                  X0, Y0, checksums, square, unit_lists_xlsx, write_chinese_gpkg, write_gbk_shapefile,
                                  write_layer, write_xlsx)
from zoning_plugin.core import InputError, open_dataset
from zoning_plugin.core.importers.catalogue import OFFICIAL_TEXT_PATH
from zoning_plugin.core.errors import Cancelled
from zoning_plugin.core.geo import gauss_kruger_crs, reproject
from zoning_plugin.core.importers.checks import ImportReport
from zoning_plugin.core.importers.run import ImportOptions, import_dataset
from zoning_plugin.core.outputs import OutputError
from zoning_plugin.core.dataset.validate import validate_dataset


def at(x, y, crs="EPSG:4551"):
    return reproject(shapely.Point(x, y), crs, "EPSG:4490")


def near(point, x, y, metres=1.0):
    return reproject(point, "EPSG:4490", "EPSG:4551").distance(shapely.Point(x, y)) < metres


def line(x1, y1, x2, y2):
    return f"LINESTRING({X0 + x1} {Y0 + y1},{X0 + x2} {Y0 + y2})"


def box(x1, y1, x2, y2):
    return shapely.box(X0 + x1, Y0 + y1, X0 + x2, Y0 + y2).wkt


@pytest.fixture()
def delivery(tmp_path):
    """A delivery folder (units, lists, general text, layers) and an output folder apart."""
    folder = tmp_path / "delivery"
    folder.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    paths = {"units": write_gbk_shapefile(folder), "lists": unit_lists_xlsx(folder / "lists.xlsx")}
    paths["general"] = str(folder / "general.txt")
    with open(OFFICIAL_TEXT_PATH, encoding="utf-8") as handle:
        (folder / "general.txt").write_bytes(handle.read().encode("gbk"))
    paths["basins"] = write_layer(folder / "basins.gpkg", [(box(0, 0, 1500, 2000), "liao", "辽河流域"),
                                                          (box(1500, 0, 3000, 2000), "songhua", "松花江流域")],
                                  ogr.wkbPolygon, ("流域代码", "流域名称"))
    paths["rivers"] = write_layer(folder / "rivers.gpkg", [(line(100, 300, 1400, 300), "东辽河"),
                                                          (line(200, 1700, 1300, 1700), "仙人河"),
                                                          (line(1700, 300, 2900, 300), "梅河")],
                                  ogr.wkbLineString, ("名称",))
    paths["counties"] = write_layer(folder / "counties.gpkg", [(box(0, 0, 3000, 1000), "220402", "龙山区"),
                                                              (box(0, 1000, 3000, 2000), "220403", "西安区")],
                                    ogr.wkbPolygon, ("XZQHDM", "XZQHMC"))
    paths["built_up"] = write_layer(folder / "built_up.gpkg", [(box(1200, 200, 1800, 800), "测试城区")],
                                    ogr.wkbPolygon, ("名称",))
    return folder, out, paths


def full_options(paths, output, **extra):
    return ImportOptions(units=paths["units"], output=str(output), lists=paths["lists"], general=paths["general"],
                         basins=paths["basins"], rivers=paths["rivers"], counties=paths["counties"],
                         built_up=paths["built_up"], city_name="测试市", city_code="220400", version="2025.1",
                         effective_date="2025-01-26", effective_date_note="实施方案印发日期",
                         authority="测试市人民政府", expected_counts="2/2/2",
                         expected_shares="33.33/33.33/33.34", **extra)


def test_a_full_import_opens_inspects_and_reports_every_planted_problem(delivery):
    folder, out, paths = delivery
    before = checksums(folder)
    output = out / "dataset.gpkg"
    lines = []
    result = import_dataset(full_options(paths, output), log=lines.append)
    assert checksums(folder) == before                       # the sources are untouched
    assert sorted(os.listdir(out)) == ["dataset.gpkg"]        # no temporary file left
    report = result.report
    by_kind = {}
    for problem in report.problems:
        by_kind.setdefault(problem.kind, []).append(problem)
    # the overlapping pair, where it overlaps
    [overlap] = by_kind["overlap"]
    assert CODES[4] in overlap.message and CODES[5] in overlap.message and f"{OVERLAP_M2:,.1f}" in overlap.message
    assert near(overlap.point, X0 + 2 * CELL + 10, Y0 + 1.5 * CELL, metres=510)
    # the self-intersection, at its point, and the hole its repair leaves
    [repaired] = by_kind["repaired_geometry"]
    assert repaired.unit_code == CODES[3] and near(repaired.point, *SELF_INTERSECTION)
    assert by_kind["gap"] and all(near(p.geometry, *SELF_INTERSECTION, metres=1) for p in by_kind["gap"])
    # the unit the XLSX misses, the XLSX's unknown code
    assert [p.unit_code for p in by_kind["unit_without_list"]] == [CODES[5]]
    assert by_kind["unit_without_list"][0].point is not None
    assert [p.unit_code for p in by_kind["list_for_unknown_unit"]] == [UNKNOWN_CODE]
    # the shares stated against the computed (E is 20 m wider)
    assert [p.kind for p in report.problems if p.kind.endswith("mismatch")] == ["share_mismatch"]
    assert any("重点管控单元 2 个，面积占比 33.67 %" in fact for fact in report.facts)
    assert not {"duplicate_code", "class_digit", "unknown_class", "code_pattern", "no_city_name"} & report.kinds()
    assert any("HJZHGKDYBM" in line and "单元编码" in line for line in lines)

    dataset = open_dataset(str(output))
    assert dataset.title == "测试市生态环境分区管控" and not dataset.is_sample
    assert sorted(r["unit_code"] for r in dataset.units.records) == sorted(CODES)
    answer = dataset.inspect(at(X0 + 700, Y0 + 320), crs="EPSG:4490").to_dict()
    assert [u["code"] for u in answer["units"]] == [CODES[0]]
    assert answer["county"]["name"] == "龙山区" and [b["id"] for b in answer["basins"]] == ["liao"]
    assert [(b["river"], b["width_m"]) for b in answer["buffers"]] == [("东辽河", 50.0)]
    scopes = [r["scope"] for r in answer["requirements"]]
    assert scopes.count("city") == 15 and scopes.count("basin") == 16 and scopes.count("unit") == 6
    unit_items = [r for r in answer["requirements"] if r["scope"] == "unit"]
    assert unit_items[0]["text"] == "禁止新建工业项目。" and unit_items[0]["id"] == f"U-{CODES[0]}-01"
    assert answer["requirements"][0]["id"] == "C-220400-01"
    assert validate_dataset(dataset).errors            # the overlap is still there for validate too


def test_the_dataset_carries_every_place_specific_key(delivery):
    _folder, out, paths = delivery
    result = import_dataset(full_options(paths, out / "d.gpkg"))
    meta = open_dataset(str(out / "d.gpkg")).meta
    for key in ("title", "version", "effective_date", "effective_date_note", "authority", "city_name", "city_code",
                "city_list_title", "list_structure", "metric_crs", "unit_classes", "river_buffer_rule", "import_date", "source_files"):
        assert meta[key], key
    assert meta["sample"] == "false" and meta["metric_crs"] == "EPSG:4551" and meta["list_structure"] == "1+2+6"
    assert meta["city_list_title"] == "测试市总体管控要求" and meta["authority"] == "测试市人民政府"
    assert meta["effective_date_note"] == "实施方案印发日期"          # what the date is, shown with it
    assert [c["name"] for c in json.loads(meta["unit_classes"])] == ["优先保护单元", "重点管控单元", "一般管控单元"]
    assert json.loads(meta["river_buffer_rule"]) == {"req_id": "B-LIAO-05", "main_river": "东辽河", "main_width_m": 50.0,
                                                     "other_width_m": 30.0, "basins": ["liao"]}
    files = json.loads(meta["source_files"])
    assert {f["role"] for f in files} == {"units", "lists", "general", "basins", "rivers", "counties", "built_up"}
    dbf = next(f for f in files if f["path"].endswith("units.dbf"))
    assert dbf["sha256"] == checksums(os.path.dirname(dbf["path"]))["units.dbf"]
    assert meta["import_date"][:4].isdigit() and "T" in meta["import_date"]
    assert json.loads(meta["import_mapping"])["fields"]["code"] == "HJZHGKDYBM" == result.mapping.code


def test_rivers_outside_the_rule_basins_get_a_width_but_no_buffer(delivery):
    _folder, out, paths = delivery
    import_dataset(full_options(paths, out / "d.gpkg"))
    dataset = open_dataset(str(out / "d.gpkg"))
    rivers = {r["river_name"]: (r["basin_id"], r["buffer_m"]) for r in dataset.rivers.records}
    assert rivers == {"东辽河": ("liao", 50.0), "仙人河": ("liao", 30.0), "梅河": ("songhua", 30.0)}
    assert sorted(r["river_name"] for r in dataset.buffers.records) == ["东辽河", "仙人河"]
    assert [r["name"] for r in dataset.built_up.records] == ["测试城区"]
    assert {r["basin_id"]: r["basin_name"] for r in dataset.basins.records} == {"liao": "辽河流域", "songhua": "松花江流域"}


def test_the_user_widths_replace_the_rule(delivery):
    _folder, out, paths = delivery
    import_dataset(full_options(paths, out / "d.gpkg", main_river="仙人河", main_width=80.0, other_width=20.0))
    widths = {r["river_name"]: r["buffer_m"] for r in open_dataset(str(out / "d.gpkg")).rivers.records}
    assert widths == {"东辽河": 20.0, "仙人河": 80.0, "梅河": 20.0}


def test_the_user_names_the_basins_the_rule_binds(delivery):
    _folder, out, paths = delivery
    import_dataset(full_options(paths, out / "d.gpkg", buffer_basins="松花江流域, liao"))
    dataset = open_dataset(str(out / "d.gpkg"))
    assert sorted(r["river_name"] for r in dataset.buffers.records) == ["东辽河", "仙人河", "梅河"]
    assert json.loads(dataset.meta["river_buffer_rule"])["basins"] == ["songhua", "liao"]
    with pytest.raises(InputError, match="没有流域「黄河流域」"):
        import_dataset(full_options(paths, out / "e.gpkg", buffer_basins="黄河流域"))
    assert sorted(os.listdir(out)) == ["d.gpkg"]


def test_chinese_field_names_with_line_breaks_and_lists_from_the_attributes(tmp_path):
    path = write_chinese_gpkg(tmp_path / "units.gpkg")
    result = import_dataset(ImportOptions(units=path, output=str(tmp_path / "d.gpkg"), city_name="测试市"))
    assert result.mapping.code == CHINESE[0] and result.mapping.pollution == CHINESE[5]
    dataset = open_dataset(str(tmp_path / "d.gpkg"))
    first = dataset.by_scope[("unit", CODES[0])]
    assert [r.text for r in first] == ["禁止新建工业项目。", "严格控制开发强度。", "污水全部收集处理。", "禁止新设排污口。",
                                       "建立风险预警。", "节约用水。"]
    assert first[0].source == "units.gpkg 字段 空间布局约束 第1条"
    kinds = result.report.kinds()
    assert "no_general_lists" in kinds and "unit_without_list" not in kinds
    [empty] = [p for p in result.report.problems if p.kind == "empty_dimension"]
    assert empty.unit_code == CODES[5] and "环境风险防控" in empty.message
    county = {r["unit_code"]: r["county_code"] for r in dataset.units.records}
    assert county[CODES[3]] == "220403"
    assert {r["code"] for r in dataset.counties.records} == {"220402", "220403"}


def test_another_zone_and_other_class_names(tmp_path):
    units = [(f"ZH21130{c}{n}0001", f"单元{n}", name, f"21130{c}", square(n, 0), ("甲。", "乙。", "丙。", "丁。"))
             for n, (c, name) in enumerate([(2, "优先保护单元"), (2, "环境综合管控单元"), (3, "一般管控单元")], 0)]
    units = [(code[:8] + str(i + 1) + code[9:], *rest) for i, (code, *rest) in enumerate(units)]
    path = write_chinese_gpkg(tmp_path / "units.gpkg", units=units, epsg=4549)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"fields": {}, "unit_classes": [
        {"class": 1, "name": "优先保护单元"}, {"class": 2, "name": "环境综合管控单元"},
        {"class": 3, "name": "一般管控单元"}]}, ensure_ascii=False), encoding="utf-8")
    result = import_dataset(ImportOptions(units=path, output=str(tmp_path / "d.gpkg"), mapping_json=str(mapping),
                                          city_name="某市", expected_counts="1/1/1"))
    dataset = open_dataset(str(tmp_path / "d.gpkg"))
    assert dataset.meta["metric_crs"] == "EPSG:4549" and dataset.meta["city_code"] == "211300"
    assert [r["unit_class"] for r in dataset.units.records] == [1, 2, 3]
    assert "环境综合管控单元" in dataset.meta["unit_classes"]
    assert "count_mismatch" not in result.report.kinds()


@pytest.mark.parametrize("lon, code", [(125.1, "EPSG:4551"), (120.2, "EPSG:4549"), (75.0, "EPSG:4534"),
                                       (135.0, "EPSG:4554"), (118.4, "EPSG:4548"), (10.0, "EPSG:32632")])
def test_metric_crs_proposed_from_the_longitude(lon, code):
    assert gauss_kruger_crs(lon) == code


@pytest.mark.parametrize("driver, name", [("GeoJSON", "units.geojson"), ("OpenFileGDB", "units.gdb"),
                                          ("GPKG", "units.gpkg")])
def test_other_ogr_sources(tmp_path, driver, name):
    path = str(tmp_path / name)
    source = ogr.GetDriverByName(driver).CreateDataSource(path)
    from test_import_fixtures import _srs, _write_units
    _write_units(source, ["单元编码", "单元名称", "单元分类", "县区"], [u[:5] + ((),) for u in UNITS], _srs(4326 if
                 driver == "GeoJSON" else 4551))
    source = None
    if driver == "GeoJSON":   # coordinates written as EPSG:4551 metres into a lon/lat file are refused
        with pytest.raises(InputError, match="坐标与坐标系不符"):
            import_dataset(ImportOptions(units=path, output=str(tmp_path / "d.gpkg")))
        result = import_dataset(ImportOptions(units=path, output=str(tmp_path / "d.gpkg"), source_crs="EPSG:4551"))
    else:
        result = import_dataset(ImportOptions(units=path, output=str(tmp_path / "d.gpkg")))
    assert len(open_dataset(str(tmp_path / "d.gpkg")).units) == 6
    assert result.mapping.code == "单元编码"


def test_dxf_with_the_code_in_the_layer_name_and_the_crs_given(tmp_path):
    path = str(tmp_path / "units.dxf")
    source = ogr.GetDriverByName("DXF").CreateDataSource(path)
    layer = source.CreateLayer("entities")
    for code, *_rest, wkt, _dims in UNITS[:3]:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("Layer", code)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt).GetBoundary())
        layer.CreateFeature(feature)
    source = None
    with pytest.raises(InputError, match="SOURCE_CRS"):
        import_dataset(ImportOptions(units=path, output=str(tmp_path / "d.gpkg"), fields={"code": "Layer"}))
    import_dataset(ImportOptions(units=path, output=str(tmp_path / "d.gpkg"), fields={"code": "Layer"},
                                 source_crs="EPSG:4551"))
    assert sorted(r["unit_code"] for r in open_dataset(str(tmp_path / "d.gpkg")).units.records) == CODES[:3]


@pytest.mark.parametrize("stop_after", [1, 3, 6, 9])
def test_a_cancel_leaves_nothing(delivery, stop_after):
    folder, out, paths = delivery
    before = checksums(folder)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > stop_after
    with pytest.raises(Cancelled):
        import_dataset(full_options(paths, out / "d.gpkg"), is_cancelled=cancelled)
    assert os.listdir(out) == [] and checksums(folder) == before


def test_a_cancel_while_writing_leaves_nothing(delivery):
    _folder, out, paths = delivery
    progress = []

    def cancelled():
        return bool(progress) and progress[-1] >= 0.7
    with pytest.raises(Cancelled):
        import_dataset(full_options(paths, out / "d.gpkg"), progress=progress.append, is_cancelled=cancelled)
    assert os.listdir(out) == []


def test_a_failure_keeps_the_previous_output(delivery, tmp_path):
    folder, out, paths = delivery
    output = out / "d.gpkg"
    output.write_bytes(b"the previous dataset")
    bad = tmp_path / "bad.txt"
    bad.write_text("附件\n一、某某要求\n\t    没有维度的条目。\n", encoding="utf-8")
    options = full_options(paths, output)
    options.general = str(bad)
    with pytest.raises(InputError, match="无法解析"):
        import_dataset(options)
    assert output.read_bytes() == b"the previous dataset" and os.listdir(out) == ["d.gpkg"]


def bad_input_cases(folder, paths):
    (folder / "noprj").mkdir()
    no_prj = write_gbk_shapefile(folder / "noprj", name="noprj", prj=False)
    lines = write_layer(folder / "lines.gpkg", [(line(0, 0, 100, 100), "x")], ogr.wkbLineString)
    no_code = write_layer(folder / "nocode.gpkg", [(square(0, 0), "甲")], ogr.wkbPolygon, ("名称",))
    no_key = write_xlsx(folder / "nokey.xlsx", ("名称", "空间布局约束"), [("甲", "禁止。")])
    return [
        (dict(units=no_prj), "缺少 .prj.*SOURCE_CRS"),
        (dict(units=lines), "没有面"),
        (dict(units=no_code), "未指定单元编码字段"),
        (dict(units=paths["units"], lists=no_key), "找不到单元编码列"),
        (dict(units=paths["units"], fields={"code": "NOPE"}), "没有字段「NOPE」"),
        (dict(units=paths["units"], expected_counts="31/26"), "应有 3 个数字"),
        (dict(units=paths["units"], expected_shares="a/b/c"), "应为以“/”分隔的数字"),
        (dict(units=str(folder / "missing.shp")), "找不到数据源"),
    ]


def test_bad_input_is_refused_with_one_line_and_nothing_written(delivery):
    folder, out, paths = delivery
    for options, message in bad_input_cases(folder, paths):
        before = checksums(folder)
        with pytest.raises(InputError, match=message) as caught:
            import_dataset(ImportOptions(output=str(out / "d.gpkg"), **options))
        assert "\n" not in str(caught.value)
        assert os.listdir(out) == [] and checksums(folder) == before, options


def test_a_shapefile_without_prj_imports_with_the_crs_given(delivery):
    folder, out, _paths = delivery
    (folder / "noprj").mkdir()
    path = write_gbk_shapefile(folder / "noprj", name="noprj", prj=False)
    import_dataset(ImportOptions(units=path, output=str(out / "d.gpkg"), source_crs="EPSG:4551"))
    assert len(open_dataset(str(out / "d.gpkg")).units) == 6


def test_mixed_encodings_are_refused_and_the_override_decides(delivery):
    folder, out, paths = delivery
    dbf = folder / "units.dbf"
    raw = dbf.read_bytes()
    gbk, utf8 = "龙山区乙重点管控单元".encode("gbk"), "龙山区乙重点管控单元".encode("utf-8")
    dbf.write_bytes(raw.replace(gbk + b" " * 10, utf8))
    before = checksums(folder)
    with pytest.raises(InputError, match="混用了多种编码.*第 2 条记录.*是 UTF-8.*第 1 条记录.*不是"):
        import_dataset(ImportOptions(units=paths["units"], output=str(out / "d.gpkg")))
    with pytest.raises(InputError, match="无法解码"):
        import_dataset(ImportOptions(units=paths["units"], output=str(out / "d.gpkg"), encoding="UTF-8"))
    assert os.listdir(out) == [] and checksums(folder) == before


def test_the_output_must_not_be_a_source_or_lie_in_a_source_folder(delivery):
    folder, _out, paths = delivery
    before = checksums(folder)
    with pytest.raises(OutputError, match="输出会覆盖输入"):
        import_dataset(ImportOptions(units=paths["basins"], output=paths["basins"]))
    with pytest.raises(OutputError, match="输出会覆盖输入"):         # a shapefile's sidecar is the shapefile
        import_dataset(ImportOptions(units=paths["units"], output=paths["units"][:-4] + ".dbf"))
    with pytest.raises(OutputError, match="输出会覆盖输入"):
        import_dataset(ImportOptions(units=paths["units"], lists=paths["lists"], output=paths["lists"]))
    # a folder of shapefiles read as one source: nothing may be written inside it
    with pytest.raises(OutputError, match="输出位于输入文件夹内"):
        import_dataset(ImportOptions(units=f"{folder}|layername=units", output=str(folder / "sub" / "d.gpkg")))
    with pytest.raises(OutputError, match="输出路径是已有文件夹"):
        import_dataset(ImportOptions(units=paths["units"], output=str(folder)))
    assert checksums(folder) == before and not (folder / "sub").exists()


def test_a_folder_of_shapefiles_imports_beside_it(delivery):
    folder, out, _paths = delivery
    result = import_dataset(ImportOptions(units=f"{folder}|layername=units", output=str(out / "d.gpkg")))
    assert len(open_dataset(result.output).units) == 6


@pytest.mark.parametrize("crs, message", [
    ("EPSG:32633", r"EPSG:32633 量算本数据的面积偏差约 \+\d+\.\d %，请改用 EPSG:4551"),      # a UTM zone of Europe
    ("EPSG:3857", r"面积偏差约 \+8\d\.\d %.*EPSG:4551"),                            # Web Mercator
    ("EPSG:4552", r"EPSG:4552 的适用范围（127\.5°–130\.5°E.*远离数据.*请改用 EPSG:4551"),   # the next zone east
    ("EPSG:4490", r"不是以米为单位的投影坐标系.*EPSG:4551"),
])
def test_a_metric_crs_far_from_the_data_is_refused_with_the_one_that_fits(delivery, crs, message):
    folder, out, paths = delivery
    before = checksums(folder)
    with pytest.raises(InputError, match=message) as caught:
        import_dataset(ImportOptions(units=paths["units"], output=str(out / "d.gpkg"), metric_crs=crs))
    assert "\n" not in str(caught.value)
    assert os.listdir(out) == [] and checksums(folder) == before


def test_a_metric_crs_that_fits_is_used(delivery):
    _folder, out, paths = delivery
    result = import_dataset(ImportOptions(units=paths["units"], output=str(out / "d.gpkg"), metric_crs="EPSG:32651"))
    assert result.meta["metric_crs"] == "EPSG:32651"


@pytest.mark.parametrize("options, message", [
    (dict(main_width=float("nan")), r"主河流缓冲宽度.*不是有限数值"),
    (dict(other_width=-30.0), r"其他河流缓冲宽度.*小于允许的最小值"),
    (dict(other_width=0.0), r"其他河流缓冲宽度.*小于允许的最小值"),
    (dict(main_width=1e9), r"主河流缓冲宽度.*大于允许的最大值 10000"),
    (dict(tolerance_m2=float("inf")), r"容差.*不是有限数值"),
    (dict(tolerance_m2=-1.0), r"容差.*小于允许的最小值"),
    (dict(expected_shares="nan/50/50"), r"面积占比.*「nan」不是 0–100 的有限数值"),
    (dict(expected_shares="120/-10/-10"), r"面积占比.*「120」"),
    (dict(expected_counts="2.5/2/2"), r"单元数量.*「2.5」不是 ≥ 0 的整数"),
    (dict(expected_counts="inf/2/2"), r"单元数量.*「inf」"),
])
def test_numbers_that_are_not_finite_or_in_range_are_refused_by_name(delivery, options, message):
    _folder, out, paths = delivery
    with pytest.raises(InputError, match=message):
        import_dataset(ImportOptions(units=paths["units"], output=str(out / "d.gpkg"), **options))
    assert os.listdir(out) == []


def test_full_width_stated_shares_are_read(delivery):
    _folder, out, paths = delivery
    result = import_dataset(ImportOptions(units=paths["units"], output=str(out / "d.gpkg"),
                                          expected_counts="２/２/２", expected_shares="３３．３３/33.33/33.34 ％"))
    assert "count_mismatch" not in result.report.kinds()


def test_the_report_and_the_mapping_are_written_through_the_output_discipline(delivery):
    folder, out, paths = delivery
    result = import_dataset(ImportOptions(units=paths["units"], output=str(out / "d.gpkg")))
    result.report.save_html(str(out / "report.html"), "报告")
    result.mapping.save(str(out / "mapping.json"))
    assert json.loads((out / "mapping.json").read_text(encoding="utf-8"))["fields"]["code"] == "HJZHGKDYBM"
    assert "<title>报告</title>" in (out / "report.html").read_text(encoding="utf-8")
    assert sorted(os.listdir(out)) == ["d.gpkg", "mapping.json", "report.html"]
    mask = os.umask(0)
    os.umask(mask)
    assert os.stat(out / "report.html").st_mode & 0o777 == 0o666 & ~mask
    with pytest.raises(OutputError, match="输出路径是已有文件夹"):
        result.mapping.save(str(out))
    with pytest.raises(OutputError, match="路径中的文件夹位置上是一个文件"):  # a file where a folder should be
        result.report.save_html(str(out / "d.gpkg" / "r.html"), "x")


def test_the_html_report_escapes_everything():
    report = ImportReport(output="/tmp/<out>.gpkg")
    report.add("warning", "code_pattern", "单元编码不符合格式: <script>alert(1)</script>", "<b>X</b>",
               shapely.Point(125.1, 42.9))
    report.facts.append("a & b")
    report.mapping.append(("单元编码", "<i>BM</i>", "guess"))
    page = report.to_html("导入报告 <测试>")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;X&lt;/b&gt;" in page
    assert "a &amp; b" in page and "&lt;i&gt;BM&lt;/i&gt;" in page and "125.100000, 42.900000" in page
    assert "<title>导入报告 &lt;测试&gt;</title>" in page


def test_a_channel_width_field_makes_distances_and_buffers_from_the_bank(delivery):
    folder, out, paths = delivery
    paths["rivers"] = write_layer(folder / "rivers_width.gpkg", [(line(100, 300, 1400, 300), "东辽河", "30"),
                                                                (line(200, 1700, 1300, 1700), "仙人河", "宽"),
                                                                (line(1700, 300, 2900, 300), "梅河", None)],
                                  ogr.wkbLineString, ("名称", "河宽"))
    result = import_dataset(full_options(paths, out / "d.gpkg"))
    dataset = open_dataset(str(out / "d.gpkg"))
    widths = {r["river_name"]: r["channel_width_m"] for r in dataset.rivers.records}
    assert widths == {"东辽河": 30.0, "仙人河": None, "梅河": None}
    measured = {r["river_name"]: (r["measured_from"], r["channel_width_m"]) for r in dataset.buffers.records}
    assert measured == {"东辽河": ("bank", 30.0), "仙人河": ("centre line", None)}
    point = reproject(shapely.Point(X0 + 700, Y0 + 340), "EPSG:4551", "EPSG:4490")   # 40 m from 东辽河's line
    buffer, = dataset.inspect(point).buffers
    assert buffer["distance_m"] == pytest.approx(25.0, abs=0.05) and buffer["measured_from"] == "bank"
    notes = "\n".join(map(str, result.log))
    assert "河道宽度取自字段 河宽" in notes and "仙人河 的河道宽度（字段 河宽）无法使用" in notes
    assert not [p for p in dataset.problems if "河道宽度" in p]
