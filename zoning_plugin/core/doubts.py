"""Doubtful results a user flags ("this result looks wrong"), kept in a GeoPackage of the user's own
(never the zoning dataset) to send to the bureau: the inspected geometry (EPSG:4490), the dataset's
title, version and path, the result without the requirement texts, the note, the time and the user.

Every write is all or nothing: a new file and an export go through core/outputs.py (written aside,
checked, flushed and renamed; never onto a dataset); a row is added to an existing file inside a
transaction."""
import csv
import io
import json
import os
from dataclasses import dataclass
from datetime import datetime

import shapely

from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.outputs import Guard, OutputError, as_text_cell, write_text, write_with
from zoning_plugin.core.messages import say

TABLE = "doubts"
# (field, OGR type name); the order of the CSV columns after `fid`.
FIELDS = (("created", "String"), ("user_name", "String"), ("note", "String"), ("units", "String"),
          ("buffers", "String"), ("dataset_title", "String"), ("dataset_version", "String"),
          ("dataset_path", "String"), ("result_json", "String"))
FORMATS = ("GPKG", "CSV")


class DoubtError(ZoningError):
    """A doubts file that cannot be used, or a missing note."""


@dataclass
class Doubt:
    fid: int
    created: str           # ISO 8601 with the local offset
    user_name: str
    note: str
    units: str             # "code name; code name", largest first
    buffers: str           # "river width m; …"
    dataset_title: str
    dataset_version: str
    dataset_path: str
    result: dict           # result.to_dict() without the requirement texts
    geometry: object       # shapely, EPSG:4490 (None if the row lost it)


def _ogr():
    from osgeo import ogr, osr  # GDAL ships with every QGIS; late import keeps core imports light
    ogr.UseExceptions()
    osr.UseExceptions()
    return ogr, osr


def _why(error):
    return " ".join(str(getattr(error, "strerror", None) or error).split())


def _same_file(a, b):
    if not a or not b:
        return False
    if os.path.exists(a) and os.path.exists(b):
        return os.path.samefile(a, b)
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _check_path(path, refused=()):
    """A usable file path: not a folder, not one of the `refused` (dataset) files."""
    if not path or not str(path).strip():
        raise DoubtError(say("没有指定文件路径", "no file path given"))
    path = os.path.abspath(str(path))
    if os.path.isdir(path):
        raise DoubtError(say(f"路径是文件夹，不是文件：{path}", f"the path is a folder, not a file: {path}"))
    for dataset in refused:
        if _same_file(path, dataset):
            raise DoubtError(say(f"不能写入分区管控数据集：{path}", f"the zoning dataset is never written to: {path}"))
    return path


def _folder_of(path):
    folder = os.path.dirname(path)
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise DoubtError(say(f"{folder} 不是文件夹：{path}", f"{folder} is not a folder: {path}"))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        raise DoubtError(say(f"无法创建文件夹 {folder}：{_why(error)}", f"cannot create the folder {folder}: {_why(error)}")) from None
    return folder


def trimmed_result(result):
    """result.to_dict() with the requirements cut down to their ids (the texts are in the dataset)."""
    data = result.to_dict()
    data["requirements"] = [{"id": r["id"], "scope": r["scope"], "triggered": r["triggered"]}
                            for r in data["requirements"]]
    return data


def _row(result, note, user, created):
    data = trimmed_result(result)
    info = result.dataset
    units = "; ".join(f"{u['code']} {u['name']}" for u in data["units"])
    buffers = "; ".join(f"{b['river']} {b['width_m']:g} m" for b in data["buffers"])
    return {"created": created, "user_name": user or "", "note": note, "units": units, "buffers": buffers,
            "dataset_title": str(info.get("title", "")), "dataset_version": str(info.get("version", "")),
            "dataset_path": str(info.get("path", "")), "result_json": json.dumps(data, ensure_ascii=False)}


