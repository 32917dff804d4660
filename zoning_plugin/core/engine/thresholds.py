"""Overlay rules shared by every inspection: what an overlap is worth counting, what is inside the
city, what part lies outside it. Measures are in the metric CRS (m², m).

The rule for small overlaps: an overlap counts when it reaches the sliver threshold (1 m² for an
area, 0.1 m for a line), or a tenth of the geometry, whichever is smaller. A digitising sliver of a
large parcel is left out; a parcel smaller than the threshold still gets the unit(s) holding it.
Where a geometry lies in the city and no feature of a layer that tiles the city (units, counties,
basins) reaches that, the one holding most of it counts, so it is never left without a unit.

The rule for boundary artefacts: a piece of an area overlap whose mean width (area / half its
perimeter) is under MIN_WIDTH_M is a shared boundary drawn twice, not an area, and adds nothing.
The same outline given in another CRS, its edges straight there, runs a few centimetres beside the
stored one; the slivers between them can reach tens of m² along kilometres of boundary, yet their
mean width stays at centimetres (docs/overlay-rules.md)."""
import numpy
import shapely

# Overlaps smaller than this are digitising slivers, not a real touch (cf. the Swiss ÖREB 1 m²).
MIN_OVERLAP_M2 = 1.0
MIN_LENGTH_M = 0.1
SMALL_GEOMETRY_SHARE = 0.1
# An area overlap narrower than this on average is a boundary, not an area: the line threshold,
# three times the widest artefact of the sample's 61 outlines given in EPSG:4551 or 3857 (0.033 m).
MIN_WIDTH_M = 0.1


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


def wide_areas(pieces, min_width=MIN_WIDTH_M):
    """Per overlap geometry (array): the area of its polygons whose mean width, area / (perimeter
    / 2), reaches `min_width`; the narrower ones are boundary artefacts and count 0."""
    parts, owner = shapely.get_parts(pieces, return_index=True)
    while (nested := shapely.get_type_id(parts) >= 4).any():   # a multi-part inside a collection
        inner, at = shapely.get_parts(parts[nested], return_index=True)
        parts, owner = numpy.concatenate([parts[~nested], inner]), numpy.concatenate(
            [owner[~nested], owner[nested][at]])
    area = shapely.area(parts)
    wide = (area > 0) & (area >= min_width * shapely.length(parts) / 2)
    return numpy.bincount(owner, weights=numpy.where(wide, area, 0.0), minlength=len(pieces))


def counts(dimensions, amounts, minimums):
    """Per overlap of a part on a feature (arrays): a point counts where it touches (every overlap
    given touches); a line or an area counts with a positive overlap of at least the part's minimum."""
    return (dimensions == 0) | ((amounts > 0) & (amounts >= minimums))


def outside_measures(totals, inside, minimums):
    """What lies outside the city when it is more than a sliver, else 0 (arrays)."""
    outside = totals - inside
    return numpy.where((outside > 0) & (outside >= minimums), outside, 0.0)
