"""What changed between two versions of a city's zoning: `compare_datasets(old, new)` → Comparison.

Units are matched by code first; the units left over on both sides are matched by overlap (the
pair sharing most area, where the shared part is more than half of one of them), which finds a
unit whose code changed. Each matched pair gets the change types it shows — 类别调整 (class),
更名 (name), 编码变更 (code), 边界调整 (boundary) — an unmatched new unit is 新增, an unmatched old
one 删除. Area 调入 (moved in) is the part of a unit after that was not in it before, 调出 (moved
out) the part before no longer in it, in m² in the new dataset's metric CRS (the old one's
geometries are measured there too); each names the units on the other side it came from or went
to. A boundary counts as changed when either exceeds `tolerance_m2` (the tiling's tolerance).

The lists (requirements), basins, the stored buffers (not those the option of the other basins
builds on the fly) and screening rules are compared too (lists.py,
layers.py). One Comparison object; the HTML and JSON are views of it (core/renderers/compare.py)."""
from dataclasses import dataclass, field

import shapely
from shapely.strtree import STRtree

from zoning_plugin.core.dataset.validate import TOLERANCE_M2
from zoning_plugin.core.geo import STORAGE_CRS, densify_many, reproject
from zoning_plugin.core.messages import say
from zoning_plugin.core.versions import layers, lists

ADDED, REMOVED, RECLASSIFIED, RENAMED, RECODED, BOUNDARY = \
    "added", "removed", "reclassified", "renamed", "recoded", "boundary"
CHANGE_TYPES = (ADDED, REMOVED, RECLASSIFIED, RENAMED, RECODED, BOUNDARY)
BY_CODE, BY_OVERLAP = "code", "overlap"
# The share of a unit the overlap must exceed for two units of different codes to be one unit.
OVERLAP_SHARE = 0.5


def change_label(change):
    """The change type's name: the terms of 国土空间规划 动态维护 in Chinese."""
    return {ADDED: say("新增", "added"), REMOVED: say("删除", "removed"),
            RECLASSIFIED: say("类别调整", "class changed"), RENAMED: say("更名", "renamed"),
            RECODED: say("编码变更", "code changed"), BOUNDARY: say("边界调整", "boundary changed")}[change]


@dataclass
class UnitChange:
    """One unit before and after (either may be None) and what changed."""
    changes: tuple
    old: dict = None               # the unit's record before (unit_code, unit_name, unit_class, …)
    new: dict = None
    old_geometry: object = None    # EPSG:4490, as stored
    new_geometry: object = None
    matched_by: str = ""           # BY_CODE, BY_OVERLAP, '' (added or removed)
    moved_in_m2: float = 0.0
    moved_out_m2: float = 0.0
    moved_from: dict = field(default_factory=dict)   # {old unit code: m²} of the area moved in
    moved_to: dict = field(default_factory=dict)     # {new unit code: m²} of the area moved out
    area_old_m2: float = 0.0
    area_new_m2: float = 0.0

    def value(self, key, side=None):
        """A field of the unit after (before when removed, or `side` 'old'/'new')."""
        record = {"old": self.old, "new": self.new}.get(side) or self.new or self.old
        return record.get(key) if record else None

    @property
    def code(self):
        return self.value("unit_code")

    def to_json(self, class_name):
        def side(record, area):
            if record is None:
                return None
            return {"unit_code": record["unit_code"], "unit_name": record["unit_name"],
                    "unit_class": record["unit_class"], "class_name": class_name(record["unit_class"]),
                    "county_code": record.get("county_code"), "subtype": record.get("subtype"), "area_m2": round(area, 1)}
        return {"changes": list(self.changes), "change_labels": [change_label(c) for c in self.changes],
                "matched_by": self.matched_by, "old": side(self.old, self.area_old_m2),
                "new": side(self.new, self.area_new_m2), "moved_in_m2": round(self.moved_in_m2, 1),
                "moved_out_m2": round(self.moved_out_m2, 1),
                "moved_from": {k: round(v, 1) for k, v in self.moved_from.items()},
                "moved_to": {k: round(v, 1) for k, v in self.moved_to.items()}}


