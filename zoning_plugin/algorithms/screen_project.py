"""zoning:screen_project 项目准入研判. Thin: reads the site(s), lets core/screening/screen.py screen them,
writes one table row per site × triggered rule and the results as JSON (core/renderers/screening_json.py),
all through RunOutputs: an output onto an input or the dataset is refused before any work, and
the outputs are renamed into place together after the last cancel check.

A parameter that cannot be used (a boiler size or distance that is not a number, negative or NaN;
a layer without CRS, features or the field named) stops the run with its name. A feature with a
problem (an unknown industry code or boiler size in its field, no or broken geometry) gets its
message in the log and the outputs while the others are screened; a run in which no site could be
screened at all fails with the first message."""
import shapely
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterDefinition,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.outputs import RunOutputs, processing_error
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.algorithms.screen_output import ScreeningTable, table_rows
from zoning_plugin.core import ZoningError
from zoning_plugin.core.errors import InputError
from zoning_plugin.core.messages import listing
from zoning_plugin.core.outputs import write_failed
from zoning_plugin.core.screening.screen import (BOILER_MAX_TPH, BOILER_UNITS, DISTANCE_UNITS, NO_RESTRICTION, read_boiler,
                                          screen)
from zoning_plugin.core.renderers.screening_json import write_document
from zoning_plugin.core.dataset.screening_rules import SEVERITY, VERDICTS, load_rules, verdict_label
from zoning_plugin.toolbelt.geometry import crs_text, to_shapely
from zoning_plugin.toolbelt.i18n import tr

LOG_LINES = 30
MAX_RIVER_DISTANCE_M = 100000.0    # a "riverside" 100 km wide is a typing error
COMPARISONS = (None, "lt", "le")      # BOILER_COMPARISON: as the rule says, strictly less, or equal
FIELDS = (("feature_id", QVariant.String), ("status", QVariant.String), ("verdict", QVariant.String),
          ("overall", QVariant.String), ("statement", QVariant.String), ("rule_id", QVariant.String),
          ("title", QVariant.String),
          ("req_id", QVariant.String), ("source", QVariant.String), ("text", QVariant.String),
          ("reason", QVariant.String), ("industry_code", QVariant.String), ("boiler_tph", QVariant.Double),
          ("dataset_version", QVariant.String))


