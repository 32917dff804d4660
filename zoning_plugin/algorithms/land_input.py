"""A land-boundary coordinate file (坐标TXT) as the input of an algorithm that otherwise takes a
layer (zoning:conformity, zoning:site_report): the LAND_TXT parameter, and the file read by the core
(core/importers/land_txt.py) into a memory layer, one feature per parcel with the parcel line's
fields (地块编号, 地块名称, 地块用途 …) in the file's own CRS, so the rest of the algorithm runs as
for a layer.

LandTxtInput is a mixin placed before ZoningAlgorithm: ZoningAlgorithm.tr() looks a message up
under every class of the algorithm's MRO, so the strings written here (filed under LandTxtInput by
pylupdate5) are found by both algorithms."""
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsProcessingException, QgsProcessingParameterFile,
                       QgsVectorLayer)

from zoning_plugin.core import ZoningError
from zoning_plugin.core.errors import Cancelled
from zoning_plugin.core.importers.land_parcels import PARCEL_LAYER_FIELDS, parcel_values
from zoning_plugin.core.importers.land_txt import PARCEL_FIELDS, read_land_txt
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.toolbelt.i18n import tr
from zoning_plugin.toolbelt.log import LOG_LINES
from zoning_plugin.toolbelt.tables import qgs_fields

ID_FIELD = PARCEL_FIELDS[2]        # 地块编号


def cancelled(feedback):
    feedback.reportError(tr("Cancelled: nothing was written."))
    return {}


def say_land_warnings(land, feedback):
    """The warnings of reading a coordinate file, at most LOG_LINES, then how many more."""
    for warning in land.warnings[:LOG_LINES]:
        feedback.pushWarning(warning)
    if len(land.warnings) > LOG_LINES:
        feedback.pushWarning(tr("… and {0} more warning(s).").format(len(land.warnings) - LOG_LINES))


def land_file_layer(land, name):
    """A memory layer of a LandFile: one MultiPolygon feature per parcel, in the file's CRS, with the
    fields of the parcel line (界址点数, 地块面积 in ha, 地块编号, 地块名称, 图形属性, 图幅号, 地块用途,
    地类编码; Chinese names of at most five characters, as the conformity output keeps them)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={land.crs}", name, "memory")
    layer.setCrs(QgsCoordinateReferenceSystem(land.crs))
    fields = qgs_fields(PARCEL_LAYER_FIELDS)
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for parcel in land.parcels:
        feature = QgsFeature(layer.fields())
        geometry = to_qgs(parcel.geometry)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes(parcel_values(parcel))
        features.append(feature)
    if not provider.addFeatures(features)[0]:
        raise QgsProcessingException(provider.lastError())     # QGIS's own message
    layer.updateExtents()
    return layer


class LandTxtInput:
    """Mixin of the algorithms that take a coordinate file instead of the layer INPUT."""
    LAND_TXT = "LAND_TXT"

    def add_land_txt_parameter(self):
        self.addParameter(QgsProcessingParameterFile(
            self.LAND_TXT, self.tr("Or a land-boundary coordinate file (坐标TXT) instead of the input layer"),
            extension="txt", optional=True))

    def land_txt_layer(self, parameters, context, feedback, required=True):
        """The coordinate file LAND_TXT as a memory layer (named after the file), or None when no file
        is given and `required` is false. QgsProcessingException with a one-line message when both the
        file and INPUT are given, when neither is (and `required`), or when the file cannot be read."""
        path = self.parameterAsFile(parameters, self.LAND_TXT, context)
        has_input = parameters.get(self.INPUT) not in (None, "")
        if path and has_input:
            raise QgsProcessingException(self.tr(
                "Give either an input layer or a coordinate file (LAND_TXT), not both."))
        if not path:
            if required and not has_input:
                raise QgsProcessingException(self.tr("Give an input layer or a coordinate file (LAND_TXT)."))
            return None
        try:
            land = read_land_txt(path, cancelled=feedback.isCanceled)
        except Cancelled:
            raise QgsProcessingException(self.tr("Cancelled while the coordinate file was read: nothing was "
                                                 "written.")) from None
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The coordinate file cannot be read: {0}").format(error)) from None
        name = os.path.basename(path)
        feedback.pushInfo(self.tr("{0} parcel(s) read from {1} ({2}).").format(len(land.parcels), name, land.crs))
        say_land_warnings(land, feedback)
        return land_file_layer(land, name)
