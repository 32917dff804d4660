"""The panel and the layers as a planner sees them: the unit table at the default dock width, the
exported file, field aliases, a dataset that goes away, the view kept on reloading, punctuation."""
import os
import re
import shutil
from html import escape

import pytest
import shapely
from qgis.core import (Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsRectangle,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAction, QFileDialog

import zoning_plugin
from zoning_plugin.core import open_dataset
from zoning_plugin.toolbelt.settings import ZoningSettings
from zoning_plugin.toolbelt.geometry import to_qgs

STORAGE = QgsCoordinateReferenceSystem("EPSG:4490")


@pytest.fixture()
def plugin(completed_iface, iface_recorder):
    QgsProject.instance().clear()
    iface_recorder.messages.clear()
    saved = ZoningSettings.load()
    instance = zoning_plugin.classFactory(completed_iface)
    instance.initGui()
    yield instance
    instance.unload()
    saved.save()
    QgsProject.instance().clear()


def parcel_over_three_units():
    """A 2.5 km × 2.2 km parcel in the central city: it touches several units and both rivers."""
    return shapely.box(125.13, 42.89, 125.16, 42.91)


def show_panel(plugin, width=400):
    """The panel floating at `width` px, as a user sees it (the stub's main window is hidden)."""
    plugin.dock.setFloating(True)
    plugin.dock.resize(width, 900)
    plugin.dock.show()
    QCoreApplication.processEvents()


def inspect_parcel(plugin, name="plan", geometry=None, crs=STORAGE):
    """As a user does: a plan layer with the parcel (or `geometry` in `crs`), the feature selected,
    the panel's button "inspect the selected features" pressed. Returns the result shown, or None."""
    from qgis.core import QgsFeature, QgsVectorLayer
    from qgis.utils import iface
    geometry = geometry or to_qgs(parcel_over_three_units())
    layer = QgsVectorLayer(f"{QgsWkbTypes.displayString(geometry.wkbType())}", name, "memory")
    layer.setCrs(crs)
    feature = QgsFeature()
    feature.setGeometry(geometry)
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    iface.setActiveLayer(layer)
    layer.selectAll()
    before = plugin.dock.current
    plugin.dock.findChild(QAction, "zoning_inspect_selected").trigger()
    current = plugin.dock.current
    return current.result if current is not before and current is not None else None


def text_position(document, text):
    cursor = document.find(text)
    assert not cursor.isNull(), text
    return cursor


def on_one_line(document, cursor):
    """True when the selected text of `cursor` is laid out on a single line of its block."""
    block = document.findBlock(cursor.selectionStart())
    layout = block.layout()
    first = layout.lineForTextPosition(cursor.selectionStart() - block.position())
    last = layout.lineForTextPosition(cursor.selectionEnd() - 1 - block.position())
    return first.isValid() and first.lineNumber() == last.lineNumber()


def test_unit_codes_never_wrap_in_a_400_px_panel_and_numbers_are_right_aligned(plugin):
    show_panel(plugin)
    result = inspect_parcel(plugin)
    assert len(result.units) >= 3
    QCoreApplication.processEvents()
    assert 340 < plugin.dock.browser.viewport().width() < 400
    document = plugin.dock.browser.document()
    for unit in result.units:
        assert on_one_line(document, text_position(document, unit["code"])), unit["code"]
        share = text_position(document, f"{unit['share']:.2%}")
        assert share.blockFormat().alignment() & Qt.AlignRight


def test_a_unit_code_shows_its_figures_on_hover_and_zooms_to_the_unit_on_click(plugin, completed_iface):
    show_panel(plugin)
    canvas = completed_iface.mapCanvas()
    canvas.resize(800, 600)
    result = inspect_parcel(plugin)
    QCoreApplication.processEvents()
    unit = result.units[-1]
    browser = plugin.dock.browser
    cursor = text_position(browser.document(), unit["code"])
    cursor.setPosition(cursor.selectionStart() + 2)
    point = browser.cursorRect(cursor).center() + QPoint(2, 0)
    QTest.mouseMove(browser.viewport(), point)
    QCoreApplication.processEvents()
    canvas.setExtent(QgsRectangle(0, 0, 1, 1))
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QCoreApplication.processEvents()
    extent = canvas.extent()
    dataset = open_dataset()
    unit_bounds = dataset.units.geometries[dataset.unit_index(unit["code"])].bounds
    assert extent.contains(QgsRectangle(*unit_bounds))
    assert extent.width() < 3 * (unit_bounds[2] - unit_bounds[0]) + 0.05


def save_dialog_answers(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (path, "")))


