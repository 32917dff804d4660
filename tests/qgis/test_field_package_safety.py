"""zoning:field_package never loses a user's data (processing.run): a folder that is not a package
the plugin wrote, untouched (a project folder, a package back from the field, the input's folder,
`.`, `/`), a zip of that name not the plugin's, the input or the dataset as a destination: all
refused before anything is written, everything as it was; a cancel leaves the older outputs; a
margin that is not a sensible number is refused with the parameter's name."""
import os

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException

from test_field_package import digest, mixed_gpkg, point_layer, run, sample_sites
from zoning_plugin.core import open_dataset
from zoning_plugin.core.output_folders import MANIFEST
from zoning_plugin.core.outputs import TEMPORARY_TAG
from processing_support import Recorder


def tree(root):
    """{relative path: sha256 of a file, or 'folder'} of everything under `root` (itself included)."""
    found = {".": "folder"} if os.path.isdir(root) else {}
    for folder, dirs, names in os.walk(root):
        for name in dirs:
            found[os.path.relpath(os.path.join(folder, name), root)] = "folder"
        for name in names:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, root)] = digest(path)
    return found


def leftovers(*folders):
    return [name for folder in folders for name in os.listdir(folder) if name.startswith(TEMPORARY_TAG)]


def one_site():
    return point_layer([sample_sites()[0][1]])


def refused(tmp_path, **parameters):
    """The one line the run was refused with; the tmp_path's content, checked to be as it was."""
    before = tree(tmp_path)
    with pytest.raises(QgsProcessingException) as caught:
        run(tmp_path, **parameters)
    assert tree(tmp_path) == before
    message = str(caught.value)
    assert "Traceback" not in message and TEMPORARY_TAG not in message, message
    return message


def project_folder(root):
    """A user's QGIS project folder `work/`: work.qgz and a shapefile in data/."""
    work = root / "work"
    (work / "data").mkdir(parents=True)
    (work / "work.qgz").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    source = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(work / "data" / "survey.shp"))
    layer = source.CreateLayer("survey", srs, ogr.wkbPoint)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (125.1 42.9)"))
    layer.CreateFeature(feature)
    source = None
    return work


# -- folders that are not the plugin's ------------------------------------------------------------
def test_a_users_project_folder_is_refused_and_nothing_is_written(zoning_provider, tmp_path):
    work = project_folder(tmp_path)
    message = refused(tmp_path, INPUT=one_site(), OUTPUT_FOLDER=str(work), OUTPUT_PDF=str(tmp_path / "sheets.pdf"))
    assert str(work) in message
    assert not os.path.exists(tmp_path / "sheets.pdf")      # the PDF is not written before the folder is checked
    assert not os.path.exists(tmp_path / "work.zip")


@pytest.mark.parametrize("change", ["photo", "edited", "notes", "zip"])
def test_a_package_back_from_the_field_is_never_replaced(zoning_provider, tmp_path, change):
    """A package the plugin wrote, then used in the field: a photo in DCIM/, the GeoPackage edited,
    a notes file, or its zip replaced by another; the next run is refused and all of it stays."""
    first = run(tmp_path, INPUT=one_site())
    folder = first["OUTPUT_FOLDER"]
    if change == "photo":
        with open(os.path.join(folder, "DCIM", "1_20250101120000.jpg"), "wb") as photo:
            photo.write(b"\xff\xd8\xff\xe0" + os.urandom(2048))
    elif change == "edited":
        source = ogr.Open(os.path.join(folder, "检查包.gpkg"), 1)
        layer = source.GetLayerByName("sites")
        for feature in layer:
            feature.SetField("检查记录", "现场已核实")
            assert layer.SetFeature(feature) == 0
        source = None
    elif change == "notes":
        with open(os.path.join(folder, "现场记录.txt"), "w", encoding="utf-8") as notes:
            notes.write("东侧排口已封堵")
    else:
        with open(first["OUTPUT_ZIP"], "wb") as other:
            other.write(b"PK\x05\x06" + b"\0" * 18)
    message = refused(tmp_path, INPUT=point_layer([g for _n, g, _v, _r in sample_sites()[:2]]))
    assert folder in message or first["OUTPUT_ZIP"] in message


