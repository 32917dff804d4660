"""zoning:conformity run from Processing's own dialog as a user runs it (issue 21 §4): the Run button
clicked, the run on QGIS's task thread while the event loop keeps turning, the progress text with
an estimate of the time left, and the Cancel button, which leaves no output and no temporary file.
The plan: seeded Voronoi parcels over the sample city in a GeoPackage (benchmarks/plans.py).

`make bench-dialog` runs these tests on 1,000,000 parcels (ZONING_DIALOG_PARCELS, the plan made
once into build/bench-overlay/) and prints the longest stall and the time Cancel took."""
import os
import sys
import time

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QElapsedTimer, QTimer
from qgis.PyQt.QtWidgets import QApplication, QLabel, QTextEdit

from zoning_plugin.toolbelt import feedback as core_feedback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
import plans  # noqa: E402

PARCELS = int(os.environ.get("ZONING_DIALOG_PARCELS") or 12000)
STALL_TICK_MS = 10


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    work = os.path.join(ROOT, "build", "bench-overlay") if "ZONING_DIALOG_PARCELS" in os.environ else \
        str(tmp_path_factory.mktemp("dialog_plan"))
    path, _made = plans.ensure_plan(work, "voronoi", PARCELS, 4551, "EPSG:4490")
    return path


class EventLoopWatch:
    """The longest gap between the ticks of a 10 ms timer on the main thread: how long the event
    loop stalled (a user's click waits that long)."""

    def __init__(self):
        self.clock, self.longest_ms, self.ticks = QElapsedTimer(), 0, 0
        self.since, self.stalls = QElapsedTimer(), []      # (ms since start, stall ms) of those over 100 ms
        self.timer = QTimer()
        self.timer.setInterval(STALL_TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self):
        self.clock.start()
        self.since.start()
        self.timer.start()

    def _tick(self):
        stall = self.clock.restart() - STALL_TICK_MS
        if stall > 100:
            self.stalls.append((self.since.elapsed() - stall, stall))
        self.longest_ms = max(self.longest_ms, stall)
        self.ticks += 1

    def stop(self):
        self.timer.stop()


def spin_until(condition, seconds):
    """Turn the event loop until `condition()` or `seconds` pass; whether it came true."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.005)
    return condition()


def open_dialog(plan, out_dir):
    from qgis import processing
    outputs = {"OUTPUT": str(out_dir / "conformity.gpkg"), "OUTPUT_UNITS": str(out_dir / "units.gpkg"),
               "OUTPUT_HTML": str(out_dir / "report.html")}
    dialog = processing.createAlgorithmDialog("zoning:conformity", {"INPUT": plan, **outputs})
    dialog.show()
    return dialog, outputs


def tasks_running():
    return QgsApplication.taskManager().countActiveTasks() > 0


def test_a_run_from_the_dialog_keeps_the_event_loop_turning_and_shows_the_time_left(
        zoning_provider, plan, tmp_path, monkeypatch):
    if PARCELS < 100000:
        # the estimate waits for a settled rate on a long run; this plan takes seconds, so sooner
        monkeypatch.setattr(core_feedback, "ESTIMATE_AFTER_S", 0.2)
        monkeypatch.setattr(core_feedback, "ESTIMATE_AFTER_FRACTION", 0.01)
        monkeypatch.setattr(core_feedback, "ESTIMATE_EVERY_S", 0.2)
    dialog, outputs = open_dialog(plan, tmp_path)
    label = dialog.findChild(QLabel, "lblProgress")
    seen = []
    watch = EventLoopWatch()
    watch.start()
    dialog.runButton().click()
    assert spin_until(tasks_running, 10), "the run did not start on a task"
    started = time.monotonic()
    assert spin_until(lambda: (seen.append(label.text()) or not tasks_running()), 3600)
    run_s = time.monotonic() - started
    finished_ms = watch.since.elapsed()
    spin_until(lambda: False, 0.3)          # the results handed to the project
    watch.stop()
    log = dialog.findChild(QTextEdit, "txtLog").toPlainText()
    dialog.close()
    QgsProject.instance().removeAllMapLayers()       # the outputs the dialog loaded
    estimates = [text for text in seen if " left" in text]
    assert estimates, f"no estimate of the time left was shown; the label showed {sorted(set(seen))[:5]}"
    assert all(os.path.exists(path) for path in outputs.values()), log
    # the event loop kept turning through the run (a tick every 10 ms while the overlay ran)
    assert watch.ticks > 20
    print(f"\n{PARCELS:,} parcels through the dialog: {run_s:.1f} s; longest event-loop stall "
          f"{watch.longest_ms} ms over {watch.ticks} ticks; the longest (at ms, ms): {sorted(watch.stalls, key=lambda s: -s[1])[:8]}, the "
          f"task ended at {finished_ms} ms; estimates shown: {sorted(set(estimates), key=estimates.index)}")


def test_cancel_in_the_dialog_stops_the_run_soon_and_leaves_nothing(zoning_provider, plan, tmp_path):
    dialog, outputs = open_dialog(plan, tmp_path)
    progress = []
    dialog.runButton().click()
    assert spin_until(tasks_running, 10), "the run did not start on a task"
    dialog.feedback.progressChanged.connect(progress.append)
    assert spin_until(lambda: progress and progress[-1] >= 10 or not tasks_running(), 3600)
    assert tasks_running(), "the run ended before it could be cancelled: give the test a larger plan"
    assert dialog.cancelButton().isEnabled()
    cancelled_at, at_percent = time.monotonic(), progress[-1]
    dialog.cancelButton().click()
    assert spin_until(lambda: not tasks_running(), 60)
    stopped_s = time.monotonic() - cancelled_at
    dialog.close()
    assert not any(os.path.exists(path) for path in outputs.values())
    assert sorted(os.listdir(tmp_path)) == [], "a temporary file was left behind"
    # issue 21 §4 asks 2 s on a user's machine; the bound here leaves room for a loaded CI machine
    assert stopped_s < 15, f"the run took {stopped_s:.1f} s to stop after Cancel"
    print(f"\n{PARCELS:,} parcels: stopped {stopped_s:.2f} s after Cancel, at {at_percent:.0f} %")



def test_the_estimate_extrapolates_the_rate_so_far_and_is_not_repeated_every_chunk():
    from processing_support import Recorder
    now = [100.0]
    feedback = Recorder()
    core = core_feedback.CoreFeedback(feedback, 0, 80, clock=lambda: now[0])
    now[0] += 1.0
    core.progress(0.5)                      # too soon to say (1 s)
    now[0] += 9.0
    core.progress(0.25)                     # 10 s for 20 % of the bar: 40 s to 100 %
    now[0] += 0.5
    core.progress(0.3)                      # soon after: not said again
    now[0] += 110.0
    core.progress(0.6)                      # 120.5 s for 48 %: 130.5 s to 100 %
    assert feedback.lines == ["20% done, about 40 s left", "48% done, about 2 min 10 s left"]
    assert feedback.progress() == 48.0
    assert core_feedback.duration_text(3 * 3600 + 7 * 60) == "about 3 h 7 min"
