"""Project › Connect Supabase… (and the Preview's "Connect Supabase" button): the project URL
and anon key, checked as they are typed, an optional Test connection, and Save, which writes
``.env.local`` through core/supabase.py (the engine `devora supabase connect` uses) and asks
the window to restart the preview's dev server. Non-modal; the test and the save run off the
Qt thread."""

from __future__ import annotations

import asyncio
import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from devora_desktop.core import supabase as sb
from devora_desktop.core.errors import DevoraError, sentence
from devora_desktop.ui import desktop, icons, theme
from devora_desktop.ui.plain import plain_label

NEW_PROJECT = "https://supabase.com/dashboard/new"


def _reason(exc: DevoraError) -> str:
    return sentence(exc.one_line(window=True)).rstrip(".") + "."


class SupabaseDialog(QDialog):
    connected = Signal(str)  # what was saved, one line (the window restarts the preview)
    busy_changed = Signal(bool)

    def __init__(self, root: Path, project_name: str, env: sb.ProjectEnv, parent=None, *,
                 open_url=desktop.open_url) -> None:
        """``env``: :func:`core.supabase.project_env` of ``root``, read off the Qt thread."""
        super().__init__(parent)
        self.root = root
        self.open_url = open_url
        self.task: asyncio.Task | None = None
        self.saved = False
        self.setWindowTitle(f"Connect Supabase — {project_name}")
        self.setMinimumWidth(560)
        intro = QLabel(
            "Paste your Supabase project's URL and anon key (Supabase › Project settings › "
            "API). They go into <b>.env.local</b> in this project, which is never committed, "
            f"exported or sent to a model. <a href='{NEW_PROJECT}'>Create a project</a> and "
            "run the SQL in supabase/migrations/ in its SQL editor first.")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setOpenExternalLinks(False)
        intro.linkActivated.connect(lambda url: self.open_url(QUrl(url)))
        self.url = QLineEdit(placeholderText="https://abcdefghijklmnop.supabase.co")
        self.url.setAccessibleName("Project URL")
        self.key = QLineEdit(placeholderText="eyJhbGciOi… or sb_publishable_…")
        self.key.setAccessibleName("Anon (publishable) key")
        self.url_error, self.key_error = plain_label(QLabel()), plain_label(QLabel())
        self.form = form = QFormLayout()
        form.addRow("Project URL", self.url)
        form.addRow("", self.url_error)
        form.addRow("Anon key", self.key)
        form.addRow("", self.key_error)
        for line in (self.url_error, self.key_error):
            line.setWordWrap(True)
            form.setRowVisible(line, False)  # the row: its empty label kept a gap
        others = env.others
        where = QLabel(f"This app reads them as {' and '.join(env.names.all)}."
                       + (f" Devora does not set {', '.join(others)}: add them to .env.local "
                          "yourself if the app needs them." if others else ""))
        where.setWordWrap(True)
        where.setStyleSheet(f"color: {theme.colors()['muted']}")
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test = QPushButton(icons.icon("connect"), "Test connection")
        self.save = QPushButton("Save and restart the preview")
        self.save.setDefault(True)
        self.close_button = QPushButton("Close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.test)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        current = env.current
        if current is not None:
            self.url.setText(current.url)
            self.key.setText(current.key)
            self.result.setText(f"Connected to {html.escape(current.url)}.")
        self.url.textChanged.connect(self._on_edited)
        self.key.textChanged.connect(self._on_edited)
        self.test.clicked.connect(self._on_test_clicked)
        self.save.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        self._on_edited()

    # ---- checks as they type ------------------------------------------------------------------
    def _checked(self) -> tuple[str, str] | None:
        """The URL and key when both pass; each field's reason under it otherwise (an empty
        field says nothing until something was typed in it)."""
        url = key = None
        for edit, line, check in ((self.url, self.url_error, sb.check_url),
                                  (self.key, self.key_error, sb.check_key)):
            try:
                value = check(edit.text())
            except sb.SupabaseError as exc:
                line.setText(_reason(exc))
                line.setStyleSheet(f"color: {theme.colors()['error']}")
                self.form.setRowVisible(line, bool(edit.text().strip()))
                continue
            self.form.setRowVisible(line, False)
            if edit is self.url:
                url = value
            else:
                key = edit.text().strip()
        return (url, key) if url and key else None

    def _on_edited(self) -> None:
        ok = self._checked() is not None
        busy = bool(self.task and not self.task.done())
        self.test.setEnabled(ok and not busy)
        self.save.setEnabled(ok and not busy)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """A dialog does not follow its wrapped labels' height: a two-line reason under the
        key was cut in half, and once it went its room stayed as a gap. Take the height the
        layout needs at this width."""
        self.layout().activate()
        need = self.layout().totalHeightForWidth(self.width())
        if need > 0 and need != self.height():
            self.resize(self.width(), need)

    # ---- test and save ------------------------------------------------------------------------
    def _start(self, work) -> None:
        self.result.setStyleSheet("")
        self.test.setEnabled(False)
        self.save.setEnabled(False)
        self.busy_changed.emit(True)
        self.task = asyncio.ensure_future(work)
        self.task.add_done_callback(lambda _t: self._finished())

    def _finished(self) -> None:
        self._on_edited()
        self.busy_changed.emit(False)
        if self.saved:
            self.accept()  # last: the window deletes the dialog when it closes
        elif self.save.isEnabled() and not isinstance(self.focusWidget(), QLineEdit):
            self.save.setFocus()  # the test's button was off meanwhile: Enter saves, not Close

    def _say(self, text: str, error: bool = False) -> None:
        colour = theme.colors()["error" if error else "done"]
        self.result.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>")
        self._grow_to_fit()

    def _on_test_clicked(self) -> None:
        if (checked := self._checked()) is not None:
            self.result.setText("Asking Supabase…")
            self._start(self._test(*checked))

    async def _test(self, url: str, key: str) -> None:
        try:
            tables = await asyncio.to_thread(sb.migration_tables, self.root)
            said = await sb.test_connection(url, key, tables=tables)
        except DevoraError as exc:
            self._say(_reason(exc), error=True)
        else:
            self._say(f"Supabase answered: {said}.")

    def _on_save_clicked(self) -> None:
        if (checked := self._checked()) is not None:
            self._start(self._save(*checked))

    async def _save(self, url: str, key: str) -> None:
        try:
            conn = await asyncio.to_thread(sb.connect, self.root, url, key)
        except DevoraError as exc:
            self._say(_reason(exc), error=True)
            return
        line = sentence(sb.saved_line(conn))
        self._say(f"{line}.")
        self.saved = True
        self.connected.emit(line)

    def _on_close_clicked(self) -> None:
        if self.task and not self.task.done():
            self.task.cancel()
        self.reject()
