"""zoning:compare_versions through processing.run on the sample and the second version derived
from it (tests/unit/versions_sample.py): the three layers with every change type and the areas
moved, the report and the JSON, the datasets untouched, outputs onto a dataset refused, bad
input told in one line."""
import hashlib
import json
import os
import re
import sys

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

import zoning_plugin

UNIT_TESTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit")
sys.path.insert(0, UNIT_TESTS)
import versions_sample as sample  # noqa: E402
from processing_support import Recorder  # noqa: E402
from zoning_plugin.core.dataset.provenance import read_gpkg  # noqa: E402
from zoning_plugin.core.dataset.reader import Dataset  # noqa: E402
from zoning_plugin.core.versions.compare import (ADDED, BOUNDARY, RECLASSIFIED, RECODED, RENAMED,  # noqa: E402
                                                 change_label, compare_datasets)


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("versions")
    return sample.old_version(folder / "old.gpkg"), sample.new_version(folder / "new.gpkg")


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def run(versions, folder, **extra):
    parameters = {"BEFORE_DATASET": versions[0], "AFTER_DATASET": versions[1],
                  "BEFORE": str(folder / "before.gpkg"), "AFTER": str(folder / "after.gpkg"),
                  "CHANGES": str(folder / "changes.gpkg"), "OUTPUT_HTML": str(folder / "report.html"),
                  "OUTPUT_JSON": str(folder / "changes.json"), **extra}
    return processing.run("zoning:compare_versions", parameters, feedback=QgsProcessingFeedback())


def features(path):
    layer = QgsVectorLayer(path, "layer", "ogr")
    assert layer.isValid(), path
    return [dict(zip(layer.fields().names(), f.attributes())) | {"_geometry": f.geometry()} for f in layer.getFeatures()]


def test_the_three_layers_the_report_and_the_json(zoning_provider, versions, tmp_path):
    before_digests = [digest(p) for p in versions]
    result = run(versions, tmp_path)
    assert [digest(p) for p in versions] == before_digests           # the datasets are only read
    before, after, changes = (features(result[k]) for k in ("BEFORE", "AFTER", "CHANGES"))
    assert (len(before), len(after)) == (61, 62)
    assert {f["version"] for f in before} == {sample.OLD_VERSION} and {f["version"] for f in after} == {sample.NEW_VERSION}
    types = [t.strip() for f in changes for t in re.split("[;；]", f["change_type"])]   # core.messages.listing
    assert {t: types.count(t) for t in set(types)} == {
        change_label(ADDED): 1, change_label(RECLASSIFIED): 1, change_label(RENAMED): 1, change_label(RECODED): 1,
        change_label(BOUNDARY): 3}
    by_code = {f["code_new"]: f for f in changes}
    old_code, new_code = sample.EDITS["recoded"]
    assert (by_code[new_code]["code_old"], by_code[new_code]["matched_by"]) == (old_code, "overlap")
    code, class_before, class_after = sample.EDITS["reclassified"]
    assert (by_code[code]["class_old"], by_code[code]["class_new"]) == (class_before, class_after)
    assert (by_code[code]["class_name_old"], by_code[code]["class_name_new"]) == ("重点管控单元", "一般管控单元")  # data
    code, name = sample.EDITS["renamed"]
    assert by_code[code]["name_new"] == name and by_code[code]["name_old"] != name
    # The areas moved are the core's (tested there against an independent computation).
    core = {u.code: u for u in compare_datasets(Dataset(versions[0]), Dataset(versions[1])).changed_units}
    for code, feature in by_code.items():
        assert feature["moved_in_m2"] == pytest.approx(core[code].moved_in_m2, abs=0.1)
        assert feature["moved_out_m2"] == pytest.approx(core[code].moved_out_m2, abs=0.1)
    loser, gainer = sample.EDITS["moved"]
    assert by_code[gainer]["moved_from"].startswith(f"{loser} ") and by_code[loser]["moved_to"].startswith(f"{gainer} ")
    split_off = sample.EDITS["split"][1]
    assert by_code[split_off]["code_old"] is None or str(by_code[split_off]["code_old"]) in ("", "NULL")
    assert by_code[split_off]["_geometry"].area() > 0
    for key in ("BEFORE", "AFTER", "CHANGES"):
        written = read_gpkg(result[key])
        assert (written["before.version"], written["after.version"]) == (sample.OLD_VERSION, sample.NEW_VERSION)
        assert written["after.effective_date"] == sample.NEW_EFFECTIVE
    page = open(result["OUTPUT_HTML"], encoding="utf-8").read()
    assert sample.OLD_VERSION in page and sample.NEW_VERSION in page and "<svg" in page and "<ins>" in page
    data = json.load(open(result["OUTPUT_JSON"], encoding="utf-8"))
    assert data["counts"]["units"]["boundary"] == 3 and data["provenance"]["after"]["version"] == sample.NEW_VERSION
    assert not [n for n in os.listdir(tmp_path) if ".zoning-tmp-" in n]


