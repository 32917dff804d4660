"""zoning:conformity through processing.run on memory layers with known answers."""
import hashlib
import html
import math
import os
import re

import numpy as np
import pytest
import shapely
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry,
                       QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProcessingFeedback,
                       QgsProject, QgsVectorLayer)

from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.provider import ZoningProvider
from zoning_plugin.core import open_dataset
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject

FLAGS = {"priority": "Touches a priority protection unit", "buffer": "Touches a river ecological buffer",
         "partly_outside": "Partly outside the city", "outside": "Outside the city"}


@pytest.fixture()
def zoning_provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    provider = ZoningProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


class Recorder(QgsProcessingFeedback):
    def __init__(self, cancel_at=None):
        super().__init__()
        self.infos, self.errors, self.cancel_at = [], [], cancel_at
        self.progressChanged.connect(self._progress)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.infos.append(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)

    def _progress(self, value):
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    @property
    def log(self):
        return "\n".join(self.infos + self.errors)


def layer_of(rows, geometry="Polygon", crs="EPSG:4551", fields="name:string"):
    """A memory layer from (WKT or None, attributes...) rows."""
    uri = f"{geometry}?crs={crs}" if crs else f"{geometry}?"
    uri += "".join(f"&field={f}" for f in fields.split(",") if f)
    layer = QgsVectorLayer(uri, "plan", "memory")
    assert layer.isValid()
    layer.setCrs(QgsCoordinateReferenceSystem(crs or ""))   # 3.22 reads no crs= for GeometryCollection
    features = []
    for wkt, *attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(attributes))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def run(layer, tmp_path=None, feedback=None, **parameters):
    from qgis import processing
    values = {"INPUT": layer, "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:",
              "OUTPUT_HTML": str(tmp_path / "report.html") if tmp_path else None}
    values.update(parameters)
    return processing.run("zoning:conformity", {k: v for k, v in values.items() if v is not None},
                          feedback=feedback or Recorder())


def is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def by_name(output):
    return {f["name"]: f for f in output.getFeatures()}


def polygon_wkt(points):
    return "POLYGON((" + ", ".join(f"{x:.3f} {y:.3f}" for x, y in list(points) + [points[0]]) + "))"


@pytest.fixture(scope="module")
def half_square(dataset):
    """A 100 m square (EPSG:4551) whose middle line is a straight edge between a 优先保护单元 and a
    unit of another class: half of it lies in each, found in the dataset itself."""
    # The edges as stored (EPSG:4490), their ends in metres: the metric units are densified (an
    # edge straight in EPSG:4490 is a very slightly curved one in metres, docs/overlay-rules.md).
    for record, stored in zip(dataset.units.records, dataset.units.geometries):
        if int(record["unit_class"]) != 1:
            continue
        for polygon in shapely.get_parts(reproject(stored, STORAGE_CRS, METRIC_CRS)):
            coords = np.asarray(polygon.exterior.coords)
            lengths = np.hypot(*(coords[1:] - coords[:-1]).T)
            for i in np.argsort(-lengths)[:3]:
                if lengths[i] < 150:
                    break
                a, b = coords[i], coords[i + 1]
                m, u = (a + b) / 2, (b - a) / lengths[i]
                v = np.array([-u[1], u[0]])
                corners = [m - 50 * u - 50 * v, m + 50 * u - 50 * v, m + 50 * u + 50 * v, m - 50 * u + 50 * v]
                square = shapely.from_wkt(polygon_wkt([tuple(c) for c in corners]))
                hits = dataset.units.hits(square)
                inside = sum(shapely.intersection(dataset.units.metric[h], square).area
                             for h in hits if int(dataset.units.records[h]["unit_class"]) == 1)
                if len(hits) == 2 and abs(inside / square.area - 0.5) < 1e-6:
                    other = next(h for h in hits if dataset.units.records[h]["unit_code"] != record["unit_code"])
                    return square.wkt, record, dataset.units.records[other]
    pytest.fail("no straight edge of a priority unit in the dataset")


