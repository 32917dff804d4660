"""core/doubts.py: flagged results stored in the user's GeoPackage, listed, exported as GeoPackage
and CSV; the dataset is never written to; bad paths and failed writes leave clear messages and
nothing half-written."""
import csv
import json
import os
import shutil
from datetime import datetime, timedelta, timezone

import pytest
import shapely
from osgeo import ogr

from zoning_plugin.core import doubts as doubts_module
from zoning_plugin.core.doubts import DoubtError, export_doubts, list_doubts, record_doubt

PARCEL = shapely.box(125.13, 42.89, 125.16, 42.91)   # over several units and both rivers
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture(scope="module")
def result(dataset):
    return dataset.inspect(PARCEL)


def test_a_doubt_is_stored_with_geometry_dataset_result_note_time_and_user(tmp_path, dataset, result):
    store = tmp_path / "new folder" / "doubts.gpkg"
    fid = record_doubt(str(store), result, "  单元边界把厂区切成两半  ", "张三", now=WHEN)
    assert sorted(os.listdir(store.parent)) == ["doubts.gpkg"]   # no temporary file left
    [doubt] = list_doubts(str(store))
    assert doubt.fid == fid
    assert doubt.note == "单元边界把厂区切成两半" and doubt.user_name == "张三"
    assert doubt.created == "2026-03-01T09:30:00+08:00"
    assert doubt.dataset_title == dataset.title and doubt.dataset_version == dataset.version
    assert doubt.dataset_path == dataset.path
    assert shapely.equals_exact(doubt.geometry, result.geometry_4490, 1e-9)
    assert [u["code"] for u in doubt.result["units"]] == [u["code"] for u in result.units]
    assert [b["river"] for b in doubt.result["buffers"]] == [b["river"] for b in result.buffers]
    assert doubt.units.split("; ")[0] == f"{result.units[0]['code']} {result.units[0]['name']}"
    # The requirement texts stay in the dataset: ids only.
    assert doubt.result["requirements"] and all(set(r) == {"id", "scope", "triggered"}
                                                for r in doubt.result["requirements"])
    assert result.requirements[0][0].text not in json.dumps(doubt.result, ensure_ascii=False)
    source = ogr.Open(str(store))   # kept: OGR frees a layer with its data source
    assert source.GetLayerByName("doubts").GetSpatialRef().GetAuthorityCode(None) == "4490"


