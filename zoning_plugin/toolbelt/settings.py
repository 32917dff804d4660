"""Typed plugin settings over QgsSettings."""
from dataclasses import dataclass

from qgis.core import QgsSettings

_PREFIX = "zoning_plugin/"


@dataclass
class ZoningSettings:
    dataset_path: str = ""          # '' means the bundled sample
    buffers_in_all_basins: bool = False   # (its old name) also build buffers in the basins whose list lacks the rule
    label_scale: int = 100000       # unit labels are shown at scales larger than 1:label_scale

    @classmethod
    def load(cls):
        s = QgsSettings()
        return cls(dataset_path=s.value(_PREFIX + "dataset_path", "", type=str),
                   buffers_in_all_basins=s.value(_PREFIX + "buffers_in_all_basins", False, type=bool),
                   label_scale=s.value(_PREFIX + "label_scale", 100000, type=int))

    def save(self):
        s = QgsSettings()
        s.setValue(_PREFIX + "dataset_path", self.dataset_path)
        s.setValue(_PREFIX + "buffers_in_all_basins", self.buffers_in_all_basins)
        s.setValue(_PREFIX + "label_scale", int(self.label_scale))


# The inspect tool's point mode is a panel switch, not part of the settings dialog: kept apart
# from ZoningSettings so that saving the dialog never resets it.
_POINT_MODE_KEY = _PREFIX + "point_mode"


def load_point_mode():
    """True when a click inspects the point even over a feature of another layer."""
    return QgsSettings().value(_POINT_MODE_KEY, False, type=bool)


def save_point_mode(on):
    QgsSettings().setValue(_POINT_MODE_KEY, bool(on))
