"""The inspector's controller: what a click, the selected features, a coordinate file, typed
coordinates or a locator pick inspects, and what the panel's buttons do with the result shown
(zoom to a unit, the highlight on the map, the site report). The panel, the map tool and the
locator only ask; this runs the core's inspection and shows it. The plugin creates one in initGui."""
import os

import shapely
from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY,
                       QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog

from zoning_plugin.core import ZoningError
from zoning_plugin.core.engine.several import inspect_cities
from zoning_plugin.core.errors import InputError
from zoning_plugin.toolbelt.dataset import user_dataset
from zoning_plugin.toolbelt.geometry import crs_text, storage_crs, to_shapely
from zoning_plugin.toolbelt.log import guarded


class Inspector:
    def __init__(self, iface, dock, tool, highlight, datasets, report_error):  # noqa: QGS105 (the plugin's)
        """`datasets`: the DatasetControl (whether the layers are loaded or loading);
        `report_error(message, level)` tells the user (the plugin's message bar)."""
        self.iface = iface
        self.dock = dock
        self.highlight = highlight
        self.datasets = datasets
        self.report_error = report_error
        tool.clicked.connect(self.on_clicked)
        dock.inspectSelectedRequested.connect(self.inspect_selected)
        dock.landFileRequested.connect(self.inspect_land_file)
        dock.gotoRequested.connect(self.goto_coordinates)
        dock.zoomToUnitRequested.connect(self.zoom_to_unit)
        dock.entryShown.connect(self.highlight_entry)
        dock.siteReportRequested.connect(self.site_report)

    def tr(self, message):
        return QCoreApplication.translate("Inspector", message)

    # -- what is inspected ---------------------------------------------------------------------
    def inspect(self, geometry, crs, title, rows=(), offer_loading=False):
        """Run the core inspection on a geometry (QgsGeometry or shapely) in `crs` and show it.
        Returns the result (None when nothing is shown; with `offer_loading`, a place outside the
        city while the zoning layers are not loaded shows the offer to load them instead)."""
        if self.datasets.wait_message():
            return None
        if crs is None or not crs.isValid():
            self.report_error(self.tr("The layer has no coordinate reference system; set one first."), Qgis.Warning)
            return None
        try:
            dataset, chosen = self.dock.date_choice.choose()    # the version in force on the panel's date
        except InputError as error:      # a date without a version: said under the date box, nothing shown
            self.report_error(str(error), Qgis.Warning)
            return None
        except ZoningError as error:
            # The dataset was readable when the shown results were made; they may not hold now.
            self.dock.mark_stale(str(error))
            self.report_error(self.tr("The zoning dataset cannot be read: {0}").format(error), Qgis.Warning)
            return None
        shape = geometry if isinstance(geometry, shapely.Geometry) else to_shapely(geometry)
        # Each listed city whose area the place lies in answers (issue 20 §1); the first shown leads.
        answers = inspect_cities(dataset, self.datasets.other_datasets(), shape, crs_text(crs))
        if chosen is not None:           # the version the date chose says so in its result and exports
            for answered, answer in answers:
                if answered is chosen.dataset:
                    chosen.mark(answer.dataset)
        (dataset, result), others = answers[0], answers[1:]
        if offer_loading and not result.inside and not self.datasets.layers_loaded():
            lon, lat = result.location
            self.dock.offer_loading(lon, lat, dataset.city_name)
            self.dock.show()
            return None
        self.dock.show_result(result, dataset, title, rows, others=others)
        self.dock.show()
        return result

    @guarded
    def on_clicked(self, geometry, crs, layer=None, feature_id=None):
        """The map tool's click: a feature of another layer, or the point (layer None)."""
        if layer is not None:
            title = self.tr("Feature {0} of layer “{1}”").format(feature_id, layer.name())
            rows = [(self.tr("Layer"), layer.name())]
        else:
            title = self.tr("Clicked point")
            point = geometry.asPoint()
            rows = [(self.tr("Map coordinates"), f"{point.x():.6f}, {point.y():.6f} ({crs.authid()})")]
        # A click on the map before the layers are loaded may land anywhere (QGIS's empty map):
        # outside the city it gets the offer to load them, not a result about a place no one chose.
        self.inspect(geometry, crs, title, rows, offer_loading=layer is None)

    @guarded
    def inspect_selected(self):
        """The selected features of the active layer, together as one site: the core repairs and
        merges them as it merges the features of one site in zoning:screen_project."""
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.selectedFeatureCount() == 0:
            self.report_error(self.tr("Select one or more features of a vector layer first."), Qgis.Info)
            return
        geometries = [f.geometry() for f in layer.getSelectedFeatures()]
        shapes = [to_shapely(g) for g in geometries if g is not None and not g.isNull() and not g.isEmpty()]
        if not shapes:
            self.report_error(self.tr("The selected features have no geometry."), Qgis.Info)
            return
        title = self.tr("{0} selected feature(s) of layer “{1}”").format(len(shapes), layer.name())
        rows = [(self.tr("Layer"), layer.name())]
        if len(shapes) < len(geometries):
            rows.append((self.tr("Not inspected"), self.tr("{0} selected feature(s) without geometry").format(
                len(geometries) - len(shapes))))
        self.inspect(shapes[0] if len(shapes) == 1 else shapely.GeometryCollection(shapes), layer.crs(), title, rows)

    @guarded
    def inspect_land_file(self, path=None):
        """Ask for a land-boundary coordinate file (坐标TXT) and inspect all its parcels together."""
        from zoning_plugin.core.importers.land_txt import read_land_txt
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self.iface.mainWindow(), self.tr("Inspect a coordinate file"), "",
                self.tr("Coordinate files (*.txt *.TXT);;All files (*)"))
            if not path:
                return None
        try:
            land = read_land_txt(path)
        except ZoningError as error:
            self.report_error(self.tr("The coordinate file cannot be read: {0}").format(error), Qgis.Warning)
            return None
        labels = [str(p.label) for p in land.parcels]
        crs = QgsCoordinateReferenceSystem(land.crs)
        rows = [(self.tr("File"), path), (self.tr("Coordinate system"), f"{land.crs} {crs.description()}"),
                (self.tr("Parcels"), self.tr(", ").join(labels[:20]) + ("…" if len(labels) > 20 else ""))]
        rows += [(self.tr("Warning"), warning) for warning in land.warnings[:5]]
        title = self.tr("{0}: {1} parcel(s)").format(os.path.basename(path), len(land.parcels))
        return self.inspect(land.union(), crs, title, rows)

    @guarded
    def goto_coordinates(self, text, system="cgcs2000", zone=None):
        """Coordinates typed in the panel or the locator, in `system` (core.coords.SYSTEMS): centre
        the map there and inspect the point, with rows saying how the text was read."""
        from zoning_plugin.core.coords import dataset_zone, parse_coordinates
        from zoning_plugin.gui.locator import GivenCoordinates
        parsed = parse_coordinates(text, system, zone=zone, default_zone=dataset_zone(user_dataset()))
        point = QgsPointXY(parsed.lon, parsed.lat)
        canvas = self.iface.mapCanvas()
        canvas.setCenter(self._from_storage().transform(point))
        canvas.refresh()
        given = GivenCoordinates()
        return self.inspect(QgsGeometry.fromPointXY(point), storage_crs(), given.title(parsed), given.rows(parsed))

    @guarded
    def on_locator(self, data):
        """A locator result the user picked: ("unit", code), ("coords", text, system, zone) or
        ("error", message)."""
        kind = data[0]
        if kind == "unit":
            dataset = user_dataset()
            index = dataset.unit_index(data[1])
            if index is None:
                return
            record = dataset.units.records[index]
            geometry = dataset.units.geometries[index]
            self.zoom_to_geometry(geometry)
            self.inspect(geometry, storage_crs(), f"{record['unit_code']} {record['unit_name']}")
        elif kind == "coords":
            self.goto_coordinates(data[1], data[2], data[3])
        elif kind == "error":
            self.report_error(data[1], Qgis.Info)

    # -- what the panel does with the result shown ----------------------------------------------
    def _from_storage(self):
        """EPSG:4490 → the canvas CRS."""
        canvas_crs = self.iface.mapCanvas().mapSettings().destinationCrs()
        return QgsCoordinateTransform(storage_crs(), canvas_crs, QgsProject.instance())

    def zoom_to_geometry(self, geometry_4490):
        canvas = self.iface.mapCanvas()
        minx, miny, maxx, maxy = geometry_4490.bounds
        rect = self._from_storage().transformBoundingBox(QgsRectangle(minx, miny, maxx, maxy))
        rect.scale(1.1)
        canvas.setExtent(rect)
        canvas.refresh()

    @guarded
    def zoom_to_unit(self, dataset, code):
        index = dataset.unit_index(code)
        if index is not None:
            self.zoom_to_geometry(dataset.units.geometries[index])

    @guarded
    def highlight_entry(self, entry):
        self.highlight.show(entry.result, entry.dataset, entry.others)

    @guarded
    def site_report(self):
        from zoning_plugin.printing.from_panel import PanelSiteReport
        runner = PanelSiteReport(self.iface.mainWindow(), self.report_error, self.dock.status.setText)
        runner.run(self.dock.current)
