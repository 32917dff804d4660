"""The rule kinds of project screening (core/screening/screen.py): one evaluator per `kind` of the
screening_rules table (docs/screening-rules.md). Each takes the rule and the site (screening._Site)
and returns (status, reasons, facts, related requirements)."""
from zoning_plugin.core.dataset.channels import FROM_BANK, FROM_CENTRE_LINE, width_text
from zoning_plugin.core.dataset.model import SCOPE_UNIT, dimension_label
from zoning_plugin.core.messages import join, say
from zoning_plugin.core.dataset.screening_rules import comparison_reading

TRIGGERED, CLEAR, NOT_APPLICABLE, NOT_EVALUATED = "triggered", "not_triggered", "not_applicable", "not_evaluated"
TO_JUDGE = "to_judge"       # an item that applies here and that the user has to judge


def _centre_line():
    return say("距离从河道中心线量起，是本插件的理解（原文只说“两侧”或“沿岸”）",
               "distances measured from the river's centre line: the plugin's reading (the text only says "
               "“两侧”, on both sides, or “沿岸”, along the banks)")


def _bank(width):
    return say(f"距离从河岸量起（河道宽 {width} m，取自数据集），是本插件的理解（原文只说“两侧”或“沿岸”）",
               f"distances measured from the bank (channel {width} m wide, from the dataset): the plugin's "
               "reading (the text only says “两侧”, on both sides, or “沿岸”, along the banks)")


def _bank_partly(width):
    return say(f"距离从河岸量起（给出河道宽度 {width} m 的河段，取自数据集；其余河段从河道中心线量起），"
               "是本插件的理解（原文只说“两侧”或“沿岸”）",
               f"distances measured from the bank where the dataset gives the channel ({width} m), from the "
               "centre line elsewhere: the plugin's reading (the text only says “两侧” or “沿岸”)")


def _buffer_width(reading):
    return say(f"缓冲区宽度{reading}", f"buffer width: {reading}")


def distance_reading(dataset, river):
    """How the distance to `river` is measured (core/dataset/channels.py), named as the plugin's reading."""
    reading = dataset.channels.reading(river)
    if reading["measured_from"] == FROM_CENTRE_LINE:
        return _centre_line()
    template = _bank if reading["measured_from"] == FROM_BANK else _bank_partly
    return template(width_text(reading["channel_width_m"]))


def _buffers_reading(dataset):
    """How the buffers are measured, where a site lies in none."""
    bank = sorted(dataset.channels.widths)
    if not bank:
        return _buffer_width(_centre_line())
    if len(bank) == len(dataset.river_lines()) and not dataset.channels.partly:
        return _buffer_width(_bank(join(f"{r} {width_text(dataset.channels.widths[r])}" for r in bank)))
    return say(f"缓冲区宽度和距离：{'、'.join(bank)}从河岸量起（河道宽度取自数据集），其余河流从河道中心线量起，"
               "是本插件的理解（原文只说“两侧”）",
               f"buffer widths and distances: measured from the bank for {', '.join(bank)} (channel widths "
               "from the dataset), from the centre line for the other rivers: the plugin's reading (the text "
               "only says “两侧”, on both sides)")


def _riverside(rule, site):
    matches = site.industry_matches(rule.params["industries"])
    if not matches:
        return CLEAR, [_not_listed(site)], {}, []
    limit, origin = site.setting("river_distance_m", rule.params["distance_m"])
    if origin == "setting":
        limit_text = say(f"{limit:g} m（研判参数设定的距离，不是原文规定）",
                         f"{limit:g} m (the distance of the screening settings, not the text's)")
    elif rule.params.get("distance_source", "setting") == "setting":
        limit_text = say(f"{limit:g} m（规则设定的距离：原文未给出距离）",
                         f"{limit:g} m (the rule's distance: the text gives none)")
    else:
        limit_text = f"{limit:g} m"
    reasons = site.match_reasons(matches)
    facts = {"industries": [p for _n, prefixes, _b in matches for p, _g in prefixes],
             "distance_limit_m": limit, "distance_limit_from": origin}
    named = rule.params.get("rivers")
    rivers = site.river_distances(rule.params.get("river_basins"), named)
    if named:
        present = {r[0] for r in site.river_distances(None, named)}
        missing = [n for n in named if n not in present]
        if missing:
            reasons.append(say(f"数据集没有{'、'.join(missing)}的河道，距这些河流的远近未核对，请自行判断",
                               f"the dataset has no line for {', '.join(missing)}: the distance to them was not "
                               "checked; judge it yourself"))
            facts["rivers_missing"] = missing
    if not rivers:
        return CLEAR, reasons + [say("数据集中没有本条所指的河流", "the dataset has none of the rivers this rule names")], facts, []
    name, _basin, distance = rivers[0]
    facts.update(river=name, distance_m=round(distance, 1), **site.dataset.channels.reading(name))
    reading = distance_reading(site.dataset, name)
    if distance <= limit:
        return TRIGGERED, reasons + [say(f"项目距{name} {distance:,.0f} m，在“河流沿岸” {limit_text}之内（{reading}）",
                                         f"the site is {distance:,.0f} m from {name}, within “河流沿岸” (along the "
                                         f"river) {limit_text} ({reading})")], facts, []
    return CLEAR, reasons + [say(f"项目距最近的河流{name} {distance:,.0f} m，在“河流沿岸” {limit_text}之外（{reading}）",
                                 f"the nearest river, {name}, is {distance:,.0f} m from the site, beyond “河流沿岸” "
                                 f"(along the river) {limit_text} ({reading})")], facts, []


