"""Expression functions of the group 生态环境分区管控: the zoning in the field calculator, labels,
virtual fields and layouts. Thin: core/engine/lookup.py answers; this module reads the geometry and its CRS
from the expression context and turns the answer into a value.

The functions are registered by the plugin's initGui and removed by its unload. QGIS keeps plain
pointers to them, so they live in this module's registry (not in a plugin instance that might be
dropped without unload) until they are unregistered."""
import traceback

from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsExpression, QgsExpressionFunction,
                       QgsGeometry)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from zoning_plugin.core.errors import CRSError, InputError, ZoningError
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.engine.lookup import locate, requirements_text
from zoning_plugin.toolbelt.geometry import crs_text, to_shapely

# What each geometry function gives of a Location inside the city (outside: NULL).
from zoning_plugin.toolbelt.log import log, log_tag

# What each geometry function gives of a Location inside the city (outside: NULL).
GEOMETRY_FUNCTIONS = {
    "zoning_unit_code": lambda place: place.unit["code"] if place.unit else None,
    "zoning_unit_name": lambda place: place.unit["name"] if place.unit else None,
    "zoning_unit_class": lambda place: place.unit["class_name"] if place.unit else None,
    "zoning_unit_class_number": lambda place: place.unit["class"] if place.unit else None,
    "zoning_in_buffer": lambda place: bool(place.buffers),
    "zoning_buffer_distance": lambda place: place.buffer["distance_m"] if place.buffer else None,
}
REQUIREMENTS_FUNCTION = "zoning_requirements"
FUNCTION_NAMES = (*GEOMETRY_FUNCTIONS, REQUIREMENTS_FUNCTION)

_registered = {}    # name -> ZoningFunction, while QGIS holds it
_authid_crs = {}    # a layer_crs authid -> the CRS text the core reads


class NoLayerCrs(ZoningError):
    """The expression's layer has no CRS: its coordinates cannot be placed."""


def _is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def context_crs(context):
    """The CRS the geometry of `context` is in: its layer's, else CGCS2000 lon/lat (EPSG:4490).
    NoLayerCrs when the layer has none."""
    if context is None:
        return STORAGE_CRS
    if context.hasVariable("_layer_crs"):   # the layer's CRS object, also one without an authid
        crs = context.variable("_layer_crs")
        if isinstance(crs, QgsCoordinateReferenceSystem):
            if not crs.isValid():
                raise NoLayerCrs()
            return crs_text(crs)
    if context.hasVariable("layer_crs"):    # its authid only
        authid = context.variable("layer_crs")
        if _is_null(authid) or not str(authid):
            raise NoLayerCrs()
        if authid not in _authid_crs:
            _authid_crs[authid] = crs_text(QgsCoordinateReferenceSystem(authid))
        if not _authid_crs[authid]:
            raise NoLayerCrs()
        return _authid_crs[authid]
    return STORAGE_CRS


