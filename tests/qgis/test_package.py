"""scripts/package.py: the zip's listing, and the plugin working from an unpacked copy of it."""
import configparser
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import zipfile

import pytest

from zoning_plugin.gui.layers import layer_specs

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = "zoning_plugin/resources/sample/liaoyuan_sample.gpkg"
REQUIRED_METADATA = ("name", "qgisMinimumVersion", "description", "about", "version", "author",
                     "email", "tracker", "repository", "homepage")


def _packager():
    spec = importlib.util.spec_from_file_location("zoning_package",
                                                  os.path.join(REPO, "scripts", "package.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def packager():
    if not os.path.isfile(os.path.join(REPO, GPKG)):
        pytest.fail(f"{GPKG} is missing: build it with `make sample-data` before packaging")
    return _packager()


@pytest.fixture(scope="module")
def archive(packager, tmp_path_factory):
    path = tmp_path_factory.mktemp("dist") / "zoning_plugin.zip"
    packager.build(str(path))
    return path


def test_listing(archive):
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
        metadata_text = zf.read("zoning_plugin/metadata.txt").decode("utf-8")
        gpkg_header = zf.read(GPKG)[:100]
    assert names == sorted(names)
    assert all(n.startswith("zoning_plugin/") for n in names)
    assert "zoning_plugin/__init__.py" in names
    assert "zoning_plugin/LICENSE" in names   # plugins.qgis.org refuses a package without it
    assert "zoning_plugin/core/__init__.py" in names
    assert "zoning_plugin/plugin.py" in names
    assert GPKG in names
    assert gpkg_header.startswith(b"SQLite format 3\x00")
    assert gpkg_header[18:20] == b"\x01\x01"   # rollback journal, not WAL: readable as shipped
    for spec in layer_specs():
        assert f"zoning_plugin/resources/styles/{spec[4]}" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
    # The sample's builder (tools/sample/) stays out; only its GeoPackages ship in resources/sample/.
    sample = [n for n in names if n.startswith("zoning_plugin/resources/sample/") and not n.endswith("/")]
    assert sample and all(n.endswith(".gpkg") for n in sample), sample
    assert not [n for n in names if n.startswith("zoning_plugin/tools/") or "/build_sample" in n]
    assert not [n for n in names if n.endswith(("-wal", "-shm", "-journal"))]
    assert not [n for n in names if n.startswith("zoning_plugin/i18n/") and n.endswith(".ts")]
    i18n = os.path.join(REPO, "zoning_plugin", "i18n")
    for qm in sorted(os.listdir(i18n)) if os.path.isdir(i18n) else []:
        if qm.endswith(".qm"):
            assert f"zoning_plugin/i18n/{qm}" in names
    official = [n for n in names if n.startswith("zoning_plugin/resources/official/")
                and not n.endswith("/")]
    assert official

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(metadata_text)
    general = parser["general"]
    for key in REQUIRED_METADATA:
        assert general.get(key, "").strip(), f"metadata.txt lacks {key}"
    if general.get("icon"):
        assert f"zoning_plugin/{general['icon']}" in names


def test_passes_the_plugin_repository_checks(packager, archive):
    """The offline re-implementation of plugins.qgis.org's upload checks (scripts/package.py,
    check_archive; tests/unit/test_package_validator.py tests each check)."""
    errors, _warnings = packager.check_archive(str(archive))
    assert errors == []


def test_build_is_deterministic(packager, archive, tmp_path):
    again = tmp_path / "again.zip"
    packager.build(str(again))
    assert again.read_bytes() == archive.read_bytes()


def test_geopackage_in_wal_mode_is_shipped_self_contained(tmp_path):
    """QGIS flips a GeoPackage to WAL when it opens it for update; the zip gets one plain file."""
    path = tmp_path / "data.gpkg"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("CREATE TABLE t (x)")
    connection.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(500)])
    connection.commit()
    assert (tmp_path / "data.gpkg-wal").stat().st_size > 0   # rows only in the WAL so far
    data = _packager().file_bytes(str(path))
    connection.close()
    assert data[18:20] == b"\x01\x01"
    shipped = tmp_path / "shipped.gpkg"
    shipped.write_bytes(data)
    check = sqlite3.connect(shipped)
    assert check.execute("SELECT count(*) FROM t").fetchone()[0] == 500
    check.close()


