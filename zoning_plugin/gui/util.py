"""Small GUI helpers: guarded slots, geometry and CRS conversion between QGIS and core."""
import functools
import traceback

import shapely
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsGeometry, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication

from zoning_plugin.core import messages
from zoning_plugin.core.errors import ZoningError


def tr(message, disambiguation=None):
    """Translation for module-level strings: pylupdate5 files bare tr() calls under @default."""
    return QCoreApplication.translate("@default", message, disambiguation)


def ui_language():
    """'zh' while the plugin's Chinese translation is installed, else 'en': the language of tr()."""
    return tr("en", "the code of the language of this translation: zh or en")


# The core words its messages in the language tr() speaks (core/messages.py), asked per message.
messages.set_language_source(ui_language)


def log_tag():
    """The plugin's name on the message bar and the log tab, in the UI language."""
    return tr("Ecological zoning control")


def storage_crs():
    """CGCS2000 geographic, the dataset's storage CRS."""
    return QgsCoordinateReferenceSystem("EPSG:4490")


def log(message, level=Qgis.Info):
    QgsMessageLog.logMessage(message, log_tag(), level)


def guarded(method):
    """Slots never let an exception reach Qt: log it and tell the user on the message bar.

    The owner provides `report_error(message)`."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as error:  # a slot must not raise into the Qt event loop
            if not isinstance(error, ZoningError):   # bad input or data says it all in one line
                log(traceback.format_exc(), Qgis.Critical)
            try:
                self.report_error(str(error) or error.__class__.__name__)
            except Exception:
                log("report_error failed: " + traceback.format_exc(), Qgis.Critical)
        return None
    return wrapper


def to_shapely(geometry):
    """QgsGeometry → shapely geometry (through WKB, no coordinate copying by hand)."""
    return shapely.from_wkb(bytes(geometry.asWkb()))


def to_qgs(geometry):
    """shapely geometry → QgsGeometry, through WKB (WKT text is slow for large polygons)."""
    qgs = QgsGeometry()
    qgs.fromWkb(shapely.to_wkb(geometry))
    return qgs


def crs_text(crs):
    """A CRS string that pyproj understands, from a QgsCoordinateReferenceSystem."""
    if not crs.isValid():
        return ""
    authid = crs.authid()
    if authid and not authid.upper().startswith("USER:"):   # USER:n ids live in QGIS's own db only
        return authid
    return crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
