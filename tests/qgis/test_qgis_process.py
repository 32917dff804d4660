"""scripts/qgis_process from a shell: the provider is listed and zoning:build_buffers runs on a
GeoPackage, in a QGIS profile the script makes itself (as on a fresh machine after make setup)."""
import math
import os
import subprocess

import pytest
from osgeo import ogr, osr

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(REPO, "scripts", "qgis_process")
X0, Y0 = 430_000.0, 4_750_000.0                 # EPSG:4551 metres, inside 辽源


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """A profile folder whose QGIS3.ini already holds other settings but not the plugin's key."""
    root = tmp_path_factory.mktemp("qgis-process-profile")
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[General]\nkept=yes\n", encoding="utf-8")
    return root


def qgis_process(profile, *args):
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PROJ_DATA", "PROJ_LIB", "QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH")}
    env["ZONING_QGIS_PROFILE"] = str(profile)
    return subprocess.run([SCRIPT, *args], env=env, capture_output=True, text=True, timeout=120)


def write_rivers(path, rows):
    driver = ogr.GetDriverByName("GPKG")
    source = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4551)
    layer = source.CreateLayer("rivers", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("名称", ogr.OFTString))
    for wkt, name in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("名称", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    source = None


def read_features(path):
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    rows = [({k: f.GetField(k) for k in f.keys()}, f.GetGeometryRef().ExportToWkt()) for f in layer]
    epsg = layer.GetSpatialRef().GetAuthorityCode(None)
    source = None
    return rows, epsg


def line(x1, x2, y=Y0):
    return f"LINESTRING({X0 + x1} {y}, {X0 + x2} {y})"


def test_list_shows_the_provider_and_the_profile_gets_the_plugin_enabled(profile):
    done = qgis_process(profile, "list")
    assert done.returncode == 0, done.stderr
    assert "Ecological zoning control" in done.stdout
    assert "zoning:build_buffers\tBuild river ecological buffers" in done.stdout
    ini = (profile / "profiles" / "default" / "QGIS" / "QGIS3.ini").read_text(encoding="utf-8")
    assert "zoning_plugin=true" in ini and "kept=yes" in ini
    plugin = profile / "profiles" / "default" / "python" / "plugins" / "zoning_plugin"
    assert os.path.realpath(plugin) == os.path.join(REPO, "zoning_plugin")


def test_run_build_buffers_on_a_geopackage(profile, tmp_path):
    rivers, output = tmp_path / "rivers.gpkg", tmp_path / "buffers.gpkg"
    write_rivers(rivers, [(line(0, 1000), "东辽河"), (line(0, 500, Y0 + 5000), "甲河"),
                          (line(500, 1000, Y0 + 5000), "甲河")])
    before = read_features(rivers)
    done = qgis_process(profile, "run", "zoning:build_buffers", "--", f"INPUT={rivers}", f"OUTPUT={output}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "东辽河: 50 m on each side (the dataset's width for this river)" in done.stdout
    assert "“名称” (guessed" in done.stdout
    rows, epsg = read_features(output)
    assert epsg == "4551"
    by_name = {attributes["river_name"]: attributes for attributes, _wkt in rows}
    assert sorted(by_name) == ["东辽河", "甲河"]
    assert (by_name["东辽河"]["buffer_m"], by_name["东辽河"]["basin_id"]) == (50.0, "liao")
    assert by_name["东辽河"]["area_m2"] == pytest.approx(2 * 50 * 1000 + math.pi * 50 ** 2, rel=1e-3)
    assert (by_name["甲河"]["buffer_m"], by_name["甲河"]["pieces"]) == (30.0, 2)
    assert by_name["甲河"]["area_m2"] == pytest.approx(2 * 30 * 1000 + math.pi * 30 ** 2, rel=1e-3)
    assert read_features(rivers) == before


def test_an_empty_layer_fails_with_a_clear_message(profile, tmp_path):
    rivers = tmp_path / "empty.gpkg"
    write_rivers(rivers, [])
    done = qgis_process(profile, "run", "zoning:build_buffers", "--", f"INPUT={rivers}",
                        f"OUTPUT={tmp_path / 'out.gpkg'}")
    assert done.returncode != 0
    assert "The input layer has no features" in done.stdout + done.stderr
    assert not (tmp_path / "out.gpkg").exists()


def test_run_conformity_on_the_sample_plan(profile, tmp_path):
    """The command line of docs/command-line.md: the shipped sample plan in, the features with the summary fields out."""
    import shutil
    plan = tmp_path / "plan.gpkg"
    shutil.copy(os.path.join(REPO, "zoning_plugin", "resources", "sample", "sample_plan.gpkg"), plan)
    before = read_features(plan)
    output, report = tmp_path / "conformity.gpkg", tmp_path / "report.html"
    done = qgis_process(profile, "run", "zoning:conformity", "--", f"INPUT={plan}|layername=plan_parcels",
                        f"OUTPUT={output}", f"OUTPUT_HTML={report}")
    assert done.returncode == 0, done.stdout + done.stderr
    rows, epsg = read_features(output)
    assert epsg == "4551" and len(rows) == len(before[0])
    by_id = {attributes["地块编号"]: attributes for attributes, _wkt in rows}
    assert all(a["状态"] == "ok" for a in by_id.values())
    assert sum(1 for a in by_id.values() if a["市域外面积"]) == 1           # the parcel across the boundary
    assert any(a["缓冲区河流"] == "东辽河" for a in by_id.values())
    for attributes in by_id.values():
        classes = sum(attributes[s + "面积"] for s in ("优先", "重点", "一般"))
        assert classes == pytest.approx(attributes["市域内面积"], rel=1e-6, abs=0.05)
    assert "Touches a priority protection unit" in done.stdout
    assert "示例数据" in report.read_text(encoding="utf-8")
    assert read_features(plan) == before
