"""The CLI contract: JSON on stdout, one line on stderr and exit 2 on bad input, validate exit codes."""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(*args):
    return subprocess.run([sys.executable, "-m", "zoning_plugin.core", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_inspect_json_central_city():
    done = run("inspect", "--lon", "125.1450", "--lat", "42.9020", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["inside"] is True
    assert data["county"]["name"] in ("龙山区", "西安区")
    assert data["dataset"]["sample"] is True
    assert [r["scope"] for r in data["requirements"]].count("city") == 15


def test_inspect_outside_exits_zero_with_no_requirements():
    done = run("inspect", "--lon", "125.3245", "--lat", "43.8868", "--json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert data["inside"] is False and data["requirements"] == []


def test_inspect_wkt_in_web_mercator():
    done = run("inspect", "--wkt", "POINT (13930700 5297000)", "--crs", "EPSG:3857", "--json")
    assert done.returncode == 0, done.stderr
    assert "inside" in json.loads(done.stdout)


@pytest.mark.parametrize("wkt,crs,kind", [
    ("LINESTRING (125.0 42.9, 125.3 42.9)", "EPSG:4490", "line"),
    ("POLYGON ((125.1 42.85, 125.2 42.85, 125.2 42.95, 125.1 42.95, 125.1 42.85))", "EPSG:4326", "polygon"),
    ("POLYGON ((13920000 5290000, 13940000 5290000, 13940000 5300000, 13920000 5290000))", "EPSG:3857",
     "polygon"),
])
def test_inspect_json_lines_and_polygons(wkt, crs, kind):
    done = run("inspect", "--wkt", wkt, "--crs", crs, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["inside"] is True and data["query"]["kind"] == kind
    key = "length_m" if kind == "line" else "overlap_m2"
    assert all(u[key] > 0 for u in data["units"])
    assert sum(u["share"] for u in data["units"]) == pytest.approx(1.0, abs=1e-3)


@pytest.mark.parametrize("args", [
    ("inspect", "--lon", "abc", "--lat", "42.9"),
    ("inspect", "--lon", "125.1", "--lat", "142.9"),
    ("inspect", "--wkt", "POINT (1 2"),
    ("inspect", "--wkt", "POLYGON EMPTY"),
    ("inspect", "--lon", "125.1", "--lat", "42.9", "--crs", "EPSG:0"),
    ("inspect", "--lon", "125.1"),
    ("inspect", "--lon", "125.1", "--lat", "42.9", "--dataset", "/nonexistent/x.gpkg"),
    ("frobnicate",),
    ("inspect", "--lon", "125.1", "--lat", "42.9", "--crs", "foo"),
    ("inspect", "--lon", "125.1", "--lat", "42.9", "--crs", "EPSG:4978"),
    ("inspect", "--lon", "125.1", "--lat", "42.9", "--crs", "EPSG:5773"),
    ("inspect", "--lon", "125.1", "--lat", "42.9", "--crs", "EPSG:4326\nsecond line"),
    ("inspect", "--lon", "1e30", "--lat", "1e30", "--crs", "EPSG:4551"),
    ("inspect", "--lon", "inf", "--lat", "42.9"),
    ("inspect", "--wkt", "POLYGON((1e308 0,1e308 1,0 1,0 0,1e308 0))", "--crs", "EPSG:4551"),
    ("inspect", "--lon", "125.1", "--lat", "42.9", "--dataset", "/tmp"),
])
def test_bad_input_one_line_on_stderr_exit_2(args):
    done = run(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误")
    assert "Traceback" not in done.stderr


def test_validate_passes_on_the_sample():
    done = run("validate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "校验通过" in done.stdout


def test_validate_exits_1_on_a_broken_dataset(tmp_path):
    from osgeo import gdal, ogr
    from zoning_plugin.core.dataset import SAMPLE_DATASET_PATH
    broken = str(tmp_path / "broken.gpkg")
    gdal.VectorTranslate(broken, SAMPLE_DATASET_PATH)
    ds = ogr.Open(broken, 1)
    layer = ds.GetLayerByName("control_units")
    feature = layer.GetNextFeature()
    feature.SetField("unit_code", "BAD01")
    layer.SetFeature(feature)
    ds.ExecuteSQL("DELETE FROM requirements WHERE scope = 'unit' AND scope_ref = "
                  f"'{layer.GetFeature(2).GetField('unit_code')}'")
    without_geometry = layer.GetFeature(5)
    without_geometry.SetGeometryDirectly(None)
    layer.SetFeature(without_geometry)
    ds = None
    done = run("validate", "--dataset", broken)
    assert done.returncode == 1
    assert "BAD01" in done.stdout and "无准入清单" in done.stdout
    assert "FID 5 没有几何" in done.stdout and "未覆盖市域" in done.stdout


def test_demo_prints_four_places():
    done = run("demo")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("■") == 4
    assert "不在辽源市域内" in done.stdout
    assert "河流生态缓冲区：东辽河" in done.stdout
