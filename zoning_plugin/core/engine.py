"""The overlay engine on arrays: the near parts of N input features (query.PartTable) against all
the dataset's layers at once, with the rules of rules.py. A click (N = 1) and a plan of 100k parcels
go through the same code; only how the pairs are found differs.

Pairs come from one bulk STRtree query: for a few parts the layers' tree is asked; for many, a tree
of the parts is asked by the layers' prepared features (about 80 queries, not 100k). A part lying
properly inside a feature takes its own measure; only parts crossing a border are cut."""
import weakref
from dataclasses import dataclass

import numpy
import shapely

from zoning_plugin.core.dataset import unit_class_number
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_UNIT
from zoning_plugin.core.query import build_query, table_of_queries
from zoning_plugin.core.result import InspectResult
from zoning_plugin.core.rules import MIN_OVERLAP_M2, counts, outside_measures

# From this many parts on, the parts get a tree of their own and the layers ask it.
PARTS_TREE_FROM = 48
# A river is indexed in pieces of this many vertices: the distance to a long river is then found
# through the tree instead of along every one of its segments.
RIVER_PIECE_VERTICES = 9

# (name, tiles the city): a feature in the city always gets one feature of a tiling layer.
LAYERS = (("city", False), ("units", True), ("counties", True), ("basins", True), ("built_up", False),
          ("buffers", False), ("buffer_area", False))
WITHOUT_BUFFERS = LAYERS[:5]


class Target:
    """The metric geometries of one or more layers as one prepared array, and their tree."""

    def __init__(self, layers):
        """`layers`: [(geometries, keep_largest)]."""
        sizes = [len(geometries) for geometries, _keep in layers]
        self.geometries = numpy.empty(sum(sizes), dtype=object)
        self.geometries[:] = [g for geometries, _keep in layers for g in geometries]
        self.layer = numpy.repeat(numpy.arange(len(layers)), sizes)
        self.start = numpy.cumsum([0] + sizes)
        self.keep_largest = numpy.array([keep for _geometries, keep in layers], dtype=bool)
        shapely.prepare(self.geometries)
        self.tree = shapely.STRtree(self.geometries)

    def __len__(self):
        return len(self.geometries)


def _river_pieces(lines):
    """(pieces, river number of each piece) of {name: metric line}."""
    pieces, owner = [], []
    step = RIVER_PIECE_VERTICES - 1
    for n, line in enumerate(lines.values()):
        for part in shapely.get_parts(line):
            coordinates = shapely.get_coordinates(part)
            for start in range(0, max(len(coordinates) - 1, 1), step):
                pieces.append(shapely.linestrings(coordinates[start:start + step + 1]))
                owner.append(n)
    return pieces, numpy.array(owner, dtype=numpy.int64)


class Targets:
    """What the engine overlays, derived once per dataset: the layers (the city and the buffers as
    one area among them), the rivers in pieces, the unit classes."""

    def __init__(self, dataset):
        geometries = {name: getattr(dataset, name).metric for name, _keep in LAYERS[1:-1]}
        geometries.update(city=[dataset.city_metric], buffer_area=[shapely.union_all(dataset.buffers.metric)])
        self.with_buffers = Target([(geometries[name], keep) for name, keep in LAYERS])
        self.without_buffers = Target([(geometries[name], keep) for name, keep in WITHOUT_BUFFERS])
        self.unit_classes = [unit_class_number(r["unit_class"]) for r in dataset.units.records]
        lines = dataset.river_lines()
        self.river_names = list(lines)
        by_name = {name: n for n, name in enumerate(self.river_names)}
        self.buffer_river = numpy.array([by_name.get(r["river_name"], -1) for r in dataset.buffers.records],
                                        dtype=numpy.int64)
        pieces, self.piece_river = _river_pieces(lines)
        self.pieces = shapely.STRtree(pieces)
        self.river_pieces = {n: shapely.STRtree([p for p, o in zip(pieces, self.piece_river) if o == n])
                             for n in range(len(self.river_names))}


_targets = weakref.WeakKeyDictionary()


def targets_of(dataset):
    if dataset not in _targets:
        _targets[dataset] = Targets(dataset)
    return _targets[dataset]


