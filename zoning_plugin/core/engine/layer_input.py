"""Rules for a layer given to the overlay as it comes from the user: the CRS of a layer that has
none, when its coordinates can only be the dataset's; coordinates not possible in the layer's CRS;
the features whose geometry could not be read."""
import shapely

from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.geo import area_of_use_bounds, crs_from_user

ABSURD = 1e9           # no CRS's coordinates reach this, in metres, feet or degrees
GEOGRAPHIC = (-180.0, -90.0, 180.0, 90.0)

# How far beyond the city's box the coordinates may lie and still be read in that CRS.
GEOGRAPHIC_MARGIN_DEG = 0.5
METRIC_MARGIN_M = 50e3


def crs_candidates(dataset):
    """[(authid, (west, south, east, north))]: the dataset's storage CRS and its metric CRS, each
    with the box (the city's, with a margin) the coordinates of a layer in it lie in."""
    west, south, east, north = dataset.city_bounds_4490
    metric = dataset.city_metric.bounds
    d, m = GEOGRAPHIC_MARGIN_DEG, METRIC_MARGIN_M
    return [("EPSG:4490", (west - d, south - d, east + d, north + d)),
            (dataset.metric_crs, (metric[0] - m, metric[1] - m, metric[2] + m, metric[3] + m))]


def guess_crs(dataset, geometries):
    """The CRS (authid) whose city box holds every coordinate of `geometries` (shapely, None and
    empty ones left aside), the storage CRS first; None when none does or there are no coordinates."""
    present = [g for g in geometries if g is not None and not g.is_empty]
    if not present:
        return None
    x0, y0, x1, y1 = shapely.total_bounds(present)
    for authid, (west, south, east, north) in crs_candidates(dataset):
        if west <= x0 and x1 <= east and south <= y0 and y1 <= north:
            return authid
    return None


def mark_unreadable(summaries, unreadable):
    """Features whose geometry could not be read went into the overlay as null: a summary of
    status null whose index is in `unreadable` (index → why) becomes invalid, with the reason."""
    for summary in summaries:
        message = unreadable.get(summary.index)
        if message is not None and summary.status == "null":
            summary.status, summary.message = "invalid", message


def range_problem(bounds, crs, geographic=False):
    """None when the box `bounds` (minx, miny, maxx, maxy) of finite coordinates is possible in `crs`
    (text: EPSG:…, WKT; `geographic`: lon/lat in degrees); else (bounds, the box the CRS is used in,
    or None when it has none and a coordinate is beyond any CRS's reach)."""
    limits = GEOGRAPHIC if geographic else None
    if limits is None:
        try:
            limits = area_of_use_bounds(crs_from_user(crs))
        except ZoningError:        # a CRS pyproj cannot read: the magnitude check below stays
            limits = None
    if limits is None:
        return None if max(abs(v) for v in bounds) <= ABSURD else (tuple(bounds), None)
    inside = limits[0] <= bounds[0] and limits[1] <= bounds[1] and bounds[2] <= limits[2] and bounds[3] <= limits[3]
    return None if inside else (tuple(bounds), limits)
