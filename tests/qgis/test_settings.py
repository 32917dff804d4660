"""The plugin's settings as a user's QGIS profile holds them: a profile written before the option
of buffers in all basins was renamed (its key was zoning_plugin/songhua_buffers) opens with the
option on, and saving moves it to the new key; a new dataset can be chosen when the one it
replaces no longer opens."""
import shutil

import pytest
from qgis.core import QgsProject, QgsSettings

import zoning_plugin
from test_inspector import action, run_settings_dialog
from zoning_plugin.core import SAMPLE_DATASET_PATH
from zoning_plugin.gui.layers import DERIVED_BUFFERS_KEY, GROUP_PROPERTY
from zoning_plugin.toolbelt.dataset import user_dataset
from zoning_plugin.toolbelt.settings import ZoningSettings

PREFIX = "zoning_plugin/"
NEW_KEY, OLD_KEY = PREFIX + "buffers_in_all_basins", PREFIX + "songhua_buffers"


@pytest.fixture()
def profile():
    """The test profile's settings of the plugin, put back as they were afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in settings.allKeys() if key.startswith(PREFIX)}
    yield settings
    for key in [key for key in settings.allKeys() if key.startswith(PREFIX)]:
        settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)


def start_plugin():
    from qgis.utils import iface
    QgsProject.instance().clear()
    plugin = zoning_plugin.classFactory(iface)
    plugin.initGui()
    return plugin


def stop_plugin(plugin):
    plugin.unload()
    QgsProject.instance().clear()


def zoning_layers():
    groups = [g for g in QgsProject.instance().layerTreeRoot().findGroups(True) if g.customProperty(GROUP_PROPERTY)]
    assert len(groups) == 1
    return {node.layer().customProperty("zoning_plugin/layer"): node.layer() for node in groups[0].findLayers()}


def test_a_profile_with_only_the_old_key_opens_with_the_buffers_in_all_basins(profile, completed_iface):
    for key in [key for key in profile.allKeys() if key.startswith(PREFIX)]:
        profile.remove(key)
    profile.setValue(OLD_KEY, True)
    profile.sync()
    assert profile.value(NEW_KEY) is None
    plugin = start_plugin()
    try:
        assert ZoningSettings.load().buffers_in_all_basins
        assert user_dataset().derived_buffers()      # the panel's and the algorithms' dataset
        action(plugin, "zoning_load_layers").trigger()
        assert zoning_layers()[DERIVED_BUFFERS_KEY].featureCount() == 4
        shown = []
        run_settings_dialog(plugin, lambda dialog: shown.append(dialog.other_basins_check.isChecked()))
        assert shown == [True]
        # Saved by OK: the option is under its new key, the old one is gone.
        assert profile.value(NEW_KEY, False, type=bool) and profile.value(OLD_KEY) is None
        run_settings_dialog(plugin, lambda dialog: dialog.other_basins_check.setChecked(False))
        assert not ZoningSettings.load().buffers_in_all_basins
        assert DERIVED_BUFFERS_KEY not in zoning_layers()
    finally:
        stop_plugin(plugin)


def test_a_new_dataset_can_be_chosen_when_the_one_it_replaces_no_longer_opens(profile, completed_iface,
                                                                               iface_recorder, tmp_path):
    copy = tmp_path / "official.gpkg"
    shutil.copy(SAMPLE_DATASET_PATH, copy)
    ZoningSettings(dataset_path=str(tmp_path / "moved away.gpkg")).save()
    plugin = start_plugin()
    try:
        iface_recorder.messages.clear()
        run_settings_dialog(plugin, lambda dialog: dialog.dataset_widget.setFilePath(str(copy)))
        assert ZoningSettings.load().dataset_path == str(copy) and iface_recorder.messages == []
        action(plugin, "zoning_load_layers").trigger()
        assert {layer.source().split("|")[0] for layer in zoning_layers().values()
                if layer.providerType() == "ogr"} == {str(copy)}
    finally:
        stop_plugin(plugin)


def test_the_list_of_other_datasets_survives_saving_and_the_settings_dialog(profile, completed_iface, tmp_path):
    other = str(tmp_path / "邻市 zoning.gpkg")
    ZoningSettings(dataset_path="", other_datasets=[{"path": other}, {"path": other},
                                                     {"pg_connection": "bureau", "pg_schema": "zoning"}]).save()
    loaded = ZoningSettings.load()
    sources = loaded.all_sources()
    assert sources[0] is None and sources[1] == other and len(sources) == 3     # the repeat once
    assert (sources[2].connection, sources[2].schema) == ("bureau", "zoning")
    # the settings dialog lists them all (the repeat once, the file that does not exist with its reason):
    # OK keeps them
    from zoning_plugin.gui.settings_dialog import ZoningSettingsDialog
    dialog = ZoningSettingsDialog(loaded)
    assert dialog.settings().other_datasets == [{"path": other}, {"pg_connection": "bureau", "pg_schema": "zoning"}]
    assert dialog.datasets.list.count() == 3
    dialog.deleteLater()
    profile.setValue(PREFIX + "other_datasets", "{not json")      # a hand-edited profile
    assert ZoningSettings.load().other_datasets == []
