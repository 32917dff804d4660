"""docs/compare_report.png and docs/compare_report_lists.png: the top of the report of zoning:compare_versions on the sample and the
second version the tests derive from it (tests/unit/versions_sample.py), as an English QGIS writes
it, rendered by QtWebKit, and its changes in the lists. Run with the venv's Python:
    .venv/bin/python scripts/compare_report_page.py [docs/compare_report.png]"""
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests", "unit"))

from processing_app import start_processing, stop_processing
from qgis.core import QgsProcessing
from qgis.PyQt.QtCore import QEventLoop, QSize, QUrl
from qgis.PyQt.QtGui import QImage, QPainter, QRegion
from qgis.PyQt.QtWebKitWidgets import QWebPage

WIDTH, HEIGHT, LISTS_HEIGHT = 1240, 1500, 900


def shot(frame, top, height, target):
    """The page from `top` down, `height` pixels, as a PNG."""
    image = QImage(WIDTH, height, QImage.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.translate(0, -top)
    frame.render(painter, QRegion(0, top, WIDTH, height))
    painter.end()
    image.save(target)


def main(target):
    app, provider = start_processing()
    from qgis import processing
    import versions_sample
    with tempfile.TemporaryDirectory() as folder:
        before = versions_sample.old_version(os.path.join(folder, "before.gpkg"))
        after = versions_sample.new_version(os.path.join(folder, "after.gpkg"))
        page_path = os.path.join(folder, "report.html")
        processing.run("zoning:compare_versions", {
            "BEFORE_DATASET": before, "AFTER_DATASET": after, "BEFORE": QgsProcessing.TEMPORARY_OUTPUT,
            "AFTER": QgsProcessing.TEMPORARY_OUTPUT, "CHANGES": QgsProcessing.TEMPORARY_OUTPUT, "OUTPUT_HTML": page_path})
        page = QWebPage()
        page.setViewportSize(QSize(WIDTH, HEIGHT))
        loop = QEventLoop()
        page.mainFrame().loadFinished.connect(loop.quit)
        page.mainFrame().load(QUrl.fromLocalFile(page_path))
        loop.exec()
        frame = page.mainFrame()
        page.setViewportSize(frame.contentsSize())
        shot(frame, 0, HEIGHT, target)
        lists = next(e for e in frame.findAllElements("h2") if e.toPlainText().startswith("Changes in the access lists"))
        second = target.replace(".png", "_lists.png")
        shot(frame, lists.geometry().top() - 10, LISTS_HEIGHT, second)
    stop_processing(provider)
    print(f"{target} and {second} written")


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", "compare_report.png")))
