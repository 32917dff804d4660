"""The screening JSON (core/renderers/screening_json.py) stays proportionate to the number of sites: the rules,
requirements, industries and units a site refers to are written once and referred to by id, each
site is one line written as it comes (a list is streamed, not built in memory), and it reads back
to the same facts as the ScreeningResult."""
import io
import json

import pytest

from test_screening import METRIC, beside, class_one_point, far_from_everything
from zoning_plugin.core import open_dataset
from zoning_plugin.core.screening.screen import screen
from zoning_plugin.core.renderers.screening_json import FORMAT, write_document


@pytest.fixture(scope="module")
def ds():
    return open_dataset()


@pytest.fixture(scope="module")
def results(ds):
    return [screen(ds, beside(ds, "东辽河", 300.0)[0], METRIC, "C2614", note="化工"),
            screen(ds, class_one_point(ds)[1], METRIC, "C3311", boiler_tph="5t"),
            screen(ds, far_from_everything(ds), METRIC, "I65")]


def document(ds, results, copies=1, note="化工", summary=None):
    stream = io.StringIO()
    sites = (({"feature_ids": [n]}, results[n % len(results)], None) for n in range(copies * len(results)))
    write_document(stream, ds.info(), sites, note=note, settings={"river_distance_m": 500.0}, summary=summary)
    return stream.getvalue()


def test_the_document_reads_back_to_the_results(ds, results):
    data = json.loads(document(ds, results, summary={"errors": 0}))
    assert data["format"] == FORMAT and data["note"] == "化工" and data["summary"] == {"errors": 0}
    assert "不是审批结论" in data["advisory"] and data["dataset"]["version"] == ds.version
    assert data["settings"] == {"river_distance_m": 500.0}
    for site, result in zip(data["sites"], results):
        assert site["verdict"] == result.verdict and site["hits"] == [c.rule.rule_id for c in result.hits]
        assert [c["status"] for c in site["checks"]] == [c.status for c in result.checks]
        assert [c["reasons"] for c in site["checks"]] == [c.own_reasons for c in result.checks]
        assert site["site"]["units"] == [u["code"] for u in result.site["units"]]
        for check, original in zip(site["checks"], result.checks):
            rule = data["rules"][check["rule_id"]]
            assert rule["verdict"] == original.rule.verdict and rule["note"] == original.rule.note
            assert data["requirements"][rule["req_id"]]["text"] == original.requirement.text
            # the requirement's notes (sources disagreeing, readings) once, with the requirement
            assert data["requirements"][rule["req_id"]].get("notes", []) == original.notes
            assert check["related"] == [r.req_id for r in original.related]
            assert all(req_id in data["requirements"] for req_id in check["related"])
        assert data["industries"][site["project"]["industry_code"]]["division_name"] == \
            result.project["industry"]["division_name"]
        assert all(data["units"][code]["name"] for code in site["site"]["units"])
    assert data["sites"][1]["project"]["boiler_read"] == "「5t」→ 5"


def test_the_boiler_rules_notes_are_in_the_document(ds, results):
    data = json.loads(document(ds, results))
    boiler = data["requirements"][data["rules"]["SR-02"]["req_id"]]
    assert {n["kind"] for n in boiler["notes"]} == {"disagreement", "reading"}
    assert any("原则上不再新建" in n["text"] and "001 第207行" in n["text"] for n in boiler["notes"])


def test_texts_are_written_once_however_many_sites(ds, results):
    small, large = document(ds, results, copies=1), document(ds, results, copies=200)
    requirement = results[0].hits[0].requirement.text
    assert len(requirement) > 40 and large.count(requirement) == 1 and small.count(requirement) == 1
    assert large.count(results[0].hits[0].rule.note) == 1
    per_site = (len(large.encode()) - len(small.encode())) / (199 * len(results))
    # bytes per site: its statement and one check per rule (13 in the sample), whatever the texts;
    # the ids of the requirements without a rule, in the statement and in coverage (about 1,200)
    assert per_site < 7000, per_site
    assert len(large.splitlines()) == len(small.splitlines()) + 199 * len(results)   # one line per site


def test_sites_are_written_as_they_come(ds, results):
    stream = io.StringIO()
    seen = []

    def sites():
        for n in range(5):
            seen.append(stream.tell())      # what was written before this site was asked for
            yield {"feature_ids": [n]}, results[0], None

    write_document(stream, ds.info(), sites())
    assert all(later > earlier for earlier, later in zip(seen, seen[1:]))


def test_a_site_that_could_not_be_screened_has_its_error_only(ds, results):
    stream = io.StringIO()
    write_document(stream, ds.info(), iter([({"feature_ids": [1], "label": "record 1"}, None, "坐标不完整")]))
    data = json.loads(stream.getvalue())
    assert data["sites"] == [{"feature_ids": [1], "label": "record 1", "error": "坐标不完整"}]
    assert data["rules"] == {} and "不是审批结论" in data["advisory"]
    stream = io.StringIO()
    write_document(stream, ds.info(), iter([]))
    assert json.loads(stream.getvalue())["sites"] == []
