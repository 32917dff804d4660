"""Coordinates as people copy them: from 高德 (GCJ-02) or 百度 (BD-09) web maps, GPS (WGS84),
CGCS2000 longitude/latitude, or CGCS2000 3-degree Gauss-Krüger metres with or without the zone
number in front of the easting; decimal degrees or degrees-minutes-seconds, either order
(the web maps' offsets: core/web_datums.py).
`parse_coordinates(text, system)` and `read_pair(x, y, system)` give a `Coordinates`: lon/lat in
EPSG:4490 and what was understood. Bad input raises InputError with one line that says why.
WGS84 and CGCS2000 differ by centimetres: they are used as the same, as PROJ does.
"""
import math
import re
import unicodedata
from dataclasses import dataclass

import shapely

from zoning_plugin.core.errors import InputError, OutOfRangeError
from zoning_plugin.core.geo import STORAGE_CRS, one_line, reproject
from zoning_plugin.core.geo_input import check_finite
from zoning_plugin.core.importers.land_txt import zone_epsg
from zoning_plugin.core.messages import say
from zoning_plugin.core.web_datums import bd09_to_wgs84, gcj02_to_wgs84, in_china

CGCS2000, WGS84, GCJ02, BD09, GK = "cgcs2000", "wgs84", "gcj02", "bd09", "gk"
SYSTEMS = (CGCS2000, WGS84, GCJ02, BD09, GK)
def system_name(system):
    """The name of a coordinate system as the user knows it, in the current language."""
    return {CGCS2000: "CGCS2000", WGS84: "WGS84", GCJ02: say("GCJ-02（高德）", "GCJ-02 (Gaode/Amap)"),
            BD09: say("BD-09（百度）", "BD-09 (Baidu)"),
            GK: say("CGCS2000 3° 高斯-克吕格", "CGCS2000 3° Gauss-Krüger")}[system]
WEB_SYSTEMS = (GCJ02, BD09)

# -- what was understood --------------------------------------------------------------------------
@dataclass
class Coordinates:
    """A point given by a user. `lon`, `lat`: EPSG:4490. `given`: the numbers as read, (lon, lat)
    in `system` or (easting, northing) in `crs` for Gauss-Krüger. Iterates as (lon, lat, understood)."""
    lon: float
    lat: float
    system: str
    given: tuple
    form: str = "decimal"           # decimal | dms | projected
    swapped: bool = False           # latitude came first (told apart by China's ranges)
    outside_china: bool = False     # a web-map system outside China: no offset, taken as given
    crs: str = STORAGE_CRS          # the CRS of `given` for Gauss-Krüger, else EPSG:4490
    zone: int = None
    prefixed: bool = False          # the easting carried the zone number
    zone_from: str = ""             # prefix | chosen | default

    @property
    def converted(self):
        return self.system in WEB_SYSTEMS and not self.outside_china

    @property
    def understood(self):
        """One line, in the current language, of how the input was read."""
        a, b = self.given
        name = system_name(self.system)
        if self.form == "projected":
            origin = {"prefix": say("带号取自坐标", "zone from the easting"),
                      "chosen": say("所选带号", "zone as chosen"),
                      "default": say("数据集所在带", "the dataset's zone")}[self.zone_from]
            text = say(f"CGCS2000 3° 高斯-克吕格第 {self.zone} 带（{origin}，{self.crs}）北坐标 {b:.2f}、东坐标 {a:.2f} "
                       f"→ CGCS2000 {self.lon:.6f}, {self.lat:.6f}",
                       f"CGCS2000 3° Gauss-Krüger zone {self.zone} ({origin}, {self.crs}) northing {b:.2f}, "
                       f"easting {a:.2f} → CGCS2000 {self.lon:.6f}, {self.lat:.6f}")
        elif self.converted:
            text = say(f"{name} {a:.6f}, {b:.6f} 已转换为 CGCS2000 {self.lon:.6f}, {self.lat:.6f}",
                       f"{name} {a:.6f}, {b:.6f} converted to CGCS2000 {self.lon:.6f}, {self.lat:.6f}")
        else:
            text = say(f"CGCS2000 {self.lon:.6f}, {self.lat:.6f}（按 {name} 读取）",
                       f"CGCS2000 {self.lon:.6f}, {self.lat:.6f} (read as {name})")
        if self.swapped:
            text += say("；纬度写在前，已对调", "; latitude came first: swapped")
        if self.outside_china:
            text += say(f"；位于中国范围之外，{name} 在此无偏移，未作转换",
                        f"; outside China {name} has no offset: not converted")
        return text

    def __iter__(self):
        return iter((self.lon, self.lat, self.understood))


