"""The official "1+2" catalogue parsed from the bundled 附件4 text (no QGIS)."""
import collections
import os
import re

import pytest

from zoning_plugin.core.importers import catalogue
from zoning_plugin.core.importers.catalogue import (OFFICIAL_TEXT_PATH, check_expected_counts, document_title,
                                          load_official_catalogue, official_facts, parse_buffer_rule,
                                          parse_official_requirements)
from zoning_plugin.core.errors import CatalogueError
from zoning_plugin.core.dataset.model import DIMENSIONS, RULE_RIVER_BUFFER, SCOPE_BASIN, SCOPE_CITY

ITEM_PREFIX = "\t    "
FACTS = official_facts()
EXPECTED_COUNTS = FACTS["expected_counts"]


def parse(text, **options):
    """The bundled text's way of parsing: its city code and basin ids (official_facts)."""
    return parse_official_requirements(text, FACTS["city_code"], basin_ids=FACTS["basin_ids"], **options)


@pytest.fixture(scope="module")
def raw_text():
    with open(OFFICIAL_TEXT_PATH, encoding="utf-8") as handle:
        return handle.read()


@pytest.fixture(scope="module")
def reqs():
    return load_official_catalogue()


@pytest.fixture(scope="module")
def by_id(reqs):
    return {r.req_id: r for r in reqs}


def _items(reqs, scope_ref):
    return [r for r in reqs if r.scope_ref == scope_ref]


# --- structure -------------------------------------------------------------------------------

def test_bundled_file_is_where_the_constant_says():
    assert os.path.isfile(OFFICIAL_TEXT_PATH)
    assert OFFICIAL_TEXT_PATH.endswith(os.path.join("resources", "official",
                                                    "liaoyuan_general_requirements_annex4.txt"))


def test_total_is_41(reqs):
    assert len(reqs) == 41
    assert len(_items(reqs, "liao")) == 16
    assert len(_items(reqs, "songhua")) == 10
    assert len(_items(reqs, "220400")) == 15


def test_expected_counts_table_is_the_official_structure():
    assert sum(EXPECTED_COUNTS.values()) == 41
    assert {d for _, d in EXPECTED_COUNTS} == set(DIMENSIONS)
    assert {s for s, _ in EXPECTED_COUNTS} == {"liao", "songhua", "220400"}


@pytest.mark.parametrize("key,count", [
    (("liao", "空间布局约束"), 5), (("liao", "污染物排放管控"), 8),
    (("liao", "环境风险防控"), 1), (("liao", "资源利用效率"), 2),
    (("songhua", "空间布局约束"), 1), (("songhua", "污染物排放管控"), 5),
    (("songhua", "环境风险防控"), 2), (("songhua", "资源利用效率"), 2),
    (("220400", "空间布局约束"), 1), (("220400", "污染物排放管控"), 11),
    (("220400", "环境风险防控"), 0), (("220400", "资源利用效率"), 3),
])
def test_count_per_scope_and_dimension(reqs, key, count):
    found = sum(1 for r in reqs if (r.scope_ref, r.dimension) == key)
    assert found == count
    assert EXPECTED_COUNTS[key] == count


def test_city_has_no_risk_item(reqs):
    assert not [r for r in _items(reqs, "220400") if r.dimension == "环境风险防控"]


def test_city_headings(reqs):
    city = _items(reqs, "220400")
    counts = collections.Counter((r.dimension, r.heading) for r in city)
    assert counts == {
        ("空间布局约束", ""): 1,
        ("污染物排放管控", "环境质量目标"): 2,
        ("污染物排放管控", "污染物控制要求"): 9,
        ("资源利用效率", "水资源"): 1,
        ("资源利用效率", "土地资源"): 1,
        ("资源利用效率", "能源"): 1,
    }
    # document order: the headings come in the order the source writes them
    order = [r.heading for r in city]
    assert order == [""] + ["环境质量目标"] * 2 + ["污染物控制要求"] * 9 + ["水资源", "土地资源", "能源"]


def test_basins_have_no_heading_and_scopes_are_right(reqs):
    for r in reqs:
        assert r.dimension in DIMENSIONS
        assert r.sample is False
        if r.scope_ref == "220400":
            assert r.scope == SCOPE_CITY
        else:
            assert r.scope == SCOPE_BASIN and r.heading == ""


def test_order_basins_then_city_and_dimensions_in_order(reqs):
    assert [r.scope_ref for r in reqs] == ["liao"] * 16 + ["songhua"] * 10 + ["220400"] * 15
    for ref in ("liao", "songhua", "220400"):
        dims = [DIMENSIONS.index(r.dimension) for r in _items(reqs, ref)]
        assert dims == sorted(dims)


