"""What a walk of the real window under a window manager found (1024x700 and 1600x1000,
offline and with the fake model), each driven as a person meets it: keys, clicks, and
waiting on what the window signals."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from tests.ui.test_main_window import feed_lines, make_window, run, script
from tests.ui.test_window_basics import choose_project, project_with

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at

NO_AGENTS = "Agents appear here when a run starts."


def _row(w, name: str) -> int:
    return next(i for i in range(w.projects.list.count())
                if w.projects.list.item(i).text().startswith(name))


def _right_click(qtbot, w, name: str) -> None:
    """A right-click on a project, as the window system delivers it (QTest's click does not
    pass the window system, which turns a right press into a context-menu event)."""
    lst = w.projects.list
    at = lst.visualItemRect(lst.item(_row(w, name))).center()
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.RightButton, pos=at)
    QApplication.sendEvent(lst.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, at, lst.viewport().mapToGlobal(at)))


def _open_menus() -> list[QMenu]:
    return [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()]


def test_a_reopened_run_shows_one_duration(configured, qtbot, aloop, fake_llm) -> None:
    """The status bar said "last run 3.7 s" while the feed's line for the same run said
    3.9 s: one read the run's log, the other its record's end, which also counts saving."""
    project_with(configured, "Quiet", {"index.html": "<h1>q</h1>"})
    w = make_window(configured, qtbot)
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    record = configured.store.runs.list(project_id=w.current.id)[-1]
    record.finished_at = record.finished_at + timedelta(seconds=4)  # a slow save of v1
    configured.store.runs.save(record)
    choose_project(qtbot, w, _row(w, "Quiet"))
    choose_project(qtbot, w, _row(w, "Task Garden"))

    def feed_seconds() -> str | None:
        line = next((ln for ln in feed_lines(w) if "changed" in ln and ln.endswith(" s")), None)
        return re.search(r"(\d+\.\d) s$", line).group(1) if line else None

    qtbot.waitUntil(lambda: feed_seconds() is not None, timeout=5000)
    qtbot.waitUntil(lambda: f"last run {feed_seconds()} s" in w.status.status_label.text(),
                    timeout=5000)


def test_another_project_shows_no_agents_of_the_last_run(configured, qtbot, aloop,
                                                          fake_llm) -> None:
    """A new project (Ctrl+N), or one that never ran, showed "Agents: Architect ✓ ·
    Frontend ✓ · Reviewer ✓" and the raw text of the run before."""
    project_with(configured, "Quiet", {"index.html": "<h1>q</h1>"})
    w = make_window(configured, qtbot)
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    strip = w.agents.strip
    assert "Architect" in strip.text()
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.current.id is None)
    assert strip.text() == NO_AGENTS
    assert w.agents.panes.count() == 0
    choose_project(qtbot, w, _row(w, "Task Garden"))
    qtbot.waitUntil(lambda: "Architect" in strip.text(), timeout=5000)  # its own run again
    choose_project(qtbot, w, _row(w, "Quiet"))
    assert strip.text() == NO_AGENTS


def test_one_menu_per_right_click_however_often_the_list_changed(ctx, qtbot, aloop) -> None:
    """The list re-connected its menu on every refresh: after N refreshes a right-click
    opened N menus on top of each other, and Escape closed only one."""
    for name in ("Bakery", "Garden"):
        project_with(ctx, name, {"index.html": f"<h1>{name}</h1>"})
    w = make_window(ctx, qtbot)
    choose_project(qtbot, w, _row(w, "Bakery"))
    choose_project(qtbot, w, _row(w, "Garden"))
    _right_click(qtbot, w, "Bakery")
    qtbot.waitUntil(lambda: len(_open_menus()) > 0)
    qtbot.wait(100)
    assert len(_open_menus()) == 1
    qtbot.keyClick(_open_menus()[0], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _open_menus())


