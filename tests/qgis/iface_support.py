"""Completes pytest-qgis 2.1.0's iface stub where plugins need it on QGIS 3.22 and 3.40, and records what a
plugin registers so tests can check that unload() undoes initGui(). Used by conftest.py and by
benchmarks/bench_click.py."""


class IfaceRecorder:
    def __init__(self):
        self.menu_actions = []
        self.toolbar_actions = []
        self.docks = []
        self.map_tool_handlers = []
        self.messages = []
        self.locator_filters = []


def complete_iface(iface, rec):
    from qgis.PyQt.QtCore import Qt

    main_window = iface.mainWindow()

    def remove_menu(name, action):
        rec.menu_actions = [(n, a) for n, a in rec.menu_actions if not (n == name and a is action)]

    def remove_icon(action):
        rec.toolbar_actions = [a for a in rec.toolbar_actions if a is not action]

    def add_dock(area, dock):
        main_window.addDockWidget(Qt.DockWidgetArea(area) if isinstance(area, int) else area, dock)
        rec.docks.append(dock)

    def remove_dock(dock):
        main_window.removeDockWidget(dock)
        rec.docks = [d for d in rec.docks if d is not dock]

    from qgis.core import QgsProject

    def forget_layers(layer_ids):
        # The stub hands the canvas every added layer but never takes removed ones back (real
        # QGIS does, through the layer tree bridge): a removed layer left there is a dangling pointer.
        gone = set(layer_ids)
        keep = [layer for layer in iface._layers if layer.id() not in gone]
        iface._layers = keep
        from qgis.PyQt import sip
        if not sip.isdeleted(iface.mapCanvas()):      # at the session's end QGIS deletes it first
            iface.mapCanvas().setLayers(keep)

    QgsProject.instance().layersWillBeRemoved.connect(forget_layers)
    iface.addPluginToMenu = lambda name, action: rec.menu_actions.append((name, action))
    iface.removePluginMenu = remove_menu
    iface.addToolBarIcon = lambda action: rec.toolbar_actions.append(action)
    iface.removeToolBarIcon = remove_icon
    iface.addDockWidget = add_dock
    iface.removeDockWidget = remove_dock
    iface.registerMapToolHandler = lambda action: rec.map_tool_handlers.append(action)
    iface.unregisterMapToolHandler = lambda action: rec.map_tool_handlers.remove(action)
    iface.messageBar().pushMessage = lambda *args, **kwargs: rec.messages.append(args)
    iface.registerLocatorFilter = lambda f: rec.locator_filters.append(f)
    iface.deregisterLocatorFilter = lambda f: rec.locator_filters.remove(f)
    # QGIS 3.40's processing puts loaded results into the layer tree through iface.layerTreeView()
    # (3.22's did not ask for it): a view of the project's tree, as QGIS's own.
    from qgis.core import QgsLayerTreeModel
    from qgis.gui import QgsLayerTreeView
    view = QgsLayerTreeView(main_window)
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    iface.layerTreeView = lambda: view
    # Processing's own algorithm dialog gives its parameter widgets QGIS's browser model.
    from qgis.gui import QgsBrowserGuiModel
    browser = QgsBrowserGuiModel(main_window)
    iface.browserModel = lambda: browser
    return iface
