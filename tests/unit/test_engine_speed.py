"""What makes the overlay cheaper leaves its measures as they were: the clipped copies of large
features (core/engine/clips.py) on the sample's units, the search for the nearest river pieces,
densifying only what has long edges."""
import numpy
import shapely

from zoning_plugin.core.engine import arrays
from zoning_plugin.core.engine.clips import CLIP_VERTICES, Clips
from zoning_plugin.core.geo import DENSIFY_STEP_M, densify_many
from zoning_plugin.core.engine.targets import targets_of
from zoning_plugin.core.engine.thresholds import wide_areas


def _parcels_on_borders(dataset, number, seed=7):
    """Small squares and rotated triangles centred on random vertices of the units' outlines
    (each crosses a border), of 2 m to 400 m."""
    rng = numpy.random.default_rng(seed)
    coordinates = shapely.get_coordinates(numpy.asarray(dataset.units.metric))
    centres = coordinates[rng.integers(0, len(coordinates), number)] + rng.normal(0, 3, (number, 2))
    sizes = rng.uniform(2, 400, number)
    angles = rng.uniform(0, 2 * numpy.pi, (number, 3)) + numpy.array([0, 2.1, 4.2])
    triangles = shapely.polygons(centres[:, None, :] + sizes[:, None, None] * numpy.stack(
        [numpy.cos(angles), numpy.sin(angles)], axis=2))
    squares = shapely.box(*(centres - sizes[:, None] / 2).T, *(centres + sizes[:, None] / 2).T)
    return numpy.where(numpy.arange(number) % 2 == 0, triangles, squares)


def test_a_part_cut_against_a_clipped_copy_gives_the_same_overlap(dataset):
    target = targets_of(dataset).without_buffers
    parts = _parcels_on_borders(dataset, 600)
    tree = shapely.STRtree(target.geometries)
    p, g = tree.query(parts, predicate="intersects")
    chosen = target.clips.for_pairs(target.geometries, g, shapely.bounds(parts[p]))
    smaller = shapely.get_num_coordinates(chosen) < shapely.get_num_coordinates(target.geometries[g])
    assert smaller.mean() > 0.5   # most parts get a copy, not the whole feature
    assert (shapely.get_num_coordinates(chosen[smaller]) < 4 * CLIP_VERTICES).all()
    whole = shapely.intersection(parts[p], target.geometries[g])
    clipped = shapely.intersection(parts[p], chosen)
    numpy.testing.assert_allclose(shapely.area(clipped), shapely.area(whole), rtol=1e-9, atol=1e-6)
    numpy.testing.assert_allclose(shapely.length(clipped), shapely.length(whole), rtol=1e-9, atol=1e-6)
    numpy.testing.assert_allclose(wide_areas(clipped), wide_areas(whole), rtol=1e-9, atol=1e-6)
    assert (shapely.get_num_geometries(clipped) == shapely.get_num_geometries(whole)).all()


def test_a_part_larger_than_every_cell_gets_the_whole_feature():
    ring = numpy.linspace(0, 2 * numpy.pi, 2000, endpoint=False)
    big = shapely.polygons(numpy.column_stack([1000 * numpy.cos(ring), 1000 * numpy.sin(ring)]))
    clips = Clips(numpy.array([big], dtype=object), numpy.array([True]))
    assert len(clips.copies) > 4
    across = shapely.box(-1100, -10, 1100, 10)   # crosses the middle: no cell holds it
    edge = shapely.box(990, -5, 1010, 5)
    chosen = clips.for_pairs(numpy.array([big], dtype=object), numpy.array([0, 0]),
                             shapely.bounds(numpy.array([across, edge])))
    assert chosen[0] is big
    assert shapely.get_num_coordinates(chosen[1]) <= CLIP_VERTICES + 8
    assert abs(shapely.intersection(edge, chosen[1]).area - shapely.intersection(edge, big).area) < 1e-6


def test_nothing_is_clipped_that_is_not_eligible_or_small():
    small = shapely.box(0, 0, 1, 1)
    ring = numpy.linspace(0, 2 * numpy.pi, 500, endpoint=False)
    big = shapely.polygons(numpy.column_stack([numpy.cos(ring), numpy.sin(ring)]))
    clips = Clips(numpy.array([small, big], dtype=object), numpy.array([True, False]))
    assert len(clips.copies) == 0


