"""The learned reader: a second opinion on which shape a prompt asks for, from a small
complement naive Bayes over character n-grams and words, trained on every labelled prompt
in ``bench/`` (the everyday corpus and the held-out rounds) by ``bench/train_reader.py``.

The scored reader (reader.py) is rules chosen on the prompts it was tuned on; on a fresh
set its sureness did not transfer (an everyday "quadro", "carte" or "menù" read as the
app's name). This half knows no rule: it weighs every n-gram the labelled prompts carried,
so it errs differently, and a reading is sure only when both halves agree
(``reader.Reading.sure``; docs/ARCHITECTURE.md, Offline templates).

The model is the training counts themselves (``reader_model.json.gz``: per feature, its
count in the prompts of each shape), so training is counting, reproducible to the byte, and
the file says what it learned. Pure, no Qt; loaded once (~0.1 s), then ~1 ms a prompt.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from devora_desktop.agents.templates import greetings

MODEL = Path(__file__).with_name("reader_model.json.gz")
_WORD = re.compile(r"[^\W_]+")


#: how many of a prompt's first words count again as its head: "Un tablero con gráficos de
#: las ventas …" names its app in its first words, a word further on is more often what the
#: app holds or a side remark. Leave-one-round-out over the 887 labelled prompts: 794 right
#: without head features, 804 with the head's words, 816 with their pieces too (3 words 817,
#: 5 815, 8 801); log loss 0.390 -> 0.324.
HEAD = 4
#: how a group of features (a word's pieces, a head word: ``groups``) shares its weight: each
#: of its n known features weighs 1 / n ** SHARE (0: each a whole vote, as before; 1: the group
#: one vote). Leave-one-round-out over the labelled prompts but round 16's (bench/reader.py
#: --loro), learned right for 0 / 0.35 / 0.5 / 1: 873 / 877 / 872 / 855 of 939; with the rules
#: of today 904 / 910 / 910 / 905 right, 0 / 0 / 1 / 2 sure-wrong, 165 / 153 / 146 / 159 asked;
#: with each round's rules as they were before it was tuned on (--rules-then, rounds 6-15)
#: 511 / 518 / 518 right of 550, 0 / 0 / 2 sure-wrong, 159 / 153 / 150 asked
SHARE = 0.35


def features(text: str) -> list[str]:
    """The prompt's features, each once, in the order first seen: its words ("=menu"), word
    pairs ("menu+for") and the 2- to 5-letter pieces of each word padded with spaces
    (" me", "enu "), lower case and without accents, so "menù", "Menü" and "menu" meet; and
    the first HEAD words again, whole ("^=menu") and as 3- to 5-letter pieces ("^ men"), so
    what a prompt opens with weighs twice, in any of its inflections."""
    return [f for group in groups(text) for f in group]


def groups(text: str) -> list[tuple[str, ...]]:
    """``features`` by where they come from, each feature in the first group that has it: each
    word whole, each word pair, each word's pieces, and each head word again (whole and its
    pieces): a group is one piece of evidence (``Model.scores``)."""
    words = _WORD.findall(_plain(text))
    # the head is what the prompt opens with after its salutation ("Hallo zusammen, meine Oma
    # …": "meine Oma", not the greeting, whatever shape the greeting's prompts were)
    head = _WORD.findall(_plain(text[greetings.salutation(text):]))[:HEAD]
    # … and what its request names: the words after its first asking words ("… und ich
    # verliere den Überblick. Ich bräuchte eine einfache Aufgabenliste"), where a prompt told
    # as a story names its app
    if asked := _ASKING.search(text):
        head += _request_words(_WORD.findall(_plain(text[asked.end():])))
    kinds = [[f"={w}"] for w in words]
    kinds += [[f"{a}+{b}"] for a, b in pairwise(words)]
    kinds += [_pieces(w, 2) for w in dict.fromkeys(words)]
    kinds += [[f"^={w}", *(f"^{p}" for p in _pieces(w, 3))] for w in head]
    seen: set[str] = set()
    out = []
    for group in kinds:
        fresh = tuple(f for f in dict.fromkeys(group) if f not in seen)
        seen.update(fresh)
        if fresh:
            out.append(fresh)
    return out


# Asking words, in the six languages: what follows them is the request
_ASKING = re.compile(
    r"\b(?:(?:i|we)(?: would| really| just|'d|'ll)? (?:want|need|like|love)|looking for|"
    r"(?:can|could) (?:you|we|i) (?:make|build|create|have|get)|(?:make|build|create|give) me|"
    r"voudrais|voudrait|voudrions|voulons|veux|aimerais|aimerions|il (?:me|nous) faudrait|"
    r"il (?:me|nous) faut|besoin d'|pourriez-vous|pouvez-vous|cherche|cherchons|"
    r"quiero|queremos|quisiera|quisi[ée]ramos|necesito|necesitamos|me gustar[íi]a|"
    r"nos gustar[íi]a|busco|buscamos|"
    r"m[öo]chte|m[öo]chten|h[äa]tte gern|h[äa]tten gern|br[äa]uchte|br[äa]uchten|brauche|"
    r"brauchen|suche|suchen|w[üu]nsche|w[üu]nschen|"
    r"quero|queria|queremos|quer[íi]amos|preciso|precisamos|gostaria|gostar[íi]amos|"
    r"vorrei|vorremmo|voglio|vogliamo|mi serve|ci serve|mi servirebbe|ci servirebbe|"
    r"cerco|cerchiamo)\b", re.I)


def _request_words(words: list[str]) -> list[str]:
    """The first HEAD words of a request longer than three letters: what it names, not its
    "que las", "eine" or "to". Leave-one-round-out over the 1179 labelled prompts (what is
    said as not wanted blanked: ``reader.for_learned``): 1077 right with no request words,
    1088 with its first HEAD words, 1087 with these, 1083 with its first three words; the
    first HEAD words tipped round 23's "queremos que las familias puedan encargar … un menú"
    (the rules' sure menu) to a shop at p 0.95, these do not."""
    return [w for w in words if len(w) > 3][:HEAD]


def _plain(text: str) -> str:
    """``text`` in lower case without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def _pieces(word: str, shortest: int) -> list[str]:
    """The ``shortest``- to 5-letter pieces of ``word`` padded with spaces."""
    padded = f" {word} "
    return [padded[i:i + n] for n in range(shortest, 6) for i in range(len(padded) - n + 1)]


def words(text: str) -> int:
    """How many words ``text`` has, as the model splits them."""
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class Guess:
    """The learned reader's ranking: every shape with its probability, best first."""

    ranked: tuple[tuple[str, float], ...]
    #: how many words the prompt had (None: not said): a short prompt gives the model few
    #: n-grams to weigh, and its p is flat there
    words: int | None = None

    @property
    def shape(self) -> str:
        return self.ranked[0][0]

    @property
    def p(self) -> float:
        return self.ranked[0][1]

    def of(self, shape: str) -> float:
        return next((p for s, p in self.ranked if s == shape), 0.0)


class Model:
    """Complement naive Bayes from counts (Rennie et al. 2003: each shape weighed by how
    rare its features are in the prompts of every other shape, which holds up better than
    plain naive Bayes when the shapes have few and uneven prompts; leave-one-round-out 89%
    against 85%). ``counts[feature]`` holds (shape index, prompts of that shape with the
    feature); add-``alpha`` smoothing; ``temperature`` divides the scores before the
    softmax, so that p is calibrated (fitted by leave-one-round-out: bench/train_reader.py).
    """

    def __init__(self, data: dict) -> None:
        self.data = data
        self.shapes: list[str] = data["shapes"]
        alpha: float = data["alpha"]
        self.temperature: float = data["temperature"]
        totals = [0] * len(self.shapes)
        for row in data["counts"].values():
            for k, n in row:
                totals[k] += n
        smoothing = alpha * len(data["counts"])
        # a shape's score: each known feature's weight, -log of its smoothed share among
        # the other shapes' features; the part every shape shares is left out, so a feature
        # costs log(the others' total) and gains where the shape itself has it
        self._base = [math.log(sum(totals) - t + smoothing) for t in totals]
        self._alpha = alpha
        #: each feature's weights, worked out when a prompt first has it: for all 70,000
        #: at once they were 0.2 s of every command-line run's CPU, for the dozens a
        #: prompt has
        self._gain: dict[str, tuple[tuple[int, float], ...] | None] = {}

    def gains(self, feature: str) -> tuple[tuple[int, float], ...] | None:
        """(shape index, weight) of each shape whose prompts had ``feature``; None: unknown."""
        try:
            return self._gain[feature]
        except KeyError:
            pass
        row = self.data["counts"].get(feature)
        gains = None
        if row is not None:
            seen = sum(n for _, n in row) + self._alpha
            gains = tuple((k, math.log(seen / (seen - n))) for k, n in row)
        self._gain[feature] = gains
        return gains

    def scores(self, text: str) -> list[float]:
        """Each shape's score: the features' weights, a group's (``groups``: a word's pieces,
        a head word) shared out as 1 / (its known features) ** SHARE each. Summed one by one,
        a word of 20-odd pieces was 20-odd votes: one subject word outweighed the app's
        name ("quadro de tarefas" p 0.99 a to-do list, from "tarefas"; "page d'accueil pour
        mon salon de coiffure …" p 0.98 a booking page, from "coiffure")."""
        out = [0.0] * len(self.shapes)
        known = 0.0
        for group in groups(text):
            rows = [row for row in map(self.gains, group) if row is not None]
            if not rows:
                continue
            weight = 1.0 / len(rows) ** SHARE
            known += weight * len(rows)
            for row in rows:
                for k, g in row:
                    out[k] += weight * g
        return [s + known * b for s, b in zip(out, self._base, strict=True)]

    def guess(self, text: str) -> Guess:
        return calibrated(dict(zip(self.shapes, self.scores(text), strict=True)),
                          self.temperature, words(text))


def calibrated(scores: dict[str, float], temperature: float,
               words: int | None = None) -> Guess:
    """Scores per shape as probabilities: a softmax of the scores over ``temperature``."""
    top = max(scores.values())
    weights = {s: math.exp((v - top) / temperature) for s, v in scores.items()}
    total = sum(weights.values())
    return Guess(tuple(sorted(((s, w / total) for s, w in weights.items()),
                              key=lambda sp: -sp[1])), words)


def train(prompts: list[tuple[str, str]], alpha: float, temperature: float,
          min_docs: int = 1) -> dict:
    """The model's data from (text, shape) pairs: per feature seen in at least ``min_docs``
    prompts, how many prompts of each shape hold it. Deterministic: sorted keys and shapes."""
    shapes = sorted({shape for _, shape in prompts})
    seen = {shape: Counter() for shape in shapes}
    for text, shape in prompts:
        seen[shape].update(features(text))
    counts: dict[str, list[list[int]]] = {}
    for k, shape in enumerate(shapes):
        for f, n in seen[shape].items():
            counts.setdefault(f, []).append([k, n])
    return {"shapes": shapes, "alpha": alpha, "temperature": temperature,
            "docs": [sum(1 for _, s in prompts if s == shape) for shape in shapes],
            "counts": {f: counts[f] for f in sorted(counts)
                       if sum(n for _, n in counts[f]) >= min_docs}}


def dumps(data: dict) -> bytes:
    """The model file's bytes: compact JSON, gzip with no name or time, so the same counts
    give the same bytes."""
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
    return gzip.compress(text.encode(), compresslevel=6, mtime=0)


@cache
def model() -> Model:
    return Model(json.loads(gzip.decompress(MODEL.read_bytes())))


def guess(prompt: str) -> Guess:
    """The learned reader's shapes for ``prompt``, with probabilities."""
    return model().guess(prompt)
