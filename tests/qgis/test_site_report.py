"""zoning:site_report through processing.run: the PDF as a reader gets it (pdftotext, pdffonts,
pdfinfo from poppler-utils), the EIA chapter as an .odt, bad input, and the panel's report button."""
import re
import shutil
import subprocess
import time
import unicodedata
import zipfile

import pytest
import shapely
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsProcessingException,
                       QgsProcessingFeedback, QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QAction, QFileDialog

from generated_files import assert_template_is_what_its_script_makes
import zoning_plugin
from zoning_plugin.algorithms.provider import ZoningProvider
from zoning_plugin.algorithms.site_report import SiteReportAlgorithm
from zoning_plugin.core import open_dataset
from zoning_plugin.toolbelt.settings import ZoningSettings
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.printing.site_report import SiteReport

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (make setup)")

CENTRAL = shapely.box(125.13, 42.89, 125.16, 42.91)   # central 辽源: three units, two river buffers
OUTSIDE = shapely.box(120.0, 40.0, 120.01, 40.01)
PREFIX = 16   # characters of each requirement looked for in the PDF


@pytest.fixture()
def zoning_provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("zoning")
    added = None
    if provider is None:
        added = ZoningProvider()
        assert registry.addProvider(added)
    yield registry.providerById("zoning")
    if added is not None:
        registry.removeProvider(added)


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.errors = [], []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.infos.append(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)


def site_layer(*geometries, kind="Polygon", crs="EPSG:4490"):
    layer = QgsVectorLayer(f"{kind}?crs={crs}" if crs else f"{kind}", "site", "memory")
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())
    features = []
    for geometry in geometries:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(to_qgs(geometry))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(tmp_path, feedback=None, name="site", **parameters):
    from qgis import processing
    parameters.setdefault("OUTPUT_PDF", str(tmp_path / f"{name}.pdf"))
    return processing.run("zoning:site_report", parameters, feedback=feedback or Recorder())


def pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def page_texts(pdf):
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout for n in range(1, pages(pdf) + 1)]