def _value(value):
    """None for NULL or blank text (PyQGIS gives a null QVariant), else the value."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _same(value):
    """A key under which 20, 20.0, '20' and '20t' are one boiler size."""
    try:
        number = read_boiler(value)[0]
    except InputError:
        return " ".join(str(value).split())
    return f"{number or 0:g}"


class ScreenProjectAlgorithm(ZoningAlgorithm):
    INPUT = "INPUT"
    PER_FEATURE = "PER_FEATURE"
    INDUSTRY_CODE = "INDUSTRY_CODE"
    INDUSTRY_FIELD = "INDUSTRY_FIELD"
    BOILER_TPH = "BOILER_TPH"
    BOILER_FIELD = "BOILER_FIELD"
    NOTE = "NOTE"
    RIVER_DISTANCE_M = "RIVER_DISTANCE_M"
    BOILER_COMPARISON = "BOILER_COMPARISON"
    DATASET = "DATASET"
    OUTPUT = "OUTPUT"
    JSON = "JSON"
    VERDICT = "VERDICT"

    def name(self):
        return "screen_project"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Screen a project (项目准入研判)")

    def group(self):
        return self.tr("Project screening")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "screening"

    def tags(self):
        return self.tr("screening,project,industry,boiler,access,zoning").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Screens a project site against the screening rules of the zoning dataset: the site, its "
            "industry code (GB/T 4754-2017, e.g. C2614; a longer code is read by its 门类 and 大类), an "
            "optional new coal boiler in 蒸吨/小时 (t/h) and a note.\n\n"
            "Each rule the project triggers is listed with its advisory verdict, worded as the text words "
            "it (禁止, 禁止或严格限制, 严格控制, 限制 or 需关注), the official text it rests on (req_id and "
            "source) and why it triggered (unit class, river buffer, distance to the river, in 城市建成区 or "
            "not, boiler size against the threshold); when none triggers the verdict is 未发现限制. Every "
            "verdict says how many rules were checked and which items are left to your judgement "
            "(须由您判断, one table row each, status to_judge); the requirements applying to the site that "
            "no rule looks at are named too (one table row each, status no_rule: check them against the "
            "list). The thresholds, distances and industries "
            "come from the dataset's rules, not from the plugin.\n\n"
            "The features of the input (the selected ones, if you choose so) are taken together as one "
            "site, or each is screened on its own with its own industry and boiler fields. A field value "
            "wins over the single code or size; an empty field value falls back to them.\n\n"
            "A boiler size may carry its unit (5t, 5 蒸吨/小时) or full-width digits; the log says how it "
            "was read. Outputs: a table with one row per site and triggered rule (one row when none "
            "triggers), and the results as JSON (each rule and requirement text listed once). A feature "
            "with a problem (an unknown industry code or boiler size in its field, no or broken geometry) "
            "is told in the log and in the outputs; a boiler size or distance that is not a plain number, "
            "negative or NaN, an empty layer or a layer without CRS stops the run, as does a run in which "
            "no site could be screened. The result is advisory, not an approval decision.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Project site(s)"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PER_FEATURE, self.tr("Screen each feature on its own (otherwise all together as one site)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.INDUSTRY_CODE, self.tr("Industry code (GB/T 4754-2017, e.g. C2614)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INDUSTRY_FIELD, self.tr("Industry code field"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BOILER_TPH, self.tr("New coal boiler (t/h)"),
            QgsProcessingParameterNumber.Double, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.BOILER_FIELD, self.tr("New coal boiler field (t/h)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.add_screening_settings()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.JSON, self.tr("Screening results (JSON)"), self.tr("JSON files (*.json)"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.VERDICT, self.tr("Most severe verdict")))

    def add_screening_settings(self):
        """The note, the advanced settings (river distance, boiler comparison, dataset) and the
        screening table: the same for one site and for a list (zoning:screen_list)."""
        self.addParameter(QgsProcessingParameterString(
            self.NOTE, self.tr("Note"), optional=True, multiLine=True))
        distance = QgsProcessingParameterNumber(
            self.RIVER_DISTANCE_M, self.tr("Riverside distance, metres (empty: the rule's own)"),
            QgsProcessingParameterNumber.Double, optional=True)
        comparison = QgsProcessingParameterEnum(
            self.BOILER_COMPARISON, self.tr("Boiler threshold “以下”"),
            options=[self.tr("As the rule says"), self.tr("Below, not equal (exclusive: the other reading)"),
                     self.tr("Below or equal (inclusive: as statute reads 以上/以下)")], defaultValue=0)
        dataset = QgsProcessingParameterFile(
            self.DATASET, self.tr("Zoning dataset (when empty: the plugin's current dataset)"),
            extension="gpkg", optional=True)
        for parameter in (distance, comparison, dataset):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Screening table"), QgsProcessing.TypeVector))

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        dataset = self._dataset(parameters, context, feedback)
        inputs = self._inputs(parameters, context, feedback)
        crs = source.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(self.tr("The input layer has no coordinate reference system; set one "
                                                 "first."))
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The input layer has no features (or none is selected while "
                                                 "only selected features are used)."))
        if self._missing_field(source, inputs):
            raise QgsProcessingException(self.tr("The input layer has no field “{0}”.").format(
                self._missing_field(source, inputs)))
        with RunOutputs(self, parameters, context, dataset) as run:
            table = ScreeningTable(self, run, parameters, FIELDS)      # outputs refused before any work
            json_file = self.json_file(run, parameters, context)
            sites = []      # (label, [fid], result or None, message or None)
            rows = self._read(source, inputs, sites, feedback)
            screen_one = self._each if self.parameterAsBoolean(parameters, self.PER_FEATURE, context) \
                else self._together
            if rows is None or screen_one(dataset, crs_text(crs), rows, inputs, sites, feedback) is None:
                return self.cancelled(feedback)
            verdict = self.log_sites(dataset, sites, feedback)
            self.refuse_if_nothing_screened(sites)
            for _label, fids, result, message in sites:
                table.add_rows(table_rows(fids, result, message, dataset.version))
            if json_file:
                self.write_json(json_file, dataset, inputs, (({"feature_ids": fids, "label": label}, result, message)
                                                            for label, fids, result, message in sites))
            table.say_what_was_cut(feedback)
            if feedback.isCanceled():
                return self.cancelled(feedback)
            run.commit()
        feedback.setProgress(100)
        outputs = {self.OUTPUT: table.destination, self.VERDICT: verdict or ""}
        if json_file:
            outputs[self.JSON] = json_file[1]
        return outputs

    def cancelled(self, feedback):
        feedback.pushInfo(self.tr("Cancelled: nothing was written, older outputs are unchanged."))
        return {}

    def refuse_if_nothing_screened(self, sites):
        """A run in which no site could be screened at all (every one has a problem) failed."""
        problems = [(label, message) for label, _fids, result, message in sites if result is None]
        if sites and len(problems) == len(sites):
            label, message = problems[0]
            more = self.tr(" (and {0} more with problems, see the log)").format(len(problems) - 1) \
                if len(problems) > 1 else ""
            raise QgsProcessingException(self.tr("Nothing could be screened: {0}: {1}{2}").format(
                label, message, more))

    def json_file(self, run, parameters, context):
        """(temporary path to write, the user's path) of the JSON output, or None."""
        path = self.parameterAsFileOutput(parameters, self.JSON, context)
        return (run.file(path), path) if path else None

    def write_json(self, json_file, dataset, inputs, entries, summary=None):
        """The results document (core/renderers/screening_json.py), streamed into the temporary file."""
        temporary, path = json_file
        settings = {k: v for k, v in inputs["settings"].items() if v is not None}
        try:
            with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
                write_document(stream, dataset.info(), entries, note=inputs["note"], settings=settings,
                               summary=summary)
        except OSError as error:
            raise processing_error(write_failed(path, error)) from None

    def _dataset(self, parameters, context, feedback):
        dataset = self.user_dataset(parameters, context, feedback)
        try:
            load_rules(dataset)
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The zoning dataset cannot be used: {0}").format(error)) from None
        return dataset

    def _inputs(self, parameters, context, feedback):
        fields = {name: (self.parameterAsFields(parameters, name, context) or [None])[0]
                  for name in (self.INDUSTRY_FIELD, self.BOILER_FIELD)}
        return {"code": self.parameterAsString(parameters, self.INDUSTRY_CODE, context).strip() or None,
                "boiler": number_parameter(self, parameters, self.BOILER_TPH, context, feedback, units=BOILER_UNITS,
                                           minimum=0, maximum=BOILER_MAX_TPH),
                "note": self.parameterAsString(parameters, self.NOTE, context),
                "code_field": fields[self.INDUSTRY_FIELD], "boiler_field": fields[self.BOILER_FIELD],
                "settings": self.screening_settings(parameters, context, feedback)}

    def screening_settings(self, parameters, context, feedback):
        """The riverside distance (checked: a positive number of metres) and the boiler comparison."""
        distance = number_parameter(self, parameters, self.RIVER_DISTANCE_M, context, feedback,
                                    units=DISTANCE_UNITS, minimum=0, minimum_inclusive=False,
                                    maximum=MAX_RIVER_DISTANCE_M)
        return {"river_distance_m": distance,
                "boiler_comparison": COMPARISONS[self.parameterAsEnum(parameters, self.BOILER_COMPARISON, context)]}

    @staticmethod
    def _missing_field(source, inputs):
        names = source.fields().names()
        return next((f for f in (inputs["code_field"], inputs["boiler_field"]) if f and f not in names), None)

    def _read(self, source, inputs, sites, feedback):
        """[(fid, shapely geometry, code, boiler)] of the features with a geometry; None if cancelled."""
        rows, total = [], max(source.featureCount(), 1)
        for n, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                return None
            feedback.setProgress(30.0 * n / total)
            code = _value(feature.attribute(inputs["code_field"])) if inputs["code_field"] else None
            boiler = _value(feature.attribute(inputs["boiler_field"])) if inputs["boiler_field"] else None
            code = inputs["code"] if code is None else code
            boiler = inputs["boiler"] if boiler is None else boiler
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                sites.append((self.tr("feature {0}").format(feature.id()), [feature.id()], None,
                              self.tr("Feature {0} has no geometry; left out.").format(feature.id())))
                continue
            rows.append((feature.id(), to_shapely(geometry), code, boiler))
        return rows

    def _screen(self, dataset, crs, geometry, code, boiler, inputs):
        """(result, None) or (None, message)."""
        try:
            return screen(dataset, geometry, crs, code, boiler_tph=boiler, note=inputs["note"],
                          settings=inputs["settings"]), None
        except ZoningError as error:
            return None, str(error)

    def _each(self, dataset, crs, rows, inputs, sites, feedback):
        for n, (fid, geometry, code, boiler) in enumerate(rows):
            if feedback.isCanceled():
                return None
            feedback.setProgress(30 + 60.0 * n / max(len(rows), 1))
            result, message = self._screen(dataset, crs, geometry, code, boiler, inputs)
            sites.append((self.tr("feature {0}").format(fid), [fid], result, message))
        return sites

    def _together(self, dataset, crs, rows, inputs, sites, feedback):
        if not rows:
            sites.append((self.tr("site"), [], None, self.tr("No feature has a geometry: nothing to screen.")))
            return sites
        fids = [fid for fid, *_rest in rows]
        label = self.tr("site (features {0})").format(", ".join(str(f) for f in fids))
        codes = sorted({str(code).strip() for _f, _g, code, _b in rows if code is not None})
        boilers = sorted({_same(boiler) for _f, _g, _c, boiler in rows if boiler is not None})
        if len(codes) > 1:
            message = self.tr("The features carry different industry codes ({0}): screen each feature on its "
                              "own or give one code.").format(", ".join(codes))
            sites.append((label, fids, None, message))
        elif len(boilers) > 1:
            message = self.tr("The features carry different boiler sizes ({0}): screen each feature on its "
                              "own or give one size.").format(", ".join(boilers))
            sites.append((label, fids, None, message))
        else:
            # one collection: the core repairs each part (two overlapping self-intersecting polygons
            # included) before it merges them, and refuses non-finite coordinates with a message
            geometry = shapely.GeometryCollection([g for _f, g, _c, _b in rows]) if len(rows) > 1 else rows[0][1]
            result, message = self._screen(dataset, crs, geometry, codes[0] if codes else None,
                                           next((b for *_r, b in rows if b is not None), None), inputs)
            sites.append((label, fids, result, message))
        feedback.setProgress(90)
        return sites

    def log_sites(self, dataset, sites, feedback):
        """Each site's verdict, then the counts by verdict and the advisory notice; the most severe."""
        counts = dict.fromkeys(VERDICTS + (NO_RESTRICTION,), 0)
        outside = errors = 0
        for n, (label, _fids, result, message) in enumerate(sites):
            loud = n < LOG_LINES
            if result is None:
                errors += 1
                if loud:
                    feedback.reportError(self.tr("{0}: {1}").format(label, message))
            elif not result.inside:
                outside += 1
                if loud:
                    feedback.reportError(self.tr("{0}: outside the dataset's area, not screened.").format(label))
            else:
                counts[result.verdict] += 1
                if loud:
                    feedback.pushInfo(self.tr("{0}: {1}").format(label, result.statement()))
                    if result.project.get("boiler_read"):
                        feedback.pushInfo(self.tr("  boiler size {0} t/h").format(result.project["boiler_read"]))
                    for check in result.hits:
                        feedback.pushInfo(self.tr("  {0} {1} ({2}, {3}): {4}").format(
                            check.rule.rule_id, verdict_label(check.rule.verdict), check.rule.title,
                            check.requirement.req_id, listing(check.reasons)))
        if len(sites) > LOG_LINES:
            feedback.pushInfo(self.tr("… and {0} more site(s); see the table.").format(len(sites) - LOG_LINES))
        feedback.pushInfo(self.tr("Summary by verdict: {0}").format(
            tr(", ").join(f"{verdict_label(verdict)} {count}" for verdict, count in counts.items())))
        if counts[NO_RESTRICTION]:
            rules = [rule for rule, _requirement in load_rules(dataset) if rule.kind != "judgement"]
            feedback.pushInfo(self.tr("{0} means that none of the {1} rules of the dataset fired, not that the "
                                      "project meets every requirement; each site's line says which items are "
                                      "left to your judgement.").format(verdict_label(NO_RESTRICTION).capitalize(), len(rules)))
        if outside or errors:
            feedback.reportError(self.tr("Not screened: {0} outside the dataset's area, {1} with problems "
                                         "(see above).").format(outside, errors))
        sample = self.tr(" (sample data, not official)") if dataset.is_sample else ""
        feedback.pushInfo(self.tr("Advisory screening, not an approval decision. Dataset: {0}{1}, version "
                                  "{2}.").format(dataset.title, sample, dataset.version))
        found = [v for v, count in counts.items() if count]
        return max(found, key=SEVERITY.get) if found else None
