#!/usr/bin/env python3
"""Generate the atlas print layout of the field inspection package,
zoning_plugin/resources/layouts/field_package.qpt. A sibling of make_layouts.py, whose helpers it uses.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_field_layout.py [OUTPUT.qpt]

The plugin (zoning_plugin/printing/field_package.py) loads the template, gives its atlas a coverage
layer with one feature per inspection site and fills the items by id for each site as the atlas
moves on (A4 portrait, millimetres):

  page 1   header, generated, notice, title, subtitle, map (with north_arrow), scalebar, legend,
           locator (inset of the whole city), site_text (the site's attributes, screening, units,
           buffers, then the full text of the requirements; it flows onto as many pages as needed,
           in the text area of page 2)
  page 2   checklist: the first frame of the checklist, from a page of its own; signoff (lines for
           the notes, the conclusion, signatures and date), placed below the checklist's end, or
           on a new page when it does not fit there: it is never split
header, generated, notice and footer are copied onto every page of a site. A user may edit the .qpt
in QGIS's layout designer as long as the ids stay.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"   # stable XML attribute order, so regenerated files do not churn

from make_layouts import (  # noqa: E402 (after the platform default)
    CHINA, REPO, STORAGE_CRS, TEXT_AREA, html_frame, legend_item, place, report_page, run,
    text_format,
)
from qgis.core import (  # noqa: E402
    QgsCoordinateReferenceSystem, QgsFillSymbol, QgsLayoutItemMap, QgsLayoutItemMapItem,
    QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor  # noqa: E402

DEFAULT_OUTPUT = os.path.join(REPO, "zoning_plugin", "resources", "layouts", "field_package.qpt")


def build(project):
    layout, main_map = report_page(project, "field_package", 2)
    place(main_map, 10, 33, 124, 100)
    main_map.zoomToExtent(CHINA)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath("arrows/NorthArrow_02.svg")
    arrow.setLinkedMap(main_map)
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(arrow)
    place(arrow, 12, 35, 7, 10.5)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main_map)
    scalebar.setUnits(QgsUnitTypes.DistanceMeters)
    scalebar.setTextFormat(text_format(7))
    scalebar.setHeight(2)
    layout.addLayoutItem(scalebar)
    place(scalebar, 10, 134.5, 70, 9)

    legend = legend_item(layout, main_map)
    place(legend, 138, 33, 62, 66)

    locator = QgsLayoutItemMap(layout)
    locator.setId("locator")
    locator.setFrameEnabled(True)
    locator.setFrameStrokeColor(QColor("#333333"))
    locator.setCrs(QgsCoordinateReferenceSystem(STORAGE_CRS))
    layout.addLayoutItem(locator)
    place(locator, 138, 101, 62, 32)
    locator.zoomToExtent(CHINA)
    overview = locator.overview()
    overview.setLinkedMap(main_map)
    overview.setFrameSymbol(QgsFillSymbol.createSimple(
        {"color": "208,0,0,90", "outline_color": "#d00000", "outline_width": "0.5"}))
    overview.setStackingPosition(QgsLayoutItemMapItem.StackAboveMapLabels)

    html_frame(layout, "site_text", 10, 146, 190, 137, 0)
    html_frame(layout, "checklist", *TEXT_AREA, 1)
    html_frame(layout, "signoff", 10, 200, 190, 80, 1)   # placed below the checklist, never split

    atlas = layout.atlas()
    atlas.setEnabled(True)   # the plugin gives it its coverage layer, one feature per site
    atlas.setPageNameExpression('"site_name"')
    atlas.setFilenameExpression("'site_' || \"site_no\"")
    return layout


if __name__ == "__main__":
    run(build, DEFAULT_OUTPUT)
