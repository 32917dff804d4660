"""The zoning dataset: one GeoPackage read with OGR into shapely geometries and a spatial index."""
import contextlib
import os
import shutil
import stat
import tempfile

import numpy
import shapely
from shapely.strtree import STRtree

from zoning_plugin.core.dataset.channels import RiverChannels, buffer_of, distance_from, stored_buffer_problems
from zoning_plugin.core.errors import DatasetError
from zoning_plugin.core.geo import STORAGE_CRS, densify_many, reproject
from zoning_plugin.core.dataset.model import DIMENSIONS, RULE_RIVER_BUFFER, SCOPE_BASIN, SCOPE_ORDER, Requirement
from zoning_plugin.core.dataset.profile import profile_of
from zoning_plugin.core.messages import say

SAMPLE_DATASET_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                   "resources", "sample", "liaoyuan_sample.gpkg")

SPATIAL_LAYERS = ("control_units", "basins", "rivers", "river_buffers", "counties", "city_boundary",
                  "built_up_area")
TABLES = ("requirements", "dataset_meta")
# Optional table of notes on requirements: where sources disagree, where the plugin reads a text.
NOTES_TABLE = "requirement_notes"
NOTE_KINDS = ("disagreement", "reading")

_LAYER_FIELDS = {
    "control_units": ("unit_code", "unit_name", "unit_class", "county_code", "county_name", "subtype"),
    "basins": ("basin_id", "basin_name"),
    "rivers": ("river_name", "basin_id", "buffer_m"),
    "river_buffers": ("river_name", "buffer_m"),
    "counties": ("code", "name"),
    "city_boundary": ("code", "name"),
    "built_up_area": ("code", "name"),
    "requirements": ("req_id", "scope", "scope_ref", "dimension", "heading", "seq", "text", "source"),
    "dataset_meta": ("key", "value"),
    NOTES_TABLE: ("req_id", "kind", "text", "source"),
}


# Layers without which no place can be answered: an empty one makes every answer "outside".
REQUIRED_FEATURES = {"city_boundary": ("市域边界", "city boundary"), "control_units": ("管控单元", "control units")}


def _ogr():
    from osgeo import ogr  # GDAL ships with every QGIS; imported late so core imports stay light
    ogr.UseExceptions()
    return ogr


@contextlib.contextmanager
def _gdal_messages():
    """GDAL's errors and warnings collected, not printed: the CLI promises one line on stderr, and
    the reason belongs in the DatasetError."""
    from osgeo import gdal
    messages = []
    gdal.PushErrorHandler(lambda _level, _number, text: messages.append(" ".join(str(text).split())))
    try:
        yield messages
    finally:
        gdal.PopErrorHandler()


def _unopenable_reason(path, messages):
    """Why a file GDAL would not open, in a few words."""
    if not os.access(path, os.R_OK):
        return say("没有读取权限", "no read permission")
    if os.path.getsize(path) == 0:
        return say("文件为空", "empty file")
    # GDAL 3.7+ says "not recognized as being in a supported file format" of any file no driver
    # claims, where 3.6 says nothing: both get the same line, which names what was expected.
    told = [m for m in messages if "not recognized as" not in m]
    return told[-1] if told else say("不是 GDAL 能识别的 GeoPackage", "not a GeoPackage GDAL can read")


# SQLite files beside a database that hold part of its content: a reader that opens the database
# itself checkpoints the WAL into it (or rolls back a hot journal) and deletes them on close.
_SIDE_FILES = ("-wal", "-journal")


@contextlib.contextmanager
def readable_copy(path):
    """The path to open for reading without writing: the file itself, or, when SQLite files beside
    it hold part of its content (a WAL not yet checkpointed, a hot journal), a private copy of the
    lot in a temporary folder, so that closing the reader changes nothing of the user's."""
    sides = [suffix for suffix in _SIDE_FILES if os.path.isfile(path + suffix)]
    if not sides:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="zoning-dataset-") as folder:
        copy = os.path.join(folder, "dataset.gpkg")
        try:
            shutil.copyfile(path, copy)
            for suffix in sides:
                shutil.copyfile(path + suffix, copy + suffix)
        except OSError as error:
            raise DatasetError(say(f"无法读取数据集：{path}：{error.strerror or error}",
                                   f"cannot read dataset: {path}: {error.strerror or error}")) from None
        yield copy


def _array(geometries):
    array = numpy.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    return array


