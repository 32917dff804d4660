#!/usr/bin/env python3
"""Update and compile the plugin's translations (`make translations`).

1. pylupdate5 over every .py under zoning_plugin/ (except resources/) updates
   zoning_plugin/i18n/zoning_plugin_{zh_CN,en}.ts, keeping existing translations and
   dropping strings that are gone from the code (-noobsolete).
2. English is the source language: the en file's translations are the source text, finished.
3. lrelease compiles both .ts into the .qm files next to them (the .qm are committed: QGIS
   users do not run lrelease).

Run from anywhere; paths are taken relative to the repository root so the `location filename=`
entries in the .ts stay relative to the .ts (../gui/dock.py) and never hold a machine path.
The zh_CN .ts is the source of truth for the Chinese text: translate new strings there, or give
them as JSON ({"English source": "中文"}) with `--fill FILE.json …`: unfinished messages whose
source is a key get that translation, finished (the JSON need not be kept).
"""
import json
import os
import re
from xml.sax.saxutils import escape
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "zoning_plugin"
I18N_DIR = os.path.join(PACKAGE, "i18n")
LOCALES = ("zh_CN", "en")
SOURCE_LOCALE = "en"
PYLUPDATE = os.environ.get("PYLUPDATE5", "pylupdate5")
LRELEASE = os.environ.get("LRELEASE", "lrelease")


def ts_path(locale):
    return os.path.join(I18N_DIR, f"{PACKAGE}_{locale}.ts")


def qm_path(locale):
    return os.path.join(I18N_DIR, f"{PACKAGE}_{locale}.qm")


def source_files(root=ROOT):
    """Every .py under zoning_plugin/ except resources/, as sorted repo-relative paths."""
    files = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, PACKAGE)):
        rel_dir = os.path.relpath(dirpath, root)
        dirnames[:] = sorted(d for d in dirnames if d not in ("resources", "__pycache__"))
        files.extend(os.path.join(rel_dir, f).replace(os.sep, "/") for f in filenames if f.endswith(".py"))
    return sorted(files)


def tool_env():
    # pylupdate5 reads the sources and writes paths in the locale's encoding: force UTF-8.
    # pylupdate5 is a Python script that warns about locale.getdefaultlocale(): keep the output quiet.
    return dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", PYTHONWARNINGS="ignore::DeprecationWarning")


def run_pylupdate(ts_files, cwd=ROOT, sources=None):
    """pylupdate5 the sources into `ts_files` (paths relative to cwd, or absolute)."""
    sources = source_files(cwd) if sources is None else sources
    cmd = [PYLUPDATE, "-noobsolete", *sources, "-ts", *ts_files]
    subprocess.run(cmd, cwd=cwd, env=tool_env(), check=True, stdout=subprocess.DEVNULL)


def run_lrelease(ts_file, qm_file, cwd=ROOT):
    cmd = [LRELEASE, "-silent", ts_file, "-qm", qm_file]
    subprocess.run(cmd, cwd=cwd, env=tool_env(), check=True)


_MESSAGE = re.compile(r"<message>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation(?: [^>]*)?>.*?</translation>|<translation(?: [^>]*)?/>", re.S)


def fill_with_source(text):
    """Set every message's translation to its (already XML-escaped) source text, finished.
    Works on the text so the file keeps exactly pylupdate5's layout."""

    def fix(match):
        message = match.group(0)
        if 'numerus="yes"' in message:  # none in the plugin; leave plural forms to a human
            return message
        source = _SOURCE.search(message)
        if source is None:
            return message
        return _TRANSLATION.sub(lambda _m: f"<translation>{source.group(1)}</translation>", message, count=1)

    return _MESSAGE.sub(fix, text)


def fill_from(text, translations):
    """Finish the unfinished messages whose (unescaped) source has a translation in `translations`."""

    def fix(match):
        message = match.group(0)
        source = _SOURCE.search(message)
        if 'type="unfinished"' not in message or source is None:
            return message
        plain = source.group(1).replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<") \
            .replace("&gt;", ">").replace("&amp;", "&")
        if plain not in translations:
            return message
        return _TRANSLATION.sub(lambda _m: f"<translation>{escape(translations[plain])}</translation>",
                                message, count=1)

    return _MESSAGE.sub(fix, text)


def main(argv=()):
    fills = {}
    if argv and argv[0] == "--fill":
        for name in argv[1:]:
            with open(name, encoding="utf-8") as f:
                fills.update(json.load(f))
    os.chdir(ROOT)
    os.makedirs(I18N_DIR, exist_ok=True)
    run_pylupdate([ts_path(locale) for locale in LOCALES])
    source_ts = ts_path(SOURCE_LOCALE)
    with open(source_ts, encoding="utf-8") as f:
        text = f.read()
    filled = fill_with_source(text)
    if filled != text:
        with open(source_ts, "w", encoding="utf-8", newline="\n") as f:
            f.write(filled)
    if fills:
        with open(ts_path("zh_CN"), encoding="utf-8") as f:
            zh = f.read()
        with open(ts_path("zh_CN"), "w", encoding="utf-8", newline="\n") as f:
            f.write(fill_from(zh, fills))
    for locale in LOCALES:
        run_lrelease(ts_path(locale), qm_path(locale))
    with open(ts_path("zh_CN"), encoding="utf-8") as f:
        zh = f.read()
    messages = len(_MESSAGE.findall(zh))
    untranslated = zh.count('type="unfinished"')
    print(f"{messages} messages; zh_CN: {untranslated} unfinished -> edit {ts_path('zh_CN')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
