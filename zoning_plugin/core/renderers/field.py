"""The field inspection sheet's text (现场检查表) as HTML fragments, from the one result object: what
the inspector needs about a site (its own attributes, the screening result it came with, its units,
buffers and the full "1+2+N" text, as the site report shows them) and the checklist to fill in on
site: each applicable requirement with blank boxes; then, in one piece, lines for the notes, the
conclusion, the inspector's signature and the date.

The print layout (zoning_plugin/printing/field_package.py) puts each fragment in a frame of its own.
Labels come in as a dict, as for core/renderers/inspect.py, so the GUI passes translated ones; the defaults are
Chinese. No Qt and no QGIS here."""
import html
import re

from zoning_plugin.core.dataset.model import SCOPE_CLASS, dimension_label
from zoning_plugin.core.renderers.inspect import class_names, note_breaks_html, outside_text
from zoning_plugin.core.renderers.site import labels_with_defaults, overlap_html, requirements_html
from zoning_plugin.core.dataset.provenance import to_html as provenance_html
from zoning_plugin.core.screening.screen import ADVISORY

EXCERPT = 60   # characters of a requirement's text in the checklist (the full text comes before it)
NOTE_LINES = 6

# The values the inspection result (检查结论) takes: stored as written here, shown translated.
RESULT_VALUES = ("符合", "不符合", "需复查")

FIELD_LABELS = {
    "sheet_title": "现场检查表：{0}",
    "site_of": "检查点 {0} / {1}",
    "attributes_title": "检查对象信息",
    "screening_title": "项目准入研判结果",
    "screening_verdict": "研判结论",
    "screening_rules": "触发规则",
    "advisory": ADVISORY,
    "flagged": "准入研判涉及",
    "checklist_title": "现场检查清单",
    "checklist_intro": "逐条核对下列适用的生态环境准入要求，在检查结果中勾选（☑）；条文全文见前页，"
                       "序号与前页一致。",
    "col_no": "序号", "col_requirement": "管控要求（摘要）", "col_result": "检查结果", "col_note": "备注",
    "box_yes": "符合", "box_no": "不符合", "box_na": "不涉及",
    "no_checklist": "没有适用的生态环境准入要求可核对。",
    "notes_title": "检查记录",
    "conclusion": "检查结论",
    "inspector": "检查人（签名）",
    "date": "检查日期",
    "site_signature": "被检查单位（签字）",
    "year_month_day": "年　　月　　日",
}

CHECKLIST_CSS = """
table.check td { padding: 3pt 3pt; vertical-align: top; }
table.check td.box { font-size: 9pt; }
table.check td.note { border-left: 1px solid #c9d2dd; }
table.check tr.level td { background: #e8eef5; font-weight: bold; font-size: 9.5pt; padding-top: 4pt; }
table.check tr.dimr td { color: #2b4a6f; font-weight: bold; border-bottom: none; padding-top: 5pt; }
span.rnote { font-weight: normal; }
.line { border-bottom: 1px solid #555555; height: 19pt; }
p.conclusion { margin-top: 10pt; }
table.sign td { border: none; padding: 14pt 4pt 2pt 0; white-space: nowrap; }
table.sign td.fill { border-bottom: 1px solid #555555; width: 30%; }
.screen { border: 1px solid #d9b44a; background: #fff8e1; padding: 3pt 5pt; margin: 4pt 0; }
"""


def field_labels(labels=None):
    return {**labels_with_defaults(), **FIELD_LABELS, **(labels or {})}


def boxes(options):
    """"□ a  □ b  □ c": blank boxes to tick, each box kept with its word."""
    return "\u3000".join(f"□\u00a0{option}" for option in options)


