"""Export: locked targets are visible with a lock before use; errors point somewhere real."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.drive import pick


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
    # ...and that place exists, with the field to paste the token into
    s = SettingsDialog(ctx, {})
    qtbot.addWidget(s)
    tabs = [s.tabs.tabText(i) for i in range(s.tabs.count())]
    assert "Accounts" in tabs
    assert s.github_token.window() is s
