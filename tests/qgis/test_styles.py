"""The QML styles in zoning_plugin/resources/styles/ and gui.styles.apply_label_scale."""
import os
import shutil
import subprocess
import sys

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsLinePatternFillSymbolLayer,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt

from zoning_plugin.core import SAMPLE_DATASET_PATH
from zoning_plugin.gui.layers import STYLES_DIR, layer_specs
from zoning_plugin.gui.styles import apply_label_scale, label_scale

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

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
GEOMETRY = {"rivers": "MultiLineString"}   # every other layer is MultiPolygon

UNIT_FILLS = {  # style: (fill #rrggbb, fill alpha)
    "units_priority.qml": ("#4caf50", 153),
    "units_key.qml": ("#f4511e", 153),
    "units_general.qml": ("#f9f3b4", 153),
}
SPECS = {spec[4]: spec for spec in layer_specs()}


def memory_layer(table):
    geometry = GEOMETRY.get(table, "MultiPolygon")
    fields = "&".join(f"field={f}" for f in FIELDS[table])
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4490&{fields}", table, "memory")
    assert layer.isValid()
    return layer


def styled(style):
    table = SPECS[style][1]
    layer = memory_layer(table)
    message, ok = layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
    assert ok, message
    return layer


def test_layer_specs_name_every_generated_style():
    assert set(UNIT_FILLS) <= set(SPECS)
    assert {"rivers.qml", "river_buffers.qml", "counties.qml", "basins.qml",
            "built_up_area.qml"} <= set(SPECS)


@pytest.mark.parametrize("style", sorted(SPECS))
def test_style_exists_and_loads_on_right_geometry(style):
    path = os.path.join(STYLES_DIR, style)
    assert os.path.isfile(path), f"{style} missing: run `make styles`"
    layer = styled(style)
    renderer = layer.renderer()
    assert renderer is not None
    symbols = renderer.symbols(QgsRenderContext())
    assert symbols
    if SPECS[style][1] == "rivers":
        expected, symbol_type = QgsWkbTypes.LineGeometry, QgsSymbol.Line
    else:
        expected, symbol_type = QgsWkbTypes.PolygonGeometry, QgsSymbol.Fill
    assert layer.geometryType() == expected
    assert all(s.type() == symbol_type for s in symbols)
    text = open(path, encoding="utf-8").read()
    assert "/work/" not in text and os.path.expanduser("~") + "/" not in text


@pytest.mark.parametrize("style", sorted(UNIT_FILLS))
def test_unit_fill_colours(style):
    layer = styled(style)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleSymbolRenderer)
    fill = renderer.symbol().symbolLayer(0)
    colour, alpha = UNIT_FILLS[style]
    assert fill.fillColor().name() == colour
    assert fill.fillColor().alpha() == alpha
    assert fill.brushStyle() == Qt.SolidPattern
    assert fill.strokeColor().alpha() == 255


@pytest.mark.parametrize("style", sorted(UNIT_FILLS))
def test_unit_labels_enabled_with_scale_visibility(style):
    layer = styled(style)
    assert layer.labelsEnabled()
    labeling = layer.labeling()
    assert isinstance(labeling, QgsVectorLayerSimpleLabeling)
    settings = labeling.settings()
    assert settings.scaleVisibility
    assert settings.minimumScale == 100000      # hidden when zoomed out beyond 1:100000
    assert settings.maximumScale == 0
    assert "unit_name" in settings.fieldName and "unit_code" in settings.fieldName
    fmt = settings.format()
    assert fmt.font().family() == "Noto Sans CJK SC"
    assert fmt.buffer().enabled() and fmt.buffer().color().name() == "#ffffff"
    assert not layer.hasScaleBasedVisibility()  # the polygons themselves show at every scale


def test_apply_label_scale_changes_the_threshold():
    layer = styled("units_key.qml")
    assert label_scale(layer) == 100000
    assert apply_label_scale(layer, 50000)
    settings = layer.labeling().settings()
    assert settings.scaleVisibility
    assert settings.minimumScale == 50000 and settings.maximumScale == 0
    assert label_scale(layer) == 50000
    # the rest of the labeling is kept
    assert settings.format().font().family() == "Noto Sans CJK SC"
    assert "unit_name" in settings.fieldName
    assert layer.labelsEnabled()
    assert apply_label_scale(layer, 0)
    assert not layer.labeling().settings().scaleVisibility
    assert label_scale(layer) == 0


