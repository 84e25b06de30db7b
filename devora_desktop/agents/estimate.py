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


def estimate_run(mode: Mode, *, refinement: bool, prompt_tokens: int, project_bytes: int,
                 model: ModelInfo | None, offline: bool, fix_budget: int,
                 shard_tokens: int | None = None) -> Estimate:
    """``prompt_tokens``: the request's own size; ``project_bytes``: the project's files (a
    refinement sends the ones it changes); ``model``: prices, when the provider knows them;
    ``shard_tokens``: a code agent writes through a worker per this much output, and each
    worker sends its own request (build_step)."""
    if offline:
        return Estimate(0, 0.0, 0, 0.0)
    specs = [registry.AGENTS[a] for a in registry.team(Mode(mode).value)]
    # typical completion tokens per agent for a new project (the registry's output_tokens)
    out = {s.name: s.output_tokens // (2 if refinement else 1) for s in specs}
    writers = {s.name for s in specs if s.kind in ("code", "quick")}
    prompt_each = 1500 + prompt_tokens
    if refinement:
        prompt_each += min(20_000, project_bytes // 8)
    completion = sum(out.values())
    requests = sum(-(-out[a] // shard_tokens) if shard_tokens and a in writers and a != "quick"
                   else 1 for a in out)
    prompt = prompt_each * requests + completion   # the reviewer reads what the others wrote
    tokens = completion + prompt
    rounds = fix_budget
    code = [a for a in out if a in writers]
    review = sum(out[s.name] for s in specs if s.kind == "review")
    fix_completion = int(sum(out[a] for a in code) * FIX_SHARE) + review
    fix_prompt = prompt_each * (len(code) + 1) + int(completion * FIX_SHARE)
    fix_tokens = (fix_completion + fix_prompt) * rounds
    if model is None:
        return Estimate(tokens, None, fix_tokens, None)
    return Estimate(tokens, model.cost(prompt, completion), fix_tokens,
                    model.cost(fix_prompt * rounds, fix_completion * rounds))
