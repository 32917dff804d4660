"""zoning:import_dataset 导入官方数据. Thin: gathers the parameters, lets core/importers/run.py
read, check and write the dataset, then writes the report and the problems layer and says in the
log which field went where."""
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessing,
                       QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterCrs,
                       QgsProcessingParameterDefinition, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.field_aliases import aliased, problem_aliases
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.algorithms.sink_errors import sink_error
from zoning_plugin.core.engine.buffers import MAX_WIDTH_M
from zoning_plugin.core.errors import Cancelled, ZoningError
from zoning_plugin.core.importers.mapping import ROLES
from zoning_plugin.core.outputs import OutputError
from zoning_plugin.core.importers.sources import LINE, POLYGON, from_features
from zoning_plugin.toolbelt.geometry import crs_text, plain_wkb, storage_crs, to_qgs

FIELD_PARAMETERS = {"code": "CODE_FIELD", "name": "NAME_FIELD", "unit_class": "CLASS_FIELD", "county": "COUNTY_FIELD",
                    "subtype": "SUBTYPE_FIELD", "spatial": "SPATIAL_FIELD", "pollution": "POLLUTION_FIELD",
                    "risk": "RISK_FIELD", "resource": "RESOURCE_FIELD"}
LAYER_PARAMETERS = {"rivers": ("RIVERS", LINE), "basins": ("BASINS", POLYGON), "counties": ("COUNTIES", POLYGON),
                    "built_up": ("BUILT_UP", POLYGON)}
TEXT_PARAMETERS = {"main_river": "MAIN_RIVER", "buffer_basins": "BUFFER_BASINS", "river_name_field": "RIVER_NAME_FIELD",
                   "channel_width_field": "CHANNEL_WIDTH_FIELD", "city_name": "CITY_NAME",
                   "city_code": "CITY_CODE", "city_list_title": "CITY_LIST_TITLE", "title": "TITLE",
                   "version": "VERSION", "effective_date": "EFFECTIVE_DATE", "authority": "AUTHORITY",
                   "effective_date_note": "EFFECTIVE_DATE_NOTE",
                   "expected_counts": "EXPECTED_COUNTS", "expected_shares": "EXPECTED_SHARES", "encoding": "ENCODING"}
LOG_PROBLEMS = 40


def _value(value):
    return None if value is None or (isinstance(value, QVariant) and value.isNull()) else value


def layer_source(layer, kind):
    """What the core reads: the file itself for a layer of a file (so the core decodes a
    shapefile's encoding), else the features QGIS reads (a database, a memory layer, a filter)."""
    if layer.providerType() == "ogr" and not layer.subsetString():
        return layer.source()
    records, wkbs = [], []
    names = layer.fields().names()
    for feature in layer.getFeatures():
        records.append({name: _value(feature.attribute(name)) for name in names})
        geometry = feature.geometry()
        if geometry is None or geometry.isNull():
            wkbs.append(None)
            continue
        wkbs.append(plain_wkb(geometry))       # curves segmentised, Z and M dropped
    return from_features(records, wkbs, crs_text(layer.crs()), kind, layer.name(), names)


