"""zoning:screen_project through processing.run on memory layers, with the known answers of issue 7
and its bad input: a feature with a problem gets its message in the log and the outputs while the
others are screened; a parameter or layer that cannot be used, or a run in which no site could be
screened, stops with a clear message and writes nothing."""
import json

import numpy as np
import pytest
import shapely
import shapely.affinity
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry,
                       QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProcessingFeedback,
                       QgsProject, QgsVectorLayer)

from zoning_plugin.algorithms.provider import ZoningProvider
from zoning_plugin.core import open_dataset

LINE_16 = "河流沿岸严格控制化学原料和化学制品制造、医药制造、化学纤维制造、有色金属冶炼、制浆造纸、纺织印染等项目建设。"


@pytest.fixture()
def zoning_provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("zoning") is None
    provider = ZoningProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.errors = [], []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.infos.append(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)


# -- sites found in the sample dataset (EPSG:4551 metres) ----------------------------------------
@pytest.fixture(scope="module")
def places():
    ds = open_dataset()
    lines = ds.river_lines()
    all_rivers = shapely.union_all(list(lines.values()))
    line = shapely.line_merge(lines["东辽河"])
    others = shapely.union_all([g for n, g in lines.items() if n != "东辽河"])

    def beside(offset):
        for fraction in np.linspace(0.05, 0.95, 37):
            a = shapely.line_interpolate_point(line, fraction, normalized=True)
            b = shapely.line_interpolate_point(line, fraction + 0.0005, normalized=True)
            dx, dy = b.x - a.x, b.y - a.y
            norm = (dx * dx + dy * dy) ** 0.5
            p = shapely.Point(a.x - dy / norm * offset, a.y + dx / norm * offset)
            if abs(shapely.distance(lines["东辽河"], p) - offset) < 0.5 and ds.city_metric.contains(p) \
                    and shapely.distance(others, p) > offset + 200:
                return p
        pytest.fail(f"no point {offset} m from 东辽河")

    built = shapely.union_all(ds.built_up.metric)
    minx, miny, maxx, maxy = ds.city_metric.bounds
    grid = [shapely.Point(x, y) for x in np.arange(minx, maxx, 1500.0) for y in np.arange(miny, maxy, 1500.0)]

    def far(in_built_up):
        for p in grid:
            units = [r for r, g in zip(ds.units.records, ds.units.metric) if g.contains(p)]
            if units and units[0]["unit_class"] != 1 and shapely.distance(all_rivers, p) > 2000 \
                    and bool(built.contains(p)) == in_built_up:
                return p
        pytest.fail("no such point")

    return {"river300": beside(300.0), "river20": beside(20.0), "built_up": far(True), "open": far(False)}


def layer(rows, fields="", crs="EPSG:4551", geometry="Point"):
    """A memory layer from (shapely geometry or WKT or None, attributes...) rows."""
    uri = f"{geometry}?crs={crs}" if crs else f"{geometry}?"
    uri += "".join(f"&field={f}" for f in fields.split(",") if f)
    result = QgsVectorLayer(uri, "sites", "memory")
    assert result.isValid()
    if not crs:
        result.setCrs(QgsCoordinateReferenceSystem())
    features = []
    for geom, *attributes in rows:
        feature = QgsFeature(result.fields())
        if geom is not None:
            feature.setGeometry(QgsGeometry.fromWkt(geom if isinstance(geom, str) else geom.wkt))
        feature.setAttributes(list(attributes))
        features.append(feature)
    if features:
        assert result.dataProvider().addFeatures(features)
    return result


def run(source, tmp_path, feedback=None, **parameters):
    from qgis import processing
    feedback = feedback or Recorder()
    path = str(tmp_path / "screening.json")
    result = processing.run("zoning:screen_project", {"INPUT": source, "OUTPUT": "memory:", "JSON": path,
                                                      **parameters}, feedback=feedback)
    rows = [f.attributes() for f in result["OUTPUT"].getFeatures()]
    names = result["OUTPUT"].fields().names()
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    return [dict(zip(names, r)) for r in rows], document, feedback, result


def check_of(site, rule_id):
    return next(c for c in site["checks"] if c["rule_id"] == rule_id)


