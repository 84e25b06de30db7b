"""`devora supabase connect|status|disconnect`: the same engine as the window's form."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from tests.core.test_supabase import ANON, SERVICE
from tests.fakes.supabase_server import FakeSupabase


@pytest.fixture
def project(isolated_home: Path) -> Path:
    from devora_desktop.core.context import AppContext

    with AppContext.open(isolated_home) as ctx:
        p = ctx.store.projects.create("Task Garden")
        ws = ctx.store.workspace(p.id)
        for rel, text in templates.all_files("todo", "fullstack", "Task Garden").items():
            ws.write_file(rel, text)
        ws.commit("v1")
        return ws.root


@pytest.fixture
def fake():
    server = FakeSupabase(anon_key=ANON)
    yield server
    server.stop()


def test_connect_tests_then_writes_env_local(run_cli, project: Path, fake) -> None:
    result = run_cli("supabase", "connect", "Task Garden", "--url", fake.url + "/",
                     "--anon-key", ANON)
    assert result.code == 0, result
    assert "Supabase answered: the key works; the tables are there." in result.err
    assert f"SUPABASE_URL and SUPABASE_ANON_KEY set in .env.local for {fake.url}" in result.out
    env = project / ".env.local"
    assert f"SUPABASE_URL={fake.url}\n" in env.read_text()
    assert f"SUPABASE_ANON_KEY={ANON}\n" in env.read_text()
    assert stat.S_IMODE(env.stat().st_mode) == 0o600
    assert ("GET", "/auth/v1/settings", "anon") in fake.requests
    shown = json.loads(run_cli("supabase", "status", "Task Garden", "--json").out)
    assert shown["connected"] and shown["url"] == fake.url
    assert ANON not in json.dumps(shown)  # the key is masked
    assert shown["names"] == ["SUPABASE_URL", "SUPABASE_ANON_KEY"]
    assert run_cli("supabase", "disconnect", "Task Garden").code == 0
    status = run_cli("supabase", "status", "Task Garden")
    assert status.code == 1 and "is not connected to Supabase" in status.err


def test_key_from_stdin_and_service_role_refused_in_one_line(run_cli, project: Path) -> None:
    refused = run_cli("supabase", "connect", "Task Garden", "--url",
                      "https://abcdefghijklmnop.supabase.co", "--no-test", stdin=SERVICE + "\n")
    assert refused.code == 1
    assert len(refused.err.strip().splitlines()) == 1
    assert "service_role key" in refused.err and "browser app must never hold it" in refused.err
    assert not (project / ".env.local").exists()
    ok = run_cli("supabase", "connect", "Task Garden", "--url",
                 "https://abcdefghijklmnop.supabase.co", "--no-test", stdin=ANON + "\n")
    assert ok.code == 0, ok
    assert ANON not in ok.out + ok.err  # a key read from stdin is not echoed


def test_a_failed_test_saves_nothing(run_cli, project: Path, fake) -> None:
    fake.anon_key = "another-projects-key"
    result = run_cli("supabase", "connect", "Task Garden", "--url", fake.url,
                     "--anon-key", ANON)
    assert result.code == 1
    assert "not saved: Supabase refused this key" in result.err
    assert not (project / ".env.local").exists()


def test_vercel_deploy_sets_the_connection_and_says_so(run_cli, project: Path, pro,
                                                       monkeypatch) -> None:
    from tests.fakes.vercel_server import FakeVercel

    vc = FakeVercel()
    vc.polls_to_ready = 1
    try:
        before = run_cli("export", "vercel", "Task Garden", "--api-url", vc.url)
        assert before.code == 1 and "no Vercel token is set" in before.err  # said first:
        assert "Not connected to Supabase: the deployed app will show “Connect Supabase to " \
               "start” until SUPABASE_URL and SUPABASE_ANON_KEY are set (`devora supabase " \
               "connect task-garden`" in before.err
        monkeypatch.setenv("DEVORA_VERCEL_TOKEN", vc.token)
        url = "https://abcdefghijklmnop.supabase.co"
        assert run_cli("supabase", "connect", "Task Garden", "--url", url, "--anon-key", ANON,
                       "--no-test").code == 0
        after = run_cli("export", "vercel", "Task Garden", "--api-url", vc.url)
        assert after.code == 0, after
        assert "Sets SUPABASE_URL and SUPABASE_ANON_KEY on the deployment" in after.err
        newest = vc.deployments[f"dpl_{vc.creates}"]["body"]
        assert newest["env"] == {"SUPABASE_URL": url, "SUPABASE_ANON_KEY": ANON}
        assert not any(f["file"] == ".env.local" for f in newest["files"])
    finally:
        vc.stop()
