"""Text encodings of official deliveries: shapefile DBFs (often GBK without a .cpg) and text files.

A shapefile's attribute text carries no encoding of its own. Where it is said at all, it is said
by a .cpg file beside it or by the DBF's language driver id (byte 29 of the header: 0x4D is
Chinese GBK, CP936). Neither is reliable: ArcGIS writes 0x57 ("the system's ANSI code page") and
GDAL writes 0; a copied .cpg may be wrong. So the bytes decide: every text value and field name
is tried as UTF-8, then as GB18030 (a superset of GBK and GB2312); the .cpg and the language id
say which to prefer and are named in the reason. A file in which some values are UTF-8 Chinese
and others are not is refused as mixed encodings, naming the record and field: no guess would
read both right. The user can always name the encoding (`override`).
"""
import codecs
import os
import re
import struct
from dataclasses import dataclass

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.messages import listing, say

UTF8, GB18030 = "utf-8", "gb18030"

# DBF language driver ids -> Python codec (the ids ArcGIS and dBASE write; 0x57 is "ANSI", the
# writer's system code page, and says nothing).
LANGUAGE_IDS = {
    0x01: "cp437", 0x02: "cp850", 0x03: "cp1252", 0x08: "cp865", 0x09: "cp437", 0x0A: "cp850",
    0x13: "cp932", 0x4D: "gbk", 0x4E: "cp949", 0x4F: "cp950", 0x50: "cp874", 0x64: "cp852",
    0x65: "cp866", 0x78: "cp950", 0x79: "cp949", 0x7A: "gbk", 0x7B: "cp932", 0x7C: "cp874",
    0xC8: "cp1250", 0xC9: "cp1251", 0xCA: "cp1254", 0xCB: "cp1253",
}
_CHINESE = {"gbk", "gb2312", "gb18030", "cp936", "hz"}
_CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_VALUES = 20000          # text values sampled from a large DBF


@dataclass
class EncodingChoice:
    encoding: str            # Python codec name, e.g. "gb18030"
    reason: str              # one line, Chinese first, for the log and the report
    language_id: int = None  # the DBF's byte 29, if a DBF was read

    @property
    def ogr_name(self):
        """The name GDAL's ENCODING open option (iconv) takes."""
        return codecs.lookup(self.encoding).name.upper().replace("_", "-")


def python_codec(name):
    """A Python codec name from what a user or a .cpg writes (GBK, 936, CP936, UTF8, 65001 …);
    InputError when no codec has that name."""
    text = str(name or "").strip()
    if text.isdigit():
        text = {"65001": UTF8, "936": "gbk", "54936": GB18030}.get(text, "cp" + text)
    try:
        codec = codecs.lookup(text).name
    except LookupError:
        raise InputError(say(f"未知的字符编码：{text[:30]}", f"unknown encoding: {text[:30]}")) from None
    return GB18030 if codec in _CHINESE else codec


def _decodes(raw, encoding):
    """True when `raw` decodes; a multi-byte character cut off at the very end (a DBF field cut at
    its width) still counts."""
    try:
        raw.decode(encoding)
        return True
    except UnicodeDecodeError as error:
        return error.start >= len(raw) - 3 and error.end >= len(raw) and \
            ("incomplete" in error.reason or "end of data" in error.reason)


def dbf_text_values(path, limit=MAX_VALUES):
    """(language id, [(record number or None for a field name, field name bytes, raw bytes)]) of
    a DBF's non-ASCII field names and character values, read byte for byte."""
    with open(path, "rb") as handle:
        header = handle.read(32)
        if len(header) < 32:
            raise InputError(say(f"DBF 文件头不完整：{path}", f"truncated DBF header: {path}"))
        count, header_length, record_length = struct.unpack("<IHH", header[4:12])
        language_id = header[29]
        fields, offset = [], 1
        while handle.tell() + 32 <= header_length:
            descriptor = handle.read(32)
            if not descriptor or descriptor[0] == 0x0D:
                break
            name = descriptor[:11].split(b"\x00")[0]
            kind, width = chr(descriptor[11]), descriptor[16]
            fields.append((name, kind, offset, width))
            offset += width
        values = [(None, name, name) for name, _k, _o, _w in fields if not name.isascii()]
        text_fields = [f for f in fields if f[1] == "C"]
        handle.seek(header_length)
        for number in range(1, count + 1):
            record = handle.read(record_length)
            if len(record) < record_length or len(values) >= limit:
                break
            if record[:1] == b"*":
                continue
            for name, _kind, start, width in text_fields:
                raw = record[start:start + width].rstrip(b" \x00")
                if raw and not raw.isascii():
                    values.append((number, name, raw))
    return language_id, values


def _sidecar(path, suffix):
    stem = os.path.splitext(path)[0]
    for candidate in (stem + suffix, stem + suffix.upper()):
        if os.path.isfile(candidate):
            return candidate
    return None


def _where(number, name):
    field = name.decode("ascii", "replace") if name.isascii() else name.decode(GB18030, "replace")
    if number is None:
        return say(f"字段名 {field}", f"the field name {field}")
    return say(f"第 {number} 条记录的字段 {field}", f"field {field} of record {number}")


