"""Fixtures of the core tests: the core's language (core/messages.py), Chinese unless a test asks."""
import pytest

from zoning_plugin.core import messages


@pytest.fixture(autouse=True)
def chinese_by_default(monkeypatch):
    """Every test starts in the core's default language, whatever ZONING_LANG says."""
    monkeypatch.delenv("ZONING_LANG", raising=False)
    messages.set_language(None)
    yield
    messages.set_language(None)


@pytest.fixture
def english():
    """The core speaks English for this test (as in an English QGIS)."""
    messages.set_language(messages.ENGLISH)
    yield
    messages.set_language(None)


@pytest.fixture()
def delivery(tmp_path):
    """A city's delivery for the importer: (folder, output folder, paths) — test_import_run.make_delivery."""
    from test_import_run import make_delivery
    return make_delivery(tmp_path)
