"""Generated files and exports follow the user's umask (a static site copied to a web server
must be readable), and an export target that is a link or an existing file is replaced only on
request, never followed."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from devora_desktop.core.context import AppContext
from devora_desktop.core.export import plan_export
from devora_desktop.core.export.local import export_folder, export_zip
from devora_desktop.core.workspace import Workspace


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_generated_files_and_exports_are_world_readable(tmp_path: Path, umask_022) -> None:
    ws = Workspace(tmp_path / "p")
    ws.write_file("index.html", "<h1>hi</h1>")
    ws.write_file("bin/run.sh", "#!/bin/sh\n")
    os.chmod(ws.root / "bin/run.sh", 0o700)
    os.chmod(ws.root / "index.html", 0o600)  # written by an older version: exports readable
    ws.write_file("styles.css", "body{}")
    assert mode(ws.root / "styles.css") == 0o644
    ws.commit("v1")
    plan = plan_export(ws, [])
    out = export_folder(plan, tmp_path / "site")
    assert mode(out / "index.html") == 0o644 and mode(out / "styles.css") == 0o644
    assert mode(out / "bin/run.sh") == 0o755  # the executable bit kept
    zip_path = export_zip(plan, tmp_path / "site.zip")
    assert mode(zip_path) == 0o644
    with zipfile.ZipFile(zip_path) as zf:
        assert (zf.getinfo("index.html").external_attr >> 16) & 0o777 == 0o644


def test_a_stricter_umask_is_honoured(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        Workspace(tmp_path / "p").write_file("a.txt", "x")
        assert mode(tmp_path / "p/a.txt") == 0o600
    finally:
        os.umask(old)


@pytest.fixture
def project(isolated_home: Path) -> str:
    with AppContext.open(isolated_home) as ctx:
        p = ctx.store.projects.create("Linked")
        ws = ctx.store.workspace(p.id)
        ws.write_file("index.html", "<h1>hi</h1>")
        ws.commit("v1")
    return "Linked"


@pytest.mark.parametrize("target", ["zip", "folder"])
def test_cli_export_to_a_link_needs_force_and_replaces_the_link(
        run_cli, project: str, tmp_path: Path, target: str) -> None:
    victim = tmp_path / "victim"
    victim.mkdir() if target == "folder" else victim.write_text("mine")
    link = tmp_path / "out"
    link.symlink_to(victim)
    r = run_cli("export", target, project, "--out", str(link))
    assert r.code == 1 and "symbolic link" in r.err and "--force" in r.err, r
    assert run_cli("export", target, project, "--out", str(link), "--force").code == 0
    assert not link.is_symlink()
    assert (victim.read_text() == "mine") if target == "zip" else list(victim.iterdir()) == []


def test_cli_export_over_an_existing_zip_needs_force(run_cli, project: str,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "mine.zip"
    out.write_bytes(b"my own")
    r = run_cli("export", "zip", project, "--out", str(out))
    assert r.code == 1 and "already exists" in r.err and "--force" in r.err, r
    assert out.read_bytes() == b"my own"
    assert run_cli("export", "zip", project, "--out", str(out), "--force").code == 0
    assert zipfile.is_zipfile(out)


def test_generate_out_that_is_a_link_is_not_followed(run_cli, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "site"
    out.symlink_to(outside, target_is_directory=True)
    r = run_cli("generate", "a landing page", "--mode", "web", "--out", str(out))
    assert r.code == 1 and "symbolic link" in r.err and "Traceback" not in r.err, r
    assert list(outside.iterdir()) == []
    assert run_cli("generate", "a landing page", "--mode", "web", "--out", str(out),
                   "--force").code == 0
    assert (out / "index.html").is_file() and list(outside.iterdir()) == []
