"""zoning:screen_list 项目清单准入研判: a list of enterprises (a table, an XLSX or CSV file, or a
layer) with coordinate columns, each row screened as zoning:screen_project screens one feature.
Thin: core/coords.py reads and converts the coordinates, core/screening.py screens; the outputs
are screen_project's (one row per enterprise × triggered rule, JSON, the log with the summary by
verdict) plus a point layer of the enterprises in EPSG:4490 with their overall verdict. A row that
cannot be read (no or bad coordinates, a bad industry code) gets its message; the rest are done."""
import json
import os
import re
import tempfile
from dataclasses import dataclass

import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsField, QgsFields,
                       QgsGeometry, QgsPointXY, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputString, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.screen_project import COMPARISONS, FIELDS, ScreenProjectAlgorithm, _value
from zoning_plugin.core.coords import (BD09, CGCS2000, GCJ02, GK, SYSTEMS, WGS84, dataset_zone, guess_column,
                                       parse_coordinates, read_pair)
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.importers.encoding import UTF8, decode_text
from zoning_plugin.core.screening import NO_RESTRICTION
from zoning_plugin.core.screening_rules import VERDICTS

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
            "Outputs: the screening table (one row per enterprise and triggered rule), the enterprises as "
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
        table = self._read_list(parameters, source, feedback)
        inputs = self._list_inputs(parameters, context, dataset)
        sites, extras = [], {}
        columns, problem = self._columns(parameters, context, table, feedback)
        if problem:
            sites.append((self.tr("input table"), [], None, problem))
        elif not table.features:
            sites.append((self.tr("input table"), [], None, self.tr(
                "The list has no rows (or none is selected while only selected features are used).")))
        elif self._screen_rows(dataset, table, columns, inputs, sites, extras, feedback) is None:
            return {}
        return self._finish_list(parameters, context, dataset, table, sites, extras, feedback)

    def _list_inputs(self, parameters, context, dataset):
        def given(name, read):
            return None if _value(parameters.get(name)) is None else read(parameters, name, context)

        comparison = COMPARISONS[self.parameterAsEnum(parameters, self.BOILER_COMPARISON, context)]
        return {"note": self.parameterAsString(parameters, self.NOTE, context),
                "settings": {"river_distance_m": given(self.RIVER_DISTANCE_M, self.parameterAsDouble),
                             "boiler_comparison": comparison},
                "system": SYSTEMS[self.parameterAsEnum(parameters, self.SYSTEM, context)],
                "zone": given(self.GK_ZONE, self.parameterAsInt), "default_zone": dataset_zone(dataset)}

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
    def _finish_list(self, parameters, context, dataset, table, sites, extras, feedback):
        version = dataset.version
        fields = QgsFields()
        for name, kind in TABLE_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for _label, fids, result, message in sites:
            _feature, name, parsed = extras.get(fids[0], (None, "", None)) if fids else (None, "", None)
            for row in self._rows(fids, result, message, version):
                feature = QgsFeature(fields)
                feature.setAttributes(row + [name or None, parsed.understood if parsed else None])
                if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                    raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        outputs = {self.OUTPUT: dest_id}
        points = self._points(parameters, context, table, sites, extras, version)
        if points:
            outputs[self.POINTS] = points
        path = self.parameterAsFileOutput(parameters, self.JSON, context)
        verdict = self._log(dataset, sites, feedback)
        if path:
            self._write_list_json(path, dataset, sites, extras)
            outputs[self.JSON] = path
        feedback.setProgress(100)
        outputs[self.VERDICT] = verdict or ""
        return outputs

    def _points(self, parameters, context, table, sites, extras, version):
        """The enterprises with readable coordinates as points (EPSG:4490): their own columns, then
        the verdict; a name the list already has gets `_1`."""
        fields = QgsFields(table.fields)
        taken = set(fields.names())
        for name, kind in POINT_FIELDS:
            while name in taken:
                name += "_1"
            taken.add(name)
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.POINTS, context, fields, QgsWkbTypes.Point,
                                             QgsCoordinateReferenceSystem(STORAGE_CRS))
        if sink is None:
            return None
        for _label, fids, result, message in sites:
            feature, name, parsed = extras.get(fids[0], (None, "", None)) if fids else (None, "", None)
            if parsed is None:
                continue
            if result is None:
                status, verdict, rules = "error", None, None
            else:
                status = "outside" if not result.inside else ("triggered" if result.hits else "none")
                verdict = result.verdict
                rules = ";".join(c.rule.rule_id for c in result.hits) or None
                message = "；".join(result.messages) or None
            project = result.project if result is not None else {}
            out = QgsFeature(fields)
            out.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(parsed.lon, parsed.lat)))
            out.setAttributes(list(feature.attributes()) + [
                str(fids[0]), name or None, status, verdict, rules, message, project.get("industry_code"),
                project.get("boiler_tph"), parsed.understood, parsed.lon, parsed.lat, version])
            if not sink.addFeature(out, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.POINTS))
        return dest_id

    def _write_list_json(self, path, dataset, sites, extras):
        counts = dict.fromkeys(VERDICTS + (NO_RESTRICTION,), 0)
        outside = errors = 0
        entries = []
        for label, fids, result, message in sites:
            _feature, name, parsed = extras.get(fids[0], (None, "", None)) if fids else (None, "", None)
            if result is None:
                errors += 1
            elif not result.inside:
                outside += 1
            else:
                counts[result.verdict] += 1
            coordinates = parsed and {"lon": parsed.lon, "lat": parsed.lat, "system": parsed.system,
                                      "given": list(parsed.given), "crs": parsed.crs, "swapped": parsed.swapped,
                                      "outside_china": parsed.outside_china, "understood": parsed.understood}
            entries.append({"feature_ids": fids, "label": label, "name": name or None, "coordinates": coordinates,
                            "error": message, **(result.to_dict() if result is not None else {})})
        notice = next((r.notice() for _l, _f, r, _m in sites if r is not None), None)
        document = {"dataset": dataset.info(), "advisory": notice,
                    "summary": {"by_verdict": counts, "outside": outside, "errors": errors}, "sites": entries}
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".screening-", suffix=".json", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(document, out, ensure_ascii=False, indent=2, allow_nan=False)
            os.replace(temporary, path)
        except BaseException:
            if os.path.exists(temporary):
                os.remove(temporary)
            raise
