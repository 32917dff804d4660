"""Issue 15 §5 and §6 as a consultant meets them: the EIA table of zoning:site_report (the .odt's
content.xml and the PDF's text layer from pdftotext) is safe to paste row by row (id, source,
sample mark in the row, the screening's strength in its own column, 符合性 left blank), and each
item shows one id, its req_id, in the panel, the PDF, the ODT and the CLI."""
import re
import shutil
import subprocess
import sys
import zipfile

import pytest
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem

from zoning_plugin.algorithms.provider import ZoningProvider
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.core.dataset.model import dimension_label  # noqa: E402
from zoning_plugin.core.dataset.screening_rules import verdict_label  # noqa: E402
from tests.qgis.test_site_report import (CENTRAL, flat, inspect, page_texts, plugin,  # noqa: F401 (fixture)
                                         report_labels_now, run, site_layer)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (make setup)")

# the number an earlier version made up for 附件4's unnumbered items (a statute's own article, cited by
# a reading note as 民法典 第1259条, is not one)
INVENTED = re.compile(r"(?<!民法典)(?<!民法典》)(?<!民法典 )第\d+条")


@pytest.fixture(scope="module")
def screened(tmp_path_factory, qgis_processing):
    """The central site's report with a screening (chemicals, a 20 t/h boiler)."""
    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.providerById("zoning") is None:
        provider = ZoningProvider()
        registry.addProvider(provider)
    folder = tmp_path_factory.mktemp("eia")
    result = run(folder, name="screened", INPUT=site_layer(CENTRAL), INDUSTRY_CODE="C2614", BOILER_TPH=20,
                 OUTPUT_ODT=str(folder / "screened.odt"))
    if provider is not None:
        registry.removeProvider(provider)
    return result


def odt_tables(path):
    """[[cells of a row, tags stripped, white space removed]] of each table of the .odt."""
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml").decode("utf-8")
    tables = []
    for table in re.findall(r"<table:table [^>]*>(.*?)</table:table>", content, re.S):
        rows = re.findall(r"<table:table-row[^>]*>(.*?)</table:table-row>", table, re.S)
        tables.append([[flat(re.sub(r"<[^>]+>", "", cell))
                        for cell in re.findall(r"<table:table-cell[^>]*?(?:/>|>(.*?)</table:table-cell>)", row, re.S)]
                       for row in rows])
    return tables


def list_table(path, labels):
    """Head and data rows (level titles left out) of the access-list table of the chapter."""
    head = [flat(labels[k]) for k in ("no", "dimension", "requirement", "situation", "strength", "conformity")]
    [table] = [t for t in odt_tables(path) if t and t[0] == head]
    return head, [row for row in table[1:] if len(row) == len(head)]


def test_the_odt_table_has_the_columns_and_every_row_its_id_source_sample_mark_and_a_blank_conformity(screened):
    labels = report_labels_now()
    _head, rows = list_table(screened["OUTPUT_ODT"], labels)
    applicable = [r for r, _t in inspect(CENTRAL).requirements]
    assert [row[0] for row in rows] == [r.req_id for r in applicable]
    mark = flat(labels["tagged"].format(labels["sample_row"]))
    source = flat(labels["source"] + labels["colon"])
    for row, requirement in zip(rows, applicable):
        _id, dimension, text, situation, strength, conformity = row
        assert flat(requirement.text) in text and source + flat(requirement.source) in text, requirement.req_id
        assert (mark in text) == requirement.sample, requirement.req_id
        assert situation == "" and conformity == "", requirement.req_id
        assert dimension == flat(dimension_label(requirement.dimension))
    assert sum(r.sample for r in applicable) and not all(r.sample for r in applicable)
    marks = {flat(labels["strength_no_rule"]), flat(labels["strength_to_judge"])}
    strengths = {row[0]: row[4] for row in rows if row[4] and row[4] not in marks}
    assert strengths == {"B-LIAO-02": flat(verdict_label("严格控制")), "C-220400-06": flat(verdict_label("禁止")),
                         "B-LIAO-05": flat(verdict_label("需关注"))}
    # issue 15: an item no rule looks at says so in the column, one by one
    from zoning_plugin.core import open_dataset
    from zoning_plugin.core.screening.screen import screen
    screening = screen(open_dataset(), CENTRAL, "EPSG:4490", "C2614", 20)
    assert [row[0] for row in rows if row[4] == flat(labels["strength_no_rule"])] == \
        [r.req_id for r in screening.without_rule]
    assert {row[0] for row in rows if row[4] == flat(labels["strength_to_judge"])} == \
        {j["req_id"] for j in screening.coverage()["to_judge"]}


