"""What applies here? One geometry in, one InspectResult out (the "1+2+61" list)."""
import shapely

from zoning_plugin.core.dataset import unit_class_number
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_UNIT
from zoning_plugin.core.query import build_query
from zoning_plugin.core.result import InspectResult
from zoning_plugin.core.rules import MIN_OVERLAP_M2, outside_measure, overlap


def query_hits(layer, query):
    """Indices of the layer's features that any part of the query touches."""
    if len(query.near) == 1:
        return layer.hits(query.near[0].metric)
    return sorted({i for part in query.near for i in layer.hits(part.metric)})


def query_overlap(query, feature):
    """(counts, overlap of the top part): a feature counts when any part of the query overlaps it
    by more than a sliver (rules.overlap); the top part's overlap is its measure (None for points,
    0 when only a lower part, such as a point beside a polygon, touches it)."""
    counted, amount = False, None if query.kind == "point" else 0.0
    for part in query.near:
        counts, this = overlap(part.kind, part.metric, feature, part.minimum)
        if part is query.top:
            amount = this
        counted = counted or counts
    return counted, amount


def feature_overlaps(geometries, indices, query, keep_largest=False):
    """(index, overlap measure, share) of each feature the query counts in, largest first. With
    `keep_largest` (a layer tiling the city, the query inside it), the largest overlap counts when
    none reaches the threshold: a place in the city always gets its unit."""
    if query.single_point:
        return [(i, None, None) for i in indices]   # a hit of a lone point is a touch: it counts
    rows, best = [], None
    for i in indices:
        counts, amount = query_overlap(query, geometries[i])
        if counts:
            rows.append((i, amount))
        elif amount and (best is None or amount > best[1]):
            best = (i, amount)
    if not rows and keep_largest and best is not None:
        rows.append(best)
    total = query.total
    if query.kind == "point":
        return [(i, None, None) for i, _amount in rows]
    rows.sort(key=lambda row: -row[1])
    return [(i, amount, amount / total if total else None) for i, amount in rows]


def layer_overlaps(layer, query, keep_largest=False):
    """feature_overlaps of one dataset Layer, its spatial index finding the candidates."""
    return feature_overlaps(layer.metric, query_hits(layer, query), query, keep_largest)


def inspect_geometry(dataset, geometry, crs=STORAGE_CRS, min_overlap_m2=MIN_OVERLAP_M2):
    query = build_query(geometry, crs, dataset.city_bounds_4490, min_overlap_m2)
    kind = query.kind
    result = InspectResult(dataset=dataset.info(), kind=kind, crs=str(crs), geometry_4490=query.stored,
                           measure=query.total, repaired=query.repaired)
    result.inside, inside_measure = query_overlap(query, dataset.city_metric)
    if kind != "point":
        result.outside_measure = outside_measure(query.total, inside_measure, query.top.minimum)
    if not result.inside:
        return result
    result.inside_measure = inside_measure

    for i, amount, share in layer_overlaps(dataset.counties, query, keep_largest=True):
        record = dataset.counties.records[i]
        result.counties.append({"code": str(record["code"]), "name": record["name"],
                                "overlap": amount, "share": share})
    for i, _amount, _share in layer_overlaps(dataset.basins, query, keep_largest=True):
        record = dataset.basins.records[i]
        result.basins.append({"id": record["basin_id"], "name": record["basin_name"]})
    result.basins.sort(key=lambda b: b["id"] != "liao")  # 辽河流域 first, as in the source
    for i, _amount, _share in layer_overlaps(dataset.built_up, query):
        record = dataset.built_up.records[i]
        result.built_up.append({"code": str(record["code"]), "name": record["name"]})
    for i, amount, share in layer_overlaps(dataset.units, query, keep_largest=True):
        record = dataset.units.records[i]
        result.units.append({
            "code": record["unit_code"], "name": record["unit_name"],
            "class": unit_class_number(record["unit_class"]),
            "class_name": dataset.unit_class_name(record["unit_class"]),
            "subtype": record.get("subtype") or "", "county_code": str(record.get("county_code") or ""),
            "overlap_m2": amount if kind == "polygon" else None,
            "length_m": amount if kind == "line" else None, "share": share, "index": i})
    _collect_buffers(dataset, query, result)
    _collect_requirements(dataset, result)
    return result


def _collect_buffers(dataset, query, result):
    river_metric = dataset.river_lines()
    parts = [part.metric for part in query.near]
    for i, amount, _share in layer_overlaps(dataset.buffers, query):
        record = dataset.buffers.records[i]
        line = river_metric.get(record["river_name"])
        distance = min(float(shapely.distance(line, part)) for part in parts) if line is not None else None
        result.buffers.append({
            "river": record["river_name"], "width_m": float(record["buffer_m"]),
            "distance_m": None if distance is None else round(distance, 2),
            "overlap_m2": amount if result.kind == "polygon" else None,
            "length_m": amount if result.kind == "line" else None, "basin_id": record.get("basin_id")})
    result.buffers.sort(key=lambda b: (b["distance_m"] is None, b["distance_m"]))


def _collect_requirements(dataset, result):
    """City → basin(s) → unit(s), each level once; the buffer rule marked when a buffer is hit."""
    scopes = [(SCOPE_CITY, dataset.city_code)]
    scopes += [(SCOPE_BASIN, b["id"]) for b in result.basins]
    scopes += [(SCOPE_UNIT, u["code"]) for u in result.units]
    rule = dataset.buffer_rule
    triggered = bool(result.buffers) and rule is not None
    items = []
    for scope in scopes:
        for requirement in dataset.by_scope.get(scope, []):
            items.append((requirement, triggered and requirement.req_id == rule.req_id))
    if triggered and all(r.req_id != rule.req_id for r, _ in items):
        # Inside a 松花江 buffer (option on): the rule's text lives in the 辽河 list only, so it is
        # added after the basin level, marked as the reason.
        at = max((n + 1 for n, (r, _) in enumerate(items) if r.scope != SCOPE_UNIT), default=0)
        items.insert(at, (rule, True))
    result.requirements = items
