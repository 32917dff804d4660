"""Flagging a doubtful result ("this result looks wrong") and the list of flagged ones, from the
panel. Thin: core/doubts.py stores, lists and exports; the file is the user's own GeoPackage named in
the setting zoning_plugin/doubts_path (default: in the QGIS profile folder), never the zoning dataset."""
import getpass
import os
from datetime import datetime

import shapely
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                                 QHeaderView, QLabel, QPlainTextEdit, QTableWidget,
                                 QTableWidgetItem, QVBoxLayout)

from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH
from zoning_plugin.core.doubts import export_doubts, format_of, list_doubts, record_doubt, write_doubts
from zoning_plugin.core.postgis.doubts import list_sent_doubts, send_doubt, where
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.gui.central_doubts import central_dataset
from zoning_plugin.toolbelt.dataset import user_dataset_or_none
from zoning_plugin.toolbelt.log import guarded, log
from zoning_plugin.gui.widgets import push_button

# A point's zoom shows this much around it (degrees, about 200 m).
POINT_ZOOM_DEG = 0.002
UNITS_COLUMN_PX = 160
UNITS_SHOWN = 3           # unit codes in the list (all of them, with names, in the tooltip)

# The setting that names the doubts file; kept apart from ZoningSettings (like the point mode), so
# that saving the settings dialog never resets it.
DOUBTS_PATH_KEY = "zoning_plugin/doubts_path"


def default_doubts_path():
    """doubts.gpkg in the plugin's folder of the QGIS profile."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "zoning_plugin", "doubts.gpkg")


def load_doubts_path():
    """The user's doubts file: the setting, else the default."""
    return QgsSettings().value(DOUBTS_PATH_KEY, "", type=str) or default_doubts_path()


def save_doubts_path(path):
    QgsSettings().setValue(DOUBTS_PATH_KEY, path or "")


def local_time(stamp):
    """An ISO 8601 time as the local time of this computer ("2025-03-01 09:30"), without its offset;
    the text itself when it is not such a time."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return stamp


def user_name():
    """Who flags: the QGIS user's full name, else the login name."""
    for name in (QgsApplication.userFullName(), QgsApplication.userLoginName()):
        if name:
            return name
    try:
        return getpass.getuser()
    except Exception:  # no login name on this platform
        return ""


class NoteDialog(QDialog):
    """Asks why the result looks wrong; OK only once something is written."""

    def __init__(self, title, path, parent=None, central=False):
        super().__init__(parent)
        self.setObjectName("zoning_doubt_dialog")
        self.setWindowTitle(self.tr("This result looks wrong"))
        layout = QVBoxLayout(self)
        intro = QLabel((self.tr("What looks wrong in “{0}”? For example, a unit boundary that cuts a factory "
                                "in two. The note is sent with the inspected geometry and the result to the "
                                "bureau's table {1}, in the name of your database role.") if central else
                        self.tr("What looks wrong in “{0}”? For example, a unit boundary that cuts a factory "
                                "in two. The note is stored with the inspected geometry and the result in "
                                "your own file {1}, to send to the bureau.")).format(title, path), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("zoning_doubt_note")
        self.edit.setPlaceholderText(self.tr("Your note (required)"))
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()

    def note(self):
        return self.edit.toPlainText().strip()

    def report_error(self, message):
        log(message)

    @guarded
    def _update(self):
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.note()))

    def accept(self):
        if self.note():
            super().accept()


class _WrappingTable(QTableWidget):
    """A table whose rows grow with their wrapped text as its width changes (once the stretched
    column has its new width: the header lays itself out after the resize event)."""

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        QTimer.singleShot(0, self.resizeRowsToContents)


