"""zoning:build_buffers' channel: the width of a river's water surface, whose bank the buffer is
measured from (core/dataset/channels.py). The user's field or expression, else the input's field
channel_width_m, else the dataset's rivers.channel_width_m by river name; none: the centre line."""
from qgis.core import QgsExpression, QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.core.dataset.channels import CHANNEL_FIELD, FROM_BANK, FROM_BANK_PARTLY, MAX_CHANNEL_M, read_channel_width
from zoning_plugin.core.numbers import NOT_A_NUMBER, NumberError


def attribute_value(value):
    """None for NULL (PyQGIS gives a null QVariant), else the value."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


class ChannelInputs:
    """The channel parameter's reading, for BuildBuffersAlgorithm (a mixin: self.tr, self.CHANNEL)."""

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
