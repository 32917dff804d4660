"""The inspect map tool: a click inspects the feature under it (any other vector layer) or the point."""
from qgis.core import Qgis, QgsGeometry, QgsMapLayer, QgsPointXY
from qgis.gui import QgsMapTool, QgsMapToolIdentify
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QCursor

from zoning_plugin.gui.layers import LAYER_PROPERTY
from zoning_plugin.toolbelt.settings import load_point_mode, save_point_mode
from zoning_plugin.toolbelt.log import guarded, log


class ZoningInspectTool(QgsMapToolIdentify):
    """Emits `clicked(geometry, crs, layer, feature_id)`: the feature's geometry in its layer's CRS,
    or the clicked point in the canvas CRS (layer None). Shift+click always takes the point, and so
    does every click in point mode (`point_mode`, saved in the settings)."""

    clicked = pyqtSignal(object, object, object, object)

    def __init__(self, canvas, report_error=None):
        super().__init__(canvas)
        self._report_error = report_error
        self.point_mode = load_point_mode()
        self.setCursor(QCursor(Qt.WhatsThisCursor))

    def flags(self):
        # QgsMapToolIdentify allows the canvas's Shift+drag zoom rectangle: the canvas then takes
        # every Shift+press for itself and the tool never sees Shift+click.
        return super().flags() & ~QgsMapTool.Flag.AllowZoomRect

    def report_error(self, message):
        if self._report_error:
            self._report_error(message)
        else:
            log(message, Qgis.Warning)

    @guarded
    def set_point_mode(self, on):
        self.point_mode = bool(on)
        save_point_mode(self.point_mode)

    def other_layers(self):
        return [layer for layer in self.canvas().layers()
                if layer.type() == QgsMapLayer.VectorLayer and not layer.customProperty(LAYER_PROPERTY)
                and layer.isSpatial()]

    @guarded
    def canvasReleaseEvent(self, event):  # noqa: N802 (Qt API)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.mapPoint()
        if not self.point_mode and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            layers = self.other_layers()
            if layers:
                hits = self.identify(event.x(), event.y(), layers, QgsMapToolIdentify.TopDownStopAtFirst)
                for hit in hits:
                    geometry = hit.mFeature.geometry()
                    if geometry is not None and not geometry.isEmpty():
                        self.clicked.emit(QgsGeometry(geometry), hit.mLayer.crs(), hit.mLayer,
                                          hit.mFeature.id())
                        return
        self.clicked.emit(QgsGeometry.fromPointXY(QgsPointXY(point)),
                          self.canvas().mapSettings().destinationCrs(), None, None)
