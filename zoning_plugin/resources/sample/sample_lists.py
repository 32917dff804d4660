"""The lists of build_sample.py: the access lists of the sample units (unit_requirements, sample
texts by class, subtype and context), the class rule of 优先保护单元 (class_rule_row, the official
text from resources/official/) and the screening rules (screening_rule_rows, 项目准入研判), each
citing the requirement row it rests on.
"""
import json
import os

from zoning_plugin.core.dataset.model import DIMENSIONS

from sample_places import COUNTY_NAME

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


# --------------------------------------------------------------------------------------------
# the access lists of the sample units
# --------------------------------------------------------------------------------------------
def unit_requirements(unit):
    """{dimension: [text, ...]} for one sample unit, from its class, subtype and context."""
    c = unit["ctx"]
    county = COUNTY_NAME[unit["county"]]
    sub = unit["subtype"]
    S, P, R, E = DIMENSIONS
    if sub == "生态保护红线":
        return {
            S: ["生态保护红线内，自然保护地核心保护区原则上禁止人为活动；其他区域严格禁止开发性、生产性建设活动，"
                "在符合法律法规的前提下，仅允许对生态功能不造成破坏的有限人为活动。",
                f"严禁在{county}{c['area']}生态保护红线内新建、扩建工业项目和矿产资源开发项目，"
                "已有的工矿企业和采矿权依法依规有序退出。",
                "不得擅自改变红线内林地、湿地等生态用地用途；确需占用的国家重大项目，按规定履行审批程序。"],
            P: ["红线内不得新设排污口；零散居民点和旅游服务设施的生活污水、生活垃圾应收集处理，不得直接排入河流沟渠。"],
            R: ["加强森林防火和林业有害生物防治，建立生态保护红线监测预警和日常巡护制度。",
                "严禁在红线内设置危险废物贮存、处置设施和尾矿库，现有设施限期搬迁。"],
            E: [f"严格保护{c['area']}天然林和水源涵养林，实施封山育林和退化林修复，提升水源涵养和水土保持功能。"],
        }
    if sub == "一般生态空间":
        return {
            S: ["限制大规模、高强度的工业和城镇开发建设，新建项目应符合国土空间规划和生态空间用途管制要求，"
                "不得降低区域生态功能。",
                "禁止新建、扩建有色金属冶炼、化工、制浆造纸、印染等重污染项目，严格控制露天采矿和采石取土活动。",
                f"{county}{c['area']}功能受损区域优先开展生态保护修复，推进矿山和裸露山体生态修复。"],
            P: ["现有建设项目污染物排放须稳定达标并逐步削减；农村生活污水和生活垃圾纳入收集处理体系。"],
            R: ["加强林地火灾防控和外来物种入侵防范，涉及危险化学品的现有设施应编制突发环境事件应急预案。"],
            E: ["严格控制林地、草地、湿地转为建设用地，坡耕地实施退耕还林和保护性耕作，防治水土流失。"],
        }
    if sub == "饮用水水源保护区":
        source = c["source"]
        items = {
            S: ["禁止在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设项目；"
                "已建成的，由县级以上人民政府责令拆除或者关闭。",
                "禁止在饮用水水源二级保护区内新建、改建、扩建排放污染物的建设项目，禁止设置排污口。",
                f"{source}准保护区内禁止新建、扩建对水体污染严重的建设项目，改建项目不得增加排污量。"],
            P: ["一级保护区内禁止从事网箱养殖、旅游、游泳、垂钓或者其他可能污染饮用水水体的活动，禁止畜禽养殖。",
                "保护区内农村生活污水和生活垃圾应收集后运出保护区处理，严格控制化肥、农药施用。"],
            R: [f"完善{source}保护区隔离防护网、界碑、界桩和警示标志，穿越保护区的道路、桥梁应设置防撞护栏和"
                "事故导流、应急收集设施。",
                "建立水源地风险源名录和突发环境事件应急预案，定期开展水质监测和应急演练。"],
        }
        if c.get("kind") == "地下水":
            items[E] = ["严格控制地下水开采量，禁止超采；保护地下水补给区，禁止利用渗井、渗坑排放污水。"]
        else:
            items[E] = [f"合理确定取水规模，保障{c['river']}下泄生态流量；加强水库周边水源涵养林建设。"]
        if c.get("named"):
            items[R][0] = ("按照金满水库饮用水水源地污染治理要求，完善水源保护区防护网、界碑、界桩和警示牌，"
                           "穿越保护区的道路、桥梁应设置防撞护栏和事故导流、应急收集设施。")
        return items
    if sub == "水环境优先保护区":
        river = c["river"]
        return {
            S: [f"{river}{c['reach']}沿岸禁止新建、扩建化学原料和化学制品制造、医药制造、化学纤维制造、"
                "有色金属冶炼、制浆造纸、纺织印染等项目。",
                f"严格保护{river}河道和岸线，禁止侵占河道、非法采砂，河流缓冲带内不得新建与生态保护无关的建设项目。"],
            P: ["不得新设工业排污口；现有入河排污口实施规范化整治，排放水质不得降低河流水质目标。",
                "控制沿河农业面源污染，推广测土配方施肥，畜禽养殖废弃物资源化利用，禁止直排入河。"],
            R: [f"加强{river}上游来水和出境断面水质监测，建立沿河风险源巡查和突发水污染事件应急处置机制。"],
            E: [f"保障{river}生态基流，严格控制新增取水；推进河岸带水源涵养林和生态缓冲带建设。"],
        }
    if sub in ("黑土地保护区", "农用地优先保护区"):
        black = sub == "黑土地保护区"
        return {
            S: ["严格落实耕地和永久基本农田保护制度，永久基本农田集中区域禁止规划建设可能造成土壤污染的建设项目。",
                "禁止新建、扩建有色金属冶炼、石油加工、化工、焦化、电镀、制革等行业企业。"],
            P: ["推进化肥农药减量增效，秸秆综合利用，禁止露天焚烧秸秆；规模化畜禽养殖场粪污应资源化利用。",
                "禁止向农用地排放、倾倒重金属或其他有毒有害物质超标的污水、污泥、尾矿、矿渣等。"],
            R: ["开展耕地土壤环境质量监测，对受污染耕地实施分类管理和安全利用，防范土壤污染风险。"],
            E: [("实施保护性耕作和秸秆还田，提升" + c["area"] + "黑土地耕地质量，防治黑土地水土流失。")
                if black else
                ("推广节水灌溉和高标准农田建设，提升" + c["area"] + "耕地质量等级，控制农业用水总量。")],
        }
    if sub == "产业园区":
        park = c["park"]
        items = {
            S: [f"入园项目须符合{park}总体规划和规划环境影响评价要求，重点发展{c['industries']}等产业；"
                "禁止引入不符合园区产业定位的高耗能、高排放、低水平项目。",
                "园区工业用地与居住、学校、医院等环境敏感区之间设置必要的防护距离和绿化隔离带。"],
            P: [f"园区企业废水经预处理达到纳管标准后进入{c['wwtp']}集中处理，园区污水集中收集处理率达到100%，"
                "企业不得私设排污口。",
                "新建项目主要污染物执行大气污染物特别排放限值，挥发性有机物排放实行等量或倍量削减替代。",
                "一般工业固体废物和危险废物规范贮存、转移和处置，危险废物执行转移联单制度。"],
            R: [f"{park}及涉及危险化学品的企业编制突发环境事件应急预案并定期演练，建设事故应急池等三级防控设施。",
                "建立园区环境风险源清单，完善有毒有害气体和水质预警监测体系。"],
            E: ["推行清洁生产和循环化改造，提高工业用水重复利用率和再生水利用率，单位产品能耗、水耗达到国内先进水平。"],
        }
        if c.get("textile"):
            items[P].insert(0, "染色、印花等工序废水单独收集、分质预处理，执行纺织染整工业水污染物排放标准，"
                               "禁止稀释排放。")
            items[S].append("园区实行集中供热，禁止新建35蒸吨/小时以下燃煤锅炉，现有燃煤蒸汽锅炉逐步改用清洁能源。")
        if c.get("livestock"):
            items[P].append("梅花鹿养殖场粪污实行干湿分离、堆肥发酵等资源化利用，粪污处理设施装备配套率达到100%。")
        return items
    if sub == "城镇生活":
        level = c["level"]
        place = c["place"]
        items = {
            S: [f"{place}城镇开发边界内禁止新建、扩建排放有毒有害污染物的工业项目，"
                "现有不符合功能定位的工业企业有序搬迁或转型升级。",
                f"{c['rivers']}城镇段控制工业用地沿线布局，建设生态岸线和滨河绿带。"],
            P: [f"完善城镇污水管网，推进雨污分流，生活污水集中收集后由{c['wwtp']}处理，出水稳定达标排放。",
                "加强施工扬尘、道路扬尘和餐饮油烟治理，生活垃圾分类收集和无害化处理。"],
            R: ["加强加油站、医疗机构、危险化学品经营单位等风险源管理，医疗废物、医疗废水处理处置率达到100%。"],
            E: ["推广绿色建筑，城镇新建建筑中绿色建筑面积占比达到100%；推进再生水用于市政杂用和景观补水。"],
        }
        if level == "city":
            items[S].append("城市建成区禁止新建35蒸吨/小时以下的燃煤锅炉，推进集中供热和清洁取暖。")
            items[R].append("城镇人口密集区危险化学品生产企业完成搬迁改造，消除建成区黑臭水体。")
            items[P].append("加强机动车排气污染防治和重污染天气应急管控。")
        elif level == "county":
            items[S].append("县城建成区原则上不再新建35蒸吨/小时以下燃煤锅炉，推进县城集中供热。")
        else:
            items[P].append("常住人口1万人以上建制镇的生活污水得到有效治理，推进污水收集处理设施稳定运行。")
        return items
    if sub == "水环境工业污染重点管控区":
        river = c["river"]
        return {
            S: [f"{river}沿岸严格控制新建、扩建排放重金属和难降解有机物废水的项目，新建工业项目原则上进入合规园区。"],
            P: ["工业企业废水处理达标后排放或纳管，区域水质超过管控目标时，重点行业执行水污染物特别排放限值。",
                "规范入河排污口设置，重点排污单位安装水污染物在线监测设施并联网，实施排放总量控制。"],
            R: [f"涉水企业设置事故应急池和雨污切换设施，防范事故废水进入{river}。"],
            E: ["推进工业节水改造和废水深度处理回用，提高工业用水重复利用率。"],
        }
    if sub == "大气环境高排放重点管控区":
        items = {
            S: ["禁止新建、扩建钢铁、水泥熟料、平板玻璃等产能过剩行业项目（产能置换项目除外），"
                "新建涉气项目原则上进入合规园区。"],
            P: ["新建项目执行大气污染物特别排放限值；单台出力65蒸吨/小时以上燃煤锅炉实施超低排放改造。",
                f"{c['sources']}强化无组织排放管控，物料堆场全封闭或设置防风抑尘设施。"],
            R: ["重点涉气企业制定重污染天气应急减排措施，安装污染源自动监控设施并与生态环境部门联网。"],
            E: ["新建、扩建项目实施煤炭消费等量或减量替代，推广天然气、电能等清洁能源。"],
        }
        if c.get("cement"):
            items[P].insert(0, "水泥企业按要求完成超低排放改造，颗粒物、二氧化硫、氮氧化物稳定达到超低排放限值。")
        return items
    if sub == "矿产资源开发":
        items = {
            S: [f"新建{c['mineral']}矿山须符合矿产资源规划，按绿色矿山标准建设；"
                "禁止在生态保护红线、饮用水水源保护区内新设采矿权。"],
            P: ["矿井水、选矿废水处理达标后优先回用；矸石、尾矿规范贮存和综合利用，防止扬尘和淋溶水污染。"],
            R: ["尾矿库、矸石山开展环境风险评估，落实防渗、防洪、防溃坝措施，加强采空区、塌陷区地质灾害监测。"],
            E: ["提高矿产资源开采回采率、选矿回收率和综合利用率，开展历史遗留矿山和裸露山体生态修复。"],
        }
        if c.get("subsidence"):
            items[S].append("推进采煤沉陷区综合治理和关闭矿井土地复垦，沉陷区内禁止新建居住和公共服务设施。")
        return items
    if sub == "水环境农业污染重点管控区":
        rivers = c["rivers"]
        return {
            S: ["科学划定畜禽养殖禁养区，新建、改建、扩建规模化畜禽养殖场应配套粪污处理和资源化利用设施。"],
            P: ["推进化肥农药减量增效，推广测土配方施肥和统防统治；规模化养殖场粪污处理设施装备配套率达到100%。",
                f"推进农村生活污水治理和生活垃圾收运处置，{rivers}沿线村屯优先治理。"],
            R: [f"排查{rivers}沿线养殖场和农田退水污染风险，防范汛期畜禽粪污流失污染水体。"],
            E: ["推广节水灌溉和秸秆综合利用，提高畜禽粪污综合利用率。"],
        }
    if sub == "一般管控区":
        return {
            S: ["落实生态环境保护基本要求，新建项目应符合国土空间规划和产业政策，工业项目原则上进入合规园区。",
                "严格控制在耕地集中区域新建可能造成土壤污染的建设项目。"],
            P: ["加强农业面源污染治理，推进化肥农药减量增效和畜禽粪污资源化利用；加快农村生活污水和生活垃圾治理。"],
            R: ["加强农用地土壤环境监测和受污染耕地安全利用，企业落实突发环境事件应急预案。"],
            E: [f"落实{county}用水总量和强度控制，推广节水灌溉和保护性耕作。"],
        }
    raise ValueError(f"no requirement template for subtype {sub}")


