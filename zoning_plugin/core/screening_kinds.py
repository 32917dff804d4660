"""The rule kinds of project screening (core/screening.py): one evaluator per `kind` of the
screening_rules table (docs/screening-rules.md). Each takes the rule and the site (screening._Site)
and returns (status, reasons, facts, related requirements)."""
from zoning_plugin.core.channels import FROM_BANK, FROM_CENTRE_LINE, width_text
from zoning_plugin.core.model import SCOPE_UNIT
from zoning_plugin.core.screening_rules import BOILER_COMPARISONS

TRIGGERED, CLEAR, NOT_APPLICABLE, NOT_EVALUATED = "triggered", "not_triggered", "not_applicable", "not_evaluated"
TO_JUDGE = "to_judge"       # an item that applies here and that the user has to judge
CENTRE_LINE = "距离从河道中心线量起，是本插件的理解（原文只说“两侧”或“沿岸”）"
BANK = "距离从河岸量起（河道宽 {width} m，取自数据集），是本插件的理解（原文只说“两侧”或“沿岸”）"
BANK_PARTLY = ("距离从河岸量起（给出河道宽度 {width} m 的河段，取自数据集；其余河段从河道中心线量起），"
               "是本插件的理解（原文只说“两侧”或“沿岸”）")
BUFFERS_MIXED = ("缓冲区宽度和距离：{bank}从河岸量起（河道宽度取自数据集），其余河流从河道中心线量起，"
                 "是本插件的理解（原文只说“两侧”）")


def distance_reading(dataset, river):
    """How the distance to `river` is measured (core/channels.py), named as the plugin's reading."""
    reading = dataset.channels.reading(river)
    if reading["measured_from"] == FROM_CENTRE_LINE:
        return CENTRE_LINE
    template = BANK if reading["measured_from"] == FROM_BANK else BANK_PARTLY
    return template.format(width=width_text(reading["channel_width_m"]))


def _buffers_reading(dataset):
    """How the buffers are measured, where a site lies in none."""
    bank = sorted(dataset.channels.widths)
    if not bank:
        return f"缓冲区宽度{CENTRE_LINE}"
    if len(bank) == len(dataset.river_lines()) and not dataset.channels.partly:
        return "缓冲区宽度" + BANK.format(width="、".join(f"{r} {width_text(dataset.channels.widths[r])}" for r in bank))
    return BUFFERS_MIXED.format(bank="、".join(bank))


def _riverside(rule, site):
    matches = site.industry_matches(rule.params["industries"])
    if not matches:
        return CLEAR, [f"行业 {site.industry.label()} 不在本条所列行业之内"], {}, []
    limit, origin = site.setting("river_distance_m", rule.params["distance_m"])
    if origin == "setting":
        limit_text = f"{limit:g} m（研判参数设定的距离，不是原文规定）"
    elif rule.params.get("distance_source", "setting") == "setting":
        limit_text = f"{limit:g} m（规则设定的距离：原文未给出距离）"
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
            reasons.append(f"数据集没有{'、'.join(missing)}的河道，距这些河流的远近未核对，请自行判断 "
                           f"(the dataset has no line for {', '.join(missing)}: not checked)")
            facts["rivers_missing"] = missing
    if not rivers:
        return CLEAR, reasons + ["数据集中没有本条所指的河流"], facts, []
    name, _basin, distance = rivers[0]
    facts.update(river=name, distance_m=round(distance, 1), **site.dataset.channels.reading(name))
    reading = distance_reading(site.dataset, name)
    if distance <= limit:
        return TRIGGERED, reasons + [f"项目距{name} {distance:,.0f} m，在“河流沿岸” {limit_text}之内"
                                     f"（{reading}）"], facts, []
    return CLEAR, reasons + [f"项目距最近的河流{name} {distance:,.0f} m，在“河流沿岸” {limit_text}之外"
                             f"（{reading}）"], facts, []


def _boiler(rule, site):
    if site.boiler is None:
        return NOT_EVALUATED, ["未填写新建燃煤锅炉规模，本条未研判"], {}, []
    params = rule.params
    built_up = [b["name"] for b in site.inspection.built_up]
    threshold = float(params["built_up_tph"] if built_up else params["elsewhere_tph"])
    comparison, origin = site.setting("boiler_comparison", params["comparison"])
    unit = params.get("unit") or "蒸吨/小时"
    below = site.boiler < threshold if comparison == "lt" else site.boiler <= threshold
    where = (f"项目位于城市建成区（{'、'.join(built_up)}），门槛 {threshold:g} {unit}" if built_up
             else f"项目不在城市建成区内，按其他区域的门槛 {threshold:g} {unit}")
    reading = BOILER_COMPARISONS[comparison] + ("（研判参数设定）" if origin == "setting" else "")
    size = f"新建燃煤锅炉 {site.boiler:g} {unit}"
    facts = {"boiler_tph": site.boiler, "in_built_up": bool(built_up), "built_up": built_up,
             "threshold_tph": threshold, "comparison": comparison, "comparison_from": origin,
             "comparison_reading": BOILER_COMPARISONS[comparison]}
    if below:
        return TRIGGERED, [where, f"{size}，属于“{threshold:g}{unit}以下”（{reading}）"], facts, []
    return CLEAR, [where, f"{size}，不属于“{threshold:g}{unit}以下”（{reading}）"], facts, []


