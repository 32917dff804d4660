"""pytest-qgis 2.1.0 fixtures, with the iface stub completed where QGIS 3.22 plugins need it."""
import pytest


class _IfaceRecorder:
    """What the plugin registered on iface, so tests can check that unload() undoes initGui()."""

    def __init__(self):
        self.menu_actions = []
        self.toolbar_actions = []
        self.docks = []
        self.map_tool_handlers = []
        self.messages = []
        self.locator_filters = []


@pytest.fixture(scope="session")
def iface_recorder():
    return _IfaceRecorder()


@pytest.fixture(scope="session", autouse=True)
def completed_iface(qgis_iface, iface_recorder):
    from qgis.PyQt.QtCore import Qt

    rec = iface_recorder
    iface = qgis_iface
    main_window = iface.mainWindow()

    def add_menu(name, action):
        rec.menu_actions.append((name, action))

    def remove_menu(name, action):
        rec.menu_actions = [(n, a) for n, a in rec.menu_actions if not (n == name and a is action)]

    def add_icon(action):
        rec.toolbar_actions.append(action)

    def remove_icon(action):
        rec.toolbar_actions = [a for a in rec.toolbar_actions if a is not action]

    def add_dock(area, dock):
        main_window.addDockWidget(Qt.DockWidgetArea(area) if isinstance(area, int) else area, dock)
        rec.docks.append(dock)

    def remove_dock(dock):
        main_window.removeDockWidget(dock)
        rec.docks = [d for d in rec.docks if d is not dock]

    def push_message(*args, **kwargs):
        rec.messages.append(args)

    iface.addPluginToMenu = add_menu
    iface.removePluginMenu = remove_menu
    iface.addToolBarIcon = add_icon
    iface.removeToolBarIcon = remove_icon
    iface.addDockWidget = add_dock
    iface.removeDockWidget = remove_dock
    iface.registerMapToolHandler = lambda action: rec.map_tool_handlers.append(action)
    iface.unregisterMapToolHandler = lambda action: rec.map_tool_handlers.remove(action)
    iface.messageBar().pushMessage = push_message
    iface.registerLocatorFilter = lambda f: rec.locator_filters.append(f)
    iface.deregisterLocatorFilter = lambda f: rec.locator_filters.remove(f)
    iface.addCustomActionForLayerType = lambda *a, **k: None
    return iface
