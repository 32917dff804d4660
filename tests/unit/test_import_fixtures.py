"""Fixtures of the import tests, written by the tests (no binary files committed), and tests that
the fixtures are what they claim: a GBK shapefile without .cpg and with or without a language id,
Chinese field names with a trailing line break, an XLSX list. tests/qgis imports this module too.

The units: a 3 × 2 grid of 1 km squares in EPSG:4551 (CGCS2000 GK CM 126E), one unit per cell:
  row 0: A ZH22040210001 (class 1), B ZH22040220001 (2), C ZH22040230001 (3)
  row 1: D ZH22040310001 (1, its west edge twisted into a bow-tie: a self-intersection at
         X0 + 5, Y0 + 1500), E ZH22040320001 (2, reaching 20 m into F: a 20 000 m² overlap),
         F ZH22040330001 (class written as text, 一般管控单元; no 环境风险防控 text).
"""
import hashlib
import os

import pytest
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

X0, Y0, CELL = 430_000.0, 4_750_000.0, 1000.0
PINYIN = ("HJZHGKDYBM", "HJZHGKDYMC", "ZHGKDYFL", "XZQHDM", "KJBJYS", "WRWPFGK", "HJFXFK", "ZYKFXLYQ")
CHINESE = ("环境管控单元编码\n", "环境管控单元名称\n", "管控单元分类\n", "行政区划代码", "空间布局约束\n",
           "污染物 排放管控", "环境风险防控", "资源开发效率要求")
SELF_INTERSECTION = (X0 + 5.0, Y0 + 1500.0)
OVERLAP_M2 = 20.0 * CELL


def square(col, row, east=0.0):
    x, y = X0 + col * CELL, Y0 + row * CELL
    return f"POLYGON(({x} {y},{x + CELL + east} {y},{x + CELL + east} {y + CELL},{x} {y + CELL},{x} {y}))"


def bow_tie_square(col, row):
    """A square whose west edge crosses itself once (a small bow-tie at its middle)."""
    x, y = X0 + col * CELL, Y0 + row * CELL
    m = y + CELL / 2
    return (f"POLYGON(({x} {y},{x + CELL} {y},{x + CELL} {y + CELL},{x} {y + CELL},{x} {m + 10},{x + 10} {m - 10},"
            f"{x + 10} {m + 10},{x} {m - 10},{x} {y}))")


# code, name, class value, county, geometry, four dimension texts
UNITS = [
    ("ZH22040210001", "龙山区甲优先保护单元", "1", "220402", square(0, 0),
     ("1.禁止新建工业项目。2.严格控制开发强度。", "（1）污水全部收集处理。（2）禁止新设排污口。", "①建立风险预警。", "1、节约用水。")),
    ("ZH22040220001", "龙山区乙重点管控单元", "2", "220402", square(1, 0),
     ("禁止新建高污染项目。", "执行特别排放限值。", "落实应急预案。", "提高用水效率。")),
    ("ZH22040230001", "龙山区丙一般管控单元", "3", "220402", square(2, 0),
     ("执行总体准入要求。", "执行总体准入要求。", "执行总体准入要求。", "执行总体准入要求。")),
    ("ZH22040310001", "西安区丁优先保护单元", "优先保护单元", "220403", bow_tie_square(0, 1),
     ("禁止开发建设。", "禁止排污。", "防范风险。", "保护水源。")),
    ("ZH22040320001", "西安区戊重点管控单元", "重点管控单元", "220403", square(1, 1, east=20.0),
     ("园区内布局。", "集中处理污水。", "园区应急联动。", "清洁能源。")),
    ("ZH22040330001", "西安区己一般管控单元", "一般管控单元", "220403", square(2, 1),
     ("执行总体准入要求。", "执行总体准入要求。", "", "执行总体准入要求。")),
]
CODES = [u[0] for u in UNITS]
UNKNOWN_CODE = "ZH22040299999"


def _srs(epsg=4551):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs


def _write_units(source, names, units, srs, options=()):
    layer = source.CreateLayer("units", srs, ogr.wkbPolygon, options=list(options))
    for name in names:
        definition = ogr.FieldDefn(name, ogr.OFTString)
        definition.SetWidth(254)
        layer.CreateField(definition)
    defn = layer.GetLayerDefn()
    for code, unit_name, unit_class, county, wkt, dims in units:
        feature = ogr.Feature(defn)
        for i, value in enumerate((code, unit_name, unit_class, county) + tuple(dims)):
            if value:
                feature.SetField(i, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)


