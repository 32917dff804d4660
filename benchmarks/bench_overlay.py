"""Benchmark (issue 7 §4, issue 21 §2): overlaying a land-use plan of 100k and 1M parcels on the 61 units.

Plans (benchmarks/plans.py), seeded, each a partition of the city, one GeoPackage per plan type,
size and CRS under build/bench-overlay/, made once and reused: "voronoi", Voronoi cells of points
uniform in the city (about 7 vertices), and "survey", a 三调-like survey (survey_plan.py: 20-200
vertices, noisy edges partly snapped to the unit lines, holes, multiparts, a land-use class).
EPSG:4490, or --crs EPSG:4551, the metric CRS plans are often drawn in. Each path runs
in a subprocess of its own (its own peak memory, VmHWM), timed (wall and CPU, all threads) from
reading the plan to having per-parcel class areas (interpreter start, imports and QGIS start-up not
counted):
  conformity  zoning:conformity through processing.run, all outputs (buffers included), to files
  overlay     core overlay() with I/O: OGR (Arrow stream) -> WKB -> shapely, buffers included
  overlay_nobuf  the same with buffers=False (no river buffers, no nearest river)
  qgis_copy   no overlay: QGIS reads the plan and writes it with one field added (native:
              addfieldtoattributestable to a GeoPackage), the I/O any Processing algorithm pays
  native      the QGIS user's path in one PyQGIS process: native:reprojectlayer to EPSG:4551,
              native:intersection with control_units, $area by native:fieldcalculator,
              qgis:statisticsbycategories by parcel and unit class
  native_all  the same for every layer conformity's output answers for (units, counties, basins,
              built-up areas, river buffers: an intersection, $area and statistics each) and the
              nearest river with its distance (native:joinbynearest): QGIS's own algorithms doing
              the work of conformity's feature output (not its units table or report); by
              request only (--paths), it takes minutes
  floor_all   the floor for every layer conformity's output answers for: the units, counties,
              basins, built-up areas and river buffers overlaid the same way, and each parcel's
              nearest river with its distance (STRtree.query_nearest)
  floor       plain shapely 2, units only, with I/O: the units densified as the dataset stores
              them and the parcels as the overlay takes a plan (geo.densify_many in their own CRS,
              docs/overlay-rules.md §1), then a tree on the parcels queried by the prepared units;
              parcels properly inside a unit take their own area, the rest are cut (all cores);
              an overlap under 1 m² (or a tenth of a small parcel) does not count, as in the
              overlay (rules.counts, overlay-rules §2)
Agreement with the floor: per parcel and unit class, the difference of the class areas as a share of
the parcel's area, at most 0.1 % (AGREEMENT below says why).
Run: .venv/bin/python benchmarks/bench_overlay.py [--plans voronoi,survey] [--sizes 100000,1000000]
     [--repeats 3]
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import zoning_plugin.core.proj_data  # noqa: E402,F401  (before pyproj)
import numpy  # noqa: E402
import shapely  # noqa: E402

from plans import PARCEL_ID, PLAN_TYPES, ensure_plan  # noqa: E402
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, open_dataset  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, densify_many, reproject  # noqa: E402
from zoning_plugin.core.engine.thresholds import counts, minimum_overlaps  # noqa: E402

# The floor first: the others are checked against it.
PATHS = ("floor", "floor_all", "overlay", "overlay_nobuf", "conformity", "qgis_copy", "native", "native_all")
UNCHECKED = ("qgis_copy",)   # no class areas to compare
SEED = 4551
CLASSES = (1, 2, 3)


# --- plans ----------------------------------------------------------------------------------------

PLAN_CRS = STORAGE_CRS   # --crs


def read_plan(path):
    """(parcel ids, shapely geometries) of a plan GeoPackage, read by OGR as an Arrow stream of WKB."""
    columns = read_columns(path, [PARCEL_ID], geometry=True)
    return columns[PARCEL_ID], shapely.from_wkb(columns["geometry"])


# --- the paths (each in its own process) -------------------------------------------------------------

def run_overlay(plan, _work, buffers=True):
    from zoning_plugin.core.engine.overlay import overlay
    dataset = open_dataset()
    ids, geometries = read_plan(plan)
    result = overlay(dataset, geometries, crs=PLAN_CRS, buffers=buffers)
    areas = numpy.zeros((len(ids), len(CLASSES)))
    for n, summary in enumerate(result.features):
        for unit_class, measure in summary.class_measure.items():
            areas[n, CLASSES.index(unit_class)] = measure
    return ids, areas


# The layers floor_all overlays besides the units, as conformity's feature output answers for them.
FLOOR_LAYERS = ("counties", "basins", "built_up_area", "river_buffers")


def _stored_metric(source, name):
    """WKB of a dataset layer in the metric CRS, as the dataset stores it (dataset.Layer): edges
    straight in EPSG:4490, densified there; and the layer's features."""
    features = list(source.GetLayerByName(name))
    wkb = [bytes(feature.GetGeometryRef().ExportToIsoWkb()) for feature in features]
    return shapely.to_wkb(reproject(densify_many(shapely.from_wkb(wkb), STORAGE_CRS), STORAGE_CRS, METRIC_CRS)), features


