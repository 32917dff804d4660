"""The offline field package that QField opens: a folder holding a .qgz project with relative paths
and one GeoPackage (the inspection sites with fields to fill in on site, the zoning layers clipped
to the sites' surroundings, the requirements table), and a .zip of the folder.

The zoning layers are made as the desktop makes them (gui/layers.py: names, QML styles, aliases,
value maps, read-only), then pointed at their clipped copies. The sites' forms: a value map for the
result, a multi-line note, a photo (an ExternalResource widget storing paths relative to the
project, as QField expects, named by QField's attachment_naming property), the date (today by
default) and the inspector (a default when given, remembered between features). Nothing is
written into the user's layers or the dataset. `FieldProject.build` fills the temporary folder of a
core.output_folders.FolderOutput, which puts it (and its zip, field_data.write_zip) in place of an old package only
when that is the plugin's, untouched (its manifest); the GeoPackage's integrity and the project's
zip are checked before."""
import json
import os
import sqlite3
from dataclasses import dataclass

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsDefaultValue,
                       QgsEditorWidgetSetup, QgsExpression, QgsFeature, QgsField, QgsFields, QgsFillSymbol,
                       QgsGeometry, QgsLineSymbol, QgsMarkerSymbol, QgsPalLayerSettings, QgsProject,
                       QgsReferencedRectangle, QgsRelation, QgsRelationContext, QgsVectorFileWriter, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from zoning_plugin.core.dataset import provenance as core_provenance
from zoning_plugin.core.outputs import CHECK_FAILED, WRITE_FAILED, OutputError, check_sqlite, check_zip
from zoning_plugin.core.renderers.field import RESULT_VALUES
from zoning_plugin.gui.layers import DERIVED_BUFFERS_KEY, GROUP_PROPERTY, load_zoning_layers
from zoning_plugin.printing.field_data import clip_tables, folder_size, missing_tables, release, write_derived_buffers
from zoning_plugin.printing.field_package import FieldAtlas

DIMENSIONS = ((0, "point", QgsWkbTypes.MultiPoint), (1, "line", QgsWkbTypes.MultiLineString),
              (2, "polygon", QgsWkbTypes.MultiPolygon))
SITE_NO, SITE_NAME, UNITS, CLASSES = "检查点编号", "检查点名称", "管控单元", "单元类别"
RESULT, NOTES, PHOTO, DATE, INSPECTOR = "检查结论", "检查记录", "照片", "检查日期", "检查人"
PHOTO_FOLDER = "DCIM"
SITE_COLOUR = "#d00000"


@dataclass
class PackageOutcome:
    folder: str
    zip: str
    project: str
    layers: int
    folder_bytes: int
    zip_bytes: int


def unique_name(name, taken):
    """`name`, or `name_1`, `name_2` … when taken (case-insensitively, as GeoPackage compares)."""
    folded = {t.casefold() for t in taken}
    candidate, n = name, 0
    while candidate.casefold() in folded:
        n += 1
        candidate = f"{name}_{n}"
    return candidate


