"""Publish a dataset GeoPackage into a PostGIS schema, as a new version beside the old ones, in one
transaction: the schema's migrations, every table of the file with the same fields and values
(plus `fid`, the file's feature id, and `dataset_version`), EPSG:4490 geometries with a GiST
index, and the control units subdivided for overlays. A failure anywhere leaves the database as
it was. Every identifier is quoted by psycopg2.sql.Identifier, every value passed as a parameter."""
import hashlib
import json
import os

import shapely

from zoning_plugin.core.dataset.gpkg import ogr_with_exceptions, readable_copy
from zoning_plugin.core.errors import DatasetError, ZoningError
from zoning_plugin.core.geo import STORAGE_CRS, reproject
from zoning_plugin.core.messages import say
from zoning_plugin.core.postgis import check_identifier, psycopg2_module, session
from zoning_plugin.core.postgis.migrate import migrate
from zoning_plugin.core.postgis.overlay_targets import write_targets

# Columns the publisher adds to every table; a file field of the same name is refused.
RESERVED = ("id", "fid", "dataset_version", "geom")
SUBDIVIDE_VERTICES = 256


class PublishError(ZoningError):
    """A publish refused or failed; nothing was written."""


def _column_type(ogr, field_type):
    return {ogr.OFTInteger: "integer", ogr.OFTInteger64: "bigint", ogr.OFTReal: "double precision",
            ogr.OFTBinary: "bytea"}.get(field_type, "text")


def _geometry_type(ogr, layer):
    flat = ogr.GT_Flatten(layer.GetGeomType())
    return {ogr.wkbPoint: "Point", ogr.wkbLineString: "LineString", ogr.wkbPolygon: "Polygon",
            ogr.wkbMultiPoint: "MultiPoint", ogr.wkbMultiLineString: "MultiLineString",
            ogr.wkbMultiPolygon: "MultiPolygon"}.get(flat, "Geometry")


def _value(ogr, feature, index, field_type):
    if not feature.IsFieldSetAndNotNull(index):
        return None
    if field_type in (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTString):
        return feature.GetField(index)
    if field_type == ogr.OFTBinary:
        return psycopg2_module().Binary(feature.GetFieldAsBinary(index))
    return feature.GetField(index)   # dates and lists as OGR gives them to the reader: text


def read_file_tables(path):
    """[{name, fields: [(name, OGR type)], geometry_type, srs, rows: [(fid, values, WKB or None)]}] of
    every table of a GeoPackage, as OGR reads it (the reader's view of the file)."""
    ogr = ogr_with_exceptions()
    tables = []
    with readable_copy(path) as readable:
        try:
            datasource = ogr.Open(readable, 0)
        except RuntimeError as error:
            raise DatasetError(say(f"无法打开数据集：{path}：{error}", f"cannot open dataset: {path}: {error}")) from None
        for index in range(datasource.GetLayerCount()):
            layer = datasource.GetLayerByIndex(index)
            defn = layer.GetLayerDefn()
            fields = [(defn.GetFieldDefn(i).GetName(), defn.GetFieldDefn(i).GetType()) for i in range(defn.GetFieldCount())]
            spatial = layer.GetGeomType() != ogr.wkbNone
            srs = layer.GetSpatialRef() if spatial else None
            source_crs = None
            if srs is not None:
                auth = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
                source_crs = ":".join(auth) if all(auth) else srs.ExportToWkt()
            rows = []
            for feature in layer:
                values = [_value(ogr, feature, i, kind) for i, (_n, kind) in enumerate(fields)]
                wkb = None
                if spatial and feature.GetGeometryRef() is not None:
                    wkb = bytes(feature.GetGeometryRef().ExportToIsoWkb())
                    if source_crs and source_crs != STORAGE_CRS:
                        wkb = shapely.to_wkb(reproject(shapely.from_wkb(wkb), source_crs, STORAGE_CRS))
                rows.append((feature.GetFID(), values, wkb))
            tables.append({"name": layer.GetName(), "fields": fields, "spatial": spatial,
                           "geometry_type": _geometry_type(ogr, layer) if spatial else None, "rows": rows})
        datasource = None
    return tables


