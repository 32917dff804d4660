"""The official "1+2" access lists: parser of a city's general access requirements attachment
(附件4 辽源市生态环境总体准入要求 is bundled; another city's attachment of the same layout parses alike).

The text is a Word table flattened to text. One TAB opens a cell, TAB + 4 spaces opens a
requirement body, a bare TAB is an empty cell. Header cells are merged (rowspan): written once,
before the first item they cover. Some headers are broken over lines and only their first fragment
carries the TAB (空间布局/约束, and the vertical 空/间/布/局/约/束 or 环/境/质/量/目标).

The parser knows no place: the basins are the text's headings (一、XX流域 …), the city code and the
basin ids come from the caller. What is known of the bundled text (its city code, basin ids and
item counts) is data beside it, in OFFICIAL_FACTS_PATH.
"""
import json
import os
import re

from zoning_plugin.core.errors import CatalogueError
from zoning_plugin.core.dataset.model import (DIMENSIONS, RULE_RIVER_BUFFER, SCOPE_BASIN, SCOPE_CITY,
                                      Requirement, canonical_dimension)

_OFFICIAL_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "resources",
                                              "official"))
OFFICIAL_TEXT_PATH = os.path.join(_OFFICIAL_DIR, "liaoyuan_general_requirements_annex4.txt")
# The bundled text's facts: {"city_code", "basin_ids": {basin name: id}, "expected_counts":
# {scope_ref: {dimension: number of items}}} (the city list has no 环境风险防控 block at all).
OFFICIAL_FACTS_PATH = os.path.join(_OFFICIAL_DIR, "liaoyuan_general_requirements_annex4.json")

_ITEM_INDENT = "    "  # after the TAB: a requirement body
# Column header cells of the two tables: layout, not content.
_COLUMN_HEADERS = frozenset(("管控领域", "环境准入及管控要求", "管控类别", "管控要求"))
# Dimension headers are matched by exact spelling: canonical_dimension() goes by keyword and would
# also take the city sub-headings 污染物控制要求 / 水资源 / 土地资源 for dimensions.
_DIMENSION_LABELS = frozenset(DIMENSIONS + ("资源利用要求", "风险管控防控", "资源开发利用效率"))
# Section numbering as the source writes it: 一、 二、 (or （一）).
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_BASIN_WORD = "流域"
_BUFFER_RULE = re.compile(r"两侧\s*\d+(?:\.\d+)?\s*米.*缓冲")
_BUFFER_WIDTHS = re.compile(
    r"在(?P<river>[^\s，,。；;、]+?)两侧\s*(?P<main>\d+(?:\.\d+)?)\s*米\s*[，,、；;]?\s*"
    r"其[余他它]河流?两侧\s*(?P<other>\d+(?:\.\d+)?)\s*米")


def _compact(value):
    return "".join(value.split())


def _lines(text):
    # Real files come with a BOM and/or CRLF; str.splitlines() would also split on \x0b, \u2028 ...
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _cells(lines):
    """Lines -> [line_no, kind, text] with kind top | cell | empty | item; broken headers joined."""
    cells = []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue  # blank lines separate everything, even the fragments of a vertical header
        if line.startswith("\t"):
            body = line[1:]
            if not body.strip():
                cells.append([no, "empty", ""])
            elif body.startswith(_ITEM_INDENT):
                cells.append([no, "item", body[len(_ITEM_INDENT):]])
            else:
                cells.append([no, "cell", body.strip()])
        elif cells and cells[-1][1] == "cell" and not _NUMBERED.match(line.strip()):
            # An untabbed fragment continues the open header cell. A numbered untabbed line is a
            # top-level section (二、辽源市总体管控要求), never a fragment.
            cells[-1][2] += line.strip()
        else:
            cells.append([no, "top", line.strip()])
    return cells


def document_title(text, fallback=""):
    """The title the text gives itself: its lines before the first table cell or numbered section
    (附件4 / 辽源市生态环境总体准入要求 → "附件4 辽源市生态环境总体准入要求")."""
    title = []
    for line in _lines(text or ""):
        if not line.strip():
            continue
        if line.startswith("\t") or _NUMBERED.match(line.strip()):
            break
        title.append(line.strip())
    return " ".join(title[:3]) or fallback


