"""The QML styles in zoning_plugin/resources/styles/ and gui.styles.apply_label_scale."""
import os
import shutil
import subprocess
import sys

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsRectangle,
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
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor

from generated_files import committing_version, style_summary
from zoning_plugin.core import SAMPLE_DATASET_PATH, open_dataset
from zoning_plugin.gui.layers import STYLES_DIR, layer_specs, style_for_dataset
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


def test_the_main_river_of_the_dataset_is_thicker_and_rivers_are_labelled_along_the_line():
    layer = styled("rivers.qml")
    assert "东辽河" not in open(os.path.join(STYLES_DIR, "rivers.qml"), encoding="utf-8").read()
    style_for_dataset(layer, "rivers", open_dataset())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    main = [r for r in rules if not r.isElse()]
    other = [r for r in rules if r.isElse()]
    assert [(r.filterExpression(), r.label()) for r in main] == [("\"river_name\" = '东辽河'", "东辽河")]
    assert main[0].symbol().width() > other[0].symbol().width()
    assert layer.labelsEnabled()
    assert layer.labeling().settings().fieldName == "river_name"


def test_river_buffers_are_hatched_when_zoomed_in_and_a_solid_band_at_district_scales():
    layer = styled("river_buffers.qml")
    rules = layer.renderer().rootRule().children()
    detail = [r for r in rules if r.minimumScale() and not r.maximumScale()]
    overview = [r for r in rules if r.maximumScale() and not r.minimumScale()]
    assert len(detail) == 1 and len(overview) == 1
    assert detail[0].minimumScale() == overview[0].maximumScale()   # no scale shows neither
    kinds = [detail[0].symbol().symbolLayer(i) for i in range(detail[0].symbol().symbolLayerCount())]
    assert any(isinstance(sl, QgsLinePatternFillSymbolLayer) for sl in kinds)
    fill = overview[0].symbol().symbolLayer(0)
    assert fill.brushStyle() == Qt.SolidPattern and fill.fillColor().alpha() > 200


def _render(layers, crs, centre, scale, size=600):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(size, size))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("white"))
    half = size / 96 * 0.0254 * scale / 2
    settings.setExtent(QgsRectangle(centre.x - half, centre.y - half, centre.x + half, centre.y + half))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings.mapToPixel()


@pytest.mark.parametrize("scale", [25000, 50000, 100000])
def test_buffers_stand_out_from_the_key_unit_fill_at_district_scales(sample_copy, scale):
    """Rendered as a user sees the map: along each river's centre line inside a 重点管控 unit the
    buffer's colour must differ clearly from the unit's own fill a few hundred metres away."""
    import shapely
    from zoning_plugin.core import open_dataset
    from zoning_plugin.core.geo import METRIC_CRS
    dataset = open_dataset()
    key_units = shapely.union_all([g for r, g in zip(dataset.units.records, dataset.units.metric)
                                   if int(r["unit_class"]) == 2])
    all_buffers = shapely.union_all(dataset.buffers.metric)
    layers = []
    for style, table, subset in (("river_buffers.qml", "river_buffers", ""),
                                 ("units_key.qml", "control_units", "unit_class = 2")):
        uri = f"{sample_copy}|layername={table}" + (f"|subset={subset}" if subset else "")
        layer = QgsVectorLayer(uri, table, "ogr")
        layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
        layer.setLabelsEnabled(False)
        layers.append(layer)
    crs = QgsCoordinateReferenceSystem(METRIC_CRS)
    contrasts = []
    buffered = {r["river_name"] for r in dataset.buffers.records}
    for name, river in dataset.river_lines().items():
        if name not in buffered:
            continue
        inside = shapely.intersection(river, shapely.buffer(key_units, -400))
        if inside.is_empty or inside.length < 2000:
            continue
        centre = shapely.line_interpolate_point(shapely.line_merge(inside) if inside.geom_type
                                                == "MultiLineString" else inside, 0.5, normalized=True)
        if centre.geom_type != "Point":
            continue
        image, to_pixel = _render(layers, crs, centre, scale)
        ring = shapely.difference(shapely.buffer(centre, 350).exterior, shapely.buffer(all_buffers, 60))
        aside = shapely.line_interpolate_point(ring, 0.3, normalized=True) if not ring.is_empty else None
        if aside is None or not key_units.contains(aside):
            continue
        on = image.pixelColor(*[int(v) for v in to_pixel.transform(centre.x, centre.y)][:2])
        off = image.pixelColor(*[int(v) for v in to_pixel.transform(aside.x, aside.y)][:2])
        contrasts.append(sum((a - b) ** 2 for a, b in zip(on.getRgb()[:3], off.getRgb()[:3])) ** 0.5)
    assert len(contrasts) >= 2
    assert min(contrasts) > 80, contrasts


def test_counties_dashed_no_fill_labelled():
    layer = styled("counties.qml")
    fill = layer.renderer().symbol().symbolLayer(0)
    assert fill.brushStyle() == Qt.NoBrush
    assert fill.strokeStyle() == Qt.DashLine
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "name"


def test_basins_categorized_by_the_basin_ids_of_the_dataset():
    layer = styled("basins.qml")
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    style_for_dataset(layer, "basins", open_dataset())
    renderer = layer.renderer()
    assert renderer.classAttribute() == "basin_id"
    values = {c.value(): (c.label(), c.symbol().symbolLayer(0).strokeColor().name()) for c in renderer.categories()}
    assert set(values) == {"liao", "songhua"}
    assert values["liao"][0] == "辽河流域" and values["liao"][1] != values["songhua"][1]
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "basin_name"


def test_committed_styles_match_the_generator(tmp_path):
    """The shipped QML are exactly what scripts/make_styles.py writes (as `make styles` runs it)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "make_styles.py"), str(tmp_path)],
                   cwd=REPO, env=env, check=True, capture_output=True, timeout=120)
    fresh = sorted(os.listdir(tmp_path))
    assert set(SPECS) <= set(fresh)
    for name in fresh:
        committed = os.path.join(STYLES_DIR, name)
        if committing_version():   # byte for byte where they are made (generated_files.py)
            with open(tmp_path / name, "rb") as a, open(committed, "rb") as b:
                assert a.read() == b.read(), f"{name} is stale: run `make styles`"
        else:                      # elsewhere, what this QGIS reads from them
            table = SPECS[name][1]
            assert style_summary(committed, memory_layer(table)) == \
                style_summary(tmp_path / name, memory_layer(table)), f"{name} is stale: run `make styles`"


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
    style_for_dataset(layer, key, open_dataset())
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
