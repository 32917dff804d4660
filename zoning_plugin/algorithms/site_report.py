"""zoning:site_report 项目选址报告. Thin: takes one site (the features of a layer, or its selected
features, as one site; or a drawn extent), inspects it with the core, and lets
zoning_plugin/printing/site_report.py write the PDF and the EIA chapter (.odt), as the panel's
report button does. Every failure to write what was asked is an error (QgsProcessingException, one
line); a site outside the city is not: its report says so. Both files are written aside and renamed
together after the last cancel check (algorithms/outputs.py), so a cancel, a failure or a full disk
leaves the old ones as they were."""
import os

from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterExtent, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from zoning_plugin.algorithms.base import PrintedReportMixin, ZoningAlgorithm
from zoning_plugin.algorithms.outputs import RunOutputs, output_message
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.algorithms.site_input import SiteInput
from zoning_plugin.core import ZoningError
from zoning_plugin.core.outputs import OutputError, resolve
from zoning_plugin.core.screening.screen import BOILER_MAX_TPH, BOILER_UNITS
from zoning_plugin.gui.labels import report_labels
from zoning_plugin.toolbelt.geometry import crs_text, to_shapely

MAX_TITLE = 120        # characters of the project name the title of page 1 shows


class SiteReportAlgorithm(SiteInput, PrintedReportMixin, ZoningAlgorithm):
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
            "screening fills the column “Strength of the control” (管控强度) of the chapter's table "
            "with the strength, in the text's own words (禁止, 严格控制 …), of the items its rules rest "
            "on, and the chapter's note says so; the column “Conformity” (符合 / 不符合 / 待核实) is "
            "always the assessor's: the plugin never fills it.") + "\n\n" + self.tr(
            "Instead of a layer, a land-boundary coordinate file (坐标TXT, LAND_TXT) can be given: all its "
            "parcels together are the site, and the project name defaults to the file's name and its number "
            "of parcels.") + "\n\n" + self.tr(
            "When the report cannot be written (a full disk, a folder that cannot be written, an output that "
            "would overwrite an input or the zoning dataset), the run fails with the reason, and older files "
            "of those names stay as they were; a cancel writes nothing. A site outside the city is not a "
            "failure: its report says so.") + "\n\n" + self.date_help()

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
            self.INDUSTRY_CODE, self.tr("Industry code (GB/T 4754-2017; when given, the screening fills "
                                        "the column “Strength of the control”)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BOILER_TPH, self.tr("New coal boiler, t/h (for the screening)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0))
        self.add_dataset_parameter(self.DATASET)
        self.add_date_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Site report"), self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_ODT, self.tr("EIA chapter, editable (for WPS or Word)"),
            self.tr("OpenDocument text (*.odt)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages of the PDF")))

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        code = self.parameterAsString(parameters, self.INDUSTRY_CODE, context).strip()
        boiler = number_parameter(self, parameters, self.BOILER_TPH, context, feedback, units=BOILER_UNITS,
                                  minimum=0, maximum=BOILER_MAX_TPH)
        if boiler is not None and not code:
            feedback.pushInfo(self.tr("The coal boiler is only used with an industry code; it is left out."))
        site = self._site(parameters, context, feedback)
        if site is None:
            feedback.pushInfo(self.tr("Cancelled: nothing was written."))
            return {}
        geometry, crs, description = site
        dataset = self.user_dataset(parameters, context, feedback)
        title = self._title(parameters, context, feedback) or description
        with RunOutputs(self, parameters, context, dataset) as outputs:
            pdf, odt = self._destinations(parameters, context, outputs)
            if feedback.isCanceled():
                feedback.pushInfo(self.tr("Cancelled: nothing was written."))
                return {}
            try:
                result = dataset.inspect(to_shapely(geometry), crs=crs_text(crs))
            except ZoningError as error:
                raise QgsProcessingException(self.tr("The site cannot be inspected: {0}").format(error)) from None
            if self.in_force is not None:       # the report names the version chosen for the date
                self.in_force.mark(result.dataset)
            if not result.inside:
                feedback.reportError(self.tr("The site lies entirely outside the city: the report says so "
                                             "and lists no requirements."))
            else:
                feedback.pushInfo(self.tr("{0} control unit(s), {1} requirement(s).").format(
                    len(result.units), len(result.requirements)))
            for warning in result.warnings(report_labels()):
                feedback.pushInfo(warning)
            screening = self._screening(dataset, geometry, crs, code, boiler, feedback)
            from zoning_plugin.printing.site_report import SiteReport   # not at plugin start-up
            outcome = SiteReport(dataset, result, title, description, screening).write(
                pdf, odt, progress=lambda value: feedback.setProgress(20 + 0.8 * value),
                is_cancelled=feedback.isCanceled, outputs=outputs)
        if outcome is None:
            feedback.pushInfo(self.tr("Cancelled: nothing was written."))
            return {}
        feedback.pushInfo(self.tr("Site report: {0} ({1} pages, {2:.1f} s)").format(
            outcome.pdf, outcome.pages, outcome.seconds))
        if outcome.odt:
            feedback.pushInfo(self.tr("EIA chapter: {0}").format(outcome.odt))
        return {self.OUTPUT_PDF: outcome.pdf, self.OUTPUT_ODT: outcome.odt or None, self.PAGES: outcome.pages}

    def _destinations(self, parameters, context, outputs):
        """The user's PDF and .odt paths (the .odt gets its extension), refused before any work when
        they would destroy an input or the dataset, or are one file."""
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        odt = self.parameterAsFileOutput(parameters, self.OUTPUT_ODT, context) or None
        if not pdf:
            raise QgsProcessingException(self.tr("Give the file of the site report (OUTPUT_PDF)."))
        given = odt
        if odt and os.path.splitext(odt)[1].lower() != ".odt":
            odt += ".odt"
        for path in (pdf, given, odt):     # an input named as the .odt is refused, not written beside
            if path:
                try:
                    outputs.files.guard.check_file(path)
                except OutputError as error:
                    raise QgsProcessingException(output_message(error)) from None
        if odt and resolve(odt) == resolve(pdf):
            raise QgsProcessingException(self.tr("The site report and the EIA chapter cannot be the same "
                                                 "file ({0}).").format(pdf))
        return pdf, odt

    def _title(self, parameters, context, feedback):
        """The project name on one line, shortened to what the title of page 1 holds."""
        title = " ".join(self.parameterAsString(parameters, self.TITLE, context).split())
        if len(title) > MAX_TITLE:
            feedback.pushInfo(self.tr("The project name has {0} characters: the report shows its first {1}.")
                              .format(len(title), MAX_TITLE))
            title = title[:MAX_TITLE - 1].rstrip() + "…"
        return title

    def _screening(self, dataset, geometry, crs, code, boiler, feedback):
        """The project screening of the site when an industry code is given; None without one;
        QgsProcessingException when the code or the boiler size cannot be used."""
        from zoning_plugin.core.screening.screen import screen
        if not code:
            feedback.pushInfo(self.tr("No industry code: no screening; the column “Strength of the control” "
                                      "stays empty and “Conformity” is the assessor's."))
            return None
        try:
            screening = screen(dataset, to_shapely(geometry), crs_text(crs), code, boiler)
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The project cannot be screened: {0}").format(error)) from None
        feedback.pushInfo(self.tr("Screening as {0}: {1}").format(code, screening.statement() or "—"))
        return screening