# --------------------------------------------------------------------------------------------
# the class rule of 002 and the screening rules (项目准入研判): rules are data, documented in
# docs/dataset-schema.md; every rule cites the requirement row it rests on.
# --------------------------------------------------------------------------------------------
OFFICIAL = os.path.join(ROOT, "zoning_plugin", "resources", "official")
CLASS_RULE_PATH = os.path.join(OFFICIAL, "liaoyuan_implementation_plan_2025_priority_units.txt")
CLASS_RULE_SOURCE = ("辽源市生态环境分区管控实施方案（辽源市人民政府办公室，2025年1月26日） "
                     "一、实施分区域差异化精准管控 · (一)划定环境管控单元 · 1. 优先保护单元")
CLASS_RULE_ID = "CLASS-1-01"
# 002 lines 11, 12, 13: (class digit, file, heading words the line must hold, the words checked)
CLASS_TEXTS = (
    (1, CLASS_RULE_PATH, "1. 优先保护单元", "禁止或者严格限制大规模、高强度的工业和城镇开发建设"),
    (2, os.path.join(OFFICIAL, "liaoyuan_implementation_plan_2025_key_units.txt"), "2. 重点管控单元",
     "差别化的生态环境准入要求"),
    (3, os.path.join(OFFICIAL, "liaoyuan_implementation_plan_2025_general_units.txt"), "3. 一般管控单元",
     "执行生态环境保护的基本要求"),
)
SCOPE_CLASS = "class"   # a requirement of every unit of one class; scope_ref is the class digit

