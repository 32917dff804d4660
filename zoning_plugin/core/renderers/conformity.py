"""The 符合性分析 (conformity) report of a plan layer as one HTML page, from the overlay's result.

What it shows, top to bottom: the dataset (title, version, effective date, the sample notice), the
counts (analysed, repaired, null, empty, invalid, outside), the overview map (a PNG the caller
renders; core draws no maps) beside a bar chart of area per unit class, the totals per class, the
features that touch a 优先保护单元 or a river ecological buffer first and then the others, the
features that could not be analysed as given, and the requirements that apply: each level (city,
basin, unit) once, in the order of OverlayResult.scopes(), every item verbatim with its source.

Labels come in as a dict, as for core/renderers/inspect.py, so the caller passes translated ones; the defaults
are Chinese. All data text is escaped. The page is written by the caller through core/outputs.py
(a temporary sibling, checked, flushed and renamed with the run's other outputs).

The figures and totals are in conformity_figures.py, the requirements in conformity_requirements.py;
this module holds the labels, the page and its other sections."""
import html

from zoning_plugin.core.dataset.provenance import to_html as provenance_html
from zoning_plugin.core.renderers.inspect import LABELS, river_readings
from zoning_plugin.core.renderers.conformity_figures import CLASSES, figures, number, percent, totals
from zoning_plugin.core.renderers.conformity_requirements import requirements
from zoning_plugin.core.renderers.conformity_totals import MAX_ROWS, ConformityTotals, report_group
from zoning_plugin.core.messages import say

FLAG_KEYS = ("priority", "buffer", "partly_outside", "outside")

CONFORMITY_LABELS = {
    "report_title": "符合性分析报告", "input_layer": "分析图层", "generated": "生成时间",
    "min_area": "最小计入重叠面积", "effective_date": "生效日期", "authority": "发布机关",
    "sample_notice": "示例数据：管控单元边界与单元清单为示例，非官方划定成果。",
    "counts_title": "分析概况", "count_item": "统计项", "features": "要素总数", "analysed": "已分析",
    "count_repaired": "几何已修复", "count_null": "无几何", "count_empty": "空几何",
    "count_invalid": "几何无法使用", "count_outside": "位于市域外", "count_partly_outside": "部分位于市域外",
    "count_error": "分析出错", "count_priority": "涉及优先保护单元", "count_buffer": "涉及河流生态缓冲区",
    "map_title": "总览图（1:{0}）", "detail_title": "局部图 {0}（1:{1}）",
    "chart_title": "各类管控单元内的面积", "chart_title_line": "各类管控单元内的长度",
    "totals_title": "分类汇总", "class": "类别", "measure_area": say("面积", "m²"), "measure_length": say("长度", "m"),
    "hectare": "公顷", "share": "占比", "feature_count": "要素数", "buffer_total": "河流生态缓冲区内",
    "outside_total": "市域外", "total": "合计", "points": "点要素",
    "features_title": "要素明细（涉及优先保护单元或河流生态缓冲区的要素在前）",
    "feature": "要素", "units": "管控单元", "buffer": "河流生态缓冲区", "nearest_river": "最近河流",
    "flags": "提示", "more_rows": "另有 {0} 个要素未列出，见输出图层。",
    "problems_title": "未能按原样分析的要素", "status": "状态", "message": "说明",
    "requirements_title": "适用的生态环境准入要求（每一层级列一次）",
    "level_city": "{name}总体管控要求", "level_basin": "{name}管控要求", "level_unit": "{code} {name}（{class_name}）",
    "level_features": "涉及 {0} 个要素", "buffer_rule_tag": "涉及河流生态缓冲区的要素适用",
    "none_apply": "没有要素位于市域内，没有适用的准入要求。",
    "flag_priority": "涉及优先保护单元", "flag_buffer": "涉及河流生态缓冲区",
    "flag_partly_outside": "部分位于市域外", "flag_outside": "位于市域外",
    "status_ok": "已分析", "status_null": "无几何", "status_empty": "空几何", "status_invalid": "几何无法使用",
    "status_outside": "位于市域外", "status_error": "分析出错", "repaired": "已修复",
    "distance_m": "{river} {distance} 米", "no_data": "—",
    "map_sample": "图中绘出已分析的 {1} 个要素中的 {0} 个（涉及优先保护单元或河流生态缓冲区的 {3} 个要素中的 {2} 个优先，其余均匀抽取）；输出图层包含全部要素。",
}

