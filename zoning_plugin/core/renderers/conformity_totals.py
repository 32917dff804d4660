"""What the conformity report and log say of a run, collected chunk by chunk as the overlay's
chunks come back (issue 21 §1): counts, flags, the measures per kind of geometry and unit class,
per unit totals and the basins touched (the requirement levels, in OverlayResult.scopes()' order),
and, in the report's order, only the features the report and the log list (`limit` of each group:
flagged ones first). Nothing else per feature is kept, so a run over a million parcels holds no more
than one over a thousand; a report over all features at once (OverlayResult) says the same
(ConformityTotals.of_result).

MapSample keeps a bounded set of the features the map draws: all of them up to `limit`, beyond
that the flagged ones first and an even sample (every 2^k-th) of the others."""
import collections

from zoning_plugin.core.engine.overlay import (add_unit_totals, count_features, empty_counts, ordered_scopes,
                                               result_of)
from zoning_plugin.core.dataset.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_CLASS, SCOPE_UNIT
from zoning_plugin.core.renderers.conformity_schema import CLASSES, COUNTED_FLAGS

MAX_ROWS = 500      # feature rows in the report; the output layer holds them all
LISTED = ("ok", "outside")          # the statuses of the features the report lists and sums
KINDS = ("polygon", "line", "point")
MAP_FEATURES = 30000


def report_group(feature):
    """The feature's group in the report's list: 0 priority and buffer, 1 priority, 2 buffer, 3 other."""
    flags = feature.flags or ()
    return (0 if "priority" in flags and "buffer" in flags else 1 if "priority" in flags
            else 2 if "buffer" in flags else 3)


class KindTotals:
    """The sums of the listed features of one kind of geometry: the measure in each unit class,
    the features touching each class, inside and outside the city, in river buffers."""

    def __init__(self):
        self.measures, self.counts = {c: 0.0 for c in CLASSES}, {c: 0 for c in CLASSES}
        self.inside = self.outside = self.buffer = 0.0

    def as_tuple(self):
        return self.measures, self.counts, self.inside, self.outside, self.buffer


class _Capped:
    """The first `limit` items of a kind (feature summary, its name) and how many there were."""

    def __init__(self, limit):
        self.limit, self.items, self.count = limit, [], 0

    def add(self, summary, name):
        self.count += 1
        if len(self.items) < self.limit:
            self.items.append((summary, str(name(summary.index))))