def test_exported_html_has_a_title_the_query_time_and_the_version_and_the_status_shows_the_path(
        plugin, completed_iface, tmp_path, monkeypatch):
    inspect_parcel(plugin)
    target = tmp_path / "report"          # no suffix typed: .html is added
    save_dialog_answers(monkeypatch, str(target))
    completed_iface.mainWindow().findChild(QAction, "zoning_export_html").trigger()
    written = tmp_path / "report.html"
    assert written.is_file() and sorted(os.listdir(tmp_path)) == ["report.html"]   # no temp file left
    html = written.read_text(encoding="utf-8")
    dataset = open_dataset()
    title = html.split("<title>")[1].split("</title>")[0]
    assert "plan" in title and dataset.title in title and dataset.version in title
    assert "Query time" in html or "查询时间" in html
    assert str(written) in plugin.dock.status.text()
    assert oct(written.stat().st_mode & 0o777) != oct(0o600)


def test_exported_html_carries_the_provenance_and_the_advisory(plugin, completed_iface, tmp_path, monkeypatch):
    """Issue 15 §4: the version, the effective date and what it is, the sample notice (the dataset's
    meta), the plugin's version, the time it was made and the advisory notice."""
    from zoning_plugin.core.dataset import provenance as core_provenance
    from zoning_plugin.core.screening.screen import advisory
    inspect_parcel(plugin)
    save_dialog_answers(monkeypatch, str(tmp_path / "report.html"))
    completed_iface.mainWindow().findChild(QAction, "zoning_export_html").trigger()
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    meta = open_dataset().meta
    for value in (meta["version"], meta["effective_date"], meta["effective_date_note"], meta["notice"],
                  core_provenance.plugin_version(), advisory()):
        assert escape(value) in html, value
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d\d:\d\d", html)



def test_exporting_onto_the_dataset_is_refused_and_the_dataset_is_unchanged(
        plugin, completed_iface, iface_recorder, tmp_path, monkeypatch):
    copy = tmp_path / "zoning.gpkg"
    shutil.copyfile(open_dataset().path, copy)
    ZoningSettings(dataset_path=str(copy)).save()
    inspect_parcel(plugin)
    before = copy.read_bytes()
    link = tmp_path / "link.html"
    os.symlink(copy, link)                 # the dataset under a name the dialog lets through
    iface_recorder.messages.clear()
    save_dialog_answers(monkeypatch, str(link))
    completed_iface.mainWindow().findChild(QAction, "zoning_export_html").trigger()
    [message] = [" ".join(map(str, m)) for m in iface_recorder.messages]
    assert "zoning dataset" in message and str(link) in message and "\n" not in message
    assert copy.read_bytes() == before and os.path.islink(link)
    assert sorted(os.listdir(tmp_path)) == ["link.html", "zoning.gpkg"]


def test_an_added_suffix_never_replaces_a_file_the_dialog_did_not_ask_about(
        plugin, completed_iface, iface_recorder, tmp_path, monkeypatch):
    inspect_parcel(plugin)
    (tmp_path / "x.pdf.html").write_text("kept", encoding="utf-8")
    iface_recorder.messages.clear()
    save_dialog_answers(monkeypatch, str(tmp_path / "x.pdf"))
    completed_iface.mainWindow().findChild(QAction, "zoning_export_html").trigger()
    [message] = [" ".join(map(str, m)) for m in iface_recorder.messages]
    assert "x.pdf.html" in message and "already exists" in message
    assert (tmp_path / "x.pdf.html").read_text(encoding="utf-8") == "kept"
    assert sorted(os.listdir(tmp_path)) == ["x.pdf.html"]