@dataclass
class Comparison:
    old_info: dict
    new_info: dict
    metric_crs: str
    units: list                    # [UnitChange] of every unit, changed or not, in the new order
    lists: list                    # [lists.ListChange] of the lists with a change, 1+2+N order
    basins: list                   # [layers.FeatureChange]
    buffers: list
    rules: list                    # [layers.RuleChange]
    notes: list                    # what the reader must know (CRSs differ, a side without rules …)
    tolerance_m2: float = TOLERANCE_M2
    class_name: object = None      # class number → name (the new dataset's classes)

    @property
    def changed_units(self):
        return [u for u in self.units if u.changes]

    def counts(self):
        """{change type: units}, every type listed (0 when none)."""
        return {c: sum(1 for u in self.units if c in u.changes) for c in CHANGE_TYPES}

    def item_counts(self):
        return lists.item_counts(self.lists)

    def to_json(self):
        return {"format": "zoning_plugin version comparison", "format_version": 1,
                "before": self.old_info, "after": self.new_info, "metric_crs": self.metric_crs,
                "tolerance_m2": self.tolerance_m2, "notes": list(self.notes),
                "counts": {"units": self.counts(), "items": self.item_counts(),
                           "basins": len(self.basins), "buffers": len(self.buffers), "rules": len(self.rules)},
                "units": [u.to_json(self.class_name) for u in self.changed_units],
                "lists": [c.to_json() for c in self.lists],
                "basins": [c.to_json() for c in self.basins], "buffers": [c.to_json() for c in self.buffers],
                "rules": [c.to_json() for c in self.rules]}


def dataset_info(dataset):
    """Dataset.info() and the dates that place it in time (in_force.py)."""
    return {**dataset.info(), "end_date": str(dataset.meta.get("end_date") or "")}


def metric_of(dataset, metric_crs, layer):
    """The metric geometries of a Layer of `dataset` in `metric_crs` (its own, or reprojected as
    the reader does: densified in EPSG:4490 first)."""
    if dataset.metric_crs == metric_crs:
        return list(layer.metric)
    return list(reproject(densify_many(_array(layer.geometries), STORAGE_CRS), STORAGE_CRS, metric_crs))


def _array(geometries):
    import numpy
    array = numpy.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    return array


def _match(old_records, new_records, old_metric, new_metric):
    """[(old index or None, new index or None, how)]: by code, then by overlap."""
    old_by_code = {r["unit_code"]: i for i, r in enumerate(old_records)}
    pairs, used_old, used_new = [], set(), set()
    for j, record in enumerate(new_records):
        i = old_by_code.get(record["unit_code"])
        if i is not None and i not in used_old:
            pairs.append((i, j, BY_CODE))
            used_old.add(i)
            used_new.add(j)
    left_old = [i for i in range(len(old_records)) if i not in used_old]
    left_new = [j for j in range(len(new_records)) if j not in used_new]
    candidates = []
    if left_old and left_new:
        tree = STRtree([old_metric[i] for i in left_old])
        for j in left_new:
            for k in tree.query(new_metric[j]):
                i = left_old[int(k)]
                shared = shapely.intersection(old_metric[i], new_metric[j]).area
                if shared > OVERLAP_SHARE * min(old_metric[i].area, new_metric[j].area):
                    candidates.append((shared, i, j))
    for _shared, i, j in sorted(candidates, reverse=True):
        if i not in used_old and j not in used_new:
            pairs.append((i, j, BY_OVERLAP))
            used_old.add(i)
            used_new.add(j)
    pairs += [(None, j, "") for j in range(len(new_records)) if j not in used_new]
    pairs += [(i, None, "") for i in range(len(old_records)) if i not in used_old]
    return pairs


def _parts_by(part, tree, geometries, codes, tolerance):
    """{code: m²} of `part` lying in each of `geometries` (via `tree`), above the tolerance."""
    found = {}
    if part.is_empty:
        return found
    for k in tree.query(part):
        area = shapely.intersection(part, geometries[int(k)]).area
        if area > tolerance:
            found[codes[int(k)]] = found.get(codes[int(k)], 0.0) + area
    return dict(sorted(found.items(), key=lambda kv: -kv[1]))


