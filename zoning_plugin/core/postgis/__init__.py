"""The zoning dataset in PostgreSQL/PostGIS (issue 19): published from a GeoPackage into a schema
(publish.py, migrations/), read back into the same Dataset (read.py).

The core never sees a password: a `PostgisSource` names a connection (a saved QGIS connection in
the plugin, a pg_service name on the command line) and a schema; the shell registers a resolver
that turns the name into a libpq connection string in memory (toolbelt/pg_connections.py)."""
import contextlib
from dataclasses import dataclass

from zoning_plugin.core.errors import DatasetError
from zoning_plugin.core.messages import say

# How a dataset in PostGIS is named as text (the command line's --dataset, the logs).
PREFIX = "postgresql:"
# PostgreSQL cuts longer identifiers silently: a name past it would name another table.
MAX_IDENTIFIER_BYTES = 63

_resolver = None


def set_conninfo_resolver(resolver):
    """`resolver(connection name)` → libpq connection string (credentials included, in memory only)."""
    global _resolver
    _resolver = resolver


def conninfo_of(connection):
    """The libpq connection string of a connection name: the shell's resolver, else the name as a
    pg_service entry (the command line)."""
    if _resolver is not None:
        return _resolver(connection)
    return psycopg2_module().extensions.make_dsn(service=connection)


def psycopg2_module():
    try:
        import psycopg2
        import psycopg2.extensions
        import psycopg2.errors  # noqa: F401
        import psycopg2.sql  # noqa: F401
    except ImportError:
        raise DatasetError(say("使用 PostgreSQL 数据集需要 Python 模块 psycopg2（Debian：python3-psycopg2）",
                               "a PostgreSQL dataset needs the Python module psycopg2 (Debian: python3-psycopg2)")) from None
    return psycopg2


def check_identifier(name, what):
    """`name` as PostgreSQL will keep it, or a DatasetError: empty, NUL or past 63 bytes is refused
    (never cut into another name). Quoting is psycopg2.sql.Identifier's, wherever it is used."""
    text = str(name or "")
    if not text.strip() or "\x00" in text or len(text.encode("utf-8")) > MAX_IDENTIFIER_BYTES:
        raise DatasetError(say(f"{what}名称不可用（不能为空，最多 {MAX_IDENTIFIER_BYTES} 字节）：{text!r}",
                               f"unusable {what} name (not empty, at most {MAX_IDENTIFIER_BYTES} bytes): {text!r}"))
    return text


def error_line(error):
    """One line of a psycopg2 error: the server's first line (its message, never the connection
    string)."""
    text = getattr(error, "pgerror", None) or str(error)
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


@dataclass(frozen=True)
class PostgisSource:
    """A dataset published in PostGIS: a connection's name and a schema; `version` None is the
    latest published version."""
    connection: str
    schema: str
    version: int = None

    def __str__(self):
        return f"{PREFIX}{self.connection}/{self.schema}"

    @classmethod
    def from_text(cls, text):
        """The source `str()` writes (postgresql:CONNECTION/SCHEMA; the schema after the last /),
        None for any other text (a file's path)."""
        body = str(text or "")
        if not body.startswith(PREFIX):
            return None
        connection, slash, schema = body[len(PREFIX):].rpartition("/")
        if not slash or not connection or not schema:
            raise DatasetError(say(f"PostgreSQL 数据集应写作 {PREFIX}连接名/模式名：{body}",
                                   f"a PostgreSQL dataset is written {PREFIX}CONNECTION/SCHEMA: {body}"))
        return cls(connection, schema)

    def open_dataset(self, buffers_in_all_basins=None):
        from zoning_plugin.core.postgis.read import open_postgis_dataset
        return open_postgis_dataset(self, buffers_in_all_basins)


def connect(connection):
    """A psycopg2 connection for a connection name; an unreachable server is one DatasetError line."""
    psycopg2 = psycopg2_module()
    try:
        return psycopg2.connect(conninfo_of(connection), connect_timeout=15, application_name="zoning_plugin")
    except psycopg2.Error as error:
        raise DatasetError(say(f"无法连接 PostgreSQL 连接“{connection}”：{error_line(error)}",
                               f"cannot connect with the PostgreSQL connection “{connection}”: {error_line(error)}")) from None


@contextlib.contextmanager
def session(connection, failed, refused=None):
    """A psycopg2 connection for a connection name, closed on the way out; a database error inside
    becomes the ZoningError `failed(line)`, a missing privilege `refused(line)` when given."""
    psycopg2 = psycopg2_module()
    db = connect(connection)
    try:
        yield db
    except psycopg2.errors.InsufficientPrivilege as error:
        raise (refused or failed)(error_line(error)) from None
    except psycopg2.Error as error:
        raise failed(error_line(error)) from None
    finally:
        db.close()
