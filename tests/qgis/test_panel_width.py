"""Issue 17 §5: the panel as it opens in QGIS's right dock area, in English and Chinese: at its
default width the toolbar fits (no » overflow), the "inspect the point only" switch is on screen
at any width, the go-to placeholder is not cut and unit codes never break in two."""
import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QToolButton, QWidget

import zoning_plugin
from test_panel import inspect_parcel, on_one_line, text_position
from zoning_plugin.gui.dock import DEFAULT_WIDTH

@pytest.fixture(params=["en", "zh-Hans"])
def docked(request, completed_iface):
    """The plugin in QGIS's UI language (English, or QGIS's own 简体中文), its panel opened as QGIS
    opens it: docked right in a shown main window beside the map."""
    settings = QgsSettings()
    language = settings.value("locale/userLocale", "", type=str)
    settings.setValue("locale/userLocale", request.param)
    QgsProject.instance().clear()
    main = completed_iface.mainWindow()
    central = None
    if main.centralWidget() is None:        # QGIS's map canvas: the docks get what they ask for
        central = QWidget()
        main.setCentralWidget(central)
    main.resize(1400, 900)
    main.show()
    instance = zoning_plugin.classFactory(completed_iface)
    instance.initGui()
    instance.dock.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    yield instance
    instance.unload()
    main.hide()
    if central is not None:
        main.takeCentralWidget().deleteLater()
    settings.setValue("locale/userLocale", language)
    QgsProject.instance().clear()


def overflow_shown(toolbar):
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return extension is not None and extension.isVisible()


def test_the_panel_opens_wide_enough_for_its_toolbar_and_the_point_switch_is_on_screen(docked):
    dock = docked.dock
    assert dock.width() >= DEFAULT_WIDTH - 10, dock.width()
    assert not overflow_shown(dock.toolbar)
    for action in dock.toolbar.actions():
        if not action.isSeparator():
            assert dock.toolbar.widgetForAction(action).isVisible(), action.objectName()
    button = dock.point_button
    assert button.isVisible() and button.text() == dock.point_action.text()
    assert dock.rect().contains(button.geometry().translated(dock.widget().pos()))
    # the switch is the user's: a real click toggles the tool's point mode
    before = docked.tool.point_mode
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert docked.tool.point_mode is not before
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert docked.tool.point_mode is before


def test_the_go_to_placeholder_fits(docked):
    edit = docked.dock.goto_edit
    room = edit.width() - 2 * 4 - 24          # the frame and the clear button
    assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room, (edit.placeholderText(), room)


def test_a_narrow_panel_keeps_the_switch_and_unit_codes_whole(docked):
    dock = docked.dock
    dock.setFloating(True)
    dock.resize(300, 900)
    QCoreApplication.processEvents()
    assert dock.point_button.isVisible()
    result = inspect_parcel(docked)
    QCoreApplication.processEvents()
    document = dock.browser.document()
    for unit in result.units:
        assert on_one_line(document, text_position(document, unit["code"])), unit["code"]
