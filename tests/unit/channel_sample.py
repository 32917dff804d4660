"""A copy of the sample dataset whose rivers give their channel (rivers.channel_width_m), as a
bureau's dataset would, with the stored buffers of those rivers rebuilt from the bank; and places
found from the dataset (no hard-coded coordinates): a point at a given distance from a river's
centre line, inside its channel, and so on. The shipped sample gives no channel (its widths are
not known), so every test of the bank reading builds one here."""
import numpy
import shapely

from zoning_plugin.core.dataset.channels import CHANNEL_FIELD, buffer_of
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, Dataset
from zoning_plugin.core.geo import STORAGE_CRS, reproject

MAIN_RIVER = "东辽河"
CHANNEL_M = 30.0


def sample_with_channels(path, widths=None, rebuild_buffers=True):
    """Write to `path` the sample with `widths` ({river: channel width m}, default 东辽河 30 m) in
    rivers.channel_width_m and, unless `rebuild_buffers` is false, those rivers' stored buffers
    rebuilt `buffer_m` from the bank (clipped to the city, as the sample's are) with their
    channel_width_m. Returns `path`."""
    from osgeo import gdal, ogr
    widths = {MAIN_RIVER: CHANNEL_M} if widths is None else widths
    path = str(path)
    gdal.VectorTranslate(path, SAMPLE_DATASET_PATH)
    datasource = ogr.Open(path, 1)
    for layer in ("rivers", "river_buffers"):
        datasource.GetLayerByName(layer).CreateField(ogr.FieldDefn(CHANNEL_FIELD, ogr.OFTReal))
    rivers = datasource.GetLayerByName("rivers")
    for feature in rivers:
        if feature.GetField("river_name") in widths:
            feature.SetField(CHANNEL_FIELD, widths[feature.GetField("river_name")])
            rivers.SetFeature(feature)
    datasource = None
    if rebuild_buffers:
        _rebuild_buffers(path, widths)
    return path


def _rebuild_buffers(path, widths):
    from osgeo import ogr
    dataset = Dataset(path)
    courses = dataset.river_courses()
    datasource = ogr.Open(path, 1)
    buffers = datasource.GetLayerByName("river_buffers")
    for feature in buffers:
        name = feature.GetField("river_name")
        if name not in widths:
            continue
        ring = shapely.intersection(buffer_of(*courses[name], feature.GetField("buffer_m")), dataset.city_metric)
        stored = reproject(ring, dataset.metric_crs, STORAGE_CRS)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.MultiPolygon(
            [p for p in shapely.get_parts(stored) if p.geom_type == "Polygon"]))))
        feature.SetField(CHANNEL_FIELD, widths[name])
        buffers.SetFeature(feature)
    datasource = None


def point_beside(dataset, river, distance_m, inside_city=True):
    """(EPSG:4490 point, metric point) `distance_m` from `river`'s centre line, square to it at the
    middle of its longest piece inside the city and farther than 500 m from any other river."""
    lines = dataset.river_lines()
    others = shapely.union_all([line for name, line in lines.items() if name != river])
    course = shapely.intersection(lines[river], dataset.city_metric.buffer(-1000))
    pieces = sorted(shapely.get_parts(shapely.line_merge(course)), key=lambda p: -p.length)
    for piece in pieces:
        for fraction in numpy.linspace(0.5, 0.9, 9):
            at = piece.interpolate(fraction, normalized=True)
            ahead = piece.interpolate(min(piece.project(at) + 1.0, piece.length))
            dx, dy = ahead.x - at.x, ahead.y - at.y
            norm = (dx * dx + dy * dy) ** 0.5
            for side in (1, -1):
                point = shapely.Point(at.x - side * dy / norm * distance_m, at.y + side * dx / norm * distance_m)
                if abs(lines[river].distance(point) - distance_m) < 0.01 and others.distance(point) > 500 \
                        and (not inside_city or dataset.city_metric.contains(point)):
                    return reproject(point, dataset.metric_crs, STORAGE_CRS), point
    raise AssertionError(f"no place {distance_m} m from {river}")
