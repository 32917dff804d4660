"""zoning:conformity inside the database (issue 19 §3) against the real server: the sample plan as a
PostGIS table gives per feature what the in-process path gives (areas, shares, unit codes, basins,
counties, buffers, rivers, statuses, within 0.1 %), from a table in the metric CRS and one in
EPSG:4490; a plan with an invalid, an empty and a null geometry; the layer's filter honoured; a
role that may only SELECT runs it; a plan elsewhere stays in QGIS and the log says why."""
import contextlib
import os

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from postgis_support import published_sample, remove_connection, save_connection
from processing_support import Recorder
from zoning_plugin.core import SAMPLE_DATASET_PATH
from zoning_plugin.toolbelt.settings import ZoningSettings

CONNECTION = "zoning indb"
PLAN = os.path.join(os.path.dirname(SAMPLE_DATASET_PATH), "sample_plan.gpkg")
IN_DATABASE = "Conformity runs inside the database"


@pytest.fixture(scope="module")
def database(pg_cluster):
    name = pg_cluster.create_database()
    save_connection(CONNECTION, pg_cluster, name)
    published_sample(pg_cluster, CONNECTION)
    for srid in (4551, 4490):
        gdal.VectorTranslate(f"PG:{pg_cluster.conninfo(name)}", PLAN, layers=["plan_parcels"],
                             layerName=f"plan_{srid}", dstSRS=f"EPSG:{srid}",
                             layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid"])
    with pg_cluster.connect(name) as db, db.cursor() as cursor:
        # An invalid (a bow tie), an empty and a null geometry beside a copy of the first parcels.
        cursor.execute("CREATE TABLE public.odd_plan AS SELECT fid, geom FROM public.plan_4551 WHERE fid <= 5; "
                       "ALTER TABLE public.odd_plan ADD PRIMARY KEY (fid); "
                       "CREATE INDEX ON public.odd_plan USING gist (geom); "
                       "ALTER TABLE public.odd_plan ALTER COLUMN geom TYPE geometry(MultiPolygon, 4551); "
                       "INSERT INTO public.odd_plan VALUES (101, ST_Multi(ST_Translate(ST_GeomFromText("
                       "'POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))', 4551), 420000, 4750000))), "
                       "(102, ST_GeomFromText('MULTIPOLYGON EMPTY', 4551)), (103, NULL)")
    saved = ZoningSettings.load()
    chosen = ZoningSettings.load()
    chosen.dataset_path, chosen.pg_connection, chosen.pg_schema = "", CONNECTION, "bureau"
    chosen.save()
    yield name
    saved.save()
    remove_connection(CONNECTION)


@contextlib.contextmanager
def viewer_role(pg_cluster, database, role, *more):
    """A LOGIN role that may read the dataset's schema and the plan (then the statements `more`),
    the dataset chosen through a saved connection as that role; the settings put back after."""
    from psycopg2 import sql
    with pg_cluster.connect(database) as admin, admin.cursor() as cursor:
        for statement in ("CREATE ROLE {} LOGIN", "GRANT USAGE ON SCHEMA bureau TO {}",
                          "GRANT SELECT ON ALL TABLES IN SCHEMA bureau TO {}", "GRANT SELECT ON public.plan_4551 TO {}"):
            cursor.execute(sql.SQL(statement).format(sql.Identifier(role)))
        for statement in more:
            cursor.execute(statement)
    connection = save_connection(role.replace("_", " "), pg_cluster, database, user=role)
    saved = ZoningSettings.load()
    try:
        viewer = ZoningSettings.load()
        viewer.pg_connection = connection
        viewer.save()
        yield
    finally:
        saved.save()
        remove_connection(connection)


def plan_layer(pg, database, table, user="postgres", subset=""):
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(pg.port), database, user, "")
    uri.setDataSource("public", table, "geom", subset, "fid")
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    assert layer.isValid()
    return layer


