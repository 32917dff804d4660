"""zoning:build_buffers from the bank (issue 15 §3): a channel width field, expression, the input's
channel_width_m or the dataset's rivers.channel_width_m puts the bank half the channel from the line
and the width is measured from there; the output's fields say from where each buffer was measured.
Through processing.run, areas against shapely's own construction."""
import sys
from pathlib import Path

import pytest
import shapely
from qgis.core import NULL

from test_algorithm_build_buffers import Y0, line, river_layer, run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from channel_sample import CHANNEL_M, MAIN_RIVER, sample_with_channels  # noqa: E402
from processing_support import Recorder


def independent(wkt, width, channel):
    """shapely's construction: the channel (the strip within half its width of the line), then
    the strip within `width` of the channel; high precision."""
    return shapely.buffer(shapely.buffer(shapely.from_wkt(wkt), channel / 2, quad_segs=64), width, quad_segs=64)


def test_a_channel_field_measures_the_width_from_the_bank(zoning_provider):
    wkt = line(0, 1000)
    layer = river_layer([(wkt, "某河", 50.0, 30.0)], "name:string,w:double,water:double")
    feedback = Recorder()
    features, _output = run(layer, feedback, WIDTH='"w"', CHANNEL='"water"')
    feature = features["某河"]
    assert (feature["buffer_m"], feature["measured_from"], feature["channel_width_m"]) == (50.0, "bank", 30.0)
    expected = independent(wkt, 50.0, 30.0).area
    assert feature["area_m2"] == pytest.approx(expected, rel=1e-3)
    assert feature.geometry().area() == pytest.approx(expected, rel=1e-3)
    assert "某河: 50 m on each side (the width field or expression), from the bank, channel 30 m wide" \
        in "\n".join(feedback.infos)


def test_without_a_channel_the_width_is_from_the_centre_line_and_says_so(zoning_provider):
    layer = river_layer([(line(0, 1000), "某河", 50.0)], "name:string,w:double")
    features, _output = run(layer, WIDTH='"w"')
    feature = features["某河"]
    assert feature["measured_from"] == "centre line" and feature["channel_width_m"] == NULL
    assert feature["area_m2"] == pytest.approx(shapely.buffer(shapely.from_wkt(line(0, 1000)), 50.0,
                                                              quad_segs=64).area, rel=1e-3)


def test_the_inputs_channel_width_m_field_is_used_by_its_name(zoning_provider):
    layer = river_layer([(line(0, 1000), "甲河", 20.0, 10.0), (line(0, 1000, Y0 + 5000), "乙河", 20.0, None)],
                        "name:string,w:double,channel_width_m:double")
    feedback = Recorder()
    features, _output = run(layer, feedback, WIDTH='"w"')
    assert (features["甲河"]["measured_from"], features["甲河"]["channel_width_m"]) == ("bank", 10.0)
    assert features["乙河"]["measured_from"] == "centre line"
    assert "Channel widths from the input's field channel_width_m" in "\n".join(feedback.infos)


def test_the_datasets_channel_is_taken_by_river_name(zoning_provider, tmp_path):
    dataset = sample_with_channels(tmp_path / "banked.gpkg")
    wkt = line(0, 1000)
    layer = river_layer([(wkt, MAIN_RIVER), (line(0, 1000, Y0 + 5000), "不知名河")])
    features, _output = run(layer, DATASET=dataset)
    main, other = features[MAIN_RIVER], features["不知名河"]
    assert (main["buffer_m"], main["measured_from"], main["channel_width_m"]) == (50.0, "bank", CHANNEL_M)
    assert main["area_m2"] == pytest.approx(independent(wkt, 50.0, CHANNEL_M).area, rel=1e-3)
    assert (other["buffer_m"], other["measured_from"], other["channel_width_m"]) == (30.0, "centre line", NULL)


def test_pieces_with_and_without_a_channel_are_bank_where_given(zoning_provider):
    layer = river_layer([(line(0, 1000), "甲河", 30.0), (line(1000, 2000), "甲河", None)],
                        "name:string,channel_width_m:double")
    features, _output = run(layer, WIDTH="20")
    assert features["甲河"]["measured_from"] == "bank where given" and features["甲河"]["channel_width_m"] == 30.0


@pytest.mark.parametrize("value", ["-5", "'wide'", "20000"])
def test_a_channel_width_that_is_no_width_leaves_the_feature_out_with_a_line(zoning_provider, value):
    layer = river_layer([(line(0, 1000), "甲河"), (line(0, 1000, Y0 + 5000), "乙河")])
    feedback = Recorder()
    features, _output = run(layer, feedback, WIDTH="20", CHANNEL=f'CASE WHEN "name" = \'甲河\' THEN {value} END')
    assert list(features) == ["乙河"] and features["乙河"]["measured_from"] == "centre line"
    assert any("the channel width" in e and "left out" in e for e in feedback.errors), feedback.errors
