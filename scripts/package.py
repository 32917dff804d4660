#!/usr/bin/env python3
"""Build zoning_plugin.zip (the installable QGIS plugin) and optionally deploy it.

    python scripts/package.py [--output zoning_plugin.zip]
    python scripts/package.py --deploy [PLUGIN_DIR]
    python scripts/package.py --release [--output dist/zoning_plugin.zip]
    python scripts/package.py --check ZIP [--release]

PLUGIN_DIR defaults to ~/.local/share/QGIS/QGIS3/profiles/default/python/plugins/zoning_plugin.

The zip has one top folder `zoning_plugin/` holding the plugin package: python files,
metadata.txt, resources/ (icons, styles, official text, the sample GeoPackage), i18n/*.qm, and
LICENSE (GPL-2.0-or-later), copied from the repository root, where the one copy lives.
Every build is checked against the upload checks of the official plugin repository
(plugins.qgis.org) that can be run offline (`check_archive`); a zip that would be refused is not
written. `--release` also refuses while metadata.txt still holds the placeholder author, email and
addresses (PLACEHOLDER_METADATA): set them before publishing. Ordinary builds only warn, so local
installs and tests work as they are.
Left out: __pycache__, compiled python, editor/OS litter, GeoPackage journal files and translation
sources (*.ts, *.pro). The sample's builder lives outside the package (tools/sample/), so there is
nothing else to leave out. Entries are sorted and carry a fixed
timestamp and permissions, so the same tree always gives the same zip (stdlib only).
GeoPackages are shipped in rollback-journal mode with any pending -wal content folded in: QGIS
switches a GeoPackage to WAL mode when it opens it for update (e.g. after setSubsetString()), and a
WAL-mode file needs a writable folder and its -wal/-shm companions to be read.
"""
import argparse
import configparser
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import zipfile
import zlib

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "zoning_plugin"
SOURCE_DIR = os.path.join(REPO, PACKAGE)
DEFAULT_OUTPUT = os.path.join(REPO, f"{PACKAGE}.zip")
LICENSE_PATH = os.path.join(REPO, "LICENSE")   # shipped as zoning_plugin/LICENSE
DEFAULT_PLUGIN_DIR = os.path.join("~", ".local", "share", "QGIS", "QGIS3", "profiles", "default",
                                  "python", "plugins", PACKAGE)

EXCLUDED_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".git"}
EXCLUDED_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", ".swp", "~", ".ts", ".pro",
                     ".gpkg-wal", ".gpkg-shm", ".gpkg-journal", ".tmp")
REQUIRED_METADATA = ("name", "qgisMinimumVersion", "description", "about", "version", "author",
                     "email", "tracker", "repository", "homepage")
REQUIRED_FILES = ("__init__.py", "metadata.txt", "resources/sample/liaoyuan_sample.gpkg")
FIXED_DATE = (2020, 1, 1, 0, 0, 0)


def plugin_files(source_dir=SOURCE_DIR):
    """Package-relative '/'-separated paths of the files to ship, sorted."""
    files = []
    for root, dirs, names in os.walk(source_dir):
        dirs[:] = [d for d in dirs if d not in EXCLUDED_DIRS and not d.startswith(".")]
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), source_dir).replace(os.sep, "/")
            if name.startswith(".") or name.endswith(EXCLUDED_SUFFIXES):
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