def _overlaps(parcels, layer):
    """(layer feature, parcel, area) of every pair that intersects: a parcel properly inside takes
    its own area, the rest are cut."""
    feature, parcel = shapely.STRtree(parcels).query(layer, predicate="intersects")
    whole = shapely.contains_properly(layer[feature], parcels[parcel])
    area = shapely.area(parcels[parcel])
    cut = ~whole
    area[cut] = shapely.area(shapely.intersection(parcels[parcel[cut]], layer[feature[cut]]))
    return feature, parcel, area


def run_floor(plan, _work, every_layer=False):
    """`every_layer` (floor_all): also the counties, basins, built-up areas and river buffers, each
    overlaid the same way, and each parcel's nearest river with its distance."""
    from osgeo import ogr
    ogr.UseExceptions()
    source = ogr.Open(SAMPLE_DATASET_PATH)
    unit_metric, units = _stored_metric(source, "control_units")
    unit_class = [int(feature.GetField("unit_class")) for feature in units]
    others = [_stored_metric(source, name)[0] for name in FLOOR_LAYERS] if every_layer else []
    rivers = _stored_metric(source, "rivers")[0] if every_layer else None
    ids, geometries = read_plan(plan)
    chunks = numpy.array_split(numpy.arange(len(geometries)), 8)

    def chunk_areas(chunk):
        units = shapely.from_wkb(unit_metric)   # a prepared geometry is not safe to share between threads
        shapely.prepare(units)
        # As the overlay takes a plan (query._plain_metric): densified in its own CRS, unless that
        # is the metric CRS, where its edges are straight already.
        parcels = geometries[chunk]
        if PLAN_CRS != METRIC_CRS:
            parcels = reproject(densify_many(parcels, PLAN_CRS), PLAN_CRS, METRIC_CRS)
        unit, parcel, area = _overlaps(parcels, units)
        measure = shapely.area(parcels)
        area = numpy.where(counted_overlaps(parcel, area, measure), area, 0.0)
        for layer in others:
            layer = shapely.from_wkb(layer)
            shapely.prepare(layer)
            _feature, other_parcel, other_area = _overlaps(parcels, layer)
            counted_overlaps(other_parcel, other_area, measure)
        if rivers is not None:
            shapely.STRtree(shapely.from_wkb(rivers)).query_nearest(parcels, return_distance=True, all_matches=False)
        classes = numpy.asarray(unit_class)[unit] - 1
        return numpy.bincount(parcel * 3 + classes, weights=area, minlength=len(chunk) * 3).reshape(-1, 3)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        areas = numpy.vstack(list(pool.map(chunk_areas, chunks)))
    return ids, areas


def counted_overlaps(parcel, area, measure):
    """Per (parcel, unit) overlap: whether it counts by the overlay's rule (rules.counts: 1 m² or a
    tenth of the parcel, whichever is smaller; docs/overlay-rules.md §2), and where none of a
    parcel's counts, its largest. The rule is the plugin's reading on purpose, so the floor
    applies it too: the agreement then measures the overlay, not the rule."""
    counted = counts(numpy.full(len(area), 2), area, minimum_overlaps(numpy.full(len(measure), 2), measure)[parcel])
    none = numpy.bincount(parcel, weights=counted, minlength=len(measure)) == 0
    open_ = numpy.flatnonzero(none[parcel] & (area > 0))
    if len(open_):
        open_ = open_[numpy.lexsort((-area[open_], parcel[open_]))]
        counted[open_[numpy.r_[True, parcel[open_][1:] != parcel[open_][:-1]]]] = True
    return counted


