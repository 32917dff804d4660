"""The result of one inspection: feeds the panel, the reports and the CLI alike."""
from dataclasses import dataclass, field

from zoning_plugin.core.model import DIMENSIONS, SCOPE_BASIN, SCOPE_CITY
from zoning_plugin.core.report import LABELS, render_text


def _round(value, digits=2):
    return None if value is None else round(float(value), digits)


def _share_text(share):
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
                                           "share": _share_text((self.inside_measure or 0) / self.measure)}))
        return notes

    def warnings(self, labels=None):
        labels = {**LABELS, **(labels or {})}
        return [labels[key].format(**arguments) for key, arguments in self.notes()]

    def requirement_groups(self):
        """[(scope, scope_ref, title, [(dimension, [(Requirement, triggered)])])] in display order.

        Every level lists all four dimensions, an empty list where the level has none; a basin
        level borrowed for its buffer rule alone (the 松花江 option) lists only that rule."""
        groups = []
        basin_ids = {b["id"] for b in self.basins}
        for requirement, triggered in self.requirements:
            key = (requirement.scope, requirement.scope_ref)
            if not groups or groups[-1][:2] != key:
                borrowed = requirement.scope == SCOPE_BASIN and requirement.scope_ref not in basin_ids
                title = self.scope_title(*key) + ("（河流生态缓冲区规则，按设置适用于所在流域）" if borrowed else "")
                groups.append((requirement.scope, requirement.scope_ref, title,
                               {} if borrowed else {d: [] for d in DIMENSIONS}))
            groups[-1][3].setdefault(requirement.dimension, []).append((requirement, triggered))
        return [(s, ref, title, list(dims.items())) for s, ref, title, dims in groups]

    def scope_title(self, scope, scope_ref):
        if scope == SCOPE_CITY:
            return "1 辽源市总体管控要求"
        if scope == SCOPE_BASIN:
            name = {"liao": "辽河流域", "songhua": "松花江流域"}.get(scope_ref, scope_ref)
            for basin in self.basins:
                if basin["id"] == scope_ref:
                    name = basin["name"]
            return f"2 {name}"
        for unit in self.units:
            if unit["code"] == scope_ref:
                return f"61 {unit['code']} {unit['name']}"
        return f"61 {scope_ref}"

    def to_dict(self):
        lon, lat = self.location
        return {
            "inside": self.inside,
            "dataset": {"title": self.dataset["title"], "version": self.dataset["version"],
                        "sample": self.dataset["sample"],
                        "effective_date": self.dataset.get("effective_date", "")},
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
                         "overlap_m2": _round(b["overlap_m2"]), "length_m": _round(b["length_m"])}
                        for b in self.buffers],
            "requirements": [{"id": r.req_id, "scope": r.scope, "scope_ref": r.scope_ref,
                              "dimension": r.dimension, "heading": r.heading, "text": r.text,
                              "source": r.source, "sample": r.sample, "triggered": triggered}
                             for r, triggered in self.requirements],
            "warnings": self.warnings(),
        }

    def to_text(self, labels=None, extra_rows=()):
        """The whole result as readable plain text (demo, CLI, clipboard)."""
        return render_text(self, labels, extra_rows)