class ImportDatasetAlgorithm(ZoningAlgorithm):
    UNITS = "UNITS"
    SOURCE_CRS = "SOURCE_CRS"
    MAPPING_JSON = "MAPPING_JSON"
    LISTS = "LISTS"
    GENERAL_TEXT = "GENERAL_TEXT"
    MAIN_WIDTH = "MAIN_WIDTH"
    OTHER_WIDTH = "OTHER_WIDTH"
    METRIC_CRS = "METRIC_CRS"
    TOLERANCE = "TOLERANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    OUTPUT_PROBLEMS = "OUTPUT_PROBLEMS"

    def name(self):
        return "import_dataset"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Import official data")

    def group(self):
        return self.tr("Data preparation")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "preparation"

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

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        def advanced(parameter):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)

        def text(name, label, advanced_flag=False):
            parameter = QgsProcessingParameterString(name, label, optional=True)
            advanced(parameter) if advanced_flag else self.addParameter(parameter)

        self.addParameter(QgsProcessingParameterVectorLayer(
            self.UNITS, self.tr("Control units (layer or file)"), [QgsProcessing.TypeVectorAnyGeometry]))
        text("ENCODING", self.tr("Shapefile encoding (when empty: detected; e.g. GBK, UTF-8)"))
        self.addParameter(QgsProcessingParameterCrs(
            self.SOURCE_CRS, self.tr("CRS of a source without one (when empty: the source's own)"), optional=True))
        for role, name in FIELD_PARAMETERS.items():
            text(name, self.tr("Field: {0} (when empty: guessed; -: none)").format(self.role_label(role)),
                 role == "subtype")
        self.addParameter(QgsProcessingParameterFile(
            self.MAPPING_JSON, self.tr("Saved field mapping (JSON)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.LISTS, self.tr("Unit lists spreadsheet (XLSX, ODS or CSV; when empty: the units' dimension fields)"),
            fileFilter=self.tr("Spreadsheets (*.xlsx *.ods *.xls *.csv)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.GENERAL_TEXT, self.tr("City-wide and basin lists (attachment text or spreadsheet)"),
            fileFilter=self.tr("Text or spreadsheet (*.txt *.xlsx *.ods *.csv)"), optional=True))
        for role, (name, kind) in LAYER_PARAMETERS.items():
            label = {"rivers": self.tr("Rivers"), "basins": self.tr("Basins"), "counties": self.tr("Counties"),
                     "built_up": self.tr("Built-up areas")}[role]
            self.addParameter(QgsProcessingParameterVectorLayer(
                name, label, [QgsProcessing.TypeVectorLine if kind == LINE else QgsProcessing.TypeVectorPolygon],
                optional=True))
        text("RIVER_NAME_FIELD", self.tr("River name field (when empty: guessed)"))
        text("CHANNEL_WIDTH_FIELD", self.tr("River channel width field, m: distances and buffers are then measured "
                                            "from the bank (when empty: channel_width_m, 河宽 … if present, else "
                                            "from the centre line)"))
        text("MAIN_RIVER", self.tr("Main river of the buffer rule (when empty: from the lists)"))
        text("BUFFER_BASINS", self.tr("Basins the buffer rule applies in, comma-separated (when empty: the "
                                      "basin of the rule's list, or all)"))
        for name, label in ((self.MAIN_WIDTH, self.tr("Main river buffer width, m, at most 10 000 (when empty: from "
                                                      "the lists)")),
                            (self.OTHER_WIDTH, self.tr("Other rivers' buffer width, m, at most 10 000 (when empty: "
                                                       "from the lists)"))):
            self.addParameter(QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Double,
                                                           optional=True, minValue=0.01))
        text("CITY_NAME", self.tr("City name"))
        text("CITY_CODE", self.tr("City code (when empty: from the county codes)"))
        text("CITY_LIST_TITLE", self.tr("Title of the city-wide list"), True)
        text("TITLE", self.tr("Dataset title"), True)
        text("VERSION", self.tr("Version"))
        text("EFFECTIVE_DATE", self.tr("Effective date"))
        text("EFFECTIVE_DATE_NOTE", self.tr("What the effective date is (e.g. the issue date of the implementation "
                                            "plan; the list itself undated)"))
        text("AUTHORITY", self.tr("Authority"))
        text("EXPECTED_COUNTS", self.tr("Stated unit counts per class, e.g. 31/26/4"))
        text("EXPECTED_SHARES", self.tr("Stated area shares per class in %, e.g. 44.83/20.61/34.56"))
        advanced(QgsProcessingParameterCrs(
            self.METRIC_CRS, self.tr("Metric CRS (when empty: the Gauss-Kruger zone of the units)"), optional=True))
        advanced(QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Overlap and gap tolerance, m² (0 to 10 000)"), QgsProcessingParameterNumber.Double,
            defaultValue=1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Zoning dataset"), self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Validation report"), self.tr("HTML (*.html)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PROBLEMS, self.tr("Problems"), QgsProcessing.TypeVectorPoint, optional=True))
        self.addOutput(QgsProcessingOutputNumber("ERRORS", self.tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", self.tr("Warnings")))

    def role_label(self, role):
        return {"code": self.tr("unit code"), "name": self.tr("unit name"), "unit_class": self.tr("unit class"),
                "county": self.tr("county"), "subtype": self.tr("unit type"),
                "spatial": self.tr("spatial layout constraints"), "pollution": self.tr("pollutant discharge control"),
                "risk": self.tr("environmental risk prevention"),
                "resource": self.tr("resource use efficiency")}[role]

    # -- processing ------------------------------------------------------------------------------
    def _options(self, parameters, context, feedback):
        # Imported here, not at plugin start-up: the provider lists this algorithm in initGui.
        from zoning_plugin.core.importers.run import MAX_TOLERANCE_M2, ImportOptions
        layer = self.parameterAsVectorLayer(parameters, self.UNITS, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.UNITS))
        options = ImportOptions(units=layer_source(layer, POLYGON),
                                output=self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        for attribute, name in TEXT_PARAMETERS.items():
            setattr(options, attribute, self.parameterAsString(parameters, name, context).strip())
        options.fields = {role: self.parameterAsString(parameters, name, context)
                          for role, name in FIELD_PARAMETERS.items()}
        options.fields = {role: value for role, value in options.fields.items() if value.strip()}
        for attribute, name in ((("source_crs", self.SOURCE_CRS)), ("metric_crs", self.METRIC_CRS)):
            crs = self.parameterAsCrs(parameters, name, context)
            setattr(options, attribute, crs_text(crs) if parameters.get(name) and crs.isValid() else "")
        options.mapping_json = self.parameterAsFile(parameters, self.MAPPING_JSON, context)
        options.lists = self.parameterAsFile(parameters, self.LISTS, context)
        options.general = self.parameterAsFile(parameters, self.GENERAL_TEXT, context)
        for attribute, (name, kind) in LAYER_PARAMETERS.items():
            other = self.parameterAsVectorLayer(parameters, name, context) if parameters.get(name) else None
            setattr(options, attribute, layer_source(other, kind) if other is not None else None)
        for attribute, name in (("main_width", self.MAIN_WIDTH), ("other_width", self.OTHER_WIDTH)):
            if parameters.get(name) not in (None, ""):
                setattr(options, attribute, number_parameter(self, parameters, name, context, feedback, units=("m", "米"),
                                                             minimum=0, minimum_inclusive=False, maximum=MAX_WIDTH_M))
        options.tolerance_m2 = number_parameter(self, parameters, self.TOLERANCE, context, feedback,
                                                units=("m²", "m2", "平方米"), minimum=0, maximum=MAX_TOLERANCE_M2)
        return options

    def process(self, parameters, context, feedback):
        from zoning_plugin.core.importers.run import import_dataset
        options = self._options(parameters, context, feedback)
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
        for problem in report.problems[:LOG_PROBLEMS]:
            (feedback.reportError if problem.severity == "error" else feedback.pushInfo)(problem.message)
        if len(report.problems) > LOG_PROBLEMS:
            feedback.pushInfo(self.tr("… see the report for all {0} problems.").format(len(report.problems)))
        feedback.pushInfo(self.tr("{0} error(s), {1} warning(s). Dataset written: {2}").format(
            report.count("error"), report.count("warning"), report.output))

    def _problems(self, outputs, report):
        fields = QgsFields()
        for name in ("severity", "kind", "unit_code", "message"):
            fields.append(QgsField(name, QVariant.String))
        fields = aliased(fields, problem_aliases())
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
