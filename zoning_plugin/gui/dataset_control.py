"""The datasets the user chose and their layers in the project: "Load zoning layers", the settings and
import dialogs that change the dataset (the loaded group follows it, so the map never shows one
dataset while the panel inspects another), the datasets listed side by side (each its own group;
the panel's switch of the active one), and the panel's first steps, shown while the layers are
not loaded. The plugin creates one in initGui and closes it in unload."""
import traceback

from qgis.core import Qgis, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from zoning_plugin.core import ZoningError
from zoning_plugin.gui.dataset_list import listed_rows
from zoning_plugin.gui.layers import GROUP_PROPERTY, find_group, load_zoning_layers, remove_group
from zoning_plugin.toolbelt.dataset import user_dataset, user_dataset_or_none
from zoning_plugin.toolbelt.log import guarded, log
from zoning_plugin.toolbelt.settings import ZoningSettings


class DatasetControl:
    def __init__(self, iface, dock, report_error):  # noqa: QGS105 (the iface QGIS gave the plugin)
        """`report_error(message, level)` tells the user (the plugin's message bar)."""
        self.iface = iface
        self.dock = dock
        self.report_error = report_error
        self.busy = False   # while the layers load: an inspection asked for then is told to wait
        project = QgsProject.instance()
        self._project_signals = [project.layersAdded, project.layersRemoved, project.cleared, project.readProject]
        for signal in self._project_signals:
            signal.connect(self.update_first_start)
        dock.loadLayersRequested.connect(self.load_layers)
        dock.dataset_choice.chosen.connect(self.switch_to)
        self.update_first_start()
        self.show_listed()

    def tr(self, message):
        return QCoreApplication.translate("DatasetControl", message)

    def close(self):
        """Stop following the project (the plugin's unload)."""
        for signal in self._project_signals:
            signal.disconnect(self.update_first_start)
        self._project_signals = []

    def layers_loaded(self):
        """Whether the zoning layers of the current dataset are in the project."""
        dataset = user_dataset_or_none()
        group = find_group(QgsProject.instance(), dataset.path) if dataset is not None else None
        return group is not None and bool(group.findLayers())

    @guarded
    def update_first_start(self, *_args):
        self.dock.set_layers_loaded(self.layers_loaded())

    def wait_message(self):
        """While the layers load: say so (Info) and True; else False."""
        if self.busy:
            self.report_error(self.tr("The zoning layers are still loading; please wait."), Qgis.Info)
        return self.busy

    @guarded
    def load_layers(self, _checked=False):
        if self.wait_message():
            return
        self.busy = True
        try:
            settings = ZoningSettings.load()
            dataset = user_dataset(settings=settings)
            first_time = find_group(QgsProject.instance(), dataset.path) is None
            _group, layers = load_zoning_layers(dataset, label_scale=settings.label_scale)
        finally:
            self.busy = False
        if dataset.problems:
            self.report_error(self.tr("The dataset has {0} problem(s), e.g. {1}. Check it with "
                                      "`python -m zoning_plugin.core validate`.").format(
                len(dataset.problems), dataset.problems[0]), Qgis.Warning)
        canvas = self.iface.mapCanvas()
        city = layers.get("counties")
        canvas_crs = canvas.mapSettings().destinationCrs()
        # Only a group new to the project zooms to the city: loading again keeps the user's view.
        if first_time and city is not None and canvas_crs.isValid():
            transform = QgsCoordinateTransform(city.crs(), canvas_crs, QgsProject.instance())
            canvas.setExtent(transform.transformBoundingBox(city.extent()))
            canvas.refresh()
        self.update_first_start()

    @guarded
    def open_settings(self, _checked=False):
        from zoning_plugin.gui.settings_dialog import ZoningSettingsDialog
        dialog = ZoningSettingsDialog(ZoningSettings.load(), self.iface.mainWindow(), refusal=self.dataset_refusal)
        try:
            if dialog.exec():
                self.apply_settings(dialog.settings())
        finally:
            dialog.deleteLater()   # a child of the main window: it would stay there, hidden

    # -- several datasets side by side (issue 20 §1) ----------------------------------------------
    def show_listed(self):
        """The panel's switch lists the settings' datasets, the active one chosen."""
        self.dock.dataset_choice.show_rows(listed_rows(ZoningSettings.load()))

    @guarded
    def switch_to(self, index):
        """Make the listed dataset `index` (ZoningSettings.entries()) the active one."""
        self.apply_settings(ZoningSettings.load().make_active(index))
        self.show_listed()

    def other_datasets(self):
        """The listed datasets beside the active one, opened, in the order listed; one that does not
        open is left out (the settings dialog and the switch say why) and logged."""
        settings = ZoningSettings.load()
        opened = []
        for row in listed_rows(settings, others_only=True):     # every click: the active one is the caller's
            if row.dataset is None:
                log(self.tr("Listed dataset not asked: {0}").format(row.text()), Qgis.Warning)
            else:
                opened.append(row.dataset)
        return opened

    @guarded
    def load_all_layers(self, _checked=False):
        """Load the layers of every listed dataset, each its own group, the active one on top."""
        if self.wait_message():
            return
        settings = ZoningSettings.load()
        for row in listed_rows(settings, others_only=True)[::-1]:      # the active one: load_layers()
            if row.dataset is None:
                self.report_error(row.text(), Qgis.Warning)
                continue
            self.busy = True
            try:
                load_zoning_layers(row.dataset, label_scale=settings.label_scale)
            finally:
                self.busy = False
        self.load_layers()

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
        chosen.pg_connection = chosen.pg_schema = ""   # the imported file, not a PostGIS dataset
        return self.apply_settings(chosen)

    @staticmethod
    def dataset_refusal(chosen):
        """Why the dataset of the settings `chosen` cannot be used (one line), or None."""
        try:
            user_dataset(settings=chosen)
        except ZoningError as error:
            return str(error)
        except Exception as error:      # the dialog's OK must not raise into Qt
            log(traceback.format_exc(), Qgis.Critical)
            return f"{type(error).__name__}: {error}"
        return None

    def apply_settings(self, chosen):
        """Save `chosen` if its dataset opens; True when saved. Loaded layers follow: a new
        dataset replaces the old group."""
        try:
            dataset = user_dataset(settings=chosen)
        except ZoningError as error:
            # Keep the settings that work; say why the new dataset was refused.
            self.report_error(self.tr("The dataset cannot be used, settings not changed: {0}").format(error),
                              Qgis.Warning)
            return False
        previous = user_dataset_or_none()    # None when the dataset being replaced no longer opens
        project = QgsProject.instance()
        shown = previous is not None and find_group(project, previous.path) is not None
        chosen.save()
        listed = set(chosen.dataset_paths())
        # A dataset no longer listed leaves the project; one still listed keeps its group.
        for group in project.layerTreeRoot().findGroups(True):
            path = group.customProperty(GROUP_PROPERTY)
            if path and path not in listed:
                remove_group(project, path)
        if shown and previous.path != dataset.path and find_group(project, dataset.path) is None:
            self.load_layers()    # the map shows the dataset the panel inspects
        else:
            self.refresh_loaded_layers()
        self.show_listed()
        self.update_first_start()
        return True

    def refresh_loaded_layers(self):
        """Apply the current settings to the loaded group of every listed dataset."""
        settings = ZoningSettings.load()
        project = QgsProject.instance()
        for row in listed_rows(settings):
            if row.dataset is not None and find_group(project, row.dataset.path) is not None:
                load_zoning_layers(row.dataset, label_scale=settings.label_scale)
