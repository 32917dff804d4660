"""core/coords.py: GCJ-02 / BD-09 against published pairs, exact inverses over China, and the
reading of coordinates as people copy them (orders, DMS, Gauss-Krüger, bad text)."""
import math

import pytest

from zoning_plugin.core.coords import (BD09, CGCS2000, GCJ02, GK, WGS84, guess_column, looks_like_coordinates,
                                       parse_coordinates, read_pair, split_system, zone_of_longitude)
from zoning_plugin.core.web_datums import (bd09_to_gcj02, bd09_to_wgs84, gcj02_to_bd09, gcj02_to_wgs84, in_china,
                                           wgs84_to_bd09, wgs84_to_gcj02)
from zoning_plugin.core.errors import InputError

import pyproj  # noqa: E402,I100 (after the core: it tells pyproj where PROJ's data is)

GEOD = pyproj.Geod(ellps="WGS84")

# eviltransform (github.com/googollee/eviltransform), python/test.py, go/transform_test.go:
# (wgsLat, wgsLng, gcjLat, gcjLng).
EVILTRANSFORM = [
    (31.1774276, 121.5272106, 31.17530398364597, 121.531541859215),     # shanghai
    (22.543847, 113.912316, 22.540796131694766, 113.9171764808363),     # shenzhen
    (39.911954, 116.377817, 39.91334545536069, 116.38404722455657),     # beijing
]
# eviltransform matlab/test/testSuite.m: edge cases outside China, returned as they are.
OUTSIDE = [(39.7392, -104.9903), (-27.4698, 153.0251), (-22.9068, -43.1729)]   # Denver, Brisbane, Rio
# coordtransform (github.com/wandergis/coordtransform) README and test/app.js, all of (116.404, 39.915):
COORDTRANSFORM = {"bd09togcj02": (116.39762729119315, 39.90865673957631),      # one-step inverse
                  "gcj02tobd09": (116.41036949371029, 39.92133699351021),
                  "wgs84togcj02": (116.41024449916938, 39.91640428150164),
                  "gcj02towgs84": (116.39775550083061, 39.91359571849836)}     # one-step inverse


