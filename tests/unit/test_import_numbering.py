"""Issue 17 §4: a unit's list numbered on across its dimensions (4. … 5. … in the second
dimension's cell) is split where its numbering starts, as real lists and the sample's own lists
are numbered; numbers inside a sentence are no item starts; a cell that still looks merged is
warned about in the import report, with the count of items per unit and dimension."""
import sqlite3

import pytest

from test_import_fixtures import write_xlsx
from zoning_plugin.core import SAMPLE_DATASET_PATH
from zoning_plugin.core.importers import checks
from zoning_plugin.core.importers.lists import ListItem, unit_items_from_table
from zoning_plugin.core.importers.numbering import merged_start, numbered_items, read_numbered
from zoning_plugin.core.dataset.model import DIMENSIONS

HEADERS = ("环境管控单元编码",) + tuple(DIMENSIONS)


@pytest.mark.parametrize("text, items", [
    ("4. 完善城镇污水管网。5. 推进雨污分流。", [(4, "完善城镇污水管网。"), (5, "推进雨污分流。")]),
    ("4.甲。\n5.乙。\n6.丙。", [(4, "甲。"), (5, "乙。"), (6, "丙。")]),
    ("（3）甲；（4）乙。", [(3, "甲；"), (4, "乙。")]),
    ("③甲。④乙。", [(3, "甲。"), (4, "乙。")]),
    ("一、甲。二、乙。三、丙。", [(1, "甲。"), (2, "乙。"), (3, "丙。")]),
    ("十一、甲。十二、乙。", [(11, "甲。"), (12, "乙。")]),
    ("7. 只有一条。", [(7, "只有一条。")]),
    # numbers inside a sentence are text, not item starts
    ("4. 年排放量不超过 2.5 万吨。5. 执行 GB 3838-2002 中 3.1 的规定。",
     [(4, "年排放量不超过 2.5 万吨。"), (5, "执行 GB 3838-2002 中 3.1 的规定。")]),
    ("执行 GB 3838-2002 中 3.1 的规定，排放量 2.5 万吨。", [(None, "执行 GB 3838-2002 中 3.1 的规定，排放量 2.5 万吨。")]),
    ("2、3号线沿线禁止新建。", [(None, "2、3号线沿线禁止新建。")]),
    ("统一、规范管理。", [(None, "统一、规范管理。")]),
    # a run from its opening number: a later "1." is text
    ("4.甲，见附表 1. 乙。5.丙。", [(4, "甲，见附表 1. 乙。"), (5, "丙。")]),
    # a preamble: the numbering must start at 1
    ("总则：4.甲。5.乙。", [(None, "总则：4.甲。5.乙。")]),
])
def test_numbering_starts_where_the_cell_starts_it(text, items):
    assert numbered_items(text) == items


def test_a_cell_that_still_looks_merged_says_which_number():
    assert [i.merged for i in read_numbered("1.甲。3.丙。2.乙。")] == ["3.", ""]
    assert read_numbered("总则：4.甲。5.乙。")[0].merged == "5."
    assert read_numbered("甲；（2）乙")[0].merged == "（2）"
    # sub-items of another style inside an item, and figures, are not merged items
    assert [i.merged for i in read_numbered("1.甲：（1）子一；（2）子二。2.乙。")] == ["", ""]
    assert [i.merged for i in read_numbered("4. 排放 2.5 万吨。5. 执行 GB 3838-2002 中 3.1。")] == ["", ""]
    assert merged_start("1.甲。2.乙。") == "2." and merged_start("一条完整的要求。") == ""


def _sample_unit_lists():
    """{code: [(dimension, seq, text)]} of the sample's unit lists, numbered on across dimensions."""
    with sqlite3.connect(SAMPLE_DATASET_PATH) as db:
        rows = db.execute("SELECT scope_ref, dimension, seq, text FROM requirements WHERE scope = 'unit' "
                          "ORDER BY scope_ref, seq").fetchall()
    out = {}
    for code, dimension, seq, text in rows:
        out.setdefault(code, []).append((dimension, seq, text))
    return out


@pytest.mark.parametrize("style, joiner", [("{}. {}", "\n"), ("{}.{}", ""), ("（{}）{}", ""), ("{}、{}", " ")])
def test_the_sample_lists_numbered_on_across_dimensions_come_back_item_for_item(tmp_path, style, joiner):
    lists = _sample_unit_lists()
    assert any(seq > 1 and d != DIMENSIONS[0] for items in lists.values() for d, seq, _t in items)
    rows = []
    for code, items in lists.items():
        cells = [joiner.join(style.format(seq, text) for d, seq, text in items if d == dimension)
                 for dimension in DIMENSIONS]
        rows.append((code, *cells))
    items, issues = unit_items_from_table(write_xlsx(tmp_path / "lists.xlsx", HEADERS, rows))
    assert issues == []
    got = {}
    for item in items:
        got.setdefault(item.scope_ref, []).append((item.dimension, item.text))
    expected = {code: [(d, t) for d, _s, t in items] for code, items in lists.items()}
    assert sum(len(v) for v in got.values()) == sum(len(v) for v in expected.values())
    assert got == expected
    assert not [i for i in items if i.merged]
    # each item's source names the number its cell gives it: the sample's own seq
    seqs = {(code, text): seq for code, rows in lists.items() for _d, seq, text in rows}
    assert all(i.source.endswith(f" 第{seqs[i.scope_ref, i.text]}条") for i in items)


def test_the_report_counts_items_per_unit_and_dimension_and_warns_where_a_cell_looks_merged():
    units = [{"unit_code": "ZH1", "geom": None}, {"unit_code": "ZH2", "geom": None}]
    items = [ListItem("unit", "ZH1", DIMENSIONS[0], "甲。", "t 第1行 空间布局约束 第1条"),
             ListItem("unit", "ZH1", DIMENSIONS[0], "乙。", "t 第1行 空间布局约束 第2条"),
             ListItem("unit", "ZH1", DIMENSIONS[2], "丙。", "t 第1行 环境风险防控 第3条"),
             ListItem("unit", "ZH2", DIMENSIONS[1], "丁。5.戊。", "t 第2行 污染物排放管控", merged="5.")]
    report = checks.ImportReport()
    checks.check_lists(units, items, report)
    assert report.item_counts == [("ZH1", [2, 0, 1, 0]), ("ZH2", [0, 1, 0, 0])]
    merged = [p for p in report.problems if p.kind == "list_item_looks_merged"]
    assert len(merged) == 1 and merged[0].unit_code == "ZH2" and "「5.」" in merged[0].message
    assert "t 第2行 污染物排放管控" in merged[0].message
    page = report.to_html("导入")
    assert "各单元清单条目数" in page and "<td>ZH1</td><td>2</td><td>0</td><td>1</td><td>0</td><td>3</td>" in page
