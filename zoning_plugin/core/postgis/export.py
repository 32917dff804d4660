"""One published version of a dataset in PostGIS written back as a dataset GeoPackage: every table
the version holds, with the fields, field types and geometries it was published with (EPSG:4490),
through the importer's own writer (core/importers/writer.py: atomic, checked). For what needs a
file of the dataset: the field package clips its layers from one."""
import json

from zoning_plugin.core.errors import DatasetError
from zoning_plugin.core.importers.writer import write_dataset
from zoning_plugin.core.messages import say
from zoning_plugin.core.postgis import psycopg2_module, session

# The column types publishing gives (publish._column_type) read back as the writer's field kinds.
_KINDS = {"integer": "INTEGER", "smallint": "INTEGER", "bigint": "INTEGER64", "double precision": "REAL",
          "real": "REAL", "numeric": "REAL", "text": "TEXT", "character varying": "TEXT", "bytea": "BINARY"}
_MULTI = {"Polygon": "MultiPolygon", "MultiPolygon": "MultiPolygon", "LineString": "MultiLineString",
          "MultiLineString": "MultiLineString"}


def _layers(cursor, schema, version):
    """The writer's layers of one version: (name, geometry type, [(field, kind)], rows, description)."""
    import shapely
    sql = psycopg2_module().sql
    cursor.execute(sql.SQL("SELECT table_name, fields, geometry_type FROM {} WHERE version = %s ORDER BY table_name")
                   .format(sql.Identifier(schema, "dataset_tables")), (version,))
    layers = []
    for name, fields, geometry_type in cursor.fetchall():
        fields = list(fields) if isinstance(fields, list) else json.loads(fields)
        cursor.execute("SELECT column_name, data_type FROM information_schema.columns "
                       "WHERE table_schema = %s AND table_name = %s", (schema, name))
        column_types = dict(cursor.fetchall())
        unknown = [f for f in fields if column_types.get(f) not in _KINDS]
        if unknown or (geometry_type and geometry_type not in _MULTI):
            what = ", ".join(unknown) or geometry_type
            raise DatasetError(say(f"表 {name} 的 {what} 类型无法写入 GeoPackage", f"table {name}: cannot write {what} "
                                   f"to a GeoPackage"))
        kinds = [(f, _KINDS[column_types[f]]) for f in fields]
        columns = [sql.Identifier(f) for f in fields] + ([sql.SQL("ST_AsBinary(geom)")] if geometry_type else [])
        cursor.execute(sql.SQL("SELECT {} FROM {} WHERE dataset_version = %s ORDER BY fid").format(
            sql.SQL(", ").join(columns), sql.Identifier(schema, name)), (version,))
        rows = []
        for values in cursor.fetchall():
            row = dict(zip(fields, values))
            if geometry_type:
                wkb = values[-1]
                row["geom"] = shapely.from_wkb(bytes(wkb)) if wkb is not None else None
            rows.append({key: bytes(value) if isinstance(value, memoryview) else value for key, value in row.items()})
        layers.append((name, _MULTI.get(geometry_type), kinds, rows, name))
    return layers


def export_geopackage(dataset, path, outputs=None):
    """Write the published version `dataset` (a PostgisDataset) was read from as a GeoPackage at
    `path` (into `outputs`' transaction when given, see write_dataset). DatasetError when the
    server cannot be read or a table holds what a GeoPackage cannot; OutputError when the file
    cannot be written."""
    source, version = dataset.source, dataset.published[0]
    failed = (lambda line: DatasetError(say(f"无法读取数据集：{source}：{line}", f"cannot read dataset: {source}: {line}")))
    with session(source.connection, failed) as db:
        db.set_session(readonly=True)
        with db.cursor() as cursor:
            layers = _layers(cursor, source.schema, version)
    write_dataset(path, layers, outputs=outputs)
