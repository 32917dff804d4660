"""Overlay rules shared by every inspection: what an overlap is worth counting, what is inside the
city, what part lies outside it. Measures are in the metric CRS (m², m).

The rule for small overlaps: an overlap counts when it reaches the sliver threshold (1 m² for an
area, 0.1 m for a line), or a tenth of the geometry, whichever is smaller. A digitising sliver of a
large parcel is left out; a parcel smaller than the threshold still gets the unit(s) holding it.
Where a geometry lies in the city and no feature of a layer that tiles the city (units, counties,
basins) reaches that, the one holding most of it counts, so it is never left without a unit."""
import shapely

# Overlaps smaller than this are digitising slivers, not a real touch (cf. the Swiss ÖREB 1 m²).
MIN_OVERLAP_M2 = 1.0
MIN_LENGTH_M = 0.1
SMALL_GEOMETRY_SHARE = 0.1


def kind_of(geometry):
    """point, line or polygon: the geometry's dimension."""
    return {0: "point", 1: "line", 2: "polygon"}[int(shapely.get_dimensions(geometry))]


def measure(kind, geometry):
    """Area (polygon), length (line) or 0 (point) in the geometry's CRS units."""
    if kind == "polygon":
        return float(shapely.area(geometry))
    if kind == "line":
        return float(shapely.length(geometry))
    return 0.0


def sliver_threshold(kind, min_overlap_m2=MIN_OVERLAP_M2):
    return {"polygon": min_overlap_m2, "line": MIN_LENGTH_M}.get(kind, 0.0)


def minimum_overlap(kind, total, min_overlap_m2=MIN_OVERLAP_M2):
    """The smallest overlap that counts for a geometry of measure `total`."""
    return min(sliver_threshold(kind, min_overlap_m2), SMALL_GEOMETRY_SHARE * total)


def overlap(kind, part, feature, minimum):
    """(counts, measure) of `part` on `feature`: a point counts where it touches; a line or an area
    counts with a positive overlap of at least `minimum`."""
    if kind == "point":
        return bool(shapely.intersects(part, feature)), None
    amount = measure(kind, shapely.intersection(part, feature))
    return amount > 0 and amount >= minimum, amount


def outside_measure(total, inside, minimum):
    """What lies outside the city when it is more than a sliver, else 0."""
    outside = total - (inside or 0.0)
    return outside if outside > 0 and outside >= minimum else 0.0
