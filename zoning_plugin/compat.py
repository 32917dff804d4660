"""Where the QGIS API differs between the versions the plugin runs on (3.22 and 3.40 LTR are tested):
the one place that knows, so the rest of the code never asks which QGIS it runs in."""
import importlib

from qgis.core import Qgis, QgsLayoutExporter, QgsPalLayerSettings

# The enum of a label's placement (OverPoint, Curved, Horizontal …): Qgis.LabelPlacement from 3.26,
# QgsPalLayerSettings's own before; in 3.40 QgsPalLayerSettings.OverPoint is another enum's member.
LabelPlacement = getattr(Qgis, "LabelPlacement", QgsPalLayerSettings)


def locator_user_data(result):
    """The data a QgsLocatorResult was made with: 3.22 has getUserData() (its `userData` member
    may lose Python objects); 3.40 dropped it and made `userData` the getter."""
    getter = getattr(result, "getUserData", None)
    return getter() if callable(getter) else result.userData


def pdf_export_settings():
    """The settings of every PDF the plugin writes from a print layout. Text stays text: embedded
    fonts, searchable and copyable, Chinese included. The default (in 3.22 as in 3.40) is
    AlwaysOutlines; 3.22 drew layout labels as text anyway, 3.40 draws them through QgsTextRenderer,
    which obeys the setting and wrote every glyph as a path."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.exportMetadata = True
    settings.dpi = 300
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    return settings


def layouts_draw_html():
    """Whether this QGIS draws a print layout's HTML frames (QgsLayoutItemHtml). It draws them with
    QtWebKit, which Debian 13's QGIS 3.40 and every Qt 6 build lack: there they draw nothing. QGIS
    says it nowhere in its API; a QGIS built with QtWebKit has Qt's WebKit bindings beside it
    (its own qgis.gui needs them), so their presence answers."""
    try:
        importlib.import_module("qgis.PyQt.QtWebKitWidgets")
    except ImportError:
        return False
    return True


def with_family(font, family):
    """`font` (changed) in `family` alone. Qt 5.13+ draws the first of QFont.families() that it has,
    before family(): a QGIS 3.40 text format read from a style keeps its family there."""
    font.setFamily(family)
    if hasattr(font, "setFamilies"):   # Qt 5.13+
        font.setFamilies([family])
    return font
