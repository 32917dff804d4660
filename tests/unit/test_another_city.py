"""Another place, without QGIS: the 朝阳市-like dataset of another_city.py (invented test data),
imported, then inspected, validated, overlaid and screened through the core and the CLI. Its names
come out everywhere and 辽源's never do."""
import json
import os
import subprocess
import sys

import pytest
import shapely

from another_city import (BOILER_REQ, CLASS_RULE_TEXT, CODES, EPSG, X0, Y0, assert_no_liaoyuan, at,
                          build_another_city)
from zoning_plugin.core import open_dataset
from zoning_plugin.core.geo import reproject
from zoning_plugin.core.engine.overlay import overlay
from zoning_plugin.core.screening.screen import screen
from zoning_plugin.core.dataset.validate import validate_dataset

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    return build_another_city(tmp_path_factory.mktemp("chaoyang"))


@pytest.fixture(scope="module")
def dataset(path):
    return open_dataset(path)


def cli(*args):
    return subprocess.run([sys.executable, "-m", "zoning_plugin.core", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env=dict(os.environ, PYTHONPATH=REPO))


def test_the_dataset_carries_its_place(dataset):
    place = dataset.profile
    assert (place.city_name, place.city_code, place.city_list_title) == ("朝阳市", "211300", "朝阳市总体管控要求")
    assert place.list_structure == "1+2+6" and place.levels == ("1", "2", "6")
    assert dataset.metric_crs == "EPSG:4549" and dataset.meta["metric_crs"] == "EPSG:4549"
    assert [c.name for c in dataset.unit_classes] == ["优先保护单元", "环境综合管控单元", "一般管控单元"]
    assert dataset.unit_class_name(2) == "环境综合管控单元" and dataset.class_number("综合管控") == 2
    rule = place.buffer_rule
    assert (rule.main_river, rule.main_width_m, rule.other_width_m, rule.basins) == ("大凌河", 100.0, 50.0, ("LH02",))
    # basins.seq, not the ids' order: 大凌河流域 (LH02) first
    assert [r["basin_id"] for r in dataset.basins.records] == ["LH02", "LH01"]
    assert {r["river_name"]: r["buffer_m"] for r in dataset.rivers.records} == {"大凌河": 100.0, "第二牯牛河": 50.0,
                                                                              "小凌河": 50.0}
    assert sorted(r["river_name"] for r in dataset.buffers.records) == ["大凌河", "第二牯牛河"]
    # the metric layers are in EPSG:4549: the grid's first unit is 1 km² and sits at the grid's corner
    assert dataset.units.metric[0].area == pytest.approx(1e6, rel=1e-6)
    assert dataset.units.metric[0].bounds[:2] == pytest.approx((X0, Y0), abs=0.01)


def test_inspect_lists_1_2_n_under_the_citys_own_titles(dataset):
    result = dataset.inspect(at(300, 350))    # unit A (优先保护单元), 50 m from 大凌河
    assert [u["code"] for u in result.units] == [CODES[0]]
    assert [(b["river"], b["width_m"], b["distance_m"]) for b in result.buffers] == [("大凌河", 100.0, 50.0)]
    titles = [title for _s, _r, title, _d in result.requirement_groups()]
    assert titles == ["1 朝阳市总体管控要求", "2 大凌河流域", f"6 {CODES[0]} 双塔区甲优先保护单元"]
    data = result.to_dict()
    assert [r["id"] for r in data["requirements"] if r["triggered"]] == ["B-LH02-01"]
    # the class requirement in the unit's level, before the unit's own items, tagged with the class
    unit_level = result.requirement_groups()[-1][3]
    spatial = dict(unit_level)["空间布局约束"]
    assert [r.req_id for r, _t in spatial] == ["CLASS-1-01", f"U-{CODES[0]}-01"]
    text = result.to_text()
    assert f"【适用于所有优先保护单元】{CLASS_RULE_TEXT}" in text and "测试数据 · 优先保护单元" in text
    assert_no_liaoyuan(text)
    assert_no_liaoyuan(json.dumps(data, ensure_ascii=False))


def test_a_place_across_both_basins_lists_them_in_seq_order(dataset):
    result = dataset.inspect(shapely.box(X0 + 1400, Y0 + 1200, X0 + 1600, Y0 + 1300), crs=f"EPSG:{EPSG}")
    assert [b["name"] for b in result.basins] == ["大凌河流域", "小凌河流域"]
    titles = [title for _s, _r, title, _d in result.requirement_groups()]
    assert titles[:3] == ["1 朝阳市总体管控要求", "2 大凌河流域", "2 小凌河流域"]
    assert [u["class_name"] for u in result.units] == ["环境综合管控单元"]


def test_outside_the_city_the_text_names_this_city(dataset):
    result = dataset.inspect(shapely.Point(125.1450, 42.9020))    # 辽源's centre: far outside
    assert not result.inside
    assert "该位置不在朝阳市域内，没有适用的生态环境准入清单。" in result.to_text()


def test_the_html_shows_the_structure_and_the_class_colours(dataset):
    from zoning_plugin.core.renderers.inspect import render_html
    page = render_html(dataset.inspect(at(1200, 500)), standalone=True, title="测试")
    assert "适用的生态环境准入要求（1+2+6）" in page and "background:#e65100" in page
    assert "1 朝阳市总体管控要求" in page and "环境综合管控单元" in page
    assert_no_liaoyuan(page)


def test_a_38_tph_coal_boiler_in_the_built_up_area_is_forbidden_and_elsewhere_too(dataset):
    inside = screen(dataset, at(1200, 500), "EPSG:4490", "D4411", boiler_tph=38)
    assert inside.verdict == "禁止"
    [hit] = [c for c in inside.hits if c.rule.rule_id == "SR-01"]
    assert hit.facts["threshold_tph"] == 40 and hit.facts["built_up"] == ["朝阳市中心城区"]
    assert hit.requirement.req_id == BOILER_REQ and "40蒸吨" in hit.requirement.text
    # 36 t/h outside the built-up area: not below 35, nothing restricts it
    elsewhere = screen(dataset, at(2500, 1500), "EPSG:4490", "D4411", boiler_tph=36)
    assert elsewhere.verdict == "未发现限制"
    assert_no_liaoyuan(json.dumps(inside.to_dict(), ensure_ascii=False))


def test_the_class_rule_is_screened_in_this_citys_priority_units(dataset):
    result = screen(dataset, at(300, 1500), "EPSG:4490", "C2614")   # unit D, 优先保护单元
    [check] = [c for c in result.checks if c.rule.rule_id == "SR-02"]
    assert check.triggered and any("优先保护单元" in reason for reason in check.reasons)


def test_the_overlay_lists_the_class_level_once_before_its_first_unit(dataset):
    parcels = [reproject(shapely.box(X0 + 800, Y0 + 400, X0 + 1300, Y0 + 600), f"EPSG:{EPSG}", "EPSG:4490")]
    result = overlay(dataset, parcels)
    assert [f.basin_ids for f in result.features] == [["LH02"]]
    # unit B holds more of the parcel than unit A (优先保护单元): the class level comes just before A
    assert result.scopes() == [("city", "211300"), ("basin", "LH02"), ("unit", CODES[1]), ("class", "1"),
                               ("unit", CODES[0])]


def test_the_option_builds_the_buffers_of_the_other_basin_with_its_own_width(path):
    from zoning_plugin.core.dataset.reader import Dataset
    with_option = Dataset(path, buffers_in_all_basins=True)
    assert [(r["river_name"], r["buffer_m"], r["basin_id"]) for r, _g in with_option.derived_buffers()] == \
        [("小凌河", 50.0, "LH01")]
    result = with_option.inspect(at(2000, 330))
    assert [b["river"] for b in result.buffers] == ["小凌河"]
    assert [(r.req_id, t) for r, t in result.requirements if t] == [("B-LH02-01", True)]


def test_the_cli_inspects_and_validates_it(path):
    lon, lat = at(300, 350).coords[0]
    done = cli("inspect", "--lon", f"{lon:.7f}", "--lat", f"{lat:.7f}", "--dataset", path, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["inside"] and data["units"][0]["class_name"] == "优先保护单元"
    assert [b["name"] for b in data["basins"]] == ["大凌河流域"]
    assert [r["scope"] for r in data["requirements"]].count("class") == 1
    assert_no_liaoyuan(done.stdout)
    text = cli("inspect", "--lon", f"{lon:.7f}", "--lat", f"{lat:.7f}", "--dataset", path)
    assert text.returncode == 0 and "【1 朝阳市总体管控要求】" in text.stdout and "【2 大凌河流域】" in text.stdout
    assert_no_liaoyuan(text.stdout)
    checked = cli("validate", "--dataset", path)
    assert checked.returncode == 0, checked.stdout
    assert "环境综合管控单元 2 个" in checked.stdout
    assert_no_liaoyuan(checked.stdout)


def test_validate_agrees(dataset):
    report = validate_dataset(dataset)
    assert report.ok, report.errors
