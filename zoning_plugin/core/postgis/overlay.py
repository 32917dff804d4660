"""zoning:conformity's overlay inside the database (issue 19 §3): the plan's polygons, read from
their own table by feature id, against the engine's targets as published (overlay_targets.py),
with the rules of core/engine: the overlap of each feature with each target feature (the
subdivided pieces put together again), the mean-width rule on its pieces, the sliver threshold,
the largest kept on a tiling layer where none counts, inside and outside the city, the river
buffers and the distances to the rivers. What comes back is the engine's own Hits, so the
summaries and unit rows are made by the same code as the in-process path's (_Assembler).

Only the features the engine takes straight through are overlaid here ("plain": one valid,
non-empty polygon or multipolygon of under COMPLEXITY_FROM vertices, in the city's region and the
CRS's area of use); the others (null, empty, invalid, curved, far away) come back as `others` for
the core to prepare, repair and overlay, with its own statuses and messages.

Everything named is quoted by psycopg2.sql.Identifier, every value passed as a parameter."""
import threading
from dataclasses import dataclass

import numpy

from zoning_plugin.core.engine.arrays import Hits, LayerHits, _largest_where_none_counts
from zoning_plugin.core.engine.overlay import OverlayChunk, _Assembler, overlay
from zoning_plugin.core.engine.query import REGION_MARGIN_DEG
from zoning_plugin.core.engine.targets import LAYERS, targets_of
from zoning_plugin.core.engine.thresholds import MIN_WIDTH_M, counts, minimum_overlaps, outside_measures
from zoning_plugin.core.geo import DENSIFY_STEP_M, _crs_units_per_metre, area_of_use_bounds, crs_from_user, region_in_crs
from zoning_plugin.core.geo_input import COMPLEXITY_FROM
from zoning_plugin.core.postgis import psycopg2_module

STORAGE_SRID = 4490


@dataclass(frozen=True)
class PlanTable:
    """The plan layer's table: schema, table, integer key (QGIS's feature id), geometry column and
    its SRID."""
    schema: str
    table: str
    key: str
    geometry: str
    srid: int


@dataclass(frozen=True)
class PublishedTargets:
    """The published targets of one dataset version (migration 0004)."""
    schema: str
    version: int
    metric_srid: int
    widest_half: float


def published_targets(cursor, schema, version):
    """(metric SRID, buffers_in_all_basins, widest half channel) written for `version`, or None when
    the schema has none (published before migration 0004, or a metric CRS that is no EPSG code)."""
    sql = psycopg2_module().sql
    cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (sql.Identifier(schema, "overlay_versions").as_string(cursor),))
    if not cursor.fetchone()[0]:
        return None
    cursor.execute(sql.SQL("SELECT metric_srid, buffers_in_all_basins, widest_half_channel FROM {} "
                           "WHERE dataset_version = %s").format(sql.Identifier(schema, "overlay_versions")), (version,))
    return cursor.fetchone()


def _wide(sql, geometry):
    """SQL of rules.wide_areas on one geometry: the area of its polygons of mean width ≥ MIN_WIDTH_M."""
    return sql.SQL("(SELECT coalesce(sum(CASE WHEN a > 0 AND a >= {w} * ST_Perimeter(d.geom) / 2 THEN a ELSE 0 END), 0) "
                   "FROM ST_Dump({g}) d, LATERAL ST_Area(d.geom) a)").format(w=sql.Literal(MIN_WIDTH_M), g=geometry)


def _metric(sql, plan, targets, step):
    """SQL of a plan geometry `g` as the engine measures it: densified in its own CRS (`step`, in its
    units) and projected through EPSG:4490 into the metric CRS; as given when it is in that CRS."""
    if plan.srid == targets.metric_srid:
        return sql.SQL("g")
    densified = sql.SQL("ST_Segmentize(g, {})").format(sql.Literal(float(step)))
    if plan.srid != STORAGE_SRID:
        densified = sql.SQL("ST_Transform({}, {})").format(densified, sql.Literal(STORAGE_SRID))
    return sql.SQL("ST_Transform({}, {})").format(densified, sql.Literal(targets.metric_srid))


