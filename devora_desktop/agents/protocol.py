"""The wire formats between agents and models (DESIGN §3): parsers and schemas.

Everything here treats model output as untrusted text: the block parser never interprets the
body (no HTML unescaping), the JSON extractor tolerates prose and fences but validates with a
schema, and placeholder detection catches "rest of the code remains the same" answers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, Field, PrivateAttr, ValidationError, field_validator

from devora_desktop.core.errors import OutputFormatError

# ---- file blocks ------------------------------------------------------------------------
_ATTR = r"""(?:path|file|filename|name)\s*=\s*(?:"([^"\r\n]*)"|'([^'\r\n]*)')"""
_OPEN = re.compile(r"<file\s+" + _ATTR + r"[^>]*>", re.IGNORECASE)
_DELETE = re.compile(r"<delete\s+" + _ATTR + r"[^>]*?/?>(?:\s*</delete>)?", re.IGNORECASE)
_CLOSE = re.compile(r"</file\s*>", re.IGNORECASE)
_TAG_START = re.compile(r"<(?:file|delete)\b", re.IGNORECASE)
_FENCE_OPEN = re.compile(r"\A[ \t]*(`{3,}|~{3,})[^\n`]*\n")


@dataclass(frozen=True)
class FileBlock:
    path: str
    content: str


@dataclass(frozen=True)
class DeleteBlock:
    path: str


@dataclass(frozen=True)
class Commentary:
    text: str


Item = FileBlock | DeleteBlock | Commentary


def _clean_body(body: str) -> str:
    body = body.replace("\r\n", "\n")
    if body.startswith("\n"):
        body = body[1:]
    stripped = body.strip("\n")
    m = _FENCE_OPEN.match(stripped)
    if m:
        fence = m.group(1)
        rest = stripped[m.end():]
        tail = rest.rstrip()
        if tail.endswith(fence[0] * 3):
            inner = tail[: tail.rstrip(fence[0]).rfind("\n") + 1] if "\n" in tail else ""
            if tail[len(inner):].strip(fence[0]).strip() == "":
                body = inner
    if body and not body.endswith("\n"):
        body += "\n"
    return body


class FileBlockParser:
    """Incremental: ``feed`` returns the items completed by the new text, so a file can be
    written the moment its closing tag arrives. ``open_path`` is the block being received."""

    def __init__(self) -> None:
        self._buf = ""
        self._path: str | None = None
        self.files: list[FileBlock] = []
        self.deletes: list[DeleteBlock] = []
        self.text = ""

    @property
    def open_path(self) -> str | None:
        return self._path

    @property
    def truncated(self) -> bool:
        return self._path is not None

    def feed(self, text: str) -> list[Item]:
        self.text += text
        self._buf += text
        out: list[Item] = []
        while True:
            if self._path is None:
                m_tag = _TAG_START.search(self._buf)
                if not m_tag:
                    keep = self._buf.rfind("<")
                    if keep != -1 and len(self._buf) - keep < 10:
                        self._emit_commentary(self._buf[:keep], out)
                        self._buf = self._buf[keep:]
                    else:
                        self._emit_commentary(self._buf, out)
                        self._buf = ""
                    break
                self._emit_commentary(self._buf[: m_tag.start()], out)
                self._buf = self._buf[m_tag.start():]
                m_del = _DELETE.match(self._buf)
                m_open = _OPEN.match(self._buf)
                if m_del and (m_del.end() < len(self._buf) or self._buf.endswith(">")):
                    block = DeleteBlock(m_del.group(1) if m_del.group(1) is not None
                                        else m_del.group(2))
                    self.deletes.append(block)
                    out.append(block)
                    self._buf = self._buf[m_del.end():]
                    continue
                if m_open:
                    self._path = m_open.group(1) if m_open.group(1) is not None \
                        else m_open.group(2)
                    self._buf = self._buf[m_open.end():]
                    continue
                if ">" in self._buf[:400] or len(self._buf) > 400:
                    # A tag-like word that is not a valid block: treat it as commentary.
                    self._emit_commentary(self._buf[:1], out)
                    self._buf = self._buf[1:]
                    continue
                break
            m_close = _CLOSE.search(self._buf)
            if not m_close:
                break
            block = FileBlock(self._path, _clean_body(self._buf[: m_close.start()]))
            self.files.append(block)
            out.append(block)
            self._path = None
            self._buf = self._buf[m_close.end():]
        return out

    @staticmethod
    def _emit_commentary(text: str, out: list[Item]) -> None:
        if text.strip():
            out.append(Commentary(text))

    def partial_body(self) -> str:
        return self._buf if self._path is not None else ""


