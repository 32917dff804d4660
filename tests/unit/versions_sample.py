"""Two versions of the zoning built from the bundled sample, for the tests of issue 20: the sample
as it is, given an end date (`old_version`), and a second version derived from it (`new_version`)
with one edit of every kind a 动态更新 makes. Nothing here is official: the derived file stays
marked as sample data and its texts are invented test text.

The edits (EDITS below names each, so the tests check what was done rather than repeat numbers):
- a unit reclassified (class 2 → 3, same code: `validate` then says its code's class digit disagrees,
  which keeps this edit one change type alone);
- a unit split in two along its centre meridian: the west part keeps the code, the east part is a
  new unit with a new code and a copy of the list;
- a boundary moved: the part of one unit within MOVE_M of its neighbour goes to that neighbour;
- a code changed (same place, name and class; its list's ids follow the code);
- a unit renamed;
- list items reworded (a city item, a unit item), one added (a basin list), one removed (from the
  middle of a unit list, the later items renumbered, as a new edition prints them);
- one river's buffer widened (30 → 50 m, rebuilt from its course);
- a new screening rule on the added item;
- dataset_meta: a new version and effective date; the old version's end date is that date.
"""
import shapely

from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, Dataset
from zoning_plugin.core.dataset.channels import buffer_of
from zoning_plugin.core.geo import STORAGE_CRS, reproject

OLD_VERSION, NEW_VERSION = "sample-2025.1", "sample-2026.1"
OLD_EFFECTIVE, NEW_EFFECTIVE = "2025-01-26", "2026-06-01"
MOVE_M = 300.0

EDITS = {
    "reclassified": ("ZH22040220006", 2, 3),
    "split": ("ZH22042130001", "ZH22042130002", "东丰县东部一般管控单元"),
    "moved": ("ZH22040320001", "ZH22040330001"),     # (loses the strip, gains it)
    "recoded": ("ZH22040220005", "ZH22040220007"),
    "renamed": ("ZH22042210010", "东辽县黑土地保护与耕地优先保护单元"),
    "reworded": {
        "C-220400-02": ("2025年、2035年全市PM2.5年均浓度达到35微克/立方米。",
                        "2025年全市PM2.5年均浓度达到33微克/立方米，2035年达到30微克/立方米。"),
        "U-ZH22040210001-03": ("不得擅自改变红线内林地、湿地等生态用地用途；",
                               "不得擅自改变红线内林地、草地、湿地等生态用地用途；"),
    },
    "added": ("B-SONGHUA-11", "songhua", "环境风险防控",
              "辉发河干流沿岸新建化工项目应当设置事故废水应急池（测试数据）。"),
    "removed": "U-ZH22040210002-02",
    "buffer": ("仙人河", 30.0, 50.0),
    "rule": ("SR-14", "辉发河干流沿岸化工项目的事故废水应急池"),
}


def _open(path):
    from osgeo import ogr
    ogr.UseExceptions()
    return ogr.Open(str(path), 1)


def _copy(path):
    from osgeo import gdal
    gdal.UseExceptions()
    gdal.VectorTranslate(str(path), SAMPLE_DATASET_PATH)


def _set_meta(datasource, values):
    from osgeo import ogr
    layer = datasource.GetLayerByName("dataset_meta")
    present = {}
    for feature in layer:
        present[feature.GetField("key")] = feature.GetFID()
    for key, value in values.items():
        if key in present:
            feature = layer.GetFeature(present[key])
            feature.SetField("value", value)
            layer.SetFeature(feature)
        else:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("key", key)
            feature.SetField("value", value)
            layer.CreateFeature(feature)


def _wkb(geometry):
    from osgeo import ogr
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon" and p.area > 0]
    return ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.MultiPolygon(parts)))


def old_version(path):
    """The sample as it is, with the end date of its replacement (`path` returned)."""
    _copy(path)
    datasource = _open(path)
    _set_meta(datasource, {"end_date": NEW_EFFECTIVE})
    datasource = None
    return str(path)


def new_version(path):
    """The derived second version (`path` returned)."""
    _copy(path)
    sample = Dataset(SAMPLE_DATASET_PATH)
    datasource = _open(path)
    _units(datasource, sample)
    _requirements(datasource)
    _buffer(datasource, sample)
    _rule(datasource)
    _set_meta(datasource, {"version": NEW_VERSION, "effective_date": NEW_EFFECTIVE,
                           "effective_date_note": "测试数据：由示例数据派生的第二版本，日期为虚构",
                           "list_structure": "1+2+62"})
    datasource = None
    return str(path)


def _features(layer, field):
    layer.ResetReading()
    return {feature.GetField(field): feature.GetFID() for feature in layer}


