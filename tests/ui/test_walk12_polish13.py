"""walk12's open window defects (session 12's polish13): each driven as a person does."""

from __future__ import annotations

import pytest

from tests.agents.conftest import block, plan
from tests.ui.conftest import no_checks
from tests.ui.test_main_window import RUN_MS, click, make_window, type_prompt

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at

TIP = "a tip calculator for splitting the bill between friends"
TIP_TITLE = "Bill between friends · Tip calculator"  # 15751225: "splitting" is a verb, no subject


def test_a_quick_run_lands_on_its_page_named_as_the_page_names_itself(ctx, qtbot, aloop) -> None:
    """walk12 #22: quick mode stayed on the Code tab after building a page, and the list
    named it by words cut from the prompt ("Tip Calculator Splitting")."""
    no_checks(ctx)
    w = make_window(ctx, qtbot)
    type_prompt(qtbot, w, TIP, mode=0)
    assert w.chat.mode() == "quick"
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        click(qtbot, w.chat.run_button)
    assert blocker.args == ["finished"]
    assert w.center.showing_preview()
    assert w.projects.names() == [TIP_TITLE]


def test_back_on_a_new_project_whose_question_waits_it_is_not_named_by_cut_words(
        ctx, qtbot, aloop) -> None:
    """walk12 #14 residue: clicking back on "New project · being built…" while its question
    waited said "Changes go to Keep Track My" (a name cut from the prompt) above the box:
    the project has no name until its run ends, as the list says."""
    from tests.ui.test_main_window import click_item
    from tests.ui.test_shape_bar import BAKERY
    from tests.ui.test_walk9_ui10 import row
    from tests.ui.test_walk10_polish10 import _project

    _project(ctx, "Bakery", "index.html")
    w = make_window(no_checks(ctx), qtbot)  # no model: the offline templates
    bar = w.activity.shape
    type_prompt(qtbot, w, BAKERY, mode=1)
    click(qtbot, w.chat.run_button)
    qtbot.waitUntil(bar.isVisible, timeout=RUN_MS)
    # the question can come before the run's start is folded (the list's row)
    qtbot.waitUntil(lambda: "New project · being built…" in w.projects.names())
    assert "new project" in w.chat.target.text()
    click_item(qtbot, w.projects.list, row(w, "Bakery"))
    qtbot.waitUntil(lambda: "Bakery" in w.chat.target.text())
    click_item(qtbot, w.projects.list, row(w, "New project"))
    qtbot.waitUntil(bar.isVisible)
    assert "Changes go to" not in w.chat.target.text(), w.chat.target.text()
    assert "new project" in w.chat.target.text()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, bar.buttons[1])
    assert w.chat.target.text().startswith("Changes go to")


