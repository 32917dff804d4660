"""What applies here? One geometry in, one InspectResult out (the "1+2+61" list)."""
import shapely

from zoning_plugin.core.geo import (METRIC_CRS, STORAGE_CRS, check_finite, check_geographic_range,
                                    prepare_input, reproject)
from zoning_plugin.core.dataset import unit_class_number
from zoning_plugin.core.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_UNIT
from zoning_plugin.core.result import InspectResult

# Overlaps smaller than this are digitising slivers, not a real touch (cf. the Swiss ÖREB 1 m²).
MIN_OVERLAP_M2 = 1.0
MIN_LENGTH_M = 0.1


def _kind(geometry):
    dim = shapely.get_dimensions(geometry)
    if isinstance(geometry, shapely.GeometryCollection) and not geometry.is_empty:
        dim = max(shapely.get_dimensions(g) for g in geometry.geoms)
    return {0: "point", 1: "line", 2: "polygon"}[int(dim)]


def _measure(kind, geometry):
    if kind == "polygon":
        return shapely.area(geometry)
    if kind == "line":
        return shapely.length(geometry)
    return 0.0


def _overlaps(layer, indices, kind, metric, total, minimum):
    """(index, overlap measure, share) for each hit above the sliver threshold, largest first."""
    rows = []
    for i in indices:
        if kind == "point":
            rows.append((i, None, None))
            continue
        measure = _measure(kind, shapely.intersection(layer.metric[i], metric))
        if measure >= minimum:
            rows.append((i, measure, measure / total if total else None))
    if kind != "point":
        rows.sort(key=lambda row: -row[1])
    return rows


def inspect_geometry(dataset, geometry, crs=STORAGE_CRS, min_overlap_m2=MIN_OVERLAP_M2):
    geometry, repaired = prepare_input(geometry, crs)
    # Through CGCS2000 lon/lat first: input outside its CRS's domain shows up there as inf or
    # an impossible latitude, before any area is measured.
    stored = reproject(geometry, crs, STORAGE_CRS)
    check_finite(stored, crs)
    check_geographic_range(stored, STORAGE_CRS)
    metric = reproject(stored, STORAGE_CRS, METRIC_CRS)
    check_finite(metric, crs)
    kind = _kind(metric)
    if kind == "polygon" and not isinstance(metric, (shapely.Polygon, shapely.MultiPolygon)):
        # make_valid may leave a collection of a polygon and stray lines: keep the area part.
        metric = shapely.union_all([g for g in metric.geoms if shapely.get_dimensions(g) == 2])
        stored = reproject(metric, METRIC_CRS, STORAGE_CRS)
    shapely.prepare(metric)
    total = _measure(kind, metric)
    minimum = min_overlap_m2 if kind == "polygon" else MIN_LENGTH_M
    result = InspectResult(dataset=dataset.info(), kind=kind, crs=str(crs), geometry_4490=stored,
                           measure=total, repaired=repaired)

    inside_measure = _measure(kind, shapely.intersection(metric, dataset.city_metric)) \
        if kind != "point" else None
    result.inside = bool(dataset.city_metric.intersects(metric) and (
        kind == "point" or inside_measure >= minimum))
    if not result.inside:
        return result
    result.inside_measure = None if inside_measure is None else float(inside_measure)

    for i, measure, share in _overlaps(dataset.counties, dataset.counties.hits(metric), kind, metric,
                                       total, minimum):
        record = dataset.counties.records[i]
        result.counties.append({"code": str(record["code"]), "name": record["name"],
                                "overlap": measure, "share": share})
    for i, _measure_, _share in _overlaps(dataset.basins, dataset.basins.hits(metric), kind, metric,
                                          total, minimum):
        record = dataset.basins.records[i]
        result.basins.append({"id": record["basin_id"], "name": record["basin_name"]})
    result.basins.sort(key=lambda b: b["id"] != "liao")  # 辽河流域 first, as in the source
    for i in dataset.built_up.hits(metric):
        record = dataset.built_up.records[i]
        result.built_up.append({"code": str(record["code"]), "name": record["name"]})
    for i, measure, share in _overlaps(dataset.units, dataset.units.hits(metric), kind, metric,
                                       total, minimum):
        record = dataset.units.records[i]
        result.units.append({
            "code": record["unit_code"], "name": record["unit_name"],
            "class": unit_class_number(record["unit_class"]),
            "class_name": dataset.unit_class_name(record["unit_class"]),
            "subtype": record.get("subtype") or "", "county_code": str(record.get("county_code") or ""),
            "overlap_m2": measure if kind == "polygon" else None,
            "length_m": measure if kind == "line" else None, "share": share, "index": i})
    river_metric = dataset.river_lines()
    for i in dataset.buffers.hits(metric):
        record = dataset.buffers.records[i]
        overlap = None
        if kind != "point":
            overlap = _measure(kind, shapely.intersection(dataset.buffers.metric[i], metric))
            if overlap < minimum:
                continue
        line = river_metric.get(record["river_name"])
        result.buffers.append({
            "river": record["river_name"], "width_m": float(record["buffer_m"]),
            "distance_m": round(float(shapely.distance(line, metric)), 2) if line is not None else None,
            "overlap_m2": overlap if kind == "polygon" else None,
            "length_m": overlap if kind == "line" else None, "basin_id": record.get("basin_id")})
    result.buffers.sort(key=lambda b: (b["distance_m"] is None, b["distance_m"]))
    _collect_requirements(dataset, result)
    return result


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
