"""A land-boundary coordinate file (坐标TXT) as the input of zoning:conformity and zoning:site_report
(LAND_TXT), through processing.run and once through scripts/qgis_process. The file is written by the
test with two parcels placed inside known units of the dataset (zone 42, eastings with the prefix)."""
import zoning_plugin.core  # noqa: F401, I001  (first: tells PROJ where its data is)
import os
import shutil

import pytest
import shapely
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

from test_qgis_process import qgis_process, read_features
from zoning_plugin.algorithms.conformity import ConformityAlgorithm
from zoning_plugin.algorithms.site_report import SiteReportAlgorithm
from zoning_plugin.core import InputError, open_dataset
from zoning_plugin.core.importers.land_txt import Parcel, read_land_txt
from zoning_plugin.core.importers.land_txt_write import write_land_txt
from processing_support import Recorder
from pdf_support import pdf_text

SIZE = 60.0        # metres, the side of each parcel


@pytest.fixture(scope="module")
def placed():
    """Two squares (EPSG:4551) wholly inside units of different classes: [(square, unit code)]."""
    dataset = open_dataset()
    found = {}
    for record, geometry in zip(dataset.units.records, dataset.units.metric):
        unit_class = int(record["unit_class"])
        if unit_class in found:
            continue
        centre = geometry.representative_point()
        square = shapely.box(centre.x - SIZE / 2, centre.y - SIZE / 2, centre.x + SIZE / 2, centre.y + SIZE / 2)
        if geometry.contains(square) and len(dataset.units.hits(square)) == 1:
            found[unit_class] = (square, record["unit_code"])
    assert {1, 2} <= set(found), "no unit of class 1 and 2 holds a square"
    return [found[1], found[2]]


def write_parcels(path, placed):
    crs = write_land_txt([Parcel(square, {"地块编号": f"D{n}", "地块名称": f"{n}号地块", "地块用途": "工业用地"})
                          for n, (square, _code) in enumerate(placed, 1)], "EPSG:4551", str(path))
    assert crs == "EPSG:4530"         # zone 42, eastings with the prefix
    land = read_land_txt(str(path))
    assert land.crs == "EPSG:4530" and land.prefixed and len(land.parcels) == 2
    return str(path)


@pytest.fixture()
def parcels_txt(tmp_path, placed):
    return write_parcels(tmp_path / "选址地块.txt", placed)


@pytest.fixture()
def bad_txt(tmp_path, placed):
    """The two parcels, the first declaring one point too many; and the core's message for it."""
    path = tmp_path / "bad.txt"
    write_parcels(path, placed)
    lines = path.read_bytes().decode("gbk").split("\r\n")
    first = next(n for n, line in enumerate(lines) if line.endswith(",@"))
    count, rest = lines[first].split(",", 1)
    lines[first] = f"{int(count) + 1},{rest}"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    with pytest.raises(InputError) as raised:
        read_land_txt(str(path))
    return str(path), str(raised.value)


def run(name, feedback=None, **parameters):
    from qgis import processing
    return processing.run(f"zoning:{name}", parameters, feedback=feedback or Recorder())


def test_both_algorithms_take_an_optional_file_or_an_optional_layer(zoning_provider):
    """LandTxtInput's strings are filed under its name; ZoningAlgorithm.tr() looks under each class of
    the MRO up to QgsProcessingAlgorithm, so the mixin must come before it."""
    from qgis.core import QgsProcessingAlgorithm, QgsProcessingParameterDefinition
    from zoning_plugin.algorithms.land_input import LandTxtInput
    for name, algorithm in (("conformity", ConformityAlgorithm), ("site_report", SiteReportAlgorithm)):
        mro = algorithm.__mro__
        assert mro.index(LandTxtInput) < mro.index(QgsProcessingAlgorithm)
        registered = QgsApplication.processingRegistry().algorithmById(f"zoning:{name}")
        land, layer = registered.parameterDefinition("LAND_TXT"), registered.parameterDefinition("INPUT")
        assert land.type() == "file" and land.extension() == "txt"
        for parameter in (land, layer):
            assert parameter.flags() & QgsProcessingParameterDefinition.FlagOptional


