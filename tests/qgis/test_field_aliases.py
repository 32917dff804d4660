"""Issue 17 §2: every field an algorithm adds has an alias in the UI language, read from the output
layer as the user gets it: a memory layer, a GeoPackage or a shapefile opened again (the default
style QGIS reads with it), and a project saved and read again."""
import os
import re

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

import zoning_plugin
from test_algorithm_build_buffers import river_layer
from test_algorithm_conformity import layer_of
from processing_support import Recorder

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORD = re.compile(r"\b(?!(?:GB|CGCS|ID|ok|null|empty|invalid|outside|error)\b)[A-Za-z]{2,}")
# m², GB/T, CGCS2000, ID and the status values (data) are no English words
SQUARE = "POLYGON((430000 4750000, 430100 4750000, 430100 4750100, 430000 4750100, 430000 4750000))"
INPUT_FIELDS = {"name", "fid"}


@pytest.fixture(params=["en", "zh"])
def language(request):
    """The UI language: English (no translator) or Chinese (the plugin's zh_CN translation)."""
    translator = QTranslator()
    if request.param == "zh":
        assert translator.load(os.path.join(os.path.dirname(zoning_plugin.__file__), "i18n", "zoning_plugin_zh_CN.qm"))
        QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


def aliases(layer):
    return {f.name(): f.alias() for f in layer.fields() if f.name() not in INPUT_FIELDS}


def assert_in_language(found, language, class_names=()):
    """Every added field has an alias, in the UI language (the dataset's class names are data)."""
    assert found and all(found.values()), [name for name, alias in found.items() if not alias]
    for name, alias in found.items():
        if language == "zh":
            assert CJK.search(alias) and not ENGLISH_WORD.search(alias), (name, alias)
        else:
            words = alias
            for class_name in class_names:
                words = words.replace(class_name, "")
            assert not CJK.search(words), (name, alias)


def reopened(path, layername=None):
    layer = QgsVectorLayer(f"{path}|layername={layername}" if layername else path, "again", "ogr")
    assert layer.isValid()
    return layer


CLASS_NAMES = ("优先保护单元", "重点管控单元", "一般管控单元")


def test_conformity_fields_have_aliases_in_memory_geopackage_shapefile_and_project(zoning_provider, language,
                                                                                    tmp_path):
    from qgis import processing
    plan = layer_of([(SQUARE, "a")])
    result = processing.run("zoning:conformity", {"INPUT": plan, "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:"},
                            feedback=Recorder())
    memory = aliases(result["OUTPUT"])
    assert {"状态", "说明", "面积", "优先占比", "单元编码"} <= set(memory)
    assert_in_language(memory, language, CLASS_NAMES)
    assert_in_language(aliases(result["OUTPUT_UNITS"]), language)
    if language == "en":
        assert memory["状态"].startswith("Status") and memory["说明"] == "Message"

    gpkg, shp = str(tmp_path / "plan.gpkg"), str(tmp_path / "plan.shp")
    result = processing.run("zoning:conformity", {"INPUT": plan, "OUTPUT": gpkg}, feedback=Recorder())
    layer = reopened(result["OUTPUT"])
    assert aliases(layer) == memory
    processing.run("zoning:conformity", {"INPUT": plan, "OUTPUT": shp}, feedback=Recorder())
    assert aliases(reopened(shp)) == memory
    assert os.path.isfile(str(tmp_path / "plan.qml"))

    project = QgsProject()
    project.addMapLayer(layer)
    assert project.write(str(tmp_path / "plan.qgs"))
    again = QgsProject()
    assert again.read(str(tmp_path / "plan.qgs"))
    (loaded,) = again.mapLayers().values()
    assert aliases(loaded) == memory


def test_buffer_fields_have_aliases(zoning_provider, language, tmp_path):
    from qgis import processing
    rivers = river_layer([("LINESTRING(430000 4750000, 431000 4750000)", "东辽河")])
    result = processing.run("zoning:build_buffers", {"INPUT": rivers, "OUTPUT": "memory:"}, feedback=Recorder())
    memory = aliases(result["OUTPUT"])
    assert set(memory) == {"river_name", "basin_id", "buffer_m", "width_from", "measured_from", "channel_width_m",
                           "pieces", "area_m2"}
    assert_in_language(memory, language)
    path = str(tmp_path / "buffers.gpkg")
    processing.run("zoning:build_buffers", {"INPUT": rivers, "OUTPUT": path}, feedback=Recorder())
    assert aliases(reopened(path)) == memory


def test_screening_fields_have_aliases(zoning_provider, language, tmp_path):
    from qgis import processing
    site = layer_of([(SQUARE, "a")])
    result = processing.run("zoning:screen_project", {"INPUT": site, "INDUSTRY_CODE": "C2614", "OUTPUT": "memory:",
                                                      "JSON": str(tmp_path / "s.json")}, feedback=Recorder())
    memory = aliases(result["OUTPUT"])
    assert {"verdict", "rule_id", "req_id", "reason", "dataset_version"} <= set(memory)
    assert_in_language(memory, language)


def test_results_loaded_into_the_project_have_the_aliases(zoning_provider, language, tmp_path):
    """As the Processing dialog runs it: the outputs loaded into the project carry the aliases."""
    from qgis import processing
    QgsProject.instance().clear()
    rivers = river_layer([("LINESTRING(430000 4750000, 431000 4750000)", "东辽河")])
    try:
        processing.runAndLoadResults("zoning:build_buffers", {"INPUT": rivers, "OUTPUT": str(tmp_path / "b.gpkg")},
                                     feedback=Recorder())
        processing.runAndLoadResults("zoning:build_buffers", {"INPUT": rivers, "OUTPUT": "TEMPORARY_OUTPUT"},
                                     feedback=Recorder())
        loaded = list(QgsProject.instance().mapLayers().values())
        assert len(loaded) == 2
        for layer in loaded:
            found = aliases(layer)
            assert set(found) == {"river_name", "basin_id", "buffer_m", "width_from", "measured_from", "channel_width_m",
                           "pieces", "area_m2"}
            assert_in_language(found, language)
    finally:
        QgsProject.instance().clear()
