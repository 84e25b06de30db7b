"""The wire formats between agents and models (see docs/ARCHITECTURE.md, Wire
protocol): parsers and schemas.

Everything here treats model output as untrusted text: the block parser never interprets the
body (no HTML unescaping), the JSON extractor tolerates prose and fences but validates with a
schema, and placeholder detection catches "rest of the code remains the same" answers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import (
    BaseModel,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from devora_desktop.agents import registry
from devora_desktop.core.errors import OutputFormatError

# ---- file blocks ------------------------------------------------------------------------
# Real models write files in more ways than the one we ask for. Accepted, in order of trust:
# our <file path="..."> blocks; the tag formats of other tools (Dyad's <dyad-write path>,
# bolt's <boltAction type="file" filePath>, Cline's <write_to_file><path>..<content>); and,
# until the answer has used a tag, whole-file markdown fences whose path is on the line
# before (Aider's "whole" format, `path`:, **path**, ### path, File: path) or in the fence's
# info string (```tsx app/page.tsx, ```tsx:app/page.tsx, ```tsx file="app/page.tsx").
_PATHV = r"""(?:"([^"<>\r\n]*)"|'([^'<>\r\n]*)')"""
_NAMES = r"(?:path|file|filename|name)"


@dataclass(frozen=True)
class _Kind:
    open: re.Pattern[str]
    close: re.Pattern[str] | None   # None: a delete, complete in its opening tag
    close_text: str = ""            # the closing tag as models write it