# Industries of 000 line 16 as GB/T 4754-2017 prefixes: (name in the text, prefix, GB/T name).
RIVERSIDE_INDUSTRIES = (
    ("化学原料和化学制品制造", "C26", "化学原料和化学制品制造业"),
    ("医药制造", "C27", "医药制造业"),
    ("化学纤维制造", "C28", "化学纤维制造业"),
    ("有色金属冶炼", "C321", "常用有色金属冶炼"),
    ("有色金属冶炼", "C322", "贵金属冶炼"),
    ("有色金属冶炼", "C323", "稀有稀土金属冶炼"),
    ("制浆造纸", "C221", "纸浆制造"),
    ("制浆造纸", "C222", "造纸"),
    ("纺织印染", "C1713", "棉印染精加工"),
    ("纺织印染", "C1723", "毛染整精加工"),
    ("纺织印染", "C1733", "麻染整精加工"),
    ("纺织印染", "C1743", "丝印染精加工"),
    ("纺织印染", "C1752", "化纤织物染整精加工"),
    ("纺织印染", "C1762", "针织或钩针编织物印染精加工"),
)
# 玉米深加工 of 000 lines 60/93 is no GB/T class: its main products' classes.
CORN_INDUSTRIES = (("玉米深加工", "C1391", "淀粉及淀粉制品制造"), ("玉米深加工", "C1511", "酒精制造"))
# 城镇开发建设 of 002 line 11 as GB/T 4754-2017 codes (the plugin's reading, docs/screening-rules.md).
URBAN_DEVELOPMENT = (
    ("城镇开发建设", "K70", "房地产业"),
    ("城镇开发建设", "E47", "房屋建筑业"),
    ("城镇开发建设", "E48", "土木工程建筑业"),
    ("城镇开发建设", "N786", "游览景区管理"),
    ("城镇开发建设", "H611", "旅游饭店"),
)
# 高风险行业 of 000 line 87 (undefined in the text): the riverside industries of 000 line 16, the
# fuel-processing industry and dangerous-goods storage (the plugin's reading).
HIGH_RISK_INDUSTRIES = tuple(("高风险行业", p, g) for _t, p, g in RIVERSIDE_INDUSTRIES) + (
    ("高风险行业", "C25", "石油、煤炭及其他燃料加工业"),
    ("高风险行业", "G594", "危险品仓储"),
)
RED_LINE_NOTE = ("002 第11行“强化生态保护红线监管,规范管控生态保护红线内有限人为活动”：红线内只允许有限人为活动，"
                 "开发性、生产性建设一般不在其列，请按生态保护红线管控规定核实")


