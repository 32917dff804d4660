"""River ecological buffers: the width of each river, a metric CRS, buffer and dissolve on arrays.

No qgis, no Qt. The Processing algorithm `zoning:build_buffers` reads the features, calls
`build_buffers()` and writes what it returns; user messages are the caller's (translated), this
module returns reason codes.

The widths come from the dataset: each river's `buffer_m`, and the rule of dataset_meta
`river_buffer_rule` (the sample's, 附件4 辽河流域 空间布局约束, B-LIAO-05: 50 m on each side of its main
river, 30 m on each side of every other river). A buffer here is every point within `width` metres of the river's course:
round joins and round caps (shapely's defaults), 16 segments per quarter circle (chord error
0.06 m at 50 m), as the dataset's own `river_buffers` are built and as `inspect` measures the
distance to a river. Flat caps would leave out points beyond a river's end that are closer to it
than the width.
"""
import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import numpy
import pyproj
import shapely

from zoning_plugin.core.dataset.channels import (CHANNEL_FIELD, FROM_BANK, FROM_BANK_PARTLY, FROM_CENTRE_LINE, MAX_CHANNEL_M,
                                         read_channel_width)
from zoning_plugin.core.errors import InputError
from zoning_plugin.core.geo import crs_from_user, reproject
from zoning_plugin.core.numbers import NOT_A_NUMBER, NumberError, read_number
from zoning_plugin.core.dataset.profile import BufferRule, read_buffer_rule
from zoning_plugin.core.messages import say

QUAD_SEGS = 16
CHUNK = 2000                 # geometries buffered per step (progress and cancel between steps)
# The widest buffer on each side of a river, in metres. The widest river strips of Chinese zoning
# lists are 1 km (化工项目 along the Yangtze's banks) to 5 km (some provinces' 长江干流 rules); a
# figure above 10 km is a unit slip (km or cm typed as m) or a typo, and a strip that wide is no
# longer a river buffer (nor within one Gauss-Kruger zone's accuracy).
MAX_WIDTH_M = 10_000.0

# Where a width came from (codes, written to the output's `width_from` field).
WIDTH_FROM_INPUT = "input"             # the user's field or expression
WIDTH_FROM_RIVER = "dataset river"     # the dataset's rivers table (or the rule's named river)
WIDTH_FROM_GENERAL = "dataset default"  # the dataset's general width

# Why an input geometry was left out (codes; the caller words the message).
SKIP_EMPTY = "empty"
SKIP_NOT_LINE = "not a line"
SKIP_OUTSIDE_DOMAIN = "outside the CRS domain"
SKIP_NOT_FINITE = "not finite"          # NaN or infinite coordinates
COORDINATE_LIMIT = 1e10                 # beyond this no CRS of the Earth has coordinates

# How the metric CRS was chosen.
CRS_DATASET = "dataset"      # the dataset's metric CRS: the input lies within its area of use
CRS_GK_ZONE = "gk zone"      # the CGCS2000 3-degree Gauss-Kruger zone of the input's centre
CRS_UTM_ZONE = "utm zone"    # the WGS 84 UTM zone of the input's centre

_LINE_TYPES = {"LineString", "MultiLineString", "LinearRing"}


