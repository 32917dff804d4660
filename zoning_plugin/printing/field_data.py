"""The data of the field package (printing/field_project.py): the dataset's tables copied into the
package's GeoPackage, clipped to the sites' surroundings, with every write checked (a full disk
makes GDAL fail late and sometimes silently: deferred writes are flushed and their errors read,
the tables found listed, the file made self-contained); the package's zip and size."""
import contextlib
import os
import sqlite3
import urllib.parse
import zipfile

import shapely
from osgeo import gdal, ogr

from zoning_plugin.core.dataset.reader import readable_copy
from zoning_plugin.core.geo import STORAGE_CRS, densify, reproject


def folder_size(path):
    return sum(os.path.getsize(os.path.join(root, name)) for root, _dirs, names in os.walk(path) for name in names)


def _gdal_failure(what):
    """OSError with GDAL's last words (a full disk: 'database or disk is full')."""
    return OSError(f"{what}: {gdal.GetLastErrorMsg() or 'GDAL error'}")


def clip_tables(source_path, target_path, tables, area_wkt):
    """Copy `tables` of the dataset GeoPackage (read through readable_copy: reading never writes
    into it) into a new GeoPackage, spatial ones clipped to `area_wkt` (EPSG:4490, the dataset's
    storage CRS). {table: features copied}; OSError when a table or feature cannot be written."""
    with readable_copy(source_path) as readable:
        return _clip_tables(readable, target_path, tables, area_wkt)


def _clip_tables(source_path, target_path, tables, area_wkt):
    source = ogr.Open(source_path, 0)
    if source is None:
        raise _gdal_failure(source_path)
    target = ogr.GetDriverByName("GPKG").CreateDataSource(target_path)
    if target is None:
        raise _gdal_failure(target_path)
    area = ogr.CreateGeometryFromWkt(area_wkt)
    counts = {}
    try:
        for name in tables:
            layer = source.GetLayerByName(name)
            if layer is None:
                continue
            kind = layer.GetGeomType()
            copy = target.CreateLayer(name, layer.GetSpatialRef(), kind, ["GEOMETRY_NAME=geom"])
            if copy is None:
                raise _gdal_failure(name)
            definition = layer.GetLayerDefn()
            for index in range(definition.GetFieldCount()):
                if copy.CreateField(definition.GetFieldDefn(index)) != 0:
                    raise _gdal_failure(name)
            if kind != ogr.wkbNone:
                layer.SetSpatialFilter(area)
            counts[name] = 0
            copy.StartTransaction()
            for feature in layer:
                out = ogr.Feature(copy.GetLayerDefn())
                out.SetFrom(feature)
                geometry = feature.GetGeometryRef()
                if geometry is not None:
                    clipped = geometry.Intersection(area)
                    if clipped is None or clipped.IsEmpty():
                        continue
                    out.SetGeometry(ogr.ForceTo(clipped, kind))
                if copy.CreateFeature(out) != 0:
                    raise _gdal_failure(name)
                counts[name] += 1
            if copy.CommitTransaction() != 0:
                raise _gdal_failure(name)
            layer.SetSpatialFilter(None)
    except BaseException:
        _close(target)
        raise
    finally:
        source = None
    _closed(target, target_path)
    return counts


def _close(datasource):
    """Close `datasource` now: GDAL writes what it deferred (a GeoPackage's triggers). GDAL's words
    when that fails, else None; never an exception left for the garbage collector to print."""
    gdal.ErrorReset()
    try:
        datasource.Destroy()
    except RuntimeError as error:
        datasource.thisown = 0          # GDAL closed it, then raised: it must not be deleted twice
        return str(error)
    return gdal.GetLastErrorMsg() if gdal.GetLastErrorType() >= gdal.CE_Failure else None


def _closed(datasource, path):
    """Close `datasource`; OSError when what GDAL wrote at the closing failed (a full disk)."""
    error = _close(datasource)
    if error:
        raise OSError(f"{path}: {error}")


def missing_tables(path, tables):
    """The `tables` that the GeoPackage at `path` does not list (opened read-only)."""
    uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        listed = {row[0].casefold() for row in connection.execute("SELECT table_name FROM gpkg_contents")}
    return [table for table in tables if table.casefold() not in listed]


def surroundings_wkt(dataset, geometries_4490, margin_m):
    """WKT (EPSG:4490) of everything within `margin_m` of the sites, measured in the dataset's
    metric CRS: the part of the zoning the package keeps."""
    metric = [reproject(densify(g, STORAGE_CRS), STORAGE_CRS, dataset.metric_crs) for g in geometries_4490]
    area = shapely.union_all([shapely.buffer(g, max(float(margin_m), 1.0), quad_segs=8) for g in metric])
    return shapely.to_wkt(reproject(densify(area, dataset.metric_crs), dataset.metric_crs, STORAGE_CRS))


def release(path):
    """The GeoPackage as one self-contained file (journal_mode=DELETE, any WAL folded in)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE").fetchone()


def write_derived_buffers(dataset, gpkg, area_wkt):
    """The buffers the option of the other basins builds on the fly, as a table of their own;
    [its name], or [] when there are none."""
    derived = dataset.derived_buffers()
    if not derived:
        return []
    source = ogr.Open(gpkg, 1)
    if source is None:
        raise _gdal_failure(gpkg)
    try:
        stored = source.GetLayerByName("river_buffers")
        layer = source.CreateLayer("river_buffers_derived", stored.GetSpatialRef(), ogr.wkbMultiPolygon,
                                   ["GEOMETRY_NAME=geom"])
        if layer is None:
            raise _gdal_failure("river_buffers_derived")
        for name, kind in (("river_name", ogr.OFTString), ("basin_id", ogr.OFTString), ("buffer_m", ogr.OFTReal)):
            layer.CreateField(ogr.FieldDefn(name, kind))
        area = ogr.CreateGeometryFromWkt(area_wkt)
        for record, geometry in derived:
            clipped = ogr.CreateGeometryFromWkb(bytes(geometry.wkb)).Intersection(area)
            if clipped is None or clipped.IsEmpty():
                continue
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("river_name", record["river_name"])
            feature.SetField("basin_id", record.get("basin_id"))
            feature.SetField("buffer_m", float(record["buffer_m"]))
            feature.SetGeometry(ogr.ForceTo(clipped, ogr.wkbMultiPolygon))
            if layer.CreateFeature(feature) != 0:
                raise _gdal_failure("river_buffers_derived")
    except BaseException:
        _close(source)
        raise
    _closed(source, gpkg)
    return ["river_buffers_derived"]


def write_zip(zip_path, folder, name):
    """The zip of the package `folder`, its members under `name`/ (the folder's name where it is
    put), folders that hold nothing (DCIM/) as entries of their own."""
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            relative = os.path.relpath(root, folder)
            base = name if relative == "." else f"{name}/{relative}"
            if not names and not dirs:
                archive.writestr(base + "/", b"")
            for file_name in sorted(names):
                archive.write(os.path.join(root, file_name), f"{base}/{file_name}")
