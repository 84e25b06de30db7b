"""The local index: a TinyDB file written atomically, one repository class per table.

Why these choices:
- Every write goes through :class:`AtomicJSONStorage` (temp file, fsync, ``os.replace``), so a
  crash or SIGKILL leaves the previous or the new index, never half of one.
- The index is a cache of what the project folders hold: each project keeps its own
  ``.devora/project.json`` and conversation, so a missing or corrupt index is moved aside and
  rebuilt from the folders and nothing is lost.
- One process per data dir (a lock file); read-only clients (``devora projects list`` while the
  app runs) may open without the lock because renames make reads consistent.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from devora_desktop.core.errors import NotFound, StoreError
from devora_desktop.core.models import (
    Conversation,
    Message,
    Project,
    RunRecord,
    RunStatus,
    Settings,
)
from devora_desktop.core.paths import DataPaths, InstanceLock, acquire_instance_lock
from devora_desktop.core.workspace import Workspace, atomic_write

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
#: from-version -> function that upgrades the raw TinyDB dict by one step.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], None]] = {}
PROJECT_META = ".devora/project.json"
CONVERSATION_FILE = ".devora/conversation.json"


class AtomicJSONStorage(Storage):
    """TinyDB storage that replaces the whole file atomically on each write."""

    def __init__(self, path: str, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        return json.loads(raw)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise StoreError("the index is open read-only (another Devora window owns it)")
        atomic_write(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":"))
                     .encode("utf-8"))

    def close(self) -> None:
        pass


def _jsonable(model) -> dict[str, Any]:
    return model.model_dump(mode="json")


class Store:
    """Opens (and locks) a data dir's index; hands out the table repositories."""

    def __init__(self, paths: DataPaths, *, read_only: bool = False,
                 lock: InstanceLock | None = None) -> None:
        self.paths = paths
        self.read_only = read_only
        self._lock: InstanceLock | None = None
        if not read_only:
            self._lock = lock or acquire_instance_lock(paths)
        self.db = self._open_db()
        self.projects = ProjectRepo(self)
        self.conversations = ConversationRepo(self)
        self.runs = RunRepo(self)
        self.settings = SettingsRepo(self)
        self.kv = KeyValueRepo(self)
        if not read_only:
            self._migrate()
            self.recovered_runs = self._recover_interrupted_runs()

    # ---- lifecycle ---------------------------------------------------------------------
    def _open_db(self) -> TinyDB:
        index = self.paths.index
        needs_rebuild = False
        try:
            raw = AtomicJSONStorage(str(index)).read()
            if raw is None:
                needs_rebuild = any(self.paths.projects.iterdir())
            elif not isinstance(raw, dict):
                raise ValueError("index is not a JSON object")
        except (ValueError, UnicodeDecodeError) as exc:
            if self.read_only:
                raise StoreError("the index is damaged; open Devora once to repair it") from exc
            aside = index.with_name(f"devora.json.corrupt-{int(time.time())}")
            os.replace(index, aside)
            log.warning("index was unreadable (%s); moved to %s and rebuilding", exc, aside.name)
            needs_rebuild = True
        db = TinyDB(str(index), storage=AtomicJSONStorage, read_only=self.read_only)
        if needs_rebuild and not self.read_only:
            self._rebuild(db)
        return db

    def _rebuild(self, db: TinyDB) -> None:
        """Recreate the index from each project folder's own metadata."""
        found = 0
        for folder in sorted(self.paths.projects.iterdir()):
            meta = folder / PROJECT_META
            try:
                project = Project.model_validate_json(meta.read_bytes())
            except (OSError, ValueError):
                continue
            if project.id != folder.name:
                project.id = folder.name
            db.table("projects").insert(_jsonable(project))
            conv_file = folder / CONVERSATION_FILE
            with contextlib.suppress(OSError, ValueError):
                conv = Conversation.model_validate_json(conv_file.read_bytes())
                db.table("conversations").insert(_jsonable(conv))
            found += 1
        db.table("meta").insert({"key": "schema", "value": SCHEMA_VERSION})
        log.info("rebuilt the index from %d project folders", found)

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

    def _recover_interrupted_runs(self) -> list[str]:
        """A run marked running at start-up died with the process: roll its project back."""
        recovered = []
        for run in self.runs.list(status=RunStatus.RUNNING):
            with contextlib.suppress(Exception):
                Workspace(self.paths.project(run.project_id)).reset_to_head()
            run.status = RunStatus.INTERRUPTED
            run.error = "Devora stopped during this run; the project was kept at its last version"
            run.finished_at = datetime.now(UTC)
            self.runs.save(run)
            recovered.append(run.id)
        return recovered

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            with contextlib.suppress(OSError):
                (self.paths.root / "devora.pid").unlink()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def workspace(self, project_id: str) -> Workspace:
        return Workspace(self.paths.project(project_id))


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
        if touch:
            project.updated_at = datetime.now(UTC)
        folder = self.store.paths.project(project.id)
        atomic_write(folder / PROJECT_META, project.model_dump_json(indent=2).encode())
        self.table.upsert(_jsonable(project), Query().id == project.id)
        return project

    def create(self, name: str, **fields: Any) -> Project:
        project = Project(name=name, **fields)
        ws = self.store.workspace(project.id)
        ws.root.mkdir(parents=True, exist_ok=True)
        return self.save(project)

    def delete(self, project_id: str) -> None:
        import shutil

        self.get(project_id)
        self.table.remove(Query().id == project_id)
        self.store.conversations.table.remove(Query().project_id == project_id)
        self.store.runs.table.remove(Query().project_id == project_id)
        folder = self.store.paths.project(project_id)
        # Move aside first so a crash mid-delete never leaves a half project in the list.
        trash = folder.with_name(f".deleted-{project_id}-{int(time.time())}")
        if folder.exists():
            os.replace(folder, trash)
            shutil.rmtree(trash, ignore_errors=True)


