"""The outputs of zoning:screen_project and zoning:screen_list, through RunOutputs: the screening
table (rows: core/renderers/screening_table.py) and the point layer of screen_list (points only,
whatever the list's own geometry) as sinks, the JSON document (core/renderers/screening_json.py),
and the log of the sites with the summary by verdict; each file output carries the provenance (dataset,
version, the version chosen for a date: core/dataset/provenance.py) as RunOutputs.label_provenance
writes it. For a shapefile, what its 254-byte text fields
had to cut is said in the log (toolbelt/shapefile.py)."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsPointXY, QgsFeatureSink, QgsField, QgsFields, QgsGeometry,
                       QgsProcessingException, QgsProcessingOutputString, QgsProcessingParameterFileDestination,
                       QgsWkbTypes)

from zoning_plugin.algorithms.field_aliases import aliased, screening_aliases
from zoning_plugin.algorithms.outputs import processing_error
from zoning_plugin.core.dataset.provenance import provenance
from zoning_plugin.core.dataset.screening_rules import load_rules, verdict_label
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.messages import listing
from zoning_plugin.core.outputs import write_failed
from zoning_plugin.core.renderers.screening_json import write_document
from zoning_plugin.core.renderers.screening_table import list_table_rows, point_values, site_entry, table_rows
from zoning_plugin.core.screening.enterprise_list import unique_name
from zoning_plugin.core.screening.screen import NO_RESTRICTION
from zoning_plugin.core.screening.sites import most_severe, nothing_screened, verdict_summary
from zoning_plugin.toolbelt.i18n import tr
from zoning_plugin.toolbelt.log import CappedLog
from zoning_plugin.toolbelt.shapefile import ShapefileText
from zoning_plugin.toolbelt.tables import qgs_fields


class ScreeningTable:
    """The sink `OUTPUT` of an algorithm with the given (name, QVariant type) fields, no geometry."""

    def __init__(self, algorithm, run, parameters, field_types, name="OUTPUT"):
        self.algorithm, self.parameters, self.name = algorithm, parameters, name
        self.fields = aliased(qgs_fields(field_types), screening_aliases())
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
    """A point sink (EPSG:4490 unless given) whose features are points and nothing else: the fields
    given, then the `extra` (name, kind) pairs with their aliases; an extra name the fields already
    have gets `_1`."""

    def __init__(self, algorithm, run, parameters, name, fields, extra=(), crs=STORAGE_CRS):
        self.algorithm, self.parameters, self.name = algorithm, parameters, name
        fields, aliases = QgsFields(fields), screening_aliases()
        for field in qgs_fields(extra):
            copy = QgsField(field)
            copy.setName(unique_name(field.name(), fields.names()))
            copy.setAlias(aliases.get(field.name(), ""))
            fields.append(copy)
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


class ScreeningOutputs:
    """The JSON output and the log of zoning:screen_project and zoning:screen_list (a mixin placed
    before ZoningAlgorithm: self.tr)."""
    JSON = "JSON"
    VERDICT = "VERDICT"

    def group(self):
        return self.tr("Project screening")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "screening"

    def add_screening_outputs(self):
        """The JSON file and the most severe verdict, after the other parameters."""
        self.addParameter(QgsProcessingParameterFileDestination(
            self.JSON, self.tr("Screening results (JSON)"), self.tr("JSON files (*.json)"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.VERDICT, self.tr("Most severe verdict")))

    def screening_results(self, table, verdict, json_file, points=None):
        """What the algorithm returns: the table (and points) layer, the verdict, the JSON path."""
        outputs = {table.name: table.destination, self.VERDICT: verdict or ""}
        if points is not None:
            outputs[points.name] = points.destination
        if json_file:
            outputs[self.JSON] = json_file[1]
        return outputs

    def write_screening(self, run, dataset, sites, inputs, feedback, table, json_file, points=None, listed=False):
        """The sites logged, then (unless none could be screened) written: the table rows (a list's
        with name and coordinates), the points, the JSON; committed after the last cancel check. The
        algorithm's results, {} when cancelled."""
        verdict = self.log_sites(dataset, sites, feedback)
        self.refuse_if_nothing_screened(sites)
        for site in sites:
            table.add_rows(list_table_rows(site, dataset.version) if listed
                           else table_rows(site.fids, site.result, site.message, dataset.version))
        for site in sites if points is not None else ():
            values = point_values(site, dataset.version)
            if values is not None:       # only points, whatever geometry the list's own rows had
                points.add(QgsPointXY(site.parsed.lon, site.parsed.lat), site.attributes + values)
        if json_file:
            self.write_json(json_file, dataset, inputs["note"], inputs["settings"],
                            (site_entry(site, listed) for site in sites), verdict_summary(sites) if listed else None)
        entries = provenance(self.dataset_info(dataset), verdicts=True)
        for sink in (table, points) if points is not None else (table,):
            sink.say_what_was_cut(feedback)
            run.label_provenance(sink.name, entries, sink.destination)   # dataset, version (chosen for a date)
        if feedback.isCanceled():
            return self.cancelled(feedback)
        run.commit()
        feedback.setProgress(100)
        return self.screening_results(table, verdict, json_file, points)

    def cancelled(self, feedback):
        feedback.pushInfo(self.tr("Cancelled: nothing was written, older outputs are unchanged."))
        return {}

    def refuse_if_nothing_screened(self, sites):
        """A run in which no site could be screened at all (every one has a problem) failed."""
        problems = nothing_screened(sites)
        if problems:
            more = self.tr(" (and {0} more with problems, see the log)").format(len(problems) - 1) \
                if len(problems) > 1 else ""
            raise QgsProcessingException(self.tr("Nothing could be screened: {0}: {1}{2}").format(
                problems[0].label, problems[0].message, more))

    def json_file(self, run, parameters, context):
        """(temporary path to write, the user's path) of the JSON output, or None."""
        path = self.parameterAsFileOutput(parameters, self.JSON, context)
        return (run.file(path), path) if path else None

    def write_json(self, json_file, dataset, note, settings, entries, summary=None):
        """The results document (core/renderers/screening_json.py), streamed into the temporary file."""
        temporary, path = json_file
        settings = {k: v for k, v in settings.items() if v is not None}
        try:
            with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
                write_document(stream, self.dataset_info(dataset), entries, note=note, settings=settings, summary=summary)
        except OSError as error:
            raise processing_error(write_failed(path, error)) from None

    def log_sites(self, dataset, sites, feedback):
        """Each site's verdict, then the counts by verdict and the advisory notice; the most severe."""
        log = CappedLog(feedback)
        for site in sites:
            result = site.result
            if result is None:
                log.line("site", self.tr("{0}: {1}").format(site.label, site.message), error=True)
            elif not result.inside:
                log.line("site", self.tr("{0}: outside the dataset's area, not screened.").format(site.label), error=True)
            else:
                log.line("site", self.tr("{0}: {1}").format(site.label, result.statement()))
                if log.counts["site"] > log.limit:
                    continue
                if result.project.get("boiler_read"):
                    feedback.pushInfo(self.tr("  boiler size {0} t/h").format(result.project["boiler_read"]))
                for check in result.hits:
                    feedback.pushInfo(self.tr("  {0} {1} ({2}, {3}): {4}").format(
                        check.rule.rule_id, verdict_label(check.rule.verdict), check.rule.title,
                        check.requirement.req_id, listing(check.reasons)))
        log.more("site", self.tr("… and {0} more site(s); see the table."))
        summary = verdict_summary(sites)
        counts = summary["by_verdict"]
        feedback.pushInfo(self.tr("Summary by verdict: {0}").format(
            tr(", ").join(f"{verdict_label(verdict)} {count}" for verdict, count in counts.items())))
        if counts[NO_RESTRICTION]:
            rules = [rule for rule, _requirement in load_rules(dataset) if rule.kind != "judgement"]
            feedback.pushInfo(self.tr("{0} means that none of the {1} rules of the dataset fired, not that the "
                                      "project meets every requirement; each site's line says which items are "
                                      "left to your judgement.").format(verdict_label(NO_RESTRICTION).capitalize(),
                                                                        len(rules)))
        if summary["outside"] or summary["errors"]:
            feedback.reportError(self.tr("Not screened: {0} outside the dataset's area, {1} with problems "
                                         "(see above).").format(summary["outside"], summary["errors"]))
        sample = self.tr(" (sample data, not official)") if dataset.is_sample else ""
        feedback.pushInfo(self.tr("Advisory screening, not an approval decision. Dataset: {0}{1}, version "
                                  "{2}.").format(dataset.title, sample, dataset.version))
        return most_severe(summary)
