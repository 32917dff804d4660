"""zoning:conformity's input: the features read chunk by chunk as shapely geometries for the core
overlay (curves segmentised, Z and M dropped on a copy; a geometry of another type than the layer's,
as a file mixing types gives, or one GEOS cannot read, left out with the reason), and the CRS of a
layer that has none, when its coordinates can only be the dataset's (core/engine/layer_input.py)."""
import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProcessingException,
                       QgsProcessingFeatureSource, QgsWkbTypes)

from zoning_plugin.core.engine.layer_input import guess_crs
from zoning_plugin.core.errors import Cancelled, ZoningError
from zoning_plugin.toolbelt.feedback import CoreFeedback
from zoning_plugin.toolbelt.geometry import crs_text, plain_wkb


def _wkb(geometry):
    """WKB for shapely of a QgsGeometry (plain_wkb); None when null."""
    if geometry is None or geometry.isNull():
        return None
    return plain_wkb(geometry)


class ConformityInput:
    """Mixin of ConformityAlgorithm (tr() comes from ZoningAlgorithm)."""

    def _source(self, parameters, context, feedback):
        """(the feature source, the coordinate file's layer or None): the coordinate file when given,
        else the input layer."""
        land = self.land_txt_layer(parameters, context, feedback)
        source = QgsProcessingFeatureSource(land, context) if land is not None else \
            self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        return source, land

    def _crs_and_chunks(self, source, dataset, chunks, feedback, notes):
        """(the input's CRS, the chunks to overlay): for a layer without a CRS the coordinates tell
        it, so all chunks are read first (Cancelled when cancelled meanwhile)."""
        if source.sourceCrs().isValid():
            return source.sourceCrs(), chunks
        from zoning_plugin.core.engine.overlay import CHUNK_FEATURES
        geometries = [g for chunk in chunks for g in chunk]
        crs = self._crs(source, dataset, geometries, feedback, notes)
        return crs, (geometries[n:n + CHUNK_FEATURES] for n in range(0, len(geometries), CHUNK_FEATURES))

    def _overlay(self, dataset, source, chunks, crs, min_area, stream, feedback):
        """The core overlay of the chunks, each chunk given to `stream` (ConformityStream: written,
        summed, let go) as it comes back: the overlay of each chunk runs on worker threads while this
        thread reads the next chunks and writes the finished ones. Cancelled when cancelled."""
        from zoning_plugin.core.engine.overlay import overlay_chunks
        try:
            for chunk in overlay_chunks(dataset, chunks, crs=crs_text(crs), min_overlap_m2=min_area, buffers=True,
                                        feedback=CoreFeedback(feedback, 0, 85), total=max(source.featureCount(), 0)):
                stream.add(chunk)
        except Cancelled:
            raise
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The layer cannot be analysed: {0}").format(error)) from None

    def _crs(self, source, dataset, geometries, feedback, notes):
        """The input's CRS; for a layer without one, the dataset's storage or metric CRS when the
        features' coordinates can only be that (core guess_crs; said in the log and the report), else
        an error."""
        crs = source.sourceCrs()
        if crs.isValid():
            return crs
        authid = guess_crs(dataset, geometries)
        if authid is None:
            raise QgsProcessingException(self.tr(
                "The input layer has no coordinate reference system, and its coordinates do not lie in the city "
                "in the dataset's CRSs; set the layer's CRS and run again."))
        notes.append(self.tr("The input layer has no coordinate reference system; its coordinates lie "
                             "in the city only when read as {0}, so they were read so. Set the layer's "
                             "CRS if that is wrong.").format(authid))
        feedback.reportError(notes[-1])
        return QgsCoordinateReferenceSystem(authid)

    def _chunks(self, source, feedback, pending, unreadable, size):
        """Yield the source's geometries as shapely geometries, `size` at a time, putting each
        chunk's features and their geometries' bounds into `pending` (PendingFeatures) first and why
        a feature's geometry cannot be read into `unreadable` (index → message); a cancel raises
        Cancelled."""
        # Invalid geometries are the overlay's to repair and count, not Processing's to refuse.
        iterator = source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        wkbs, batch, start = [], [], 0
        # A file that mixes geometry types (a GeoJSON of points and polygons) comes as a layer of
        # its first feature's type: another type would be measured as the wrong kind (a polygon
        # without area fields) and written into a layer that cannot hold it.
        layer_type = QgsWkbTypes.geometryType(source.wkbType())
        checked = layer_type in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry)
        foreign = {}        # WKB type → whether it is not the layer's geometry type, as met
        for feature in iterator:
            geometry = feature.geometry()
            if checked and not geometry.isNull():
                kind = geometry.wkbType()
                if foreign.setdefault(kind, QgsWkbTypes.geometryType(kind) != layer_type):
                    unreadable[start + len(batch)] = self.tr(
                        "A {0} in a layer of {1}: the file mixes geometry types; load each type as a layer of "
                        "its own and analyse each. Its geometry is left out of the output.").format(
                        QgsWkbTypes.displayString(kind), QgsWkbTypes.geometryDisplayString(layer_type))
                    feature.clearGeometry()          # our copy: the input keeps it
                    geometry = feature.geometry()
            wkbs.append(_wkb(geometry))
            batch.append(feature)
            if len(wkbs) == size:
                yield self._read(wkbs, batch, start, pending, unreadable)
                start += len(batch)
                wkbs, batch = [], []
                if feedback.isCanceled():
                    raise Cancelled("cancelled")
        if wkbs:
            yield self._read(wkbs, batch, start, pending, unreadable)

    def _read(self, wkbs, features, start, pending, unreadable):
        """The shapely geometries of one chunk (features `start`…), its features put into `pending`."""
        geometries = self._geometries(wkbs, start, unreadable)
        pending.put(features, shapely.bounds(geometries))
        return geometries

    def _geometries(self, wkbs, start, unreadable):
        """Shapely geometries of one chunk's WKB (None where null or unreadable); why each
        unreadable one (feature start + n) cannot be read goes to `unreadable`."""
        geometries = list(shapely.from_wkb(wkbs, on_invalid="ignore"))
        for n, (wkb, geometry) in enumerate(zip(wkbs, geometries)):
            if wkb is not None and geometry is None:       # what QGIS holds and GEOS refuses
                try:
                    shapely.from_wkb(wkb)
                except Exception as error:
                    unreadable[start + n] = self.tr("The geometry cannot be read: {0}").format(error)
        return geometries
