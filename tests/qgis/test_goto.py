"""Going to coordinates copied from web maps, as a user does it: the panel's field and its system
combo box (typed, Enter), and the locator (Ctrl+K) through its model bridge and its widget. The site is one where
reading GCJ-02 as if it were CGCS2000 lands in another control unit, so only a real conversion
gives the right unit."""
import os

import numpy
import pytest
import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsLocatorFilter,
                       QgsLocatorModelBridge, QgsLocatorResult, QgsProject)
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QComboBox, QLineEdit, QTreeView, QWidget
from qgis.gui import QgsLocatorWidget

import zoning_plugin
from test_inspector import dataset, locate, plugin, set_canvas  # noqa: F401 (fixtures)
from zoning_plugin.core.web_datums import wgs84_to_bd09, wgs84_to_gcj02
from zoning_plugin.core.geo import reproject

MARGIN_DEG = 0.001     # about 100 m: the site lies well inside its unit


@pytest.fixture(scope="module")
def site(dataset):  # noqa: F811 (the fixture imported above)
    """(CGCS2000 point, its unit code, its GCJ-02 (lon, lat)) where the raw GCJ-02 numbers fall in
    another unit."""
    units = dataset.units
    minx, miny, maxx, maxy = shapely.total_bounds(units.geometries)
    lons, lats = numpy.meshgrid(numpy.arange(minx, maxx, 0.005), numpy.arange(miny, maxy, 0.005))
    points = shapely.points(lons.ravel(), lats.ravel())
    gcj = shapely.points(numpy.array([wgs84_to_gcj02(p.x, p.y) for p in points]))
    for index, geometry in enumerate(units.geometries):
        inner = shapely.buffer(geometry, -MARGIN_DEG)
        here = shapely.contains(inner, points) & ~shapely.intersects(geometry, gcj)
        for candidate in numpy.flatnonzero(here):
            if any(g.contains(gcj[candidate]) for g in units.geometries):
                return points[candidate], units.records[index]["unit_code"], (gcj[candidate].x, gcj[candidate].y)
    pytest.fail("no site whose raw GCJ-02 coordinates fall in another unit")


def type_into_panel(plugin, text, system):  # noqa: F811
    dock = plugin.dock
    dock.show()
    edit = dock.findChild(QLineEdit, "zoning_goto")
    combo = dock.findChild(QComboBox, "zoning_goto_system")
    assert edit is not None and combo is not None
    combo.setCurrentIndex(combo.findData(system))
    edit.clear()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key_Return)
    return dock.current


def rows(entry):
    return dict(entry.extra_rows)


def test_gcj02_typed_in_the_panel_lands_in_the_right_unit(plugin, site):  # noqa: F811
    point, code, (lon, lat) = site
    canvas = plugin.iface.mapCanvas()
    set_canvas(canvas, "EPSG:4551", shapely.Point(125.0, 42.6))     # elsewhere, in metres
    entry = type_into_panel(plugin, f"{lon:.7f},{lat:.7f}", "gcj02")
    assert entry is not None and [u["code"] for u in entry.result.units] == [code]
    assert entry.result.location == pytest.approx((point.x, point.y), abs=2e-7)
    given = rows(entry)["Coordinates"]
    assert given.startswith("Given in GCJ-02 (高德, 腾讯)") and "converted to CGCS2000" in given
    assert "Given in GCJ-02" in plugin.dock.browser.toPlainText()
    to_storage = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(),
                                        QgsCoordinateReferenceSystem("EPSG:4490"), QgsProject.instance())
    centre = to_storage.transform(canvas.center())
    assert (centre.x(), centre.y()) == pytest.approx((point.x, point.y), abs=1e-5)   # the map went there
    # The same numbers as CGCS2000 are another place, in another unit: the conversion mattered.
    raw = type_into_panel(plugin, f"{lon:.7f},{lat:.7f}", "cgcs2000")
    assert code not in [u["code"] for u in raw.result.units]
    assert rows(raw)["Coordinates"].startswith("Given in CGCS2000")


