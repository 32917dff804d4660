"""Coordinates no place on Earth has (1e200, NaN, infinities, far outside the CRS's area of use):
refused with a clear message built from the bounds in Python, before GEOS is asked anything that
could write them out as text (the system GEOS 3.11 inside QGIS overflows a buffer writing 1e200)."""
from zoning_plugin.core import InputError, open_dataset  # first: it tells pyproj where PROJ's data is

import math  # noqa: E402

import pytest  # noqa: E402
import shapely  # noqa: E402

from zoning_plugin.core import geo  # noqa: E402
from zoning_plugin.core.errors import InvalidGeometryError, OutOfRangeError  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS, describe, one_line  # noqa: E402
from zoning_plugin.core.engine.overlay import overlay  # noqa: E402

NAN = float("nan")
# A transverse Mercator without an EPSG code: pyproj knows no area of use for it.
CUSTOM_TM = "+proj=tmerc +lat_0=0 +lon_0=126 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


@pytest.fixture
def no_wkt(monkeypatch):
    """Every way shapely writes WKT (to_wkt, .wkt, repr) fails the test."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("WKT written for a message")
    monkeypatch.setattr(shapely, "to_wkt", refuse)
    monkeypatch.setattr(shapely.io, "to_wkt", refuse)


def triangle(x, y, size=100.0):
    return shapely.Polygon([(x, y), (x + size, y), (x + size, y + size)])


def huge(value=1e200):
    return shapely.Polygon([(value, value), (2 * value, value), (2 * value, 2 * value)])


@pytest.mark.parametrize("crs", [METRIC_CRS, "EPSG:4490", "EPSG:3857", CUSTOM_TM])
@pytest.mark.parametrize("value", [1e200, -1e200, 1e300, 1e16])
def test_huge_coordinates_are_refused_with_their_bounds_and_no_wkt(dataset, no_wkt, crs, value):
    with pytest.raises(OutOfRangeError) as caught:
        dataset.inspect(huge(value), crs=crs)
    message = str(caught.value)
    assert "\n" not in message and "((" not in message
    assert f"{value:.10g}" in message


def test_a_custom_crs_without_area_of_use_still_has_a_limit(dataset, no_wkt, english):
    assert geo.area_of_use_bounds(geo.crs_from_user(CUSTOM_TM)) is None
    with pytest.raises(OutOfRangeError, match="too large"):
        dataset.inspect(huge(1e11), crs=CUSTOM_TM)
    point = shapely.buffer(dataset.units.metric[3], -30).representative_point()
    assert dataset.inspect(point, crs=CUSTOM_TM).inside   # the same metres as EPSG:4551


@pytest.mark.parametrize("geometry", [
    shapely.Polygon([(430000, 4750000), (NAN, 4750000), (430100, 4750100)]),
    shapely.LineString([(430000, NAN), (430100, 4750000)]),
    shapely.Point(NAN, 4750000),
    shapely.GeometryCollection([shapely.Point(430000, 4750000), shapely.Point(NAN, 4750000)]),
])
def test_nan_coordinates_are_a_clear_input_error(dataset, no_wkt, geometry):
    with pytest.raises(InvalidGeometryError) as caught:
        dataset.inspect(geometry, crs=METRIC_CRS)
    assert isinstance(caught.value, InputError)
    assert "NaN" in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("value", [math.inf, -math.inf])
def test_infinite_coordinates_are_refused(dataset, no_wkt, value, english):
    with pytest.raises(InvalidGeometryError, match="non-finite"):
        dataset.inspect(shapely.Point(value, 4750000), crs=METRIC_CRS)


@pytest.mark.parametrize("geometry, crs, words", [
    (shapely.Point(190.0, 43.0), "EPSG:4490", "longitude/latitude out of range"),
    (triangle(4.0e7, 4.75e6), METRIC_CRS, "area of use"),
])
def test_out_of_range_messages_show_bounds_not_wkt(dataset, no_wkt, geometry, crs, words, english):
    with pytest.raises(OutOfRangeError, match=words) as caught:
        dataset.inspect(geometry, crs=crs)
    assert "x " in str(caught.value) and "POINT (" not in str(caught.value).upper()


def test_the_overlay_of_many_reports_each_bad_feature_and_reads_the_rest(dataset, no_wkt):
    inside = shapely.buffer(dataset.units.metric[5], -30).representative_point()
    good = triangle(inside.x, inside.y, 20)
    nan = shapely.Polygon([(430000, 4750000), (NAN, 4750000), (430100, 4750100)])
    result = overlay(dataset, [good, huge(), nan, huge(-1e200), good], crs=METRIC_CRS)
    statuses = [f.status for f in result.features]
    assert statuses == ["ok", "outside", "invalid", "outside", "ok"]
    assert "1e+200" in result.features[1].message and "NaN" in result.features[2].message
    assert result.features[0].unit_codes == result.features[4].unit_codes == \
        [dataset.units.records[5]["unit_code"]]


def test_describe_and_one_line_never_write_wkt(no_wkt):
    assert describe(huge()) == "Polygon x 1e+200..2e+200, y 1e+200..2e+200"
    assert describe(shapely.Point(NAN, 1.5)) == "Point x NaN..NaN, y 1.5..1.5"
    assert describe(shapely.Polygon()) == "Polygon EMPTY"
    assert one_line(huge(), 200) == describe(huge())