# --- verbatim text ----------------------------------------------------------------------------

def test_every_item_is_a_verbatim_line_and_every_item_line_is_covered_once(reqs, raw_text):
    lines = raw_text.split("\n")
    item_lines = collections.Counter(l[len(ITEM_PREFIX):] for l in lines if l.startswith(ITEM_PREFIX))
    parsed = collections.Counter(r.text for r in reqs)
    # Some texts appear in both basins (e.g. 加快推进乡镇和农村…): compare as multisets.
    assert parsed == item_lines
    assert sum(item_lines.values()) == 41
    for r in reqs:
        assert ITEM_PREFIX + r.text in lines
        assert r.text == r.text.strip() and "\n" not in r.text and "\t" not in r.text


@pytest.mark.parametrize("req_id,text", [
    ("B-LIAO-01", "坚持“以水定城、以水定地、以水定人、以水定产”，充分发挥水资源的刚性约束作用。"),
    ("B-LIAO-05", "在东辽河两侧50米，其余河流两侧30米范围内要建设生态缓冲区。"),
    ("B-LIAO-16", "推进玉米深加工等高耗水行业实施节水改造和污水深度处理回用并达到先进定额标准。"),
    ("B-SONGHUA-01", "辉发河等重点支流实施生态修复，合理建设生态隔离带。"),
    ("B-SONGHUA-10", "严控水资源开发强度，新建、改建、扩建地表水资源开发利用项目应当安装下泄流量设施。"),
    ("C-220400-01",
     "鼓励“钢铁+冶金建材”和“矿山机械+装备制造业”在降低资源能源消耗的基础上，突出智能化、数字化改造，"
     "提高结构钢、绿色建材等新产品比重，向价值链高端发展。提升“袜业+现代纺织产业”智能织造水平，"
     "打造东北袜业—辽源创造的品牌，打造中国袜业名城升级版。延长“蛋品+农产品”加工产业链，"
     "依托国家现代农业产业园，推动关联企业从离散形态向网状协同转变，推动蛋品全产业链发展，打造中国蛋谷。"
     "引导“新能源+汽车零部件产业”以强化新技术、新工艺、新材料的创新研发和推广应用为导向，"
     "培育一批创新能力强、智能制造水平高的品牌示范企业，打造吉林辽源新能源汽车产业配套基地。"
     "发挥“高精铝+轨道列车产业”与长客、庞巴迪、阿尔斯通等知名企业配套优势，"
     "加快实现高精铝由材料供应向产品供应转变，打造北方高精铝加工基地、一汽车用铝制轻量化材料制造基地。"
     "推动“梅花鹿+医药健康产业”增强创新能力、提升产业化水平，加快形成化药开发体系和梅花鹿产品体系，"
     "打造吉林省医药高新技术特色产业基地。"),
    ("C-220400-02", "大气环境质量持续改善。2025年、2035年全市PM2.5年均浓度达到35微克/立方米。"),
    ("C-220400-03",
     "水环境质量持续改善。到2025年，辽源市地区水生态环境质量全面改善，劣\u2164类水体全面消除，"
     "国控断面水质达到水质目标要求。2035年，辽源地区水生态环境质量在满足水生态功能区要求外，"
     "河流生态水量得到根本保障，水生态系统功能全面改善。"),
    ("C-220400-06", "城市建成区禁止新建35蒸吨/小时以下的燃煤锅炉，其他区域禁止新建10蒸吨/小时以下的燃煤锅炉。"),
    ("C-220400-15",
     "2025年，能源消费总量完成省下达指标计划、煤炭占一次能源消费总量力争不高于省定指标，"
     "非化石能源占能源消费总量力争比重不低于省定指标。"),
])
def test_sample_texts_are_exact(by_id, req_id, text):
    assert by_id[req_id].text == text


def test_sample_items_sit_under_the_right_headers(by_id):
    assert (by_id["C-220400-02"].heading, by_id["C-220400-03"].heading) == ("环境质量目标",) * 2
    assert by_id["C-220400-06"].heading == "污染物控制要求"
    assert by_id["C-220400-06"].dimension == "污染物排放管控"
    assert by_id["B-LIAO-05"].dimension == "空间布局约束"
    assert by_id["C-220400-13"].heading == "水资源"


# --- ids, seq, sources ------------------------------------------------------------------------

