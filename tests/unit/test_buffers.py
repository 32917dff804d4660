"""core/engine/buffers.py: widths from the dataset, the metric CRS, buffer and dissolve, bad input."""
import math

import pytest
import shapely

from zoning_plugin.core import InputError, open_dataset
from zoning_plugin.core.engine import buffers as core_buffers
from zoning_plugin.core.engine.buffers import (CRS_DATASET, CRS_GK_ZONE, CRS_UTM_ZONE, MAX_WIDTH_M, SKIP_EMPTY,
                                        SKIP_NOT_LINE, SKIP_OUTSIDE_DOMAIN, WIDTH_FROM_GENERAL,
                                        WIDTH_FROM_RIVER, DefaultWidths, build_buffers,
                                        choose_metric_crs, normalise_name, parse_width)
from zoning_plugin.core.geo import reproject
from zoning_plugin.core.numbers import NumberError

X0, Y0 = 430_000.0, 4_750_000.0             # EPSG:4551 metres, inside 辽源
ROUND = 2 * 30 * 1000 + math.pi * 30 ** 2   # a 1 km river, 30 m on each side, round caps


def metric_line(x1, x2, y=Y0):
    return shapely.LineString([(X0 + x1, y), (X0 + x2, y)])


def test_a_straight_kilometre_at_30_m_is_two_strips_and_two_half_discs():
    run = build_buffers([metric_line(0, 1000)], [30.0], ["河"], "EPSG:4551", "EPSG:4551")
    assert not run.cancelled and run.skipped == [] and len(run.buffers) == 1
    river = run.buffers[0]
    assert river.geometry.geom_type == "MultiPolygon"
    assert river.area_m2 == pytest.approx(ROUND, rel=1e-3)
    assert river.area_m2 > 2 * 30 * 1000 + 0.99 * math.pi * 900      # the caps are round, not flat
    assert river.geometry.area == pytest.approx(river.area_m2)        # metric input: same numbers
    assert (river.group, river.width_m, river.members) == ("河", 30.0, [0])


def test_geographic_input_is_buffered_in_metres_and_returned_in_degrees():
    line = reproject(metric_line(0, 1000), "EPSG:4551", "EPSG:4490")
    run = build_buffers([line], [30.0], [0], "EPSG:4490", "EPSG:4551")
    river = run.buffers[0]
    assert river.area_m2 == pytest.approx(ROUND, rel=1e-3)
    minx, miny, maxx, maxy = river.geometry.bounds
    assert 124 < minx < maxx < 128 and 42 < miny < maxy < 44
    back = reproject(river.geometry, "EPSG:4490", "EPSG:4551")
    assert back.area == pytest.approx(ROUND, rel=1e-3)


def test_pieces_of_one_river_dissolve_and_other_rivers_stay_apart():
    lines = [metric_line(0, 500), metric_line(500, 1000), metric_line(0, 1000, Y0 + 5000)]
    run = build_buffers(lines, [30.0, 30.0, 50.0], ["甲河", "甲河", "东辽河"], "EPSG:4551", "EPSG:4551")
    assert [(b.group, b.width_m, b.members) for b in run.buffers] == [
        ("甲河", 30.0, [0, 1]), ("东辽河", 50.0, [2])]
    assert run.buffers[0].area_m2 == pytest.approx(ROUND, rel=1e-3)
    assert len(run.buffers[0].geometry.geoms) == 1
    assert run.buffers[1].area_m2 == pytest.approx(2 * 50 * 1000 + math.pi * 50 ** 2, rel=1e-3)


def test_one_river_given_two_widths_gives_two_features():
    lines = [metric_line(0, 500), metric_line(500, 1000)]
    run = build_buffers(lines, [30.0, 50.0], ["甲河", "甲河"], "EPSG:4551", "EPSG:4551")
    assert [(b.group, b.width_m) for b in run.buffers] == [("甲河", 30.0), ("甲河", 50.0)]


def test_empty_null_and_non_line_geometries_are_skipped_with_a_reason_and_the_rest_is_built():
    geometries = [None, shapely.LineString(), shapely.Point(X0, Y0),
                  shapely.box(X0, Y0, X0 + 10, Y0 + 10), metric_line(0, 1000)]
    run = build_buffers(geometries, [30.0] * 5, [0, 1, 2, 3, 4], "EPSG:4551", "EPSG:4551")
    assert run.skipped == [(0, SKIP_EMPTY), (1, SKIP_EMPTY), (2, SKIP_NOT_LINE), (3, SKIP_NOT_LINE)]
    assert [b.group for b in run.buffers] == [4]