# --- zoning:conformity ------------------------------------------------------------------------
def test_conformity_of_a_coordinate_file(zoning_provider, parcels_txt, placed, tmp_path):
    feedback = Recorder()
    result = run("conformity", feedback, LAND_TXT=parcels_txt, OUTPUT="memory:",
                 OUTPUT_UNITS="memory:", OUTPUT_HTML=str(tmp_path / "report.html"))
    output = result["OUTPUT"]
    output = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output)
    assert output.crs().authid() == "EPSG:4530"
    rows = {f["地块编号"]: f for f in output.getFeatures()}
    assert sorted(rows) == ["D1", "D2"] and result["FEATURES"] == 2
    for n, (_square, code) in enumerate(placed, 1):
        row = rows[f"D{n}"]
        assert (row["状态"], row["单元编码"]) == ("ok", code)
        assert (row["地块名称"], row["地块用途"]) == (f"{n}号地块", "工业用地")
        assert row["面积"] == pytest.approx(SIZE * SIZE, rel=1e-3)
    units = {u["地块编号"]: u["单元编码"] for u in result["OUTPUT_UNITS"].getFeatures()}
    assert units == {"D1": placed[0][1], "D2": placed[1][1]}       # the ID field defaults to 地块编号
    assert any("2" in line and "选址地块.txt" in line and "EPSG:4530" in line for line in feedback.infos)
    assert "选址地块.txt" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_conformity_needs_exactly_one_input(zoning_provider, parcels_txt, placed, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4551", "plan", "memory")
    for parameters, message in (({}, "Give an input layer or a coordinate file (LAND_TXT)."),
                                ({"INPUT": layer, "LAND_TXT": parcels_txt},
                                 "Give either an input layer or a coordinate file (LAND_TXT), not both.")):
        with pytest.raises(QgsProcessingException) as raised:
            run("conformity", OUTPUT=str(tmp_path / "out.gpkg"), **parameters)
        assert raised.value.args[0] == ConformityAlgorithm().tr(message)
        assert not (tmp_path / "out.gpkg").exists()


def test_conformity_of_a_bad_file_says_the_core_message_and_writes_nothing(zoning_provider, bad_txt, tmp_path):
    path, message = bad_txt
    with pytest.raises(QgsProcessingException) as raised:
        run("conformity", LAND_TXT=path, OUTPUT=str(tmp_path / "out.gpkg"), OUTPUT_HTML=str(tmp_path / "report.html"))
    assert "declares" in message and "\n" not in message
    assert raised.value.args[0] == ConformityAlgorithm().tr("The coordinate file cannot be read: {0}").format(message)
    assert sorted(os.listdir(tmp_path)) == ["bad.txt"]


# --- zoning:site_report -----------------------------------------------------------------------
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (make setup)")


@needs_poppler
def test_site_report_of_a_coordinate_file(zoning_provider, parcels_txt, placed, tmp_path):
    feedback = Recorder()
    pdf = tmp_path / "site.pdf"
    result = run("site_report", feedback, LAND_TXT=parcels_txt, OUTPUT_PDF=str(pdf))
    assert result["OUTPUT_PDF"] == str(pdf) and result["PAGES"] >= 2, feedback.errors
    text = "".join(pdf_text(pdf).split())
    for _square, code in placed:
        assert code in text
    description = SiteReportAlgorithm().tr("{0} parcel(s) of the coordinate file “{1}”").format(2, "选址地块.txt")
    assert "".join(description.split()) in text
    assert any("选址地块.txt" in line for line in feedback.infos)


def test_site_report_needs_exactly_one_input(zoning_provider, parcels_txt, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4551", "site", "memory")
    for parameters, message in (({}, "Give a project site: an input layer, a coordinate file or an extent."),
                                ({"INPUT": layer, "LAND_TXT": parcels_txt},
                                 "Give either an input layer or a coordinate file (LAND_TXT), not both.")):
        with pytest.raises(QgsProcessingException) as caught:        # a failure, not exit 0
            run("site_report", Recorder(), OUTPUT_PDF=str(tmp_path / "site.pdf"), **parameters)
        assert str(caught.value) == SiteReportAlgorithm().tr(message)
        assert not (tmp_path / "site.pdf").exists()


def test_site_report_of_a_bad_file_says_the_core_message_and_writes_nothing(zoning_provider, bad_txt, tmp_path):
    path, message = bad_txt
    with pytest.raises(QgsProcessingException) as caught:
        run("site_report", Recorder(), LAND_TXT=path, OUTPUT_PDF=str(tmp_path / "site.pdf"),
            OUTPUT_ODT=str(tmp_path / "site.odt"))
    assert str(caught.value) == SiteReportAlgorithm().tr("The coordinate file cannot be read: {0}").format(message)
    assert sorted(os.listdir(tmp_path)) == ["bad.txt"]


# --- scripts/qgis_process -----------------------------------------------------------------------
def test_qgis_process_runs_conformity_on_a_coordinate_file(tmp_path, placed):
    txt = write_parcels(tmp_path / "parcels.txt", placed)
    output, report = tmp_path / "conformity.gpkg", tmp_path / "report.html"
    done = qgis_process(tmp_path / "profile", "run", "zoning:conformity", "--", f"LAND_TXT={txt}",
                        f"OUTPUT={output}", f"OUTPUT_HTML={report}")
    assert done.returncode == 0, done.stdout + done.stderr
    rows, epsg = read_features(output)
    assert epsg == "4530"
    assert {a["地块编号"]: a["单元编码"] for a, _wkt in rows} == {"D1": placed[0][1], "D2": placed[1][1]}
    assert "2 parcel(s) read from parcels.txt (EPSG:4530)." in done.stdout
    assert report.exists()
