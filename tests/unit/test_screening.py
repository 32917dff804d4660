"""项目准入研判 (core/screening/screen.py) on the sample dataset, with the known answers of issue 7: the
sites are found in the dataset itself (a point N m from a river, in a built-up area, in a unit of a
class), so the tests say what they mean rather than hard-coding coordinates."""
import json
import os
import shutil

import numpy as np
import pytest
import shapely
from osgeo import ogr

from zoning_plugin.core import DatasetError, InputError, open_dataset
from zoning_plugin.core.importers.catalogue import load_official_catalogue
from zoning_plugin.core.screening.industry import industry_table, parse_industry_code
from zoning_plugin.core.screening.screen import ADVISORY, NO_RESTRICTION, parse_boiler, screen

METRIC = "EPSG:4551"
LINE_16 = "河流沿岸严格控制化学原料和化学制品制造、医药制造、化学纤维制造、有色金属冶炼、制浆造纸、纺织印染等项目建设。"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLASS_RULE_FILE = os.path.join(ROOT, "zoning_plugin", "resources", "official",
                               "liaoyuan_implementation_plan_2025_priority_units.txt")


@pytest.fixture(scope="module")
def ds():
    return open_dataset()


def rivers(ds, basin=None):
    basin_of = {r["river_name"]: r["basin_id"] for r in ds.rivers.records}
    return {n: g for n, g in ds.river_lines().items() if basin is None or basin_of[n] == basin}


def beside(ds, river, offset, clear=None):
    """Points `offset` m from `river` (perpendicular), in the city and at least `clear` m from every
    other river."""
    lines = rivers(ds)
    line = shapely.line_merge(lines[river])
    others = shapely.union_all([g for n, g in lines.items() if n != river])
    found = []
    for fraction in np.linspace(0.05, 0.95, 37):
        a = shapely.line_interpolate_point(line, fraction, normalized=True)
        b = shapely.line_interpolate_point(line, fraction + 0.0005, normalized=True)
        dx, dy = b.x - a.x, b.y - a.y
        norm = (dx * dx + dy * dy) ** 0.5
        for side in (1, -1):
            p = shapely.Point(a.x - side * dy / norm * offset, a.y + side * dx / norm * offset)
            if abs(shapely.distance(lines[river], p) - offset) < 0.5 and ds.city_metric.contains(p) \
                    and shapely.distance(others, p) > (clear or offset + 200):
                found.append(p)
    assert found, (river, offset)
    return found


def grid(ds, step=2500.0):
    minx, miny, maxx, maxy = ds.city_metric.bounds
    return [shapely.Point(x, y) for x in np.arange(minx, maxx, step) for y in np.arange(miny, maxy, step)
            if ds.city_metric.contains(shapely.Point(x, y))]


def far_from_everything(ds, unit_classes=(2, 3), built_up=False):
    """A point at least 2 km from every river, in a unit of `unit_classes`, in or out of a built-up area."""
    built = shapely.union_all(ds.built_up.metric)
    lines = shapely.union_all(list(rivers(ds).values()))
    for p in grid(ds, 1500.0 if built_up else 2500.0):
        inside = [i for i, g in enumerate(ds.units.metric) if g.contains(p)]
        if inside and ds.units.records[inside[0]]["unit_class"] in unit_classes \
                and shapely.distance(lines, p) > 2000 and bool(built.contains(p)) == built_up:
            return p
    pytest.fail("no such point in the sample")


def class_one_point(ds):
    built = shapely.union_all(ds.built_up.metric)
    lines = shapely.union_all(list(rivers(ds).values()))
    for record, geometry in zip(ds.units.records, ds.units.metric):
        p = geometry.representative_point()
        if record["unit_class"] == 1 and shapely.distance(lines, p) > 1500 and not built.contains(p):
            return record, p
    pytest.fail("no 优先保护单元 point away from rivers")


