"""zoning:conformity's outputs as a user meets them (issue 14): through processing.run and
scripts/qgis_process, the three outputs land together or not at all (a cancel at any point, a
full disk, a SIGKILL at random moments), a list too long for a field never stops the run (the
county outlines and the units layer itself, into a GeoPackage and a shapefile), numbers are
checked, a report name must say HTML, and reading the dataset never writes it."""
import csv
import hashlib
import math
import os
import shutil
import sqlite3
import sys
import time

import pytest
from osgeo import ogr
from qgis.core import QgsGeometry, QgsLineString, QgsPoint, QgsPolygon, QgsProcessingException, QgsVectorLayer

from qgis.PyQt.QtCore import QVariant

from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH
from zoning_plugin.core.outputs import TEMPORARY_TAG, check_sqlite

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qgis_process_support import run as qgis_process  # noqa: E402
from test_algorithm_conformity import Recorder, half_square, layer_of, zoning_provider  # noqa: E402,F401
from test_algorithm_conformity import dataset  # noqa: E402,F401  (half_square's)

LIST = "; "
CUT = "…"


class Log(Recorder):
    def __init__(self, cancel_at=None):
        super().__init__(cancel_at)
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.warnings.append(warning)

    @property
    def log(self):
        return "\n".join(self.infos + self.warnings + self.errors)


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    return tmp_path_factory.mktemp("qgis-process-profile")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A copy of the sample dataset (QGIS opens the copy, never the repository's file)."""
    path = tmp_path_factory.mktemp("dataset") / "liaoyuan.gpkg"
    shutil.copy(SAMPLE_DATASET_PATH, path)
    return str(path)


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def digests(paths):
    return {os.path.basename(p): digest(p) for p in paths}


def leftovers(folder):
    return [name for name in os.listdir(folder) if name.startswith(TEMPORARY_TAG)]


def run(parameters, feedback=None):
    from qgis import processing
    return processing.run("zoning:conformity", parameters, feedback=feedback or Log())


def table_rows(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def read_layer(path):
    """[{field: value}] of a file's layer through QGIS (a shapefile in its .cpg's encoding; NULL as None)."""
    layer = QgsVectorLayer(str(path), "read", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return [{name: (None if value is None or (isinstance(value, QVariant) and value.isNull()) else value)
             for name, value in zip(names, feature.attributes())} for feature in layer.getFeatures()]


# -- no field length can fail a run ------------------------------------------------------------------
@pytest.mark.parametrize("table, id_field", [("counties", "name"), ("control_units", "unit_code")])
@pytest.mark.parametrize("extension", ["gpkg", "shp"])
def test_county_outlines_and_the_units_layer_itself_overlay_into_a_geopackage_and_a_shapefile(
        zoning_provider, sample, tmp_path, table, id_field, extension):
    """A county covers dozens of units: the lists stay whole in a GeoPackage; a shapefile's
    254-byte fields get them cut after a whole unit code, ending in “…”, with 说明 and the log
    saying what was cut and the units table holding all. The units layer itself gives each unit its
    own code alone (before issue 15 §7 a general unit picked up 22 neighbours along its boundary,
    and this test used it for a long list)."""
    layer = QgsVectorLayer(f"{sample}|layername={table}", table, "ogr")
    count = layer.featureCount()
    out, units = tmp_path / f"out.{extension}", tmp_path / "units.csv"
    feedback = Log()
    result = run({"INPUT": layer, "ID_FIELD": id_field, "OUTPUT": str(out), "OUTPUT_UNITS": str(units),
                  "DATASET": sample}, feedback)
    del layer
    assert result["FEATURES"] == count
    full = {}
    for row in table_rows(units):
        full.setdefault(row[id_field], []).append(row["单元编码"])
    written = {row[id_field]: row for row in read_layer(out)}
    assert len(written) == count
    too_long = {key for key, codes in full.items() if len(LIST.join(codes).encode("gbk")) > 254}
    if table == "control_units":
        assert all(codes == [key] for key, codes in full.items()), full
    else:
        assert too_long             # the lists that stopped the run before
    for key, codes in full.items():
        shown, message = written[key]["单元编码"], written[key]["说明"] or ""
        if extension == "gpkg" or key not in too_long:
            assert shown == LIST.join(codes) and "254" not in message, key
            continue
        kept = shown.split(LIST)
        assert kept[-1] == CUT and kept[:-1] == codes[:len(kept) - 1], shown     # whole codes, largest first
        assert len(shown.encode("gbk")) <= 254 and len(message.encode("gbk")) <= 254
        assert f"单元编码 {len(kept) - 1}/{len(codes)}" in message and "units table" in message
    if table == "counties":         # areas of 10 digits, whole in a dBase number too
        from zoning_plugin.core import open_dataset
        held = open_dataset(sample).counties
        for record, shape in zip(held.records, held.metric):
            assert written[record["name"]]["面积"] == pytest.approx(shape.area, rel=1e-5)   # edges densified
    if extension == "shp" and not too_long:
        assert "have lists too long" not in feedback.log
    elif extension == "shp":
        assert f"{len(too_long)} feature(s) have lists too long for a shapefile's text fields" in feedback.log
        assert sum("cut to the shapefile's 254 bytes: 单元编码" in line for line in feedback.infos) == len(too_long)
    assert not leftovers(tmp_path)


def test_the_county_outlines_through_qgis_process_into_a_shapefile(profile, sample, tmp_path):
    done = qgis_process(profile, "zoning:conformity", {"INPUT": f"{sample}|layername=counties",
                                                       "OUTPUT": str(tmp_path / "counties.shp"),
                                                       "OUTPUT_UNITS": str(tmp_path / "units.csv"),
                                                       "DATASET": sample})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Could not write feature" not in done.stdout + done.stderr
    assert "have lists too long for a shapefile's text fields" in done.stdout
    rows = read_layer(tmp_path / "counties.shp")
    assert len(rows) == 4 and any(row["单元编码"].endswith(LIST + CUT) for row in rows)
    assert open(tmp_path / "counties.cpg").read().strip() == "GBK"


# -- cancels and kills ---------------------------------------------------------------------------
def test_a_cancel_at_any_point_leaves_every_old_output_as_it_was(zoning_provider, half_square, tmp_path,
                                                                monkeypatch):
    """A first run writes the three outputs; runs cancelled while the layer is overlaid, after
    80 % while the maps are drawn and while the page is made change none of them and leave no
    temporary file."""
    from zoning_plugin.core.engine import overlay as overlay_module
    monkeypatch.setattr(overlay_module, "CHUNK_FEATURES", 10)     # six chunks: a cancel between them
    wkt, _priority, _other = half_square
    layer = layer_of([(wkt, f"p{n}") for n in range(60)])
    paths = [tmp_path / "out.gpkg", tmp_path / "units.csv", tmp_path / "report.html"]
    parameters = {"INPUT": layer, "OUTPUT": str(paths[0]), "OUTPUT_UNITS": str(paths[1]),
                  "OUTPUT_HTML": str(paths[2])}
    paths.append(tmp_path / "units.provenance.txt")        # the CSV's provenance (core/dataset/provenance.py)
    run(parameters)
    old = digests(paths)
    for cancel_at in (1, 40, 84, 86, 90):
        feedback = Log(cancel_at=cancel_at)
        try:
            run(parameters, feedback)
        except QgsProcessingException:
            pass            # Processing may say the run did not finish; what matters is on disk
        assert feedback.isCanceled(), cancel_at
        assert "Cancelled: nothing was written." in feedback.log, cancel_at
        assert digests(paths) == old, cancel_at
        assert sorted(os.listdir(tmp_path)) == ["out.gpkg", "report.html", "units.csv", "units.provenance.txt"], \
            cancel_at


def make_plan(path, spacing=450.0):
    """Square parcels `spacing` m wide over the sample city (EPSG:4551), about 25,000 of them:
    a plan that takes qgis_process a few seconds."""
    import shapely
    from osgeo import osr
    from zoning_plugin.core import open_dataset
    city = open_dataset().city_metric
    x0, y0, x1, y1 = city.bounds
    import numpy
    xs, ys = numpy.meshgrid(numpy.arange(x0, x1, spacing), numpy.arange(y0, y1, spacing))
    cells = shapely.box(xs.ravel(), ys.ravel(), xs.ravel() + spacing * 0.98, ys.ravel() + spacing * 0.98)
    cells = cells[shapely.contains_xy(city, xs.ravel() + spacing / 2, ys.ravel() + spacing / 2)]
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4551)
    layer = source.CreateLayer("plan", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("地块编号", ogr.OFTString))
    layer.StartTransaction()
    for n, cell in enumerate(cells):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("地块编号", f"D{n:05d}")
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(cell)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None
    return len(cells)


def whole(paths, features, rows):
    """Why any output is not a whole one of the run (None when all are whole)."""
    gpkg, units, report = paths
    problem = check_sqlite(str(gpkg))
    if problem:
        return f"{gpkg.name}: {problem}"
    connection = sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)
    try:
        table = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()
    if count != features:
        return f"{gpkg.name}: {count} of {features} features"
    if len(table_rows(units)) != rows:
        return f"{units.name}: {len(table_rows(units))} of {rows} rows"
    if not report.read_text(encoding="utf-8").rstrip().endswith("</html>"):
        return f"{report.name}: cut short"
    return None


def test_a_kill_at_random_moments_leaves_each_output_old_or_new_never_broken(profile, sample, tmp_path):
    """SIGKILL at twelve moments spread over a run of a ~25,000-parcel plan (reading, overlaying
    and writing aside, the maps, the commit): every time each of the three outputs is the old one
    or a whole new one: the GeoPackage opens and passes integrity_check with every feature, the CSV
    has every row, the page is whole."""
    from qgis_process_support import run_killed
    plan = tmp_path / "plan.gpkg"
    features = make_plan(plan)
    folder = tmp_path / "out"
    paths = [folder / "conformity.gpkg", folder / "units.csv", folder / "report.html"]
    parameters = {"INPUT": str(plan), "OUTPUT": str(paths[0]), "OUTPUT_UNITS": str(paths[1]),
                  "OUTPUT_HTML": str(paths[2]), "DATASET": sample}
    start = time.monotonic()
    done = qgis_process(profile, "zoning:conformity", parameters)
    seconds = time.monotonic() - start
    assert done.returncode == 0, done.stdout + done.stderr
    rows = len(table_rows(paths[1]))
    assert whole(paths, features, rows) is None
    for n in range(12):
        moment = seconds * (0.15 + 0.08 * n)         # 15 % … 103 % of a whole run
        run_killed(profile, "zoning:conformity", parameters, moment)
        assert whole(paths, features, rows) is None, (moment, whole(paths, features, rows))
    # what a kill leaves aside is never under the user's names, and the next whole run sweeps it
    assert all(name.startswith(TEMPORARY_TAG) for name in os.listdir(folder)
               if name not in ("conformity.gpkg", "units.csv", "report.html", "units.provenance.txt"))
    assert qgis_process(profile, "zoning:conformity", parameters).returncode == 0
    assert sorted(os.listdir(folder)) == ["conformity.gpkg", "report.html", "units.csv", "units.provenance.txt"]
    assert whole(paths, features, rows) is None


# -- a full disk ---------------------------------------------------------------------------------
@pytest.mark.parametrize("limit", [20_000, 200_000])
def test_a_full_disk_fails_the_run_and_keeps_the_old_outputs(profile, sample, tmp_path, limit):
    """With every file limited to `limit` bytes (as a full disk), the GeoPackage (20 kB) or the
    page (200 kB) cannot be written: a non-zero exit, one line naming the user's file, the old
    outputs byte-identical and nothing left beside them."""
    paths = [tmp_path / "counties.gpkg", tmp_path / "units.csv", tmp_path / "report.html"]
    parameters = {"INPUT": f"{sample}|layername=counties", "OUTPUT": str(paths[0]), "OUTPUT_UNITS": str(paths[1]),
                  "OUTPUT_HTML": str(paths[2]), "DATASET": sample}
    assert qgis_process(profile, "zoning:conformity", parameters).returncode == 0
    paths.append(tmp_path / "units.provenance.txt")        # the CSV's provenance (core/dataset/provenance.py)
    old = digests(paths)
    done = qgis_process(profile, "zoning:conformity", parameters, file_size=limit)
    text = done.stdout + done.stderr
    assert done.returncode != 0
    named = paths[0] if limit < 100_000 else paths[2]
    assert f"“{named}” cannot be written" in text and "Any older file of that name is unchanged" in text
    assert TEMPORARY_TAG not in text and "Traceback" not in text
    assert digests(paths) == old
    assert sorted(os.listdir(tmp_path)) == ["counties.gpkg", "report.html", "units.csv", "units.provenance.txt"]


# -- numbers, names ------------------------------------------------------------------------------
@pytest.mark.parametrize("value, says", [
    ("nan", "“nan” is not a finite number"), ("inf", "“inf” is not a finite number"),
    ("-1", "-1 is below the smallest value allowed, 0"), ("5t", "“5t” is not a number"),
    ("2,5", "the comma is ambiguous")])
def test_a_min_area_that_is_not_a_usable_number_is_refused_with_its_name(profile, sample, tmp_path, value, says):
    out = tmp_path / "out.gpkg"
    done = qgis_process(profile, "zoning:conformity", {"INPUT": f"{sample}|layername=counties", "OUTPUT": str(out),
                                                       "MIN_AREA": value, "DATASET": sample})
    assert done.returncode != 0
    assert "Smallest overlap that counts (m²) (MIN_AREA)" in done.stdout + done.stderr
    assert says in done.stdout + done.stderr
    assert os.listdir(tmp_path) == []


def test_a_min_area_in_full_width_digits_or_with_its_unit_is_read_and_said(zoning_provider, half_square, tmp_path):
    wkt, _priority, _other = half_square
    for value in ("５", "5 m²", "5平方米"):
        feedback = Log()
        result = run({"INPUT": layer_of([(wkt, "a")]), "OUTPUT": "memory:", "MIN_AREA": value}, feedback)
        assert result["FEATURES"] == 1
        assert f"(MIN_AREA): 「{value}」→ 5" in feedback.log
    with pytest.raises(QgsProcessingException, match="not a finite number"):
        run({"INPUT": layer_of([(wkt, "a")]), "OUTPUT": "memory:", "MIN_AREA": float("nan")})


@pytest.mark.parametrize("name", ["x.pdf", "x.docx", "x"])
def test_a_report_name_that_is_not_html_is_refused_and_nothing_is_written(profile, sample, tmp_path, name):
    """OUTPUT_HTML=x.pdf used to write x.pdf.html over whatever had that name: now the run is
    refused before it starts, x.pdf and x.pdf.html untouched."""
    for existing in (name, name + ".html"):
        (tmp_path / existing).write_text("the user's", encoding="utf-8")
    done = qgis_process(profile, "zoning:conformity", {"INPUT": f"{sample}|layername=counties",
                                                       "OUTPUT": str(tmp_path / "out.gpkg"),
                                                       "OUTPUT_HTML": str(tmp_path / name), "DATASET": sample})
    assert done.returncode != 0
    assert "is a web page: give a file name ending in .html or .htm" in done.stdout + done.stderr
    assert sorted(os.listdir(tmp_path)) == sorted([name, name + ".html"])
    assert all((tmp_path / n).read_text(encoding="utf-8") == "the user's" for n in (name, name + ".html"))


@pytest.mark.parametrize("output", ["OUTPUT", "OUTPUT_UNITS"])
def test_an_output_onto_the_dataset_or_the_input_is_refused(zoning_provider, sample, tmp_path, output):
    copy, plan = tmp_path / "dataset.gpkg", tmp_path / "plan.gpkg"
    shutil.copy(sample, copy)
    shutil.copy(os.path.join(os.path.dirname(SAMPLE_DATASET_PATH), "sample_plan.gpkg"), plan)
    before = digests([copy, plan])
    # the dataset given as DATASET is an input of the run too: either sentence refuses it
    for target, says in ((copy, "would overwrite (the zoning dataset|an input)"), (plan, "would overwrite an input")):
        parameters = {"INPUT": f"{plan}|layername=plan_parcels", "OUTPUT": str(tmp_path / "out.gpkg"),
                      "DATASET": str(copy), output: str(target)}
        with pytest.raises(QgsProcessingException, match=says):
            run(parameters)
    assert digests([copy, plan]) == before
    assert sorted(os.listdir(tmp_path)) == ["dataset.gpkg", "plan.gpkg"]


# -- reading never writes ------------------------------------------------------------------------
def wal_copy(sample, folder):
    path = os.path.join(folder, "wal.gpkg")
    shutil.copy(sample, path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    connection.close()
    return path


def state(path):
    return digest(path), os.path.exists(path + "-wal"), os.path.exists(path + "-shm")


def test_a_dataset_in_wal_mode_keeps_every_byte_through_a_run_with_its_report(zoning_provider, profile, sample,
                                                                              tmp_path):
    """The report's maps used to open the dataset's tables with QGIS's OGR provider, which sets a
    GeoPackage back to journal_mode=DELETE when it closes it (bytes 18-19 of the header). Through
    qgis_process and processing.run, the dataset's file is byte-identical after the run and no
    -wal/-shm is left."""
    dataset_path = wal_copy(sample, str(tmp_path))
    before = state(dataset_path)
    assert before[1:] == (False, False) and open(dataset_path, "rb").read(20)[18:20] == b"\x02\x02"
    plan = str(tmp_path / "plan.gpkg")
    shutil.copy(os.path.join(os.path.dirname(SAMPLE_DATASET_PATH), "sample_plan.gpkg"), plan)
    done = qgis_process(profile, "zoning:conformity", {
        "INPUT": f"{plan}|layername=plan_parcels", "OUTPUT": str(tmp_path / "a.gpkg"),
        "OUTPUT_HTML": str(tmp_path / "a.html"), "DATASET": dataset_path})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "data:image/png;base64," in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert state(dataset_path) == before
    layer = QgsVectorLayer(f"{plan}|layername=plan_parcels", "plan", "ogr")
    run({"INPUT": layer, "OUTPUT": str(tmp_path / "b.gpkg"), "OUTPUT_HTML": str(tmp_path / "b.html"),
         "DATASET": dataset_path})
    assert state(dataset_path) == before


# -- hostile coordinates -------------------------------------------------------------------------
def test_coordinates_of_1e200_and_nan_end_with_a_message_and_the_rest_is_analysed(zoning_provider, half_square,
                                                                                 tmp_path):
    wkt, _priority, _other = half_square
    layer = layer_of([("POLYGON((1e200 1e200, 2e200 1e200, 2e200 2e200, 1e200 1e200))", "huge"),
                      (None, "nan"), (wkt, "ok")])
    nan = math.nan
    ring = QgsLineString([QgsPoint(nan, nan), QgsPoint(430000, 4750000), QgsPoint(430100, 4750000), QgsPoint(nan, nan)])
    polygon = QgsPolygon()
    polygon.setExteriorRing(ring)
    feature = next(f for f in layer.getFeatures() if f["name"] == "nan")
    assert layer.dataProvider().changeGeometryValues({feature.id(): QgsGeometry(polygon)})
    assert math.isnan(next(f for f in layer.getFeatures() if f["name"] == "nan").geometry().vertexAt(0).x())
    feedback = Log()
    result = run({"INPUT": layer, "OUTPUT": str(tmp_path / "out.gpkg"), "OUTPUT_UNITS": str(tmp_path / "u.csv"),
                  "OUTPUT_HTML": str(tmp_path / "r.html"), "ID_FIELD": "name"}, feedback)
    assert result["FEATURES"] == 3
    rows = {row["name"]: row for row in read_layer(tmp_path / "out.gpkg")}
    assert rows["ok"]["状态"] == "ok" and rows["huge"]["状态"] != "ok" and rows["huge"]["说明"]
    assert rows["nan"]["状态"] != "ok"
    assert "Feature huge:" in feedback.log
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    overview = int(page.split("Overview map (1:")[1].split(")")[0].replace(",", ""))
    assert overview < 10_000_000        # the map shows the analysed parcel, not a dot at 1e200


def test_a_geopackage_output_names_its_table_after_the_file(zoning_provider, half_square, tmp_path):
    wkt, _priority, _other = half_square
    run({"INPUT": layer_of([(wkt, "a")]), "OUTPUT": str(tmp_path / "conformity.gpkg")})
    connection = sqlite3.connect(str(tmp_path / "conformity.gpkg"))
    try:
        assert connection.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name").fetchall() == \
            [("conformity",), ("layer_styles",), ("zoning_provenance",)]
        # the layer, its field aliases as its default style (algorithms/field_aliases.py) and its
        # provenance (core/dataset/provenance.py)
    finally:
        connection.close()


def test_a_file_mixing_points_and_polygons_never_measures_a_polygon_as_a_point(zoning_provider, tmp_path):
    """QGIS reads a GeoJSON of a point and a polygon as a point layer (its first feature's type):
    the polygon is not analysed as a point without area, nor written into the point layer."""
    source = tmp_path / "mixed.geojson"
    source.write_text(
        '{"type":"FeatureCollection","features":['
        '{"type":"Feature","properties":{"n":1},"geometry":{"type":"Point","coordinates":[125.145,42.902]}},'
        '{"type":"Feature","properties":{"n":2},"geometry":{"type":"Polygon","coordinates":'
        '[[[125.14,42.90],[125.15,42.90],[125.15,42.91],[125.14,42.90]]]}}]}', encoding="utf-8")
    before = source.read_bytes()
    feedback = Recorder()
    run({"INPUT": str(source), "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
    datasource = ogr.Open(str(tmp_path / "out.gpkg"))
    layer = datasource.GetLayer(0)
    rows = [(f.GetField("n"), f.GetField("状态"), f.GetGeometryRef().GetGeometryName(), f.GetGeometryRef().IsEmpty())
            for f in layer]
    assert ogr.GeometryTypeToName(layer.GetGeomType()) == "Point"
    datasource = None
    assert rows == [(1, "ok", "POINT", False), (2, "invalid", "POINT", True)]
    assert any("mixes geometry types" in e for e in feedback.errors)
    assert source.read_bytes() == before