def build(output=DEFAULT_OUTPUT, source_dir=SOURCE_DIR, license_path=LICENSE_PATH):
    """Write the plugin zip to `output`; returns the list of archive names written.

    `license_path` (the repository's LICENSE) goes into the zip as zoning_plugin/LICENSE; a second
    LICENSE inside the package folder is refused, so there is one copy to keep true.
    """
    check_metadata(source_dir)
    files = plugin_files(source_dir)
    missing = [f for f in REQUIRED_FILES if f not in files]
    if missing:
        raise SystemExit(f"package: {', '.join(missing)} missing under {source_dir} "
                         "(the sample GeoPackage is built by `make sample-data`)")
    if "LICENSE" in files:
        raise SystemExit(f"package: {os.path.join(source_dir, 'LICENSE')} duplicates "
                         f"{license_path}; keep the licence at the repository root only")
    if not os.path.isfile(license_path):
        raise SystemExit(f"package: {license_path} is missing (the plugin repository refuses a "
                         "package without LICENSE)")
    sources = {rel: os.path.join(source_dir, rel) for rel in files}
    sources["LICENSE"] = license_path
    files = sorted(sources)
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
                zf.writestr(info, file_bytes(sources[name[len(PACKAGE) + 1:]]))
        os.chmod(tmp, 0o644)   # mkstemp makes it 0600
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


# --- the plugin repository's upload checks, run offline ------------------------------------
# Our own re-implementation of what plugins.qgis.org does with an uploaded zip: QGIS-Django,
# qgis-app/plugins/validator.py `validator()` (as of Nov 2024, with `is_new=True` as for a first
# upload), the upload view (about/tracker/repository must not be empty) and the Plugin and
# PluginVersion model fields (EmailField, URLField, lengths). Not checked because it needs the
# network or the site's database: that tracker/repository/homepage answer an HTTP HEAD with a
# status below 400, that name and version are not taken yet. PLACEHOLDER_METADATA stands in for the
# first: our addresses do not exist yet, so a release build refuses them.
MAX_UPLOAD_BYTES = 25_000_000           # the site's default PLUGIN_MAX_UPLOAD_SIZE
FORBIDDEN_PARTS = ("__MACOSX", ".git", "__pycache__")
REPOSITORY_REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email",
                       "about", "tracker", "repository")
URL_KEYS = ("tracker", "repository", "homepage")
BUILDER_DEFAULT_URLS = {"tracker": "http://bugs", "repository": "http://repo",
                        "homepage": "http://homepage"}   # Plugin Builder's defaults, refused
BOOLEAN_KEYS = ("experimental", "deprecated", "server")
# The values metadata.txt holds until the project has a real home; `--release` refuses them.
PLACEHOLDER_METADATA = {
    "author": "zoning_plugin developers",
    "email": "zoning-plugin@users.noreply.github.com",
    "homepage": "https://github.com/zoning-plugin/zoning_plugin",
    "tracker": "https://github.com/zoning-plugin/zoning_plugin/issues",
    "repository": "https://github.com/zoning-plugin/zoning_plugin",
}
EMAIL_RE = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
                      r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")
URL_RE = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?")
VERSION_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,3}")   # the site sorts a.b.c.d, 3 digits each
QGIS_VERSION_RE = re.compile(r"(\d+)\.(\d+)(?:\.(\d+))?")


def placeholders(meta):
    """Metadata keys that still hold a placeholder value, in PLACEHOLDER_METADATA's order."""
    return [k for k, v in PLACEHOLDER_METADATA.items() if meta.get(k, "").strip() == v]


def _archive_metadata(zf, name, errors):
    try:
        text = zf.read(name).decode("utf-8")
    except UnicodeDecodeError as error:
        errors.append(f"{name} is not UTF-8 ({error})")
        return None
    # The site parses with ConfigParser's defaults: duplicate keys fail, and so does a stray '%'
    # (interpolation), which our own interpolation-free reader would let through.
    parser = configparser.ConfigParser()
    parser.optionxform = str
    try:
        parser.read_string(text)
        if not parser.has_section("general"):
            errors.append(f"{name} has no [general] section")
            return None
        return {k: v.strip() for k, v in parser.items("general")}
    except configparser.Error as error:
        errors.append(f"{name} does not parse: {' '.join(str(error).split())}")
        return None


def _qgis_version(value):
    match = QGIS_VERSION_RE.fullmatch(value)
    return tuple(int(g or 0) for g in match.groups()) if match else None


