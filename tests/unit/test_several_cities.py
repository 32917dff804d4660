"""Two neighbouring cities' datasets for one place (core/engine/several.py, issue 20 §1): the sample and
the sample moved east (neighbour_city.py). Each city whose area the place lies in answers, under
its heading; a place in neither is said to be outside each; versions of one city are not asked."""
import pytest

from neighbour_city import CITY_CODE, CITY_NAME, TITLE, VERSION, border_places, neighbour_city
from zoning_plugin.core import open_dataset
from zoning_plugin.core.engine.several import inspect_cities, neighbours
from zoning_plugin.core.renderers.inspect import render_cities_html, render_cities_text, render_html

CRS = "EPSG:4490"


@pytest.fixture(scope="module")
def cities(tmp_path_factory):
    near = open_dataset(None)
    far = open_dataset(neighbour_city(tmp_path_factory.mktemp("neighbour") / "neighbour.gpkg"))
    return near, far, border_places(near, far)


def codes(answers):
    return [(dataset.profile.city_code, result.inside) for dataset, result in answers]


def test_the_neighbour_is_another_city_placed_east_of_the_sample(cities):
    near, far, places = cities
    assert (far.profile.city_code, far.profile.city_name, far.title, far.version) == (CITY_CODE, CITY_NAME, TITLE,
                                                                                      VERSION)
    assert far.layers["city_boundary"].geometries[0].bounds[0] >= near.layers["city_boundary"].geometries[0].bounds[2]
    assert len(far.units) == len(near.units)
    from zoning_plugin.core.dataset.validate import validate_dataset
    assert validate_dataset(far).errors == [] and far.problems == []     # its codes are its own city's
    assert not near.inspect(places["far"]).inside and not far.inspect(places["near"]).inside


def test_each_city_answers_where_the_place_lies(cities):
    near, far, places = cities
    assert codes(inspect_cities(near, [far], places["near"], CRS)) == [("220400", True)]
    assert codes(inspect_cities(near, [far], places["far"], CRS)) == [(CITY_CODE, True)]
    assert codes(inspect_cities(near, [far], places["across"], CRS)) == [("220400", True), (CITY_CODE, True)]
    assert codes(inspect_cities(far, [near], places["across"], CRS)) == [(CITY_CODE, True), ("220400", True)]
    assert codes(inspect_cities(near, [far], places["neither"], CRS)) == [("220400", False), (CITY_CODE, False)]


def test_versions_of_one_city_are_not_asked_and_a_city_once(cities, tmp_path):
    near, far, _places = cities
    from versions_sample import new_version
    later = open_dataset(new_version(tmp_path / "v2.gpkg"))
    assert neighbours(near, [later, far, far]) == [far]
    assert neighbours(far, [near, later]) == [near]     # of a city listed twice, the first listed


def test_the_page_names_each_citys_lists_under_its_heading(cities):
    near, far, places = cities
    results = [result for _dataset, result in inspect_cities(near, [far], places["across"], CRS)]
    page = render_cities_html(results, collapsed={"1/city:" + CITY_CODE})
    assert "<div class='city'>辽源市：辽源市生态环境分区管控（示例数据）  版本 sample-2025.1  【示例数据】</div>" in page
    assert f"<div class='city'>{CITY_NAME}：{TITLE}  版本 {VERSION}  【示例数据】</div>" in page
    assert page.index("1 辽源市总体管控要求") < page.index(f"<div class='city'>{CITY_NAME}")
    # the collapse keys are the city's: the neighbour's city list is collapsed, the sample's is not
    assert "href='toggle:0/city:220400'>▾" in page and f"href='toggle:1/city:{CITY_CODE}'>▸" in page
    assert "C-220400-01" in page and "C-229900-01" not in page and "U-ZH2299" in page
    text = render_cities_text(results)
    assert text.index(f"【{CITY_NAME}：") > text.index("C-220400-01") and "C-229900-01" in text


def test_a_place_in_neither_says_so_for_each_and_one_city_is_as_before(cities):
    near, far, places = cities
    results = [result for _dataset, result in inspect_cities(near, [far], places["neither"], CRS)]
    page = render_cities_html(results)
    assert "该位置不在辽源市域内" in page and f"该位置不在{CITY_NAME}域内" in page and "class='city'" not in page
    assert f"{TITLE}  版本 {VERSION}" in render_cities_text(results)
    alone = near.inspect(places["near"])
    assert render_cities_html([alone], title="t") == render_html(alone, title="t")
