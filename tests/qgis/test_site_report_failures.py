"""zoning:site_report when it cannot do what was asked, through processing.run and through
scripts/qgis_process as a user runs it: every failure is an error with one line in the user's
language and a non-zero exit, nothing written and no older file changed; outputs onto an input or
the dataset refused; a full disk leaves the old PDF and .odt as they were; numbers read as they
plainly are or refused with the parameter's name; absurd or NaN coordinates, a long name and an
extent in another CRS end with a report or a message, never a traceback or a crash."""
import hashlib
import math
import os
import shutil
import struct
import subprocess
import zipfile

import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsProcessingException,
                       QgsVectorLayer)

from qgis_process_support import run as qgis_process
from test_site_report import (CENTRAL, OUTSIDE, Recorder, flat, page_texts, plugin, site_layer,  # noqa: F401
                              zoning_provider)
from zoning_plugin.algorithms.outputs import output_message
from zoning_plugin.algorithms.params import number_message
from zoning_plugin.algorithms.site_report import SiteReportAlgorithm
from zoning_plugin.core import open_dataset
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH
from zoning_plugin.core.numbers import NOT_A_NUMBER, NOT_FINITE, DECIMAL_COMMA, NumberError
from zoning_plugin.core.outputs import IS_DATASET, IS_FOLDER, IS_INPUT, TEMPORARY_TAG, WRITE_FAILED, OutputError
from zoning_plugin.core.screening.screen import screen

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (make setup)")

METRIC_EXTENT = "430000,431000,4750000,4751000 [EPSG:4551]"    # in 辽源, in the dataset's metric CRS


def boiler_label():
    algorithm = QgsApplication.processingRegistry().algorithmById("zoning:site_report")
    return f"{algorithm.parameterDefinition('BOILER_TPH').description()} (BOILER_TPH)"


def tr(message):
    return SiteReportAlgorithm().tr(message)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder):
    return [p.name for p in folder.rglob("*") if TEMPORARY_TAG in p.name or p.name.startswith(".zoning-")]


def run(tmp_path, feedback=None, **parameters):
    from qgis import processing
    parameters.setdefault("OUTPUT_PDF", str(tmp_path / "site.pdf"))
    return processing.run("zoning:site_report", parameters, feedback=feedback or Recorder())


def refused(tmp_path, **parameters):
    """The one-line message of a run that must fail."""
    with pytest.raises(QgsProcessingException) as raised:
        run(tmp_path, **parameters)
    message = str(raised.value)
    assert message.strip() and "\n" not in message and "Traceback" not in message, message
    return message


NAN_SQUARE = struct.pack("<BIII10d", 1, 3, 1, 5, 125.13, 42.89, math.nan, 42.89, 125.16, 42.91, 125.13, 42.91,
                         125.13, 42.89)   # a polygon with one vertex NaN, as a broken export gives