def class_rule_rows():
    """002 lines 11, 12 and 13, verbatim, each an official requirement of every unit of its class."""
    rows = []
    for digit, path, heading, words in CLASS_TEXTS:
        with open(path, encoding="utf-8") as handle:
            text = handle.read().rstrip("\n")
        if "\n" in text or not text.startswith(heading) or words not in text:
            raise SystemExit(f"{path}: not the one line of 002 on {heading}")
        rows.append(dict(req_id=f"CLASS-{digit}-01", scope=SCOPE_CLASS, scope_ref=str(digit),
                         dimension=DIMENSIONS[0], heading="(一)划定环境管控单元", seq=1, text=text,
                         source=CLASS_RULE_SOURCE.replace("1. 优先保护单元", heading), rule="", sample=0))
    return rows


def class_rule_row():
    """002 line 11 (CLASS-1-01), the class text of every 优先保护单元."""
    return class_rule_rows()[0]


def _cited(official, scope_ref, seq, words):
    """req_id of the official item (scope_ref, seq), checked against words of its text."""
    found = [r for r in official if r.scope_ref == scope_ref and r.seq == seq]
    if len(found) != 1 or words not in found[0].text:
        raise SystemExit(f"screening rules: no official item {scope_ref} #{seq} with 「{words}」")
    return found[0].req_id


