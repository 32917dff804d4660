"""The result of one inspection: feeds the panel, the reports and the CLI alike."""
from dataclasses import dataclass, field

from zoning_plugin.core.dataset.model import DIMENSIONS, SCOPE_BASIN, SCOPE_CITY, SCOPE_CLASS, SCOPE_UNIT
from zoning_plugin.core.renderers.inspect import LABELS, render_text
from zoning_plugin.core.messages import say


def _round(value, digits=2):
    return None if value is None else round(float(value), digits)


def share_text(share):
    """A share as a percentage that never rounds a part to all or nothing."""
    text = f"{share:.2%}"
    if text == "100.00%" and share < 1:
        return ">99.99%"
    if text == "0.00%" and share > 0:
        return "<0.01%"
    return text


@dataclass
class InspectResult:
    dataset: dict
    kind: str                       # point | line | polygon
    crs: str                        # CRS of the input
    geometry_4490: object           # the (repaired) input in EPSG:4490, shapely
    measure: float                  # area m² (polygon), length m (line), 0 (point)
    repaired: bool = False
    inside: bool = False
    inside_measure: float = None    # of the top dimension, inside the city (None for a point)
    outside_measure: float = None   # outside the city when more than a sliver, else 0 (None for a point)
    counties: list = field(default_factory=list)
    basins: list = field(default_factory=list)
    built_up: list = field(default_factory=list)
    units: list = field(default_factory=list)
    buffers: list = field(default_factory=list)
    requirements: list = field(default_factory=list)   # [(Requirement, triggered)]

    @property
    def county(self):
        return self.counties[0] if self.counties else None

    @property
    def location(self):
        """A representative lon/lat (EPSG:4490) of the input."""
        point = self.geometry_4490.representative_point()
        return point.x, point.y

    def notes(self):
        """[(label key, format arguments)] of what the reader must know about this result."""
        notes = []
        if self.repaired:
            notes.append(("note_repaired", {}))
        if self.dataset.get("sample"):
            notes.append(("note_sample", {}))
        if self.inside and self.outside_measure and self.measure:
            unit = "m²" if self.kind == "polygon" else "m"
            notes.append(("note_outside", {"outside": f"{self.outside_measure:,.1f} {unit}",
                                           "share": share_text((self.inside_measure or 0) / self.measure)}))
        return notes

    def warnings(self, labels=None):
        labels = {**LABELS, **(labels or {})}
        return [labels[key].format(**arguments) for key, arguments in self.notes()]

    def requirement_groups(self):
        """[(scope, scope_ref, title, [(dimension, [(Requirement, triggered)])])] in display order.

        Every level lists all four dimensions, an empty list where the level has none; a basin
        level borrowed for its buffer rule alone (the option of the other basins) lists only that
        rule. The requirements of a unit class are part of the level of each unit of that class,
        before the unit's own."""
        levels = []   # [(scope, scope_ref, [(Requirement, triggered)])]
        for requirement, triggered in self.requirements:
            if requirement.scope in (SCOPE_CITY, SCOPE_BASIN):
                key = (requirement.scope, requirement.scope_ref)
                if not levels or levels[-1][:2] != key:
                    levels.append((*key, []))
                levels[-1][2].append((requirement, triggered))
        for unit in self.units:
            items = [(r, t) for r, t in self.requirements
                     if (r.scope, r.scope_ref) in ((SCOPE_CLASS, str(unit["class"])), (SCOPE_UNIT, unit["code"]))]
            if items:
                levels.append((SCOPE_UNIT, unit["code"], list(dict.fromkeys(items))))
        basin_ids = {b["id"] for b in self.basins}
        groups = []
        for scope, ref, items in levels:
            borrowed = scope == SCOPE_BASIN and ref not in basin_ids
            title = self.scope_title(scope, ref) + (say("（河流生态缓冲区规则，按设置适用于所在流域）",
                                                        " (the river buffer rule, applied to this basin by the "
                                                        "settings)") if borrowed else "")
            dimensions = {} if borrowed else {d: [] for d in DIMENSIONS}
            for requirement, triggered in items:
                dimensions.setdefault(requirement.dimension, []).append((requirement, triggered))
            groups.append((scope, ref, title, list(dimensions.items())))
        return groups

    def scope_title(self, scope, scope_ref):
        """"{n} {title}" of a level, the numbers and titles from the dataset (list_structure,
        city_list_title, the basin's and the unit's names)."""
        levels = self.dataset.get("levels") or ("1", "2", "")
        if scope == SCOPE_CITY:
            return f"{levels[0]} {self.dataset.get('city_list_title', '')}"
        if scope == SCOPE_BASIN:
            name = next((b["name"] for b in self.basins if b["id"] == scope_ref), scope_ref)
            return f"{levels[1]} {name}"
        name = next((u["name"] for u in self.units if u["code"] == scope_ref), "")
        return f"{levels[2]} {scope_ref} {name}".strip()

    def to_dict(self):
        lon, lat = self.location
        notes = self.dataset.get("requirement_notes") or {}
        return {
            "inside": self.inside,
            "dataset": {"title": self.dataset["title"], "version": self.dataset["version"],
                        "sample": self.dataset["sample"],
                        "effective_date": self.dataset.get("effective_date", ""),
                        # a dataset read from PostGIS: which publication of the schema answered
                        **{key: self.dataset[key] for key in ("published_version", "published_at")
                           if self.dataset.get(key) is not None}},
            "query": {"kind": self.kind, "crs": self.crs, "lon": round(lon, 7), "lat": round(lat, 7),
                      "area_m2": _round(self.measure) if self.kind == "polygon" else None,
                      "length_m": _round(self.measure) if self.kind == "line" else None,
                      "outside_m2": _round(self.outside_measure) if self.kind == "polygon" else None,
                      "outside_length_m": _round(self.outside_measure) if self.kind == "line" else None,
                      "repaired": self.repaired},
            "county": ({"code": self.county["code"], "name": self.county["name"]}
                       if self.county else None),
            "counties": [{"code": c["code"], "name": c["name"], "share": _round(c["share"], 6)}
                         for c in self.counties],
            "units": [{"code": u["code"], "name": u["name"], "class": u["class"],
                       "class_name": u["class_name"], "subtype": u["subtype"],
                       "overlap_m2": _round(u["overlap_m2"]), "length_m": _round(u["length_m"]),
                       "share": _round(u["share"], 6)} for u in self.units],
            "basins": [{"id": b["id"], "name": b["name"]} for b in self.basins],
            "built_up": [{"code": b["code"], "name": b["name"]} for b in self.built_up],
            "buffers": [{"river": b["river"], "width_m": b["width_m"], "distance_m": b["distance_m"],
                         "measured_from": b["measured_from"], "channel_width_m": b["channel_width_m"],
                         "overlap_m2": _round(b["overlap_m2"]), "length_m": _round(b["length_m"])}
                        for b in self.buffers],
            "requirements": [{"id": r.req_id, "scope": r.scope, "scope_ref": r.scope_ref,
                              "dimension": r.dimension, "heading": r.heading, "text": r.text,
                              "source": r.source, "sample": r.sample, "triggered": triggered,
                              "notes": notes.get(r.req_id, [])}
                             for r, triggered in self.requirements],
            "warnings": self.warnings(),
            "dimension_notes": {k.split(":", 1)[1]: v for k, v in notes.items() if k.startswith("dimension:")},
        }

    def to_text(self, labels=None, extra_rows=()):
        """The whole result as readable plain text (demo, CLI, clipboard)."""
        return render_text(self, labels, extra_rows)
