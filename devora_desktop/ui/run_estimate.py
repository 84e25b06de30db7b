"""What the next run will probably cost, said above the prompt before Run is pressed: a
model run's estimate appeared only in the feed once the run (and its spending) had begun.
Worked out off the Qt thread (choosing the provider probes local servers; a refinement
reads its project's files) a moment after the prompt, mode, model or project last changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from devora_desktop.agents.estimate import Estimate
    from devora_desktop.ui.shell import EstimateShell

#: how long the prompt rests before the estimate is worked out again
SETTLE_MS = 400


class RunEstimate(QObject):
    def __init__(self, window: EstimateShell) -> None:
        super().__init__(window.chat)
        self.w = window
        self.timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.timer.timeout.connect(self._work_out)
        self._asked = 0  # the latest request: an older answer arriving late is dropped
        chat = window.chat
        for changed in (chat.prompt.textChanged, chat.model.currentTextChanged):
            changed.connect(self.timer.start)
        chat.modes.idToggled.connect(lambda _i, on: on and self.timer.start())
        window.current.changed.connect(lambda _id: self.timer.start())
        window.status.provider_changed.connect(lambda _l, _b: self.timer.start())
        window.controller.running_changed.connect(self._on_running)

    def _on_running(self, running: bool) -> None:
        """A run's own line says its estimate; after it the project (and its size) moved."""
        if running:
            self.timer.stop()
            self._asked += 1
            self.w.chat.set_estimate("")
        else:
            self.timer.start()

    def _work_out(self) -> None:
        chat, ctx = self.w.chat, self.w.ctx
        prompt = chat.prompt.toPlainText().strip()
        self._asked += 1
        # no AI run left today: the plan refuses the run, which costs nothing (an estimate
        # there read as a run about to go, walk13 #17); the plan badge says why
        if ctx is None or not prompt or self.w.status.offline or self.w.controller.going \
                or chat.locked_note() or self.w.status.ai_runs_left() == 0:
            return chat.set_estimate("")
        self.w.tasks.spawn(self._estimate(self._asked, prompt, chat.mode(), self.w.current.id,
                                          chat.model.currentText().strip() or None),
                           name="run-estimate")

    async def _estimate(self, asked: int, prompt: str, mode, project_id: str | None,
                        model: str | None) -> None:
        import asyncio

        from devora_desktop.agents.launch import estimate_before
        from devora_desktop.core.errors import DevoraError
        from devora_desktop.progress import estimate_words, over_budget_words

        ctx, options = self.w.ctx, self.w.controller.options

        def work() -> Estimate | None:
            return asyncio.run(estimate_before(ctx, prompt, mode, project_id=project_id,
                                               model=model, options=options))

        try:
            est = await asyncio.to_thread(work)
        except (DevoraError, OSError):  # no provider ready: the status bar says why
            est = None
        if asked != self._asked:
            return
        if est is None:
            return self.w.chat.set_estimate("")
        words = estimate_words(est.usd, est.fix_usd, est.typical)
        over = over_budget_words(est.usd, est.fix_usd, ctx.settings.budget_usd)
        self.w.chat.set_estimate(f"{words} — {over}" if words and over else words)
