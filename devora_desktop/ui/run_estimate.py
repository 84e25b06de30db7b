"""What the next run will probably cost, said above the prompt before Run is pressed: a
model run's estimate appeared only in the feed once the run (and its spending) had begun.
Worked out off the Qt thread (choosing the provider probes local servers; a refinement
reads its project's files) a moment after the prompt, mode, model or project last changed.

A run whose estimate is over the budget per run asks before it starts (walk23 #13: it
started without a word and stopped at the cap, having spent for nothing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from devora_desktop.agents.estimate import Estimate
    from devora_desktop.ui.shell import EstimateShell

#: how long the prompt rests before the estimate is worked out again
SETTLE_MS = 400
#: the question before a run whose estimate is over the budget per run
OVER_BUDGET = "This run may cost about {usd}, over your {budget} budget per run."
#: what Run anyway means: the cap still holds, and a run stopped at it keeps nothing
OVER_BUDGET_DETAIL = ("If it reaches {budget} it stops there and keeps nothing it wrote. "
                      "To let it go further, Cancel and raise Budget per run in "
                      "Settings › Runs.")


class RunEstimate(QObject):
    def __init__(self, window: EstimateShell) -> None:
        super().__init__(window.chat)
        self.w = window
        self.timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.timer.timeout.connect(self._work_out)
        self._asked = 0  # the latest request: an older answer arriving late is dropped
        #: the last estimate worked out: (prompt, mode, project, model) and its answer
        self.known: tuple[tuple, Estimate | None] | None = None
        #: Run was pressed before the estimate was known: it waits for it (once)
        self.waiting = False
        chat = window.chat
        for changed in (chat.prompt.textChanged, chat.model.currentTextChanged):
            changed.connect(self.timer.start)
        chat.modes.idToggled.connect(lambda _i, on: on and self.timer.start())
        window.current.changed.connect(lambda _id: self.timer.start())
        window.status.provider_changed.connect(self._on_provider)
        window.controller.running_changed.connect(self._on_running)

    def _on_provider(self, _label: str, _banner: str) -> None:
        """Another provider (and its prices): what was worked out before no longer holds."""
        self.known = None
        self.timer.start()

    def _on_running(self, running: bool) -> None:
        """A run's own line says its estimate; after it the project (and its size) moved."""
        if running:
            self.timer.stop()
            self._asked += 1
            self.known = None
            self.w.chat.set_estimate("")
        else:
            self.timer.start()

    def _request(self) -> tuple:
        """What the estimate depends on, as the window holds it now."""
        chat = self.w.chat
        return (chat.prompt.toPlainText().strip(), chat.mode(), self.w.current.id,
                chat.model.currentText().strip() or None)

    def _costs_nothing(self) -> bool:
        """No model run follows: the offline templates, a locked mode, no AI run left
        today (the plan refuses the run, which costs nothing: an estimate there read as a
        run about to go, walk13 #17; the plan badge says why)."""
        return self.w.ctx is None or self.w.status.offline or bool(self.w.chat.locked_note()) \
            or self.w.status.ai_runs_left() == 0

    def _work_out(self) -> None:
        request = self._request()
        self._asked += 1
        if not request[0] or self.w.controller.going or self._costs_nothing():
            return self.w.chat.set_estimate("")
        self.w.tasks.spawn(self._estimate(self._asked, request), name="run-estimate")

    def before_run(self, go: Callable[[], object], request: tuple) -> None:
        """A run of ``request`` (prompt, mode, project, model) was asked for: ``go`` starts
        it, at once unless its estimate is over the budget per run; then the person is
        asked first (Run anyway / Cancel, Cancel the default). An estimate not worked out
        yet (Run pressed as the prompt was typed) is worked out first. The request is the
        run's, not the box's: Ask the agents to fix this runs a request the box does not
        hold (review24 #15: the question quoted the box's draft, or nothing for an empty
        box); its estimate is not said above the box."""
        budget = self.w.ctx.settings.budget_usd if self.w.ctx is not None else None
        if not budget or self._costs_nothing():
            go()
            return
        if self.known is not None and self.known[0] == request:
            self._ask(self.known[1], budget, go)
            return
        if self.waiting:  # a second press while the first waits for its estimate
            return
        boxed = request == self._request()
        if boxed:  # this answer is the box's: a pending one would say the same
            self.timer.stop()
            self._asked += 1
        self.waiting = True

        async def then() -> None:
            try:
                est = await self._estimate(self._asked if boxed else None, request)
            finally:
                self.waiting = False
            self._ask(est, budget, go)

        self.w.tasks.spawn(then(), name="run-estimate")

    def _ask(self, est: Estimate | None, budget: float, go: Callable[[], object]) -> None:
        from devora_desktop.agents.base import money
        from devora_desktop.ui.confirm import confirm

        if est is None or not est.usd or est.usd <= budget:
            go()
            return
        confirm(self.w, "Over your budget per run",
                OVER_BUDGET.format(usd=f"${est.usd:.3f}", budget=money(budget)),
                "Run anyway", go, detail=OVER_BUDGET_DETAIL.format(budget=money(budget)))

    async def _estimate(self, asked: int | None, request: tuple) -> Estimate | None:
        """The estimate of ``request`` (None: none is known), said above the prompt unless
        something changed meanwhile (``asked`` None: not the box's request, never said)."""
        import asyncio

        from devora_desktop.agents.launch import estimate_before
        from devora_desktop.core.errors import DevoraError
        from devora_desktop.progress import estimate_words, over_budget_words

        ctx, options = self.w.ctx, self.w.controller.options
        prompt, mode, project_id, model = request

        def work() -> Estimate | None:
            return asyncio.run(estimate_before(ctx, prompt, mode, project_id=project_id,
                                               model=model, options=options))

        try:
            est = await asyncio.to_thread(work)
        except (DevoraError, OSError):  # no provider ready: the status bar says why
            est = None
        if asked is None or asked != self._asked:
            return est
        self.known = (request, est)
        if est is None:
            self.w.chat.set_estimate("")
            return est
        words = estimate_words(est.usd, est.fix_usd, est.typical)
        over = over_budget_words(est.usd, est.fix_usd, ctx.settings.budget_usd)
        self.w.chat.set_estimate(f"{words} — {over}" if words and over else words)
        return est
