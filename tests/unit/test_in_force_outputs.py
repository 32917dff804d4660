"""The version chosen for a date as the outputs carry it (issue 20 §3), without QGIS: InForce.mark()
puts the choice in a dataset's info, the provenance record gets the entry after the version, the
inspection's facts begin with it, the EIA chapter cites it; without a choice nothing of it shows."""
import pytest

import versions_sample as sample
from zoning_plugin.core.dataset.provenance import as_dict, labels, provenance
from zoning_plugin.core.dataset.reader import Dataset
from zoning_plugin.core.renderers.eia import build_chapter, chapter_html
from zoning_plugin.core.renderers.inspect import facts
from zoning_plugin.core.versions.in_force import version_in_force

RENAMED_CODE, _NEW_NAME = sample.EDITS["renamed"]


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outputs_versions")
    return Dataset(sample.old_version(folder / "old.gpkg")), Dataset(sample.new_version(folder / "new.gpkg"))


def test_the_choice_is_in_the_provenance_the_facts_and_the_chapter(versions):
    chosen = version_in_force(versions, "2026-05-31")
    dataset = chosen.dataset
    assert dataset is versions[0]
    record = provenance(chosen.mark(dataset.info()), verdicts=False, run_time="now")
    keys = [entry.key for entry in record]
    assert keys[:3] == ["dataset", "version", "in_force"]
    assert as_dict(record)["in_force"] == chosen.message and sample.OLD_VERSION in chosen.message
    assert dict((e.key, e.label) for e in record)["in_force"] == labels()["in_force"]

    point = dataset.units.geometries[dataset.unit_index(RENAMED_CODE)].representative_point()
    result = dataset.inspect(point)
    plain = (facts(result)[0], chapter_html(build_chapter(result)))
    chosen.mark(result.dataset)
    label, value = facts(result)[0]
    assert value == chosen.message and label == labels()["in_force"]
    assert chosen.message in chapter_html(build_chapter(result))
    assert chosen.message not in plain[1] and plain[0][1] != chosen.message


def test_without_a_choice_the_record_is_as_before(versions):
    record = provenance(versions[1].info(), verdicts=False, run_time="now")
    assert "in_force" not in as_dict(record)