def parse_file_blocks(text: str) -> FileBlockParser:
    parser = FileBlockParser()
    parser.feed(text)
    return parser


# ---- placeholders -----------------------------------------------------------------------
PLACEHOLDER = re.compile(
    r"(rest of (the )?(code|file|component|implementation)s? (remains?|stays?|is) "
    r"(the same|unchanged)"
    r"|\.\.\.\s*(existing|previous|rest of|remaining) (code|content|file|implementation)"
    r"|(existing|previous|other) (code|content|implementation) (here|remains|unchanged|goes here)"
    r"|(same as|unchanged from) (before|above|the original)"
    r"|implement (this|the rest|me) (later|here)"
    r"|(your|add) (code|implementation) here"
    r"|TODO:?\s*implement)",
    re.IGNORECASE)


def find_placeholder(content: str) -> str | None:
    m = PLACEHOLDER.search(content)
    if not m:
        return None
    line_no = content.count("\n", 0, m.start()) + 1
    return f"line {line_no}: {m.group(0)!r}"


# ---- JSON --------------------------------------------------------------------------------
_JSON_FENCE = re.compile(r"```(?:json|JSON)?[ \t]*\n(.*?)\n?```", re.DOTALL)


def extract_json_object(text: str) -> dict[str, Any]:
    """The first JSON object in ``text``: fenced or not, with prose around it tolerated."""
    candidates = [m.group(1) for m in _JSON_FENCE.finditer(text)] + [text]
    decoder = json.JSONDecoder()
    for candidate in candidates:
        for m in re.finditer(r"\{", candidate):
            try:
                obj, _ = decoder.raw_decode(candidate, m.start())
            except ValueError:
                continue
            if isinstance(obj, dict):
                return obj
    raise OutputFormatError("the answer holds no JSON object")


# ---- schemas ---------------------------------------------------------------------------
Owner = Literal["frontend", "backend", "database"]


class PlannedFile(BaseModel):
    path: str
    owner: Owner
    purpose: str = ""
    action: Literal["create", "modify", "delete"] = "create"

    @field_validator("path")
    @classmethod
    def _path(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("empty path")
        return v


class Plan(BaseModel):
    name: str = Field(min_length=1, max_length=80)
    summary: str = Field(min_length=1, max_length=2000)
    files: list[PlannedFile] = Field(min_length=1, max_length=200)
    template: str | None = None
    stack: Any = None
    pages: Any = None
    api: Any = None
    data_models: Any = None
    notes: str | None = None

    @field_validator("files")
    @classmethod
    def _unique(cls, v: list[PlannedFile]) -> list[PlannedFile]:
        seen: dict[str, str] = {}
        for f in v:
            if f.path in seen and seen[f.path] != f.owner:
                raise ValueError(f"{f.path} has two owners ({seen[f.path]} and {f.owner})")
            seen[f.path] = f.owner
        return v

    def owner_of(self, path: str) -> str | None:
        return next((f.owner for f in self.files if f.path == path), None)

    def files_for(self, owner: str) -> list[PlannedFile]:
        return [f for f in self.files if f.owner == owner]

    def owners(self) -> set[str]:
        return {f.owner for f in self.files}


class ReviewIssue(BaseModel):
    path: str = ""
    agent: str = ""
    problem: str = ""
    fix: str = ""


class Review(BaseModel):
    status: Literal["APPROVE", "ITERATE"]
    summary: str = ""
    issues: list[ReviewIssue] = Field(default_factory=list)
    _readable: bool = PrivateAttr(default=True)

    @classmethod
    def unreadable(cls) -> Review:
        """What the run records when the Reviewer's answer could not be read: not an
        approval, and no issues to send anyone."""
        review = cls(status="ITERATE", summary="the review could not be read")
        review._readable = False
        return review

    @property
    def readable(self) -> bool:
        return self._readable

    @field_validator("status", mode="before")
    @classmethod
    def _upper(cls, v: Any) -> Any:
        return v.strip().upper() if isinstance(v, str) else v


def parse_plan(text: str) -> Plan:
    try:
        return Plan.model_validate(extract_json_object(text))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'plan'}: {e['msg']}"
            for e in exc.errors()[:5])
        raise OutputFormatError(f"the plan does not match the schema: {problems}") from None


def parse_review(text: str) -> Review:
    try:
        return Review.model_validate(extract_json_object(text))
    except ValidationError as exc:
        raise OutputFormatError(f"the review does not match the schema: "
                                f"{exc.errors()[0]['msg']}") from None
