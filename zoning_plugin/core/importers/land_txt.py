"""Land-boundary coordinate files (国土 "坐标TXT", 界址点坐标交换格式 of 建设用地报批 / 勘测定界):
read into polygons with their CRS, write back. No qgis, no Qt.

The format, after the descriptions in "09-国土TXT格式" (https://www.cnblogs.com/znlgis/p/19274558)
and "基于ArcGIS的通用界址点导入导出工具设计与实现" (https://www.cnblogs.com/loveyl/p/19088909)::

    [属性描述]
    坐标系=2000国家大地坐标系       (also 格式版本号, 数据产生单位, 数据产生日期, 精度, 转换参数)
    几度分带=3
    投影类型=高斯克吕格
    计量单位=米
    带号=42
    [地块坐标]
    5,0.3600,D1,某地块,面,,,,@          界址点数,地块面积(公顷),地块编号,地块名称,图形属性,图幅号,地块用途,地类编码,@
    J1,1,4752000.000,42430000.000     点号,圈号,X (northing),Y (easting, with or without the zone prefix)
    ...
    J1,1,4752000.000,42430000.000     a ring ends by repeating its first point

Our readings, where the sources leave room:
- 界址点数 counts the point lines of the parcel, closing points included (the sources' examples).
  A count that leaves out exactly the closing points is accepted with a warning; any other
  disagreement is an error.
- A ring must be closed: a last point that does not repeat the first is an error, never repaired,
  because it usually means a lost line, and a guessed closing edge would cut through the parcel.
  A ring has at least 4 point lines (3 corners and the closing point).
- Rings: 圈号 1 is the exterior, later numbers islands or holes. We decide by containment, not by
  number: a ring inside an odd number of the parcel's other rings is a hole, otherwise a further
  part (MultiPolygon).
- The easting carries the zone prefix when Y > 10 000 000; the prefix must equal 带号 (when 带号
  is missing, the prefix gives it). Every point must lie in the zone (half its width plus 0.5°).
- CRS: EPSG codes of the Gauss-Kruger zones of CGCS2000, Xi'an 1980 and Beijing 1954, 3 or 6
  degrees, with the prefix ("zone N" CRSs) or without ("CM xxE" CRSs); see `_EPSG_BASES`."""
import math
import os
from dataclasses import dataclass, field

import shapely
from shapely.geometry import Polygon

from zoning_plugin.core.errors import Cancelled, InputError
from zoning_plugin.core.geo import one_line, reproject
from zoning_plugin.core.messages import say

HEADER_SECTION, PARCEL_SECTION = "属性描述", "地块坐标"
PARCEL_FIELDS = ("界址点数", "地块面积", "地块编号", "地块名称", "图形属性", "图幅号", "地块用途", "地类编码")
DATUM_NAMES = {"cgcs2000": "2000国家大地坐标系", "xian80": "1980西安坐标系", "beijing54": "1954北京坐标系"}
PREFIX_THRESHOLD = 1e7     # an easting above this carries the zone number
ZONE_MARGIN_DEG = 0.5      # a zone is used a little past its edges
READ_BLOCK = 1 << 20       # bytes read between two cancel checks
CANCEL_EVERY = 5000        # lines parsed between two cancel checks
# (datum, zone width) → (EPSG of the first zone with prefix, EPSG of the first zone without prefix)
_EPSG_BASES = {("cgcs2000", 3): (4513, 4534), ("cgcs2000", 6): (4491, 4502),
               ("xian80", 3): (2349, 2370), ("xian80", 6): (2327, 2338),
               ("beijing54", 3): (2401, 2422), ("beijing54", 6): (21413, 21453)}
_ZONES = {3: range(25, 46), 6: range(13, 24)}     # the zones over China
_HEADER_ORDER = ("格式版本号", "数据产生单位", "数据产生日期", "坐标系", "几度分带", "投影类型", "计量单位",
                 "带号", "精度", "转换参数")


@dataclass
class Parcel:
    """One parcel: its attributes by the names of PARCEL_FIELDS (and `extra`, further fields),
    a Polygon or MultiPolygon, and where it starts in the file (line number, 0 when written)."""
    geometry: object
    attributes: dict = field(default_factory=dict)
    extra: list = field(default_factory=list)
    line: int = 0

    @property
    def label(self):
        return self.attributes.get("地块编号") or self.attributes.get("地块名称") or f"#{self.line}"


