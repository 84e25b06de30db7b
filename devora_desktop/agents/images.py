"""Images in the prompt (a screenshot, a mockup): they reach the agents that shape what the
app looks like — the Architect plans from them, the Frontend and Quick agents build from
them — as OpenAI-format image parts of their request's last user message. Other agents (the
Backend, the Reviewer) get the words only.

Models that cannot read images are told apart before the run when their provider says so
(OpenRouter's ``input_modalities``); the offline templates never can. :func:`image_note`
is the one line a person reads then; the run goes on with the words."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from dataclasses import dataclass

from devora_desktop.core.llm.base import ChatMessage

SEEING_AGENTS = frozenset({"architect", "frontend", "quick"})
MAX_IMAGES = 4


def data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def image_note(count: int, *, offline: bool, model: str, reads_images: bool | None) -> str:
    """"" when the images go to a model that reads them; else, in one line, why they are
    not used (offline, a text-only model) or that nobody can tell (sent anyway)."""
    if not count:
        return ""
    what = "the image in the prompt is" if count == 1 else f"the {count} images in the " \
        "prompt are"
    if offline:
        return (f"The offline templates cannot use images: {what} not used (add a model "
                "key in Settings for AI generation).")
    if reads_images is False:
        return (f"{model} does not read images: {what} not sent. Pick a "
                "model that does (image input) in Settings or the model box.")
    if reads_images is None:  # a local server or an endpoint without a model list: sent, and
        # said, since a text-only model ignores it without a word and the app looks unlike it
        sent = "it is" if count == 1 else "they are"
        # the feed says it as "Devora: …": the line named Devora twice (walk10 #12)
        return (f"No way to tell whether {model} reads images: {sent} sent; if the "
                f"result ignores {'it' if count == 1 else 'them'}, pick a model with image "
                "input in Settings or the model box.")
    return ""


@dataclass
class WithImages:
    """A provider that adds the person's images to the requests of the agents that see."""

    inner: object
    images: list[str]

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def with_images(self, messages: list[ChatMessage], agent: str) -> list[ChatMessage]:
        if agent not in SEEING_AGENTS or not self.images:
            return messages
        last = max((i for i, m in enumerate(messages) if m["role"] == "user"), default=None)
        if last is None:
            return messages
        out = list(messages)
        out[last] = {**messages[last], "images": list(self.images)}
        return out

    async def stream_chat(self, messages: list[ChatMessage], model: str, agent: str,
                          params=None) -> AsyncIterator:
        async for item in self.inner.stream_chat(  # type: ignore[attr-defined]
                self.with_images(messages, agent), model, agent, params):
            yield item
