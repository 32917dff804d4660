"""The overlay engine on arrays: the near parts of N input features (query.PartTable) against all
the dataset's layers at once, with the rules of rules.py. A click (N = 1) and a plan of 100k parcels
go through the same code; only how the pairs are found differs.

Pairs come from one bulk STRtree query of boxes: for a few parts the layers' tree is asked, for many
a tree of the parts is asked by the layers' geometries. The layers' prepared geometries then decide
in vectorised GEOS calls (which release the GIL, so worker threads share the cores): a part lying
properly inside a feature takes its own measure; only parts crossing a border are cut."""
from dataclasses import dataclass

import numpy
import shapely

from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.dataset.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_CLASS, SCOPE_UNIT
from zoning_plugin.core.engine.query import build_query, table_of_queries
from zoning_plugin.core.result import InspectResult
from zoning_plugin.core.engine.thresholds import MIN_OVERLAP_M2, counts, outside_measures, wide_areas
from zoning_plugin.core.engine.targets import LAYERS, targets_of

# From this many parts on, the parts get a tree of their own and the layers ask it.
PARTS_TREE_FROM = 48
# From this many parts crossing borders on, they are cut against clipped copies of large features.
CLIPS_FROM = 48
# Distances to rivers: true to a millimetre (a part of more than SIMPLIFY_FROM vertices is measured
# simplified within that); the search starts from grid cells this wide.
DISTANCE_TOLERANCE_M = 0.001
SIMPLIFY_FROM = 64
DISTANCE_CELL_M = 500.0


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
    """(part, target geometry, the part lies properly inside it) of the parts and target
    geometries that intersect: boxes from a tree, then the target's prepared geometries decide."""
    if parts_tree is None:
        p, g = target.tree.query(table.part_metric)
    else:
        g, p = parts_tree.query(target.geometries)
    # Most parts lie properly inside what they touch: asked that first, they need no intersects.
    inside = shapely.contains_properly(target.geometries[g], table.part_metric[p])
    touching = inside.copy()
    touching[~inside] = shapely.intersects(target.geometries[g[~inside]], table.part_metric[p[~inside]])
    return p[touching], g[touching], inside[touching]


def _amounts(table, target, p, g, inside):
    """(amount, raw) of each part's overlap with its target geometry (NaN for point parts): the
    measure that counts, an area without its boundary artefacts (rules.wide_areas), and the whole
    measure, by which the largest overlap is kept where none counts."""
    amount = numpy.full(len(p), numpy.nan)
    measured = numpy.flatnonzero(table.part_kind[p] > 0)
    values = table.part_measure[p[measured]]
    whole = values.copy()
    cut = measured[~inside[measured]]
    if len(cut):
        parts, features = table.part_metric[p[cut]], target.geometries[g[cut]]
        if len(cut) >= CLIPS_FROM:
            features = target.clips.for_pairs(target.geometries, g[cut], shapely.bounds(parts))
        pieces = shapely.intersection(parts, features)
        area = table.part_kind[p[cut]] == 2
        whole[~inside[measured]] = numpy.where(area, shapely.area(pieces), shapely.length(pieces))
        ruled = area & target.width_rule[g[cut]]
        cut_values = whole[~inside[measured]].copy()
        cut_values[ruled] = wide_areas(pieces[ruled])
        values[~inside[measured]] = cut_values
    amount[measured] = values
    raw = amount.copy()
    raw[measured] = whole
    return amount, raw


