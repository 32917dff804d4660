"""The overlay benchmark's plans: seeded land-use layers covering the sample city, one GeoPackage
per plan type, size, seed and CRS under build/bench-overlay/, made once and reused.

  voronoi  Voronoi cells of points uniform in the city, clipped to it (about 7 vertices each)
  survey   a 三调-like survey (survey_plan.py): 20-200 vertices, noisy edges, partly snapped to
           the unit lines, holes, multiparts, a land-use class (DLBM, DLMC)
Both partition the city: no two parcels overlap and together they cover it."""
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import zoning_plugin.core.proj_data  # noqa: E402,F401  (before pyproj)
import numpy  # noqa: E402
import shapely  # noqa: E402

from survey_plan import MIN_VERTICES, SURVEY_CLASSES, polygonal, survey_parcels, vertex_counts  # noqa: E402
from zoning_plugin.core.dataset.reader import open_dataset  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS, reproject  # noqa: E402
from zoning_plugin.core.outputs import write_with  # noqa: E402

PLAN_TYPES = ("voronoi", "survey")
PARCEL_ID = "parcel_id"
CLASS_CODE, CLASS_NAME = "DLBM", "DLMC"   # 地类编码, 地类名称 as a survey layer (DLTB) names them
# Bumped when a generator changes, so a cached plan of the old one is not reused.
GENERATOR_VERSION = {"voronoi": 1, "survey": 2}


def voronoi_parcels(city, size, seed):
    """(cells, no classes, counts): `size` seeded Voronoi cells tiling the city (issue 7's plan)."""
    rng = numpy.random.default_rng(seed + size)
    minx, miny, maxx, maxy = city.bounds
    points = numpy.zeros((0, 2))
    while len(points) < size:
        candidates = numpy.column_stack([rng.uniform(minx, maxx, size), rng.uniform(miny, maxy, size)])
        inside = shapely.contains_xy(city, candidates[:, 0], candidates[:, 1])
        points = numpy.vstack([points, candidates[inside]])[:size]
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(points), extend_to=city.envelope))
    inner = shapely.contains_properly(city, cells)
    cells[~inner] = polygonal(shapely.intersection(cells[~inner], city))
    cells = cells[cells != None]  # noqa: E711 (elementwise)
    return cells, None, {}


def padded(geometries, pieces=MIN_VERTICES + 4):
    """Geometries of fewer than MIN_VERTICES vertices with vertices added on their own edges (in
    the CRS they are written in, so the outline does not move): a survey parcel has at least 20."""
    few = vertex_counts(geometries) < MIN_VERTICES
    out = geometries.copy()
    out[few] = shapely.segmentize(geometries[few], shapely.length(geometries[few]) / pieces)
    return out


def plan_path(work, plan_type, size, seed, crs):
    suffix = "" if crs == "EPSG:4490" else "_" + crs.split(":")[1]
    return os.path.join(work, f"plan_{plan_type}{GENERATOR_VERSION[plan_type]}_{size}_{seed}{suffix}.gpkg")


def ensure_plan(work, plan_type, size, seed, crs):
    """(the plan's path, None) when it is there already; else it is made first: (path, what was
    done, with the wall and CPU seconds it took)."""
    path = plan_path(work, plan_type, size, seed, crs)
    if os.path.exists(path):
        return path, None
    os.makedirs(work, exist_ok=True)
    start, cpu_start = time.perf_counter(), time.process_time()
    dataset = open_dataset()
    make = voronoi_parcels if plan_type == "voronoi" else (
        lambda city, size, seed: survey_parcels(city, numpy.asarray(dataset.units.metric), size, seed))
    cells, codes, counts = make(dataset.city_metric, size, seed)
    cells = reproject(cells, METRIC_CRS, crs)
    if plan_type == "survey":
        cells = padded(cells)
    write_with(path, lambda temporary: write_plan(temporary, cells, codes, crs))
    return path, dict(counts, parcels=len(cells), seconds=round(time.perf_counter() - start, 1),
                      cpu_seconds=round(time.process_time() - cpu_start, 1))


def write_plan(path, geometries, codes, crs):
    """A GeoPackage layer "plan" of multipolygons with parcel_id (and DLBM, DLMC with `codes`)."""
    from osgeo import ogr, osr
    ogr.UseExceptions()
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(crs.split(":")[1]))
    layer = source.CreateLayer("plan", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn(PARCEL_ID, ogr.OFTInteger))
    if codes is not None:
        for name in (CLASS_CODE, CLASS_NAME):
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    single = shapely.get_type_id(geometries) == 3
    geometries = geometries.copy()
    geometries[single] = shapely.multipolygons(geometries[single][:, None])
    wkb = shapely.to_wkb(geometries)
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for n, blob in enumerate(wkb.tolist()):
        feature = ogr.Feature(definition)
        feature.SetField(0, n)
        if codes is not None:
            feature.SetField(1, str(codes[n]))
            feature.SetField(2, SURVEY_CLASSES[codes[n]])
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(blob))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description="Make (or find) a benchmark plan and say how long it took.")
    parser.add_argument("--plans", default="survey")
    parser.add_argument("--sizes", default="100000")
    parser.add_argument("--seed", type=int, default=4551)
    parser.add_argument("--crs", default="EPSG:4490")
    parser.add_argument("--work", default=os.path.join(ROOT, "build", "bench-overlay"))
    args = parser.parse_args()
    for plan_type in args.plans.split(","):
        for size in map(int, args.sizes.split(",")):
            path, made = ensure_plan(args.work, plan_type, size, args.seed, args.crs.upper())
            print(path, "reused" if made is None else f"made: {made}")
