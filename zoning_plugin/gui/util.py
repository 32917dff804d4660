"""Small GUI helpers: guarded slots, geometry and CRS conversion between QGIS and core."""
import functools
import traceback

import shapely
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsGeometry, QgsMessageLog, QgsWkbTypes
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


_PLAIN_TYPES = {}    # wkb type -> whether it is a plain 2D type (no curves, Z or M): asked per feature


def plain_wkb(geometry):
    """WKB of a QgsGeometry as the core reads every input: curves segmentised, Z and M dropped (shapely
    2.0 reads no M, GEOS no curves); a copy, the geometry given is untouched."""
    kind = geometry.wkbType()
    plain = _PLAIN_TYPES.get(kind)
    if plain is None:
        plain = _PLAIN_TYPES[kind] = not (QgsWkbTypes.isCurvedType(kind) or QgsWkbTypes.hasZ(kind)
                                          or QgsWkbTypes.hasM(kind))
    if not plain:
        geometry = QgsGeometry(geometry.constGet().segmentize()) if QgsWkbTypes.isCurvedType(kind) \
            else QgsGeometry(geometry)
        geometry.get().dropMValue()
        geometry.get().dropZValue()
    return bytes(geometry.asWkb())


def plain_geometry(geometry):
    """The QgsGeometry of plain_wkb: a 2D copy without curves, for what QGIS itself does with it."""
    plain = QgsGeometry()
    plain.fromWkb(plain_wkb(geometry))
    return plain


def to_shapely(geometry):
    """QgsGeometry → 2D shapely geometry (plain_wkb: curves segmentised, Z and M dropped)."""
    return shapely.from_wkb(plain_wkb(geometry))


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
