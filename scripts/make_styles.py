#!/usr/bin/env python3
"""Generate the QML layer styles in zoning_plugin/resources/styles/ with the PyQGIS API.

Run with the project venv (it imports qgis), headless:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_styles.py [OUTPUT_DIR]

or `make styles`. Each style is built on a memory layer that has the dataset layer's fields and
geometry type (see DESIGN.md, "The zoning dataset"), then saved with `saveNamedStyle()` (symbology
and labeling categories only) and normalised so the files are identical on every machine.

Unit labels (units_*.qml) are shown only at scales larger than 1:100000; that threshold lives in
the labeling settings (`QgsPalLayerSettings.minimumScale`, i.e. the most zoomed-out scale
denominator; the QML stores it in `<rendering scaleVisibility="1" scaleMax="100000">`). The plugin
overrides it after loading with `zoning_plugin.gui.styles.apply_label_scale(layer, scale)`.
"""
import os
import re
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"   # stable XML attribute order, so regenerated files do not churn

from qgis.core import (  # noqa: E402 (after the platform default)
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
from zoning_plugin.compat import LabelPlacement  # noqa: E402 (the repository on the path first)

DEFAULT_OUTPUT = os.path.join(REPO, "zoning_plugin", "resources", "styles")

LABEL_FONT = "Noto Sans CJK SC"   # has the CJK glyphs; Qt falls back to another font if missing
UNIT_LABEL_SCALE = 100000         # unit labels only at scales larger than 1:100000

# Field definitions of the dataset layers (memory-layer URI syntax).
FIELDS = {
    "control_units": ["unit_code:string", "unit_name:string", "unit_class:integer",
                      "class_name:string", "county_code:string", "county_name:string",
                      "subtype:string", "sample:integer"],
    "basins": ["basin_id:string", "basin_name:string"],
    "rivers": ["river_name:string", "basin_id:string", "buffer_m:double"],
    "river_buffers": ["river_name:string", "basin_id:string", "buffer_m:double"],
    "counties": ["code:string", "name:string"],
    "built_up_area": ["code:string", "name:string"],
}

# Unit classes: (fill colour, fill opacity 0..255, outline colour).
UNIT_COLOURS = {
    "units_priority.qml": ("#4caf50", 153, "#2e7d32"),   # 1 优先保护: green, 60 %
    "units_key.qml": ("#f4511e", 153, "#bf360c"),        # 2 重点管控: orange-red, 60 %
    "units_general.qml": ("#f9f3b4", 153, "#b5a642"),    # 3 一般管控: pale yellow, 60 %
}
RIVER_BLUE = "#1565c0"
BUFFER_BLUE = "#1e88e5"
BUFFER_CYAN = "#00bcd4"     # contrasts with the green, orange and yellow unit fills and blue rivers
BUFFER_DARK = "#006064"
BUFFER_PALE = "#b2ebf2"
BUFFER_DETAIL_SCALE = 25000
BUFFER_OVERVIEW_OUTLINE_MM = 0.8
# Basin colours in the order of a dataset's basins (basins.seq): zoning_plugin/gui/layers.py makes
# one category per basin of the dataset from these, in turn.
BASIN_COLOURS = ("#8e24aa", "#00897b", "#ef6c00", "#3949ab")
# The main river's rule matches nothing here: gui/layers.py sets its filter to the dataset's main
# river (dataset_meta.river_buffer_rule.main_river), or drops it when the dataset names none.
MAIN_RIVER_FILTER = "FALSE"


def memory_layer(geometry, table):
    fields = "&".join(f"field={f}" for f in FIELDS[table])
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4490&{fields}", table, "memory")
    if not layer.isValid():
        raise RuntimeError(f"cannot create memory layer for {table}")
    return layer


def colour(hex_code, alpha=255):
    c = QColor(hex_code)
    c.setAlpha(alpha)
    return c


def text_format(size=9.0, colour_hex="#212121", buffer_mm=1.0, bold=False, italic=False):
    fmt = QgsTextFormat()
    font = QFont(LABEL_FONT)
    font.setBold(bold)
    font.setItalic(italic)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(colour_hex))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(buffer_mm)
    buf.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buf.setColor(QColor("#ffffff"))
    buf.setOpacity(0.9)
    fmt.setBuffer(buf)
    return fmt


