"""A layer as the core's importers read it (core/importers/sources.py): the file itself for a layer
of a file, else the features QGIS reads, their geometries plain (curves segmentised, Z and M dropped)."""
from zoning_plugin.core.importers.sources import from_features
from zoning_plugin.toolbelt.geometry import crs_text, plain_wkb
from zoning_plugin.toolbelt.values import attribute_value


def layer_source(layer, kind):
    """What the core reads: the file itself for a layer of a file (so the core decodes a
    shapefile's encoding), else the features QGIS reads (a database, a memory layer, a filter)."""
    if layer.providerType() == "ogr" and not layer.subsetString():
        return layer.source()
    records, wkbs = [], []
    names = layer.fields().names()
    for feature in layer.getFeatures():
        records.append({name: attribute_value(feature.attribute(name)) for name in names})
        geometry = feature.geometry()
        if geometry is None or geometry.isNull():
            wkbs.append(None)
            continue
        wkbs.append(plain_wkb(geometry))       # curves segmentised, Z and M dropped
    return from_features(records, wkbs, crs_text(layer.crs()), kind, layer.name(), names)