def nan_gpkg(path):
    """A GeoPackage in EPSG:4490 with one polygon with a NaN vertex."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    layer = source.CreateLayer("site", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkb(NAN_SQUARE))
    layer.CreateFeature(feature)
    source = None
    return path


def nan_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490", "nan site", "memory")
    feature = QgsFeature(layer.fields())
    geometry = QgsGeometry()
    geometry.fromWkb(NAN_SQUARE)
    feature.setGeometry(geometry)
    layer.dataProvider().addFeatures([feature])
    return layer


# -- outputs onto inputs, folders that cannot be written -------------------------------------------
def test_an_output_onto_the_dataset_or_the_input_is_refused_and_both_stay_as_they_were(zoning_provider, tmp_path):
    dataset = tmp_path / "zoning.gpkg"
    shutil.copy(SAMPLE_DATASET_PATH, dataset)
    site = tmp_path / "site.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(site))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    layer = source.CreateLayer("site", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(CENTRAL.wkt))
    layer.CreateFeature(feature)
    source = layer = feature = None
    before = {p: digest(p) for p in (dataset, site)}
    real = {p: os.path.realpath(p) for p in (dataset, site)}
    message = refused(tmp_path, INPUT=str(site), DATASET=str(dataset), OUTPUT_PDF=str(dataset))
    assert message in (output_message(OutputError(IS_DATASET, str(dataset), real[dataset])),
                       output_message(OutputError(IS_INPUT, str(dataset), real[dataset])))
    # An .odt named like the input is refused as given, not written beside it as site.gpkg.odt.
    message = refused(tmp_path, INPUT=str(site), DATASET=str(dataset), OUTPUT_PDF=str(tmp_path / "r.pdf"),
                      OUTPUT_ODT=str(site))
    assert message == output_message(OutputError(IS_INPUT, str(site), real[site]))
    message = refused(tmp_path, INPUT=str(site), OUTPUT_PDF=str(site))
    assert message == output_message(OutputError(IS_INPUT, str(site), real[site]))
    message = refused(tmp_path, INPUT=str(site), OUTPUT_PDF=str(tmp_path))
    assert message == output_message(OutputError(IS_FOLDER, str(tmp_path)))
    assert {p: digest(p) for p in (dataset, site)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site.gpkg", "zoning.gpkg"]


def test_an_output_onto_the_plugins_current_dataset_is_refused(zoning_provider, tmp_path):
    from dataclasses import replace

    from zoning_plugin.toolbelt.settings import ZoningSettings
    dataset = tmp_path / "current.gpkg"
    shutil.copy(SAMPLE_DATASET_PATH, dataset)
    before = digest(dataset)
    saved = ZoningSettings.load()
    replace(saved, dataset_path=str(dataset)).save()
    try:
        message = refused(tmp_path, EXTENT=METRIC_EXTENT, OUTPUT_ODT=str(dataset))
    finally:
        saved.save()
    assert message == output_message(OutputError(IS_DATASET, str(dataset), os.path.realpath(dataset)))
    assert digest(dataset) == before and sorted(p.name for p in tmp_path.iterdir()) == ["current.gpkg"]


def test_a_folder_that_cannot_be_written_is_an_error_naming_the_users_file(zoning_provider, tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where a folder is expected", encoding="utf-8")
    target = blocker / "site.pdf"
    message = refused(tmp_path, EXTENT=METRIC_EXTENT, OUTPUT_PDF=str(target))
    assert message.startswith(output_message(OutputError(WRITE_FAILED, str(target), detail="@")).split("@")[0])
    assert TEMPORARY_TAG not in message and ".zoning-" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not_a_folder"]


def test_the_pdf_and_the_odt_replace_older_ones_together_and_a_cancel_keeps_both(zoning_provider, tmp_path):
    pdf, odt = tmp_path / "site.pdf", tmp_path / "site.odt"
    pdf.write_bytes(b"old pdf")
    odt.write_bytes(b"old odt")

    class Canceller(Recorder):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(lambda value: value >= 90 and self.cancel())

    feedback = Canceller()
    result = run(tmp_path, feedback, EXTENT=METRIC_EXTENT, OUTPUT_PDF=str(pdf), OUTPUT_ODT=str(odt))
    assert feedback.isCanceled() and result == {}
    assert (pdf.read_bytes(), odt.read_bytes()) == (b"old pdf", b"old odt") and not leftovers(tmp_path)
    result = run(tmp_path, EXTENT=METRIC_EXTENT, OUTPUT_PDF=str(pdf), OUTPUT_ODT=str(odt))
    assert pdf.read_bytes().rstrip().endswith(b"%%EOF") and zipfile.ZipFile(odt).testzip() is None
    assert result["PAGES"] >= 2 and not leftovers(tmp_path)
    mask = os.umask(0)
    os.umask(mask)
    assert {oct(p.stat().st_mode & 0o777) for p in (pdf, odt)} == {oct(0o666 & ~mask)}


# -- numbers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("given", ["5t", "５", "5 蒸吨/小时", 5])
def test_a_boiler_of_5t_is_read_as_5_and_said(zoning_provider, tmp_path, given):
    feedback = Recorder()
    run(tmp_path, feedback, INPUT=site_layer(CENTRAL), INDUSTRY_CODE="C2614", BOILER_TPH=given)
    dataset = open_dataset()
    with_boiler = screen(dataset, CENTRAL, "EPSG:4490", "C2614", 5.0)
    without = screen(dataset, CENTRAL, "EPSG:4490", "C2614", None)
    assert with_boiler.verdict != without.verdict   # the boiler matters here: dropping it would change the verdict
    assert tr("Screening as {0}: {1}").format("C2614", with_boiler.statement()) in feedback.infos
    if isinstance(given, str) and given != "5":
        assert any(line.startswith(boiler_label()) and "5" in line for line in feedback.infos), feedback.infos


@pytest.mark.parametrize("given, reason", [("20,5", DECIMAL_COMMA), ("abc", NOT_A_NUMBER), ("nan", NOT_FINITE)])
def test_a_boiler_that_is_not_a_number_is_refused_with_the_parameters_name(zoning_provider, tmp_path, given,
                                                                            reason):
    message = refused(tmp_path, INPUT=site_layer(CENTRAL), INDUSTRY_CODE="C2614", BOILER_TPH=given)
    assert message == number_message(NumberError(reason, given), boiler_label())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("given", ["-2", "inf", -2])
def test_a_negative_or_infinite_boiler_is_refused_by_name(zoning_provider, tmp_path, given):
    """Processing itself refuses these against the parameter's range (its own message, naming it)."""
    with pytest.raises(QgsProcessingException) as raised:
        run(tmp_path, INPUT=site_layer(CENTRAL), INDUSTRY_CODE="C2614", BOILER_TPH=given)
    assert "BOILER_TPH" in str(raised.value) and list(tmp_path.iterdir()) == []


