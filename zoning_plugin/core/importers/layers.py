"""The other layers of an imported dataset: basins, counties, built-up areas, the city boundary,
rivers with the buffer rule and their buffers.

Every function takes SourceData (EPSG:4490) and returns plain rows (dicts with a `geom`), ready
for the writer. Fields are found by their usual names; what was found is said in the notes.
"""
import contextlib
import json
import re
from dataclasses import dataclass, field

import shapely

from zoning_plugin.core.engine import buffers as core_buffers
from zoning_plugin.core.importers.catalogue import parse_buffer_rule
from zoning_plugin.core.dataset.channels import CHANNEL_FIELD, MEASURED_FROM_FIELD, read_channel_width
from zoning_plugin.core.errors import CatalogueError, InputError
from zoning_plugin.core.geo import STORAGE_CRS, reproject
from zoning_plugin.core.importers.mapping import match_field, normalise
from zoning_plugin.core.dataset.model import RULE_RIVER_BUFFER, SCOPE_BASIN
from zoning_plugin.core.messages import say

BASIN_ID_NAMES = ("basin_id", "lydm", "流域代码", "流域编码", "流域编号", "id", "code", "编码", "代码")
BASIN_NAME_NAMES = ("basin_name", "lymc", "流域名称", "流域", "name", "名称")
COUNTY_CODE_NAMES = ("code", "xzqhdm", "xzqdm", "qxdm", "county_code", "行政区划代码", "行政区代码", "县区代码",
                     "区县代码", "代码", "编码", "dm", "pac", "adcode")
COUNTY_NAME_NAMES = ("name", "xzqhmc", "xzqmc", "qxmc", "county_name", "行政区划名称", "行政区名称", "县区名称",
                     "区县名称", "名称", "县区", "区县", "mc")
BUILT_UP_CODE_NAMES = ("code", "dm", "代码", "编码", "行政区划代码", "xzqhdm")
BUILT_UP_NAME_NAMES = ("name", "mc", "名称", "建成区名称", "jcqmc")
RIVER_NAME_NAMES = ("river_name", "河流名称", "hlmc", "河流", "河名", "name", "名称", "mc")
# The channel (water-surface width, m) of a river piece, when the source gives it (core/dataset/channels.py).
CHANNEL_WIDTH_NAMES = (CHANNEL_FIELD, "河道宽度", "河宽", "水面宽度", "水面宽", "hdkd", "hk")


def find_field(names, spellings, explicit=None):
    """The field the user named (InputError if missing), else the first usual spelling present."""
    if explicit:
        found = match_field(names, explicit)
        if found is None:
            raise InputError(say(f"图层中没有字段「{explicit}」；可用字段：{'、'.join(names)[:200]}",
                                 f"the layer has no field “{explicit}”; its fields: {', '.join(names)[:200]}"))
        return found
    keys = {normalise(n): n for n in reversed(names)}
    return next((keys[normalise(s)] for s in spellings if normalise(s) in keys), None)


def _text(value):
    return "" if value is None else " ".join(str(value).split())


def _dissolve(rows, key):
    """Rows with the same key(row) merged: their geometries unioned (first row's attributes)."""
    merged = {}
    for row in rows:
        merged.setdefault(key(row), []).append(row)
    out = []
    for group in merged.values():
        row = dict(group[0])
        if len(group) > 1:
            row["geom"] = multipolygon(shapely.union_all([g["geom"] for g in group]))
        out.append(row)
    return out


def multipolygon(geometry):
    parts = [p for p in shapely.get_parts(shapely.make_valid(geometry) if not geometry.is_valid else geometry)
             if p.geom_type == "Polygon" and not p.is_empty]
    if not parts:
        parts = [q for p in shapely.get_parts(geometry) for q in shapely.get_parts(p) if q.geom_type == "Polygon"]
    return shapely.MultiPolygon(parts)


def basins_from(data, notes):
    """Basin rows (basin_id, basin_name, seq, geom), `seq` in the layer's order. Without an id
    field a basin's id is its name."""
    id_field = find_field(data.fields, BASIN_ID_NAMES)
    name_field = find_field(data.fields, BASIN_NAME_NAMES)
    if id_field is None and name_field is None:
        raise InputError(say(f"流域图层既没有流域代码字段也没有流域名称字段；可用字段：{'、'.join(data.fields)[:200]}",
                             f"the basins layer has neither an id nor a name field; its fields: "
                             f"{', '.join(data.fields)[:200]}"))
    notes.append(say(f"流域：代码取自 {id_field or '（名称）'}，名称取自 {name_field or '（代码）'}",
                     f"basins: ids from {id_field or '(the names)'}, names from {name_field or '(the ids)'}"))
    rows = []
    for record, geometry in zip(data.records, data.geometries):
        name = _text(record.get(name_field)) if name_field else ""
        basin_id = _text(record.get(id_field)) if id_field else name
        rows.append({"basin_id": basin_id or name, "basin_name": name or basin_id, "geom": multipolygon(geometry)})
    rows = _dissolve(rows, lambda r: r["basin_id"])
    for seq, row in enumerate(rows, 1):
        row["seq"] = seq
    return rows


