"""classFactory(iface) → initGui() → unload() on the real QGIS, leaving nothing behind."""
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY
from qgis.gui import QgsRubberBand

import zoning_plugin


def test_class_factory_init_and_unload_leave_nothing(completed_iface, iface_recorder):
    main_window = completed_iface.mainWindow()
    docks_before = set(main_window.findChildren(QDockWidget))
    plugin = zoning_plugin.classFactory(completed_iface)
    plugin.initGui()
    names = {a.objectName() for _menu, a in iface_recorder.menu_actions}
    assert {"zoning_load_layers", "zoning_inspect_tool", "zoning_toggle_panel", "zoning_settings"} <= names
    toolbar = main_window.findChild(QToolBar, "ZoningToolbar")
    assert {a.objectName() for a in toolbar.actions()} >= {"zoning_load_layers", "zoning_inspect_tool"}
    assert len(iface_recorder.locator_filters) == 1
    assert main_window.findChild(QDockWidget, "ZoningInspectorDock") is not None
    assert main_window.findChild(QAction, "zoning_copy_result") is not None
    plugin.inspector.inspect(QgsGeometry.fromPointXY(QgsPointXY(125.145, 42.902)),
                   QgsCoordinateReferenceSystem("EPSG:4490"), "lifecycle")
    scene = completed_iface.mapCanvas().scene()
    assert any(isinstance(item, QgsRubberBand) for item in scene.items())
    plugin.unload()
    assert not any(isinstance(item, QgsRubberBand) for item in scene.items())
    assert iface_recorder.menu_actions == []
    assert main_window.findChild(QToolBar, "ZoningToolbar") is None
    assert iface_recorder.docks == []
    assert iface_recorder.map_tool_handlers == []
    assert iface_recorder.locator_filters == []
    assert completed_iface.mapCanvas().mapTool() is None or \
        completed_iface.mapCanvas().mapTool().__class__.__name__ != "ZoningInspectTool"
    # deleteLater() runs when the event loop handles deferred deletes.
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert set(main_window.findChildren(QDockWidget)) - docks_before == set()
    leftover = [a for a in main_window.findChildren(QAction) if a.objectName().startswith("zoning_")]
    assert leftover == []


def test_loading_the_plugin_prints_nothing_about_proj_data():
    """QGIS calls classFactory, which checks for pyproj before anything imports the core: PROJ's
    data directory must be set by then, or pyproj warns in the venv (it looks under the venv)."""
    import os
    import subprocess
    import sys
    env = {k: v for k, v in os.environ.items() if k not in ("PROJ_DATA", "PROJ_LIB")}
    code = ("import zoning_plugin; assert zoning_plugin.missing_dependency() == ''; "
            "import pyproj; print(pyproj.CRS('EPSG:4551').name)")
    done = subprocess.run([sys.executable, "-W", "always", "-c", code], capture_output=True, text=True,
                          env=env, cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert done.returncode == 0, done.stderr
    assert "CGCS2000" in done.stdout
    assert "PROJ" not in done.stderr, done.stderr


UNLOAD_SCRIPT = """
import sys
from unittest import mock

import qgis.utils
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY
from qgis.gui import QgisInterface, QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow

app = QgsApplication([], True)
app.initQgis()
iface = mock.Mock(spec=QgisInterface)
window = QMainWindow()
iface.mainWindow.return_value = window
iface.mapCanvas.return_value = QgsMapCanvas(window)
qgis.utils.iface = iface
qgis.utils.plugin_paths = [sys.argv[1]]
sys.path.insert(0, sys.argv[1])
qgis.utils.updateAvailablePlugins()
assert qgis.utils.loadPlugin("zoning_plugin") and qgis.utils.startPlugin("zoning_plugin")
plugin = qgis.utils.plugins["zoning_plugin"]
plugin.datasets.load_layers()
plugin.inspector.inspect(QgsGeometry.fromPointXY(QgsPointXY(125.145, 42.902)), QgsCoordinateReferenceSystem("EPSG:4490"), "x")
used = sum(1 for name in sys.modules if name.split(".")[0] == "zoning_plugin")
assert qgis.utils.unloadPlugin("zoning_plugin")
print(used, sorted(name for name in sys.modules if name.split(".")[0] == "zoning_plugin"))
"""


def test_unloading_through_qgis_leaves_no_module_behind():
    """Issue 17 §8: QGIS's own loadPlugin/startPlugin/unloadPlugin (as the plugin manager and
    Plugin Reloader use them) leave no zoning_plugin module in sys.modules, also no package that
    was imported only as the parent of a module (zoning_plugin.gui, …core.importers were)."""
    import os
    import subprocess
    import sys
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    done = subprocess.run([sys.executable, "-c", UNLOAD_SCRIPT, repo], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    used, left = done.stdout.strip().splitlines()[-1].split(" ", 1)
    assert int(used) > 40 and left == "[]", done.stdout
