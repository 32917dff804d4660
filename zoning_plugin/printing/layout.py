"""The site report's print layout: loaded from resources/layouts/site_report.qpt, its items found
by id and filled, its HTML frames flowed over as many pages as the text needs, the running head
and foot copied onto every page. Knows nothing of zoning: site_report.py says what goes where."""
import math
import os
import re

from qgis.core import (QgsCoordinateTransform, QgsLayoutExporter,
                       QgsLayoutFrame, QgsLayoutItemHtml, QgsLayoutItemLabel, QgsLayoutPoint,
                       QgsLayoutSize, QgsLegendStyle, QgsPrintLayout, QgsReadWriteContext, QgsRectangle,
                       QgsPalLayerSettings, QgsRuleBasedLabeling, QgsTextFormat, QgsUnitTypes,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QFile, QIODevice, QPointF
from qgis.PyQt.QtGui import QFont, QFontDatabase, QRawFont
from qgis.PyQt.QtXml import QDomDocument

from zoning_plugin.compat import layouts_draw_html, pdf_export_settings, with_family
from zoning_plugin.toolbelt.i18n import tr
from zoning_plugin.printing.text_frame import replace_html_frames

TEMPLATE_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                             "resources", "layouts", "site_report.qpt")
# CJK families in order of preference. WenQuanYi Micro Hei first: with Noto CJK, Qt's PDF writer
# maps some ideographs to their Kangxi radical code points (生 → ⽣), so text copied from the PDF
# would not match the official text.
CJK_FAMILIES = ("WenQuanYi Micro Hei", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
                "PingFang SC", "SimHei", "SimSun")
EVERY_PAGE = ("header", "generated", "notice", "footer")
TEXT_AREA_ITEM = "requirements"   # its frame's rectangle is the text area of pages 2+
NICE_SCALES = (500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000, 100000, 200000, 250000,
               500000, 1000000, 2000000)
GRID_STEPS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0)   # degrees
MM = QgsUnitTypes.LayoutMillimeters
MAX_PAGES = 500
# A flowed text does not end with a scrap on a page of its own (the last table row, a line): the
# page before gives up enough of its text that the last page holds at least this much (two rows
# of the EIA table with their sources).
MIN_LAST_PAGE_MM = 40.0


def cjk_families():
    """The CJK families installed, in order of preference (HTML falls back along the list for a
    character the first lacks, such as WenQuanYi's missing Ⅴ)."""
    installed = set(QFontDatabase().families())
    return [family for family in CJK_FAMILIES if family in installed]


class GlyphFallback:
    """QtWebKit draws a character whose glyph is empty in the first font as a blank instead of
    falling back along font-family (WenQuanYi Micro Hei has empty glyphs for Ⅴ and ℃, both in
    official text): such characters are wrapped in a span of the next family that draws them."""

    def __init__(self, families):
        self.fonts = [(family, QRawFont.fromFont(QFont(family))) for family in families]
        self.cache = {}

    @staticmethod
    def _draws(raw, character):
        glyphs = raw.glyphIndexesForString(character)
        return bool(glyphs) and glyphs[0] != 0 and not raw.pathForGlyph(glyphs[0]).isEmpty()

    def family_for(self, character):
        """None when the first family draws `character`, else the family to use."""
        if character not in self.cache:
            found = None
            if ord(character) > 127 and not character.isspace() and self.fonts \
                    and not self._draws(self.fonts[0][1], character):
                found = next((family for family, raw in self.fonts[1:] if self._draws(raw, character)), None)
            self.cache[character] = found
        return self.cache[character]

    def apply(self, html):
        if len(self.fonts) < 2:
            return html
        out = []
        for part in re.split(r"(<[^>]*>)", html):
            if part.startswith("<"):
                out.append(part)
                continue
            for character in part:
                family = self.family_for(character)
                out.append(f"<span style=\"font-family:'{family}'\">{character}</span>" if family else character)
        return "".join(out)


def nice_scale(scale):
    return next((s for s in NICE_SCALES if s >= scale), scale)


def grid_step(width_degrees, lines=5):
    return next((s for s in GRID_STEPS if width_degrees / s <= lines), GRID_STEPS[-1])