CSS = """
body { font-family: 'Noto Sans CJK SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif;
       font-size: 14px; color: #1a1a1a; margin: 24px auto; max-width: 1200px; padding: 0 16px; line-height: 1.5; }
h1 { font-size: 22px; color: #1f3b5c; margin: 0 0 6px 0; } h2 { font-size: 17px; color: #1f3b5c;
  border-bottom: 2px solid #c9d2dd; padding-bottom: 3px; margin: 22px 0 8px 0; }
.meta { color: #333333; } .sample { color: #b00020; font-weight: bold; margin: 6px 0; }
table { border-collapse: collapse; margin: 4px 0 8px 0; }
th { background: #e8eef5; text-align: left; padding: 4px 8px; border-bottom: 1px solid #8a9bb0; }
td { padding: 3px 8px; border-bottom: 1px solid #dde3ea; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; } td.code { white-space: nowrap; }
tr.flagged td { background: #fff7e0; } .flag { color: #b00020; white-space: nowrap; }
.figures { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.figures figure { margin: 0; } figcaption { font-weight: bold; color: #1f3b5c; margin-bottom: 4px; }
img.map { border: 1px solid #8a9bb0; max-width: 100%; }
.legend span.sw { display: inline-block; width: 14px; height: 10px; border: 1px solid #555555; margin: 0 4px 0 10px; }
.group { background: #e8eef5; padding: 4px 8px; margin-top: 12px; font-weight: bold; }
.group small { font-weight: normal; color: #555555; }
.dim { font-weight: bold; margin: 6px 0 2px 8px; color: #2b4a6f; }
.heading { margin: 2px 0 2px 16px; font-style: italic; }
.item { margin: 2px 0 0 24px; } .src { margin: 0 0 4px 24px; color: #666666; font-size: 12px; }
.trig { background: #fff3c4; } .tag { color: #b00020; font-weight: bold; }
.note { color: #555555; } .warn { background: #fff3c4; border-left: 4px solid #e0a800; padding: 4px 8px; }
th { white-space: nowrap; } td.nowrap { white-space: nowrap; } td:last-child { min-width: 9em; }
"""


def labels_with_defaults(labels=None):
    return {**LABELS, **CONFORMITY_LABELS, **(labels or {})}


def flag_text(feature, labels):
    """The feature's flags as one line, in the order of FLAG_KEYS."""
    flags = [labels["flag_" + key] for key in FLAG_KEYS if key in (feature.flags or ())]
    return labels["list_sep"].join(flags)


class _Page:
    """The page being written; `result` is the run's ConformityTotals."""

    def __init__(self, result, dataset, labels):
        self.result, self.dataset, self.labels = result, dataset, labels
        self.out = []
        self.e = html.escape

    def add(self, text):
        self.out.append(text)

    def class_name(self, cls):
        return self.dataset.unit_class_name(cls)

    def class_colour(self, cls):
        unit_class = self.dataset.profile.unit_class(cls)
        return unit_class.colour if unit_class else "#cccccc"

    def table(self, head, rows, numeric=(), row_classes=None, nowrap=()):
        e = self.e

        def css(i):
            return " class=num" if i in numeric else " class=nowrap" if i in nowrap else ""
        self.add("<table><tr>" + "".join(
            f"<th{' class=num' if i in numeric else ''}>{e(h)}</th>" for i, h in enumerate(head)) + "</tr>")
        for n, row in enumerate(rows):
            row_css = f" class='{row_classes[n]}'" if row_classes and row_classes[n] else ""
            self.add(f"<tr{row_css}>" + "".join(
                f"<td{css(i)}>{e(str(v))}</td>" for i, v in enumerate(row)) + "</tr>")
        self.add("</table>")


def _header(page, title, layer_name, generated, min_area, notes, provenance=()):
    e, labels, info = page.e, page.labels, page.result.dataset
    page.add(f"<h1>{e(title or labels['report_title'])}</h1>")
    rows = [(labels["input_layer"], layer_name),
            (labels["dataset"], f"{info.get('title', '')}  {labels['version']} {info.get('version', '')}"),
            (labels["effective_date"], info.get("effective_date", "")),
            (labels["authority"], info.get("authority", "")),
            (labels["min_area"], f"{min_area:g} m²"), (labels["generated"], generated)]
    page.add("<table class='meta'>" + "".join(
        f"<tr><td>{e(k)}</td><td>{e(str(v))}</td></tr>" for k, v in rows if v) + "</table>")
    if info.get("sample"):
        notice = page.dataset.meta.get("notice", "")
        page.add(f"<p class='sample'>{e(labels['sample_notice'])}</p>")
        if notice:
            page.add(f"<p class='note'>{e(notice)}</p>")
    for note in notes or ():
        page.add(f"<p class='warn'>{e(labels['notice'])}{e(labels['colon'])}{e(note)}</p>")
    if provenance:            # core/dataset/provenance.py: the record every output carries
        page.add(provenance_html(provenance))


