from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from devora_desktop.core.errors import ExportError
from devora_desktop.core.export import plan_export
from devora_desktop.core.export.github import (
    GitHubExporter,
    NonFastForward,
    poll_device_flow,
    start_device_flow,
)
from devora_desktop.core.retry import RetryPolicy
from devora_desktop.core.workspace import Workspace
from tests.fakes.github_server import FakeGitHub

TOKEN = "good-token"


@pytest.fixture
def gh():
    fake = FakeGitHub()
    yield fake
    fake.stop()


def exporter(fake: FakeGitHub, token: str = TOKEN) -> GitHubExporter:
    return GitHubExporter(token, base_url=fake.url, empty_delay=0.01,
                          retry=RetryPolicy(attempts=3, initial=0.01, max_wait=0.05, jitter=0))


def project(tmp_path: Path, n: int = 200) -> Workspace:
    ws = Workspace(tmp_path / "proj")
    for i in range(n - 2):
        ws.write_file(f"src/part{i // 20}/file{i}.ts", f"export const v{i} = {i};\n")
    ws.write_file("public/logo.png", bytes(range(256)) * 8)
    ws.write_file("run.sh", "#!/bin/sh\necho hi\n")
    os.chmod(ws.root / "run.sh", 0o755)
    ws.write_file(".env", "SECRET=1\n")  # never exported
    return ws


def test_parallel_uploads_keep_each_files_own_text(gh, tmp_path: Path, monkeypatch) -> None:
    """Blobs go up 8 at a time. PyGithub's client keeps a request's body on its one
    connection object between request() and getresponse(): with threads sharing it, a file
    was exported with another file's text (seen under load). The pause stands for a slow
    moment between the two calls, which made the swap happen every time."""
    import time

    from github import Requester

    send = Requester.HTTPRequestsConnectionClass.getresponse

    def slow(self):
        time.sleep(0.005)
        return send(self)

    monkeypatch.setattr(Requester.HTTPRequestsConnectionClass, "getresponse", slow)
    ws = project(tmp_path, n=40)
    plan = plan_export(ws)
    ex = exporter(gh)
    ex.push(ex.create_repo("garden"), plan, "Export from Devora")
    files = gh.files_at("octo/garden")
    assert {p: data for p, (data, _) in files.items()} == {
        rel: (ws.root / rel).read_bytes() for rel in plan.files}


def test_200_files_with_binary_one_commit_tree_matches(gh, tmp_path: Path) -> None:
    ws = project(tmp_path)
    plan = plan_export(ws)
    ex = exporter(gh)
    repo = ex.create_repo("garden")
    result = ex.push(repo, plan, "Export from Devora")
    assert result.files == 200
    full = "octo/garden"
    files = gh.files_at(full)
    assert {p: data for p, (data, _) in files.items()} == {
        rel: (ws.root / rel).read_bytes() for rel in plan.files}
    assert ".env" not in files and "README.md" not in files  # full tree, no base_tree
    assert files["run.sh"][1] == "100755" and files["public/logo.png"][1] == "100644"
    assert gh.commit_count(full) == 2  # auto-init + exactly one export commit
    assert gh.repos[full]["private"] is True
    assert result.repo_url == "https://github.com/octo/garden"

    ws.delete_file("src/part0/file0.ts")
    ex.push(ex.get_repo(full), plan_export(ws), "Second export")
    assert "src/part0/file0.ts" not in gh.files_at(full)
    assert gh.commit_count(full) == 3


def test_name_taken_is_one_line(gh) -> None:
    gh.add_repo("taken")
    with pytest.raises(ExportError) as info:
        exporter(gh).create_repo("taken")
    assert info.value.one_line().startswith("a repository named 'taken' already exists")


def test_empty_repo_409_is_retried(gh, tmp_path: Path) -> None:
    gh.empty_409 = 3
    ex = exporter(gh)
    repo = ex.create_repo("fresh")
    ex.push(repo, plan_export(project(tmp_path, 5)), "m")
    assert gh.commit_count("octo/fresh") == 2