def _checked(tables):
    for table in tables:
        check_identifier(table["name"], say("表", "table "))
        for name, _kind in table["fields"]:
            check_identifier(name, say("字段", "field "))
            if name.lower() in RESERVED:
                raise PublishError(say(f"表 {table['name']} 的字段名 {name} 留作发布之用（{'、'.join(RESERVED)}），请改名后再发布",
                                       f"table {table['name']}: the field name {name} is reserved for publishing "
                                       f"({', '.join(RESERVED)}); rename it and publish again"))
    return tables


def _ensure_table(cursor, schema, table):
    """Create the table of a file table, or add the fields an older version lacked; a field whose
    type changed is refused (it would change the meaning of the older versions' values)."""
    sql, ogr = psycopg2_module().sql, ogr_with_exceptions()
    name = sql.Identifier(schema, table["name"])
    cursor.execute("SELECT column_name, data_type FROM information_schema.columns "
                   "WHERE table_schema = %s AND table_name = %s", (schema, table["name"]))
    existing = dict(cursor.fetchall())
    if not existing:
        geometry = (sql.SQL(", geom geometry({}, 4490)").format(sql.SQL(table["geometry_type"]))
                    if table["spatial"] else sql.SQL(""))
        cursor.execute(sql.SQL(
            "CREATE TABLE {} (id bigserial PRIMARY KEY, dataset_version integer NOT NULL "
            "REFERENCES {} (version), fid bigint NOT NULL{})").format(
                name, sql.Identifier(schema, "dataset_versions"), geometry))
        cursor.execute(sql.SQL("CREATE INDEX ON {} (dataset_version)").format(name))
        if table["spatial"]:
            cursor.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(name))
    for field, kind in table["fields"]:
        wanted = _column_type(ogr, kind)
        have = existing.get(field)
        if have is None:
            cursor.execute(sql.SQL("ALTER TABLE {} ADD COLUMN {} {}").format(name, sql.Identifier(field), sql.SQL(wanted)))
        elif have != wanted:
            raise PublishError(say(f"表 {table['name']} 的字段 {field} 在数据库中是 {have}，文件中是 {wanted}：请发布到新的模式",
                                   f"table {table['name']}, field {field}: {have} in the database, {wanted} in the file; "
                                   f"publish into a new schema"))


def _insert_rows(cursor, schema, table, version):
    sql = psycopg2_module().sql
    columns = [sql.Identifier(f) for f, _k in table["fields"]]
    names = sql.SQL(", ").join([sql.Identifier("dataset_version"), sql.Identifier("fid"), *columns]
                               + ([sql.Identifier("geom")] if table["spatial"] else []))
    holders = ["%s"] * (2 + len(columns)) + (["ST_SetSRID(ST_GeomFromWKB(%s), 4490)"] if table["spatial"] else [])
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier(schema, table["name"]), names, sql.SQL(", ".join(holders))).as_string(cursor)
    rows = [(version, fid, *values, *([psycopg2_module().Binary(wkb) if wkb else None] if table["spatial"] else []))
            for fid, values, wkb in table["rows"]]
    cursor.executemany(statement, rows)


def _can_write(cursor, schema):
    cursor.execute("SELECT n.oid IS NOT NULL, CASE WHEN n.oid IS NULL "
                   "THEN has_database_privilege(current_database(), 'CREATE') "
                   "ELSE has_schema_privilege(n.oid, 'CREATE') END, current_user "
                   "FROM (SELECT 1) one LEFT JOIN pg_namespace n ON n.nspname = %s", (schema,))
    return cursor.fetchone()


