"""Connect Supabase in the window, driven as a person does: the Preview's button and
Project › Connect Supabase… open the form; typing a service-role key says why not; Test
connection asks the loopback Supabase fake; Save writes .env.local and restarts the preview's
dev server; the Vercel export says which variables it will set."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from devora_desktop.agents import templates
from devora_desktop.core import supabase
from tests.core.test_supabase import ANON, SERVICE
from tests.fakes.supabase_server import FakeSupabase
from tests.ui.drive import pick, retype, show_tab
from tests.ui.test_main_window import click, click_item, make_window
from tests.ui.test_project_verbs import _menu_bar


@pytest.fixture
def fake():
    server = FakeSupabase(anon_key=ANON)
    yield server
    server.stop()


@pytest.fixture
def garden(ctx) -> Path:
    from devora_desktop.core.models import Mode

    p = ctx.store.projects.create("Task Garden", mode=Mode.FULLSTACK)
    ws = ctx.store.workspace(p.id)
    for rel, text in templates.all_files("todo", "fullstack", "Task Garden").items():
        ws.write_file(rel, text)
    ws.commit("v1")
    settings = ctx.settings.model_copy(deep=True)
    settings.run_checks = "always"  # the preview starts its dev server without asking
    ctx.save_settings(settings)
    return ws.root


def _fake_dev_server(w, tmp_path: Path) -> list:
    """The Preview's dev server hook, answered by a static page (no npm here)."""
    from devora_desktop.core.preview import PreviewServer
    from devora_desktop.core.workspace import Workspace

    built = tmp_path / "built"
    Workspace(built).write_file("index.html", "<h2>Connect Supabase to start</h2>")
    started: list = []

    async def dev_server(workspace):
        started.append(supabase.read_connection(workspace.root))
        return PreviewServer(built)

    w.center.preview.dev_server = dev_server
    return started


def test_preview_button_form_test_and_save_restart_the_preview(
        ctx, qtbot, aloop, garden: Path, fake: FakeSupabase, tmp_path: Path) -> None:
    w = make_window(ctx, qtbot)
    started = _fake_dev_server(w, tmp_path)
    click_item(qtbot, w.projects.list, w.projects.list.item(0))
    qtbot.waitUntil(lambda: w.current.id is not None)
    show_tab(qtbot, w.center.tabs, "Preview")
    preview = w.center.preview
    qtbot.waitUntil(lambda: len(started) == 1 and preview.url is not None, timeout=10000)
    assert started == [None]  # first start: not connected
    assert preview.supabase_button.isVisible()

    click(qtbot, preview.supabase_button)
    qtbot.waitUntil(lambda: getattr(w, "supabase_dialog", None) is not None
                    and w.supabase_dialog.isVisible())
    d = w.supabase_dialog
    assert not d.save.isEnabled() and not d.test.isEnabled()
    qtbot.keyClicks(d.url, fake.url)
    qtbot.keyClicks(d.key, SERVICE)
    assert d.key_error.isVisible() and not d.save.isEnabled()
    assert "bypasses row-level security" in d.key_error.text()
    assert "browser app must never hold it" in d.key_error.text()
    # the reason's two lines are shown whole: the dialog grew to hold them
    assert d.key_error.height() >= d.key_error.heightForWidth(d.key_error.width())
    retype(qtbot, d.key, ANON)
    assert not d.key_error.isVisible() and d.save.isEnabled()

    with qtbot.waitSignal(d.busy_changed, check_params_cb=lambda busy: not busy):
        click(qtbot, d.test)
    assert "Supabase answered: the key works; the tables are there." in d.result.text()
    assert d.focusWidget() is not d.close_button  # Enter now saves
    assert ("GET", "/auth/v1/settings", "anon") in fake.requests

    with qtbot.waitSignal(d.connected, timeout=10000):
        click(qtbot, d.save)
    qtbot.waitUntil(lambda: len(started) == 2 and preview.url is not None, timeout=10000)
    assert started[1] is not None and started[1].url == fake.url  # restarted with it
    assert started[1].key == ANON
    qtbot.waitUntil(lambda: not isValid(d))  # closed (and gone) once saved
    assert not preview.supabase_button.isVisible()
    assert any("SUPABASE_URL and SUPABASE_ANON_KEY set in .env.local" in m
               for m in w.notifier.history)
    assert ".env.local" not in ctx.store.workspace(w.current.id).list_files()


