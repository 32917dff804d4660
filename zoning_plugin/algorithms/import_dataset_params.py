"""zoning:import_dataset's parameters (a mixin placed before ZoningAlgorithm): the control units,
their fields, lists and further layers, the dataset's own texts, the checks' settings and the
outputs; read into the core's ImportOptions (core/importers/run.py)."""
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterCrs,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from zoning_plugin.algorithms.params import advanced, number_parameter
from zoning_plugin.core.engine.buffers import MAX_WIDTH_M
from zoning_plugin.core.importers.sources import LINE, POLYGON
from zoning_plugin.toolbelt.geometry import crs_text
from zoning_plugin.toolbelt.sources import layer_source

FIELD_PARAMETERS = {"code": "CODE_FIELD", "name": "NAME_FIELD", "unit_class": "CLASS_FIELD", "county": "COUNTY_FIELD",
                    "subtype": "SUBTYPE_FIELD", "spatial": "SPATIAL_FIELD", "pollution": "POLLUTION_FIELD",
                    "risk": "RISK_FIELD", "resource": "RESOURCE_FIELD"}
LAYER_PARAMETERS = {"rivers": ("RIVERS", LINE), "basins": ("BASINS", POLYGON), "counties": ("COUNTIES", POLYGON),
                    "built_up": ("BUILT_UP", POLYGON)}
TEXT_PARAMETERS = {"main_river": "MAIN_RIVER", "buffer_basins": "BUFFER_BASINS", "river_name_field": "RIVER_NAME_FIELD",
                   "channel_width_field": "CHANNEL_WIDTH_FIELD", "city_name": "CITY_NAME",
                   "city_code": "CITY_CODE", "city_list_title": "CITY_LIST_TITLE", "title": "TITLE",
                   "version": "VERSION", "effective_date": "EFFECTIVE_DATE", "authority": "AUTHORITY",
                   "effective_date_note": "EFFECTIVE_DATE_NOTE", "end_date": "END_DATE",
                   "expected_counts": "EXPECTED_COUNTS", "expected_shares": "EXPECTED_SHARES", "encoding": "ENCODING"}


class ImportParameters:
    """The parameters of zoning:import_dataset and their reading into ImportOptions."""
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

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        def text(name, label, advanced_flag=False):
            parameter = QgsProcessingParameterString(name, label, optional=True)
            self.addParameter(advanced(parameter) if advanced_flag else parameter)

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
        text("END_DATE", self.tr("End date, YYYY-MM-DD (the day this version stopped applying; empty: still in force)"))
        text("AUTHORITY", self.tr("Authority"))
        text("EXPECTED_COUNTS", self.tr("Stated unit counts per class, e.g. 31/26/4"))
        text("EXPECTED_SHARES", self.tr("Stated area shares per class in %, e.g. 44.83/20.61/34.56"))
        self.addParameter(advanced(QgsProcessingParameterCrs(
            self.METRIC_CRS, self.tr("Metric CRS (when empty: the Gauss-Kruger zone of the units)"), optional=True)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Overlap and gap tolerance, m² (0 to 10 000)"), QgsProcessingParameterNumber.Double,
            defaultValue=1.0, minValue=0.0)))
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

    def import_options(self, parameters, context, feedback):
        """The ImportOptions (core/importers/run.py) of the parameters given."""
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
