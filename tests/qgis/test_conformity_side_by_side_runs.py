"""Two zoning:conformity runs at once, as Processing runs them when a user starts a second from the
toolbox while the first is still going (each a background task): each run's worker threads get
copies of the dataset's targets that the other run does not hold (core/engine/targets.py lend), and
both write what a run on its own writes."""
import os
import sys
import time

from qgis.core import (QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback,
                       QgsVectorLayer)
from qgis.PyQt.QtWidgets import QApplication

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_conformity_memory import make_squares  # noqa: E402

PARCELS = 12_000        # three chunks: every run has as many workers as the machine has cores


def class_areas(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    return [(f["优先面积"], f["重点面积"], f["一般面积"], f["单元编码"]) for f in layer.getFeatures()]


def test_two_runs_at_once_write_what_each_writes_alone(zoning_provider, tmp_path):
    from qgis import processing
    plan = str(tmp_path / "plan.gpkg")
    make_squares(plan, PARCELS)
    alone = str(tmp_path / "alone.gpkg")
    processing.run("zoning:conformity", {"INPUT": plan, "OUTPUT": alone})
    algorithm = QgsApplication.processingRegistry().algorithmById("zoning:conformity")
    layer = QgsVectorLayer(plan, "plan", "ogr")     # as the dialog gives it: a layer of the project
    tasks, kept = [], [layer]
    for name in ("first", "second"):
        context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
        task = QgsProcessingAlgRunnerTask(algorithm, {"INPUT": layer, "OUTPUT": str(tmp_path / f"{name}.gpkg"),
                                                     "OUTPUT_UNITS": str(tmp_path / f"{name}_units.gpkg")},
                                          context, feedback)
        kept += [context, feedback, task]
        tasks.append(task)
    for task in tasks:
        QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 120
    while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    expected = class_areas(alone)
    assert len(expected) == PARCELS and any(row[0] for row in expected)
    for name in ("first", "second"):
        assert class_areas(str(tmp_path / f"{name}.gpkg")) == expected, name
