"""The planar partition of build_sample.py: build_partition polygonizes all linework (counties,
basin divide, rivers, zones, built-up areas, cell edges) on the 1 cm grid and deals the faces out
to the 61 units, so that they tile the city with no gaps and no overlaps; with its helpers
(merge_faces, _select, _absorb_small_parts, _nearest).
"""
import math
import time

import numpy as np
import shapely
from shapely.strtree import STRtree

from tools.sample.sample_places import (BUILT_UP, COUNTY_SHARES, GRID, RED_SHARE, SMALL_ITEM_M2, SMALL_PART_M2,
                           TARGET_SHARES, UNITS, ZONES)
from tools.sample.sample_shapes import (agri_score, as_multipolygon, cell_edges, hilliness, lines_of, polygons_of,
                           to_metric_xy, zone_geometry)


# --------------------------------------------------------------------------------------------
# the partition
# --------------------------------------------------------------------------------------------
def merge_faces(faces):
    """Union of faces of the planar partition. They share their edges exactly (one noding on the
    grid), so the fast coverage union is exact; the result keeps the grid coordinates."""
    faces = list(faces)
    if len(faces) == 1:
        return faces[0]
    return shapely.coverage_union_all(faces)


def _select(items, order, target, taken):
    """Walk `order` (item indices) and take free items until `target` m² is reached."""
    chosen, total = [], 0.0
    for i in order:
        if i in taken:
            continue
        area = items[i]["area"]
        if total + area / 2.0 > target:
            break
        chosen.append(i)
        taken.add(i)
        total += area
    return chosen, total