def _counts(page):
    labels, result = page.labels, page.result
    counts, flagged = dict(result.counts), result.flagged
    rows = [(labels["features"], result.feature_count), (labels["analysed"], counts.get("ok", 0))]
    for key in ("repaired", "null", "empty", "invalid", "outside", "partly_outside"):
        rows.append((labels["count_" + key], counts.get(key, 0)))
    if result.errors:
        rows.append((labels["count_error"], result.errors))
    rows += [(labels["count_priority"], flagged["priority"]), (labels["count_buffer"], flagged["buffer"])]
    page.add(f"<h2>{page.e(labels['counts_title'])}</h2>")
    page.table([labels["count_item"], labels["feature_count"]], rows, numeric=(1,))


def _features(page, max_rows):
    labels, e = page.labels, page.e
    listed, count = page.result.listed(max_rows)
    if not count:
        return
    page.add(f"<h2>{e(labels['features_title'])}</h2>")
    head = [labels["feature"], labels["measure_area"] + " / " + labels["measure_length"]]
    head += [page.class_name(c) for c in CLASSES]
    head += [labels["units"], labels["buffer"], labels["nearest_river"], labels["flags"]]
    rows, classes = [], []
    for feature, name in listed:
        shares = feature.class_share or {}
        buffer = labels["list_sep"].join(feature.buffer_rivers or ())
        if buffer and feature.kind != "point":
            buffer += f" {number(feature.buffer_measure)} {'m²' if feature.kind == 'polygon' else 'm'}"
        nearest = (labels["distance_m"].format(river=feature.nearest_river, distance=number(feature.nearest_river_m))
                   if feature.nearest_river else labels["no_data"])
        rows.append([name, number(feature.measure) if feature.kind != "point" else labels["no_data"]]
                    + [percent(shares.get(c)) if shares.get(c) else "" for c in CLASSES]
                    + [labels["list_sep"].join(feature.unit_codes or ()), buffer, nearest, flag_text(feature, labels)])
        classes.append("flagged" if report_group(feature) < 3 else "")
    page.table(head, rows, numeric=(1, 2, 3, 4), row_classes=classes, nowrap=(0, 7))
    # From where the distances and buffers are measured: the plugin's reading, per river.
    rivers = [r for f, _name in listed for r in [*(f.buffer_rivers or ()), f.nearest_river] if r]
    if rivers:
        page.add("".join(f"<p class='note'>{e(line)}</p>" for line in river_readings(page.result.dataset, rivers, labels)))
    if count > len(listed):
        page.add(f"<p class='note'>{e(labels['more_rows'].format(count - len(listed)))}</p>")


def _problems(page, max_rows):
    labels, e = page.labels, page.e
    problems = page.result.problems
    if not problems.count:
        return
    page.add(f"<h2>{e(labels['problems_title'])}</h2>")
    rows = []
    shown = problems.items[:max_rows]
    for feature, name in shown:
        status = labels.get("status_" + str(feature.status), str(feature.status))
        if feature.repaired and feature.status == "ok":
            status = labels["repaired"]
        rows.append([name, status, feature.message or ""])
    page.table([labels["feature"], labels["status"], labels["message"]], rows)
    if problems.count > len(shown):
        page.add(f"<p class='note'>{e(labels['more_rows'].format(problems.count - len(shown)))}</p>")


def render_conformity_html(result, dataset, labels=None, title=None, layer_name="", names=None, maps=(),
                           map_legend=(), generated="", min_area=1.0, notes=(), max_rows=MAX_ROWS,
                           provenance=(), map_shown=None):
    """The whole report as one HTML page. `result`: the run's ConformityTotals (collected as its
    chunks came back), or a whole OverlayResult; `dataset`: the Dataset it ran on (requirements,
    names); `names` (with an OverlayResult): {feature index: the name shown for it} (an ID field's
    value, else the feature id), or a function of the index; `maps`: [(caption, PNG bytes)], the
    overview map first, embedded; `map_legend`: [(text, colour)] under the first map; `map_shown`:
    (features drawn, features analysed, flagged ones drawn, flagged ones) when the maps show only
    some of them (said under the map; flagged: touching a priority unit or a river buffer);
    `notes`: lines the reader must see first (an empty layer, a CRS taken from the coordinates).
    A ConformityTotals lists at most its own limit of rows of each kind."""
    labels = labels_with_defaults(labels)
    if not isinstance(result, ConformityTotals):
        result = ConformityTotals.of_result(result, names, limit=max_rows)
    page = _Page(result, dataset, labels)
    heading = title or labels["report_title"]
    page.add(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(heading)}</title>"
             f"<style>{CSS}</style></head><body>")
    _header(page, heading, layer_name, generated, min_area, notes, provenance)
    _counts(page)
    map_note = labels["map_sample"].format(*map_shown) if map_shown and maps else ""
    figures(page, maps, map_legend, map_note)
    totals(page)
    _features(page, max_rows)
    _problems(page, max_rows)
    requirements(page)
    page.add("</body></html>")
    return "\n".join(page.out)
