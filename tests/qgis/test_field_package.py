"""zoning:field_package through processing.run: the atlas PDF as a reader gets it (pdfinfo,
pdftotext), the QField package as QGIS opens it (a fresh QgsProject, the .qgs inside the .qgz, the
forms), bad input, and the time per page of many sites."""
import hashlib
import os
import re
import shutil
import subprocess
import time
import unicodedata
import zipfile

import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import (QgsApplication, QgsFeature, QgsProcessingException, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingFeedback, QgsProject, QgsVectorLayer)

from generated_files import assert_template_is_what_its_script_makes
from zoning_plugin.algorithms.field_package import FieldPackageAlgorithm
from zoning_plugin.algorithms.provider import ZoningProvider
from zoning_plugin.core import open_dataset
from zoning_plugin.core.renderers.field import RESULT_VALUES
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.printing.field_package import FieldAtlas
from zoning_plugin.printing.field_project import DATE, INSPECTOR, PHOTO, RESULT

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (make setup)")

PREFIX = 16          # characters of each requirement looked for in the PDF
MARGIN_M = 2000
INSPECTOR_NAME = "李检查"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.errors = [], []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.infos.append(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)


def flat(text):
    """NFKC and no white space: lines wrap anywhere, some fonts give radical look-alikes."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def page_texts(pdf, raw=False):
    """Each page's text; `raw`: in content order (pdftotext -raw), so that a table cell's lines stay
    together (in reading order a line cut by a page break, drawn on both pages, interleaves with
    the next cell)."""
    return [subprocess.run(["pdftotext", *(["-raw"] if raw else []), "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout for n in range(1, pages(pdf) + 1)]


def pages_of_sites(texts, count):
    """{site number: [page texts]} by the running foot of each page."""
    by_site = {}
    for text in texts:
        page = flat(text)
        number = next(n for n in range(1, count + 1)
                      if flat(FieldAtlas(None, []).tr("{0} · site {1} of {2} · page {3} of {4}")
                              .format("", n, count, "", "")).split("·")[1] in page)
        by_site.setdefault(number, []).append(text)
    return by_site


def sample_sites():
    """Three sites inside the sample city, from its geometry: a point in a red-line unit, a point in
    a unit of another class, a small square inside a third unit."""
    dataset = open_dataset()
    records, geometries = dataset.units.records, dataset.units.geometries
    red = next(i for i, r in enumerate(records) if r["subtype"] == "生态保护红线")
    other = next(i for i, r in enumerate(records) if r["unit_class"] != records[red]["unit_class"])
    third = next(i for i, r in enumerate(records) if i not in (red, other)
                 and geometries[i].representative_point().buffer(0.003).within(geometries[i]))
    square = geometries[third].representative_point().buffer(0.002, cap_style="square")
    return [("甲企业", geometries[red].representative_point(), "严格控制", "SR-03"),
            ("乙企业", geometries[other].representative_point(), None, None),
            ("丙地块", square, None, None)]


def mixed_gpkg(path, sites):
    """A GeoPackage layer of points and polygons together (its geometry type is generic), as a
    GeoJSON or DXF of enterprises may come; a feature without geometry when its geometry is None."""
    datasource = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    layer = datasource.CreateLayer("sites", srs, ogr.wkbUnknown)
    for name in ("企业名称", "verdict", "rules"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for name, geometry, verdict, rules in sites:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("企业名称", name)
        if verdict:
            feature.SetField("verdict", verdict)
        if rules:
            feature.SetField("rules", rules)
        if geometry is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(geometry.wkt))
        layer.CreateFeature(feature)
    datasource = None
    return f"{path}|layername=sites"


def point_layer(points, name="sites"):
    layer = QgsVectorLayer("Point?crs=EPSG:4490&field=name:string", name, "memory")
    features = []
    for n, point in enumerate(points, 1):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"企业{n}"])
        if point is not None:
            feature.setGeometry(to_qgs(point))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture(scope="module")
def provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("zoning") is None:
        added = ZoningProvider()
        registry.addProvider(added)
    yield registry.providerById("zoning")
    if added is not None:
        registry.removeProvider(added)


def run(folder, feedback=None, **parameters):
    from qgis import processing
    parameters.setdefault("OUTPUT_PDF", str(folder / "sheets.pdf"))
    parameters.setdefault("OUTPUT_FOLDER", str(folder / "检查包"))
    return processing.run("zoning:field_package", parameters, feedback=feedback or Recorder())


@pytest.fixture(scope="module")
def package(provider, tmp_path_factory):
    """One run on the three sample sites, shared by the tests that only read its outputs."""
    folder = tmp_path_factory.mktemp("field")
    source = mixed_gpkg(folder / "sites.gpkg", sample_sites())
    dataset = open_dataset()
    before = {"input": digest(folder / "sites.gpkg"), "dataset": digest(dataset.path)}
    feedback = Recorder()
    started = time.perf_counter()
    result = run(folder, feedback, INPUT=source, VERDICT_FIELD="verdict", RULES_FIELD="rules",
                 INSPECTOR=INSPECTOR_NAME, MARGIN_M=MARGIN_M)
    seconds = time.perf_counter() - started
    print(f"\nzoning:field_package, 3 sites ({result['PAGES']} pages): {seconds:.2f} s")
    return {"result": result, "feedback": feedback, "folder": folder, "before": before}


# -- the PDF ---------------------------------------------------------------------------------------
def test_one_atlas_page_per_site_plus_the_overflow_pages_the_log_reports(package):
    result, feedback = package["result"], package["feedback"]
    assert result["SITES"] == 3
    total = pages(result["OUTPUT_PDF"])
    assert total == result["PAGES"] == 3 + result["OVERFLOW_PAGES"]
    assert result["OVERFLOW_PAGES"] > 0
    logged = FieldPackageAlgorithm().tr("Inspection sheets: {0}: {1} site(s), {2} pages ({3} overflow pages), "
                                        "{4:.1f} s, {5:.3f} s per page.")
    prefix = logged.split("{4")[0].format(result["OUTPUT_PDF"], 3, total, result["OVERFLOW_PAGES"])
    assert any(info.startswith(prefix) for info in feedback.infos), feedback.infos


def test_each_sites_pages_hold_its_units_its_requirements_the_checklist_and_its_screening(package):
    result = package["result"]
    by_site = pages_of_sites(page_texts(result["OUTPUT_PDF"]), 3)
    assert sorted(by_site) == [1, 2, 3]
    labels = FieldAtlas(None, []).labels()
    dataset = open_dataset()
    for number, (name, geometry, verdict, _rules) in enumerate(sample_sites(), 1):
        text = flat("".join(by_site[number]))
        inspection = dataset.inspect(geometry)
        assert inspection.inside and inspection.units
        assert flat(name) in flat(by_site[number][0])
        for unit in inspection.units:
            assert unit["code"] in text, (name, unit["code"])
        for requirement, _triggered in inspection.requirements:
            assert flat(requirement.text)[:PREFIX] in text, (name, requirement.req_id)
        assert flat(labels["checklist_title"]) in text
        assert text.count("□") >= 3 * len(inspection.requirements) + len(RESULT_VALUES)
        assert flat(labels["inspector"]) in text and flat(labels["date"]) in text
        if verdict:
            assert flat(labels["screening_title"]) in text and flat(verdict) in text
            assert flat(labels["tagged"].format(labels["flagged"])) in text   # SR-03 cites a class requirement


def test_every_page_carries_the_version_the_sample_notice_and_its_site(package):
    texts = page_texts(package["result"]["OUTPUT_PDF"])
    dataset = open_dataset()
    notice = FieldAtlas(None, []).labels()["note_sample"]
    for n, text in enumerate(texts, 1):
        page = flat(text)
        assert flat(dataset.version) in page and flat(notice) in page, n
        assert re.search(r"\d{4}-\d{2}-\d{2}", text), n
    assert sum(len(v) for v in pages_of_sites(texts, 3).values()) == len(texts)


def test_the_pdf_and_the_qfield_project_say_where_they_come_from(package):
    """Issue 15 §4: every site's sheet carries the provenance record (read from the dataset's meta and
    the plugin's metadata), the package's GeoPackage its table, the project its metadata and a layer."""
    from zoning_plugin.core.dataset import provenance as core_provenance
    from zoning_plugin.core.screening.screen import advisory
    meta = open_dataset().meta
    wanted = [meta["version"], meta["effective_date"], meta["effective_date_note"], meta["notice"],
              core_provenance.plugin_version(), advisory()]
    by_site = pages_of_sites(page_texts(package["result"]["OUTPUT_PDF"], raw=True), 3)
    for number, texts in by_site.items():
        text = flat("".join(texts))
        for value in wanted:
            assert flat(value) in text, (number, value)
    gpkg = os.path.join(package["result"]["OUTPUT_FOLDER"], "检查包.gpkg")
    listing = subprocess.run(["ogrinfo", "-ro", "-al", gpkg, core_provenance.TABLE], capture_output=True,
                             text=True, check=True).stdout
    for value in wanted:
        assert value in listing, value
    project = QgsProject()
    assert project.read(os.path.join(package["result"]["OUTPUT_FOLDER"], "检查包.qgz"))
    try:
        abstract = project.metadata().abstract()
        for value in wanted:
            assert value in abstract, value
        layers = [layer for layer in project.mapLayers().values() if layer.source().endswith(core_provenance.TABLE)]
        assert len(layers) == 1 and layers[0].featureCount() == len(core_provenance.KEYS)
    finally:
        project.clear()


def test_the_committed_layout_template_is_what_its_script_makes(tmp_path):
    assert_template_is_what_its_script_makes("make_field_layout.py", "field_package.qpt", tmp_path)


# -- the package ------------------------------------------------------------------------------------
def test_the_package_opens_in_a_fresh_project_with_valid_layers_and_relative_sources(package):
    folder = package["result"]["OUTPUT_FOLDER"]
    qgz = os.path.join(folder, "检查包.qgz")
    project = QgsProject()
    assert project.read(qgz)
    try:
        layers = list(project.mapLayers().values())
        expected = 2 + len([k for k in ("rivers", "river_buffers", "built_up_area", "counties", "basins")]) \
            + len(open_dataset().unit_classes) + 2   # two site layers (points, areas), zoning, requirements,
        #                                               the provenance (core/dataset/provenance.py)
        assert len(layers) == expected
        assert all(layer.isValid() for layer in layers), [layer.name() for layer in layers if not layer.isValid()]
        sites = [layer for layer in layers if layer.fields().indexOf(RESULT) >= 0]
        assert sorted(layer.featureCount() for layer in sites) == [1, 2]
        requirements = [layer for layer in layers if layer.fields().indexOf("req_id") >= 0]
        assert len(requirements) == 1 and not requirements[0].isSpatial()
        assert requirements[0].featureCount() == len(open_dataset().requirements)
        assert len(project.relationManager().relations()) >= len(open_dataset().unit_classes)
    finally:
        project.clear()
    with zipfile.ZipFile(qgz) as archive:
        qgs = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode("utf-8")
    qgs = re.sub(r"<main-annotation-layer.*?</main-annotation-layer>", "", qgs, flags=re.S)   # no data source
    sources = re.findall(r'source="([^"]*)"', qgs) + re.findall(r"<datasource>([^<]*)</datasource>", qgs)
    assert len(sources) >= 2 * expected
    assert [s for s in sources if not s.startswith("./检查包.gpkg|layername=")] == []
    assert str(package["folder"]) not in qgs


def test_the_site_forms_are_set_for_the_inspection(package):
    project = QgsProject()
    assert project.read(os.path.join(package["result"]["OUTPUT_FOLDER"], "检查包.qgz"))
    try:
        sites = [layer for layer in project.mapLayers().values() if layer.fields().indexOf(RESULT) >= 0]
        assert len(sites) == 2
        for layer in sites:
            def setup(name):
                return layer.editorWidgetSetup(layer.fields().indexOf(name))
            assert setup(RESULT).type() == "ValueMap"
            assert sorted(v for entry in setup(RESULT).config()["map"] for v in entry.values()) == sorted(RESULT_VALUES)
            assert setup(DATE).type() == "DateTime"
            assert setup(PHOTO).type() == "ExternalResource" and setup(PHOTO).config()["RelativeStorage"] == 1
            assert layer.defaultValueDefinition(layer.fields().indexOf(DATE)).expression() == "now()"
            assert layer.defaultValueDefinition(layer.fields().indexOf(INSPECTOR)).expression() == f"'{INSPECTOR_NAME}'"
            assert layer.editFormConfig().reuseLastValue(layer.fields().indexOf(INSPECTOR))
            assert "DCIM/" in layer.customProperty("QFieldSync/attachment_naming")
            assert not layer.readOnly()
        zoning = [layer for layer in project.mapLayers().values() if layer not in sites]
        assert all(layer.readOnly() for layer in zoning)
    finally:
        project.clear()


def test_the_zoning_is_clipped_to_the_margin_around_the_sites(package):
    gpkg = os.path.join(package["result"]["OUTPUT_FOLDER"], "检查包.gpkg")
    dataset = open_dataset()
    near = shapely.union_all([g for _n, g, _v, _r in sample_sites()])
    from zoning_plugin.core.geo import STORAGE_CRS, reproject
    reach = reproject(near, STORAGE_CRS, dataset.metric_crs).buffer(MARGIN_M + 1)
    datasource = ogr.Open(gpkg)
    units = datasource.GetLayerByName("control_units")
    kept = [shapely.from_wkb(bytes(f.GetGeometryRef().ExportToIsoWkb())) for f in units]
    assert 0 < len(kept) < len(dataset.units.records)
    for geometry in kept:
        assert reproject(geometry, STORAGE_CRS, dataset.metric_crs).difference(reach).area < 1.0
    datasource = None
    with open(gpkg, "rb") as f:
        assert f.read(100)[18:20] == b"\x01\x01"   # rollback journal, not WAL: one self-contained file
    assert not [n for n in os.listdir(os.path.dirname(gpkg)) if n.endswith(("-wal", "-shm"))]


def test_the_zip_holds_the_folder_and_its_size_is_logged(package):
    result, feedback = package["result"], package["feedback"]
    assert result["OUTPUT_ZIP"] == result["OUTPUT_FOLDER"] + ".zip"
    with zipfile.ZipFile(result["OUTPUT_ZIP"]) as archive:
        names = set(archive.namelist())
        assert archive.testzip() is None
    assert {"检查包/检查包.qgz", "检查包/检查包.gpkg", "检查包/DCIM/"} <= names
    assert result["PACKAGE_BYTES"] == os.path.getsize(result["OUTPUT_ZIP"]) > 0
    assert any(result["OUTPUT_ZIP"] in info and "MB" in info for info in feedback.infos)
    assert not [n for n in os.listdir(package["folder"]) if n.startswith(".zoning-")]


def test_the_input_and_the_dataset_are_only_read(package):
    assert digest(package["folder"] / "sites.gpkg") == package["before"]["input"]
    assert digest(open_dataset().path) == package["before"]["dataset"]


# -- bad input and special cases --------------------------------------------------------------------
def test_sites_without_geometry_are_reported_and_the_rest_done(provider, tmp_path):
    points = [g for _n, g, _v, _r in sample_sites()[:2]]
    feedback = Recorder()
    result = run(tmp_path, feedback, INPUT=point_layer([points[0], None, points[1]]))
    assert result["SITES"] == 2 and pages(result["OUTPUT_PDF"]) == 2 + result["OVERFLOW_PAGES"]
    assert any("企业2" in e for e in feedback.errors), feedback.errors
    assert os.path.isfile(result["OUTPUT_ZIP"])


def test_a_site_outside_the_city_gets_a_sheet_that_says_so(provider, tmp_path):
    dataset = open_dataset()
    minx, miny, _maxx, _maxy = dataset.city_bounds_4490
    outside = shapely.Point(minx - 1.0, miny - 1.0)
    feedback = Recorder()
    result = run(tmp_path, feedback, INPUT=point_layer([sample_sites()[1][1], outside]))
    by_site = pages_of_sites(page_texts(result["OUTPUT_PDF"]), 2)
    labels = FieldAtlas(None, []).labels()
    sentence = flat(labels["outside"].format(city=dataset.city_name))
    assert sentence in flat(by_site[2][0])
    assert flat(dataset.requirements[0].text)[:PREFIX] not in flat("".join(by_site[2]))
    assert sentence not in flat("".join(by_site[1]))
    assert any("企业2" in info for info in feedback.infos)


def test_selected_features_only(provider, tmp_path):
    layer = point_layer([g for _n, g, _v, _r in sample_sites()[:2]])
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([max(f.id() for f in layer.getFeatures())])
        result = run(tmp_path, INPUT=QgsProcessingFeatureSourceDefinition(layer.id(), True))
        assert result["SITES"] == 1
        assert flat("企业2") in flat(page_texts(result["OUTPUT_PDF"])[0])
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_folder_holding_other_things_is_refused_and_left_alone(provider, tmp_path):
    target = tmp_path / "检查包"
    target.mkdir()
    (target / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(QgsProcessingException):
        run(tmp_path, INPUT=point_layer([sample_sites()[0][1]]))
    assert os.listdir(target) == ["mine.txt"]
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".zoning-") or n.endswith(".zip")]


def test_a_second_run_replaces_the_package_written_before(provider, tmp_path):
    run(tmp_path, INPUT=point_layer([sample_sites()[0][1]]))
    result = run(tmp_path, INPUT=point_layer([g for _n, g, _v, _r in sample_sites()[:2]]))
    layer = QgsVectorLayer(os.path.join(result["OUTPUT_FOLDER"], "检查包.gpkg") + "|layername=sites", "s", "ogr")
    assert layer.featureCount() == 2
    assert sorted(os.listdir(tmp_path)) == ["sheets.pdf", "检查包", "检查包.zip"]


def test_a_cancel_leaves_nothing(provider, tmp_path):
    class Canceller(Recorder):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(lambda value: value >= 30 and self.cancel())

    feedback = Canceller()
    result = run(tmp_path, feedback, INPUT=point_layer([g for _n, g, _v, _r in sample_sites()[:2]]))
    assert feedback.isCanceled() and "PAGES" not in result
    assert os.listdir(tmp_path) == []


def test_time_per_page_of_many_sites(provider, tmp_path):
    """60 sites spread over the city, each a page of its own plus overflow: the time per page and
    what 500 sites would take (printed; the atlas must not take minutes per page)."""
    dataset = open_dataset()
    geometries = dataset.units.geometries
    points = [geometries[n % len(geometries)].representative_point() for n in range(60)]
    started = time.perf_counter()
    result = run(tmp_path, INPUT=point_layer(points))
    seconds = time.perf_counter() - started
    per_page = seconds / result["PAGES"]
    print(f"\nzoning:field_package, 60 sites: {result['PAGES']} pages in {seconds:.1f} s, {per_page:.3f} s per page, "
          f"{seconds / 60:.2f} s per site; 500 sites ≈ {500 * seconds / 60:.0f} s")
    assert result["SITES"] == 60 and pages(result["OUTPUT_PDF"]) == result["PAGES"]


def test_the_optional_buffers_of_the_other_basins_come_along(provider, tmp_path):
    """With the setting that also buffers the rivers of the basins whose list lacks the rule, the
    package carries those buffers as a layer of their own, clipped like the rest."""
    from zoning_plugin.toolbelt.settings import ZoningSettings
    saved = ZoningSettings.load()
    dataset = open_dataset(buffers_in_all_basins=True)
    derived = dataset.derived_buffers()
    assert derived
    near = derived[0][1].representative_point()
    try:
        ZoningSettings(**{**saved.__dict__, "buffers_in_all_basins": True}).save()
        result = run(tmp_path, INPUT=point_layer([near]), MARGIN_M=500)
    finally:
        saved.save()
    project = QgsProject()
    assert project.read(os.path.join(result["OUTPUT_FOLDER"], "检查包.qgz"))
    try:
        layers = [layer for layer in project.mapLayers().values() if "river_buffers_derived" in layer.source()]
        assert len(layers) == 1 and layers[0].isValid() and layers[0].featureCount() >= 1
    finally:
        project.clear()
