"""One language per UI (issue 17 §3): what the plugin itself says follows the UI language; official
text and data values stay as they are. Walked as a user meets it, in an English and in a Chinese
QGIS: the layer names after "Load zoning layers", the panel after clicks with the inspect tool
(inside and outside the city), the message bar (a dataset that is not there), the log of every
algorithm run through processing.run with good and bad input (and the error it ends with), and the
site report's PDF through pdftotext.

English: once the data (every text value of the dataset, the official text, GB/T 4754's names) is
taken out, no Chinese is left but words quoted from the text (“…”). Chinese: no "(English gloss)"
after Chinese words and no ASCII comma, colon or semicolon after a Chinese character."""
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata

import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAction

import zoning_plugin
from test_i18n import ui_locale  # noqa: F401 (fixture)
from test_inspector import click, interior_point, set_canvas
from zoning_plugin.core import SAMPLE_DATASET_PATH, open_dataset
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.toolbelt.settings import ZoningSettings

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "scripts"))
from hostile_runs import BOWTIES, HUGE, LIST, SQUARE, layer  # noqa: E402
from osgeo import ogr  # noqa: E402

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (make setup)")

CHINESE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
QUOTED = re.compile(r"“[^”]{1,40}”")
# Words a message quotes from a statute rather than from the dataset: 民法典第1259条 on “以上” and “以下”.
STATUTE_WORDS = ("以上", "以下")
GLOSS = re.compile(r"[\u4e00-\u9fff][^()（）\n]{0,60}\([a-z][a-z' ,/-]{2,}\)")
ASCII_AFTER_CHINESE = re.compile(r"[\u4e00-\u9fff][,;:](?!//)")


def flat(text, nfkc=True):
    """Compared without whitespace (pdftotext breaks lines inside a requirement) and, unless asked
    not to (punctuation is what the Chinese check looks at), in NFKC (a PDF's text may give Kangxi
    radicals for some ideographs)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text) if nfkc else text)


def data_texts():
    """Every text of the data: the values of every table of the sample dataset (and their lines),
    the official text files, the GB/T 4754 table the plugin ships, the land-boundary file format's
    own keywords and the cells of the test's own list; flat, longest first."""
    from zoning_plugin.core.importers import land_txt
    texts = set(land_txt.PARCEL_FIELDS) | {land_txt.HEADER_SECTION, land_txt.PARCEL_SECTION}
    texts.update(cell for line in LIST.splitlines() for cell in line.split(","))
    with sqlite3.connect(f"file:{SAMPLE_DATASET_PATH}?mode=ro", uri=True) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str) and CHINESE.search(value):
                        texts.add(value.strip())
                        texts.update(line.strip() for line in re.split(r"[\n\r]+", value))
    resources = os.path.join(REPO, "zoning_plugin", "resources")
    for path in glob.glob(os.path.join(resources, "official", "*")) + glob.glob(os.path.join(resources, "*", "*.csv")):
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="ignore") as stream:
                for line in stream:
                    texts.update(cell.strip() for cell in re.split(r"[,\t]", line) if CHINESE.search(cell))
    dataset = open_dataset()
    texts.update(dataset.unit_class_name(n) for n in (1, 2, 3))
    texts.add(dataset.city_name)
    return sorted({t.strip() for t in texts if len(flat(t)) >= 2}, key=len, reverse=True)


def official_text():
    paths = glob.glob(os.path.join(REPO, "zoning_plugin", "resources", "official", "*"))
    return flat("".join(open(p, encoding="utf-8", errors="ignore").read() for p in paths if os.path.isfile(p)))


@pytest.fixture(scope="module")
def data():
    return data_texts()


def without_data(text, data, nfkc=True):
    text = flat(text, nfkc)
    for value in sorted({flat(v, nfkc) for v in data}, key=len, reverse=True):
        if value in text:
            text = text.replace(value, "▯")
    return text


