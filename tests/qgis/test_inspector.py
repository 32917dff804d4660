"""The plugin in QGIS as a user drives it: layers, the inspect tool under real mouse events sent to
the canvas viewport (the canvas decides what reaches the tool), the panel, copy, export, the
locator, the settings dialog, CRSs, errors."""
import pytest
import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry,
                       QgsLocatorModel, QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from qgis.PyQt.QtGui import QMouseEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAction, QApplication, QDialog, QDialogButtonBox, QFileDialog, QLabel

import zoning_plugin
from zoning_plugin.core import open_dataset
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject
from zoning_plugin.gui.layers import GROUP_PROPERTY
from zoning_plugin.toolbelt.settings import ZoningSettings, load_point_mode, save_point_mode


@pytest.fixture()
def plugin(completed_iface, iface_recorder):
    QgsProject.instance().clear()
    iface_recorder.messages.clear()
    save_point_mode(False)
    main = completed_iface.mainWindow()
    canvas = completed_iface.mapCanvas()
    crs, extent = canvas.mapSettings().destinationCrs(), canvas.extent()
    main.show()   # the canvas is on screen, as in QGIS, so it handles mouse events as there
    instance = zoning_plugin.classFactory(completed_iface)
    instance.initGui()
    yield instance
    instance.unload()
    main.hide()
    save_point_mode(False)
    QgsProject.instance().clear()
    canvas.setDestinationCrs(crs)   # the session's canvas is shared with the other test modules
    canvas.setExtent(extent)


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def action(plugin, name):
    found = plugin.iface.mainWindow().findChild(QAction, name)
    assert found is not None, name
    return found


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


def pixel(canvas, map_point):
    """The viewport pixel of a point in the canvas CRS."""
    xy = canvas.getCoordinateTransform().transform(map_point)
    return QPoint(int(round(xy.x())), int(round(xy.y())))


def choose_inspect_tool(plugin):
    """The user's choice of the tool: its toolbar action, unless it is the current map tool."""
    canvas = plugin.iface.mapCanvas()
    if canvas.mapTool() is not plugin.tool:
        action(plugin, "zoning_inspect_tool").trigger()
    assert canvas.mapTool() is plugin.tool


def click(plugin, canvas, map_point, modifiers=Qt.KeyboardModifier.NoModifier):
    """A left click as the user makes it: press and release on the canvas viewport. The canvas's
    own event handling decides what reaches the tool (e.g. a Shift+press may start a zoom box)."""
    choose_inspect_tool(plugin)
    at = pixel(canvas, map_point)
    QTest.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, modifiers, at)
    QTest.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, modifiers, at)
    return at


def drag(plugin, canvas, start, end, modifiers=Qt.KeyboardModifier.NoModifier, steps=8):
    """Press at pixel `start`, move with the left button held, release at pixel `end`."""
    choose_inspect_tool(plugin)
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, start)
    for step in range(1, steps + 1):
        at = QPointF(start.x() + (end.x() - start.x()) * step / steps,
                     start.y() + (end.y() - start.y()) * step / steps)
        QApplication.sendEvent(viewport, QMouseEvent(QEvent.MouseMove, at, Qt.NoButton, Qt.MouseButton.LeftButton,
                                                     modifiers))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, end)


def point_4490(canvas, at):
    """The map point under viewport pixel `at`, in EPSG:4490, as shapely."""
    map_point = canvas.getCoordinateTransform().toMapCoordinates(at)
    to_storage = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(),
                                        QgsCoordinateReferenceSystem(STORAGE_CRS), QgsProject.instance())
    p = to_storage.transform(map_point)
    return shapely.Point(p.x(), p.y())


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


def users_parcel(canvas, dataset):
    """A user's own 5 km × 5 km polygon over the city centre, on a canvas in EPSG:4551 centred on it."""
    centre_metric = dataset.city_metric.centroid
    square = shapely.box(centre_metric.x - 2500, centre_metric.y - 2500, centre_metric.x + 2500,
                         centre_metric.y + 2500)
    layer = _memory_polygon_layer("EPSG:4551", square.wkt)
    QgsProject.instance().addMapLayer(layer)
    centre = set_canvas(canvas, "EPSG:4551", reproject(centre_metric, METRIC_CRS, STORAGE_CRS), 6000)
    canvas.setLayers([layer])
    return layer, centre


