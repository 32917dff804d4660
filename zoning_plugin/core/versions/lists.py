"""What changed in the access lists ("1+2+N") between two versions: per list, the items added,
removed, reworded, or moved to another dimension or sub-heading, each reworded one with its
word-level diff (text_diff.py).

A list is the same list on both sides when it has the same scope and reference — a unit's list
follows its unit when the unit's code changed (`renamed_units`). Items are paired inside a list by
their text, not by their ids: an id is the item's position (U-<code>-03 is the third item), so a
new edition that drops an item renumbers the later ones, and an id alone would pair different
texts. Identical texts pair first (in order, then anywhere in the list); the rest pair by
similarity (the most alike first, at least SIMILAR alike); what is left is added or removed. The
`source` field is not compared: it names a document's edition and changes with every version."""
from dataclasses import dataclass, field

from zoning_plugin.core.dataset.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_CLASS, SCOPE_ORDER, SCOPE_UNIT
from zoning_plugin.core.messages import say
from zoning_plugin.core.versions import text_diff

ITEM_ADDED, ITEM_REMOVED, ITEM_REWORDED, ITEM_MOVED = "added", "removed", "reworded", "moved"
ITEM_KINDS = (ITEM_ADDED, ITEM_REMOVED, ITEM_REWORDED, ITEM_MOVED)
# How alike (text_diff.similarity) two items must be to be one item reworded rather than one
# removed and one added.
SIMILAR = 0.5
# The tier of each scope in the "1+2+N" numbering: the city list, the basin lists, the unit lists
# (a class list binds units, so it stands with them).
TIERS = {SCOPE_CITY: "1", SCOPE_BASIN: "2", SCOPE_CLASS: "N", SCOPE_UNIT: "N"}


def item_label(kind):
    return {ITEM_ADDED: say("新增", "added"), ITEM_REMOVED: say("删除", "removed"),
            ITEM_REWORDED: say("修改", "reworded"), ITEM_MOVED: say("维度或小标题调整", "moved to another dimension or sub-heading")}[kind]


@dataclass
class ItemChange:
    kind: str
    old: object = None          # Requirement before, or None
    new: object = None          # Requirement after, or None
    pieces: list = field(default_factory=list)   # text_diff.diff(old.text, new.text)

    def to_json(self):
        def side(item):
            if item is None:
                return None
            return {"req_id": item.req_id, "dimension": item.dimension, "heading": item.heading, "seq": item.seq,
                    "text": item.text, "source": item.source, "sample": item.sample}
        return {"kind": self.kind, "label": item_label(self.kind), "old": side(self.old), "new": side(self.new),
                "diff": text_diff.to_json(self.pieces)}


@dataclass
class ListChange:
    scope: str
    scope_ref: str              # in the new version's terms (a unit's new code)
    tier: str                   # "1", "2" or "N"
    title: str
    old_ref: str = ""           # the reference before, when it differs (a unit's old code)
    items: list = field(default_factory=list)     # [ItemChange]
    unchanged: int = 0

    def to_json(self):
        return {"scope": self.scope, "scope_ref": self.scope_ref, "old_scope_ref": self.old_ref or self.scope_ref,
                "tier": self.tier, "title": self.title, "unchanged": self.unchanged,
                "items": [i.to_json() for i in self.items]}


def _normal(text):
    return " ".join(str(text).split())


