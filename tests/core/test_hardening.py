"""Each attack that broke the first build, replayed through the workspace/store API
or the real CLI. Each test fails on the code before the fix."""

from __future__ import annotations

import asyncio
import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from devora_desktop.core import logs
from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import StoreError, UnsafePathError
from devora_desktop.core.models import Mode, RunRecord, RunStatus, Usage
from devora_desktop.core.paths import DataPaths
from devora_desktop.core.store import Store
from devora_desktop.core.workspace import Workspace, safe_path

# ---- 1. reserved and hidden-tool folders at any depth ------------------------------------
NESTED_RESERVED = [
    "sub/.git/config", "sub/.git/HEAD", "a/b/c/.git/hooks/post-checkout", "sub/.GIT/config",
    "sub/.Git/objects/ab/cd", "sub/.git", "x/.devora/project.json", "x/.DEVORA/runs/r.ndjson",
    "GIT~1/config", "git~1/HEAD", "sub/GIT~1/config", "sub/git~2/hooks/pre-commit",
    "DEVORA~1/project.json", "a/devora~1/x", "sub/．git/config", "sub/.hg/hgrc",
    "sub/.svn/entries", "sub/.bzr/branch.conf", "node_modules/pkg/.git/config",
]


@pytest.mark.parametrize("candidate", NESTED_RESERVED)
def test_reserved_folder_at_any_depth_is_refused(tmp_path: Path, candidate: str) -> None:
    ws = Workspace(tmp_path / "p")
    with pytest.raises(UnsafePathError):
        ws.write_file(candidate, "[core]\n\tfsmonitor = \"touch /tmp/pwned\"\n")
    assert not any(p.is_file() for p in (tmp_path / "p").rglob("*")), candidate


def test_nested_git_repository_cannot_be_planted(tmp_path: Path) -> None:
    """The reproduced attack: a model writes sub/.git/{config,HEAD,objects,refs} so that
    `git status` in sub/ runs its fsmonitor command."""
    ws = Workspace(tmp_path / "p")
    planted = {"sub/.git/config": '[core]\n\tfsmonitor = "echo pwned > /tmp/x"\n',
               "sub/.git/HEAD": "ref: refs/heads/main\n", "sub/.git/objects/.keep": "",
               "sub/.git/refs/heads/.keep": ""}
    for rel, text in planted.items():
        with pytest.raises(UnsafePathError, match="reserved"):
            ws.write_file(rel, text)
    assert not (tmp_path / "p" / "sub").exists()


IGNORED = ["node_modules/left.js", ".venv/lib/site.py", "dist/bundle.js", "build/out.txt",
           "__pycache__/m.cpython-311.pyc", "src/__pycache__/deep.pyc", ".next/cache.json"]


@pytest.mark.parametrize("rel", IGNORED)
def test_files_written_into_ignored_folders_are_listed_and_rolled_back(tmp_path: Path,
                                                                        rel: str) -> None:
    ws = Workspace(tmp_path / "p")
    ws.write_file("index.html", "v1")
    ws.commit("v1")
    ws.write_file(rel, "written by a failed run")
    assert rel in ws.list_files()
    ws.reset_to_head()
    assert not (ws.root / rel).exists()
    assert ws.list_files() == ["index.html"]


def test_files_in_ignored_folders_are_versioned_and_restored(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "p")
    ws.write_file("dist/app.js", "v1")
    v1 = ws.commit("v1")
    ws.write_file("dist/app.js", "v2")
    ws.commit("v2")
    assert v1 is not None and ws.files_at(v1)["dist/app.js"] == b"v1"
    ws.restore(v1)
    assert ws.read_text("dist/app.js") == "v1"
    # what a tool put there (not the workspace) stays out of the project
    (ws.root / "node_modules/dep").mkdir(parents=True)
    (ws.root / "node_modules/dep/index.js").write_text("dep")
    assert "node_modules/dep/index.js" not in ws.list_files()


