"""zoning:screen_project and zoning:screen_list never lose a user's data and never answer wrongly in
silence (issue 14), run as a user runs them: scripts/qgis_process from a shell (exit codes, a full
disk through RLIMIT_FSIZE, SIGKILLs) and processing.run.

- an output onto the input or the dataset is refused, the input byte-identical;
- a full disk gives a non-zero exit and leaves the old output as it was; a kill at any moment leaves
  the old output or the complete new one; a cancel writes nothing;
- a boiler typed `20t` or `２０` is read as 20 and said; `20,5`, `abc`, `nan`, `-3` are refused with
  the parameter's name (no longer "no boiler", which turned 禁止 into 严格控制);
- two overlapping self-intersecting polygons, NaN coordinates and a 300-character name end with a
  result or a message, never a traceback."""
import json
import os
import random
import shutil
import subprocess
import time

import pytest
import shapely
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from qgis_process_support import SCRIPT, arguments, environment, run_killed
from qgis_process_support import run as qgis_process
from zoning_plugin.core import open_dataset
from zoning_plugin.core.geo import reproject
from processing_support import Recorder


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """A QGIS profile of its own, started once so that a file-size limit only meets our outputs."""
    root = tmp_path_factory.mktemp("screen-profile")
    done = qgis_process(root, "zoning:screen_project", {})      # fails (no INPUT) after QGIS set it up
    assert done.returncode != 0
    return root


def write_sites(path, rows, crs=4551, kind=ogr.wkbUnknown):
    """A GeoPackage of sites: rows of (shapely geometry, industry code, boiler text)."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(crs)
    layer = source.CreateLayer("sites", srs, kind)
    for name in ("code", "boiler"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for geometry, code, boiler in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        feature.SetField("code", code)
        if boiler is not None:
            feature.SetField("boiler", boiler)
        layer.CreateFeature(feature)
    source = None
    return str(path)


def lonlat(point_4551):
    p = reproject(point_4551, "EPSG:4551", "EPSG:4490")
    return p.x, p.y


def write_list(path, rows):
    """A UTF-8 CSV list: rows of (name, lon, lat, code, boiler)."""
    def cell(value):
        text = "" if value is None else str(value)
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"') else text
    lines = ["企业名称,经度,纬度,行业代码,燃煤锅炉"] + [",".join(cell(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def many_rows(places, count):
    """`count` rows about the sample's known places, each with its own name."""
    spots = [lonlat(places[key]) for key in ("river300", "built_up", "open")]
    codes = ["C2614", "D4430", "I65"]
    return [(f"企业{n}", *spots[n % 3], codes[n % 3], "20" if n % 3 == 1 else None) for n in range(count)]


def said(done):
    return done.stdout + done.stderr


# -- numbers -------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["20t", "２０", "20 蒸吨/小时"])
def test_a_boiler_typed_with_a_unit_or_full_width_is_read_as_20_and_said(zoning_provider, places, tmp_path, typed):
    from qgis import processing
    layer = QgsVectorLayer("Point?crs=EPSG:4551", "site", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(places["built_up"].wkt))
    layer.dataProvider().addFeatures([feature])
    feedback = Recorder()
    result = processing.run("zoning:screen_project", {"INPUT": layer, "INDUSTRY_CODE": "D4430", "BOILER_TPH": typed,
                                                      "OUTPUT": "memory:"}, feedback=feedback)
    assert result["VERDICT"] == "禁止"
    assert {f["boiler_tph"] for f in result["OUTPUT"].getFeatures()} == {20.0}      # on every row of the site
    assert any("(BOILER_TPH)" in i and f"「{typed}」→ 20" in i for i in feedback.infos), feedback.infos


def test_boiler_sizes_through_qgis_process(profile, places, tmp_path):
    site = write_sites(tmp_path / "site.gpkg", [(places["built_up"], "D4430", None)])
    table, document = tmp_path / "table.csv", tmp_path / "screening.json"
    done = qgis_process(profile, "zoning:screen_project", {"INPUT": site, "INDUSTRY_CODE": "D4430",
                                                           "BOILER_TPH": "5t", "OUTPUT": table, "JSON": document})
    assert done.returncode == 0, said(done)
    assert "「5t」→ 5" in done.stdout and "VERDICT:\t禁止" in done.stdout
    assert json.loads(document.read_text(encoding="utf-8"))["sites"][0]["project"]["boiler_tph"] == 5.0
    old = (table.read_bytes(), document.read_bytes())
    for typed, words in (("20,5", "comma is ambiguous"), ("abc", "is not a number"),
                         ("nan", "is not a finite number"), ("-3", "below the smallest value allowed")):
        done = qgis_process(profile, "zoning:screen_project", {"INPUT": site, "INDUSTRY_CODE": "D4430",
                                                               "BOILER_TPH": typed, "OUTPUT": table, "JSON": document})
        assert done.returncode != 0 and "(BOILER_TPH)" in said(done) and words in said(done), said(done)
        assert "Traceback" not in said(done)
        assert (table.read_bytes(), document.read_bytes()) == old