def normalise_name(value):
    """A river name for matching: NFKC (full-width → half-width), trimmed, case-folded."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFKC", str(value)).split()).casefold()


def parse_width(value):
    """A width in metres from a number or a numeric string (full-width digits read as such);
    NumberError (an InputError, with its reason) unless it is a finite number greater than zero and
    at most MAX_WIDTH_M. None stays None (no width given: the default applies)."""
    if value is None:
        return None
    if isinstance(value, str) and not value.strip():
        raise NumberError(NOT_A_NUMBER, value)
    if not isinstance(value, (int, float, str)):
        raise NumberError(NOT_A_NUMBER, value)
    width, _note = read_number(value, minimum=0, minimum_inclusive=False, maximum=MAX_WIDTH_M)
    return width


@dataclass
class DefaultWidths:
    """The dataset's widths: per river name (rivers table, and the rule's named river) and a
    general width for every other river."""
    general: float = None
    general_from: str = ""          # "rule" (dataset_meta river_buffer_rule) or "rivers" (most rivers)
    by_name: dict = field(default_factory=dict)   # normalised name -> (width, basin_id, stored name)
    channels: dict = field(default_factory=dict)  # normalised name -> (widest channel width, widths differ)

    @classmethod
    def from_dataset(cls, dataset):
        """From an opened core Dataset (its rivers records and dataset_meta)."""
        return cls.from_records(dataset.rivers.records, dataset.meta)

    @classmethod
    def from_records(cls, river_records, meta=None):
        """`river_records`: dicts with river_name, buffer_m and optionally basin_id; `meta`: the
        dataset_meta dict, whose `river_buffer_rule` (JSON: main_river, main_width_m,
        other_width_m) names the general width when present. Otherwise the general width is the
        one most rivers have (a tie goes to the wider, the stricter protection)."""
        by_name = {}
        for record in river_records:
            key = normalise_name(record.get("river_name"))
            try:
                width = parse_width(record.get("buffer_m"))
            except InputError:
                width = None
            if not key or width is None:
                continue
            known = by_name.get(key)
            if known is None or width > known[0]:   # pieces that disagree: the wider one
                by_name[key] = (width, record.get("basin_id"), str(record.get("river_name")).strip())
        channels = _channels(river_records)
        rule = read_buffer_rule((meta or {}).get("river_buffer_rule")) or BufferRule()
        if rule.main_river and rule.main_width_m:
            key = normalise_name(rule.main_river)
            if key not in by_name:
                by_name[key] = (rule.main_width_m, None, rule.main_river)
        if rule.other_width_m:
            return cls(rule.other_width_m, "rule", by_name, channels)
        counts = Counter(width for width, _basin, _name in by_name.values())
        if not counts:
            return cls(None, "", by_name, channels)
        general = max(counts, key=lambda w: (counts[w], w))
        return cls(general, "rivers", by_name, channels)

    def channel_for(self, name):
        """(the dataset's channel width for a river name or None, whether its pieces give several:
        then the widest, the stricter protection)."""
        return self.channels.get(normalise_name(name), (None, False))

    def width_for(self, name):
        """(width, where it came from, basin_id) for a river name; width None when the dataset
        has none for it (no rivers and no rule)."""
        known = self.by_name.get(normalise_name(name))
        if known is not None:
            return known[0], WIDTH_FROM_RIVER, known[1]
        return self.general, WIDTH_FROM_GENERAL, None


def _channels(river_records):
    """{normalised name: (widest channel width, the pieces give several)} of the rivers records'
    channel_width_m (core/dataset/channels.py); a width that cannot be read counts as none."""
    given = {}
    for record in river_records:
        try:
            width = read_channel_width(record.get(CHANNEL_FIELD))
        except InputError:
            width = None
        if width is not None:
            given.setdefault(normalise_name(record.get("river_name")), set()).add(width)
    return {name: (max(widths), len(widths) > 1) for name, widths in given.items()}


@dataclass
class MetricChoice:
    crs: str                  # e.g. "EPSG:4551"
    reason: str               # CRS_DATASET, CRS_GK_ZONE or CRS_UTM_ZONE
    lonlat_bounds: tuple      # (west, south, east, north) of the input in degrees

    @property
    def wide(self):
        """True when the input spans more than a 6-degree zone: scale errors exceed 0.1 %."""
        return self.lonlat_bounds[2] - self.lonlat_bounds[0] > 6.0


def choose_metric_crs(geometries, crs, preferred):
    """The CRS to buffer in: `preferred` (the dataset's metric CRS) when the input lies within its
    area of use; else the CGCS2000 3-degree Gauss-Kruger zone of the input's centre when the centre
    lies in that zone's area of use (China); else the WGS 84 UTM zone of the centre.

    Not the input's own CRS even when projected: a Web Mercator layer would make a 30 m buffer
    22 m wide on the ground at 43°N. InputError when no coordinate can be placed on the globe."""
    coords = shapely.get_coordinates(numpy.asarray(geometries, dtype=object))
    if len(coords) > 200_000:                      # the extent, not every vertex, is wanted
        coords = coords[:: len(coords) // 100_000]
    transformer = pyproj.Transformer.from_crs(crs_from_user(crs), pyproj.CRS("EPSG:4326"), always_xy=True)
    with numpy.errstate(all="ignore"):
        lon, lat = transformer.transform(coords[:, 0], coords[:, 1])
    lon, lat = numpy.asarray(lon), numpy.asarray(lat)
    with numpy.errstate(invalid="ignore"):
        finite = numpy.isfinite(lon) & numpy.isfinite(lat) & (abs(lon) <= 180) & (abs(lat) <= 90)
    if not finite.any():
        raise InputError(say("坐标无法换算为经纬度", "coordinates cannot be placed on the globe"))
    bounds = (float(lon[finite].min()), float(lat[finite].min()),
              float(lon[finite].max()), float(lat[finite].max()))
    if preferred:
        area = crs_from_user(preferred).area_of_use
        if area is None or (area.west <= bounds[0] and area.south <= bounds[1]
                            and bounds[2] <= area.east and bounds[3] <= area.north):
            return MetricChoice(str(preferred), CRS_DATASET, bounds)
    lon0, lat0 = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
    meridian = int(round(lon0 / 3.0)) * 3
    if 75 <= meridian <= 135:
        code = f"EPSG:{4534 + (meridian - 75) // 3}"   # CGCS2000 / 3-degree Gauss-Kruger CM ...E
        area = pyproj.CRS(code).area_of_use
        if area is not None and area.west <= lon0 <= area.east and area.south <= lat0 <= area.north:
            return MetricChoice(code, CRS_GK_ZONE, bounds)
    zone = int((lon0 + 180.0) // 6.0) % 60 + 1
    return MetricChoice(f"EPSG:{(32600 if lat0 >= 0 else 32700) + zone}", CRS_UTM_ZONE, bounds)


@dataclass
class RiverBuffer:
    """One output feature: the buffer of one river (or one input feature) at one width."""
    group: object             # the caller's key: a river name, or a feature id
    width_m: float
    geometry: object          # MultiPolygon in the input's CRS
    area_m2: float            # in the metric CRS
    members: list             # indices into the input arrays
    channel_widths: list = field(default_factory=list)   # the distinct channel widths of its members
    measured_from: str = FROM_CENTRE_LINE                # core/dataset/channels.py: bank, bank where given, centre line


@dataclass
class BufferRun:
    buffers: list
    skipped: list             # (index, SKIP_* code)
    metric_crs: str
    cancelled: bool = False


def _never():
    return False


def build_buffers(geometries, widths, groups, crs, metric_crs, quad_segs=QUAD_SEGS,
                  progress=None, is_cancelled=None, channel_widths=None):
    """Buffer every line `widths[i]` metres on each side in `metric_crs` and dissolve by
    (groups[i], widths[i]): the pieces of one river become one feature; a river given two widths
    gives two features. Returns a BufferRun with the buffers in the input's CRS `crs`, in the
    order their groups first appear. Geometries that are None, empty, not lines or cannot be
    projected are skipped with a reason code; widths must be positive (see parse_width).
    `channel_widths` (optional, None or 0 for none): each line's channel, whose bank is half of it
    from the line; the width is then measured from the bank (core/dataset/channels.py).

    progress(fraction) is called as the work advances; is_cancelled() stops it (the run then
    says cancelled and holds no buffers: no half result)."""
    progress = progress or (lambda _fraction: None)
    is_cancelled = is_cancelled or _never
    geometries = numpy.asarray(geometries, dtype=object)
    widths = numpy.asarray(widths, dtype=float)
    if not (len(geometries) == len(widths) == len(groups)):
        raise InputError(say("几何、宽度与分组数量不一致", "geometries, widths and groups differ in length"))
    if len(widths) and not (numpy.isfinite(widths).all() and (widths > 0).all() and (widths <= MAX_WIDTH_M).all()):
        raise InputError(say(f"缓冲宽度须为 0 至 {MAX_WIDTH_M:g} 米之间的正数",
                             f"every width must be a positive number of metres up to {MAX_WIDTH_M:g}"))
    channels = numpy.zeros(len(widths)) if channel_widths is None else \
        numpy.array([w or 0.0 for w in channel_widths], dtype=float)
    if len(channels) != len(widths) or not (numpy.isfinite(channels).all() and (channels >= 0).all()
                                            and (channels <= MAX_CHANNEL_M).all()):
        raise InputError(say(f"河道宽度须为 0 至 {MAX_CHANNEL_M:g} 米之间的数",
                             f"every channel width must be a number of metres from 0 to {MAX_CHANNEL_M:g}, one per line"))
    skipped = []
    keep = numpy.ones(len(geometries), dtype=bool)
    for i, geometry in enumerate(geometries):
        if geometry is None or not isinstance(geometry, shapely.Geometry) or geometry.is_empty:
            skipped.append((i, SKIP_EMPTY))
            keep[i] = False
        elif geometry.geom_type not in _LINE_TYPES:
            skipped.append((i, SKIP_NOT_LINE))
            keep[i] = False
    index = numpy.flatnonzero(keep)
    if len(index):
        coords, owner = shapely.get_coordinates(geometries[index], return_index=True)
        with numpy.errstate(invalid="ignore"):
            bad = numpy.unique(owner[~numpy.isfinite(coords).all(axis=1)])
            huge = numpy.setdiff1d(numpy.unique(owner[(numpy.abs(coords) > COORDINATE_LIMIT).any(axis=1)]), bad)
        skipped += [(int(index[p]), SKIP_NOT_FINITE) for p in bad] + [(int(index[p]), SKIP_OUTSIDE_DOMAIN) for p in huge]
        index = numpy.delete(index, numpy.concatenate([bad, huge]).astype(int))
    metric = numpy.empty(len(geometries), dtype=object)
    if len(index):
        metric[index] = reproject(shapely.force_2d(geometries[index]), crs, metric_crs)
        coords, owner = shapely.get_coordinates(metric[index], return_index=True)
        bad = numpy.unique(owner[~numpy.isfinite(coords).all(axis=1)])
        for position in bad:
            skipped.append((int(index[position]), SKIP_OUTSIDE_DOMAIN))
        index = numpy.delete(index, bad)
    skipped.sort()
    run = BufferRun([], skipped, str(metric_crs))

    buffered = numpy.empty(len(geometries), dtype=object)
    steps = max(1, math.ceil(len(index) / CHUNK))
    for step in range(steps):
        if is_cancelled():
            run.cancelled = True
            return run
        part = index[step * CHUNK:(step + 1) * CHUNK]
        buffered[part] = shapely.buffer(metric[part], widths[part] + channels[part] / 2, quad_segs=quad_segs)
        progress(0.6 * (step + 1) / steps)

    members = {}
    for i in index:
        members.setdefault((groups[i], float(widths[i])), []).append(int(i))
    dissolved = []
    for done, ((group, width), rows) in enumerate(members.items(), 1):
        if is_cancelled():
            run.cancelled = True
            return run
        shape = buffered[rows[0]] if len(rows) == 1 else shapely.union_all(buffered[rows])
        dissolved.append((group, width, shape, rows))
        progress(0.6 + 0.3 * done / len(members))
    if dissolved:
        shapes = numpy.array([shape for _g, _w, shape, _r in dissolved], dtype=object)
        areas = shapely.area(shapes)
        back = reproject(shapes, metric_crs, crs)
        for (group, width, _shape, rows), area, geometry in zip(dissolved, areas, back):
            given = channels[rows]
            measured = FROM_CENTRE_LINE if not given.any() else FROM_BANK if given.all() else FROM_BANK_PARTLY
            run.buffers.append(RiverBuffer(group, width, _multipolygon(geometry), float(area), rows,
                                           sorted({float(w) for w in given if w}), measured))
    progress(1.0)
    return run


def _multipolygon(geometry):
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon" and not p.is_empty]
    return shapely.MultiPolygon(parts)
