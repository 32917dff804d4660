"""The EIA chapter 三线一单符合性分析 and the site report's HTML, from the one result object (no QGIS)."""
import dataclasses
import html
import re

import shapely

from zoning_plugin.core import open_dataset
from zoning_plugin.core.renderers.inspect import LABELS
from zoning_plugin.core.renderers.eia import EIA_LABELS, build_chapter, chapter_html, topic_of
from zoning_plugin.core.renderers.site import overlap_html, requirements_html
from zoning_plugin.core.screening.screen import screen

CENTRAL = shapely.box(125.13, 42.89, 125.16, 42.91)


def _red_line_point():
    dataset = open_dataset()
    index = next(i for i, r in enumerate(dataset.units.records) if r["subtype"] == "生态保护红线")
    return dataset.units.records[index]["unit_code"], dataset.units.geometries[index].representative_point()


def test_quality_targets_and_resource_caps_are_the_city_wide_items_on_pm25_water_land_and_energy():
    chapter = build_chapter(open_dataset().inspect(CENTRAL))
    # 附件4, 辽源市总体管控要求: 环境质量目标 items 1-2, 资源利用要求 水资源 / 土地资源 / 能源.
    assert [(t, r.req_id) for t, r in chapter.quality_targets] == [
        ("air", "C-220400-02"), ("water_quality", "C-220400-03")]
    assert [(t, r.req_id) for t, r in chapter.resource_caps] == [
        ("water_use", "C-220400-13"), ("land", "C-220400-14"), ("energy", "C-220400-15")]
    # 加强PM2.5和臭氧协同控制 is a pollution control measure, not a target.
    assert "C-220400-07" not in {r.req_id for _t, r in chapter.quality_targets}
    assert chapter.city_level.startswith("1 ")


def test_topics_read_headings_and_text_in_any_width_of_characters():
    requirement = open_dataset().requirements[1]
    assert topic_of(dataclasses.replace(requirement, heading="", text="PM₂.₅年均浓度")) == "air"
    assert topic_of(dataclasses.replace(requirement, heading="能源", text="……")) == "energy"
    assert topic_of(dataclasses.replace(requirement, heading="", text="加强宣传")) == "other"


def test_a_site_in_the_red_line_is_named_and_not_counted_again_as_another_priority_unit():
    code, point = _red_line_point()
    chapter = build_chapter(open_dataset().inspect(point))
    assert [u["code"] for u in chapter.redline_units] == [code]
    assert chapter.priority_units == []
    html = chapter_html(chapter)
    assert EIA_LABELS["redline_hit"] in html and code in html
    assert EIA_LABELS["priority_none"] in html


def test_the_list_holds_every_applicable_requirement_once_with_blank_columns_or_the_verdict():
    dataset = open_dataset()
    result = dataset.inspect(CENTRAL)
    chapter = build_chapter(result, screen(dataset, CENTRAL, "EPSG:4490", "C2614", 20))
    assert [row[2].req_id for row in chapter.rows] == [r.req_id for r, _t in result.requirements]
    verdicts = {row[2].req_id: row[4] for row in chapter.rows if row[4]}
    # Riverside chemicals (辽河流域 空间布局约束, B-LIAO-02), a 20 t/h coal boiler in the built-up area
    # (总体 污染物控制要求, C-220400-06), a site in the river buffer (B-LIAO-05).
    assert verdicts == {"B-LIAO-02": "严格控制", "C-220400-06": "禁止", "B-LIAO-05": "需关注"}
    html = chapter_html(chapter)
    for part in ("part_redline", "part_quality", "part_resource", "part_list"):
        assert EIA_LABELS[part] in html
    assert EIA_LABELS["verdict_note"] in html and "C2614" in html and "辅助研判" in html
    plain = chapter_html(build_chapter(result))
    assert EIA_LABELS["fill_note"] in plain and "<td width='10%'>需关注</td>" not in plain
    assert "<td width='10%'>需关注</td>" in html
    # Each level's title once, across the table, in the panel's order.
    titles = [title for _s, _r, title, _d in result.requirement_groups()]
    assert [t for t in titles if t in html] == titles


