"""Folder outputs (the field package): a folder the plugin fills as a whole, with a manifest of the
files it wrote there, so that an old one is replaced only when it holds exactly those (a project
folder, photos from the field, an edited GeoPackage are never replaced); see core/outputs.py for
the destinations' guard and the files' discipline."""
import contextlib
import hashlib
import json
import os
import secrets
import shutil

from zoning_plugin.core.outputs import (CHECK_FAILED, NOT_OURS, TEMPORARY_TAG, ZIP_NOT_OURS, Guard, write_failed,
                                        OutputError, check_zip, current_umask, fsync_path, sweep,
                                        temporary_name)

MANIFEST = ".zoning-manifest.json"
TEMPORARY_OLD_TAG = TEMPORARY_TAG + "old-"     # an old package set aside while replaced (never swept)


def _digest(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _listing(folder):
    """{relative path: (size, sha256)} of every file under `folder`, and its folders (relative)."""
    files, folders = {}, set()
    for root, dirs, names in os.walk(folder):
        relative_root = os.path.relpath(root, folder)
        for name in dirs:
            folders.add(os.path.normpath(os.path.join(relative_root, name)))
        for name in names:
            relative = os.path.normpath(os.path.join(relative_root, name))
            if relative != MANIFEST:
                full = os.path.join(root, name)
                files[relative] = (os.path.getsize(full), _digest(full))
    return files, folders


def _read_manifest(folder):
    try:
        with open(os.path.join(folder, MANIFEST), encoding="utf-8") as stream:
            manifest = json.load(stream)
        return ({k: tuple(v) for k, v in manifest["files"].items()}, set(manifest["folders"]), manifest.get("zip"),
                manifest.get("replaced_zip"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def changes_in(folder):
    """What `folder` holds beyond, or different from, the manifest of what the plugin wrote there
    (relative paths, sorted); [] when it holds exactly that, or nothing, or does not exist."""
    if not os.path.isdir(folder) or not os.listdir(folder):
        return []
    manifest = _read_manifest(folder)
    files, folders = _listing(folder)
    if manifest is None:
        return sorted(files) + sorted(folders) or [MANIFEST]
    listed, listed_folders = manifest[:2]
    changed = [name for name, state in files.items() if listed.get(name) != state]
    missing = [name for name in listed if name not in files]
    return sorted(changed + missing + sorted(folders - listed_folders))


class FolderOutput:
    """A folder the plugin fills as a whole (and, with `zip_beside`, `<folder>.zip` beside it):
    built in a temporary sibling, then put in place of the old one, which is replaced only when it
    holds exactly what the plugin wrote there last time (its manifest): anything else, a photo, an
    edited GeoPackage, a note, and the run is refused before anything is written."""

    def __init__(self, path, guard=None, zip_beside=False):
        self.path = path
        self.target = (guard or Guard()).check_folder(path)
        if self.target == os.path.dirname(self.target):
            raise OutputError(NOT_OURS, path)          # a file-system root is never the plugin's
        self.zip_path = self.target + ".zip" if zip_beside else None
        self.check()
        self.build = None

    def check(self):
        """OutputError when the folder or the zip beside it holds something not the plugin's."""
        changed = changes_in(self.target)
        if changed:
            shown = ", ".join(changed[:5]) + (" …" if len(changed) > 5 else "")
            raise OutputError(NOT_OURS, self.path, detail=shown)
        if self.zip_path and os.path.exists(self.zip_path):
            manifest = _read_manifest(self.target) if os.path.isdir(self.target) else None
            # the zip the manifest names, or the one it replaced (a run killed between putting the
            # folder and the zip in place leaves the new folder beside the old zip)
            if manifest is None or not os.path.isfile(self.zip_path) or \
                    _digest(self.zip_path) not in (manifest[2], manifest[3]):
                raise OutputError(ZIP_NOT_OURS, self.zip_path)

    def start(self):
        """The temporary folder to build the new content in."""
        parent = os.path.dirname(self.target)
        try:
            os.makedirs(parent, exist_ok=True)
            sweep(parent)
            self.build = temporary_name(parent)
            os.mkdir(self.build)
        except OSError as error:
            raise write_failed(self.path, error) from None
        return self.build

    def commit(self, write_zip=None):
        """Put the built folder in place (and `write_zip(temporary zip, folder)` beside it), with a
        manifest of its files; the old folder goes only after it was found to be the plugin's."""
        mask = current_umask()
        parent = os.path.dirname(self.target)
        zip_temporary = temporary_name(parent, ".zip") if self.zip_path else None
        try:
            files, folders = _listing(self.build)
            if zip_temporary:
                write_zip(zip_temporary, self.build)
                problem = check_zip(zip_temporary)
                if problem:
                    raise OutputError(CHECK_FAILED, self.zip_path, detail=problem)
            replaced_zip = _digest(self.zip_path) if self.zip_path and os.path.isfile(self.zip_path) else None
            manifest = {"files": files, "folders": sorted(folders),
                        "zip": _digest(zip_temporary) if zip_temporary else None, "replaced_zip": replaced_zip}
            with open(os.path.join(self.build, MANIFEST), "w", encoding="utf-8") as stream:
                json.dump(manifest, stream, ensure_ascii=False, indent=1)
            for root, dirs, names in os.walk(self.build):
                os.chmod(root, 0o777 & ~mask)
                for name in names:
                    fsync_path(os.path.join(root, name))
                    os.chmod(os.path.join(root, name), 0o666 & ~mask)
            if zip_temporary:
                fsync_path(zip_temporary)
                os.chmod(zip_temporary, 0o666 & ~mask)
            self.check()                # again: the user may have put something there meanwhile
            old = None
            if os.path.isdir(self.target) and not os.listdir(self.target):
                os.rmdir(self.target)           # the empty folder made for the package
            elif os.path.isdir(self.target):
                old = os.path.join(parent, f"{TEMPORARY_OLD_TAG}{secrets.token_hex(6)}")
                os.rename(self.target, old)
            os.rename(self.build, self.target)
            self.build = None
            if zip_temporary:
                os.replace(zip_temporary, self.zip_path)
                zip_temporary = None
            fsync_path(parent, folder=True)
            if old:
                _remove_listed(old)
        except OSError as error:
            raise write_failed(self.path, error) from None
        finally:
            if zip_temporary and os.path.exists(zip_temporary):
                os.remove(zip_temporary)
            self.discard()

    def discard(self):
        """Remove the temporary folder (the plugin's own, made by start())."""
        if self.build and os.path.isdir(self.build):
            shutil.rmtree(self.build, ignore_errors=True)
        self.build = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.discard()
        return False


def _remove_listed(folder):
    """Remove the files and folders `folder`'s manifest lists, then `folder` if nothing else is left
    in it: what appeared there after the check stays."""
    manifest = _read_manifest(folder)
    if manifest is None:
        return
    files, folders = manifest[:2]
    for name in list(files) + [MANIFEST]:
        with contextlib.suppress(OSError):
            os.remove(os.path.join(folder, name))
    for name in sorted(folders, key=len, reverse=True) + [""]:
        with contextlib.suppress(OSError):
            os.rmdir(os.path.join(folder, name))
