"""A dataset published in PostGIS read into the same Dataset a GeoPackage gives (core/dataset/reader.py):
the tables of one published version, with the fields the file had, the same problems for the
same features; geometries are EPSG:4490 as published."""
import json
import time

import shapely

from zoning_plugin.core.dataset.gpkg import LAYER_FIELDS, NOTES_TABLE, SPATIAL_LAYERS, stored_geometry
from zoning_plugin.core.dataset.reader import Dataset
from zoning_plugin.core.errors import DatasetError
from zoning_plugin.core.messages import say
from zoning_plugin.core.postgis import check_identifier, psycopg2_module, session


def latest_version(cursor, source):
    """(version number, published_at) of the source's version: its own, else the latest published."""
    sql = psycopg2_module().sql
    cursor.execute("SELECT to_regclass(%s) IS NOT NULL",
                   (sql.Identifier(source.schema, "dataset_versions").as_string(cursor),))
    if not cursor.fetchone()[0]:
        raise DatasetError(say(f"模式 {source.schema} 中没有已发布的分区管控数据集（连接“{source.connection}”）",
                               f"no zoning dataset is published in the schema {source.schema} "
                               f"(connection “{source.connection}”)"))
    if source.version is None:
        cursor.execute(sql.SQL("SELECT version, published_at FROM {} ORDER BY version DESC LIMIT 1").format(
            sql.Identifier(source.schema, "dataset_versions")))
    else:
        cursor.execute(sql.SQL("SELECT version, published_at FROM {} WHERE version = %s").format(
            sql.Identifier(source.schema, "dataset_versions")), (source.version,))
    row = cursor.fetchone()
    if row is None:
        raise DatasetError(say(f"模式 {source.schema} 中没有数据集版本 {source.version or ''}",
                               f"the schema {source.schema} holds no dataset version {source.version or ''}"))
    return row


def read_tables(cursor, source, version, names):
    """{table: (records, geometries or None)} of one version, fields as the file had them; a table
    the version lacks is absent."""
    sql = psycopg2_module().sql
    cursor.execute(sql.SQL("SELECT table_name, fields FROM {} WHERE version = %s").format(
        sql.Identifier(source.schema, "dataset_tables")), (version,))
    published = {name: (fields if isinstance(fields, list) else json.loads(fields)) for name, fields in cursor.fetchall()}
    read = {}
    for name in names:
        if name not in published:
            continue
        fields = published[name]
        spatial = name in SPATIAL_LAYERS
        columns = [sql.Identifier("fid"), *(sql.Identifier(f) for f in fields)] + \
            ([sql.SQL("ST_AsBinary(geom)")] if spatial else [])
        cursor.execute(sql.SQL("SELECT {} FROM {} WHERE dataset_version = %s ORDER BY fid").format(
            sql.SQL(", ").join(columns), sql.Identifier(source.schema, name)), (version,))
        rows = cursor.fetchall()
        read[name] = (fields, rows)
    return read


class PostgisDataset(Dataset):
    """A Dataset read from a PostGIS schema (`source`: core.postgis.PostgisSource)."""

    def __init__(self, source, buffers_in_all_basins=None):
        self.source = source
        self.published = None
        super().__init__(str(source), buffers_in_all_basins=buffers_in_all_basins)

    def _check_path(self, path):
        return   # not a file: the connection says what is wrong when it is

    def _read(self, path, messages):
        failed = (lambda line: DatasetError(say(f"无法读取数据集：{path}：{line}", f"cannot read dataset: {path}: {line}")))
        with session(self.source.connection, failed) as db:
            db.set_session(readonly=True)
            with db.cursor() as cursor:
                self.published = latest_version(cursor, self.source)
                tables = read_tables(cursor, self.source, self.published[0],
                                     (*SPATIAL_LAYERS, "dataset_meta", "requirements", NOTES_TABLE, "screening_rules"))
        self.screening_rule_records = ([dict(zip(tables["screening_rules"][0], row[1:]))
                                        for row in tables["screening_rules"][1]] if "screening_rules" in tables else [])
        layers = {name: self._layer(tables, name, path) for name in SPATIAL_LAYERS}
        meta = self._layer(tables, "dataset_meta", path)[0]
        requirements = self._layer(tables, "requirements", path)[0]
        notes = self._layer(tables, NOTES_TABLE, path)[0] if NOTES_TABLE in tables else []
        return layers, meta, requirements, notes

    def _layer(self, tables, name, path):
        """(records, geometries) as dataset.read_layer gives them from the file."""
        if name not in tables:
            raise DatasetError(say(f"数据集缺少图层或表 {name}：{path}", f"dataset lacks table {name}: {path}"))
        fields, rows = tables[name]
        missing = [f for f in LAYER_FIELDS.get(name, ()) if f not in fields]
        if missing:
            raise DatasetError(say(f"图层 {name} 缺少字段 {'、'.join(missing)}：{path}",
                                   f"layer {name} lacks the fields {', '.join(missing)}: {path}"))
        records, geometries = [], []
        for row in rows:
            record = dict(zip(fields, row[1:1 + len(fields)]))
            if name in SPATIAL_LAYERS:
                wkb = row[-1]
                geometry = stored_geometry(name, row[0], shapely.from_wkb(bytes(wkb)) if wkb is not None else None,
                                           None, self.problems)
                if geometry is None:
                    continue
                geometries.append(geometry)
            records.append(record)
        return records, geometries

    def info(self):
        info = super().info()
        info["published_version"] = self.published[0]
        info["published_at"] = self.published[1].isoformat(timespec="seconds")
        return info


_cache = {}
RECHECK_SECONDS = 2.0


def open_postgis_dataset(source, buffers_in_all_basins=None):
    """One cached PostgisDataset per source and option, read again when a newer version is published.
    The server is asked for the latest version at most every RECHECK_SECONDS: an expression over
    10,000 features or a run of clicks asks for the dataset each time, and one connection each
    would cost more than the answers."""
    key = (source, buffers_in_all_basins)
    cached = _cache.get(key)
    if cached is not None and time.monotonic() - cached[2] < RECHECK_SECONDS:
        return cached[1]
    check_identifier(source.schema, say("模式", "schema "))
    failed = (lambda line: DatasetError(say(f"无法读取数据集：{source}：{line}", f"cannot read dataset: {source}: {line}")))
    with session(source.connection, failed) as db, db.cursor() as cursor:
        stamp = latest_version(cursor, source)
    dataset = cached[1] if cached is not None and cached[0] == stamp else \
        PostgisDataset(source, buffers_in_all_basins=buffers_in_all_basins)
    _cache[key] = (stamp, dataset, time.monotonic())
    return dataset
