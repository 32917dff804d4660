"""The datasets the user lists side by side (issue 20 §1), as the settings dialog and the panel's
switch show them: each by its title, version and dates read from the dataset itself, or, when it
does not open, by where it is and why it does not open."""
import os
import traceback
from dataclasses import dataclass

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem,
                                 QVBoxLayout)

from zoning_plugin.core import ZoningError, open_dataset
from zoning_plugin.gui.pg_choice import PostgisChoice
from zoning_plugin.gui.widgets import push_button
from zoning_plugin.toolbelt.i18n import tr
from zoning_plugin.toolbelt.log import guarded, log
from zoning_plugin.toolbelt.settings import ZoningSettings, entry_key, source_of


@dataclass
class DatasetRow:
    entry: dict
    dataset: object = None       # the opened Dataset, or None
    error: str = ""              # why it does not open

    def where(self):
        """Where the dataset is: the file's name, the connection and schema, or the bundled sample."""
        if self.entry.get("pg_connection"):
            return tr("PostGIS {0}, schema {1}").format(self.entry["pg_connection"], self.entry.get("pg_schema") or "")
        path = self.entry.get("path") or ""
        return os.path.basename(path) if path else tr("Bundled sample dataset")

    def name(self):
        """The title and version, or where it is (a dataset that does not open)."""
        if self.dataset is None:
            return self.where()
        return f"{self.dataset.title} {self.dataset.version}".strip()

    def dates(self):
        """When the version applies, from its dataset_meta."""
        start, end = (str(self.dataset.meta.get(key) or "") for key in ("effective_date", "end_date"))
        if start and end:
            return tr("in force from {0} until {1}").format(start, end)
        return tr("in force from {0}").format(start) if start else tr("no effective date")

    def text(self):
        """One line: title, version, dates; or where it is and why it does not open."""
        if self.dataset is None:
            return tr("{0}: cannot be opened: {1}").format(self.where(), self.error)
        return tr("{0} ({1})").format(self.name(), self.dates())

    def tooltip(self):
        if self.dataset is None:
            return "\n".join([self.text(), str(source_of(self.entry) or "")])
        return "\n".join([self.text(), self.dataset.path, tr("City: {0}").format(self.dataset.profile.city_name)])


def open_row(entry, buffers_in_all_basins=False):
    """The listed dataset `entry` opened (settings options), or with the reason it does not open."""
    try:
        return DatasetRow(entry, open_dataset(source_of(entry), buffers_in_all_basins=buffers_in_all_basins))
    except ZoningError as error:
        return DatasetRow(entry, error=str(error))
    except Exception as error:      # shown in the row, never raised into Qt
        log(traceback.format_exc(), Qgis.Critical)
        return DatasetRow(entry, error=f"{type(error).__name__}: {error}")


def listed_rows(settings, others_only=False):
    """A DatasetRow of every dataset the settings list, the active one first (`others_only`: the
    ones beside the active one, which is then not opened)."""
    entries = settings.entries()[1:] if others_only else settings.entries()
    return [open_row(entry, settings.buffers_in_all_basins) for entry in entries]


class DatasetListBox(QGroupBox):
    """The settings dialog's list of datasets side by side: the active one first (the dialog's
    dataset fields; bold), then the others; add a GeoPackage, add a PostGIS schema of a saved
    connection, remove, make active. `active()` reads the dialog's fields as an entry,
    `set_active(entry)` writes them."""

    def __init__(self, settings, active, set_active, parent=None):
        super().__init__(tr("Datasets side by side (other versions, neighbouring cities)"), parent)
        self.setObjectName("zoning_dataset_box")
        self._active, self._set_active = active, set_active
        self._buffers = settings.buffers_in_all_basins
        self.others = [dict(entry) for entry in settings.entries()[1:]]
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("zoning_dataset_list")
        self.list.setWordWrap(True)       # a long title and its dates read whole, without scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setToolTip(tr("The first, in bold, is the active dataset: the panel, the locator and the "
                                "expression functions use it. Double-click another to make it active."))
        self.list.itemDoubleClicked.connect(self.make_active)
        self.list.currentRowChanged.connect(self._follow)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_file_button = self._button(buttons, "zoning_add_gpkg", tr("Add GeoPackage…"), self.add_file)
        self.remove_button = self._button(buttons, "zoning_remove_dataset", tr("Remove"), self.remove)
        self.active_button = self._button(buttons, "zoning_make_active", tr("Make active"), self.make_active)
        layout.addLayout(buttons)
        postgis_row = QHBoxLayout()
        self.postgis = PostgisChoice(ZoningSettings(), self)
        # the dialog's own choice of the active dataset's connection keeps the plain names
        self.postgis.setObjectName("zoning_postgis_add")
        self.postgis.connection.setObjectName("zoning_pg_add_connection")
        self.postgis.schema.setObjectName("zoning_pg_add_schema")
        self.postgis.connection.setItemText(0, tr("Saved PostgreSQL connection…"))
        postgis_row.addWidget(self.postgis, 1)
        self.add_postgis_button = self._button(postgis_row, "zoning_add_postgis", tr("Add PostGIS dataset"),
                                               self.add_postgis)
        self.postgis.connection.currentIndexChanged.connect(self._follow)
        layout.addLayout(postgis_row)
        self.refresh()

    def _button(self, row, name, text, slot):
        return push_button(self, row, name, text, slot)

    def report_error(self, message):
        log(message, Qgis.Warning)

    def entries(self):
        return [self._active()] + self.others

    def refresh(self, select=None):
        """List every dataset again (each opened: its title, version, dates or why not)."""
        current = self.list.currentRow() if select is None else select
        self.list.clear()
        for number, row in enumerate(open_row(entry, self._buffers) for entry in self.entries()):
            item = QListWidgetItem(row.text() if number else tr("Active: {0}").format(row.text()))
            item.setToolTip(row.tooltip())
            if number == 0:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if row.dataset is None:
                item.setForeground(QColor("#b00020"))
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self._follow()

    def _follow(self, _row=None):
        other = self.list.currentRow() > 0
        self.remove_button.setEnabled(other)
        self.active_button.setEnabled(other)
        self.add_postgis_button.setEnabled(bool(self.postgis.connection.currentData()))

    def _add(self, entry):
        keys = [entry_key(e) for e in self.entries()]
        if entry_key(entry) in keys:     # listed already: shown, not listed twice
            self.list.setCurrentRow(keys.index(entry_key(entry)))
            return
        self.others.append(entry)
        self.refresh(select=len(self.others))

    @guarded
    def add_file(self, _checked=False):
        path, _filter = QFileDialog.getOpenFileName(self, tr("Add a zoning dataset"), "", tr("GeoPackage (*.gpkg)"))
        if path:
            self._add({"path": path})

    @guarded
    def add_postgis(self, _checked=False):
        connection, schema = self.postgis.chosen()
        if connection:
            self._add({"pg_connection": connection, "pg_schema": schema})

    @guarded
    def remove(self, _checked=False):
        row = self.list.currentRow()
        if row > 0:
            del self.others[row - 1]
            self.refresh(select=row - 1)

    @guarded
    def make_active(self, _checked=False):
        """The selected dataset becomes the active one; the one active before takes its place."""
        row = self.list.currentRow()
        if row > 0:
            previous = self._active()
            self._set_active(self.others[row - 1])
            self.others[row - 1] = previous
            self.refresh(select=0)
