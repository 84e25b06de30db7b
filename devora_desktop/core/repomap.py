"""A map of a codebase for the Architect: which file defines what, ranked by relevance to the
request, cut to a token budget (the idea of Aider's repo map).

- Definitions come from tree-sitter (``tree-sitter-language-pack``) queries per language;
  references are the identifiers of a file that some other file defines (a word scan, far
  cheaper than walking every syntax node, and what the ranking needs).
- Files reference files: an edge A -> B for each name A uses that B defines. A personalised
  PageRank over that graph, seeded by the files and names the request mentions, ranks them.
- Parsing is cached per file (size + mtime) in one JSON file, so a reopen parses only what
  changed. See docs/ARCHITECTURE.md, Open a folder.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from devora_desktop.core.workspace import atomic_write

CACHE_FORMAT = 1
MAX_PARSE_BYTES = 512_000
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]{2,}")
#: Names too common to tie files together.
_STOP_WORDS = ("self this init main test tests setup none null true false None True False "
               "get set add new run data value values name type item items list dict string "
               "str int index default props state config options args kwargs result error "
               "err ctx req res app")
_STOP = frozenset(_STOP_WORDS.split())

_LANG_BY_SUFFIX = {
    ".py": "python", ".pyi": "python", ".js": "javascript", ".mjs": "javascript",
    ".cjs": "javascript", ".jsx": "javascript", ".ts": "typescript", ".mts": "typescript",
    ".tsx": "tsx", ".go": "go", ".rs": "rust", ".java": "java", ".rb": "ruby", ".c": "c",
    ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".hpp": "cpp", ".php": "php",
}
#: The tree-sitter grammars the map parses with (the bundle must carry each one).
GRAMMARS = frozenset(_LANG_BY_SUFFIX.values())
_JS = """
(function_declaration name: (identifier) @d)
(class_declaration name: (_) @d)
(method_definition name: (property_identifier) @d)
(variable_declarator name: (identifier) @d value: [(arrow_function) (function_expression)])
"""
_TS_EXTRA = """
(interface_declaration name: (type_identifier) @d)
(type_alias_declaration name: (type_identifier) @d)
(enum_declaration name: (identifier) @d)
"""
_QUERIES = {
    "python": """(function_definition name: (identifier) @d)
                 (class_definition name: (identifier) @d)""",
    "javascript": _JS,
    "typescript": _JS + _TS_EXTRA,
    "tsx": _JS + _TS_EXTRA,
    "go": """(function_declaration name: (identifier) @d)
             (method_declaration name: (field_identifier) @d)
             (type_spec name: (type_identifier) @d)""",
    "rust": """(function_item name: (identifier) @d) (struct_item name: (type_identifier) @d)
               (enum_item name: (type_identifier) @d) (trait_item name: (type_identifier) @d)""",
    "java": """(class_declaration name: (identifier) @d)
               (interface_declaration name: (identifier) @d)
               (method_declaration name: (identifier) @d)""",
    "ruby": """(method name: (identifier) @d) (class name: (constant) @d)
               (module name: (constant) @d)""",
    "c": """(function_declarator declarator: (identifier) @d)
            (struct_specifier name: (type_identifier) @d)""",
    "cpp": """(function_declarator declarator: (identifier) @d)
              (class_specifier name: (type_identifier) @d)
              (struct_specifier name: (type_identifier) @d)""",
    "php": """(function_definition name: (name) @d) (class_declaration name: (name) @d)
              (method_declaration name: (name) @d)""",
}


_SUFFIXES = ("ments", "ment", "ings", "ing", "ed", "es", "s", "er")
_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


def stem(word: str) -> str:
    """A crude stem, enough to meet "shipment" and "shipping", "changes" and "changed"."""
    w = word.lower()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2]:
        w = w[:-1]
    return w


def _split(name: str) -> list[str]:
    """``send_customer_email`` / ``CartService`` -> their words."""
    return [p for p in _PARTS.findall(name) if len(p) >= 3]


def language_of(path: str) -> str | None:
    return _LANG_BY_SUFFIX.get(os.path.splitext(path)[1].lower())


class _Parsers:
    """One parser and compiled query per language, made on first use."""

    def __init__(self) -> None:
        self._made: dict[str, tuple] = {}

    def definitions(self, language: str, data: bytes) -> list[tuple[str, int]]:
        if language not in self._made:
            from tree_sitter import Query, QueryCursor
            from tree_sitter_language_pack import get_language, get_parser

            lang = get_language(language)  # type: ignore[arg-type]
            self._made[language] = (get_parser(language),  # type: ignore[arg-type]
                                    QueryCursor(Query(lang, _QUERIES[language])))
        parser, cursor = self._made[language]
        tree = parser.parse(data)
        found = cursor.captures(tree.root_node).get("d", [])
        spots = sorted({(n.start_point, n.text.decode("utf-8", "replace"))
                        for n in found if n.text})  # in source order, stable
        return [(name, point[0] + 1) for point, name in spots]


@dataclass
class FileFacts:
    defs: list[tuple[str, int]] = field(default_factory=list)  # (name, line)
    words: list[str] = field(default_factory=list)  # identifiers used (distinct)


@dataclass
class RepoMap:
    """The facts of every mapped file and the ranking over them."""

    root: Path
    facts: dict[str, FileFacts]
    parsed: int = 0  # files parsed in this build (the rest came from the cache)

    @classmethod
    def build(cls, root: Path, files: list[str], cache: Path | None = None) -> RepoMap:
        """Parse what changed since the cache was written (all of it without a cache)."""
        old: dict = {}
        if cache is not None:
            try:
                raw = json.loads(cache.read_text("utf-8"))
                old = raw.get("files", {}) if raw.get("format") == CACHE_FORMAT else {}
            except (OSError, ValueError):
                old = {}
        parsers = _Parsers()
        facts: dict[str, FileFacts] = {}
        stamps: dict[str, list] = {}
        parsed = 0
        for rel in files:
            language = language_of(rel)
            if language is None:
                continue
            try:
                st = os.stat(os.path.join(root, rel))
            except OSError:
                continue
            if st.st_size > MAX_PARSE_BYTES:
                continue
            stamp = [st.st_size, st.st_mtime_ns]
            hit = old.get(rel)
            if hit and hit.get("stamp") == stamp:
                facts[rel] = FileFacts([tuple(d) for d in hit["defs"]], hit["words"])
            else:
                try:
                    data = (Path(root) / rel).read_bytes()
                    defs = parsers.definitions(language, data)
                except (OSError, ValueError, LookupError):
                    continue
                words = sorted(set(_WORD.findall(data.decode("utf-8", "replace"))) - _STOP)
                facts[rel] = FileFacts(defs, words)
                parsed += 1
            stamps[rel] = stamp
        if cache is not None and (parsed or set(old) != set(facts)):
            doc = {"format": CACHE_FORMAT, "files": {
                rel: {"stamp": stamps[rel], "defs": f.defs, "words": f.words}
                for rel, f in facts.items()}}
            atomic_write(cache, json.dumps(doc, separators=(",", ":")).encode("utf-8"))
        return cls(Path(root), facts, parsed)

    # ---- ranking --------------------------------------------------------------------------------
    def _graph(self) -> dict[str, dict[str, float]]:
        definers: dict[str, set[str]] = defaultdict(set)
        for rel, f in self.facts.items():
            for name, _line in f.defs:
                if name not in _STOP:
                    definers[name].add(rel)
        edges: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for rel, f in self.facts.items():
            for word in f.words:
                targets = definers.get(word)
                if not targets or len(targets) > 20:  # a name everyone defines ties nothing
                    continue
                for target in targets:
                    if target != rel:
                        edges[rel][target] += 1.0 / len(targets)
        return edges

    def rank(self, request: str = "", mentioned: tuple[str, ...] = ()) -> list[tuple[str, float]]:
        """Files by relevance: PageRank over references, personalised towards the files and
        defined names the request (and ``mentioned`` paths) point at."""
        files = list(self.facts)
        if not files:
            return []
        words = {stem(w) for w in _WORD.findall(request)} - _STOP
        seed: dict[str, float] = {}
        for rel, f in self.facts.items():
            score = 0.0
            if rel in mentioned:
                score += 10
            parts = {stem(w) for p in Path(rel).with_suffix("").parts for w in _split(p)}
            score += 3 * len(parts & words)
            score += sum(len({stem(w) for w in _split(name)} & words) for name, _ in f.defs)
            if score:
                seed[rel] = score
        total = sum(seed.values())
        base = {rel: seed.get(rel, 0.0) / total for rel in files} if total else \
            {rel: 1.0 / len(files) for rel in files}
        edges = self._graph()
        rank = dict(base)
        for _ in range(20):
            nxt = {rel: 0.15 * base[rel] for rel in files}
            for src, targets in edges.items():
                out = sum(targets.values())
                share = 0.85 * rank.get(src, 0.0) / out if out else 0.0
                for dst, w in targets.items():
                    nxt[dst] += share * w
            dangling = 0.85 * sum(rank[r] for r in files if r not in edges)
            for rel in files:
                nxt[rel] += dangling * base[rel]
            rank = nxt
        # what the request names outright comes first, then the ranking
        return sorted(((rel, rank[rel] + seed.get(rel, 0.0)) for rel in files),
                      key=lambda item: (-item[1], item[0]))

    def render(self, request: str = "", budget_tokens: int = 2048,
               mentioned: tuple[str, ...] = (), others: list[str] | None = None) -> str:
        """The map as text within ``budget_tokens`` (~4 characters a token): the ranked files
        with their definitions, then, space allowing, the names of other files."""
        budget = budget_tokens * 4
        lines: list[str] = []
        used = 0
        for rel, _score in self.rank(request, mentioned):
            defs = self.facts[rel].defs
            block = [f"{rel}:"] + [f"  {name} (line {line})" for name, line in defs[:30]]
            if len(defs) > 30:
                block.append(f"  ... {len(defs) - 30} more")
            size = sum(len(b) + 1 for b in block)
            if used + size > budget:
                if used + len(rel) + 1 <= budget:
                    lines.append(rel)
                    used += len(rel) + 1
                continue
            lines += block
            used += size
        for rel in others or []:
            if rel in self.facts:
                continue
            if used + len(rel) + 1 > budget:
                lines.append("... more files not shown")
                break
            lines.append(rel)
            used += len(rel) + 1
        return "\n".join(lines)

    def related(self, paths: list[str], limit: int = 8) -> list[str]:
        """Files the given ones reference (by the names they use), most referenced first."""
        edges = self._graph()
        weight: dict[str, float] = defaultdict(float)
        for rel in paths:
            for dst, w in edges.get(rel, {}).items():
                if dst not in paths:
                    weight[dst] += w
        return [rel for rel, _ in sorted(weight.items(), key=lambda i: (-i[1], i[0]))][:limit]


def estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / 4)
