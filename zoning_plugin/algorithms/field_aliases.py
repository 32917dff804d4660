"""Aliases of the fields the algorithms add, in the UI language, and how an output keeps them.

One table per output schema (the conformity fields keep theirs beside their names in
conformity_fields.SummaryFields). The sinks carry the aliases on their fields; RunOutputs (outputs.py)
then keeps them wherever the format can: on a memory layer and on every layer Processing loads into
the project (so a saved project keeps them); in a GeoPackage as its default style (the table
layer_styles, which QGIS reads when it opens the layer: QGIS 3.22 with GDAL 3.6 writes no aliases
into gpkg_data_columns, and reads none from it); beside a shapefile as its .qml, which QGIS loads
with it. The style holds the field aliases only (style category "Fields"): the renderer stays QGIS's
own. A CSV or a spreadsheet keeps no aliases (a .qml beside it would be a stray file for Excel).
"""
import contextlib
import datetime
import sqlite3
from xml.sax.saxutils import quoteattr

from qgis.core import Qgis, QgsField, QgsFields, QgsProcessingLayerPostProcessorInterface, QgsVectorLayer

from zoning_plugin.toolbelt.i18n import tr

STYLE_NAME = "zoning_field_aliases"


# -- the tables ---------------------------------------------------------------------------------
def buffer_aliases():
    """zoning:build_buffers."""
    return {"river_name": tr("River"), "basin_id": tr("River basin id"),
            "buffer_m": tr("Buffer width on each side (m)"), "width_from": tr("Where the width comes from"),
            "measured_from": tr("Width measured from (bank, centre line: the plugin's reading)"),
            "channel_width_m": tr("Channel width the bank is taken from (m)"),
            "pieces": tr("Pieces of the river"), "area_m2": tr("Area (m²)")}


def screening_aliases():
    """The site × rule table of zoning:screen_project and zoning:screen_list, and screen_list's points."""
    return {"feature_id": tr("Feature id"), "status": tr("Status"), "verdict": tr("Verdict"),
            "overall": tr("Overall verdict of the site"), "statement": tr("Statement of the verdict"),
            "rule_id": tr("Rule id"), "title": tr("Rule"), "req_id": tr("Requirement id"),
            "source": tr("Source of the requirement"), "text": tr("Requirement text"), "reason": tr("Reason"),
            "industry_code": tr("Industry code (GB/T 4754-2017)"), "boiler_tph": tr("New coal boiler (t/h)"),
            "dataset_version": tr("Dataset version"), "name": tr("Name"), "coordinates": tr("Coordinates as read"),
            "rules": tr("Triggered rules"), "message": tr("Message"), "lon": tr("Longitude (CGCS2000)"),
            "lat": tr("Latitude (CGCS2000)")}


def problem_aliases():
    """The problems layer of zoning:import_dataset."""
    return {"severity": tr("Severity"), "kind": tr("Kind of problem"), "unit_code": tr("Unit code"),
            "message": tr("Message")}


def parcel_aliases():
    """The parcels of a 坐标TXT read by zoning:read_land_txt (the field names of the file's parcel line)."""
    return {"JZDS": tr("Number of boundary points"), "DKMJ": tr("Parcel area (ha)"), "DKBH": tr("Parcel number"),
            "DKMC": tr("Parcel name"), "JLTXSX": tr("Geometry type"), "TFH": tr("Map sheet number"),
            "DKYT": tr("Land use"), "DLBM": tr("Land class code"), "EXTRA": tr("Further values of the line"),
            "area_m2": tr("Area (m²)")}


def aliased(fields, aliases):
    """A copy of `fields` (QgsFields) with each field of `aliases` given its alias."""
    out = QgsFields()
    for field in fields:
        copy = QgsField(field)
        if field.name() in aliases:
            copy.setAlias(aliases[field.name()])
        out.append(copy)
    return out


def aliases_of(fields):
    """{name: alias} of the fields that have one."""
    return {field.name(): field.alias() for field in fields if field.alias()}


# -- keeping them -------------------------------------------------------------------------------
def apply(layer, aliases):
    """Set the aliases on a vector layer's fields (those it has)."""
    if not isinstance(layer, QgsVectorLayer) or not aliases:
        return
    for index, field in enumerate(layer.fields()):
        if field.name() in aliases:
            layer.setFieldAlias(index, aliases[field.name()])


def style_qml(aliases):
    """The QML of the aliases alone (style category Fields: QGIS applies nothing else of it)."""
    rows = "".join(f"\n    <alias index=\"{index}\" field={quoteattr(name)} name={quoteattr(alias)}/>"
                   for index, (name, alias) in enumerate(aliases.items()))
    return (f"<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            f"<qgis version={quoteattr(Qgis.QGIS_VERSION)} styleCategories=\"Fields\">\n"
            f"  <aliases>{rows}\n  </aliases>\n</qgis>\n")


def save_gpkg_style(path, aliases):
    """The aliases as the default style (the table layer_styles, as QGIS writes it) of every table
    of the closed GeoPackage at `path` that has one of the fields."""
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        geometry_columns = dict(connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"))
        tables = [name for (name,) in connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes') "
            "AND table_name != 'layer_styles'")]
        styled = []
        for table in tables:
            columns = {row[1] for row in connection.execute("SELECT * FROM pragma_table_info(?)", (table,))}
            if columns & set(aliases):
                styled.append((table, {k: v for k, v in aliases.items() if k in columns}))
        if not styled:
            return False
        connection.execute(_LAYER_STYLES)
        if not connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = 'layer_styles'").fetchone():
            connection.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change) "
                               "VALUES ('layer_styles', 'attributes', 'layer_styles', ?)", (_stamp(),))
        for table, table_aliases in styled:
            connection.execute("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?", (table,))
            connection.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                               "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
                               "owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', '', ?)",
                               (table, geometry_columns.get(table, ""), STYLE_NAME, style_qml(table_aliases),
                                tr("Field aliases"), _stamp()))
        counted = connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone()
        if counted[0]:
            connection.execute("DELETE FROM gpkg_ogr_contents WHERE table_name = 'layer_styles'")
            connection.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) SELECT 'layer_styles', "
                               "count(*) FROM layer_styles")
    return True


def _stamp():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


_LAYER_STYLES = ('CREATE TABLE IF NOT EXISTS "layer_styles" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
                 '"f_table_catalog" TEXT(256), "f_table_schema" TEXT(256), "f_table_name" TEXT(256), '
                 '"f_geometry_column" TEXT(256), "styleName" TEXT(30), "styleQML" TEXT, "styleSLD" TEXT, '
                 '"useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30), "update_time" '
                 'DATETIME DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\',\'now\')))')


class AliasPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Sets the aliases on a layer Processing loads into the project after the run. Processing keeps
    only a pointer, so the instances stay referenced here (a few strings per run)."""
    _alive = set()

    def __init__(self, aliases):
        super().__init__()
        self.aliases = dict(aliases)
        AliasPostProcessor._alive.add(self)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        apply(layer, self.aliases)
