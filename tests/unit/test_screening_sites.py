"""The sites of a screening run (core/screening/sites.py), their table rows, points and JSON entries
(core/renderers/screening_table.py), and the enterprise list's header, columns and coordinates
(core/screening/enterprise_list.py), on the sample dataset."""
import pytest
import shapely

from zoning_plugin.core import open_dataset
from zoning_plugin.core.coords import CGCS2000, GCJ02
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.renderers.screening_table import (LIST_TABLE_FIELDS, POINT_FIELDS, TABLE_FIELDS,
                                                          list_table_rows, point_values, site_entry, table_rows)
from zoning_plugin.core.screening.enterprise_list import (NO_COORDINATES, NO_INDUSTRY, OUTSIDE_CHINA, SWAPPED,
                                                          cell_text, coordinate_note, header_from_first_row,
                                                          list_columns, row_cells, row_coordinates,
                                                          unique_name)
from zoning_plugin.core.screening.screen import NO_RESTRICTION
from zoning_plugin.core.screening.sites import (DIFFERENT_BOILERS, DIFFERENT_CODES, NO_GEOMETRY, Site, SiteConflict,
                                                SiteFeature, boiler_key, merge_features, most_severe,
                                                nothing_screened, screen_site, verdict_summary)

METRIC = "EPSG:4551"


@pytest.fixture(scope="module")
def ds():
    return open_dataset()


@pytest.fixture(scope="module")
def inside(ds):
    """A point inside the city (the first unit's representative point), in the metric CRS."""
    return ds.units.metric[0].representative_point()


# -- merging features into one site -------------------------------------------------------------
def test_boiler_sizes_are_one_key_whatever_their_spelling():
    assert {boiler_key(v) for v in (20, 20.0, "20", "20t", "２０ 蒸吨/小时")} == {"20"}
    assert boiler_key("lots  of") == "lots of"        # unreadable: compared as text


def test_features_with_one_code_and_boiler_become_one_collection():
    a, b = shapely.box(0, 0, 1, 1), shapely.box(2, 2, 3, 3)
    geometry, code, boiler = merge_features([SiteFeature(1, a, "C2614", None), SiteFeature(2, b, " C2614 ", "20t")])
    assert geometry.geom_type == "GeometryCollection" and len(geometry.geoms) == 2
    assert (code, boiler) == ("C2614", "20t")
    assert merge_features([SiteFeature(7, a)]) == (a, None, None)


@pytest.mark.parametrize("features, problem, values", [
    ([SiteFeature(1, None, "C2614"), SiteFeature(2, None, "D4430")], DIFFERENT_CODES, ["C2614", "D4430"]),
    ([SiteFeature(1, None, boiler=20), SiteFeature(2, None, boiler="35")], DIFFERENT_BOILERS, ["20", "35"]),
    ([], NO_GEOMETRY, [])])
def test_features_that_disagree_are_not_merged(features, problem, values):
    with pytest.raises(SiteConflict) as conflict:
        merge_features(features)
    assert (conflict.value.problem, conflict.value.values) == (problem, values)


def test_one_boiler_size_written_two_ways_is_one():
    a = shapely.box(0, 0, 1, 1)
    assert merge_features([SiteFeature(1, a, boiler=20), SiteFeature(2, a, boiler="20.0")])[2] == 20


# -- screening and summing up -------------------------------------------------------------------
def test_a_site_is_screened_or_keeps_the_reason_it_cannot_be(ds, inside):
    good = screen_site(Site("a", [1]), ds, inside, METRIC, "C2614")
    assert good.result is not None and good.message is None and good.result.inside
    bad = screen_site(Site("b", [2]), ds, inside, METRIC, "Z9999")
    assert bad.result is None and bad.message
    far = screen_site(Site("c", [3]), ds, shapely.Point(0, 0), "EPSG:4490", "C2614")
    assert far.result is not None and not far.result.inside
    summary = verdict_summary([good, bad, far])
    assert (summary["outside"], summary["errors"]) == (1, 1)
    assert sum(summary["by_verdict"].values()) == 1 and summary["by_verdict"][good.result.verdict] == 1
    assert most_severe(summary) == good.result.verdict
    assert most_severe(verdict_summary([bad, far])) is None
    assert nothing_screened([good, bad]) == [] and nothing_screened([bad]) == [bad] and nothing_screened([]) == []


def test_the_table_rows_of_a_site(ds, inside):
    site = screen_site(Site("a", [4, 5]), ds, inside, METRIC, "C2614", boiler=10)
    result, rows = site.result, table_rows(site.fids, site.result, None, "v1")
    assert all(len(row) == len(TABLE_FIELDS) for row in rows)
    assert {row[0] for row in rows} == {"4,5"} and {row[-1] for row in rows} == {"v1"}
    statuses = [row[1] for row in rows]
    assert statuses.count("triggered") == len(result.hits)
    assert statuses.count("none") == (0 if result.hits else 1)
    assert statuses.count("to_judge") == len(result.to_judge)
    assert statuses.count("no_rule") == len(result.without_rule)
    if not result.hits:
        assert rows[0][2:4] == [NO_RESTRICTION, NO_RESTRICTION]
    assert table_rows([9], None, "bad code", "v1") == [
        ["9", "error", None, None, None, None, None, None, None, None, "bad code", None, None, "v1"]]
    outside = screen_site(Site("c", [3]), ds, shapely.Point(0, 0), "EPSG:4490", "C2614").result
    (row,) = table_rows([3], outside, None, "v1")
    assert row[1] == "outside" and row[10]


