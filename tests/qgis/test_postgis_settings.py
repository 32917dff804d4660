"""The settings dialog chooses the dataset in PostGIS (issue 19 §2), as a user does it: the connection
picked in the combo box and the schema typed with the keyboard, OK; the plugin then inspects and
shows the layers from the database; a schema with nothing published keeps the dialog open with the
reason; "None" goes back to the GeoPackage."""
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtGui import QInputMethodEvent
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QLineEdit

import pytest
from postgis_support import answer_of, published_sample, remove_connection, save_connection
from test_inspector import run_settings_dialog
from test_site_report import CENTRAL
from zoning_plugin.core import open_dataset
from zoning_plugin.core.postgis.read import PostgisDataset
from zoning_plugin.gui.layers import GROUP_PROPERTY
from zoning_plugin.toolbelt.dataset import user_dataset
from zoning_plugin.toolbelt.settings import ZoningSettings

CONNECTION = "zoning settings test"


@pytest.fixture(scope="module")
def connection(pg_cluster):
    database = pg_cluster.create_database()
    save_connection(CONNECTION, pg_cluster, database)
    published_sample(pg_cluster, CONNECTION, "区划")
    yield CONNECTION
    remove_connection(CONNECTION)


def choose(dialog, connection, schema):
    """Keyboard only: focus the combo, type the start of the connection's name (a combo box selects
    by typed prefix), then replace the schema."""
    combo = dialog.findChild(QComboBox, "zoning_pg_connection")
    combo.setFocus()
    if connection:
        QTest.keyClicks(combo, connection)
    else:
        QTest.keyClick(combo, Qt.Key_Home)
    field = dialog.findChild(QLineEdit, "zoning_pg_schema")
    if field.isEnabled():
        field.setFocus()
        QTest.keyClick(field, Qt.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(field, Qt.Key_Delete)
        # Chinese arrives as an input method's commit, as from a user's IME (QTest types Latin-1 only)
        typed = QInputMethodEvent()
        typed.setCommitString(schema)
        QApplication.sendEvent(field, typed)


def groups():
    return [g.customProperty(GROUP_PROPERTY) for g in QgsProject.instance().layerTreeRoot().findGroups(True)
            if g.customProperty(GROUP_PROPERTY)]


def test_the_dialog_chooses_a_connection_and_schema_then_back_to_the_file(plugin, connection):  # noqa: F811
    reasons = []

    def wrong(dialog):
        choose(dialog, CONNECTION, "nothing_here")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()   # refused: stays open
        label = dialog.findChild(QLabel, "zoning_dataset_error")
        reasons.append((label.isVisible(), label.text()))
        dialog.reject()
    run_settings_dialog(plugin, wrong, accept=False)
    assert reasons and reasons[0][0] and "nothing_here" in reasons[0][1]
    assert ZoningSettings.load().pg_connection == ""

    run_settings_dialog(plugin, lambda dialog: choose(dialog, CONNECTION, "区划"))
    saved = ZoningSettings.load()
    assert (saved.pg_connection, saved.pg_schema) == (CONNECTION, "区划")
    dataset = user_dataset()
    assert isinstance(dataset, PostgisDataset)
    assert answer_of(dataset.inspect(CENTRAL)) == open_dataset().inspect(CENTRAL).to_dict()
    plugin.datasets.load_layers()
    assert groups() == [f"postgresql:{CONNECTION}/区划"]
    layers = [n.layer() for n in QgsProject.instance().layerTreeRoot().findLayers()]
    assert layers and all(layer.providerType() == "postgres" for layer in layers)

    # (no file layers in this test: after test_one_language's walk, QGIS 3.22's OGR connection pool
    # crashes closing a GeoPackage layer's dataset, with or without PostGIS — see the report)
    QgsProject.instance().clear()
    run_settings_dialog(plugin, lambda dialog: choose(dialog, "", ""))
    assert (ZoningSettings.load().pg_connection, ZoningSettings.load().pg_schema) == ("", "")
    assert not isinstance(user_dataset(), PostgisDataset)
