"""The core's edge cases (issue 6 §4), each as a class of inputs: tiny geometries, coordinates
beyond a CRS's area of use, long edges and huge geometries, collections, unit classes as text,
parts outside the city."""
from zoning_plugin.core import InputError, open_dataset  # first: it tells pyproj where PROJ's data is

import pyproj  # noqa: E402
import pytest  # noqa: E402
import shapely  # noqa: E402

from zoning_plugin.core.engine.arrays import target_hits  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject  # noqa: E402
from zoning_plugin.core.engine.query import build_query, table_of_queries  # noqa: E402
from zoning_plugin.core.engine.thresholds import SMALL_GEOMETRY_SHARE  # noqa: E402
from zoning_plugin.core.engine.targets import Target  # noqa: E402
from zoning_plugin.core.dataset.validate import validate_dataset  # noqa: E402

MERCATOR_WORLD_WIDTH = 2 * 20037508.342789244


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def interior_point(dataset, index):
    """A metric point well inside unit `index`."""
    return shapely.buffer(dataset.units.metric[index], -30).representative_point()


def exact_overlaps(dataset, metric_geometry, measure):
    """{unit index: overlap} by plain shapely, for comparison with the engine."""
    return {i: measure(shapely.intersection(unit, metric_geometry))
            for i, unit in enumerate(dataset.units.metric)
            if shapely.intersects(unit, metric_geometry)}


# --- geometries smaller than the sliver threshold ---------------------------------------------

@pytest.mark.parametrize("index", [0, 17, 33, 60])
@pytest.mark.parametrize("side", [0.8, 0.1])
def test_a_parcel_smaller_than_the_threshold_inside_a_unit_gets_that_unit(dataset, index, side):
    p = interior_point(dataset, index)
    square = shapely.box(p.x, p.y, p.x + side, p.y + side)
    result = dataset.inspect(square, crs=METRIC_CRS)
    assert result.inside
    assert [u["code"] for u in result.units] == [dataset.units.records[index]["unit_code"]]
    assert result.units[0]["share"] == pytest.approx(1.0, abs=1e-6)
    assert result.requirements
    moved = reproject(square, METRIC_CRS, "EPSG:4326")
    assert [u["code"] for u in dataset.inspect(moved, crs="EPSG:4326").units] == \
        [dataset.units.records[index]["unit_code"]]


@pytest.mark.parametrize("length", [0.05, 0.001])
def test_a_line_shorter_than_the_threshold_inside_a_unit_gets_that_unit(dataset, length):
    p = interior_point(dataset, 9)
    result = dataset.inspect(shapely.LineString([(p.x, p.y), (p.x + length, p.y)]), crs=METRIC_CRS)
    assert result.inside and result.kind == "line"
    assert [u["code"] for u in result.units] == [dataset.units.records[9]["unit_code"]]


def _shared_boundary_point(dataset):
    """A point on the boundary between two units, away from any third one, and the two indices."""
    tree = shapely.STRtree(dataset.units.metric)
    for a, b in zip(*tree.query(dataset.units.metric, predicate="intersects")):
        if a >= b:
            continue
        shared = shapely.intersection(dataset.units.metric[a].boundary, dataset.units.metric[b].boundary)
        if shared.length < 100:
            continue
        point = shapely.line_interpolate_point(shapely.line_merge(shared), 0.5, normalized=True)
        if point.geom_type == "Point" and len(tree.query(point.buffer(5), predicate="intersects")) == 2:
            return point, (int(a), int(b))
    raise AssertionError("no two units share a boundary")


def test_a_tiny_parcel_across_two_units_gets_each_unit_holding_a_tenth_or_more(dataset):
    point, pair = _shared_boundary_point(dataset)
    checked_small_part = checked_both = 0
    for dx in (-0.38, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.38):
        for dy in (-0.38, -0.2, 0.0, 0.2, 0.38):
            square = shapely.box(point.x + dx - 0.4, point.y + dy - 0.4, point.x + dx + 0.4, point.y + dy + 0.4)
            shares = {i: a / square.area for i, a in exact_overlaps(dataset, square, shapely.area).items()}
            result = dataset.inspect(square, crs=METRIC_CRS)
            got = {u["index"] for u in result.units}
            assert max(shares, key=shares.get) in got
            for i, share in shares.items():
                if share >= SMALL_GEOMETRY_SHARE + 1e-6:
                    assert i in got
                elif share < SMALL_GEOMETRY_SHARE - 1e-6:
                    assert i not in got
                    checked_small_part += share > 0
            checked_both += len(got) == 2
    assert checked_small_part and checked_both   # both sides of the rule were exercised
    assert set(pair) >= {u["index"] for u in result.units}


