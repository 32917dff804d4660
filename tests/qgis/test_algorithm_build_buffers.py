"""zoning:build_buffers through processing.run on memory layers with known answers."""
import math

import pytest
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                       QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject, QgsWkbTypes)

import zoning_plugin
from zoning_plugin.algorithms.build_buffers import BuildBuffersAlgorithm, guess_name_field
from processing_support import Recorder, memory_layer

X0, Y0 = 430_000.0, 4_750_000.0                 # EPSG:4551 metres, inside 辽源


def strip_area(width, length=1000.0):
    """A straight river `length` m long, `width` m on each side, round ends."""
    return 2 * width * length + math.pi * width ** 2


def line(x1, x2, y=Y0):
    return f"LINESTRING({X0 + x1} {y}, {X0 + x2} {y})"


def river_layer(rows, fields="name:string", crs="EPSG:4551", geometry="LineString"):
    """A memory layer from (WKT or None, attributes...) rows."""
    return memory_layer(rows, geometry, crs, fields, "rivers")


def run(layer, feedback=None, **parameters):
    from qgis import processing
    result = processing.run("zoning:build_buffers", {"INPUT": layer, "OUTPUT": "memory:", **parameters},
                            feedback=feedback or Recorder())
    output = result["OUTPUT"]
    return {f["river_name"] if f["river_name"] else f.id(): f for f in output.getFeatures()}, output


def test_the_provider_lists_the_algorithm_with_its_texts(zoning_provider):
    assert (zoning_provider.id(), zoning_provider.name()) == ("zoning", "Ecological zoning control")
    assert not zoning_provider.icon().isNull()
    algorithm = QgsApplication.processingRegistry().algorithmById("zoning:build_buffers")
    assert algorithm is not None and algorithm.provider().id() == "zoning"
    assert algorithm.displayName() == "Build river ecological buffers"
    assert (algorithm.group(), algorithm.groupId()) == ("Data preparation", "preparation")
    help_text = algorithm.shortHelpString()
    assert "river name field" in help_text and "metric CRS" in help_text
    assert "东辽河" not in help_text and "辽源" not in help_text   # the help names no city
    assert isinstance(algorithm.createInstance(), BuildBuffersAlgorithm)
    assert [p.name() for p in algorithm.parameterDefinitions()] == [
        "INPUT", "NAME_FIELD", "WIDTH", "CHANNEL", "DISSOLVE", "DATASET", "OUTPUT"]


def test_a_straight_kilometre_with_width_30_is_two_strips_and_round_ends(zoning_provider):
    layer = river_layer([(line(0, 1000), "某河", 30.0)], "name:string,w:double")
    features, output = run(layer, WIDTH='"w"')
    feature = features["某河"]
    assert feature["buffer_m"] == 30.0 and feature["width_from"] == "input" and feature["pieces"] == 1
    assert feature["area_m2"] == pytest.approx(strip_area(30), rel=1e-3)
    assert feature.geometry().area() == pytest.approx(strip_area(30), rel=1e-3)
    assert output.crs().authid() == "EPSG:4551"
    assert QgsWkbTypes.flatType(output.wkbType()) == QgsWkbTypes.MultiPolygon


def test_dongliao_gets_50_m_from_the_dataset_and_other_rivers_the_general_30_m(zoning_provider):
    layer = river_layer([(line(0, 1000), "东辽河"), (line(0, 1000, Y0 + 5000), "不知名河")])
    feedback = Recorder()
    features, _output = run(layer, feedback)
    dongliao, other = features["东辽河"], features["不知名河"]
    assert (dongliao["buffer_m"], dongliao["width_from"], dongliao["basin_id"]) == (50.0, "dataset river", "liao")
    assert dongliao["area_m2"] == pytest.approx(strip_area(50), rel=1e-3)
    assert (other["buffer_m"], other["width_from"]) == (30.0, "dataset default")
    assert not other["basin_id"]
    log = "\n".join(feedback.infos)
    assert "东辽河: 50 m on each side (the dataset's width for this river)" in log
    assert "不知名河: 30 m on each side (the dataset's general width)" in log
    assert "EPSG:4551, the dataset's metric CRS" in log
    assert "“name” (guessed" in log


