"""The site report's text as HTML fragments, from the one result object: the overlap table of page
1 and the "1+2+N" requirements, grouped as the panel groups them (InspectResult.requirement_groups).

The print layout (zoning_plugin/printing/) places each fragment in a frame of its own. Labels come
in as a dict, as for core/renderers/inspect.py, so the GUI passes translated ones; the defaults are Chinese.
Sizes are in pt (the page is printed); the page must be in standards mode (<!DOCTYPE html>),
else tables do not inherit the font size."""
import html

from zoning_plugin.core.dataset.channels import FROM_BANK, FROM_CENTRE_LINE, width_text
from zoning_plugin.core.renderers.inspect import (LABELS, buffer_readings, class_names, dimensions_html, facts, outside_text,
                                      requirements_title)

SITE_LABELS = {
    "overlap_title": "与环境管控单元的重叠",
    "unit_code": "单元编码", "unit_name": "单元名称", "class": "类别",
    "area_m2": "面积 (m²)", "area_ha": "面积 (公顷)", "length_m": "长度 (m)",
    "buffer_title": "河流生态缓冲区", "river": "河流", "width_m": "每侧宽度 (m)",
    "distance_m": "距河道中心线 (m)", "distance_any_m": "距离 (m)", "measured_from": "距离量起处",
    "from_bank": "河岸（河道宽 {channel} 米，取自数据集）", "from_bank_partly": "给出河道宽度（{channel} 米）的河段从河岸，其余从中心线",
    "from_centre_line": "河道中心线", "overlap_m2": "重叠面积 (m²)", "overlap_ha": "重叠面积 (公顷)",
    "overlap_length_m": "重叠长度 (m)", "share_column": "占比",
}

PRINT_CSS = """
body { font-size: 9pt; line-height: 1.45; color: #1a1a1a; margin: 0; }
h2 { font-size: 12pt; margin: 0 0 4pt 0; color: #1f3b5c; }
h3 { font-size: 10pt; margin: 7pt 0 3pt 0; color: #1f3b5c; }
p, ul { margin: 2pt 0; } li { margin: 1pt 0; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 5pt 0; font-size: 8.5pt; }
th { background: #e8eef5; text-align: left; font-weight: bold; padding: 2pt 3pt; border-bottom: 1px solid #8a9bb0; }
td { padding: 2pt 3pt; border-bottom: 1px solid #c9d2dd; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.code { white-space: nowrap; }
.rnote { margin: 0 0 3pt 12pt; color: #7a4b00; font-size: 8pt; }
table.facts td { border: none; padding: 0 10pt 0 0; }
.group { background: #e8eef5; padding: 2pt 4pt; margin-top: 7pt; font-weight: bold; font-size: 10pt; }
.dim { font-weight: bold; margin: 4pt 0 1pt 6pt; color: #2b4a6f; }
.heading { margin: 2pt 0 1pt 12pt; font-style: italic; }
.item { margin: 2pt 0 0 18pt; } .src { margin: 0 0 3pt 18pt; color: #666666; font-size: 7pt; }
.none { margin: 2pt 0 2pt 18pt; color: #888888; font-style: italic; }
.trig { background: #fff3c4; } .tag { color: #b00020; font-weight: bold; }
.note { color: #b00020; } td.level { background: #f2f5f9; } .outside { font-weight: bold; font-size: 11pt; margin: 8pt 0; }
"""


def labels_with_defaults(labels=None):
    return {**LABELS, **SITE_LABELS, **(labels or {})}


def _num(value, digits=1):
    return "—" if value is None else f"{value:,.{digits}f}"


