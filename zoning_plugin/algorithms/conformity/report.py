"""What zoning:conformity says of a run: the features' names, the log of what was analysed (capped),
and the HTML report (core/renderers/conformity.py) with its maps (map.py) written into the run's
temporary file."""
import datetime

from zoning_plugin.algorithms.conformity.labels import ConformityLabels
from zoning_plugin.core.dataset.provenance import provenance
from zoning_plugin.core.renderers.conformity_schema import COUNTED_FLAGS
from zoning_plugin.toolbelt.i18n import tr
from zoning_plugin.toolbelt.log import CappedLog
from zoning_plugin.toolbelt.values import attribute_value


def namer(features, first, id_field):
    """index → the name of a feature in the log and the report: its ID field's value, else its id;
    `features`: the chunk's, the first of them feature number `first`."""
    fid = tr("fid {0}")

    def name(index):
        feature = features[index - first]
        value = attribute_value(feature.attribute(id_field)) if id_field else None
        return fid.format(feature.id()) if value is None or str(value) == "" else str(value)
    return name


def log_result(totals, feedback):
    """The counts, the features with a message (capped) and the flagged features, in the log
    (`totals`: the run's ConformityTotals)."""
    counts = totals.counts
    feedback.pushInfo(tr("{0} feature(s): {1} analysed, {2} repaired, {3} without geometry, {4} empty, "
                         "{5} unusable, {6} outside the city, {7} partly outside.").format(
        totals.feature_count, counts.get("ok", 0), counts.get("repaired", 0), counts.get("null", 0),
        counts.get("empty", 0), counts.get("invalid", 0), counts.get("outside", 0),
        counts.get("partly_outside", 0)))
    log = CappedLog(feedback)
    for summary, name in totals.messages.items:
        log.line("problem", tr("Feature {0}: {1}").format(name, summary.message or summary.status),
                 error=summary.status != "ok")
    log.counts["problem"] = totals.messages.count      # those past the totals' own limit were counted
    log.more("problem", tr("… and {0} more feature(s) with a message (see the status field)."))
    for key, text in ConformityLabels().flags().items():
        if key in COUNTED_FLAGS:
            feedback.pushInfo(tr("{0}: {1} feature(s)").format(text, totals.flagged[key]))


def write_report(page, run, dataset, stream, source, crs, min_area, notes, started, feedback):
    """Draw the maps of the features `stream` (ConformityStream) kept for them, render the page from
    its totals and write it to `page` (the temporary file RunOutputs gave for the report); False
    when cancelled."""
    from zoning_plugin.algorithms.conformity.map import map_legend, start_maps
    labels = ConformityLabels().report()
    feedback.setProgress(87)
    # the features analysed in the city (wholly outside, unusable: listed, not drawn: a
    # feature on another continent or at 1e200 would make the map a dot); beyond MapSample's
    # limit the flagged ones and an even sample of the others, over the extent of them all
    sample = stream.sample
    kept = sample.items()
    try:
        rendered = start_maps(dataset, kept, crs, [g.type() for g in kept], total=sample.total,
                              extent=stream.extent if sample.partial else None).result(feedback.isCanceled)
    except Exception as error:        # a map is not worth the run: the report says it has none
        notes.append(tr("The map could not be drawn: {0}").format(error))
        rendered = []
    maps = [(labels["map_title"].format(f"{scale:,.0f}") if n == 0 else
             labels["detail_title"].format(n, f"{scale:,.0f}"), png) for n, (scale, png) in enumerate(rendered)]
    if feedback.isCanceled():
        return False
    feedback.setProgress(93)
    from zoning_plugin.core.renderers.conformity import render_conformity_html  # not at start-up
    text = render_conformity_html(
        stream.totals, dataset, labels, layer_name=source.sourceName(), maps=maps,
        map_legend=map_legend(dataset, tr("Analysed features"), labels["buffer"]),
        generated=datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), min_area=min_area, notes=notes,
        provenance=provenance(dataset.info(), verdicts=True, run_time=started),
        map_shown=sample.shown() if sample.partial else None)
    run.files.write_into(page, text.encode("utf-8", "replace"))    # OutputError: the base words it
    return not feedback.isCanceled()
