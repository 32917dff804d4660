"""The QgsFields of zoning:conformity's outputs: the schema of core/renderers/conformity_schema.py
(names, types, values, a shapefile's 254 bytes) as QGIS fields, each with its meaning as the alias,
English in the source and translated (tr) for the UI language."""
from qgis.core import QgsField, QgsFields, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from zoning_plugin.core.renderers.conformity_schema import (CUT_MARK, DBASE_TEXT_BYTES, DOUBLE, INTEGER,  # noqa: F401
                                                            LIST_SEPARATOR, LONG, STRING, ConformitySchema,
                                                            SchemaField, dbase_number, unique_name)

QT_TYPES = {DOUBLE: QVariant.Double, STRING: QVariant.String, INTEGER: QVariant.Int, LONG: QVariant.LongLong}


def kind_of_layer(wkb_type):
    """polygon, line, point or mixed (a layer of no single geometry type)."""
    return {QgsWkbTypes.PolygonGeometry: "polygon", QgsWkbTypes.LineGeometry: "line",
            QgsWkbTypes.PointGeometry: "point"}.get(QgsWkbTypes.geometryType(wkb_type), "mixed")


def _field(name, kind, alias, dbase, spec_name):
    """A QgsField; in a dBase file text holds DBASE_TEXT_BYTES and numbers their width (elsewhere
    neither has a length: no value can be too long)."""
    if dbase and kind == QVariant.String:
        field = QgsField(name, kind, len=DBASE_TEXT_BYTES)
    elif dbase and kind == QVariant.Double:
        width, decimals = dbase_number(spec_name)
        field = QgsField(name, kind, len=width, prec=decimals)
    else:
        field = QgsField(name, kind)
    field.setAlias(alias)
    return field


class SummaryFields(ConformitySchema):
    """The core's schema with QGIS fields and aliases in the UI language."""

    def tr(self, message):
        return QCoreApplication.translate("SummaryFields", message)

    def _unit_alias(self):
        return {"polygon": self.tr("{0} (m²)"), "line": self.tr("{0} (m)"),
                "mixed": self.tr("{0} (m² or m)")}.get(self.kind, "{0}")

    def meanings(self):
        """{meaning of a SchemaField: its words}."""
        return {
            "status": self.tr("Status (ok, null, empty, invalid, outside, error)"), "message": self.tr("Message"),
            "measure": self.tr("Measure"), "inside": self.tr("Inside the city"),
            "outside": self.tr("Outside the city"), "class_measure": "{0}",
            "class_share": self.tr("{0}: share (0–1)"), "unit_codes": self.tr("Control units, largest first"),
            "basins": self.tr("River basins"), "counties": self.tr("Counties"),
            "built_up": self.tr("In an urban built-up area (1 = yes)"),
            "buffer_measure": self.tr("In river ecological buffers"),
            "buffer_rivers": self.tr("Rivers whose ecological buffer it touches"),
            "nearest_river": self.tr("Nearest river"), "river_distance": self.tr("Distance to the nearest river (m)"),
            "measured_from": self.tr("Distance measured from (bank, centre line: the plugin's reading)"),
            "flags": self.tr("Flags"), "repaired": self.tr("Geometry repaired (1 = yes)"),
            "feature_id": self.tr("Feature id"), "unit_code": self.tr("Unit code"), "unit_name": self.tr("Unit name"),
            "unit_class": self.tr("Unit class (1, 2, 3)"), "class_name": self.tr("Class name"),
            "overlap": self.tr("Overlap"), "feature_share": self.tr("Share of the feature (0–1)")}

    def alias(self, spec, meanings=None):
        text = (meanings or self.meanings())[spec.meaning].format(spec.subject)
        return self._unit_alias().format(text) if spec.measured else text

    def append_to(self, fields):
        """Add the summary fields to `fields` (the input's), renaming where a name is taken. Text
        fields have no length (any list fits), but DBASE_TEXT_BYTES in a shapefile."""
        meanings, self.names = self.meanings(), []
        for spec in self.specs:
            field = _field(unique_name(spec.name, fields.names()), QT_TYPES[spec.type], self.alias(spec, meanings),
                           self.codec is not None, spec.name)
            fields.append(field)
            self.names.append(field.name())
        return fields

    def unit_table_fields(self, id_field=None, dbase=False):
        """要素ID, the ID field (a copy of the input's) when given, then the unit's fields; `dbase`:
        the table is a shapefile's or a .dbf (numbers given a width that holds them)."""
        meanings, fields = self.meanings(), QgsFields()
        specs = [(spec.name, QT_TYPES[spec.type], self.alias(spec, meanings))
                 for spec in [SchemaField("要素ID", LONG, "feature_id")]]
        if id_field is not None:
            specs.append((id_field.name(), id_field.type(), id_field.alias() or id_field.name()))
        specs += [(spec.name, QT_TYPES[spec.type], self.alias(spec, meanings)) for spec in self.unit_specs()]
        for name, kind, alias in specs:
            fields.append(_field(unique_name(name, fields.names()), kind, alias, dbase, name))
        return fields
