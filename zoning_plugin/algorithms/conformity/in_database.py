"""zoning:conformity inside the database (issue 19 §3): when the plan layer is a PostGIS table in
the database that holds the dataset, the overlay runs there (core/postgis/overlay.py) on the
published targets, chunk by chunk as QGIS reads the features, and the summaries come back to the
same writer, report and provenance as the in-process path's. The features are named to the
server by their ids, so the layer's filter and a selection are honoured as QGIS reads them.

The session is read-only: a role that may only SELECT runs it. Where the database cannot do what
the in-process path does (a plan elsewhere, a key that is not an integer, a schema published
before migration 0004, other buffer options), the run stays in QGIS and the log says why in one
line; a chunk the server fails on is overlaid in QGIS, said in the log."""
import collections
import contextlib
import os
import queue
from concurrent.futures import ThreadPoolExecutor

from qgis.core import (QgsDataSourceUri, QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsVectorLayer,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.core.errors import Cancelled, DatasetError, ZoningError
from zoning_plugin.core.postgis import conninfo_of, error_line, psycopg2_module, session
from zoning_plugin.toolbelt.geometry import crs_text
from zoning_plugin.toolbelt.i18n import tr

# Server processes working at once: each takes a chunk, as the in-process path's threads do.
MAX_CONNECTIONS = 4
INTEGER_TYPES = (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong)


class NotInDatabase(Exception):
    """Why the overlay cannot run in the database (one line for the log)."""


def _same_database(uri, conninfo):
    """Whether the layer's URI and the dataset's connection string name the same database."""
    dsn = psycopg2_module().extensions.parse_dsn(conninfo)
    if uri.service() or dsn.get("service"):
        return uri.service() == dsn.get("service", "") and (not uri.database() or uri.database() == dsn.get("dbname"))
    return (uri.host() or "localhost", uri.port() or "5432", uri.database()) == \
        (dsn.get("host") or "localhost", dsn.get("port") or "5432", dsn.get("dbname"))


def _plan_table(layer, uri):
    """The PlanTable of a PostGIS layer, or NotInDatabase."""
    from zoning_plugin.core.postgis.overlay import PlanTable
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise NotInDatabase(tr("the plan layer is not a polygon layer"))
    key = uri.keyColumn().strip('"')
    index = layer.fields().indexOf(key)
    if not key or "," in uri.keyColumn() or index < 0 or layer.fields().at(index).type() not in INTEGER_TYPES:
        raise NotInDatabase(tr("the plan table's key is not one integer column"))
    if not uri.table() or uri.table().startswith("("):
        raise NotInDatabase(tr("the plan layer is a query, not a table"))
    srid = layer.crs().postgisSrid()
    if not srid or layer.crs().authid() != f"EPSG:{srid}":
        raise NotInDatabase(tr("the plan layer's CRS is no EPSG code"))
    return PlanTable(uri.schema() or "public", uri.table(), key, uri.geometryColumn(), srid)


def _check_in_session(cursor, plan, dataset):
    """PublishedTargets of the dataset's version, or NotInDatabase (the schema published before
    migration 0004, other buffer options, the plan's column in another SRID, no right to read)."""
    from zoning_plugin.core.postgis.overlay import PublishedTargets, published_targets
    from zoning_plugin.core.postgis.overlay_targets import metric_srid
    sql = psycopg2_module().sql
    version = dataset.published[0]
    published = published_targets(cursor, dataset.source.schema, version)
    if published is None:
        raise NotInDatabase(tr("the dataset's published version has no overlay layers (published before them, or "
                               "its metric CRS is no EPSG code)"))
    srid, all_basins, widest = published
    if srid != metric_srid(dataset) or bool(all_basins) != bool(dataset.buffers_in_all_basins):
        raise NotInDatabase(tr("the published overlay layers were made with other buffer options"))
    cursor.execute("SELECT Find_SRID(%s, %s, %s)", (plan.schema, plan.table, plan.geometry))
    if cursor.fetchone()[0] != plan.srid:
        raise NotInDatabase(tr("the plan's geometry column is not in the layer's CRS"))
    # A role granted SELECT on the tables of an older publish may lack it on these: said once, here.
    for schema, table in ((plan.schema, plan.table), (dataset.source.schema, "overlay_targets"),
                          (dataset.source.schema, "overlay_rivers")):
        cursor.execute(sql.SQL("SELECT 1 FROM {} LIMIT 0").format(sql.Identifier(schema, table)))
    return PublishedTargets(dataset.source.schema, version, srid, widest)


def _plan_layer(algorithm, parameters, context):
    """The input's vector layer (also when given as selected features only), or None."""
    value = parameters.get(algorithm.INPUT)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        layer = QgsProcessingUtils.mapLayerFromString(value.source.valueAsString(context.expressionContext())[0],
                                                      context)
        return layer if isinstance(layer, QgsVectorLayer) else None
    return algorithm.parameterAsVectorLayer(parameters, algorithm.INPUT, context)


def overlay_of(algorithm, parameters, context, land, dataset, crs, feedback):
    """A function like ConformityInput._overlay that overlays in the database, or None: the plan is
    not a PostGIS layer beside a PostGIS dataset, or (said in the log) cannot be overlaid there."""
    source = getattr(dataset, "source", None)
    if land is not None or source is None or not hasattr(source, "connection"):
        return None
    layer = _plan_layer(algorithm, parameters, context)
    if layer is None or layer.providerType() != "postgres":
        return None
    uri = QgsDataSourceUri(layer.source())
    try:
        if not _same_database(uri, conninfo_of(source.connection)):
            raise NotInDatabase(tr("the plan layer is in another database than the dataset"))
        if not crs.isValid():
            raise NotInDatabase(tr("the plan layer has no CRS"))
        plan = _plan_table(layer, uri)
        with session(source.connection, lambda line: NotInDatabase(line)) as db:
            db.set_session(readonly=True)
            with db.cursor() as cursor:
                targets = _check_in_session(cursor, plan, dataset)
    except (NotInDatabase, ZoningError) as reason:
        feedback.pushInfo(tr("Conformity runs in QGIS, not in the database: {0}.").format(reason))
        return None

    def overlay(dataset, source_, chunks, crs, min_area, stream, feedback):
        from zoning_plugin.core.postgis.overlay import DatabaseOverlay   # not at start-up
        _run(DatabaseOverlay(dataset, plan, targets, crs_text(crs), min_area), source.connection, dataset,
             source_, chunks, stream, feedback)
    feedback.pushInfo(tr("Conformity runs inside the database: the plan table {0}.{1} against the dataset's "
                         "published version {2}.").format(plan.schema, plan.table, targets.version))
    return overlay


def _run(database, connection, dataset, source, chunks, stream, feedback):
    """Overlay the chunks in the database as QGIS reads them, on a connection per core (each
    server process takes a chunk), each chunk given in order as it comes back to `stream`
    (ConformityStream: written, summed, let go); Cancelled when cancelled."""
    psycopg2 = psycopg2_module()
    total = max(source.featureCount(), 1)
    workers = max(1, min(os.cpu_count() or 1, MAX_CONNECTIONS))

    def overlaid(db, start, ids, geometries):
        """(OverlayChunk, None) or (None, the server's one line)."""
        try:
            with db.cursor() as cursor:
                chunk = database.chunk(cursor, start, ids, geometries)
            db.rollback()        # a read-only transaction per chunk: nothing held between them
            return chunk, None
        except psycopg2.Error as error:
            db.rollback()
            return None, error_line(error)

    def finish(start, geometries, future):
        chunk, failure = future.result()
        if failure is not None:
            feedback.pushWarning(tr("Features {0}–{1} were overlaid in QGIS: the database failed on them: "
                                    "{2}").format(start + 1, start + len(geometries), failure))
            chunk = _in_process(dataset, database, start, geometries)
        stream.add(chunk)
        feedback.setProgress(85 * (start + len(geometries)) / total)

    failed = (lambda line: DatasetError(line))
    with contextlib.ExitStack() as stack:
        free = queue.SimpleQueue()
        for _ in range(workers):
            db = stack.enter_context(session(connection, failed))
            db.set_session(readonly=True)
            free.put(db)

        def task(start, ids, geometries):
            db = free.get()
            try:
                return overlaid(db, start, ids, geometries)
            finally:
                free.put(db)
        pool = stack.enter_context(ThreadPoolExecutor(max_workers=workers))
        pending = collections.deque()
        try:
            start = 0
            for geometries in chunks:
                ids = stream.pending.ids(start, len(geometries))     # the features just read
                pending.append((start, geometries, pool.submit(task, start, ids, geometries)))
                start += len(geometries)
                while len(pending) > workers or (pending and pending[0][2].done()):
                    finish(*pending.popleft())
                if feedback.isCanceled():
                    raise Cancelled("cancelled")
            while pending:
                finish(*pending.popleft())
        finally:
            for _start, _geometries, future in pending:
                future.cancel()


def _in_process(dataset, database, start, geometries):
    """The core's overlay of one chunk, numbered from `start`."""
    from zoning_plugin.core.engine.overlay import OverlayChunk, overlay
    with database.core_lock:
        result = overlay(dataset, geometries, database.crs, database.min_overlap_m2)
    for summary in result.features:
        summary.index += start
    for row in result.rows:
        row.feature_index += start
    return OverlayChunk(start, result.features, result.rows)