def chinese_left(text, data, quotes_from):
    """The Chinese left in `text` once the data and the words quoted from the text are out."""
    text = without_data(text, data)
    text = QUOTED.sub(lambda m: "▯" if all(run in quotes_from or run in STATUTE_WORDS
                                           for run in CHINESE.findall(m.group(0))) else m.group(0), text)
    return [(run, text[max(0, m.start() - 50):m.end() + 30]) for m in CHINESE.finditer(text)
            for run in [m.group(0)]]


def fragments_not_in_data(found, data):
    """Of what chinese_left found in a PDF, the runs that are not pieces of the data: pdftotext
    breaks a requirement's text where a table cell or a page ends (a column's English words, the
    running head land inside it), so a run that is a piece of a data text is data; a map label
    laid along a river drawn the other way comes out reversed (东辽河 as 河辽 … 东)."""
    corpus = "\n".join(flat(v) for v in data)
    return [(run, context) for run, context in found if run not in corpus and run[::-1] not in corpus]


def own_chinese_words(data):
    """The words of the report's own Chinese labels (core/renderers/inspect.py, core/renderers/*) and of the
    rivers legend that are no piece of the data: none may be in an English report."""
    from zoning_plugin.core.renderers.inspect import LABELS
    from zoning_plugin.core.renderers.eia import EIA_LABELS
    from zoning_plugin.core.renderers.site import SITE_LABELS
    corpus = "\n".join(flat(v) for v in data)
    values = [str(v) for labels in (LABELS, SITE_LABELS, EIA_LABELS) for v in labels.values()]
    values.append(open(os.path.join(REPO, "zoning_plugin", "resources", "styles", "rivers.qml"), encoding="utf-8").read())
    return sorted({run for value in values for run in CHINESE.findall(flat(value)) if len(run) >= 3 and run not in corpus})


def english_glosses(text, data):
    """Glosses and ASCII punctuation after Chinese once the data is out; a comma that the data has
    after the same words (the official text writes some ASCII commas) is a piece of the data that a
    PDF's table broke out of its text."""
    text = without_data(text, data, nfkc=False)
    corpus = "\n".join(flat(v, nfkc=False) for v in data)
    found = [m.group(0) for m in GLOSS.finditer(text)]
    found += [text[max(0, m.start() - 20):m.end() + 20] for m in ASCII_AFTER_CHINESE.finditer(text)
              if text[max(0, m.start() - 3):m.end()] not in corpus]
    return found


def assert_none_found(found, what):
    """Fails with one line per place and finding (each finding once) when anything was found."""
    lines = []
    for where, items in found.items():
        for item in dict.fromkeys(map(repr, items)):
            lines.append(f"{where}: {item}")
    if lines:
        pytest.fail(f"{what} ({len(lines)}):\n" + "\n".join(lines), pytrace=False)


