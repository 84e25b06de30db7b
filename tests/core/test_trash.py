"""Deleted projects stay restorable for a week, after a restart too (walk12 #16: the undo
token lived only in the window's memory, so a restart lost the way back)."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import NotFound, StoreError
from devora_desktop.core.models import Message
from devora_desktop.core.store import TRASH, TRASH_DAYS


def test_deleted_projects_come_back_after_a_restart(isolated_home: Path) -> None:
    with AppContext.open(isolated_home) as ctx:
        garden, bakery, old = (ctx.store.projects.create(n) for n in ("Garden", "Bakery", "Old"))
        ws = ctx.store.workspace(garden.id)
        ws.write_file("index.html", "<h1>Herbs</h1>\n")
        ws.commit("v1")
        ctx.store.conversations.append(garden.id, Message(role="user", content="herbs"))
        for p in (old, garden, bakery):
            ctx.store.projects.delete_undoably(p.id, label=f"{p.name} · Dec 06 04:18")
        assert ctx.store.projects.list() == []
    aged = next((isolated_home / TRASH).glob(f"{old.id}-*"))  # deleted 8 days ago
    aged.rename(aged.with_name(f"{old.id}-{int((time.time() - 8 * 86400) * 1000)}"))

    with AppContext.open(isolated_home) as ctx:  # a restart: a new Store on the same folder
        trashed = ctx.store.projects.trashed()
        assert [t.label for t in trashed] == ["Bakery · Dec 06 04:18", "Garden · Dec 06 04:18"]
        assert (trashed[0].kept_until - trashed[0].deleted_at).days == TRASH_DAYS
        with pytest.raises(NotFound, match="no deleted project 'Old'"):
            ctx.store.projects.find_trashed("Old")  # past its week: purged at start-up
        twin = ctx.store.projects.create("Garden")  # its name was taken since
        back = ctx.store.projects.undelete(ctx.store.projects.find_trashed("garden").token)
        assert back.id == garden.id
        assert sorted(p.id for p in ctx.store.projects.list()) == sorted([garden.id, twin.id])
        assert ctx.store.workspace(garden.id).read_text("index.html") == "<h1>Herbs</h1>\n"
        assert [m.content for m in ctx.store.conversations.get(garden.id).messages] == ["herbs"]
        token = ctx.store.projects.find_trashed(bakery.id[:6]).token
        (isolated_home / TRASH / token).rename(isolated_home / TRASH / f".purged-{token}")
        assert ctx.store.projects.trashed() == []  # a Delete now that a crash cut short
    with AppContext.open(isolated_home) as ctx:
        assert os.listdir(isolated_home / TRASH) == []  # finished at the next start
        with pytest.raises(NotFound):
            ctx.store.projects.undelete("../projects")


def test_a_tampered_trash_entry_never_reaches_outside_the_data_folder(
        isolated_home: Path, tmp_path: Path) -> None:
    """attack12: a rows.json naming the project '../../victim' made Restore rmtree that folder
    (outside the data folder) and move the entry there; a naive date broke the whole list; a
    damaged record hid a project whose folder was whole."""
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("mine")
    with AppContext.open(isolated_home) as ctx:
        made = [ctx.store.projects.create(n) for n in ("Evil", "Naive", "Truncated", "Blocked")]
        for p in made:
            ctx.store.workspace(p.id).write_file("index.html", p.name)
            ctx.store.workspace(p.id).commit("v1")
        paths = ctx.store.paths
        paths.preview(made[0].id).mkdir(parents=True)
        tokens = [ctx.store.projects.delete_undoably(p.id) for p in made]
        entries = [isolated_home / TRASH / t for t in tokens]
        rows = json.loads((entries[0] / "rows.json").read_text())
        rows["project"]["id"] = os.path.relpath(victim, paths.root / "preview")
        (entries[0] / "rows.json").write_text(json.dumps(rows))
        shutil.rmtree(entries[0] / "folder")
        rows = json.loads((entries[1] / "rows.json").read_text())
        rows["deleted_at"] = "2026-12-06T05:00:00"
        (entries[1] / "rows.json").write_text(json.dumps(rows))
        (entries[2] / "rows.json").write_text('{"project": {"id": "p')
        paths.project(made[3].id).mkdir()

        assert sorted(t.project.name for t in ctx.store.projects.trashed()) == \
            ["Blocked", "Naive", "Truncated"]
        with pytest.raises(StoreError, match="damaged"):
            ctx.store.projects.undelete(tokens[0])
        assert os.listdir(victim) == ["precious.txt"]
        with pytest.raises(StoreError, match="is in its place"):
            ctx.store.projects.undelete(tokens[3])
        assert ctx.store.projects.list() == []
        back = ctx.store.projects.undelete(tokens[2])  # from the folder's own metadata
        assert ctx.store.workspace(back.id).read_text("index.html") == "Truncated"


def test_a_delete_cut_before_the_index_forgot_it_is_finished_at_start(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """attack12: killed between moving the folder to the trash and forgetting the row, the
    list kept a project whose folder was 'gone' and Restore said 'already back'."""
    with AppContext.open(isolated_home) as ctx:
        kept = ctx.store.projects.create("Kept")
        ctx.store.workspace(kept.id).write_file("index.html", "precious")
        ctx.store.workspace(kept.id).commit("v1")
        monkeypatch.setattr(ctx.store, "_forget", lambda project_id: None)  # the kill
        token = ctx.store.projects.delete_undoably(kept.id)
    with AppContext.open(isolated_home) as ctx:
        assert ctx.store.projects.list() == []
        ctx.store.projects.undelete(token)
        assert ctx.store.workspace(kept.id).read_text("index.html") == "precious"


def test_an_index_row_naming_a_path_is_dropped_not_deleted_through(
        isolated_home: Path, tmp_path: Path) -> None:
    """attack12: devora.json edited to give a project the id '../../victim' made Delete move
    that folder (outside the data folder) into a trash entry beside it."""
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("mine")
    with AppContext.open(isolated_home) as ctx:
        ctx.store.projects.create("Garden")
    index = isolated_home / "devora.json"
    data = json.loads(index.read_text())
    row = next(iter(data["projects"].values()))
    data["projects"]["99"] = {**row, "id": os.path.relpath(victim, isolated_home / "preview")}
    index.write_text(json.dumps(data))
    with AppContext.open(isolated_home) as ctx:
        assert [p.name for p in ctx.store.projects.list()] == ["Garden"]
        with pytest.raises(StoreError, match="no project id Devora made"):
            ctx.store.paths.project("../../victim")
    assert os.listdir(victim) == ["precious.txt"]


def test_purge_expired_follows_the_stores_clock(isolated_home: Path) -> None:
    """An entry stays its whole week and goes the moment it is over, whoever asks (the
    window asks whenever it reads the trash, not only at start-up)."""
    import time

    with AppContext.open(isolated_home) as ctx:
        kept, old = (ctx.store.projects.create(n) for n in ("Kept", "Old"))
        tokens = {p.name: ctx.store.projects.delete_undoably(p.id) for p in (kept, old)}
        now = time.time()
        ctx.store.clock = lambda: now + TRASH_DAYS * 86400 - 60
        assert ctx.store.projects.purge_expired() == []
        assert len(ctx.store.projects.trashed()) == 2
        ctx.store.clock = lambda: now + TRASH_DAYS * 86400 + 60
        assert sorted(ctx.store.projects.purge_expired()) == sorted(tokens.values())
        assert ctx.store.projects.trashed() == []
        assert list((isolated_home / TRASH).iterdir()) == []


def test_a_read_racing_the_delete_leaves_no_folder_in_undos_way(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CI: the window read a just-selected project's history off the Qt thread while that
    project was deleted; the repository's exclude line, written after the folder had gone,
    made projects/<id>/.git/info again, and Undo delete refused: "… is in its place"."""
    from dulwich.repo import Repo

    with AppContext.open(isolated_home) as ctx:
        garden = ctx.store.projects.create("Garden")
        made = Repo.init

        def init_then_deleted(path: str, *args, **kwargs):
            repo = made(path, *args, **kwargs)
            ctx.store.projects.delete_undoably(garden.id)  # lands between init and exclude
            return repo

        monkeypatch.setattr(Repo, "init", staticmethod(init_then_deleted))
        ws = ctx.store.workspace(garden.id)
        ws.head()  # the late read: the repository it opened is in the trash now
        assert not ctx.store.paths.project(garden.id).exists()
        monkeypatch.undo()
        back = ctx.store.projects.undelete(ctx.store.projects.find_trashed("Garden").token)
        assert ctx.store.workspace(back.id).head() is None  # its own repository, back
