"""Fixtures of both suites (tests/unit with plain pytest, tests/qgis with pytest-qgis)."""
import pytest

from zoning_plugin.core import open_dataset


@pytest.fixture(scope="session")
def dataset():
    """The bundled sample dataset (open_dataset keeps one Dataset per file: every test shares it)."""
    return open_dataset()
