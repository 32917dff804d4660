"""The parcels of a land-boundary coordinate file (坐标TXT) as rows of a layer, and a layer's
polygons as parcels: which field holds a parcel attribute, the typed values of the parcel line,
and which polygons a file can carry. Shared by zoning:read_land_txt, zoning:write_land_txt and the
coordinate-file input of zoning:conformity and zoning:site_report."""
import numpy
import shapely

from zoning_plugin.core.fields import INTEGER, NUMBER, TEXT, guess_field
from zoning_plugin.core.importers.land_txt import PARCEL_FIELDS

ID, NAME, USE, SHEET, LAND_CLASS = "地块编号", "地块名称", "地块用途", "图幅号", "地类编码"
# The fields a layer may give each parcel attribute under: the standard short name first.
GUESSES = {ID: ("DKBH", ID, "parcel_id"), NAME: ("DKMC", NAME, "name", "名称"),
           USE: ("DKYT", USE, "land_use", "用途"), SHEET: ("TFH", SHEET), LAND_CLASS: ("DLBM", LAND_CLASS)}
CHOSEN = (ID, NAME, USE)          # the user may name these fields; the others are only found
NUMBERS = {"界址点数": int, "地块面积": float}
# A parcel as a layer's fields: by the names of the parcel line (a coordinate file read as an input),
# or, in zoning:read_land_txt's output, by their standard short names, then the further fields and the area.
PARCEL_LAYER_FIELDS = tuple((key, {int: INTEGER, float: NUMBER}.get(NUMBERS.get(key), TEXT)) for key in PARCEL_FIELDS)
SHORT_NAMES = ("JZDS", "DKMJ", "DKBH", "DKMC", "JLTXSX", "TFH", "DKYT", "DLBM")
PARCEL_OUTPUT_FIELDS = tuple((short, kind) for short, (_key, kind) in zip(SHORT_NAMES, PARCEL_LAYER_FIELDS)) + \
    (("EXTRA", TEXT), ("area_m2", NUMBER))
NO_POLYGON, NOT_FINITE = "no_polygon", "not_finite"


def _number(text, kind):
    try:
        return kind(float(text)) if kind is int else kind(text)
    except (TypeError, ValueError, OverflowError):
        return None


def parcel_values(parcel):
    """The parcel line's values in the order of PARCEL_FIELDS: 界址点数 a whole number, 地块面积 a
    number (hectares), None where the file leaves a value out or it is not a number."""
    return [_number(parcel.attributes.get(key), NUMBERS[key]) if key in NUMBERS
            else (parcel.attributes.get(key) or None) for key in PARCEL_FIELDS]


def parcel_row(parcel):
    """The values of PARCEL_OUTPUT_FIELDS of a parcel: its line's, its further fields, its area (m²)."""
    return parcel_values(parcel) + [",".join(parcel.extra) or None, round(parcel.geometry.area, 2)]


def parcel_columns(names, chosen=None):
    """{parcel attribute: field of `names` or None}: the field the user chose (for 地块编号, 地块名称,
    地块用途), else the guessed one."""
    chosen = chosen or {}
    return {key: chosen.get(key) or guess_field(names, GUESSES[key]) for key in GUESSES}


def parcel_attributes(values, columns, number):
    """A parcel's attributes from `values` {attribute: value}; without an id field, the parcels are
    numbered 1, 2, 3 … (`number`)."""
    attributes = dict(values)
    if attributes.get(ID) is None and not columns.get(ID):
        attributes[ID] = number
    return attributes


def unwritable(shape):
    """Why a shapely geometry cannot be a parcel (NO_POLYGON, NOT_FINITE), or None."""
    if shape is None or shape.geom_type not in ("Polygon", "MultiPolygon") or shape.is_empty:
        return NO_POLYGON
    if not numpy.isfinite(shapely.get_coordinates(shape)).all():
        return NOT_FINITE
    return None
