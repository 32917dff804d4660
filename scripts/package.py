#!/usr/bin/env python3
"""Build zoning_plugin.zip (the installable QGIS plugin) and optionally deploy it.

    python scripts/package.py [--output zoning_plugin.zip]
    python scripts/package.py --deploy [PLUGIN_DIR]

PLUGIN_DIR defaults to ~/.local/share/QGIS/QGIS3/profiles/default/python/plugins/zoning_plugin.

The zip has one top folder `zoning_plugin/` holding the plugin package: python files,
metadata.txt, resources/ (icons, styles, official text, the sample GeoPackage), i18n/*.qm.
Left out: __pycache__, compiled python, editor/OS litter, GeoPackage journal files, translation
sources (*.ts, *.pro) and the sample-building script. Entries are sorted and carry a fixed
timestamp and permissions, so the same tree always gives the same zip (stdlib only).
GeoPackages are shipped in rollback-journal mode with any pending -wal content folded in: QGIS
switches a GeoPackage to WAL mode when it opens it for update (e.g. after setSubsetString()), and a
WAL-mode file needs a writable folder and its -wal/-shm companions to be read.
"""
import argparse
import configparser
import os
import shutil
import sqlite3
import sys
import tempfile
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "zoning_plugin"
SOURCE_DIR = os.path.join(REPO, PACKAGE)
DEFAULT_OUTPUT = os.path.join(REPO, f"{PACKAGE}.zip")
DEFAULT_PLUGIN_DIR = os.path.join("~", ".local", "share", "QGIS", "QGIS3", "profiles", "default",
                                  "python", "plugins", PACKAGE)

EXCLUDED_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".git"}
EXCLUDED_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", ".swp", "~", ".ts", ".pro",
                     ".gpkg-wal", ".gpkg-shm", ".gpkg-journal", ".tmp")
EXCLUDED_FILES = {"resources/sample/build_sample.py"}   # relative to the package, '/' separated
REQUIRED_METADATA = ("name", "qgisMinimumVersion", "description", "about", "version", "author",
                     "email", "repository")
REQUIRED_FILES = ("__init__.py", "metadata.txt", "resources/sample/liaoyuan_sample.gpkg")
FIXED_DATE = (2020, 1, 1, 0, 0, 0)


def plugin_files(source_dir=SOURCE_DIR):
    """Package-relative '/'-separated paths of the files to ship, sorted."""
    files = []
    for root, dirs, names in os.walk(source_dir):
        dirs[:] = [d for d in dirs if d not in EXCLUDED_DIRS and not d.startswith(".")]
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), source_dir).replace(os.sep, "/")
            if name.startswith(".") or name.endswith(EXCLUDED_SUFFIXES) or rel in EXCLUDED_FILES:
                continue
            files.append(rel)
    return sorted(files)


