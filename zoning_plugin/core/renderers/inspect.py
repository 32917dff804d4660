"""Renders an InspectResult as plain text (CLI, clipboard) or HTML (panel, exported report).

Labels come in as a dict so the GUI can pass translated ones; the defaults are Chinese."""
import html

from zoning_plugin.core.dataset.channels import FROM_BANK, FROM_BANK_PARTLY, FROM_CENTRE_LINE, width_text
from zoning_plugin.core.dataset.model import SCOPE_CLASS, UNIT_CLASS_COLORS, dimension_label
from zoning_plugin.core.dataset.provenance import to_html as provenance_html
from zoning_plugin.core.versions.in_force import label as in_force_label

LABELS = {
    "dataset": "数据集", "version": "版本", "sample": "示例数据",
    "location": "位置（CGCS2000 经纬度）", "input_crs": "输入坐标系",
    "area": "面积", "length": "长度", "hectare": "公顷", "county": "县区", "basin": "流域",
    "built_up": "城市建成区", "unit": "管控单元", "buffer": "河流生态缓冲区",
    "buffer_line": "{river} 两侧 {width} 米，距河道中心线 {distance} 米",
    "buffer_line_bank": "{river} 两侧 {width} 米（从河岸量起），距河岸 {distance} 米（河道宽 {channel} 米，取自数据集）",
    "buffer_line_partly": "{river} 两侧 {width} 米，距离 {distance} 米（给出河道宽度 {channel} 米的河段从河岸量起，"
                          "其余河段从中心线量起）",
    "overlap": "重叠", "share": "占比", "outside": "该位置不在{city}域内，没有适用的生态环境准入清单。",
    "none_in_level": "本层级无此类要求", "triggered": "当前位置触发", "source": "来源",
    "notice": "注意", "requirements": "适用的生态环境准入要求（{structure}）", "no_buffer": "不在河流生态缓冲区内",
    "class_item": "适用于所有{class_name}",
    "note_disagreement": "来源之间的分歧", "note_reading": "本插件的理解",
    "buffer_reading": "距离从河道中心线量起：这是本插件的理解，原文只说“两侧”（{source}）。",
    "buffer_reading_bank": "{rivers}的距离和缓冲区宽度从河岸量起（河道宽度取自数据集 rivers.channel_width_m，"
                           "河岸在中心线两侧各半宽处）：这是本插件的理解，原文只说“两侧”（{source}）。",
    "buffer_reading_centre": "{rivers}的距离和缓冲区宽度从河道中心线量起（数据集没有给出其河道宽度）："
                             "这是本插件的理解，原文只说“两侧”（{source}）。",
    "channel_width": "{river}（河道宽 {width} 米）", "channel_partly": "{river}（部分河段，河道宽 {width} 米）",
    "and_more": "{names}等 {count} 条河流",
    "buffer_not_applied": "{basin}的清单没有河流生态缓冲区规则，此处未适用该规则（“不在河流生态缓冲区内”不代表已核对）。",
    "class": "类别",
    "note_repaired": "输入几何自相交或无效，已自动修复（make_valid）后分析。",
    "note_sample": "示例数据：管控单元边界与单元清单为示例，非官方划定成果。",
    "note_outside": "部分位于市域外：市域外 {outside}，市域内占 {share}。",
    "query_time": "查询时间", "city_heading": "{city}：{dataset}", "unit_details": "{name}；{class_name}，{subtype}；{area}；占比 {share}",
    # Punctuation follows the language: full-width in Chinese, ASCII in English.
    "colon": "：", "comma": "，", "list_sep": "、", "paren": "（{0}）", "tagged": "【{0}】",
}


def outside_text(info, labels):
    """The sentence for a place outside the city of the dataset (`info`: Dataset.info())."""
    return labels["outside"].format(city=info.get("city_name", ""))


def requirements_title(info, labels):
    """The heading of the requirements, with the dataset's list structure ("1+2+61")."""
    return labels["requirements"].format(structure=info.get("list_structure", ""))


