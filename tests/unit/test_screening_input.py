"""What a user types for a screening, checked rather than guessed (issue 14): a boiler size is read as
the number it plainly is (5t, ５, 5 蒸吨/小时) and the result says so, or refused with the reason
(20,5, abc, nan, negatives, absurd sizes), never taken as "no boiler"; broken site geometries end
with a message or are repaired, never with a GEOS error."""
import math

import pytest
import shapely

from test_screening import METRIC, check, far_from_everything
from zoning_plugin.core import InputError, open_dataset
from zoning_plugin.core.screening.screen import parse_settings, read_boiler, screen


@pytest.fixture(scope="module")
def ds():
    return open_dataset()


@pytest.fixture(scope="module")
def built_up(ds):
    """A point in the 城市建成区, away from rivers and priority units (the boiler rule alone decides)."""
    return far_from_everything(ds, unit_classes=(2, 3), built_up=True)


@pytest.mark.parametrize("given, number", [("5t", 5.0), ("５", 5.0), ("5 蒸吨/小时", 5.0), ("20 t/h", 20.0),
                                           ("２０吨", 20.0), (" 12.5 ", 12.5), (7, 7.0)])
def test_a_boiler_size_with_a_unit_or_full_width_digits_is_read_and_said(given, number):
    value, note = read_boiler(given)
    assert value == number
    if isinstance(given, str) and given.strip() != f"{number:g}":
        assert note and given.strip() in note and f"{number:g}" in note
    else:
        assert note is None


@pytest.mark.parametrize("given, words", [("20,5", "逗号含义不明"), ("abc", "不是数字"), ("nan", "不是有限数值"),
                                          (math.inf, "不是有限数值"), ("-3", "不能为负数"), (-0.5, "不能为负数"),
                                          ("1e9", "不可信"), ("5 kg", "不是数字"), (True, "不是数字")])
def test_a_boiler_size_that_is_not_a_plain_number_is_refused_with_the_reason(given, words):
    with pytest.raises(InputError) as caught:
        read_boiler(given)
    assert words in str(caught.value) and "燃煤锅炉规模" in str(caught.value) and "(" not in str(caught.value)


@pytest.mark.parametrize("nothing", [None, "", "  ", 0, "0"])
def test_no_boiler_is_none(nothing):
    assert read_boiler(nothing) == (None, None)


def test_5t_in_the_built_up_area_is_forbidden_and_the_reading_is_in_the_result(ds, built_up):
    result = screen(ds, built_up, METRIC, "D4430", boiler_tph="5t")
    assert check(result, "SR-02").triggered and result.verdict == "禁止"
    assert result.project["boiler_tph"] == 5.0 and result.project["boiler_read"] == "「5t」→ 5"
    assert any("「5t」→ 5" in m and "燃煤锅炉规模" in m for m in result.messages)
    plain = screen(ds, built_up, METRIC, "D4430", boiler_tph=5)
    assert plain.project["boiler_read"] is None and not any("→" in m for m in plain.messages)


def test_the_riverside_distance_takes_metres_and_refuses_the_rest():
    assert parse_settings({"river_distance_m": "300 m"}) == {"river_distance_m": 300.0}
    assert parse_settings({"river_distance_m": "３００米"}) == {"river_distance_m": 300.0}
    for bad in ("nan", "-1", 0, "abc", "1,5", math.inf):
        with pytest.raises(InputError, match="河流沿岸距离"):
            parse_settings({"river_distance_m": bad})


def test_overlapping_self_intersecting_polygons_as_one_site_are_repaired(ds, built_up):
    x, y = built_up.x, built_up.y
    bow = shapely.Polygon([(x - 200, y - 200), (x + 200, y + 200), (x + 200, y - 200), (x - 200, y + 200)])
    other = shapely.affinity.translate(bow, 100, 0)
    with pytest.raises(shapely.errors.GEOSException):
        shapely.union_all([bow, other])          # what the algorithm did before: a GEOS error
    result = screen(ds, shapely.GeometryCollection([bow, other]), METRIC, "I65")
    assert result.inside and result.site["kind"] == "polygon"
    assert any("make_valid" in m for m in result.messages)


@pytest.mark.parametrize("wkt", ["POINT (nan nan)", "POLYGON ((0 0, nan 1, 1 1, 0 0))",
                                 "GEOMETRYCOLLECTION (POINT (1 1), POINT (nan 2))"])
def test_non_finite_coordinates_end_with_a_message(ds, wkt):
    geometry = shapely.from_wkt(wkt)
    if geometry.geom_type == "GeometryCollection":
        x, y = far_from_everything(ds).coords[0]
        geometry = shapely.GeometryCollection([shapely.Point(x, y), shapely.Point(math.nan, y)])
    with pytest.raises(InputError, match="NaN|非有限|为空"):
        screen(ds, geometry, METRIC, "I65")
