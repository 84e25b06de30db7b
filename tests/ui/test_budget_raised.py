"""A budget stop's Raise the budget… then Run again (attack14 on cff68b5f): the stopped
refinement's prompt is still the one run, now under the raised budget, as a person does it:
the line's button, Settings › Runs' Budget per run, Save, the line's Run again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from devora_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.test_main_window import RUN_MS, click
from tests.ui.test_settings_dialog import save
from tests.ui.test_walk7_window8 import built
from tests.ui.test_walk13_polish14 import _budget_stop

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def test_raising_the_budget_then_run_again_runs_the_same_prompt_under_it(
        quiet_window, qtbot, fake_llm) -> None:
    w = quiet_window
    built(qtbot, w, fake_llm)
    _budget_stop(qtbot, w, fake_llm)
    assert w.chat.prompt.toPlainText() == "make the title red"  # given back
    line = w.activity.run_line
    click(qtbot, line.raise_budget)
    qtbot.waitUntil(lambda: any(isinstance(d, SettingsDialog) and d.isVisible()
                                for d in QApplication.topLevelWidgets()))
    dialog = next(d for d in QApplication.topLevelWidgets()
                  if isinstance(d, SettingsDialog) and d.isVisible())
    dialog.budget.selectAll()
    qtbot.keyClicks(dialog.budget, "5")
    save(qtbot, dialog)
    assert w.ctx.settings.budget_usd == 5
    assert w.chat.prompt.toPlainText() == "make the title red"  # Settings kept it
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        click(qtbot, w.activity.run_line.again)
    assert done.args == ["finished"], w.activity.run_line.label.text()
    runs = w.ctx.store.runs.list(project_id=w.current.id)
    assert runs[-1].prompt == "make the title red"
