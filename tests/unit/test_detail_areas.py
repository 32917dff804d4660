"""core/renderers/detail_areas: the conformity report's detail maps go to areas of features that lie
apart, the area with most features first."""
import numpy
import shapely

from zoning_plugin.core.renderers.detail_areas import GAP_M, detail_areas


def test_features_closer_than_the_gap_make_one_area_and_the_fuller_area_comes_first():
    west = [shapely.box(0, 0, 100, 100), shapely.box(GAP_M - 500, 0, GAP_M - 400, 100)]
    east = [shapely.box(50_000 + n * 300, 0, 50_100 + n * 300, 100) for n in range(3)]
    areas = detail_areas(numpy.array(west + east, dtype=object))
    assert len(areas) == 2
    assert areas[0].bounds == (50_000.0, 0.0, 50_700.0, 100.0)     # three features
    assert areas[1].bounds == (0.0, 0.0, GAP_M - 400, 100.0)         # two, merged across their gap


def test_features_farther_apart_than_the_gap_stay_apart():
    boxes = numpy.array([shapely.box(0, 0, 10, 10), shapely.box(GAP_M + 20, 0, GAP_M + 30, 10)], dtype=object)
    areas = detail_areas(boxes)
    assert [a.bounds for a in areas] == [(0.0, 0.0, 10.0, 10.0), (GAP_M + 20, 0.0, GAP_M + 30, 10.0)]