def test_when_no_feature_reaches_the_threshold_the_largest_counts_for_a_tiling_layer(dataset):
    # Twelve strips under a 4 m x 3 m square, none holding 1 m² (the threshold, below a tenth of it).
    p = interior_point(dataset, 5)
    query = build_query(shapely.box(p.x, p.y, p.x + 4, p.y + 3), METRIC_CRS, dataset.city_bounds_4490,
                        metric_crs=dataset.metric_crs)
    table = table_of_queries([query])
    widths = [0.2, 0.25, 0.3, 0.28, 0.3, 0.3, 0.3, 0.32, 0.3, 0.3, 0.31, 0.29]
    edges = [p.x + sum(widths[:n]) for n in range(len(widths) + 1)]
    strips = [shapely.box(edges[n], p.y - 10, edges[n + 1], p.y + 10) for n in range(len(widths))]
    plain, tiling = target_hits(table, Target([(strips, False, False), (strips, True, False)]))
    assert len(plain) == 0
    kept = tiling
    assert kept.index.tolist() == [widths.index(max(widths))]
    assert kept.amount[0] == pytest.approx(max(widths) * 3, rel=1e-6)


# --- coordinates beyond the CRS's area of use -------------------------------------------------

@pytest.mark.parametrize("crs,shift", [("EPSG:3857", MERCATOR_WORLD_WIDTH), ("EPSG:3857", -2 * MERCATOR_WORLD_WIDTH),
                                       ("EPSG:3857", 5 * MERCATOR_WORLD_WIDTH), ("EPSG:4551", 4e7),
                                       ("EPSG:32651", 4e7), ("EPSG:4551", -3e6)])
def test_coordinates_far_beyond_the_area_of_use_are_refused_not_wrapped(dataset, crs, shift):
    point = reproject(interior_point(dataset, 3), METRIC_CRS, crs)
    assert dataset.inspect(point, crs=crs).inside   # the same place, unshifted, is fine
    for far in (shapely.Point(point.x + shift, point.y),
                shapely.box(point.x + shift, point.y, point.x + shift + 100, point.y + 100),
                shapely.LineString([(point.x, point.y), (point.x + shift, point.y)])):
        with pytest.raises(InputError) as raised:
            dataset.inspect(far, crs=crs)
        message = str(raised.value)
        assert "\n" not in message and "适用范围" in message and "(" not in message


@pytest.mark.parametrize("crs,lon", [("EPSG:4551", 128.8), ("EPSG:4551", 123.0), ("EPSG:32651", 127.4),
                                     ("EPSG:3857", 179.99)])
def test_coordinates_a_little_beyond_the_area_of_use_are_accepted(dataset, crs, lon):
    area = pyproj.CRS(crs).area_of_use
    assert not area.west <= lon <= area.east or crs == "EPSG:3857"
    point = reproject(shapely.Point(lon, 43.0), STORAGE_CRS, crs)
    result = dataset.inspect(point, crs=crs)
    assert not result.inside
    assert result.location == pytest.approx((lon, 43.0), abs=1e-6)


# --- long edges and huge geometries -------------------------------------------------------------

def test_long_edges_are_straight_in_the_input_crs(dataset):
    box = shapely.box(125.0, 42.8, 125.3, 43.1)
    # The reference: the box's edges cut every metre, reprojected.
    reference = reproject(shapely.segmentize(box, 1e-5), "EPSG:4326", METRIC_CRS)
    result = dataset.inspect(box, crs="EPSG:4326")
    assert result.measure == pytest.approx(reference.area, abs=2.0)
    expected = exact_overlaps(dataset, reference, shapely.area)
    got = {u["index"]: u["overlap_m2"] for u in result.units}
    assert set(got) == {i for i, a in expected.items() if a >= 1.0}
    # 0.17 km² before densifying; in 200 m pieces (geo.DENSIFY_STEP_M) an edge stays within
    # 0.6 mm of its course, a few m² along the box's 25-33 km edges (2.4 m² at most here).
    assert max(abs(got[i] - expected[i]) for i in got) < 5.0
    line = shapely.LineString([(125.0, 42.9), (125.3, 42.9)])
    reference_line = reproject(shapely.segmentize(line, 1e-5), "EPSG:4326", METRIC_CRS)
    assert dataset.inspect(line, crs="EPSG:4326").measure == pytest.approx(reference_line.length, abs=0.01)


