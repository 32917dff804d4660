"""core/renderers/conformity.py and charts.py on hand-made overlay results (no QGIS)."""
import base64
import html
import re
from dataclasses import dataclass, field

import pytest

from zoning_plugin.core import open_dataset
from zoning_plugin.core.dataset.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_UNIT
from zoning_plugin.core.renderers.charts import bar_chart_svg
from zoning_plugin.core.renderers.conformity import render_conformity_html
from zoning_plugin.core.renderers.conformity_figures import class_totals, percent


@dataclass
class Feature:
    index: int
    status: str = "ok"
    message: str = ""
    kind: str = "polygon"
    measure: float = 0.0
    inside_measure: float = 0.0
    outside_measure: float = 0.0
    class_measure: dict = field(default_factory=dict)
    class_share: dict = field(default_factory=dict)
    unit_codes: list = field(default_factory=list)
    basin_ids: list = field(default_factory=list)
    county_codes: list = field(default_factory=list)
    built_up: bool = False
    buffer_measure: float = 0.0
    buffer_rivers: list = field(default_factory=list)
    nearest_river: str = None
    nearest_river_m: float = None
    repaired: bool = False
    flags: list = field(default_factory=list)


@dataclass
class Row:
    feature_index: int
    unit_code: str
    unit_name: str
    unit_class: int
    class_name: str
    overlap: float
    share: float


class Result:
    def __init__(self, dataset, features, rows, counts):
        self.features, self.rows, self.counts, self.dataset = features, rows, counts, dataset.info()

    def scopes(self):
        seen = []
        for feature in self.features:
            if feature.status != "ok":
                continue
            keys = [(SCOPE_CITY, "220400")] + [(SCOPE_BASIN, b) for b in feature.basin_ids] \
                + [(SCOPE_UNIT, c) for c in feature.unit_codes]
            seen += [k for k in keys if k not in seen]
        order = {SCOPE_CITY: 0, SCOPE_BASIN: 1, SCOPE_UNIT: 2}
        return sorted(seen, key=lambda k: order[k[0]])


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def units_of(dataset, cls, n=1):
    return [r for r in dataset.units.records if r["unit_class"] == cls][:n]


@pytest.fixture()
def result(dataset):
    """Four parcels: a half-priority one beside a river, a plain key-unit one, a repaired one
    partly outside the city, a null one; and a line."""
    p1, = units_of(dataset, 1)
    k1, = units_of(dataset, 2)
    features = [
        Feature(0, measure=3000.0, inside_measure=3000.0, class_measure={2: 3000.0}, class_share={2: 1.0},
                unit_codes=[k1["unit_code"]], basin_ids=["liao"], nearest_river="仙人河", nearest_river_m=812.0),
        Feature(1, measure=1000.0, inside_measure=1000.0, class_measure={1: 500.0, 2: 500.0},
                class_share={1: 0.5, 2: 0.5}, unit_codes=[p1["unit_code"], k1["unit_code"]], basin_ids=["liao"],
                buffer_measure=120.0, buffer_rivers=["东辽河"], nearest_river="东辽河", nearest_river_m=20.0,
                flags=["priority", "buffer"]),
        Feature(2, measure=2000.0, inside_measure=1500.0, outside_measure=500.0, class_measure={2: 1500.0},
                class_share={2: 0.75}, unit_codes=[k1["unit_code"]], basin_ids=["liao"], repaired=True,
                message="自相交，已修复", flags=["partly_outside"]),
        Feature(3, status="null", kind=None, message="没有几何"),
        Feature(4, kind="line", measure=400.0, inside_measure=400.0, class_measure={2: 400.0},
                class_share={2: 1.0}, unit_codes=[k1["unit_code"]], basin_ids=["liao"]),
    ]
    rows = [Row(0, k1["unit_code"], k1["unit_name"], 2, "重点管控单元", 3000.0, 1.0),
            Row(1, p1["unit_code"], p1["unit_name"], 1, "优先保护单元", 500.0, 0.5),
            Row(1, k1["unit_code"], k1["unit_name"], 2, "重点管控单元", 500.0, 0.5),
            Row(2, k1["unit_code"], k1["unit_name"], 2, "重点管控单元", 1500.0, 0.75),
            Row(4, k1["unit_code"], k1["unit_name"], 2, "重点管控单元", 400.0, 1.0)]
    counts = {"ok": 4, "null": 1, "empty": 0, "invalid": 0, "repaired": 1, "outside": 0, "partly_outside": 1}
    return Result(dataset, features, rows, counts)


