"""Flagging a doubtful result from the panel as a user does: inspect, "this result looks wrong", write
the note, then list, zoom to and export the stored doubts; the file is the user's, named in the
settings; a store that cannot be used gives a message, not an exception."""
import csv
import os

import pytest
import shapely
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsProject, QgsRectangle,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtWidgets import (QAction, QApplication, QDialogButtonBox, QFileDialog, QLabel,
                                 QPlainTextEdit, QPushButton, QTableWidget)

import zoning_plugin
from zoning_plugin.core import open_dataset
from zoning_plugin.core.doubts import list_doubts
from zoning_plugin.gui.doubts_dialog import default_doubts_path, load_doubts_path, save_doubts_path, user_name
from zoning_plugin.toolbelt.geometry import to_qgs

PARCEL = shapely.box(125.13, 42.89, 125.16, 42.91)
NOTE = "单元边界把厂区切成两半：the boundary cuts the factory in two"


@pytest.fixture()
def plugin(completed_iface, iface_recorder, tmp_path):
    QgsProject.instance().clear()
    iface_recorder.messages.clear()
    saved = load_doubts_path()
    save_doubts_path(str(tmp_path / "my doubts" / "doubts.gpkg"))
    instance = zoning_plugin.classFactory(completed_iface)
    instance.initGui()
    yield instance
    instance.unload()
    save_doubts_path("" if saved == default_doubts_path() else saved)
    QgsProject.instance().clear()


def action(plugin, name):
    found = plugin.iface.mainWindow().findChild(QAction, name)
    assert found is not None, name
    return found


def inspect_parcel(plugin):
    """As a user does (test_panel.py): a plan layer, its feature selected, "inspect the selected"."""
    from qgis.utils import iface
    layer = QgsVectorLayer("Polygon", "plan", "memory")
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    feature = QgsFeature()
    feature.setGeometry(to_qgs(PARCEL))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    iface.setActiveLayer(layer)
    layer.selectAll()
    action(plugin, "zoning_inspect_selected").trigger()
    assert plugin.dock.current is not None
    return plugin.dock.current.result


def with_dialog(answer):
    """Run `answer(dialog)` on the modal dialog the next action opens; [the dialog] once seen."""
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        answer(dialog)
    QTimer.singleShot(0, look)
    return seen


def write_note(text):
    def answer(dialog):
        dialog.findChild(QPlainTextEdit, "zoning_doubt_note").setPlainText(text)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        if ok.isEnabled():
            ok.click()
        else:
            dialog.reject()
    return answer


def test_flag_is_enabled_with_a_result_and_stores_the_note_in_the_users_file(plugin):
    flag = action(plugin, "zoning_flag_doubt")
    assert not flag.isEnabled()
    result = inspect_parcel(plugin)
    assert flag.isEnabled()
    seen = with_dialog(write_note(NOTE))
    flag.trigger()
    assert seen and seen[0].objectName() == "zoning_doubt_dialog"
    path = load_doubts_path()
    assert path.endswith(os.path.join("my doubts", "doubts.gpkg"))
    [doubt] = list_doubts(path)
    assert doubt.note == NOTE and doubt.user_name == user_name() and doubt.user_name
    assert [u["code"] for u in doubt.result["units"]] == [u["code"] for u in result.units]
    assert doubt.dataset_path == open_dataset().path and doubt.dataset_version == open_dataset().version
    assert shapely.equals_exact(doubt.geometry, result.geometry_4490, 1e-9)
    assert path in plugin.dock.status.text()


def test_the_note_is_required_and_cancel_stores_nothing(plugin):
    inspect_parcel(plugin)
    seen = with_dialog(write_note("   "))   # OK stays disabled: the dialog is closed unanswered
    action(plugin, "zoning_flag_doubt").trigger()
    assert seen
    assert list_doubts(load_doubts_path()) == []
    assert not os.path.exists(load_doubts_path())


