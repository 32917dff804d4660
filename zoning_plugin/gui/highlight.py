"""Marks the inspected geometry and the matched units on the canvas until the next inspection."""
from qgis.core import QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtGui import QColor

from zoning_plugin.toolbelt.geometry import storage_crs, to_qgs


class ResultHighlight:
    def __init__(self, canvas):
        self.canvas = canvas
        self.bands = []
        self._unit_geometries = {}   # unit index → QgsGeometry of self._dataset, converted once
        self._dataset = None

    def clear(self):
        for band in self.bands:
            band.reset()
            self.canvas.scene().removeItem(band)
        self.bands = []

    def _band(self, geometry, colour, width, fill=None):
        kind = geometry.type()
        if kind not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry):
            kind = QgsWkbTypes.PolygonGeometry
        band = QgsRubberBand(self.canvas, kind)
        band.setStrokeColor(QColor(colour))
        band.setFillColor(QColor(fill) if fill else QColor(0, 0, 0, 0))
        band.setWidth(width)
        if kind == QgsWkbTypes.PointGeometry:
            band.setIcon(QgsRubberBand.ICON_CIRCLE)
            band.setIconSize(12)
        band.setToGeometry(geometry, storage_crs())
        self.bands.append(band)
        return band

    def show(self, result, dataset, others=()):
        """Mark the result's units and its geometry; `others`: [(dataset, result)] of the other cities
        shown with it (their units marked too)."""
        self.clear()
        if dataset is not self._dataset:
            self._dataset, self._unit_geometries = dataset, {}
        for shown_dataset, shown in [(dataset, result)] + list(others):
            for unit in shown.units:
                index = unit.get("index")
                if index is not None and index < len(shown_dataset.units.geometries):
                    self._band(self._unit_geometry(shown_dataset, index), "#ffd600", 3, "#33ffd600")
        self._band(to_qgs(result.geometry_4490), "#d50000", 2, "#40d50000")

    def _unit_geometry(self, dataset, index):
        """A unit's QgsGeometry, converted once for the dataset of the first city shown."""
        if dataset is not self._dataset:
            return to_qgs(dataset.units.geometries[index])
        if index not in self._unit_geometries:
            self._unit_geometries[index] = to_qgs(dataset.units.geometries[index])
        return self._unit_geometries[index]