def test_free_counts_its_last_ai_runs_down_and_offers_the_offline_build_at_the_limit(
        ctx, qtbot, aloop, fake_llm, monkeypatch) -> None:
    """walk12 #17: nothing in the main window warned as Free's AI runs of the day ran out
    (Help › License said 15 → 8 → 0 left), and a new project's stop at the limit offered
    only Upgrade, though the offline templates, which are no AI run, build it at once."""
    from datetime import date

    from devora_license import FREE_DAILY_AI_RUNS
    from tests.ui.conftest import use_fake_model
    from tests.ui.test_main_window import script

    settings = ctx.settings.model_copy(deep=True)
    settings.license_server = "http://127.0.0.1:9"  # nothing listens: offline
    ctx.save_settings(settings)
    w = make_window(no_checks(use_fake_model(ctx, fake_llm, monkeypatch)), qtbot)
    badge = w.status.plan_label
    qtbot.waitUntil(lambda: not w.status.offline and w.status.label != "")
    assert badge.text() == "Free — Help › License"  # 20 left: nothing to count yet
    ctx.store.kv.count_ai_run(date.today(), FREE_DAILY_AI_RUNS - 3)
    script(fake_llm)
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<!doctype html><title>Plants</title><h1>P"))
    type_prompt(qtbot, w, "a plant log", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as ended:
        click(qtbot, w.chat.run_button)
    assert ended.args == ["finished"]
    qtbot.waitUntil(lambda: badge.text() == "Free — 2 AI runs left today · Help › License")

    ctx.store.kv.count_ai_run(date.today(), 2)
    click(qtbot, w.projects.new_button)
    type_prompt(qtbot, w, TIP, mode=1)
    qtbot.wait(1500)  # walk13 #17: no estimate for a run the plan refuses (it costs nothing)
    assert not w.chat.estimate.isVisible()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as ended:
        click(qtbot, w.chat.run_button)
    assert ended.args == ["failed"]
    assert badge.text() == "Free — no AI runs left today · Help › License"
    line = w.activity.run_line
    assert line.upgrade.isVisible() and line.offline.isVisible() and not line.again.isVisible()
    assert w.center.currentWidget() is w.center.empty  # nothing was made: the examples again
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as ended:
        click(qtbot, line.offline)
    assert ended.args == ["finished"]
    assert TIP_TITLE in w.projects.names()


def test_a_model_runs_estimate_shows_above_the_prompt_before_run_is_pressed(
        quiet_window, qtbot, fake_llm) -> None:
    """walk12 (walk10's list): no cost estimate before pressing Run; it appeared in the
    feed only once the run had begun. It shows above the prompt as the prompt is typed, in
    the words and figures the run's first line then says; offline runs cost nothing."""
    from tests.ui.test_main_window import feed_lines, script

    w = quiet_window
    estimate = w.chat.estimate
    assert not estimate.isVisible()
    type_prompt(qtbot, w, "a plant log", mode=1)
    qtbot.waitUntil(estimate.isVisible, timeout=10000)
    said = estimate.text()
    assert said.startswith("This run: estimate ~$"), said
    script(fake_llm)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    first = next(line for line in feed_lines(w) if line.startswith("Building a new project"))
    assert said.removeprefix("This run: ") in first, (said, first)


def _over_budget_window(configured, qtbot, prompt: str):
    """A window whose budget per run ($0.000001) is below any model run's estimate, with
    ``prompt`` typed in full-stack mode."""
    settings = configured.settings.model_copy(deep=True)
    settings.budget_usd = 0.000001
    configured.save_settings(settings)
    w = make_window(no_checks(configured), qtbot)
    type_prompt(qtbot, w, prompt, mode=1)
    return w


def test_an_estimate_over_the_budget_per_run_says_so_and_where_to_raise_it(
        configured, qtbot, aloop) -> None:
    """walk13 #29: with a $0.002 budget per run the line above the prompt gave a ~$0.007
    estimate without a word about the budget; Run went and stopped at it, spent for nothing."""
    w = _over_budget_window(configured, qtbot, "a plant log")
    qtbot.waitUntil(lambda: "budget" in w.chat.estimate.text(), timeout=10000)
    said = w.chat.estimate.text()
    assert said.startswith("This run: estimate ~$"), said
    assert said.endswith("over your $0.000001 budget per run: raise it in Settings › Runs"), said


def test_an_estimate_over_the_budget_per_run_says_so_and_run_asks_first(
        configured, qtbot, aloop) -> None:
    """walk23 #13: Run still started such a run without asking; now it asks (Cancel the
    default), also when Run is pressed before the estimate was shown."""
    from tests.ui.drive import answer

    w = _over_budget_window(configured, qtbot, "a plant log")
    click(qtbot, w.chat.run_button)  # at once, before the estimate is worked out
    qtbot.waitUntil(lambda: getattr(w, "confirm_box", None) is not None,
                    timeout=10000)
    box = w.confirm_box
    assert box.text().startswith("This run may cost about $"), box.text()
    assert box.text().endswith("over your $0.000001 budget per run."), box.text()
    assert "Settings › Runs" in box.informativeText()
    with qtbot.assertNotEmitted(w.controller.running_changed, wait=100):
        answer(qtbot, w, "Cancel")
    assert w.chat.prompt.toPlainText() == "a plant log" and not w.controller.going
    qtbot.waitUntil(lambda: "budget" in w.chat.estimate.text(), timeout=10000)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as ended:
        click(qtbot, w.chat.run_button)  # the estimate known: asked at once
        answer(qtbot, w, "Run anyway")
    assert ended.args == ["failed"]  # the cap still holds, as the question said
    assert w.activity.run_line.raise_budget.isVisible()  # a budget stop's way forward


def test_without_a_keyring_save_stays_put_and_the_status_bar_says_the_whole_line(
        ctx, qtbot, aloop) -> None:
    """walk12 #12 j: the keyring's answer (seconds on a busy machine) made its line appear
    above Save, which moved ~20 px down under the pointer; #12 i: after Save, the status
    bar's copy of that line was cut mid-word under "Free — Help › License"."""
    import time

    import keyring
    from keyring.errors import NoKeyringError
    from PySide6.QtCore import QPoint, QRect, Qt

    from tests.keyrings import NoBackendKeyring
    from tests.ui.test_settings_dialog import save
    from tests.ui.test_walk7_window8 import _open_settings

    class SlowNoKeyring(NoBackendKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            time.sleep(0.5)  # a busy machine's keyring: it answers after the dialog shows
            raise NoKeyringError("no backend")

    keyring.set_keyring(SlowNoKeyring())
    w = make_window(ctx, qtbot)
    w.resize(1024, 700)
    d = _open_settings(qtbot, w)
    assert not d.keyring_note.isVisible()  # not answered yet
    where = d.save_button.mapToGlobal(QPoint(0, 0))
    qtbot.waitUntil(d.keyring_note.isVisible, timeout=5000)
    qtbot.wait(20)  # laid out again
    assert d.save_button.mapToGlobal(QPoint(0, 0)) == where
    qtbot.keyClicks(d.openrouter_key, "sk-or-v1-session-only-0123456789")
    message = save(qtbot, d)
    qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton)  # Close, once read
    said = w.status.message_label
    qtbot.waitUntil(said.isVisible)
    assert said.text() == message and "kept only until Devora closes" in message
    badge = w.status.plan_label
    # never over the badge (walk12 #12 i: cut under it); a card above the bar since walk14 #7
    assert not QRect(said.mapToGlobal(QPoint(0, 0)), said.size()).intersects(
        QRect(badge.mapToGlobal(QPoint(0, 0)), badge.size()))
    assert said.height() >= said.heightForWidth(said.width())  # every line of it shows


def test_the_activity_column_dragged_narrow_keeps_the_run_lines_buttons_whole(
        quiet_window, qtbot, fake_llm) -> None:
    """walk12 #12 k: with the Activity column narrowed by its splitter, the run line's
    buttons were cut ("iew change"): the column stops where they still fit (and the drag
    never shuts it, prompt and Run with it)."""
    from PySide6.QtCore import QPoint

    from tests.ui.drive import drag
    from tests.ui.test_main_window import run, script

    w = quiet_window
    w.resize(1024, 700)
    script(fake_llm)
    assert run(qtbot, w, "a plant log") == "finished"
    line = w.activity.run_line
    # a person drags the handle between the centre and Activity · Chat right, as far as it goes
    drag(qtbot, w.main.handle(1), QPoint(475, 0), steps=19, each=lambda: qtbot.wait(5))
    qtbot.wait(20)
    assert w.activity.isVisible() and w.activity.width() < 300  # narrow, never shut
    viewport = w.activity.feed.viewport()
    for button in (line.view_changes, line.revert):
        assert button.width() >= button.sizeHint().width(), button.text()
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert right < viewport.width(), (button.text(), right, viewport.width())


def test_open_recent_names_projects_as_the_list_does(ctx, qtbot, aloop) -> None:
    """walk12 #12 l: Project › Open recent named two projects "Ride Log" alike, where the
    list tells them apart by their date stamp."""
    from PySide6.QtCore import Qt

    from tests.ui.test_walk10_polish10 import _open_menu, _project

    _project(ctx, "Ride Log", "index.html")
    _project(ctx, "Ride Log", "index.html")
    _project(ctx, "Tips & tricks", "index.html")
    w = make_window(ctx, qtbot)
    menu = _open_menu(qtbot, w, "Project")
    recent = next(a for a in menu.actions() if a.text().replace("&", "") == "Open recent")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(recent).center())
    sub = recent.menu()
    qtbot.waitUntil(sub.isVisible)
    said = [a.text().replace("&&", "&") for a in sub.actions()]
    assert sorted(said) == sorted(w.projects.names()), (said, w.projects.names())
    assert len(set(said)) == 3
    sub.close()
    menu.close()


