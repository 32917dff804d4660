"""Overlay many geometries (a plan layer) on the zoning: per feature a summary, and one row per
feature × unit. The same engine and rules as `inspect` (which is the overlay of one geometry).

    result = overlay(dataset, geometries, crs="EPSG:4490")
    result.features[i]   # FeatureSummary of input feature i
    result.rows          # UnitRow per feature × unit, in feature order, units largest first
    for chunk in overlay_chunks(dataset, lists_of_geometries, crs=...):   # the same as a stream,
        ...                  # chunk.start, chunk.features, chunk.rows; result_of() puts them together

Statuses: 'ok' (in the city, wholly or partly: flag 'partly_outside'); 'outside' (wholly outside
the city, or coordinates outside the CRS's area of use; flag 'outside'); 'null', 'empty',
'invalid' (make_valid could not repair it, or non-finite coordinates); 'error' (GEOS failed on
it). Every status but 'ok' comes with a one-line message, Chinese first; a bad feature never stops
the run. Repaired features are 'ok' (or 'outside') with `repaired` true.

Work goes in chunks on a thread pool: GEOS and PROJ release the GIL, so every core counts."""
import collections
import os
import queue
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field

import numpy
import shapely

from zoning_plugin.core.engine.arrays import overlay_table
from zoning_plugin.core.errors import (Cancelled, EmptyGeometryError, InputError, InvalidGeometryError,
                                       NullGeometryError, OutOfRangeError)
from zoning_plugin.core.geo import STORAGE_CRS, crs_from_user, one_line
from zoning_plugin.core.dataset.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_CLASS, SCOPE_UNIT
from zoning_plugin.core.engine.query import build_table, table_of_queries
from zoning_plugin.core.engine.thresholds import KIND_NAMES, MIN_OVERLAP_M2
from zoning_plugin.core.engine.targets import targets_of
from zoning_plugin.core.messages import say

# The unit class of 优先保护单元 in the dataset schema (unit_class 1).
PRIORITY_CLASS = 1
CHUNK_FEATURES = 4000
MAX_WORKERS = 4
STATUSES = ("ok", "null", "empty", "invalid", "outside", "error")
_ERROR_STATUS = ((NullGeometryError, "null"), (EmptyGeometryError, "empty"),
                 (InvalidGeometryError, "invalid"), (OutOfRangeError, "outside"))


def outside_message():
    return say("整体位于市域外", "entirely outside the city")



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
    class_refs: list = field(default_factory=list)    # class digits that have requirements of their own

    def scopes(self):
        """[(scope, scope_ref)] of the requirement levels any feature touches: the city, then the
        basins (dataset order), then the units (largest total overlap first), the requirements of a
        unit class just before the first unit of that class; each once."""
        inside = [f for f in self.features if f.status == "ok"]
        if not inside:
            return []
        totals, classes = {}, {}
        add_unit_totals(totals, classes, self.rows)
        return ordered_scopes(self.city_code, dict.fromkeys(b for f in inside for b in f.basin_ids),
                              self.basin_order, totals, classes, self.class_refs)

    def to_dicts(self):
        """The whole result as plain data for JSON."""
        return {"dataset": self.dataset, "counts": self.counts,
                "features": [asdict(f) for f in self.features], "rows": [asdict(r) for r in self.rows],
                "scopes": [list(s) for s in self.scopes()]}


def add_unit_totals(totals, classes, rows):
    """Add each row's overlap to {unit code: total} and its class to {unit code: class digit}."""
    for row in rows:
        totals[row.unit_code] = totals.get(row.unit_code, 0.0) + (row.overlap or 0.0)
        classes[row.unit_code] = str(row.unit_class)


def ordered_scopes(city_code, basins, basin_order, totals, classes, class_refs):
    """OverlayResult.scopes() of what the features inside touch: `basins` in the order first met,
    {unit code: total overlap}, {unit code: class digit} (add_unit_totals); the classes with
    requirements of their own `class_refs`."""
    basins = list(basins)
    basins.sort(key=lambda b: basin_order.index(b) if b in basin_order else len(basin_order))
    units = sorted(totals, key=lambda code: (-totals[code], code))
    unit_scopes = [scope for code in units for scope in ((SCOPE_CLASS, classes[code]), (SCOPE_UNIT, code))
                   if scope[0] == SCOPE_UNIT or classes[code] in class_refs]
    return ([(SCOPE_CITY, city_code)] + [(SCOPE_BASIN, b) for b in basins]
            + list(dict.fromkeys(unit_scopes)))


def _status_of(error):
    return next((status for kind, status in _ERROR_STATUS if isinstance(error, kind)), "error")


def _error_summary(index, error):
    status = _status_of(error)
    return FeatureSummary(index, status, one_line(str(error), 200), None, 0.0, 0.0, 0.0, {}, {}, [], [], [], [],
                          0.0, [], None, None, False, ["outside"] if status == "outside" else [])


