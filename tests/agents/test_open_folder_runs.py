"""Runs on a folder opened in place: a stopped run puts back only what Devora wrote."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from devora_desktop.core.importer import import_folder
from devora_desktop.core.models import Mode
from tests.agents.conftest import APPROVE, block, plan
from tests.gitrepos import git, make_repo, needs_git, tree_bytes

pytestmark = needs_git


def _person_at_work(tmp_path: Path) -> Path:
    """A repository with an untracked .env.local, a staged hunk and an ignored log."""
    repo = make_repo(tmp_path / "work", {"index.html": "<h1>Hi</h1>\n",
                                         "app.js": "let a = 1;\nlet b = 2;\n"})
    (repo / ".env.local").write_text("SECRET=canary-env-local\n")
    (repo / "app.js").write_text("let a = 10;\nlet b = 2;\n")
    git(repo, "add", "app.js")
    (repo / "app.js").write_text("let a = 10;\nlet b = 20;\n")  # and an unstaged one on top
    (repo / "debug.log").write_text("ignored output\n")
    return repo


async def test_cancelled_run_leaves_untracked_staged_and_ignored_work_byte_identical(
        engine, fake_llm, ctx, tmp_path: Path) -> None:
    repo = _person_at_work(tmp_path)
    project = import_folder(ctx.store, repo).project
    before = tree_bytes(repo)
    index = (repo / ".git" / "index").read_bytes()
    head = git(repo, "rev-parse", "HEAD")
    fake_llm.set("architect", plan(("app.js", "frontend"), ("index.html", "frontend"),
                                   ("new.js", "frontend")))
    fake_llm.set("frontend", {"text": block("app.js", "let a = 99;") + block(
        "new.js", "export {};") + block("index.html", "<h1>Bye</h1>" + " x" * 400),
        "latency": 0.01})
    fake_llm.set("reviewer", APPROVE)
    runs: list = []
    task = asyncio.create_task(engine("change it", mode=Mode.WEB, project_id=project.id,
                                      collect_run=runs))
    while not runs:
        await asyncio.sleep(0)
    for _ in range(2000):
        if sum(e["type"] == "file_written" for e in runs[0].log) >= 2:
            break
        await asyncio.sleep(0.005)
    assert (repo / "new.js").exists()  # the run really wrote into the folder
    runs[0].cancel()
    await asyncio.wait_for(task, 10)
    assert runs[0].log[-1]["type"] == "run_cancelled"
    assert tree_bytes(repo) == before
    assert (repo / ".git" / "index").read_bytes() == index
    assert git(repo, "rev-parse", "HEAD") == head
    assert git(repo, "diff", "--cached", "--stat") != ""  # the staged hunk is still staged
    assert not (repo / "HOOK_RAN").exists()


async def test_finished_run_commits_only_its_files_and_leaves_the_persons_alone(
        engine, fake_llm, ctx, tmp_path: Path) -> None:
    repo = _person_at_work(tmp_path)
    project = import_folder(ctx.store, repo).project
    head = git(repo, "rev-parse", "HEAD")
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Bye</h1>"))
    fake_llm.set("reviewer", APPROVE)
    events = await engine("say bye", mode=Mode.WEB, project_id=project.id)
    assert events[-1].type == "run_finished", events[-1]
    assert git(repo, "rev-parse", "HEAD~1") == head
    assert git(repo, "show", "--name-only", "--format=%an", "HEAD").split() == [
        "Devora", "index.html"]
    assert git(repo, "diff", "--cached", "--name-only") == "app.js"  # still staged, not mixed
    assert (repo / ".env.local").read_text() == "SECRET=canary-env-local\n"
    assert (repo / "debug.log").exists() and not (repo / "HOOK_RAN").exists()


async def test_a_run_that_rewrites_a_file_with_your_unsaved_edit_keeps_it_in_a_version(
        engine, fake_llm, ctx, tmp_path: Path) -> None:
    """A refinement planned app.js without saying "modify" and its worker rewrote it over
    the person's unsaved line, which then existed nowhere (found walking the window). Now the
    worker is sent the file as it is, and the person's text is saved as "Your edits" under the
    run's version."""
    repo = make_repo(tmp_path / "work", {"app.js": "let a = 1;\n", "README.md": "hi\n"})
    project = import_folder(ctx.store, repo).project
    (repo / "app.js").write_text("// MY HAND EDIT: keep this line\nlet a = 1;\n")
    (repo / "README.md").write_text("hi, mine\n")  # a file the run does not touch
    fake_llm.set("architect", plan(("app.js", "frontend")))  # no action: "create"
    fake_llm.set("frontend", block("app.js", "let a = 2;"))
    fake_llm.set("reviewer", APPROVE)
    events = await engine("count overdue tasks", mode=Mode.WEB, project_id=project.id)
    assert events[-1].type == "run_finished", events[-1]
    sent = json.dumps(fake_llm.requests_for("frontend")[0]["body"])
    assert "MY HAND EDIT" in sent  # the worker saw the file as the person left it
    log = git(repo, "log", "-3", "--format=%s|%an").splitlines()
    assert log[0].startswith("count overdue tasks|") and log[1] == "Your edits|Ada", log
    assert git(repo, "show", "HEAD~1:app.js").startswith("// MY HAND EDIT")
    assert git(repo, "show", "--name-only", "--format=", "HEAD~1") == "app.js"
    assert git(repo, "status", "--porcelain") == "M README.md"  # still the person's, unsaved
    notes = [e.message for e in events if e.type == "agent_notice"]
    assert any("Your unsaved changes to app.js were saved" in n for n in notes), notes