@pytest.fixture(scope="module")
def river_points(dataset):
    """Points 20 m and 60 m from 东辽河 (EPSG:4551), both nearer to it than to any other river."""
    lines = dataset.river_lines()
    river = lines["东辽河"]
    others = shapely.union_all([line for name, line in lines.items() if name != "东辽河"])
    urban = shapely.union_all(dataset.built_up.metric)
    for k in range(100, 900):
        at = river.interpolate(k / 1000, normalized=True)
        ahead = river.interpolate(k / 1000 + 0.0005, normalized=True)
        length = math.hypot(ahead.x - at.x, ahead.y - at.y)
        nx, ny = -(ahead.y - at.y) / length, (ahead.x - at.x) / length
        near, far = shapely.Point(at.x + 20 * nx, at.y + 20 * ny), shapely.Point(at.x + 60 * nx, at.y + 60 * ny)
        if abs(river.distance(near) - 20) < 0.05 and abs(river.distance(far) - 60) < 0.05 \
                and others.distance(far) > 500 and urban.contains(far):
            return near, far
    pytest.fail("no straight reach of 东辽河 in the dataset")


def test_the_algorithm_is_listed_with_its_parameters(zoning_provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("zoning:conformity")
    assert algorithm is not None and algorithm.displayName() == "Conformity analysis"
    assert [p.name() for p in algorithm.parameterDefinitions()] == [
        "INPUT", "LAND_TXT", "ID_FIELD", "MIN_AREA", "DATASET", "OUTPUT", "OUTPUT_UNITS", "OUTPUT_HTML"]
    assert algorithm.parameterDefinition("MIN_AREA").defaultValue() == 1.0
    assert "优先占比" in algorithm.shortHelpString() and "GBK" in algorithm.shortHelpString()


def test_a_parcel_half_in_a_priority_unit_has_share_one_half_in_class_1(zoning_provider, half_square, tmp_path):
    wkt, priority, other = half_square
    layer = layer_of([(wkt, "半块")])
    result = run(layer, tmp_path, ID_FIELD="name")
    feature = by_name(result["OUTPUT"])["半块"]
    assert feature["状态"] == "ok"
    area = shapely.from_wkt(wkt).area
    assert feature["面积"] == pytest.approx(area, abs=0.01)
    assert feature["优先面积"] == pytest.approx(area / 2, abs=0.01)
    assert feature["优先占比"] == pytest.approx(0.5, abs=1e-4)
    other_short = {2: "重点", 3: "一般"}[int(other["unit_class"])]
    assert feature[other_short + "占比"] == pytest.approx(0.5, abs=1e-4)
    assert set(feature["单元编码"].split("; ")) == {priority["unit_code"], other["unit_code"]}
    assert FLAGS["priority"] in feature["提示"]
    rows = list(result["OUTPUT_UNITS"].getFeatures())
    assert sorted((r["单元编码"], r["单元类别"]) for r in rows) == sorted(
        [(priority["unit_code"], 1), (other["unit_code"], int(other["unit_class"]))])
    assert all(r["要素ID"] == 1 and r["name"] == "半块" and r["占比"] == pytest.approx(0.5, abs=1e-4) for r in rows)
    assert result["PRIORITY"] == 1 and result["FEATURES"] == 1


def test_a_point_20_m_from_dongliao_is_in_its_buffer_and_one_at_60_m_is_not(zoning_provider, river_points,
                                                                            tmp_path):
    near, far = river_points
    layer = layer_of([(near.wkt, "20 m"), (far.wkt, "60 m")], geometry="Point")
    result = run(layer, tmp_path, ID_FIELD="name")
    features = by_name(result["OUTPUT"])
    assert features["20 m"]["缓冲区河流"] == "东辽河" and FLAGS["buffer"] in features["20 m"]["提示"]
    assert features["20 m"]["河流距离"] == pytest.approx(20.0, abs=0.1)
    assert not features["60 m"]["缓冲区河流"] and FLAGS["buffer"] not in (features["60 m"]["提示"] or "")
    assert (features["60 m"]["最近河流"], features["60 m"]["河流距离"]) == ("东辽河", pytest.approx(60.0, abs=0.1))
    # The sample gives no channel widths: the distance is from the centre line, and the field says so.
    assert features["20 m"]["距离量起"] == features["60 m"]["距离量起"] == "centre line"
    assert features["60 m"]["建成区"] == 1
    names = result["OUTPUT"].fields().names()
    assert "面积" not in names and "缓冲区面积" not in names and "优先占比" in names   # points have no area
    assert result["BUFFER"] == 1
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Point features" in page and "<svg" not in page         # no area to chart
    listed = page[page.index("Features (those touching"):]
    assert listed.index(">20 m</td>") < listed.index(">60 m</td>")


def test_bad_features_get_a_status_and_the_rest_are_analysed(zoning_provider, half_square, tmp_path):
    wkt, _priority, _other = half_square
    bowtie = "POLYGON((430000 4750000, 430100 4750100, 430100 4750000, 430000 4750100, 430000 4750000))"
    curve = ("CURVEPOLYGON(CIRCULARSTRING(430000 4750000, 430100 4750100, 430200 4750000, 430100 4749900, "
             "430000 4750000))")
    zm = ("POLYGON ZM((430000 4751000 5 1, 430100 4751000 5 1, 430100 4751100 5 1, 430000 4751100 5 1, "
          "430000 4751000 5 1))")
    changchun = reproject(shapely.box(125.32, 43.88, 125.33, 43.89), STORAGE_CRS, METRIC_CRS).wkt
    layer = layer_of([(wkt, "good"), (None, "null"), ("POLYGON EMPTY", "empty"), (bowtie, "bowtie"),
                      (curve, "curve"), (zm, "zm"), (changchun, "outside")])
    before = snapshot(layer)
    feedback = Recorder()
    result = run(layer, tmp_path, feedback, ID_FIELD="name")
    features = by_name(result["OUTPUT"])
    assert features["good"]["优先占比"] == pytest.approx(0.5, abs=1e-4)
    assert features["null"]["状态"] == "null" and is_null(features["null"]["面积"])
    assert features["empty"]["状态"] == "empty"
    assert (features["bowtie"]["状态"], features["bowtie"]["已修复"]) == ("ok", 1)
    assert features["bowtie"]["面积"] == pytest.approx(5000, rel=1e-3)          # two triangles
    assert features["curve"]["面积"] == pytest.approx(math.pi * 100 ** 2, rel=2e-3)
    assert features["zm"]["面积"] == pytest.approx(10000, rel=1e-6)
    assert features["outside"]["状态"] == "outside" and features["outside"]["提示"] == FLAGS["outside"]
    assert features["outside"]["市域外面积"] == pytest.approx(features["outside"]["面积"])
    assert result["OUTPUT"].featureCount() == 7
    assert snapshot(layer) == before
    assert "Feature null:" in feedback.log and "Feature outside:" in feedback.log
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    problems = page[page.index("Features not analysed as given"):page.index("Requirements that apply")]
    for name, status in (("null", "No geometry"), ("empty", "Empty geometry"), ("bowtie", "Repaired")):
        assert f"<tr><td>{name}</td><td>{status}</td>" in problems
    listed = page[page.index("Features (those touching"):page.index("Features not analysed as given")]
    assert re.search(r"<tr><td class=nowrap>outside</td>.*Outside the city</td></tr>", listed)
    assert ">null</td>" not in listed


def test_a_geometry_collection_is_analysed_by_its_polygon(zoning_provider, half_square):
    wkt, _priority, _other = half_square
    collection = f"GEOMETRYCOLLECTION({wkt}, POINT(430000 4750000))"
    result = run(layer_of([(collection, "collection")], geometry="GeometryCollection"))
    feature = by_name(result["OUTPUT"])["collection"]
    assert feature["状态"] == "ok" and feature["优先占比"] == pytest.approx(0.5, abs=1e-4)


def test_a_polygon_of_many_vertices_is_analysed_and_one_beyond_the_cores_limit_gets_a_message(zoning_provider):
    """Up to the core's vertex limit (core/geo.py MAX_VERTICES) a polygon is analysed exactly; one of
    a million vertices, which GEOS would overlay for minutes without a cancel, gets status invalid
    and the core's message, and the run goes on."""
    from zoning_plugin.core.geo import MAX_VERTICES
    # Circles of n vertices written out: GEOS 3.12+ caps buffer()'s quad_segs (62 501 vertices at most).
    def circle(x, n):
        angles = np.linspace(0.0, 2.0 * math.pi, n, endpoint=False)
        return shapely.Polygon(np.column_stack([x + 500.0 * np.cos(angles), 4750000 + 500.0 * np.sin(angles)]))
    small = circle(430000, MAX_VERTICES - 10)
    big = circle(432000, 1_000_004)
    assert len(small.exterior.coords) <= MAX_VERTICES < 1_000_000 < len(big.exterior.coords)
    result = run(layer_of([(small.wkt, "small"), (big.wkt, "big")]))
    features = by_name(result["OUTPUT"])
    feature = features["small"]
    assert feature["状态"] == "ok" and feature["面积"] == pytest.approx(math.pi * 500 ** 2, rel=1e-6)
    assert sum(feature[s + "面积"] for s in ("优先", "重点", "一般")) == pytest.approx(feature["面积"], rel=1e-6)
    assert features["big"]["状态"] == "invalid" and "too many vertices" in features["big"]["说明"]


def test_an_empty_layer_gives_empty_outputs_and_a_report_that_says_so(zoning_provider, tmp_path):
    feedback = Recorder()
    result = run(layer_of([]), tmp_path, feedback)
    assert result["OUTPUT"].featureCount() == 0 and result["FEATURES"] == 0
    assert "The input layer has no features" in feedback.log
    assert "The input layer has no features" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_a_layer_without_crs_is_read_in_the_crs_its_coordinates_fit(zoning_provider, half_square, tmp_path):
    wkt, _priority, _other = half_square
    feedback = Recorder()
    result = run(layer_of([(wkt, "no crs")], crs=None), tmp_path, feedback)
    assert by_name(result["OUTPUT"])["no crs"]["优先占比"] == pytest.approx(0.5, abs=1e-4)
    assert "has no coordinate reference system" in feedback.log and "EPSG:4551" in feedback.log
    assert "EPSG:4551" in (tmp_path / "report.html").read_text(encoding="utf-8")
    with pytest.raises(QgsProcessingException):
        run(layer_of([("POLYGON((0 0, 10 0, 10 10, 0 0))", "nowhere")], crs=None), feedback=Recorder())


def test_a_cancel_leaves_no_output(zoning_provider, half_square, tmp_path):
    wkt, _priority, _other = half_square
    layer = layer_of([(wkt, f"p{n}") for n in range(50)])
    gpkg = tmp_path / "out.gpkg"
    try:
        run(layer, tmp_path, Recorder(cancel_at=25), OUTPUT=str(gpkg), OUTPUT_UNITS=None)
    except QgsProcessingException:
        pass        # Processing may say the run did not finish; what matters is what is on disk
    assert not (tmp_path / "report.html").exists() and not gpkg.exists()
    # cancelled while the features are written (the maps drawing meanwhile) or while the report is
    # made (the layers are written by then): no page, not half a page
    for cancel_at in (85, 93):
        feedback = Recorder(cancel_at=cancel_at)
        try:
            run(layer, tmp_path, feedback)
        except QgsProcessingException:
            pass
        assert feedback.isCanceled() and not (tmp_path / "report.html").exists()
    assert [p for p in os.listdir(tmp_path) if p.startswith(".conformity-")] == []


def snapshot(layer):
    return [(f.id(), hashlib.sha256(bytes(f.geometry().asWkb())).hexdigest() if f.hasGeometry() else None,
             f.attributes()) for f in layer.getFeatures()], layer.featureCount()


def test_only_the_selected_features_and_the_input_unchanged(zoning_provider, half_square):
    wkt, _priority, _other = half_square
    layer = layer_of([(wkt, "a"), (wkt, "b"), (wkt, "c")])
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([2])
        before = snapshot(layer)
        result = run(QgsProcessingFeatureSourceDefinition(layer.id(), True))
        assert list(by_name(result["OUTPUT"])) == ["b"]
        assert snapshot(layer) == before and not layer.isModified()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_the_report_names_the_dataset_and_lists_each_level_once(zoning_provider, dataset, half_square, tmp_path):
    wkt, priority, other = half_square
    result = run(layer_of([(wkt, "x"), (wkt, "y")]), tmp_path, ID_FIELD="name")
    page = (tmp_path / result["OUTPUT_HTML"].split("/")[-1]).read_text(encoding="utf-8")
    assert dataset.title in page and dataset.version in page and dataset.meta["effective_date"] in page
    assert "Sample data: the unit boundaries and unit lists are examples" in page
    assert "data:image/png;base64," in page and "<svg" in page
    requirements = page[page.index("Requirements that apply"):]
    titles = [html.unescape(t).strip() for t in re.findall(r"<div class='group'>([^<]+)", requirements)]
    assert len(titles) == len(set(titles)) == 6
    # The class text of each unit's class (002 lines 11-13, CLASS-n-01) once, just before its unit.
    for unit in (priority, other):
        title = next(t for t in titles if t.startswith(unit["unit_code"]))
        assert titles[titles.index(title) - 1] == f"applies to every {dataset.unit_class_name(unit['unit_class'])}"
    scopes = [("city", dataset.city_code), ("basin", "liao"), ("class", "1"), ("unit", priority["unit_code"]),
              ("class", str(other["unit_class"])), ("unit", other["unit_code"])]
    for scope in scopes:
        for requirement in dataset.by_scope[scope]:
            assert requirements.count(html.escape(requirement.text)) == 1
    touched = (priority["unit_code"], other["unit_code"])
    unrelated = next(r for r in dataset.units.records if r["unit_code"] not in touched)
    assert unrelated["unit_code"] not in requirements


def test_a_shapefile_output_keeps_the_chinese_field_names(zoning_provider, half_square, tmp_path):
    wkt, _priority, _other = half_square
    target = tmp_path / "plan.shp"
    run(layer_of([(wkt, "x")]), OUTPUT=str(target), OUTPUT_UNITS=None)
    names = {"市域内面积", "优先占比", "缓冲区面积", "缓冲区河流", "单元编码"}
    assert names <= set(QgsVectorLayer(str(target), "shp", "ogr").fields().names())
    assert (tmp_path / "plan.cpg").read_text().strip().upper() == "GBK"
    header = (tmp_path / "plan.dbf").read_bytes()[:2048]          # what ArcGIS or Excel reads
    assert all(name.encode("gbk") + b"\0" in header for name in names)


def test_a_line_across_the_same_edge_has_half_its_length_in_class_1(zoning_provider, half_square, tmp_path):
    wkt, _priority, _other = half_square
    c0, c1, c2, c3 = list(shapely.from_wkt(wkt).exterior.coords)[:4]
    start, end = ((c0[0] + c1[0]) / 2, (c0[1] + c1[1]) / 2), ((c3[0] + c2[0]) / 2, (c3[1] + c2[1]) / 2)
    line = shapely.LineString([start, end])
    result = run(layer_of([(line.wkt, "road")], geometry="LineString"), tmp_path)
    feature = by_name(result["OUTPUT"])["road"]
    assert "面积" not in result["OUTPUT"].fields().names()
    assert feature["长度"] == pytest.approx(line.length, abs=0.01)
    assert feature["优先长度"] == pytest.approx(line.length / 2, abs=0.01)
    assert feature["优先占比"] == pytest.approx(0.5, abs=1e-4)
    assert "Length in each class of control unit" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_a_plan_of_many_chunks_keeps_each_feature_its_own_summary(zoning_provider, half_square, tmp_path,
                                                                  monkeypatch):
    """The layer is read, overlaid and summarised chunk by chunk: with chunks of 3 features, a
    geometry GEOS cannot read in the third chunk is reported on its own feature, and every other
    feature (named by its share) gets its own answer, in the input's order."""
    from zoning_plugin.core.engine import overlay as overlay_module
    monkeypatch.setattr(overlay_module, "CHUNK_FEATURES", 3)
    wkt, _priority, _other = half_square
    outside = reproject(shapely.box(125.32, 43.88, 125.33, 43.89), STORAGE_CRS, METRIC_CRS).wkt
    open_ring = "POLYGON((430000 4750000, 430100 4750100, 430200 4750000))"   # QGIS holds it, GEOS refuses it
    rows = [(wkt if n % 4 else outside, f"p{n}") for n in range(11)]
    rows[7] = (open_ring, "p7")
    feedback = Recorder()
    result = run(layer_of(rows), tmp_path, feedback, ID_FIELD="name")
    features = list(result["OUTPUT"].getFeatures())
    assert [f["name"] for f in features] == [f"p{n}" for n in range(11)]
    for n, feature in enumerate(features):
        if n == 7:
            assert feature["状态"] == "invalid" and "The geometry cannot be read" in feature["说明"]
        elif n % 4 == 0:
            assert feature["状态"] == "outside"
        else:
            assert feature["状态"] == "ok" and feature["优先占比"] == pytest.approx(0.5, abs=1e-4)
    assert "Feature p7: The geometry cannot be read" in feedback.log
    assert result["FEATURES"] == 11
    assert {f["要素ID"] for f in result["OUTPUT_UNITS"].getFeatures()} == {
        f.id() for n, f in enumerate(features) if n % 4 and n != 7}


def test_a_cancel_while_the_layer_is_read_writes_nothing(zoning_provider, half_square, tmp_path, monkeypatch):
    from zoning_plugin.core.engine import overlay as overlay_module
    monkeypatch.setattr(overlay_module, "CHUNK_FEATURES", 5)
    wkt, _priority, _other = half_square
    layer = layer_of([(wkt, f"p{n}") for n in range(200)])
    feedback = Recorder()
    feedback.progressChanged.connect(lambda _value: feedback.cancel())    # the first progress cancels
    gpkg = tmp_path / "out.gpkg"
    try:
        run(layer, tmp_path, feedback, OUTPUT=str(gpkg))
    except QgsProcessingException:
        pass
    assert feedback.isCanceled() and "Cancelled: nothing was written." in feedback.log
    assert not gpkg.exists() and not (tmp_path / "report.html").exists()


def test_features_in_separate_areas_get_a_detail_map_each(zoning_provider, half_square, tmp_path):
    """Two groups of parcels 10 km apart, given in EPSG:4490: the report has the overview and one
    detail map per group, each drawn around its own group (the groups' boxes reprojected)."""
    wkt, _priority, _other = half_square
    square = shapely.from_wkt(wkt)
    groups = [square, shapely.affinity.translate(square, 10_000, 0)]
    parcels = [shapely.affinity.translate(g, dx, 0) for g in groups for dx in (0, 150, 300)]
    rows = [(reproject(p, METRIC_CRS, STORAGE_CRS).wkt, f"p{n}") for n, p in enumerate(parcels)]
    run(layer_of(rows, crs="EPSG:4490"), tmp_path)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Overview map (1:" in page
    details = dict(re.findall(r"Detail (\d) \(1:([\d,]+)\)", page))     # each title is shown twice
    assert sorted(details) == ["1", "2"], details
    scales = [int(s.replace(",", "")) for s in details.values()]
    # each detail shows its group (1 km at least), far closer than the overview of 10 km
    overview = int(re.search(r"Overview map \(1:([\d,]+)\)", page).group(1).replace(",", ""))
    assert all(scale < overview / 4 for scale in scales), (overview, scales)


def test_run_as_the_processing_dialog_runs_it_in_a_background_task(zoning_provider, half_square, tmp_path):
    """The Processing dialog runs an algorithm as a QgsProcessingAlgRunnerTask on another thread:
    the chunks are read and the maps drawn from there, and the outputs are the same as from
    processing.run."""
    from qgis.core import QgsProcessingAlgRunnerTask, QgsProcessingContext
    from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QTimer
    wkt, _priority, _other = half_square
    layer = layer_of([(wkt, f"p{n}") for n in range(30)])
    QgsProject.instance().addMapLayer(layer)
    try:
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("zoning:conformity")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        gpkg, page = tmp_path / "out.gpkg", tmp_path / "report.html"
        task = QgsProcessingAlgRunnerTask(algorithm, {"INPUT": layer.id(), "OUTPUT": str(gpkg),
                                                      "OUTPUT_HTML": str(page)}, context, feedback)
        done = {}
        task.executed.connect(lambda ok, results: done.update(ok=ok, results=results))
        loop = QEventLoop()
        task.executed.connect(lambda *_: loop.quit())
        QTimer.singleShot(60_000, loop.quit)
        QgsApplication.taskManager().addTask(task)
        loop.exec()
        QCoreApplication.processEvents()
        assert done.get("ok"), done
        assert done["results"]["FEATURES"] == 30
        written = QgsVectorLayer(str(gpkg), "out", "ogr")
        shares = [f["优先占比"] for f in written.getFeatures()]
        assert len(shares) == 30 and all(s == pytest.approx(0.5, abs=1e-4) for s in shares)
        assert "data:image/png;base64," in page.read_text(encoding="utf-8")
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
