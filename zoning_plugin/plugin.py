"""The plugin's shell: the translator, the menu and toolbar actions, the panel, the map tool, the
Processing provider, the locator and the expression functions, each wired to the gui/ controller
that does the work: gui/inspector.py (what is inspected and shown), gui/dataset_control.py (the
dataset, its layers, the settings and import dialogs)."""
import os

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from zoning_plugin.core.resource_paths import I18N_DIR, PROVIDER_ICON, RESOURCES_DIR
from zoning_plugin.toolbelt.log import guarded, log, log_tag


class ZoningPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.actions = []
        self.toolbar = self.dock = self.tool = self.highlight = self.locator = self.provider = None
        self.datasets = self.inspector = self.doubts = None
        self.translator = self._install_translator()
        self.menu_name = self.tr("&Ecological zoning control")

    def tr(self, message):
        return QCoreApplication.translate("ZoningPlugin", message)

    def _install_translator(self):
        from zoning_plugin.gui.language import qgis_ui_locale, translation_for
        path = os.path.join(I18N_DIR, f"zoning_plugin_{translation_for(qgis_ui_locale())}.qm")
        translator = QTranslator()
        if os.path.isfile(path) and translator.load(path):
            QCoreApplication.installTranslator(translator)
            return translator
        return None

    def _add_action(self, object_name, text, slot, icon=None, checkable=False, toolbar=True):
        action = QAction(icon or QIcon(PROVIDER_ICON), text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.iface.addPluginToMenu(self.menu_name, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def initProcessing(self):  # noqa: N802 (QGIS API; qgis_process calls it alone, iface None)
        if self.provider is None:
            from zoning_plugin.algorithms.provider import ZoningProvider
            provider = ZoningProvider()
            # addProvider deletes a provider whose id is taken: keep it only when registered.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        from zoning_plugin.gui.dataset_control import DatasetControl
        from zoning_plugin.gui.dock import ZoningInspectorDock
        from zoning_plugin.gui.doubts_dialog import DoubtsController
        from zoning_plugin.gui.expressions import register_functions
        from zoning_plugin.gui.highlight import ResultHighlight
        from zoning_plugin.gui.inspector import Inspector
        from zoning_plugin.gui.locator import ZoningLocatorFilter
        from zoning_plugin.gui.maptool import ZoningInspectTool

        canvas = self.iface.mapCanvas()
        self.dock = ZoningInspectorDock(self.iface.mainWindow(), report_error=self.report_error)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.tool = ZoningInspectTool(canvas, report_error=self.report_error)
        self.dock.point_action.setChecked(self.tool.point_mode)
        self.dock.point_action.toggled.connect(self.tool.set_point_mode)
        self.highlight = ResultHighlight(canvas)
        self.datasets = DatasetControl(self.iface, self.dock, self.report_error)
        self.inspector = Inspector(self.iface, self.dock, self.tool, self.highlight, self.datasets,
                                   self.report_error)
        self.doubts = DoubtsController(self.dock, self.report_error, self.inspector.zoom_to_geometry)
        self.toolbar = self.iface.addToolBar(self.tr("Ecological zoning control"))
        self.toolbar.setObjectName("ZoningToolbar")
        self._add_action("zoning_load_layers", self.tr("Load zoning layers"), self.datasets.load_layers)
        inspect_icon = QIcon(os.path.join(RESOURCES_DIR, "icons", "inspect.svg"))
        inspect_action = self._add_action("zoning_inspect_tool", self.tr("Inspect: what applies here?"),
                                          self.activate_tool, inspect_icon, checkable=True)
        self.tool.setAction(inspect_action)
        panel_action = self._add_action("zoning_toggle_panel", self.tr("Show/hide the inspector panel"),
                                        self.toggle_panel, QgsApplication.getThemeIcon("mActionShowAllLayers.svg"),
                                        checkable=True)
        self.dock.visibilityChanged.connect(panel_action.setChecked)
        self._add_action("zoning_load_all_layers", self.tr("Load the layers of every listed dataset"),
                         self.datasets.load_all_layers, toolbar=False)
        self._add_action("zoning_settings", self.tr("Settings…"), self.datasets.open_settings,
                         QgsApplication.getThemeIcon("mActionOptions.svg"), toolbar=False)
        self._add_action("zoning_import", self.tr("Import official data…"), self.datasets.open_import,
                         QgsApplication.getThemeIcon("mActionAddOgrLayer.svg"), toolbar=False)
        self.locator = ZoningLocatorFilter(self.inspector.on_locator)
        self.iface.registerLocatorFilter(self.locator)
        register_functions()   # the field calculator's zoning_* functions

    def unload(self):
        from zoning_plugin.gui.expressions import unregister_functions
        unregister_functions()
        if self.datasets is not None:
            self.datasets.close()
        self.datasets = self.inspector = self.doubts = None   # the doubts' controller is a child of the panel
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.locator is not None:
            self.iface.deregisterLocatorFilter(self.locator)
            self.locator = None
        if self.highlight is not None:
            self.highlight.clear()
            self.highlight = None
        if self.tool is not None:
            canvas = self.iface.mapCanvas()
            if canvas.mapTool() is self.tool:
                canvas.unsetMapTool(self.tool)
            self.tool.deleteLater()
            self.tool = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            # Out of the main window's tree now, so findChild() never returns a dead panel.
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name, action)
            action.setObjectName("")
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    def report_error(self, message, level=Qgis.Warning):
        """Tell the user: the message bar, and the log."""
        log(message, level)
        self.iface.messageBar().pushMessage(log_tag(), message, level, 8)

    @guarded
    def activate_tool(self, _checked=False):
        self.iface.mapCanvas().setMapTool(self.tool)
        self.dock.show()

    @guarded
    def toggle_panel(self, _checked=False):
        self.dock.setVisible(not self.dock.isVisible())