def test_a_geometry_in_the_metric_crs_is_measured_as_given(dataset):
    """Drawn in the dataset's metric CRS, edges are straight there: no densifying, no trip through
    EPSG:4490 and back; the measure and the overlaps are plain shapely's on the input itself, in
    inspect and in the overlay alike."""
    from zoning_plugin.core.engine.overlay import overlay
    x0, y0, x1, y1 = dataset.city_metric.bounds
    box = shapely.box(x0 + 10_000.123, y0 + 20_000.456, x0 + 40_000.789, y0 + 45_000.012)
    result = dataset.inspect(box, crs=METRIC_CRS)
    assert result.measure == box.area
    expected = exact_overlaps(dataset, box, shapely.area)
    got = {u["index"]: u["overlap_m2"] for u in result.units}
    assert set(got) == {i for i, a in expected.items() if a >= 1.0}
    assert all(got[i] == pytest.approx(expected[i], rel=1e-9) for i in got)
    summary = overlay(dataset, [box], crs=METRIC_CRS).features[0]
    assert summary.measure == box.area
    assert box.equals_exact(shapely.box(x0 + 10_000.123, y0 + 20_000.456, x0 + 40_000.789, y0 + 45_000.012), 0)


@pytest.mark.parametrize("box,crs", [((105, 30, 145, 60), "EPSG:4326"), ((-180, -90, 180, 90), "EPSG:4326"),
                                     ((-180, -90, 180, 90), "EPSG:4490"), ((124.5, 40.2, 127.5, 53.2), "EPSG:4490")])
def test_a_geometry_far_larger_than_the_city_is_measured_right(dataset, box, crs):
    geometry = shapely.box(*box)
    result = dataset.inspect(geometry, crs=crs)
    assert result.inside
    city_area = dataset.city_metric.area
    assert result.inside_measure == pytest.approx(city_area, rel=1e-7)
    assert len(result.units) == len(dataset.units)
    for unit in result.units:
        assert unit["overlap_m2"] == pytest.approx(dataset.units.metric[unit["index"]].area, rel=1e-6)
    assert sum(u["share"] for u in result.units) == pytest.approx(city_area / result.measure, rel=1e-6)
    to_cea = pyproj.Transformer.from_crs(crs, "+proj=cea +ellps=GRS80", always_xy=True)
    x, y = to_cea.transform(*zip(*shapely.segmentize(geometry, 0.01).exterior.coords))
    assert result.measure == pytest.approx(shapely.Polygon(zip(x, y)).area, rel=1e-4)
    assert result.outside_measure == pytest.approx(result.measure - city_area, rel=1e-6)


def test_a_world_box_in_web_mercator_and_a_long_line_are_measured_right(dataset):
    world = shapely.box(-MERCATOR_WORLD_WIDTH / 2, -2e7, MERCATOR_WORLD_WIDTH / 2, 2e7)
    result = dataset.inspect(world, crs="EPSG:3857")
    assert result.inside and result.inside_measure == pytest.approx(dataset.city_metric.area, rel=1e-7)
    assert 4.9e14 < result.measure < 5.1e14
    meridian = shapely.LineString([(125.145, 20.0), (125.145, 60.0)])
    result = dataset.inspect(meridian, crs=STORAGE_CRS)
    assert result.inside and result.kind == "line"
    geodesic = pyproj.Geod(ellps="GRS80").line_length([125.145, 125.145], [20.0, 60.0])
    assert result.measure == pytest.approx(geodesic, rel=1e-5)
    chord = shapely.intersection(reproject(shapely.segmentize(meridian, 0.001), STORAGE_CRS, METRIC_CRS),
                                 dataset.city_metric).length
    assert result.inside_measure == pytest.approx(chord, abs=0.01)


def test_a_parcel_far_from_the_city_is_outside_with_its_true_area(dataset):
    beijing = shapely.box(116.39, 39.90, 116.40, 39.91)
    result = dataset.inspect(beijing, crs="EPSG:4326")
    assert not result.inside and result.units == []
    geod_area = abs(pyproj.Geod(ellps="GRS80").geometry_area_perimeter(beijing)[0])
    assert result.measure == pytest.approx(geod_area, rel=1e-5)


