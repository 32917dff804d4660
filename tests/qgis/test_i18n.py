"""Translations: the zh_CN .ts is complete and up to date with the code, and the committed .qm
files are what lrelease makes of the committed .ts (i.e. nobody forgot `make translations`)."""
import importlib.util
import os
import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtWidgets import QDockWidget

import zoning_plugin

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
I18N = os.path.join(REPO, "zoning_plugin", "i18n")
ZH_TS = os.path.join(I18N, "zoning_plugin_zh_CN.ts")
ZH_QM = os.path.join(I18N, "zoning_plugin_zh_CN.qm")
EN_TS = os.path.join(I18N, "zoning_plugin_en.ts")
EN_QM = os.path.join(I18N, "zoning_plugin_en.qm")

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")   # ideographs, CJK punctuation

needs_tools = pytest.mark.skipif(not (shutil.which("pylupdate5") and shutil.which("lrelease")),
                                 reason="pylupdate5/lrelease not installed (make setup installs them)")


def _i18n_script():
    spec = importlib.util.spec_from_file_location("zoning_i18n_script", os.path.join(REPO, "scripts", "i18n.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_ts(path, with_comments=False):
    """[(context, source, translation text, translation type)] of a .ts file, plus the
    disambiguating comment when asked (one source can have two meanings: ', ')."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            row = (name, message.findtext("source"), translation.text or "", translation.get("type"))
            messages.append(row + (message.findtext("comment"),) if with_comments else row)
    return messages


def accelerators(text):
    return re.findall(r"&(?!&)(\w)", text.replace("&&", ""))


def lookup(translator, context, source, comment=None):
    # PyQt5 passes str to QTranslator.translate's const char* as ASCII: give it UTF-8 bytes.
    return translator.translate(context.encode("utf-8"), source.encode("utf-8"),
                                comment.encode("utf-8") if comment else None)


def load_translator(path):
    translator = QTranslator()
    assert translator.load(path), path
    return translator


def test_every_chinese_message_is_translated_with_the_same_placeholders():
    messages = read_ts(ZH_TS)
    assert len(messages) > 50
    problems = []
    for context, source, translation, kind in messages:
        if kind in ("unfinished", "obsolete", "vanished") or not translation.strip():
            problems.append((context, source, "not translated"))
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append((context, source, f"placeholders differ: {translation}"))
        if len(accelerators(source)) != len(accelerators(translation)):
            problems.append((context, source, f"& accelerator lost: {translation}"))
        if not CJK.search(translation) and source not in ("HTML (*.html)", "en"):   # "en": the language code
            problems.append((context, source, f"not Chinese: {translation}"))
    assert problems == []


def test_english_file_translates_every_message_to_its_source():
    zh = {(c, s) for c, s, _t, _k in read_ts(ZH_TS)}
    en = read_ts(EN_TS)
    assert {(c, s) for c, s, _t, _k in en} == zh
    assert [(c, s) for c, s, t, k in en if t != s or k is not None] == []


def test_location_paths_are_relative_and_stable():
    for path in (ZH_TS, EN_TS):
        for location in ET.parse(path).getroot().iter("location"):
            filename = location.get("filename")
            assert filename.startswith("../") and not os.path.isabs(filename), filename
            assert os.path.isfile(os.path.normpath(os.path.join(I18N, filename))), filename


@needs_tools
def test_ts_is_up_to_date_with_the_code(tmp_path):
    """A new tr() string in the code that is not in the committed .ts fails here: run
    `make translations` and translate it in zoning_plugin_zh_CN.ts."""
    script = _i18n_script()
    fresh = tmp_path / "fresh.ts"
    script.run_pylupdate([str(fresh)], cwd=REPO)
    found = {(c, s) for c, s, _t, _k in read_ts(str(fresh))}
    assert len(found) > 50
    committed = {(c, s) for c, s, _t, _k in read_ts(ZH_TS)}
    assert sorted(found - committed) == []
    assert sorted(committed - found) == [], "strings no longer in the code: run `make translations`"


@needs_tools
@pytest.mark.parametrize("ts_path, qm_path", [(ZH_TS, ZH_QM), (EN_TS, EN_QM)])
def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path, ts_path, qm_path):
    script = _i18n_script()
    fresh_qm = tmp_path / "fresh.qm"
    script.run_lrelease(ts_path, str(fresh_qm), cwd=REPO)
    committed, fresh = load_translator(qm_path), load_translator(str(fresh_qm))
    for context, source, translation, _kind, comment in read_ts(ts_path, with_comments=True):
        assert lookup(fresh, context, source, comment) == translation, (context, source)
        assert lookup(committed, context, source, comment) == translation, \
            f"{os.path.basename(qm_path)} is stale for {source!r}: run `make translations`"


def test_installed_chinese_translator_translates_plugin_and_layer_strings():
    translator = load_translator(ZH_QM)
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("ZoningPlugin", "&Ecological zoning control") == "生态环境分区管控(&E)"
        assert QCoreApplication.translate("ZoningPlugin", "Load zoning layers") == "加载管控图层"
        assert QCoreApplication.translate("@default", "Rivers") == "河流"
        assert QCoreApplication.translate("@default", "River basins") == "流域"
        assert QCoreApplication.translate("@default", "[sample data]") == "（示例数据）"
        from zoning_plugin.gui.labels import report_labels
        from zoning_plugin.gui.layers import layer_specs
        assert report_labels()["requirements"] == "适用的生态环境准入要求（{structure}）"
        assert [spec[3] for spec in layer_specs()][:2] == ["河流", "河流生态缓冲区"]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("@default", "Rivers") in ("Rivers", "河流")


@pytest.fixture
def chinese_locale(ui_locale):
    ui_locale("zh-Hans")


# Every code a Chinese QGIS reports: its own Simplified Chinese (zh-Hans, after qgis_zh-Hans.qm),
# the forms of the system locale and the plain language; none of them may leave the plugin English.
CHINESE_CODES = ["zh-Hans", "zh_Hans", "zh_CN", "zh-CN", "zh", "ZH-hans", "zh_CN.UTF-8", "zh-Hant"]
OTHER_CODES = ["en", "en_US", "en-GB", "de", "C", ""]


@pytest.mark.parametrize("code", CHINESE_CODES + OTHER_CODES)
def test_each_ui_language_code_picks_the_right_translation(ui_locale, completed_iface, code):
    ui_locale(code) if code else ui_locale(None, system="C")
    plugin = zoning_plugin.classFactory(completed_iface)
    try:
        chinese = code in CHINESE_CODES
        assert plugin.menu_name == ("生态环境分区管控(&E)" if chinese else "&Ecological zoning control")
    finally:
        plugin.unload()


@pytest.mark.parametrize("system", ["zh_CN", "zh_TW", "en_US"])
def test_plugin_follows_the_system_locale_when_qgis_does(ui_locale, completed_iface, system):
    ui_locale(None, system=system)
    plugin = zoning_plugin.classFactory(completed_iface)
    try:
        assert (plugin.menu_name == "生态环境分区管控(&E)") == system.startswith("zh")
    finally:
        plugin.unload()


def test_plugin_installs_its_chinese_translation(chinese_locale, completed_iface, iface_recorder):
    plugin = zoning_plugin.classFactory(completed_iface)
    try:
        assert plugin.translator is not None
        plugin.initGui()
        dock = completed_iface.mainWindow().findChild(QDockWidget, "ZoningInspectorDock")
        assert dock is not None
        assert dock.windowTitle() == "生态环境分区管控查询"
        menus = {name for name, _action in iface_recorder.menu_actions}
        assert menus == {"生态环境分区管控(&E)"}
        texts = {action.objectName(): action.text() for _name, action in iface_recorder.menu_actions}
        assert texts["zoning_load_layers"] == "加载管控图层"
        assert texts["zoning_inspect_tool"] == "查询：此处适用哪些管控要求？"
    finally:
        plugin.unload()
    assert plugin.translator is None
    assert QCoreApplication.translate("ZoningPlugin", "Load zoning layers") != "加载管控图层"


def test_the_output_number_and_layout_messages_of_module_functions_are_chinese(chinese_locale, completed_iface):
    """Module-level tr() (outputs, numbers, layouts) looks up the context pylupdate5 files it under."""
    from zoning_plugin.algorithms.outputs import output_message
    from zoning_plugin.algorithms.params import number_message
    from zoning_plugin.core import numbers, outputs
    plugin = zoning_plugin.classFactory(completed_iface)
    try:
        assert output_message(outputs.OutputError(outputs.IS_INPUT, "/d/a.gpkg", "/d/a.gpkg")) == \
            "输出“/d/a.gpkg”会覆盖本次运行的输入（/d/a.gpkg）：请另选文件。"
        assert number_message(numbers.NumberError(numbers.NOT_FINITE, "nan"), "MIN_AREA") == \
            "MIN_AREA：“nan”不是有限数值。"
    finally:
        plugin.unload()


def test_every_translation_context_named_in_the_code_is_in_the_ts():
    """A translate("Context", …) whose context pylupdate5 never files strings under is never found."""
    contexts = set(re.findall(r"<name>(.*?)</name>", open(ZH_TS, encoding="utf-8").read()))
    named = set()
    for root, _dirs, names in os.walk(os.path.join(REPO, "zoning_plugin")):
        for name in names:
            if name.endswith(".py"):
                text = open(os.path.join(root, name), encoding="utf-8").read()
                named |= set(re.findall(r'QCoreApplication\.translate\("([^"]+)"', text))
    assert named - contexts == set()


def test_the_conformity_help_gives_the_mean_width_rule_in_both_languages(ui_locale, completed_iface):
    """docs/overlay-rules.md §3: a piece of an overlap under 0.1 m of mean width is a boundary artefact."""
    from zoning_plugin.algorithms.conformity import ConformityAlgorithm
    ui_locale("en")
    english = ConformityAlgorithm().shortHelpString()
    assert "mean width" in english and "under 0.1 m" in english and "half its perimeter" in english
    ui_locale("zh-Hans")
    plugin = zoning_plugin.classFactory(completed_iface)
    try:
        chinese = ConformityAlgorithm().shortHelpString()
        assert "平均宽度（面积除以半周长）小于 0.1 m" in chinese and "边界伪影" in chinese
    finally:
        plugin.unload()