def check_metadata_values(meta, names=(), package=PACKAGE, release=False):
    """(errors, warnings) for the [general] values `meta`; `names` is the zip's listing."""
    errors, warnings = [], []
    missing = [k for k in REPOSITORY_REQUIRED + ("homepage",) if not meta.get(k)]
    if missing:   # homepage: the site's URL check fails on a missing one as well
        errors.append(f"metadata.txt lacks {', '.join(missing)}")
    author, email = meta.get("author", ""), meta.get("email", "")
    if "/" in author:
        errors.append("author must not contain '/'")
    if email and not EMAIL_RE.fullmatch(email):
        errors.append(f"email {email!r} is not an e-mail address")
    for key, limit in (("name", 256), ("author", 256), ("email", 254), ("version", 32)):
        if len(meta.get(key, "")) > limit:
            errors.append(f"{key} is longer than {limit} characters")
    version = meta.get("version", "")
    if version and not VERSION_RE.fullmatch(version):
        errors.append(f"version {version!r} is not 1 to 4 dot-separated numbers of up to 3 digits")
    low = _qgis_version(meta.get("qgisMinimumVersion", ""))
    if meta.get("qgisMinimumVersion") and low is None:
        errors.append("qgisMinimumVersion is not of the form 3.22 or 3.22.0")
    elif low is not None and low < (1, 8, 0):
        errors.append("qgisMinimumVersion below 1.8 needs the metadata in __init__.py too")
    if meta.get("qgisMaximumVersion"):
        high = _qgis_version(meta["qgisMaximumVersion"])
        if high is None:
            errors.append("qgisMaximumVersion is not of the form 3.99 or 3.99.0")
        elif low is not None and high < low:
            errors.append("qgisMaximumVersion is below qgisMinimumVersion")
    for key in BOOLEAN_KEYS:   # the site reads anything but true/1 as False, silently
        if key in meta and meta[key].lower() not in ("true", "false", "1", "0"):
            errors.append(f"{key}={meta[key]!r} is not True or False")
    for key in URL_KEYS:
        url = meta.get(key, "")
        if not url:
            continue
        if url == BUILDER_DEFAULT_URLS[key] or not URL_RE.fullmatch(url):
            errors.append(f"{key} {url!r} is not an http(s) address with a host")
        elif len(url) > 200:
            errors.append(f"{key} is longer than 200 characters")
    icon = meta.get("icon", "")
    if icon:
        icon = icon[2:] if icon.startswith("./") else icon
        if f"{package}/{icon}" not in names:
            errors.append(f"icon {icon!r} is not in the package")
    else:
        warnings.append("no icon in metadata.txt")
    held = placeholders(meta)
    if held:
        message = (f"metadata.txt still holds placeholder {', '.join(held)}: set them before "
                   "publishing (docs/development.md, Licence and publishing)")
        (errors if release else warnings).append(message)
    return errors, warnings


