"""Distances and buffers from the bank where the dataset gives the channel (issue 15 §3,
core/dataset/channels.py): the engine (inspect, overlay), the point lookup, screening, the renderers and
the buffers built on the fly all measure from the bank for such a river and say so; a dataset
without channels behaves as before. The dataset is a copy of the sample with 东辽河's channel
(30 m) given, its places found from the dataset (channel_sample.py)."""
import json

import numpy
import pytest
import shapely

from channel_sample import CHANNEL_M, MAIN_RIVER, point_beside, sample_with_channels
from zoning_plugin.core import open_dataset
from zoning_plugin.core.dataset.channels import (FROM_BANK, FROM_BANK_PARTLY, FROM_CENTRE_LINE, RiverChannels,
                                         buffer_of, distance_from, read_channel_width, width_text)
from zoning_plugin.core.dataset.reader import Dataset
from zoning_plugin.core.errors import InputError
from zoning_plugin.core.engine.lookup import locate
from zoning_plugin.core.engine.overlay import overlay
from zoning_plugin.core.renderers.inspect import LABELS, render_html, render_text
from zoning_plugin.core.renderers.eia import build_chapter, chapter_html
from zoning_plugin.core.screening.screen import screen

BANK_WORDS = "从河岸量起"
CENTRE_WORDS = "距河道中心线"


@pytest.fixture(scope="module")
def banked(tmp_path_factory):
    return Dataset(sample_with_channels(tmp_path_factory.mktemp("channels") / "banked.gpkg"))


@pytest.fixture(scope="module")
def sample():
    return open_dataset()


def test_a_point_40_m_from_the_centre_line_is_25_m_from_the_bank_and_in_the_buffer(banked, sample):
    point, _metric = point_beside(banked, MAIN_RIVER, 40.0)
    buffer, = banked.inspect(point).buffers
    assert buffer["river"] == MAIN_RIVER and buffer["width_m"] == 50.0
    assert buffer["distance_m"] == pytest.approx(40.0 - CHANNEL_M / 2, abs=0.01)
    assert buffer["measured_from"] == FROM_BANK and buffer["channel_width_m"] == CHANNEL_M
    plain, = sample.inspect(point).buffers          # the shipped sample gives no channel
    assert plain["distance_m"] == pytest.approx(40.0, abs=0.01) and plain["measured_from"] == FROM_CENTRE_LINE


def test_a_point_in_the_channel_is_0_m_from_the_bank(banked):
    point, _metric = point_beside(banked, MAIN_RIVER, CHANNEL_M / 2 - 3)
    buffer, = banked.inspect(point).buffers
    assert buffer["distance_m"] == 0.0 and buffer["measured_from"] == FROM_BANK


def test_the_buffer_reaches_its_width_from_the_bank(banked, sample):
    """60 m from the centre line: 45 m from the bank, inside the 50 m measured from the bank, outside
    the 50 m measured from the centre line."""
    point, _metric = point_beside(banked, MAIN_RIVER, 60.0)
    buffer, = banked.inspect(point).buffers
    assert buffer["distance_m"] == pytest.approx(45.0, abs=0.01)
    assert not sample.inspect(point).buffers
    beyond, _metric = point_beside(banked, MAIN_RIVER, 50.0 + CHANNEL_M / 2 + 2)
    assert not banked.inspect(beyond).buffers


