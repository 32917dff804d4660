"""The plugin in QGIS: layers, the inspect tool on a simulated click, the panel, copy, CRSs, errors."""
import pytest
import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry,
                       QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtWidgets import QAction, QApplication

import zoning_plugin
from zoning_plugin.core import open_dataset
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject
from zoning_plugin.gui.layers import GROUP_PROPERTY


@pytest.fixture()
def plugin(completed_iface, iface_recorder):
    QgsProject.instance().clear()
    iface_recorder.messages.clear()
    instance = zoning_plugin.classFactory(completed_iface)
    instance.initGui()
    yield instance
    instance.unload()
    QgsProject.instance().clear()


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def interior_point(dataset, index):
    metric = dataset.units.metric[index]
    buffers = shapely.union_all(dataset.buffers.metric)
    core = shapely.difference(shapely.buffer(metric, -80), shapely.buffer(buffers, 80))
    return reproject(core.representative_point(), METRIC_CRS, STORAGE_CRS)


def set_canvas(canvas, crs, centre_4490, half_width_m=3000):
    canvas.resize(800, 600)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
    to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem(STORAGE_CRS),
                                       QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    centre = to_canvas.transform(QgsPointXY(centre_4490.x, centre_4490.y))
    half = half_width_m if not QgsCoordinateReferenceSystem(crs).isGeographic() else half_width_m / 80000
    canvas.setExtent(QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half))
    canvas.refresh()
    return centre


def click(plugin, canvas, map_point, modifiers=Qt.NoModifier):
    pixel = canvas.getCoordinateTransform().transform(map_point)
    event = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, QPoint(int(round(pixel.x())),
                             int(round(pixel.y()))), Qt.LeftButton, Qt.LeftButton, modifiers)
    plugin.tool.canvasReleaseEvent(event)


def test_load_layers_adds_one_styled_read_only_group_once(plugin, completed_iface, dataset):
    main = completed_iface.mainWindow()
    main.findChild(QAction, "zoning_load_layers").trigger()
    main.findChild(QAction, "zoning_load_layers").trigger()
    root = QgsProject.instance().layerTreeRoot()
    groups = [g for g in root.findGroups(True) if g.customProperty(GROUP_PROPERTY)]
    assert len(groups) == 1
    assert "辽源市生态环境分区管控" in groups[0].name() and "sample" in groups[0].name().lower() \
        or "示例" in groups[0].name()
    layers = {node.layer().customProperty("zoning_plugin/layer"): node for node in groups[0].findLayers()}
    counts = {key: layers[key].layer().featureCount() for key in ("units_1", "units_2", "units_3")}
    assert counts == {"units_1": 31, "units_2": 26, "units_3": 4}
    for node in layers.values():
        assert node.layer().readOnly()
    assert not layers["basins"].itemVisibilityChecked() and not layers["counties"].itemVisibilityChecked()
    assert layers["units_1"].itemVisibilityChecked()
    colour = layers["units_1"].layer().renderer().symbol().color().name()
    assert colour.lower() == "#4caf50"
    assert "示例" in layers["units_1"].layer().metadata().abstract()
    # A layer the user removed comes back; her visibility choices stay.
    layers["units_3"].setItemVisibilityChecked(False)
    QgsProject.instance().removeMapLayer(layers["rivers"].layer().id())
    main.findChild(QAction, "zoning_load_layers").trigger()
    again = {n.layer().customProperty("zoning_plugin/layer"): n for n in groups[0].findLayers()}
    assert sorted(again) == sorted(layers)
    assert [n.layer().customProperty("zoning_plugin/layer") for n in groups[0].findLayers()][0] == "rivers"
    assert not again["units_3"].itemVisibilityChecked()


