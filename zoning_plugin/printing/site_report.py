"""The site report (项目选址报告) of one inspection: a PDF from the print layout template (map, legend,
scale bar, north arrow, grid, city inset, overlap table; the "1+2+61" text; the EIA chapter) and the
EIA chapter "三线一单符合性分析" as an .odt that WPS and Word open. One code path for the panel's
report button and for the Processing algorithm zoning:site_report.

The map is drawn from layers built as gui/layers.py builds them, in a QgsProject of the report's
own: what the user has loaded (or not) changes nothing, and the user's project is never touched."""
import time
from dataclasses import dataclass
from datetime import datetime

import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFillSymbol, QgsLabelObstacleSettings,
                       QgsLayerTree, QgsLegendRenderer, QgsLegendStyle, QgsLineSymbol, QgsMapLayerLegendUtils,
                       QgsMarkerSymbol, QgsPalLayerSettings, QgsProject, QgsRectangle, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QFont, QTextDocument, QTextDocumentWriter

from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.outputs import WRITE_FAILED, Guard, OutputError, Outputs, check_pdf, check_zip, write_failed
from zoning_plugin.core.renderers.inspect import dataset_line
from zoning_plugin.core.renderers.eia import build_chapter, chapter_html
from zoning_plugin.core.renderers.site import PRINT_CSS, overlap_html, requirements_html
from zoning_plugin.gui.labels import report_labels
from zoning_plugin.gui.layers import DERIVED_BUFFERS_KEY, IN_MEMORY, load_zoning_layers
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.printing.layout import TEXT_AREA_ITEM, ReportLayout

MAP_KEYS = ("rivers", "river_buffers", DERIVED_BUFFERS_KEY, "counties", "units_1", "units_2", "units_3")
SITE_COLOUR = "#d00000"
ODT_TABLE_PT = 425    # 15 cm: fits the text width of A4 with Word's and WPS's default margins
ODT_FONT_PT = 10.5    # 五号
ODT_CSS = ("h1 { font-size: 16pt; } h2 { font-size: 13pt; } .src { color: #666666; font-size: 9pt; } "
           ".tag { color: #b00020; font-weight: bold; } .note { color: #b00020; } "
           ".rnote { color: #7a4b00; font-size: 9pt; }")


@dataclass
class Outcome:
    pdf: str
    odt: str
    pages: int
    seconds: float


def _obstacle(layer, dimension):
    """The zoning layers' labels keep off the site (off a polygon site's outline only), so a unit
    label never hides a point site; the site itself has no label."""
    settings = QgsPalLayerSettings()
    settings.drawLabels = False
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    obstacle.setFactor(2.0)
    if dimension == 2:
        obstacle.setType(QgsLabelObstacleSettings.PolygonBoundary)
    settings.setObstacleSettings(obstacle)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def label_bare_swatches(legend):
    """A layer whose legend entries have no words of their own (the buffers' two scale-dependent
    rules) gets its name beside its swatch, on one row, as a layer of one symbol shows it."""
    model = legend.model()
    for node in model.rootGroup().findLayers():
        entries = model.layerLegendNodes(node)
        if not entries or any(e.isEmbeddedInParent() or e.data(Qt.ItemDataRole.DisplayRole) for e in entries):
            continue
        for index in range(len(entries)):
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, node.name())
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
        model.refreshLayerLegend(node)