def test_a_line_that_cannot_be_projected_is_skipped():
    good = reproject(metric_line(0, 1000), "EPSG:4551", "EPSG:4326")
    bad = shapely.LineString([(125, 95), (125.1, 95)])        # latitude 95
    run = build_buffers([bad, good], [30.0, 30.0], ["a", "b"], "EPSG:4326", "EPSG:4551")
    assert run.skipped == [(0, SKIP_OUTSIDE_DOMAIN)]
    assert [b.group for b in run.buffers] == ["b"]


def test_z_values_are_dropped_and_multilines_are_buffered_whole():
    multi = shapely.MultiLineString([[(X0, Y0, 5), (X0 + 500, Y0, 5)], [(X0 + 500, Y0, 5), (X0 + 1000, Y0, 7)]])
    run = build_buffers([multi], [30.0], [0], "EPSG:4551", "EPSG:4551")
    assert not shapely.has_z(run.buffers[0].geometry)
    assert run.buffers[0].area_m2 == pytest.approx(ROUND, rel=1e-3)


def test_nothing_to_build_gives_an_empty_run():
    run = build_buffers([], [], [], "EPSG:4551", "EPSG:4551")
    assert run.buffers == [] and run.skipped == [] and not run.cancelled


@pytest.mark.parametrize("widths", [[-30.0], [0.0], [float("nan")], [float("inf")]])
def test_build_refuses_widths_that_are_not_positive(widths):
    with pytest.raises(InputError):
        build_buffers([metric_line(0, 1000)], widths, [0], "EPSG:4551", "EPSG:4551")


def test_progress_rises_to_one_over_several_steps(monkeypatch):
    monkeypatch.setattr(core_buffers, "CHUNK", 3)
    seen = []
    lines = [metric_line(100 * i, 100 * i + 100) for i in range(10)]
    run = build_buffers(lines, [30.0] * 10, ["a"] * 5 + ["b"] * 5, "EPSG:4551", "EPSG:4551",
                        progress=seen.append)
    assert len(run.buffers) == 2
    assert len(seen) >= 5 and seen == sorted(seen) and seen[-1] == 1.0


def test_cancel_stops_without_a_half_result(monkeypatch):
    monkeypatch.setattr(core_buffers, "CHUNK", 2)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    lines = [metric_line(100 * i, 100 * i + 100) for i in range(10)]
    run = build_buffers(lines, [30.0] * 10, list(range(10)), "EPSG:4551", "EPSG:4551",
                        is_cancelled=cancelled)
    assert run.cancelled and run.buffers == []


@pytest.mark.parametrize("value, expected", [(30, 30.0), (12.5, 12.5), ("50", 50.0), (" 30 ", 30.0),
                                             (None, None)])
def test_parse_width_accepts_positive_numbers(value, expected):
    assert parse_width(value) == expected


@pytest.mark.parametrize("value", ["abc", "30m", "", -5, 0, float("nan"), float("inf"), True, [30]])
def test_parse_width_refuses_what_is_not_a_positive_number(value):
    with pytest.raises(InputError):
        parse_width(value)


def test_names_match_across_full_width_spaces_and_case():
    assert normalise_name(" 东辽河\n") == normalise_name("东辽河")
    assert normalise_name("Ｄong Liao He") == normalise_name("dong  liao he")
    assert normalise_name(None) == ""


def test_the_sample_dataset_gives_50_m_for_dongliao_and_30_m_otherwise():
    widths = DefaultWidths.from_dataset(open_dataset())
    assert (widths.general, widths.general_from) == (30.0, "rule")
    assert widths.width_for("东辽河") == (50.0, WIDTH_FROM_RIVER, "liao")
    assert widths.width_for("梅河") == (30.0, WIDTH_FROM_RIVER, "songhua")
    assert widths.width_for("不在数据集中的河") == (30.0, WIDTH_FROM_GENERAL, None)
    assert widths.width_for(None) == (30.0, WIDTH_FROM_GENERAL, None)


