"""Doubts sent to the bureau's schema (issue 19 §4): the row core/doubts.py would store in the user's
own file, inserted into `<schema>.doubts` of the PostGIS dataset (migrations/0003_doubts.sql) in
the name of the connection's role, and the bureau's list read back as the same Doubt objects."""
import json

import shapely

from zoning_plugin.core.doubts import Doubt, DoubtError, _row as doubt_row
from zoning_plugin.core.messages import say
from zoning_plugin.core.postgis import psycopg2_module, session

TABLE = "doubts"


def has_doubts_table(source):
    """True when the dataset's schema holds the doubts table (published with migration 3 or later)."""
    sql = psycopg2_module().sql
    failed = (lambda line: DoubtError(say(f"无法读取 {where(source)}：{line}", f"cannot read {where(source)}: {line}")))
    with session(source.connection, failed) as db, db.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (sql.Identifier(source.schema, TABLE).as_string(cursor),))
        return bool(cursor.fetchone()[0])


def where(source):
    """Where the doubts go, for the user: the schema-qualified table and the connection."""
    return f"{source.schema}.{TABLE} ({source.connection})"


def send_doubt(dataset, result, note):
    """Insert a doubt about `result` (an InspectResult of the PostgisDataset `dataset`) with the
    user's note; the row's id. The database names the sender (its role)."""
    note = str(note or "").strip()
    if not note:
        raise DoubtError(say("请写明为什么存疑", "a note is required"))
    row = doubt_row(result, note, "", "")    # the fields of the user's own file, the same way
    psycopg2 = psycopg2_module()
    sql = psycopg2.sql
    geometry = result.geometry_4490
    source = dataset.source
    refused = (lambda line: DoubtError(say(f"没有向 {where(source)} 提交存疑的权限（请联系管理部门授权）：{line}",
                                           f"no permission to send doubts to {where(source)} (ask the bureau for it): {line}")))
    failed = (lambda line: DoubtError(say(f"无法提交存疑到 {where(source)}：{line}",
                                          f"cannot send the doubt to {where(source)}: {line}")))
    with session(source.connection, failed, refused) as db:
        with db, db.cursor() as cursor:
            cursor.execute(sql.SQL(
                "INSERT INTO {} (note, units, buffers, dataset_title, dataset_version, published_version, result_json, "
                "geom) VALUES (%s, %s, %s, %s, %s, %s, %s, ST_SetSRID(ST_GeomFromWKB(%s), 4490)) RETURNING id").format(
                    sql.Identifier(source.schema, TABLE)),
                (note, row["units"], row["buffers"], row["dataset_title"], row["dataset_version"], dataset.published[0],
                 row["result_json"],
                 psycopg2.Binary(shapely.to_wkb(geometry)) if geometry is not None and not geometry.is_empty else None))
            return cursor.fetchone()[0]


def list_sent_doubts(source):
    """The doubts of the bureau's table, oldest first, as core.doubts.Doubt."""
    sql = psycopg2_module().sql
    failed = (lambda line: DoubtError(say(f"无法读取 {where(source)} 中的存疑记录：{line}",
                                          f"cannot read the doubts of {where(source)}: {line}")))
    with session(source.connection, failed) as db, db.cursor() as cursor:
        cursor.execute(sql.SQL(
            "SELECT id, created, user_name, note, units, buffers, dataset_title, dataset_version, result_json, "
            "ST_AsBinary(geom) FROM {} ORDER BY id").format(sql.Identifier(source.schema, TABLE)))
        rows = cursor.fetchall()
    return [Doubt(fid=row[0], created=row[1].astimezone().isoformat(timespec="seconds"), user_name=row[2], note=row[3],
                  units=row[4], buffers=row[5], dataset_title=row[6], dataset_version=row[7], dataset_path=str(source),
                  result=row[8] if isinstance(row[8], dict) else json.loads(row[8] or "{}"),
                  geometry=shapely.from_wkb(bytes(row[9])) if row[9] is not None else None) for row in rows]
