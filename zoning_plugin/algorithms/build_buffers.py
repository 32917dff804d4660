"""zoning:build_buffers 生成河流生态缓冲区. Thin: reads the features, lets core/engine/buffers.py buffer
and dissolve them, writes the result. Widths: the user's field or expression, else the zoning
dataset's (its rivers table by river name, else its general width)."""
import shapely
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsField, QgsFields,
                       QgsProcessing, QgsProcessingFeatureSource,
                       QgsProcessingException, QgsProcessingParameterBoolean,
                       QgsProcessingParameterDefinition, QgsProcessingParameterExpression,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.field_aliases import aliased, buffer_aliases
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.algorithms.sink_errors import sink_error
from zoning_plugin.core import ZoningError
from zoning_plugin.core.engine import buffers as core
from zoning_plugin.algorithms.build_buffers_channels import ChannelInputs, attribute_value
from zoning_plugin.core.dataset.channels import CHANNEL_FIELD, MEASURED_FROM_FIELD
from zoning_plugin.core.numbers import NOT_A_NUMBER, TOO_LARGE, NumberError, read_number
from zoning_plugin.toolbelt.geometry import plain_wkb, to_qgs

NAME_FIELD_GUESSES = ("river_name", "name", "NAME", "名称", "河流名称")
WIDTH_UNITS = ("m", "米", "metres", "meters")
LOG_LINES = 30            # lines per kind (rivers, left-out features) before "… and N more"


def guess_name_field(names):
    """The river-name field among `names`: river_name, name, NAME, 名称 or 河流名称 (exactly,
    then ignoring case; surrounding blanks, as in some official deliveries, do not count)."""
    stripped = {n.strip(): n for n in names}
    for guess in NAME_FIELD_GUESSES:
        if guess in stripped:
            return stripped[guess]
    folded = {n.strip().casefold(): n for n in names}
    return next((folded[g.casefold()] for g in NAME_FIELD_GUESSES if g.casefold() in folded), None)


def pyproj_crs(crs):
    """A CRS string pyproj reads: the authority code, or WKT for a user-defined CRS."""
    authid = crs.authid()
    if authid and not authid.upper().startswith("USER:"):
        return authid
    return crs.toWkt(crs.WKT_PREFERRED)


