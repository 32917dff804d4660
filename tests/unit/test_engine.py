"""The inspect engine on the bundled sample: points, lines, polygons, CRSs, buffers, bad input."""
import pytest
import shapely
import shapely.ops

from zoning_plugin.core import CRSError, DatasetError, InputError, open_dataset
from zoning_plugin.core.geo import METRIC_CRS, STORAGE_CRS, reproject
from zoning_plugin.core.dataset.model import DIMENSIONS

OUTSIDE = shapely.Point(125.3245, 43.8868)   # 长春, outside 辽源


@pytest.fixture(scope="module")
def dataset():
    return open_dataset()


def unit_point(dataset, index):
    """A point well inside unit `index` and away from every river buffer, EPSG:4490."""
    metric = dataset.units.metric[index]
    buffers = shapely.union_all(dataset.buffers.metric)
    core = shapely.difference(shapely.buffer(metric, -60), shapely.buffer(buffers, 60))
    assert not core.is_empty
    return reproject(core.representative_point(), METRIC_CRS, STORAGE_CRS)


def test_every_unit_is_found_at_a_point_inside_it(dataset):
    for index, record in enumerate(dataset.units.records):
        result = dataset.inspect(unit_point(dataset, index))
        assert result.inside
        assert [u["code"] for u in result.units] == [record["unit_code"]]
        assert result.buffers == []


def test_requirements_are_ordered_city_basin_unit_with_all_fifteen_city_items(dataset):
    result = dataset.inspect(unit_point(dataset, 0))
    data = result.to_dict()
    scopes = [r["scope"] for r in data["requirements"]]
    assert scopes == sorted(scopes, key=["city", "basin", "class", "unit"].index)   # one unit: its class first
    assert scopes.count("city") == 15
    basin = data["basins"][0]["id"]
    assert scopes.count("basin") == {"liao": 16, "songhua": 10}[basin]
    unit_items = [r for r in data["requirements"] if r["scope"] == "unit"]
    assert {r["scope_ref"] for r in unit_items} == {data["units"][0]["code"]}
    assert {r["dimension"] for r in unit_items} == set(DIMENSIONS)
    assert all(r["source"] for r in data["requirements"])
    assert not any(r["triggered"] for r in data["requirements"])


def test_city_list_has_no_risk_item_and_the_text_says_so(dataset):
    result = dataset.inspect(unit_point(dataset, 0))
    city = result.requirement_groups()[0]
    assert city[2] == "1 辽源市总体管控要求"
    dims = dict(city[3])
    assert dims["环境风险防控"] == []
    text = result.to_text()
    assert "（本层级无此类要求）" in text


def test_contract_keys(dataset):
    data = dataset.inspect(unit_point(dataset, 3)).to_dict()
    for key in ("inside", "dataset", "county", "units", "basins", "buffers", "requirements"):
        assert key in data
    assert set(data["dataset"]) >= {"title", "version", "sample"}
    assert data["dataset"]["sample"] is True
    assert set(data["units"][0]) >= {"code", "name", "class", "class_name", "overlap_m2", "share"}
    assert set(data["requirements"][0]) >= {"id", "scope", "scope_ref", "dimension", "heading",
                                            "text", "source"}


def test_outside_the_city(dataset):
    data = dataset.inspect(OUTSIDE).to_dict()
    assert data["inside"] is False
    assert data["units"] == [] and data["requirements"] == [] and data["county"] is None


@pytest.mark.parametrize("crs", ["EPSG:4490", "EPSG:4326", "EPSG:4551", "EPSG:3857"])
def test_same_answer_in_every_crs(dataset, crs):
    point = unit_point(dataset, 7)
    expected = dataset.inspect(point).to_dict()["units"][0]["code"]
    moved = reproject(point, STORAGE_CRS, crs)
    assert dataset.inspect(moved, crs=crs).to_dict()["units"][0]["code"] == expected


def _river(dataset, name):
    for record, line in zip(dataset.rivers.records, dataset.rivers.metric):
        if record["river_name"] == name:
            return record, line
    raise AssertionError(name)


