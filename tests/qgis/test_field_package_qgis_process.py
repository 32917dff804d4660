"""zoning:field_package from a shell (scripts/qgis_process), as the QA runs that lost data ran it: a
user's project folder, a package back from the field, the input's folder and `.` refused with a
non-zero exit and one line, everything as it was; a full disk (a file-size limit) while the PDF or
the package is written gives a non-zero exit and leaves the older PDF and package intact; a new
run onto an untouched package of ours replaces it."""
import os
import shutil
import subprocess

import pytest
from osgeo import ogr, osr

from qgis_process_support import run
from test_field_package import sample_sites
from test_field_package_safety import leftovers, project_folder, tree

ALGORITHM = "zoning:field_package"
pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils missing (make setup)")


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    return tmp_path_factory.mktemp("qgis-process-profile")


def sites_gpkg(path, name="甲企业", count=1):
    """`count` points 20 m apart at the first sample site, named `name`, `name`2 …"""
    point = sample_sites()[0][1]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("sites", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for n in range(count):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name if n == 0 else f"{name}{n + 1}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({point.x + 0.0002 * n} {point.y})"))
        layer.CreateFeature(feature)
    source = None
    return str(path)


def parameters(root, source, **more):
    return {"INPUT": source, "OUTPUT_PDF": str(root / "out" / "sheets.pdf"),
            "OUTPUT_FOLDER": str(root / "out" / "检查包"), "MARGIN_M": "0", **more}


def failed(done):
    """The one line a refused or failed run gives (its ERROR line), checked: non-zero exit, no
    traceback, no temporary file named."""
    text = done.stdout + done.stderr
    assert done.returncode != 0, text
    assert "Traceback" not in text, text
    errors = [line for line in text.splitlines() if line.startswith("ERROR:")]
    assert len(errors) == 1, text
    assert ".zoning-tmp" not in errors[0], errors[0]
    return errors[0]


def test_a_project_folder_and_a_package_back_from_the_field_survive(profile, tmp_path):
    source = sites_gpkg(tmp_path / "sites.gpkg")
    work = project_folder(tmp_path)
    before = tree(tmp_path)
    line = failed(run(profile, ALGORITHM, parameters(tmp_path, source, OUTPUT_FOLDER=str(work))))
    assert str(work) in line
    assert tree(tmp_path) == before

    done = run(profile, ALGORITHM, parameters(tmp_path, source))
    assert done.returncode == 0, done.stdout + done.stderr
    package = tmp_path / "out" / "检查包"
    (package / "DCIM" / "1_20250101120000.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x01" * 4096)
    (package / "现场记录.txt").write_text("东侧排口已封堵", encoding="utf-8")
    before = tree(tmp_path)
    line = failed(run(profile, ALGORITHM, parameters(tmp_path, source)))
    assert str(package) in line and "DCIM/1_20250101120000.jpg" in line
    assert tree(tmp_path) == before


@pytest.mark.parametrize("folder", ["input's folder", "."])
def test_the_inputs_folder_and_dot_are_refused_with_the_input_byte_identical(profile, tmp_path, monkeypatch, folder):
    source = sites_gpkg(tmp_path / "sites.gpkg")
    monkeypatch.chdir(tmp_path)           # qgis_process runs in the user's current folder
    before = tree(tmp_path)
    given = str(tmp_path) if folder != "." else "."
    line = failed(run(profile, ALGORITHM, parameters(tmp_path, source, OUTPUT_FOLDER=given)))
    assert given in line
    assert tree(tmp_path) == before


def _sizes(root):
    package = root / "out" / "检查包"
    return {"pdf": os.path.getsize(root / "out" / "sheets.pdf"),
            "package": max(os.path.getsize(package / name) for name in ("检查包.gpkg", "检查包.qgz")),
            "zip": os.path.getsize(root / "out" / "检查包.zip")}


@pytest.mark.parametrize("what", ["package", "pdf"])
def test_a_full_disk_fails_the_run_and_leaves_the_older_outputs(profile, tmp_path, what):
    """Two runs (the second replacing the untouched package of the first), then a third with a
    file-size limit that the package (1 site) or the PDF (8 sites: 40 and more pages) cannot fit
    in, the other output fitting: exit 1, the second run's PDF and package as they were."""
    old = sites_gpkg(tmp_path / "old.gpkg", "旧企业")
    for _ in range(2):
        done = run(profile, ALGORITHM, parameters(tmp_path, old))
        assert done.returncode == 0, done.stdout + done.stderr
    sizes = _sizes(tmp_path)
    before = tree(tmp_path / "out")
    if what == "package":            # the PDF of the same one site fits, the GeoPackage does not
        limit = (sizes["pdf"] + sizes["package"]) // 2
        assert sizes["pdf"] * 1.1 < limit < sizes["package"]
        new = sites_gpkg(tmp_path / "new.gpkg", "新企业")
    else:                            # the package fits, eight sites' sheets do not
        limit = max(sizes["package"], sizes["zip"]) + 100_000
        new = sites_gpkg(tmp_path / "new.gpkg", "新企业", count=8)
    done = run(profile, ALGORITHM, parameters(tmp_path, new), file_size=limit)
    line = failed(done)
    shown = str(tmp_path / "out" / "sheets.pdf") if what == "pdf" else str(tmp_path / "out" / "检查包")
    assert shown in line, line
    assert tree(tmp_path / "out") == before
    assert not leftovers(tmp_path / "out")


@pytest.fixture
def tmpfs(tmp_path):
    """mount(size, read_only=False) → a folder on a tmpfs of its own (a real full or read-only disk);
    skipped where the test cannot mount (not root)."""
    mounted = []

    def mount(size, options=""):
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}{options}", "tmpfs", str(folder)],
                              capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot mount a tmpfs here")
        mounted.append(folder)
        return folder
    yield mount
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_full_tmpfs_and_a_read_only_one_leave_the_older_outputs(profile, tmp_path, tmpfs):
    """On a disk with room for one package but not for a second beside it (ENOSPC, not a size
    limit), and on the same disk remounted read-only: exit 1, one line naming the user's path, the
    older outputs as they were, no temporary file left."""
    disk = tmpfs("1200k")
    source = sites_gpkg(tmp_path / "sites.gpkg")
    done = run(profile, ALGORITHM, parameters(disk, source))
    assert done.returncode == 0, done.stdout + done.stderr
    before = tree(disk / "out")
    line = failed(run(profile, ALGORITHM, parameters(disk, sites_gpkg(tmp_path / "new.gpkg", "新企业"))))
    assert str(disk / "out") in line
    assert tree(disk / "out") == before and not leftovers(disk / "out")
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    line = failed(run(profile, ALGORITHM, parameters(disk, source)))
    assert str(disk / "out") in line
    assert tree(disk / "out") == before
