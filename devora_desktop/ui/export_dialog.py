"""Export dialog: zip / folder / GitHub / Vercel with progress, a secrets warning that asks
before any flagged file leaves, and the resulting path or URL as a link. Non-modal.

Targets the plan does not include stay in the list with a lock and one line on what unlocks
them, so nobody finds out only after pressing Export; a service without a token says so as soon
as it is picked, with a button to Settings › Accounts. Progress is a bar, not a log of counts,
and the dialog keeps the height its contents need (it grew with every attempt)."""

from __future__ import annotations

import asyncio
import contextlib
import html
import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import DevoraError, sentence
from devora_desktop.core.export import ExportPlan
from devora_desktop.core.export.local import look
from devora_desktop.core.export.service import (
    SERVICE_NAMES,
    ExportOptions,
    export_project,
    has_token,
    make_plan,
)
from devora_desktop.core.supabase import deploy_note
from devora_desktop.core.words import plural
from devora_desktop.ui import icons, theme
from devora_desktop.ui.confirm import confirm
from devora_desktop.ui.icons import lock_note
from devora_desktop.ui.plain import plain_label

#: the file count's line while the project's files are walked (off the Qt thread)
LOOKING = "Looking at the project…"
TARGETS = {"zip": ("Zip file", "zip"), "folder": ("Folder", "folder"),
           "github": ("GitHub repository", "github"), "vercel": ("Vercel deployment", "vercel")}