@dataclass
class LayerHits:
    """The (feature, layer index) pairs that count, by feature, then largest overlap first."""
    feature: numpy.ndarray
    index: numpy.ndarray
    amount: numpy.ndarray   # m² or m of the feature's top part; NaN for a point
    share: numpy.ndarray    # amount / the feature's measure; NaN for a point or a zero measure

    def __len__(self):
        return len(self.feature)

    def only(self, keep):
        return LayerHits(self.feature[keep], self.index[keep], self.amount[keep], self.share[keep])


@dataclass
class Hits:
    """Everything the engine found for the features of one PartTable."""
    table: object
    inside: numpy.ndarray            # bool: the feature counts in the city
    inside_measure: numpy.ndarray    # m² or m of the top part in the city (0 for a point)
    outside_measure: numpy.ndarray   # outside the city when more than a sliver, else 0
    layers: dict                     # name -> LayerHits
    buffer_distance: numpy.ndarray   # per buffers row: the river's distance to the feature (NaN: no river)
    buffer_measure: numpy.ndarray    # per feature: m² or m in any buffer, when a buffer counts
    nearest_river: numpy.ndarray     # per feature: index into Targets.river_names, -1 for none
    nearest_river_m: numpy.ndarray


def _pairs(table, target, parts_tree):
    """(part, target index) of the parts and target features that intersect."""
    if parts_tree is None:
        return target.tree.query(table.part_metric, predicate="intersects")
    g, p = parts_tree.query(target.geometries, predicate="intersects")
    return p, g


def _amounts(table, target, p, g):
    """The measure of each part's overlap with its target feature (NaN for point parts)."""
    amount = numpy.full(len(p), numpy.nan)
    measured = numpy.flatnonzero(table.part_kind[p] > 0)
    if not len(measured):
        return amount
    pm, gm = p[measured], g[measured]
    whole = shapely.contains_properly(target.geometries[gm], table.part_metric[pm])
    values = table.part_measure[pm]
    cut = numpy.flatnonzero(~whole)
    if len(cut):
        pieces = shapely.intersection(table.part_metric[pm[cut]], target.geometries[gm[cut]])
        values[cut] = numpy.where(table.part_kind[pm[cut]] == 2, shapely.area(pieces), shapely.length(pieces))
    amount[measured] = values
    return amount


def _largest_where_none_counts(target, feature, g, counted, top):
    """`counted` plus, per feature and tiling layer where nothing counts, the largest overlap."""
    layer = target.layer[g]
    open_ = ~counted & target.keep_largest[layer] & (top > 0)
    if not open_.any():
        return counted
    key = feature * len(target.keep_largest) + layer
    candidates = numpy.flatnonzero(open_ & ~numpy.isin(key, key[counted]))
    if not len(candidates):
        return counted
    candidates = candidates[numpy.lexsort((g[candidates], -top[candidates], key[candidates]))]
    first = numpy.r_[True, key[candidates][1:] != key[candidates][:-1]]
    keep = counted.copy()
    keep[candidates[first]] = True
    return keep


