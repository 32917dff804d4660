"""algorithms/outputs.py and the base algorithm through processing.run, on a small algorithm of the
test's own that copies its input: file sinks land whole at commit and nowhere before, an output
onto the input is refused with the input unchanged, spreadsheet cells cannot start a formula, a
layer to load afterwards points at the user's path, and an unexpected exception is one line."""
import hashlib
import os

import pytest
from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString, QgsProcessingProvider, QgsProject, QgsVectorLayer)

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.outputs import RunOutputs
from processing_support import memory_layer


class CopyAlgorithm(ZoningAlgorithm):
    """Copies INPUT to OUTPUT and writes NOTE; FAIL=raise makes it fail after writing, FAIL=bug
    raises an unexpected exception."""
    seen = []

    def name(self):
        return "copy"

    def displayName(self):  # noqa: N802 (QGIS API)
        return "copy"

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "input"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "output"))
        self.addParameter(QgsProcessingParameterFileDestination("NOTE", "note", optional=True))
        self.addParameter(QgsProcessingParameterString("FAIL", "fail", optional=True))

    def process(self, parameters, context, feedback):
        fail = self.parameterAsString(parameters, "FAIL", context)
        with RunOutputs(self, parameters, context) as outputs:
            source = self.parameterAsSource(parameters, "INPUT", context)
            sink, dest = outputs.sink("OUTPUT", source.fields(), source.wkbType(), source.sourceCrs())
            for feature in source.getFeatures():
                sink.addFeature(feature)
            results = {"OUTPUT": dest}
            note = self.parameterAsFileOutput(parameters, "NOTE", context)
            if note:
                with open(outputs.file(note), "w", encoding="utf-8") as stream:
                    stream.write("note")
                results["NOTE"] = note
            CopyAlgorithm.seen.append(sorted(os.listdir(os.path.dirname(note or dest))) if note or
                                      os.path.isabs(str(dest)) else [])
            if fail == "raise":
                raise QgsProcessingException("failed after writing")
            if fail == "bug":
                return {}["no such key"]
            outputs.commit()
        return results


class CopyProvider(QgsProcessingProvider):
    def id(self):
        return "runoutputs"

    def name(self):
        return "runoutputs"

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        self.addAlgorithm(CopyAlgorithm())


@pytest.fixture()
def provider(qgis_processing):
    provider = CopyProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def input_layer(path):
    names = ("厂区", "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "普通")
    layer = memory_layer([(f"POINT({125.1 + n / 100} 42.9)", name) for n, name in enumerate(names)], "Point",
                         "EPSG:4490", "name:string", "sites")
    from qgis import processing
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": str(path)})
    return str(path)


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def run(parameters, context=None):
    from qgis import processing
    return processing.run("runoutputs:copy", parameters, context=context, feedback=QgsProcessingFeedback())


def test_file_outputs_land_whole_at_commit_and_are_loaded_from_the_users_path(provider, tmp_path):
    source = input_layer(tmp_path / "in.gpkg")
    out = tmp_path / "out" / "copy.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    target = QgsProcessingOutputLayerDefinition(str(out), QgsProject.instance())
    target.destinationName = "copy"
    CopyAlgorithm.seen.clear()
    result = run({"INPUT": source, "OUTPUT": target, "NOTE": str(tmp_path / "out" / "note.txt")}, context)
    assert result["OUTPUT"] == str(out) and result["NOTE"] == str(tmp_path / "out" / "note.txt")
    # before the commit only temporary siblings existed
    assert not {"copy.gpkg", "note.txt"} & set(CopyAlgorithm.seen[0])
    assert sorted(os.listdir(out.parent)) == ["copy.gpkg", "note.txt"]
    assert QgsVectorLayer(str(out), "copy", "ogr").featureCount() == 6
    assert list(context.layersToLoadOnCompletion()) == [str(out)]


def test_a_failure_or_an_unexpected_error_leaves_the_old_outputs(provider, tmp_path):
    source = input_layer(tmp_path / "in.gpkg")
    out = tmp_path / "copy.gpkg"
    run({"INPUT": source, "OUTPUT": str(out)})
    before = digest(out)
    with pytest.raises(QgsProcessingException, match="failed after writing"):
        run({"INPUT": source, "OUTPUT": str(out), "FAIL": "raise"})
    with pytest.raises(QgsProcessingException) as caught:
        run({"INPUT": source, "OUTPUT": str(out), "FAIL": "bug"})
    assert "KeyError" in str(caught.value) and "Traceback" not in str(caught.value)
    assert digest(out) == before
    assert sorted(os.listdir(tmp_path)) == ["copy.gpkg", "in.gpkg"]


@pytest.mark.parametrize("name", ["in.gpkg", "in.gpkg-wal", "./sub/../in.gpkg"])
def test_an_output_onto_the_input_is_refused_and_the_input_kept(provider, tmp_path, name):
    source = input_layer(tmp_path / "in.gpkg")
    before = digest(source)
    (tmp_path / "sub").mkdir()
    with pytest.raises(QgsProcessingException, match="would overwrite an input"):
        run({"INPUT": source, "OUTPUT": os.path.join(str(tmp_path), name)})
    assert digest(source) == before


def test_spreadsheet_cells_cannot_start_a_formula_and_a_shapefile_keeps_the_text(provider, tmp_path):
    source = input_layer(tmp_path / "in.gpkg")
    run({"INPUT": source, "OUTPUT": str(tmp_path / "copy.csv")})
    lines = open(tmp_path / "copy.csv", encoding="utf-8").read().splitlines()
    cells = [line.split(",", 1)[-1].strip('"') for line in lines[1:]]
    assert cells == ["厂区", "'=HYPERLINK(\"\"http://x\"\")", "'+1", "'-2", "'@SUM(A1)", "普通"]
    run({"INPUT": source, "OUTPUT": str(tmp_path / "copy.shp")})
    names = [f["name"] for f in QgsVectorLayer(str(tmp_path / "copy.shp"), "c", "ogr").getFeatures()]
    assert names[1] == "=HYPERLINK(\"http://x\")"
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".zoning")]


def test_a_name_without_extension_is_written_aside_too_and_gets_the_default_one(provider, tmp_path):
    source = input_layer(tmp_path / "in.gpkg")
    result = run({"INPUT": source, "OUTPUT": str(tmp_path / "copy")})
    assert result["OUTPUT"] == str(tmp_path / "copy.gpkg")
    assert sorted(os.listdir(tmp_path)) == ["copy.gpkg", "in.gpkg"]
    with pytest.raises(QgsProcessingException, match="would overwrite an input"):
        run({"INPUT": source, "OUTPUT": str(tmp_path / "in")})
