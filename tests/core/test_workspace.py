from __future__ import annotations

import os
from pathlib import Path

import pytest

from devora_desktop.core.errors import NotFound, UnsafePathError
from devora_desktop.core.workspace import Workspace, safe_path

HOSTILE = [
    "../x", "a/../../x", "a/b/../../../x", "..", "./..", "x/..",
    "/etc/passwd", "//etc/passwd", "/", "~/x", "~root/.bashrc", "~",
    "C:\\x", "C:/x", "c:x", "\\\\server\\share", "\\x", "a\\..\\x", "a\\b",
    "NUL", "nul.txt", "con.txt", "CON", "aux.js", "prn", "com1", "LPT9.md", "a/COM3.txt",
    "con .txt", "COM¹", "a\0b", "a/b\0", "a\nb", "a\tb", "a\x7fb",
    "x" * 300, ("d/" * 20) + "f", "a/" + "y" * 256,
    "．．/x", "‥/x", "a/．．/．．/b", "︰/x", "..／x", "a／../x",
    "a\u202e/txt.exe", "a\u200b/b", "\ufeffa",
    "", "   ", "a//b", "a/./b/", "a/", "file.", "file ", " lead",
    "a/b:stream", "x?.txt", "x*.txt", "x|y", 'x"y', "x<y>",
    ".git/config", ".git/hooks/pre-commit", ".devora/project.json", ".GIT/config",
    ". . /x", "... /x",
    None, 42, b"bytes",
]

SAFE = ["index.html", "app/page.tsx", "app/api/tasks/route.ts", "src/components/Task List.tsx",
        "supabase/migrations/001_tasks.sql", ".gitignore", ".env.example", "public/favicon.ico",
        "docs/über.md", "a/b/c/d/e/f/g.txt", "./README.md", "styles/main.css", "..hidden",
        "a..b/c", "file.test.ts", "Makefile", "café/menu.json"]


def test_hostile_table_is_large() -> None:
    assert len(HOSTILE) >= 40


@pytest.mark.parametrize("candidate", HOSTILE, ids=lambda c: repr(c)[:40])
def test_hostile_paths_rejected(tmp_path: Path, candidate: object) -> None:
    with pytest.raises(UnsafePathError):
        safe_path(tmp_path, candidate)


@pytest.mark.parametrize("candidate", SAFE)
def test_normal_paths_accepted(tmp_path: Path, candidate: str) -> None:
    target = safe_path(tmp_path, candidate)
    assert str(target).startswith(os.path.realpath(tmp_path))


def test_symlink_inside_project_pointing_outside(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    outside = tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "link").symlink_to(outside, target_is_directory=True)
    (root / "flink").symlink_to(tmp_path / "victim.txt")
    for candidate in ("link/x.txt", "link", "flink"):
        with pytest.raises(UnsafePathError, match="symbolic link"):
            safe_path(root, candidate)
    ws = Workspace(root)
    with pytest.raises(UnsafePathError):
        ws.write_file("link/evil.sh", "echo pwned")
    assert not (outside / "evil.sh").exists()
    assert not (tmp_path / "victim.txt").exists()