def _create_layer(datasource):
    ogr, osr = _ogr()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = datasource.CreateLayer(TABLE, srs, ogr.wkbUnknown, ["FID=fid", "GEOMETRY_NAME=geom"])
    for name, kind in FIELDS:
        layer.CreateField(ogr.FieldDefn(name, getattr(ogr, f"OFT{kind}")))
    return layer


def _add(layer, row, geometry):
    ogr, _osr = _ogr()
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, _kind in FIELDS:
        feature.SetField(name, row[name])
    if geometry is not None and not geometry.is_empty:
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
    layer.CreateFeature(feature)
    return feature.GetFID()


def _guard(refused):
    """The output guard of a doubts write: the first refused file as the dataset, the rest as inputs."""
    refused = [r for r in refused if r]
    return Guard(inputs=refused[1:], dataset=refused[0] if refused else None)


def _write_new(path, rows, refused=()):
    """A new GeoPackage at `path` holding `rows` [(row, geometry)], through core/outputs.py."""
    ogr, _osr = _ogr()
    _folder_of(path)
    fids = []

    def write(temporary):
        datasource = ogr.GetDriverByName("GPKG").CreateDataSource(temporary)
        try:
            layer = _create_layer(datasource)
            datasource.StartTransaction()
            fids.extend(_add(layer, row, geometry) for row, geometry in rows)
            datasource.CommitTransaction()
        finally:
            layer = datasource = None   # closes the file before it is checked and renamed
    try:
        write_with(path, write, _guard(refused))
    except RuntimeError as error:
        raise DoubtError(say(f"无法写入 {path}：{_why(error)}", f"cannot write {path}: {_why(error)}")) from None
    except OutputError as error:
        raise DoubtError(str(error)) from None
    return fids


def _open(path, update):
    """The OGR GeoPackage at `path` (DoubtError for any other kind of file) and its doubts layer or None."""
    from osgeo import gdal
    _ogr()
    gdal.UseExceptions()
    try:
        datasource = gdal.OpenEx(path, (gdal.OF_UPDATE if update else 0) | gdal.OF_VECTOR, allowed_drivers=["GPKG"])
    except RuntimeError as error:
        datasource = None
        reason = _why(error)
    else:
        reason = ""
    if datasource is None:
        raise DoubtError(say(f"不是可用的 GeoPackage {path}：{reason or 'GDAL cannot open it'}",
                             f"not a usable GeoPackage {path}: {reason or 'GDAL cannot open it'}"))
    if update and all(datasource.GetLayerByName(name) is not None for name in ("control_units", "dataset_meta")):
        raise DoubtError(say(f"这是分区管控数据集，不能写入存疑记录：{path}", f"a zoning dataset is never written to: {path}"))
    layer = datasource.GetLayerByName(TABLE)
    if layer is not None:
        defn = layer.GetLayerDefn()
        present = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
        missing = [name for name, _kind in FIELDS if name not in present]
        if missing:
            raise DoubtError(say(f"{path} 的 {TABLE} 表不是存疑记录表，缺少字段 {'、'.join(missing)}",
                                 f"the table {TABLE} of {path} holds something else than doubts: it lacks the "
                                 f"fields {', '.join(missing)}"))
    return datasource, layer


def record_doubt(path, result, note, user, now=None):
    """Store a doubt about `result` (an InspectResult) with the user's `note` (required) in the
    GeoPackage `path` (made when missing, with its folders; another GeoPackage of the user's gets a
    `doubts` table). Never the dataset's own file. Returns the row's fid."""
    note = str(note or "").strip()
    if not note:
        raise DoubtError(say("请写明为什么存疑", "a note is required"))
    path = _check_path(path, (result.dataset.get("path"), SAMPLE_DATASET_PATH))
    created = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    row = _row(result, note, user, created)
    if not os.path.exists(path):
        return _write_new(path, [(row, result.geometry_4490)], (result.dataset.get("path"), SAMPLE_DATASET_PATH))[0]
    datasource, layer = _open(path, update=True)
    try:
        datasource.StartTransaction()
        if layer is None:
            layer = _create_layer(datasource)
        fid = _add(layer, row, result.geometry_4490)
        datasource.CommitTransaction()
    except RuntimeError as error:
        try:
            datasource.RollbackTransaction()
        except RuntimeError:
            pass
        raise DoubtError(say(f"无法写入 {path}：{_why(error)}", f"cannot write {path}: {_why(error)}")) from None
    finally:
        layer = datasource = None
    return fid


