"""Features from any OGR source (shapefile, GeoPackage, FileGDB, GeoJSON, DXF, …) as attribute
dicts and shapely geometries in EPSG:4490. Read-only: a source is opened with GDAL's read-only
flag and never written to.

A source is a path, or a path and a layer as QGIS writes it: `path|layername=NAME`. Shapefile
attributes are decoded with the encoding `encoding.detect_dbf_encoding` finds (or the user names).
A source without a CRS (a shapefile without .prj, a DXF) is refused unless the user gives its
CRS: a guess would put the units in the wrong place without a word.
"""
import contextlib
import os
import re
from dataclasses import dataclass, field

import numpy
import shapely

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.geo import STORAGE_CRS, crs_from_user, densify, reproject
from zoning_plugin.core.importers.encoding import detect_dbf_encoding
from zoning_plugin.core.messages import say

POLYGON, LINE = "polygon", "line"
_KIND_NAMES = {POLYGON: ("面", "polygons"), LINE: ("线", "lines")}
_DIMENSION = {POLYGON: 2, LINE: 1}
MAX_VERTICES = 20000      # per geometry after densifying (a long outline gets longer pieces)
_REASON_POINT = re.compile(r"\[\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)\s*\]")   # Self-intersection[x y]


@dataclass
class SourceData:
    """What was read from one layer of a source."""
    path: str                        # the file ('' when a caller hands the features over)
    layer: str                       # the layer's name in the source
    fields: list                     # field names as read (decoded)
    records: list                    # one dict per feature, field name -> value
    geometries: list                 # shapely geometries in EPSG:4490 (polygons or lines)
    crs: str = ""                    # the source's CRS as pyproj reads it
    encoding: object = None          # EncodingChoice of a shapefile, else None
    notes: list = field(default_factory=list)       # lines for the log
    skipped: list = field(default_factory=list)     # (feature id, reason) of features left out
    fids: list = field(default_factory=list)
    repairs: list = field(default_factory=list)     # (index, GEOS reason, EPSG:4490 point or None)


def split_source(text):
    """(path, layer name or None) from `path` or `path|layername=NAME` (QGIS's layer source)."""
    parts = str(text or "").split("|")
    path, layer = parts[0].strip(), None
    for option in parts[1:]:
        key, _eq, value = option.partition("=")
        if key.strip().lower() == "layername" and value:
            layer = value
    return path, layer


def _gdal():
    from osgeo import gdal, ogr
    gdal.UseExceptions()
    ogr.UseExceptions()
    return gdal, ogr


@contextlib.contextmanager
def _quiet():
    gdal, _ogr = _gdal()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def open_source(text, encoding=""):
    """(GDAL dataset, path, layer name, EncodingChoice or None), read-only. InputError when the
    file is missing or GDAL cannot read it."""
    gdal, _ogr = _gdal()
    path, layer = split_source(text)
    if not path:
        raise InputError(say("未指定数据源", "no source given"))
    if not os.path.exists(path):
        raise InputError(say(f"找不到数据源：{path}", f"source not found: {path}"))
    options, choice = [], None
    # a folder of shapefiles read as one source: the encoding of the layer asked for decides (QGIS
    # sets GDAL's SHAPE_ENCODING to "" in its process, so GDAL would not decode it itself)
    dbf = os.path.join(path, f"{layer}.dbf") if layer and os.path.isdir(path) else path
    if dbf.lower().endswith((".shp", ".dbf")) and os.path.isfile(dbf):
        choice = detect_dbf_encoding(dbf, encoding)
        options.append(f"ENCODING={choice.ogr_name}")
    try:
        with _quiet():
            source = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=options)
    except RuntimeError as error:
        raise InputError(say(f"无法打开数据源：{path}：{' '.join(str(error).split())[:120]}",
                             f"cannot open the source: {path}: {' '.join(str(error).split())[:120]}")) from None
    if source is None:
        raise InputError(say(f"无法打开数据源：{path}", f"cannot open the source: {path}"))
    return source, path, layer, choice


def _field_names(layer):
    defn = layer.GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def _layer_kind(layer):
    _gdal_, ogr = _gdal()
    flat = ogr.GT_Flatten(layer.GetGeomType())
    if flat == ogr.wkbNone:
        return None
    dimension = {ogr.wkbPolygon: 2, ogr.wkbMultiPolygon: 2, ogr.wkbCurvePolygon: 2,
                 ogr.wkbMultiSurface: 2, ogr.wkbLineString: 1, ogr.wkbMultiLineString: 1,
                 ogr.wkbCompoundCurve: 1, ogr.wkbCircularString: 1, ogr.wkbMultiCurve: 1}.get(flat)
    return dimension if dimension is not None else "any"


