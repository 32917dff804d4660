#!/usr/bin/env python3
"""Build the SAMPLE land-use plan and project sites (sample_plan.gpkg) for the demo and the tests.

Run from the repository root:

    .venv/bin/python tools/sample/build_sample_plan.py [--dataset GPKG] [--output GPKG]

Two layers, in EPSG:4551 (CGCS2000 / 3-degree Gauss-Kruger CM 126E, as plans usually are):

* ``plan_parcels``: about 60 parcels of a schematic land-use plan (fields 地块编号, 用地代码,
  用地名称, 片区, 用地面积), in three areas along the river the dataset's buffer rule names first
  (its ``main_river``): one on the edge of a built-up area where all three unit classes meet, one
  further along the river at least 8 km away, and one where the river leaves the city, with one
  parcel reaching across the city boundary. Blocks follow the river's direction, with jittered
  corners, 16-24 m roads and the water (15 m each side of the centre line) left out, so the
  parcels next to the river lie partly in its ecological buffer. Land-use classes follow the
  国土空间调查、规划、用途管制用地用海分类指南 names, chosen from where each parcel lies.
* ``project_sites``: five project sites (项目名称, 行业代码 GB/T 4754-2017, 锅炉蒸吨 = new coal
  boiler in t/h, 备注) placed from the dataset: a chemical plant 300 m from a river, a heating
  plant with a 20 t/h coal boiler in a built-up area, a corn processor with a 15 t/h boiler
  outside it, a building-materials plant in a priority protection unit, a logistics warehouse.

Everything is derived from the zoning dataset's geometry (the bundled sample by default); nothing
here is official. The build is deterministic (hashes instead of random state, a fixed
OGR_CURRENT_DATE): the same dataset gives the same file.
"""
import os
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402

import shapely  # noqa: E402
import shapely.affinity  # noqa: E402
from shapely.geometry import LineString, Point, Polygon  # noqa: E402

from tools.sample.gpkg import write_gpkg  # noqa: E402
from zoning_plugin.core import open_dataset  # noqa: E402  (sets PROJ's data directory)

DEFAULT_OUTPUT = os.path.join(ROOT, "zoning_plugin", "resources", "sample", "sample_plan.gpkg")
FIXED_DATE = "2025-01-26T00:00:00.000Z"
EPSG = 4551
WATER_M = 15.0          # the river's water surface, each side of the centre line: no parcel there
MIN_PARCEL_M2 = 2500.0

# (code, name) of the 用地用海分类 classes the plan uses.
USES = {"居住用地": "07", "公共管理与公共服务用地": "08", "商业服务业用地": "09", "工业用地": "1001",
        "仓储用地": "11", "公园绿地": "1401", "防护绿地": "1402", "耕地": "01", "林地": "03",
        "农村宅基地": "0703"}
# Plan areas: (letter, name, role, columns, rows, block width along the river, block depth).
AREAS = (("A", "滨河新区", "urban", 5, 4, 210.0, 170.0),
         ("B", "河谷产业园", "industrial", 4, 3, 260.0, 200.0),
         ("C", "市界农业片区", "rural", 3, 3, 320.0, 250.0))


def _unit(*parts):
    """A number in [0, 1) from the parts: deterministic, unlike random state."""
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8")) / 2 ** 32


def _main_river(dataset):
    rule = json.loads(dataset.meta.get("river_buffer_rule") or "{}")
    lines = dataset.river_lines()
    name = rule.get("main_river") if rule.get("main_river") in lines else max(lines, key=lambda n: lines[n].length)
    line = shapely.line_merge(lines[name])
    if line.geom_type != "LineString":
        line = max(line.geoms, key=lambda g: g.length)
    return name, line


def _class_areas(dataset, point, radius):
    """{unit class: m²} of the units within `radius` of `point`."""
    disc, areas = point.buffer(radius), {1: 0.0, 2: 0.0, 3: 0.0}
    for i in dataset.units.hits(disc):
        areas[int(dataset.units.records[i]["unit_class"])] += shapely.intersection(dataset.units.metric[i], disc).area
    return areas


def _anchors(dataset, line):
    """Metric points on the river for the three plan areas: where the three unit classes are most
    evenly mixed; where priority units cover most, at least 8 km from the first; and where the
    river comes closest to the city boundary less a block or two, so that one block reaches across."""
    boundary = dataset.city_metric.boundary
    stations = [line.interpolate(k / 400, normalized=True) for k in range(8, 393)]
    mix = {id(p): _class_areas(dataset, p, 700) for p in stations}
    first = max(stations, key=lambda p: (min(mix[id(p)].values()), -p.x))
    second = max((p for p in stations if p.distance(first) > 8000), key=lambda p: (mix[id(p)][1], -p.x))
    ends = [line.interpolate(k / 400, normalized=True) for k in range(401)]
    third = min(ends, key=lambda p: (abs(boundary.distance(p) - 450), p.x))
    return first, second, third