def test_the_provider_lists_the_algorithm(zoning_provider):
    algorithm = zoning_provider.algorithm("screen_project")
    assert algorithm is not None and algorithm.displayName() == "Screen a project (项目准入研判)"
    assert {"INPUT", "INDUSTRY_CODE", "INDUSTRY_FIELD", "BOILER_TPH", "BOILER_FIELD", "NOTE",
            "RIVER_DISTANCE_M", "PER_FEATURE", "OUTPUT", "JSON"} <= {p.name() for p in algorithm.parameterDefinitions()}


def test_a_chemical_site_300_m_from_a_river_is_strictly_controlled(zoning_provider, places, tmp_path):
    rows, document, feedback, result = run(layer([(places["river300"],)]), tmp_path, INDUSTRY_CODE="C2614",
                                           NOTE="化工项目")
    riverside = [r for r in rows if r["rule_id"] == "SR-01"]
    assert len(riverside) == 1
    row = riverside[0]
    assert (row["verdict"], row["req_id"], row["text"], row["status"]) == ("严格控制", "B-LIAO-02", LINE_16, "triggered")
    assert "东辽河" in row["reason"] and "the text gives none" in row["reason"] and row["industry_code"] == "C2614"
    assert row["dataset_version"] == "sample-2025.1" and row["source"].endswith("一、辽河流域 · 空间布局约束")
    site = document["sites"][0]
    assert site["verdict"] == result["VERDICT"] and document["note"] == "化工项目" and "SR-01" in site["hits"]
    assert check_of(site, "SR-01")["facts"]["distance_m"] == pytest.approx(300, abs=1)
    assert document["requirements"][document["rules"]["SR-01"]["req_id"]]["text"] == LINE_16
    assert "not an approval decision" in document["advisory"] and "sample-2025.1" in document["advisory"]
    assert any("Advisory screening, not an approval decision" in i and "sample-2025.1" in i for i in feedback.infos)
    assert any(i.startswith("Summary by verdict:") for i in feedback.infos)
    near = run(layer([(places["river300"],)]), tmp_path, INDUSTRY_CODE="C2614", RIVER_DISTANCE_M=200)[0]
    assert not [r for r in near if r["rule_id"] == "SR-01"]


def test_a_20_tph_coal_boiler_is_forbidden_in_the_built_up_area_only(zoning_provider, places, tmp_path):
    rows, _doc, _fb, result = run(layer([(places["built_up"],)]), tmp_path, INDUSTRY_CODE="D4430", BOILER_TPH=20)
    boiler = [r for r in rows if r["rule_id"] == "SR-02"]
    assert boiler and boiler[0]["verdict"] == "禁止" and boiler[0]["req_id"] == "C-220400-06"
    assert result["VERDICT"] == "禁止" and boiler[0]["boiler_tph"] == 20
    rows, _doc, _fb, result = run(layer([(places["open"],)]), tmp_path, INDUSTRY_CODE="D4430", BOILER_TPH=20)
    assert not [r for r in rows if r["rule_id"] == "SR-02"] and result["VERDICT"] != "禁止"
    # 35 is "35蒸吨/小时以下" as statute reads 以下 (inclusive, the rule's default), the reading named;
    # the exclusive reading, chosen, leaves it out
    rows = run(layer([(places["built_up"],)]), tmp_path, INDUSTRY_CODE="D4430", BOILER_TPH=35)[0]
    boiler = [r for r in rows if r["rule_id"] == "SR-02"]
    assert boiler and "按含本数理解" in boiler[0]["reason"]
    rows = run(layer([(places["built_up"],)]), tmp_path, INDUSTRY_CODE="D4430", BOILER_TPH=35,
               BOILER_COMPARISON=1)[0]
    assert not [r for r in rows if r["rule_id"] == "SR-02"]
    rows = run(layer([(places["built_up"],)]), tmp_path, INDUSTRY_CODE="D4430", BOILER_TPH=35,
               BOILER_COMPARISON=2)[0]
    assert [r for r in rows if r["rule_id"] == "SR-02"]


