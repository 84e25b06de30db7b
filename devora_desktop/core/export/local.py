"""Folder and zip export: executable bits kept, symlinks never followed, neither in the project
nor in the target."""

from __future__ import annotations

import os
import stat
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from devora_desktop.core.errors import ExportError
from devora_desktop.core.export import ExportPlan
from devora_desktop.core.words import names_said, plural
from devora_desktop.core.workspace import first_symlink, shareable_mode

Progress = Callable[[int, int, str], None]
REPLACED_SHOWN = 5  # files named in the question before export into a folder; the rest counted


def _no_link_below(dest: Path, rel: str) -> Path:
    """``dest/rel``, or ExportError when an existing part of it below ``dest`` is a symlink:
    a link planted in the target would carry the write outside it."""
    link = first_symlink(dest, rel)
    if link is not None:
        raise ExportError(f"{link} is a symbolic link; refusing to write through it",
                          hint="remove the link or pick another folder")
    return dest.joinpath(*rel.split("/"))


def replaced(dest: Path, files: list[str]) -> list[str]:
    """Those of ``files`` an export into the folder ``dest`` would replace (there already)."""
    return [rel for rel in files if os.path.lexists(Path(dest).joinpath(*rel.split("/")))]


def occupant(dest: Path, files: list[str] | None = None) -> str | None:
    """What an export to ``dest`` would replace, in words, or None when nothing is there. A
    folder with files is named too, with those of the export's ``files`` it holds already:
    the window asks before merging into it, naming what the merge replaces (it said only
    "already holds 7 items", so a person could not tell their own notes from old exports)."""
    return look(dest, files).said


@dataclass(frozen=True)
class Occupant:
    """What is at an export's destination, from one look at it (:func:`look`)."""

    said: str | None  # in words (occupant); None: nothing is there
    replaced: list[str]  # those of the export's files already there
    folder: bool  # a folder (not a link, not a file): an export merges into it


def look(dest: Path, files: list[str] | None = None) -> Occupant:
    """:func:`occupant`'s words with the files they name and whether ``dest`` is a folder:
    the window's question needs all three, and took each with its own look (the folder's
    files were listed twice on every Export)."""
    dest = Path(dest)
    if os.path.islink(dest):
        return Occupant(f"{dest} is a symbolic link", [], False)
    if dest.is_dir():
        count = sum(1 for _ in dest.iterdir())
        if not count:
            return Occupant(None, [], True)
        there = f"the folder {dest} already holds {plural(count, 'item')}"
        if files is None:
            return Occupant(there, [], True)
        gone = replaced(dest, files)
        if not gone:
            return Occupant(f"{there}; none of them has the name of a file the export writes",
                            [], True)
        return Occupant(f"{there}; the export replaces {plural(len(gone), 'file')} there: "
                        f"{names_said(gone, REPLACED_SHOWN)}", gone, True)
    return Occupant(f"{dest} already exists" if dest.exists() else None, [], False)


# the window asks before it replaces anything; a file or link that came after it asked
AGAIN = "click Export again to be asked whether to replace it, or pick another destination"


def _claim(dest: Path, overwrite: bool, folder: bool) -> None:
    """Refuse a target that is a symbolic link or an existing file unless ``overwrite``; with
    it, a link is removed (never followed: the export lands where the link was)."""
    if os.path.islink(dest):
        if not overwrite:
            raise ExportError(f"{dest} is a symbolic link; refusing to write through it",
                              hint="pass --force to replace the link itself, or pick "
                                   "another destination", window_hint=AGAIN)
        dest.unlink()
    elif dest.exists() and not dest.is_dir() and not overwrite:
        raise ExportError(f"{dest} already exists",
                          hint="pass --force to replace it, or pick another destination",
                          window_hint=AGAIN)
    elif folder and dest.exists() and not dest.is_dir():
        raise ExportError(f"{dest} is a file, not a folder", hint="pick another destination")


def _copy_no_follow(src: Path, target: Path) -> None:
    """Copy bytes and the executable bit (the rest of the mode follows the umask: a project
    written private by an older version exports readable); the target is opened with
    O_NOFOLLOW (where the OS has it) so a link that appears after the check is not followed
    either."""
    data = src.read_bytes()
    mode = shareable_mode(bool(stat.S_IMODE(src.lstat().st_mode) & 0o111))
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except OSError as exc:
        if os.path.islink(target):
            raise ExportError(f"{target} is a symbolic link; refusing to write through it",
                              hint="remove the link or pick another folder") from exc
        raise
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(target, mode)
    st = src.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))


def copy_files(root: Path, files: list[str], dest: Path,
               progress: Progress | None = None, overwrite: bool = False) -> Path:
    """The one writer of project files into a folder outside Devora (folder export and
    ``generate --out``): never through a symlink at or inside ``dest``."""
    dest = Path(dest)
    try:
        _claim(dest, overwrite, folder=True)
        dest.mkdir(parents=True, exist_ok=True)
        for i, rel in enumerate(files):
            target = _no_link_below(dest, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            _no_link_below(dest, rel)  # mkdir may not have been the only writer
            _copy_no_follow(root.joinpath(*rel.split("/")), target)
            if progress:
                progress(i + 1, len(files), rel)
    except OSError as exc:
        raise ExportError(f"could not write to {dest}: {exc.strerror or exc}",
                          hint="pick another folder") from exc
    return dest


def export_folder(plan: ExportPlan, dest: Path, *, include_flagged: bool = False,
                  progress: Progress | None = None, overwrite: bool = False) -> Path:
    return copy_files(plan.root, plan.files_to_send(include_flagged), dest, progress,
                      overwrite)


def export_zip(plan: ExportPlan, dest: Path, *, prefix: str = "",
               include_flagged: bool = False, progress: Progress | None = None,
               overwrite: bool = False) -> Path:
    """Write the zip next to ``dest`` and rename it into place (no half zip on failure); an
    existing file or link at ``dest`` is replaced only with ``overwrite``."""
    dest = Path(dest)
    files = plan.files_to_send(include_flagged)
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        if dest.is_dir() and not os.path.islink(dest):
            raise ExportError(f"{dest} is a folder", hint="pick a file name ending in .zip")
        _claim(dest, overwrite, folder=False)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if os.path.islink(tmp):
            raise ExportError(f"{tmp} is a symbolic link; refusing to write through it",
                              hint="remove the link or pick another name")
        tmp.unlink(missing_ok=True)  # a stale part file of an earlier, interrupted export
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     0o666)
        with os.fdopen(fd, "wb") as raw, \
                zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for i, rel in enumerate(files):
                info = zipfile.ZipInfo(prefix + rel, date_time=time.localtime(
                    (plan.root / rel).stat().st_mtime)[:6])
                executable = bool(plan.mode(rel) & 0o111)
                info.external_attr = (0o100000 | shareable_mode(executable)) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, plan.read(rel))
                if progress:
                    progress(i + 1, len(files), rel)
        os.replace(tmp, dest)
    except OSError as exc:
        if not os.path.islink(tmp):
            tmp.unlink(missing_ok=True)
        raise ExportError(f"could not write {dest}: {exc.strerror}",
                          hint="pick another folder") from exc
    return dest
