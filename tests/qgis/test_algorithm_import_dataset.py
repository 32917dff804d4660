"""zoning:import_dataset through processing.run (and once through scripts/qgis_process): a GBK
shapefile with pinyin fields imports with only the input and the output given; the full delivery
gives the report and a problems layer with each planted problem where it is; bad input is told
and nothing is written; the sources stay as they were."""
import json
import os
import subprocess
import sys

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

UNIT_TESTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit")
sys.path.insert(0, UNIT_TESTS)
from test_import_fixtures import CODES, UNITS, UNKNOWN_CODE, X0, Y0, checksums, write_gbk_shapefile, write_layer
from osgeo import ogr  # noqa: E402

from zoning_plugin.core import open_dataset  # noqa: E402
from zoning_plugin.core.importers.catalogue import OFFICIAL_TEXT_PATH  # noqa: E402
from processing_support import Recorder

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(parameters, feedback=None):
    from qgis import processing
    return processing.run("zoning:import_dataset", parameters, feedback=feedback or Recorder())


def test_the_provider_lists_the_algorithm(zoning_provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("zoning:import_dataset")
    assert algorithm is not None and algorithm.displayName() == "Import official data"
    assert {"UNITS", "OUTPUT", "CODE_FIELD", "LISTS", "GENERAL_TEXT", "EXPECTED_SHARES", "OUTPUT_PROBLEMS"} <= \
        {p.name() for p in algorithm.parameterDefinitions()}
    assert "never guessed" in algorithm.shortHelpString()


def test_only_the_input_and_the_output(zoning_provider, delivery):
    folder, out, paths = delivery
    before = checksums(folder)
    feedback = Recorder()
    result = run({"UNITS": paths["units"], "OUTPUT": str(out / "d.gpkg")}, feedback)
    assert checksums(folder) == before
    assert result["OUTPUT"] == str(out / "d.gpkg") and result["ERRORS"] >= 1
    assert "unit code ← field “HJZHGKDYBM” (guessed from its name)" in feedback.infos
    assert "pollutant discharge control ← field “WRWPFGK” (guessed from its name)" in feedback.infos
    assert "unit type: no field" in feedback.infos
    assert any("GB18030" in line.upper() for line in feedback.infos)
    assert any("control units overlap" in error for error in feedback.errors)
    dataset = open_dataset(str(out / "d.gpkg"))
    assert sorted(r["unit_code"] for r in dataset.units.records) == sorted(CODES)
    assert dataset.meta["sample"] == "false"


def test_the_report_and_the_problems_layer(zoning_provider, delivery):
    _folder, out, paths = delivery
    result = run({"UNITS": paths["units"], "LISTS": paths["lists"], "GENERAL_TEXT": OFFICIAL_TEXT_PATH,
                  "RIVERS": paths["rivers"], "BASINS": paths["basins"], "CITY_NAME": "测试市", "VERSION": "v1",
                  "EXPECTED_COUNTS": "2/2/2", "EXPECTED_SHARES": "33.33/33.33/33.34", "OUTPUT": str(out / "d.gpkg"),
                  "OUTPUT_REPORT": str(out / "report.html"), "OUTPUT_PROBLEMS": "memory:"})
    problems = result["OUTPUT_PROBLEMS"]
    if isinstance(problems, str):
        from qgis.core import QgsProcessingUtils
        problems = QgsProcessingUtils.mapLayerFromString(problems, None)
    rows = {(f["kind"], f["unit_code"]): f for f in problems.getFeatures()}
    assert {("overlap", CODES[4]), ("repaired_geometry", CODES[3]), ("unit_without_list", CODES[5]),
            ("list_for_unknown_unit", UNKNOWN_CODE), ("share_mismatch", "")} <= set(rows)
    assert problems.crs().authid() == "EPSG:4490"
    assert rows[("overlap", CODES[4])].hasGeometry() and not rows[("list_for_unknown_unit", UNKNOWN_CODE)].hasGeometry()
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Import report: 测试市生态环境分区管控" in page and UNKNOWN_CODE in page and "control units overlap" in page
    dataset = open_dataset(str(out / "d.gpkg"))
    assert [r["river_name"] for r in dataset.buffers.records] == ["东辽河"]
    assert json.loads(dataset.meta["river_buffer_rule"])["main_width_m"] == 50.0


def test_explicit_fields_and_a_memory_layer(zoning_provider, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4551&field=bm:string&field=mc:string&field=fl:integer", "units", "memory")
    features = []
    for code, name, unit_class, _county, wkt, _dims in UNITS[:3]:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([code, name, int(unit_class)])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    feedback = Recorder()
    run({"UNITS": layer, "CODE_FIELD": "bm", "NAME_FIELD": "mc", "CLASS_FIELD": "fl", "CITY_NAME": "测试市",
         "OUTPUT": str(tmp_path / "d.gpkg")}, feedback)
    assert "unit code ← field “bm” (as given)" in feedback.infos
    assert [r["unit_name"] for r in open_dataset(str(tmp_path / "d.gpkg")).units.records] == [u[1] for u in UNITS[:3]]


def test_bad_input_is_told_and_nothing_is_written(zoning_provider, tmp_path):
    (tmp_path / "src").mkdir()
    path = write_gbk_shapefile(tmp_path / "src", prj=False)
    before = checksums(tmp_path / "src")
    with pytest.raises(QgsProcessingException, match="has no .prj file: give SOURCE_CRS"):
        run({"UNITS": path, "OUTPUT": str(tmp_path / "d.gpkg")})
    no_code = write_layer(tmp_path / "src" / "nocode.gpkg", [(UNITS[0][4], "甲")], ogr.wkbPolygon, ("名称",))
    with pytest.raises(QgsProcessingException, match="the unit code field is not mapped"):
        run({"UNITS": no_code, "OUTPUT": str(tmp_path / "d.gpkg")})
    before = checksums(tmp_path / "src")
    lines = write_layer(tmp_path / "lines.gpkg", [(f"LINESTRING({X0} {Y0},{X0 + 9} {Y0})", "x")], ogr.wkbLineString)
    with pytest.raises(QgsProcessingException, match="no layer of polygons"):
        run({"UNITS": lines, "OUTPUT": str(tmp_path / "d.gpkg")})
    assert not (tmp_path / "d.gpkg").exists() and checksums(tmp_path / "src") == before
    run({"UNITS": path, "SOURCE_CRS": "EPSG:4551", "OUTPUT": str(tmp_path / "d.gpkg")})
    assert len(open_dataset(str(tmp_path / "d.gpkg")).units) == 6


def test_the_dates_of_a_version(zoning_provider, delivery):
    """EFFECTIVE_DATE and END_DATE go into dataset_meta (what the version in force on a date is chosen
    by, core/versions/in_force.py); an end not after the start is refused and nothing is written."""
    _folder, out, paths = delivery
    with pytest.raises(QgsProcessingException, match="the end date 2024-12-31 must come after the effective date"):
        run({"UNITS": paths["units"], "EFFECTIVE_DATE": "2025-01-26", "END_DATE": "2024-12-31",
             "OUTPUT": str(out / "dated.gpkg")})
    assert not (out / "dated.gpkg").exists()
    run({"UNITS": paths["units"], "EFFECTIVE_DATE": "2025-01-26", "END_DATE": "2030-01-01",
         "OUTPUT": str(out / "dated.gpkg")})
    meta = open_dataset(str(out / "dated.gpkg")).meta
    assert (meta["effective_date"], meta["end_date"]) == ("2025-01-26", "2030-01-01")


def test_a_cancel_writes_nothing(zoning_provider, delivery):
    _folder, out, paths = delivery
    feedback = Recorder(cancel_at=20)
    try:
        result = run({"UNITS": paths["units"], "LISTS": paths["lists"], "OUTPUT": str(out / "d.gpkg")}, feedback)
    except QgsProcessingException:
        result = {}
    assert "OUTPUT" not in result and os.listdir(out) == []
    assert "Import cancelled: nothing was written." in feedback.errors


def test_qgis_process_imports_with_only_the_input_and_the_output(delivery, tmp_path):
    _folder, out, paths = delivery
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PROJ_DATA", "PROJ_LIB", "QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH")}
    env["ZONING_QGIS_PROFILE"] = str(tmp_path / "profile")
    done = subprocess.run([os.path.join(REPO, "scripts", "qgis_process"), "run", "zoning:import_dataset", "--",
                           f"UNITS={paths['units']}", f"OUTPUT={out / 'd.gpkg'}"],
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "unit code ← field “HJZHGKDYBM” (guessed from its name)" in done.stdout
    assert len(open_dataset(str(out / "d.gpkg")).units) == 6
