"""Benchmark: zoning:field_package (the inspection atlas PDF and the QField package) on many sites.

Sites: a point inside each unit of the sample dataset in turn (unit n % units), so the sheets
spread over the city, EPSG:4490, one memory layer. Each run goes through processing.run as a user's
does, into a fresh folder; prints the pages, the wall time, the time per page and per site and
what 500 sites would take at that rate (the atlas must not take minutes per page). The correctness
of such a run (one sheet per site plus its overflow pages) is tested in tests/qgis/test_field_package.py.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_field.py [--sites 60] [--repeats 1]
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import zoning_plugin.core  # noqa: E402,F401  (first: tells PROJ where its data is)
from processing_app import start_processing, stop_processing  # noqa: E402


def site_layer(count):
    from qgis.core import QgsFeature, QgsVectorLayer
    from zoning_plugin.core import open_dataset
    from zoning_plugin.toolbelt.geometry import to_qgs
    geometries = open_dataset().units.geometries
    layer = QgsVectorLayer("Point?crs=EPSG:4490&field=name:string", "sites", "memory")
    features = []
    for n in range(count):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"企业{n + 1}"])
        feature.setGeometry(to_qgs(geometries[n % len(geometries)].representative_point()))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    app, provider = start_processing()
    from qgis import processing
    from qgis.core import QgsProcessingFeedback
    layer = site_layer(args.sites)
    times, pages = [], None
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory(prefix="bench-field-") as folder:
            started = time.perf_counter()
            result = processing.run("zoning:field_package", {
                "INPUT": layer, "OUTPUT_PDF": os.path.join(folder, "sheets.pdf"),
                "OUTPUT_FOLDER": os.path.join(folder, "检查包")}, feedback=QgsProcessingFeedback())
            times.append(time.perf_counter() - started)
            assert result["SITES"] == args.sites, result
            pages = result["PAGES"]
    seconds = statistics.median(times)
    print(f"zoning:field_package, {args.sites} sites: {pages} pages in {seconds:.1f} s (median of {len(times)}; "
          f"all: {', '.join(f'{t:.1f}' for t in times)} s)")
    print(f"  {seconds / pages:.3f} s per page, {seconds / args.sites:.2f} s per site; "
          f"500 sites ≈ {500 * seconds / args.sites:.0f} s")
    stop_processing(provider)
    app.exitQgis()


if __name__ == "__main__":
    main()
