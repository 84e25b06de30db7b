"""The one interface agents use to talk to any model, and the helpers every provider shares."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NotRequired, Protocol, TypedDict, runtime_checkable

from devora_desktop.core.models import Usage

if TYPE_CHECKING:
    from devora_desktop.core.llm.catalogue import ModelInfo


class Brief(TypedDict, total=False):
    """What a request asks, as data beside its prose, for a provider that answers without
    reading text (the offline templates). Agents attach it to their request's user message;
    it never reaches the wire."""

    agent: str
    request: str                # the person's words
    mode: str                   # quick | web | fullstack, when the agent knows it
    refinement: bool            # the project exists: change it, do not create it
    plan: dict                  # the plan's shared part (name, template, stack, ...)
    files: list[str]            # the paths this call writes
    others: list[dict]          # the other agents' files: {"path", "owner"}
    current: dict[str, str]     # the current text of files this call may change
    shape: str                  # the app the person chose for the offline templates


class ChatMessage(TypedDict):
    role: str
    content: str
    #: Characters at the start of ``content`` that stay the same across calls: a prompt-cache
    #: breakpoint goes after them (see ``core.llm.caching``).
    cache_prefix: NotRequired[int]
    #: The request as data (offline provider); not sent.
    brief: NotRequired[Brief]
    #: Images the person attached, as ``data:`` URLs: sent as OpenAI-format ``image_url``
    #: content parts after the text (``core.llm.caching.wire_messages``).
    images: NotRequired[list[str]]


@dataclass
class CallParams:
    temperature: float | None = 0.2
    max_tokens: int | None = None
    response_format_json: bool = False
    extra: dict = field(default_factory=dict)


@runtime_checkable
class ChatProvider(Protocol):
    """Everything the engine uses of a provider. ``stream_chat`` yields text deltas (str) and
    ends with exactly one :class:`Usage`; ``model_info`` gives a model's window and prices,
    None when there is no model behind it (the offline templates: no window, no cost);
    ``refresh_catalogue`` updates what ``model_info`` knows before a run."""

    name: str
    label: str

    def stream_chat(self, messages: list[ChatMessage], model: str, agent: str,
                    params: CallParams | None = None) -> AsyncIterator[str | Usage]: ...

    def model_info(self, model: str) -> ModelInfo | None: ...

    async def refresh_catalogue(self) -> None: ...

    async def aclose(self) -> None: ...


def estimate_tokens(text: str) -> int:
    """~4 characters per token for English and code; good enough for budgets and estimates."""
    return max(1, (len(text) + 3) // 4) if text else 0


def estimate_messages_tokens(messages: list[ChatMessage]) -> int:
    return sum(estimate_tokens(m["content"]) + 4 for m in messages) + 2


async def collect(stream: AsyncIterator[str | Usage]) -> tuple[str, Usage]:
    """Drain a stream into (text, usage): for calls whose deltas nobody watches."""
    parts: list[str] = []
    usage = Usage()
    async for item in stream:
        if isinstance(item, Usage):
            usage = item
        else:
            parts.append(item)
    return "".join(parts), usage
