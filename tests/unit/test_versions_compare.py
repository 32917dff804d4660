"""compare_datasets on the sample and the second version derived from it (versions_sample.py):
every change type counted, the areas moved checked against an independent computation (the two
files read with OGR, projected with pyproj, differenced with shapely), the lists' edits found with
their diffs, the buffer and the rule found."""
import json

import numpy

import pytest
import shapely
from osgeo import ogr
from pyproj import Transformer

import versions_sample as sample
from zoning_plugin.core.dataset.reader import Dataset
from zoning_plugin.core.versions import compare as core
from zoning_plugin.core.versions import lists, text_diff


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("versions")
    return sample.old_version(folder / "old.gpkg"), sample.new_version(folder / "new.gpkg")


@pytest.fixture(scope="module")
def comparison(versions):
    return core.compare_datasets(Dataset(versions[0]), Dataset(versions[1]))


def units_of(path, metric_crs):
    """{unit code: (record, metric geometry)} read straight from the file, not through Dataset. An
    edge is straight in EPSG:4490, the storage CRS (docs/dataset-schema.md): it is cut into pieces
    of at most 0.0005° (about 50 m) there before it is projected."""
    to_metric = Transformer.from_crs("EPSG:4490", metric_crs, always_xy=True)
    datasource = ogr.Open(str(path))
    found = {}
    for feature in datasource.GetLayerByName("control_units"):
        geometry = shapely.segmentize(shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToIsoWkb())), 0.0005)
        found[feature.GetField("unit_code")] = (
            {"name": feature.GetField("unit_name"), "class": feature.GetField("unit_class")},
            shapely.transform(geometry, lambda xy: numpy.column_stack(to_metric.transform(xy[:, 0], xy[:, 1]))))
    return found


def test_every_change_type_is_counted_on_the_derived_version(comparison):
    assert comparison.counts() == {core.ADDED: 1, core.REMOVED: 0, core.RECLASSIFIED: 1, core.RENAMED: 1,
                                   core.RECODED: 1, core.BOUNDARY: 3}
    by_code = {u.code: u for u in comparison.changed_units}
    code, before, after = sample.EDITS["reclassified"]
    assert by_code[code].changes == (core.RECLASSIFIED,)
    assert (by_code[code].old["unit_class"], by_code[code].new["unit_class"]) == (before, after)
    old_code, new_code = sample.EDITS["recoded"]
    recoded = by_code[new_code]
    assert recoded.changes == (core.RECODED,) and recoded.matched_by == core.BY_OVERLAP
    assert recoded.old["unit_code"] == old_code
    code, name = sample.EDITS["renamed"]
    assert by_code[code].changes == (core.RENAMED,) and by_code[code].new["unit_name"] == name
    kept, split_off, _name = sample.EDITS["split"]
    assert by_code[kept].changes == (core.BOUNDARY,) and by_code[split_off].changes == (core.ADDED,)
    assert list(by_code[split_off].moved_from) == [kept] and list(by_code[kept].moved_to) == [split_off]
    loser, gainer = sample.EDITS["moved"]
    assert by_code[loser].changes == by_code[gainer].changes == (core.BOUNDARY,)
    assert list(by_code[loser].moved_to) == [gainer] and list(by_code[gainer].moved_from) == [loser]
    # Every other unit is unchanged: no boundary noise from reading the same geometry twice.
    assert len(comparison.changed_units) == 7
    assert len(comparison.units) == 62


def test_the_areas_moved_match_an_independent_computation(comparison, versions):
    old = units_of(versions[0], comparison.metric_crs)
    new = units_of(versions[1], comparison.metric_crs)
    old_code, new_code = sample.EDITS["recoded"]
    old[new_code] = old.pop(old_code)        # the one unit matched by overlap
    for change in comparison.changed_units:
        code = change.code
        before = old[code][1] if code in old else shapely.Polygon()
        after = new[code][1] if code in new else shapely.Polygon()
        moved_in, moved_out = after.difference(before).area, before.difference(after).area
        assert change.moved_in_m2 == pytest.approx(moved_in, rel=1e-4, abs=5.0), code
        assert change.moved_out_m2 == pytest.approx(moved_out, rel=1e-4, abs=5.0), code
    loser, gainer = sample.EDITS["moved"]
    moved = {u.code: u for u in comparison.changed_units}
    # A few hundred metres along a shared edge of kilometres: between 0.5 and 5 km².
    assert 5e5 < moved[gainer].moved_in_m2 < 5e6
    # The units tile the city on both sides: what moves in anywhere moved out somewhere.
    total_in = sum(u.moved_in_m2 for u in comparison.units)
    total_out = sum(u.moved_out_m2 for u in comparison.units)
    assert total_in == pytest.approx(total_out, rel=1e-6)


