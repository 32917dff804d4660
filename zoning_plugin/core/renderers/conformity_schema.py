"""What zoning:conformity writes: the fields it adds to the input features, the fields of its units
table, each field's value for a feature (or a unit row), and how a shapefile's 254-byte text
fields cut a value. The QGIS side (algorithms/conformity/fields.py) turns these into QgsFields and
words each field's meaning as its alias in the UI language.

Names are Chinese and at most five characters (10 bytes in GBK: a shapefile keeps them whole);
the measure word follows the layer: 面积 (m²) for polygons and mixed layers, 长度 (m) for lines,
none for points. The class fields take the first two characters of the dataset's class names
(优先保护单元 → 优先面积, 优先占比). A name the input already uses gets _1, _2, ….

Text fields have no length limit (GeoPackage, memory layers, CSV …), so no list can fail a run. A
shapefile's (dBase) text field holds 254 bytes in the file's encoding: there a list (unit codes,
basins, counties, buffer rivers, flags) is cut after the last item that fits, ending in “…”, and
说明 (message) says which lists were cut; the units table always has every unit."""
import codecs
from typing import NamedTuple

CLASSES = (1, 2, 3)
LIST_SEPARATOR = "; "
DBASE_TEXT_BYTES = 254          # a dBase (shapefile) text field, in bytes of the file's encoding
LIST_FIELDS = ("单元编码", "流域", "县区", "缓冲区河流", "提示")
CUT_MARK = "…"
# a dBase number's width and decimals (QGIS's default, 24.15, leaves 8 digits: a county's m² have 10)
DBASE_MEASURE, DBASE_SHARE, DBASE_DISTANCE = (20, 2), (12, 6), (20, 1)
# the types of the fields
DOUBLE, STRING, INTEGER, LONG = "double", "string", "integer", "long"
# what the report and the run's outputs count: the flags a feature may carry
COUNTED_FLAGS = ("priority", "buffer")


class SchemaField(NamedTuple):
    """One output field: its name, type, what it means (a key the QGIS side words as the alias),
    the class name the meaning names (class fields) and whether it is a measure (m², m)."""
    name: str
    type: str
    meaning: str
    subject: str = None
    measured: bool = False


def dbase_number(name):
    """(width, decimals) of a summary or units-table number field in a dBase file."""
    if name.endswith("占比"):
        return DBASE_SHARE
    return DBASE_DISTANCE if name == "河流距离" else DBASE_MEASURE


def unique_name(name, taken):
    """`name`, or `name`_1, _2 … when `taken` (the names already there, any case) has it."""
    folded = {t.casefold() for t in taken}
    if name.casefold() not in folded:
        return name
    n = 1
    while f"{name}_{n}".casefold() in folded:
        n += 1
    return f"{name}_{n}"


def text_codec(encoding):
    """The Python codec of a shapefile encoding as QGIS names it; UTF-8 (4 bytes at most per
    character, so nothing is ever too long) when Python does not know the name ("System")."""
    try:
        return codecs.lookup(str(encoding))
    except LookupError:
        return codecs.lookup("utf-8")


def measure_word(kind):
    """The word of a layer's measure: 长度 for lines, else 面积."""
    return {"line": "长度"}.get(kind, "面积")


def short_class_name(dataset, cls):
    """The first two characters of a unit class's name without 单元 (优先保护单元 → 优先)."""
    return dataset.unit_class_name(cls).replace("单元", "")[:2]


class _Memo(dict):
    """{tuple of items: text} filled by make(items)."""

    def __init__(self, make):
        super().__init__()
        self.make = make

    def text(self, items):
        """The text of a list, made once per distinct list."""
        try:
            return self[tuple(items or ())]
        except KeyError:
            text = self[tuple(items or ())] = self.make(items or ())
            return text
        except TypeError:       # an unhashable item: made every time
            return self.make(items or ())


