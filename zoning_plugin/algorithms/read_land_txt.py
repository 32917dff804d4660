"""zoning:read_land_txt 读取界址点坐标文件: a land-boundary coordinate file (坐标TXT) of 建设用地报批
into a polygon layer. Thin: core/importers/land_txt.py reads it."""
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFile, QgsWkbTypes)

from zoning_plugin.algorithms.base import PreparationGroup, ZoningAlgorithm
from zoning_plugin.algorithms.field_aliases import aliased, parcel_aliases
from zoning_plugin.algorithms.land_input import cancelled, say_land_warnings
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.sink_errors import sink_error
from zoning_plugin.core import ZoningError
from zoning_plugin.core.errors import Cancelled
from zoning_plugin.core.importers.land_parcels import PARCEL_OUTPUT_FIELDS, parcel_row
from zoning_plugin.core.importers.land_txt import read_land_txt
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.toolbelt.tables import qgs_fields


class ReadLandTxtAlgorithm(PreparationGroup, ZoningAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "read_land_txt"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Read a land-boundary coordinate file (坐标TXT)")


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
            return cancelled(feedback)
        except ZoningError as error:
            raise QgsProcessingException(self.tr("The coordinate file cannot be read: {0}").format(error)) from None
        crs = QgsCoordinateReferenceSystem(land.crs)
        feedback.pushInfo(self.tr("{0} parcel(s) in {1}; coordinate system {2} ({3}), zone {4} of the {5}-degree "
                                  "zones, encoding {6}.").format(
            len(land.parcels), os.path.basename(path), land.crs, crs.description(), land.zone, land.zone_width,
            land.encoding))
        say_land_warnings(land, feedback)
        fields = aliased(qgs_fields(PARCEL_OUTPUT_FIELDS), parcel_aliases())
        with RunOutputs(self, parameters, context) as outputs:
            sink, dest_id = outputs.sink(self.OUTPUT, fields, QgsWkbTypes.MultiPolygon, crs)
            for n, parcel in enumerate(land.parcels):
                if feedback.isCanceled():
                    return cancelled(feedback)
                feedback.setProgress(100.0 * n / len(land.parcels))
                feature = QgsFeature(fields)
                feature.setGeometry(to_qgs(parcel.geometry))
                feature.setAttributes(parcel_row(parcel))
                if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                    raise sink_error(sink, dest_id)
            if feedback.isCanceled():
                return cancelled(feedback)
            outputs.commit()
        return {self.OUTPUT: dest_id}