class ReportLayout:
    """One print layout made from the template, in `project` (never the user's project)."""

    def __init__(self, project, template=TEMPLATE_PATH):
        self.layout = QgsPrintLayout(project)
        document = QDomDocument()
        handle = QFile(template)
        if not handle.open(QIODevice.ReadOnly) or not document.setContent(handle):
            raise OSError(f"cannot read the layout template {template}")
        handle.close()
        _items, ok = self.layout.loadFromTemplate(document, QgsReadWriteContext())
        if not ok:
            raise OSError(f"cannot load the layout template {template}")
        # where QGIS draws no HTML, the same HTML drawn by Qt (kept here: Python owns their methods)
        self.text_frames = [] if layouts_draw_html() else replace_html_frames(self.layout)
        self.families = cjk_families()
        self.family = self.families[0] if self.families else ""   # '': the template's fonts stay
        self.fallback = GlyphFallback(self.families)

    def item(self, item_id):
        item = self.layout.itemById(item_id)
        if item is None:
            raise KeyError(f"the layout template has no item “{item_id}”")
        return item

    def set_text(self, item_id, text):
        self.item(item_id).setText(text)

    def remove(self, item_id):
        item = self.layout.itemById(item_id)
        if isinstance(item, QgsLayoutFrame):
            self.layout.removeMultiFrame(item.multiFrame())
        elif item is not None:
            self.layout.removeLayoutItem(item)

    # -- fonts ---------------------------------------------------------------------------------
    def _font(self, font):
        if self.family:
            font = with_family(QFont(font), self.family)
        return font

    def _format(self, fmt):
        fmt = QgsTextFormat(fmt)
        fmt.setFont(self._font(fmt.font()))
        return fmt

    def apply_fonts(self, legend_id="legend", scalebar_id="scalebar", map_id="map"):
        """The CJK family on every label, the legend, the scale bar and the grid annotations."""
        if not self.family:
            return
        for item in self.layout.items():
            if isinstance(item, QgsLayoutItemLabel):
                item.setFont(self._font(item.font()))
        legend = self.item(legend_id)
        for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                      QgsLegendStyle.SymbolLabel):
            legend.setStyleFont(style, self._font(legend.style(style).font()))
        scalebar = self.item(scalebar_id)
        scalebar.setTextFormat(self._format(scalebar.textFormat()))
        for grid in self.item(map_id).grids().asList():
            grid.setAnnotationTextFormat(self._format(grid.annotationTextFormat()))

    def apply_map_label_fonts(self):
        """The CJK family on the labels of the map layers (of the report's own project), once they
        are styled, before the export: a PDF keeps map labels as text (compat.pdf_export_settings),
        and in Noto CJK Qt would write Kangxi radicals (⽣ for 生) into the text layer."""
        if not self.family:
            return
        for layer in self.layout.project().mapLayers().values():
            labeling = layer.labeling() if hasattr(layer, "labeling") else None
            if labeling is not None:
                layer.setLabeling(self._relabelled(labeling.clone()))

    def _relabelled(self, labeling):
        if isinstance(labeling, QgsVectorLayerSimpleLabeling):
            settings = labeling.settings()
            settings.setFormat(self._format(settings.format()))
            labeling.setSettings(QgsPalLayerSettings(settings))
        elif isinstance(labeling, QgsRuleBasedLabeling):
            for rule in labeling.rootRule().descendants():
                if rule.settings() is not None:
                    settings = QgsPalLayerSettings(rule.settings())
                    settings.setFormat(self._format(settings.format()))
                    rule.setSettings(settings)
        return labeling

    # -- map -------------------------------------------------------------------------------------
    def frame_map(self, map_item, bounds, crs, margin=0.25, minimum_m=1200.0):
        """Show `bounds` (QgsRectangle in `crs`) in `map_item` with a margin, at a round scale."""
        map_crs = map_item.crs()
        rect = QgsCoordinateTransform(crs, map_crs, self.layout.project()).transformBoundingBox(bounds)
        grow_x = max(rect.width() * margin, (minimum_m - rect.width()) / 2, 0)
        grow_y = max(rect.height() * margin, (minimum_m - rect.height()) / 2, 0)
        rect = QgsRectangle(rect.xMinimum() - grow_x, rect.yMinimum() - grow_y,
                            rect.xMaximum() + grow_x, rect.yMaximum() + grow_y)
        map_item.zoomToExtent(rect)
        map_item.setScale(nice_scale(map_item.scale()))

    def set_grid(self, map_item, grid_crs):
        """Grid lines every round number of degrees of `grid_crs`, about four across the map."""
        grids = map_item.grids().asList()
        if not grids:
            return
        extent = QgsCoordinateTransform(map_item.crs(), grid_crs, self.layout.project()) \
            .transformBoundingBox(map_item.extent())
        step = grid_step(max(extent.width(), extent.height()))
        for grid in grids:
            grid.setCrs(grid_crs)
            grid.setIntervalX(step)
            grid.setIntervalY(step)
            grid.setAnnotationPrecision(max(0, -int(math.floor(math.log10(step)))))

    # -- text flow -------------------------------------------------------------------------------
    def _page(self, index):
        pages = self.layout.pageCollection()
        while pages.pageCount() <= index:
            pages.extendByNewPage()
        return pages.page(index)

    def _place(self, frame, rect, page):
        self._page(page)
        frame.attemptResize(QgsLayoutSize(rect.width(), rect.height(), MM))
        frame.attemptMove(QgsLayoutPoint(rect.x(), rect.y(), MM), page=page)

    def page_rect(self, item_id):
        """(page index, page-relative rectangle in mm) of an item of the template."""
        item = self.item(item_id)
        position = self.layout.pageCollection().positionOnPage(item.pos())
        rect = item.rect()
        rect.moveTo(position)
        return item.page(), rect

    def flow(self, item_id, html, first_page, text_area, is_cancelled=None, min_last_mm=MIN_LAST_PAGE_MM):
        """Put `html` in the multiframe whose first frame is `item_id`, starting on `first_page` at
        the template's position, continuing in `text_area` on as many following pages as it needs;
        the last page holds at least `min_last_mm` of it (or all of it when shorter). Returns the
        index of the last page used, or None when cancelled."""
        _page, first_rect = self.page_rect(item_id)
        first = self.item(item_id)
        multiframe = first.multiFrame()
        # through the layout: QgsLayoutMultiFrame.removeFrame(i) also drops frame i + 1 from its
        # list (3.22 and 3.40), leaving it on its page, and the next index() lookup fails
        for frame in list(multiframe.frames())[1:]:
            self.layout.removeLayoutItem(frame)
        self._place(first, first_rect, first_page)
        multiframe.setHtml(html)
        multiframe.loadHtml()
        multiframe.recalculateFrameSizes()
        total = multiframe.totalSize().height()
        page = first_page
        while multiframe.frames()[-1].extent().bottom() < total - 0.5:
            if (is_cancelled and is_cancelled()) or page - first_page > MAX_PAGES:
                return None
            page += 1
            frame = QgsLayoutFrame(self.layout, multiframe)
            frame.setFrameEnabled(False)
            self._place(frame, text_area, page)
            multiframe.addFrame(frame)
            multiframe.recalculateFrameSizes()
        self._keep_with_last(multiframe, total, min_last_mm)
        return page

    @staticmethod
    def _keep_with_last(multiframe, total, min_last_mm):
        """Shorten the last but one frame so that the last one holds at least `min_last_mm` (the
        smart page break then finds a gap between lines above the new bottom)."""
        frames = multiframe.frames()
        if len(frames) < 2:
            return
        short = min_last_mm - (total - frames[-1].extent().top())
        previous = frames[-2]
        if short <= 0 or previous.rect().height() - short < min_last_mm:
            return
        previous.attemptResize(QgsLayoutSize(previous.rect().width(), previous.rect().height() - short, MM))
        multiframe.recalculateFrameSizes()

    def set_html_defaults(self):
        for multiframe in self.layout.multiFrames():
            if isinstance(multiframe, QgsLayoutItemHtml):
                multiframe.setContentMode(QgsLayoutItemHtml.ManualHtml)
                multiframe.setEvaluateExpressions(False)

    def trim_pages(self, last_page):
        pages = self.layout.pageCollection()
        while pages.pageCount() > last_page + 1:
            pages.deletePage(pages.pageCount() - 1)

    def repeat_on_every_page(self, item_ids=EVERY_PAGE):
        """Copies of the template's head and foot items on every page after the first."""
        document = QDomDocument()
        parent = document.createElement("LayoutItemClipboard")
        context = QgsReadWriteContext()
        for item_id in item_ids:
            item = self.layout.itemById(item_id)
            if item is not None:
                item.writeXml(parent, document, context)
        document.appendChild(parent)
        pages = self.layout.pageCollection()
        for index in range(1, pages.pageCount()):
            origin = pages.page(index).pos()
            self.layout.addItemsFromXml(parent, document, context, QPointF(origin.x() + 1, origin.y() + 1),
                                        True)

    # -- output ----------------------------------------------------------------------------------
    def export_pdf(self, path):
        """Writes the PDF to `path`; (ok, None or why not, in the user's language)."""
        self.apply_map_label_fonts()
        exporter = QgsLayoutExporter(self.layout)
        status = exporter.exportToPdf(path, pdf_export_settings())
        if status == QgsLayoutExporter.Success:
            return True, None
        reasons = {QgsLayoutExporter.FileError: tr("the file cannot be created"),
                   QgsLayoutExporter.MemoryError: tr("not enough memory"),
                   QgsLayoutExporter.PrintError: tr("the PDF writer failed")}
        return False, reasons.get(status, tr("the PDF writer failed ({0})").format(int(status)))

    @property
    def page_count(self):
        return self.layout.pageCollection().pageCount()