def _beside(dataset, line, offset):
    """A point `offset` metres from the middle of `line`, far from any other river."""
    others = shapely.union_all([g for r, g in zip(dataset.rivers.records, dataset.rivers.metric)
                                if g is not line])
    for fraction in (0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55):
        anchor = shapely.line_interpolate_point(shapely.line_merge(line), fraction, normalized=True)
        for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0), (0.7, 0.7), (-0.7, 0.7)):
            point = shapely.Point(anchor.x + dx * offset, anchor.y + dy * offset)
            if abs(shapely.distance(line, point) - offset) < 0.5 and shapely.distance(others, point) > 200:
                return point
    raise AssertionError("no clean spot beside the river")


@pytest.mark.parametrize("river,width", [("东辽河", 50.0), ("仙人河", 30.0)])
def test_buffer_hit_reports_river_width_distance_and_triggers_the_rule(dataset, river, width):
    _record, line = _river(dataset, river)
    inside = _beside(dataset, line, width * 0.8)
    data = dataset.inspect(inside, crs=METRIC_CRS).to_dict()
    hit = [b for b in data["buffers"] if b["river"] == river]
    assert hit and hit[0]["width_m"] == width
    assert hit[0]["distance_m"] == pytest.approx(width * 0.8, abs=0.5)
    triggered = [r for r in data["requirements"] if r["triggered"]]
    assert [r["id"] for r in triggered] == ["B-LIAO-05"]
    outside = _beside(dataset, line, width * 1.2)
    assert [b for b in dataset.inspect(outside, crs=METRIC_CRS).to_dict()["buffers"]
            if b["river"] == river] == []


def test_buffers_in_all_basins_are_an_option(dataset):
    songhua = [(r, g) for r, g in zip(dataset.rivers.records, dataset.rivers.metric)
               if r["basin_id"] == "songhua"]
    assert songhua
    record, line = songhua[0]
    point = _beside(dataset, line, 10.0)
    assert dataset.inspect(point, crs=METRIC_CRS).buffers == []
    with_option = open_dataset(buffers_in_all_basins=True)
    data = with_option.inspect(point, crs=METRIC_CRS).to_dict()
    assert [b["river"] for b in data["buffers"]] == [record["river_name"]]
    assert any(r["id"] == "B-LIAO-05" and r["triggered"] for r in data["requirements"])
    result = with_option.inspect(point, crs=METRIC_CRS)
    borrowed = [g for g in result.requirement_groups() if "缓冲区规则" in g[2]]
    assert len(borrowed) == 1 and borrowed[0][:2] == ("basin", "liao")
    assert [(d, [r.req_id for r, _t in items]) for d, items in borrowed[0][3]] == [("空间布局约束", ["B-LIAO-05"])]
    assert "本层级无此类要求" not in result.to_text().split("缓冲区规则")[1].split("【")[0]


def test_polygon_across_units_gives_overlaps_and_shares_summing_to_one(dataset):
    city = dataset.city_metric
    centre = city.centroid
    square = shapely.box(centre.x - 3000, centre.y - 3000, centre.x + 3000, centre.y + 3000)
    data = dataset.inspect(square, crs=METRIC_CRS).to_dict()
    assert len(data["units"]) >= 2
    assert sum(u["share"] for u in data["units"]) == pytest.approx(1.0, abs=1e-4)
    assert sum(u["overlap_m2"] for u in data["units"]) == pytest.approx(36e6, rel=1e-4)
    shares = [u["share"] for u in data["units"]]
    assert shares == sorted(shares, reverse=True)
    codes = [r["scope_ref"] for r in data["requirements"] if r["scope"] == "unit"]
    assert list(dict.fromkeys(codes)) == [u["code"] for u in data["units"]]
    assert [r["scope"] for r in data["requirements"]].count("city") == 15


def test_line_reports_length_per_unit(dataset):
    _record, line = _river(dataset, "东辽河")
    data = dataset.inspect(line, crs=METRIC_CRS).to_dict()
    assert data["query"]["kind"] == "line"
    assert sum(u["length_m"] for u in data["units"]) == pytest.approx(line.length, rel=1e-3)
    assert any(b["river"] == "东辽河" and b["distance_m"] == 0 for b in data["buffers"])