def test_a_zip_of_that_name_not_the_plugins_is_refused(zoning_provider, tmp_path):
    (tmp_path / "检查包.zip").write_bytes(b"the user's own archive")
    message = refused(tmp_path, INPUT=one_site())
    assert str(tmp_path / "检查包.zip") in message
    assert not os.path.exists(tmp_path / "检查包") and not os.path.exists(tmp_path / "sheets.pdf")


def test_an_untouched_package_of_ours_is_replaced_and_holds_no_leftovers(zoning_provider, tmp_path):
    run(tmp_path, INPUT=one_site())
    result = run(tmp_path, INPUT=point_layer([g for _n, g, _v, _r in sample_sites()[:2]]))
    assert result["SITES"] == 2
    assert sorted(os.listdir(tmp_path)) == ["sheets.pdf", "检查包", "检查包.zip"]
    assert sorted(os.listdir(result["OUTPUT_FOLDER"])) == sorted([MANIFEST, "DCIM", "检查包.gpkg", "检查包.qgz"])
    third = run(tmp_path, INPUT=one_site())                 # and again: the manifest was renewed
    assert third["SITES"] == 1


def test_an_empty_folder_made_for_the_package_is_used_and_nothing_is_left_beside_it(zoning_provider, tmp_path):
    (tmp_path / "检查包").mkdir()              # as the file dialog's "new folder" makes it
    result = run(tmp_path, INPUT=one_site())
    assert result["SITES"] == 1
    assert sorted(os.listdir(tmp_path)) == ["sheets.pdf", "检查包", "检查包.zip"]


# -- destinations onto what the run reads ----------------------------------------------------------
def test_the_folder_holding_the_input_is_refused_with_the_input_byte_identical(zoning_provider, tmp_path):
    source = mixed_gpkg(tmp_path / "sites.gpkg", sample_sites()[:1])
    message = refused(tmp_path, INPUT=source, OUTPUT_FOLDER=str(tmp_path), OUTPUT_PDF=str(tmp_path / "s.pdf"))
    assert str(tmp_path / "sites.gpkg") in message


def test_a_folder_that_contains_the_inputs_folder_is_refused(zoning_provider, tmp_path):
    (tmp_path / "in").mkdir()
    source = mixed_gpkg(tmp_path / "in" / "sites.gpkg", sample_sites()[:1])
    refused(tmp_path, INPUT=source, OUTPUT_FOLDER=str(tmp_path), OUTPUT_PDF=str(tmp_path / "elsewhere.pdf"))


def test_the_input_file_as_the_package_folder_or_the_pdf_is_refused(zoning_provider, tmp_path):
    source = mixed_gpkg(tmp_path / "sites.gpkg", sample_sites()[:1])
    refused(tmp_path, INPUT=source, OUTPUT_FOLDER=str(tmp_path / "sites.gpkg"))
    message = refused(tmp_path, INPUT=source, OUTPUT_PDF=str(tmp_path / "sites.gpkg"))
    assert str(tmp_path / "sites.gpkg") in message


def test_the_dataset_as_the_pdf_is_refused(zoning_provider, tmp_path):
    dataset = open_dataset().path
    before = digest(dataset)
    with pytest.raises(QgsProcessingException) as caught:
        run(tmp_path, INPUT=one_site(), OUTPUT_PDF=dataset)
    assert dataset in str(caught.value) and digest(dataset) == before
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("where", ["inside", "zip"])
def test_the_pdf_inside_the_package_folder_or_as_its_zip_is_refused(zoning_provider, tmp_path, where):
    pdf = tmp_path / "检查包" / "sheets.pdf" if where == "inside" else tmp_path / "检查包.zip"
    refused(tmp_path, INPUT=one_site(), OUTPUT_PDF=str(pdf))
    assert os.listdir(tmp_path) == []


