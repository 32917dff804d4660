"""zoning:compare_versions 比较两个版本: two zoning datasets → the three layers of 动态维护 (the units
before, the units after, the changes), the HTML report and the JSON. Thin: core/versions/compare.py
compares, core/renderers/compare.py writes the page and the JSON; every file is written aside and
renamed into place together (RunOutputs)."""
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.base import PreparationGroup, ZoningAlgorithm
from zoning_plugin.algorithms.field_aliases import aliased
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.sink_errors import sink_error
from zoning_plugin.core.dataset.provenance import now_text
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.messages import listing
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.toolbelt.i18n import tr

UNIT_FIELDS = (("unit_code", QVariant.String), ("unit_name", QVariant.String), ("unit_class", QVariant.Int),
               ("class_name", QVariant.String), ("county_code", QVariant.String), ("subtype", QVariant.String),
               ("change_type", QVariant.String), ("version", QVariant.String))
CHANGE_FIELDS = (("change_type", QVariant.String), ("moved_in_m2", QVariant.Double), ("moved_out_m2", QVariant.Double),
                 ("code_old", QVariant.String), ("code_new", QVariant.String), ("name_old", QVariant.String),
                 ("name_new", QVariant.String), ("class_old", QVariant.Int), ("class_new", QVariant.Int),
                 ("class_name_old", QVariant.String), ("class_name_new", QVariant.String),
                 ("matched_by", QVariant.String), ("moved_from", QVariant.String), ("moved_to", QVariant.String),
                 ("version_old", QVariant.String), ("version_new", QVariant.String))


def compare_aliases():
    return {"unit_code": tr("Unit code"), "unit_name": tr("Unit name"), "unit_class": tr("Unit class"),
            "class_name": tr("Class name"), "county_code": tr("County code"), "subtype": tr("Subtype"),
            "change_type": tr("Change type"), "version": tr("Dataset version"),
            "moved_in_m2": tr("Area moved in (m²)"), "moved_out_m2": tr("Area moved out (m²)"),
            "code_old": tr("Code before"), "code_new": tr("Code after"), "name_old": tr("Name before"),
            "name_new": tr("Name after"), "class_old": tr("Class before"), "class_new": tr("Class after"),
            "class_name_old": tr("Class name before"), "class_name_new": tr("Class name after"),
            "matched_by": tr("Matched by (code or overlap)"), "moved_from": tr("Area moved in from"),
            "moved_to": tr("Area moved out to"), "version_old": tr("Version before"),
            "version_new": tr("Version after")}