def test_baidu_swapped_and_gauss_kruger_in_the_panel(plugin, site, dataset):  # noqa: F811
    point, code, _gcj = site
    bd_lon, bd_lat = wgs84_to_bd09(point.x, point.y)
    entry = type_into_panel(plugin, f"{bd_lat:.7f}, {bd_lon:.7f}", "bd09")
    assert [u["code"] for u in entry.result.units] == [code]
    assert "BD-09" in rows(entry)["Coordinates"] and "Latitude came first" in rows(entry)["Order"]
    gk = reproject(point, "EPSG:4490", "EPSG:4551")
    entry = type_into_panel(plugin, f"{gk.y:.2f}, {gk.x:.2f}", "gk")        # northing, easting, no zone prefix
    assert [u["code"] for u in entry.result.units] == [code]
    assert "zone 42" in rows(entry)["Coordinates"] and "zone of the dataset" in rows(entry)["Coordinates"]
    entry = type_into_panel(plugin, f"{gk.y:.2f} 42{gk.x:.2f}", "cgcs2000")   # with the prefix
    assert [u["code"] for u in entry.result.units] == [code] and "EPSG:4530" in rows(entry)["Coordinates"]


def test_bad_text_and_outside_china_are_told(plugin, iface_recorder):  # noqa: F811
    before = plugin.dock.current
    iface_recorder.messages.clear()
    assert type_into_panel(plugin, "125.1 north", "gcj02") is before      # nothing new shown
    assert any("unrecognised coordinates" in str(m) for m in iface_recorder.messages)
    entry = type_into_panel(plugin, "-104.9903, 39.7392", "gcj02")
    assert not entry.result.inside
    assert "has no offset" in rows(entry)["Note"] and entry.result.location == pytest.approx((-104.9903, 39.7392))


def test_locator_with_a_system_word(plugin, site, iface_recorder):  # noqa: F811
    point, code, (lon, lat) = site
    (registered,) = iface_recorder.locator_filters
    bridge = QgsLocatorModelBridge()
    bridge.locator().registerFilter(registered)
    found = locate(bridge, f"gcj {lon:.7f},{lat:.7f}")
    assert len(found) == 1
    (title,) = found
    assert title == f"Go to {point.x:.6f}, {point.y:.6f} and inspect"
    bridge.triggerResult(found[title])
    entry = plugin.dock.current
    assert [u["code"] for u in entry.result.units] == [code]
    assert rows(entry)["Coordinates"].startswith("Given in GCJ-02")
    found = locate(bridge, f"zon {lat:.7f} {lon:.7f} 高德")        # suffix and swapped order
    bridge.triggerResult(next(iter(found.values())))
    assert [u["code"] for u in plugin.dock.current.result.units] == [code]
    assert "Order" in rows(plugin.dock.current)
    found = locate(bridge, "bd 125.1")
    assert len(found) == 1 and next(iter(found)).startswith("Cannot read the coordinates: unrecognised coordinates")
    iface_recorder.messages.clear()
    bridge.triggerResult(next(iter(found.values())))
    assert any("two numbers needed" in str(m) for m in iface_recorder.messages)


def test_locator_widget_typed_and_enter(plugin, site, iface_recorder, qtbot):  # noqa: F811
    """Ctrl+K as the user has it: QGIS's locator widget, the text typed into its field, Enter on the
    first result (the path on which 3.40's missing QgsLocatorResult.getUserData threw)."""
    point, code, (lon, lat) = site
    (registered,) = iface_recorder.locator_filters
    window = QWidget()             # the widget puts its results list on its window, as in QGIS
    qtbot.addWidget(window)
    widget = QgsLocatorWidget(window)
    widget.locator().registerFilter(registered)
    window.show()
    edit = widget.findChild(QLineEdit)
    assert edit is not None
    before = plugin.dock.current
    edit.setFocus()
    QTest.keyClicks(edit, f"gcj {lon:.7f},{lat:.7f}")
    title = f"Go to {point.x:.6f}, {point.y:.6f} and inspect"
    (view,) = [v for v in window.findChildren(QTreeView) if not widget.isAncestorOf(v)]
    model = view.model()
    qtbot.waitUntil(lambda: any(model.index(row, 0).data() == title for row in range(model.rowCount())),
                    timeout=10000)
    QTest.keyClick(edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: plugin.dock.current is not before, timeout=10000)
    assert [u["code"] for u in plugin.dock.current.result.units] == [code]
    assert rows(plugin.dock.current)["Coordinates"].startswith("Given in GCJ-02")
    widget.locator().deregisterFilter(registered)


