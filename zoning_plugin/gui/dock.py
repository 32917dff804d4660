"""The inspector panel: shows one InspectResult, keeps a history, copies and exports it."""
from dataclasses import dataclass, field

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (QAction, QApplication, QFileDialog, QLabel, QTextBrowser, QToolBar,
                                 QVBoxLayout, QWidget)

from zoning_plugin.core.report import render_html, render_text
from zoning_plugin.gui.labels import report_labels
from zoning_plugin.gui.util import guarded, log

HISTORY_SIZE = 20


@dataclass
class Entry:
    """One inspection as shown: the result, the dataset that gave it, and where it came from."""
    result: object
    dataset: object
    title: str
    extra_rows: list = field(default_factory=list)
    collapsed: set = field(default_factory=set)


class ZoningInspectorDock(QgsDockWidget):
    inspectSelectedRequested = pyqtSignal()
    zoomToUnitRequested = pyqtSignal(object, str)   # dataset, unit code
    entryShown = pyqtSignal(object)   # Entry, so the plugin can redraw the highlight on back/forward

    def __init__(self, parent=None, report_error=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zoning control inspector"))
        self.setObjectName("ZoningInspectorDock")
        self._report_error = report_error
        self.history = []
        self.position = -1
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.toolbar = QToolBar(body)
        self.back_action = self._action("zoning_history_back", self.tr("Previous result"),
                                        "mActionArrowLeft.svg", self.go_back)
        self.forward_action = self._action("zoning_history_forward", self.tr("Next result"),
                                           "mActionArrowRight.svg", self.go_forward)
        self.toolbar.addSeparator()
        self.selected_action = self._action("zoning_inspect_selected",
                                            self.tr("Inspect the selected features of the active layer"),
                                            "mActionSelectedToTop.svg", self.inspectSelectedRequested.emit)
        self.zoom_action = self._action("zoning_zoom_unit", self.tr("Zoom to the control unit"),
                                        "mActionZoomToSelected.svg", self._zoom_to_unit)
        self.copy_action = self._action("zoning_copy_result", self.tr("Copy the whole result as text"),
                                        "mActionEditCopy.svg", self.copy_result)
        self.export_action = self._action("zoning_export_html", self.tr("Export the result as HTML"),
                                          "mActionFileSaveAs.svg", self.export_html)
        layout.addWidget(self.toolbar)
        self.status = QLabel(self.tr("Choose the inspect tool and click on the map, or on a feature "
                                     "of any layer."), body)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.browser = QTextBrowser(body)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        layout.addWidget(self.browser, 1)
        self.setWidget(body)
        self._update_actions()

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

    def show_result(self, result, dataset, title, extra_rows=()):
        entry = Entry(result, dataset, title, list(extra_rows))
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
            html = render_html(entry.result, report_labels(), entry.collapsed, entry.extra_rows,
                               entry.title)
            scroll = self.browser.verticalScrollBar().value()
            self.browser.setHtml(html)
            self.browser.verticalScrollBar().setValue(scroll)
            self.status.setText(self._summary(entry))
            self.entryShown.emit(entry)
        self._update_actions()

    def _summary(self, entry):
        result = entry.result
        if not result.inside:
            return self.tr("Outside the city: no requirements apply.")
        return self.tr("{0} control unit(s), {1} requirement(s); {2}/{3} in history").format(
            len(result.units), len(result.requirements), self.position + 1, len(self.history))

    def _update_actions(self):
        entry = self.current
        self.back_action.setEnabled(self.position > 0)
        self.forward_action.setEnabled(0 <= self.position < len(self.history) - 1)
        for action in (self.copy_action, self.export_action):
            action.setEnabled(entry is not None)
        self.zoom_action.setEnabled(bool(entry and entry.result.units))

    # -- slots -----------------------------------------------------------------------------------
    @guarded
    def _anchor_clicked(self, url):
        text = url.toString()
        if text.startswith("toggle:") and self.current is not None:
            key = text[len("toggle:"):]
            self.current.collapsed ^= {key}
            self._render()

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
        return entry.title + "\n" + render_text(entry.result, report_labels(), entry.extra_rows)

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
        html = render_html(entry.result, report_labels(), (), entry.extra_rows, entry.title,
                           standalone=True)
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(html)
        except OSError as error:
            self.report_error(self.tr("Cannot write {0}: {1}").format(path, error.strerror or error))
            return None
        self.status.setText(self.tr("Saved {0}").format(path))
        return path
