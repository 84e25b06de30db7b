"""`devora projects delete` keeps a project in the trash for a week; `devora projects trash`
lists what is there and `devora projects restore NAME` brings one back (walk12 #16)."""

from __future__ import annotations

import json
from pathlib import Path

from devora_desktop.core.context import AppContext


def test_delete_trash_and_restore_by_name(run_cli, isolated_home: Path) -> None:
    with AppContext.open(isolated_home) as ctx:
        blog = ctx.store.projects.create("Blog")
        ws = ctx.store.workspace(blog.id)
        ws.write_file("index.html", "one")
        ws.commit("first")
        ctx.store.projects.create("Shop")
    assert run_cli("projects", "trash").out.startswith("The trash is empty")
    deleted = run_cli("projects", "delete", "Blog", "--yes")
    assert deleted.code == 0
    assert f"Deleted Blog. For 7 days `devora projects restore {blog.id}` brings it back" \
        in deleted.out
    assert run_cli("projects", "delete", "Shop", "--yes").code == 0
    assert run_cli("projects", "purge", "Shop").code == 1  # no tty, no --yes
    listed = run_cli("projects", "trash")
    assert listed.code == 0 and listed.out.index("Shop") < listed.out.index("Blog")
    rows = json.loads(run_cli("projects", "trash", "--json").out)
    assert [r["name"] for r in rows] == ["Shop", "Blog"] and rows[1]["id"] == blog.id

    with AppContext.open(isolated_home) as ctx:
        ctx.store.projects.create("Blog")  # the name was taken meanwhile
    back = run_cli("projects", "restore", "blog")
    assert back.code == 0 and f"Brought back Blog ({blog.id})" in back.out
    assert "2 projects are now named 'Blog'" in back.err
    names = sorted(p["name"] for p in json.loads(run_cli("projects", "list", "--json").out))
    assert names == ["Blog", "Blog"]
    assert run_cli("projects", "restore", blog.id, "v1").code == 0  # a version, as before
    with AppContext.open(isolated_home) as ctx:
        assert ctx.store.workspace(blog.id).read_text("index.html") == "one"

    missing = run_cli("projects", "restore", "Shop-x")
    assert missing.code == 1 and len(missing.err.strip().splitlines()) == 1
    assert missing.err.startswith("devora: no deleted project 'Shop-x' in the trash")
    assert "devora projects trash" in missing.err
    purged = run_cli("projects", "purge", "shop", "--yes")
    assert purged.code == 0 and "Deleted Shop for good" in purged.out
    assert json.loads(run_cli("projects", "trash", "--json").out) == []
    live = run_cli("projects", "restore", blog.id)  # it is back: a version is wanted
    assert live.code == 1 and live.err.startswith("devora: Blog is not deleted: say which")
    assert f"`devora projects history {blog.id}` lists them" in live.err
