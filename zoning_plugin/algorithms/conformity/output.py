"""zoning:conformity's two layer outputs: the input features with the summary fields, and the
feature × unit table. Both are sinks of the run's RunOutputs: a file destination is written into a
temporary sibling as each chunk's overlay comes back (while later chunks are overlaid) and renamed
into place only when the run commits, after its last cancel check; a cancel, a failure or a kill
leaves the old outputs as they were.

A shapefile is written in GBK unless the user chose an encoding; its text fields hold 254 bytes,
so the lists too long for them are cut (core/renderers/conformity_schema.py, ConformitySchema.fit) and each cut is said
in the feature's 说明 and in the log. The HTML report's name must say it is one."""
import os
import re

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsProcessingException,
                       QgsWkbTypes)

from zoning_plugin.algorithms.outputs import output_message, sink_destination
from zoning_plugin.core.outputs import TEMPORARY_TAG, WRITE_FAILED, OutputError
from zoning_plugin.toolbelt.i18n import tr
from zoning_plugin.toolbelt.log import LOG_LINES, CappedLog

WRITE_BATCH = 2000
SHAPEFILE_ENCODING = "GBK"


def _destination(parameters, name):
    """(the file a sink parameter names, lower-cased, or '', its creation options)."""
    path, definition = sink_destination(parameters, name)
    return (path or "").lower(), dict(definition.createOptions or {}) if definition is not None else {}


def shapefile_encoding(parameters, name):
    """The encoding the sink parameter `name` will write a shapefile in (the user's choice, else
    GBK); None when its destination is not a shapefile."""
    path, options = _destination(parameters, name)
    return (options.get("fileEncoding") or SHAPEFILE_ENCODING) if path.endswith(".shp") else None


def is_dbase(parameters, name):
    """Whether the sink `name` writes a dBase table (a shapefile, a .dbf)."""
    return _destination(parameters, name)[0].endswith((".shp", ".dbf"))


def html_destination(algorithm, parameters, context):
    """The report's path ('' when not asked for). The page is HTML, so its name must say so: a
    name ending otherwise (x.pdf, x.docx, none) is refused rather than written under a name the
    user did not give (x.pdf.html, perhaps over another file) or as HTML a PDF viewer cannot open."""
    path = algorithm.parameterAsFileOutput(parameters, algorithm.OUTPUT_HTML, context)
    if path and os.path.splitext(path)[1].lower() not in (".html", ".htm"):
        raise QgsProcessingException(tr(
            "The report “{0}” is a web page: give a file name ending in .html or .htm. Nothing was "
            "written.").format(path))
    return path


def wanted(parameters, name):
    """Whether the optional sink `name` was asked for."""
    value = parameters.get(name)
    return value is not None and value != ""


