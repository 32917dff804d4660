"""The panel's report button: asks where to save, writes the site report of the entry shown (the PDF,
and the EIA chapter as an .odt beside it) with its progress in QGIS's task manager, then opens the
PDF. The same SiteReport as zoning:site_report: the layout must be drawn in the main thread, so a
proxy task shows the progress of work done here rather than running it in a worker thread. Both
files are written aside and renamed together once complete (core/outputs.py): a cancel, a failure
or a full disk leaves older files of those names as they were, and the message names the user's
file."""
import os

from qgis.core import QgsApplication, QgsProxyProgressTask, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog

from zoning_plugin.algorithms.outputs import output_message
from zoning_plugin.core.outputs import OutputError
from zoning_plugin.reports.site_report import SiteReport

FOLDER_KEY = "zoning_plugin/report_folder"


class PanelSiteReport:
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
        path = path or self.ask_path()
        if not path:
            return None
        odt = os.path.splitext(path)[0] + ".odt"
        description = self.tr("{0}; inspected {1}").format(entry.title,
                                                           entry.queried_at.strftime("%Y-%m-%d %H:%M"))
        task = QgsProxyProgressTask(self.tr("Site report"))
        QgsApplication.taskManager().addTask(task)
        outcome = None
        try:
            outcome = SiteReport(entry.dataset, entry.result, entry.title, description).write(
                path, odt, progress=task.setProxyProgress, is_cancelled=task.isCanceled)
        except OutputError as error:
            self.report_error(output_message(error))
        except OSError as error:
            self.report_error(self.tr("The site report cannot be written: {0}").format(
                f"{error.filename}: {error.strerror}" if error.filename and error.strerror else error))
        finally:
            task.finalize(outcome is not None)
        if outcome is None:
            return None
        self.show_status(self.tr("Saved {0} ({1} pages) and {2}").format(outcome.pdf, outcome.pages, outcome.odt))
        QDesktopServices.openUrl(QUrl.fromLocalFile(outcome.pdf))
        return outcome