def _table(head, rows, numeric_from):
    """An HTML table; columns from `numeric_from` on are right-aligned numbers."""
    e = html.escape
    out = ["<table cellspacing='0'><tr>"]
    out += [f"<th{' class=num' if i >= numeric_from else ''}>{e(h)}</th>" for i, h in enumerate(head)]
    out.append("</tr>")
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            css = " class='num'" if i >= numeric_from else (" class='code'" if i == 0 else "")
            cells.append(f"<td{css}>{e(str(value))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _unit_rows(result, labels):
    kinds = [labels["comma"].join(t for t in (u["class_name"], u["subtype"]) if t) for u in result.units]
    head = [labels["unit_code"], labels["unit_name"], labels["class"]]
    if result.kind == "polygon":
        head += [labels["area_m2"], labels["area_ha"], labels["share_column"]]
        rows = [[u["code"], u["name"], k, _num(u["overlap_m2"]), _num(u["overlap_m2"] / 10000, 4),
                 f"{u['share']:.2%}"] for u, k in zip(result.units, kinds)]
    elif result.kind == "line":
        head += [labels["length_m"], labels["share_column"]]
        rows = [[u["code"], u["name"], k, _num(u["length_m"]), f"{u['share']:.2%}"]
                for u, k in zip(result.units, kinds)]
    else:
        rows = [[u["code"], u["name"], k] for u, k in zip(result.units, kinds)]
    return head, rows


def _measured_from(buffer, labels):
    measured = buffer.get("measured_from", FROM_CENTRE_LINE)
    if measured == FROM_CENTRE_LINE:
        return labels["from_centre_line"]
    key = "from_bank" if measured == FROM_BANK else "from_bank_partly"
    return labels[key].format(channel=width_text(buffer["channel_width_m"]))


def _buffer_rows(result, labels):
    """The buffers' table; where any river's distance is measured from the bank, a column says
    from where each row's is (core/dataset/channels.py)."""
    if all(b.get("measured_from", FROM_CENTRE_LINE) == FROM_CENTRE_LINE for b in result.buffers):
        head = [labels["river"], labels["width_m"], labels["distance_m"]]
        rows = [[b["river"], f"{b['width_m']:g}", _num(b["distance_m"])] for b in result.buffers]
    else:
        head = [labels["river"], labels["measured_from"], labels["width_m"], labels["distance_any_m"]]
        rows = [[b["river"], _measured_from(b, labels), f"{b['width_m']:g}", _num(b["distance_m"])]
                for b in result.buffers]
    if result.kind == "polygon":
        head += [labels["overlap_m2"], labels["overlap_ha"]]
        for row, b in zip(rows, result.buffers):
            row += [_num(b["overlap_m2"]), _num(None if b["overlap_m2"] is None else b["overlap_m2"] / 10000, 4)]
    elif result.kind == "line":
        head.append(labels["overlap_length_m"])
        for row, b in zip(rows, result.buffers):
            row.append(_num(b["length_m"]))
    return head, rows


def overlap_html(result, labels=None):
    """Page 1's text: where the site lies, its units (code, name, class, m², ha, share), the river
    buffers it touches (width, distance to the river), the notes; or that it lies outside."""
    labels = labels_with_defaults(labels)
    e = html.escape
    out = ["<table class='facts' cellspacing='0'>"]
    out += [f"<tr><td>{e(k)}</td><td>{e(str(v))}</td></tr>" for k, v in facts(result, labels)]
    out.append("</table>")
    if not result.inside:
        out.append(f"<p class='outside'>{e(outside_text(result.dataset, labels))}</p>")
    else:
        out.append(f"<h3>{e(labels['overlap_title'])}</h3>")
        head, rows = _unit_rows(result, labels)
        out.append(_table(head, rows, 3))
        out.append(f"<h3>{e(labels['buffer_title'])}</h3>")
        if result.buffers:
            head, rows = _buffer_rows(result, labels)
            out.append(_table(head, rows, head.index(labels["width_m"])))
        else:
            out.append(f"<p>{e(labels['no_buffer'])}</p>")
        out += [f"<p class='note'>{e(line)}</p>" for line in buffer_readings(result, labels)]
    for warning in result.warnings(labels):
        out.append(f"<p class='note'>{e(labels['notice'])}{e(labels['colon'])}{e(warning)}</p>")
    return "\n".join(out)


def requirements_html(result, labels=None):
    """Every requirement that applies, in full, grouped 1 / 2 / N by dimension as in the panel,
    each with its source; the triggered ones marked. Empty when the site is outside the city."""
    labels = labels_with_defaults(labels)
    e = html.escape
    groups = result.requirement_groups()
    if not groups:
        return ""
    out = [f"<h2>{e(requirements_title(result.dataset, labels))}</h2>"]
    for _scope, _ref, title, dimensions in groups:
        count = sum(len(items) for _d, items in dimensions)
        out.append(f"<div class='group'>{e(title)}{e(labels['paren'].format(count))}</div>")
        out.extend(dimensions_html(dimensions, labels, class_names(result.dataset),
                                   result.dataset.get("requirement_notes")))
    return "\n".join(out)