def check(result, rule_id):
    return next(c for c in result.checks if c.rule.rule_id == rule_id)


# -- industry codes ----------------------------------------------------------------------------
def test_the_shipped_industry_table_has_the_20_sections_and_97_divisions():
    table = industry_table()
    assert sorted(table.sections) == [chr(c) for c in range(ord("A"), ord("T") + 1)]
    assert sorted(table.divisions) == [f"{n:02d}" for n in range(1, 98)]
    assert table.sections["C"] == "制造业" and table.sections["D"] == "电力、热力、燃气及水生产和供应业"
    assert table.divisions["26"] == ("C", "化学原料和化学制品制造业")
    assert table.divisions["50"] == ("E", "建筑装饰、装修和其他建筑业")
    assert table.divisions["97"] == ("T", "国际组织")


@pytest.mark.parametrize("given, code, division", [
    ("C2614", "C2614", "C26"), (" c2614 ", "C2614", "C26"), ("Ｃ２６１４", "C2614", "C26"),
    ("C27", "C27", "C27"), ("C1713", "C1713", "C17"), ("C1391", "C1391", "C13"), ("I65", "I65", "I65")])
def test_longer_codes_are_read_by_their_division(given, code, division):
    parsed = parse_industry_code(given)
    assert (parsed.code, parsed.division) == (code, division)


@pytest.mark.parametrize("given, words", [
    ("C99", "大类 C99 不存在"), ("X12", "门类 X 不存在"), ("", "未填写行业代码"), (None, "未填写行业代码"),
    ("2614", "请写作 C2614"), ("A26", "属于门类 C，不属于门类 A"), ("C", "至少写到大类"),
    ("C26145", "格式不对"), ("化工", "格式不对")])
def test_unknown_or_malformed_codes_get_a_message_not_a_guess(given, words):
    with pytest.raises(InputError) as caught:
        parse_industry_code(given)
    assert words in str(caught.value) and "(" not in str(caught.value)


# -- known answers -----------------------------------------------------------------------------
def test_a_chemical_site_300_m_from_a_river_is_strictly_controlled_with_line_16(ds):
    point = beside(ds, "东辽河", 300.0)[0]
    result = screen(ds, point, METRIC, "C2614")
    riverside = check(result, "SR-01")
    assert riverside.triggered and riverside.rule.verdict == "严格控制"
    assert riverside.requirement.req_id == "B-LIAO-02" and riverside.requirement.text == LINE_16
    assert riverside.requirement.source.endswith("一、辽河流域 · 空间布局约束")
    assert riverside.facts["river"] == "东辽河" and riverside.facts["distance_m"] == pytest.approx(300, abs=1)
    assert any("原文未给出距离" in reason for reason in riverside.reasons)
    assert result.verdict in ("严格控制", "禁止或严格限制", "禁止")
    assert not check(result, "SR-04").triggered          # 300 m is outside the 50 m buffer


def test_the_riverside_distance_is_a_setting(ds):
    point = beside(ds, "东辽河", 300.0)[0]
    near = check(screen(ds, point, METRIC, "C2614", settings={"river_distance_m": 200}), "SR-01")
    assert near.status == "not_triggered" and near.facts["distance_limit_from"] == "setting"
    assert check(screen(ds, point, METRIC, "C2614", settings={"river_distance_m": "400"}), "SR-01").triggered
    for bad in (-1, 0, "far", float("inf")):
        with pytest.raises(InputError, match="河流沿岸距离"):
            screen(ds, point, METRIC, "C2614", settings={"river_distance_m": bad})


def test_a_coarse_code_that_holds_a_listed_industry_triggers_and_says_so(ds):
    point = beside(ds, "东辽河", 300.0)[0]
    riverside = check(screen(ds, point, METRIC, "C32"), "SR-01")
    assert riverside.triggered and "只写到大类" in riverside.reasons[0] and "C321" in riverside.reasons[0]
    assert not check(screen(ds, point, METRIC, "C3251"), "SR-01").triggered   # 压延加工, not 冶炼
    assert check(screen(ds, point, METRIC, "C2211"), "SR-01").triggered       # 木竹浆制造