def overlay_statement(plan, targets, step, box):
    """The one statement of a chunk: rows (kind, id, a, b, x, y) of kind 'f' (a plain feature: id,
    its area x), 'p' (an overlap: layer a, feature b, measured x, counting y, outside the city
    without its artefacts z), 'd' (a distance y from river a to a feature in one of its buffers),
    'n' (the nearest river a, at y). Parameters: ids (bigint[])."""
    sql = psycopg2_module().sql
    x0, y0, x1, y1 = (sql.Literal(float(v)) for v in box)
    rivers = sql.Identifier(targets.schema, "overlay_rivers")
    version, widest = sql.Literal(int(targets.version)), sql.Literal(float(targets.widest_half))

    def nearest(extra):
        return sql.SQL(
            "SELECT r.river, greatest(ST_Distance(r.geom, p.m) - r.half, 0) AS gap FROM {rivers} r "
            "WHERE r.dataset_version = {version}{extra} AND ST_DWithin(r.geom, p.m, "
            "(SELECT r2.geom <-> p.m FROM {rivers} r2 WHERE r2.dataset_version = {version}{extra2} "
            "ORDER BY r2.geom <-> p.m LIMIT 1) + {widest}) ORDER BY gap, r.river LIMIT 1").format(
                rivers=rivers, version=version, widest=widest, extra=sql.SQL(extra),
                extra2=sql.SQL(extra.replace("r.", "r2.")))

    return sql.SQL("""
WITH plan AS MATERIALIZED (
    SELECT t.{key}::bigint AS id, t.{geom} AS g FROM {table} t WHERE t.{key} = ANY(%(ids)s::bigint[])
), parcels AS MATERIALIZED (
    SELECT id, m, ST_Area(m) AS total FROM (SELECT id, {metric} AS m FROM plan
        WHERE g IS NOT NULL AND NOT ST_IsEmpty(g) AND GeometryType(g) IN ('POLYGON', 'MULTIPOLYGON')
          AND ST_NPoints(g) < {complexity} AND g @ ST_MakeEnvelope({x0}, {y0}, {x1}, {y1}, ST_SRID(g))
          AND ST_IsValid(g)) AS chosen
), candidates AS MATERIALIZED (
    -- In the order of the target pieces: PostGIS prepares a geometry met in consecutive calls, so
    -- each piece is prepared once for all the parcels it meets (three times faster).
    SELECT p.id, p.m, p.total, t.layer, t.feature, t.width_rule, t.river, t.geom
    FROM parcels p JOIN {targets} t ON t.dataset_version = {version} AND t.geom && p.m ORDER BY t.id
), pairs AS MATERIALIZED (
    -- The parcel's own geometry rides along where it is needed again: the city (what lies outside
    -- it) and the buffers (the distance to their river); a join back to parcels would be a loop.
    SELECT id, layer, feature, width_rule, river, total, c.within,
           CASE WHEN c.within THEN NULL ELSE ST_Intersection(m, geom) END AS piece,
           CASE WHEN layer IN (0, 5) THEN m END AS m
    FROM candidates CROSS JOIN LATERAL (SELECT ST_ContainsProperly(geom, m) AS within) c
    WHERE ST_Intersects(geom, m)
), grouped AS MATERIALIZED (
    SELECT id, layer, feature, bool_and(width_rule) AS width_rule, bool_or(within) AS within, max(total) AS total,
           sum(CASE WHEN within THEN total ELSE ST_Area(piece) END) AS raw,
           CASE WHEN count(*) = 1 THEN ST_Collect(piece) ELSE ST_UnaryUnion(ST_Collect(piece)) END AS pieces,
           (array_agg(m) FILTER (WHERE layer = 0))[1] AS m
    FROM pairs GROUP BY id, layer, feature
)
SELECT 'f', id, NULL::integer, NULL::integer, total, NULL::float8, NULL::float8 FROM parcels
UNION ALL
SELECT 'p', g.id, g.layer, g.feature, g.raw,
       CASE WHEN g.within THEN g.total WHEN NOT g.width_rule THEN g.raw ELSE {wide_pieces} END,
       CASE WHEN g.layer = 0 AND NOT g.within THEN {wide_outside} END
FROM grouped g
UNION ALL
SELECT 'd', p.id, p.river, NULL, NULL, d.gap, NULL
FROM (SELECT DISTINCT ON (id, river) id, river, m FROM pairs WHERE layer = 5 AND river >= 0) p
     CROSS JOIN LATERAL ({nearest_of_river}) d
UNION ALL
SELECT 'n', p.id, d.river, NULL, NULL, d.gap, NULL FROM parcels p CROSS JOIN LATERAL ({nearest_any}) d
""").format(key=sql.Identifier(plan.key), geom=sql.Identifier(plan.geometry),
            table=sql.Identifier(plan.schema, plan.table), metric=_metric(sql, plan, targets, step),
            complexity=sql.Literal(COMPLEXITY_FROM), x0=x0, y0=y0, x1=x1, y1=y1,
            targets=sql.Identifier(targets.schema, "overlay_targets"), version=version,
            wide_pieces=_wide(sql, sql.SQL("g.pieces")),
            wide_outside=_wide(sql, sql.SQL("ST_Difference(g.m, g.pieces)")),
            nearest_of_river=nearest(" AND r.river = p.river"), nearest_any=nearest(""))