def test_doubts_are_added_and_listed_in_order_and_another_geopackage_gets_a_table(tmp_path, dataset, result):
    store = str(tmp_path / "doubts.gpkg")
    point = dataset.inspect(shapely.Point(125.145, 42.902))
    record_doubt(store, result, "first", "a")
    record_doubt(store, point, "second", "b")
    assert [(d.note, d.geometry.geom_type) for d in list_doubts(store)] == [("first", "Polygon"), ("second", "Point")]
    mine = str(tmp_path / "mine.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(mine)
    source.CreateLayer("parcels", None, ogr.wkbPolygon)
    source = None
    assert list_doubts(mine) == []
    record_doubt(mine, point, "in my own file", "c")
    names = [layer.GetName() for layer in ogr.Open(mine)]
    assert sorted(names) == ["doubts", "parcels"]
    assert [d.note for d in list_doubts(mine)] == ["in my own file"]
    assert list_doubts(str(tmp_path / "none yet.gpkg")) == []


def test_the_dataset_is_never_written_to(tmp_path, dataset, result, english):
    before = os.stat(dataset.path).st_mtime_ns, os.path.getsize(dataset.path)
    with pytest.raises(DoubtError, match="never written"):
        record_doubt(dataset.path, result, "note", "u")
    # Another spelling of the same file, and a copy of a dataset that is the one inspected.
    with pytest.raises(DoubtError, match="never written"):
        record_doubt(os.path.join(os.path.dirname(dataset.path), ".", os.path.basename(dataset.path)),
                     result, "note", "u")
    copy = tmp_path / "zoning.gpkg"
    shutil.copyfile(dataset.path, copy)
    with pytest.raises(DoubtError, match="never written"):
        record_doubt(str(copy), result, "note", "u")   # a zoning dataset, though not this one
    assert [layer.GetName() for layer in ogr.Open(str(copy))].count("doubts") == 0
    store = str(tmp_path / "doubts.gpkg")
    record_doubt(store, result, "note", "u")
    with pytest.raises(DoubtError, match="never written"):
        export_doubts(store, dataset.path, "GPKG")
    with pytest.raises(DoubtError, match="never written"):
        export_doubts(store, store, "GPKG")
    assert (os.stat(dataset.path).st_mtime_ns, os.path.getsize(dataset.path)) == before


def test_export_as_geopackage_and_as_csv_excel_reads(tmp_path, dataset, result):
    store = str(tmp_path / "doubts.gpkg")
    record_doubt(store, result, "边界切开厂区, with a comma\nand a line break", "李四", now=WHEN)
    record_doubt(store, dataset.inspect(shapely.Point(125.145, 42.902)), "second", "王五", now=WHEN)
    target = tmp_path / "to bureau" / "export.gpkg"
    assert export_doubts(store, str(target)) == 2
    exported = list_doubts(str(target))
    assert [(d.note, d.user_name, d.units) for d in exported] == [(d.note, d.user_name, d.units)
                                                                  for d in list_doubts(store)]
    assert exported[0].result == list_doubts(store)[0].result
    table = tmp_path / "export.csv"
    assert export_doubts(store, str(table), "csv") == 2
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")   # the BOM: Excel then reads UTF-8
    with open(table, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["note"] for r in rows] == ["边界切开厂区, with a comma\nand a line break", "second"]
    assert rows[0]["user_name"] == "李四" and rows[0]["dataset_version"] == dataset.version
    assert shapely.from_wkt(rows[1]["geometry_wkt"]).equals_exact(shapely.Point(125.145, 42.902), 1e-7)
    assert json.loads(rows[0]["result_json"])["units"][0]["code"] == result.units[0]["code"]
    # Exporting again replaces the file whole.
    record_doubt(store, result, "third", "u")
    assert export_doubts(store, str(table)) == 3
    assert sorted(os.listdir(tmp_path)) == ["doubts.gpkg", "export.csv", "to bureau"]


def test_bad_paths_and_missing_notes_give_clear_messages(tmp_path, result, english):
    text = tmp_path / "notes.txt"
    text.write_text("not a GeoPackage", encoding="utf-8")
    cases = [(str(tmp_path), "folder"), (str(text), "not a usable GeoPackage"),
             (str(text / "doubts.gpkg"), "not a folder"), ("", "no file path")]
    for path, message in cases:
        with pytest.raises(DoubtError, match=message):
            record_doubt(path, result, "note", "u")
    assert text.read_text(encoding="utf-8") == "not a GeoPackage"
    for note in ("", "   ", None):
        with pytest.raises(DoubtError, match="note is required"):
            record_doubt(str(tmp_path / "d.gpkg"), result, note, "u")
    assert not (tmp_path / "d.gpkg").exists()
    with pytest.raises(DoubtError, match="not a usable GeoPackage"):
        list_doubts(str(text))
    with pytest.raises(DoubtError, match="no doubts to export"):
        export_doubts(str(tmp_path / "empty.gpkg"), str(tmp_path / "out.csv"))
    record_doubt(str(tmp_path / "d.gpkg"), result, "note", "u")
    with pytest.raises(DoubtError, match="unsupported export format"):
        export_doubts(str(tmp_path / "d.gpkg"), str(tmp_path / "out.xlsx"))


def test_a_foreign_doubts_table_is_refused(tmp_path, result, english):
    path = str(tmp_path / "other.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    source.CreateLayer("doubts", None, ogr.wkbPoint).CreateField(ogr.FieldDefn("remark", ogr.OFTString))
    source = None
    with pytest.raises(DoubtError, match="holds something else"):
        record_doubt(path, result, "note", "u")


def test_a_failed_write_leaves_the_stored_doubts_as_they_were(tmp_path, result, monkeypatch):
    store = str(tmp_path / "doubts.gpkg")
    record_doubt(store, result, "kept", "u")
    real_add = doubts_module._add

    def failing_add(layer, row, geometry):
        real_add(layer, row, geometry)   # the row is written, then the write fails
        raise RuntimeError("disk full")
    monkeypatch.setattr(doubts_module, "_add", failing_add)
    with pytest.raises(DoubtError, match="disk full"):
        record_doubt(store, result, "lost", "u")
    with pytest.raises(DoubtError, match="disk full"):
        record_doubt(str(tmp_path / "new.gpkg"), result, "lost", "u")
    monkeypatch.undo()
    assert [d.note for d in list_doubts(store)] == ["kept"]
    assert sorted(os.listdir(tmp_path)) == ["doubts.gpkg"]