@dataclass
class LandFile:
    header: dict
    parcels: list
    crs: str            # e.g. "EPSG:4530"
    datum: str          # cgcs2000, xian80 or beijing54
    zone_width: int     # 3 or 6
    zone: int
    prefixed: bool      # the eastings carry the zone number
    encoding: str
    warnings: list = field(default_factory=list)

    @property
    def geometries(self):
        return [p.geometry for p in self.parcels]

    def union(self):
        """All parcels as one geometry (in `crs`), e.g. to inspect them together."""
        return shapely.union_all(self.geometries)


def _error(line, message):
    """An InputError naming the line of the file (when known) first."""
    return InputError(say(f"第 {line} 行：{message}", f"line {line}: {message}") if line else message)


def zone_epsg(datum, zone_width, zone, prefixed):
    """EPSG code of a Gauss-Kruger zone; InputError for a zone outside China's."""
    if zone not in _ZONES[zone_width]:
        low, high = _ZONES[zone_width][0], _ZONES[zone_width][-1]
        raise InputError(say(f"{zone_width} 度分带的带号应在 {low} 至 {high} 之间，而不是 {zone}",
                             f"a {zone_width}-degree zone over China is numbered {low} to {high}, not {zone}"))
    with_prefix, without = _EPSG_BASES[(datum, zone_width)]
    return (with_prefix if prefixed else without) + zone - _ZONES[zone_width][0]


def zone_of_epsg(code):
    """(datum, zone width, zone, prefixed) of a Gauss-Kruger zone's EPSG code, or None."""
    for (datum, width), bases in _EPSG_BASES.items():
        for prefixed, base in zip((True, False), bases):
            if base <= (code or 0) < base + len(_ZONES[width]):
                return datum, width, _ZONES[width][0] + code - base, prefixed
    return None


def central_meridian(zone_width, zone):
    return zone * 3.0 if zone_width == 3 else zone * 6.0 - 3.0


# --- reading ------------------------------------------------------------------------------------
def _decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace"), "gbk"


def _never():
    return False


def _stop_if(cancelled):
    if cancelled():
        raise Cancelled(say("读取已取消", "reading cancelled"))


def _read_bytes(path_or_bytes, cancelled=_never):
    if isinstance(path_or_bytes, (bytes, bytearray)):
        return bytes(path_or_bytes)
    path = os.fspath(path_or_bytes)
    try:
        with open(path, "rb") as handle:
            blocks = []
            for block in iter(lambda: handle.read(READ_BLOCK), b""):
                _stop_if(cancelled)
                blocks.append(block)
            return b"".join(blocks)
    except FileNotFoundError:
        raise InputError(say(f"找不到坐标文件：{one_line(path, 120)}", f"file not found: {one_line(path, 120)}")) from None
    except IsADirectoryError:
        raise InputError(say(f"这是文件夹，不是坐标文件：{one_line(path, 120)}", f"a folder, not a file: {one_line(path, 120)}")) from None
    except OSError as error:
        raise InputError(say(f"无法读取坐标文件：{one_line(path, 120)}：{error.strerror or error}",
                             f"cannot read the file: {one_line(path, 120)}: {error.strerror or error}")) from None