def target_hits(table, target, parts_tree=None):
    """LayerHits of every layer of `target`: a feature counts where any part of it counts
    (rules.counts); its overlap is its top part's. On a layer that tiles the city, a feature none
    of whose overlaps counts keeps its largest one."""
    p, g = _pairs(table, target, parts_tree)
    amount = _amounts(table, target, p, g)
    kind, feature = table.part_kind[p], table.part_feature[p]
    counted = counts(kind, amount, table.part_minimum[p])
    top = numpy.where(table.part_top[p] & (kind > 0), amount, 0.0)
    if not table.single_parts:   # a feature's parts on one target feature: one row
        n = len(target)
        keys, group = numpy.unique(feature * n + g, return_inverse=True)
        counted = numpy.bincount(group, weights=counted, minlength=len(keys)) > 0
        top = numpy.bincount(group, weights=top, minlength=len(keys)).astype(float)
        feature, g = keys // n, keys % n
    keep = _largest_where_none_counts(target, feature, g, counted, top)
    feature, g, top = feature[keep], g[keep], top[keep]
    layer = target.layer[g]
    order = numpy.lexsort((g, -top, feature, layer))
    feature, g, top, layer = feature[order], g[order], top[order], layer[order]
    total = table.total[feature]
    point = table.kind[feature] == 0
    share = numpy.full(len(top), numpy.nan)
    numpy.divide(top, total, out=share, where=(total > 0) & ~point)
    top[point] = numpy.nan
    index = g - target.start[layer]
    bounds = numpy.searchsorted(layer, numpy.arange(len(target.keep_largest) + 1))
    return [LayerHits(feature[a:b], index[a:b], top[a:b], share[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]


def _parts_of(table, features):
    """(row, part): every near part of each of `features` (ascending), row indexing `features`."""
    start = numpy.searchsorted(table.part_feature, features, "left")
    number = numpy.searchsorted(table.part_feature, features, "right") - start
    row = numpy.repeat(numpy.arange(len(features)), number)
    offset = numpy.arange(len(row)) - numpy.repeat(numpy.cumsum(number) - number, number)
    return row, numpy.repeat(start, number) + offset


def _buffer_distances(targets, table, hits):
    """Per buffers row: the distance from its river to the nearest part of the feature."""
    if not len(hits):
        return numpy.zeros(0)
    rivers = targets.buffer_river[hits.index]
    row, part = _parts_of(table, hits.feature)
    distance = numpy.full(len(row), numpy.nan)
    for river in numpy.unique(rivers[rivers >= 0]):
        rows = numpy.flatnonzero(rivers[row] == river)
        found, gap = targets.river_pieces[river].query_nearest(table.part_metric[part[rows]],
                                                                    return_distance=True)
        distance[rows[found[0]]] = gap
    nearest = numpy.full(len(hits), numpy.inf)
    numpy.fmin.at(nearest, row, distance)
    nearest[numpy.isinf(nearest)] = numpy.nan
    return nearest


def _nearest_rivers(targets, table, features):
    """(river index, distance) of the river nearest to each of `features` (-1, NaN without one)."""
    river, distance = numpy.full(len(table), -1), numpy.full(len(table), numpy.nan)
    row, part = _parts_of(table, features)
    if not len(part) or not len(targets.piece_river):
        return river, distance
    (found, piece), gap = targets.pieces.query_nearest(table.part_metric[part], return_distance=True,
                                                            all_matches=True)
    feature, owner = features[row[found]], targets.piece_river[piece]
    order = numpy.lexsort((owner, gap, feature))
    feature, owner, gap = feature[order], owner[order], gap[order]
    first = numpy.r_[True, feature[1:] != feature[:-1]]
    river[feature[first]], distance[feature[first]] = owner[first], gap[first]
    return river, distance


def run(dataset, table, buffers=True, summary=True):
    """Hits of every feature of `table`; layers count for the features in the city only.
    `buffers` false leaves the river buffers out; `summary` false leaves out what only a summary
    shows (the nearest river)."""
    targets = targets_of(dataset)
    n = len(table)
    parts_tree = shapely.STRtree(table.part_metric) if len(table.part_metric) >= PARTS_TREE_FROM else None
    target = targets.with_buffers if buffers else targets.without_buffers
    found = target_hits(table, target, parts_tree)
    city = found[0]
    inside = numpy.zeros(n, bool)
    inside[city.feature] = True
    inside_measure = numpy.zeros(n)
    inside_measure[city.feature] = numpy.where(numpy.isnan(city.amount), 0.0, city.amount)
    outside = outside_measures(table.total, inside_measure, table.minimum)
    layers = {name: hits.only(inside[hits.feature]) for (name, _keep), hits in zip(LAYERS[1:], found[1:])}
    distance, buffer_measure = numpy.zeros(0), numpy.zeros(n)
    river, river_m = numpy.full(n, -1), numpy.full(n, numpy.nan)
    if buffers:
        area = layers.pop("buffer_area")
        area = area.only(numpy.isin(area.feature, layers["buffers"].feature))
        buffer_measure[area.feature] = numpy.where(numpy.isnan(area.amount), 0.0, area.amount)
        distance = _buffer_distances(targets, table, layers["buffers"])
        if summary:
            river, river_m = _nearest_rivers(targets, table, numpy.flatnonzero(inside))
    return Hits(table, inside, inside_measure, outside, layers, distance, buffer_measure, river, river_m)


# --- one geometry: the InspectResult ---------------------------------------------------------------

def _number(value):
    return None if numpy.isnan(value) else float(value)


def feature_rows(layer, feature=0):
    """(layer index, overlap or None, share or None) of one feature's rows, largest first."""
    start, stop = numpy.searchsorted(layer.feature, [feature, feature + 1])
    return [(int(i), _number(a), _number(s))
            for i, a, s in zip(layer.index[start:stop], layer.amount[start:stop], layer.share[start:stop])]


def inspect_geometry(dataset, geometry, crs=STORAGE_CRS, min_overlap_m2=MIN_OVERLAP_M2):
    """What applies to one geometry: the overlay of one feature, as an InspectResult. Bad input
    raises InputError/CRSError (the overlay of many reports it per feature instead)."""
    query = build_query(geometry, crs, dataset.city_bounds_4490, min_overlap_m2)
    hits = run(dataset, table_of_queries([query]), summary=False)
    kind = query.kind
    result = InspectResult(dataset=dataset.info(), kind=kind, crs=str(crs), geometry_4490=query.stored,
                           measure=query.total, repaired=query.repaired)
    result.inside = bool(hits.inside[0])
    if kind != "point":
        result.outside_measure = float(hits.outside_measure[0])
    if not result.inside:
        return result
    result.inside_measure = None if kind == "point" else float(hits.inside_measure[0])
    for i, amount, share in feature_rows(hits.layers["counties"]):
        record = dataset.counties.records[i]
        result.counties.append({"code": str(record["code"]), "name": record["name"],
                                "overlap": amount, "share": share})
    # Basins in the dataset's order, as the source lists them.
    for i, _amount, _share in sorted(feature_rows(hits.layers["basins"])):
        record = dataset.basins.records[i]
        result.basins.append({"id": record["basin_id"], "name": record["basin_name"]})
    for i, _amount, _share in feature_rows(hits.layers["built_up"]):
        record = dataset.built_up.records[i]
        result.built_up.append({"code": str(record["code"]), "name": record["name"]})
    for i, amount, share in feature_rows(hits.layers["units"]):
        record = dataset.units.records[i]
        result.units.append({
            "code": record["unit_code"], "name": record["unit_name"],
            "class": unit_class_number(record["unit_class"]),
            "class_name": dataset.unit_class_name(record["unit_class"]),
            "subtype": record.get("subtype") or "", "county_code": str(record.get("county_code") or ""),
            "overlap_m2": amount if kind == "polygon" else None,
            "length_m": amount if kind == "line" else None, "share": share, "index": i})
    for (i, amount, _share), distance in zip(feature_rows(hits.layers["buffers"]), hits.buffer_distance):
        record = dataset.buffers.records[i]
        result.buffers.append({
            "river": record["river_name"], "width_m": float(record["buffer_m"]),
            "distance_m": None if numpy.isnan(distance) else round(float(distance), 2),
            "overlap_m2": amount if kind == "polygon" else None,
            "length_m": amount if kind == "line" else None, "basin_id": record.get("basin_id")})
    result.buffers.sort(key=lambda b: (b["distance_m"] is None, b["distance_m"]))
    result.requirements = requirements_of(dataset, [b["id"] for b in result.basins],
                                          [u["code"] for u in result.units], bool(result.buffers))
    return result


def requirement_scopes(dataset, basin_ids, unit_codes):
    """The requirement levels that apply, in order: the city, then the basins, then the units."""
    return ([(SCOPE_CITY, dataset.city_code)] + [(SCOPE_BASIN, b) for b in basin_ids]
            + [(SCOPE_UNIT, u) for u in unit_codes])


def requirements_of(dataset, basin_ids, unit_codes, in_buffer):
    """[(Requirement, triggered)]: city → basin(s) → unit(s), each level once; the buffer rule
    marked when a buffer is hit."""
    rule = dataset.buffer_rule
    triggered = in_buffer and rule is not None
    items = []
    for scope in requirement_scopes(dataset, basin_ids, unit_codes):
        for requirement in dataset.by_scope.get(scope, []):
            items.append((requirement, triggered and requirement.req_id == rule.req_id))
    if triggered and all(r.req_id != rule.req_id for r, _ in items):
        # Inside a 松花江 buffer (option on): the rule's text lives in the 辽河 list only, so it is
        # added after the basin level, marked as the reason.
        at = max((n + 1 for n, (r, _) in enumerate(items) if r.scope != SCOPE_UNIT), default=0)
        items.insert(at, (rule, True))
    return items