class GotoStandIn(QgsLocatorFilter):
    """Stands in for QGIS's own "Go to Coordinate" filter, which the QGIS application registers and
    a test's QGIS lacks (src/app/locator/qgsgotolocatorfilter.h: priority Medium, its name in the UI
    language, "前往坐标" in Chinese): a row for any text, as QGIS offers one for coordinates;
    choosing it only pans, recorded here."""

    def __init__(self, display_name, triggered):
        super().__init__()
        self.display_name, self.triggered = display_name, triggered

    def clone(self):
        return GotoStandIn(self.display_name, self.triggered)

    def name(self):
        return "goto"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.display_name

    def priority(self):
        return QgsLocatorFilter.Medium

    def flags(self):
        return QgsLocatorFilter.FlagFast

    def fetchResults(self, string, context, feedback):  # noqa: N802 (QGIS API)
        result = QgsLocatorResult(self, f"Go to {string}", "goto")
        result.score = 1.0
        self.resultFetched.emit(result)

    def triggerResult(self, result):  # noqa: N802 (QGIS API)
        self.triggered.append(result.displayString)


@pytest.fixture(params=["en", "zh"])
def ui_language(request):
    """The plugin's strings in English (no translator) or Chinese (its zh_CN translation), and the
    name QGIS gives its own go-to filter in that language."""
    translator = QTranslator()
    if request.param == "zh":
        assert translator.load(os.path.join(os.path.dirname(zoning_plugin.__file__), "i18n", "zoning_plugin_zh_CN.qm"))
        QCoreApplication.installTranslator(translator)
    yield {"en": "Go to Coordinate", "zh": "前往坐标"}[request.param]
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("order", ["lon,lat", "lat,lon", "gauss-kruger"])
def test_typed_coordinates_and_enter_inspect_above_qgiss_own_go_to_row(plugin, site, iface_recorder, qtbot,  # noqa: F811
                                                                        ui_language, order):
    """Issue 17 §1: in every UI language our row sorts above QGIS's "Go to Coordinate" (in Chinese
    its name sorted first), so Enter on typed coordinates inspects, swapped or in Gauss-Krüger
    metres too, instead of panning to where QGIS reads them."""
    point, code, _gcj = site
    text = {"lon,lat": f"{point.x:.7f},{point.y:.7f}", "lat,lon": f"{point.y:.7f},{point.x:.7f}"}.get(order)
    if text is None:
        gk = reproject(point, "EPSG:4490", "EPSG:4530")     # CGCS2000 3-degree zone 42, the zone in the easting
        text = f"{gk.y:.2f},{gk.x:.2f}"                       # northing first, as surveys write it
    (registered,) = iface_recorder.locator_filters
    triggered = []
    window = QWidget()
    qtbot.addWidget(window)
    widget = QgsLocatorWidget(window)
    widget.locator().registerFilter(registered)
    goto = GotoStandIn(ui_language, triggered)     # held here: the locator clones it for each search
    widget.locator().registerFilter(goto)
    window.show()
    edit = widget.findChild(QLineEdit)
    before = plugin.dock.current
    edit.setFocus()
    QTest.keyClicks(edit, text)
    (view,) = [v for v in window.findChildren(QTreeView) if not widget.isAncestorOf(v)]
    model = view.model()

    def titles():
        return [model.index(row, 0).data() for row in range(model.rowCount())]
    # both groups are there, each a header and its row: ours (its name in the UI language) above QGIS's
    qtbot.waitUntil(lambda: f"Go to {text}" in titles() and len(titles()) >= 4, timeout=10000)
    shown = titles()
    assert shown.index(registered.displayName()) < shown.index(ui_language) < shown.index(f"Go to {text}")
    QTest.keyClick(edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: plugin.dock.current is not before, timeout=10000)
    assert triggered == []
    assert [u["code"] for u in plugin.dock.current.result.units] == [code]
    for candidate in list(widget.locator().filters()):
        widget.locator().deregisterFilter(candidate)
