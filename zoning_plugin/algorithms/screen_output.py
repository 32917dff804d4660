"""The layer outputs of zoning:screen_project and zoning:screen_list, sinks of RunOutputs: the
screening table (one row per site and triggered rule, one when none triggers or the site has a
problem) and the point layer of screen_list (points only, whatever the list's own geometry). For a
shapefile, what its 254-byte text fields had to cut is said in the log."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsGeometry,
                       QgsProcessingException, QgsWkbTypes)

from zoning_plugin.algorithms.field_aliases import aliased, screening_aliases
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.messages import listing
from zoning_plugin.core.screening.screen import NO_RESTRICTION, no_rule, note_reasons
from zoning_plugin.toolbelt.i18n import tr

SHAPEFILE_TEXT_BYTES = 254
SHAPEFILE_NAME_BYTES = 10


def table_rows(fids, result, message, version):
    """The table rows (attribute lists in the order of screen_project.FIELDS) of one site: one per
    triggered rule (or one "none" row), then one per item left to the user's judgement (status
    to_judge), then one per requirement applying here that no rule looks at (status no_rule); every
    row carries the verdict's statement (how many rules were checked, what is left to judgement)."""
    feature_id = ",".join(str(f) for f in fids)
    if result is None:
        return [[feature_id, "error", None, None, None, None, None, None, None, None, message, None, None,
                 version]]
    common = [result.project["industry_code"], result.project["boiler_tph"], version]
    if not result.inside:
        return [[feature_id, "outside", None, None, None, None, None, None, None, None,
                 listing(result.messages)] + common]
    statement = result.statement()

    def row(status, verdict, check, reason):
        return [feature_id, status, verdict, result.verdict, statement, check.rule.rule_id, check.rule.title,
                check.requirement.req_id, check.requirement.source, check.requirement.text, reason] + common

    rows = [row("triggered", c.rule.verdict, c, listing(c.reasons)) for c in result.hits]
    if not rows:
        rows = [[feature_id, "none", NO_RESTRICTION, NO_RESTRICTION, statement, None, None, None, None, None,
                 None] + common]
    rows += [row("to_judge", None, c, listing(c.reasons)) for c in result.to_judge]
    notes = result.dataset.get("requirement_notes") or {}
    return rows + [[feature_id, "no_rule", None, result.verdict, statement, None, None, r.req_id, r.source, r.text,
                    listing([no_rule()] + note_reasons(notes.get(r.req_id)))] + common for r in result.without_rule]


class ShapefileText:
    """For a shapefile destination (written in UTF-8): text values longer than the 254 bytes a
    shapefile field holds are cut at a character boundary (the driver would cut inside a character,
    leaving broken text) and counted per field, to be said in the log."""

    def __init__(self, destination, names):
        self.active = str(destination or "").lower().endswith(".shp")
        self.names, self.cut, self.renamed = names, {}, []

    def fit(self, attributes):
        if not self.active:
            return attributes
        fitted = list(attributes)
        for index, (name, value) in enumerate(zip(self.names, attributes)):
            if isinstance(value, str) and len(value.encode("utf-8")) > SHAPEFILE_TEXT_BYTES:
                fitted[index] = value.encode("utf-8")[:SHAPEFILE_TEXT_BYTES].decode("utf-8", "ignore")
                self.cut[name] = self.cut.get(name, 0) + 1
        return fitted

    def fit_names(self, fields):
        """`fields` with names a shapefile keeps (10 bytes, cut at a character boundary, unique) when
        the destination is one: the driver would cut inside a character. Also remembers the renames."""
        self.renamed = []
        if not self.active:
            return fields
        fitted, taken = QgsFields(), set()
        for field in fields:
            name, number = field.name(), 0
            short = name.encode("utf-8")[:SHAPEFILE_NAME_BYTES].decode("utf-8", "ignore")
            while short.lower() in taken:
                number += 1
                room = SHAPEFILE_NAME_BYTES - len(str(number))
                short = name.encode("utf-8")[:room].decode("utf-8", "ignore") + str(number)
            taken.add(short.lower())
            if short != name:
                self.renamed.append((name, short))
            copy = QgsField(field)
            copy.setName(short)
            fitted.append(copy)
        return fitted

    def say(self, feedback, destination):
        if self.renamed:
            feedback.pushInfo(tr("{0}: a shapefile field name holds at most 10 bytes: {1}.").format(
                destination, ", ".join(f"{old} → {new}" for old, new in self.renamed)))
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
        self.fields = aliased(self.fields, screening_aliases())
        self.cuts = ShapefileText(algorithm.parameterAsOutputLayer(parameters, name, run.context), self.fields.names())
        self.fields = self.cuts.fit_names(self.fields)
        self.sink, self.destination = run.sink(name, self.fields, QgsWkbTypes.NoGeometry,
                                               QgsCoordinateReferenceSystem(), shapefile_encoding="UTF-8")

    def add_rows(self, rows):
        for row in rows:
            feature = QgsFeature(self.fields)
            feature.setAttributes(self.cuts.fit(row))
            if not self.sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.algorithm.writeFeatureError(self.sink, self.parameters,
                                                                              self.name))

    def say_what_was_cut(self, feedback):
        self.cuts.say(feedback, self.destination)



class PointSink:
    """A point sink (EPSG:4490 unless given) whose features are points and nothing else."""

    def __init__(self, algorithm, run, parameters, name, fields, crs=STORAGE_CRS):
        self.algorithm, self.parameters, self.name = algorithm, parameters, name
        self.cuts = ShapefileText(algorithm.parameterAsOutputLayer(parameters, name, run.context), fields.names())
        self.fields = self.cuts.fit_names(fields)
        self.sink, self.destination = run.sink(name, self.fields, QgsWkbTypes.Point,
                                               QgsCoordinateReferenceSystem(crs), shapefile_encoding="UTF-8")

    def add(self, point, attributes):
        """A feature at the QgsPointXY `point` with `attributes`."""
        feature = QgsFeature(self.fields)
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        feature.setAttributes(self.cuts.fit(attributes))
        if not self.sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.algorithm.writeFeatureError(self.sink, self.parameters, self.name))

    def say_what_was_cut(self, feedback):
        self.cuts.say(feedback, self.destination)
