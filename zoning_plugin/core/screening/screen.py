"""项目准入研判 (project screening): a site, an industry code (GB/T 4754-2017) and an optional new
coal boiler against the dataset's screening_rules table.

Rules are data (docs/dataset-schema.md): each row has a verdict (禁止 / 严格控制 / 需关注), a kind
saying what triggers it, its parameters (JSON) and the req_id of the official requirement it rests
on. A rule is looked at where that requirement applies (a basin's rule in that basin, a class rule
in a unit of that class, a city rule in the whole city); `in_river_buffer` wherever the dataset has
a buffer, the buffers being that rule's own geometry. The result lists every rule with why it did
or did not trigger; the overall verdict is the most severe triggered one, else 未发现限制. It is
advisory: every output says so and names the dataset and its version."""
from dataclasses import dataclass, field

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.geo import STORAGE_CRS, reproject
from zoning_plugin.core.screening.industry import BROADER, parse_industry_code
from zoning_plugin.core.dataset.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_CLASS, SCOPE_UNIT
from zoning_plugin.core.numbers import (DECIMAL_COMMA, NOT_A_NUMBER, NOT_FINITE, TOO_LARGE, TOO_SMALL, NumberError,
                                       read_number)
from zoning_plugin.core.renderers.inspect import LABELS, note_lines
from zoning_plugin.core.screening.kinds import (EVALUATORS, NOT_APPLICABLE, NOT_EVALUATED,
                                                TO_JUDGE, TRIGGERED)
from zoning_plugin.core.dataset.screening_rules import BOILER_COMPARISONS, NO_RESTRICTION, SEVERITY, load_rules, verdict_label
from zoning_plugin.core.messages import join, listing, say

ADVISORY = "本结果为辅助研判，不是审批结论；是否准入以审批部门依法作出的决定为准。"
ADVISORY_EN = "Advisory screening, not an approval decision."
# What the screening says of a requirement applying at the site that no rule encodes (coverage()["without_rule"]).


def no_rule():
    return say("没有研判规则，请对照清单自行判断", "no rule: check it against the list yourself")


def advisory():
    """The advisory notice in the current language."""
    return say(ADVISORY, ADVISORY_EN)


SETTINGS = ("river_distance_m", "boiler_comparison")


BOILER_UNITS = ("t/h", "蒸吨/小时", "蒸吨/时", "吨/小时", "蒸吨", "吨", "t")
BOILER_MAX_TPH = 10000.0      # the largest utility boilers make about 3,000 t/h: more is a typing error
DISTANCE_UNITS = ("m", "米")


def _boiler_message(reason):
    return {
        NOT_A_NUMBER: say("燃煤锅炉规模「{shown}」不是数字（蒸吨/小时）", "the coal-boiler capacity “{shown}” is not a number (t/h)"),
        NOT_FINITE: say("燃煤锅炉规模「{shown}」不是有限数值", "the coal-boiler capacity “{shown}” is not finite"),
        TOO_SMALL: say("燃煤锅炉规模不能为负数：{shown} 蒸吨/小时", "the coal-boiler capacity cannot be negative: {shown} t/h"),
        TOO_LARGE: say("燃煤锅炉规模「{shown}」超过 {limit} 蒸吨/小时，不可信",
                       "the coal-boiler capacity “{shown}” is above {limit} t/h: not credible"),
        DECIMAL_COMMA: say("燃煤锅炉规模「{shown}」中的逗号含义不明，小数点请用“.”",
                           "the comma in the coal-boiler capacity “{shown}” is ambiguous: write the decimal point as “.”")}[reason]


def _shown(value):
    return " ".join(str(value).split())[:30]


def read_boiler(value):
    """(capacity in 蒸吨/小时 or None, note or None) of the new coal boiler a user gave: None when not
    given (empty or 0 means no coal boiler); a unit after the number (5t, 5 蒸吨/小时) and full-width
    digits are read, and `note` says how. InputError for text, a decimal comma, a negative,
    non-finite or absurd number."""
    try:
        number, note = read_number(value, units=BOILER_UNITS, minimum=0, maximum=BOILER_MAX_TPH)
    except NumberError as error:
        raise InputError(_boiler_message(error.reason).format(shown=_shown(error.value),
                                                                limit=f"{BOILER_MAX_TPH:g}")) from None
    return (number or None), (note if number else None)


