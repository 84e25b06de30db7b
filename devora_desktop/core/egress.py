"""What leaves the machine for a model: secrets redacted from every request body, the way back
for a placeholder a model echoes into a file, and the facts a run's egress ledger keeps.

Redaction runs on the whole request (file text, findings, test output, the person's diff:
whatever a role put in it), with the one detector the validators and the export scan use
(core/codescan.py), and the values of the person's own ``.env`` files wherever they turn up.
A file whose name says it holds secrets (core/gitrepo.is_secret_file) is never put in a
request at all. See docs/ARCHITECTURE.md, Safety.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from devora_desktop.core import envfile
from devora_desktop.core.words import plural

#: A chat message as core/llm builds it (a TypedDict there; core/llm imports this module).
ChatMessage = dict[str, Any]

PLACEHOLDER = re.compile(r"\[REDACTED:([^\]\n]{1,60})\]")
#: The kind a value from the person's own ``.env`` files is redacted as.
LOCAL_KIND = "a value from your .env files"
_local_values: set[str] = set()
_FILE_BLOCK = re.compile(r'<file path="([^"\n]{1,300})">')


#: texts redacted lately (the stable prefixes, system prompt and file listings, repeat on
#: every call, and detect-secrets costs ~3 ms per KB), the oldest forgotten first
_known: OrderedDict[str, str] = OrderedDict()
_KNOWN = 512
_known_lock = threading.Lock()


def _redacted(text: str) -> str:
    with _known_lock:
        if (hit := _known.get(text)) is not None:
            _known.move_to_end(text)
            return hit
    return _remember(text, redact_texts([text])[0])


def _remember(text: str, redacted: str) -> str:
    with _known_lock:
        _known[text] = redacted
        _known.move_to_end(text)
        while len(_known) > _KNOWN:
            _known.popitem(last=False)
    return redacted


def redact_texts(texts: list[str]) -> list[str]:
    """Each text with every secret the detector sees replaced (core/codescan.redact); run in
    the window's worker process by :func:`redact_messages_off`."""
    from devora_desktop.core.codescan import redact

    return [redact(text) for text in texts]


def _worth_hiding(value: str) -> bool:
    """A value that may be a secret: not short, not a number or a word like ``true``, not a
    plain URL (a site or a Supabase address: the code names it anyway)."""
    if len(value) < 8 or value.replace(".", "").isdigit():
        return False
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    return not (parts.scheme in ("http", "https") and parts.hostname and not parts.password
                and not parts.query)


