"""DATE of zoning:screen_project from a shell (scripts/qgis_process, a profile of its own: its
dataset is the bundled sample, effective 2025-01-26): a DATASET given and a date in its time is
used and said; a date outside it, or before the sample took effect, is a non-zero exit with one
line, and nothing written."""
import json
import os
import sys

import pytest

from qgis_process_support import run

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit"))
import versions_sample as sample  # noqa: E402

ALGORITHM = "zoning:screen_project"
SITE = '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, ' \
       '"geometry": {"type": "Point", "coordinates": [125.145, 42.902]}}]}'


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    return tmp_path_factory.mktemp("qgis-process-profile")


@pytest.fixture(scope="module")
def old(tmp_path_factory):
    return str(sample.old_version(tmp_path_factory.mktemp("qp_versions") / "old.gpkg"))


def screen(profile, folder, **parameters):
    site = folder / "site.geojson"
    site.write_text(SITE, encoding="utf-8")
    return run(profile, ALGORITHM, {"INPUT": str(site), "INDUSTRY_CODE": "C2614", "OUTPUT": str(folder / "table.gpkg"),
                                    "JSON": str(folder / "screening.json"), **parameters})


def test_a_dataset_given_in_force_on_the_date_is_used(profile, old, tmp_path):
    done = screen(profile, tmp_path, DATASET=old, DATE="2026-05-31")
    assert done.returncode == 0, done.stderr
    chosen = json.loads((tmp_path / "screening.json").read_text(encoding="utf-8"))["dataset"]["in_force"]
    assert chosen["version"]["version"] == sample.OLD_VERSION and chosen["date"] == "2026-05-31"
    assert "Version chosen by the date: in force on 2026-05-31: " in done.stdout


@pytest.mark.parametrize("extra, says", [
    ({"DATE": "2027-01-01", "DATASET": "old"}, "the zoning dataset given was not in force on 2027-01-01"),
    ({"DATE": "2024-12-31"}, "2024-12-31 is before the first version"),
    ({"DATE": "31.12.2025"}, "is not a date of the form YYYY-MM-DD"),
])
def test_a_date_outside_is_a_failure_with_one_line(profile, old, tmp_path, extra, says):
    parameters = {key: (old if value == "old" else value) for key, value in extra.items()}
    done = screen(profile, tmp_path, **parameters)
    assert done.returncode != 0
    text = done.stdout + done.stderr
    errors = [line for line in text.splitlines() if line.startswith("ERROR:")]
    assert len(errors) == 1 and says in errors[0] and "Traceback" not in text, text
    assert sorted(os.listdir(tmp_path)) == ["site.geojson"]
