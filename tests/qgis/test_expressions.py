"""The zoning_* expression functions as a user meets them: registered by the plugin, evaluated as the
field calculator does (the layer's scopes and each feature in the context), in a virtual field, in
any layer CRS, without a layer (CGCS2000 lon/lat), on bad input."""
import time

import numpy
import pytest
import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsExpression,
                       QgsExpressionContext, QgsExpressionContextUtils, QgsFeature, QgsField, QgsGeometry,
                       QgsPointXY, QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant

import zoning_plugin
from zoning_plugin.core import open_dataset
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject
from zoning_plugin.gui.expressions import FUNCTION_NAMES, ZoningFunction
from zoning_plugin.toolbelt.geometry import to_qgs

DONGLIAO = "东辽河"


@pytest.fixture()
def plugin(completed_iface):
    QgsProject.instance().clear()
    instance = zoning_plugin.classFactory(completed_iface)
    instance.initGui()
    yield instance
    instance.unload()
    QgsProject.instance().clear()


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def interior_point(dataset, index):
    """A point well inside unit `index` and away from every buffer, EPSG:4490 (as test_inspector)."""
    metric = dataset.units.metric[index]
    buffers = shapely.union_all(dataset.buffers.metric)
    core = shapely.difference(shapely.buffer(metric, -80), shapely.buffer(buffers, 80))
    return reproject(core.representative_point(), METRIC_CRS, STORAGE_CRS)


def beside_dongliao(dataset):
    """(EPSG:4490 point 20 m or so beside 东辽河, inside its buffer and the city; its distance, m)."""
    line = dataset.river_lines()[DONGLIAO]
    buffer = next(g for r, g in zip(dataset.buffers.records, dataset.buffers.metric) if r["river_name"] == DONGLIAO)
    for fraction in numpy.linspace(0.3, 0.7, 41):
        on = line.interpolate(fraction, normalized=True)
        point = shapely.Point(on.x, on.y + 20)
        if buffer.contains(shapely.buffer(point, 3)) and 10 < line.distance(point) < 40:
            return reproject(point, METRIC_CRS, STORAGE_CRS), line.distance(point)
    raise AssertionError("no point beside the river")


def point_layer(points_4490, crs, name="sites"):
    """A memory layer in `crs` with one feature per EPSG:4490 point (None: a feature without geometry)."""
    layer = QgsVectorLayer("Point", name, "memory")
    layer.setCrs(QgsCoordinateReferenceSystem(crs))
    to_layer = QgsCoordinateTransform(QgsCoordinateReferenceSystem(STORAGE_CRS), layer.crs(), QgsProject.instance())
    features = []
    for point in points_4490:
        feature = QgsFeature()
        if point is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(to_layer.transform(QgsPointXY(point.x, point.y))))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    QgsProject.instance().addMapLayer(layer)
    return layer


def field_calculator(layer, text):
    """[value per feature] as the field calculator computes a new field; an eval error fails."""
    expression = QgsExpression(text)
    assert not expression.hasParserError(), expression.parserErrorString()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression.prepare(context)
    values = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        values.append(expression.evaluate(context))
        assert not expression.hasEvalError(), expression.evalErrorString()
    return values


def is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def test_functions_are_registered_by_init_gui_and_removed_by_unload(completed_iface):
    assert not any(QgsExpression.isFunctionName(name) for name in FUNCTION_NAMES)
    instance = zoning_plugin.classFactory(completed_iface)
    instance.initGui()
    try:
        assert all(QgsExpression.isFunctionName(name) for name in FUNCTION_NAMES)
        index = QgsExpression.functionIndex("zoning_unit_code")
        function = QgsExpression.Functions()[index]
        from zoning_plugin.toolbelt.log import log_tag
        assert log_tag() in function.groups() and log_tag() == "Ecological zoning control"
    finally:
        instance.unload()
    assert not any(QgsExpression.isFunctionName(name) for name in FUNCTION_NAMES)
    assert QgsExpression("zoning_unit_code($geometry)").hasParserError()


