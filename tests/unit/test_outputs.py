"""core/outputs.py: destinations that would destroy an input are refused, files land whole or not at
all, a folder is replaced only when it holds exactly what the plugin wrote there."""
import os
import sqlite3
import subprocess
import sys
import zipfile

import pytest

from zoning_plugin.core import outputs
from zoning_plugin.core.output_folders import MANIFEST, FolderOutput
from zoning_plugin.core.outputs import Guard, OutputError, Outputs, write_text, write_with


def test_an_input_its_sidecars_links_and_dot_paths_are_refused(tmp_path):
    plan = tmp_path / "plan.shp"
    for part in (".shp", ".dbf", ".shx"):
        (tmp_path / f"plan{part}").write_bytes(b"x")
    dataset = tmp_path / "zoning.gpkg"
    dataset.write_bytes(b"d")
    guard = Guard([str(plan)], str(dataset))
    for path, reason in ((plan, outputs.IS_INPUT), (tmp_path / "plan.dbf", outputs.IS_INPUT),
                         (tmp_path / "sub" / ".." / "plan.shp", outputs.IS_INPUT),
                         (dataset, outputs.IS_DATASET), (str(dataset) + "-wal", outputs.IS_DATASET),
                         (tmp_path, outputs.IS_FOLDER)):
        with pytest.raises(OutputError) as caught:
            guard.check_file(str(path))
        assert caught.value.reason == reason and caught.value.path == str(path)
    os.symlink(plan, tmp_path / "link.shp")
    with pytest.raises(OutputError):
        guard.check_file(str(tmp_path / "link.shp"))
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        with pytest.raises(OutputError) as caught:
            guard.check_folder(".")
        assert caught.value.reason == outputs.CONTAINS_INPUT
    finally:
        os.chdir(cwd)
    assert guard.check_file(str(tmp_path / "plan_result.gpkg")) == str(tmp_path / "plan_result.gpkg")


def test_an_input_folder_keeps_outputs_out(tmp_path):
    source = tmp_path / "shapefiles"
    source.mkdir()
    guard = Guard([str(source)])
    with pytest.raises(OutputError) as caught:
        guard.check_file(str(source / "out.gpkg"))
    assert caught.value.reason == outputs.IN_INPUT_FOLDER
    with pytest.raises(OutputError):
        guard.check_folder(str(tmp_path))          # contains the input folder
    guard.check_file(str(tmp_path / "out.gpkg"))


def test_nothing_lands_before_commit_and_a_failed_check_keeps_the_old_file(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.4 old %%EOF")
    with Outputs() as run:
        temporary = run.file(str(target))
        with open(temporary, "wb") as stream:
            stream.write(b"%PDF-1.4 truncated")       # no %%EOF: a full disk cut it
        with pytest.raises(OutputError) as caught:
            run.commit()
    assert caught.value.reason == outputs.CHECK_FAILED and caught.value.path == str(target)
    assert target.read_bytes() == b"%PDF-1.4 old %%EOF"
    assert os.listdir(tmp_path) == ["report.pdf"]          # the temporary file is gone


def test_a_broken_geopackage_is_not_renamed_into_place(tmp_path):
    good = tmp_path / "out.gpkg"
    with sqlite3.connect(good) as connection:
        connection.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
    assert outputs.check_sqlite(str(good)) is None
    before = good.read_bytes()
    with Outputs() as run:
        temporary = run.file(str(good))
        with open(temporary, "wb") as stream:
            stream.write(before[:1000])                  # a cut database
        with pytest.raises(OutputError):
            run.commit()
    assert good.read_bytes() == before


def test_a_full_disk_gives_an_error_naming_the_users_path_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "list.json"
    target.write_text("old", encoding="utf-8")
    script = ("import resource, sys; from zoning_plugin.core.outputs import write_text, OutputError\n"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))\n"
              "try:\n    write_text(sys.argv[1], 'x' * 5000)\n"
              "except OutputError as e:\n    print(e.reason, e.path); sys.exit(3)\n")
    env = {**os.environ, "PYTHONPATH": os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))}
    done = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True, env=env,
                          preexec_fn=lambda: __import__("signal").signal(__import__("signal").SIGXFSZ,
                                                                        __import__("signal").SIG_IGN))
    assert done.returncode == 3, done.stderr
    assert done.stdout.split() == [outputs.WRITE_FAILED, str(target)]
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["list.json"]


