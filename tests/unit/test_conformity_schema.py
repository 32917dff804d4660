"""What zoning:conformity writes, without QGIS (core/renderers/conformity_schema.py): the fields per
kind of layer, each field's value for a feature the overlay analysed, the units table's rows, a
shapefile's 254 bytes, the counted flags; and the rules for its input (core/engine/layer_input.py):
the CRS of a layer without one, the features whose geometry could not be read."""
from zoning_plugin.core import open_dataset  # first: it tells pyproj where PROJ's data is

import pytest  # noqa: E402
import shapely  # noqa: E402

from zoning_plugin.core.engine.layer_input import guess_crs, mark_unreadable  # noqa: E402
from zoning_plugin.core.engine.overlay import overlay  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS  # noqa: E402
from zoning_plugin.core.renderers.conformity_schema import (  # noqa: E402
    CUT_MARK, DBASE_TEXT_BYTES, DOUBLE, INTEGER, LIST_SEPARATOR, STRING, ConformitySchema, dbase_number,
    measure_word, short_class_name, text_codec, unique_name)

FLAGS = {"priority": "P", "buffer": "B", "partly_outside": "O", "outside": "X"}


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


@pytest.fixture(scope="module")
def analysed(dataset):
    """The overlay of a parcel in the middle of the city, a line across it, a point, one outside
    the city and a null feature (metric CRS)."""
    centre = dataset.city_metric.representative_point()
    x, y = centre.x, centre.y
    far = dataset.city_metric.bounds[2] + 50_000
    geometries = [shapely.box(x - 400, y - 400, x + 400, y + 400), shapely.LineString([(x - 3000, y), (x + 3000, y)]),
                  shapely.Point(x, y), shapely.box(far, y, far + 100, y + 100), None]
    return overlay(dataset, geometries, crs=METRIC_CRS)


def names(schema):
    return [spec.name for spec in schema.specs]


def test_the_fields_follow_the_kind_of_layer_and_the_datasets_class_names(dataset):
    polygon, line, point = (ConformitySchema(dataset, kind, FLAGS) for kind in ("polygon", "line", "point"))
    short = [short_class_name(dataset, c) for c in (1, 2, 3)]
    assert short == [dataset.unit_class_name(c).replace("单元", "")[:2] for c in (1, 2, 3)]
    assert names(polygon)[:5] == ["状态", "说明", "面积", "市域内面积", "市域外面积"]
    assert [short[0] + "面积", short[0] + "占比"] == names(polygon)[5:7]
    assert names(line)[2] == "长度" and "缓冲区长度" in names(line) and "缓冲区面积" not in names(line)
    assert not any(n.endswith(("面积", "长度")) for n in names(point)) and short[2] + "占比" in names(point)
    for schema in (polygon, line, point):
        assert all(len(n) <= 5 for n in names(schema)) and len(set(names(schema))) == len(schema.specs)
        assert {spec.type for spec in schema.specs} == {DOUBLE, STRING, INTEGER}
        measured = [spec.name for spec in schema.specs if spec.measured]
        assert all(spec.type == DOUBLE for spec in schema.specs if spec.measured)
        assert (measured == []) == (schema.kind == "point")
    class_fields = [spec for spec in polygon.specs if spec.meaning in ("class_measure", "class_share")]
    assert [spec.subject for spec in class_fields] == [dataset.unit_class_name(c) for c in (1, 2, 3) for _ in (0, 1)]
    assert measure_word("mixed") == "面积" and measure_word("line") == "长度"


def test_values_of_an_analysed_feature_match_its_summary(dataset, analysed):
    schema = ConformitySchema(dataset, "polygon", FLAGS)
    parcel = analysed.features[0]
    assert parcel.status == "ok"
    values = dict(zip(names(schema), schema.values(parcel)))
    assert len(schema.values(parcel)) == len(schema.specs)
    assert values["状态"] == "ok" and values["面积"] == round(parcel.measure, 2) == pytest.approx(640_000, rel=1e-3)
    assert values["单元编码"] == LIST_SEPARATOR.join(parcel.unit_codes)
    basin_names = {r["basin_id"]: r["basin_name"] for r in dataset.basins.records}
    assert values["流域"] == LIST_SEPARATOR.join(basin_names[b] for b in parcel.basin_ids)
    shares = sum(values[short_class_name(dataset, c) + "占比"] for c in (1, 2, 3))
    assert shares == pytest.approx(1.0, abs=1e-5)
    assert values["已修复"] == 0 and values["建成区"] in (0, 1)
    assert values["提示"] == (LIST_SEPARATOR.join(FLAGS[k] for k in FLAGS if k in parcel.flags) or None)
    if parcel.nearest_river is not None:
        assert values["距离量起"] == dataset.channels.measured_from(parcel.nearest_river)


