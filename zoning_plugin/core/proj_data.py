"""Point PROJ at its data before pyproj needs it. Imported first by zoning_plugin.core.

pyproj looks for proj.db in PROJ_DATA, then PROJ_LIB, then under sys.prefix. In a venv made from
Debian's python the prefix is the venv, which has no PROJ data, and a stale PROJ_LIB (left by
another tool) points nowhere: pyproj then warns on import and knows no CRS at all."""
import os
import sys

_ENV_NAMES = ("PROJ_DATA", "PROJ_LIB")   # PROJ 9.1+ reads the first, older PROJ the second


def _has_proj_db(folder):
    return bool(folder) and os.path.isfile(os.path.join(folder, "proj.db"))


def _configured():
    """True when pyproj's own search (environment, then sys.prefix) finds proj.db."""
    for name in _ENV_NAMES:
        value = os.environ.get(name)
        if value:  # pyproj reads the first variable that is set and stops there
            return any(_has_proj_db(folder) for folder in value.split(os.pathsep))
    return _has_proj_db(os.path.join(sys.prefix, "share", "proj"))


def _candidates():
    yield os.path.join(sys.base_prefix, "share", "proj")
    yield os.path.join(os.path.dirname(os.path.dirname(sys.executable)), "share", "proj")
    yield "/usr/share/proj"
    yield "/usr/local/share/proj"


def ensure_proj_data():
    """Set PROJ_DATA (and PROJ_LIB) to a folder holding proj.db when pyproj would not find one.
    If pyproj is already imported (a script imported it before us), repair its context too."""
    if _configured():
        return
    found = next((folder for folder in _candidates() if _has_proj_db(folder)), None)
    if found is None:
        return  # a pyproj wheel carries its own data; nothing better to offer
    for name in _ENV_NAMES:
        os.environ[name] = found
    if "pyproj" in sys.modules:
        import pyproj.datadir
        pyproj.datadir.set_data_dir(found)   # also resets pyproj's global context


ensure_proj_data()