def write_gbk_shapefile(folder, name="units", language_id=0x4D, prj=True, units=UNITS, epsg=4551):
    """A shapefile with GBK-encoded attributes and pinyin field names, without .cpg; byte 29 of the
    .dbf set to `language_id` (0 for none). Returns the .shp path."""
    path = os.path.join(str(folder), f"{name}.shp")
    # QGIS sets SHAPE_ENCODING="" once it has read a shapefile, which makes GDAL write raw UTF-8
    # whatever ENCODING says: unset it while writing.
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    try:
        source = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
        _write_units(source, PINYIN, units, _srs(epsg), ["ENCODING=CP936"])
        source = None
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)
    os.remove(os.path.join(str(folder), f"{name}.cpg"))
    dbf = os.path.join(str(folder), f"{name}.dbf")
    with open(dbf, "r+b") as handle:
        handle.seek(29)
        handle.write(bytes([language_id]))
    if not prj:
        os.remove(os.path.join(str(folder), f"{name}.prj"))
    return path


def write_chinese_gpkg(path, units=UNITS, names=CHINESE, epsg=4551):
    """A GeoPackage with Chinese field names, three of them ending in a line break."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    _write_units(source, names, units, _srs(epsg))
    source = None
    return str(path)


def write_layer(path, rows, geometry_type, fields=("name",), epsg=4551, layer_name=None):
    """A GeoPackage layer from (wkt, values...) rows."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer(layer_name or os.path.splitext(os.path.basename(str(path)))[0], _srs(epsg),
                               geometry_type)
    for name in fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for wkt, *values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            feature.SetField(i, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    source = None
    return str(path)


def write_xlsx(path, headers, rows, sheet="清单", title=None):
    """An XLSX sheet through GDAL's XLSX driver. GDAL writes the field names as the first row: the
    headers, or with `title` a title row (the title, then filler) above the header row."""
    source = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = source.CreateLayer(sheet, geom_type=ogr.wkbNone)
    first = [title] + [f"-{i}" for i in range(1, len(headers))] if title else list(headers)
    for name in first:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for row in ([list(headers)] if title else []) + [list(r) for r in rows]:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(row):
            if value != "":
                feature.SetField(i, value)
        layer.CreateFeature(feature)
    source = None
    return str(path)


def unit_lists_xlsx(path):
    """One row per unit: every unit but F, and one row for an unknown code."""
    rows = [(code, *dims) for code, _n, _c, _k, _w, dims in UNITS[:-1]]
    rows.append((UNKNOWN_CODE, "禁止。", "限制。", "防控。", "节约。"))
    return write_xlsx(path, ("环境管控单元编码", "空间布局约束", "污染物排放管控", "环境风险防控", "资源利用效率"), rows,
                      title="附表 环境管控单元准入清单")


def checksums(folder):
    """{file name: sha256} of every file in a folder."""
    out = {}
    for name in sorted(os.listdir(str(folder))):
        full = os.path.join(str(folder), name)
        if os.path.isfile(full):
            with open(full, "rb") as handle:
                out[name] = hashlib.sha256(handle.read()).hexdigest()
    return out


# -- the fixtures are what they claim ----------------------------------------------------------------
def test_the_gbk_shapefile_has_gbk_bytes_no_cpg_and_the_language_id(tmp_path):
    path = write_gbk_shapefile(tmp_path, language_id=0x4D)
    assert sorted(os.listdir(tmp_path)) == ["units.dbf", "units.prj", "units.shp", "units.shx"]
    raw = (tmp_path / "units.dbf").read_bytes()
    assert raw[29] == 0x4D
    assert "龙山区甲优先保护单元".encode("gbk") in raw
    assert "龙山区甲优先保护单元".encode("utf-8") not in raw
    assert os.path.isfile(path)


def test_the_gbk_shapefile_without_language_id_or_prj(tmp_path):
    write_gbk_shapefile(tmp_path, language_id=0, prj=False)
    assert (tmp_path / "units.dbf").read_bytes()[29] == 0
    assert not (tmp_path / "units.prj").exists()


def test_the_chinese_geopackage_keeps_the_line_breaks_in_field_names(tmp_path):
    path = write_chinese_gpkg(tmp_path / "units.gpkg")
    source = ogr.Open(path)
    layer = source.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    assert names[0] == "环境管控单元编码\n" and names[5] == "污染物 排放管控"


def test_the_xlsx_list_has_a_title_row_a_missing_unit_and_an_unknown_code(tmp_path):
    path = unit_lists_xlsx(tmp_path / "lists.xlsx")
    source = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=["HEADERS=DISABLE"])
    rows = [[f.GetField(i) for i in range(f.GetFieldCount())] for f in source.GetLayer(0)]
    assert rows[0][0] == "附表 环境管控单元准入清单" and rows[1][0] == "环境管控单元编码"
    codes = [r[0] for r in rows[2:]]
    assert CODES[-1] not in codes and UNKNOWN_CODE in codes


@pytest.mark.parametrize("wkt, valid", [(square(0, 0), True), (bow_tie_square(0, 1), False)])
def test_the_bow_tie_is_the_one_invalid_unit(wkt, valid):
    assert ogr.CreateGeometryFromWkt(wkt).IsValid() is valid