def read_metadata(path):
    """The [general] section of metadata.txt as a dict (configparser, no interpolation)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    with open(path, encoding="utf-8") as f:
        parser.read_file(f)
    return dict(parser["general"])


def check_metadata(source_dir=SOURCE_DIR):
    meta = read_metadata(os.path.join(source_dir, "metadata.txt"))
    missing = [k for k in REQUIRED_METADATA if not meta.get(k, "").strip()]
    if missing:
        raise SystemExit(f"package: metadata.txt lacks {', '.join(missing)}")
    return meta


def gpkg_bytes(path):
    """The GeoPackage at `path` as one self-contained file: WAL folded in, journal_mode=DELETE."""
    with tempfile.TemporaryDirectory(prefix="zoning_plugin-gpkg-") as tmp:
        copy = os.path.join(tmp, os.path.basename(path))
        shutil.copyfile(path, copy)
        if os.path.isfile(path + "-wal") and os.path.getsize(path + "-wal") > 0:
            shutil.copyfile(path + "-wal", copy + "-wal")
        with open(copy, "rb") as f:
            header = f.read(20)
        if header[18:20] != b"\x01\x01" or os.path.exists(copy + "-wal"):
            connection = sqlite3.connect(copy)
            try:
                mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            finally:
                connection.close()
            if mode.lower() != "delete":
                raise SystemExit(f"package: cannot take {path} out of WAL mode (is it in use?)")
        with open(copy, "rb") as f:
            return f.read()


def file_bytes(path):
    if path.endswith(".gpkg"):
        return gpkg_bytes(path)
    with open(path, "rb") as f:
        return f.read()


def build(output=DEFAULT_OUTPUT, source_dir=SOURCE_DIR):
    """Write the plugin zip to `output`; returns the list of archive names written."""
    check_metadata(source_dir)
    files = plugin_files(source_dir)
    missing = [f for f in REQUIRED_FILES if f not in files]
    if missing:
        raise SystemExit(f"package: {', '.join(missing)} missing under {source_dir} "
                         "(the sample GeoPackage is built by `make sample-data`)")
    dirs = set()
    for rel in files:
        parts = rel.split("/")[:-1]
        for i in range(len(parts)):
            dirs.add("/".join(parts[:i + 1]))
    entries = [f"{PACKAGE}/"] + [f"{PACKAGE}/{d}/" for d in sorted(dirs)]
    entries = sorted(entries + [f"{PACKAGE}/{rel}" for rel in files])
    output = os.path.abspath(output)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".zoning_plugin-", suffix=".zip", dir=os.path.dirname(output))
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for name in entries:
                info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
                info.create_system = 3   # unix, so the permission bits below are honoured
                if name.endswith("/"):
                    info.external_attr = (0o40755 << 16) | 0x10
                    zf.writestr(info, b"")
                    continue
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, file_bytes(os.path.join(source_dir, name[len(PACKAGE) + 1:])))
        os.replace(tmp, output)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return entries


def deploy(plugin_dir, archive=DEFAULT_OUTPUT):
    """Unpack `archive` into `plugin_dir` (…/plugins/zoning_plugin), replacing an older copy."""
    plugin_dir = os.path.abspath(os.path.expanduser(plugin_dir))
    if os.path.islink(plugin_dir):
        pass  # a developer's symlink to a checkout: replaced by the link itself, target untouched
    elif os.path.exists(plugin_dir):
        if not os.path.isdir(plugin_dir):
            raise SystemExit(f"deploy: {plugin_dir} exists and is not a directory")
        if os.listdir(plugin_dir) and not os.path.isfile(os.path.join(plugin_dir, "metadata.txt")):
            raise SystemExit(f"deploy: refusing to replace {plugin_dir}: it is not empty and holds "
                             "no metadata.txt (not a plugin folder?)")
    parent = os.path.dirname(plugin_dir)
    os.makedirs(parent, exist_ok=True)
    staging = tempfile.mkdtemp(prefix=".zoning_plugin-deploy-", dir=parent)
    try:
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(staging)
        if os.path.islink(plugin_dir):
            os.unlink(plugin_dir)
        elif os.path.exists(plugin_dir):
            shutil.rmtree(plugin_dir)
        os.replace(os.path.join(staging, PACKAGE), plugin_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return plugin_dir


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", default=DEFAULT_OUTPUT,
                        help="zip to write (default: %(default)s)")
    parser.add_argument("--deploy", metavar="PLUGIN_DIR", nargs="?", const=DEFAULT_PLUGIN_DIR,
                        help=f"also install into this folder (default: {DEFAULT_PLUGIN_DIR})")
    args = parser.parse_args(argv)
    entries = build(args.output)
    count = sum(not e.endswith("/") for e in entries)
    print(f"package: {os.path.relpath(args.output)} ({count} files)")
    if args.deploy:
        target = deploy(args.deploy, args.output)
        print(f"deploy: installed into {target}; restart QGIS or reload the plugin")
    return 0


if __name__ == "__main__":
    sys.exit(main())
