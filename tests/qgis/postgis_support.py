"""A throwaway PostgreSQL + PostGIS cluster for the tests (issue 19 §6), started once per run.

initdb into a temporary folder (as the `postgres` user when the run is root: the server refuses
root), a free port on 127.0.0.1, `trust` only on that loopback socket except for the role
`zoning_pw`, which must give its password (the credential tests); PostGIS in a template database,
each test module's database copied from it. Stopped and removed at the end of the session.

Without the packages (PostgreSQL's initdb, PostGIS, psycopg2) the tests skip with the reason,
except under CI (CI=1), where they fail: CI installs them (.ci/run → make test → scripts/setup.sh)."""
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest

PASSWORD_ROLE = "zoning_pw"
PASSWORD = "s3cret-Zoning-口令"


def _missing():
    """Why no cluster can be made here, or None."""
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "python3-psycopg2 is not installed"
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not bins:
        return "PostgreSQL (initdb) is not installed"
    version = bins[-1].split("/")[4]
    if not os.path.isfile(f"/usr/share/postgresql/{version}/extension/postgis.control"):
        return f"PostGIS for PostgreSQL {version} is not installed (postgresql-{version}-postgis-3)"
    return None


def skip_or_fail(reason):
    if os.environ.get("CI") == "1":
        pytest.fail(f"PostGIS tests cannot run under CI: {reason}")
    pytest.skip(f"PostGIS tests skipped: {reason}")


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    def __init__(self):
        self.bin = os.path.dirname(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                                          key=lambda p: int(p.split("/")[4]))[-1])
        self.folder = tempfile.mkdtemp(prefix="zoning-pg-")
        self.data = os.path.join(self.folder, "data")
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres"
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)

    def _run(self, *args):
        command = [os.path.join(self.bin, args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self.folder)

    def start(self):
        self._run("initdb", "-D", self.data, "-U", "postgres", "-E", "UTF8", "--locale=C", "-A", "trust")
        with open(os.path.join(self.data, "pg_hba.conf"), "w") as hba:
            hba.write(f"local all all trust\n"
                      f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
                      f"host all all 127.0.0.1/32 trust\n")
        with open(os.path.join(self.data, "postgresql.conf"), "a") as conf:
            conf.write(f"listen_addresses = '127.0.0.1'\nport = {self.port}\nunix_socket_directories = '{self.folder}'\n"
                       "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
        self._run("pg_ctl", "-D", self.data, "-l", os.path.join(self.folder, "server.log"), "-w", "start")
        self.template = self.create_database("zoning_template", template="template0")
        with self.connect(self.template) as db, db.cursor() as cursor:
            cursor.execute("CREATE EXTENSION postgis")
            cursor.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD %s", (PASSWORD,))
        return self

    def stop(self):
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def conninfo(self, database, user="postgres", password=None):
        import psycopg2.extensions
        return psycopg2.extensions.make_dsn(host="127.0.0.1", port=self.port, dbname=database, user=user,
                                            password=password)

    def connect(self, database, user="postgres", password=None):
        import psycopg2
        db = psycopg2.connect(self.conninfo(database, user, password))
        db.autocommit = True
        return db

    def create_database(self, name=None, template=None):
        """A new database (a copy of the PostGIS template unless told); returns its name."""
        from psycopg2 import sql
        name = name or f"zoning_{uuid.uuid4().hex[:12]}"
        db = self.connect("postgres")
        try:
            with db.cursor() as cursor:
                cursor.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template or "zoning_template")))
        finally:
            db.close()
        return name


_cluster = None


def cluster():
    """The session's cluster, started on first use (skips, or fails under CI, without the packages)."""
    global _cluster
    reason = _missing()
    if reason:
        skip_or_fail(reason)
    if _cluster is None:
        _cluster = Cluster().start()
    return _cluster


def stop_cluster():
    global _cluster
    if _cluster is not None:
        _cluster.stop()
        _cluster = None


def save_connection(name, pg, database, user="postgres", authcfg=""):
    """A saved QGIS PostgreSQL connection to `database` of the test cluster (by role, or by an
    authcfg of QGIS's auth manager); returns its name."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(pg.port), database, "" if authcfg else user, "", QgsDataSourceUri.SslDisable,
                      authcfg)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True}), name)
    return name


def remove_connection(name):
    from qgis.core import QgsProviderRegistry
    QgsProviderRegistry.instance().providerMetadata("postgres").deleteConnection(name)


def published_sample(pg, connection, schema="bureau"):
    """Publish the bundled sample with the core (the algorithm's own tests go through processing.run)."""
    from zoning_plugin.core import SAMPLE_DATASET_PATH
    from zoning_plugin.core.postgis.publish import publish
    import zoning_plugin.toolbelt.pg_connections  # noqa: F401
    return publish(connection, schema, SAMPLE_DATASET_PATH)


def answer_of(result):
    """An InspectResult read from the database as plain data, without what names the publication
    (a file's has none): the rest must be the file's."""
    data = result.to_dict()
    publication = {key: data["dataset"].pop(key) for key in ("published_version", "published_at")}
    assert publication["published_version"] >= 1
    return data