def test_a_csv_gets_the_provenance_beside_it(zoning_provider, versions, tmp_path):
    result = run(versions, tmp_path, CHANGES=str(tmp_path / "changes.csv"), OUTPUT_HTML=None, OUTPUT_JSON=None)
    assert result["CHANGES"].endswith("changes.csv")
    sidecar = open(tmp_path / "changes.provenance.txt", encoding="utf-8").read()
    assert sample.OLD_VERSION in sidecar and sample.NEW_VERSION in sidecar


def test_an_output_onto_a_dataset_is_refused(zoning_provider, versions, tmp_path):
    before_digest = digest(versions[0])
    with pytest.raises(QgsProcessingException, match="overwrite an input"):
        run(versions, tmp_path, OUTPUT_JSON=str(tmp_path / "x.json"), CHANGES=versions[0])
    assert digest(versions[0]) == before_digest
    assert not os.path.exists(tmp_path / "report.html") and not os.path.exists(tmp_path / "x.json")


@pytest.mark.parametrize("cancel_at", [50, 90])      # after the comparison; after every file is written aside
def test_a_cancel_writes_nothing(zoning_provider, versions, tmp_path, cancel_at):
    feedback = Recorder(cancel_at=cancel_at)
    processing.run("zoning:compare_versions", {
        "BEFORE_DATASET": versions[0], "AFTER_DATASET": versions[1], "BEFORE": str(tmp_path / "b.gpkg"),
        "AFTER": str(tmp_path / "a.gpkg"), "CHANGES": str(tmp_path / "c.gpkg"), "OUTPUT_HTML": str(tmp_path / "r.html"),
        "OUTPUT_JSON": str(tmp_path / "c.json")}, feedback=feedback)
    assert feedback.isCanceled() and os.listdir(tmp_path) == []


def test_bad_input_is_one_line(zoning_provider, versions, tmp_path):
    with pytest.raises(QgsProcessingException, match="must be a file name ending in .html"):
        run(versions, tmp_path, OUTPUT_HTML=str(tmp_path / "report.pdf"))
    missing = str(tmp_path / "missing.gpkg")
    with pytest.raises(QgsProcessingException) as caught:
        run((versions[0], missing), tmp_path)
    assert "missing.gpkg" in str(caught.value) and "Traceback" not in str(caught.value)
    assert not os.path.exists(tmp_path / "before.gpkg")


def test_in_chinese_the_layers_report_and_log_are_chinese(zoning_provider, versions, tmp_path):
    """With the plugin's zh_CN translation the change types, the report, the aliases and the log
    are Chinese, as the core's say() follows the UI's language."""
    translator = QTranslator()
    assert translator.load(os.path.join(os.path.dirname(zoning_plugin.__file__), "i18n", "zoning_plugin_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        feedback = Recorder()
        result = processing.run("zoning:compare_versions", {
            "BEFORE_DATASET": versions[0], "AFTER_DATASET": versions[1], "BEFORE": str(tmp_path / "b.gpkg"),
            "AFTER": str(tmp_path / "a.gpkg"), "CHANGES": str(tmp_path / "c.gpkg"),
            "OUTPUT_HTML": str(tmp_path / "r.html")}, feedback=feedback)
    finally:
        QCoreApplication.removeTranslator(translator)
    changes = QgsVectorLayer(result["CHANGES"], "changes", "ogr")
    assert {f["change_type"] for f in changes.getFeatures()} >= {"新增", "边界调整", "编码变更"}
    assert changes.fields().field("moved_in_m2").alias() == "调入面积（平方米）"
    assert "<h1>分区管控版本比较报告</h1>" in open(result["OUTPUT_HTML"], encoding="utf-8").read()
    assert "管控单元：新增 1；删除 0；类别调整 1；更名 1；编码变更 1；边界调整 3" in feedback.infos
    assert "清单条目：新增 6 条，删除 1 条，修改 2 条，调整维度或小标题 0 条。" in feedback.infos

