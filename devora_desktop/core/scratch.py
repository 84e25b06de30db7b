"""A folder of this process's own in the temporary directory, gone when the process ends,
and the empty ones that crashed or older runs left swept at the next start.

    root = own_folder("devora-downloads-")   # made, held, removed at exit

Every start of the window made an empty ``/tmp/devora-downloads-*`` and left it (603 on the
development machine in one day). Another running Devora may be using one of them, so the
sweep takes only what is surely no one's: a real folder (never a link), of this user, empty,
untouched for :data:`STALE_S`, and not held by a running process (each holds a lock on its
own folder while it lives; POSIX only — elsewhere nothing is swept).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

#: how long an empty folder must have been untouched before a start sweeps it: a folder a
#: version without the lock made, or one a start is locking this moment, is left alone
STALE_S = 3600.0

_held: dict[str, int] = {}  # folder -> the open descriptor holding its lock


def _lock(fd: int, wait: bool) -> bool:
    """Take the folder's lock (shared by nobody); False when another process holds it."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock, and so no sweep
        return not wait
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def sweep(prefix: str, where: str | None = None, now: float | None = None) -> list[str]:
    """Remove ``prefix``* folders in ``where`` (the temporary directory) that are surely
    no one's (see the module's docstring); the names removed."""
    where = where or tempfile.gettempdir()
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(where))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(prefix) or entry.path in _held:
            continue
        try:
            seen = entry.stat(follow_symlinks=False)
            if not stat.S_ISDIR(seen.st_mode) or seen.st_uid != os.getuid() \
                    or now - seen.st_mtime < STALE_S:
                continue
            fd = os.open(entry.path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except (OSError, AttributeError):  # AttributeError: no getuid/O_NOFOLLOW (Windows)
            continue
        try:
            opened = os.fstat(fd)
            if (opened.st_dev, opened.st_ino) != (seen.st_dev, seen.st_ino) \
                    or not _lock(fd, wait=False):
                continue  # swapped meanwhile, or a running Devora's
            os.rmdir(entry.path)  # fails on anything not empty: nothing in it is touched
            removed.append(entry.name)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def own_folder(prefix: str) -> Path:
    """A new folder ``prefix``* in the temporary directory, held (locked) by this process
    and removed with what is in it when the process exits; stale ones swept first."""
    sweep(prefix)
    path = tempfile.mkdtemp(prefix=prefix)
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        _held[path] = fd
        _lock(fd, wait=True)
    atexit.register(release, Path(path))
    return Path(path)


def release(path: Path) -> None:
    """Remove ``path`` (one of :func:`own_folder`'s) and what is in it, and let go of it."""
    shutil.rmtree(path, ignore_errors=True)
    fd = _held.pop(str(path), None)
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)
