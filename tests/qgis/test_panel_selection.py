"""The panel's "inspect the selected features" as a user does it: features of a layer of their own,
several selected, the button in the panel's toolbar clicked; the panel shows their union."""
import pytest
import shapely
import shapely.affinity
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest

from test_inspector import interior_point
from zoning_plugin.core import open_dataset
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def one_unit_of_each_class(dataset):
    """Indexes of the first unit of each class: units with different requirements."""
    first = {}
    for index, record in enumerate(dataset.units.records):
        first.setdefault(record["unit_class"], index)
    return sorted(first.values())


def plan_layer(wkts, crs="EPSG:4551", kind="Polygon", name="规划地块"):
    """A user's memory layer with one feature a WKT (None: a feature without geometry)."""
    layer = QgsVectorLayer(f"{kind}?crs={crs}&field=parcel:string(10)", name, "memory")
    features = []
    for number, wkt in enumerate(wkts, 1):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"P-{number}"])
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    return layer


def click_inspect_selected(plugin, layer, feature_ids):
    """Select the features, make the layer the active one and click the panel's button."""
    from qgis.utils import iface
    plugin.dock.show()
    layer.selectByIds(list(feature_ids))
    iface.setActiveLayer(layer)   # the stub keeps it, as QGIS's layer tree does
    before = plugin.dock.current
    button = plugin.dock.toolbar.widgetForAction(plugin.dock.selected_action)
    assert button is not None and button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QCoreApplication.processEvents()
    return plugin.dock.current if plugin.dock.current is not before else None


def metric_square(dataset, index, half=40):
    return shapely.buffer(interior_point_metric(dataset, index), half, cap_style="square")


def interior_point_metric(dataset, index):
    return reproject(interior_point(dataset, index), STORAGE_CRS, METRIC_CRS)


def requirement_ids(result):
    return {requirement.req_id for requirement, _triggered in result.requirements}


def test_several_selected_features_in_different_units_are_inspected_together(plugin, dataset):
    indexes = one_unit_of_each_class(dataset)
    squares = [metric_square(dataset, index) for index in indexes]
    layer = plan_layer([square.wkt for square in squares] + [metric_square(dataset, 20).wkt])
    ids = [feature.id() for feature in layer.getFeatures()][:len(squares)]   # the fourth stays unselected
    entry = click_inspect_selected(plugin, layer, ids)
    assert entry is not None
    result = entry.result
    codes = [dataset.units.records[index]["unit_code"] for index in indexes]
    assert len(codes) == 3 and sorted(u["code"] for u in result.units) == sorted(codes)
    assert result.kind == "polygon" and result.measure == pytest.approx(sum(s.area for s in squares), rel=1e-6)
    # The union's requirements: every requirement each feature gets alone, and no other.
    alone = [dataset.inspect(square, crs=METRIC_CRS) for square in squares]
    assert requirement_ids(result) == set().union(*(requirement_ids(r) for r in alone))
    assert len(requirement_ids(result)) > max(len(requirement_ids(r)) for r in alone)
    text = plugin.dock.browser.toPlainText()
    assert entry.title in text and "3" in entry.title and layer.name() in entry.title
    for code in codes:
        assert code in text


def test_a_self_intersecting_feature_in_the_selection_is_repaired_not_fatal(plugin, dataset, iface_recorder):
    """QGIS's unaryUnion of a selection holding a bow-tie polygon gave an empty geometry and the
    user got "ParseException: Unexpected EOF parsing WKB"; the core repairs it as it repairs a
    clicked feature, and the panel says it was repaired."""
    iface_recorder.messages.clear()
    centre = interior_point_metric(dataset, 30)
    bow_tie = shapely.affinity.translate(shapely.from_wkt("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"),
                                         centre.x, centre.y)
    square = metric_square(dataset, 0)
    layer = plan_layer([square.wkt, bow_tie.wkt])
    entry = click_inspect_selected(plugin, layer, [feature.id() for feature in layer.getFeatures()])
    assert entry is not None and iface_recorder.messages == []
    result = entry.result
    assert result.repaired and "2" in entry.title
    assert {u["code"] for u in result.units} == {dataset.units.records[i]["unit_code"] for i in (0, 30)}
    assert result.measure == pytest.approx(square.area + 50, rel=1e-6)   # the bow tie's two triangles


def test_selected_features_without_geometry_are_counted_apart(plugin, dataset):
    squares = [metric_square(dataset, index) for index in one_unit_of_each_class(dataset)[:2]]
    layer = plan_layer([squares[0].wkt, None, squares[1].wkt, "POLYGON EMPTY"])
    entry = click_inspect_selected(plugin, layer, [feature.id() for feature in layer.getFeatures()])
    assert entry is not None and len(entry.result.units) == 2
    assert "2" in entry.title
    rows = dict(entry.extra_rows)
    assert len(rows) == 2 and any(value.startswith("2 ") for value in rows.values())
    assert entry.extra_rows[1][1] in plugin.dock.browser.toPlainText()
