"""Numbered SQL migrations of a dataset schema (migrations/NNNN_name.sql), recorded in
`<schema>.schema_migrations`: a schema is upgraded in place, each file applied once, in order, in
the caller's transaction (a failed publish leaves no half-migrated schema)."""
import os
import re

from zoning_plugin.core.postgis import psycopg2_module

MIGRATIONS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "migrations")
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


def migrations():
    """[(number, name, SQL text)] in order."""
    found = []
    for entry in sorted(os.listdir(MIGRATIONS_DIR)):
        match = _NAME.match(entry)
        if match:
            with open(os.path.join(MIGRATIONS_DIR, entry), encoding="utf-8") as handle:
                found.append((int(match.group(1)), match.group(2), handle.read()))
    return found


def applied(cursor, schema):
    """Numbers of the migrations a schema has (empty when it has no version table)."""
    sql = psycopg2_module().sql
    cursor.execute("SELECT to_regclass(%s) IS NOT NULL",
                   (sql.SQL("{}.schema_migrations").format(sql.Identifier(schema)).as_string(cursor),))
    if not cursor.fetchone()[0]:
        return set()
    cursor.execute(sql.SQL("SELECT number FROM {}.schema_migrations").format(sql.Identifier(schema)))
    return {row[0] for row in cursor.fetchall()}


def migrate(cursor, schema):
    """Create the schema when absent and apply the migrations it lacks; returns their numbers."""
    sql = psycopg2_module().sql
    schema_id = sql.Identifier(schema)
    cursor.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(schema_id))
    cursor.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {}.schema_migrations (number integer PRIMARY KEY, "
                           "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())").format(schema_id))
    done = applied(cursor, schema)
    new = []
    for number, name, text in migrations():
        if number in done:
            continue
        # The only substitution is the schema, quoted as an identifier by psycopg2.
        cursor.execute(sql.SQL(text).format(schema=schema_id))
        cursor.execute(sql.SQL("INSERT INTO {}.schema_migrations (number, name) VALUES (%s, %s)").format(schema_id),
                       (number, name))
        new.append(number)
    return new
