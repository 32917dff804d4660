"""Where an output may go and how it gets there: one discipline for every algorithm, the panel and
the CLI.

- A destination is resolved (links, `.`, `~`) and refused when it would destroy what the run reads
  or what the user keeps: an input file (a shapefile's sidecars and a GeoPackage's -wal/-shm
  included), a file inside an input folder, the zoning dataset, an existing folder given as a file;
  a folder output that is, contains or lies inside an input, or holds anything the plugin did not
  write there itself (`output_folders.FolderOutput`, checked against the manifest of its own files).
- Every file is written into a temporary sibling, checked (a GeoPackage opens and passes
  `PRAGMA integrity_check`, a PDF ends with `%%EOF`, a zip's members pass their CRC, a text has
  the size written), flushed to disk, given the user's usual permissions (umask) and renamed into
  place; all outputs of one run are renamed together after the last cancel check (`Outputs`), so
  a cancel, a failure or a kill leaves each old output as it was or the new one complete.
- Nothing the plugin did not create is ever deleted.

Errors are `OutputError`: a reason, the user's path and, where it helps, the other path or the
system's words; the GUI side words them in the user's language."""
import contextlib
import os
import re
import secrets
import shutil
import socket
import sqlite3
import urllib.parse
import zipfile

from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.messages import colon, say

# Files that are one dataset with the file named: a shapefile's parts, a SQLite database's journals.
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd", ".qpj", ".shp.xml")
SQLITE_SUFFIXES = ("-wal", "-shm", "-journal")
SQLITE_EXTENSIONS = (".gpkg", ".sqlite", ".db", ".mbtiles")
ZIP_EXTENSIONS = (".zip", ".odt", ".ods", ".docx", ".xlsx", ".qgz")
# What a spreadsheet runs as a formula when a cell starts with it (CSV/XLSX injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEMPORARY_TAG = ".zoning-tmp-"

# Reasons of OutputError, one per sentence the user reads (algorithms/outputs.py words them).
IS_INPUT, IN_INPUT_FOLDER, IS_DATASET, IS_FOLDER, IS_FILE = \
    "is_input", "in_input_folder", "is_dataset", "is_folder", "is_file"
CONTAINS_INPUT, NOT_OURS, ZIP_NOT_OURS, WRITE_FAILED, CHECK_FAILED, TWICE, FILE_IN_PATH = \
    "contains_input", "not_ours", "zip_not_ours", "write_failed", "check_failed", "twice", "file_in_path"

_ENGLISH = {
    IS_INPUT: ("输出会覆盖输入", "the output would overwrite an input"),
    IN_INPUT_FOLDER: ("输出位于输入文件夹内", "the output lies inside an input folder"),
    IS_DATASET: ("输出会覆盖分区管控数据集", "the output would overwrite the zoning dataset"),
    IS_FOLDER: ("输出路径是已有文件夹", "the output path is an existing folder"),
    IS_FILE: ("输出文件夹路径是已有文件", "the output folder path is an existing file"),
    CONTAINS_INPUT: ("输出文件夹包含输入", "the output folder contains an input"),
    NOT_OURS: ("文件夹内有并非本插件写入的内容", "the folder holds files the plugin did not write"),
    ZIP_NOT_OURS: ("同名压缩包并非本插件写入", "the zip of that name was not written by the plugin"),
    WRITE_FAILED: ("无法写入", "cannot be written"),
    CHECK_FAILED: ("写出的文件不完整", "the written file is incomplete"),
    TWICE: ("同一文件被指定为两个输出", "the same file is given for two outputs"),
    FILE_IN_PATH: ("路径中的文件夹位置上是一个文件", "a file stands where the path needs a folder"),
}


def _host():
    return re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:20] or "host"


def temporary_name(folder, suffix=""):
    """A new temporary path in `folder`: `.zoning-tmp-<host>-<pid>-<random><suffix>`, so that one
    left by a killed run of this machine can be recognised and removed (sweep)."""
    return os.path.join(folder, f"{TEMPORARY_TAG}{_host()}-{os.getpid()}-{secrets.token_hex(6)}{suffix}")


