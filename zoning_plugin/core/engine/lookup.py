"""Answers for one geometry at a time, fast enough to be asked per feature (the expression functions
of a field calculator, labels, virtual fields): the units, classes and river buffers of a place, and
a unit's own requirement texts.

A point (the common case: enterprises, sites) goes straight to the layers' trees after the checks
the engine makes (query.build_query: the same reprojection, the same refusals); any other geometry
goes through the engine itself (Dataset.inspect), so the answers are always the panel's. Both give
the units largest first (for points: in the dataset's order, as inspect does) and the buffers
nearest river first.

Expressions are evaluated on QGIS's rendering threads too. GEOS prepared geometries and pyproj
transformers are not to be shared between threads, so each dataset gets its own copy of the
geometries here, and one lock serialises the lookups (each takes microseconds)."""
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass

import numpy
import shapely
from shapely.strtree import STRtree

from zoning_plugin.core.dataset.channels import distance_from
from zoning_plugin.core.errors import InputError
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.dataset.model import DIMENSIONS, SCOPE_UNIT, canonical_dimension
from zoning_plugin.core.engine.query import build_query
from zoning_plugin.core.messages import say

# Answers kept per dataset, keyed by the geometry's WKB and CRS: an expression asking for the code,
# the name and the class of one feature locates it once.
CACHE_SIZE = 256

_lock = threading.RLock()
_indexes = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Place:
    """Where a geometry lies: `units` ({code, name, class, class_name}) holding most of it first,
    `buffers` ({river, width_m, distance_m, measured_from, channel_width_m}: core/dataset/channels.py) nearest
    river first. Outside the city: both empty."""
    inside: bool
    units: tuple = ()
    buffers: tuple = ()

    @property
    def unit(self):
        """The unit holding most of the geometry, or None."""
        return self.units[0] if self.units else None

    @property
    def buffer(self):
        """The buffer of the nearest river the geometry lies in, or None."""
        return self.buffers[0] if self.buffers else None


def _copies(geometries):
    """New GEOS objects of `geometries` (prepared once, here) in an array, with their tree."""
    array = numpy.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    array = shapely.from_wkb(shapely.to_wkb(array))
    shapely.prepare(array)
    return array, STRtree(array)


class _Index:
    """The dataset's city, units, buffers and river courses, as this module's own geometries."""

    def __init__(self, dataset):
        self.city, self.city_tree = _copies(dataset.city.metric)
        self.units, self.units_tree = _copies(dataset.units.metric)
        self.buffers, self.buffers_tree = _copies(dataset.buffers.metric)
        self.rivers = {name: (_copies(lines)[0], halves) for name, (lines, halves) in dataset.river_courses().items()}
        self.answers = OrderedDict()


def _index(dataset):
    index = _indexes.get(dataset)
    if index is None:
        index = _indexes[dataset] = _Index(dataset)
    return index


def _unit(dataset, i):
    record = dataset.units.records[i]
    return {"code": record["unit_code"], "name": record["unit_name"],
            "class": dataset.class_number(record["unit_class"]),
            "class_name": dataset.unit_class_name(record["unit_class"])}


def _locate_point(dataset, index, geometry, crs):
    query = build_query(geometry, crs, dataset.city_bounds_4490, metric_crs=dataset.metric_crs)
    point = query.top.metric
    if point.is_empty or not len(index.city_tree.query(point, predicate="intersects")):
        return Place(False)
    units = tuple(_unit(dataset, int(i)) for i in sorted(index.units_tree.query(point, predicate="intersects")))
    buffers = []
    for i in sorted(index.buffers_tree.query(point, predicate="intersects")):
        record = dataset.buffers.records[int(i)]
        course = index.rivers.get(record["river_name"])
        distance = None if course is None else round(distance_from(*course, point), 2)
        buffers.append({"river": record["river_name"], "width_m": float(record["buffer_m"]),
                        "distance_m": distance, **dataset.channels.reading(record["river_name"])})
    buffers.sort(key=lambda b: (b["distance_m"] is None, b["distance_m"]))
    return Place(True, units, tuple(buffers))


def _locate_any(dataset, geometry, crs):
    result = dataset.inspect(geometry, crs=crs)
    if not result.inside:
        return Place(False)
    units = tuple({key: u[key] for key in ("code", "name", "class", "class_name")} for u in result.units)
    buffers = tuple({key: b[key] for key in ("river", "width_m", "distance_m", "measured_from", "channel_width_m")}
                    for b in result.buffers)
    return Place(True, units, buffers)


def locate(dataset, geometry, crs=STORAGE_CRS):
    """The Place of a shapely `geometry` given in `crs` (any CRS the core reads). Bad input (no
    geometry, an empty one, coordinates beyond the CRS's range) raises InputError, an unknown CRS
    CRSError, as Dataset.inspect does."""
    if geometry is None or not isinstance(geometry, shapely.Geometry):
        raise InputError(say("几何为空", "no geometry"))
    key = (shapely.to_wkb(geometry), str(crs))
    with _lock:
        index = _index(dataset)
        place = index.answers.get(key)
        if place is not None:
            index.answers.move_to_end(key)
            return place
        if shapely.get_type_id(geometry) == 0:   # a single point
            place = _locate_point(dataset, index, geometry, crs)
        else:
            place = _locate_any(dataset, geometry, crs)
        index.answers[key] = place
        if len(index.answers) > CACHE_SIZE:
            index.answers.popitem(last=False)
        return place


def dimension_of(text):
    """The canonical dimension of any spelling (空间布局, 风险防控, …); None for an empty text.
    InputError when the text names none of the four."""
    if text is None or not str(text).strip():
        return None
    dimension = canonical_dimension(text)
    if dimension is None:
        raise InputError(say(f"无法识别的管控维度：{' '.join(str(text).split())[:40]}；{'、'.join(DIMENSIONS)}",
                             f"unknown dimension: {' '.join(str(text).split())[:40]}; {'、'.join(DIMENSIONS)}"))
    return dimension


def unit_requirements(dataset, unit_code, dimension=None):
    """The unit's own requirements (not the city's, the basin's or its class's) of `dimension`
    (any spelling; None or '' for all four), in the list's order; None for an unknown unit code."""
    wanted = dimension_of(dimension)
    code = "" if unit_code is None else str(unit_code).strip()
    if not code or dataset.unit_index(code) is None:
        return None
    return [r for r in dataset.by_scope.get((SCOPE_UNIT, code), []) if wanted is None or r.dimension == wanted]


def requirements_text(dataset, unit_code, dimension=None):
    """unit_requirements as text: one item a line, each under its id ("U-ZH22040210001-03 text"); for
    all four dimensions each dimension's name on a line before its items (dimensions without items
    are left out). '' for a unit without such items, None for an unknown unit code."""
    requirements = unit_requirements(dataset, unit_code, dimension)
    if requirements is None:
        return None
    if dimension_of(dimension) is not None:
        return "\n".join(f"{r.req_id} {r.text}" for r in requirements)
    lines = []
    for name in dict.fromkeys([*DIMENSIONS, *(r.dimension for r in requirements)]):
        items = [r for r in requirements if r.dimension == name]
        if items:
            lines.append(name)
            lines.extend(f"{r.req_id} {r.text}" for r in items)
    return "\n".join(lines)