def test_recently_deleted_emptied_while_open_reads_from_its_top(ctx, qtbot, aloop) -> None:
    """walk12 #12 k: Restore of the last deleted project left the dialog at its height with
    its two lines floating apart in it (large gaps above, between and below)."""
    from tests.ui.test_main_window import click_item
    from tests.ui.test_project_verbs import _menu_bar
    from tests.ui.test_walk10_polish10 import _project

    _project(ctx, "Bakery", "index.html")
    [bakery] = ctx.store.projects.list()
    ctx.store.projects.delete_undoably(bakery.id)
    w = make_window(ctx, qtbot)
    _menu_bar(qtbot, w, "Project", "Recently deleted…")
    dialog = w.project_actions.trash_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.labels() == ["Bakery"])
    click_item(qtbot, dialog.list, dialog.list.topLevelItem(0))
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(dialog.empty.isVisible)
    qtbot.wait(20)
    image = dialog.empty.grab().toImage()
    back = image.pixelColor(image.width() - 1, image.height() - 1)
    ink = [y for y in range(image.height()) for x in range(0, image.width(), 2)
           if image.pixelColor(x, y) != back]
    assert ink and min(ink) < 12, (min(ink, default=None), image.height())  # at its top
    intro_bottom = dialog.empty.parentWidget().layout().itemAt(0).geometry().bottom()
    assert dialog.empty.y() - intro_bottom < 20  # right under the intro


