"""Text and HTML renderings of one result: complete, escaped, collapsible, labelled as sample."""
import dataclasses

import shapely

from zoning_plugin.core import open_dataset
from zoning_plugin.core.renderers.inspect import render_html, render_text


def _result():
    dataset = open_dataset()
    point = dataset.units.geometries[0].representative_point()
    return dataset.inspect(point)


def test_text_and_html_carry_every_requirement_and_the_sample_label():
    result = _result()
    text, html = render_text(result), render_html(result)
    for requirement, _t in result.requirements:
        assert requirement.text in text
        assert requirement.source in text
    assert "示例数据" in text and "示例数据" in html
    assert "1 辽源市总体管控要求" in html


def test_html_escapes_data_text():
    result = _result()
    evil = dataclasses.replace(result.requirements[0][0], text="<script>alert('x')</script> & 50米",
                               source="<b>src</b>")
    result.requirements[0] = (evil, False)
    result.units[0]["name"] = "<img src=x onerror=1>"
    html = render_html(result, standalone=True)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert "<b>src</b>" not in html


def test_collapsed_groups_hide_their_items_but_keep_the_header():
    result = _result()
    unit_code = result.units[0]["code"]
    html = render_html(result, collapsed={"city:220400"})
    city_text = next(r.text for r, _t in result.requirements if r.scope == "city")
    assert city_text not in html
    assert "toggle:city:220400" in html and "▸" in html
    assert f"toggle:unit:{unit_code}" in html


def test_translated_labels_are_used():
    result = _result()
    text = render_text(result, labels={"county": "County", "source": "Source"})
    assert "County：" in text and "Source：" in text


def test_outside_has_no_requirement_section():
    result = open_dataset().inspect(shapely.Point(125.3245, 43.8868))
    html = render_html(result)
    assert "不在辽源市域内" in html and "toggle:" not in html


def test_an_exported_page_has_no_links_that_lead_nowhere():
    """Issue 17 §8: a browser has no viewer behind `toggle:` and `unit:`: the exported page shows
    the group titles and unit codes as text, the panel keeps its links."""
    dataset = open_dataset()
    result = dataset.inspect(shapely.box(125.13, 42.89, 125.16, 42.91))
    assert len(result.units) >= 2
    page = render_html(result, standalone=True)
    assert "href=" not in page and "▾" not in page
    for unit in result.units:
        assert f"<span class='code'>{unit['code']}</span>" in page
    assert "1 辽源市总体管控要求" in page
    panel = render_html(result)
    assert "href='toggle:" in panel and f"href='unit:{result.units[0]['code']}'" in panel
