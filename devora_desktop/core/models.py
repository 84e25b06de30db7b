"""Plain pydantic models of the domain. Widgets bind to these; the store persists them as JSON."""

from __future__ import annotations

import re
import secrets as _secrets
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from devora_desktop.core import providers as provider_registry
from devora_desktop.core import urls
from devora_desktop.core.errors import DevoraError


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id(prefix: str = "") -> str:
    return prefix + _secrets.token_hex(6)


_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def clean_text(text: str, *, single_line: bool = False) -> str:
    """Text that came from a user or a model, made safe to show: terminal escape sequences
    and control/format characters removed (newlines and tabs kept unless ``single_line``)."""
    if (text if single_line else text.replace("\n", "").replace("\t", "")).isprintable():
        # nothing to remove: an escape sequence starts with ESC, and every character left
        # out below is "Other" or a line/paragraph separator, which isprintable() refuses
        # (a project's name and summary, read for each project at each listing: 200 projects
        # took ~5 ms a listing character by character)
        return " ".join(text.split()) if single_line else text
    import unicodedata

    text = _ANSI.sub("", text)
    keep = "" if single_line else "\n\t"
    out = "".join(ch for ch in text if ch in keep or unicodedata.category(ch) not in
                  ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"))
    return " ".join(out.split()) if single_line else out


#: letters NFKD does not take apart into a base letter and its accent
_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d",
                          "ð": "d", "þ": "th", "ı": "i"})


def slugify(name: str) -> str:
    """A project's name as a file or repository name: "Piscine Étoile" is piscine-etoile
    (its É was dropped, piscine-toile: another word, walk14 #9)."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.lower().translate(_LETTERS))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return slug[:48] or "project"


class Mode(StrEnum):
    QUICK = "quick"
    WEB = "web"
    FULLSTACK = "fullstack"


class AgentName(StrEnum):
    ARCHITECT = "architect"
    FRONTEND = "frontend"
    BACKEND = "backend"
    DATABASE = "database"
    REVIEWER = "reviewer"
    COMPRESSOR = "compressor"
    QUICK = "quick"


class Model(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)


class Usage(Model):
    """Tokens, cost and timing of one call (or a sum of calls).

    ``prompt_tokens`` counts every input token, cached or not; ``cached_tokens`` of them were
    read from the provider's prompt cache and ``cache_write_tokens`` were written to it.
    ``saved_usd`` is what caching saved against paying the full input price for all of them
    (negative while a cache is only being written)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    cache_write_tokens: int = 0
    cost_usd: float | None = None
    saved_usd: float | None = None
    seconds: float = 0.0
    ttft: float | None = None
    estimated: bool = False
    calls: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @property
    def cached_share(self) -> float:
        return self.cached_tokens / self.prompt_tokens if self.prompt_tokens else 0.0

    def cache_note(self) -> str:
        """"62% of input from cache, saved $0.0123" (or "" when nothing was cached): one
        wording for the CLI summary and the window's."""
        if not self.cached_tokens:
            return ""
        saved = f", saved ${self.saved_usd:.4f}" if self.saved_usd else ""
        return f"{self.cached_share:.0%} of input from cache{saved}"

    def __add__(self, other: Usage) -> Usage:
        def total(a: float | None, b: float | None) -> float | None:
            return None if a is None and b is None else (a or 0.0) + (b or 0.0)

        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
            cache_write_tokens=self.cache_write_tokens + other.cache_write_tokens,
            cost_usd=total(self.cost_usd, other.cost_usd),
            saved_usd=total(self.saved_usd, other.saved_usd),
            seconds=self.seconds + other.seconds,
            ttft=self.ttft if self.ttft is not None else other.ttft,
            estimated=self.estimated or other.estimated,
            calls=self.calls + other.calls,
        )


class ProjectFile(Model):
    path: str
    size: int
    summary: str = ""


class Project(Model):
    id: str = Field(default_factory=lambda: new_id("p"))
    name: str
    summary: str = ""
    prompt: str = ""
    mode: Mode = Mode.WEB
    template: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    github_repo_url: str | None = None
    vercel_url: str | None = None
    export_path: str | None = None
    # Consent to run this project's generated code for checks and preview
    # (docs/ARCHITECTURE.md, Safety):
    # None = not asked yet; Settings.run_checks "always"/"never" overrides the question.
    checks_allowed: bool | None = None
    # An adopted folder (opened in place, see core/importer.py): the files live there and
    # only Devora's metadata lives in the data folder. None: the project lives in the data folder.
    folder: str | None = None
    # Adopted folders: save the person's own uncommitted changes as a "your edits" version
    # before a run (None = not asked yet; they are then left alone, never mixed into a version).
    commit_edits: bool | None = None

    # Names are data: whatever a model's plan or a command line put there, a name shown in a
    # terminal or a widget carries no escape sequence or control character.
    @field_validator("name", mode="after")
    @classmethod
    def _clean_name(cls, value: str) -> str:
        return clean_text(value, single_line=True)[:200] or "Untitled project"

    @field_validator("summary", mode="after")
    @classmethod
    def _clean_summary(cls, value: str) -> str:
        return clean_text(value)

    @property
    def slug(self) -> str:
        return slugify(self.name)