def _unit_changes(old, new, metric_crs, tolerance):
    old_metric = metric_of(old, metric_crs, old.units)
    new_metric = metric_of(new, metric_crs, new.units)
    old_records, new_records = old.units.records, new.units.records
    old_tree, new_tree = STRtree(old_metric), STRtree(new_metric)
    old_codes = [r["unit_code"] for r in old_records]
    new_codes = [r["unit_code"] for r in new_records]
    changes = []
    for i, j, how in _match(old_records, new_records, old_metric, new_metric):
        before = old_metric[i] if i is not None else shapely.Polygon()
        after = new_metric[j] if j is not None else shapely.Polygon()
        gained, lost = shapely.difference(after, before), shapely.difference(before, after)
        change = UnitChange(changes=(), old=old_records[i] if i is not None else None,
                            new=new_records[j] if j is not None else None,
                            old_geometry=old.units.geometries[i] if i is not None else None,
                            new_geometry=new.units.geometries[j] if j is not None else None,
                            matched_by=how, moved_in_m2=gained.area, moved_out_m2=lost.area,
                            area_old_m2=before.area, area_new_m2=after.area)
        change.moved_from = _parts_by(gained, old_tree, old_metric, old_codes, tolerance)
        change.moved_to = _parts_by(lost, new_tree, new_metric, new_codes, tolerance)
        change.changes = _types(change, old, new, tolerance)
        changes.append(change)
    order = {code: n for n, code in enumerate(new_codes)}
    changes.sort(key=lambda c: (c.new is None, order.get(c.value("unit_code", "new"), 0), c.value("unit_code", "old") or ""))
    return changes


def _types(change, old, new, tolerance):
    if change.old is None:
        return (ADDED,)
    if change.new is None:
        return (REMOVED,)
    found = []
    if old.class_number(change.old["unit_class"]) != new.class_number(change.new["unit_class"]):
        found.append(RECLASSIFIED)
    if str(change.old["unit_name"] or "").strip() != str(change.new["unit_name"] or "").strip():
        found.append(RENAMED)
    if change.old["unit_code"] != change.new["unit_code"]:
        found.append(RECODED)
    if change.moved_in_m2 > tolerance or change.moved_out_m2 > tolerance:
        found.append(BOUNDARY)
    return tuple(found)


def compare_datasets(old, new, tolerance_m2=TOLERANCE_M2):
    """The Comparison of two opened Datasets (`old` before, `new` after)."""
    metric_crs = new.metric_crs
    notes = []
    if old.metric_crs != new.metric_crs:
        notes.append(say(f"两个数据集的量算坐标系不同（{old.metric_crs}、{new.metric_crs}）：面积均按 {metric_crs} 计算",
                         f"the two datasets measure in different CRSs ({old.metric_crs}, {new.metric_crs}): "
                         f"every area is measured in {metric_crs}"))
    if old.city_code != new.city_code:
        notes.append(say(f"两个数据集属于不同城市（{old.city_name} {old.city_code}、{new.city_name} {new.city_code}）",
                         f"the two datasets are of different cities ({old.city_name} {old.city_code}, "
                         f"{new.city_name} {new.city_code})"))
    units = _unit_changes(old, new, metric_crs, tolerance_m2)
    renamed_units = {u.old["unit_code"]: u.new["unit_code"] for u in units if u.old and u.new}
    rule_changes, rule_notes = layers.rule_changes(old, new)
    notes += rule_notes
    return Comparison(
        old_info=dataset_info(old), new_info=dataset_info(new), metric_crs=metric_crs, units=units,
        lists=lists.list_changes(old, new, renamed_units),
        basins=layers.basin_changes(old, new, metric_of(old, metric_crs, old.basins),
                                    metric_of(new, metric_crs, new.basins), tolerance_m2),
        buffers=layers.buffer_changes(old, new, metric_of(old, metric_crs, old.layers["river_buffers"]),
                                      metric_of(new, metric_crs, new.layers["river_buffers"]), tolerance_m2),
        rules=rule_changes, notes=notes, tolerance_m2=tolerance_m2, class_name=new.unit_class_name)
