"""The sweep of issue 15 §7, shared by tests/unit/test_phantom_units.py and
tests/qgis/test_phantom_units_processing.py: every unit's outline and a parcel cut from it that
shares its boundary, placed from the dataset."""
import shapely

CRSS = ("EPSG:4490", "EPSG:4551", "EPSG:3857")


def cut_parcel(outline):
    """The part of a unit (EPSG:4490) in the lower left quarter of its box (the box reaching a
    degree beyond the unit there): a parcel whose edges run along the unit's boundary on the low
    sides, the rest cut inside."""
    minx, miny, maxx, maxy = outline.bounds
    piece = shapely.intersection(outline, shapely.box(minx - 1, miny - 1, (minx + maxx) / 2, (miny + maxy) / 2))
    parts = [p for p in shapely.get_parts(piece) if p.geom_type == "Polygon"]
    return max(parts, key=lambda p: p.area)


def sweep_geometries(dataset):
    """(unit code, label, geometry in EPSG:4490) of every unit's outline and its cut parcel."""
    for record, outline in zip(dataset.units.records, dataset.units.geometries):
        yield record["unit_code"], "outline", outline
        yield record["unit_code"], "parcel", cut_parcel(outline)