def test_new_files_get_the_users_umask_and_writes_are_whole(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_text(str(tmp_path / "a.html"), "页面")
    finally:
        os.umask(old)
    assert oct(os.stat(path).st_mode & 0o777) == "0o644"
    assert open(path, encoding="utf-8").read() == "页面"
    assert write_with(str(tmp_path / "b.txt"), lambda temporary: False) is False
    assert sorted(os.listdir(tmp_path)) == ["a.html"]


def test_a_shapefile_replaces_all_its_parts_and_drops_the_old_ones_it_lacks(tmp_path):
    for part in (".shp", ".dbf", ".shx", ".qix"):
        (tmp_path / f"out{part}").write_bytes(b"old")
    with Outputs() as run:
        temporary = run.file(str(tmp_path / "out.shp"))
        stem = temporary[:-4]
        for part in (".shp", ".dbf", ".shx", ".cpg"):
            with open(stem + part, "wb") as stream:
                stream.write(b"new")
        run.commit()
    assert sorted(os.listdir(tmp_path)) == ["out.cpg", "out.dbf", "out.shp", "out.shx"]
    assert (tmp_path / "out.dbf").read_bytes() == b"new"


def _package(folder_output, files):
    build = folder_output.start()
    for name, data in files.items():
        os.makedirs(os.path.dirname(os.path.join(build, name)), exist_ok=True)
        with open(os.path.join(build, name), "wb") as stream:
            stream.write(data)

    def write_zip(path, folder):
        with zipfile.ZipFile(path, "w") as archive:
            for name in files:
                archive.write(os.path.join(folder, name), name)
    folder_output.commit(write_zip)


def test_a_folder_of_the_users_is_never_replaced(tmp_path):
    work = tmp_path / "work"
    (work / "data").mkdir(parents=True)
    (work / "work.qgz").write_bytes(b"the user's project")
    (work / "data" / "survey.shp").write_bytes(b"survey")
    with pytest.raises(OutputError) as caught:
        FolderOutput(str(work), zip_beside=True)
    assert caught.value.reason == outputs.NOT_OURS and "data/survey.shp" in caught.value.detail
    assert (work / "data" / "survey.shp").read_bytes() == b"survey"
    with pytest.raises(OutputError):
        FolderOutput("/")


def test_a_package_is_replaced_while_it_is_ours_and_kept_once_used_in_the_field(tmp_path):
    folder = tmp_path / "pkg"
    _package(FolderOutput(str(folder), zip_beside=True), {"pkg.qgz": b"1", "DCIM/.keep": b""})
    assert (tmp_path / "pkg.zip").exists() and (folder / MANIFEST).exists()
    _package(FolderOutput(str(folder), zip_beside=True), {"pkg.qgz": b"2"})       # ours: replaced
    assert (folder / "pkg.qgz").read_bytes() == b"2" and not (folder / "DCIM").exists()
    assert sorted(os.listdir(tmp_path)) == ["pkg", "pkg.zip"]
    (folder / "DCIM").mkdir()
    (folder / "DCIM" / "photo.jpg").write_bytes(b"jpeg")                          # back from the field
    with pytest.raises(OutputError) as caught:
        FolderOutput(str(folder), zip_beside=True)
    assert "DCIM" in caught.value.detail
    (folder / "DCIM" / "photo.jpg").unlink()
    (folder / "DCIM").rmdir()
    (folder / "pkg.qgz").write_bytes(b"edited")                                   # an edited file
    with pytest.raises(OutputError):
        FolderOutput(str(folder))
    (folder / "pkg.qgz").write_bytes(b"2")
    (tmp_path / "pkg.zip").write_bytes(b"someone else's zip")
    with pytest.raises(OutputError) as caught:
        FolderOutput(str(folder), zip_beside=True)
    assert caught.value.reason == outputs.ZIP_NOT_OURS



def test_two_outputs_onto_one_file_and_a_file_in_the_path_are_refused(tmp_path):
    (tmp_path / "notes").write_text("a file", encoding="utf-8")
    with Outputs() as run:
        run.file(str(tmp_path / "a.gpkg"))
        with pytest.raises(OutputError) as caught:
            run.file(str(tmp_path / "a.gpkg-wal"))
        assert caught.value.reason == outputs.TWICE
        with pytest.raises(OutputError) as caught:
            run.file(str(tmp_path / "notes" / "sub" / "b.csv"))
        assert caught.value.reason == outputs.FILE_IN_PATH and caught.value.other == str(tmp_path / "notes")


def test_what_a_killed_run_left_is_swept_and_nothing_else(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = outputs.temporary_name(str(tmp_path), "-plan.gpkg").replace(f"-{os.getpid()}-", f"-{dead.stdout.strip()}-")
    open(left, "wb").close()
    running = outputs.temporary_name(str(tmp_path), "-other.gpkg")       # this process: still running
    open(running, "wb").close()
    for name in (".zoning-tmp-old-0123456789ab", ".zoning-tmp-elsewhere-1-0123456789ab.csv", "mine.gpkg"):
        (tmp_path / name).mkdir() if "old" in name else (tmp_path / name).write_bytes(b"x")
    with Outputs() as run:
        run.file(str(tmp_path / "out.csv"))
    assert sorted(os.listdir(tmp_path)) == sorted([os.path.basename(running), ".zoning-tmp-old-0123456789ab",
                                                   ".zoning-tmp-elsewhere-1-0123456789ab.csv", "mine.gpkg"])


def test_a_shapefile_table_without_geometry_is_its_dbf(tmp_path):
    for part in (".shp", ".shx", ".dbf"):
        (tmp_path / f"table{part}").write_bytes(b"old")
    with Outputs() as run:
        stem = run.file(str(tmp_path / "table.shp"))[:-4]
        for part in (".dbf", ".cpg"):
            with open(stem + part, "wb") as stream:
                stream.write(b"new")
        run.commit()
    assert sorted(os.listdir(tmp_path)) == ["table.cpg", "table.dbf"]


def test_an_empty_folder_is_used_and_a_run_killed_before_the_zip_moved_does_not_block_the_next(tmp_path):
    folder = tmp_path / "pkg"
    folder.mkdir()                                   # the file dialog's "new folder"
    _package(FolderOutput(str(folder), zip_beside=True), {"pkg.qgz": b"1"})
    assert sorted(os.listdir(tmp_path)) == ["pkg", "pkg.zip"]
    old_zip = (tmp_path / "pkg.zip").read_bytes()
    _package(FolderOutput(str(folder), zip_beside=True), {"pkg.qgz": b"2"})
    (tmp_path / "pkg.zip").write_bytes(old_zip)      # as if killed after the folder moved, before the zip
    _package(FolderOutput(str(folder), zip_beside=True), {"pkg.qgz": b"3"})
    assert (folder / "pkg.qgz").read_bytes() == b"3"
