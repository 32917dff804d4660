"""The HTML and JSON views of a version comparison: counts by change type, the map, the units'
areas, the diffs marked with <del>/<ins>, data text escaped, both datasets' provenance and the
sample marks."""
import json
import re
import xml.etree.ElementTree as ElementTree

import pytest

import versions_sample as sample
from zoning_plugin.core.dataset.reader import Dataset
from zoning_plugin.core.renderers.compare import compare_json_text, render_compare_html
from zoning_plugin.core.renderers.compare_map import compare_map_svg
from zoning_plugin.core.versions.compare import compare_datasets

MADE = "2026-12-07 12:00:00+08:00"


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    return compare_datasets(Dataset(sample.old_version(folder / "old.gpkg")),
                            Dataset(sample.new_version(folder / "new.gpkg")))


def cells(page, label):
    """The cells of the row whose first cell is `label`."""
    row = re.search(r"<tr><td>" + re.escape(label) + r"</td>(.*?)</tr>", page)
    return re.findall(r"<td[^>]*>(.*?)</td>", row.group(1)) if row else None


def test_the_page_counts_maps_and_diffs(comparison):
    page = render_compare_html(comparison, MADE)
    for label, count in (("新增", "1"), ("删除", "0"), ("类别调整", "1"), ("更名", "1"), ("编码变更", "1"),
                         ("边界调整", "3"), ("清单条目修改", "2"), ("清单条目新增", "6"), ("清单条目删除", "1"),
                         ("河流生态缓冲区变化", "1"), ("准入研判规则变化", "1"), ("流域变化", "0")):
        assert cells(page, label) == [count], label
    assert "<del>35</del><ins>33微克/立方米，2035年达到30</ins>" in page
    assert "林地、<ins>草地、</ins>湿地" in page
    assert page.count("<svg") == 1
    loser, gainer = sample.EDITS["moved"]
    moved = next(u for u in comparison.units if u.code == gainer)
    assert f"{moved.moved_in_m2:,.0f}" in page and f"{loser} {moved.moved_in_m2:,.0f} m²" in page
    for heading in ("“1”：全市总体管控要求", "“2”：流域管控要求", "“N”：管控单元（及单元类别）管控要求"):
        assert heading in page
    assert "仙人河" in page and "buffer_m: 30.0 → 50.0" in page and sample.EDITS["rule"][0] in page


def test_the_page_names_both_versions_and_says_sample(comparison):
    page = render_compare_html(comparison, MADE)
    assert sample.OLD_VERSION in page and sample.NEW_VERSION in page
    assert f"2025-01-26 起施行；废止日期：{sample.NEW_EFFECTIVE}" in page
    assert f"{sample.NEW_EFFECTIVE} 起施行；废止日期：未废止" in page
    assert page.count("class='provenance'>") == 4          # two blocks, each a div and a table
    assert page.count("<p class='sample'>") == 2 and "示例数据，非官方成果" in compare_map_svg(comparison, sample=True)


def test_data_text_is_escaped(comparison):
    unit = next(u for u in comparison.units if u.changes)
    unit.new = {**unit.new, "unit_name": "<script>alert(1)</script>&"}
    item = comparison.lists[0].items[0]
    pieces, item.pieces = item.pieces, [("insert", "<b>x</b>")]
    try:
        page = render_compare_html(comparison, MADE)
        svg = compare_map_svg(comparison)
    finally:
        unit.new = {**unit.new, "unit_name": unit.old["unit_name"]}
        item.pieces = pieces
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;&amp;" in page
    assert "<ins>&lt;b&gt;x&lt;/b&gt;</ins>" in page
    ElementTree.fromstring(svg)          # well-formed


def test_the_json(comparison):
    data = json.loads(compare_json_text(comparison, MADE))
    assert data["provenance"]["before"]["version"] == sample.OLD_VERSION
    assert data["provenance"]["after"]["version"] == sample.NEW_VERSION
    assert data["provenance"]["after"]["run_time"] == MADE
    assert data["counts"]["items"] == {"added": 6, "removed": 1, "reworded": 2, "moved": 0}
    reworded = [i for group in data["lists"] for i in group["items"] if i["kind"] == "reworded"]
    assert {"op": "delete", "text": "35"} in reworded[0]["diff"]


def test_english(comparison, english):
    page = render_compare_html(comparison, MADE)
    assert cells(page, "boundary changed") == ["3"] and "Comparison of two zoning versions" in page
