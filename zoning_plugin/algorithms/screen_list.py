"""zoning:screen_list 项目清单准入研判: a list of enterprises (a table, an XLSX or CSV file, or a
layer) with coordinate columns, each row screened as zoning:screen_project screens one feature.
Thin: core/coords.py reads and converts the coordinates, core/screening/screen.py screens; the outputs
are screen_project's (one row per enterprise × triggered rule, JSON, the log with the summary by
verdict) plus a point layer of the enterprises in EPSG:4490 with their overall verdict, all through
RunOutputs. A row that cannot be read (no or bad coordinates, a bad industry code or boiler cell)
gets its message; the rest are done. A list that cannot be read at all (no coordinate or industry
column, no rows), a parameter that cannot be used, or a list of which no row could be screened
stops the run with the reason."""
import shapely
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterNumber)

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import InputFields, ScreeningSettings, number_parameter
from zoning_plugin.algorithms.screen_output import PointSink, ScreeningOutputs, ScreeningTable
from zoning_plugin.core.coords import BD09, CGCS2000, GCJ02, GK, SYSTEMS, WGS84, dataset_zone
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.renderers.screening_table import LIST_TABLE_FIELDS, POINT_FIELDS
from zoning_plugin.core.screening.enterprise_list import (NO_COORDINATES, ROLES, SWAPPED, coordinate_note, list_columns,
                                                          row_cells, row_coordinates)
from zoning_plugin.core.screening.sites import Site, screen_site
from zoning_plugin.toolbelt.log import LOG_LINES
from zoning_plugin.toolbelt.tables import feature_cells, read_table