def test_a_failed_export_keeps_the_old_file_and_says_why(plugin, completed_iface, iface_recorder, tmp_path,
                                                         monkeypatch):
    inspect_parcel(plugin)
    old = tmp_path / "report.html"
    old.write_text("the report of last week", encoding="utf-8")
    import zoning_plugin.core.outputs as outputs

    def full_disk(path, *args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(outputs, "fsync_path", full_disk)
    save_dialog_answers(monkeypatch, str(old))
    iface_recorder.messages.clear()
    completed_iface.mainWindow().findChild(QAction, "zoning_export_html").trigger()
    [message] = [" ".join(map(str, m)) for m in iface_recorder.messages]
    assert str(old) in message and "No space left on device" in message and "Traceback" not in message
    assert "is unchanged" in message
    assert old.read_text(encoding="utf-8") == "the report of last week"
    assert sorted(os.listdir(tmp_path)) == ["report.html"]

def test_layers_have_readable_field_names_and_unit_classes_by_name(plugin, completed_iface):
    completed_iface.mainWindow().findChild(QAction, "zoning_load_layers").trigger()
    from zoning_plugin.gui.layers import LAYER_PROPERTY, field_aliases
    layers = {layer.customProperty(LAYER_PROPERTY): layer
              for layer in QgsProject.instance().mapLayers().values()}
    units = layers["units_2"]
    aliases = field_aliases()
    assert units.attributeDisplayName(units.fields().indexOf("unit_code")) == aliases["unit_code"]
    rivers = layers["rivers"]
    assert rivers.attributeDisplayName(rivers.fields().indexOf("river_name")) == aliases["river_name"]
    setup = units.editorWidgetSetup(units.fields().indexOf("unit_class"))
    assert setup.type() == "ValueMap"
    names = {name for item in setup.config()["map"] for name in item}
    assert names == {"优先保护单元", "重点管控单元", "一般管控单元"}


def test_reloading_layers_keeps_the_users_view(plugin, completed_iface):
    canvas = completed_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(STORAGE)
    load = completed_iface.mainWindow().findChild(QAction, "zoning_load_layers")
    load.trigger()
    city = canvas.extent()
    assert city.width() > 0.3           # the first load shows the whole city
    canvas.setExtent(QgsRectangle(125.14, 42.89, 125.15, 42.90))
    view = canvas.extent()
    load.trigger()
    assert canvas.extent() == view


def test_a_dataset_that_becomes_unreadable_marks_the_result_stale_in_one_log_line(
        plugin, iface_recorder, tmp_path):
    copy = tmp_path / "zoning.gpkg"
    shutil.copyfile(open_dataset().path, copy)
    ZoningSettings(dataset_path=str(copy)).save()
    assert inspect_parcel(plugin) is not None
    logged = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: logged.append((message, level)))
    os.remove(copy)
    iface_recorder.messages.clear()
    assert inspect_parcel(plugin) is None
    QCoreApplication.processEvents()
    entry = plugin.dock.current
    assert "plan" in entry.title and entry.stale
    assert str(copy) in entry.stale
    assert "zoning.gpkg" in plugin.dock.status.text()
    page = plugin.dock.browser.toPlainText()
    assert entry.stale in page
    assert len(iface_recorder.messages) == 1
    assert logged and all("\n" not in message and "Traceback" not in message for message, _l in logged)
    assert all(level != Qgis.Critical for _m, level in logged)


def test_english_panel_uses_ascii_punctuation_and_chinese_full_width(plugin):
    inspect_parcel(plugin)
    english = plugin.dock.browser.toPlainText()
    assert "Dataset: " in english and "Dataset：" not in english
    assert "m² (" in english and "m²（" not in english
    assert "Source: " in english and "Source：" not in english
    from zoning_plugin.gui.labels import report_labels
    assert report_labels()["colon"] == ": "


def test_chinese_panel_keeps_full_width_punctuation(plugin):
    from qgis.PyQt.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(os.path.join(os.path.dirname(zoning_plugin.__file__), "i18n",
                                        "zoning_plugin_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        inspect_parcel(plugin)
        chinese = plugin.dock.browser.toPlainText()
        assert "数据集：" in chinese and "m²（" in chinese
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_layer_in_a_user_defined_crs_is_inspected(plugin):
    """A CRS the user defined in QGIS has an id (USER:100000) that only QGIS knows: the core gets
    its WKT instead."""
    from qgis.core import QgsCoordinateReferenceSystemRegistry
    custom = QgsCoordinateReferenceSystem.fromProj(
        "+proj=tmerc +lat_0=0 +lon_0=125.5 +k=1 +x_0=600000 +y_0=0 +ellps=GRS80 +units=m +no_defs")
    registry = QgsApplication.coordinateReferenceSystemRegistry() \
        if hasattr(QgsApplication, "coordinateReferenceSystemRegistry") else QgsCoordinateReferenceSystemRegistry()
    srsid = custom.saveAsUserCrs("zoning test tmerc 125.5")
    try:
        user_crs = QgsCoordinateReferenceSystem(f"USER:{srsid}")
        assert user_crs.authid().upper().startswith("USER:")
        from qgis.core import QgsCoordinateTransform, QgsPointXY
        point = QgsCoordinateTransform(STORAGE, user_crs, QgsProject.instance()).transform(
            QgsPointXY(125.145, 42.902))
        from qgis.core import QgsGeometry
        result = inspect_parcel(plugin, "user crs", QgsGeometry.fromPointXY(point), user_crs)
        assert result is not None and result.inside
        lon, lat = result.location
        assert abs(lon - 125.145) < 1e-6 and abs(lat - 42.902) < 1e-6
    finally:
        registry.removeUserCrs(srsid)