class SiteReport:
    """Writes the report of `result` (an InspectResult from `dataset`) for a site called `title`."""

    def __init__(self, dataset, result, title, description="", screening=None, now=None):
        self.dataset = dataset
        self.result = result
        self.title = title
        self.description = description
        self.screening = screening   # core.screening.ScreeningResult of the site, or None
        self.now = now or datetime.now().astimezone()

    def tr(self, message):
        return QCoreApplication.translate("SiteReport", message)

    def labels(self):
        """The core renderers' labels in the UI language (the core's defaults are Chinese)."""
        return {**report_labels(), **{
            "overlap_title": self.tr("Overlap with the control units"),
            "unit_code": self.tr("Unit code"), "unit_name": self.tr("Unit name"), "class": self.tr("Class"),
            "area_m2": self.tr("Area (m²)"), "area_ha": self.tr("Area (ha)"),
            "length_m": self.tr("Length (m)"), "buffer_title": self.tr("River ecological buffers"),
            "river": self.tr("River"), "width_m": self.tr("Width on each side (m)"),
            "distance_m": self.tr("From the centre line (m)"), "distance_any_m": self.tr("Distance (m)"),
            "measured_from": self.tr("Measured from"),
            "from_bank": self.tr("the bank (channel {channel} m wide, from the dataset)"),
            "from_bank_partly": self.tr("the bank where the channel is given ({channel} m), else the centre line"),
            "from_centre_line": self.tr("the centre line"), "overlap_m2": self.tr("Overlap (m²)"),
            "overlap_ha": self.tr("Overlap (ha)"), "overlap_length_m": self.tr("Overlap (m)"),
            "share_column": self.tr("Share"),
            "eia_title": self.tr("Conformity with the zoning control (the three lines and one list)"),
            "part_redline": self.tr("Ecological protection red line"),
            "part_quality": self.tr("Environmental quality bottom line"),
            "part_resource": self.tr("Resource utilisation upper limit"),
            "part_list": self.tr("Ecological environment access list"),
            "basis": self.tr("Basis: {dataset}, version {version}, effective {date}."),
            "redline_hit": self.tr("The site touches the ecological protection red line:"),
            "redline_none": self.tr("The site does not touch the ecological protection red line."),
            "priority_hit": self.tr("The site touches other priority protection units:"),
            "priority_none": self.tr("The site does not touch other priority protection units."),
            "buffer_hit": self.tr("The site lies in a river ecological buffer:"),
            "buffer_none": self.tr("The site does not lie in a river ecological buffer of the dataset."),
            "quality_intro": self.tr("Environmental quality targets that bind the site ({level}):"),
            "resource_intro": self.tr("Resource caps that bind the site ({level}):"),
            "none_found": self.tr("The city-wide requirements hold no such item."),
            "topic": self.tr("Topic"), "requirement": self.tr("Requirement"), "no": self.tr("Item id"),
            "dimension": self.tr("Dimension"), "situation": self.tr("Project situation"),
            "conformity": self.tr("Conformity (conforms / does not conform / to be verified)"),
            "strength": self.tr("Strength of the control"),
            "sample_row": self.tr("sample data, not official"),
            "list_intro": self.tr("{count} requirement(s) of the access list apply to the site; each is "
                                  "listed below with its source, under its id in its list."),
            "fill_note": self.tr("The assessor fills in the columns “Project situation” and “Conformity” "
                                 "from the project's facts (conforms, does not conform or to be verified); "
                                 "the plugin never fills them."),
            "verdict_note": self.tr("“Strength of the control” is the strength of the control (the Chinese "
                                    "word of the rule stays in the JSON) of the items the project screening "
                                    "rests on; it is not a conformity "
                                    "verdict. The assessor fills in “Project situation” and “Conformity” "
                                    "(conforms, does not conform or to be verified); the plugin never "
                                    "fills them."),
            "screened_as": self.tr("The project was screened as industry {code}."),
            "other_verdicts": self.tr("The project screening also rests on:"),
            "strength_no_rule": self.tr("no rule"), "strength_to_judge": self.tr("left to you"),
            "strength_marks": self.tr("An item whose “Strength of the control” says “no rule” has no screening "
                                      "rule in the dataset and was not checked by the screening: check it "
                                      "against its text. The items “left to you” are listed above."),
            "topic_air": self.tr("Air quality"), "topic_water_quality": self.tr("Water quality"),
            "topic_water_use": self.tr("Water resources"), "topic_land": self.tr("Land resources"),
            "topic_energy": self.tr("Energy"), "topic_other": self.tr("Other"),
        }}

    # -- the map ---------------------------------------------------------------------------------
    def _site_layers(self):
        """Memory layers (EPSG:4490) with the site's points, lines and polygons, drawn in red."""
        parts = shapely.get_parts(self.result.geometry_4490)
        layers = []
        for kind, dimension, symbol in (
                ("MultiPolygon", 2, QgsFillSymbol.createSimple(
                    {"color": "208,0,0,40", "outline_color": SITE_COLOUR, "outline_width": "0.7"})),
                ("MultiLineString", 1, QgsLineSymbol.createSimple({"color": SITE_COLOUR, "width": "0.8"})),
                ("MultiPoint", 0, QgsMarkerSymbol.createSimple(
                    {"name": "circle", "color": SITE_COLOUR, "size": "3", "outline_color": "white"}))):
            geometries = [g for g in parts if shapely.get_dimensions(g) == dimension and not g.is_empty]
            if not geometries:
                continue
            layer = QgsVectorLayer(f"{kind}?crs={STORAGE_CRS}", self.tr("Project site"), "memory")
            feature = QgsFeature()
            feature.setGeometry(to_qgs(shapely.union_all(geometries)))
            layer.dataProvider().addFeatures([feature])
            layer.updateExtents()
            layer.renderer().setSymbol(symbol)
            _obstacle(layer, dimension)
            layers.append(layer)
        return layers

    def _fill_map(self, report, project):
        _group, zoning = load_zoning_layers(self.dataset, project=project, source=IN_MEMORY)
        site = self._site_layers()
        for layer in site:
            project.addMapLayer(layer, False)
        layers = site + [zoning[key] for key in MAP_KEYS if key in zoning]
        map_item = report.item("map")
        map_item.setCrs(QgsCoordinateReferenceSystem(self.dataset.metric_crs))
        map_item.setLayers(layers)
        map_item.setKeepLayerSet(True)
        storage = QgsCoordinateReferenceSystem(STORAGE_CRS)
        report.frame_map(map_item, QgsRectangle(*self.result.geometry_4490.bounds), storage)
        report.set_grid(map_item, storage)
        report.item("north_arrow").setLinkedMap(map_item)
        report.item("scalebar").setLinkedMap(map_item)
        report.item("scalebar").applyDefaultSize()

        locator = report.item("locator")
        locator.setCrs(map_item.crs())
        locator.setLayers(site + [zoning["counties"]])
        locator.setKeepLayerSet(True)
        city = shapely.total_bounds(self.dataset.city.geometries)
        report.frame_map(locator, QgsRectangle(*city), storage, margin=0.04, minimum_m=0)
        locator.overview().setLinkedMap(map_item)

        legend = report.item("legend")
        legend.setLinkedMap(map_item)
        legend.setTitle(self.tr("Legend"))
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        for layer in layers:
            root.addLayer(layer)
        root.setParent(legend)   # the legend's model does not own its tree: the legend does now
        legend.model().setRootGroup(root)
        label_bare_swatches(legend)
        legend.setLegendFilterByMapEnabled(True)

    # -- the texts -------------------------------------------------------------------------------
    @staticmethod
    def _html(body, report):
        fonts = "".join(f"'{family}', " for family in report.families if "'" not in family)
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>body {{ font-family: {fonts}sans-serif; }}"
                f"{PRINT_CSS}</style></head><body>{report.fallback.apply(body)}</body></html>")

    def _fill_texts(self, report, labels):
        report.set_text("header", dataset_line(self.result, labels))
        report.set_text("generated", self.tr("Generated {0}").format(self.now.strftime("%Y-%m-%d %H:%M")))
        if self.result.dataset.get("sample"):
            report.set_text("notice", labels["note_sample"])
        else:
            report.remove("notice")
        report.set_text("footer", self.tr("Page {0} of {1}").format("[% @layout_page %]",
                                                                     "[% @layout_numpages %]"))
        report.set_text("title", self.tr("Site report: {0}").format(self.title))
        report.set_text("subtitle", self.description)

    def _flow_texts(self, report, labels, chapter, is_cancelled):
        """Overlap table on page 1, then the requirements and the EIA chapter, each from a new page."""
        _page, text_area = report.page_rect(TEXT_AREA_ITEM)
        last = report.flow("overlap_table", self._html(overlap_html(self.result, labels), report), 0,
                           text_area, is_cancelled)
        requirements = requirements_html(self.result, labels)
        if last is not None and requirements:
            last = report.flow("requirements", self._html(requirements, report), last + 1, text_area,
                               is_cancelled)
        elif not requirements:
            report.remove("requirements")
        if last is not None:
            last = report.flow("eia", self._html(chapter_html(chapter, labels), report), last + 1,
                               text_area, is_cancelled)
        return last

    # -- output ----------------------------------------------------------------------------------
    def write(self, pdf_path, odt_path=None, progress=None, is_cancelled=None, outputs=None):
        """Write the PDF (and the .odt when `odt_path` is given) through the transaction `outputs`
        (core.outputs.Outputs, or an algorithm's RunOutputs; by default one guarding the dataset):
        both are written aside, checked (the PDF ends with %%EOF, the .odt is a sound zip), flushed
        and renamed together after the last cancel check. Returns an Outcome, or None when cancelled
        (nothing is written then). OutputError (or the transaction's own error), naming the user's
        path, when a file is refused or cannot be written; an older file of that name stays as it was."""
        own = outputs is None
        if own:
            outputs = Outputs(Guard(dataset=getattr(self.dataset, "path", None)))
        try:
            pdf_temporary = outputs.file(pdf_path, check=check_pdf)
            odt_temporary = outputs.file(odt_path, check=check_zip) if odt_path else None
            outcome = self._write(pdf_path, pdf_temporary, odt_path, odt_temporary, progress, is_cancelled)
            if outcome is None or (is_cancelled and is_cancelled()):
                return None
            outputs.commit()
            return outcome
        finally:
            if own:
                outputs.discard()

    def _write(self, pdf_path, pdf_temporary, odt_path, odt_temporary, progress, is_cancelled):
        started = time.perf_counter()
        progress = progress or (lambda _value: None)
        is_cancelled = is_cancelled or (lambda: False)
        labels = self.labels()
        chapter = build_chapter(self.result, self.screening)
        project = QgsProject()
        project.setTitle(self.tr("Site report: {0}").format(self.title))   # the PDF's title
        try:
            report = ReportLayout(project)
            report.set_html_defaults()
            self._fill_texts(report, labels)
            report.apply_fonts()
            progress(10)
            self._fill_map(report, project)
            progress(30)
            last = self._flow_texts(report, labels, chapter, is_cancelled)
            if last is None or is_cancelled():
                return None
            report.trim_pages(last)
            report.repeat_on_every_page()
            progress(60)
            _create(pdf_temporary, pdf_path)
            ok, message = report.export_pdf(pdf_temporary)
            if not ok:
                raise OutputError(WRITE_FAILED, pdf_path, detail=message)
            pages = report.page_count
            progress(90)
            if odt_temporary and not is_cancelled():
                self.write_odt(odt_temporary, chapter, labels, odt_path)
            progress(100)
            return Outcome(pdf_path, odt_path or "", pages, time.perf_counter() - started)
        finally:
            report = None
            project.clear()

    def write_odt(self, path, chapter, labels, shown_path=None):
        """The EIA chapter as an OpenDocument text at `path`, through Qt's own writer (no new
        dependency); errors name `shown_path` (the user's path). No font family is set: the
        editor's own Chinese font applies."""
        _create(path, shown_path or path)
        document = QTextDocument()
        font = QFont()
        font.setPointSizeF(ODT_FONT_PT)
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(ODT_CSS)
        document.setHtml(f"<html><head><meta charset='utf-8'></head><body>"
                         f"{chapter_html(chapter, labels, table_width=ODT_TABLE_PT, level=1)}</body></html>")
        writer = QTextDocumentWriter(path, b"odf")
        if not writer.write(document):
            device = writer.device()
            detail = device.errorString() if device is not None and device.errorString() else ""
            raise OutputError(WRITE_FAILED, shown_path or path, detail=detail or self.tr("the document writer failed"))


def _create(path, shown_path):
    """Create the empty file `path`, so that a folder that cannot be written is said with the
    system's reason (the PDF and ODT writers only say that they failed)."""
    try:
        with open(path, "wb"):
            pass
    except OSError as error:
        raise write_failed(shown_path, error) from None
