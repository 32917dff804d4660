"""No phantom units (issue 15 §7) through what the user runs: zoning:conformity on every unit's
outline and a parcel cut from it that shares its boundary, in EPSG:4490, 4551 and 3857, gives each
exactly its unit; zoning:site_report on such a parcel names the same unit and no other."""
import re
import sys
import zipfile
from pathlib import Path

import pytest
import shapely
from qgis.core import QgsFeature, QgsVectorLayer

from test_algorithm_conformity import zoning_provider  # noqa: F401  (the provider fixture)
from zoning_plugin.core import open_dataset
from zoning_plugin.core.geo import STORAGE_CRS, reproject
from zoning_plugin.toolbelt.geometry import to_qgs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from phantom_sweep import CRSS, cut_parcel, sweep_geometries  # noqa: E402

PRIORITY_FLAG = "Touches a priority protection unit"
OUTSIDE_FLAGS = ("Partly outside the city", "Outside the city")


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def layer_of(geometries, crs):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=name:string", "plan", "memory")
    features = []
    for name, geometry in geometries:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(to_qgs(geometry))   # WKB: every digit of the coordinates
        feature.setAttributes([name])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


@pytest.mark.parametrize("crs", CRSS)
def test_conformity_gives_every_outline_and_boundary_sharing_parcel_its_unit_alone(zoning_provider, dataset,
                                                                                   crs):
    from qgis import processing
    classes = {r["unit_code"]: int(r["unit_class"]) for r in dataset.units.records}
    sweep = [(f"{code} {label}", code, reproject(g, STORAGE_CRS, crs)) for code, label, g in sweep_geometries(dataset)]
    result = processing.run("zoning:conformity", {"INPUT": layer_of([(n, g) for n, _c, g in sweep], crs),
                                                  "ID_FIELD": "name", "OUTPUT": "memory:",
                                                  "OUTPUT_UNITS": "memory:"})
    features = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    rows = {}
    for row in result["OUTPUT_UNITS"].getFeatures():
        rows.setdefault(row["name"], []).append(row["单元编码"])
    wrong = []
    for name, code, _geometry in sweep:
        feature = features[name]
        flags = feature["提示"] or ""
        priority = classes[code] == 1
        if (feature["状态"] != "ok" or feature["单元编码"] != code or rows.get(name) != [code]
                or (PRIORITY_FLAG in flags) != priority or any(f in flags for f in OUTSIDE_FLAGS)):
            wrong.append((name, feature["单元编码"], rows.get(name), flags))
    assert not wrong, wrong
    assert result["FEATURES"] == len(sweep)


def test_the_site_report_names_the_unit_conformity_names_and_no_neighbour(zoning_provider, dataset, tmp_path):
    """The issue's case, placed from the dataset: a parcel cut from a key unit (class 2) with the
    most priority neighbours, its edges on the unit's boundary, in each CRS."""
    from qgis import processing
    records, metric = dataset.units.records, dataset.units.metric

    def priority_neighbours(i):
        return [j for j in dataset.units.tree.query(metric[i]) if j != i and int(records[j]["unit_class"]) == 1
                and shapely.intersection(metric[i].boundary, metric[j].boundary).length > 0]
    key = max((i for i, r in enumerate(records) if int(r["unit_class"]) == 2),
              key=lambda i: len(priority_neighbours(i)))
    code, neighbours = records[key]["unit_code"], [records[j]["unit_code"] for j in priority_neighbours(key)]
    assert neighbours
    parcel = cut_parcel(dataset.units.geometries[key])
    for crs in CRSS:
        given = reproject(parcel, STORAGE_CRS, crs)
        conformity = processing.run("zoning:conformity", {"INPUT": layer_of([("parcel", given)], crs),
                                                          "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:"})
        assert [f["单元编码"] for f in conformity["OUTPUT"].getFeatures()] == [code]
        odt = tmp_path / f"site-{crs[5:]}.odt"
        report = processing.run("zoning:site_report", {"INPUT": layer_of([("parcel", given)], crs),
                                                       "OUTPUT_PDF": str(tmp_path / f"site-{crs[5:]}.pdf"),
                                                       "OUTPUT_ODT": str(odt)})
        with zipfile.ZipFile(report["OUTPUT_ODT"]) as archive:
            text = re.sub(r"<[^>]+>", "", archive.read("content.xml").decode("utf-8"))
        assert code in text, crs
        assert "The site does not touch other priority protection units." in text, crs
        assert not [n for n in neighbours if n in text], crs