def test_overlay_lookup_and_screening_measure_as_inspect_does(banked):
    point, _metric = point_beside(banked, MAIN_RIVER, 40.0)
    summary = overlay(banked, [point]).features[0]
    assert summary.nearest_river == MAIN_RIVER and summary.nearest_river_m == pytest.approx(25.0, abs=0.01)
    assert summary.buffer_rivers == [MAIN_RIVER]
    place = locate(banked, point)
    assert place.buffer["distance_m"] == pytest.approx(25.0, abs=0.01) and place.buffer["measured_from"] == FROM_BANK
    result = screen(banked, point, "EPSG:4490", "C2614")
    riverside = next(c for c in result.checks if c.rule.rule_id == "SR-01")
    assert riverside.facts["distance_m"] == pytest.approx(25.0, abs=0.1)
    assert riverside.facts["measured_from"] == FROM_BANK
    assert any("距离从河岸量起（河道宽 30 m，取自数据集）" in r for r in riverside.reasons)
    in_buffer = next(c for c in result.checks if c.rule.kind == "in_river_buffer")
    assert any("距河岸 25.0 m" in r for r in in_buffer.reasons), in_buffer.reasons
    assert not any(CENTRE_WORDS in r for r in in_buffer.reasons)
    site = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))["site"]
    assert site["buffers"][0]["measured_from"] == FROM_BANK and site["nearest_river"]["measured_from"] == FROM_BANK


def test_the_text_and_the_page_say_from_the_bank_for_that_river(banked):
    point, _metric = point_beside(banked, MAIN_RIVER, 40.0)
    result = banked.inspect(point)
    for rendered in (render_text(result), render_html(result)):
        assert "东辽河 两侧 50 米（从河岸量起），距河岸 25.0 米（河道宽 30 米，取自数据集）" in rendered
        assert "东辽河（河道宽 30 米）的距离和缓冲区宽度从河岸量起" in rendered
        assert CENTRE_WORDS not in rendered and "距离从河道中心线量起" not in rendered
    assert result.to_dict()["buffers"][0]["measured_from"] == FROM_BANK


def test_a_place_in_no_buffer_names_both_readings_with_their_rivers(banked):
    point, _metric = point_beside(banked, MAIN_RIVER, 3000.0)
    text = render_text(banked.inspect(point))
    assert "东辽河（河道宽 30 米）的距离和缓冲区宽度从河岸量起" in text
    others = sorted(set(banked.river_lines()) - {MAIN_RIVER})
    assert "的距离和缓冲区宽度从河道中心线量起（数据集没有给出其河道宽度）" in text
    assert others[0] in text.split("从河道中心线量起")[0]


def test_a_dataset_without_channels_reads_as_before(sample):
    assert not sample.channels and sample.info()["channels"] == {}
    point, _metric = point_beside(sample, MAIN_RIVER, 40.0)
    text = render_text(sample.inspect(point))
    assert "东辽河 两侧 50 米，距河道中心线 40.0 米" in text
    assert LABELS["buffer_reading"].split("：")[0] in text and BANK_WORDS not in text


def test_stored_buffers_measured_otherwise_than_their_river_are_a_problem(tmp_path):
    path = sample_with_channels(tmp_path / "stale.gpkg", rebuild_buffers=False)
    problems = Dataset(path).problems
    assert any("river_buffers 中 东辽河 的缓冲区从中心线量起" in p and "zoning:build_buffers" in p for p in problems)


def test_an_unusable_channel_width_is_a_problem_and_that_piece_is_measured_from_its_centre_line():
    records = [{"river_name": "甲河", "channel_width_m": "宽"}, {"river_name": "甲河", "channel_width_m": 20},
               {"river_name": "乙河", "channel_width_m": None}, {"river_name": "丙河", "channel_width_m": -3}]
    problems = []
    channels = RiverChannels.from_records(records, problems)
    assert channels.halves.tolist() == [0.0, 10.0, 0.0, 0.0] and len(problems) == 2
    assert channels.measured_from("甲河") == FROM_BANK_PARTLY and channels.measured_from("乙河") == FROM_CENTRE_LINE
    assert channels.measured_from("丙河") == FROM_CENTRE_LINE
    assert channels.reading("甲河") == {"measured_from": FROM_BANK_PARTLY, "channel_width_m": 20.0}


