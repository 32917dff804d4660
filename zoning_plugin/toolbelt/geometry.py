"""Geometries and CRSs between QGIS and the core, one way for the panel, the algorithms, the
expression functions and the print layouts: curves segmentised, Z and M dropped, any CRS."""
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsWkbTypes


def storage_crs():
    """CGCS2000 geographic, the dataset's storage CRS."""
    return QgsCoordinateReferenceSystem("EPSG:4490")


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
