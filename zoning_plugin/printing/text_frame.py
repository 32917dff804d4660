"""The reports' HTML text where QGIS cannot draw HTML: a multiframe drawing the same HTML with Qt's
QTextDocument. A QGIS built without QtWebKit (Debian 13's 3.40; every Qt 6 build) draws a
QgsLayoutItemHtml as nothing, and the PDF pages after the map would be blank. QTextDocument knows less
CSS than WebKit (the tables are plainer) but writes the text as text, with its fonts embedded.

It answers the calls ReportLayout and the field package make of a QgsLayoutItemHtml (setHtml,
loadHtml, totalSize, frames …), so the flow over pages is QGIS's own; `replace_html_frames` puts one
in place of each HTML multiframe of a layout loaded from a template, frames, ids and all."""
import re

from qgis.core import (QgsLayoutFrame, QgsLayoutItemHtml, QgsLayoutItemRegistry, QgsLayoutMultiFrame,
                       QgsLayoutPoint, QgsLayoutSize)
from qgis.PyQt.QtCore import QRectF, QSizeF
from qgis.PyQt.QtGui import QImage, QTextDocument

# The document is laid out for a device of the PDF's resolution (compat.pdf_export_settings), so
# its fonts are measured as they are drawn there.
LAYOUT_DPI = 300
PX_PER_MM = LAYOUT_DPI / 25.4
# The reports' cell padding (core/renderers/site.py PRINT_CSS: 2pt 3pt), which Qt's HTML reader does
# not take from the CSS (it reads px only), as the tables' cellpadding (one figure: 3pt all round);
# without it the columns run into each other. Set in the HTML: when cell formats change after the
# document is read, Qt lays out the blocks below a table wrongly and does not draw some of them.
CELL_PADDING_PX = 3 / 72 * LAYOUT_DPI
TABLE_TAG = re.compile(r"<table(?=[\s>])", re.IGNORECASE)
TEXT_FRAME_TYPE = QgsLayoutItemRegistry.PluginItem + 4611
# How far a page break may move up to spare a line: a row whose cells' lines interleave all the way
# up would otherwise end the frame at the row's top, and a row taller than a page would never fit.
MAX_BREAK_MOVE_MM = 12.0
CLIP_INSET_DOTS = 0.5      # how far inside a frame's edges its text is clipped (1/600 inch)


def _device():
    image = QImage(1, 1, QImage.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


class TextDocumentFrame(QgsLayoutMultiFrame):
    def __init__(self, layout):
        super().__init__(layout)
        self._html = ""
        self._device = _device()   # kept: the document's layout measures on it
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(self._device)
        self.document.setDocumentMargin(0)

    # -- QgsLayoutMultiFrame -----------------------------------------------------------------------
    def type(self):
        return TEXT_FRAME_TYPE

    def displayName(self):  # noqa: N802 (QGIS API)
        return "HTML"

    def totalSize(self):  # noqa: N802 (QGIS API)
        self._set_width()
        return QSizeF(self._width_mm(), self.document.size().height() / PX_PER_MM)

    def render(self, context, render_extent, _frame_index):
        painter = context.renderContext().painter()
        if painter is None:
            return
        painter.save()
        try:
            scale = context.renderContext().scaleFactor() / PX_PER_MM   # the painter counts dots
            painter.scale(scale, scale)
            top = render_extent.top() * PX_PER_MM
            painter.translate(-render_extent.left() * PX_PER_MM, -top)
            # Qt draws (and the PDF then holds, clipped) every line that touches the clip: a line
            # starting at this frame's bottom, or ending at its top, belongs to the next or the
            # previous frame, so the clip stops just short of both edges.
            self.document.drawContents(painter, QRectF(render_extent.left() * PX_PER_MM, top + CLIP_INSET_DOTS,
                                                       render_extent.width() * PX_PER_MM,
                                                       render_extent.height() * PX_PER_MM - 2 * CLIP_INSET_DOTS))
        finally:
            painter.restore()

    def findNearbyPageBreak(self, y_mm):  # noqa: N802 (QGIS API)
        """A frame ends above every text line that would be cut. Moving the break above a cut line
        of one cell can cut a line of the cell beside it (columns of other line heights), so it
        moves up until no line straddles it; a line cut there would be drawn, clipped, on both
        pages (and its text read twice from the PDF)."""
        y = y_mm * PX_PER_MM
        highest = y - MAX_BREAK_MOVE_MM * PX_PER_MM
        tops = self._line_spans()
        while True:
            cut = [top for top, bottom in tops if top < y - 0.01 and y < bottom - 0.01]
            if not cut:
                return y / PX_PER_MM
            y = min(cut)
            if y < highest:     # the cells' lines interleave all the way up a tall row: cut it here
                return y_mm

    def _line_spans(self):
        """(top, bottom) in dots of every text line of the document, table cells included."""
        spans = []
        layout = self.document.documentLayout()
        block = self.document.begin()
        while block.isValid():
            origin = layout.blockBoundingRect(block).topLeft()
            text_layout = block.layout()
            for index in range(text_layout.lineCount()):
                line = text_layout.lineAt(index)
                top = origin.y() + line.y()
                spans.append((top, top + line.height()))
            block = block.next()
        return spans

    # -- what ReportLayout calls on a QgsLayoutItemHtml ---------------------------------------------
    def setHtml(self, html):  # noqa: N802 (QgsLayoutItemHtml's name)
        self._html = html

    def html(self):
        return self._html

    def loadHtml(self, *_args):  # noqa: N802 (QgsLayoutItemHtml's name)
        self.document.setHtml(TABLE_TAG.sub(f"<table cellpadding='{CELL_PADDING_PX:.0f}'", self._html))
        self._set_width()
        self.recalculateFrameSizes()

    def setContentMode(self, _mode):  # noqa: N802 (QgsLayoutItemHtml's name): always given HTML
        pass

    def setEvaluateExpressions(self, _evaluate):  # noqa: N802 (QgsLayoutItemHtml's name): none in it
        pass

    # -- helpers -------------------------------------------------------------------------------------
    def _width_mm(self):
        frames = self.frames()
        return max((frame.rect().width() for frame in frames), default=0.0)

    def _set_width(self):
        width = self._width_mm() * PX_PER_MM
        if width > 0 and abs(self.document.textWidth() - width) > 0.01:
            self.document.setTextWidth(width)


def replace_html_frames(layout):
    """Each QgsLayoutItemHtml of `layout` replaced by a TextDocumentFrame with the same frames
    (position, size, id, outline); the new multiframes, which the caller keeps alive."""
    made = []
    for old in [m for m in layout.multiFrames() if isinstance(m, QgsLayoutItemHtml)]:
        new = TextDocumentFrame(layout)
        new.setResizeMode(old.resizeMode())
        frames = list(old.frames())
        for frame in frames:
            copy = QgsLayoutFrame(layout, new)
            copy.attemptResize(QgsLayoutSize(frame.sizeWithUnits()))
            copy.attemptMove(QgsLayoutPoint(frame.positionWithUnits()))
            copy.setFrameEnabled(frame.frameEnabled())
            copy.setFrameStrokeWidth(frame.frameStrokeWidth())
            copy.setFrameStrokeColor(frame.frameStrokeColor())
            copy.setBackgroundEnabled(frame.hasBackground())
            copy.setHideBackgroundIfEmpty(frame.hideBackgroundIfEmpty())
            item_id = frame.id()
            layout.removeLayoutItem(frame)
            copy.setId(item_id)
            new.addFrame(copy)
        layout.removeMultiFrame(old)
        layout.addMultiFrame(new)
        made.append(new)
    return made