class FieldProject:
    """The QField package of `sites` (field_package.Site, with `geometry`: QgsGeometry in `crs`)."""

    def __init__(self, dataset, sites, fields, crs, area_wkt, inspector="", tables_path=None):
        self.dataset = dataset
        self.tables_path = tables_path or dataset.path   # the GeoPackage the layers are clipped from
        self.sites = sites
        self.fields = fields          # QgsFields of the input
        self.crs = crs                # QgsCoordinateReferenceSystem of the input
        self.area_wkt = area_wkt      # the surroundings to keep, EPSG:4490
        self.inspector = inspector
        self.left_out = []            # names of sites whose geometry is a mixed collection
        # where the package comes from (core/dataset/provenance.py): a table in its GeoPackage, a layer, the metadata
        self.record = core_provenance.provenance(dataset.info(), verdicts=True)

    def tr(self, message):
        return QCoreApplication.translate("FieldProject", message)

    # -- the sites -------------------------------------------------------------------------------
    def _site_fields(self):
        """(QgsFields of the package's site tables, [(input field name, package name)])."""
        fields = QgsFields()
        fields.append(QgsField(SITE_NO, QVariant.Int))
        fields.append(QgsField(SITE_NAME, QVariant.String))
        mapping, taken = [], [SITE_NO, SITE_NAME, UNITS, CLASSES, RESULT, NOTES, PHOTO, DATE, INSPECTOR, "fid"]
        plain = (QVariant.Int, QVariant.LongLong, QVariant.Double, QVariant.String, QVariant.Date,
                 QVariant.DateTime, QVariant.Time, QVariant.Bool)
        for field in self.fields:
            name = unique_name(field.name(), taken)
            taken.append(name)
            copy = QgsField(field)
            copy.setName(name)
            if field.type() not in plain:   # lists, maps, binary: kept as text
                copy = QgsField(name, QVariant.String)
            fields.append(copy)
            mapping.append((field.name(), name))
        for name in (UNITS, CLASSES, RESULT, NOTES, PHOTO, DATE, INSPECTOR):
            fields.append(QgsField(name, QVariant.Date if name == DATE else QVariant.String))
        return fields, mapping

    def _write_sites(self, path):
        """One table per kind of geometry the sites have (points, lines, polygons). [(table, kind)]."""
        fields, mapping = self._site_fields()
        written, by_dimension = [], {}
        for site in self.sites:
            by_dimension.setdefault(QgsWkbTypes.geometryType(site.geometry.wkbType()), []).append(site)
        self.left_out = [site.name for d, sites in by_dimension.items() if d not in (0, 1, 2) for site in sites]
        several = len(set(by_dimension) & {0, 1, 2}) > 1
        for dimension, kind, wkb in DIMENSIONS:
            sites = by_dimension.get(dimension)
            if not sites:
                continue
            table = f"sites_{kind}" if several else "sites"
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName, options.layerName, options.fileEncoding = "GPKG", table, "UTF-8"
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
            writer = QgsVectorFileWriter.create(path, fields, wkb, self.crs, QgsCoordinateTransformContext(),
                                                options)
            if writer.hasError() != QgsVectorFileWriter.NoError:
                raise OSError(self.tr("The sites cannot be written: {0}").format(writer.errorMessage()))
            for site in sites:
                feature = QgsFeature(fields)
                geometry = QgsGeometry(site.geometry)
                geometry.get().dropZValue()
                geometry.get().dropMValue()
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
                feature[SITE_NO] = site.number
                feature[SITE_NAME] = site.name
                for source, name in mapping:
                    value = site.values.get(source)
                    feature[name] = value if fields.field(name).type() != QVariant.String or value is None \
                        else str(value)
                result = site.result
                feature[UNITS] = "; ".join(u["code"] for u in result.units)
                feature[CLASSES] = "; ".join(dict.fromkeys(u["class_name"] for u in result.units))
                if not writer.addFeature(feature):
                    raise OSError(self.tr("The sites cannot be written: {0}").format(writer.errorMessage()))
            if writer.hasError() != QgsVectorFileWriter.NoError:
                raise OSError(self.tr("The sites cannot be written: {0}").format(writer.errorMessage()))
            del writer
            written.append((table, kind))
        return written

    # -- the forms -------------------------------------------------------------------------------
    def _form(self, layer, result_labels):
        """Aliases, widgets, read-only fields, defaults. Aliases first: in QGIS 3.22 setFieldAlias()
        drops the editor widgets set before it."""
        index = layer.fields().indexOf
        aliases = {SITE_NO: self.tr("Site No."), SITE_NAME: self.tr("Site name"),
                   UNITS: self.tr("Control unit(s)"), CLASSES: self.tr("Unit class(es)"),
                   RESULT: self.tr("Inspection result"), NOTES: self.tr("Inspection notes"),
                   PHOTO: self.tr("Photo"), DATE: self.tr("Date of inspection"), INSPECTOR: self.tr("Inspector")}
        for name, alias in aliases.items():
            layer.setFieldAlias(index(name), alias)
        widgets = {
            RESULT: ("ValueMap", {"map": [{label: value} for label, value in zip(result_labels, RESULT_VALUES)]}),
            NOTES: ("TextEdit", {"IsMultiline": True, "UseHtml": False}),
            PHOTO: ("ExternalResource", {
                "DocumentViewer": 1, "DocumentViewerHeight": 0, "DocumentViewerWidth": 0, "FileWidget": True,
                "FileWidgetButton": True, "FileWidgetFilter": "", "RelativeStorage": 1, "StorageMode": 0,
                "UseLink": False, "FullUrl": False}),
            DATE: ("DateTime", {"allow_null": True, "calendar_popup": True, "display_format": "yyyy-MM-dd",
                                "field_format": "yyyy-MM-dd", "field_iso_format": False}),
        }
        for name, (kind, config) in widgets.items():
            layer.setEditorWidgetSetup(index(name), QgsEditorWidgetSetup(kind, config))
        form = layer.editFormConfig()
        for name in (SITE_NO, SITE_NAME, UNITS, CLASSES):
            form.setReadOnly(index(name), True)
        form.setReuseLastValue(index(INSPECTOR), True)
        layer.setEditFormConfig(form)
        layer.setDefaultValueDefinition(index(DATE), QgsDefaultValue("now()"))
        if self.inspector:
            inspector = QgsExpression.quotedString(self.inspector)
            layer.setDefaultValueDefinition(index(INSPECTOR), QgsDefaultValue(inspector))
        naming = (f"'{PHOTO_FOLDER}/' || \"{SITE_NO}\" || '_' || format_date(now(), 'yyyyMMddhhmmss') "
                  "|| '.{extension}'")
        layer.setCustomProperty("QFieldSync/attachment_naming", json.dumps({PHOTO: naming}))

    def _style_sites(self, layer, kind):
        symbol = {"point": lambda: QgsMarkerSymbol.createSimple(
                      {"name": "circle", "color": SITE_COLOUR, "size": "4", "outline_color": "white"}),
                  "line": lambda: QgsLineSymbol.createSimple({"color": SITE_COLOUR, "width": "1"}),
                  "polygon": lambda: QgsFillSymbol.createSimple(
                      {"color": "208,0,0,50", "outline_color": SITE_COLOUR, "outline_width": "0.8"})}[kind]()
        layer.renderer().setSymbol(symbol)
        settings = QgsPalLayerSettings()
        settings.fieldName = SITE_NAME
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)

    # -- the project -----------------------------------------------------------------------------
    def _project(self, folder, name, site_tables):
        """Write `name`.qgz into `folder`; the number of layers in it."""
        gpkg = os.path.join(folder, f"{name}.gpkg")
        project = QgsProject()
        try:
            info = self.dataset.info()
            project.setTitle(self.tr("Field inspection: {0} {1}").format(info["title"], info["version"]))
            metadata = project.metadata()          # Project Properties › Metadata: where it comes from
            metadata.setAbstract("\n".join(core_provenance.to_lines(self.record)))
            project.setMetadata(metadata)
            project.setCrs(QgsCoordinateReferenceSystem(self.dataset.metric_crs))
            project.writeEntryBool("Paths", "/Absolute", False)   # relative paths (3.22: no setFilePathStorage)
            # the layers read the package's own GeoPackage (the dataset's file is not opened)
            group, zoning = load_zoning_layers(self.dataset, project=project, source=gpkg)
            group.removeCustomProperty(GROUP_PROPERTY)   # the office's path of the dataset
            if DERIVED_BUFFERS_KEY in zoning:
                layer = zoning[DERIVED_BUFFERS_KEY]
                layer.setDataSource(f"{gpkg}|layername=river_buffers_derived", layer.name(), "ogr")
            result_labels = FieldAtlas(None, []).labels()["result_values"]
            root = project.layerTreeRoot()
            sites = []
            for position, (table, kind) in enumerate(site_tables):
                names = {"point": self.tr("Inspection sites (points)"), "line": self.tr("Inspection sites (lines)"),
                         "polygon": self.tr("Inspection sites (areas)")}
                label = names[kind] if len(site_tables) > 1 else self.tr("Inspection sites")
                layer = QgsVectorLayer(f"{gpkg}|layername={table}", label, "ogr")
                if not layer.isValid():
                    raise OSError(self.tr("Layers of the package do not open: {0}").format(label))
                self._style_sites(layer, kind)
                self._form(layer, result_labels)
                project.addMapLayer(layer, False)
                root.insertLayer(position, layer)
                sites.append(layer)
            requirements = QgsVectorLayer(f"{gpkg}|layername=requirements", self.tr("Requirements (access list)"),
                                          "ogr")
            requirements.setReadOnly(True)
            for field, alias in self._requirement_aliases().items():
                requirements.setFieldAlias(requirements.fields().indexOf(field), alias)
            project.addMapLayer(requirements, False)
            root.addLayer(requirements)
            record = QgsVectorLayer(f"{gpkg}|layername={core_provenance.TABLE}", self.tr("Provenance"), "ogr")
            record.setReadOnly(True)
            project.addMapLayer(record, False)
            root.addLayer(record)
            self._relations(project, zoning, requirements)
            extent = sites[0].extent() if sites else None
            for layer in sites[1:]:
                extent.combineExtentWith(layer.extent())
            if extent is not None:
                extent.grow(max(extent.width(), extent.height()) * 0.1 or 0.005)
                project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, self.crs))
            layers = [layer for layer in project.mapLayers().values()]
            invalid = [layer.name() for layer in layers if not layer.isValid()]
            if invalid:
                raise OSError(self.tr("Layers of the package do not open: {0}").format(", ".join(invalid)))
            if not project.write(os.path.join(folder, f"{name}.qgz")):
                raise OSError(self.tr("The project cannot be written: {0}").format(project.error()))
            return len(layers)
        finally:
            project.clear()

    def _requirement_aliases(self):
        return {"req_id": self.tr("Requirement ID"), "scope": self.tr("Level"), "scope_ref": self.tr("Applies to"),
                "dimension": self.tr("Dimension"), "heading": self.tr("Heading"), "seq": self.tr("No."),
                "text": self.tr("Requirement"), "source": self.tr("Source")}

    def _relations(self, project, zoning, requirements):
        """Each unit layer and the basins to their requirements, so a unit's or basin's form lists them."""
        manager = project.relationManager()
        for key, layer in zoning.items():
            field = "unit_code" if key.startswith("units_") else "basin_id" if key == "basins" else None
            if field is None or layer.fields().indexOf(field) < 0:
                continue
            relation = QgsRelation(QgsRelationContext(project))   # not QgsProject.instance()
            relation.setId(f"requirements_of_{key}")
            relation.setName(self.tr("Requirements"))
            relation.setReferencingLayer(requirements.id())
            relation.setReferencedLayer(layer.id())
            relation.addFieldPair("scope_ref", field)
            if relation.isValid():
                manager.addRelation(relation)

    # -- output ----------------------------------------------------------------------------------
    def build(self, folder, name, shown, is_cancelled=None):
        """Fill `folder`, a new empty folder (core.output_folders.FolderOutput.start()), with the package
        called `name`: `name`.gpkg, `name`.qgz and DCIM/ for the photos. The number of layers, or
        None when cancelled. OutputError naming the file in `shown` (the user's folder, where the
        package is to go) when a file cannot be written or is found incomplete (a full disk)."""
        is_cancelled = is_cancelled or (lambda: False)
        gpkg, qgz = os.path.join(folder, f"{name}.gpkg"), os.path.join(folder, f"{name}.qgz")

        def failed(path, error):
            detail = str(error).replace(folder, shown)
            return OutputError(WRITE_FAILED, os.path.join(shown, os.path.basename(path)), detail=detail)
        try:
            tables = ["control_units", "river_buffers", "rivers", "counties", "built_up_area", "basins",
                      "city_boundary", "requirements", "dataset_meta"]
            tables = list(clip_tables(self.tables_path, gpkg, tables, self.area_wkt))
            tables += write_derived_buffers(self.dataset, gpkg, self.area_wkt)
            if is_cancelled():
                return None
            site_tables = self._write_sites(gpkg)
            release(gpkg)
            core_provenance.write_gpkg(gpkg, self.record, describe=False)    # the clipped layers keep theirs
            tables.append(core_provenance.TABLE)
            self._check(gpkg, check_sqlite, shown)      # a full disk: GDAL does not always say so
            missing = missing_tables(gpkg, tables + [table for table, _kind in site_tables])
        except (OSError, sqlite3.Error, RuntimeError) as error:
            raise failed(gpkg, error) from None
        if missing:
            raise OutputError(CHECK_FAILED, os.path.join(shown, os.path.basename(gpkg)),
                              detail=self.tr("tables missing: {0}").format(", ".join(missing)))
        try:
            layers = self._project(folder, name, site_tables)
            os.makedirs(os.path.join(folder, PHOTO_FOLDER), exist_ok=True)
        except OSError as error:
            raise failed(qgz, error) from None
        self._check(qgz, check_zip, shown)
        return layers

    @staticmethod
    def _check(path, check, shown):
        problem = check(path)
        if problem:
            raise OutputError(CHECK_FAILED, os.path.join(shown, os.path.basename(path)), detail=problem)


def outcome(folder, zip_path, name, layers):
    """The PackageOutcome of a package put in place."""
    return PackageOutcome(folder, zip_path, os.path.join(folder, f"{name}.qgz"), layers, folder_size(folder),
                          os.path.getsize(zip_path))
