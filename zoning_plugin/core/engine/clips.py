"""Large target polygons clipped to the cells of a loose quadtree, so that a part crossing a
border is cut against a small copy of its feature instead of all of it.

GEOS's intersection scans every vertex of both inputs: a parcel crossing a unit of 5,000 vertices
costs three times one crossing a copy of 128. A cell's copy is the feature clipped to the cell
widened by half its width on each side (a loose quadtree: any part no larger than a quarter of a
cell fits in one cell of that level, wherever it lies). A part whose bounding box lies at least
CLIP_MARGIN_M inside a cell's widened box meets that copy exactly where it meets the feature: the
copy's only new edges run along the box, outside the part, so the overlap is the same geometry,
vertex for vertex up to the last bits of the points where the box cut a long edge."""
import os
from concurrent.futures import ThreadPoolExecutor

import numpy
import shapely

# A cell is split while its copy has more vertices than this (targets.TILE_VERTICES).
CLIP_VERTICES = 128
MAX_LEVEL = 12
CLIP_MARGIN_M = 1.0
MAX_THREADS = 4
_POLYGONAL = (3, 6)   # Polygon, MultiPolygon


def _polygonal(geometry):
    """The polygons of a clip (a box along an edge may leave lines or points beside them)."""
    if shapely.get_type_id(geometry) in _POLYGONAL or geometry.is_empty:
        return geometry
    parts = shapely.get_parts(geometry)
    return shapely.multipolygons(shapely.get_parts(parts[numpy.isin(shapely.get_type_id(parts), _POLYGONAL)]))


class Clips:
    """Clipped copies of the polygons of `geometries` that have more than CLIP_VERTICES vertices;
    `for_pairs` picks, per (part box, geometry), the smallest copy that serves."""

    def __init__(self, geometries, eligible):
        """`eligible`: per geometry, whether it may be clipped (a polygon of a layer not tiled)."""
        bounds = shapely.bounds(geometries) if len(geometries) else numpy.zeros((0, 4))
        self.origin = bounds[:, :2]
        self.size = numpy.maximum(bounds[:, 2:] - bounds[:, :2], 1e-9)
        vertices = shapely.get_num_coordinates(geometries) if len(geometries) else numpy.zeros(0, int)
        large = numpy.flatnonzero(eligible & (vertices > CLIP_VERTICES)).tolist()
        # GEOS lets go of Python's lock while it cuts: the features are shared among the cores.
        threads = max(1, min(os.cpu_count() or 1, MAX_THREADS, len(large)))
        with ThreadPoolExecutor(max_workers=threads) as pool:
            made = list(pool.map(lambda share: self._clip(geometries, share), [large[k::threads] for k in range(threads)]))
        keys = [key for share_keys, _copies in made for key in share_keys]
        copies = [copy for _keys, share_copies in made for copy in share_copies]
        order = numpy.argsort(numpy.array(keys, dtype=numpy.int64), kind="stable")
        self.keys = numpy.array(keys, dtype=numpy.int64)[order]
        self.copies = numpy.empty(len(copies), dtype=object)
        self.copies[:] = copies
        self.copies = self.copies[order]

    def _clip(self, geometries, share):
        """(keys, copies) of the geometries numbered in `share`, cell by cell down the quadtree."""
        keys, copies = [], []
        for g in share:
            stack = [(0, 0, 0, geometries[g])]
            while stack:
                level, i, j, clip = stack.pop()
                if level == MAX_LEVEL or shapely.get_num_coordinates(clip) <= CLIP_VERTICES:
                    continue
                cells = [(2 * i + di, 2 * j + dj) for di in (0, 1) for dj in (0, 1)]
                boxes = [shapely.box(*self._loose(g, level + 1, ci, cj)) for ci, cj in cells]
                for (ci, cj), child in zip(cells, shapely.intersection(clip, boxes)):
                    child = _polygonal(child)
                    if not child.is_empty:
                        keys.append(self._key(g, level + 1, ci, cj))
                        copies.append(child)
                        stack.append((level + 1, ci, cj, child))
        return keys, copies

    @staticmethod
    def _key(g, level, i, j):
        return ((g * (MAX_LEVEL + 1) + level) << (2 * MAX_LEVEL)) + (i << MAX_LEVEL) + j

    def _loose(self, g, level, i, j):
        """The box of cell (i, j) at `level` of geometry g, widened by half a cell on each side."""
        width, height = self.size[g] / 2 ** level
        x, y = self.origin[g]
        return x + (i - 0.5) * width, y + (j - 0.5) * height, x + (i + 1.5) * width, y + (j + 1.5) * height

    def copy(self):
        twin = object.__new__(Clips)
        twin.__dict__.update(self.__dict__)
        twin.copies = shapely.from_wkb(shapely.to_wkb(self.copies)) if len(self.copies) else self.copies
        return twin

    def for_pairs(self, geometries, g, part_bounds):
        """Per pair (geometry g, a part with bounding box `part_bounds`): the smallest clipped copy
        of the geometry whose widened cell holds the part's box with the margin, else the geometry."""
        chosen = geometries[g]
        if not len(self.keys) or not len(g):
            return chosen
        centre = (part_bounds[:, :2] + part_bounds[:, 2:]) / 2
        best = numpy.full(len(g), -1)
        for level in range(1, MAX_LEVEL + 1):
            cells = 2 ** level
            width = self.size[g] / cells
            cell = numpy.clip(numpy.floor((centre - self.origin[g]) / width), 0, cells - 1).astype(numpy.int64)
            low = self.origin[g] + (cell - 0.5) * width
            high = self.origin[g] + (cell + 1.5) * width
            fits = ((part_bounds[:, :2] - CLIP_MARGIN_M >= low) & (part_bounds[:, 2:] + CLIP_MARGIN_M <= high)).all(axis=1)
            keys = self._key(g, level, cell[:, 0], cell[:, 1])
            at = numpy.minimum(numpy.searchsorted(self.keys, keys), len(self.keys) - 1)
            found = fits & (self.keys[at] == keys)
            if not found.any():
                break   # a cell that holds the part at this level holds it at the one above
            best[found] = at[found]
        chosen = chosen.copy()
        chosen[best >= 0] = self.copies[best[best >= 0]]
        return chosen
