"""The command line reads a dataset published in PostGIS (issue 19): `--dataset
postgresql:SERVICE/SCHEMA` through a pg_service entry (the credentials stay in the service file),
answering as the GeoPackage it was published from; a wrong name or an unknown service is one line."""
import json
import os
import subprocess
import sys

import pytest

from postgis_support import published_sample, remove_connection, save_connection

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONNECTION, SERVICE, SCHEMA = "zoning cli", "zoning_bureau", "bureau"
PLACES = [(125.1450, 42.9020), (125.5300, 42.6780), (125.3245, 43.8868), (125.2101, 42.8544)]


@pytest.fixture(scope="module")
def service(pg_cluster, tmp_path_factory):
    """The sample published into a fresh database, and a pg_service file naming it."""
    name = pg_cluster.create_database()
    save_connection(CONNECTION, pg_cluster, name)
    assert published_sample(pg_cluster, CONNECTION, SCHEMA) == 1
    path = tmp_path_factory.mktemp("pgservice") / "pg_service.conf"
    path.write_text(f"[{SERVICE}]\nhost=127.0.0.1\nport={pg_cluster.port}\ndbname={name}\nuser=postgres\n")
    yield str(path)
    remove_connection(CONNECTION)


def cli(service_file, *args):
    env = {**os.environ, "PGSERVICEFILE": service_file, "ZONING_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "zoning_plugin.core", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def answer(service_file, dataset, lon, lat):
    run = cli(service_file, "inspect", *(["--dataset", dataset] if dataset else []), "--lon", str(lon),
              "--lat", str(lat), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    data.pop("provenance"), data.pop("dataset")       # they name where it was read from
    return data


def test_inspect_from_the_database_answers_as_the_file(service):
    for lon, lat in PLACES:
        assert answer(service, f"postgresql:{SERVICE}/{SCHEMA}", lon, lat) == answer(service, None, lon, lat)
    run = cli(service, "inspect", "--dataset", f"postgresql:{SERVICE}/{SCHEMA}", "--lon", "125.145",
              "--lat", "42.902", "--json")
    assert json.loads(run.stdout)["dataset"]["published_version"] == 1      # which publication answered


def test_validate_and_demo_read_the_database(service):
    for command in ("validate", "demo"):
        run = cli(service, command, "--dataset", f"postgresql:{SERVICE}/{SCHEMA}")
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip()


@pytest.mark.parametrize("dataset, message", [
    ("postgresql:zoning_bureau", "error: a PostgreSQL dataset is written postgresql:CONNECTION/SCHEMA"),
    ("postgresql:no_such_service/bureau", "error: cannot connect with the PostgreSQL connection “no_such_service”"),
    (f"postgresql:{SERVICE}/no_such_schema", "error: "),
])
def test_a_wrong_name_is_one_line(service, dataset, message):
    run = cli(service, "inspect", "--dataset", dataset, "--lon", "125.145", "--lat", "42.902")
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith(message) and len(run.stderr.strip().splitlines()) == 1, run.stderr
