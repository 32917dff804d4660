"""Reading never writes (issue 14 §6): a site report and a field package made from a dataset kept in
WAL mode, with a change still in its WAL, leave the dataset's file, its header and the WAL as they
were (QGIS 3.22's OGR provider, once it has opened a GeoPackage, sets it back to journal mode DELETE
on closing: the reports draw the zoning from the opened dataset instead)."""
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
import shapely
from test_field_package import Recorder, point_layer, provider, sample_sites  # noqa: F401
from test_site_report import site_layer, zoning_provider  # noqa: F401

from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH


def state(path):
    """sha256 of the file and of its WAL, its header, which side files exist."""
    digests = {suffix: hashlib.sha256(open(path + suffix, "rb").read()).hexdigest()
               for suffix in ("", "-wal") if os.path.exists(path + suffix)}
    with open(path, "rb") as stream:
        header = stream.read(100)
    return digests, header, sorted(s for s in ("-wal", "-shm", "-journal") if os.path.exists(path + s))


@pytest.fixture(params=["wal", "wal-pending"])
def wal_dataset(request, tmp_path):
    path = str(tmp_path / "zoning.gpkg")
    shutil.copyfile(SAMPLE_DATASET_PATH, path)
    script = ("import os, sqlite3, sys\n"
              "c = sqlite3.connect(sys.argv[1]); c.execute('pragma journal_mode=wal')\n"
              + ("c.execute('pragma wal_autocheckpoint=0')\n"
                 "c.execute(\"insert into dataset_meta(key, value) values ('pending', 'in the wal')\")\n"
                 "c.commit(); os._exit(0)\n" if request.param == "wal-pending" else "c.close()\n"))
    subprocess.run([sys.executable, "-c", script, path], check=True)
    with open(path, "rb") as stream:
        assert stream.read(20)[18:20] == b"\x02\x02"        # the header says WAL
    return path


def test_a_site_report_leaves_a_wal_dataset_as_it_was(zoning_provider, wal_dataset, tmp_path):  # noqa: F811
    from qgis import processing
    before = state(wal_dataset)
    site = shapely.Point(125.145, 42.902).buffer(0.003)
    result = processing.run("zoning:site_report", {"INPUT": site_layer(site), "DATASET": wal_dataset,
                                                   "OUTPUT_PDF": str(tmp_path / "site.pdf")}, feedback=Recorder())
    assert result["PAGES"] >= 3
    assert state(wal_dataset) == before


def test_a_field_package_leaves_a_wal_dataset_as_it_was(provider, wal_dataset, tmp_path):  # noqa: F811
    from qgis import processing
    before = state(wal_dataset)
    result = processing.run("zoning:field_package", {
        "INPUT": point_layer([sample_sites()[0][1]]), "DATASET": wal_dataset,
        "OUTPUT_PDF": str(tmp_path / "sheets.pdf"), "OUTPUT_FOLDER": str(tmp_path / "pkg")}, feedback=Recorder())
    assert result["SITES"] == 1
    assert state(wal_dataset) == before
    with sqlite3.connect(str(tmp_path / "pkg" / "pkg.gpkg")) as connection:     # the package has its zoning
        assert connection.execute("select count(*) from control_units").fetchone()[0] > 0