@pytest.mark.parametrize("crs", ["EPSG:3857", "EPSG:4326", "EPSG:4490", "EPSG:4551"])
def test_click_fills_the_panel_with_the_unit_and_all_city_items(plugin, completed_iface, dataset, crs):
    canvas = completed_iface.mapCanvas()
    index = 10
    point = interior_point(dataset, index)
    centre = set_canvas(canvas, crs, point)
    completed_iface.mainWindow().findChild(QAction, "zoning_inspect_tool").trigger()
    assert canvas.mapTool() is plugin.tool
    click(plugin, canvas, centre)
    entry = plugin.dock.current
    assert entry is not None
    result = entry.result
    code = dataset.units.records[index]["unit_code"]
    assert [u["code"] for u in result.units] == [code]
    assert [r.scope for r, _t in result.requirements].count("city") == 15
    html = plugin.dock.browser.toPlainText()
    assert code in html and "辽源市总体管控要求" in html
    assert plugin.highlight.bands


def test_copy_puts_the_panel_text_on_the_clipboard(plugin, completed_iface, dataset):
    canvas = completed_iface.mapCanvas()
    centre = set_canvas(canvas, "EPSG:4490", interior_point(dataset, 3))
    click(plugin, canvas, centre)
    QApplication.clipboard().clear()
    completed_iface.mainWindow().findChild(QAction, "zoning_copy_result").trigger()
    text = QApplication.clipboard().text()
    assert text == plugin.dock.result_text()
    result = plugin.dock.current.result
    for requirement, _triggered in result.requirements:
        assert requirement.text in text
    assert "EPSG:4490" in text and dataset.units.records[3]["unit_code"] in text


def _memory_polygon_layer(crs, geometry_wkt):
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "规划地块", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(geometry_wkt))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer


def test_click_on_a_feature_of_another_layer_inspects_its_polygon(plugin, completed_iface, dataset):
    canvas = completed_iface.mapCanvas()
    centre_metric = dataset.city_metric.centroid
    square = shapely.box(centre_metric.x - 2500, centre_metric.y - 2500, centre_metric.x + 2500,
                         centre_metric.y + 2500)
    layer = _memory_polygon_layer("EPSG:4551", square.wkt)
    QgsProject.instance().addMapLayer(layer)
    centre = set_canvas(canvas, "EPSG:4551", reproject(centre_metric, METRIC_CRS, STORAGE_CRS), 6000)
    canvas.setLayers([layer])
    click(plugin, canvas, centre)
    result = plugin.dock.current.result
    assert result.kind == "polygon"
    assert len(result.units) >= 2
    assert sum(u["share"] for u in result.units) == pytest.approx(1.0, abs=1e-4)
    assert sum(u["overlap_m2"] for u in result.units) == pytest.approx(25e6, rel=1e-4)
    assert "规划地块" in plugin.dock.current.title
    click(plugin, canvas, centre, Qt.ShiftModifier)
    assert plugin.dock.current.result.kind == "point"
    plugin.dock.go_back()
    assert plugin.dock.current.result.kind == "polygon"


def test_selected_features_are_inspected_together(plugin, completed_iface, dataset):
    c = dataset.city_metric.centroid
    layer = _memory_polygon_layer("EPSG:4551", shapely.box(c.x, c.y, c.x + 1000, c.y + 1000).wkt)
    QgsProject.instance().addMapLayer(layer)
    completed_iface.setActiveLayer(layer)
    completed_iface.activeLayer = lambda: layer
    layer.selectAll()
    plugin.dock.selected_action.trigger()
    result = plugin.dock.current.result
    assert result.kind == "polygon" and result.measure == pytest.approx(1e6, rel=1e-6)


def test_outside_the_city_shows_a_message_and_no_requirements(plugin, completed_iface):
    canvas = completed_iface.mapCanvas()
    centre = set_canvas(canvas, "EPSG:4326", shapely.Point(125.3245, 43.8868))
    click(plugin, canvas, centre)
    result = plugin.dock.current.result
    assert not result.inside and result.requirements == []
    assert "辽源市" in plugin.dock.browser.toPlainText()


def test_a_layer_without_crs_gives_a_message_not_an_exception(plugin, iface_recorder):
    geometry = QgsGeometry.fromPointXY(QgsPointXY(125.1, 42.9))
    plugin.on_clicked(geometry, QgsCoordinateReferenceSystem(), None, None)
    assert iface_recorder.messages
    assert plugin.dock.current is None


