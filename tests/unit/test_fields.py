"""The plugin's one field-name guess (core/fields.py)."""
from zoning_plugin.core.fields import field_key, guess_field


def test_key_sets_aside_case_width_blanks_underscores_and_a_unit():
    assert field_key(" Boiler_TPH（t/h）") == "boilertph"
    assert field_key("ＬＯＮ") == "lon"
    assert field_key("名称\n") == "名称"
    assert field_key(None) == ""


def test_spellings_in_order_the_very_name_first():
    assert guess_field(["Name", "river_name"], ("river_name", "name")) == "river_name"
    assert guess_field(["NAME", "name"], ("name", "NAME")) == "name"
    assert guess_field(["id", "NAME"], ("river_name", "name")) == "NAME"
    assert guess_field(["id", "名称\n"], ("名称",)) == "名称\n"
    assert guess_field(["id", "code"], ("name",)) is None


def test_phrases_only_when_no_spelling_fits():
    names = ["中心经度", "经度 (°)"]
    assert guess_field(names, ("经度",), ("经度",)) == "经度 (°)"
    assert guess_field(["中心经度"], ("经度",), ("经度",)) == "中心经度"
    assert guess_field(["中心经度"], ("经度",)) is None


def test_taken_fields_are_not_offered_again():
    assert guess_field(["x", "y"], ("y",), taken=["y"]) is None
    assert guess_field(["lon", "lon_2"], ("lon",), ("lon",), taken=["lon"]) == "lon_2"
