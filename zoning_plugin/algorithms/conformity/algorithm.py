"""zoning:conformity 符合性分析: parameters → the core overlay (core/engine/overlay.py, chunk by chunk on
worker threads while input.py reads the next chunks) → each chunk as it comes back (stream.py): the
features with the summary fields and the feature × unit table written (output.py, fields of
core/renderers/conformity_schema.py) and summed into the run's ConformityTotals, then let go → the
log and the HTML report from those totals (report.py: core/renderers/conformity.py with the maps of
map.py), so memory does not grow with the layer.

Field names are Chinese, at most five characters, so a shapefile keeps them (10 bytes in GBK, the
encoding such a shapefile is written in); each field has an English alias in the UI language."""
import datetime

from qgis.core import (QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber)

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.conformity import in_database
from zoning_plugin.algorithms.conformity.fields import SummaryFields, kind_of_layer
from zoning_plugin.algorithms.conformity.input import ConformityInput
from zoning_plugin.algorithms.conformity.labels import ConformityLabels
from zoning_plugin.algorithms.conformity.output import ConformityWriter, html_destination, shapefile_encoding
from zoning_plugin.algorithms.conformity.report import log_result, write_report
from zoning_plugin.algorithms.conformity.stream import ConformityStream
from zoning_plugin.algorithms.land_input import ID_FIELD as LAND_ID_FIELD, LandTxtInput
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.core.dataset.provenance import provenance
from zoning_plugin.core.errors import Cancelled

AREA_UNITS = ("m²", "m2", "平方米")


