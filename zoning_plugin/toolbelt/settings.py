"""Typed plugin settings over QgsSettings."""
import json
import os
from dataclasses import dataclass, field, replace

from qgis.core import QgsSettings

from zoning_plugin.core.dataset.reader import OLD_BUFFERS_KEY, SAMPLE_DATASET_PATH

_PREFIX = "zoning_plugin/"


@dataclass
class ZoningSettings:
    dataset_path: str = ""          # '' means the bundled sample
    buffers_in_all_basins: bool = False   # also build buffers in the basins whose list lacks the rule
    label_scale: int = 100000       # unit labels are shown at scales larger than 1:label_scale
    pg_connection: str = ""         # a saved QGIS PostgreSQL connection's name: the dataset in PostGIS
    pg_schema: str = ""             # (issue 19); '' uses the GeoPackage. Never credentials.
    # More datasets beside the active one (issue 20): other versions, a neighbouring city; each
    # {"path": GeoPackage} or {"pg_connection": name, "pg_schema": schema}. Never credentials.
    other_datasets: list = field(default_factory=list)

    @classmethod
    def load(cls):
        s = QgsSettings()
        return cls(dataset_path=s.value(_PREFIX + "dataset_path", "", type=str),
                   buffers_in_all_basins=s.value(_PREFIX + "buffers_in_all_basins",
                                                 s.value(_PREFIX + OLD_BUFFERS_KEY, False, type=bool), type=bool),
                   label_scale=s.value(_PREFIX + "label_scale", 100000, type=int),
                   pg_connection=s.value(_PREFIX + "pg_connection", "", type=str),
                   pg_schema=s.value(_PREFIX + "pg_schema", "", type=str),
                   other_datasets=_entries(s.value(_PREFIX + "other_datasets", "[]", type=str)))

    def save(self):
        s = QgsSettings()
        s.setValue(_PREFIX + "dataset_path", self.dataset_path)
        s.setValue(_PREFIX + "buffers_in_all_basins", self.buffers_in_all_basins)
        s.remove(_PREFIX + OLD_BUFFERS_KEY)   # read by load() only while the new key is absent
        s.setValue(_PREFIX + "label_scale", int(self.label_scale))
        s.setValue(_PREFIX + "pg_connection", self.pg_connection)
        s.setValue(_PREFIX + "pg_schema", self.pg_schema)
        s.setValue(_PREFIX + "other_datasets", json.dumps(self.other_datasets, ensure_ascii=False))

    def dataset_source(self):
        """What open_dataset() opens: the PostGIS schema of a saved connection when one is chosen,
        else the GeoPackage's path (None: the bundled sample)."""
        return source_of(self.active_entry())

    def all_sources(self):
        """What open_dataset() opens for every dataset the user listed: the active one first (as
        dataset_source()), then the others in the order listed, each once."""
        return [source_of(entry) for entry in self.entries()]

    def dataset_paths(self):
        """The `Dataset.path` of every listed dataset, the active one first (what names a loaded
        dataset's layer group: gui/layers.py find_group)."""
        return [dataset_path(source) for source in self.all_sources()]

    def active_entry(self):
        """The active dataset as an other_datasets entry ({"path": ""}: the bundled sample)."""
        if self.pg_connection:
            return {"pg_connection": self.pg_connection, "pg_schema": self.pg_schema}
        return {"path": self.dataset_path}

    def entries(self):
        """Every listed dataset as an entry, the active one first, each once (a repeat or an entry
        that names no dataset left out)."""
        entries, seen = [], set()
        for entry in [self.active_entry()] + list(self.other_datasets):
            key = entry_key(entry)
            if key is not None and key not in seen:
                seen.add(key)
                entries.append(entry)
        return entries

    def with_entries(self, entries):
        """These settings with `entries` listed: the first active, the others side by side."""
        first = dict(entries[0]) if entries else {"path": ""}
        return replace(self, dataset_path="" if first.get("pg_connection") else str(first.get("path") or ""),
                       pg_connection=str(first.get("pg_connection") or ""),
                       pg_schema=str(first.get("pg_schema") or "") if first.get("pg_connection") else "",
                       other_datasets=[dict(e) for e in entries[1:]])

    def make_active(self, index):
        """These settings with the listed dataset `index` (of entries()) active, the one active
        before kept in the list at its place: the switch of the panel and the settings dialog."""
        entries = self.entries()
        entries[0], entries[index] = entries[index], entries[0]
        return self.with_entries(entries)


def entry_key(entry):
    """What tells two entries apart (the same file or schema is one dataset); None when the entry
    names no dataset."""
    if not isinstance(entry, dict):
        return None
    if entry.get("pg_connection"):
        return ("postgis", str(entry["pg_connection"]), str(entry.get("pg_schema") or ""))
    if "path" in entry and isinstance(entry["path"], str):
        return ("file", _normal_path(entry["path"]))
    return None


def _normal_path(path):
    """A GeoPackage's path as one text per file ('' for the bundled sample, whichever way named)."""
    path = path.strip()
    if not path:
        return ""
    path = os.path.abspath(path)
    return "" if path == os.path.abspath(SAMPLE_DATASET_PATH) else path


def dataset_path(source):
    """The `path` of the Dataset that open_dataset(source) opens."""
    if source is None or isinstance(source, str):
        return os.path.abspath(source or SAMPLE_DATASET_PATH)
    return str(source)


def _entries(text):
    """The other_datasets list of its JSON; [] when unreadable (a hand-edited setting)."""
    try:
        entries = json.loads(text or "[]")
    except ValueError:
        return []
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def source_of(entry):
    """The open_dataset() source of one entry (entries()): a PostgisSource, a GeoPackage's path,
    or None for the bundled sample."""
    if entry.get("pg_connection"):
        import zoning_plugin.toolbelt.pg_connections  # noqa: F401  (resolves the connection's credentials)
        from zoning_plugin.core.postgis import PostgisSource
        return PostgisSource(str(entry["pg_connection"]), str(entry.get("pg_schema") or ""))
    return _normal_path(entry.get("path") or "") or None



# The inspect tool's point mode is a panel switch, not part of the settings dialog: kept apart
# from ZoningSettings so that saving the dialog never resets it.
_POINT_MODE_KEY = _PREFIX + "point_mode"


def load_point_mode():
    """True when a click inspects the point even over a feature of another layer."""
    return QgsSettings().value(_POINT_MODE_KEY, False, type=bool)


def save_point_mode(on):
    QgsSettings().setValue(_POINT_MODE_KEY, bool(on))
