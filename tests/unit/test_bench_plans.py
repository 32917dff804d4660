"""The overlay benchmark's 三调-like plan (benchmarks/survey_plan.py, plans.py): a partition of the
city with the shapes of a land survey, the same for the same seed."""
import os
import sys

import numpy
import pytest
import shapely

BENCHMARKS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "benchmarks")
sys.path.insert(0, BENCHMARKS)

import plans  # noqa: E402
import survey_plan  # noqa: E402
from zoning_plugin.core.dataset.reader import open_dataset  # noqa: E402

SIZE = 3000


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


@pytest.fixture(scope="module")
def survey(dataset):
    return survey_plan.survey_parcels(dataset.city_metric, numpy.asarray(dataset.units.metric), SIZE, 11)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """(the plan written in EPSG:4490 as the benchmark writes it, its parcels, class codes and names)."""
    path, counts = plans.ensure_plan(str(tmp_path_factory.mktemp("plans")), "survey", SIZE, 11, "EPSG:4490")
    assert counts["parcels"] > 0
    from osgeo import ogr
    ogr.UseExceptions()
    source = ogr.Open(path)   # kept: its layer dies with it
    rows = [(shapely.from_wkb(bytes(f.GetGeometryRef().ExportToIsoWkb())), f.GetField("DLBM"), f.GetField("DLMC"))
            for f in source.GetLayer(0)]
    source = None
    return path, numpy.array([r[0] for r in rows]), [r[1] for r in rows], [r[2] for r in rows]


def test_the_parcels_partition_the_city(dataset, survey):
    """No two parcels overlap by more than 1e-6 m², and together they cover the city but for the
    slivers under 1 m² a cut leaves (survey_plan.MIN_PART_M2)."""
    parcels, _codes, _counts = survey
    assert shapely.is_valid(parcels).all()
    a, b = shapely.STRtree(parcels).query(parcels, predicate="intersects")
    a, b = a[a < b], b[a < b]
    overlaps = shapely.area(shapely.intersection(parcels[a], parcels[b]))
    assert len(a) > 3 * SIZE   # neighbours do touch: the test looks at real pairs
    assert overlaps.max() < 1e-6
    city = dataset.city_metric
    union = shapely.union_all(parcels)
    assert shapely.area(shapely.difference(city, union)) < 50.0
    assert shapely.area(shapely.difference(union, city)) < 1e-3
    assert abs(shapely.area(parcels).sum() - city.area) < 50.0


def test_survey_shapes(dataset, survey, written):
    """Holes, multiparts, 20-200 vertices, noisy edges, parcels cut along units and others across."""
    _path, parcels, codes, names = written
    vertices = survey_plan.vertex_counts(parcels)
    assert vertices.min() >= 20 and vertices.max() <= 200
    assert numpy.median(vertices) > 25
    assert (shapely.get_num_interior_rings(shapely.get_geometry(parcels, 0)) > 0).sum() >= 10
    assert (shapely.get_num_geometries(parcels) >= 2).sum() >= 10
    assert set(codes) <= set(survey_plan.SURVEY_CLASSES) and len(set(codes)) >= 10
    assert all(survey_plan.SURVEY_CLASSES[c] == n for c, n in zip(codes, names))
    _parcels, _codes, counts = survey
    assert counts["cut along units"] > 0 and counts["islands"] > 0 and counts["strips"] > 0
    # Edges are not straight lines between few corners: most parcels keep most of their vertices
    # when simplified by a metre.
    metric = survey[0]
    kept = shapely.get_num_coordinates(shapely.simplify(metric, 1.0)) / shapely.get_num_coordinates(metric)
    assert numpy.median(kept) > 0.5
    units = numpy.asarray(dataset.units.metric)
    unit, parcel = shapely.STRtree(metric).query(units, predicate="intersects")
    across = ~shapely.contains_properly(units[unit], metric[parcel])
    assert across.sum() > 100   # parcels crossing unit lines are there too


def test_deterministic_by_seed(dataset, survey):
    again = survey_plan.survey_parcels(dataset.city_metric, numpy.asarray(dataset.units.metric), SIZE, 11)
    assert (shapely.to_wkb(again[0]) == shapely.to_wkb(survey[0])).all()
    assert (again[1] == survey[1]).all()
    other = survey_plan.survey_parcels(dataset.city_metric, numpy.asarray(dataset.units.metric), SIZE, 12)
    assert len(other[0]) != len(survey[0]) or not (shapely.to_wkb(other[0]) == shapely.to_wkb(survey[0])).all()


def test_a_made_plan_is_reused(written):
    path, parcels, _codes, _names = written
    assert plans.ensure_plan(os.path.dirname(path), "survey", SIZE, 11, "EPSG:4490") == (path, None)