class ConformityAlgorithm(ConformityInput, LandTxtInput, ZoningAlgorithm):
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    MIN_AREA = "MIN_AREA"
    DATASET = "DATASET"
    OUTPUT = "OUTPUT"
    OUTPUT_UNITS = "OUTPUT_UNITS"
    OUTPUT_HTML = "OUTPUT_HTML"
    FEATURES = "FEATURES"
    PRIORITY = "PRIORITY"
    BUFFER = "BUFFER"

    def name(self):
        return "conformity"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Conformity analysis")

    def group(self):
        return self.tr("Analysis")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "analysis"

    def tags(self):
        return self.tr("conformity,overlay,plan,land use,parcel,control unit,buffer,zoning").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Overlays every feature of a layer (a land-use plan, parcels, project sites, lines or points) "
            "with the zoning dataset's control units, river basins, counties, urban built-up areas and river "
            "ecological buffers, in the dataset's metric CRS.\n\n"
            "Output layer: the input features with these fields added (Chinese names of at most five "
            "characters, English aliases): 状态 status (ok, null, empty, invalid, outside, error) and 说明 "
            "message; 面积 (长度 for lines) the whole measure, 市域内面积 and 市域外面积 inside and outside "
            "the city; for each unit class 优先面积/优先占比, 重点面积/重点占比, 一般面积/一般占比 (m² or m, "
            "and the share 0–1 of the feature); 单元编码 the unit codes, largest first; 流域 basins; 县区 "
            "counties; 建成区 1 in an urban built-up area; 缓冲区面积 and 缓冲区河流 the part in river "
            "ecological buffers and their rivers; 最近河流 and 河流距离 (m), 距离量起 from where that distance is measured (bank where the "
            "dataset gives the river's channel width, else centre line: the plugin's reading, 000:25 says only "
            "两侧); 提示 the flags (touches a "
            "priority protection unit, a river ecological buffer, partly or wholly outside the city); 已修复 "
            "1 when the geometry was repaired. Point layers get no area fields.\n\n"
            "Units table: one row per feature and unit (要素ID the feature id, the ID field when chosen, "
            "单元编码, 单元名称, 单元类别, 类别名称, 面积 or 长度, 占比).\n\n"
            "HTML report: the dataset and its version, the counts, an overview map, area per class as a "
            "chart and a table, the features touching priority protection units or buffers first, the "
            "features that could not be analysed, and every requirement that applies, each level once, "
            "with its source.\n\n"
            "An overlap smaller than the minimum area (default 1 m²) is a sliver and does not count. "
            "Features without geometry, empty or unusable, or outside the city are reported and do not stop "
            "the run; curves are segmentised and Z/M dropped for the analysis only. The input is not modified. "
            "A shapefile output is written in GBK unless another encoding is chosen.") + "\n\n" + self.tr(
            "Boundary artefacts: a piece of an area overlap whose mean width (its area divided by half its "
            "perimeter) is under 0.1 m is a boundary drawn twice, not an area. It arises where a feature "
            "follows a unit's boundary but is given in another CRS (its edges run centimetres beside the "
            "unit's), and over kilometres of boundary it can reach tens of m². Such a piece adds nothing: "
            "it is not listed in 单元编码 or the units table, not flagged in 提示 and brings no requirements; "
            "a real overlap beside it still counts. The rule is taken piece by piece and does not apply to "
            "the river buffers (docs/overlay-rules.md in the plugin's source).") + "\n\n" + self.tr(
            "Instead of a layer, a land-boundary coordinate file (坐标TXT, LAND_TXT) can be analysed: each "
            "parcel is one feature, with the fields of its parcel line (地块编号, 地块名称, 地块用途 …), in the "
            "file's coordinate reference system; the ID field is then 地块编号 unless another is chosen.") + "\n\n" + \
            self.tr("The outputs are written beside their destinations and replace the old files together only when "
                    "the run has finished: a cancel, a failure or a crash leaves the old ones as they were. A "
                    "shapefile's text fields hold 254 bytes: a longer list is cut after its last whole item, ending "
                    "in “…”, and 说明 says what was cut (the units table has every unit). The report's name must "
                    "end in .html or .htm.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input layer (plan, parcels, sites)"), [QgsProcessing.TypeVectorAnyGeometry],
            optional=True))
        self.add_land_txt_parameter()
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("ID field (names the features in the units table and the report)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, self.tr("Smallest overlap that counts (m²)"), QgsProcessingParameterNumber.Double,
            defaultValue=1.0, minValue=0.0))
        self.add_dataset_parameter(self.DATASET)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Conformity (features with summary fields)"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_UNITS, self.tr("Conformity per unit (feature × unit table)"), QgsProcessing.TypeVector,
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Conformity report"), self.tr("HTML files (*.html)"), optional=True))
        for name, text in ((self.FEATURES, self.tr("Features analysed")),
                           (self.PRIORITY, self.tr("Features touching a priority protection unit")),
                           (self.BUFFER, self.tr("Features touching a river ecological buffer"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """MIN_AREA as number_parameter reads it (“５”, “5 m²” read and said; NaN, infinities, negatives
        refused with the reason), not QGIS's bare “Incorrect parameter value”."""
        try:
            min_area = number_parameter(self, parameters, self.MIN_AREA, context, units=AREA_UNITS, minimum=0.0)
        except QgsProcessingException as error:
            return False, str(error)
        return super().checkParameterValues({**parameters, self.MIN_AREA: min_area}, context)

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        started = datetime.datetime.now().astimezone()
        html = html_destination(self, parameters, context)
        source, land = self._source(parameters, context, feedback)
        dataset = self.user_dataset(parameters, context, feedback)
        min_area = number_parameter(self, parameters, self.MIN_AREA, context, feedback, units=AREA_UNITS,
                                    minimum=0.0)
        notes = []
        id_field = (self.parameterAsFields(parameters, self.ID_FIELD, context) or
                    [LAND_ID_FIELD if land is not None else None])[0]
        fields = SummaryFields(dataset, kind_of_layer(source.wkbType()), ConformityLabels().flags(),
                               text_encoding=shapefile_encoding(parameters, self.OUTPUT))
        out_fields = fields.append_to(QgsFields(source.fields()))
        from zoning_plugin.core.engine.overlay import CHUNK_FEATURES   # not at start-up
        unreadable = {}
        # Every output is written aside and renamed into place together at commit(), after the
        # last cancel check: leaving this block otherwise (a cancel, a failure) leaves the old ones.
        with RunOutputs(self, parameters, context, dataset) as run:
            page = run.file(html) if html else None       # refused here when it would destroy an input
            try:
                stream = ConformityStream(dataset, id_field, unreadable)
                chunks = self._chunks(source, feedback, stream.pending, unreadable, CHUNK_FEATURES)
                crs, chunks = self._crs_and_chunks(source, dataset, chunks, feedback, notes)
                stream.writer = ConformityWriter(self, run, parameters, source, crs, fields, out_fields, id_field)
                overlay = in_database.overlay_of(self, parameters, context, land, dataset, crs, feedback) or \
                    self._overlay     # the overlay inside the database when the plan is there (issue 19 §3)
                overlay(dataset, source, chunks, crs, min_area, stream, feedback)
            except Cancelled:
                return self._cancelled(feedback)
            totals = stream.totals
            if not totals.feature_count:
                notes.append(self.tr("The input layer has no features (or none is selected while only selected "
                                     "features are used): nothing was analysed."))
                feedback.reportError(notes[-1])
            log_result(totals, feedback)
            stream.writer.log_cuts(feedback)
            outputs = dict(stream.writer.outputs)
            if page is not None:
                if not write_report(page, run, dataset, stream, source, crs, min_area, notes, started, feedback):
                    return self._cancelled(feedback)
                outputs[self.OUTPUT_HTML] = html
            if feedback.isCanceled():             # the last cancel check: from here on all is written
                return self._cancelled(feedback)
            feedback.setProgress(97)
            stream.writer.provenance(run, provenance(dataset.info(), verdicts=True, run_time=started))
            run.commit()
        if html:
            feedback.pushInfo(self.tr("Report: {0}").format(html))
        outputs.update({self.FEATURES: totals.feature_count, self.PRIORITY: totals.flagged["priority"],
                        self.BUFFER: totals.flagged["buffer"]})
        feedback.setProgress(100)
        return outputs

    def _cancelled(self, feedback):
        feedback.pushInfo(self.tr("Cancelled: nothing was written."))
        return {}
