"""ContextCompressor: keeps every request inside the model's window.

Tokens are estimated from characters with a ratio calibrated by the usage providers report.
Above 85% of the window, older conversation turns are summarised by a ``compressor`` model
call (an extractive summary if that call fails), and file bodies give way to the manifest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from devora_desktop.agents import prompts
from devora_desktop.agents.base import BaseAgent
from devora_desktop.core.errors import BudgetExceeded, DevoraError
from devora_desktop.core.llm.base import ChatMessage
from devora_desktop.core.models import Message

BUDGET_SHARE = 0.85
KEEP_RECENT = 4


class TokenEstimator:
    """chars/token, starting at 4 and calibrated by reported prompt tokens (moving average)."""

    def __init__(self, chars_per_token: float = 4.0) -> None:
        self.ratio = chars_per_token

    def count(self, text: str) -> int:
        return int(len(text) / self.ratio) + 1 if text else 0

    def count_messages(self, messages: list[ChatMessage]) -> int:
        return sum(self.count(m["content"]) + 4 for m in messages) + 2

    def calibrate(self, messages: list[ChatMessage], reported_prompt_tokens: int) -> None:
        chars = sum(len(m["content"]) for m in messages)
        if reported_prompt_tokens > 50 and chars > 200:
            observed = chars / reported_prompt_tokens
            self.ratio = max(1.5, min(8.0, 0.7 * self.ratio + 0.3 * observed))


def extractive_summary(messages: list[Message], limit: int = 1200) -> str:
    """First sentence of each user turn and the outcome of each run: no model needed."""
    lines = []
    for m in messages:
        first = re.split(r"(?<=[.!?])\s", m.content.strip(), maxsplit=1)[0]
        who = "user asked" if m.role == "user" else "result"
        lines.append(f"- {who}: {first[:160]}")
    text = "\n".join(lines)
    return text if len(text) <= limit else text[-limit:]


class CompressorAgent(BaseAgent):
    name = "compressor"

    async def summarise(self, previous: str, turns: list[Message]) -> str:
        body = "\n".join(f"{'user' if m.role == 'user' else 'devora'}: {m.content}"
                         for m in turns)
        if previous:
            body = f"Earlier summary: {previous}\n\n{body}"
        messages: list[ChatMessage] = [{"role": "system", "content": prompts.COMPRESSOR},
                                       {"role": "user", "content": body}]
        text = (await self.call_text(messages)).strip()
        if not text:
            raise DevoraError("the compressor answered nothing")
        return text[:2000]


async def compress_conversation(agent: CompressorAgent | None, summary: str,
                                messages: list[Message], fits) -> tuple[str, int, str]:
    """Summarise older turns until ``fits(summary, recent)`` holds.

    Returns (summary, how many messages it covers, method). ``agent`` None or failing falls
    back to the extractive summary.
    """
    keep = min(KEEP_RECENT, len(messages))
    older, recent = messages[: len(messages) - keep], messages[len(messages) - keep:]
    if not older:
        return summary, 0, "none"
    method = "model"
    new_summary = ""
    if agent is not None:
        try:
            new_summary = await agent.summarise(summary, older)
        except BudgetExceeded:
            raise
        except DevoraError:
            new_summary = ""
    if not new_summary:
        method = "extractive"
        new_summary = (summary + "\n" if summary else "") + extractive_summary(older)
    while not fits(new_summary, recent) and len(new_summary) > 200:
        new_summary = new_summary[len(new_summary) // 4:]
    return new_summary, len(older), method


#: The answer's room in the window: at least this many tokens, else 1 - BUDGET_SHARE of it.
ANSWER_MIN_TOKENS = 512
_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,}")


def prompt_budget(window: int) -> int:
    """Tokens a request may take from a ``window``-token model, leaving room for the answer."""
    return max(0, window - max(ANSWER_MIN_TOKENS, int(window * (1 - BUDGET_SHARE))))


def rank_by_relevance(files: dict[str, str], request: str, first: Iterable[str] = ()) -> list[str]:
    """Paths, most relevant first: the ones named in ``first`` (files the agent must change,
    that review named, or that this run wrote), then by how many of the request's words the
    path and text share, smaller files first on a tie."""
    pinned = [p for p in dict.fromkeys(first) if p in files]
    words = {w.lower() for w in _WORDS.findall(request)}

    def score(path: str) -> tuple[int, int]:
        text = files[path]
        found = {w.lower() for w in _WORDS.findall(path + " " + text[:20_000])}
        return (-len(words & found), len(text))

    rest = sorted((p for p in files if p not in pinned), key=score)
    return pinned + rest


def fit_files(build: Callable[[dict[str, str]], list[ChatMessage]], files: dict[str, str],
              limit: int, estimator: TokenEstimator, request: str,
              first: Iterable[str] = ()) -> tuple[list[ChatMessage], list[str]]:
    """The request built with as many of ``files`` as fit in ``limit`` tokens, dropping the
    least relevant first. Returns (messages, paths left out). Files are dropped whole, never
    cut: an agent that sends files back complete must not see half of one."""
    msgs = build(files)
    if estimator.count_messages(msgs) <= limit:
        return msgs, []
    order = rank_by_relevance(files, request, first)
    lo, hi = 0, len(order)  # the largest prefix of ``order`` that fits (binary search)
    best = build({})
    while lo < hi:
        mid = (lo + hi + 1) // 2
        candidate = build({p: files[p] for p in order[:mid]})
        if estimator.count_messages(candidate) <= limit:
            lo, best = mid, candidate
        else:
            hi = mid - 1
    if lo == 0:
        best = build({})
    return best, order[lo:]


def left_out_notice(paths: list[str], window: int) -> str:
    shown = ", ".join(paths[:5]) + (f" and {len(paths) - 5} more" if len(paths) > 5 else "")
    return (f"left out of this request to fit the model's {window:,}-token window: {shown}; "
            "pick a model with a larger window to include them")
