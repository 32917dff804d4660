"""core/dataset/provenance.py (issue 15 §4): the one record every output carries, built from the dataset's
meta; the CLI's text and JSON carry it; a GeoPackage gets it as a table OGR lists."""
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys

from zoning_plugin.core.dataset import provenance as core_provenance
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, open_dataset
from zoning_plugin.core.screening.screen import ADVISORY

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def metadata_version():
    text = open(os.path.join(ROOT, "zoning_plugin", "metadata.txt"), encoding="utf-8").read()
    return re.search(r"^version=(.+)$", text, re.M).group(1).strip()


def test_the_record_comes_from_the_dataset_and_the_plugin():
    dataset = open_dataset()
    record = core_provenance.as_dict(core_provenance.provenance(dataset.info(), run_time="2026-01-02 03:04:05+08:00"))
    assert record["version"] == dataset.meta["version"]
    assert record["effective_date"] == dataset.meta["effective_date"]
    # what the date is: the dataset says it (the sample: 002's issue date; 附件4 undated)
    assert record["effective_date_note"] == dataset.meta["effective_date_note"]
    assert "印发日期" in record["effective_date_note"] and "附件4" in record["effective_date_note"]
    assert "未注明日期" in record["effective_date_note"]
    assert dataset.meta["notice"] in record["sample"]
    assert record["plugin_version"] == metadata_version()
    assert record["run_time"] == "2026-01-02 03:04:05+08:00"
    assert ADVISORY in record["advisory"]


def test_a_dataset_that_does_not_say_what_its_date_is_is_shown_as_not_saying():
    info = {"title": "某市", "version": "1", "sample": False, "effective_date": "2024-06-30"}
    record = core_provenance.as_dict(core_provenance.provenance(info, verdicts=False))
    assert record["effective_date"] == "2024-06-30"
    assert record["effective_date_note"] == core_provenance.no_date_note()
    assert record["sample"] == core_provenance.not_sample()
    assert "advisory" not in record
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d\d:\d\d", record["run_time"])
    assert core_provenance.as_dict(core_provenance.provenance({}))["effective_date"] == core_provenance.no_date()


def test_the_cli_text_and_json_carry_the_record():
    dataset = open_dataset()
    args = [sys.executable, "-m", "zoning_plugin.core", "inspect", "--lon", "125.1450", "--lat", "42.9020"]
    text = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120, check=True).stdout
    for value in (dataset.meta["version"], dataset.meta["effective_date_note"], dataset.meta["notice"],
                  metadata_version(), ADVISORY):
        assert value in text
    data = json.loads(subprocess.run(args + ["--json"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                                     check=True).stdout)
    assert data["provenance"]["effective_date_note"] == dataset.meta["effective_date_note"]
    assert data["provenance"]["plugin_version"] == metadata_version()


def test_a_geopackage_gets_a_table_ogr_lists_and_its_layers_a_description(tmp_path):
    from osgeo import ogr
    path = str(tmp_path / "copy.gpkg")
    shutil.copy(SAMPLE_DATASET_PATH, path)
    record = core_provenance.provenance(open_dataset(path).info())
    core_provenance.write_gpkg(path, record)
    core_provenance.write_gpkg(path, record)               # again: replaced, not doubled
    assert core_provenance.read_gpkg(path) == core_provenance.as_dict(record)
    source = ogr.Open(path)
    layer = source.GetLayerByName(core_provenance.TABLE)
    assert layer is not None and layer.GetFeatureCount() == len(record)
    units = source.GetLayerByName("control_units")
    assert core_provenance.as_dict(record)["effective_date_note"] in units.GetMetadataItem("DESCRIPTION")
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_sidecar_is_named_after_the_output():
    assert core_provenance.sidecar_path("/a/units.csv") == "/a/units.provenance.txt"
    assert core_provenance.sidecar_path("/a/out.shp") == "/a/out.provenance.txt"
