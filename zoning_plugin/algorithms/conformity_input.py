"""zoning:conformity's input: the features read chunk by chunk as shapely geometries for the core
overlay (curves segmentised, Z and M dropped on a copy; a geometry of another type than the layer's,
as a file mixing types gives, or one GEOS cannot read, left out with the reason), and the CRS of a
layer that has none, when its coordinates can only be the dataset's."""
import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProcessingException,
                       QgsProcessingFeatureSource, QgsWkbTypes)

from zoning_plugin.core.errors import Cancelled
from zoning_plugin.toolbelt.geometry import plain_wkb

def _wkb(geometry):
    """WKB for shapely of a QgsGeometry (plain_wkb); None when null."""
    if geometry is None or geometry.isNull():
        return None
    return plain_wkb(geometry)


class ConformityInput:
    """Mixin of ConformityAlgorithm (tr() comes from ZoningAlgorithm)."""

    def _crs(self, source, dataset, geometries, feedback, notes):
        """The input's CRS; for a layer without one, the dataset's storage or metric CRS when the
        features' coordinates can only be that (said in the log and the report), else an error."""
        crs = source.sourceCrs()
        if crs.isValid():
            return crs
        present = [g for g in geometries if g is not None and not g.is_empty]
        extent = shapely.total_bounds(present) if present else None
        west, south, east, north = dataset.city_bounds_4490
        metric = dataset.city_metric.bounds
        candidates = (("EPSG:4490", (west - 0.5, south - 0.5, east + 0.5, north + 0.5)),
                      (dataset.metric_crs,
                       (metric[0] - 50e3, metric[1] - 50e3, metric[2] + 50e3, metric[3] + 50e3)))
        for authid, (x0, y0, x1, y1) in candidates:
            if extent is not None and x0 <= extent[0] and extent[2] <= x1 and y0 <= extent[1] and extent[3] <= y1:
                notes.append(self.tr("The input layer has no coordinate reference system; its coordinates lie "
                                     "in the city only when read as {0}, so they were read so. Set the layer's "
                                     "CRS if that is wrong.").format(authid))
                feedback.reportError(notes[-1])
                return QgsCoordinateReferenceSystem(authid)
        raise QgsProcessingException(self.tr(
            "The input layer has no coordinate reference system, and its coordinates do not lie in the city "
            "in the dataset's CRSs; set the layer's CRS and run again."))

    def _chunks(self, source, feedback, features, unreadable, size):
        """Yield the source's geometries as shapely geometries, `size` at a time, appending
        each feature to `features` and why its geometry cannot be read to `unreadable` (index →
        message); a cancel raises Cancelled."""
        # Invalid geometries are the overlay's to repair and count, not Processing's to refuse.
        iterator = source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        wkbs = []
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
                    unreadable[len(features)] = self.tr(
                        "A {0} in a layer of {1}: the file mixes geometry types; load each type as a layer of "
                        "its own and analyse each. Its geometry is left out of the output.").format(
                        QgsWkbTypes.displayString(kind), QgsWkbTypes.geometryDisplayString(layer_type))
                    feature.clearGeometry()          # our copy: the input keeps it
                    geometry = feature.geometry()
            wkbs.append(_wkb(geometry))
            features.append(feature)
            if len(wkbs) == size:
                yield self._geometries(wkbs, len(features) - len(wkbs), unreadable)
                wkbs = []
                if feedback.isCanceled():
                    raise Cancelled("cancelled")
        if wkbs:
            yield self._geometries(wkbs, len(features) - len(wkbs), unreadable)

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

    @staticmethod
    def _mark_unreadable(summaries, unreadable):
        """Features whose geometry shapely could not read went in as null: say why, count them as invalid."""
        for summary in summaries:
            message = unreadable.get(summary.index)
            if message is not None and summary.status == "null":
                summary.status, summary.message = "invalid", message
