"""The field inspection sheets (现场检查表) of many sites as one PDF, made with a QGIS atlas: the
layout template resources/layouts/field_package.qpt (scripts/make_field_layout.py), its atlas
running over a coverage layer with one feature per site. Each time the atlas moves to a site, the
site's map excerpt is framed and its text (attributes, screening, units, buffers, the full
requirements) and checklist are flowed over as many pages as they need, the checklist from a page
of its own, and the head and foot copied onto every page of the site; QgsLayoutExporter writes the
pages of every site into the one PDF. Page 1 of a site is its atlas page; the rest are overflow.

As for the site report, the layers live in a QgsProject of the atlas's own: the user's project and
layers are never touched. The QField package is zoning_plugin/printing/field_project.py."""
import os
import time
from dataclasses import dataclass, field
from datetime import datetime

import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeedback, QgsFillSymbol,
                       QgsLayerTree, QgsLayoutExporter, QgsLayoutPoint, QgsLayoutSize, QgsLineSymbol,
                       QgsMarkerSymbol, QgsProject, QgsProperty, QgsReadWriteContext, QgsRectangle, QgsSymbolLayer,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPointF
from qgis.PyQt.QtXml import QDomDocument

from zoning_plugin.compat import pdf_export_settings
from zoning_plugin.core.geo import STORAGE_CRS
from zoning_plugin.core.outputs import WRITE_FAILED, OutputError
from zoning_plugin.core.dataset.provenance import provenance
from zoning_plugin.core.renderers.inspect import dataset_line, outside_text
from zoning_plugin.core.renderers.field import CHECKLIST_CSS, checklist_html, signoff_html, site_html
from zoning_plugin.core.renderers.site import PRINT_CSS
from zoning_plugin.gui.layers import DERIVED_BUFFERS_KEY, IN_MEMORY, load_zoning_layers
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.printing.layout import EVERY_PAGE, MM, ReportLayout
from zoning_plugin.printing.site_report import SiteReport

TEMPLATE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "resources", "layouts", "field_package.qpt")
SITE_COLOUR = "#d00000"
OTHER_SITE_COLOUR = "#7a7a7a"
CURRENT_SITE = "\"site_no\" = attribute(@atlas_feature, 'site_no')"
MINIMUM_MAP_M = 1500.0
SIGNOFF_GAP_MM = 4.0


@dataclass
class Site:
    """One inspection site: its number (1…n, the input's order), name, inspection result, its own
    attributes [(field, text)] and the screening result it came with."""
    number: int
    name: str
    result: object                  # InspectResult
    attributes: list = field(default_factory=list)
    screening: dict = field(default_factory=dict)   # {"verdict": text, "rules": text}
    flagged: set = field(default_factory=set)      # req_ids the screening cites
    geometry: object = None                          # QgsGeometry in the input's CRS
    values: dict = field(default_factory=dict)       # {input field: value}


@dataclass
class AtlasOutcome:
    pdf: str
    pages: int
    overflow: int
    site_pages: list      # pages of each site, in site order
    seconds: float


def summary_line(result, labels):
    """The subtitle of a site: its unit(s) with their class, or that it lies outside the city."""
    if not result.inside:
        return outside_text(result.dataset, labels)
    units = [f"{u['code']} {u['name']}{labels['paren'].format(u['class_name'])}" for u in result.units]
    return labels["list_sep"].join(units)


