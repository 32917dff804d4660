"""The dataset read from PostGIS gives what the file gives (issue 19 §2, §5): 500 random points
inspected, the sample plan through zoning:conformity, the site report; layers load from the
database styled as from the file; a SELECT-only role inspects and runs conformity; the password
of a connection reaches no setting, project or log."""
import os
import re

import numpy
import pytest
import shapely
from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsProject, QgsSettings,
                       QgsVectorLayer)

from postgis_support import PASSWORD, PASSWORD_ROLE, answer_of, published_sample, remove_connection, save_connection
from pdf_support import page_texts
from test_site_report import CENTRAL as SITE, site_layer
from zoning_plugin.core import SAMPLE_DATASET_PATH, open_dataset
from zoning_plugin.core.postgis import PostgisSource
from zoning_plugin.toolbelt.settings import ZoningSettings

CONNECTION = "zoning bureau"
PLAN = os.path.join(os.path.dirname(SAMPLE_DATASET_PATH), "sample_plan.gpkg")


@pytest.fixture(scope="module")
def database(pg_cluster):
    name = pg_cluster.create_database()
    save_connection(CONNECTION, pg_cluster, name)
    assert published_sample(pg_cluster, CONNECTION) == 1
    yield name
    remove_connection(CONNECTION)


@pytest.fixture()
def settings_of():
    """Point the plugin's settings at a dataset for one test; the user's come back after."""
    saved = ZoningSettings.load()

    def choose(connection="", schema=""):
        chosen = ZoningSettings.load()
        chosen.dataset_path, chosen.pg_connection, chosen.pg_schema = "", connection, schema
        chosen.save()
    yield choose
    saved.save()


def test_500_random_points_answer_the_same_from_the_file_and_the_database(database):
    from_file = open_dataset()
    from_db = open_dataset(PostgisSource(CONNECTION, "bureau"))
    assert from_db is not from_file and from_db.info()["published_version"] == 1
    assert from_db.problems == from_file.problems
    west, south, east, north = from_file.city_bounds_4490
    points = numpy.random.default_rng(19).uniform((west, south), (east, north), size=(500, 2))
    inside = 0
    for x, y in points:
        point = shapely.Point(x, y)
        expected = from_file.inspect(point).to_dict()
        assert answer_of(from_db.inspect(point)) == expected, (x, y)
        inside += expected["inside"]
    assert inside > 250        # most points of the bounding box fall in the city: the test compares units


def conformity(tmp_path, name):
    from qgis import processing
    output = processing.run("zoning:conformity", {
        "INPUT": f"{PLAN}|layername=plan_parcels", "OUTPUT": str(tmp_path / f"{name}.gpkg"),
        "OUTPUT_HTML": str(tmp_path / f"{name}.html")})["OUTPUT"]
    layer = QgsVectorLayer(output, name, "ogr")
    rows = sorted(([f.attribute(i) for i in range(len(f.fields()))], f.geometry().asWkt(3)) for f in layer.getFeatures())
    return rows, (tmp_path / f"{name}.html").read_text(encoding="utf-8")


def test_the_sample_plan_through_conformity_gives_the_same_from_the_database(zoning_provider, database, settings_of,
                                                                            tmp_path):
    settings_of()
    from_file, file_report = conformity(tmp_path, "file")
    settings_of(CONNECTION, "bureau")
    from_db, db_report = conformity(tmp_path, "db")
    assert len(from_db) > 10 and from_db == from_file
    assert "示例数据" in db_report and db_report.replace("postgresql:zoning bureau/bureau", "") \
        .count("liaoyuan_sample") <= file_report.count("liaoyuan_sample")


def report_text(tmp_path, name):
    from qgis import processing
    pdf = tmp_path / f"{name}.pdf"
    processing.run("zoning:site_report", {"INPUT": site_layer(SITE), "TITLE": "测试项目", "OUTPUT_PDF": str(pdf)})
    return "\n".join(page_texts(pdf))


