"""zoning:conformity 符合性分析. Thin: reads the features chunk by chunk (conformity_input.py) while core/engine/overlay.py
overlays the chunks on worker threads, then writes the features with the summary fields and the long
feature × unit table (conformity_output.py) and the HTML report (core/renderers/conformity.py; the maps
are drawn meanwhile, conformity_map.py).

Field names are Chinese, at most five characters, so a shapefile keeps them (10 bytes in GBK, the
encoding such a shapefile is written in); each field has an English alias in the UI language."""
import datetime
import os

from qgis.core import (QgsFields, QgsProcessing, QgsProcessingException, QgsProcessingFeatureSource,
                       QgsProcessingOutputNumber, QgsProcessingParameterDefinition, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.conformity_fields import SummaryFields, kind_of_layer
from zoning_plugin.algorithms.conformity_input import ConformityInput
from zoning_plugin.algorithms.conformity_labels import ConformityLabels
from zoning_plugin.algorithms.conformity_output import ConformityWriter, shapefile_encoding
from zoning_plugin.algorithms.land_input import ID_FIELD as LAND_ID_FIELD, LandTxtInput
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.core import ZoningError
from zoning_plugin.core.errors import Cancelled
from zoning_plugin.core.dataset.provenance import provenance
from zoning_plugin.toolbelt.geometry import crs_text

LOG_LINES = 30
AREA_UNITS = ("m²", "m2", "平方米")


class _Progress:
    """The core's feedback protocol (progress(fraction), cancelled()) over a QgsProcessingFeedback."""

    def __init__(self, feedback, start, span):
        self.feedback, self.start, self.span = feedback, start, span

    def progress(self, fraction):
        self.feedback.setProgress(self.start + self.span * max(0.0, min(1.0, fraction)))

    def cancelled(self):
        return self.feedback.isCanceled()


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
        dataset = QgsProcessingParameterFile(
            self.DATASET, self.tr("Zoning dataset (when empty: the plugin's current dataset)"),
            extension="gpkg", optional=True)
        dataset.setFlags(dataset.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(dataset)
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
        started = self._started = datetime.datetime.now().astimezone()
        html = self._html_destination(parameters, context)
        land = self.land_txt_layer(parameters, context, feedback)     # the coordinate file, if given
        source = QgsProcessingFeatureSource(land, context) if land is not None else \
            self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        dataset = self.user_dataset(parameters, context, feedback)
        min_area = number_parameter(self, parameters, self.MIN_AREA, context, feedback, units=AREA_UNITS,
                                    minimum=0.0)
        notes = []
        default_id = LAND_ID_FIELD if land is not None else None
        id_field = (self.parameterAsFields(parameters, self.ID_FIELD, context) or [default_id])[0]
        fields = SummaryFields(dataset, kind_of_layer(source.wkbType()), ConformityLabels().flags(),
                               text_encoding=shapefile_encoding(parameters, self.OUTPUT))
        out_fields = fields.append_to(QgsFields(source.fields()))
        from zoning_plugin.core.engine.overlay import CHUNK_FEATURES, overlay_chunks, result_of   # not at start-up
        features, unreadable = [], {}
        chunks = self._chunks(source, feedback, features, unreadable, CHUNK_FEATURES)
        # Every output is written aside and renamed into place together at commit(), after the
        # last cancel check: leaving this block otherwise (a cancel, a failure) leaves the old ones.
        with RunOutputs(self, parameters, context, dataset) as run:
            page = run.file(html) if html else None       # refused here when it would destroy an input
            crs = source.sourceCrs()
            if not crs.isValid():        # the coordinates tell the CRS: all of them first
                try:
                    geometries = [g for chunk in chunks for g in chunk]
                except Cancelled:
                    return self._cancelled(feedback)
                crs = self._crs(source, dataset, geometries, feedback, notes)
                chunks = (geometries[n:n + CHUNK_FEATURES] for n in range(0, len(geometries), CHUNK_FEATURES))
            writer = ConformityWriter(self, run, parameters, source, crs, fields, out_fields, id_field)
            summaries, rows = [], []
            try:
                # The overlay of each chunk runs on worker threads while this thread reads the next
                # chunks and writes the finished ones with their summary values.
                for chunk in overlay_chunks(dataset, chunks, crs=crs_text(crs), min_overlap_m2=min_area,
                                            buffers=True, feedback=_Progress(feedback, 0, 85),
                                            total=max(source.featureCount(), 0)):
                    self._mark_unreadable(chunk.features, unreadable)
                    writer.add(chunk.start, features[chunk.start:chunk.start + len(chunk.features)],
                               chunk.features, chunk.rows)
                    summaries += chunk.features
                    rows += chunk.rows
            except Cancelled:
                return self._cancelled(feedback)
            except ZoningError as error:
                raise QgsProcessingException(self.tr("The layer cannot be analysed: {0}").format(error)) from None
            result = result_of(dataset, summaries, rows)
            if not features:
                notes.append(self.tr("The input layer has no features (or none is selected while only selected "
                                     "features are used): nothing was analysed."))
                feedback.reportError(notes[-1])
            self._log(result, features, id_field, feedback)
            writer.log_cuts(feedback, self._namer(features, id_field), LOG_LINES)
            outputs = dict(writer.outputs)
            if page is not None:
                if not self._report(page, html, run, dataset, result, source, crs, features, id_field, min_area,
                                    notes, feedback):
                    return self._cancelled(feedback)
                outputs[self.OUTPUT_HTML] = html
            if feedback.isCanceled():             # the last cancel check: from here on all is written
                return self._cancelled(feedback)
            feedback.setProgress(97)
            writer.provenance(run, provenance(dataset.info(), verdicts=True, run_time=started))
            run.commit()
        if html:
            feedback.pushInfo(self.tr("Report: {0}").format(html))
        flagged = {key: sum(1 for f in result.features if key in f.flags) for key in ("priority", "buffer")}
        outputs.update({self.FEATURES: len(result.features), self.PRIORITY: flagged["priority"],
                        self.BUFFER: flagged["buffer"]})
        feedback.setProgress(100)
        return outputs

    def _cancelled(self, feedback):
        feedback.pushInfo(self.tr("Cancelled: nothing was written."))
        return {}

    def _html_destination(self, parameters, context):
        """The report's path ('' when not asked for). The page is HTML, so its name must say so: a
        name ending otherwise (x.pdf, x.docx, none) is refused rather than written under a name the
        user did not give (x.pdf.html, perhaps over another file) or as HTML a PDF viewer cannot open."""
        path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if path and os.path.splitext(path)[1].lower() not in (".html", ".htm"):
            raise QgsProcessingException(self.tr(
                "The report “{0}” is a web page: give a file name ending in .html or .htm. Nothing was "
                "written.").format(path))
        return path

    def _namer(self, features, id_field):
        """index → the name of a feature in the log and the report: its ID field's value, else its id."""
        fid = self.tr("fid {0}")

        def name(index):
            feature = features[index]
            value = feature.attribute(id_field) if id_field else None
            if value is None or (isinstance(value, QVariant) and value.isNull()) or str(value) == "":
                return fid.format(feature.id())
            return str(value)
        return name

    def _log(self, result, features, id_field, feedback):
        counts = result.counts
        feedback.pushInfo(self.tr("{0} feature(s): {1} analysed, {2} repaired, {3} without geometry, {4} empty, "
                                  "{5} unusable, {6} outside the city, {7} partly outside.").format(
            len(result.features), counts.get("ok", 0), counts.get("repaired", 0), counts.get("null", 0),
            counts.get("empty", 0), counts.get("invalid", 0), counts.get("outside", 0),
            counts.get("partly_outside", 0)))
        problems = [f for f in result.features if f.status != "ok" or f.repaired]
        name = self._namer(features, id_field)
        for summary in problems[:LOG_LINES]:
            line = self.tr("Feature {0}: {1}").format(name(summary.index), summary.message or summary.status)
            (feedback.pushInfo if summary.status == "ok" else feedback.reportError)(line)
        if len(problems) > LOG_LINES:
            feedback.pushInfo(self.tr("… and {0} more feature(s) with a message (see the status field).").format(
                len(problems) - LOG_LINES))
        for key, text in ConformityLabels().flags().items():
            if key in ("priority", "buffer"):
                feedback.pushInfo(self.tr("{0}: {1} feature(s)").format(
                    text, sum(1 for f in result.features if key in f.flags)))

    def _report(self, page, path, run, dataset, result, source, crs, features, id_field, min_area, notes,
                feedback):
        """Draw the maps, render the page and write it to `page` (the temporary file RunOutputs
        gave for `path`); False when cancelled."""
        from zoning_plugin.algorithms.conformity_map import map_legend, start_maps
        labels = ConformityLabels().report()
        feedback.setProgress(87)
        # the features analysed in the city (wholly outside, unusable: listed, not drawn: a
        # feature on another continent or at 1e200 would make the map a dot)
        kept = [feature.geometry() for feature, summary in zip(features, result.features) if summary.status == "ok"]
        try:
            rendered = start_maps(dataset, kept, crs, [g.type() for g in kept]).result(feedback.isCanceled)
        except Exception as error:        # a map is not worth the run: the report says it has none
            notes.append(self.tr("The map could not be drawn: {0}").format(error))
            rendered = []
        maps = [(labels["map_title"].format(f"{scale:,.0f}") if n == 0 else
                 labels["detail_title"].format(n, f"{scale:,.0f}"), png) for n, (scale, png) in enumerate(rendered)]
        if feedback.isCanceled():
            return False
        feedback.setProgress(93)
        from zoning_plugin.core.renderers.conformity import render_conformity_html  # not at start-up
        text = render_conformity_html(
            result, dataset, labels, layer_name=source.sourceName(),
            names=self._namer(features, id_field), maps=maps,
            map_legend=map_legend(dataset, self.tr("Analysed features"), labels["buffer"]),
            generated=datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), min_area=min_area, notes=notes,
            provenance=provenance(dataset.info(), verdicts=True, run_time=self._started))
        run.files.write_into(page, text.encode("utf-8", "replace"))    # OutputError: the base words it
        return not feedback.isCanceled()
