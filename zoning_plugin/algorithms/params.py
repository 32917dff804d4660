"""Numbers from Processing parameters, checked rather than guessed: the raw value the user gave
(typed text from qgis_process or a model included) read by core/numbers.py; NaN, infinities,
text that is not a number and values out of range are refused with the parameter's name, and
what had to be read into a value (a unit, full-width digits) is said in the log."""
from qgis.core import QgsProcessingException, QgsProperty

from zoning_plugin.core import numbers
from zoning_plugin.core.numbers import NumberError, read_number
from zoning_plugin.toolbelt.i18n import tr


def number_message(error, label):
    """One line in the user's language for a NumberError of the parameter `label`."""
    texts = {numbers.NOT_A_NUMBER: tr("{label}: “{value}” is not a number."),
             numbers.NOT_FINITE: tr("{label}: “{value}” is not a finite number."),
             numbers.TOO_SMALL: tr("{label}: {value} is below the smallest value allowed, {limit}."),
             numbers.TOO_LARGE: tr("{label}: {value} is above the largest value allowed, {limit}."),
             numbers.DECIMAL_COMMA: tr("{label}: in “{value}” the comma is ambiguous; write the decimal "
                                       "point as “.”.")}
    return texts[error.reason].format(label=label, value=" ".join(str(error.value).split())[:40],
                                      limit=f"{error.limit:g}" if error.limit is not None else "")


def number_parameter(algorithm, parameters, name, context, feedback=None, units=(), minimum=None, maximum=None,
                     minimum_inclusive=True):
    """The number the user gave for parameter `name` (its default when not given; None when neither),
    checked; QgsProcessingException naming the parameter when it cannot be used."""
    definition = algorithm.parameterDefinition(name)
    label = tr("{description} ({name})", "a parameter named in a message").format(
        description=definition.description(), name=name) if definition is not None else name
    value = parameters.get(name)
    if isinstance(value, QgsProperty):
        value = algorithm.parameterAsString(parameters, name, context)
    if value is None or (isinstance(value, str) and not value.strip()):
        value = definition.defaultValue() if definition is not None else None
    try:
        number, note = read_number(value, units=units, minimum=minimum, maximum=maximum,
                                   minimum_inclusive=minimum_inclusive)
    except NumberError as error:
        raise QgsProcessingException(number_message(error, label)) from None
    if note and feedback is not None:
        feedback.pushInfo(tr("{label}: {note}").format(label=label, note=note))
    return number
