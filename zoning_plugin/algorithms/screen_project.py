"""zoning:screen_project 项目准入研判. Thin: reads the site(s), lets core/screening.py screen them,
writes one table row per site × triggered rule and the full results as JSON. Bad input (an unknown
industry code, a negative or text boiler size, an empty layer, no CRS, no geometry) is told in the
log and in the outputs; it never raises."""
import json
import os
import tempfile

import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsField, QgsFields,
                       QgsGeometry, QgsProcessing, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterDefinition,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.core import ZoningError, open_dataset
from zoning_plugin.core.screening import NO_RESTRICTION, screen
from zoning_plugin.core.screening_rules import SEVERITY, VERDICTS, load_rules
from zoning_plugin.gui.util import crs_text

LOG_LINES = 30
COMPARISONS = (None, "lt", "le")      # BOILER_COMPARISON: as the rule says, strictly less, or equal
FIELDS = (("feature_id", QVariant.String), ("status", QVariant.String), ("verdict", QVariant.String),
          ("overall", QVariant.String), ("rule_id", QVariant.String), ("title", QVariant.String),
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


def _shapely(geometry):
    """A 2D shapely copy of a QgsGeometry: curves segmentised, Z and M dropped (the input untouched)."""
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    else:
        geometry = QgsGeometry(geometry)
    if QgsWkbTypes.hasM(geometry.wkbType()):
        geometry.get().dropMValue()
    if QgsWkbTypes.hasZ(geometry.wkbType()):
        geometry.get().dropZValue()
    return shapely.from_wkb(bytes(geometry.asWkb()))


def _same(value):
    """A key under which 20, 20.0 and '20' are one boiler size."""
    try:
        return f"{float(value):g}"
    except (TypeError, ValueError):
        return str(value).strip()


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
            "Each rule the project triggers is listed with its advisory verdict (禁止, 严格控制 or 需关注), "
            "the official text it rests on (req_id and source) and why it triggered (unit class, river "
            "buffer, distance to the river, in 城市建成区 or not, boiler size against the threshold); "
            "when none triggers the verdict is 未发现限制. The thresholds, distances and industries come "
            "from the dataset's rules, not from the plugin.\n\n"
            "The features of the input (the selected ones, if you choose so) are taken together as one "
            "site, or each is screened on its own with its own industry and boiler fields. A field value "
            "wins over the single code or size; an empty field value falls back to them.\n\n"
            "Outputs: a table with one row per site and triggered rule (one row when none triggers), and "
            "the full results as JSON. Problems (an unknown industry code, a negative or text boiler "
            "size, a feature without geometry, an empty layer, a layer without CRS) are told in the log "
            "and in the outputs. The result is advisory, not an approval decision.")

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
            self.BOILER_TPH, self.tr("New coal boiler, 蒸吨/小时 (t/h)"),
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
            options=[self.tr("As the rule says"), self.tr("Below, not equal (strictly less)"),
                     self.tr("Below or equal")], defaultValue=0)
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
        inputs = self._inputs(parameters, context)
        sites = []      # (label, [fid], result or None, message or None)
        crs = source.sourceCrs()
        if not crs.isValid():
            sites.append((self.tr("input layer"), [], None, self.tr(
                "The input layer has no coordinate reference system; set one first.")))
        elif source.featureCount() == 0:
            sites.append((self.tr("input layer"), [], None, self.tr(
                "The input layer has no features (or none is selected while only selected features "
                "are used).")))
        elif self._missing_field(source, inputs):
            sites.append((self.tr("input layer"), [], None, self.tr("The input layer has no field “{0}”.").format(
                self._missing_field(source, inputs))))
        else:
            per_feature = self.parameterAsBoolean(parameters, self.PER_FEATURE, context)
            rows = self._read(source, inputs, sites, feedback)
            if rows is None:
                return {}
            screen_one = self._each if per_feature else self._together
            if screen_one(dataset, crs_text(crs), rows, inputs, sites, feedback) is None:
                return {}
        return self._finish(parameters, context, dataset, sites, feedback)

    def _dataset(self, parameters, context, feedback):
        from zoning_plugin.gui.settings import ZoningSettings
        path = self.parameterAsFile(parameters, self.DATASET, context) or ZoningSettings.load().dataset_path
        try:
            dataset = open_dataset(path or None)
            load_rules(dataset)
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The zoning dataset cannot be used: {0}").format(error)) from None
        feedback.pushInfo(self.tr("Zoning dataset: {0} ({1})").format(dataset.title, dataset.version))
        return dataset

    def _inputs(self, parameters, context):
        def number(name):
            raw = parameters.get(name)
            return None if _value(raw) is None else self.parameterAsDouble(parameters, name, context)

        fields = {name: (self.parameterAsFields(parameters, name, context) or [None])[0]
                  for name in (self.INDUSTRY_FIELD, self.BOILER_FIELD)}
        settings = {"river_distance_m": number(self.RIVER_DISTANCE_M),
                    "boiler_comparison": COMPARISONS[self.parameterAsEnum(parameters, self.BOILER_COMPARISON, context)]}
        return {"code": self.parameterAsString(parameters, self.INDUSTRY_CODE, context).strip() or None,
                "boiler": number(self.BOILER_TPH), "note": self.parameterAsString(parameters, self.NOTE, context),
                "code_field": fields[self.INDUSTRY_FIELD], "boiler_field": fields[self.BOILER_FIELD],
                "settings": settings}

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
            rows.append((feature.id(), _shapely(geometry), code, boiler))
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
            geometry = shapely.union_all([g for _f, g, _c, _b in rows]) if len(rows) > 1 else rows[0][1]
            result, message = self._screen(dataset, crs, geometry, codes[0] if codes else None,
                                           next((b for *_r, b in rows if b is not None), None), inputs)
            sites.append((label, fids, result, message))
        feedback.setProgress(90)
        return sites

    # -- outputs ---------------------------------------------------------------------------------
    def _rows(self, label_ids, result, message, version):
        feature_id = ",".join(str(f) for f in label_ids)
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

    def _finish(self, parameters, context, dataset, sites, feedback):
        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        version = dataset.version
        for _label, fids, result, message in sites:
            for row in self._rows(fids, result, message, version):
                feature = QgsFeature(fields)
                feature.setAttributes(row)
                if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                    raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        path = self.parameterAsFileOutput(parameters, self.JSON, context)
        if path:
            self._write_json(path, dataset, sites)
        verdict = self._log(dataset, sites, feedback)
        feedback.setProgress(100)
        outputs = {self.OUTPUT: dest_id, self.VERDICT: verdict or ""}
        if path:
            outputs[self.JSON] = path
        return outputs

    @staticmethod
    def _write_json(path, dataset, sites):
        notice = next((r.notice() for _l, _f, r, _m in sites if r is not None), None)
        document = {"dataset": dataset.info(), "advisory": notice,
                    "sites": [{"feature_ids": fids, "error": message,
                               **(result.to_dict() if result is not None else {})}
                              for _label, fids, result, message in sites]}
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".screening-", suffix=".json", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(document, out, ensure_ascii=False, indent=2, allow_nan=False)
            os.replace(temporary, path)
        except BaseException:
            if os.path.exists(temporary):
                os.remove(temporary)
            raise

    def _log(self, dataset, sites, feedback):
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
                    feedback.pushInfo(self.tr("{0}: {1}").format(label, result.verdict))
                    for check in result.hits:
                        feedback.pushInfo(self.tr("  {0} {1} ({2}, {3}): {4}").format(
                            check.rule.rule_id, check.rule.verdict, check.rule.title, check.requirement.req_id,
                            "；".join(check.reasons)))
        if len(sites) > LOG_LINES:
            feedback.pushInfo(self.tr("… and {0} more site(s); see the table.").format(len(sites) - LOG_LINES))
        feedback.pushInfo(self.tr("Summary by verdict: {0}").format(
            ", ".join(f"{verdict} {count}" for verdict, count in counts.items())))
        if outside or errors:
            feedback.reportError(self.tr("Not screened: {0} outside the dataset's area, {1} with problems "
                                         "(see above).").format(outside, errors))
        sample = self.tr(" (sample data, not official)") if dataset.is_sample else ""
        feedback.pushInfo(self.tr("Advisory screening, not an approval decision. Dataset: {0}{1}, version "
                                  "{2}.").format(dataset.title, sample, dataset.version))
        found = [v for v, count in counts.items() if count]
        return max(found, key=SEVERITY.get) if found else None
