"""Shapefile destinations of Processing sinks: a text field holds at most 254 bytes and a field name
10; the driver would cut inside a UTF-8 character, so the plugin cuts at a character boundary and
says in the log what it cut."""
from qgis.core import QgsField, QgsFields

from zoning_plugin.core.fields import utf8_prefix
from zoning_plugin.toolbelt.i18n import tr

SHAPEFILE_TEXT_BYTES = 254
SHAPEFILE_NAME_BYTES = 10


class ShapefileText:
    """For a shapefile destination (written in UTF-8): text values longer than the 254 bytes a
    shapefile field holds are cut at a character boundary (the driver would cut inside a character,
    leaving broken text) and counted per field, to be said in the log."""

    def __init__(self, destination, names):
        self.active = str(destination or "").lower().endswith(".shp")
        self.names, self.cut, self.renamed = names, {}, []

    def fit(self, attributes):
        if not self.active:
            return attributes
        fitted = list(attributes)
        for index, (name, value) in enumerate(zip(self.names, attributes)):
            if isinstance(value, str) and len(value.encode("utf-8")) > SHAPEFILE_TEXT_BYTES:
                fitted[index] = utf8_prefix(value, SHAPEFILE_TEXT_BYTES)
                self.cut[name] = self.cut.get(name, 0) + 1
        return fitted

    def fit_names(self, fields):
        """`fields` with names a shapefile keeps (10 bytes, cut at a character boundary, unique) when
        the destination is one: the driver would cut inside a character. Also remembers the renames."""
        self.renamed = []
        if not self.active:
            return fields
        fitted, taken = QgsFields(), set()
        for field in fields:
            name, number = field.name(), 0
            short = utf8_prefix(name, SHAPEFILE_NAME_BYTES)
            while short.lower() in taken:
                number += 1
                room = SHAPEFILE_NAME_BYTES - len(str(number))
                short = utf8_prefix(name, room) + str(number)
            taken.add(short.lower())
            if short != name:
                self.renamed.append((name, short))
            copy = QgsField(field)
            copy.setName(short)
            fitted.append(copy)
        return fitted

    def say(self, feedback, destination):
        if self.renamed:
            feedback.pushInfo(tr("{0}: a shapefile field name holds at most 10 bytes: {1}.").format(
                destination, ", ".join(f"{old} → {new}" for old, new in self.renamed)))
        if self.cut:
            feedback.pushWarning(tr("{0}: a shapefile field holds at most 254 bytes; values were cut in {1}. "
                                    "Choose a GeoPackage to keep them whole.").format(
                destination, ", ".join(f"{name} ({count})" for name, count in self.cut.items())))