def class_names(info):
    """{class digit as text: class name} of the dataset, for the tags of class requirements."""
    return {str(n): c["name"] for n, c in (info.get("unit_classes") or {}).items()}


def _tags(requirement, triggered, labels, classes):
    """The tags before an item's text: that it applies here, that it binds a whole unit class."""
    tags = [labels["triggered"]] if triggered else []
    if requirement.scope == SCOPE_CLASS:
        name = classes.get(requirement.scope_ref, requirement.scope_ref)
        tags.append(labels["class_item"].format(class_name=name))
    return [labels["tagged"].format(tag) for tag in tags]


def _heading(requirement):
    """The sub-heading shown above an item; a class requirement's is in its source, not over the
    unit's own items that follow it."""
    return requirement.heading if requirement.scope != SCOPE_CLASS else ""


def note_lines(notes, labels):
    """"【kind】text（source）" of each note on one requirement or dimension (requirement_notes)."""
    colon = labels["colon"]
    return [labels["tagged"].format(labels.get(f"note_{n['kind']}", n["kind"])) + n["text"]
            + (labels["paren"].format(f"{labels['source']}{colon}{n['source']}") if n["source"] else "")
            for n in notes or ()]


def note_breaks_html(notes, labels):
    """The notes (note_lines) as lines in a table cell, under what they annotate: a row copied out
    of a table keeps them."""
    return "".join(f"<br/><span class='rnote'>{html.escape(line)}</span>" for line in note_lines(notes, labels))


# Rivers named in one sentence of buffer_readings before "… and N more".
NAMED_RIVERS = 8


def _river_names(names, labels):
    shown = labels["list_sep"].join(names[:NAMED_RIVERS])
    return shown if len(names) <= NAMED_RIVERS else labels["and_more"].format(names=shown, count=len(names))


def distance_readings(result, labels):
    """How the distances and buffer widths shown are measured (river_readings), of the rivers whose
    buffers the place lies in, else of all rivers."""
    return river_readings(result.dataset, [b["river"] for b in result.buffers], labels)


def river_readings(info, rivers, labels):
    """How the distances and buffer widths of `rivers` (all the dataset's when empty) are measured,
    each named as the plugin's reading: from the bank for the rivers whose channel the dataset
    (`info`: Dataset.info()) gives (core/dataset/channels.py), from the centre line for the others."""
    source = info.get("buffer_rule_source") or ""
    channels = info.get("channels") or {}
    if not channels:    # a dataset without channels: every distance from the centre line
        return [labels["buffer_reading"].format(source=source)]
    rivers = list(dict.fromkeys(rivers)) or list(info.get("rivers") or channels)
    partly = set(info.get("channel_partly") or ())
    bank = [labels["channel_partly" if r in partly else "channel_width"].format(river=r, width=width_text(channels[r]))
            for r in rivers if r in channels]
    centre = [r for r in rivers if r not in channels]
    lines = [labels["buffer_reading_bank"].format(rivers=_river_names(bank, labels), source=source)] if bank else []
    if centre:
        lines.append(labels["buffer_reading_centre"].format(rivers=_river_names(centre, labels), source=source))
    return lines


def buffer_readings(result, labels):
    """What a buffer verdict rests on (buffer_readings_of the result's dataset, buffers and basins)."""
    return buffer_readings_of(result.dataset, result.buffers, result.basins, labels)


def buffer_readings_of(info, buffers, basins, labels):
    """What a buffer verdict rests on: how distances are measured is the plugin's reading
    (river_readings of the rivers whose `buffers` the place lies in, else of all); the `basins`
    (of the place) whose list lacks the buffer rule (and that the option does not cover) did not
    get it."""
    lines = river_readings(info, [b["river"] for b in buffers], labels)
    rule_basins = set(info.get("buffer_rule_basins") or ())
    if rule_basins and not info.get("buffers_in_all_basins"):
        lines += [labels["buffer_not_applied"].format(basin=b["name"]) for b in basins
                  if b["id"] not in rule_basins]
    return lines


