"""zoning:build_buffers' inputs: each feature's river name (the field chosen, else guessed), width
(the WIDTH number, field or expression, else the dataset's: core/engine/buffer_features.py) and
channel, the width of the river's water surface, whose bank the buffer is measured from
(core/dataset/channels.py): the user's field or expression, else the input's field channel_width_m,
else the dataset's rivers.channel_width_m by river name; none: the centre line."""
from qgis.core import QgsExpression, QgsFeatureRequest, QgsProcessingException, QgsProcessingFeatureSource

from zoning_plugin.core.dataset.channels import CHANNEL_FIELD, FROM_BANK, FROM_BANK_PARTLY, MAX_CHANNEL_M, read_channel_width
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.core.engine.buffer_features import (WIDTH_UNITS, BufferFeature, feature_width, guess_name_field,
                                                       is_width_number, river_name)
from zoning_plugin.core.engine.buffers import MAX_WIDTH_M
from zoning_plugin.core.numbers import NOT_A_NUMBER, TOO_LARGE, NumberError
from zoning_plugin.toolbelt.geometry import plain_wkb
from zoning_plugin.toolbelt.values import attribute_value


class BufferInputs:
    """The name, width and channel parameters' reading, for BuildBuffersAlgorithm (a mixin: self.tr,
    self.NAME_FIELD, self.WIDTH, self.CHANNEL)."""

    def _name_field(self, parameters, context, source, feedback):
        names = source.fields().names()
        chosen = self.chosen_field(parameters, self.NAME_FIELD, context, names)
        if chosen:
            feedback.pushInfo(self.tr("River names from the field “{0}”.").format(chosen))
            return chosen
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
        if is_width_number(raw if raw not in (None, "") else text):
            width = number_parameter(self, parameters, self.WIDTH, context, feedback, units=WIDTH_UNITS, minimum=0,
                                     minimum_inclusive=False, maximum=MAX_WIDTH_M)
            feedback.pushInfo(self.tr("Width {0} m on each side for every feature.").format(f"{width:g}"))
            return width
        prepared = self.prepared_expression(text, self.tr("The width expression cannot be read: {0}"),
                                            parameters, context, source)
        feedback.pushInfo(self.tr("Widths from the expression {0} where it gives a value.").format(text))
        return prepared

    def buffer_inputs(self, parameters, context, source, feedback):
        """(river name field, width: None, a number or a prepared expression, channel expression)."""
        return (self._name_field(parameters, context, source, feedback),
                self._expression(parameters, context, source, feedback),
                self._channel(parameters, context, source, feedback))

    def read_features(self, source, inputs, defaults, log, feedback):
        """Parallel lists (WKB, width, BufferFeature) of the features with a usable line, width and
        channel (the others left out with a line in the log); None when cancelled."""
        name_field, expression, channel = inputs
        wkbs, widths, features = [], [], []
        total = max(source.featureCount(), 1)
        # QGIS's validity check of Processing sources hands NaN coordinates to GEOS, which corrupts
        # the process's memory (QGIS 3.22, GEOS 3.11): lines are checked here instead (empty, not a
        # line, coordinates not finite or beyond any CRS of the Earth are left out with a line).
        for n, feature in enumerate(source.getFeatures(QgsFeatureRequest(),
                                                       QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)):
            if feedback.isCanceled():
                return None
            feedback.setProgress(40.0 * n / total)
            fid, geometry = feature.id(), feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                log.line("feature", self.tr("Feature {0} has no geometry; left out.").format(fid), error=True)
                continue
            name = river_name(attribute_value(feature.attribute(name_field)) if name_field else None)
            value = expression if isinstance(expression, float) else None
            if isinstance(expression, tuple):
                expression[1].setFeature(feature)
                value = attribute_value(expression[0].evaluate(expression[1]))
                if expression[0].hasEvalError():
                    log.line("feature", self.tr("Feature {0}: the width expression fails ({1}); left out.").format(
                        fid, expression[0].evalErrorString()), error=True)
                    continue
            try:
                width, origin, basin = feature_width(value, name, defaults)
            except NumberError as error:
                if error.reason == TOO_LARGE:
                    message = self.tr("Feature {0}: the width {1} m is above the largest allowed, {2} m; left out.")
                else:
                    message = self.tr("Feature {0}: the width “{1}” is not a positive number of metres; left out.")
                log.line("feature", message.format(fid, str(value)[:40], f"{MAX_WIDTH_M:g}"), error=True)
                continue
            if width is None:
                log.line("feature", self.tr("Feature {0}: no width (the dataset has none and the width "
                                            "expression gives none); left out.").format(fid), error=True)
                continue
            channel_width, refused = self._channel_of(channel, feature, name, defaults, log)
            if refused:
                continue
            wkbs.append(plain_wkb(geometry))    # curves segmentised, Z and M dropped
            widths.append(width)
            features.append(BufferFeature(fid, name, basin, origin, channel_width))
        return wkbs, widths, features

    def _channel(self, parameters, context, source, feedback):
        """(QgsExpression, its context) of the channel width: the user's, else the input's field
        channel_width_m; None for none (the dataset's channel by river name)."""
        text = self.expression_text(parameters, self.CHANNEL, context)
        if not text:
            if CHANNEL_FIELD not in source.fields().names():
                feedback.pushInfo(self.tr("Channel widths: the dataset's, by river name, where it gives them; "
                                          "elsewhere widths from the centre line."))
                return None
            text = QgsExpression.quotedColumnRef(CHANNEL_FIELD)
            feedback.pushInfo(self.tr("Channel widths from the input's field {0} (found by its name).").format(
                CHANNEL_FIELD))
        else:
            feedback.pushInfo(self.tr("Channel widths from {0} where it gives a value.").format(text))
        return self.prepared_expression(text, self.tr("The channel width expression cannot be read: {0}"),
                                        parameters, context, source)

    def expression_text(self, parameters, name, context):
        """The text of an expression parameter ('' for none; QGIS gives '' for one that does not
        parse, whose text then comes from the raw value, so the error can be said)."""
        text = self.parameterAsExpression(parameters, name, context).strip()
        raw = parameters.get(name)
        return raw.strip() if not text and isinstance(raw, str) else text

    def prepared_expression(self, text, cannot_read, parameters, context, source):
        """(QgsExpression, its context) of `text`, prepared on the input; QgsProcessingException
        with the `cannot_read` message ({0}: the parser's error) when it does not parse."""
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(cannot_read.format(expression.parserErrorString()))
        expression_context = self.createExpressionContext(parameters, context, source)
        expression.prepare(expression_context)
        return expression, expression_context

    def _channel_of(self, channel, feature, name, defaults, log):
        """(channel width or None, False) of a feature, or (None, True) when its value is refused."""
        if channel is None:
            width, several = defaults.channel_for(name)
            if several:
                log.line("channel", self.tr("{0}: the dataset gives several channel widths; the widest, {1} m, "
                                            "is taken (give the channel field for each piece).").format(
                    name, f"{width:g}"))
            return width, False
        channel[1].setFeature(feature)
        value = attribute_value(channel[0].evaluate(channel[1]))
        try:
            if channel[0].hasEvalError():
                raise NumberError(NOT_A_NUMBER, channel[0].evalErrorString())
            return read_channel_width(value), False
        except NumberError:
            log.line("feature", self.tr("Feature {0}: the channel width “{1}” is not a number of metres from 0 to "
                                        "{2}; left out.").format(feature.id(), str(value)[:40], f"{MAX_CHANNEL_M:g}"),
                     error=True)
            return None, True

    def _measured(self, buffer):
        """How a buffer was measured, for the log: the plugin's reading, named."""
        channel = "–".join(f"{w:g}" for w in sorted({min(buffer.channel_widths), max(buffer.channel_widths)})) \
            if buffer.channel_widths else ""
        if buffer.measured_from == FROM_BANK:
            return self.tr("from the bank, channel {0} m wide").format(channel)
        if buffer.measured_from == FROM_BANK_PARTLY:
            return self.tr("from the bank where the channel is given ({0} m), else from the centre line").format(channel)
        return self.tr("from the centre line")
