"""A zoning:conformity run that does not finish leaves nothing where its outputs were to go (issue 21
§1): cancelled through processing.run while the plan is overlaid and written, while the maps are
drawn and while the page is made, the folder stays empty; killed (SIGKILL, qgis_process) while it
writes, no file has a name the user gave, only the run's temporary folder (.zoning-tmp-<host>-<pid>-…),
which the next run into that folder removes (core/outputs.py sweep: its process is gone)."""
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from qgis.core import QgsProcessingException

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from processing_support import Recorder  # noqa: E402
from qgis_process_support import SCRIPT, arguments, environment  # noqa: E402
from test_conformity_memory import make_squares  # noqa: E402
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH  # noqa: E402
from zoning_plugin.core.outputs import TEMPORARY_TAG  # noqa: E402

PARCELS = 20_000
NAMES = ["out.gpkg", "report.html", "units.gpkg"]


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "plan.gpkg"
    make_squares(path, PARCELS)
    return str(path)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A copy of the sample dataset (QGIS opens the copy, never the repository's file)."""
    path = tmp_path_factory.mktemp("dataset") / "liaoyuan.gpkg"
    shutil.copy(SAMPLE_DATASET_PATH, path)
    return str(path)


def parameters(plan, folder, sample=None):
    values = {"INPUT": plan, "OUTPUT": str(folder / "out.gpkg"), "OUTPUT_UNITS": str(folder / "units.gpkg"),
              "OUTPUT_HTML": str(folder / "report.html")}
    return {**values, "DATASET": sample} if sample else values


def run_cancelled(plan, folder, cancel_at):
    from qgis import processing
    feedback = Recorder(cancel_at=cancel_at)
    try:
        processing.run("zoning:conformity", parameters(plan, folder), feedback=feedback)
    except QgsProcessingException:
        pass            # Processing may say the run did not finish; what matters is on disk
    assert feedback.isCanceled() and "Cancelled: nothing was written." in feedback.log, cancel_at


@pytest.mark.parametrize("cancel_at", [20, 60, 86, 90])
def test_a_cancelled_run_leaves_an_empty_folder(zoning_provider, plan, tmp_path, cancel_at):
    """Cancelled while the plan is overlaid and written (20, 60 %), while the maps are drawn (86)
    and while the page is made (90): no output and no temporary file."""
    folder = tmp_path / "out"
    folder.mkdir()
    run_cancelled(plan, folder, cancel_at)
    assert os.listdir(folder) == [], cancel_at


def _writing(folder):
    """Whether a run is writing into `folder`: its temporary GeoPackage has grown."""
    for name in os.listdir(folder):
        temporary = folder / name / "out.gpkg"
        if name.startswith(TEMPORARY_TAG) and temporary.exists() and temporary.stat().st_size > 100_000:
            return True
    return False


def test_a_killed_run_leaves_only_its_temporary_folder_which_the_next_run_removes(
        zoning_provider, plan, sample, tmp_path):
    profile, folder = tmp_path / "profile", tmp_path / "out"
    folder.mkdir()
    process = subprocess.Popen([SCRIPT, *arguments("zoning:conformity", parameters(plan, folder, sample))],
                               env=environment(profile), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        end = time.monotonic() + 120
        while not _writing(folder) and process.poll() is None and time.monotonic() < end:
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be killed while writing"
        assert _writing(folder)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    left = os.listdir(folder)
    assert left and all(name.startswith(TEMPORARY_TAG) for name in left), left
    assert not set(NAMES) & set(left)
    # the next run into the folder sweeps what the killed one left, even when it is cancelled itself
    run_cancelled(plan, folder, 20)
    assert os.listdir(folder) == []