class ScreenListAlgorithm(ScreeningSettings, InputFields, ScreeningOutputs, ZoningAlgorithm):
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
            "advisory, not an approval decision.") + "\n\n" + self.date_help()

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Enterprise list (table, XLSX or CSV file, or layer)"),
            [QgsProcessing.TypeVector]))
        self.add_field_parameters(((self.X_FIELD, self.tr("Longitude or easting column (empty: guessed)")),
                                   (self.Y_FIELD, self.tr("Latitude or northing column (empty: guessed)")),
                                   (self.XY_FIELD, self.tr("Or one column with both coordinates")),
                                   (self.INDUSTRY_FIELD, self.tr("Industry code column (empty: guessed)")),
                                   (self.BOILER_FIELD, self.tr("New coal boiler column, t/h (empty: guessed)")),
                                   (self.NAME_FIELD, self.tr("Enterprise name column (empty: guessed)"))))
        self.addParameter(QgsProcessingParameterEnum(
            self.SYSTEM, self.tr("Coordinate system of the list"), options=self._system_names(), defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.GK_ZONE, self.tr("Gauss-Krüger zone of eastings without the zone number (empty: the dataset's)"),
            QgsProcessingParameterNumber.Integer, optional=True, minValue=25, maxValue=45))
        self.add_screening_settings()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POINTS, self.tr("Enterprises with their verdict"), QgsProcessing.TypeVectorPoint, optional=True))
        self.add_screening_outputs()

    def _system_names(self):
        names = {CGCS2000: self.tr("CGCS2000 longitude/latitude (= WGS84 within centimetres)"),
                 WGS84: self.tr("WGS84 longitude/latitude (GPS)"), GCJ02: self.tr("GCJ-02 (高德, 腾讯)"),
                 BD09: self.tr("BD-09 (百度)"), GK: self.tr("CGCS2000 3° Gauss-Krüger (metres)")}
        return [names[key] for key in SYSTEMS]

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        source = self.input_source(parameters, context)
        dataset = self.screening_dataset(parameters, context, feedback)
        inputs = self._list_inputs(parameters, context, dataset, feedback)
        table = read_table(parameters.get(self.INPUT), source, feedback)
        columns = self._columns(parameters, context, table, feedback)
        if not table.features:
            raise QgsProcessingException(self.tr("The list has no rows (or none is selected while only selected "
                                                 "features are used)."))
        with RunOutputs(self, parameters, context, dataset) as run:
            out = ScreeningTable(self, run, parameters, LIST_TABLE_FIELDS)     # outputs refused before any work
            points = PointSink(self, run, parameters, self.POINTS, table.fields, POINT_FIELDS) \
                if parameters.get(self.POINTS) not in (None, "") else None
            json_file = self.json_file(run, parameters, context)
            sites = self._screen_rows(dataset, table, columns, inputs, feedback)
            if sites is None:
                return self.cancelled(feedback)
            return self.write_screening(run, dataset, sites, inputs, feedback, out, json_file, points, listed=True)

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

    def _columns(self, parameters, context, table, feedback):
        """{role: column name or None}: chosen columns, else guessed; QgsProcessingException when the
        coordinates or the industry code have none."""
        names, chosen = table.names, {}
        for role, parameter in zip(ROLES, (self.X_FIELD, self.Y_FIELD, self.XY_FIELD, self.INDUSTRY_FIELD,
                                           self.BOILER_FIELD, self.NAME_FIELD)):
            column = table.own_column(self.chosen_field(parameters, parameter, context))
            if column and column not in names:
                raise QgsProcessingException(self.tr("The list has no column “{0}”.").format(column))
            chosen[role] = column
        columns, guessed, problem = list_columns(names, chosen)
        if problem:
            raise QgsProcessingException((self.tr("No coordinate columns found among {0}: choose the longitude and "
                                                  "latitude columns.") if problem == NO_COORDINATES else
                                          self.tr("No industry code column found among {0}: choose it.")).format(
                ", ".join(names)))
        where = (f"{columns['x']} / {columns['y']}" if columns["x"] and columns["y"] else columns["xy"])
        feedback.pushInfo(self.tr("Columns: coordinates {0}; industry code {1}; boiler {2}; name {3}{4}.").format(
            where, columns["industry"], columns["boiler"] or "—", columns["name"] or "—",
            self.tr(" (guessed: {0})").format(", ".join(guessed)) if guessed else ""))
        return columns

    def _screen_rows(self, dataset, table, columns, inputs, feedback):
        """A Site per non-empty row, screened or with its problem; None when cancelled."""
        sites, total, blank, notes = [], max(len(table.features), 1), 0, 0
        for n, feature in enumerate(table.features, 1):
            if feedback.isCanceled():
                return None
            feedback.setProgress(90.0 * n / total)
            cells = row_cells(feature_cells(feature), table.names, columns)
            if cells is None:
                blank += 1
                continue
            name = str(cells["name"]) if cells["name"] is not None else ""
            label = self.tr("record {0} ({1})").format(n, name) if name else self.tr("record {0}").format(n)
            site = Site(label, [feature.id()], name=name, attributes=list(feature.attributes()))
            sites.append(site)
            try:
                site.parsed = row_coordinates(cells, columns, inputs["system"], inputs["zone"], inputs["default_zone"])
            except ZoningError as error:
                site.message = self.tr("coordinates not read: {0}").format(error)
                continue
            note = coordinate_note(site.parsed)
            if note:
                notes += 1
                if notes <= LOG_LINES:
                    feedback.pushWarning(self.tr("{0}: {1}").format(label, self._note(note, site.parsed)))
            screen_site(site, dataset, shapely.Point(site.parsed.lon, site.parsed.lat), STORAGE_CRS,
                        cells["industry"], cells["boiler"], inputs["note"], inputs["settings"])
        if blank:
            feedback.pushInfo(self.tr("{0} empty row(s) skipped.").format(blank))
        if notes:
            feedback.pushWarning(self.tr("{0} row(s) with a coordinate warning (see above).").format(notes))
        return sites

    def _note(self, note, parsed):
        """The warning about how a row's coordinates were read."""
        if note == SWAPPED:
            return self.tr("latitude and longitude are swapped in this row; read as longitude {0}, latitude "
                           "{1}").format(f"{parsed.given[0]:.6f}", f"{parsed.given[1]:.6f}")
        return self.tr("outside China the web map's coordinates have no offset; taken as given")