# --- geometry collections -------------------------------------------------------------------

def test_every_part_of_a_collection_is_inspected_and_the_measure_is_the_top_dimension(dataset):
    a, b, c = interior_point(dataset, 2), interior_point(dataset, 40), interior_point(dataset, 50)
    square = shapely.box(b.x - 50, b.y - 50, b.x + 50, b.y + 50)
    line = shapely.LineString([(c.x, c.y), (c.x + 20, c.y)])
    collection = shapely.GeometryCollection([a, square, shapely.GeometryCollection([line])])
    result = dataset.inspect(collection, crs=METRIC_CRS)
    codes = {u["code"]: u for u in result.units}
    assert set(codes) == {dataset.units.records[i]["unit_code"] for i in (2, 40, 50)}
    assert result.kind == "polygon" and result.measure == pytest.approx(10000, rel=1e-6)
    assert codes[dataset.units.records[40]["unit_code"]]["share"] == pytest.approx(1.0, abs=1e-6)
    assert codes[dataset.units.records[2]["unit_code"]]["overlap_m2"] == 0.0
    assert [u["code"] for u in result.units][0] == dataset.units.records[40]["unit_code"]
    # A point inside the polygon adds nothing.
    inner = dataset.inspect(shapely.GeometryCollection([square, b]), crs=METRIC_CRS)
    assert [u["code"] for u in inner.units] == [dataset.units.records[40]["unit_code"]]


def test_a_point_of_a_collection_beside_a_river_brings_the_buffer(dataset):
    record, line = next((r, g) for r, g in zip(dataset.rivers.records, dataset.rivers.metric)
                        if r["river_name"] == dataset.buffers.records[0]["river_name"])
    buffer = dataset.buffers.metric[0]
    inside_buffer = shapely.intersection(buffer, shapely.buffer(line, record["buffer_m"] * 0.5))
    near = inside_buffer.representative_point()
    far = interior_point(dataset, 0)
    far_square = shapely.box(far.x, far.y, far.x + 10, far.y + 10)
    assert not shapely.intersects(far_square, buffer)
    result = dataset.inspect(shapely.GeometryCollection([far_square, near]), crs=METRIC_CRS)
    hits = [b for b in result.buffers if b["river"] == record["river_name"]]
    assert hits and hits[0]["distance_m"] == pytest.approx(shapely.distance(line, near), abs=0.01)
    assert any(triggered for _r, triggered in result.requirements)


def test_a_repaired_part_inside_a_collection_is_reported(dataset):
    c = interior_point(dataset, 12)
    bowtie = shapely.Polygon([(c.x, c.y), (c.x + 200, c.y + 200), (c.x + 200, c.y), (c.x, c.y + 200)])
    for collection in (shapely.GeometryCollection([bowtie, shapely.Point(c.x - 500, c.y)]),
                       shapely.GeometryCollection([shapely.GeometryCollection([bowtie])])):
        result = dataset.inspect(collection, crs=METRIC_CRS)
        assert result.repaired and result.to_dict()["query"]["repaired"] is True
        assert result.measure == pytest.approx(200 * 200 / 2, rel=1e-6)
        assert any(key == "note_repaired" for key, _args in result.notes())


# --- unit classes stored as text --------------------------------------------------------------

@pytest.mark.parametrize("value,expected", [
    (1, 1), (2, 2), (3, 3), (3.0, 3), ("1", 1), (" 2 ", 2), ("3.0", 3), ("优先保护单元", 1), ("重点管控单元", 2),
    ("一般管控单元", 3), ("优先保护", 1), ("重点管控", 2), (" 一般管控 ", 3),
    (None, None), ("", None), ("4", None), (0, None), (1.5, None), ("优先", None), (True, None), ("abc", None),
])
def test_unit_class_number_reads_numbers_digits_and_class_names(dataset, value, expected):
    assert dataset.class_number(value) == expected


