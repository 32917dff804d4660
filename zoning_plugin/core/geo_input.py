"""An input geometry checked and made ready before any overlay: coordinates on Earth and in the
CRS's area of use, WKT and numbers parsed, complexity bounded, invalid parts repaired, one part per
dimension (core/geo.py holds the CRSs and measures these checks use)."""
import math

import numpy
import shapely
from shapely import wkt as shapely_wkt

from zoning_plugin.core.errors import (EmptyGeometryError, InputError, InvalidGeometryError, NullGeometryError,
                                       OutOfRangeError)
from zoning_plugin.core.geo import (COORDINATE_LIMIT, coordinate_bounds, check_area_of_use, crs_from_user, describe,
                                    one_line)
from zoning_plugin.core.messages import say


def check_coordinates(geometry, crs):
    """Refuse, before any GEOS operation, coordinates that are NaN, infinite, beyond
    COORDINATE_LIMIT, impossible longitudes/latitudes or far outside the CRS's area of use. The
    message shows the bounds, formatted here."""
    coordinates = shapely.get_coordinates(geometry)
    if numpy.isnan(coordinates).any():
        raise InvalidGeometryError(say(f"几何含有非数值（NaN）坐标：{one_line(describe(geometry), 120)}", f"the geometry has NaN coordinates: {one_line(describe(geometry), 120)}"))
    if not numpy.isfinite(coordinates).all():
        raise InvalidGeometryError(say(f"几何含有非有限坐标：{one_line(describe(geometry), 120)}", f"the geometry has non-finite coordinates: {one_line(describe(geometry), 120)}"))
    if len(coordinates) and numpy.abs(coordinates).max() > COORDINATE_LIMIT:
        raise OutOfRangeError(say(f"坐标数值过大，不在地球上：{one_line(describe(geometry), 120)}",
                                  f"coordinates too large for any place on Earth: {one_line(describe(geometry), 120)}"))
    check_geographic_range(geometry, crs)
    check_area_of_use(geometry, crs)


def check_finite(geometry, what):
    if not numpy.isfinite(shapely.get_coordinates(geometry)).all():
        raise OutOfRangeError(say(f"坐标超出坐标系的有效范围，无法转换：{one_line(what)}",
                                  f"coordinates outside the CRS's domain: {one_line(what)}"))


def parse_wkt(text):
    try:
        geometry = shapely_wkt.loads(str(text))
    except Exception:  # shapely raises GEOSException or ValueError depending on the fault
        raise InputError(say(f"WKT 无法解析：{one_line(text)}", f"bad WKT: {one_line(text)}")) from None
    return geometry


def parse_coordinate(value, name):
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(say(f"坐标 {name} 不是数字：{one_line(repr(value))}", f"coordinate {name} is not a number: {one_line(repr(value))}")) from None
    if not math.isfinite(number):
        raise InputError(say(f"坐标 {name} 不是有限数值：{value!r}", f"coordinate {name} is not finite: {value!r}"))
    return number


def check_geographic_range(geometry, crs):
    """Out-of-range lon/lat in a geographic CRS is an input error, not just 'outside the city'."""
    if not crs_from_user(crs).is_geographic:
        return
    bounds = coordinate_bounds(geometry)
    if bounds is None:
        return
    minx, miny, maxx, maxy = bounds   # NaN compares false: passes (check_coordinates refuses it)
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        raise OutOfRangeError(say(f"经纬度超出范围：{one_line(describe(geometry), 120)}", f"longitude/latitude out of range: {one_line(describe(geometry), 120)}"))

# --- geometries GEOS would spend minutes on -----------------------------------------------------
# GEOS's overlay and validity checks compare the edges whose boxes overlap: an outline of 100,000
# vertices overlays in about 12 s, and a spiky star of 3,000 vertices (every edge's box overlapping
# a quarter of the others) in 22 s; a 1,000,000-vertex star in hours, none of it cancellable.
# Such a geometry is refused before GEOS is asked, with what to do.
MAX_VERTICES = 250_000

MAX_EDGE_PAIRS = 1_000_000

COMPLEXITY_FROM = 1_000      # below this many vertices no geometry is costly

_SAMPLED_EDGES = 64


def _edges(geometry):
    """(low, high) corners of the boxes of every edge of a line or polygon geometry."""
    parts = shapely.get_parts(_pieces(geometry))
    rings = numpy.concatenate([shapely.get_rings(parts[shapely.get_dimensions(parts) == 2]),
                               parts[shapely.get_dimensions(parts) == 1]])
    coordinates, index = shapely.get_coordinates(rings, return_index=True)
    same = index[1:] == index[:-1]
    start, end = coordinates[:-1][same], coordinates[1:][same]
    return numpy.minimum(start, end), numpy.maximum(start, end)


