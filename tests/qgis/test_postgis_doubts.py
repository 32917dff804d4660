"""Doubts collected centrally (issue 19 §4): with the dataset in PostGIS, "this result looks wrong"
from the panel goes to the bureau's `doubts` table in the name of the connection's role; staff may
insert but not change or remove others' rows, nor write in another's name; the doubts dialog lists
the bureau's rows and exports them."""
import psycopg2
import pytest
import shapely
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QTableWidget

from postgis_support import published_sample, remove_connection, save_connection
from test_doubts import NOTE, action, inspect_parcel, with_dialog, write_note
from zoning_plugin.core.doubts import list_doubts
from zoning_plugin.gui.doubts_dialog import load_doubts_path
from zoning_plugin.toolbelt.settings import ZoningSettings

STAFF = ("zoning_staff_a", "zoning_staff_b")


@pytest.fixture(scope="module")
def bureau(pg_cluster):
    database = pg_cluster.create_database()
    save_connection("zoning doubts owner", pg_cluster, database)
    published_sample(pg_cluster, "zoning doubts owner", "bureau")
    with pg_cluster.connect(database) as db, db.cursor() as cursor:
        for role in STAFF:
            cursor.execute(f"CREATE ROLE {role} LOGIN; GRANT USAGE ON SCHEMA bureau TO {role}; "
                           f"GRANT SELECT ON ALL TABLES IN SCHEMA bureau TO {role}; "
                           f"GRANT INSERT, UPDATE, DELETE ON bureau.doubts TO {role}; "
                           f"GRANT USAGE ON SEQUENCE bureau.doubts_id_seq TO {role}")
    for role in STAFF:
        save_connection(role, pg_cluster, database, user=role)
    yield database
    for name in ("zoning doubts owner", *STAFF):
        remove_connection(name)


@pytest.fixture()
def as_staff():
    saved = ZoningSettings.load()

    def choose(role):
        chosen = ZoningSettings.load()
        chosen.pg_connection, chosen.pg_schema = role, "bureau"
        chosen.save()
    yield choose
    saved.save()


def test_a_doubt_goes_to_the_bureau_in_the_senders_name_and_others_cannot_touch_it(plugin, bureau, as_staff,
                                                                                 pg_cluster):
    as_staff(STAFF[0])
    result = inspect_parcel(plugin)
    seen = with_dialog(write_note(NOTE))
    action(plugin, "zoning_flag_doubt").trigger()
    assert seen and "bureau.doubts" in " ".join(label.text() for label in seen[0].findChildren(QLabel))
    assert "bureau.doubts" in plugin.dock.status.text()
    assert list_doubts(load_doubts_path()) == []           # not in the user's own file
    owner = pg_cluster.connect(bureau)
    with owner.cursor() as cursor:
        cursor.execute("SELECT id, user_name, note, published_version, result_json, ST_AsBinary(geom) FROM bureau.doubts")
        [(row_id, user, note, version, stored, wkb)] = cursor.fetchall()
    owner.close()
    assert (user, note, version) == (STAFF[0], NOTE, 1)
    assert [u["code"] for u in stored["units"]] == [u["code"] for u in result.units]
    assert shapely.equals_exact(shapely.from_wkb(bytes(wkb)), result.geometry_4490, 1e-9)

    other = pg_cluster.connect(bureau, user=STAFF[1])
    with other.cursor() as cursor:
        cursor.execute("UPDATE bureau.doubts SET note = 'changed' WHERE id = %s", (row_id,))
        assert cursor.rowcount == 0
        cursor.execute("DELETE FROM bureau.doubts WHERE id = %s", (row_id,))
        assert cursor.rowcount == 0
        with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="row-level security"):
            cursor.execute("INSERT INTO bureau.doubts (user_name, note, result_json) VALUES (%s, 'x', '{}')",
                           (STAFF[0],))
        cursor.execute("SELECT note FROM bureau.doubts WHERE id = %s", (row_id,))
        assert cursor.fetchone() == (NOTE,)
    other.close()


def test_the_doubts_dialog_lists_the_bureaus_rows_and_exports_them(plugin, bureau, as_staff, tmp_path, monkeypatch):
    from qgis.PyQt.QtWidgets import QFileDialog
    as_staff(STAFF[1])
    inspect_parcel(plugin)
    with_dialog(write_note("第二条：from the other desk"))
    action(plugin, "zoning_flag_doubt").trigger()
    shown = {}

    def answer(dialog):
        table = dialog.findChild(QTableWidget, "zoning_doubts_table")
        shown["notes"] = [table.item(r, 2).text() for r in range(table.rowCount())]
        shown["who"] = [table.item(r, 2).toolTip().split("\n")[0] for r in range(table.rowCount())]
        shown["place"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        shown["file enabled"] = dialog.findChild(QPushButton, "zoning_doubts_file").isEnabled()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "all.csv"), ""))
        dialog.findChild(QPushButton, "zoning_doubts_export").click()
        dialog.reject()
    with_dialog(answer)
    action(plugin, "zoning_doubts_list").trigger()
    assert shown["notes"][0] == "第二条：from the other desk" and len(shown["notes"]) >= 1
    assert shown["who"][0] == STAFF[1]
    assert "bureau.doubts" in shown["place"] and not shown["file enabled"]
    exported = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    assert "第二条：from the other desk" in exported and STAFF[1] in exported
