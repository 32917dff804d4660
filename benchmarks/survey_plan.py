"""A 三调-like land-use plan for the overlay benchmark (issue 21 §2): a seeded partition of the city
into parcels shaped like a land survey's (图斑), in the metric CRS.

How it is made (all vectorised, numpy and shapely 2):
1. Voronoi cells of seed points, a fifth of them in clusters (towns and villages: small parcels)
   and some in a band round the city, built from a Delaunay triangulation so every Voronoi edge is
   one record shared by its two cells.
2. Each edge is cut into 2-10 pieces whose inner vertices are moved sideways at random (noisy
   edges); both cells take the edge's very vertices, so the cells still partition the plane. The
   sideways move at an edge's ends is bounded by the angles and the edges there, so no two edges
   cross; where step 3 still makes them cross, the cell's edges are drawn straight.
3. A smooth displacement field (five wavelengths, 30 m to 2 km, gradient under 0.25: a one-to-one
   map) bends every vertex alike: boundaries wander as field and road lines do.
4. Cut to the city; cells crossing the units of a seeded half of the units are cut along those
   units' boundaries as the dataset stores them (densified in EPSG:4490, geo.densify_many), unless
   a piece would be under 200 m² (三调's smallest mapped built-up parcel): these parcels are
   snapped to the unit lines, the others cross them.
5. Islands in some large parcels (a village or a pond: the parcel gets a hole) and strips across
   others (a road or a ditch: the parcel becomes a multipart of the two sides).
6. Parcels of more than 200 vertices (along the city's border) are halved until they have at most
   200; the writer pads parcels of fewer than 20 with vertices on their own edges (plans.py).
Classes: the 一级类 of the third national land survey's working classification (三调工作分类) as
the brief lists them, 01-12 and 20, assigned by a smooth field (farmland, forest ... in regions),
towns to built-up classes, islands to 07/20/11, strips to 10/11."""
import numpy
import shapely

# 一级类 codes and names (第三次全国国土调查工作分类; 20 as in the survey's statistics tables).
SURVEY_CLASSES = {"01": "耕地", "02": "种植园用地", "03": "林地", "04": "草地", "05": "商业服务业用地",
                  "06": "工矿用地", "07": "住宅用地", "08": "公共管理与公共服务用地", "09": "特殊用地",
                  "10": "交通运输用地", "11": "水域及水利设施用地", "12": "其他土地", "20": "城镇村及工矿用地"}
RURAL = (("01", 0.45), ("03", 0.33), ("04", 0.06), ("02", 0.04), ("12", 0.05), ("11", 0.04), ("09", 0.01),
         ("06", 0.02))
TOWN = (("07", 0.45), ("20", 0.15), ("05", 0.15), ("08", 0.10), ("06", 0.05), ("10", 0.05), ("11", 0.05))
MIN_PIECE_M2 = 200.0
MIN_PART_M2 = 1.0     # a part this small is a sliver of a cut, not land
MAX_VERTICES = 200
MIN_VERTICES = 20
MAX_SIDEWAYS_M = 8.0
REPAIR_ROUNDS = 6
SEED_SHARE = 0.88     # seed points per parcel asked: cuts, islands and strips add the rest
ISLAND_SHARE = 0.03
STRIP_SHARE = 0.03


def polygonal(geometries):
    """Each geometry's polygons of MIN_PART_M2 or more (the lines, points and slivers an
    intersection leaves dropped), as a Polygon or a MultiPolygon; None where there are none."""
    parts, owner = shapely.get_parts(geometries, return_index=True)
    while (nested := shapely.get_type_id(parts) >= 4).any():
        inner, at = shapely.get_parts(parts[nested], return_index=True)
        parts, owner = (numpy.concatenate([parts[~nested], inner]),
                        numpy.concatenate([owner[~nested], owner[nested][at]]))
    keep = (shapely.get_type_id(parts) == 3) & (shapely.area(parts) >= MIN_PART_M2)
    parts, owner = parts[keep], owner[keep]
    order = numpy.argsort(owner, kind="stable")
    parts, owner = parts[order], owner[order]
    out = numpy.full(len(geometries), None, dtype=object)
    if len(parts):
        present, group = numpy.unique(owner, return_inverse=True)
        out[present] = shapely.multipolygons(parts, indices=group)
        single = numpy.zeros(len(out), bool)
        single[present] = numpy.bincount(group) == 1
        out[single] = shapely.get_geometry(out[single], 0)
    return out


