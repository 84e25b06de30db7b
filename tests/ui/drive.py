"""Driving widgets as a user does, shared by the widget tests."""

from __future__ import annotations

from PySide6.QtCore import Qt


def pick(qtbot, combo, label_start: str) -> None:
    """Pick a combo box item with the keyboard: focus the box, Home, then Down until the
    item whose label starts with ``label_start`` shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(label_start):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(label_start), combo.currentText()


def retype(qtbot, edit, text: str) -> None:
    """Select all in a line edit (or an editable combo box), delete, type ``text``."""
    target = edit if hasattr(edit, "selectAll") else edit.lineEdit()
    target.selectAll()
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    qtbot.keyClicks(target, text)


def click_until_idle(qtbot, widget, button, timeout: int = 15000) -> None:
    """Click ``button`` and wait until ``widget.busy_changed`` says its tasks are done."""
    with qtbot.waitSignal(widget.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=timeout):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def show_tab(qtbot, tabs, title: str) -> None:
    """Click the tab whose title is ``title``."""
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def answer(qtbot, owner, button_text: str) -> None:
    """Wait for the question ``owner`` asks (its ``confirm_box``, see ui/confirm.confirm) and
    click the button labelled ``button_text`` (or Cancel)."""
    from PySide6.QtWidgets import QAbstractButton

    qtbot.waitUntil(lambda: getattr(owner, "confirm_box", None) is not None
                    and owner.confirm_box.isVisible())
    box = owner.confirm_box
    button = next(b for b in box.findChildren(QAbstractButton)
                  if b.text().replace("&", "") == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    owner.confirm_box = None


def save(qtbot, dialog) -> str:
    """Click the Settings dialog's Save and wait until it saved; what it said."""
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def set_run_checks(qtbot, w, choice: str) -> None:
    """Settings › Runs › Run checks on generated code → ``choice`` ("Never"...), saved, as a
    person does it from the prompt (Ctrl+,)."""
    w.chat.prompt.setFocus()
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = w.settings_dialog
    show_tab(qtbot, dialog.tabs, "Runs")
    pick(qtbot, dialog.run_checks, choice)
    save(qtbot, dialog)


def drag(qtbot, handle, by, steps: int = 5, each=None) -> None:
    """Drag ``handle`` (a splitter's) by ``by`` (a QPoint) as a person does: press at its
    centre, move there in ``steps`` even steps (``each()`` after each, if given), release."""
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        qtbot.mouseMove(handle, start + by * step / steps)
        if each is not None:
            each()
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + by)


def rows_drawn(view) -> tuple[int, int]:
    """How many of a list's (or a tree's top-level) rows are drawn whole inside it, top to
    bottom, and how many are cut across by its top or bottom edge."""
    items = [view.item(r) for r in range(view.count())] if hasattr(view, "count") \
        else [view.topLevelItem(r) for r in range(view.topLevelItemCount())]
    room = view.viewport().rect()  # (top to bottom: a row's width may lag its list's)
    spans = [(rect.top(), rect.bottom()) for rect in map(view.visualItemRect, items)]
    return (sum(1 for top, bottom in spans if room.top() <= top and bottom <= room.bottom()),
            sum(1 for top, bottom in spans if top < room.top() <= bottom
                or top <= room.bottom() < bottom))
