"""The panel's date box (issue 20 §3) as a user drives it: a date typed with key events, then a real
click on the canvas inspects with the version in force that day among the two versions
tests/unit/versions_sample.py builds (the active one and one listed among the other datasets), and
the panel says which and why; a date before the first version, or one that cannot be read, is said
under the box and in the message bar, and nothing is inspected; an empty box is the active dataset
as before."""
import os
import sys

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from test_inspector import click, set_canvas
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, Dataset
from zoning_plugin.toolbelt.settings import ZoningSettings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit"))
import versions_sample as sample  # noqa: E402

RENAMED_CODE, NEW_NAME = sample.EDITS["renamed"]


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("panel_versions")
    return str(sample.old_version(folder / "old.gpkg")), str(sample.new_version(folder / "new.gpkg"))


@pytest.fixture(scope="module")
def renamed_point():
    dataset = Dataset(SAMPLE_DATASET_PATH)
    index = dataset.unit_index(RENAMED_CODE)
    return dataset.units.geometries[index].representative_point()


@pytest.fixture()
def listed(plugin, versions):
    """Both versions in the settings: the old one active, the new one among the others (the plugin
    fixture puts the user's settings back afterwards)."""
    ZoningSettings(dataset_path=versions[0], other_datasets=[{"path": versions[1]}]).save()
    return versions


def type_date(box, text):
    """Select what the box holds, type `text` over it and press Enter, as a user does."""
    box.edit.setFocus()
    QTest.keyClick(box.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(box.edit, Qt.Key.Key_Delete)
    QTest.keyClicks(box.edit, text)
    QTest.keyClick(box.edit, Qt.Key.Key_Return)


def inspect_on(plugin, canvas, point, box, text):
    type_date(box, text)
    click(plugin, canvas, set_canvas(canvas, "EPSG:4490", point, half_width_m=1500))
    return plugin.dock.current


def unit_name(entry):
    return next(u["name"] for u in entry.result.units if u["code"] == RENAMED_CODE)


@pytest.mark.parametrize("day, old", [("2025-03-01", True), ("2026-05-31", True),
                                      (sample.NEW_EFFECTIVE, False), ("2031-01-01", False)])
def test_a_click_inspects_the_version_in_force_on_the_date_typed(plugin, completed_iface, listed, renamed_point,
                                                                 day, old):
    box = plugin.dock.date_choice
    entry = inspect_on(plugin, completed_iface.mapCanvas(), renamed_point, box, day)
    used = sample.OLD_VERSION if old else sample.NEW_VERSION
    chosen = entry.result.dataset["in_force"]
    assert box.edit.text() == day
    assert chosen["date"] == day and chosen["version"]["version"] == used and entry.dataset.version == used
    assert (unit_name(entry) == NEW_NAME) is not old
    shown = " ".join(plugin.dock.browser.toPlainText().split())
    assert f"in force on {day}: " in shown and used in shown
    assert box.message.isVisibleTo(plugin.dock) and f"in force on {day}: " in box.message.text()


def test_the_exported_page_names_the_version_chosen(plugin, completed_iface, listed, renamed_point, tmp_path):
    inspect_on(plugin, completed_iface.mapCanvas(), renamed_point, plugin.dock.date_choice, "2031-01-01")
    path = plugin.dock.export_html(path=str(tmp_path / "result.html"))
    page = open(path, encoding="utf-8").read()
    assert page.count("in force on 2031-01-01: ") == 2        # the facts and the provenance block
    assert sample.NEW_VERSION in page


@pytest.mark.parametrize("day, says", [("2024-12-31", "2024-12-31 is before the first version"),
                                       ("2026-02-30", "is not a date of the form YYYY-MM-DD")])
def test_a_date_without_a_version_inspects_nothing_and_says_why(plugin, completed_iface, iface_recorder, listed,
                                                                 renamed_point, day, says):
    box = plugin.dock.date_choice
    before = plugin.dock.current
    entry = inspect_on(plugin, completed_iface.mapCanvas(), renamed_point, box, day)
    assert entry is before
    assert says in box.message.text() and box.message.isVisibleTo(plugin.dock)
    assert any(says in str(m) for m in iface_recorder.messages)


def test_a_bad_date_is_said_when_typed(plugin, listed):
    box = plugin.dock.date_choice
    type_date(box, "2026/5/1x")
    assert "is not a date of the form YYYY-MM-DD" in box.message.text()
    type_date(box, "2026-05-01")
    assert not box.message.isVisibleTo(plugin.dock)


def test_an_empty_box_is_the_active_dataset(plugin, completed_iface, listed, renamed_point):
    box = plugin.dock.date_choice
    inspect_on(plugin, completed_iface.mapCanvas(), renamed_point, box, "2031-01-01")
    entry = inspect_on(plugin, completed_iface.mapCanvas(), renamed_point, box, "")
    assert box.edit.text() == "" and not box.message.isVisibleTo(plugin.dock)
    assert "in_force" not in entry.result.dataset and entry.dataset.version == sample.OLD_VERSION
    assert unit_name(entry) != NEW_NAME
    assert "in force on" not in plugin.dock.browser.toPlainText()