def test_without_a_rule_the_general_width_is_the_one_most_rivers_have():
    records = [dict(river_name="甲", buffer_m=50.0), dict(river_name="乙", buffer_m=20.0),
               dict(river_name="丙", buffer_m=20.0), dict(river_name="丙", buffer_m=20.0),
               dict(river_name="丁", buffer_m=None), dict(river_name=None, buffer_m=99.0)]
    widths = DefaultWidths.from_records(records)
    assert (widths.general, widths.general_from) == (20.0, "rivers")
    assert widths.width_for("甲")[0] == 50.0
    assert widths.width_for("丁") == (20.0, WIDTH_FROM_GENERAL, None)
    tie = DefaultWidths.from_records([dict(river_name="甲", buffer_m=50.0), dict(river_name="乙", buffer_m=30.0)])
    assert tie.general == 50.0


def test_the_rule_names_its_main_river_even_when_the_rivers_table_lacks_it():
    meta = {"river_buffer_rule": '{"main_river": "东辽河", "main_width_m": 50.0, "other_width_m": 30.0}'}
    widths = DefaultWidths.from_records([], meta)
    assert widths.width_for("东辽河") == (50.0, WIDTH_FROM_RIVER, None)
    assert widths.width_for("别的河") == (30.0, WIDTH_FROM_GENERAL, None)
    assert DefaultWidths.from_records([], {"river_buffer_rule": "not json"}).general is None


def test_metric_crs_is_the_datasets_inside_its_area_of_use():
    line = reproject(metric_line(0, 1000), "EPSG:4551", "EPSG:4490")
    choice = choose_metric_crs([line], "EPSG:4490", "EPSG:4551")
    assert (choice.crs, choice.reason, choice.wide) == ("EPSG:4551", CRS_DATASET, False)
    mercator = reproject(line, "EPSG:4490", "EPSG:3857")
    assert choose_metric_crs([mercator], "EPSG:3857", "EPSG:4551").crs == "EPSG:4551"


@pytest.mark.parametrize("lon, lat, crs, reason", [
    (116.4, 39.9, "EPSG:4548", CRS_GK_ZONE),      # 北京: CGCS2000 3-degree GK CM 117E
    (2.35, 48.85, "EPSG:32631", CRS_UTM_ZONE),    # Paris
    (151.2, -33.9, "EPSG:32756", CRS_UTM_ZONE),   # Sydney
])
def test_elsewhere_the_zone_of_the_centre(lon, lat, crs, reason):
    line = shapely.LineString([(lon, lat), (lon + 0.01, lat)])
    choice = choose_metric_crs([line], "EPSG:4326", "EPSG:4551")
    assert (choice.crs, choice.reason) == (crs, reason)


def test_web_mercator_rivers_get_ground_widths_not_map_widths():
    line = reproject(metric_line(0, 1000), "EPSG:4551", "EPSG:3857")
    choice = choose_metric_crs([line], "EPSG:3857", "EPSG:4551")
    run = build_buffers([line], [30.0], [0], "EPSG:3857", choice.crs)
    assert run.buffers[0].area_m2 == pytest.approx(ROUND, rel=2e-3)
    assert run.buffers[0].geometry.area > 1.5 * ROUND       # map units are not metres at 43°N


def test_an_input_spanning_several_zones_is_flagged_wide_and_nowhere_is_refused():
    wide = shapely.LineString([(100, 30), (120, 30)])
    assert choose_metric_crs([wide], "EPSG:4326", "EPSG:4551").wide
    with pytest.raises(InputError):
        choose_metric_crs([shapely.LineString([(0, 95), (1, 95)])], "EPSG:4326", "EPSG:4551")


@pytest.mark.parametrize("value, reason", [(1e9, "too_large"), ("10000.5", "too_large"), ("nan", "not_finite"),
                                           ("-inf", "not_finite"), (-30, "too_small"), ("20,5", "decimal_comma")])
def test_parse_width_says_why_a_width_is_refused(value, reason):
    with pytest.raises(NumberError) as caught:
        parse_width(value)
    assert caught.value.reason == reason


def test_the_widest_width_is_ten_kilometres_and_full_width_digits_are_read():
    assert parse_width(MAX_WIDTH_M) == 10_000.0 and parse_width("３０") == 30.0
    with pytest.raises(InputError, match="10000"):
        build_buffers([metric_line(0, 1000)], [1e9], [0], "EPSG:4551", "EPSG:4551")
