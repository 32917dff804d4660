"""The metric CRS of an import (areas, buffers, distances), checked against the data: a projected
CRS in metres whose area of use holds the centre of the units. A CRS meant for another part of
the world measures areas wrongly (a UTM zone of Europe makes a city in Jilin 11.6 % too large),
so it is refused with the CRS that fits, not used. No qgis, no Qt."""
import pyproj
import shapely

from zoning_plugin.core.errors import CRSError, InputError
from zoning_plugin.core.geo import crs_from_user, gauss_kruger_crs, reproject
from zoning_plugin.core.messages import say

# How far (degrees) the centre of the data may lie outside the CRS's area of use. A transverse
# Mercator zone is used up to a little past its edges (a city across a zone boundary); one degree
# past the edge of a 3-degree zone is 2.5° from its central meridian: areas 0.1 % off at 43°N.
MARGIN_DEG = 1.0
# The largest error of the data's areas a metric CRS may make, even within its area of use (Web
# Mercator is "world-wide" and makes them 87 % too large at 43°N). 0.5 % is the error of a 3-degree
# zone about 3.5° from its central meridian; the shares a dataset states are compared to 0.05 pp.
MAX_AREA_ERROR = 0.005
_GEOD = pyproj.Geod(ellps="GRS80")


def _is_metric(crs):
    return crs.is_projected and all((axis.unit_name or "").lower() in ("metre", "meter") for axis in crs.axis_info[:2])


def area_error(crs, bounds):
    """How far (a fraction, +0.116 for 11.6 % too large) areas of the lon/lat box `bounds`
    measured in `crs` are from their true (ellipsoidal) area; None when it cannot be measured."""
    west, south, east, north = bounds
    box = shapely.box(west, south, max(east, west + 0.01), max(north, south + 0.01)).segmentize(0.01)
    try:
        projected = reproject(box, "EPSG:4490", crs).area
    except Exception:        # a CRS that cannot hold the box at all
        return None
    true = abs(_GEOD.geometry_area_perimeter(box)[0])
    if not projected or not true or projected != projected:
        return None
    return projected / true - 1.0


def check_metric_crs(metric_crs, bounds):
    """InputError (one line) unless `metric_crs` is a projected CRS in metres whose area of use
    holds, within MARGIN_DEG, the centre of `bounds` (west, south, east, north in degrees) and
    whose areas of the data are within MAX_AREA_ERROR of the true ones; the message names the CRS
    that would fit. Returns the pyproj CRS."""
    try:
        crs = crs_from_user(metric_crs)
    except CRSError as error:
        raise InputError(say(f"度量坐标系无法识别：{error}", f"the metric CRS is unknown: {error}")) from None
    west, south, east, north = bounds
    lon, lat = (west + east) / 2, (south + north) / 2
    fits = gauss_kruger_crs(lon)
    fitting = f"{fits}（{pyproj.CRS(fits).name}）"
    if not _is_metric(crs):
        raise InputError(say(f"度量坐标系 {metric_crs} 不是以米为单位的投影坐标系，请改用 {fitting} 或留空",
                             f"the metric CRS {metric_crs} is not projected in metres: use {fits} or leave it empty"))
    error = area_error(crs, bounds)
    if error is not None and abs(error) > MAX_AREA_ERROR:
        raise InputError(say(f"度量坐标系 {metric_crs} 量算本数据的面积偏差约 {error * 100:+.1f} %，请改用 {fitting} 或留空",
                             f"the metric CRS {metric_crs} makes the data's areas {error * 100:+.1f} % off: use {fits} or leave it empty"))
    area = crs.area_of_use
    if area is None:
        return crs
    a_west, a_south, a_east, a_north = area.bounds
    if a_east < a_west:          # across the antimeridian
        a_east += 360.0
        lon = lon + 360.0 if lon < a_west - MARGIN_DEG else lon
    inside = (a_west - MARGIN_DEG <= lon <= a_east + MARGIN_DEG and a_south - MARGIN_DEG <= lat <= a_north + MARGIN_DEG)
    if inside:
        return crs
    off = f"，面积偏差约 {error * 100:+.1f} %" if error is not None and abs(error) < 10 else ""
    off_en = f"; areas would be {error * 100:+.1f} % off" if off else ""
    raise InputError(say(f"度量坐标系 {metric_crs} 的适用范围（{a_west:.1f}°–{area.bounds[2]:.1f}°E，{a_south:.1f}°–{a_north:.1f}°N）远离数据（中心 {lon % 360 if lon > 180 else lon:.2f}°E，{lat:.2f}°N）{off}；请改用 {fitting} 或留空",
                         f"the metric CRS {metric_crs} is meant for {a_west:.1f}° to {area.bounds[2]:.1f}°E, {a_south:.1f}° to {a_north:.1f}°N, far from the data{off_en}: use {fits} or leave it empty"))
