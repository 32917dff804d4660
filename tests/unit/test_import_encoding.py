"""Shapefile and text encodings of the importer: GBK without .cpg (with and without the DBF
language id), UTF-8, a wrong .cpg, a user override, mixed encodings refused."""
import os

import pytest
from osgeo import ogr

from test_import_fixtures import UNITS, write_gbk_shapefile
from zoning_plugin.core import InputError
from zoning_plugin.core.importers.encoding import (GB18030, UTF8, decode_text, detect_dbf_encoding, python_codec,
                                                   read_text_file)
from zoning_plugin.core.importers.sources import read_source


def utf8_shapefile(folder, cpg=False):
    path = os.path.join(str(folder), "utf8.shp")
    source = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    layer = source.CreateLayer("utf8", None, ogr.wkbPolygon, options=["ENCODING=UTF-8"])
    layer.CreateField(ogr.FieldDefn("NAME", ogr.OFTString))
    for name in ("龙山区甲优先保护单元", "西安区乙重点管控单元", "plain ascii"):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(0, name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0,1 0,1 1,0 0))"))
        layer.CreateFeature(feature)
    source = None
    if not cpg:
        os.remove(os.path.join(str(folder), "utf8.cpg"))
    return path


def test_gbk_without_cpg_is_read_by_the_language_id_and_the_bytes(tmp_path):
    path = write_gbk_shapefile(tmp_path, language_id=0x4D)
    choice = detect_dbf_encoding(path)
    assert choice.encoding == GB18030 and choice.language_id == 0x4D
    assert "0x4D" in choice.reason and "一致" in choice.reason
    data = read_source(path)
    assert [r["HJZHGKDYMC"] for r in data.records] == [u[1] for u in UNITS]
    assert data.records[0]["KJBJYS"] == UNITS[0][5][0]


def test_the_encoding_found_wins_over_gdals_shape_encoding_setting(tmp_path):
    from osgeo import gdal
    path = write_gbk_shapefile(tmp_path)
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "")          # as QGIS leaves it
    try:
        assert read_source(path).records[0]["HJZHGKDYMC"] == UNITS[0][1]
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)


def test_gbk_without_cpg_or_language_id_is_read_by_the_bytes(tmp_path):
    path = write_gbk_shapefile(tmp_path, language_id=0)
    choice = detect_dbf_encoding(path)
    assert choice.encoding == GB18030 and "0x" not in choice.reason
    assert read_source(path).records[3]["ZHGKDYFL"] == "优先保护单元"


def test_a_language_id_that_disagrees_with_the_bytes_loses(tmp_path):
    path = write_gbk_shapefile(tmp_path, language_id=0x03)   # says cp1252
    choice = detect_dbf_encoding(path)
    assert choice.encoding == GB18030 and "不一致" in choice.reason


def test_utf8_without_cpg(tmp_path):
    path = utf8_shapefile(tmp_path)
    assert detect_dbf_encoding(path).encoding == UTF8
    assert read_source(path, source_crs="EPSG:4490").records[0]["NAME"] == "龙山区甲优先保护单元"


def test_a_wrong_cpg_is_overruled_by_the_bytes(tmp_path):
    path = write_gbk_shapefile(tmp_path)
    (tmp_path / "units.cpg").write_text("UTF-8", encoding="ascii")
    choice = detect_dbf_encoding(path)
    assert choice.encoding == GB18030 and ".cpg" in choice.reason


def test_a_right_cpg_is_used(tmp_path):
    path = write_gbk_shapefile(tmp_path)
    (tmp_path / "units.cpg").write_text("936", encoding="ascii")
    assert "cpg" in detect_dbf_encoding(path).reason


def test_the_user_override_is_used_and_checked(tmp_path):
    path = write_gbk_shapefile(tmp_path)
    assert detect_dbf_encoding(path, "GBK").encoding == GB18030
    with pytest.raises(InputError, match="无法解码.*第 1 条记录"):
        detect_dbf_encoding(path, "UTF-8")
    with pytest.raises(InputError, match="未知的字符编码"):
        detect_dbf_encoding(path, "no-such-codec")


def test_mixed_encodings_are_refused_naming_the_record(tmp_path):
    path = utf8_shapefile(tmp_path)
    dbf = tmp_path / "utf8.dbf"
    raw = dbf.read_bytes()
    utf8 = "西安区乙重点管控单元".encode("utf-8")
    gbk = "西安区乙重点管控单元".encode("gbk")
    dbf.write_bytes(raw.replace(utf8, gbk + b" " * (len(utf8) - len(gbk))))
    with pytest.raises(InputError, match="混用了多种编码.*第 2 条记录的字段 NAME"):
        detect_dbf_encoding(path)
    with pytest.raises(InputError, match="混用"):
        read_source(path, source_crs="EPSG:4490")


def test_a_gbk_character_cut_at_the_field_width_still_counts(tmp_path):
    path = write_gbk_shapefile(tmp_path)
    dbf = tmp_path / "units.dbf"
    raw = dbf.read_bytes()
    name = "龙山区甲优先保护单元".encode("gbk")
    dbf.write_bytes(raw.replace(name, name[:-1] + b" "))     # the last character's second byte gone
    assert detect_dbf_encoding(path).encoding == GB18030


def test_python_codec_names():
    assert python_codec("CP936") == python_codec("GB2312") == python_codec("936") == GB18030
    assert python_codec("65001") == python_codec("utf8") == UTF8
    assert python_codec("Big5") == "big5"


def test_decode_text_tries_bom_utf8_then_gb18030(tmp_path):
    text = "附件4\n辽源市生态环境总体准入要求"
    assert decode_text(text.encode("utf-8")) == (text, UTF8)
    assert decode_text(text.encode("gbk")) == (text, GB18030)
    assert decode_text(b"\xef\xbb\xbf" + text.encode("utf-8"))[0] == text
    with pytest.raises(InputError, match="无法解码"):
        decode_text(text.encode("gbk"), "utf-8", "x.txt")
    with pytest.raises(InputError, match="无法读取文件"):
        read_text_file(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="既不是 UTF-8 也不是 GB18030"):
        decode_text(b"\x80\x80\xff")
