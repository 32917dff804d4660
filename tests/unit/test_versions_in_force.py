"""The version in force on a date: at, before, between and after versions; a gap, a tie, a
version without dates; the importer writes and checks the dates."""
import datetime

import pytest

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.versions import in_force as core
from test_import_run import full_options


def meta(version, effective, end=""):
    return {"title": "辽源市生态环境分区管控", "version": version, "effective_date": effective, "end_date": end}


V2021 = meta("2021", "2021-06-30", "2025-01-26")
V2025 = meta("2025", "2025-01-26", "2026-06-01")
V2026 = meta("2026", "2026-06-01")
VERSIONS = [V2026, V2021, V2025]      # in no particular order


@pytest.mark.parametrize("day, chosen", [
    ("2021-06-30", V2021),            # at the first version's start
    ("2023-03-01", V2021),            # inside it
    ("2025-01-25", V2021),            # its last day
    ("2025-01-26", V2025),            # the day the next took effect: the end date is excluded
    ("2026-05-31", V2025),
    ("2026-06-01", V2026),
    ("2030-01-01", V2026),            # after the last, which has not ended
])
def test_the_version_in_force(day, chosen):
    found = core.version_in_force(VERSIONS, day)
    assert found.reason == core.IN_FORCE and found.dataset is chosen
    assert found.date == datetime.date.fromisoformat(day)
    assert chosen["version"] in found.message and day in found.message


def test_before_the_first_version():
    found = core.version_in_force(VERSIONS, "2020-01-01")
    assert found.reason == core.BEFORE_FIRST and found.dataset is None
    assert found.message == "2020-01-01 早于最早的版本：辽源市生态环境分区管控 2021 于 2021-06-30 起施行，此前没有可用的版本"


def test_in_a_gap(english):
    versions = [meta("2021", "2021-06-30", "2024-12-31"), V2025]
    found = core.version_in_force(versions, "2025-01-10")
    assert found.reason == core.IN_GAP and found.dataset is None
    assert found.message == ("no version was in force on 2025-01-10: 辽源市生态环境分区管控 2021 ended on 2024-12-31, "
                             "and 辽源市生态环境分区管控 2025 took effect only on 2025-01-26")


def test_after_the_last_ended():
    found = core.version_in_force([V2021, V2025], "2026-06-01")
    assert found.reason == core.AFTER_LAST and found.dataset is None
    assert "2026-06-01" in found.message and "2025" in found.message


def test_a_tie_is_refused():
    overlapping = [V2021, meta("2021 修订", "2024-01-01")]
    found = core.version_in_force(overlapping, "2024-06-01")
    assert found.reason == core.TIE and found.dataset is None
    assert "2 个版本同时施行" in found.message and "2021 修订" in found.message


def test_a_version_without_dates_is_left_out_and_said():
    found = core.version_in_force([meta("草案", ""), V2025], "2025-03-01")
    assert found.dataset is V2025 and len(found.left_out) == 1 and "草案" in found.left_out[0]
    none = core.version_in_force([meta("草案", "")], "2025-03-01")
    assert none.reason == core.NONE_DATED and none.dataset is None


def test_objects_with_meta_are_chosen_too():
    class Opened:
        def __init__(self, values):
            self.meta = values
    opened = [Opened(V2021), Opened(V2025)]
    assert core.version_in_force(opened, datetime.date(2025, 2, 1)).dataset is opened[1]


@pytest.mark.parametrize("effective, end, words", [
    ("2025-13-01", "", "2025-13-01"), ("2025年1月26日", "", "YYYY-MM-DD"), ("2025-01-26", "2025-01-26", "应晚于"),
    ("", "2025-01-26", "没有生效日期")])
def test_bad_dates_are_refused(effective, end, words):
    with pytest.raises(InputError, match=words):
        core.check_dates(effective, end)
    with pytest.raises(InputError):
        core.version_in_force([V2025], "2025-02-30")


def test_the_importer_writes_and_checks_the_dates(delivery):
    from zoning_plugin.core.dataset.reader import Dataset
    from zoning_plugin.core.importers.run import import_dataset
    _folder, out, paths = delivery
    import_dataset(full_options(paths, out / "d.gpkg", end_date="2026-01-01"))
    dataset = Dataset(str(out / "d.gpkg"))
    assert (dataset.meta["effective_date"], dataset.meta["end_date"]) == ("2025-01-26", "2026-01-01")
    assert core.version_in_force([dataset], "2025-12-31").dataset is dataset
    assert core.version_in_force([dataset], "2026-01-01").reason == core.AFTER_LAST
    with pytest.raises(InputError, match="应晚于"):
        import_dataset(full_options(paths, out / "bad.gpkg", end_date="2020-01-01"))
    assert not (out / "bad.gpkg").exists()
    import_dataset(full_options(paths, out / "open.gpkg"))      # not ended: no end_date key
    assert "end_date" not in Dataset(str(out / "open.gpkg")).meta