def _start_qgis():
    from qgis.core import QgsApplication
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from qgis.analysis import QgsNativeAlgorithms
    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        registry.addProvider(QgsNativeAlgorithms())
    return app


STEP_SECONDS = {}   # the native path's steps, reported with its time


def _native_step(name, algorithm, parameters):
    """processing.run into a memory layer, its time kept under `name` in STEP_SECONDS (summed)."""
    from qgis import processing
    start = time.perf_counter()
    output = processing.run(algorithm, dict(parameters, OUTPUT="memory:"))["OUTPUT"]
    STEP_SECONDS[name] = round(STEP_SECONDS.get(name, 0.0) + time.perf_counter() - start, 2)
    return output


def _native_layer(name, crs):
    """A layer of the sample dataset reprojected to `crs`."""
    from qgis.core import QgsVectorLayer
    return _native_step(f"reproject {name}", "native:reprojectlayer", {
        "INPUT": QgsVectorLayer(f"{SAMPLE_DATASET_PATH}|layername={name}", name, "ogr"), "TARGET_CRS": crs})


def _native_areas(reprojected, overlay, field, name):
    """Per parcel and value of the overlay's `field`: the area of their intersection (a table)."""
    pieces = _native_step(f"intersection {name}", "native:intersection", {
        "INPUT": reprojected, "OVERLAY": overlay, "INPUT_FIELDS": [PARCEL_ID], "OVERLAY_FIELDS": [field]})
    measured = _native_step("$area", "native:fieldcalculator", {
        "INPUT": pieces, "FIELD_NAME": "area_m2", "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 4,
        "FORMULA": "$area"})
    return _native_step("statistics", "qgis:statisticsbycategories", {
        "INPUT": measured, "VALUES_FIELD_NAME": "area_m2", "CATEGORIES_FIELD_NAME": [PARCEL_ID, field]})