def test_a_store_that_cannot_be_used_gives_one_message(plugin, iface_recorder, tmp_path):
    inspect_parcel(plugin)
    not_a_geopackage = tmp_path / "notes.txt"
    not_a_geopackage.write_text("mine", encoding="utf-8")
    save_doubts_path(str(not_a_geopackage))
    iface_recorder.messages.clear()
    with_dialog(write_note("note"))
    action(plugin, "zoning_flag_doubt").trigger()
    assert len(iface_recorder.messages) == 1
    assert "not a usable GeoPackage" in str(iface_recorder.messages[0])
    assert not_a_geopackage.read_text(encoding="utf-8") == "mine"
    shown = {}

    def answer(dialog):
        table = dialog.findChild(QTableWidget, "zoning_doubts_table")
        shown["rows"], shown["export"] = table.rowCount(), dialog.findChild(QPushButton, "zoning_doubts_export")
        shown["export enabled"] = shown["export"].isEnabled()
        shown["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()
    with_dialog(answer)
    action(plugin, "zoning_doubts_list").trigger()
    assert shown["rows"] == 0 and not shown["export enabled"]
    assert "not a usable GeoPackage" in shown["text"] and str(not_a_geopackage) in shown["text"]


def test_the_list_shows_the_doubt_zooms_to_it_and_exports_all(plugin, completed_iface, tmp_path, monkeypatch):
    inspect_parcel(plugin)
    with_dialog(write_note(NOTE))
    action(plugin, "zoning_flag_doubt").trigger()
    canvas = completed_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    canvas.setExtent(QgsRectangle(0, 0, 1, 1))
    target = tmp_path / "for the bureau"          # no suffix typed: the CSV filter adds .csv
    chosen = {}

    def save_as(parent, caption, directory, filters, *args, **kwargs):
        chosen["filters"] = filters
        return str(target), [f for f in filters.split(";;") if "csv" in f][0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    shown = {}

    def answer(dialog):
        try:
            table = dialog.findChild(QTableWidget, "zoning_doubts_table")
            shown["rows"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
            zoom = dialog.findChild(QPushButton, "zoning_doubts_zoom")
            shown["zoom enabled before"] = zoom.isEnabled()
            table.selectRow(0)
            zoom.click()
            QCoreApplication.processEvents()
            shown["extent"] = canvas.extent()
            dialog.findChild(QPushButton, "zoning_doubts_export").click()
        finally:
            dialog.reject()
    seen = with_dialog(answer)
    action(plugin, "zoning_doubts_list").trigger()
    assert seen and seen[0].objectName() == "zoning_doubts_dialog"
    [row] = shown["rows"]
    result = plugin.dock.current.result
    assert row[1].startswith(result.units[0]["code"]) and row[2] == " ".join(NOTE.split())
    assert not shown["zoom enabled before"]
    assert shown["extent"].contains(QgsRectangle(*PARCEL.bounds))
    assert shown["extent"].width() < 3 * (PARCEL.bounds[2] - PARCEL.bounds[0])
    exported = tmp_path / "for the bureau.csv"
    assert "GeoPackage" in chosen["filters"]
    assert exported.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(exported, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["note"] for r in rows] == [NOTE]


def test_a_point_doubt_zooms_to_its_surroundings(plugin, completed_iface):
    from qgis.core import QgsGeometry, QgsPointXY
    canvas = completed_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    plugin.inspect(QgsGeometry.fromPointXY(QgsPointXY(125.145, 42.902)),
                   QgsCoordinateReferenceSystem("EPSG:4490"), "point")
    with_dialog(write_note("point"))
    action(plugin, "zoning_flag_doubt").trigger()
    [doubt] = list_doubts(load_doubts_path())
    assert doubt.geometry.geom_type == "Point"
    plugin.doubts.zoom_to(doubt.geometry)
    extent = canvas.extent()
    assert extent.contains(QgsRectangle(125.144, 42.901, 125.146, 42.903)) and extent.width() < 0.05


def test_the_default_store_is_in_the_qgis_profile_folder(plugin):
    assert default_doubts_path() == os.path.join(QgsApplication.qgisSettingsDirPath(), "zoning_plugin",
                                                 "doubts.gpkg")
    save_doubts_path("")
    assert load_doubts_path() == default_doubts_path()


def test_the_list_shows_the_local_time_and_the_whole_note(plugin):
    """Issue 17 §8: the time as the computer's local time without "+00:00", the note wrapped in
    its column, never cut."""
    from datetime import datetime
    long_note = "单元边界把厂区切成两半，厂区北门和锅炉房在另一个单元；请核对原始矢量。" * 2 + \
        "The factory's north gate lies in the other unit."
    inspect_parcel(plugin)
    with_dialog(write_note(long_note))
    action(plugin, "zoning_flag_doubt").trigger()
    shown = {}

    def answer(dialog):
        try:
            dialog.show()
            QCoreApplication.processEvents()
            table = dialog.findChild(QTableWidget, "zoning_doubts_table")
            rect = table.visualItemRect(table.item(0, 2))
            one_line = table.fontMetrics().height()
            shown.update(time=table.item(0, 0).text(), rect=rect, needed=table.sizeHintForRow(0),
                         lines=rect.height() // one_line, visible=table.viewport().rect().contains(rect),
                         note_width=table.columnWidth(2), units_width=table.columnWidth(1))
        finally:
            dialog.reject()
    with_dialog(answer)
    action(plugin, "zoning_doubts_list").trigger()
    assert "+" not in shown["time"] and "T" not in shown["time"]
    assert abs((datetime.strptime(shown["time"], "%Y-%m-%d %H:%M") - datetime.now()).total_seconds()) < 120
    # the note wraps over several lines in the widest column, all of it on screen
    assert shown["visible"] and shown["needed"] <= shown["rect"].height() + 1 and shown["lines"] >= 2, shown
    assert shown["note_width"] > shown["units_width"]