def _summed(keys, *columns):
    """The distinct keys and, per key, the sum of each column."""
    keys, group = numpy.unique(keys, return_inverse=True)
    return (keys, *(numpy.bincount(group, weights=column, minlength=len(keys)).astype(float) for column in columns))


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
    p, g, inside = _pairs(table, target, parts_tree)
    amount, raw = _amounts(table, target, p, g, inside)
    f = target.owner[g]
    n = len(target)
    keys = p * n + f
    if target.tiled and len(set(keys.tolist())) < len(keys):
        # A part's overlaps with the tiles of one feature make one overlap (a line running exactly
        # along a tile's cut would count twice there; tiles are cut at box midpoints).
        keys, amount, raw = _summed(keys, numpy.where(numpy.isnan(amount), 0.0, amount),
                                    numpy.where(numpy.isnan(raw), 0.0, raw))
        p, f = keys // n, keys % n
        amount[table.part_kind[p] == 0] = numpy.nan
    kind, feature = table.part_kind[p], table.part_feature[p]
    counted = counts(kind, amount, table.part_minimum[p])
    top = numpy.where(table.part_top[p] & (kind > 0), amount, 0.0)
    top_raw = numpy.where(table.part_top[p] & (kind > 0), raw, 0.0)
    if not table.single_parts:   # a feature's parts on one target feature: one row
        keys, counted, top, top_raw = _summed(feature * n + f, counted, top, top_raw)
        feature, f, counted = keys // n, keys % n, counted > 0
    # Where nothing counts, the largest overlap is kept as it is measured, artefacts and all (a
    # parcel a few centimetres wide has no wide piece).
    keep = _largest_where_none_counts(target, feature, f, counted, top_raw)
    top = numpy.where(counted, top, top_raw)
    feature, f, top = feature[keep], f[keep], top[keep]
    layer = target.layer[f]
    order = numpy.lexsort((f, -top, feature, layer))
    feature, f, top, layer = feature[order], f[order], top[order], layer[order]
    total = table.total[feature]
    point = table.kind[feature] == 0
    share = numpy.full(len(top), numpy.nan)
    numpy.divide(top, total, out=share, where=(total > 0) & ~point)
    top[point] = numpy.nan
    index = f - target.start[layer]
    bounds = numpy.searchsorted(layer, numpy.arange(len(target.keep_largest) + 1))
    return [LayerHits(feature[a:b], index[a:b], top[a:b], share[a:b])
            for a, b in zip(bounds[:-1], bounds[1:])]


def _parts_of(table, features):
    """(row, part): every near part of each of `features` (ascending), row indexing `features`."""
    start = numpy.searchsorted(table.part_feature, features, "left")
    number = numpy.searchsorted(table.part_feature, features, "right") - start
    row = numpy.repeat(numpy.arange(len(features)), number)
    offset = numpy.arange(len(row)) - numpy.repeat(numpy.cumsum(number) - number, number)
    return row, numpy.repeat(start, number) + offset


def _distance_bounds(tree, geometries, known):
    """An upper bound of each geometry's distance to the tree's pieces: the exact distance from the
    centre of its first vertex's grid cell plus the way from there to the vertex (one nearest-piece
    query per cell instead of one per geometry). `known`: {cell: distance} of the cells this tree
    was asked for before (Rivers.cell_gaps), added to: the chunks of a plan share most cells."""
    coordinates, index = shapely.get_coordinates(geometries, return_index=True)
    first = coordinates[numpy.searchsorted(index, numpy.arange(len(geometries)))]
    cell = numpy.floor(first / DISTANCE_CELL_M)
    cells, which = numpy.unique(cell, axis=0, return_inverse=True)
    centres = (cells + 0.5) * DISTANCE_CELL_M
    keys = list(map(tuple, cells.tolist()))
    from_centre = numpy.array([known.get(key, numpy.nan) for key in keys], dtype=float)
    asked = numpy.flatnonzero(numpy.isnan(from_centre))
    if len(asked):
        (found, _piece), gap = tree.query_nearest(shapely.points(centres[asked]), return_distance=True,
                                                  all_matches=False)
        gaps = numpy.zeros(len(asked))
        gaps[found] = gap
        from_centre[asked] = gaps
        known.update(zip((keys[a] for a in asked.tolist()), gaps.tolist()))
    return from_centre[which.ravel()] + numpy.hypot(*(first - centres[which.ravel()]).T)


def _simplified(table, part):
    """The parts `part` of `table` as distances are measured on them: a part of more than
    SIMPLIFY_FROM vertices simplified within DISTANCE_TOLERANCE_M (the vertices densifying added
    come out again; a part that would vanish stays as it is), once per table however many rivers
    it is measured to; a smaller part as it is (simplifying it costs more than it saves)."""
    simple = table.__dict__.setdefault("_simple", numpy.full(len(table.part_metric), None, dtype=object))
    missing = numpy.unique(part[shapely.is_missing(simple[part])])
    if len(missing):
        made = table.part_metric[missing].copy()
        large = shapely.get_num_coordinates(made) > SIMPLIFY_FROM
        simpler = shapely.simplify(made[large], DISTANCE_TOLERANCE_M, preserve_topology=False)
        made[large] = numpy.where(shapely.is_empty(simpler), made[large], simpler)
        simple[missing] = made
    return simple[part]


