"""The dataset GeoPackage, written through core/outputs.py: everything goes into a temporary
sibling of the target, which is checked (it opens and passes `PRAGMA integrity_check`), flushed
and renamed into place only once it is complete and closed. A failure, a full disk or a cancel
leaves the target as it was: the old file or the new one, never half of it."""
import contextlib

import shapely

from zoning_plugin.core.errors import Cancelled
from zoning_plugin.core.outputs import WRITE_FAILED, OutputError, Outputs
from zoning_plugin.core.messages import say

STORAGE_EPSG = 4490


def _gdal():
    from osgeo import gdal, ogr, osr
    gdal.UseExceptions()
    ogr.UseExceptions()
    osr.UseExceptions()
    return gdal, ogr, osr


def _multi(geometry):
    if geometry.geom_type == "Polygon":
        return shapely.MultiPolygon([geometry])
    if geometry.geom_type == "LineString":
        return shapely.MultiLineString([geometry])
    return geometry


def write_dataset(path, layers, is_cancelled=None, progress=None, outputs=None, guard=None):
    """Write `layers` — (name, "MultiPolygon" | "MultiLineString" | None, [(field, TEXT | INTEGER |
    REAL | INTEGER64 | BINARY)], rows (dicts with the fields and `geom` in EPSG:4490), description) —
    as a GeoPackage at `path`.

    With `outputs` (a core.outputs.Outputs transaction), the file is written into its temporary
    sibling and renamed when the caller commits the transaction (with its other outputs);
    without, it is committed here (checked by `guard` when given). Raises Cancelled when
    is_cancelled() answers true and OutputError (naming `path`) when it cannot be written; nothing
    is left behind then."""
    with Outputs(guard) as own:
        transaction = outputs if outputs is not None else own
        temporary = transaction.file(path)
        _write(path, temporary, layers, is_cancelled or (lambda: False), progress or (lambda _fraction: None))
        if outputs is None:
            own.commit()
    progress and progress(1.0)


def _write(path, temporary, layers, is_cancelled, progress):
    gdal, ogr, osr = _gdal()
    types = {"TEXT": ogr.OFTString, "INTEGER": ogr.OFTInteger, "REAL": ogr.OFTReal,
             "INTEGER64": ogr.OFTInteger64, "BINARY": ogr.OFTBinary}
    geometry_types = {"MultiPolygon": ogr.wkbMultiPolygon, "MultiLineString": ogr.wkbMultiLineString}
    total = max(1, sum(len(rows) for _n, _g, _f, rows, _d in layers))
    done = 0
    source = layer = defn = feature = None
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
                        raise Cancelled(say("导入已取消", "import cancelled"))
                    progress(done / total)
                feature = ogr.Feature(defn)
                for field_name, kind in fields:
                    value = row.get(field_name)
                    if value is None:
                        continue
                    if kind == "BINARY":
                        feature.SetFieldBinaryFromHexString(field_name, bytes(value).hex())
                    else:
                        feature.SetField(field_name, value)
                if geometry_type is not None and row.get("geom") is not None:
                    feature.SetGeometry(ogr.CreateGeometryFromWkb(
                        shapely.to_wkb(_multi(row["geom"]), output_dimension=2, byte_order=1)))
                layer.CreateFeature(feature)
                done += 1
            layer.CommitTransaction()
        if is_cancelled():
            raise Cancelled(say("导入已取消", "import cancelled"))
        source.FlushCache()
        layer = defn = feature = None
        closing, source = source, None
        closing.Destroy()     # closes the file (its last commit, where a full disk fails): only a complete,
        #                       closed file is committed; an error here is a normal exception, not a destructor's
    except (RuntimeError, OSError) as error:
        raise OutputError(WRITE_FAILED, path, detail=" ".join(str(error).split())[:160]) from None
    finally:
        if source is not None:
            layer = defn = feature = None
            with contextlib.suppress(RuntimeError):
                source.Destroy()