def _frame(line, anchor):
    """(origin, u along the river, v across it) at the anchor."""
    at = line.project(anchor)
    a, b = line.interpolate(max(at - 150, 0)), line.interpolate(min(at + 150, line.length))
    length = math.hypot(b.x - a.x, b.y - a.y)
    u = ((b.x - a.x) / length, (b.y - a.y) / length)
    return (anchor.x, anchor.y), u, (-u[1], u[0])


def _blocks(letter, columns, rows, width, depth, frame):
    """Jittered blocks (quadrilaterals) of a grid across the river, each with its (column, row)."""
    (x0, y0), u, v = frame

    def node(i, j):
        di = (_unit(letter, "i", i, j) - 0.5) * 0.24 * width
        dj = (_unit(letter, "j", i, j) - 0.5) * 0.24 * depth
        s, t = (i - columns / 2) * width + di, (j - rows / 2) * depth + dj
        return x0 + s * u[0] + t * v[0], y0 + s * u[1] + t * v[1]

    for i in range(columns):
        for j in range(rows):
            road = 12.0 if i % 3 == 0 or j % 3 == 0 else 8.0      # half widths: 24 m and 16 m roads
            quad = Polygon([node(i, j), node(i + 1, j), node(i + 1, j + 1), node(i, j + 1)])
            yield (i, j), quad.buffer(-road, join_style="mitre")


def _split(block, key):
    """Some blocks are two parcels: cut across the longer side, a little off the middle, with a kink."""
    from shapely.ops import split
    if _unit(*key, "split") > 0.35 or block.area < 4 * MIN_PARCEL_M2:
        return [block]
    rectangle = shapely.minimum_rotated_rectangle(block)
    c = list(rectangle.exterior.coords)[:4]
    if math.dist(c[0], c[1]) < math.dist(c[1], c[2]):
        c = c[1:] + c[:1]                       # c[0]-c[1] is a long side, c[3]-c[2] the other one
    t = 0.4 + 0.2 * _unit(*key, "cut")
    p = (c[0][0] + (c[1][0] - c[0][0]) * t, c[0][1] + (c[1][1] - c[0][1]) * t)
    q = (c[3][0] + (c[2][0] - c[3][0]) * t, c[3][1] + (c[2][1] - c[3][1]) * t)
    kink = 8 * (_unit(*key, "kink") - 0.5)
    mid = ((p[0] + q[0]) / 2 + kink, (p[1] + q[1]) / 2 + kink)
    cut = LineString([p, mid, q])
    cut = shapely.affinity.scale(cut, 1.5, 1.5, origin=mid)   # reaches beyond the rectangle
    halves = split(rectangle, cut).geoms
    parts = [shapely.intersection(block, h).buffer(-4, join_style="mitre") for h in halves]
    return [g for g in parts if g.area > MIN_PARCEL_M2]


def _pieces(geometry):
    return [g for g in shapely.get_parts(geometry) if g.geom_type == "Polygon" and g.area >= MIN_PARCEL_M2]


def _use(dataset, role, parcel, river, key):
    """The land-use class of a parcel from what lies under it."""
    pick = _unit(*key, "use")
    near_river = parcel.distance(river) < 50.0
    result = dataset.inspect(parcel, crs=f"EPSG:{EPSG}")
    top = max(result.units, key=lambda x: x["overlap_m2"] or 0)["class"] if result.units else 3
    if near_river:
        return "公园绿地" if pick < 0.4 else "防护绿地" if pick < 0.6 else \
            ("居住用地" if role == "urban" else "工业用地" if role == "industrial" else "耕地")
    if top == 1:
        return "林地" if pick < 0.55 else "耕地" if pick < 0.9 else "工业用地"
    if role == "urban":
        d = parcel.distance(river)
        if d < 350:
            return "居住用地" if pick < 0.55 else "商业服务业用地" if pick < 0.8 else "公共管理与公共服务用地"
        return "工业用地" if pick < 0.5 else "仓储用地" if pick < 0.65 else "居住用地"
    if role == "industrial":
        return "工业用地" if pick < 0.55 else "仓储用地" if pick < 0.7 else "耕地" if pick < 0.9 else "农村宅基地"
    return "耕地" if pick < 0.6 else "林地" if pick < 0.85 else "农村宅基地"


def build_parcels(dataset):
    """[(id, use, area name, metric polygon)] of the sample plan."""
    _name, river = _main_river(dataset)
    water = river.buffer(WATER_M)
    city = dataset.city_metric
    parcels = []
    for (letter, area_name, role, columns, rows, width, depth), anchor in zip(AREAS, _anchors(dataset, river)):
        frame = _frame(river, anchor)
        found, straddling = [], []
        for key, block in _blocks(letter, columns, rows, width, depth, frame):
            for part in _split(block, (letter,) + key):
                for piece in _pieces(shapely.difference(part, water)):
                    inside = shapely.intersection(piece, city).area / piece.area
                    if inside > 0.999:
                        found.append((key, piece))
                    elif 0.3 < inside < 0.8:
                        straddling.append((abs(inside - 0.6), key, piece))
        if role == "rural" and straddling:   # the one parcel reaching across the city boundary
            found.append(min(straddling, key=lambda s: s[0])[1:])
        found.sort(key=lambda kp: (kp[0], round(kp[1].centroid.x), round(kp[1].centroid.y)))
        for n, (key, piece) in enumerate(found, 1):
            piece = shapely.set_precision(piece, 0.01)
            use = _use(dataset, role, piece, river, (letter,) + key + (n,))
            parcels.append((f"{letter}-{n:02d}", use, area_name, piece))
    return parcels


