"""zoning:import_dataset 导入官方数据. Thin: gathers the parameters (import_dataset_params.py), lets core/importers/run.py
read, check and write the dataset, then writes the report and the problems layer and says in the
log which field went where."""
import os

from qgis.core import QgsFeature, QgsFeatureSink, QgsProcessingException, QgsWkbTypes

from zoning_plugin.algorithms.base import PreparationGroup, ZoningAlgorithm
from zoning_plugin.algorithms.field_aliases import aliased, problem_aliases
from zoning_plugin.algorithms.import_dataset_params import FIELD_PARAMETERS, ImportParameters
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.sink_errors import sink_error
from zoning_plugin.core.errors import Cancelled, ZoningError
from zoning_plugin.core.fields import TEXT
from zoning_plugin.core.importers.mapping import ROLES
from zoning_plugin.core.outputs import OutputError
from zoning_plugin.toolbelt.geometry import storage_crs, to_qgs
from zoning_plugin.toolbelt.log import CappedLog
from zoning_plugin.toolbelt.tables import qgs_fields

__all__ = ("FIELD_PARAMETERS", "ImportDatasetAlgorithm")


class ImportDatasetAlgorithm(PreparationGroup, ImportParameters, ZoningAlgorithm):
    def name(self):
        return "import_dataset"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Import official data")


    def tags(self):
        return self.tr("import,shapefile,GBK,field mapping,control units,access list,validate,zoning").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Builds a zoning dataset GeoPackage from official data: the control units (shapefile, "
            "GeoPackage, FileGDB, GeoJSON, DXF; any CRS; a shapefile's GBK or UTF-8 text is recognised, "
            "or give the encoding), their lists (from the units' four dimension fields or from a "
            "spreadsheet keyed by unit code), the city-wide and basin lists (an attachment text or a "
            "spreadsheet) and, if given, rivers, basins, counties and built-up areas.\n\n"
            "Field parameters left empty take the guessed fields (HJZHGKDYBM, 环境管控单元编码, "
            "ZHGKDYFL, KJBJYS …); the log says which field went where. A source without a CRS needs "
            "the source CRS: it is never guessed.\n\n"
            "The report lists every problem (codes, classes, duplicates, overlaps, gaps, units without "
            "a list, list rows for unknown units, empty dimensions, the area shares against the ones "
            "stated) and the problems layer shows where. A metric CRS, when given, must suit the data: "
            "one whose area of use is far from the units, or that measures their areas more than 0.5 % "
            "off, is refused with the CRS that fits. The tolerance is at most 10 000 m² (a hectare-sized "
            "sliver is a real gap, not digitising noise), a buffer width at most 10 000 m.\n\n"
            "The dataset, the report and the problems layer are written only when complete, together, "
            "after the last cancel check: an output onto a source or inside a source folder is refused, "
            "and a failure, a full disk or a cancel leaves older files of those names as they were. The "
            "sources are never modified.")

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        from zoning_plugin.core.importers.run import import_dataset
        options = self.import_options(parameters, context, feedback)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report_path and os.path.realpath(report_path) == os.path.realpath(options.output):
            raise QgsProcessingException(self.tr("The report and the dataset cannot be the same file: {0}").format(
                report_path))
        with RunOutputs(self, parameters, context) as outputs:
            try:
                result = import_dataset(options, progress=lambda f: feedback.setProgress(95 * f),
                                        is_cancelled=feedback.isCanceled, log=feedback.pushInfo,
                                        on_mapping=lambda mapping, how: self._say_mapping(mapping, how, feedback),
                                        outputs=outputs.files)
            except Cancelled:
                feedback.reportError(self.tr("Import cancelled: nothing was written."))
                return {}
            except OutputError:
                raise
            except ZoningError as error:
                raise QgsProcessingException(self.tr("Import failed, nothing was written: {0}").format(error)) from None
            report = result.report
            results = {self.OUTPUT: result.output, "ERRORS": report.count("error"),
                       "WARNINGS": report.count("warning")}
            if report_path:
                report.save_html(report_path, self.tr("Import report: {0}").format(result.meta["title"]),
                                 outputs=outputs.files)
                results[self.OUTPUT_REPORT] = report_path
            if parameters.get(self.OUTPUT_PROBLEMS):
                results[self.OUTPUT_PROBLEMS] = self._problems(outputs, report)
            if feedback.isCanceled():
                feedback.reportError(self.tr("Import cancelled: nothing was written."))
                return {}
            outputs.commit()
        self._say_problems(report, feedback)
        feedback.setProgress(100)
        return results

    def _say_mapping(self, mapping, how, feedback):
        origins = {"parameter": self.tr("as given"), "file": self.tr("from the mapping file"),
                   "guess": self.tr("guessed from its name")}
        for role in ROLES:
            field = mapping.get(role)
            if field:
                feedback.pushInfo(self.tr("{0} ← field “{1}” ({2})").format(
                    self.role_label(role), " ".join(field.split()), origins[how[role]]))
            else:
                feedback.pushInfo(self.tr("{0}: no field").format(self.role_label(role)))

    def _say_problems(self, report, feedback):
        log = CappedLog(feedback)
        for problem in report.problems:
            log.line("problem", problem.message, error=problem.severity == "error")
        if len(report.problems) > log.limit:
            feedback.pushInfo(self.tr("… see the report for all {0} problems.").format(len(report.problems)))
        feedback.pushInfo(self.tr("{0} error(s), {1} warning(s). Dataset written: {2}").format(
            report.count("error"), report.count("warning"), report.output))

    def _problems(self, outputs, report):
        fields = aliased(qgs_fields((name, TEXT) for name in ("severity", "kind", "unit_code", "message")),
                         problem_aliases())
        sink, dest_id = outputs.sink(self.OUTPUT_PROBLEMS, fields, QgsWkbTypes.Point, storage_crs())
        for problem in report.problems:
            feature = QgsFeature(fields)
            point = problem.point
            if point is not None:
                feature.setGeometry(to_qgs(point))
            feature.setAttributes([problem.severity, problem.kind, problem.unit_code, problem.message])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise sink_error(sink, dest_id)
        return dest_id
