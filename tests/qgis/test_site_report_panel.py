"""Issue 17 §7: the site report from the panel keeps QGIS responsive while it is written (its
events are handled between the steps and pages, with the progress in the task manager), says
where the file is when no PDF viewer opens it, and its legend has words beside every swatch."""
import time

from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QAction, QFileDialog

from test_site_report import CENTRAL, plugin  # noqa: F401 (fixture)
from zoning_plugin.core import open_dataset
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.printing import from_panel
from zoning_plugin.printing.layout import ReportLayout
from zoning_plugin.printing.site_report import SiteReport


def press_report(plugin, completed_iface, tmp_path, monkeypatch, opens=True):
    plugin.inspect(to_qgs(CENTRAL), QgsCoordinateReferenceSystem("EPSG:4490"), "parcel P-17")
    target = tmp_path / "site.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or opens))
    completed_iface.mainWindow().findChild(QAction, "zoning_site_report").trigger()
    return target, opened


def test_the_window_stays_responsive_while_the_report_is_written(plugin, completed_iface, tmp_path, monkeypatch):
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    try:
        target, _opened = press_report(plugin, completed_iface, tmp_path, monkeypatch)
    finally:
        timer.stop()
    total = time.perf_counter() - started
    assert target.exists()
    moments = [started] + ticks + [started + total]
    gaps = [b - a for a, b in zip(moments, moments[1:])]
    # QGIS's events (the timer's, a repaint, a click) wait at most for one step of the report
    # (the PDF export is the longest), never for the whole report as before (1.5-1.9 s).
    assert len(ticks) >= 5 and max(gaps) < 0.6 * total, (round(total, 2), round(max(gaps), 2))


def test_without_a_pdf_viewer_the_panel_and_the_message_bar_say_where_the_file_is(
        plugin, completed_iface, iface_recorder, tmp_path, monkeypatch):
    iface_recorder.messages.clear()
    target, opened = press_report(plugin, completed_iface, tmp_path, monkeypatch, opens=False)
    assert target.exists()
    assert str(target) in plugin.dock.status.text() and "no PDF viewer" in plugin.dock.status.text()
    assert any(str(target) in " ".join(map(str, m)) and "No PDF viewer" in " ".join(map(str, m))
               for m in iface_recorder.messages)
    monkeypatch.setattr(from_panel, "pdf_viewer_registered", lambda: False)
    iface_recorder.messages.clear()
    press_report(plugin, completed_iface, tmp_path, monkeypatch, opens=True)
    assert any("No PDF viewer" in " ".join(map(str, m)) for m in iface_recorder.messages)


def test_every_legend_swatch_has_words(tmp_path):
    dataset = open_dataset()
    result = dataset.inspect(CENTRAL, crs="EPSG:4490")
    project = QgsProject()
    report = ReportLayout(project)
    SiteReport(dataset, result, "parcel")._fill_map(report, project)
    legend = report.item("legend")
    model = legend.model()
    checked = 0
    for node in model.rootGroup().findLayers():
        for entry in model.layerLegendNodes(node):
            if entry.isEmbeddedInParent():
                assert node.name(), node.layerId()
            else:
                assert entry.data(Qt.ItemDataRole.DisplayRole), node.name()
            checked += 1
    assert checked >= 5
    buffers = [n for n in model.rootGroup().findLayers() if n.layer().customProperty("zoning_plugin/layer") ==
               "river_buffers"]
    assert buffers and all(e.data(Qt.ItemDataRole.DisplayRole) == buffers[0].name() for e in model.layerLegendNodes(buffers[0]))
    project.clear()


def _table(rows):
    cells = "".join(f"<tr><td>R{i:03d}</td><td>第{i}条管控要求的原文，两行长的一段文字，用来占满表格的一行，"
                    f"并且再多写一些字。</td></tr>" for i in range(rows))
    return f"<html><body><table width='100%'><tr><th>编号</th><th>管控要求</th></tr>{cells}</table></body></html>"


def _on_last_page(report):
    multiframe = report.item("eia").multiFrame()
    return multiframe.totalSize().height() - multiframe.frames()[-1].extent().top()


def test_a_flowed_table_never_ends_with_a_row_alone_on_its_page(tmp_path):
    """Issue 17 §7: the last row of the EIA table (or of any flowed text) does not stand alone on
    the last page: the page before gives up rows until the last page holds MIN_LAST_PAGE_MM."""
    import subprocess
    from zoning_plugin.printing.layout import MIN_LAST_PAGE_MM, TEXT_AREA_ITEM
    project = QgsProject()
    report = ReportLayout(project)
    report.set_html_defaults()
    _page, area = report.page_rect(TEXT_AREA_ITEM)
    # find a number of rows whose last one falls alone onto a new page without the rule
    report.flow("eia", _table(60), 1, area, min_last_mm=0)
    multiframe = report.item("eia").multiFrame()
    row = multiframe.totalSize().height() / 61
    first = multiframe.frames()[0].extent().height()
    rows = None
    for n in range(int(first / row) - 2, int(first / row) + 4):
        last = report.flow("eia", _table(n), 1, area, min_last_mm=0)
        if last == 2 and _on_last_page(report) < row * 1.5:
            rows = n
            break
    assert rows is not None
    last = report.flow("eia", _table(rows), 1, area)
    assert last == 2 and _on_last_page(report) >= MIN_LAST_PAGE_MM - row
    report.trim_pages(last)
    pdf = tmp_path / "flow.pdf"
    assert report.export_pdf(str(pdf))[0]
    text = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert f"R{rows - 1:03d}" in text and f"R{rows - 2:03d}" in text      # the last row has company
    project.clear()