# ---- hostile-path corpus: text, nested reserved names, 8.3 names, symlinked targets -------
def _corpus(root: Path, outside: Path) -> list[str]:
    (root / "linkdir").symlink_to(outside, target_is_directory=True)
    (root / "deep/er").mkdir(parents=True)
    (root / "deep/er/hop").symlink_to(outside, target_is_directory=True)
    (root / "victim.txt").symlink_to(outside / "victim.txt")
    (root / "GIT~1").mkdir()
    from tests.core.test_workspace import HOSTILE

    textual = [c for c in HOSTILE if isinstance(c, str)]
    return textual + NESTED_RESERVED + [
        "linkdir/x.txt", "linkdir", "deep/er/hop/x.js", "deep/er/hop/../../x", "victim.txt",
        "GIT~1/config", "PROGRA~1/x", "sub/NODE_M~1/x.js", "linkdir/.git/config",
        "deep/er/hop", "deep/er/hop/.devora/x", "a/.git/../b", ".git/../x", "sub/.git ",
        "sub/.git./config", "sub/.git::$INDEX_ALLOCATION/config", "sub/.g\u200cit/config",
        "sub/GIT~1.CFG/x", "victim.txt/x"]


def test_hostile_corpus_never_escapes_and_never_lands(tmp_path: Path) -> None:
    root, outside = tmp_path / "proj", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "victim.txt").write_text("original")
    corpus = _corpus(root, outside)
    assert len(corpus) >= 100
    ws = Workspace(root)
    ws.write_file("ok.txt", "ok")
    ws.commit("v1")
    accepted = []
    for candidate in corpus:
        for call in (lambda c: safe_path(root, c), lambda c: ws.write_file(c, "x"),
                     ws.read_bytes, ws.delete_file):
            try:
                call(candidate)
            except UnsafePathError:
                continue
            except Exception as exc:  # NotFound is fine; anything else is a bug
                if "no file" in str(exc):
                    continue
                raise
            accepted.append(candidate)
    assert accepted == []
    assert sorted(p.name for p in outside.iterdir()) == ["victim.txt"]
    assert (outside / "victim.txt").read_text() == "original"
    assert ws.list_files() == ["ok.txt"]
    ws.reset_to_head()
    assert (outside / "victim.txt").read_text() == "original"


# ---- 2. writers outside a project never write through a symlink -------------------------
@pytest.fixture
def exported(isolated_home: Path) -> str:
    with AppContext.open(isolated_home) as ctx:
        p = ctx.store.projects.create("Linky")
        ws = ctx.store.workspace(p.id)
        ws.write_file("app/page.tsx", "export default 1\n")
        ws.write_file("index.html", "<h1>hi</h1>")
        ws.commit("v1")
    return "Linky"


def test_export_folder_refuses_a_symlink_inside_the_target(run_cli, exported: str,
                                                           tmp_path: Path) -> None:
    dest, outside = tmp_path / "dest", tmp_path / "outside"
    dest.mkdir()
    outside.mkdir()
    (dest / "app").symlink_to(outside, target_is_directory=True)
    r = run_cli("export", "folder", exported, "--out", str(dest))
    assert r.code == 1 and "symbolic link" in r.err and "Traceback" not in r.err, r
    assert list(outside.iterdir()) == []


def test_export_folder_refuses_a_symlinked_file_in_the_target(run_cli, exported: str,
                                                              tmp_path: Path) -> None:
    dest, victim = tmp_path / "dest", tmp_path / "victim.html"
    dest.mkdir()
    victim.write_text("mine")
    (dest / "index.html").symlink_to(victim)
    r = run_cli("export", "folder", exported, "--out", str(dest))
    assert r.code == 1 and "symbolic link" in r.err, r
    assert victim.read_text() == "mine"


def test_zip_part_file_symlink_is_refused(run_cli, exported: str, tmp_path: Path) -> None:
    victim = tmp_path / "victim.bin"
    victim.write_text("mine")
    (tmp_path / ".out.zip.part").symlink_to(victim)
    r = run_cli("export", "zip", exported, "--out", str(tmp_path / "out.zip"))
    assert r.code == 1 and "symbolic link" in r.err, r
    assert victim.read_text() == "mine"
    (tmp_path / ".out.zip.part").unlink()
    assert run_cli("export", "zip", exported, "--out", str(tmp_path / "out.zip")).code == 0
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert "linky/app/page.tsx" in zf.namelist()


def test_generate_out_refuses_a_symlink_inside_the_target(run_cli, tmp_path: Path) -> None:
    out, outside = tmp_path / "site", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (outside / "index.html").write_text("mine")
    (out / "index.html").symlink_to(outside / "index.html")
    r = run_cli("generate", "a todo app", "--mode", "web", "--out", str(out))
    assert r.code == 1 and "symbolic link" in r.err and "Traceback" not in r.err, r
    assert (outside / "index.html").read_text() == "mine"


