"""zoning:publish_postgis through processing.run against a real PostgreSQL + PostGIS (issue 19 §1, §5):
tables, migrations, indexes, versions side by side, never half a version, hostile names, a
read-only role refused."""
import os
import shutil

import pytest
from qgis.core import QgsProcessingException

from postgis_support import remove_connection, save_connection
from zoning_plugin.core import SAMPLE_DATASET_PATH
from zoning_plugin.core.messages import set_language

TABLES = ("city_boundary", "counties", "basins", "rivers", "river_buffers", "built_up_area", "control_units",
          "requirements", "screening_rules", "requirement_notes", "dataset_meta")


@pytest.fixture(scope="module")
def database(pg_cluster):
    name = pg_cluster.create_database()
    save_connection("zoning publish test", pg_cluster, name)
    yield name
    remove_connection("zoning publish test")


@pytest.fixture()
def db(pg_cluster, database):
    connection = pg_cluster.connect(database)
    yield connection.cursor()
    connection.close()


def run(schema, path=SAMPLE_DATASET_PATH, connection="zoning publish test"):
    from qgis import processing
    return processing.run("zoning:publish_postgis", {"INPUT": str(path), "CONNECTION": connection, "SCHEMA": schema})


def file_counts(path=SAMPLE_DATASET_PATH):
    from osgeo import ogr
    source = ogr.Open(str(path))
    return {source.GetLayer(i).GetName(): source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount())}


def test_publishing_writes_every_table_with_migrations_and_indexes_then_a_second_version_beside(zoning_provider, db):
    assert run("bureau")["VERSION"] == 1
    db.execute("SELECT number FROM bureau.schema_migrations ORDER BY number")
    assert [r[0] for r in db.fetchall()] == [1, 2, 3, 4]
    counts = file_counts()
    assert set(counts) == set(TABLES)
    for table, count in counts.items():
        db.execute(f"SELECT count(*) FROM bureau.{table} WHERE dataset_version = 1")
        assert db.fetchone()[0] == count, table
    db.execute("SELECT tablename FROM pg_indexes WHERE schemaname = 'bureau' AND indexdef LIKE '%USING gist (geom)%'")
    assert {r[0] for r in db.fetchall()} == {"city_boundary", "counties", "basins", "rivers", "river_buffers",
                                             "built_up_area", "control_units", "control_units_subdivided", "doubts",
                                             "overlay_targets", "overlay_rivers"}
    # the overlay targets for conformity inside the database: every layer, in the metric CRS
    db.execute("SELECT metric_srid FROM bureau.overlay_versions WHERE dataset_version = 1")
    assert db.fetchone()[0] == 4551
    db.execute("SELECT count(DISTINCT layer), count(DISTINCT feature) FILTER (WHERE layer = 1), "
               "max(ST_NPoints(geom)), min(ST_SRID(geom)) FROM bureau.overlay_targets WHERE dataset_version = 1")
    layers, units, most, srid = db.fetchone()
    assert (layers, units, srid) == (7, counts["control_units"], 4551) and most <= 256
    # the subdivided copy: pieces of at most 256 vertices covering exactly the units
    db.execute("SELECT count(*), max(ST_NPoints(geom)) FROM bureau.control_units_subdivided WHERE dataset_version = 1")
    pieces, most = db.fetchone()
    assert pieces > counts["control_units"] and most <= 256
    # (planar: cut edges are straight in the stored CRS, not on the ellipsoid)
    db.execute("SELECT abs(sum(ST_Area(geom)) / (SELECT sum(ST_Area(geom)) FROM bureau.control_units "
               "WHERE dataset_version = 1) - 1) FROM bureau.control_units_subdivided WHERE dataset_version = 1")
    assert db.fetchone()[0] < 1e-9
    # the same values as the file, field by field
    db.execute("SELECT unit_code, unit_name, unit_class FROM bureau.control_units WHERE dataset_version = 1 ORDER BY fid")
    from osgeo import ogr
    source = ogr.Open(SAMPLE_DATASET_PATH)   # held: a layer outlives its closed source only as a crash
    expected = [(f["unit_code"], f["unit_name"], f["unit_class"]) for f in source.GetLayerByName("control_units")]
    source = None
    assert db.fetchall() == expected
    # publishing again: a new version beside the old one, which stays whole
    assert run("bureau")["VERSION"] == 2
    db.execute("SELECT version, source_file, title FROM bureau.dataset_versions ORDER BY version")
    assert [r[:2] for r in db.fetchall()] == [(1, "liaoyuan_sample.gpkg"), (2, "liaoyuan_sample.gpkg")]
    db.execute("SELECT dataset_version, count(*) FROM bureau.control_units GROUP BY 1 ORDER BY 1")
    assert db.fetchall() == [(1, counts["control_units"]), (2, counts["control_units"])]


def test_a_failure_in_the_middle_writes_nothing(zoning_provider, db):
    """A table whose field has another type in the database stops the publish after the schema was
    migrated and two tables written: all of it is rolled back, in the user's language."""
    db.execute("CREATE SCHEMA half; CREATE TABLE half.counties (id bigserial PRIMARY KEY, "
               "dataset_version integer, fid bigint, code integer)")
    set_language("en")
    try:
        with pytest.raises(QgsProcessingException, match=r"^table counties, field code: integer in the database, "
                                                         r"text in the file; publish into a new schema$"):
            run("half")
    finally:
        set_language(None)
    db.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'half'")
    assert [r[0] for r in db.fetchall()] == ["counties"]


