"""Parameters the algorithms share. Numbers checked rather than guessed: the raw value the user gave
(typed text from qgis_process or a model included) read by core/numbers.py; NaN, infinities,
text that is not a number and values out of range are refused with the parameter's name, and
what had to be read into a value (a unit, full-width digits) is said in the log. The shared
parameter blocks are mixins placed before ZoningAlgorithm (whose tr() finds their strings): an input
layer with its field choices, and the screening settings (the zoning dataset parameter is
ZoningAlgorithm.add_dataset_parameter)."""
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterDefinition,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterField, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsProperty, QgsWkbTypes)

from zoning_plugin.core import numbers
from zoning_plugin.core.numbers import NumberError, read_number
from zoning_plugin.core.dataset.screening_rules import load_rules
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.screening.screen import DISTANCE_UNITS
from zoning_plugin.toolbelt.i18n import tr

MAX_RIVER_DISTANCE_M = 100000.0    # a "riverside" 100 km wide is a typing error
COMPARISONS = (None, "lt", "le")      # BOILER_COMPARISON: as the rule says, strictly less, or equal


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


def advanced(parameter):
    """`parameter` flagged advanced (shown under “Advanced parameters”)."""
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return parameter


class InputFields:
    """Field parameters of the layer INPUT, and the field each names (checked against the layer)."""
    INPUT = "INPUT"

    def add_field_parameters(self, labels):
        """One optional field parameter of INPUT per (name, label)."""
        for name, label in labels:
            self.addParameter(QgsProcessingParameterField(name, label, parentLayerParameterName=self.INPUT,
                                                          optional=True))

    def chosen_field(self, parameters, name, context, names=None):
        """The field the parameter `name` names, or None; QgsProcessingException when the layer's
        field `names` (if given) lack it."""
        chosen = (self.parameterAsFields(parameters, name, context) or [None])[0]
        if chosen and names is not None and chosen not in names:
            raise QgsProcessingException(self.tr("The input layer has no field “{0}”.").format(chosen))
        return chosen

    def input_source(self, parameters, context):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        return source

    def check_input(self, source, geometry_type=None, features=True):
        """QgsProcessingException unless the input has a CRS, the geometry type (QgsWkbTypes.…Geometry)
        if given and, if `features`, a feature."""
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(self.tr("The input layer has no coordinate reference system; set one "
                                                 "first."))
        if geometry_type is not None and QgsWkbTypes.geometryType(source.wkbType()) != geometry_type:
            raise QgsProcessingException(self.tr("The input layer is not a line layer.")
                                         if geometry_type == QgsWkbTypes.LineGeometry
                                         else self.tr("The input layer is not a polygon layer."))
        if features and source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The input layer has no features (or none is selected while "
                                                 "only selected features are used)."))


class ScreeningSettings:
    """What zoning:screen_project and zoning:screen_list share: the industry and boiler fields' names,
    the note, the advanced settings (river distance, boiler comparison, dataset), the screening table,
    and the dataset with its rules."""
    INDUSTRY_FIELD = "INDUSTRY_FIELD"
    BOILER_FIELD = "BOILER_FIELD"
    NOTE = "NOTE"
    RIVER_DISTANCE_M = "RIVER_DISTANCE_M"
    BOILER_COMPARISON = "BOILER_COMPARISON"
    OUTPUT = "OUTPUT"

    def add_screening_settings(self):
        self.addParameter(QgsProcessingParameterString(
            self.NOTE, self.tr("Note"), optional=True, multiLine=True))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.RIVER_DISTANCE_M, self.tr("Riverside distance, metres (empty: the rule's own)"),
            QgsProcessingParameterNumber.Double, optional=True)))
        self.addParameter(advanced(QgsProcessingParameterEnum(
            self.BOILER_COMPARISON, self.tr("Boiler threshold “以下”"),
            options=[self.tr("As the rule says"), self.tr("Below, not equal (exclusive: the other reading)"),
                     self.tr("Below or equal (inclusive: as statute reads 以上/以下)")], defaultValue=0)))
        self.add_dataset_parameter()
        self.add_date_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Screening table"), QgsProcessing.TypeVector))

    def screening_settings(self, parameters, context, feedback):
        """The riverside distance (checked: a positive number of metres) and the boiler comparison."""
        distance = number_parameter(self, parameters, self.RIVER_DISTANCE_M, context, feedback,
                                    units=DISTANCE_UNITS, minimum=0, minimum_inclusive=False,
                                    maximum=MAX_RIVER_DISTANCE_M)
        return {"river_distance_m": distance,
                "boiler_comparison": COMPARISONS[self.parameterAsEnum(parameters, self.BOILER_COMPARISON, context)]}

    def screening_dataset(self, parameters, context, feedback):
        """The user's dataset, its screening rules read (QgsProcessingException when they cannot be)."""
        dataset = self.user_dataset(parameters, context, feedback)
        try:
            load_rules(dataset)
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The zoning dataset cannot be used: {0}").format(error)) from None
        return dataset
