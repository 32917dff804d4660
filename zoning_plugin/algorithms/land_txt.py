"""zoning:read_land_txt 读取界址点坐标文件 and zoning:write_land_txt 导出界址点坐标文件: the land-boundary
coordinate files (坐标TXT) of 建设用地报批. Thin: core/importers/land_txt.py reads and writes them."""
import os

import numpy
import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsField,
                       QgsFields, QgsProcessing, QgsProcessingException, QgsProcessingFeatureSource,
                       QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.field_aliases import aliased, parcel_aliases
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.sink_errors import sink_error
from zoning_plugin.core import ZoningError
from zoning_plugin.core.errors import Cancelled
from zoning_plugin.core.importers.land_txt import PARCEL_FIELDS, Parcel, read_land_txt
from zoning_plugin.core.importers.land_txt_write import land_txt_bytes
from zoning_plugin.toolbelt.geometry import crs_text, to_qgs, to_shapely

# Output fields: the standard short names of the parcel line (界址点数 … 地类编码), then ours.
FIELD_NAMES = ("JZDS", "DKMJ", "DKBH", "DKMC", "JLTXSX", "TFH", "DKYT", "DLBM")
GUESSES = {"地块编号": ("DKBH", "地块编号", "parcel_id"), "地块名称": ("DKMC", "地块名称", "name", "名称"),
           "地块用途": ("DKYT", "地块用途", "land_use", "用途"), "图幅号": ("TFH", "图幅号"),
           "地类编码": ("DLBM", "地类编码")}
LOG_LINES = 30


def _value(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def _number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def guess_field(names, key):
    """The layer field for a parcel attribute (e.g. 地块编号: DKBH, 地块编号 or parcel_id), ignoring case."""
    folded = {n.strip().casefold(): n for n in names}
    return next((folded[g.casefold()] for g in GUESSES[key] if g.casefold() in folded), None)


class ReadLandTxtAlgorithm(ZoningAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "read_land_txt"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Read a land-boundary coordinate file (坐标TXT)")

    def group(self):
        return self.tr("Data preparation")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "preparation"

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Reads a land-boundary coordinate file of the kind exchanged for construction land "
            "approval (a [属性描述] header and [地块坐标] parcels, GBK or UTF-8) into a polygon layer, "
            "one feature per parcel, in the file's own coordinate reference system: the Gauss-Kruger "
            "zone named by 带号 and 几度分带, with or without the zone number in front of the "
            "eastings, as the file has it.\n\n"
            "Rings that lie inside another ring of the same parcel become holes, the others further "
            "parts. The fields are those of the parcel line (JZDS, DKMJ, DKBH, DKMC, JLTXSX, TFH, "
            "DKYT, DLBM), EXTRA (any further fields) and area_m2.\n\n"
            "A file with a wrong point count, an unclosed ring, a zone number that disagrees with "
            "the coordinates, no [地块坐标] section or a coordinate that is not a number is refused "
            "with the reason and the line. A long file can be cancelled while it is read; a cancel or a "
            "failure writes nothing, and an older output of that name stays as it was.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Land-boundary coordinate file"),
            fileFilter=self.tr("Coordinate files (*.txt *.TXT);;All files (*)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Parcels"), QgsProcessing.TypeVectorPolygon))

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException(self.tr("No coordinate file given."))
        try:
            land = read_land_txt(path, cancelled=feedback.isCanceled)
        except Cancelled:
            feedback.reportError(self.tr("Cancelled: nothing was written."))
            return {}
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The coordinate file cannot be read: {0}").format(error)) from None
        crs = QgsCoordinateReferenceSystem(land.crs)
        feedback.pushInfo(self.tr("{0} parcel(s) in {1}; coordinate system {2} ({3}), zone {4} of the {5}-degree "
                                  "zones, encoding {6}.").format(
            len(land.parcels), os.path.basename(path), land.crs, crs.description(), land.zone, land.zone_width,
            land.encoding))
        for warning in land.warnings[:LOG_LINES]:
            feedback.pushWarning(warning)
        fields = QgsFields()
        for name, kind in zip(FIELD_NAMES, (QVariant.Int, QVariant.Double) + (QVariant.String,) * 6):
            fields.append(QgsField(name, kind))
        fields.append(QgsField("EXTRA", QVariant.String))
        fields.append(QgsField("area_m2", QVariant.Double))
        fields = aliased(fields, parcel_aliases())
        with RunOutputs(self, parameters, context) as outputs:
            sink, dest_id = outputs.sink(self.OUTPUT, fields, QgsWkbTypes.MultiPolygon, crs)
            for n, parcel in enumerate(land.parcels):
                if feedback.isCanceled():
                    feedback.reportError(self.tr("Cancelled: nothing was written."))
                    return {}
                feedback.setProgress(100.0 * n / len(land.parcels))
                attributes = parcel.attributes
                count = _number(attributes["界址点数"])
                feature = QgsFeature(fields)
                feature.setGeometry(to_qgs(parcel.geometry))
                feature.setAttributes([int(count) if count is not None else None, _number(attributes["地块面积"])]
                                      + [attributes[k] or None for k in PARCEL_FIELDS[2:]]
                                      + [",".join(parcel.extra) or None, round(parcel.geometry.area, 2)])
                if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                    raise sink_error(sink, dest_id)
            if feedback.isCanceled():
                feedback.reportError(self.tr("Cancelled: nothing was written."))
                return {}
            outputs.commit()
        return {self.OUTPUT: dest_id}