def _voronoi(points, frame):
    """The Voronoi diagram of `points` (with `frame` points round them, so every real cell is
    bounded): its vertices are the Delaunay triangles' circumcentres, an edge joins those of two
    triangles sharing a side. Returns (circumcentres; per corner row, a real cell's vertex in ring
    order: its point and its triangle; per edge, its two triangles, the lower first; per corner
    row, the edge to the next corner)."""
    every = numpy.vstack([points, frame])
    triangles = shapely.get_parts(shapely.delaunay_triangles(shapely.multipoints(every)))
    corners = shapely.get_coordinates(triangles).reshape(-1, 4, 2)[:, :3]
    keys = every[:, 0] + 1j * every[:, 1]
    order = numpy.argsort(keys)
    ids = order[numpy.searchsorted(keys[order], corners[..., 0] + 1j * corners[..., 1])]
    a, b, c = corners[:, 0], corners[:, 1], corners[:, 2]
    d = 2 * (a[:, 0] * (b[:, 1] - c[:, 1]) + b[:, 0] * (c[:, 1] - a[:, 1]) + c[:, 0] * (a[:, 1] - b[:, 1]))
    sa, sb, sc = (a ** 2).sum(1), (b ** 2).sum(1), (c ** 2).sum(1)
    centre = numpy.column_stack([(sa * (b[:, 1] - c[:, 1]) + sb * (c[:, 1] - a[:, 1]) + sc * (a[:, 1] - b[:, 1])) / d,
                                 (sa * (c[:, 0] - b[:, 0]) + sb * (a[:, 0] - c[:, 0]) + sc * (b[:, 0] - a[:, 0])) / d])
    point, triangle = ids.ravel(), numpy.repeat(numpy.arange(len(triangles)), 3)
    real = point < len(points)
    point, triangle = point[real], triangle[real]
    angle = numpy.arctan2(centre[triangle, 1] - every[point, 1], centre[triangle, 0] - every[point, 0])
    order = numpy.lexsort((angle, point))
    point, triangle = point[order], triangle[order]
    start = numpy.searchsorted(point, point, "left")
    stop = numpy.searchsorted(point, point, "right")
    following = numpy.arange(len(point)) + 1
    following[following == stop] = start[following == stop]
    t0, t1 = triangle, triangle[following]
    low, high = numpy.minimum(t0, t1), numpy.maximum(t0, t1)
    edge_key, edge = numpy.unique(low * len(triangles) + high, return_inverse=True)
    return centre, point, t0, edge_key // len(triangles), edge_key % len(triangles), edge


def _edge_freedom(centre, ea, eb):
    """Per edge: how far (share of a piece) its inner vertices may move sideways, from the
    smallest angle between edges at either end (0 at a degenerate end)."""
    vector = centre[eb] - centre[ea]
    vertex = numpy.concatenate([ea, eb])
    angle = numpy.arctan2(numpy.concatenate([vector[:, 1], -vector[:, 1]]),
                          numpy.concatenate([vector[:, 0], -vector[:, 0]]))
    length = numpy.hypot(vector[:, 0], vector[:, 1])
    order = numpy.lexsort((angle, vertex))
    vertex, angle = vertex[order], angle[order]
    gap = numpy.diff(angle, append=numpy.nan)
    first = numpy.searchsorted(vertex, vertex, "left")
    last = numpy.r_[vertex[1:] != vertex[:-1], True]
    gap[last] = angle[first[last]] + 2 * numpy.pi - angle[last]
    smallest = numpy.full(len(centre), numpy.pi)
    numpy.minimum.at(smallest, vertex, gap)
    degenerate = numpy.zeros(len(centre), bool)
    degenerate[ea[length <= 1e-6]] = degenerate[eb[length <= 1e-6]] = True
    smallest[degenerate] = 0.0
    theta = numpy.minimum(smallest[ea], smallest[eb])
    return numpy.minimum(0.25, 0.35 * numpy.tan(numpy.minimum(theta, 3.0) / 2))


