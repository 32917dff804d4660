"""The core overlay's CPU time on one thread, and proof that a change left its results as they were.

    overlay_cpu.py --plans voronoi,survey --size 100000 --repeats 3          CPU-seconds, medians
    overlay_cpu.py --plans voronoi --profile                                 cProfile by tottime
    overlay_cpu.py --plans voronoi,survey --save build/overlay_before        keep the results (.npz)
    overlay_cpu.py --plans voronoi,survey --compare build/overlay_before     compare with them

Timed: build_table + overlay_table on chunks of CHUNK_FEATURES parcels, one after the other on
one thread (the dataset's Targets made before), as CPU-seconds of the process (time.process_time),
not wall time: the machine is shared. The comparison takes every per-feature value of overlay()
(status, measures, class areas, the lists of units, basins, counties, built-up areas and rivers,
the nearest river and its distance, flags) and every unit row: areas within 1e-6 m² plus 1e-9 of
the value, distances within 1 mm, everything else identical. The .npz files stay in build/."""
import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_overlay import ROOT, read_plan  # noqa: E402
from plans import ensure_plan  # noqa: E402
import numpy  # noqa: E402

from zoning_plugin.core.dataset.reader import open_dataset  # noqa: E402
from zoning_plugin.core.engine.arrays import overlay_table  # noqa: E402
from zoning_plugin.core.engine.overlay import CHUNK_FEATURES, overlay  # noqa: E402
from zoning_plugin.core.engine.query import build_table  # noqa: E402
from zoning_plugin.core.engine.targets import targets_of  # noqa: E402
from zoning_plugin.core.geo import STORAGE_CRS  # noqa: E402

AREA_ABSOLUTE, AREA_RELATIVE, DISTANCE_M = 1e-6, 1e-9, 1e-3
SEED = 4551


def overlaid(dataset, geometries, targets):
    """The engine on every chunk, one after the other on this thread."""
    for start in range(0, len(geometries), CHUNK_FEATURES):
        table = build_table(geometries[start:start + CHUNK_FEATURES], STORAGE_CRS, dataset.city_bounds_4490,
                            metric_crs=dataset.metric_crs)
        overlay_table(dataset, table, targets=targets)


def prepared_targets(dataset):
    """The dataset's Targets with what they make on first use (the clipped copies) made."""
    targets = targets_of(dataset)
    for target in (targets.with_buffers, targets.without_buffers):
        getattr(target, "clips", None)   # (none before issue 21: this script times that code too)
    return targets


def cpu_seconds(dataset, geometries, repeats):
    targets = prepared_targets(dataset)
    figures = []
    for _ in range(repeats):
        # Each repeat as the first run on the dataset: nothing learnt from the one before.
        getattr(targets.rivers, "cell_gaps", {}).clear()
        start = time.process_time()
        overlaid(dataset, geometries, targets)
        figures.append(time.process_time() - start)
    return figures


def _joined(values):
    return numpy.array(["|".join(map(str, v)) for v in values])


def result_arrays(dataset, geometries):
    """Every per-feature value and unit row of overlay() as arrays."""
    result = overlay(dataset, geometries)
    features = result.features
    classes = sorted({c for f in features for c in f.class_measure})
    number = numpy.array([numpy.nan if v is None else v for v in [f.nearest_river_m for f in features]], float)
    arrays = {
        "status": numpy.array([f.status for f in features]),
        "message": numpy.array([f.message for f in features]),
        "kind": numpy.array([str(f.kind) for f in features]),
        "measure": numpy.array([f.measure for f in features]),
        "inside_measure": numpy.array([f.inside_measure for f in features]),
        "outside_measure": numpy.array([f.outside_measure for f in features]),
        "buffer_measure": numpy.array([f.buffer_measure for f in features]),
        "classes": numpy.array(classes),
        "class_measure": numpy.array([[f.class_measure.get(c, -1.0) for c in classes] for f in features]),
        "class_share": numpy.array([[f.class_share.get(c, -1.0) for c in classes] for f in features]),
        "unit_codes": _joined(f.unit_codes for f in features),
        "basin_ids": _joined(f.basin_ids for f in features),
        "county_codes": _joined(f.county_codes for f in features),
        "built_up": _joined(f.built_up for f in features),
        "buffer_rivers": _joined(f.buffer_rivers for f in features),
        "nearest_river": numpy.array([str(f.nearest_river) for f in features]),
        "nearest_river_m": number,
        "repaired": numpy.array([f.repaired for f in features]),
        "flags": _joined(f.flags for f in features),
        "row_feature": numpy.array([r.feature_index for r in result.rows]),
        "row_unit": numpy.array([r.unit_code for r in result.rows]),
        "row_overlap": numpy.array([numpy.nan if r.overlap is None else r.overlap for r in result.rows], float),
        "row_share": numpy.array([numpy.nan if r.share is None else r.share for r in result.rows], float),
    }
    return arrays


AREAS = ("measure", "inside_measure", "outside_measure", "buffer_measure", "class_measure", "row_overlap")
SHARES = ("class_share", "row_share")


def differences(before, after):
    """[(name, how many differ, an example)] of the arrays outside the tolerances."""
    found = []
    for name in before.files:
        old, new = before[name], after[name]
        if old.shape != new.shape:
            found.append((name, "shape", (old.shape, new.shape)))
            continue
        if name in AREAS or name in SHARES:
            scale = 1.0 if name in SHARES else numpy.abs(old)
            limit = AREA_ABSOLUTE * (1e-6 if name in SHARES else 1.0) + AREA_RELATIVE * scale
            bad = ~((numpy.abs(new - old) <= limit) | (numpy.isnan(old) & numpy.isnan(new)))
        elif name == "nearest_river_m":
            bad = ~((numpy.abs(new - old) <= DISTANCE_M) | (numpy.isnan(old) & numpy.isnan(new)))
        else:
            bad = old != new
        if bad.any():
            at = numpy.argwhere(bad)[0]
            found.append((name, int(bad.sum()), (tuple(at.tolist()), old[tuple(at)], new[tuple(at)])))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", default="voronoi,survey")
    parser.add_argument("--size", type=int, default=100000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--save")
    parser.add_argument("--compare")
    args = parser.parse_args()
    dataset = open_dataset()
    failed = False
    for plan_type in args.plans.split(","):
        path, _made = ensure_plan(os.path.join(ROOT, "build", "bench-overlay"), plan_type, args.size, SEED, STORAGE_CRS)
        geometries = list(read_plan(path)[1])
        label = f"{plan_type} {args.size}"
        if args.profile:
            profile = cProfile.Profile(time.process_time)
            profile.runcall(overlaid, dataset, geometries, prepared_targets(dataset))
            print(label)
            pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        elif args.repeats:
            figures = cpu_seconds(dataset, geometries, args.repeats)
            print(f"{label}: median {statistics.median(figures):.2f} CPU-s of {[round(f, 2) for f in figures]}")
        if args.save or args.compare:
            arrays = result_arrays(dataset, geometries)
            if args.save:
                numpy.savez(f"{args.save}_{plan_type}_{args.size}.npz", **arrays)
            if args.compare:
                with numpy.load(f"{args.compare}_{plan_type}_{args.size}.npz") as before:
                    found = differences(before, arrays)
                for name, number, example in found:
                    print(f"{label}: {name} differs in {number}: {example}")
                print(f"{label}: {'DIFFERS' if found else 'unchanged'} ({len(arrays['status'])} features, "
                      f"{len(arrays['row_unit'])} unit rows)")
                failed |= bool(found)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