def pair_items(old_items, new_items):
    """[(old or None, new or None)] of two lists' items (see the module's doc)."""
    import difflib
    old_texts, new_texts = [_normal(i.text) for i in old_items], [_normal(i.text) for i in new_items]
    pairs, used_old, used_new = [], set(), set()
    for block in difflib.SequenceMatcher(None, old_texts, new_texts, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            pairs.append((block.a + k, block.b + k))
            used_old.add(block.a + k)
            used_new.add(block.b + k)
    for i, text in enumerate(old_texts):
        if i in used_old:
            continue
        j = next((j for j, other in enumerate(new_texts) if j not in used_new and other == text), None)
        if j is not None:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    alike = sorted(((text_diff.similarity(old_texts[i], new_texts[j]), i, j)
                    for i in range(len(old_items)) if i not in used_old
                    for j in range(len(new_items)) if j not in used_new), reverse=True)
    for score, i, j in alike:
        if score >= SIMILAR and i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    result = [(old_items[i], new_items[j]) for i, j in pairs]
    result += [(None, new_items[j]) for j in range(len(new_items)) if j not in used_new]
    result += [(old_items[i], None) for i in range(len(old_items)) if i not in used_old]
    return sorted(result, key=lambda p: ((p[1] or p[0]).seq, p[1] is None))


def _item_change(old, new):
    if old is None:
        return ItemChange(ITEM_ADDED, None, new, [(text_diff.INSERT, new.text)])
    if new is None:
        return ItemChange(ITEM_REMOVED, old, None, [(text_diff.DELETE, old.text)])
    if _normal(old.text) != _normal(new.text):
        return ItemChange(ITEM_REWORDED, old, new, text_diff.diff(old.text, new.text))
    if (old.dimension, old.heading) != (new.dimension, new.heading):
        return ItemChange(ITEM_MOVED, old, new, [(text_diff.EQUAL, new.text)])
    return None


def _title(scope, ref, old_ref, old, new):
    """The list's title as the 1+2+N lists name it, from the new version (the old for a list gone)."""
    if scope == SCOPE_CITY:
        return new.profile.city_list_title or old.profile.city_list_title
    if scope == SCOPE_BASIN:
        for dataset in (new, old):
            name = next((r["basin_name"] for r in dataset.basins.records if r["basin_id"] == ref), None)
            if name:
                return name
        return ref
    if scope == SCOPE_CLASS:
        return new.unit_class_name(ref)
    record = next((r for r in new.units.records if r["unit_code"] == ref), None) or \
        next((r for r in old.units.records if r["unit_code"] == (old_ref or ref)), None)
    title = f"{ref} {record['unit_name']}" if record else ref
    if old_ref and old_ref != ref:
        title += say(f"（原编码 {old_ref}）", f" (formerly {old_ref})")
    return title


def list_changes(old, new, renamed_units):
    """[ListChange] of every list with a change, in the 1+2+N order (city, basins in the new
    version's order, classes, units by code). `renamed_units`: {old unit code: new unit code}."""
    groups = {}
    for requirement in old.requirements:
        ref = renamed_units.get(requirement.scope_ref, requirement.scope_ref) \
            if requirement.scope == SCOPE_UNIT else requirement.scope_ref
        groups.setdefault((requirement.scope, ref), ([], [], set()))[0].append(requirement)
        groups[(requirement.scope, ref)][2].add(requirement.scope_ref)
    for requirement in new.requirements:
        groups.setdefault((requirement.scope, requirement.scope_ref), ([], [], set()))[1].append(requirement)
    basin_order = {r["basin_id"]: n for n, r in enumerate(new.basins.records)}
    changes = []
    for (scope, ref), (old_items, new_items, old_refs) in groups.items():
        old_ref = next(iter(old_refs)) if len(old_refs) == 1 else ""
        items = [_item_change(a, b) for a, b in pair_items(sorted(old_items, key=lambda r: r.seq),
                                                         sorted(new_items, key=lambda r: r.seq))]
        changed = [i for i in items if i is not None]
        if not changed:
            continue
        changes.append(ListChange(scope, ref, TIERS.get(scope, "N"), _title(scope, ref, old_ref, old, new),
                                  old_ref if old_ref != ref else "", changed, len(items) - len(changed)))
    return sorted(changes, key=lambda c: (SCOPE_ORDER.get(c.scope, 9), basin_order.get(c.scope_ref, len(basin_order)),
                                          c.scope_ref))


def item_counts(changes):
    """{item change kind: items} over `changes`, every kind listed."""
    return {kind: sum(1 for c in changes for i in c.items if i.kind == kind) for kind in ITEM_KINDS}
