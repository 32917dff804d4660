"""One GeoPackage writer for the sample builders (build_sample.py, build_sample_plan.py): the same
bytes for the same input, so the committed files can be rebuilt and compared."""
import os

import shapely

OGR_TYPES = {"TEXT": "OFTString", "INTEGER": "OFTInteger", "REAL": "OFTReal"}


def write_gpkg(path, epsg, fixed_date, layers):
    """Write `layers` to a new GeoPackage at `path` (an old file there is replaced).

    layers: (name, description, geometry type (an ogr.wkb* constant) or None for a table,
    [(field, "TEXT" | "INTEGER" | "REAL")], rows); a row is (values in field order, shapely
    geometry in EPSG:`epsg` or None). `fixed_date` is OGR_CURRENT_DATE, the timestamp GDAL writes
    into gpkg_contents: fixed, so the file depends on its content only."""
    from osgeo import gdal, ogr, osr
    gdal.UseExceptions()
    ogr.UseExceptions()
    osr.UseExceptions()
    previous = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", fixed_date)
    try:
        if os.path.exists(path):
            os.remove(path)
        source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        for name, description, geometry_type, fields, rows in layers:
            options = [f"DESCRIPTION={description}", f"IDENTIFIER={name}"]
            if geometry_type is None:
                layer = source.CreateLayer(name, geom_type=ogr.wkbNone, options=options)
            else:
                layer = source.CreateLayer(name, srs=srs, geom_type=geometry_type,
                                           options=options + ["GEOMETRY_NAME=geom", "FID=fid",
                                                              "SPATIAL_INDEX=YES"])
            for field, kind in fields:
                layer.CreateField(ogr.FieldDefn(field, getattr(ogr, OGR_TYPES[kind])))
            definition = layer.GetLayerDefn()
            layer.StartTransaction()
            for values, geometry in rows:
                feature = ogr.Feature(definition)
                for (field, _kind), value in zip(fields, values):
                    if value is not None:
                        feature.SetField(field, value)
                if geometry is not None:
                    feature.SetGeometry(ogr.CreateGeometryFromWkb(
                        shapely.to_wkb(geometry, output_dimension=2, byte_order=1)))
                layer.CreateFeature(feature)
            layer.CommitTransaction()
        source.ExecuteSQL("VACUUM")
        source = None
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", previous)