# -- reading numbers -------------------------------------------------------------------------------
_NUMBER = r"\d+(?:\.\d*)?|\.\d+"
_PART = re.compile(
    rf"(?P<pre>[NSEW])?\s*(?P<sign>[-+])?\s*(?P<deg>{_NUMBER})\s*"
    rf"(?:(?P<dm>°|º|度)\s*(?:(?P<min>{_NUMBER})\s*(?:'|分)\s*(?:(?P<sec>{_NUMBER})\s*(?:\"|''|秒)\s*)?)?)?"
    r"(?(pre)|(?P<post>[NSEW](?![A-Z]))?)", re.I)
_SEPARATOR = re.compile(r"[\s,;/|()\[\]{}]*")
_LABELS = ((re.compile(r"东经|经度|longitude|lng|lon", re.I), "E"), (re.compile(r"西经", re.I), "W"),
           (re.compile(r"北纬|纬度|latitude|lat", re.I), "N"), (re.compile(r"南纬", re.I), "S"))
_AXES = {"N": "lat", "S": "lat", "E": "lon", "W": "lon"}
EXAMPLES = "125.145,42.902；42.902,125.145；125°8'42\"E 42°54'7\"N；4751234.5,42512345.6"


def _bad(text, why="", why_en=""):
    """InputError: what is wrong (in the current language), the text, and examples that work."""
    return InputError(say(f"无法识别的坐标{'：' + why if why else ''}「{one_line(text)}」；可写作 {EXAMPLES}",
                          f"unrecognised coordinates{': ' + why_en if why_en else ''} “{one_line(text)}”; "
                          f"write for example {EXAMPLES.replace('；', '; ')}"))


def _normalise(text):
    text = unicodedata.normalize("NFKC", str(text)).strip()
    for old, new in (("″", '"'), ("′′", '"'), ("′", "'"), ("’", "'"), ("”", '"'), ("“", '"'), ("˚", "°")):
        text = text.replace(old, new)
    for pattern, letter in _LABELS:
        text = pattern.sub(f" {letter}", text)
    return re.sub(r"\s*[:=]\s*", " ", text).strip()


def _value(match, text):
    """(degrees or plain number, axis or None, is_dms) of one matched component."""
    deg, minutes, seconds = match.group("deg"), match.group("min"), match.group("sec")
    value = float(deg)
    if minutes is not None:
        bad_seconds = seconds is not None and ("." in minutes or float(seconds) >= 60)
        if "." in deg or float(minutes) >= 60 or bad_seconds:
            raise _bad(text, "度分秒不合理", "bad degrees-minutes-seconds")
        value += float(minutes) / 60.0 + float(seconds or 0) / 3600.0
    letter = (match.group("pre") or match.group("post") or "").upper()
    if match.group("sign") == "-" or letter in ("S", "W"):
        value = -value
    return value, _AXES.get(letter), match.group("dm") is not None


def split_numbers(text):
    """[(value, axis or None, is_dms)] of the two components of a coordinate text."""
    original = text
    text = _normalise(text)
    parts, position = [], 0
    while True:
        position = _SEPARATOR.match(text, position).end()
        if position >= len(text):
            break
        match = _PART.match(text, position)
        if match is None or match.end() == position:
            raise _bad(original)
        parts.append(_value(match, original))
        position = match.end()
    if len(parts) != 2:
        raise _bad(original, f"需要两个数，读到 {len(parts)} 个", f"two numbers needed, found {len(parts)}")
    return parts


