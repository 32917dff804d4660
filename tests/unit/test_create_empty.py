"""core/outputs.create_empty: the file an export will write is created before the long work, and a
folder that cannot be written is said in the system's words, naming the user's path."""
import os

import pytest

from zoning_plugin.core.outputs import WRITE_FAILED, OutputError, create_empty


def test_the_file_is_created_empty(tmp_path):
    path = tmp_path / "sheets.pdf"
    path.write_bytes(b"old")
    create_empty(str(path))
    assert path.exists() and path.read_bytes() == b""


def test_a_missing_folder_names_the_users_path(tmp_path):
    temporary = str(tmp_path / "gone" / "sheets.pdf")
    with pytest.raises(OutputError) as raised:
        create_empty(temporary, "/home/user/sheets.pdf")
    error = raised.value
    assert error.reason == WRITE_FAILED and error.path == "/home/user/sheets.pdf"
    assert error.detail == os.strerror(2)
