"""Typed plugin settings over QgsSettings."""
from dataclasses import dataclass

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

    @classmethod
    def load(cls):
        s = QgsSettings()
        return cls(dataset_path=s.value(_PREFIX + "dataset_path", "", type=str),
                   buffers_in_all_basins=s.value(_PREFIX + "buffers_in_all_basins",
                                                 s.value(_PREFIX + OLD_BUFFERS_KEY, False, type=bool), type=bool),
                   label_scale=s.value(_PREFIX + "label_scale", 100000, type=int),
                   pg_connection=s.value(_PREFIX + "pg_connection", "", type=str),
                   pg_schema=s.value(_PREFIX + "pg_schema", "", type=str))

    def save(self):
        s = QgsSettings()
        s.setValue(_PREFIX + "dataset_path", self.dataset_path)
        s.setValue(_PREFIX + "buffers_in_all_basins", self.buffers_in_all_basins)
        s.remove(_PREFIX + OLD_BUFFERS_KEY)   # read by load() only while the new key is absent
        s.setValue(_PREFIX + "label_scale", int(self.label_scale))
        s.setValue(_PREFIX + "pg_connection", self.pg_connection)
        s.setValue(_PREFIX + "pg_schema", self.pg_schema)

    def dataset_source(self):
        """What open_dataset() opens: the PostGIS schema of a saved connection when one is chosen,
        else the GeoPackage's path (None: the bundled sample)."""
        if self.pg_connection:
            import zoning_plugin.toolbelt.pg_connections  # noqa: F401  (resolves the connection's credentials)
            from zoning_plugin.core.postgis import PostgisSource
            return PostgisSource(self.pg_connection, self.pg_schema)
        return self.dataset_path or None


# The inspect tool's point mode is a panel switch, not part of the settings dialog: kept apart
# from ZoningSettings so that saving the dialog never resets it.
_POINT_MODE_KEY = _PREFIX + "point_mode"


def load_point_mode():
    """True when a click inspects the point even over a feature of another layer."""
    return QgsSettings().value(_POINT_MODE_KEY, False, type=bool)


def save_point_mode(on):
    QgsSettings().setValue(_POINT_MODE_KEY, bool(on))
