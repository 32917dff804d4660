"""Locator filter (Ctrl+K): a unit code or part of a name, or coordinates to go there and inspect;
and the panel rows that say how typed coordinates were read (shared with the panel's go-to field)."""
import json

from qgis.core import QgsLocatorFilter, QgsLocatorResult
from qgis.PyQt.QtCore import QCoreApplication

from zoning_plugin.compat import locator_user_data
from zoning_plugin.core.coords import (BD09, CGCS2000, GCJ02, GK, SYSTEMS, WGS84, dataset_zone,
                                       looks_like_coordinates, parse_coordinates, split_system)
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.toolbelt.dataset import user_dataset_or_none

MAX_RESULTS = 30


class GivenCoordinates:
    """How coordinates typed by the user were read, in the UI language: the names of the systems,
    the result's title and its rows ("Coordinates given in GCJ-02 (高德), converted to …")."""

    def tr(self, message):
        return QCoreApplication.translate("GivenCoordinates", message)

    def system_names(self):
        """[(system key, name)] in the order of the panel's combo box."""
        names = {CGCS2000: self.tr("CGCS2000 (= WGS84 within centimetres)"), WGS84: self.tr("WGS84 (GPS)"),
                 GCJ02: self.tr("GCJ-02 (高德, 腾讯)"), BD09: self.tr("BD-09 (百度)"),
                 GK: self.tr("CGCS2000 3° Gauss-Krüger (metres)")}
        return [(key, names[key]) for key in SYSTEMS]

    def short_names(self):
        """[(system key, short name)] for the panel's narrow combo box (the full name is its tip)."""
        names = {CGCS2000: self.tr("CGCS2000"), WGS84: self.tr("WGS84"), GCJ02: self.tr("GCJ-02 高德"),
                 BD09: self.tr("BD-09 百度"), GK: self.tr("Gauss-Krüger")}
        return [(key, names[key]) for key in SYSTEMS]

    def name(self, system):
        return dict(self.system_names())[system]

    def title(self, parsed):
        return self.tr("Point {0}, {1}").format(f"{parsed.lon:.6f}", f"{parsed.lat:.6f}")

    def rows(self, parsed):
        """[(label, value)] for the panel and the exported result."""
        a, b = parsed.given
        target = f"{parsed.lon:.6f}, {parsed.lat:.6f}"
        if parsed.form == "projected":
            zone_from = {"prefix": self.tr("zone number in the easting"), "chosen": self.tr("zone chosen"),
                         "default": self.tr("zone of the dataset")}[parsed.zone_from]
            text = self.tr("Given in CGCS2000 3° Gauss-Krüger zone {0} ({1}, {2}): northing {3}, easting {4}; "
                           "converted to CGCS2000: {5}").format(parsed.zone, zone_from, parsed.crs, f"{b:.2f}",
                                                                f"{a:.2f}", target)
        elif parsed.converted:
            text = self.tr("Given in {0}: {1}; converted to CGCS2000: {2}").format(
                self.name(parsed.system), f"{a:.6f}, {b:.6f}", target)
        elif parsed.system == WGS84:
            text = self.tr("Given in WGS84: {0}; used as CGCS2000 (they differ by centimetres)").format(target)
        else:
            text = self.tr("Given in {0}: {1}").format(self.name(parsed.system), target)
        rows = [(self.tr("Coordinates"), text)]
        if parsed.swapped:
            order = self.tr("Latitude came first; read as longitude {0}, latitude {1}")
            rows.append((self.tr("Order"), order.format(f"{a:.6f}", f"{b:.6f}")))
        if parsed.outside_china:
            rows.append((self.tr("Note"), self.tr("Outside China {0} has no offset: the coordinates were taken as "
                                                  "given, not converted").format(self.name(parsed.system))))
        return rows


class ZoningLocatorFilter(QgsLocatorFilter):
    """Results carry "unit:<code>", "coords:<JSON of text, system, zone>" or "error:<message>" (a
    plain string: a Python object in a QVariant does not survive the copy the locator makes);
    `on_trigger` zooms and inspects. Coordinates take a system word before or after them
    (gcj, bd, wgs, cgcs, gk or gk42; default CGCS2000)."""

    def __init__(self, on_trigger, parent=None):
        super().__init__(parent)
        self.on_trigger = on_trigger

    def clone(self):
        return ZoningLocatorFilter(self.on_trigger)

    def name(self):
        return "zoning_units"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Ecological zoning control units")

    def prefix(self):
        return "zon"

    def priority(self):
        # Above QGIS's own "Go to Coordinate" (Medium): the locator sorts by priority, then by the
        # filters' names in the UI language, which put QGIS's row first in Chinese, so Enter on
        # typed coordinates only panned (to a wrong place when they were swapped or in metres).
        return QgsLocatorFilter.High

    def flags(self):
        return QgsLocatorFilter.FlagFast

    def fetchResults(self, string, context, feedback):  # noqa: N802 (QGIS API)
        try:
            self._fetch(string, feedback)
        except Exception:  # runs in a worker thread: a failure means no results, never a crash
            return

    def _fetch(self, string, feedback):
        system, zone, rest = split_system(string)
        if system is not None or looks_like_coordinates(rest):
            self._coordinates(rest, system or CGCS2000, zone)
            return
        if len((string or "").strip()) < 2:
            return
        dataset = user_dataset_or_none()   # in a worker thread: None finds nothing
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

    def _coordinates(self, text, system, zone):
        dataset = user_dataset_or_none()   # in a worker thread: None finds nothing
        given = GivenCoordinates()
        try:
            parsed = parse_coordinates(text, system, zone=zone,
                                       default_zone=dataset_zone(dataset) if dataset is not None else None)
        except ZoningError as error:
            result = QgsLocatorResult(self, self.tr("Cannot read the coordinates: {0}").format(error),
                                      f"error:{error}")
        else:
            result = QgsLocatorResult(self, self.tr("Go to {0}, {1} and inspect").format(
                f"{parsed.lon:.6f}", f"{parsed.lat:.6f}"), "coords:" + json.dumps([text, system, zone]))
            result.description = given.rows(parsed)[0][1]
        result.score = 1.0
        self.resultFetched.emit(result)

    def triggerResult(self, result):  # noqa: N802 (QGIS API)
        kind, _sep, value = str(locator_user_data(result)).partition(":")
        if kind == "coords":
            text, system, zone = json.loads(value)
            self.on_trigger(("coords", text, system, zone))
        elif kind == "error":
            self.on_trigger(("error", value))
        elif kind == "unit":
            self.on_trigger(("unit", value))
