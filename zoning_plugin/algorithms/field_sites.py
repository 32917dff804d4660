"""The inspection sites of zoning:field_package: each feature of the input one site, inspected with
the core, with its own attributes as text, the screening result it carries (verdict and rules
fields) and the requirements that screening cites; the site name field guessed from its name when
not given. Sites without geometry or that cannot be inspected are said in the log (capped) and left
out.

FieldSites is a mixin placed before ZoningAlgorithm (whose tr() finds the strings written here)."""
from qgis.core import QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from zoning_plugin.core import ZoningError
from zoning_plugin.toolbelt.geometry import crs_text, plain_geometry, to_shapely
from zoning_plugin.toolbelt.log import LOG_LINES, CappedLog
from zoning_plugin.toolbelt.values import plain_value

NAME_GUESSES = ("name", "site_name", "名称", "企业名称", "单位名称", "单位", "企业")


def shown(value):
    """An attribute value as the sheet shows it (dates as ISO dates)."""
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-dd HH:mm:ss")
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss")
    return str(value)


class FieldSites:
    """The sites of the run (NAME_FIELD, VERDICT_FIELD, RULES_FIELD)."""

    def _guess_name(self, names, feedback):
        folded = {n.strip().casefold(): n for n in names}
        guessed = next((folded[g.casefold()] for g in NAME_GUESSES if g.casefold() in folded), None)
        if guessed:
            feedback.pushInfo(self.tr("Site names from the field “{0}” (guessed from its name).").format(guessed))
        return guessed

    def _sites(self, source, dataset, fields, feedback):
        """[Site] of the features with a usable geometry, in the input's order; None when cancelled."""
        from zoning_plugin.core.renderers.field import flagged_requirements
        from zoning_plugin.core.dataset.screening_rules import load_rules
        from zoning_plugin.printing.field_package import Site
        try:
            rules = load_rules(dataset)
        except ZoningError:
            rules = []
        requirement_ids = [r.req_id for r in dataset.requirements]
        crs = crs_text(source.sourceCrs())
        name_field, verdict_field, rules_field = (fields[k] for k in (self.NAME_FIELD, self.VERDICT_FIELD,
                                                                      self.RULES_FIELD))
        total = max(source.featureCount(), 1)
        sites, problems, outside = [], [], []
        for index, feature in enumerate(source.getFeatures(), 1):
            if feedback.isCanceled():
                return None
            feedback.setProgress(20.0 * index / total)
            values = {f.name(): plain_value(feature[f.name()]) for f in source.fields()}
            name = values.get(name_field) if name_field else None
            name = str(name).strip() if name not in (None, "") else self.tr("Site {0}").format(index)
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                problems.append(self.tr("{0} (feature {1}) has no geometry: left out.").format(name, feature.id()))
                continue
            geometry = plain_geometry(geometry)
            if QgsWkbTypes.hasZ(geometry.wkbType()):
                geometry.get().dropZValue()
            try:
                result = dataset.inspect(to_shapely(geometry), crs=crs)
            except ZoningError as error:
                problems.append(self.tr("{0} (feature {1}) cannot be inspected: {2}").format(name, feature.id(), error))
                continue
            if not result.inside:
                outside.append(name)
            screening = {"verdict": shown(values[verdict_field]) if verdict_field and values.get(verdict_field)
                         is not None else "",
                         "rules": shown(values[rules_field]) if rules_field and values.get(rules_field)
                         is not None else ""}
            attributes = [(key, shown(value)) for key, value in values.items()
                          if value not in (None, "") and key not in (verdict_field, rules_field)]
            sites.append(Site(len(sites) + 1, name, result, attributes, screening,
                              flagged_requirements(screening["rules"], rules, requirement_ids), geometry, values))
        CappedLog(feedback).lines("left_out", problems, self.tr("… and {0} more site(s) left out."), error=True)
        if outside:
            feedback.pushInfo(self.tr("{0} site(s) outside the city; their sheets say so: {1}").format(
                len(outside), ", ".join(outside[:LOG_LINES]) + (" …" if len(outside) > LOG_LINES else "")))
        feedback.pushInfo(self.tr("{0} site(s) inspected, {1} left out.").format(len(sites), len(problems)))
        return sites
