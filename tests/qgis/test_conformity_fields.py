"""conformity.fields.SummaryFields.fit: what a shapefile's 254-byte text fields keep of a list, in
the file's encoding (GBK by default, UTF-8 when chosen), and what 说明 says about it."""
import pytest
from qgis.core import QgsFields
from qgis.PyQt.QtCore import QVariant

from zoning_plugin.algorithms.conformity.fields import (CUT_MARK, DBASE_TEXT_BYTES, LIST_SEPARATOR, SummaryFields,
                                                        dbase_number)


def note(cuts):
    return "cut: " + ", ".join(f"{name} {kept}/{total}" if total else name for name, kept, total in cuts)


def values_with(fields, **texts):
    """A row of summary values (as values() gives) with the named text fields set."""
    values = ["ok", None] + [None] * (len(fields.specs) - 2)
    for name, text in texts.items():
        values[[spec[0] for spec in fields.specs].index(name)] = text
    return values


def field(fields, values, name):
    return values[[spec[0] for spec in fields.specs].index(name)]


@pytest.mark.parametrize("encoding", ["GBK", "UTF-8"])
def test_a_list_is_cut_after_its_last_whole_item_in_the_files_encoding(dataset, encoding):
    fields = SummaryFields(dataset, "polygon", {}, text_encoding=encoding)
    codes = [f"ZH2204{n:07d}" for n in range(40)]
    rivers = [f"第{n}号支流河" for n in range(40)]           # 6 characters each
    values = values_with(fields, 单元编码=LIST_SEPARATOR.join(codes), 缓冲区河流=LIST_SEPARATOR.join(rivers))
    cuts = fields.fit(values, note)
    for name, items in (("单元编码", codes), ("缓冲区河流", rivers)):
        shown = field(fields, values, name)
        kept = shown.split(LIST_SEPARATOR)
        assert kept[-1] == CUT_MARK and kept[:-1] == items[:len(kept) - 1]
        size = len(shown.encode(encoding))
        assert size <= DBASE_TEXT_BYTES
        one_more = LIST_SEPARATOR.join(items[:len(kept)] + [CUT_MARK]).encode(encoding)
        assert len(one_more) > DBASE_TEXT_BYTES            # the next whole item would not have fitted
        assert (name, len(kept) - 1, len(items)) in cuts
    message = field(fields, values, "说明")
    assert message.startswith("cut: 单元编码 ") and len(message.encode(encoding)) <= DBASE_TEXT_BYTES


def test_fewer_chinese_names_fit_in_utf8_than_in_gbk(dataset):
    rivers = LIST_SEPARATOR.join(f"第{n}号支流河" for n in range(40))
    kept = {}
    for encoding in ("GBK", "UTF-8"):
        fields = SummaryFields(dataset, "polygon", {}, text_encoding=encoding)
        values = values_with(fields, 缓冲区河流=rivers)
        fields.fit(values, note)
        kept[encoding] = len(field(fields, values, "缓冲区河流").split(LIST_SEPARATOR)) - 1
    assert 0 < kept["UTF-8"] < kept["GBK"] < 40


def test_what_fits_is_left_alone_and_a_long_message_is_cut_on_a_character(dataset):
    fields = SummaryFields(dataset, "line", {}, text_encoding="GBK")
    fitting = LIST_SEPARATOR.join(f"ZH2204{n:07d}" for n in range(16))          # 238 bytes
    long_message = "几何已修复：" + "自相交" * 100
    values = values_with(fields, 单元编码=fitting, 县区="龙山区; 西安区")
    values[1] = long_message
    assert fields.fit(values, note) == []
    assert field(fields, values, "单元编码") == fitting and field(fields, values, "县区") == "龙山区; 西安区"
    shown = values[1]
    assert shown.endswith(CUT_MARK) and long_message.startswith(shown[:-1])
    assert DBASE_TEXT_BYTES - 2 <= len(shown.encode("gbk")) <= DBASE_TEXT_BYTES


def test_an_item_longer_than_the_field_leaves_only_the_mark_and_text_outside_gbk_is_measured_as_written(dataset):
    fields = SummaryFields(dataset, "polygon", {}, text_encoding="GBK")
    values = values_with(fields, 流域="流" * 200 + LIST_SEPARATOR + "辽河", 最近河流="🌊" * 300)
    cuts = fields.fit(values, note)
    assert field(fields, values, "流域") == CUT_MARK and ("流域", 0, 2) in cuts
    assert field(fields, values, "最近河流").endswith(CUT_MARK) and ("最近河流", None, None) in cuts


def test_no_shapefile_no_limit(dataset):
    fields = SummaryFields(dataset, "polygon", {})
    out = fields.append_to(QgsFields())
    texts = [f for f in out if f.type() == QVariant.String]
    numbers = [f for f in out if f.type() == QVariant.Double]
    assert texts and all(f.length() == 0 for f in texts) and all(f.length() == 0 for f in numbers)
    values = values_with(fields, 单元编码=LIST_SEPARATOR.join(f"ZH{n:011d}" for n in range(500)))
    assert fields.fit(values, note) == [] and len(field(fields, values, "单元编码")) > 5000


def test_a_shapefiles_fields_hold_254_bytes_and_numbers_of_a_county(dataset):
    fields = SummaryFields(dataset, "polygon", {}, text_encoding="GBK")
    out = fields.append_to(QgsFields())
    assert {f.length() for f in out if f.type() == QVariant.String} == {DBASE_TEXT_BYTES}
    area = out.field("面积")
    assert (area.length(), area.precision()) == dbase_number("面积") == (20, 2)
    assert (out.field("优先占比").length(), out.field("优先占比").precision()) == (12, 6)
