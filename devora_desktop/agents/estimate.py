"""What a run will probably cost, shown before it starts. Pure: no I/O, no provider calls.

The figures are rough on purpose (typical output sizes per agent, ~4 characters a token);
they exist so a user sees "~$0.04" before pressing on, and so the fix budget's worst case is
visible as its own line rather than a surprise.
"""

from __future__ import annotations

from dataclasses import dataclass

from devora_desktop.agents import registry
from devora_desktop.core.llm.catalogue import ModelInfo
from devora_desktop.core.models import Mode

#: A fix round resends about half the owners' files and asks the Reviewer again.
FIX_SHARE = 0.5


@dataclass(frozen=True)
class Estimate:
    tokens: int | None
    usd: float | None
    fix_tokens: int | None   # the whole fix budget, worst case (every round used)
    fix_usd: float | None
    #: a new project's output guessed from the registry's typical sizes, not yet from what
    #: this model wrote before: the window and CLI say "for a typical app", not "up to"
    typical: bool = False


#: The output a model wrote for a new project over what the registry's typical sizes say,
#: kept per model (``output_scale``): a model that writes 4x the typical app is estimated so.
SCALE_RANGE = (0.25, 16.0)


def typical_output(mode: Mode) -> int:
    """What the registry says a new project's code agents write, in tokens."""
    return sum(registry.AGENTS[a].output_tokens for a in registry.team(Mode(mode).value)
               if registry.AGENTS[a].kind in ("code", "quick"))


def estimate_run(mode: Mode, *, refinement: bool, prompt_tokens: int, project_bytes: int,
                 model: ModelInfo | None, offline: bool, fix_budget: int,
                 shard_tokens: int | None = None, largest_bytes: int = 0, files: int = 0,
                 chars_per_token: float = 4.0, output_scale: float | None = None) -> Estimate:
    """``prompt_tokens``: the request's own size; ``project_bytes``, ``largest_bytes``,
    ``files``: the project's files (a refinement); ``model``: prices, when the provider knows
    them; ``shard_tokens``: a code agent writes through a worker per this much output, and
    each worker sends its own request (build_step); ``output_scale``: what this model wrote
    for a new project over the typical sizes, when it has written one."""
    if offline:
        return Estimate(0, 0.0, 0, 0.0)
    specs = [registry.AGENTS[a] for a in registry.team(Mode(mode).value)]
    writers = [s.name for s in specs if s.kind in ("code", "quick")]
    if refinement:
        return _refinement(specs, writers, prompt_tokens, model, fix_budget,
                           project=int(project_bytes / chars_per_token),
                           largest=int(largest_bytes / chars_per_token), files=files)
    scale = output_scale or 1.0
    # typical completion tokens per agent for a new project (the registry's output_tokens),
    # the writers' as this model writes them
    out = {s.name: int(s.output_tokens * (scale if s.name in writers else 1)) for s in specs}
    prompt_each = 1500 + prompt_tokens
    completion = sum(out.values())
    # workers are cut from the plan's file kinds (build_step), not from what a model writes
    requests = sum(-(-s.output_tokens // shard_tokens)
                   if shard_tokens and s.name in writers and s.name != "quick" else 1
                   for s in specs)
    prompt = prompt_each * requests + completion   # the reviewer reads what the others wrote
    review = sum(out[s.name] for s in specs if s.kind == "review")
    fix_completion = int(sum(out[a] for a in writers) * FIX_SHARE) + review
    fix_prompt = prompt_each * (len(writers) + 1) + int(completion * FIX_SHARE)
    return _priced(model, prompt, completion, fix_prompt, fix_completion, fix_budget,
                   typical=output_scale is None)


def _refinement(specs, writers: list[str], prompt_tokens: int, model: ModelInfo | None,
                fix_budget: int, *, project: int, largest: int, files: int) -> Estimate:
    """A change to a project, before its plan: the Architect reads the file list, one worker
    rewrites the project's largest file whole (agents send complete files), the Reviewer
    reads the project; a fix round asks that worker and the Reviewer again. Sized from the
    project, so a one-file change to a small app costs less than building it did."""
    base = 1500 + prompt_tokens
    plan = next((s.output_tokens // 2 for s in specs if s.kind == "plan"), 0)
    review = sum(s.output_tokens for s in specs if s.kind == "review")
    architect = base + 15 * files           # one manifest line a file
    worker = base + largest if writers else 0
    changed = largest if writers else 0
    reviewer = base + project if review else 0  # the changed file is one of the project's
    prompt = architect + worker + reviewer
    completion = plan + changed + review
    fix_prompt = worker + reviewer
    fix_completion = changed + review
    return _priced(model, prompt, completion, fix_prompt, fix_completion, fix_budget)


def _priced(model: ModelInfo | None, prompt: int, completion: int, fix_prompt: int,
            fix_completion: int, rounds: int, *, typical: bool = False) -> Estimate:
    tokens = prompt + completion
    fix_tokens = (fix_prompt + fix_completion) * rounds
    if model is None:
        return Estimate(tokens, None, fix_tokens, None, typical)
    return Estimate(tokens, model.cost(prompt, completion), fix_tokens,
                    model.cost(fix_prompt * rounds, fix_completion * rounds), typical)


def estimate_plan(outputs: list[int], *, current: int, project: int, workers: int,
                  prompt_tokens: int, model: ModelInfo | None, fix_budget: int) -> Estimate:
    """What a refinement's plan will cost from here, once its files are known: each planned
    file written whole (``outputs``: the tokens of each; agents send complete files, not
    edits), ``workers`` requests that carry the ``current`` text of the existing files they
    write, the Reviewer reading the ``project`` as it will be; a fix round asks the writers
    and the Reviewer again."""
    base = 1500 + prompt_tokens
    review = registry.AGENTS["reviewer"].output_tokens if "reviewer" in registry.AGENTS else 0
    written = sum(outputs)
    prompt = base * workers + current + base + project
    completion = written + review
    return _priced(model, prompt, completion, prompt, completion, fix_budget)
