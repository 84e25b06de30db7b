"""The window unlocks what the plan table says, whatever a token claims."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.core.test_licensing import free_scope_token, keep
from tests.ui.test_main_window import make_window, type_prompt
from tests.ui.test_window_look import free  # noqa: F401  (a configured Free app)

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def test_a_free_scope_token_leaves_fullstack_locked(free, qtbot, aloop,  # noqa: F811
                                                    fake_llm) -> None:
    keep(free, free_scope_token(free))
    w = make_window(free, qtbot)
    assert "needs Pro" in w.chat.modes.button(2).toolTip()
    type_prompt(qtbot, w, "a task app with a database", mode=2)
    assert w.chat.lock_note.isVisible() and "Full-stack mode needs Pro" in \
        w.chat.lock_note.text()
    with qtbot.waitSignal(w.notifier.message) as said:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "needs Pro" in said.args[0]
    assert not w.controller.running and fake_llm.requests == []


def test_license_lists_the_machines_and_deactivating_one_hands_the_seat_over(
        ctx, qtbot, aloop, tmp_path, keypair, fake_stripe) -> None:
    import asyncio

    from devora_desktop.core.licensing import LicenseManager
    from devora_desktop.ui.license_dialog import LicenseDialog
    from tests.core.test_licensing import shrink_to_one_seat_held_elsewhere
    from tests.server.conftest import LiveServer, make_config, purchase_for_app

    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        key = purchase_for_app(ctx, server)
        with server.app.state.Session() as s, s.begin():   # two seats
            from devora_server.models import License

            s.query(License).one().seats = 2
        task = asyncio.ensure_future(LicenseManager(ctx).activate(key))
        qtbot.waitUntil(task.done, timeout=10000)
        other = shrink_to_one_seat_held_elsewhere(server, key)
        task = asyncio.ensure_future(LicenseManager(ctx).refresh())
        qtbot.waitUntil(task.done, timeout=10000)
        assert LicenseManager(ctx).state().status == "seat_lost"
        d = LicenseDialog(ctx)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        assert "held by machines used more recently" in d.status.text()
        box = d.machines
        qtbot.waitUntil(lambda: box.list.topLevelItemCount() == 2, timeout=10000)
        rows = [[box.list.topLevelItem(i).text(c) for c in (0, 2)] for i in range(2)]
        assert rows[0] == ["studio", "holds a seat"] and rows[1][1] == "no seat"
        assert "(this machine)" in rows[1][0] and "This machine has no seat" in box.note.text()
        studio = box.list.topLevelItem(0)
        qtbot.mouseClick(box.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=box.list.visualItemRect(studio).center())
        assert box.deactivate.isEnabled()
        with qtbot.waitSignal(box.changed, timeout=10000):
            qtbot.mouseClick(box.deactivate, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Pro plan" in d.status.text(), timeout=10000)
        qtbot.waitUntil(lambda: box.list.topLevelItemCount() == 1, timeout=10000)
        assert "holds a seat" in box.list.topLevelItem(0).text(2)
        assert box.list.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) != \
            other["machine_id"]   # the studio is gone; this machine holds the seat
    finally:
        server.stop()
