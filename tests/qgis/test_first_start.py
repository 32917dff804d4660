"""Issue 17 §6: the first start as a new user meets it: the panel says to load the layers and has
a button that does; a click with the tool on QGIS's empty map (outside the city) before loading
offers to load instead of inspecting a place no one chose; the tool has an icon of its own."""
import os

import shapely
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QLabel, QPushButton

import zoning_plugin
from test_inspector import action, click, interior_point, set_canvas
from zoning_plugin.core import open_dataset
from zoning_plugin.gui.layers import GROUP_PROPERTY


def first_start(plugin):
    box = plugin.dock.first_start
    return box, box.findChild(QLabel, "zoning_first_start_text"), box.findChild(QPushButton, "zoning_first_start_load")


def zoning_groups():
    return [g for g in QgsProject.instance().layerTreeRoot().findGroups(True) if g.customProperty(GROUP_PROPERTY)]


def test_the_panel_says_to_load_the_layers_and_its_button_loads_them(plugin):
    action(plugin, "zoning_toggle_panel").trigger()
    box, text, button = first_start(plugin)
    assert box.isVisible() and "load" in text.text().lower() and button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(zoning_groups()) == 1
    assert not box.isVisible()
    # Removing the group brings the first steps back.
    group = zoning_groups()[0]
    QgsProject.instance().removeMapLayers([layer.layerId() for layer in group.findLayers()])
    group.parent().removeChildNode(group)
    assert box.isVisible()


def test_a_click_outside_the_city_before_loading_offers_to_load_instead(plugin, completed_iface, iface_recorder):
    canvas = completed_iface.mapCanvas()
    centre = set_canvas(canvas, "EPSG:4326", shapely.Point(49.0, -13.0))    # where QGIS's empty map sends it
    click(plugin, canvas, centre)
    assert plugin.dock.current is None                      # no "outside the city" result
    box, text, button = first_start(plugin)
    assert plugin.dock.isVisible() and box.isVisible()
    assert "49.0000°E 13.0000°S" in text.text() and "辽源市" in text.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(zoning_groups()) == 1
    # Loaded, the same click is inspected and says it is outside the city.
    set_canvas(canvas, "EPSG:4326", shapely.Point(49.0, -13.0))
    click(plugin, canvas, centre)
    assert plugin.dock.current is not None and not plugin.dock.current.result.inside


def test_a_click_in_the_city_before_loading_is_inspected(plugin, completed_iface):
    dataset = open_dataset()
    canvas = completed_iface.mapCanvas()
    click(plugin, canvas, set_canvas(canvas, "EPSG:4490", interior_point(dataset, 5)))
    assert plugin.dock.current is not None and plugin.dock.current.result.inside


def test_the_inspect_tool_has_an_icon_of_its_own(plugin):
    tool = action(plugin, "zoning_inspect_tool")
    ours = tool.icon().pixmap(32, 32).toImage().convertToFormat(QImage.Format_ARGB32)
    identify = QgsApplication.getThemeIcon("mActionIdentify.svg").pixmap(32, 32).toImage().convertToFormat(
        QImage.Format_ARGB32)
    assert not ours.isNull() and ours != identify
    assert os.path.isfile(os.path.join(os.path.dirname(zoning_plugin.__file__), "resources", "icons", "inspect.svg"))
    # drawn, not empty: the pin's blue is on it
    colours = {ours.pixelColor(QPoint(x, y)).name() for x in range(32) for y in range(32)}
    assert "#1565c0" in colours
