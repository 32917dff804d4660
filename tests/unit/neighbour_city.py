"""A neighbouring city for the tests of issue 20 §1 (datasets side by side): the bundled sample moved
east by the width of its city boundary, given another city code, name and title. Invented test data,
still marked as sample: nothing here is a real city.

`neighbour_city(path)` writes it (a copy of the sample, edited with OGR); `border_places(near, far)`
finds, in the two opened datasets, a point inside each city, a point in neither (between them), and
a site crossing from one into the other."""
import shapely
from shapely import affinity

from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, Dataset
from zoning_plugin.core.geo import STORAGE_CRS, reproject

CITY_NAME, CITY_CODE = "示例邻市", "229900"
TITLE = "示例邻市生态环境分区管控（测试数据，由示例数据平移）"
VERSION = "test-2026.1"
UNIT_PREFIX = "ZH2299"
SPATIAL = ("control_units", "basins", "rivers", "river_buffers", "counties", "city_boundary", "built_up_area")


def shift_degrees():
    """How far east the neighbour lies: the width of the sample's city boundary (EPSG:4490)."""
    minx, _miny, maxx, _maxy = Dataset(SAMPLE_DATASET_PATH).layers["city_boundary"].geometries[0].bounds
    return maxx - minx


def neighbour_city(path):
    """Write the neighbouring city's dataset at `path` (returned as text)."""
    from osgeo import gdal, ogr
    gdal.UseExceptions()
    ogr.UseExceptions()
    gdal.VectorTranslate(str(path), SAMPLE_DATASET_PATH)
    dx = shift_degrees()
    datasource = ogr.Open(str(path), 1)
    for name in SPATIAL:
        layer = datasource.GetLayerByName(name)
        layer.ResetReading()
        features = list(layer)
        for feature in features:
            geometry = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(affinity.translate(geometry, xoff=dx))))
            layer.SetFeature(feature)
    meta = datasource.GetLayerByName("dataset_meta")
    meta.ResetReading()
    values = {"title": TITLE, "version": VERSION, "city_name": CITY_NAME, "city_code": CITY_CODE,
              "city_list_title": f"{CITY_NAME}总体管控要求", "effective_date": "2026-01-01"}
    for feature in list(meta):
        if feature.GetField("key") in values:
            feature.SetField("value", values[feature.GetField("key")])
            meta.SetFeature(feature)
    datasource.ExecuteSQL("UPDATE requirements SET scope_ref = '229900', req_id = replace(req_id, '-220400-', "
                          "'-229900-') WHERE scope = 'city'")
    # The units' codes are the city's (ZH + the city code's first four digits …), their lists follow.
    datasource.ExecuteSQL(f"UPDATE control_units SET unit_code = replace(unit_code, 'ZH2204', '{UNIT_PREFIX}')")
    datasource.ExecuteSQL(f"UPDATE requirements SET scope_ref = replace(scope_ref, 'ZH2204', '{UNIT_PREFIX}'), "
                          f"req_id = replace(req_id, 'ZH2204', '{UNIT_PREFIX}') WHERE scope = 'unit'")
    datasource.ExecuteSQL(f"UPDATE screening_rules SET req_id = replace(req_id, 'ZH2204', '{UNIT_PREFIX}')")
    datasource.ExecuteSQL("UPDATE requirement_notes SET req_id = replace(req_id, '-220400-', '-229900-')")
    for table, column in (("counties", "code"), ("built_up_area", "code"), ("city_boundary", "code"),
                          ("control_units", "county_code")):
        datasource.ExecuteSQL(f"UPDATE {table} SET {column} = replace({column}, '2204', '2299')")
    datasource.ExecuteSQL(f"UPDATE gpkg_contents SET min_x = min_x + {dx}, max_x = max_x + {dx} "
                          "WHERE min_x IS NOT NULL")
    datasource = None
    return str(path)


def border_places(near, far):
    """{"near", "far", "neither": points (EPSG:4490) inside the near city only, the far city only and
    neither; "across": a 200 m wide site from inside one city into the other}."""
    near_city = near.layers["city_boundary"].geometries[0]
    far_city = far.layers["city_boundary"].geometries[0]
    # The near city's easternmost vertex and the far city's westernmost: the border runs between them.
    east = max(shapely.get_coordinates(near_city), key=lambda c: c[0])
    west = min(shapely.get_coordinates(far_city), key=lambda c: c[0])
    metric = near.metric_crs
    inner_near = _inside_towards(near_city, east, metric)
    inner_far = _inside_towards(far_city, west, metric)
    line = reproject(shapely.LineString([inner_near, inner_far]), STORAGE_CRS, metric)
    across = reproject(shapely.buffer(line, 100, cap_style="flat"), metric, STORAGE_CRS)
    gap = shapely.difference(shapely.box(*shapely.union(near_city, far_city).bounds),
                             shapely.union(near_city, far_city))
    neither = max(shapely.get_parts(gap), key=lambda part: part.area).representative_point()
    return {"near": shapely.Point(inner_near), "far": shapely.Point(inner_far), "neither": neither,
            "across": across}


def _inside_towards(city, vertex, metric):
    """A point 1 km inside `city` (EPSG:4490) nearest its `vertex`."""
    inner = reproject(shapely.buffer(reproject(city, STORAGE_CRS, metric), -1000), metric, STORAGE_CRS)
    return shapely.shortest_line(inner, shapely.Point(vertex)).coords[0]