def run_native(plan, work, every_layer=False):
    """Both layers reprojected to EPSG:4551 first, as a user sets up a metric project: intersecting
    with units in another CRS would transform each unit again for every parcel. `every_layer`: also
    counties, basins, built-up areas and river buffers, and the nearest river (native_all)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer
    metric = QgsCoordinateReferenceSystem("EPSG:4551")
    units = _native_layer("control_units", metric)
    parcels = QgsVectorLayer(plan, "plan", "ogr")
    reprojected = _native_step("reproject plan", "native:reprojectlayer", {"INPUT": parcels, "TARGET_CRS": metric})
    table = _native_areas(reprojected, units, "unit_class", "units")
    if every_layer:
        for layer, field in (("counties", "code"), ("basins", "basin_id"), ("built_up_area", "code"),
                             ("river_buffers", "river_name")):
            _native_areas(reprojected, _native_layer(layer, metric), field, layer)
        _native_step("nearest river", "native:joinbynearest", {
            "INPUT": reprojected, "INPUT_2": _native_layer("rivers", metric), "FIELDS_TO_COPY": ["river_name"],
            "NEIGHBORS": 1, "DISCARD_NONMATCHING": False})
    ids = numpy.array([f[PARCEL_ID] for f in parcels.getFeatures()])
    row = {parcel: n for n, parcel in enumerate(ids)}
    areas = numpy.zeros((len(ids), len(CLASSES)))
    for feature in table.getFeatures():
        areas[row[feature[PARCEL_ID]], CLASSES.index(int(feature["unit_class"]))] = feature["sum"]
    return ids, areas


class Unavailable(Exception):
    """A path that cannot run in this tree (said, not hidden)."""


def conformity_available():
    return os.path.exists(os.path.join(ROOT, "zoning_plugin", "algorithms", "conformity", "algorithm.py"))


def run_conformity(plan, work):
    """zoning:conformity, all three outputs to files; class areas read back from its feature output."""
    from qgis import processing
    from qgis.core import QgsApplication
    from zoning_plugin.algorithms.conformity.fields import SummaryFields
    from zoning_plugin.algorithms.provider import ZoningProvider
    registry = QgsApplication.processingRegistry()
    registry.addProvider(ZoningProvider())
    if registry.algorithmById("zoning:conformity") is None:
        raise Unavailable("the zoning provider has no conformity algorithm yet")
    results = processing.run("zoning:conformity", {
        "INPUT": plan, "MIN_AREA": 1.0, "OUTPUT": os.path.join(work, "conformity.gpkg"),
        "OUTPUT_UNITS": os.path.join(work, "conformity_units.gpkg"), "OUTPUT_HTML": os.path.join(work, "report.html")})
    # The class-area fields as the algorithm names them for a polygon layer (优先面积, ...), read
    # back through OGR's Arrow stream like the plan (reading them is the benchmark's, not the path's).
    fields = SummaryFields(open_dataset(), "polygon", {})
    names = [fields.short_class_name(c) + fields.word for c in CLASSES]
    columns = read_columns(results["OUTPUT"], [PARCEL_ID] + names)
    return columns[PARCEL_ID], numpy.column_stack([numpy.nan_to_num(columns[n].astype(float)) for n in names])


def run_qgis_copy(plan, work):
    """The least any Processing algorithm writing such a layer does: QGIS reads the plan and writes
    it to a GeoPackage with one field added (native:addfieldtoattributestable); no overlay. Its
    'areas' are each parcel's whole area in its first unit class column, not checked."""
    from qgis import processing
    output = processing.run("native:addfieldtoattributestable", {
        "INPUT": plan, "FIELD_NAME": "copied", "FIELD_TYPE": 1, "FIELD_LENGTH": 10, "FIELD_PRECISION": 0,
        "OUTPUT": os.path.join(work, "copy.gpkg")})["OUTPUT"]
    ids = read_columns(output, [PARCEL_ID])[PARCEL_ID]
    return ids, numpy.zeros((len(ids), len(CLASSES)))


def read_columns(path, names, geometry=False):
    """{name: numpy array} of a GeoPackage's first layer, read by OGR as an Arrow stream; with
    `geometry`, its WKB too, as "geometry"."""
    from osgeo import ogr
    ogr.UseExceptions()
    source = ogr.Open(path.split("|")[0])
    layer = source.GetLayer(0)
    # Only the columns asked for, batch by batch: reading a million rows of conformity's thirty
    # fields back whole would cost the path's process a gigabyte its peak memory is not about.
    definition = layer.GetLayerDefn()
    others = [definition.GetFieldDefn(n).GetName() for n in range(definition.GetFieldCount())]
    layer.SetIgnoredFields([name for name in others if name not in names] + ([] if geometry else ["OGR_GEOMETRY"]))
    parts = {name: [] for name in names + (["geometry"] if geometry else [])}
    for batch in layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO", "INCLUDE_FID=NO"]):
        for name in names:
            parts[name].append(numpy.asarray(batch[name]))
        if geometry:
            parts["geometry"].append(batch[layer.GetGeometryColumn()])
    return {name: numpy.concatenate(arrays) for name, arrays in parts.items()}


def peak_mib():
    """This process's peak resident memory (MiB): VmHWM, which starts again at exec. Not ru_maxrss:
    Linux carries that over exec from the process forked, so a child of a parent that had made a
    large plan reported the parent's size."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024     # not Linux


def _cpu_seconds():
    """CPU time of this process so far, all threads (user and system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(path, plan, areas_out):
    """Runs one path; prints its seconds and peak memory as JSON; saves per-parcel class areas."""
    app = _start_qgis() if path in ("native", "native_all", "conformity", "qgis_copy") else None
    runner = {"overlay": run_overlay, "overlay_nobuf": lambda plan, work: run_overlay(plan, work, buffers=False),
              "floor": run_floor, "native": run_native, "conformity": run_conformity,
              "native_all": lambda plan, work: run_native(plan, work, every_layer=True),
              "floor_all": lambda plan, work: run_floor(plan, work, every_layer=True),
              "qgis_copy": run_qgis_copy}[path]
    with tempfile.TemporaryDirectory() as work:
        cpu_start = _cpu_seconds()
        start = time.perf_counter()
        try:
            ids, areas = runner(plan, work)
        except Unavailable as reason:
            print(json.dumps({"unavailable": str(reason)}))
            return
        seconds = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu_start
    order = numpy.argsort(ids)
    numpy.save(areas_out, areas[order])
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak_mib(), "features": len(ids),
                      "steps": STEP_SECONDS}))
    if app is not None:
        app.exitQgis()