def _number(value, what, what_en):
    """A cell or argument as a float (or None when empty); text goes through the DMS reader."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number, axis, dms = float(value), None, False
    else:
        match = _PART.fullmatch(_normalise(value))
        if match is None:
            raise _bad(value, f"{what}不是数字", f"{what_en} is not a number")
        number, axis, dms = _value(match, str(value))
    if not math.isfinite(number):
        raise _bad(value, f"{what}不是有限数值", f"{what_en} is not finite")
    return number, axis, dms


# -- interpreting two numbers -----------------------------------------------------------------------
CHINA_LON, CHINA_LAT = (73.0, 135.0), (18.0, 54.0)
PROJECTED_ABOVE = 360.0
ZONE_WIDTH = 3


def _within(value, bounds):
    return bounds[0] <= value <= bounds[1]


def _geographic(parts, system, text, columns=False):
    (a, axis_a, dms_a), (b, axis_b, dms_b) = parts
    swapped = False
    if axis_a or axis_b:
        if axis_a == axis_b:
            raise _bad(text, "两个数都标为经度或都标为纬度", "both marked as the same axis")
        first_is_lat = axis_a == "lat" or (axis_a is None and axis_b == "lon")
        lon, lat = (b, a) if first_is_lat else (a, b)
        swapped = columns and first_is_lat      # 42°54'N 125°8'E is usual text, not usual columns
    elif _within(a, CHINA_LAT) and _within(b, CHINA_LON):   # the ranges do not overlap
        lon, lat, swapped = b, a, True
    else:
        lon, lat = a, b
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise OutOfRangeError(say(f"经纬度超出范围：经度 {lon:g}、纬度 {lat:g}：{one_line(text)}",
                                  f"longitude/latitude out of range: longitude {lon:g}, latitude {lat:g}: "
                                  f"{one_line(text)}"))
    outside = system in WEB_SYSTEMS and not in_china(lon, lat)
    if system == GCJ02 and not outside:
        result = gcj02_to_wgs84(lon, lat)
    elif system == BD09 and not outside:
        result = bd09_to_wgs84(lon, lat)
    else:
        result = (lon, lat)
    return Coordinates(result[0], result[1], system, (lon, lat), "dms" if dms_a or dms_b else "decimal",
                       swapped=swapped, outside_china=outside)


def _projected(parts, zone, default_zone, text):
    if any(axis or dms for _v, axis, dms in parts):
        raise _bad(text, "高斯-克吕格坐标应为米数", "Gauss-Krüger coordinates are metres")
    a, b = parts[0][0], parts[1][0]
    if min(a, b) < 0:
        raise _bad(text, "高斯-克吕格坐标不能为负", "Gauss-Krüger coordinates cannot be negative")
    prefixed = [v for v in (a, b) if 1e7 <= v < 1e8]
    plain = [v for v in (a, b) if 1e5 <= v < 1e6]
    northing = [v for v in (a, b) if 1e6 <= v < 1e7]
    if len(northing) != 1 or len(prefixed) + len(plain) != 1:
        raise _bad(text, "分不清北坐标与东坐标：北坐标应为 7 位整数，东坐标 6 位（或带 2 位带号共 8 位）",
                   "cannot tell northing from easting: the northing has 7 digits, the easting 6 "
                   "(8 with the zone number in front)")
    northing = northing[0]
    if prefixed:
        easting, from_prefix = prefixed[0], int(prefixed[0] // 1e6)
        if zone is not None and int(zone) != from_prefix:
            raise _bad(text, f"东坐标带号为 {from_prefix}，与所选第 {zone} 带不符", "the easting says zone "
                             f"{from_prefix}, zone {zone} was chosen")
        zone, zone_from = from_prefix, "prefix"
    else:
        easting = plain[0]
        if zone is None and default_zone is None:
            raise _bad(text, "东坐标没有带号，请选择带号", "no zone number in the easting: choose the zone")
        zone_from = "chosen" if zone is not None else "default"
        zone = int(zone if zone is not None else default_zone)
    crs = f"EPSG:{zone_epsg('cgcs2000', ZONE_WIDTH, zone, bool(prefixed))}"
    point = reproject(shapely.Point(easting, northing), crs, STORAGE_CRS)
    check_finite(point, text)
    if abs(point.x - zone * ZONE_WIDTH) > ZONE_WIDTH / 2.0 + 0.5:
        raise OutOfRangeError(say(f"坐标落在第 {zone} 带之外（经度 {point.x:.3f}），请检查带号：{one_line(text)}",
                                  f"the point lies outside zone {zone} (longitude {point.x:.3f}): check the zone: "
                                  f"{one_line(text)}"))
    return Coordinates(point.x, point.y, GK, (easting, northing), "projected", crs=crs, zone=zone,
                       prefixed=bool(prefixed), zone_from=zone_from)


def _interpret(parts, system, zone, default_zone, text, columns=False):
    if system not in SYSTEMS:
        raise InputError(say(f"未知的坐标系 {one_line(system)}，可选 {'、'.join(SYSTEMS)}",
                             f"unknown coordinate system {one_line(system)}: choose one of {', '.join(SYSTEMS)}"))
    projected = any(abs(v) > PROJECTED_ABOVE for v, _a, _d in parts)
    if system == GK or (projected and system == CGCS2000):
        if not projected:
            raise _bad(text, "所选为高斯-克吕格投影坐标（米），这里是经纬度", "Gauss-Krüger was chosen, these are degrees")
        return _projected(parts, zone, default_zone, text)
    if projected:
        raise _bad(text, f"{system_name(system)} 坐标应为经纬度；投影坐标请选 CGCS2000 3° 高斯-克吕格",
                   "web maps give degrees; choose Gauss-Krüger for metres")
    return _geographic(parts, system, text, columns)


def parse_coordinates(text, system=CGCS2000, zone=None, default_zone=None):
    """A Coordinates from text as copied: two numbers (decimal or DMS, any usual separator, with
    N/E letters or 经度/纬度 labels or not), in `system` (SYSTEMS). Latitude first is detected for
    China (lat 18–54, lon 73–135) and swapped. Gauss-Krüger metres (northing and easting in either
    order) are read in CGCS2000 and GK: the zone is the easting's prefix, else `zone`, else
    `default_zone`."""
    if text is None or not str(text).strip():
        raise InputError(say("坐标为空", "no coordinates given"))
    return _interpret(split_numbers(str(text)), system, zone, default_zone, str(text))


def read_pair(x, y, system=CGCS2000, zone=None, default_zone=None):
    """A Coordinates from two cells of a table: x (longitude or easting) and y (latitude or
    northing), numbers or text such as 125°8'42\"E; the same checks as parse_coordinates."""
    shown = f"{'' if x is None else x}, {'' if y is None else y}"
    parts = [_number(x, "经度/X", "longitude/X"), _number(y, "纬度/Y", "latitude/Y")]
    if parts[0] is None or parts[1] is None:
        raise InputError(say(f"坐标不完整：{one_line(shown)}", f"a coordinate is missing: {one_line(shown)}"))
    return _interpret(parts, system, zone, default_zone, shown, columns=True)