def test_rename_shows_a_long_new_name_in_full(ctx, qtbot, aloop) -> None:
    """Rename of "Streaks" was a 200 px box: the window manager cut its title to
    "Renam…roject", and a longer new name scrolled out of the field as it was typed."""
    project_with(ctx, "Streaks", {"index.html": "<h1>x</h1>"})
    w = make_window(ctx, qtbot)
    _right_click(qtbot, w, "Streaks")
    qtbot.waitUntil(lambda: w.projects.context_menu is not None
                    and w.projects.context_menu.isVisible())
    menu = w.projects.context_menu
    action = next(a for a in menu.actions() if a.text() == "Rename…")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: getattr(w, "rename_dialog", None) is not None
                    and w.rename_dialog.isVisible())
    edit = w.rename_dialog.findChild(QLineEdit)
    name = "Streaks: a habit tracker for the family"
    edit.selectAll()
    qtbot.keyClicks(edit, name)
    assert edit.text() == name
    assert edit.width() > edit.fontMetrics().horizontalAdvance(name) + 12
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(n.startswith("Streaks: a habit") for n in w.projects.names()))


def test_activating_pro_then_listing_machines_reads_as_words(ctx, qtbot, aloop, tmp_path,
                                                             monkeypatch) -> None:
    """Pro, walked for real: a key bought on the licensing server (loopback, certified by
    the root this test process pins), typed into Help › License and activated; Show
    machines then said "1 machine(s), each holding a seat", and its "Last seen" was the
    server's UTC clock shown as local time."""
    import time
    from datetime import UTC, datetime, timedelta

    monkeypatch.setenv("TZ", "Asia/Tokyo")  # UTC+9, no daylight saving
    time.tzset()
    from devora_desktop.ui.license_dialog import LicenseDialog
    from devora_license import new_keypair
    from tests.fakes.stripe_server import FakeStripe
    from tests.server.conftest import LiveServer, make_config, purchase_for_app

    stripe = FakeStripe()
    server = LiveServer(make_config(tmp_path, new_keypair(), stripe.url))
    try:
        key = purchase_for_app(ctx, server)
        d = LicenseDialog(ctx)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        qtbot.keyClicks(d.key, key)
        with qtbot.waitSignal(d.busy_changed, check_params_cb=lambda busy: not busy,
                              timeout=20000):
            qtbot.mouseClick(d.activate, Qt.MouseButton.LeftButton)
        assert "Pro plan" in d.status.text()
        qtbot.waitUntil(d.machines.show_list.isVisible, timeout=5000)
        qtbot.mouseClick(d.machines.show_list, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: d.machines.list.topLevelItemCount() == 1, timeout=20000)
        note = d.machines.note.text()
        assert "(s)" not in note
        assert note == "This machine alone uses the license, holding its seat."
        assert d.machines.list.topLevelItem(0).text(0).endswith("(this machine)")
        seen = datetime.strptime(d.machines.list.topLevelItem(0).text(1), "%Y-%m-%d %H:%M")
        tokyo = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=9)
        assert abs(seen - tokyo) < timedelta(minutes=3), (seen, tokyo)
    finally:
        server.stop()
        stripe.stop()
        monkeypatch.undo()
        time.tzset()


def test_export_without_a_token_names_each_service_as_it_spells_itself(ctx, qtbot,
                                                                         aloop) -> None:
    """Pro's Export › GitHub without a token said "no Github token is set" (lower-case, and
    not GitHub's spelling)."""
    from devora_desktop.ui.export_dialog import ExportDialog
    from tests.conftest import install_pro_license
    from tests.ui.drive import pick

    install_pro_license(ctx)
    pid = project_with(ctx, "Task Garden", {"index.html": "<h1>tasks</h1>"})
    d = ExportDialog(ctx, pid)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    for target, name in (("GitHub", "GitHub"), ("Vercel", "Vercel")):
        pick(qtbot, d.target, target)  # said when picked now, before any click (walk4 #19b)
        assert f"No {name} token is set" in d.token_line.text(), d.token_line.text()


