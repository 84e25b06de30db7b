from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from devora_desktop import __version__


def test_fresh_data_dir_lists_no_projects(tmp_path: Path) -> None:
    env = {**os.environ, "DEVORA_HOME": str(tmp_path / "fresh")}
    proc = subprocess.run([sys.executable, "-m", "devora_desktop", "projects", "list", "--json"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


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
        bad = run_cli("license", "activate", stdin="DEV-WRONG-0000-0000\n")
        assert bad.code == 1 and bad.err.startswith("devora: no license with that key")
        on_argv = run_cli("license", "activate", "DEV-WRONG-0000-0001")
        assert on_argv.err.startswith("devora: warning: a key given on the command line")
        ok = run_cli("license", "activate", stdin=f"{key}\n")
        assert ok.code == 0 and "Plan:    Pro (active)" in ok.out and key not in ok.err
        assert run_cli("generate", "a shop", "--mode", "fullstack").code == 0
        assert run_cli("license", "deactivate").code == 0
        gated = run_cli("generate", "a shop", "--mode", "fullstack")
        assert gated.code == 1 and "Full-stack mode needs the Pro plan" in gated.err
    finally:
        server.stop()