def test_revoked_token(gh, tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    gh.revoked.add("revoked-token-123456")
    gh.tokens.add("revoked-token-123456")
    with pytest.raises(ExportError) as info:
        exporter(gh, "revoked-token-123456").login()
    assert info.value.one_line() == ("GitHub rejected the token (expired or revoked) "
                                     "(sign in to GitHub again in Export)")
    assert "revoked-token-123456" not in str(info.value) + caplog.text


def test_secondary_rate_limit_waits_and_succeeds(gh, tmp_path: Path) -> None:
    ex = exporter(gh)
    repo = ex.create_repo("limited")
    gh.secondary_limit = 1
    ex.push(repo, plan_export(project(tmp_path, 4)), "m")
    assert gh.commit_count("octo/limited") == 2


def test_failure_after_blobs_never_moves_the_ref(gh, tmp_path: Path) -> None:
    ex = exporter(gh)
    repo = ex.create_repo("safe")
    before = dict(gh.repos["octo/safe"]["refs"])
    gh.fail_commit = True
    with pytest.raises(ExportError):
        ex.push(repo, plan_export(project(tmp_path, 6)), "m")
    assert gh.repos["octo/safe"]["refs"] == before
    assert len(gh.repos["octo/safe"]["blobs"]) > 1  # blobs were created, ref untouched


def test_non_fast_forward_asks_then_overwrite_or_branch(gh, tmp_path: Path) -> None:
    ex = exporter(gh)
    repo = ex.create_repo("busy")
    plan = plan_export(project(tmp_path, 4))
    # someone pushes to main between our read of the head and our ref move
    original = ex._head

    def racing_head(r, branch):
        ref = original(r, branch)
        gh._commit_files(gh.repos["octo/busy"], {"other.txt": b"theirs"}, "theirs",
                         [gh.repos["octo/busy"]["refs"]["heads/main"]])
        return ref

    ex._head = racing_head
    with pytest.raises(NonFastForward) as info:
        ex.push(repo, plan, "mine")
    assert "overwrite" in info.value.one_line()
    assert "other.txt" in gh.files_at("octo/busy")
    ex.push(repo, plan, "mine", on_conflict="branch:devora-export")
    assert set(gh.files_at("octo/busy", "devora-export")) == set(plan.files)
    ex._head = original
    ex._head = racing_head
    ex.push(repo, plan, "mine", on_conflict="overwrite")
    assert set(gh.files_at("octo/busy")) == set(plan.files)


def test_files_over_100_mb_refused_before_any_blob(gh, tmp_path: Path) -> None:
    ws = project(tmp_path, 3)
    with open(ws.root / "huge.bin", "wb") as fh:
        fh.truncate(101 * 1024 * 1024)  # sparse: instant, no real 101 MB written
    ex = exporter(gh)
    repo = ex.create_repo("big")
    blobs = len(gh.repos["octo/big"]["blobs"])
    with pytest.raises(ExportError, match="100 MB"):
        ex.push(repo, plan_export(ws), "m")
    assert len(gh.repos["octo/big"]["blobs"]) == blobs


async def test_device_flow(gh) -> None:
    gh.device_script = [{"error": "authorization_pending"}, {"error": "slow_down", "interval": 0},
                        {"access_token": "gho_devicetoken"}]
    code = await start_device_flow("client-1", base=gh.url)
    assert code.user_code == "WXYZ-1234"
    assert await poll_device_flow("client-1", code, base=gh.url) == "gho_devicetoken"
    for script, message in (([{"error": "expired_token"}], "expired"),
                            ([{"error": "access_denied"}], "cancelled")):
        gh.device_script = script
        with pytest.raises(ExportError, match=message):
            await poll_device_flow("client-1", code, base=gh.url)


def test_cli_device_flow_login(gh, run_cli) -> None:
    gh.device_script = [{"error": "authorization_pending"}, {"access_token": "gho_fromdevice1"}]
    r = run_cli("keys", "login", "github", "--client-id", "cid", "--oauth-url", gh.url)
    assert r.code == 0, r
    assert "enter the code WXYZ-1234" in r.err
    assert "github       set (encrypted)" in run_cli("keys", "list").out
    r = run_cli("keys", "login", "github")
    assert r.code == 1 and "no GitHub OAuth client id" in r.err


def test_secondary_rate_limit_beyond_the_cap_is_not_waited_out(gh, tmp_path: Path) -> None:
    ex = exporter(gh)
    repo = ex.create_repo("limited-long")
    gh.secondary_limit = 5
    gh.secondary_retry_after = "86400"
    # one file: with two, the upload pool cancels the second once the first fails, and
    # whether it had started by then was a race (the final clean-clone CI saw 1 POST, not 2)
    ws = Workspace(tmp_path / "proj")
    ws.write_file("index.html", "<h1>hi</h1>\n")
    plan = plan_export(ws)
    assert plan.files_to_send(False) == ["index.html"]
    with pytest.raises(ExportError) as info:
        ex.push(repo, plan, "m")
    assert info.value.one_line().startswith("rate-limited by GitHub until ")
    blobs = [c for c in gh.calls if c == ("POST", "/repos/octo/limited-long/git/blobs")]
    assert len(blobs) == 1  # one request for the one file: no retry
