"""The CLI contract: JSON on stdout, one line on stderr and exit 2 on bad input, validate exit codes."""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(*args, env=None, prefix=()):
    return subprocess.run([*prefix, sys.executable, "-m", "zoning_plugin.core", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=env)


def assert_one_error_line(done, *words):
    """Exit 2, nothing on stdout, exactly one line on stderr holding every word."""
    assert done.returncode == 2, (done.returncode, done.stdout[-300:], done.stderr)
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误"), done.stderr
    for word in words:
        assert word in lines[0]


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
    ("inspect", "--lon", str(13930700 + 2 * 40075016.69), "--lat", "5297000", "--crs", "EPSG:3857"),
    ("inspect", "--wkt", "LINESTRING (13930700 5297000, 93930700 5297000)", "--crs", "EPSG:3857"),
])
def test_bad_input_one_line_on_stderr_exit_2(args):
    assert_one_error_line(run(*args))


def test_validate_passes_on_the_sample():
    done = run("validate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "校验通过" in done.stdout


def test_validate_exits_1_on_a_broken_dataset(tmp_path):
    from osgeo import gdal, ogr
    from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH
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


def test_inspect_json_reports_the_part_outside_the_city():
    # From the central city 60 km west, past the city's edge.
    done = run("inspect", "--wkt", "LINESTRING (125.145 42.902, 124.4 42.902)", "--json")
    assert done.returncode == 0, done.stderr
    query = json.loads(done.stdout)["query"]
    assert query["outside_length_m"] > 1000 and query["outside_m2"] is None
    assert any("市域外" in w for w in json.loads(done.stdout)["warnings"])


def _sample_copy(tmp_path, *statements):
    from osgeo import gdal, ogr
    from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH
    path = str(tmp_path / "copy.gpkg")
    gdal.VectorTranslate(path, SAMPLE_DATASET_PATH)
    datasource = ogr.Open(path, 1)
    for statement in statements:
        datasource.ExecuteSQL(statement)
    datasource = None
    return path


@pytest.mark.parametrize("statement,layer", [
    ("DELETE FROM city_boundary", "city_boundary"),
    ("UPDATE city_boundary SET geom = NULL", "city_boundary"),
    ("DELETE FROM control_units", "control_units"),
])
def test_an_empty_city_boundary_or_unit_layer_is_said_by_validate_and_inspect(tmp_path, statement, layer):
    path = _sample_copy(tmp_path, statement)
    assert_one_error_line(run("validate", "--dataset", path), layer, "empty")
    assert_one_error_line(run("inspect", "--lon", "125.145", "--lat", "42.902", "--dataset", path),
                          layer, "empty")


def _unreadable_files(tmp_path):
    """{name: (path, words the one error line must hold)} of files GDAL cannot read."""
    from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH
    with open(SAMPLE_DATASET_PATH, "rb") as sample:
        head = sample.read(100_000)
    files = {"folder": ("folder.gpkg", "文件夹"), "zero bytes": ("zero.gpkg", "文件为空"),
             "text": ("text.gpkg", "GeoPackage"), "truncated": ("truncated.gpkg", "malformed")}
    (tmp_path / "folder.gpkg").mkdir()
    (tmp_path / "zero.gpkg").write_bytes(b"")
    (tmp_path / "text.gpkg").write_text("not a geopackage\n")
    (tmp_path / "truncated.gpkg").write_bytes(head)
    return {name: (str(tmp_path / file), word) for name, (file, word) in files.items()}


@pytest.mark.parametrize("command", ["inspect", "validate"])
def test_a_file_gdal_cannot_read_gives_one_line_with_the_reason(tmp_path, command):
    arguments = ("--lon", "125.145", "--lat", "42.902") if command == "inspect" else ()
    for path, word in _unreadable_files(tmp_path).values():
        assert_one_error_line(run(command, *arguments, "--dataset", path), path, word)


def test_a_file_or_folder_without_permission_gives_one_line_with_the_reason():
    import shutil
    import tempfile
    from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH
    # root reads any file: run as nobody there (GDAL then prints "Warning 4: ... Permission denied").
    prefix = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") if os.geteuid() == 0 else ()
    if prefix and subprocess.run([*prefix, sys.executable, "-c", "import zoning_plugin.core"], cwd=ROOT,
                                 capture_output=True, timeout=120).returncode != 0:
        pytest.skip("this checkout is closed to the user nobody, who stands in for a user without rights")
    with tempfile.TemporaryDirectory() as folder:   # pytest's own tmp_path is closed to others
        os.chmod(folder, 0o755)
        locked = os.path.join(folder, "locked.gpkg")
        shutil.copy(SAMPLE_DATASET_PATH, locked)
        os.chmod(locked, 0)
        closed = os.path.join(folder, "closed")
        os.mkdir(closed)
        shutil.copy(SAMPLE_DATASET_PATH, os.path.join(closed, "inside.gpkg"))
        os.chmod(closed, 0)
        for path, reason in ((locked, "没有读取权限"), (os.path.join(closed, "inside.gpkg"), "没有权限访问")):
            done = run("inspect", "--lon", "125.145", "--lat", "42.902", "--dataset", path, prefix=prefix)
            assert_one_error_line(done, reason, path)
        os.chmod(closed, 0o755)


def test_gdal_warnings_on_a_readable_file_stay_off_stderr(tmp_path):
    import sqlite3
    path = _sample_copy(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA application_id = 1234")   # GDAL warns "bad application_id"
    done = run("validate", "--dataset", path)
    assert done.returncode == 0 and done.stderr == ""
    assert "GDAL" in done.stdout and "application_id" in done.stdout
    done = run("inspect", "--lon", "125.145", "--lat", "42.902", "--dataset", path)
    assert done.returncode == 0 and done.stderr == ""


def _env_without_proj(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("PROJ_DATA", "PROJ_LIB")}
    return {**env, **extra}


@pytest.mark.parametrize("extra", [{}, {"PROJ_LIB": "/nonexistent/proj"},
                                   {"PROJ_DATA": "/nonexistent/proj", "PROJ_LIB": "/nonexistent/too"}])
def test_nothing_from_proj_on_stderr_whatever_the_environment(extra):
    env = _env_without_proj(**extra)
    done = run("inspect", "--lon", "125.145", "--lat", "42.902", "--json", env=env)
    assert done.returncode == 0 and done.stderr == ""
    assert json.loads(done.stdout)["inside"] is True
    done = subprocess.run([sys.executable, "-c", "import zoning_plugin.core"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == ""


def test_the_core_works_when_a_script_imported_pyproj_first():
    script = ("import pyproj, shapely\n"
              "from zoning_plugin.core import open_dataset\n"
              "print(open_dataset().inspect(shapely.Point(125.145, 42.902)).inside)\n")
    done = subprocess.run([sys.executable, "-W", "ignore", "-c", script], cwd=ROOT,
                          env=_env_without_proj(PROJ_LIB="/nonexistent/proj"),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "True", done.stderr