def publish(connection, schema, path, log=None):
    """Publish the GeoPackage at `path` into `schema` of `connection` as a new version; returns its
    number. `log(line)` hears what is done."""
    log = log or (lambda _line: None)
    check_identifier(schema, say("模式", "schema "))
    path = os.path.abspath(path)
    tables = _checked(read_file_tables(path))
    if not any(t["name"] == "control_units" for t in tables):
        raise PublishError(say(f"文件不是分区管控数据集（没有 control_units 表）：{path}",
                               f"not a zoning dataset (no control_units table): {path}"))
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    meta = {}
    for table in tables:
        if table["name"] == "dataset_meta":
            names = [f for f, _k in table["fields"]]
            meta = {values[names.index("key")]: values[names.index("value")]
                    for _fid, values, _w in table["rows"] if "key" in names and "value" in names}
    sql = psycopg2_module().sql
    refused = (lambda line: PublishError(say(f"没有写入权限，未发布任何内容：{line}",
                                             f"no permission to write, nothing was published: {line}")))
    failed = (lambda line: PublishError(say(f"发布失败，未写入任何内容：{line}", f"publishing failed, nothing was written: {line}")))
    with session(connection, failed, refused) as db:
        with db:
            with db.cursor() as cursor:
                exists, allowed, role = _can_write(cursor, schema)
                if not allowed:
                    raise PublishError(say(f"角色 {role} 没有在{'模式 ' + schema if exists else '数据库'}中建表的权限：未发布任何内容",
                                           f"the role {role} may not create tables in "
                                           f"{'the schema ' + schema if exists else 'the database'}: nothing was published"))
                new = migrate(cursor, schema)
                if new:
                    log(say(f"模式 {schema} 已升级：迁移 {', '.join(map(str, new))}",
                            f"schema {schema} upgraded: migrations {', '.join(map(str, new))}"))
                versions = sql.Identifier(schema, "dataset_versions")
                # One publisher at a time per schema: the next number is taken under the lock.
                cursor.execute(sql.SQL("LOCK TABLE {} IN EXCLUSIVE MODE").format(versions))
                cursor.execute(sql.SQL("SELECT coalesce(max(version), 0) + 1 FROM {}").format(versions))
                version = cursor.fetchone()[0]
                cursor.execute(sql.SQL("INSERT INTO {} (version, source_file, source_sha256, title, dataset_version) "
                                       "VALUES (%s, %s, %s, %s, %s)").format(versions),
                               (version, os.path.basename(path), digest, meta.get("title"), meta.get("version")))
                for table in tables:
                    _ensure_table(cursor, schema, table)
                    _insert_rows(cursor, schema, table, version)
                    cursor.execute(sql.SQL("INSERT INTO {} (version, table_name, fields, geometry_type, feature_count) "
                                           "VALUES (%s, %s, %s, %s, %s)").format(sql.Identifier(schema, "dataset_tables")),
                                   (version, table["name"], json.dumps([f for f, _k in table["fields"]]),
                                    table["geometry_type"], len(table["rows"])))
                    log(say(f"{table['name']}：{len(table['rows'])} 行", f"{table['name']}: {len(table['rows'])} rows"))
                cursor.execute(sql.SQL(
                    "INSERT INTO {} (dataset_version, unit_fid, unit_code, geom) "
                    "SELECT dataset_version, fid, unit_code, ST_Subdivide(ST_CollectionExtract(ST_MakeValid(geom), 3), %s) "
                    "FROM {} WHERE dataset_version = %s AND geom IS NOT NULL").format(
                        sql.Identifier(schema, "control_units_subdivided"), sql.Identifier(schema, "control_units")),
                    (SUBDIVIDE_VERTICES, version))
                log(say(f"管控单元已细分为 {cursor.rowcount} 块（ST_Subdivide，{SUBDIVIDE_VERTICES} 个顶点）",
                        f"control units subdivided into {cursor.rowcount} pieces (ST_Subdivide, {SUBDIVIDE_VERTICES} vertices)"))
                write_targets(cursor, schema, version, path, log)
    return version
