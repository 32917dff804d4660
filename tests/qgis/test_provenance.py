"""Issue 15 §4: what leaves the plugin says where it comes from. Each output is opened as its user
opens it (ogrinfo and OGR for a GeoPackage, QGIS and the text for a CSV, the HTML text) and must
name the dataset's version, its effective date and what that date is (from the dataset's meta),
the sample notice, the plugin's version, the run time and, for verdicts, the advisory notice."""
import csv
import os
import re
import subprocess
import sys

import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from zoning_plugin.core.dataset import provenance as core_provenance
from zoning_plugin.core.screening.screen import advisory

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_algorithm_conformity import half_square, layer_of, zoning_provider  # noqa: E402,F401
from test_algorithm_conformity import dataset  # noqa: E402,F401  (half_square's)

RUN_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d\d:\d\d")


def expected(dataset):
    """What every output must carry, read from the dataset and the plugin (not written here)."""
    meta = dataset.meta
    assert meta["effective_date_note"] and "附件4" in meta["effective_date_note"]      # the sample says what it is
    return [meta["version"], meta["effective_date"], meta["effective_date_note"], meta["notice"],
            core_provenance.plugin_version()]


def assert_carries(text, dataset, verdicts=True):
    for value in expected(dataset):
        assert value and value in text, value
    assert RUN_TIME.search(text), "no run time"
    assert (advisory() in text) == verdicts


def run(parameters):
    from qgis import processing
    return processing.run("zoning:conformity", parameters)


@pytest.fixture()
def outputs(zoning_provider, half_square, tmp_path):
    folder = tmp_path
    wkt, _priority, _other = half_square
    paths = {"OUTPUT": str(folder / "conformity.gpkg"), "OUTPUT_UNITS": str(folder / "units.csv"),
             "OUTPUT_HTML": str(folder / "report.html")}
    run({"INPUT": layer_of([(wkt, "a")]), **paths})
    units_gpkg = str(folder / "units.gpkg")
    run({"INPUT": layer_of([(wkt, "a")]), "OUTPUT": str(folder / "conformity.shp"), "OUTPUT_UNITS": units_gpkg})
    return {**paths, "UNITS_GPKG": units_gpkg, "SHP": str(folder / "conformity.shp")}


@pytest.mark.parametrize("key", ["OUTPUT", "UNITS_GPKG"])
def test_a_geopackage_output_holds_a_provenance_table_that_ogrinfo_and_ogr_list(outputs, dataset, key):
    path = outputs[key]
    listing = subprocess.run(["ogrinfo", "-ro", "-q", path], capture_output=True, text=True, check=True).stdout
    assert "zoning_provenance" in listing
    table = subprocess.run(["ogrinfo", "-ro", "-al", path, "zoning_provenance"], capture_output=True,
                           text=True, check=True).stdout
    assert_carries(table, dataset)
    source = ogr.Open(path)
    layer = source.GetLayerByName("zoning_provenance")
    rows = {f.GetField("key"): f.GetField("value") for f in layer}
    assert rows["version"] == dataset.meta["version"]
    assert rows["effective_date"] == dataset.meta["effective_date"]
    assert rows["plugin_version"] == core_provenance.plugin_version() != ""
    # the data layer's own metadata (gpkg_contents.description) says it too: ogrinfo shows it
    data = next(source.GetLayerByIndex(i) for i in range(source.GetLayerCount())
                if source.GetLayerByIndex(i).GetName() != "zoning_provenance")
    assert_carries(data.GetMetadataItem("DESCRIPTION") or "", dataset)
    summary = subprocess.run(["ogrinfo", "-ro", "-so", path, data.GetName()], capture_output=True, text=True,
                             check=True).stdout
    assert dataset.meta["version"] in summary and dataset.meta["effective_date_note"] in summary


def test_qgis_lists_the_provenance_table_beside_the_layer(outputs, dataset):
    layer = QgsVectorLayer(outputs["OUTPUT"] + "|layername=zoning_provenance", "p", "ogr")
    assert layer.isValid()
    text = "\n".join(str(f["value"]) for f in layer.getFeatures())
    assert_carries(text, dataset)


def test_a_csv_keeps_its_table_and_carries_a_sidecar(outputs, dataset):
    path = outputs["OUTPUT_UNITS"]
    with open(path, encoding="utf-8", newline="") as stream:
        header = next(csv.reader(stream))
    assert "单元编码" in header or any("unit" in h.lower() or "单元" in h for h in header)
    layer = QgsVectorLayer(path, "units", "ogr")           # QGIS still reads the CSV as a table
    assert layer.isValid() and layer.featureCount() >= 2
    sidecar = core_provenance.sidecar_path(path)
    assert os.path.basename(sidecar) == "units.provenance.txt"
    assert_carries(open(sidecar, encoding="utf-8").read(), dataset)


def test_a_shapefile_carries_a_sidecar(outputs, dataset):
    assert_carries(open(core_provenance.sidecar_path(outputs["SHP"]), encoding="utf-8").read(), dataset)


def test_the_conformity_report_carries_the_record_and_the_advisory(outputs, dataset):
    assert_carries(open(outputs["OUTPUT_HTML"], encoding="utf-8").read(), dataset)
