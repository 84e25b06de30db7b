"""In the window: damage repaired at start is shown, not only logged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from devora_desktop.core.context import AppContext
from tests.ui.test_main_window import make_window


def test_a_repaired_index_is_told_in_a_box_the_user_can_close(isolated_home: Path, qtbot,
                                                               aloop) -> None:
    with AppContext.open(isolated_home) as first:
        first.store.projects.create("Garden")
    (isolated_home / "devora.json").write_text('{"projects": []}')  # valid JSON, wrong shape

    ctx = AppContext.open(isolated_home)
    try:
        assert ctx.store.repairs, "the damage must be found on load"
        w = make_window(ctx, qtbot)
        qtbot.waitUntil(lambda: isinstance(getattr(w, "repairs_box", None), QMessageBox)
                        and w.repairs_box.isVisible(), timeout=3000)
        box = w.repairs_box
        assert "repaired" in box.text()
        assert ctx.store.repairs[0] in box.informativeText()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
        assert [p.name for p in ctx.store.projects.list()] == ["Garden"]
    finally:
        ctx.close()
