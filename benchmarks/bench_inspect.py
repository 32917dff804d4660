"""Benchmark: dataset.inspect() on 1,000 random points, against two obvious alternatives.

Prints median and p95 (ms) for:
  engine     dataset.inspect(point): STRtree + prepared geometries, full result with requirements
  brute      shapely, no index: test every unit, basin, county and buffer polygon in turn
  ogr        OGR spatial filter on the GeoPackage (its R-tree) for the unit layer only, per point
and the overlay of all the points in one call (core/engine/overlay.py), for what a batch saves.
Run: .venv/bin/python benchmarks/bench_inspect.py [--points 1000] [--seed 7]
"""
import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import numpy  # noqa: E402
import shapely  # noqa: E402

from zoning_plugin.core import open_dataset  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject  # noqa: E402
from zoning_plugin.core.engine.overlay import overlay  # noqa: E402


def percentile(values, q):
    return float(numpy.percentile(values, q))


def timed(fn, points):
    times = []
    for point in points:
        start = time.perf_counter()
        fn(point)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    start = time.perf_counter()
    dataset = open_dataset()
    open_ms = (time.perf_counter() - start) * 1000
    rng = numpy.random.default_rng(args.seed)
    minx, miny, maxx, maxy = shapely.union_all(dataset.city.geometries).bounds
    points = [shapely.Point(x, y) for x, y in zip(rng.uniform(minx, maxx, args.points),
                                                   rng.uniform(miny, maxy, args.points))]
    inside = sum(dataset.inspect(p).inside for p in points[:200])

    polygons = (dataset.units.geometries + dataset.basins.geometries + dataset.counties.geometries
                + dataset.buffers.geometries)

    def brute(point):
        return [i for i, polygon in enumerate(polygons) if polygon.intersects(point)]

    from osgeo import ogr
    ogr.UseExceptions()
    source = ogr.Open(dataset.path)
    units = source.GetLayerByName("control_units")

    def ogr_filter(point):
        units.SetSpatialFilterRect(point.x, point.y, point.x, point.y)
        hits = [f.GetField("unit_code") for f in units
                if f.GetGeometryRef().Intersects(ogr.CreateGeometryFromWkb(point.wkb))]
        units.SetSpatialFilter(None)
        return hits

    runs = {"engine (full result)": timed(dataset.inspect, points),
            "engine, metric CRS input": timed(lambda p: dataset.inspect(reproject(p, STORAGE_CRS, METRIC_CRS),
                                                                        crs=METRIC_CRS), points[:300]),
            "brute-force shapely (lookup only)": timed(brute, points),
            "OGR spatial filter, units only": timed(ogr_filter, points)}
    print(f"dataset: {dataset.title} {dataset.version}; open + index {open_ms:.0f} ms; "
          f"{len(dataset.units)} units, {len(dataset.buffers)} buffers")
    print(f"points: {args.points} uniform in the city's bounding box (seed {args.seed}); "
          f"{inside / 2:.0f}% of the first 200 inside the city")
    print(f"{'method':36} {'median ms':>10} {'p95 ms':>10} {'max ms':>10}")
    for name, times in runs.items():
        print(f"{name:36} {statistics.median(times):10.3f} {percentile(times, 95):10.3f} {max(times):10.3f}")
    overlay(dataset, points[:10])   # the worker threads' copies of the layers, made once
    start = time.perf_counter()
    overlay(dataset, points)
    batch_ms = (time.perf_counter() - start) * 1000
    print(f"overlay of all {args.points} points in one call: {batch_ms:.1f} ms "
          f"({batch_ms / args.points * 1000:.1f} µs a point, summaries and unit rows included)")
    p95 = percentile(runs["engine (full result)"], 95)
    print(f"target p95 <= 5 ms: {'met' if p95 <= 5 else 'NOT met'} ({p95:.3f} ms)")


if __name__ == "__main__":
    main()
