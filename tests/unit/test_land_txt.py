"""Land-boundary coordinate files (坐标TXT): reading, writing, the CRS from 带号, bad input. Every
file is written by the test itself."""
import zoning_plugin.core  # noqa: F401, I001  (first: tells PROJ where its data is)
import os

import pyproj
import pytest
import shapely
from zoning_plugin.core import InputError, open_dataset
from zoning_plugin.core.importers.land_txt import Parcel, polygon_from_rings, read_land_txt, zone_epsg, zone_of_epsg
from zoning_plugin.core.errors import Cancelled
from zoning_plugin.core.importers.land_txt_write import write_land_txt
from zoning_plugin.core.outputs import Guard, OutputError

LON, LAT = 125.145, 42.902          # a place in the city, zone 42 (CM 126E) of the 3-degree zones
HEADER = {"坐标系": "2000国家大地坐标系", "几度分带": "3", "投影类型": "高斯克吕格", "计量单位": "米", "带号": "42"}


def gk(lon, lat, epsg):
    """(easting, northing) of a lon/lat in a Gauss-Kruger CRS."""
    return pyproj.Transformer.from_crs("EPSG:4490", f"EPSG:{epsg}", always_xy=True).transform(lon, lat)


X0, Y0 = gk(LON, LAT, 4551)         # easting without the zone prefix, northing


def square(x, y, size):
    return [(x, y), (x + size, y), (x + size, y + size), (x, y + size)]


def point_lines(rings, prefix=42, closing=True, start=1):
    """`J<n>,<ring>,<X northing>,<Y easting>` lines, each ring closed by repeating its first point."""
    lines, n = [], start
    for number, corners in rings:
        first = n
        for east, north in corners:
            lines.append(f"J{n},{number},{north:.3f},{prefix * 1e6 + east if prefix else east:.3f}")
            n += 1
        if closing:
            east, north = corners[0]
            lines.append(f"J{first},{number},{north:.3f},{prefix * 1e6 + east if prefix else east:.3f}")
    return lines


def land_text(parcels, header=None, prefix=42, count=None):
    """A file: header then, per parcel, (id, name, rings) with rings [(ring number, corners)]."""
    lines = ["[属性描述]", "格式版本号=1.01", "数据产生单位=测试单位"]
    lines += [f"{k}={v}" for k, v in (HEADER if header is None else header).items()]
    lines.append("[地块坐标]")
    for parcel_id, name, rings in parcels:
        points = point_lines(rings, prefix)
        lines.append(f"{len(points) if count is None else count},1.0,{parcel_id},{name},面,,建设用地,0601,@")
        lines += points
    return lines


def encode(lines, encoding="gbk", newline="\r\n"):
    return newline.join(lines).encode(encoding) + newline.encode()


def one_square(**kwargs):
    return encode(land_text([("D1", "一号地块", [(1, square(X0, Y0, 100))])], **kwargs))


# --- reading ------------------------------------------------------------------------------------
def test_one_parcel_in_gbk_with_crlf_and_the_zone_prefix():
    data = one_square()
    assert b"\r\n" in data and "一号地块".encode("gbk") in data
    land = read_land_txt(data)
    assert (land.crs, land.datum, land.zone_width, land.zone, land.prefixed) == ("EPSG:4530", "cgcs2000", 3, 42, True)
    assert land.encoding == "gbk" and land.warnings == []
    assert land.header["数据产生单位"] == "测试单位" and land.header["带号"] == "42"
    (parcel,) = land.parcels
    assert parcel.attributes["地块编号"] == "D1" and parcel.attributes["地块名称"] == "一号地块"
    assert parcel.attributes["地块用途"] == "建设用地" and parcel.attributes["地类编码"] == "0601"
    assert parcel.geometry.geom_type == "Polygon" and parcel.geometry.area == pytest.approx(10_000, abs=0.01)
    assert parcel.geometry.bounds[0] == pytest.approx(42e6 + X0, abs=0.001)   # x is the easting
    assert parcel.geometry.bounds[1] == pytest.approx(Y0, abs=0.001)          # y is the northing


def test_the_crs_of_the_file_puts_the_parcel_at_its_place(tmp_path):
    path = tmp_path / "地块.txt"
    path.write_bytes(one_square())
    land = read_land_txt(str(path))
    corner = pyproj.Transformer.from_crs(land.crs, "EPSG:4490", always_xy=True).transform(
        *land.parcels[0].geometry.exterior.coords[0])
    assert corner == pytest.approx((LON, LAT), abs=1e-8)


