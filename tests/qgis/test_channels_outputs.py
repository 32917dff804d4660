"""Distances from the bank where the dataset gives the channel (issue 15 §3), through what a user
runs: a click in the panel, the site report PDF (pdftotext) and zoning:screen_project
(processing.run) all say the distance to 东辽河 is from the bank, with the channel from the
dataset. The dataset is a copy of the sample with 东辽河's channel given (tests/unit/channel_sample.py)."""
import os
import sys

import pytest

UNIT_TESTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit")
sys.path.insert(0, UNIT_TESTS)
from channel_sample import CHANNEL_M, MAIN_RIVER, point_beside, sample_with_channels  # noqa: E402

from test_inspector import click, plugin, set_canvas  # noqa: E402,F401
from test_site_report import flat, page_texts, site_layer, zoning_provider  # noqa: E402,F401
from zoning_plugin.core.dataset.reader import Dataset  # noqa: E402
from zoning_plugin.toolbelt.settings import ZoningSettings  # noqa: E402


@pytest.fixture(scope="module")
def banked(tmp_path_factory):
    path = sample_with_channels(tmp_path_factory.mktemp("banked") / "banked.gpkg")
    return path, Dataset(path)


@pytest.fixture()
def chosen(banked):
    """The plugin's dataset set to the copy with channels, as the settings dialog would."""
    saved = ZoningSettings.load()
    ZoningSettings(dataset_path=banked[0]).save()
    yield banked
    saved.save()


def labels():
    from zoning_plugin.gui.labels import report_labels
    return report_labels()


def bank_reading(dataset):
    """The translated sentence naming 东辽河's bank reading, as the outputs give it."""
    rivers = labels()["channel_width"].format(river=MAIN_RIVER, width=f"{CHANNEL_M:g}")
    return labels()["buffer_reading_bank"].format(rivers=rivers, source=dataset.info()["buffer_rule_source"])


def test_a_click_40_m_from_the_centre_line_shows_25_m_from_the_bank(chosen, plugin, completed_iface):
    _path, dataset = chosen
    point, _metric = point_beside(dataset, MAIN_RIVER, 40.0)
    canvas = completed_iface.mapCanvas()
    click(plugin, canvas, set_canvas(canvas, "EPSG:4551", point, 100))
    result = plugin.dock.current.result
    buffer, = result.buffers
    assert buffer["measured_from"] == "bank" and buffer["distance_m"] == pytest.approx(25.0, abs=0.5)
    shown = flat(plugin.dock.browser.document().toPlainText())
    line = labels()["buffer_line_bank"].format(river=MAIN_RIVER, width="50", distance=f"{buffer['distance_m']:,.1f}",
                                               channel=f"{CHANNEL_M:g}")
    assert flat(line) in shown
    assert flat(bank_reading(dataset)) in shown
    assert flat(labels()["buffer_reading"].split("(")[0].split("（")[0]) not in shown   # no centre-line reading


def test_the_site_report_pdf_says_from_the_bank(chosen, zoning_provider, tmp_path):
    from qgis import processing
    path, dataset = chosen
    point, _metric = point_beside(dataset, MAIN_RIVER, 40.0)
    result = processing.run("zoning:site_report", {"INPUT": site_layer(point, kind="Point"), "DATASET": path,
                                                   "OUTPUT_PDF": str(tmp_path / "site.pdf")})
    body = flat("".join(page_texts(result["OUTPUT_PDF"])))
    from zoning_plugin.printing.site_report import SiteReport
    site_labels = SiteReport(None, None, "").labels()
    assert flat(site_labels["measured_from"]) in body and flat(site_labels["distance_any_m"]) in body
    assert flat(site_labels["from_bank"].format(channel=f"{CHANNEL_M:g}")) in body
    assert flat(site_labels["distance_m"]) not in body          # no "from the centre line" column
    assert flat(bank_reading(dataset)) in body
    assert flat("25.0") in body


def test_screen_project_says_from_the_bank(chosen, zoning_provider, tmp_path):
    import json

    from qgis import processing
    path, dataset = chosen
    point, _metric = point_beside(dataset, MAIN_RIVER, 40.0)
    json_path = tmp_path / "screening.json"
    output = processing.run("zoning:screen_project", {"INPUT": site_layer(point, kind="Point"), "INDUSTRY_CODE": "C2614",
                                                      "DATASET": path, "OUTPUT": "memory:",
                                                      "JSON": str(json_path)})["OUTPUT"]
    reasons = {f["rule_id"]: f["reason"] for f in output.getFeatures()}
    document = json.loads(json_path.read_text(encoding="utf-8"))
    site = document["sites"][0]
    in_buffer = next(c for c in site["checks"] if c["rule_id"] in reasons and "buffer" in reasons[c["rule_id"]]
                     and c["status"] == "triggered" and c["facts"].get("buffers"))
    assert "25.0 m from the bank" in reasons[in_buffer["rule_id"]]
    assert "buffer width: distances measured from the bank (channel 30 m wide, from the dataset)" in \
        reasons[in_buffer["rule_id"]]
    assert in_buffer["facts"]["buffers"][0]["measured_from"] == "bank"
    riverside = next(c for c in site["checks"] if c["facts"].get("river") == MAIN_RIVER)
    assert riverside["facts"]["distance_m"] == pytest.approx(25.0, abs=0.1)
    assert any("distances measured from the bank (channel 30 m wide, from the dataset)" in r for r in riverside["reasons"])
    assert site["site"]["nearest_river"]["measured_from"] == "bank"
    assert not any("from the centre line" in r for r in reasons.values())


def test_conformity_measures_the_nearest_river_from_the_bank_and_says_so(chosen, zoning_provider, tmp_path):
    from qgis import processing
    path, dataset = chosen
    point, _metric = point_beside(dataset, MAIN_RIVER, 40.0)
    output = processing.run("zoning:conformity", {"INPUT": site_layer(point, kind="Point"), "DATASET": path,
                                                  "OUTPUT": "memory:"})["OUTPUT"]
    feature, = output.getFeatures()
    assert feature["最近河流"] == MAIN_RIVER and feature["河流距离"] == pytest.approx(25.0, abs=0.1)
    assert feature["距离量起"] == "bank"
