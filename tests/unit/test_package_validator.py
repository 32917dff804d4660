"""The built zip against the upload checks of the official plugin repository (plugins.qgis.org).

`scripts/package.py` re-implements, offline, what QGIS-Django's `plugins/validator.py` and the
upload view refuse (see `check_archive`'s docstring for the list: size, CRC, path information,
.pyc, __MACOSX/.git/__pycache__, one PEP 8 top folder, __init__.py + metadata.txt + LICENSE,
metadata.txt parsed as the site parses it, the required keys, author without '/', e-mail and URL
forms, field lengths, the icon; plus version forms and placeholder addresses). Here the real
package must pass them, and each check must catch a package broken in the way it looks for, so
CI fails when the repository would refuse the zip. Reachability of the addresses needs the
network and is not checked; the placeholder check stands in for it in release builds.
Needs no QGIS: stdlib only.
"""
import importlib.util
import os
import re
import subprocess
import sys
import zipfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(REPO, "scripts", "package.py")
META = "zoning_plugin/metadata.txt"


def _load():
    spec = importlib.util.spec_from_file_location("zoning_package_checks", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def packager():
    return _load()


@pytest.fixture(scope="module")
def archive(packager, tmp_path_factory):
    path = tmp_path_factory.mktemp("dist") / "zoning_plugin.zip"
    packager.build(str(path))
    return path


@pytest.fixture(scope="module")
def shipped_metadata(packager):
    return packager.read_metadata(os.path.join(REPO, "zoning_plugin", "metadata.txt"))


def test_the_built_package_passes(packager, archive):
    errors, warnings = packager.check_archive(str(archive))
    assert errors == []
    assert all("placeholder" in w for w in warnings), warnings


def test_release_check_stops_at_the_placeholders_only(packager, archive, shipped_metadata):
    errors, _ = packager.check_archive(str(archive), release=True)
    held = packager.placeholders(shipped_metadata)
    if held:
        assert len(errors) == 1 and "placeholder" in errors[0]
        for key in held:
            assert key in errors[0]
    else:
        assert errors == []


def test_the_licence_is_the_repository_one(archive):
    with zipfile.ZipFile(archive) as zf:
        shipped = zf.read("zoning_plugin/LICENSE")
    with open(os.path.join(REPO, "LICENSE"), "rb") as f:
        assert shipped == f.read()
    text = shipped.decode("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 2, June 1991" in text
    assert not os.path.exists(os.path.join(REPO, "zoning_plugin", "LICENSE"))   # one copy


def _set(key, value):
    def change(entries):
        out = []
        for name, data in entries:
            if name == META:
                text = data.decode("utf-8")
                if value is None:
                    text = re.sub(rf"(?m)^{key}=.*\n", "", text)
                else:
                    text, n = re.subn(rf"(?m)^{key}=.*$", lambda _m: f"{key}={value}", text)
                    if not n:
                        text = text.replace("[general]\n", f"[general]\n{key}={value}\n", 1)
                data = text.encode("utf-8")
            out.append((name, data))
        return out
    return change


def _drop(member):
    return lambda entries: [(n, d) for n, d in entries if n != member]


def _add(member, data=b"x"):
    return lambda entries: entries + [(member, data)]


def _append_to_metadata(line):
    return lambda entries: [(n, d + line.encode() + b"\n" if n == META else d) for n, d in entries]


def _rename_top(top):
    return lambda entries: [(top + n[len("zoning_plugin"):], d) for n, d in entries]


BROKEN = {
    "no LICENSE": (_drop("zoning_plugin/LICENSE"), "LICENSE is missing"),
    "no __init__.py": (_drop("zoning_plugin/__init__.py"), "__init__.py is missing"),
    "no metadata.txt": (_drop(META), "metadata.txt is missing"),
    "compiled python": (_add("zoning_plugin/core/engine.cpython-311.pyc"), "compiled python"),
    "__pycache__": (_add("zoning_plugin/__pycache__/x.txt"), "__pycache__"),
    "__MACOSX": (_add("__MACOSX/zoning_plugin/._x"), "__MACOSX"),
    ".git": (_add("zoning_plugin/.git/config"), ".git"),
    "parent path": (_add("zoning_plugin/../evil.py"), "path information"),
    "two top folders": (_add("other/readme.txt"), "more than one top folder"),
    "not PEP 8": (_rename_top("ZoningPlugin"), "top folder 'ZoningPlugin'"),
    "percent in about": (_set("about", "覆盖 44.83 % of the city"), "does not parse"),
    "duplicate key": (_append_to_metadata("tags=again"), "does not parse"),
    "no tracker": (_set("tracker", None), "lacks tracker"),
    "empty about": (_set("about", ""), "lacks about"),
    "no homepage": (_set("homepage", None), "lacks homepage"),
    "bad email": (_set("email", "zoning at example"), "not an e-mail address"),
    "slash in author": (_set("author", "GIS / planning"), "author must not contain '/'"),
    "builder tracker": (_set("tracker", "http://bugs"), "tracker 'http://bugs'"),
    "no host": (_set("repository", "github.com/x/y"), "repository 'github.com/x/y'"),
    "version with text": (_set("version", "v0.1"), "version 'v0.1'"),
    "min version form": (_set("qgisMinimumVersion", "3"), "qgisMinimumVersion is not"),
    "max below min": (_set("qgisMaximumVersion", "3.10"), "below qgisMinimumVersion"),
    "boolean": (_set("experimental", "yes"), "experimental='yes'"),
    "icon missing": (_set("icon", "icon.png"), "icon 'icon.png'"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_check_catches_its_fault(packager, archive, tmp_path, case):
    change, expected = BROKEN[case]
    with zipfile.ZipFile(archive) as zf:
        entries = [(i.filename, zf.read(i)) for i in zf.infolist()]
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in change(entries):
            zf.writestr(name, data)
    errors, _ = packager.check_archive(str(broken))
    assert any(expected in e for e in errors), (case, errors)


def test_not_a_zip_and_a_corrupt_member(packager, archive, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    errors, _ = packager.check_archive(str(junk))
    assert errors and "not a readable zip" in errors[0]
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("zoning_plugin/LICENSE")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 10] ^= 0xFF   # flip a byte of the compressed LICENSE
    corrupt = tmp_path / "corrupt.zip"
    corrupt.write_bytes(bytes(data))
    errors, _ = packager.check_archive(str(corrupt))
    assert any("bad zip member" in e for e in errors), errors


def test_placeholders_are_refused_only_for_a_release(packager, shipped_metadata):
    meta = dict(shipped_metadata, **packager.PLACEHOLDER_METADATA)
    errors, warnings = packager.check_metadata_values(meta, ["zoning_plugin/" + meta["icon"]])
    assert errors == [] and any("placeholder" in w for w in warnings)
    errors, _ = packager.check_metadata_values(meta, ["zoning_plugin/" + meta["icon"]],
                                               release=True)
    assert len(errors) == 1
    for key in ("author", "email", "homepage", "tracker", "repository"):
        assert key in errors[0]
    real = dict(meta, author="Liaoyuan GIS team", email="gis@example.org",
                homepage="https://example.org/zoning", tracker="https://example.org/zoning/issues",
                repository="https://example.org/zoning.git")
    assert packager.check_metadata_values(real, ["zoning_plugin/" + meta["icon"]],
                                          release=True) == ([], [])


def _run(*args):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, SCRIPT, *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def test_command_line_ordinary_and_release_builds(packager, shipped_metadata, tmp_path):
    ordinary = tmp_path / "ordinary.zip"
    proc = _run("--output", str(ordinary))
    assert proc.returncode == 0, proc.stderr
    assert ordinary.is_file()
    said = proc.stdout
    assert _run("--check", str(ordinary)).returncode == 0

    release = tmp_path / "release.zip"
    proc = _run("--release", "--output", str(release))
    if packager.placeholders(shipped_metadata):
        assert proc.returncode != 0
        assert "placeholder" in proc.stderr and not release.exists()
        assert "placeholder" in said   # the ordinary build warned
        assert _run("--check", str(ordinary), "--release").returncode == 1
    else:
        assert proc.returncode == 0, proc.stderr
        assert release.read_bytes() == ordinary.read_bytes()
