from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from devora_desktop import __version__
from tests.waiting import SUBPROCESS_HEAVY


def test_fresh_data_dir_lists_no_projects(tmp_path: Path) -> None:
    """Also: a command's end is the process's end. The exit handlers run and the output is
    all there, but the interpreter is not torn down (a full collection and every module
    freed: ~0.5 s of CPU after an offline generate, seconds of wall time on a busy machine):
    an object left in a module is never finalised."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(
        "import atexit, sys\n"
        "atexit.register(lambda: print('exit handlers ran', file=sys.stderr))\n"
        "class Left:\n"
        "    def __del__(self):\n"
        "        print('torn down', file=sys.stderr)\n"
        "left = Left()\n")
    env = {**os.environ, "DEVORA_HOME": str(tmp_path / "fresh"),
           "PYTHONPATH": os.pathsep.join([str(hooks), *sys.path])}
    proc = subprocess.run([sys.executable, "-m", "devora_desktop", "projects", "list", "--json"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []
    assert "exit handlers ran" in proc.stderr and "torn down" not in proc.stderr, proc.stderr


def test_version(run_cli) -> None:
    result = run_cli("--version")
    assert result.code == 0 and __version__ in result.out


def test_unknown_project_is_one_line(run_cli) -> None:
    result = run_cli("projects", "show", "nope")
    assert result.code == 1
    assert result.err.startswith("devora: no project 'nope'")
    assert len(result.err.strip().splitlines()) == 1


def test_projects_history_restore_cycle(run_cli, isolated_home: Path) -> None:
    from devora_desktop.core.context import AppContext

    with AppContext.open(isolated_home) as ctx:
        p = ctx.store.projects.create("Blog")
        ws = ctx.store.workspace(p.id)
        ws.write_file("index.html", "one")
        ws.commit("first")
        ws.write_file("index.html", "two")
        ws.commit("second")
    assert "Blog" in run_cli("projects", "list").out
    hist = json.loads(run_cli("projects", "history", "Blog", "--json").out)
    assert [v["message"] for v in hist] == ["second", "first"]
    assert "+two" in run_cli("projects", "diff", "Blog").out
    assert run_cli("projects", "restore", "Blog", "v1").code == 0
    with AppContext.open(isolated_home) as ctx:
        assert ctx.store.workspace(p.id).read_text("index.html") == "one"
    reverted = run_cli("projects", "revert", "Blog", "v3")  # undo the restore: "two" again
    assert reverted.code == 0 and "Reverted v3 of Blog as v4" in reverted.out
    with AppContext.open(isolated_home) as ctx:
        assert ctx.store.workspace(p.id).read_text("index.html") == "two"
    missing = run_cli("projects", "revert", "Blog", "v9")
    assert missing.code == 1 and "no version 'v9'" in missing.err
    assert run_cli("projects", "delete", "Blog").code == 1  # no tty, no --yes
    assert run_cli("projects", "delete", "Blog", "--yes").code == 0
    assert "No projects yet" in run_cli("projects", "list").out


def test_settings_set_and_validate(run_cli) -> None:
    assert run_cli("settings", "set", "budget_usd", "0.5").code == 0
    assert run_cli("settings", "set", "agent_models.frontend", "openai/gpt-4.1").code == 0
    bad = run_cli("settings", "set", "theme", "purple")
    assert bad.code == 1 and "invalid value for theme" in bad.err
    unknown = run_cli("settings", "set", "nonsense", "1")
    assert unknown.code == 1 and "unknown setting" in unknown.err
    data = json.loads(run_cli("settings", "show", "--json").out)
    assert data["budget_usd"] == 0.5
    assert data["agent_models"]["frontend"] == "openai/gpt-4.1"


def test_keys_never_from_argv(run_cli) -> None:
    result = run_cli("keys", "set", "openai", "sk-in-argv")
    assert result.code == 2


def test_license_status_fresh_is_free(run_cli) -> None:
    result = run_cli("license", "status")
    assert result.code == 0 and "Plan:    Free" in result.out
    data = json.loads(run_cli("license", "status", "--json").out)
    assert data["plan"] == "free" and "mode.fullstack" not in data["features"]


def test_license_activate_against_server(run_cli, isolated_home, tmp_path, keypair,
                                         fake_stripe) -> None:
    from tests.server.conftest import LiveServer, make_config, purchase

    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        key = purchase(server)
        assert run_cli("settings", "set", "license_server", server.url).code == 0
        bad = run_cli("license", "activate", stdin="DEV-000000-000000-000000-00000A\n")
        assert bad.code == 1 and bad.err.startswith("devora: no license with that key")
        # no key at all is said why here, as the window does, and never sent
        typo = run_cli("license", "activate", stdin="DEV-ABC123-XYZ789-QWE456-RTY000\n")
        assert typo.code == 1 and "which no license key has" in typo.err, typo
        on_argv = run_cli("license", "activate", "DEV-000000-000000-000000-00000B")
        assert on_argv.err.startswith("devora: warning: a key given on the command line")
        ok = run_cli("license", "activate", stdin=f"{key}\n")
        assert ok.code == 0 and "Plan:    Pro (active)" in ok.out and key not in ok.err
        assert "Key:     kept in the system keyring" in ok.out
        assert run_cli("generate", "a shop", "--mode", "fullstack").code == 0
        assert run_cli("license", "deactivate").code == 0
        gated = run_cli("generate", "a shop", "--mode", "fullstack")
        assert gated.code == 1 and "Full-stack mode needs the Pro plan" in gated.err
    finally:
        server.stop()


# ---- names are data; refinements keep their mode; Ctrl+C ends --json cleanly -----
HOSTILE_NAME = "[/bold]Evil[red] \x1b[31mRed\x1b[0m \x1b]0;pwned\x07Shop\x07"


def test_hostile_name_from_the_command_line(run_cli) -> None:
    assert run_cli("generate", "a landing page", "--mode", "web", "--project",
                   HOSTILE_NAME).code == 0
    for args in (("projects", "list"), ("projects", "show", "Evil"),
                 ("projects", "history", "Evil")):
        r = run_cli(*args) if args[-1] != "Evil" else run_cli(
            *args[:-1], json.loads(run_cli("projects", "list", "--json").out)[0]["id"])
        assert r.code == 0, (args, r)
        assert "\x1b" not in r.out and "\x07" not in r.out
    listed = run_cli("projects", "list").out
    assert "[/bold]Evil[red] Red Shop" in listed


def test_hostile_name_from_the_models_plan(run_cli, fake_llm, monkeypatch) -> None:
    from tests.agents.conftest import block, plan

    fake_llm.set("architect", plan(("index.html", "frontend"), name=HOSTILE_NAME))
    fake_llm.set("frontend", block("index.html", "<h1>Hi</h1>"))
    fake_llm.set("reviewer", json.dumps({"status": "APPROVE", "issues": [],
                                         "summary": "fine\x1b[2J\x1b]0;owned\x07 [bold]x"}))
    monkeypatch.setenv("DEVORA_API_KEY", "sk-env-key-1234567890")
    r = run_cli("generate", "a shop", "--provider", "openai", "--base-url", fake_llm.url,
                "--model", "fake/model")
    assert r.code == 0, r
    assert "\x1b" not in r.out + r.err and "\x07" not in r.out + r.err
    assert "approved: fine [bold]x" in r.err
    shown = run_cli("projects", "show", json.loads(
        run_cli("projects", "list", "--json").out)[0]["id"])
    assert shown.code == 0, shown
    assert shown.out.startswith("[/bold]Evil[red] Red Shop")


def test_refinement_without_mode_keeps_the_projects_mode(run_cli, pro, monkeypatch) -> None:
    from tests.agents.conftest import APPROVE, block, plan
    from tests.fakes.llm_server import FakeLLM

    assert run_cli("generate", "a task app called Garden", "--mode", "fullstack").code == 0
    # the offline templates make new apps only: the refinement goes to a (fake) model
    script = {"architect": plan(("README.md", "frontend")),
              "frontend": block("README.md", "# Garden\n\nTasks with due dates.\n"),
              "reviewer": APPROVE}
    monkeypatch.setenv("DEVORA_API_KEY", "sk-x-12345678")
    with FakeLLM(script) as fake:
        r = run_cli("generate", "add due dates", "--project", "Garden", "--json",
                    "--provider", "openai", "--base-url", fake.url, "--model", "fake/model")
    assert r.code in (0, 3) and "Traceback" not in r.err, r  # finished and kept
    started = json.loads(r.out.splitlines()[0])
    assert started["type"] == "run_started" and started["refinement"]
    assert started["mode"] == "fullstack"
    assert {"backend", "database"} <= set(started["agents"])



def ctrl_c_as_in_a_terminal() -> None:
    """The CLI started as from a terminal, where Ctrl+C interrupts: a process inherits an
    ignored SIGINT, and a test worker that ran something ignoring it before would start the
    CLI deaf to the signal these tests send (it then ran to its end in CI)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)