@pytest.mark.parametrize("value,width", [(None, None), ("", None), (0, None), (30, 30.0), ("３０ 米", 30.0)])
def test_channel_widths_are_read_as_the_numbers_they_are(value, width):
    assert read_channel_width(value) == width


@pytest.mark.parametrize("value", ["nan", "-1", 1e6, "thirty"])
def test_channel_widths_that_are_no_width_are_refused(value):
    with pytest.raises(InputError):
        read_channel_width(value)


def test_the_distance_from_the_bank_is_the_distance_to_the_channel_strip():
    """Against shapely's own construction of the channel: the strip within half the width."""
    rng = numpy.random.default_rng(3)
    line = shapely.LineString(numpy.cumsum(rng.uniform((10, -80), (120, 80), (12, 2)), axis=0))   # simple
    channel = shapely.buffer(line, 12.5, quad_segs=64)
    for x, y in rng.uniform(-200, 900, (200, 2)):
        point = shapely.Point(x, y)
        assert distance_from(numpy.array([line]), numpy.array([12.5]), point) == pytest.approx(
            channel.distance(point), abs=0.01)
    assert width_text([20.0, 40.0]) == "20–40" and width_text([30.0]) == "30" and width_text(30.0) == "30"
    strip = buffer_of([line], [12.5], 50.0, quad_segs=64)
    assert strip.area == pytest.approx(shapely.buffer(channel, 50.0, quad_segs=64).area, rel=2e-4)


def test_buffers_built_on_the_fly_reach_their_width_from_the_bank(tmp_path):
    """The option of the other basins: a 松花江流域 river with a channel gets its buffer from the bank."""
    plain = Dataset(sample_with_channels(tmp_path / "plain.gpkg", widths={}), buffers_in_all_basins=True)
    derived = {r["river_name"]: r for r, _g in plain.derived_buffers()}
    river = sorted(derived)[0]
    path = sample_with_channels(tmp_path / "songhua.gpkg", widths={river: 20.0})
    banked = Dataset(path, buffers_in_all_basins=True)
    record, geometry = next((r, g) for r, g in banked.derived_buffers() if r["river_name"] == river)
    assert record["measured_from"] == FROM_BANK and record["channel_width_m"] == 20.0
    width = record["buffer_m"]
    expected = shapely.intersection(shapely.buffer(shapely.buffer(banked.river_lines()[river], 10.0), width),
                                    banked.city_metric)
    built = banked.buffers.metric[banked.buffers.records.index(record)]
    assert built.area == pytest.approx(expected.area, rel=2e-3)
    before = plain.buffers.metric[[r["river_name"] for r in plain.buffers.records].index(river)]
    assert built.area > before.area * 1.2


def test_the_conformity_report_names_from_where_each_rivers_distance_is_measured(banked, sample):
    from zoning_plugin.core.renderers.conformity import render_conformity_html
    point, _metric = point_beside(banked, MAIN_RIVER, 40.0)
    page = render_conformity_html(overlay(banked, [point]), banked)
    assert "东辽河（河道宽 30 米）的距离和缓冲区宽度从河岸量起" in page and "25.0" in page
    assert "距离从河道中心线量起" not in page
    assert "距离从河道中心线量起" in render_conformity_html(overlay(sample, [point]), sample)


def test_the_eia_chapter_names_from_where_the_buffer_distance_is_measured(banked, sample):
    point, _metric = point_beside(banked, MAIN_RIVER, 40.0)
    inside = chapter_html(build_chapter(banked.inspect(point)))
    assert "项目选址位于河流生态缓冲区内" in inside and "距河岸 25.0 米" in inside
    assert "东辽河（河道宽 30 米）的距离和缓冲区宽度从河岸量起" in inside
    outside = chapter_html(build_chapter(sample.inspect(point_beside(sample, MAIN_RIVER, 3000.0)[0])))
    assert "项目选址不在数据集的河流生态缓冲区内" in outside
    assert "距离从河道中心线量起：这是本插件的理解" in outside
