"""A geometry GEOS would spend minutes on (issue 14 §5: a spiky 1,000,000-vertex polygon hung the
overlay for over 10 minutes, no cancel reaching it) is refused at once, by its vertex count and the
shape of its edges, before GEOS is asked anything; ordinary large outlines overlay as before."""
from zoning_plugin.core import InputError, open_dataset  # first: it tells pyproj where PROJ's data is

import time  # noqa: E402

import numpy  # noqa: E402
import pytest  # noqa: E402
import shapely  # noqa: E402

from zoning_plugin.core import geo  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS, edge_pairs  # noqa: E402
from zoning_plugin.core.engine.overlay import overlay  # noqa: E402
from zoning_plugin.core.engine.thresholds import wide_areas  # noqa: E402


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def star(dataset, n, seed=14):
    """A star of n vertices around the city's centre: spikes 15 km long, every edge's box
    overlapping a good part of the others."""
    rng = numpy.random.default_rng(seed)
    centre = dataset.city_metric.centroid
    angle = numpy.sort(rng.uniform(0, 2 * numpy.pi, n))
    radius = numpy.where(numpy.arange(n) % 2 == 0, 15000.0, 1000.0) * rng.uniform(0.8, 1.0, n)
    return shapely.Polygon(numpy.column_stack((centre.x + radius * numpy.cos(angle),
                                               centre.y + radius * numpy.sin(angle))))


def outline(dataset, n, seed=14):
    """A wobbly outline of n vertices around the city's centre, 15 km across: many vertices, no spikes."""
    rng = numpy.random.default_rng(seed)
    centre = dataset.city_metric.centroid
    angle = numpy.linspace(0, 2 * numpy.pi, n, endpoint=False)
    radius = 8000 + numpy.cumsum(rng.normal(0, 2, n))
    radius -= numpy.linspace(0, radius[-1] - radius[0], n)
    return shapely.Polygon(numpy.column_stack((centre.x + radius * numpy.cos(angle),
                                               centre.y + radius * numpy.sin(angle))))


def inside_square(dataset, index=5):
    p = shapely.buffer(dataset.units.metric[index], -30).representative_point()
    return shapely.box(p.x, p.y, p.x + 20, p.y + 20)


def test_a_spiky_million_vertex_polygon_is_refused_at_once_and_the_run_goes_on(dataset, english):
    spiky = star(dataset, 1_000_000)
    start = time.perf_counter()
    result = overlay(dataset, [inside_square(dataset), spiky, inside_square(dataset, 9)], crs=METRIC_CRS)
    assert time.perf_counter() - start < 20          # it took GEOS over 10 minutes
    assert [f.status for f in result.features] == ["ok", "invalid", "ok"]
    assert "1,000,001" in result.features[1].message and "simplify" in result.features[1].message
    with pytest.raises(InputError, match="too many vertices"):
        dataset.inspect(spiky, crs=METRIC_CRS)


def test_a_spiky_polygon_under_the_vertex_limit_is_refused_by_its_shape(dataset, english):
    spiky = star(dataset, 200_000)
    assert shapely.get_num_coordinates(spiky) < geo.MAX_VERTICES
    start = time.perf_counter()
    with pytest.raises(InputError, match="pairs of overlapping edges") as caught:
        dataset.inspect(spiky, crs=METRIC_CRS)
    assert time.perf_counter() - start < 10
    assert "200,001 vertices" in str(caught.value)
    result = overlay(dataset, [spiky], crs="EPSG:4551")
    assert result.features[0].status == "invalid"


def test_the_edge_pairs_estimate_tells_a_star_from_an_outline(dataset):
    n = 20_000
    assert edge_pairs(outline(dataset, n)) < 3 * n             # each edge meets its neighbours
    assert edge_pairs(star(dataset, n)) > n * n / 40           # each edge meets many
    assert edge_pairs(shapely.LineString([(0, 0), (1, 1)])) == 0


def test_a_large_ordinary_outline_and_a_small_star_overlay_as_before(dataset):
    for geometry in (outline(dataset, 20_000), star(dataset, 600)):
        result = overlay(dataset, [geometry], crs=METRIC_CRS)
        feature = result.features[0]
        assert feature.status == "ok", feature.message
        # The star's thinnest spikes (a few centimetres wide) cross units: those pieces are under
        # the width rule's 0.1 m mean width and count 0 (rules.wide_areas, issue 15 §7).
        units = wide_areas(shapely.intersection(dataset.units.metric, geometry)).sum()
        assert sum(feature.class_measure.values()) == pytest.approx(units, rel=1e-6)
        assert dataset.inspect(geometry, crs=METRIC_CRS).inside_measure == pytest.approx(feature.inside_measure)