# -- inputs that must end in a report or a message -------------------------------------------------
def test_a_name_of_300_characters_gives_a_report_with_its_start_and_says_so(zoning_provider, tmp_path):
    name = "松花江流域某工业园区年产十万吨精细化工项目" * 15
    feedback = Recorder()
    result = run(tmp_path, feedback, EXTENT=METRIC_EXTENT, TITLE=name, OUTPUT_ODT=str(tmp_path / "site.odt"))
    assert len(name) == 315 and result["PAGES"] >= 2
    assert tr("The project name has {0} characters: the report shows its first {1}.").format(315, 120) \
        in feedback.infos
    assert flat(name[:20]) in flat(page_texts(result["OUTPUT_PDF"])[0])


def test_a_site_outside_the_city_is_not_a_failure(zoning_provider, tmp_path):
    result = run(tmp_path, INPUT=site_layer(OUTSIDE))
    assert result["PAGES"] >= 1 and os.path.exists(result["OUTPUT_PDF"])


def test_nan_coordinates_are_refused_with_the_feature(zoning_provider, tmp_path):
    message = refused(tmp_path, INPUT=nan_layer())
    assert message == tr("Feature {0} of the layer “{1}” has coordinates that are not numbers (NaN or infinite): "
                         "fix or remove it.").format(1, "nan site")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("extent", ["1e200,2e200,1e200,2e200 [EPSG:4490]", "1e200,2e200,1e200,2e200 [EPSG:4551]",
                                    "-1e200,1e200,-1e200,1e200 [EPSG:3857]",
                                    "125.13,125.16,42.89,42.91 [EPSG:4551]", "200,201,10,11 [EPSG:4326]"])
def test_an_extent_beyond_its_crs_is_refused_with_its_numbers(zoning_provider, tmp_path, extent):
    message = refused(tmp_path, EXTENT=extent)
    assert message.startswith(tr("The site's coordinates ({0}) lie outside the area where {1} is used ({2}): "
                                 "check the coordinate reference system.").split("{0}")[0])
    assert "POLYGON" not in message and list(tmp_path.iterdir()) == []


