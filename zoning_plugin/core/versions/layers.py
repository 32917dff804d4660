"""What changed between two versions besides the units and lists: the basins (by basin_id), the
stored river buffers (by river name) and the screening rules (by rule_id). A feature is added,
removed, or changed: its fields (old and new value) and its area before and after (m², the
comparison's metric CRS), with the area moved in and out when its outline changed."""
import json
from dataclasses import dataclass, field

import shapely

from zoning_plugin.core.errors import DatasetError
from zoning_plugin.core.messages import say

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
BASIN_FIELDS = ("basin_name", "seq")
BUFFER_FIELDS = ("buffer_m", "basin_id", "measured_from", "channel_width_m")
RULE_FIELDS = ("title", "verdict", "kind", "params", "req_id", "note")


def kind_label(kind):
    return {ADDED: say("新增", "added"), REMOVED: say("删除", "removed"), CHANGED: say("修改", "changed")}[kind]


def _plain(value):
    """A value as the JSON shows it (parameters as sorted JSON, so key order is no change)."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


@dataclass
class FeatureChange:
    key: str
    kind: str
    fields: dict = field(default_factory=dict)     # {field: (old, new)} of the fields that differ
    area_old_m2: float = 0.0
    area_new_m2: float = 0.0
    moved_in_m2: float = 0.0
    moved_out_m2: float = 0.0

    def to_json(self):
        return {"key": self.key, "kind": self.kind, "label": kind_label(self.kind),
                "fields": {k: {"old": _plain(a), "new": _plain(b)} for k, (a, b) in self.fields.items()},
                "area_old_m2": round(self.area_old_m2, 1), "area_new_m2": round(self.area_new_m2, 1),
                "moved_in_m2": round(self.moved_in_m2, 1), "moved_out_m2": round(self.moved_out_m2, 1)}


def _by_key(records, metric, key):
    """{key: (first record, union of the metric geometries)}: a river's buffer may be in pieces."""
    grouped = {}
    for record, geometry in zip(records, metric):
        grouped.setdefault(str(record.get(key)), (record, []))[1].append(geometry)
    return {k: (record, shapely.union_all(parts)) for k, (record, parts) in grouped.items()}


def _feature_changes(old_records, new_records, old_metric, new_metric, key, fields, tolerance):
    before, after = _by_key(old_records, old_metric, key), _by_key(new_records, new_metric, key)
    changes = []
    for name in [*after, *(k for k in before if k not in after)]:
        if name not in before:
            changes.append(FeatureChange(name, ADDED, area_new_m2=after[name][1].area, moved_in_m2=after[name][1].area))
            continue
        if name not in after:
            changes.append(FeatureChange(name, REMOVED, area_old_m2=before[name][1].area,
                                         moved_out_m2=before[name][1].area))
            continue
        (old_record, old_geometry), (new_record, new_geometry) = before[name], after[name]
        differ = {f: (old_record.get(f), new_record.get(f)) for f in fields
                  if _plain(old_record.get(f)) != _plain(new_record.get(f))}
        moved_in = shapely.difference(new_geometry, old_geometry).area
        moved_out = shapely.difference(old_geometry, new_geometry).area
        if differ or moved_in > tolerance or moved_out > tolerance:
            changes.append(FeatureChange(name, CHANGED, differ, old_geometry.area, new_geometry.area, moved_in, moved_out))
    return changes


def basin_changes(old, new, old_metric, new_metric, tolerance):
    return _feature_changes(old.basins.records, new.basins.records, old_metric, new_metric, "basin_id",
                            BASIN_FIELDS, tolerance)


def buffer_changes(old, new, old_metric, new_metric, tolerance):
    return _feature_changes(old.layers["river_buffers"].records, new.layers["river_buffers"].records,
                            old_metric, new_metric, "river_name", BUFFER_FIELDS, tolerance)


@dataclass
class RuleChange:
    rule_id: str
    kind: str
    title: str
    fields: dict = field(default_factory=dict)     # {field: (old, new)}

    def to_json(self):
        return {"rule_id": self.rule_id, "kind": self.kind, "label": kind_label(self.kind), "title": self.title,
                "fields": {k: {"old": _plain(a), "new": _plain(b)} for k, (a, b) in self.fields.items()}}


def _rules(dataset, notes):
    from zoning_plugin.core.dataset.screening_rules import read_rules
    try:
        return {r.rule_id: r for r in read_rules(dataset.path)}
    except DatasetError as error:
        notes.append(say(f"{dataset.title} {dataset.version} 的准入研判规则未能比较：{error}",
                         f"the screening rules of {dataset.title} {dataset.version} were not compared: {error}"))
        return None


def rule_changes(old, new):
    """([RuleChange], notes): a side whose rules cannot be read is said in the notes, and then
    no rule is compared."""
    notes = []
    before, after = _rules(old, notes), _rules(new, notes)
    if before is None or after is None:
        return [], notes
    changes = []
    for rule_id in [*after, *(k for k in before if k not in after)]:
        if rule_id not in before:
            changes.append(RuleChange(rule_id, ADDED, after[rule_id].title,
                                      {f: (None, getattr(after[rule_id], f)) for f in RULE_FIELDS}))
        elif rule_id not in after:
            changes.append(RuleChange(rule_id, REMOVED, before[rule_id].title,
                                      {f: (getattr(before[rule_id], f), None) for f in RULE_FIELDS}))
        else:
            differ = {f: (getattr(before[rule_id], f), getattr(after[rule_id], f)) for f in RULE_FIELDS
                      if _plain(getattr(before[rule_id], f)) != _plain(getattr(after[rule_id], f))}
            if differ:
                changes.append(RuleChange(rule_id, CHANGED, after[rule_id].title, differ))
    return changes, notes
