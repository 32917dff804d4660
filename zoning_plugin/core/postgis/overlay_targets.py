"""What the publisher writes for zoning:conformity inside the database (migration 0004): the
engine's own targets (core/engine/targets.py) of the dataset just published, so SQL overlays the
very geometries the in-process path overlays: every layer densified in EPSG:4490 and projected
into the metric CRS by the core's functions, cut by ST_Subdivide for the GiST join; the river
buffers in the engine's tiles; the rivers in the engine's short pieces with their half channels.

Why not ST_Transform in SQL: the plugin densifies an edge in EPSG:4490 before projecting it (an
edge is straight in the CRS it was drawn in, docs/overlay-rules.md §1); PostGIS would project the
stored vertices only, and the shared boundaries would then differ by centimetres: a slivers'
difference, not 0.1 %, but a different geometry from the one the plugin measures."""
import re

import numpy
import shapely

from zoning_plugin.core.dataset.reader import Dataset
from zoning_plugin.core.engine.targets import LAYERS, targets_of
from zoning_plugin.core.messages import say
from zoning_plugin.core.postgis import psycopg2_module

SUBDIVIDE_VERTICES = 256
_EPSG = re.compile(r"^EPSG:(\d+)$", re.IGNORECASE)


def metric_srid(dataset):
    """The EPSG code of the dataset's metric CRS, or None when it is not given as EPSG:n."""
    match = _EPSG.match(str(dataset.metric_crs or "").strip())
    return int(match.group(1)) if match else None


def write_targets(cursor, schema, version, path, log):
    """Write the overlay targets of the dataset file at `path` as `version`; nothing when its metric
    CRS is not an EPSG code (said in the log: conformity then runs in QGIS)."""
    dataset = Dataset(path)
    srid = metric_srid(dataset)
    if srid is None:
        log(say(f"数据集的米制坐标系 {dataset.metric_crs} 不是 EPSG 代码：不写入库内叠加用的图层，符合性分析在 QGIS 中进行",
                f"the dataset's metric CRS {dataset.metric_crs} is no EPSG code: no overlay layers written, "
                f"conformity runs in QGIS"))
        return
    sql, binary = psycopg2_module().sql, psycopg2_module().Binary
    targets = targets_of(dataset)
    target = targets.with_buffers
    rows = []
    for g, owner in enumerate(target.owner.tolist()):
        layer = int(target.layer[owner])
        feature = owner - int(target.start[layer])
        river = int(targets.buffer_river[feature]) if LAYERS[layer][0] == "buffers" else -1
        rows.append((version, layer, feature, bool(target.width_rule[g]), river,
                     binary(shapely.to_wkb(target.geometries[g])), srid))
    cursor.executemany(sql.SQL(
        "INSERT INTO {} (dataset_version, layer, feature, width_rule, river, geom) "
        "SELECT %s, %s, %s, %s, %s, ST_Subdivide(ST_SetSRID(ST_GeomFromWKB(%s), %s), {})").format(
            sql.Identifier(schema, "overlay_targets"), sql.Literal(SUBDIVIDE_VERTICES)), rows)
    rivers = targets.rivers
    cursor.executemany(sql.SQL("INSERT INTO {} (dataset_version, river, half, geom) "
                               "VALUES (%s, %s, %s, ST_SetSRID(ST_GeomFromWKB(%s), %s))").format(
                                   sql.Identifier(schema, "overlay_rivers")),
                       [(version, int(river), float(half), binary(shapely.to_wkb(piece)), srid)
                        for piece, river, half in zip(rivers.pieces, rivers.piece_river.tolist(), rivers.half.tolist())])
    widest = float(numpy.max(rivers.half)) if len(rivers.half) else 0.0
    cursor.execute(sql.SQL("INSERT INTO {} (dataset_version, metric_srid, buffers_in_all_basins, widest_half_channel) "
                           "VALUES (%s, %s, %s, %s)").format(sql.Identifier(schema, "overlay_versions")),
                   (version, srid, dataset.buffers_in_all_basins, widest))
    log(say(f"库内叠加用图层：{len(rows)} 个要素（EPSG:{srid}），{len(rivers.pieces)} 段河流",
            f"overlay layers for conformity in the database: {len(rows)} features (EPSG:{srid}), "
            f"{len(rivers.pieces)} river pieces"))
