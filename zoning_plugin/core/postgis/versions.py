"""The versions published in a PostGIS schema, each with its dataset_meta (title, version,
effective_date, end_date …): what the version in force on a date is chosen among (issue 20 §3,
core/versions/in_force.py) without reading any version's layers. Only the chosen one is opened."""
import time
from dataclasses import dataclass

from zoning_plugin.core.errors import DatasetError
from zoning_plugin.core.messages import say
from zoning_plugin.core.postgis import PostgisSource, check_identifier, psycopg2_module, session
from zoning_plugin.core.postgis.read import RECHECK_SECONDS


@dataclass(frozen=True)
class PublishedVersion:
    """One published version of a schema: its source (PostgisSource with `version` set), its
    dataset_meta as a dict, when it was published."""
    source: PostgisSource
    meta: dict
    published_at: object = None

    @property
    def path(self):
        """What the outputs name it by (InForce.to_dict()'s `path`)."""
        return f"{self.source}#{self.source.version}"


_listed = {}     # schema's source → ([PublishedVersion], when read)


def published_versions(source):
    """[PublishedVersion] of every version published in `source`'s schema, oldest first; a
    DatasetError line when the schema holds none or cannot be read. Read again at most every
    RECHECK_SECONDS, as the datasets are (read.py): with a date in the panel, every click asks."""
    key = (source.connection, source.schema)
    listed = _listed.get(key)
    if listed is not None and time.monotonic() - listed[1] < RECHECK_SECONDS:
        return list(listed[0])
    versions = _read_versions(source)
    _listed[key] = (versions, time.monotonic())
    return list(versions)


def _read_versions(source):
    check_identifier(source.schema, say("模式", "schema "))
    sql = psycopg2_module().sql
    failed = (lambda line: DatasetError(say(f"无法读取数据集版本：{source}：{line}",
                                            f"cannot read the dataset versions: {source}: {line}")))
    with session(source.connection, failed) as db:
        db.set_session(readonly=True)
        with db.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL, to_regclass(%s) IS NOT NULL",
                           (sql.Identifier(source.schema, "dataset_versions").as_string(cursor),
                            sql.Identifier(source.schema, "dataset_meta").as_string(cursor)))
            if not all(cursor.fetchone()):
                raise DatasetError(say(f"模式 {source.schema} 中没有已发布的分区管控数据集（连接“{source.connection}”）",
                                       f"no zoning dataset is published in the schema {source.schema} "
                                       f"(connection “{source.connection}”)"))
            cursor.execute(sql.SQL("SELECT version, published_at FROM {} ORDER BY version").format(
                sql.Identifier(source.schema, "dataset_versions")))
            stamps = cursor.fetchall()
            cursor.execute(sql.SQL("SELECT dataset_version, key, value FROM {}").format(
                sql.Identifier(source.schema, "dataset_meta")))
            metas = {}
            for version, key, value in cursor.fetchall():
                metas.setdefault(version, {})[key] = value
    return [PublishedVersion(PostgisSource(source.connection, source.schema, version), metas.get(version, {}), at)
            for version, at in stamps]
