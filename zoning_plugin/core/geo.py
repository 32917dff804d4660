"""CRSs and measures: the storage and metric CRSs, CRS text a user gives, transformation, area of
use, densifying and geodesic measures; a geometry described in one line for messages. Checking and
repairing an input geometry is core/geo_input.py."""
import functools
import math
import re
import threading
import warnings

import zoning_plugin.core.proj_data  # noqa: F401  (before pyproj: where PROJ's data is)
import numpy
import pyproj
import shapely

from zoning_plugin.core.errors import CRSError, OutOfRangeError
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


def coordinate_bounds(geometry):
    """(minx, miny, maxx, maxy) from the coordinates themselves (numpy, no GEOS)."""
    coordinates = shapely.get_coordinates(geometry)
    if not len(coordinates):
        return None
    return (*coordinates.min(axis=0).tolist(), *coordinates.max(axis=0).tolist())


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
    given = coordinate_bounds(geometry)
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
    """densify on an array of geometries (points pass through unchanged). A geometry without an
    edge longer than the step is left as it is: GEOS would add no vertex to it, only rebuild it
    (most of the cost; a one-part multipolygon came back a polygon, a repeated vertex could go)."""
    step = step_m * _crs_units_per_metre(crs_from_user(crs))
    geometries = numpy.asarray(geometries, dtype=object)
    coordinates, index = shapely.get_coordinates(geometries, return_index=True)
    # An "edge" from one ring's last vertex to the next ring's first counts too: such a geometry is
    # densified, which is what was always done.
    edges = numpy.hypot(*numpy.diff(coordinates, axis=0).T) > step * (1 - 1e-9)
    long = numpy.zeros(len(geometries), bool)
    long[index[1:][edges & (index[1:] == index[:-1])]] = True
    densified = geometries.copy()
    densified[long] = shapely.segmentize(geometries[long], step)
    return densified


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