class _Table:
    """What the assembler reads of the engine's PartTable: per feature its kind, measure, repair,
    and the features it must leave to the core (`errors`: index → None)."""

    def __init__(self, kind, total, errors):
        self.kind, self.total, self.errors = kind, total, errors
        self.repaired = numpy.zeros(len(kind), bool)

    def __len__(self):
        return len(self.kind)


def _layer_hits(target, layer, feature, index, amount, raw, total, minimum):
    """LayerHits of one layer as arrays.target_hits gives them: what counts, the largest kept on a
    tiling layer where none counts (measured whole), by feature, largest first."""
    g = target.start[layer] + index
    counted = counts(numpy.full(len(feature), 2), amount, minimum[feature])
    keep = _largest_where_none_counts(target, feature, g, counted, raw)
    top = numpy.where(counted, amount, raw)[keep]
    feature, index = feature[keep], index[keep]
    order = numpy.lexsort((index, -top, feature))
    feature, index, top = feature[order], index[order], top[order]
    share = numpy.full(len(top), numpy.nan)
    numpy.divide(top, total[feature], out=share, where=total[feature] > 0)
    return LayerHits(feature, index, top, share)


def hits_of(rows, ids, targets, min_overlap_m2):
    """The engine's Hits of a chunk of features (`ids`, in order) from the statement's rows; the
    features not overlaid here are in hits.table.errors."""
    n = len(ids)
    position = {fid: f for f, fid in enumerate(ids)}
    by_kind = {"f": [], "p": [], "d": [], "n": []}
    for kind, fid, a, b, x, y, z in rows:
        by_kind[kind].append((position[fid], a, b, x, y, z))
    kind, total = numpy.full(n, -1), numpy.zeros(n)
    for f, _a, _b, x, _y, _z in by_kind["f"]:
        kind[f], total[f] = 2, x
    minimum = minimum_overlaps(kind, total, min_overlap_m2)
    table = _Table(kind, total, {f: None for f in numpy.flatnonzero(kind < 0).tolist()})
    pairs = numpy.array([(f, a, b, x, y, numpy.nan if z is None else z) for f, a, b, x, y, z in by_kind["p"]],
                        dtype=float).reshape(-1, 6)
    target = targets.with_buffers
    found = []
    for layer in range(len(LAYERS)):
        mine = pairs[pairs[:, 1] == layer]
        found.append(_layer_hits(target, layer, mine[:, 0].astype(numpy.int64), mine[:, 2].astype(numpy.int64),
                                 mine[:, 4], mine[:, 3], total, minimum))
    city = found[0]
    inside = numpy.zeros(n, bool)
    inside[city.feature] = True
    inside_measure = numpy.zeros(n)
    inside_measure[city.feature] = city.amount
    outside = outside_measures(total, inside_measure, minimum)
    city_rows = pairs[pairs[:, 1] == 0]
    for f, wide in zip(city_rows[:, 0].astype(numpy.int64).tolist(), city_rows[:, 5].tolist()):
        if inside[f] and outside[f] > 0 and not numpy.isnan(wide):   # rules.wide_areas of what lies outside
            outside[f] = float(outside_measures(numpy.array([wide]), numpy.zeros(1), minimum[f:f + 1])[0])
    layers = {name: hits.only(inside[hits.feature]) for (name, _keep, _narrow), hits in zip(LAYERS[1:], found[1:])}
    area = layers.pop("buffer_area")
    area = area.only(numpy.isin(area.feature, layers["buffers"].feature))
    buffer_measure = numpy.zeros(n)
    buffer_measure[area.feature] = area.amount
    gaps = {(f, a): y for f, a, _b, _x, y, _z in by_kind["d"]}
    buffers = layers["buffers"]
    river_of = targets.buffer_river[buffers.index]
    distance = numpy.array([gaps.get((f, r), numpy.nan) if r >= 0 else numpy.nan
                            for f, r in zip(buffers.feature.tolist(), river_of.tolist())], dtype=float)
    river, river_m = numpy.full(n, -1), numpy.full(n, numpy.nan)
    for f, a, _b, _x, y, _z in by_kind["n"]:
        if inside[f]:
            river[f], river_m[f] = a, y
    return Hits(table, inside, inside_measure, outside, layers, distance, buffer_measure, river, river_m)


