"""An input geometry made ready for the overlay: checked against its CRS's area of use, densified,
split into the part near the city and the part far from it, reprojected and measured.

The near part (the city's bounding box widened by REGION_MARGIN_DEG) goes to the metric CRS, where
the zoning layers are; a far part never touches the city and is measured on the ellipsoid only, so
a province or the world gets its true area instead of a reprojection outside the metric CRS's zone."""
from dataclasses import dataclass

import numpy
import shapely

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.geo import (COMPLEXITY_FROM, COORDINATE_LIMIT, STORAGE_CRS, area_of_use_bounds,
                                    check_complexity, check_finite, check_geographic_range, crs_from_user, densify,
                                    densify_many, geodesic_measure, prepare_input, region_in_crs,
                                    reproject)
from zoning_plugin.core.engine.thresholds import (DIMENSION, MIN_OVERLAP_M2, kind_of, measure, minimum_overlap,
                                      minimum_overlaps)

REGION_MARGIN_DEG = 0.5
# A far part is densified for its measure only: a few thousand vertices give it to 1e-6.
FAR_VERTICES = 4000


@dataclass
class QueryPart:
    kind: str          # point | line | polygon
    metric: object     # the part near the city, metric CRS (may be empty)
    stored: object     # the whole part, EPSG:4490
    total: float       # the whole part's measure (m², m; 0 for points)
    minimum: float     # the smallest overlap of this part that counts (rules.minimum_overlap)


@dataclass
class Query:
    parts: list        # QueryPart, highest dimension first
    repaired: bool

    def __post_init__(self):
        # Parts that reach the city's region; is_empty costs microseconds, asked per feature.
        self.near = [part for part in self.parts if not part.metric.is_empty]
        self.single_point = len(self.parts) == 1 and self.parts[0].kind == "point"

    @property
    def top(self):
        return self.parts[0]

    @property
    def kind(self):
        return self.top.kind

    @property
    def total(self):
        """Measured in the top dimension: the area of a polygon beside a point."""
        return self.top.total

    @property
    def stored(self):
        """The input in EPSG:4490 as one geometry of its top dimension, as the panel draws it (a
        rubber band draws nothing of a GeometryCollection); the lower parts are in `parts`."""
        return self.top.stored