def test_utf8_with_and_without_bom_and_lf():
    for encoding in ("utf-8", "utf-8-sig"):
        land = read_land_txt(encode(land_text([("D1", "一号地块", [(1, square(X0, Y0, 100))])]), encoding, "\n"))
        assert land.encoding == encoding and land.parcels[0].attributes["地块名称"] == "一号地块"


def test_several_parcels_keep_their_order_and_attributes():
    parcels = [(f"D{i}", f"地块{i}", [(1, square(X0 + 300 * i, Y0, 50 + i))]) for i in range(3)]
    land = read_land_txt(encode(land_text(parcels)))
    assert [p.attributes["地块编号"] for p in land.parcels] == ["D0", "D1", "D2"]
    assert [round(p.geometry.area) for p in land.parcels] == [2500, 2601, 2704]
    assert land.union().area == pytest.approx(2500 + 2601 + 2704, abs=0.01)
    assert [p.line for p in land.parcels] == [10, 16, 22]


def test_rings_by_containment_hole_second_part_and_island():
    rings = [(1, square(X0, Y0, 300)), (2, square(X0 + 50, Y0 + 50, 200)),      # exterior, hole
             (3, square(X0 + 100, Y0 + 100, 50)),                               # an island in the hole
             (4, square(X0 + 1000, Y0, 100))]                                   # a second part
    land = read_land_txt(encode(land_text([("D1", "多圈", rings)])))
    geometry = land.parcels[0].geometry
    assert geometry.geom_type == "MultiPolygon" and len(geometry.geoms) == 3
    assert geometry.area == pytest.approx(300 ** 2 - 200 ** 2 + 50 ** 2 + 100 ** 2, abs=0.01)
    assert geometry.is_valid
    assert not geometry.contains(shapely.Point(42e6 + X0 + 75, Y0 + 75))   # in the hole
    assert geometry.contains(shapely.Point(42e6 + X0 + 125, Y0 + 125))     # on the island


def test_ring_numbers_do_not_decide_containment_does():
    rings = [(1, square(X0 + 50, Y0 + 50, 100)), (2, square(X0, Y0, 200))]   # the hole comes first
    geometry = polygon_from_rings([c + c[:1] for _n, c in rings])
    assert geometry.geom_type == "Polygon" and len(geometry.interiors) == 1
    assert geometry.area == pytest.approx(200 ** 2 - 100 ** 2)


def test_without_the_zone_prefix_the_crs_is_the_central_meridian_one():
    land = read_land_txt(encode(land_text([("D1", "x", [(1, square(X0, Y0, 100))])], prefix=None)))
    assert (land.crs, land.prefixed, land.zone) == ("EPSG:4551", False, 42)
    assert land.parcels[0].geometry.bounds[0] == pytest.approx(X0, abs=0.001)


def test_six_degree_zones():
    east, north = gk(LON, LAT, 4510)          # CGCS2000 / Gauss-Kruger CM 123E, 6-degree zone 21
    header = {**HEADER, "几度分带": "6", "带号": "21"}
    land = read_land_txt(encode(land_text([("D1", "x", [(1, square(east, north, 100))])], header, prefix=21)))
    assert (land.crs, land.zone_width, land.zone) == ("EPSG:4499", 6, 21)
    unprefixed = read_land_txt(encode(land_text([("D1", "x", [(1, square(east, north, 100))])], header, prefix=None)))
    assert unprefixed.crs == "EPSG:4510"


def test_older_datums_from_the_coordinate_system_name():
    for name, with_prefix, without in (("1980西安坐标系", "EPSG:2366", "EPSG:2387"),
                                       ("1954北京坐标系", "EPSG:2418", "EPSG:2439")):
        header = {**HEADER, "坐标系": name}
        assert read_land_txt(encode(land_text([("D", "x", [(1, square(X0, Y0, 9))])], header))).crs == with_prefix
        assert read_land_txt(encode(land_text([("D", "x", [(1, square(X0, Y0, 9))])], header, None))).crs == without


@pytest.mark.parametrize("datum,width", [("cgcs2000", 3), ("cgcs2000", 6), ("xian80", 3), ("xian80", 6),
                                         ("beijing54", 3), ("beijing54", 6)])