def test_deploy_replaces_an_older_copy(packager, archive, tmp_path):
    target = tmp_path / "profile" / "python" / "plugins" / "zoning_plugin"
    target.mkdir(parents=True)
    (target / "metadata.txt").write_text("[general]\nname=old\n", encoding="utf-8")
    (target / "stale.py").write_text("# from an older version\n", encoding="utf-8")
    packager.deploy(str(target), str(archive))
    assert not (target / "stale.py").exists()
    assert (target / "__init__.py").is_file()
    assert (target / "LICENSE").is_file()
    assert (target / "resources" / "sample" / "liaoyuan_sample.gpkg").is_file()
    assert "name=old" not in (target / "metadata.txt").read_text(encoding="utf-8")
    assert [p.name for p in target.parent.iterdir()] == ["zoning_plugin"]   # no staging left

    stranger = tmp_path / "not_a_plugin"
    stranger.mkdir()
    (stranger / "precious.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(SystemExit):
        packager.deploy(str(stranger), str(archive))
    assert (stranger / "precious.txt").read_text(encoding="utf-8") == "keep me"


# Runs in a fresh interpreter whose PYTHONPATH is the unpacked plugin folder only; the conftest
# and its helpers (the completed pytest-qgis iface) are copied next to it.
UNPACKED_TESTS = '''
import os

import shapely

PLUGINS = os.path.realpath(os.environ["ZONING_TEST_PLUGINS"])


def inside(path):
    return os.path.realpath(path).startswith(PLUGINS + os.sep)


def test_imports_and_dataset_come_from_the_unpacked_copy():
    import zoning_plugin
    import zoning_plugin.core
    assert inside(zoning_plugin.__file__), zoning_plugin.__file__
    assert inside(zoning_plugin.core.__file__)
    assert inside(zoning_plugin.core.SAMPLE_DATASET_PATH)
    assert os.path.isfile(zoning_plugin.core.SAMPLE_DATASET_PATH)
    dataset = zoning_plugin.core.open_dataset()
    assert inside(dataset.path)
    assert dataset.info()["sample"]
    result = dataset.inspect(shapely.Point(125.14, 42.89), crs="EPSG:4490").to_dict()
    assert result["inside"] is True and result["units"]


def test_qgis_loads_starts_and_unloads_the_plugin(completed_iface, iface_recorder):
    import qgis.utils
    qgis.utils.plugin_paths = [PLUGINS]
    qgis.utils.updateAvailablePlugins()
    assert "zoning_plugin" in qgis.utils.available_plugins
    assert qgis.utils.pluginMetadata("zoning_plugin", "qgisMinimumVersion") == "3.22"
    qgis.utils.iface = completed_iface
    assert qgis.utils.loadPlugin("zoning_plugin")
    assert qgis.utils.startPlugin("zoning_plugin")
    import zoning_plugin
    assert inside(zoning_plugin.__file__)
    from qgis.PyQt.QtWidgets import QToolBar
    main_window = completed_iface.mainWindow()
    assert iface_recorder.menu_actions and main_window.findChild(QToolBar, "ZoningToolbar")
    assert qgis.utils.unloadPlugin("zoning_plugin")
    assert iface_recorder.menu_actions == [] and main_window.findChild(QToolBar, "ZoningToolbar") is None


def test_styles_load_from_the_unpacked_copy():
    from qgis.core import QgsVectorLayer
    from zoning_plugin.core import SAMPLE_DATASET_PATH
    from zoning_plugin.gui.layers import STYLES_DIR, layer_specs
    assert inside(STYLES_DIR)
    for _key, table, subset, name, style, _visible in layer_specs():
        layer = QgsVectorLayer(SAMPLE_DATASET_PATH + "|layername=" + table, name, "ogr")
        assert layer.isValid(), table
        message, ok = layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
        assert ok, (style, message)
'''


def test_plugin_runs_from_the_unpacked_zip(archive, tmp_path):
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(plugins)
    run = tmp_path / "run"
    run.mkdir()
    here = os.path.join(REPO, "tests", "qgis")
    for name in os.listdir(here):   # conftest.py and its helper modules, not the repo's tests
        if name.endswith(".py") and not name.startswith("test_"):
            shutil.copy(os.path.join(here, name), run / name)
    (run / "test_unpacked.py").write_text(textwrap.dedent(UNPACKED_TESTS), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST"))}
    env.update(PYTHONPATH=str(plugins), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1",
               ZONING_TEST_PLUGINS=str(plugins), HOME=str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(run), str(run)],
                          cwd=str(run), env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "3 passed" in proc.stdout