def _displace(xy, field):
    """The smooth field (step 3) applied to coordinates (n, 2)."""
    out = xy.copy()
    for wavelength, direction, phase in field:
        k = 2 * numpy.pi / wavelength
        amplitude = 0.008 * wavelength
        wave = numpy.sin(k * (xy[:, 0] * direction[0] + xy[:, 1] * direction[1]) + phase)
        out[:, 0] += amplitude * wave * -direction[1]
        out[:, 1] += amplitude * wave * direction[0]
    return out


def _noisy_cells(points, city, rng):
    """Steps 1-3: one noisy polygon per seed point."""
    minx, miny, maxx, maxy = city.bounds
    centre_x, centre_y, reach = (minx + maxx) / 2, (miny + maxy) / 2, numpy.hypot(maxx - minx, maxy - miny) * 3
    turn = rng.uniform(0, 2 * numpy.pi, 48)
    radius = reach * rng.uniform(1.0, 1.1, 48)
    frame = numpy.column_stack([centre_x + radius * numpy.cos(turn), centre_y + radius * numpy.sin(turn)])
    centre, point, t0, ea, eb, edge = _voronoi(points, frame)
    pieces = rng.integers(2, 11, len(ea))
    vector = centre[eb] - centre[ea]
    length = numpy.hypot(vector[:, 0], vector[:, 1])
    pieces[length <= 1e-6] = 1
    normal = numpy.column_stack([-vector[:, 1], vector[:, 0]]) / numpy.maximum(length, 1e-12)[:, None]
    # Sideways at most 0.2 of the shortest edge at either end: two edges joined by a short one
    # may run side by side.
    shortest = numpy.full(len(centre), numpy.inf)
    numpy.minimum.at(shortest, ea, length)
    numpy.minimum.at(shortest, eb, length)
    freedom = numpy.minimum(_edge_freedom(centre, ea, eb) * length / pieces, MAX_SIDEWAYS_M)
    freedom = numpy.minimum(freedom, 0.2 * numpy.minimum(shortest[ea], shortest[eb]))
    offset = numpy.r_[0, numpy.cumsum(pieces + 1)]
    sideways = rng.uniform(-1, 1, offset[-1]) * numpy.repeat(freedom, pieces + 1)
    sideways[offset[:-1]] = sideways[offset[1:] - 1] = 0.0
    field = [(w, (numpy.cos(a), numpy.sin(a)), p) for w, a, p in
             zip((2000.0, 700.0, 250.0, 90.0, 30.0), rng.uniform(0, numpy.pi, 5), rng.uniform(0, 2 * numpy.pi, 5))]

    moved = _displace(centre, field)
    straight = numpy.zeros(len(ea), bool)

    def assemble(rows):
        """The cells of the corner rows `rows` (whole cells, in order): each row emits its edge's
        vertices from its own end, the far end left to the next row."""
        count = pieces[edge[rows]]
        row = numpy.repeat(rows, count)
        local = numpy.arange(len(row)) - numpy.repeat(numpy.cumsum(count) - count, count)
        e = edge[row]
        k = numpy.where(t0[row] == ea[e], local, pieces[e] - local)
        share = (k / pieces[e])[:, None]
        xy = _displace(centre[ea[e]] + share * vector[e] + sideways[offset[e] + k][:, None] * normal[e], field)
        # A straight edge runs between its moved ends: the field's bends could cross a near edge.
        calm = straight[e]
        xy[calm] = moved[ea[e[calm]]] + share[calm] * (moved[eb[e[calm]]] - moved[ea[e[calm]]])
        # Both ends exactly as every other cell has them.
        xy[k == 0] = moved[ea[e[k == 0]]]
        xy[k == pieces[e]] = moved[eb[e[k == pieces[e]]]]
        owner = numpy.unique(point[row], return_inverse=True)[1]
        return shapely.polygons(shapely.linearrings(xy, indices=owner))

    bounds = numpy.searchsorted(point, numpy.arange(0, len(points) + 1, 100000).tolist() + [len(points)])
    cells = numpy.concatenate([assemble(numpy.arange(a, b)) for a, b in zip(bounds[:-1], bounds[1:]) if b > a])
    # Where edges still cross (rare: a thin cell whose sides the field bends apart), the edges of
    # those cells are made straight between their moved ends, in every cell that has them; a
    # neighbour may need the same in turn.
    for _round in range(REPAIR_ROUNDS):
        bad = ~shapely.is_valid(cells)
        if not bad.any():
            break
        straight[numpy.unique(edge[bad[point]])] = True
        again = numpy.unique(point[straight[edge]])
        cells[again] = assemble(numpy.flatnonzero(numpy.isin(point, again)))
    bad = ~shapely.is_valid(cells)
    cells[bad] = shapely.make_valid(cells[bad])   # none in the seeds tried; counted where it happens
    return cells, int(bad.sum())


