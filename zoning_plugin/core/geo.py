"""CRS handling and geometry input: parsing, validation, repair, transformation."""
import functools
import math
import os
import re
import sys
import warnings

# In a venv made from Debian's python, pyproj looks for its data under the venv's prefix and
# warns; the data is where the base interpreter's PROJ keeps it.
if sys.prefix != sys.base_prefix and not (os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB")):
    _base_proj = os.path.join(sys.base_prefix, "share", "proj")
    if os.path.exists(os.path.join(_base_proj, "proj.db")):
        os.environ["PROJ_DATA"] = _base_proj

import numpy  # noqa: E402
import pyproj  # noqa: E402
import shapely  # noqa: E402
from shapely import wkt as shapely_wkt  # noqa: E402

from zoning_plugin.core.errors import CRSError, InputError  # noqa: E402

STORAGE_CRS = "EPSG:4490"   # CGCS2000 geographic
METRIC_CRS = "EPSG:4551"    # CGCS2000 / 3-degree Gauss-Kruger CM 126E

# What a user may give as a CRS: an authority code, an OGC URN/URL, WKT or a PROJ string. Plain
# names are refused: pyproj would match "foo" to Amersfoort.
_CRS_FORMS = re.compile(r"^([A-Za-z]+:\d+|urn:ogc:def:crs:.+|https?://www\.opengis\.net/def/crs/.+"
                        r"|[A-Z_]+\[.+|\+proj=.+)$", re.S)


def one_line(text, limit=60):
    """User text quoted in an error message: one line, not too long."""
    return " ".join(str(text).split())[:limit]


@functools.lru_cache(maxsize=64)
def _crs_from_text(text):
    # Parsing a CRS costs about a millisecond: every inspection would pay it several times.
    if not _CRS_FORMS.match(text):
        raise CRSError(f"无法识别的坐标参考系 (unknown CRS): {one_line(text)}")
    try:
        crs = pyproj.CRS.from_user_input(text)
    except pyproj.exceptions.CRSError:
        raise CRSError(f"无法识别的坐标参考系 (unknown CRS): {one_line(text)}") from None
    horizontal = crs.sub_crs_list[0] if crs.is_compound else crs
    if horizontal.is_geocentric or not (horizontal.is_geographic or horizontal.is_projected):
        raise CRSError(f"需要平面或地理坐标系 (a 2D geographic or projected CRS is needed): "
                       f"{one_line(crs.name)}")
    return crs


def crs_from_user(crs):
    """A pyproj CRS from 'EPSG:4326', '4326', a WKT or PROJ string; CRSError if unknown."""
    if isinstance(crs, pyproj.CRS):
        return crs
    text = str(crs).strip() if crs is not None else ""
    if not text:
        raise CRSError("坐标参考系为空 (empty CRS)")
    if text.isdigit():
        text = "EPSG:" + text
    return _crs_from_text(text)


@functools.lru_cache(maxsize=64)
def _transformer(source, target):
    try:
        return pyproj.Transformer.from_crs(source, target, always_xy=True)
    except pyproj.exceptions.ProjError:
        raise CRSError(f"无法在 {one_line(source.name)} 与 {one_line(target.name)} 之间转换坐标 "
                       "(no transformation)") from None


def reproject(geometry, source, target):
    source, target = crs_from_user(source), crs_from_user(target)
    if source == target:
        return geometry
    t = _transformer(source, target)

    def move(coords):
        x, y = t.transform(coords[:, 0], coords[:, 1])
        return numpy.column_stack((x, y))

    with numpy.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # out-of-domain points become inf; checked later
        return shapely.transform(geometry, move)


def check_finite(geometry, what):
    if not numpy.isfinite(shapely.get_coordinates(geometry)).all():
        raise InputError(f"坐标超出坐标系的有效范围，无法转换 (coordinates outside the CRS's domain): {what}")


def flatten(geometry):
    """A GeometryCollection (however deeply nested) as one geometry of its highest dimension;
    GEOS predicates on deeply nested collections take minutes."""
    if geometry.geom_type != "GeometryCollection":
        return geometry
    parts, stack = [], [geometry]
    while stack:
        current = stack.pop()
        if current.geom_type == "GeometryCollection":
            stack.extend(shapely.get_parts(current))
        elif not current.is_empty:
            parts.append(current)
    if not parts:
        return shapely.GeometryCollection()
    top = max(shapely.get_dimensions(parts))
    kept = [shapely.make_valid(p) for p in parts if shapely.get_dimensions(p) == top]
    return shapely.union_all(kept)


def parse_wkt(text):
    try:
        geometry = shapely_wkt.loads(str(text))
    except Exception:  # shapely raises GEOSException or ValueError depending on the fault
        raise InputError(f"WKT 无法解析 (bad WKT): {one_line(text)}") from None
    return geometry


def parse_coordinate(value, name):
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"坐标 {name} 不是数字 (not a number): {one_line(repr(value))}") from None
    if not math.isfinite(number):
        raise InputError(f"坐标 {name} 不是有限数值 (not finite): {value!r}")
    return number


def check_geographic_range(geometry, crs):
    """Out-of-range lon/lat in a geographic CRS is an input error, not just 'outside the city'."""
    if not crs_from_user(crs).is_geographic or geometry.is_empty:
        return
    minx, miny, maxx, maxy = geometry.bounds
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        raise InputError(f"经纬度超出范围 (longitude/latitude out of range): {one_line(geometry.wkt)}")


def prepare_input(geometry, crs):
    """Validate and repair an input geometry. Returns (geometry, repaired: bool)."""
    if geometry is None or not isinstance(geometry, shapely.Geometry):
        raise InputError("几何为空 (no geometry)")
    geometry = flatten(geometry)
    if geometry.is_empty:
        raise InputError("几何为空 (empty geometry)")
    if not numpy.isfinite(shapely.get_coordinates(geometry)).all():
        raise InputError("几何含有非有限坐标 (non-finite coordinates)")
    check_geographic_range(geometry, crs)
    if geometry.is_valid:
        return geometry, False
    repaired = shapely.make_valid(geometry)
    if repaired.is_empty:
        raise InputError("几何无效且无法修复 (invalid geometry cannot be repaired)")
    return repaired, True