def counties_from(data, notes):
    code_field = find_field(data.fields, COUNTY_CODE_NAMES)
    name_field = find_field(data.fields, COUNTY_NAME_NAMES)
    notes.append(say(f"县区：代码取自 {code_field or '（无）'}，名称取自 {name_field or '（无）'}", f"counties: codes from {code_field or '(none)'}, names from {name_field or '(none)'}"))
    rows = [{"code": _text(r.get(code_field)) if code_field else "", "name": _text(r.get(name_field)) if name_field else "",
             "geom": multipolygon(g)} for r, g in zip(data.records, data.geometries)]
    return _dissolve(rows, lambda r: (r["code"], r["name"]))


def counties_from_units(units):
    """Counties as the union of their units (no counties layer given)."""
    rows = [{"code": u["county_code"], "name": u["county_name"], "geom": u["geom"]} for u in units if u["county_code"]]
    return _dissolve(rows, lambda r: r["code"])


def built_up_from(data, notes):
    code_field = find_field(data.fields, BUILT_UP_CODE_NAMES)
    name_field = find_field(data.fields, BUILT_UP_NAME_NAMES)
    notes.append(say(f"城市建成区：名称取自 {name_field or '（无）'}", f"built-up areas: names from {name_field or '(none)'}"))
    return [{"code": _text(r.get(code_field)) if code_field else "",
             "name": (_text(r.get(name_field)) if name_field else "") or f"城市建成区{n}", "geom": multipolygon(g)}
            for n, (r, g) in enumerate(zip(data.records, data.geometries), 1)]


def city_from(counties_given, counties, units, metric_crs):
    """The city boundary (4490): the union of the counties layer when one was given, else the
    outline of the union of the units with its holes filled (so a hole is a gap, not outside)."""
    if counties_given:
        return multipolygon(shapely.union_all([c["geom"] for c in counties]))
    union = shapely.union_all([reproject(u["geom"], STORAGE_CRS, metric_crs) for u in units])
    filled = shapely.union_all([shapely.Polygon(p.exterior) for p in shapely.get_parts(union)
                                if p.geom_type == "Polygon"])
    return multipolygon(reproject(filled, metric_crs, STORAGE_CRS))


@dataclass
class RiverRule:
    """The river buffer rule: the main river's width, every other river's, the basins it binds."""
    main_river: str = ""
    main_width_m: float = None
    other_width_m: float = None
    basins: list = field(default_factory=list)
    req_id: str = ""

    @property
    def usable(self):
        return bool(self.other_width_m or (self.main_river and self.main_width_m))

    def width_for(self, name):
        if self.main_river and core_buffers.normalise_name(name) == core_buffers.normalise_name(self.main_river):
            return self.main_width_m or self.other_width_m
        return self.other_width_m

    def to_meta(self):
        return json.dumps({"req_id": self.req_id, "main_river": self.main_river, "main_width_m": self.main_width_m,
                           "other_width_m": self.other_width_m, "basins": list(self.basins)},
                          ensure_ascii=False, sort_keys=True)


def rivers_from(data, name_field, basins, rule, metric_crs, notes, channel_field=""):
    """River rows (river_name, basin_id, buffer_m, channel_width_m, geom): the basin holding most
    of each river's length, the width from the rule (None without one), the channel from the
    `channel_field` (else a usual spelling of it; None where the source gives none)."""
    found = find_field(data.fields, RIVER_NAME_NAMES, name_field)
    if found is None:
        raise InputError(say(f"河流图层没有河流名称字段，请指定 RIVER_NAME_FIELD；可用字段：{'、'.join(data.fields)[:200]}",
                             f"the rivers layer has no river name field: give RIVER_NAME_FIELD; its fields: "
                             f"{', '.join(data.fields)[:200]}"))
    notes.append(say(f"河流：名称取自字段 {found}", f"rivers: names from the field {found}"))
    channel = find_field(data.fields, CHANNEL_WIDTH_NAMES, channel_field)
    if channel is not None:
        notes.append(say(f"河流：河道宽度取自字段 {channel}，距离和缓冲区从河岸量起",
                         f"rivers: channel widths from the field {channel}: distances and buffers measured from "
                         "the bank"))
    basin_metric = [(b["basin_id"], reproject(b["geom"], STORAGE_CRS, metric_crs)) for b in basins]
    rows = []
    for record, geometry in zip(data.records, data.geometries):
        name = _text(record.get(found))
        metric = reproject(geometry, STORAGE_CRS, metric_crs)
        lengths = [(shapely.intersection(metric, area).length, basin_id) for basin_id, area in basin_metric]
        basin_id = max(lengths)[1] if lengths and max(lengths)[0] > 0 else ""
        rows.append({"river_name": name, "basin_id": basin_id, "buffer_m": rule.width_for(name) if rule else None,
                     "channel_width_m": _channel_width(record.get(channel), name, channel, notes) if channel else None,
                     "geom": shapely.MultiLineString([p for p in shapely.get_parts(geometry)])})
    return rows