_LEFT = re.compile(re.escape(TEMPORARY_TAG) + r"(?P<host>[A-Za-z0-9]+)-(?P<pid>\d+)-[0-9a-f]{12}")


def _running(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def sweep(folder):
    """Remove the temporary files (and build folders) a killed run of this machine left in `folder`:
    only names the plugin gives (temporary_name) whose process is gone; never an old package set
    aside during a replace (its name says `old`), never anything else."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    host = _host()
    for name in names:
        match = _LEFT.match(name)
        if not match or match.group("host") != host or _running(int(match.group("pid"))):
            continue
        path = os.path.join(folder, name)
        with contextlib.suppress(OSError):
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.remove(path)


class OutputError(ZoningError):
    """An output refused or not written. `reason` is one of the constants above, `path` the
    user's destination, `other` the input or dataset concerned, `detail` the system's words."""

    def __init__(self, reason, path, other=None, detail=None):
        self.reason, self.path, self.other, self.detail = reason, path, other, detail
        chinese, english = _ENGLISH[reason]
        extra = "".join(f"{colon()}{part}" for part in (other, detail) if part)
        super().__init__(f"{path}{colon()}{say(chinese, english)}{extra}")


def as_text_cell(value):
    """A text value a spreadsheet would run as a formula, made text with a leading apostrophe;
    anything else unchanged."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def resolve(path):
    """The absolute path `path` names, links and `.`/`..`/`~` resolved (as far as it exists)."""
    return os.path.realpath(os.path.abspath(os.path.expanduser(os.fspath(path))))


def _stem_and_extension(path):
    lower = path.lower()
    for extension in SHAPEFILE_PARTS + SQLITE_EXTENSIONS:
        if lower.endswith(extension):
            return path[:len(path) - len(extension)], extension
    return os.path.splitext(path)


def family(path):
    """The files that are one dataset with `path` (resolved, lower-cased on case-insensitive
    systems): a shapefile's parts, a SQLite database with its journals, else the file alone."""
    stem, extension = _stem_and_extension(path)
    if extension.lower() in SHAPEFILE_PARTS:
        names = {stem + part for part in SHAPEFILE_PARTS}
    elif extension.lower() in SQLITE_EXTENSIONS:
        names = {path} | {path + suffix for suffix in SQLITE_SUFFIXES}
    else:
        names = {path}
    return {os.path.normcase(name) for name in names}


def inside(path, folder):
    """Whether resolved `path` is `folder` or lies inside it."""
    try:
        return os.path.commonpath([os.path.normcase(path), os.path.normcase(folder)]) == os.path.normcase(folder)
    except ValueError:          # different drives
        return False


class Guard:
    """What a run reads, so that no output of it can destroy it. `inputs` are the paths of the
    files and folders read (None and '' are skipped); `dataset` the zoning dataset's file."""

    def __init__(self, inputs=(), dataset=None):
        self.inputs = [resolve(p) for p in inputs if p]
        self.dataset = resolve(dataset) if dataset else None

    def _read(self):
        # the dataset first: when it is also an input (DATASET), the message names it as the dataset
        return ([(self.dataset, IS_DATASET)] if self.dataset else []) + [(p, IS_INPUT) for p in self.inputs]

    def check_file(self, path):
        """The resolved `path` for a file output; OutputError when it is refused."""
        target = resolve(path)
        if os.path.isdir(target):
            raise OutputError(IS_FOLDER, path)
        mine = family(target)
        for read, reason in self._read():
            if os.path.isdir(read):
                if inside(target, read):
                    raise OutputError(IN_INPUT_FOLDER, path, read)
            elif mine & family(read):
                raise OutputError(reason, path, read)
        return target

    def check_folder(self, path):
        """The resolved `path` for a folder output; OutputError when it is an input, contains one
        or lies inside an input folder."""
        target = resolve(path)
        if os.path.exists(target) and not os.path.isdir(target):
            raise OutputError(IS_FILE, path)
        for read, reason in self._read():
            if os.path.isdir(read) and inside(target, read):
                raise OutputError(IN_INPUT_FOLDER, path, read)
            if inside(read, target):
                raise OutputError(CONTAINS_INPUT if read != target else reason, path, read)
        return target


# -- checks of a written file --------------------------------------------------------------------
def check_sqlite(path):
    """None when the SQLite file (a GeoPackage) opens and passes `PRAGMA integrity_check`, else why.
    Opened read-only: the check never writes."""
    uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            if path.lower().endswith(".gpkg"):
                connection.execute("SELECT count(*) FROM gpkg_contents").fetchone()
    except sqlite3.Error as error:
        return str(error)
    return None if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def check_pdf(path):
    with open(path, "rb") as stream:
        head = stream.read(5)
        stream.seek(max(0, os.path.getsize(path) - 1024))
        tail = stream.read()
    if head != b"%PDF-":
        return "not a PDF"
    return None if b"%%EOF" in tail else "no %%EOF at the end"


def check_zip(path):
    try:
        with zipfile.ZipFile(path) as archive:
            broken = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        return str(error) or "not a zip"
    return None if broken is None else f"bad member {broken}"


def check_of(path):
    """The check for a file by its extension (None: it only has to exist)."""
    lower = path.lower()
    if lower.endswith(SQLITE_EXTENSIONS):
        return check_sqlite
    if lower.endswith(".pdf"):
        return check_pdf
    if lower.endswith(ZIP_EXTENSIONS):
        return check_zip
    return None


def current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def fsync_path(path, folder=False):
    """Flush a file (or a folder's entries) to disk; a folder that cannot be opened is skipped."""
    try:
        handle = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if folder else 0))
    except OSError:
        if folder:
            return
        raise
    try:
        os.fsync(handle)
    except OSError:
        if not folder:
            raise
    finally:
        os.close(handle)