def choose_layer(source, path, wanted, kind, prefer=None):
    """The layer to read: the one named, else the first whose geometry type fits `kind` (of several,
    the first `prefer(field names)` likes)."""
    if wanted is not None:
        layer = source.GetLayerByName(wanted)
        if layer is None:
            raise InputError(say(f"数据源中没有图层 {wanted}：{path}", f"the source has no layer {wanted}: {path}"))
        return layer
    fitting = []
    for index in range(source.GetLayerCount()):
        layer = source.GetLayerByIndex(index)
        found = _layer_kind(layer)
        if found == _DIMENSION[kind] or found == "any":
            fitting.append(layer)
    if not fitting:
        chinese, english = _KIND_NAMES[kind]
        raise InputError(say(f"数据源中没有{chinese}图层：{path}", f"no layer of {english}: {path}"))
    if prefer is not None:
        liked = [layer for layer in fitting if prefer(_field_names(layer))]
        if liked:
            return liked[0]
    return fitting[0]


def _crs_text(srs):
    if srs is None:
        return ""
    srs = srs.Clone()
    if not (srs.GetAuthorityName(None) and srs.GetAuthorityCode(None)):
        with _quiet(), contextlib.suppress(RuntimeError):
            srs.AutoIdentifyEPSG()
    name, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    if name and code:
        return f"{name}:{code}"
    return srs.ExportToWkt(["FORMAT=WKT2_2018"])


def _parts(geometry, kind, closed_lines):
    """The polygon (or line) parts of a shapely geometry; closed lines become polygons for DXF."""
    out = []
    for part in shapely.get_parts(geometry):
        if part.geom_type == "GeometryCollection" or part.geom_type.startswith("Multi"):
            out.extend(_parts(part, kind, closed_lines))
        elif shapely.get_dimensions(part) == _DIMENSION[kind] and not part.is_empty:
            out.append(part)
        elif kind == POLYGON and closed_lines and part.geom_type == "LineString" and part.is_closed \
                and len(part.coords) >= 4:
            out.append(shapely.Polygon(part.coords))
    return out


def _combine(parts, kind):
    if kind == POLYGON:
        return shapely.MultiPolygon(parts)
    return shapely.MultiLineString(parts)


def read_source(text, kind=POLYGON, encoding="", source_crs="", prefer=None, geometry=True, limit=None,
                is_cancelled=None):
    """Read one layer of a source: SourceData with EPSG:4490 geometries of the given kind.

    `source_crs` (any CRS text pyproj reads) replaces the source's own CRS (a missing or wrong
    .prj). With `geometry=False` only the fields and the first `limit` records are read (for a
    preview) and a missing CRS is no error. InputError for a source that cannot be used."""
    _gdal_, ogr = _gdal()
    source, path, wanted, choice = open_source(text, encoding)
    layer = choose_layer(source, path, wanted, kind, prefer)
    data = SourceData(path=path, layer=layer.GetName(), fields=_field_names(layer), records=[],
                      geometries=[], encoding=choice)
    if choice is not None:
        data.notes.append(f"{os.path.basename(path)}：{choice.reason}")
    own = _crs_text(layer.GetSpatialRef())
    if source_crs:
        data.crs = crs_from_user(source_crs).srs
        if own:
            data.notes.append(say(f"{os.path.basename(path)}：按指定的坐标系读取，而不是文件自带的坐标系",
                                  f"{os.path.basename(path)}: read in the CRS given, not in the file's own"))
    elif own:
        data.crs = own
    elif geometry:
        shapefile = path.lower().endswith(".shp")
        what = "shapefile 缺少 .prj 坐标系文件" if shapefile else "数据源没有坐标参考系"
        what_en = "the shapefile has no .prj file" if shapefile else "the source has no CRS"
        raise InputError(say(f"{what}，请指定源坐标系 SOURCE_CRS，插件不猜测坐标系：{path}",
                             f"{what_en}: give SOURCE_CRS; the plugin never guesses a CRS: {path}"))
    closed_lines = source.GetDriver().ShortName == "DXF"
    wkbs, fids = [], []
    layer.ResetReading()
    for number, feature in enumerate(layer):
        if is_cancelled is not None and number % 500 == 0 and is_cancelled():
            return None
        record = {name: feature.GetField(i) for i, name in enumerate(data.fields)}
        if not geometry:
            data.records.append(record)
            if limit is not None and len(data.records) >= limit:
                break
            continue
        ogr_geometry = feature.GetGeometryRef()
        if ogr_geometry is None or ogr_geometry.IsEmpty():
            data.skipped.append((feature.GetFID(), "no geometry"))
            continue
        ogr_geometry = ogr_geometry.Clone()
        if ogr_geometry.HasCurveGeometry():
            ogr_geometry = ogr_geometry.GetLinearGeometry()
        ogr_geometry.FlattenTo2D()
        parts = _parts(shapely.from_wkb(bytes(ogr_geometry.ExportToIsoWkb())), kind, closed_lines)
        if not parts:
            data.skipped.append((feature.GetFID(), "not " + _KIND_NAMES[kind][1]))
            continue
        data.records.append(record)
        wkbs.append(_combine(parts, kind))
        fids.append(feature.GetFID())
    data.fids = fids
    if not geometry:
        return data
    if not wkbs:
        chinese, english = _KIND_NAMES[kind]
        raise InputError(say(f"数据源中没有{chinese}要素：{path}", f"no {english} in the source: {path}"))
    for index, geometry in enumerate(wkbs):
        if kind == POLYGON and not geometry.is_valid:   # repaired where it was drawn, said where
            reason = shapely.is_valid_reason(geometry)
            place = _REASON_POINT.search(reason)
            point = shapely.Point(float(place.group(1)), float(place.group(2))) if place else None
            wkbs[index] = _combine([p for p in _parts(shapely.make_valid(geometry), kind, False)], kind)
            data.repairs.append((index, reason.split("[")[0], point))
    data.geometries = list(_to_storage(numpy.asarray(wkbs, dtype=object), data.crs, path))
    data.repairs = [(i, reason, _to_storage(numpy.asarray([p], dtype=object), data.crs, path)[0] if p else None)
                    for i, reason, p in data.repairs]
    if data.skipped:
        data.notes.append(say(f"{os.path.basename(path)}：{len(data.skipped)} 个要素没有{_KIND_NAMES[kind][0]}几何，已略过",
                              f"{os.path.basename(path)}: {len(data.skipped)} features without {_KIND_NAMES[kind][1]} left out"))
    return data


