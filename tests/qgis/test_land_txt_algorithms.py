"""zoning:read_land_txt and zoning:write_land_txt through processing.run, and the panel's "Inspect a
coordinate file…" through its real action with the open dialog answered. Files written by the tests."""
import zoning_plugin.core  # noqa: F401, I001  (first: tells PROJ where its data is)
import pyproj
import pytest
import shapely
import shapely.ops
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject
from qgis.PyQt.QtWidgets import QAction, QFileDialog

from zoning_plugin.core import open_dataset
from zoning_plugin.core.importers.land_txt import read_land_txt
from processing_support import Recorder, memory_layer

LON, LAT = 125.145, 42.902                  # in the city, 3-degree zone 42 (CM 126E)
X0, Y0 = pyproj.Transformer.from_crs("EPSG:4490", "EPSG:4551", always_xy=True).transform(LON, LAT)


def square(x, y, size):
    return [(x, y), (x + size, y), (x + size, y + size), (x, y + size)]


def land_file(path, parcels, zone="42", prefix=True, encoding="gbk"):
    """Write a coordinate file: parcels as (id, name, use, [rings of corners]); CRLF."""
    lines = ["[属性描述]", "坐标系=2000国家大地坐标系", "几度分带=3", "投影类型=高斯克吕格", "计量单位=米",
             f"带号={zone}", "[地块坐标]"]
    for parcel_id, name, use, rings in parcels:
        points, n = [], 1
        for ring_number, corners in enumerate(rings, 1):
            for east, north in corners + corners[:1]:
                points.append(f"J{n},{ring_number},{north:.3f},{42e6 + east if prefix else east:.3f}")
                n += 1
        lines.append(f"{len(points)},0.5,{parcel_id},{name},面,,{use},0601,@")
        lines += points
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return str(path)


TWO_PARCELS = [("D1", "一号地块", "工业用地", [square(X0, Y0, 300), square(X0 + 100, Y0 + 100, 100)]),
               ("D2", "二号地块", "住宅用地", [square(X0 + 1000, Y0, 50)])]


def run(name, feedback=None, **parameters):
    from qgis import processing
    return processing.run(f"zoning:{name}", parameters, feedback=feedback or Recorder())


def polygon_layer(rows, crs="EPSG:4490", fields="DKBH:string,DKMC:string,DKYT:string,TFH:string,DLBM:string"):
    return memory_layer(rows, "MultiPolygon", crs, fields, "parcels")


def lonlat_square(dx_deg, size_deg=0.002):
    return shapely.Polygon(square(LON + dx_deg, LAT, size_deg)).wkt


# --- the algorithms -----------------------------------------------------------------------------
def test_the_provider_lists_both_algorithms(zoning_provider):
    registry = QgsApplication.processingRegistry()
    read, write = registry.algorithmById("zoning:read_land_txt"), registry.algorithmById("zoning:write_land_txt")
    assert read is not None and write is not None
    assert read.displayName() == "Read a land-boundary coordinate file (坐标TXT)"
    assert (write.group(), write.groupId()) == ("Data preparation", "preparation")
    assert [p.name() for p in read.parameterDefinitions()] == ["INPUT", "OUTPUT"]
    assert [p.name() for p in write.parameterDefinitions()] == [
        "INPUT", "ID_FIELD", "NAME_FIELD", "USE_FIELD", "ZONE_PREFIX", "ZONE_WIDTH", "ENCODING", "OUTPUT"]
    for algorithm in (read, write):
        assert "辽源" not in algorithm.shortHelpString() and "[地块坐标]" in algorithm.shortHelpString()


def test_read_gives_one_feature_per_parcel_in_the_files_crs(zoning_provider, tmp_path):
    path = land_file(tmp_path / "地块.txt", TWO_PARCELS)
    feedback = Recorder()
    layer = run("read_land_txt", feedback, INPUT=path, OUTPUT="memory:")["OUTPUT"]
    assert layer.crs().authid() == "EPSG:4530" and layer.featureCount() == 2
    features = {f["DKBH"]: f for f in layer.getFeatures()}
    first = features["D1"]
    assert (first["DKMC"], first["DKYT"], first["DLBM"], first["JZDS"], first["DKMJ"]) == (
        "一号地块", "工业用地", "0601", 10, 0.5)
    assert first["area_m2"] == pytest.approx(300 ** 2 - 100 ** 2, abs=0.01)
    assert first.geometry().area() == pytest.approx(300 ** 2 - 100 ** 2, abs=0.01)   # the hole is a hole
    assert features["D2"].geometry().area() == pytest.approx(2500, abs=0.01)
    assert "2 parcel(s) in 地块.txt; coordinate system EPSG:4530" in feedback.infos[0]
    assert "zone 42 of the 3-degree zones, encoding gbk" in feedback.infos[0]


