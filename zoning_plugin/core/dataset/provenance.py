"""The provenance record of everything that leaves the plugin: which dataset (title, version), its
effective date and what that date is, whether it is sample data, the plugin's version, when the
output was made and, for verdicts, the advisory notice. One function builds it (provenance()); the
views render it: text lines (CLI, a sidecar beside a CSV), an HTML block (the panel export, the
conformity report, the field PDF) and a table inside a GeoPackage (write_gpkg()).

What the effective date is comes from the dataset (meta `effective_date_note`), never from here: the
sample's 2025-01-26 is the issue date of the implementation plan (002) and 附件4 itself is undated, and
the sample says so. A dataset that does not say is shown as not saying."""
import contextlib
import datetime
import html
import os
import sqlite3
import urllib.parse
from dataclasses import dataclass
from zoning_plugin.core.messages import colon, listing, say
from zoning_plugin.core.resource_paths import METADATA_TXT
from zoning_plugin.core.versions.in_force import label as in_force_label

TABLE = "zoning_provenance"
KEYS = ("dataset", "version", "effective_date", "effective_date_note", "sample", "plugin_version", "run_time",
        "advisory")
IN_FORCE_KEY = "in_force"    # only when the version was chosen by a date (issue 20 §3)


def no_date():
    return say("数据集未给出生效日期", "the dataset gives no effective date")


def no_date_note():
    return say("数据集未说明此日期为何日期", "the dataset does not say what this date is")


def default_sample():
    return say("示例数据，非官方成果", "sample data, not the official delineation")


def not_sample():
    return say("否：数据集未标为示例数据", "no: the dataset is not marked as sample data")


def labels():
    """The label of each entry, in the current language."""
    return {
        "dataset": say("数据集", "dataset"),
        "version": say("数据集版本", "dataset version"),
        "effective_date": say("生效日期", "effective date"),
        "effective_date_note": say("生效日期说明", "what the date is"),
        "sample": say("示例数据", "sample data"),
        "plugin_version": say("插件版本", "plugin version"),
        "run_time": say("生成时间", "made at"),
        "advisory": say("提示", "advisory notice"),
        IN_FORCE_KEY: in_force_label(),
    }


@dataclass(frozen=True)
class Entry:
    key: str
    label: str
    value: str


def plugin_version(path=METADATA_TXT):
    """The `version=` of the plugin's metadata.txt ('' when it cannot be read)."""
    try:
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                key, _, value = line.partition("=")
                if key.strip() == "version":
                    return value.strip()
    except OSError:
        pass
    return ""


def now_text(moment=None):
    """A run time as the outputs show it: local time with its UTC offset, to the second."""
    moment = moment or datetime.datetime.now().astimezone()
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(sep=" ", timespec="seconds")


def provenance(info, verdicts=True, run_time=None):
    """[Entry] for a Dataset.info() (or an InspectResult's dataset dict). `verdicts`: the output
    carries verdicts or flags, so the advisory notice is part of it. `run_time`: a datetime or text
    (default now). An info whose version was chosen for a date (`in_force`: InForce.to_dict()) gets
    that choice after the dataset's version, in the words the command line prints."""
    info = info or {}
    date = str(info.get("effective_date") or "")
    note = str(info.get("effective_date_note") or "")
    if info.get("sample"):
        notice = str(info.get("notice") or "")
        sample = notice if "示例" in notice or "sample" in notice.lower() else f"{default_sample()} {notice}".strip()
    else:
        sample = not_sample()
    made = run_time if isinstance(run_time, str) else now_text(run_time)
    values = [("dataset", str(info.get("title") or "")), ("version", str(info.get("version") or ""))]
    if (info.get(IN_FORCE_KEY) or {}).get("message"):
        values.append((IN_FORCE_KEY, str(info[IN_FORCE_KEY]["message"])))
    values += [("effective_date", date or no_date()), ("effective_date_note", note or no_date_note()),
              ("sample", sample), ("plugin_version", plugin_version()), ("run_time", made)]
    if verdicts:
        from zoning_plugin.core.screening.screen import advisory      # (screening may import reports)
        values.append(("advisory", advisory()))
    names = labels()
    return [Entry(key, names[key], value) for key, value in values]