def parse_boiler(value):
    """The new coal boiler's capacity in 蒸吨/小时 (see read_boiler), without the note."""
    return read_boiler(value)[0]


def parse_settings(settings):
    """{river_distance_m: float, boiler_comparison: 'lt'|'le'} of what the user set; InputError."""
    settings = {k: v for k, v in dict(settings or {}).items() if v is not None}
    unknown = sorted(set(settings) - set(SETTINGS))
    if unknown:
        raise InputError(say(f"未知的研判参数：{', '.join(unknown)}", f"unknown screening setting: {', '.join(unknown)}"))
    out = {}
    if "river_distance_m" in settings:
        given = settings["river_distance_m"]
        try:
            distance, _note = read_number(given, units=DISTANCE_UNITS, minimum=0, minimum_inclusive=False)
        except NumberError:
            distance = None
        if distance is None:
            raise InputError(say(f"河流沿岸距离须为正数（米）：{_shown(given)}",
                                 f"the riverside distance must be a positive number of metres: {_shown(given)}"))
        out["river_distance_m"] = distance
    if "boiler_comparison" in settings:
        if settings["boiler_comparison"] not in BOILER_COMPARISONS:
            raise InputError(say(f"锅炉门槛的比较方式应为 lt（以下，不含本数）或 le（含本数）："
                                 f"{_shown(settings['boiler_comparison'])}",
                                 "the boiler threshold comparison must be lt (below, excluding the number) or le "
                                 f"(including it): {_shown(settings['boiler_comparison'])}"))
        out["boiler_comparison"] = settings["boiler_comparison"]
    return out


def note_reasons(notes):
    """The requirement_notes on an item as the reasons end with them, tagged in the current language."""
    labels = {**LABELS, **say({}, {"colon": ": ", "paren": " ({0})", "tagged": "[{0}]", "source": "Source",
                                   "note_disagreement": "Sources disagree", "note_reading": "The plugin's reading"})}
    return note_lines(notes, labels)


def notice_of(dataset_info):
    """The advisory notice for a dataset's info(): its title, version and the sample label."""
    title = str(dataset_info.get("title") or "")
    sample = dataset_info.get("sample") and "示例" not in title
    version = dataset_info.get('version', '')
    return say(f"{ADVISORY}数据集：{title}{'（示例数据，非官方）' if sample else ''}，版本 {version}。",
               f"{ADVISORY_EN} Dataset: {title}{' (sample data, not official)' if sample else ''}, version {version}.")


@dataclass
class RuleCheck:
    rule: object            # ScreeningRule
    requirement: object     # Requirement the rule rests on
    status: str             # triggered | not_triggered | not_applicable | not_evaluated
    reasons: list
    facts: dict = field(default_factory=dict)
    related: list = field(default_factory=list)   # further Requirements (the unit's own list)
    notes: list = field(default_factory=list)     # requirement_notes on the requirement ({kind, text, source})

    @property
    def triggered(self):
        return self.status == TRIGGERED

    @property
    def own_reasons(self):
        """The reasons without the requirement's notes (which end the reasons)."""
        return self.reasons[:len(self.reasons) - len(self.notes)]

    def to_dict(self):
        r = self.requirement
        return {"rule_id": self.rule.rule_id, "title": self.rule.title, "kind": self.rule.kind,
                "verdict": self.rule.verdict, "status": self.status, "triggered": self.triggered,
                "requirement": {"req_id": r.req_id, "scope": r.scope, "scope_ref": r.scope_ref,
                                "dimension": r.dimension, "source": r.source, "text": r.text,
                                "sample": r.sample},
                "reasons": list(self.reasons), "facts": dict(self.facts), "note": self.rule.note,
                "requirement_notes": [dict(n) for n in self.notes],
                "related": [{"req_id": q.req_id, "dimension": q.dimension, "source": q.source,
                             "text": q.text, "sample": q.sample} for q in self.related]}