class Log(QgsProcessingFeedback):
    """Everything an algorithm says to the user in the log panel."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.lines.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.lines.append(error)

    def pushCommandInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)

    def pushConsoleInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)

    def setProgressText(self, text):  # noqa: N802 (QGIS API)
        self.lines.append(text)


def runs(w):
    """(algorithm, parameters) with good and bad input for each of the nine algorithms."""
    ok = layer(f"{w}/ok.gpkg", [SQUARE], ogr.wkbPolygon)
    huge = layer(f"{w}/huge.gpkg", [HUGE], ogr.wkbPolygon)
    bow = layer(f"{w}/bow.gpkg", BOWTIES, ogr.wkbPolygon)
    rivers = layer(f"{w}/rivers.gpkg", ["LINESTRING(125.14 42.90,125.16 42.92)"], ogr.wkbLineString)
    far = layer(f"{w}/far.gpkg", ["POLYGON((120 40,120.01 40,120.01 40.01,120 40.01,120 40))"], ogr.wkbPolygon)
    csv = f"{w}/list.csv"
    with open(csv, "w", encoding="utf-8") as stream:
        stream.write(LIST)
    return [
        ("zoning:conformity", {"INPUT": bow, "OUTPUT": f"{w}/c.gpkg", "OUTPUT_UNITS": f"{w}/u.csv",
                               "OUTPUT_HTML": f"{w}/c.html"}),
        ("zoning:conformity", {"INPUT": huge, "OUTPUT": f"{w}/c2.gpkg"}),
        ("zoning:conformity", {"INPUT": ok, "OUTPUT": f"{w}/c3.gpkg", "MIN_AREA": "nan"}),
        ("zoning:screen_project", {"INPUT": ok, "INDUSTRY_CODE": "C2614", "BOILER_TPH": "5t",
                                   "OUTPUT": f"{w}/s.csv", "JSON": f"{w}/s.json"}),
        ("zoning:screen_project", {"INPUT": far, "INDUSTRY_CODE": "C2614", "OUTPUT": f"{w}/s2.csv"}),
        ("zoning:screen_project", {"INPUT": ok, "INDUSTRY_CODE": "A26", "OUTPUT": f"{w}/s3.csv"}),
        ("zoning:screen_project", {"INPUT": ok, "INDUSTRY_CODE": "C2614", "BOILER_TPH": "20,5",
                                   "OUTPUT": f"{w}/s4.csv"}),
        ("zoning:screen_list", {"INPUT": csv, "OUTPUT": f"{w}/sl.csv", "POINTS": f"{w}/p.gpkg",
                                "JSON": f"{w}/sl.json"}),
        ("zoning:screen_list", {"INPUT": csv, "OUTPUT": csv}),
        ("zoning:site_report", {"INPUT": ok, "OUTPUT_PDF": f"{w}/report.pdf", "OUTPUT_ODT": f"{w}/r.odt"}),
        ("zoning:site_report", {"EXTENT": "1e200,2e200,1e200,2e200 [EPSG:4490]", "OUTPUT_PDF": f"{w}/e.pdf"}),
        ("zoning:field_package", {"INPUT": ok, "OUTPUT_PDF": f"{w}/f.pdf", "OUTPUT_FOLDER": f"{w}/pkg"}),
        ("zoning:field_package", {"INPUT": ok, "OUTPUT_PDF": f"{w}/f2.pdf", "OUTPUT_FOLDER": "/"}),
        ("zoning:write_land_txt", {"INPUT": ok, "OUTPUT": f"{w}/l.txt"}),
        ("zoning:read_land_txt", {"INPUT": f"{w}/l.txt", "OUTPUT": f"{w}/lt.gpkg"}),
        ("zoning:read_land_txt", {"INPUT": csv, "OUTPUT": f"{w}/lt2.gpkg"}),
        ("zoning:build_buffers", {"INPUT": rivers, "OUTPUT": f"{w}/b.gpkg"}),
        ("zoning:build_buffers", {"INPUT": rivers, "OUTPUT": f"{w}/b2.gpkg", "WIDTH": "1e9"}),
        ("zoning:import_dataset", {"UNITS": bow, "OUTPUT": f"{w}/d.gpkg", "OUTPUT_REPORT": f"{w}/d.html"}),
        ("zoning:import_dataset", {"UNITS": huge, "OUTPUT": f"{w}/d2.gpkg"}),
        ("zoning:import_dataset", {"UNITS": ok, "OUTPUT": ok}),
    ]


def run_all(folder):
    """{(algorithm, parameters' key): everything the run said}, and the site report's PDF."""
    from qgis import processing
    said = {}
    os.makedirs(folder, exist_ok=True)
    for n, (algorithm, parameters) in enumerate(runs(str(folder))):
        log = Log()
        try:
            processing.run(algorithm, parameters, feedback=log)
        except QgsProcessingException as error:
            log.lines.append(str(error))
        said[f"{n} {algorithm}"] = "\n".join(log.lines)
    return said, os.path.join(str(folder), "report.pdf")


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def panel_text(plugin):
    dock = plugin.dock
    return "\n".join([dock.browser.toPlainText(), dock.status.text(), dock.windowTitle()])


def walk(plugin, completed_iface, iface_recorder, tmp_path):
    """{what the user sees: its text} along the walk."""
    seen = {}
    main = completed_iface.mainWindow()
    main.show()
    try:
        main.findChild(QAction, "zoning_load_layers").trigger()
        root = QgsProject.instance().layerTreeRoot()
        seen["layer names"] = "\n".join(node.name() for node in root.findLayers())
        seen["layer groups"] = "\n".join(group.name() for group in root.findGroups(True))
        dataset = open_dataset()
        canvas = completed_iface.mapCanvas()
        in_buffer = shapely.Point(dataset.buffers.geometries[0].representative_point().coords[0])
        for name, point in (("panel, in a unit", interior_point(dataset, 3)), ("panel, in a buffer", in_buffer),
                            ("panel, outside the city", shapely.Point(121.0, 41.0))):
            centre = set_canvas(canvas, STORAGE_CRS, point, 2000)
            click(plugin, canvas, centre)
            QCoreApplication.processEvents()
            seen[name] = panel_text(plugin)
        saved = ZoningSettings.load()
        try:
            ZoningSettings(dataset_path=str(tmp_path / "gone.gpkg")).save()
            iface_recorder.messages.clear()
            main.findChild(QAction, "zoning_load_layers").trigger()
            seen["message bar"] = "\n".join(" ".join(str(part) for part in message[:2])
                                            for message in iface_recorder.messages)
        finally:
            saved.save()
    finally:
        main.hide()
    said, pdf = run_all(tmp_path / "runs")
    seen.update({f"log of {key}": text for key, text in said.items()})
    seen["site report"] = pdf_text(pdf)
    return seen


@pytest.fixture()
def walked_plugin(completed_iface, iface_recorder, qgis_processing, ui_locale):  # noqa: F811
    def start(code):
        ui_locale(code)
        QgsProject.instance().clear()
        instance = zoning_plugin.classFactory(completed_iface)
        instance.initGui()
        started.append(instance)
        return instance
    started = []
    yield start
    for instance in started:
        instance.unload()
    QgsProject.instance().clear()


def test_the_english_ui_shows_no_chinese_but_official_text_and_data(walked_plugin, completed_iface, iface_recorder,
                                                                    tmp_path, data):
    plugin = walked_plugin("en")
    assert plugin.translator is None or QCoreApplication.translate("@default", "en") == "en"
    seen = walk(plugin, completed_iface, iface_recorder, tmp_path)
    assert "dataset file not found" in seen["message bar"]
    assert "Rivers" in seen["layer names"] and "Priority protection units" in seen["layer names"]
    assert len(seen["site report"]) > 2000
    official = official_text()
    left = {where: chinese_left(text, data, official) for where, text in seen.items()}
    left["site report"] = fragments_not_in_data(left["site report"], data)
    own = own_chinese_words(data)
    assert "其他河流" in own and "三线一单符合性分析" in own
    left["site report's own words"] = [word for word in own if word in flat(seen["site report"])]
    assert "Spatiallayoutconstraints" in flat(seen["site report"]) and "Otherrivers" in flat(seen["site report"])
    assert_none_found(left, "Chinese outside data in the English UI")


def test_the_chinese_ui_has_no_english_glosses(walked_plugin, completed_iface, iface_recorder, tmp_path, data):
    plugin = walked_plugin("zh-Hans")
    assert plugin.translator is not None
    seen = walk(plugin, completed_iface, iface_recorder, tmp_path)
    assert "找不到数据集文件" in seen["message bar"] and "not found" not in seen["message bar"]
    assert "优先保护单元" in seen["layer names"] and "Rivers" not in seen["layer names"]
    glosses = {where: english_glosses(text, data) for where, text in seen.items()}
    assert_none_found(glosses, "English glosses or ASCII punctuation in the Chinese UI")