@pytest.mark.parametrize("crs", ["EPSG:3857", "EPSG:4490"])
def test_points_in_known_units_and_beside_the_river_in_the_layer_crs(plugin, dataset, crs):
    indices = [0, 17, 40, len(dataset.units) - 1]
    river_point, river_distance = beside_dongliao(dataset)
    layer = point_layer([interior_point(dataset, i) for i in indices] + [river_point], crs)
    records = [dataset.units.records[i] for i in indices]
    river_unit = dataset.inspect(river_point).units[0]

    assert field_calculator(layer, "zoning_unit_code($geometry)") == \
        [r["unit_code"] for r in records] + [river_unit["code"]]
    assert field_calculator(layer, "zoning_unit_name($geometry)") == \
        [r["unit_name"] for r in records] + [river_unit["name"]]
    assert field_calculator(layer, "zoning_unit_class($geometry)") == \
        [dataset.unit_class_name(r["unit_class"]) for r in records] + [river_unit["class_name"]]
    assert field_calculator(layer, "zoning_unit_class_number($geometry)") == \
        [dataset.class_number(r["unit_class"]) for r in records] + [river_unit["class"]]
    assert field_calculator(layer, "zoning_in_buffer($geometry)") == [False] * len(indices) + [True]
    distances = field_calculator(layer, "zoning_buffer_distance($geometry)")
    assert all(is_null(d) for d in distances[:-1])
    assert distances[-1] == pytest.approx(river_distance, abs=0.05)


def test_a_virtual_field_shows_the_unit_and_its_requirements(plugin, dataset):
    layer = point_layer([interior_point(dataset, 5)], "EPSG:3857")
    layer.addExpressionField("zoning_unit_code($geometry)", QgsField("unit", QVariant.String))
    layer.addExpressionField("zoning_requirements(zoning_unit_code($geometry), '风险防控')",
                             QgsField("risk", QVariant.String))
    feature = next(layer.getFeatures())
    code = dataset.units.records[5]["unit_code"]
    assert feature["unit"] == code
    risk = [r for r in dataset.by_scope[("unit", code)] if r.dimension == "环境风险防控"]
    assert feature["risk"].split("\n") == [f"{r.req_id} {r.text}" for r in risk]


def test_without_a_layer_a_geometry_is_cgcs2000_lon_lat(plugin, dataset):
    point = interior_point(dataset, 9)
    expression = QgsExpression(f"zoning_unit_code(make_point({point.x!r}, {point.y!r}))")
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    assert expression.evaluate(context) == dataset.units.records[9]["unit_code"]
    assert QgsExpression(f"zoning_unit_code(make_point({point.x!r}, {point.y!r}))").evaluate() == \
        dataset.units.records[9]["unit_code"]
    help_text = ZoningFunction("zoning_unit_code", open_dataset).helpText()
    assert "EPSG:4490" in help_text and "most of it" in help_text


def test_a_polygon_over_several_units_gets_the_unit_holding_most_of_it(plugin, dataset):
    parcel = shapely.box(125.13, 42.89, 125.16, 42.91)
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490", "plan", "memory")
    feature = QgsFeature()
    feature.setGeometry(to_qgs(parcel))
    layer.dataProvider().addFeatures([feature])
    result = dataset.inspect(parcel)
    assert len(result.units) >= 3
    largest = max(result.units, key=lambda u: u["overlap_m2"])
    assert field_calculator(layer, "zoning_unit_code($geometry)") == [largest["code"]]
    assert field_calculator(layer, "zoning_in_buffer($geometry)") == [bool(result.buffers)]


def test_outside_the_city_a_null_geometry_and_unreadable_coordinates_give_null(plugin, dataset):
    layer = point_layer([shapely.Point(125.3245, 43.8868), None, interior_point(dataset, 2)], "EPSG:3857")
    for name in FUNCTION_NAMES[:-1]:
        values = field_calculator(layer, f"{name}($geometry)")
        assert is_null(values[0]) and is_null(values[1]), name
        # Inside the city every function answers, but the distance of a place in no buffer.
        assert is_null(values[2]) == (name == "zoning_buffer_distance"), name
    far = QgsVectorLayer("Point?crs=EPSG:3857", "far", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(1e9, 5e6)))   # far beyond Web Mercator
    far.dataProvider().addFeatures([feature])
    assert is_null(field_calculator(far, "zoning_unit_code($geometry)")[0])