def _boiler(rule, site):
    if site.boiler is None:
        return NOT_EVALUATED, [say("未填写新建燃煤锅炉规模，本条未研判",
                                   "no new coal boiler size given: this rule was not evaluated")], {}, []
    params = rule.params
    built_up = [b["name"] for b in site.inspection.built_up]
    threshold = float(params["built_up_tph"] if built_up else params["elsewhere_tph"])
    comparison, origin = site.setting("boiler_comparison", params["comparison"])
    unit = say(params.get("unit") or "蒸吨/小时", "t/h")      # the rule's unit is always t/h
    below = site.boiler < threshold if comparison == "lt" else site.boiler <= threshold
    where = (say(f"项目位于城市建成区（{'、'.join(built_up)}），门槛 {threshold:g} {unit}",
                 f"the site lies in the built-up area ({', '.join(built_up)}): threshold {threshold:g} {unit}")
             if built_up else
             say(f"项目不在城市建成区内，按其他区域的门槛 {threshold:g} {unit}",
                 f"the site lies outside the built-up area: the threshold elsewhere, {threshold:g} {unit}"))
    reading = comparison_reading(comparison) + (say("（研判参数设定）", " (screening settings)")
                                                if origin == "setting" else "")
    facts = {"boiler_tph": site.boiler, "in_built_up": bool(built_up), "built_up": built_up,
             "threshold_tph": threshold, "comparison": comparison, "comparison_from": origin,
             "comparison_reading": comparison_reading(comparison)}
    if below:
        return TRIGGERED, [where, say(f"新建燃煤锅炉 {site.boiler:g} {unit}，属于“{threshold:g}{unit}以下”（{reading}）",
                                      f"new coal boiler of {site.boiler:g} {unit}: “{threshold:g}{unit}以下” (below "
                                      f"{threshold:g} {unit}) ({reading})")], facts, []
    return CLEAR, [where, say(f"新建燃煤锅炉 {site.boiler:g} {unit}，不属于“{threshold:g}{unit}以下”（{reading}）",
                              f"new coal boiler of {site.boiler:g} {unit}: not “{threshold:g}{unit}以下” (below "
                              f"{threshold:g} {unit}) ({reading})")], facts, []