def test_an_overloaded_model_offers_the_offline_build_in_one_sentence(
        quiet_window, qtbot, fake_llm) -> None:
    """walk13 #9: HTTP 500 "The model is overloaded. Please try again later." on a new
    project ended "…try again later.. Nothing was kept…" with Run again only, where an
    unreachable server's line offers "Build it offline instead" for the same project."""
    w = quiet_window
    fake_llm.set("architect", {"status": 500,
                               "message": "The model is overloaded. Please try again later."})
    type_prompt(qtbot, w, "a habit tracker for drinking water", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as failed:
        click(qtbot, w.chat.run_button)
    assert failed.args == ["failed"]
    line = w.activity.run_line
    said = line.label.text()
    assert "overloaded" in said and ".." not in said, said
    assert line.again.isVisible() and line.offline.isVisible()


def test_raw_model_text_open_at_quit_leaves_no_gap_at_the_next_start(ctx, qtbot, aloop) -> None:
    """walk13 #26: quit with "Raw model text ▾" open, and the next start showed it shut over
    the same share of the column: the Preview cut to ~280 px, empty bands around the agents
    strip."""
    w = make_window(ctx, qtbot)
    click(qtbot, w.agents.toggle)
    assert w.agents.panes.isVisible() and w.middle.sizes()[1] > 200
    w.close()
    qtbot.waitUntil(lambda: not w.isVisible())

    again = make_window(ctx, qtbot)  # Devora started again on the same data folder
    box = again.agents
    assert not box.panes.isVisible() and box.toggle.text() == "Raw model text ▸"
    # the strip's line (and its share of the window's growth to 1400x900), not the panes'
    assert again.middle.sizes()[1] < 3 * box.minimumSizeHint().height(), again.middle.sizes()
