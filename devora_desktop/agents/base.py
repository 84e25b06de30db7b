"""BaseAgent: one agent's conversation with a model — streaming, continuing, re-asking.

What every agent shares lives here: deltas go out as events as they arrive; retries are the
HTTP layer's alone (``core.retry``: one policy, never stacked), so an error that reaches an
agent ends its call; a stream cut short (dropped connection or an open
file block) is continued by asking the model to go on, and the texts are joined; usage is
charged to the run's budget after every call.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from devora_desktop.agents import prompts
from devora_desktop.agents.events import (
    AgentDelta,
    AgentNotice,
    AgentWaiting,
    FileProgress,
    FileStarted,
    RunEvent,
)
from devora_desktop.agents.protocol import (
    Commentary,
    DeleteBlock,
    FileBlock,
    FileBlockParser,
    FileOpened,
    FileText,
    find_placeholder,
)
from devora_desktop.core.errors import (
    BudgetExceeded,
    DevoraError,
    OutputFormatError,
    RateLimited,
    StreamInterrupted,
    Unreachable,
)
from devora_desktop.core.llm.base import (
    CallParams,
    ChatMessage,
    ChatProvider,
    estimate_messages_tokens,
)
from devora_desktop.core.models import Usage
from devora_desktop.core.retry import WAITS

log = logging.getLogger(__name__)

T = TypeVar("T")


def money(usd: float) -> str:
    """A cap as the user gave it: $5.00, $1.50, and $0.002 (not $0.00)."""
    if round(usd, 2) == usd:
        return f"${usd:,.2f}"
    return "$" + format(Decimal(repr(usd)).normalize(), "f")


@dataclass
class Budget:
    """Per-run caps, held while answers stream: ``charge`` records a finished call;
    ``project`` records what a call in flight has cost so far (its prompt and the text
    received, priced like the real thing) and raises BudgetExceeded as soon as spent +
    every call in flight passes a cap, so the stream is stopped there, not after it."""

    max_usd: float | None = None
    max_tokens: int | None = None
    spent: Usage = field(default_factory=Usage)
    inflight: dict[int, Usage] = field(default_factory=dict)
    #: Told the run's total each time a call reports (the run's record notes it as it goes).
    on_charge: Callable[[Usage], None] | None = None
    #: where each cap is raised, said with the error: the flag the command line was given,
    #: or the setting the window and the command line both read
    usd_hint: str = "raise the cap in Settings or with --max-cost"
    tokens_hint: str = "raise the cap in Settings or with --max-tokens"

    @property
    def capped(self) -> bool:
        return self.max_usd is not None or self.max_tokens is not None

    @property
    def so_far(self) -> Usage:
        """What the run has cost so far, the calls in flight included (as the window's
        header counts it: a plan known mid-call said "$0.000 spent so far" while the header
        read $0.0034, walk12 #12 d)."""
        total = self.spent
        for u in self.inflight.values():
            total = total + u
        return total

    def charge(self, usage: Usage) -> None:
        self.spent = self.spent + usage
        if self.on_charge is not None:
            self.on_charge(self.spent)
        self._raise_if_over(self.spent)

    def project(self, call: int, usage: Usage) -> None:
        """Call ``call`` has used ``usage`` so far; over a cap -> it is charged and raises."""
        self.inflight[call] = usage
        try:
            self._raise_if_over(self.so_far)
        except BudgetExceeded:
            self.settle(call)
            self.spent = self.spent + usage
            raise

    def admit(self, usage: Usage) -> None:
        """A call about to be sent with ``usage`` (its prompt) would pass a cap: raise,
        charging nothing, since nothing left the machine (walk13 #32: a refused Frontend
        prompt was in the run's cost, but not in what the run sent)."""
        self._raise_if_over(self.so_far + usage)

    def settle(self, call: int) -> None:
        """The call ended (its real usage is charged separately, or it was stopped)."""
        self.inflight.pop(call, None)

    def _raise_if_over(self, total: Usage) -> None:
        if self.max_tokens is not None and total.total_tokens > self.max_tokens:
            raise BudgetExceeded(f"the run reached its budget of {self.max_tokens:,} tokens",
                                 hint=self.tokens_hint)
        if (self.max_usd is not None and total.cost_usd is not None
                and total.cost_usd > self.max_usd):
            raise BudgetExceeded(f"the run reached its budget of {money(self.max_usd)}",
                                 hint=self.usd_hint)


@dataclass
class AgentEnv:
    """What an agent needs from the run: where to call, where to report, what it may spend."""

    provider: ChatProvider
    model: str
    emit: Callable[[RunEvent], None]
    budget: Budget
    max_continuations: int = 2
    params: CallParams = field(default_factory=CallParams)
    #: every call that was sent, once it ends: its messages, its usage (estimated when the
    #: provider never said) and "" (answered), "stopped" (Esc, Quit, the budget) or "failed"
    on_usage: Callable[[list[ChatMessage], Usage, str], None] | None = None


WriteFile = Callable[[str, FileBlock | DeleteBlock], Awaitable[bool]]


@dataclass
class CodeResult:
    files: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    text: str = ""
    usage: Usage = field(default_factory=Usage)


class LiveFiles:
    """The parser's FileOpened / FileText as the RunEvents front ends follow a file by
    (FileStarted, FileProgress with the line count so far)."""

    def __init__(self, agent: str, worker: int = 0) -> None:
        self.agent, self.worker, self.lines = agent, worker, 0

    def event(self, item: FileOpened | FileText) -> FileStarted | FileProgress:
        if isinstance(item, FileOpened):
            self.lines = 0
            return FileStarted(agent=self.agent, path=item.path, worker=self.worker)
        self.lines += item.text.count("\n")
        return FileProgress(agent=self.agent, path=item.path, text=item.text,
                            lines=self.lines, worker=self.worker)


class BaseAgent:
    name = "agent"
    worker = 0  # set on the workers of a sharded agent (AgentDelta.worker)

    def __init__(self, env: AgentEnv) -> None:
        self.env = env
        self.usage = Usage()

    def system_prompt(self) -> str:
        raise NotImplementedError

    def notice(self, message: str, level: str = "info") -> None:
        self.env.emit(AgentNotice(agent=self.name, message=message, level=level))  # type: ignore[arg-type]

    async def call(self, messages: list[ChatMessage],
                   on_text: Callable[[str], None] | None = None) -> str:
        """One model call (the provider retries what is worth retrying; this does not).
        Returns the text; StreamInterrupted propagates after its partial text was delivered
        through ``on_text``."""
        parts: list[str] = []
        budget = self.env.budget
        call = id(parts)
        project = self._projector(messages) if budget.capped else None
        received = 0
        charged = False
        sent = False  # the request may have left (a cap that refused it first: it did not)
        waits = WAITS.set(self._waiting)  # the provider's retries say their waits
        try:
            if project is not None:
                budget.admit(project(0))  # a prompt alone may pass the cap: never sent
                self._project(call, project(0))
            sent = True
            async with contextlib.aclosing(self.env.provider.stream_chat(
                    messages, self.env.model, self.name, self.env.params)) as items:
                async for item in items:
                    if isinstance(item, Usage):
                        budget.settle(call)
                        charged = True
                        if self.env.on_usage is not None:
                            self.env.on_usage(messages, item, "")
                        self._charge(item)
                        continue
                    parts.append(item)
                    self.env.emit(AgentDelta(agent=self.name, text=item, worker=self.worker))
                    if on_text:
                        on_text(item)
                    if project is not None:
                        received += len(item)
                        self._project(call, project(received))  # over: the stream closes
            return "".join(parts)
        except StreamInterrupted as exc:
            budget.settle(call)
            self._charge(Usage(completion_tokens=len(exc.partial) // 4, estimated=True,
                               calls=1))
            if not charged:
                self._sent(messages, project, len(exc.partial), "failed")
            raise
        except asyncio.CancelledError:
            if sent and not charged:  # stopped (Esc, Quit): the provider bills the prompt and what
                # streamed all the same; the run's bill and today's count an estimate of it
                usage = self._sent(messages, project, sum(map(len, parts)), "stopped")
                self.usage = self.usage + usage
                budget.spent = budget.spent + usage  # never raises: the run is stopping
            raise
        except BudgetExceeded:
            if sent and not charged:  # the cap closed the stream: sent all the same
                self._sent(messages, project, sum(map(len, parts)), "stopped")
            raise
        except Unreachable:
            raise  # no connection: nothing left the machine
        except Exception:
            if not charged:  # refused or broken: the request left the machine all the same
                self._sent(messages, project, sum(map(len, parts)), "failed")
            raise
        finally:
            WAITS.reset(waits)
            budget.settle(call)

    def _waiting(self, seconds: float, error: BaseException | None) -> None:
        """The provider waits ``seconds`` before asking again (0: it asks again now)."""
        limited = isinstance(error, RateLimited)
        reason = "" if error is None or limited else (
            " ".join(str(error).split()) if isinstance(error, DevoraError)
            else type(error).__name__)
        self.env.emit(AgentWaiting(agent=self.name, seconds=round(seconds, 1), reason=reason,
                                   rate_limited=limited, worker=self.worker))

    def _sent(self, messages: list[ChatMessage], project: Callable[[int], Usage] | None,
              chars: int, outcome: str) -> Usage:
        """A call that ended without the provider's usage is still in the run's ledger
        ("What the last run sent" listed only the calls that answered): an estimate of it."""
        usage = (project or self._projector(messages))(chars)
        if self.env.on_usage is not None:
            self.env.on_usage(messages, usage, outcome)
        return usage

    def _project(self, call: int, usage: Usage) -> None:
        try:
            self.env.budget.project(call, usage)
        except BudgetExceeded:
            self.usage = self.usage + usage  # the run's cost shows what the stop cost
            raise

    def _projector(self, messages: list[ChatMessage]) -> Callable[[int], Usage]:
        """What this call costs once ``n`` characters of answer have arrived: the prompt's
        estimated tokens and ~4 characters a token, at the model's prices when known."""
        prompt = estimate_messages_tokens(messages)
        model = self.env.provider.model_info(self.env.model)

        def usage(chars: int) -> Usage:
            completion = (chars + 3) // 4
            cost = model.cost(prompt, completion) if model is not None else None
            return Usage(prompt_tokens=prompt, completion_tokens=completion, cost_usd=cost,
                         estimated=True, calls=1)

        return usage

    def _charge(self, usage: Usage) -> None:
        self.usage = self.usage + usage
        self.env.budget.charge(usage)

    async def call_parsed(self, messages: list[ChatMessage], parse: Callable[[str], T],
                          reask: str, on_text: Callable[[str], None] | None = None,
                          on_invalid: Callable[[], None] | None = None,
                          retry_note: str | None = None) -> T:
        """A whole answer read by ``parse``; if it cannot be read, asked again once with the
        error (``reask`` has an ``{error}`` slot). The second OutputFormatError propagates.
        ``on_text`` sees the first answer as it streams; a re-ask is read whole, after
        ``on_invalid`` dropped what was started from the first. ``retry_note``: the feed's
        plain line for the re-ask instead of the schema's words (an info, not a warning)."""
        text = await self.call_text(messages, on_text)
        try:
            return parse(text)
        except OutputFormatError as exc:
            if on_invalid is not None:
                on_invalid()
            if retry_note:
                self.notice(retry_note, "info")
            else:
                self.notice(f"{exc}; asking again", "warning")
            retry = [*messages, {"role": "assistant", "content": text},
                     {"role": "user", "content": reask.format(error=exc)}]
        return parse(await self.call_text(retry))

    async def call_text(self, messages: list[ChatMessage],
                        on_text: Callable[[str], None] | None = None) -> str:
        """A call whose answer is read whole (JSON agents): a drop is continued once.
        ``on_text`` sees the joined answer as it streams (the plan is read while it comes)."""
        try:
            return await self.call(messages, on_text)
        except StreamInterrupted as exc:
            self.notice("the stream dropped; asking the model to continue", "warning")
            more = await self.call([*messages, {"role": "assistant", "content": exc.partial},
                                    {"role": "user", "content": prompts.CONTINUE}], on_text)
            return exc.partial + more


class CodeAgent(BaseAgent):
    """Agents that answer with file blocks. Files are handed to ``write`` as they close."""

    async def generate(self, messages: list[ChatMessage], write: WriteFile) -> CodeResult:
        result = CodeResult()
        started = time.monotonic()
        pending: list[asyncio.Task] = []
        placeholder_files: list[str] = []
        follow = LiveFiles(self.name, self.worker)

        def handle(items) -> None:
            for item in items:
                if isinstance(item, FileOpened | FileText):
                    self.env.emit(follow.event(item))
                    continue
                if isinstance(item, Commentary):
                    continue
                if isinstance(item, FileBlock):
                    where = find_placeholder(item.content)
                    if where:
                        placeholder_files.append(item.path)
                        self.notice(f"{item.path} has a placeholder ({where}); asking again",
                                    "warning")
                        continue
                pending.append(asyncio.ensure_future(self._write(item, write, result)))

        async def answer(msgs: list[ChatMessage]) -> FileBlockParser:
            parser = FileBlockParser()
            convo = list(msgs)
            continuations = 0
            while True:
                dropped = False
                try:
                    await self.call(convo, lambda t: handle(parser.feed(t)))
                    handle(parser.end_of_stream())
                    if not parser.truncated:
                        break
                    why = f"the answer stopped inside {parser.open_path}"
                except StreamInterrupted:
                    handle(parser.end_of_stream())
                    why, dropped = "the stream dropped", True
                if continuations >= self.env.max_continuations:
                    if parser.truncated and dropped:
                        # the connection, not the model's output limit (walk18 #42)
                        raise DevoraError(
                            f"the connection to the model dropped {continuations + 1} times "
                            f"while {self.name} wrote {parser.open_path}",
                            hint="check your network and the model's server, then run it "
                            "again")
                    if parser.truncated:
                        raise OutputFormatError(
                            f"{self.name}'s answer for {parser.open_path} was cut off "
                            f"{continuations + 1} times", hint="try a model with a larger "
                            "output limit, or ask for a smaller change")
                    break
                continuations += 1
                self.notice(f"{why}; asking the model to continue", "warning")
                convo = [*msgs, {"role": "assistant", "content": parser.text},
                         {"role": "user", "content": prompts.CONTINUE}]
            await asyncio.gather(*pending)
            pending.clear()
            for path in parser.abandoned:
                self.notice(f"{path} was started over and never finished; it was not "
                            "written", "warning")
            return parser

        parser = await answer(messages)
        text = parser.text
        if not parser.files and not parser.deletes and not placeholder_files:
            self.notice("the answer had no file blocks; asking again in the right format",
                        "warning")
            messages = [*messages, {"role": "assistant", "content": parser.text},
                        {"role": "user", "content": prompts.REASK_FORMAT}]
            parser = await answer(messages)
            text += parser.text
            if not parser.files and not parser.deletes and not placeholder_files:
                raise OutputFormatError(f"the {self.name} agent answered in prose without "
                                        "any file", hint="try a stronger model in Settings")
        if placeholder_files:
            asked = sorted(set(placeholder_files))
            placeholder_files.clear()
            messages = [*messages, {"role": "assistant", "content": parser.text},
                        {"role": "user", "content": prompts.REASK_PLACEHOLDER.format(
                            files=", ".join(asked))}]
            parser = await answer(messages)
            text += parser.text
            if placeholder_files:
                raise OutputFormatError(f"the {self.name} agent kept writing placeholders in "
                                        f"{', '.join(sorted(set(placeholder_files)))}")
        result.text = text
        result.usage = self.usage
        result.usage.seconds = round(time.monotonic() - started, 3)
        return result

    async def _write(self, item: FileBlock | DeleteBlock, write: WriteFile,
                     result: CodeResult) -> None:
        if await write(self.name, item):
            if isinstance(item, FileBlock):
                if item.path not in result.files:
                    result.files.append(item.path)
            else:
                result.deleted.append(item.path)


__all__ = ["AgentEnv", "BaseAgent", "Budget", "BudgetExceeded", "CodeAgent", "CodeResult"]