class Layer:
    """Features of one layer: attribute dicts, geometries in storage and metric CRS, an STRtree."""

    def __init__(self, name, records, geometries, metric_crs):
        self.name = name
        self.records = records
        self.geometries = geometries          # EPSG:4490, as stored
        # Prepared as an input given in EPSG:4490 is (query.py): an edge is straight in the CRS it
        # is stored in, so it is densified there before it is reprojected. An input drawn along a
        # unit's boundary then meets it exactly (docs/overlay-rules.md).
        self.metric = list(reproject(densify_many(_array(geometries), STORAGE_CRS), STORAGE_CRS, metric_crs))
        shapely.prepare(self.metric)
        self.tree = STRtree(self.metric)

    def __len__(self):
        return len(self.records)

    def hits(self, geometry):
        """Indices of features whose metric geometry intersects `geometry` (metric CRS)."""
        candidates = self.tree.query(geometry)
        if len(candidates) == 0:
            return []
        metric = [self.metric[i] for i in candidates]
        flags = shapely.intersects(metric, geometry)
        return sorted(int(i) for i, hit in zip(candidates, flags) if hit)


def _read_layer(datasource, name, path, problems):
    """Records and EPSG:4490 geometries of one layer. A feature without a usable geometry is left
    out and described in `problems` (validate reports it; one bad feature must not hide the rest)."""
    layer = datasource.GetLayerByName(name)
    if layer is None:
        raise DatasetError(say(f"数据集缺少图层或表 {name}：{path}", f"dataset lacks table {name}: {path}"))
    defn = layer.GetLayerDefn()
    present = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    missing = [f for f in _LAYER_FIELDS.get(name, ()) if f not in present]
    if missing:
        raise DatasetError(say(f"图层 {name} 缺少字段 {'、'.join(missing)}：{path}",
                               f"layer {name} lacks the fields {', '.join(missing)}: {path}"))
    source_crs = None
    srs = layer.GetSpatialRef()
    if srs is not None and name in SPATIAL_LAYERS:
        auth = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
        source_crs = ":".join(auth) if all(auth) else srs.ExportToWkt()
    records, geometries = [], []
    layer.ResetReading()
    for feature in layer:
        record = {f: feature.GetField(f) for f in present}
        if name in SPATIAL_LAYERS:
            ogr_geometry = feature.GetGeometryRef()
            geometry = shapely.from_wkb(bytes(ogr_geometry.ExportToIsoWkb())) if ogr_geometry else None
            if geometry is None or geometry.is_empty:
                problems.append(say(f"图层 {name} 的要素 FID {feature.GetFID()} 没有几何，已忽略",
                                    f"layer {name}, feature FID {feature.GetFID()}: no geometry, left out"))
                continue
            if source_crs and source_crs != STORAGE_CRS:
                geometry = reproject(geometry, source_crs, STORAGE_CRS)
            if not geometry.is_valid:
                problems.append(say(f"图层 {name} 的要素 FID {feature.GetFID()} 几何无效，已修复",
                                    f"layer {name}, feature FID {feature.GetFID()}: invalid geometry, repaired"))
                geometry = shapely.make_valid(geometry)
            geometries.append(geometry)
        records.append(record)
    return records, geometries


def _in_basin_order(records, geometries):
    """Basins in the order their lists are shown: by `seq` where the layer has it, else by id."""
    def key(pair):
        seq = pair[0].get("seq")
        return (seq is None, seq if seq is not None else 0, str(pair[0]["basin_id"]))
    pairs = sorted(zip(records, geometries), key=key)
    return [r for r, _g in pairs], [g for _r, g in pairs]


