"""zoning:build_buffers: widths checked (WIDTH=1e9, nan, inf, negatives refused by name; a field's
absurd width left out), outputs that would destroy the input or the dataset refused, a full disk
and a NaN geometry through scripts/qgis_process: a non-zero exit, one line, the old output intact."""
import contextlib
import hashlib
import math
import os
import shutil
import sqlite3
import struct
import sys

import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qgis_process_support import run as qgis_process  # noqa: E402
from test_algorithm_build_buffers import Recorder, zoning_provider  # noqa: E402,F401

from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH  # noqa: E402

X0, Y0 = 430_000.0, 4_750_000.0                 # EPSG:4551 metres, inside 辽源


def rivers_gpkg(path, rivers, length=1000.0, vertices=2):
    """A GeoPackage of river lines in EPSG:4551: (name, width or None) per river, each `length` m
    long with `vertices` vertices, 200 m apart; a name 'NAN' gives a line with NaN coordinates (its
    geometry blob written afterwards: OGR refuses to write them)."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4551)
    layer = source.CreateLayer("rivers", srs, ogr.wkbLineString, options=["SPATIAL_INDEX=NO"])
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    for n, (name, width) in enumerate(rivers):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        if width is not None:
            feature.SetField("w", width)
        line = ogr.Geometry(ogr.wkbLineString)
        for i in range(vertices):
            x = X0 + length * i / (vertices - 1)
            y = Y0 + 200 * n + (20 * math.sin(i / 3) if vertices > 2 else 0)
            line.AddPoint_2D(x, y)
        feature.SetGeometry(line)
        layer.CreateFeature(feature)
    source = None
    nan_line = b"GP\x00\x01" + struct.pack("<i", 4551) + shapely.to_wkb(
        shapely.LineString([(math.nan, math.nan), (math.nan, math.nan)]), byte_order=1)
    with contextlib.closing(sqlite3.connect(str(path))) as connection:
        connection.execute("UPDATE rivers SET geom = ? WHERE name = 'NAN'", (nan_line,))
        connection.commit()
    return str(path)


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def run(parameters, feedback=None):
    from qgis import processing
    return processing.run("zoning:build_buffers", parameters, feedback=feedback or Recorder())


@pytest.mark.parametrize("width, message", [
    ("1e9", r"Width on each side.*\(WIDTH\): 1e9 is above the largest value allowed, 10000"),
    (1e9, r"\(WIDTH\): 1000000000(\.0)? is above the largest value allowed, 10000"),
    ("10001", r"\(WIDTH\): 10001 is above the largest value allowed"),
    ("nan", r"\(WIDTH\): “nan” is not a finite number"),
    ("inf", r"\(WIDTH\): “inf” is not a finite number"),
    ("-30", r"\(WIDTH\): -30 is below the smallest value allowed, 0"),
    ("0", r"\(WIDTH\): 0 is below the smallest value allowed, 0"),
    ("20,5", r"\(WIDTH\): in “20,5” the comma is ambiguous"),
])
def test_a_width_that_is_not_a_sensible_number_is_refused_by_name(zoning_provider, tmp_path, width, message):
    source = rivers_gpkg(tmp_path / "rivers.gpkg", [("甲河", None)])
    with pytest.raises(QgsProcessingException, match=message):
        run({"INPUT": source, "WIDTH": width, "OUTPUT": str(tmp_path / "out.gpkg")})
    assert sorted(os.listdir(tmp_path)) == ["rivers.gpkg"]


def test_a_width_with_its_unit_or_in_full_width_digits_is_read_and_said(zoning_provider, tmp_path):
    source = rivers_gpkg(tmp_path / "rivers.gpkg", [("甲河", None)])
    for width in ("30 m", "３０"):
        feedback = Recorder()
        result = run({"INPUT": source, "WIDTH": width, "OUTPUT": "memory:"}, feedback)
        (feature,) = result["OUTPUT"].getFeatures()
        assert feature["buffer_m"] == 30.0 and feature["width_from"] == "input"
        assert any(f"(WIDTH): 「{width}」→ 30" in line for line in feedback.infos), feedback.infos


def test_a_field_giving_an_absurd_width_leaves_that_river_out_and_says_why(zoning_provider, tmp_path):
    source = rivers_gpkg(tmp_path / "rivers.gpkg", [("甲河", 30.0), ("乙河", 1e9), ("丙河", -5.0)])
    feedback = Recorder()
    result = run({"INPUT": source, "WIDTH": '"w"', "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
    names = [f["river_name"] for f in QgsVectorLayer(result["OUTPUT"], "o", "ogr").getFeatures()]
    assert names == ["甲河"]
    assert "Feature 2: the width 1000000000.0 m is above the largest allowed, 10000 m; left out." in feedback.errors
    assert "Feature 3: the width “-5.0” is not a positive number of metres; left out." in feedback.errors


def test_an_output_onto_the_input_or_the_dataset_is_refused_and_both_kept(zoning_provider, tmp_path):
    source = rivers_gpkg(tmp_path / "rivers.gpkg", [("甲河", None)])
    dataset = shutil.copy(SAMPLE_DATASET_PATH, tmp_path / "zoning.gpkg")
    before = {name: digest(tmp_path / name) for name in os.listdir(tmp_path)}
    with pytest.raises(QgsProcessingException, match="would overwrite an input of this run"):
        run({"INPUT": source, "DATASET": str(dataset), "OUTPUT": source})
    with pytest.raises(QgsProcessingException, match="would overwrite an input of this run"):
        run({"INPUT": source, "DATASET": str(dataset), "OUTPUT": str(tmp_path / "sub" / ".." / "rivers.gpkg")})
    with pytest.raises(QgsProcessingException, match="would overwrite the zoning dataset|would overwrite an input"):
        run({"INPUT": source, "DATASET": str(dataset), "OUTPUT": str(dataset)})
    assert {name: digest(tmp_path / name) for name in os.listdir(tmp_path)} == before


def test_nan_and_huge_coordinates_are_left_out_with_a_line_in_one_run_after_another(zoning_provider, tmp_path):
    """QGIS's own validity check would hand NaN coordinates to GEOS, which corrupts the process's
    memory: three runs in a row, then a file written, prove it is not reached."""
    for n in range(3):
        source = rivers_gpkg(tmp_path / f"nan{n}.gpkg", [("NAN", None), ("甲河", None)])
        feedback = Recorder()
        result = run({"INPUT": source, "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
        assert [f["river_name"] for f in QgsVectorLayer(result["OUTPUT"], "o", "ogr").getFeatures()] == ["甲河"]
        assert "Feature 1 has coordinates that are not finite numbers; left out." in feedback.errors
    only_nan = rivers_gpkg(tmp_path / "only.gpkg", [("NAN", None)])
    with pytest.raises(QgsProcessingException, match="do not fit its coordinate reference system") as caught:
        run({"INPUT": only_nan, "OUTPUT": str(tmp_path / "none.gpkg")})
    assert "\n" not in str(caught.value) and not (tmp_path / "none.gpkg").exists()


# -- through scripts/qgis_process -----------------------------------------------------------------
def test_qgis_process_refuses_an_absurd_width_and_a_nan_geometry_without_a_traceback(tmp_path):
    source = rivers_gpkg(tmp_path / "rivers.gpkg", [("甲河", None)])
    done = qgis_process(tmp_path / "profile", "zoning:build_buffers",
                        {"INPUT": source, "WIDTH": "1e9", "OUTPUT": tmp_path / "out.gpkg"})
    assert done.returncode == 1 and "is above the largest value allowed, 10000" in done.stdout + done.stderr
    only_nan = rivers_gpkg(tmp_path / "nan.gpkg", [("NAN", None)])
    done = qgis_process(tmp_path / "profile", "zoning:build_buffers", {"INPUT": only_nan, "OUTPUT": tmp_path / "out.gpkg"})
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr      # an error, not a crash
    assert "do not fit its coordinate reference system" in done.stdout + done.stderr
    assert not (tmp_path / "out.gpkg").exists()


def test_a_full_disk_exits_non_zero_and_leaves_the_old_output_whole(tmp_path):
    small = rivers_gpkg(tmp_path / "small.gpkg", [("甲河", None)])
    target = tmp_path / "out" / "buffers.gpkg"
    done = qgis_process(tmp_path / "profile", "zoning:build_buffers", {"INPUT": small, "OUTPUT": target})
    assert done.returncode == 0, done.stdout + done.stderr
    before = digest(target)
    # 300 rivers of 2,000 vertices: a GeoPackage of several MB, past a 1 MB limit
    big = rivers_gpkg(tmp_path / "big.gpkg", [(f"河{n}", None) for n in range(300)], length=5000, vertices=2000)
    assert os.path.getsize(big) > 4_000_000
    done = qgis_process(tmp_path / "profile", "zoning:build_buffers", {"INPUT": big, "OUTPUT": target},
                        file_size=1_000_000)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert f"“{target}” cannot be written" in output and "Traceback" not in output
    assert digest(target) == before
    assert sorted(os.listdir(target.parent)) == ["buffers.gpkg"]          # nothing left aside
