"""The views of a version comparison (core/versions/compare.py): one HTML page and the JSON.

The page, top to bottom: both datasets (title, version, effective and end dates, sample notice),
what the reader must know first, the counts by change type, the map (compare_map.py), the units
that changed (调入/调出 m² and where the area came from or went to), the lists' items added,
removed and reworded with <del>/<ins> diffs, grouped as the "1+2+N" lists are, the basins, buffers
and screening rules, and the provenance of both datasets. Every data text is escaped. A section
without changes says what was compared. The caller writes the page through core/outputs.py."""
import html
import json

from zoning_plugin.core.dataset.provenance import as_dict, provenance, to_html as provenance_html
from zoning_plugin.core.messages import say
from zoning_plugin.core.renderers.compare_map import compare_map_svg
from zoning_plugin.core.renderers.conformity import CSS as REPORT_CSS
from zoning_plugin.core.versions import lists as core_lists
from zoning_plugin.core.versions.compare import CHANGE_TYPES, change_label
from zoning_plugin.core.versions.layers import kind_label
from zoning_plugin.core.versions.text_diff import to_html as diff_html

CSS = REPORT_CSS + """
del { background: #ffd7d5; color: #82071e; text-decoration: line-through; }
ins { background: #d1f5d3; color: #055d20; text-decoration: none; }
.tier { font-size: 15px; color: #1f3b5c; margin: 14px 0 4px 0; }
.kind { font-weight: bold; white-space: nowrap; } svg.map { border: 1px solid #8a9bb0; }
"""


def _e(value):
    return html.escape("" if value is None else str(value))


def _m2(value):
    return f"{value:,.0f}" if value else "0"


def _table(head, rows, numeric=()):
    out = ["<table><tr>" + "".join(f"<th{' class=num' if i in numeric else ''}>{_e(h)}</th>"
                                   for i, h in enumerate(head)) + "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(f"<td{' class=num' if i in numeric else ''}>{_e(v)}</td>"
                                    for i, v in enumerate(row)) + "</tr>")
    return "".join(out) + "</table>"


def _dates(info):
    end = info.get("end_date") or say("未废止", "not ended")
    return say(f"{info.get('effective_date') or '—'} 起施行；废止日期：{end}",
               f"in force from {info.get('effective_date') or '—'}; end date: {end}")


def _header(comparison, generated):
    before, after = comparison.old_info, comparison.new_info
    rows = [(say("变更前", "before"), f"{before.get('title', '')} {before.get('version', '')}", _dates(before)),
            (say("变更后", "after"), f"{after.get('title', '')} {after.get('version', '')}", _dates(after))]
    out = [f"<h1>{_e(say('分区管控版本比较报告', 'Comparison of two zoning versions'))}</h1>",
           _table([say("版本", "version"), say("数据集", "dataset"), say("施行期间", "in force")], rows),
           f"<p class='meta'>{_e(say(f'面积按 {comparison.metric_crs} 计算，单位平方米；边界调整的容差为 {comparison.tolerance_m2:g} m²', f'areas in m², measured in {comparison.metric_crs}; a boundary change counts above {comparison.tolerance_m2:g} m²'))}"
           f"{_e(say('；生成时间：', '; made at: '))}{_e(generated)}</p>"]
    for info in (before, after):
        if info.get("sample"):
            out.append(f"<p class='sample'>{_e(say('示例数据，非官方成果：', 'sample data, not the official delineation: '))}"
                       f"{_e(info.get('title'))} {_e(info.get('version'))}</p>")
            if info.get("notice"):
                out.append(f"<p class='note'>{_e(info['notice'])}</p>")
    for note in comparison.notes:
        out.append(f"<p class='warn'>{_e(note)}</p>")
    return out