def _class_industrial(rule, site):
    params = rule.params
    unit_class = int(params["unit_class"])
    units = [u for u in site.inspection.units if u["class"] == unit_class]
    class_name = site.dataset.unit_class_name(unit_class)
    if not units:
        return CLEAR, [say(f"项目不在{class_name}内", f"the site is in no {class_name}")], {}, []
    sections = list(params["sections"])
    industry = site.industry
    facts = {"section": industry.section, "industrial_sections": sections,
             "units": [u["code"] for u in units]}
    matches = site.industry_matches(params.get("industries") or [])
    if industry.section in sections:
        reasons = [say(f"行业门类 {industry.section} {industry.section_name} 属于本规则所指的工业（门类 {'、'.join(sections)}）",
                       f"industry section {industry.section} {industry.section_name} is industry as this rule "
                       f"means it (sections {', '.join(sections)})")]
    elif matches:
        reasons = site.match_reasons(matches)
        facts["industries"] = [p for _n, prefixes, _b in matches for p, _g in prefixes]
    else:
        listed = join(i["prefix"] for i in params.get("industries") or [])
        reason = say(f"行业 {industry.label()} 不属于本规则所指的工业（门类 {'、'.join(sections)}）"
                     + (f"或所列行业（{listed}）" if listed else ""),
                     f"industry {industry.label()} is not industry as this rule means it (sections "
                     f"{', '.join(sections)})" + (f" nor a listed industry ({listed})" if listed else ""))
        return CLEAR, [reason], facts, []
    reasons += [say(f"项目位于{class_name} {u['code']} {u['name']}", f"the site lies in {class_name} {u['code']} {u['name']}")
                for u in units]
    strict = params.get("strict_subtypes") or {}
    for unit in units:
        if unit.get("subtype") in strict:
            reasons.append(say(f"{unit['code']} 为{unit['subtype']}：{strict[unit['subtype']]}",
                               f"{unit['code']} is {unit['subtype']}: {strict[unit['subtype']]}"))
            facts.setdefault("strict_subtypes", []).append(unit["subtype"])
    dimension = params.get("unit_dimension")
    related = [r for u in units for r in site.dataset.by_scope.get((SCOPE_UNIT, u["code"]), [])
               if not dimension or r.dimension == dimension]
    if related:
        reasons.append(say(f"另见所在单元清单的{dimension or ''}条目（共 {len(related)} 条）",
                           f"see also the {len(related)} items of the unit's list"
                           + (f" on {dimension_label(dimension)}" if dimension else "")))
    return TRIGGERED, reasons, facts, related


def _river_buffer(rule, site):
    buffers = site.inspection.buffers
    dataset = site.dataset
    if not buffers:
        return CLEAR, [say("项目不在河流生态缓冲区内", "the site lies in no river ecological buffer"),
                       _buffers_reading(dataset)], {}, []
    reasons = [_in_buffer(b) for b in buffers]
    facts = {"buffers": [{k: b[k] for k in ("river", "width_m", "distance_m", "measured_from", "channel_width_m")}
                         for b in buffers]}
    readings = dict.fromkeys(_buffer_width(distance_reading(dataset, b['river'])) for b in buffers)
    return TRIGGERED, reasons + list(readings), facts, []


def _industry(rule, site):
    matches = site.industry_matches(rule.params["industries"])
    if not matches:
        return CLEAR, [_not_listed(site)], {}, []
    facts = {"industries": [p for _n, prefixes, _b in matches for p, _g in prefixes]}
    return TRIGGERED, site.match_reasons(matches), facts, []


def _judgement(rule, site):
    params = rule.params
    industries, sections = params.get("industries"), params.get("sections")
    if (industries or sections) and not (site.industry_matches(industries or [])
                                         or site.industry.section in (sections or [])):
        return CLEAR, [say(f"行业 {site.industry.label()} 不在本条所指的项目之内",
                           f"industry {site.industry.label()} is not among the projects this rule means")], {}, []
    return TO_JUDGE, [say(f"须由您判断：{params['ask']}", f"to be judged by you: {params['ask']}")], {}, []


def _not_listed(site):
    return say(f"行业 {site.industry.label()} 不在本条所列行业之内",
               f"industry {site.industry.label()} is not among the industries this rule lists")


def _in_buffer(buffer):
    river, width, distance = buffer["river"], buffer["width_m"], buffer["distance_m"]
    if distance is None:
        return say(f"项目位于{river}的河流生态缓冲区内（两侧各 {width:g} m）",
                   f"the site lies in the river ecological buffer of {river} ({width:g} m on each side)")
    if buffer["measured_from"] == FROM_CENTRE_LINE:
        return say(f"项目位于{river}的河流生态缓冲区内（两侧各 {width:g} m；距河道中心线 {distance:,.1f} m）",
                   f"the site lies in the river ecological buffer of {river} ({width:g} m on each side; "
                   f"{distance:,.1f} m from the centre line)")
    return say(f"项目位于{river}的河流生态缓冲区内（两侧各 {width:g} m；距河岸 {distance:,.1f} m）",
               f"the site lies in the river ecological buffer of {river} ({width:g} m on each side; "
               f"{distance:,.1f} m from the bank)")


EVALUATORS = {"industry_near_river": _riverside, "boiler": _boiler, "class_industrial": _class_industrial,
              "in_river_buffer": _river_buffer, "industry": _industry, "judgement": _judgement}