def test_a_file_opened_during_a_run_says_why_it_is_read_only_in_full_at_1024(
        configured, qtbot, aloop, fake_llm) -> None:
    """At 1024x700 the Code view's title read "components/TaskBoard.tsx — read-only: a run
    is w" (cut by the Copy, Open and Reveal buttons)."""
    from tests.agents.conftest import block
    from tests.ui.test_main_window import RUN_MS, type_prompt
    from tests.ui.test_window_basics import open_in_tree

    w = make_window(configured, qtbot)
    w.resize(1024, 700)
    script(fake_llm)
    fake_llm.set("frontend", {"text": block("app/page.tsx", "slow " * 4000), "latency": 0.01})
    type_prompt(qtbot, w, "a slow app")
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "app/api/tasks/route.ts" in w.files.items, timeout=RUN_MS)
    assert w.controller.running
    open_in_tree(qtbot, w, "app/api/tasks/route.ts")
    title = w.viewer.title
    qtbot.waitUntil(lambda: "read-only" in title.text(), timeout=5000)
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.width(), title.text()
    assert "Esc" in title.toolTip()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)


def test_empty_history_reads_whole_in_a_narrow_column(ctx, qtbot, aloop) -> None:
    """With the left column at 200 px (as a layout restored from an earlier session left it)
    History's empty state read "No versions yet. Each run saves one here, and Restore brings
    any of" — its last line cut by the box."""
    from PySide6.QtWidgets import QDockWidget

    w = make_window(ctx, qtbot)
    w.resize(1024, 700)
    w.resizeDocks([w.findChild(QDockWidget)], [200], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: w.history.list.width() <= 210)
    for hint in (w.history.empty.label, w.files.empty.label):
        qtbot.waitUntil(hint.isVisible)
        box = hint.parentWidget().rect()
        assert box.contains(hint.geometry()), (hint.text(), hint.geometry(), box)
        assert hint.heightForWidth(hint.width()) <= hint.height(), hint.text()


def test_activating_offline_says_so_as_a_sentence(ctx, qtbot, aloop) -> None:
    """Help › License › Activate with no connection read "could not reach the license
    server (check your connection; the app keeps working)"."""
    from devora_desktop.ui.license_dialog import LicenseDialog
    from tests.fakes.base import free_port

    s = ctx.settings.model_copy(deep=True)
    s.license_server = f"http://127.0.0.1:{free_port()}"  # nothing listens: offline
    ctx.save_settings(s)
    d = LicenseDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    qtbot.keyClicks(d.key, "DEV-ABCDEF-123456-ABCDEF-123456")
    with qtbot.waitSignal(d.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=20000):
        qtbot.mouseClick(d.activate, Qt.MouseButton.LeftButton)
    assert d.error.text().startswith("Could not reach the license server"), d.error.text()


def test_what_you_type_stays_with_the_project_it_was_for(ctx, qtbot, aloop) -> None:
    """An idea typed for a new project stayed in the box when another project was opened,
    where Run would have made it a refinement of that project ("Changes go to Streaks")."""
    project_with(ctx, "Streaks", {"index.html": "<h1>streaks</h1>"})
    w = make_window(ctx, qtbot)
    prompt = w.chat.prompt
    qtbot.keyClick(prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(prompt, "a recipe box with ratings")
    choose_project(qtbot, w, _row(w, "Streaks"))
    assert "Streaks" in w.chat.target.text()
    assert prompt.toPlainText() == ""
    qtbot.keyClicks(prompt, "make the title green")
    qtbot.keyClick(prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.current.id is None)
    assert prompt.toPlainText() == "a recipe box with ratings"
    choose_project(qtbot, w, _row(w, "Streaks"))
    assert prompt.toPlainText() == "make the title green"