def _fields(spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return aliased(fields, compare_aliases())


def _moves(parts):
    return "; ".join(f"{code} {area:.0f} m²" for code, area in parts.items())


class CompareVersionsAlgorithm(PreparationGroup, ZoningAlgorithm):
    BEFORE_DATASET = "BEFORE_DATASET"
    AFTER_DATASET = "AFTER_DATASET"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    CHANGES = "CHANGES"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_JSON = "OUTPUT_JSON"

    def name(self):
        return "compare_versions"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Compare two versions of the zoning")


    def tags(self):
        return self.tr("version,compare,change,update,dynamic,zoning").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Compares two zoning datasets, the version before and the version after an adjustment or "
            "update, as the dynamic maintenance of spatial plans does: the units before, the units after "
            "and the changes.\n\n"
            "Units are matched by code, then, where a code changed, by overlap (more than half of one of "
            "the two). Each unit gets its change types: added, removed, class changed, renamed, code "
            "changed, boundary changed, with the area moved in and out in m², measured in the metric "
            "CRS of the dataset after, and the units the area came from or went to. A boundary counts "
            "as changed above 1 m².\n\n"
            "The report (HTML) and the JSON also give every list item added, removed or reworded, with "
            "the words changed marked (Chinese character by character), grouped as the 1+2+N lists; "
            "the basins, the stored river buffers and the screening rules that changed; and the "
            "provenance of both datasets. The layers are in EPSG:4490. The datasets are only read; "
            "an output onto either is refused, and nothing is written unless everything is.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.BEFORE_DATASET, self.tr("Zoning dataset before (the older version)"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterFile(
            self.AFTER_DATASET, self.tr("Zoning dataset after (the newer version)"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.BEFORE, self.tr("Units before"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.AFTER, self.tr("Units after"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CHANGES, self.tr("Changed units"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Comparison report"), self.tr("HTML files (*.html)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_JSON, self.tr("Comparison as JSON"), self.tr("JSON files (*.json)"), optional=True))

    def _destination(self, parameters, name, context, extensions):
        """The path of a file output ('' when not asked for); a name ending otherwise is refused
        rather than written under a name the user did not give."""
        path = self.parameterAsFileOutput(parameters, name, context)
        if path and os.path.splitext(path)[1].lower() not in extensions:
            raise QgsProcessingException(self.tr("“{0}” must be a file name ending in {1}. Nothing was written.")
                                         .format(path, self.tr(" or ").join(extensions)))
        return path

    def _open(self, parameters, name, context, feedback):
        from zoning_plugin.core.dataset.reader import open_dataset     # not at start-up
        path = self.parameterAsFile(parameters, name, context)
        if not path:
            raise QgsProcessingException(self.tr("Give both zoning datasets."))
        dataset = open_dataset(path)
        feedback.pushInfo(self.tr("{0}: {1} ({2}), in force from {3}").format(
            self.tr("Before") if name == self.BEFORE_DATASET else self.tr("After"), dataset.title, dataset.version,
            dataset.meta.get("effective_date") or self.tr("an unknown date")))
        return dataset

    def process(self, parameters, context, feedback):
        started = now_text()
        html = self._destination(parameters, self.OUTPUT_HTML, context, (".html", ".htm"))
        json_path = self._destination(parameters, self.OUTPUT_JSON, context, (".json",))
        before, after = (self._open(parameters, name, context, feedback)
                         for name in (self.BEFORE_DATASET, self.AFTER_DATASET))
        from zoning_plugin.core.versions.compare import compare_datasets
        comparison = compare_datasets(before, after)
        feedback.setProgress(50)
        if feedback.isCanceled():
            return {}
        crs = QgsCoordinateReferenceSystem(STORAGE_CRS)
        outputs = {}
        with RunOutputs(self, parameters, context) as run:
            page = run.file(html) if html else None
            data = run.file(json_path) if json_path else None
            outputs[self.BEFORE] = self._units(run, self.BEFORE, comparison, "old", crs)
            outputs[self.AFTER] = self._units(run, self.AFTER, comparison, "new", crs)
            outputs[self.CHANGES] = self._changes(run, comparison, crs)
            from zoning_plugin.core.renderers.compare import compare_json_text, render_compare_html
            if page is not None:
                run.files.write_into(page, render_compare_html(comparison, started).encode("utf-8"))
                outputs[self.OUTPUT_HTML] = html
            if data is not None:
                run.files.write_into(data, compare_json_text(comparison, started).encode("utf-8"))
                outputs[self.OUTPUT_JSON] = json_path
            self._provenance(run, parameters, outputs, comparison, started)
            feedback.setProgress(90)
            if feedback.isCanceled():             # the last cancel check: from here on all is written
                return {}
            run.commit()
        self._log(comparison, feedback)
        feedback.setProgress(100)
        return outputs

    def _provenance(self, run, parameters, outputs, comparison, started):
        """Both datasets' provenance in every layer file: a GeoPackage gets the table zoning_provenance
        (each entry's key prefixed before./after.), any other file the sidecar name.provenance.txt."""
        from zoning_plugin.core.dataset import provenance as core_provenance
        entries = [core_provenance.Entry(f"{side}.{e.key}", f"{label} {e.label}", e.value)
                   for side, label, info in (("before", self.tr("Before"), comparison.old_info),
                                             ("after", self.tr("After"), comparison.new_info))
                   for e in core_provenance.provenance(info, verdicts=False, run_time=started)]
        for name in (self.BEFORE, self.AFTER, self.CHANGES):
            run.label_provenance(name, entries, outputs[name], describe=False)

    def _units(self, run, name, comparison, side, crs):
        from zoning_plugin.core.versions.compare import change_label
        sink, destination = run.sink(name, _fields(UNIT_FIELDS), QgsWkbTypes.MultiPolygon, crs)
        fields = _fields(UNIT_FIELDS)
        version = (comparison.old_info if side == "old" else comparison.new_info).get("version", "")
        for unit in comparison.units:
            record = unit.old if side == "old" else unit.new
            geometry = unit.old_geometry if side == "old" else unit.new_geometry
            if record is None:
                continue
            feature = QgsFeature(fields)
            feature.setGeometry(to_qgs(geometry))
            feature.setAttributes([record["unit_code"], record["unit_name"], record["unit_class"],
                                   comparison.class_name(record["unit_class"]), record.get("county_code"),
                                   record.get("subtype"), listing(change_label(c) for c in unit.changes), version])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise sink_error(sink, destination)
        return destination

    def _changes(self, run, comparison, crs):
        from zoning_plugin.core.versions.compare import change_label
        fields = _fields(CHANGE_FIELDS)
        sink, destination = run.sink(self.CHANGES, fields, QgsWkbTypes.MultiPolygon, crs)
        versions = comparison.old_info.get("version", ""), comparison.new_info.get("version", "")
        for unit in comparison.changed_units:
            old, new = unit.old or {}, unit.new or {}
            feature = QgsFeature(fields)
            feature.setGeometry(to_qgs(unit.new_geometry if unit.new_geometry is not None else unit.old_geometry))
            feature.setAttributes([
                listing(change_label(c) for c in unit.changes), round(unit.moved_in_m2, 1),
                round(unit.moved_out_m2, 1), old.get("unit_code"), new.get("unit_code"), old.get("unit_name"),
                new.get("unit_name"), old.get("unit_class"), new.get("unit_class"),
                comparison.class_name(old["unit_class"]) if old else None,
                comparison.class_name(new["unit_class"]) if new else None, unit.matched_by or None,
                _moves(unit.moved_from), _moves(unit.moved_to), *versions])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise sink_error(sink, destination)
        return destination

    def _log(self, comparison, feedback):
        from zoning_plugin.core.versions.compare import CHANGE_TYPES, change_label
        counts = comparison.counts()
        feedback.pushInfo(self.tr("Units: {0}").format(
            listing(f"{change_label(c)} {counts[c]}" for c in CHANGE_TYPES)))
        items = comparison.item_counts()
        feedback.pushInfo(self.tr("List items: {0} added, {1} removed, {2} reworded, {3} moved.").format(
            items["added"], items["removed"], items["reworded"], items["moved"]))
        feedback.pushInfo(self.tr("Basins changed: {0}; river buffers changed: {1}; screening rules changed: {2}.")
                          .format(len(comparison.basins), len(comparison.buffers), len(comparison.rules)))
        for note in comparison.notes:
            feedback.reportError(note)