def test_ids_unique_and_well_formed(reqs):
    ids = [r.req_id for r in reqs]
    assert len(set(ids)) == len(ids)
    prefixes = {"liao": "B-LIAO-", "songhua": "B-SONGHUA-", "220400": "C-220400-"}
    for ref, prefix in prefixes.items():
        items = _items(reqs, ref)
        assert [r.seq for r in items] == list(range(1, len(items) + 1))
        assert [r.req_id for r in items] == [f"{prefix}{n:02d}" for n in range(1, len(items) + 1)]
    for r in reqs:
        assert re.fullmatch(r"(B-(LIAO|SONGHUA)|C-220400)-\d{2}", r.req_id)


def test_sources_cite_document_and_section_and_invent_no_item_number(reqs, by_id):
    """附件4 does not number its items: the source names where the item stands (document, section,
    list, dimension as written, sub-heading) and no "第N条"; the item's one id is its req_id."""
    doc = "附件4 辽源市生态环境总体准入要求"
    for r in reqs:
        assert r.source.startswith(doc + " ")
        assert not re.search(r"第\s*\d+\s*[条项]", r.source)
        if r.scope_ref == "liao":
            assert "一、重点流域总体准入要求" in r.source and "一、辽河流域" in r.source
            assert "松花江" not in r.source and "辽源市总体管控要求" not in r.source
        elif r.scope_ref == "songhua":
            assert "一、重点流域总体准入要求" in r.source and "二、松花江流域" in r.source
            assert "辽河流域" not in r.source and "辽源市总体管控要求" not in r.source
        else:
            assert "二、辽源市总体管控要求" in r.source and "流域" not in r.source
            assert r.heading in r.source
    assert by_id["B-LIAO-05"].source == \
        "附件4 辽源市生态环境总体准入要求 一、重点流域总体准入要求 · 一、辽河流域 · 空间布局约束"
    # the source keeps the header as written (资源利用要求), the dimension is canonical
    assert by_id["B-SONGHUA-10"].source.endswith("二、松花江流域 · 资源利用要求")
    assert by_id["C-220400-03"].source == \
        "附件4 辽源市生态环境总体准入要求 二、辽源市总体管控要求 · 污染物排放管控 · 环境质量目标"
    assert by_id["C-220400-12"].source.endswith("污染物排放管控 · 污染物控制要求")
    assert by_id["C-220400-15"].source.endswith("资源利用要求 · 能源")
    assert by_id["C-220400-01"].source.endswith("二、辽源市总体管控要求 · 空间布局约束")


def test_document_name_is_a_parameter(raw_text):
    reqs = parse(raw_text, document="某文件")
    assert all(r.source.startswith("某文件 ") for r in reqs)
    assert document_title(raw_text) == "附件4 辽源市生态环境总体准入要求"


def test_the_facts_of_the_bundled_text_are_data_beside_it():
    assert FACTS["city_code"] == "220400" and FACTS["basin_ids"] == {"辽河流域": "liao", "松花江流域": "songhua"}
    with open(catalogue.__file__, encoding="utf-8") as handle:
        source = handle.read()
    for name in ("辽河流域", "松花江流域", "220400", "liao", "songhua"):
        assert name not in source.replace("liaoyuan_general_requirements_annex4", "")


def test_another_citys_attachment_gives_its_own_basins_and_city_code():
    text = ("附件5\n某市生态环境总体准入要求\n一、重点流域总体准入要求\n\t管控领域\n\t一、大凌河流域\n\t空间布局约束\n"
            "\t    在大凌河两侧100米，其余河流两侧50米范围内要建设生态缓冲区。\n\t二、小凌河流域\n\t污染物排放管控\n"
            "\t    流域甲。\n二、朝阳市总体管控要求\n\t管控类别\n\t资源利用效率\n\t    全市乙。\n")
    reqs = parse_official_requirements(text, "211300", basin_ids={"大凌河流域": "daling"})
    assert [(r.req_id, r.scope, r.scope_ref) for r in reqs] == [
        ("B-DALING-01", "basin", "daling"), ("B-小凌河流域-01", "basin", "小凌河流域"), ("C-211300-01", "city", "211300")]
    assert reqs[0].rule == RULE_RIVER_BUFFER and parse_buffer_rule(reqs[0].text)["main_river"] == "大凌河"
    assert reqs[1].source == "附件5 某市生态环境总体准入要求 一、重点流域总体准入要求 · 二、小凌河流域 · 污染物排放管控"


# --- the river buffer rule --------------------------------------------------------------------

def test_exactly_one_rule_item_and_it_is_b_liao_05(reqs):
    rules = [r for r in reqs if r.rule]
    assert [r.req_id for r in rules] == ["B-LIAO-05"]
    assert rules[0].rule == RULE_RIVER_BUFFER


