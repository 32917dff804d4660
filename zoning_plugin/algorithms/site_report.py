"""zoning:site_report 项目选址报告. Thin: takes one site (the features of a layer, or its selected
features, as one site; or a drawn extent), inspects it with the core, and lets
zoning_plugin/reports/site_report.py write the PDF and the EIA chapter (.odt), as the panel's
report button does. Bad input is said in the log; nothing is thrown and nothing is written."""
import os

from qgis.core import (QgsGeometry, QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterDefinition,
                       QgsProcessingParameterExtent, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer, QgsWkbTypes)

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.land_input import LandTxtInput
from zoning_plugin.core import ZoningError, open_dataset
from zoning_plugin.gui.labels import report_labels
from zoning_plugin.gui.util import crs_text, to_shapely


def plain_geometry(geometry):
    """A copy shapely can read: curves segmentised, M dropped."""
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    else:
        geometry = QgsGeometry(geometry)
    if QgsWkbTypes.hasM(geometry.wkbType()):
        geometry.get().dropMValue()
    return geometry


class SiteReportAlgorithm(LandTxtInput, ZoningAlgorithm):
    INPUT = "INPUT"
    SELECTED_ONLY = "SELECTED_ONLY"
    EXTENT = "EXTENT"
    TITLE = "TITLE"
    INDUSTRY_CODE = "INDUSTRY_CODE"
    BOILER_TPH = "BOILER_TPH"
    DATASET = "DATASET"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_ODT = "OUTPUT_ODT"
    PAGES = "PAGES"

    def name(self):
        return "site_report"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Site report (PDF)")

    def group(self):
        return self.tr("Reports")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "reports"

    def tags(self):
        return self.tr("site,report,pdf,eia,conformity,zoning").split(",")

    def flags(self):
        # The print layout's HTML frames need the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Writes the site report of one project site as a PDF: page 1 shows the site on a map of "
            "the zoning layers (legend, scale bar, north arrow, coordinate grid, an inset of the "
            "whole city) and its overlap with the control units and the river ecological buffers; "
            "then the full text of every requirement that applies (the city-wide list, the basin "
            "list and the unit lists, grouped by dimension as in the panel), then the chapter "
            "“conformity with the zoning control” (三线一单符合性分析) of an environmental impact "
            "report. Every page carries the dataset's title and version, the date and the page "
            "number, and says so when the dataset is sample data.\n\n"
            "The site: all features of the input layer taken together, or only its selected "
            "features; without an input layer, the extent. The chapter can also be written as an "
            "OpenDocument text (.odt) that WPS and Word open, to adapt it in the report.\n\n"
            "With an industry code (and the size of a new coal boiler, if any), the project "
            "screening's advisory verdicts fill the column “Conformity” of the chapter's table "
            "where one of its rules applies; otherwise the column is left for the assessor.") + "\n\n" + self.tr(
            "Instead of a layer, a land-boundary coordinate file (坐标TXT, LAND_TXT) can be given: all its "
            "parcels together are the site, and the project name defaults to the file's name and its number "
            "of parcels.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Project site (its features together are the site)"), optional=True))
        self.add_land_txt_parameter()
        self.addParameter(QgsProcessingParameterBoolean(
            self.SELECTED_ONLY, self.tr("Selected features only"), defaultValue=False))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Or an extent as the site (used when there is no input layer)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Project name"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.INDUSTRY_CODE, self.tr("Industry code (GB/T 4754-2017; when given, the screening's verdicts "
                                   "fill the column “Conformity”)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BOILER_TPH, self.tr("New coal boiler, t/h (for the screening)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0))
        dataset = QgsProcessingParameterFile(
            self.DATASET, self.tr("Zoning dataset (when empty: the plugin's current dataset)"),
            extension="gpkg", optional=True)
        dataset.setFlags(dataset.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(dataset)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Site report"), self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_ODT, self.tr("EIA chapter, editable (for WPS or Word)"),
            self.tr("OpenDocument text (*.odt)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages of the PDF")))

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        site = self._site(parameters, context, feedback)
        if site is None:
            return {}
        geometry, crs, description = site
        dataset = self._dataset(parameters, context, feedback)
        if dataset is None or feedback.isCanceled():
            return {}
        try:
            result = dataset.inspect(to_shapely(geometry), crs=crs_text(crs))
        except ZoningError as error:
            feedback.reportError(self.tr("The site cannot be inspected: {0}").format(error))
            return {}
        if not result.inside:
            feedback.reportError(self.tr("The site lies entirely outside the city: the report says so "
                                         "and lists no requirements."))
        else:
            feedback.pushInfo(self.tr("{0} control unit(s), {1} requirement(s).").format(
                len(result.units), len(result.requirements)))
        for warning in result.warnings(report_labels()):
            feedback.pushInfo(warning)
        screening = self._screening(parameters, context, dataset, geometry, crs, feedback)
        if screening is False:
            return {}
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        odt = self.parameterAsFileOutput(parameters, self.OUTPUT_ODT, context) or None
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or description
        from zoning_plugin.reports.site_report import SiteReport   # not at plugin start-up
        return self._write(SiteReport(dataset, result, title, description, screening), pdf, odt, feedback)

    def _screening(self, parameters, context, dataset, geometry, crs, feedback):
        """The project screening of the site when an industry code is given; None without one;
        False (said in the log) when the code or the boiler size cannot be used."""
        from zoning_plugin.core.screening import screen
        code = self.parameterAsString(parameters, self.INDUSTRY_CODE, context).strip()
        if not code:
            feedback.pushInfo(self.tr("No industry code: the column “Conformity” is left for the assessor."))
            return None
        boiler = parameters.get(self.BOILER_TPH)
        boiler = None if boiler in (None, "") else self.parameterAsDouble(parameters, self.BOILER_TPH, context)
        try:
            screening = screen(dataset, to_shapely(geometry), crs_text(crs), code, boiler)
        except ZoningError as error:
            feedback.reportError(self.tr("The project cannot be screened: {0}").format(error))
            return False
        feedback.pushInfo(self.tr("Screening as {0}: {1}").format(code, screening.verdict or "—"))
        return screening

    def _write(self, report, pdf, odt, feedback):
        if odt and os.path.splitext(odt)[1].lower() != ".odt":
            odt += ".odt"
        try:
            outcome = report.write(
                pdf, odt, progress=lambda value: feedback.setProgress(20 + 0.8 * value),
                is_cancelled=feedback.isCanceled)
        except OSError as error:
            feedback.reportError(str(error))
            return {}
        if outcome is None:
            feedback.pushInfo(self.tr("Cancelled: nothing was written."))
            return {}
        feedback.pushInfo(self.tr("Site report: {0} ({1} pages, {2:.1f} s)").format(
            outcome.pdf, outcome.pages, outcome.seconds))
        if outcome.odt:
            feedback.pushInfo(self.tr("EIA chapter: {0}").format(outcome.odt))
        return {self.OUTPUT_PDF: outcome.pdf, self.OUTPUT_ODT: outcome.odt or None, self.PAGES: outcome.pages}

    def _dataset(self, parameters, context, feedback):
        from zoning_plugin.gui.settings import ZoningSettings
        settings = ZoningSettings.load()
        path = self.parameterAsFile(parameters, self.DATASET, context) or settings.dataset_path
        try:
            dataset = open_dataset(path or None, songhua_buffers=settings.songhua_buffers)
        except ZoningError as error:
            feedback.reportError(self.tr("The zoning dataset cannot be used: {0}").format(error))
            return None
        feedback.pushInfo(self.tr("Zoning dataset: {0} ({1})").format(dataset.title, dataset.version))
        return dataset

    def _site(self, parameters, context, feedback):
        """(QgsGeometry, CRS, description) of the site, or None after saying what is wrong."""
        try:
            land = self.land_txt_layer(parameters, context, feedback, required=False)   # the coordinate file
        except QgsProcessingException as error:
            feedback.reportError(str(error))
            return None
        layer = land if land is not None else self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            if parameters.get(self.EXTENT) in (None, ""):
                feedback.reportError(self.tr("Give a project site: an input layer, a coordinate file or an extent."))
                return None
            crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            geometry = self.parameterAsExtentGeometry(parameters, self.EXTENT, context, crs)
            if not crs.isValid() or geometry is None or geometry.isEmpty():
                feedback.reportError(self.tr("The extent is empty or has no coordinate reference system."))
                return None
            return geometry, crs, self.tr("Extent {0}").format(geometry.boundingBox().toString(6))
        if not layer.crs().isValid():
            feedback.reportError(self.tr("The layer “{0}” has no coordinate reference system; set one "
                                         "first.").format(layer.name()))
            return None
        selected = self.parameterAsBoolean(parameters, self.SELECTED_ONLY, context) and land is None
        features = layer.getSelectedFeatures() if selected else layer.getFeatures()
        geometries, skipped = [], 0
        for feature in features:
            if feedback.isCanceled():
                return None
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            geometries.append(plain_geometry(geometry))
        if skipped:
            feedback.reportError(self.tr("{0} feature(s) without geometry left out.").format(skipped))
        if not geometries:
            message = (self.tr("No selected feature of the layer “{0}” has a geometry: no report.") if selected
                       else self.tr("No feature of the layer “{0}” has a geometry: no report."))
            feedback.reportError(message.format(layer.name()))
            return None
        geometry = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else geometries[0]
        if geometry is None or geometry.isEmpty():
            feedback.reportError(self.tr("The features of “{0}” do not make a usable geometry.").format(layer.name()))
            return None
        feedback.pushInfo(self.tr("{0} feature(s) taken together as one site.").format(len(geometries)))
        description = (self.tr("{0} parcel(s) of the coordinate file “{1}”") if land is not None else
                       self.tr("{0} feature(s) of layer “{1}”")).format(len(geometries), layer.name())
        return geometry, layer.crs(), description
