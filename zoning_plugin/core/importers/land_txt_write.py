"""Writing land-boundary coordinate files (坐标TXT): the format is described in land_txt.py. The
file is written through core/outputs.py: a temporary sibling, checked by size, flushed and renamed,
so an old file of that name stays whole until the new one is complete. No qgis, no Qt."""
from datetime import date

import numpy
import shapely
from shapely.geometry.polygon import orient

from zoning_plugin.core.errors import Cancelled, InputError
from zoning_plugin.core.geo import crs_from_user, reproject
from zoning_plugin.core.geo_input import check_coordinates
from zoning_plugin.core.importers.land_txt import (_HEADER_ORDER, DATUM_NAMES, PARCEL_FIELDS, check_in_zone,
                                                   zone_epsg, zone_of_epsg)
from zoning_plugin.core.outputs import write_bytes
from zoning_plugin.core.messages import say


def _clean(value):
    return "" if value is None else " ".join(str(value).replace(",", "，").split())


def target_zone(geometries, crs, zone_width=None, zone=None, datum=None):
    """(datum, zone width, zone) to write in: the given ones, else those of `crs` when it is a
    Gauss-Kruger zone, else CGCS2000 and the zone of the geometries' centre."""
    known = zone_of_epsg(crs.to_epsg() or 0)
    if known and zone_width in (None, known[1]) and zone in (None, known[2]) and datum in (None, known[0]):
        return known[:3]
    datum, zone_width = datum or "cgcs2000", zone_width or 3
    if zone is None:    # the centre of the parcels' box (a union would fail on a self-intersecting parcel)
        west, south, east, north = shapely.total_bounds(geometries)
        centre = reproject(shapely.Point((west + east) / 2, (south + north) / 2), crs, "EPSG:4490")
        zone = round(centre.x / 3) if zone_width == 3 else int(centre.x // 6) + 1
    return datum, zone_width, zone


def write_land_txt(parcels, crs, path, header=None, zone_prefix=True, zone_width=None, zone=None,
                   datum=None, encoding="gbk", newline="\r\n", guard=None):
    """Write `parcels` (Parcel objects, geometries in `crs`) as a land-boundary coordinate file at
    `path` through core/outputs.py (refused by `guard` when given: OutputError). Returns the
    written file's CRS ("EPSG:…"). See land_txt_bytes."""
    data, target = land_txt_bytes(parcels, crs, header, zone_prefix, zone_width, zone, datum, encoding, newline)
    write_bytes(path, data, guard)
    return target


def land_txt_bytes(parcels, crs, header=None, zone_prefix=True, zone_width=None, zone=None, datum=None,
                   encoding="gbk", newline="\r\n", cancelled=None):
    """(the bytes of a land-boundary coordinate file of `parcels`, its CRS "EPSG:…"). X northing,
    Y easting, 3 decimals; exteriors clockwise, holes anticlockwise, each ring closed; 地块面积 in
    hectares. `cancelled()` is asked before each parcel (Cancelled when it answers true)."""
    parcels = list(parcels)
    if not parcels:
        raise InputError(say("没有要写出的地块", "no parcel to write"))
    source = crs_from_user(crs)
    for n, parcel in enumerate(parcels, 1):
        geometry = parcel.geometry
        if geometry is None or geometry.geom_type not in ("Polygon", "MultiPolygon") or geometry.is_empty:
            raise InputError(say(f"第 {n} 个地块不是面", f"parcel {n} is not a polygon"))
        label = parcel.attributes.get("地块编号") or f"#{n}"
        try:
            check_coordinates(geometry, source)       # before any GEOS call: 1e200 never reaches it
        except InputError as error:
            raise InputError(say(f"地块 {label}：{error}", f"parcel {label}: {error}")) from None
        if not geometry.is_valid:
            raise InputError(say(f"地块 {label} 的界线自相交或无效，报批坐标不能这样写出；请先修复几何：{shapely.is_valid_reason(geometry)}",
                                 f"parcel {label} has a self-intersecting or invalid boundary: fix the geometry first, e.g. with Fix geometries: {shapely.is_valid_reason(geometry)}"))
    datum, zone_width, zone = target_zone([p.geometry for p in parcels], source, zone_width, zone, datum)
    target = f"EPSG:{zone_epsg(datum, zone_width, zone, zone_prefix)}"
    lines = ["[属性描述]"]
    values = {"格式版本号": "1.01", "数据产生单位": "", "数据产生日期": date.today().isoformat(),
              "精度": "0.001", "转换参数": "0,0,0,0,0,0,0", **(header or {}),
              "坐标系": DATUM_NAMES[datum], "几度分带": str(zone_width), "投影类型": "高斯克吕格",
              "计量单位": "米", "带号": str(zone)}
    keys = list(_HEADER_ORDER) + [k for k in values if k not in _HEADER_ORDER]
    lines += [f"{k}={_clean(values[k]) if k != '转换参数' else values[k]}" for k in keys]
    lines.append("[地块坐标]")
    for n, parcel in enumerate(parcels, 1):
        if cancelled is not None and cancelled():
            raise Cancelled(say("写出已取消", "writing cancelled"))
        geometry = reproject(parcel.geometry, source, target)
        label = parcel.attributes.get("地块编号") or f"#{n}"
        if not numpy.isfinite(shapely.get_coordinates(geometry)).all():
            raise InputError(say(f"地块 {label} 无法转换到第 {zone} 带", f"parcel {label} cannot be put in zone {zone}"))
        check_in_zone(geometry, target, zone_width, zone, label)
        points, ring_number, point_number = [], 0, 0
        for part in getattr(geometry, "geoms", [geometry]):
            part = orient(part, sign=-1.0)
            for ring in [part.exterior, *part.interiors]:
                ring_number += 1
                coords = list(ring.coords)[:-1]
                first = point_number + 1
                for x, y in coords:
                    point_number += 1
                    points.append(f"J{point_number},{ring_number},{y:.3f},{x:.3f}")
                points.append(f"J{first},{ring_number},{coords[0][1]:.3f},{coords[0][0]:.3f}")
        attributes = parcel.attributes
        fields = [str(len(points)), f"{geometry.area / 10000:.4f}"] + \
                 [_clean(attributes.get(k)) for k in PARCEL_FIELDS[2:4]] + ["面"] + \
                 [_clean(attributes.get(k)) for k in PARCEL_FIELDS[5:]] + [_clean(v) for v in parcel.extra]
        lines.append(",".join(fields + ["@"]))
        lines += points
    text = newline.join(lines) + newline
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        character = error.object[error.start:error.end]
        raise InputError(say(f"字符“{character}”无法用 {encoding.upper()} 编码，请改用 UTF-8",
                             f"the character “{character}” cannot be written in {encoding.upper()}: "
                             f"choose UTF-8")) from None
    return data, target