def _industries(items):
    return [dict(text_name=t, prefix=p, gbt_name=g) for t, p, g in items]


def screening_rule_rows(official):
    """The rows of screening_rules. Verdicts are advisory; parameters that are settings, not the
    text's, say so in the note."""
    corn = ("“玉米深加工”不是 GB/T 4754-2017 的类别，本插件取其主要产品所属小类 C1391 淀粉及淀粉制品制造、"
            "C1511 酒精制造（对应关系为本插件的理解）；原文“等高耗水行业”未列明的其他行业不在其内。"
            "原文要求实施节水改造和污水深度处理回用并达到先进定额标准，未限制准入，故为需关注。")
    rules = [
        ("SR-01", "河流沿岸重点行业", "严格控制", "industry_near_river",
         dict(industries=_industries(RIVERSIDE_INDUSTRIES), distance_m=1000.0, distance_source="setting",
              river_basins=["liao"]),
         _cited(official, "liao", 2, "河流沿岸严格控制"),
         "原文未给出“河流沿岸”的距离：1000 m 是本插件的设置（可在研判参数中修改），不是原文规定；"
         "距离从河道中心线量起，只计本条所在流域（辽河流域）的河流。行业代码的对应为本插件的理解："
         "化学原料和化学制品制造、医药制造、化学纤维制造取大类 C26、C27、C28；有色金属冶炼取中类 "
         "C321–C323（不含合金制造和压延加工）；制浆造纸取中类 C221 纸浆制造、C222 造纸（不含纸制品制造）；"
         "纺织印染取各印染、染整精加工小类 C1713、C1723、C1733、C1743、C1752、C1762（不含纺纱、织造）。"
         "原文“等项目”未列明的其他行业不在其内。"),
        ("SR-02", "新建燃煤锅炉规模", "禁止", "boiler",
         dict(built_up_tph=35.0, elsewhere_tph=10.0, comparison="le", unit="蒸吨/小时"),
         _cited(official, "220400", 6, "燃煤锅炉"),
         "门槛取自原文（城市建成区 35、其他区域 10 蒸吨/小时）。“以下”按含本数理解（comparison=le），"
         "与法律用语一致（民法典第1259条：“以上”“以下”包括本数）；可在研判参数中改为不含本数（lt）。"
         "是否位于城市建成区以数据集的 built_up_area 图层为准。"),
        ("SR-03", "优先保护单元内的工业和城镇开发建设", "禁止或严格限制", "class_industrial",
         dict(unit_class=1, sections=["B", "C", "D"], industries=_industries(URBAN_DEVELOPMENT),
              unit_dimension=DIMENSIONS[0], strict_subtypes={"生态保护红线": RED_LINE_NOTE}),
         CLASS_RULE_ID,
         "结论照原文写作“禁止或严格限制”（原文：“禁止或者严格限制大规模、高强度的工业和城镇开发建设”）："
         "项目是否“大规模、高强度”须由审批部门判断，本插件不区分两者。工业按国家统计口径取门类 B 采矿业、"
         "C 制造业、D 电力、热力、燃气及水生产和供应业；城镇开发建设取 K70 房地产业、E47 房屋建筑业、"
         "E48 土木工程建筑业、N786 游览景区管理、H611 旅游饭店（不含 E49 建筑安装业、E50 建筑装饰、装修和其他"
         "建筑业：它们在既有建筑上施工，本身不是开发建设）。两者均为本插件的界定。生态保护红线内另注明原文的"
         "“有限人为活动”；同时列出所在单元自身清单的空间布局约束条目。"),
        ("SR-04", "河流生态缓冲区", "需关注", "in_river_buffer", {},
         _cited(official, "liao", 5, "生态缓冲区"),
         "原文只要求在该范围内建设生态缓冲区，未规定缓冲区内禁止或限制哪些项目；此处提示项目位于应建设"
         "生态缓冲区的范围内。缓冲区以数据集的 river_buffers 图层为准（含按设置扩展到松花江流域的缓冲区）。"),
        ("SR-05", "高耗水行业（辽河流域）", "需关注", "industry",
         dict(industries=_industries(CORN_INDUSTRIES)), _cited(official, "liao", 16, "玉米深加工"), corn),
        ("SR-06", "高耗水行业（松花江流域）", "需关注", "industry",
         dict(industries=_industries(CORN_INDUSTRIES)), _cited(official, "songhua", 9, "玉米深加工"), corn),
        ("SR-07", "辉发河、莲河、伊通河沿岸高风险行业", "需关注", "industry_near_river",
         dict(industries=_industries(HIGH_RISK_INDUSTRIES), distance_m=1000.0, distance_source="setting",
              river_basins=["songhua"], rivers=["辉发河", "莲河", "伊通河"]),
         _cited(official, "songhua", 7, "伊通河沿岸高风险行业"),
         "原文要求“优化……沿岸高风险行业空间布局”、防范沿河环境风险，未禁止或限制准入，故为需关注。"
         "“高风险行业”原文未界定：本插件取 000 第16行所列行业，加 C25 石油、煤炭及其他燃料加工业和 G594 "
         "危险品仓储（原文“危险化学品仓储等设施”），此为本插件的理解。“沿岸”无距离：1000 m 是本插件的设置"
         "（研判参数可改），从河道中心线量起；数据集中没有的河流（示例数据集没有辉发河、伊通河）研判结果会说明未核对。"),
        ("SR-08", "辉发河等重点支流的生态隔离带", "需关注", "judgement",
         dict(ask="原文要求“合理建设生态隔离带”，未给出隔离带的宽度或范围，本插件无从测量：项目是否位于辉发河等"
                  "重点支流应建设生态隔离带的范围内，请对照当地划定结果自行判断"),
         _cited(official, "songhua", 1, "生态隔离带"), "原文未给出生态隔离带的宽度，插件不画也不量。"),
        ("SR-09", "东辽河及其支流城镇段的工业用地布局", "需关注", "judgement",
         dict(sections=["B", "C", "D"],
              ask="原文要求东辽河及其支流的城镇段“控制工业用地沿线布局”：“城镇段”的范围和“沿线”的距离原文均未给出，"
                  "数据集也没有：工业项目是否位于城镇段沿线，请自行判断"),
         _cited(official, "liao", 3, "城镇段"), "只对工业项目（门类 B、C、D）列出。"),
        ("SR-10", "新建项目执行大气污染物特别排放限值", "需关注", "judgement",
         dict(ask="辽源市新建项目主要污染物全面执行大气污染物特别排放限值：请核实项目采用的排放标准是否为特别排放限值"),
         _cited(official, "220400", 5, "特别排放限值"), "适用于全市所有新建项目；执行期限原文另行确定。"),
        ("SR-11", "地表水资源开发利用项目的下泄流量设施", "需关注", "judgement",
         dict(ask="新建、改建、扩建地表水资源开发利用项目（取水、引水、水电等）应安装下泄流量设施：行业代码不能说明"
                  "项目是否开发利用地表水，请自行判断"),
         _cited(official, "songhua", 10, "下泄流量设施"),
         "原文的“地表水资源开发利用项目”不对应某个行业代码，故列为须由用户判断的条目。"),
        ("SR-12", "重点管控单元的差别化准入要求", "需关注", "judgement",
         dict(ask="重点管控单元“严格按照法律法规和有关规定，以及差别化的生态环境准入要求”管控：请对照所在单元的清单逐条核实"),
         "CLASS-2-01", "002 第12行。"),
        ("SR-13", "一般管控单元的基本要求", "需关注", "judgement",
         dict(ask="一般管控单元“执行生态环境保护的基本要求”：请对照所在单元的清单核实"),
         "CLASS-3-01", "002 第13行。"),
    ]
    return [dict(rule_id=rule_id, seq=seq, title=title, verdict=verdict, kind=kind,
                 params=json.dumps(params, ensure_ascii=False, sort_keys=True), req_id=req_id, note=note)
            for seq, (rule_id, title, verdict, kind, params, req_id, note) in enumerate(rules, 1)]
