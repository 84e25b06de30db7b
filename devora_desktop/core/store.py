"""The local index: TinyDB over two atomically written files, one repository class per table.

Why these choices:
- Every write goes through :class:`IndexStorage` (temp file, fsync, ``os.replace``), so a
  crash or SIGKILL leaves the previous or the new file, never half of one.
- Projects and conversations are a cache of what the project folders hold (each keeps its own
  ``.devora/project.json`` and conversation): a folder missing from the index is re-indexed.
- What no folder holds (stored keys' ciphertext, the license token, settings, run history,
  usage counters) is written a second time to ``devora.keep.json``. On load each file is
  checked row by row against the pydantic models; a damaged one is moved aside and repaired
  from the other and from the folders, and :attr:`Store.repairs` says what happened and
  exactly what could not be recovered. Loading never fails on damage.
- One process per data dir (a lock file); read-only clients (``devora projects list`` while the
  app runs) may open without the lock, repair in memory and never write.
- Holding the lock proves no other Devora writes here, so at start-up the store clears git
  locks left by a crash, rolls back interrupted runs, removes projects whose first run never
  finished, and finishes interrupted deletes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from devora_desktop.core.errors import DevoraError, NotFound, Said, StoreError
from devora_desktop.core.index_files import SETTINGS_KEY, kept_tables, read_json
from devora_desktop.core.models import (
    Conversation,
    Message,
    Project,
    RunRecord,
    RunStatus,
    Settings,
    Usage,
)
from devora_desktop.core.paths import (
    KEEP_FILE,
    DataPaths,
    InstanceLock,
    acquire_instance_lock,
    plain_id,
)
from devora_desktop.core.workspace import Workspace, atomic_write

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
#: from-version -> function that upgrades the raw TinyDB dict by one step.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], None]] = {}
PROJECT_META = ".devora/project.json"
CONVERSATION_FILE = ".devora/conversation.json"
#: Marks a project created by a run that has not committed its first version yet.
DRAFT_MARK = ".devora/draft"
#: Deleted projects kept for Undo (a week), outside projects/ so nothing re-indexes them.
TRASH = "trash"
#: How long a deleted project stays restorable: then the next start, or the window reading
#: its trash (ProjectRepo.purge_expired), empties it.
TRASH_DAYS = 7
#: What each run in flight has spent so far, one small file per run (see :class:`LiveSpend`).
LIVE_SPEND = "spend"
#: Tables no project folder can rebuild: written to both files.
KEEP_TABLES = ("kv", "settings", "runs", "meta")
#: What each kept table means to a user, for "what was lost" messages.
KEEP_MEANING = {"kv": "stored keys (encrypted), the license activation and usage counters",
                "settings": "settings", "runs": "run history", "meta": "the schema version"}

class Trashed(BaseModel):
    """A deleted project in the trash: what the window's Recently deleted… list and
    `devora projects trash` show, and the token that brings it back."""

    token: str
    project: Project
    #: its name as the project list read when it went ("Ride Log · Dec 06 00:48")
    label: str
    deleted_at: datetime

    @property
    def kept_until(self) -> datetime:
        return self.deleted_at + timedelta(days=TRASH_DAYS)


def _deleted_at(entry: Path) -> float:
    """When a trash entry was made (its name ends in the milliseconds), else its mtime."""
    stamp = entry.name.rsplit("-", 1)[-1]
    return int(stamp) / 1000 if stamp.isdigit() else entry.stat().st_mtime


def _read_trashed(entry: Path) -> tuple[Trashed, Conversation, list[RunRecord]]:
    """One trash entry, checked whole before anything moves (raises OSError, ValueError,
    KeyError or TypeError). Its project's id is the entry's own name (``{id}-{ms}``), as a
    project's is its folder's: a record edited to name a path ("../../x") or another
    project brings nothing back outside the data folder, nor over another's rows."""
    try:
        rows = json.loads((entry / "rows.json").read_bytes())
        project = Project.model_validate(rows["project"])
    except (OSError, ValueError, KeyError, TypeError):  # its own metadata, as a reindex does
        rows = {}
        project = Project.model_validate_json((entry / "folder" / PROJECT_META).read_bytes())
    if not project.id or project.id != entry.name.rsplit("-", 1)[0]:
        raise ValueError(f"its record names another project ({project.id!r})")
    if any((entry / part).is_symlink() for part in ("folder", "preview")):
        raise ValueError("it holds a link where the project's folder was")
    # a damaged conversation or run row costs that row, never the project
    conv = Conversation(project_id=project.id)
    with contextlib.suppress(OSError, ValueError):
        conv = Conversation.model_validate_json((entry / "folder" / CONVERSATION_FILE)
                                                .read_bytes())
    with contextlib.suppress(ValidationError):
        conv = Conversation.model_validate(rows.get("conversation"))
    runs = []
    for row in rows.get("runs") or []:
        with contextlib.suppress(ValidationError):
            runs.append(RunRecord.model_validate(row))
    if conv.project_id != project.id:
        conv = Conversation(project_id=project.id)
    when = rows.get("deleted_at") or datetime.fromtimestamp(_deleted_at(entry), UTC)
    item = Trashed(token=entry.name, project=project, label=rows.get("label") or project.name,
                   deleted_at=when)
    if item.deleted_at.tzinfo is None:  # sorted beside the others, not a TypeError
        item.deleted_at = item.deleted_at.replace(tzinfo=UTC)
    return item, conv, [r for r in runs if r.project_id == project.id]


class _KeyedRow(BaseModel):
    key: str
    value: Any = None


#: How each known table's rows must look.
ROW_MODELS: dict[str, type[BaseModel]] = {
    "projects": Project, "conversations": Conversation, "runs": RunRecord,
    "kv": _KeyedRow, "meta": _KeyedRow, "settings": _KeyedRow}