def test_buffer_corn_and_a_plain_service_project(zoning_provider, places, tmp_path):
    rows, *_rest = run(layer([(places["river20"],)]), tmp_path, INDUSTRY_CODE="I65")
    assert [(r["rule_id"], r["verdict"]) for r in rows if r["status"] not in ("to_judge", "no_rule")] == [("SR-04", "需关注")]
    rows, *_rest = run(layer([(places["open"],)]), tmp_path, INDUSTRY_CODE="C1391")
    rows = [r for r in rows if r["status"] not in ("to_judge", "no_rule")]      # the items left to judgement follow
    assert [r["verdict"] for r in rows] == ["需关注"] and rows[0]["rule_id"] in ("SR-05", "SR-06")
    rows, _doc, _fb, result = run(layer([(places["open"],)]), tmp_path, INDUSTRY_CODE="I65")
    assert [(r["status"], r["verdict"], r["rule_id"]) for r in rows if r["status"] not in ("to_judge", "no_rule")] == \
        [("none", "未发现限制", None)]
    assert result["VERDICT"] == "未发现限制" and rows[0]["statement"].startswith("No restriction found: none of the dataset's ")


def test_each_feature_on_its_own_with_its_fields_and_bad_values_reported(zoning_provider, places, tmp_path):
    source = layer([(places["river300"], "C2614", None), (places["open"], "C99", None),
                    (places["open"], "I65", "abc"), (places["open"], "I65", "-5"), (None, "I65", None),
                    (places["open"], None, None), (places["built_up"], "D4430", "20"),
                    ("POINT(400000 4500000)", "I65", None)],
                   fields="code:string,boiler:string")
    source.setCrs(QgsCoordinateReferenceSystem("EPSG:4551"))
    feedback = Recorder()
    rows, document, feedback, result = run(source, tmp_path, feedback, PER_FEATURE=True, INDUSTRY_FIELD="code",
                                           BOILER_FIELD="boiler", INDUSTRY_CODE="I65")
    by_id = {}
    for row in rows:
        by_id.setdefault(row["feature_id"], []).append(row)
    assert "SR-01" in {r["rule_id"] for r in by_id["1"]}
    assert by_id["2"][0]["status"] == "error" and "C99" in by_id["2"][0]["reason"]
    assert by_id["3"][0]["status"] == "error" and "is not a number" in by_id["3"][0]["reason"]
    assert by_id["4"][0]["status"] == "error" and "cannot be negative" in by_id["4"][0]["reason"]
    assert by_id["5"][0]["status"] == "error" and "no geometry" in by_id["5"][0]["reason"]
    assert by_id["6"][0]["verdict"] == "未发现限制"          # empty field: the single code I65
    assert by_id["7"][0]["verdict"] == "禁止"
    assert by_id["8"][0]["status"] == "outside"
    assert any("C99" in e for e in feedback.errors) and any("cannot be negative" in e for e in feedback.errors)
    assert any("Not screened: 1 outside the dataset's area, 4 with problems" in e for e in feedback.errors)
    assert result["VERDICT"] == "禁止" and len(document["sites"]) == 8


def test_the_features_together_are_one_site(zoning_provider, places, tmp_path):
    disc = places["river300"].buffer(100)
    beyond = shapely.affinity.translate(places["river300"], 0, 150).buffer(10)   # farther from 东辽河
    assert shapely.distance(open_dataset().river_lines()["东辽河"], beyond) > 200
    source = layer([(disc, "C2614"), (beyond, "C2614")], fields="code:string", geometry="Polygon")
    rows, document, *_rest = run(source, tmp_path, INDUSTRY_FIELD="code")
    assert {r["feature_id"] for r in rows} == {"1,2"}
    assert document["sites"][0]["site"]["kind"] == "polygon"
    assert check_of(document["sites"][0], "SR-01")["facts"]["distance_m"] == pytest.approx(200, abs=1.5)
    mixed = layer([(places["open"], "C2614"), (places["open"], "I65")], fields="code:string")
    with pytest.raises(QgsProcessingException, match="different industry codes"):
        run(mixed, tmp_path, INDUSTRY_FIELD="code")


def test_selected_features_only(zoning_provider, places, tmp_path):
    source = layer([(places["river300"], "C2614"), (places["open"], "I65")], fields="code:string")
    QgsProject.instance().addMapLayer(source)
    try:
        source.selectByIds([2])
        definition = QgsProcessingFeatureSourceDefinition(source.id(), selectedFeaturesOnly=True)
        rows, *_rest = run(definition, tmp_path, PER_FEATURE=True, INDUSTRY_FIELD="code")
        assert [(r["feature_id"], r["verdict"]) for r in rows if r["status"] not in ("to_judge", "no_rule")] == [("2", "未发现限制")]
    finally:
        QgsProject.instance().removeMapLayer(source.id())


