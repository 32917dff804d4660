"""The whole import: official data in, a zoning dataset GeoPackage and a validation report out.

`import_dataset(ImportOptions(units=..., output=...))` reads the units (any OGR source, any CRS,
GBK or UTF-8), maps their fields (guessed unless given), reads the lists and the other layers,
builds the river buffers by the rule, checks everything and writes the dataset atomically. Bad
input that makes an import impossible raises InputError with one line; everything else is a
problem in the report, with its place. The sources are only ever read.
"""
import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import shapely

from zoning_plugin.core.errors import Cancelled, InputError
from zoning_plugin.core.geo import STORAGE_CRS, gauss_kruger_crs, reproject
from zoning_plugin.core.importers import checks, layers, lists
from zoning_plugin.core.importers.mapping import (DEFAULT_UNIT_CLASSES, ROLES, ClassReader, role_label,
                                                  FieldMapping, guess_role, resolve_mapping)
from zoning_plugin.core.importers.metric import check_metric_crs
from zoning_plugin.core.importers.sources import LINE, POLYGON, SourceData, read_source, split_source
from zoning_plugin.core.importers.writer import write_dataset
from zoning_plugin.core.engine.buffers import MAX_WIDTH_M
from zoning_plugin.core.dataset.channels import CHANNEL_FIELD, MEASURED_FROM_FIELD
from zoning_plugin.core.dataset.model import SCOPE_BASIN, SCOPE_CITY, SCOPE_UNIT
from zoning_plugin.core.numbers import NumberError, read_number
from zoning_plugin.core.outputs import Guard
from zoning_plugin.core.dataset.validate import TOLERANCE_M2, UNIT_CODE
from zoning_plugin.core.messages import say

_COUNTY_CODE = re.compile(r"^\d{6}(?:\d{3}|\d{6})?$")   # county, township or village code
# The largest overlap and gap tolerance: a sliver of a hectare is a real gap or overlap in a
# city's tiling, not digitising noise (the default is 1 m²).
MAX_TOLERANCE_M2 = 10_000.0
_SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")


@dataclass
class ImportOptions:
    units: object                   # a source ("path" or "path|layername=NAME") or SourceData
    output: str
    encoding: str = ""              # of the units' shapefile, when detection is not to decide
    source_crs: str = ""            # of a units source without (or with a wrong) CRS
    fields: dict = field(default_factory=dict)   # role -> field, given explicitly
    mapping_json: str = ""
    lists: str = ""                 # spreadsheet of the unit lists
    general: str = ""               # attachment text or spreadsheet of the "1" and "2"
    rivers: object = None           # sources (or SourceData) of the other layers
    basins: object = None
    counties: object = None
    built_up: object = None
    river_name_field: str = ""
    channel_width_field: str = ""   # the rivers' channel width (m); when empty: a usual spelling, else none
    main_river: str = ""
    main_width: float = None
    other_width: float = None
    buffer_basins: str = ""         # basins (ids or names, comma-separated) the buffer rule binds
    city_name: str = ""
    city_code: str = ""
    city_list_title: str = ""
    title: str = ""
    version: str = ""
    effective_date: str = ""
    effective_date_note: str = ""   # what that date is (an issue date? of which document?): shown with it
    authority: str = ""
    metric_crs: str = ""            # proposed from the units' longitude when empty
    expected_counts: str = ""       # "31/26/4"
    expected_shares: str = ""       # "44.83/20.61/34.56"
    tolerance_m2: float = TOLERANCE_M2


@dataclass
class ImportResult:
    output: str
    report: checks.ImportReport
    mapping: FieldMapping
    how: dict                       # role -> mapping.FROM_*
    meta: dict
    log: list