def test_an_extent_in_another_crs_is_the_same_site(zoning_provider, tmp_path):
    metric = run(tmp_path, EXTENT=METRIC_EXTENT, OUTPUT_PDF=str(tmp_path / "metric.pdf"))
    text = flat("".join(page_texts(metric["OUTPUT_PDF"])))
    dataset = open_dataset()
    box = shapely.box(430000, 4750000, 431000, 4751000)
    from zoning_plugin.core.geo import reproject
    inspection = dataset.inspect(reproject(box, "EPSG:4551", "EPSG:4490"))
    assert inspection.units
    for unit in inspection.units:
        assert unit["code"] in text


def test_a_layer_in_a_crs_without_area_of_use_and_absurd_coordinates_is_refused(zoning_provider, tmp_path):
    layer = QgsVectorLayer("Polygon", "engineering", "memory")
    layer.setCrs(QgsCoordinateReferenceSystem.fromProj("+proj=tmerc +lon_0=125 +k=1 +x_0=0 +y_0=0 +ellps=GRS80"))
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((1e200 1e200, 2e200 1e200, 2e200 2e200, 1e200 1e200))"))
    layer.dataProvider().addFeatures([feature])
    message = refused(tmp_path, INPUT=layer)
    assert "1e+200" in message and "POLYGON" not in message


# -- through scripts/qgis_process -------------------------------------------------------------------
@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    return tmp_path_factory.mktemp("site-report-profile")


def assert_failed_cleanly(done):
    output = done.stdout + done.stderr
    assert done.returncode not in (0, None) and done.returncode > 0, output     # an error, not a crash
    assert "Traceback" not in output and "stack smashing" not in output, output
    assert TEMPORARY_TAG not in output, output
    return [line for line in output.splitlines() if line.startswith("ERROR:")]


def test_qgis_process_a_full_disk_keeps_the_old_pdf_and_odt(profile, tmp_path):
    pdf, odt = tmp_path / "site.pdf", tmp_path / "site.odt"
    done = qgis_process(profile, "zoning:site_report", {"EXTENT": METRIC_EXTENT, "TITLE": "旧报告",
                                                         "OUTPUT_PDF": pdf, "OUTPUT_ODT": odt})
    assert done.returncode == 0, done.stdout + done.stderr
    old = {p: digest(p) for p in (pdf, odt)}
    sizes = {p.name: p.stat().st_size for p in (pdf, odt)}
    assert sizes["site.odt"] < 60_000 < sizes["site.pdf"], sizes
    for limit in (60_000, 4_000):       # the PDF cut; both cut
        done = qgis_process(profile, "zoning:site_report", {"EXTENT": METRIC_EXTENT, "TITLE": "新报告",
                                                             "OUTPUT_PDF": pdf, "OUTPUT_ODT": odt}, file_size=limit)
        errors = assert_failed_cleanly(done)
        assert any(str(pdf) in line for line in errors), errors
        assert {p: digest(p) for p in (pdf, odt)} == old, limit
        assert not leftovers(tmp_path)
    print(f"\nfull disk: exit {done.returncode}; {errors[0]}")


@pytest.mark.parametrize("extent", ["1e200,2e200,1e200,2e200 [EPSG:4490]", "1e200,2e200,1e200,2e200 [EPSG:4551]"])
def test_qgis_process_an_absurd_extent_ends_with_a_message_not_a_crash(profile, tmp_path, extent):
    done = qgis_process(profile, "zoning:site_report", {"EXTENT": extent, "OUTPUT_PDF": tmp_path / "x.pdf"})
    errors = assert_failed_cleanly(done)
    assert any("1e+200" in line for line in errors), errors
    assert list(tmp_path.iterdir()) == []


