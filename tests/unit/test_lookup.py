"""core/engine/lookup.py: the per-feature answers of the expression functions agree with inspect, in any
CRS, and refuse bad input as inspect does; a unit's own requirement texts by dimension."""
import threading
from types import SimpleNamespace

import numpy
import pytest
import shapely

from zoning_plugin.core import CRSError, InputError, open_dataset
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject
from zoning_plugin.core.engine.lookup import Location, dimension_of, locate, requirements_text, unit_requirements
from zoning_plugin.core.dataset.model import DIMENSIONS, Requirement

OUTSIDE = shapely.Point(125.3245, 43.8868)   # 长春, outside the sample city


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def expected(dataset, geometry, crs=STORAGE_CRS):
    result = dataset.inspect(geometry, crs=crs)
    return (result.inside, [u["code"] for u in result.units],
            [(b["river"], b["distance_m"]) for b in result.buffers])


def answer(place):
    return place.inside, [u["code"] for u in place.units], [(b["river"], b["distance_m"]) for b in place.buffers]


def test_points_agree_with_inspect_inside_outside_and_in_buffers(dataset):
    rng = numpy.random.default_rng(7)
    minx, miny, maxx, maxy = dataset.city_bounds_4490
    points = list(shapely.points(rng.uniform(minx - 0.05, maxx + 0.05, 400),
                                 rng.uniform(miny - 0.05, maxy + 0.05, 400)))
    # Points in and beside each buffer: the buffers and distances must agree too.
    for buffer in dataset.buffers.metric:
        inner = shapely.buffer(buffer, -5)
        if not inner.is_empty:
            points.append(reproject(inner.representative_point(), METRIC_CRS, STORAGE_CRS))
    seen = {"outside": 0, "inside": 0, "buffer": 0}
    for point in points:
        place = locate(dataset, point)
        assert answer(place) == expected(dataset, point), point.wkt
        seen["inside" if place.inside else "outside"] += 1
        seen["buffer"] += bool(place.buffers)
    assert seen["outside"] > 20 and seen["inside"] > 200 and seen["buffer"] >= 5


def test_a_point_in_web_mercator_is_the_same_place(dataset):
    point = dataset.units.geometries[3].representative_point()
    mercator = reproject(point, STORAGE_CRS, "EPSG:3857")
    place = locate(dataset, mercator, "EPSG:3857")
    assert place.unit["code"] == dataset.units.records[3]["unit_code"]
    assert answer(place) == expected(dataset, mercator, "EPSG:3857")


def test_a_polygon_over_several_units_gets_the_one_holding_most_of_it(dataset):
    parcel = shapely.box(125.13, 42.89, 125.16, 42.91)
    place = locate(dataset, parcel)
    result = dataset.inspect(parcel)
    assert len(place.units) >= 3
    assert place.unit["code"] == max(result.units, key=lambda u: u["overlap_m2"])["code"]
    assert answer(place) == expected(dataset, parcel)
    assert place.unit["class_name"] == dataset.unit_class_name(
        dataset.units.records[dataset.unit_index(place.unit["code"])]["unit_class"])


def test_outside_the_city_and_bad_input(dataset):
    assert locate(dataset, OUTSIDE) == Location(False)
    for bad in (None, shapely.Point(), shapely.Point(200, 42)):
        with pytest.raises(InputError):
            locate(dataset, bad)
    with pytest.raises(InputError):   # far beyond Web Mercator's range
        locate(dataset, shapely.Point(1e9, 5e6), "EPSG:3857")
    with pytest.raises(CRSError):
        locate(dataset, OUTSIDE, "EPSG:999999")


def test_lookups_from_several_threads_give_the_same_answers(dataset):
    rng = numpy.random.default_rng(3)
    minx, miny, maxx, maxy = dataset.city_bounds_4490
    points = list(shapely.points(rng.uniform(minx, maxx, 300), rng.uniform(miny, maxy, 300)))
    alone = [answer(locate(dataset, p, "EPSG:4490")) for p in points]
    found = {}

    def work(n):
        # Another CRS spelling: not answered from the cache.
        found[n] = [answer(locate(dataset, p, "4490")) for p in points]
    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(found[n] == alone for n in range(4))


def test_dimensions_by_any_spelling(dataset, english):
    assert dimension_of("风险管控防控") == "环境风险防控"
    assert dimension_of(" 资源开发利用效率 ") == "资源利用效率"
    assert dimension_of("") is None and dimension_of(None) is None
    with pytest.raises(InputError, match="unknown dimension"):
        dimension_of("water")


def test_unit_requirements_are_the_units_own_each_under_its_id(dataset):
    code = dataset.units.records[0]["unit_code"]
    own = dataset.by_scope[("unit", code)]
    spatial = [r for r in own if r.dimension == DIMENSIONS[0]]
    assert unit_requirements(dataset, code, "空间布局") == spatial
    text = requirements_text(dataset, code, "空间布局约束")
    assert text.split("\n") == [f"{r.req_id} {r.text}" for r in spatial]
    everything = requirements_text(dataset, code, "").split("\n")
    assert len(everything) == len(own) + len({r.dimension for r in own})
    assert everything[0] == DIMENSIONS[0] and everything[1] == f"{own[0].req_id} {own[0].text}"
    assert all(f"{r.req_id} {r.text}" in everything for r in own)
    # The city's and the class's items are not the unit's own.
    assert not any(r.scope != "unit" for r in unit_requirements(dataset, code))


def test_unknown_unit_code_gives_none_and_a_unit_without_items_of_a_dimension_empty_text(dataset):
    assert requirements_text(dataset, "ZH00000000000", "") is None
    assert requirements_text(dataset, None, "") is None
    assert requirements_text(dataset, "  ", "") is None
    # Every sample unit has all four dimensions: a unit of another dataset with one item only.
    item = Requirement("U-X-01", "unit", "X", DIMENSIONS[2], "", 1, "text", "source")
    other = SimpleNamespace(unit_index=lambda code: 0 if code == "X" else None,
                            by_scope={("unit", "X"): [item]})
    assert requirements_text(other, "X", DIMENSIONS[0]) == ""
    assert requirements_text(other, "X", "风险") == "U-X-01 text"
    assert requirements_text(other, "X", None) == f"{DIMENSIONS[2]}\nU-X-01 text"
