"""The window defects the last walk left open, each driven through the window as a person
does: a failed run's reason said once, the status bar after an offline build from the offer,
"● new" marks, export over a folder, the test licence's expiry, a crash's images, Accounts
without a keyring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_main_window import RUN_MS, click, feed_lines, make_window, type_prompt
from tests.ui.test_walk4_window6 import no_checks


@pytest.fixture
def unreachable(ctx, fake_llm, monkeypatch):
    """Settings name a model whose server is not there (the network off, a server down)."""
    from tests.fakes.base import free_port
    from tests.ui.test_main_window import use_fake_model

    use_fake_model(ctx, fake_llm, monkeypatch)
    settings = ctx.settings.model_copy(deep=True)
    settings.providers["openai"].base_url = f"http://127.0.0.1:{free_port()}/v1"
    ctx.save_settings(settings)
    return no_checks(ctx)


def failed_run(qtbot, w) -> None:
    type_prompt(qtbot, w, "a habit tracker for drinking water", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as failed:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert failed.args == ["failed"]


def test_a_failed_run_gives_its_reason_once(unreachable, qtbot, aloop) -> None:
    """The feed read "Architect failed: could not reach 127.0.0.1:… (check your connection
    or the base URL)" and right under it "Run failed: could not reach … (check …). Nothing
    was kept…". The Architect's line names who failed; the run's line says why, what was
    kept and offers the ways forward."""
    w = make_window(unreachable, qtbot)
    failed_run(qtbot, w)
    lines = feed_lines(w)
    assert len([x for x in lines if "could not reach 127.0.0.1" in x]) == 1, lines
    assert "Architect failed" in lines
    assert w.activity.run_line.label.text().startswith("Run failed: could not reach 127.0.0.1")


def test_an_offline_build_from_the_offer_is_not_named_as_the_settings_model(
        unreachable, qtbot, aloop) -> None:
    """After "Build it offline instead" the status bar read "OpenAI-compatible · fake/model ·
    last run 1.4 s, finished": as if that model had built it. It says the last run was
    offline, and still names the model the next run will use."""
    w = make_window(unreachable, qtbot)
    failed_run(qtbot, w)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as built:
        click(qtbot, w.activity.run_line.offline)
    assert built.args == ["finished"]
    bar = w.status.status_label.text()
    assert bar.startswith("OpenAI-compatible · fake/model · last run offline, "), bar