class Dataset:
    """An opened zoning dataset. Build once, inspect many times.

    `buffers_in_all_basins` (the historical name of the setting, the CLI flag and the dataset_meta key):
    also give the rivers of the basins outside the buffer rule's basins their buffers, built on the
    fly; None takes the dataset's `buffers_in_all_basins` key."""

    def __init__(self, path, buffers_in_all_basins=None):
        try:
            mode = os.stat(path).st_mode
        except PermissionError:
            raise DatasetError(say(f"没有权限访问数据集文件：{path}", f"no permission to reach the dataset file: {path}")) from None
        except OSError:
            raise DatasetError(say(f"找不到数据集文件：{path}", f"dataset file not found: {path}")) from None
        if stat.S_ISDIR(mode):
            raise DatasetError(say(f"数据集路径是文件夹而不是文件：{path}", f"dataset path is a folder: {path}"))
        self.path = path
        self.problems = []   # what was wrong in the file and how it was read anyway
        self._river_lines = self._river_courses = None
        with _gdal_messages() as messages:
            read, meta_records, requirement_records, note_records = self._read(path, messages)
        self.gdal_warnings = messages   # harmless ones (e.g. a bad application_id): validate lists them
        for name, (chinese, english) in REQUIRED_FEATURES.items():
            if not read[name][0]:
                raise DatasetError(say(f"数据集的{chinese}图层 {name} 没有带几何的要素：{path}",
                                       f"the {english} layer {name} of the dataset has no feature with a geometry: {path}"))
        self.meta = {r["key"]: r["value"] for r in meta_records}
        read["basins"] = _in_basin_order(*read["basins"])
        self.city_bounds_4490 = tuple(float(v) for v in shapely.total_bounds(read["city_boundary"][1]))
        self.place = place_of(self.meta, read["city_boundary"][0][0], self.city_bounds_4490,
                              len(read["basins"][0]), len(read["control_units"][0]))
        self.problems.extend(self.place.problems)
        self.metric_crs = self.place.metric_crs
        layers = {name: Layer(name, records, geometries, self.metric_crs)
                  for name, (records, geometries) in read.items()}
        self.layers = layers                  # {table: Layer}, as read
        self.units = layers["control_units"]
        self.basins = layers["basins"]
        self.rivers = layers["rivers"]
        self.counties = layers["counties"]
        self.city = layers["city_boundary"]
        self.built_up = layers["built_up_area"]
        # Optional rivers.channel_width_m: distances and buffers from the bank (core/dataset/channels.py).
        self.channels = RiverChannels.from_records(self.rivers.records, self.problems)
        self.river_names = sorted({r["river_name"] for r in self.rivers.records})
        self.requirements = [_requirement(r) for r in requirement_records]
        self.requirements.sort(key=lambda r: (SCOPE_ORDER.get(r.scope, 9), r.scope_ref, r.seq))
        self.requirement_notes = _notes(note_records, {r.req_id for r in self.requirements}, self.problems)
        self.by_scope = {}
        for requirement in self.requirements:
            self.by_scope.setdefault((requirement.scope, requirement.scope_ref), []).append(requirement)
        rule_id = self.place.buffer_rule.req_id if self.place.buffer_rule else None
        self.buffer_rule = next((r for r in self.requirements if r.rule == RULE_RIVER_BUFFER), None) or \
            next((r for r in self.requirements if rule_id and r.req_id == rule_id), None)
        if buffers_in_all_basins is None:
            buffers_in_all_basins = str(self.meta.get("buffers_in_all_basins", "false")).lower() == "true"
        self.buffers_in_all_basins = bool(buffers_in_all_basins)
        self.city_metric = shapely.union_all(self.city.metric)
        shapely.prepare(self.city_metric)
        self.buffers = self._buffers(layers["river_buffers"])
        self.problems.extend(stored_buffer_problems(self.buffers.records, self.channels))
        self.city_code = self.place.city_code
        self.city_name = self.place.city_name

    def _read(self, path, messages):
        """({spatial layer: (records, EPSG:4490 geometries)}, dataset_meta records, requirements records,
        requirement_notes records (none when the dataset lacks the table))."""
        with readable_copy(path) as readable:
            return self._read_file(path, readable, messages)

    def _read_file(self, path, readable, messages):
        """_read of the file at `readable` (the dataset or its private copy), opened read-only."""
        ogr = _ogr()
        try:
            datasource = ogr.Open(readable, 0)
        except RuntimeError as error:
            datasource = None
            messages.append(" ".join(str(error).split()))
        if datasource is None:
            raise DatasetError(say(f"无法打开数据集：{path}：{_unopenable_reason(path, messages)}",
                                   f"cannot open dataset: {path}: {_unopenable_reason(path, messages)}"))
        try:
            layers = {name: _read_layer(datasource, name, path, self.problems) for name in SPATIAL_LAYERS}
            meta_records, _ = _read_layer(datasource, "dataset_meta", path, self.problems)
            requirement_records, _ = _read_layer(datasource, "requirements", path, self.problems)
            # Optional (docs/dataset-schema.md): a dataset built before it existed has no notes.
            note_records = (_read_layer(datasource, NOTES_TABLE, path, self.problems)[0]
                            if datasource.GetLayerByName(NOTES_TABLE) is not None else [])
        except RuntimeError as error:
            raise DatasetError(say(f"无法读取数据集：{path}：{' '.join(str(error).split())}",
                                   f"cannot read dataset: {path}: {' '.join(str(error).split())}")) from None
        finally:
            datasource = None   # closed here, before a private copy is removed
        return layers, meta_records, requirement_records, note_records

    def rule_basins(self):
        """The basins whose list holds the river buffer rule: dataset_meta.river_buffer_rule's
        `basins`, else the basin of the requirement marked as the rule; empty when unknown."""
        rule = self.place.buffer_rule
        if rule is not None and rule.basins:
            return set(rule.basins)
        if self.buffer_rule is not None and self.buffer_rule.scope == SCOPE_BASIN:
            return {self.buffer_rule.scope_ref}
        return set()

    def _buffers(self, stored):
        """The stored buffers, plus, when the option is on, buffers built on the fly for the rivers
        of the basins outside the rule's basins (every river without a stored buffer when those
        are unknown): each river's `buffer_m`, else the rule's width for other rivers."""
        records, geometries = list(stored.records), list(stored.geometries)
        built = {r["river_name"] for r in records}
        if self.buffers_in_all_basins:
            rule_basins, rule = self.rule_basins(), self.place.buffer_rule
            first = {}
            for record in self.rivers.records:
                first.setdefault(record["river_name"], record)
            for name, (lines, halves) in self.river_courses().items():
                record = first[name]
                width = record.get("buffer_m") or (rule.other_width_m if rule else None)
                if name in built or not width or (rule_basins and record.get("basin_id") in rule_basins):
                    continue
                ring = shapely.intersection(buffer_of(lines, halves, float(width)), self.city_metric)
                records.append({"river_name": record["river_name"], "buffer_m": float(width),
                                "basin_id": record.get("basin_id"), "derived": True,
                                **self.channels.reading(name)})
                geometries.append(reproject(ring, self.metric_crs, STORAGE_CRS))
        return Layer("river_buffers", records, geometries, self.metric_crs)

    def river_lines(self):
        """{river name: its whole metric course}: official data often cuts a river into pieces."""
        if self._river_lines is None:
            pieces = {}
            for record, line in zip(self.rivers.records, self.rivers.metric):
                pieces.setdefault(record["river_name"], []).append(line)
            self._river_lines = {name: shapely.union_all(lines) for name, lines in pieces.items()}
            shapely.prepare(list(self._river_lines.values()))
        return self._river_lines

    def river_courses(self):
        """{river name: (metric lines, half channel width of each)}: the whole course (one line,
        half width 0) of a river without a channel; its pieces, each with its half width, where
        the dataset gives the channel (core/dataset/channels.py)."""
        if self._river_courses is None:
            pieces = {}
            for record, line, half in zip(self.rivers.records, self.rivers.metric, self.channels.halves):
                pieces.setdefault(record["river_name"], []).append((line, half))
            self._river_courses = {
                name: ((_array([lines]), numpy.zeros(1)) if name not in self.channels.widths
                       else (_array([line for line, _h in pieces[name]]), numpy.array([h for _l, h in pieces[name]])))
                for name, lines in self.river_lines().items()}
        return self._river_courses

    def river_distances(self, metric_geometry, names=None):
        """{river name: metres from `metric_geometry`}, each measured as the dataset gives that
        river (from the bank or the centre line: Dataset.channels), of the rivers `names` (all
        when None)."""
        return {name: distance_from(lines, halves, metric_geometry)
                for name, (lines, halves) in self.river_courses().items() if names is None or name in names}

    def derived_buffers(self):
        """(record, EPSG:4490 geometry) of the buffers built on the fly (the option of the other basins)."""
        return [(r, g) for r, g in zip(self.buffers.records, self.buffers.geometries) if r.get("derived")]

    @property
    def title(self):
        return self.meta.get("title", os.path.basename(self.path))

    @property
    def version(self):
        return self.meta.get("version", "")

    @property
    def is_sample(self):
        return str(self.meta.get("sample", "false")).lower() in ("true", "1", "yes")

    def info(self):
        place = self.place
        return {"title": self.title, "version": self.version, "sample": self.is_sample,
                "effective_date": self.meta.get("effective_date", ""),
                "effective_date_note": self.meta.get("effective_date_note", ""),
                "notice": self.meta.get("notice", ""),
                "authority": self.meta.get("authority", ""), "path": self.path,
                "city_name": place.city_name, "city_code": place.city_code,
                "city_list_title": place.city_list_title, "list_structure": place.list_structure,
                "levels": list(place.levels), "requirement_notes": self.requirement_notes,
                "buffer_rule_basins": sorted(self.rule_basins()), "buffers_in_all_basins": self.buffers_in_all_basins,
                "buffer_rule_source": self.buffer_rule.source if self.buffer_rule else "",
                "channels": dict(self.channels.widths), "channel_partly": sorted(self.channels.partly),
                "rivers": self.river_names,
                "unit_classes": {c.number: {"name": c.name, "colour": c.colour} for c in place.unit_classes}}

    @property
    def unit_classes(self):
        """The dataset's UnitClass objects, in class order."""
        return self.place.unit_classes

    def class_number(self, unit_class):
        """The class number of a stored unit_class (the one reader: inspect and validate agree)."""
        return self.place.class_number(unit_class)

    def unit_class_name(self, unit_class):
        return self.place.class_name(unit_class)

    def inspect(self, geometry, crs=STORAGE_CRS, **options):
        from zoning_plugin.core.engine.arrays import inspect_geometry
        return inspect_geometry(self, geometry, crs, **options)

    def unit_index(self, code):
        """Index of the unit with exactly this code, or None."""
        return next((i for i, r in enumerate(self.units.records) if r["unit_code"] == code), None)

    def find_units(self, text):
        """Units whose code or name contains `text` (case-insensitive), codes first."""
        needle = str(text).strip().lower()
        if not needle:
            return []
        found = [i for i, r in enumerate(self.units.records)
                 if needle in str(r["unit_code"]).lower() or needle in str(r["unit_name"]).lower()]
        return sorted(found, key=lambda i: (not str(self.units.records[i]["unit_code"]).lower()
                                            .startswith(needle), self.units.records[i]["unit_code"]))


