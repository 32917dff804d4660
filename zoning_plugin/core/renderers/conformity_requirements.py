"""The requirements section of the conformity report (core/renderers/conformity.py): each level that
applies to the analysed features (city, basin, unit class, unit) once, in the order of
OverlayResult.scopes(), every item verbatim with its source and the requirement_notes on it and on
its dimension. `page` is the report's page being written (its result the run's ConformityTotals)."""
from zoning_plugin.core.dataset.model import DIMENSIONS, SCOPE_BASIN, SCOPE_CITY, SCOPE_CLASS
from zoning_plugin.core.renderers.inspect import note_lines


def level_title(dataset, scope, ref, labels):
    """A requirement level's title from the dataset: the city, a basin, a unit class or a unit by name."""
    if scope == SCOPE_CITY:
        return labels["level_city"].format(name=dataset.city_name)
    if scope == SCOPE_CLASS:
        return labels["class_item"].format(class_name=dataset.unit_class_name(ref))
    if scope == SCOPE_BASIN:
        basin = next((r for r in dataset.basins.records if r["basin_id"] == ref), None)
        return labels["level_basin"].format(name=basin["basin_name"] if basin else ref)
    index = dataset.unit_index(ref)
    record = dataset.units.records[index] if index is not None else {"unit_name": "", "unit_class": None}
    class_name = dataset.unit_class_name(record["unit_class"])
    if class_name in str(record["unit_name"]):        # names usually say their class already
        return f"{ref} {record['unit_name']}"
    return labels["level_unit"].format(code=ref, name=record["unit_name"], class_name=class_name)


def requirements(page):
    """Every level that applies (city, basin, class, unit) once, each dimension, every item verbatim
    with its source and the notes on it; the buffer rule marked where a feature lies in a buffer."""
    labels, e, dataset, result = page.labels, page.e, page.dataset, page.result
    page.add(f"<h2>{e(labels['requirements_title'])}</h2>")
    scopes = list(result.scopes())
    if not scopes:
        page.add(f"<p>{e(labels['none_apply'])}</p>")
        return
    rule = dataset.buffer_rule
    notes = getattr(dataset, "requirement_notes", {})     # sources disagreeing, the plugin's readings
    buffered = rule is not None and result.flagged["buffer"] > 0
    if buffered and (rule.scope, rule.scope_ref) not in scopes:   # a buffer of a basin whose list lacks the rule
        at = max((n + 1 for n, (scope, _ref) in enumerate(scopes) if scope in (SCOPE_CITY, SCOPE_BASIN)), default=0)
        scopes.insert(at, (rule.scope, rule.scope_ref))
    counts = result.level_counts      # {(scope, ref): features}, the city's ref None
    for scope, ref in scopes:
        items = dataset.by_scope.get((scope, ref), [])
        count = counts.get((scope, None if scope == SCOPE_CITY else ref))
        note = f" <small>{e(labels['paren'].format(labels['level_features'].format(count)))}</small>" if count else ""
        page.add(f"<div class='group'>{e(level_title(dataset, scope, ref, labels))}{note}</div>")
        for dimension in DIMENSIONS:
            chosen = [r for r in items if r.dimension == dimension]
            page.add(f"<div class='dim'>{e(dimension)}</div>")
            for line in note_lines(notes.get(f"dimension:{dimension}"), labels):   # requirement_notes
                page.add(f"<div class='src'>{e(line)}</div>")
            if not chosen:
                page.add(f"<div class='item note'>{e(labels['none_in_level'])}</div>")
            heading = None
            for requirement in chosen:
                if requirement.heading and requirement.heading != heading:
                    heading = requirement.heading
                    page.add(f"<div class='heading'>{e(heading)}</div>")
                marked = buffered and requirement.req_id == rule.req_id
                tag = (f"<span class='tag'>{e(labels['tagged'].format(labels['buffer_rule_tag']))}</span>"
                       if marked else "")
                page.add(f"<div class='item{' trig' if marked else ''}'>{e(requirement.req_id)} {tag}"
                         f"{e(requirement.text)}</div>")
                page.add(f"<div class='src'>{e(labels['source'])}{e(labels['colon'])}{e(requirement.source)}</div>")
                for line in note_lines(notes.get(requirement.req_id), labels):
                    page.add(f"<div class='src'>{e(line)}</div>")