def parse_official_requirements(text, city_code, document=None, basin_ids=None):
    """Parse the attachment text into Requirement objects (basins, then city, in document order).
    `city_code` is the scope_ref of the city-wide list; a basin's scope_ref is `basin_ids`'s id of
    its heading's name (the name itself when not given); `document` (cited in every source) is the
    text's own title when not given."""
    if not text or not text.strip():
        raise CatalogueError("官方准入要求文本为空")
    document = document or document_title(text, "总体准入要求")
    basin_ids = basin_ids or {}
    out, used_scopes = [], set()
    section = container = None      # top-level heading as written; SCOPE_BASIN | SCOPE_CITY
    scope_ref = scope_label = None  # current list (basin or city)
    dim = dim_label = None
    heading, seq = "", 0
    for no, kind, value in _cells(_lines(text)):
        compact = _compact(value)
        if kind == "top":
            if not _NUMBERED.match(compact):
                if section is None:
                    continue  # preamble: 附件4 / the document title
                raise CatalogueError(f"第{no}行：无法识别的文字「{compact[:20]}」")
            # Top level is told apart by indentation, not numeral: a basin heading 二、… is tabbed.
            section, dim, heading = value, None, ""
            if "流域" in compact:
                container, scope_ref, scope_label = SCOPE_BASIN, None, None
            elif "总体管控要求" in compact:
                container, scope_ref, scope_label, seq = SCOPE_CITY, str(city_code), None, 0
                if scope_ref in used_scopes:
                    raise CatalogueError(f"第{no}行：市级总体管控要求重复出现")
                used_scopes.add(scope_ref)
            else:
                raise CatalogueError(f"第{no}行：无法识别的章节「{compact}」")
            continue
        if section is None:
            raise CatalogueError(f"第{no}行：表格内容出现在任何章节标题之前")
        if kind == "empty":
            continue  # under a merged header cell: the current dimension carries forward
        if kind == "cell":
            if compact in _COLUMN_HEADERS:
                continue
            if compact in _DIMENSION_LABELS:
                dim, dim_label, heading = canonical_dimension(compact), compact, ""
            elif container == SCOPE_BASIN and _NUMBERED.match(compact):
                name = _NUMBERED.sub("", compact)
                if _BASIN_WORD not in name:
                    raise CatalogueError(f"第{no}行：未知的流域「{compact}」")
                scope_ref, scope_label = basin_ids.get(name, name), compact
                if scope_ref in used_scopes:
                    raise CatalogueError(f"第{no}行：流域「{compact}」重复出现")
                used_scopes.add(scope_ref)
                dim, heading, seq = None, "", 0
            elif container == SCOPE_CITY and dim is not None:
                heading = compact  # city sub-heading: 环境质量目标, 水资源 ...
            else:
                raise CatalogueError(f"第{no}行：无法识别的表头「{compact}」")
            continue
        # kind == "item"
        if scope_ref is None:
            raise CatalogueError(f"第{no}行：条目出现在流域标题之前")
        if dim is None:
            raise CatalogueError(f"第{no}行：条目出现在任何管控维度表头之前")
        seq += 1
        path = [p for p in (section, scope_label, dim_label, heading) if p]
        city = container == SCOPE_CITY
        out.append(Requirement(
            req_id=f"{'C' if city else 'B'}-{scope_ref.upper()}-{seq:02d}",
            scope=SCOPE_CITY if city else SCOPE_BASIN, scope_ref=scope_ref, dimension=dim,
            heading=heading, seq=seq, text=value,
            source=f"{document} {' · '.join(path)}",
            rule=RULE_RIVER_BUFFER if _BUFFER_RULE.search(value) else ""))
    if section is None:
        raise CatalogueError("未找到任何章节标题（如“一、重点流域总体准入要求”）")
    if not out:
        raise CatalogueError("官方准入要求文本中没有任何条目")
    return out


def official_facts(path=OFFICIAL_FACTS_PATH):
    """The bundled text's facts: {"city_code", "basin_ids": {name: id}, "expected_counts":
    {(scope_ref, dimension): count}}."""
    try:
        with open(path, encoding="utf-8") as handle:
            facts = json.load(handle)
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"无法读取官方准入要求文本的说明：{path}（{exc}）") from None
    facts["expected_counts"] = {(ref, dimension): count for ref, counts in facts["expected_counts"].items()
                                for dimension, count in counts.items()}
    return facts


def count_by_dimension(requirements, expected):
    """{(scope_ref, dimension): count} for every key of `expected` plus any other found."""
    counts = dict.fromkeys(expected, 0)
    for req in requirements:
        key = (req.scope_ref, req.dimension)
        counts[key] = counts.get(key, 0) + 1
    return counts


def check_expected_counts(requirements, expected):
    """Raise CatalogueError unless the items match `expected` {(scope_ref, dimension): count}."""
    for (scope_ref, dimension), count in count_by_dimension(requirements, expected).items():
        wanted = expected.get((scope_ref, dimension), 0)
        if count != wanted:
            raise CatalogueError(
                f"准入要求条数不符：{scope_ref} {dimension} 应为{wanted}条，实为{count}条")


def load_official_catalogue(path=None, facts=None):
    """Read (UTF-8) and parse the bundled official text (or a copy of it at `path`) with its facts
    (official_facts()): its city code and basin ids; check it against its expected counts."""
    path = path or OFFICIAL_TEXT_PATH
    facts = facts or official_facts()
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise CatalogueError(f"找不到官方准入要求文本：{path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"无法读取官方准入要求文本：{path}（{exc}）") from None
    requirements = parse_official_requirements(text, facts["city_code"], basin_ids=facts["basin_ids"])
    check_expected_counts(requirements, facts["expected_counts"])
    return requirements


def parse_buffer_rule(text):
    """From 在<river>两侧50米，其余河流两侧30米… -> {main_river, main_width_m, other_width_m}."""
    match = _BUFFER_WIDTHS.search(text or "")
    if not match:
        raise CatalogueError(f"无法从条文中解析河流缓冲区宽度：「{(text or '')[:40]}」")
    return {"main_river": match.group("river"), "main_width_m": float(match.group("main")),
            "other_width_m": float(match.group("other"))}