def test_the_class_rule_is_listed_in_the_unit_level_with_its_verdict():
    dataset = open_dataset()
    code, point = _red_line_point()
    screening = screen(dataset, point.buffer(0.001), "EPSG:4490", "C2614")
    chapter = build_chapter(dataset.inspect(point.buffer(0.001)), screening)
    listed = {row[2].req_id for row in chapter.rows}
    cited = {c.requirement.req_id for c in screening.hits}
    assert {r.req_id for _v, r in chapter.other_verdicts} == cited - listed
    [row] = [row for row in chapter.rows if row[2].req_id == "CLASS-1-01"]
    assert row[0].endswith(code + " " + dataset.units.records[dataset.unit_index(code)]["unit_name"])
    assert row[4] == next(c.rule.verdict for c in screening.hits if c.requirement.req_id == "CLASS-1-01")
    html = chapter_html(chapter)
    assert row[2].text in html and row[4] in html


def test_editable_tables_are_sized_in_lengths_and_bordered():
    chapter = build_chapter(open_dataset().inspect(CENTRAL))
    html = chapter_html(chapter, table_width=425)
    widths = re.findall(r"width='([^']+)'", html)
    assert widths and not [w for w in widths if w.endswith("%")]
    assert "border='1'" in html
    assert "%" in "".join(re.findall(r"width='([^']+)'", chapter_html(chapter)))


def test_outside_the_city_the_chapter_says_so_and_lists_nothing():
    chapter = build_chapter(open_dataset().inspect(shapely.box(120, 40, 120.01, 40.01)))
    assert not chapter.inside and chapter.rows == []
    html = chapter_html(chapter)
    assert "4 " + EIA_LABELS["part_list"] not in html and LABELS["outside"].format(city="辽源市") in html


def test_data_text_is_escaped():
    result = open_dataset().inspect(CENTRAL)
    evil = dataclasses.replace(result.requirements[0][0], text="<script>x</script>", heading="<b>")
    result.requirements[0] = (evil, False)
    result.units[0]["name"] = "<img src=x>"
    for page in (chapter_html(build_chapter(result)), requirements_html(result), overlap_html(result)):
        assert "<script>" not in page and "<img src=x>" not in page
    assert "&lt;script&gt;" in requirements_html(result)


def test_the_overlap_table_gives_m2_ha_and_share_per_unit_and_the_buffers_with_distances():
    result = open_dataset().inspect(CENTRAL)
    html = overlap_html(result)
    for unit in result.units:
        assert unit["code"] in html
        assert f"{unit['overlap_m2']:,.1f}" in html and f"{unit['overlap_m2'] / 10000:,.4f}" in html
        assert f"{unit['share']:.2%}" in html
    for buffer in result.buffers:
        assert buffer["river"] in html and f"{buffer['distance_m']:,.1f}" in html


def test_the_chapter_says_what_no_restriction_rests_on_and_lists_the_items_left_to_judgement():
    dataset = open_dataset()
    index = next(i for i, r in enumerate(dataset.units.records) if r["unit_class"] == 3)
    point = dataset.units.geometries[index].representative_point()
    screening = screen(dataset, point.buffer(0.0005), "EPSG:4490", "I65")
    assert screening.verdict == "未发现限制"
    html = chapter_html(build_chapter(dataset.inspect(point.buffer(0.0005)), screening))
    total = screening.coverage()["rules_in_dataset"]
    assert f"未发现限制：数据集的 {total} 条研判规则" in html and "不表示项目符合全部准入要求" in html
    judged = screening.coverage()["to_judge"]
    assert judged and all(j["rule_id"] in html and j["text"] in html and j["source"] in html for j in judged)


def _list_rows(html):
    """The cells (tags stripped) of the data rows of the access-list table: the last table."""
    table = html[html.rindex("<table"):]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    cells = [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S) for row in rows]
    return cells[0], [[re.sub(r"<[^>]+>", "", c) for c in row] for row in cells[1:] if "colspan" not in row[0]
                      and len(row) > 1]