class ConversationRepo(_Repo):
    table_name = "conversations"

    def get(self, project_id: str) -> Conversation:
        row = self.table.get(Query().project_id == project_id)
        return Conversation.model_validate(row) if row else Conversation(project_id=project_id)

    def save(self, conv: Conversation) -> None:
        folder = self.store.paths.project(conv.project_id)
        if folder.exists():
            atomic_write(folder / CONVERSATION_FILE, conv.model_dump_json().encode())
        self.table.upsert(_jsonable(conv), Query().project_id == conv.project_id)

    def append(self, project_id: str, message: Message) -> Conversation:
        conv = self.get(project_id)
        conv.messages.append(message)
        self.save(conv)
        return conv


class RunRepo(_Repo):
    table_name = "runs"

    def save(self, run: RunRecord) -> None:
        self.table.upsert(_jsonable(run), Query().id == run.id)

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

    def load_events(self, run: RunRecord) -> list[dict]:
        path = self.events_path(run)
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]

    def spent_on(self, day: date) -> tuple[int, float]:
        """Tokens and USD of the runs started on ``day`` (local time), for the status bar."""
        tokens, cost = 0, 0.0
        for run in self.list():
            if run.started_at.astimezone().date() == day:
                tokens += run.usage.total_tokens
                cost += run.usage.cost_usd or 0.0
        return tokens, cost

    def count_ai_runs_on(self, day: date) -> int:
        return sum(1 for r in self.list()
                   if r.provider != "offline" and r.started_at.astimezone().date() == day)


class SettingsRepo(_Repo):
    table_name = "settings"

    def load(self) -> Settings:
        row = self.table.get(Query().key == "settings")
        if not row:
            return Settings()
        try:
            return Settings.model_validate(row["value"])
        except ValueError:
            log.warning("settings were invalid; using defaults")
            return Settings()

    def save(self, settings: Settings) -> None:
        self.table.upsert({"key": "settings", "value": _jsonable(settings)},
                          Query().key == "settings")


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