def list_doubts(path):
    """The doubts stored in `path`, oldest first; [] when the file or its table does not exist yet."""
    path = _check_path(path)
    if not os.path.exists(path):
        return []
    datasource, layer = _open(path, update=False)
    if layer is None:
        return []
    doubts = []
    layer.ResetReading()
    for feature in layer:
        values = {name: feature.GetField(name) or "" for name, _kind in FIELDS}
        try:
            result = json.loads(values.pop("result_json") or "{}")
        except ValueError:
            result = {}
        reference = feature.GetGeometryRef()
        geometry = shapely.from_wkb(bytes(reference.ExportToIsoWkb())) if reference is not None else None
        doubts.append(Doubt(fid=feature.GetFID(), result=result, geometry=geometry, **values))
    del layer, datasource     # released here, the layer first: OGR closes the file
    return sorted(doubts, key=lambda d: d.fid)


def format_of(target, format=None):
    """'GPKG' or 'CSV': `format` when given, else from the target's extension."""
    chosen = (format or os.path.splitext(str(target))[1].lstrip(".")).upper()
    chosen = {"GEOPACKAGE": "GPKG"}.get(chosen, chosen)
    if chosen not in FORMATS:
        raise DoubtError(say(f"不支持的导出格式：{format or target}；GPKG，CSV", f"unsupported export format: {format or target}; GPKG, CSV"))
    return chosen


def export_doubts(path, target, format=None, dataset_path=None):
    """Write every doubt of `path` to `target` as a GeoPackage or as CSV (UTF-8 with BOM, so Excel
    reads the Chinese; the geometry as WKT), replacing `target` at once. Refuses the doubts file
    itself and the datasets (`dataset_path`, the doubts' own, the sample). Returns the count."""
    chosen = format_of(target, format)
    doubts = list_doubts(path)
    if not doubts:
        raise DoubtError(say(f"没有可导出的存疑记录：{path}", f"no doubts to export: {path}"))
    refused = {os.path.abspath(path), dataset_path, SAMPLE_DATASET_PATH, *(d.dataset_path for d in doubts)}
    refused = [dataset_path, SAMPLE_DATASET_PATH, os.path.abspath(path), *(d.dataset_path for d in doubts)]
    target = _check_path(target, [r for r in refused if r])
    rows = [({name: getattr(d, name) if name != "result_json" else json.dumps(d.result, ensure_ascii=False)
              for name, _kind in FIELDS}, d.geometry) for d in doubts]
    if chosen == "GPKG":
        _write_new(target, rows, refused)
    else:
        _write_csv(target, doubts, rows, refused)
    return len(doubts)


def _write_csv(target, doubts, rows, refused=()):
    _folder_of(target)
    stream = io.StringIO(newline="")
    writer = csv.writer(stream)
    writer.writerow(["fid"] + [name for name, _kind in FIELDS] + ["geometry_wkt"])
    for doubt, (row, geometry) in zip(doubts, rows):
        wkt = shapely.to_wkt(geometry, rounding_precision=8) if geometry is not None else ""
        writer.writerow([doubt.fid] + [as_text_cell(row[name]) for name, _kind in FIELDS] + [wkt])
    try:
        write_text(target, stream.getvalue(), _guard(refused), encoding="utf-8-sig")
    except OutputError as error:
        raise DoubtError(str(error)) from None
