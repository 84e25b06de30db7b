"""Images in the prompt: a pasted screenshot goes to the agents that see, as OpenAI-format
image parts of the request; the offline templates and text-only models say they cannot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from devora_desktop.agents.images import image_note
from devora_desktop.core.llm.catalogue import parse_models
from tests.ui.conftest import no_checks
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    feed_lines,
    make_window,
    script,
    type_prompt,
)

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def paste_screenshot(qtbot, w) -> None:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#e05a47"))
    QGuiApplication.clipboard().setImage(image)
    w.chat.prompt.setFocus()
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def image_parts(request: dict) -> list[dict]:
    parts = []
    for m in request["body"]["messages"]:
        if isinstance(m["content"], list):
            parts += [p for p in m["content"] if p.get("type") == "image_url"]
    return parts


def test_a_pasted_screenshot_reaches_the_agents_that_see(configured, qtbot, aloop,
                                                         fake_llm) -> None:
    w = make_window(configured, qtbot)
    script(fake_llm)
    type_prompt(qtbot, w, "make it look like this")
    paste_screenshot(qtbot, w)
    assert w.chat.attachments.isVisible() and len(w.chat.attachments.images) == 1
    assert w.chat.prompt.toPlainText() == "make it look like this"  # the text is untouched
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        click(qtbot, w.chat.run_button)
    assert done.args == ["finished"]
    by_agent = {r["agent"]: image_parts(r) for r in fake_llm.requests}
    for agent in ("architect", "frontend"):
        [part] = by_agent[agent]
        assert part["image_url"]["url"].startswith("data:image/png;base64,")
    assert by_agent["backend"] == [] and by_agent["reviewer"] == []
    assert not w.chat.attachments.isVisible()  # sent with that run, not the next
    assert any("[+1 image]" in line for line in feed_lines(w))


def test_the_offline_templates_say_they_cannot_use_the_image(ctx, qtbot, aloop) -> None:
    no_checks(ctx)
    w = make_window(ctx, qtbot)
    type_prompt(qtbot, w, "a landing page like this", mode=1)
    paste_screenshot(qtbot, w)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    assert any("offline templates cannot use images" in line for line in feed_lines(w))


def test_a_text_only_model_is_named_before_the_run() -> None:
    models = parse_models({"data": [
        {"id": "a/vision", "architecture": {"input_modalities": ["text", "image"]}},
        {"id": "b/text", "architecture": {"input_modalities": ["text"]}},
        {"id": "c/unknown"}]})
    assert models["a/vision"].images is True and models["b/text"].images is False
    assert models["c/unknown"].images is None
    assert image_note(1, offline=False, model="b/text", reads_images=False).startswith(
        "b/text does not read images")
    assert image_note(2, offline=False, model="a/vision", reads_images=True) == ""
    # one image "is", two "are" (it read "the image in the prompt are not used")
    assert "the image in the prompt is not used" in image_note(
        1, offline=True, model="templates", reads_images=None)
    assert "the 2 images in the prompt are not sent" in image_note(
        2, offline=False, model="b/text", reads_images=False)
    # nobody can tell (a local server, an endpoint without a model list): sent, and said
    assert image_note(1, offline=False, model="c/unknown", reads_images=None).startswith(
        "No way to tell whether c/unknown reads images: it is sent")


def test_a_stopped_refinement_gives_back_its_image_and_runs_again_with_it(
        configured, qtbot, aloop, fake_llm) -> None:
    """walk7 #11: Esc put the words back but dropped the pasted mockup (the next Run sent
    the text alone), and a refinement's stop line had no Run again."""
    from tests.agents.conftest import block
    from tests.ui.test_main_window import run

    w = make_window(configured, qtbot)
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    fake_llm.set("frontend", {"text": block("app/page.tsx", "slow " * 4000), "latency": 0.01})
    type_prompt(qtbot, w, "make it look like this")
    paste_screenshot(qtbot, w)
    sent = list(w.chat.attachments.images)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        click(qtbot, w.chat.run_button)
        qtbot.waitUntil(lambda: len(fake_llm.requests_for("frontend")) == 2, timeout=RUN_MS)
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert done.args == ["cancelled"]
    assert w.chat.prompt.toPlainText() == "make it look like this"
    assert w.chat.attachments.isVisible() and w.chat.attachments.images == sent
    line = w.activity.run_line
    assert line is not None and line.again.isVisible()
    fake_llm.set("frontend", block("app/page.tsx", "export default function Page() {}"))
    w.chat.prompt.clear()  # Run again sends what was asked, image included
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as again:
        click(qtbot, line.again)
    assert again.args == ["finished"]
    assert len(image_parts(fake_llm.requests_for("frontend")[-1])) == 1
