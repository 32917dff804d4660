"""CRS handling and geometry input: parsing, validation, repair, area of use, densifying,
transformation and geodesic measures."""
import functools
import math
import re
import threading
import warnings

import zoning_plugin.core.proj_data  # noqa: F401  (before pyproj: where PROJ's data is)
import numpy
import pyproj
import shapely
from shapely import wkt as shapely_wkt

from zoning_plugin.core.errors import (CRSError, EmptyGeometryError, InputError, InvalidGeometryError,
                                       NullGeometryError, OutOfRangeError)
from zoning_plugin.core.messages import say

STORAGE_CRS = "EPSG:4490"   # CGCS2000 geographic
# The bundled sample's metric CRS (CGCS2000 / 3-degree Gauss-Kruger CM 126E), for its tests and
# benchmarks. The code measures in the dataset's own (Dataset.metric_crs: dataset_meta.metric_crs,
# else gauss_kruger_crs() of the city's centre longitude).
METRIC_CRS = "EPSG:4551"

# What a user may give as a CRS: an authority code, an OGC URN/URL, WKT or a PROJ string. Plain
# names are refused: pyproj would match "foo" to Amersfoort.
_CRS_FORMS = re.compile(r"^([A-Za-z]+:\d+|urn:ogc:def:crs:.+|https?://www\.opengis\.net/def/crs/.+"
                        r"|[A-Z_]+\[.+|\+proj=.+)$", re.S)


def gauss_kruger_crs(lon):
    """The CGCS2000 3-degree Gauss-Kruger zone (EPSG:4534 + zone - 25, central meridians 75°E to
    135°E) of a longitude, checked against pyproj's name of the code; a WGS 84 UTM zone outside."""
    zone = int(round(lon / 3.0))
    if 25 <= zone <= 45:
        code = f"EPSG:{4534 + zone - 25}"
        if f"CM {zone * 3}E" in pyproj.CRS(code).name:
            return code
    return f"EPSG:{32600 + int((lon + 180.0) // 6.0) % 60 + 1}"


def one_line(text, limit=60):
    """User text quoted in an error message: one line, not too long. A geometry is described by
    its bounds (describe): GEOS's text output is never asked for."""
    if isinstance(text, shapely.Geometry):
        text = describe(text)
    return " ".join(str(text).split())[:limit]


# Beyond this (in any CRS unit) a coordinate is no place on Earth, and GEOS's WKT writer (the
# system GEOS 3.11 inside QGIS) overflows a buffer on numbers near 1e200: such coordinates are
# refused before any GEOS call that could write them out.
COORDINATE_LIMIT = 1e10


def _number(value):
    return "NaN" if math.isnan(value) else f"{value:.10g}"


def describe(geometry):
    """A geometry in an error message: its type and bounds, formatted in Python (never WKT)."""
    coordinates = shapely.get_coordinates(geometry)
    kind = geometry.geom_type if isinstance(geometry, shapely.Geometry) else "geometry"
    if not len(coordinates):
        return f"{kind} EMPTY"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)   # all-NaN columns
        low, high = numpy.nanmin(coordinates, axis=0), numpy.nanmax(coordinates, axis=0)
    return (f"{kind} x {_number(float(low[0]))}..{_number(float(high[0]))}, "
            f"y {_number(float(low[1]))}..{_number(float(high[1]))}")


def _coordinate_bounds(geometry):
    """(minx, miny, maxx, maxy) from the coordinates themselves (numpy, no GEOS)."""
    coordinates = shapely.get_coordinates(geometry)
    if not len(coordinates):
        return None
    return (*coordinates.min(axis=0).tolist(), *coordinates.max(axis=0).tolist())


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


