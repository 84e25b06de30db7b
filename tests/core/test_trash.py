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


def _deleted_just_before(ctx: AppContext, project_id: str, name: str,
                         monkeypatch: pytest.MonkeyPatch, module: object) -> None:
    """``module``'s atomic_write of the file ``name`` (its path's end) lands right after the project went to
    the trash: the order a save off the Qt thread met when the person deleted meanwhile."""
    write = module.atomic_write  # type: ignore[attr-defined]

    def deleted_first(path: Path, *args, **kwargs) -> None:
        if path.as_posix().endswith(name) and ctx.store.projects.table.get(
                lambda row: row.get("id") == project_id):
            ctx.store.projects.delete_undoably(project_id)
        write(path, *args, **kwargs)

    monkeypatch.setattr(module, "atomic_write", deleted_first)


def _comes_back(ctx: AppContext, name: str) -> None:
    """Undo delete works: nothing was made in the project's place after it went."""
    back = ctx.store.projects.undelete(ctx.store.projects.find_trashed(name).token)
    assert ctx.store.projects.get(back.id).name == name


def test_a_conversation_saved_as_the_project_goes_leaves_no_folder(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The conversation was written with its parents made: one saved just after the project
    went to the trash made projects/<id>/ again, and Undo delete refused."""
    from devora_desktop.core import store as store_module
    from devora_desktop.core.store import CONVERSATION_FILE

    with AppContext.open(isolated_home) as ctx:
        garden, bakery = (ctx.store.projects.create(n) for n in ("Garden", "Bakery"))
        _deleted_just_before(ctx, garden.id, CONVERSATION_FILE, monkeypatch, store_module)
        ctx.store.conversations.append(garden.id, Message(role="user", content="herbs"))
        assert not ctx.store.paths.project(garden.id).exists()
        _deleted_just_before(ctx, bakery.id, CONVERSATION_FILE, monkeypatch, store_module)
        with ctx.store.batch():  # a run's records: written together at the batch's end
            ctx.store.conversations.append(bakery.id, Message(role="user", content="rye"))
        assert not ctx.store.paths.project(bakery.id).exists()
        monkeypatch.undo()
        _comes_back(ctx, "Garden")
        _comes_back(ctx, "Bakery")


def test_a_record_saved_after_the_delete_brings_back_nothing(isolated_home: Path) -> None:
    """A checks answer (or an export's note) saved the project's record after it was
    deleted: its folder came back with project.json, and its row into the list."""
    with AppContext.open(isolated_home) as ctx:
        garden = ctx.store.projects.create("Garden")
        late = ctx.store.projects.get(garden.id)
        ctx.store.projects.delete_undoably(garden.id)
        late.checks_allowed = True
        with pytest.raises(NotFound, match="Garden was deleted meanwhile"):
            ctx.store.projects.save(late)
        assert not ctx.store.paths.project(garden.id).exists()
        assert ctx.store.projects.list() == []
        _comes_back(ctx, "Garden")


def test_an_edit_saved_as_the_project_goes_leaves_no_folder(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Ctrl+S saves off the Qt thread: a save that landed after the project went to the
    trash wrote the file with its parents made, then a repository into that new folder."""
    from devora_desktop.core import workspace as workspace_module
    from devora_desktop.core.importer import import_folder

    with AppContext.open(isolated_home) as ctx:
        garden = ctx.store.projects.create("Garden")
        ws = ctx.store.workspace(garden.id)
        ws.write_file("index.html", "<h1>Herbs</h1>\n")
        ws.commit("v1")
        _deleted_just_before(ctx, garden.id, "index.html", monkeypatch, workspace_module)
        with pytest.raises(NotFound, match="is gone"):
            ws.save_edit("index.html", "<h1>Mint</h1>\n")
        assert not ctx.store.paths.project(garden.id).exists()
        monkeypatch.undo()
        _comes_back(ctx, "Garden")
        assert ctx.store.workspace(garden.id).read_text("index.html") == "<h1>Herbs</h1>\n"

        mine = tmp_path / "mine"  # an opened folder: the original is kept in the data folder
        mine.mkdir()
        (mine / "index.html").write_text("<h1>Mine</h1>\n")
        opened = import_folder(ctx.store, mine).project
        ws = ctx.store.workspace(opened.id)
        _deleted_just_before(ctx, opened.id, "index.json", monkeypatch, workspace_module)
        with pytest.raises(NotFound, match="is gone"):
            ws.write_file("index.html", "<h1>Changed</h1>\n")
        assert not ctx.store.paths.project(opened.id).exists()
        assert (mine / "index.html").read_text() == "<h1>Mine</h1>\n"
        monkeypatch.undo()
        _comes_back(ctx, "mine")