def test_symlinked_project_root_is_fine(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    ws = Workspace(tmp_path / "alias")
    ws.write_file("a/b.txt", "ok")
    assert (real / "a/b.txt").read_text() == "ok"


def test_a_late_read_of_a_folder_gone_to_the_trash_does_not_make_it_again(
        tmp_path: Path) -> None:
    """A history read still under way when its project was deleted (the window reads it off
    the Qt thread) made the folder again with an empty repository: the folder stood after
    Delete, and in the way of Undo delete."""
    ws = Workspace(tmp_path / "p")
    ws.write_file("index.html", "<h1>v1</h1>")
    ws.commit("v1")
    os.replace(tmp_path / "p", tmp_path / "trash")
    late = Workspace(tmp_path / "p")
    for read in (late.history, late.head):
        with pytest.raises(NotFound, match="is gone"):
            read()
    assert not (tmp_path / "p").exists()
    assert [v.message for v in Workspace(tmp_path / "trash").history()] == ["v1"]


def test_write_is_atomic_and_keeps_mode(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    ws.write_file("run.sh", "#!/bin/sh\n")
    os.chmod(tmp_path / "run.sh", 0o755)
    ws.write_file("run.sh", "#!/bin/sh\necho hi\n")
    assert os.stat(tmp_path / "run.sh").st_mode & 0o777 == 0o755
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_oversized_file_rejected(tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError, match="larger"):
        Workspace(tmp_path).write_file("big.txt", b"x" * (3 * 1024 * 1024))


def test_history_restore_is_byte_exact(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "p")
    first = {"index.html": b"<h1>v1</h1>\r\n", "img/logo.png": bytes(range(256)) * 4,
             "deep/a/b.txt": "ünïcödé\n".encode()}
    for rel, data in first.items():
        ws.write_file(rel, data)
    v1 = ws.commit("first")
    ws.write_file("index.html", "<h1>v2</h1>")
    ws.delete_file("img/logo.png")
    ws.write_file("new.js", "console.log(1)")
    v2 = ws.commit("second")
    assert v1 and v2 and v1 != v2
    assert ws.commit("nothing changed") is None

    ws.restore(v1)
    assert ws.snapshot() == first
    history = ws.history()
    assert [v.message for v in history] == ["Restore v1", "second", "first"]
    assert [v.number for v in history] == [3, 2, 1]
    diff = ws.diff(v1, v2)
    assert "-<h1>v1</h1>" in diff and "+<h1>v2</h1>" in diff
    assert "Binary file img/logo.png deleted" in diff


def test_revert_undoes_one_version_and_keeps_it_in_history(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "p")
    ws.write_file("index.html", "one")
    v1 = ws.commit("first")
    ws.write_file("index.html", "two")
    ws.write_file("extra.js", "x")
    v2 = ws.commit("second")
    assert v1 and v2
    ws.revert(v2)
    assert ws.snapshot() == {"index.html": b"one"}
    assert [v.message for v in ws.history()] == ["Revert v2", "second", "first"]
    ws.revert(v1)  # the first version: nothing of it is left
    assert ws.snapshot() == {}
    assert ws.history()[0].message == "Revert v1"
    ws.restore(v2)  # and nothing was lost
    assert ws.snapshot() == {"index.html": b"two", "extra.js": b"x"}
    with pytest.raises(NotFound):
        ws.revert("0" * 40)


def test_reset_to_head_discards_uncommitted(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "p")
    ws.write_file("a.txt", "a")
    ws.commit("v1")
    ws.write_file("a.txt", "half-written run")
    ws.write_file("b.txt", "new from a failed run")
    assert ws.has_uncommitted_changes()
    ws.reset_to_head()
    assert ws.snapshot() == {"a.txt": b"a"}


def test_history_is_a_real_git_repo(tmp_path: Path) -> None:
    import shutil
    import subprocess

    if not shutil.which("git"):
        pytest.skip("git not installed")
    ws = Workspace(tmp_path / "p")
    ws.write_file("a.txt", "a")
    ws.commit("v1")
    status = subprocess.run(["git", "status", "--porcelain"], cwd=ws.root, capture_output=True,
                            text=True, check=True)
    assert status.stdout == ""


def test_a_repository_made_in_one_thread_is_never_opened_half_made(tmp_path: Path) -> None:
    """A run makes a new project's repository in a worker thread while the window may read
    the same project's history through its own Workspace: every reader waits for it."""
    import threading

    root = tmp_path / "fresh"
    root.mkdir()
    errors: list[BaseException] = []
    heads: list[str | None] = []

    def read() -> None:
        try:
            heads.append(Workspace(root).head())
        except BaseException as exc:  # the test reports any failure
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and heads == [None] * 8
    ws = Workspace(root)
    ws.write_file("index.html", "<h1>hi</h1>")
    assert ws.commit("first") is not None and ws.head() is not None


def test_file_at_reads_one_file_of_a_version(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "p")
    ws.write_file("app/page.tsx", "v1")
    ws.write_file("README.md", "r")
    v1 = ws.commit("v1")
    ws.write_file("app/page.tsx", "v2")
    v2 = ws.commit("v2")
    assert v1 is not None and v2 is not None
    assert ws.file_at(v1, "app/page.tsx") == b"v1"
    assert ws.file_at(v2, "app/page.tsx") == b"v2"
    assert ws.file_at(v2, "app/none.tsx") is None
    assert ws.file_at(v2, "README.md/x") is None  # a file is no folder
    with pytest.raises(NotFound):
        ws.file_at("0" * 40, "README.md")


def test_devoras_own_folder_never_shows_in_git_status(tmp_path: Path) -> None:
    """``.devora/`` holds the conversation and run logs: a person who commits "everything"
    from their editor must not commit it, so the repository excludes it (inside .git)."""
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    ws = Workspace(tmp_path / "p")
    ws.write_file("index.html", b"<h1>hi</h1>\n")
    ws.commit("first")
    (tmp_path / "p" / ".devora" / "runs").mkdir(parents=True)
    (tmp_path / "p" / ".devora" / "runs" / "r1.ndjson").write_text("{}\n")
    status = subprocess.run(["git", "status", "--porcelain"], cwd=tmp_path / "p",
                            capture_output=True, text=True, check=True).stdout
    assert status == ""
    assert (tmp_path / "p" / ".gitignore").exists() is False  # nothing added to their files


def test_an_editors_swap_and_backup_files_are_not_the_projects(tmp_path: Path) -> None:
    """The person edits index.html in vim or emacs beside the window: the Files panel
    listed .index.html.swp (and versions took it)."""
    ws = Workspace(tmp_path / "p")
    ws.write_file("index.html", "<h1>Hi</h1>")
    for name in (".index.html.swp", ".index.html.swo", "4913", ".#index.html", "#index.html#",
                 "index.html~"):
        (ws.root / name).write_text("editor's own")
    (ws.root / "notes.swp.md").write_text("the project's")
    assert ws.list_files() == ["index.html", "notes.swp.md"]


def _loose(root: Path) -> list[Path]:
    return [p for p in (root / ".git" / "objects").glob("??/*") if p.is_file()]


def test_a_commit_never_packs_and_collect_garbage_packs_when_git_would(tmp_path: Path) -> None:
    """dulwich packed the loose objects inside the commit that passed gc.auto (~0.9 s of pure
    Python at 6,700 objects: at a window run's end, the window's interpreter held from the Qt
    thread). Commits leave them; collect_garbage, by the project's path as the window's
    worker process calls it, packs them when git would, and every version still reads."""
    from dulwich.repo import Repo

    from devora_desktop.core.workspace import collect_garbage

    ws = Workspace(tmp_path)
    ws.write_file("index.html", "<h1>0</h1>")
    ws.commit("v0")
    repo = Repo(str(tmp_path))
    config = repo.get_config()
    config.set((b"gc",), b"auto", b"4")
    config.write_to_path()
    repo.close()
    assert not collect_garbage(str(tmp_path))  # 3 objects: not due
    for n in range(1, 4):
        ws.write_file("index.html", f"<h1>{n}</h1>")
        ws.commit(f"v{n}")
    assert len(_loose(tmp_path)) == 12  # a blob, a tree and a commit a version, all loose
    assert collect_garbage(str(tmp_path))
    assert _loose(tmp_path) == [] and list((tmp_path / ".git/objects/pack").glob("*.pack"))
    versions = ws.history()
    assert [v.message for v in versions] == ["v3", "v2", "v1", "v0"]
    assert ws.file_at(versions[-1].id, "index.html") == b"<h1>0</h1>"
