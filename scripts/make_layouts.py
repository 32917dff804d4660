#!/usr/bin/env python3
"""Generate the print layout template of the site report, zoning_plugin/resources/layouts/site_report.qpt.

Run with the project venv (it imports qgis), headless:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_layouts.py [OUTPUT.qpt]

The template fixes where everything sits and how it looks (A4 portrait, millimetres); the plugin
(zoning_plugin/printing/layout.py) loads it with QgsPrintLayout.loadFromTemplate, finds the items
by id, fills them for one site and flows the HTML frames over as many pages as the text needs:

  page 1   header, generated, notice, title, subtitle, map (with north_arrow and a coordinate
           grid), locator (inset of the whole city), legend, scalebar, overlap_table, footer
  page 2   requirements: the first frame of the "1+2+61" text; its rectangle is the text area
           of every following page
  page 3   eia: the first frame of the chapter 三线一单符合性分析
header, generated, notice and footer are copied onto every page. A user may edit the .qpt in
QGIS's layout designer as long as the ids stay.
"""
import os
import re
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"   # stable XML attribute order, so regenerated files do not churn

from qgis.core import (  # noqa: E402 (after the platform default)
    QgsApplication, QgsCoordinateReferenceSystem, QgsFillSymbol, QgsLayoutFrame, QgsLayoutItemHtml,
    QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemMapGrid,
    QgsLayoutItemMapItem, QgsLayoutItemPage, QgsLayoutItemPicture, QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame, QgsLayoutPoint, QgsLayoutSize, QgsLegendStyle, QgsPrintLayout, QgsProject,
    QgsReadWriteContext, QgsRectangle, QgsTextFormat, QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(REPO, "zoning_plugin", "resources", "layouts", "site_report.qpt")

FONT = "WenQuanYi Micro Hei"   # the plugin swaps in the first CJK family the machine has
MM = QgsUnitTypes.LayoutMillimeters
STORAGE_CRS = "EPSG:4490"   # CGCS2000, as the dataset stores it
CHINA = QgsRectangle(73, 18, 135, 54)   # a start extent; the plugin frames the site
TEXT_AREA = (10, 17, 190, 266)   # x, y, width, height of the text on pages 2+ (footer at 287)


def font(size, bold=False):
    f = QFont(FONT)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def place(item, x, y, w, h, page=0):
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)


def label(layout, item_id, x, y, w, h, size, bold=False, color="#1a1a1a", align=Qt.AlignLeft):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(item_id)
    item.setFont(font(size, bold))
    item.setFontColor(QColor(color))
    item.setHAlign(align)
    item.setVAlign(Qt.AlignVCenter)
    item.setMarginX(0)
    item.setMarginY(0)
    layout.addLayoutItem(item)
    place(item, x, y, w, h)
    return item


def html_frame(layout, item_id, x, y, w, h, page):
    html = QgsLayoutItemHtml(layout)
    html.setContentMode(QgsLayoutItemHtml.ManualHtml)
    html.setEvaluateExpressions(False)
    html.setUseSmartBreaks(True)
    html.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    frame = QgsLayoutFrame(layout, html)
    frame.setId(item_id)
    frame.setFrameEnabled(False)
    html.addFrame(frame)
    layout.addMultiFrame(html)
    place(frame, x, y, w, h, page)
    return html


def text_format(size):
    fmt = QgsTextFormat()
    fmt.setFont(font(size))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    return fmt


def legend_item(layout, main_map):
    """The legend of `main_map`, added to `layout` in the reports' fonts (placed by the caller)."""
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("legend")
    legend.setLinkedMap(main_map)
    legend.setResizeToContents(False)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.5)
    legend.setWrapString("\n")
    for style, size, bold in ((QgsLegendStyle.Title, 9, True), (QgsLegendStyle.Group, 7.5, True),
                              (QgsLegendStyle.Subgroup, 7, True), (QgsLegendStyle.SymbolLabel, 7, False)):
        legend.setStyleFont(style, font(size, bold))
    layout.addLayoutItem(legend)
    return legend