def test_apply_label_scale_without_labeling():
    layer = memory_layer("control_units")
    layer.setLabeling(None)
    assert apply_label_scale(layer, 50000) is False


def test_rivers_east_liao_is_thicker_and_labelled_along_the_line():
    layer = styled("rivers.qml")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    main = [r for r in rules if "东辽河" in r.filterExpression()]
    other = [r for r in rules if r.isElse()]
    assert main and other
    assert main[0].symbol().width() > other[0].symbol().width()
    assert layer.labelsEnabled()
    assert layer.labeling().settings().fieldName == "river_name"


def test_river_buffers_are_hatched_blue_with_outline():
    layer = styled("river_buffers.qml")
    symbol = layer.renderer().symbol()
    kinds = [symbol.symbolLayer(i) for i in range(symbol.symbolLayerCount())]
    hatch = [sl for sl in kinds if isinstance(sl, QgsLinePatternFillSymbolLayer)]
    assert hatch
    colour = hatch[0].subSymbol().color()
    assert colour.blue() > colour.red() and colour.blue() > colour.green()
    outlines = [sl for sl in kinds if sl.layerType() == "SimpleFill"]
    assert outlines and outlines[0].strokeColor().blue() > outlines[0].strokeColor().red()


def test_counties_dashed_no_fill_labelled():
    layer = styled("counties.qml")
    fill = layer.renderer().symbol().symbolLayer(0)
    assert fill.brushStyle() == Qt.NoBrush
    assert fill.strokeStyle() == Qt.DashLine
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "name"


def test_basins_categorized_by_basin_id():
    layer = styled("basins.qml")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "basin_id"
    values = {c.value(): c.symbol().symbolLayer(0).strokeColor().name()
              for c in renderer.categories()}
    assert set(values) == {"liao", "songhua"}
    assert values["liao"] != values["songhua"]
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "basin_name"


def test_committed_styles_match_the_generator(tmp_path):
    """The shipped QML are exactly what scripts/make_styles.py writes (as `make styles` runs it)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "make_styles.py"), str(tmp_path)],
                   cwd=REPO, env=env, check=True, capture_output=True, timeout=120)
    fresh = sorted(os.listdir(tmp_path))
    assert set(SPECS) <= set(fresh)
    for name in fresh:
        with open(tmp_path / name, "rb") as a, open(os.path.join(STYLES_DIR, name), "rb") as b:
            assert a.read() == b.read(), f"{name} is stale: run `make styles`"


@pytest.fixture(scope="module")
def sample_copy(tmp_path_factory):
    """A copy of the sample GeoPackage, so opening it in QGIS cannot touch the repository's file."""
    if not os.path.isfile(SAMPLE_DATASET_PATH):
        pytest.skip("sample dataset not built")
    path = tmp_path_factory.mktemp("sample") / "liaoyuan_sample.gpkg"
    shutil.copyfile(SAMPLE_DATASET_PATH, path)
    return str(path)


@pytest.mark.parametrize("spec", layer_specs(), ids=[s[0] for s in layer_specs()])
def test_styles_load_on_the_sample_dataset(spec, sample_copy):
    key, table, subset, _name, style, _visible = spec
    uri = f"{sample_copy}|layername={table}" + (f"|subset={subset}" if subset else "")
    layer = QgsVectorLayer(uri, key, "ogr")
    assert layer.isValid()
    assert layer.featureCount() > 0
    message, ok = layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
    assert ok, message
    names = set(layer.fields().names())
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        assert renderer.classAttribute() in names
        index = layer.fields().indexOf(renderer.classAttribute())
        values = {str(v) for v in layer.uniqueValues(index)}
        assert values <= {c.value() for c in renderer.categories()}
    if layer.labelsEnabled():
        settings = layer.labeling().settings()
        referenced = QgsExpression(settings.fieldName).referencedColumns() \
            if settings.isExpression else {settings.fieldName}
        assert set(referenced) <= names