def build_partition(counties, basin_region, rivers, built_up_shapes, log):
    city = shapely.union_all(list(counties.values()), grid_size=GRID)
    bounds = city.bounds
    unit_by_key = {u["key"]: u for u in UNITS}

    # zones, clipped to the counties they may cover
    zones = []
    for index, (spec, mapping) in enumerate(ZONES):
        geometry = zone_geometry(spec, rivers, built_up_shapes, f"zone{index}")
        geometry = shapely.set_precision(shapely.make_valid(geometry), GRID)
        for code, key in sorted(mapping.items()):
            if unit_by_key[key]["county"] != code:
                raise SystemExit(f"zone {index}: unit {key} is not in county {code}")
        zones.append(dict(index=index, geom=geometry, mapping=mapping, spec=spec))

    t0 = time.time()
    lines = [shapely.boundary(g) for g in counties.values()]
    lines += [shapely.boundary(z["geom"]) for z in zones]
    lines.append(shapely.boundary(shapely.intersection(basin_region, shapely.box(*shapely.buffer(
        city, 3000.0).bounds))))
    edges = cell_edges(bounds)
    lines += edges
    noded = shapely.union_all(lines, grid_size=GRID)
    faces = np.array(list(shapely.polygonize(lines_of(noded)).geoms), dtype=object)
    log(f"  planar partition: {len(faces)} faces ({time.time() - t0:.1f} s)")

    points = shapely.point_on_surface(faces)
    county_codes = sorted(counties)
    county_of = np.full(len(faces), -1)
    for ci, code in enumerate(county_codes):
        shapely.prepare(counties[code])
        county_of[shapely.contains(counties[code], points)] = ci
    keep = county_of >= 0
    faces, points, county_of = faces[keep], points[keep], county_of[keep]
    areas = shapely.area(faces)
    log(f"  {len(faces)} faces inside the city, {areas.sum() / 1e6:.2f} km²")

    shapely.prepare(basin_region)
    songhua = shapely.contains(basin_region, points)

    # cells: polygonize the wiggly cell edges alone, then find each face's cell
    cell_polys = np.array(list(shapely.polygonize(lines_of(shapely.union_all(edges))).geoms),
                          dtype=object)
    tree = STRtree(cell_polys)
    pairs = tree.query(points, predicate="within")
    cell_of = np.full(len(faces), -1)
    cell_of[pairs[0]] = pairs[1]
    if (cell_of < 0).any():
        raise SystemExit("some faces lie in no cell")

    # zone membership: the first zone (in priority order) mapping the face's county
    unit_of = np.array([None] * len(faces), dtype=object)
    for zone in zones:
        shapely.prepare(zone["geom"])
        inside = shapely.contains(zone["geom"], points)
        for ci, code in enumerate(county_codes):
            key = zone["mapping"].get(code)
            if key is None:
                continue
            mask = inside & (county_of == ci) & np.array([u is None for u in unit_of])
            unit_of[mask] = key
    builtup_flags = []
    for shape in built_up_shapes:
        shapely.prepare(shape)
        builtup_flags.append(shapely.contains(shape, points))

    # free pieces: faces outside every zone, grouped by (county, cell)
    groups = {}
    for i in np.nonzero(np.array([u is None for u in unit_of]))[0]:
        groups.setdefault((int(county_of[i]), int(cell_of[i])), []).append(int(i))
    items = []
    for key in sorted(groups):
        idx = groups[key]
        geom = faces[idx[0]] if len(idx) == 1 else merge_faces(faces[idx])
        items.append(dict(county=county_codes[key[0]], faces=idx, geom=geom,
                          area=float(areas[idx].sum())))
    # merge small pieces into the neighbour (same county) with the longest shared edge
    zone_units = {}
    for i, key in enumerate(unit_of):
        if key is not None:
            zone_units.setdefault(key, []).append(i)
    zone_geoms = {k: merge_faces(faces[v]) for k, v in sorted(zone_units.items())}
    owner = list(range(len(items)))

    def root(i):
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    item_tree = STRtree([it["geom"] for it in items])
    zone_keys = sorted(zone_geoms)
    zone_tree = STRtree([zone_geoms[k] for k in zone_keys])
    order = sorted(range(len(items)), key=lambda i: (items[i]["area"], i))
    merged_into_zone = 0
    alive = [True] * len(items)
    for i in order:
        item = items[i]
        if not alive[i] or item["area"] >= SMALL_ITEM_M2:
            continue
        best, best_len = None, 0.0
        roots = sorted({root(int(j)) for j in item_tree.query(item["geom"])} - {i})
        for j in roots:
            other = items[j]
            if not alive[j] or other["county"] != item["county"]:
                continue
            shared = shapely.intersection(item["geom"].boundary, other["geom"].boundary).length
            if shared > best_len + 1e-6:
                best, best_len = ("item", j), shared
        for z in sorted(int(z) for z in zone_tree.query(item["geom"])):
            key = zone_keys[z]
            if unit_by_key[key]["county"] != item["county"]:
                continue
            shared = shapely.intersection(item["geom"].boundary, zone_geoms[key].boundary).length
            if shared > best_len + 1e-6:
                best, best_len = ("zone", key), shared
        if best is None:
            continue
        alive[i] = False
        if best[0] == "item":
            other = items[best[1]]
            owner[i] = best[1]
            other["faces"] = other["faces"] + item["faces"]
            other["geom"] = shapely.union(other["geom"], item["geom"], grid_size=GRID)
            other["area"] += item["area"]
        else:
            for f in item["faces"]:
                unit_of[f] = best[1]
            merged_into_zone += 1
    items = [it for it, a in zip(items, alive) if a]
    log(f"  {len(items)} free pieces after merging small ones ({merged_into_zone} into zones)")

    centroids = np.array([[c.x, c.y] for c in shapely.centroid([it["geom"] for it in items])])
    h = hilliness(centroids, rivers)
    agri = agri_score(centroids, rivers, h)

    city_area = float(areas.sum())
    county_area = {code: float(areas[county_of == ci].sum()) for ci, code in enumerate(county_codes)}
    zone_area = {}
    for i, key in enumerate(unit_of):
        if key is not None:
            u = unit_by_key[key]
            zone_area[(u["county"], u["cls"])] = zone_area.get((u["county"], u["cls"]), 0.0) + areas[i]

    zone_unit_of = unit_of.copy()

    def allocate(correction):
        """Give every free piece a unit; `correction` (m² per class) shifts the last county."""
        unit_of = zone_unit_of.copy()
        assigned = {}                     # item index -> unit key
        achieved = {1: 0.0, 2: 0.0}
        order_counties = ["220402", "220403", "220421", "220422"]
        for code in order_counties:
            idx = [i for i, it in enumerate(items) if it["county"] == code]
            units = [u for u in UNITS if u["county"] == code]
            if code in COUNTY_SHARES:
                target = {c: COUNTY_SHARES[code][c] * county_area[code] for c in (1, 2)}
            else:   # the last county closes the city totals
                target = {c: TARGET_SHARES[c] * city_area - achieved[c] + correction[c] for c in (1, 2)}
            taken = set()
            # class 1: 黑土地 / 农用地 cells first (nearest to each unit's anchor), then the hills
            soil_area = 0.0
            for u in units:
                if u["mode"] != "soil":
                    continue
                ax, ay = to_metric_xy(*u["anchor"])
                dist = np.hypot(centroids[idx, 0] - ax, centroids[idx, 1] - ay)
                order = [idx[k] for k in np.argsort(dist, kind="stable")]
                chosen, total = _select(items, order, u["quota_km2"] * 1e6, taken)
                for i in chosen:
                    assigned[i] = u["key"]
                soil_area += total
            eco_target = max(0.0, target[1] - zone_area.get((code, 1), 0.0) - soil_area)
            order = [idx[k] for k in np.argsort(-h[idx], kind="stable")]
            eco, eco_total = _select(items, order, eco_target, taken)
            # the higher part of the ecological cells is 生态保护红线, the rest 一般生态空间
            eco_sorted = sorted(eco, key=lambda i: (-h[i], i))
            red_limit, acc, red = RED_SHARE * eco_total, 0.0, set()
            for i in eco_sorted:
                if acc + items[i]["area"] / 2 > red_limit:
                    break
                red.add(i)
                acc += items[i]["area"]
            for i in eco:
                mode = "red" if i in red else "eco"
                candidates = [u for u in units if u["mode"] == mode]
                assigned[i] = _nearest(candidates, centroids[i])["key"]
            # class 2: farmland along the rivers (水环境农业污染)
            agri_target = max(0.0, target[2] - zone_area.get((code, 2), 0.0))
            log(f"  {code}: zones c1 {zone_area.get((code, 1), 0.0) / 1e6:.1f} c2 "
                f"{zone_area.get((code, 2), 0.0) / 1e6:.1f} km²; soil {soil_area / 1e6:.1f}, "
                f"eco {eco_total / 1e6:.1f} (target {eco_target / 1e6:.1f}), agri target "
                f"{agri_target / 1e6:.1f} km²")
            # each agri unit takes the best farmland near its anchor, in proportion to its weight
            agri_units = [u for u in units if u["mode"] == "agri"]
            weights = sum(u.get("weight", 1.0) for u in agri_units)
            agri_done = 0.0
            for n, u in enumerate(agri_units):
                quota = (agri_target - agri_done if n == len(agri_units) - 1
                         else agri_target * u.get("weight", 1.0) / weights)
                ax, ay = to_metric_xy(*u["anchor"])
                dist_km = np.hypot(centroids[idx, 0] - ax, centroids[idx, 1] - ay) / 1000.0
                order = [idx[k] for k in np.argsort(-(agri[idx] - dist_km / 10.0), kind="stable")]
                chosen, total = _select(items, order, quota, taken)
                agri_done += total
                for i in chosen:
                    assigned[i] = u["key"]
            rest = next(u for u in units if u["mode"] == "rest")
            for i in idx:
                if i not in taken:
                    assigned[i] = rest["key"]
            for c in (1, 2):
                achieved[c] += zone_area.get((code, c), 0.0) + sum(
                    items[i]["area"] for i in idx if unit_by_key[assigned[i]]["cls"] == c)

        for i, key in assigned.items():
            for f in items[i]["faces"]:
                unit_of[f] = key
        if any(u is None for u in unit_of):
            raise SystemExit("some faces were left without a unit")
        moved = _absorb_small_parts(faces, points, unit_of, unit_by_key)
        log(f"  {moved} small detached parts of cell-based units given to their neighbours")
        return unit_of

    # Absorbing small parts moves a little area between classes: measure, correct, redo.
    correction, best = {1: 0.0, 2: 0.0}, None
    for _round in range(4):
        candidate = allocate(correction)
        drift = {c: sum(areas[i] for i, k in enumerate(candidate) if unit_by_key[k]["cls"] == c)
                 - TARGET_SHARES[c] * city_area for c in (1, 2, 3)}
        worst = max(abs(d) for d in drift.values())
        log("  class area drift (km²): " + ", ".join(f"{c}: {d / 1e6:+.2f}" for c, d in drift.items()))
        if best is None or worst < best[0]:
            best = (worst, candidate)
        if worst < 0.0001 * city_area:
            break
        for c in (1, 2):
            correction[c] -= drift[c]
    unit_of = best[1]

    # assemble
    by_unit = {}
    for i, key in enumerate(unit_of):
        by_unit.setdefault(key, []).append(i)
    unit_geoms = {}
    for u in UNITS:
        face_idx = by_unit.get(u["key"])
        if not face_idx:
            raise SystemExit(f"unit {u['name']} received no area")
        unit_geoms[u["key"]] = as_multipolygon(merge_faces(faces[face_idx]))
    county_geoms = {code: as_multipolygon(merge_faces(faces[county_of == ci]))
                    for ci, code in enumerate(county_codes)}
    basin_geoms = {"liao": as_multipolygon(merge_faces(faces[~songhua])),
                   "songhua": as_multipolygon(merge_faces(faces[songhua]))}
    city_geom = as_multipolygon(merge_faces(faces))
    built_geoms = []
    for (code, name, covers, _parts), flags in zip(BUILT_UP, builtup_flags):
        allowed = np.isin(county_of, [county_codes.index(c) for c in covers])
        built_geoms.append(as_multipolygon(merge_faces(faces[flags & allowed])))
    return dict(units=unit_geoms, counties=county_geoms, basins=basin_geoms, city=city_geom,
                built_up=built_geoms)