def _counts(comparison):
    units = comparison.counts()
    items = comparison.item_counts()
    rows = [(change_label(c), units[c]) for c in CHANGE_TYPES]
    rows += [(say(f"清单条目{core_lists.item_label(k)}", f"list items {core_lists.item_label(k)}"), items[k])
             for k in core_lists.ITEM_KINDS]
    rows += [(say("流域变化", "basins changed"), len(comparison.basins)),
             (say("河流生态缓冲区变化", "river buffers changed"), len(comparison.buffers)),
             (say("准入研判规则变化", "screening rules changed"), len(comparison.rules))]
    return [f"<h2>{_e(say('变化统计', 'Changes by type'))}</h2>",
            _table([say("变化类型", "change"), say("数量", "count")], rows, numeric=(1,))]


def _moves(parts):
    return say("、", ", ").join(f"{code} {_m2(area)} m²" for code, area in parts.items())


def _units(comparison):
    changed = comparison.changed_units
    out = [f"<h2>{_e(say('管控单元变化', 'Control units that changed'))}</h2>"]
    if not changed:
        out.append(f"<p>{_e(say(f'比较了 {len(comparison.units)} 个管控单元的编码、名称、类别和边界，没有变化。', f'{len(comparison.units)} control units compared by code, name, class and boundary: none changed.'))}</p>")
        return out
    name = comparison.class_name
    rows = []
    for unit in changed:
        old, new = unit.old or {}, unit.new or {}
        rows.append([say("、", ", ").join(change_label(c) for c in unit.changes), old.get("unit_code", ""),
                     new.get("unit_code", ""), old.get("unit_name", ""), new.get("unit_name", ""),
                     name(old["unit_class"]) if old else "", name(new["unit_class"]) if new else "",
                     _m2(unit.moved_in_m2), _m2(unit.moved_out_m2), _moves(unit.moved_from), _moves(unit.moved_to)])
    out.append(_table([say("变化类型", "change"), say("原编码", "code before"), say("新编码", "code after"),
                       say("原名称", "name before"), say("新名称", "name after"), say("原类别", "class before"),
                       say("新类别", "class after"), say("调入 m²", "moved in m²"), say("调出 m²", "moved out m²"),
                       say("调入来源", "moved in from"), say("调出去向", "moved out to")], rows, numeric=(7, 8)))
    out.append(f"<p class='note'>{_e(say('编码相同的单元视为同一单元；编码变化的单元按重叠面积（超过其中一方面积的一半）匹配。', 'Units with the same code are one unit; units whose code changed are matched by overlap (more than half of one of them).'))}</p>")
    return out


TIER_TITLES = {"1": ("“1”：全市总体管控要求", "“1”: the city-wide list"),
               "2": ("“2”：流域管控要求", "“2”: the basin lists"),
               "N": ("“N”：管控单元（及单元类别）管控要求", "“N”: the lists of the units (and unit classes)")}


def _item(item):
    ids = " → ".join(dict.fromkeys(i.req_id for i in (item.old, item.new) if i is not None))
    where = item.new or item.old
    dimension = where.dimension + (f" · {where.heading}" if where.heading else "")
    moved = ""
    if item.kind == core_lists.ITEM_MOVED:
        moved = f" ({_e(item.old.dimension)} {_e(item.old.heading)} → {_e(item.new.dimension)} {_e(item.new.heading)})"
    return (f"<div class='item'><span class='kind'>{_e(core_lists.item_label(item.kind))}</span> "
            f"<span class='code'>{_e(ids)}</span> <small>{_e(dimension)}</small>{moved}</div>"
            f"<div class='item'>{diff_html(item.pieces)}</div><div class='src'>{_e(where.source)}</div>")


def _lists(comparison):
    out = [f"<h2>{_e(say('准入清单的变化', 'Changes in the access lists'))}</h2>"]
    if not comparison.lists:
        out.append(f"<p>{_e(say('逐条比较了两个版本的全部清单条目（按文字配对），没有新增、删除或修改。', 'Every item of both versions compared (paired by text): none added, removed or reworded.'))}</p>")
        return out
    out.append(f"<p class='note'>{_e(say('条目按文字配对（编号随位置变化，不作配对依据）；修改处以删除线和底色标出，中文逐字比较；出处字段不比较。', 'Items are paired by their text (an id is a position and changes when items move); edits are marked as deleted and inserted text, Chinese character by character; the source field is not compared.'))}</p>")
    tier = None
    for change in comparison.lists:
        if change.tier != tier:
            tier = change.tier
            out.append(f"<h3 class='tier'>{_e(say(*TIER_TITLES[tier]))}</h3>")
        unchanged = say(f"（另有 {change.unchanged} 条未变）", f" ({change.unchanged} unchanged)") if change.unchanged else ""
        out.append(f"<div class='group'>{_e(change.title)} <small>{_e(unchanged)}</small></div>")
        out.extend(_item(item) for item in change.items)
    return out


