"""walk7's open window findings, each driven through the window as a person does: a base URL
without its scheme, quitting mid-run, the app's own feed lines, the offline offer after a
network failure, and what Settings › Accounts and Agents ask for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.agents.conftest import APPROVE, block, plan
from tests.gitrepos import make_repo, needs_git
from tests.ui.conftest import no_checks
from tests.ui.drive import answer, pick, retype, show_tab
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    feed_lines,
    make_window,
    type_prompt,
)
from tests.ui.test_project_verbs import _open_folder

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def built(qtbot, w, fake_llm) -> None:
    """A bakery page built by the fake model as v1 (typed, Ctrl+Enter)."""
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Bakery</h1>"))
    fake_llm.set("reviewer", APPROVE)
    type_prompt(qtbot, w, "a bakery page", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert done.args == ["finished"]


@needs_git
def test_the_apps_own_line_about_your_edits_is_devoras_not_the_architects(
        quiet_window, qtbot, fake_llm, tmp_path: Path) -> None:
    """walk7 #13: "Your unsaved changes to app.js were saved as a version …" was labelled
    "Architect:", though no agent did it: Devora saved the person's edit before the run's."""
    w = quiet_window
    repo = make_repo(tmp_path / "recipes", {"app.js": "let a = 1;\n", "index.html": "<h1>R</h1>"})
    _open_folder(qtbot, w, repo)
    (repo / "app.js").write_text("// MY HAND EDIT\nlet a = 1;\n")  # in another editor
    fake_llm.set("architect", plan(("app.js", "frontend")))
    fake_llm.set("frontend", block("app.js", "let a = 2;"))
    fake_llm.set("reviewer", APPROVE)
    type_prompt(qtbot, w, "count overdue tasks", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        click(qtbot, w.chat.run_button)  # (the folder dialog left no window active for Ctrl+Enter)
    assert done.args == ["finished"]
    said = [x for x in feed_lines(w) if "Your unsaved changes to app.js" in x]
    assert len(said) == 1 and said[0].startswith("Devora: Your unsaved changes to app.js were "
                                                 "saved as a version"), feed_lines(w)
    # nor in an agent's raw text, where the Architect's pane said it as its own
    assert not [a for a, pane in w.panes.panes.items()
                if "Your unsaved" in pane.text.toPlainText()]


def _open_settings(qtbot, w):
    qtbot.keyClick(w, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(w, "settings_dialog", None) is not None
                    and w.settings_dialog.isVisible())
    d = w.settings_dialog
    d.activateWindow()  # the window manager's part: offscreen, no window is made active
    qtbot.waitUntil(d.isActiveWindow)
    return d


def test_a_base_url_typed_without_its_scheme_gets_it_and_runs(quiet_window, qtbot,
                                                               fake_llm) -> None:
    """walk7 #15: "127.0.0.1:8871/v1" (as LM Studio's page shows it) was saved as typed and
    every run then failed "(UnsupportedProtocol)". Leaving the field adds http:// (a server
    on this computer) and says so; Save keeps it; the next run reaches the model."""
    w = quiet_window
    d = _open_settings(qtbot, w)
    pick(qtbot, d.provider, "OpenAI")
    bare = fake_llm.url.removeprefix("http://")
    click(qtbot, d.base_url)
    retype(qtbot, d.base_url, bare)
    qtbot.keyClick(d.base_url, Qt.Key.Key_Tab)  # on to the key field
    assert d.base_url.text() == fake_llm.url
    assert d.base_url_note.isVisible()
    assert d.base_url_note.text() == "http:// added: a server on this computer or your network."
    with qtbot.waitSignal(d.saved) as saved:
        click(qtbot, d.save_button)
    assert saved.args == [f"Settings saved; the base URL is {fake_llm.url} (http:// added)."]
    assert w.ctx.settings.providers["openai"].base_url == fake_llm.url
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Bakery</h1>"))
    fake_llm.set("reviewer", APPROVE)
    type_prompt(qtbot, w, "a bakery page", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        click(qtbot, w.chat.run_button)
    assert done.args == ["finished"]


def test_a_base_url_that_is_no_web_address_is_not_saved_and_says_why(quiet_window, qtbot,
                                                                      fake_llm) -> None:
    """An address that can't work (another scheme) is refused with one line under the field
    and the dialog stays open on it; nothing of the form is saved."""
    w = quiet_window
    d = _open_settings(qtbot, w)
    click(qtbot, d.base_url)
    retype(qtbot, d.base_url, "ftp://127.0.0.1:8871/v1")
    click(qtbot, d.save_button)
    assert d.isVisible() and d.base_url.hasFocus()
    assert d.base_url_note.text() == ("The base URL 'ftp://127.0.0.1:8871/v1' must start with "
                                      "http:// or https://.")
    assert d.base_url.placeholderText() == "http://localhost:1234/v1"
    assert d.status.text().startswith("Not saved: the Base URL is not a web address")
    assert w.ctx.settings.providers["openai"].base_url == fake_llm.url
    retype(qtbot, d.base_url, fake_llm.url)  # put right, it saves
    with qtbot.waitSignal(d.saved) as saved:
        click(qtbot, d.save_button)
    assert saved.args == ["Settings saved."]


def test_a_run_that_meets_a_saved_url_that_is_no_url_says_so_in_one_line(
        configured, qtbot, aloop) -> None:
    """A settings file edited by hand (or written before Settings checked) may still hold an
    address no client can use: the run says which and where to fix it, in one line, and the
    prompt stays in the box."""
    settings = configured.settings.model_copy(deep=True)
    settings.providers["openai"].base_url = "ftp://models.example/v1"
    configured.save_settings(settings)
    w = make_window(no_checks(configured), qtbot)
    type_prompt(qtbot, w, "a bakery page", mode=1)
    with qtbot.waitSignal(w.notifier.message, timeout=RUN_MS) as said:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert said.args == [
        "the base URL 'ftp://models.example/v1' must start with http:// or https:// (fix it in "
        "Settings › Models; it looks like http://localhost:1234/v1 or https://api.openai.com/v1)"]
    qtbot.waitUntil(lambda: not w.controller.running)
    assert w.statusBar().currentMessage() == said.args[0]
    assert w.chat.prompt.toPlainText() == "a bakery page"


def test_a_run_cut_by_quitting_says_so_after_a_restart_with_its_prompt_back(
        configured, qtbot, aloop, fake_llm) -> None:
    """walk7 #12: quitting mid-refinement, then starting again, replayed "Frontend stopped
    writing app.js · 0 lines" (it had written 154) and the prompt was not back. After the
    restart the run's line says it stopped when Devora closed, what was kept and at which
    version; the prompt is in the box and Run again runs it."""
    from tests.ui.test_main_window import click_item, run_until

    ctx = no_checks(configured)
    w = make_window(ctx, qtbot)
    built(qtbot, w, fake_llm)
    long_page = "".join(f"<p>Bread {i}</p>\n" for i in range(4000))
    fake_llm.set("frontend", {"text": block("index.html", long_page), "latency": 0.01})
    type_prompt(qtbot, w, "add a price list", mode=1)
    run_until(qtbot, w, lambda a: a.agent == "frontend" and a.kind == "file")
    frontend = w.controller.progress.agents["frontend"]
    qtbot.waitUntil(lambda: frontend.current_lines > 20, timeout=RUN_MS)
    lines_before = frontend.current_lines
    with qtbot.waitSignal(w.closed, timeout=10000):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        answer(qtbot, w, "Stop the run and quit")

    again = make_window(ctx, qtbot)  # Devora started again on the same data
    if again.current.id is None:
        click_item(qtbot, again.projects.list, again.projects.list.item(0))
    qtbot.waitUntil(lambda: again.activity.run_line is not None, timeout=5000)
    shown = feed_lines(again)
    stopped = [x for x in shown if x.startswith("Frontend stopped writing index.html")]
    assert stopped, shown
    assert int(re.search(r"· ([\d,]+) lines", stopped[0])[1].replace(",", "")) >= lines_before
    assert again.activity.run_line.label.text() == (
        "Run stopped when Devora closed: nothing of it was kept, the project is as it was "
        "at v1.")
    assert again.chat.prompt.toPlainText() == "add a price list"
    fake_llm.set("frontend", block("index.html", "<h1>Bakery</h1><p>Bread 3 €</p>"))
    with qtbot.waitSignal(again.run_finished, timeout=RUN_MS) as done:
        click(qtbot, again.activity.run_line.again)
    assert done.args == ["finished"]
    assert "Bread 3 €" in ctx.store.workspace(again.current.id).read_text("index.html")


def test_a_run_that_reached_no_model_offers_the_offline_templates(ctx, qtbot, aloop,
                                                                   fake_llm,
                                                                   monkeypatch) -> None:
    """walk7 #6's second half: with the network off a Free run failed before reaching any
    model, and its only way forward was Run again, which fails the same. Its line offers
    the offline templates: one click builds the same prompt with them, and neither run is
    one of Free's AI runs of the day."""
    from datetime import date

    from tests.fakes.base import free_port
    from tests.ui.conftest import use_fake_model

    use_fake_model(ctx, fake_llm, monkeypatch)
    settings = ctx.settings.model_copy(deep=True)
    settings.providers["openai"].base_url = f"http://127.0.0.1:{free_port()}/v1"  # nothing there
    ctx.save_settings(settings)
    w = make_window(no_checks(ctx), qtbot)
    type_prompt(qtbot, w, "a habit tracker for drinking water", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as failed:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert failed.args == ["failed"]
    line = w.activity.run_line
    assert "could not reach 127.0.0.1" in line.label.text()
    assert line.again.isVisible() and line.offline.isVisible()
    assert line.offline.text() == "Build it offline instead"
    assert "offline templates" in line.offline.toolTip()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as built:
        click(qtbot, line.offline)
    assert built.args == ["finished"]
    assert fake_llm.requests == []
    [record] = ctx.store.runs.list(project_id=w.current.id)
    assert record.provider == "offline" and record.prompt == "a habit tracker for drinking water"
    assert ctx.store.workspace(w.current.id).read_text("index.html")
    assert ctx.store.runs.count_ai_runs_on(date.today()) == 0
    assert w.projects.names() and w.chat.prompt.toPlainText() == ""


def test_a_refinement_that_reached_no_model_is_not_offered_the_offline_templates(
        configured, qtbot, aloop, fake_llm) -> None:
    """The offline templates make new apps only (they refuse a change): a refinement that
    failed the same way keeps Run again alone."""
    from tests.fakes.base import free_port

    w = make_window(no_checks(configured), qtbot)
    built(qtbot, w, fake_llm)
    settings = configured.settings.model_copy(deep=True)
    settings.providers["openai"].base_url = f"http://127.0.0.1:{free_port()}/v1"
    configured.save_settings(settings)
    type_prompt(qtbot, w, "add a price list", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as failed:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert failed.args == ["failed"]
    assert w.activity.run_line.again.isVisible()
    assert not w.activity.run_line.offline.isVisible()


def test_accounts_says_which_scopes_each_token_needs(quiet_window, qtbot) -> None:
    """walk7 #16: Accounts had a placeholder only ("ghp_… or github_pat_…"); a token without
    the right scopes failed at Export. Each field says what its token needs and where to make
    one."""
    d = _open_settings(qtbot, quiet_window)
    qtbot.waitUntil(lambda: not d.agent_models_note.text().startswith("Looking"), timeout=10000)
    show_tab(qtbot, d.tabs, "Accounts")
    github, vercel = d.github_scopes, d.vercel_scopes
    assert github.isVisible() and vercel.isVisible()
    assert "classic token with the <b>repo</b> scope" in github.text()
    assert "<b>Contents</b> and <b>Administration</b> set to Read and write" in github.text()
    assert "href='https://github.com/settings/tokens'" in github.text()
    assert "href='https://vercel.com/account/tokens'" in vercel.text()
    assert github.openExternalLinks() and vercel.openExternalLinks()


def test_per_agent_models_are_chosen_from_the_providers_list_or_typed(quiet_window, qtbot,
                                                                      fake_llm) -> None:
    """walk7 #16: Settings › Agents took model ids as free text only. Each agent's box lists
    the models the provider lists (the fake's four); one is picked with the keyboard, another
    typed, and both are saved."""
    d = _open_settings(qtbot, quiet_window)
    show_tab(qtbot, d.tabs, "Agents")
    qtbot.waitUntil(lambda: d.agent_models_note.text().startswith("4 models"), timeout=10000)
    assert d.agent_models_note.text() == ("4 models OpenAI-compatible lists; any other model "
                                          "id can be typed.")
    reviewer = d.agent_models["reviewer"]
    assert [reviewer.itemText(i) for i in range(reviewer.count())] == [
        "anthropic/claude-fake", "fake/free", "fake/model", "fake/small"]
    pick(qtbot, reviewer, "fake/small")
    frontend = d.agent_models["frontend"]
    click(qtbot, frontend)
    qtbot.keyClicks(frontend, "my-own/model-7b")
    with qtbot.waitSignal(d.saved):
        click(qtbot, d.save_button)
    assert quiet_window.ctx.settings.agent_models == {"reviewer": "fake/small",
                                                "frontend": "my-own/model-7b"}


def test_per_agent_models_offline_lists_the_known_ones(configured, qtbot, aloop) -> None:
    """With the provider unreachable the boxes list the models Devora knows, and say so."""
    from tests.fakes.base import free_port

    settings = configured.settings.model_copy(deep=True)
    settings.providers["openai"].base_url = f"http://127.0.0.1:{free_port()}/v1"
    configured.save_settings(settings)
    d = _open_settings(qtbot, make_window(configured, qtbot))
    show_tab(qtbot, d.tabs, "Agents")
    qtbot.waitUntil(lambda: "did not list" in d.agent_models_note.text(), timeout=10000)
    assert d.agent_models_note.text().startswith("OpenAI-compatible did not list its models")
    box = d.agent_models["reviewer"]
    known = [box.itemText(i) for i in range(box.count())]
    assert "anthropic/claude-sonnet-4.5" in known and "fake/model" in known  # its default


@needs_git
def test_a_draft_stays_with_its_project_when_a_folder_is_opened(configured, qtbot, aloop,
                                                                 tmp_path: Path) -> None:
    """walk8 #5: a change typed (not run) for the gelateria stayed in the box when a folder
    was opened, now under "Changes go to myweb", and Ctrl+Enter ran it there. Opening the
    folder leaves the draft with the gelateria: the box is empty for the new project, and
    the draft is back when the gelateria is chosen again."""
    from tests.ui.test_main_window import click_item
    from tests.ui.test_window_basics import project_with

    project_with(configured, "Gelateria", {"index.html": "<h1>Gelati</h1>"})
    w = make_window(no_checks(configured), qtbot)
    click_item(qtbot, w.projects.list, w.projects.list.item(0))
    qtbot.waitUntil(lambda: w.current.id is not None)
    gelateria = w.current.id
    w.chat.prompt.setFocus()
    qtbot.keyClicks(w.chat.prompt, "add our opening hours: every day 12 to 23")
    _open_folder(qtbot, w, make_repo(tmp_path / "myweb", {"index.html": "<h1>Run club</h1>"}))
    qtbot.waitUntil(lambda: w.current.id != gelateria, timeout=10000)  # opened, and shown
    assert w.chat.prompt.toPlainText() == ""
    row = next(i for i in range(w.projects.list.count())
               if w.projects.list.item(i).text().startswith("Gelateria"))
    click_item(qtbot, w.projects.list, w.projects.list.item(row))
    qtbot.waitUntil(lambda: w.current.id == gelateria)
    assert w.chat.prompt.toPlainText() == "add our opening hours: every day 12 to 23"


def test_the_model_boxes_list_the_providers_models(quiet_window, qtbot, fake_llm) -> None:
    """walk8 #11: the arrows of the chat's model box and of Settings › Default model opened
    an empty list, though the endpoint lists its models at /v1/models. They list them; the
    chat's box still starts empty (Settings' choice) and a picked model runs."""
    w = quiet_window
    box = w.chat.model
    qtbot.waitUntil(lambda: box.count() == 4, timeout=10000)
    assert [box.itemText(i) for i in range(4)] == [
        "anthropic/claude-fake", "fake/free", "fake/model", "fake/small"]
    assert box.currentText() == ""
    d = _open_settings(qtbot, w)
    default = d.models["openai"]
    qtbot.waitUntil(lambda: default.count() == 4, timeout=10000)
    assert default.currentText() == "fake/model"  # what was saved, kept
    d.reject()
    pick(qtbot, box, "fake/small")
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Bakery</h1>"))
    fake_llm.set("reviewer", APPROVE)
    type_prompt(qtbot, w, "a bakery page", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    assert {r["body"]["model"] for r in fake_llm.requests} == {"fake/small"}


def test_run_is_greyed_with_a_locked_mode_chosen(ctx, qtbot, aloop) -> None:
    """walk8 #12: on Free, with the locked full-stack chosen, Run looked enabled and a click
    did nothing but a status-bar line. It is greyed, its tip says why, and it comes back with
    a mode the plan includes."""
    w = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: bool(w.chat.locked))  # the plan is read after start-up
    click(qtbot, w.chat.modes.button(2))  # full-stack
    assert not w.chat.run_button.isEnabled()
    assert w.chat.run_button.toolTip().startswith("Full-stack mode needs Pro")
    assert w.chat.lock_note.isVisible()
    click(qtbot, w.chat.modes.button(1))  # web
    assert w.chat.run_button.isEnabled() and w.chat.run_button.toolTip() == ""


def test_a_first_run_cut_by_quitting_gives_its_prompt_back_at_the_next_start(
        configured, qtbot, aloop, fake_llm) -> None:
    """walk8 #13 (and walk7 #12 for a new project): the project of a first run cut by
    quitting goes with it, and the next start said nothing; the prompt was gone. It says the
    run was cut before its first version, the prompt is back, and Run again builds it."""
    from tests.ui.test_walk_defects import start_slow_run

    ctx = no_checks(configured)
    w = make_window(ctx, qtbot)
    start_slow_run(qtbot, w, fake_llm, prompt="a habit tracker for water")
    with qtbot.waitSignal(w.closed, timeout=10000):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        answer(qtbot, w, "Stop the run and quit")
    assert ctx.store.projects.list() == []  # nothing half-made was kept

    again = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: again.activity.run_line is not None, timeout=5000)
    assert again.activity.run_line.label.text() == (
        "Your last run was cut when Devora closed, before its first version: nothing of it "
        "was kept.")
    assert again.chat.prompt.toPlainText() == "a habit tracker for water"
    assert again.chat.mode().value == "fullstack"  # as it was asked
    fake_llm.set("frontend", block("app/page.tsx", "export default function P() {}"))
    with qtbot.waitSignal(again.run_finished, timeout=RUN_MS) as done:
        click(qtbot, again.activity.run_line.again)
    assert done.args == ["finished"]
    assert [r.prompt for r in ctx.store.runs.list()][-1] == "a habit tracker for water"
    third = make_window(ctx, qtbot)  # said once, not at every start
    qtbot.wait(300)
    assert third.activity.run_line is None or "cut when Devora closed" not in \
        third.activity.run_line.label.text()


def test_a_first_run_devora_died_in_gives_its_prompt_back(ctx, qtbot, aloop) -> None:
    """walk8 #13: a kill -9 during a new project's first run; the next start removes the
    half-made project (good) and said nothing. It says so and gives the prompt back."""
    from devora_desktop.core.context import AppContext
    from devora_desktop.core.models import RunRecord

    home = ctx.paths.root
    draft = ctx.store.projects.create("New project", draft=True)
    ctx.store.runs.save(RunRecord(project_id=draft.id, prompt="a birthday list for my family",
                                  mode="web", provider="openai", model="fake/model"))
    ctx.close()  # the process died here; Devora starts again on the same data
    started = AppContext.open(home)
    try:
        assert started.store.projects.list() == []
        w = make_window(started, qtbot)
        qtbot.waitUntil(lambda: w.activity.run_line is not None, timeout=5000)
        assert "cut when Devora closed, before its first version" in \
            w.activity.run_line.label.text()
        assert w.chat.prompt.toPlainText() == "a birthday list for my family"
        w.close()
    finally:
        started.close()


def test_a_run_that_costs_more_than_its_estimate_says_so(quiet_window, qtbot, fake_llm) -> None:
    """walk8 #14: a refinement estimated "~$0.007, up to $0.010 more if fixes are needed"
    spent $0.0553, green, without a word. Once what the calls reported passes the estimate's
    upper bound, the feed says so, once, and where a cap is set."""
    w = quiet_window
    built(qtbot, w, fake_llm)
    # a short change billed as a long one (the fake reports the tokens it is told)
    fake_llm.set("frontend", {"text": block("index.html", "<h1>Bakery</h1><p>Bread 3 €</p>"),
                              "tokens": 40000})
    type_prompt(qtbot, w, "add a price list", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    over = [x for x in feed_lines(w) if "more than its estimate" in x]
    assert len(over) == 1, feed_lines(w)
    assert re.fullmatch(r"This run has cost \$[\d.]+ so far, more than its estimate \(up to "
                        r"\$[\d.]+\); Settings › Runs › Budget per run stops a run at a cap",
                        over[0]), over[0]
    spent, bound = (float(x) for x in re.findall(r"\$([\d.]+)", over[0]))
    assert spent > bound