class ExportDialog(QDialog):
    exported = Signal(str)
    accounts_requested = Signal()  # "Open Settings › Accounts": a token is missing

    def __init__(self, ctx: AppContext, project_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project = ctx.store.projects.get(project_id)
        self.setWindowTitle(f"Export {self.project.name}")
        self.setMinimumWidth(520)  # the path and the Pro note read in full
        #: the files to send and the secrets in them: walking the project (and reading the
        #: stored keys) took the Qt thread in this constructor; known once ``checked`` is done
        self.plan: ExportPlan | None = None
        self.task: asyncio.Task | None = None  # the export
        self._asking: asyncio.Task | None = None  # what the destination holds, before it
        #: the project looked at off the Qt thread: its files, what the deployed app will
        #: read, and the last run's verdict (the run records and git's HEAD)
        self.checked: asyncio.Task | None = None
        from devora_desktop.core.licensing import LicenseManager
        from devora_license import FEATURE_TITLES

        entitled = LicenseManager(ctx).entitlements()
        self.locked: dict[str, str] = {}
        self.target = QComboBox()
        for target, (label, icon) in TARGETS.items():
            feature = f"export.{target}"
            if not entitled.allows(feature):
                self.locked[target] = lock_note(FEATURE_TITLES.get(feature, label))
                self.target.addItem(icons.icon("lock"), f"{label} (Pro)", target)
            else:
                self.target.addItem(icons.icon(icon), label, target)
        self.lock_line = plain_label(QLabel())
        self.lock_line.setWordWrap(True)
        self.lock_line.hide()
        self.token_line = plain_label(QLabel())  # "No GitHub token is set yet…", before any click
        self.token_line.setWordWrap(True)
        self.accounts = QPushButton("Open Settings › Accounts")
        self.accounts.clicked.connect(self.accounts_requested)
        self.token_row = token_row = QHBoxLayout()
        token_row.addWidget(self.token_line, 1)
        token_row.addWidget(self.accounts)
        self.dest = QLineEdit(str(Path.home() / f"{self.project.slug}.zip"))
        self.browse = QPushButton("Browse…")
        self.dest_row = dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest, 1)
        dest_row.addWidget(self.browse)
        self.repo = QLineEdit(self.project.slug)
        self.public = QCheckBox("Public repository")
        self.team = QLineEdit()
        self.team.setPlaceholderText("only when the token has several teams")
        # what the deployed app will read (its Supabase URL and anon key), or that it lacks
        self.env_note = plain_label(QLabel())
        self.env_note.setWordWrap(True)
        self.dest_label = QLabel("Zip file")
        self.form = form = QFormLayout()
        form.addRow("Export to", self.target)
        form.addRow("", self.lock_line)
        form.addRow("", token_row)
        form.addRow(self.dest_label, dest_row)
        form.addRow("GitHub repository", self.repo)
        form.addRow("", self.public)
        form.addRow("Vercel team", self.team)
        form.addRow("", self.env_note)
        self.secrets = plain_label(QLabel())
        self.secrets.setWordWrap(True)
        self.include = QCheckBox("Also send the files listed above")
        self.secrets.hide()
        self.include.hide()
        self.bar = QProgressBar()  # "3/6 files": a bar, not a line a file in a log
        self.bar.setAccessibleName("Export progress")
        self.bar.hide()
        self.step = plain_label(QLabel())  # the step that is not a count ("signed in as …")
        self.step.hide()
        self.log = QPlainTextEdit(readOnly=True)  # a failed deploy's build log
        self.log.setMaximumHeight(120)
        self.log.setAccessibleName("Build log")
        self.log.hide()  # an empty box before anything ran read as a broken file list
        self.result = QLabel()
        self.result.setOpenExternalLinks(True)
        self.result.setWordWrap(True)
        self.go = QPushButton("Export")
        self.cancel = QPushButton("Close")
        # the dialog's one action, filled as every dialog's main button is (look14 left it
        # a plain button beside Close: Export and Close read as equals)
        theme.set_variant("primary", self.go)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.files_line = plain_label(QLabel(LOOKING))
        self.files_line.setWordWrap(True)
        layout.addWidget(self.files_line)
        self.not_approved = plain_label(QLabel())
        self.not_approved.setWordWrap(True)
        self.not_approved.setStyleSheet(f"color: {theme.colors()['warning']}")
        self.not_approved.hide()
        layout.addWidget(self.not_approved)
        self.checked = asyncio.ensure_future(self._look(project_id))
        layout.addWidget(self.secrets)
        layout.addWidget(self.include)
        layout.addWidget(self.bar)
        layout.addWidget(self.step)
        layout.addWidget(self.log)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.target.currentIndexChanged.connect(self._on_target_changed)
        self.go.clicked.connect(self._on_go_clicked)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self._on_target_changed(0)

    def _on_target_changed(self, _index: int) -> None:
        target = self.target.currentData()
        note = self.locked.get(target, "")
        self.lock_line.setText(note)
        self.lock_line.setStyleSheet(f"color: {theme.colors()['lock']}")
        self.lock_line.setVisible(bool(note))
        running = bool(self.task and not self.task.done())
        if not running:  # the last attempt's outcome belongs to the target it was made for
            self.result.clear()
            self.log.clear()
            for shown in (self.log, self.bar, self.step):
                shown.hide()
        self._show_token_state()
        # only the chosen target's rows: a zip export showed "GitHub repository" and "Vercel
        # team" boxes that looked editable (disabled fields barely differ in Fusion)
        local = target in ("zip", "folder")
        self.dest_label.setText("Folder" if target == "folder" else "Zip file")
        for field, shown in ((self.dest, local), (self.browse, local),
                             (self.repo, target == "github"), (self.public, target == "github"),
                             (self.team, target == "vercel")):
            field.setEnabled(shown)
        for row, shown in ((self.dest_row, local), (self.repo, target == "github"),
                           (self.public, target == "github"), (self.team, target == "vercel"),
                           (self.env_note, target == "vercel" and bool(self.env_note.text()))):
            self.form.setRowVisible(row, shown)
        self._fit_height()
        if target == "folder" and self.dest.text().endswith(".zip"):
            self.dest.setText(self.dest.text()[:-4])
        elif target == "zip" and not self.dest.text().endswith(".zip"):
            self.dest.setText(self.dest.text() + ".zip")

    def _on_browse_clicked(self) -> None:
        """A file dialog (Qt's own, opened without a nested loop) for the zip or folder."""
        folder = self.target.currentData() == "folder"
        picker = QFileDialog(self, "Export to folder" if folder else "Export to zip file",
                             str(Path(self.dest.text()).expanduser().parent))
        picker.setOption(QFileDialog.Option.DontUseNativeDialog)
        picker.setOption(QFileDialog.Option.DontConfirmOverwrite)  # Export asks, once
        if folder:
            picker.setFileMode(QFileDialog.FileMode.Directory)
        else:
            picker.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            picker.setNameFilter("Zip files (*.zip)")
            picker.setDefaultSuffix("zip")
            picker.selectFile(Path(self.dest.text()).name)
        picker.fileSelected.connect(self.dest.setText)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.open()
        self.picker = picker

    def _show_token_state(self, running: bool | None = None) -> None:
        """GitHub or Vercel without a token: said when the target is picked, with the way to
        add one, and Export waits for it (it said so only after the click). ``running``:
        whether an export goes on (by default: whether its task is still running)."""
        target = self.target.currentData()
        missing = (target in SERVICE_NAMES and target not in self.locked
                   and not has_token(self.ctx, target))
        if missing:
            self.token_line.setText(f"No {SERVICE_NAMES[target]} token is set yet: add one "
                                    "in Settings › Accounts.")
        self.form.setRowVisible(self.token_row, missing)
        if running is None:
            running = bool(self.task and not self.task.done())
        self.go.setEnabled(target not in self.locked and not missing and not running
                           and self.plan is not None)

    def recheck(self) -> None:
        """A token may have been added meanwhile (Settings saved, or the command line)."""
        self._show_token_state()
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.recheck()

    def _fit_height(self) -> None:
        """A dialog does not follow its wrapped labels' height (the Pro note's last line was
        cut off), and it only ever grew (taller at each attempt): it takes the height its
        contents need at this width."""
        self.result.setVisible(bool(self.result.text()))  # an empty line left a gap
        self.layout().activate()
        need = self.layout().totalHeightForWidth(self.width())
        if need > 0 and need != self.height():
            self.resize(self.width(), need)

    def _on_progress(self, message: str) -> None:
        """"3/6 files" moves the bar; any other step is the line under it."""
        count = re.search(r"(\d+)/(\d+)", message)
        if count is None:
            self.step.setText(message)
            self.step.show()
            return
        done, total = int(count.group(1)), int(count.group(2))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(f"{done} of {plural(total, 'file')}" if "files" in message else
                           f"{done} of {total}")

    def options(self, overwrite: bool = False) -> ExportOptions:
        return ExportOptions(target=self.target.currentData(),
                             dest=Path(self.dest.text()).expanduser(),
                             include_secrets=self.include.isChecked(),
                             repo=self.repo.text().strip() or None,
                             private=not self.public.isChecked(),
                             team=self.team.text().strip() or None, overwrite=overwrite)

    async def _look(self, project_id: str) -> None:
        """The project, looked at once in a worker thread; until then the file count's
        line says "Looking at the project…" and Export waits."""
        try:
            plan, note, line = await asyncio.to_thread(self._looked_at, project_id)
        except DevoraError as exc:  # its folder is gone, say
            with_error = f"Can't export it: {sentence(exc.one_line(window=True))}"
            with contextlib.suppress(RuntimeError):  # closed meanwhile
                self.files_line.setText(with_error)
            return
        try:
            self._show_plan(plan, note, line)
        except RuntimeError:  # the dialog was closed meanwhile: nothing to say it in
            pass

    def _looked_at(self, project_id: str) -> tuple[ExportPlan, str, str]:
        """Worker thread: the plan, the deployed app's note and the not-approved line."""
        plan = make_plan(self.ctx, project_id)
        return plan, deploy_note(plan.root, window=True), self._not_approved_line()

    def _show_plan(self, plan: ExportPlan, note: str, line: str) -> None:
        self.plan = plan
        count = len(plan.files)
        self.files_line.setText(f"{count} file{'s' if count != 1 else ''} (no .git, "
                                "node_modules, build output or .env files)")
        self.env_note.setText(note)
        if plan.secrets:
            lines = "\n".join(f"• {s.path}:{s.line} — {s.kind}" for s in plan.secrets[:8])
            self.secrets.setText(f"These files look like they hold secrets and are left out "
                                 f"unless you tick the box:\n{lines}")
        self.secrets.setVisible(bool(plan.secrets))
        self.include.setVisible(bool(plan.secrets))
        self.not_approved.setText(line)
        self.not_approved.setVisible(bool(line))
        self._on_target_changed(self.target.currentIndex())  # the note's row; Export

    def _not_approved_line(self) -> str:
        """What exports is the project as it is: said when its last run ended not approved
        and its version is still the project's (walk9 #8: a page with a known JS error was
        exported without a word)."""
        from devora_desktop.core.models import RunStatus

        runs = self.ctx.store.runs.list(project_id=self.project.id)
        last = runs[-1] if runs else None
        if last is None or last.status != RunStatus.NOT_APPROVED or last.version_id is None \
                or self.ctx.store.workspace(self.project.id).head() != last.version_id:
            return ""
        why = ((last.review or {}).get("verdict") or "").removeprefix("not approved")
        why = why.lstrip(": ")
        return ("The last run ended not approved" + (f" ({why})" if why else "") + ": the "
                "export holds that version as it is (fix it with another prompt first, or "
                "export it anyway).")

    def _on_go_clicked(self) -> None:
        if (self.task and not self.task.done()) or self.target.currentData() in self.locked \
                or self.plan is None:
            return
        opts = self.options()
        if opts.target not in ("zip", "folder") or not opts.dest:
            return self._start(opts)
        if self._asking is None or self._asking.done():  # (not self.task: no export runs)
            # what is there is looked at off the Qt thread (a folder of thousands of files)
            self._asking = asyncio.ensure_future(self._ask_over(opts))

    async def _ask_over(self, opts: ExportOptions) -> None:
        """Export, or first ask when something is there, naming what would be replaced."""
        assert self.plan is not None
        files = self.plan.files_to_send(opts.include_secrets)
        seen = await asyncio.to_thread(look, opts.dest, files)  # one look at the folder
        there, gone, merge = seen.said, seen.replaced, seen.folder
        if there is None:
            return self._start(opts)
        link = "symbolic link" in there
        # nothing of the folder replaced: not "Replace what is there?" (walk9 #8)
        title = "Export beside the files there?" if merge and not gone else \
            "Replace what is there?"
        confirm(self, title, f"{sentence(there)}.",
                "Replace the link" if link else "Export into it" if merge else "Replace it",
                lambda: self._start(self.options(overwrite=True)),
                detail="The link itself is replaced by the export; where it points is not "
                       "touched." if link else
                       "Every other file there stays as it is." if merge
                       else "The existing file is replaced by the new export.")

    def _start(self, opts: ExportOptions) -> None:
        self.go.setEnabled(False)
        self.cancel.setText("Stop")
        self.result.clear()
        self.log.clear()
        self.log.hide()
        self.step.clear()
        self.step.hide()
        self.bar.setRange(0, 0)  # busy until the first count
        self.bar.show()
        self._fit_height()
        self.task = asyncio.ensure_future(self.run_export(opts))

    async def run_export(self, opts: ExportOptions) -> str | None:
        try:
            result = await export_project(self.ctx, self.project.id, opts, self.plan,
                                          progress=self._on_progress)
        except DevoraError as exc:
            self.result.setText(f"<span style='color:{theme.colors()['error']}'>"
                                f"{html.escape(sentence(exc.one_line(window=True)))}</span>")
            return None
        except asyncio.CancelledError:
            self.result.setText("Stopped.")
            return None
        finally:
            self.cancel.setText("Close")
            # refused before any step (no token, say): no empty bar above the reason
            if self.bar.maximum() == 0:
                self.bar.hide()
            self._show_token_state(running=False)  # this task ends here
            self._fit_height()
        if not result.ok:
            for line in result.logs or []:
                self.log.appendPlainText(f"| {line}")
            self.log.show()
            self.result.setText(f"<span style='color:{theme.colors()['error']}'>The Vercel "
                                f"build failed</span>: "
                                f"<a href='{html.escape(result.location)}'>"
                                f"{html.escape(result.location)}</a>")
            self._fit_height()
            return None
        href = result.location if result.location.startswith("http") else \
            Path(result.location).as_uri()
        # the location names the project (a model chose its name): drawn as written
        self.result.setText(f"Done: <a href='{html.escape(href)}'>"
                            f"{html.escape(result.location)}</a>")
        self._fit_height()
        self.exported.emit(result.location)
        return result.location

    def _on_cancel_clicked(self) -> None:
        if self.task and not self.task.done():
            self.task.cancel()
        else:
            self.close()
