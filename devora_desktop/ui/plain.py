"""Text that a model, a page or a server chose (a project's or a file's name, a model's id, a
summary, a console message, a server's error) shown as written, never as HTML.

Qt draws a label or a tooltip whose first line looks like rich text as HTML: a project
named ``<a href=x>pwn</a><img src=…>`` became a link and an image fetch in its tooltip.
Labels that show such text use :func:`plain_label`; every tooltip built from such text
goes through :func:`tip`. tests/ui/test_plain_text.py walks the window with hostile names.
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel


def tip(text: str) -> str:
    """``text`` as a tooltip that shows it as written: unchanged when Qt would draw it as
    plain text anyway, else escaped inside a paragraph that keeps its line breaks (as
    ``html.escape(text, quote=False)`` does: the html module's import, its table of 2,231
    entities, was ~3 ms of start-up's CPU before the first frame, for three replaces)."""
    if not Qt.mightBeRichText(text):
        return text
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def plain_label(label: QLabel) -> QLabel:
    """``label`` drawing its text as written, whatever it looks like."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


__all__ = ["plain_label", "tip"]
