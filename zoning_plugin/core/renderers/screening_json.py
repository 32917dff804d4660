"""The results of a screening run (zoning:screen_project, zoning:screen_list) as one JSON document
whose size grows with the sites, not with the dataset's texts: what is the same for every site
(the dataset, the advisory notice, the note, the settings, the summary) is written once at the top;
every rule, requirement, industry and unit a site refers to is written once at the end and the site
refers to it by its id (coverage's `without_rule`, the requirements applying at the site that no rule
looks at, too); each site is one line, written as it comes, so a list of any length is
streamed rather than built in memory.

    {"format": "zoning-screening/2", "dataset": {...}, "advisory": "...", "advisory_en": "...",
     "note": "...", "settings": {...}, "summary": {...},
     "sites": [
      {"feature_ids": [1], ..., "error": null, "verdict": "严格控制", "statement": "严格控制：触发 1 条规则，共核对…",
       "coverage": {"rules_in_dataset": 7, "rules_applicable": 5, "rules_triggered": 1,
                    "rules_not_evaluated": ["SR-02"], "to_judge": ["SR-08"],
                    "without_rule": ["C-220400-01", ...]}, "inside": true,
       "project": {"industry_code": "C2614", "input_code": "C2614", "boiler_tph": null, "boiler_read": null},
       "site": {"kind": "point", ..., "units": ["ZH22040220001"], ...},
       "hits": ["SR-01"],
       "checks": [{"rule_id": "SR-01", "status": "triggered", "reasons": [...], "facts": {...},
                   "related": [req_id, ...]}, ...],
       "messages": [...]},
      ...],
     "rules": {"SR-01": {"title", "kind", "verdict", "req_id", "note"}, ...},
     "requirements": {"B-LIAO-02": {"scope", "scope_ref", "dimension", "source", "text", "sample"}, ...},
     "industries": {"C2614": {"section", "section_name", "division", "division_name", ...}, ...},
     "units": {"ZH22040220001": {"name", "class", "class_name", "subtype"}, ...}}

A site that could not be screened has its `error` and none of the screening keys."""
import json

from zoning_plugin.core.screening.screen import ADVISORY_EN, notice_of

FORMAT = "zoning-screening/2"
_UNIT_KEYS = ("name", "class", "class_name", "subtype")


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


class _Catalogue:
    """The rules, requirements, industries and units the sites referred to, each kept once."""

    def __init__(self):
        self.rules, self.requirements, self.industries, self.units = {}, {}, {}, {}

    def requirement(self, requirement, notes=()):
        if requirement.req_id not in self.requirements:
            self.requirements[requirement.req_id] = {
                "scope": requirement.scope, "scope_ref": requirement.scope_ref,
                "dimension": requirement.dimension, "source": requirement.source, "text": requirement.text,
                "sample": requirement.sample}
        if notes:       # requirement_notes (disagreements, readings): once, with the requirement
            self.requirements[requirement.req_id]["notes"] = [dict(n) for n in notes]
        return requirement.req_id

    def check(self, check):
        rule = check.rule
        if rule.rule_id not in self.rules:
            self.rules[rule.rule_id] = {"title": rule.title, "kind": rule.kind, "verdict": rule.verdict,
                                        "req_id": self.requirement(check.requirement, check.notes),
                                        "note": rule.note}
        # The requirement's notes end the reasons; the document holds them once, in the requirement.
        return {"rule_id": rule.rule_id, "status": check.status, "reasons": list(check.own_reasons),
                "facts": dict(check.facts), "related": [self.requirement(r) for r in check.related]}

    def site(self, result):
        """The per-site part of a ScreeningResult, referring to the catalogue."""
        project = dict(result.project)
        industry = project.pop("industry", None)
        project.pop("note", None)                     # the run's note: once, at the top
        if industry and project.get("industry_code"):
            self.industries.setdefault(project["industry_code"],
                                       {k: v for k, v in industry.items() if k != "code"})
        site = dict(result.site)
        if "units" in site:
            for unit in site["units"]:
                self.units.setdefault(unit["code"], {k: unit.get(k) for k in _UNIT_KEYS})
            site["units"] = [unit["code"] for unit in site["units"]]
        coverage = result.coverage() if result.inside else None
        if coverage is not None:       # the items' texts are in the catalogue: here their ids
            coverage["to_judge"] = [j["rule_id"] for j in coverage["to_judge"]]
            notes = result.dataset.get("requirement_notes") or {}
            coverage["without_rule"] = [self.requirement(r, notes.get(r.req_id)) for r in result.without_rule]
        return {"verdict": result.verdict, "statement": result.statement(), "coverage": coverage,
                "inside": result.inside, "project": project, "site": site,
                "hits": [c.rule.rule_id for c in result.hits],
                "checks": [self.check(c) for c in result.checks], "messages": list(result.messages)}


def write_document(stream, dataset_info, sites, note="", settings=None, summary=None):
    """Write the document to the text `stream`. `sites` yields (entry, result, message): `entry` the
    site's own keys (feature_ids, label, name, coordinates …), `result` its ScreeningResult or None,
    `message` the reason it was not screened, or None."""
    head = {"format": FORMAT, "dataset": dataset_info, "advisory": notice_of(dataset_info),
            "advisory_en": ADVISORY_EN, "note": str(note or ""), "settings": dict(settings or {})}
    if summary is not None:
        head["summary"] = summary
    stream.write("{\n" + "".join(f" {_dumps(key)}: {_dumps(value)},\n" for key, value in head.items()))
    stream.write(' "sites": [')
    catalogue = _Catalogue()
    separator = "\n  "
    for entry, result, message in sites:
        data = {**entry, "error": message, **(catalogue.site(result) if result is not None else {})}
        stream.write(separator + _dumps(data))
        separator = ",\n  "
    tail = {"rules": catalogue.rules, "requirements": catalogue.requirements,
            "industries": catalogue.industries, "units": catalogue.units}
    stream.write("\n ],\n" + ",\n".join(f" {_dumps(key)}: {_dumps(value)}" for key, value in tail.items()))
    stream.write("\n}\n")
