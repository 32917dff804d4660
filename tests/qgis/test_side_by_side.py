"""Several datasets side by side (issue 20 §1), as a user drives them: the settings dialog by clicks
and keys (add a GeoPackage, add a PostGIS schema, remove, make active), the panel's switch, every
listed dataset as its own layer group, and clicks on the canvas in the sample city, in a
neighbouring city (tests/unit/neighbour_city.py: the sample moved east, invented), between them and
on a site across the border."""
import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QFileDialog, QPushButton

from neighbour_city import CITY_NAME, TITLE, UNIT_PREFIX, VERSION, border_places, neighbour_city
from postgis_support import remove_connection
from test_inspector import action, click, run_settings_dialog, set_canvas
from test_panel import save_dialog_answers, show_panel, text_position
from zoning_plugin.core import open_dataset
from zoning_plugin.gui.layers import GROUP_PROPERTY
from zoning_plugin.toolbelt.dataset import user_dataset
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.toolbelt.settings import ZoningSettings

NOWHERE = "zoning side-by-side nowhere"     # a saved connection to a port nothing listens on


@pytest.fixture(scope="module")
def neighbour(tmp_path_factory):
    return neighbour_city(tmp_path_factory.mktemp("neighbour") / "neighbour.gpkg")


@pytest.fixture(scope="module")
def places(neighbour):
    return border_places(open_dataset(None), open_dataset(neighbour))


@pytest.fixture()
def nowhere():
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", "9", "zoning", "nobody", "", QgsDataSourceUri.SslDisable, "")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), NOWHERE)
    yield NOWHERE
    remove_connection(NOWHERE)


def restart(plugin):
    """The plugin unloaded and started again, as QGIS does after the settings changed outside it."""
    plugin.unload()
    plugin.initGui()


def zoning_groups():
    return {g.customProperty(GROUP_PROPERTY): g for g in QgsProject.instance().layerTreeRoot().findGroups(True)
            if g.customProperty(GROUP_PROPERTY)}


def press(dialog, name):
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def select_row(dialog, row):
    listing = dialog.datasets.list
    rect = listing.visualItemRect(listing.item(row))
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert listing.currentRow() == row


def rows(dialog):
    return [dialog.datasets.list.item(n).text() for n in range(dialog.datasets.list.count())]