def _valid_tables(data: dict, notes: list[str], label: str,
                  damaged: set[str] | None = None) -> dict[str, dict]:
    """Keep the well-formed tables and rows of ``data``; note what was dropped and add the
    names of the tables that lost something to ``damaged``."""
    out: dict[str, dict] = {}
    damaged = damaged if damaged is not None else set()
    for name, table in data.items():
        if not isinstance(table, dict):
            notes.append(f"{label}: table {name!r} was a {type(table).__name__}, not a table")
            damaged.add(name)
            continue
        model = ROW_MODELS.get(name)
        rows: dict[str, dict] = {}
        dropped = 0
        for doc_id, row in table.items():
            if not str(doc_id).isdigit() or not isinstance(row, dict):
                dropped += 1
                continue
            if model is not None:
                try:
                    model.model_validate(row)
                    if name == "settings" and row.get("key") == SETTINGS_KEY:
                        Settings.model_validate(row.get("value"))
                    if name == "projects":  # its folder is named by it
                        plain_id(row["id"])
                except (ValidationError, StoreError):
                    dropped += 1
                    continue
            rows[str(doc_id)] = row
        if dropped:
            notes.append(f"{label}: {dropped} damaged row(s) of {name!r} were dropped")
            damaged.add(name)
        out[name] = rows
    return out


def _merge_rows(primary: dict[str, dict], backup: dict[str, dict], ident: str) -> dict:
    """Rows of ``primary`` plus the rows of ``backup`` whose identity it lacks."""
    have = {r.get(ident) for r in primary.values()}
    merged = dict(primary)
    next_id = max((int(k) for k in merged), default=0) + 1
    for row in backup.values():
        if row.get(ident) not in have:
            merged[str(next_id)] = row
            have.add(row.get(ident))
            next_id += 1
    return merged


def _never_became_a_project(folder: Path) -> bool:
    """A folder a crash left between ``mkdir`` and its metadata: empty, or holding only
    Devora's own ``.devora`` files and, when Devora marked it a draft, the ``.git`` it made
    with no commit in it (anything else may be someone's files, and stays)."""
    if not folder.is_dir() or folder.is_symlink() or (folder / PROJECT_META).exists():
        return False
    own = [folder / ".devora"]
    git = folder / ".git"
    if (folder / DRAFT_MARK).is_file() and not (git / "packed-refs").exists() \
            and not any(p.is_file() for p in (git / "refs/heads").rglob("*")):
        own.append(git)
    return all(any(o in p.parents for o in own)
               for p in folder.rglob("*") if p.is_file() or p.is_symlink())


