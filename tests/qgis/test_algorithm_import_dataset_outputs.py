"""zoning:import_dataset under the output discipline, through processing.run and scripts/qgis_process:
outputs onto a source, a shapefile's sidecar or inside a folder of shapefiles are refused with the
sources byte-identical; a metric CRS from another continent is refused naming the one that fits;
widths and tolerances are checked by name; a full disk exits 1 with the old dataset intact; the
dataset, report and problems layer land together."""
import hashlib
import os
import shutil
import sys

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qgis_process_support import run as qgis_process  # noqa: E402
from test_algorithm_import_dataset import run  # noqa: E402
from test_import_fixtures import checksums  # noqa: E402

from zoning_plugin.core import open_dataset  # noqa: E402


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.mark.parametrize("target", ["units.dbf", "units.shp", "lists.xlsx", "rivers.gpkg"])
def test_an_output_onto_a_source_is_refused_and_the_sources_kept(zoning_provider, delivery, target):
    folder, out, paths = delivery
    before = checksums(folder)
    with pytest.raises(QgsProcessingException, match="would overwrite an input of this run"):
        run({"UNITS": paths["units"], "LISTS": paths["lists"], "RIVERS": paths["rivers"],
             "OUTPUT": str(folder / target)})
    assert checksums(folder) == before and os.listdir(out) == []


def test_a_report_onto_a_source_is_refused_before_anything_is_written(zoning_provider, delivery):
    folder, out, paths = delivery
    before = checksums(folder)
    with pytest.raises(QgsProcessingException, match="would overwrite an input of this run"):
        run({"UNITS": paths["units"], "LISTS": paths["lists"], "OUTPUT": str(out / "d.gpkg"),
             "OUTPUT_REPORT": paths["lists"]})
    with pytest.raises(QgsProcessingException, match="cannot be the same file"):
        run({"UNITS": paths["units"], "OUTPUT": str(out / "d.gpkg"), "OUTPUT_REPORT": str(out / "d.gpkg")})
    assert checksums(folder) == before and os.listdir(out) == []


def test_a_folder_of_shapefiles_keeps_every_output_outside_it(zoning_provider, delivery):
    folder, out, _paths = delivery
    before = checksums(folder)
    source = f"{folder}|layername=units"
    for target in (folder / "d.gpkg", folder / "sub" / "d.gpkg"):
        with pytest.raises(QgsProcessingException, match="lies inside the input folder"):
            run({"UNITS": source, "OUTPUT": str(target)})
    assert checksums(folder) == before and not (folder / "sub").exists()
    result = run({"UNITS": source, "OUTPUT": str(out / "d.gpkg")})
    assert len(open_dataset(result["OUTPUT"]).units) == 6


def test_a_metric_crs_from_another_continent_is_refused_with_the_one_that_fits(zoning_provider, delivery):
    _folder, out, paths = delivery
    with pytest.raises(QgsProcessingException, match=r"EPSG:32633.*EPSG:4551") as caught:
        run({"UNITS": paths["units"], "METRIC_CRS": "EPSG:32633", "OUTPUT": str(out / "d.gpkg")})
    assert "use EPSG:4551 or leave it empty" in str(caught.value) and os.listdir(out) == []
    result = run({"UNITS": paths["units"], "METRIC_CRS": "EPSG:4551", "OUTPUT": str(out / "d.gpkg")})
    assert open_dataset(result["OUTPUT"]).meta["metric_crs"] == "EPSG:4551"


@pytest.mark.parametrize("name, value, message", [
    ("MAIN_WIDTH", "nan", r"\(MAIN_WIDTH\): “nan” is not a finite number"),
    ("OTHER_WIDTH", "1e9", r"\(OTHER_WIDTH\): 1e9 is above the largest value allowed, 10000"),
    ("TOLERANCE", float("nan"), r"\(TOLERANCE\): “nan” is not a finite number"),
    ("TOLERANCE", "20000", r"\(TOLERANCE\): 20000 is above the largest value allowed, 10000"),
])
def test_widths_and_the_tolerance_are_checked_by_name(zoning_provider, delivery, name, value, message):
    _folder, out, paths = delivery
    with pytest.raises(QgsProcessingException, match=message):
        run({"UNITS": paths["units"], name: value, "OUTPUT": str(out / "d.gpkg")})
    assert os.listdir(out) == []


def test_the_dataset_report_and_problems_land_together_and_replace_the_old_ones(zoning_provider, delivery):
    _folder, out, paths = delivery
    parameters = {"UNITS": paths["units"], "OUTPUT": str(out / "d.gpkg"), "OUTPUT_REPORT": str(out / "r.html"),
                  "OUTPUT_PROBLEMS": str(out / "problems.gpkg")}
    for name in ("d.gpkg", "r.html", "problems.gpkg"):
        (out / name).write_bytes(b"old")
    result = run(parameters)
    assert sorted(os.listdir(out)) == ["d.gpkg", "problems.gpkg", "r.html"]
    assert len(open_dataset(result["OUTPUT"]).units) == 6 and "<html>" in (out / "r.html").read_text(encoding="utf-8")
    problems = ogr.Open(str(out / "problems.gpkg"))
    severities = [f.GetField("severity") for f in problems.GetLayer(0)]
    problems = None
    assert (severities.count("error"), severities.count("warning")) == (result["ERRORS"], result["WARNINGS"])
    assert result["ERRORS"] >= 1
    # a failure after the import (the problems layer cannot be made) leaves all three as they were
    before = {name: digest(out / name) for name in os.listdir(out)}
    with pytest.raises(QgsProcessingException):
        run({**parameters, "OUTPUT_PROBLEMS": str(out / "d.gpkg" / "x.gpkg")})
    assert {name: digest(out / name) for name in os.listdir(out)} == before


# -- through scripts/qgis_process -----------------------------------------------------------------
def test_qgis_process_refuses_a_far_metric_crs_and_a_nan_width_with_one_line(delivery, tmp_path):
    _folder, out, paths = delivery
    for extra, message in (({"METRIC_CRS": "EPSG:32633"}, "use EPSG:4551 or leave it empty"),
                           ({"MAIN_WIDTH": "nan"}, "(MAIN_WIDTH): “nan” is not a finite number")):
        done = qgis_process(tmp_path / "profile", "zoning:import_dataset",
                            {"UNITS": paths["units"], "OUTPUT": out / "d.gpkg", **extra})
        output = done.stdout + done.stderr
        assert done.returncode == 1 and message in output and "Traceback" not in output, output
    assert os.listdir(out) == []


def test_a_full_disk_exits_1_and_keeps_the_old_dataset(delivery, tmp_path):
    folder, out, paths = delivery
    target = out / "d.gpkg"
    done = qgis_process(tmp_path / "profile", "zoning:import_dataset", {"UNITS": paths["units"], "OUTPUT": target})
    assert done.returncode == 0, done.stdout + done.stderr
    before, sources = digest(target), checksums(folder)
    done = qgis_process(tmp_path / "profile", "zoning:import_dataset", {"UNITS": paths["units"], "OUTPUT": target,
                                                                       "OUTPUT_REPORT": out / "r.html"},
                        file_size=os.path.getsize(target) // 2)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert f"“{target}”" in output and "Traceback" not in output and ".zoning-tmp" not in output
    assert digest(target) == before and os.listdir(out) == ["d.gpkg"] and checksums(folder) == sources
    shutil.rmtree(tmp_path / "profile")
