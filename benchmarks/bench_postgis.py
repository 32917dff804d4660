"""Benchmark (issue 19 §3): zoning:conformity on a plan that lives in PostGIS, in QGIS ("in-process":
QGIS reads the plan table and the engine overlays it) and inside the database ("in-database": the
overlay runs in SQL on the published targets, core/postgis/overlay.py), at BENCH_SIZES parcels.

A throwaway cluster (tests/qgis/postgis_support.py's, started and removed here) holds the sample
dataset, published by the core, and the plan: benchmarks/plans.py's generated plans (voronoi or
survey, EPSG:4551 by default), loaded by GDAL with a GiST index. Each path runs zoning:conformity
through processing.run in a QGIS process of its own (its settings in a temporary HOME), the same
plan layer, the features and units table written to GeoPackages (no HTML report: its maps cost
the same in both); timed from processing.run to its return: wall, CPU of the QGIS process (all
threads) and the QGIS process's peak memory (VmHWM); beside them the server's CPU seconds
(its postmaster and the backends it reaped, from /proc: what the run cost the server).
Agreement: per parcel and unit class the class areas of both outputs, the largest difference as a
share of the parcel's area (must be <= 0.1 %).
Run: .venv/bin/python benchmarks/bench_postgis.py [--sizes 100000,1000000] [--plan voronoi] [--crs EPSG:4551]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests", "qgis"))

import bench_overlay  # noqa: E402
from bench_overlay import CLASSES, _cpu_seconds, _start_qgis, peak_mib, read_columns  # noqa: E402
from plans import PARCEL_ID, ensure_plan  # noqa: E402
import numpy  # noqa: E402

CONNECTION = "bench bureau"
PATHS = ("in-process", "in-database")
AGREEMENT = 1e-3


def child(path, conninfo_json, table, work):
    """One run of zoning:conformity in this QGIS process; prints its figures as JSON."""
    app = _start_qgis()
    from qgis import processing
    from qgis.core import QgsApplication, QgsDataSourceUri, QgsVectorLayer
    from postgis_support import save_connection
    from zoning_plugin.algorithms.conformity.fields import SummaryFields
    from zoning_plugin.algorithms.provider import ZoningProvider
    from zoning_plugin.core import SAMPLE_DATASET_PATH, open_dataset
    from zoning_plugin.toolbelt.settings import ZoningSettings
    server = json.loads(conninfo_json)

    class Cluster:   # what save_connection needs of postgis_support.Cluster
        port = server["port"]
    save_connection(CONNECTION, Cluster, server["database"])
    settings = ZoningSettings.load()
    settings.dataset_path, settings.pg_connection, settings.pg_schema = "", CONNECTION, "bureau"
    settings.save()
    provider = ZoningProvider()       # held: the registry does not keep the Python object alive
    QgsApplication.processingRegistry().addProvider(provider)
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(server["port"]), server["database"], "postgres", "")
    uri.setDataSource("public", table, "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    extra = {"DATASET": SAMPLE_DATASET_PATH} if path == "in-process" else {}
    output = os.path.join(work, f"{path}.gpkg")
    from qgis.core import QgsProcessingFeedback
    said = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            said.append(info)
    cpu_start, start = _cpu_seconds(), time.perf_counter()
    processing.run("zoning:conformity", {"INPUT": layer, "MIN_AREA": 1.0, "OUTPUT": output,
                                         "OUTPUT_UNITS": os.path.join(work, f"{path}_units.gpkg"), **extra},
                   feedback=Feedback())
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    peak = peak_mib()
    fields = SummaryFields(open_dataset(), "polygon", {})
    names = [fields.short_class_name(c) + fields.word for c in CLASSES]
    columns = read_columns(output, [PARCEL_ID] + names)
    order = numpy.argsort(columns[PARCEL_ID])
    numpy.save(os.path.join(work, f"{path}.npy"),
               numpy.column_stack([numpy.nan_to_num(columns[n].astype(float)) for n in names])[order])
    in_database = any(line.startswith("Conformity runs inside the database") for line in said)
    if in_database != (path == "in-database"):
        raise SystemExit(f"{path}: the run went the other way: {said}")
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak, "features": len(order)}))
    app.exitQgis()


def run_child(path, server, table, work):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT, HOME=os.path.join(work, "home"))
    done = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", path, "--server", json.dumps(server),
                           "--table", table, "--work", work], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{path} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def server_cpu_seconds(cluster):
    """CPU seconds of the server so far: its postmaster and the backends it has reaped (each run's
    connections end with the run), from /proc (utime, stime, cutime, cstime)."""
    with open(os.path.join(cluster.data, "postmaster.pid")) as pid_file:
        pid = pid_file.readline().strip()
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def parcel_areas(plan):
    """Each parcel's area (its CRS's units), in parcel id order."""
    import shapely
    columns = read_columns(plan, [PARCEL_ID], geometry=True)
    order = numpy.argsort(columns[PARCEL_ID])
    return shapely.area(shapely.from_wkb(columns["geometry"]))[order]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--plan", default="voronoi", help="voronoi or survey (benchmarks/plans.py)")
    parser.add_argument("--crs", default="EPSG:4551", help="the plan's CRS")
    parser.add_argument("--work", default=os.path.join(ROOT, "build", "bench-overlay"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--server", help=argparse.SUPPRESS)
    parser.add_argument("--table", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.server, args.table, args.work)
    import postgis_support
    from osgeo import gdal
    from zoning_plugin.core import SAMPLE_DATASET_PATH
    from zoning_plugin.core.postgis import set_conninfo_resolver
    from zoning_plugin.core.postgis.publish import publish
    reason = postgis_support._missing()
    if reason:
        sys.exit(f"bench-postgis needs PostgreSQL and PostGIS: {reason}")
    cluster = postgis_support.Cluster().start()
    try:
        database = cluster.create_database("bench")
        set_conninfo_resolver(lambda _name: cluster.conninfo(database))
        publish(CONNECTION, "bureau", SAMPLE_DATASET_PATH)
        server = {"port": cluster.port, "database": database}
        print(f"PostgreSQL + PostGIS on 127.0.0.1:{cluster.port}, the sample dataset published; "
              f"{os.cpu_count()} cores; plans: {args.plan}, {args.crs}")
        print(f"{'parcels':>9} {'path':<12} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9} {'parcels/s':>10} "
              f"{'server CPU s':>13}")
        for size in (int(s) for s in args.sizes.split(",")):
            plan, made = ensure_plan(args.work, args.plan, size, bench_overlay.SEED, args.crs)
            if made:
                print(f"plan made: {made}")
            table = f"plan_{size}"
            start = time.perf_counter()
            gdal.VectorTranslate(f"PG:{cluster.conninfo(database)}", plan, layerName=table,
                                 layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid"], accessMode="overwrite")
            print(f"{size:>9} loaded into PostGIS in {time.perf_counter() - start:.1f} s")
            with tempfile.TemporaryDirectory() as work:
                figures = {}
                for path in PATHS:
                    before = server_cpu_seconds(cluster)
                    figures[path] = f = run_child(path, server, table, work)
                    f["server_cpu"] = server_cpu_seconds(cluster) - before
                    print(f"{size:>9} {path:<12} {f['seconds']:>8.1f} {f['cpu']:>8.1f} {f['peak_mib']:>9.0f} "
                          f"{f['features'] / f['seconds']:>10.0f} {f['server_cpu']:>13.1f}")
                areas = {path: numpy.load(os.path.join(work, f"{path}.npy")) for path in PATHS}
            worst = float(numpy.max(numpy.abs(areas["in-database"] - areas["in-process"]).max(axis=1)
                                    / numpy.maximum(parcel_areas(plan), 1e-9)))
            print(f"{size:>9} agreement: largest class-area difference per parcel {worst:.2e} of its area "
                  f"({'within' if worst <= AGREEMENT else 'OVER'} {AGREEMENT:.0e})")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