def edge_pairs(geometry):
    """An estimate of how many pairs of its edges GEOS compares (edges whose boxes overlap): from
    a fixed sample of edges, each compared with all (numpy only, no GEOS)."""
    low, high = _edges(geometry)
    n = len(low)
    if n < 2:
        return 0.0
    sample = numpy.random.default_rng(0).choice(n, min(_SAMPLED_EDGES, n), replace=False)
    overlaps = [int(((low[:, 0] <= high[i, 0]) & (high[:, 0] >= low[i, 0])
                     & (low[:, 1] <= high[i, 1]) & (high[:, 1] >= low[i, 1])).sum()) for i in sample.tolist()]
    return n * (sum(overlaps) / len(overlaps)) / 2


def check_complexity(geometry, vertices=None):
    """Refuse a geometry whose overlay would take GEOS minutes that no cancel can stop: too many
    vertices, or edges whose boxes overlap by the million (a spiky outline)."""
    if vertices is None:
        vertices = int(shapely.get_num_coordinates(geometry))
    if vertices < COMPLEXITY_FROM:
        return
    if vertices > MAX_VERTICES:
        raise InvalidGeometryError(say(f"几何顶点过多：{vertices:,} 个，上限 {MAX_VERTICES:,}，请先简化",
                                       f"too many vertices for the overlay: {vertices:,}, at most {MAX_VERTICES:,}; simplify it first"))
    pairs = edge_pairs(geometry)
    if pairs > MAX_EDGE_PAIRS:
        raise InvalidGeometryError(say(f"几何过于复杂：{vertices:,} 个顶点，约 {pairs:,.0f} 对边相互交叠，叠加耗时过长，请先简化",
                                       f"too complex for the overlay: {vertices:,} vertices, about {pairs:,.0f} pairs of overlapping edges; simplify it first"))


def _pieces(geometry):
    """The non-empty, non-collection parts of a geometry however deeply nested (GEOS predicates on
    deeply nested collections take minutes)."""
    pieces, stack = [], [geometry]
    while stack:
        current = stack.pop()
        if current.geom_type == "GeometryCollection":
            stack.extend(shapely.get_parts(current))
        elif not current.is_empty:
            pieces.append(current)
    return pieces


def _repaired(piece):
    """make_valid, keeping the piece's own dimension: the stray lines and points make_valid leaves
    beside a repaired polygon are artefacts, not parts of the input."""
    pieces = _pieces(shapely.make_valid(piece))
    if not pieces:
        return []
    dimensions = shapely.get_dimensions(pieces)
    wanted = shapely.get_dimensions(piece) if (dimensions == shapely.get_dimensions(piece)).any() \
        else dimensions.max()
    return [p for p, d in zip(pieces, dimensions) if d == wanted]


def prepare_input(geometry, crs):
    """Validate and repair an input geometry. Returns (parts, repaired): one valid geometry per
    dimension present, highest first; a lower part keeps only what lies outside the higher ones
    (a point beside a polygon counts, a point inside it adds nothing). `repaired` is true when any
    part was invalid."""
    if geometry is None or not isinstance(geometry, shapely.Geometry):
        raise NullGeometryError(say("几何为空", "no geometry"))
    if geometry.geom_type == "GeometryCollection":
        pieces = _pieces(geometry)
    else:
        pieces = [] if geometry.is_empty else [geometry]
    if not pieces:
        raise EmptyGeometryError(say("几何为空", "empty geometry"))
    check_coordinates(geometry, crs)   # before is_valid and make_valid
    check_complexity(geometry)
    valid = shapely.is_valid(pieces)
    repaired = not valid.all()
    if len(pieces) == 1 and not repaired:
        return pieces, False   # the common case, a click: nothing to merge
    if repaired:
        pieces = [q for p, ok in zip(pieces, valid) for q in ([p] if ok else _repaired(p))]
        if not pieces:
            raise InvalidGeometryError(say("几何无效且无法修复", "invalid geometry cannot be repaired"))
    dimensions = shapely.get_dimensions(pieces)
    parts, higher = [], None
    for dimension in sorted(set(dimensions.tolist()), reverse=True):
        same = [p for p, d in zip(pieces, dimensions) if d == dimension]
        part = same[0] if len(same) == 1 else shapely.union_all(same)
        if higher is not None:
            part = shapely.difference(part, higher)
        if not part.is_empty:
            parts.append(part)
            higher = part if higher is None else shapely.union(higher, part)
    return parts, repaired
