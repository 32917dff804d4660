"""The fields zoning:conformity adds to the input features and the fields of its units table.

Names are Chinese and at most five characters (10 bytes in GBK: a shapefile keeps them whole);
the measure word follows the layer: 面积 (m²) for polygons and mixed layers, 长度 (m) for lines,
none for points. The class fields take the first two characters of the dataset's class names
(优先保护单元 → 优先面积, 优先占比). A name the input already uses gets _1, _2, …. Aliases are
English in the source and translated (tr) for the UI language.

Text fields have no length limit (GeoPackage, memory layers, CSV …), so no list can fail a run. A
shapefile's (dBase) text field holds 254 bytes in the file's encoding: there a list (unit codes,
basins, counties, buffer rivers, flags) is cut after the last item that fits, ending in “…”, and
说明 (message) says which lists were cut; the units table always has every unit."""
import codecs

from qgis.core import QgsField, QgsFields, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QVariant

CLASSES = (1, 2, 3)
LIST_SEPARATOR = "; "
DBASE_TEXT_BYTES = 254          # a dBase (shapefile) text field, in bytes of the file's encoding
LIST_FIELDS = ("单元编码", "流域", "县区", "缓冲区河流", "提示")
CUT_MARK = "…"
# a dBase number's width and decimals (QGIS's default, 24.15, leaves 8 digits: a county's m² have 10)
DBASE_MEASURE, DBASE_SHARE, DBASE_DISTANCE = (20, 2), (12, 6), (20, 1)


def dbase_number(name):
    """(width, decimals) of a summary or units-table number field in a dBase file."""
    if name.endswith("占比"):
        return DBASE_SHARE
    return DBASE_DISTANCE if name == "河流距离" else DBASE_MEASURE


def kind_of_layer(wkb_type):
    """polygon, line, point or mixed (a layer of no single geometry type)."""
    return {QgsWkbTypes.PolygonGeometry: "polygon", QgsWkbTypes.LineGeometry: "line",
            QgsWkbTypes.PointGeometry: "point"}.get(QgsWkbTypes.geometryType(wkb_type), "mixed")


def _unique(name, taken):
    folded = {t.casefold() for t in taken}
    if name.casefold() not in folded:
        return name
    n = 1
    while f"{name}_{n}".casefold() in folded:
        n += 1
    return f"{name}_{n}"


def _field(name, kind, alias, dbase, spec_name):
    """A QgsField; in a dBase file text holds DBASE_TEXT_BYTES and numbers their width (elsewhere
    neither has a length: no value can be too long)."""
    if dbase and kind == QVariant.String:
        field = QgsField(name, kind, len=DBASE_TEXT_BYTES)
    elif dbase and kind == QVariant.Double:
        width, decimals = dbase_number(spec_name)
        field = QgsField(name, kind, len=width, prec=decimals)
    else:
        field = QgsField(name, kind)
    field.setAlias(alias)
    return field


class _Memo(dict):
    """{tuple of items: text} filled by make(items)."""

    def __init__(self, make):
        super().__init__()
        self.make = make


def _codec(encoding):
    """The Python codec of a shapefile encoding as QGIS names it; UTF-8 (4 bytes at most per
    character, so nothing is ever too long) when Python does not know the name ("System")."""
    try:
        return codecs.lookup(str(encoding))
    except LookupError:
        return codecs.lookup("utf-8")


