"""`inspect --date` on several `--dataset`: the version in force at, before, between and after the
two versions versions_sample.py builds (the sample, ended on NEW_EFFECTIVE, and its successor),
through the command line's main(); a date with no version, or several datasets without a date,
is one line on stderr and exit 2."""
import json

import pytest

import versions_sample as sample
from zoning_plugin.core.__main__ import EXIT_BAD_INPUT, main
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, Dataset

RENAMED_CODE, NEW_NAME = sample.EDITS["renamed"]


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli_versions")
    return sample.old_version(folder / "old.gpkg"), sample.new_version(folder / "new.gpkg")


@pytest.fixture(scope="module")
def renamed_point():
    """A point inside the unit the second version renames: which name inspect gives shows which
    version it read."""
    dataset = Dataset(SAMPLE_DATASET_PATH)
    index = dataset.unit_index(RENAMED_CODE)
    point = dataset.units.geometries[index].representative_point()
    return str(point.x), str(point.y)


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def inspect_json(capsys, versions, point, day):
    code, out, err = run(capsys, "inspect", "--lon", point[0], "--lat", point[1], "--json",
                         "--dataset", versions[0], "--dataset", versions[1], "--date", day)
    assert code == 0 and err == "", err
    return json.loads(out)


def unit_name(data):
    return next(u["name"] for u in data["units"] if u["code"] == RENAMED_CODE)


@pytest.mark.parametrize("day, old", [
    (sample.OLD_EFFECTIVE, True),     # the first version's first day
    ("2026-05-31", True),             # between: its last day
    (sample.NEW_EFFECTIVE, False),    # the day the second took effect (the first's end, excluded)
    ("2031-01-01", False),            # after both: the second has not ended
])
def test_the_version_in_force_is_the_one_inspected(capsys, versions, renamed_point, day, old):
    data = inspect_json(capsys, versions, renamed_point, day)
    used = data["in_force"]["version"]
    assert data["in_force"]["date"] == day and data["in_force"]["reason"] == "in_force"
    assert used["version"] == (sample.OLD_VERSION if old else sample.NEW_VERSION)
    assert used["path"] == versions[0 if old else 1]
    assert used["effective_date"] == (sample.OLD_EFFECTIVE if old else sample.NEW_EFFECTIVE)
    assert used["end_date"] == (sample.NEW_EFFECTIVE if old else None)
    assert used["version"] in data["in_force"]["message"] and day in data["in_force"]["message"]
    assert [v["version"] for v in data["in_force"]["versions"]] == [sample.OLD_VERSION, sample.NEW_VERSION]
    # The answer comes from that version: its provenance and its name of the renamed unit.
    assert data["provenance"]["version"] == used["version"]
    assert (unit_name(data) == NEW_NAME) is not old


def test_the_text_answer_says_which_version_and_its_dates(capsys, versions, renamed_point):
    code, out, err = run(capsys, "inspect", "--lon", renamed_point[0], "--lat", renamed_point[1],
                         "--dataset", versions[0], "--dataset", versions[1], "--date", "2026-05-01")
    assert code == 0 and err == ""
    first = out.splitlines()[0]
    assert first == (f"2026-05-01 施行的版本：辽源市生态环境分区管控（示例数据） {sample.OLD_VERSION}"
                     f"（{sample.OLD_EFFECTIVE} 起施行，{sample.NEW_EFFECTIVE} 起不再施行）")


def assert_refused(code, out, err, *words):
    assert code == EXIT_BAD_INPUT and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], lines[0]


def test_before_the_first_version(capsys, versions, renamed_point):
    found = run(capsys, "inspect", "--lon", renamed_point[0], "--lat", renamed_point[1], "--json",
                "--dataset", versions[1], "--dataset", versions[0], "--date", "2025-01-25")
    assert_refused(*found, "错误：2025-01-25 早于最早的版本", sample.OLD_VERSION, sample.OLD_EFFECTIVE)


def test_after_the_last_ended(capsys, versions, renamed_point, english):
    found = run(capsys, "inspect", "--lon", renamed_point[0], "--lat", renamed_point[1],
                "--dataset", versions[0], "--date", sample.NEW_EFFECTIVE)
    assert_refused(*found, f"error: no version is in force on {sample.NEW_EFFECTIVE}", sample.OLD_VERSION,
                   f"ended on {sample.NEW_EFFECTIVE}")


def second_version_from(path, effective_date):
    """The second version, taking effect on another day (its dates are all that differ)."""
    sample.new_version(path)
    datasource = sample._open(path)
    sample._set_meta(datasource, {"effective_date": effective_date})
    datasource = None
    return str(path)


def test_in_a_gap(capsys, versions, renamed_point, tmp_path):
    later = second_version_from(tmp_path / "later.gpkg", "2026-07-01")
    found = run(capsys, "inspect", "--lon", renamed_point[0], "--lat", renamed_point[1],
                "--dataset", versions[0], "--dataset", later, "--date", "2026-06-15")
    assert_refused(*found, "2026-06-15 没有施行中的版本", f"于 {sample.NEW_EFFECTIVE} 起不再施行",
                   "于 2026-07-01 起才施行")


def test_two_versions_in_force_are_refused(capsys, versions, renamed_point, tmp_path):
    unended = second_version_from(tmp_path / "unended.gpkg", "2026-01-01")
    found = run(capsys, "inspect", "--lon", renamed_point[0], "--lat", renamed_point[1],
                "--dataset", versions[0], "--dataset", unended, "--date", "2026-03-01")
    assert_refused(*found, "2026-03-01 有 2 个版本同时施行", sample.OLD_VERSION, sample.NEW_VERSION)


def test_several_datasets_need_a_date(capsys, versions, english):
    found = run(capsys, "inspect", "--lon", "125.145", "--lat", "42.902",
                "--dataset", versions[0], "--dataset", versions[1])
    assert_refused(*found, "error: 2 --dataset (versions) are given", "--date")


def test_a_date_that_does_not_read(capsys, versions):
    found = run(capsys, "inspect", "--lon", "125.145", "--lat", "42.902", "--dataset", versions[0],
                "--date", "2026-13-01")
    assert_refused(*found, "日期“2026-13-01”不是 YYYY-MM-DD 格式的日期")


def test_one_dataset_without_a_date_is_as_before(capsys, versions, renamed_point):
    code, out, err = run(capsys, "inspect", "--lon", renamed_point[0], "--lat", renamed_point[1], "--json",
                         "--dataset", versions[1])
    data = json.loads(out)
    assert code == 0 and "in_force" not in data
    assert data["provenance"]["version"] == sample.NEW_VERSION and unit_name(data) == NEW_NAME
