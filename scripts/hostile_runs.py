"""Hostile runs of the nine algorithms through scripts/qgis_process (`make hostile`): NaN, 1e200 and
overlapping self-intersecting inputs, outputs onto inputs, the dataset, a folder of the user's and
`/`, absurd numbers. Prints one line per run (exit code, the first error line) and fails when a run
ends in a traceback or an abort, exits other than 0 or 1, or an input changed."""
import hashlib
import os
import sys
import tempfile

from osgeo import ogr, osr

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "tests", "qgis"))
from qgis_process_support import run  # noqa: E402

DATASET = os.path.join(REPO, "zoning_plugin", "resources", "sample", "liaoyuan_sample.gpkg")
SQUARE = "POLYGON((125.14 42.90,125.15 42.90,125.15 42.91,125.14 42.91,125.14 42.90))"
NAN = "POLYGON((nan 42.90,125.15 42.90,125.15 nan,125.14 42.91,nan 42.90))"
HUGE = "POLYGON((1e200 1e200,2e200 1e200,2e200 2e200,1e200 2e200,1e200 1e200))"
BOWTIES = ["POLYGON((125.14 42.90,125.16 42.92,125.16 42.90,125.14 42.92,125.14 42.90))",
           "POLYGON((125.145 42.90,125.165 42.92,125.165 42.90,125.145 42.92,125.145 42.90))"]
LIST = ("企业名称,经度,纬度,行业代码,锅炉\n=HYPERLINK(1),125.145,42.902,C2614,5t\nb,nan,42.9,C2614,\n"
        "c,1e200,1e200,C2614,abc\n")


def layer(path, wkts, kind):
    """A GeoPackage layer in EPSG:4490 of `wkts`, with a name field; its path."""
    datasource = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    created = datasource.CreateLayer("l", srs, kind)
    created.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for n, wkt in enumerate(wkts):
        feature = ogr.Feature(created.GetLayerDefn())
        feature.SetField("name", f"s{n}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        created.CreateFeature(feature)
    datasource = None
    return path


def cases(w, ok, nan, huge, bow, rivers, csv):
    """(algorithm, parameters) of every run."""
    runs = []
    for source in (ok, nan, huge, bow):
        runs += [("zoning:conformity", {"INPUT": source, "OUTPUT": f"{w}/c.gpkg", "OUTPUT_UNITS": f"{w}/u.csv",
                                        "OUTPUT_HTML": f"{w}/r.html"}),
                 ("zoning:screen_project", {"INPUT": source, "INDUSTRY_CODE": "C2614", "BOILER_TPH": "5t",
                                            "OUTPUT": f"{w}/s.csv", "JSON": f"{w}/s.json"}),
                 ("zoning:site_report", {"INPUT": source, "OUTPUT_PDF": f"{w}/r.pdf", "OUTPUT_ODT": f"{w}/r.odt"}),
                 ("zoning:field_package", {"INPUT": source, "OUTPUT_PDF": f"{w}/f.pdf", "OUTPUT_FOLDER": f"{w}/pkg"}),
                 ("zoning:write_land_txt", {"INPUT": source, "OUTPUT": f"{w}/l.txt"})]
    return runs + [
        ("zoning:build_buffers", {"INPUT": rivers, "OUTPUT": f"{w}/b.gpkg"}),
        ("zoning:build_buffers", {"INPUT": rivers, "OUTPUT": rivers}),
        ("zoning:build_buffers", {"INPUT": rivers, "OUTPUT": f"{w}/b.gpkg", "WIDTH": "1e9"}),
        ("zoning:screen_list", {"INPUT": csv, "OUTPUT": f"{w}/sl.csv", "POINTS": f"{w}/p.gpkg", "JSON": f"{w}/sl.json"}),
        ("zoning:screen_list", {"INPUT": csv, "OUTPUT": csv}),
        ("zoning:conformity", {"INPUT": ok, "OUTPUT": DATASET}),
        ("zoning:conformity", {"INPUT": ok, "OUTPUT": f"{w}/c.gpkg", "MIN_AREA": "nan"}),
        ("zoning:conformity", {"INPUT": ok, "OUTPUT": f"{w}/c.gpkg", "OUTPUT_HTML": f"{w}/x.pdf"}),
        ("zoning:site_report", {"EXTENT": "1e200,2e200,1e200,2e200 [EPSG:4490]", "OUTPUT_PDF": f"{w}/e.pdf"}),
        ("zoning:site_report", {"INPUT": ok, "OUTPUT_PDF": ok}),
        ("zoning:field_package", {"INPUT": ok, "OUTPUT_PDF": f"{w}/f2.pdf", "OUTPUT_FOLDER": w}),
        ("zoning:field_package", {"INPUT": ok, "OUTPUT_PDF": f"{w}/f2.pdf", "OUTPUT_FOLDER": "/"}),
        ("zoning:read_land_txt", {"INPUT": csv, "OUTPUT": f"{w}/lt.gpkg"}),
        ("zoning:import_dataset", {"UNITS": ok, "OUTPUT": ok}),
        ("zoning:import_dataset", {"UNITS": nan, "OUTPUT": f"{w}/d.gpkg"}),
        ("zoning:import_dataset", {"UNITS": huge, "OUTPUT": f"{w}/d.gpkg"}),
        ("zoning:screen_project", {"INPUT": ok, "INDUSTRY_CODE": "C2614", "BOILER_TPH": "20,5",
                                   "OUTPUT": f"{w}/s2.csv"}),
    ]


def digests(paths):
    return {p: hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths}


def main():
    root = tempfile.mkdtemp(prefix="zoning-hostile-")
    w = os.path.join(root, "w")
    os.makedirs(w)
    ok = layer(f"{w}/ok.gpkg", [SQUARE], ogr.wkbPolygon)
    nan = layer(f"{w}/nan.gpkg", [NAN], ogr.wkbPolygon)
    huge = layer(f"{w}/huge.gpkg", [HUGE], ogr.wkbPolygon)
    bow = layer(f"{w}/bow.gpkg", BOWTIES, ogr.wkbPolygon)
    rivers = layer(f"{w}/rivers.gpkg", ["LINESTRING(125.14 42.90,125.16 42.92)", "LINESTRING(nan 1, 2 nan)"],
                   ogr.wkbLineString)
    csv = f"{w}/list.csv"
    with open(csv, "w", encoding="utf-8") as stream:
        stream.write(LIST)
    inputs = [ok, nan, huge, bow, rivers, csv, DATASET]
    before = digests(inputs)
    runs = cases(w, ok, nan, huge, bow, rivers, csv)
    bad = 0
    for algorithm, parameters in runs:
        done = run(os.path.join(root, "profile"), algorithm, parameters, timeout=300)
        text = done.stdout + done.stderr
        broken = "Traceback" in text or "stack smashing" in text or done.returncode not in (0, 1)
        bad += broken
        first = next((line for line in text.splitlines() if line.startswith("ERROR")), "")
        given = " ".join(f"{k}={os.path.basename(str(v))}" for k, v in parameters.items())
        print(f"{'BAD ' if broken else '    '}{done.returncode} {algorithm} {given} :: {first[:150]}", flush=True)
    changed = [p for p, digest in digests(inputs).items() if digest != before[p]]
    print(f"{len(runs)} runs in {root}: {bad} with a traceback or an abort; inputs changed: {changed or 'none'}")
    return 1 if bad or changed else 0


if __name__ == "__main__":
    sys.exit(main())