def assert_point_at(plugin, canvas, at):
    """The panel shows the clicked point (not the user's feature) at viewport pixel `at`."""
    entry = plugin.dock.current
    assert entry is not None and entry.result.kind == "point"
    assert "规划地块" not in entry.title
    # Within two pixels of where the user clicked (the canvas shows 12 km over 600 px).
    assert shapely.distance(reproject(entry.result.geometry_4490, STORAGE_CRS, METRIC_CRS),
                            reproject(point_4490(canvas, at), STORAGE_CRS, METRIC_CRS)) < 2 * 20


def test_click_on_a_feature_of_another_layer_inspects_its_polygon(plugin, completed_iface, dataset):
    canvas = completed_iface.mapCanvas()
    _layer, centre = users_parcel(canvas, dataset)
    click(plugin, canvas, centre)
    result = plugin.dock.current.result
    assert result.kind == "polygon"
    assert len(result.units) >= 2
    assert sum(u["share"] for u in result.units) == pytest.approx(1.0, abs=1e-4)
    assert sum(u["overlap_m2"] for u in result.units) == pytest.approx(25e6, rel=1e-4)
    assert "规划地块" in plugin.dock.current.title


def test_a_click_on_a_curved_feature_inspects_it_as_processing_does(plugin, completed_iface, dataset):
    """A CurvePolygon parcel (CAD and some survey data deliver arcs) clicked in the panel: its curve
    is segmentised as every algorithm does (gui.util.plain_wkb), where the panel used to fail on
    "Unknown WKB type"."""
    canvas = completed_iface.mapCanvas()
    centre_metric = dataset.city_metric.centroid
    x, y, r = centre_metric.x, centre_metric.y, 1000.0
    layer = QgsVectorLayer("CurvePolygon?crs=EPSG:4551", "曲线地块", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(f"CURVEPOLYGON(CIRCULARSTRING({x - r} {y}, {x} {y + r}, {x + r} {y}, "
                                            f"{x} {y - r}, {x - r} {y}))"))
    assert layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    centre = set_canvas(canvas, "EPSG:4551", reproject(centre_metric, METRIC_CRS, STORAGE_CRS), 6000)
    canvas.setLayers([layer])
    click(plugin, canvas, centre)
    entry = plugin.dock.current
    assert entry.result.kind == "polygon" and "曲线地块" in entry.title
    assert sum(u["overlap_m2"] for u in entry.result.units) == pytest.approx(3.14159265 * r * r, rel=1e-3)


def test_shift_click_over_a_users_polygon_inspects_the_point(plugin, completed_iface, dataset):
    # The canvas starts a zoom box on Shift+press when the tool allows it; then the tool never
    # sees the click and the point under a user's polygon cannot be inspected at all.
    canvas = completed_iface.mapCanvas()
    _layer, centre = users_parcel(canvas, dataset)
    click(plugin, canvas, centre)
    assert plugin.dock.current.result.kind == "polygon"
    extent = canvas.extent()
    at = click(plugin, canvas, centre, Qt.KeyboardModifier.ShiftModifier)
    assert len(plugin.dock.history) == 2
    assert_point_at(plugin, canvas, at)
    assert canvas.extent() == extent and canvas.mapTool() is plugin.tool
    action(plugin, "zoning_history_back").trigger()
    assert plugin.dock.current.result.kind == "polygon"