def _absorb_small_parts(faces, points, unit_of, unit_by_key, min_area=SMALL_PART_M2):
    """Give small detached parts of cell-based units to the neighbour (same county) that shares
    the longest edge with them. Drawn zones keep their shape, so the built-up areas stay covered
    by key units."""
    by_unit = {}
    for i, key in enumerate(unit_of):
        by_unit.setdefault(key, []).append(i)
    geoms = {k: merge_faces(faces[v]) for k, v in sorted(by_unit.items())}
    moved = 0
    for key in [u["key"] for u in UNITS]:
        if unit_by_key[key]["mode"] == "zone":
            continue
        parts = sorted(polygons_of(geoms[key]), key=lambda g: -g.area)
        for part in parts[1:]:
            if part.area >= min_area:
                continue
            best, best_len = None, 0.0
            for other, geom in geoms.items():
                if other == key or unit_by_key[other]["county"] != unit_by_key[key]["county"]:
                    continue
                if not shapely.intersects(geom, part):
                    continue
                shared = shapely.intersection(geom.boundary, part.boundary).length
                if shared > best_len + 1e-6:
                    best, best_len = other, shared
            if best is None:
                continue
            shapely.prepare(part)
            members = [i for i in by_unit[key] if shapely.contains(part, points[i])]
            for i in members:
                unit_of[i] = best
            by_unit[key] = [i for i in by_unit[key] if unit_of[i] == key]
            by_unit[best] = sorted(by_unit[best] + members)
            geoms[key] = merge_faces(faces[by_unit[key]])
            geoms[best] = merge_faces(faces[by_unit[best]])
            moved += 1
    return moved


def _nearest(units, xy):
    best = None
    for u in units:
        ax, ay = to_metric_xy(*u["anchor"])
        d = math.hypot(xy[0] - ax, xy[1] - ay)
        if best is None or d < best[0]:
            best = (d, u)
    return best[1]