class WriteLandTxtAlgorithm(ZoningAlgorithm):
    INPUT = "INPUT"
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

    def group(self):
        return self.tr("Data preparation")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "preparation"

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
        for name, text in ((self.ID_FIELD, self.tr("Parcel id field (when empty: DKBH or 地块编号)")),
                           (self.NAME_FIELD, self.tr("Parcel name field (when empty: DKMC or 地块名称)")),
                           (self.USE_FIELD, self.tr("Land use field (when empty: DKYT or 地块用途)"))):
            self.addParameter(QgsProcessingParameterField(name, text, parentLayerParameterName=self.INPUT,
                                                          optional=True))
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
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                self.tr("The input layer has no coordinate reference system; set one first."))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise QgsProcessingException(self.tr("The input layer is not a polygon layer."))
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
                feedback.reportError(self.tr("Cancelled: nothing was written."))
                return {}
            except ZoningError as error:
                raise QgsProcessingException(self.tr("The coordinate file cannot be written: {0}").format(error)) \
                    from None
            outputs.files.write_into(temporary, data)
            if feedback.isCanceled():
                feedback.reportError(self.tr("Cancelled: nothing was written."))
                return {}
            outputs.commit()
        feedback.pushInfo(self.tr("{0} parcel(s) written to {1} in {2} ({3}).").format(
            len(parcels), path, crs, QgsCoordinateReferenceSystem(crs).description()))
        feedback.setProgress(100)
        return {self.OUTPUT: path}

    def _columns(self, parameters, context, source, feedback):
        """{parcel attribute: layer field} from the chosen fields, else from the guesses."""
        names = source.fields().names()
        columns = {}
        for key, parameter in (("地块编号", self.ID_FIELD), ("地块名称", self.NAME_FIELD), ("地块用途", self.USE_FIELD)):
            chosen = self.parameterAsFields(parameters, parameter, context)
            if chosen and chosen[0] not in names:
                raise QgsProcessingException(self.tr("The input layer has no field “{0}”.").format(chosen[0]))
            columns[key] = chosen[0] if chosen else guess_field(names, key)
        for key in ("图幅号", "地类编码"):
            columns[key] = guess_field(names, key)
        for key, name in columns.items():
            if name:
                feedback.pushInfo(self.tr("{0} from the field “{1}”.").format(key, name))
        if not columns["地块编号"]:
            feedback.pushInfo(self.tr("No parcel id field: the parcels are numbered 1, 2, 3 … in 地块编号."))
        return columns

    def _parcels(self, source, columns, feedback):
        """Parcel objects of the usable features; None when cancelled."""
        parcels, left_out = [], 0
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
            message = None
            if shape is None or shape.geom_type not in ("Polygon", "MultiPolygon") or shape.is_empty:
                message = self.tr("Feature {0} has no polygon; left out.")
            elif not numpy.isfinite(shapely.get_coordinates(shape)).all():
                message = self.tr("Feature {0} has coordinates that are not finite numbers; left out.")
            if message:
                left_out += 1
                if left_out <= LOG_LINES:
                    feedback.reportError(message.format(feature.id()))
                continue
            attributes = {key: _value(feature.attribute(name)) if name else None for key, name in columns.items()}
            if attributes["地块编号"] is None and not columns["地块编号"]:
                attributes["地块编号"] = len(parcels) + 1
            parcels.append(Parcel(shape, attributes))
        return parcels
