"""Overlay rules shared by every inspection: what an overlap is worth counting, what is inside the
city, what part lies outside it. Measures are in the metric CRS (m², m).

The rule for small overlaps: an overlap counts when it reaches the sliver threshold (1 m² for an
area, 0.1 m for a line), or a tenth of the geometry, whichever is smaller. A digitising sliver of a
large parcel is left out; a parcel smaller than the threshold still gets the unit(s) holding it.
Where a geometry lies in the city and no feature of a layer that tiles the city (units, counties,
basins) reaches that, the one holding most of it counts, so it is never left without a unit."""
import numpy
import shapely

# Overlaps smaller than this are digitising slivers, not a real touch (cf. the Swiss ÖREB 1 m²).
MIN_OVERLAP_M2 = 1.0
MIN_LENGTH_M = 0.1
SMALL_GEOMETRY_SHARE = 0.1


KIND_NAMES = ("point", "line", "polygon")   # by dimension


def kind_of(geometry):
    """point, line or polygon: the geometry's dimension."""
    return KIND_NAMES[int(shapely.get_dimensions(geometry))]


def measure(kind, geometry):
    """Area (polygon), length (line) or 0 (point) in the geometry's CRS units."""
    if kind == "polygon":
        return float(shapely.area(geometry))
    if kind == "line":
        return float(shapely.length(geometry))
    return 0.0


DIMENSION = {"point": 0, "line": 1, "polygon": 2}


def minimum_overlaps(dimensions, totals, min_overlap_m2=MIN_OVERLAP_M2):
    """The smallest overlap that counts for each geometry of dimension 0 (point), 1 (line) or 2
    (polygon) and measure `totals` (arrays)."""
    threshold = numpy.where(dimensions == 2, min_overlap_m2, numpy.where(dimensions == 1, MIN_LENGTH_M, 0.0))
    return numpy.minimum(threshold, SMALL_GEOMETRY_SHARE * totals)


def minimum_overlap(kind, total, min_overlap_m2=MIN_OVERLAP_M2):
    """minimum_overlaps of one geometry of kind point, line or polygon."""
    return float(minimum_overlaps(numpy.asarray(DIMENSION[kind]), total, min_overlap_m2))


def counts(dimensions, amounts, minimums):
    """Per overlap of a part on a feature (arrays): a point counts where it touches (every overlap
    given touches); a line or an area counts with a positive overlap of at least the part's minimum."""
    return (dimensions == 0) | ((amounts > 0) & (amounts >= minimums))


def outside_measures(totals, inside, minimums):
    """What lies outside the city when it is more than a sliver, else 0 (arrays)."""
    outside = totals - inside
    return numpy.where((outside > 0) & (outside >= minimums), outside, 0.0)