def _fields(fields):
    return say("；", "; ").join(f"{k}: {_short(a)} → {_short(b)}" for k, (a, b) in fields.items())


def _short(value):
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, (dict, list)) else \
        ("—" if value is None else str(value))
    return text if len(text) <= 200 else text[:200] + "…"


def _others(comparison):
    out = []
    sections = ((say("流域", "Basins"), comparison.basins),
                (say("河流生态缓冲区（数据集中保存的）", "River buffers (as stored in the datasets)"), comparison.buffers))
    for title, changes in sections:
        out.append(f"<h2>{_e(title)}</h2>")
        if not changes:
            out.append(f"<p>{_e(say('比较了名称、属性和范围，没有变化。', 'names, fields and extents compared: no change.'))}</p>")
            continue
        out.append(_table([say("名称", "name"), say("变化", "change"), say("属性变化", "fields"),
                           say("原面积 m²", "area before m²"), say("新面积 m²", "area after m²"),
                           say("调入 m²", "moved in m²"), say("调出 m²", "moved out m²")],
                          [[c.key, kind_label(c.kind), _fields(c.fields), _m2(c.area_old_m2), _m2(c.area_new_m2),
                            _m2(c.moved_in_m2), _m2(c.moved_out_m2)] for c in changes], numeric=(3, 4, 5, 6)))
    out.append(f"<h2>{_e(say('准入研判规则', 'Screening rules'))}</h2>")
    if not comparison.rules:
        out.append(f"<p>{_e(say('按规则编号比较了两个版本的规则，没有变化。', 'the rules of both versions compared by rule id: no change.'))}</p>")
    else:
        out.append(_table([say("规则", "rule"), say("标题", "title"), say("变化", "change"), say("字段", "fields")],
                          [[r.rule_id, r.title, kind_label(r.kind), _fields(r.fields)] for r in comparison.rules]))
    return out


def _provenance(comparison, generated):
    return [f"<h2>{_e(say('来源与版本', 'Provenance'))}</h2>",
            provenance_html(provenance(comparison.old_info, verdicts=False, run_time=generated),
                            title=say("变更前的数据集", "the dataset before")),
            provenance_html(provenance(comparison.new_info, verdicts=False, run_time=generated),
                            title=say("变更后的数据集", "the dataset after"))]


def render_compare_html(comparison, generated):
    """The whole report as one HTML page (`generated`: the run time as text)."""
    title = say("分区管控版本比较报告", "Comparison of two zoning versions")
    sample = comparison.old_info.get("sample") or comparison.new_info.get("sample")
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_e(title)}</title><style>{CSS}</style></head><body>"]
    out += _header(comparison, generated)
    out += _counts(comparison)
    out += [f"<h2>{_e(say('变化示意图', 'Map of the changes'))}</h2>", compare_map_svg(comparison, sample=bool(sample))]
    out += _units(comparison)
    out += _lists(comparison)
    out += _others(comparison)
    out += _provenance(comparison, generated)
    out.append("</body></html>")
    return "\n".join(out)


def compare_json_text(comparison, generated):
    """The comparison as JSON text, with the provenance of both datasets."""
    data = comparison.to_json()
    data["provenance"] = {"before": as_dict(provenance(comparison.old_info, verdicts=False, run_time=generated)),
                          "after": as_dict(provenance(comparison.new_info, verdicts=False, run_time=generated))}
    return json.dumps(data, ensure_ascii=False, indent=1)