def _to_storage(geometries, crs, path):
    """EPSG:4490 geometries; InputError when the coordinates do not fit the CRS. Long edges are
    cut first (they are straight in the source's CRS, not in longitude and latitude), so units and
    counties drawn along the same straight edge stay on it."""
    source = crs_from_user(crs)
    if source.is_geographic and not _lon_lat(shapely.get_coordinates(geometries)):
        raise InputError(say(f"坐标与坐标系不符，无法换算为经纬度；请检查或指定源坐标系：{path}",
                             f"coordinates do not fit the CRS: check it or give SOURCE_CRS: {path}"))
    if source != crs_from_user(STORAGE_CRS):
        geometries = numpy.asarray([densify(g, crs, max_vertices=MAX_VERTICES) for g in geometries], dtype=object)
    stored = reproject(geometries, crs, STORAGE_CRS)
    if not _lon_lat(shapely.get_coordinates(stored)):
        raise InputError(say(f"坐标与坐标系不符，无法换算为经纬度；请检查或指定源坐标系：{path}",
                             f"coordinates do not fit the CRS: check it or give SOURCE_CRS: {path}"))
    return stored


def _lon_lat(coords):
    return bool(numpy.isfinite(coords).all() and (abs(coords[:, 0]) <= 180).all() and (abs(coords[:, 1]) <= 90).all())


def from_features(records, wkbs, crs, kind=POLYGON, name="", fields=None):
    """SourceData from features a caller (QGIS) read itself: WKB geometries in `crs`."""
    geometries, kept, skipped = [], [], []
    for index, (record, wkb) in enumerate(zip(records, wkbs)):
        parts = _parts(shapely.from_wkb(wkb), kind, False) if wkb else []
        if parts:
            geometries.append(_combine(parts, kind))
            kept.append(record)
        else:
            skipped.append((index, "no geometry"))
    if not geometries:
        chinese, english = _KIND_NAMES[kind]
        raise InputError(say(f"图层中没有{chinese}要素：{name}", f"no {english} in the layer: {name}"))
    if not crs:
        raise InputError(say(f"图层没有坐标参考系，请指定源坐标系：{name}", f"the layer has no CRS: give SOURCE_CRS: {name}"))
    stored = _to_storage(numpy.asarray(geometries, dtype=object), crs, name)
    return SourceData(path="", layer=name, fields=list(fields or (records[0].keys() if records else [])),
                      records=kept, geometries=list(stored), crs=str(crs), skipped=skipped,
                      fids=list(range(len(kept))))