async def test_your_edits_are_saved_first_when_the_person_said_so(
        engine, fake_llm, ctx, tmp_path: Path) -> None:
    repo = _person_at_work(tmp_path)
    project = import_folder(ctx.store, repo, commit_edits=True).project
    assert git(repo, "log", "-1", "--format=%s|%an") == "Your edits|Ada"
    assert git(repo, "show", "--name-only", "--format=", "HEAD") == "app.js"  # no .env.local
    assert git(repo, "status", "--porcelain") == "?? .env.local"  # a secret: never staged
    (repo / "index.html").write_text("<h1>mine</h1>\n")
    fake_llm.set("architect", plan(("app.js", "frontend")))
    fake_llm.set("frontend", block("app.js", "let c = 3;"))
    fake_llm.set("reviewer", APPROVE)
    events = await engine("more", mode=Mode.WEB, project_id=project.id)
    assert events[-1].type == "run_finished"
    log = git(repo, "log", "-3", "--format=%s|%an").splitlines()
    assert log[0] == "more|Devora" and log[1] == "Your edits|Ada"


async def test_a_big_codebase_sends_the_architect_its_map(engine, fake_llm, ctx,
                                                          tmp_path: Path) -> None:
    from tests.repogen import REFINEMENTS, write_shop

    repo = tmp_path / "shop"
    write_shop(repo, filler=200)
    for args in (["init", "-q", "-b", "main"], ["config", "user.name", "Ada"],
                 ["config", "user.email", "a@x"], ["add", "-A"], ["commit", "-qm", "shop"]):
        git(repo, *args)
    project = import_folder(ctx.store, repo).project
    request, expected = REFINEMENTS[0]
    fake_llm.set("architect", plan(*[(p, "frontend") for p in expected]))
    fake_llm.set("frontend", "".join(block(p, "# changed") for p in expected))
    fake_llm.set("reviewer", APPROVE)
    events = await engine(request, mode=Mode.WEB, project_id=project.id)
    assert events[-1].type == "run_finished", events[-1]
    body = fake_llm.requests_for("architect")[0]["body"]
    text = "\n".join(m["content"] if isinstance(m["content"], str) else
                     "".join(p["text"] for p in m["content"]) for m in body["messages"])
    assert "- src/cart/service.py: defines CartService" in text
    assert "- src/coupon/service.py: defines CouponService" in text
    assert len(text) // 4 <= 8000  # tokens, roughly: the whole tree would be ~9k
    # the agent that changes the cart also gets what the cart uses, to read
    frontend = json.dumps(fake_llm.requests_for("frontend")[0]["body"])
    assert "For reference only" in frontend
    assert 'src/inventory/service.py' in frontend.split("For reference only")[1]
    # the Reviewer reads what changed and what it uses, not the whole codebase
    reviewer = json.dumps(fake_llm.requests_for("reviewer")[0]["body"])
    assert 'src/cart/service.py' in reviewer and "lib/pkg000/mod00000.py" not in reviewer


