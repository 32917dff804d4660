"""What every algorithm of the `zoning` provider shares: translation, createInstance() and one
line for every failure (no traceback reaches the user; a failure is an error, not exit 0)."""
import traceback

from qgis.core import (Qgis, QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterDefinition,
                       QgsProcessingParameterFile, QgsProcessingParameterString)
from qgis.PyQt.QtCore import QCoreApplication

from zoning_plugin.algorithms.outputs import output_message
from zoning_plugin.core.errors import InputError, ZoningError
from zoning_plugin.core.outputs import OutputError
from zoning_plugin.toolbelt.log import log, log_tag


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

    DATASET = "DATASET"
    DATE = "DATE"

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def user_dataset(self, parameters, context, feedback, name=None):
        """The dataset the user chose (the parameter `name`, else the plugin's setting) opened with the
        user's options (the buffers of the basins whose list lacks the rule among them), as the panel
        opens it: every algorithm sees the same rules and buffers. With a DATE (add_date_parameter),
        the version in force that day among the user's datasets, or the dataset given checked against
        its own dates; `self.in_force` keeps why (InForce, None without a date). Its title and
        version, and the choice, go to the log; a date without a version stops the run with the
        reason, before anything is written."""
        from zoning_plugin.toolbelt.dataset import dataset_in_force, user_dataset
        path = self.parameterAsFile(parameters, name or self.DATASET, context)
        date = self.parameterAsString(parameters, self.DATE, context).strip() \
            if self.parameterDefinition(self.DATE) is not None else ""
        self.in_force = None
        try:
            if date:
                dataset, self.in_force = dataset_in_force(date, path or None)
            else:
                dataset = user_dataset(path)
        except ZoningError as error:
            if date and isinstance(error, InputError):      # the date (NotInForce among them): its own line
                raise QgsProcessingException(str(error)) from None
            raise QgsProcessingException(self.tr("The zoning dataset cannot be used: {0}").format(error)) from None
        feedback.pushInfo(self.tr("Zoning dataset: {0} ({1})").format(dataset.title, dataset.version))
        if self.in_force is not None:
            feedback.pushInfo(self.tr("Version chosen by the date: {0}").format(self.in_force.message))
            for line in self.in_force.left_out:
                feedback.pushWarning(line)
        return dataset

    def dataset_info(self, dataset):
        """dataset.info() with the version chosen for the date (InForce.to_dict(), key `in_force`) when
        there is one: what the outputs carry as their provenance."""
        chosen = getattr(self, "in_force", None)
        return chosen.mark(dataset.info()) if chosen is not None else dataset.info()

    def add_dataset_parameter(self, name=None):
        """The optional zoning dataset (advanced): when empty, the plugin's current dataset."""
        dataset = QgsProcessingParameterFile(name or self.DATASET,
                                             self.tr("Zoning dataset (when empty: the plugin's current dataset)"),
                                             extension="gpkg", optional=True)
        dataset.setFlags(dataset.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(dataset)

    def add_date_parameter(self):
        """The optional date (YYYY-MM-DD) whose version in force is used. Text read by the core's
        parse_date rather than a date parameter: empty stays empty in the dialog, in processing.run and
        in qgis_process on QGIS 3.22 and 3.40 alike, and a bad date is refused in the user's words."""
        self.addParameter(QgsProcessingParameterString(
            self.DATE, self.tr("In force on (YYYY-MM-DD; when empty: the dataset as chosen, whatever its dates)"),
            optional=True))

    def date_help(self):
        """The paragraph of the help of an algorithm with add_date_parameter()."""
        return self.tr(
            "With a date (DATE, YYYY-MM-DD), the version of the zoning in force that day is used: chosen among "
            "the datasets of the plugin's settings (the current one and the others listed, every version "
            "published in a PostGIS schema) by their effective and end dates (dataset_meta), or, when a "
            "zoning dataset is given, that one checked against its own dates. The log, the outputs' "
            "provenance and the report say which version was chosen and why. A date before the first "
            "version, in a gap between two, after the last one ended, or on which two versions are in force "
            "stops the run with the reason, and nothing is written. Without a date, the dataset as chosen, "
            "whatever its dates.")

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def writeFeatureError(self, sink, parameters, name):  # noqa: N802 (QGIS API)
        """QGIS's message, also for a sink RunOutputs wrapped (TextCellSink)."""
        return super().writeFeatureError(getattr(sink, "sink", sink), parameters, name)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        """process(), with every failure turned into one QgsProcessingException line in the user's
        language: Processing then reports an error (qgis_process exits 1) without a traceback; an
        unexpected one also goes to the log panel (the plugin's tab, log_tag()) with its traceback, for a
        bug report."""
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
            log(traceback.format_exc(), Qgis.Critical)
            raise QgsProcessingException(self.tr(
                "Internal error of the plugin ({0}: {1}); nothing was written. The details are in the log "
                "messages panel, tab “{2}”: please report them.").format(type(error).__name__, error, log_tag())) from None


class PreparationGroup:
    """An algorithm of the group Data preparation (buffers, land files, import, publish, compare)."""

    def group(self):
        return self.tr("Data preparation")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "preparation"


class PrintedReportMixin:
    """An algorithm that writes a print layout (group Reports): its HTML frames need the main thread."""

    def group(self):
        return self.tr("Reports")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "reports"

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading
