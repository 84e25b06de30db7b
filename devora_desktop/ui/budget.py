"""A run the budget per run stopped: the words its line and the composer say, and when the
budget counts as raised (Run again, and Run on the same prompt, then go on past the cap)."""

from __future__ import annotations

#: the way forward after a budget stop: Settings › Runs, where the budget is raised
RAISE = "Raise the budget…"
#: why Run again (and Run on the same prompt) waits until the budget is raised
AT_THE_CAP = "It would stop at the same budget: raise the budget first"


def raised(before: float | None, now: float | None) -> bool:
    """Whether a budget per run saved as ``now`` (``before`` when Settings opened) lets a
    run go past where ``before`` stopped it: higher, or no budget at all."""
    return now != before and (now is None or (before is not None and now > before))
