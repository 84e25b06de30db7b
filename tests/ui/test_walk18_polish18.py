"""The window speaks in its own words, and walk18's window findings, each driven as a person
does (clicks, keys, waitSignal). A command line ("`devora keys set`", "--force") is no way
forward for a person in the window: they type no command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from devora_desktop.core.context import AppContext
from tests.ui.conftest import make_window
from tests.ui.drive import answer
from tests.ui.test_project_verbs import _choose, _context_menu, _menu_bar

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at

COMMAND_WORDS = ("`", "devora ", "--")


def _no_command(said: str) -> None:
    assert not any(word in said for word in COMMAND_WORDS), said


def test_data_lost_beyond_repair_is_said_in_the_windows_words(isolated_home: Path, qtbot,
                                                              aloop) -> None:
    """The box at start said '(set keys again with `devora keys set`, …)' when the index and
    its backup were both damaged: the way forward is Settings and Help › License."""
    with AppContext.open(isolated_home) as first:
        first.store.projects.create("Garden")
        first.secrets.set("openrouter", "sk-or-v1-" + "a" * 40)
    for name in ("devora.json", "devora.keep.json"):
        (isolated_home / name).write_bytes((isolated_home / name).read_bytes()[:40])

    ctx = AppContext.open(isolated_home)
    try:
        w = make_window(ctx, qtbot)
        qtbot.waitUntil(lambda: isinstance(getattr(w, "repairs_box", None), QMessageBox)
                        and w.repairs_box.isVisible(), timeout=3000)
        said = w.repairs_box.informativeText()
        assert "lost, with no usable backup: stored keys" in said, said
        assert "set your keys again in Settings" in said, said
        assert "activate the license again in Help › License" in said, said
        _no_command(said)
    finally:
        ctx.close()


def test_a_lost_seat_is_said_in_the_windows_words(ctx, qtbot, aloop) -> None:
    """Help › License of a machine whose seat went to another said 'deactivate one of them
    (Help > License, or `devora license machines`)' inside Help › License itself."""
    ctx.store.kv.set("license:seat_lost", True)
    w = make_window(ctx, qtbot)
    _menu_bar(qtbot, w, "Help", "License…")
    qtbot.waitUntil(lambda: getattr(w, "license_dialog", None) is not None
                    and w.license_dialog.isVisible())
    said = w.license_dialog.status.text()
    assert "held by machines used more recently" in said, said
    assert "Help › License › Show machines" in said, said
    _no_command(said)
    _no_command(w.status.plan_label.toolTip())


def test_undo_of_a_delete_the_trash_no_longer_holds_says_where_to_look(ctx, qtbot,
                                                                       aloop) -> None:
    """Undo delete after the trash lost the project (emptied by another Devora, or its week
    over) said '(`devora projects trash` lists what can come back)'."""
    ctx.store.projects.create("Bakery")
    w = make_window(ctx, qtbot)
    _choose(qtbot, _context_menu(qtbot, w, "Bakery"), "Delete…")
    answer(qtbot, w, "Delete")
    qtbot.waitUntil(lambda: w.projects.names() == [])
    qtbot.waitUntil(lambda: not w.tasks.pending())
    undo = w.project_actions.actions["undo"]
    qtbot.waitUntil(undo.isEnabled)
    for entry in (ctx.paths.root / "trash").glob("*"):  # gone from the trash meanwhile
        shutil.rmtree(entry)
    with qtbot.waitSignal(w.notifier.message) as said:
        _menu_bar(qtbot, w, "Project", "Undo delete of Bakery")
    [line] = said.args
    assert "no longer in the trash" in line, line
    assert "Project › Recently deleted lists what can come back" in line, line
    _no_command(line)
