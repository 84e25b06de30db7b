"""Export: locked targets are visible with a lock before use; errors point somewhere real."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from tests.ui.drive import answer, pick, retype


@pytest.fixture
def project(ctx):
    p = ctx.store.projects.create("Task Garden")
    ws = ctx.store.workspace(p.id)
    ws.write_file("index.html", "<h1>tasks</h1>")
    ws.commit("v1")
    return p.id


@pytest.fixture
def open_dialog(ctx, qtbot, aloop, project):
    from devora_desktop.ui.export_dialog import ExportDialog

    def make() -> ExportDialog:
        d = ExportDialog(ctx, project)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        return d

    return make


def test_free_shows_github_and_vercel_locked_before_use(qtbot, open_dialog) -> None:
    d = open_dialog()
    items = {d.target.itemData(i): d.target.itemText(i) for i in range(d.target.count())}
    assert list(items) == ["zip", "folder", "github", "vercel"]
    assert "Pro" in items["github"] and "Pro" in items["vercel"]
    assert "Pro" not in items["zip"]
    for i in range(d.target.count()):
        assert not d.target.itemIcon(i).isNull()  # an icon, not a font glyph
    assert not d.lock_line.isVisible() and d.go.isEnabled()
    pick(qtbot, d.target, "GitHub")
    assert d.lock_line.isVisible()
    assert "GitHub export needs Pro" in d.lock_line.text() and "License" in d.lock_line.text()
    assert not d.go.isEnabled()
    pick(qtbot, d.target, "Vercel")
    assert "Vercel deploy needs Pro" in d.lock_line.text()
    pick(qtbot, d.target, "Zip")
    assert not d.lock_line.isVisible() and d.go.isEnabled()


def test_missing_token_points_to_settings_accounts(ctx, qtbot, open_dialog) -> None:
    from devora_desktop.ui.settings_dialog import SettingsDialog
    from tests.conftest import install_pro_license

    install_pro_license(ctx)
    d = open_dialog()
    pick(qtbot, d.target, "GitHub")
    assert "Pro" not in d.target.currentText() and not d.lock_line.isVisible()
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.go.isEnabled() and d.result.text() != "")
    assert "Settings › Accounts" in d.result.text()
    assert "devora keys" not in d.result.text()  # no command line in the window
    pick(qtbot, d.target, "Vercel")  # GitHub's reason does not stay under Vercel's form
    assert d.result.text() == "" and not d.log.isVisible()
    # ...and that place exists, with the field to paste the token into
    s = SettingsDialog(ctx, {})
    qtbot.addWidget(s)
    tabs = [s.tabs.tabText(i) for i in range(s.tabs.count())]
    assert "Accounts" in tabs
    assert s.github_token.window() is s


def export_and_wait(qtbot, d) -> None:
    qtbot.waitUntil(lambda: d.go.isEnabled() and "Done" in d.result.text(), timeout=10000)


def export_after_asking(qtbot, d, dest, question: str, answer_text: str) -> None:
    """Type ``dest``, press Export, check the question names ``question``, answer."""
    retype(qtbot, d.dest, str(dest))
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(d, "confirm_box", None) is not None)
    assert question in d.confirm_box.text()
    answer(qtbot, d, answer_text)
    export_and_wait(qtbot, d)


def test_export_over_an_existing_zip_asks_first(qtbot, open_dialog, tmp_path) -> None:
    """Export silently overwrote an existing zip: now it asks, and Cancel keeps the file."""
    zip_path = tmp_path / "mine.zip"
    zip_path.write_bytes(b"my own zip")
    d = open_dialog()
    retype(qtbot, d.dest, str(zip_path))
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    answer(qtbot, d, "Cancel")
    assert zip_path.read_bytes() == b"my own zip" and d.result.text() == ""
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    answer(qtbot, d, "Replace it")
    export_and_wait(qtbot, d)
    assert zip_path.read_bytes().startswith(b"PK")


def test_export_to_a_link_replaces_the_link_never_its_target(qtbot, open_dialog,
                                                             tmp_path) -> None:
    victim = tmp_path / "victim.zip"
    victim.write_bytes(b"not yours")
    link = tmp_path / "out.zip"
    link.symlink_to(victim)
    d = open_dialog()
    export_after_asking(qtbot, d, link, "symbolic link", "Replace the link")
    assert victim.read_bytes() == b"not yours"
    assert not link.is_symlink() and link.read_bytes().startswith(b"PK")


def test_export_into_a_folder_with_files_asks_first(qtbot, open_dialog, tmp_path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    d = open_dialog()
    pick(qtbot, d.target, "Folder")
    export_after_asking(qtbot, d, folder, "1 item", "Export into it")
    assert (folder / "notes.txt").read_text() == "keep me"
    assert (folder / "index.html").read_text() == "<h1>tasks</h1>"


def test_browse_picks_the_destination(qtbot, open_dialog, tmp_path) -> None:
    """There was no Browse button: a path had to be typed."""
    from PySide6.QtWidgets import QFileDialog

    d = open_dialog()
    retype(qtbot, d.dest, str(tmp_path / "first.zip"))
    qtbot.mouseClick(d.browse, Qt.MouseButton.LeftButton)
    picker = d.findChild(QFileDialog)
    qtbot.waitUntil(lambda: picker.isVisible())
    name = picker.findChild(QLineEdit, "fileNameEdit")
    retype(qtbot, name, "chosen.zip")
    buttons = picker.findChild(QDialogButtonBox, "buttonBox")
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.dest.text() == str(tmp_path / "chosen.zip"))
    assert not (tmp_path / "chosen.zip").exists()  # choosing writes nothing yet
