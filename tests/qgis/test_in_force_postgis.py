"""The version in force on a date among the versions published in one PostGIS schema (issue 20 §3):
the two versions tests/unit/versions_sample.py builds, published one after the other; the dates are
read without reading any version's layers (core/postgis/versions.py), the one in force is opened and
zoning:screen_project through processing.run says which."""
import json
import os
import sys

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsSettings

from postgis_support import remove_connection, save_connection
from processing_support import Recorder, memory_layer
from zoning_plugin.core.postgis import PostgisSource
from zoning_plugin.core.postgis.read import PostgisDataset
from zoning_plugin.core.postgis.versions import published_versions
from zoning_plugin.toolbelt.dataset import NotInForce, dataset_in_force
from zoning_plugin.toolbelt.settings import ZoningSettings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit"))
import versions_sample as sample  # noqa: E402

CONNECTION, SCHEMA = "zoning in force test", "versions"
PREFIX = "zoning_plugin/"


@pytest.fixture(scope="module")
def connection(pg_cluster, tmp_path_factory):
    from zoning_plugin.core.postgis.publish import publish
    import zoning_plugin.toolbelt.pg_connections  # noqa: F401
    folder = tmp_path_factory.mktemp("pg_versions")
    save_connection(CONNECTION, pg_cluster, pg_cluster.create_database())
    publish(CONNECTION, SCHEMA, str(sample.old_version(folder / "old.gpkg")))
    publish(CONNECTION, SCHEMA, str(sample.new_version(folder / "new.gpkg")))
    yield CONNECTION
    remove_connection(CONNECTION)


@pytest.fixture()
def settings(connection):
    """The schema as the user's dataset; the profile's plugin settings put back afterwards."""
    profile = QgsSettings()
    saved = {key: profile.value(key) for key in profile.allKeys() if key.startswith(PREFIX)}
    chosen = ZoningSettings(pg_connection=connection, pg_schema=SCHEMA)
    chosen.save()
    yield chosen
    for key in [key for key in profile.allKeys() if key.startswith(PREFIX)]:
        profile.remove(key)
    for key, value in saved.items():
        profile.setValue(key, value)


def test_the_published_versions_are_listed_with_their_dates(connection):
    listed = published_versions(PostgisSource(connection, SCHEMA))
    assert [(v.source.version, v.meta["version"], v.meta["effective_date"], v.meta.get("end_date") or "")
            for v in listed] == [(1, sample.OLD_VERSION, sample.OLD_EFFECTIVE, sample.NEW_EFFECTIVE),
                                 (2, sample.NEW_VERSION, sample.NEW_EFFECTIVE, "")]


def test_the_versions_are_asked_of_the_server_at_most_every_recheck(connection, monkeypatch):
    """A date in the panel asks for the versions on every click: within RECHECK_SECONDS the list
    read is given again without a connection; after, the server is asked again."""
    from zoning_plugin.core.postgis import versions
    opened, now = [], [1000.0]
    real_session = versions.session
    monkeypatch.setattr(versions, "session", lambda *args: opened.append(args) or real_session(*args))
    monkeypatch.setattr(versions.time, "monotonic", lambda: now[0])
    versions._listed.clear()
    source = PostgisSource(connection, SCHEMA)
    first = published_versions(source)
    now[0] += versions.RECHECK_SECONDS / 2
    assert published_versions(source) == first and len(opened) == 1
    now[0] += versions.RECHECK_SECONDS
    assert published_versions(source) == first and len(opened) == 2
    assert [v.source.version for v in first] == [1, 2]


@pytest.mark.parametrize("day, number, version", [("2026-05-31", 1, sample.OLD_VERSION),
                                                  (sample.NEW_EFFECTIVE, 2, sample.NEW_VERSION)])
def test_the_version_in_force_is_the_one_opened(settings, day, number, version):
    dataset, chosen = dataset_in_force(day, settings=settings)
    assert isinstance(dataset, PostgisDataset) and dataset.published[0] == number and dataset.version == version
    assert chosen.to_dict()["version"]["path"] == f"postgresql:{CONNECTION}/{SCHEMA}#{number}"


def test_a_date_before_the_first_published_version_is_refused(settings):
    with pytest.raises(NotInForce, match="2020-01-01 is before the first version"):
        dataset_in_force("2020-01-01", settings=settings)


def test_screening_on_a_date_reads_that_version_from_the_database(zoning_provider, settings, tmp_path):
    from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, Dataset
    code, name = sample.EDITS["renamed"]
    local = Dataset(SAMPLE_DATASET_PATH)
    point = local.units.geometries[local.unit_index(code)].representative_point()
    path = tmp_path / "screening.json"
    feedback = Recorder()
    processing.run("zoning:screen_project", {
        "INPUT": memory_layer([(point,)], "Point", "EPSG:4490", "", "site"), "INDUSTRY_CODE": "C2614",
        "OUTPUT": "memory:", "JSON": str(path), "DATE": "2030-01-01"}, feedback=feedback)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["dataset"]["in_force"]["version"]["version"] == sample.NEW_VERSION
    assert document["units"][code]["name"] == name
    with pytest.raises(QgsProcessingException, match="is before the first version"):
        processing.run("zoning:screen_project", {
            "INPUT": memory_layer([(point,)], "Point", "EPSG:4490", "", "site"), "INDUSTRY_CODE": "C2614",
            "OUTPUT": "memory:", "JSON": str(tmp_path / "refused.json"), "DATE": "2020-01-01"}, feedback=Recorder())
    assert not (tmp_path / "refused.json").exists()