def metres(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


@pytest.mark.parametrize("wgs_lat, wgs_lon, gcj_lat, gcj_lon", EVILTRANSFORM)
def test_eviltransform_pairs(wgs_lat, wgs_lon, gcj_lat, gcj_lon):
    assert wgs84_to_gcj02(wgs_lon, wgs_lat) == pytest.approx((gcj_lon, gcj_lat), abs=1e-9)
    back = gcj02_to_wgs84(gcj_lon, gcj_lat)
    assert back == pytest.approx((wgs_lon, wgs_lat), abs=1e-7)
    assert metres(back, (wgs_lon, wgs_lat)) < 0.05


def test_coordtransform_pairs():
    assert gcj02_to_bd09(116.404, 39.915) == pytest.approx(COORDTRANSFORM["gcj02tobd09"], abs=1e-12)
    assert wgs84_to_gcj02(116.404, 39.915) == pytest.approx(COORDTRANSFORM["wgs84togcj02"], abs=1e-12)
    # Their inverses are one-step approximations; ours are exact and lie within their error.
    gcj = bd09_to_gcj02(116.404, 39.915)
    assert gcj == pytest.approx(COORDTRANSFORM["bd09togcj02"], abs=1e-6)
    assert gcj02_to_bd09(*gcj) == pytest.approx((116.404, 39.915), abs=1e-10)
    wgs = gcj02_to_wgs84(116.404, 39.915)
    assert metres(wgs, COORDTRANSFORM["gcj02towgs84"]) < 5
    assert wgs84_to_gcj02(*wgs) == pytest.approx((116.404, 39.915), abs=1e-10)


@pytest.mark.parametrize("lat, lon", OUTSIDE)
def test_no_offset_outside_china(lat, lon):
    assert not in_china(lon, lat)
    for convert in (wgs84_to_gcj02, gcj02_to_wgs84, wgs84_to_bd09, bd09_to_wgs84):
        assert convert(lon, lat) == (lon, lat)
    parsed = parse_coordinates(f"{lon},{lat}", GCJ02)
    assert parsed.outside_china and not parsed.converted and (parsed.lon, parsed.lat) == (lon, lat)
    assert "中国范围之外" in parsed.understood


def test_round_trips_over_china_within_half_a_metre():
    worst_gcj = worst_bd = 0.0
    for lon in range(74, 135):
        for tenth in range(0, 10, 3):
            for lat in range(19, 54, 2):
                point = (lon + tenth / 10.0, lat + tenth / 10.0)
                gcj = wgs84_to_gcj02(*point)
                assert 10 < metres(point, gcj) < 1500      # the offset is really applied
                back = gcj02_to_wgs84(*gcj)
                assert back == pytest.approx(point, abs=1e-7)
                worst_gcj = max(worst_gcj, metres(back, point))
                bd = wgs84_to_bd09(*point)
                worst_bd = max(worst_bd, metres(bd09_to_wgs84(*bd), point))
    assert worst_gcj < 0.5 and worst_bd < 0.5
    assert worst_gcj < 0.01      # the iteration goes to 1e-10°


@pytest.mark.parametrize("text, lon, lat, swapped, form", [
    ("125.145,42.902", 125.145, 42.902, False, "decimal"),
    ("125.145 42.902", 125.145, 42.902, False, "decimal"),
    ("125.145, 42.902", 125.145, 42.902, False, "decimal"),
    ("125.145，42.902", 125.145, 42.902, False, "decimal"),
    (" (125.145;42.902) ", 125.145, 42.902, False, "decimal"),
    ("42.902,125.145", 125.145, 42.902, True, "decimal"),
    ("42.902 125.145", 125.145, 42.902, True, "decimal"),
    ("经度：125.145，纬度：42.902", 125.145, 42.902, False, "decimal"),
    ("lat: 42.902, lng: 125.145", 125.145, 42.902, False, "decimal"),
    ("125.145E 42.902N", 125.145, 42.902, False, "decimal"),
    ("125°8'42\"E 42°54'7\"N", 125.145, 42 + 54 / 60 + 7 / 3600, False, "dms"),
    ("42°54′7″N, 125°8′42″E", 125.145, 42 + 54 / 60 + 7 / 3600, False, "dms"),
    ("N42°54'7\" E125°8'42\"", 125.145, 42 + 54 / 60 + 7 / 3600, False, "dms"),
    ("东经125度8分42秒 北纬42度54分7秒", 125.145, 42 + 54 / 60 + 7 / 3600, False, "dms"),
    ("125°8.7'E 42°54.1'N", 125.145, 42 + 54.1 / 60, False, "dms"),
    ("42°54'7\" 125°8'42\"", 125.145, 42 + 54 / 60 + 7 / 3600, True, "dms"),
    ("-104.9903, 39.7392", -104.9903, 39.7392, False, "decimal"),
    ("43.17W 22.91S", -43.17, -22.91, False, "decimal"),
])
def test_copy_formats(text, lon, lat, swapped, form):
    parsed = parse_coordinates(text)
    assert (parsed.lon, parsed.lat) == pytest.approx((lon, lat), abs=1e-9)
    assert (parsed.swapped, parsed.form, parsed.system) == (swapped, form, CGCS2000)
    assert ("已对调" in parsed.understood) == swapped
    got_lon, got_lat, understood = parse_coordinates(text)      # unpacks as (lon, lat, understood)
    assert (got_lon, got_lat) == (parsed.lon, parsed.lat) and "CGCS2000" in understood


def test_wgs84_is_taken_as_cgcs2000_and_web_maps_are_converted():
    wgs = parse_coordinates("125.145,42.902", WGS84)
    assert (wgs.lon, wgs.lat) == (125.145, 42.902) and not wgs.converted and "WGS84" in wgs.understood
    gcj = parse_coordinates("125.15,42.90", GCJ02)
    assert gcj.converted and gcj.given == (125.15, 42.90)
    assert (gcj.lon, gcj.lat) == pytest.approx(gcj02_to_wgs84(125.15, 42.90), abs=1e-12)
    assert wgs84_to_gcj02(gcj.lon, gcj.lat) == pytest.approx((125.15, 42.90), abs=1e-9)
    swapped = parse_coordinates("42.90,125.15", BD09)
    assert swapped.swapped and (swapped.lon, swapped.lat) == pytest.approx(bd09_to_wgs84(125.15, 42.90))


def gk(code, easting, northing):
    return pyproj.Transformer.from_crs(code, "EPSG:4490", always_xy=True).transform(easting, northing)


@pytest.mark.parametrize("text, system, options, code, zone_from", [
    ("4751234.5, 42512345.6", CGCS2000, {}, "EPSG:4530", "prefix"),
    ("42512345.6 4751234.5", GK, {}, "EPSG:4530", "prefix"),
    ("4751234.5, 512345.6", GK, {"default_zone": 42}, "EPSG:4551", "default"),
    ("512345.6, 4751234.5", CGCS2000, {"zone": 42}, "EPSG:4551", "chosen"),
    ("4751234.5, 42512345.6", GK, {"zone": 42, "default_zone": 41}, "EPSG:4530", "prefix"),
])
def test_gauss_kruger_with_and_without_the_zone_prefix(text, system, options, code, zone_from):
    parsed = parse_coordinates(text, system, **options)
    easting = 42512345.6 if code == "EPSG:4530" else 512345.6
    assert (parsed.lon, parsed.lat) == pytest.approx(gk(code, easting, 4751234.5), abs=1e-9)
    assert (parsed.form, parsed.crs, parsed.zone, parsed.zone_from) == ("projected", code, 42, zone_from)
    assert parsed.given == (easting, 4751234.5) and "第 42 带" in parsed.understood


@pytest.mark.parametrize("text, system, options, words", [
    ("", CGCS2000, {}, "坐标为空"),
    ("abc", CGCS2000, {}, "无法识别的坐标「abc」"),
    ("125.145", CGCS2000, {}, "需要两个数，读到 1 个"),
    ("125.1, 42.9, 7", CGCS2000, {}, "读到 3 个"),
    ("125.1 ; ; x42.9", CGCS2000, {}, "无法识别"),
    ("125°75'0\"E 42°N", CGCS2000, {}, "度分秒不合理"),
    ("125.5°30'E 42°N", CGCS2000, {}, "度分秒不合理"),
    ("125E 42E", CGCS2000, {}, "都标为经度"),
    ("200, 100", CGCS2000, {}, "经纬度超出范围"),
    ("125.145,42.902", GK, {}, "这里是经纬度"),
    ("4751234.5, 42512345.6", GCJ02, {}, "坐标应为经纬度"),
    ("4751234.5, 512345.6", GK, {}, "请选择带号"),
    ("4751234.5, 42512345.6", GK, {"zone": 41}, "与所选第 41 带不符"),
    ("4751234.5, 4751234.5", GK, {}, "分不清北坐标与东坐标"),
    ("4751234.5, 13512345.6", GK, {}, "带号应在 25 至 45 之间"),
    ("4751234.5, 990000", GK, {"zone": 42}, "落在第 42 带之外"),
    ("125.1,42.9", "utm", {}, "未知的坐标系"),
])
def test_bad_text_is_one_clear_line(text, system, options, words):
    with pytest.raises(InputError) as caught:
        parse_coordinates(text, system, **options)
    message = str(caught.value)
    assert words in message and "\n" not in message


def test_table_cells():
    assert (read_pair(125.145, 42.902).lon, read_pair("125.145", "42.902").lat) == (125.145, 42.902)
    swapped = read_pair(42.902, 125.145)
    assert swapped.swapped and (swapped.lon, swapped.lat) == (125.145, 42.902)
    lettered = read_pair("42°54'7\"N", "125°8'42\"E")     # latitude in the x column, said by its letter
    assert lettered.swapped and lettered.lon == pytest.approx(125.145)
    assert read_pair(512345.6, 4751234.5, GK, default_zone=42).crs == "EPSG:4551"
    for x, y, words in ((None, 42.9, "坐标不完整"), ("", 42.9, "坐标不完整"), ("abc", 42.9, "经度/X不是数字"),
                        (125.1, "4 2", "纬度/Y不是数字"), (float("nan"), 42.9, "不是有限数值")):
        with pytest.raises(InputError, match=words):
            read_pair(x, y)


def test_locator_words_and_zones():
    assert split_system("gcj 125.15,42.90") == (GCJ02, None, "125.15,42.90")
    assert split_system("125.15,42.90 BD") == (BD09, None, "125.15,42.90")
    assert split_system("wgs84: 125.15 42.90") == (WGS84, None, "125.15 42.90")
    assert split_system("高德 125.15,42.90") == (GCJ02, None, "125.15,42.90")
    assert split_system("gk42 4751234.5 512345.6") == (GK, 42, "4751234.5 512345.6")
    assert split_system("gk4751234.5,42512345.6") == (GK, None, "4751234.5,42512345.6")
    assert split_system("ZH22040210001") == (None, None, "ZH22040210001")
    assert split_system("百度大厦") == (None, None, "百度大厦")
    assert looks_like_coordinates("125.1, 42.9") and looks_like_coordinates("42°54'7\"N 125°8'42\"E")
    assert looks_like_coordinates("经度125.1 纬度42.9")
    assert not looks_like_coordinates("ZH22040210001") and not looks_like_coordinates("龙山 1")
    assert [zone_of_longitude(v) for v in (125.3, 126.0, 127.49, 127.51, 60.0)] == [42, 42, 42, 43, None]
    assert math.isclose(parse_coordinates("4751234.5 512345.6", GK, zone=43).lon, 129.151, abs_tol=0.01)


def test_column_guesses():
    names = ["序号", "企业名称", "中心经度(°)", "中心纬度(°)", "行业类别代码", "新建燃煤锅炉（t/h）"]
    assert [guess_column(names, role) for role in ("x", "y", "industry", "boiler", "name")] == \
        ["中心经度(°)", "中心纬度(°)", "行业类别代码", "新建燃煤锅炉（t/h）", "企业名称"]
    assert guess_column(["Name", "LNG", "LAT", "Industry_Code"], "x") == "LNG"
    assert guess_column(["name", "经纬度"], "xy") == "经纬度" and guess_column(["name"], "x") is None
    assert guess_column(["x", "y"], "y", taken=["y"]) is None
