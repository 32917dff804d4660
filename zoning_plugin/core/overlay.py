"""Overlay many geometries (a plan layer) on the zoning: per feature a summary, and one row per
feature × unit. The same engine and rules as `inspect` (which is the overlay of one geometry).

    result = overlay(dataset, geometries, crs="EPSG:4490")
    result.features[i]   # FeatureSummary of input feature i
    result.rows          # UnitRow per feature × unit, in feature order, units largest first

A bad feature (null, empty, unrepairable, outside its CRS's area of use) gets a status and a
one-line message; the rest are computed. Work goes in chunks on a thread pool: GEOS and PROJ
release the GIL, so both cores count."""
import os
import queue
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field

import numpy

from zoning_plugin.core.engine import run
from zoning_plugin.core.errors import (Cancelled, EmptyGeometryError, InvalidGeometryError, NullGeometryError,
                                       OutOfRangeError)
from zoning_plugin.core.geo import STORAGE_CRS, crs_from_user, one_line
from zoning_plugin.core.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_UNIT
from zoning_plugin.core.query import build_table
from zoning_plugin.core.rules import KIND_NAMES, MIN_OVERLAP_M2
from zoning_plugin.core.targets import targets_of

# The unit class of 优先保护单元 in the dataset schema (unit_class 1).
PRIORITY_CLASS = 1
CHUNK_FEATURES = 4000
MAX_WORKERS = 4
STATUSES = ("ok", "null", "empty", "invalid", "outside", "error")
_ERROR_STATUS = ((NullGeometryError, "null"), (EmptyGeometryError, "empty"),
                 (InvalidGeometryError, "invalid"), (OutOfRangeError, "outside"))
OUTSIDE_MESSAGE = "整体位于市域外 (entirely outside the city)"


@dataclass
class FeatureSummary:
    index: int
    status: str                 # ok | null | empty | invalid | outside | error
    message: str                # '' or one line, Chinese first
    kind: str                   # point | line | polygon | None
    measure: float              # m² (polygon), m (line), 0 (point)
    inside_measure: float       # in the city
    outside_measure: float      # outside the city when more than a sliver, else 0
    class_measure: dict         # {unit class: m² or m of the units counted}; points: 0.0
    class_share: dict           # {unit class: share of the measure}; points: 1.0 per class touched
    unit_codes: list            # largest overlap first
    basin_ids: list             # in the dataset's order
    county_codes: list          # largest overlap first
    built_up: list              # codes of the built-up areas touched
    buffer_measure: float       # m² or m in any river buffer (0 for points)
    buffer_rivers: list         # rivers whose buffer the feature touches, nearest first
    nearest_river: str          # None when the feature is not in the city or there are no rivers
    nearest_river_m: float
    repaired: bool
    flags: list = field(default_factory=list)   # priority, buffer, partly_outside, outside


@dataclass
class UnitRow:
    feature_index: int
    unit_code: str
    unit_name: str
    unit_class: int
    class_name: str
    overlap: float              # m² or m; None for points
    share: float                # of the feature's measure; None for points


@dataclass
class OverlayResult:
    dataset: dict
    features: list
    rows: list
    counts: dict
    city_code: str = ""
    basin_order: list = field(default_factory=list)   # basin ids in the dataset's order

    def scopes(self):
        """[(scope, scope_ref)] of the requirement levels any feature touches: the city, then the
        basins (dataset order), then the units (largest total overlap first); each once."""
        inside = [f for f in self.features if f.status == "ok"]
        if not inside:
            return []
        basins = list(dict.fromkeys(b for f in inside for b in f.basin_ids))
        basins.sort(key=lambda b: self.basin_order.index(b) if b in self.basin_order else len(self.basin_order))
        totals = {}
        for row in self.rows:
            totals[row.unit_code] = totals.get(row.unit_code, 0.0) + (row.overlap or 0.0)
        units = sorted(totals, key=lambda code: (-totals[code], code))
        return ([(SCOPE_CITY, self.city_code)] + [(SCOPE_BASIN, b) for b in basins]
                + [(SCOPE_UNIT, u) for u in units])

    def to_dicts(self):
        """The whole result as plain data for JSON."""
        return {"dataset": self.dataset, "counts": self.counts,
                "features": [asdict(f) for f in self.features], "rows": [asdict(r) for r in self.rows],
                "scopes": [list(s) for s in self.scopes()]}


def _status_of(error):
    return next((status for kind, status in _ERROR_STATUS if isinstance(error, kind)), "error")


