"""The requirement_notes table (issue 15 §2): read from the dataset, shown under the item (or the
dimension) it annotates in the text and HTML renderers; optional, so an older dataset without it
still opens; a bad row is left out and said so."""
import shutil

import shapely

from zoning_plugin.core import open_dataset
from zoning_plugin.core.dataset.reader import NOTES_TABLE, SAMPLE_DATASET_PATH, Dataset
from zoning_plugin.core.renderers.inspect import render_html

CENTRAL = shapely.box(125.13, 42.89, 125.16, 42.91)


def _ogr():
    from osgeo import ogr
    ogr.UseExceptions()
    return ogr


def copy_without_notes(tmp_path):
    path = tmp_path / "old.gpkg"
    shutil.copyfile(SAMPLE_DATASET_PATH, path)
    source = _ogr().Open(str(path), 1)
    index = next(i for i in range(source.GetLayerCount()) if source.GetLayerByIndex(i).GetName() == NOTES_TABLE)
    source.DeleteLayer(index)
    source = None
    return path


def test_the_sample_holds_the_pm25_boiler_and_dimension_notes():
    ds = open_dataset()
    pm25 = next(r for r in ds.requirements if "PM2.5" in r.text and r.scope == "city")
    boiler = next(r for r in ds.requirements if "燃煤锅炉" in r.text and r.scope == "city")
    assert [n["kind"] for n in ds.requirement_notes[pm25.req_id]] == ["disagreement"]
    text = ds.requirement_notes[pm25.req_id][0]["text"]
    assert "35微克/立方米" in pm25.text and "28微克/立方米以下" in text and "39μg/m3" in text
    assert "001 第183行" in text and "001 第45行" in text
    kinds = {n["kind"]: n for n in ds.requirement_notes[boiler.req_id]}
    assert "原则上不再新建" in kinds["disagreement"]["text"] and "65蒸吨/小时以上" in kinds["disagreement"]["text"]
    assert "民法典" in kinds["reading"]["source"] and "含本数" in kinds["reading"]["text"]
    dimension = ds.requirement_notes["dimension:资源利用效率"][0]["text"]
    assert "资源利用要求" in dimension and "资源开发利用效率" in dimension and "002 第15行" in dimension


def test_the_text_and_html_show_each_note_after_its_item():
    ds = open_dataset()
    result = ds.inspect(CENTRAL)
    for rendered in (result.to_text(), render_html(result)):
        for key, notes in ds.requirement_notes.items():
            if key.startswith("dimension:"):
                continue
            requirement = next(r for r in ds.requirements if r.req_id == key)
            for note in notes:
                assert rendered.index(note["text"]) > rendered.index(requirement.text)
        assert "资源开发利用效率" in rendered and "距离从河道中心线量起" in rendered
    data = result.to_dict()
    assert any(r["notes"] for r in data["requirements"]) and "资源利用效率" in data["dimension_notes"]


def test_an_older_dataset_without_the_notes_table_still_opens_and_inspects(tmp_path):
    old = Dataset(str(copy_without_notes(tmp_path)))
    assert old.requirement_notes == {} and not old.problems
    result = old.inspect(CENTRAL)
    assert result.requirements and "【来源之间的分歧】" not in result.to_text()
    assert "来源之间的分歧" not in render_html(result)


def test_a_note_of_an_unknown_kind_or_on_nothing_known_is_left_out_and_said_so(tmp_path):
    path = copy_without_notes(tmp_path)
    source = _ogr().Open(str(path), 1)
    layer = source.CreateLayer(NOTES_TABLE, geom_type=_ogr().wkbNone)
    for name in ("req_id", "kind", "text", "source"):
        layer.CreateField(_ogr().FieldDefn(name, _ogr().OFTString))
    for req_id, kind in (("C-220400-02", "disagreement"), ("C-220400-02", "rumour"), ("NO-SUCH-ID", "reading"),
                         ("dimension:资源利用要求", "reading")):
        feature = _ogr().Feature(layer.GetLayerDefn())
        for name, value in (("req_id", req_id), ("kind", kind), ("text", f"{kind} 说明"), ("source", "x")):
            feature.SetField(name, value)
        layer.CreateFeature(feature)
    source = None
    ds = Dataset(str(path))
    assert [n["kind"] for n in ds.requirement_notes["C-220400-02"]] == ["disagreement"]
    assert set(ds.requirement_notes) == {"C-220400-02"}
    for left_out in ("rumour", "NO-SUCH-ID", "dimension:资源利用要求"):
        assert any("requirement_notes" in p and left_out in p for p in ds.problems), left_out