class _Log:
    """Processing log lines, at most LOG_LINES of each kind, then one line with the rest."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.counts = {}

    def line(self, kind, message, error=False):
        count = self.counts[kind] = self.counts.get(kind, 0) + 1
        if count <= LOG_LINES:
            (self.feedback.reportError if error else self.feedback.pushInfo)(message)

    def more(self, kind, template):
        if self.counts.get(kind, 0) > LOG_LINES:
            self.feedback.pushInfo(template.format(self.counts[kind] - LOG_LINES))


class BuildBuffersAlgorithm(ChannelInputs, ZoningAlgorithm):
    INPUT = "INPUT"
    NAME_FIELD = "NAME_FIELD"
    WIDTH = "WIDTH"
    CHANNEL = "CHANNEL"
    DISSOLVE = "DISSOLVE"
    DATASET = "DATASET"
    OUTPUT = "OUTPUT"

    def name(self):
        return "build_buffers"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Build river ecological buffers")

    def group(self):
        return self.tr("Data preparation")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "preparation"

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
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("River name field (when empty: river_name, name, 名称 or 河流名称)"),
            parentLayerParameterName=self.INPUT, optional=True))
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
        dataset = QgsProcessingParameterFile(
            self.DATASET, self.tr("Zoning dataset (when empty: the plugin's current dataset)"),
            extension="gpkg", optional=True)
        dataset.setFlags(dataset.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(dataset)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("River ecological buffers"), QgsProcessing.TypeVectorPolygon))

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        crs = source.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(
                self.tr("The input layer has no coordinate reference system; set one first."))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.LineGeometry:
            raise QgsProcessingException(self.tr("The input layer is not a line layer."))
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr(
                "The input layer has no features (or none is selected while only selected "
                "features are used)."))
        dataset = self.user_dataset(parameters, context, feedback)
        defaults = core.DefaultWidths.from_dataset(dataset)
        name_field = self._name_field(parameters, context, source, feedback)
        expression = self._expression(parameters, context, source, feedback)
        channel = self._channel(parameters, context, source, feedback)
        dissolve = self.parameterAsBoolean(parameters, self.DISSOLVE, context)
        log = _Log(feedback)
        with RunOutputs(self, parameters, context, dataset) as outputs:
            sink, dest_id = outputs.sink(self.OUTPUT, self._fields(), QgsWkbTypes.MultiPolygon, crs)
            run, info = self._build(source, crs, dataset, name_field, (expression, channel), defaults, dissolve, log,
                                    feedback)
            if run is None:
                return {}
            self._write(sink, dest_id, run, info, log, feedback)
            if feedback.isCanceled():
                return {}
            outputs.commit()
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    def _build(self, source, crs, dataset, name_field, expressions, defaults, dissolve, log, feedback):
        """(BufferRun, per-row info), or (None, None) when cancelled."""
        rows = self._read(source, name_field, expressions, defaults, dissolve, log, feedback)
        if rows is None:
            return None, None
        log.more("feature", self.tr("… and {0} more feature(s) left out."))
        wkbs, widths, groups, info = rows
        channels = [row[4] for row in info]
        if not wkbs:
            raise QgsProcessingException(self.tr("No buffer was built: every feature was left out (see the log)."))
        geometries = shapely.from_wkb(wkbs, on_invalid="ignore")
        try:
            choice = core.choose_metric_crs(geometries, pyproj_crs(crs), dataset.metric_crs)
        except ZoningError:
            raise QgsProcessingException(self.tr(
                "The coordinates of the input do not fit its coordinate reference system {0}; is the "
                "layer's CRS right?").format(crs.authid() or crs.description())) from None
        self._say_crs(choice, feedback)
        try:
            run = core.build_buffers(geometries, widths, groups, pyproj_crs(crs), choice.crs,
                                     progress=lambda f: feedback.setProgress(40 + 55 * f),
                                     is_cancelled=feedback.isCanceled, channel_widths=channels)
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The buffers cannot be built: {0}").format(error)) from None
        if run.cancelled:
            return None, None
        self._say_skipped(run.skipped, info, log)
        if not run.buffers:
            raise QgsProcessingException(self.tr("No buffer was built: every feature was left out (see the log)."))
        return run, info

    def _name_field(self, parameters, context, source, feedback):
        names = source.fields().names()
        chosen = self.parameterAsFields(parameters, self.NAME_FIELD, context)
        if chosen:
            if chosen[0] not in names:
                raise QgsProcessingException(self.tr("The input layer has no field “{0}”.").format(chosen[0]))
            feedback.pushInfo(self.tr("River names from the field “{0}”.").format(chosen[0]))
            return chosen[0]
        guessed = guess_name_field(names)
        if guessed:
            feedback.pushInfo(self.tr("River names from the field “{0}” (guessed from its name).").format(guessed))
        else:
            feedback.pushInfo(self.tr("No river name field: each feature is buffered on its own and gets "
                                      "the dataset's general width unless the width expression gives one."))
        return guessed

    def _expression(self, parameters, context, source, feedback):
        """None (the dataset's widths), a width in metres (WIDTH is a number), or (QgsExpression,
        its context). A number that is not finite, not positive or above MAX_WIDTH_M is refused
        with the parameter's name."""
        text = self.expression_text(parameters, self.WIDTH, context)
        raw = parameters.get(self.WIDTH)
        if not text:
            return None
        try:
            read_number(raw if raw not in (None, "") else text, units=WIDTH_UNITS)
            is_number = True
        except NumberError as error:
            is_number = error.reason != NOT_A_NUMBER
        if is_number:
            width = number_parameter(self, parameters, self.WIDTH, context, feedback, units=WIDTH_UNITS, minimum=0,
                                     minimum_inclusive=False, maximum=core.MAX_WIDTH_M)
            feedback.pushInfo(self.tr("Width {0} m on each side for every feature.").format(f"{width:g}"))
            return width
        prepared = self.prepared_expression(text, self.tr("The width expression cannot be read: {0}"),
                                            parameters, context, source)
        feedback.pushInfo(self.tr("Widths from the expression {0} where it gives a value.").format(text))
        return prepared

    def _read(self, source, name_field, expressions, defaults, dissolve, log, feedback):
        """Parallel lists (WKB, width, dissolve key) and per-row info; None when cancelled."""
        expression, channel = expressions
        wkbs, widths, groups, info = [], [], [], []
        total = max(source.featureCount(), 1)
        # QGIS's validity check of Processing sources hands NaN coordinates to GEOS, which corrupts
        # the process's memory (QGIS 3.22, GEOS 3.11): lines are checked here instead (empty, not a
        # line, coordinates not finite or beyond any CRS of the Earth are left out with a line).
        features = source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for n, feature in enumerate(features):
            if feedback.isCanceled():
                return None
            feedback.setProgress(40.0 * n / total)
            fid = feature.id()
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                log.line("feature", self.tr("Feature {0} has no geometry; left out.").format(fid), error=True)
                continue
            name = attribute_value(feature.attribute(name_field)) if name_field else None
            name = (str(name).strip() or None) if name is not None else None
            value = expression if isinstance(expression, float) else None
            if isinstance(expression, tuple):
                expression[1].setFeature(feature)
                value = attribute_value(expression[0].evaluate(expression[1]))
                if expression[0].hasEvalError():
                    log.line("feature", self.tr("Feature {0}: the width expression fails ({1}); left out.").format(
                        fid, expression[0].evalErrorString()), error=True)
                    continue
            try:
                width = core.parse_width(value)
            except NumberError as error:
                if error.reason == TOO_LARGE:
                    message = self.tr("Feature {0}: the width {1} m is above the largest allowed, {2} m; left out.")
                else:
                    message = self.tr("Feature {0}: the width “{1}” is not a positive number of metres; left out.")
                log.line("feature", message.format(fid, str(value)[:40], f"{core.MAX_WIDTH_M:g}"), error=True)
                continue
            default, origin, basin = defaults.width_for(name)
            if width is None:
                width = default
            else:
                origin = core.WIDTH_FROM_INPUT
            if width is None:
                log.line("feature", self.tr("Feature {0}: no width (the dataset has none and the width "
                                            "expression gives none); left out.").format(fid), error=True)
                continue
            channel_width, refused = self._channel_of(channel, feature, name, defaults, log)
            if refused:
                continue
            wkbs.append(plain_wkb(geometry))    # curves segmentised, Z and M dropped
            widths.append(width)
            groups.append(("river", core.normalise_name(name)) if dissolve and name else ("feature", fid))
            info.append((fid, name, basin, origin, channel_width))
        return wkbs, widths, groups, info

    def _say_crs(self, choice, feedback):
        if choice.reason == core.CRS_DATASET:
            feedback.pushInfo(self.tr("Buffers computed in {0}, the dataset's metric CRS.").format(choice.crs))
        elif choice.reason == core.CRS_GK_ZONE:
            feedback.pushInfo(self.tr("The input lies outside the dataset's metric CRS: buffers computed in "
                                      "{0}, the Gauss-Kruger zone of the input's centre.").format(choice.crs))
        else:
            feedback.pushInfo(self.tr("The input lies outside the dataset's metric CRS: buffers computed in "
                                      "{0}, the UTM zone of the input's centre.").format(choice.crs))
        if choice.wide:
            feedback.reportError(self.tr("The input spans more than 6 degrees of longitude: widths far from "
                                         "the centre are off by more than 0.1 %."))

    def _say_skipped(self, skipped, info, log):
        reasons = {core.SKIP_EMPTY: self.tr("Feature {0}: the geometry cannot be read; left out."),
                   core.SKIP_NOT_LINE: self.tr("Feature {0} is not a line; left out."),
                   core.SKIP_NOT_FINITE: self.tr("Feature {0} has coordinates that are not finite numbers; left out."),
                   core.SKIP_OUTSIDE_DOMAIN: self.tr("Feature {0} lies outside the area the metric CRS "
                                                     "can represent; left out.")}
        for index, reason in skipped:
            log.line("skipped", reasons[reason].format(info[index][0]), error=True)
        log.more("skipped", self.tr("… and {0} more feature(s) left out."))

    @staticmethod
    def _fields():
        fields = QgsFields()
        for name, kind in (("river_name", QVariant.String), ("basin_id", QVariant.String),
                           ("buffer_m", QVariant.Double), ("width_from", QVariant.String),
                           (MEASURED_FROM_FIELD, QVariant.String), (CHANNEL_FIELD, QVariant.Double),
                           ("pieces", QVariant.Int), ("area_m2", QVariant.Double)):
            fields.append(QgsField(name, kind))
        return aliased(fields, buffer_aliases())

    def _write(self, sink, destination, run, info, log, feedback):
        fields = self._fields()
        origins = {core.WIDTH_FROM_INPUT: self.tr("the width field or expression"),
                   core.WIDTH_FROM_RIVER: self.tr("the dataset's width for this river"),
                   core.WIDTH_FROM_GENERAL: self.tr("the dataset's general width")}
        for buffer in run.buffers:
            members = [info[i] for i in buffer.members]
            fid, name = members[0][0], members[0][1]
            basin = next((m[2] for m in members if m[2]), None)
            from_codes = sorted({m[3] for m in members})
            feature = QgsFeature(fields)
            feature.setGeometry(to_qgs(buffer.geometry))
            channel = max(buffer.channel_widths) if buffer.channel_widths else None
            feature.setAttributes([name, basin, buffer.width_m, ", ".join(from_codes), buffer.measured_from,
                                   channel, len(members), round(buffer.area_m2, 2)])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise sink_error(sink, destination)
            log.line("river", self.tr("{0}: {1} m on each side ({2}), {3}, {4} piece(s), {5} m²").format(
                name or self.tr("feature {0}").format(fid), f"{buffer.width_m:g}",
                "; ".join(origins[c] for c in from_codes), self._measured(buffer), len(members),
                f"{buffer.area_m2:,.0f}"))
        log.more("river", self.tr("… and {0} more buffer(s)."))
        log.more("channel", self.tr("… and {0} more river(s) with several channel widths."))
        feedback.pushInfo(self.tr("{0} buffer(s) from {1} feature(s).").format(len(run.buffers), len(info)))
