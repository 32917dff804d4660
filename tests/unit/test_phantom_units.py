"""No phantom units (issue 15 §7): a geometry that follows unit boundaries reports exactly the
units it covers. Every unit's own outline, and a parcel cut from it that shares its boundary, given
in EPSG:4490, 4551 and 3857, reports that unit alone, inside the city, through inspect and the
overlay; the rule that leaves out the boundary artefacts is the mean width (rules.wide_areas)."""
from zoning_plugin.core import open_dataset  # first: it tells pyproj where PROJ's data is

import pytest  # noqa: E402
import shapely  # noqa: E402

from zoning_plugin.core.geo import STORAGE_CRS, reproject  # noqa: E402
from zoning_plugin.core.engine.overlay import overlay  # noqa: E402
from zoning_plugin.core.engine.thresholds import MIN_OVERLAP_M2, MIN_WIDTH_M, wide_areas  # noqa: E402

from phantom_sweep import CRSS, sweep_geometries  # noqa: E402


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def test_the_sweep_geometries_share_the_units_boundaries(dataset):
    """The parcels lie inside their unit and share a stretch of its boundary (not a test of the
    plugin: that the sweep below sweeps what it says)."""
    for code, label, geometry in sweep_geometries(dataset):
        unit = dataset.units.geometries[[r["unit_code"] for r in dataset.units.records].index(code)]
        shared = shapely.length(shapely.intersection(geometry.boundary, unit.boundary))
        assert shared > 0, (code, label)
        assert shapely.area(shapely.difference(geometry, unit)) < 1e-15, (code, label)


@pytest.mark.parametrize("crs", CRSS)
def test_every_outline_and_boundary_sharing_parcel_reports_exactly_its_unit(dataset, crs):
    wrong = []
    for code, label, geometry in sweep_geometries(dataset):
        result = dataset.inspect(reproject(geometry, STORAGE_CRS, crs), crs=crs)
        codes = [u["code"] for u in result.units]
        if codes != [code] or not result.inside or result.outside_measure:
            wrong.append((code, label, [(u["code"], u["overlap_m2"]) for u in result.units],
                          result.outside_measure))
    assert not wrong, wrong


@pytest.mark.parametrize("crs", CRSS)
def test_the_overlay_of_all_of_them_at_once_reports_the_same(dataset, crs):
    sweep = list(sweep_geometries(dataset))
    summaries = overlay(dataset, [reproject(g, STORAGE_CRS, crs) for _c, _l, g in sweep], crs).features
    wrong = [(code, label, s.unit_codes, s.flags) for (code, label, _g), s in zip(sweep, summaries)
             if s.unit_codes != [code] or s.status != "ok" or "partly_outside" in s.flags]
    assert not wrong, wrong


def test_without_the_width_rule_the_same_outlines_would_pick_up_neighbours(dataset):
    """What the rule is for: in EPSG:4551 the outlines' overlaps with other units reach the area
    threshold (tens of m² along kilometres of shared boundary) while their mean width stays far
    under MIN_WIDTH_M."""
    largest = widest = 0.0
    for n, outline in enumerate(dataset.units.geometries):
        given = reproject(outline, STORAGE_CRS, "EPSG:4551")   # vertex by vertex, straight in 4551
        for other in dataset.units.tree.query(given):
            if other == n:
                continue
            for piece in shapely.get_parts(shapely.intersection(given, dataset.units.metric[other])):
                if piece.area > 0:
                    largest = max(largest, piece.area)
                    widest = max(widest, piece.area / (piece.length / 2))
    assert largest > 10 * MIN_OVERLAP_M2
    assert widest < MIN_WIDTH_M / 2


def test_wide_areas_keeps_the_wide_pieces_of_an_overlap_and_drops_the_narrow_ones():
    square = shapely.box(0, 0, 10, 10)                  # 100 m², mean width 5 m
    sliver = shapely.box(20, 0, 1020, 0.05)             # 50 m², mean width about 0.05 m
    small = shapely.box(40, 40, 40.8, 40.8)             # 0.64 m², mean width 0.4 m
    both = shapely.GeometryCollection([shapely.MultiPolygon([square, sliver]), shapely.LineString([(0, 0), (5, 5)])])
    assert wide_areas([square, sliver, small, both]).tolist() == pytest.approx([100.0, 0.0, 0.64, 100.0])


def test_a_real_overlap_beside_a_long_shared_boundary_still_counts(dataset):
    """The width is taken per piece: a parcel reaching 10 m into the neighbour along a stretch of
    shared boundary keeps that overlap (a mean width over the whole overlap would hide it)."""
    n = 0
    outline = dataset.units.metric[n]
    neighbours = [i for i in dataset.units.tree.query(outline) if i != n
                  and shapely.length(shapely.intersection(outline.boundary, dataset.units.metric[i].boundary)) > 200]
    other = neighbours[0]
    border = shapely.intersection(outline.boundary, dataset.units.metric[other].boundary)
    point = shapely.line_interpolate_point(shapely.line_merge(border) if border.geom_type != "LineString" else border,
                                           0.5, normalized=True)
    bump = shapely.intersection(point.buffer(10), dataset.units.metric[other])
    parcel = shapely.union(reproject(dataset.units.geometries[n], STORAGE_CRS, "EPSG:4551"), bump)
    codes = [u["code"] for u in dataset.inspect(parcel, crs="EPSG:4551").units]
    assert codes[0] == dataset.units.records[n]["unit_code"]
    assert dataset.units.records[other]["unit_code"] in codes