@dataclass
class ScreeningResult:
    dataset: dict
    inside: bool
    project: dict
    site: dict
    settings: dict
    checks: list = field(default_factory=list)
    messages: list = field(default_factory=list)
    applicable: list = field(default_factory=list)    # the Requirements applying here, in the dataset's order

    @property
    def hits(self):
        """Triggered checks, most severe first, then in rule order."""
        return sorted((c for c in self.checks if c.triggered),
                      key=lambda c: (-SEVERITY[c.rule.verdict], c.rule.seq))

    @property
    def verdict(self):
        """The most severe verdict triggered, 未发现限制 when none; None outside the dataset's area."""
        if not self.inside:
            return None
        hits = self.hits
        return hits[0].rule.verdict if hits else NO_RESTRICTION

    def notice(self):
        """The advisory notice with the dataset, its version and the sample label."""
        return notice_of(self.dataset)

    @property
    def encoded(self):
        """The checks of rules the plugin evaluates (every kind but `judgement`)."""
        return [c for c in self.checks if c.rule.kind != "judgement"]

    @property
    def to_judge(self):
        """The checks of items that apply here and are left to the user's judgement."""
        return [c for c in self.checks if c.status == TO_JUDGE]

    @property
    def without_rule(self):
        """The Requirements applying here that no rule looked at (none encodes them, nor leaves
        them to judgement): the user checks them against the list."""
        ruled = {c.requirement.req_id for c in self.checks if c.status != NOT_APPLICABLE}
        return [r for r in self.applicable if r.req_id not in ruled]

    def coverage(self):
        """What the verdict rests on: how many rules were checked, applied, triggered, not evaluated
        for want of an input, the items left to judgement (rule id, source, text) and the
        requirements applying here without a rule (req_id, source, dimension, text)."""
        encoded = self.encoded
        without_rule = self.without_rule
        return {"rules_in_dataset": len(encoded),
                "rules_applicable": sum(c.status != NOT_APPLICABLE for c in encoded),
                "rules_triggered": sum(c.triggered for c in encoded),
                "rules_not_evaluated": [c.rule.rule_id for c in encoded if c.status == NOT_EVALUATED],
                "requirements_applicable": len(self.applicable),
                "requirements_with_rules": len(self.applicable) - len(without_rule),
                "to_judge": [{"rule_id": c.rule.rule_id, "title": c.rule.title,
                              "req_id": c.requirement.req_id, "source": c.requirement.source,
                              "text": c.requirement.text, "ask": c.rule.params.get("ask", "")}
                             for c in self.to_judge],
                "without_rule": [{"req_id": r.req_id, "source": r.source, "dimension": r.dimension,
                                  "text": r.text} for r in without_rule]}

    def statement(self):
        """The verdict as a sentence that says what it rests on: the number of rules checked, those
        not evaluated and the items left to the user's judgement; None outside the dataset's area."""
        verdict = self.verdict
        if verdict is None:
            return None
        cov = self.coverage()
        n, applicable, hit = cov["rules_in_dataset"], cov["rules_applicable"], cov["rules_triggered"]
        if verdict == NO_RESTRICTION:
            head = say(f"{NO_RESTRICTION}：数据集的 {n} 条研判规则（适用于此处的 {applicable} 条）均未触发；"
                       "这不表示项目符合全部准入要求",
                       f"{verdict_label(verdict).capitalize()}: none of the dataset's {n} screening rules "
                       f"({applicable} of them apply here) fired; this does not mean the project meets every "
                       "requirement")
        else:
            head = say(f"{verdict}：触发 {hit} 条规则，共核对数据集的 {n} 条研判规则（适用于此处的 {applicable} 条）",
                       f"{verdict_label(verdict).capitalize()}: {hit} of the dataset's {n} screening rules "
                       f"({applicable} of them apply here) fired")
        parts = [head]
        if cov["rules_not_evaluated"]:
            parts.append(say(f"未研判（缺少输入）：{'、'.join(cov['rules_not_evaluated'])}", f"not evaluated (an input is missing): {', '.join(cov['rules_not_evaluated'])}"))
        rest = cov["without_rule"]
        if rest:        # by id: the texts are in the list, in the outputs' rows of status no_rule
            ids = join(r["req_id"] for r in rest)
            parts.append(say(f"适用于此处的 {cov['requirements_applicable']} 条准入要求中，{len(rest)} 条没有研判规则，"
                             f"请对照清单自行判断：{ids}",
                             f"{len(rest)} of the {cov['requirements_applicable']} requirements applying here have "
                             f"no rule: check them against the list: {ids}"))
        judged = cov["to_judge"]
        if judged:
            items = listing(f"{j['rule_id']} {j['title']}{say('（', ' (')}{j['req_id']}{say('）', ')')}" for j in judged)
            parts.append(say(f"另有 {len(judged)} 条须由您判断：{items}",
                             f"{len(judged)} more item(s) left to your judgement: {items}"))
        else:
            parts.append(say("没有留待您判断的条目", "no item left to your judgement"))
        return say("。".join(parts) + "。", ". ".join(p[:1].upper() + p[1:] for p in parts) + ".")

    def to_dict(self):
        return {"advisory": self.notice(), "advisory_en": ADVISORY_EN, "verdict": self.verdict,
                "statement": self.statement(), "coverage": self.coverage() if self.inside else None,
                "inside": self.inside,
                "dataset": {k: self.dataset.get(k) for k in ("title", "version", "sample", "effective_date")},
                "project": dict(self.project), "site": dict(self.site), "settings": dict(self.settings),
                "hits": [c.to_dict() for c in self.hits], "checks": [c.to_dict() for c in self.checks],
                "messages": list(self.messages)}