def test_a_missing_dataset_gives_a_message_not_an_exception(plugin, completed_iface, iface_recorder):
    from zoning_plugin.gui.settings import ZoningSettings
    saved = ZoningSettings.load()
    try:
        ZoningSettings(dataset_path="/nonexistent/zoning.gpkg").save()
        completed_iface.mainWindow().findChild(QAction, "zoning_load_layers").trigger()
        plugin.on_clicked(QgsGeometry.fromPointXY(QgsPointXY(125.1, 42.9)),
                          QgsCoordinateReferenceSystem("EPSG:4490"), None, None)
    finally:
        saved.save()
    assert len(iface_recorder.messages) >= 2
    assert any("zoning.gpkg" in str(m) for m in iface_recorder.messages)


def test_locator_finds_units_and_coordinates(plugin, dataset):
    from qgis.core import QgsFeedback, QgsLocatorContext, QgsLocatorResult
    found = []
    # The emitted result is a temporary: keep its values, not the wrapper.
    plugin.locator.resultFetched.connect(lambda r: found.append((r.displayString, r.userData)))
    record = dataset.units.records[0]
    plugin.locator.fetchResults(record["unit_code"], QgsLocatorContext(), QgsFeedback())
    assert found and record["unit_code"] in found[0][0]
    plugin.locator.triggerResult(QgsLocatorResult(plugin.locator, *found[0]))
    assert plugin.dock.current.result.units[0]["code"] == record["unit_code"]
    found.clear()
    plugin.locator.fetchResults("125.145, 42.902", QgsLocatorContext(), QgsFeedback())
    assert len(found) == 1
    plugin.locator.triggerResult(QgsLocatorResult(plugin.locator, *found[0]))
    result = plugin.dock.current.result
    assert result.inside and result.kind == "point"


def test_export_html_escapes_and_saves(plugin, completed_iface, dataset, tmp_path):
    canvas = completed_iface.mapCanvas()
    centre = set_canvas(canvas, "EPSG:4490", interior_point(dataset, 0))
    click(plugin, canvas, centre)
    path = plugin.dock.export_html(path=str(tmp_path / "r.html"))
    text = open(path, encoding="utf-8").read()
    assert text.startswith("<!DOCTYPE html>") and "辽源市总体管控要求" in text


def test_settings_dialog_round_trip_and_songhua_buffers_layer(plugin, completed_iface):
    from zoning_plugin.gui.layers import DERIVED_BUFFERS_KEY
    from zoning_plugin.gui.settings import ZoningSettings
    from zoning_plugin.gui.settings_dialog import ZoningSettingsDialog
    from zoning_plugin.gui.styles import label_scale
    saved = ZoningSettings.load()
    try:
        completed_iface.mainWindow().findChild(QAction, "zoning_load_layers").trigger()
        dialog = ZoningSettingsDialog(ZoningSettings(), completed_iface.mainWindow())
        dialog.songhua_check.setChecked(True)
        dialog.label_scale.setValue(25000)
        chosen = dialog.settings()
        assert chosen == ZoningSettings(dataset_path="", songhua_buffers=True, label_scale=25000)
        chosen.save()
        assert ZoningSettings.load() == chosen
        completed_iface.mapCanvas().waitWhileRendering()
        plugin.refresh_loaded_layers()
        groups = [g for g in QgsProject.instance().layerTreeRoot().findGroups(True)
                  if g.customProperty(GROUP_PROPERTY)]
        assert len(groups) == 1
        layers = {n.layer().customProperty("zoning_plugin/layer"): n.layer() for n in groups[0].findLayers()}
        derived = layers[DERIVED_BUFFERS_KEY]
        assert derived.featureCount() == 4 and derived.readOnly()
        assert label_scale(layers["units_1"]) == 25000
        rivers = {f["river_name"] for f in derived.getFeatures()}
        assert rivers == {"梅河", "莲河", "大横道河", "小柳树河"}
        assert len(QgsProject.instance().mapLayers()) == len(layers)
    finally:
        saved.save()