def test_project_menu_opens_the_form_filled_and_export_names_the_vars(
        ctx, qtbot, aloop, garden: Path, tmp_path: Path) -> None:
    from tests.conftest import install_pro_license

    install_pro_license(ctx)
    w = make_window(ctx, qtbot)
    click_item(qtbot, w.projects.list, w.projects.list.item(0))
    qtbot.waitUntil(lambda: w.current.id is not None)

    # before: Export › Vercel says what the deployed app will lack
    qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(w, "export_dialog", None) is not None
                    and w.export_dialog.isVisible())
    e = w.export_dialog
    qtbot.waitUntil(e.go.isEnabled)  # the project looked at (off the Qt thread)
    assert not e.env_note.isVisible()  # zip: not a word about it
    pick(qtbot, e.target, "Vercel")
    assert e.env_note.isVisible()
    assert "the deployed app will show “Connect Supabase to start”" in e.env_note.text()
    assert "Project › Connect Supabase…" in e.env_note.text()
    e.close()

    _menu_bar(qtbot, w, "Project", "Connect Supabase…")
    qtbot.waitUntil(lambda: getattr(w, "supabase_dialog", None) is not None
                    and w.supabase_dialog.isVisible())
    d = w.supabase_dialog
    qtbot.keyClicks(d.url, "http://abcdefghijklmnop.supabase.co")
    assert d.url_error.isVisible() and "not https" in d.url_error.text()
    retype(qtbot, d.url, "https://abcdefghijklmnop.supabase.co")
    qtbot.keyClicks(d.key, "sb_secret_" + "x1" * 16)
    assert "secret key (sb_secret_…)" in d.key_error.text() and not d.save.isEnabled()
    retype(qtbot, d.key, ANON)
    with qtbot.waitSignal(d.connected, timeout=10000):
        qtbot.keyClick(d.key, Qt.Key.Key_Return)  # Save is the default button
    assert supabase.read_connection(garden).url == "https://abcdefghijklmnop.supabase.co"

    _menu_bar(qtbot, w, "Project", "Connect Supabase…")  # again: it shows what is saved
    qtbot.waitUntil(lambda: w.supabase_dialog is not d and w.supabase_dialog.isVisible())
    again = w.supabase_dialog
    assert again.url.text() == "https://abcdefghijklmnop.supabase.co"
    assert "Connected to https://abcdefghijklmnop.supabase.co" in again.result.text()
    click(qtbot, again.close_button)

    _menu_bar(qtbot, w, "Export", "Export / deploy…")
    qtbot.waitUntil(lambda: not isValid(e) and w.export_dialog.isVisible())
    qtbot.waitUntil(w.export_dialog.go.isEnabled)
    pick(qtbot, w.export_dialog.target, "Vercel")
    assert "Sets SUPABASE_URL and SUPABASE_ANON_KEY on the deployment" in \
        w.export_dialog.env_note.text()


def test_connect_supabase_is_offered_for_full_stack_projects_only(ctx, qtbot, aloop,
                                                                  garden: Path,
                                                                  tmp_path: Path) -> None:
    """walk7 #8: Project › Connect Supabase… was enabled on a static web page, and choosing
    it put "… does not use Supabase (no @supabase package or SUPABASE_ variables in
    .env.example)" in the status bar. It is greyed there, with a tooltip that says why."""
    from tests.ui.test_window_basics import project_with

    project_with(ctx, "Bakery", {"index.html": "<h1>Bread</h1>"})
    w = make_window(ctx, qtbot)
    _fake_dev_server(w, tmp_path)  # the full-stack project's preview: no npm here
    menu = next(a for a in w.menuBar().actions() if a.text() == "&Project").menu()

    def offered(name: str) -> tuple[bool, str]:
        row = next(i for i in range(w.projects.list.count())
                   if w.projects.list.item(i).text() == name)
        click_item(qtbot, w.projects.list, w.projects.list.item(row))
        qtbot.waitUntil(lambda: w.current.id is not None
                        and ctx.store.projects.get(w.current.id).name == name)
        bar = w.menuBar()
        top = next(a for a in bar.actions() if a.menu() is menu)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
        qtbot.waitUntil(menu.isVisible)
        enabled = w.supabase_action.isEnabled()
        tip = w.supabase_action.toolTip()
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not menu.isVisible())
        return enabled, tip

    assert offered("Bakery") == (False, "For full-stack projects: a web page has no database "
                                        "to connect")
    assert offered("Task Garden")[0]