@functools.lru_cache(maxsize=64)
def _crs_from_text(text):
    # Parsing a CRS costs about a millisecond: every inspection would pay it several times.
    if not _CRS_FORMS.match(text):
        raise CRSError(say(f"无法识别的坐标参考系：{one_line(text)}", f"unknown CRS: {one_line(text)}"))
    try:
        crs = pyproj.CRS.from_user_input(text)
    except pyproj.exceptions.CRSError:
        raise CRSError(say(f"无法识别的坐标参考系：{one_line(text)}", f"unknown CRS: {one_line(text)}")) from None
    horizontal = crs.sub_crs_list[0] if crs.is_compound else crs
    if horizontal.is_geocentric or not (horizontal.is_geographic or horizontal.is_projected):
        raise CRSError(say(f"需要平面或地理坐标系：{one_line(crs.name)}",
                           f"a 2D geographic or projected CRS is needed: {one_line(crs.name)}"))
    return crs


def crs_from_user(crs):
    """A pyproj CRS from 'EPSG:4326', '4326', a WKT or PROJ string; CRSError if unknown."""
    if isinstance(crs, pyproj.CRS):
        return crs
    text = str(crs).strip() if crs is not None else ""
    if not text:
        raise CRSError(say("坐标参考系为空", "empty CRS"))
    if text.isdigit():
        text = "EPSG:" + text
    return _crs_from_text(text)


def per_crs_cache(function):
    """Memoise a function of CRSs (and other hashable values) keyed by each CRS's definition text:
    hashing a pyproj CRS writes out its WKT, a cost a point inspection cannot pay five times."""
    cache = {}

    @functools.wraps(function)
    def cached(*args):
        key = tuple(("crs", a.srs) if isinstance(a, pyproj.CRS) else a for a in args)
        if key not in cache:
            if len(cache) >= 256:
                cache.clear()
            cache[key] = function(*args)
        return cache[key]
    return cached


@per_crs_cache
def _transformer(source, target, _thread=None):
    """A Transformer of the calling thread (`_thread`: its id): pyproj's are not to be shared."""
    try:
        return pyproj.Transformer.from_crs(source, target, always_xy=True)
    except pyproj.exceptions.ProjError:
        raise CRSError(say(f"无法在 {one_line(source.name)} 与 {one_line(target.name)} 之间转换坐标",
                           f"no transformation from {one_line(source.name)} to {one_line(target.name)}")) from None


def reproject(geometry, source, target):
    source, target = crs_from_user(source), crs_from_user(target)
    if source is target or source == target:
        return geometry
    t = _transformer(source, target, threading.get_ident())

    def move(coords):
        x, y = t.transform(coords[:, 0], coords[:, 1])
        return numpy.column_stack((x, y))

    with numpy.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # out-of-domain points become inf; checked later
        return shapely.transform(geometry, move)


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
    bounds = _coordinate_bounds(geometry)
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


# --- area of use --------------------------------------------------------------------------------
# Projected coordinates may lie a little beyond a CRS's published area of use (a Gauss-Kruger zone
# is used past its edges); far beyond it, PROJ wraps them around the globe.
AREA_OF_USE_MARGIN_DEG = 2.0


def _horizontal(crs):
    return crs.sub_crs_list[0] if crs.is_compound else crs


@per_crs_cache
def area_of_use_bounds(crs):
    """(minx, miny, maxx, maxy) in the CRS's own coordinates: its area of use widened by the
    margin. None for a geographic CRS (lon/lat ranges are checked as such) or when unknown."""
    horizontal = _horizontal(crs)
    area = crs.area_of_use or horizontal.area_of_use
    if horizontal.is_geographic or area is None:
        return None
    west, south, east, north = area.bounds
    margin = AREA_OF_USE_MARGIN_DEG
    south, north = max(south - margin, -90.0), min(north + margin, 90.0)
    if east - west < 360.0 - 2 * margin:
        west, east = west - margin, east + margin
    try:
        to_crs = pyproj.Transformer.from_crs(horizontal.geodetic_crs, horizontal, always_xy=True)
        bounds = to_crs.transform_bounds(west, south, east, north, densify_pts=21)
    except pyproj.exceptions.ProjError:
        return None
    return tuple(bounds) if numpy.isfinite(bounds).all() else None