def as_dict(entries):
    return {entry.key: entry.value for entry in entries}


def summary(entries):
    """One line: dataset, version, effective date, sample, plugin and time (a layer's description)."""
    values = as_dict(entries)
    parts = [f"{values['dataset']} {values['version']}",
             say(f"生效日期 {values['effective_date']}（{values['effective_date_note']}）",
                 f"effective date {values['effective_date']} ({values['effective_date_note']})"), values["sample"],
             f"zoning_plugin {values['plugin_version']}", values["run_time"]]
    if "advisory" in values:
        parts.append(values["advisory"])
    return listing(p for p in parts if p.strip())


def to_lines(entries, prefix=""):
    """'label：value' lines (the CLI, a sidecar text file)."""
    return [f"{prefix}{entry.label}{colon()}{entry.value}" for entry in entries]


def to_html(entries, title=None):
    """An HTML block (escaped): a heading and a two-column table, class 'provenance'."""
    e = html.escape
    title = title or say("来源与版本", "Provenance")
    rows = "".join(f"<tr><td>{e(entry.label)}</td><td>{e(entry.value)}</td></tr>" for entry in entries)
    return (f"<div class='provenance'><h4>{e(title)}</h4>"
            f"<table class='provenance'>{rows}</table></div>")


def sidecar_path(path):
    """The provenance text file written beside an output that cannot hold a table (a CSV, a
    shapefile): `name.csv` → `name.provenance.txt`."""
    stem, _extension = os.path.splitext(path)
    if stem.lower().endswith(".shp"):                     # (name.shp.xml)
        stem = stem[:-4]
    return stem + ".provenance.txt"


def sidecar_text(entries, output_name):
    name = os.path.basename(output_name)
    head = "# " + say(f"{name} 的来源与版本", f"provenance of {name}")
    return "\n".join([head, *to_lines(entries), ""])


def write_gpkg(path, entries, describe=True):
    """Write the provenance into the GeoPackage at `path`: a table `zoning_provenance` (key, label,
    value), registered in gpkg_contents as attributes so QGIS and `ogrinfo` list it beside the
    layers; `describe`: also the one-line summary as every other table's description (ogrinfo shows
    it as the layer's DESCRIPTION). Call it on a closed file before the run's commit."""
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(f'DROP TABLE IF EXISTS "{TABLE}"')
        connection.execute('DELETE FROM gpkg_contents WHERE table_name = ?', (TABLE,))
        connection.execute(f'CREATE TABLE "{TABLE}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
                           f'"key" TEXT NOT NULL, "label" TEXT, "value" TEXT)')
        connection.executemany(f'INSERT INTO "{TABLE}" ("key", "label", "value") VALUES (?, ?, ?)',
                               [(entry.key, entry.label, entry.value) for entry in entries])
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
        connection.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                           "last_change) VALUES (?, 'attributes', ?, ?, ?)",
                           (TABLE, TABLE, say("来源与版本", "provenance"), stamp))
        has_counts = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                        "name = 'gpkg_ogr_contents'").fetchone()[0]
        if has_counts:
            connection.execute("DELETE FROM gpkg_ogr_contents WHERE table_name = ?", (TABLE,))
            connection.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) VALUES (?, ?)",
                               (TABLE, len(entries)))
        if describe:
            connection.execute("UPDATE gpkg_contents SET description = ? WHERE table_name != ?",
                               (summary(entries), TABLE))


def read_gpkg(path):
    """{key: value} of a GeoPackage's provenance table ({} when it has none)."""
    uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        try:
            return dict(connection.execute(f'SELECT "key", "value" FROM "{TABLE}" ORDER BY fid').fetchall())
        except sqlite3.OperationalError:
            return {}