def test_qgis_process_nan_geometry_and_bad_numbers_fail_with_one_line(profile, tmp_path):
    nan = nan_gpkg(tmp_path / "nan.gpkg")
    cases = [({"INPUT": nan}, "NaN"),
             ({"EXTENT": METRIC_EXTENT, "INDUSTRY_CODE": "C2614", "BOILER_TPH": "abc"}, "BOILER_TPH"),
             ({"EXTENT": METRIC_EXTENT, "INDUSTRY_CODE": "C2614", "BOILER_TPH": "20,5"}, "BOILER_TPH"),
             ({"EXTENT": METRIC_EXTENT, "INDUSTRY_CODE": "X99"}, "X99"),
             ({"EXTENT": METRIC_EXTENT, "DATASET": tmp_path / "missing.gpkg"}, "missing.gpkg"),
             ({"EXTENT": "125.13,125.16,42.89,42.91 [EPSG:4551]"}, "EPSG:4551")]
    for parameters, expected in cases:
        done = qgis_process(profile, "zoning:site_report", {**parameters, "OUTPUT_PDF": tmp_path / "x.pdf"})
        errors = assert_failed_cleanly(done)
        assert any(expected in line for line in errors), (parameters, errors)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["nan.gpkg"], parameters


def test_qgis_process_5t_a_long_name_and_an_extent_in_another_crs_give_a_report(profile, tmp_path):
    pdf = tmp_path / "x.pdf"
    done = qgis_process(profile, "zoning:site_report", {
        "EXTENT": METRIC_EXTENT, "INDUSTRY_CODE": "C2614", "BOILER_TPH": "5t", "TITLE": "项目" * 150,
        "OUTPUT_PDF": pdf})
    assert done.returncode == 0, done.stdout + done.stderr
    verdict = screen(open_dataset(), shapely.box(430000, 4750000, 431000, 4751000), "EPSG:4551", "C2614", 5).verdict
    from zoning_plugin.core import messages
    from zoning_plugin.core.dataset.screening_rules import verdict_label
    messages.set_language(messages.ENGLISH)        # qgis_process runs in QGIS's English
    try:
        assert f"Screening as C2614: {verdict_label(verdict).capitalize()}" in done.stdout
    finally:
        messages.set_language(None)
    assert "BOILER_TPH" in done.stdout and "Traceback" not in done.stdout + done.stderr
    assert pdf.read_bytes().rstrip().endswith(b"%%EOF")
    assert subprocess.run(["pdfinfo", str(pdf)], capture_output=True).returncode == 0


# -- the panel's report button ---------------------------------------------------------------------
def panel_report(plugin, completed_iface, monkeypatch, target):
    from qgis.PyQt.QtWidgets import QAction, QFileDialog
    from zoning_plugin.toolbelt.geometry import to_qgs
    plugin.inspect(to_qgs(CENTRAL), QgsCoordinateReferenceSystem("EPSG:4490"), "parcel P-17")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    opened, errors = [], []
    from qgis.PyQt.QtGui import QDesktopServices
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    monkeypatch.setattr(plugin, "report_error", lambda message, *args: errors.append(message))
    completed_iface.mainWindow().findChild(QAction, "zoning_site_report").trigger()
    return opened, errors


def test_the_panel_says_a_folder_that_cannot_be_written_naming_the_users_file(plugin, completed_iface, monkeypatch,
                                                                             tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "report.pdf"
    opened, errors = panel_report(plugin, completed_iface, monkeypatch, target)
    assert opened == [] and len(errors) == 1
    assert errors[0].startswith(output_message(OutputError(WRITE_FAILED, str(target), detail="@")).split("@")[0])
    assert TEMPORARY_TAG not in errors[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not_a_folder"]


def test_the_panel_keeps_the_old_pdf_when_the_odt_beside_it_cannot_be_written(plugin, completed_iface, monkeypatch,
                                                                             tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    (tmp_path / "report.odt").mkdir()
    (tmp_path / "report.odt" / "notes.txt").write_text("mine", encoding="utf-8")
    opened, errors = panel_report(plugin, completed_iface, monkeypatch, target)
    assert opened == [] and errors == [output_message(OutputError(IS_FOLDER, str(tmp_path / "report.odt")))]
    assert target.read_bytes() == b"the old report"
    assert (tmp_path / "report.odt" / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert not leftovers(tmp_path)
