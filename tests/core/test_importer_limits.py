"""Opening a folder that is not a project (a Pictures or Downloads folder, by mistake): Devora
made a git repository there and copied every file under 100 MB into it as the first
version, whatever their total, doubling the space the folder takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.core import importer
from devora_desktop.core.importer import ImportRefused, import_folder
from devora_desktop.core.workspace import Workspace


def _folder(root: Path, files: int, size: int) -> Path:
    root.mkdir()
    for i in range(files):
        (root / f"IMG_{i:04d}.jpg").write_bytes(b"\xff" * size)
    return root


def test_a_folder_too_big_for_a_first_version_is_refused_and_left_as_it_was(
        ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "MAX_FIRST_VERSION_BYTES", 3 * 1024 * 1024)
    photos = _folder(tmp_path / "Pictures", 4, 1024 * 1024)
    with pytest.raises(ImportRefused) as err:
        import_folder(ctx.store, photos)
    assert "holds 4 MB in 4 files" in err.value.one_line()
    assert "nothing was changed" in err.value.one_line()
    assert sorted(p.name for p in photos.iterdir()) == [f"IMG_{i:04d}.jpg" for i in range(4)]
    assert ctx.store.projects.list() == []


def test_too_many_files_too(ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "MAX_FIRST_VERSION_FILES", 10)
    many = _folder(tmp_path / "Downloads", 11, 10)
    with pytest.raises(ImportRefused, match="in 11 files"):
        import_folder(ctx.store, many)
    assert not (many / ".git").exists()


def test_a_project_sized_folder_still_opens(ctx, tmp_path: Path) -> None:
    site = _folder(tmp_path / "site", 3, 1000)
    report = import_folder(ctx.store, site)
    assert (site / ".git").is_dir() and report.head


def test_a_git_file_put_in_place_of_the_folder_never_sends_a_version_elsewhere(
        ctx, tmp_path: Path) -> None:
    """Code in an opened folder swaps its .git for ``gitdir: <another repository>`` (Landlock
    alone leaves .git writable): Devora's next version moved that other repository's branch."""
    import shutil

    from dulwich.repo import Repo

    from devora_desktop.core.errors import StoreError

    other = tmp_path / "other"
    theirs = Workspace(other)
    theirs.write_file("precious.txt", "their work\n")
    head = theirs.commit("their work")
    site = _folder(tmp_path / "site", 1, 10)
    project = import_folder(ctx.store, site).project
    shutil.rmtree(site / ".git")
    (site / ".git").write_text(f"gitdir: {other / '.git'}\n")
    ws = ctx.store.workspace(project.id)
    ws.write_file("index.html", "<h1>v2</h1>\n")
    with pytest.raises(StoreError, match="no longer this project's own git folder"):
        ws.commit("v2")
    with Repo(str(other)) as repo:
        assert repo.head().decode() == head