def test_read_refuses_a_bad_file_with_its_reason(zoning_provider, tmp_path):
    path = tmp_path / "bad.txt"
    land_file(path, TWO_PARCELS, zone="41")
    with pytest.raises(QgsProcessingException, match=r"cannot be read: zone 41 disagrees with the coordinates, which are in zone 42"):
        run("read_land_txt", INPUT=str(path), OUTPUT="memory:")
    text = path.read_bytes().decode("gbk").replace("[地块坐标]", "[坐标]")
    path.write_bytes(text.encode("gbk"))
    with pytest.raises(QgsProcessingException, match=r"no \[地块坐标\] section"):
        run("read_land_txt", INPUT=str(path), OUTPUT="memory:")


def test_write_takes_the_zone_of_the_centre_and_the_guessed_fields(zoning_provider, tmp_path):
    layer = polygon_layer([(lonlat_square(0), "A1", "甲", "工业用地", "K51", "0601"),
                           (lonlat_square(0.01), "A2", "乙", "住宅用地", None, "0701")])
    target = tmp_path / "out.txt"
    feedback = Recorder()
    result = run("write_land_txt", feedback, INPUT=layer, OUTPUT=str(target))
    assert result["OUTPUT"] == str(target)
    data = target.read_bytes()
    assert "甲".encode("gbk") in data and b"\r\n" in data
    land = read_land_txt(str(target))
    assert (land.crs, [p.label for p in land.parcels]) == ("EPSG:4530", ["A1", "A2"])
    assert land.parcels[0].attributes["地块用途"] == "工业用地" and land.parcels[0].attributes["图幅号"] == "K51"
    expected = shapely.ops.transform(
        pyproj.Transformer.from_crs("EPSG:4490", "EPSG:4530", always_xy=True).transform,
        shapely.from_wkt(lonlat_square(0)))
    assert shapely.hausdorff_distance(land.parcels[0].geometry, expected) < 0.001
    log = "\n".join(feedback.infos)
    assert "地块编号 from the field “DKBH”" in log and "2 parcel(s) written to" in log and "EPSG:4530" in log


def test_write_selected_features_with_chosen_fields_without_prefix_in_utf8(zoning_provider, tmp_path):
    layer = polygon_layer([(lonlat_square(0), "1", "x", "a"), (lonlat_square(0.01), "2", "y", "b")],
                          fields="code:string,label:string,kind:string")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([next(layer.getFeatures()).id()])
        target = tmp_path / "out.txt"
        run("write_land_txt", INPUT=QgsProcessingFeatureSourceDefinition(layer.id(), True), ID_FIELD="label",
            NAME_FIELD="code", USE_FIELD="kind", ZONE_PREFIX=False, ENCODING=1, OUTPUT=str(target))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    land = read_land_txt(str(target))
    assert (land.crs, land.encoding, land.prefixed) == ("EPSG:4551", "utf-8", False)
    (parcel,) = land.parcels
    assert (parcel.attributes["地块编号"], parcel.attributes["地块名称"], parcel.attributes["地块用途"]) == ("x", "1", "a")


def test_write_numbers_parcels_without_an_id_field_and_leaves_out_features_without_polygon(zoning_provider, tmp_path):
    layer = polygon_layer([(lonlat_square(0), "甲"), (None, "空"), (lonlat_square(0.01), "乙")], fields="DKMC:string")
    feedback = Recorder()
    target = tmp_path / "out.txt"
    run("write_land_txt", feedback, INPUT=layer, ZONE_WIDTH=2, OUTPUT=str(target))
    land = read_land_txt(str(target))
    assert (land.crs, [p.label for p in land.parcels]) == ("EPSG:4499", ["1", "2"])
    assert [p.attributes["地块名称"] for p in land.parcels] == ["甲", "乙"]
    assert len(feedback.errors) == 1 and "has no polygon; left out" in feedback.errors[0]