def plan_box(dataset, crs):
    """The box (in the plan's CRS) a feature must lie in to be overlaid here: the city's region, as
    the engine's (query.REGION_MARGIN_DEG), within the CRS's area of use."""
    region = region_in_crs(tuple(dataset.city_bounds_4490), crs, REGION_MARGIN_DEG)
    box = list(region.bounds) if region is not None else [-numpy.inf, -numpy.inf, numpy.inf, numpy.inf]
    limits = area_of_use_bounds(crs)
    if crs.is_geographic:
        limits = (max(limits[0], -180), max(limits[1], -90), min(limits[2], 180), min(limits[3], 90)) \
            if limits is not None else (-180, -90, 180, 90)
    if limits is not None:
        box = [max(box[0], limits[0]), max(box[1], limits[1]), min(box[2], limits[2]), min(box[3], limits[3])]
    return box


class DatabaseOverlay:
    """The overlay of a plan table's features inside the database, chunk by chunk; chunks may run
    on several connections at once (each its own cursor)."""

    def __init__(self, dataset, plan, targets, crs, min_overlap_m2):
        self.dataset, self.crs, self.min_overlap_m2 = dataset, crs_from_user(crs), min_overlap_m2
        self.statement = overlay_statement(plan, targets, DENSIFY_STEP_M * _crs_units_per_metre(self.crs),
                                           plan_box(dataset, self.crs))
        self.assembler = _Assembler(dataset, True)
        # The core's overlay shares the dataset's prepared geometries between its calls: one at a time.
        self.core_lock = threading.Lock()

    def chunk(self, cursor, start, ids, geometries):
        """OverlayChunk of the features `ids` (their shapely geometries in `geometries`, for those the
        core prepares itself), the first of them input feature `start`."""
        cursor.execute(self.statement, {"ids": [int(i) for i in ids]})
        hits = hits_of(cursor.fetchall(), list(ids), targets_of(self.dataset), self.min_overlap_m2)
        features, rows = [], []
        self.assembler.assemble(hits, start, features, rows)
        # A geometry QGIS could not give (null, unreadable, of another type than the layer's) is the
        # core's too, whatever the table holds: the in-process path sees it so.
        others = sorted(set(hits.table.errors) | {f for f, geometry in enumerate(geometries) if geometry is None})
        if others:
            left = set(others)
            rows = [row for row in rows if row.feature_index - start not in left]
            with self.core_lock:
                core = overlay(self.dataset, [geometries[f] for f in others], self.crs, self.min_overlap_m2)
            for f, summary in zip(others, core.features):
                summary.index = start + f
                features[f] = summary
            for row in core.rows:
                row.feature_index = start + others[row.feature_index]
            rows = sorted(rows + core.rows, key=lambda row: row.feature_index)
        return OverlayChunk(start, features, rows)