class IndexStorage(Storage):
    """TinyDB storage: the data loaded (and repaired) once, kept in memory, and written
    atomically to the index and, for :data:`KEEP_TABLES`, to the keep file."""

    def __init__(self, path: Path, keep_path: Path, data: dict, read_only: bool = False) -> None:
        self.path = Path(path)
        self.keep_path = Path(keep_path)
        self.read_only = read_only
        self._data = data
        self._kept: bytes | None = None
        self._kept_tables: tuple = ()
        self._batch: int | None = None  # the thread whose writes wait for the batch's end
        self._deferred = False
        self._files: dict[Path, bytes] = {}  # files that belong with the index, in a batch
        self._within: dict[Path, Path] = {}  # of those, the folder each is only written into

    def read(self) -> dict[str, dict[str, Any]] | None:
        return self._data

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Writes made in this thread inside the block reach the disk once, at its end, all
        at once: several records that belong together cost one index write instead of one
        each, and the files that go with them (a project's meta, its conversation) are
        written beside it, their fsyncs overlapping. A crash inside the block keeps none of
        them; other threads write through."""
        if self._batch is not None:  # nested, or another thread's batch: write through
            yield
            return
        self._batch = threading.get_ident()
        try:
            yield
        finally:
            self._batch = None
            files, self._files = self._files, {}
            within, self._within = self._within, {}
            if self._deferred:
                self._deferred = False
                self._write_index(self._data, files, within)
            else:
                write_all(files, within)

    def write_file(self, path: Path, data: bytes, within: Path | None = None) -> None:
        """A file of the data folder that belongs with the index: in a batch of this thread,
        written at its end with the index; else now. ``within``: a project's folder, which
        must exist (see :func:`write_all`)."""
        path = Path(path)
        if self._batch == threading.get_ident():
            self._files[path] = data
            if within is not None:
                self._within[path] = within
        else:
            write_all({path: data}, {path: within} if within is not None else None)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise StoreError("the index is open read-only (another Devora window owns it)")
        self._data = data
        if self._batch == threading.get_ident():
            self._deferred = True
            return
        self._write_index(data, {})

    def _write_index(self, data: dict[str, dict[str, Any]], files: dict[Path, bytes],
                     within: dict[Path, Path] | None = None) -> None:
        files = {**files, self.path: json.dumps(data, ensure_ascii=False,
                                                separators=(",", ":")).encode("utf-8")}
        # TinyDB replaces only the table it updated with a new dict: when no kept table is a
        # new object, the backup is already current (projects and conversations change most).
        tables = tuple(data.get(t) for t in KEEP_TABLES)  # held, so no id is ever reused
        if len(tables) == len(self._kept_tables) and all(
                a is b for a, b in zip(tables, self._kept_tables, strict=True)):
            write_all(files, within)
            return
        kept = json.dumps({"format": 1, "tables": {t: data.get(t, {}) for t in KEEP_TABLES}},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if kept != self._kept:
            files[self.keep_path] = kept
        write_all(files, within)
        self._kept = kept
        self._kept_tables = tables

    def close(self) -> None:
        pass


def write_all(files: dict[Path, bytes], within: dict[Path, Path] | None = None) -> None:
    """Each file atomically; several at once, in threads, so their fsyncs overlap (on a busy
    disk one took 5-30 ms). The first error is raised once all have ended. A file with a
    folder in ``within`` is written only into it, folders made below it only, and not at all
    once it is gone: a project's conversation or record, saved as the project went to the
    trash, made its folder again and Undo delete refused ("… is in its place")."""
    items = list(files.items())
    errors: list[BaseException] = []
    within = within or {}

    def one(path: Path, data: bytes) -> None:
        home = within.get(path)
        try:
            atomic_write(path, data, within=home)
        except FileNotFoundError as exc:
            if home is None or home.is_dir():
                errors.append(exc)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one, args=item, name="devora-write")
               for item in items[1:]]
    for t in threads:
        t.start()
    if items:
        one(*items[0])
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


# Kept for callers that still import it by its old name.
AtomicJSONStorage = IndexStorage


class LiveSpend:
    """A run's spend so far, written as each model call reports its usage, so a run killed
    outright (``kill -9``: no rollback, no closing write) still counts in the day's spend.
    One small file per run, written atomically in a thread of its own (never on the caller's
    loop); calls that report while a write is under way are folded into the next write. The
    run's closing record replaces it (:meth:`RunRepo.save`)."""

    def __init__(self, path: Path, day: date) -> None:
        self.path, self.day = path, day
        self._cv = threading.Condition()
        self._pending: Usage | None = None
        self._writing = False
        self._closed = False

    def note(self, usage: Usage) -> None:
        with self._cv:
            if self._closed:
                return
            self._pending = usage
            if self._writing:
                return  # the writer takes it when it finishes the one under way
            self._writing = True
        threading.Thread(target=self._drain, name="devora-spend", daemon=True).start()

    def _drain(self) -> None:
        while True:
            with self._cv:
                usage, self._pending = self._pending, None
                if usage is None or self._closed:
                    self._writing = False
                    self._cv.notify_all()
                    return
            try:
                atomic_write(self.path, json.dumps(
                    {"day": self.day.isoformat(), "usage": _jsonable(usage)}).encode("utf-8"))
            except OSError as exc:  # a hint for a crash; the closing record counts anyway
                log.warning("could not note the run's spend: %s", exc)

    def close(self) -> None:
        """No more writes; waits for one under way (a few ms), so none lands after the
        record that replaces it."""
        with self._cv:
            self._closed = True
            self._cv.wait_for(lambda: not self._writing, timeout=5)


class _OneWriterTable(Table):
    """TinyDB reads a table, changes a copy and stores it back, and picks an insert's id
    first: two threads writing at once (the window's engine thread runs a run while the
    Qt thread or a worker writes) could lose one's change or reuse an id. Writes go one at
    a time; reads see a whole table either way (it is replaced, never changed in place)."""

    _writing = threading.RLock()  # one index dict behind every table: one lock for all

    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        with self._writing:
            super()._update_table(updater)

    def insert(self, document: Any) -> int:
        with self._writing:
            return super().insert(document)

    def insert_multiple(self, documents: Iterable[Any]) -> list[int]:
        with self._writing:
            return super().insert_multiple(documents)

    def upsert(self, document: Any, cond: Any = None) -> list[int]:
        with self._writing:
            return super().upsert(document, cond)


class _Index(TinyDB):
    table_class = _OneWriterTable

    def table(self, name: str, **kwargs: Any) -> Table:
        """TinyDB makes a table's object on first use and keeps it; two threads asking at
        once each made one, each with its own next id, and the second insert found its id
        taken. The first use goes one at a time, like the writes; later ones take no lock,
        so a read on the Qt thread never waits behind the engine thread's save."""
        if (made := self._tables.get(name)) is not None:
            return made
        with _OneWriterTable._writing:
            return super().table(name, **kwargs)


def _jsonable(model) -> dict[str, Any]:
    return model.model_dump(mode="json")


class Store:
    """Opens (and locks) a data dir's index; hands out the table repositories."""

    def __init__(self, paths: DataPaths, *, read_only: bool = False,
                 lock: InstanceLock | None = None) -> None:
        self.paths = paths
        self.read_only = read_only
        self._lock: InstanceLock | None = None
        #: What loading found damaged and how it was repaired, for the user (one line each).
        self.repairs: list[str] = []
        self.recovered_runs: list[str] = []
        #: Crash leftovers handled at start-up (locks cleared, drafts removed, re-indexed).
        self.recovery: list[str] = []
        #: Now, in seconds since the epoch: when a trash entry's week is over (a test turns it)
        self.clock: Callable[[], float] = time.time
        if not read_only:
            self._lock = lock or acquire_instance_lock(paths)
        try:
            self.db = self._open_db()
            self.projects = ProjectRepo(self)
            self.conversations = ConversationRepo(self)
            self.runs = RunRepo(self)
            self.settings = SettingsRepo(self)
            self.kv = KeyValueRepo(self)
            for project in self.projects.list():  # opened folders: their rules everywhere
                if project.folder:
                    Workspace.register_adopted(Path(project.folder),
                                               paths.project(project.id) / ".devora")
            if not read_only:
                self._migrate()
                self._recover()
        except BaseException:
            self.close()
            raise

    @property
    def keep_path(self) -> Path:
        return self.paths.root / KEEP_FILE

    # ---- loading and repair --------------------------------------------------------------
    def _open_db(self) -> TinyDB:
        data, changed = self._load()
        storage_args = {"keep_path": self.keep_path, "data": data, "read_only": self.read_only}
        db = _Index(self.paths.index, storage=IndexStorage, **storage_args)
        if changed and not self.read_only:
            db.storage.write(data)
        for line in self.repairs:
            log.warning("index repair: %s", line)
        return db

    def _move_aside(self, path: Path) -> str:
        """Keep the damaged file for inspection; returns where it went, said for a user."""
        aside = path.with_name(f"{path.name}.corrupt-{int(time.time() * 1000)}")
        if self.read_only:
            return "be repaired when Devora next opens this folder for writing"
        try:
            os.replace(path, aside)
        except OSError as exc:
            return f"be replaced (it could not be moved aside: {exc.strerror})"
        return f"be kept as {aside.name}"

    def _load(self) -> tuple[dict, bool]:
        """The index as it should be, and whether the files on disk must be rewritten."""
        index, keep_path = self.paths.index, self.keep_path
        main, main_err = read_json(index)
        keep_doc, keep_err = read_json(keep_path)
        notes: list[str] = []
        has_folders = any(not f.name.startswith(".") for f in self.paths.projects.iterdir())
        if main_err:
            notes.append(f"the index {main_err}; it will {self._move_aside(index)}")
        elif main is None and has_folders:
            notes.append("the index was missing")
        if keep_err:
            notes.append(f"the backup of keys and settings {keep_err}; it will "
                         f"{self._move_aside(keep_path)}")
        keep_tables: dict[str, dict] = {}
        if keep_doc is not None:
            if (kept := kept_tables(keep_doc)) is not None:
                keep_tables = _valid_tables(kept, notes, "backup")
            else:
                notes.append("the backup of keys and settings had no tables; it was ignored")
        damaged: set[str] = set()
        tables = _valid_tables(main, notes, "index", damaged) if main is not None else {}
        restored = []
        for name in KEEP_TABLES:
            # Only what the index lost comes from the backup: a sound index is the newer of
            # the two (it is written first), so a key removed from it must stay removed.
            if name in keep_tables and (name in damaged or name not in tables):
                before = len(tables.get(name, {}))
                tables[name] = _merge_rows(tables.get(name, {}), keep_tables[name],
                                           "id" if name == "runs" else "key")
                if len(tables[name]) > before and name != "meta":
                    restored.append(KEEP_MEANING[name])
        if restored:
            notes.append("restored from the backup: " + "; ".join(restored))
        if (main_err or (main is None and has_folders)) and not keep_tables:
            lost = "lost, with no usable backup: " + "; ".join(
                KEEP_MEANING[t] for t in KEEP_TABLES if t != "meta")
            notes.append(Said(lost + " (set keys again with `devora keys set`, activate the "
                              "license again, check Settings)",
                              window=lost + " (set your keys again in Settings, activate the "
                              "license again in Help › License, check Settings)"))
        reindexed = self._reindex(tables)
        if reindexed:
            notes.append(f"re-indexed {reindexed} project folder(s) from their own metadata")
        if not tables.get("meta"):
            tables["meta"] = {"1": {"key": "schema", "value": SCHEMA_VERSION}}
        self.repairs = notes
        stale_keep = keep_doc is None or any(
            keep_tables.get(t, {}) != tables.get(t, {}) for t in KEEP_TABLES if t != "meta")
        return tables, bool(notes) or stale_keep or main is None

    def _reindex(self, tables: dict[str, dict]) -> int:
        """Add every project folder the index lacks (and its conversation)."""
        projects = tables.setdefault("projects", {})
        convs = tables.setdefault("conversations", {})
        known = {r.get("id") for r in projects.values()}
        have_conv = {r.get("project_id") for r in convs.values()}
        found = 0
        root = self.paths.projects
        for folder in sorted(root.iterdir()):
            if folder.name.startswith(".") or folder.name in known or not folder.is_dir():
                continue
            try:
                project = Project.model_validate_json((folder / PROJECT_META).read_bytes())
            except (OSError, ValueError):
                continue
            project.id = folder.name
            projects[str(max((int(k) for k in projects), default=0) + 1)] = _jsonable(project)
            found += 1
            if folder.name not in have_conv:
                with contextlib.suppress(OSError, ValueError):
                    conv = Conversation.model_validate_json(
                        (folder / CONVERSATION_FILE).read_bytes())
                    conv.project_id = folder.name
                    convs[str(max((int(k) for k in convs), default=0) + 1)] = _jsonable(conv)
        return found

    def _migrate(self) -> None:
        meta = self.db.table("meta")
        row = meta.get(Query().key == "schema")
        version = row["value"] if row else None
        if version is None:
            meta.insert({"key": "schema", "value": SCHEMA_VERSION})
            return
        if version > SCHEMA_VERSION:
            raise StoreError(f"this data folder was written by a newer Devora (schema {version})",
                             hint="update Devora Desktop")
        while version < SCHEMA_VERSION:
            raw = self.db.storage.read() or {}
            MIGRATIONS[version](raw)
            self.db.storage.write(raw)
            version += 1
            self.db.table("meta").upsert({"key": "schema", "value": version},
                                         Query().key == "schema")

    # ---- crash recovery (only with the instance lock) ----------------------------------------
    def _recover(self) -> None:
        indexed = {p.id for p in self.projects.list()}
        for folder in self.paths.projects.iterdir():
            if folder.name not in indexed and not folder.name.startswith(".") \
                    and _never_became_a_project(folder):
                shutil.rmtree(folder, ignore_errors=True)
                self.recovery.append(f"{folder.name}: removed a folder whose project was "
                                     "never saved")
                continue
            if folder.name.startswith(".deleted-"):
                # A delete the crash interrupted: finish it (index row, then the files).
                project_id = folder.name[len(".deleted-"):].rsplit("-", 1)[0]
                if not self.paths.project(project_id).exists():
                    self._forget(project_id)
                shutil.rmtree(folder, ignore_errors=True)
                continue
            if folder.is_dir() and not folder.is_symlink():
                cleared = Workspace(folder).clear_stale_locks()
                if cleared:
                    self.recovery.append(f"{folder.name}: cleared {', '.join(cleared)}")
        for old in (self.paths.root / TRASH).glob("*"):
            gone = old.name.rsplit("-", 1)[0]
            if gone in indexed and (old / "folder").is_dir() \
                    and not self.paths.project(gone).exists():
                # a delete cut between moving the folder here and forgetting the project:
                # finish it (the list showed a project whose folder was gone, and Restore
                # refused it as "already back" until its week purged the files)
                self._forget(gone)
                preview = self.paths.preview(gone)
                with contextlib.suppress(OSError):
                    if preview.is_dir() and not (old / "preview").exists():
                        os.replace(preview, old / "preview")
                self.recovery.append(f"{gone}: finished a delete (Recently deleted lists it)")
        self.projects.purge_expired()
        self.recovered_runs = self._recover_interrupted_runs()
        self._drop_unfinished_drafts()
        kept = {p.id for p in self.projects.list()}
        for preview in (self.paths.root / "preview").glob("*"):
            if preview.name not in kept:  # its project went (a crash mid-delete, a draft)
                shutil.rmtree(preview, ignore_errors=True)

    def _recover_interrupted_runs(self) -> list[str]:
        """A run marked running at start-up died with the process: roll its project back,
        and say truthfully when that was not possible."""
        recovered = []
        live = self.runs.live_spend()
        for run in self.runs.list(status=RunStatus.RUNNING):
            if run.id in live and live[run.id][1].total_tokens > run.usage.total_tokens:
                run.usage = live[run.id][1]  # what it had spent when it died
            run.status = RunStatus.INTERRUPTED
            run.error = "Devora stopped during this run; the project was kept at its last version"
            with contextlib.suppress(OSError, DevoraError):  # how far it got: its replay's steps
                os.replace(self.runs.partial_path(run), self.runs.events_path(run))
            try:
                ws = self.workspace(run.project_id)
            except DevoraError:
                ws = None
            if ws is not None and ws.root.is_dir():
                try:
                    ws.reset_to_head()
                except StoreError as exc:
                    run.error = f"Devora stopped during this run, and {exc.one_line()}"
                    self.repairs.append(Said(f"project {run.project_id}: {exc.one_line()}",
                                             window=f"project {run.project_id}: "
                                             f"{exc.one_line(window=True)}"))
            run.finished_at = datetime.now(UTC)
            self.runs.save(run)
            recovered.append(run.id)
        for run_id, (day, usage) in self.runs.live_spend().items():  # its record went too
            self.kv.count_spend(day, run_id, usage.total_tokens, usage.cost_usd or 0.0)
            self.runs.live_spend_path(run_id).unlink(missing_ok=True)
        return recovered

    def _drop_unfinished_drafts(self) -> None:
        """A project created by a run that died before its first version is removed: marked
        as a draft, or (made before drafts were marked) one whose every run ended unfinished."""
        unfinished = (RunStatus.INTERRUPTED, RunStatus.FAILED, RunStatus.CANCELLED)
        runs_of: dict[str, list[RunRecord]] = {}
        for run in self.runs.list():
            runs_of.setdefault(run.project_id, []).append(run)
        for project in self.projects.list():
            folder = self.paths.project(project.id)
            draft = folder / DRAFT_MARK
            runs = runs_of.get(project.id, [])
            legacy = bool(runs) and all(r.status in unfinished for r in runs)
            if (not draft.exists() and not legacy) or project.folder:
                continue
            if folder.is_dir() and Workspace(folder).head() is not None:
                draft.unlink(missing_ok=True)  # its first version was saved after all
                continue
            if runs and runs[-1].status == RunStatus.INTERRUPTED:  # it died with Devora
                self.kv.remember_lost_first_run(runs[-1].prompt, runs[-1].mode.value)
            self.projects.delete(project.id)
            self.recovery.append(f"removed {project.name!r}: its first run never finished")

    def _forget(self, project_id: str) -> None:
        self.projects.table.remove(Query().id == project_id)
        self.conversations.table.remove(Query().project_id == project_id)
        self.runs.table.remove(Query().project_id == project_id)

    def close(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            db.close()
        if self._lock is not None:
            self._lock.release()
            with contextlib.suppress(OSError):
                (self.paths.root / "devora.pid").unlink()
            self._lock = None

    def batch(self) -> contextlib.AbstractContextManager[None]:
        """Index writes made in this thread inside the block are written once, at its end
        (:meth:`IndexStorage.batch`): the records a run keeps when it starts and ends."""
        return self.db.storage.batch()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def workspace(self, project_id: str) -> Workspace:
        """The project's files: its folder in the data dir, or the folder it was opened from
        (adopted; Devora's own files then stay in the data dir)."""
        row = self.projects.table.get(Query().id == project_id)
        folder = row.get("folder") if row else None
        if not folder:
            return Workspace(self.paths.project(project_id))
        if not Path(folder).is_dir():
            raise NotFound(f"the folder {folder} is gone (moved, renamed or deleted)",
                           hint="put it back, or Remove the project from Devora and open the "
                                "folder where it is now")
        meta = self.paths.project(project_id) / ".devora"
        Workspace.register_adopted(Path(folder), meta)
        return Workspace(Path(folder), meta=meta)


class _Repo:
    table_name = ""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def table(self):
        return self.store.db.table(self.table_name)


class ProjectRepo(_Repo):
    table_name = "projects"

    def list(self) -> list[Project]:
        items = [Project.model_validate(d) for d in self.table.all()]
        return sorted(items, key=lambda p: p.updated_at, reverse=True)

    def get(self, project_id: str) -> Project:
        row = self.table.get(Query().id == project_id)
        if row is None:
            raise NotFound(f"no project {project_id!r}", hint="`devora projects list` shows them")
        return Project.model_validate(row)

    def find(self, ref: str) -> Project:
        """By id, id prefix, or name/slug (case-insensitive)."""
        ref = ref.strip()
        projects = self.list()
        for p in projects:
            if p.id == ref:
                return p
        matches = [p for p in projects if p.name.lower() == ref.lower() or p.slug == ref.lower()]
        if not matches and len(ref) >= 3:
            matches = [p for p in projects if p.id.startswith(ref)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFound(f"{len(matches)} projects match {ref!r}", hint="use the project id")
        raise NotFound(f"no project {ref!r}", hint="`devora projects list` shows them")

    def save(self, project: Project, *, touch: bool = True) -> Project:
        """Its record, in the index and in its folder. A save landing after the project was
        deleted (a checks answer, an export's note) brings back neither: NotFound."""
        if touch:
            project.updated_at = datetime.now(UTC)
        folder = self.store.paths.project(project.id)
        with _OneWriterTable._writing:  # a delete moves the folder and forgets it meanwhile
            if not folder.is_dir():
                raise NotFound(f"{project.name} was deleted meanwhile",
                               hint="Project › Undo delete brings it back")
            self.store.db.storage.write_file(folder / PROJECT_META,
                                             project.model_dump_json(indent=2).encode(), folder)
            self.table.upsert(_jsonable(project), Query().id == project.id)
        return project

    def create(self, name: str, *, draft: bool = False, **fields: Any) -> Project:
        """A new project. ``draft``: made by a run for its first version; if Devora stops
        before that version is saved, the next start removes it."""
        project = Project(name=name, **fields)
        folder = self.store.paths.project(project.id)
        folder.mkdir(parents=True, exist_ok=True)
        if draft:
            # Now, not with the batch the run opens in: that batch's files land in parallel,
            # and a kill that kept the metadata without this mark left a project with no
            # version that the next start re-indexed and kept.
            atomic_write(folder / DRAFT_MARK, b"")
        return self.save(project)

    def rename(self, project_id: str, name: str) -> Project:
        """A new name for Devora's list; an opened folder keeps its own name on disk."""
        project = self.get(project_id)
        project.name = name
        if project.name == "Untitled project" and name.strip() != "Untitled project":
            raise StoreError("that name is empty once control characters are removed",
                             hint="type a name with letters in it")
        return self.save(project)

    def duplicate(self, project_id: str, name: str | None = None) -> Project:
        """A copy as a new project in the data folder: a Devora project with its history,
        an opened folder with its current files as the copy's first version (the copy never
        writes to the original folder)."""
        source = self.get(project_id)
        ws = self.store.workspace(project_id)
        copy = Project(name=name or f"{source.name} copy", mode=source.mode,
                       summary=source.summary, prompt=source.prompt, template=source.template)
        folder = self.store.paths.project(copy.id)
        try:
            if source.folder:
                folder.mkdir(parents=True)
                target = Workspace(folder)
                for rel in ws.list_files():
                    target.write_file(rel, ws.read_bytes(rel))
                self.save(copy)
                target.commit(f"Copied from {source.name} ({source.folder})", allow_empty=True)
            else:
                shutil.copytree(ws.root, folder, symlinks=True,
                                ignore=shutil.ignore_patterns("runs", "draft"))
                self.save(copy)
        except (OSError, DevoraError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            self.store._forget(copy.id)
            if isinstance(exc, DevoraError):
                raise
            raise StoreError(f"could not copy {source.name}: {exc.strerror or exc}") from exc
        conv = self.store.conversations.get(project_id).model_copy(deep=True)
        conv.project_id = copy.id
        self.store.conversations.save(conv)
        return copy

    def delete_undoably(self, project_id: str, label: str | None = None) -> str:
        """Delete as :meth:`delete` does, but keep the project in the data folder's trash
        (:data:`TRASH_DAYS`) so :meth:`undelete` brings it back, after a restart too.
        ``label``: its name as the list showed it. Returns the entry's token."""
        project = self.get(project_id)
        now = datetime.now(UTC)
        trash = self.store.paths.root / TRASH / f"{project_id}-{int(now.timestamp() * 1000)}"
        trash.mkdir(parents=True)
        rows = {"project": _jsonable(project), "label": label or project.name,
                "deleted_at": now.isoformat(),
                "conversation": _jsonable(self.store.conversations.get(project_id)),
                "runs": [_jsonable(r) for r in self.store.runs.list(project_id=project_id)]}
        atomic_write(trash / "rows.json", json.dumps(rows).encode("utf-8"))
        folder = self.store.paths.project(project_id)
        with _OneWriterTable._writing:  # no record saved between the move and the forget
            if folder.exists():
                os.replace(folder, trash / "folder")
            if (preview := self.store.paths.preview(project_id)).exists():
                os.replace(preview, trash / "preview")  # what its page stored goes along
            self.store._forget(project_id)
        return trash.name

    def _trash_entry(self, token: str) -> Path:
        if not token or Path(token).name != token or token.startswith("."):
            raise NotFound(f"no deleted project {token!r}",
                           hint="`devora projects trash` lists them")
        return self.store.paths.root / TRASH / token

    def trashed(self) -> list[Trashed]:
        """The deleted projects that can still be brought back, the latest first (an
        entry a crash left without its record is skipped)."""
        items = []
        for entry in (self.store.paths.root / TRASH).glob("*"):
            if entry.name.startswith("."):  # being purged
                continue
            try:
                items.append(_read_trashed(entry)[0])
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("trash entry %s unreadable: %s", entry.name, exc)
        return sorted(items, key=lambda t: t.deleted_at, reverse=True)

    def find_trashed(self, ref: str) -> Trashed:
        """A deleted project by its id, id prefix, or name as it was or as the list showed
        it (case-insensitive); the latest deletion of that project if it went twice."""
        ref = ref.strip()
        items = self.trashed()
        matches = [t for t in items if ref in (t.token, t.project.id)]
        if not matches:
            low = ref.lower()
            matches = [t for t in items if low in (t.project.name.lower(), t.label.lower(),
                                                   t.project.slug)]
        if not matches and len(ref) >= 3:
            matches = [t for t in items if t.project.id.startswith(ref)]
        if len({t.project.id for t in matches}) > 1:
            raise NotFound(f"{len(matches)} deleted projects match {ref!r}",
                           hint="use the id `devora projects trash` shows")
        if not matches:
            raise NotFound(f"no deleted project {ref!r} in the trash",
                           hint=f"`devora projects trash` lists what the last {TRASH_DAYS} "
                                "days deleted")
        return matches[0]

    def undelete(self, token: str) -> Project:
        """Bring a deleted project back under its own id and name: a project made since
        under the same name stays too (the list tells the two apart by when each was made)."""
        trash = self._trash_entry(token)
        try:
            item, conv, runs = _read_trashed(trash)
        except FileNotFoundError as exc:
            raise NotFound("that deleted project is no longer in the trash",
                           hint="`devora projects trash` lists what can come back",
                           window_hint="Project › Recently deleted lists what can come "
                           "back") from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"that deleted project's record in {trash} is damaged, so it "
                             "cannot come back", hint="copy its folder/ out of that entry by "
                             "hand, or `devora projects purge` it",
                             window_hint="copy its folder/ out of that entry by hand, or "
                             "Delete now in Project › Recently deleted") from exc
        project = item.project
        if self.table.get(Query().id == project.id) is not None:
            raise StoreError(f"{project.name} is already back in the project list",
                             hint="`devora projects list` shows it",
                             window_hint="it is in the projects list")
        if (trash / "folder").exists() and self.store.paths.project(project.id).exists():
            raise StoreError(f"{project.name} cannot come back: "
                             f"{self.store.paths.project(project.id)} is in its place",
                             hint="move that folder out of Devora's data folder, then restore")
        if (trash / "folder").exists():
            os.replace(trash / "folder", self.store.paths.project(project.id))
        else:  # an opened folder's record, kept nowhere else: its data folder is made again
            self.store.paths.project(project.id).mkdir(parents=True, exist_ok=True)
        if (trash / "preview").exists():
            preview = self.store.paths.preview(project.id)
            preview.parent.mkdir(exist_ok=True)
            # a page of the project still open as it went wrote a fresh profile there after
            # the delete: what it stored before is the one in the trash
            shutil.rmtree(preview, ignore_errors=True)
            os.replace(trash / "preview", preview)
        self.save(project, touch=False)
        self.store.conversations.save(conv)
        for run in runs:
            self.store.runs.table.upsert(_jsonable(run), Query().id == run.id)
        shutil.rmtree(trash, ignore_errors=True)
        return project

    def purge_expired(self) -> list[str]:
        """Delete for good the trash entries past their :data:`TRASH_DAYS` (by when each was
        deleted: a restore that failed half-way touched the entry's mtime and would have kept
        it longer) and any Delete now a crash cut short (a ".purged-" entry). At start-up,
        and by the window whenever it reads the trash: a window left open for over a week
        listed an entry whose week was over. Disk work: never on the Qt thread. Returns
        the tokens purged."""
        now = self.store.clock()
        purged = []
        for entry in (self.store.paths.root / TRASH).glob("*"):
            with contextlib.suppress(OSError):
                if entry.name.startswith("."):
                    shutil.rmtree(entry, ignore_errors=True)
                elif now - _deleted_at(entry) > TRASH_DAYS * 86400:
                    self.purge(entry.name)
                    purged.append(entry.name)
        return purged

    def purge(self, token: str) -> None:
        """Delete now what the trash keeps of a deleted project (no way back)."""
        trash = self._trash_entry(token)
        if not trash.is_dir():
            raise NotFound("that deleted project is no longer in the trash")
        # renamed first, as :meth:`delete` does: a crash mid-way leaves no half entry
        aside = trash.with_name(f".purged-{token}")
        os.replace(trash, aside)
        shutil.rmtree(aside, ignore_errors=True)

    def delete(self, project_id: str) -> None:
        """Delete a project and its folder; for a folder opened in place only Devora's
        metadata goes ("Remove from Devora"): the person's folder stays as it is."""
        self.get(project_id)
        folder = self.store.paths.project(project_id)
        # The folder is moved aside first: a crash mid-delete leaves a `.deleted-` folder that
        # the next start finishes, never a half project (nor one that comes back).
        trash = folder.with_name(f".deleted-{project_id}-{int(time.time() * 1000)}")
        with _OneWriterTable._writing:  # as delete_undoably
            if folder.exists():
                os.replace(folder, trash)
            self.store._forget(project_id)
        shutil.rmtree(trash, ignore_errors=True)
        shutil.rmtree(self.store.paths.preview(project_id), ignore_errors=True)


class ConversationRepo(_Repo):
    table_name = "conversations"

    def get(self, project_id: str) -> Conversation:
        row = self.table.get(Query().project_id == project_id)
        return Conversation.model_validate(row) if row else Conversation(project_id=project_id)

    def save(self, conv: Conversation) -> None:
        folder = self.store.paths.project(conv.project_id)
        if folder.exists():  # within: gone meanwhile, to the trash, it is not made again
            self.store.db.storage.write_file(folder / CONVERSATION_FILE,
                                             conv.model_dump_json().encode(), folder)
        self.table.upsert(_jsonable(conv), Query().project_id == conv.project_id)

    def append(self, project_id: str, message: Message) -> Conversation:
        conv = self.get(project_id)
        conv.messages.append(message)
        self.save(conv)
        return conv


class RunRepo(_Repo):
    table_name = "runs"

    def save(self, run: RunRecord) -> None:
        old = self.table.get(Query().id == run.id)
        self.table.upsert(_jsonable(run), Query().id == run.id)
        if run.provider != "offline" and run.usage.calls:
            # one of the Free plan's daily AI runs once a model was asked: a run that failed
            # before reaching one (no network) cost nothing and used up a run all the same
            day = run.started_at.astimezone().date()
            if not ((old or {}).get("usage") or {}).get("calls"):
                self.store.kv.count_ai_run(day)
                if run.refused:
                    self.store.kv.count_ai_run(day, -1)  # refused before building: given back
            elif run.refused and not (old or {}).get("refused"):
                self.store.kv.count_ai_run(day, -1)
        if run.usage.total_tokens or run.usage.cost_usd:
            self.store.kv.count_spend(run.started_at.astimezone().date(), run.id,
                                      run.usage.total_tokens, run.usage.cost_usd or 0.0)
        if run.status != RunStatus.RUNNING:  # the ledger has its bill now
            self.live_spend_path(run.id).unlink(missing_ok=True)

    def spend_writer(self, run: RunRecord) -> LiveSpend:
        return LiveSpend(self.live_spend_path(run.id), run.started_at.astimezone().date())

    def live_spend_path(self, run_id: str) -> Path:
        return self.store.paths.root / LIVE_SPEND / f"{run_id}.json"

    def live_spend(self) -> dict[str, tuple[date, Usage]]:
        """What runs still open (or killed: ``kill -9`` closes nothing) had spent by their
        last finished call, by run id."""
        out: dict[str, tuple[date, Usage]] = {}
        folder = self.store.paths.root / LIVE_SPEND
        for path in folder.glob("*.json") if folder.is_dir() else ():
            try:
                row = json.loads(path.read_bytes())
                out[path.stem] = (date.fromisoformat(row["day"]),
                                  Usage.model_validate(row["usage"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue  # half a file cannot be (atomic writes); a stranger's is not ours
        return out

    def get(self, run_id: str) -> RunRecord:
        row = self.table.get(Query().id == run_id)
        if row is None:
            raise NotFound(f"no run {run_id!r}")
        return RunRecord.model_validate(row)

    def list(self, project_id: str | None = None,
             status: RunStatus | None = None) -> list[RunRecord]:
        q = Query()
        rows: Iterable[dict] = self.table.all()
        if project_id is not None:
            rows = self.table.search(q.project_id == project_id)
        runs = [RunRecord.model_validate(r) for r in rows]
        if status is not None:
            runs = [r for r in runs if r.status == status]
        return sorted(runs, key=lambda r: r.started_at)

    def events_path(self, run: RunRecord) -> Path:
        return self.store.paths.project(run.project_id) / ".devora" / "runs" / f"{run.id}.ndjson"

    def partial_path(self, run: RunRecord) -> Path:
        """The log a run writes as it goes, without its text (agents/journal.py): what a run
        killed mid-way (kill -9, a crash) had done, made its log at the next start."""
        return self.events_path(run).with_suffix(".part")

    def load_events(self, run: RunRecord) -> list[dict]:
        path = self.events_path(run)
        if not path.exists():
            return []
        events = []
        for line in path.read_text("utf-8", errors="replace").splitlines():
            with contextlib.suppress(ValueError):  # a line cut by a kill mid-write
                if isinstance(event := json.loads(line), dict):
                    events.append(event)
        return events

    def spent_on(self, day: date) -> tuple[int, float]:
        """Tokens and USD of the runs started on ``day`` (local time), for the status bar:
        every run paid for, also those whose records went with their project (a new project
        whose first run failed is removed; its tokens were billed all the same)."""
        spent = self.store.kv.spend_on(day)
        for run_id, (started, usage) in self.live_spend().items():
            if started == day and run_id not in spent:  # a run in flight, or killed
                spent[run_id] = [usage.total_tokens, usage.cost_usd or 0.0]
        for run in self.list():  # records from before the ledger existed
            if run.started_at.astimezone().date() == day and run.id not in spent:
                spent[run.id] = [run.usage.total_tokens, run.usage.cost_usd or 0.0]
        return (sum(int(t) for t, _ in spent.values()),
                sum(float(c) for _, c in spent.values()))

    def count_ai_runs_on(self, day: date) -> int:
        """AI runs started on ``day`` that asked a model: from the usage counter, which
        deleting projects (and their run records) does not touch; records from before the
        counter existed count."""
        recorded = sum(1 for r in self.list() if r.provider != "offline" and not r.refused
                       and r.usage.calls and r.started_at.astimezone().date() == day)
        return max(recorded, self.store.kv.ai_runs_on(day))


class SettingsRepo(_Repo):
    """The one copy of the settings in a process: everyone (AppContext, the engine) reads and
    writes this one, so nobody writes a stale copy back over another's change."""

    table_name = "settings"

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._current: Settings | None = None

    def load(self) -> Settings:
        if self._current is not None:
            return self._current
        row = self.table.get(Query().key == SETTINGS_KEY)
        settings = Settings()
        if row:
            try:
                settings = Settings.model_validate(row["value"])
            except ValueError:
                log.warning("settings were invalid; using defaults")
        self._current = settings
        return settings

    def save(self, settings: Settings) -> None:
        self.table.upsert({"key": SETTINGS_KEY, "value": _jsonable(settings)},
                          Query().key == SETTINGS_KEY)
        self._current = settings

    def update(self, change: Callable[[Settings], None]) -> Settings:
        """Apply ``change`` to a copy of the current settings and save it."""
        settings = self.load().model_copy(deep=True)
        change(settings)
        self.save(settings)
        return settings


class KeyValueRepo(_Repo):
    """Small named records: secrets (ciphertext only), the license token, clock watermark."""

    table_name = "kv"

    def get(self, key: str, default: Any = None) -> Any:
        row = self.table.get(Query().key == key)
        return row["value"] if row else default

    def set(self, key: str, value: Any) -> None:
        self.table.upsert({"key": key, "value": value}, Query().key == key)

    def delete(self, key: str) -> None:
        self.table.remove(Query().key == key)

    def keys(self, prefix: str = "") -> list[str]:
        return sorted(r["key"] for r in self.table.all() if r["key"].startswith(prefix))

    # A new project's first run that Devora's end cut (a crash, a kill, the window closed):
    # the project went with it, so its prompt is kept here for the next start to give back.
    LOST_FIRST_RUN = "lost_first_run"

    def remember_lost_first_run(self, prompt: str, mode: str) -> None:
        self.set(self.LOST_FIRST_RUN, {"prompt": prompt, "mode": mode})

    def take_lost_first_run(self) -> dict | None:
        """The lost first run's prompt and mode, once (None when there is none)."""
        found = self.get(self.LOST_FIRST_RUN)
        if found is not None:
            self.delete(self.LOST_FIRST_RUN)
        return found if isinstance(found, dict) and found.get("prompt") else None

    # The files whose "new"/"changed" mark the person opened (saw), by project and version:
    # a reopened project marks only what its last run changed and nobody has looked at yet.
    def seen_marks(self, project_id: str, version: str) -> set[str]:
        found = self.get(f"marks_seen:{project_id}")
        return set(found["files"]) if isinstance(found, dict) and \
            found.get("version") == version else set()

    def see_mark(self, project_id: str, version: str, rel: str) -> None:
        """``rel`` was opened in ``version``; a later version's marks start afresh."""
        seen = self.seen_marks(project_id, version) | {rel}
        self.set(f"marks_seen:{project_id}", {"version": version, "files": sorted(seen)})

    # The Free plan's daily allowance counts here, apart from run records and projects.
    def ai_runs_on(self, day: date) -> int:
        return int(self.get(f"usage:ai_runs:{day.isoformat()}", 0) or 0)

    def count_ai_run(self, day: date, by: int = 1) -> None:
        self.set(f"usage:ai_runs:{day.isoformat()}", max(0, self.ai_runs_on(day) + by))
        self._prune("usage:ai_runs:", day)

    # What each run of a day spent, by run id ([tokens, usd]): a run's record may be deleted
    # with its project, its bill is not.
    def spend_on(self, day: date) -> dict[str, list]:
        return dict(self.get(f"usage:spend:{day.isoformat()}", {}) or {})

    def count_spend(self, day: date, run_id: str, tokens: int, cost: float) -> None:
        spent = self.spend_on(day)
        spent[run_id] = [tokens, cost]
        self.set(f"usage:spend:{day.isoformat()}", spent)
        self._prune("usage:spend:", day)

    def _prune(self, prefix: str, day: date) -> None:
        """Only the last week's counters are kept."""
        oldest = (day - timedelta(days=7)).isoformat()
        for key in self.keys(prefix):
            if key.rsplit(":", 1)[-1] < oldest:
                self.delete(key)