def _within(inner, outer):
    return inner[0] >= outer[0] and inner[1] >= outer[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _to_storage(geometry, crs):
    stored = reproject(geometry, crs, STORAGE_CRS)
    # Input outside its CRS's domain shows up here as inf or an impossible latitude.
    check_finite(stored, crs)
    check_geographic_range(stored, STORAGE_CRS)
    return stored


def _query_part(source, crs, region, min_overlap_m2, metric_crs):
    kind = kind_of(source)
    near, far = source, None
    if kind != "point" and region is not None and not _within(source.bounds, region.bounds):
        near = shapely.intersection(source, region)
        far = shapely.difference(source, region)
    near_stored = _to_storage(near if kind == "point" else densify(near, crs), crs)
    # Drawn in the metric CRS, an edge is straight there already: measured as given.
    # (A copy: it is prepared below, and the caller's geometry stays as it was.)
    metric = shapely.from_wkb(shapely.to_wkb(near)) if _same_crs(crs, metric_crs) else \
        reproject(near_stored, STORAGE_CRS, metric_crs)
    check_finite(metric, crs)
    shapely.prepare(metric)
    total, stored = measure(kind, metric), near_stored
    if far is not None:
        if not far.is_empty:
            total += geodesic_measure(_to_storage(densify(far, crs, max_vertices=FAR_VERTICES), crs))
        stored = _to_storage(densify(source, crs, max_vertices=FAR_VERTICES), crs)
    return QueryPart(kind, metric, stored, total, minimum_overlap(kind, total, min_overlap_m2))


def build_query(geometry, crs, city_bounds_4490, min_overlap_m2=MIN_OVERLAP_M2, *, metric_crs):
    """The Query of one input geometry given in `crs`, measured in the dataset's `metric_crs`;
    InputError/CRSError on bad input."""
    crs = crs_from_user(crs)
    parts, repaired = prepare_input(geometry, crs)   # coordinates checked first (geo.check_coordinates)
    region = region_in_crs(tuple(city_bounds_4490), crs, REGION_MARGIN_DEG)
    return Query([_query_part(part, crs, region, min_overlap_m2, metric_crs) for part in parts], repaired)


# --- many geometries at once ---------------------------------------------------------------------
_PLAIN_TYPES = numpy.array([0, 1, 3, 4, 5, 6])   # Point .. MultiPolygon: no collection, no ring


@dataclass
class PartTable:
    """The near parts of many input features as flat arrays (what the engine overlays), and per
    feature what the rules need. Features that failed carry a status and a message, and no part."""
    part_feature: numpy.ndarray    # int: the feature of each part, ascending
    part_kind: numpy.ndarray       # int: DIMENSION of each part
    part_metric: numpy.ndarray     # object: each near part in the metric CRS
    part_measure: numpy.ndarray    # float: the near part's own measure (m², m, 0)
    part_minimum: numpy.ndarray    # float: the smallest overlap of the part that counts
    part_top: numpy.ndarray        # bool: the part is its feature's top part
    kind: numpy.ndarray            # int: DIMENSION of each feature's top part, -1 without one
    total: numpy.ndarray           # float: each feature's measure (its top part, far parts included)
    minimum: numpy.ndarray         # float: the top part's minimum overlap
    repaired: numpy.ndarray        # bool
    errors: dict                   # {feature: InputError} of the features that could not be read

    def __len__(self):
        return len(self.kind)

    def __post_init__(self):
        self.single_parts = not (numpy.diff(self.part_feature) == 0).any()   # one near part per feature


def table_of_queries(queries):
    """The PartTable of Query objects; an InputError in their place is a feature that could not be
    read, None one left for the caller to fill in."""
    rows, n = [], len(queries)
    kind, total, minimum = numpy.full(n, -1), numpy.zeros(n), numpy.zeros(n)
    repaired, errors = numpy.zeros(n, bool), {}
    for f, query in enumerate(queries):
        if query is None or isinstance(query, Exception):
            if query is not None:
                errors[f] = query
            continue
        kind[f], total[f], minimum[f] = DIMENSION[query.kind], query.total, query.top.minimum
        repaired[f] = query.repaired
        rows += [(f, DIMENSION[p.kind], p.metric, measure(p.kind, p.metric), p.minimum, p is query.top)
                 for p in query.near]
    columns = list(zip(*rows)) or [()] * 6
    metric = numpy.empty(len(rows), dtype=object)
    metric[:] = list(columns[2])
    return PartTable(numpy.array(columns[0], dtype=numpy.int64), numpy.array(columns[1], dtype=numpy.int64),
                     metric, numpy.array(columns[3], dtype=float), numpy.array(columns[4], dtype=float),
                     numpy.array(columns[5], dtype=bool), kind, total, minimum, repaired, errors)


def _finite(geometries, limit=None):
    """Per geometry: all coordinates finite (and within `limit` in absolute value)."""
    coordinates, index = shapely.get_coordinates(geometries, return_index=True)
    bad = numpy.zeros(len(geometries), bool)
    with numpy.errstate(invalid="ignore"):
        wrong = ~numpy.isfinite(coordinates).all(axis=1)
        if limit is not None:
            wrong |= (numpy.abs(coordinates) > limit).any(axis=1)
    bad[index[wrong]] = True
    return ~bad


def _in_box(bounds, box):
    return ((bounds[:, 0] >= box[0]) & (bounds[:, 1] >= box[1]) & (bounds[:, 2] <= box[2])
            & (bounds[:, 3] <= box[3]))


def _plain(geometries, crs, region):
    """Per geometry: the common case build_query takes straight through (one valid, non-empty
    geometry of one dimension, within the CRS's area of use and near the city), so it can be
    prepared on arrays; the rest go one by one through build_query and its messages."""
    # Coordinates first: GEOS is asked nothing of a geometry with NaN or absurd ones (those go to
    # build_query, which refuses them before any GEOS call).
    plain = numpy.isin(shapely.get_type_id(geometries), _PLAIN_TYPES) & _finite(geometries, COORDINATE_LIMIT)
    with numpy.errstate(invalid="ignore"):
        bounds = shapely.bounds(geometries)
    if crs.is_geographic:
        plain &= _in_box(bounds, (-180, -90, 180, 90))
    area = area_of_use_bounds(crs)
    if area is not None:
        plain &= _in_box(bounds, area)
    if region is not None:   # a point is never split into near and far parts
        plain &= _in_box(bounds, region.bounds) | (shapely.get_dimensions(geometries) == 0)
    plain &= ~shapely.is_empty(geometries)
    # A geometry of many vertices is plain when GEOS will not spend minutes on it (check_complexity).
    vertices = shapely.get_num_coordinates(geometries)
    for f in numpy.flatnonzero(plain & (vertices >= COMPLEXITY_FROM)).tolist():
        try:
            check_complexity(geometries[f], int(vertices[f]))
        except InputError:
            plain[f] = False
    plain[plain] = shapely.is_valid(geometries[plain])
    return plain


def build_table(geometries, crs, city_bounds_4490, min_overlap_m2=MIN_OVERLAP_M2, *, metric_crs):
    """The PartTable of many input geometries given in one `crs` (CRSError if it is unknown),
    measured in `metric_crs`; a geometry that build_query would refuse gets its InputError in
    `errors`, the rest are read."""
    crs = crs_from_user(crs)
    n = len(geometries)
    source = numpy.empty(n, dtype=object)
    source[:] = list(geometries)
    region = region_in_crs(tuple(city_bounds_4490), crs, REGION_MARGIN_DEG)
    plain = _plain(source, crs, region)
    metric, stored_ok = _plain_metric(source[plain], crs, metric_crs)
    queries = [None] * n
    taken = numpy.flatnonzero(plain)[stored_ok]
    for f in numpy.flatnonzero(~numpy.isin(numpy.arange(n), taken)):
        try:
            queries[f] = build_query(source[f], crs, city_bounds_4490, min_overlap_m2, metric_crs=metric_crs)
        except InputError as error:
            queries[f] = error
    table = table_of_queries(queries)
    return _with_plain_parts(table, taken, metric[stored_ok], min_overlap_m2)


def _plain_metric(geometries, crs, metric_crs):
    """(metric geometries, per geometry: its reprojections stayed finite and in range), as
    _query_part does for one geometry: densified in the input CRS, through EPSG:4490."""
    if _same_crs(crs, metric_crs):
        # Measured as given: an edge drawn in the metric CRS is straight there already.
        stored = reproject(geometries, crs, STORAGE_CRS)
        metric, usable = geometries, _finite(stored)
    else:
        stored = reproject(densify_many(geometries, crs), crs, STORAGE_CRS)
        metric = reproject(stored, STORAGE_CRS, metric_crs)
        usable = _finite(metric)   # what is not finite in EPSG:4490 is not in metres either
    with numpy.errstate(invalid="ignore"):
        in_range = _in_box(shapely.bounds(stored), (-180, -90, 180, 90))
    return metric, in_range & usable


def _same_crs(crs, metric_crs):
    metric = crs_from_user(metric_crs)
    return crs is metric or crs == metric


def _with_plain_parts(table, features, metric, min_overlap_m2):
    """`table` with the plain features' single parts merged in, parts kept in feature order."""
    kind = shapely.get_dimensions(metric).astype(numpy.int64)
    total = numpy.where(kind == 2, shapely.area(metric), numpy.where(kind == 1, shapely.length(metric), 0.0))
    minimum = minimum_overlaps(kind, total, min_overlap_m2)
    table.kind[features], table.total[features], table.minimum[features] = kind, total, minimum
    order = numpy.argsort(numpy.concatenate([table.part_feature, features]), kind="stable")

    def merged(old, new):
        return numpy.concatenate([old, new])[order]
    table.part_feature = merged(table.part_feature, features)
    table.part_kind = merged(table.part_kind, kind)
    table.part_metric = merged(table.part_metric, metric)
    table.part_measure = merged(table.part_measure, total)
    table.part_minimum = merged(table.part_minimum, minimum)
    table.part_top = merged(table.part_top, numpy.ones(len(features), bool))
    table.__post_init__()
    return table