def _fmt_area(m2, labels):
    return f"{m2:,.1f} m²" + labels["paren"].format(f"{m2 / 10000:,.4f} {labels['hectare']}")


def facts(result, labels=None):
    """[(label, value text)] describing where the input lies (first, when the version was chosen for
    a date, which and why); the panel and both renderers use it."""
    labels = {**LABELS, **(labels or {})}
    lon, lat = result.location
    rows = [(labels["location"], f"{lon:.6f}, {lat:.6f}"), (labels["input_crs"], result.crs)]
    chosen = result.dataset.get("in_force")     # the version was chosen for a date: which and why
    if chosen:
        name = labels.get("in_force") or in_force_label()
        rows.insert(0, (name[:1].upper() + name[1:], chosen["message"]))
    if result.kind == "polygon":
        rows.append((labels["area"], _fmt_area(result.measure, labels)))
    elif result.kind == "line":
        rows.append((labels["length"], f"{result.measure:,.1f} m"))
    if not result.inside:
        return rows
    join = labels["list_sep"].join
    rows.append((labels["county"], join(c["name"] for c in result.counties)))
    rows.append((labels["basin"], join(b["name"] for b in result.basins)))
    if result.built_up:
        rows.append((labels["built_up"], join(b["name"] for b in result.built_up)))
    return rows


def unit_line(unit, labels):
    kind = labels["comma"].join(t for t in (unit["class_name"], unit["subtype"]) if t)
    text = f"{unit['code']} {unit['name']}" + labels["paren"].format(kind)
    if unit["overlap_m2"] is not None:
        text += f" {labels['overlap']} {_fmt_area(unit['overlap_m2'], labels)}{labels['comma']}" \
                f"{labels['share']} {unit['share']:.2%}"
    elif unit["length_m"] is not None:
        text += f" {labels['length']} {unit['length_m']:,.1f} m{labels['comma']}" \
                f"{labels['share']} {unit['share']:.2%}"
    return text


def buffer_line(buffer, labels):
    """One buffer the place lies in: its river, width, the distance and from where it is measured."""
    measured = buffer.get("measured_from", FROM_CENTRE_LINE)
    key = {FROM_BANK: "buffer_line_bank", FROM_BANK_PARTLY: "buffer_line_partly"}.get(measured, "buffer_line")
    channel = width_text(buffer["channel_width_m"]) if measured != FROM_CENTRE_LINE else ""
    text = labels[key].format(river=buffer["river"], width=f"{buffer['width_m']:g}", channel=channel,
                              distance=f"{buffer['distance_m']:,.1f}")
    if buffer["overlap_m2"] is not None:
        text += f"{labels['comma']}{labels['overlap']} {_fmt_area(buffer['overlap_m2'], labels)}"
    elif buffer["length_m"] is not None:
        text += f"{labels['comma']}{labels['length']} {buffer['length_m']:,.1f} m"
    return text


def dataset_line(result, labels):
    line = f"{result.dataset['title']}  {labels['version']} {result.dataset['version']}"
    return line + ("  " + labels["tagged"].format(labels["sample"]) if result.dataset["sample"] else "")


def render_text(result, labels=None, extra_rows=()):
    labels = {**LABELS, **(labels or {})}
    colon = labels["colon"]
    lines = [f"{labels['dataset']}{colon}{dataset_line(result, labels)}"]
    lines += [f"{k}{colon}{v}" for k, v in list(extra_rows) + facts(result, labels)]
    if not result.inside:
        lines.append(outside_text(result.dataset, labels))
        return "\n".join(lines)
    lines += [f"{labels['unit']}{colon}{unit_line(u, labels)}" for u in result.units]
    lines += [f"{labels['buffer']}{colon}{buffer_line(b, labels)}" for b in result.buffers]
    if not result.buffers:
        lines.append(f"{labels['buffer']}{colon}{labels['no_buffer']}")
    lines += [f"{labels['notice']}{colon}{line}" for line in buffer_readings(result, labels)]
    lines += [f"{labels['notice']}{colon}{w}" for w in result.warnings(labels)]
    classes = class_names(result.dataset)
    notes = result.dataset.get("requirement_notes") or {}
    for _scope, _ref, title, dimensions in result.requirement_groups():
        lines += ["", labels["tagged"].format(title)]
        for dimension, items in dimensions:
            lines.append(f"  {dimension_label(dimension)}")
            lines += [f"    {n}" for n in note_lines(notes.get(f"dimension:{dimension}"), labels)]
            if not items:
                lines.append("    " + labels["paren"].format(labels["none_in_level"]))
            heading = None
            for requirement, triggered in items:
                if _heading(requirement) and requirement.heading != heading:
                    heading = requirement.heading
                    lines.append(f"    {heading}")
                mark = "".join(_tags(requirement, triggered, labels, classes))
                lines.append(f"    {requirement.req_id} {mark}{requirement.text}")
                lines.append(f"       {labels['source']}{colon}{requirement.source}")
                lines += [f"       {n}" for n in note_lines(notes.get(requirement.req_id), labels)]
    return "\n".join(lines)


