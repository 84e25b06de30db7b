"""Where Devora keeps its data. ``$DEVORA_HOME`` overrides the platform's data dir
(tests, portable installs)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from devora_desktop.core.errors import InstanceLocked, StoreError

ENV_HOME = "DEVORA_HOME"
KEEP_FILE = "devora.keep.json"  # the index's small tables, kept beside it (core/store.py)


def data_dir() -> Path:
    """The data folder, private to this user: it holds every project Devora made, their
    conversations, logs and preview storage, and a home folder readable by others (0755,
    common on Linux) let any account on the computer read them. The platform's folder is
    made (or kept) 0700; a ``$DEVORA_HOME`` folder only when Devora makes it."""
    override = os.environ.get(ENV_HOME)
    root = Path(override).expanduser() if override else Path(
        platformdirs.user_data_dir("Devora", appauthor=False, roaming=True))
    if not root.exists():
        root.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            root.mkdir(mode=0o700)
    elif not override and os.name == "posix":
        with contextlib.suppress(OSError):
            if root.stat().st_mode & 0o077 and root.stat().st_uid == os.getuid():
                root.chmod(0o700)
    return root


def plain_id(project_id: str) -> str:
    """A project id as a folder name, or StoreError: an index edited to say "../../x" made
    Delete move (and a preview's clean-up remove) a folder outside the data folder."""
    if not project_id or Path(project_id).name != project_id or project_id.startswith(".") \
            or "\\" in project_id or "\x00" in project_id:
        raise StoreError(f"{project_id!r} is no project id Devora made (its index was edited)",
                         hint="remove that project from devora.json, or restore the index "
                              "from devora.keep.json")
    return project_id


class DataPaths:
    """The layout of one data dir; built once and passed down (no module-level state)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else data_dir()
        self.root.mkdir(parents=True, exist_ok=True)

    @property
    def index(self) -> Path:
        return self.root / "devora.json"

    @property
    def lock(self) -> Path:
        return self.root / "devora.lock"

    @property
    def projects(self) -> Path:
        return self._dir("projects")

    @property
    def logs(self) -> Path:
        return self._dir("logs")

    @property
    def cache(self) -> Path:
        return self._dir("cache")

    def project(self, project_id: str) -> Path:
        return self.projects / plain_id(project_id)

    def preview(self, project_id: str) -> Path:
        """What a project's preview page stored (localStorage, IndexedDB): its own web
        profile, kept between launches and gone with the project."""
        return self.root / "preview" / plain_id(project_id)

    def _dir(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path


class InstanceLock:
    """An OS advisory lock on ``devora.lock`` (flock / msvcrt), released by the OS if the
    process dies. Hand-rolled rather than filelock because filelock imports asyncio (~25 ms)
    and this runs before the first window is painted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            if os.name == "nt":
                import msvcrt

                os.lseek(self._fd, 0, 0)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None


def acquire_instance_lock(paths: DataPaths) -> InstanceLock:
    """The one-process-per-data-dir lock, taken before anything heavy loads so a second
    launch can hand over to the first at once."""
    lock = InstanceLock(paths.lock)
    if not lock.acquire():
        owner = ""
        with contextlib.suppress(OSError):
            owner = (paths.root / "devora.pid").read_text().strip()
        who = f" (process {owner})" if owner else ""
        raise InstanceLocked(f"Devora is already running with this data folder{who}",
                             hint="close it first, or set DEVORA_HOME to use another folder")
    with contextlib.suppress(OSError):
        (paths.root / "devora.pid").write_text(str(os.getpid()))
    return lock
