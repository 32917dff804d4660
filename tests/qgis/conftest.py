"""pytest-qgis 2.1.0 fixtures, with the iface stub completed (see iface_support.py)."""
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from iface_support import IfaceRecorder, complete_iface  # noqa: E402


@pytest.fixture(scope="session")
def iface_recorder():
    return IfaceRecorder()


@pytest.fixture(scope="session", autouse=True)
def completed_iface(qgis_iface, iface_recorder):
    return complete_iface(qgis_iface, iface_recorder)


@pytest.fixture(scope="session")
def pg_cluster():
    """The throwaway PostgreSQL + PostGIS cluster (postgis_support.py), stopped and removed at the end."""
    import postgis_support
    yield postgis_support.cluster()
    postgis_support.stop_cluster()
