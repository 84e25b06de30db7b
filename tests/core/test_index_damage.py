"""A damaged index never stops Devora. Over many kinds of damage the stored
keys, the license token, settings and run history survive (from the second file), or the user
is told exactly what was lost; every command still works (never exit 70)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devora_desktop.core.context import AppContext
from devora_desktop.core.models import Mode, RunRecord

KEY = "corp-live-Zq8xKp2Lw9vT4mRb"
TOKEN = "eyJ.test-token.sig"


@pytest.fixture
def populated(isolated_home: Path) -> Path:
    with AppContext.open(isolated_home) as ctx:
        for name in ("Garden", "Bakery"):
            p = ctx.store.projects.create(name, summary=f"{name} site")
            ws = ctx.store.workspace(p.id)
            ws.write_file("index.html", f"<h1>{name}</h1>")
            ws.commit("v1")
            ctx.store.runs.save(RunRecord(project_id=p.id, prompt="make it", mode=Mode.WEB,
                                          provider="openrouter", model="m"))
        ctx.secrets.set("openrouter", KEY)
        ctx.store.kv.set("license:token", TOKEN)
        s = ctx.settings.model_copy(deep=True)
        s.theme, s.preferences = "dark", ["Always use TypeScript"]
        ctx.save_settings(s)
    return isolated_home


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _first_row(table: str):
    return lambda d: d[table].update({next(iter(d[table])): {"garbage": True}})


# kind -> what it does to the data dir; every one of these was exit 70 or silent loss before
INDEX = "devora.json"
KEEP = "devora.keep.json"
DAMAGE = {
    "truncated": lambda h: (h / INDEX).write_bytes((h / INDEX).read_bytes()[:97]),
    "empty file": lambda h: (h / INDEX).write_bytes(b""),
    "deleted": lambda h: (h / INDEX).unlink(),
    "projects is a list": lambda h: (h / INDEX).write_text('{"projects": []}'),
    "top level is an array": lambda h: (h / INDEX).write_text("[]"),
    "top level is a string": lambda h: (h / INDEX).write_text('"hello"'),
    "binary garbage": lambda h: (h / INDEX).write_bytes(b"\xff\xfe\x00garbage\x80" * 50),
    "zero-filled (power loss)": lambda h: (h / INDEX).write_bytes(
        b"\0" * len((h / INDEX).read_bytes())),
    "kv table is a list": lambda h: _edit(h / INDEX, lambda d: d.update(kv=[1, 2])),
    "kv rows damaged": lambda h: _edit(h / INDEX, lambda d: d.update(
        kv={k: "garbage" for k in d["kv"]})),
    "settings invalid": lambda h: _edit(h / INDEX, lambda d: d["settings"].update(
        {next(iter(d["settings"])): {"key": "settings", "value": {"theme": 42}}})),
    "run rows damaged": lambda h: _edit(h / INDEX, lambda d: d.update(
        runs={k: {"id": v["id"]} for k, v in d["runs"].items()})),
    "non-numeric row ids": lambda h: _edit(h / INDEX, lambda d: d.update(
        projects={f"id-{i}": r for i, r in enumerate(d["projects"].values())})),
    "a project row damaged": lambda h: _edit(h / INDEX, _first_row("projects")),
    "backup truncated, index fine": lambda h: (h / KEEP).write_bytes(
        (h / KEEP).read_bytes()[:50]),
    "backup deleted, index fine": lambda h: (h / KEEP).unlink(),
}
#: Damage beyond repair: both copies gone; the user must be told what was lost.
LOST = {
    "both truncated": lambda h: [(h / f).write_bytes((h / f).read_bytes()[:40])
                                 for f in (INDEX, KEEP)],
    "index truncated, backup has no tables": lambda h: (
        (h / INDEX).write_bytes(b'{"proj'), (h / KEEP).write_text('{"tables": []}')),
}


def test_there_are_at_least_ten_kinds() -> None:
    assert len(DAMAGE) + len(LOST) >= 10


def _check_projects_work(run_cli) -> str:
    listed = run_cli("projects", "list", "--json")
    assert listed.code == 0, listed
    assert sorted(p["name"] for p in json.loads(listed.out)) == ["Bakery", "Garden"]
    shown = run_cli("projects", "show", "Garden")
    assert shown.code == 0 and "Traceback" not in shown.err, shown
    return listed.err


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_is_repaired_and_nothing_is_lost(populated: Path, run_cli, kind: str) -> None:
    DAMAGE[kind](populated)
    err = _check_projects_work(run_cli)
    assert "Traceback" not in err
    assert "lost" not in err, err
    with AppContext.open(populated) as ctx:
        assert ctx.secrets.get("openrouter") == KEY
        assert ctx.store.kv.get("license:token") == TOKEN
        assert ctx.settings.theme == "dark"
        assert ctx.settings.preferences == ["Always use TypeScript"]
        assert len(ctx.store.runs.list()) == 2
        assert ctx.store.repairs == []  # repaired once, for good
    assert json.loads((populated / KEEP).read_text())["tables"]["kv"]


@pytest.mark.parametrize("kind", list(LOST))
def test_damage_beyond_repair_says_exactly_what_was_lost(populated: Path, run_cli,
                                                         kind: str) -> None:
    LOST[kind](populated)
    err = _check_projects_work(run_cli)
    assert "lost, with no usable backup: stored keys (encrypted), the license activation" in err
    assert "settings; run history" in err and "devora keys set" in err
    assert len(err.strip().splitlines()) <= 4  # one line per finding, no traceback
    keys = run_cli("keys", "list")
    assert keys.code == 0 and "openrouter   not set" in keys.out  # the truth, not a guess
    assert list(populated.glob("devora.json.corrupt-*"))  # the damaged file is kept


def test_read_only_view_repairs_in_memory_and_writes_nothing(populated: Path) -> None:
    DAMAGE["projects is a list"](populated)
    before = (populated / INDEX).read_bytes()
    with AppContext.open(populated, read_only=True) as ctx:
        assert sorted(p.name for p in ctx.store.projects.list()) == ["Bakery", "Garden"]
        assert ctx.store.kv.get("license:token") == TOKEN
        assert any("re-indexed 2 project folder(s)" in line for line in ctx.store.repairs)
    assert (populated / INDEX).read_bytes() == before


def test_a_crash_between_the_two_writes_never_brings_a_removed_key_back(populated: Path,
                                                                       run_cli) -> None:
    stale_backup = (populated / KEEP).read_bytes()
    assert run_cli("keys", "remove", "openrouter").code == 0
    (populated / KEEP).write_bytes(stale_backup)  # the index was written, then the crash
    assert "openrouter   not set" in run_cli("keys", "list").out
    assert json.loads((populated / KEEP).read_text())["tables"]["kv"] == json.loads(
        (populated / INDEX).read_text())["kv"]  # the backup caught up