def test_a_feature_not_analysed_has_only_its_status_and_message(dataset, analysed):
    schema = ConformitySchema(dataset, "polygon", FLAGS)
    null = analysed.features[4]
    assert null.status == "null"
    assert schema.values(null) == ["null", null.message or None] + [None] * (len(schema.specs) - 2)
    outside = dict(zip(names(schema), schema.values(analysed.features[3])))
    assert outside["状态"] == "outside" and outside["单元编码"] is None and outside["建成区"] is None
    assert outside["市域外面积"] == round(analysed.features[3].outside_measure, 2) == pytest.approx(10_000, rel=1e-3)


def test_a_point_gets_shares_but_no_measures_and_the_units_table_follows(dataset, analysed):
    schema = ConformitySchema(dataset, "point", FLAGS)
    point = analysed.features[2]
    assert len(schema.values(point)) == len(schema.specs)
    rows = [r for r in analysed.rows if r.feature_index == 2]
    assert rows and [s.name for s in schema.unit_specs()] == ["单元编码", "单元名称", "单元类别", "类别名称", "占比"]
    assert schema.unit_values(rows[0])[:4] == [rows[0].unit_code, rows[0].unit_name, rows[0].unit_class,
                                               rows[0].class_name]
    polygon = ConformitySchema(dataset, "polygon", FLAGS)
    row = next(r for r in analysed.rows if r.feature_index == 0)
    assert [s.name for s in polygon.unit_specs()][-2:] == ["面积", "占比"]
    assert polygon.unit_values(row)[-2:] == [round(row.overlap, 2), round(row.share, 6)]


def test_a_shapefile_cuts_a_list_after_its_last_whole_item_and_says_so(dataset):
    schema = ConformitySchema(dataset, "polygon", FLAGS, text_encoding="GBK")
    codes = [f"ZH2204{n:07d}" for n in range(40)]
    values = [None] * len(schema.specs)
    values[0], values[names(schema).index("单元编码")] = "ok", LIST_SEPARATOR.join(codes)
    cuts = schema.fit(values, lambda cuts: f"cut {cuts[0][0]} {cuts[0][1]}/{cuts[0][2]}")
    shown = values[names(schema).index("单元编码")]
    kept = shown.split(LIST_SEPARATOR)
    assert kept[-1] == CUT_MARK and len(shown.encode("gbk")) <= DBASE_TEXT_BYTES
    assert cuts == [("单元编码", len(kept) - 1, 40)] and values[1] == f"cut 单元编码 {len(kept) - 1}/40"
    unlimited = ConformitySchema(dataset, "polygon", FLAGS)
    assert unlimited.fit([None] * len(unlimited.specs), str) == []


def test_helpers_of_the_schema():
    assert unique_name("面积", ["ID", "面积", "面积_1"]) == "面积_2" and unique_name("状态", ["状"]) == "状态"
    assert unique_name("Area", ["AREA"]) == "Area_1"
    assert dbase_number("优先占比") == (12, 6) and dbase_number("河流距离") == (20, 1) and dbase_number("面积") == (20, 2)
    assert text_codec("System").name == "utf-8" and text_codec("GBK").name == "gbk"


def test_a_layer_without_crs_is_read_in_the_crs_its_coordinates_fit(dataset):
    city = dataset.city_metric
    x, y = city.representative_point().x, city.representative_point().y
    assert guess_crs(dataset, [shapely.Point(x, y), None]) == dataset.metric_crs
    west, south, east, north = dataset.city_bounds_4490
    lonlat = shapely.Point((west + east) / 2, (south + north) / 2)
    assert guess_crs(dataset, [lonlat, shapely.Point()]) == "EPSG:4490"
    assert guess_crs(dataset, [shapely.Point(x + 1e6, y)]) is None
    assert guess_crs(dataset, [lonlat, shapely.Point(x, y)]) is None      # no one CRS holds both
    assert guess_crs(dataset, [None, shapely.Polygon()]) is None


def test_an_unreadable_geometry_makes_its_null_feature_invalid(analysed):
    null = analysed.features[4]
    ok = analysed.features[0]
    from copy import copy
    marked, kept = copy(null), copy(ok)
    mark_unreadable([marked, kept], {null.index: "bad WKB", ok.index: "ignored"})
    assert (marked.status, marked.message) == ("invalid", "bad WKB")
    assert (kept.status, kept.message) == (ok.status, ok.message)
