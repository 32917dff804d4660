"""Locator filter (Ctrl+K): a unit code or part of a name, or "lon,lat" to go there and inspect."""
import re

from qgis.core import QgsLocatorFilter, QgsLocatorResult

COORDINATES = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*[,，\s]\s*(-?\d+(?:\.\d+)?)\s*$")
MAX_RESULTS = 30


class ZoningLocatorFilter(QgsLocatorFilter):
    """Results carry "unit:<code>" or "point:<lon>,<lat>" (a plain string: a Python tuple in a
    QVariant does not survive the copy the locator makes); `on_trigger` zooms and inspects."""

    def __init__(self, dataset_getter, on_trigger, parent=None):
        super().__init__(parent)
        self.dataset_getter = dataset_getter
        self.on_trigger = on_trigger

    def clone(self):
        return ZoningLocatorFilter(self.dataset_getter, self.on_trigger)

    def name(self):
        return "zoning_units"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Ecological zoning control units")

    def prefix(self):
        return "zon"

    def flags(self):
        return QgsLocatorFilter.FlagFast

    def fetchResults(self, string, context, feedback):  # noqa: N802 (QGIS API)
        try:
            self._fetch(string, feedback)
        except Exception:  # runs in a worker thread: a failure means no results, never a crash
            return

    def _fetch(self, string, feedback):
        match = COORDINATES.match(string or "")
        if match:
            lon, lat = float(match.group(1)), float(match.group(2))
            if -180 <= lon <= 180 and -90 <= lat <= 90:
                result = QgsLocatorResult(self, self.tr("Go to {0}, {1} and inspect (CGCS2000)").format(
                    lon, lat), f"point:{lon!r},{lat!r}")
                result.score = 1.0
                self.resultFetched.emit(result)
            return
        if len((string or "").strip()) < 2:
            return
        dataset = self.dataset_getter()
        if dataset is None:
            return
        for index in dataset.find_units(string)[:MAX_RESULTS]:
            if feedback.isCanceled():
                return
            record = dataset.units.records[index]
            result = QgsLocatorResult(self, f"{record['unit_code']} {record['unit_name']}",
                                      f"unit:{record['unit_code']}")
            result.group = dataset.unit_class_name(record["unit_class"])
            result.description = record.get("county_name") or ""
            self.resultFetched.emit(result)

    def triggerResult(self, result):  # noqa: N802 (QGIS API)
        kind, _sep, value = str(result.getUserData()).partition(":")
        if kind == "point":
            lon, lat = value.split(",")
            self.on_trigger(("point", float(lon), float(lat)))
        elif kind == "unit":
            self.on_trigger(("unit", value))