# -- the zone of a dataset, the locator's system words, list columns ------------------------------
def zone_of_longitude(lon):
    """The CGCS2000 3-degree zone number (25–45) of a longitude, or None outside China's zones."""
    zone = int(math.floor(lon / ZONE_WIDTH + 0.5))
    return zone if 25 <= zone <= 45 else None


def dataset_zone(dataset):
    """The 3-degree zone of a dataset's centre: the zone of coordinates given without one."""
    minx, _miny, maxx, _maxy = shapely.total_bounds(dataset.units.geometries)
    return zone_of_longitude((minx + maxx) / 2.0) if math.isfinite(minx) else None


_SYSTEM_WORDS = {
    "cgcs2000": CGCS2000, "cgcs": CGCS2000, "wgs84": WGS84, "wgs-84": WGS84, "wgs": WGS84, "gps": WGS84,
    "gcj02": GCJ02, "gcj-02": GCJ02, "gcj": GCJ02, "高德": GCJ02, "amap": GCJ02, "gaode": GCJ02,
    "火星": GCJ02, "bd09": BD09, "bd-09": BD09, "bd": BD09, "百度": BD09, "baidu": BD09, "gk": GK}
_WORDS = "|".join(sorted(map(re.escape, _SYSTEM_WORDS), key=len, reverse=True))
_LEADING = re.compile(rf"^\s*(?P<word>{_WORDS})(?P<zone>(?<=gk)\d{{2}}(?=\s|[:：]))?"
                      r"(?:\s+|[:：]\s*|(?=[-+\d.]))", re.I)