def set_labels(layer, expression, fmt, placement, max_scale_denominator=None, is_expression=True,
               **extra):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = is_expression
    settings.setFormat(fmt)
    settings.placement = placement
    settings.multilineAlign = QgsPalLayerSettings.MultiCenter
    if max_scale_denominator:
        settings.scaleVisibility = True
        settings.minimumScale = float(max_scale_denominator)   # most zoomed-out scale shown
        settings.maximumScale = 0.0                            # no limit zooming in
    for attribute, value in extra.items():
        setattr(settings, attribute, value)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def simple_fill(fill, outline, outline_width=0.26, brush=Qt.SolidPattern, pen=Qt.SolidLine):
    sl = QgsSimpleFillSymbolLayer()
    sl.setFillColor(fill)
    sl.setBrushStyle(brush)
    sl.setStrokeColor(outline)
    sl.setStrokeWidth(outline_width)
    sl.setStrokeWidthUnit(QgsUnitTypes.RenderMillimeters)
    sl.setStrokeStyle(pen)
    sl.setPenJoinStyle(Qt.RoundJoin)
    return sl


def fill_symbol(*symbol_layers):
    symbol = QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    for sl in symbol_layers:
        symbol.appendSymbolLayer(sl)
    return symbol


def line_symbol(hex_code, width_mm):
    sl = QgsSimpleLineSymbolLayer(QColor(hex_code), width_mm)
    sl.setWidthUnit(QgsUnitTypes.RenderMillimeters)
    sl.setPenCapStyle(Qt.RoundCap)
    sl.setPenJoinStyle(Qt.RoundJoin)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, sl)
    return symbol


def hatch(hex_code, alpha=255, angle=45.0, distance_mm=1.5, width_mm=0.2):
    sl = QgsLinePatternFillSymbolLayer()
    sl.setLineAngle(angle)
    sl.setDistance(distance_mm)
    sl.setDistanceUnit(QgsUnitTypes.RenderMillimeters)
    sl.setSubSymbol(line_symbol(hex_code, width_mm))
    sl.subSymbol().setColor(colour(hex_code, alpha))
    sl.setColor(colour(hex_code, alpha))
    return sl


# --- the styles ---------------------------------------------------------------------------

def unit_style(style_name):
    fill, alpha, outline = UNIT_COLOURS[style_name]
    layer = memory_layer("MultiPolygon", "control_units")
    symbol = fill_symbol(simple_fill(colour(fill, alpha), QColor(outline), 0.3))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    set_labels(layer, "concat(\"unit_name\", '\\n', \"unit_code\")",
               text_format(8.5, "#212121", 0.8), LabelPlacement.OverPoint, UNIT_LABEL_SCALE,
               centroidInside=True)
    return layer


def river_buffers_style():
    """Hatched strips with a light fill when zoomed in; zoomed out (district scales, where a 30 m
    strip is about a millimetre wide over the orange 重点管控 fill) a solid cyan band with a broad
    outline, so the buffers stay visible against every unit colour."""
    layer = memory_layer("MultiPolygon", "river_buffers")
    detail = fill_symbol(simple_fill(colour(BUFFER_PALE, 200), QColor(BUFFER_DARK), 0.3),
                         hatch(BUFFER_DARK, 220, 45.0, 1.2, 0.2))
    overview = fill_symbol(simple_fill(colour(BUFFER_CYAN, 230), colour(BUFFER_CYAN, 230),
                                       BUFFER_OVERVIEW_OUTLINE_MM),
                           simple_fill(QColor(0, 0, 0, 0), QColor(BUFFER_DARK), 0.15, brush=Qt.NoBrush))
    root = QgsRuleBasedRenderer.Rule(None)
    # Rule(symbol, maximumScale = most zoomed in, minimumScale = most zoomed out), denominators.
    # No rule labels: a legend then shows the layer's (translated) name beside the one symbol in
    # use, not a scale range in one language.
    root.appendChild(QgsRuleBasedRenderer.Rule(detail, 0, BUFFER_DETAIL_SCALE))
    root.appendChild(QgsRuleBasedRenderer.Rule(overview, BUFFER_DETAIL_SCALE, 0))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return layer