def test_shift_drag_neither_zooms_nor_leaves_the_tool(plugin, completed_iface, dataset):
    canvas = completed_iface.mapCanvas()
    _layer, centre = users_parcel(canvas, dataset)
    extent = canvas.extent()
    start = pixel(canvas, centre)
    end = QPoint(start.x() + 150, start.y() + 100)
    drag(plugin, canvas, start, end, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.extent() == extent
    assert canvas.mapTool() is plugin.tool
    assert_point_at(plugin, canvas, end)


def test_point_mode_takes_the_point_over_a_feature_and_is_remembered(plugin, completed_iface, dataset):
    canvas = completed_iface.mapCanvas()
    _layer, centre = users_parcel(canvas, dataset)
    switch = action(plugin, "zoning_point_mode")
    assert switch.isCheckable() and not switch.isChecked()
    assert plugin.dock.point_button.defaultAction() is switch      # a button with its words, below the toolbar
    switch.trigger()
    assert load_point_mode()
    at = click(plugin, canvas, centre)
    assert_point_at(plugin, canvas, at)
    at = click(plugin, canvas, centre, Qt.KeyboardModifier.ShiftModifier)
    assert_point_at(plugin, canvas, at)
    assert len(plugin.dock.history) == 2
    # The next QGIS session starts in point mode.
    plugin.unload()
    plugin.initGui()
    assert action(plugin, "zoning_point_mode").isChecked()
    at = click(plugin, canvas, centre)
    assert_point_at(plugin, canvas, at)
    # Off again: a click on the feature inspects the feature.
    action(plugin, "zoning_point_mode").trigger()
    assert not load_point_mode()
    click(plugin, canvas, centre)
    assert plugin.dock.current.result.kind == "polygon"


def test_selected_features_are_inspected_together(plugin, completed_iface, dataset):
    c = dataset.city_metric.centroid
    layer = _memory_polygon_layer("EPSG:4551", shapely.box(c.x, c.y, c.x + 1000, c.y + 1000).wkt)
    QgsProject.instance().addMapLayer(layer)
    completed_iface.setActiveLayer(layer)   # the stub keeps it, as QGIS's layer tree does
    layer.selectAll()
    action(plugin, "zoning_inspect_selected").trigger()
    result = plugin.dock.current.result
    assert result.kind == "polygon" and result.measure == pytest.approx(1e6, rel=1e-6)


def test_outside_the_city_shows_a_message_and_no_requirements(plugin, completed_iface):
    canvas = completed_iface.mapCanvas()
    action(plugin, "zoning_load_layers").trigger()      # before loading, the panel offers to load them
    centre = set_canvas(canvas, "EPSG:4326", shapely.Point(125.3245, 43.8868))
    click(plugin, canvas, centre)
    result = plugin.dock.current.result
    assert not result.inside and result.requirements == []
    assert "辽源市" in plugin.dock.browser.toPlainText()


def test_a_click_on_a_feature_of_a_layer_without_crs_gives_a_message(plugin, completed_iface,
                                                                      iface_recorder, dataset):
    canvas = completed_iface.mapCanvas()
    c = dataset.city_metric.centroid
    # A layer without CRS, as QGIS leaves e.g. a shapefile without .prj by default.
    layer = QgsVectorLayer("Polygon", "无坐标系图层", "memory")
    layer.setCrs(QgsCoordinateReferenceSystem())
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(shapely.box(c.x - 2500, c.y - 2500, c.x + 2500, c.y + 2500).wkt))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    assert not layer.crs().isValid()
    QgsProject.instance().addMapLayer(layer)
    centre = set_canvas(canvas, "EPSG:4551", reproject(c, METRIC_CRS, STORAGE_CRS), 6000)
    canvas.setLayers([layer])
    click(plugin, canvas, centre)
    assert plugin.dock.current is None
    assert any("coordinate reference system" in str(m) or "坐标参考系" in str(m)
               for m in iface_recorder.messages)


def test_a_missing_dataset_gives_a_message_not_an_exception(plugin, completed_iface, iface_recorder):
    saved = ZoningSettings.load()
    canvas = completed_iface.mapCanvas()
    try:
        ZoningSettings(dataset_path="/nonexistent/zoning.gpkg").save()
        action(plugin, "zoning_load_layers").trigger()
        messages = len(iface_recorder.messages)
        assert messages >= 1
        click(plugin, canvas, set_canvas(canvas, "EPSG:4490", shapely.Point(125.1, 42.9)))
    finally:
        saved.save()
    assert plugin.dock.current is None
    # The load said it, and so did the click.
    assert any("zoning.gpkg" in str(m) for m in iface_recorder.messages[:messages])
    assert any("zoning.gpkg" in str(m) for m in iface_recorder.messages[messages:])