class FieldAtlas:
    """Writes the inspection sheets of `sites` (Site, in order) of `dataset` as one PDF."""

    def __init__(self, dataset, sites, now=None):
        self.dataset = dataset
        self.sites = sites
        self.now = now or datetime.now().astimezone()
        self.site_pages = {}
        self.errors = []
        self.copies = []
        self.cancelled = False
        self.signoff_height = None

    def tr(self, message):
        return QCoreApplication.translate("FieldAtlas", message)

    def labels(self):
        """The core's labels in the UI language: the site report's and the checklist's."""
        return {**SiteReport(None, None, "").labels(), **{
            "sheet_title": self.tr("Field inspection sheet: {0}"),
            "attributes_title": self.tr("The site as given"),
            "screening_title": self.tr("Project screening result"),
            "screening_verdict": self.tr("Verdict"), "screening_rules": self.tr("Rules triggered"),
            "advisory": self.tr("Advisory screening, not an approval decision."),
            "flagged": self.tr("cited by the screening"),
            "checklist_title": self.tr("Inspection checklist"),
            "checklist_intro": self.tr("Check each requirement that applies and tick its result; the full text "
                                       "is on the preceding pages, under the same level, dimension and "
                                       "number."),
            "col_no": self.tr("No."), "col_requirement": self.tr("Requirement (beginning)"),
            "col_result": self.tr("Result"), "col_note": self.tr("Remarks"),
            "box_yes": self.tr("conforms"), "box_no": self.tr("does not conform"),
            "box_na": self.tr("not concerned"),
            "no_checklist": self.tr("No requirement applies: nothing to check."),
            "notes_title": self.tr("Inspection notes"), "conclusion": self.tr("Conclusion"),
            "inspector": self.tr("Inspector (signature)"), "date": self.tr("Date of inspection"),
            "site_signature": self.tr("For the inspected party (signature)"),
            "year_month_day": self.tr("____ / ____ / ______"),
            "result_values": [self.tr("conforms"), self.tr("does not conform"), self.tr("to be checked again")],
        }}

    # -- the layers ------------------------------------------------------------------------------
    def _coverage(self, labels):
        """The atlas's layer, one feature per site. Its texts have no length limit (a memory layer's
        `string` is 255 characters: a long name or a site across many units would be dropped)."""
        layer = QgsVectorLayer("None?field=site_no:integer&field=site_name:string(0)&field=site_summary:string(0)",
                               "sites", "memory")
        features = []
        for site in self.sites:
            feature = QgsFeature(layer.fields())
            feature.setAttributes([site.number, site.name, summary_line(site.result, labels)])
            features.append(feature)
        added, _features = layer.dataProvider().addFeatures(features)
        if not added or layer.featureCount() != len(features):
            raise RuntimeError(f"{len(features) - layer.featureCount()} site(s) not added to the atlas")
        return layer

    def _site_layers(self):
        """Point, line and polygon layers (EPSG:4490) of every site: the atlas's site in red, the
        others in grey."""
        layers = []
        for kind, dimension, symbol in (
                ("MultiPolygon", 2, QgsFillSymbol.createSimple(
                    {"color": "208,0,0,40", "outline_color": SITE_COLOUR, "outline_width": "0.7"})),
                ("MultiLineString", 1, QgsLineSymbol.createSimple({"color": SITE_COLOUR, "width": "0.8"})),
                ("MultiPoint", 0, QgsMarkerSymbol.createSimple(
                    {"name": "circle", "color": SITE_COLOUR, "size": "3", "outline_color": "white"}))):
            features = []
            for site in self.sites:
                parts = [g for g in shapely.get_parts(site.result.geometry_4490)
                         if shapely.get_dimensions(g) == dimension and not g.is_empty]
                if parts:
                    feature = QgsFeature()
                    feature.setAttributes([site.number])
                    feature.setGeometry(to_qgs(shapely.union_all(parts)))
                    features.append(feature)
            if not features:
                continue
            layer = QgsVectorLayer(f"{kind}?crs={STORAGE_CRS}&field=site_no:integer",
                                   self.tr("Inspection site"), "memory")
            layer.dataProvider().addFeatures(features)
            layer.updateExtents()
            key = QgsSymbolLayer.PropertyStrokeColor if dimension == 1 else QgsSymbolLayer.PropertyFillColor
            colour = QgsProperty.fromExpression(
                f"if({CURRENT_SITE}, '{SITE_COLOUR}', '{OTHER_SITE_COLOUR}')")
            symbol.symbolLayer(0).setDataDefinedProperty(key, colour)
            if dimension == 2:
                symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeColor, colour)
                symbol.symbolLayer(0).setDataDefinedProperty(
                    QgsSymbolLayer.PropertyFillColor,
                    QgsProperty.fromExpression(f"if({CURRENT_SITE}, '208,0,0,40', '0,0,0,0')"))
            layer.renderer().setSymbol(symbol)
            layers.append(layer)
        return layers

    def _fill_maps(self, report, project):
        _group, zoning = load_zoning_layers(self.dataset, project=project, source=IN_MEMORY)
        sites = self._site_layers()
        for layer in sites:
            project.addMapLayer(layer, False)
        keys = [k for k in ("rivers", "river_buffers", DERIVED_BUFFERS_KEY, "counties") if k in zoning]
        layers = sites + [zoning[k] for k in keys + sorted(k for k in zoning if k.startswith("units_"))]
        map_item = report.item("map")
        map_item.setCrs(QgsCoordinateReferenceSystem(self.dataset.metric_crs))
        map_item.setLayers(layers)
        map_item.setKeepLayerSet(True)
        report.item("north_arrow").setLinkedMap(map_item)
        report.item("scalebar").setLinkedMap(map_item)

        locator = report.item("locator")
        locator.setCrs(map_item.crs())
        locator.setLayers(sites + [zoning["counties"]])
        locator.setKeepLayerSet(True)
        city = shapely.total_bounds(self.dataset.city.geometries)
        report.frame_map(locator, QgsRectangle(*city), QgsCoordinateReferenceSystem(STORAGE_CRS), margin=0.04,
                         minimum_m=0)
        locator.overview().setLinkedMap(map_item)

        legend = report.item("legend")
        legend.setLinkedMap(map_item)
        legend.setTitle(self.tr("Legend"))
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        for layer in layers:
            root.addLayer(layer)
        root.setParent(legend)
        legend.model().setRootGroup(root)
        legend.setLegendFilterByMapEnabled(True)

    def _fill_texts(self, report, labels):
        report.set_text("header", dataset_line(self.sites[0].result, labels))
        report.set_text("generated", self.tr("Generated {0}").format(self.now.strftime("%Y-%m-%d %H:%M")))
        if self.dataset.is_sample:
            report.set_text("notice", labels["note_sample"])
        else:
            report.remove("notice")
        report.set_text("title", labels["sheet_title"].format('[% "site_name" %]'))
        report.set_text("subtitle", '[% "site_summary" %]')
        report.set_text("footer", self.tr("{0} · site {1} of {2} · page {3} of {4}").format(
            '[% "site_name" %]', "[% @atlas_featurenumber %]", "[% @atlas_totalfeatures %]",
            "[% @layout_page %]", "[% @layout_numpages %]"))

    # -- one site --------------------------------------------------------------------------------
    def _html(self, body, report):
        fonts = "".join(f"'{family}', " for family in report.families if "'" not in family)
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>body {{ font-family: {fonts}sans-serif; }}"
                f"{PRINT_CSS}{CHECKLIST_CSS}</style></head><body>{report.fallback.apply(body)}</body></html>")

    def _remove_copies(self, report):
        """Take away what the previous site added: the head and foot copies and the frames after
        the first of each text (ReportLayout.flow finds a frame to remove by its Python wrapper,
        which a frame made in an earlier call no longer matches)."""
        for item in self.copies:
            report.layout.removeLayoutItem(item)
        self.copies = []
        for item_id in ("site_text", "checklist"):
            multiframe = report.item(item_id).multiFrame()
            while len(multiframe.frames()) > 1:
                multiframe.removeFrame(len(multiframe.frames()) - 1)
        # Removed items and pages are deleted later, by an event loop the export does not run: left
        # alive, they stay connected to the atlas and every site would refresh all earlier sites' copies.
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)

    def _repeat_head_and_foot(self, report):
        document = QDomDocument()
        parent = document.createElement("LayoutItemClipboard")
        context = QgsReadWriteContext()
        for item_id in EVERY_PAGE:
            item = report.layout.itemById(item_id)
            if item is not None:
                item.writeXml(parent, document, context)
        document.appendChild(parent)
        pages = report.layout.pageCollection()
        for index in range(1, pages.pageCount()):
            origin = pages.page(index).pos()
            self.copies += report.layout.addItemsFromXml(parent, document, context,
                                                         QPointF(origin.x() + 1, origin.y() + 1), True)

    def _lay_out_site(self, report, site, labels, text_area):
        """Frame the map on `site`, flow its text and its checklist; the number of its pages."""
        self._remove_copies(report)
        storage = QgsCoordinateReferenceSystem(STORAGE_CRS)
        report.frame_map(report.item("map"), QgsRectangle(*site.result.geometry_4490.bounds), storage,
                         margin=0.3, minimum_m=MINIMUM_MAP_M)
        report.item("scalebar").applyDefaultSize()
        record = provenance(self.dataset.info(), verdicts=True, run_time=self.now)
        last = report.flow("site_text", self._html(site_html(site.result, site.attributes, site.screening, labels,
                                                             record), report), 0, text_area)
        last = report.flow("checklist", self._html(checklist_html(site.result, labels, site.flagged), report),
                           last + 1, text_area)
        last = self._place_signoff(report, self._html(signoff_html(labels), report), last, text_area)
        report.trim_pages(last)
        self._repeat_head_and_foot(report)
        return report.page_count

    def _place_signoff(self, report, html, last, text_area):
        """The sign-off in one piece below the checklist's end on page `last` when it fits there,
        else at the top of the next page; the page it is on."""
        frame = report.item("signoff")
        multiframe = frame.multiFrame()
        if self.signoff_height is None:   # the same for every site
            multiframe.setHtml(html)
            multiframe.loadHtml()
            self.signoff_height = multiframe.totalSize().height() + 1
        checklist = report.item("checklist").multiFrame()
        used = checklist.totalSize().height() - checklist.frames()[-1].extent().top()   # on its last page
        page, top = last, text_area.y() + used + SIGNOFF_GAP_MM
        if top + self.signoff_height > text_area.bottom():
            page, top = last + 1, text_area.y()
        pages = report.layout.pageCollection()
        while pages.pageCount() <= page:
            pages.extendByNewPage()
        frame.attemptResize(QgsLayoutSize(text_area.width(), self.signoff_height, MM))
        frame.attemptMove(QgsLayoutPoint(text_area.x(), top, MM), page=page)
        multiframe.recalculateFrameSizes()
        return page

    # -- output ----------------------------------------------------------------------------------
    def write(self, path, shown_path=None, progress=None, is_cancelled=None):
        """Write the PDF into `path`: the temporary file of an output transaction (core/outputs.py
        Outputs.file) that the caller checks and puts in place of `shown_path`, the user's PDF. Returns
        an AtlasOutcome (its `pdf` is `shown_path`), or None when cancelled. OutputError naming
        `shown_path` when the export fails."""
        shown_path = shown_path or path
        started = time.perf_counter()
        progress = progress or (lambda _value: None)
        is_cancelled = is_cancelled or (lambda: False)
        labels = self.labels()
        project = QgsProject()
        project.setTitle(self.tr("Field inspection sheets"))
        report = ReportLayout(project, TEMPLATE)
        report.layout.undoStack().blockCommands(True)   # nobody undoes: no copy of every item removed
        try:
            report.set_html_defaults()
            self._fill_texts(report, labels)
            report.apply_fonts()
            self._fill_maps(report, project)
            _page, text_area = report.page_rect("checklist")
            coverage = self._coverage(labels)
            project.addMapLayer(coverage, False)
            atlas = report.layout.atlas()
            atlas.setCoverageLayer(coverage)
            atlas.setEnabled(True)
            by_number = {site.number: site for site in self.sites}
            export_feedback = QgsFeedback()

            def on_feature(feature):
                if not feature.isValid():   # the atlas's end
                    return
                if is_cancelled():
                    self.cancelled = True
                    export_feedback.cancel()
                    return
                try:
                    site = by_number[feature["site_no"]]
                    self.site_pages[site.number] = self._lay_out_site(report, site, labels, text_area)
                except Exception as error:  # a slot must not raise into Qt: say it after the export
                    self.errors.append(f"{type(error).__name__}: {error}")
                    export_feedback.cancel()
                progress(100.0 * len(self.site_pages) / len(self.sites))
            atlas.featureChanged.connect(on_feature)
            report.apply_map_label_fonts()
            status, message = QgsLayoutExporter.exportToPdf(atlas, path, pdf_export_settings(), export_feedback)
            if is_cancelled() or self.cancelled:
                return None
            if status != QgsLayoutExporter.Success or self.errors:
                detail = "; ".join(self.errors) or message or self.tr("error {0} of the PDF export").format(int(status))
                raise OutputError(WRITE_FAILED, shown_path, detail=detail.replace(path, shown_path))
            pages = [self.site_pages[site.number] for site in self.sites]
            return AtlasOutcome(shown_path, sum(pages), sum(pages) - len(pages), pages,
                                time.perf_counter() - started)
        finally:
            report = None
            project.clear()

