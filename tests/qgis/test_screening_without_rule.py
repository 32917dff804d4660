"""Issue 15: the requirements applying at a site that no screening rule looks at are named one by
one, not only counted, in every view: the screening table (one row each, status no_rule) and JSON of
zoning:screen_project and zoning:screen_list, the statement (their ids), the EIA table of the site
report (its 管控强度 column) as pdftotext reads it. Sites are placed from the dataset."""
import re
import shutil
import unicodedata

import pytest

from test_algorithm_conformity import zoning_provider  # noqa: F401  (the provider fixture)
from test_disagreements import raw_pdf_text
from test_screen_list import by_name, lonlat, run as run_list, write_csv
from test_screening_rules_coverage import ds, inside_unit, screen  # noqa: F401  (ds: fixture)
from zoning_plugin.core.screening.screen import no_rule as no_rule_reason
from zoning_plugin.core.screening.screen import screen as core_screen


def flat(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def applying(ds, point_4551):
    """The req_ids of the requirements applying at a point, in the order of the dataset."""
    return [r.req_id for r, _t in ds.inspect(point_4551, crs="EPSG:4551").requirements]


def assert_named_one_by_one(rows, site, document, applying_ids):
    """The no_rule rows of one site against its entry in the JSON `document` and its catalogue."""
    without = site["coverage"]["without_rule"]
    assert without and len(without) == site["coverage"]["requirements_applicable"] - \
        site["coverage"]["requirements_with_rules"]
    assert [w for w in applying_ids if w in without] == without        # each applies here, once
    looked_at = {c["rule_id"] for c in site["checks"] if c["status"] != "not_applicable"}
    assert not {rule["req_id"] for rule_id, rule in document["rules"].items() if rule_id in looked_at} & set(without)
    no_rule = [r for r in rows if r["status"] == "no_rule"]
    assert [r["req_id"] for r in no_rule] == without
    for row in no_rule:
        requirement = document["requirements"][row["req_id"]]      # the catalogue holds its text once
        assert row["text"] == requirement["text"] and row["source"] == requirement["source"]
        assert requirement["dimension"]
        assert row["reason"].startswith(no_rule_reason()) and not row["verdict"] and not row["rule_id"]
        assert row["overall"] == site["verdict"] and row["statement"] == site["statement"]
    statement = site["statement"]
    assert f"{len(without)} of the " in statement and "have no rule" in statement and all(w in statement for w in without)


@pytest.mark.parametrize("unit_class", [1, 2, 3])
def test_screen_project_names_each_requirement_without_a_rule(zoning_provider, ds, tmp_path, unit_class):
    _record, point = inside_unit(ds, lambda r: r["unit_class"] == unit_class)
    rows, document, feedback = screen(tmp_path, [point], "C2614")
    [site] = document["sites"]
    assert_named_one_by_one(rows, site, document, applying(ds, point))
    # the log line of the site is the statement, with the ids
    assert any(all(w in info for w in site["coverage"]["without_rule"]) for info in feedback.infos)


def test_screen_list_names_each_requirement_without_a_rule(zoning_provider, ds, tmp_path):
    sites = {"甲厂": inside_unit(ds, lambda r: r["unit_class"] == 1)[1],
             "乙厂": inside_unit(ds, lambda r: r["unit_class"] == 2)[1]}
    path = write_csv(tmp_path / "list.csv", ["企业名称", "经度", "纬度", "行业代码"],
                     [(name, *lonlat(point), "C2614") for name, point in sites.items()], "utf-8-sig")
    table, _points, document, _feedback, _result = run_list(path, tmp_path)
    named = by_name(table)
    for entry in document["sites"]:
        name = entry["name"]
        assert_named_one_by_one(named[name], entry, document, applying(ds, sites[name]))


pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (make setup)")


@pdftotext
def test_the_site_reports_eia_table_says_no_rule_for_each_such_item(zoning_provider, ds, tmp_path):
    from qgis import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from zoning_plugin.printing.site_report import SiteReport
    _record, point = inside_unit(ds, lambda r: r["unit_class"] == 2)
    layer = QgsVectorLayer("Point?crs=EPSG:4551", "site", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(point.wkt))
    layer.dataProvider().addFeatures([feature])
    result = processing.run("zoning:site_report", {"INPUT": layer, "INDUSTRY_CODE": "C2614",
                                                   "OUTPUT_PDF": str(tmp_path / "site.pdf")})
    labels = SiteReport(None, None, "").labels()
    # without the running head and foot a page break may put inside a paragraph or a row
    text = flat(raw_pdf_text(result["OUTPUT_PDF"]))
    table = text[text.index(flat(labels["part_list"])):]
    without = [r.req_id for r in core_screen(ds, point, "EPSG:4551", "C2614").without_rule]
    mark = flat(labels["strength_no_rule"])
    assert without and flat(labels["strength_marks"]) in table
    statement = table[:table.index(flat(labels["strength_marks"]))]
    assert all(w in statement for w in without)                          # the statement names them
    # each row, from its id to the next id of the table: the mark only in the rows without a rule
    ids = [r.req_id for r, _t in ds.inspect(point, crs="EPSG:4551").requirements]
    body = table[table.index(flat(labels["conformity"])):]
    starts = []
    for req_id in ids:
        starts.append(body.index(req_id, starts[-1] + 1 if starts else 0))
    marked = [i for i, s, e in zip(ids, starts, starts[1:] + [len(body)]) if mark in body[s:e]]
    assert marked == without