def excerpt(text, limit=EXCERPT):
    """The first `limit` characters of `text` as written, with an ellipsis when it goes on."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def flagged_requirements(rules_text, rules=(), requirement_ids=()):
    """req_ids named in a screening result's field of triggered rules: a token that is a rule's
    rule_id stands for the requirement the rule cites (`rules`: [(ScreeningRule, Requirement)]), a
    token that is a req_id for itself. Other words are ignored."""
    if not rules_text:
        return set()
    by_rule = {rule.rule_id: requirement.req_id for rule, requirement in rules}
    known = set(requirement_ids)
    found = set()
    for token in re.split(r"[\s,;，；、|/()（）\[\]【】:：]+", str(rules_text)):
        if token in by_rule:
            found.add(by_rule[token])
        elif token in known:
            found.add(token)
    return found


def _facts_table(rows):
    e = html.escape
    out = ["<table class='facts' cellspacing='0'>"]
    out += [f"<tr><td>{e(str(k))}</td><td>{e(str(v))}</td></tr>" for k, v in rows]
    out.append("</table>")
    return "\n".join(out)


def site_html(result, attributes=(), screening=None, labels=None, provenance=()):
    """The site's page: its own attributes [(field name, value text)], the screening result it
    came with ({"verdict": text, "rules": text}, either may be empty), where it lies (units and
    class, buffers with their distances, or that it is outside the city), then every applicable
    requirement in full, grouped as in the panel."""
    labels = field_labels(labels)
    e = html.escape
    out = []
    if attributes:
        out.append(f"<h3>{e(labels['attributes_title'])}</h3>")
        out.append(_facts_table(attributes))
    screening = {k: v for k, v in (screening or {}).items() if v not in (None, "")}
    if screening:
        rows = [(labels["screening_verdict"], screening["verdict"])] if "verdict" in screening else []
        rows += [(labels["screening_rules"], screening["rules"])] if "rules" in screening else []
        out.append(f"<div class='screen'><b>{e(labels['screening_title'])}</b>{_facts_table(rows)}"
                   f"<div class='src'>{e(labels['advisory'])}</div></div>")
    out.append(overlap_html(result, labels))
    text = requirements_html(result, labels)
    if text:
        out.append(text)
    if provenance:          # core/dataset/provenance.py: dataset, version, effective date, sample, plugin, time
        out.append(provenance_html(provenance))
    return "\n".join(out)


def _checklist_rows(result, labels, flagged):
    e = html.escape
    classes = class_names(result.dataset)
    result_boxes = e(boxes((labels["box_yes"], labels["box_no"], labels["box_na"])))
    notes = result.dataset.get("requirement_notes") or {}
    rows = []
    for _scope, _ref, title, dimensions in result.requirement_groups():
        rows.append(f"<tr class='level'><td colspan='4'>{e(title)}</td></tr>")
        for dimension, items in dimensions:
            if not items:
                continue
            rows.append(f"<tr class='dimr'><td colspan='4'>{e(dimension_label(dimension))}"
                        + note_breaks_html(notes.get(f"dimension:{dimension}"), labels)
                        + "</td></tr>")
            for requirement, triggered in items:
                tags = []
                if triggered:
                    tags.append(labels["triggered"])
                if requirement.req_id in flagged:
                    tags.append(labels["flagged"])
                if requirement.scope == SCOPE_CLASS:
                    tags.append(labels["class_item"].format(
                        class_name=classes.get(requirement.scope_ref, requirement.scope_ref)))
                tag = "".join(f"<span class='tag'>{e(labels['tagged'].format(t))}</span>" for t in tags)
                css = " class='trig'" if triggered or requirement.req_id in flagged else ""
                rows.append(f"<tr{css}><td class='num'>{html.escape(requirement.req_id)}</td>"
                            f"<td>{tag}{e(excerpt(requirement.text))}"
                            + note_breaks_html(notes.get(requirement.req_id), labels)   # in full
                            + "</td>"
                            f"<td class='box'>{result_boxes}</td><td class='note'></td></tr>")
    return rows


def checklist_html(result, labels=None, flagged=frozenset()):
    """The checklist of a site: every applicable requirement, grouped and numbered as on the
    preceding pages (triggered ones and those the screening cites, `flagged` req_ids, marked), with
    blank boxes and a blank remark; or why there is nothing to check."""
    labels = field_labels(labels)
    e = html.escape
    out = [f"<h2>{e(labels['checklist_title'])}</h2>"]
    if result.inside and result.requirements:
        out.append(f"<p>{e(labels['checklist_intro'])}</p>")
        out.append("<table class='check' cellspacing='0'><colgroup><col width='6%'/><col width='52%'/>"
                   "<col width='27%'/><col width='15%'/></colgroup><tr>"
                   + "".join(f"<th>{e(labels[k])}</th>" for k in ("col_no", "col_requirement", "col_result",
                                                                 "col_note"))
                   + "</tr>")
        out.extend(_checklist_rows(result, labels, flagged))
        out.append("</table>")
    elif not result.inside:
        out.append(f"<p class='outside'>{e(outside_text(result.dataset, labels))}</p>")
    else:
        out.append(f"<p>{e(labels['no_checklist'])}</p>")
    return "\n".join(out)


def signoff_html(labels=None):
    """What closes a site's checklist, kept in one piece: lines for the inspection notes, the
    conclusion with the values of RESULT_VALUES as blank boxes, the inspector's signature and the
    date, the inspected party's signature."""
    labels = field_labels(labels)
    e = html.escape
    out = [f"<h3>{e(labels['notes_title'])}</h3>"]
    out.extend("<div class='line'></div>" for _ in range(NOTE_LINES))
    out.append(f"<p class='conclusion'><b>{e(labels['conclusion'])}{e(labels['colon'])}</b>"
               f"{e(boxes(labels.get('result_values') or RESULT_VALUES))}</p>")
    out.append("<table class='sign' cellspacing='0'><tr>"
               f"<td>{e(labels['inspector'])}{e(labels['colon'])}</td><td class='fill'></td>"
               f"<td>{e(labels['date'])}{e(labels['colon'])}</td><td>{e(labels['year_month_day'])}</td></tr>"
               f"<tr><td>{e(labels['site_signature'])}{e(labels['colon'])}</td><td class='fill'></td>"
               "<td></td><td></td></tr></table>")
    return "\n".join(out)