def test_the_site_report_says_the_same_from_the_database(zoning_provider, database, settings_of, tmp_path):
    settings_of()
    from_file = report_text(tmp_path, "file")
    settings_of(CONNECTION, "bureau")
    from_db = report_text(tmp_path, "db")

    def words(text):   # the time of making and the dataset's place differ; everything else must not
        text = re.sub(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?", "", text)
        return [w for w in text.split() if SAMPLE_DATASET_PATH not in w and "postgresql:" not in w]
    assert len(words(from_file)) > 300 and words(from_db) == words(from_file)


def test_layers_load_from_postgis_styled_as_from_the_file(database):
    from zoning_plugin.gui.layers import load_zoning_layers
    project = QgsProject()
    _group, from_file = load_zoning_layers(open_dataset(), project)
    _group, from_db = load_zoning_layers(open_dataset(PostgisSource(CONNECTION, "bureau")), project)
    assert set(from_db) == set(from_file)
    for key, layer in from_db.items():
        assert layer.isValid() and layer.providerType() == "postgres", key
        assert layer.featureCount() == from_file[key].featureCount(), key
        assert layer.renderer().dump() == from_file[key].renderer().dump(), key
        assert layer.labelsEnabled() == from_file[key].labelsEnabled(), key
        assert layer.opacity() == from_file[key].opacity(), key
        assert layer.name() == from_file[key].name()
        assert layer.readOnly()
    assert from_db["units_1"].featureCount() > 0


def test_a_select_only_role_inspects_and_runs_conformity(zoning_provider, pg_cluster, database, settings_of, tmp_path):
    with pg_cluster.connect(database) as admin, admin.cursor() as cursor:
        cursor.execute("CREATE ROLE zoning_viewer LOGIN; GRANT USAGE ON SCHEMA bureau TO zoning_viewer; "
                       "GRANT SELECT ON ALL TABLES IN SCHEMA bureau TO zoning_viewer")
    save_connection("zoning viewer", pg_cluster, database, user="zoning_viewer")
    try:
        viewer = open_dataset(PostgisSource("zoning viewer", "bureau"))
        assert answer_of(viewer.inspect(SITE.centroid)) == open_dataset().inspect(SITE.centroid).to_dict()
        settings_of("zoning viewer", "bureau")
        rows, _report = conformity(tmp_path, "viewer")
        settings_of()
        assert rows == conformity(tmp_path, "file")[0]
    finally:
        remove_connection("zoning viewer")


def test_the_password_reaches_no_setting_project_or_log(zoning_provider, pg_cluster, database, settings_of, tmp_path):
    """A connection whose role needs a password (scram on the loopback), its credentials in QGIS's
    auth manager: the plugin opens the dataset, loads its layers, saves the project and runs an
    algorithm, and the password is in none of its settings, the project file or the log."""
    from zoning_plugin.gui.layers import load_zoning_layers
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("zoning-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("zoning test")
    config.setConfig("username", PASSWORD_ROLE)
    config.setConfig("password", PASSWORD)
    assert manager.storeAuthenticationConfig(config)[0]
    save_connection("zoning secret", pg_cluster, database, authcfg=config.id())
    logged = []
    collect = QgsApplication.messageLog().messageReceived

    def hear(message, tag, _level):
        logged.append(f"{tag}: {message}")
    collect.connect(hear)
    try:
        settings_of("zoning secret", "bureau")
        dataset = open_dataset(ZoningSettings.load().dataset_source())
        assert dataset.info()["published_version"] == 1
        project = QgsProject()
        load_zoning_layers(dataset, project)
        assert all(layer.isValid() for layer in project.mapLayers().values())
        assert project.write(str(tmp_path / "project.qgs"))
        rows, report = conformity(tmp_path, "secret")
        assert rows
        settings = QgsSettings()
        stored = {key: settings.value(key) for key in settings.allKeys() if key.startswith("zoning_plugin/")}
        assert stored["zoning_plugin/pg_connection"] == "zoning secret"
        for where, text in (("plugin settings", repr(stored)), ("project", (tmp_path / "project.qgs").read_text()),
                            ("log", "\n".join(logged)), ("report", report)):
            assert PASSWORD not in text, where
        assert "authcfg=" + config.id() in (tmp_path / "project.qgs").read_text()
    finally:
        collect.disconnect(hear)
        remove_connection("zoning secret")
        manager.removeAuthenticationConfig(config.id())


def test_the_field_package_from_the_database_holds_what_the_files_holds(zoning_provider, database, settings_of,
                                                                       tmp_path):
    """The package's layers are clipped from the published version written back as a GeoPackage:
    the same tables, fields and features as from the file, and the same inspection sheets."""
    from osgeo import ogr
    from qgis import processing
    made = {}
    for label, connection in (("file", ""), ("database", CONNECTION)):
        settings_of(connection, "bureau" if connection else "")
        folder = tmp_path / label
        result = processing.run("zoning:field_package", {"INPUT": site_layer(SITE), "OUTPUT_PDF": str(folder) + ".pdf",
                                                         "OUTPUT_FOLDER": str(folder)})
        package = ogr.Open(os.path.join(result["OUTPUT_FOLDER"], f"{label}.gpkg"))
        tables = {}
        for index in range(package.GetLayerCount()):
            layer = package.GetLayerByIndex(index)
            if layer.GetName() in ("zoning_provenance",):
                continue      # names the run's time
            definition = layer.GetLayerDefn()
            fields = [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType())
                      for i in range(definition.GetFieldCount())]
            rows = sorted((tuple(str(f.GetField(i)) for i in range(len(fields))),
                           round(f.GetGeometryRef().GetArea(), 9) if f.GetGeometryRef() else None) for f in layer)
            tables[layer.GetName()] = (fields, rows)
        package = None
        made[label] = (tables, [re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?", "", page)
                                for page in page_texts(str(folder) + ".pdf")])
    assert made["database"][0].keys() == made["file"][0].keys() and "control_units" in made["file"][0]
    for table, (fields, rows) in made["file"][0].items():
        assert made["database"][0][table][0] == fields, table
        assert made["database"][0][table][1] == rows, table
    assert made["database"][1] == made["file"][1]


def test_the_server_is_asked_for_the_version_at_most_every_few_seconds(pg_cluster, database, monkeypatch):
    """An expression over many features asks for the dataset each time: within RECHECK_SECONDS the
    cached one answers without a connection; after it, a newer published version is read.
    (Last in this module: it publishes version 2.)"""
    from zoning_plugin.core.postgis import read
    asked = []
    real = read.latest_version
    monkeypatch.setattr(read, "latest_version", lambda cursor, source: asked.append(source) or real(cursor, source))
    monkeypatch.setattr(read, "RECHECK_SECONDS", 60.0)
    read._cache.clear()
    source = PostgisSource(CONNECTION, "bureau")
    first = open_dataset(source)
    after_first = len(asked)
    assert all(open_dataset(source) is first for _ in range(1000)) and len(asked) == after_first
    assert published_sample(pg_cluster, CONNECTION) == 2
    assert open_dataset(source) is first and len(asked) == after_first
    monkeypatch.setattr(read, "RECHECK_SECONDS", 0.0)
    newer = open_dataset(source)
    assert newer is not first and newer.info()["published_version"] == 2
