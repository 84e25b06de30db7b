"""The consent bar: a non-modal question the engine awaits, answered with a click."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from devora_desktop.core.models import Project
from devora_desktop.ui.consent_bar import ConsentBar


def _ask(qtbot, bar: ConsentBar) -> asyncio.Task:
    task = asyncio.ensure_future(bar.ask(Project(name="Task Garden")))
    qtbot.waitUntil(bar.isVisible)
    return task


def test_run_checks_answers_yes_and_the_bar_goes_away(qtbot, aloop) -> None:
    bar = ConsentBar()
    qtbot.addWidget(bar)
    assert not bar.isVisible()
    task = _ask(qtbot, bar)
    assert "Task Garden" in bar.label.toolTip()  # the question is short; "Why?" names it
    qtbot.mouseClick(bar.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.done)
    assert task.result() is True and not bar.isVisible()


def test_not_for_this_project_answers_no(qtbot, aloop) -> None:
    bar = ConsentBar()
    qtbot.addWidget(bar)
    task = _ask(qtbot, bar)
    qtbot.mouseClick(bar.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.done)
    assert task.result() is False


def test_a_cancelled_run_hides_the_question(qtbot, aloop) -> None:
    bar = ConsentBar()
    qtbot.addWidget(bar)
    task = _ask(qtbot, bar)
    task.cancel()
    qtbot.waitUntil(task.done)
    assert task.cancelled() and not bar.isVisible()
