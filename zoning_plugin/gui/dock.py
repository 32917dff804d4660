"""The inspector panel: shows one InspectResult, keeps a history, copies and exports it."""
import errno
import os
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QSize, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QCursor, QTextOption
from qgis.PyQt.QtWidgets import (QAction, QApplication, QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel,
                                 QLineEdit, QPushButton, QTextBrowser, QToolBar, QToolButton, QToolTip, QVBoxLayout,
                                 QWidget)

from zoning_plugin.algorithms.outputs import output_message
from zoning_plugin.core.outputs import WRITE_FAILED, Guard, OutputError, write_text
from zoning_plugin.core.dataset.provenance import provenance
from zoning_plugin.core.renderers.inspect import render_cities_html, render_cities_text, unit_details
from zoning_plugin.gui.dataset_choice import DatasetChoice
from zoning_plugin.gui.labels import report_labels
from zoning_plugin.toolbelt.log import guarded, log

HISTORY_SIZE = 20
DEFAULT_WIDTH = 400         # px: the unit table, the toolbar and the go-to field fit (README)
TOOLBAR_ICON = 16


class _PanelBody(QWidget):
    """The panel's contents: a dock opens at its widget's size hint, so this one asks for
    DEFAULT_WIDTH instead of the ~300 px its children add up to (QGIS's main window, which lays
    out its dock areas before the plugin's dock arrives, is also told: showEvent)."""

    def sizeHint(self):  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        return QSize(max(hint.width(), DEFAULT_WIDTH), hint.height())


@dataclass
class Entry:
    """One inspection as shown: the result, the dataset that gave it, and where it came from."""
    result: object
    dataset: object
    title: str
    extra_rows: list = field(default_factory=list)
    collapsed: set = field(default_factory=set)
    queried_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    stale: str = ""   # why the result may no longer hold (the dataset became unreadable), or ''
    others: list = field(default_factory=list)   # [(dataset, result)] of the other cities asked (issue 20)

    def answers(self):
        """[(dataset, result)] of every city shown, the first one's first."""
        return [(self.dataset, self.result)] + list(self.others)

    def results(self):
        return [result for _dataset, result in self.answers()]


