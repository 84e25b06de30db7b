from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

from devora_desktop.core.context import AppContext
from devora_desktop.core.export import plan_export, scan_secrets
from devora_desktop.core.export.local import export_folder, export_zip
from devora_desktop.core.workspace import Workspace
from tests.conftest import all_bytes_under
from tests.fakes.github_server import FakeGitHub
from tests.fakes.vercel_server import FakeVercel

OPENAI_KEY = "sk-proj-" + "A1b2C3d4" * 6


def make_ws(root: Path) -> Workspace:
    ws = Workspace(root)
    ws.write_file("index.html", "<h1>hi</h1>")
    ws.write_file("bin/run.sh", "#!/bin/sh\n")
    os.chmod(ws.root / "bin/run.sh", 0o755)
    ws.write_file(".env", "KEY=1")
    ws.write_file(".env.local", "KEY=2")
    ws.write_file(".env.example", "KEY=")
    ws.write_file("config.js", f"export const key = '{OPENAI_KEY}';\n")
    ws.write_file("keys/id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n")
    ws.write_file("keys/deploy.txt", "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n")
    (ws.root / "node_modules/x").mkdir(parents=True)
    (ws.root / "node_modules/x/i.js").write_text("x")
    (ws.root / "dist").mkdir()
    (ws.root / "dist/out.js").write_text("x")
    (ws.root / "link").symlink_to("/etc", target_is_directory=True)
    (ws.root / "flink.txt").symlink_to("/etc/hostname")
    ws.commit("v1")
    return ws


def test_plan_excludes_and_flags(tmp_path: Path) -> None:
    plan = plan_export(make_ws(tmp_path / "p"))
    # a secrets file by its name (.env, id_rsa) is the person's own: never listed or exported
    assert sorted(plan.files) == [".env.example", "bin/run.sh", "config.js", "index.html",
                                  "keys/deploy.txt"]
    assert {(s.path, s.kind) for s in plan.secrets} == {
        ("config.js", "OpenAI Key"), ("keys/deploy.txt", "Private Key")}
    assert sorted(plan.files_to_send()) == [".env.example", "bin/run.sh", "index.html"]


def test_zip_and_folder_keep_modes_and_skip_links(tmp_path: Path) -> None:
    plan = plan_export(make_ws(tmp_path / "p"))
    z = export_zip(plan, tmp_path / "out/p.zip", prefix="p/")
    with zipfile.ZipFile(z) as zf:
        names = sorted(zf.namelist())
        mode = zf.getinfo("p/bin/run.sh").external_attr >> 16
    assert names == ["p/.env.example", "p/bin/run.sh", "p/index.html"]
    assert mode & 0o111
    f = export_folder(plan, tmp_path / "folder", include_flagged=True)
    assert os.stat(f / "bin/run.sh").st_mode & stat.S_IXUSR
    assert (f / "config.js").exists() and not (f / "link").exists()


def test_known_stored_key_is_flagged() -> None:
    found = scan_secrets("a.txt", b"token = my-stored-key-value\n", ["my-stored-key-value"])
    assert found[0].kind == "one of your stored keys"


def test_cli_zip_refuses_secrets_without_a_choice(run_cli, isolated_home: Path,
                                                  tmp_path: Path) -> None:
    with AppContext.open(isolated_home) as ctx:
        p = ctx.store.projects.create("Leaky")
        make_ws(ctx.paths.project(p.id))
    r = run_cli("export", "zip", "Leaky", "--out", str(tmp_path / "x.zip"))
    assert r.code == 1 and "2 files hold what looks like a secret" in r.err
    r = run_cli("export", "zip", "Leaky", "--out", str(tmp_path / "x.zip"), "--skip-secrets")
    assert r.code == 0, r
    assert OPENAI_KEY.encode() not in (tmp_path / "x.zip").read_bytes()
    shown = json.loads(run_cli("projects", "show", "Leaky", "--json").out)
    assert shown["project"]["export_path"] == str((tmp_path / "x.zip").resolve())


def test_cli_github_and_vercel_save_links(run_cli, isolated_home: Path, monkeypatch,
                                          pro) -> None:
    gh, vc = FakeGitHub(), FakeVercel()
    try:
        assert run_cli("generate", "a todo app", "--mode", "fullstack").code == 0
        run_cli("keys", "set", "github", stdin="good-token\n")
        monkeypatch.setenv("DEVORA_VERCEL_TOKEN", vc.token)
        r = run_cli("export", "github", "To-do list", "--api-url", gh.url)
        assert r.code == 0, r
        assert "https://github.com/octo/to-do-list" in r.out
        assert gh.repos["octo/to-do-list"]["private"] is True
        r = run_cli("export", "vercel", "To-do list", "--api-url", vc.url)
        assert r.code == 0, r
        shown = json.loads(run_cli("projects", "show", "To-do list", "--json").out)
        assert shown["project"]["github_repo_url"] == "https://github.com/octo/to-do-list"
        assert shown["project"]["vercel_url"].startswith("https://to-do-list-")
        vc.build_error = True
        r = run_cli("export", "vercel", "To-do list", "--api-url", vc.url)
        assert r.code == 1 and "| Type error" in r.err and "Vercel build failed" in r.err
        r = run_cli("export", "github", "To-do list", "--api-url", gh.url)
        assert r.code == 1 and "already exists" in r.err
        assert b"good-token" not in all_bytes_under(isolated_home)
        assert vc.token.encode() not in all_bytes_under(isolated_home)
    finally:
        gh.stop()
        vc.stop()