def _with_unit_classes_as_text(path, names):
    """A copy of the sample whose unit_class is a text column holding names[1], names[2], names[3]."""
    from osgeo import gdal, ogr
    from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH
    source = ogr.Open(SAMPLE_DATASET_PATH)
    layers = [source.GetLayer(i).GetName() for i in range(source.GetLayerCount())]
    units = source.GetLayerByName("control_units")
    fields = [units.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(units.GetLayerDefn().GetFieldCount())]
    geometry_column = units.GetGeometryColumn()
    units = source = None
    as_text = "CASE unit_class " + " ".join(f"WHEN {n} THEN '{names[n]}'" for n in (1, 2, 3)) + " END"
    columns = ", ".join(f"{as_text} AS unit_class" if f == "unit_class" else f for f in fields)
    gdal.VectorTranslate(path, SAMPLE_DATASET_PATH, layers=[name for name in layers if name != "control_units"])
    gdal.VectorTranslate(path, SAMPLE_DATASET_PATH, accessMode="update", layerName="control_units",
                         SQLStatement=f"SELECT {geometry_column}, {columns} FROM control_units",
                         SQLDialect="SQLite")


@pytest.mark.parametrize("names", [{1: "1", 2: "2", 3: "3"}, {1: "优先保护单元", 2: "重点管控单元", 3: "一般管控单元"},
                                   {1: "优先保护", 2: "重点管控", 3: "一般管控"}])
def test_unit_classes_stored_as_text_read_alike_in_validate_and_inspect(dataset, tmp_path, names):
    path = str(tmp_path / "text_classes.gpkg")
    _with_unit_classes_as_text(path, names)
    textual = open_dataset(path)
    assert isinstance(textual.units.records[0]["unit_class"], str)
    report = validate_dataset(textual)
    assert report.ok, report.errors[:3]
    assert report.facts == validate_dataset(dataset).facts
    for index in (0, 30, 60):
        point = interior_point(dataset, index)
        assert [(u["class"], u["class_name"]) for u in textual.inspect(point, crs=METRIC_CRS).units] == \
            [(u["class"], u["class_name"]) for u in dataset.inspect(point, crs=METRIC_CRS).units]


# --- parts outside the city ---------------------------------------------------------------------

def _straddling_the_city_edge(dataset, inner_side, edge_side):
    """A square well inside the city plus a small square centred on the city's boundary."""
    city = dataset.city_metric
    inner = interior_point(dataset, 20)
    edge = shapely.line_interpolate_point(city.exterior if city.geom_type == "Polygon"
                                          else max(city.geoms, key=lambda g: g.area).exterior, 0.3,
                                          normalized=True)
    half = inner_side / 2
    return shapely.union(shapely.box(inner.x - half, inner.y - half, inner.x + half, inner.y + half),
                         edge.buffer(edge_side / 2, cap_style="square"))


def test_a_part_outside_the_city_is_reported_in_square_metres_however_small_its_share(dataset):
    geometry = _straddling_the_city_edge(dataset, 3000, 60)
    expected = shapely.difference(geometry, dataset.city_metric).area
    assert 1.0 < expected < geometry.area * 0.001   # below the old 0.1 % floor
    result = dataset.inspect(geometry, crs=METRIC_CRS)
    assert result.inside and result.outside_measure == pytest.approx(expected, abs=0.1)
    data = result.to_dict()
    assert data["query"]["outside_m2"] == pytest.approx(expected, abs=0.1)
    assert data["query"]["outside_length_m"] is None
    assert [key for key, _args in result.notes()].count("note_outside") == 1
    assert f"{expected:,.0f}"[:-2] in " ".join(result.warnings())


def test_a_sliver_outside_the_city_is_not_reported(dataset):
    p = interior_point(dataset, 20)
    result = dataset.inspect(shapely.box(p.x, p.y, p.x + 100, p.y + 100), crs=METRIC_CRS)
    assert result.outside_measure == 0.0 and result.to_dict()["query"]["outside_m2"] == 0.0
    assert "note_outside" not in [key for key, _args in result.notes()]


def test_a_line_leaving_the_city_reports_its_outside_length(dataset):
    city = dataset.city_metric
    inner = interior_point(dataset, 20)
    far = shapely.Point(city.bounds[0] - 5000, inner.y)
    line = shapely.LineString([(inner.x, inner.y), (far.x, far.y)])
    expected = shapely.difference(line, city).length
    result = dataset.inspect(line, crs=METRIC_CRS)
    assert result.inside and result.to_dict()["query"]["outside_length_m"] == pytest.approx(expected, abs=0.01)
    assert result.to_dict()["query"]["outside_m2"] is None
