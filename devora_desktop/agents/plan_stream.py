"""Read the Architect's plan while it streams, so code agents can start before it ends.

``PlanStream.feed(delta)`` returns what the new text completed: each file entry
(:class:`PlanEntry`, validated as a :class:`PlannedFile`), the shared contracts
(:class:`PlanContracts`: every top-level key except ``files``: stack, pages, api,
data_models, ...) and :class:`FilesClosed` once the file list has ended.

The JSON may sit in a fence or after prose (docs/ARCHITECTURE.md, Wire protocol). pydantic-core
parses each prefix with ``allow_partial``; an entry counts as complete only when something after
it has begun (the next entry, the list's end, a later key), because a partial parse cannot tell
``{"path": "a"`` from ``{"path": "a"}``. The whole answer is then read by :func:`parse_plan`,
with this same reader, so the plan the run keeps is the object whose entries started workers:
nothing the stream yields is taken back by a valid plan.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from pydantic_core import from_json

from devora_desktop.agents.protocol import (
    Plan,
    PlannedFile,
    extract_json_object,
    repair_json_object,
    validate_plan,
)
from devora_desktop.core.errors import OutputFormatError

_FENCE = re.compile(r"(`{3,}|~{3,})[^\n]*\n")
#: A structural character: only a delta holding one can complete anything.
_STRUCTURAL = frozenset("{}[],:\"")


@dataclass(frozen=True)
class PlanEntry:
    index: int
    file: PlannedFile


@dataclass(frozen=True)
class PlanContracts:
    """The plan's keys other than ``files``. Sent when ``files`` begins (the keys before it,
    which the prompt asks for first) and again, ``final``, if keys followed the file list."""

    data: dict[str, Any]
    final: bool = False


@dataclass(frozen=True)
class FilesClosed:
    count: int


PlanItem = PlanEntry | PlanContracts | FilesClosed


@dataclass
class PlanStream:
    """Incremental reader of one Architect answer. Not thread-safe; one per answer."""

    text: str = ""
    entries: list[PlanEntry] = field(default_factory=list)
    contracts: PlanContracts | None = None
    files_closed: bool = False
    rejected: list[int] = field(default_factory=list)  # indexes of entries that fail the schema
    object: dict[str, Any] | None = None  # the whole object, once it is complete
    _start: int | None = None
    _fence: str | None = None
    _seen: int = 0  # entries examined (valid or not)
    _done: bool = False
    _last_delta: str = ""

    def feed(self, delta: str) -> list[PlanItem]:
        self.text += delta
        self._last_delta = delta
        if self._done or not delta:
            return []
        if self._start is None and not self._locate():
            return []
        if not _STRUCTURAL.intersection(delta) and self._start is not None \
                and len(self.text) - len(delta) > self._start:
            return []
        return self._scan()

    def finish(self) -> list[PlanItem]:
        """The stream ended: whatever is complete now is final."""
        return [] if self._done or self._start is None else self._scan(final=True)

    # ---- internals ----------------------------------------------------------------------
    def _locate(self) -> bool:
        """Find where the JSON object starts: after a fence that precedes the first ``{``,
        else at the first ``{``."""
        brace = self.text.find("{")
        if brace == -1:
            return False
        fence = _FENCE.search(self.text, 0, brace)
        if fence is not None:
            self._fence = fence.group(1)[0] * 3
            self._start = self.text.find("{", fence.end())
        else:
            self._start = brace
        return self._start != -1

    def _body(self) -> str:
        assert self._start is not None
        body = self.text[self._start:]
        if self._fence is not None:
            end = body.find(self._fence)
            if end != -1:
                body = body[:end]
        return body

    def _scan(self, final: bool = False) -> list[PlanItem]:
        body = self._body()
        complete = None
        try:
            obj = from_json(body, allow_partial="trailing-strings")
        except ValueError:
            return []
        if not isinstance(obj, dict):
            return []
        if final or "}" in self._last_delta or body.rstrip().endswith("}"):
            try:  # the object may be followed by prose: raw_decode ignores what follows
                complete, _ = json.JSONDecoder().raw_decode(body)
            except ValueError:
                complete = None
        if isinstance(complete, dict):
            obj, final = complete, True
            self._done, self.object = True, complete
        keys = list(obj)
        files = obj.get("files")
        out: list[PlanItem] = []
        if isinstance(files, list):
            after_files = keys.index("files") < len(keys) - 1
            closed = final or after_files
            ready = len(files) if closed else len(files) - 1
            for index in range(self._seen, max(self._seen, ready)):
                self._seen = index + 1
                raw = files[index]
                try:
                    entry = PlanEntry(index, PlannedFile.model_validate(raw))
                except ValidationError:
                    self.rejected.append(index)
                    continue
                self.entries.append(entry)
                out.append(entry)
            header = {k: obj[k] for k in keys[: keys.index("files")]}
            if self.contracts is None and (header or final):
                self.contracts = PlanContracts(header, final=final and not after_files)
                out.insert(0, self.contracts)
            if final and after_files and not self.contracts.final:  # type: ignore[union-attr]
                self.contracts = PlanContracts({k: obj[k] for k in keys if k != "files"},
                                               final=True)
                out.append(self.contracts)
            if closed and not self.files_closed:
                self.files_closed = True
                out.append(FilesClosed(self._seen))
        elif final and self.contracts is None:
            self.contracts = PlanContracts(dict(obj), final=True)
            out.append(self.contracts)
        return out


def parse_plan(text: str) -> Plan:
    """The Architect's plan in a whole answer, read by the reader the stream uses: the object
    whose entries started workers is the plan, never another one later in the answer (an
    unfenced plan followed by a fenced one let the Frontend write the Backend's route). When
    that object is cut off or broken it is repaired; only when the reader found no file entry
    at all does the tolerant search of ``extract_json_object`` look elsewhere."""
    stream = PlanStream()
    stream.feed(text)
    stream.finish()
    data: object = stream.object
    if stream.entries or stream.rejected:
        if data is None and stream._start is not None:
            data = repair_json_object(stream._body())
    elif not (isinstance(data, dict) and ("files" in data or "name" in data)):
        data = extract_json_object(text, ("files", "name"))
    if not isinstance(data, dict):
        raise OutputFormatError("the answer holds no readable plan object")
    return validate_plan(data)


__all__ = ["FilesClosed", "PlanContracts", "PlanEntry", "PlanItem", "PlanStream", "parse_plan"]
