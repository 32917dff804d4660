"""The access lists of an import: unit lists ("N") from the units' attributes or a spreadsheet,
and the city-wide "1" and basin "2" lists from an attachment text or a spreadsheet.

An attribute or cell often holds a whole dimension as numbered items ("1.…2.…", "（4）…（5）…",
"①…②…", "一、…"): it is split into items where its numbering runs (core/importers/numbering.py);
each item keeps its text verbatim (only the number is taken off). Spreadsheets (XLSX/ODS through GDAL, CSV in UTF-8 or
GBK) come one row per unit (a code column and four dimension columns) or one row per item (code,
dimension and text columns); the header row may sit below a title row.
"""
import csv
import io
import os
from dataclasses import dataclass

from zoning_plugin.core.importers.catalogue import document_title, parse_buffer_rule, parse_official_requirements
from zoning_plugin.core.errors import CatalogueError, InputError
from zoning_plugin.core.importers.encoding import read_text_file
from zoning_plugin.core.importers.mapping import DIMENSION_ROLES, FIELD_SPELLINGS, guess_role, normalise
from zoning_plugin.core.importers.numbering import merged_start, read_numbered
from zoning_plugin.core.dataset.model import (DIMENSIONS, RULE_RIVER_BUFFER, SCOPE_BASIN, SCOPE_CITY, SCOPE_UNIT,
                                      canonical_dimension)
from zoning_plugin.core.messages import say

HEADER_SEARCH_ROWS = 10
_LONG_COLUMNS = {
    "dimension": ("维度", "管控维度", "准入维度", "清单维度", "管控类别", "管控领域", "类别", "dimension"),
    "text": ("管控要求", "准入要求", "环境准入及管控要求", "准入及管控要求", "生态环境准入清单", "准入清单", "要求",
             "内容", "条款", "条款内容", "清单内容", "具体要求", "text", "requirement"),
    "heading": ("小标题", "分项", "子类", "管控子类", "heading"),
    "scope": ("层级", "清单层级", "范围", "适用范围", "管控范围", "区域", "流域", "scope"),
}
_CITY_WORDS = ("1", "city", "市", "全市", "市级", "市域", "总体", "总体管控要求")

@dataclass
class ListItem:
    scope: str
    scope_ref: str
    dimension: str
    text: str
    source: str
    heading: str = ""
    rule: str = ""
    req_id: str = ""
    seq: int = 0
    merged: str = ""      # an item start still inside the text ("3."): the cell looks merged


def _item_source(where, number):
    """Where an item stands: its cell, and "第N条" only when the text numbers it N."""
    return where if number is None else f"{where} 第{number}条"