def test_the_epsg_table_matches_pyproj_for_every_zone(datum, width):
    datums = {"cgcs2000": "China Geodetic Coordinate System 2000", "xian80": "Xian 1980", "beijing54": "Beijing 1954"}
    for zone in (range(25, 46) if width == 3 else range(13, 24)):
        for prefixed in (True, False):
            code = zone_epsg(datum, width, zone, prefixed)
            crs = pyproj.CRS.from_epsg(code)
            params = {p.name: p.value for p in crs.coordinate_operation.params}
            meridian = zone * 3 if width == 3 else zone * 6 - 3
            assert crs.geodetic_crs.name == datums[datum]
            assert params["Longitude of natural origin"] == meridian
            assert params["False easting"] == (zone * 1e6 if prefixed else 0) + 500_000
            assert zone_of_epsg(code) == (datum, width, zone, prefixed)
    assert zone_of_epsg(4326) is None


# --- writing ------------------------------------------------------------------------------------
def test_round_trip_within_a_millimetre(tmp_path):
    rings = [(1, square(X0 + 0.1234, Y0 + 0.5678, 300)), (2, square(X0 + 50, Y0 + 50, 200)),
             (3, square(X0 + 1000.0004, Y0, 100.0003))]
    land = read_land_txt(encode(land_text([("D1", "多圈", rings), ("D2", "二号", [(1, square(X0, Y0 + 900, 40))])])))
    path = tmp_path / "out.txt"
    assert write_land_txt(land.parcels, land.crs, str(path), header=land.header) == "EPSG:4530"
    again = read_land_txt(str(path))
    assert (again.crs, again.header["数据产生单位"], again.warnings) == (land.crs, "测试单位", [])
    for before, after in zip(land.parcels, again.parcels):
        assert after.attributes["地块编号"] == before.attributes["地块编号"]
        assert after.attributes["地块用途"] == "建设用地"
        assert shapely.hausdorff_distance(before.geometry, after.geometry) <= 0.001
        assert shapely.symmetric_difference(before.geometry, after.geometry).area < 1.0
        assert float(after.attributes["地块面积"]) == pytest.approx(before.geometry.area / 10_000, abs=1e-4)


def test_the_written_file_is_gbk_crlf_with_closed_clockwise_rings(tmp_path):
    polygon = shapely.Polygon(square(X0, Y0, 100))          # anticlockwise
    path = tmp_path / "out.txt"
    write_land_txt([Parcel(polygon, {"地块编号": "A,1", "地块名称": "甲地块"})], "EPSG:4551", str(path))
    data = path.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.decode("gbk").split("\r\n")
    assert lines[0] == "[属性描述]" and "带号=42" in lines and "坐标系=2000国家大地坐标系" in lines
    parcel = lines.index("[地块坐标]") + 1
    assert lines[parcel] == "5,1.0000,A，1,甲地块,面,,,,@"          # the comma in the id cannot split it
    assert lines[parcel + 1].split(",")[:2] == ["J1", "1"] and lines[parcel + 5].split(",")[0] == "J1"
    assert lines[parcel + 1].split(",")[2:] == lines[parcel + 5].split(",")[2:]
    assert float(lines[parcel + 1].split(",")[3]) > 1e7                     # Y with the zone prefix
    ring = [(float(line.split(",")[3]), float(line.split(",")[2])) for line in lines[parcel + 1:parcel + 6]]
    assert not shapely.LinearRing(ring).is_ccw


def test_writing_from_lon_lat_chooses_the_zone_and_can_leave_out_the_prefix(tmp_path):
    polygon = shapely.Polygon(square(LON, LAT, 0.001))
    path = tmp_path / "out.txt"
    assert write_land_txt([Parcel(polygon)], "EPSG:4490", str(path), zone_prefix=False, encoding="utf-8") == "EPSG:4551"
    land = read_land_txt(str(path))
    assert (land.crs, land.encoding) == ("EPSG:4551", "utf-8")
    back = pyproj.Transformer.from_crs("EPSG:4551", "EPSG:4490", always_xy=True)
    assert back.transform(*land.parcels[0].geometry.exterior.coords[0]) == pytest.approx((LON, LAT), abs=1e-7)
    assert write_land_txt([Parcel(polygon)], "EPSG:4490", str(path), zone_width=6) == "EPSG:4499"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, english):
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    parcel = Parcel(shapely.Polygon(square(X0, Y0, 10)), {"地块名称": "emoji 😀"})
    with pytest.raises(InputError, match=r"cannot be written in GBK: choose UTF-8"):
        write_land_txt([parcel], "EPSG:4551", str(path))
    assert path.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    with pytest.raises(InputError, match=r"parcel 1 is not a polygon"):
        write_land_txt([Parcel(shapely.Point(X0, Y0))], "EPSG:4551", str(path))
    with pytest.raises(InputError, match=r"no parcel to write"):
        write_land_txt([], "EPSG:4551", str(path))
    with pytest.raises(InputError, match=r"outside zone 39"):
        write_land_txt([Parcel(shapely.Polygon(square(X0, Y0, 10)))], "EPSG:4551", str(path), zone=39)
    assert path.read_text(encoding="utf-8") == "old"


