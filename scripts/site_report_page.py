"""docs/site_report.png: page 1 of the site report of the README's sample site (a box over 东辽河 in
龙山区), as zoning:site_report writes it in an English QGIS. Run with the venv's Python:
    .venv/bin/python scripts/site_report_page.py [docs/site_report.png]"""
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from processing_app import start_processing, stop_processing
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

SITE_WKT = "POLYGON((125.13 42.89, 125.16 42.89, 125.16 42.91, 125.13 42.91, 125.13 42.89))"
TITLE = "东辽河畔示例项目"


def main(target):
    app, provider = start_processing()
    from qgis import processing
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490", "plan", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(SITE_WKT))
    layer.dataProvider().addFeatures([feature])
    with tempfile.TemporaryDirectory() as folder:
        pdf = os.path.join(folder, "site.pdf")
        processing.run("zoning:site_report", {"INPUT": layer, "TITLE": TITLE, "OUTPUT_PDF": pdf})
        stem = os.path.join(folder, "page")
        subprocess.run(["pdftoppm", "-r", "90", "-f", "1", "-l", "1", "-png", "-singlefile", pdf, stem], check=True)
        os.replace(stem + ".png", target)
    stop_processing(provider)
    print(f"{target} written")


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", "site_report.png")))