class Version(Model):
    """One commit of a project's history. ``number`` counts from 1 for people."""

    id: str
    number: int
    message: str
    created_at: datetime
    run_id: str | None = None


class Message(Model):
    """One turn of a project's conversation. A prompt's pasted images are not kept, only
    how many there were and the line that said what became of them (``image_note``), so a
    reopened conversation reads as it did."""

    role: Literal["user", "assistant", "system"]
    content: str
    created_at: datetime = Field(default_factory=utcnow)
    run_id: str | None = None
    images: int = 0
    image_note: str = ""


class Conversation(Model):
    project_id: str
    messages: list[Message] = Field(default_factory=list)
    summary: str = ""
    summarized_upto: int = 0


class ProviderConfig(Model):
    kind: str  # a name of core/providers.py
    base_url: str
    default_model: str = ""
    enabled: bool = True
    max_concurrency: int | None = Field(default=None, ge=1, le=64)  # None: per-kind default

    @field_validator("base_url", mode="after")
    @classmethod
    def _usable_url(cls, value: str) -> str:
        """A URL saved without its scheme gets it (every run failed "UnsupportedProtocol");
        one that is no URL at all is kept as it is, so the other settings still load, and
        the run that meets it says why (core/urls.py)."""
        try:
            return urls.base_url(value) if value.strip() else value
        except DevoraError:
            return value


def provider_defaults(name: str) -> ProviderConfig:
    """A provider's settings before anyone changed them (core/providers.py)."""
    spec = provider_registry.PROVIDERS[name]
    return ProviderConfig(kind=name, base_url=spec.base_url, default_model=spec.default_model)


DEFAULT_PROVIDERS: dict[str, ProviderConfig] = {
    name: provider_defaults(name) for name in provider_registry.PROVIDERS}


class Settings(Model):
    providers: dict[str, ProviderConfig] = Field(
        default_factory=lambda: {k: v.model_copy() for k, v in DEFAULT_PROVIDERS.items()})
    default_provider: str | None = None  # None: pick the best available at run time
    agent_models: dict[str, str] = Field(default_factory=dict)
    budget_usd: float | None = None
    budget_tokens: int | None = None
    theme: Literal["system", "light", "dark"] = "system"
    preferences: list[str] = Field(default_factory=list)
    default_mode: Mode = Mode.WEB
    license_server: str = "https://license.devora.dev"
    license_public_keys: dict[str, str] = Field(default_factory=dict)  # self-hosting: kid->PEM
    github_client_id: str = ""  # an OAuth app's client id enables the GitHub device flow
    # Checks run code a model wrote: "ask" once per project, or a standing yes/no.
    run_checks: Literal["ask", "always", "never"] = "ask"


class Finding(Model):
    """Something wrong in a generated file, from a validator (``check`` = "syntax", "import"...)
    or from running the project (``check`` = "web-load", "npm-build"...; ``tool`` says which
    program saw it). Lines and columns count from 1; ``path`` is relative to the project."""

    path: str
    check: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: Literal["error", "warning"] = "error"
    tool: str = ""

    def location(self) -> str:
        """``path:line:column`` as editors and terminals link it."""
        return self.path + "".join(f":{n}" for n in (self.line, self.column) if n)


class RunStatus(StrEnum):
    RUNNING = "running"
    FINISHED = "finished"
    NOT_APPROVED = "not_approved"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"


class RunRecord(Model):
    """A run's summary in the index; its full event log lives next to the project."""

    id: str = Field(default_factory=lambda: new_id("r"))
    project_id: str
    prompt: str
    mode: Mode
    provider: str
    model: str
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    status: RunStatus = RunStatus.RUNNING
    usage: Usage = Field(default_factory=Usage)
    usage_by_agent: dict[str, Usage] = Field(default_factory=dict)
    version_id: str | None = None
    files_written: list[str] = Field(default_factory=list)
    files_deleted: list[str] = Field(default_factory=list)
    error: str | None = None
    review: dict | None = None
    validation: list[dict] = Field(default_factory=list)
    similar_projects: list[str] = Field(default_factory=list)
    refinement: bool = False
    #: The app refused the run before building anything (its mode cannot make what was
    #: planned): it is not one of the day's AI runs on the Free plan.
    refused: bool = False
    #: False: the run finished with every file written as it was, so it saved no version
    #: (``version_id`` then names the project's current one, an earlier run's). None in a
    #: record written before this was kept: its event log tells (progress.nothing_changed).
    saved_version: bool | None = None
    #: One entry per model call: agent, provider, model, tokens, the files whose text it
    #: carried and how many secret values were redacted from it (core/egress.py).
    egress: list[dict] = Field(default_factory=list)
