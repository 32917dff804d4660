"""zoning:build_buffers' features before and after buffering (core/engine/buffer_features.py)."""
import pytest
import shapely

from zoning_plugin.core.engine.buffer_features import (BUFFER_FIELDS, BufferFeature, buffer_values, dissolve_group,
                                                       feature_width, guess_name_field, is_width_number, river_name)
from zoning_plugin.core.engine.buffers import (WIDTH_FROM_GENERAL, WIDTH_FROM_INPUT, WIDTH_FROM_RIVER, DefaultWidths,
                                               RiverBuffer)
from zoning_plugin.core.numbers import TOO_LARGE, NumberError


@pytest.fixture
def defaults():
    return DefaultWidths.from_records([{"river_name": "东辽河", "basin_id": "B1", "buffer_m": 500},
                                       {"river_name": "甲河", "buffer_m": 50}, {"river_name": "乙河", "buffer_m": 50}])


def test_the_river_name_field_is_guessed():
    assert guess_name_field(["id", "河流名称"]) == "河流名称"
    assert guess_name_field(["id", " Name "]) == " Name "
    assert guess_name_field(["Name", "river_name"]) == "river_name"
    assert guess_name_field(["id", "code"]) is None


def test_a_number_or_a_field():
    assert is_width_number("100") and is_width_number("100 m") and is_width_number("-5") and is_width_number("nan")
    assert not is_width_number("width") and not is_width_number('"buffer" * 2')


def test_river_names():
    assert river_name("  东辽河 ") == "东辽河" and river_name("  ") is None and river_name(None) is None
    assert river_name(12) == "12"


def test_the_width_given_wins_then_the_river_then_the_general(defaults):
    assert feature_width(None, "东辽河", defaults) == (500.0, WIDTH_FROM_RIVER, "B1")
    assert feature_width("30", "东辽河", defaults) == (30.0, WIDTH_FROM_INPUT, "B1")
    width, origin, _basin = feature_width(None, "小河", defaults)
    assert (width, origin) == (50.0, WIDTH_FROM_GENERAL)
    with pytest.raises(NumberError) as error:
        feature_width(20000, "小河", defaults)
    assert error.value.reason == TOO_LARGE
    none = DefaultWidths.from_records([], {})
    assert feature_width(None, "小河", none)[0] is None


def test_dissolve_groups():
    named, unnamed = BufferFeature(1, "东辽河", None, WIDTH_FROM_INPUT), BufferFeature(2, None, None, WIDTH_FROM_INPUT)
    assert dissolve_group(named, True)[0] == "river" and dissolve_group(named, False) == ("feature", 1)
    assert dissolve_group(unnamed, True) == ("feature", 2)


def test_the_values_of_a_buffer():
    features = [BufferFeature(1, "东辽河", None, WIDTH_FROM_RIVER), BufferFeature(2, "东辽河", "B1", WIDTH_FROM_INPUT, 40.0)]
    buffer = RiverBuffer(group=("river", "东辽河"), geometry=shapely.box(0, 0, 1, 1), members=[0, 1], width_m=500.0, area_m2=1234.567,
                         measured_from="bank_partly", channel_widths=[40.0, 20.0])
    values, origins = buffer_values(buffer, features)
    assert len(values) == len(BUFFER_FIELDS)
    assert origins == sorted({WIDTH_FROM_RIVER, WIDTH_FROM_INPUT})
    assert values == ["东辽河", "B1", 500.0, ", ".join(origins), "bank_partly", 40.0, 2, 1234.57]
