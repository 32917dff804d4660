"""An input geometry made ready for the overlay: checked against its CRS's area of use, densified,
split into the part near the city and the part far from it, reprojected and measured.

The near part (the city's bounding box widened by REGION_MARGIN_DEG) goes to the metric CRS, where
the zoning layers are; a far part never touches the city and is measured on the ellipsoid only, so
a province or the world gets its true area instead of a reprojection outside the metric CRS's zone."""
from dataclasses import dataclass

import shapely

from zoning_plugin.core.geo import (METRIC_CRS, STORAGE_CRS, check_area_of_use, check_finite,
                                    check_geographic_range, crs_from_user, densify, geodesic_measure,
                                    prepare_input, region_in_crs, reproject)
from zoning_plugin.core.rules import MIN_OVERLAP_M2, kind_of, measure, minimum_overlap

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


def _query_part(source, crs, region, min_overlap_m2):
    kind = kind_of(source)
    near, far = source, None
    if kind != "point" and region is not None and not _within(source.bounds, region.bounds):
        near = shapely.intersection(source, region)
        far = shapely.difference(source, region)
    near_stored = _to_storage(near if kind == "point" else densify(near, crs), crs)
    metric = reproject(near_stored, STORAGE_CRS, METRIC_CRS)
    check_finite(metric, crs)
    shapely.prepare(metric)
    total, stored = measure(kind, metric), near_stored
    if far is not None:
        if not far.is_empty:
            total += geodesic_measure(_to_storage(densify(far, crs, max_vertices=FAR_VERTICES), crs))
        stored = _to_storage(densify(source, crs, max_vertices=FAR_VERTICES), crs)
    return QueryPart(kind, metric, stored, total, minimum_overlap(kind, total, min_overlap_m2))


def build_query(geometry, crs, city_bounds_4490, min_overlap_m2=MIN_OVERLAP_M2):
    """The Query of one input geometry given in `crs`; InputError/CRSError on bad input."""
    crs = crs_from_user(crs)
    parts, repaired = prepare_input(geometry, crs)
    for part in parts:
        check_area_of_use(part, crs)
    region = region_in_crs(tuple(city_bounds_4490), crs, REGION_MARGIN_DEG)
    return Query([_query_part(part, crs, region, min_overlap_m2) for part in parts], repaired)
