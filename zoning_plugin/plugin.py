"""QGIS plugin shell: actions, menu, toolbar, dock, map tool, locator. Logic lives in core/ and gui/."""
import os
import traceback

from qgis.core import (Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsGeometry, QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog

from zoning_plugin.core import ZoningError, open_dataset
from zoning_plugin.toolbelt.settings import ZoningSettings
from zoning_plugin.toolbelt.geometry import crs_text, storage_crs, to_qgs, to_shapely
from zoning_plugin.toolbelt.log import guarded, log, log_tag

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))


class ZoningPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.actions = []
        self.toolbar = None
        self.dock = None
        self.tool = None
        self.locator = None
        self.highlight = None
        self.provider = None
        self.doubts = None
        self._busy = False
        self._project_signals = []
        self.translator = self._install_translator()
        self.menu_name = self.tr("&Ecological zoning control")

    def tr(self, message):
        return QCoreApplication.translate("ZoningPlugin", message)

    def _install_translator(self):
        from zoning_plugin.gui.language import qgis_ui_locale, translation_for
        path = os.path.join(PLUGIN_DIR, "i18n", f"zoning_plugin_{translation_for(qgis_ui_locale())}.qm")
        translator = QTranslator()
        if os.path.isfile(path) and translator.load(path):
            QCoreApplication.installTranslator(translator)
            return translator
        return None

    # -- lifecycle ---------------------------------------------------------------------------
    def _add_action(self, object_name, text, slot, icon=None, checkable=False, toolbar=True):
        icon = icon or QIcon(os.path.join(PLUGIN_DIR, "resources", "icons", "zoning.svg"))
        action = QAction(icon, text, self.iface.mainWindow())
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
        from zoning_plugin.gui.dock import ZoningInspectorDock
        from zoning_plugin.gui.highlight import ResultHighlight
        from zoning_plugin.gui.locator import ZoningLocatorFilter
        from zoning_plugin.gui.maptool import ZoningInspectTool

        canvas = self.iface.mapCanvas()
        self.toolbar = self.iface.addToolBar(self.tr("Ecological zoning control"))
        self.toolbar.setObjectName("ZoningToolbar")
        self.load_action = self._add_action("zoning_load_layers", self.tr("Load zoning layers"),
                                            self.load_layers)
        self.inspect_action = self._add_action(
            "zoning_inspect_tool", self.tr("Inspect: what applies here?"), self.activate_tool,
            QIcon(os.path.join(PLUGIN_DIR, "resources", "icons", "inspect.svg")), checkable=True)
        self.panel_action = self._add_action("zoning_toggle_panel", self.tr("Show/hide the inspector panel"),
                                             self.toggle_panel, QgsApplication.getThemeIcon("mActionShowAllLayers.svg"),
                                             checkable=True)
        self.settings_action = self._add_action("zoning_settings", self.tr("Settings…"), self.open_settings,
                                                QgsApplication.getThemeIcon("mActionOptions.svg"),
                                                toolbar=False)
        self.import_action = self._add_action("zoning_import", self.tr("Import official data…"), self.open_import,
                                              QgsApplication.getThemeIcon("mActionAddOgrLayer.svg"), toolbar=False)
        self.dock = ZoningInspectorDock(self.iface.mainWindow(), report_error=self.report_error)
        self.dock.inspectSelectedRequested.connect(self.inspect_selected)
        self.dock.landFileRequested.connect(self.inspect_land_file)
        self.dock.zoomToUnitRequested.connect(self.zoom_to_unit)
        self.dock.entryShown.connect(self._highlight_entry)
        self.dock.siteReportRequested.connect(self.site_report)
        self.dock.gotoRequested.connect(self.goto_coordinates)
        self.dock.loadLayersRequested.connect(self.load_layers)
        self.dock.visibilityChanged.connect(self.panel_action.setChecked)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.tool = ZoningInspectTool(canvas, report_error=self.report_error)
        self.tool.setAction(self.inspect_action)
        self.tool.clicked.connect(self.on_clicked)
        self.dock.point_action.setChecked(self.tool.point_mode)
        self.dock.point_action.toggled.connect(self.tool.set_point_mode)
        self.highlight = ResultHighlight(canvas)
        self.locator = ZoningLocatorFilter(self.dataset_or_none, self.on_locator)
        self.iface.registerLocatorFilter(self.locator)
        from zoning_plugin.gui.doubts_dialog import DoubtsController
        self.doubts = DoubtsController(self.dock, self.report_error, self._zoom_to_geometry, self.dataset_or_none)
        from zoning_plugin.gui.expressions import register_functions
        register_functions(self.dataset)   # the field calculator's zoning_* functions
        project = QgsProject.instance()
        self._project_signals = [project.layersAdded, project.layersRemoved, project.cleared, project.readProject]
        for signal in self._project_signals:
            signal.connect(self._update_first_start)
        self._update_first_start()

    def unload(self):
        from zoning_plugin.gui.expressions import unregister_functions
        unregister_functions()
        for signal in self._project_signals:
            signal.disconnect(self._update_first_start)
        self._project_signals = []
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
        self.doubts = None   # a child of the panel, deleted with it
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

    # -- helpers -------------------------------------------------------------------------------
    def report_error(self, message, level=Qgis.Warning):
        log(message, level)
        self.iface.messageBar().pushMessage(log_tag(), message, level, 8)

    def dataset(self):
        settings = ZoningSettings.load()
        return open_dataset(settings.dataset_path or None, buffers_in_all_basins=settings.buffers_in_all_basins)

    def dataset_or_none(self):
        try:
            return self.dataset()
        except Exception:  # the locator asks from a worker thread: no dataset means no results
            return None

    def layers_loaded(self):
        """Whether the zoning layers of the current dataset are in the project."""
        from zoning_plugin.gui.layers import find_group
        dataset = self.dataset_or_none()
        group = find_group(QgsProject.instance(), dataset.path) if dataset is not None else None
        return group is not None and bool(group.findLayers())

    @guarded
    def _update_first_start(self, *_args):
        if self.dock is not None:
            self.dock.set_layers_loaded(self.layers_loaded())

    def _canvas_crs(self):
        return self.iface.mapCanvas().mapSettings().destinationCrs()

    # -- slots ---------------------------------------------------------------------------------
    @guarded
    def load_layers(self, _checked=False):
        from zoning_plugin.gui.layers import find_group, load_zoning_layers
        if self._busy:
            self.report_error(self.tr("The zoning layers are still loading; please wait."), Qgis.Info)
            return
        self._busy = True
        try:
            settings = ZoningSettings.load()
            dataset = self.dataset()
            first_time = find_group(QgsProject.instance(), dataset.path) is None
            _group, layers = load_zoning_layers(dataset, label_scale=settings.label_scale)
        finally:
            self._busy = False
        if dataset.problems:
            self.report_error(self.tr("The dataset has {0} problem(s), e.g. {1}. Check it with "
                                      "`python -m zoning_plugin.core validate`.").format(
                len(dataset.problems), dataset.problems[0]))
        canvas = self.iface.mapCanvas()
        city = layers.get("counties")
        # Only a group new to the project zooms to the city: loading again keeps the user's view.
        if first_time and city is not None and canvas.mapSettings().destinationCrs().isValid():
            transform = QgsCoordinateTransform(city.crs(), self._canvas_crs(), QgsProject.instance())
            canvas.setExtent(transform.transformBoundingBox(city.extent()))
            canvas.refresh()
        self._update_first_start()

    @guarded
    def activate_tool(self, _checked=False):
        self.iface.mapCanvas().setMapTool(self.tool)
        self.dock.show()

    @guarded
    def toggle_panel(self, checked=False):
        self.dock.setVisible(not self.dock.isVisible())

    @guarded
    def open_settings(self, _checked=False):
        from zoning_plugin.gui.settings_dialog import ZoningSettingsDialog
        dialog = ZoningSettingsDialog(ZoningSettings.load(), self.iface.mainWindow(), refusal=self.dataset_refusal)
        try:
            if dialog.exec():
                self.apply_settings(dialog.settings())
        finally:
            dialog.deleteLater()   # a child of the main window: it would stay there, hidden

    @guarded
    def open_import(self, _checked=False):
        from zoning_plugin.gui.import_dialog import ImportDialog
        dialog = ImportDialog(self.iface.mainWindow(), use_dataset=self.use_imported_dataset)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def use_imported_dataset(self, path):
        """Make an imported dataset the plugin's dataset (as the settings dialog would)."""
        chosen = ZoningSettings.load()
        chosen.dataset_path = path
        return self.apply_settings(chosen)

    @staticmethod
    def dataset_refusal(chosen):
        """Why the dataset of the settings `chosen` cannot be used (one line), or None."""
        try:
            open_dataset(chosen.dataset_path or None, buffers_in_all_basins=chosen.buffers_in_all_basins)
        except ZoningError as error:
            return str(error)
        except Exception as error:      # the dialog's OK must not raise into Qt
            log(traceback.format_exc(), Qgis.Critical)
            return f"{type(error).__name__}: {error}"
        return None

    def apply_settings(self, chosen):
        """Save `chosen` if its dataset opens; True when saved. Loaded layers follow: a new
        dataset replaces the old group, so the map never shows one dataset and inspects another."""
        from zoning_plugin.gui.layers import remove_group
        try:
            dataset = open_dataset(chosen.dataset_path or None, buffers_in_all_basins=chosen.buffers_in_all_basins)
        except ZoningError as error:
            # Keep the settings that work; say why the new dataset was refused.
            self.report_error(self.tr("The dataset cannot be used, settings not changed: {0}").format(error))
            return False
        previous = self.dataset()
        chosen.save()
        if previous.path != dataset.path and remove_group(QgsProject.instance(), previous.path):
            self.load_layers()
        else:
            self.refresh_loaded_layers()
        return True

    def refresh_loaded_layers(self):
        """Apply the current settings to the zoning group if it is in the project."""
        from zoning_plugin.gui.layers import find_group, load_zoning_layers
        dataset = self.dataset()
        if find_group(QgsProject.instance(), dataset.path) is not None:
            load_zoning_layers(dataset, label_scale=ZoningSettings.load().label_scale)

    @guarded
    def on_clicked(self, geometry, crs, layer=None, feature_id=None):
        if layer is not None:
            title = self.tr("Feature {0} of layer “{1}”").format(feature_id, layer.name())
            rows = [(self.tr("Layer"), layer.name())]
        else:
            title = self.tr("Clicked point")
            point = geometry.asPoint()
            rows = [(self.tr("Map coordinates"), f"{point.x():.6f}, {point.y():.6f} ({crs.authid()})")]
        # A click on the map before the layers are loaded may land anywhere (QGIS's empty map):
        # outside the city it gets the offer to load them, not a result about a place no one chose.
        self.inspect(geometry, crs, title, rows, offer_loading=layer is None)

    def inspect(self, geometry, crs, title, rows=(), offer_loading=False):
        """Run the core inspection on a QgsGeometry in `crs` and show it. Returns the result (None
        when nothing is shown; with `offer_loading`, a place outside the city while the zoning
        layers are not loaded shows the offer to load them instead)."""
        if self._busy:
            self.report_error(self.tr("The zoning layers are still loading; please wait."), Qgis.Info)
            return None
        if crs is None or not crs.isValid():
            self.report_error(self.tr("The layer has no coordinate reference system; set one first."))
            return None
        try:
            dataset = self.dataset()
        except ZoningError as error:
            # The dataset was readable when the shown results were made; they may not hold now.
            self.dock.mark_stale(str(error))
            self.report_error(self.tr("The zoning dataset cannot be read: {0}").format(error))
            return None
        result = dataset.inspect(to_shapely(geometry), crs=crs_text(crs))
        if offer_loading and not result.inside and not self.layers_loaded():
            lon, lat = result.location
            self.dock.offer_loading(lon, lat, dataset.city_name)
            self.dock.show()
            return None
        self.dock.show_result(result, dataset, title, rows)
        self.dock.show()
        return result

    @guarded
    def _highlight_entry(self, entry):
        if self.highlight is not None:
            self.highlight.show(entry.result, entry.dataset)

    @guarded
    def site_report(self):
        from zoning_plugin.printing.from_panel import PanelSiteReport
        runner = PanelSiteReport(self.iface.mainWindow(), self.report_error, self.dock.status.setText)
        runner.run(self.dock.current)

    @guarded
    def inspect_selected(self):
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.selectedFeatureCount() == 0:
            self.report_error(self.tr("Select one or more features of a vector layer first."), Qgis.Info)
            return
        geometries = [f.geometry() for f in layer.getSelectedFeatures() if f.hasGeometry()]
        if not geometries:
            self.report_error(self.tr("The selected features have no geometry."), Qgis.Info)
            return
        union = QgsGeometry.unaryUnion(geometries)
        title = self.tr("{0} selected feature(s) of layer “{1}”").format(len(geometries), layer.name())
        self.inspect(union, layer.crs(), title, [(self.tr("Layer"), layer.name())])

    @guarded
    def inspect_land_file(self, path=None):
        """Ask for a land-boundary coordinate file (坐标TXT) and inspect all its parcels together."""
        from zoning_plugin.core.importers.land_txt import read_land_txt
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self.iface.mainWindow(), self.tr("Inspect a coordinate file"), "",
                self.tr("Coordinate files (*.txt *.TXT);;All files (*)"))
            if not path:
                return None
        try:
            land = read_land_txt(path)
        except ZoningError as error:
            self.report_error(self.tr("The coordinate file cannot be read: {0}").format(error))
            return None
        name = os.path.basename(path)
        labels = [str(p.label) for p in land.parcels]
        crs = QgsCoordinateReferenceSystem(land.crs)
        rows = [(self.tr("File"), path), (self.tr("Coordinate system"), f"{land.crs} {crs.description()}"),
                (self.tr("Parcels"), self.tr(", ").join(labels[:20]) + ("…" if len(labels) > 20 else ""))]
        rows += [(self.tr("Warning"), warning) for warning in land.warnings[:5]]
        title = self.tr("{0}: {1} parcel(s)").format(name, len(land.parcels))
        return self.inspect(to_qgs(land.union()), crs, title, rows)

    def _from_storage(self):
        """EPSG:4490 → the canvas CRS."""
        return QgsCoordinateTransform(storage_crs(), self._canvas_crs(), QgsProject.instance())

    def _zoom_to_geometry(self, geometry_4490):
        canvas = self.iface.mapCanvas()
        minx, miny, maxx, maxy = geometry_4490.bounds
        rect = self._from_storage().transformBoundingBox(QgsRectangle(minx, miny, maxx, maxy))
        rect.scale(1.1)
        canvas.setExtent(rect)
        canvas.refresh()

    @guarded
    def zoom_to_unit(self, dataset, code):
        index = dataset.unit_index(code)
        if index is not None:
            self._zoom_to_geometry(dataset.units.geometries[index])

    @guarded
    def on_locator(self, data):
        kind = data[0]
        dataset = self.dataset()
        if kind == "unit":
            index = dataset.unit_index(data[1])
            if index is None:
                return
            record = dataset.units.records[index]
            geometry = dataset.units.geometries[index]
            self._zoom_to_geometry(geometry)
            self.inspect(to_qgs(geometry), storage_crs(), f"{record['unit_code']} {record['unit_name']}")
        elif kind == "coords":
            self.goto_coordinates(data[1], data[2], data[3])
        elif kind == "error":
            self.report_error(data[1], Qgis.Info)

    @guarded
    def goto_coordinates(self, text, system="cgcs2000", zone=None):
        """Coordinates typed in the panel or the locator, in `system` (core.coords.SYSTEMS): centre
        the map there and inspect the point, with rows saying how the text was read."""
        from zoning_plugin.core.coords import dataset_zone, parse_coordinates
        from zoning_plugin.gui.locator import GivenCoordinates
        parsed = parse_coordinates(text, system, zone=zone, default_zone=dataset_zone(self.dataset()))
        point = QgsPointXY(parsed.lon, parsed.lat)
        canvas = self.iface.mapCanvas()
        canvas.setCenter(self._from_storage().transform(point))
        canvas.refresh()
        given = GivenCoordinates()
        return self.inspect(QgsGeometry.fromPointXY(point), storage_crs(), given.title(parsed), given.rows(parsed))
