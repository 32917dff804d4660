"""Reading never writes (issue 14 §6): opening the zoning dataset through the core and querying it
leaves the file's bytes, its header and the SQLite files beside it as they were, in rollback mode,
in WAL mode, and in WAL mode with content not yet checkpointed (which SQLite, closing the last
reader, would otherwise move into the file and delete)."""
from zoning_plugin.core import open_dataset  # first: it tells pyproj where PROJ's data is

import hashlib  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402
import shapely  # noqa: E402

from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, Dataset  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS  # noqa: E402
from zoning_plugin.core.engine.lookup import locate, unit_requirements  # noqa: E402
from zoning_plugin.core.engine.overlay import overlay  # noqa: E402
from zoning_plugin.core.dataset.screening_rules import read_rules  # noqa: E402
from zoning_plugin.core.dataset.validate import validate_dataset  # noqa: E402

SIDES = ("-wal", "-shm", "-journal")


def state(path):
    """sha256 of the file and of the WAL beside it, which side files exist, the file's mtime."""
    digest = {suffix: hashlib.sha256(open(path + suffix, "rb").read()).hexdigest()
              for suffix in ("", "-wal") if os.path.exists(path + suffix)}
    with open(path, "rb") as file:
        header = file.read(100)
    return digest, header, [s for s in SIDES if os.path.exists(path + s)], os.stat(path).st_mtime_ns


def leave_pending(path):
    """A WAL holding a committed row the file has not got yet: the writer dies without closing."""
    script = ("import os, sqlite3, sys\n"
              "c = sqlite3.connect(sys.argv[1])\n"
              "c.execute('pragma journal_mode=wal'); c.execute('pragma wal_autocheckpoint=0')\n"
              "c.execute(\"insert into dataset_meta(key, value) values ('pending_key', 'from the wal')\")\n"
              "c.commit(); os._exit(0)\n")
    subprocess.run([sys.executable, "-c", script, path], check=True)


@pytest.fixture(params=["rollback", "wal", "wal-pending"])
def copy(request, tmp_path):
    path = str(tmp_path / "zoning.gpkg")
    shutil.copyfile(SAMPLE_DATASET_PATH, path)
    if request.param == "wal":
        with sqlite3.connect(path) as connection:
            assert connection.execute("pragma journal_mode=wal").fetchone() == ("wal",)
        connection.close()
    elif request.param == "wal-pending":
        leave_pending(path)
        assert os.path.exists(path + "-wal") and os.path.getsize(path + "-wal") > 0
    return request.param, path


def test_opening_and_querying_the_dataset_writes_nothing(copy):
    mode, path = copy
    before = state(path)
    if mode != "rollback":
        assert before[1][18:20] == b"\x02\x02"          # the header says WAL
    dataset = Dataset(path)
    point = shapely.buffer(dataset.units.metric[7], -30).representative_point()
    assert dataset.inspect(point, crs=METRIC_CRS).inside
    assert overlay(dataset, [point.buffer(40)], crs=METRIC_CRS).features[0].status == "ok"
    assert locate(dataset, point, crs=METRIC_CRS) is not None
    assert unit_requirements(dataset, dataset.units.records[7]["unit_code"]) is not None
    validate_dataset(dataset)
    open_dataset(path)
    assert read_rules(path)                                 # screening reads its rules from the file
    assert state(path) == before
    if mode == "wal-pending":   # and what the WAL holds was read
        assert dataset.meta["pending_key"] == "from the wal"


def test_a_wal_change_reopens_the_cached_dataset(tmp_path):
    path = str(tmp_path / "zoning.gpkg")
    shutil.copyfile(SAMPLE_DATASET_PATH, path)
    first = open_dataset(path)
    assert "pending_key" not in first.meta
    leave_pending(path)
    before = state(path)
    assert open_dataset(path).meta["pending_key"] == "from the wal"
    assert state(path) == before


def test_a_private_copy_that_cannot_be_made_is_a_clear_error(tmp_path, monkeypatch, english):
    """A full temporary folder: one line naming the dataset, and the user's files untouched."""
    import errno
    from zoning_plugin.core.dataset import reader as dataset_module
    from zoning_plugin.core.errors import DatasetError
    path = str(tmp_path / "zoning.gpkg")
    shutil.copyfile(SAMPLE_DATASET_PATH, path)
    leave_pending(path)
    before = state(path)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(dataset_module.shutil, "copyfile", full)
    with pytest.raises(DatasetError, match="cannot read dataset") as caught:
        Dataset(path)
    assert path in str(caught.value) and "\n" not in str(caught.value)
    assert state(path) == before
