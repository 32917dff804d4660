"""A layer output into a PostgreSQL table (Processing's "Save to database table", a postgres: or
postgis: destination) written aside like a file output: QGIS's sink fills a new table beside the
user's, named `<table>__zoning_<8 hex>`, and commit() replaces the user's table with it in one
statement (DROP and RENAME run as one transaction on the server); a cancel or a failure drops the
new table and leaves the user's as it was. A process killed midway leaves the new table, named so
that it says what it is, and the user's table untouched.

Statements go through QGIS's own connection API (the user's saved credentials and auth manager),
every name quoted by QGIS's identifier quoting and schema-qualified."""
import uuid

from qgis.core import QgsDataSourceUri, QgsExpression, QgsProcessingException, QgsProviderRegistry

from zoning_plugin.core.fields import utf8_prefix
from zoning_plugin.core.postgis import MAX_IDENTIFIER_BYTES
from zoning_plugin.toolbelt.i18n import tr

PREFIXES = ("postgres:", "postgis:")
ASIDE_TAG = "__zoning_"


def is_table_destination(value):
    return isinstance(value, str) and value.startswith(PREFIXES)


def _quoted(*names):
    """Schema-qualified name, each part quoted as SQL identifiers are (QGIS's own quoting)."""
    return ".".join(QgsExpression.quotedColumnRef(name) for name in names if name)


class TableAside:
    """The aside table of one database destination `value` ("postgres:" + a data source URI)."""

    def __init__(self, value):
        self.prefix, _colon, text = value.partition(":")
        self.uri = QgsDataSourceUri(text)
        self.schema, self.table = self.uri.schema() or "public", self.uri.table()
        if not self.table:
            raise QgsProcessingException(tr("The database destination names no table: {0}").format(
                self.uri.uri(False)))
        tag = ASIDE_TAG + uuid.uuid4().hex[:8]
        self.aside_table = utf8_prefix(self.table, MAX_IDENTIFIER_BYTES - len(tag)) + tag
        aside = QgsDataSourceUri(self.uri)
        aside.setDataSource(self.schema, self.aside_table, self.uri.geometryColumn(), self.uri.sql(),
                            self.uri.keyColumn())
        self.aside_value = "postgres:" + aside.uri(False)
        self.user_value = value

    def final_source(self, source):
        """The layer source QGIS gave for the aside table, naming the user's table instead."""
        uri = QgsDataSourceUri(source)
        if uri.table() != self.aside_table:
            return self.user_value
        uri.setDataSource(self.schema, self.table, uri.geometryColumn(), uri.sql(), uri.keyColumn())
        return uri.uri(False)

    def _execute(self, statement):
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        connection = metadata.createConnection(self.uri.uri(False), {})
        connection.executeSql(statement)

    def commit(self):
        """Replace the user's table by the aside one (one transaction on the server)."""
        try:
            self._execute(f"DROP TABLE IF EXISTS {_quoted(self.schema, self.table)}; "
                          f"ALTER TABLE {_quoted(self.schema, self.aside_table)} "
                          f"RENAME TO {_quoted(self.table)}")
        except Exception as error:      # QgsProviderConnectionException, or QgsException on 3.22
            raise QgsProcessingException(tr(
                "The table {0} could not be replaced by the new one: {1}. The new rows are in {2}.").format(
                _quoted(self.schema, self.table), " ".join(str(error).split())[:300],
                _quoted(self.schema, self.aside_table))) from None

    def discard(self):
        """Drop the aside table (a cancel, a failure); the user's table was never touched."""
        try:
            self._execute(f"DROP TABLE IF EXISTS {_quoted(self.schema, self.aside_table)}")
        except Exception:               # the server gone: the aside table says what it is by its name
            pass
