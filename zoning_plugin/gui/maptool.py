"""The inspect map tool: a click inspects the feature under it (any other vector layer) or the point."""
import traceback

from qgis.core import Qgis, QgsGeometry, QgsMapLayer, QgsPointXY
from qgis.gui import QgsMapToolIdentify
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QCursor

from zoning_plugin.gui.layers import LAYER_PROPERTY
from zoning_plugin.gui.util import log


class ZoningInspectTool(QgsMapToolIdentify):
    """Emits `clicked(geometry, crs, layer, feature_id)`: the feature's geometry in its layer's CRS,
    or the clicked point in the canvas CRS (layer None). Shift+click always takes the point."""

    clicked = pyqtSignal(object, object, object, object)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(QCursor(Qt.WhatsThisCursor))

    def other_layers(self):
        return [layer for layer in self.canvas().layers()
                if layer.type() == QgsMapLayer.VectorLayer and not layer.customProperty(LAYER_PROPERTY)
                and layer.isSpatial()]

    def canvasReleaseEvent(self, event):  # noqa: N802 (Qt API)
        if event.button() != Qt.LeftButton:
            return
        try:
            self._release(event)
        except Exception:  # an event handler must not raise into Qt
            log(traceback.format_exc(), Qgis.Critical)

    def _release(self, event):
        point = event.mapPoint()
        if not (event.modifiers() & Qt.ShiftModifier):
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
