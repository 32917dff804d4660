"""The overlay of many geometries (issue 7 §1): the same answers as inspect, feature by feature;
bad features reported, not fatal; summaries, rows, counts, scopes, progress and cancel."""
from zoning_plugin.core import InputError  # first: it tells pyproj where PROJ's data is

import json  # noqa: E402

import numpy  # noqa: E402
import pytest  # noqa: E402
import shapely  # noqa: E402

from zoning_plugin.core.engine import overlay as overlay_module  # noqa: E402
from zoning_plugin.core.errors import Cancelled, CRSError  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject  # noqa: E402
from zoning_plugin.core.engine.overlay import overlay  # noqa: E402

SEED = 20240607


def random_parcels(dataset, count, seed=SEED):
    """Seeded metric geometries: Voronoi parcels of the city's box and beyond (crossing unit
    borders and the city border), parcels on the rivers and on the city border, lines, points
    beside rivers, a collection, a bow-tie."""
    rng = numpy.random.default_rng(seed)
    city = dataset.city_metric
    minx, miny, maxx, maxy = city.bounds
    seeds = shapely.multipoints(numpy.column_stack([rng.uniform(minx - 3000, maxx + 3000, 4000),
                                                    rng.uniform(miny - 3000, maxy + 3000, 4000)]))
    cells = shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=shapely.box(minx - 3000, miny - 3000,
                                                                                    maxx + 3000, maxy + 3000)))
    rivers = list(dataset.river_lines().values())
    border = city.boundary
    geometries = []
    for n in range(count):
        choice = n % 10
        if choice < 4:   # Voronoi cells, most crossing unit borders at this size
            geometries.append(cells[rng.integers(len(cells))])
        elif choice == 4:   # a small parcel on a river
            at = shapely.line_interpolate_point(rivers[rng.integers(len(rivers))], rng.uniform(), normalized=True)
            geometries.append(shapely.box(at.x - 40, at.y - 25, at.x + 60, at.y + 35))
        elif choice == 5:   # on the city border
            at = shapely.line_interpolate_point(border, rng.uniform(), normalized=True)
            geometries.append(shapely.buffer(at, rng.uniform(20, 400), quad_segs=3))
        elif choice == 6:   # a line, sometimes long
            x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
            length = rng.choice([5.0, 800.0, 6000.0])
            angle = rng.uniform(0, numpy.pi)
            geometries.append(shapely.LineString([(x, y), (x + length * numpy.cos(angle), y + length * numpy.sin(angle))]))
        elif choice == 7:   # a point beside a river, in its buffer or not
            river = rivers[rng.integers(len(rivers))]
            at = shapely.line_interpolate_point(river, rng.uniform(), normalized=True)
            geometries.append(shapely.Point(at.x + rng.uniform(-70, 70), at.y + rng.uniform(-70, 70)))
        elif choice == 8:   # a tiny parcel anywhere
            x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
            side = rng.choice([0.5, 3.0, 30.0])
            geometries.append(shapely.box(x, y, x + side, y + side))
        else:               # a multi-part parcel or, now and then, a collection or a bow-tie
            x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
            square = shapely.box(x, y, x + 200, y + 150)
            other = shapely.box(x + 2500, y, x + 2700, y + 100)
            geometries.append([shapely.MultiPolygon([square, other]),
                               shapely.GeometryCollection([square, shapely.Point(x - 900, y)]),
                               shapely.Polygon([(x, y), (x + 300, y + 300), (x + 300, y), (x, y + 300)])][n // 10 % 3])
    return geometries


def feature_rows(result, index):
    return [row for row in result.rows if row.feature_index == index]


def assert_same_as_inspect(dataset, summary, rows, inspected):
    """One overlay feature against dataset.inspect of the same geometry."""
    assert summary.kind == inspected.kind and summary.repaired == inspected.repaired
    assert summary.measure == pytest.approx(inspected.measure, rel=1e-6, abs=1e-9)
    assert summary.status == ("ok" if inspected.inside else "outside")
    assert summary.outside_measure == pytest.approx(inspected.outside_measure or 0.0, rel=1e-6, abs=1e-6)
    assert summary.inside_measure == pytest.approx(inspected.inside_measure or 0.0, rel=1e-6, abs=1e-6)
    units = inspected.units
    assert [r.unit_code for r in rows] == [u["code"] for u in units] == summary.unit_codes
    for row, unit in zip(rows, units):
        expected = unit["overlap_m2"] if inspected.kind == "polygon" else unit["length_m"]
        if expected is None:
            assert row.overlap is None and row.share is None
        else:
            assert row.overlap == pytest.approx(expected, rel=1e-6, abs=1e-9)
            assert row.share == pytest.approx(unit["share"], rel=1e-6, abs=1e-12)
        assert (row.unit_class, row.class_name) == (unit["class"], unit["class_name"])
    assert summary.basin_ids == [b["id"] for b in inspected.basins]
    assert summary.county_codes == [c["code"] for c in inspected.counties]
    assert summary.built_up == [b["code"] for b in inspected.built_up]
    assert summary.buffer_rivers == list(dict.fromkeys(b["river"] for b in inspected.buffers))
    assert ("buffer" in summary.flags) == bool(inspected.buffers)
    assert ("priority" in summary.flags) == any(u["class"] == 1 for u in units)
    assert ("partly_outside" in summary.flags) == bool(inspected.inside and inspected.outside_measure)


@pytest.mark.parametrize("crs", [STORAGE_CRS, METRIC_CRS])
def test_500_random_parcels_get_what_inspect_reports_for_each(dataset, crs, monkeypatch):
    monkeypatch.setattr(overlay_module, "CHUNK_FEATURES", 64)   # several chunks, on threads
    geometries = [reproject(g, METRIC_CRS, crs) for g in random_parcels(dataset, 500)]
    result = overlay(dataset, geometries, crs=crs)
    assert len(result.features) == 500
    assert [f.index for f in result.features] == list(range(500))
    seen = {"crossing": 0, "buffer": 0, "partly_outside": 0, "outside": 0, "line": 0, "point": 0, "repaired": 0}
    for index, geometry in enumerate(geometries):
        summary, rows = result.features[index], feature_rows(result, index)
        assert_same_as_inspect(dataset, summary, rows, dataset.inspect(geometry, crs=crs))
        seen["crossing"] += len(rows) > 1
        seen["buffer"] += "buffer" in summary.flags
        seen["partly_outside"] += "partly_outside" in summary.flags
        seen["outside"] += summary.status == "outside"
        seen["line"] += summary.kind == "line"
        seen["point"] += summary.kind == "point"
        seen["repaired"] += summary.repaired
    assert min(seen.values()) >= 5, seen   # every case was exercised
    assert [r.feature_index for r in result.rows] == sorted(r.feature_index for r in result.rows)
    assert result.counts["ok"] + result.counts["outside"] == 500
    assert result.counts["repaired"] == seen["repaired"]


def test_unit_overlaps_of_parcels_equal_plain_shapely_intersections(dataset):
    parcels = [g for g in random_parcels(dataset, 200, seed=3) if g.geom_type == "Polygon" and g.is_valid]
    result = overlay(dataset, parcels, crs=METRIC_CRS)
    for index, parcel in enumerate(parcels):
        expected = {}
        for record, unit in zip(dataset.units.records, dataset.units.metric):
            area = shapely.intersection(unit, parcel).area
            if area >= min(1.0, 0.1 * parcel.area):
                expected[record["unit_code"]] = area
        got = {row.unit_code: row.overlap for row in feature_rows(result, index)}
        assert got.keys() == expected.keys() or not expected
        for code, area in expected.items():
            assert got[code] == pytest.approx(area, rel=1e-6)
        summary = result.features[index]
        if expected:
            assert sum(summary.class_measure.values()) == pytest.approx(sum(expected.values()), rel=1e-6)
            assert sum(summary.class_share.values()) == pytest.approx(sum(expected.values()) / parcel.area, rel=1e-6)


def test_bad_features_get_a_status_and_a_message_and_the_rest_is_computed(dataset):
    inside = shapely.buffer(dataset.units.metric[3], -50).representative_point()
    good = shapely.box(inside.x, inside.y, inside.x + 100, inside.y + 100)
    minx, miny, _maxx, _maxy = dataset.city_metric.bounds
    geometries = [good, None, shapely.Polygon(), shapely.Point(float("nan"), 1.0),
                  shapely.Point(good.centroid.x + 4e7, 0), shapely.box(minx - 20000, miny, minx - 19000, miny + 1000),
                  shapely.LineString([(inside.x, inside.y), (inside.x, inside.y)]), good]
    result = overlay(dataset, geometries, crs=METRIC_CRS)
    statuses = [f.status for f in result.features]
    assert statuses == ["ok", "null", "empty", "invalid", "outside", "outside", "ok", "ok"]
    for summary in result.features[1:6]:
        assert summary.message and "\n" not in summary.message and summary.unit_codes == []
        assert not summary.message[0].isascii() and "(" not in summary.message.split("：")[0]   # Chinese only
    for summary in result.features[1:5]:
        with pytest.raises(InputError) as raised:
            dataset.inspect(geometries[summary.index], crs=METRIC_CRS)
        assert summary.message == " ".join(str(raised.value).split())[:200]
    assert "适用范围" in result.features[4].message
    far = result.features[5]
    assert far.kind == "polygon" and far.outside_measure == far.measure == pytest.approx(geometries[5].area)
    assert result.features[6].repaired and result.features[6].kind == "point"   # a line of one point
    assert result.features[0].unit_codes == result.features[6].unit_codes == result.features[7].unit_codes \
        == [dataset.units.records[3]["unit_code"]]
    assert result.counts == {"ok": 3, "null": 1, "empty": 1, "invalid": 1, "outside": 2, "error": 0,
                             "repaired": 1, "partly_outside": 0}
    json.dumps(result.to_dicts(), ensure_ascii=False)


def test_a_feature_geos_cannot_overlay_gets_status_error_and_the_rest_is_computed(dataset, monkeypatch):
    inside = shapely.buffer(dataset.units.metric[3], -50).representative_point()
    squares = [shapely.box(inside.x, inside.y, inside.x + side, inside.y + side) for side in (10, 17, 20)]
    real_run = overlay_module.overlay_table

    def failing_run(dataset, table, **options):   # GEOS refusing the 17 m square, wherever it is
        if numpy.isclose(table.total, 17 * 17).any():
            raise shapely.errors.GEOSException("TopologyException: side location conflict")
        return real_run(dataset, table, **options)
    monkeypatch.setattr(overlay_module, "overlay_table", failing_run)
    result = overlay(dataset, squares, crs=METRIC_CRS)
    assert [f.status for f in result.features] == ["ok", "error", "ok"]
    assert result.features[1].message.startswith("无法叠加此要素：")
    assert result.features[2].measure == pytest.approx(400) and result.counts["error"] == 1


def test_an_unknown_crs_concerns_the_whole_run(dataset):
    with pytest.raises(CRSError):
        overlay(dataset, [shapely.Point(125.1, 42.9)], crs="EPSG:999999")


def test_points_have_classes_without_measures_and_list_the_rivers_of_their_buffers(dataset):
    name = dataset.buffers.records[0]["river_name"]
    line = dataset.river_lines()[name]
    middle = shapely.line_interpolate_point(line, 0.5, normalized=True)
    result = overlay(dataset, [middle], crs=METRIC_CRS)
    summary = result.features[0]
    assert summary.kind == "point" and summary.measure == 0 and summary.buffer_measure == 0
    assert name in summary.buffer_rivers and "buffer" in summary.flags
    assert summary.nearest_river == name and summary.nearest_river_m == pytest.approx(0, abs=1e-6)
    assert set(summary.class_share.values()) == {1.0} and set(summary.class_measure.values()) == {0.0}
    assert all(row.overlap is None and row.share is None for row in result.rows)


def test_buffer_measure_and_nearest_river_of_a_parcel_across_a_river(dataset):
    name = dataset.buffers.records[0]["river_name"]
    river = dataset.river_lines()[name]
    at = shapely.line_interpolate_point(river, 0.3, normalized=True)
    parcel = shapely.box(at.x - 150, at.y - 150, at.x + 150, at.y + 150)
    summary = overlay(dataset, [parcel], crs=METRIC_CRS).features[0]
    buffers = shapely.union_all(dataset.buffers.metric)
    assert summary.buffer_measure == pytest.approx(shapely.intersection(parcel, buffers).area, rel=1e-6)
    assert summary.nearest_river == name and summary.nearest_river_m == 0
    away = shapely.box(at.x + 400, at.y + 400, at.x + 420, at.y + 420)
    far = overlay(dataset, [away], crs=METRIC_CRS).features[0]
    rivers = dataset.river_lines()
    nearest = min(rivers, key=lambda n: shapely.distance(rivers[n], away))
    assert far.nearest_river == nearest
    assert far.nearest_river_m == pytest.approx(shapely.distance(rivers[nearest], away), rel=1e-9)
    assert far.buffer_measure == 0 or far.buffer_rivers


def test_without_buffers_the_units_are_the_same(dataset):
    parcels = random_parcels(dataset, 120, seed=11)
    full = overlay(dataset, parcels, crs=METRIC_CRS)
    lean = overlay(dataset, parcels, crs=METRIC_CRS, buffers=False)
    assert [(r.feature_index, r.unit_code, r.overlap) for r in full.rows] == \
        [(r.feature_index, r.unit_code, r.overlap) for r in lean.rows]
    assert all(f.buffer_rivers == [] and f.nearest_river is None for f in lean.features)


def test_scopes_list_each_level_once_city_then_basins_then_units(dataset):
    parcels = random_parcels(dataset, 200, seed=5)
    result = overlay(dataset, parcels, crs=METRIC_CRS)
    scopes = result.scopes()
    assert scopes[0] == ("city", dataset.city_code)
    kinds = [scope for scope, _ref in scopes]
    rank = {"city": 0, "basin": 1, "class": 2, "unit": 2}
    assert kinds == sorted(kinds, key=rank.get) and len(set(scopes)) == len(scopes)
    # Each class text of 002 (CLASS-1-01 … CLASS-3-01) comes once, just before the first unit of its class.
    classes = {r.unit_code: r.unit_class for r in result.rows}
    for digit in {classes[ref] for scope, ref in scopes if scope == "unit"}:
        first = next(n for n, (scope, ref) in enumerate(scopes) if scope == "unit" and classes[ref] == digit)
        assert scopes[first - 1] == ("class", str(digit))
    assert kinds.count("class") == len({classes[ref] for scope, ref in scopes if scope == "unit"})
    inside = [f for f in result.features if f.status == "ok"]
    assert {ref for scope, ref in scopes if scope == "unit"} == {c for f in inside for c in f.unit_codes}
    assert {ref for scope, ref in scopes if scope == "basin"} == {b for f in inside for b in f.basin_ids}
    assert overlay(dataset, [shapely.Point(116.39, 39.9)]).scopes() == []


class Feedback:
    def __init__(self, cancel_after=None):
        self.fractions, self.cancel_after = [], cancel_after

    def progress(self, fraction):
        self.fractions.append(fraction)

    def cancelled(self):
        return self.cancel_after is not None and len(self.fractions) >= self.cancel_after


def test_progress_reaches_one_and_cancel_raises(dataset, monkeypatch):
    monkeypatch.setattr(overlay_module, "CHUNK_FEATURES", 50)
    parcels = random_parcels(dataset, 300, seed=9)
    feedback = Feedback()
    overlay(dataset, parcels, crs=METRIC_CRS, feedback=feedback)
    assert feedback.fractions == sorted(feedback.fractions) and feedback.fractions[-1] == 1.0
    assert len(feedback.fractions) == 6
    stopping = Feedback(cancel_after=2)
    with pytest.raises(Cancelled):
        overlay(dataset, parcels, crs=METRIC_CRS, feedback=stopping)
    assert stopping.fractions[-1] < 1.0


def test_z_coordinates_are_dropped_and_a_multi_part_feature_is_one_feature(dataset):
    inside = shapely.buffer(dataset.units.metric[8], -50).representative_point()
    flat = shapely.box(inside.x, inside.y, inside.x + 80, inside.y + 80)
    raised = shapely.force_3d(flat, 55.0)
    result = overlay(dataset, [flat, raised, shapely.MultiPolygon([flat, shapely.box(inside.x + 500, inside.y,
                                                                                     inside.x + 520, inside.y + 20)])],
                     crs=METRIC_CRS)
    assert result.features[0].measure == result.features[1].measure == pytest.approx(6400)
    assert feature_rows(result, 0)[0].overlap == feature_rows(result, 1)[0].overlap
    assert result.features[2].measure == pytest.approx(6800)


def test_the_dataset_module_does_not_import_the_engine():
    import subprocess
    import sys
    code = ("import sys, zoning_plugin.core.dataset.reader; "
            "sys.exit(any(m in sys.modules for m in ('zoning_plugin.core.engine.arrays', 'zoning_plugin.core.engine.overlay')))")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_chunks_streamed_in_order_equal_the_whole_overlay_and_are_read_as_they_go(dataset):
    """overlay_chunks: chunks of any size give the same summaries and rows as one overlay; the
    chunks are pulled from the caller a few at a time, not all first (a plan is read as it goes)."""
    parcels = random_parcels(dataset, 300, seed=11)
    whole = overlay(dataset, parcels, crs=METRIC_CRS)
    sizes = [1, 70, 0, 29, 100, 100]
    pulled, seen_before = [], []

    def chunks():
        start = 0
        for size in sizes:
            pulled.append(start)
            yield parcels[start:start + size]
            start += size
    streamed = []
    for chunk in overlay_module.overlay_chunks(dataset, chunks(), crs=METRIC_CRS, total=len(parcels)):
        seen_before.append(len(pulled))
        streamed.append(chunk)
    assert [c.start for c in streamed] == [0, 1, 71, 71, 100, 200]
    assert [len(c.features) for c in streamed] == sizes
    features = [f for c in streamed for f in c.features]
    rows = [r for c in streamed for r in c.rows]
    assert [f.index for f in features] == list(range(300))
    assert json.dumps([vars(f) for f in features], default=str) == json.dumps(
        [vars(f) for f in whole.features], default=str)
    assert [vars(r) for r in rows] == [vars(r) for r in whole.rows]
    # The first chunk came back before the last one was read: at most the workers' share ahead.
    assert seen_before[0] < len(sizes)
    assert overlay_module.result_of(dataset, features, rows).counts == whole.counts


def chunks_of_ten(parcels, pulled):
    """The parcels ten at a time, the start of each chunk put into `pulled` as it is taken."""
    for start in range(0, len(parcels), 10):
        pulled.append(start)
        yield parcels[start:start + 10]


def test_stream_cancel_stops_reading_and_raises(dataset):
    parcels = random_parcels(dataset, 200, seed=12)
    pulled = []
    feedback = Feedback(cancel_after=1)
    with pytest.raises(Cancelled):
        for _chunk in overlay_module.overlay_chunks(dataset, chunks_of_ten(parcels, pulled), crs=METRIC_CRS,
                                                    feedback=feedback, total=200):
            pass
    assert len(pulled) < 20


def test_the_workers_are_given_the_next_chunks_before_the_caller_gets_one(dataset, monkeypatch):
    """Every worker is given a chunk before the caller is handed one, and again before each next
    one (the workers used to wait while the caller wrote the chunks that had come back)."""
    monkeypatch.setattr(overlay_module.os, "cpu_count", lambda: 2)
    parcels = random_parcels(dataset, 100, seed=13)
    pulled = []
    ahead = 2       # the workers
    # `total` as of a large plan: as many workers as cores
    seen = [len(pulled) for _chunk in overlay_module.overlay_chunks(dataset, chunks_of_ten(parcels, pulled),
                                                                    crs=METRIC_CRS, total=10 ** 6)]
    assert seen == [min(10, n + ahead) for n in range(10)]


def test_two_runs_at_once_never_share_a_workers_targets(dataset, monkeypatch):
    """Processing runs each algorithm as a background task, so two overlays may overlap: each run's
    workers get copies of the targets that no other run holds meanwhile, never the original (a
    prepared geometry is for one thread at a time); the copies given back serve the next run."""
    from zoning_plugin.core.engine.targets import targets_of
    monkeypatch.setattr(overlay_module.os, "cpu_count", lambda: 2)
    first, second = random_parcels(dataset, 40, seed=14), random_parcels(dataset, 40, seed=15)
    of_first = {id(parcel) for parcel in first}
    used = {"first": set(), "second": set()}
    overlaid = overlay_module._overlaid

    def spy(dataset_, geometries, start, crs, min_overlap, buffers, targets):
        used["first" if id(geometries[0]) in of_first else "second"].add(id(targets))
        return overlaid(dataset_, geometries, start, crs, min_overlap, buffers, targets)
    monkeypatch.setattr(overlay_module, "_overlaid", spy)

    def run(parcels):
        return overlay_module.overlay_chunks(dataset, (parcels[n:n + 10] for n in range(0, 40, 10)),
                                             crs=METRIC_CRS, total=10 ** 6)
    running = run(first)
    next(running)                        # the first run holds its copies …
    assert len(list(run(second))) == 4   # … while a second run goes from start to end
    assert len(list(running)) == 3
    original = targets_of(dataset)
    assert used["first"] and used["second"] and not used["first"] & used["second"]
    assert id(original) not in used["first"] | used["second"]
    spare = {id(copy) for copy in original._spare}
    used["second"].clear()
    assert len(list(run(second))) == 4          # the copies given back serve it: none is made
    assert used["second"] <= spare and len(original._spare) == len(spare)