def test_a_20_tph_coal_boiler_is_forbidden_in_the_built_up_area_and_not_outside(ds):
    inside = far_from_everything(ds, unit_classes=(2,), built_up=True)
    outside = far_from_everything(ds, unit_classes=(2, 3), built_up=False)
    there = screen(ds, inside, METRIC, "D4430", boiler_tph=20)
    boiler = check(there, "SR-02")
    assert boiler.triggered and there.verdict == "禁止"
    assert boiler.requirement.req_id == "C-220400-06" and boiler.requirement.text.startswith("城市建成区禁止新建35蒸吨")
    assert boiler.facts["in_built_up"] and boiler.facts["threshold_tph"] == 35.0
    elsewhere = screen(ds, outside, METRIC, "D4430", boiler_tph=20)
    assert check(elsewhere, "SR-02").status == "not_triggered" and elsewhere.verdict != "禁止"
    assert check(elsewhere, "SR-02").facts["threshold_tph"] == 10.0
    assert check(screen(ds, outside, METRIC, "D4430", boiler_tph=9.5), "SR-02").triggered


def test_exactly_at_the_threshold_is_below_it_as_statute_reads_unless_set_otherwise(ds):
    """以下 includes the number by default (民法典 第1259条), the reading named in the reasons; the
    exclusive reading is the user's choice, named too."""
    inside = far_from_everything(ds, unit_classes=(2,), built_up=True)
    outside = far_from_everything(ds, unit_classes=(2, 3), built_up=False)
    default = check(screen(ds, inside, METRIC, "D4430", boiler_tph=35), "SR-02")
    assert default.triggered and default.facts["comparison"] == "le" and default.facts["comparison_from"] == "rule"
    assert any("按含本数理解" in r and "民法典第1259条" in r for r in default.own_reasons)
    assert check(screen(ds, outside, METRIC, "D4430", boiler_tph="10"), "SR-02").triggered
    assert not check(screen(ds, outside, METRIC, "D4430", boiler_tph="10.5"), "SR-02").triggered
    lt = check(screen(ds, inside, METRIC, "D4430", boiler_tph=35, settings={"boiler_comparison": "lt"}), "SR-02")
    assert not lt.triggered and lt.facts["comparison_from"] == "setting"
    assert any("按不含本数理解" in r and "另一种理解" in r for r in lt.own_reasons)
    with pytest.raises(InputError, match="lt"):
        screen(ds, inside, METRIC, "D4430", boiler_tph=35, settings={"boiler_comparison": "<"})


def test_no_boiler_means_the_boiler_rule_is_not_evaluated(ds):
    point = far_from_everything(ds)
    for nothing in (None, "", 0):
        assert check(screen(ds, point, METRIC, "I65", boiler_tph=nothing), "SR-02").status == "not_evaluated"


@pytest.mark.parametrize("boiler, words", [(-5, "不能为负数"), ("-5", "不能为负数"), ("twenty", "不是数字"),
                                           (float("nan"), "不是有限数值"), (True, "不是数字")])
def test_a_negative_or_text_boiler_size_gets_a_clear_message(ds, boiler, words):
    with pytest.raises(InputError) as caught:
        screen(ds, far_from_everything(ds), METRIC, "D4430", boiler_tph=boiler)
    assert words in str(caught.value) and "(" not in str(caught.value)
    assert parse_boiler("１２.5") == 12.5


@pytest.mark.parametrize("code", ["C99", "X12", ""])
def test_an_unknown_code_gets_a_clear_message(ds, code):
    with pytest.raises(InputError, match="行业代码"):
        screen(ds, far_from_everything(ds), METRIC, code)


