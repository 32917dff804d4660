"""The import dialog driven through its widgets: the guessed mapping in the combo boxes, changed,
saved and loaded; the import as a background task with progress, its report and problems layer,
the offer to use the new dataset; cancel; and the plugin's menu action."""
import json
import os
import sys
import time

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog

UNIT_TESTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit")
sys.path.insert(0, UNIT_TESTS)
from test_import_fixtures import (UNITS, checksums, unit_lists_xlsx, write_chinese_gpkg,  # noqa: E402
                                  write_gbk_shapefile)

import zoning_plugin  # noqa: E402
from zoning_plugin.core import open_dataset  # noqa: E402
from zoning_plugin.core.importers.catalogue import OFFICIAL_TEXT_PATH  # noqa: E402
from zoning_plugin.gui.import_dialog import ImportDialog  # noqa: E402
from zoning_plugin.toolbelt.settings import ZoningSettings  # noqa: E402


def wait_for(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture()
def dialog(qgis_app):
    QgsProject.instance().clear()
    used = []
    widget = ImportDialog(use_dataset=lambda path: used.append(path) or True)
    widget.used = used
    yield widget
    widget.reject()
    widget.deleteLater()
    QgsProject.instance().clear()


@pytest.fixture()
def delivery(tmp_path):
    folder, out = tmp_path / "delivery", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    return folder, out, write_gbk_shapefile(folder), unit_lists_xlsx(folder / "lists.xlsx")


def finished(widget):
    results = []
    widget.finished_import.connect(lambda ok, path: results.append((ok, path)))
    return results


def test_the_guessed_mapping_is_shown_changed_saved_and_loaded(dialog, delivery, tmp_path, monkeypatch):
    _folder, _out, units, _lists = delivery
    dialog.units_widget.setFilePath(units)
    combos = dialog.combos
    assert combos["code"].currentData() == "HJZHGKDYBM" and combos["pollution"].currentData() == "WRWPFGK"
    assert combos["subtype"].currentData() == "-" and combos["subtype"].currentText() == "— none —"
    assert dialog.table.cellWidget(1, 2).text() == UNITS[0][1]         # the first unit's name, decoded
    assert "gb18030" in dialog.preview.text()
    combos["name"].setCurrentIndex(combos["name"].findData("XZQHDM"))
    assert dialog.table.cellWidget(1, 2).text() == UNITS[0][3]
    combos["risk"].setCurrentIndex(0)
    saved = tmp_path / "mapping"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    dialog.save_button.click()
    fields = json.loads((tmp_path / "mapping.json").read_text(encoding="utf-8"))["fields"]
    assert fields["name"] == "XZQHDM" and fields["risk"] == "-" and fields["code"] == "HJZHGKDYBM"

    other = tmp_path / "other.json"
    other.write_text(json.dumps({"fields": {"name": "HJZHGKDYMC", "subtype": "ZHGKDYFL", "county": "NOPE"}}),
                     encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
    dialog.load_button.click()
    assert combos["name"].currentData() == "HJZHGKDYMC" and combos["subtype"].currentData() == "ZHGKDYFL"
    assert "NOPE" in dialog.status.text()


def test_chinese_field_names_with_line_breaks_are_shown_without_them(dialog, tmp_path):
    dialog.units_widget.setFilePath(write_chinese_gpkg(tmp_path / "units.gpkg"))
    assert dialog.combos["code"].currentData() == "环境管控单元编码\n"
    assert dialog.combos["code"].currentText() == "环境管控单元编码"


def test_a_source_without_crs_or_with_mixed_encodings_is_said_in_the_preview(dialog, tmp_path):
    (tmp_path / "a").mkdir()
    dialog.units_widget.setFilePath(write_gbk_shapefile(tmp_path / "a", prj=False))
    assert "choose the source CRS" in dialog.preview.text()
    dbf = tmp_path / "a" / "units.dbf"
    gbk = "龙山区乙重点管控单元".encode("gbk")
    dbf.write_bytes(dbf.read_bytes().replace(gbk + b" " * 10, "龙山区乙重点管控单元".encode("utf-8")))
    dialog.refresh_fields()
    assert "the text mixes encodings" in dialog.preview.text() and dialog.combos["code"].count() == 0


def test_the_import_runs_as_a_task_and_offers_the_new_dataset(dialog, delivery):
    folder, out, units, lists = delivery
    before = checksums(folder)
    dialog.units_widget.setFilePath(units)
    dialog.lists_widget.setFilePath(lists)
    dialog.general_widget.setFilePath(OFFICIAL_TEXT_PATH)
    dialog.texts["CITY_NAME"].setText("测试市")
    dialog.texts["EXPECTED_COUNTS"].setText("2/2/2")
    dialog.output_widget.setFilePath(str(out / "dataset"))
    assert not dialog.use_button.isEnabled()
    results = finished(dialog)
    dialog.run_button.click()
    assert not dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()
    wait_for(lambda: results)
    assert results == [(True, str(out / "dataset.gpkg"))]
    assert dialog.progress.value() == 100 and "error(s)" in dialog.status.text()
    assert "unit code ← field “HJZHGKDYBM” (guessed from its name)" not in dialog.log.toPlainText()
    assert "unit code ← field “HJZHGKDYBM” (as given)" in dialog.log.toPlainText()
    assert sorted(os.listdir(out)) == ["dataset.gpkg", "dataset_report.html"]
    assert checksums(folder) == before
    assert open_dataset(str(out / "dataset.gpkg")).meta["city_name"] == "测试市"
    problems = QgsProject.instance().mapLayersByName("Import problems")
    assert len(problems) == 1 and {"overlap", "unit_without_list"} <= {f["kind"] for f in problems[0].getFeatures()}
    assert dialog.report_button.isEnabled()
    dialog.use_button.click()
    assert dialog.used == [str(out / "dataset.gpkg")]


def test_cancel_writes_nothing(dialog, delivery, monkeypatch):
    _folder, out, units, _lists = delivery
    import zoning_plugin.core.importers.run as import_run   # the algorithm imports it when it runs
    real = import_run.import_dataset

    def slow(options, is_cancelled=None, **kwargs):
        deadline = time.monotonic() + 20
        while not is_cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(options, is_cancelled=is_cancelled, **kwargs)
    monkeypatch.setattr(import_run, "import_dataset", slow)
    dialog.units_widget.setFilePath(units)
    dialog.output_widget.setFilePath(str(out / "d.gpkg"))
    results = finished(dialog)
    dialog.run_button.click()
    dialog.cancel_button.click()
    wait_for(lambda: results)
    assert results == [(False, "")] and os.listdir(out) == []
    assert dialog.status.text() == "Import cancelled: nothing was written." and dialog.run_button.isEnabled()


def test_a_failed_import_says_why_in_the_log(dialog, tmp_path):
    (tmp_path / "a").mkdir()
    dialog.units_widget.setFilePath(write_gbk_shapefile(tmp_path / "a", prj=False))
    dialog.output_widget.setFilePath(str(tmp_path / "d.gpkg"))
    results = finished(dialog)
    dialog.run_button.click()
    wait_for(lambda: results)
    assert results == [(False, "")] and not (tmp_path / "d.gpkg").exists()
    assert "Import failed" in dialog.status.text() and "SOURCE_CRS" in dialog.log.toPlainText()
    assert not dialog.use_button.isEnabled() and dialog.run_button.isEnabled()


def test_nothing_to_import_without_units_or_output(dialog):
    dialog.run_button.click()
    assert "Choose the control units" in dialog.status.text() and dialog.task is None


def test_the_plugin_menu_action_and_using_an_imported_dataset(completed_iface, iface_recorder, delivery):
    _folder, out, units, _lists = delivery
    saved = ZoningSettings.load()
    plugin = zoning_plugin.classFactory(completed_iface)
    plugin.initGui()
    try:
        actions = {a.objectName(): a for _menu, a in iface_recorder.menu_actions}
        assert actions["zoning_import"].text() == "Import official data…"
        from zoning_plugin.core.importers.run import ImportOptions, import_dataset
        import_dataset(ImportOptions(units=units, output=str(out / "d.gpkg")))
        assert plugin.use_imported_dataset(str(out / "d.gpkg"))
        assert ZoningSettings.load().dataset_path == str(out / "d.gpkg")
        assert not plugin.use_imported_dataset(str(out / "missing.gpkg"))   # refused, settings kept
        assert ZoningSettings.load().dataset_path == str(out / "d.gpkg")
    finally:
        plugin.unload()
        saved.save()


def test_the_field_names_and_roles_are_not_cut(dialog, tmp_path):
    """Issue 17 §8: Chinese field names (with their line breaks) and the roles read whole in the
    mapping table of the dialog as it opens."""
    units = write_chinese_gpkg(tmp_path / "units.gpkg")
    dialog.show()
    dialog.units_widget.setFilePath(units)
    QCoreApplication.processEvents()
    table = dialog.table
    for row in range(table.rowCount()):
        label, combo = table.cellWidget(row, 0), table.cellWidget(row, 1)
        assert label.fontMetrics().horizontalAdvance(label.text()) <= table.columnWidth(0), label.text()
        assert combo.currentData() is not None
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert widest + 20 <= combo.width() <= table.columnWidth(1), (combo.currentText(), combo.width())
    assert table.columnWidth(0) + table.columnWidth(1) < table.viewport().width()   # the values keep room