def test_a_bad_boiler_cell_is_that_rows_error_and_5t_is_read(profile, places, tmp_path):
    built = lonlat(places["built_up"])
    rows = [("甲", *built, "D4430", "5t"), ("乙", *built, "D4430", "５"), ("丙", *built, "D4430", "20,5"),
            ("丁", *built, "D4430", "abc"), ("戊", *built, "D4430", "nan"), ("己", *built, "D4430", "-3")]
    path = write_list(tmp_path / "list.csv", rows)
    document = tmp_path / "list.json"
    done = qgis_process(profile, "zoning:screen_list", {"INPUT": path, "OUTPUT": tmp_path / "t.gpkg",
                                                        "JSON": document})
    assert done.returncode == 0, said(done)
    sites = {s["name"]: s for s in json.loads(document.read_text(encoding="utf-8"))["sites"]}
    for name, typed in (("甲", "5t"), ("乙", "５")):
        assert sites[name]["verdict"] == "禁止" and sites[name]["project"]["boiler_read"] == f"「{typed}」→ 5"
        assert any(name in line and f"「{typed}」→ 5" in line or f"「{typed}」→ 5" in line
                   for line in done.stdout.splitlines())
    for name, words in (("丙", "is ambiguous"), ("丁", "is not a number"), ("戊", "is not finite"), ("己", "cannot be negative")):
        assert "verdict" not in sites[name] and words in sites[name]["error"], sites[name]
        assert any(f"({name})" in line and words in line for line in said(done).splitlines())


# -- outputs onto inputs, full disk, kills, cancels ---------------------------------------------
def test_outputs_onto_the_input_or_the_dataset_are_refused(profile, places, tmp_path):
    site = write_sites(tmp_path / "site.gpkg", [(places["open"], "I65", None)])
    dataset = tmp_path / "city.gpkg"
    shutil.copyfile(open_dataset().path, dataset)
    listed = write_list(tmp_path / "list.csv", many_rows(places, 3))
    before = {p: open(p, "rb").read() for p in (site, str(dataset), listed)}
    cases = [("zoning:screen_project", {"INPUT": site, "INDUSTRY_CODE": "I65", "OUTPUT": site}),
             ("zoning:screen_project", {"INPUT": site, "INDUSTRY_CODE": "I65", "OUTPUT": tmp_path / "t.csv",
                                        "JSON": site}),
             ("zoning:screen_project", {"INPUT": site, "INDUSTRY_CODE": "I65", "DATASET": dataset,
                                        "OUTPUT": tmp_path / "t.csv", "JSON": dataset}),
             ("zoning:screen_list", {"INPUT": listed, "OUTPUT": listed}),
             ("zoning:screen_list", {"INPUT": listed, "OUTPUT": tmp_path / "t.csv", "POINTS": site.replace(
                 "site.gpkg", "list.csv")}),
             ("zoning:screen_list", {"INPUT": listed, "DATASET": dataset, "OUTPUT": dataset})]
    for algorithm, parameters in cases:
        done = qgis_process(profile, algorithm, parameters)
        assert done.returncode != 0, (parameters, said(done))
        assert "would overwrite" in said(done) and "Traceback" not in said(done), said(done)
        assert {p: open(p, "rb").read() for p in before} == before
    assert not (tmp_path / "t.csv").exists()
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".zoning-tmp-")]


def test_a_full_disk_fails_and_leaves_the_old_outputs(profile, places, tmp_path):
    path = write_list(tmp_path / "list.csv", many_rows(places, 300))
    table, points, document = tmp_path / "table.csv", tmp_path / "points.gpkg", tmp_path / "list.json"
    done = qgis_process(profile, "zoning:screen_list", {"INPUT": path, "OUTPUT": table, "POINTS": points,
                                                        "JSON": document})
    assert done.returncode == 0, said(done)
    assert document.stat().st_size > 200_000
    old = {p: p.read_bytes() for p in (table, points, document)}
    done = qgis_process(profile, "zoning:screen_list", {"INPUT": path, "OUTPUT": table, "POINTS": points,
                                                        "JSON": document}, file_size=120_000)
    assert done.returncode != 0, said(done)
    assert "list.json" in said(done) and "Traceback" not in said(done), said(done)
    assert ".zoning-tmp-" not in said(done).split("ERROR:")[-1]         # the user's path, not ours
    assert {p: p.read_bytes() for p in old} == old
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".zoning-tmp-")]


