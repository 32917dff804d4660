"""The output discipline of core/outputs.py for Processing: what a run reads (its guard), its file
and layer destinations written through temporary siblings and renamed into place at commit, and
OutputError worded in the user's language.

A layer output given as a file (.gpkg, .shp, .csv, .xlsx, .geojson …) is written atomically; one
given as a memory layer or a database URI (postgres:, ogr:…) is written by QGIS as usual. In a
spreadsheet output (.csv, .xlsx, .ods) a text cell that begins with = + - @ (or a tab or carriage
return) is written with a leading apostrophe, so a spreadsheet shows it as text instead of running
it as a formula."""
import os
import sqlite3

from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessingException, QgsProcessingOutputLayerDefinition, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterMapLayer,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterVectorLayer, QgsProcessingUtils, QgsProviderRegistry)
from qgis.PyQt import sip

from zoning_plugin.algorithms import field_aliases
from zoning_plugin.algorithms.table_outputs import TableAside, is_table_destination
from zoning_plugin.core import outputs as core_outputs
from zoning_plugin.core.dataset import provenance as core_provenance
from zoning_plugin.core.outputs import FORMULA_STARTS, WRITE_FAILED, Guard, OutputError, Outputs, as_text_cell
from zoning_plugin.toolbelt.i18n import tr

SPREADSHEETS = (".csv", ".xlsx", ".xls", ".ods")
_NOT_FILES = ("memory:", "postgres:", "postgis:", "ogr:", "spatialite:", "mssql:", "oracle:", "hana:",
              "TEMPORARY_OUTPUT")


def output_message(error):
    """One line in the user's language for an OutputError, naming the user's path."""
    texts = {
        core_outputs.IS_INPUT: tr("The output “{path}” would overwrite an input of this run ({other}): "
                                  "choose another file."),
        core_outputs.IN_INPUT_FOLDER: tr("The output “{path}” lies inside the input folder “{other}”: "
                                         "choose a place outside it."),
        core_outputs.IS_DATASET: tr("The output “{path}” would overwrite the zoning dataset ({other}): "
                                    "choose another file."),
        core_outputs.IS_FOLDER: tr("The output “{path}” is an existing folder: give a file name."),
        core_outputs.IS_FILE: tr("The output folder “{path}” is an existing file: give a folder."),
        core_outputs.CONTAINS_INPUT: tr("The output folder “{path}” contains an input of this run ({other}): "
                                        "choose a new or empty folder."),
        core_outputs.NOT_OURS: tr("The folder “{path}” holds files the plugin did not write there ({detail}): "
                                  "nothing was changed; choose a new or empty folder."),
        core_outputs.ZIP_NOT_OURS: tr("“{path}” exists and was not written by the plugin: nothing was "
                                      "changed; move it or choose another folder."),
        core_outputs.WRITE_FAILED: tr("“{path}” cannot be written: {detail}. Any older file of that name "
                                      "is unchanged."),
        core_outputs.TWICE: tr("“{path}” is given for two outputs of this run: give each its own file."),
        core_outputs.FILE_IN_PATH: tr("“{path}” cannot be written: “{other}” is a file, not a folder."),
        core_outputs.CHECK_FAILED: tr("“{path}” could not be written completely ({detail}; is the disk full?). "
                                      "Any older file of that name is unchanged."),
    }
    return texts[error.reason].format(path=error.path, other=error.other or "", detail=error.detail or "")


def processing_error(error):
    return QgsProcessingException(output_message(error))


def layer_path(layer):
    """The file a map layer reads, or None (memory, database)."""
    if layer is None:
        return None
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:
        return None
    path = parts.get("path") if parts else None
    return path or None


