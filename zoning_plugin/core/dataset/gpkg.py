"""A dataset GeoPackage read with OGR: its layers and tables, their fields, the geometries as the
Dataset holds them (EPSG:4490, valid), GDAL's messages collected, a read-only copy when the file
cannot be opened in place. core/dataset/reader.py builds the Dataset from what is read here."""
import contextlib
import os
import shutil
import tempfile

import shapely

from zoning_plugin.core.errors import DatasetError
from zoning_plugin.core.geo import STORAGE_CRS, reproject
from zoning_plugin.core.messages import say

SPATIAL_LAYERS = ("control_units", "basins", "rivers", "river_buffers", "counties", "city_boundary",
                  "built_up_area")
TABLES = ("requirements", "dataset_meta")

# Optional table of notes on requirements: where sources disagree, where the plugin reads a text.
NOTES_TABLE = "requirement_notes"
NOTE_KINDS = ("disagreement", "reading")

LAYER_FIELDS = {
    "control_units": ("unit_code", "unit_name", "unit_class", "county_code", "county_name", "subtype"),
    "basins": ("basin_id", "basin_name"),
    "rivers": ("river_name", "basin_id", "buffer_m"),
    "river_buffers": ("river_name", "buffer_m"),
    "counties": ("code", "name"),
    "city_boundary": ("code", "name"),
    "built_up_area": ("code", "name"),
    "requirements": ("req_id", "scope", "scope_ref", "dimension", "heading", "seq", "text", "source"),
    "dataset_meta": ("key", "value"),
    NOTES_TABLE: ("req_id", "kind", "text", "source"),
}

# Layers without which no place can be answered: an empty one makes every answer "outside".
REQUIRED_FEATURES = {"city_boundary": ("市域边界", "city boundary"), "control_units": ("管控单元", "control units")}


def ogr_with_exceptions():
    from osgeo import ogr  # GDAL ships with every QGIS; imported late so core imports stay light
    ogr.UseExceptions()
    return ogr


@contextlib.contextmanager
def gdal_messages():
    """GDAL's errors and warnings collected, not printed: the CLI promises one line on stderr, and
    the reason belongs in the DatasetError."""
    from osgeo import gdal
    messages = []
    gdal.PushErrorHandler(lambda _level, _number, text: messages.append(" ".join(str(text).split())))
    try:
        yield messages
    finally:
        gdal.PopErrorHandler()


def unopenable_reason(path, messages):
    """Why a file GDAL would not open, in a few words."""
    if not os.access(path, os.R_OK):
        return say("没有读取权限", "no read permission")
    if os.path.getsize(path) == 0:
        return say("文件为空", "empty file")
    # GDAL 3.7+ says "not recognized as being in a supported file format" of any file no driver
    # claims, where 3.6 says nothing: both get the same line, which names what was expected.
    told = [m for m in messages if "not recognized as" not in m]
    return told[-1] if told else say("不是 GDAL 能识别的 GeoPackage", "not a GeoPackage GDAL can read")


# SQLite files beside a database that hold part of its content: a reader that opens the database
# itself checkpoints the WAL into it (or rolls back a hot journal) and deletes them on close.
SIDE_FILES = ("-wal", "-journal")


@contextlib.contextmanager
def readable_copy(path):
    """The path to open for reading without writing: the file itself, or, when SQLite files beside
    it hold part of its content (a WAL not yet checkpointed, a hot journal), a private copy of the
    lot in a temporary folder, so that closing the reader changes nothing of the user's."""
    sides = [suffix for suffix in SIDE_FILES if os.path.isfile(path + suffix)]
    if not sides:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="zoning-dataset-") as folder:
        copy = os.path.join(folder, "dataset.gpkg")
        try:
            shutil.copyfile(path, copy)
            for suffix in sides:
                shutil.copyfile(path + suffix, copy + suffix)
        except OSError as error:
            raise DatasetError(say(f"无法读取数据集：{path}：{error.strerror or error}",
                                   f"cannot read dataset: {path}: {error.strerror or error}")) from None
        yield copy


def read_layer(datasource, name, path, problems):
    """Records and EPSG:4490 geometries of one layer. A feature without a usable geometry is left
    out and described in `problems` (validate reports it; one bad feature must not hide the rest)."""
    layer = datasource.GetLayerByName(name)
    if layer is None:
        raise DatasetError(say(f"数据集缺少图层或表 {name}：{path}", f"dataset lacks table {name}: {path}"))
    defn = layer.GetLayerDefn()
    present = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    missing = [f for f in LAYER_FIELDS.get(name, ()) if f not in present]
    if missing:
        raise DatasetError(say(f"图层 {name} 缺少字段 {'、'.join(missing)}：{path}",
                               f"layer {name} lacks the fields {', '.join(missing)}: {path}"))
    source_crs = None
    srs = layer.GetSpatialRef()
    if srs is not None and name in SPATIAL_LAYERS:
        auth = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
        source_crs = ":".join(auth) if all(auth) else srs.ExportToWkt()
    records, geometries = [], []
    layer.ResetReading()
    for feature in layer:
        record = {f: feature.GetField(f) for f in present}
        if name in SPATIAL_LAYERS:
            ogr_geometry = feature.GetGeometryRef()
            geometry = shapely.from_wkb(bytes(ogr_geometry.ExportToIsoWkb())) if ogr_geometry else None
            geometry = stored_geometry(name, feature.GetFID(), geometry, source_crs, problems)
            if geometry is None:
                continue
            geometries.append(geometry)
        records.append(record)
    return records, geometries


def stored_geometry(name, fid, geometry, source_crs, problems):
    """A feature's geometry as the Dataset holds it (EPSG:4490, valid), or None when it has none;
    what was wrong goes to `problems`. Shared by the file and the PostGIS readers."""
    if geometry is None or geometry.is_empty:
        problems.append(say(f"图层 {name} 的要素 FID {fid} 没有几何，已忽略",
                            f"layer {name}, feature FID {fid}: no geometry, left out"))
        return None
    if source_crs and source_crs != STORAGE_CRS:
        geometry = reproject(geometry, source_crs, STORAGE_CRS)
    if not geometry.is_valid:
        problems.append(say(f"图层 {name} 的要素 FID {fid} 几何无效，已修复",
                            f"layer {name}, feature FID {fid}: invalid geometry, repaired"))
        geometry = shapely.make_valid(geometry)
    return geometry
