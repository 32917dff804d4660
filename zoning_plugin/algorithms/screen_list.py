"""zoning:screen_list 项目清单准入研判: a list of enterprises (a table, an XLSX or CSV file, or a
layer) with coordinate columns, each row screened as zoning:screen_project screens one feature.
Thin: core/coords.py reads and converts the coordinates, core/screening/screen.py screens; the outputs
are screen_project's (one row per enterprise × triggered rule, JSON, the log with the summary by
verdict) plus a point layer of the enterprises in EPSG:4490 with their overall verdict, all through
RunOutputs. A row that cannot be read (no or bad coordinates, a bad industry code or boiler cell)
gets its message; the rest are done. A list that cannot be read at all (no coordinate or industry
column, no rows), a parameter that cannot be used, or a list of which no row could be screened
stops the run with the reason."""
import os
import re
from dataclasses import dataclass

import shapely
from qgis.core import (QgsField, QgsFields, QgsPointXY, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputString, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.field_aliases import screening_aliases
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.algorithms.screen_output import PointSink, ScreeningTable, table_rows
from zoning_plugin.algorithms.screen_project import FIELDS, ScreenProjectAlgorithm, _value
from zoning_plugin.core.coords import (BD09, CGCS2000, GCJ02, GK, SYSTEMS, WGS84, dataset_zone, guess_column,
                                       parse_coordinates, read_pair)
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.importers.encoding import UTF8, decode_text
from zoning_plugin.core.screening.screen import NO_RESTRICTION
from zoning_plugin.core.dataset.screening_rules import VERDICTS

TABLE_FIELDS = FIELDS + (("name", QVariant.String), ("coordinates", QVariant.String))
POINT_FIELDS = (("feature_id", QVariant.String), ("name", QVariant.String), ("status", QVariant.String),
                ("verdict", QVariant.String), ("rules", QVariant.String), ("message", QVariant.String),
                ("industry_code", QVariant.String), ("boiler_tph", QVariant.Double),
                ("coordinates", QVariant.String), ("lon", QVariant.Double), ("lat", QVariant.Double),
                ("dataset_version", QVariant.String))
COLUMN_ROLES = ("x", "y", "xy", "industry", "boiler", "name")
TEXT_FILES = (".csv", ".txt")


def _text(value):
    """A cell as text for the core: None when empty; 2614.0 from a spreadsheet as '2614'."""
    value = _value(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if value is None or isinstance(value, (int, float)) else str(value).strip()


@dataclass
class _List:
    shown: list         # the column names as QGIS read them (what the dialog offered)
    names: list         # the column names used
    fields: object      # QgsFields of `names`, for the point layer
    features: list      # the rows (QgsFeature), header row taken off


class ScreenListAlgorithm(ScreenProjectAlgorithm):
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    XY_FIELD = "XY_FIELD"
    SYSTEM = "SYSTEM"
    GK_ZONE = "GK_ZONE"
    NAME_FIELD = "NAME_FIELD"
    POINTS = "POINTS"

    def name(self):
        return "screen_list"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Screen a list of enterprises (项目清单准入研判)")

    def tags(self):
        return self.tr("screening,list,enterprises,xlsx,csv,coordinates,gcj-02,bd-09,zoning").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Screens every enterprise of a list (a table, an XLSX or CSV file, or a layer) as “Screen a "
            "project” screens one site: each row with its own industry code (GB/T 4754-2017) and new coal "
            "boiler (蒸吨/小时), at the coordinates of its columns.\n\n"
            "Coordinates: a longitude (or easting) and a latitude (or northing) column, or one column with "
            "both as copied from a web map (e.g. 125.145,42.902 or 125°8'42\"E 42°54'7\"N), in the chosen "
            "system: CGCS2000 (= WGS84 within centimetres), WGS84, GCJ-02 (高德, 腾讯), BD-09 (百度), or "
            "CGCS2000 3° Gauss-Krüger metres with the zone number in front of the easting or in the zone "
            "chosen (empty: the zone of the dataset). Columns left empty are guessed from their names (经度, "
            "纬度, lon, lat, 行业代码, 锅炉, 企业名称 …); the log says which were used. A CSV file is read in "
            "UTF-8 (with or without BOM) or GBK.\n\n"
            "A row whose latitude and longitude are swapped (for China: latitude 18–54, longitude 73–135) is "
            "read swapped back, with a warning; a row without readable coordinates, with a bad industry code "
            "or outside the city gets its message; the others are screened.\n\n"
            "Outputs: the screening table (one row per enterprise and triggered rule, then one per item left "
            "to your judgement, status to_judge, and one per applying requirement that no rule looks at, "
            "status no_rule), the enterprises as "
            "points in EPSG:4490 with their overall verdict and the triggered rules (for a field inspection "
            "package), the full results as JSON, and the summary by verdict in the log. The result is "
            "advisory, not an approval decision.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Enterprise list (table, XLSX or CSV file, or layer)"),
            [QgsProcessing.TypeVector]))
        for name, label in ((self.X_FIELD, self.tr("Longitude or easting column (empty: guessed)")),
                            (self.Y_FIELD, self.tr("Latitude or northing column (empty: guessed)")),
                            (self.XY_FIELD, self.tr("Or one column with both coordinates")),
                            (self.INDUSTRY_FIELD, self.tr("Industry code column (empty: guessed)")),
                            (self.BOILER_FIELD, self.tr("New coal boiler column, t/h (empty: guessed)")),
                            (self.NAME_FIELD, self.tr("Enterprise name column (empty: guessed)"))):
            self.addParameter(QgsProcessingParameterField(name, label, parentLayerParameterName=self.INPUT,
                                                          optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.SYSTEM, self.tr("Coordinate system of the list"), options=self._system_names(), defaultValue=0))
        zone = QgsProcessingParameterNumber(
            self.GK_ZONE, self.tr("Gauss-Krüger zone of eastings without the zone number (empty: the dataset's)"),
            QgsProcessingParameterNumber.Integer, optional=True, minValue=25, maxValue=45)
        self.addParameter(zone)
        self.add_screening_settings()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POINTS, self.tr("Enterprises with their verdict"), QgsProcessing.TypeVectorPoint, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.JSON, self.tr("Screening results (JSON)"), self.tr("JSON files (*.json)"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.VERDICT, self.tr("Most severe verdict")))

    def _system_names(self):
        names = {CGCS2000: self.tr("CGCS2000 longitude/latitude (= WGS84 within centimetres)"),
                 WGS84: self.tr("WGS84 longitude/latitude (GPS)"), GCJ02: self.tr("GCJ-02 (高德, 腾讯)"),
                 BD09: self.tr("BD-09 (百度)"), GK: self.tr("CGCS2000 3° Gauss-Krüger (metres)")}
        return [names[key] for key in SYSTEMS]

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        dataset = self._dataset(parameters, context, feedback)
        inputs = self._list_inputs(parameters, context, dataset, feedback)
        table = self._read_list(parameters, source, feedback)
        columns, problem = self._columns(parameters, context, table, feedback)
        if problem:
            raise QgsProcessingException(problem)
        if not table.features:
            raise QgsProcessingException(self.tr("The list has no rows (or none is selected while only selected "
                                                 "features are used)."))
        with RunOutputs(self, parameters, context, dataset) as run:
            out = ScreeningTable(self, run, parameters, TABLE_FIELDS)     # outputs refused before any work
            points = self._points_sink(run, parameters, table)
            json_file = self.json_file(run, parameters, context)
            sites, extras = [], {}
            if self._screen_rows(dataset, table, columns, inputs, sites, extras, feedback) is None:
                return self.cancelled(feedback)
            verdict = self.log_sites(dataset, sites, feedback)
            self.refuse_if_nothing_screened(sites)
            for _label, fids, result, message in sites:
                _feature, name, parsed = extras[fids[0]]
                out.add_rows([row + [name or None, parsed.understood if parsed else None]
                              for row in table_rows(fids, result, message, dataset.version)])
            if points is not None:
                self._write_points(points, sites, extras, dataset.version)
            if json_file:
                self.write_json(json_file, dataset, inputs, self._entries(sites, extras), self._summary(sites))
            out.say_what_was_cut(feedback)
            if points is not None:
                points.say_what_was_cut(feedback)
            if feedback.isCanceled():
                return self.cancelled(feedback)
            run.commit()
        feedback.setProgress(100)
        outputs = {self.OUTPUT: out.destination, self.VERDICT: verdict or ""}
        if points is not None:
            outputs[self.POINTS] = points.destination
        if json_file:
            outputs[self.JSON] = json_file[1]
        return outputs

    def _list_inputs(self, parameters, context, dataset, feedback):
        zone = number_parameter(self, parameters, self.GK_ZONE, context, feedback, minimum=25, maximum=45)
        if zone is not None and not zone.is_integer():
            definition = self.parameterDefinition(self.GK_ZONE)
            raise QgsProcessingException(self.tr("{0} ({1}): {2} is not a zone number (a whole number from 25 "
                                                 "to 45).").format(definition.description(), self.GK_ZONE,
                                                                   f"{zone:g}"))
        return {"note": self.parameterAsString(parameters, self.NOTE, context),
                "settings": self.screening_settings(parameters, context, feedback),
                "system": SYSTEMS[self.parameterAsEnum(parameters, self.SYSTEM, context)],
                "zone": int(zone) if zone is not None else None, "default_zone": dataset_zone(dataset)}

    def _read_list(self, parameters, source, feedback):
        """The rows: a CSV file that is not UTF-8 read in its encoding (QGIS reads CSV as UTF-8);
        a sheet whose columns OGR could only call Field1, Field2 … (every cell text, so it could not
        tell the header) with its first row as the header."""
        raw = parameters.get(self.INPUT)
        path = raw.split("|")[0] if isinstance(raw, str) else ""
        shown = source.fields().names()
        if path.lower().endswith(TEXT_FILES) and os.path.isfile(path):
            with open(path, "rb") as handle:
                _text_read, encoding = decode_text(handle.read(), "", path)
            if not encoding.startswith(UTF8):
                layer = QgsVectorLayer(path, os.path.basename(path), "ogr")
                layer.setProviderEncoding(encoding.upper())
                if layer.isValid():
                    source = layer
                    feedback.pushInfo(self.tr("{0} is read as {1}.").format(os.path.basename(path),
                                                                            encoding.upper()))
        features = list(source.getFeatures())
        fields = QgsFields(source.fields())
        names = fields.names()
        first = [_text(v) for v in features[0].attributes()] if features else []
        if names and all(re.fullmatch(r"Field\d+", n) for n in names) and first and \
                all(isinstance(v, str) and not re.fullmatch(r"[-+.\d\s]+", v) for v in first):
            names = []
            for index, value in enumerate(first, 1):
                name = value or f"Field{index}"
                while name in names:
                    name += "_1"
                names.append(name)
            fields = QgsFields()
            for name in names:
                fields.append(QgsField(name, QVariant.String))
            features = features[1:]
            feedback.pushInfo(self.tr("The first row is taken as the column names: {0}.").format(", ".join(names)))
        return _List(shown, names, fields, features)

    def _columns(self, parameters, context, table, feedback):
        """({role: column name or None}, None) or (None, message): chosen columns, else guessed."""
        names, shown = table.names, table.shown
        columns, guessed = {}, []
        for role, parameter in zip(COLUMN_ROLES, (self.X_FIELD, self.Y_FIELD, self.XY_FIELD, self.INDUSTRY_FIELD,
                                                  self.BOILER_FIELD, self.NAME_FIELD)):
            chosen = (self.parameterAsFields(parameters, parameter, context) or [None])[0]
            if chosen and chosen not in names and chosen in shown and len(shown) == len(names):
                chosen = names[shown.index(chosen)]      # chosen from the file as QGIS first read it
            if chosen and chosen not in names:
                return None, self.tr("The list has no column “{0}”.").format(chosen)
            columns[role] = chosen
        for role in COLUMN_ROLES:     # x and y before xy: one column only when there are not two
            if columns[role] or (role in ("x", "y") and columns["xy"]) or \
                    (role == "xy" and columns["x"] and columns["y"]):
                continue
            columns[role] = guess_column(names, role, taken=[c for c in columns.values() if c])
            if columns[role]:
                guessed.append(columns[role])
        if not (columns["x"] and columns["y"]) and not columns["xy"]:
            return None, self.tr("No coordinate columns found among {0}: choose the longitude and latitude "
                                 "columns.").format(", ".join(names))
        if not columns["industry"]:
            return None, self.tr("No industry code column found among {0}: choose it.").format(", ".join(names))
        where = (f"{columns['x']} / {columns['y']}" if columns["x"] and columns["y"] else columns["xy"])
        feedback.pushInfo(self.tr("Columns: coordinates {0}; industry code {1}; boiler {2}; name {3}{4}.").format(
            where, columns["industry"], columns["boiler"] or "—", columns["name"] or "—",
            self.tr(" (guessed: {0})").format(", ".join(guessed)) if guessed else ""))
        return columns, None

    def _screen_rows(self, dataset, table, columns, inputs, sites, extras, feedback):
        total, blank, notes = max(len(table.features), 1), 0, 0
        index = {name: i for i, name in enumerate(table.names)}
        for n, feature in enumerate(table.features, 1):
            if feedback.isCanceled():
                return None
            feedback.setProgress(90.0 * n / total)
            if all(_value(v) is None for v in feature.attributes()):
                blank += 1
                continue
            values = feature.attributes()
            cell = {role: _text(values[index[c]]) if c else None for role, c in columns.items()}
            name = str(cell["name"]) if cell["name"] is not None else ""
            label = self.tr("record {0} ({1})").format(n, name) if name else self.tr("record {0}").format(n)
            fid = feature.id()
            system = (inputs["system"], inputs["zone"], inputs["default_zone"])
            try:
                if columns["x"] and columns["y"]:
                    parsed = read_pair(cell["x"], cell["y"], *system)
                else:
                    parsed = parse_coordinates(cell["xy"], *system)
            except ZoningError as error:
                sites.append((label, [fid], None, self.tr("coordinates not read: {0}").format(error)))
                extras[fid] = (feature, name, None)
                continue
            note = self._note(parsed)
            if note:
                notes += 1
                if notes <= 30:
                    feedback.pushWarning(self.tr("{0}: {1}").format(label, note))
            result, message = self._screen(dataset, STORAGE_CRS, shapely.Point(parsed.lon, parsed.lat),
                                           cell["industry"], cell["boiler"], inputs)
            sites.append((label, [fid], result, message))
            extras[fid] = (feature, name, parsed)
        if blank:
            feedback.pushInfo(self.tr("{0} empty row(s) skipped.").format(blank))
        if notes:
            feedback.pushWarning(self.tr("{0} row(s) with a coordinate warning (see above).").format(notes))
        return sites

    def _note(self, parsed):
        """A warning about how a row's coordinates were read, or ''."""
        if parsed.swapped:
            return self.tr("latitude and longitude are swapped in this row; read as longitude {0}, latitude "
                           "{1}").format(f"{parsed.given[0]:.6f}", f"{parsed.given[1]:.6f}")
        if parsed.outside_china:
            return self.tr("outside China the web map's coordinates have no offset; taken as given")
        return ""

    # -- outputs ---------------------------------------------------------------------------------
    def _points_sink(self, run, parameters, table):
        """The POINTS sink (None when not asked for): the list's own columns, then the verdict's; a
        name the list already has gets `_1`."""
        if parameters.get(self.POINTS) in (None, ""):
            return None
        fields = QgsFields(table.fields)
        taken = set(fields.names())
        point_aliases = screening_aliases()
        for field_name, kind in POINT_FIELDS:
            name = field_name
            while name in taken:
                name += "_1"
            taken.add(name)
            field = QgsField(name, kind)
            field.setAlias(point_aliases.get(field_name, ""))
            fields.append(field)
        return PointSink(self, run, parameters, self.POINTS, fields)

    def _write_points(self, points, sites, extras, version):
        """The enterprises with readable coordinates as points (EPSG:4490) with their verdict: only
        points, whatever geometry the list's own rows had."""
        for _label, fids, result, message in sites:
            feature, name, parsed = extras[fids[0]]
            if parsed is None:
                continue
            if result is None:
                status, verdict, rules = "error", None, None
            else:
                status = "outside" if not result.inside else ("triggered" if result.hits else "none")
                verdict = result.verdict
                rules = ";".join(c.rule.rule_id for c in result.hits) or None
                message = "；".join(([result.statement()] if result.inside else []) + result.messages) or None
            project = result.project if result is not None else {}
            points.add(QgsPointXY(parsed.lon, parsed.lat), list(feature.attributes()) + [
                str(fids[0]), name or None, status, verdict, rules, message, project.get("industry_code"),
                project.get("boiler_tph"), parsed.understood, parsed.lon, parsed.lat, version])

    @staticmethod
    def _entries(sites, extras):
        """(entry, result, message) of every row for the JSON document."""
        for label, fids, result, message in sites:
            _feature, name, parsed = extras[fids[0]]
            coordinates = parsed and {"lon": parsed.lon, "lat": parsed.lat, "system": parsed.system,
                                      "given": list(parsed.given), "crs": parsed.crs, "swapped": parsed.swapped,
                                      "outside_china": parsed.outside_china, "understood": parsed.understood}
            yield {"feature_ids": fids, "label": label, "name": name or None, "coordinates": coordinates}, \
                result, message

    @staticmethod
    def _summary(sites):
        counts = dict.fromkeys(VERDICTS + (NO_RESTRICTION,), 0)
        outside = errors = 0
        for _label, _fids, result, _message in sites:
            if result is None:
                errors += 1
            elif not result.inside:
                outside += 1
            else:
                counts[result.verdict] += 1
        return {"by_verdict": counts, "outside": outside, "errors": errors}