def read_code(value):
    """A unit code as stored: trimmed, NFKC, upper case; a number read as a float loses its '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "".join(str(value).split()).upper().translate(str.maketrans("ＺＨ", "ZH"))


def dimension_of(value):
    """One of DIMENSIONS from a dimension as written (空间布局约束, 资源开发效率要求, KJBJYS …)."""
    key = normalise(value)
    for role, dimension in DIMENSION_ROLES.items():
        if key in FIELD_SPELLINGS[role]:
            return dimension
    return canonical_dimension(key) if key else None


# -- spreadsheets -------------------------------------------------------------------------------
def _cell(value):
    return "" if value is None else str(value).strip()


def read_rows(path, encoding=""):
    """[(sheet name, rows as lists of strings)] of a spreadsheet: CSV read here (UTF-8 or GBK),
    XLSX/ODS/XLS through GDAL, every cell as text."""
    if not os.path.isfile(path):
        raise InputError(say(f"找不到表格文件：{path}", f"spreadsheet not found: {path}"))
    if path.lower().endswith((".csv", ".txt")):
        text, _encoding = read_text_file(path, encoding)
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
        rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), dialect)]
        return [(os.path.splitext(os.path.basename(path))[0], rows)]
    from osgeo import gdal
    gdal.UseExceptions()
    try:
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            source = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY,
                                 open_options=["HEADERS=DISABLE", "FIELD_TYPES=STRING"])
        finally:
            gdal.PopErrorHandler()
    except RuntimeError as error:
        raise InputError(say(f"无法读取表格：{path}：{str(error)[:100]}", f"cannot read the spreadsheet: {path}: {str(error)[:100]}")) from None
    sheets = []
    for index in range(source.GetLayerCount()):
        layer = source.GetLayerByIndex(index)
        count = layer.GetLayerDefn().GetFieldCount()
        rows = [[_cell(feature.GetField(i)) for i in range(count)] for feature in layer]
        sheets.append((layer.GetName(), rows))
    return sheets


def _find(headers, names):
    keys = [normalise(h) for h in headers]
    for name in names:
        if normalise(name) in keys:
            return keys.index(normalise(name))
    return None


@dataclass
class Table:
    path: str
    sheet: str
    headers: list
    rows: list            # (spreadsheet row number, cells)

    def where(self, number):
        return say(f"{os.path.basename(self.path)} {self.sheet} 第{number}行",
                   f"{os.path.basename(self.path)} {self.sheet} row {number}")


def find_table(path, accept, what, encoding=""):
    """The first sheet with a header row (among its first rows) that `accept(headers)` likes."""
    for sheet, rows in read_rows(path, encoding):
        for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
            if accept(row):
                body = [(index + 2 + n, cells) for n, cells in enumerate(rows[index + 1:]) if any(cells)]
                return Table(path, sheet, row, body)
    raise InputError(say(f"表格中找不到{what}：{path}", f"no {what} column in the first {HEADER_SEARCH_ROWS} rows: {path}"))


def _layout(headers):
    """("long", {dimension, text, heading}) or ("wide", {dimension: column}) or (None, None)."""
    long = {k: _find(headers, v) for k, v in _LONG_COLUMNS.items()}
    if long["dimension"] is not None and long["text"] is not None:
        return "long", long
    wide = {}
    for role, dimension in DIMENSION_ROLES.items():
        found = guess_role(headers, role, taken=[headers[i] for i in wide.values()])
        if found is not None:
            wide[dimension] = headers.index(found)
    return ("wide", wide) if wide else (None, None)


def unit_items_from_table(path, encoding=""):
    """(items, issues) of the unit lists of a spreadsheet keyed by unit code; issues are
    (kind, message) of rows that cannot be read. InputError without a code column."""
    table = find_table(path, lambda row: guess_role(row, "code") is not None, say("单元编码列", "unit code"), encoding)
    key = table.headers.index(guess_role(table.headers, "code"))
    layout, columns = _layout(table.headers)
    if layout is None:
        raise InputError(say(f"表格既没有四个维度列，也没有“维度”和“管控要求”列：{path}",
                             f"neither dimension columns nor dimension and text columns: {path}"))
    items, issues = [], []
    for number, cells in table.rows:
        cells = cells + [""] * (len(table.headers) - len(cells))
        code = read_code(cells[key])
        if not code:
            issues.append(("list_row_without_code", say(f"{table.where(number)}：没有单元编码", f"{table.where(number)}: no unit code")))
            continue
        if layout == "wide":
            for dimension, column in columns.items():
                for item in read_numbered(cells[column]):
                    where = f"{table.where(number)} {table.headers[column].strip()}"
                    items.append(ListItem(SCOPE_UNIT, code, dimension, item.text, _item_source(where, item.number),
                                          merged=item.merged))
            continue
        text = cells[columns["text"]]
        if not text:
            continue
        dimension = dimension_of(cells[columns["dimension"]])
        if dimension is None:
            issues.append(("unknown_dimension", say(f"{table.where(number)}：无法识别的维度「{cells[columns['dimension']]}」",
                                                    f"{table.where(number)}: dimension “{cells[columns['dimension']]}” not understood")))
            continue
        heading = cells[columns["heading"]] if columns["heading"] is not None else ""
        items.append(ListItem(SCOPE_UNIT, code, dimension, text, table.where(number), heading=heading,
                              merged=merged_start(text)))
    return items, issues


def unit_items_from_attributes(units, mapping, label):
    """Items of the units' dimension fields: `units` is [(code, record)]."""
    items = []
    for code, record in units:
        for dimension, field_name in mapping.dimension_fields():
            for item in read_numbered(record.get(field_name)):
                items.append(ListItem(SCOPE_UNIT, code, dimension, item.text,
                                      _item_source(f"{label} 字段 {' '.join(field_name.split())}", item.number),
                                      merged=item.merged))
    return items


