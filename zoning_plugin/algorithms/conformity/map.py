"""The overview map of the conformity report: the analysed features over the zoning dataset's
units, river buffers and rivers (memory layers of what the Dataset holds: the file is not opened
again), drawn with the plugin's QML styles into a PNG (bytes).

Drawn with a QgsMapRendererCustomPainterJob on a QImage: start_maps() makes the layers in the calling
thread (Processing's worker thread too) and starts the jobs, which draw on QGIS's render threads while
the caller goes on (writing the features); MapJobs.result() waits for them (no event loop needed) and
cancel() stops them. A job draws exactly what renderSynchronously() would."""
import os

import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsFillSymbol, QgsGeometry,
                       QgsLineSymbol, QgsMapRendererCustomPainterJob, QgsMapSettings, QgsMarkerSymbol,
                       QgsProject, QgsRectangle, QgsSingleSymbolRenderer, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from zoning_plugin.core.dataset.model import UNIT_CLASS_COLORS
from zoning_plugin.core.renderers.detail_areas import DETAILS, detail_areas
from zoning_plugin.gui.layers import river_rule_labels
from zoning_plugin.core.resource_paths import STYLES_DIR

# (the dataset's layer, the unit class drawn or None for all, style), drawn bottom to top
ZONING_LAYERS = (("units", 3, "units_general.qml"),
                 ("units", 2, "units_key.qml"),
                 ("units", 1, "units_priority.qml"),
                 ("buffers", None, "river_buffers.qml"),
                 ("rivers", None, "rivers.qml"),
                 ("city", None, None))
# the fields each layer's style reads (labels), with their memory-provider types
LAYER_FIELDS = {"units": (("unit_code", "string"), ("unit_name", "string"), ("unit_class", "integer")),
                "buffers": (("river_name", "string"),), "rivers": (("river_name", "string"),), "city": ()}
PLAN_COLOUR = "#c2185b"
BUFFER_COLOUR = "#b2ebf2"
SIZE = QSize(900, 640)
DETAIL_SIZE = QSize(560, 420)
MAX_GROUPED = 20000     # more features than this: the overview only
HAIRLINES_FROM = 500    # more polygons than this are outlined with hairlines,
NO_OUTLINES_FROM = 30000    # and more than this (under 20 px² each on the overview) not at all
MARGIN = 0.08


def map_legend(dataset, plan_text, buffer_text):
    """[(text, colour)] of what the map shows, for the report under the map."""
    return ([(plan_text, PLAN_COLOUR)]
            + [(dataset.unit_class_name(c), UNIT_CLASS_COLORS[c]) for c in (1, 2, 3)]
            + [(buffer_text, BUFFER_COLOUR)])


