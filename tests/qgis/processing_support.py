"""What the tests of the Processing algorithms share: the zoning provider registered for a test, a
feedback that records what an algorithm says, and memory layers from WKT."""
from contextlib import contextmanager

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry,
                       QgsProcessingFeedback, QgsVectorLayer)

from zoning_plugin.toolbelt.geometry import to_qgs


@contextmanager
def zoning_provider_registered():
    """The plugin's provider in QGIS's registry; one already there (the plugin's, when a test has
    started it) is used and left, one added here is removed afterwards."""
    from zoning_plugin.algorithms.provider import ZoningProvider
    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("zoning") is None:
        added = ZoningProvider()
        assert registry.addProvider(added)
    try:
        yield registry.providerById("zoning")
    finally:
        if added is not None:
            registry.removeProvider(added)


class Recorder(QgsProcessingFeedback):
    """Everything an algorithm says, by kind (infos, warnings, errors) and in order (lines, with
    the command, console and progress texts); cancels the run once progress reaches `cancel_at`."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.infos, self.warnings, self.errors, self.lines = [], [], [], []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._progress)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.infos.append(info)
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.warnings.append(warning)
        self.lines.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)
        self.lines.append(error)

    def pushCommandInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)

    def pushConsoleInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)

    def setProgressText(self, text):  # noqa: N802 (QGIS API)
        super().setProgressText(text)
        self.lines.append(text)

    def _progress(self, value):
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    @property
    def log(self):
        return "\n".join(self.infos + self.errors)


def memory_layer(rows, geometry="Polygon", crs="EPSG:4551", fields="", name="layer"):
    """A memory layer from (geometry, attributes...) rows: the geometry as WKT, a shapely geometry
    or None (a feature without one); `fields` as "name:type,…"; `crs` None or "" for a layer
    without a CRS."""
    uri = f"{geometry}?crs={crs}" if crs else f"{geometry}?"
    uri += "".join(f"&field={f}" for f in fields.split(",") if f)
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid()
    layer.setCrs(QgsCoordinateReferenceSystem(crs or ""))   # 3.22 reads no crs= for GeometryCollection
    features = []
    for shape, *attributes in rows:
        feature = QgsFeature(layer.fields())
        if isinstance(shape, str):
            feature.setGeometry(QgsGeometry.fromWkt(shape))
        elif shape is not None:
            feature.setGeometry(to_qgs(shape))
        feature.setAttributes(list(attributes))
        features.append(feature)
    if features:
        assert layer.dataProvider().addFeatures(features)[0]
    return layer