class ZoningInspectorDock(QgsDockWidget):
    inspectSelectedRequested = pyqtSignal()
    landFileRequested = pyqtSignal()   # the plugin asks for a coordinate file (坐标TXT) and inspects it
    zoomToUnitRequested = pyqtSignal(object, str)   # dataset, unit code
    entryShown = pyqtSignal(object)   # Entry, so the plugin can redraw the highlight on back/forward
    siteReportRequested = pyqtSignal()   # the plugin writes the site report of the current entry
    doubtRequested = pyqtSignal()   # "this result looks wrong": gui/doubts_dialog.py asks for a note
    doubtsListRequested = pyqtSignal()   # the list of the flagged results
    gotoRequested = pyqtSignal(str, str)   # typed coordinates and their system (core.coords.SYSTEMS)
    loadLayersRequested = pyqtSignal()   # the first-start button: load the zoning layers

    def __init__(self, parent=None, report_error=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zoning control inspector"))
        self.setObjectName("ZoningInspectorDock")
        self._report_error = report_error
        self.history = []
        self.position = -1
        self._widened = False
        body = _PanelBody(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.toolbar = QToolBar(body)
        self.toolbar.setIconSize(QSize(TOOLBAR_ICON, TOOLBAR_ICON))
        self.back_action = self._action("zoning_history_back", self.tr("Previous result"),
                                        "mActionArrowLeft.svg", self.go_back)
        self.forward_action = self._action("zoning_history_forward", self.tr("Next result"),
                                           "mActionArrowRight.svg", self.go_forward)
        self.toolbar.addSeparator()
        self.selected_action = self._action("zoning_inspect_selected",
                                            self.tr("Inspect the selected features of the active layer"),
                                            "mActionSelectedToTop.svg", self.inspectSelectedRequested.emit)
        self.land_file_action = self._action("zoning_inspect_land_txt", self.tr("Inspect a coordinate file…"),
                                             "mActionFileOpen.svg", self.landFileRequested.emit)
        self.zoom_action = self._action("zoning_zoom_unit", self.tr("Zoom to the control unit"),
                                        "mActionZoomToSelected.svg", self._zoom_to_unit)
        self.copy_action = self._action("zoning_copy_result", self.tr("Copy the whole result as text"),
                                        "mActionEditCopy.svg", self.copy_result)
        self.export_action = self._action("zoning_export_html", self.tr("Export the result as HTML"),
                                          "mActionFileSaveAs.svg", self.export_html)
        self.report_action = self._action("zoning_site_report", self.tr("Site report (PDF)…"),
                                          "mActionSaveAsPDF.svg", self.siteReportRequested.emit)
        self.doubt_action = self._action("zoning_flag_doubt", self.tr("This result looks wrong…"),
                                         "mIconWarning.svg", self.doubtRequested.emit)
        self.doubts_action = self._action("zoning_doubts_list", self.tr("Doubts…"),
                                          "mActionOpenTable.svg", self.doubtsListRequested.emit)
        # Point mode: the plugin connects it to the inspect tool, which keeps it in the settings. A
        # button with its words on its own row: in the toolbar it fell into the » overflow.
        self.point_action = QAction(QgsApplication.getThemeIcon("mActionCapturePoint.svg"),
                                    self.tr("Inspect the point only (ignore features)"), self)
        self.point_action.setObjectName("zoning_point_mode")
        self.point_action.setCheckable(True)
        self.point_action.setToolTip(self.tr(
            "On: a click inspects the clicked point even over a feature of another layer. Off: a click "
            "on a feature inspects the feature. Shift+click always inspects the point."))
        self.point_button = QToolButton(body)
        self.point_button.setObjectName("zoning_point_mode_button")
        self.point_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.point_button.setIconSize(QSize(TOOLBAR_ICON, TOOLBAR_ICON))
        self.point_button.setAutoRaise(True)
        self.point_button.setDefaultAction(self.point_action)
        self.dataset_choice = DatasetChoice(body)   # the switch of the active dataset (issue 20 §1)
        layout.addWidget(self.dataset_choice)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.point_button)
        layout.addLayout(self._goto_row(body))
        from zoning_plugin.gui.date_choice import DateChoice
        self.date_choice = DateChoice(body)      # a date: a click inspects the version in force then
        layout.addWidget(self.date_choice)
        self.status = QLabel(self.tr("Choose the inspect tool and click on the map, or on a feature "
                                     "of any layer."), body)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self._first_start_box(body))
        self.browser = QTextBrowser(body)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        # Lines break between words only: a unit code (ZH22040210001) never breaks in two.
        self.browser.setWordWrapMode(QTextOption.WordWrap)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.highlighted[QUrl].connect(self._anchor_hovered)
        layout.addWidget(self.browser, 1)
        self.setWidget(body)
        self._update_actions()

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        window = self.parent()
        if not self._widened and not self.isFloating() and hasattr(window, "resizeDocks") \
                and self.width() < DEFAULT_WIDTH:
            self._widened = True        # once a session: a width the user drags to stays
            window.resizeDocks([self], [DEFAULT_WIDTH], Qt.Orientation.Horizontal)

    def _first_start_box(self, body):
        """What a new user does first (shown until the zoning layers are in the project)."""
        self.first_start = QFrame(body)
        self.first_start.setObjectName("zoning_first_start")
        self.first_start.setFrameShape(QFrame.StyledPanel)
        self.first_start.setStyleSheet("QFrame#zoning_first_start { background: #fff8e1; }")
        box = QVBoxLayout(self.first_start)
        self.first_start_text = QLabel(self.first_start)
        self.first_start_text.setObjectName("zoning_first_start_text")
        self.first_start_text.setWordWrap(True)
        box.addWidget(self.first_start_text)
        self.load_button = QPushButton(self.tr("Load the zoning layers"), self.first_start)
        self.load_button.setObjectName("zoning_first_start_load")
        self.load_button.clicked.connect(self.loadLayersRequested.emit)
        box.addWidget(self.load_button, 0, Qt.AlignLeft)
        self.set_layers_loaded(False)
        return self.first_start

    def set_layers_loaded(self, loaded):
        """Show the first steps while the zoning layers are not in the project."""
        self.first_start_text.setText(self.tr(
            "First load the zoning layers: they show the city's control units and rivers on the map. Then "
            "choose the inspect tool and click anywhere in the city, or on a feature of any layer."))
        self.first_start.setVisible(not loaded)
        # before anything is loaded or shown, the first steps say it all
        self.status.setVisible(loaded or self.current is not None)

    def offer_loading(self, lon, lat, city):
        """A click outside the city before the layers were loaded: say so and offer to load them
        instead of showing a result no one asked for."""
        self.first_start_text.setText(self.tr(
            "You clicked at {0}, outside {1}, and the zoning layers are not loaded, so the map does not show "
            "where the city is. Load them, then click in the city.").format(
            self._lon_lat(lon, lat), city))
        self.first_start.setVisible(True)
        self.status.setVisible(True)
        self.status.setText(self.tr("Nothing inspected: the zoning layers are not loaded."))
        self.status.setStyleSheet("")

    def _lon_lat(self, lon, lat):
        east = (self.tr("{0}°E") if lon >= 0 else self.tr("{0}°W")).format(f"{abs(lon):.4f}")
        north = (self.tr("{0}°N") if lat >= 0 else self.tr("{0}°S")).format(f"{abs(lat):.4f}")
        return self.tr("{0} {1}", "longitude latitude").format(east, north)

    def _goto_row(self, body):
        """The "go to coordinates" field and the choice of their system; Enter asks the plugin."""
        from zoning_plugin.gui.locator import GivenCoordinates
        row = QHBoxLayout()
        self.goto_edit = QLineEdit(body)
        self.goto_edit.setObjectName("zoning_goto")
        self.goto_edit.setClearButtonEnabled(True)
        self.goto_edit.setPlaceholderText(self.tr("Go to: 125.145, 42.902"))
        self.goto_edit.setToolTip(self.tr(
            "Longitude and latitude as copied from a web map or GPS (either order, decimal or degrees-minutes-"
            "seconds), or Gauss-Krüger northing and easting in metres; press Enter to go there and inspect."))
        self.goto_system = QComboBox(body)
        self.goto_system.setObjectName("zoning_goto_system")
        given = GivenCoordinates()
        for index, ((key, short), (_key, name)) in enumerate(zip(given.short_names(), given.system_names())):
            self.goto_system.addItem(short, key)
            self.goto_system.setItemData(index, name, Qt.ItemDataRole.ToolTipRole)
        self.goto_edit.returnPressed.connect(
            lambda: self.gotoRequested.emit(self.goto_edit.text(), self.goto_system.currentData()))
        row.addWidget(self.goto_edit, 1)
        row.addWidget(self.goto_system)
        return row

    def _action(self, name, text, icon, slot):
        action = QAction(QgsApplication.getThemeIcon(icon), text, self)
        action.setObjectName(name)
        action.setToolTip(text)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def report_error(self, message):
        if self._report_error:
            self._report_error(message)
        else:
            log(message)

    # -- showing -------------------------------------------------------------------------------
    @property
    def current(self):
        return self.history[self.position] if 0 <= self.position < len(self.history) else None

    def show_result(self, result, dataset, title, extra_rows=(), others=()):
        entry = Entry(result, dataset, title, list(extra_rows), others=list(others))
        del self.history[self.position + 1:]
        self.history.append(entry)
        del self.history[:-HISTORY_SIZE]
        self.position = len(self.history) - 1
        self._render()

    def _render(self):
        entry = self.current
        if entry is None:
            self.browser.clear()
        else:
            html = render_cities_html(entry.results(), report_labels(), entry.collapsed, entry.extra_rows,
                                      entry.title)
            if entry.stale:
                html = f"<div style='background:#fde0dc;color:#b00020;padding:4px'><b>" \
                       f"{escape(self.tr('Out of date'))}</b>: {escape(entry.stale)}</div>" + html
            scroll = self.browser.verticalScrollBar().value()
            self.browser.setHtml(html)
            self.browser.verticalScrollBar().setValue(scroll)
            self.status.setText(self._summary(entry))
            self.status.setVisible(True)
            self.status.setStyleSheet("color:#b00020" if entry.stale else "")
            self.entryShown.emit(entry)
        self._update_actions()

    def _summary(self, entry):
        inside = [result for result in entry.results() if result.inside]
        if entry.stale:
            return self.tr("The result shown may be out of date: {0}").format(entry.stale)
        if not inside:
            return self.tr("Outside every listed city: no requirements apply.") if entry.others \
                else self.tr("Outside the city: no requirements apply.")
        summary = self.tr("{0} control unit(s), {1} requirement(s); {2}/{3} in history").format(
            sum(len(r.units) for r in inside), sum(len(r.requirements) for r in inside), self.position + 1,
            len(self.history))
        return self.tr("{0} cities: {1}").format(len(inside), summary) if len(inside) > 1 else summary

    def _update_actions(self):
        entry = self.current
        self.back_action.setEnabled(self.position > 0)
        self.forward_action.setEnabled(0 <= self.position < len(self.history) - 1)
        for action in (self.copy_action, self.export_action, self.report_action, self.doubt_action):
            action.setEnabled(entry is not None)
        self.zoom_action.setEnabled(bool(entry and entry.result.units))

    def mark_stale(self, reason):
        """The dataset behind the shown results cannot be read any more: say so on every entry
        (they all came from it) until a new result replaces them."""
        for entry in self.history:
            entry.stale = str(reason)
        if self.current is not None:
            self._render()

    def _unit(self, code):
        """(dataset, unit) of a unit code in the result shown (of any city shown), or (None, None)."""
        entry = self.current
        found = [(d, u) for d, r in (entry.answers() if entry else ()) for u in r.units if u["code"] == code]
        return found[0] if found else (None, None)

    # -- slots -----------------------------------------------------------------------------------
    @guarded
    def _anchor_clicked(self, url):
        text = url.toString()
        if text.startswith("toggle:") and self.current is not None:
            key = text[len("toggle:"):]
            self.current.collapsed ^= {key}
            self._render()
        elif text.startswith("unit:") and self._unit(text[len("unit:"):])[0] is not None:
            self.zoomToUnitRequested.emit(self._unit(text[len("unit:"):])[0], text[len("unit:"):])

    @guarded
    def _anchor_hovered(self, url):
        text = url.toString()
        unit = self._unit(text[len("unit:"):])[1] if text.startswith("unit:") else None
        if unit is None or (unit["overlap_m2"] is None and unit["length_m"] is None):
            QToolTip.hideText()
            return
        tip = unit_details(unit, report_labels()) + "\n" + self.tr("Click to zoom to the unit.")
        QToolTip.showText(QCursor.pos(), tip, self.browser)

    @guarded
    def go_back(self, _checked=False):
        if self.position > 0:
            self.position -= 1
            self._render()

    @guarded
    def go_forward(self, _checked=False):
        if self.position < len(self.history) - 1:
            self.position += 1
            self._render()

    def result_text(self):
        entry = self.current
        if entry is None:
            return ""
        return entry.title + "\n" + render_cities_text(entry.results(), report_labels(), entry.extra_rows)

    @guarded
    def copy_result(self, _checked=False):
        text = self.result_text()
        if text:
            QApplication.clipboard().setText(text)
            self.status.setText(self.tr("The result is on the clipboard."))

    @guarded
    def _zoom_to_unit(self, _checked=False):
        if self.current and self.current.result.units:
            self.zoomToUnitRequested.emit(self.current.dataset, self.current.result.units[0]["code"])

    def export_title(self, entry):
        """What was inspected, with the dataset: the exported file's <title>."""
        names = [f"{r.dataset['title']} {r.dataset['version']}" for r in entry.results() if r.inside or r is entry.result]
        return f"{entry.title} — {self.tr(', ').join(names)}".strip()

    @guarded
    def export_html(self, _checked=False, path=None):
        entry = self.current
        if entry is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the result as HTML"),
                                                        "zoning_result.html", self.tr("HTML (*.html)"))
            if not path:
                return None
            if not path.lower().endswith((".html", ".htm")):
                path += ".html"
                if os.path.exists(path):   # the dialog asked about the name typed, not this one
                    self.report_error(self.tr("“{0}” already exists: choose it by its full name to replace "
                                              "it.").format(path))
                    return None
        rows = list(entry.extra_rows) + [(self.tr("Query time"), entry.queried_at.strftime("%Y-%m-%d %H:%M:%S %z"))]
        if entry.stale:
            rows.append((self.tr("Out of date"), entry.stale))
        records = [provenance(r.dataset, verdicts=True) for r in entry.results()]   # made now; the query time is above
        html = render_cities_html(entry.results(), report_labels(), (), rows, self.export_title(entry),
                                  standalone=True, provenances=records)
        dataset = getattr(entry.dataset, "path", None) or entry.result.dataset.get("path")
        try:
            if not os.path.isdir(os.path.dirname(os.path.abspath(path))):   # a folder the user did not pick
                raise OutputError(WRITE_FAILED, path, detail=os.strerror(errno.ENOENT))
            write_text(path, html, Guard(dataset=dataset))
        except OutputError as error:
            self.report_error(output_message(error))
            return None
        self.status.setText(self.tr("Saved {0}").format(os.path.abspath(path)))
        self.status.setStyleSheet("")
        return path