class _Site:
    """What the rules look at: the inspection of the site, the project's inputs, the settings."""

    def __init__(self, dataset, inspection, industry, boiler, settings):
        self.dataset, self.inspection, self.industry = dataset, inspection, industry
        self.boiler, self.settings = boiler, settings
        self._metric = None

    def setting(self, key, rule_value):
        """(value, 'setting' | 'rule'): the user's setting wins over the rule's parameter."""
        if key in self.settings:
            return self.settings[key], "setting"
        return rule_value, "rule"

    def river_distances(self, basins=None, names=None):
        """[(river, basin_id, metres)] nearest first, of the rivers of `basins` (all when None) and,
        when `names` is given, only of the rivers so named."""
        if self._metric is None:
            self._metric = reproject(self.inspection.geometry_4490, STORAGE_CRS, self.dataset.metric_crs)
        basin_of = {}
        for record in self.dataset.rivers.records:
            basin_of.setdefault(record["river_name"], record.get("basin_id"))
        distances = self.dataset.river_distances(self._metric, names)
        rows = [(name, basin_of.get(name), distance) for name, distance in distances.items()
                if basins is None or basin_of.get(name) in basins]
        return sorted(rows, key=lambda row: row[2])

    def industry_matches(self, industries):
        """[(text_name, [(prefix, gbt_name)], broader)] of the rule's industries the code falls in."""
        found = {}
        for item in industries:
            relation = self.industry.relation(item["prefix"])
            if relation:
                entry = found.setdefault(item.get("text_name") or item["prefix"], ([], []))
                entry[relation == BROADER].append((item["prefix"], item.get("gbt_name") or ""))
        return [(name, within or broader, not within) for name, (within, broader) in found.items()]

    def match_reasons(self, matches):
        code = self.industry
        reasons = []
        for name, prefixes, broader in matches:
            listed = join(f"{p} {n}".strip() for p, n in prefixes)
            if broader:
                level = say("大类", "division") if len(code.code) == 3 else say("中类", "group")
                reasons.append(say(f"行业代码 {code.code} 只写到{level}，其下的 {listed} 属于原文所列“{name}”，"
                                   "请按项目的具体小类核实",
                                   f"the industry code {code.code} goes only to the {level}: {listed} under it "
                                   f"belong to “{name}” as the text lists it; check the project's own class"))
            else:
                reasons.append(say(f"行业代码 {code.label()}属于原文所列“{name}”（{listed}）",
                                   f"the industry code {code.label()} belongs to “{name}” as the text lists it "
                                   f"({listed})"))
        return reasons

    def scope_name(self, requirement):
        scope, ref = requirement.scope, requirement.scope_ref
        if scope == SCOPE_BASIN:
            return next((r["basin_name"] for r in self.dataset.basins.records if r["basin_id"] == ref), ref)
        if scope == SCOPE_CLASS:
            return self.dataset.unit_class_name(ref) if ref.isdigit() else ref
        if scope == SCOPE_CITY:
            return self.dataset.city_name
        return ref

    def in_scope(self, requirement):
        scope, ref = requirement.scope, requirement.scope_ref
        if scope == SCOPE_CITY:
            return True     # only sites in the dataset's city are screened
        if scope == SCOPE_BASIN:
            return any(b["id"] == ref for b in self.inspection.basins)
        if scope == SCOPE_CLASS:
            return any(str(u["class"]) == ref for u in self.inspection.units)
        if scope == SCOPE_UNIT:
            return any(u["code"] == ref for u in self.inspection.units)
        return False


