"""Deleted projects stay restorable for a week, after a restart too (walk12 #16: the undo
token lived only in the window's memory, so a restart lost the way back)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import NotFound
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