# --- the parent: plans, runs, table ----------------------------------------------------------------

def run_path(path, plan, areas_out):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    done = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", path, "--plan", plan,
                           "--areas", areas_out, "--crs", PLAN_CRS], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{path} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# The floor applies the overlay's counting rule (counted_overlaps), not its mean-width rule
# (overlay-rules §3: a piece under 0.1 m mean width is a boundary drawn twice): what may remain is
# such a sliver, at most 0.1 m times the boundary the parcel shares with a unit, and rounding.
# 0.1 % of the parcel's area is 1 m² of a 1000 m² parcel: a 10 m stretch of a 0.1 m sliver.
AGREEMENT = 1e-3
AGREEMENT_TEXT = ("the largest per-parcel class-area difference from the floor, as a share of the parcel's area "
                  f"(must be <= {AGREEMENT:.0e}); both count an overlap from 1 m² or a tenth of the parcel "
                  "(overlay-rules §2); the overlay leaves out slivers under 0.1 m mean width (§3), the floor not; "
                  "conformity's areas are rounded to 0.01 m²")


# zoning:conformity writes areas in m² to two decimals: up to 0.005 m² of a difference is its rounding.
ROUNDING_M2 = {"conformity": 0.005}
# A path that measures another geometry than the plugin: said beside its figure, not flagged.
UNLIKE = {"native": "QGIS reprojects the units without densifying them: their edges run straight in EPSG:4551"}
UNLIKE["native_all"] = UNLIKE["native"]


def agreement(areas, reference, parcel_area, rounding=0.0):
    """The largest per-parcel class-area difference beyond `rounding` (m²), as a share of the
    parcel's area."""
    beyond = numpy.maximum(numpy.abs(areas - reference).max(axis=1) - rounding, 0.0)
    return float((beyond / parcel_area).max())


def run_size(plan_type, size, plan, paths, args, medians, peaks):
    """Every path on one plan: a line each, as it finishes."""
    areas = {}
    for path in paths:
        repeats = args.native_repeats if path.startswith("native") and args.native_repeats else args.repeats
        out = os.path.join(args.work, f"areas_{plan_type}_{size}_{path}.npy")
        results = [run_path(path, plan, out)]
        if "unavailable" in results[0]:
            print(f"{plan_type:8} {size:>8} {path:13} left out: {results[0]['unavailable']}")
            continue
        results += [run_path(path, plan, out) for _ in range(repeats - 1)]
        areas[path] = numpy.load(out)
        seconds = [r["seconds"] for r in results]
        key = plan_type, size, path
        medians[key], peaks[key] = statistics.median(seconds), max(r["peak_mib"] for r in results)
        agree = float("nan")
        if "floor" in areas and path not in UNCHECKED:
            agree = agreement(areas[path], areas["floor"], numpy.maximum(areas["floor"].sum(axis=1), 1.0),
                              ROUNDING_M2.get(path, 0.0))
        cpu = statistics.median(r["cpu"] for r in results)
        print(f"{plan_type:8} {size:>8} {path:13} {repeats:>4} {medians[key]:9.2f} {min(seconds):7.2f} "
              f"{cpu:6.1f} {peaks[key]:9.0f} {agree:12.2e}"
              + (f"  ({UNLIKE[path]})" if path in UNLIKE else f"  DISAGREES (> {AGREEMENT:.0e})"
                 if agree > AGREEMENT else ""), flush=True)
        if results[-1].get("steps"):
            print(f"{'':31}steps (last run, s): {results[-1]['steps']}")