SCOPE_FREE_KINDS = ("in_river_buffer",)   # where the dataset has a buffer, the rule is its reason


def _site_summary(dataset, inspection, site):
    lon, lat = inspection.location
    summary = {"kind": inspection.kind, "crs": inspection.crs, "lon": round(lon, 7), "lat": round(lat, 7),
               "county": inspection.county and {"code": inspection.county["code"],
                                                "name": inspection.county["name"]}}
    if not inspection.inside:
        return summary
    nearest = site.river_distances()
    summary.update(
        units=[{k: u[k] for k in ("code", "name", "class", "class_name", "subtype")} for u in inspection.units],
        basins=[{"id": b["id"], "name": b["name"]} for b in inspection.basins],
        built_up=[{"code": b["code"], "name": b["name"]} for b in inspection.built_up],
        buffers=[{k: b[k] for k in ("river", "width_m", "distance_m", "measured_from", "channel_width_m")}
                 for b in inspection.buffers],
        nearest_river=({"name": nearest[0][0], "basin_id": nearest[0][1], "distance_m": round(nearest[0][2], 1),
                        **dataset.channels.reading(nearest[0][0])} if nearest else None))
    return summary


def screen(dataset, geometry, crs, industry_code, boiler_tph=None, note="", settings=None):
    """Screen one project site (a shapely geometry in `crs`). InputError for an unreadable industry
    code, boiler size, setting or geometry; DatasetError when the dataset has no usable rules."""
    industry = parse_industry_code(industry_code)
    boiler, boiler_note = read_boiler(boiler_tph)
    chosen = parse_settings(settings)
    rules = load_rules(dataset)
    inspection = dataset.inspect(geometry, crs=crs)
    site = _Site(dataset, inspection, industry, boiler, chosen)
    result = ScreeningResult(
        dataset=dataset.info(), inside=inspection.inside,
        project={"industry_code": industry.code, "industry": industry.to_dict(),
                 "input_code": str(industry_code), "boiler_tph": boiler, "boiler_read": boiler_note,
                 "note": str(note or "")},
        site=_site_summary(dataset, inspection, site), settings=chosen)
    if boiler_note:
        result.messages.append(say(f"燃煤锅炉规模{boiler_note} 蒸吨/小时",
                                   f"the coal-boiler capacity was read as {boiler:g} t/h"))
    result.messages.extend(inspection.warnings())
    if industry.detailed:
        result.messages.append(say(f"行业代码 {industry.code} 的中类、小类数字未与 GB/T 4754-2017 核对，"
                                   "只核对了门类和大类",
                                   f"the group and class digits of the industry code {industry.code} were not "
                                   "checked against GB/T 4754-2017: only its section and division were"))
    if not inspection.inside:
        result.messages.append(say(f"项目位于数据集范围（{dataset.city_name}）之外，未作研判",
                                   f"the site lies outside the dataset's area ({dataset.city_name}): not screened"))
        return result
    result.applicable = [r for r in dataset.requirements if site.in_scope(r)]
    for rule, requirement in rules:
        if rule.kind not in SCOPE_FREE_KINDS and not site.in_scope(requirement):
            result.checks.append(RuleCheck(rule, requirement, NOT_APPLICABLE, [
                say(f"本条依据的要求适用于{site.scope_name(requirement)}，项目不在其范围内",
                    f"the requirement of this rule applies to {site.scope_name(requirement)}; the site lies outside it")]))
            continue
        status, reasons, facts, related = EVALUATORS[rule.kind](rule, site)
        # Where the sources disagree on this item, or the plugin reads it, the reasons say so.
        notes = dataset.requirement_notes.get(requirement.req_id, [])
        reasons = reasons + note_reasons(notes)
        result.checks.append(RuleCheck(rule, requirement, status, reasons, facts, related, list(notes)))
    return result