def _box_gaps(a, b):
    """The distance between boxes (rows of minx, miny, maxx, maxy): no more than that between
    anything inside them."""
    dx = numpy.maximum(numpy.maximum(a[:, 0] - b[:, 2], b[:, 0] - a[:, 2]), 0.0)
    dy = numpy.maximum(numpy.maximum(a[:, 1] - b[:, 3], b[:, 1] - a[:, 3]), 0.0)
    return numpy.hypot(dx, dy)


def _distances(pieces, tree, half, simple, known):
    """(geometry, piece, distance) of every piece that may be the nearest to each of the `simple`
    geometries (_simplified), with its distance: from the piece's bank, `half` its channel's width
    from its line (0: from the line; core/dataset/channels.py), 0 inside the channel. Every piece at
    the least distance is among them (ties are broken by the callers). `known`: _distance_bounds."""
    # The bound from the lines holds from the banks too; a bank is at most the widest half nearer.
    widest = float(half.max()) if len(half) else 0.0
    reach = _distance_bounds(tree, simple, known) * (1 + 1e-9) + 1e-6 + widest
    bounds = shapely.bounds(simple)
    low, high = bounds[:, :2] - reach[:, None], bounds[:, 2:] + reach[:, None]
    g, piece = tree.query(shapely.box(low[:, 0], low[:, 1], high[:, 0], high[:, 1]))
    # A lower bound of each distance from the boxes (a hair less: numpy and GEOS round alike, but
    # need not); the exact distance is asked only where the bound may beat the nearest so far.
    lower = numpy.maximum(_box_gaps(bounds[g], shapely.bounds(pieces[piece])) - half[piece], 0.0) * (1 - 1e-12) - 1e-9
    keep = lower <= reach[g]
    g, piece, lower = g[keep], piece[keep], lower[keep]
    order = numpy.lexsort((lower, g))
    g, piece, lower = g[order], piece[order], lower[order]
    gap = numpy.full(len(g), numpy.nan)
    best = numpy.full(len(simple), numpy.inf)
    # First the piece of each geometry with the least bound, then every piece whose bound does not
    # exceed the nearest of those: no piece left out can be nearer, or as near.
    first = numpy.flatnonzero(numpy.r_[True, g[1:] != g[:-1]]) if len(g) else numpy.zeros(0, int)
    for asked in (first, None):
        if asked is None:
            asked = numpy.flatnonzero(numpy.isnan(gap) & (lower <= best[g]))
        found = shapely.distance(simple[g[asked]], pieces[piece[asked]])
        if widest:
            found = numpy.maximum(found - half[piece[asked]], 0.0)
        gap[asked] = found
        numpy.minimum.at(best, g[asked], found)
    measured = ~numpy.isnan(gap)
    return g[measured], piece[measured], gap[measured]


def _buffer_distances(targets, table, hits):
    """Per buffers row: the distance from its river to the nearest part of the feature."""
    distance = numpy.full(len(hits), numpy.nan)
    rivers = targets.buffer_river[hits.index]
    for river in numpy.unique(rivers[rivers >= 0]):
        rows = numpy.flatnonzero(rivers == river)
        row, part = _parts_of(table, hits.feature[rows])
        found, _piece, gap = _distances(*targets.rivers.by_river[river], _simplified(table, part),
                                        targets.rivers.cell_gaps.setdefault(river, {}))
        nearest = numpy.full(len(rows), numpy.inf)
        numpy.minimum.at(nearest, row[found], gap)
        distance[rows] = nearest
    return distance


def _nearest_rivers(targets, table, features):
    """(river index, distance) of the river nearest to each of `features` (-1, NaN without one)."""
    river, distance = numpy.full(len(table), -1), numpy.full(len(table), numpy.nan)
    rivers = targets.rivers
    row, part = _parts_of(table, features)
    if not len(part) or not len(rivers.pieces):
        return river, distance
    found, piece, gap = _distances(rivers.pieces, rivers.tree, rivers.half, _simplified(table, part),
                                   rivers.cell_gaps.setdefault(-1, {}))
    feature, owner = features[row[found]], rivers.piece_river[piece]
    order = numpy.lexsort((owner, gap, feature))
    feature, owner, gap = feature[order], owner[order], gap[order]
    first = numpy.r_[True, feature[1:] != feature[:-1]]
    river[feature[first]], distance[feature[first]] = owner[first], gap[first]
    return river, distance