class _Assembler:
    """FeatureSummary and UnitRow objects from the engine's arrays, chunk by chunk."""

    def __init__(self, dataset, buffers):
        targets = targets_of(dataset)
        units = dataset.units.records
        self.classes = targets.unit_classes
        self.units = [(r["unit_code"], r["unit_name"], c, dataset.unit_class_name(r["unit_class"]))
                      for r, c in zip(units, self.classes)]
        self.basins = [r["basin_id"] for r in dataset.basins.records]
        self.counties = [str(r["code"]) for r in dataset.counties.records]
        self.built_up = [str(r["code"]) for r in dataset.built_up.records]
        self.rivers = [r["river_name"] for r in dataset.buffers.records]
        self.river_names = targets.rivers.names
        self.buffers = buffers

    @staticmethod
    def _grouped(layer, n):
        """Per feature, the slice of `layer`'s rows."""
        bounds = numpy.searchsorted(layer.feature, numpy.arange(n + 1)).tolist()
        return bounds

    def assemble(self, hits, offset, features, rows):
        table = hits.table
        n = len(table)
        layers = {name: (layer, self._grouped(layer, n), layer.index.tolist())
                  for name, layer in hits.layers.items()}
        units, unit_bounds, unit_index = layers["units"]
        unit_amount, unit_share = units.amount.tolist(), units.share.tolist()
        kinds, totals = table.kind.tolist(), table.total.tolist()
        inside, inside_m, outside_m = hits.inside.tolist(), hits.inside_measure.tolist(), hits.outside_measure.tolist()
        repaired = table.repaired.tolist()
        buffer_m, river, river_m = hits.buffer_measure.tolist(), hits.nearest_river.tolist(), hits.nearest_river_m.tolist()
        if self.buffers:
            buffer_layer, buffer_bounds, buffer_index = layers["buffers"]
            distance = hits.buffer_distance
        for f in range(n):
            index = offset + f
            if f in table.errors:
                error = table.errors[f]
                features.append(FeatureSummary(index, _status_of(error), one_line(str(error), 200), None, 0.0,
                                               0.0, 0.0, {}, {}, [], [], [], [], 0.0, [], None, None, False,
                                               ["outside"] if _status_of(error) == "outside" else []))
                continue
            kind = KIND_NAMES[kinds[f]]
            summary = FeatureSummary(index, "ok", "", kind, totals[f], inside_m[f], outside_m[f], {}, {}, [], [],
                                     [], [], buffer_m[f], [], None, None, repaired[f])
            features.append(summary)
            if not inside[f]:
                summary.status, summary.message, summary.flags = "outside", OUTSIDE_MESSAGE, ["outside"]
                summary.inside_measure = 0.0
                continue
            for k in range(unit_bounds[f], unit_bounds[f + 1]):
                code, name, unit_class, class_name = self.units[unit_index[k]]
                point = kind == "point"
                overlap = None if point else unit_amount[k]
                rows.append(UnitRow(index, code, name, unit_class, class_name, overlap,
                                    None if point else unit_share[k]))
                summary.unit_codes.append(code)
                summary.class_measure[unit_class] = summary.class_measure.get(unit_class, 0.0) + (overlap or 0.0)
            if kind == "point":
                summary.class_share = {c: 1.0 for c in summary.class_measure}
            elif totals[f] > 0:
                summary.class_share = {c: m / totals[f] for c, m in summary.class_measure.items()}
            _, bounds, index_list = layers["basins"]
            summary.basin_ids = [self.basins[i] for i in sorted(index_list[bounds[f]:bounds[f + 1]])]
            _, bounds, index_list = layers["counties"]
            summary.county_codes = [self.counties[i] for i in index_list[bounds[f]:bounds[f + 1]]]
            _, bounds, index_list = layers["built_up"]
            summary.built_up = [self.built_up[i] for i in index_list[bounds[f]:bounds[f + 1]]]
            if self.buffers:
                hits_here = range(buffer_bounds[f], buffer_bounds[f + 1])
                nearest_first = sorted(hits_here, key=lambda k: (numpy.isnan(distance[k]), distance[k]))
                summary.buffer_rivers = list(dict.fromkeys(self.rivers[buffer_index[k]] for k in nearest_first))
                if river[f] >= 0:
                    summary.nearest_river, summary.nearest_river_m = self.river_names[river[f]], river_m[f]
            if PRIORITY_CLASS in summary.class_measure:
                summary.flags.append("priority")
            if summary.buffer_rivers:
                summary.flags.append("buffer")
            if outside_m[f] > 0:
                summary.flags.append("partly_outside")


def _counts(features):
    counts = {status: 0 for status in STATUSES}
    counts.update(repaired=0, partly_outside=0)
    for feature in features:
        counts[feature.status] += 1
        counts["repaired"] += feature.repaired
        counts["partly_outside"] += "partly_outside" in feature.flags
    return counts


def _workers(count):
    """Worker threads: GEOS and PROJ release the GIL, so each core takes a chunk."""
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, count))


def overlay(dataset, geometries, crs=STORAGE_CRS, min_overlap_m2=MIN_OVERLAP_M2, buffers=True, feedback=None):
    """OverlayResult of `geometries` (shapely geometries or None, all in `crs`) on `dataset`.
    `buffers` false leaves out the river buffers and the nearest river (faster). `feedback`: an
    object with progress(fraction) and cancelled(); a cancel raises Cancelled. An unknown `crs`
    raises CRSError (it concerns every feature)."""
    crs = crs_from_user(crs)
    geometries = list(geometries)
    bounds = dataset.city_bounds_4490
    assembler = _Assembler(dataset, buffers)
    features, rows = [], []
    starts = list(range(0, len(geometries), CHUNK_FEATURES))
    workers = _workers(len(starts))
    targets = targets_of(dataset)
    free = queue.SimpleQueue()
    for copy in (targets.copies(workers) if workers > 1 else [targets]):
        free.put(copy)

    def cancelled():
        return feedback is not None and feedback.cancelled()

    def overlay_chunk(start):
        if cancelled():
            return None
        mine = free.get()
        try:
            table = build_table(geometries[start:start + CHUNK_FEATURES], crs, bounds, min_overlap_m2)
            return run(dataset, table, buffers=buffers, targets=mine)
        finally:
            free.put(mine)

    pool = ThreadPoolExecutor(max_workers=workers)
    try:
        for done, (start, hits) in enumerate(zip(starts, pool.map(overlay_chunk, starts)), 1):
            if hits is None or cancelled():
                raise Cancelled("已取消 (cancelled)")
            assembler.assemble(hits, start, features, rows)
            if feedback is not None:
                feedback.progress(done / len(starts))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return OverlayResult(dataset.info(), features, rows, _counts(features), dataset.city_code,
                         [r["basin_id"] for r in dataset.basins.records])
