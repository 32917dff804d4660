"""What zoning:conformity does with each chunk of the overlay as it comes back (issue 21 §1): write
it (output.py), add it to the run's ConformityTotals (what the report and the log say, with the
names of the features they list), offer its features to the map's bounded sample, then let it go.
The input features wait in PendingFeatures only until their chunk is written, so a run holds the
chunks being overlaid, not the layer."""
import collections

import numpy

from zoning_plugin.algorithms.conformity.report import namer
from zoning_plugin.core.engine.layer_input import mark_unreadable
from zoning_plugin.core.renderers.conformity_totals import ConformityTotals, MapSample


class PendingFeatures:
    """The input features read and not yet written, in order, chunk by chunk, with their geometries'
    bounds (an array of minx, miny, maxx, maxy; NaN without a geometry)."""

    def __init__(self):
        self.chunks = collections.deque()       # [features, bounds] as read
        self.taken = 0          # the index of the first feature held

    def put(self, features, bounds):
        self.chunks.append([list(features), numpy.asarray(bounds, dtype=float).reshape(len(features), 4)])

    def ids(self, start, count):
        """The ids of the features start … start + count - 1, still held (read, not yet taken)."""
        found, position = [], self.taken
        for features, _bounds in self.chunks:
            if position + len(features) > start:
                found += [feature.id() for feature in features[max(0, start - position):start + count - position]]
            position += len(features)
            if position >= start + count:
                break
        return found

    def take(self, start, count):
        """(features start … start + count - 1, their bounds (count × 4)), let go here."""
        if start != self.taken:
            raise RuntimeError(f"chunk {start} out of order (next {self.taken})")
        features, bounds = [], []
        while len(features) < count:
            if not self.chunks:
                raise RuntimeError(f"chunk {start}+{count}: only {len(features)} features read")
            held = self.chunks[0]
            wanted = count - len(features)
            features += held[0][:wanted]
            bounds.append(held[1][:wanted])
            if wanted >= len(held[0]):
                self.chunks.popleft()
            else:
                held[0], held[1] = held[0][wanted:], held[1][wanted:]
        self.taken += count
        return features, (numpy.concatenate(bounds) if bounds else numpy.zeros((0, 4)))


class ConformityStream:
    """The run's chunks as they come back: written by `writer` (a ConformityWriter, given once the
    input's CRS is known), summed into `totals`, the features analysed in the city offered to
    `sample` (their QgsGeometry; flagged: touching a priority unit or a river buffer) and their
    bounds to `extent`. `unreadable`: index → why a feature's geometry could not be read."""

    def __init__(self, dataset, id_field, unreadable):
        self.writer, self.id_field, self.unreadable = None, id_field, unreadable
        self.pending = PendingFeatures()
        self.totals = ConformityTotals.of_dataset(dataset)
        self.sample = MapSample()
        self.extent = None      # [minx, miny, maxx, maxy] of the features analysed in the city

    def add(self, chunk):
        summaries, start = chunk.features, chunk.start
        features, bounds = self.pending.take(start, len(summaries))
        mark_unreadable(summaries, self.unreadable)
        for index in range(start, start + len(summaries)):
            self.unreadable.pop(index, None)
        name = namer(features, start, self.id_field)
        self.writer.add(start, features, summaries, chunk.rows, name)
        self.totals.add(summaries, chunk.rows, name)
        inside = [n for n, summary in enumerate(summaries) if summary.status == "ok"]
        for n in inside:
            flags = summaries[n].flags or ()
            self.sample.add("priority" in flags or "buffer" in flags, features[n].geometry)
        known = bounds[inside]
        known = known[~numpy.isnan(known).any(axis=1)]
        if len(known):
            low, high = known[:, :2].min(axis=0), known[:, 2:].max(axis=0)
            if self.extent is not None:
                low, high = numpy.minimum(low, self.extent[:2]), numpy.maximum(high, self.extent[2:])
            self.extent = [*low.tolist(), *high.tolist()]
