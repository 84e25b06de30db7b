"""Trains the learned reader (devora_desktop/agents/templates/learned.py) on every labelled
prompt: the everyday corpus (bench/quality_prompts.toml), the prompts written for its training
(bench/reader_examples.toml) and each held-out round (bench/heldout/**/quality_prompts*.toml),
and writes its model file. Deterministic: the same
prompts give the same bytes (tests/agents/test_reader_learned.py retrains and compares).

The temperature that calibrates its probabilities is fitted by leave-one-round-out: each
round is scored by a model trained without it, and the temperature is the one (of a fixed
grid) with the least log loss over those scores. ``loro()`` is what bench/reader.py --loro
reads; there each round's temperature is fitted without that round too.

Run: .venv/bin/python bench/train_reader.py [--check]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devora_desktop.agents.templates import learned, reader

HERE = Path(__file__).parent
ALPHA = 1.0  # add-one smoothing: leave-one-round-out 683/767 on rounds but 12, 0.3 679, 2 682
#: the temperatures tried: 0.5 to 20 by quarters
GRID = [q / 4 for q in range(2, 81)]


#: prompts written for the training alone, a few per cause where the learned reader leaned
#: wrong (bench/quality.py never measures them)
EXAMPLES = HERE / "reader_examples.toml"


def round_of(path: Path) -> str:
    """"corpus", "examples" (EXAMPLES), "round1" (the first held-out set), "round2", …"""
    if path.resolve() == EXAMPLES.resolve():
        return "examples"
    if path.parent == HERE:
        return "corpus"
    number = re.search(r"(\d+)$", path.stem)
    return f"round{number.group(1) if number else 1}"


#: rounds committed but not trained on yet: rounds 17 to 26, the newest blind rounds, are
#: committed as measured and join the training when the next retrain is checked against the
#: reader's tests
#: (round 16's food truck, "Je tiens un food truck. J'aimerais une page où les gens voient où je
#: suis chaque jour", was read as a menu named "Tiens" once that round was trained on: a check
#: a retrain must pass before a round joins)
NOT_TRAINED: set[str] = {"round17", "round18", "round19", "round20", "round21", "round22",
                         "round23", "round24", "round25", "round26"}


def files() -> list[Path]:
    """Every labelled prompt file, the corpus first, then the written examples, then the
    rounds in order."""
    rounds = sorted((p for p in (HERE / "heldout").glob("**/quality_prompts*.toml")
                     if round_of(p) not in NOT_TRAINED), key=lambda p: int(round_of(p)[5:]))
    return [HERE / "quality_prompts.toml", EXAMPLES, *rounds]


def labelled() -> list[tuple[str, dict]]:
    """(round, prompt) for every labelled prompt, in file order."""
    return [(round_of(path), item) for path in files()
            for item in tomllib.loads(path.read_text())["prompt"]]


def pairs(items: list[tuple[str, dict]]) -> list[tuple[str, str]]:
    """(text as the learned reader reads it, shape): ``reader.for_learned``, as at run time."""
    return [(reader.for_learned(item["text"]), item["shape"]) for _, item in items]


def loro(items: list[tuple[str, dict]]) -> dict[str, list[tuple[dict, dict[str, float]]]]:
    """Per round, each of its prompts with the learned reader's raw scores from a model trained
    on every other round (temperature 1: ``probabilities`` calibrates them)."""
    out: dict[str, list[tuple[dict, dict[str, float]]]] = {}
    for held in dict.fromkeys(r for r, _ in items):
        model = learned.Model(learned.train(pairs([x for x in items if x[0] != held]),
                                            ALPHA, 1.0))
        out[held] = [(item, dict(zip(model.shapes, model.scores(reader.for_learned(item["text"])),
                                     strict=True)))
                     for r, item in items if r == held]
    return out


probabilities = learned.calibrated


def fit_temperature(scored: list[tuple[dict, dict[str, float]]]) -> float:
    """The temperature of GRID whose probabilities give the prompts' shapes the least log
    loss (a shape the training never saw counts as p = 1e-9)."""
    def loss(t: float) -> float:
        return -sum(math.log(max(probabilities(sc, t).of(item["shape"]), 1e-9))
                    for item, sc in scored)
    return min(GRID, key=loss)


def build() -> tuple[bytes, dict[str, list[tuple[dict, dict[str, float]]]], float]:
    """The model file's bytes, the leave-one-round-out scores and the fitted temperature."""
    items = labelled()
    held = loro(items)
    temperature = fit_temperature([x for scored in held.values() for x in scored])
    return learned.dumps(learned.train(pairs(items), ALPHA, temperature)), held, temperature


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="compare with the committed model file instead of writing it")
    args = ap.parse_args()
    data, held, temperature = build()
    n = sum(len(v) for v in held.values())
    right = sum(probabilities(sc, temperature).shape == item["shape"]
                for scored in held.values() for item, sc in scored)
    print(f"{n} prompts in {len(held)} sets; leave-one-round-out right {right}/{n} "
          f"({100 * right // n}%); temperature {temperature}; model {len(data)} bytes")
    if args.check:
        same = learned.MODEL.read_bytes() == data
        print(f"{learned.MODEL.name}: {'same bytes' if same else 'DIFFERS: run without --check'}")
        return 0 if same else 1
    learned.MODEL.write_bytes(data)
    print(f"wrote {learned.MODEL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
