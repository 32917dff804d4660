"""pytest-qgis 2.1.0 fixtures, with the iface stub completed (see iface_support.py); the plugin
started as QGIS starts it, and the zoning provider in the Processing registry."""
import os
import sys

import numpy as np
import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QLocale

from zoning_plugin.core.web_datums import wgs84_to_gcj02
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.append(os.path.join(os.path.dirname(HERE), "unit"))   # after this folder: some names are in both
from iface_support import IfaceRecorder, complete_iface  # noqa: E402
from processing_support import zoning_provider_registered  # noqa: E402


@pytest.fixture(scope="session")
def iface_recorder():
    return IfaceRecorder()


@pytest.fixture(scope="session", autouse=True)
def completed_iface(qgis_iface, iface_recorder):
    return complete_iface(qgis_iface, iface_recorder)


@pytest.fixture(scope="session")
def pg_cluster():
    """The throwaway PostgreSQL + PostGIS cluster (postgis_support.py), stopped and removed at the end."""
    import postgis_support
    yield postgis_support.cluster()
    postgis_support.stop_cluster()


@pytest.fixture()
def plugin(completed_iface, iface_recorder):
    """The plugin as QGIS starts it (classFactory, initGui) in an empty project with its main window
    on screen (so the canvas handles mouse events as in QGIS), unloaded afterwards; the user's
    settings, the point mode, the canvas's CRS and extent are put back as they were."""
    import zoning_plugin
    from zoning_plugin.toolbelt.settings import ZoningSettings, load_point_mode, save_point_mode
    QgsProject.instance().clear()
    iface_recorder.messages.clear()
    saved, point_mode = ZoningSettings.load(), load_point_mode()
    save_point_mode(False)
    main, canvas = completed_iface.mainWindow(), completed_iface.mapCanvas()
    crs, extent = canvas.mapSettings().destinationCrs(), canvas.extent()
    main.show()
    instance = zoning_plugin.classFactory(completed_iface)
    instance.initGui()
    yield instance
    instance.unload()
    main.hide()
    saved.save()
    save_point_mode(point_mode)
    QgsProject.instance().clear()
    canvas.setDestinationCrs(crs)   # the session's canvas is shared with the other test modules
    canvas.setExtent(extent)


@pytest.fixture()
def zoning_provider(qgis_processing):
    """The plugin's Processing provider, for processing.run("zoning:…")."""
    with zoning_provider_registered() as provider:
        yield provider


@pytest.fixture
def ui_locale():
    """Sets the code QGIS reports for its UI language (None: QGIS follows the system locale);
    puts the settings and the default QLocale back afterwards."""
    keys = ("locale/overrideFlag", "locale/userLocale")
    settings = QgsSettings()
    saved = {key: (settings.contains(key), settings.value(key)) for key in keys}
    saved_default = QLocale()

    def set_code(code, system="C"):
        settings = QgsSettings()
        if code is None:
            settings.setValue("locale/overrideFlag", False)
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/overrideFlag", True)
            settings.setValue("locale/userLocale", code)
        QLocale.setDefault(QLocale(system))

    yield set_code
    settings = QgsSettings()
    for key, (present, value) in saved.items():
        if present:
            settings.setValue(key, value)
        else:
            settings.remove(key)
    QLocale.setDefault(saved_default)

# -- places found in the sample dataset, and the files of a delivery ----------------------------------

def polygon_wkt(points):
    return "POLYGON((" + ", ".join(f"{x:.3f} {y:.3f}" for x, y in list(points) + [points[0]]) + "))"


@pytest.fixture(scope="session")
def half_square(dataset):
    """A 100 m square (EPSG:4551) whose middle line is a straight edge between a 优先保护单元 and a
    unit of another class: half of it lies in each, found in the dataset itself."""
    # The edges as stored (EPSG:4490), their ends in metres: the metric units are densified (an
    # edge straight in EPSG:4490 is a very slightly curved one in metres, docs/overlay-rules.md).
    for record, stored in zip(dataset.units.records, dataset.units.geometries):
        if int(record["unit_class"]) != 1:
            continue
        for polygon in shapely.get_parts(reproject(stored, STORAGE_CRS, METRIC_CRS)):
            coords = np.asarray(polygon.exterior.coords)
            lengths = np.hypot(*(coords[1:] - coords[:-1]).T)
            for i in np.argsort(-lengths)[:3]:
                if lengths[i] < 150:
                    break
                a, b = coords[i], coords[i + 1]
                m, u = (a + b) / 2, (b - a) / lengths[i]
                v = np.array([-u[1], u[0]])
                corners = [m - 50 * u - 50 * v, m + 50 * u - 50 * v, m + 50 * u + 50 * v, m - 50 * u + 50 * v]
                square = shapely.from_wkt(polygon_wkt([tuple(c) for c in corners]))
                hits = dataset.units.hits(square)
                inside = sum(shapely.intersection(dataset.units.metric[h], square).area
                             for h in hits if int(dataset.units.records[h]["unit_class"]) == 1)
                if len(hits) == 2 and abs(inside / square.area - 0.5) < 1e-6:
                    other = next(h for h in hits if dataset.units.records[h]["unit_code"] != record["unit_code"])
                    return square.wkt, record, dataset.units.records[other]
    pytest.fail("no straight edge of a priority unit in the dataset")