def text_of(page):
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_the_header_names_the_dataset_its_version_date_and_the_sample_notice(dataset, result):
    page = render_conformity_html(result, dataset, layer_name="规划<图层>", generated="2025-02-01 10:00")
    assert "<!DOCTYPE html>" in page and "<meta charset='utf-8'>" in page
    plain = text_of(page)
    for text in (dataset.title, dataset.version, dataset.meta["effective_date"], "规划<图层>",
                 "示例数据：管控单元边界与单元清单为示例", dataset.meta["notice"]):
        assert text in plain
    assert "规划&lt;图层&gt;" in page and "规划<图层>" not in page


def test_no_sample_notice_for_an_official_dataset(dataset, result):
    result.dataset = {**result.dataset, "sample": False}
    assert "示例数据：管控单元边界" not in render_conformity_html(result, dataset)


def test_counts_and_totals_per_class(dataset, result):
    measures, counts, inside, outside, buffer = class_totals(result, "polygon")
    assert measures == {1: 500.0, 2: 5000.0, 3: 0.0}
    assert counts == {1: 1, 2: 3, 3: 0}
    assert (inside, outside, buffer) == (5500.0, 500.0, 120.0)
    line = class_totals(result, "line")
    assert line[0][2] == 400.0 and line[1][2] == 1
    plain = " ".join(text_of(render_conformity_html(result, dataset)).split())
    assert "几何已修复 1" in plain and "无几何 1" in plain and "部分位于市域外 1" in plain
    assert "涉及优先保护单元 1" in plain and "涉及河流生态缓冲区 1" in plain
    # totals: class 1 is 500 of the 6,000 m² (5,500 inside + 500 outside)
    assert "优先保护单元 500.0 0.0500 8.33% 1" in plain
    assert "重点管控单元 5,000.0 0.5000 83.33% 3" in plain


def test_flagged_features_come_first_and_say_why(dataset, result):
    names = {0: "A-01", 1: "A-02", 2: "A-03", 3: "A-04", 4: "L-1"}
    page = render_conformity_html(result, dataset, names=names)
    table = page[page.index("要素明细"):]
    assert table.index("A-02") < table.index("A-01") < table.index("A-03")
    row = table[table.index("<tr class='flagged'><td class=nowrap>A-02"):]
    row = row[:row.index("</tr>")]
    assert "50.00%" in row and "涉及优先保护单元、涉及河流生态缓冲区" in row and "东辽河 20.0 米" in row


def test_problems_list_the_null_and_the_repaired_feature_with_their_messages(dataset, result):
    page = render_conformity_html(result, dataset, names={3: "无几何地块", 2: "修复地块"})
    problems = text_of(page[page.index("未能按原样分析的要素"):page.index("适用的生态环境准入要求")])
    assert "无几何地块" in problems and "没有几何" in problems
    assert "修复地块" in problems and "自相交，已修复" in problems


def test_each_level_once_with_its_texts_and_sources(dataset, result):
    page = render_conformity_html(result, dataset)
    requirements = page[page.index("适用的生态环境准入要求"):]
    p1, = units_of(dataset, 1)
    k1, = units_of(dataset, 2)
    titles = [t.strip() for t in re.findall(r"<div class='group'>([^<]+)", requirements)]
    # in the order of scopes(): city, basin, then the units as the features first touch them
    assert titles == ["辽源市总体管控要求", "辽河流域管控要求", f"{k1['unit_code']} {k1['unit_name']}",
                      f"{p1['unit_code']} {p1['unit_name']}"]
    for scope in result.scopes():
        for requirement in dataset.by_scope[scope]:
            assert html.escape(requirement.text) in requirements
            assert html.escape(requirement.source) in requirements
    assert "松花江" not in " ".join(titles)
    # the buffer rule is marked once, because a feature lies in a buffer
    assert requirements.count("涉及河流生态缓冲区的要素适用") == 1
    assert "涉及 4 个要素" in requirements      # the city level: the four analysed features


