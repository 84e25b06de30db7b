"""ContextCompressor: keeps every request inside the model's window.

Tokens are estimated from characters with a ratio calibrated by the usage providers report.
Above 85% of the window, older conversation turns are summarised by a ``compressor`` model
call (an extractive summary if that call fails), and file bodies give way to the manifest.
"""

from __future__ import annotations

import re

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
