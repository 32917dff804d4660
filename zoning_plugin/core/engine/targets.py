"""What the overlay engine overlays, derived once per dataset: the zoning layers as prepared metric
geometries in one array with one tree, the rivers cut in short pieces, the unit classes.

A prepared GEOS geometry builds its indexes on first use and is not safe to share between threads:
each worker thread gets a copy of its own, lent to one run at a time (Targets.lend)."""
import threading
import weakref

import numpy
import shapely

from zoning_plugin.core.engine.clips import Clips

# (name, tiles the city, narrow): a feature in the city always gets one feature of a tiling layer.
# A narrow layer (river buffers) is stored in tiles of at most TILE_VERTICES vertices: a parcel
# crossing a buffer is cut anyway, and cutting it against a small tile is cheaper than against a
# whole river's buffer of thousands of vertices.
LAYERS = (("city", False, False), ("units", True, False), ("counties", True, False), ("basins", True, False),
          ("built_up", False, False), ("buffers", False, True), ("buffer_area", False, True))
WITHOUT_BUFFERS = LAYERS[:5]
TILE_VERTICES = 128
# A river is indexed in pieces of this many vertices: the distance to a long river is found
# through the tree instead of along every one of its segments.
RIVER_PIECE_VERTICES = 9


def tiles(geometry, max_vertices=TILE_VERTICES):
    """`geometry` cut by halving its box until each piece has at most `max_vertices` vertices."""
    pieces, stack = [], [geometry]
    while stack:
        current = stack.pop()
        if current.is_empty:
            continue
        if shapely.get_num_coordinates(current) <= max_vertices:
            pieces.append(current)
            continue
        minx, miny, maxx, maxy = current.bounds
        midx, midy = (minx + maxx) / 2, (miny + maxy) / 2
        quarters = [shapely.box(minx, miny, midx, midy), shapely.box(midx, miny, maxx, midy),
                    shapely.box(minx, midy, midx, maxy), shapely.box(midx, midy, maxx, maxy)]
        stack.extend(shapely.intersection(current, quarters))
    return pieces


def _prepared(geometries):
    array = numpy.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    shapely.prepare(array)
    return array


class Target:
    """The metric features of several layers in one prepared array with one tree. Feature `f` of
    layer `layer[f]` has index `f - start[layer[f]]` in its layer; geometry `g` belongs to feature
    `owner[g]` (one geometry per feature, or its tiles)."""

    def __init__(self, layers):
        """`layers`: [(metric geometries, keep_largest, narrow)]."""
        geometries, owner, sizes, number, areas = [], [], [], 0, []
        for features, _keep, narrow in layers:
            for feature in features:
                pieces = tiles(feature) if narrow else [feature]
                geometries += pieces
                owner += [number] * len(pieces)
                areas += [not narrow] * len(pieces)
                number += 1
            sizes.append(len(features))
        self.geometries = _prepared(geometries)
        # Per geometry: its overlaps are areas under the width rule (rules.wide_areas). A narrow
        # layer's tiles are cut at box midpoints, where a piece of a real overlap may be thin.
        self.width_rule = numpy.array(areas, dtype=bool)
        self.owner = numpy.array(owner, dtype=numpy.int64)
        self.tiled = len(geometries) != sum(sizes)
        self.layer = numpy.repeat(numpy.arange(len(layers)), sizes)
        self.start = numpy.cumsum([0] + sizes)
        self.keep_largest = numpy.array([keep for _features, keep, _narrow in layers], dtype=bool)
        self.tree = shapely.STRtree(self.geometries)
        self._clips = None
        self._clips_lock = threading.Lock()     # the first copies are made on two workers at once

    def __len__(self):
        """The number of features (not tiles)."""
        return len(self.layer)

    @property
    def clips(self):
        """The large polygons as clipped copies, for cutting the parts that cross their borders;
        made on first use (a third of a second: a click does not need them)."""
        with self._clips_lock:
            if self._clips is None:
                polygonal = numpy.isin(shapely.get_type_id(self.geometries), (3, 6))
                self._clips = Clips(self.geometries, self.width_rule & polygonal)
        return self._clips

    def copy(self):
        """The same target with geometries, preparation and tree of its own."""
        twin = object.__new__(Target)
        twin.__dict__.update(self.__dict__)
        twin.geometries = _prepared(shapely.from_wkb(shapely.to_wkb(self.geometries)))
        twin.tree = shapely.STRtree(twin.geometries)
        twin._clips = self.clips.copy()
        twin._clips_lock = threading.Lock()
        return twin


