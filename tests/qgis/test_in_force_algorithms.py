"""The date of zoning:screen_project, zoning:screen_list and zoning:site_report (issue 20 §3), through
processing.run on the two versions tests/unit/versions_sample.py builds (the sample, ended on
NEW_EFFECTIVE, and its successor), both listed in the settings (the active one and
other_datasets): at, before, between and after the versions, the version in force that day is
used and the log, the JSON, the outputs' provenance and the PDF (pdftotext) say which and why; a
date without a version, or a DATASET given that was not in force that day, stops the run with
that one line and nothing written."""
import json
import os
import sys
import zipfile

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsSettings

from pdf_support import pdf_text
from processing_support import Recorder, memory_layer
from zoning_plugin.core.dataset.provenance import read_gpkg
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, Dataset
from zoning_plugin.toolbelt.settings import ZoningSettings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit"))
import versions_sample as sample  # noqa: E402

PREFIX = "zoning_plugin/"
RENAMED_CODE, NEW_NAME = sample.EDITS["renamed"]


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in_force_versions")
    return str(sample.old_version(folder / "old.gpkg")), str(sample.new_version(folder / "new.gpkg"))


@pytest.fixture()
def listed(versions):
    """Both versions in the user's settings (the old one active, the new one among the others);
    the profile's plugin settings put back afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in settings.allKeys() if key.startswith(PREFIX)}
    ZoningSettings(dataset_path=versions[0], other_datasets=[{"path": versions[1]}]).save()
    yield versions
    for key in [key for key in settings.allKeys() if key.startswith(PREFIX)]:
        settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)


@pytest.fixture(scope="module")
def renamed_point():
    """A point (EPSG:4490) inside the unit the second version renames: its name says which version
    was read."""
    dataset = Dataset(SAMPLE_DATASET_PATH)
    index = dataset.unit_index(RENAMED_CODE)
    assert dataset.units.records[index]["unit_name"] != NEW_NAME
    return dataset.units.geometries[index].representative_point()


def site_layer(shape, geometry="Point"):
    return memory_layer([(shape,)], geometry, "EPSG:4490", "", "site")


def screen_project(point, folder, feedback, **extra):
    return processing.run("zoning:screen_project", {
        "INPUT": site_layer(point), "INDUSTRY_CODE": "C2614", "OUTPUT": str(folder / "table.gpkg"),
        "JSON": str(folder / "screening.json"), **extra}, feedback=feedback)


def screen_list(point, folder, feedback, **extra):
    rows = folder / "list.csv"
    rows.write_text(f"name,lon,lat,industry\nA,{point.x},{point.y},C2614\n", encoding="utf-8")
    return processing.run("zoning:screen_list", {
        "INPUT": str(rows), "OUTPUT": str(folder / "table.csv"), "JSON": str(folder / "screening.json"),
        **extra}, feedback=feedback)


def site_report(point, folder, feedback, **extra):
    return processing.run("zoning:site_report", {
        "INPUT": site_layer(point.buffer(0.0005), "Polygon"), "TITLE": "Versions", "OUTPUT_PDF": str(folder / "report.pdf"),
        **extra}, feedback=feedback)


SCREENINGS = {"screen_project": screen_project, "screen_list": screen_list}


def read_json(folder):
    with open(folder / "screening.json", encoding="utf-8") as handle:
        return json.load(handle)


@pytest.mark.parametrize("day, old", [
    (sample.OLD_EFFECTIVE, True),     # the first version's first day
    ("2026-05-31", True),             # between the two: the first's last day
    (sample.NEW_EFFECTIVE, False),    # the day the second took effect
    ("2031-01-01", False),            # after both: the second has not ended
])
@pytest.mark.parametrize("algorithm", sorted(SCREENINGS))
def test_screening_uses_the_version_in_force_and_says_so(zoning_provider, listed, renamed_point, tmp_path,
                                                         algorithm, day, old):
    feedback = Recorder()
    SCREENINGS[algorithm](renamed_point, tmp_path, feedback, DATE=day)
    used = sample.OLD_VERSION if old else sample.NEW_VERSION
    document = read_json(tmp_path)
    chosen = document["dataset"]["in_force"]
    assert document["dataset"]["version"] == used
    assert chosen["date"] == day and chosen["reason"] == "in_force" and chosen["version"]["version"] == used
    assert chosen["version"]["path"] == listed[0 if old else 1]
    line = next(line for line in feedback.infos if line.startswith(f"Version chosen by the date: in force on {day}: "))
    assert f"in force on {day}: " in line and used in line
    assert chosen["message"] in line
    assert (document["units"][RENAMED_CODE]["name"] == NEW_NAME) is not old
    if algorithm == "screen_project":     # a GeoPackage carries the provenance as a table
        record = read_gpkg(str(tmp_path / "table.gpkg"))
    else:                                 # a CSV beside it, as a text file
        text = (tmp_path / "table.provenance.txt").read_text(encoding="utf-8")
        record = {"in_force": next(l for l in text.splitlines() if l.startswith("version chosen for the date"))}
    assert used in record["in_force"] and day in record["in_force"]


@pytest.mark.parametrize("day, old", [("2026-05-31", True), ("2031-01-01", False)])
def test_the_site_report_names_the_version_in_force(zoning_provider, listed, renamed_point, tmp_path, day, old):
    feedback = Recorder()
    result = site_report(renamed_point, tmp_path, feedback, DATE=day, OUTPUT_ODT=str(tmp_path / "chapter.odt"))
    used = sample.OLD_VERSION if old else sample.NEW_VERSION
    text = pdf_text(result["OUTPUT_PDF"])
    assert " ".join(text.split()).count(f"in force on {day}: ") == 2 and used in text   # page 1 and the chapter
    with zipfile.ZipFile(result["OUTPUT_ODT"]) as odt:
        assert f"in force on {day}: " in odt.read("content.xml").decode("utf-8")
    assert (NEW_NAME in "".join(text.split())) is not old
    assert any(line.startswith(f"Version chosen by the date: in force on {day}: ") for line in feedback.infos)


REFUSALS = [
    ("2024-12-31", "2024-12-31 is before the first version"),
    ("2026-13-01", "is not a date of the form YYYY-MM-DD"),
]


@pytest.mark.parametrize("day, says", REFUSALS)
@pytest.mark.parametrize("algorithm", ["screen_project", "screen_list", "site_report"])
def test_a_date_without_a_version_is_refused_and_nothing_written(zoning_provider, listed, renamed_point, tmp_path,
                                                                 algorithm, day, says):
    run = {**SCREENINGS, "site_report": site_report}[algorithm]
    before = set(os.listdir(tmp_path))
    with pytest.raises(QgsProcessingException) as refused:
        run(renamed_point, tmp_path, Recorder(), DATE=day)
    message = str(refused.value)
    assert says in message and "\n" not in message
    assert set(os.listdir(tmp_path)) - before <= {"list.csv"}


def test_a_gap_and_the_end_of_the_last_version_are_told(zoning_provider, listed, renamed_point, tmp_path):
    """The second version taking effect a month after the first ended leaves a gap; ended itself, a
    date after it has no version."""
    from osgeo import ogr
    datasource = ogr.Open(listed[1], 1)
    sample._set_meta(datasource, {"effective_date": "2026-07-01", "end_date": "2028-01-01"})
    datasource = None
    try:
        for day, says in (("2026-06-15", "no version was in force on 2026-06-15"),
                          ("2029-01-01", "no version is in force on 2029-01-01: the last one")):
            with pytest.raises(QgsProcessingException, match=says):
                screen_project(renamed_point, tmp_path, Recorder(), DATE=day)
            assert not (tmp_path / "table.gpkg").exists()
    finally:
        datasource = ogr.Open(listed[1], 1)
        sample._set_meta(datasource, {"effective_date": sample.NEW_EFFECTIVE, "end_date": ""})
        datasource = None


def test_a_dataset_given_is_checked_against_its_own_dates(zoning_provider, listed, renamed_point, tmp_path):
    feedback = Recorder()
    screen_project(renamed_point, tmp_path, feedback, DATASET=listed[0], DATE="2025-03-01")
    assert read_json(tmp_path)["dataset"]["in_force"]["version"]["version"] == sample.OLD_VERSION
    (tmp_path / "screening.json").unlink()
    with pytest.raises(QgsProcessingException) as refused:
        screen_project(renamed_point, tmp_path, Recorder(), DATASET=listed[0], DATE="2027-01-01")
    assert str(refused.value).startswith("the zoning dataset given was not in force on 2027-01-01")
    assert not (tmp_path / "screening.json").exists()


def test_without_a_date_nothing_changes(zoning_provider, listed, renamed_point, tmp_path):
    """No date: the active dataset (here the old one) whatever its dates, and no choice said."""
    feedback = Recorder()
    screen_project(renamed_point, tmp_path, feedback)
    document = read_json(tmp_path)
    assert document["dataset"]["version"] == sample.OLD_VERSION and "in_force" not in document["dataset"]
    assert not any(line.startswith("Version chosen") for line in feedback.infos)
    assert "in_force" not in read_gpkg(str(tmp_path / "table.gpkg"))


def test_in_chinese_the_choice_and_the_refusal_are_chinese(zoning_provider, listed, renamed_point, tmp_path):
    """With the plugin's zh_CN translation the log and the refusal are Chinese (the core's say()
    follows the UI's language), the parameter too."""
    import zoning_plugin
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    translator = QTranslator()
    assert translator.load(os.path.join(os.path.dirname(zoning_plugin.__file__), "i18n", "zoning_plugin_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        feedback = Recorder()
        screen_project(renamed_point, tmp_path, feedback, DATE="2026-05-31")
        with pytest.raises(QgsProcessingException) as refused:
            screen_project(renamed_point, tmp_path / "none", Recorder(), DATE="2024-12-31")
        algorithm = zoning_provider.algorithm("screen_project").create()
        label = algorithm.parameterDefinition("DATE").description()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert f"按日期选用的版本：2026-05-31 施行的版本：辽源市生态环境分区管控（示例数据） {sample.OLD_VERSION}" \
           f"（2025-01-26 起施行，2026-06-01 起不再施行）" in feedback.infos
    assert str(refused.value).startswith("2024-12-31 早于最早的版本：")
    assert label.startswith("施行日期（YYYY-MM-DD")
