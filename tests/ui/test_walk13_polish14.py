"""walk13's window defects left open at its end (session 13's polish14), each driven as a
person does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.agents.conftest import APPROVE, block, plan
from tests.ui.drive import answer
from tests.ui.test_main_window import RUN_MS, type_prompt
from tests.ui.test_preview_waits_for_checks import fullstack_script

PAGE = "<h1 style='color: red'>Bakery</h1>" + "<p>Bread and cakes</p>" * 40


def _budget_stop(qtbot, w, fake_llm) -> None:
    """A refinement of a built page whose Frontend's prompt the budget per run refuses."""
    settings = w.ctx.settings.model_copy(deep=True)
    settings.budget_usd = 0.0015
    w.ctx.save_settings(settings)
    fake_llm.set("architect", plan(("index.html", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"') + "\nThat is all." * 20)
    fake_llm.set("frontend", {"text": block("index.html", PAGE), "latency": 0.01})
    fake_llm.set("reviewer", APPROVE)
    type_prompt(qtbot, w, "make the title red", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as failed:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        answer(qtbot, w, "Run anyway")  # its estimate is over the budget: asked first
    assert failed.args == ["failed"]
    assert "reached its budget" in w.activity.run_line.label.text()


def test_a_budget_stop_after_the_plan_does_not_mark_the_architect_failed(
        quiet_window, qtbot, fake_llm) -> None:
    """walk13 #29: with a budget per run the Frontend's prompt was refused by the cap and
    the agents row read "Architect ✗", though the Architect's plan was whole (the feed said
    "Architect planned 1 file", the steps ✓ Plan): only its closing words were cut."""
    from tests.ui.test_walk7_window8 import built

    built(qtbot, quiet_window, fake_llm)
    _budget_stop(qtbot, quiet_window, fake_llm)
    strip = quiet_window.agents.strip.text()
    assert "Architect ✓" in strip and "✗" not in strip, strip


def test_a_budget_stop_reads_as_a_stop_with_the_way_to_raise_it(
        quiet_window, qtbot, fake_llm) -> None:
    """walk14 #12: a budget stop read as a failure: "Frontend failed" in red, "Frontend ✗",
    "Run failed: …", and only Run again, which stopped at the same cap. The Frontend stopped
    at the budget, the run stopped, and its line opens Settings › Runs to raise it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui.settings_dialog import SettingsDialog
    from tests.ui.test_main_window import click, feed_lines
    from tests.ui.test_walk7_window8 import built

    w = quiet_window
    w.resize(1024, 700)
    built(qtbot, w, fake_llm)
    column = w.activity.mapTo(w, QPoint(0, 0)).x()
    _budget_stop(qtbot, w, fake_llm)
    assert "Frontend ■" in w.agents.strip.text()
    qtbot.wait(50)  # laid out again
    # its buttons fit the column: side by side they widened it by 40 px (walk14 #30)
    assert w.activity.mapTo(w, QPoint(0, 0)).x() == column
    assert "✗" not in w.activity.steps.text(), w.activity.steps.text()
    assert "stopped at its budget" in w.status.status_label.text()
    feed = feed_lines(w)
    assert "Frontend stopped at the run's budget" in feed, feed
    assert not any("failed" in line for line in feed), feed
    line = w.activity.run_line
    assert line.label.text().startswith("Run stopped: the run reached its budget of $0.0015 "
                                        "(raise Budget per run in Settings › Runs)")
    assert line.raise_budget.isVisible() and line.again.isVisible()
    click(qtbot, line.raise_budget)
    qtbot.waitUntil(lambda: any(isinstance(d, SettingsDialog) and d.isVisible()
                                for d in QApplication.topLevelWidgets()))
    dialog = next(d for d in QApplication.topLevelWidgets()
                  if isinstance(d, SettingsDialog) and d.isVisible())
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Runs"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.budget
                    or dialog.budget.isAncestorOf(QApplication.focusWidget()))
    dialog.reject()


def test_an_unreadable_review_says_it_asked_again_above_the_warning(
        quiet_window, qtbot, fake_llm) -> None:
    """walk13 #27: "The Reviewer's answer could not be read twice…" was printed above
    "Reviewer: its answer was not in the review's form; asking once more", which came first."""
    from tests.ui.test_main_window import feed_lines

    w = quiet_window
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Bakery</h1>"))
    fake_llm.set("reviewer", "LGTM!")  # no review's form, twice
    type_prompt(qtbot, w, "a bakery page", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    feed = feed_lines(w)
    asked = feed.index("Reviewer: its answer was not in the review's form; asking once more")
    warned = next(i for i, line in enumerate(feed)
                  if line.startswith("The Reviewer's answer could not be read twice"))
    assert asked < warned, feed
    assert not any(line.startswith("Reviewer is reading") for line in feed), feed


def _page(qtbot, view, script: str):
    got: list = []
    view.page().runJavaScript(script, 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return got[0]


def test_a_menus_status_line_moves_nothing_and_counts_in_its_language(
        ctx, qtbot, aloop, tmp_path) -> None:
    """walk13 #24: on a Portuguese menu, "Coxinha adicionado" appeared in a line above the
    menu, which pushed the item under the pointer down as it was clicked; the past orders
    read "1 pedidos neste navegador"."""
    import pytest

    from devora_desktop.agents import templates
    from devora_desktop.core.workspace import Workspace
    from devora_desktop.ui.preview_panel import PreviewPanel, webengine_available
    from tests.ui.test_pick_mode import element_centre

    if not webengine_available():
        pytest.skip("QtWebEngine is not installed")
    spec = templates.read("cardápio da minha lanchonete pra pedir pelo celular: coxinha R$ 6, "
                          "pastel R$ 8, caldo de cana R$ 7")
    assert spec.kind == "menu" and spec.lang == "pt", (spec.kind, spec.lang)
    ws = Workspace(tmp_path / "menu")
    for rel, text in templates.all_files(spec.kind, "web", spec.name, spec).items():
        ws.write_file(rel, text)
    panel = PreviewPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    try:
        with qtbot.waitSignal(panel.loaded, timeout=20000):
            panel.show_project(ws)
        view = panel.view
        target = view.focusProxy() or view
        qtbot.waitUntil(lambda: _page(qtbot, view, "document.querySelectorAll('.item .add')"
                                                   ".length") > 0, timeout=10000)
        top = "Math.round(document.querySelector('.item .add').getBoundingClientRect().top)"
        before = _page(qtbot, view, top)
        where = element_centre(qtbot, view, ".item .add")
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=where)
        status = "document.querySelector('#status').textContent"
        qtbot.waitUntil(lambda: _page(qtbot, view, status) != "", timeout=5000)
        assert _page(qtbot, view, status) == "Adicionado ao pedido: Coxinha."
        assert _page(qtbot, view, top) == before  # the next click lands where aimed
        name = element_centre(qtbot, view, "#place-order input")
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=name)
        qtbot.keyClicks(target, "Ana")
        qtbot.keyClick(target, Qt.Key.Key_Return)
        past = "document.querySelector('details summary')?.textContent ?? ''"
        qtbot.waitUntil(lambda: _page(qtbot, view, past) != "", timeout=5000)
        assert _page(qtbot, view, past) == "1 pedido neste navegador"
    finally:
        panel.shutdown()


def test_a_full_stack_run_lands_on_its_app_starting_the_dev_server(
        configured, qtbot, aloop, fake_llm, tmp_path) -> None:
    """walk13 #14: a Pro full-stack run stayed on the Code tab, and its dev server started
    only once Preview was clicked. It lands on the Preview, which says the dev server is
    starting, with its output, then shows the app."""
    import asyncio

    from devora_desktop.core.preview import PreviewServer
    from devora_desktop.core.workspace import Workspace
    from tests.ui.conftest import make_window, no_checks

    w = make_window(no_checks(configured), qtbot)
    preview = w.center.preview
    served = tmp_path / "served"
    Workspace(served).write_file("index.html", "<p>dev</p>")
    started: list = []
    gate = asyncio.Event()

    async def dev_server(workspace: Workspace) -> PreviewServer:  # npm run dev, held
        started.append(workspace.root)
        preview.on_server_line("▲ Next.js 15 - Local: http://127.0.0.1:3000", workspace.root)
        await gate.wait()
        return PreviewServer(served)

    preview.dev_server = dev_server
    preview.consent = lambda _ws: True  # a standing yes (a sandbox that confines it)
    fullstack_script(fake_llm)
    type_prompt(qtbot, w, "a task app")
    assert w.chat.mode() == "fullstack"
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert done.args == ["finished"]
    assert w.center.showing_preview()
    qtbot.waitUntil(lambda: preview.message.text().startswith("Starting the dev server"),
                    timeout=5000)
    qtbot.waitUntil(lambda: "Next.js" in preview.log.toPlainText(), timeout=5000)
    assert preview.log.isVisible() and preview.url is None
    gate.set()
    qtbot.waitUntil(lambda: preview.url is not None, timeout=10000)
    assert started == [w.ctx.store.workspace(w.current.id).root]  # started once


def test_a_full_stack_run_whose_code_may_not_run_unasked_lands_on_the_question(
        configured, qtbot, aloop, fake_llm) -> None:
    """Nothing confines the project's code here: the run lands on the Preview, which asks
    (Start) before its dev server runs, and starts it at the click."""
    from tests.ui.conftest import make_window, no_checks
    from tests.ui.test_main_window import click

    w = make_window(no_checks(configured), qtbot)
    preview = w.center.preview
    started: list = []

    async def dev_server(workspace):
        from devora_desktop.core.preview import PreviewServer

        started.append(workspace.root)
        return PreviewServer(workspace.root / "public")

    preview.dev_server = dev_server
    preview.consent = lambda _ws: None  # ask
    preview.sandbox = None  # no sandbox to ask about
    fullstack_script(fake_llm)
    type_prompt(qtbot, w, "a task app")
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert w.center.showing_preview()
    qtbot.waitUntil(preview.start_button.isVisible, timeout=5000)
    assert "runs the code the agents wrote" in preview.message.text()
    assert started == []
    click(qtbot, preview.start_button)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)


def test_export_names_an_accented_project_by_its_letters(configured, qtbot, aloop) -> None:
    """walk14 #9: Export of "Piscine Étoile" proposed piscine-toile.zip (and a folder and a
    repository named so): the É was dropped, which made another word."""
    from tests.ui.conftest import make_window
    from tests.ui.test_window_basics import choose_project, project_with

    project_with(configured, "Piscine Étoile", {"index.html": "<h1>Piscine</h1>"})
    w = make_window(configured, qtbot)
    choose_project(qtbot, w, 0)
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(w, "export_dialog", None) is not None
                    and w.export_dialog.isVisible())
    d = w.export_dialog
    assert d.dest.text().endswith("/piscine-etoile.zip"), d.dest.text()
    assert d.repo.text() == "piscine-etoile"
    d.reject()