def test_a_null_width_falls_back_to_the_dataset(zoning_provider):
    layer = river_layer([(line(0, 1000), "东辽河", None), (line(0, 1000, Y0 + 5000), "甲河", 12.0)],
                        "name:string,w:double")
    features, _output = run(layer, WIDTH='"w"')
    assert (features["东辽河"]["buffer_m"], features["东辽河"]["width_from"]) == (50.0, "dataset river")
    assert (features["甲河"]["buffer_m"], features["甲河"]["width_from"]) == (12.0, "input")


def test_an_expression_gives_the_width(zoning_provider):
    layer = river_layer([(line(0, 1000), "甲河", 2)], "name:string,grade:integer")
    features, _output = run(layer, WIDTH='CASE WHEN "grade" = 2 THEN 40 ELSE 10 END')
    assert features["甲河"]["buffer_m"] == 40.0


def test_two_pieces_of_one_river_dissolve_into_one_feature(zoning_provider):
    layer = river_layer([(line(0, 500), "甲河"), (line(500, 1000), " 甲河 "), (line(0, 1000, Y0 + 5000), "乙河")])
    features, output = run(layer)
    assert output.featureCount() == 2
    assert features["甲河"]["pieces"] == 2
    assert features["甲河"]["area_m2"] == pytest.approx(strip_area(30), rel=1e-3)
    assert features["甲河"].geometry().constGet().numGeometries() == 1
    _features, kept_apart = run(layer, DISSOLVE=False)
    assert sorted((f["river_name"], f["pieces"]) for f in kept_apart.getFeatures()) == [
        ("乙河", 1), ("甲河", 1), ("甲河", 1)]


def test_without_a_name_field_each_feature_stands_alone_with_the_general_width(zoning_provider):
    layer = river_layer([(line(0, 500), 1), (line(500, 1000), 2)], "code:integer")
    feedback = Recorder()
    features, output = run(layer, feedback)
    assert output.featureCount() == 2
    assert {f["buffer_m"] for f in features.values()} == {30.0}
    assert all(not f["river_name"] for f in features.values())
    assert any("No river name field" in line for line in feedback.infos)


def test_the_name_field_is_guessed_or_chosen():
    assert guess_name_field(["id", "河流名称"]) == "河流名称"
    assert guess_name_field(["id", "名称\n"]) == "名称\n"
    assert guess_name_field(["Name", "river_name"]) == "river_name"
    assert guess_name_field(["id", "NAME"]) == "NAME"
    assert guess_name_field(["id", "Name"]) == "Name"
    assert guess_name_field(["id", "code"]) is None


def test_a_chosen_name_field_is_used(zoning_provider):
    layer = river_layer([(line(0, 1000), "甲河", "东辽河")], "name:string,hm:string")
    features, _output = run(layer, NAME_FIELD="hm")
    assert features["东辽河"]["buffer_m"] == 50.0


def test_geographic_input_is_measured_in_metres_and_returned_in_its_crs(zoning_provider):
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4551"),
                                       QgsCoordinateReferenceSystem("EPSG:4490"), QgsProject.instance())
    geometry = QgsGeometry.fromWkt(line(0, 1000))
    geometry.transform(transform)
    layer = river_layer([(geometry.asWkt(12), "东辽河")], crs="EPSG:4490")
    features, output = run(layer)
    assert output.crs().authid() == "EPSG:4490"
    assert features["东辽河"]["area_m2"] == pytest.approx(strip_area(50), rel=1e-3)
    assert 124 < features["东辽河"].geometry().boundingBox().xMinimum() < 128


