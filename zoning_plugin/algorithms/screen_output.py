"""The layer outputs of zoning:screen_project and zoning:screen_list, sinks of RunOutputs: the
screening table (one row per site and triggered rule, one when none triggers or the site has a
problem) and the point layer of screen_list (points only, whatever the list's own geometry). For a
shapefile, what its 254-byte text fields had to cut is said in the log."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsGeometry,
                       QgsProcessingException, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication

from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.screening import NO_RESTRICTION

SHAPEFILE_TEXT_BYTES = 254


def tr(message):
    return QCoreApplication.translate("ScreeningTable", message)


def table_rows(fids, result, message, version):
    """The table rows (attribute lists in the order of screen_project.FIELDS) of one site."""
    feature_id = ",".join(str(f) for f in fids)
    if result is None:
        return [[feature_id, "error", None, None, None, None, None, None, None, message, None, None, version]]
    common = [result.project["industry_code"], result.project["boiler_tph"], version]
    if not result.inside:
        return [[feature_id, "outside", None, None, None, None, None, None, None,
                 "；".join(result.messages)] + common]
    if not result.hits:
        return [[feature_id, "none", NO_RESTRICTION, NO_RESTRICTION, None, None, None, None, None,
                 None] + common]
    return [[feature_id, "triggered", c.rule.verdict, result.verdict, c.rule.rule_id, c.rule.title,
             c.requirement.req_id, c.requirement.source, c.requirement.text, "；".join(c.reasons)] + common
            for c in result.hits]


class CutCounter:
    """For a shapefile destination: how many text values of each field are longer than the 254
    bytes a shapefile field holds (the driver cuts them)."""

    def __init__(self, destination, names):
        self.active = str(destination or "").lower().endswith(".shp")
        self.names, self.cut = names, {}

    def count(self, attributes):
        if not self.active:
            return
        for name, value in zip(self.names, attributes):
            if isinstance(value, str) and len(value.encode("utf-8")) > SHAPEFILE_TEXT_BYTES:
                self.cut[name] = self.cut.get(name, 0) + 1

    def say(self, feedback, destination):
        if self.cut:
            feedback.pushWarning(tr("{0}: a shapefile field holds at most 254 bytes; values were cut in {1}. "
                                    "Choose a GeoPackage to keep them whole.").format(
                destination, ", ".join(f"{name} ({count})" for name, count in self.cut.items())))


class ScreeningTable:
    """The sink `OUTPUT` of an algorithm with the given (name, QVariant type) fields, no geometry."""

    def __init__(self, algorithm, run, parameters, field_types, name="OUTPUT"):
        self.algorithm, self.parameters, self.name = algorithm, parameters, name
        self.fields = QgsFields()
        for field_name, kind in field_types:
            self.fields.append(QgsField(field_name, kind))
        self.sink, self.destination = run.sink(name, self.fields, QgsWkbTypes.NoGeometry,
                                               QgsCoordinateReferenceSystem())
        self.cuts = CutCounter(self.destination, self.fields.names())

    def add_rows(self, rows):
        for row in rows:
            feature = QgsFeature(self.fields)
            feature.setAttributes(row)
            self.cuts.count(row)
            if not self.sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.algorithm.writeFeatureError(self.sink, self.parameters,
                                                                              self.name))

    def say_what_was_cut(self, feedback):
        self.cuts.say(feedback, self.destination)



class PointSink:
    """A point sink (EPSG:4490 unless given) whose features are points and nothing else."""

    def __init__(self, algorithm, run, parameters, name, fields, crs=STORAGE_CRS):
        self.algorithm, self.parameters, self.name, self.fields = algorithm, parameters, name, fields
        self.sink, self.destination = run.sink(name, fields, QgsWkbTypes.Point, QgsCoordinateReferenceSystem(crs))
        self.cuts = CutCounter(self.destination, fields.names())

    def add(self, point, attributes):
        """A feature at the QgsPointXY `point` with `attributes`."""
        feature = QgsFeature(self.fields)
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        feature.setAttributes(attributes)
        self.cuts.count(attributes)
        if not self.sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.algorithm.writeFeatureError(self.sink, self.parameters, self.name))

    def say_what_was_cut(self, feedback):
        self.cuts.say(feedback, self.destination)
