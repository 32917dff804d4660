"""The screening_rules table of a zoning dataset (docs/dataset-schema.md): read with OGR from the
dataset's file, checked row by row, each rule paired with the requirement it cites."""
import json
import math
import os
from dataclasses import dataclass

from zoning_plugin.core.errors import DatasetError, InputError
from zoning_plugin.core.screening.industry import industry_table, parse_industry_code
from zoning_plugin.core.messages import english, say

TABLE = "screening_rules"
FIELDS = ("rule_id", "seq", "title", "verdict", "kind", "params", "req_id", "note")
# The strengths a rule can carry, as the texts word them (禁止或严格限制 is 002 line 11's own phrase).
VERDICTS = ("禁止", "禁止或严格限制", "严格控制", "限制", "需关注")
NO_RESTRICTION = "未发现限制"
SEVERITY = {"禁止": 5, "禁止或严格限制": 4, "严格控制": 3, "限制": 2, "需关注": 1, NO_RESTRICTION: 0}
# `judgement`: an item the plugin cannot decide from a site and an industry code; wherever its
# requirement applies it is listed as "to be judged by you" (never triggered, never a verdict).
KINDS = ("industry_near_river", "boiler", "class_industrial", "in_river_buffer", "industry", "judgement")
# How "N 蒸吨/小时以下" is read: strictly less (lt) or less or equal (le).
# The two readings of "以下", each named in the result. Statute reads 以上/以下 as including the
# number (民法典 第1259条): `le` is the sample's default; `lt` is the other reading, selectable.
BOILER_COMPARISONS = ("lt", "le")


def comparison_reading(comparison):
    """How a reading of "以下" is named, in the current language."""
    return {"lt": say("“以下”按不含本数理解（另一种理解，不同于法律用语的含本数）",
                      "“以下” (below) read as excluding the number (the other reading, unlike the statute's, "
                      "which includes it)"),
            "le": say("“以下”按含本数理解（与法律用语一致：民法典第1259条“以上”“以下”包括本数）",
                      "“以下” (below) read as including the number (as the statute reads it: Civil Code "
                      "art. 1259, “以上” and “以下” include the number)")}[comparison]


def verdict_label(verdict):
    """A verdict word in the current language; the Chinese word stays the code in outputs and data."""
    if not english():
        return verdict
    return {"禁止": "prohibited", "禁止或严格限制": "prohibited or strictly restricted",
            "严格控制": "strictly controlled", "限制": "restricted", "需关注": "needs attention",
            NO_RESTRICTION: "no restriction found"}.get(verdict, verdict)


@dataclass(frozen=True)
class ScreeningRule:
    rule_id: str
    seq: int
    title: str
    verdict: str
    kind: str
    params: dict
    req_id: str
    note: str