def _without_artefacts(table, target, inside, outside):
    """`outside` with what lies outside the city measured without its boundary artefacts
    (rules.wide_areas), for the areas in the city that have any: an outline along the city's
    border given in another CRS leaves slivers outside it."""
    features = numpy.flatnonzero(inside & (outside > 0) & (table.kind == 2))
    if not len(features):
        return outside
    top = numpy.flatnonzero(table.part_top)
    part = top[numpy.isin(table.part_feature[top], features)]
    features = table.part_feature[part]
    city = target.geometries[0]   # LAYERS[0]: the city, one geometry
    far = table.total[features] - table.part_measure[part]   # the far part, not near the city
    measured = far + wide_areas(shapely.difference(table.part_metric[part], city))
    outside = outside.copy()
    outside[features] = outside_measures(measured, numpy.zeros(len(features)), table.minimum[features])
    return outside


def overlay_table(dataset, table, buffers=True, summary=True, targets=None):
    """Hits of every feature of `table`; layers count for the features in the city only.
    `buffers` false leaves the river buffers out; `summary` false leaves out what only a summary
    shows (the nearest river). `targets`: the dataset's Targets, or a worker thread's copy."""
    targets = targets or targets_of(dataset)
    n = len(table)
    parts_tree = shapely.STRtree(table.part_metric) if len(table.part_metric) >= PARTS_TREE_FROM else None
    target = targets.with_buffers if buffers else targets.without_buffers
    found = target_hits(table, target, parts_tree)
    city = found[0]
    inside = numpy.zeros(n, bool)
    inside[city.feature] = True
    inside_measure = numpy.zeros(n)
    inside_measure[city.feature] = numpy.where(numpy.isnan(city.amount), 0.0, city.amount)
    outside = _without_artefacts(table, target, inside, outside_measures(table.total, inside_measure, table.minimum))
    layers = {name: hits.only(inside[hits.feature])
              for (name, _keep, _narrow), hits in zip(LAYERS[1:], found[1:])}
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
    query = build_query(geometry, crs, dataset.city_bounds_4490, min_overlap_m2, metric_crs=dataset.metric_crs)
    hits = overlay_table(dataset, table_of_queries([query]), summary=False)
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
    # Basins in the dataset's order (basins.seq), as the source lists them.
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
            "class": dataset.class_number(record["unit_class"]),
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
            "length_m": amount if kind == "line" else None, "basin_id": record.get("basin_id"),
            **dataset.channels.reading(record["river_name"])})
    result.buffers.sort(key=lambda b: (b["distance_m"] is None, b["distance_m"]))
    result.requirements = requirements_of(dataset, [b["id"] for b in result.basins],
                                          [(u["code"], u["class"]) for u in result.units], bool(result.buffers))
    return result


def requirement_scopes(dataset, basin_ids, units):
    """The requirement levels that apply, in order: the city, then the basins, then per unit
    (code, class) the requirements of its class and its own."""
    unit_scopes = [scope for code, unit_class in units
                   for scope in ((SCOPE_CLASS, str(unit_class)), (SCOPE_UNIT, code))]
    return [(SCOPE_CITY, dataset.city_code)] + [(SCOPE_BASIN, b) for b in basin_ids] + unit_scopes


def requirements_of(dataset, basin_ids, units, in_buffer):
    """[(Requirement, triggered)]: city → basin(s) → unit(s) (each unit's class requirements before
    its own), each level once; the buffer rule marked when a buffer is hit."""
    rule = dataset.buffer_rule
    triggered = in_buffer and rule is not None
    items = []
    for scope in requirement_scopes(dataset, basin_ids, units):
        for requirement in dataset.by_scope.get(scope, []):
            items.append((requirement, triggered and requirement.req_id == rule.req_id))
    if triggered and all(r.req_id != rule.req_id for r, _ in items):
        # Inside a buffer of a basin whose list lacks the rule (the option of the other basins): the
        # rule is added after the basin level, marked as the reason.
        at = max((n + 1 for n, (r, _) in enumerate(items) if r.scope in (SCOPE_CITY, SCOPE_BASIN)), default=0)
        items.insert(at, (rule, True))
    return items