class DoubtsDialog(QDialog):
    """The stored doubts (time, units, note); zoom to one, export all, choose the file."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.doubts = []
        self.setObjectName("zoning_doubts_dialog")
        self.setWindowTitle(self.tr("Doubtful results"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.place = QLabel(self)
        self.place.setWordWrap(True)
        self.place.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.place)
        self.table = _WrappingTable(0, 3, self)
        self.table.setObjectName("zoning_doubts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Units"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        # The note, the reason of the doubt, gets the room and wraps; the units list is cut to a
        # column of its own (all of it in the tooltip).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Interactive)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(self.zoom)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.zoom_button = self._button(row, "zoning_doubts_zoom", self.tr("Zoom to"), self.zoom)
        self.export_button = self._button(row, "zoning_doubts_export", self.tr("Export all…"), self.export)
        self.file_button = self._button(row, "zoning_doubts_file", self.tr("Storage file…"), self.choose_file)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()

    def _button(self, row, name, text, slot):
        return push_button(self, row, name, text, slot)

    def report_error(self, message):
        self.status.setText(message)
        self.status.setStyleSheet("color:#b00020")
        self.controller.report_error(message)

    def _say(self, message):
        self.status.setText(message)
        self.status.setStyleSheet("")

    def reload(self):
        path = load_doubts_path()
        self.central = central_dataset(self.controller.dataset())
        self.place.setText(self.tr("Stored in {0}").format(path) if self.central is None else
                           self.tr("Sent to the bureau: {0}").format(where(self.central.source)))
        self.file_button.setEnabled(self.central is None)
        try:
            self.doubts = list(reversed(list_doubts(path) if self.central is None else
                                        list_sent_doubts(self.central.source)))   # newest first
        except ZoningError as error:
            self.doubts = []
            self.report_error(str(error))
        self.table.setRowCount(len(self.doubts))
        for row, doubt in enumerate(self.doubts):
            units = doubt.units or self.tr("(none: outside the city)")
            shown = (local_time(doubt.created), self._unit_codes(doubt.units) or units, " ".join(doubt.note.split()))
            for column, (text, full) in enumerate(zip(shown, (doubt.created, units, doubt.note))):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{doubt.user_name}\n{doubt.dataset_title} {doubt.dataset_version}\n"
                                f"{doubt.created}\n{full}")
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), UNITS_COLUMN_PX))
        self.table.resizeRowsToContents()
        self._update()

    def _unit_codes(self, units):
        """The first unit codes of "code name; code name", one a line, and how many more."""
        codes = [unit.split(" ")[0] for unit in units.split("; ") if unit.strip()]
        more = len(codes) - UNITS_SHOWN
        return "\n".join(codes[:UNITS_SHOWN] + ([self.tr("… {0} more").format(more)] if more > 0 else []))

    @guarded
    def _update(self):
        self.zoom_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.export_button.setEnabled(bool(self.doubts))

    @guarded
    def zoom(self, *_args):
        rows = self.table.selectionModel().selectedRows()
        if rows and self.doubts[rows[0].row()].geometry is not None:
            self.controller.zoom_to(self.doubts[rows[0].row()].geometry)

    @guarded
    def export(self, _checked=False):
        gpkg, csv = self.tr("GeoPackage (*.gpkg)"), self.tr("CSV for Excel (*.csv)")
        target, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the doubts"), "zoning_doubts.gpkg",
                                                     f"{gpkg};;{csv}")
        if not target:
            return None
        if os.path.splitext(target)[1].lower() not in (".gpkg", ".csv"):
            target += ".csv" if chosen == csv else ".gpkg"
        if self.central is not None:
            count = write_doubts(sorted(self.doubts, key=lambda d: d.fid), target, format_of(target),
                                 [self.controller.dataset_path(), SAMPLE_DATASET_PATH])
        else:
            count = export_doubts(load_doubts_path(), target, dataset_path=self.controller.dataset_path())
        self._say(self.tr("Exported {0} doubt(s) to {1}").format(count, target))
        return target

    @guarded
    def choose_file(self, _checked=False):
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("File for the doubts"), load_doubts_path(),
                                                    self.tr("GeoPackage (*.gpkg)"),
                                                    options=QFileDialog.DontConfirmOverwrite)
        if not path:
            return
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        save_doubts_path(path)
        self._say("")
        self.reload()


class DoubtsController(QObject):
    """Connected to the panel's "this result looks wrong" and "Doubts…" actions."""

    def __init__(self, dock, report_error, zoom_to_geometry):
        super().__init__(dock)
        self.dock = dock
        self._report_error = report_error
        self._zoom = zoom_to_geometry
        dock.doubtRequested.connect(self.flag_current)
        dock.doubtsListRequested.connect(self.show_list)

    def report_error(self, message):
        if self._report_error:
            self._report_error(message)
        else:
            log(message)

    def dataset(self):
        return user_dataset_or_none()

    def dataset_path(self):
        dataset = user_dataset_or_none()
        return dataset.path if dataset is not None else None

    def zoom_to(self, geometry_4490):
        minx, miny, maxx, maxy = geometry_4490.bounds
        if maxx - minx < POINT_ZOOM_DEG and maxy - miny < POINT_ZOOM_DEG:
            geometry_4490 = shapely.buffer(geometry_4490, POINT_ZOOM_DEG)
        self._zoom(geometry_4490)

    @guarded
    def flag_current(self, _checked=False):
        """Ask for the note and store the shown result as doubtful; the stored row's fid."""
        entry = self.dock.current
        if entry is None:
            return None
        central = central_dataset(self.dataset())
        path = load_doubts_path() if central is None else where(central.source)
        dialog = NoteDialog(entry.title, path, self.dock, central=central is not None)
        try:
            if not dialog.exec():
                return None
            note = dialog.note()
        finally:
            dialog.deleteLater()
        if central is not None:
            fid = send_doubt(central, entry.result, note)
            self.dock.status.setText(self.tr("Your note is sent to the bureau: {0}.").format(path))
        else:
            fid = record_doubt(path, entry.result, note, user_name())
            self.dock.status.setText(self.tr("Your note is stored in {0}.").format(path))
        self.dock.status.setStyleSheet("")
        return fid

    @guarded
    def show_list(self, _checked=False):
        dialog = DoubtsDialog(self, self.dock)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