_CSS = """
body { font-family: 'Noto Sans CJK SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif; }
h3 { margin: 4px 0; } .city { margin: 12px 0 2px 0; background: #c9dcec; padding: 3px; font-weight: bold; }
table.facts td { padding: 1px 6px 1px 0; vertical-align: top; }
.group { background: #e8eef5; padding: 3px; margin-top: 8px; font-weight: bold; }
.group a { color: #1a1a1a; text-decoration: none; }
.dim { font-weight: bold; margin: 6px 0 2px 8px; color: #2b4a6f; }
.heading { margin: 2px 0 2px 16px; font-style: italic; }
.item { margin: 2px 0 0 24px; } .src { margin: 0 0 4px 24px; color: #666666; font-size: small; }
.none { margin: 2px 0 2px 24px; color: #888888; font-style: italic; }
.rnote { margin: 0 0 4px 24px; color: #7a4b00; font-size: small; }
.trig { background: #fff3c4; } .tag { color: #b00020; font-weight: bold; }
.sample { color: #b00020; font-weight: bold; } .swatch { border: 1px solid #555555; }
table.units { border-collapse: collapse; border-color: #b0b8c4; margin: 4px 0; }
table.units th { background: #e8eef5; } .code { white-space: nowrap; color: #1a1a1a; }
td.num { white-space: nowrap; }
"""


def _swatch(unit, result):
    """A square in the colour of the unit's class (dataset_meta.unit_classes)."""
    classes = result.dataset.get("unit_classes") or {}
    colour = (classes.get(unit["class"]) or {}).get("colour") or UNIT_CLASS_COLORS.get(unit["class"], "#cccccc")
    return f"<span class='swatch' style='background:{colour}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"


def unit_details(unit, labels):
    """One line on a unit's overlap: the panel's tooltip over the unit code."""
    value = unit["overlap_m2"] if unit["overlap_m2"] is not None else unit["length_m"]
    measure = _fmt_area(value, labels) if unit["overlap_m2"] is not None else f"{value:,.1f} m"
    return labels["unit_details"].format(name=unit["name"], class_name=unit["class_name"],
                                         subtype=unit["subtype"], area=measure, share=f"{unit['share']:.2%}")