class ConformitySchema:
    """The summary fields of a layer of `kind` (polygon, line, point, mixed) over `dataset`.
    `flag_texts`: {flag: text} in the order written; `text_encoding`: the encoding of a shapefile
    output, whose text fields hold DBASE_TEXT_BYTES bytes in it (fit() cuts the values); None for
    any other output (no limit)."""

    def __init__(self, dataset, kind, flag_texts, text_encoding=None):
        self.dataset, self.kind, self.flag_texts = dataset, kind, flag_texts
        self.codec = text_codec(text_encoding) if text_encoding else None
        self.word = measure_word(kind)
        self.measured = kind != "point"
        basin_names = {r["basin_id"]: r["basin_name"] for r in dataset.basins.records}
        county_names = {str(r["code"]): r["name"] for r in dataset.counties.records}
        self.specs = self._specs()
        self._blank = [None] * (len(self.specs) - 2)
        self.names = [spec.name for spec in self.specs]     # as written (the QGIS side may rename)
        texts = [n for n, spec in enumerate(self.specs) if spec.type == STRING and n != 1]
        self._lists = [n for n in texts if self.specs[n].name in LIST_FIELDS]
        self._texts = [n for n in texts if n not in self._lists]
        join = LIST_SEPARATOR.join
        self._basins = _Memo(lambda ids: join(basin_names.get(b, b) for b in ids) or None)
        self._counties = _Memo(lambda codes: join(county_names.get(str(c), str(c)) for c in codes) or None)
        self._flags = _Memo(lambda flags: join(self.flag_texts[k] for k in self.flag_texts if k in flags) or None)

    def short_class_name(self, cls):
        return short_class_name(self.dataset, cls)

    def _specs(self):
        """[SchemaField] in the order of values()."""
        w, measured = self.word, self.measured
        specs = [SchemaField("状态", STRING, "status"), SchemaField("说明", STRING, "message")]
        if measured:
            specs += [SchemaField(w, DOUBLE, "measure", measured=True),
                      SchemaField("市域内" + w, DOUBLE, "inside", measured=True),
                      SchemaField("市域外" + w, DOUBLE, "outside", measured=True)]
        for cls in CLASSES:
            short, name = self.short_class_name(cls), self.dataset.unit_class_name(cls)
            if measured:
                specs.append(SchemaField(short + w, DOUBLE, "class_measure", name, measured=True))
            specs.append(SchemaField(short + "占比", DOUBLE, "class_share", name))
        specs += [SchemaField("单元编码", STRING, "unit_codes"), SchemaField("流域", STRING, "basins"),
                  SchemaField("县区", STRING, "counties"), SchemaField("建成区", INTEGER, "built_up")]
        if measured:
            specs.append(SchemaField("缓冲区" + w, DOUBLE, "buffer_measure", measured=True))
        specs += [SchemaField("缓冲区河流", STRING, "buffer_rivers"), SchemaField("最近河流", STRING, "nearest_river"),
                  SchemaField("河流距离", DOUBLE, "river_distance"),
                  # From where that distance is measured: the plugin's reading (core/dataset/channels.py).
                  SchemaField("距离量起", STRING, "measured_from"),
                  SchemaField("提示", STRING, "flags"), SchemaField("已修复", INTEGER, "repaired")]
        return specs

    def values(self, f):
        """The summary fields' values in the order of the specs (written out: it runs per feature);
        only status and message for a feature that was not analysed."""
        status = f.status
        if status != "ok" and status != "outside":
            return [status, f.message or None, *self._blank]
        measures, shares = f.class_measure or {}, f.class_share or {}
        if self.measured:
            out = [status, f.message or None, round(f.measure or 0.0, 2), round(f.inside_measure or 0.0, 2),
                   round(f.outside_measure or 0.0, 2)]
            for cls in CLASSES:
                measure, share = measures.get(cls), shares.get(cls)
                out += (0.0 if measure is None else round(measure, 2), 0.0 if share is None else round(share, 6))
        else:
            out = [status, f.message or None]
            for cls in CLASSES:
                share = shares.get(cls)
                out.append(0.0 if share is None else round(share, 6))
        out += (LIST_SEPARATOR.join(f.unit_codes or ()) or None, self._basins.text(f.basin_ids),
                self._counties.text(f.county_codes), int(bool(f.built_up)) if status == "ok" else None)
        if self.measured:
            out.append(round(f.buffer_measure or 0.0, 2))
        nearest = f.nearest_river_m
        out += (LIST_SEPARATOR.join(f.buffer_rivers or ()) or None, f.nearest_river,
                None if nearest is None else round(nearest, 1),
                None if f.nearest_river is None else self.dataset.channels.measured_from(f.nearest_river),
                self._flags.text(f.flags), int(bool(f.repaired)))
        return out

    # -- the units table ---------------------------------------------------------------------------
    def unit_specs(self):
        """[SchemaField] of the units table after 要素ID and the ID field, in the order of unit_values()."""
        specs = [SchemaField("单元编码", STRING, "unit_code"), SchemaField("单元名称", STRING, "unit_name"),
                 SchemaField("单元类别", INTEGER, "unit_class"), SchemaField("类别名称", STRING, "class_name")]
        if self.measured:
            specs.append(SchemaField(self.word, DOUBLE, "overlap", measured=True))
        return specs + [SchemaField("占比", DOUBLE, "feature_share")]

    def unit_values(self, row):
        values = [row.unit_code, row.unit_name, row.unit_class, row.class_name]
        if self.measured:
            values.append(None if row.overlap is None else round(row.overlap, 2))
        return values + [None if row.share is None else round(row.share, 6)]

    # -- a shapefile's 254 bytes -------------------------------------------------------------------
    def _size(self, text):
        return len(self.codec.encode(text, "replace")[0])

    def _too_long(self, text):
        # a character takes 4 bytes at most in any encoding a shapefile is written in
        return len(text) * 4 > DBASE_TEXT_BYTES and self._size(text) > DBASE_TEXT_BYTES

    def _cut_text(self, text):
        """`text` cut after the last character that fits with CUT_MARK."""
        budget, used = DBASE_TEXT_BYTES - self._size(CUT_MARK), 0
        for n, char in enumerate(text):
            used += self._size(char)
            if used > budget:
                return text[:n] + CUT_MARK
        return text

    def _cut_list(self, text):
        """(the list `text` cut after its last whole item that fits with "; …", items kept, items)."""
        items = text.split(LIST_SEPARATOR)
        budget, used, kept = DBASE_TEXT_BYTES - self._size(LIST_SEPARATOR + CUT_MARK), 0, 0
        for item in items:
            used += self._size((LIST_SEPARATOR if kept else "") + item)
            if used > budget:
                break
            kept += 1
        return LIST_SEPARATOR.join(items[:kept] + [CUT_MARK]), kept, len(items)

    def fit(self, values, note):
        """`values` (of values()) cut, in place, to a shapefile's text fields; [(field, items kept,
        items)] of the lists cut (None, None for a plain text). `note(cuts)` words the cuts for 说明,
        which is cut last. Without a text encoding (no shapefile): nothing to do, []."""
        if self.codec is None:
            return []
        cuts = []
        for n in self._lists:
            text = values[n]
            if text is not None and self._too_long(text):
                values[n], kept, total = self._cut_list(text)
                cuts.append((self.names[n], kept, total))
        for n in self._texts:
            text = values[n]
            if isinstance(text, str) and self._too_long(text):
                values[n] = self._cut_text(text)
                cuts.append((self.names[n], None, None))
        if cuts:
            values[1] = LIST_SEPARATOR.join(t for t in (values[1], note(cuts)) if t)
        if isinstance(values[1], str) and self._too_long(values[1]):
            values[1] = self._cut_text(values[1])
        return cuts
