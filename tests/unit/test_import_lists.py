"""Unit lists and the "1"/"2" of the importer: numbered texts split into items, spreadsheets one
row per unit or one row per item (XLSX through GDAL, CSV in GBK), the attachment text."""
import pytest

from test_import_fixtures import CODES, UNKNOWN_CODE, unit_lists_xlsx, write_xlsx
from zoning_plugin.core import InputError
from zoning_plugin.core.importers.catalogue import OFFICIAL_TEXT_PATH
from zoning_plugin.core.importers.lists import (dimension_of, general_items, number_items, read_code,
                                                unit_items_from_table, unit_items_from_attributes)
from zoning_plugin.core.importers.numbering import numbered_items, split_items
from zoning_plugin.core.dataset.model import DIMENSIONS, RULE_RIVER_BUFFER


@pytest.mark.parametrize("text, items", [
    ("1.禁止新建工业项目。2.严格控制开发强度。", ["禁止新建工业项目。", "严格控制开发强度。"]),
    ("1、甲。\n2、乙。\n3、丙。", ["甲。", "乙。", "丙。"]),
    ("１．甲。２．乙。", ["甲。", "乙。"]),
    ("（1）污水全部收集处理。（2）禁止新设排污口。", ["污水全部收集处理。", "禁止新设排污口。"]),
    ("(1) a; (2) b", ["a;", "b"]),
    ("①建立风险预警。②定期演练。", ["建立风险预警。", "定期演练。"]),
    ("执行总体要求。", ["执行总体要求。"]),
    ("1.只有一条。", ["只有一条。"]),
    ("总则如下：1.甲；2.乙", ["总则如下：", "甲；", "乙"]),
    ("1.甲（1）子一（2）子二。2.乙。", ["甲（1）子一（2）子二。", "乙。"]),
    ("执行GB 3095-2012 二级标准，限值2.5倍。", ["执行GB 3095-2012 二级标准，限值2.5倍。"]),
    ("1.距河道1.5公里内禁止。2.其他。", ["距河道1.5公里内禁止。", "其他。"]),
    ("1.甲。3.丙。2.乙。", ["甲。3.丙。", "乙。"]),
    ("", []), (None, []), ("   ", []),
])
def test_split_items(text, items):
    assert split_items(text) == items


def test_an_item_keeps_the_number_its_text_gives_it_and_an_unnumbered_one_gets_none():
    """Issue 15 §6: no made-up number: a preamble or an unnumbered text has none."""
    assert numbered_items("总则如下：1.甲；2.乙") == [(None, "总则如下："), (1, "甲；"), (2, "乙")]
    assert numbered_items("执行总体要求。") == [(None, "执行总体要求。")]
    assert numbered_items("①建立风险预警。②定期演练。") == [(1, "建立风险预警。"), (2, "定期演练。")]
    items = unit_items_from_attributes([("ZH1", {"KJ": "执行总体要求。", "WR": "总则：1.甲；2.乙"})],
                                       _Mapping([(DIMENSIONS[0], "KJ"), (DIMENSIONS[1], "WR")]), "units.gpkg")
    assert [i.source for i in items] == ["units.gpkg 字段 KJ", "units.gpkg 字段 WR", "units.gpkg 字段 WR 第1条",
                                         "units.gpkg 字段 WR 第2条"]


class _Mapping:
    def __init__(self, fields):
        self.fields = fields

    def dimension_fields(self):
        return self.fields


@pytest.mark.parametrize("value, dimension", [
    ("空间布局约束", DIMENSIONS[0]), ("KJBJYS", DIMENSIONS[0]), ("污染物排放管控", DIMENSIONS[1]),
    ("风险管控防控", DIMENSIONS[2]), ("资源开发效率要求", DIMENSIONS[3]), ("资源利用要求", DIMENSIONS[3]),
    ("ZYKFXLYQ", DIMENSIONS[3]), ("其他", None), ("", None),
])
def test_dimension_of(value, dimension):
    assert dimension_of(value) == dimension


def test_read_code():
    assert read_code(" zh22040210001\n") == "ZH22040210001"
    assert read_code(22040210001.0) == "22040210001" and read_code(None) == ""
    assert read_code("ＺＨ22040210001") == "ZH22040210001"


def test_one_row_per_unit_below_a_title_row(tmp_path):
    items, issues = unit_items_from_table(unit_lists_xlsx(tmp_path / "lists.xlsx"))
    assert issues == []
    codes = {i.scope_ref for i in items}
    assert codes == set(CODES[:-1]) | {UNKNOWN_CODE}
    first = [i for i in items if i.scope_ref == CODES[0]]
    assert [(i.dimension, i.text) for i in first[:2]] == [(DIMENSIONS[0], "禁止新建工业项目。"),
                                                         (DIMENSIONS[0], "严格控制开发强度。")]
    assert first[0].source == "lists.xlsx 清单 第3行 空间布局约束 第1条"
    assert {i.dimension for i in first} == set(DIMENSIONS)