def test_selected_features_only(zoning_provider):
    layer = river_layer([(line(0, 1000), "甲河"), (line(0, 1000, Y0 + 5000), "乙河")])
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([next(f.id() for f in layer.getFeatures() if f["name"] == "乙河")])
        features, _output = run(QgsProcessingFeatureSourceDefinition(layer.id(), True))
        assert list(features) == ["乙河"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_the_input_layer_is_not_modified(zoning_provider):
    layer = river_layer([(line(0, 500), "甲河", -1.0), (line(500, 1000), "甲河", None)], "name:string,w:double")
    before = [(f.id(), f.geometry().asWkt(), f.attributes()) for f in layer.getFeatures()]
    fields = layer.fields().names()
    run(layer, WIDTH='"w"')
    assert [(f.id(), f.geometry().asWkt(), f.attributes()) for f in layer.getFeatures()] == before
    assert layer.fields().names() == fields and not layer.isModified()


def test_bad_features_are_reported_and_the_rest_is_built(zoning_provider):
    layer = river_layer([(line(0, 1000), "甲河", "30"), (None, "空河", "30"), ("LINESTRING EMPTY", "空河", "30"),
                         (line(0, 1000, Y0 + 5000), "负河", "-5"), (line(0, 1000, Y0 + 9000), "字河", "abc"),
                         (line(0, 1000, Y0 + 12000), "零河", "0")], "name:string,w:string")
    feedback = Recorder()
    features, _output = run(layer, feedback, WIDTH='"w"')
    assert list(features) == ["甲河"]
    errors = "\n".join(feedback.errors)
    assert errors.count("has no geometry; left out") == 2
    assert "the width “-5” is not a positive number of metres" in errors
    assert "the width “abc” is not a positive number of metres" in errors
    assert "the width “0” is not a positive number of metres" in errors


@pytest.mark.parametrize("make_layer, parameters, message", [
    (lambda: river_layer([]), {}, "has no features"),
    (lambda: river_layer([(line(0, 1000), "甲河")], crs=""), {}, "no coordinate reference system"),
    (lambda: river_layer([(line(0, 1000), "甲河", -1.0)], "name:string,w:double"), {"WIDTH": '"w"'},
     "No buffer was built"),
    (lambda: river_layer([(line(0, 1000), "甲河")]), {"WIDTH": '"w" +* 2'}, "width expression cannot be read"),
    (lambda: river_layer([(line(0, 1000), "甲河")]), {"DATASET": "/nonexistent/zoning.gpkg"},
     "zoning dataset cannot be used"),
    (lambda: river_layer([(line(0, 1000), "甲河")], crs="EPSG:4326"), {}, "do not fit its coordinate"),
    (lambda: river_layer([(line(0, 1000), "甲河")]), {"NAME_FIELD": "nope"}, "nope"),
])
def test_bad_input_gives_a_clear_processing_error(zoning_provider, make_layer, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(make_layer(), **parameters)


def test_a_point_layer_is_refused(zoning_provider):
    layer = river_layer([(f"POINT({X0} {Y0})", "甲河")], geometry="Point")
    with pytest.raises(QgsProcessingException):
        run(layer)


def test_cancel_leaves_no_output(zoning_provider, tmp_path):
    from qgis import processing
    layer = river_layer([(line(10 * i, 10 * i + 10), f"河{i}") for i in range(200)])
    target = tmp_path / "buffers.gpkg"
    feedback = Recorder(cancel_at=10)
    try:
        processing.run("zoning:build_buffers", {"INPUT": layer, "OUTPUT": str(target)}, feedback=feedback)
    except QgsProcessingException:
        pass      # some QGIS versions report a cancelled run as an error
    assert feedback.isCanceled()
    assert not target.exists()


def test_the_plugin_registers_the_provider_and_unload_removes_it(completed_iface):
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("zoning") is None
    plugin = zoning_plugin.classFactory(completed_iface)
    plugin.initGui()
    try:
        assert registry.algorithmById("zoning:build_buffers") is not None
    finally:
        plugin.unload()
    assert registry.providerById("zoning") is None


def test_qgis_process_style_start_without_iface(qgis_processing):
    """qgis_process builds the plugin with iface None and calls initProcessing() alone."""
    registry = QgsApplication.processingRegistry()
    plugin = zoning_plugin.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()                           # twice: still one provider
    assert [p.id() for p in registry.providers()].count("zoning") == 1
    plugin.unload()
    assert registry.providerById("zoning") is None
