"""zoning:write_land_txt 导出界址点坐标文件: polygons of a layer as a land-boundary coordinate file
(坐标TXT) of 建设用地报批. Thin: core/importers/land_txt_write.py writes it."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProcessing, QgsProcessingException,
                       QgsProcessingFeatureSource, QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFileDestination, QgsWkbTypes)

from zoning_plugin.algorithms.base import PreparationGroup, ZoningAlgorithm
from zoning_plugin.algorithms.land_input import cancelled
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import InputFields
from zoning_plugin.core import ZoningError
from zoning_plugin.core.errors import Cancelled
from zoning_plugin.core.importers.land_parcels import (CHOSEN, ID, NO_POLYGON, NOT_FINITE, parcel_attributes,
                                                       parcel_columns, unwritable)
from zoning_plugin.core.importers.land_txt import Parcel
from zoning_plugin.core.importers.land_txt_write import land_txt_bytes
from zoning_plugin.toolbelt.geometry import crs_text, to_shapely
from zoning_plugin.toolbelt.log import CappedLog
from zoning_plugin.toolbelt.values import attribute_value


class WriteLandTxtAlgorithm(PreparationGroup, InputFields, ZoningAlgorithm):
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    USE_FIELD = "USE_FIELD"
    ZONE_PREFIX = "ZONE_PREFIX"
    ZONE_WIDTH = "ZONE_WIDTH"
    ENCODING = "ENCODING"
    OUTPUT = "OUTPUT"
    ENCODINGS = ("gbk", "utf-8")
    ZONE_WIDTHS = (None, 3, 6)

    def name(self):
        return "write_land_txt"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Write a land-boundary coordinate file (坐标TXT)")


    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Writes the polygons of a layer (the selected ones only, if you like) as a land-boundary "
            "coordinate file: a [属性描述] header and one [地块坐标] parcel per feature, X northing "
            "and Y easting in metres with three decimals, each ring closed.\n\n"
            "The zone: the layer's own when its CRS is a Gauss-Kruger zone, otherwise the CGCS2000 "
            "zone of the features' centre (3 degrees unless 6 is chosen). The zone number is put "
            "in front of the eastings unless you turn that off. Parcel id, name and use come from "
            "the fields chosen, or from fields called DKBH, DKMC and DKYT (or 地块编号, 地块名称, "
            "地块用途); TFH and DLBM are carried when the layer has them. The file is GBK with CRLF "
            "line ends unless UTF-8 is chosen, and it is replaced only once it is complete.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Parcels"), [QgsProcessing.TypeVectorPolygon]))
        self.add_field_parameters(((self.ID_FIELD, self.tr("Parcel id field (when empty: DKBH or 地块编号)")),
                                   (self.NAME_FIELD, self.tr("Parcel name field (when empty: DKMC or 地块名称)")),
                                   (self.USE_FIELD, self.tr("Land use field (when empty: DKYT or 地块用途)"))))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ZONE_PREFIX, self.tr("Put the zone number in front of the eastings"), defaultValue=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.ZONE_WIDTH, self.tr("Zone width"),
            [self.tr("The layer's zone, else 3 degrees"), self.tr("3 degrees"), self.tr("6 degrees")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.ENCODING, self.tr("Encoding"), ["GBK", "UTF-8"], defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Coordinate file"), self.tr("Coordinate files (*.txt)")))

    def process(self, parameters, context, feedback):
        source = self.input_source(parameters, context)
        self.check_input(source, QgsWkbTypes.PolygonGeometry, features=False)
        columns = self._columns(parameters, context, source, feedback)
        parcels = self._parcels(source, columns, feedback)
        if parcels is None:
            return {}
        if not parcels:
            raise QgsProcessingException(self.tr(
                "No parcel to write: the layer has no polygon features (or none is selected while only "
                "selected features are used)."))
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        prefix = self.parameterAsBoolean(parameters, self.ZONE_PREFIX, context)
        with RunOutputs(self, parameters, context) as outputs:
            temporary = outputs.file(path)
            try:
                data, crs = land_txt_bytes(
                    parcels, crs_text(source.sourceCrs()), zone_prefix=prefix,
                    zone_width=self.ZONE_WIDTHS[self.parameterAsEnum(parameters, self.ZONE_WIDTH, context)],
                    encoding=self.ENCODINGS[self.parameterAsEnum(parameters, self.ENCODING, context)],
                    cancelled=feedback.isCanceled)
            except Cancelled:
                return cancelled(feedback)
            except ZoningError as error:
                raise QgsProcessingException(self.tr("The coordinate file cannot be written: {0}").format(error)) \
                    from None
            outputs.files.write_into(temporary, data)
            if feedback.isCanceled():
                return cancelled(feedback)
            outputs.commit()
        feedback.pushInfo(self.tr("{0} parcel(s) written to {1} in {2} ({3}).").format(
            len(parcels), path, crs, QgsCoordinateReferenceSystem(crs).description()))
        feedback.setProgress(100)
        return {self.OUTPUT: path}

    def _columns(self, parameters, context, source, feedback):
        """{parcel attribute: layer field} from the chosen fields, else from the guesses."""
        names = source.fields().names()
        columns = parcel_columns(names, {key: self.chosen_field(parameters, parameter, context, names) for key, parameter
                                         in zip(CHOSEN, (self.ID_FIELD, self.NAME_FIELD, self.USE_FIELD))})
        for key, name in columns.items():
            if name:
                feedback.pushInfo(self.tr("{0} from the field “{1}”.").format(key, name))
        if not columns[ID]:
            feedback.pushInfo(self.tr("No parcel id field: the parcels are numbered 1, 2, 3 … in 地块编号."))
        return columns

    def _parcels(self, source, columns, feedback):
        """Parcel objects of the usable features; None when cancelled."""
        parcels, log = [], CappedLog(feedback)
        messages = {NO_POLYGON: self.tr("Feature {0} has no polygon; left out."),
                    NOT_FINITE: self.tr("Feature {0} has coordinates that are not finite numbers; left out.")}
        total = max(source.featureCount(), 1)
        # QGIS's validity check of Processing sources hands NaN coordinates to GEOS, which corrupts
        # the process's memory (QGIS 3.22, GEOS 3.11): polygons are checked here instead.
        features = source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for n, feature in enumerate(features):
            if feedback.isCanceled():
                return None
            feedback.setProgress(80.0 * n / total)
            geometry = feature.geometry()
            shape = None if geometry is None or geometry.isEmpty() else to_shapely(geometry)
            problem = unwritable(shape)
            if problem:
                log.line("feature", messages[problem].format(feature.id()), error=True)
                continue
            values = {key: attribute_value(feature.attribute(name)) if name else None for key, name in columns.items()}
            parcels.append(Parcel(shape, parcel_attributes(values, columns, len(parcels) + 1)))
        log.more("feature", self.tr("… and {0} more feature(s) left out."))
        return parcels
