"""River channels: where a dataset gives a river's channel, distances to it and its buffer are
measured from the bank; elsewhere from the centre line. Both are the plugin's readings: 000:25 says
only 两侧 (docs/overlay-rules.md §4, docs/dataset-schema.md 'The channel').

The channel comes from the optional field `rivers.channel_width_m` (docs/dataset-schema.md): the
water-surface width of that piece of river, the bank taken at half of it on each side of the centre
line. The channel of a piece is then the strip within half its width of the line (round ends, as a
buffer is), and the distance from the bank is the distance from the line less that half width, 0
inside the channel: exactly the distance to that strip, without building it. A buffer measured from
the bank is the strip within (width + half the channel) of the line, which is the strip within
`width` of the channel."""
from dataclasses import dataclass, field

import numpy
import shapely

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.numbers import read_number
from zoning_plugin.core.messages import say

CHANNEL_FIELD = "channel_width_m"
# The widest water surface taken as a river's channel, in metres: the Yangtze's is 1 to 3 km in
# most places; a figure above 10 km is a unit slip (km or cm typed as m).
MAX_CHANNEL_M = 10_000.0

# How a river's distances and buffer are measured (codes: the JSON, the output fields).
FROM_CENTRE_LINE = "centre line"
FROM_BANK = "bank"
FROM_BANK_PARTLY = "bank where given"   # some pieces of the river give the channel, others not
# The field of a river buffer (zoning:build_buffers' output, river_buffers) saying how it was measured.
MEASURED_FROM_FIELD = "measured_from"
_WORDS = {FROM_CENTRE_LINE: ("从中心线", "from the centre line"), FROM_BANK: ("从河岸", "from the bank"),
          FROM_BANK_PARTLY: ("部分河段从河岸、其余从中心线", "from the bank where given, else the centre line")}


def read_channel_width(value):
    """A channel width in metres, or None for none given (NULL, empty, 0: no channel). InputError
    for a value that is not a finite number between 0 and MAX_CHANNEL_M."""
    width, _note = read_number(value, units=("m", "米"), minimum=0, maximum=MAX_CHANNEL_M)
    return width or None


def distance_from(lines, halves, geometry):
    """The distance (m) from `geometry` to a river given as metric `lines` with the channel's half
    width of each (0: measured from the centre line); 0 inside the channel."""
    return float(numpy.maximum(shapely.distance(lines, geometry) - halves, 0.0).min())


def buffer_of(lines, halves, width, quad_segs=16):
    """The buffer `width` metres from the bank (from the centre line where the half width is 0)
    of a river given as metric `lines`, one geometry."""
    rings = shapely.buffer(numpy.asarray(lines, dtype=object), width + numpy.asarray(halves, dtype=float),
                           quad_segs=quad_segs)
    return rings[0] if len(rings) == 1 else shapely.union_all(rings)


@dataclass
class RiverChannels:
    """The channel of each river a dataset gives: per rivers record the half width (0 where none),
    per river name the widths given, and how each river is measured."""
    halves: numpy.ndarray                          # per rivers record, metres
    widths: dict = field(default_factory=dict)     # river name -> sorted distinct widths given
    partly: set = field(default_factory=set)       # rivers some of whose pieces give none

    @classmethod
    def from_records(cls, records, problems):
        """From the rivers records (dicts); a width that cannot be read is left out and described
        in `problems` (that piece is then measured from its centre line)."""
        halves = numpy.zeros(len(records))
        given, without = {}, set()
        for n, record in enumerate(records):
            name = record["river_name"]
            try:
                width = read_channel_width(record.get(CHANNEL_FIELD))
            except InputError as error:
                problems.append(say(f"rivers 中 {name} 的河道宽度 {CHANNEL_FIELD} 无法使用，该河段从中心线量起：{error}",
                                    f"the channel width {CHANNEL_FIELD} of {name} in rivers cannot be used, that piece is measured from its centre line: {error}"))
                width = None
            if width is None:
                without.add(name)
                continue
            halves[n] = width / 2
            given.setdefault(name, set()).add(width)
        return cls(halves, {name: sorted(w) for name, w in given.items()}, without & set(given))

    def __bool__(self):
        return bool(self.widths)

    def measured_from(self, river):
        """FROM_BANK, FROM_BANK_PARTLY or FROM_CENTRE_LINE for a river name."""
        if river not in self.widths:
            return FROM_CENTRE_LINE
        return FROM_BANK_PARTLY if river in self.partly else FROM_BANK

    def reading(self, river):
        """{measured_from, channel_width_m}: the width given (a list when the pieces differ, None
        for none), for a result's row of that river."""
        widths = self.widths.get(river) or []
        return {"measured_from": self.measured_from(river),
                "channel_width_m": widths[0] if len(widths) == 1 else (list(widths) or None)}


def width_text(channel_width_m):
    """"30" or "20–40" of a reading's channel_width_m (a number or a list)."""
    if isinstance(channel_width_m, (list, tuple)):
        low, high = min(channel_width_m), max(channel_width_m)
        return f"{low:g}" if low == high else f"{low:g}–{high:g}"
    return f"{channel_width_m:g}"


def stored_buffer_problems(records, channels):
    """Lines for Dataset.problems: a stored river buffer measured otherwise than its river's
    distances are (its own `channel_width_m`, written by zoning:build_buffers, against the rivers
    table's), which a rebuild with zoning:build_buffers puts right."""
    problems = []
    for record in records:
        if record.get("derived"):
            continue
        name = record["river_name"]
        stored = record.get(MEASURED_FROM_FIELD) or None
        if stored not in _WORDS:
            try:
                stored = FROM_CENTRE_LINE if read_channel_width(record.get(CHANNEL_FIELD)) is None else FROM_BANK
            except InputError:
                stored = FROM_CENTRE_LINE
        river = channels.measured_from(name)
        if stored != river:
            problems.append(
                say(f"river_buffers 中 {name} 的缓冲区{_WORDS[stored][0]}量起，而 rivers 给出的距离{_WORDS[river][0]}量起；请用 zoning:build_buffers 重建缓冲区",
                    f"the buffer of {name} in river_buffers is measured {_WORDS[stored][1]}, the distances rivers gives {_WORDS[river][1]}: rebuild the buffers with zoning:build_buffers"))
    return problems