class _Assembler:
    """FeatureSummary and UnitRow objects from the engine's arrays, chunk by chunk."""

    def __init__(self, dataset, buffers):
        targets = targets_of(dataset)
        self.units = [(r["unit_code"], r["unit_name"], c, dataset.unit_class_name(r["unit_class"]))
                      for r, c in zip(dataset.units.records, targets.unit_classes)]
        self.names = {"basins": [r["basin_id"] for r in dataset.basins.records],
                      "counties": [str(r["code"]) for r in dataset.counties.records],
                      "built_up": [str(r["code"]) for r in dataset.built_up.records],
                      "buffers": [r["river_name"] for r in dataset.buffers.records]}
        self.river_names = targets.rivers.names
        self.buffers = buffers

    def _names(self, hits, name, n):
        """Per feature of the chunk: the names of its rows in layer `name`, in the rows' order."""
        layer = hits.layers[name]
        names = self.names[name]
        listed = [names[i] for i in layer.index.tolist()]
        bounds = numpy.searchsorted(layer.feature, numpy.arange(n + 1)).tolist()
        return [listed[bounds[f]:bounds[f + 1]] for f in range(n)]

    def _rivers_nearest_first(self, hits, n):
        """Per feature: the rivers whose buffers it touches, nearest first, each once."""
        layer = hits.layers["buffers"]
        per_feature = [[] for _ in range(n)]
        # Rounded to the centimetre as inspect lists them, so both order ties alike.
        distance = numpy.where(numpy.isnan(hits.buffer_distance), numpy.inf, numpy.round(hits.buffer_distance, 2))
        for k in numpy.lexsort((distance, layer.feature)).tolist():
            per_feature[int(layer.feature[k])].append(self.names["buffers"][layer.index[k]])
        return [list(dict.fromkeys(rivers)) for rivers in per_feature]

    def assemble(self, hits, offset, features, rows):
        table, n = hits.table, len(hits.table)
        units = hits.layers["units"]
        unit_bounds = numpy.searchsorted(units.feature, numpy.arange(n + 1)).tolist()
        unit_index, unit_amount, unit_share = units.index.tolist(), units.amount.tolist(), units.share.tolist()
        basins, counties, built_up = (self._names(hits, name, n) for name in ("basins", "counties", "built_up"))
        rivers = self._rivers_nearest_first(hits, n) if self.buffers else [[] for _ in range(n)]
        nearest, nearest_m = hits.nearest_river.tolist(), hits.nearest_river_m.tolist()
        kinds, totals, repaired = table.kind.tolist(), table.total.tolist(), table.repaired.tolist()
        inside, inside_m = hits.inside.tolist(), hits.inside_measure.tolist()
        outside_m, buffer_m = hits.outside_measure.tolist(), hits.buffer_measure.tolist()
        for f in range(n):
            index = offset + f
            if f in table.errors:
                features.append(_error_summary(index, table.errors[f]))
                continue
            kind, total = KIND_NAMES[kinds[f]], totals[f]
            summary = FeatureSummary(index, "ok", "", kind, total, inside_m[f], outside_m[f], {}, {}, [], [], [],
                                     [], buffer_m[f], [], None, None, repaired[f], [])
            features.append(summary)
            if not inside[f]:
                summary.status, summary.message, summary.flags = "outside", outside_message(), ["outside"]
                continue
            point = kind == "point"
            for k in range(unit_bounds[f], unit_bounds[f + 1]):
                code, name, unit_class, class_name = self.units[unit_index[k]]
                overlap, share = (None, None) if point else (unit_amount[k], unit_share[k])
                rows.append(UnitRow(index, code, name, unit_class, class_name, overlap, share))
                summary.unit_codes.append(code)
                summary.class_measure[unit_class] = summary.class_measure.get(unit_class, 0.0) + (overlap or 0.0)
            if point:
                summary.class_share = dict.fromkeys(summary.class_measure, 1.0)
            elif total > 0:
                summary.class_share = {c: m / total for c, m in summary.class_measure.items()}
            # Basins in the dataset's order, as the source lists them (rows come largest first).
            summary.basin_ids = sorted(basins[f], key=self.names["basins"].index)
            summary.county_codes, summary.built_up, summary.buffer_rivers = counties[f], built_up[f], rivers[f]
            if nearest[f] >= 0:
                summary.nearest_river, summary.nearest_river_m = self.river_names[nearest[f]], nearest_m[f]
            summary.flags = [flag for flag, on in (("priority", PRIORITY_CLASS in summary.class_measure),
                                                   ("buffer", bool(rivers[f])), ("partly_outside", outside_m[f] > 0))
                             if on]


def empty_counts():
    """{status: 0, repaired: 0, partly_outside: 0}, what count_features() adds to."""
    counts = {status: 0 for status in STATUSES}
    counts.update(repaired=0, partly_outside=0)
    return counts


def count_features(features, counts):
    """Add the features' statuses, repairs and partly-outside flags to `counts` (empty_counts())."""
    for feature in features:
        counts[feature.status] += 1
        counts["repaired"] += feature.repaired
        counts["partly_outside"] += "partly_outside" in feature.flags
    return counts