def test_the_nearest_pieces_are_found_as_by_measuring_every_piece(dataset):
    rivers = targets_of(dataset).rivers
    rng = numpy.random.default_rng(3)
    low, high = shapely.total_bounds(rivers.pieces).reshape(2, 2)
    centres = rng.uniform(low, high, (300, 2))
    parts = shapely.buffer(shapely.points(centres), rng.uniform(5, 300, 300), quad_segs=rng.integers(1, 30))
    # A part across a river, and one around a vertex that two pieces share (a tie at 0).
    piece = shapely.get_coordinates(rivers.pieces[10])
    middle = (piece[0] + piece[1]) / 2
    parts = numpy.concatenate([parts, [shapely.buffer(shapely.Point(middle), 20), shapely.Point(piece[0]).buffer(1)]])
    g, found, gap = arrays._distances(rivers.pieces, rivers.tree, rivers.half, parts, {})
    every = shapely.distance(parts[:, None], rivers.pieces[None, :])
    nearest = every.min(axis=1)
    least = numpy.full(len(parts), numpy.inf)
    numpy.minimum.at(least, g, gap)
    numpy.testing.assert_array_equal(least, nearest)
    for k in range(len(parts)):   # every piece at the least distance is among those measured
        assert set(numpy.flatnonzero(every[k] == nearest[k])) <= set(found[g == k].tolist())
    assert len(g) < 4 * len(parts)   # and few others: not every piece near the part
    assert nearest[-1] == 0 and (gap[g == len(parts) - 1] == 0).any()


def test_densify_many_cuts_long_edges_and_leaves_the_rest_as_they_are():
    step = DENSIFY_STEP_M / 111_320.0
    short = shapely.polygons([[0, 0], [step / 2, 0], [step / 2, step / 2], [0, 0]])
    long = shapely.polygons([[0, 0], [3 * step, 0], [3 * step, step / 2], [0, 0]])
    holed = shapely.polygons([[0, 0], [step, 0], [step, step], [0, step]],
                             holes=[[[0.1 * step, 0.1 * step], [0.2 * step, 0.1 * step], [0.2 * step, 0.2 * step]]])
    geometries = numpy.array([short, long, holed, shapely.Point(0, 0), None], dtype=object)
    densified = densify_many(geometries, "EPSG:4490")
    assert densified[0] is short and densified[3] is geometries[3] and densified[4] is None
    assert shapely.equals_exact(densified[1], shapely.segmentize(long, step), 0)
    assert shapely.get_num_coordinates(densified[1]) > shapely.get_num_coordinates(long)
    assert shapely.equals_exact(densified[2], shapely.segmentize(holed, step), 0)


def test_clips_cut_on_several_threads_are_those_cut_on_one(dataset, monkeypatch):
    from zoning_plugin.core.engine import clips
    target = targets_of(dataset).with_buffers
    eligible = target.width_rule & numpy.isin(shapely.get_type_id(target.geometries), (3, 6))
    made = {}
    for threads in (1, 3):
        monkeypatch.setattr(clips, "MAX_THREADS", threads)
        monkeypatch.setattr(clips.os, "cpu_count", lambda: 4)
        made[threads] = Clips(target.geometries, eligible)
    assert len(made[1].keys) > 1000
    assert (made[1].keys == made[3].keys).all()
    assert shapely.to_wkb(made[1].copies).tolist() == shapely.to_wkb(made[3].copies).tolist()


def test_a_workers_copy_makes_only_the_target_it_is_asked_for(dataset):
    from zoning_plugin.core.engine.targets import Targets
    targets = Targets(dataset)
    copy = targets.copy()
    assert not copy._targets                      # nothing made before a worker asks
    mine = copy.with_buffers
    assert list(copy._targets) == [True]          # the one without the buffers is never made
    assert mine is not targets.with_buffers and mine.geometries is not targets.with_buffers.geometries
    assert copy.with_buffers is mine              # made once per copy
    assert shapely.to_wkb(mine.geometries).tolist() == shapely.to_wkb(targets.with_buffers.geometries).tolist()
    assert (mine.clips.keys == targets.with_buffers.clips.keys).all()
    assert mine.clips.copies is not targets.with_buffers.clips.copies