def write_failed(path, error):
    """OutputError: the user's `path` could not be written, in the system's words (OSError `error`)."""
    return OutputError(WRITE_FAILED, path, detail=system_words(error))


def create_empty(path, shown_path=None):
    """Create the empty file `path` (a temporary file of Outputs) before a long export into it, so
    that a folder that cannot be written is said early, in the system's words (PDF and ODT writers
    only say that they failed); OutputError naming `shown_path` (the user's path)."""
    try:
        with open(path, "wb"):
            pass
    except OSError as error:
        raise write_failed(shown_path or path, error) from None


def system_words(error):
    return getattr(error, "strerror", None) or str(error)


class Outputs:
    """The files one run writes, as a transaction: `file(path)` gives the temporary sibling to write,
    `commit()` checks every one and renames them all into place, `discard()` (or leaving the `with`
    block without a commit) removes them. Nothing reaches a destination before commit."""

    def __init__(self, guard=None):
        self.guard = guard or Guard()
        self._pending = []       # (user's path, resolved destination, temporary, check, size)

    def file(self, path, check=None):
        """A temporary path beside `path`'s destination, with the same name (drivers choose by
        its extension and name what they write after it); `check(temporary)` → None or why it is
        broken (default: by extension). write()/write_into() also check the size written."""
        target = self.guard.check_file(path)
        if any(family(target) & family(entry[1]) for entry in self._pending):
            raise OutputError(TWICE, path)
        folder = os.path.dirname(target)
        try:
            os.makedirs(folder, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            blocking = folder
            while blocking and not os.path.isfile(blocking) and os.path.dirname(blocking) != blocking:
                blocking = os.path.dirname(blocking)
            raise OutputError(FILE_IN_PATH, path, other=blocking) from None
        except OSError as error:
            raise write_failed(path, error) from None
        sweep(folder)
        # a folder of its own beside the destination, holding the file under the user's name:
        # drivers name what they write after the file (a GeoPackage's table, a shapefile's layer)
        holder = temporary_name(folder)
        try:
            os.mkdir(holder)
        except OSError as error:
            raise write_failed(path, error) from None
        temporary = os.path.join(holder, os.path.basename(target))
        self._pending.append([path, target, temporary, check or check_of(target), None])
        return temporary

    def write(self, path, data):
        """`data` (bytes) as the pending file for the user's `path`; its temporary path."""
        temporary = self.file(path)
        self.write_into(temporary, data)
        return temporary

    def write_into(self, temporary, data):
        """`data` (bytes) into a pending file file() gave earlier (reserved before a long run, so a
        bad destination is refused first); checked by its size at commit."""
        entry = next(e for e in self._pending if e[2] == temporary)
        try:
            with open(temporary, "wb") as stream:
                stream.write(data)
        except OSError as error:
            raise write_failed(entry[0], error) from None
        entry[4] = len(data)

    def commit(self):
        """Check, flush and rename every pending file into place; OutputError naming the user's
        path when one is missing or broken (nothing is renamed then)."""
        mask = current_umask()
        for path, _target, temporary, check, size in self._pending:
            parts = self._parts(temporary)
            if not parts:       # (a shapefile of a table without geometry is its .dbf alone)
                raise OutputError(CHECK_FAILED, path, detail="no file was written")
            if size is not None and os.path.getsize(temporary) != size:
                raise OutputError(CHECK_FAILED, path, detail=f"{os.path.getsize(temporary)} of {size} bytes")
            try:
                problem = check(temporary) if check else None
                for part in parts:
                    fsync_path(part)
                    os.chmod(part, 0o666 & ~mask)      # mkstemp-like files are private; outputs are not
            except OSError as error:
                raise write_failed(path, error) from None
            if problem:
                raise OutputError(CHECK_FAILED, path, detail=problem)
        folders = set()
        for path, target, temporary, _check, _size in self._pending:
            stem, _ = _stem_and_extension(target)
            temporary_stem, _ = _stem_and_extension(temporary)
            try:
                # an old output's journals would be replayed into the new file: they go with it
                for suffix in SQLITE_SUFFIXES if target.lower().endswith(SQLITE_EXTENSIONS) else ():
                    if os.path.exists(target + suffix) and not os.path.exists(temporary + suffix):
                        os.remove(target + suffix)
                if target.lower().endswith(SHAPEFILE_PARTS):
                    # the old shapefile's parts that the new one lacks would join it: remove only those
                    new = {p[len(temporary_stem):] for p in self._parts(temporary)}
                    for part in SHAPEFILE_PARTS:
                        if part not in new and os.path.exists(stem + part):
                            os.remove(stem + part)
                for part in self._parts(temporary):
                    os.replace(part, stem + part[len(temporary_stem):])
            except OSError as error:
                raise write_failed(path, error) from None
            shutil.rmtree(os.path.dirname(temporary), ignore_errors=True)
            folders.add(os.path.dirname(target))
        for folder in folders:
            fsync_path(folder, folder=True)
        self._pending = []

    @staticmethod
    def _parts(temporary):
        """The temporary file and, for a shapefile, the sidecars its driver wrote beside it."""
        stem, extension = _stem_and_extension(temporary)
        if extension.lower() in SHAPEFILE_PARTS:
            return [stem + part for part in SHAPEFILE_PARTS if os.path.exists(stem + part)]
        return [p for p in [temporary] + [temporary + s for s in SQLITE_SUFFIXES] if os.path.exists(p)]

    def discard(self):
        for entry in self._pending:
            shutil.rmtree(os.path.dirname(entry[2]), ignore_errors=True)     # the run's own folder
        self._pending = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.discard()
        return False


def write_bytes(path, data, guard=None):
    """`data` into `path` atomically, checked by size (and by extension)."""
    with Outputs(guard) as outputs:
        outputs.write(path, data)
        outputs.commit()
    return path


def write_text(path, text, guard=None, encoding="utf-8"):
    return write_bytes(path, text.encode(encoding), guard)


def write_with(path, write, guard=None, check=None):
    """`write(temporary path)` then an atomic commit onto `path`. `write` returns False when it was
    cancelled or failed quietly (nothing is written then; False is returned); OSError from it
    becomes OutputError naming `path`."""
    with Outputs(guard) as outputs:
        temporary = outputs.file(path, check=check)
        try:
            if write(temporary) is False:
                return False
        except OSError as error:
            raise write_failed(path, error) from None
        outputs.commit()
    return True