# --- bad input ----------------------------------------------------------------------------------
def bad(lines, pattern, encoding="gbk"):
    with pytest.raises(InputError, match=pattern) as caught:
        read_land_txt(encode(lines, encoding))
    assert "\n" not in str(caught.value)
    return str(caught.value)


def test_a_point_count_that_disagrees_is_refused_with_the_parcel_line():
    lines = land_text([("D1", "x", [(1, square(X0, Y0, 100))])], count=7)
    bad(lines, r"^第 10 行：地块 D1 的界址点数为 7，实有 5 个坐标点$")


def test_a_count_without_the_closing_points_is_read_with_a_warning():
    land = read_land_txt(encode(land_text([("D1", "x", [(1, square(X0, Y0, 100))])], count=4)))
    assert land.warnings == ["地块 D1 的界址点数未计闭合点"]


def test_a_ring_with_too_few_points():
    lines = land_text([("D1", "x", [(1, square(X0, Y0, 100)[:2])])])
    bad(lines, r"^第 11 行：地块 D1 第 1 圈只有 3 个点，至少需要 4 个（含闭合点）$")


def test_an_unclosed_ring_is_an_error_not_repaired():
    lines = land_text([("D1", "x", [(1, square(X0, Y0, 100)), (2, square(X0 + 10, Y0 + 10, 20))])])
    del lines[-1]                       # the closing point of ring 2
    bad(lines, r"^第 16 行：地块 D1 第 2 圈未闭合：末点应与首点相同$")


def test_a_zone_number_that_disagrees_with_the_prefix():
    lines = land_text([("D1", "x", [(1, square(X0, Y0, 100))])], header={**HEADER, "带号": "41"})
    bad(lines, r"^带号 41 与 Y 坐标中的带号 42 不符$")


def test_a_zone_number_that_disagrees_with_coordinates_without_prefix():
    east, north = gk(LON, LAT, 4549)    # the same place in the zone of CM 120E: far off its meridian
    lines = land_text([("D1", "x", [(1, square(east, north, 100))])], prefix=None)
    bad(lines, r"^地块 D1 的坐标不在第 42 带内，带号与坐标不符$")


def test_no_parcel_section():
    lines = [line for line in land_text([("D1", "x", [(1, square(X0, Y0, 100))])]) if line != "[地块坐标]"]
    bad(lines, r"^文件中没有 \[地块坐标\] 部分，不是界址点坐标文件$")
    bad(["[属性描述]", "带号=42", "[地块坐标]"], r"^\[地块坐标\] 中没有地块$")


def test_a_non_numeric_coordinate_names_its_line():
    lines = land_text([("D1", "x", [(1, square(X0, Y0, 100))])])
    lines[10] = "J2,1,4752187.5O8,42430171.581"
    bad(lines, r"^第 11 行：坐标 X 不是数字：'4752187\.5O8'$")
    lines[10] = "J2,一,4752187.508,42430171.581"
    bad(lines, r"^第 11 行：圈号 不是整数：")


def test_other_bad_files(english):
    square_lines = land_text([("D1", "x", [(1, square(X0, Y0, 100))])])
    swapped = [",".join(f.split(",")[:2] + f.split(",")[:1:-1]) if f.startswith("J") else f for f in square_lines]
    bad(swapped, r"^line 11: X must be the northing.*are X and Y swapped")
    mixed = list(square_lines)
    mixed[12] = mixed[12].replace(",42", ",", 1)
    bad(mixed, r"^line 13: some eastings carry the zone number, others not")
    no_zone = land_text([("D1", "x", [(1, square(X0, Y0, 100))])], {k: v for k, v in HEADER.items() if k != "带号"},
                        prefix=None)
    bad(no_zone, r"no zone number in the header or in the eastings")
    bad(land_text([("D", "x", [(1, square(X0, Y0, 9))])], {**HEADER, "坐标系": "WGS84"}), r"unsupported 坐标系")
    bad(land_text([("D", "x", [(1, square(X0, Y0, 9))])], {**HEADER, "带号": "99"}, None), r"a 3-degree zone over China is numbered .*, not 99")
    lines = list(square_lines)
    lines[9] = lines[9].replace(",面,", ",线,")
    bad(lines, r"^line 10: parcel D1 is “线”: only polygons")
    bad(["[地块坐标]", "J1,1,1,1"], r"^line 2: a point before any parcel line")
    with pytest.raises(InputError, match="file not found"):
        read_land_txt("/nonexistent/地块.txt")