def locate(bridge, text):
    """Ctrl+K in QGIS: the locator widget's model bridge runs (a clone of) each registered filter
    on the text. Returns {display string: model row} of what the user sees."""
    bridge.performSearch(text)
    for _ in range(250):
        if not bridge.isRunning():
            break
        QTest.qWait(20)
    QApplication.processEvents()
    model = bridge.proxyModel()
    rows = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, QgsLocatorModel.ResultTypeRole) != 0:   # 0: a filter's title row
            rows[model.data(index, Qt.ItemDataRole.DisplayRole)] = index
    return rows


def test_locator_finds_units_and_coordinates(plugin, dataset, iface_recorder):
    from qgis.core import QgsLocatorModelBridge
    (registered,) = iface_recorder.locator_filters
    bridge = QgsLocatorModelBridge()
    bridge.locator().registerFilter(registered)   # as iface.registerLocatorFilter does: QGIS owns it now
    record = dataset.units.records[0]
    found = locate(bridge, record["unit_code"])
    titles = [title for title in found if record["unit_code"] in title]
    assert len(titles) == 1
    bridge.triggerResult(found[titles[0]])   # the user picks it (Enter or a click)
    assert plugin.dock.current.result.units[0]["code"] == record["unit_code"]
    found = locate(bridge, "zon 125.145, 42.902")
    assert len(found) == 1
    bridge.triggerResult(next(iter(found.values())))
    result = plugin.dock.current.result
    assert result.inside and result.kind == "point"
    assert result.location == pytest.approx((125.145, 42.902))


def save_dialog_answers(monkeypatch, path):
    """The user types `path` into the save dialog (patched: a native dialog cannot be driven)."""
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return path, "HTML (*.html)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def test_export_html_escapes_and_saves(plugin, completed_iface, dataset, tmp_path, monkeypatch):
    canvas = completed_iface.mapCanvas()
    centre = set_canvas(canvas, "EPSG:4490", interior_point(dataset, 0))
    click(plugin, canvas, centre)
    target = tmp_path / "r.html"
    asked = save_dialog_answers(monkeypatch, str(target))
    action(plugin, "zoning_export_html").trigger()
    assert len(asked) == 1
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "辽源市总体管控要求" in text


def test_export_cancelled_writes_nothing(plugin, completed_iface, dataset, tmp_path, monkeypatch):
    canvas = completed_iface.mapCanvas()
    click(plugin, canvas, set_canvas(canvas, "EPSG:4490", interior_point(dataset, 0)))
    asked = save_dialog_answers(monkeypatch, "")
    action(plugin, "zoning_export_html").trigger()
    assert len(asked) == 1 and list(tmp_path.iterdir()) == []


def run_settings_dialog(plugin, fill, accept=True):
    """Settings… from the plugin menu, as the user opens it: the modal dialog runs its own event
    loop; a timer fills it in there and presses OK (or Cancel). A dialog that is not found in
    time is closed so that the test fails instead of hanging."""
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if len(seen) < 50:
                seen.append(None)
                QTimer.singleShot(20, answer)
            else:   # not modal: close whatever dialog is open so that exec() returns
                for widget in QApplication.topLevelWidgets():
                    if isinstance(widget, QDialog) and widget.isVisible():
                        widget.reject()
            return
        seen.append(dialog)
        try:
            fill(dialog)
        finally:
            buttons = dialog.findChild(QDialogButtonBox)
            buttons.button(QDialogButtonBox.Ok if accept else QDialogButtonBox.Cancel).click()

    QTimer.singleShot(0, answer)
    action(plugin, "zoning_settings").trigger()
    dialogs = [d for d in seen if d is not None]
    assert len(dialogs) == 1 and isinstance(dialogs[0], QDialog)
    assert dialogs[0].objectName() == "ZoningSettingsDialog"


def test_settings_dialog_round_trip_and_buffers_in_all_basins_layer(plugin, completed_iface):
    from zoning_plugin.gui.layers import DERIVED_BUFFERS_KEY
    from zoning_plugin.gui.styles import label_scale
    saved = ZoningSettings.load()
    try:
        action(plugin, "zoning_load_layers").trigger()
        completed_iface.mapCanvas().waitWhileRendering()

        def fill(dialog):
            dialog.other_basins_check.setChecked(True)
            dialog.label_scale.setValue(25000)
        run_settings_dialog(plugin, fill)
        assert ZoningSettings.load() == ZoningSettings(dataset_path="", buffers_in_all_basins=True,
                                                       label_scale=25000)
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
        # The dialog opens with what was saved; Cancel changes nothing.
        shown = []
        run_settings_dialog(plugin, lambda d: (shown.append((d.other_basins_check.isChecked(),
                                                              d.label_scale.value())),
                                               d.label_scale.setValue(50000)), accept=False)
        assert shown == [(True, 25000)]
        assert ZoningSettings.load().label_scale == 25000
    finally:
        saved.save()