def test_the_settings_dialog_adds_removes_and_chooses_the_active_dataset(plugin, neighbour, nowhere, tmp_path,
                                                                         monkeypatch):
    ZoningSettings().save()     # the bundled sample, nothing beside it
    missing = str(tmp_path / "moved away.gpkg")
    answers = iter([(neighbour, ""), (missing, "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: next(answers)))
    seen = {}

    def fill(dialog):
        seen["first"] = rows(dialog)
        press(dialog, "zoning_add_gpkg")
        press(dialog, "zoning_add_gpkg")
        combo = dialog.findChild(QComboBox, "zoning_pg_add_connection")
        combo.setFocus()
        QTest.keyClicks(combo, NOWHERE[:12])     # a combo selects the item its typed start names
        QTest.keyClicks(dialog.findChild(type(dialog.postgis.schema), "zoning_pg_add_schema"), "bureau")
        press(dialog, "zoning_add_postgis")
        seen["added"] = rows(dialog)
        select_row(dialog, 2)
        press(dialog, "zoning_remove_dataset")
        seen["removed"] = rows(dialog)
        select_row(dialog, 1)
        press(dialog, "zoning_make_active")
        seen["switched"] = rows(dialog)
        seen["path"] = dialog.dataset_widget.filePath()

    run_settings_dialog(plugin, fill)
    assert len(seen["first"]) == 1 and "sample-2025.1" in seen["first"][0] and "2025-01-26" in seen["first"][0]
    added = seen["added"]
    assert len(added) == 4
    assert TITLE in added[1] and VERSION in added[1] and "2026-01-01" in added[1]
    # one that does not open is listed with the reason, not dropped
    assert "moved away.gpkg: cannot be opened" in added[2]
    assert f"PostGIS {NOWHERE}, schema bureau: cannot be opened" in added[3]
    assert len(seen["removed"]) == 3 and not any("moved away" in r for r in seen["removed"])
    assert seen["switched"][0].startswith("Active: ") and TITLE in seen["switched"][0]
    assert "sample-2025.1" in seen["switched"][1] and seen["path"] == neighbour
    saved = ZoningSettings.load()
    assert saved.dataset_path == neighbour
    assert saved.other_datasets == [{"path": ""}, {"pg_connection": NOWHERE, "pg_schema": "bureau"}]
    # the panel, the locator and the expression functions use the active dataset
    assert user_dataset().title == TITLE
    far = open_dataset(neighbour).units.geometries[0].representative_point()
    expression = QgsExpression(f"zoning_unit_code(make_point({far.x}, {far.y}))")
    assert expression.evaluate(QgsExpressionContext()) == open_dataset(neighbour).units.records[0]["unit_code"]
    switch = plugin.dock.dataset_choice.combo
    assert [switch.itemText(n) for n in range(switch.count())][:2] == \
        [f"{TITLE} {VERSION}", "辽源市生态环境分区管控（示例数据） sample-2025.1"]
    assert "(cannot be opened)" in switch.itemText(2)


def test_the_panels_switch_makes_another_dataset_active_and_its_group_follows(plugin, neighbour):
    ZoningSettings(other_datasets=[{"path": neighbour}]).save()
    restart(plugin)
    action(plugin, "zoning_load_layers").trigger()
    assert len(zoning_groups()) == 1
    plugin.dock.show()
    switch = plugin.dock.dataset_choice.combo
    assert plugin.dock.dataset_choice.isVisibleTo(plugin.dock) and switch.count() == 2
    switch.setFocus()
    QTest.keyClick(switch, Qt.Key.Key_Down)      # one key: the next dataset is the active one
    assert ZoningSettings.load().dataset_path == neighbour
    assert user_dataset().title == TITLE
    groups = zoning_groups()
    assert len(groups) == 2        # the sample's group stays: it is still listed
    assert groups[open_dataset(neighbour).path].name() == f"{TITLE} {VERSION} [sample data]"
    assert switch.currentIndex() == 0 and switch.itemText(0) == f"{TITLE} {VERSION}"


def inspect_at(plugin, point):
    canvas = plugin.iface.mapCanvas()
    centre = set_canvas(canvas, "EPSG:4490", point)
    click(plugin, canvas, centre)
    QApplication.processEvents()
    return plugin.dock.browser.toPlainText()


def test_clicks_in_each_city_between_them_and_on_a_site_across_the_border(plugin, neighbour, places, tmp_path,
                                                                            monkeypatch):
    ZoningSettings(other_datasets=[{"path": neighbour}]).save()
    restart(plugin)
    action(plugin, "zoning_load_all_layers").trigger()
    names = sorted(g.name() for g in zoning_groups().values())
    assert names == sorted([f"{TITLE} {VERSION} [sample data]",
                            "辽源市生态环境分区管控（示例数据） sample-2025.1 [sample data]"])
    near = inspect_at(plugin, places["near"])
    assert "1 辽源市总体管控要求" in near and "1 示例邻市总体管控要求" not in near and TITLE not in near
    far = inspect_at(plugin, places["far"])
    assert "1 示例邻市总体管控要求" in far and f"{TITLE} version {VERSION}" in far and "1 辽源市总体管控要求" not in far
    neither = inspect_at(plugin, places["neither"])
    assert "outside 辽源市" in neither and f"outside {CITY_NAME}" in neither
    assert plugin.dock.status.text() == "Outside every listed city: no requirements apply."
    # a site across the border: a click on its feature
    site = QgsVectorLayer("Polygon?crs=EPSG:4490", "site", "memory")
    feature = QgsFeature()
    feature.setGeometry(to_qgs(places["across"]))
    site.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(site)
    plugin.iface.mapCanvas().setLayers([site])
    across = inspect_at(plugin, places["across"].representative_point())
    headings = [line for line in across.splitlines() if line.startswith(("辽源市: ", f"{CITY_NAME}: "))]
    assert headings == ["辽源市: 辽源市生态环境分区管控（示例数据） version sample-2025.1 [sample data]",
                        f"{CITY_NAME}: {TITLE} version {VERSION} [sample data]"]
    assert across.index("1 辽源市总体管控要求") < across.index(headings[1]) < across.index("1 示例邻市总体管控要求")
    assert plugin.dock.status.text().startswith("2 cities: ")
    shown = plugin.dock.current
    assert len(plugin.highlight.bands) == sum(len(r.units) for r in shown.results()) + 1   # both cities' units
    # the neighbour's unit code in the panel zooms to the neighbour's unit
    show_panel(plugin)
    [(far_dataset, far_result)] = shown.others
    code = far_result.units[0]["code"]
    assert code.startswith(UNIT_PREFIX)
    browser = plugin.dock.browser
    cursor = text_position(browser.document(), code)
    cursor.setPosition(cursor.selectionStart() + 2)
    canvas = plugin.iface.mapCanvas()
    canvas.setExtent(QgsRectangle(0, 0, 1, 1))
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     browser.cursorRect(cursor).center() + QPoint(2, 0))
    bounds = far_dataset.units.geometries[far_dataset.unit_index(code)].bounds
    assert canvas.extent().contains(QgsRectangle(*bounds))
    save_dialog_answers(monkeypatch, str(tmp_path / "across.html"))
    action(plugin, "zoning_export_html").trigger()
    page = (tmp_path / "across.html").read_text(encoding="utf-8")
    assert "1 辽源市总体管控要求" in page and "1 示例邻市总体管控要求" in page and page.count("class='provenance'") >= 2
    action(plugin, "zoning_copy_result").trigger()
    copied = " ".join(QApplication.clipboard().text().split())     # the text's double spaces are one in HTML
    assert f"[{headings[0]}]" in copied and f"[{headings[1]}]" in copied


def test_versions_of_one_city_are_not_merged(plugin, places, tmp_path):
    from versions_sample import NEW_VERSION, new_version
    ZoningSettings(other_datasets=[{"path": new_version(tmp_path / "v2.gpkg")}]).save()
    restart(plugin)
    text = inspect_at(plugin, places["near"])
    assert "sample-2025.1" in text and NEW_VERSION not in text and plugin.dock.current.others == []


def test_the_list_round_trips_through_the_profile(plugin, neighbour):
    listed = ZoningSettings(pg_connection="bureau", pg_schema="zoning",
                            other_datasets=[{"path": neighbour}, {"path": ""}, {"path": neighbour}])
    listed.save()
    loaded = ZoningSettings.load()
    assert loaded.entries() == [{"pg_connection": "bureau", "pg_schema": "zoning"}, {"path": neighbour},
                                {"path": ""}]
    switched = loaded.make_active(2)          # the sample active, the connection in its place
    switched.save()
    again = ZoningSettings.load()
    assert (again.dataset_path, again.pg_connection, again.pg_schema) == ("", "", "")
    assert again.entries() == [{"path": ""}, {"path": neighbour}, {"pg_connection": "bureau", "pg_schema": "zoning"}]
    assert again.all_sources()[:2] == [None, neighbour]
