"""The screening table of zoning:screen_project and zoning:screen_list (one row per site and
triggered rule, one when none triggers or the site has a problem, then the items left to the user's
judgement and the requirements no rule looks at), the point layer of a list's enterprises, and the
entries of the JSON document (core/renderers/screening_json.py). Fields are (name, kind) pairs
(core/fields.py)."""
from zoning_plugin.core.fields import NUMBER, TEXT
from zoning_plugin.core.messages import listing
from zoning_plugin.core.screening.screen import NO_RESTRICTION, no_rule, note_reasons

TABLE_FIELDS = (("feature_id", TEXT), ("status", TEXT), ("verdict", TEXT), ("overall", TEXT), ("statement", TEXT),
                ("rule_id", TEXT), ("title", TEXT), ("req_id", TEXT), ("source", TEXT), ("text", TEXT),
                ("reason", TEXT), ("industry_code", TEXT), ("boiler_tph", NUMBER), ("dataset_version", TEXT))
LIST_TABLE_FIELDS = TABLE_FIELDS + (("name", TEXT), ("coordinates", TEXT))
POINT_FIELDS = (("feature_id", TEXT), ("name", TEXT), ("status", TEXT), ("verdict", TEXT), ("rules", TEXT),
                ("message", TEXT), ("industry_code", TEXT), ("boiler_tph", NUMBER), ("coordinates", TEXT),
                ("lon", NUMBER), ("lat", NUMBER), ("dataset_version", TEXT))


def table_rows(fids, result, message, version):
    """The table rows (values in the order of TABLE_FIELDS) of one site: one per triggered rule (or
    one "none" row), then one per item left to the user's judgement (status to_judge), then one per
    requirement applying here that no rule looks at (status no_rule); every row carries the
    verdict's statement (how many rules were checked, what is left to judgement)."""
    feature_id = ",".join(str(f) for f in fids)
    if result is None:
        return [[feature_id, "error", None, None, None, None, None, None, None, None, message, None, None,
                 version]]
    common = [result.project["industry_code"], result.project["boiler_tph"], version]
    if not result.inside:
        return [[feature_id, "outside", None, None, None, None, None, None, None, None,
                 listing(result.messages)] + common]
    statement = result.statement()

    def row(status, verdict, check, reason):
        return [feature_id, status, verdict, result.verdict, statement, check.rule.rule_id, check.rule.title,
                check.requirement.req_id, check.requirement.source, check.requirement.text, reason] + common

    rows = [row("triggered", c.rule.verdict, c, listing(c.reasons)) for c in result.hits]
    if not rows:
        rows = [[feature_id, "none", NO_RESTRICTION, NO_RESTRICTION, statement, None, None, None, None, None,
                 None] + common]
    rows += [row("to_judge", None, c, listing(c.reasons)) for c in result.to_judge]
    notes = result.dataset.get("requirement_notes") or {}
    return rows + [[feature_id, "no_rule", None, result.verdict, statement, None, None, r.req_id, r.source, r.text,
                    listing([no_rule()] + note_reasons(notes.get(r.req_id)))] + common for r in result.without_rule]


def list_table_rows(site, version):
    """table_rows of a row of a list (a core.screening.sites.Site), with its name and coordinates as
    read (LIST_TABLE_FIELDS)."""
    understood = site.parsed.understood if site.parsed else None
    return [row + [site.name or None, understood] for row in table_rows(site.fids, site.result, site.message, version)]


def point_values(site, version):
    """The values of POINT_FIELDS of a row of a list with readable coordinates (None without): its
    status (error, outside, triggered or none), verdict, triggered rules and message."""
    parsed, result, message = site.parsed, site.result, site.message
    if parsed is None:
        return None
    if result is None:
        status, verdict, rules = "error", None, None
    else:
        status = "outside" if not result.inside else ("triggered" if result.hits else "none")
        verdict = result.verdict
        rules = ";".join(c.rule.rule_id for c in result.hits) or None
        message = "；".join(([result.statement()] if result.inside else []) + result.messages) or None
    project = result.project if result is not None else {}
    return [str(site.fids[0]), site.name or None, status, verdict, rules, message, project.get("industry_code"),
            project.get("boiler_tph"), parsed.understood, parsed.lon, parsed.lat, version]


def site_entry(site, listed=False):
    """(entry, result, message) of a site for the JSON document; a row of a list (`listed`) also
    names the enterprise and says how its coordinates were read."""
    entry = {"feature_ids": site.fids, "label": site.label}
    if listed:
        parsed = site.parsed
        entry["name"] = site.name or None
        entry["coordinates"] = parsed and {
            "lon": parsed.lon, "lat": parsed.lat, "system": parsed.system, "given": list(parsed.given),
            "crs": parsed.crs, "swapped": parsed.swapped, "outside_china": parsed.outside_china,
            "understood": parsed.understood}
    return entry, site.result, site.message