def _river_pieces(courses):
    """(pieces, river number of each piece, half channel width of each piece) of
    [(metric lines, half widths)] (Dataset.river_courses)."""
    pieces, owner, halves = [], [], []
    step = RIVER_PIECE_VERTICES - 1
    for n, (lines, line_halves) in enumerate(courses):
        for line, half in zip(lines, line_halves):
            for part in shapely.get_parts(line):
                coordinates = shapely.get_coordinates(part)
                for start in range(0, max(len(coordinates) - 1, 1), step):
                    pieces.append(shapely.linestrings(coordinates[start:start + step + 1]))
                    owner.append(n)
                    halves.append(half)
    return numpy.array(pieces, dtype=object), numpy.array(owner, dtype=numpy.int64), numpy.array(halves, dtype=float)


class Rivers:
    """The rivers in short pieces, all in one tree and each river in a tree of its own. `half`: per
    piece, half its channel's width (0: distances from the centre line; core/dataset/channels.py)."""

    def __init__(self, pieces, piece_river, half, names):
        self.names, self.pieces, self.piece_river, self.half = names, pieces, piece_river, half
        self.tree = shapely.STRtree(pieces)
        self.by_river = [(pieces[piece_river == n], shapely.STRtree(pieces[piece_river == n]), half[piece_river == n])
                         for n in range(len(names))]
        # Per tree (-1: all rivers, n: river n), the distance from the centre of each grid cell
        # asked so far to its nearest piece (arrays._distance_bounds).
        self.cell_gaps = {}

    def copy(self):
        return Rivers(shapely.from_wkb(shapely.to_wkb(self.pieces)), self.piece_river, self.half, self.names)


class Targets:
    """Everything the engine needs of one dataset."""

    def __init__(self, dataset):
        geometries = {name: getattr(dataset, name).metric for name, _keep, _narrow in LAYERS[1:-1]}
        geometries.update(city=[dataset.city_metric], buffer_area=[shapely.union_all(dataset.buffers.metric)])
        self._targets = {True: Target([(geometries[name], keep, narrow) for name, keep, narrow in LAYERS]),
                         False: Target([(geometries[name], keep, narrow) for name, keep, narrow in WITHOUT_BUFFERS])}
        self._original = None
        self.unit_classes = [dataset.class_number(r["unit_class"]) for r in dataset.units.records]
        courses = dataset.river_courses()
        names = list(courses)
        by_name = {name: n for n, name in enumerate(names)}
        self.buffer_river = numpy.array([by_name.get(r["river_name"], -1) for r in dataset.buffers.records],
                                        dtype=numpy.int64)
        self.rivers = Rivers(*_river_pieces(courses.values()), names)
        self._spare, self._lock = [], threading.Lock()      # copies not lent (lend)

    def _target(self, buffers):
        if buffers not in self._targets:          # a copy's, made by the worker that first needs it
            self._targets[buffers] = self._original._target(buffers).copy()
        return self._targets[buffers]

    @property
    def with_buffers(self):
        """The Target with the river buffers."""
        return self._target(True)

    @property
    def without_buffers(self):
        """The Target without them (an overlay that leaves the buffers out)."""
        return self._target(False)

    def copy(self):
        """A copy for one worker thread. Its Targets are copied when it first asks for them, on
        that worker: a run with the buffers never needs the one without, and the workers copy at
        the same time instead of the caller one after the other before any can start."""
        twin = object.__new__(Targets)
        twin.__dict__.update(self.__dict__)
        twin._targets, twin._original, twin._spare = {}, self, []
        twin.rivers = self.rivers.copy()
        return twin

    def lend(self, number):
        """`number` copies for one run's worker threads, lent to no other run until given back:
        two runs may overlap (Processing runs each algorithm as a background task), and a copy,
        like the original, is for one thread at a time. Copies given back serve the next runs."""
        with self._lock:
            return [self._spare.pop() if self._spare else self.copy() for _ in range(number)]

    def give_back(self, copies):
        with self._lock:
            self._spare.extend(copies)


_targets = weakref.WeakKeyDictionary()


def targets_of(dataset):
    if dataset not in _targets:
        _targets[dataset] = Targets(dataset)
    return _targets[dataset]