def test_a_listed_enterprise_as_table_rows_point_and_json(ds):
    parsed = row_coordinates({"x": 125.145, "y": 42.902}, {"x": "经度", "y": "纬度", "xy": None}, CGCS2000)
    site = screen_site(Site("record 1 (甲)", [1], name="甲", parsed=parsed), ds,
                       shapely.Point(parsed.lon, parsed.lat), "EPSG:4490", "C2614")
    rows = list_table_rows(site, "v1")
    assert all(len(row) == len(LIST_TABLE_FIELDS) and row[-2:] == ["甲", parsed.understood] for row in rows)
    values = point_values(site, "v1")
    assert len(values) == len(POINT_FIELDS) and values[:2] == ["1", "甲"]
    assert values[2] in ("triggered", "none", "outside") and values[-3:] == [parsed.lon, parsed.lat, "v1"]
    failed = Site("record 2", [2], message="coordinates not read")
    assert point_values(failed, "v1") is None
    assert list_table_rows(failed, "v1")[0][-2:] == [None, None]
    entry, result, message = site_entry(site, listed=True)
    assert entry["name"] == "甲" and entry["coordinates"]["lon"] == parsed.lon and result is site.result
    assert site_entry(failed) == ({"feature_ids": [2], "label": "record 2"}, None, "coordinates not read")
    assert site_entry(failed, listed=True)[0]["coordinates"] is None


# -- the enterprise list ------------------------------------------------------------------------
def test_cells_as_the_screening_reads_them():
    assert [cell_text(v) for v in (None, "  ", 2614.0, 2.5, 7, " C2614 ")] == [None, None, "2614", 2.5, 7, "C2614"]


def test_unique_names():
    assert unique_name("name", ["name", "name_1"]) == "name_1_1" and unique_name("a", []) == "a"


def test_the_first_row_is_the_header_only_when_ogr_could_not_tell():
    assert header_from_first_row(["Field1", "Field2", "Field3"], ["经度", "纬度", "经度"]) == ["经度", "纬度", "经度_1"]
    assert header_from_first_row(["Field1", "Field2"], ["125.1", "42.9"]) is None      # data
    assert header_from_first_row(["Field1", "Field2"], ["名称", None]) is None
    assert header_from_first_row(["经度", "纬度"], ["a", "b"]) is None
    assert header_from_first_row([], []) is None


def test_columns_chosen_else_guessed():
    names = ["企业名称", "经度", "纬度", "行业代码", "新建燃煤锅炉（t/h）"]
    columns, guessed, problem = list_columns(names, dict.fromkeys(("x", "y", "xy", "industry", "boiler", "name")))
    assert problem is None and guessed == ["经度", "纬度", "行业代码", "新建燃煤锅炉（t/h）", "企业名称"]
    assert columns["xy"] is None
    one, _guessed, _problem = list_columns(["坐标", "行业"], {})
    assert (one["x"], one["y"], one["xy"]) == (None, None, "坐标")
    chosen, guessed, _problem = list_columns(names, {"x": "纬度", "y": "经度"})
    assert (chosen["x"], chosen["y"]) == ("纬度", "经度") and "经度" not in guessed
    assert list_columns(["名称", "行业代码"], {})[2] == NO_COORDINATES
    assert list_columns(["经度", "纬度"], {})[2] == NO_INDUSTRY


def test_the_cells_of_a_row_by_role():
    columns = {"x": "经度", "y": "纬度", "xy": None, "industry": "行业", "boiler": None, "name": "名称"}
    assert row_cells(["甲", 125.1, 42.9, "C2614"], ["名称", "经度", "纬度", "行业"], columns) == \
        {"x": 125.1, "y": 42.9, "xy": None, "industry": "C2614", "boiler": None, "name": "甲"}
    assert row_cells([None, None, None, None], ["名称", "经度", "纬度", "行业"], columns) is None


def test_row_coordinates_and_their_notes():
    pair = {"x": "经度", "y": "纬度", "xy": None}
    assert coordinate_note(row_coordinates({"x": 125.145, "y": 42.902}, pair, CGCS2000)) is None
    assert coordinate_note(row_coordinates({"x": 42.902, "y": 125.145}, pair, CGCS2000)) == SWAPPED
    assert coordinate_note(row_coordinates({"x": -104.99, "y": 39.74}, pair, GCJ02)) == OUTSIDE_CHINA
    one = row_coordinates({"xy": "125.145,42.902"}, {"x": None, "y": None, "xy": "坐标"}, CGCS2000)
    assert (round(one.lon, 3), round(one.lat, 3)) == (125.145, 42.902)
    with pytest.raises(ZoningError):
        row_coordinates({"x": "abc", "y": None}, pair, CGCS2000)
