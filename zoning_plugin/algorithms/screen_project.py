"""zoning:screen_project 项目准入研判. Thin: reads the site(s), lets core/screening/screen.py screen them,
writes one table row per site × triggered rule and the results as JSON (core/renderers/screening_json.py),
all through RunOutputs: an output onto an input or the dataset is refused before any work, and
the outputs are renamed into place together after the last cancel check.

A parameter that cannot be used (a boiler size or distance that is not a number, negative or NaN;
a layer without CRS, features or the field named) stops the run with its name. A feature with a
problem (an unknown industry code or boiler size in its field, no or broken geometry) gets its
message in the log and the outputs while the others are screened; a run in which no site could be
screened at all fails with the first message."""
from qgis.core import (QgsProcessing, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import InputFields, ScreeningSettings, number_parameter
from zoning_plugin.algorithms.screen_output import ScreeningOutputs, ScreeningTable
from zoning_plugin.core.renderers.screening_table import TABLE_FIELDS
from zoning_plugin.core.screening.screen import BOILER_MAX_TPH, BOILER_UNITS
from zoning_plugin.core.screening.sites import (DIFFERENT_CODES, NO_GEOMETRY, Site, SiteConflict, SiteFeature,
                                                merge_features, screen_site)
from zoning_plugin.toolbelt.geometry import crs_text, to_shapely
from zoning_plugin.toolbelt.values import attribute_value


class ScreenProjectAlgorithm(ScreeningSettings, InputFields, ScreeningOutputs, ZoningAlgorithm):
    PER_FEATURE = "PER_FEATURE"
    INDUSTRY_CODE = "INDUSTRY_CODE"
    BOILER_TPH = "BOILER_TPH"

    def name(self):
        return "screen_project"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Screen a project (项目准入研判)")

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
            "no site could be screened. The result is advisory, not an approval decision.") + "\n\n" + \
            self.date_help()

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Project site(s)"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PER_FEATURE, self.tr("Screen each feature on its own (otherwise all together as one site)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.INDUSTRY_CODE, self.tr("Industry code (GB/T 4754-2017, e.g. C2614)"), optional=True))
        self.add_field_parameters(((self.INDUSTRY_FIELD, self.tr("Industry code field")),))
        self.addParameter(QgsProcessingParameterNumber(
            self.BOILER_TPH, self.tr("New coal boiler (t/h)"),
            QgsProcessingParameterNumber.Double, optional=True))
        self.add_field_parameters(((self.BOILER_FIELD, self.tr("New coal boiler field (t/h)")),))
        self.add_screening_settings()
        self.add_screening_outputs()

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        source = self.input_source(parameters, context)
        dataset = self.screening_dataset(parameters, context, feedback)
        inputs = self._inputs(parameters, context, feedback)
        self.check_input(source)
        crs = source.sourceCrs()
        for name in (self.INDUSTRY_FIELD, self.BOILER_FIELD):
            self.chosen_field(parameters, name, context, source.fields().names())
        with RunOutputs(self, parameters, context, dataset) as run:
            table = ScreeningTable(self, run, parameters, TABLE_FIELDS)      # outputs refused before any work
            json_file = self.json_file(run, parameters, context)
            sites = []
            features = self._read(source, inputs, sites, feedback)
            screen_one = self._each if self.parameterAsBoolean(parameters, self.PER_FEATURE, context) \
                else self._together
            if features is None or screen_one(dataset, crs_text(crs), features, inputs, sites, feedback) is None:
                return self.cancelled(feedback)
            return self.write_screening(run, dataset, sites, inputs, feedback, table, json_file)

    def _inputs(self, parameters, context, feedback):
        return {"code": self.parameterAsString(parameters, self.INDUSTRY_CODE, context).strip() or None,
                "boiler": number_parameter(self, parameters, self.BOILER_TPH, context, feedback, units=BOILER_UNITS,
                                           minimum=0, maximum=BOILER_MAX_TPH),
                "note": self.parameterAsString(parameters, self.NOTE, context),
                "code_field": self.chosen_field(parameters, self.INDUSTRY_FIELD, context),
                "boiler_field": self.chosen_field(parameters, self.BOILER_FIELD, context),
                "settings": self.screening_settings(parameters, context, feedback)}

    def _read(self, source, inputs, sites, feedback):
        """The SiteFeatures of the features with a geometry (a field value wins over the value given
        for all; an empty one falls back to it); None if cancelled."""
        features, total = [], max(source.featureCount(), 1)
        for n, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                return None
            feedback.setProgress(30.0 * n / total)
            values = [attribute_value(feature.attribute(inputs[name]), blank_is_null=True) if inputs[name] else None
                      for name in ("code_field", "boiler_field")]
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                sites.append(Site(self.tr("feature {0}").format(feature.id()), [feature.id()],
                                  message=self.tr("Feature {0} has no geometry; left out.").format(feature.id())))
                continue
            features.append(SiteFeature(feature.id(), to_shapely(geometry),
                                        inputs["code"] if values[0] is None else values[0],
                                        inputs["boiler"] if values[1] is None else values[1]))
        return features

    def _each(self, dataset, crs, features, inputs, sites, feedback):
        for n, feature in enumerate(features):
            if feedback.isCanceled():
                return None
            feedback.setProgress(30 + 60.0 * n / max(len(features), 1))
            sites.append(screen_site(Site(self.tr("feature {0}").format(feature.fid), [feature.fid]), dataset,
                                     feature.geometry, crs, feature.code, feature.boiler, inputs["note"],
                                     inputs["settings"]))
        return sites

    def _together(self, dataset, crs, features, inputs, sites, feedback):
        fids = [f.fid for f in features]
        site = Site(self.tr("site (features {0})").format(", ".join(str(f) for f in fids)), fids)
        try:
            geometry, code, boiler = merge_features(features)
            screen_site(site, dataset, geometry, crs, code, boiler, inputs["note"], inputs["settings"])
        except SiteConflict as conflict:
            if conflict.problem == NO_GEOMETRY:
                site = Site(self.tr("site"), [], message=self.tr("No feature has a geometry: nothing to screen."))
            elif conflict.problem == DIFFERENT_CODES:
                site.message = self.tr("The features carry different industry codes ({0}): screen each feature on "
                                       "its own or give one code.").format(", ".join(conflict.values))
            else:
                site.message = self.tr("The features carry different boiler sizes ({0}): screen each feature on "
                                       "its own or give one size.").format(", ".join(conflict.values))
        sites.append(site)
        feedback.setProgress(90)
        return sites