def keep_local_values(root: Path) -> int:
    """Learn the values of the person's own ``.env`` files in a project (``.env``,
    ``.env.local``, ``.env.production``…; never sent themselves): every later request has
    them replaced, wherever they turn up (a dev server's log that printed one, a test's
    output). The detector misses plain ones (``DB_PASSWORD=hunter2-in-words``). Returns how
    many values are known now."""
    import os

    from devora_desktop.core.workspace import is_ignored, kept_local

    found: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        rel_dir = os.path.relpath(dirpath, root)
        dirnames[:] = [d for d in dirnames if d not in (".git", ".devora") and not is_ignored(
            os.path.join(rel_dir, d, "x")) and not os.path.islink(os.path.join(dirpath, d))]
        for name in filenames:
            if not (name.lower().startswith(".env") and kept_local(name)):
                continue
            path = os.path.join(dirpath, name)
            try:
                if os.path.islink(path) or os.path.getsize(path) > 256 * 1024:
                    continue
                with open(path, encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
            except OSError:
                continue
            found.update(value for _name, value in envfile.entries(text)
                         if _worth_hiding(value))
    _local_values.update(found)
    return len(_local_values)


def _hide_local(text: str) -> str:
    for value in sorted(_local_values, key=len, reverse=True):
        if value in text:
            text = text.replace(value, f"[REDACTED:{LOCAL_KIND}]")
    return text


def redact_messages(messages: list[ChatMessage]) -> list[ChatMessage]:
    """The messages with every secret value replaced by ``[REDACTED:<kind>]``; a message's
    cache breakpoint (``cache_prefix``) still falls after its redacted stable part."""
    out: list[ChatMessage] = []
    for m in messages:
        content = m["content"]
        cut = m.get("cache_prefix")
        if cut is None:
            out.append({**m, "content": _hide_local(_redacted(content))})  # type: ignore
            continue
        head = _hide_local(_redacted(content[:cut]))
        tail = _hide_local(_redacted(content[cut:])) if content[cut:] else ""
        out.append({**m, "content": head + tail, "cache_prefix": len(head)})  # type: ignore
    return out


def _pieces(messages: list[ChatMessage]) -> list[str]:
    """The texts :func:`redact_messages` runs the detector on."""
    out: list[str] = []
    for m in messages:
        content, cut = m["content"], m.get("cache_prefix")
        out += [content] if cut is None else [content[:cut], content[cut:]]
    return out


async def redact_messages_off(messages: list[ChatMessage]) -> list[ChatMessage]:
    """:func:`redact_messages` off the caller's loop: the detector's work in the window's
    worker process for a window's run (core/offload.py), else in a thread."""
    from devora_desktop.core import offload

    with _known_lock:
        new = list(dict.fromkeys(t for t in _pieces(messages) if t and t not in _known))
    if new:
        for text, redacted in zip(new, await offload.run(
                "devora_desktop.core.egress:redact_texts", new), strict=True):
            _remember(text, redacted)
    return redact_messages(messages)


def restore_redacted(new: str, old: str | None, path: str = "") -> str:
    """A model that rewrites a file it got redacted echoes the placeholders: put the file's own
    values back (by kind, in order), so a secret the person keeps there is not replaced by the
    text ``[REDACTED:...]``. A placeholder with no value to restore stays as it is."""
    if old is None or "[REDACTED:" not in new:
        return new
    from devora_desktop.core.codescan import find_secrets

    values: dict[str, list[str]] = {}
    for s in find_secrets(old, path):
        values.setdefault(s.kind, []).append(old[s.start:s.end])
    here = sorted((old.find(v), v) for v in _local_values if v in old)
    if here:
        values[LOCAL_KIND] = [v for _at, v in here]
    used: dict[str, int] = {}

    def back(m: re.Match) -> str:
        kind = m.group(1)
        found = values.get(kind, [])
        i = used.get(kind, 0)
        used[kind] = i + 1
        return found[min(i, len(found) - 1)] if found else m.group(0)

    return PLACEHOLDER.sub(back, new)


def files_in(messages: list[ChatMessage]) -> list[str]:
    """The project files whose text a request carried (every role renders them as
    ``<file path="...">`` blocks)."""
    return sorted({p for m in messages if m["role"] != "system"  # its format example
                   for p in _FILE_BLOCK.findall(m["content"])})


def redactions_in(messages: list[ChatMessage]) -> int:
    return sum(len(PLACEHOLDER.findall(m["content"])) for m in messages)


def provider_name(name: str) -> str:
    """A provider as Settings names it ("OpenAI-compatible endpoint", not "openai")."""
    from devora_desktop.core.providers import PROVIDERS

    spec = PROVIDERS.get(name)
    return spec.menu if spec is not None else name


def sent_prompt(prompt: str) -> str:
    """The prompt as the models got it and as everything keeps it: a key typed into it shows
    as ``[REDACTED:…]`` (the ledger, the run's records, the version's message, the feed; each
    showed or kept it whole). Each key found is also known to the log's redaction from now
    on (core/logs.register_secret), so an error that quotes the prompt logs no key either."""
    _register_keys(prompt)
    return _hide_local(_redacted(prompt))


@functools.lru_cache(maxsize=64)
def _register_keys(prompt: str) -> None:
    from devora_desktop.core.codescan import find_secrets
    from devora_desktop.core.logs import register_secret

    for s in find_secrets(prompt):
        register_secret(prompt[s.start:s.end])


def ledger_lines(run) -> list[str]:
    """A run's egress ledger as lines for a person (the CLI and the window say the same)."""
    lines = [f"Run {run.id} ({run.status.value}): {sent_prompt(run.prompt)[:80]}"]
    if not run.egress:
        lines.append("  nothing was sent to a model (offline templates, or none was asked)")
    files: set[str] = set()
    for call in run.egress:
        files.update(call.get("files", []))
        redacted = f", {call['redacted']} secret value(s) redacted" if call.get("redacted") \
            else ""
        about = "~" if call.get("estimated") else ""
        ended = f" · {call['outcome']}" + (" (tokens estimated)" if about else "") \
            if call.get("outcome") else ""
        lines.append(f"  {call['agent']:<10} {provider_name(call['provider'])} · "
                     f"{call['model']}: {about}{call['prompt_tokens']:,} tokens in, "
                     f"{about}{call['completion_tokens']:,} out; "
                     f"{plural(len(call.get('files', [])), 'file')}{redacted}{ended}")
    if files:
        lines.append("Files whose text was sent:")
        lines += [f"  {f}" for f in sorted(files)]
    return lines