def test_a_layer_without_crs_gives_an_evaluation_error(plugin, dataset):
    layer = QgsVectorLayer("Point", "no crs", "memory")
    layer.setCrs(QgsCoordinateReferenceSystem())   # as QGIS leaves a shapefile without .prj
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(125.14, 42.9)))
    layer.dataProvider().addFeatures([feature])
    assert not layer.crs().isValid()
    expression = QgsExpression("zoning_unit_code($geometry)")
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(next(layer.getFeatures()))
    assert is_null(expression.evaluate(context))
    assert "coordinate reference system" in expression.evalErrorString()


def test_requirements_by_any_spelling_unknown_code_and_unknown_dimension(plugin, dataset):
    code = dataset.units.records[0]["unit_code"]
    own = dataset.by_scope[("unit", code)]
    spatial = "\n".join(f"{r.req_id} {r.text}" for r in own if r.dimension == "空间布局约束")
    assert QgsExpression(f"zoning_requirements('{code}', '空间布局约束')").evaluate() == spatial
    assert QgsExpression(f"zoning_requirements('{code}', ' 空间 布局')").evaluate() == spatial
    everything = QgsExpression(f"zoning_requirements('{code}')").evaluate()
    assert QgsExpression(f"zoning_requirements('{code}', '')").evaluate() == everything
    assert QgsExpression(f"zoning_requirements('{code}', NULL)").evaluate() == everything
    assert everything.startswith("空间布局约束\n") and all(r.text in everything for r in own)
    for text in ("zoning_requirements('ZH00000000000', '')", "zoning_requirements(NULL, '空间')"):
        expression = QgsExpression(text)
        assert is_null(expression.evaluate()) and not expression.hasEvalError(), text
    expression = QgsExpression(f"zoning_requirements('{code}', 'water')")
    assert is_null(expression.evaluate())
    assert "unknown dimension" in expression.evalErrorString()


def test_a_text_instead_of_a_geometry_gives_an_evaluation_error(plugin):
    expression = QgsExpression("zoning_unit_code('POINT(125 42)')")
    assert is_null(expression.evaluate())
    assert "geometry" in expression.evalErrorString()


def test_field_calculator_over_10k_points_takes_seconds(plugin, dataset):
    rng = numpy.random.default_rng(11)
    minx, miny, maxx, maxy = dataset.city_bounds_4490
    points = shapely.points(rng.uniform(minx, maxx, 10000), rng.uniform(miny, maxy, 10000))
    layer = point_layer(list(points), "EPSG:3857")
    started = time.perf_counter()
    codes = field_calculator(layer, "zoning_unit_code($geometry)")
    elapsed = time.perf_counter() - started
    print(f"\nfield calculator, zoning_unit_code($geometry) over 10 000 points in EPSG:3857: {elapsed:.2f} s")
    inside = [c for c in codes if not is_null(c)]
    assert 5000 < len(inside) < 10000   # the city fills part of its bounding box
    for point, code in list(zip(points, codes))[:200]:   # the answers are inspect's
        units = dataset.inspect(point).units
        assert (units[0]["code"] if units else None) == (None if is_null(code) else code)


def test_a_dataset_that_cannot_be_read_gives_an_evaluation_error(plugin, tmp_path):
    from zoning_plugin.toolbelt.settings import ZoningSettings
    saved = ZoningSettings.load()
    missing = tmp_path / "gone.gpkg"
    ZoningSettings(dataset_path=str(missing)).save()
    try:
        expression = QgsExpression("zoning_unit_code(make_point(125.145, 42.902))")
        assert is_null(expression.evaluate())
        assert str(missing) in expression.evalErrorString()
        expression = QgsExpression("zoning_requirements('ZH22040210001', '')")
        assert is_null(expression.evaluate()) and str(missing) in expression.evalErrorString()
    finally:
        saved.save()
