"""Another place in QGIS: the 朝阳市-like dataset of tests/unit/another_city.py (invented test data)
as the plugin's dataset. The layer names, the panel after an inspection as a user makes it,
the exported HTML, the conformity report and the site report's PDF show its names and never 辽源's."""
import os
import shutil
import sys

import pytest
import shapely
from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingFeedback, QgsProject, QgsRuleBasedRenderer
from qgis.PyQt.QtWidgets import QAction

UNIT_TESTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit")
sys.path.insert(0, UNIT_TESTS)
from another_city import CLASS_RULE_TEXT, CODES, EPSG, X0, Y0, assert_no_liaoyuan, build_another_city  # noqa: E402

from test_panel import inspect_parcel, plugin, save_dialog_answers, show_panel  # noqa: E402,F401
from test_site_report import flat, page_texts, site_layer, zoning_provider  # noqa: E402,F401
from zoning_plugin.core.geo import reproject  # noqa: E402
from zoning_plugin.gui.layers import GROUP_PROPERTY, LAYER_PROPERTY  # noqa: E402
from zoning_plugin.toolbelt.settings import ZoningSettings  # noqa: E402
from zoning_plugin.toolbelt.geometry import to_qgs  # noqa: E402

# Across units A (优先保护单元) and B (环境综合管控单元), in 大凌河流域, beside 大凌河 and in the built-up area.
PARCEL = shapely.box(X0 + 800, Y0 + 250, X0 + 1300, Y0 + 600)


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    return build_another_city(tmp_path_factory.mktemp("chaoyang"))


@pytest.fixture()
def chosen(path):
    """The plugin's dataset set to the other city's, as the settings dialog would."""
    saved = ZoningSettings.load()
    ZoningSettings(dataset_path=path).save()
    yield path
    saved.save()


def parcel_layer():
    return site_layer(PARCEL, crs=f"EPSG:{EPSG}")


def test_the_layers_are_named_and_styled_after_the_dataset(plugin, chosen, completed_iface):
    completed_iface.mainWindow().findChild(QAction, "zoning_load_layers").trigger()
    [group] = [g for g in QgsProject.instance().layerTreeRoot().findGroups(True) if g.customProperty(GROUP_PROPERTY)]
    layers = {n.layer().customProperty(LAYER_PROPERTY): n.layer() for n in group.findLayers()}
    assert [layers[k].name() for k in ("units_1", "units_2", "units_3")] == \
        ["Priority protection units", "环境综合管控单元", "General control units"]   # a class of its own: its name
    assert group.name().startswith("朝阳市生态环境分区管控")
    assert layers["units_2"].featureCount() == 2
    assert layers["units_2"].renderer().symbol().color().name() == "#e65100"
    rules = layers["rivers"].renderer().rootRule().children()
    assert isinstance(layers["rivers"].renderer(), QgsRuleBasedRenderer)
    assert [(r.filterExpression(), r.label()) for r in rules if not r.isElse()] == [("\"river_name\" = '大凌河'", "大凌河")]
    basins = layers["basins"].renderer()
    assert isinstance(basins, QgsCategorizedSymbolRenderer)
    assert [(c.value(), c.label()) for c in basins.categories()] == [("LH02", "大凌河流域"), ("LH01", "小凌河流域")]
    for layer in layers.values():
        assert_no_liaoyuan(layer.name())


def test_the_panel_and_its_exported_html_show_the_citys_lists(plugin, chosen, completed_iface, tmp_path,
                                                               monkeypatch):
    show_panel(plugin)
    result = inspect_parcel(plugin, geometry=to_qgs(reproject(PARCEL, f"EPSG:{EPSG}", "EPSG:4490")))
    assert [u["code"] for u in result.units] == [CODES[1], CODES[0]]
    page = plugin.dock.browser.toPlainText()
    for text in ("1 朝阳市总体管控要求", "2 大凌河流域", f"6 {CODES[0]}", "环境综合管控单元", "大凌河",
                 "1+2+6", CLASS_RULE_TEXT, "优先保护单元"):
        assert text in page, text
    assert_no_liaoyuan(page)
    save_dialog_answers(monkeypatch, str(tmp_path / "report.html"))
    completed_iface.mainWindow().findChild(QAction, "zoning_export_html").trigger()
    exported = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "朝阳市生态环境分区管控" in exported and "2 大凌河流域" in exported
    assert_no_liaoyuan(exported)


def test_the_conformity_report_shows_the_citys_levels(zoning_provider, path, tmp_path):
    from qgis import processing
    result = processing.run("zoning:conformity", {"INPUT": parcel_layer(), "DATASET": path, "OUTPUT": "memory:",
                                                  "OUTPUT_UNITS": "memory:",
                                                  "OUTPUT_HTML": str(tmp_path / "conformity.html")},
                            feedback=QgsProcessingFeedback())
    page = (tmp_path / "conformity.html").read_text(encoding="utf-8")
    for text in ("朝阳市", "大凌河流域", "环境综合管控单元", CODES[0], CODES[1], CLASS_RULE_TEXT):
        assert text in page, text
    assert_no_liaoyuan(page)
    rows = [(f["单元编码"], f["类别名称"]) for f in result["OUTPUT_UNITS"].getFeatures()]
    assert rows == [(CODES[1], "环境综合管控单元"), (CODES[0], "优先保护单元")]


def test_the_site_report_pdf_shows_the_citys_names(zoning_provider, path, tmp_path):
    from qgis import processing
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils missing (make setup)")
    result = processing.run("zoning:site_report", {"INPUT": parcel_layer(), "DATASET": path,
                                                   "OUTPUT_PDF": str(tmp_path / "site.pdf")},
                            feedback=QgsProcessingFeedback())
    text = flat("".join(page_texts(result["OUTPUT_PDF"])))
    for expected in ("朝阳市总体管控要求", "大凌河流域", "环境综合管控单元", CODES[0], "1+2+6"):
        assert flat(expected) in text, expected
    assert_no_liaoyuan(text)