def _overlaid(dataset, geometries, start, crs, min_overlap_m2, buffers, targets):
    """[(start, Hits)] of consecutive features. Should GEOS fail on the chunk (a geometry it cannot
    overlay), the features go one by one and the failing one gets status 'error'."""
    def hits_of(chunk):
        return overlay_table(dataset, build_table(chunk, crs, dataset.city_bounds_4490, min_overlap_m2,
                                                  metric_crs=dataset.metric_crs), buffers=buffers, targets=targets)
    try:
        return [(start, hits_of(geometries))]
    except shapely.errors.GEOSException:
        if len(geometries) == 1:
            raise
    parts = []
    for n, geometry in enumerate(geometries):
        try:
            parts.append((start + n, hits_of([geometry])))
        except shapely.errors.GEOSException as error:
            failed = InputError(say(f"无法叠加此要素：{one_line(str(error), 120)}", f"the overlay failed for this feature: {one_line(str(error), 120)}"))
            parts.append((start + n, overlay_table(dataset, table_of_queries([failed]), buffers=buffers, targets=targets)))
    return parts


def _workers(count=None):
    """Worker threads: GEOS and PROJ release the GIL, so each core takes a chunk."""
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, count if count is not None else MAX_WORKERS))


@dataclass
class OverlayChunk:
    """The overlay of consecutive input features: features[k] is input feature start + k."""
    start: int
    features: list
    rows: list


def overlay_chunks(dataset, chunks, crs=STORAGE_CRS, min_overlap_m2=MIN_OVERLAP_M2, buffers=True, feedback=None,
                   total=None):
    """Yield an OverlayChunk per list of geometries that `chunks` yields, in order. A chunk is
    overlaid on a worker thread while the caller reads the next ones and writes the earlier ones
    (a plan read and written through QGIS then costs little more than the overlay alone); at most
    a few chunks are held at a time. `total`, the number of geometries when known, gives the
    progress (feedback.progress) and the number of threads. A cancel raises Cancelled."""
    crs = crs_from_user(crs)
    assembler = _Assembler(dataset, buffers)
    workers = _workers(None if total is None else -(-total // CHUNK_FEATURES))
    targets = targets_of(dataset)
    lent = targets.lend(workers)        # no other run's threads use them meanwhile
    free = queue.SimpleQueue()
    for copy in lent:
        free.put(copy)

    def cancelled():
        return feedback is not None and feedback.cancelled()

    def overlay_chunk(start, geometries):
        """OverlayChunk of one chunk; None when cancelled."""
        if cancelled():
            return None
        mine = free.get()
        try:
            parts = _overlaid(dataset, geometries, start, crs, min_overlap_m2, buffers, mine)
        finally:
            free.put(mine)
        features, rows = [], []
        for first, hits in parts:
            assembler.assemble(hits, first, features, rows)
        return OverlayChunk(start, features, rows)

    def finished(future):
        chunk = future.result()
        if chunk is None or cancelled():
            raise Cancelled(say("已取消", "cancelled"))
        if feedback is not None and total:
            feedback.progress((chunk.start + len(chunk.features)) / total)
        return chunk

    pool = ThreadPoolExecutor(max_workers=workers)
    pending = collections.deque()
    source, start = iter(chunks), 0
    try:
        while True:
            # Every worker is given a chunk before one is yielded, not after: the workers used to
            # wait while the caller handled the chunks that had come back (zoning:conformity wrote
            # them). More chunks given out (two per worker) measured slower on two cores: the
            # workers and the caller then contend for Python's lock (issue 21 §3, docs/benchmarks.md).
            while source is not None and len(pending) < workers:
                if cancelled():
                    raise Cancelled(say("已取消", "cancelled"))
                geometries = next(source, None)
                if geometries is None:
                    source = None
                    break
                geometries = list(geometries)
                pending.append(pool.submit(overlay_chunk, start, geometries))
                start += len(geometries)
            if not pending:
                return
            yield finished(pending.popleft())
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        targets.give_back(lent)


def result_of(dataset, features, rows):
    """The OverlayResult of all features' summaries and rows."""
    return OverlayResult(dataset.info(), features, rows, count_features(features, empty_counts()), dataset.city_code,
                         [r["basin_id"] for r in dataset.basins.records],
                         sorted({ref for scope, ref in dataset.by_scope if scope == SCOPE_CLASS}))


def overlay(dataset, geometries, crs=STORAGE_CRS, min_overlap_m2=MIN_OVERLAP_M2, buffers=True, feedback=None):
    """OverlayResult of `geometries` (shapely geometries or None, all in `crs`) on `dataset`.
    `buffers` false leaves out the river buffers and the nearest river (faster). `feedback`: an
    object with progress(fraction) and cancelled(); a cancel raises Cancelled. An unknown `crs`
    raises CRSError (it concerns every feature)."""
    geometries = list(geometries)
    features, rows = [], []
    chunks = (geometries[start:start + CHUNK_FEATURES] for start in range(0, len(geometries), CHUNK_FEATURES))
    for chunk in overlay_chunks(dataset, chunks, crs, min_overlap_m2, buffers, feedback, total=len(geometries)):
        features += chunk.features
        rows += chunk.rows
    return result_of(dataset, features, rows)