def test_the_lists_edits_are_found_in_their_lists_with_their_diffs(comparison):
    assert comparison.item_counts() == {lists.ITEM_ADDED: 6, lists.ITEM_REMOVED: 1, lists.ITEM_REWORDED: 2,
                                        lists.ITEM_MOVED: 0}
    items = {(i.old or i.new).req_id: (change, i) for change in comparison.lists for i in change.items}
    for req_id, (old, new) in sample.EDITS["reworded"].items():
        change, item = items[req_id]
        assert item.kind == lists.ITEM_REWORDED
        assert text_diff.new_text(item.pieces) == item.new.text and text_diff.old_text(item.pieces) == item.old.text
        assert old in item.old.text and new in item.new.text
    change, item = items["C-220400-02"]
    assert change.tier == "1" and change.title == "辽源市总体管控要求"
    assert (text_diff.DELETE, "35") in item.pieces           # a number changes whole, not digit by digit
    req_id, basin, _dimension, text = sample.EDITS["added"]
    change, item = items[req_id]
    assert item.kind == lists.ITEM_ADDED and item.new.text == text and change.tier == "2" and change.title == "松花江流域"
    change, item = items[sample.EDITS["removed"]]
    assert item.kind == lists.ITEM_REMOVED and change.tier == "N"
    # The later items of that list were renumbered: paired by text, they are not changes.
    assert change.unchanged == 5
    # The recoded unit's list followed its code: nothing changed in it.
    assert not any(c.scope_ref == sample.EDITS["recoded"][1] for c in comparison.lists)
    # The split-off unit's list is new, item by item.
    split_off = sample.EDITS["split"][1]
    assert {i.kind for c in comparison.lists if c.scope_ref == split_off for i in c.items} == {lists.ITEM_ADDED}
    # 1+2+N order.
    assert [c.tier for c in comparison.lists] == sorted(c.tier for c in comparison.lists)


def test_buffers_rules_and_basins(comparison):
    river, before, after = sample.EDITS["buffer"]
    (buffer,) = comparison.buffers
    assert buffer.key == river and buffer.fields == {"buffer_m": (before, after)}
    assert buffer.moved_in_m2 > 0 and buffer.moved_out_m2 == pytest.approx(0, abs=5)
    assert buffer.area_new_m2 - buffer.area_old_m2 == pytest.approx(buffer.moved_in_m2, rel=1e-3)
    (rule,) = comparison.rules
    assert (rule.rule_id, rule.kind, rule.title) == (sample.EDITS["rule"][0], "added", sample.EDITS["rule"][1])
    assert comparison.basins == [] and comparison.notes == []


def test_the_json_names_both_versions_and_says_sample(comparison):
    data = json.loads(json.dumps(comparison.to_json(), ensure_ascii=False))
    assert (data["before"]["version"], data["after"]["version"]) == (sample.OLD_VERSION, sample.NEW_VERSION)
    assert data["before"]["end_date"] == sample.NEW_EFFECTIVE and data["after"]["effective_date"] == sample.NEW_EFFECTIVE
    assert data["before"]["sample"] is True and data["after"]["sample"] is True
    assert data["counts"]["units"][core.BOUNDARY] == 3 and len(data["units"]) == 7
    assert data["units"][0]["change_labels"]


def test_a_version_compared_with_itself_has_no_change(versions):
    dataset = Dataset(versions[1])
    same = core.compare_datasets(dataset, Dataset(versions[1]))
    assert same.changed_units == [] and same.lists == [] and same.buffers == [] and same.rules == []
    assert set(same.counts().values()) == {0}


def test_a_removed_unit_and_its_list(versions):
    """The comparison run backwards: the split-off unit is removed, its list with it."""
    backwards = core.compare_datasets(Dataset(versions[1]), Dataset(versions[0]))
    assert backwards.counts()[core.REMOVED] == 1 and backwards.counts()[core.ADDED] == 0
    split_off = sample.EDITS["split"][1]
    (removed,) = [u for u in backwards.units if core.REMOVED in u.changes]
    assert removed.code == split_off and removed.new is None
    assert removed.moved_to == {sample.EDITS["split"][0]: pytest.approx(removed.moved_out_m2, rel=1e-6)}
    assert backwards.item_counts()[lists.ITEM_REMOVED] == 6
