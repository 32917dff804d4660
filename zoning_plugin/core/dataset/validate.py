"""Checks a zoning dataset: codes, classes, topology, requirement coverage."""
import re
from dataclasses import dataclass, field

import numpy
import shapely

from zoning_plugin.core.dataset.model import DIMENSIONS, SCOPE_UNIT, dimension_label
from zoning_plugin.core.messages import say

UNIT_CODE = re.compile(r"^ZH(\d{6})([123])(\d{4})$")
# Areas below this are floating-point noise of shared edges, not gaps or overlaps.
TOLERANCE_M2 = 1.0


@dataclass
class ValidationReport:
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    facts: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors

    def to_text(self):
        lines = [say(f"事实：{f}", f"fact: {f}") for f in self.facts]
        lines += [say(f"警告：{w}", f"warning: {w}") for w in self.warnings]
        lines += [say(f"错误：{e}", f"error: {e}") for e in self.errors]
        lines.append(say("校验通过", "valid") if self.ok else
                     say(f"校验未通过：{len(self.errors)} 个错误", f"invalid: {len(self.errors)} errors"))
        return "\n".join(lines)


def validate_dataset(dataset):
    report = ValidationReport()
    report.errors.extend(dataset.problems)
    report.warnings.extend(f"GDAL: {message}" for message in dataset.gdal_warnings)
    units = dataset.units
    _check_codes(dataset, report)
    _check_tiling(say("管控单元", "control units"), units.metric, [r["unit_code"] for r in units.records],
                  dataset.city_metric, report)
    if len(dataset.basins):
        _check_tiling(say("流域", "basins"), dataset.basins.metric, [r["basin_id"] for r in dataset.basins.records],
                      dataset.city_metric, report)
    for layer, chinese, english in ((dataset.basins, "流域", "basins"), (dataset.rivers, "河流", "rivers"),
                                    (dataset.counties, "县区", "counties"), (dataset.built_up, "建成区", "built-up areas")):
        if not len(layer):
            report.warnings.append(say(f"数据集没有{chinese}图层的要素，相关查询结果为空",
                                       f"the dataset has no {english}: what depends on them finds nothing"))
    _check_coverage(dataset, report)
    classes = {}
    city_area = dataset.city_metric.area
    for record, geometry in zip(units.records, units.metric):
        classes.setdefault(dataset.class_number(record["unit_class"]) or 0, []).append(geometry.area)
    for unit_class in sorted(classes):
        areas = classes[unit_class]
        name = dataset.unit_class_name(unit_class)
        report.facts.append(say(f"{name} {len(areas)} 个，面积占比 {sum(areas) / city_area:.2%}",
                                f"{name}: {len(areas)} units, {sum(areas) / city_area:.2%} of the area"))
    report.facts.append(say(f"市域面积 {city_area / 1e6:,.2f} km²，管控单元 {len(units)} 个",
                            f"city area {city_area / 1e6:,.2f} km², {len(units)} control units"))
    return report


def _check_codes(dataset, report):
    seen = set()
    for record in dataset.units.records:
        code = str(record["unit_code"] or "")
        match = UNIT_CODE.match(code)
        unit_class = dataset.class_number(record["unit_class"])
        if not match:
            report.errors.append(say(f"单元编码格式错误：{code!r}", f"bad unit code: {code!r}"))
        elif unit_class is not None and int(match.group(2)) != unit_class:
            report.errors.append(say(f"单元编码的类别位与分类不符：{code} / {record['unit_class']}", f"the class digit of the code disagrees with the class: {code} / {record['unit_class']}"))
        elif record.get("county_code") and match.group(1) != str(record["county_code"]):
            report.errors.append(say(f"单元编码的县区代码与所属县区不符：{code} / {record['county_code']}",
                                     f"the county digits of the code disagree with the county: {code} / "
                                     f"{record['county_code']}"))
        if code in seen:
            report.errors.append(say(f"单元编码重复：{code}", f"duplicate unit code: {code}"))
        seen.add(code)
        if unit_class is None:
            report.errors.append(say(f"单元分类无效，应为 1/2/3 或类别名称：{code} / {record['unit_class']!r}",
                                     f"class must be 1, 2, 3 or a class name: {code} / {record['unit_class']!r}"))


def overlaps(geometries, tolerance_m2=TOLERANCE_M2):
    """(i, j, shared geometry) of each pair of metric geometries overlapping by more than the
    tolerance, i < j. The importer draws them on its problems layer."""
    array = numpy.empty(len(geometries), dtype=object)   # STRtree wants object dtype, even when empty
    array[:] = list(geometries)
    geometries = array
    if not len(geometries):
        return []
    tree = shapely.STRtree(geometries)
    left, right = tree.query(geometries, predicate="intersects")
    found = []
    for a, b in zip(left, right):
        if a < b:
            shared = shapely.intersection(geometries[a], geometries[b])
            if shared.area > tolerance_m2:
                found.append((int(a), int(b), shared))
    return found


def _check_tiling(label, geometries, names, city, report):
    for a, b, shared in overlaps(geometries):
        report.errors.append(say(f"{label}重叠 {names[a]} / {names[b]}：{shared.area:,.1f} m²", f"{label} overlap {names[a]} / {names[b]}: {shared.area:,.1f} m²"))
    union = shapely.union_all(geometries)
    gap = shapely.difference(city, union).area
    if gap > TOLERANCE_M2:
        report.errors.append(say(f"{label}未覆盖市域：{gap:,.1f} m²", f"{label} leave gaps in the city: {gap:,.1f} m²"))
    outside = shapely.difference(union, city).area
    if outside > TOLERANCE_M2:
        report.errors.append(say(f"{label}超出市域：{outside:,.1f} m²", f"{label} reach outside the city: {outside:,.1f} m²"))


def _check_coverage(dataset, report):
    for record in dataset.units.records:
        items = dataset.by_scope.get((SCOPE_UNIT, record["unit_code"]), [])
        if not items:
            report.errors.append(say(f"单元无准入清单：{record['unit_code']}", f"unit without a list: {record['unit_code']}"))
            continue
        missing = [d for d in DIMENSIONS if d not in {r.dimension for r in items}]
        if missing:
            report.warnings.append(say(f"单元清单缺少维度 {'、'.join(missing)}：{record['unit_code']}",
                                       f"the unit's list lacks {', '.join(dimension_label(d) for d in missing)}: "
                                       f"{record['unit_code']}"))
    codes = {r["unit_code"] for r in dataset.units.records}
    orphans = sorted({r.scope_ref for r in dataset.requirements if r.scope == SCOPE_UNIT} - codes)
    if orphans:
        report.warnings.append(say(f"清单指向不存在的单元：{'、'.join(orphans[:5])}",
                                   f"list items name units that do not exist: {', '.join(orphans[:5])}"))
    unknown = sorted({r.dimension for r in dataset.requirements} - set(DIMENSIONS))
    if unknown:
        report.errors.append(say(f"未知的管控维度：{'、'.join(unknown)}", f"unknown dimensions: {', '.join(unknown)}"))
    if not dataset.by_scope.get(("city", dataset.city_code)):
        report.errors.append(say("缺少市级总体管控要求", "no city-wide list"))