# ---- 3. crashes: stale git locks, swallowed rollback errors, drafts, lost index rows ------
def test_stale_git_lock_is_explained_then_cleared_at_start(isolated_home: Path, run_cli,
                                                           fake_llm, monkeypatch) -> None:
    from tests.agents.conftest import APPROVE, block, plan

    assert run_cli("generate", "a landing page called Bloom", "--mode", "web").code == 0
    with AppContext.open(isolated_home) as ctx:
        p = ctx.store.projects.find("Bloom")
        ws = ctx.store.workspace(p.id)
        lock = ws.root / ".git/refs/heads/master.lock"
        lock.write_text("0" * 40)  # what a kill -9 during a save leaves
        ws.write_file("extra.txt", "x")
        with pytest.raises(StoreError, match=r"locked by master\.lock"):
            ws.commit("blocked")
        ws.reset_to_head()
    # a model's refinement (the offline templates refuse one before any save)
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1 style='color:green'>Bloom</h1>"))
    fake_llm.set("reviewer", APPROVE)
    monkeypatch.setenv("DEVORA_API_KEY", "sk-x-12345678")
    r = run_cli("generate", "make the header green", "--project", "Bloom", "--provider",
                "openai", "--base-url", fake_llm.url, "--model", "fake/model")
    # the save goes through (a version is kept), not a lock failure (1)
    assert r.code in (0, 3), r
    assert "lock" not in r.err.lower(), r
    assert not lock.exists()
    assert len(json.loads(run_cli("projects", "history", "Bloom", "--json").out)) == 2


def _dies_during_a_run(paths: DataPaths, damage) -> tuple[str, str]:
    """A project at v1 (a.txt), a run marked running, ``damage(root)``, then the process
    dies. Returns (project id, run id)."""
    with Store(paths) as store:
        p = store.projects.create("Crashy")
        ws = store.workspace(p.id)
        ws.write_file("a.txt", "v1")
        ws.commit("v1")
        run = RunRecord(project_id=p.id, prompt="x", mode=Mode.WEB, provider="offline",
                        model="t")
        store.runs.save(run)
        (ws.root / "a.txt").unlink()
        damage(ws.root)
    return p.id, run.id