def _units(datasource, sample):
    from osgeo import ogr
    layer = datasource.GetLayerByName("control_units")
    fids = _features(layer, "unit_code")

    def edit(code, **fields):
        feature = layer.GetFeature(fids[code])
        for name, value in fields.items():
            if name == "geom":
                feature.SetGeometry(_wkb(value))
            else:
                feature.SetField(name, value)
        layer.SetFeature(feature)

    code, _before, after = EDITS["reclassified"]
    edit(code, unit_class=after, class_name=sample.unit_class_name(after))
    code, new_code = EDITS["recoded"]
    edit(code, unit_code=new_code)
    code, name = EDITS["renamed"]
    edit(code, unit_name=name)

    # The boundary: the loser's part within MOVE_M of the gainer, computed in the metric CRS.
    loser, gainer = EDITS["moved"]
    metric = {r["unit_code"]: g for r, g in zip(sample.units.records, sample.units.metric)}
    strip = shapely.intersection(metric[loser], shapely.buffer(metric[gainer], MOVE_M))
    edit(loser, geom=reproject(shapely.difference(metric[loser], strip), sample.metric_crs, STORAGE_CRS))
    edit(gainer, geom=reproject(shapely.union(metric[gainer], strip), sample.metric_crs, STORAGE_CRS))

    # The split, in EPSG:4490 along the meridian of the unit's centre.
    code, new_code, new_name = EDITS["split"]
    stored = {r["unit_code"]: (r, g) for r, g in zip(sample.units.records, sample.units.geometries)}
    record, geometry = stored[code]
    x = geometry.centroid.x
    minx, miny, maxx, maxy = geometry.bounds
    west = shapely.intersection(geometry, shapely.box(minx - 1, miny - 1, x, maxy + 1))
    east = shapely.difference(geometry, west)
    edit(code, geom=west)
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in record.items():
        if layer.GetLayerDefn().GetFieldIndex(name) >= 0:
            feature.SetField(name, value)
    feature.SetField("unit_code", new_code)
    feature.SetField("unit_name", new_name)
    feature.SetGeometry(_wkb(east))
    layer.CreateFeature(feature)


def _requirements(datasource):
    from osgeo import ogr
    layer = datasource.GetLayerByName("requirements")
    defn = layer.GetLayerDefn()
    rows = []
    layer.ResetReading()
    for feature in layer:
        rows.append((feature.GetFID(), {defn.GetFieldDefn(i).GetName(): feature.GetField(i)
                                        for i in range(defn.GetFieldCount())}))

    def update(fid, **fields):
        feature = layer.GetFeature(fid)
        for name, value in fields.items():
            feature.SetField(name, value)
        layer.SetFeature(feature)

    def create(record):
        feature = ogr.Feature(defn)
        for name, value in record.items():
            feature.SetField(name, value)
        layer.CreateFeature(feature)

    for fid, row in rows:
        if row["req_id"] in EDITS["reworded"]:
            old, new = EDITS["reworded"][row["req_id"]]
            assert old in row["text"], row["req_id"]
            update(fid, text=row["text"].replace(old, new))
    # The code change: the unit's list follows its code.
    code, new_code = EDITS["recoded"]
    for fid, row in rows:
        if row["scope"] == "unit" and row["scope_ref"] == code:
            update(fid, scope_ref=new_code, req_id=row["req_id"].replace(code, new_code))
    # The split: the new unit gets a copy of the list, under its own ids.
    code, new_code, _name = EDITS["split"]
    for _fid, row in rows:
        if row["scope"] == "unit" and row["scope_ref"] == code:
            create({**row, "scope_ref": new_code, "req_id": row["req_id"].replace(code, new_code)})
    # Removed from the middle of a list: the later items move up one place.
    removed = EDITS["removed"]
    prefix, number = removed.rsplit("-", 1)
    for fid, row in rows:
        if row["req_id"] == removed:
            layer.DeleteFeature(fid)
        elif row["req_id"].startswith(prefix + "-") and int(row["req_id"].rsplit("-", 1)[1]) > int(number):
            seq = int(row["req_id"].rsplit("-", 1)[1]) - 1
            update(fid, req_id=f"{prefix}-{seq:02d}", seq=row["seq"] - 1)
    req_id, basin, dimension, text = EDITS["added"]
    last = max(r["seq"] for _f, r in rows if r["scope"] == "basin" and r["scope_ref"] == basin)
    create({"req_id": req_id, "scope": "basin", "scope_ref": basin, "dimension": dimension, "heading": "",
            "seq": last + 1, "text": text, "source": "测试数据（非官方）：派生的第二版本新增条目", "rule": "",
            "sample": 1})


def _buffer(datasource, sample):
    river, _before, after = EDITS["buffer"]
    courses = sample.river_courses()
    ring = shapely.intersection(buffer_of(*courses[river], after), sample.city_metric)
    for name in ("river_buffers", "rivers"):
        layer = datasource.GetLayerByName(name)
        layer.ResetReading()
        for feature in list(layer):
            if feature.GetField("river_name") != river:
                continue
            feature.SetField("buffer_m", after)
            if name == "river_buffers":
                feature.SetGeometry(_wkb(reproject(ring, sample.metric_crs, STORAGE_CRS)))
            layer.SetFeature(feature)


def _rule(datasource):
    import json
    from osgeo import ogr
    rule_id, title = EDITS["rule"]
    layer = datasource.GetLayerByName("screening_rules")
    seq = max(feature.GetField("seq") for feature in layer) + 1
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in {"rule_id": rule_id, "seq": seq, "title": title, "verdict": "需关注", "kind": "judgement",
                        "params": json.dumps({"ask": "项目是否位于辉发河干流沿岸并属于化工项目（测试数据）"},
                                             ensure_ascii=False),
                        "req_id": EDITS["added"][0], "note": "测试数据：派生的第二版本新增的规则"}.items():
        feature.SetField(name, value)
    layer.CreateFeature(feature)