HOSTILE = ['bu"reau\'; DROP TABLE public.canary; --', "辽源市 生态环境；分区"]


@pytest.mark.parametrize("schema", HOSTILE)
def test_hostile_schema_names_are_quoted_never_executed(zoning_provider, db, schema):
    db.execute("CREATE TABLE IF NOT EXISTS public.canary (x integer)")
    assert run(schema)["VERSION"] == 1
    db.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = %s", (schema,))
    # + schema_migrations, dataset_versions, dataset_tables, subdivided, doubts and the 3 overlay tables
    assert db.fetchone()[0] == len(TABLES) + 8
    db.execute("SELECT to_regclass('public.canary') IS NOT NULL")
    assert db.fetchone()[0]
    # read back and shown as layers under the same name
    from zoning_plugin.core import open_dataset
    from zoning_plugin.core.postgis import PostgisSource
    from zoning_plugin.toolbelt.pg_connections import postgis_layer
    dataset = open_dataset(PostgisSource("zoning publish test", schema))
    assert len(dataset.units) == file_counts()["control_units"]
    layer = postgis_layer(dataset, "control_units", "unit_class = 1", "units")
    assert layer.isValid() and 0 < layer.featureCount() < len(dataset.units)


def test_a_name_postgresql_would_cut_is_refused(zoning_provider, db):
    set_language("zh")
    try:
        with pytest.raises(QgsProcessingException, match=r"^模式名称不可用（不能为空，最多 63 字节）"):
            run("分区" * 11)     # 66 bytes: PostgreSQL would keep the first 63 and name another schema
    finally:
        set_language(None)
    db.execute("SELECT count(*) FROM pg_namespace WHERE nspname LIKE '分区%%'")
    assert db.fetchone()[0] == 0


def test_hostile_table_and_field_names_in_the_file_are_quoted(zoning_provider, db, tmp_path):
    from osgeo import ogr
    path = tmp_path / "hostile.gpkg"
    shutil.copy(SAMPLE_DATASET_PATH, path)
    source = ogr.Open(str(path), 1)
    layer = source.CreateLayer('x"); DROP TABLE public.canary; --', geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn('名"; DELETE FROM x', ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField(0, "'); DROP TABLE public.canary; --")
    layer.CreateFeature(feature)
    source = layer = None
    db.execute("CREATE TABLE IF NOT EXISTS public.canary (x integer)")
    run("hostile_file", path)
    db.execute('SELECT "名""; DELETE FROM x" FROM hostile_file."x""); DROP TABLE public.canary; --"')
    assert db.fetchall() == [("'); DROP TABLE public.canary; --",)]
    db.execute("SELECT to_regclass('public.canary') IS NOT NULL")
    assert db.fetchone()[0]


def test_a_read_only_role_is_refused_with_one_line(zoning_provider, pg_cluster, database, db):
    run("readable")
    db.execute("CREATE ROLE zoning_reader LOGIN; GRANT USAGE ON SCHEMA readable TO zoning_reader; "
               "GRANT SELECT ON ALL TABLES IN SCHEMA readable TO zoning_reader; "
               "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    save_connection("zoning reader", pg_cluster, database, user="zoning_reader")
    set_language("en")
    try:
        for schema, where in (("readable", "the schema readable"), ("elsewhere", "the database")):
            with pytest.raises(QgsProcessingException) as caught:
                run(schema, connection="zoning reader")
            assert str(caught.value) == f"the role zoning_reader may not create tables in {where}: nothing was published"
    finally:
        set_language(None)
        remove_connection("zoning reader")
    db.execute("SELECT count(*) FROM readable.dataset_versions")
    assert db.fetchone()[0] == 1


def test_an_unknown_connection_or_a_server_gone_is_one_line(zoning_provider, pg_cluster):
    save_connection("zoning nowhere", pg_cluster, "no_such_database")
    set_language("en")
    try:
        with pytest.raises(QgsProcessingException) as caught:
            run("bureau", connection="zoning nowhere")
        assert str(caught.value).startswith("cannot connect with the PostgreSQL connection “zoning nowhere”: ")
        assert "\n" not in str(caught.value)
    finally:
        set_language(None)
        remove_connection("zoning nowhere")
    assert os.path.isfile(SAMPLE_DATASET_PATH)


def test_a_server_that_goes_away_midway_leaves_no_half_version(zoning_provider, pg_cluster, database, db):
    """The publisher's session is killed (pg_terminate_backend) after three tables were written:
    one line, and the schema holds what it held before."""
    import zoning_plugin.toolbelt.pg_connections  # noqa: F401
    from zoning_plugin.core.postgis.publish import PublishError, publish
    run("gone")
    killer = pg_cluster.connect(database)
    written = []

    def log(line):
        written.append(line)
        if len(written) == 3:
            with killer.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE application_name = 'zoning_plugin' AND pid <> pg_backend_pid()")
    set_language("en")
    try:
        with pytest.raises(PublishError, match=r"^publishing failed, nothing was written: ") as caught:
            publish("zoning publish test", "gone", SAMPLE_DATASET_PATH, log=log)
        assert "\n" not in str(caught.value)
    finally:
        set_language(None)
        killer.close()
    db.execute("SELECT version FROM gone.dataset_versions")
    assert db.fetchall() == [(1,)]
    db.execute("SELECT DISTINCT dataset_version FROM gone.control_units UNION SELECT DISTINCT dataset_version "
               "FROM gone.city_boundary")
    assert db.fetchall() == [(1,)]