def _class_industrial(rule, site):
    params = rule.params
    unit_class = int(params["unit_class"])
    units = [u for u in site.inspection.units if u["class"] == unit_class]
    class_name = site.dataset.unit_class_name(unit_class)
    if not units:
        return CLEAR, [f"项目不在{class_name}内"], {}, []
    sections = list(params["sections"])
    industry = site.industry
    facts = {"section": industry.section, "industrial_sections": sections,
             "units": [u["code"] for u in units]}
    matches = site.industry_matches(params.get("industries") or [])
    if industry.section in sections:
        reasons = [f"行业门类 {industry.section} {industry.section_name} 属于本规则所指的工业"
                   f"（门类 {'、'.join(sections)}）"]
    elif matches:
        reasons = site.match_reasons(matches)
        facts["industries"] = [p for _n, prefixes, _b in matches for p, _g in prefixes]
    else:
        listed = "、".join(i["prefix"] for i in params.get("industries") or [])
        return CLEAR, [f"行业 {industry.label()} 不属于本规则所指的工业（门类 {'、'.join(sections)}）"
                       + (f"或所列行业（{listed}）" if listed else "")], facts, []
    reasons += [f"项目位于{class_name} {u['code']} {u['name']}" for u in units]
    strict = params.get("strict_subtypes") or {}
    for unit in units:
        if unit.get("subtype") in strict:
            reasons.append(f"{unit['code']} 为{unit['subtype']}：{strict[unit['subtype']]}")
            facts.setdefault("strict_subtypes", []).append(unit["subtype"])
    dimension = params.get("unit_dimension")
    related = [r for u in units for r in site.dataset.by_scope.get((SCOPE_UNIT, u["code"]), [])
               if not dimension or r.dimension == dimension]
    if related:
        reasons.append(f"另见所在单元清单的{dimension or ''}条目（共 {len(related)} 条）")
    return TRIGGERED, reasons, facts, related


def _river_buffer(rule, site):
    buffers = site.inspection.buffers
    dataset = site.dataset
    if not buffers:
        return CLEAR, ["项目不在河流生态缓冲区内", _buffers_reading(dataset)], {}, []
    reasons = [f"项目位于{b['river']}的河流生态缓冲区内（两侧各 {b['width_m']:g} m；"
               f"{'距河道中心线' if b['measured_from'] == FROM_CENTRE_LINE else '距河岸'} "
               f"{b['distance_m']:,.1f} m）" if b["distance_m"] is not None else
               f"项目位于{b['river']}的河流生态缓冲区内（两侧各 {b['width_m']:g} m）" for b in buffers]
    facts = {"buffers": [{k: b[k] for k in ("river", "width_m", "distance_m", "measured_from", "channel_width_m")}
                         for b in buffers]}
    readings = dict.fromkeys(f"缓冲区宽度{distance_reading(dataset, b['river'])}" for b in buffers)
    return TRIGGERED, reasons + list(readings), facts, []


def _industry(rule, site):
    matches = site.industry_matches(rule.params["industries"])
    if not matches:
        return CLEAR, [f"行业 {site.industry.label()} 不在本条所列行业之内"], {}, []
    facts = {"industries": [p for _n, prefixes, _b in matches for p, _g in prefixes]}
    return TRIGGERED, site.match_reasons(matches), facts, []


def _judgement(rule, site):
    params = rule.params
    industries, sections = params.get("industries"), params.get("sections")
    if (industries or sections) and not (site.industry_matches(industries or [])
                                         or site.industry.section in (sections or [])):
        return CLEAR, [f"行业 {site.industry.label()} 不在本条所指的项目之内"], {}, []
    return TO_JUDGE, [f"须由您判断 (to be judged by you)：{params['ask']}"], {}, []


EVALUATORS = {"industry_near_river": _riverside, "boiler": _boiler, "class_industrial": _class_industrial,
              "in_river_buffer": _river_buffer, "industry": _industry, "judgement": _judgement}