def _seed_points(city, count, rng):
    """(points, in a town): a fifth of the points in clusters ten times as dense as the rest, and
    points as dense in a band round the city (their cells are cut away with what lies outside; they
    keep the border cells from reaching out kilometres thin, which no noise keeps valid)."""
    minx, miny, maxx, maxy = city.bounds
    spacing = numpy.sqrt(city.area / count)
    towns = max(3, count // 400)
    centres = _inside(city, rng, towns, (minx, miny, maxx, maxy))
    per_town = max(1, count // 5 // towns)
    sigma = numpy.sqrt(per_town * spacing ** 2 / 10 / (2 * numpy.pi))
    clustered = numpy.repeat(centres, per_town, axis=0) + rng.normal(0, sigma, (towns * per_town, 2))
    clustered = clustered[shapely.contains_xy(city, clustered[:, 0], clustered[:, 1])]
    spread = _inside(city, rng, count - len(clustered), (minx, miny, maxx, maxy))
    band = shapely.difference(shapely.buffer(city, 3 * spacing), city)
    shapely.prepare(band)
    around = _inside(band, rng, int(band.area / spacing ** 2) + 1, band.bounds)
    return (numpy.vstack([spread, clustered, around]),
            numpy.r_[numpy.zeros(len(spread), bool), numpy.ones(len(clustered), bool), numpy.zeros(len(around), bool)])


def _inside(area, rng, count, bounds):
    """`count` points uniform in `area` (drawn in `bounds`)."""
    minx, miny, maxx, maxy = bounds
    batch = max(count, int(count * (maxx - minx) * (maxy - miny) / area.area * 1.2))
    points = numpy.zeros((0, 2))
    while len(points) < count:
        candidates = numpy.column_stack([rng.uniform(minx, maxx, batch), rng.uniform(miny, maxy, batch)])
        points = numpy.vstack([points, candidates[shapely.contains_xy(area, candidates[:, 0], candidates[:, 1])]])
    return points[:count]


def _classes(points, town, rng):
    """A class code per cell: towns by TOWN's weights, the rest by RURAL's along a smooth field."""
    codes = numpy.empty(len(points), dtype="<U2")
    field = 0.25 * rng.standard_normal(len(points))
    for wavelength in (12000.0, 5000.0, 2500.0):
        turn, phase = rng.uniform(0, numpy.pi), rng.uniform(0, 2 * numpy.pi)
        field += numpy.sin(2 * numpy.pi / wavelength * (points[:, 0] * numpy.cos(turn)
                                                        + points[:, 1] * numpy.sin(turn)) + phase)
    rank = numpy.argsort(numpy.argsort(field)) / max(len(points), 1)
    names, weights = zip(*RURAL)
    codes[:] = numpy.asarray(names)[numpy.searchsorted(numpy.cumsum(weights) / sum(weights), rank, "right")
                                    .clip(0, len(names) - 1)]
    names, weights = zip(*TOWN)
    codes[town] = rng.choice(names, town.sum(), p=numpy.asarray(weights) / sum(weights))
    return codes


def _snap_to_units(cells, codes, units, rng):
    """Step 4: cells crossing a unit of a seeded half of `units` cut along its boundary, where
    every piece reaches MIN_PIECE_M2."""
    chosen = units[rng.permutation(len(units))[:len(units) // 2]]
    shapely.prepare(chosen)
    unit, cell = shapely.STRtree(cells).query(chosen, predicate="intersects")
    crossing = ~shapely.contains_properly(chosen[unit], cells[cell])
    unit, cell = unit[crossing], cell[crossing]
    order = numpy.argsort(cell, kind="stable")
    unit, cell = unit[order], cell[order]
    pieces = polygonal(shapely.intersection(cells[cell], chosen[unit]))
    crossed, first = numpy.unique(cell, return_index=True)
    rest = cells[crossed].copy()
    rank = numpy.arange(len(cell)) - first[numpy.searchsorted(crossed, cell)]
    for r in range(rank.max() + 1 if len(rank) else 0):
        at = rank == r
        slot = numpy.searchsorted(crossed, cell[at])
        rest[slot] = shapely.difference(rest[slot], chosen[unit[at]])
    rest = polygonal(rest)
    small = numpy.zeros(len(crossed), bool)
    piece_area = numpy.where(pieces == None, 0.0, shapely.area(pieces))  # noqa: E711 (elementwise)
    numpy.logical_or.at(small, numpy.searchsorted(crossed, cell), piece_area < MIN_PIECE_M2)
    rest_area = numpy.where(rest == None, numpy.inf, shapely.area(rest))  # noqa: E711
    small |= rest_area < MIN_PIECE_M2
    cut = crossed[~small]
    keep_pieces = numpy.isin(cell, cut)
    whole = numpy.ones(len(cells), bool)
    whole[cut] = False
    kept_rest = ~small & (rest != None)  # noqa: E711
    out = numpy.concatenate([cells[whole], pieces[keep_pieces], rest[kept_rest]])
    out_codes = numpy.concatenate([codes[whole], codes[cell[keep_pieces]], codes[crossed[kept_rest]]])
    return out, out_codes, len(cut)


def _islands(cells, codes, count, rng):
    """Step 5: a noisy blob inside `count` large single-part parcels, which get it as a hole."""
    area = shapely.area(cells)
    candidates = numpy.flatnonzero((area >= 3000) & (shapely.get_type_id(cells) == 3))
    host = numpy.sort(rng.choice(candidates, min(count, len(candidates)), replace=False))
    sides = rng.integers(20, 41, len(host))
    owner = numpy.repeat(numpy.arange(len(host)), sides)
    step = numpy.arange(len(owner)) - numpy.repeat(numpy.cumsum(sides) - sides, sides)
    turn = 2 * numpy.pi * step / sides[owner]
    radius = numpy.sqrt(area[host] / numpy.pi) * rng.uniform(0.15, 0.3, len(host))
    wobble = 1 + 0.15 * rng.uniform(-1, 1, len(owner))
    middle = shapely.get_coordinates(shapely.point_on_surface(cells[host]))
    xy = middle[owner] + (radius[owner] * wobble)[:, None] * numpy.column_stack([numpy.cos(turn), numpy.sin(turn)])
    blob = shapely.polygons(shapely.linearrings(xy, indices=owner))
    fits = shapely.is_valid(blob) & shapely.contains_properly(cells[host], blob)
    host, blob = host[fits], blob[fits]
    cells = cells.copy()
    cells[host] = shapely.difference(cells[host], blob)
    island_codes = rng.choice(["07", "20", "11"], len(blob), p=[0.5, 0.2, 0.3])
    return numpy.concatenate([cells, blob]), numpy.concatenate([codes, island_codes]), len(blob)


def _strips(cells, codes, count, rng):
    """Step 6: a road or ditch 4-10 m wide across `count` large parcels, which become multiparts."""
    area = shapely.area(cells)
    candidates = numpy.flatnonzero((area >= 4000) & (shapely.get_type_id(cells) == 3)
                                   & (shapely.get_num_interior_rings(cells) == 0))
    host = numpy.sort(rng.choice(candidates, min(count, len(candidates)), replace=False))
    middle = shapely.get_coordinates(shapely.point_on_surface(cells[host]))
    turn = rng.uniform(0, numpy.pi, len(host))
    reach = 2 * numpy.sqrt(area[host])[:, None] * numpy.column_stack([numpy.cos(turn), numpy.sin(turn)])
    line = shapely.linestrings(numpy.stack([middle - reach, middle + reach], axis=1))
    band = shapely.buffer(line, rng.uniform(2, 5, len(host)), cap_style="flat", quad_segs=1)
    strip = polygonal(shapely.intersection(cells[host], band))
    sides = polygonal(shapely.difference(cells[host], band))
    parts, owner = shapely.get_parts(sides, return_index=True)
    smallest = numpy.full(len(host), numpy.inf)
    numpy.minimum.at(smallest, owner, shapely.area(parts))
    fits = (strip != None) & (shapely.get_num_geometries(sides) >= 2) & (smallest >= MIN_PIECE_M2)  # noqa: E711
    cells = cells.copy()
    cells[host[fits]] = sides[fits]
    strip_codes = rng.choice(["10", "11"], fits.sum(), p=[0.6, 0.4])
    return numpy.concatenate([cells, strip[fits]]), numpy.concatenate([codes, strip_codes]), int(fits.sum())


def vertex_counts(geometries):
    """Vertices of each geometry, a ring's closing vertex not counted again."""
    parts, owner = shapely.get_parts(geometries, return_index=True)
    rings = numpy.bincount(owner, weights=1 + shapely.get_num_interior_rings(parts), minlength=len(geometries))
    return shapely.get_num_coordinates(geometries) - rings.astype(int)


def _halved(cells, codes):
    """Step 7: parcels of more than MAX_VERTICES vertices cut in two across their longer side
    until none is left."""
    halvings = 0
    while (big := numpy.flatnonzero(vertex_counts(cells) > MAX_VERTICES)).size:
        minx, miny, maxx, maxy = shapely.bounds(cells[big]).T
        wide = (maxx - minx) >= (maxy - miny)
        cut_x, cut_y = numpy.where(wide, (minx + maxx) / 2, maxx), numpy.where(wide, maxy, (miny + maxy) / 2)
        first = polygonal(shapely.intersection(cells[big], shapely.box(minx, miny, cut_x, cut_y)))
        second = polygonal(shapely.difference(cells[big], shapely.box(minx, miny, cut_x, cut_y)))
        both = (first != None) & (second != None)  # noqa: E711
        if not both.any():
            break
        cells = cells.copy()
        cells[big[both]] = first[both]
        cells = numpy.concatenate([cells, second[both]])
        codes = numpy.concatenate([codes, codes[big[both]]])
        halvings += int(both.sum())
    return cells, codes, halvings


def survey_parcels(city, units, size, seed):
    """(parcels, class codes, counts of what was done): about `size` parcels partitioning `city`,
    in its metric CRS; `units` the units as the dataset stores them, in the same CRS."""
    rng = numpy.random.default_rng([seed, size])
    points, town = _seed_points(city, max(int(size * SEED_SHARE), 10), rng)
    codes = _classes(points, town, rng)
    cells, made_valid = _noisy_cells(points, city, rng)
    shapely.prepare(city)
    inside = shapely.contains_properly(city, cells)
    cells = cells.copy()
    cells[~inside] = polygonal(shapely.intersection(cells[~inside], city))
    present = cells != None  # noqa: E711
    cells, codes = cells[present], codes[present]
    cells, codes, snapped = _snap_to_units(cells, codes, units, rng)
    room = max(size - len(cells), int(0.02 * size))
    cells, codes, islands = _islands(cells, codes, max(1, int(room * 0.5)), rng)
    cells, codes, strips = _strips(cells, codes, max(1, room - islands), rng)
    cells, codes, halvings = _halved(cells, codes)
    return cells, codes, {"seed points": len(points), "cut along units": snapped, "islands": islands,
                          "strips": strips, "halved": halvings,
                          "cells made valid by GEOS": made_valid}