def test_symlink_over_a_tracked_file_is_rolled_back_at_start(isolated_home: Path,
                                                             tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("not yours")
    paths = DataPaths(isolated_home)
    pid, _ = _dies_during_a_run(paths, lambda root: (root / "a.txt").symlink_to(victim))
    with Store(paths) as store:
        assert store.workspace(pid).read_text("a.txt") == "v1"
        assert store.runs.list()[0].status == RunStatus.INTERRUPTED
    assert victim.read_text() == "not yours"


def test_failed_rollback_is_said_and_recorded(isolated_home: Path) -> None:
    paths = DataPaths(isolated_home)

    def folder_in_the_way(root: Path) -> None:
        # a tool made a folder where the file belongs, with its own output in it
        (root / "a.txt/node_modules").mkdir(parents=True)
        (root / "a.txt/node_modules/notes.md").write_text("someone's notes")

    pid, run_id = _dies_during_a_run(paths, folder_in_the_way)
    with Store(paths) as store:
        record = store.runs.get(run_id)
        assert record.status == RunStatus.INTERRUPTED
        assert "could not be restored" in (record.error or "")
        assert any("could not be restored" in line for line in store.repairs)
    assert (paths.project(pid) / "a.txt/node_modules/notes.md").read_text() == \
        "someone's notes"


def test_failed_rollback_in_a_run_is_one_line_and_truthful(ctx: AppContext, fake_llm) -> None:
    from tests.agents.conftest import APPROVE, FAST, block, plan

    p = ctx.store.projects.create("Site")
    ws = ctx.store.workspace(p.id)
    ws.write_file("index.html", "<h1>v1</h1>")
    ws.commit("v1")

    def sabotage(_request: dict) -> dict:
        # the run writes index.html; then something replaces it with a folder, then the
        # model fails: the rollback cannot put the file back
        ws.write_file("index.html", "<h1>half</h1>")
        (ws.root / "index.html").unlink()
        (ws.root / "index.html/node_modules").mkdir(parents=True)
        (ws.root / "index.html/node_modules/keep.txt").write_text("x")
        return {"status": 400, "message": "refused"}

    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", sabotage)
    fake_llm.set("reviewer", APPROVE)
    assert block  # the helpers come from the engine tests

    async def go():
        from devora_desktop.agents.orchestrator import Orchestrator, RunRequest
        from devora_desktop.core.llm.catalogue import Catalogue
        from devora_desktop.core.llm.client import OpenAICompatProvider, RetryPolicy

        provider = OpenAICompatProvider(
            name="openai", label="Fake", base_url=fake_llm.url, api_key="sk-test-1234567",
            retry=RetryPolicy(attempts=1, initial=0.01, max_wait=0.01, jitter=0),
            catalogue=Catalogue(ctx.paths.cache, fake_llm.url))
        try:
            return [e async for e in Orchestrator(ctx.store, FAST).run(RunRequest(
                prompt="change it", provider=provider, model="fake/model", mode=Mode.WEB,
                provider_name="openai", project_id=p.id))]
        finally:
            await provider.aclose()

    events = asyncio.run(go())
    last = events[-1]
    assert last.type == "run_failed" and "could not be restored" in last.error
    assert "\n" not in last.error
    record = ctx.store.runs.list(project_id=p.id)[-1]
    assert "could not be restored" in (record.error or "")
    conv = ctx.store.conversations.get(p.id).messages[-1].content
    assert "unchanged" not in conv and "NOT restored" in conv


def test_interrupted_new_project_is_cleaned_at_next_start(isolated_home: Path) -> None:
    paths = DataPaths(isolated_home)
    with Store(paths) as store:
        p = store.projects.create("Half", draft=True)  # what a run makes before its v1
        store.workspace(p.id).write_file("index.html", "half")
        kept = store.projects.create("Empty but mine")  # made by a user: never removed
    with Store(paths) as store:
        assert [x.name for x in store.projects.list()] == ["Empty but mine"]
        assert not paths.project(p.id).exists()
        assert any("never finished" in line for line in store.recovery)
    assert kept


def test_new_project_killed_while_its_first_records_land_is_gone(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run opens its project and its record in one batch whose files land in parallel; a
    kill -9 that kept the project's metadata but not the index left, after the next start's
    re-index, a project with no version (1 of 50 kills in CI)."""
    import devora_desktop.core.store as store_module

    paths = DataPaths(isolated_home)
    real = store_module.write_all

    def killed_after_the_metadata(files: dict[Path, bytes], within=None) -> None:
        real({p: d for p, d in files.items() if p.name == "project.json"}, within)
        raise KeyboardInterrupt  # the process dies here: nothing else reaches the disk

    store = Store(paths)
    monkeypatch.setattr(store_module, "write_all", killed_after_the_metadata)
    with pytest.raises(KeyboardInterrupt), store.batch():
        p = store.projects.create("Do List", draft=True)
        store.runs.save(RunRecord(project_id=p.id, prompt="x", mode=Mode.WEB,
                                  provider="offline", model="t"))
    monkeypatch.setattr(store_module, "write_all", real)
    store.close()
    assert (paths.project(p.id) / ".devora/project.json").exists()
    with Store(paths) as again:
        assert again.projects.list() == []
        assert not paths.project(p.id).exists()


def test_draft_folder_killed_after_its_git_init_is_removed(isolated_home: Path) -> None:
    """The kill can also land after the run made the draft's git repository and before
    its metadata: the empty repository is Devora's too. An empty repository with no draft
    mark may be someone's, and stays."""
    paths = DataPaths(isolated_home)
    Store(paths).close()
    half = paths.project("p0123456789ab")
    half.mkdir()  # as the run's new project makes it (ProjectRepo.create)
    Workspace(half).head()  # git init, as a run's first step does
    (half / ".devora").mkdir(exist_ok=True)
    (half / ".devora/draft").write_bytes(b"")
    theirs = paths.project("started")
    theirs.mkdir()
    Workspace(theirs).head()
    with Store(paths) as store:
        assert not half.exists()
        assert (theirs / ".git").is_dir()
        assert any("never saved" in line for line in store.recovery)


def test_interrupted_new_project_via_kill_is_gone(isolated_home: Path, tmp_path: Path) -> None:
    """A real `kill -9` of `devora generate` while the Architect is still thinking."""
    import signal
    import subprocess
    import sys
    import time

    from tests.fakes.llm_server import FakeLLM

    with FakeLLM({"architect": {"text": "{}", "first_byte_delay": 30}}) as fake:
        env = {**os.environ, "DEVORA_HOME": str(isolated_home), "DEVORA_API_KEY": "sk-x-12345678"}
        proc = subprocess.Popen([sys.executable, "-m", "devora_desktop", "generate",
                                 "a bakery site", "--provider", "openai", "--base-url",
                                 fake.url, "--model", "fake/model"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not fake.requests_for("architect") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fake.requests_for("architect"), "the run never reached the Architect"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert [f for f in (isolated_home / "projects").iterdir()]  # the crash left a folder
    listed = subprocess.run([sys.executable, "-m", "devora_desktop", "projects", "list",
                             "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []
    assert [f.name for f in (isolated_home / "projects").iterdir()] == []


def test_folder_missing_from_the_index_is_reindexed(isolated_home: Path, run_cli) -> None:
    assert run_cli("generate", "a landing page called Bloom", "--mode", "web").code == 0
    index = isolated_home / "devora.json"
    data = json.loads(index.read_text())
    data["projects"] = {}  # valid JSON, the row is simply gone (a crash between two writes)
    index.write_text(json.dumps(data))
    listed = json.loads(run_cli("projects", "list", "--json").out)
    assert [p["name"] for p in listed] == ["Bloom"]


# ---- 5. the export scan knows every stored key, whatever its format ------------------------
CUSTOM_KEY = "corp-live-Zq8xKp2Lw9vT4mRb"


@pytest.mark.parametrize("target", ["zip", "folder"])
def test_export_flags_a_stored_key_in_a_custom_format(run_cli, isolated_home: Path,
                                                      tmp_path: Path, target: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli("keys", "set", "openai", stdin=CUSTOM_KEY + "\n").code == 0
    with AppContext.open(isolated_home) as ctx:
        p = ctx.store.projects.create("Leaky")
        ws = ctx.store.workspace(p.id)
        ws.write_file("config.js", f"export const apiKey = '{CUSTOM_KEY}';\n")
        ws.write_file("index.html", "<h1>hi</h1>")
        ws.commit("v1")
    monkeypatch.setattr(logs, "_known", set())  # a new process: no key decrypted yet
    out = tmp_path / ("x.zip" if target == "zip" else "x")
    r = run_cli("export", target, "Leaky", "--out", str(out))
    assert r.code == 1, r
    assert "config.js:1: looks like a one of your stored keys" in r.err
    assert not out.exists()
    r = run_cli("export", target, "Leaky", "--out", str(out), "--skip-secrets")
    assert r.code == 0, r
    sent = out.read_bytes() if target == "zip" else b"".join(
        f.read_bytes() for f in out.rglob("*") if f.is_file())
    assert CUSTOM_KEY.encode() not in sent


def test_export_flags_the_license_key(run_cli, isolated_home: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    license_key = "DVR-7K2M-9QX4-PL3B"
    with AppContext.open(isolated_home) as ctx:
        ctx.secrets.set("license", license_key)
        p = ctx.store.projects.create("Lic")
        ctx.store.workspace(p.id).write_file("notes.md", f"my key: {license_key}\n")
    monkeypatch.setattr(logs, "_known", set())
    r = run_cli("export", "zip", "Lic", "--out", str(tmp_path / "l.zip"))
    assert r.code == 1 and "notes.md:1" in r.err, r


# ---- 9. the Free plan's daily count survives deleting projects ---------------------------
def test_daily_ai_runs_survive_deleting_projects(ctx: AppContext) -> None:
    p = ctx.store.projects.create("Burner")
    for _ in range(3):  # each asked a model (a run that never reached one does not count)
        ctx.store.runs.save(RunRecord(project_id=p.id, prompt="x", mode=Mode.WEB,
                                      provider="openrouter", model="m",
                                      usage=Usage(prompt_tokens=900, calls=1)))
    ctx.store.runs.save(RunRecord(project_id=p.id, prompt="x", mode=Mode.WEB,
                                  provider="offline", model="templates"))
    assert ctx.store.runs.count_ai_runs_on(date.today()) == 3
    ctx.store.projects.delete(p.id)
    assert ctx.store.runs.count_ai_runs_on(date.today()) == 3
    run = ctx.store.runs.list()  # records are gone with the project ...
    assert run == []
    ctx.close()
    with AppContext.open(ctx.paths.root) as again:  # ... the counter is not
        assert again.store.runs.count_ai_runs_on(date.today()) == 3


def test_a_run_that_never_reached_a_model_is_not_one_of_the_days_ai_runs(
        run_cli, isolated_home: Path, monkeypatch, quick_retries) -> None:
    """walk7 #6: with the network off a Free run failed at its first request ("could not
    reach …"), cost nothing, and Help › License said 19 left instead of 20. (Each request is
    still made; the 1, 2, 4 s between them are not slept through: 23 -> 5 s at load 10.)"""
    import socket

    with socket.socket() as s:  # a port nothing listens on: as a machine with no network
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    monkeypatch.setenv("DEVORA_API_KEY", "sk-offline-123456")
    for project in (None, "Kept"):
        if project:  # a refinement's failed run keeps its record: it does not count either
            assert run_cli("generate", "a landing page called Kept", "--provider",
                           "offline").code == 0
        failed = run_cli("generate", "a habit tracker", "--provider", "openai", "--base-url",
                         f"http://127.0.0.1:{closed}/v1", "--model", "fake/model",
                         *(["--project", project] if project else []))
        assert failed.code == 1 and "could not reach" in failed.err, failed
    with AppContext.open(isolated_home) as ctx:
        assert ctx.store.runs.count_ai_runs_on(date.today()) == 0
        assert ctx.store.kv.ai_runs_on(date.today()) == 0
        assert [r.status.value for r in ctx.store.runs.list() if r.provider == "openai"] \
            == ["failed"]


# ---- 10. learned preferences are not erased by the next Settings save ----------------------
def test_learned_preference_survives_a_settings_save(ctx: AppContext) -> None:
    from devora_desktop.agents.launch import start_run

    assert ctx.settings.preferences == []  # the window read settings at start-up

    async def go():
        async with start_run(ctx, "a notes page. Always use TypeScript", Mode.WEB,
                             provider="offline") as (run, _choice):
            return [e async for e in run]

    assert asyncio.run(go())[-1].type == "run_finished"
    s = ctx.settings.model_copy(deep=True)  # what the Settings dialog does on Save
    s.theme = "dark"
    ctx.save_settings(s)
    ctx.close()
    with AppContext.open(ctx.paths.root) as again:
        assert again.settings.preferences == ["Always use TypeScript"]
        assert again.settings.theme == "dark"


def test_empty_project_left_by_an_older_version_is_cleaned(isolated_home: Path) -> None:
    """Before drafts were marked, a killed first run left a 0-version project whose only
    run was interrupted (9 of 36 kills): it goes at the next start too."""
    paths = DataPaths(isolated_home)
    with Store(paths) as store:
        p = store.projects.create("Left Over")  # no draft mark: made by the old code
        store.runs.save(RunRecord(project_id=p.id, prompt="x", mode=Mode.WEB,
                                  provider="offline", model="t"))
    with Store(paths) as store:
        assert store.projects.list() == []
        assert not paths.project(p.id).exists()


def test_stale_object_lock_from_a_save_that_died_is_cleared(isolated_home: Path) -> None:
    paths = DataPaths(isolated_home)
    with Store(paths) as store:
        p = store.projects.create("Locked")
        ws = store.workspace(p.id)
        ws.write_file("a.txt", "v1")
        ws.commit("v1")
        blob = ws.root / ".git/objects/5a/0f1b2c3d4e5f60718293a4b5c6d7e8f9012345.lock"
        blob.parent.mkdir(exist_ok=True)
        blob.write_bytes(b"half an object")          # the kill -9 landed inside a save
        (ws.root / ".git/devora-saving").write_bytes(b"")
    with Store(paths) as store:
        assert not blob.exists()
        assert any("5a0f" in line.replace("/", "") for line in store.recovery)
        assert not (store.workspace(p.id).root / ".git/devora-saving").exists()


def test_folder_of_a_project_killed_before_its_metadata_is_removed(isolated_home: Path) -> None:
    paths = DataPaths(isolated_home)
    Store(paths).close()
    half = paths.project("p0123456789ab")
    (half / ".devora").mkdir(parents=True)
    (half / ".devora/draft").write_bytes(b"")  # mkdir and the draft mark, then kill -9
    someone = paths.project("notes")
    someone.mkdir()
    (someone / "mine.txt").write_text("not Devora's")
    with Store(paths) as store:
        assert not half.exists()
        assert (someone / "mine.txt").exists()
        assert any("never saved" in line for line in store.recovery)