def test_an_industrial_project_in_a_priority_unit_is_prohibited_or_strictly_limited_citing_002(ds):
    record, point = class_one_point(ds)
    result = screen(ds, point, METRIC, "C3311")
    rule = check(result, "SR-03")
    assert rule.triggered and rule.rule.verdict == "禁止或严格限制" and result.verdict == "禁止或严格限制"
    assert rule.requirement.req_id == "CLASS-1-01" and rule.requirement.scope == "class"
    with open(CLASS_RULE_FILE, encoding="utf-8") as handle:
        assert rule.requirement.text == handle.read().rstrip("\n")
    assert "实施方案" in rule.requirement.source
    assert any(record["unit_code"] in reason for reason in rule.reasons)
    assert rule.related and all(r.scope_ref == record["unit_code"] and r.dimension == "空间布局约束"
                                for r in rule.related)
    for code in ("B0610", "D4411", "K7010", "E4790", "E4810", "N7861", "H6110"):  # 工业 and 城镇开发建设
        assert check(screen(ds, point, METRIC, code), "SR-03").triggered
    for code in ("I65", "E4910", "E5010", "A0111"):    # neither 工业 (B, C, D) nor 城镇开发建设
        assert check(screen(ds, point, METRIC, code), "SR-03").status == "not_triggered"


def test_a_point_in_a_river_buffer_needs_attention_and_claims_no_more(ds):
    point = beside(ds, "东辽河", 20.0)[0]
    result = screen(ds, point, METRIC, "I65")
    rule = check(result, "SR-04")
    assert rule.triggered and result.verdict == "需关注"
    assert rule.requirement.req_id == "B-LIAO-05" and "建设生态缓冲区" in rule.requirement.text
    assert "东辽河" in rule.reasons[0] and "50 m" in rule.reasons[0]
    assert "未规定缓冲区内禁止或限制" in rule.rule.note
    assert check(screen(ds, beside(ds, "东辽河", 60.0)[0], METRIC, "I65"), "SR-04").status == "not_triggered"


def test_corn_processing_needs_attention_in_its_basin(ds):
    point = far_from_everything(ds)
    result = screen(ds, point, METRIC, "C1391")
    basin = result.site["basins"][0]["id"]
    rule_id = {"liao": "SR-05", "songhua": "SR-06"}[basin]
    other = {"liao": "SR-06", "songhua": "SR-05"}[basin]
    assert check(result, rule_id).triggered and result.verdict == "需关注"
    assert "玉米深加工等高耗水行业" in check(result, rule_id).requirement.text
    assert check(result, other).status == "not_applicable"
    assert [c.rule.rule_id for c in result.hits] == [rule_id]


def test_a_plain_service_project_far_from_rivers_finds_no_restriction(ds):
    result = screen(ds, far_from_everything(ds), METRIC, "I65", boiler_tph=None, note="软件园")
    assert result.verdict == NO_RESTRICTION and not result.hits
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["verdict"] == "未发现限制" and data["project"]["note"] == "软件园"
    assert data["advisory"].startswith(ADVISORY) and "sample-2025.1" in data["advisory"]
    assert data["dataset"]["version"] == "sample-2025.1" and len(data["checks"]) == len(result.checks) > 6
    assert data["statement"].startswith("未发现限制：") and data["coverage"]["rules_triggered"] == 0


def test_outside_the_city_nothing_is_screened(ds):
    result = screen(ds, shapely.Point(116.4, 39.9), "EPSG:4490", "C2614", boiler_tph=5)
    assert not result.inside and result.verdict is None and not result.checks
    assert any("之外" in m for m in result.messages)


def test_a_polygon_site_counts_as_one(ds):
    near = beside(ds, "东辽河", 150.0)[0]
    site = near.buffer(120.0)      # reaches within 30 m of the river: outside the 50 m buffer
    result = screen(ds, site, METRIC, "C2710")
    riverside = check(result, "SR-01")
    assert riverside.triggered and riverside.facts["distance_m"] == pytest.approx(30, abs=1.5)
    assert result.site["kind"] == "polygon"