def test_a_kill_at_any_moment_leaves_the_old_or_the_complete_new_outputs(profile, places, tmp_path):
    count = 600
    path = write_list(tmp_path / "list.csv", many_rows(places, count))
    table, document = tmp_path / "table.csv", tmp_path / "list.json"
    parameters = {"INPUT": path, "OUTPUT": table, "JSON": document}
    start = time.monotonic()
    assert qgis_process(profile, "zoning:screen_list", {**parameters, "OUTPUT": tmp_path / "t.csv",
                                                        "JSON": tmp_path / "t.json"}).returncode == 0
    duration = time.monotonic() - start
    table.write_text("old table\n", encoding="utf-8")
    document.write_text('{"old": true}\n', encoding="utf-8")
    chance = random.Random(14)
    moments = sorted(duration * chance.uniform(0.2, 1.2) for _ in range(10))
    outcomes = []
    for moment in moments:
        before = (table.read_bytes(), document.read_bytes())
        run_killed(profile, "zoning:screen_list", parameters, moment)
        after = (table.read_bytes(), document.read_bytes())
        if after == before:
            outcomes.append("unchanged")
        else:
            assert len(json.loads(after[1])["sites"]) == count      # complete, never cut
            assert after[0].count(b"\n") >= count + 1 and after[0] != before[0]
            outcomes.append("new")
    assert "unchanged" in outcomes, (duration, moments, outcomes)


def test_a_cancel_after_the_screening_writes_nothing(zoning_provider, places, tmp_path):
    from qgis import processing

    class CancelAtTheSummary(Recorder):
        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            super().pushInfo(info)
            if info.startswith("Summary by verdict"):
                self.cancel()

    path = write_list(tmp_path / "list.csv", many_rows(places, 6))
    table, points, document = tmp_path / "table.gpkg", tmp_path / "points.csv", tmp_path / "list.json"
    for p in (table, points, document):
        p.write_bytes(b"old " + p.name.encode())
    feedback = CancelAtTheSummary()
    result = processing.run("zoning:screen_list", {"INPUT": path, "OUTPUT": str(table), "POINTS": str(points),
                                                   "JSON": str(document)}, feedback=feedback)
    assert not result.get("JSON") and any("Cancelled: nothing was written" in i for i in feedback.infos)
    for p in (table, points, document):
        assert p.read_bytes() == b"old " + p.name.encode()
    assert sorted(os.listdir(tmp_path)) == ["list.csv", "list.json", "points.csv", "table.gpkg"]


# -- inputs that crashed ----------------------------------------------------------------------
def test_two_overlapping_self_intersecting_polygons_are_one_repaired_site(profile, places, tmp_path):
    x, y = places["built_up"].x, places["built_up"].y
    bow = shapely.Polygon([(x - 300, y - 300), (x + 300, y + 300), (x + 300, y - 300), (x - 300, y + 300)])
    other = shapely.affinity.translate(bow, 150, 0)
    site = write_sites(tmp_path / "bows.gpkg", [(bow, "D4430", None), (other, "D4430", None)], kind=ogr.wkbPolygon)
    document = tmp_path / "screening.json"
    done = qgis_process(profile, "zoning:screen_project", {"INPUT": site, "INDUSTRY_CODE": "D4430", "BOILER_TPH": 20,
                                                           "OUTPUT": tmp_path / "t.csv", "JSON": document})
    assert done.returncode == 0 and "Traceback" not in said(done), said(done)
    data = json.loads(document.read_text(encoding="utf-8"))
    assert data["sites"][0]["verdict"] == "禁止" and data["sites"][0]["site"]["kind"] == "polygon"
    assert any("make_valid" in m for m in data["sites"][0]["messages"])


def test_nan_coordinates_end_with_a_message(profile, places, tmp_path):
    x, y = places["open"].x, places["open"].y
    broken = shapely.Polygon([(x, y), (float("nan"), y + 100), (x + 100, y + 100), (x, y)])
    site = write_sites(tmp_path / "nan.gpkg", [(broken, "I65", None), (places["open"].buffer(50), "I65", None)],
                       kind=ogr.wkbPolygon)
    table, document = tmp_path / "t.csv", tmp_path / "s.json"
    done = qgis_process(profile, "zoning:screen_project", {"INPUT": site, "INDUSTRY_CODE": "I65", "PER_FEATURE": "true",
                                                           "OUTPUT": table, "JSON": document})
    assert done.returncode == 0 and "Traceback" not in said(done), said(done)
    sites = json.loads(document.read_text(encoding="utf-8"))["sites"]
    assert sites[0]["error"] and "NaN" in sites[0]["error"] and sites[1]["verdict"] == "未发现限制"
    done = qgis_process(profile, "zoning:screen_project", {"INPUT": site, "INDUSTRY_CODE": "I65",
                                                           "OUTPUT": tmp_path / "t2.csv", "JSON": tmp_path / "s2.json"})
    assert done.returncode != 0 and "Nothing could be screened" in said(done) and "NaN" in said(done), said(done)
    assert "Traceback" not in said(done) and not (tmp_path / "s2.json").exists()