def _number(text, line, what, kind=float):
    """`text` as a finite float (or an int with kind=int); InputError naming the line."""
    try:
        value = kind(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise _error(line, say(f"{what} 不是{'整数' if kind is int else '数字'}：{one_line(repr(text))}",
                               f"{what} is not {'an integer' if kind is int else 'a number'}: "
                               f"{one_line(repr(text))}"))
    return value


def _sections(lines, cancelled=_never):
    """The header dict and the raw parcels [(line, fields, [(line, name, ring, x, y)])]."""
    header, parcels, section, seen = {}, [], None, set()
    for number, raw in enumerate(lines, 1):
        if number % CANCEL_EVERY == 0:
            _stop_if(cancelled)
        text = raw.strip()
        if not text:
            continue
        if text.startswith("[") and text.endswith("]"):
            section = text[1:-1].strip()
            seen.add(section)
            continue
        if section == HEADER_SECTION and "=" in text:
            key, value = text.split("=", 1)
            header[key.strip()] = value.strip()
        elif section == PARCEL_SECTION:
            fields = [f.strip() for f in text.rstrip(", ").split(",")]
            if fields[-1] == "@":
                parcels.append((number, fields[:-1], []))
            elif len(fields) >= 4 and parcels:
                parcels[-1][2].append((number, fields[0], _number(fields[1], number, say("圈号", "the ring number"), int),
                                       _number(fields[2], number, say("坐标 X", "X")),
                                       _number(fields[3], number, say("坐标 Y", "Y"))))
            elif not parcels:
                raise _error(number, say("坐标点之前缺少地块行（以 @ 结尾）", "a point before any parcel line"))
            else:
                raise _error(number, say(f"无法识别的行：{one_line(text)}", f"line not understood: {one_line(text)}"))
    if PARCEL_SECTION not in seen:
        raise InputError(say("文件中没有 [地块坐标] 部分，不是界址点坐标文件",
                             "no [地块坐标] section: not a land-boundary coordinate file"))
    if not parcels:
        raise InputError(say("[地块坐标] 中没有地块", "no parcel in the [地块坐标] section"))
    for number, fields, points in parcels:
        if not points:
            label = (fields[2:3] or fields[3:4] or [""])[0] or f"#{number}"
            raise _error(number, say(f"地块 {label} 没有坐标点", f"parcel {label} has no points"))
    return header, parcels


def _rings(label, points):
    """Closed rings [(first line, [(x, y), ...])] of one parcel; x easting, y northing."""
    rings, current = [], None
    for line, _name, ring, north, east in points:
        closed = current is not None and len(current[2]) >= 4 and current[2][-1] == current[2][0]
        if current is None or ring != current[1] or closed:
            if current is not None:
                rings.append(current)
            current = (line, ring, [])
        current[2].append((east, north))
    rings.append(current)
    result = []
    for line, ring, coords in rings:
        if len(coords) < 4:
            raise _error(line, say(f"地块 {label} 第 {ring} 圈只有 {len(coords)} 个点，至少需要 4 个（含闭合点）",
                                   f"ring {ring} of parcel {label} has only {len(coords)} points: at least 4 are needed (closing point included)"))
        if math.dist(coords[0], coords[-1]) > 0.001:
            raise _error(line, say(f"地块 {label} 第 {ring} 圈未闭合：末点应与首点相同",
                                   f"ring {ring} of parcel {label} is not closed: the last point must repeat the first"))
        coords[-1] = coords[0]
        result.append((line, coords))
    return result


def polygon_from_rings(rings, cancelled=_never):
    """A Polygon or MultiPolygon from closed rings: by containment, a ring inside an odd number
    of the others is a hole of the smallest one holding it, any other ring a further part."""
    shells = [Polygon(coords) for coords in rings]
    order = sorted(range(len(shells)), key=lambda i: -abs(shells[i].area))
    depth, holes = {}, {}
    for position, i in enumerate(order):
        if position % 100 == 99:
            _stop_if(cancelled)
        holders = [j for j in order[:position] if shells[j].contains(shells[i])]
        depth[i] = len(holders)
        if depth[i] % 2:
            holes.setdefault(holders[-1], []).append(rings[i])
    parts = [Polygon(rings[i], holes.get(i, [])) for i in order if depth[i] % 2 == 0]
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def _datum(header):
    text = header.get("坐标系", "").upper()
    if not text:
        return "cgcs2000", say("未写坐标系，按 2000国家大地坐标系 读取", "no 坐标系 given: read as CGCS2000")
    if "2000" in text or "CGCS" in text:
        return "cgcs2000", None
    if "西安" in text or "XIAN" in text or "80" in text:
        return "xian80", None
    if "北京" in text or "BEIJING" in text or "54" in text:
        return "beijing54", None
    raise InputError(say(f"不支持的坐标系：{one_line(header['坐标系'])}",
                         f"unsupported 坐标系 (coordinate system): {one_line(header['坐标系'])}"))


def _zone_width(header, zone):
    text = header.get("几度分带", "").strip().rstrip("度°")
    if text in ("3", "6"):
        return int(text)
    if text:
        raise InputError(say(f"几度分带应为 3 或 6：{one_line(text)}", f"zone width must be 3 or 6: {one_line(text)}"))
    return 6 if zone is not None and zone in _ZONES[6] else 3


def _check_projection(header):
    projection, unit = header.get("投影类型", ""), header.get("计量单位", "")
    if projection and "高斯" not in projection and "GAUSS" not in projection.upper():
        raise InputError(say(f"不支持的投影类型：{one_line(projection)}", f"unsupported projection: {one_line(projection)}"))
    if unit and unit not in ("米", "m", "M", "metre", "meter"):
        raise InputError(say(f"不支持的计量单位：{one_line(unit)}", f"unsupported unit: {one_line(unit)}"))


def _resolve_zone(header, raw_parcels):
    """(zone, prefixed, warnings) from 带号 and the eastings; InputError when they disagree."""
    warnings = []
    points = [p for _line, _fields, pts in raw_parcels for p in pts]
    for line, _name, _ring, north, _east in points:
        if abs(north) >= PREFIX_THRESHOLD:
            raise _error(line, say(f"X 应为北坐标，{north:.3f} 不是", f"X must be the northing, {north:.3f} is not: are X and Y swapped?"))
    prefixes = {int(east // 1e6) if east >= PREFIX_THRESHOLD else None for *_rest, east in points}
    if len(prefixes) > 1:
        line = next(p[0] for p in points if (p[4] >= PREFIX_THRESHOLD) != (points[0][4] >= PREFIX_THRESHOLD))
        raise _error(line, say("部分 Y 坐标带带号、部分不带", "some eastings carry the zone number, others not"))
    prefix = prefixes.pop()
    text = header.get("带号", "").strip().rstrip("带").strip()
    zone = _number(text, 0, say("带号", "带号 (the zone number)"), int) if text else None
    if zone is None and prefix is None:
        raise InputError(say("未写带号，Y 坐标也不带带号", "no zone number in the header or in the eastings"))
    if zone is None:
        warnings.append(say(f"未写带号，按 Y 坐标的带号 {prefix} 读取", f"no 带号 given: zone {prefix} from the eastings"))
    elif prefix is not None and prefix != zone:
        raise InputError(say(f"带号 {zone} 与 Y 坐标中的带号 {prefix} 不符",
                             f"zone {zone} disagrees with the coordinates, which are in zone {prefix}"))
    return (zone if zone is not None else prefix), prefix is not None, warnings


def check_in_zone(geometry, crs, zone_width, zone, label):
    """InputError unless every point lies within the zone (its half width plus a margin)."""
    lon = reproject(shapely.MultiPoint(shapely.get_coordinates(geometry)), crs, "EPSG:4326")
    lons = shapely.get_coordinates(lon)[:, 0]
    off = abs(lons - central_meridian(zone_width, zone))
    if not (off <= zone_width / 2 + ZONE_MARGIN_DEG).all():
        raise InputError(say(f"地块 {label} 的坐标不在第 {zone} 带内，带号与坐标不符",
                             f"the coordinates of parcel {label} lie outside zone {zone}: the zone number disagrees with them"))


def read_land_txt(path_or_bytes, cancelled=None):
    """Read a land-boundary coordinate file (a path or its bytes) into a LandFile. `cancelled()`,
    asked while the file is read and parsed (every block, every few thousand lines, every parcel),
    stops the reading with Cancelled when it answers true."""
    cancelled = cancelled or _never
    text, encoding = _decode(_read_bytes(path_or_bytes, cancelled))
    _stop_if(cancelled)
    header, raw = _sections(text.splitlines(), cancelled)
    datum, warning = _datum(header)
    warnings = [warning] if warning else []
    _check_projection(header)
    zone, prefixed, zone_warnings = _resolve_zone(header, raw)
    warnings += zone_warnings
    zone_width = _zone_width(header, zone)
    crs = f"EPSG:{zone_epsg(datum, zone_width, zone, prefixed)}"
    parcels = []
    for line, fields, points in raw:
        _stop_if(cancelled)
        attributes = dict(zip(PARCEL_FIELDS, fields + [""] * (len(PARCEL_FIELDS) - len(fields))))
        parcel = Parcel(None, attributes, fields[len(PARCEL_FIELDS):], line)
        label = parcel.label
        if attributes["图形属性"] not in ("", "面"):
            raise _error(line, say(f"地块 {label} 的图形属性为“{attributes['图形属性']}”，只能读入面",
                                   f"parcel {label} is “{attributes['图形属性']}”: only polygons (面) can be read"))
        rings = _rings(label, points)
        declared = _number(attributes["界址点数"], line, say("界址点数", "界址点数 (the number of points)"), int) if attributes["界址点数"] else len(points)
        if declared == len(points) - len(rings):
            warnings.append(say(f"地块 {label} 的界址点数未计闭合点", f"parcel {label}: 界址点数 leaves out the closing points"))
        elif declared != len(points):
            raise _error(line, say(f"地块 {label} 的界址点数为 {declared}，实有 {len(points)} 个坐标点",
                                   f"parcel {label} declares {declared} points but has {len(points)}"))
        parcel.geometry = polygon_from_rings([coords for _line, coords in rings], cancelled)
        check_in_zone(parcel.geometry, crs, zone_width, zone, label)
        if not parcel.geometry.is_valid:
            warnings.append(say(f"地块 {label} 的几何无效：{shapely.is_valid_reason(parcel.geometry)}", f"the geometry of parcel {label} is invalid: {shapely.is_valid_reason(parcel.geometry)}"))
        parcels.append(parcel)
    return LandFile(header, parcels, crs, datum, zone_width, zone, prefixed, encoding, warnings)