def test_parse_buffer_rule(by_id):
    assert parse_buffer_rule(by_id["B-LIAO-05"].text) == {
        "main_river": "东辽河", "main_width_m": 50.0, "other_width_m": 30.0}


def test_parse_buffer_rule_reads_the_numbers_from_the_text():
    got = parse_buffer_rule("在东辽河两侧100米，其余河流两侧20.5米范围内要建设生态缓冲区。")
    assert got == {"main_river": "东辽河", "main_width_m": 100.0, "other_width_m": 20.5}


@pytest.mark.parametrize("text", ["", None, "加快推进畜禽养殖污染整治。", "在东辽河两侧50米范围内"])
def test_parse_buffer_rule_rejects_other_text(text):
    with pytest.raises(CatalogueError):
        parse_buffer_rule(text)


# --- robustness -------------------------------------------------------------------------------

def _key(reqs):
    return [r.to_dict() for r in reqs]


def test_crlf_and_bom_give_the_same_items(raw_text, reqs):
    assert _key(parse(raw_text.replace("\n", "\r\n"))) == _key(reqs)
    assert _key(parse("\ufeff" + raw_text)) == _key(reqs)
    assert _key(parse("\ufeff" + raw_text.replace("\n", "\r\n"))) == _key(reqs)


def test_load_handles_a_crlf_bom_file(tmp_path, raw_text, reqs):
    path = tmp_path / "annex4.txt"
    path.write_bytes(("\ufeff" + raw_text.replace("\n", "\r\n")).encode("utf-8"))
    assert _key(load_official_catalogue(str(path))) == _key(reqs)


@pytest.mark.parametrize("text", [
    "",
    "   \n\n",
    "附件4\n辽源市生态环境总体准入要求\n",                                    # no section
    "附件4\n\t管控领域\n\t    某项要求。\n",                                  # table before any section
    "一、重点流域总体准入要求\n\t一、辽河流域\n\t    某项要求。\n",            # item before any header
    "一、重点流域总体准入要求\n\t空间布局约束\n\t    某项要求。\n",            # item before any basin
    "二、辽源市总体管控要求\n\t管控类别\n\t    某项要求。\n",                  # city item, no dimension
    "一、重点流域总体准入要求\n\t三、其他要求\n\t空间布局约束\n\t    某项要求。\n",  # not a basin
    "一、重点流域总体准入要求\n\t一、辽河流域\n\t某个表头\n\t    某项要求。\n",  # unknown header
    "三、其他要求\n\t空间布局约束\n\t    某项要求。\n",                        # unknown section
    "一、重点流域总体准入要求\n\t管控领域\n",                                 # sections but no item
])
def test_bad_input_raises(text):
    with pytest.raises(CatalogueError) as info:
        parse(text)
    message = str(info.value)
    assert message and "\n" not in message
    assert re.search(r"[\u4e00-\u9fff]", message)


def test_item_before_header_message_names_the_line():
    with pytest.raises(CatalogueError, match="第3行"):
        parse("一、重点流域总体准入要求\n\t一、辽河流域\n\t    某项要求。\n")


def test_sub_heading_spellings_are_not_taken_for_dimensions(raw_text):
    # 污染物控制要求 / 水资源 / 土地资源 contain the keywords 污染 / 资源 of canonical_dimension().
    reqs = parse(raw_text)
    assert {r.heading for r in reqs if r.dimension == "资源利用效率" and r.scope_ref == "220400"} == \
        {"水资源", "土地资源", "能源"}


def test_a_lost_item_fails_the_count_check(raw_text):
    line = "\t    加强PM2.5和臭氧协同控制，加大行业废气治理持续减量化排放。\n"
    assert line in raw_text
    reqs = parse(raw_text.replace(line, ""))
    assert len(reqs) == 40
    with pytest.raises(CatalogueError):
        check_expected_counts(reqs, EXPECTED_COUNTS)
    check_expected_counts(parse(raw_text), EXPECTED_COUNTS)


def test_missing_file_raises_with_the_path(tmp_path):
    path = str(tmp_path / "nope.txt")
    with pytest.raises(CatalogueError, match=re.escape(path)):
        load_official_catalogue(path)


def test_core_module_imports_no_qgis_or_qt():
    with open(catalogue.__file__, encoding="utf-8") as handle:
        source = handle.read()
    assert not re.search(r"^\s*(from|import)\s+(qgis|PyQt|shapely)", source, re.M)