def test_settings_refuse_a_dataset_that_does_not_open(plugin, iface_recorder, tmp_path):
    """Issue 17 §5: OK with a dataset that does not open keeps the dialog open, the typed path in
    the field and the reason beside it; Cancel then changes nothing."""
    saved = ZoningSettings.load()
    broken = tmp_path / "broken.gpkg"
    broken.write_bytes(b"not a geopackage")
    seen = []

    def fill(dialog):
        edit = dialog.dataset_widget.lineEdit()
        edit.clear()
        QTest.keyClicks(edit, str(broken))
        QTest.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.MouseButton.LeftButton)
        error = dialog.findChild(QLabel, "zoning_dataset_error")
        seen.append((dialog.isVisible(), dialog.dataset_widget.filePath(), error.isVisible(), error.text()))
    try:
        run_settings_dialog(plugin, fill, accept=False)
        [(visible, path, shown, reason)] = seen
        assert visible and path == str(broken) and shown and "broken.gpkg" in reason
        assert ZoningSettings.load() == saved
    finally:
        saved.save()


def test_the_settings_note_says_what_applies_at_once(plugin):
    notes = []
    run_settings_dialog(plugin, lambda d: notes.append(d.findChild(QLabel, "zoning_settings_note").text()),
                        accept=False)
    assert "label scale and the buffer option apply at once" in notes[0]
    assert "next time the layers are loaded" not in notes[0]


def test_switching_dataset_replaces_the_loaded_group(plugin, completed_iface, tmp_path):
    import shutil
    from zoning_plugin.core import SAMPLE_DATASET_PATH
    saved = ZoningSettings.load()
    copy = tmp_path / "official.gpkg"
    shutil.copy(SAMPLE_DATASET_PATH, copy)
    try:
        action(plugin, "zoning_load_layers").trigger()
        run_settings_dialog(plugin, lambda d: d.dataset_widget.setFilePath(str(copy)))
        assert ZoningSettings.load().dataset_path == str(copy)
        groups = [g for g in QgsProject.instance().layerTreeRoot().findGroups(True)
                  if g.customProperty(GROUP_PROPERTY)]
        assert [g.customProperty(GROUP_PROPERTY) for g in groups] == [str(copy)]
        sources = {layer.source().split("|")[0] for layer in QgsProject.instance().mapLayers().values()
                   if layer.providerType() == "ogr"}
        assert sources == {str(copy)}
        assert all("示例" in n.layer().name() or "sample" in n.layer().name() for n in groups[0].findLayers())
    finally:
        saved.save()


def test_a_click_while_layers_load_says_so(plugin, completed_iface, iface_recorder, dataset):
    # Loading runs on the main thread; a click can only arrive while it runs if something in it
    # processes events. The busy state is set by hand; the click is a real one.
    canvas = completed_iface.mapCanvas()
    centre = set_canvas(canvas, "EPSG:4490", interior_point(dataset, 3))
    choose_inspect_tool(plugin)
    plugin._busy = True
    try:
        click(plugin, canvas, centre)
    finally:
        plugin._busy = False
    assert plugin.dock.current is None and iface_recorder.messages
    click(plugin, canvas, centre)
    assert plugin.dock.current is not None


def test_export_to_an_unwritable_place_gives_a_message(plugin, completed_iface, iface_recorder, dataset,
                                                       tmp_path, monkeypatch):
    canvas = completed_iface.mapCanvas()
    click(plugin, canvas, set_canvas(canvas, "EPSG:4490", interior_point(dataset, 0)))
    target = tmp_path / "no such folder" / "r.html"
    save_dialog_answers(monkeypatch, str(target))
    action(plugin, "zoning_export_html").trigger()
    assert any(str(target) in str(m) for m in iface_recorder.messages)
    assert not target.parent.exists()


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
