"""Typed plugin settings over QgsSettings."""
import json
from dataclasses import dataclass, field

from qgis.core import QgsSettings

from zoning_plugin.core.dataset.reader import OLD_BUFFERS_KEY

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
        if self.pg_connection:
            import zoning_plugin.toolbelt.pg_connections  # noqa: F401  (resolves the connection's credentials)
            from zoning_plugin.core.postgis import PostgisSource
            return PostgisSource(self.pg_connection, self.pg_schema)
        return self.dataset_path or None

    def all_sources(self):
        """What open_dataset() opens for every dataset the user listed: the active one first (as
        dataset_source()), then the others in the order listed, each once."""
        sources = [self.dataset_source()]
        for entry in self.other_datasets:
            source = _source_of(entry)
            if source is not None and str(source) not in {str(s) for s in sources}:
                sources.append(source)
        return sources


def _entries(text):
    """The other_datasets list of its JSON; [] when unreadable (a hand-edited setting)."""
    try:
        entries = json.loads(text or "[]")
    except ValueError:
        return []
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def _source_of(entry):
    """The open_dataset() source of one other_datasets entry; None when it names none."""
    if entry.get("pg_connection"):
        import zoning_plugin.toolbelt.pg_connections  # noqa: F401  (resolves the connection's credentials)
        from zoning_plugin.core.postgis import PostgisSource
        return PostgisSource(str(entry["pg_connection"]), str(entry.get("pg_schema") or ""))
    return str(entry["path"]) if entry.get("path") else None


# The inspect tool's point mode is a panel switch, not part of the settings dialog: kept apart
# from ZoningSettings so that saving the dialog never resets it.
_POINT_MODE_KEY = _PREFIX + "point_mode"


def load_point_mode():
    """True when a click inspects the point even over a feature of another layer."""
    return QgsSettings().value(_POINT_MODE_KEY, False, type=bool)


def save_point_mode(on):
    QgsSettings().setValue(_POINT_MODE_KEY, bool(on))