def test_restore_and_revert_touch_only_tracked_files(ctx, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "work", {"a.txt": "one\n"})
    first = git(repo, "rev-parse", "HEAD")
    (repo / "a.txt").write_text("two\n")
    (repo / "new.txt").write_text("added\n")
    git(repo, "add", "-A")
    git(repo, "-c", "core.hooksPath=/dev/null", "commit", "-qm", "second")  # not Devora's
    (repo / "scratch.txt").write_text("untracked, mine\n")
    (repo / "run.log").write_text("ignored\n")
    project = import_folder(ctx.store, repo).project
    ws = ctx.store.workspace(project.id)
    ws.restore(first)
    assert (repo / "a.txt").read_text() == "one\n" and not (repo / "new.txt").exists()
    assert (repo / "scratch.txt").read_text() == "untracked, mine\n"
    assert (repo / "run.log").read_text() == "ignored\n"
    assert git(repo, "log", "-1", "--format=%s|%an") == "Restore v1|Devora"
    assert git(repo, "status", "--porcelain").splitlines() == ["?? scratch.txt"]
    ws.revert(ws.history()[0].id)  # undo the restore: back to "second"
    assert (repo / "a.txt").read_text() == "two\n" and (repo / "new.txt").exists()
    assert (repo / "scratch.txt").exists() and (repo / "run.log").exists()
    assert not (repo / "HOOK_RAN").exists()


def test_the_persons_changes_since_a_version_read_only_what_can_differ(
        ctx, tmp_path: Path) -> None:
    from devora_desktop.agents.project_context import context_note

    repo = make_repo(tmp_path / "work", {"a.txt": "one\n", "b.txt": "bee\n",
                                         "AGENTS.md": "Use tabs.\n"})
    project = import_folder(ctx.store, repo).project
    ws = ctx.store.workspace(project.id)
    since = ws.head()
    (repo / "a.txt").write_text("two\n")
    git(repo, "-c", "core.hooksPath=/dev/null", "commit", "-qam", "by git")
    (repo / "b.txt").write_text("bee, edited\n")
    (repo / "c.txt").write_text("new\n")
    (repo / ".env").write_text("TOKEN=canary\n")
    fast = ws.diff_to_worktree(since)
    assert fast == ws.diff(since, None)
    assert "+two" in fast and "+bee, edited" in fast and "+new" in fast
    assert "canary" not in fast
    note = context_note(ws, since)
    assert "Use tabs." in note and "+bee, edited" in note


def test_the_preview_of_an_opened_folder_serves_its_images_not_its_secrets(
        ctx, tmp_path: Path) -> None:
    import httpx

    from devora_desktop.core.preview import PreviewServer

    repo = make_repo(tmp_path / "site", {"index.html": "<img src=logo.png>\n"}, hooks=False)
    (repo / "logo.png").write_bytes(b"\x89PNG" + bytes(range(200)))
    (repo / ".env.local").write_text("KEY=canary\n")
    project = import_folder(ctx.store, repo).project
    server = PreviewServer(ctx.store.workspace(project.id))
    base = server.url.rstrip("/")
    try:
        assert httpx.get(f"{base}/logo.png", timeout=5).content.startswith(b"\x89PNG")
        assert httpx.get(f"{base}/", timeout=5).text.startswith("<img")
        assert httpx.get(f"{base}/.env.local", timeout=5).status_code == 404
        assert httpx.get(f"{base}/node_modules/left-pad/index.js", timeout=5).status_code == 404
    finally:
        server.stop()