def test_write_refuses_bad_input_and_keeps_the_old_file(zoning_provider, tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    layer = polygon_layer([(lonlat_square(0), "A", "😀", None, None, None)])
    with pytest.raises(QgsProcessingException, match=r"cannot be written: .*cannot be written in GBK: choose UTF-8"):
        run("write_land_txt", INPUT=layer, OUTPUT=str(target))
    with pytest.raises(QgsProcessingException, match=r"No parcel to write"):
        run("write_land_txt", INPUT=polygon_layer([(None, "A", "b", None, None, None)]), OUTPUT=str(target))
    with pytest.raises(QgsProcessingException, match=r"has no field “nope”"):
        run("write_land_txt", INPUT=layer, ID_FIELD="nope", OUTPUT=str(target))
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_read_then_write_gives_the_same_parcels(zoning_provider, tmp_path):
    path = land_file(tmp_path / "in.txt", TWO_PARCELS)
    layer = run("read_land_txt", INPUT=path, OUTPUT="memory:")["OUTPUT"]
    target = tmp_path / "again.txt"
    run("write_land_txt", INPUT=layer, OUTPUT=str(target))
    before, after = read_land_txt(path), read_land_txt(str(target))
    assert after.crs == before.crs
    for a, b in zip(before.parcels, after.parcels):
        assert (b.label, b.attributes["地块用途"], b.attributes["地类编码"]) == (a.label, a.attributes["地块用途"], "0601")
        assert shapely.hausdorff_distance(a.geometry, b.geometry) <= 0.001


# --- the panel ----------------------------------------------------------------------------------
def open_dialog_answers(monkeypatch, path):
    """The user picks `path` in the open dialog (patched: a native dialog cannot be driven)."""
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return path, "Coordinate files (*.txt *.TXT)"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return asked


def land_action(plugin):
    found = plugin.iface.mainWindow().findChild(QAction, "zoning_inspect_land_txt")
    assert found is not None and found in plugin.dock.toolbar.actions()
    return found


def test_the_panel_inspects_all_parcels_of_a_file_together(plugin, tmp_path, monkeypatch):
    parcels = [("D1", "一号地块", "工业用地", [square(X0 - 10, Y0 - 10, 20)]),
               ("D2", "二号地块", "工业用地", [square(X0 + 20, Y0 - 10, 20)])]
    path = land_file(tmp_path / "项目坐标.txt", parcels)
    asked = open_dialog_answers(monkeypatch, path)
    land_action(plugin).trigger()
    assert len(asked) == 1
    entry = plugin.dock.current
    assert entry is not None and entry.title == "项目坐标.txt: 2 parcel(s)"
    expected = [u["code"] for u in open_dataset().inspect(shapely.Point(LON, LAT), crs="EPSG:4490").units]
    assert expected and [u["code"] for u in entry.result.units] == expected
    assert sum(u["overlap_m2"] for u in entry.result.units) == pytest.approx(800, rel=1e-3)
    rows = dict(entry.extra_rows)
    assert rows["File"] == path and rows["Coordinate system"].startswith("EPSG:4530") and rows["Parcels"] == "D1, D2"
    assert "项目坐标.txt" in plugin.dock.browser.toPlainText()


def test_the_panel_says_why_a_file_cannot_be_read_and_cancel_does_nothing(plugin, tmp_path, monkeypatch,
                                                                          iface_recorder):
    open_dialog_answers(monkeypatch, "")
    land_action(plugin).trigger()
    assert plugin.dock.current is None and iface_recorder.messages == []
    path = tmp_path / "bad.txt"
    land_file(path, TWO_PARCELS)
    path.write_bytes(path.read_bytes().replace(b"J1,1,", b"J1,1,x", 1))
    open_dialog_answers(monkeypatch, str(path))
    land_action(plugin).trigger()
    assert plugin.dock.current is None
    (message,) = [m for m in iface_recorder.messages if "cannot be read" in str(m)]
    assert "line 9: X is not a number" in message[1]