def _units_table(result, labels, wide):
    """Units an area or a line touches, one row each: what a land-use overlay needs to read.

    The code never wraps and, in the panel, links to `unit:<code>` (a viewer can zoom to it and
    show unit_details() as a tooltip; an exported page has no viewer behind the link); the name and
    class follow in small print; numbers are right-aligned. The narrow form (the panel, 400 px)
    leaves the hectares to the tooltip."""
    e = html.escape
    area = result.kind == "polygon"
    measure = labels["area"] + " (m²)" if area else labels["length"] + " (m)"
    head = [labels["unit"], measure] + ([labels["hectare"]] if area and wide else []) + [labels["share"]]
    rows = ["<table class='units' width='100%' cellspacing='0' cellpadding='3' border='1'><tr>"
            + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"]
    for unit in result.units:
        value = unit["overlap_m2"] if area else unit["length_m"]
        kind = labels["comma"].join(t for t in (unit["class_name"], unit["subtype"]) if t)
        code = (f"<span class='code'>{e(unit['code'])}</span>" if wide else
                f"<a class='code' href='unit:{e(unit['code'])}'>{e(unit['code'])}</a>")
        unit_cell = f"{_swatch(unit, result)} {code} {e(unit['name'])}<br/><small>{e(kind)}</small>"
        numbers = [f"{value:,.1f}"] + ([f"{value / 10000:,.4f}"] if area and wide else []) \
            + [f"{unit['share']:.2%}"]
        rows.append(f"<tr><td>{unit_cell}</td>"
                    + "".join(f"<td align='right' class='num'>{n}</td>" for n in numbers) + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def dimensions_html(dimensions, labels, classes=None, notes=None):
    """HTML lines of one requirement level: each dimension (or that it has no item), the
    sub-headings as written, every item in full with its source; triggered items and the
    requirements of a whole unit class (`classes`: class_names()) marked. The panel, the exported
    page and the printed reports all show a level this way. `notes` (Dataset.info()'s
    requirement_notes): where sources disagree and how the plugin reads a text, under the item or
    the dimension they annotate."""
    e = html.escape
    out = []
    notes = notes or {}
    for dimension, items in dimensions:
        out.append(f"<div class='dim'>{e(dimension_label(dimension))}</div>")
        out += [f"<div class='rnote'>{e(n)}</div>" for n in note_lines(notes.get(f"dimension:{dimension}"), labels)]
        if not items:
            out.append(f"<div class='none'>{e(labels['none_in_level'])}</div>")
        heading = None
        for requirement, triggered in items:
            if _heading(requirement) and requirement.heading != heading:
                heading = requirement.heading
                out.append(f"<div class='heading'>{e(heading)}</div>")
            css = "item trig" if triggered else "item"
            tag = "".join(f"<span class='tag'>{e(t)}</span>" for t in _tags(requirement, triggered, labels,
                                                                            classes or {}))
            out.append(f"<div class='{css}'>{e(requirement.req_id)} {tag}{e(requirement.text)}</div>")
            out.append(f"<div class='src'>{e(labels['source'])}{e(labels['colon'])}"
                       f"{e(requirement.source)}</div>")
            out += [f"<div class='rnote'>{e(n)}</div>" for n in note_lines(notes.get(requirement.req_id), labels)]
    return out


def render_html(result, labels=None, collapsed=(), extra_rows=(), title=None, standalone=False, provenance=()):
    """HTML of the whole result. Group headers link to `toggle:<scope>:<ref>` so a viewer can
    collapse them (not in a `standalone` page: a browser has nothing behind the link);
    `collapsed` holds the keys currently collapsed; `provenance`: the record an
    exported page ends with (core/dataset/provenance.py). All data text is escaped."""
    return render_cities_html([result], labels, collapsed, extra_rows, title, standalone,
                              [provenance] if provenance else ())


def render_cities_html(results, labels=None, collapsed=(), extra_rows=(), title=None, standalone=False,
                       provenances=()):
    """HTML of the results of several cities' datasets for one place (core/engine/several.py's
    inspect_cities): one city's result as render_html shows it; of several cities each under its
    heading (city, dataset title and version), its collapse keys `toggle:<n>/<scope>:<ref>`; of a
    place in none the first result and that it lies outside each other city too. `provenances`:
    the records an exported page ends with, one per dataset."""
    labels = {**LABELS, **(labels or {})}
    e = html.escape
    out = []
    if standalone:
        out.append(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(title or '')}</title>"
                   f"<style>{_CSS}</style></head><body>")
    else:
        out.append(f"<style>{_CSS}</style>")
    if title:
        out.append(f"<h3>{e(title)}</h3>")
    several = len(results) > 1 and all(r.inside for r in results)
    for number, result in enumerate(results if several or not results else results[:1]):
        if several:
            out.append(f"<div class='city'>{e(city_heading(result, labels))}</div>")
        out += _result_html(result, labels, collapsed, extra_rows if number == 0 else (), standalone,
                            f"{number}/" if several else "")
    if not several:
        for result in results[1:]:      # a place in no city: each other city asked says so too
            out.append(f"<div>{e(labels['dataset'])}{e(labels['colon'])}{e(dataset_line(result, labels))}</div>")
            out.append(f"<p><b>{e(outside_text(result.dataset, labels))}</b></p>")
    for record in provenances:    # core/dataset/provenance.py: what leaves the plugin says where it comes from
        out.append(provenance_html(record))
    if standalone:
        out.append("</body></html>")
    return "\n".join(out)


def city_heading(result, labels):
    """The heading of one city's answer among several: the city, the dataset's title and version."""
    return labels["city_heading"].format(city=result.dataset.get("city_name", ""),
                                         dataset=dataset_line(result, labels))


def render_cities_text(results, labels=None, extra_rows=()):
    """Text of render_cities_html's page (the clipboard): each city's under its heading."""
    labels = {**LABELS, **(labels or {})}
    if len(results) > 1 and all(r.inside for r in results):
        return "\n\n".join(labels["tagged"].format(city_heading(result, labels)) + "\n"
                             + render_text(result, labels, extra_rows if number == 0 else ())
                             for number, result in enumerate(results))
    colon = labels["colon"]
    lines = [render_text(results[0], labels, extra_rows)]
    for result in results[1:]:
        lines += [f"{labels['dataset']}{colon}{dataset_line(result, labels)}", outside_text(result.dataset, labels)]
    return "\n".join(lines)


def _result_html(result, labels, collapsed, extra_rows, standalone, key_prefix):
    """The HTML lines of one result: its dataset, facts, units, buffers and requirement groups."""
    e = html.escape
    out = []
    colon = labels["colon"]
    sample = (f" <span class='sample'>{e(labels['tagged'].format(labels['sample']))}</span>"
              if result.dataset["sample"] else "")
    out.append(f"<div>{e(labels['dataset'])}{e(colon)}{e(result.dataset['title'])} "
               f"{e(labels['version'])} {e(str(result.dataset['version']))}{sample}</div>")
    out.append("<table class='facts'>")
    for key, value in list(extra_rows) + facts(result, labels):
        out.append(f"<tr><td>{e(key)}</td><td>{e(str(value))}</td></tr>")
    if result.inside:
        if result.kind == "point":
            for unit in result.units:
                out.append(f"<tr><td>{e(labels['unit'])}</td><td>{_swatch(unit, result)} "
                           f"{e(unit_line(unit, labels))}</td></tr>")
        buffers = [buffer_line(b, labels) for b in result.buffers] or [labels["no_buffer"]]
        for text in buffers + buffer_readings(result, labels):
            out.append(f"<tr><td>{e(labels['buffer'])}</td><td>{e(text)}</td></tr>")
    out.append("</table>")
    if result.inside and result.kind != "point":
        out.append(_units_table(result, labels, wide=standalone))
    if not result.inside:
        out.append(f"<p><b>{e(outside_text(result.dataset, labels))}</b></p>")
    for warning in result.warnings(labels):
        out.append(f"<div class='src'>{e(labels['notice'])}{e(colon)}{e(warning)}</div>")
    if result.inside:
        out.append(f"<h3>{e(requirements_title(result.dataset, labels))}</h3>")
    for scope, ref, group_title, dimensions in result.requirement_groups():
        key = f"{key_prefix}{scope}:{ref}"
        is_collapsed = key in collapsed
        count = sum(len(items) for _d, items in dimensions)
        heading = f"{e(group_title)} {e(labels['paren'].format(count))}"
        if standalone:
            out.append(f"<div class='group'>{heading}</div>")
        else:
            out.append(f"<div class='group'><a href='toggle:{e(key)}'>{'▸' if is_collapsed else '▾'} {heading}</a></div>")
        if not is_collapsed:
            out.extend(dimensions_html(dimensions, labels, class_names(result.dataset),
                                       result.dataset.get("requirement_notes")))
    return out