@pytest.mark.parametrize("make_source, parameters, words", [
    (lambda p: layer([(p["open"],)]), {"INDUSTRY_CODE": "C99"}, "C99"),
    (lambda p: layer([(p["open"],)]), {"INDUSTRY_CODE": "X12"}, "no section X in GB/T 4754-2017"),
    (lambda p: layer([(p["open"],)]), {}, "no industry code given"),
    (lambda p: layer([(p["open"],)]), {"INDUSTRY_CODE": "D4430", "BOILER_TPH": -5},
     "(BOILER_TPH): -5 is below the smallest value allowed, 0"),
    (lambda p: layer([(p["open"],)]), {"INDUSTRY_CODE": "I65", "RIVER_DISTANCE_M": -1}, "(RIVER_DISTANCE_M): -1"),
    (lambda p: layer([(p["open"],)]), {"INDUSTRY_CODE": "I65", "RIVER_DISTANCE_M": "nan"}, "not a finite number"),
    (lambda p: layer([]), {"INDUSTRY_CODE": "I65"}, "has no features"),
    (lambda p: layer([(p["open"],)], crs=None), {"INDUSTRY_CODE": "I65"}, "no coordinate reference system"),
    (lambda p: layer([(None,)]), {"INDUSTRY_CODE": "I65"}, "has no geometry"),
    (lambda p: layer([(p["open"], "I65")], fields="code:string"), {"INDUSTRY_FIELD": "kind"}, "no field “kind”"),
])
def test_input_that_cannot_be_screened_stops_the_run_and_writes_nothing(zoning_provider, places, tmp_path, make_source,
                                                                        parameters, words):
    from qgis import processing
    source = make_source(places)
    before = [f.attributes() for f in source.getFeatures()]
    table, path = tmp_path / "table.gpkg", tmp_path / "screening.json"
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoning:screen_project", {"INPUT": source, "OUTPUT": str(table), "JSON": str(path),
                                                 **parameters}, feedback=Recorder())
    assert words in str(caught.value)
    assert sorted(tmp_path.iterdir()) == []       # nothing written, no temporary file left
    assert [f.attributes() for f in source.getFeatures()] == before


def test_z_and_m_coordinates_and_equal_sizes_written_differently(zoning_provider, places, tmp_path):
    x, y = places["built_up"].x, places["built_up"].y
    source = layer([(f"POINT ZM({x} {y} 250 7)", "20"), (f"POINT ZM({x + 1} {y} 251 8)", "20.0")],
                   fields="boiler:string", geometry="PointZM")
    rows, document, *_rest = run(source, tmp_path, INDUSTRY_CODE="D4430", BOILER_FIELD="boiler")
    assert {r["feature_id"] for r in rows} == {"1,2"}
    assert [r["verdict"] for r in rows if r["rule_id"] == "SR-02"] == ["禁止"]
    assert document["sites"][0]["project"]["boiler_tph"] == 20


def test_the_option_of_buffers_in_the_other_basins_reaches_screening(zoning_provider, tmp_path):
    """The setting that also buffers the rivers of the basins whose list lacks the rule reaches
    zoning:screen_project as it reaches the panel and the site report (one way for every algorithm
    to open the user's dataset, ZoningAlgorithm.user_dataset): on, a site in such a buffer gets SR-04;
    off, it does not."""
    from zoning_plugin.toolbelt.settings import ZoningSettings
    derived = open_dataset(buffers_in_all_basins=True).derived_buffers()
    assert derived
    site = layer([(derived[0][1].representative_point(),)], crs="EPSG:4490")
    saved = ZoningSettings.load()
    try:
        ZoningSettings(**{**saved.__dict__, "buffers_in_all_basins": False}).save()
        off, *_rest = run(site, tmp_path, INDUSTRY_CODE="I65")
        ZoningSettings(**{**saved.__dict__, "buffers_in_all_basins": True}).save()
        on, *_rest = run(site, tmp_path, INDUSTRY_CODE="I65")
    finally:
        saved.save()
    assert "SR-04" in [r["rule_id"] for r in on] and "SR-04" not in [r["rule_id"] for r in off]
