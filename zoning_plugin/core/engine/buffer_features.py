"""The features of zoning:build_buffers before and after core/engine/buffers.py buffers them: which
field names the river, each feature's width (the user's, else the dataset's for the river, else its
general width) and dissolve group, and the attributes of each buffer built."""
from dataclasses import dataclass

from zoning_plugin.core.dataset.channels import CHANNEL_FIELD, MEASURED_FROM_FIELD
from zoning_plugin.core.engine.buffers import WIDTH_FROM_INPUT, normalise_name, parse_width
from zoning_plugin.core.fields import INTEGER, NUMBER, TEXT, guess_field
from zoning_plugin.core.numbers import NOT_A_NUMBER, NumberError, read_number

NAME_FIELD_GUESSES = ("river_name", "name", "NAME", "名称", "河流名称")
WIDTH_UNITS = ("m", "米", "metres", "meters")
BUFFER_FIELDS = (("river_name", TEXT), ("basin_id", TEXT), ("buffer_m", NUMBER), ("width_from", TEXT),
                 (MEASURED_FROM_FIELD, TEXT), (CHANNEL_FIELD, NUMBER), ("pieces", INTEGER), ("area_m2", NUMBER))


def guess_name_field(names):
    """The river-name field among `names`: river_name, name, NAME, 名称 or 河流名称 (core/fields.py)."""
    return guess_field(names, NAME_FIELD_GUESSES)


def is_width_number(value):
    """Whether the width parameter's value is meant as a number (a width in metres, perhaps out of
    range or with a unit) rather than a field or an expression."""
    try:
        read_number(value, units=WIDTH_UNITS)
    except NumberError as error:
        return error.reason != NOT_A_NUMBER
    return True


def river_name(value):
    """A river name from a field value: stripped text, None for none or blanks."""
    return (str(value).strip() or None) if value is not None else None


@dataclass
class BufferFeature:
    """A feature to buffer: its id, river name, basin and where its width came from (WIDTH_FROM_…),
    and its channel width (None: measured from the centre line)."""
    fid: object
    name: str
    basin: str
    origin: str
    channel_width: float = None


def feature_width(value, name, defaults):
    """(width in metres or None, origin, basin) of a feature whose width field or expression gives
    `value` (None: none) on the river `name`, with the dataset's DefaultWidths: the value given, else
    the dataset's for the river, else its general width; None when neither gives one. NumberError
    when `value` is not a usable width (core/engine/buffers.parse_width)."""
    width = parse_width(value)
    default, origin, basin = defaults.width_for(name)
    if width is None:
        return default, origin, basin
    return width, WIDTH_FROM_INPUT, basin


def dissolve_group(feature, dissolve):
    """The key of the buffers dissolved together: the river (by its normalised name) when
    dissolving and the feature has a name, else the feature on its own."""
    return ("river", normalise_name(feature.name)) if dissolve and feature.name else ("feature", feature.fid)


def buffer_values(buffer, features):
    """(values of BUFFER_FIELDS, the width origins) of a RiverBuffer whose members index
    `features`: the first member's river name, the first basin given, the widest channel."""
    members = [features[i] for i in buffer.members]
    origins = sorted({m.origin for m in members})
    basin = next((m.basin for m in members if m.basin), None)
    channel = max(buffer.channel_widths) if buffer.channel_widths else None
    return [members[0].name, basin, buffer.width_m, ", ".join(origins), buffer.measured_from, channel, len(members),
            round(buffer.area_m2, 2)], origins