@pytest.fixture(scope="session")
def places(dataset):
    """Sites of zoning:screen_project's known answers (issue 7), EPSG:4551 metres: 300 m and 20 m from
    东辽河, and two points far from every river, in and outside the built-up area."""
    lines = dataset.river_lines()
    all_rivers = shapely.union_all(list(lines.values()))
    line = shapely.line_merge(lines["东辽河"])
    others = shapely.union_all([g for n, g in lines.items() if n != "东辽河"])

    def beside(offset):
        for fraction in np.linspace(0.05, 0.95, 37):
            a = shapely.line_interpolate_point(line, fraction, normalized=True)
            b = shapely.line_interpolate_point(line, fraction + 0.0005, normalized=True)
            dx, dy = b.x - a.x, b.y - a.y
            norm = (dx * dx + dy * dy) ** 0.5
            p = shapely.Point(a.x - dy / norm * offset, a.y + dx / norm * offset)
            if abs(shapely.distance(lines["东辽河"], p) - offset) < 0.5 and dataset.city_metric.contains(p) \
                    and shapely.distance(others, p) > offset + 200:
                return p
        pytest.fail(f"no point {offset} m from 东辽河")

    built = shapely.union_all(dataset.built_up.metric)
    minx, miny, maxx, maxy = dataset.city_metric.bounds
    grid = [shapely.Point(x, y) for x in np.arange(minx, maxx, 1500.0) for y in np.arange(miny, maxy, 1500.0)]

    def far(in_built_up):
        for p in grid:
            units = [r for r, g in zip(dataset.units.records, dataset.units.metric) if g.contains(p)]
            if units and units[0]["unit_class"] != 1 and shapely.distance(all_rivers, p) > 2000 \
                    and bool(built.contains(p)) == in_built_up:
                return p
        pytest.fail("no such point")

    return {"river300": beside(300.0), "river20": beside(20.0), "built_up": far(True), "open": far(False)}


@pytest.fixture()
def delivery(tmp_path):
    """A unit delivery as a city sends it (tests/unit/test_import_fixtures.py): the units as a GBK
    shapefile, the lists as .xlsx, rivers and basins as GeoPackages; and an output folder."""
    # imported here: the unpacked plugin's run (test_package.py) copies this file without tests/unit
    from test_import_fixtures import X0, Y0, unit_lists_xlsx, write_gbk_shapefile, write_layer
    folder, out = tmp_path / "delivery", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    rivers = write_layer(folder / "rivers.gpkg", [(f"LINESTRING({X0 + 100} {Y0 + 300},{X0 + 1400} {Y0 + 300})", "东辽河")],
                         ogr.wkbLineString, ("名称",))
    basins = write_layer(folder / "basins.gpkg", [(f"POLYGON(({X0} {Y0},{X0 + 3000} {Y0},{X0 + 3000} {Y0 + 2000},"
                                                   f"{X0} {Y0 + 2000},{X0} {Y0}))", "辽河流域")], ogr.wkbPolygon,
                         ("流域名称",))
    return folder, out, {"units": write_gbk_shapefile(folder), "lists": unit_lists_xlsx(folder / "lists.xlsx"),
                         "rivers": rivers, "basins": basins}


@pytest.fixture(scope="session")
def site(dataset):
    """(CGCS2000 point, its unit code, its GCJ-02 (lon, lat)) where the raw GCJ-02 numbers fall in
    another unit."""
    units = dataset.units
    minx, miny, maxx, maxy = shapely.total_bounds(units.geometries)
    lons, lats = np.meshgrid(np.arange(minx, maxx, 0.005), np.arange(miny, maxy, 0.005))
    points = shapely.points(lons.ravel(), lats.ravel())
    gcj = shapely.points(np.array([wgs84_to_gcj02(p.x, p.y) for p in points]))
    for index, geometry in enumerate(units.geometries):
        inner = shapely.buffer(geometry, -0.001)     # about 100 m: the site lies well inside its unit
        here = shapely.contains(inner, points) & ~shapely.intersects(geometry, gcj)
        for candidate in np.flatnonzero(here):
            if any(g.contains(gcj[candidate]) for g in units.geometries):
                return points[candidate], units.records[index]["unit_code"], (gcj[candidate].x, gcj[candidate].y)
    pytest.fail("no site whose raw GCJ-02 coordinates fall in another unit")