# -- rules are data ----------------------------------------------------------------------------
def _copy_with(tmp_path, sql):
    path = str(tmp_path / "city.gpkg")
    shutil.copyfile(open_dataset().path, path)
    datasource = ogr.Open(path, 1)
    for statement in sql:
        datasource.ExecuteSQL(statement)
    datasource = None
    return open_dataset(path)


def test_thresholds_come_from_the_rule_row_not_the_code(tmp_path, ds):
    params = json.dumps({"built_up_tph": 40, "elsewhere_tph": 35, "comparison": "lt"})
    other = _copy_with(tmp_path, [f"UPDATE screening_rules SET params = '{params}' WHERE rule_id = 'SR-02'"])
    outside = far_from_everything(ds, unit_classes=(2, 3), built_up=False)
    boiler = check(screen(other, outside, METRIC, "D4430", boiler_tph=20), "SR-02")
    assert boiler.triggered and boiler.facts["threshold_tph"] == 35.0


def test_a_dataset_without_rules_or_with_a_bad_rule_is_refused(tmp_path):
    without = _copy_with(tmp_path, ["DROP TABLE screening_rules"])
    with pytest.raises(DatasetError, match="screening_rules"):
        screen(without, shapely.Point(125.145, 42.902), "EPSG:4490", "I65")
    (tmp_path / "b").mkdir()
    dangling = _copy_with(tmp_path / "b",
                          ["UPDATE screening_rules SET req_id = 'B-NOWHERE-01' WHERE rule_id = 'SR-04'"])
    with pytest.raises(DatasetError, match="B-NOWHERE-01"):
        screen(dangling, shapely.Point(125.145, 42.902), "EPSG:4490", "I65")
    (tmp_path / "c").mkdir()
    bad = _copy_with(tmp_path / "c", ["UPDATE screening_rules SET verdict = '允许' WHERE rule_id = 'SR-01'"])
    with pytest.raises(DatasetError, match="SR-01"):
        screen(bad, shapely.Point(125.145, 42.902), "EPSG:4490", "I65")


def test_every_rule_cites_an_official_text_of_the_catalogue_or_002(ds):
    official = {r.req_id for r in load_official_catalogue()} | {"CLASS-1-01", "CLASS-2-01", "CLASS-3-01"}
    result = screen(ds, far_from_everything(ds), METRIC, "I65")
    assert {c.requirement.req_id for c in result.checks} <= official
    assert all(not c.requirement.sample for c in result.checks)


def test_the_requirements_without_a_rule_are_named_one_by_one(ds):
    """Issue 15: coverage() and the statement name WHICH applying requirements no rule looks at."""
    site = shapely.box(125.13, 42.89, 125.16, 42.91)
    result = screen(ds, site, "EPSG:4490", "C2614", 20)
    coverage = result.coverage()
    without = coverage["without_rule"]
    assert without and len(without) == coverage["requirements_applicable"] - coverage["requirements_with_rules"]
    looked_at = {c.requirement.req_id for c in result.checks if c.status != "not_applicable"}
    applying = {r.req_id: r for r, _triggered in ds.inspect(site).requirements}
    assert [w["req_id"] for w in without] == [r.req_id for r in result.without_rule]
    assert {w["req_id"] for w in without} == set(applying) - looked_at
    for item in without:
        requirement = applying[item["req_id"]]
        assert item == {"req_id": requirement.req_id, "source": requirement.source,
                        "dimension": requirement.dimension, "text": requirement.text}
    statement = result.statement()
    assert f"{len(without)} 条没有研判规则" in statement
    assert all(item["req_id"] in statement for item in without)
    assert not any(item["text"] in statement for item in without)     # the ids, not the texts
    assert json.loads(json.dumps(result.to_dict()))["coverage"]["without_rule"] == without