def guard_of(algorithm, parameters, context, dataset=None):
    """A Guard over every file or folder the run reads through its parameters, and the dataset
    (a path, or an object with `.path`)."""
    inputs = []
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if definition.isDestination() or parameters.get(name) in (None, ""):
            continue
        try:
            if isinstance(definition, QgsProcessingParameterFile):
                inputs.append(algorithm.parameterAsFile(parameters, name, context))
            elif isinstance(definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
                inputs.append(layer_path(algorithm.parameterAsVectorLayer(parameters, name, context)))
            elif isinstance(definition, (QgsProcessingParameterMapLayer, QgsProcessingParameterRasterLayer)):
                inputs.append(layer_path(algorithm.parameterAsLayer(parameters, name, context)))
            elif isinstance(definition, QgsProcessingParameterMultipleLayers):
                inputs += [layer_path(layer) for layer in algorithm.parameterAsLayerList(parameters, name, context)]
        except Exception:       # a parameter that cannot be read is the algorithm's to report
            continue
    dataset_path = getattr(dataset, "path", dataset)
    return Guard([p for p in inputs if p], dataset_path or None)


def destination_value(parameters, name):
    """The text a sink parameter's destination is given as ('' when none)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue() if hasattr(value.sink, "staticValue") else None
    return value if isinstance(value, str) else ""


def sink_destination(parameters, name):
    """(plain file path or None, the QgsProcessingOutputLayerDefinition or None) of a sink parameter."""
    definition = parameters.get(name)
    definition = definition if isinstance(definition, QgsProcessingOutputLayerDefinition) else None
    value = destination_value(parameters, name)
    if not value or value.startswith(_NOT_FILES) or "|" in value:
        return None, definition
    if not os.path.splitext(value)[1]:      # as QGIS does: a name without an extension gets the default one
        value = f"{value}.{QgsProcessingUtils.defaultVectorExtension()}"
    return value, definition


class TextCellSink:
    """A sink into a spreadsheet file whose text cells cannot start a formula (see as_text_cell);
    the features given are not changed."""

    def __init__(self, sink):
        self.sink = sink

    def _safe(self, feature):
        attributes = feature.attributes()
        if not any(isinstance(v, str) and v.startswith(FORMULA_STARTS) for v in attributes):
            return feature
        copy = QgsFeature(feature)
        copy.setAttributes([as_text_cell(v) for v in attributes])
        return copy

    def addFeature(self, feature, flags=QgsFeatureSink.Flags()):  # noqa: N802 (QGIS API)
        return self.sink.addFeature(self._safe(feature), flags)

    def addFeatures(self, features, flags=QgsFeatureSink.Flags()):  # noqa: N802 (QGIS API)
        return self.sink.addFeatures([self._safe(f) for f in features], flags)

    def __getattr__(self, name):
        return getattr(self.sink, name)


class RunOutputs:
    """The outputs of one run of an algorithm: file destinations and sinks written aside, renamed
    into place by commit() after the last cancel check; leaving the `with` block otherwise removes
    what was written aside. OutputError becomes a QgsProcessingException in the user's words."""

    def __init__(self, algorithm, parameters, context, dataset=None):
        self.algorithm, self.parameters, self.context = algorithm, parameters, context
        self.files = Outputs(guard_of(algorithm, parameters, context, dataset))
        self._sinks = []
        self._renames = {}        # temporary path → the user's path
        self.temporaries = {}     # sink parameter name → the temporary file it is written to
        self._closing = []        # what runs on the closed files before they are checked and renamed
        self._aliases = []        # (temporary file or None, the user's destination, {field: alias})
        self._tables = []         # TableAside of the database tables written aside

    def on_close(self, finish):
        """`finish()` runs in commit() after the sinks are closed and before the files are checked
        and renamed (to add to a written GeoPackage); an exception from it discards the run."""
        self._closing.append(finish)

    def label_provenance(self, name, entries, path, is_gpkg=None, describe=True):
        """Label the output `name` (the user's `path`) with the provenance `entries`: a GeoPackage gets
        the table zoning_provenance (and, with `describe`, its layers' description), written on the
        closed file before the run's commit; any other file (a CSV, a shapefile) the sidecar
        name.provenance.txt, renamed into place with it: a comment line in a CSV would become its
        field names in QGIS and a spreadsheet."""
        temporary = self.temporaries.get(name)
        if temporary is None or not path:
            return
        path = str(path)
        if path.lower().endswith(".gpkg") if is_gpkg is None else is_gpkg:
            self.on_close(lambda: _write_provenance_table(temporary, path, entries, describe))
        else:
            self.files.write(core_provenance.sidecar_path(path), core_provenance.sidecar_text(entries, path).encode("utf-8"))

    def file(self, path, check=None):
        """The temporary path to write for the user's `path` (refused when it would destroy an input)."""
        try:
            temporary = self.files.file(path, check=check)
        except OutputError as error:
            raise processing_error(error) from None
        self._renames[temporary] = path
        return temporary

    def sink(self, name, fields, wkb_type, crs, shapefile_encoding=None):
        """(sink, the user's destination) of the sink parameter `name`, like parameterAsSink; a file
        destination is written aside. A shapefile gets `shapefile_encoding` unless the user chose one."""
        path, definition = sink_destination(self.parameters, name)
        parameters = self.parameters
        aside, value = None, destination_value(self.parameters, name)
        if path is None and is_table_destination(value):
            aside = TableAside(value)
            self._tables.append(aside)
            parameters = {**parameters, name: _redirected(definition, aside.aside_value)}
        if path is not None:
            temporary = self.file(path)
            self.temporaries[name] = temporary
            new = _redirected(definition, temporary)
            if shapefile_encoding and path.lower().endswith(".shp") and not new.createOptions.get("fileEncoding"):
                new.createOptions = {**new.createOptions, "fileEncoding": shapefile_encoding}
            parameters = {**parameters, name: new}
        aliases = field_aliases.aliases_of(fields)
        # A file keeps its aliases in a style or sidecar (_keep_aliases_in_files); the writer is given
        # none, or QGIS 3.40 logs for every field of a CSV that the format cannot hold them.
        written = _without_aliases(fields) if path is not None and aliases else fields
        sink, dest = self.algorithm.parameterAsSink(parameters, name, self.context, written, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.algorithm.invalidSinkError(self.parameters, name))
        if aside is not None:           # QGIS loads, and the outputs name, the user's table
            self._renames[dest] = dest = aside.final_source(dest)
        self._sinks.append(sink)
        if aliases:
            self._aliases.append((self.temporaries.get(name) if path is not None else None,
                                  path if path is not None else dest, aliases))
        if str(path or dest).lower().endswith(SPREADSHEETS):
            sink = TextCellSink(sink)
        return sink, (path if path is not None else dest)

    def commit(self):
        """Close the sinks, check every file, rename all into place; the layers QGIS is to load
        afterwards point at the user's paths."""
        for sink in self._sinks:
            if not sip.isdeleted(sink):
                sink.flushBuffer()
                sip.delete(sink)          # closes the file (the writer flushes and closes on deletion)
        self._sinks = []
        try:
            for finish in self._closing:
                finish()
            self._keep_aliases_in_files()
            self.files.commit()
        except OutputError as error:
            raise processing_error(error) from None
        tables, self._tables = self._tables, []
        for aside in tables:
            aside.commit()
        loads = self.context.layersToLoadOnCompletion()
        if any(key in self._renames for key in loads):
            self.context.setLayersToLoadOnCompletion({self._renames.get(key, key): details
                                                      for key, details in loads.items()})
        self._keep_aliases_in_layers()

    def _keep_aliases_in_files(self):
        """A GeoPackage keeps the aliases as its default style, a shapefile in its .qml."""
        for temporary, path, aliases in self._aliases:
            if temporary is None:
                continue
            if path.lower().endswith(".gpkg"):
                try:
                    field_aliases.save_gpkg_style(temporary, aliases)
                except sqlite3.Error as error:
                    raise OutputError(core_outputs.WRITE_FAILED, path, detail=str(error)) from None
            elif path.lower().endswith(".shp"):
                self.files.write(os.path.splitext(path)[0] + ".qml", field_aliases.style_qml(aliases).encode("utf-8"))

    def _keep_aliases_in_layers(self):
        """The memory layers of the run, and every layer Processing loads afterwards, get the aliases."""
        context = self.context
        for _temporary, destination, aliases in self._aliases:
            destination = str(destination)
            if context.willLoadLayerOnCompletion(destination):
                context.layerToLoadOnCompletionDetails(destination).setPostProcessor(
                    field_aliases.AliasPostProcessor(aliases))
            layer = context.temporaryLayerStore().mapLayer(destination) or \
                QgsProcessingUtils.mapLayerFromString(destination, context, False)
            field_aliases.apply(layer, aliases)

    def discard(self):
        for sink in self._sinks:
            if not sip.isdeleted(sink):
                sip.delete(sink)
        self._sinks = []
        self.files.discard()
        tables, self._tables = self._tables, []
        for aside in tables:
            aside.discard()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.discard()
        return False


def _redirected(definition, destination):
    """A QgsProcessingOutputLayerDefinition writing to `destination` instead, keeping what the
    user's `definition` (or None) says of the layer to load and the creation options."""
    new = QgsProcessingOutputLayerDefinition(destination, definition.destinationProject if definition else None)
    if definition is not None:
        new.destinationName = definition.destinationName
        new.createOptions = dict(definition.createOptions or {})
    return new


def _without_aliases(fields):
    """A copy of `fields` whose aliases are empty."""
    plain = QgsFields()
    for field in fields:
        copy = QgsField(field)
        copy.setAlias("")
        plain.append(copy)
    return plain


def _write_provenance_table(temporary, path, entries, describe):
    """The provenance table in a closed GeoPackage written aside; a failure is the output's."""
    try:
        core_provenance.write_gpkg(temporary, entries, describe=describe)
    except sqlite3.Error as error:
        raise OutputError(WRITE_FAILED, path, detail=str(error)) from None
