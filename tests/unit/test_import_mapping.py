"""Field mapping of the importer: guesses from pinyin and Chinese names (also with line breaks,
blanks, full-width letters or cut to ten bytes), explicit choices over the saved JSON over the
guess, the JSON round trip, the class reader with the dataset's unit_classes."""
import json

import pytest

from test_import_fixtures import CHINESE, PINYIN
from zoning_plugin.core import InputError
from zoning_plugin.core.importers.mapping import (FROM_FILE, FROM_GUESS, FROM_PARAMETER, ROLES, ClassReader,
                                                  FieldMapping, guess_mapping, normalise, resolve_mapping)


def test_pinyin_field_names_are_guessed():
    mapping = guess_mapping(["FID_1", "Shape_Area"] + list(PINYIN))
    assert [mapping.get(r) for r in ROLES] == [PINYIN[0], PINYIN[1], PINYIN[2], PINYIN[3], None, *PINYIN[4:]]


def test_chinese_field_names_with_line_breaks_and_blanks_are_guessed():
    mapping = guess_mapping(list(CHINESE))
    assert mapping.code == "环境管控单元编码\n" and mapping.unit_class == "管控单元分类\n"
    assert mapping.pollution == "污染物 排放管控" and mapping.resource == "资源开发效率要求"


@pytest.mark.parametrize("name, role", [
    ("HJGKDYBM", "code"), ("hjzhgkdybm", "code"), ("ＨＪＺＨＧＫＤＹＢＭ", "code"), ("单元编码", "code"),
    ("环境综合管控单元编码", "code"), ("HJGKDYMC", "name"), ("单元名称", "name"), ("单元分类", "unit_class"),
    ("ZHGKDYFL", "unit_class"), ("行政区划代码", "county"), ("县区", "county"), ("XZQHDM", "county"),
    ("PWPFGK", "pollution"), ("PWWPFGK", "pollution"), ("WRWPFGK", "pollution"), ("污染物排放管控", "pollution"),
    ("KJBJYS", "spatial"), ("空间布局约", "spatial"), ("HJFXFK", "risk"), ("风险管控防控", "risk"),
    ("ZYKFXLYQ", "resource"), ("资源利用效率", "resource"), ("资源开发效率要求", "resource"),
    ("资源开发利用效率", "resource"), ("环境管控单元编码（2023）", "code"),
])
def test_each_spelling_finds_its_role(name, role):
    mapping = guess_mapping(["OBJECTID", name])
    assert mapping.get(role) == name
    assert [r for r in ROLES if mapping.get(r)] == [role]


def test_a_name_cut_to_ten_bytes_that_could_be_code_or_name_is_not_guessed():
    assert guess_mapping(["环境管控单"]).code is None


def test_each_field_is_used_once():
    mapping = guess_mapping(["单元编码", "单元代码"])
    assert mapping.code == "单元编码" and mapping.name is None


def test_explicit_beats_saved_beats_guess(tmp_path):
    names = list(PINYIN) + ["BM2", "备注"]
    saved = FieldMapping(name="备注", risk="HJFXFK")
    mapping, how = resolve_mapping(names, {"code": "BM2"}, saved)
    assert (mapping.code, how["code"]) == ("BM2", FROM_PARAMETER)
    assert (mapping.name, how["name"]) == ("备注", FROM_FILE)
    assert (mapping.unit_class, how["unit_class"]) == ("ZHGKDYFL", FROM_GUESS)
    # HJZHGKDYBM is no longer taken by the code, so nothing else claims it either
    assert "HJZHGKDYBM" not in [mapping.get(r) for r in ROLES]


def test_a_role_given_as_a_dash_stays_unmapped():
    mapping, how = resolve_mapping(list(PINYIN), {"risk": "-"}, FieldMapping(county="-"))
    assert mapping.risk is None and mapping.county is None and how["risk"] == FROM_PARAMETER
    assert mapping.code == "HJZHGKDYBM"
    with pytest.raises(InputError, match="未指定单元编码字段"):
        resolve_mapping(list(PINYIN), {"code": "-"})


def test_a_saved_name_matches_the_same_name_with_a_line_break():
    mapping, _how = resolve_mapping(list(CHINESE), {"code": "环境管控单元编码", "unit_class": "管控 单元分类"})
    assert mapping.code == "环境管控单元编码\n" and mapping.unit_class == "管控单元分类\n"


def test_an_unmapped_code_is_a_clear_error():
    with pytest.raises(InputError, match="未指定单元编码字段.*CODE_FIELD.*可用字段.*名称"):
        resolve_mapping(["名称", "备注"])


def test_a_named_field_the_source_lacks_is_an_error():
    with pytest.raises(InputError, match="没有字段「BM」"):
        resolve_mapping(list(PINYIN), {"code": "BM"})
    with pytest.raises(InputError, match="未知的字段角色"):
        resolve_mapping(list(PINYIN), {"colour": "X"})


def test_json_round_trip(tmp_path):
    path = tmp_path / "mapping.json"
    mapping = guess_mapping(list(CHINESE))
    mapping.unit_classes = [{"class": 1, "name": "优先保护单元"}, {"class": 2, "name": "重点管控单元"},
                            {"class": 3, "name": "环境综合管控单元", "aliases": ["综合管控"]}]
    mapping.save(str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["fields"]["code"] == "环境管控单元编码\n" and "subtype" not in data["fields"]
    loaded = FieldMapping.load(str(path))
    assert [loaded.get(r) for r in ROLES] == [mapping.get(r) for r in ROLES]
    assert loaded.unit_classes[2]["aliases"] == ["综合管控"] and loaded.unit_classes[2]["short"] == "环境综合管控单元"
    assert [p.name for p in tmp_path.iterdir()] == ["mapping.json"]     # no temporary file left


@pytest.mark.parametrize("text, message", [
    ("{not json", "不是有效的 JSON"), ('{"fields": {"colour": "X"}}', "未知的项"), ('[1, 2]', "fields"),
    ('{"fields": {}, "unit_classes": [{"name": "x"}]}', "整数 class"),
])
def test_bad_mapping_files(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        FieldMapping.load(str(path))


@pytest.mark.parametrize("value, number", [
    (1, 1), ("1", 1), (2.0, 2), ("3.0", 3), (" ３ ", 3), ("优先保护单元", 1), ("重点管控区", 2), ("一般管控", 3),
    ("优先保护单元（生态保护红线）", 1), ("生态保护红线", 1), ("4", None), (4, None), ("其他", None), (None, None),
    ("", None), (True, None), ("优先保护/重点管控", None),
])
def test_class_reader(value, number):
    assert ClassReader().read(value) == number


def test_class_reader_with_the_dataset_classes():
    reader = ClassReader([{"class": 1, "name": "优先保护单元", "aliases": []},
                          {"class": 2, "name": "环境综合管控单元", "short": "综合管控", "aliases": []}])
    assert reader.read("环境综合管控单元") == 2 and reader.read("综合管控") == 2 and reader.read("3") is None
    assert reader.name(2) == "环境综合管控单元"


def test_normalise():
    assert normalise(" 管控\n单元　分类 ") == "管控单元分类" and normalise("ＨＪＧＫ") == "hjgk"