def number_items(items, prefix_of):
    """Sets seq (1-based per scope and scope_ref, dimensions in DIMENSIONS order, source order
    within one) and req_id = f"{prefix_of(item)}-{seq:02d}". Returns the items in that order."""
    order = {d: i for i, d in enumerate(DIMENSIONS)}
    groups = {}
    for position, item in enumerate(items):
        groups.setdefault((item.scope, item.scope_ref), []).append((order.get(item.dimension, 9), position, item))
    out = []
    for (_scope, _ref), group in groups.items():
        keep_order = group[0][2].scope != SCOPE_UNIT     # "1" and "2" stay in the source's order
        for seq, (_o, _p, item) in enumerate(group if keep_order else sorted(group, key=lambda g: g[:2]), 1):
            item.seq, item.req_id = seq, f"{prefix_of(item)}-{seq:02d}"
            out.append(item)
    return out


# -- the "1" and "2" ----------------------------------------------------------------------------
def _basin_for(label, basins):
    """The basin id of a basin label (name or id) among `basins` [(id, name)], or None."""
    key = normalise(label)
    for basin_id, name in basins:
        if key in (normalise(basin_id), normalise(name)):
            return basin_id
    return None


def general_items(path, city_code, city_name, basins, encoding=""):
    """(items, issues) of the city-wide and basin lists: from an attachment text (the 附件 parser
    of core/importers/catalogue.py) or a spreadsheet (scope, dimension and text columns)."""
    if path.lower().endswith((".txt", ".text")):
        text, _encoding = read_text_file(path, encoding)
        try:
            parsed = parse_official_requirements(text, city_code, document_title(text, os.path.basename(path)))
        except CatalogueError as error:
            raise InputError(say(f"总体准入要求文本无法解析：{error}", f"the attachment text does not parse: {error}")) from None
        # A basin list's heading names its basin: the basins layer's id (by name or id), else the heading.
        items = [ListItem(r.scope, (_basin_for(r.scope_ref, basins) or r.scope_ref) if r.scope == SCOPE_BASIN
                          else r.scope_ref, r.dimension, r.text, r.source, r.heading, r.rule) for r in parsed]
        return _checked_basins(items, basins, [])
    table = find_table(path, lambda row: _layout(row)[0] == "long" and _find(row, _LONG_COLUMNS["scope"]) is not None,
                       say("层级/维度/管控要求列", "scope, dimension, text"), encoding)
    _layout_, columns = _layout(table.headers)
    scope_column = _find(table.headers, _LONG_COLUMNS["scope"])
    city_words = {normalise(w) for w in _CITY_WORDS + (city_name or "", city_code or "")} - {""}
    items, issues = [], []
    for number, cells in table.rows:
        cells = cells + [""] * (len(table.headers) - len(cells))
        text, scope_text = cells[columns["text"]], cells[scope_column]
        if not text:
            continue
        dimension = dimension_of(cells[columns["dimension"]])
        basin = _basin_for(scope_text, basins)
        if dimension is None:
            issues.append(("unknown_dimension", say(f"{table.where(number)}：无法识别的维度「{cells[columns['dimension']]}」",
                                                    f"{table.where(number)}: dimension “{cells[columns['dimension']]}” not understood")))
            continue
        heading = cells[columns["heading"]] if columns["heading"] is not None else ""
        if basin is not None:
            scope, ref = SCOPE_BASIN, basin
        elif normalise(scope_text) in city_words or "总体" in scope_text or "全市" in scope_text:
            scope, ref = SCOPE_CITY, city_code
        else:
            issues.append(("unknown_scope", say(f"{table.where(number)}：无法识别的层级「{scope_text}」，应为全市或流域图层中的流域",
                                                f"{table.where(number)}: scope “{scope_text}” not understood: the city or a basin of the basins layer")))
            continue
        items.append(ListItem(scope, ref, dimension, text, table.where(number), heading, _rule_mark(text)))
    return _checked_basins(items, basins, issues)


def _rule_mark(text):
    try:
        parse_buffer_rule(text)
    except CatalogueError:
        return ""
    return RULE_RIVER_BUFFER


def _checked_basins(items, basins, issues):
    known = {basin_id for basin_id, _name in basins}
    for ref in sorted({i.scope_ref for i in items if i.scope == SCOPE_BASIN} - known):
        issues.append(("basin_list_without_basin", say(f"流域清单「{ref}」在流域图层中没有对应的流域，不会适用于任何位置",
                                                       f"the basin list “{ref}” has no basin in the basins layer: it applies nowhere")))
    return items, issues