def flat(text):
    """For comparing: NFKC (a PDF's text layer may give Kangxi radicals for some ideographs with
    some fonts) and no white space (lines wrap anywhere)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def report_labels_now():
    return SiteReport(None, None, "").labels()


def algorithm_text(message):
    return SiteReportAlgorithm().tr(message)


def inspect(geometry):
    return open_dataset().inspect(geometry)


@pytest.fixture(scope="module")
def central_report(tmp_path_factory, qgis_processing):
    """One report of the central site, shared by the tests that only read it."""
    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.providerById("zoning") is None:
        provider = ZoningProvider()
        registry.addProvider(provider)
    folder = tmp_path_factory.mktemp("central")
    feedback = Recorder()
    started = time.perf_counter()
    result = run(folder, feedback, "central", INPUT=site_layer(CENTRAL), TITLE="测试项目",
                 OUTPUT_ODT=str(folder / "central.odt"))
    seconds = time.perf_counter() - started
    print(f"\nzoning:site_report, one site ({result['PAGES']} pages): {seconds:.2f} s")
    if provider is not None:
        registry.removeProvider(provider)
    return result, feedback, seconds


def test_the_pdf_holds_every_applicable_requirement_the_unit_codes_and_the_version(central_report):
    result, _feedback, _seconds = central_report
    texts = page_texts(result["OUTPUT_PDF"])
    body = flat("".join(texts))
    inspection = inspect(CENTRAL)
    assert len(inspection.units) == 3 and len(inspection.requirements) > 40
    for unit in inspection.units:
        assert unit["code"] in body
    for requirement, _triggered in inspection.requirements:
        assert flat(requirement.text)[:PREFIX] in body, requirement.req_id
    assert flat(inspection.dataset["version"]) in body
    assert flat("测试项目") in flat(texts[0])


def test_every_page_has_the_head_the_sample_notice_and_page_n_of_m(central_report):
    result, _feedback, _seconds = central_report
    texts = page_texts(result["OUTPUT_PDF"])
    total = len(texts)
    assert total == result["PAGES"] >= 2
    labels = report_labels_now()
    dataset = open_dataset()
    page_format = QCoreApplication.translate("SiteReport", "Page {0} of {1}")
    for n, text in enumerate(texts, 1):
        page = flat(text)
        assert flat(dataset.title) in page and flat(dataset.version) in page, n
        assert flat(labels["note_sample"]) in page, n
        assert flat(page_format.format(n, total)) in page, n
        assert re.search(r"\d{4}-\d{2}-\d{2}", text), n
        rest = page
        for fixed in (dataset.title, dataset.version, labels["note_sample"], page_format.format(n, total)):
            rest = rest.replace(flat(fixed), "")
        assert len(rest) > 40, f"page {n} holds nothing but its head and foot"


def test_more_text_makes_more_pages_and_a_site_in_one_unit_still_fills_two(zoning_provider, tmp_path,
                                                                        central_report):
    central, _feedback, _seconds = central_report
    dataset = open_dataset()
    point = dataset.units.geometries[0].representative_point()
    one_unit = run(tmp_path, INPUT=site_layer(point, kind="Point"))
    assert len(inspect(point).units) == 1
    assert 2 <= one_unit["PAGES"] == pages(one_unit["OUTPUT_PDF"])
    assert len(inspect(point).requirements) < len(inspect(CENTRAL).requirements)
    assert one_unit["PAGES"] < central["PAGES"]


def test_chinese_fonts_are_embedded(central_report):
    result, _feedback, _seconds = central_report
    listing = subprocess.run(["pdffonts", result["OUTPUT_PDF"]], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing
    cjk = [line for line in listing if re.search(r"WenQuanYi|CJK|YaHei|Hei|Song|Han|PingFang", line)]
    assert cjk, listing
    for line in listing:
        assert re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line), line
        assert line.split()[-5] == "yes", f"font not embedded: {line}"


def test_the_odt_is_the_eia_chapter_in_four_parts(central_report):
    result, _feedback, _seconds = central_report
    with zipfile.ZipFile(result["OUTPUT_ODT"]) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = archive.read("content.xml").decode("utf-8")
    labels = report_labels_now()
    text = flat(re.sub(r"<[^>]+>", "", content))
    for key in ("eia_title", "part_redline", "part_quality", "part_resource", "part_list"):
        assert flat(labels[key]) in text, key
    inspection = inspect(CENTRAL)
    for unit in inspection.units:
        assert unit["code"] in text
    for requirement, _triggered in inspection.requirements:
        assert flat(requirement.text) in text, requirement.req_id
    assert flat(labels["redline_none"]) in text and flat(labels["buffer_hit"]) in text
    # Widths are lengths: Qt writes a percentage as an invalid length that Word and WPS misread.
    widths = re.findall(r'style:(?:column-)?width="([^"]+)"', content)
    assert widths and all(w.endswith("pt") for w in widths), widths
    # The chapter is in the PDF too, after the requirements.
    pdf = flat("".join(page_texts(result["OUTPUT_PDF"])))
    assert pdf.index(flat(labels["part_list"])) > pdf.index(flat(labels["requirements"].format(structure="1+2+61")))


def test_a_site_in_the_red_line_says_so_in_the_chapter(zoning_provider, tmp_path):
    dataset = open_dataset()
    index = next(i for i, r in enumerate(dataset.units.records) if r["subtype"] == "生态保护红线")
    point = dataset.units.geometries[index].representative_point()
    result = run(tmp_path, INPUT=site_layer(point, kind="Point"), OUTPUT_ODT=str(tmp_path / "red.odt"))
    with zipfile.ZipFile(result["OUTPUT_ODT"]) as archive:
        text = flat(re.sub(r"<[^>]+>", "", archive.read("content.xml").decode("utf-8")))
    labels = report_labels_now()
    assert flat(labels["redline_hit"]) in text
    assert flat(dataset.units.records[index]["unit_code"]) in text


def test_a_site_outside_the_city_gets_a_report_that_says_so(zoning_provider, tmp_path):
    feedback = Recorder()
    result = run(tmp_path, feedback, INPUT=site_layer(OUTSIDE))
    text = flat("".join(page_texts(result["OUTPUT_PDF"])))
    labels = report_labels_now()
    assert flat(labels["outside"].format(city="辽源市")) in text
    first_city_item = open_dataset().requirements[0]
    assert flat(first_city_item.text)[:PREFIX] not in text
    assert flat(labels["requirements"].format(structure="1+2+61")) not in text
    assert algorithm_text("The site lies entirely outside the city: the report says so and lists no "
                          "requirements.") in feedback.errors


def test_an_extent_is_a_site(zoning_provider, tmp_path):
    minx, miny, maxx, maxy = CENTRAL.bounds
    result = run(tmp_path, EXTENT=f"{minx},{maxx},{miny},{maxy} [EPSG:4490]")
    text = flat("".join(page_texts(result["OUTPUT_PDF"])))
    for unit in inspect(CENTRAL).units:
        assert unit["code"] in text


def test_selected_features_only_are_the_site(zoning_provider, tmp_path):
    layer = site_layer(CENTRAL, OUTSIDE)
    layer.selectByIds([min(f.id() for f in layer.getFeatures())])
    feedback = Recorder()
    result = run(tmp_path, feedback, INPUT=layer, SELECTED_ONLY=True)
    text = flat("".join(page_texts(result["OUTPUT_PDF"])))
    assert flat(report_labels_now()["outside"]) not in text
    assert flat(f"{inspect(CENTRAL).measure:,.1f}") in text   # the area of the selected feature alone
    assert algorithm_text("{0} feature(s) taken together as one site.").format(1) in feedback.infos


BAD_INPUT = {
    "empty": ("No feature of the layer “{0}” has a geometry: no report.", "site"),
    "no_crs": ("The layer “{0}” has no coordinate reference system; set one first.", "site"),
    "null_geometry": ("No feature of the layer “{0}” has a geometry: no report.", "site"),
    "nothing": ("Give a project site: an input layer, a coordinate file or an extent.", None)}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_is_an_error_with_one_line_and_writes_nothing(zoning_provider, tmp_path, case):
    layers = {"empty": site_layer(), "no_crs": site_layer(CENTRAL, crs=None),
              "null_geometry": site_layer(None, None)}
    feedback = Recorder()
    parameters = {"INPUT": layers[case]} if case in layers else {}
    with pytest.raises(QgsProcessingException) as raised:
        run(tmp_path, feedback, OUTPUT_ODT=str(tmp_path / "site.odt"), **parameters)
    text, name = BAD_INPUT[case]
    assert str(raised.value) == algorithm_text(text).format(name)
    assert list(tmp_path.iterdir()) == []


def test_one_report_takes_at_most_five_seconds(central_report):
    _result, _feedback, seconds = central_report
    assert seconds <= 5.0, f"{seconds:.2f} s"


def test_the_report_never_touches_the_users_project(zoning_provider, tmp_path):
    QgsProject.instance().clear()
    run(tmp_path, INPUT=site_layer(CENTRAL))
    assert QgsProject.instance().mapLayers() == {}
    assert not QgsProject.instance().layerTreeRoot().children()


# -- the panel's button ------------------------------------------------------------------------
@pytest.fixture()
def plugin(completed_iface, iface_recorder):
    QgsProject.instance().clear()
    saved = ZoningSettings.load()
    instance = zoning_plugin.classFactory(completed_iface)
    instance.initGui()
    yield instance
    instance.unload()
    saved.save()
    QgsProject.instance().clear()


def test_the_panel_button_writes_the_report_of_the_current_result_and_opens_it(plugin, completed_iface,
                                                                              tmp_path, monkeypatch):
    action = completed_iface.mainWindow().findChild(QAction, "zoning_site_report")
    assert action is not None and not action.isEnabled()
    result = plugin.inspect(to_qgs(CENTRAL), QgsCoordinateReferenceSystem("EPSG:4490"), "parcel P-17")
    assert action.isEnabled()
    target = tmp_path / "from_panel.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    action.trigger()
    assert target.exists() and (tmp_path / "from_panel.odt").exists()
    assert [url.toLocalFile() for url in opened] == [str(target)]
    text = flat("".join(page_texts(target)))
    assert flat("parcel P-17") in text
    for unit in result.units:
        assert unit["code"] in text
    assert str(target) in plugin.dock.status.text()
    assert QgsProject.instance().mapLayers() == {}


def test_an_industry_code_fills_the_strength_column_with_the_screening_verdicts(zoning_provider, tmp_path):
    result = run(tmp_path, INPUT=site_layer(CENTRAL), INDUSTRY_CODE="C2614", BOILER_TPH=20,
                 OUTPUT_ODT=str(tmp_path / "screened.odt"))
    with zipfile.ZipFile(result["OUTPUT_ODT"]) as archive:
        content = archive.read("content.xml").decode("utf-8")
    cells = [flat(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<table:table-row>(.*?)</table:table-row>",
                                                                  content, re.S)]
    dataset = open_dataset()
    texts = {r.req_id: flat(r.text) for r in dataset.requirements}
    from zoning_plugin.core.dataset.screening_rules import verdict_label
    for req_id, verdict in (("B-LIAO-02", verdict_label("严格控制")), ("C-220400-06", verdict_label("禁止")),
                            ("B-LIAO-05", verdict_label("需关注"))):
        row = next(c for c in cells if texts[req_id] in c)
        assert row.endswith(flat(verdict)), (req_id, row[-20:])   # 管控强度, then the blank 符合性
    pdf = flat("".join(page_texts(result["OUTPUT_PDF"])))
    assert "C2614" in pdf


def test_an_unknown_industry_code_is_an_error_and_nothing_is_written(zoning_provider, tmp_path):
    with pytest.raises(QgsProcessingException) as raised:
        run(tmp_path, INPUT=site_layer(CENTRAL), INDUSTRY_CODE="X99")
    message = str(raised.value)
    assert message.startswith(algorithm_text("The project cannot be screened: {0}").format("")) and "X99" in message
    assert "\n" not in message and "Traceback" not in message
    assert list(tmp_path.iterdir()) == []


def test_a_character_the_first_font_draws_blank_falls_back_to_the_next_font():
    from zoning_plugin.printing.layout import GlyphFallback, cjk_families
    families = cjk_families()
    if families[:1] != ["WenQuanYi Micro Hei"] or len(families) < 2:
        pytest.skip("needs WenQuanYi Micro Hei and a second CJK font (make setup installs both)")
    fallback = GlyphFallback(families)
    html = fallback.apply("<td class='x'>劣Ⅴ类水体，25℃</td>")
    assert html.startswith("<td class='x'>劣<span style=\"font-family:'") and "'\">Ⅴ</span>类水体" in html
    assert "'\">℃</span></td>" in html
    assert fallback.apply("<p>生态保护红线</p>") == "<p>生态保护红线</p>"


def test_the_pdf_text_is_the_official_text_itself_not_radical_look_alikes(central_report):
    from zoning_plugin.printing.layout import cjk_families
    if cjk_families()[:1] != ["WenQuanYi Micro Hei"]:
        pytest.skip("with Noto CJK first, Qt writes Kangxi radicals (⽣) into the text layer")
    result, _feedback, _seconds = central_report
    text = "".join(page_texts(result["OUTPUT_PDF"]))
    assert not re.search("[\u2e80-\u2fdf]", text)
    assert "生态" in text and "劣Ⅴ类" in text


def test_the_committed_layout_template_is_what_make_layouts_builds(tmp_path):
    assert_template_is_what_its_script_makes("make_layouts.py", "site_report.qpt", tmp_path)


def test_a_cancel_leaves_no_file_and_no_half_written_one(zoning_provider, tmp_path):
    class Canceller(Recorder):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(lambda value: value >= 40 and self.cancel())

    feedback = Canceller()
    result = run(tmp_path, feedback, INPUT=site_layer(CENTRAL), OUTPUT_ODT=str(tmp_path / "site.odt"))
    assert feedback.isCanceled() and "PAGES" not in result
    assert list(tmp_path.iterdir()) == []