class ConformityTotals:
    """The one result a conformity run's report and log read. `base`: an OverlayResult (or an
    object with its dataset, city_code, basin_order and class_refs) the features are summed for."""

    def __init__(self, base, limit=MAX_ROWS):
        self.dataset = base.dataset           # the dataset's info()
        self.city_code = getattr(base, "city_code", "")
        self.basin_order = list(getattr(base, "basin_order", []))
        self.class_refs = list(getattr(base, "class_refs", []))
        self.limit = limit
        self.feature_count = self.errors = 0
        self.counts = empty_counts()
        self.flagged = dict.fromkeys(COUNTED_FLAGS, 0)
        self.kinds = {}                       # kind → KindTotals of its listed features
        self.unit_totals, self.unit_classes = {}, {}
        self.basins = {}                      # basins the features inside touch, in the order met
        self.level_counts = {}                # (scope, ref) → features inside at that level
        self.groups = [_Capped(limit) for _ in range(4)]     # the listed features per report_group
        self.problems = _Capped(limit)        # not analysed as given (the report's list)
        self.messages = _Capped(limit)        # not 'ok' or repaired (the log's list)
        self._scopes = None

    @classmethod
    def of_dataset(cls, dataset, limit=MAX_ROWS):
        return cls(result_of(dataset, [], []), limit)

    @classmethod
    def of_result(cls, result, names=None, limit=MAX_ROWS):
        """The totals of a whole OverlayResult (its own counts and scopes); `names`: {index: name}
        or a function of the index."""
        totals = cls(result, limit)
        if callable(names):
            name = names
        else:
            names = names or {}
            def name(index):
                return names.get(index, index)
        totals.add(result.features, result.rows, name)
        totals.counts = dict(result.counts)
        totals._scopes = list(result.scopes())
        return totals

    # -- collecting --------------------------------------------------------------------------------
    def add(self, summaries, rows, name=str):
        """Add the FeatureSummary objects of consecutive features and their UnitRows; `name(index)`
        names a feature the report or the log lists (asked only for those). Written for a
        million features: the per-feature work is a few comparisons, the rest per chunk."""
        self.feature_count += len(summaries)
        chunk_counts = count_features(summaries, empty_counts())
        for key, value in chunk_counts.items():
            self.counts[key] = self.counts.get(key, 0) + value
        self.errors += chunk_counts["error"]
        flagged, groups, kinds = self.flagged, self.groups, {}
        basins, units, classes, inside = [], [], [], 0
        for summary in summaries:
            status, flags, repaired = summary.status, summary.flags, summary.repaired
            if flags:
                for flag in COUNTED_FLAGS:
                    if flag in flags:
                        flagged[flag] += 1
            if status != "ok" or repaired:
                self.messages.add(summary, name)
                if status not in LISTED or repaired:
                    self.problems.add(summary, name)
                if status not in LISTED:
                    continue
            groups[report_group(summary) if flags else 3].add(summary, name)
            kind = kinds[summary.index] = summary.kind
            if kind:
                self._add_measures(summary)
            if status == "ok":
                inside += 1
                basins += summary.basin_ids or ()
                units += summary.unit_codes or ()
                classes += summary.class_measure
        self._add_levels(inside, basins, units, classes)
        self._add_rows(rows, kinds)

    def _add_measures(self, summary):
        totals = self.kinds.get(summary.kind) or self.kinds.setdefault(summary.kind, KindTotals())
        measures = totals.measures
        for cls, value in (summary.class_measure or {}).items():
            measures[int(cls)] = measures.get(int(cls), 0.0) + float(value or 0.0)
        totals.inside += float(summary.inside_measure or 0.0)
        totals.outside += float(summary.outside_measure or 0.0)
        totals.buffer += float(summary.buffer_measure or 0.0)

    def _add_levels(self, inside, basins, units, classes):
        """The features inside at each level: `inside` in all, and the basins, units and classes of
        each (one list of each for the chunk, a feature's items once in it)."""
        counts = self.level_counts
        if inside:
            counts[(SCOPE_CITY, None)] = counts.get((SCOPE_CITY, None), 0) + inside
        for scope, refs in ((SCOPE_BASIN, basins), (SCOPE_UNIT, units),
                            (SCOPE_CLASS, [str(c) for c in classes])):
            for ref, count in collections.Counter(refs).items():
                counts[(scope, ref)] = counts.get((scope, ref), 0) + count
        self.basins.update(dict.fromkeys(basins))

    def _add_rows(self, rows, kinds):
        """The unit totals, and the features of each kind touching each class (each once)."""
        add_unit_totals(self.unit_totals, self.unit_classes, rows)
        seen = {(row.feature_index, int(row.unit_class)) for row in rows
                if row.unit_class is not None and kinds.get(row.feature_index)}
        for index, unit_class in seen:
            counts = self.kinds.setdefault(kinds[index], KindTotals()).counts
            counts[unit_class] = counts.get(unit_class, 0) + 1

    # -- reading -----------------------------------------------------------------------------------
    def scopes(self):
        """OverlayResult.scopes() of the features added."""
        if self._scopes is not None:
            return list(self._scopes)
        if not self.counts.get("ok"):
            return []
        return ordered_scopes(self.city_code, self.basins, self.basin_order, self.unit_totals, self.unit_classes,
                              self.class_refs)

    def kind(self, kind):
        """(measures, counts, inside, outside, buffer) of the listed features of `kind`."""
        return (self.kinds.get(kind) or KindTotals()).as_tuple()

    def kinds_present(self):
        return [k for k in KINDS if k in self.kinds]

    def listed(self, max_rows=None):
        """([(summary, name)] of the first `max_rows` listed features in the report's order, how many
        are listed in all)."""
        rows = [item for group in self.groups for item in group.items][:min(max_rows or self.limit, self.limit)]
        return rows, sum(group.count for group in self.groups)


class MapSample:
    """At most `limit` items (geometries) for the map: every one while they fit; beyond, the others
    are thinned first (every second one kept, again as needed) until the flagged ones take more
    than half, then the flagged ones too. `total` counts every item offered."""

    def __init__(self, limit=None):
        self.limit = MAP_FEATURES if limit is None else limit
        self.total = 0
        self.kept = {True: [], False: []}       # flagged → items
        self.stride = {True: 1, False: 1}
        self.offered = {True: 0, False: 0}

    def add(self, flagged, make):
        """Offer one item; `make()` gives it, asked only when it is kept."""
        self.total += 1
        n = self.offered[flagged]
        self.offered[flagged] = n + 1
        if n % self.stride[flagged]:
            return
        self.kept[flagged].append(make())
        if len(self.kept[True]) + len(self.kept[False]) > self.limit:
            thinned = False if len(self.kept[False]) > self.limit // 2 or not self.kept[True] else True
            self.kept[thinned] = self.kept[thinned][::2]
            self.stride[thinned] *= 2

    def items(self):
        return self.kept[True] + self.kept[False]

    def shown(self):
        """(items kept, items offered, flagged ones kept, flagged ones offered)."""
        return len(self.kept[True]) + len(self.kept[False]), self.total, len(self.kept[True]), self.offered[True]

    @property
    def partial(self):
        return len(self.kept[True]) + len(self.kept[False]) < self.total
