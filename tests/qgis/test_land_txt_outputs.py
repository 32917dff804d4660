"""zoning:read_land_txt and zoning:write_land_txt under the output discipline: a cancel while a long
file is read writes nothing, outputs onto the input are refused with the input byte-identical, a
full disk through scripts/qgis_process exits 1 naming the user's path with the old file intact,
NaN polygons and missing or unreadable files end with one line."""
import hashlib
import math
import os
import sys

import pytest
from qgis.core import QgsProcessingException

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qgis_process_support import run as qgis_process  # noqa: E402
from test_land_txt_algorithms import TWO_PARCELS, X0, Y0, land_file, polygon_layer, run
from processing_support import Recorder


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def many_parcels(path, count, corners=4):
    """A file of `count` parcels of `corners` corners each, 30 m apart (all in zone 42)."""
    parcels = []
    for n in range(count):
        x, y = X0 + 30 * (n % 200), Y0 + 30 * (n // 200)
        ring = [(x + 10 + 9 * math.cos(k * 6.283 / corners),
                 y + 10 + 9 * math.sin(k * 6.283 / corners)) for k in range(corners)]
        parcels.append((f"D{n}", f"{n}号地块", "工业用地", [ring]))
    return land_file(path, parcels)


class CancelAfter(Recorder):
    """Answers isCanceled() true from its `after`-th question on: the reading must ask."""

    def __init__(self, after):
        super().__init__()
        self.after, self.asked = after, 0

    def isCanceled(self):  # noqa: N802 (QGIS API)
        self.asked += 1
        return self.asked > self.after


@pytest.mark.parametrize("after", [0, 2, 40])
def test_a_cancel_while_a_long_file_is_read_writes_nothing(zoning_provider, tmp_path, after):
    source = many_parcels(tmp_path / "long.txt", 3000)
    (tmp_path / "out").mkdir()
    feedback = CancelAfter(after)
    result = run("read_land_txt", feedback, INPUT=source, OUTPUT=str(tmp_path / "out" / "parcels.gpkg"))
    assert result == {} or "OUTPUT" not in result
    assert "Cancelled: nothing was written." in feedback.errors
    assert os.listdir(tmp_path / "out") == []
    assert feedback.asked == after + 1           # it stopped at the first “yes”, while reading


def test_an_output_onto_the_input_is_refused_and_the_input_kept(zoning_provider, tmp_path):
    source = land_file(tmp_path / "地块.txt", TWO_PARCELS)
    before = digest(source)
    with pytest.raises(QgsProcessingException, match="would overwrite an input of this run"):
        run("read_land_txt", INPUT=source, OUTPUT=source)
    layer_path = str(tmp_path / "parcels.gpkg")
    run("read_land_txt", INPUT=source, OUTPUT=layer_path)
    layer_before = digest(layer_path)
    with pytest.raises(QgsProcessingException, match="would overwrite an input of this run"):
        run("write_land_txt", INPUT=layer_path, OUTPUT=layer_path)
    with pytest.raises(QgsProcessingException, match="is an existing folder"):
        run("write_land_txt", INPUT=layer_path, OUTPUT=str(tmp_path))
    assert digest(source) == before and digest(layer_path) == layer_before
    assert sorted(os.listdir(tmp_path)) == ["parcels.gpkg", "地块.txt"]


def test_write_land_txt_leaves_out_a_nan_polygon_with_a_line(zoning_provider, tmp_path):
    layer = polygon_layer([("POLYGON((125.1 42.9, 125.101 42.9, 125.101 42.901, 125.1 42.9))", "A", "甲", "", "", ""),
                           ("POLYGON((nan nan, nan nan, nan nan, nan nan))", "B", "乙", "", "", "")])
    feedback = Recorder()
    run("write_land_txt", feedback, INPUT=layer, OUTPUT=str(tmp_path / "out.txt"))
    assert any("has coordinates that are not finite numbers; left out" in e or "has no polygon" in e
               for e in feedback.errors), feedback.errors
    assert "A" in (tmp_path / "out.txt").read_bytes().decode("gbk") and "乙" not in \
        (tmp_path / "out.txt").read_bytes().decode("gbk")


def test_write_land_txt_replaces_an_old_file_whole_and_with_the_users_permissions(zoning_provider, tmp_path):
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    layer = polygon_layer([("POLYGON((125.1 42.9, 125.101 42.9, 125.101 42.901, 125.1 42.9))", "A", "甲", "", "", "")])
    run("write_land_txt", INPUT=layer, OUTPUT=str(target))
    mask = os.umask(0)
    os.umask(mask)
    assert target.read_bytes().startswith("[属性描述]".encode("gbk"))
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask and os.listdir(tmp_path) == ["out.txt"]


# -- through scripts/qgis_process -----------------------------------------------------------------
def test_read_land_txt_on_a_full_disk_exits_1_and_keeps_the_old_output(tmp_path):
    small = land_file(tmp_path / "small.txt", TWO_PARCELS)
    target = tmp_path / "out" / "parcels.gpkg"
    done = qgis_process(tmp_path / "profile", "zoning:read_land_txt", {"INPUT": small, "OUTPUT": target})
    assert done.returncode == 0, done.stdout + done.stderr
    before = digest(target)
    big = many_parcels(tmp_path / "big.txt", 2000, corners=200)          # a GeoPackage of several MB
    done = qgis_process(tmp_path / "profile", "zoning:read_land_txt", {"INPUT": big, "OUTPUT": target},
                        file_size=1_000_000)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert f"“{target}” cannot be written" in output or f"“{target}” could not be written" in output
    assert "Traceback" not in output and ".zoning-tmp" not in output
    assert digest(target) == before and os.listdir(target.parent) == ["parcels.gpkg"]


def test_write_land_txt_on_a_full_disk_exits_1_and_keeps_the_old_file(tmp_path):
    source = land_file(tmp_path / "in.txt", TWO_PARCELS)
    layer = tmp_path / "parcels.gpkg"
    assert qgis_process(tmp_path / "profile", "zoning:read_land_txt", {"INPUT": source, "OUTPUT": layer}).returncode == 0
    target = tmp_path / "out" / "parcels.txt"
    target.parent.mkdir()
    target.write_bytes(b"the old file")
    done = qgis_process(tmp_path / "profile", "zoning:write_land_txt", {"INPUT": layer, "OUTPUT": target},
                        file_size=200)
    output = done.stdout + done.stderr
    assert done.returncode == 1 and f"“{target}” cannot be written" in output and "Traceback" not in output, output
    assert target.read_bytes() == b"the old file" and os.listdir(target.parent) == ["parcels.txt"]


@pytest.mark.parametrize("name", ["missing.txt", "folder"])
def test_a_missing_file_or_a_folder_is_one_line(tmp_path, name):
    (tmp_path / "folder").mkdir()
    done = qgis_process(tmp_path / "profile", "zoning:read_land_txt",
                        {"INPUT": tmp_path / name, "OUTPUT": tmp_path / "out.gpkg"})
    output = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in output and str(tmp_path / name) in output, output
    assert not (tmp_path / "out.gpkg").exists()


def test_a_cancel_while_the_land_txt_input_of_conformity_is_read_writes_nothing(zoning_provider, tmp_path):
    source = many_parcels(tmp_path / "long.txt", 3000)
    (tmp_path / "out").mkdir()
    feedback = CancelAfter(3)
    with pytest.raises(QgsProcessingException, match="Cancelled while the coordinate file was read: nothing was"):
        run("conformity", feedback, LAND_TXT=source, OUTPUT=str(tmp_path / "out" / "c.gpkg"),
            OUTPUT_HTML=str(tmp_path / "out" / "c.html"))
    assert os.listdir(tmp_path / "out") == []
