"""zoning:conformity in bounded memory (issue 21 §1): the peak memory a run adds grows far less than
the features do. Each run is a process of its own (this file run as a script) reading a GeoPackage
plan of small square parcels and writing all three outputs to files; the peak is the process's
VmHWM, reset (/proc/self/clear_refs) just before processing.run, less its resident size then: QGIS's
start-up and the open dataset aside, what the run itself holds."""
import json
import os
import re
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SMALL, LARGE = 25_000, 200_000      # 8× the features
GROWTH = 2.0                        # the most the run's own peak may grow from SMALL to LARGE


def make_squares(path, count):
    """`count` square parcels (EPSG:4551) on a grid over the sample city, each a little smaller than
    its cell, with a parcel number: a plan the overlay takes quickly."""
    import numpy
    import shapely
    from osgeo import ogr, osr
    from zoning_plugin.core import open_dataset
    city = open_dataset().city_metric
    x0, y0, x1, y1 = city.bounds
    spacing = (city.area / count) ** 0.5 * 0.97
    xs, ys = numpy.meshgrid(numpy.arange(x0, x1, spacing), numpy.arange(y0, y1, spacing))
    xs, ys = xs.ravel(), ys.ravel()
    inside = shapely.contains_xy(city, xs + spacing / 2, ys + spacing / 2)
    xs, ys = xs[inside][:count], ys[inside][:count]
    assert len(xs) == count
    wkbs = shapely.to_wkb(shapely.box(xs, ys, xs + spacing * 0.9, ys + spacing * 0.9))
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4551)
    layer = source.CreateLayer("plan", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("地块编号", ogr.OFTString))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for n, wkb in enumerate(wkbs):
        feature = ogr.Feature(definition)
        feature.SetField(0, f"D{n:06d}")
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None


def _status():
    text = open("/proc/self/status").read()
    return {key: int(re.search(key + r":\s+(\d+) kB", text).group(1)) / 1024 for key in ("VmHWM", "VmRSS")}


def measure(plan, folder):
    """Run zoning:conformity on `plan` with every output in `folder`; (MiB resident before the run,
    MiB peak during it, features analysed). Called in a process of its own."""
    from qgis.core import QgsApplication
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from qgis import processing
    from zoning_plugin.algorithms.provider import ZoningProvider
    provider = ZoningProvider()           # held: the registry does not keep the Python object alive
    QgsApplication.processingRegistry().addProvider(provider)
    parameters = {"INPUT": plan, "OUTPUT": os.path.join(folder, "out.gpkg"),
                  "OUTPUT_UNITS": os.path.join(folder, "units.gpkg"), "OUTPUT_HTML": os.path.join(folder, "report.html")}
    # the sample dataset opened and cached, as a session that has used the plugin has it
    from zoning_plugin.core import open_dataset
    open_dataset()
    with open("/proc/self/clear_refs", "w") as reset:
        reset.write("5")          # VmHWM := VmRSS
    before = _status()["VmRSS"]
    result = processing.run("zoning:conformity", parameters)
    peak = _status()["VmHWM"]
    return before, peak, result["FEATURES"]


def run_measured(plan, folder):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": REPO}
    done = subprocess.run([sys.executable, os.path.abspath(__file__), str(plan), str(folder)], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_map_of_a_sample_says_so_under_it(zoning_provider, tmp_path, monkeypatch):
    """Beyond MapSample's limit the map draws a sample over the extent of all features, and the
    report says how many it shows; within it, all and no note."""
    from qgis import processing
    from zoning_plugin.core.renderers import conformity_totals
    plan = tmp_path / "plan.gpkg"
    make_squares(plan, 60)
    pages = {}
    for limit in (10, 100):
        monkeypatch.setattr(conformity_totals, "MAP_FEATURES", limit)
        pages[limit] = tmp_path / f"report_{limit}.html"
        processing.run("zoning:conformity", {"INPUT": str(plan), "OUTPUT": "memory:", "OUTPUT_HTML": str(pages[limit])})
    sampled = pages[10].read_text(encoding="utf-8")
    shown = re.search(r"The map shows (\d+) of the (\d+) features analysed \((\d+) of the (\d+) touching a "
                      r"priority protection unit or a river ecological buffer first, an even sample of the rest\); "
                      r"the output layer holds them all.", sampled)
    assert shown, sampled[:3000]
    drawn, analysed, flagged_drawn, flagged = (int(n) for n in shown.groups())
    assert 5 <= drawn <= 10 and analysed >= 50 and flagged_drawn <= min(drawn, flagged) and flagged > 0
    assert sampled.count("data:image/png;base64,") == 1
    whole = pages[100].read_text(encoding="utf-8")
    assert "The map shows" not in whole and "data:image/png;base64," in whole


def test_the_log_names_the_first_problems_and_counts_the_rest(zoning_provider, half_square):
    """From the run's totals, as from every feature before: 40 features without geometry and 3
    analysed; the first 30 named (by the ID field), then how many more, then the counts."""
    from qgis import processing
    from processing_support import Recorder
    from test_algorithm_conformity import layer_of
    wkt, _priority, _other = half_square
    layer = layer_of([(None, f"n{n:02d}") for n in range(40)] + [(wkt, f"p{n}") for n in range(3)])
    feedback = Recorder()
    result = processing.run("zoning:conformity", {"INPUT": layer, "ID_FIELD": "name", "OUTPUT": "memory:"},
                            feedback=feedback)
    named = [line for line in feedback.errors if line.startswith("Feature n")]
    assert named == [f"Feature n{n:02d}: {named[0].split(': ', 1)[1]}" for n in range(30)]
    assert "… and 10 more feature(s) with a message (see the status field)." in feedback.infos
    assert any(line.startswith("43 feature(s): 3 analysed, 0 repaired, 40 without geometry") for line in feedback.infos)
    assert "Touches a priority protection unit: 3 feature(s)" in feedback.infos
    assert (result["FEATURES"], result["PRIORITY"]) == (43, 3)


@pytest.mark.skipif(not os.access("/proc/self/clear_refs", os.W_OK), reason="needs Linux's /proc/self/clear_refs")
def test_the_peak_a_run_adds_grows_less_than_twice_for_eight_times_the_features(tmp_path):
    figures = {}
    for count in (SMALL, LARGE):
        plan, folder = tmp_path / f"plan_{count}.gpkg", tmp_path / f"out_{count}"
        make_squares(plan, count)
        folder.mkdir()
        figures[count] = run_measured(plan, folder)
        assert figures[count]["features"] == count
        assert sorted(os.listdir(folder)) == ["out.gpkg", "report.html", "units.gpkg"]
    small, large = (figures[c]["peak"] - figures[c]["before"] for c in (SMALL, LARGE))
    print(f"peak added by the run: {small:.0f} MiB at {SMALL:,}, {large:.0f} MiB at {LARGE:,}")
    assert large < GROWTH * max(small, 50.0), figures


if __name__ == "__main__":
    before, peak, features = measure(sys.argv[1], sys.argv[2])
    print(json.dumps({"before": before, "peak": peak, "features": features}))
