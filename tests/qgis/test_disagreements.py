"""Issue 15 §2 and §3 (naming): where sources disagree, and where a result rests on the plugin's
reading, the outputs say so. The notes come from the dataset's requirement_notes table; the tests
find them in the site report PDF (pdftotext), the panel and the screening's reasons, through what a
user runs (processing.run, the panel's button)."""
import re
import shutil
import subprocess
import unicodedata

import pytest
import shapely
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QAction

from zoning_plugin.core import open_dataset
from zoning_plugin.toolbelt.geometry import to_qgs
from test_site_report import plugin, zoning_provider  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (make setup)")


def flat(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def notes_of(ds, words):
    """The stored note texts on the requirement whose text holds `words` (found in the data, so a
    rebuilt sample keeps the test meaningful)."""
    requirement = next(r for r in ds.requirements if words in r.text and r.scope == "city")
    notes = ds.requirement_notes.get(requirement.req_id, [])
    assert notes, requirement.req_id
    return requirement, notes


def a_place_in_a_basin_without_the_buffer_rule(ds):
    """A point inside the city, in a basin whose list lacks the river buffer rule."""
    rule_basins = ds.rule_basins()
    assert rule_basins
    for record, geometry in zip(ds.basins.records, ds.basins.geometries):
        if record["basin_id"] not in rule_basins:
            return record["basin_name"], shapely.intersection(geometry, shapely.union_all(ds.city.geometries)) \
                .representative_point().buffer(0.002, quad_segs=2)
    pytest.skip("every basin of the dataset holds the buffer rule")


def site_layer(geometry):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490", "site", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(to_qgs(geometry))
    layer.dataProvider().addFeatures([feature])
    return layer


def labels():
    """The labels in the UI language the tests run in (the core's defaults are Chinese)."""
    from zoning_plugin.gui.labels import report_labels
    return report_labels()


def before_field(label):
    """The fixed words of a label up to its first {field}."""
    return label.split("{")[0]


def pdf_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


CENTRAL = shapely.box(125.13, 42.89, 125.16, 42.91)


def test_the_site_report_shows_the_pm25_and_boiler_disagreements_and_the_readings(zoning_provider, tmp_path):
    from qgis import processing
    ds = open_dataset()
    result = processing.run("zoning:site_report", {"INPUT": site_layer(CENTRAL),
                                                   "OUTPUT_PDF": str(tmp_path / "site.pdf")})
    body = flat(pdf_text(result["OUTPUT_PDF"]))
    _pm25, pm25_notes = notes_of(ds, "PM2.5")
    _boiler, boiler_notes = notes_of(ds, "燃煤锅炉")
    for note in pm25_notes + boiler_notes:
        assert flat(note["text"]) in body, note["text"][:30]
    assert flat("28微克/立方米以下") in body and flat("001第183行") in body and flat("39μg/m3") in body
    assert flat("原则上不再新建") in body and flat("65蒸吨/小时以上") in body and flat("001第207行") in body
    assert flat("民法典") in body and flat("按含本数理解") in body
    assert flat("资源开发利用效率") in body and flat("资源利用要求") in body     # the sources' own names
    assert flat(before_field(labels()["buffer_reading"])) in body


def test_a_site_in_a_basin_without_the_buffer_rule_says_the_rule_was_not_applied(zoning_provider, tmp_path):
    from qgis import processing
    ds = open_dataset()
    basin, site = a_place_in_a_basin_without_the_buffer_rule(ds)
    result = processing.run("zoning:site_report", {"INPUT": site_layer(site),
                                                   "OUTPUT_PDF": str(tmp_path / "site.pdf")})
    body = flat(pdf_text(result["OUTPUT_PDF"]))
    assert flat(labels()["no_buffer"]) in body
    assert flat(labels()["buffer_not_applied"].format(basin=basin)) in body


def test_screening_reasons_carry_the_notes_and_name_the_boiler_reading(zoning_provider, tmp_path):
    """A boiler exactly at the threshold of where the site is: "以下" as statute reads it by default
    (triggered, the reading named), the other reading when chosen (not triggered, named too)."""
    import json

    from qgis import processing
    from zoning_plugin.core.dataset.screening_rules import load_rules
    ds = open_dataset()
    rule = next(r for r, _q in load_rules(ds) if r.kind == "boiler")
    threshold = rule.params["built_up_tph" if ds.inspect(CENTRAL).built_up else "elsewhere_tph"]
    layer = site_layer(CENTRAL)
    common = {"INPUT": layer, "INDUSTRY_CODE": "D4430", "BOILER_TPH": threshold, "OUTPUT": "memory:"}
    output = processing.run("zoning:screen_project", common)["OUTPUT"]
    boiler = next(f for f in output.getFeatures() if f["rule_id"] == rule.rule_id)
    assert boiler["status"] == "triggered"
    assert "read as including the number" in boiler["reason"] and "Civil Code art. 1259" in boiler["reason"]
    assert "[Sources disagree]" in boiler["reason"] and "原则上不再新建" in boiler["reason"]
    path = tmp_path / "other.json"
    other = processing.run("zoning:screen_project", {**common, "BOILER_COMPARISON": 1, "JSON": str(path)})["OUTPUT"]
    assert not [f for f in other.getFeatures() if f["rule_id"] == rule.rule_id]
    document = json.loads(path.read_text(encoding="utf-8"))
    check = next(c for c in document["sites"][0]["checks"] if c["rule_id"] == rule.rule_id)
    assert check["status"] == "not_triggered" and any("read as excluding the number" in r for r in check["reasons"])
    assert check["facts"]["comparison"] == "lt" and check["facts"]["comparison_from"] == "setting"


def test_the_panel_shows_the_notes_under_their_items_and_the_centre_line_reading(plugin):
    from qgis.utils import iface
    ds = open_dataset()
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490", "plan", "memory")
    feature = QgsFeature()
    feature.setGeometry(to_qgs(CENTRAL))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    iface.setActiveLayer(layer)
    layer.selectAll()
    plugin.dock.findChild(QAction, "zoning_inspect_selected").trigger()
    shown = flat(plugin.dock.browser.document().toPlainText())
    pm25, pm25_notes = notes_of(ds, "PM2.5")
    boiler, boiler_notes = notes_of(ds, "燃煤锅炉")
    for requirement, notes in ((pm25, pm25_notes), (boiler, boiler_notes)):
        item = shown.index(flat(requirement.text))
        for note in notes:        # under the item it annotates
            assert shown.index(flat(note["text"]), item) > item
    assert flat(before_field(labels()["buffer_reading"])) in shown


def odt_text(path):
    """The text of an .odt's content.xml, tags removed."""
    import zipfile
    with zipfile.ZipFile(path) as archive:
        return re.sub(r"<[^>]+>", "", archive.read("content.xml").decode("utf-8"))


def raw_pdf_text(path, cell_values=()):
    """The PDF's text in content order (pdftotext -raw: a table cell's lines stay together), without
    what a page break puts inside a cell: the running head and foot (the lines every page has, page
    numbers aside) and the lines of a neighbouring cell drawn before the break (`cell_values`)."""
    def run(*args):
        return subprocess.run([*args, str(path)] + (["-"] if args[0] == "pdftotext" else []), capture_output=True,
                              text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo"), re.M).group(1))
    pages = [run("pdftotext", "-raw", "-f", str(n), "-l", str(n)).splitlines() for n in range(1, count + 1)]

    def shape(line):
        return re.sub(r"\d+", "#", flat(line))
    furniture = set.intersection(*({shape(line) for line in page} for page in pages)) if count >= 3 else set()
    values = {flat(v) for v in cell_values}
    kept = [[line for line in page if shape(line) not in furniture and flat(line) not in values] for page in pages]
    # Qt 5.15's QTextLayout::draw also draws the last line above its clip (clipped, so unseen, but its
    # text is in the PDF): where QGIS has no WebKit (3.40 here) the reports' text is drawn by Qt, and
    # a page's first line can repeat the previous page's last one in the text a reader extracts.
    for previous, page in zip(kept, kept[1:]):
        if previous and page and flat(page[0]) == flat(previous[-1]):
            del page[0]
    return "\n".join(line for page in kept for line in page)


def assert_notes_in(body, notes, where):
    for note in notes:
        assert flat(note["text"]) in body, f"{where}: {note['text'][:30]}"
        assert flat(note["source"]) in body, f"{where}: {note['source']}"


def test_the_eia_chapter_in_the_pdf_and_the_odt_carries_the_notes_under_their_rows(zoning_provider, tmp_path):
    """Issue 15 §2: the EIA chapter (PDF and .odt, with a screening) shows the PM2.5 and boiler
    disagreements, the 以下 reading and the dimension's names, not only the requirements pages."""
    from qgis import processing
    from zoning_plugin.printing.site_report import SiteReport
    ds = open_dataset()
    result = processing.run("zoning:site_report", {
        "INPUT": site_layer(CENTRAL), "INDUSTRY_CODE": "C2614", "BOILER_TPH": 20,
        "OUTPUT_PDF": str(tmp_path / "site.pdf"), "OUTPUT_ODT": str(tmp_path / "site.odt")})
    labels = SiteReport(None, None, "").labels()
    from zoning_plugin.core.dataset.screening_rules import SEVERITY      # the strengths a row's next cell may hold
    from zoning_plugin.core.dataset.model import DIMENSION_ENGLISH
    from zoning_plugin.core.dataset.screening_rules import verdict_label
    words = [*SEVERITY, *map(verdict_label, SEVERITY), *DIMENSION_ENGLISH.values(), *" ".join(
        DIMENSION_ENGLISH.values()).split(), labels["strength_no_rule"], labels["strength_to_judge"]]
    body = flat(raw_pdf_text(result["OUTPUT_PDF"], words))
    chapter = body[body.index(flat(labels["eia_title"])):]
    pm25, pm25_notes = notes_of(ds, "PM2.5")
    boiler, boiler_notes = notes_of(ds, "燃煤锅炉")
    dimension_notes = ds.requirement_notes["dimension:资源利用效率"]
    for where, text in (("PDF, EIA chapter", chapter), ("ODT", flat(odt_text(result["OUTPUT_ODT"])))):
        assert_notes_in(text, pm25_notes + boiler_notes + dimension_notes, where)
        for requirement, notes in ((pm25, pm25_notes), (boiler, boiler_notes)):    # under the row's item
            row = text.index(flat(requirement.text))
            assert text.index(flat(notes[0]["text"]), row) - row < len(flat(requirement.text)) + 400, where
        assert flat("001第183行") in text and flat("001第207行") in text and flat("民法典") in text


def test_the_field_checklist_carries_the_notes_under_its_items(zoning_provider, tmp_path):
    """Issue 15 §2: the field package PDF shows the notes on the site's sheet and again in the
    checklist the inspector ticks, under the item they annotate."""
    from qgis import processing
    from zoning_plugin.printing.field_package import FieldAtlas
    ds = open_dataset()
    result = processing.run("zoning:field_package", {"INPUT": site_layer(CENTRAL),
                                                     "OUTPUT_PDF": str(tmp_path / "sheets.pdf"),
                                                     "OUTPUT_FOLDER": str(tmp_path / "package")})
    boxes = [line for line in raw_pdf_text(result["OUTPUT_PDF"]).splitlines() if "□" in line]   # the result cell
    body = flat(raw_pdf_text(result["OUTPUT_PDF"], boxes))
    start = body.index(flat(FieldAtlas(None, []).labels()["checklist_title"]))
    sheet, checklist = body[:start], body[start:]
    _pm25, pm25_notes = notes_of(ds, "PM2.5")
    boiler, boiler_notes = notes_of(ds, "燃煤锅炉")
    dimension_notes = ds.requirement_notes["dimension:资源利用效率"]
    assert_notes_in(sheet, pm25_notes + boiler_notes + dimension_notes, "site sheet")
    assert_notes_in(checklist, pm25_notes + boiler_notes + dimension_notes, "checklist")
    item = checklist.index(flat(boiler.req_id))
    assert item < checklist.index(flat(boiler_notes[0]["text"])) < checklist.index(flat(boiler_notes[1]["text"]))