class ConformityWriter:
    """The output layer and, when asked for, the units table, written chunk by chunk."""

    def __init__(self, algorithm, run, parameters, source, crs, fields, out_fields, id_field):
        self.fields, self.out_fields, self.id_field = fields, out_fields, id_field
        self.sink, dest = run.sink(algorithm.OUTPUT, out_fields, source.wkbType(), crs,
                                   shapefile_encoding=SHAPEFILE_ENCODING)
        self.outputs = {algorithm.OUTPUT: dest}
        self.algorithm, self.parameters = algorithm, parameters
        self.cuts = []            # the first LOG_LINES lines of what a shapefile cut, (name, note)
        self.cut_count = 0        # features cut
        self.units_sink = None
        if wanted(parameters, algorithm.OUTPUT_UNITS):
            self.id_def = source.fields().field(id_field) if id_field else None
            self.unit_fields = fields.unit_table_fields(self.id_def, dbase=is_dbase(parameters, algorithm.OUTPUT_UNITS))
            self.units_sink, dest = run.sink(algorithm.OUTPUT_UNITS, self.unit_fields, QgsWkbTypes.NoGeometry,
                                             QgsCoordinateReferenceSystem(), shapefile_encoding=SHAPEFILE_ENCODING)
            self.outputs[algorithm.OUTPUT_UNITS] = dest
            # the sink copies what it is given: the same features carry every batch's rows
            self.pool = [QgsFeature(self.unit_fields) for _ in range(WRITE_BATCH)]

    def provenance(self, run, entries):
        """Label every file output with the provenance `entries` (RunOutputs.label_provenance)."""
        for name in self.outputs:
            destination = _destination(self.parameters, name)[0]
            if destination:
                run.label_provenance(name, entries, self.outputs[name], is_gpkg=destination.endswith(".gpkg"))

    def cut_note(self, cuts):
        """What fit() cut, for the feature's 说明 (one short line)."""
        parts = [f"{name} {kept}/{total}" if total else name for name, kept, total in cuts]
        note = tr("cut to the shapefile's 254 bytes: {0}").format(", ".join(parts))
        units = self.fields.names[[spec.name for spec in self.fields.specs].index("单元编码")]
        if self.units_sink is not None and any(name == units for name, _kept, _total in cuts):
            note += tr(" (every unit is in the units table)")
        return note

    def log_cuts(self, feedback):
        """Say which features' lists a shapefile's 254-byte text fields cut, naming the first
        features (CappedLog)."""
        if not self.cut_count:
            return
        feedback.pushWarning(tr(
            "{0} feature(s) have lists too long for a shapefile's text fields (254 bytes): they were cut "
            "after the last whole item that fits, ending in “…”, and 说明 says which. A GeoPackage output keeps "
            "them whole{1}.").format(self.cut_count, tr("; the units table has every unit")
                                     if self.units_sink is not None else ""))
        log = CappedLog(feedback)
        for name, note in self.cuts:
            log.line("cut", tr("Feature {0}: {1}").format(name, note))
        log.counts["cut"] = self.cut_count          # those past LOG_LINES were counted, not kept
        log.more("cut", tr("… and {0} more feature(s) with a message (see the status field)."))

    def add(self, first, features, summaries, rows, name):
        """Give `features` (our copies of the input's, the first of them feature number `first`) the
        summary values of their `summaries`, write them, then the units table's `rows` of them;
        `name(index)` names a feature whose lists were cut, for the log."""
        values, fit, out_fields = self.fields.values, self.fields.fit, self.out_fields
        for feature, summary in zip(features, summaries):
            extra = values(summary)
            cuts = fit(extra, self.cut_note)
            if cuts:
                self.cut_count += 1
                if len(self.cuts) < LOG_LINES:
                    self.cuts.append((name(summary.index), self.cut_note(cuts)))
            attributes = feature.attributes()
            attributes += extra
            feature.setFields(out_fields, False)
            feature.setAttributes(attributes)
        for start in range(0, len(features), WRITE_BATCH):
            if not self.sink.addFeatures(features[start:start + WRITE_BATCH], QgsFeatureSink.FastInsert):
                raise self._write_error(self.sink, self.algorithm.OUTPUT)
        if self.units_sink is not None and rows:
            self._add_rows(features, first, rows)

    def _add_rows(self, features, first, rows):
        unit_values, id_def, id_field = self.fields.unit_values, self.id_def, self.id_field
        for start in range(0, len(rows), WRITE_BATCH):
            chunk = rows[start:start + WRITE_BATCH]
            batch = self.pool[:len(chunk)]
            for out, row in zip(batch, chunk):
                feature = features[row.feature_index - first]
                out.setAttributes([feature.id(), feature.attribute(id_field), *unit_values(row)]
                                  if id_def is not None else [feature.id(), *unit_values(row)])
            if not self.units_sink.addFeatures(batch, QgsFeatureSink.FastInsert):
                raise self._write_error(self.units_sink, self.algorithm.OUTPUT_UNITS)

    def _write_error(self, sink, name):
        """A sink refused features (a full disk, a read-only folder …): one line naming the user's
        destination, with QGIS's reason (any temporary file in it named as the user's)."""
        sink = getattr(sink, "sink", sink)          # a TextCellSink's own
        reason = " ".join(str(sink.lastError() or "").split()) if hasattr(sink, "lastError") else ""
        if not reason:
            return QgsProcessingException(self.algorithm.writeFeatureError(sink, self.parameters, name))
        path = str(self.outputs[name])
        reason = re.sub(r"[^\s'\"(),]*" + re.escape(TEMPORARY_TAG) + r"[^\s'\"(),]*", lambda _m: path, reason)
        return QgsProcessingException(output_message(OutputError(WRITE_FAILED, path, detail=reason[:300])))