@SUBPROCESS_HEAVY
def test_sigint_during_json_run_ends_with_a_terminal_event(tmp_path: Path) -> None:
    """Ctrl+C while the Frontend writes. Its stream is held after its first token until the
    CLI has ended: the run cannot end by itself first. The signal goes once the Frontend's
    first words are out, however long the CLI takes to start: a 60 s deadline sent it, at
    load 25, while the CLI was still importing (no run yet, so no terminal event)."""
    import signal
    import threading

    from tests.agents.conftest import plan
    from tests.fakes.llm_server import FakeLLM

    held = threading.Event()
    slow = {"text": '<file path="index.html">\n' + "<p>slow</p>\n" * 400 + "</file>\n",
            "latency": 0.02, "hold_at": "<p>", "hold": held}
    with FakeLLM({"architect": plan(("index.html", "frontend")), "frontend": slow}) as fake:
        env = {**os.environ, "DEVORA_HOME": str(tmp_path / "home"),
               "DEVORA_API_KEY": "sk-x-12345678"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "devora_desktop", "generate", "a page", "--json",
             "--provider", "openai", "--base-url", fake.url, "--model", "fake/model"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=ctrl_c_as_in_a_terminal)
        assert proc.stdout is not None
        lines = []
        try:
            while line := proc.stdout.readline():  # "": the CLI ended without it
                lines.append(line)
                if '"agent":"frontend"' in line and '"agent_delta"' in line:
                    break
            assert proc.poll() is None, ("the run ended before the Frontend wrote",
                                         lines[-3:], proc.stderr.read() if proc.stderr else "")
            proc.send_signal(signal.SIGINT)
            rest, err = proc.communicate(timeout=300)
        finally:
            held.set()
    events = [json.loads(x) for x in [*lines, *rest.splitlines()] if x.strip()]
    assert events[-1]["type"] == "run_cancelled", (events[-3:], err)
    assert proc.returncode == 130
    assert "Traceback" not in err
    listed = subprocess.run([sys.executable, "-m", "devora_desktop", "projects", "list",
                             "--json"], env=env, capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def _prompt_tokens(request: dict) -> int:
    """Tokens of a request as the fake model counts them (about 4 characters each)."""
    return sum(len(m["content"] if isinstance(m["content"], str) else
                   "".join(p["text"] for p in m["content"])) + 4
               for m in request["body"]["messages"]) // 4


def test_every_request_fits_a_small_window(run_cli, fake_llm, monkeypatch) -> None:
    """A refinement on a 2,048-token model: every request to every agent leaves room for the
    answer, and the user is told which files were left out."""
    from tests.agents.conftest import APPROVE, block, plan

    names = [f"src/part{i}.js" for i in range(6)]
    fake_llm.set("architect", plan(("index.html", "frontend"),
                                   *[(n, "frontend") for n in names], name="Bakery"))
    fake_llm.set("frontend", block("index.html", "<h1>Bakery</h1>\n" + "<p>bread</p>\n" * 60)
                 + "".join(block(n, f"// {n}\n" + "export const crumb = 1;\n" * 100)
                           for n in names))
    fake_llm.set("reviewer", APPROVE)
    monkeypatch.setenv("DEVORA_API_KEY", "sk-env-key-1234567890")
    common = ["--provider", "openai", "--base-url", fake_llm.url]
    assert run_cli("generate", "a bakery site", *common, "--model", "fake/model").code == 0
    first = len(fake_llm.requests)
    refine = {"name": "Bakery", "summary": "s", "files": [
        {"path": "index.html", "owner": "frontend", "purpose": "green header",
         "action": "modify"}]}
    fake_llm.set("architect", "```json\n" + json.dumps(refine) + "\n```")
    fake_llm.set("frontend", block("index.html", "<h1 style='color:green'>Bakery</h1>"))
    r = run_cli("generate", "make the bakery header green", "--project", "Bakery", *common,
                "--model", "fake/small", "--json")
    assert r.code == 0, r
    sent = fake_llm.requests[first:]
    assert {q["agent"] for q in sent} >= {"architect", "frontend", "reviewer"}
    budget = 2048 - 512  # at least 512 tokens of the window stay free for the answer
    over = {q["agent"]: _prompt_tokens(q) for q in sent if _prompt_tokens(q) > budget}
    assert over == {}, f"requests over {budget} tokens: {over}"
    notices = [json.loads(x) for x in r.out.splitlines() if '"agent_notice"' in x]
    told = [n["message"] for n in notices
            if "to fit the model's 2,048-token window" in n["message"]]
    assert told and "src/part" in told[0]


def test_a_model_cannot_plant_a_repository_or_hide_files(run_cli, fake_llm, monkeypatch,
                                                          isolated_home: Path) -> None:
    """Nested .git (and its 8.3 alias) from a model is rejected and reported; a file it puts
    in an ignored folder is listed, versioned and exported like any other."""
    from tests.agents.conftest import APPROVE, block, plan

    hostile = ["sub/.git/config", "sub/.git/HEAD", "GIT~1/config", "app/.DEVORA/x.json",
               "sub/.hg/hgrc"]
    fake_llm.set("architect", plan(("index.html", "frontend"), ("dist/app.js", "frontend"),
                                   *[(p, "frontend") for p in hostile]))
    fake_llm.set("frontend", block("index.html", "<h1>Hi</h1>") + block("dist/app.js", "1;")
                 + "".join(block(p, '[core]\n\tfsmonitor = "touch /tmp/pwned"') for p in hostile))
    fake_llm.set("reviewer", APPROVE)
    monkeypatch.setenv("DEVORA_API_KEY", "sk-env-key-1234567890")
    r = run_cli("generate", "a page", "--provider", "openai", "--base-url", fake_llm.url,
                "--model", "fake/model", "--json")
    assert r.code == 3, r  # finished and kept, but the planned hostile files are missing
    events = [json.loads(x) for x in r.out.splitlines()]
    assert events[-1]["type"] == "run_finished" and events[-1]["approved"] is False
    rejected = {e["path"] for e in events if e["type"] == "file_rejected"}
    assert set(hostile) <= rejected
    project = events[0]["project_id"]
    folder = isolated_home / "projects" / project
    assert not (folder / "sub").exists() and not (folder / "GIT~1").exists()
    shown = json.loads(run_cli("projects", "show", project, "--json").out)
    assert sorted(shown["files"]) == ["dist/app.js", "index.html"]


@SUBPROCESS_HEAVY
def test_sigint_before_the_run_starts_still_ends_json_with_a_terminal_event(
        tmp_path: Path) -> None:
    """Ctrl+C while the model catalogue is still loading (a server that never answers). The
    signal goes once the catalogue is asked for, however long the CLI takes to start."""
    import signal
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        conn, _ = listener.accept()
        held.append(conn)
        accepted.set()

    threading.Thread(target=accept, daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    env = {**os.environ, "DEVORA_HOME": str(tmp_path / "home"), "DEVORA_API_KEY": "sk-x-1234567"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "devora_desktop", "generate", "a page", "--json", "--provider",
         "openai", "--base-url", url, "--model", "fake/model"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=ctrl_c_as_in_a_terminal)
    try:
        while not accepted.wait(1):
            assert proc.poll() is None, ("the CLI ended before it asked for the catalogue",
                                         proc.communicate())
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=300)
    finally:
        for conn in held:
            conn.close()
        listener.close()
    lines = [json.loads(x) for x in out.splitlines() if x.strip()]
    assert lines and lines[-1]["type"] == "run_cancelled", (out, err)
    assert proc.returncode == 130 and "Traceback" not in err


def test_a_run_over_its_budget_per_run_says_so_first_and_asks_at_a_terminal(
        run_cli, fake_llm, monkeypatch) -> None:
    """walk23 #13: a run whose estimate is over the budget per run started without a word and
    stopped at the cap, keeping nothing. The CLI says so before the run; at a terminal it asks
    (no: nothing is sent, nothing made); a script's run goes on under the cap, which holds."""
    from devora_desktop import terminal_view
    from tests.agents.conftest import block, plan

    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Hi</h1>"))
    monkeypatch.setenv("DEVORA_API_KEY", "sk-env-key-1234567890")
    common = ["generate", "a shop", "--provider", "openai", "--base-url", fake_llm.url,
              "--model", "fake/model"]
    assert run_cli("settings", "set", "budget_usd", "0.000001").code == 0
    monkeypatch.setattr(terminal_view, "can_ask", lambda: True)
    asked = run_cli(*common, stdin="n\n")
    line = ("over your $0.000001 budget per run: it stops if it reaches $0.000001 and keeps "
            "nothing it wrote (raise it with devora settings set budget_usd N)")
    assert asked.code == 130 and line in asked.err and "Run anyway? [y/N]" in asked.err, asked
    assert asked.err.startswith("devora: this run may cost about $"), asked
    assert fake_llm.requests == [], fake_llm.requests  # nothing was sent
    monkeypatch.setattr(terminal_view, "can_ask", lambda: False)
    went = run_cli(*common, "--max-cost", "0.000002")
    assert "over your $0.000002 budget per run" in went.err, went
    assert "(raise it with --max-cost N)" in went.err and "Run anyway" not in went.err, went
    assert went.code == 1 and "reached its budget of $0.000002" in went.err, went