_TRAILING = re.compile(rf"\s+(?P<word>{_WORDS})(?P<zone>(?<=gk)\d{{2}})?\s*$", re.I)
_COORDINATE_CHARS = r"[-+\d\s.,，;；/°º度分秒'\"′″NSEWnsew()\[\]]*"
_COORDINATE_TEXT = re.compile(rf"^{_COORDINATE_CHARS}\d{_COORDINATE_CHARS}$")


def split_system(text):
    """(system or None, zone or None, rest) of locator text such as 'gcj 125.15,42.90',
    '125.15,42.90 bd' or 'gk42 4751234.5 512345.6'."""
    text = str(text or "")
    for pattern in (_LEADING, _TRAILING):
        match = pattern.search(text)
        if match:
            rest = (text[:match.start()] + " " + text[match.end():]).strip()
            zone = int(match.group("zone")) if match.group("zone") else None
            return _SYSTEM_WORDS[match.group("word").lower()], zone, rest
    return None, None, text.strip()


def looks_like_coordinates(text):
    """True for text made of numbers, separators, degree marks and N/S/E/W only (not a unit code)."""
    text = _normalise(text or "")
    return bool(_COORDINATE_TEXT.match(text)) and len(re.findall(r"\d+(?:\.\d+)?", text)) >= 2


_COLUMNS = {
    "x": ("经度", "lon", "lng", "long", "longitude", "x", "东经", "x坐标", "横坐标", "easting", "东坐标"),
    "y": ("纬度", "lat", "latitude", "y", "北纬", "y坐标", "纵坐标", "northing", "北坐标"),
    "xy": ("经纬度", "坐标", "经纬度坐标", "位置坐标", "中心坐标", "coordinates", "coords", "lnglat", "lonlat"),
    "industry": ("行业代码", "行业类别代码", "行业分类代码", "国民经济行业代码", "国民经济行业分类代码",
                 "industry_code", "industrycode", "industry", "行业类别", "行业"),
    "boiler": ("燃煤锅炉", "锅炉规模", "燃煤锅炉规模", "锅炉蒸吨", "蒸吨", "锅炉", "boiler_tph", "boiler"),
    "name": ("企业名称", "单位名称", "排污单位名称", "项目名称", "名称", "企业", "name"),
}


def _key(name):
    name = unicodedata.normalize("NFKC", str(name)).casefold()
    return re.sub(r"[\s_]+|[(（][^)）]*[)）]", "", name)


# Phrases that name the role inside a longer column name (中心经度, 新建燃煤锅炉（t/h）).
_INSIDE = {"x": ("经度",), "y": ("纬度",), "xy": ("经纬度",), "industry": ("行业代码", "行业类别代码"),
           "boiler": ("锅炉",), "name": ("企业名称", "单位名称")}


def guess_column(names, role, taken=()):
    """The column of `names` that holds `role` (x, y, xy, industry, boiler, name): an exact usual
    spelling first (blanks, case and a bracketed unit ignored), then a phrase inside the name."""
    free = [n for n in names if n not in taken]
    keys = {n: _key(n) for n in free}
    for spelling in _COLUMNS[role]:
        for name in free:
            if keys[name] in (_key(spelling), _key(spelling).replace("_", "")):
                return name
    for phrase in _INSIDE[role]:
        for name in free:
            if phrase in keys[name]:
                return name
    return None
