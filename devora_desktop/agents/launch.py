"""Starting a run with the user's settings: the one place the GUI and the CLI turn "this
prompt, this mode" into a provider, a RunRequest and a license-gated Orchestrator run."""

from __future__ import annotations

import asyncio
import logging

from devora_desktop.agents.checking import ConsentAsk, ProjectChecks, SandboxProbe
from devora_desktop.agents.estimate import Estimate
from devora_desktop.agents.orchestrator import (
    EngineOptions,
    Orchestrator,
    Run,
    RunRequest,
    estimate_for,
    file_sizes,
    warm_up,
)
from devora_desktop.agents.providers import ProviderChoice, choose_provider
from devora_desktop.agents.shape_question import ShapeAsk
from devora_desktop.core.context import AppContext
from devora_desktop.core.licensing import LicenseManager
from devora_desktop.core.models import Mode

log = logging.getLogger(__name__)


class start_run:  # lower case: called like a function, `async with start_run(...) as (run, c)`
    """Start a run with the user's settings; leaving the ``async with`` closes what it
    opened: a run still going is stopped (and rolled back), and the provider's connections
    are closed, whatever ended the block. An explicit model applies to every agent;
    otherwise Settings' per-agent models do.

    ``checks`` is the caller's explicit yes/no to running the generated code (CLI
    ``--checks``/``--no-checks``); None follows Settings.run_checks and the project's answer,
    and ``ask_consent(project, risk)`` asks the user when neither knows and ``sandbox()`` does
    not report the code confined (agents/checking.py).

    ``images`` (PNG bytes) go to the agents that see when the model reads images; else
    ``choice.image_note`` says why they were not used (agents/images.py).

    ``shape`` (``--shape``) and ``ask_shape(choices)`` are for the offline templates: the app
    to build, and who picks it when the prompt reads as more than one
    (agents/shape_question.py); a model plans from the words and never sees them."""

    def __init__(self, ctx: AppContext, prompt: str, mode: Mode, *,
                 project_id: str | None = None, project_name: str | None = None,
                 provider: str | None = None, base_url: str | None = None,
                 model: str | None = None, max_cost: float | None = None,
                 max_tokens: int | None = None,
                 options: EngineOptions | None = None, checks: bool | None = None,
                 ask_consent: ConsentAsk | None = None,
                 sandbox: SandboxProbe | None = None,
                 images: list[bytes] | None = None,
                 shape: str | None = None, ask_shape: ShapeAsk | None = None) -> None:
        self.ctx, self.prompt, self.mode = ctx, prompt, mode
        self.project_id, self.project_name = project_id, project_name
        self.provider, self.base_url, self.model = provider, base_url, model
        self.max_cost, self.max_tokens, self.options = max_cost, max_tokens, options
        self.checks, self.ask_consent, self.sandbox = checks, ask_consent, sandbox
        self.images = images
        self.shape, self.ask_shape = shape, ask_shape
        self.run: Run | None = None
        self.choice: ProviderChoice | None = None

    async def __aenter__(self) -> tuple[Run, ProviderChoice]:
        ctx, settings = self.ctx, self.ctx.settings
        # What the run loads on first use loads while the provider and its catalogue open.
        warming = asyncio.get_running_loop().run_in_executor(None, warm_up)
        warming.add_done_callback(_settled)
        self.choice = choice = await choose_provider(ctx, self.provider, base_url=self.base_url,
                                                     model=self.model)
        try:
            await choice.provider.refresh_catalogue()
            provider = choice.provider
            if self.images:
                from devora_desktop.agents.images import (
                    MAX_IMAGES,
                    WithImages,
                    data_url,
                    image_note,
                )

                info = None if choice.offline else choice.provider.model_info(choice.model)
                reads = info.images if info is not None else None
                choice.image_note = image_note(len(self.images), offline=choice.offline,
                                               model=choice.model, reads_images=reads)
                if not choice.offline and reads is not False:  # unknown: sent, and said
                    provider = WithImages(provider,
                                          [data_url(b) for b in self.images[:MAX_IMAGES]])
            request = RunRequest(
                prompt=self.prompt, provider=provider, model=choice.model,
                mode=self.mode, provider_name=choice.name, project_id=self.project_id,
                project_name=self.project_name,
                agent_models={} if self.model or choice.offline else dict(settings.agent_models),
                max_usd=self.max_cost if self.max_cost is not None else settings.budget_usd,
                max_tokens=(self.max_tokens if self.max_tokens is not None
                            else settings.budget_tokens),
                budget_hints=self._budget_hints(),
                preferences=list(settings.preferences),
                checks=ProjectChecks(ctx.store, choice=self.checks, ask=self.ask_consent,
                                     sandbox=self.sandbox),
                images=len(self.images or []), image_note=choice.image_note,
                shape=self.shape if choice.offline else None,
                ask_shape=self.ask_shape if choice.offline else None)
            self.run = Orchestrator(ctx.store, self.options,
                                    LicenseManager(ctx).entitlements()).start(request)
        except BaseException:
            await asyncio.shield(choice.provider.aclose())
            raise
        return self.run, choice

    def _budget_hints(self) -> dict[str, str]:
        """A cap from the settings is raised there, said as the window names it; one given
        on the command line (``--max-cost``, ``--max-tokens``) keeps the flag's words."""
        hints = {}
        if self.max_cost is None:
            hints["usd_hint"] = "raise Budget per run in Settings › Runs"
        if self.max_tokens is None:
            hints["tokens_hint"] = "raise it with: devora settings set budget_tokens N"
        return hints

    async def __aexit__(self, *exc: object) -> None:
        try:
            if self.run is not None and not self.run.done:
                await asyncio.shield(self.run.close())
        finally:
            if self.choice is not None:
                await asyncio.shield(self.choice.provider.aclose())


async def estimate_before(ctx: AppContext, prompt: str, mode: Mode, *,
                          project_id: str | None = None, model: str | None = None,
                          options: EngineOptions | None = None, provider: str | None = None,
                          base_url: str | None = None) -> Estimate | None:
    """What a run of ``prompt`` would probably cost with the provider and model it would
    use now (``provider``, ``base_url``: the CLI's, as start_run takes them), before it is
    started (the window shows it beside Run: it was said only in the feed, once the money
    was committed). None: the offline templates, which cost nothing, or a model whose
    prices nobody knows. Reads the project's files: call it off the Qt thread."""
    choice = await choose_provider(ctx, provider, base_url=base_url, model=model)
    try:
        if choice.offline:
            return None
        await choice.provider.refresh_catalogue()
        info = choice.provider.model_info(choice.model)
        if info is None:
            return None
        ws = ctx.store.workspace(project_id) if project_id else None
        refinement = ws is not None and ws.head() is not None
        est = estimate_for(ctx.store, mode, refinement=refinement,
                           sizes=file_sizes(ws) if ws is not None and refinement else {},
                           model=choice.model, info=info, prompt=prompt,
                           options=options or EngineOptions(), offline=False)
        return est if est.usd is not None else None
    finally:
        await choice.provider.aclose()


def _settled(future: asyncio.Future) -> None:
    """A warm-up that failed is only a slower start: what failed fails again, and is
    reported, where the run uses it."""
    if not future.cancelled() and future.exception() is not None:
        log.debug("warm-up failed", exc_info=future.exception())
