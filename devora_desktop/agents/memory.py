"""Local memory (replaces the seed's Memori/PostgreSQL service).

- Preferences: set in Settings, or learned from explicit statements in prompts ("always use
  TypeScript", "never use jQuery", "I prefer dark mode"); they go into the Architect's prompt.
- Similar projects: lexical similarity (TF-IDF cosine) over names, summaries and prompts of
  past projects, offered to the Architect and listed in the run record.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from devora_desktop.core.models import Project

_STATEMENT = re.compile(
    r"(?:^|[.!?;\n]\s*)((?:please\s+)?(?:always|never|don't ever|do not ever)\s+[^.!?;\n]{3,100}"
    r"|i\s+(?:always\s+)?(?:prefer|like to use|want you to use)\s+[^.!?;\n]{3,100}"
    r"|from now on,?\s+[^.!?;\n]{3,100})", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
_STOP = {"a", "an", "the", "and", "or", "with", "for", "of", "to", "in", "on", "my", "me",
         "app", "make", "build", "create", "that", "this", "is", "it", "please", "page", "i"}


def learn_preferences(prompt: str) -> list[str]:
    """Explicit, durable statements in a prompt, phrased as the user wrote them."""
    found = []
    for m in _STATEMENT.finditer(prompt):
        text = " ".join(m.group(1).split()).rstrip(",")
        text = text[0].upper() + text[1:]
        found.append(text)
    return found


def merge_preferences(existing: list[str], new: list[str], limit: int = 30) -> list[str]:
    seen = {p.casefold() for p in existing}
    merged = list(existing)
    for p in new:
        if p.casefold() not in seen:
            merged.append(p)
            seen.add(p.casefold())
    return merged[-limit:]


def _tokens(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1]


def similar_projects(prompt: str, projects: list[Project], *, exclude: str | None = None,
                     top: int = 3, threshold: float = 0.15) -> list[tuple[Project, float]]:
    docs = [(p, _tokens(f"{p.name} {p.summary} {p.prompt}")) for p in projects
            if p.id != exclude]
    if not docs:
        return []
    df: Counter[str] = Counter()
    for _, toks in docs:
        df.update(set(toks))
    n = len(docs) + 1

    def vec(toks: list[str]) -> dict[str, float]:
        tf = Counter(toks)
        return {t: c * math.log((n + 1) / (df.get(t, 0) + 1)) for t, c in tf.items()}

    def cos(a: dict[str, float], b: dict[str, float]) -> float:
        dot = sum(v * b.get(k, 0.0) for k, v in a.items())
        na = math.sqrt(sum(v * v for v in a.values()))
        nb = math.sqrt(sum(v * v for v in b.values()))
        return dot / (na * nb) if na and nb else 0.0

    q = vec(_tokens(prompt))
    scored = [(p, cos(q, vec(toks))) for p, toks in docs]
    scored = [(p, s) for p, s in scored if s >= threshold]
    return sorted(scored, key=lambda x: -x[1])[:top]
