"""What every algorithm of the `zoning` provider shares: translation, createInstance() and one
line for every failure (no traceback reaches the user; a failure is an error, not exit 0)."""
import traceback

from qgis.core import Qgis, QgsMessageLog, QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from zoning_plugin.algorithms.outputs import output_message
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.outputs import OutputError

LOG_TAG = "zoning"


class ZoningAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms: a subclass writes `process()` instead of processAlgorithm().

    pylupdate5 files a `self.tr("…")` call under the name of the class it is written in, so tr()
    looks a message up under the algorithm's class, then under each base class: a string written
    in this class is found by every subclass, and `make translations` needs no extra context."""

    def tr(self, message):
        for cls in type(self).__mro__:
            if cls is QgsProcessingAlgorithm:
                break
            translated = QCoreApplication.translate(cls.__name__, message)
            if translated != message:
                return translated
        return message

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def user_dataset(self, parameters, context, feedback, name="DATASET"):
        """The dataset the user chose (the parameter `name`, else the plugin's setting) opened with the
        user's options (the buffers of the basins whose list lacks the rule among them), as the panel
        opens it: every algorithm sees the same rules and buffers. Its title and version go to the log."""
        from zoning_plugin.core import open_dataset
        from zoning_plugin.toolbelt.settings import ZoningSettings
        settings = ZoningSettings.load()
        path = self.parameterAsFile(parameters, name, context) or settings.dataset_path
        try:
            dataset = open_dataset(path or None, buffers_in_all_basins=settings.buffers_in_all_basins)
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The zoning dataset cannot be used: {0}").format(error)) from None
        feedback.pushInfo(self.tr("Zoning dataset: {0} ({1})").format(dataset.title, dataset.version))
        return dataset

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def writeFeatureError(self, sink, parameters, name):  # noqa: N802 (QGIS API)
        """QGIS's message, also for a sink RunOutputs wrapped (TextCellSink)."""
        return super().writeFeatureError(getattr(sink, "sink", sink), parameters, name)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        """process(), with every failure turned into one QgsProcessingException line in the user's
        language: Processing then reports an error (qgis_process exits 1) without a traceback; an
        unexpected one also goes to the log panel (tab “zoning”) with its traceback, for a bug report."""
        try:
            return self.process(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except OutputError as error:
            raise QgsProcessingException(output_message(error)) from None
        except ZoningError as error:
            raise QgsProcessingException(str(error)) from None
        except MemoryError:
            raise QgsProcessingException(self.tr("Not enough memory for this run: analyse fewer or simpler "
                                                 "features at a time.")) from None
        except OSError as error:
            raise QgsProcessingException(self.tr("A file cannot be read or written: {0}").format(
                f"{error.filename}: {error.strerror}" if error.filename and error.strerror else error)) from None
        except Exception as error:
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.Critical)
            raise QgsProcessingException(self.tr(
                "Internal error of the plugin ({0}: {1}); nothing was written. The details are in the log "
                "messages panel, tab “{2}”: please report them.").format(type(error).__name__, error, LOG_TAG)) from None