def file_digests(source, role):
    """[{path, sha256, role}] of the files of a source (a shapefile's side files too; each file of
    a folder source such as a FileGDB)."""
    path = split_source(source)[0] if isinstance(source, str) else getattr(source, "path", "")
    if not path or not os.path.exists(path):
        return []
    if os.path.isdir(path):
        files = sorted(os.path.join(d, f) for d, _s, names in os.walk(path) for f in names)
    else:
        stem, ext = os.path.splitext(path)
        files = [path] if ext.lower() not in _SIDECARS else \
            [stem + s for s in _SIDECARS if os.path.isfile(stem + s)]
    out = []
    for name in files:
        digest = hashlib.sha256()
        with open(name, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        out.append({"path": os.path.abspath(name), "sha256": digest.hexdigest(), "role": role})
    return out


def _text(value):
    return "" if value is None else " ".join(str(value).split())


class _Run:
    def __init__(self, options, progress, is_cancelled, log):
        self.o = options
        self.progress = progress or (lambda _f: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.lines = []
        self._log = log or (lambda _line: None)
        self.report = checks.ImportReport(output=os.path.abspath(options.output))

    def log(self, line):
        self.lines.append(line)
        self._log(line)

    @property
    def notes(self):
        """A list-like the layer readers append their notes to: each note goes to the log."""
        run = self

        class _Notes:
            def append(self, line):
                run.log(line)
        return _Notes()

    def step(self, fraction):
        if self.is_cancelled():
            raise Cancelled(say("导入已取消", "import cancelled"))
        self.progress(fraction)

    def read(self, source, kind, role, **options):
        if source is None or source == "":
            return None
        if isinstance(source, SourceData):
            data = source
        else:
            data = read_source(source, kind, **options)
            if data is None:
                raise Cancelled(say("导入已取消", "import cancelled"))
        self.report.sources.extend(file_digests(source, role))
        for note in data.notes:
            self.log(note)
        return data


def _guard(options):
    """A Guard over every source of the import (a folder source, such as a FileGDB or a folder
    of shapefiles, as a folder); OutputError when the output is one of them, lies inside one or
    is a folder."""
    if not options.output:
        raise InputError(say("未指定输出文件", "no output file given"))
    paths = []
    for source in (options.units, options.lists, options.general, options.rivers, options.basins,
                   options.counties, options.built_up, options.mapping_json):
        path = split_source(source)[0] if isinstance(source, str) else getattr(source, "path", "")
        if path and os.path.exists(path):
            paths.append(path)
    guard = Guard(paths)
    guard.check_file(options.output)
    return guard


def _check_numbers(options):
    """The widths and the tolerance: finite, in range (NumberError, an InputError, names the value)."""
    checks_ = ((say("主河流缓冲宽度", "main river buffer width"), options.main_width, MAX_WIDTH_M, False),
               (say("其他河流缓冲宽度", "other rivers' buffer width"), options.other_width, MAX_WIDTH_M, False),
               (say("重叠与空隙容差", "overlap and gap tolerance"), options.tolerance_m2, MAX_TOLERANCE_M2, True))
    for label, value, maximum, zero in checks_:
        try:
            read_number(value, minimum=0, minimum_inclusive=zero, maximum=maximum)
        except NumberError as error:
            raise InputError(f"{label}: {error}") from None


def _units(run, data, mapping, reader):
    """control_units rows from the source, each with its class, county and repaired geometry."""
    rows, from_digit = [], 0
    repairs = {index: (reason, point) for index, reason, point in data.repairs}
    for index, (fid, record, geometry) in enumerate(zip(data.fids or range(len(data.records)), data.records,
                                                        data.geometries)):
        code = lists.read_code(record.get(mapping.code))
        if index in repairs:
            reason, point = repairs[index]
            run.report.add(checks.WARNING, "repaired_geometry", say(f"几何无效（{reason}），已修复：{code or fid}",
                                                                    f"invalid geometry ({reason}), repaired: {code or fid}"), code, point or geometry)
        if not geometry.is_valid:   # made invalid by the reprojection (rare): repaired in EPSG:4490
            geometry = layers.multipolygon(shapely.make_valid(geometry))
        if not code:
            run.report.add(checks.ERROR, "empty_code", say(f"要素 {fid} 没有单元编码，未导入", f"feature {fid} has no unit code: not imported"),
                           "", geometry)
            continue
        value = record.get(mapping.unit_class) if mapping.unit_class else None
        number = reader.read(value)
        match = UNIT_CODE.match(code)
        if number is None and _text(value) == "" and match:
            number, from_digit = int(match.group(2)), from_digit + 1
        county = _text(record.get(mapping.county)) if mapping.county else ""
        county_code = county[:6] if _COUNTY_CODE.match(county) else ""
        rows.append({"unit_code": code, "unit_name": _text(record.get(mapping.name)) if mapping.name else "",
                     "unit_class": number, "class_name": reader.name(number), "class_value": _text(value),
                     "county_code": county_code or (match.group(1) if match else ""),
                     "county_name": "" if county_code else county,
                     "subtype": _text(record.get(mapping.subtype)) if mapping.subtype else "",
                     "sample": 0, "geom": geometry, "record": record})
    for fid, reason in data.skipped:
        run.report.add(checks.ERROR, "no_geometry", say(f"要素 {fid} 没有面几何，未导入：{reason}",
                                                        f"feature {fid} has no polygon: not imported: {reason}"))
    if from_digit:
        run.log(say(f"{from_digit} 个单元的分类取自单元编码的类别位", f"the class of {from_digit} units read from the class digit of their codes"))
    if not rows:
        raise InputError(say("没有可导入的管控单元：每个要素都缺少单元编码", "no unit has a code"))
    return rows


def import_dataset(options, progress=None, is_cancelled=None, log=None, on_mapping=None, outputs=None):
    """Run the import; ImportResult. InputError (one line) when it cannot be done, OutputError
    when the output would overwrite a source or cannot be written, Cancelled when is_cancelled()
    answers true; in each case nothing is written. `log(line)` gets what was read and decided;
    `on_mapping(mapping, how)`, when given, is told the field mapping instead of the log (a caller
    that words it in the user's language). With `outputs` (a core.outputs.Outputs transaction)
    the dataset waits in a temporary sibling for the caller's commit; otherwise it is committed
    here."""
    run = _Run(options, progress, is_cancelled, log)
    run.guard, run.outputs = _guard(options), outputs
    _check_numbers(options)
    reader_classes = DEFAULT_UNIT_CLASSES
    counts = checks.parse_expected(options.expected_counts, len(reader_classes), say("单元数量", "unit counts"),
                                   integer=True)
    shares = checks.parse_expected(options.expected_shares, len(reader_classes), say("面积占比", "area shares"),
                                   maximum=100)
    run.step(0.0)
    data = run.read(options.units, POLYGON, "units", encoding=options.encoding, source_crs=options.source_crs,
                    prefer=lambda names: guess_role(names, "code") is not None, is_cancelled=run.is_cancelled)
    run.step(0.15)
    saved = FieldMapping.load(options.mapping_json) if options.mapping_json else None
    mapping, how = resolve_mapping(data.fields, options.fields, saved)
    reader = ClassReader(mapping.unit_classes)
    classes = reader.classes
    if (counts or shares) and len(classes) != len(reader_classes):
        counts = checks.parse_expected(options.expected_counts, len(classes), say("单元数量", "unit counts"),
                                       integer=True)
        shares = checks.parse_expected(options.expected_shares, len(classes), say("面积占比", "area shares"),
                                       maximum=100)
    run.report.mapping = [(role_label(r), mapping.get(r) or "", how.get(r, "")) for r in ROLES]
    if on_mapping is not None:
        on_mapping(mapping, how)
    else:
        for role in ROLES:
            run.log(f"{role_label(role)} ← {mapping.get(role)!r} ({how[role]})" if mapping.get(role)
                    else say(f"{role_label(role)}：未对应字段", f"{role_label(role)}: no field"))
    units = _units(run, data, mapping, reader)
    run.step(0.25)

    basins_data = run.read(options.basins, POLYGON, "basins")
    basins = layers.basins_from(basins_data, run.notes) if basins_data else []
    counties_data = run.read(options.counties, POLYGON, "counties")
    counties = layers.counties_from(counties_data, run.notes) if counties_data else []
    bounds = shapely.union_all([shapely.box(*u["geom"].bounds) for u in units]).bounds
    centre = shapely.box(*bounds).centroid
    if options.metric_crs:
        check_metric_crs(options.metric_crs, bounds)
    metric_crs = options.metric_crs or gauss_kruger_crs(centre.x)
    run.log(say(f"面积、缓冲区和距离按 {metric_crs} 计算", f"areas, buffers and distances are measured in {metric_crs}") +
            ("" if options.metric_crs else say(f"，依据单元中心经度 {centre.x:.2f}°E 提议", f", proposed from the units' central longitude {centre.x:.2f}°E")))
    layers.fill_counties(units, counties, metric_crs)
    if not counties:
        counties = layers.counties_from_units(units)
    city_code = options.city_code or _city_code(units, counties)
    city_name = options.city_name.strip()
    if not city_code:
        run.report.add(checks.WARNING, "no_city_code", say("未给出城市代码，也无法从县区代码推出", "no city code given, and none follows from the county codes"))
    if not city_name:
        run.report.add(checks.WARNING, "no_city_name", say("未给出城市名称，标题和界面中将缺少城市名", "no city name given: titles and the UI will lack the city's name"))
    city = layers.city_from(bool(counties_data), counties, units, metric_crs)
    run.step(0.35)

    items = _lists(run, options, mapping, units, data, city_code, city_name, basins)
    rule = layers.rule_from(items, options.main_river, options.main_width, options.other_width,
                            options.buffer_basins, basins)
    rivers_data = run.read(options.rivers, LINE, "rivers")
    rivers = layers.rivers_from(rivers_data, options.river_name_field, basins, rule, metric_crs, run.notes,
                                options.channel_width_field) if rivers_data else []
    buffers = []
    if rivers and not rule.usable:
        run.report.add(checks.WARNING, "no_buffer_widths", say("有河流但没有缓冲区宽度（总体准入要求中无缓冲区条款，也未给出宽度），未生成河流生态缓冲区",
                                                               "there are rivers but no buffer widths (no buffer clause in the general requirements and no "
                                                               "width given): no river buffers were made"))
    elif rivers:
        buffers = layers.river_buffers(rivers, rule, city, metric_crs, run.is_cancelled)
        if buffers is None:
            raise Cancelled(say("导入已取消", "import cancelled"))
    built_up_data = run.read(options.built_up, POLYGON, "built_up")
    built_up = layers.built_up_from(built_up_data, run.notes) if built_up_data else []
    run.step(0.55)

    checks.check_codes(units, run.report)
    metric = checks.check_tiling(units, city, metric_crs, run.report, options.tolerance_m2, bool(counties_data))
    checks.check_lists(units, items, run.report)
    city_area = reproject(city, STORAGE_CRS, metric_crs).area
    checks.check_shares(units, metric, city_area, classes, run.report, counts, shares)
    run.report.facts.append(say(f"市域面积 {city_area / 1e6:,.2f} km²，管控单元 {len(units)} 个，清单条目 {len(items)} 条，流域 {len(basins)} 个，河流 {len(rivers)} 段，缓冲区 {len(buffers)} 条",
                                f"city area {city_area / 1e6:,.2f} km², {len(units)} control units, {len(items)} list items, "
                                f"{len(basins)} basins, {len(rivers)} river pieces, {len(buffers)} buffers"))
    run.step(0.7)

    title = options.title or (f"{city_name}生态环境分区管控" if city_name else os.path.splitext(
        os.path.basename(options.output))[0])
    meta = {
        "title": title, "version": options.version, "effective_date": options.effective_date,
        "effective_date_note": options.effective_date_note,
        "authority": options.authority, "sample": "false", "storage_crs": STORAGE_CRS, "metric_crs": metric_crs,
        "city_name": city_name, "city_code": city_code,
        "city_list_title": options.city_list_title or (f"{city_name}总体管控要求" if city_name else "总体管控要求"),
        "list_structure": f"1+{len(basins)}+{len(units)}",
        "unit_classes": _json(classes), "import_date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "source_files": _json(run.report.sources), "import_mapping": _json(mapping.to_dict()),
        "source_documents": "；".join(sorted({os.path.basename(s["path"]) for s in run.report.sources
                                             if os.path.splitext(s["path"])[1].lower() not in _SIDECARS[1:]})),
        "generator": "zoning_plugin zoning:import_dataset",
    }
    if rule.usable:
        meta["river_buffer_rule"] = rule.to_meta()
    _write(run, options, units, basins, rivers, buffers, counties, city, city_code, city_name, built_up, items, meta)
    run.report.facts.insert(0, f"{title} {options.version}".strip())
    return ImportResult(os.path.abspath(options.output), run.report, mapping, how, meta, run.lines)


def _json(value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _city_code(units, counties):
    codes = [c["code"] for c in counties if len(c["code"]) >= 6] or [u["county_code"] for u in units if u["county_code"]]
    if not codes:
        return ""
    return Counter(code[:4] for code in codes).most_common(1)[0][0] + "00"


def _lists(run, options, mapping, units, data, city_code, city_name, basins):
    """All requirement items, numbered: the unit lists, then the "1" and "2"."""
    label = os.path.basename(data.path) or data.layer
    if options.lists:
        run.report.sources.extend(file_digests(options.lists, "lists"))
        items, issues = lists.unit_items_from_table(options.lists)
        name = os.path.basename(options.lists)
        run.log(say(f"单元清单取自表格 {name}", f"unit lists from the spreadsheet {name}"))
    elif mapping.dimension_fields():
        items, issues = lists.unit_items_from_attributes([(u["unit_code"], u["record"]) for u in units], mapping,
                                                         label), []
        run.log(say("单元清单取自单元属性的维度字段", "unit lists from the dimension fields"))
    else:
        items, issues = [], []
        run.log(say("没有单元清单：既未提供表格，也没有维度字段", "no unit lists: neither a spreadsheet nor dimension fields"))
    if options.general:
        run.report.sources.extend(file_digests(options.general, "general"))
        general, more = lists.general_items(options.general, city_code, city_name,
                                            [(b["basin_id"], b["basin_name"]) for b in basins])
        items, issues = items + general, issues + more
    else:
        run.report.add(checks.INFO, "no_general_lists", say("未提供总体准入要求文本，数据集没有市级清单“1”和流域清单“2”",
                                                            "no text of the general requirements given: the dataset has no city-wide list “1” and no basin lists “2”"))
    for kind, message in issues:
        run.report.add(checks.WARNING, kind, message)
    if options.general and not any(i.scope == SCOPE_CITY for i in items):
        run.report.add(checks.WARNING, "no_city_list", say("总体准入要求中没有市级条目", "no city-wide items"))
    prefix = {SCOPE_UNIT: "U-{}", SCOPE_CITY: "C-{}", SCOPE_BASIN: "B-{}"}
    return lists.number_items(items, lambda i: prefix[i.scope].format(i.scope_ref.upper() if i.scope == SCOPE_BASIN
                                                                      else i.scope_ref))


def _write(run, options, units, basins, rivers, buffers, counties, city, city_code, city_name, built_up, items, meta):
    text, integer, real = "TEXT", "INTEGER", "REAL"
    code_name = [("code", text), ("name", text)]
    requirement_rows = [{"req_id": i.req_id, "scope": i.scope, "scope_ref": i.scope_ref, "dimension": i.dimension,
                         "heading": i.heading, "seq": i.seq, "text": i.text, "source": i.source, "rule": i.rule,
                         "sample": 0} for i in items]
    specs = [
        ("city_boundary", "MultiPolygon", code_name, [{"code": city_code, "name": city_name, "geom": city}], "市域范围"),
        ("counties", "MultiPolygon", code_name, counties, "县区"),
        ("basins", "MultiPolygon", [("basin_id", text), ("basin_name", text), ("seq", integer)], basins, "流域"),
        ("rivers", "MultiLineString", [("river_name", text), ("basin_id", text), ("buffer_m", real),
                                       (CHANNEL_FIELD, real)], rivers, "河流"),
        ("river_buffers", "MultiPolygon", [("river_name", text), ("basin_id", text), ("buffer_m", real),
                                           (MEASURED_FROM_FIELD, text), (CHANNEL_FIELD, real)], buffers,
         "河流生态缓冲区"),
        ("built_up_area", "MultiPolygon", code_name, built_up, "城市建成区"),
        ("control_units", "MultiPolygon",
         [("unit_code", text), ("unit_name", text), ("unit_class", integer), ("class_name", text),
          ("county_code", text), ("county_name", text), ("subtype", text), ("sample", integer)], units, "环境管控单元"),
        ("requirements", None, [("req_id", text), ("scope", text), ("scope_ref", text), ("dimension", text),
                                ("heading", text), ("seq", integer), ("text", text), ("source", text),
                                ("rule", text), ("sample", integer)], requirement_rows, "生态环境准入清单"),
        ("dataset_meta", None, [("key", text), ("value", text)],
         [{"key": k, "value": str(v)} for k, v in meta.items() if v is not None], "数据集说明"),
    ]
    write_dataset(options.output, specs, run.is_cancelled, lambda f: run.progress(0.7 + 0.3 * f), run.outputs,
                  run.guard)
    run.log(say(f"已写出数据集：{os.path.abspath(options.output)}", f"dataset written: {os.path.abspath(options.output)}"))