def check_archive(path, release=False):
    """(errors, warnings): what plugins.qgis.org would refuse in the zip at `path`, offline.

    Checks, after QGIS-Django's plugins/validator.py and the upload view and models:
    size at most 25 MB; a readable zip whose members pass a CRC test; no member path with '..'
    or a leading slash, with '.pyc' anywhere in it, or with a __MACOSX, .git or __pycache__
    component; one top folder, named in lower case with digits and '_' (PEP 8, required of new
    plugins) and starting with a letter; __init__.py, metadata.txt and LICENSE in it; metadata.txt
    UTF-8 with a [general] section that ConfigParser reads with its default interpolation;
    name, description, version, qgisMinimumVersion, author, email, about, tracker, repository
    and homepage non-empty; an author without '/', an e-mail address, tracker/repository/homepage
    http(s) URLs with a host and not Plugin Builder's defaults; field lengths of the site's
    database; the icon present in the zip. Ours on top: version as dotted numbers (the site
    sorts versions as a.b.c.d of 3 digits each), qgisMinimumVersion/qgisMaximumVersion as x.y[.z]
    in order, boolean flags spelt True/False, placeholders (errors only when `release`).
    """
    errors, warnings = [], []
    if os.path.getsize(path) > MAX_UPLOAD_BYTES:
        errors.append(f"the zip is larger than {MAX_UPLOAD_BYTES / 1e6:g} MB")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        return errors + [f"not a readable zip: {error}"], warnings
    with zf:
        names = zf.namelist()
        for name in names:
            parts = name.split("/")
            if ".." in name or name.startswith(("/", "\\")):
                errors.append(f"{name}: path information is refused")
            if ".pyc" in name:
                errors.append(f"{name}: compiled python is refused")
            for part in FORBIDDEN_PARTS:
                if part in parts:
                    errors.append(f"{name}: a {part} folder is refused")
        try:
            bad = zf.testzip()
        except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError) as error:
            bad = str(error)
        if bad:
            errors.append(f"bad zip member (CRC) {bad}")
        if not names or "/" not in names[0]:
            return errors + ["no top folder: the first member is not inside a folder"], warnings
        package = names[0].split("/")[0]
        tops = sorted({n.split("/")[0] for n in names})
        if len(tops) > 1:
            errors.append(f"more than one top folder: {', '.join(tops)}")
        if not re.fullmatch(r"[a-z][a-z0-9_]+", package):
            errors.append(f"top folder {package!r} must be lower case letters, digits and '_', "
                          "starting with a letter")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{package}/{required}" not in names:
                errors.append(f"{package}/{required} is missing")
        meta = None
        if f"{package}/metadata.txt" in names:
            meta = _archive_metadata(zf, f"{package}/metadata.txt", errors)
    if meta is not None:
        more_errors, more_warnings = check_metadata_values(meta, names, package, release)
        errors += more_errors
        warnings += more_warnings
    return errors, warnings


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", default=DEFAULT_OUTPUT,
                        help="zip to write (default: %(default)s)")
    parser.add_argument("--deploy", metavar="PLUGIN_DIR", nargs="?", const=DEFAULT_PLUGIN_DIR,
                        help=f"also install into this folder (default: {DEFAULT_PLUGIN_DIR})")
    parser.add_argument("--release", action="store_true",
                        help="a package to publish: refuse while metadata.txt holds placeholders")
    parser.add_argument("--check", metavar="ZIP",
                        help="only run the plugin repository's offline checks on an existing zip")
    args = parser.parse_args(argv)
    if args.check:
        errors, warnings = check_archive(args.check, release=args.release)
        for line in warnings:
            print(f"check: warning: {line}")
        for line in errors:
            print(f"check: {args.check}: {line}", file=sys.stderr)
        if not errors:
            print(f"check: {args.check} passes the plugin repository's offline checks")
        return 1 if errors else 0
    if args.release:
        held = placeholders(read_metadata(os.path.join(SOURCE_DIR, "metadata.txt")))
        if held:
            raise SystemExit(f"package: not building a release: metadata.txt still holds "
                             f"placeholder {', '.join(held)}; set them first (docs/development.md, Licence "
                             "and publishing)")
    entries = build(args.output)
    errors, warnings = check_archive(args.output, release=args.release)
    for line in warnings:
        print(f"package: warning: {line}")
    if errors:
        os.remove(args.output)
        for line in errors:
            print(f"package: {line}", file=sys.stderr)
        raise SystemExit("package: the plugin repository would refuse this zip; none written")
    count = sum(not e.endswith("/") for e in entries)
    print(f"package: {os.path.relpath(args.output)} ({count} files)")
    if args.deploy:
        target = deploy(args.deploy, args.output)
        print(f"deploy: installed into {target}; restart QGIS or reload the plugin")
    return 0


if __name__ == "__main__":
    sys.exit(main())
