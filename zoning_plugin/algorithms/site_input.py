"""The site of zoning:site_report: the features of a layer (or its selected features, or the
parcels of a coordinate file) taken together, or an extent; refused with the reason when it has no
CRS, no geometry, coordinates that are not numbers or not possible in its CRS (core/engine/
layer_input.range_problem).

SiteInput is a mixin placed before ZoningAlgorithm (whose tr() finds the strings written here)."""
import numpy
import shapely
from qgis.core import QgsGeometry, QgsProcessingException, QgsRectangle

from zoning_plugin.algorithms.land_input import LandTxtInput
from zoning_plugin.core.engine.layer_input import range_problem
from zoning_plugin.toolbelt.geometry import crs_text, plain_geometry, to_shapely


def finite(geometry):
    """Whether every x and y of a plain QgsGeometry (see plain_geometry) is a finite number."""
    return bool(numpy.isfinite(shapely.get_coordinates(to_shapely(geometry))).all())


def crs_label(crs):
    return crs.userFriendlyIdentifier() or crs.authid() or crs.description()


class SiteInput(LandTxtInput):
    """The site of the run: INPUT, LAND_TXT, SELECTED_ONLY or EXTENT."""

    def _site(self, parameters, context, feedback):
        """(QgsGeometry, CRS, description) of the site, None when cancelled; QgsProcessingException
        saying what is wrong."""
        land = self.land_txt_layer(parameters, context, feedback, required=False)   # the coordinate file
        layer = land if land is not None else self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            if parameters.get(self.INPUT) not in (None, ""):
                raise QgsProcessingException(self.tr("The input layer cannot be opened: {0}").format(
                    parameters.get(self.INPUT)))
            return self._extent_site(parameters, context)
        if not layer.crs().isValid():
            raise QgsProcessingException(self.tr("The layer “{0}” has no coordinate reference system; set one "
                                                 "first.").format(layer.name()))
        selected = self.parameterAsBoolean(parameters, self.SELECTED_ONLY, context) and land is None
        features = layer.getSelectedFeatures() if selected else layer.getFeatures()
        geometries, skipped = [], 0
        for feature in features:
            if feedback.isCanceled():
                return None
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            geometry = plain_geometry(geometry)
            if not finite(geometry):
                raise QgsProcessingException(self.tr(
                    "Feature {0} of the layer “{1}” has coordinates that are not numbers (NaN or infinite): "
                    "fix or remove it.").format(feature.id(), layer.name()))
            geometries.append(geometry)
        if skipped:
            feedback.reportError(self.tr("{0} feature(s) without geometry left out.").format(skipped))
        if not geometries:
            message = (self.tr("No selected feature of the layer “{0}” has a geometry: no report.") if selected
                       else self.tr("No feature of the layer “{0}” has a geometry: no report."))
            raise QgsProcessingException(message.format(layer.name()))
        self._check_range(geometries, layer.crs())
        # the parts as they are: the core repairs each (overlapping self-intersecting polygons
        # included, said in the report) before it merges them; QGIS's union would refuse them
        geometry = QgsGeometry.collectGeometry(geometries) if len(geometries) > 1 else geometries[0]
        if geometry is None or geometry.isEmpty():
            raise QgsProcessingException(self.tr("The features of “{0}” do not make a usable geometry.").format(
                layer.name()))
        feedback.pushInfo(self.tr("{0} feature(s) taken together as one site.").format(len(geometries)))
        description = (self.tr("{0} parcel(s) of the coordinate file “{1}”") if land is not None else
                       self.tr("{0} feature(s) of layer “{1}”")).format(len(geometries), layer.name())
        return geometry, layer.crs(), description

    def _extent_site(self, parameters, context):
        if parameters.get(self.EXTENT) in (None, ""):
            raise QgsProcessingException(self.tr("Give a project site: an input layer, a coordinate file or an "
                                                 "extent."))
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        geometry = self.parameterAsExtentGeometry(parameters, self.EXTENT, context, crs)
        if not crs.isValid():
            raise QgsProcessingException(self.tr("The extent has no coordinate reference system: give it after the "
                                                 "numbers, as in “xmin,xmax,ymin,ymax [EPSG:4490]”."))
        if geometry is None or geometry.isEmpty():
            raise QgsProcessingException(self.tr("The extent is empty."))
        if not finite(geometry):
            raise QgsProcessingException(self.tr("The extent has coordinates that are not numbers (NaN or "
                                                 "infinite)."))
        self._check_range([geometry], crs)
        return geometry, crs, self.tr("Extent {0}").format(geometry.boundingBox().toString(6))

    def _check_range(self, geometries, crs):
        """Coordinates beyond the CRS's range are refused here, with the box in numbers, before the
        core measures them (its message would print them as WKT, which absurd values crash)."""
        box = QgsRectangle(geometries[0].boundingBox())
        for geometry in geometries[1:]:
            box.combineExtentWith(geometry.boundingBox())
        problem = range_problem((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), crs_text(crs),
                                crs.isGeographic())
        if problem is None:
            return
        (minx, miny, maxx, maxy), limits = problem
        box = f"x {minx:.6g} … {maxx:.6g}, y {miny:.6g} … {maxy:.6g}"
        if limits is None:
            raise QgsProcessingException(self.tr("The site's coordinates ({0}) are not possible in {1}: check the "
                                                 "coordinate reference system.").format(box, crs_label(crs)))
        raise QgsProcessingException(self.tr(
            "The site's coordinates ({0}) lie outside the area where {1} is used ({2}): check the coordinate "
            "reference system.").format(box, crs_label(crs), "x {0:.6g} … {2:.6g}, y {1:.6g} … {3:.6g}".format(
                *limits)))