def _channel_width(value, river, field_name, notes):
    """The channel width of one river piece, or None (none given, or unusable: then that piece is
    measured from its centre line, and the notes say so)."""
    try:
        return read_channel_width(value)
    except InputError as error:
        notes.append(say(f"河流 {river} 的河道宽度（字段 {field_name}）无法使用，该河段从中心线量起：{error}",
                         f"the channel width of {river} (field {field_name}) cannot be used, that piece is measured "
                         f"from its centre line: {error}"))
        return None


def rule_from(items, main_river="", main_width=None, other_width=None, basins_text="", basins=()):
    """The river buffer rule: the widths of the general requirement marked as the rule (its basin
    is where it applies), each replaced by what the user gives; `basins_text` (ids or names,
    comma-separated) names the basins instead. InputError for a basin the basins layer lacks."""
    rule = RiverRule()
    marked = next((i for i in items if i.rule == RULE_RIVER_BUFFER), None)
    if marked is not None:
        rule.req_id = marked.req_id
        with contextlib.suppress(CatalogueError):
            parsed = parse_buffer_rule(marked.text)
            rule.main_river, rule.main_width_m, rule.other_width_m = \
                parsed["main_river"], parsed["main_width_m"], parsed["other_width_m"]
        if marked.scope == SCOPE_BASIN:
            rule.basins = [marked.scope_ref]
    rule.main_river = main_river or rule.main_river
    rule.main_width_m = main_width or rule.main_width_m
    rule.other_width_m = other_width or rule.other_width_m
    if str(basins_text or "").strip():
        rule.basins = []
        for token in [t.strip() for t in re.split(r"[,，、;；]", basins_text) if t.strip()]:
            found = next((b["basin_id"] for b in basins if normalise(token) in (normalise(b["basin_id"]),
                                                                               normalise(b["basin_name"]))), None)
            if found is None:
                raise InputError(say(f"流域图层中没有流域「{token}」", f"the basins layer has no basin “{token}”"))
            rule.basins.append(found)
    return rule


def fill_counties(units, counties, metric_crs):
    """A unit's missing county code or name from the counties (by name, by code, else the county
    holding most of the unit)."""
    by_code = {c["code"]: c["name"] for c in counties if c["code"]}
    by_name = {c["name"]: c["code"] for c in counties if c["name"]}
    areas = [(c, reproject(c["geom"], STORAGE_CRS, metric_crs)) for c in counties]
    for unit in units:
        if unit["county_name"] and not unit["county_code"]:
            unit["county_code"] = by_name.get(unit["county_name"], "")
        if unit["county_code"] and not unit["county_name"]:
            unit["county_name"] = by_code.get(unit["county_code"], "")
        if not unit["county_code"] and areas:
            metric = reproject(unit["geom"], STORAGE_CRS, metric_crs)
            best = max(areas, key=lambda a: shapely.intersection(a[1], metric).area)[0]
            unit["county_code"], unit["county_name"] = best["code"], unit["county_name"] or best["name"]


def river_buffers(rivers, rule, city, metric_crs, is_cancelled=None):
    """Buffer rows (river_name, basin_id, buffer_m, geom) of the rivers the rule binds (its basins;
    every river when it names none), dissolved per river and clipped to the city; None when
    cancelled."""
    chosen = [r for r in rivers if r["buffer_m"] and r["river_name"]
              and (not rule.basins or r["basin_id"] in rule.basins)]
    if not chosen:
        return []
    run = core_buffers.build_buffers([r["geom"] for r in chosen], [float(r["buffer_m"]) for r in chosen],
                                     [r["river_name"] for r in chosen], STORAGE_CRS, metric_crs,
                                     is_cancelled=is_cancelled,
                                     channel_widths=[r.get("channel_width_m") for r in chosen])
    if run.cancelled:
        return None
    rows = []
    for buffer in run.buffers:
        first = chosen[buffer.members[0]]
        clipped = multipolygon(shapely.intersection(buffer.geometry, city))
        if not clipped.is_empty:
            rows.append({"river_name": first["river_name"], "basin_id": first["basin_id"],
                         "buffer_m": buffer.width_m, MEASURED_FROM_FIELD: buffer.measured_from,
                         CHANNEL_FIELD: max(buffer.channel_widths) if buffer.channel_widths else None,
                         "geom": clipped})
    return rows