class ZoningFunction(QgsExpressionFunction):
    """One function of the group; `dataset_source()` gives the plugin's zoning dataset."""

    def __init__(self, name, dataset_source):
        if name == REQUIREMENTS_FUNCTION:
            parameters = [QgsExpressionFunction.Parameter("unit_code"),
                          QgsExpressionFunction.Parameter("dimension", True, "")]
        else:
            parameters = [QgsExpressionFunction.Parameter("geometry")]
        self._dataset_source = dataset_source
        self._help = self._help_html(name)
        # handlesNull for the requirements only: a NULL dimension means all four.
        super().__init__(name, parameters, log_tag(), self._help, False, name == REQUIREMENTS_FUNCTION, False)

    def tr(self, message):
        return QCoreApplication.translate("ZoningFunction", message)

    def helpText(self):  # noqa: N802 (QGIS API)
        return self._help

    def referencedColumns(self, node):  # noqa: N802 (QGIS API): no attribute beyond the arguments'
        return set()

    def func(self, values, context, parent, node):
        try:
            if self.name() == REQUIREMENTS_FUNCTION:
                return self._requirements(values)
            return self._geometry_answer(values[0], context)
        except NoLayerCrs:
            parent.setEvalErrorString(self.tr("The layer has no coordinate reference system; set one first."))
        except ZoningError as error:
            parent.setEvalErrorString(str(error))
        except Exception as error:  # an expression must not raise into QGIS
            log(traceback.format_exc(), Qgis.Critical)
            parent.setEvalErrorString(f"{self.name()}: {error}")
        return None

    def _geometry_answer(self, geometry, context):
        if _is_null(geometry):
            return None
        if not isinstance(geometry, QgsGeometry):
            raise InputError(self.tr("{0} needs a geometry, e.g. $geometry.").format(self.name()))
        if geometry.isNull() or geometry.isEmpty():
            return None
        crs = context_crs(context)
        try:
            place = locate(self._dataset_source(), to_shapely(geometry), crs)
        except CRSError:
            raise
        except InputError:
            return None   # a feature that cannot be placed (beyond its CRS's range): NULL, the rest go on
        return GEOMETRY_FUNCTIONS[self.name()](place) if place.inside else None

    def _requirements(self, values):
        code = values[0]
        dimension = values[1] if len(values) > 1 and not _is_null(values[1]) else ""
        if _is_null(code):
            return None
        return requirements_text(self._dataset_source(), str(code), str(dimension))

    # -- help ------------------------------------------------------------------------------------
    def _help_html(self, name):
        geometry = ("geometry", self.tr("a point, line or polygon, usually <code>$geometry</code>"))
        descriptions = {
            "zoning_unit_code": self.tr("Returns the code of the environmental control unit at the geometry."),
            "zoning_unit_name": self.tr("Returns the name of the environmental control unit at the geometry."),
            "zoning_unit_class": self.tr("Returns the class of the environmental control unit at the geometry, "
                                         "by its name in the dataset (for example 优先保护单元)."),
            "zoning_unit_class_number": self.tr(
                "Returns the class number of the environmental control unit at the geometry (the dataset's "
                "unit_class: 1, 2 or 3). Unlike the class name it does not depend on how a dataset names "
                "its classes: use it in rules and filters."),
            "zoning_in_buffer": self.tr("Returns true when the geometry lies in a river ecological buffer, "
                                        "false when it does not."),
            "zoning_buffer_distance": self.tr(
                "Returns the distance in metres from the geometry to the river whose ecological buffer it "
                "lies in (the nearest such river), as the panel shows it: from the bank where the dataset "
                "gives the river's channel (rivers.channel_width_m; 0 inside the channel), else from the "
                "centre line, both the plugin's readings; NULL when it lies in no buffer."),
            REQUIREMENTS_FUNCTION: self.tr(
                "Returns the unit's own requirements of one dimension (not those of the city, the basin or "
                "the class), one a line, each after its id (U-ZH22040210001-03, as every view shows it). With an "
                "empty dimension, all "
                "four, each after a line with its name. NULL for an unknown unit code."),
        }
        notes = [self.tr("Uses the zoning dataset chosen in the plugin's settings.")]
        if name == REQUIREMENTS_FUNCTION:
            arguments = [("unit_code", self.tr("the unit's code, for example the result of zoning_unit_code")),
                         ("dimension", self.tr("空间布局约束, 污染物排放管控, 环境风险防控 or 资源利用效率, in any "
                                               "spelling that holds its keyword (空间, 污染, 风险, 资源); "
                                               "optional"))]
            examples = [("zoning_requirements(zoning_unit_code($geometry), '空间布局约束')",
                         self.tr("the spatial layout items of each feature's unit")),
                        ("zoning_requirements(\"unit_code\")", self.tr("all four dimensions"))]
        else:
            arguments = [geometry]
            examples = [(f"{name}($geometry)", self.tr("the value for each feature")),
                        (f"{name}(make_point(lon, lat))", self.tr("without a layer: a CGCS2000 longitude/latitude"))]
            notes = [
                self.tr("The geometry is read in the coordinate reference system of the expression's layer; "
                        "without a layer (for example in a print layout without an atlas) as CGCS2000 "
                        "longitude/latitude (EPSG:4490)."),
                self.tr("A line or polygon over several units gets the unit that holds most of it (the largest "
                        "area, or length for a line)."),
                self.tr("NULL outside the city and for a NULL or empty geometry or one that cannot be read in "
                        "its CRS.")] + notes
        syntax = ", ".join(f"<span class=\"argument\">{argument}</span>" for argument, _text in arguments)
        rows = "".join(f"<tr><td class=\"argument\">{argument}</td><td>{text}</td></tr>"
                       for argument, text in arguments)
        items = "".join(f"<li><code>{expression}</code> → {text}</li>" for expression, text in examples)
        paragraphs = "".join(f"<p>{text}</p>" for text in [descriptions[name]] + notes)
        # Outside the f-string: pylupdate5 does not see calls inside one.
        syntax_title, arguments_title, examples_title = self.tr("Syntax"), self.tr("Arguments"), self.tr("Examples")
        return (f"<h3>{name}</h3><div class=\"description\">{paragraphs}</div>"
                f"<h4>{syntax_title}</h4><div class=\"syntax\"><code><span class=\"functionname\">"
                f"{name}</span>({syntax})</code></div>"
                f"<h4>{arguments_title}</h4><div class=\"arguments\"><table>{rows}</table></div>"
                f"<h4>{examples_title}</h4><div class=\"examples\"><ul>{items}</ul></div>")


def register_functions(dataset_source):
    """Register every function (replacing this module's own from an earlier load); the names
    registered. A name another plugin holds is left to it and logged."""
    unregister_functions()
    for name in FUNCTION_NAMES:
        function = ZoningFunction(name, dataset_source)
        if QgsExpression.registerFunction(function):
            _registered[name] = function
        else:
            log(f"{name}: an expression function of this name exists already; not registered", Qgis.Warning)
    return list(_registered)


def unregister_functions():
    for name in list(_registered):
        QgsExpression.unregisterFunction(name)
        del _registered[name]
