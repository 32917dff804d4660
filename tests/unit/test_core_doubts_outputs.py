"""The doubts file and its exports are written through core/outputs.py (issue 14 §1): never onto
a dataset (by any name), an old export kept whole when a write fails, the user's permissions, and
CSV cells a spreadsheet would run as formulas written as text."""
from zoning_plugin.core import open_dataset  # first: it tells pyproj where PROJ's data is

import csv  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402

import pytest  # noqa: E402
import shapely  # noqa: E402

import zoning_plugin.core.outputs as outputs  # noqa: E402
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH  # noqa: E402
from zoning_plugin.core.doubts import DoubtError, export_doubts, list_doubts, record_doubt  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS  # noqa: E402


@pytest.fixture(scope="module")
def result():
    dataset = open_dataset()
    point = shapely.buffer(dataset.units.metric[4], -30).representative_point()
    return dataset.inspect(point, crs=METRIC_CRS)


@pytest.fixture
def doubts(tmp_path, result):
    path = str(tmp_path / "doubts" / "mine.gpkg")
    record_doubt(path, result, "=HYPERLINK(\"http://example.invalid\")", "tester")
    record_doubt(path, result, "-2+3 looks wrong", "@tester")
    return path


def test_a_new_doubts_file_is_a_checked_geopackage_with_the_users_permissions(doubts):
    assert outputs.check_sqlite(doubts) is None
    assert os.stat(doubts).st_mode & 0o777 == 0o666 & ~outputs.current_umask()
    assert [d.note for d in list_doubts(doubts)] == ["=HYPERLINK(\"http://example.invalid\")", "-2+3 looks wrong"]
    assert sorted(os.listdir(os.path.dirname(doubts))) == ["mine.gpkg"]


def test_csv_cells_that_would_be_formulas_are_text(doubts, tmp_path):
    target = tmp_path / "out.csv"
    assert export_doubts(doubts, str(target)) == 2
    with open(target, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["note"] for r in rows] == ["'=HYPERLINK(\"http://example.invalid\")", "'-2+3 looks wrong"]
    assert rows[1]["user_name"] == "'@tester"
    assert rows[0]["geometry_wkt"].startswith("POINT")


@pytest.mark.parametrize("name", ["dataset.gpkg", "link.gpkg", "link.csv"])
def test_doubts_never_go_onto_the_dataset(tmp_path, result, name, monkeypatch, english):
    dataset_copy = tmp_path / "dataset.gpkg"
    shutil.copyfile(SAMPLE_DATASET_PATH, dataset_copy)
    before = dataset_copy.read_bytes()
    if name != "dataset.gpkg":
        os.symlink(dataset_copy, tmp_path / name)
    target = str(tmp_path / name)
    monkeypatch.setitem(result.dataset, "path", str(dataset_copy))
    if name.endswith(".gpkg"):
        with pytest.raises(DoubtError, match="zoning dataset"):
            record_doubt(target, result, "wrong", "tester")
    mine = str(tmp_path / "mine.gpkg")
    record_doubt(mine, result, "wrong", "tester")
    with pytest.raises(DoubtError, match="zoning dataset"):
        export_doubts(mine, target, dataset_path=str(dataset_copy))
    assert dataset_copy.read_bytes() == before


@pytest.mark.parametrize("name", ["old.csv", "old.gpkg"])
def test_a_failed_export_leaves_the_old_export_whole(doubts, tmp_path, monkeypatch, name):
    target = tmp_path / name
    export_doubts(doubts, str(target))
    before = target.read_bytes()
    record_doubt(doubts, open_dataset().inspect(shapely.Point(125.145, 42.902)), "third", "tester")

    def full_disk(path, *args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(outputs, "fsync_path", full_disk)
    with pytest.raises(DoubtError, match="No space left on device") as caught:
        export_doubts(doubts, str(target))
    assert str(target) in str(caught.value) and ".zoning-tmp" not in str(caught.value)
    assert target.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == sorted(["doubts", name])
