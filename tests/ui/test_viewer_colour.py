"""The viewer colours what is on screen first: on open and after a jump (Ctrl+End, find), the
visible lines carry colour before the event loop runs again, while the whole file is still
being lexed in the background; the whole-file spans then replace the quick ones."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from devora_desktop.ui.highlight import compiled, lex_spans, lexer_class

UNIT = ('def handler(request, *args, **kwargs):\n'
        '    """Docstring with 🙂 unicode."""\n'
        "    value = compute(request.args['x'], 42) + 3.14  # a comment\n"
        "    return {'status': 'ok', 'value': value}\n\n")
# 3,000 lines: screens far apart, and a whole-file lex that lasts well past the first
# screen (it yields to the UI thread by design; 10,000 lines took ~12 s a test under load)
TEXT = UNIT * 600 + "def last_one():\n    return 'end'  # the end\n"


@pytest.fixture
def viewer(qtbot, qloop):
    from devora_desktop.ui.file_viewer import FileViewer

    v = FileViewer()
    qtbot.addWidget(v)
    v.resize(800, 500)
    v.show()
    qtbot.waitExposed(v)
    # As in the app: the viewer exists a while before the first file, so the common lexers
    # are compiled in the background by then.
    qtbot.waitUntil(lambda: compiled(lexer_class("big.py")), timeout=10_000)
    return v


def wait_highlighted(v, loop) -> None:
    """Run the app's loop until the viewer says the whole file is coloured."""
    done = loop.create_future()
    v.highlighted.connect(lambda: done.done() or done.set_result(True))
    loop.run_until_complete(asyncio.wait_for(done, 30))


def visible(v) -> range:
    first = v.editor.firstVisibleBlock().blockNumber()
    rows = v.editor.viewport().height() // v.editor.fontMetrics().lineSpacing()
    return range(first, min(first + rows, v.editor.blockCount()))


def kinds(v, n: int) -> list[tuple[int, int, str]]:
    fmts = v.editor.document().findBlockByNumber(n).layout().formats()
    return [(r.start, r.length, r.format.foreground().color().name()) for r in fmts]


def test_open_and_jump_colour_the_screen_before_the_whole_file(viewer, qtbot, qloop) -> None:
    viewer.show_text(TEXT, "big.py")
    assert not viewer.highlighter.spans          # the whole-file lex has not come back
    shown = visible(viewer)
    assert shown.start == 0 and len(shown) > 10
    assert all(kinds(viewer, n) for n in shown if viewer.editor.document()
               .findBlockByNumber(n).text().strip())

    qtbot.keyClick(viewer.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    end = visible(viewer)
    assert end.stop == viewer.editor.blockCount() and end.start > 2_900
    assert not viewer.highlighter.done
    last = viewer.editor.blockCount() - 1
    assert kinds(viewer, last - 1), "the line at the end is coloured at once"

    wait_highlighted(viewer, qloop)
    spans = lex_spans(TEXT, "big.py")
    for n in list(shown) + list(end):
        assert [(s, ln) for s, ln, _ in kinds(viewer, n)] == \
            [(s, ln) for s, ln, _ in spans[n]], n


def test_find_far_ahead_colours_the_match_before_the_whole_file(viewer, qtbot, qloop) -> None:
    viewer.show_text(TEXT, "big.py")
    viewer.show_find()
    qtbot.keyClicks(viewer.find_box, "last_one")
    qtbot.keyClick(viewer.find_box, Qt.Key.Key_Return)
    line = viewer.editor.textCursor().blockNumber()
    assert line == TEXT.count("\n", 0, TEXT.index("def last_one")) > 2_900
    assert not viewer.highlighter.done and kinds(viewer, line)
    wait_highlighted(viewer, qloop)


def test_plain_text_files_are_left_alone(viewer, qloop) -> None:
    viewer.show_text("just words\n" * 100, "notes.unknownext")
    assert not kinds(viewer, 0)
    wait_highlighted(viewer, qloop)
    assert not kinds(viewer, 0)


def test_a_file_opened_behind_another_tab_is_coloured_when_it_shows(qtbot, qloop) -> None:
    """A run lands each file in the viewer while the live preview is in front: no screenful
    of it is lexed on the Qt thread then (~2 ms a file); the screen is coloured at once
    when the person brings the code forward."""
    from devora_desktop.ui.file_viewer import FileViewer

    v = FileViewer()
    qtbot.addWidget(v)
    v.resize(800, 500)
    qtbot.waitUntil(lambda: compiled(lexer_class("big.py")), timeout=10_000)
    v.show_text(TEXT, "big.py")
    assert not any(kinds(v, n) for n in range(40))
    v.show()
    qtbot.waitExposed(v)
    shown = visible(v)
    assert len(shown) > 10
    assert all(kinds(v, n) for n in shown if v.editor.document()
               .findBlockByNumber(n).text().strip())
    wait_highlighted(v, qloop)


def test_a_tall_screen_of_dense_code_is_coloured_within_a_third_of_a_frame(viewer, qtbot,
                                                                           qloop) -> None:
    """A run's landed file was lexed a whole screen at a time on the Qt thread (a 55-line
    screen of TSX: 8 ms, 22 ms on this one), at each file that landed while the code was in
    front. The quick lex stops at its budget: the screen's first lines are coloured at
    once, the rest by the whole-file pass a moment later."""
    from devora_desktop.ui.file_viewer import WINDOW_BUDGET

    qtbot.waitUntil(lambda: compiled(lexer_class("page.tsx")), timeout=10_000)
    row = ('  <li className="row-{i}" key={{"t{i}"}} onClick={{() => setTasks([...tasks, '
           '{{ id: {i}, title: "task {i}", done: false }}])}}>Task {i} {{tasks.length}}</li>,')
    text = "export default function Page() {\n  return [\n" + "\n".join(
        row.format(i=i) for i in range(150)) + "\n  ];\n}\n"
    viewer.resize(800, 1400)
    viewer.show_text(text, "page.tsx")
    shown = visible(viewer)
    assert len(shown) > 30
    assert viewer.colour_cpu_ms < 2.5 * WINDOW_BUDGET * 1000, viewer.colour_cpu_ms
    assert kinds(viewer, 0) and kinds(viewer, 2)  # the top, at once
    wait_highlighted(viewer, qloop)
    assert all(kinds(viewer, n) for n in shown)
