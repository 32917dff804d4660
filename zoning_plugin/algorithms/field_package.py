"""zoning:field_package 现场检查包. Thin: reads the inspection sites (each feature one site), inspects
each with the core, and lets zoning_plugin/printing/field_package.py write the inspection sheets as
one atlas PDF and zoning_plugin/printing/field_project.py the offline package for QField. Sites
without geometry or that cannot be inspected are said in the log and left out; the rest is done.
The PDF, the package folder and its zip are checked against the inputs, the dataset and one another
before anything is written, built aside and put in place together after the last cancel check
(core/outputs.py: an old package is replaced only when its manifest says it is the plugin's)."""
import os
import time

from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingParameterDefinition,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsWkbTypes)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.core import ZoningError
from zoning_plugin.core.output_folders import FolderOutput
from zoning_plugin.core.outputs import CHECK_FAILED, OutputError, check_pdf, resolve, write_failed
from zoning_plugin.toolbelt.geometry import crs_text, plain_geometry, to_shapely

NAME_GUESSES = ("name", "site_name", "名称", "企业名称", "单位名称", "单位", "企业")
LOG_LINES = 20
MAX_MARGIN_M = 100_000.0     # beyond any city: a larger margin is a typing error


def inside(path, folder):
    """Whether resolved `path` is resolved `folder` or lies inside it."""
    path, folder = os.path.normcase(path), os.path.normcase(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def plain_value(value):
    """A Python value of an attribute: None for NULL, ISO text for dates and times."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value if value.isValid() else None
    return value


def shown(value):
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-dd HH:mm:ss")
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss")
    return str(value)


class FieldPackageAlgorithm(ZoningAlgorithm):
    INPUT = "INPUT"
    NAME_FIELD = "NAME_FIELD"
    VERDICT_FIELD = "VERDICT_FIELD"
    RULES_FIELD = "RULES_FIELD"
    INSPECTOR = "INSPECTOR"
    MARGIN_M = "MARGIN_M"
    DATASET = "DATASET"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    OUTPUT_ZIP = "OUTPUT_ZIP"
    SITES = "SITES"
    PAGES = "PAGES"
    OVERFLOW_PAGES = "OVERFLOW_PAGES"
    PACKAGE_BYTES = "PACKAGE_BYTES"

    def name(self):
        return "field_package"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Field inspection package (现场检查包)")

    def group(self):
        return self.tr("Reports")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "reports"

    def tags(self):
        return self.tr("field,inspection,qfield,offline,atlas,checklist,pdf,zoning").split(",")

    def flags(self):
        # The print layout's HTML frames need the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Prepares the inspection of a list of sites (enterprises as points, or areas; only the selected "
            "features, if you choose so in the input).\n\n"
            "The PDF is a print layout atlas with one inspection sheet per site: a map excerpt (the control "
            "units, the river ecological buffers, the site), the site's own attributes, the screening result "
            "it carries (when a verdict or rules field is given, e.g. from the list screening), its units "
            "and their class, the buffers with the distance to the river, the full text of every requirement "
            "that applies, grouped as in the panel, and a checklist of these requirements with blank boxes, "
            "lines for notes, the conclusion, the inspector's signature and the date. A site's text goes on "
            "over as many pages as it needs; the log gives these overflow pages. Every page carries the "
            "dataset's version and, for sample data, the sample notice.\n\n"
            "The package is a folder (and a .zip of it) that QField opens offline: a project with relative "
            "paths and one GeoPackage holding the sites with fields for the inspection (result, notes, photo, "
            "date, inspector; value map and defaults set in the forms), the zoning layers within the margin "
            "around the sites, styled as on the desktop, and the requirements table. The folder must be new, "
            "empty or a package the plugin wrote there before and nobody changed since: a folder holding "
            "anything else (a project of yours, a package back from the field with its photos and edits) is "
            "never replaced, nor a .zip of that name the plugin did not write; the run then stops before "
            "writing anything. The PDF and the package are put in place together at the end: a failure or a "
            "cancel leaves the older ones as they were. The input layer and the dataset are only read.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Inspection sites"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Site name field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VERDICT_FIELD, self.tr("Screening verdict field"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.RULES_FIELD, self.tr("Triggered rules field"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.INSPECTOR, self.tr("Inspector (default of the form)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MARGIN_M, self.tr("Zoning kept around the sites, metres"), QgsProcessingParameterNumber.Double,
            defaultValue=2000, minValue=0, maxValue=MAX_MARGIN_M))
        dataset = QgsProcessingParameterFile(
            self.DATASET, self.tr("Zoning dataset (when empty: the plugin's current dataset)"),
            extension="gpkg", optional=True)
        dataset.setFlags(dataset.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(dataset)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Inspection sheets"), self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Field package for QField (folder)")))
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT_ZIP, self.tr("Field package (zip)")))
        self.addOutput(QgsProcessingOutputNumber(self.SITES, self.tr("Sites")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages of the PDF")))
        self.addOutput(QgsProcessingOutputNumber(self.OVERFLOW_PAGES, self.tr("Overflow pages")))
        self.addOutput(QgsProcessingOutputNumber(self.PACKAGE_BYTES, self.tr("Size of the zip (bytes)")))

    # -- processing ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        # Imported here, not at plugin start-up: the provider lists this algorithm in initGui.
        from zoning_plugin.printing.field_package import FieldAtlas
        from zoning_plugin.printing.field_data import write_zip
        from zoning_plugin.printing.field_project import outcome as package_outcome
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(self.tr("The input layer has no coordinate reference system; set one "
                                                 "first."))
        margin = number_parameter(self, parameters, self.MARGIN_M, context, feedback, units=("m", "米"),
                                  minimum=0, maximum=MAX_MARGIN_M)
        dataset = self.user_dataset(parameters, context, feedback)
        fields = {key: (self.parameterAsFields(parameters, key, context) or [None])[0]
                  for key in (self.NAME_FIELD, self.VERDICT_FIELD, self.RULES_FIELD)}
        if not fields[self.NAME_FIELD]:
            fields[self.NAME_FIELD] = self._guess_name(source.fields().names(), feedback)
        with RunOutputs(self, parameters, context, dataset) as outputs:
            pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
            folder = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
            package = self._destinations(pdf, folder, outputs.files.guard)
            with package:
                pdf_temporary = outputs.file(pdf)
                self._try_to_create(pdf_temporary, pdf)
                build = package.start()
                sites = self._sites(source, dataset, fields, feedback)
                if sites is None:
                    return self._cancelled(feedback)
                if not sites:
                    raise QgsProcessingException(self.tr("No site with a usable geometry: nothing written."))
                atlas = FieldAtlas(dataset, sites)
                outcome = atlas.write(pdf_temporary, pdf, progress=lambda value: feedback.setProgress(20 + 0.5 * value),
                                      is_cancelled=feedback.isCanceled)
                if outcome is None:
                    return self._cancelled(feedback)
                problem = check_pdf(pdf_temporary)      # a full disk: the export does not always say so
                if problem:
                    raise OutputError(CHECK_FAILED, pdf, detail=problem)
                feedback.pushInfo(self.tr("Inspection sheets: {0}: {1} site(s), {2} pages ({3} overflow pages), "
                                          "{4:.1f} s, {5:.3f} s per page.").format(
                    outcome.pdf, len(sites), outcome.pages, outcome.overflow, outcome.seconds,
                    outcome.seconds / max(outcome.pages, 1)))
                started = time.perf_counter()
                name = os.path.basename(package.target)
                layers = self._build(parameters, context, dataset, source, sites, margin, build, name, package.path,
                                     feedback)
                if layers is None or feedback.isCanceled():
                    return self._cancelled(feedback)
                package.commit(lambda zip_path, built: write_zip(zip_path, built, name))
                outputs.commit()
        written = package_outcome(package.target, package.zip_path, name, layers)
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Field package: {0} ({1} layers, {2:.2f} MB); zip: {3} ({4:.2f} MB); {5:.1f} s.")
                          .format(written.folder, written.layers, written.folder_bytes / 1e6, written.zip,
                                  written.zip_bytes / 1e6, time.perf_counter() - started))
        return {self.OUTPUT_PDF: pdf, self.OUTPUT_FOLDER: written.folder, self.OUTPUT_ZIP: written.zip,
                self.SITES: len(sites), self.PAGES: outcome.pages, self.OVERFLOW_PAGES: outcome.overflow,
                self.PACKAGE_BYTES: written.zip_bytes}

    def _destinations(self, pdf, folder, guard):
        """The FolderOutput of the package, once the package folder, its zip and the PDF are found
        not to destroy an input, the dataset, a folder or zip not the plugin's, or one another."""
        if not folder:
            raise QgsProcessingException(self.tr("No folder given for the field package."))
        if resolve(folder) == resolve(os.getcwd()):
            raise QgsProcessingException(self.tr("The package folder “{0}” is the current folder ({1}): give the "
                                                 "name of a new folder.").format(folder, resolve(folder)))
        package = FolderOutput(folder, guard, zip_beside=True)
        guard.check_file(package.zip_path)
        target = resolve(pdf)
        if os.path.normcase(target) == os.path.normcase(package.zip_path) or inside(target, package.target):
            raise QgsProcessingException(self.tr("The inspection sheets “{0}” cannot go into the package folder "
                                                 "“{1}” or be its zip: choose another place.").format(pdf, folder))
        return package

    @staticmethod
    def _try_to_create(temporary, pdf):
        """Create the PDF's temporary file now, so that a read-only or missing folder is said before
        the sites are laid out (the export then writes into it)."""
        try:
            with open(temporary, "xb"):
                pass
        except OSError as error:
            raise write_failed(pdf, error) from None

    def _cancelled(self, feedback):
        feedback.pushInfo(self.tr("Cancelled: nothing was written; the older outputs are as they were."))
        return {}

    def _build(self, parameters, context, dataset, source, sites, margin, build, name, shown, feedback):
        """Fill the package's temporary folder `build`; the number of its layers, None when cancelled."""
        from zoning_plugin.printing.field_data import surroundings_wkt
        from zoning_plugin.printing.field_project import FieldProject
        area = surroundings_wkt(dataset, [site.result.geometry_4490 for site in sites], margin)
        inspector = self.parameterAsString(parameters, self.INSPECTOR, context).strip()
        project = FieldProject(dataset, sites, source.fields(), source.sourceCrs(), area, inspector)
        layers = project.build(build, name, shown, is_cancelled=feedback.isCanceled)
        if project.left_out:
            feedback.reportError(self.tr("Sites whose geometry mixes points, lines and areas are in the PDF but "
                                         "not in the package: {0}").format(", ".join(project.left_out)))
        return layers

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
        for message in problems[:LOG_LINES]:
            feedback.reportError(message)
        if len(problems) > LOG_LINES:
            feedback.reportError(self.tr("… and {0} more site(s) left out.").format(len(problems) - LOG_LINES))
        if outside:
            feedback.pushInfo(self.tr("{0} site(s) outside the city; their sheets say so: {1}").format(
                len(outside), ", ".join(outside[:LOG_LINES]) + (" …" if len(outside) > LOG_LINES else "")))
        feedback.pushInfo(self.tr("{0} site(s) inspected, {1} left out.").format(len(sites), len(problems)))
        return sites