def report_page(project, name, page_count):
    """An A4 portrait layout with the head, the notice, the foot, the title lines and the main map
    every report of the plugin has (their places are the same, so the reports look alike)."""
    layout = QgsPrintLayout(project)
    layout.setName(name)
    pages = layout.pageCollection()
    for _ in range(page_count):
        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Portrait)
        pages.addPage(page)

    label(layout, "header", 10, 5, 140, 5, 7.5, color="#555555")
    label(layout, "generated", 150, 5, 50, 5, 7.5, color="#555555", align=Qt.AlignRight)
    label(layout, "notice", 10, 10, 190, 4.5, 7.5, bold=True, color="#b00020")
    label(layout, "footer", 10, 287, 190, 5, 8, color="#555555", align=Qt.AlignHCenter)
    label(layout, "title", 10, 16, 190, 9, 15, bold=True, color="#1f3b5c")
    label(layout, "subtitle", 10, 25.5, 190, 5, 9)

    main_map = QgsLayoutItemMap(layout)
    main_map.setId("map")
    main_map.setFrameEnabled(True)
    main_map.setFrameStrokeColor(QColor("#333333"))
    main_map.setCrs(QgsCoordinateReferenceSystem(STORAGE_CRS))   # the plugin sets the dataset's metric CRS
    layout.addLayoutItem(main_map)
    return layout, main_map


def build(project):
    layout, main_map = report_page(project, "site_report", 3)
    place(main_map, 10, 36, 130, 119)   # room above for the subtitle and the grid's labels
    main_map.zoomToExtent(CHINA)
    grid = QgsLayoutItemMapGrid("grid", main_map)
    grid.setCrs(QgsCoordinateReferenceSystem(STORAGE_CRS))
    grid.setStyle(QgsLayoutItemMapGrid.FrameAnnotationsOnly)   # nothing drawn over the unit labels
    grid.setFrameStyle(QgsLayoutItemMapGrid.Zebra)
    grid.setFrameWidth(1.2)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.DecimalWithSuffix)
    grid.setAnnotationPrecision(3)
    grid.setAnnotationTextFormat(text_format(6))
    grid.setAnnotationDirection(QgsLayoutItemMapGrid.Vertical, QgsLayoutItemMapGrid.Left)
    for side in (QgsLayoutItemMapGrid.Right, QgsLayoutItemMapGrid.Bottom):   # room for the scale bar
        grid.setAnnotationDisplay(QgsLayoutItemMapGrid.HideAll, side)
    main_map.grids().addGrid(grid)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath("arrows/NorthArrow_02.svg")
    arrow.setLinkedMap(main_map)
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(arrow)
    place(arrow, 13, 39, 8, 12)

    locator = QgsLayoutItemMap(layout)
    locator.setId("locator")
    locator.setFrameEnabled(True)
    locator.setFrameStrokeColor(QColor("#333333"))
    locator.setCrs(QgsCoordinateReferenceSystem(STORAGE_CRS))
    layout.addLayoutItem(locator)
    place(locator, 144, 36, 56, 48)
    locator.zoomToExtent(CHINA)
    overview = locator.overview()
    overview.setLinkedMap(main_map)
    overview.setFrameSymbol(QgsFillSymbol.createSimple(
        {"color": "208,0,0,90", "outline_color": "#d00000", "outline_width": "0.5"}))
    overview.setStackingPosition(QgsLayoutItemMapItem.StackAboveMapLabels)   # over the county names

    legend = legend_item(layout, main_map)
    place(legend, 144, 87, 56, 68)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main_map)
    scalebar.setUnits(QgsUnitTypes.DistanceMeters)
    scalebar.setTextFormat(text_format(7))
    scalebar.setHeight(2)
    layout.addLayoutItem(scalebar)
    place(scalebar, 10, 157, 70, 10)

    html_frame(layout, "overlap_table", 10, 169, 190, 114, 0)
    html_frame(layout, "requirements", *TEXT_AREA, 1)
    html_frame(layout, "eia", *TEXT_AREA, 2)
    return layout


def normalise(path):
    """Numbered uuids instead of random ones, so a regenerated template does not churn."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    ids = {}
    text = re.sub(r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}",
                  lambda m: ids.setdefault(m.group(0), "{00000000-0000-0000-0000-%012d}" % (len(ids) + 1)),
                  text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.rstrip() + "\n")


def write_template(build_layout, output):
    """Build a layout with `build_layout(project)` and save it as a normalised .qpt at `output`."""
    os.makedirs(os.path.dirname(output), exist_ok=True)
    layout = build_layout(QgsProject())
    if not layout.saveAsTemplate(output, QgsReadWriteContext()):
        raise RuntimeError(f"cannot save {output}")
    normalise(output)
    return output


def run(build_layout, default_output):
    """The command line of a layout script: [OUTPUT], inside a headless QgsApplication."""
    app = QgsApplication([], False)
    app.initQgis()
    try:
        output = sys.argv[1] if len(sys.argv) > 1 else default_output
        print(os.path.relpath(write_template(build_layout, output)))
    finally:
        app.exitQgis()


if __name__ == "__main__":
    run(build, DEFAULT_OUTPUT)
