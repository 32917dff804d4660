"""Run inside a real QGIS (`make screenshot`): install the plugin, load the layers, inspect a point
in the central city, and save the main window as docs/screenshot.png. QGIS quits when done."""
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

ROOT = os.environ.get("ZONING_ROOT", os.getcwd())
OUTPUT = os.environ.get("ZONING_SCREENSHOT", os.path.join(ROOT, "docs", "screenshot.png"))
LON, LAT = float(os.environ.get("ZONING_LON", "125.1450")), float(os.environ.get("ZONING_LAT", "42.9020"))
sys.path.insert(0, ROOT)
state = {}


def step_load():
    import zoning_plugin
    plugin = zoning_plugin.classFactory(iface)
    plugin.initGui()
    state["plugin"] = plugin
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    plugin.load_layers()
    canvas = iface.mapCanvas()
    canvas.setExtent(QgsRectangle(LON - 0.09, LAT - 0.05, LON + 0.09, LAT + 0.05))
    canvas.refresh()
    canvas.setMapTool(plugin.tool)
    plugin.inspect(QgsGeometry.fromPointXY(QgsPointXY(LON, LAT)), QgsCoordinateReferenceSystem("EPSG:4490"),
                   plugin.tr("Clicked point"),
                   [(plugin.tr("Map coordinates"), f"{LON:.6f}, {LAT:.6f} (EPSG:4490)")])
    plugin.dock.setMinimumWidth(560)
    QTimer.singleShot(4000, step_grab)


def step_grab():
    QApplication.processEvents()
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    iface.mainWindow().grab().save(OUTPUT)
    print(f"screenshot saved: {OUTPUT}", flush=True)
    QgsApplication.exit(0)


def guarded(step):
    def run():
        try:
            step()
        except Exception:
            traceback.print_exc()
            QgsApplication.exit(1)
    return run


iface.mainWindow().showMaximized()
QTimer.singleShot(3000, guarded(step_load))
