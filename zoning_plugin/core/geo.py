"""CRS handling and geometry input: parsing, validation, repair, transformation."""
import functools
import math
import os
import sys

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

@functools.lru_cache(maxsize=64)
def _crs_from_text(text):
    # Parsing a CRS costs about a millisecond: every inspection would pay it several times.
    try:
        return pyproj.CRS.from_user_input(text)
    except pyproj.exceptions.CRSError:
        raise CRSError(f"无法识别的坐标参考系 (unknown CRS): {text}") from None


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
    return pyproj.Transformer.from_crs(source, target, always_xy=True)


def transformer(source, target):
    """A cached always_xy transformer between two CRS given as strings or pyproj CRS."""
    return _transformer(crs_from_user(source), crs_from_user(target))


def reproject(geometry, source, target):
    source, target = crs_from_user(source), crs_from_user(target)
    if source == target:
        return geometry
    t = _transformer(source, target)

    def move(coords):
        x, y = t.transform(coords[:, 0], coords[:, 1])
        return numpy.column_stack((x, y))

    return shapely.transform(geometry, move)


def parse_wkt(text):
    try:
        geometry = shapely_wkt.loads(str(text))
    except Exception:  # shapely raises GEOSException or ValueError depending on the fault
        raise InputError(f"WKT 无法解析 (bad WKT): {str(text)[:60]}") from None
    return geometry


def parse_coordinate(value, name):
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"坐标 {name} 不是数字 (not a number): {value!r}") from None
    if not math.isfinite(number):
        raise InputError(f"坐标 {name} 不是有限数值 (not finite): {value!r}")
    return number


def check_geographic_range(geometry, crs):
    """Out-of-range lon/lat in a geographic CRS is an input error, not just 'outside the city'."""
    if not crs_from_user(crs).is_geographic or geometry.is_empty:
        return
    minx, miny, maxx, maxy = geometry.bounds
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        raise InputError(f"经纬度超出范围 (longitude/latitude out of range): {geometry.wkt[:60]}")


def prepare_input(geometry, crs):
    """Validate and repair an input geometry. Returns (geometry, repaired: bool)."""
    if geometry is None or not isinstance(geometry, shapely.Geometry):
        raise InputError("几何为空 (no geometry)")
    if geometry.is_empty:
        raise InputError("几何为空 (empty geometry)")
    coords = shapely.get_coordinates(geometry)
    if not all(math.isfinite(v) for v in coords.ravel()):
        raise InputError("几何含有非有限坐标 (non-finite coordinates)")
    check_geographic_range(geometry, crs)
    if geometry.is_valid:
        return geometry, False
    repaired = shapely.make_valid(geometry)
    if repaired.is_empty:
        raise InputError("几何无效且无法修复 (invalid geometry cannot be repaired)")
    return repaired, True