def rivers_style():
    layer = memory_layer("MultiLineString", "rivers")
    root = QgsRuleBasedRenderer.Rule(None)
    main = QgsRuleBasedRenderer.Rule(line_symbol(RIVER_BLUE, 1.0), 0, 0, MAIN_RIVER_FILTER, "主要河流")
    other = QgsRuleBasedRenderer.Rule(line_symbol(BUFFER_BLUE, 0.45), 0, 0, "", "其他河流")
    other.setIsElse(True)
    root.appendChild(main)
    root.appendChild(other)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    set_labels(layer, "river_name", text_format(9.0, RIVER_BLUE, 0.8, italic=True),
               LabelPlacement.Curved, is_expression=False,
               placementFlags=QgsPalLayerSettings.OnLine, repeatDistance=60.0,
               repeatDistanceUnit=QgsUnitTypes.RenderMillimeters)
    return layer


def counties_style():
    layer = memory_layer("MultiPolygon", "counties")
    symbol = fill_symbol(simple_fill(QColor(0, 0, 0, 0), QColor("#424242"), 0.5,
                                     brush=Qt.NoBrush, pen=Qt.DashLine))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    set_labels(layer, "name", text_format(11.0, "#424242", 1.0, bold=True),
               LabelPlacement.Horizontal, is_expression=False)
    return layer


def basins_style():
    layer = memory_layer("MultiPolygon", "basins")
    categories = []
    for number, hex_code in enumerate(BASIN_COLOURS, 1):
        symbol = fill_symbol(simple_fill(colour(hex_code, 20), QColor(hex_code), 0.8))
        categories.append(QgsRendererCategory(f"basin_{number}", symbol, f"流域 {number}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("basin_id", categories))
    set_labels(layer, "basin_name", text_format(12.0, "#4a148c", 1.0, bold=True),
               LabelPlacement.Horizontal, is_expression=False)
    return layer


def built_up_area_style():
    layer = memory_layer("MultiPolygon", "built_up_area")
    symbol = fill_symbol(simple_fill(colour("#9e9e9e", 90), QColor("#616161"), 0.3),
                         hatch("#757575", 160, 135.0, 2.0, 0.15))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


STYLES = {
    "units_priority.qml": lambda: unit_style("units_priority.qml"),
    "units_key.qml": lambda: unit_style("units_key.qml"),
    "units_general.qml": lambda: unit_style("units_general.qml"),
    "river_buffers.qml": river_buffers_style,
    "rivers.qml": rivers_style,
    "counties.qml": counties_style,
    "basins.qml": basins_style,
    "built_up_area.qml": built_up_area_style,
}


def normalise(path):
    """Drop what differs between machines or runs: home/repo paths, random rule keys."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace(REPO, ".").replace(os.path.expanduser("~"), "~")
    # Rule keys are fresh UUIDs on every run; number them instead so regeneration is stable.
    keys = {}
    text = re.sub(r'key="(\{[0-9a-fA-F-]{36}\})"',
                  lambda m: 'key="{%s}"' % keys.setdefault(
                      m.group(1), f"00000000-0000-0000-0000-{len(keys) + 1:012d}"), text)
    text = text.rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(output_dir=DEFAULT_OUTPUT):
    os.makedirs(output_dir, exist_ok=True)
    categories = QgsMapLayer.StyleCategories(QgsMapLayer.Symbology | QgsMapLayer.Labeling)
    written = []
    for name, build in STYLES.items():
        layer = build()
        path = os.path.join(output_dir, name)
        message, ok = layer.saveNamedStyle(path, categories)
        if not ok:
            raise RuntimeError(f"cannot save {path}: {message}")
        normalise(path)
        written.append(path)
    return written


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    try:
        for p in main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUTPUT):
            print(os.path.relpath(p))
    finally:
        app.exitQgis()