def test_without_zone_number_the_prefix_gives_it():
    land = read_land_txt(encode(land_text([("D1", "x", [(1, square(X0, Y0, 100))])],
                                          {k: v for k, v in HEADER.items() if k != "带号"})))
    assert (land.crs, land.zone) == ("EPSG:4530", 42)
    assert land.warnings == ["未写带号，按 Y 坐标的带号 42 读取"]


# --- the file inspected -------------------------------------------------------------------------
def test_a_parcel_in_the_city_inspects_to_the_unit_of_its_place():
    dataset = open_dataset()
    expected = [u["code"] for u in dataset.inspect(shapely.Point(LON, LAT), crs="EPSG:4490").units]
    corner = (X0 - 10, Y0 - 10)
    land = read_land_txt(encode(land_text([("D1", "x", [(1, square(*corner, 20))])])))
    result = dataset.inspect(land.union(), crs=land.crs)
    assert result.inside and expected and [u["code"] for u in result.units] == expected
    assert result.units[0]["overlap_m2"] == pytest.approx(400, rel=1e-3)


# --- cancel and the output discipline -----------------------------------------------------------
def many_parcels(count):
    return encode(land_text([(f"D{n}", f"{n}号", [(1, square(X0 + 30 * (n % 100), Y0 + 30 * (n // 100), 20))])
                             for n in range(count)]))


@pytest.mark.parametrize("answers_before_cancel", [0, 1, 3, 50])
def test_a_long_file_stops_reading_when_cancelled(tmp_path, answers_before_cancel):
    path = tmp_path / "long.txt"
    path.write_bytes(many_parcels(2000))        # 12,000 point lines
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > answers_before_cancel
    with pytest.raises(Cancelled):
        read_land_txt(str(path), cancelled=cancelled)
    assert len(asked) == answers_before_cancel + 1


def test_the_reading_asks_often_enough_to_stop_within_a_moment(tmp_path):
    asked = []
    land = read_land_txt(many_parcels(2000), cancelled=lambda: asked.append(1) or False)
    assert len(land.parcels) == 2000 and len(asked) >= 2000      # at least once per parcel


def test_writing_goes_through_the_output_discipline(tmp_path):
    polygon = shapely.Polygon(square(X0, Y0, 100))
    source = tmp_path / "in.txt"
    write_land_txt([Parcel(polygon, {"地块编号": "A"})], "EPSG:4551", str(source))
    before = source.read_bytes()
    with pytest.raises(OutputError, match="输出会覆盖输入"):
        write_land_txt([Parcel(polygon)], "EPSG:4551", str(source), guard=Guard([str(source)]))
    with pytest.raises(OutputError, match="输出路径是已有文件夹"):
        write_land_txt([Parcel(polygon)], "EPSG:4551", str(tmp_path))
    assert source.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]
    mask = os.umask(0)
    os.umask(mask)
    assert source.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("polygon, words", [
    (shapely.Polygon([(1e200, 1e200), (2e200, 1e200), (2e200, 2e200)]), "坐标数值过大"),
    (shapely.Polygon([(125.14, 42.90), (125.16, 42.92), (125.16, 42.90), (125.14, 42.92)]), "自相交"),
])
def test_a_parcel_that_cannot_be_a_boundary_is_refused_by_its_id_and_nothing_written(tmp_path, polygon, words):
    path = tmp_path / "out.txt"
    good = Parcel(shapely.Point(125.15, 42.91).buffer(0.001), {"地块编号": "A1"})
    with pytest.raises(InputError, match=f"地块 B2.*{words}"):
        write_land_txt([good, Parcel(polygon, {"地块编号": "B2"})], "EPSG:4490", str(path))
    assert os.listdir(tmp_path) == []