def test_the_buffer_rule_is_not_marked_when_no_feature_touches_a_buffer(dataset, result):
    for feature in result.features:
        feature.flags = [f for f in feature.flags if f != "buffer"]
    assert "涉及河流生态缓冲区的要素适用" not in render_conformity_html(result, dataset)


def test_nothing_inside_says_that_no_requirement_applies(dataset, result):
    result.features = [Feature(0, status="outside", measure=10.0, outside_measure=10.0, flags=["outside"])]
    result.rows = []
    page = render_conformity_html(result, dataset)
    assert "没有要素位于市域内，没有适用的准入要求。" in page and "class='group'" not in page


def test_the_map_is_embedded_with_its_legend_and_the_chart_is_inline_svg(dataset, result):
    png = b"\x89PNG\r\n\x1a\nfake"
    page = render_conformity_html(result, dataset, maps=[("总览图", png), ("局部图 1", png[:-1])],
                                  map_legend=[("优先保护单元", "#4caf50")])
    assert "data:image/png;base64," + base64.b64encode(png).decode() in page
    assert "data:image/png;base64," + base64.b64encode(png[:-1]).decode() in page
    assert page.count("background:#4caf50") == 1 and "<figcaption>局部图 1</figcaption>" in page
    assert page.count("<svg") == 2                       # polygons (area) and lines (length)
    assert "各类管控单元内的面积" in page and "各类管控单元内的长度" in page


def test_labels_translate_the_page(dataset, result):
    page = render_conformity_html(result, dataset, labels={"report_title": "Conformity report",
                                                           "flag_priority": "Touches a priority unit"})
    assert "<h1>Conformity report</h1>" in page and "Touches a priority unit" in page


def test_rows_beyond_the_cap_are_counted_not_listed(dataset, result):
    page = render_conformity_html(result, dataset, max_rows=2)
    assert "另有 2 个要素未列出，见输出图层。" in page


def test_bar_chart_scales_bars_and_escapes_labels():
    svg = bar_chart_svg([("甲<类>", 300.0, "3 ha", "#4caf50"), ("乙", 100.0, "1 ha", "#f4511e"),
                         ("丙", 0.0, "0 ha", "#f9f3b4")], "标题")
    widths = [float(w) for w in re.findall(r"<rect x='[\d.]+' y='\d+' width='([\d.]+)' height='24'", svg)]
    assert len(widths) == 2 and widths[0] == pytest.approx(3 * widths[1], rel=1e-3)
    assert "甲&lt;类&gt;" in svg and "<svg xmlns='http://www.w3.org/2000/svg'" in svg
    assert bar_chart_svg([]) == ""


def test_percent_never_rounds_a_part_to_all_or_nothing():
    assert (percent(0.5), percent(0.999999), percent(0.000001), percent(None)) == ("50.00%", ">99.99%", "<0.01%", "")


def test_the_notes_on_requirements_follow_their_items(dataset, result):
    """requirement_notes (issue 15 §2): the PM2.5 and boiler disagreements under their items."""
    page = render_conformity_html(result, dataset)
    requirements = page[page.index("适用的生态环境准入要求"):]
    shown = 0
    for key, notes in dataset.requirement_notes.items():
        requirement = next((r for r in dataset.requirements if r.req_id == key), None)
        if requirement is None or html.escape(requirement.text) not in requirements:
            continue
        for note in notes:
            assert requirements.index(html.escape(note["text"])) > requirements.index(html.escape(requirement.text))
            shown += 1
    assert shown >= 3 and "【来源之间的分歧】" in requirements and "资源开发利用效率" in requirements