def build_sites(dataset):
    """[(name, industry code, boiler t/h or None, note, metric polygon)]: five project sites."""
    urban = [g for g in dataset.built_up.metric]
    rivers = shapely.union_all(list(dataset.river_lines().values()))
    units = list(zip(dataset.units.records, dataset.units.metric))

    def site(point, size=160.0):
        return shapely.affinity.rotate(shapely.box(point.x - size / 2, point.y - size * 0.35,
                                           point.x + size / 2, point.y + size * 0.35), 17, origin=point)

    def inside_unit(klass, far_from_rivers, exclude):
        for record, geometry in sorted(units, key=lambda rg: rg[0]["unit_code"]):
            if int(record["unit_class"]) != klass:
                continue
            core = geometry.buffer(-400)
            if core.is_empty:
                continue
            point = core.point_on_surface()
            if rivers.distance(point) >= far_from_rivers and all(point.distance(e) > 3000 for e in exclude):
                return point
        raise SystemExit(f"no unit of class {klass} fits a site")

    name, main = _main_river(dataset)
    # 1: 300 m from the main river, across from the first plan area, in a key control unit.
    chemical = None
    for k in range(20, 180):
        on = main.interpolate(k / 200, normalized=True)
        _origin, _u, v = _frame(main, on)
        for side in (1, -1):
            p = Point(on.x + side * 300 * v[0], on.y + side * 300 * v[1])
            hits = dataset.units.hits(p)
            if hits and int(dataset.units.records[hits[0]]["unit_class"]) == 2 and 290 < rivers.distance(p) \
                    and all(g.distance(p) > 500 for g in urban):
                chemical = p
                break
        if chemical:
            break
    largest_urban = max(urban, key=lambda g: g.area)
    heating = shapely.difference(largest_urban.buffer(-800), rivers.buffer(800)).point_on_surface()
    corn = inside_unit(3, 1500, [chemical, heating])
    materials = inside_unit(1, 1500, [chemical, heating, corn])
    logistics = inside_unit(2, 1200, [chemical, heating, corn, materials])
    return [("某化工有限公司有机化学原料项目", "C2614", None, f"厂址中心距{name}约300米", site(chemical, 180.0)),
            ("城区集中供热锅炉房改扩建项目", "D4430", 20.0, "新建燃煤锅炉1台", site(heating, 120.0)),
            ("玉米深加工项目", "C1391", 15.0, "配套燃煤锅炉", site(corn, 220.0)),
            ("建筑材料加工项目", "C3021", None, "", site(materials, 140.0)),
            ("物流仓储项目", "G5920", None, "无锅炉", site(logistics, 200.0))]


def write(path, parcels, sites):
    from osgeo import ogr

    def multi(geometry):
        return shapely.MultiPolygon([geometry]) if geometry.geom_type == "Polygon" else geometry
    write_gpkg(path, EPSG, FIXED_DATE, [
        ("plan_parcels", "示例土地利用规划地块（非官方）", ogr.wkbMultiPolygon,
         [("地块编号", "TEXT"), ("用地代码", "TEXT"), ("用地名称", "TEXT"), ("片区", "TEXT"), ("用地面积", "REAL")],
         [((pid, USES[use], use, area, round(g.area, 2)), multi(g)) for pid, use, area, g in parcels]),
        ("project_sites", "示例建设项目选址（非官方）", ogr.wkbMultiPolygon,
         [("项目名称", "TEXT"), ("行业代码", "TEXT"), ("锅炉蒸吨", "REAL"), ("备注", "TEXT")],
         [((name, code, boiler, note), multi(g)) for name, code, boiler, note, g in sites])])


def build(output_path=None, dataset_path=None):
    """Write the plan GeoPackage; returns (path, parcels, sites)."""
    dataset = open_dataset(dataset_path)
    parcels, sites = build_parcels(dataset), build_sites(dataset)
    path = os.path.abspath(output_path or DEFAULT_OUTPUT)
    write(path, parcels, sites)
    return path, parcels, sites


def main(argv=None):
    parser = argparse.ArgumentParser(description="Build the sample land-use plan and project sites.")
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--dataset", help="zoning dataset GeoPackage (default: the bundled sample)")
    args = parser.parse_args(argv)
    path, parcels, sites = build(args.output, args.dataset)
    uses = {}
    for _pid, use, _area, _g in parcels:
        uses[use] = uses.get(use, 0) + 1
    print(f"wrote {path}: {len(parcels)} parcels, {len(sites)} sites")
    print("  " + "，".join(f"{use} {n}" for use, n in sorted(uses.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