@pytest.mark.parametrize("extension", ["gpkg", "csv", "xlsx"])
def test_a_300_character_name_is_kept_whole(profile, places, tmp_path, extension):
    name = "很长的企业名称" * 43 + "末"
    assert len(name) > 300
    path = write_list(tmp_path / "list.csv", [(name, *lonlat(places["river300"]), "C2614", None)])
    table, points = tmp_path / f"table.{extension}", tmp_path / f"points.{extension}"
    done = qgis_process(profile, "zoning:screen_list", {"INPUT": path, "OUTPUT": table, "POINTS": points,
                                                        "JSON": tmp_path / "list.json"})
    assert done.returncode == 0 and "Traceback" not in said(done), said(done)
    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")    # a row of text cells only: its header read as such
    try:
        for output in (table, points):
            source = gdal.OpenEx(str(output), gdal.OF_VECTOR)
            assert {f.GetField("name") for f in source.GetLayer(0)} == {name}
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", None)


def test_a_shapefile_says_what_it_cut_and_keeps_whole_characters(profile, places, tmp_path):
    name = "很长的企业名称" * 43
    path = write_list(tmp_path / "list.csv", [(name, *lonlat(places["river300"]), "C2614", None)])
    points = tmp_path / "points.shp"
    done = subprocess.run([SCRIPT, *arguments("zoning:screen_list", {"INPUT": path, "OUTPUT": tmp_path / "t.gpkg",
                                                                     "POINTS": points})],
                          env=environment(profile), capture_output=True, timeout=300)
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8", "replace")     # GDAL's own words: bytes
    assert done.returncode == 0 and "Traceback" not in out + err, out + err
    assert "points.shp: a shapefile field holds at most 254 bytes; values were cut in" in out
    assert "企业名称 (1)" in out and "name (1)" in out and "企业名称 → 企业名" in out
    layer = QgsVectorLayer(str(points), "p", "ogr")
    assert "企业名" in layer.fields().names() and "industry_c" in layer.fields().names()
    kept = [f["name"] for f in layer.getFeatures()]
    assert len(kept) == 1 and name.startswith(kept[0]) and 240 < len(kept[0].encode("utf-8")) <= 254


# -- output layers hold what their type says ----------------------------------------------------
def test_a_mixed_geojson_list_gives_points_only(zoning_provider, places, tmp_path):
    from qgis import processing
    river, built = lonlat(places["river300"]), lonlat(places["built_up"])
    features = [{"type": "Feature", "properties": {"企业名称": "面", "经度": river[0], "纬度": river[1], "行业代码": "C2614"},
                 "geometry": shapely.geometry.mapping(shapely.Point(river).buffer(0.01))},
                {"type": "Feature", "properties": {"企业名称": "点", "经度": built[0], "纬度": built[1], "行业代码": "I65"},
                 "geometry": shapely.geometry.mapping(shapely.Point(built))}]
    path = tmp_path / "mixed.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    points = tmp_path / "points.gpkg"
    result = processing.run("zoning:screen_list", {"INPUT": str(path), "OUTPUT": "memory:", "POINTS": str(points)},
                            feedback=Recorder())
    layer = QgsVectorLayer(result["POINTS"], "points", "ogr")
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PointGeometry
    found = list(layer.getFeatures())
    assert found and all(f.geometry().type() == QgsWkbTypes.PointGeometry for f in found)


# -- spreadsheets --------------------------------------------------------------------------------
def test_a_formula_in_the_list_comes_out_as_text_in_csv(zoning_provider, places, tmp_path):
    from qgis import processing
    formula = '=HYPERLINK("http://example.com/x","点我")'
    path = write_list(tmp_path / "list.csv", [(formula, *lonlat(places["open"]), "I65", None),
                                              ("+1+2", *lonlat(places["open"]), "I65", None)])
    table, points = tmp_path / "table.csv", tmp_path / "points.csv"
    processing.run("zoning:screen_list", {"INPUT": path, "OUTPUT": str(table), "POINTS": str(points)},
                   feedback=Recorder())
    for output in (table, points):
        text = output.read_text(encoding="utf-8")
        assert "'=HYPERLINK(" in text and "'+1+2" in text, text
        assert ",=HYPERLINK" not in text and ',"=HYPERLINK' not in text and "\n=HYPERLINK" not in text