def _notes(records, req_ids, problems):
    """{req_id or `dimension:<name>`: [{kind, text, source}]} of the requirement_notes table, in
    stored order; a row of an unknown kind, without text, or on no requirement or dimension of the
    dataset is left out and described in `problems`."""
    notes = {}
    for record in records:
        key, kind, text = (str(record.get(f) or "").strip() for f in ("req_id", "kind", "text"))
        known = key in req_ids or (key.startswith("dimension:") and key.split(":", 1)[1] in DIMENSIONS)
        if not known or not text or kind not in NOTE_KINDS:
            problems.append(say(f"requirement_notes 中的一行无法使用，已忽略：{key or '?'} {kind or '?'}"
                                f"（说明需要已知的 req_id 或 dimension:<维度>、文字和类型 {'或'.join(NOTE_KINDS)}）",
                                f"a row of requirement_notes cannot be used, left out: {key or '?'} {kind or '?'} "
                                f"(a note needs a known req_id or dimension:<name>, text and kind "
                                f"{' or '.join(NOTE_KINDS)})"))
            continue
        notes.setdefault(key, []).append({"kind": kind, "text": text, "source": str(record.get("source") or "")})
    return notes


def _requirement(record):
    return Requirement(
        req_id=str(record["req_id"]), scope=str(record["scope"]), scope_ref=str(record["scope_ref"]),
        dimension=str(record["dimension"]), heading=str(record.get("heading") or ""),
        seq=int(record["seq"] or 0), text=str(record["text"]), source=str(record.get("source") or ""),
        rule=str(record.get("rule") or ""), sample=bool(record.get("sample") or 0))


_cache = {}


def open_dataset(path=None, buffers_in_all_basins=None):
    """Open a zoning dataset (the bundled sample when `path` is None). One cached Dataset per file
    and option, rebuilt when the file changes."""
    path = os.path.abspath(path or SAMPLE_DATASET_PATH)
    # A WAL-mode dataset changes in its -wal file first.
    stamp = tuple(os.path.getmtime(p) if os.path.isfile(p) else None for p in (path, path + "-wal"))
    key = (path, buffers_in_all_basins)
    cached = _cache.get(key)
    if cached is None or cached[0] != stamp:
        _cache[key] = (stamp, Dataset(path, buffers_in_all_basins=buffers_in_all_basins))
    return _cache[key][1]