_KINDS = (
    _Kind(re.compile(r"<file\b[^<>]*?\b" + _NAMES + r"\s*=\s*" + _PATHV + r"[^<>]*>", re.I),
          re.compile(r"</file\s*>", re.I), "</file>"),
    _Kind(re.compile(r"<dyad-write\b[^<>]*?\bpath\s*=\s*" + _PATHV + r"[^<>]*>", re.I),
          re.compile(r"</dyad-write\s*>", re.I), "</dyad-write>"),
    _Kind(re.compile(r"<boltAction\b(?=[^<>]*\btype\s*=\s*[\"']file[\"'])[^<>]*?\bfilePath"
                     r"\s*=\s*" + _PATHV + r"[^<>]*>", re.I),
          re.compile(r"</boltAction\s*>", re.I), "</boltAction>"),
    _Kind(re.compile(r"<write_to_file>\s*<path>\s*()([^<>\r\n]+?)\s*</path>\s*<content>\n?",
                     re.I),
          re.compile(r"</content>\s*</write_to_file\s*>", re.I), "</content></write_to_file>"),
    _Kind(re.compile(r"<(?:dyad-)?delete\b[^<>]*?\b" + _NAMES + r"\s*=\s*" + _PATHV
                     + r"[^<>]*?/?>(?:\s*</(?:dyad-)?delete>)?", re.I), None),
)
_TAG_NAMES = ("file", "delete", "dyad-write", "dyad-delete", "boltaction", "write_to_file")
_TAG_START = re.compile(r"<(?:file|delete|dyad-write|dyad-delete|boltAction|write_to_file)\b",
                        re.I)
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^`\n]*?)[ \t]*\r?")
_FENCE_OPEN = re.compile(r"\A[ \t]*(`{3,}|~{3,})[^\n`]*\n")
_INFO_ATTR = re.compile(r"""\b(?:file|filename|path|title)\s*=\s*(?:"([^"]+)"|'([^']+)'|(\S+))""")
_HEADER = re.compile(
    r"""^\s*(?:[-*]\s+|\d+[.)]\s+)?(?:\#{1,6}\s*)?(?:<summary>)?\s*(?:\*\*|__)?\s*
        (?:(?:file(?:name)?|path)\s*:\s*)?(?:\*\*|__)?\s*`?(?P<path>[^\s`*<>"'|]+?)`?
        \s*(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*(?:</summary>)?\s*$""", re.I | re.X)
_EXTENSIONLESS = {"Dockerfile", "Makefile", "Procfile", "LICENSE", "Gemfile", "Rakefile"}
#: How far into a continuation a restarted opening tag is recognised mid-line.
_RESUME_WINDOW = 400


def looks_like_path(text: str) -> bool:
    """A relative file path as models write them: no spaces, a name with an extension (or a
    dotfile, or a well-known extensionless name). Safety is the file gate's job."""
    if not text or len(text) > 260 or any(c in text for c in " \t<>\"'|*?`"):
        return False
    name = text.rstrip("/").rsplit("/", 1)[-1]
    if name in _EXTENSIONLESS or (name.startswith(".") and len(name) > 1):
        return True
    stem, dot, ext = name.rpartition(".")
    return bool(dot and stem and ext and ext.isalnum() and not ext.isdigit()
                and not text.endswith("."))


def header_path(line: str) -> str | None:
    """The path a line announces before a fenced file: ``app/page.tsx``, `` `app/page.tsx`: ``,
    ``**app/page.tsx**``, ``### app/page.tsx``, ``File: app/page.tsx``, ``<summary>File: x``."""
    m = _HEADER.match(line)
    if m and looks_like_path(m.group("path")):
        return m.group("path")
    return None


def _info_path(info: str) -> str | None:
    """A path in a fence's info string: ``tsx file="a.tsx"``, ``tsx:a.tsx``, ``ts src/a.ts``."""
    m = _INFO_ATTR.search(info)
    if m:
        path = next(g for g in m.groups() if g)
        return path if looks_like_path(path) else None
    words = info.split()
    if len(words) == 1 and ":" in words[0]:
        words = words[0].split(":", 1)
    for word in words[1:] if len(words) > 1 else words:
        if looks_like_path(word) and ("/" in word or "." in word.strip(".")):
            return word
    return None


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


@dataclass(frozen=True)
class FileOpened:
    """A file block began, in whatever format the model used: its path is known and its
    text is on the way. Again for the same path when a continuation starts it over."""

    path: str


@dataclass(frozen=True)
class FileText:
    """More of the open file's text: whole lines as they arrive, each ending in a newline
    (the line break after the tag and a fence around the body are left out)."""

    path: str
    text: str


Item = FileBlock | DeleteBlock | Commentary | FileOpened | FileText


def _clean_body(body: str) -> str:
    """The file's text from a block body: CRLF -> LF, one fence around it removed (also a fence
    that opened inside the block and closed after it), a final newline."""
    body = body.replace("\r\n", "\n")
    if body.startswith("\n"):
        body = body[1:]
    stripped = body.strip("\n")
    m = _FENCE_OPEN.match(stripped)
    if m:
        fence = m.group(1)
        rest = stripped[m.end():]
        tail = rest.rstrip()
        last = tail.rsplit("\n", 1)[-1].strip() if tail else ""
        if last and set(last) == {fence[0]} and len(last) >= 3:
            body = tail[: len(tail) - len(tail.rsplit("\n", 1)[-1])] if "\n" in tail else ""
        else:
            body = rest  # the closing fence came after the block's end tag
    else:
        lines = stripped.rsplit("\n", 1)
        if len(lines) == 2 and lines[1].strip() and set(lines[1].strip()) <= {"`"} \
                and len(lines[1].strip()) >= 3:
            body = lines[0]  # a fence closing here that opened before the block's tag
    if body and not body.endswith("\n"):
        body += "\n"
    return body


class FileBlockParser:
    """Incremental: ``feed`` returns the items completed by the new text, so a file can be
    written the moment its block closes; call ``end_of_stream`` when a stream ends (a
    continuation may follow). ``open_path`` is the block being received. While a block is
    open, ``feed`` also returns :class:`FileOpened` and then :class:`FileText` for its lines,
    so a front end follows the file with this grammar, never a second one.

    A continuation may go on exactly where the text stopped, or start the open block (or the
    whole answer) over: an opening tag at the start of a line, or early in a continuation,
    restarts the open block when it names the same path and abandons it (``abandoned``)
    when it names another. A half-written header is never a path: a newer tag start inside
    it supersedes it."""

    def __init__(self) -> None:
        self._buf = ""
        self._mode = "out"                  # out | tag | fence
        self._path: str | None = None
        self._close: re.Pattern[str] | None = None
        self._close_text = ""
        self._scan = 0                      # tag mode: body already searched up to here
        self._body: list[str] = []          # tag mode: body text moved out of the buffer
        self._resume: int | None = None     # tag mode: where the continuation's text began
        self._fence: tuple[str, int] = ("`", 3)
        self._lines: list[str] = []         # fence mode: the body so far
        self._maybe: tuple[str, str] | None = None  # fence mode: (header line, its path)
        self._fresume: int | None = None    # fence mode: where the continuation began
        self._comment_fence: tuple[str, int] | None = None
        self._header: str | None = None     # out mode: the path the last line announced
        self._tags_seen = False
        self._ended = False
        self.files: list[FileBlock] = []
        self.deletes: list[DeleteBlock] = []
        self._abandoned: list[str] = []
        self._parts: list[str] = []
        self._announced = False             # the open block's FileOpened went out
        self._reported = 0                  # of its body: chars (tag) or lines (fence)
        self._live_head = True              # its leading line break / fence not yet seen

    @property
    def text(self) -> str:
        """Everything fed so far (what a continuation request repeats back)."""
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    # ---- state ---------------------------------------------------------------------
    @property
    def abandoned(self) -> list[str]:
        """Blocks started over for another file and never finished after all."""
        done = {f.path for f in self.files}
        return list(dict.fromkeys(p for p in self._abandoned if p not in done))

    @property
    def open_path(self) -> str | None:
        if self._path is not None:
            return self._path
        return "an unfinished file header" if self._partial_tag() else None

    @property
    def truncated(self) -> bool:
        return self._mode != "out" or self._partial_tag()

    def partial_body(self) -> str:
        if self._mode == "fence":
            return "\n".join(self._lines)
        return "".join(self._body) + self._buf if self._mode == "tag" else ""

    def _partial_tag(self) -> bool:
        """The buffer ends in the start of an opening tag whose header is not complete."""
        if self._mode != "out" or not self._buf:
            return False
        at = self._buf.rfind("<")
        if at == -1:
            return False
        tail = self._buf[at + 1:].lower()
        return any(tail.startswith(n) or n.startswith(tail) for n in _TAG_NAMES) and \
            tail[:1] != "/"

    # ---- input ---------------------------------------------------------------------
    def feed(self, text: str) -> list[Item]:
        if self._ended and self._mode == "tag" and self._resume is None:
            self._resume = len(self._buf)
        if self._ended and self._mode == "fence":
            self._fresume = len(self._buf)
        self._ended = False
        self._parts.append(text)
        self._buf += text
        out: list[Item] = []
        while self._step(out, final=False):
            pass
        self._progress(out)
        return out

    def end_of_stream(self) -> list[Item]:
        """The stream ended (a continuation may still follow). Completes what the end makes
        complete: a last line, a block whose closing tag was cut to ``</fi``."""
        self._ended = True
        out: list[Item] = []
        while self._step(out, final=True):
            pass
        if self._mode == "tag":
            # "...\n</fi": only the closing tag was cut, so the body is whole
            cut = self._buf.rstrip()
            at = cut.rfind("</")
            tail = "".join(cut[at:].split()).lower()
            if at > 0 and cut[at - 1] == "\n" and len(tail) >= 3 and \
                    self._close_text.lower().startswith(tail):
                self._emit_file("".join(self._body) + self._buf[:at], out)
                self._mode, self._buf, self._body = "out", "", []
        elif self._mode == "fence" and self._buf and self._is_close(self._buf):
            self._buf = ""
            self._emit_fenced(out)
        elif self._mode == "out" and self._buf and not self._partial_tag():
            self._outside_line(self._buf, out)
            self._buf = ""
        self._progress(out)
        return out

    # ---- the open block as it grows -------------------------------------------------
    def _opened(self, path: str, out: list[Item], announce: bool) -> None:
        """A block (tag or fence) began; a fence is announced at its first line, since it
        may turn out to be decoration around tags."""
        self._announced, self._reported, self._live_head = False, 0, True
        if announce:
            self._announce(out)

    def _announce(self, out: list[Item]) -> None:
        if not self._announced and self._path is not None:
            self._announced = True
            out.append(FileOpened(self._path))

    def _progress(self, out: list[Item]) -> None:
        """The open block's new whole lines, as FileText."""
        if self._path is None or self._mode == "out":
            return
        if self._mode == "fence":
            if not self._lines:
                return
            self._announce(out)
            text = "".join(line + "\n" for line in self._lines[self._reported:])
            self._reported = len(self._lines)
        else:
            body_len = sum(map(len, self._body))
            start = self._reported
            tail = self._buf[start - body_len:] if start >= body_len else \
                "".join(self._body)[start:] + self._buf
            nl = tail.rfind("\n")
            last = tail[tail.rfind("\n", 0, max(nl, 0)) + 1:nl].strip()
            if last.startswith("</") or (len(last) >= 3 and set(last) <= {"`", "~"}):
                nl = tail.rfind("\n", 0, max(nl, 0))  # maybe how the block ends: wait
            if nl < 0:
                return
            text = tail[:nl + 1].replace("\r\n", "\n")
            self._reported += nl + 1
            if self._live_head:  # the tag's line break, then maybe a fence around the body
                if start == 0 and text.startswith("\n"):
                    text = text[1:]
                if text:
                    self._live_head = False
                    m = _FENCE_OPEN.match(text)
                    text = text[m.end():] if m else text
        if text:
            out.append(FileText(self._path, text))

    # ---- the machine -----------------------------------------------------------------
    def _step(self, out: list[Item], final: bool) -> bool:
        if self._mode == "tag":
            return self._in_tag(out)
        if self._mode == "fence":
            return self._in_fence(out)
        return self._outside(out, final)

    def _outside(self, out: list[Item], final: bool) -> bool:
        buf = self._buf
        m_tag = _TAG_START.search(buf)
        nl = buf.find("\n")
        if m_tag and (nl == -1 or m_tag.start() < nl):  # fenced or not, a tag is a tag
            if m_tag.start():
                self._emit_commentary(buf[:m_tag.start()], out)
                self._buf = buf = buf[m_tag.start():]
            return self._open_tag(out, final)
        if nl == -1:
            if not self._partial_tag() and len(buf) > 4000:
                self._emit_commentary(buf, out)  # a very long line of prose
                self._buf = ""
            return False
        line, self._buf = buf[:nl], buf[nl + 1:]
        self._outside_line(line, out)
        return True

    def _outside_line(self, line: str, out: list[Item]) -> None:
        stripped = line.strip()
        if self._comment_fence is not None:
            if self._is_close(line, self._comment_fence):
                self._comment_fence = None
            self._emit_commentary(line + "\n", out)
            return
        m = _FENCE.fullmatch(line)
        if m:
            path = _info_path(m.group(2)) or self._header
            fence = (m.group(1)[0], len(m.group(1)))
            self._header = None
            if path is not None and not self._tags_seen:
                self._mode, self._path, self._fence, self._lines = "fence", path, fence, []
                self._opened(path, out, announce=False)
                return
            self._comment_fence = fence
            self._emit_commentary(line + "\n", out)
            return
        self._emit_commentary(line + "\n", out)
        if stripped:
            self._header = header_path(line)

    def _open_tag(self, out: list[Item], final: bool) -> bool:
        """The buffer starts with a tag start: open a block, take a delete, or wait."""
        buf = self._buf
        nxt = _TAG_START.search(buf, 1)
        for kind in _KINDS:
            m = kind.open.match(buf)
            if not m:
                continue
            if nxt is not None and nxt.start() < m.end():
                break  # a header cut short and started again: the newer one counts
            path = next((g for g in m.groups() if g), "")
            self._tags_seen = True
            self._buf = buf[m.end():]
            if kind.close is None:
                block = DeleteBlock(path)
                self.deletes.append(block)
                out.append(block)
                return True
            self._mode, self._path, self._close = "tag", path, kind.close
            self._close_text = kind.close_text
            self._scan, self._resume, self._body = 0, None, []
            self._opened(path, out, announce=True)
            return True
        if nxt is not None:
            # Whatever came before the next tag start was a header cut short (dropped,
            # never a path) or tag-like prose (commentary).
            head = buf[:nxt.start()]
            if ">" in head:
                self._emit_commentary(head, out)
            self._buf = buf[nxt.start():]
            return True
        complete = len(buf) > 400 or "<content>" in buf.lower() or (
            ">" in buf and not buf.lower().startswith("<write_to_file"))
        if complete or (final and not self._partial_tag()):
            self._emit_commentary(buf[:1], out)  # a tag-like word that is not a block
            self._buf = buf[1:]
            return True
        return False

    def _in_tag(self, out: list[Item]) -> bool:
        assert self._close is not None and self._path is not None
        buf = self._buf
        close = self._close.search(buf, self._scan)
        limit = close.start() if close else len(buf)
        for m in _TAG_START.finditer(buf, self._scan, limit):
            at = m.start()
            early = self._resume is not None and self._resume <= at < \
                self._resume + _RESUME_WINDOW
            line_start = buf[at - 1] == "\n" if at else \
                (not self._body or self._body[-1].endswith("\n"))
            if not (line_start or early):
                continue
            opened = next((k.open.match(buf, at) for k in _KINDS[:-1]
                           if k.open.match(buf, at)), None)
            if opened is None:
                if len(buf) - at < 400 and close is None:
                    self._scan = at  # maybe a header still arriving: look again
                    return False
                continue
            # The block (or the whole answer) was started over.
            path = next((g for g in opened.groups() if g), "")
            if path != self._path:
                self._abandoned.append(self._path)
            self._mode, self._path, self._buf, self._body = "out", None, buf[at:], []
            return True
        if close is None:
            self._scan = max(self._scan, len(buf) - 40)
            if self._scan > 2000:  # keep the buffer short: feed stays linear in the body
                cut = self._scan - 400
                self._body.append(buf[:cut])
                self._buf, self._scan = buf[cut:], self._scan - cut
                if self._resume is not None:
                    self._resume -= cut
            return False
        self._emit_file("".join(self._body) + buf[: close.start()], out)
        self._mode, self._path, self._buf, self._body = "out", None, buf[close.end():], []
        self._resume = None
        return True

    def _emit_file(self, body: str, out: list[Item]) -> None:
        assert self._path is not None
        block = FileBlock(self._path, _clean_body(body))
        self.files.append(block)
        out.append(block)
        self._path = None

    def _in_fence(self, out: list[Item]) -> bool:
        nl = self._buf.find("\n")
        if nl == -1:
            return False
        line, self._buf = self._buf[:nl], self._buf[nl + 1:]
        line = line.removesuffix("\r")
        if self._fresume is not None:
            at, self._fresume = self._fresume, (self._fresume - nl - 1 if self._fresume > nl
                                                else None)
            hp = header_path(line[at:]) if 0 < at <= nl else None
            if hp is not None and self._known(hp):
                # the continuation started the file over on the line that was cut
                self._lines.append(line[:at])
                self._maybe = (line[at:], hp)
                return True
        if self._maybe is not None:
            held, held_path = self._maybe
            self._maybe = None
            m = _FENCE.fullmatch(line)
            if m and m.group(2):  # "path" then "```lang": that file (again) from the top
                self._restart_fence(held_path, (m.group(1)[0], len(m.group(1))), out)
                return True
            self._lines.append(held)
        if self._is_close(line):
            self._emit_fenced(out)
            return True
        if not self._lines and _TAG_START.match(line.lstrip()):
            # a fence wrapped around file blocks: the fence is decoration
            self._comment_fence, self._mode, self._path = self._fence, "out", None
            self._buf = line + "\n" + self._buf
            return True
        m = _FENCE.fullmatch(line)
        if m and m.group(2) and (path := _info_path(m.group(2))) is not None and \
                self._known(path):
            self._restart_fence(path, (m.group(1)[0], len(m.group(1))), out)
            return True
        hp = header_path(line)
        if hp is not None and self._known(hp):
            self._maybe = (line, hp)
            return True
        self._lines.append(line)
        return True

    def _known(self, path: str) -> bool:
        return path == self._path or any(f.path == path for f in self.files)

    def _restart_fence(self, path: str, fence: tuple[str, int], out: list[Item]) -> None:
        if path != self._path and self._path is not None:
            self._abandoned.append(self._path)
        self._path, self._fence, self._lines = path, fence, []
        self._opened(path, out, announce=False)

    def _emit_fenced(self, out: list[Item]) -> None:
        assert self._path is not None
        self._announce(out)
        block = FileBlock(self._path, "".join(line + "\n" for line in self._lines))
        self.files.append(block)
        out.append(block)
        self._mode, self._path, self._lines = "out", None, []

    def _is_close(self, line: str, fence: tuple[str, int] | None = None) -> bool:
        char, length = fence or self._fence
        text = line.strip()
        return len(text) >= length and set(text) == {char}

    @staticmethod
    def _emit_commentary(text: str, out: list[Item]) -> None:
        if text.strip():
            out.append(Commentary(text))


def parse_file_blocks(text: str) -> FileBlockParser:
    parser = FileBlockParser()
    parser.feed(text)
    parser.end_of_stream()
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
# The same, over lower-cased text: re cannot search for a literal prefix under IGNORECASE
# (~15x slower on a 30-file project).
_PLACEHOLDER_LOWER = re.compile(PLACEHOLDER.pattern.replace("TODO", "todo"))


def find_placeholder(content: str) -> str | None:
    lower = content.lower()
    m = _PLACEHOLDER_LOWER.search(lower)
    if not m:
        return None
    line_no = lower.count("\n", 0, m.start()) + 1
    found = content[m.start():m.end()] if len(lower) == len(content) else m.group(0)
    return f"line {line_no}: {found!r}"


# ---- JSON --------------------------------------------------------------------------------
_JSON_FENCE = re.compile(r"```(?:json|JSON)?[ \t]*\n(.*?)\n?```", re.DOTALL)


def extract_json_object(text: str, keys: tuple[str, ...] = ()) -> dict[str, Any]:
    """The JSON object in ``text`` as models write it: fenced or not, prose around it, and
    (repaired with json-repair) comments, trailing commas, single quotes or a cut-off end.
    With ``keys``, an object holding one of them wins over any other (a plan over one of its
    own file entries when the outer object needed repair)."""
    candidates = [m.group(1) for m in _JSON_FENCE.finditer(text)] + [text]
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []

    def take(obj: Any) -> bool:
        if isinstance(obj, dict) and obj:
            found.append(obj)
            return not keys or any(k in obj for k in keys)
        return False

    for candidate in candidates:
        first = candidate.find("{")
        if first == -1:
            continue
        try:
            if take(decoder.raw_decode(candidate, first)[0]):
                return found[-1]
        except ValueError:
            pass
        span = candidate[first: candidate.rfind("}") + 1 or len(candidate)]
        if take(_repair(span)):
            return found[-1]
    for candidate in candidates:
        for m in re.finditer(r"\{", candidate):
            try:
                if take(decoder.raw_decode(candidate, m.start())[0]):
                    return found[-1]
            except ValueError:
                continue
    if found:
        return found[0]
    raise OutputFormatError("the answer holds no JSON object")


def repair_json_object(text: str) -> Any:
    """A broken JSON object from its first ``{`` to its last ``}`` (or the end), repaired."""
    first = text.find("{")
    return None if first == -1 else _repair(text[first: text.rfind("}") + 1 or len(text)])


def _repair(text: str) -> Any:
    import json_repair  # imported on first need: most answers are valid JSON

    try:
        return json_repair.loads(text)
    except (ValueError, RecursionError, TypeError):
        return None


# ---- schemas ---------------------------------------------------------------------------
class PlannedFile(BaseModel):
    path: str
    owner: str  # a code agent of the registry (agents/registry.py)
    purpose: str = ""
    action: Literal["create", "modify", "delete"] = "create"

    @field_validator("owner")
    @classmethod
    def _owner(cls, v: str) -> str:
        owners = registry.file_owners()
        if v not in owners:
            raise ValueError(f"owner must be one of {', '.join(owners)}")
        return v

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


# Keys a model uses for an issue instead of the documented path/problem/fix (walk13 #28:
# {"file": …, "message": …} showed as a bare ":" in the feed).
_ISSUE_KEYS = {"path": ("file", "filename", "file_path", "filepath"),
               "problem": ("message", "issue", "description", "text", "detail", "title"),
               "fix": ("suggestion", "recommendation", "solution", "fix_suggestion")}


class ReviewIssue(BaseModel):
    path: str = ""
    agent: str = ""
    problem: str = ""
    fix: str = ""

    @model_validator(mode="before")
    @classmethod
    def _tolerant(cls, v: Any) -> Any:
        """A plain string is the problem; a known stand-in key fills an empty field; an issue
        still without a problem keeps its raw text, so the person reads what was asked."""
        if isinstance(v, str):
            return {"problem": v.strip()}
        if not isinstance(v, dict):
            return v
        out = {k: str(v[k]) for k in ("path", "agent", "problem", "fix")
               if isinstance(v.get(k), str | int | float)}
        for field, others in _ISSUE_KEYS.items():
            if not str(out.get(field, "")).strip():
                given = next((v[k] for k in others if isinstance(v.get(k), str) and v[k].strip()),
                             "")
                out[field] = given
        if not out["problem"].strip():
            rest = {k: x for k, x in v.items() if k not in ("path", "agent", "fix")}
            out["problem"] = json.dumps(rest, ensure_ascii=False) if rest else ""
        return out


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


def validate_plan(data: dict[str, Any]) -> Plan:
    """A plan object checked against the schema; what is wrong, in one line. The answer is
    read by ``plan_stream.parse_plan``, the reader the streamed plan uses too."""
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'plan'}: {e['msg']}"
            for e in exc.errors()[:5])
        raise OutputFormatError(f"the plan does not match the schema: {problems}") from None


def parse_review(text: str) -> Review:
    try:
        return Review.model_validate(extract_json_object(text, ("status",)))
    except ValidationError as exc:
        raise OutputFormatError(f"the review does not match the schema: "
                                f"{exc.errors()[0]['msg']}") from None