def detect_dbf_encoding(shp_path, override=""):
    """The encoding of a shapefile's attributes. Raises InputError (one line) for mixed encodings,
    or when the named encoding does not decode every value."""
    dbf = _sidecar(shp_path, ".dbf")
    if dbf is None:
        raise InputError(say(f"找不到 shapefile 的 .dbf 属性文件：{shp_path}", f"the shapefile has no .dbf: {shp_path}"))
    language_id, values = dbf_text_values(dbf)
    if override:
        encoding = python_codec(override)
        bad = next(((n, f) for n, f, raw in values if not _decodes(raw, encoding)), None)
        if bad:
            raise InputError(say(f"指定的编码 {encoding} 无法解码{_where(*bad)}，可能混用了多种编码",
                                 f"the encoding given, {encoding}, cannot decode {_where(*bad)}: the data may mix encodings"))
        return EncodingChoice(encoding, say(f"使用指定的编码 {encoding}", f"the encoding as given: {encoding}"), language_id)
    cpg = _sidecar(shp_path, ".cpg")
    declared = None
    if cpg:
        with open(cpg, "rb") as handle:
            text = handle.read(64).decode("ascii", "replace").strip()
        try:
            declared = python_codec(text)
        except InputError:
            declared = None
    if not values:
        return EncodingChoice(declared or UTF8, say("属性文字全为 ASCII，编码不影响读取", "ASCII only"), language_id)
    if declared and all(_decodes(raw, declared) for _n, _f, raw in values):
        if declared != GB18030 or not _utf8_chinese(values):
            return EncodingChoice(declared, say(f"按 .cpg 文件：{declared}", f"from the .cpg file: {declared}"), language_id)
    utf8_ok = [_decodes(raw, UTF8) for _n, _f, raw in values]
    if all(utf8_ok):
        return EncodingChoice(UTF8, _reason(UTF8, language_id, declared), language_id)
    utf8_chinese = [v for v, ok in zip(values, utf8_ok) if ok and len(_CJK.findall(v[2].decode(UTF8))) >= 2]
    if utf8_chinese:
        number, name, _raw = next(v for v, ok in zip(values, utf8_ok) if not ok)
        first = utf8_chinese[0]
        raise InputError(say(f"属性文字混用了多种编码：{_where(first[0], first[1])} 是 UTF-8，{_where(number, name)} 不是；请修正数据或指定编码",
                             f"the text mixes encodings: {_where(first[0], first[1])} is UTF-8, {_where(number, name)} is not; "
                             "fix the data or give the encoding"))
    bad = next(((n, f) for n, f, raw in values if not _decodes(raw, GB18030)), None)
    if bad:
        raise InputError(say(f"属性文字既不是 UTF-8 也不是 GB18030/GBK：{_where(*bad)}；请指定编码",
                             f"the text is neither UTF-8 nor GB18030/GBK: {_where(*bad)}; give the encoding"))
    return EncodingChoice(GB18030, _reason(GB18030, language_id, declared), language_id)


def _utf8_chinese(values):
    return any(_decodes(raw, UTF8) and len(_CJK.findall(raw.decode(UTF8, "replace"))) >= 2
               for _n, _f, raw in values)


def _reason(encoding, language_id, declared):
    parts = [say(f"属性文字按 {encoding} 可全部解码", f"all text decodes as {encoding}")]
    if language_id in LANGUAGE_IDS:
        hint = python_codec(LANGUAGE_IDS[language_id])
        name = LANGUAGE_IDS[language_id]
        parts.append(say(f"DBF 语言标识 0x{language_id:02X} 为 {name}（一致）", f"the DBF language id 0x{language_id:02X} says {name} (agrees)")
                     if hint == encoding else
                     say(f"DBF 语言标识 0x{language_id:02X} 为 {name}（不一致，以实际字节为准）",
                         f"the DBF language id 0x{language_id:02X} says {name} (disagrees: the bytes decide)"))
    if declared and declared != encoding:
        parts.append(say(f".cpg 写的是 {declared}，但无法解码全部文字", f"the .cpg says {declared}, which cannot decode all the text"))
    return listing(parts)


def decode_text(raw, override="", what=""):
    """(text, encoding) of a text file's bytes: the named encoding, else a BOM, else UTF-8, else
    GB18030. InputError when none decodes it."""
    if override:
        encoding = python_codec(override)
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            raise InputError(say(f"指定的编码 {encoding} 无法解码文件：{what}", f"the encoding given, {encoding}, cannot decode the file: {what}")) from None
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(encoding), encoding
    for encoding in (UTF8, GB18030):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(say(f"文件既不是 UTF-8 也不是 GB18030/GBK 编码：{what}", f"the file is neither UTF-8 nor GB18030/GBK: {what}"))


def read_text_file(path, override=""):
    """(text, encoding) of a text file; InputError when it is missing or undecodable."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        raise InputError(say(f"无法读取文件：{path}：{error.strerror}", f"cannot read the file: {path}: {error.strerror}")) from None
    return decode_text(raw, override, path)
