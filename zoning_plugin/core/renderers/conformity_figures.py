"""The figures and totals of the conformity report (core/renderers/conformity.py): the measure of the
analysed features per unit class, in the river buffers and outside the city, as a bar chart beside the
maps the caller rendered and as a table per kind of geometry. `page` is the report's page being
written (its result, the run's ConformityTotals, dataset, labels and table writer)."""
import base64

from zoning_plugin.core.renderers.charts import bar_chart_svg
from zoning_plugin.core.renderers.conformity_schema import CLASSES
from zoning_plugin.core.renderers.conformity_totals import ConformityTotals
from zoning_plugin.core.result import share_text


def percent(share):
    """A share as a percentage that never rounds a part to all or nothing; "" when there is none."""
    return "" if share is None else share_text(share)


def number(value, digits=1):
    """A measure with thousands separators, or — when there is none."""
    return "—" if value is None else f"{value:,.{digits}f}"


def class_totals(result, kind):
    """{class: summed measure}, {class: features}, inside, outside, buffer of the features of `kind`
    of an OverlayResult (a run's ConformityTotals.kind() says the same)."""
    return ConformityTotals.of_result(result).kind(kind)


def _chart(page, kind):
    labels = page.labels
    measures, _counts, inside, outside, buffer = page.result.kind(kind)
    area = kind == "polygon"
    unit, factor = ("ha", 1e4) if area else ("km", 1e3)
    whole = inside + outside
    bars = []
    for cls in CLASSES:
        value = measures.get(cls, 0.0)
        share = percent(value / whole) if whole else ""
        bars.append((page.class_name(cls), value, f"{value / factor:,.2f} {unit}  {share}",
                     page.class_colour(cls)))
    if buffer:
        bars.append((labels["buffer_total"], buffer, f"{buffer / factor:,.2f} {unit}", "#b2ebf2"))
    if outside:
        bars.append((labels["outside_total"], outside, f"{outside / factor:,.2f} {unit}", "#bdbdbd"))
    return bar_chart_svg(bars, labels["chart_title"] if area else labels["chart_title_line"])


def figures(page, maps, map_legend, map_note=""):
    """The maps (PNG, embedded; the legend and `map_note` under the first) beside a bar chart per kind
    of geometry."""
    e = page.e
    charts = [_chart(page, kind) for kind in page.result.kinds_present() if kind in ("polygon", "line")]
    if not maps and not any(charts):
        return
    legend = "".join(f"<span class='sw' style='background:{e(colour)}'></span>{e(text)}"
                     for text, colour in (map_legend or ()))
    below = (f"<div class='legend'>{legend}</div>" if legend else "") + \
        (f"<p class='note'>{e(map_note)}</p>" if map_note else "")
    page.add("<div class='figures'>")
    for n, (caption, png) in enumerate(maps or ()):
        data = base64.b64encode(png).decode("ascii")
        page.add(f"<figure><figcaption>{e(caption)}</figcaption>"
                 f"<img class='map' alt='{e(caption)}' src='data:image/png;base64,{data}'/>"
                 + (below if n == 0 else "") + "</figure>")
    for chart in charts:
        if chart:
            page.add(f"<figure>{chart}</figure>")
    page.add("</div>")


def totals(page):
    """The totals per unit class, for each kind of geometry, with the buffer and outside parts."""
    labels = page.labels
    page.add(f"<h2>{page.e(labels['totals_title'])}</h2>")
    for kind in page.result.kinds_present():
        measures, counts, inside, outside, buffer = page.result.kind(kind)
        if kind == "point":
            page.table([labels["points"], labels["feature_count"]],
                       [(page.class_name(c), counts[c]) for c in CLASSES], numeric=(1,))
            continue
        area, whole = kind == "polygon", inside + outside
        head = [labels["class"], labels["measure_area"] if area else labels["measure_length"]]
        head += ([labels["hectare"]] if area else []) + [labels["share"], labels["feature_count"]]

        def row(name, value, count=""):
            cells = [name, number(value)] + ([number(value / 1e4, 4)] if area else [])
            return cells + [percent(value / whole) if whole else "", count]
        rows = [row(page.class_name(c), measures[c], counts[c]) for c in CLASSES]
        if outside:
            rows.append(row(labels["outside_total"], outside))
        rows.append(row(labels["total"], whole))
        rows.append(row(labels["buffer_total"], buffer))
        page.table(head, rows, numeric=tuple(range(1, len(head))))