def _positive(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
        and value > 0


def _check_industries(params, fail):
    industries = params.get("industries")
    if not isinstance(industries, list) or not industries:
        fail(say("参数 industries 应为非空列表", "industries must be a non-empty list"))
    for item in industries:
        if not isinstance(item, dict) or not isinstance(item.get("prefix"), str):
            fail(say("industries 的每项应有 prefix", "every industry needs a prefix"))
        try:
            if parse_industry_code(item["prefix"]).code != item["prefix"]:
                fail(say(f"行业前缀应写作规范形式：{item['prefix']}", f"write the prefix in its normal form: {item['prefix']}"))
        except InputError as error:
            fail(str(error))


def _check_params(kind, params, fail):
    if kind in ("industry_near_river", "industry"):
        _check_industries(params, fail)
    if kind == "industry_near_river":
        if not _positive(params.get("distance_m")):
            fail(say("参数 distance_m 应为正数", "distance_m must be a positive number"))
        if params.get("distance_source", "setting") not in ("setting", "text"):
            fail(say("参数 distance_source 应为 setting 或 text", "distance_source must be setting or text"))
        basins = params.get("river_basins")
        if basins is not None and (not isinstance(basins, list) or not all(isinstance(b, str) for b in basins)):
            fail(say("参数 river_basins 应为流域编号列表或 null", "river_basins must be a list of basin ids"))
        rivers = params.get("rivers")
        if rivers is not None and (not isinstance(rivers, list) or not rivers
                                   or not all(isinstance(r, str) and r for r in rivers)):
            fail(say("参数 rivers 应为河流名称列表或 null", "rivers must be a list of river names"))
    elif kind == "boiler":
        if not (_positive(params.get("built_up_tph")) and _positive(params.get("elsewhere_tph"))):
            fail(say("参数 built_up_tph、elsewhere_tph 应为正数", "boiler thresholds must be positive"))
        if params.get("comparison") not in BOILER_COMPARISONS:
            fail(say("参数 comparison 应为 lt 或 le", "comparison must be lt or le"))
    elif kind == "class_industrial":
        if params.get("unit_class") not in (1, 2, 3):
            fail(say("参数 unit_class 应为 1、2 或 3", "unit_class must be 1, 2 or 3"))
        sections = params.get("sections")
        known = industry_table().sections
        if not isinstance(sections, list) or not sections or any(s not in known for s in sections):
            fail(say("参数 sections 应为 GB/T 4754-2017 门类字母的列表", "sections must be section letters"))
        if "industries" in params:      # further codes the rule covers (城镇开发建设 and so on)
            _check_industries(params, fail)
        subtypes = params.get("strict_subtypes", {})
        if not isinstance(subtypes, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                     for k, v in subtypes.items()):
            fail(say("参数 strict_subtypes 应为以子类为键、说明为值的对象", "strict_subtypes must map subtypes to notes"))
    elif kind == "judgement":
        if "industries" in params:      # the projects the item speaks of, when it names them
            _check_industries(params, fail)
        sections = params.get("sections", [])
        if not isinstance(sections, list) or any(s not in industry_table().sections for s in sections):
            fail(say("参数 sections 应为 GB/T 4754-2017 门类字母的列表", "sections must be section letters"))
        if not isinstance(params.get("ask"), str) or not params["ask"].strip():
            fail(say("参数 ask 应说明须由用户判断什么", "ask must say what the user has to judge"))


def _rule(record, path):
    rule_id = str(record.get("rule_id") or "").strip()

    def fail(message):
        raise DatasetError(say(f"{TABLE} 表的规则 {rule_id or '（无编号）'} 无效：{message}：{path}",
                               f"rule {rule_id or '(no id)'} of the {TABLE} table is invalid: {message}: {path}"))

    if not rule_id:
        fail(say("缺少 rule_id", "no rule_id"))
    verdict, kind = str(record.get("verdict") or ""), str(record.get("kind") or "")
    if verdict not in VERDICTS:
        fail(say(f"结论应为{'、'.join(VERDICTS)}之一：{verdict!r}", f"the verdict must be one of {', '.join(VERDICTS)}: {verdict!r}"))
    if kind not in KINDS:
        fail(say(f"未知的规则类型：{kind!r}", f"unknown kind: {kind!r}"))
    try:
        params = json.loads(record.get("params") or "{}")
    except ValueError:
        fail(say("参数不是 JSON", "params is not JSON"))
    if not isinstance(params, dict):
        fail(say("参数应为 JSON 对象", "params must be a JSON object"))
    _check_params(kind, params, fail)
    req_id = str(record.get("req_id") or "").strip()
    if not req_id:
        fail(say("缺少所依据要求的 req_id", "no req_id"))
    return ScreeningRule(rule_id=rule_id, seq=int(record.get("seq") or 0),
                         title=str(record.get("title") or rule_id), verdict=verdict, kind=kind,
                         params=params, req_id=req_id, note=str(record.get("note") or ""))


def read_rules(path):
    """The rules stored in the GeoPackage at `path`, in seq order; DatasetError if unusable. Read
    through readable_copy: reading never writes into the dataset (a pending WAL stays pending)."""
    from osgeo import gdal, ogr

    from zoning_plugin.core.dataset.reader import readable_copy      # dataset.py loads the rules: not at import
    ogr.UseExceptions()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        with readable_copy(path) as readable:
            try:
                datasource = ogr.Open(readable, 0)
            except RuntimeError as error:
                raise DatasetError(say(f"无法打开数据集：{path}：{' '.join(str(error).split())}", f"cannot open dataset: {path}: {' '.join(str(error).split())}")) \
                    from None
            layer = datasource.GetLayerByName(TABLE) if datasource is not None else None
            if layer is None:
                raise DatasetError(say(f"数据集没有 {TABLE} 表，无法做项目准入研判：{path}",
                                       f"the dataset has no {TABLE} table: project screening needs it: {path}"))
            defn = layer.GetLayerDefn()
            present = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
            missing = [f for f in FIELDS if f not in present]
            if missing:
                raise DatasetError(say(f"{TABLE} 表缺少字段 {'、'.join(missing)}：{path}",
                                       f"the {TABLE} table lacks the fields {', '.join(missing)}: {path}"))
            records = [{f: feature.GetField(f) for f in FIELDS} for feature in layer]
            layer = datasource = None        # closed before the copy goes
    finally:
        gdal.PopErrorHandler()
    rules = [_rule(record, path) for record in records]
    ids = [r.rule_id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DatasetError(say(f"{TABLE} 表的 rule_id 重复：{', '.join(duplicates)}：{path}", f"duplicate rule ids: {', '.join(duplicates)}: {path}"))
    if not rules:
        raise DatasetError(say(f"{TABLE} 表是空的：{path}", f"no screening rules: {path}"))
    return sorted(rules, key=lambda r: (r.seq, r.rule_id))


_cache = {}


def load_rules(dataset):
    """[(ScreeningRule, Requirement it cites)] of an opened Dataset, read once per file version."""
    path = os.path.abspath(dataset.path)
    stamp = os.path.getmtime(path) if os.path.isfile(path) else None
    cached = _cache.get(path)
    if cached is None or cached[0] != stamp:
        cached = _cache[path] = (stamp, read_rules(path))
    requirements = {r.req_id: r for r in dataset.requirements}
    pairs = []
    for rule in cached[1]:
        requirement = requirements.get(rule.req_id)
        if requirement is None:
            raise DatasetError(say(f"{TABLE} 表的规则 {rule.rule_id} 引用的要求 {rule.req_id} 不在 requirements 表中：{path}",
                                   f"the rule cites a requirement the dataset lacks: {path}"))
        pairs.append((rule, requirement))
    return pairs
