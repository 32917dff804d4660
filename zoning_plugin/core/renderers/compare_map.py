"""The small map of a version comparison, an SVG drawn from the geometries (core draws no QGIS
map): every unit after the change in grey, each changed unit filled in the colour of its first
change type, a removed unit in its old outline, and where a boundary moved the old outline dashed
over the new. In the comparison's metric CRS, north up, simplified to the map's resolution."""
import html

import shapely

from zoning_plugin.core.geo import STORAGE_CRS, reproject
from zoning_plugin.core.messages import say
from zoning_plugin.core.versions.compare import (ADDED, BOUNDARY, CHANGE_TYPES, RECLASSIFIED, RECODED, REMOVED,
                                                 RENAMED, change_label)

COLOURS = {ADDED: "#2e7d32", REMOVED: "#b00020", RECLASSIFIED: "#ef6c00", RENAMED: "#8e24aa",
           RECODED: "#1565c0", BOUNDARY: "#f9a825"}
WIDTH = 640


def _path(geometry, to_svg):
    """The SVG path data of a (multi)polygon."""
    out = []
    for polygon in shapely.get_parts(geometry):
        if polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            points = [to_svg(x, y) for x, y in ring.coords]
            out.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in points) + " Z")
    return " ".join(out)


def compare_map_svg(comparison, sample=False):
    """The map as SVG text (an inline <svg> element), legend included."""
    metric = comparison.metric_crs

    def to_metric(geometry):
        return reproject(geometry, STORAGE_CRS, metric) if geometry is not None else None
    after = [(u, to_metric(u.new_geometry)) for u in comparison.units if u.new_geometry is not None]
    before = [(u, to_metric(u.old_geometry)) for u in comparison.units
              if u.old_geometry is not None and (REMOVED in u.changes or BOUNDARY in u.changes)]
    everything = [g for _u, g in after + before]
    minx, miny, maxx, maxy = shapely.total_bounds(everything)
    scale = WIDTH / max(maxx - minx, maxy - miny, 1.0)
    height = (maxy - miny) * scale
    tolerance = 1.0 / scale            # a pixel

    def to_svg(x, y):
        return (x - minx) * scale, (maxy - y) * scale
    shapes = []
    for unit, geometry in after:
        fill = COLOURS[unit.changes[0]] if unit.changes else "#eeeeee"
        shapes.append(f"<path d='{_path(shapely.simplify(geometry, tolerance), to_svg)}' fill='{fill}' "
                      f"fill-opacity='{0.75 if unit.changes else 1}' stroke='#888888' stroke-width='0.5'>"
                      f"<title>{html.escape(str(unit.code))}</title></path>")
    for unit, geometry in before:
        colour = COLOURS[REMOVED] if REMOVED in unit.changes else "#333333"
        shapes.append(f"<path d='{_path(shapely.simplify(geometry, tolerance), to_svg)}' fill='none' "
                      f"stroke='{colour}' stroke-width='1.2' stroke-dasharray='4 3'/>")
    legend_y = height + 16
    legend = []
    for n, change in enumerate(CHANGE_TYPES):
        x = 8 + (n % 3) * 200
        y = legend_y + (n // 3) * 18
        legend.append(f"<rect x='{x}' y='{y - 10}' width='14' height='10' fill='{COLOURS[change]}'/>"
                      f"<text x='{x + 20}' y='{y}'>{html.escape(change_label(change))}</text>")
    y = legend_y + 36
    legend.append(f"<line x1='8' y1='{y - 5}' x2='22' y2='{y - 5}' stroke='#333333' stroke-dasharray='4 3'/>"
                  f"<text x='28' y='{y}'>{html.escape(say('调整前的边界', 'boundary before'))}</text>")
    if sample:
        legend.append(f"<text x='{WIDTH - 8}' y='{y}' text-anchor='end' fill='#b00020'>"
                      f"{html.escape(say('示例数据，非官方成果', 'sample data, not the official delineation'))}</text>")
    total = y + 10
    return (f"<svg xmlns='http://www.w3.org/2000/svg' class='map' width='{WIDTH}' height='{total:.0f}' "
            f"viewBox='0 0 {WIDTH} {total:.0f}' font-size='12' font-family='sans-serif'>"
            + "".join(shapes) + "".join(legend) + "</svg>")
