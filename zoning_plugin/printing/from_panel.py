"""The panel's report button: asks where to save, writes the site report of the entry shown (the PDF,
and the EIA chapter as an .odt beside it) with its progress in QGIS's task manager, then opens the
PDF, or says where it is when no viewer opens it. The same SiteReport as zoning:site_report: the
layout (its HTML frames are WebKit pages) must be drawn in the main thread, so a proxy task shows
the progress of work done here rather than running it in a worker thread, and QGIS's events are
handled between the steps and pages, so the window stays responsive (the task can be cancelled
there; a second report waits for the first). Both
files are written aside and renamed together once complete (core/outputs.py): a cancel, a failure
or a full disk leaves older files of those names as they were, and the message names the user's
file."""
import os
import shutil
import subprocess
import sys

from qgis.core import Qgis, QgsApplication, QgsProxyProgressTask, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog

from zoning_plugin.algorithms.outputs import output_message
from zoning_plugin.core.outputs import OutputError
from zoning_plugin.printing.site_report import SiteReport

FOLDER_KEY = "zoning_plugin/report_folder"


def pdf_viewer_registered():
    """False where the desktop says no application opens PDF files (xdg-mime on Linux); True
    where it cannot tell (QDesktopServices then decides)."""
    if not sys.platform.startswith("linux") or not shutil.which("xdg-mime"):
        return True
    try:
        answer = subprocess.run(["xdg-mime", "query", "default", "application/pdf"], capture_output=True,
                                text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return True
    return bool(answer.stdout.strip())


class PanelSiteReport:
    running = False         # one report at a time: the events handled while writing could start another

    def __init__(self, parent, report_error, show_status=None):
        self.parent = parent
        self.report_error = report_error
        self.show_status = show_status or (lambda _text: None)

    def tr(self, message):
        return QCoreApplication.translate("PanelSiteReport", message)

    def ask_path(self):
        settings = QgsSettings()
        folder = settings.value(FOLDER_KEY, os.path.expanduser("~"), type=str)
        path, _filter = QFileDialog.getSaveFileName(
            self.parent, self.tr("Save the site report"), os.path.join(folder, "site_report.pdf"),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        settings.setValue(FOLDER_KEY, os.path.dirname(os.path.abspath(path)))
        return path

    def run(self, entry, path=None):
        """Write the report of `entry` (the panel's current Entry) to `path` (asked when None) and
        the .odt beside it; open the PDF. Returns the Outcome, or None."""
        if entry is None:
            return None
        if PanelSiteReport.running:
            self.report_error(self.tr("A site report is being written; please wait for it."), Qgis.Info)
            return None
        path = path or self.ask_path()
        if not path:
            return None
        PanelSiteReport.running = True
        try:
            return self._run(entry, path)
        finally:
            PanelSiteReport.running = False

    def _run(self, entry, path):
        odt = os.path.splitext(path)[0] + ".odt"
        description = self.tr("{0}; inspected {1}").format(entry.title,
                                                           entry.queried_at.strftime("%Y-%m-%d %H:%M"))
        task = QgsProxyProgressTask(self.tr("Site report"))
        QgsApplication.taskManager().addTask(task)

        def progress(value):
            task.setProxyProgress(value)
            QCoreApplication.processEvents()

        def cancelled():
            QCoreApplication.processEvents()
            return task.isCanceled()
        outcome = None
        try:
            outcome = SiteReport(entry.dataset, entry.result, entry.title, description).write(
                path, odt, progress=progress, is_cancelled=cancelled)
        except OutputError as error:
            self.report_error(output_message(error))
        except OSError as error:
            self.report_error(self.tr("The site report cannot be written: {0}").format(
                f"{error.filename}: {error.strerror}" if error.filename and error.strerror else error))
        finally:
            task.finalize(outcome is not None)
        if outcome is None:
            return None
        saved = self.tr("Saved {0} ({1} pages) and {2}").format(outcome.pdf, outcome.pages, outcome.odt)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(outcome.pdf))   # xdg-open starts even without a viewer
        if opened and pdf_viewer_registered():
            self.show_status(saved)
        else:
            self.show_status(saved + self.tr("; no PDF viewer opened it."))
            self.report_error(self.tr("No PDF viewer opened the site report. It is saved at {0}").format(outcome.pdf),
                              Qgis.Info)
        return outcome