def test_dot_and_the_root_are_refused(zoning_provider, tmp_path, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    message = refused(tmp_path, INPUT=one_site(), OUTPUT_FOLDER=".", OUTPUT_PDF=str(tmp_path / "s.pdf"))
    assert str(empty) in message
    monkeypatch.chdir(tmp_path)
    refused(tmp_path, INPUT=one_site(), OUTPUT_FOLDER=".", OUTPUT_PDF=str(tmp_path / "s.pdf"))
    refused(tmp_path, INPUT=one_site(), OUTPUT_FOLDER="/", OUTPUT_PDF=str(tmp_path / "s.pdf"))


@pytest.mark.parametrize("output", ["OUTPUT_PDF", "OUTPUT_FOLDER"])
def test_a_destination_that_cannot_be_made_names_the_users_path(zoning_provider, tmp_path, output):
    """A folder on the way that is a file (as a missing or read-only folder would, also for root)."""
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    path = str(tmp_path / "a_file" / ("sheets.pdf" if output == "OUTPUT_PDF" else "检查包"))
    message = refused(tmp_path, INPUT=one_site(), **{output: path})
    assert path in message


# -- cancels ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("moment", ["atlas", "package"])
def test_a_cancel_leaves_the_older_outputs_as_they_were(zoning_provider, tmp_path, moment):
    run(tmp_path, INPUT=one_site())
    before = tree(tmp_path)

    class Canceller(Recorder):
        def __init__(self):
            super().__init__()
            if moment == "atlas":
                self.progressChanged.connect(lambda value: value >= 30 and self.cancel())

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            super().pushInfo(info)
            if moment == "package" and info.startswith("Inspection sheets:"):
                self.cancel()                 # the PDF is made, the package not yet

    feedback = Canceller()
    result = run(tmp_path, feedback, INPUT=point_layer([g for _n, g, _v, _r in sample_sites()[:2]]))
    assert feedback.isCanceled() and result.get("PAGES") is None
    assert tree(tmp_path) == before and not leftovers(tmp_path)


# -- the margin ------------------------------------------------------------------------------------
@pytest.mark.parametrize("margin", [float("nan"), float("inf"), -5, 1e9, "nan"])
def test_a_margin_that_is_not_a_sensible_distance_is_refused_with_its_name(zoning_provider, tmp_path, margin):
    with pytest.raises(QgsProcessingException) as caught:
        run(tmp_path, INPUT=one_site(), MARGIN_M=margin)
    assert "MARGIN_M" in str(caught.value)
    assert os.listdir(tmp_path) == []


# -- hostile sites -----------------------------------------------------------------------------------
def test_hostile_sites_are_left_out_with_a_line_and_long_texts_do_not_fail_the_atlas(zoning_provider, tmp_path):
    """Coordinates of 1e200 and NaN are left out with a line each; a 400-character name and a
    self-intersecting polygon across many units (a summary far over 255 characters) get their sheets
    and their features in the package."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "sites.gpkg"))
    layer = source.CreateLayer("sites", srs, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    nan = ogr.Geometry(ogr.wkbPoint)
    nan.AddPoint_2D(float("nan"), float("nan"))
    long_name = "甲" * 400
    for name, geometry in [("巨大坐标", ogr.CreateGeometryFromWkt("POINT (1e200 1e200)")), ("无效坐标", nan),
                           (long_name, ogr.CreateGeometryFromWkt("POINT (125.14 42.9)")),
                           ("自相交", ogr.CreateGeometryFromWkt(
                               "POLYGON ((125.1 42.9, 125.2 43.0, 125.2 42.9, 125.1 43.0, 125.1 42.9))"))]:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    source = None
    feedback = Recorder()
    result = run(tmp_path, feedback, INPUT=f"{tmp_path / 'sites.gpkg'}|layername=sites")
    assert result["SITES"] == 2
    assert any("巨大坐标" in e for e in feedback.errors) and any("无效坐标" in e for e in feedback.errors)
    package = ogr.Open(os.path.join(result["OUTPUT_FOLDER"], "检查包.gpkg"))
    names = sorted(f.GetField("检查点名称") for name in ("sites_point", "sites_polygon")
                   for f in package.GetLayerByName(name))
    package = None
    assert names == sorted([long_name, "自相交"])