def run(layer, tmp_path, name, **extra):
    feedback = Recorder()
    result = processing.run("zoning:conformity", {
        "INPUT": layer, "OUTPUT": str(tmp_path / f"{name}.gpkg"), "OUTPUT_UNITS": str(tmp_path / f"{name}_units.csv"),
        **extra}, feedback=feedback)
    features = QgsVectorLayer(result["OUTPUT"], name, "ogr")
    rows = [[f.attribute(i) for i in range(len(f.fields()))] for f in features.getFeatures()]
    units = QgsVectorLayer(result["OUTPUT_UNITS"], "units", "ogr")
    unit_rows = [[f.attribute(i) for i in range(len(f.fields()))] for f in units.getFeatures()]
    return sorted(rows, key=lambda r: r[0]), unit_rows, feedback


def close(a, b):
    """Equal, numbers within 0.1 % (1 mm², 1 mm at least)."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= max(1e-3 * abs(b), 1e-3)
    if isinstance(a, str) and isinstance(b, str):
        try:
            return close(float(a), float(b))
        except ValueError:
            return a == b
    return a == b


def assert_alike(got, expected):
    assert len(got) == len(expected)
    for row, want in zip(got, expected):
        assert len(row) == len(want)
        for value, wanted in zip(row, want):
            assert close(value, wanted), (row[0], value, wanted)


@pytest.mark.parametrize("table", ["plan_4551", "plan_4490"])
def test_the_sample_plan_in_the_database_gives_what_qgis_gives(zoning_provider, pg_cluster, database, tmp_path, table):
    layer = plan_layer(pg_cluster, database, table)
    in_db, in_db_units, said = run(layer, tmp_path, "db")
    assert any(line.startswith(IN_DATABASE) for line in said.infos), said.lines
    in_qgis, in_qgis_units, said_qgis = run(layer, tmp_path, "qgis", DATASET=SAMPLE_DATASET_PATH)
    assert not any(IN_DATABASE in line for line in said_qgis.lines)
    assert len(in_db) == 65 and len(in_db_units) > 65
    assert_alike(in_db, in_qgis)
    assert_alike(in_db_units, in_qgis_units)
    statuses = {row[layer.fields().count()] for row in in_db}
    assert statuses == {"ok"} or "ok" in statuses


def test_invalid_empty_and_null_geometries_get_the_statuses_qgis_gives(zoning_provider, pg_cluster, database, tmp_path):
    layer = plan_layer(pg_cluster, database, "odd_plan")
    in_db, _units, said = run(layer, tmp_path, "odd_db")
    assert any(line.startswith(IN_DATABASE) for line in said.infos)
    in_qgis, _units, _said = run(layer, tmp_path, "odd_qgis", DATASET=SAMPLE_DATASET_PATH)
    assert_alike(in_db, in_qgis)
    status = layer.fields().count()
    by_fid = {row[0]: row for row in in_db}
    assert by_fid[102][status] == "empty" and by_fid[103][status] == "null"
    assert by_fid[101][status] == "ok" and by_fid[101][-1] == 1     # the bow tie repaired (已修复)


def test_the_layers_filter_is_honoured(zoning_provider, pg_cluster, database, tmp_path):
    layer = plan_layer(pg_cluster, database, "plan_4551", subset='"fid" <= 10')
    in_db, _units, said = run(layer, tmp_path, "subset")
    assert any(line.startswith(IN_DATABASE) for line in said.infos)
    assert [row[0] for row in in_db] == list(range(1, 11))


def test_a_select_only_role_runs_it_in_the_database(zoning_provider, pg_cluster, database, tmp_path):
    with viewer_role(pg_cluster, database, "indb_viewer"):
        layer = plan_layer(pg_cluster, database, "plan_4551", user="indb_viewer")
        in_db, _units, said = run(layer, tmp_path, "viewer")
        assert any(line.startswith(IN_DATABASE) for line in said.infos), said.lines
        in_qgis, _units, _said = run(layer, tmp_path, "viewer_qgis", DATASET=SAMPLE_DATASET_PATH)
        assert_alike(in_db, in_qgis)


def test_a_plan_in_another_database_stays_in_qgis_and_the_log_says_why(zoning_provider, pg_cluster, database,
                                                                      tmp_path):
    other = pg_cluster.create_database()
    gdal.VectorTranslate(f"PG:{pg_cluster.conninfo(other)}", PLAN, layers=["plan_parcels"], layerName="plan",
                         layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid"])
    rows, _units, said = run(plan_layer(pg_cluster, other, "plan"), tmp_path, "elsewhere")
    assert len(rows) == 65
    assert "Conformity runs in QGIS, not in the database: the plan layer is in another database than the dataset." \
        in said.infos


def test_the_output_goes_into_a_table_of_the_database(zoning_provider, pg_cluster, database, tmp_path):
    layer = plan_layer(pg_cluster, database, "plan_4551")
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(pg_cluster.port), database, "postgres", "")
    uri.setDataSource("public", "conformity_out", "geom", "", "id")
    feedback = Recorder()
    processing.run("zoning:conformity", {"INPUT": layer, "OUTPUT": "postgres:" + uri.uri(False)}, feedback=feedback)
    assert any(line.startswith(IN_DATABASE) for line in feedback.infos)
    in_qgis, _units, _said = run(layer, tmp_path, "to_table_qgis", DATASET=SAMPLE_DATASET_PATH)
    with pg_cluster.connect(database) as db, db.cursor() as cursor:
        cursor.execute('SELECT "状态", count(*) FROM public.conformity_out GROUP BY 1')
        statuses = dict(cursor.fetchall())
        cursor.execute('SELECT sum("面积") FROM public.conformity_out')
        area = cursor.fetchone()[0]
    status = layer.fields().count()
    assert sum(statuses.values()) == 65
    assert statuses == {s: sum(1 for row in in_qgis if row[status] == s) for s in statuses}
    assert close(area, sum(row[status + 2] for row in in_qgis))


@pytest.mark.parametrize("crs", ["EPSG:4551", "EPSG:3857"])
def test_outlines_along_the_unit_boundaries_keep_only_their_unit_in_the_database(zoning_provider, pg_cluster,
                                                                                 database, tmp_path, crs):
    """Every unit's outline and a parcel cut from it (tests/unit/phantom_sweep.py) given in another CRS
    than the units': slivers along kilometres of boundary, which the mean-width rule leaves out
    (overlay-rules §3); in the database as in QGIS, each names its own unit and no neighbour."""
    import shapely
    from phantom_sweep import sweep_geometries
    from zoning_plugin.core import open_dataset
    from zoning_plugin.core.geo import STORAGE_CRS, reproject
    srid = int(crs.split(":")[1])
    table = f"sweep_{srid}"
    sweep = list(sweep_geometries(open_dataset()))
    with pg_cluster.connect(database) as db, db.cursor() as cursor:
        cursor.execute(f"CREATE TABLE public.{table} (fid serial PRIMARY KEY, code text, "
                       f"geom geometry(MultiPolygon, {srid}))")
        for code, _label, geometry in sweep:
            cursor.execute(f"INSERT INTO public.{table} (code, geom) VALUES (%s, ST_Multi(ST_SetSRID("
                           f"ST_GeomFromWKB(%s), {srid})))",
                           (code, shapely.to_wkb(reproject(geometry, STORAGE_CRS, crs))))
    layer = plan_layer(pg_cluster, database, table)
    in_db, in_db_units, said = run(layer, tmp_path, f"sweep_db_{srid}")
    assert any(line.startswith(IN_DATABASE) for line in said.infos)
    in_qgis, in_qgis_units, _said = run(layer, tmp_path, f"sweep_qgis_{srid}", DATASET=SAMPLE_DATASET_PATH)
    assert_alike(in_db, in_qgis)
    assert_alike(in_db_units, in_qgis_units)
    codes = layer.fields().count() + [spec.name for spec in _schema_specs()].index("单元编码")
    assert all(row[codes] == row[1] for row in in_db), [(row[1], row[codes]) for row in in_db if row[codes] != row[1]]


def _schema_specs():
    from zoning_plugin.algorithms.conformity.fields import SummaryFields
    from zoning_plugin.core import open_dataset
    return SummaryFields(open_dataset(), "polygon", {}).specs


def test_only_the_selected_features_when_so_asked(zoning_provider, pg_cluster, database, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject
    layer = plan_layer(pg_cluster, database, "plan_4490")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([3, 5, 7])
        in_db, _units, said = run(QgsProcessingFeatureSourceDefinition(layer.id(), True), tmp_path, "selected")
        assert any(line.startswith(IN_DATABASE) for line in said.infos)
        assert [row[0] for row in in_db] == [3, 5, 7]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_role_that_may_not_read_the_overlay_layers_stays_in_qgis_and_the_log_says_why(
        zoning_provider, pg_cluster, database, tmp_path):
    """GRANT SELECT ON ALL TABLES covers the tables there at the time: a viewer granted before the
    overlay layers were published cannot read them; said once, the run stays in QGIS."""
    with viewer_role(pg_cluster, database, "old_viewer", "REVOKE SELECT ON bureau.overlay_targets FROM old_viewer"):
        layer = plan_layer(pg_cluster, database, "plan_4551", user="old_viewer")
        rows, _units, said = run(layer, tmp_path, "old_viewer")
        assert not any(line.startswith(IN_DATABASE) for line in said.infos)
        refused = [line for line in said.infos if line.startswith("Conformity runs in QGIS, not in the database:")]
        assert len(refused) == 1 and "overlay_targets" in refused[0], said.infos
        assert not said.warnings
        in_qgis, _units, _said = run(layer, tmp_path, "old_viewer_qgis", DATASET=SAMPLE_DATASET_PATH)
        assert_alike(rows, in_qgis)


def _tables_like(pg_cluster, database, pattern):
    with pg_cluster.connect(database) as db, db.cursor() as cursor:
        cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                       "AND table_name LIKE %s ORDER BY 1", (pattern,))
        return [row[0] for row in cursor.fetchall()]


def _count(pg_cluster, database, table):
    from psycopg2 import sql
    with pg_cluster.connect(database) as db, db.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier("public", table)))
        return cursor.fetchone()[0]


@pytest.mark.parametrize("table", ["conformity_kept", "符合性 \"分析\"; DROP TABLE plan_4551"])
def test_a_table_output_is_written_aside_and_replaces_the_old_table_only_when_the_run_ends(
        zoning_provider, pg_cluster, database, tmp_path, table):
    """A database table output, as a file output: a cancelled run leaves the user's table as it was
    and no aside table; a finished one replaces it whole."""
    layer = plan_layer(pg_cluster, database, "plan_4551")
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(pg_cluster.port), database, "postgres", "")
    uri.setDataSource("public", table, "geom", "", "id")
    destination = "postgres:" + uri.uri(False)
    processing.run("zoning:conformity", {"INPUT": layer, "OUTPUT": destination}, feedback=Recorder())
    assert _count(pg_cluster, database, table) == 65
    with pg_cluster.connect(database) as db, db.cursor() as cursor:
        from psycopg2 import sql
        cursor.execute(sql.SQL("DELETE FROM {} WHERE id > 5").format(sql.Identifier("public", table)))
    cancelled = Recorder(cancel_at=1)
    result = processing.run("zoning:conformity", {"INPUT": layer, "OUTPUT": destination}, feedback=cancelled)
    assert result == {} and "Cancelled: nothing was written." in cancelled.infos
    assert _count(pg_cluster, database, table) == 5                 # the user's table as it was
    assert _tables_like(pg_cluster, database, "%\\_\\_zoning\\_%") == []   # no aside table left
    assert _tables_like(pg_cluster, database, "plan_4551") == ["plan_4551"]
    done = processing.run("zoning:conformity", {"INPUT": layer, "OUTPUT": destination}, feedback=Recorder())
    assert _count(pg_cluster, database, table) == 65
    assert QgsDataSourceUri(done["OUTPUT"]).table() == table
    assert _tables_like(pg_cluster, database, "%\\_\\_zoning\\_%") == []