def _zoning_layer(dataset, name, unit_class, style):
    """A memory layer of one of the dataset's layers as the dataset holds it in memory (its metric
    geometries, the fields its style reads), or of its units of one class. The dataset's file is
    not opened: QGIS 3.22's OGR provider opens a GeoPackage for update and on closing sets its
    journal mode back to DELETE, which rewrites the header of a dataset kept in WAL mode."""
    held = getattr(dataset, name)
    fields = LAYER_FIELDS[name]
    kind = {"rivers": "MultiLineString"}.get(name, "MultiPolygon")
    uri = f"{kind}?crs={dataset.metric_crs}" + "".join(f"&field={f}:{t}" for f, t in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for record, geometry in zip(held.records, held.metric):
        if geometry is None or geometry.is_empty:
            continue
        if unit_class is not None and dataset.class_number(record.get("unit_class")) != unit_class:
            continue
        shape = QgsGeometry()
        shape.fromWkb(shapely.to_wkb(geometry))
        shape.convertToMultiType()
        feature = QgsFeature(layer.fields())
        feature.setGeometry(shape)
        feature.setAttributes([record.get(f) for f, _type in fields])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    if style:
        layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
        if name == "rivers":
            river_rule_labels(layer)
    else:
        symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#333333",
                                             "outline_width": "0.6", "outline_style": "dash"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def _plan_layer(geometries, crs, types=None, total=None):
    """A memory layer of the analysed features (QgsGeometry list; `types`: their geometry types when
    known; `total`: the features they are a sample of, which the style is chosen for) in their CRS,
    drawn in one colour: one multi-part feature of them all (QGIS draws each part as it would a
    feature; a hundred thousand features would cost half a second to make)."""
    if types is None:
        types = [g.type() for g in geometries]
    kinds = set(types)
    kind = ("Polygon" if QgsWkbTypes.PolygonGeometry in kinds else
            "LineString" if QgsWkbTypes.LineGeometry in kinds else "Point")
    wanted = {"Polygon": QgsWkbTypes.PolygonGeometry, "LineString": QgsWkbTypes.LineGeometry,
              "Point": QgsWkbTypes.PointGeometry}[kind]
    if len(kinds) > 1:
        geometries = [g for g, t in zip(geometries, types) if t == wanted]
    collected = QgsGeometry.collectGeometry(geometries)
    layer = _memory_layer(QgsWkbTypes.displayString(collected.wkbType()), crs)
    feature = QgsFeature()
    feature.setGeometry(collected)
    if not layer.dataProvider().addFeatures([feature])[0]:     # parts the memory layer refuses together
        layer = _memory_layer(kind, crs)
        features = [QgsFeature() for _ in geometries]
        for feature, geometry in zip(features, geometries):
            feature.setGeometry(geometry)
        layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    total = len(geometries) if total is None else total
    if kind == "Polygon" and total > HAIRLINES_FROM:
        # Parcels a few pixels wide: hairlines, or none when they would cover the map, so that the
        # units' colours show through.
        outline = {"outline_style": "no"} if total > NO_OUTLINES_FROM else \
            {"outline_color": "194,24,91,150", "outline_width": "0"}
        symbol = QgsFillSymbol.createSimple({"color": "194,24,91,70", **outline})
    elif kind == "Polygon":
        symbol = QgsFillSymbol.createSimple({"color": "194,24,91,90", "outline_color": PLAN_COLOUR,
                                             "outline_width": "0.5"})
    elif kind == "LineString":
        symbol = QgsLineSymbol.createSimple({"color": PLAN_COLOUR, "width": "0.8"})
    else:
        symbol = QgsMarkerSymbol.createSimple({"color": PLAN_COLOUR, "size": "2.2", "outline_color": "#ffffff"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def _map_boxes(geometries, crs, map_crs):
    """The features' boxes in the map's CRS as shapely boxes, their corners reprojected in one
    vectorised call (QgsCoordinateTransform.transformBoundingBox takes a fifth of a millisecond per
    feature); [] when they cannot be expressed there (no detail maps then)."""
    import numpy
    from zoning_plugin.core.geo import reproject
    from zoning_plugin.toolbelt.geometry import crs_text
    corners = numpy.array([(b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum())
                           for b in (g.boundingBox() for g in geometries)], dtype=float)
    try:
        moved = reproject(shapely.box(*corners.T), crs_text(crs), map_crs)
    except Exception:       # a CRS pyproj does not know
        return []
    bounds = shapely.bounds(moved)
    if not numpy.isfinite(bounds).all():
        return []
    return shapely.box(*bounds.T)


def _memory_layer(kind, crs):
    layer = QgsVectorLayer(f"{kind}?crs={crs.authid()}" if crs.authid() else kind, "plan", "memory")
    if not crs.authid():
        layer.setCrs(crs)
    return layer


class _Render:
    """One map being drawn by QGIS on its render threads into an image of its own."""

    def __init__(self, settings):
        self.settings = settings
        self.image = QImage(settings.outputSize(), QImage.Format_ARGB32_Premultiplied)
        self.image.fill(QColor("#ffffff"))
        self.painter = QPainter(self.image)
        self.job = QgsMapRendererCustomPainterJob(settings, self.painter)
        try:
            self.job.start()
        except BaseException:
            self.painter.end()
            raise

    def finish(self):
        """(PNG bytes, scale denominator) once drawn."""
        try:
            self.job.waitForFinished()
        finally:
            self.painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        self.image.save(buffer, "PNG")
        buffer.close()
        return bytes(data), self.settings.scale()

    def cancel(self):
        if self.painter.isActive():
            try:
                self.job.cancel()       # returns once the render threads have stopped drawing
            finally:
                self.painter.end()


class MapJobs:
    """The maps of render_maps() being drawn; result() or cancel() must follow (the images are
    drawn on other threads until then)."""

    def __init__(self, renders=(), layers=()):
        self.renders, self.layers = list(renders), layers

    def result(self, is_cancelled=lambda: False):
        """[(scale denominator, PNG bytes)], as render_maps(); empty when cancelled."""
        maps = []
        try:
            for render in self.renders:
                if is_cancelled():
                    return []
                png, scale = render.finish()
                maps.append((scale, png))
            return maps
        finally:
            self.cancel()

    def cancel(self):
        """Stop what is still drawing (nothing when finished); the maps are gone."""
        renders, layers = self.renders, self.layers      # the layers outlive the drawing
        self.renders, self.layers = [], ()
        for render in renders:
            render.cancel()
        del layers


def start_maps(dataset, geometries, crs, types=None, total=None, extent=None):
    """MapJobs drawing the maps of render_maps() on QGIS's render threads while the caller goes on.
    `types`: the geometries' QgsWkbTypes geometry types when known; `total`, `extent` (minx, miny,
    maxx, maxy in `crs`): the count and extent of all features analysed when `geometries` is a sample
    of them (conformity_totals.MapSample): the overview covers them all, and no detail maps then."""
    if types is None:
        kept = [g for g in geometries if g is not None and not g.isNull() and not g.isEmpty()]
        types = [g.type() for g in kept]
    else:
        kept = geometries
    if not kept or not crs.isValid():
        return MapJobs()
    total = len(kept) if total is None else total
    plan = _plan_layer(kept, crs, types, total)
    map_crs = QgsCoordinateReferenceSystem(dataset.metric_crs)
    transform = QgsCoordinateTransform(crs, map_crs, QgsProject.instance().transformContext())
    try:
        extent = transform.transformBoundingBox(plan.extent() if extent is None else QgsRectangle(*extent))
    except Exception:       # QgsCsException: the features lie where the map's CRS cannot go
        return MapJobs()
    shapes = _map_boxes(kept, crs, dataset.metric_crs) if len(kept) == total <= MAX_GROUPED else []
    zoning = [_zoning_layer(dataset, *spec) for spec in ZONING_LAYERS]
    layers = [plan] + list(reversed(zoning))

    def settings_of(extent, size):
        detail = size != SIZE
        settings = QgsMapSettings()
        settings.setLayers(layers)
        settings.setDestinationCrs(map_crs)
        settings.setExtent(_padded(extent, size))
        settings.setOutputSize(size)
        settings.setOutputDpi(96)
        settings.setBackgroundColor(QColor("#ffffff"))
        settings.setFlag(QgsMapSettings.Antialiasing, True)
        settings.setFlag(QgsMapSettings.DrawLabeling, detail)     # unit labels on the detail maps only
        return settings

    extents = [(extent, SIZE)]
    areas = detail_areas(shapes) if len(shapes) else []
    if len(areas) > 1:
        extents += [(QgsRectangle(*area.bounds), DETAIL_SIZE) for area in areas[:DETAILS]]
    jobs = MapJobs(layers=layers)
    try:
        for extent, size in extents:
            jobs.renders.append(_Render(settings_of(extent, size)))
    except BaseException:
        jobs.cancel()
        raise
    return jobs


def render_maps(dataset, geometries, crs, is_cancelled=lambda: False):
    """[(scale denominator, PNG bytes)]: the overview of all analysed features, then, when they lie
    in separate areas far apart, a detail map of each of the largest (DETAILS at most), unit labels
    shown. `geometries`: QgsGeometry of the features in `crs` (a QgsCoordinateReferenceSystem).
    Empty when there is nothing to draw or it was cancelled."""
    if is_cancelled():
        return []
    return start_maps(dataset, geometries, crs).result(is_cancelled)


def _padded(extent, size):
    """The extent with a margin, widened to the image's aspect ratio; at least 1 km across."""
    width, height = max(extent.width(), 1000.0), max(extent.height(), 1000.0)
    width, height = width * (1 + 2 * MARGIN), height * (1 + 2 * MARGIN)
    ratio = size.width() / size.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    x, y = centre.x(), centre.y()
    return QgsRectangle(x - width / 2, y - height / 2, x + width / 2, y + height / 2)