def test_settings_refuse_a_dataset_that_does_not_open(plugin, iface_recorder, tmp_path):
    from zoning_plugin.gui.settings import ZoningSettings
    saved = ZoningSettings.load()
    broken = tmp_path / "broken.gpkg"
    broken.write_bytes(b"not a geopackage")
    try:
        assert not plugin.apply_settings(ZoningSettings(dataset_path=str(broken)))
        assert ZoningSettings.load() == saved
        assert any("broken.gpkg" in str(m) for m in iface_recorder.messages)
    finally:
        saved.save()


def test_switching_dataset_replaces_the_loaded_group(plugin, completed_iface, tmp_path):
    import shutil
    from zoning_plugin.core import SAMPLE_DATASET_PATH
    from zoning_plugin.gui.settings import ZoningSettings
    saved = ZoningSettings.load()
    copy = tmp_path / "official.gpkg"
    shutil.copy(SAMPLE_DATASET_PATH, copy)
    try:
        completed_iface.mainWindow().findChild(QAction, "zoning_load_layers").trigger()
        assert plugin.apply_settings(ZoningSettings(dataset_path=str(copy)))
        groups = [g for g in QgsProject.instance().layerTreeRoot().findGroups(True)
                  if g.customProperty(GROUP_PROPERTY)]
        assert [g.customProperty(GROUP_PROPERTY) for g in groups] == [str(copy)]
        sources = {layer.source().split("|")[0] for layer in QgsProject.instance().mapLayers().values()
                   if layer.providerType() == "ogr"}
        assert sources == {str(copy)}
        assert all("示例" in n.layer().name() or "sample" in n.layer().name() for n in groups[0].findLayers())
    finally:
        saved.save()


def test_a_click_while_layers_load_says_so(plugin, iface_recorder):
    plugin._busy = True
    try:
        plugin.on_clicked(QgsGeometry.fromPointXY(QgsPointXY(125.145, 42.902)),
                          QgsCoordinateReferenceSystem("EPSG:4490"), None, None)
    finally:
        plugin._busy = False
    assert plugin.dock.current is None and iface_recorder.messages


def test_export_to_an_unwritable_place_gives_a_message(plugin, iface_recorder, tmp_path):
    plugin.on_clicked(QgsGeometry.fromPointXY(QgsPointXY(125.145, 42.902)),
                      QgsCoordinateReferenceSystem("EPSG:4490"), None, None)
    assert plugin.dock.export_html(path=str(tmp_path)) is None
    assert any(str(tmp_path) in str(m) for m in iface_recorder.messages)


def test_a_click_beside_the_river_marks_the_buffer_rule(plugin, completed_iface, dataset):
    river = next(line for r, line in zip(dataset.rivers.records, dataset.rivers.metric)
                 if r["river_name"] == "东辽河")
    anchor = shapely.line_interpolate_point(shapely.line_merge(river), 0.5, normalized=True)
    beside = reproject(shapely.Point(anchor.x + 20, anchor.y), METRIC_CRS, STORAGE_CRS)
    canvas = completed_iface.mapCanvas()
    centre = set_canvas(canvas, "EPSG:3857", beside, 500)
    click(plugin, canvas, centre)
    result = plugin.dock.current.result
    assert [b["river"] for b in result.buffers][:1] == ["东辽河"]
    assert [r.req_id for r, triggered in result.requirements if triggered] == ["B-LIAO-05"]
    text = plugin.dock.browser.toPlainText()
    assert "当前位置触发" in text or "applies here" in text
    assert "东辽河" in text and "50" in text


def test_zoom_to_unit_shows_the_whole_unit(plugin, completed_iface, dataset):
    canvas = completed_iface.mapCanvas()
    centre = set_canvas(canvas, "EPSG:3857", interior_point(dataset, 12), 200)
    click(plugin, canvas, centre)
    plugin.dock.zoom_action.trigger()
    minx, miny, maxx, maxy = dataset.units.geometries[12].bounds
    to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem(STORAGE_CRS),
                                       QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    unit_box = to_canvas.transformBoundingBox(QgsRectangle(minx, miny, maxx, maxy))
    assert canvas.extent().contains(unit_box)
    assert canvas.extent().width() < unit_box.width() * 3 or canvas.extent().height() < unit_box.height() * 3
