"""The fields zoning:conformity adds to the input features and the fields of its units table.

Names are Chinese and at most five characters (10 bytes in GBK: a shapefile keeps them whole);
the measure word follows the layer: 面积 (m²) for polygons and mixed layers, 长度 (m) for lines,
none for points. The class fields take the first two characters of the dataset's class names
(优先保护单元 → 优先面积, 优先占比). A name the input already uses gets _1, _2, …. Aliases are
English in the source and translated (tr) for the UI language."""
from qgis.core import QgsField, QgsFields, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QVariant

CLASSES = (1, 2, 3)
LIST_SEPARATOR = "; "


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


class _Memo(dict):
    """{tuple of items: text} filled by make(items)."""

    def __init__(self, make):
        super().__init__()
        self.make = make


class SummaryFields:
    def __init__(self, dataset, kind, flag_texts):
        self.dataset, self.kind, self.flag_texts = dataset, kind, flag_texts
        self.word = {"line": "长度"}.get(kind, "面积")
        self.measured = kind != "point"
        self.basin_names = {r["basin_id"]: r["basin_name"] for r in dataset.basins.records}
        self.county_names = {str(r["code"]): r["name"] for r in dataset.counties.records}
        self.specs = self._specs()
        self._blank = [None] * (len(self.specs) - 2)
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
                None if nearest is None else round(nearest, 1), self._joined(self._flags, f.flags),
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

    def append_to(self, fields):
        """Add the summary fields to `fields` (the input's), renaming where a name is taken."""
        for name, kind, alias in self.specs:
            field = QgsField(_unique(name, fields.names()), kind, len=254 if kind == QVariant.String else 0)
            field.setAlias(alias)
            fields.append(field)
        return fields

    def unit_table_fields(self, id_field=None):
        """要素ID, the ID field (a copy of the input's) when given, then the unit's fields."""
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
            field = QgsField(_unique(name, fields.names()), kind)
            field.setAlias(alias)
            fields.append(field)
        return fields

    def unit_values(self, row):
        values = [row.unit_code, row.unit_name, row.unit_class, row.class_name]
        if self.measured:
            values.append(None if row.overlap is None else round(row.overlap, 2))
        return values + [None if row.share is None else round(row.share, 6)]