def test_one_row_per_item(tmp_path):
    path = write_xlsx(tmp_path / "items.xlsx", ("单元编码", "管控维度", "小标题", "管控要求"), [
        (CODES[0], "资源利用效率", "水资源", "节约用水。"), (CODES[0], "空间布局约束", "", "1.甲。2.乙。"),
        (CODES[1], "其他维度", "", "无法归类。"), ("", "空间布局约束", "", "没有编码。"), (CODES[1], "污染物排放管控", "", "")])
    items, issues = unit_items_from_table(path)
    assert [(i.scope_ref, i.dimension, i.heading, i.text) for i in items] == [
        (CODES[0], DIMENSIONS[3], "水资源", "节约用水。"), (CODES[0], DIMENSIONS[0], "", "1.甲。2.乙。")]
    assert [kind for kind, _m in issues] == ["unknown_dimension", "list_row_without_code"]
    assert "第4行" in issues[0][1] and "其他维度" in issues[0][1]
    numbered = number_items(items, lambda i: f"U-{i.scope_ref}")
    assert [(i.req_id, i.dimension) for i in numbered] == [(f"U-{CODES[0]}-01", DIMENSIONS[0]),
                                                          (f"U-{CODES[0]}-02", DIMENSIONS[3])]


def test_gbk_csv(tmp_path):
    path = tmp_path / "lists.csv"
    path.write_bytes("环境管控单元编码,空间布局约束,资源利用效率\nZH22040210001,禁止开发。,①节水。②节能。\n".encode("gbk"))
    items, _issues = unit_items_from_table(str(path))
    assert [i.text for i in items] == ["禁止开发。", "节水。", "节能。"]


def test_a_spreadsheet_without_the_key_column_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "nokey.xlsx", ("名称", "空间布局约束"), [("甲", "禁止。")])
    with pytest.raises(InputError, match="找不到单元编码列"):
        unit_items_from_table(path)
    path = write_xlsx(tmp_path / "nodims.xlsx", ("单元编码", "备注"), [(CODES[0], "x")])
    with pytest.raises(InputError, match="既没有四个维度列"):
        unit_items_from_table(path)
    with pytest.raises(InputError, match="找不到表格文件"):
        unit_items_from_table(str(tmp_path / "missing.xlsx"))


def test_the_attachment_text_gives_the_city_and_basin_lists_with_the_import_ids():
    items, issues = general_items(OFFICIAL_TEXT_PATH, "990100", "某市", [("liao", "辽河流域"), ("b2", "松花江流域")])
    assert issues == []
    assert len(items) == 41
    city = [i for i in items if i.scope == "city"]
    assert len(city) == 15 and {i.scope_ref for i in city} == {"990100"}
    assert {i.scope_ref for i in items if i.scope == "basin"} == {"liao", "b2"}
    assert city[0].source.startswith("附件4 辽源市生态环境总体准入要求 二、")
    rule = [i for i in items if i.rule == RULE_RIVER_BUFFER]
    assert len(rule) == 1 and rule[0].scope_ref == "liao"


def test_basin_lists_without_their_basin_are_reported():
    _items, issues = general_items(OFFICIAL_TEXT_PATH, "990100", "某市", [("liao", "辽河流域")])
    assert [(k, "松花江流域" in m) for k, m in issues] == [("basin_list_without_basin", True)]


def test_an_attachment_text_that_does_not_parse(tmp_path):
    path = tmp_path / "general.txt"
    path.write_text("附件\n一、某某要求\n\t    没有维度的条目。\n", encoding="gbk")
    with pytest.raises(InputError, match="总体准入要求文本无法解析"):
        general_items(str(path), "990100", "某市", [])


def test_the_general_lists_from_a_spreadsheet(tmp_path):
    path = write_xlsx(tmp_path / "general.xlsx", ("层级", "管控维度", "管控要求"), [
        ("全市", "空间布局约束", "全市甲。"), ("大凌河流域", "污染物排放管控", "流域乙。"),
        ("某市", "资源利用效率", "全市丙。"), ("小凌河流域", "空间布局约束", "在大凌河两侧50米，其余河流两侧30米建设生态缓冲区。"),
        ("不知道", "空间布局约束", "丁。")])
    items, issues = general_items(path, "211300", "某市", [("dl", "大凌河流域"), ("xl", "小凌河流域")])
    assert [(i.scope, i.scope_ref, i.text) for i in items][:3] == [
        ("city", "211300", "全市甲。"), ("basin", "dl", "流域乙。"), ("city", "211300", "全市丙。")]
    assert items[3].rule == RULE_RIVER_BUFFER and items[3].scope_ref == "xl"
    assert [k for k, _m in issues] == ["unknown_scope"]