def test_every_row_is_safe_to_paste_id_source_sample_mark_strength_and_a_blank_conformity():
    """§5: a row copied alone says which item it is (its id), where it comes from, that it is sample
    data when it is; the screening's strength stands in its own column; 符合性 is left blank."""
    dataset = open_dataset()
    result = dataset.inspect(CENTRAL)
    chapter = build_chapter(result, screen(dataset, CENTRAL, "EPSG:4490", "C2614", 20))
    page = chapter_html(chapter)
    head, rows = _list_rows(page)
    assert page.count("<td width='17%' style='white-space:nowrap'>") == len(chapter.rows)
    assert head == ["编号", "维度", "管控要求", "项目情况", "管控强度", "符合性（符合/不符合/待核实）"]
    assert len(rows) == len(chapter.rows) == len(result.requirements)
    data = chapter.to_dict()["requirements"]
    marks = {"to_judge": "须由您判断", "no_rule": "无研判规则", "checked": ""}
    samples = 0
    for row, (_title, dimension, r, _triggered, verdict), d in zip(rows, chapter.rows, data):
        ident, dim, text, situation, strength, conformity = row
        assert ident == r.req_id and dim == dimension and html.escape(r.text) in text
        assert f"来源：{html.escape(r.source)}" in text
        assert ("【示例数据，非官方】" in text) == bool(r.sample)
        samples += bool(r.sample)
        assert strength == (verdict if d["screening"] == "triggered" else marks[d["screening"]])
        assert situation == "" and conformity == ""
    assert 0 < samples < len(rows)                   # both kinds are in the central site's list
    assert {row[4] for row in rows} == {"", "严格控制", "禁止", "需关注", "须由您判断", "无研判规则"}
    assert all(d["conformity"] == "" and d["source"] for d in data)
    assert [d["strength"] for d in data if d["screening"] == "triggered"] == [row[4] for row in rows
                                                                              if row[4] in ("严格控制", "禁止", "需关注")]


def test_no_item_id_is_invented_the_row_id_is_the_req_id_and_the_source_has_no_number():
    """§6: the official items are unnumbered: no row, source or list shows a "第N条" or "N."."""
    dataset = open_dataset()
    chapter = build_chapter(dataset.inspect(CENTRAL))
    text = chapter_html(chapter)
    # (a statute's own article, cited by the 以下 reading note as 民法典 第1259条, is not an item number)
    assert not re.search(r"(?<!民法典)(?<!民法典》)第\s*\d+\s*条", text)
    assert [row[0] for row in _list_rows(text)[1]] == [r.req_id for _t, _d, r, _tr, _v in chapter.rows]


def test_the_notes_on_an_item_stand_in_its_row_and_a_dimensions_under_the_table():
    """Issue 15 §2: where the sources disagree or the plugin reads a text, the EIA row of the item
    says so (a row pasted alone keeps it), the quality target too; the chapter's data carries them."""
    dataset = open_dataset()
    chapter = build_chapter(dataset.inspect(CENTRAL))
    page = chapter_html(chapter)
    _head, rows = _list_rows(page)
    annotated = 0
    for row, (_title, _dimension, r, _triggered, _verdict) in zip(rows, chapter.rows):
        notes = dataset.requirement_notes.get(r.req_id, [])
        annotated += bool(notes)
        for note in notes:
            assert html.escape(note["text"]) in row[2] and html.escape(note["source"]) in row[2], r.req_id
    assert annotated >= 2                            # PM2.5 and the coal boilers, in the central site's list
    pm25 = next(r for _t, r in chapter.quality_targets if "PM2.5" in r.text)
    targets = page[page.index("环境质量底线"):page.index("资源利用上线")]
    assert html.escape(dataset.requirement_notes[pm25.req_id][0]["text"]) in targets
    [dimension_note] = dataset.requirement_notes["dimension:资源利用效率"]
    assert page.rindex(html.escape(dimension_note["text"])) > page.rindex("</table>")
    data = chapter.to_dict()
    assert [d["notes"] for d in data["requirements"]] == [dataset.requirement_notes.get(r.req_id, [])
                                                          for _t, _d, r, _tr, _v in chapter.rows]
    assert data["dimension_notes"] == {"资源利用效率": [dimension_note]}
