"""zoning:field_package 现场检查包. Thin: reads the inspection sites (each feature one site), inspects
each with the core, and lets zoning_plugin/printing/field_package.py write the inspection sheets as
one atlas PDF and zoning_plugin/printing/field_project.py the offline package for QField. Sites
without geometry or that cannot be inspected are said in the log and left out; the rest is done.
The PDF, the package folder and its zip are checked against the inputs, the dataset and one another
before anything is written, built aside and put in place together after the last cancel check
(core/outputs.py: an old package is replaced only when its manifest says it is the plugin's)."""
import os
import tempfile
import time

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputFile, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from zoning_plugin.algorithms.base import PrintedReportMixin, ZoningAlgorithm
from zoning_plugin.algorithms.field_sites import FieldSites
from zoning_plugin.algorithms.outputs import RunOutputs
from zoning_plugin.algorithms.params import number_parameter
from zoning_plugin.core.output_folders import FolderOutput
from zoning_plugin.core.outputs import CHECK_FAILED, OutputError, check_pdf, create_empty, inside, resolve

MAX_MARGIN_M = 100_000.0     # beyond any city: a larger margin is a typing error


class FieldPackageAlgorithm(FieldSites, PrintedReportMixin, ZoningAlgorithm):
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
        self.add_dataset_parameter(self.DATASET)
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
                create_empty(pdf_temporary, pdf)     # a folder that cannot be written: said now
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

    def _cancelled(self, feedback):
        feedback.pushInfo(self.tr("Cancelled: nothing was written; the older outputs are as they were."))
        return {}

    def _tables_file(self, dataset, folder, feedback):
        """The GeoPackage the package's layers are clipped from: the dataset's own file, or for a
        dataset in PostGIS its published version written into `folder` (removed after the run)."""
        if not hasattr(dataset, "published"):
            return dataset.path
        from zoning_plugin.core.postgis.export import export_geopackage
        path = os.path.join(folder, "dataset.gpkg")
        export_geopackage(dataset, path)
        feedback.pushInfo(self.tr("The dataset's layers were read from PostGIS ({0}, published version {1}).")
                          .format(dataset.path, dataset.published[0]))
        return path

    def _build(self, parameters, context, dataset, source, sites, margin, build, name, shown, feedback):
        """Fill the package's temporary folder `build`; the number of its layers, None when cancelled."""
        from zoning_plugin.printing.field_data import surroundings_wkt
        from zoning_plugin.printing.field_project import FieldProject
        area = surroundings_wkt(dataset, [site.result.geometry_4490 for site in sites], margin)
        inspector = self.parameterAsString(parameters, self.INSPECTOR, context).strip()
        with tempfile.TemporaryDirectory(prefix="zoning_field_") as folder:
            tables = self._tables_file(dataset, folder, feedback)
            project = FieldProject(dataset, sites, source.fields(), source.sourceCrs(), area, inspector,
                                   tables_path=tables)
            layers = project.build(build, name, shown, is_cancelled=feedback.isCanceled)
        if project.left_out:
            feedback.reportError(self.tr("Sites whose geometry mixes points, lines and areas are in the PDF but "
                                         "not in the package: {0}").format(", ".join(project.left_out)))
        return layers
