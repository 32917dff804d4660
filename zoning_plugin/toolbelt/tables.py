"""A table as the user gave it to an algorithm (a layer, an XLSX or CSV file): its rows, a CSV file
that is not UTF-8 read in its encoding (QGIS reads CSV as UTF-8), a sheet whose header OGR could not
tell with its first row as the header (core/screening/enterprise_list.py)."""
import os
from dataclasses import dataclass

from qgis.core import QgsField, QgsFields, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.core.importers.encoding import UTF8, decode_text
from zoning_plugin.core.fields import INTEGER, NUMBER, TEXT
from zoning_plugin.core.screening.enterprise_list import cell_text, header_from_first_row
from zoning_plugin.toolbelt.i18n import tr
from zoning_plugin.toolbelt.values import attribute_value

TEXT_FILES = (".csv", ".txt")


def qgs_fields(field_types):
    """QgsFields of core (name, kind) pairs (core/fields.py: TEXT, NUMBER, INTEGER)."""
    types = {TEXT: QVariant.String, NUMBER: QVariant.Double, INTEGER: QVariant.Int}
    fields = QgsFields()
    for name, kind in field_types:
        fields.append(QgsField(name, types[kind]))
    return fields


def feature_cells(feature):
    """A feature's attributes as the screening reads cells (core/screening/enterprise_list.cell_text)."""
    return [cell_text(attribute_value(v)) for v in feature.attributes()]


@dataclass
class Table:
    shown: list         # the column names as QGIS read them (what the dialog offered)
    names: list         # the column names used
    fields: object      # QgsFields of `names`
    features: list      # the rows (QgsFeature), header row taken off

    def own_column(self, column):
        """The column used for `column` chosen from the file as QGIS first read it (`shown`)."""
        if column and column not in self.names and column in self.shown and len(self.shown) == len(self.names):
            return self.names[self.shown.index(column)]
        return column


def read_table(raw, source, feedback):
    """The Table of the input `raw` (the parameter's value) read as `source`: a CSV file that is not UTF-8 read in its encoding (QGIS reads CSV as UTF-8);
    a sheet whose columns OGR could only call Field1, Field2 … (every cell text, so it could not
    tell the header) with its first row as the header."""
    path = raw.split("|")[0] if isinstance(raw, str) else ""
    shown = source.fields().names()
    if path.lower().endswith(TEXT_FILES) and os.path.isfile(path):
        with open(path, "rb") as handle:
            _text_read, encoding = decode_text(handle.read(), "", path)
        if not encoding.startswith(UTF8):
            layer = QgsVectorLayer(path, os.path.basename(path), "ogr")
            layer.setProviderEncoding(encoding.upper())
            if layer.isValid():
                source = layer
                feedback.pushInfo(tr("{0} is read as {1}.").format(os.path.basename(path), encoding.upper()))
    features = list(source.getFeatures())
    fields = QgsFields(source.fields())
    names = header_from_first_row(fields.names(), feature_cells(features[0]) if features else [])
    if names is None:
        return Table(shown, fields.names(), fields, features)
    fields = qgs_fields((name, TEXT) for name in names)
    feedback.pushInfo(tr("The first row is taken as the column names: {0}.").format(", ".join(names)))
    return Table(shown, names, fields, features[1:])