class SummaryFields:
    """The summary fields. `text_encoding`: the encoding of a shapefile output, whose text fields
    hold DBASE_TEXT_BYTES bytes in it (fit() cuts the values); None for any other output (no limit)."""

    def __init__(self, dataset, kind, flag_texts, text_encoding=None):
        self.dataset, self.kind, self.flag_texts = dataset, kind, flag_texts
        self.codec = _codec(text_encoding) if text_encoding else None
        self.word = {"line": "长度"}.get(kind, "面积")
        self.measured = kind != "point"
        self.basin_names = {r["basin_id"]: r["basin_name"] for r in dataset.basins.records}
        self.county_names = {str(r["code"]): r["name"] for r in dataset.counties.records}
        self.specs = self._specs()
        self._blank = [None] * (len(self.specs) - 2)
        self.names = [name for name, _kind, _alias in self.specs]     # as written (append_to renames)
        texts = [n for n, (name, kind, _alias) in enumerate(self.specs) if kind == QVariant.String and n != 1]
        self._lists = [n for n in texts if self.specs[n][0] in LIST_FIELDS]
        self._texts = [n for n in texts if n not in self._lists]
        join = LIST_SEPARATOR.join
        self._basins = _Memo(lambda ids: join(self.basin_names.get(b, b) for b in ids) or None)
        self._counties = _Memo(lambda codes: join(self.county_names.get(str(c), str(c)) for c in codes) or None)
        self._flags = _Memo(lambda flags: join(self.flag_texts[k] for k in self.flag_texts if k in flags) or None)

    def tr(self, message):
        return QCoreApplication.translate("SummaryFields", message)

    def _unit_alias(self):
        return {"polygon": self.tr("{0} (m²)"), "line": self.tr("{0} (m)"),
                "mixed": self.tr("{0} (m² or m)")}.get(self.kind, "{0}")

    def short_class_name(self, cls):
        return self.dataset.unit_class_name(cls).replace("单元", "")[:2]

    def _specs(self):
        """[(name, QVariant type, alias)] in the order of values()."""
        D, S, I = QVariant.Double, QVariant.String, QVariant.Int   # noqa: N806
        w, unit = self.word, self._unit_alias()
        specs = [("状态", S, self.tr("Status (ok, null, empty, invalid, outside, error)")), ("说明", S, self.tr("Message"))]
        if self.measured:
            specs += [(w, D, unit.format(self.tr("Measure"))), ("市域内" + w, D, unit.format(self.tr("Inside the city"))),
                      ("市域外" + w, D, unit.format(self.tr("Outside the city")))]
        for cls in CLASSES:
            short, name = self.short_class_name(cls), self.dataset.unit_class_name(cls)
            if self.measured:
                specs.append((short + w, D, unit.format(name)))
            specs.append((short + "占比", D, self.tr("{0}: share (0–1)").format(name)))
        specs += [("单元编码", S, self.tr("Control units, largest first")), ("流域", S, self.tr("River basins")),
                  ("县区", S, self.tr("Counties")), ("建成区", I, self.tr("In an urban built-up area (1 = yes)"))]
        if self.measured:
            specs.append(("缓冲区" + w, D, unit.format(self.tr("In river ecological buffers"))))
        specs += [("缓冲区河流", S, self.tr("Rivers whose ecological buffer it touches")),
                  ("最近河流", S, self.tr("Nearest river")), ("河流距离", D, self.tr("Distance to the nearest river (m)")),
                  # From where that distance is measured: the plugin's reading (core/dataset/channels.py).
                  ("距离量起", S, self.tr("Distance measured from (bank, centre line: the plugin's reading)")),
                  ("提示", S, self.tr("Flags")), ("已修复", I, self.tr("Geometry repaired (1 = yes)"))]
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
        out += (LIST_SEPARATOR.join(f.unit_codes or ()) or None, self._joined(self._basins, f.basin_ids),
                self._joined(self._counties, f.county_codes), int(bool(f.built_up)) if status == "ok" else None)
        if self.measured:
            out.append(round(f.buffer_measure or 0.0, 2))
        nearest = f.nearest_river_m
        out += (LIST_SEPARATOR.join(f.buffer_rivers or ()) or None, f.nearest_river,
                None if nearest is None else round(nearest, 1),
                None if f.nearest_river is None else self.dataset.channels.measured_from(f.nearest_river),
                self._joined(self._flags, f.flags),
                int(bool(f.repaired)))
        return out

    @staticmethod
    def _joined(memo, items):
        """memo's text of a list (basins, counties, flags), made once per distinct list."""
        try:
            return memo[tuple(items or ())]
        except KeyError:
            text = memo[tuple(items or ())] = memo.make(items or ())
            return text
        except TypeError:       # an unhashable item: made every time
            return memo.make(items or ())

    def flags(self, summary):
        return LIST_SEPARATOR.join(self.flag_texts[k] for k in self.flag_texts if k in (summary.flags or ())) or None

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

    def append_to(self, fields):
        """Add the summary fields to `fields` (the input's), renaming where a name is taken. Text
        fields have no length (any list fits), but DBASE_TEXT_BYTES in a shapefile."""
        self.names = []
        for name, kind, alias in self.specs:
            field = _field(_unique(name, fields.names()), kind, alias, self.codec is not None, name)
            fields.append(field)
            self.names.append(field.name())
        return fields

    def unit_table_fields(self, id_field=None, dbase=False):
        """要素ID, the ID field (a copy of the input's) when given, then the unit's fields; `dbase`:
        the table is a shapefile's or a .dbf (numbers given a width that holds them)."""
        fields = QgsFields()
        specs = [("要素ID", QVariant.LongLong, self.tr("Feature id"))]
        if id_field is not None:
            specs.append((id_field.name(), id_field.type(), id_field.alias() or id_field.name()))
        specs += [("单元编码", QVariant.String, self.tr("Unit code")), ("单元名称", QVariant.String, self.tr("Unit name")),
                  ("单元类别", QVariant.Int, self.tr("Unit class (1, 2, 3)")),
                  ("类别名称", QVariant.String, self.tr("Class name"))]
        if self.measured:
            specs.append((self.word, QVariant.Double, self._unit_alias().format(self.tr("Overlap"))))
        specs.append(("占比", QVariant.Double, self.tr("Share of the feature (0–1)")))
        for name, kind, alias in specs:
            fields.append(_field(_unique(name, fields.names()), kind, alias, dbase, name))
        return fields

    def unit_values(self, row):
        values = [row.unit_code, row.unit_name, row.unit_class, row.class_name]
        if self.measured:
            values.append(None if row.overlap is None else round(row.overlap, 2))
        return values + [None if row.share is None else round(row.share, 6)]
