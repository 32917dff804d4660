"""Every CLI command ends cleanly on any dataset the importer can write (issue 14 §7: `core
validate` stopped with "内部错误 TypeError" on a units-only import): a result or one line on stderr,
exit 0, 1 or 2, never an internal error or a traceback. The datasets are written by the importer
itself from the test city of another_city.py, with layers left out one kind at a time."""
from zoning_plugin.core import open_dataset  # first: it tells pyproj where PROJ's data is

import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402
from osgeo import ogr  # noqa: E402

from another_city import EPSG, GENERAL_TEXT, UNITS, X0, Y0, box, line  # noqa: E402
from test_import_fixtures import write_chinese_gpkg, write_layer  # noqa: E402
from zoning_plugin.core.__main__ import EXIT_BAD_INPUT, main  # noqa: E402
from zoning_plugin.core.importers.run import ImportOptions, import_dataset  # noqa: E402
from zoning_plugin.core.dataset.validate import validate_dataset  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAPPING = {"fields": {}, "unit_classes": [{"class": 1, "name": "优先保护单元"}, {"class": 2, "name": "环境综合管控单元"},
                                          {"class": 3, "name": "一般管控单元"}]}
VARIANTS = ("units_only", "units_without_lists", "no_basins", "no_rivers", "rivers_only", "everything")


def _sources(folder):
    general = os.path.join(folder, "general.txt")
    with open(general, "w", encoding="utf-8") as handle:
        handle.write(GENERAL_TEXT)
    mapping = os.path.join(folder, "mapping.json")
    with open(mapping, "w", encoding="utf-8") as handle:
        json.dump(MAPPING, handle, ensure_ascii=False)
    bare = [(code, name, unit_class, county, wkt, ("", "", "", "")) for code, name, unit_class, county, wkt, _ in UNITS]
    return {
        "units": write_chinese_gpkg(os.path.join(folder, "units.gpkg"), units=UNITS, epsg=EPSG),
        "bare_units": write_chinese_gpkg(os.path.join(folder, "bare_units.gpkg"), units=bare, epsg=EPSG),
        "general": general, "mapping": mapping,
        "basins": write_layer(os.path.join(folder, "basins.gpkg"), [(box(0, 0, 1500, 2000), "LH02", "大凌河流域"),
                                                                   (box(1500, 0, 3000, 2000), "LH01", "小凌河流域")],
                              ogr.wkbPolygon, ("流域代码", "流域名称"), epsg=EPSG),
        "rivers": write_layer(os.path.join(folder, "rivers.gpkg"), [(line(100, 300, 1400, 300), "大凌河"),
                                                                   (line(1700, 300, 2900, 300), "小凌河")],
                              ogr.wkbLineString, ("名称",), epsg=EPSG),
        "counties": write_layer(os.path.join(folder, "counties.gpkg"), [(box(0, 0, 3000, 1000), "211302", "双塔区"),
                                                                       (box(0, 1000, 3000, 2000), "211303", "龙城区")],
                                ogr.wkbPolygon, ("XZQHDM", "XZQHMC"), epsg=EPSG),
    }


def _options(variant, sources, output):
    common = dict(output=output, city_name="朝阳市")
    if variant == "units_only":
        return ImportOptions(units=sources["units"], **common)
    if variant == "units_without_lists":
        return ImportOptions(units=sources["bare_units"], mapping_json=sources["mapping"], **common)
    full = dict(units=sources["units"], mapping_json=sources["mapping"], general=sources["general"],
                basins=sources["basins"], rivers=sources["rivers"], counties=sources["counties"], **common)
    if variant == "no_basins":
        full.pop("basins")
    elif variant == "no_rivers":
        full.pop("rivers")
    elif variant == "rivers_only":
        full = dict(units=sources["units"], rivers=sources["rivers"], **common)
    return ImportOptions(**full)


@pytest.fixture(scope="module")
def datasets(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("imported"))
    sources = _sources(folder)
    paths = {}
    for variant in VARIANTS:
        paths[variant] = os.path.join(folder, f"{variant}.gpkg")
        import_dataset(_options(variant, sources, paths[variant]))
    return paths


def commands(path):
    x, y = X0 + 500, Y0 + 310        # in a unit, 10 m from 大凌河 where the rivers are
    return [["validate"], ["demo"],
            ["inspect", "--wkt", f"POINT({x} {y})", "--crs", f"EPSG:{EPSG}", "--json"],
            ["inspect", "--wkt", f"POLYGON(({x} {y}, {x + 1200} {y}, {x + 1200} {y + 900}, {x} {y}))",
             "--crs", f"EPSG:{EPSG}"],
            ["inspect", "--lon", "120.45", "--lat", "41.57", "--buffers-in-all-basins"],
            ["inspect", "--wkt", "POINT(1e200 1e200)", "--crs", f"EPSG:{EPSG}"],
            ["inspect", "--wkt", "LINESTRING(530000 4605000, nan 4605100)", "--crs", f"EPSG:{EPSG}"]]


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_command_ends_cleanly_on_every_imported_dataset(datasets, variant, capsys):
    path = datasets[variant]
    for command in commands(path):
        code = main([*command, "--dataset", path])
        out, err = capsys.readouterr()
        assert code in (0, 1, EXIT_BAD_INPUT), (command, code, err)
        assert "内部错误" not in err and "Traceback" not in err + out, (command, err)
        if code == EXIT_BAD_INPUT:
            assert len(err.strip().splitlines()) == 1 and err.startswith("错误"), (command, err)
        else:
            assert out.strip(), command
    inside = main(["inspect", "--wkt", f"POINT({X0 + 500} {Y0 + 310})", "--crs", f"EPSG:{EPSG}", "--json",
                   "--dataset", path])
    data = json.loads(capsys.readouterr().out)
    assert inside == 0 and data["inside"] and data["units"][0]["code"] == UNITS[0][0]


@pytest.mark.parametrize("variant", VARIANTS)
def test_validate_reports_what_is_missing_as_findings(datasets, variant, english):
    report = validate_dataset(open_dataset(datasets[variant]))
    text = report.to_text()
    assert text.splitlines()[-1].startswith("invalid" if not report.ok else "valid")
    if variant in ("units_only", "units_without_lists", "no_basins", "rivers_only"):
        assert any("has no basins" in w for w in report.warnings)
    if variant == "no_rivers":
        assert any("has no rivers" in w for w in report.warnings)
    if variant == "units_without_lists":
        assert any("unit without a list" in e for e in report.errors)


def test_validate_on_a_units_only_import_through_the_command_line(datasets):
    done = subprocess.run([sys.executable, "-m", "zoning_plugin.core", "validate", "--dataset",
                           datasets["units_only"]], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr and "内部错误" not in done.stderr
    assert "数据集没有流域图层的要素" in done.stdout and done.stdout.strip().splitlines()[-1].startswith("校验")
    english = subprocess.run([sys.executable, "-m", "zoning_plugin.core", "validate", "--dataset",
                              datasets["units_only"]], cwd=ROOT, capture_output=True, text=True, timeout=120,
                             env={**os.environ, "ZONING_LANG": "en"})
    assert "the dataset has no basins" in english.stdout and "流域图层" not in english.stdout
    assert english.stdout.strip().splitlines()[-1].startswith(("valid", "invalid"))
