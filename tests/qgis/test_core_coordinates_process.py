"""Coordinates near 1e200 and NaN through scripts/qgis_process (issue 14 §4): the system GEOS 3.11
inside QGIS's process aborted with "stack smashing detected" writing 1e200 as WKT for an error
message. Now each run ends with a message naming the coordinates, no abort and no traceback."""
import signal

import pytest
import shapely
from osgeo import ogr, osr

from qgis_process_support import run

NAN = float("nan")
HUGE = shapely.Polygon([(1e200, 1e200), (2e200, 1e200), (2e200, 2e200)])
NOT_A_NUMBER = shapely.Polygon([(430000, 4750000), (NAN, 4750000), (430100, 4750100)])


def write_plan(path, geometry):
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4551)
    layer = source.CreateLayer("plan", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
    layer.CreateFeature(feature)
    source = None
    return str(path)


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    return tmp_path_factory.mktemp("qgis-process-coordinates")


@pytest.mark.parametrize("algorithm, parameters", [
    ("zoning:conformity", {}),
    ("zoning:screen_project", {"INDUSTRY_CODE": "C2611"}),
])
@pytest.mark.parametrize("geometry, words", [
    (HUGE, "coordinates too large for any place on Earth: Polygon x 1e+200..2e+200"),
    (NOT_A_NUMBER, "the geometry has NaN coordinates"),
])
def test_1e200_and_nan_end_with_a_message_not_an_abort(profile, tmp_path, algorithm, parameters, geometry, words):
    plan = write_plan(tmp_path / "plan.gpkg", geometry)
    done = run(profile, algorithm, {"INPUT": plan, "OUTPUT": str(tmp_path / "out.gpkg"), **parameters}, timeout=180)
    text = done.stdout + done.stderr
    assert done.returncode >= 0 and done.returncode != 128 + signal.SIGABRT, text[-2000:]
    assert "stack smashing" not in text and "Traceback" not in text, text[-2000:]
    assert words in text, text[-2000:]
