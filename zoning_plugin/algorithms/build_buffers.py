"""zoning:build_buffers 生成河流生态缓冲区. Thin: reads the features, lets core/engine/buffers.py buffer
and dissolve them, writes the result. Widths: the user's field or expression, else the zoning
dataset's (its rivers table by river name, else its general width)."""
import shapely
from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterBoolean, QgsProcessingParameterExpression,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource, QgsWkbTypes)

from zoning_plugin.algorithms.base import PreparationGroup, ZoningAlgorithm
from zoning_plugin.algorithms.build_buffers_channels import BufferInputs
from zoning_plugin.algorithms.field_aliases import aliased, buffer_aliases
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import InputFields
from zoning_plugin.algorithms.sink_errors import sink_error
from zoning_plugin.core import ZoningError
from zoning_plugin.core.engine import buffers as core
from zoning_plugin.core.engine.buffer_features import BUFFER_FIELDS, buffer_values, dissolve_group, guess_name_field
from zoning_plugin.toolbelt.geometry import crs_text, to_qgs
from zoning_plugin.toolbelt.log import CappedLog
from zoning_plugin.toolbelt.tables import qgs_fields

__all__ = ("BuildBuffersAlgorithm", "guess_name_field")


class BuildBuffersAlgorithm(PreparationGroup, BufferInputs, InputFields, ZoningAlgorithm):
    NAME_FIELD = "NAME_FIELD"
    WIDTH = "WIDTH"
    CHANNEL = "CHANNEL"
    DISSOLVE = "DISSOLVE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "build_buffers"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Build river ecological buffers")


    def tags(self):
        return self.tr("river,buffer,ecological,dissolve,zoning").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Builds the ecological buffer of the rivers of a line layer: a strip the given width "
            "on each side of each river (every point within that distance of it, so the ends are "
            "round), dissolved per river.\n\n"
            "Width: the width field or expression where it gives a value; otherwise the zoning "
            "dataset's width for the river, matched by the river name field; otherwise the "
            "dataset's general width (the width its rule gives every other river). The "
            "log says where each width came from. A width is at most 10 000 m on each side: the widest "
            "river strips of zoning lists are 1 to 5 km, so a larger figure is taken for a slip of "
            "units (km or cm typed as m). A width given as a number that is not finite, not positive "
            "or wider than that is refused; a feature whose field or expression gives such a width, "
            "or without a usable line, is reported and left out.\n\n"
            "Channel: where the channel width field or expression gives a river's water-surface width "
            "(when empty: the input's field channel_width_m, else the zoning dataset's "
            "rivers.channel_width_m for the river), the width is measured from the bank, half the "
            "channel on each side of the line; otherwise from the centre line. Both are the plugin's "
            "readings: the text says only “on both sides”. The fields measured_from and "
            "channel_width_m say which each buffer got.\n\n"
            "Buffers are computed in the dataset's metric CRS when the input "
            "lies within its area of use, otherwise in the Gauss-Kruger or UTM zone of the "
            "input's centre. The output is in the input's CRS with the fields river_name, "
            "basin_id, buffer_m, width_from, measured_from, channel_width_m, pieces and area_m2 "
            "(square metres in that metric "
            "CRS). The input layer is not modified, and the output is written only once it is complete: "
            "an output onto the input or the dataset is refused, and a failure or a cancel leaves an "
            "older file of that name as it was.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("River lines"), [QgsProcessing.TypeVectorLine]))
        self.add_field_parameters(((self.NAME_FIELD, self.tr("River name field (when empty: river_name, name, 名称 "
                                                              "or 河流名称)")),))
        self.addParameter(QgsProcessingParameterExpression(
            self.WIDTH, self.tr("Width on each side, metres, at most 10 000 (a number, a field or an "
                                "expression; empty or NULL: the dataset's width)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.CHANNEL, self.tr("Channel (water-surface) width, metres: widths measured from the bank (a "
                                  "field or expression; empty: the field channel_width_m or the dataset's)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DISSOLVE, self.tr("Dissolve the pieces of each river"), defaultValue=True))
        self.add_dataset_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("River ecological buffers"), QgsProcessing.TypeVectorPolygon))

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        source = self.input_source(parameters, context)
        self.check_input(source, QgsWkbTypes.LineGeometry)
        crs = source.sourceCrs()
        dataset = self.user_dataset(parameters, context, feedback)
        inputs = self.buffer_inputs(parameters, context, source, feedback)
        dissolve = self.parameterAsBoolean(parameters, self.DISSOLVE, context)
        log = CappedLog(feedback)
        with RunOutputs(self, parameters, context, dataset) as outputs:
            sink, dest_id = outputs.sink(self.OUTPUT, self._fields(), QgsWkbTypes.MultiPolygon, crs)
            run, features = self._build(source, crs, dataset, inputs, dissolve, log, feedback)
            if run is None:
                return {}
            self._write(sink, dest_id, run, features, log, feedback)
            if feedback.isCanceled():
                return {}
            outputs.commit()
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    def _build(self, source, crs, dataset, inputs, dissolve, log, feedback):
        """(BufferRun, its BufferFeatures), or (None, None) when cancelled."""
        rows = self.read_features(source, inputs, core.DefaultWidths.from_dataset(dataset), log, feedback)
        if rows is None:
            return None, None
        log.more("feature", self.tr("… and {0} more feature(s) left out."))
        wkbs, widths, features = rows
        channels = [f.channel_width for f in features]
        groups = [dissolve_group(f, dissolve) for f in features]
        if not wkbs:
            raise QgsProcessingException(self.tr("No buffer was built: every feature was left out (see the log)."))
        geometries = shapely.from_wkb(wkbs, on_invalid="ignore")
        try:
            choice = core.choose_metric_crs(geometries, crs_text(crs), dataset.metric_crs)
        except ZoningError:
            raise QgsProcessingException(self.tr(
                "The coordinates of the input do not fit its coordinate reference system {0}; is the "
                "layer's CRS right?").format(crs.authid() or crs.description())) from None
        self._say_crs(choice, feedback)
        try:
            run = core.build_buffers(geometries, widths, groups, crs_text(crs), choice.crs,
                                     progress=lambda f: feedback.setProgress(40 + 55 * f),
                                     is_cancelled=feedback.isCanceled, channel_widths=channels)
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The buffers cannot be built: {0}").format(error)) from None
        if run.cancelled:
            return None, None
        self._say_skipped(run.skipped, features, log)
        if not run.buffers:
            raise QgsProcessingException(self.tr("No buffer was built: every feature was left out (see the log)."))
        return run, features

    def _say_crs(self, choice, feedback):
        feedback.pushInfo({
            core.CRS_DATASET: self.tr("Buffers computed in {0}, the dataset's metric CRS."),
            core.CRS_GK_ZONE: self.tr("The input lies outside the dataset's metric CRS: buffers computed in "
                                      "{0}, the Gauss-Kruger zone of the input's centre."),
            core.CRS_UTM_ZONE: self.tr("The input lies outside the dataset's metric CRS: buffers computed in "
                                       "{0}, the UTM zone of the input's centre.")}[choice.reason].format(choice.crs))
        if choice.wide:
            feedback.reportError(self.tr("The input spans more than 6 degrees of longitude: widths far from "
                                         "the centre are off by more than 0.1 %."))

    def _say_skipped(self, skipped, features, log):
        reasons = {core.SKIP_EMPTY: self.tr("Feature {0}: the geometry cannot be read; left out."),
                   core.SKIP_NOT_LINE: self.tr("Feature {0} is not a line; left out."),
                   core.SKIP_NOT_FINITE: self.tr("Feature {0} has coordinates that are not finite numbers; left out."),
                   core.SKIP_OUTSIDE_DOMAIN: self.tr("Feature {0} lies outside the area the metric CRS "
                                                     "can represent; left out.")}
        for index, reason in skipped:
            log.line("skipped", reasons[reason].format(features[index].fid), error=True)
        log.more("skipped", self.tr("… and {0} more feature(s) left out."))

    @staticmethod
    def _fields():
        return aliased(qgs_fields(BUFFER_FIELDS), buffer_aliases())

    def _write(self, sink, destination, run, features, log, feedback):
        fields = self._fields()
        origins = {core.WIDTH_FROM_INPUT: self.tr("the width field or expression"),
                   core.WIDTH_FROM_RIVER: self.tr("the dataset's width for this river"),
                   core.WIDTH_FROM_GENERAL: self.tr("the dataset's general width")}
        for buffer in run.buffers:
            values, from_codes = buffer_values(buffer, features)
            feature = QgsFeature(fields)
            feature.setGeometry(to_qgs(buffer.geometry))
            feature.setAttributes(values)
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise sink_error(sink, destination)
            first = features[buffer.members[0]]
            log.line("river", self.tr("{0}: {1} m on each side ({2}), {3}, {4} piece(s), {5} m²").format(
                first.name or self.tr("feature {0}").format(first.fid), f"{buffer.width_m:g}",
                "; ".join(origins[c] for c in from_codes), self._measured(buffer), len(buffer.members),
                f"{buffer.area_m2:,.0f}"))
        log.more("river", self.tr("… and {0} more buffer(s)."))
        log.more("channel", self.tr("… and {0} more river(s) with several channel widths."))
        feedback.pushInfo(self.tr("{0} buffer(s) from {1} feature(s).").format(len(run.buffers), len(features)))
