"""Starting a run with the user's settings: the one place the GUI and the CLI turn "this
prompt, this mode" into a provider, a RunRequest and a license-gated Orchestrator run."""

from __future__ import annotations

from devora_desktop.agents.checking import ConsentAsk, ProjectChecks, SandboxProbe
from devora_desktop.agents.orchestrator import EngineOptions, Orchestrator, Run, RunRequest
from devora_desktop.agents.providers import ProviderChoice, choose_provider
from devora_desktop.core.context import AppContext
from devora_desktop.core.licensing import LicenseManager
from devora_desktop.core.models import Mode


async def start_run(ctx: AppContext, prompt: str, mode: Mode, *,
                    project_id: str | None = None, project_name: str | None = None,
                    provider: str | None = None, base_url: str | None = None,
                    model: str | None = None, max_cost: float | None = None,
                    max_tokens: int | None = None,
                    options: EngineOptions | None = None, checks: bool | None = None,
                    ask_consent: ConsentAsk | None = None,
                    sandbox: SandboxProbe | None = None,
                    images: list[bytes] | None = None) -> tuple[Run, ProviderChoice]:
    """The caller iterates the run and then closes ``choice.provider``. An explicit model
    applies to every agent; otherwise Settings' per-agent models do.

    ``checks`` is the caller's explicit yes/no to running the generated code (CLI
    ``--checks``/``--no-checks``); None follows Settings.run_checks and the project's answer,
    and ``ask_consent(project, risk)`` asks the user when neither knows and ``sandbox()`` does
    not report the code confined (agents/checking.py).

    ``images`` (PNG bytes) go to the agents that see when the model reads images; else
    ``choice.image_note`` says why they were not used (agents/images.py)."""
    settings = ctx.settings
    choice = await choose_provider(ctx, provider, base_url=base_url, model=model)
    try:
        await choice.provider.refresh_catalogue()
        provider = choice.provider
        if images:
            from devora_desktop.agents.images import MAX_IMAGES, WithImages, data_url, image_note

            reads = None if choice.offline else choice.provider.model_info(choice.model).images
            choice.image_note = image_note(len(images), offline=choice.offline,
                                           model=choice.model, reads_images=reads)
            if not choice.image_note:
                provider = WithImages(provider, [data_url(b) for b in images[:MAX_IMAGES]])
        request = RunRequest(
            prompt=prompt, provider=provider, model=choice.model, mode=mode,
            provider_name=choice.name, project_id=project_id, project_name=project_name,
            agent_models={} if model or choice.offline else dict(settings.agent_models),
            max_usd=max_cost if max_cost is not None else settings.budget_usd,
            max_tokens=max_tokens if max_tokens is not None else settings.budget_tokens,
            preferences=list(settings.preferences),
            checks=ProjectChecks(ctx.store, choice=checks, ask=ask_consent, sandbox=sandbox))
        run = Orchestrator(ctx.store, options, LicenseManager(ctx).entitlements()).start(
            request)
    except BaseException:
        await choice.provider.aclose()
        raise
    return run, choice
