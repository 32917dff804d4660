"""Run inside a real QGIS (`make screenshot`) where the plugin is installed and enabled: load the
layers, inspect a point in the central city, save the main window as docs/screenshot.png, quit.

ZONING_SCREENSHOT_MODE=first-start shows the panel as a new user first sees it (nothing loaded);
=default-width inspects as above but leaves the panel at the width QGIS opens it with (the main
screenshot widens it to show the requirements)."""
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

ROOT = os.getcwd()
OUTPUT = os.environ.get("ZONING_SCREENSHOT", os.path.join(ROOT, "docs", "screenshot.png"))
MODE = os.environ.get("ZONING_SCREENSHOT_MODE", "")
LON, LAT = float(os.environ.get("ZONING_LON", "125.1450")), float(os.environ.get("ZONING_LAT", "42.9020"))


def step_load():
    import qgis.utils
    plugin = qgis.utils.plugins.get("zoning_plugin")
    if plugin is None:
        raise RuntimeError("the zoning_plugin is not installed and enabled in this QGIS profile")
    print(f"plugin loaded from {sys.modules['zoning_plugin'].__file__}", flush=True)
    if MODE == "first-start":
        plugin.dock.show()
        QTimer.singleShot(3000, guarded(step_grab))
        return
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    plugin.datasets.load_layers()
    canvas = iface.mapCanvas()
    canvas.setMapTool(plugin.tool)
    inspector = plugin.inspector
    inspector.inspect(QgsGeometry.fromPointXY(QgsPointXY(LON, LAT)), QgsCoordinateReferenceSystem("EPSG:4490"),
                      inspector.tr("Clicked point"),
                      [(inspector.tr("Map coordinates"), f"{LON:.6f}, {LAT:.6f} (EPSG:4490)")])
    if MODE != "default-width":
        plugin.dock.setMinimumWidth(620)
    QTimer.singleShot(1500, guarded(step_zoom))


def step_zoom():
    # After QGIS has settled on the project extent, show the central city around the click.
    canvas = iface.mapCanvas()
    canvas.setExtent(QgsRectangle(LON - 0.10, LAT - 0.06, LON + 0.10, LAT + 0.06))
    canvas.refresh()
    QTimer.singleShot(4000, guarded(step_grab))


def step_grab():
    QApplication.processEvents()
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    iface.mainWindow().grab().save(OUTPUT)
    print(f"screenshot saved: {OUTPUT}", flush=True)
    # Quit as a user does (Project › Exit, nothing to save): QGIS 3.40 dies on signal 11 after
    # QgsApplication.exit() once any GeoPackage layer is loaded, with or without this plugin.
    QgsProject.instance().setDirty(False)
    iface.actionExit().trigger()


def guarded(step):
    def run():
        try:
            step()
        except Exception:
            traceback.print_exc()
            QgsApplication.exit(1)
    return run


iface.mainWindow().resize(1600, 1000)
iface.mainWindow().show()
QTimer.singleShot(3000, guarded(step_load))