def ratios(plan_type, size, medians):
    """The issue's ratios (§3) of one plan, from the medians."""
    m = {p: medians[plan_type, size, p] for p in PATHS if (plan_type, size, p) in medians}
    line = [f"{plan_type} {size}:"]
    if "native" in m and "conformity" in m:
        line.append(f"native/conformity {m['native'] / m['conformity']:.1f}x (target >= 5)")
    if "native" in m and "overlay" in m:
        line.append(f"native/overlay {m['native'] / m['overlay']:.1f}x")
    if "native_all" in m and "conformity" in m:
        line.append(f"native_all/conformity {m['native_all'] / m['conformity']:.1f}x (the same layers)")
    if "conformity" in m and "qgis_copy" in m and "floor_all" in m:
        line.append(f"conformity/(qgis_copy + floor_all) {m['conformity'] / (m['qgis_copy'] + m['floor_all']):.2f}x "
                    "(the same layers)")
    if "conformity" in m and "qgis_copy" in m and "floor" in m:
        line.append(f"conformity/(qgis_copy + floor) {m['conformity'] / (m['qgis_copy'] + m['floor']):.2f}x "
                    "(target <= 2.5)")
    if "floor" in m:
        line += [f"{path}/floor {m[path] / m['floor']:.2f}x" for path in ("conformity", "overlay") if path in m]
    if "conformity" in m and "qgis_copy" in m:
        line.append(f"conformity beyond QGIS's own read and write {m['conformity'] - m['qgis_copy']:.2f} s")
    return "  ".join(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", default=",".join(PLAN_TYPES), help="comma-separated: voronoi, survey")
    parser.add_argument("--sizes", default="100000", help="comma-separated parcel counts")
    parser.add_argument("--repeats", type=int, default=3, help="runs per path and size (median)")
    parser.add_argument("--native-repeats", type=int, default=None,
                        help="runs of the native path (default: --repeats; it is the slow one)")
    parser.add_argument("--paths", default=",".join(PATHS))
    parser.add_argument("--seed", type=int, default=SEED, help="the plans' seed")
    parser.add_argument("--work", default=os.path.join(ROOT, "build", "bench-overlay"))
    parser.add_argument("--crs", default=STORAGE_CRS, help="the plans' CRS (EPSG:n; default EPSG:4490)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--plan", help=argparse.SUPPRESS)
    parser.add_argument("--areas", help=argparse.SUPPRESS)
    args = parser.parse_args()
    global PLAN_CRS
    PLAN_CRS = args.crs.upper()
    if args.child:
        return child(args.child, args.plan, args.areas)

    plan_types = [p for p in args.plans.split(",") if p]
    unknown = set(plan_types) - set(PLAN_TYPES)
    if unknown:
        parser.error(f"unknown plan type(s) {', '.join(sorted(unknown))}; known: {', '.join(PLAN_TYPES)}")
    paths = [p for p in args.paths.split(",") if p]
    if "conformity" in paths and not conformity_available():
        print("zoning:conformity: algorithms/conformity/algorithm.py is not in the tree; that path is left out")
        paths.remove("conformity")
    sizes = [int(s) for s in args.sizes.split(",")]
    medians, peaks = {}, {}
    print(f"agreement: {AGREEMENT_TEXT}")
    print(f"{'plan':8} {'size':>8} {'path':13} {'runs':>4} {'median s':>9} {'min s':>7} {'CPU s':>6} "
          f"{'peak MiB':>9} {'vs floor':>12}")
    for plan_type in plan_types:
        for size in sizes:
            plan, made = ensure_plan(args.work, plan_type, size, args.seed, PLAN_CRS)
            if made is not None:
                print(f"{plan_type:8} {size:>8} plan made: {made}", flush=True)
            run_size(plan_type, size, plan, paths, args, medians, peaks)
    print()
    for plan_type in plan_types:
        for size in sizes:
            print(ratios(plan_type, size, medians))
        if len(sizes) >= 2:
            small, large = min(sizes), max(sizes)
            for path in paths:
                if (plan_type, small, path) in medians and (plan_type, large, path) in medians:
                    print(f"{plan_type} {path}: {small} -> {large} time ratio "
                          f"{medians[plan_type, large, path] / medians[plan_type, small, path]:.1f}x "
                          f"(target <= {large / small:.0f}, issue 21 §3); "
                          f"peak {peaks[plan_type, large, path]:.0f} MiB")


if __name__ == "__main__":
    main()
