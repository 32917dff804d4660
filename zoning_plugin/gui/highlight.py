"""Marks the inspected geometry and the matched units on the canvas until the next inspection."""
from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtGui import QColor

from zoning_plugin.gui.util import to_qgs

_STORAGE = QgsCoordinateReferenceSystem("EPSG:4490")


class ResultHighlight:
    def __init__(self, canvas):
        self.canvas = canvas
        self.bands = []
        self._unit_geometries = {}   # (dataset path, unit index) → QgsGeometry, converted once

    def clear(self):
        for band in self.bands:
            band.reset()
            self.canvas.scene().removeItem(band)
        self.bands = []

    def _band(self, geometry, colour, width, fill=None):
        kind = {0: QgsWkbTypes.PointGeometry, 1: QgsWkbTypes.LineGeometry}.get(
            geometry.type() if geometry.type() in (0, 1) else 2, QgsWkbTypes.PolygonGeometry)
        band = QgsRubberBand(self.canvas, kind)
        band.setStrokeColor(QColor(colour))
        band.setFillColor(QColor(fill) if fill else QColor(0, 0, 0, 0))
        band.setWidth(width)
        if kind == QgsWkbTypes.PointGeometry:
            band.setIcon(QgsRubberBand.ICON_CIRCLE)
            band.setIconSize(12)
        band.setToGeometry(geometry, _STORAGE)
        self.bands.append(band)
        return band

    def show(self, result, dataset):
        self.clear()
        for unit in result.units:
            index = unit.get("index")
            if index is not None and index < len(dataset.units.geometries):
                key = (dataset.path, index)
                if key not in self._unit_geometries:
                    self._unit_geometries[key] = to_qgs(dataset.units.geometries[index])
                self._band(self._unit_geometries[key], "#ffd600", 3, "#33ffd600")
        self._band(to_qgs(result.geometry_4490), "#d50000", 2, "#40d50000")
