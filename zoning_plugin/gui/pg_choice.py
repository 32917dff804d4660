"""The settings' choice of a dataset in PostGIS (issue 19 §2): one of QGIS's saved PostgreSQL
connections, by name, and the schema it was published into; no connection keeps the GeoPackage."""
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from zoning_plugin.toolbelt.pg_connections import connection_names


class PostgisChoice(QWidget):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.setObjectName("zoning_postgis_choice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.connection = QComboBox(self)
        self.connection.setObjectName("zoning_pg_connection")
        self.connection.addItem(self.tr("None: the GeoPackage"), "")
        for name in connection_names():
            self.connection.addItem(name, name)
        # a saved name QGIS no longer has stays shown: the dialog's OK then says why it does not open
        if settings.pg_connection and self.connection.findData(settings.pg_connection) < 0:
            self.connection.addItem(settings.pg_connection, settings.pg_connection)
        self.connection.setCurrentIndex(max(0, self.connection.findData(settings.pg_connection)))
        self.connection.setToolTip(self.tr("A saved PostgreSQL connection of QGIS (Browser panel › PostgreSQL): "
                                           "the plugin keeps its name only; the password stays in QGIS"))
        self.schema = QLineEdit(settings.pg_schema, self)
        self.schema.setObjectName("zoning_pg_schema")
        self.schema.setPlaceholderText(self.tr("Schema"))
        layout.addWidget(self.connection, 2)
        layout.addWidget(self.schema, 1)
        self.connection.currentIndexChanged.connect(self._follow)
        self._follow()

    def _follow(self, _index=None):
        self.schema.setEnabled(bool(self.connection.currentData()))

    def chosen(self):
        """(connection name, schema): ('', '') for the GeoPackage."""
        name = self.connection.currentData() or ""
        return (name, self.schema.text().strip()) if name else ("", "")