def check_area_of_use(geometry, crs):
    """Projected coordinates far outside the CRS's area of use are refused, not wrapped around."""
    crs = crs_from_user(crs)
    bounds = area_of_use_bounds(crs)
    given = _coordinate_bounds(geometry)
    if bounds is None or given is None:
        return
    minx, miny, maxx, maxy = given
    if minx < bounds[0] or miny < bounds[1] or maxx > bounds[2] or maxy > bounds[3]:
        raise OutOfRangeError(say(f"坐标超出坐标系 {one_line(crs.name, 40)} 的适用范围：{one_line(describe(geometry), 120)}",
                                  f"coordinates outside the area of use of {one_line(crs.name, 40)}: {one_line(describe(geometry), 120)}"))


# --- densifying and regions ---------------------------------------------------------------------
# An edge is straight in the CRS it was drawn in; reprojected vertex by vertex it would be straight
# in the metric CRS instead, which moves the middle of a 30 km edge by metres. Cut into 200 m pieces,
# the difference is under a millimetre (0.6 mm for the sample in EPSG:4551). The dataset's layers
# are cut the same way (dataset.Layer), so an input that follows their edges meets them exactly; a
# shorter step would multiply their vertices (50 m: 4.5 times, the overlay 2.8 times slower).
DENSIFY_STEP_M = 200.0
_METRES_PER_DEGREE = 111_320.0


@per_crs_cache
def _crs_units_per_metre(crs):
    horizontal = _horizontal(crs)
    if horizontal.is_geographic:
        return 1.0 / _METRES_PER_DEGREE
    return 1.0 / (horizontal.axis_info[0].unit_conversion_factor or 1.0)


def densify(geometry, crs, step_m=DENSIFY_STEP_M, max_vertices=None):
    """Edges longer than `step_m` (about, in metres) cut into pieces, in the geometry's own CRS;
    with `max_vertices`, longer pieces where the outline is so long that it would need more."""
    if shapely.get_dimensions(geometry) < 1 or geometry.is_empty:   # -1 for an empty collection
        return geometry
    step = step_m * _crs_units_per_metre(crs_from_user(crs))
    if max_vertices:
        step = max(step, float(shapely.length(geometry)) / max_vertices)
    return shapely.segmentize(geometry, step)


def densify_many(geometries, crs, step_m=DENSIFY_STEP_M):
    """densify on an array of geometries (points pass through unchanged)."""
    return shapely.segmentize(geometries, step_m * _crs_units_per_metre(crs_from_user(crs)))


@per_crs_cache
def region_in_crs(bounds_4490, crs, margin_deg):
    """A box in `crs` holding the EPSG:4490 box `bounds_4490` widened by `margin_deg`; None when
    that box cannot be expressed in `crs`."""
    minx, miny, maxx, maxy = bounds_4490
    widened = (minx - margin_deg, max(miny - margin_deg, -90.0), maxx + margin_deg,
               min(maxy + margin_deg, 90.0))
    crs = crs_from_user(crs)
    if crs == crs_from_user(STORAGE_CRS):
        return shapely.box(*widened)
    try:
        to_crs = _transformer(crs_from_user(STORAGE_CRS), crs, threading.get_ident())
        bounds = to_crs.transform_bounds(*widened, densify_pts=21)
    except pyproj.exceptions.ProjError:
        return None
    return shapely.box(*bounds) if numpy.isfinite(bounds).all() else None


# --- geodesic measures (geometries larger than the metric CRS's zone) -------------------------
_EQUAL_AREA_CRS = "+proj=cea +ellps=GRS80 +lon_0=0 +lat_ts=0 +units=m +no_defs"
_GEOD = pyproj.Geod(ellps="GRS80")   # the CGCS2000 ellipsoid, to the micrometre


def geodesic_measure(geometry_4490):
    """Area in m² (polygons, on an equal-area projection of the ellipsoid) or length in m (lines,
    along the ellipsoid) of a densified EPSG:4490 geometry; 0 for points."""
    dimension = shapely.get_dimensions(geometry_4490)
    if dimension == 2:
        return float(shapely.area(reproject(geometry_4490, STORAGE_CRS, _EQUAL_AREA_CRS)))
    if dimension == 1:
        return float(_GEOD.geometry_length(geometry_4490))
    return 0.0
