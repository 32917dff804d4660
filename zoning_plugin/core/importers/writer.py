"""The dataset GeoPackage, written atomically: everything goes into a temporary file in the target
folder, which replaces the target only once it is complete and closed. A failure or a cancel
removes the temporary file: the target is either the old file or the new one, never half of it.
"""
import os
import tempfile

import shapely

from zoning_plugin.core.errors import Cancelled, InputError

STORAGE_EPSG = 4490
_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def _gdal():
    from osgeo import gdal, ogr, osr
    gdal.UseExceptions()
    ogr.UseExceptions()
    osr.UseExceptions()
    return gdal, ogr, osr


def temporary_path(path):
    """A new, unused file name beside `path` (hidden, ending in .gpkg, which the driver needs)."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InputError(f"输出文件夹不存在 (the output folder does not exist): {folder}")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp.gpkg")
    os.close(handle)
    os.remove(temporary)   # the GeoPackage driver creates the file itself
    return temporary


def remove_quietly(path):
    for suffix in _SIDE_FILES:
        try:
            os.remove(path + suffix)
        except OSError:
            pass


def _multi(geometry):
    if geometry.geom_type == "Polygon":
        return shapely.MultiPolygon([geometry])
    if geometry.geom_type == "LineString":
        return shapely.MultiLineString([geometry])
    return geometry


def write_dataset(path, layers, is_cancelled=None, progress=None):
    """Write `layers` — (name, "MultiPolygon" | "MultiLineString" | None, [(field, TEXT|INTEGER|REAL)],
    rows (dicts with the fields and `geom` in EPSG:4490), description) — as a GeoPackage at `path`.
    Raises Cancelled when is_cancelled() answers true; nothing is left behind then."""
    gdal, ogr, osr = _gdal()
    is_cancelled = is_cancelled or (lambda: False)
    progress = progress or (lambda _fraction: None)
    temporary = temporary_path(path)
    types = {"TEXT": ogr.OFTString, "INTEGER": ogr.OFTInteger, "REAL": ogr.OFTReal}
    geometry_types = {"MultiPolygon": ogr.wkbMultiPolygon, "MultiLineString": ogr.wkbMultiLineString}
    total = max(1, sum(len(rows) for _n, _g, _f, rows, _d in layers))
    done = 0
    try:
        source = ogr.GetDriverByName("GPKG").CreateDataSource(temporary)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(STORAGE_EPSG)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        for name, geometry_type, fields, rows, description in layers:
            options = [f"DESCRIPTION={description}", f"IDENTIFIER={name}"]
            if geometry_type is None:
                layer = source.CreateLayer(name, geom_type=ogr.wkbNone, options=options)
            else:
                layer = source.CreateLayer(name, srs=srs, geom_type=geometry_types[geometry_type],
                                           options=options + ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"])
            for field_name, kind in fields:
                layer.CreateField(ogr.FieldDefn(field_name, types[kind]))
            defn = layer.GetLayerDefn()
            layer.StartTransaction()
            for row in rows:
                if done % 200 == 0:
                    if is_cancelled():
                        raise Cancelled("导入已取消 (import cancelled)")
                    progress(done / total)
                feature = ogr.Feature(defn)
                for field_name, _kind in fields:
                    if row.get(field_name) is not None:
                        feature.SetField(field_name, row[field_name])
                if geometry_type is not None and row.get("geom") is not None:
                    feature.SetGeometry(ogr.CreateGeometryFromWkb(
                        shapely.to_wkb(_multi(row["geom"]), output_dimension=2, byte_order=1)))
                layer.CreateFeature(feature)
                done += 1
            layer.CommitTransaction()
        if is_cancelled():
            raise Cancelled("导入已取消 (import cancelled)")
        source = None   # closes the file: only a complete, closed file replaces the target
        os.replace(temporary, path)
        progress(1.0)
    except RuntimeError as error:
        source = None
        remove_quietly(temporary)
        raise InputError(f"无法写出数据集 (cannot write the dataset): {path}: {' '.join(str(error).split())[:120]}") \
            from None
    except BaseException:
        source = None
        remove_quietly(temporary)
        raise
