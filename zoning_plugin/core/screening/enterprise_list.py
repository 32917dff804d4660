"""A list of enterprises to screen (zoning:screen_list): its header, which columns hold the
coordinates, industry code, boiler and name (chosen, else guessed: core/coords.guess_column), each
row's cells and coordinates. The coordinates are read by core/coords.py."""
import re

from zoning_plugin.core.coords import guess_column, parse_coordinates, read_pair

ROLES = ("x", "y", "xy", "industry", "boiler", "name")
NO_COORDINATES, NO_INDUSTRY = "no_coordinates", "no_industry"
SWAPPED, OUTSIDE_CHINA = "swapped", "outside_china"


def cell_text(value):
    """A cell as the screening reads it: None when empty (None or blanks); a whole float (2614.0 from a
    spreadsheet) as '2614'; other numbers as they are; text stripped."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, (int, float)) else str(value).strip()


def unique_name(name, taken):
    """`name`, with `_1` appended as often as it takes not to be among `taken`."""
    while name in taken:
        name += "_1"
    return name


def header_from_first_row(names, first_row):
    """The column names a sheet's first row gives when OGR could only call its columns Field1,
    Field2 … (every cell text, so it could not tell the header): None when the names are real or the
    first row looks like data (a cell empty, not text, or a number)."""
    if not names or not first_row or not all(re.fullmatch(r"Field\d+", n) for n in names):
        return None
    if not all(isinstance(v, str) and not re.fullmatch(r"[-+.\d\s]+", v) for v in first_row):
        return None
    header = []
    for index, value in enumerate(first_row, 1):
        header.append(unique_name(value or f"Field{index}", header))
    return header


def list_columns(names, chosen):
    """({role: column or None}, [guessed columns], problem or None) for the columns `names` and the
    {role: column} the user chose: a role not chosen is guessed, x and y before xy (one column with
    both only when there are not two); the problem is NO_COORDINATES or NO_INDUSTRY."""
    columns, guessed = dict(chosen), []
    for role in ROLES:
        if columns.get(role) or (role in ("x", "y") and columns.get("xy")) or \
                (role == "xy" and columns.get("x") and columns.get("y")):
            continue
        columns[role] = guess_column(names, role, taken=[c for c in columns.values() if c])
        if columns[role]:
            guessed.append(columns[role])
    if not (columns["x"] and columns["y"]) and not columns["xy"]:
        return columns, guessed, NO_COORDINATES
    if not columns["industry"]:
        return columns, guessed, NO_INDUSTRY
    return columns, guessed, None


def row_cells(values, names, columns):
    """{role: cell} of a row whose cells (cell_text) are `values` in the order of the columns `names`;
    None for a row with no cell filled (skipped)."""
    if all(v is None for v in values):
        return None
    index = {name: i for i, name in enumerate(names)}
    return {role: values[index[column]] if column else None for role, column in columns.items()}


def row_coordinates(cells, columns, system, zone=None, default_zone=None):
    """The coordinates of a row ({role: cell}) as core/coords.py reads them (ZoningError when they
    cannot be read): the two columns, else the one with both."""
    if columns["x"] and columns["y"]:
        return read_pair(cells["x"], cells["y"], system, zone, default_zone)
    return parse_coordinates(cells["xy"], system, zone, default_zone)


def coordinate_note(parsed):
    """What to warn about how a row's coordinates were read: SWAPPED, OUTSIDE_CHINA or None."""
    if parsed.swapped:
        return SWAPPED
    if parsed.outside_china:
        return OUTSIDE_CHINA
    return None