def test_self_intersecting_polygon_is_repaired_and_says_so(dataset):
    c = dataset.city_metric.centroid
    bowtie = shapely.Polygon([(c.x, c.y), (c.x + 2000, c.y + 2000), (c.x + 2000, c.y), (c.x, c.y + 2000)])
    assert not bowtie.is_valid
    result = dataset.inspect(bowtie, crs=METRIC_CRS)
    assert result.repaired
    assert result.to_dict()["query"]["repaired"] is True
    assert any("make_valid" in w for w in result.warnings())
    assert result.measure == pytest.approx(2000 * 2000 / 2, rel=1e-6)


@pytest.mark.parametrize("geometry,crs,error", [
    (shapely.Point(), STORAGE_CRS, InputError),
    (shapely.Point(200, 42), STORAGE_CRS, InputError),
    (shapely.Point(125, 95), "EPSG:4326", InputError),
    (shapely.Point(float("nan"), 42), STORAGE_CRS, InputError),
    (shapely.Point(125, 42), "EPSG:999999", CRSError),
    (shapely.Point(125, 42), "not a crs", CRSError),
    (None, STORAGE_CRS, InputError),
])
def test_bad_input_raises_typed_errors_with_a_message(dataset, geometry, crs, error):
    with pytest.raises(error) as raised:
        dataset.inspect(geometry, crs=crs)
    assert str(raised.value) and "\n" not in str(raised.value)


def test_missing_dataset_and_missing_table(tmp_path):
    with pytest.raises(DatasetError):
        open_dataset(str(tmp_path / "nope.gpkg"))
    from osgeo import ogr
    path = str(tmp_path / "empty.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("counties", geom_type=ogr.wkbMultiPolygon)
    ds = None
    with pytest.raises(DatasetError) as raised:
        open_dataset(path)
    assert "counties" in str(raised.value) or "control_units" in str(raised.value)


def test_find_units_by_code_or_name(dataset):
    record = dataset.units.records[5]
    assert dataset.find_units(record["unit_code"])[0] == 5
    assert 5 in dataset.find_units(record["unit_name"][2:6])
    assert dataset.find_units("   ") == []
    assert dataset.unit_index(record["unit_code"]) == 5
    assert dataset.unit_index("ZH0000000000") is None


def test_nested_geometry_collections_are_flattened(dataset):
    point = unit_point(dataset, 4)
    nested = point
    for _ in range(300):
        nested = shapely.GeometryCollection([nested])
    result = dataset.inspect(nested)
    assert result.kind == "point"
    assert [u["code"] for u in result.units] == [dataset.units.records[4]["unit_code"]]
    mixed = shapely.GeometryCollection([point, shapely.GeometryCollection([point.buffer(0.001)])])
    assert dataset.inspect(mixed).kind == "polygon"


def test_a_river_cut_into_pieces_is_measured_as_one(dataset):
    import copy
    split = copy.copy(dataset)
    records, lines = [], []
    for record, line in zip(dataset.rivers.records, dataset.rivers.metric):
        line = shapely.line_merge(line)
        if record["river_name"] == "东辽河":
            half = line.length / 2
            records += [record, record]
            lines += [shapely.ops.substring(line, 0, half), shapely.ops.substring(line, half, line.length)]
        else:
            records.append(record)
            lines.append(line)
    split.rivers = type(dataset.rivers)("rivers", records, [reproject(g, METRIC_CRS, STORAGE_CRS) for g in lines],
                                        dataset.metric_crs)
    split._river_lines = None
    _record, whole = _river(dataset, "东辽河")
    for fraction in (0.2, 0.8):
        anchor = shapely.line_interpolate_point(shapely.line_merge(whole), fraction, normalized=True)
        near = shapely.Point(anchor.x + 10, anchor.y)
        expected = [b["distance_m"] for b in dataset.inspect(near, crs=METRIC_CRS).buffers if b["river"] == "东辽河"]
        got = [b["distance_m"] for b in split.inspect(near, crs=METRIC_CRS).buffers if b["river"] == "东辽河"]
        assert got == expected and got and got[0] <= 10.5