def raw_text(pdf):
    """The PDF's text in content order (pdftotext -raw): a table cell's lines stay together."""
    return subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_pdf_chapter_shows_the_columns_and_each_row_its_id_source_and_sample_mark(screened):
    labels = report_labels_now()
    text = flat(raw_text(screened["OUTPUT_PDF"]))
    chapter = text[text.index(flat(labels["part_list"])):]
    for key in ("no", "strength", "conformity", "situation"):
        assert flat(labels[key]) in chapter, key
    applicable = [r for r, _t in inspect(CENTRAL).requirements]
    mark = flat(labels["tagged"].format(labels["sample_row"]))
    source = flat(labels["source"] + labels["colon"])
    # Each row from its id to the next row's id: the id, its text and source (their first
    # characters: a page head may fall inside a row, a line cut by a page break may be drawn on
    # both pages), the mark if sample.
    # (a class item stands in the level of each unit of its class: look for each after the previous;
    # the id and the first characters of its dimension: a page break may fall inside the dimension cell)
    starts = []
    for requirement in applicable:
        starts.append(chapter.index(requirement.req_id + flat(dimension_label(requirement.dimension))[:2],
                                    starts[-1] + 1 if starts else 0))
    for requirement, start, end in zip(applicable, starts, starts[1:] + [len(chapter)]):
        row = chapter[start:end]
        assert flat(requirement.text)[:16] in row and source + flat(requirement.source)[:12] in row, requirement.req_id
        assert (mark in row) == requirement.sample, requirement.req_id
    assert sum(r.sample for r in applicable) and not all(r.sample for r in applicable)
    assert not INVENTED.search(text)


# -- one id per item: panel, PDF, CLI ----------------------------------------------------------
def shown_with_their_ids(text, requirements):
    """The req_ids of `requirements` whose text `text` shows right after the id (tags between)."""
    return [r.req_id for r in requirements
            if re.search(re.escape(r.req_id) + r"(?:[【\[][^】\]]*[】\]])*" + re.escape(flat(r.text)), text)]


def test_one_id_per_item_across_panel_pdf_and_cli(plugin, screened):
    applicable = [r for r, _t in inspect(CENTRAL).requirements]
    plugin.inspect(to_qgs(CENTRAL), QgsCoordinateReferenceSystem("EPSG:4490"), "site")
    panel = flat(plugin.dock.browser.toPlainText())
    copied = flat(plugin.dock.result_text())
    cli = flat(subprocess.run([sys.executable, "-m", "zoning_plugin.core", "inspect", "--wkt", CENTRAL.wkt],
                              capture_output=True, text=True, check=True).stdout)
    pdf = flat("".join(page_texts(screened["OUTPUT_PDF"])))
    requirements_part = pdf[:pdf.index(flat(report_labels_now()["part_list"]))]
    for name, text in (("panel", panel), ("copied", copied), ("cli", cli), ("pdf", requirements_part)):
        assert shown_with_their_ids(text, applicable) == [r.req_id for r in applicable], name
        assert not INVENTED.search(text), name
        # no list number either: an item's text follows its id, not "6."
        assert not [r.req_id for r in applicable if re.search(r"\d+\.(?:[【\[][^】\]]*[】\]])*" + re.escape(flat(r.text)), text)]
