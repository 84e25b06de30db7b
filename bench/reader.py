"""The offline reader alone (agents/templates/reader.py: the rules, and learned.py: the
learned reader), on the corpus and the held-out sets: seconds instead of bench/quality.py's
minutes, for working on the reader. Per set:

  right    the shape built when nobody answers is the prompt's (quality.py's fit also needs
           the app to work): the top shape when sure, else the first offered
  asked    how often an offline new project would ask which shape to build (the reader is
           unsure); "named" counts only prompts that name their app with an app noun, where
           asking should be rare
  offered  of the prompts it would ask about, those whose right shape is among the choices
  rescued  of the prompts whose built shape is wrong, those asked with the right shape offered
  sure-wrong  prompts the reader is sure of whose app the templates would build and approve
           though it is not the one asked for: a wrong top shape, or a "none" prompt, with
           nothing said as not built (quality.py's dishonest results)
  learned  the learned reader's top shape is the prompt's (the committed model was trained
           on every set here: these are seen numbers; --loro gives honest ones)
  ms       CPU time per prompt: mean and worst

--long: what a long prompt costs. Prompts of N words made of the corpus's prompts, each its
own sentence (not those a rule reads before any cue), read whole (``reader.read``) and by
its first step alone (``reader._hits``: every cue with its context), in CPU ms: the cost
should grow with N, not N².

--loro: leave-one-round-out. Each set is read by a learned reader trained on every other set
(bench/train_reader.py), its temperature fitted without it too; per set: the learned
reader's right and mean confidence (p of its top shape: calibrated when it is close to
right/n), the rules alone (sure-wrong, asked) and both together (``reader.agreed``). The
rules were tuned on every set but the newest, so their numbers there are inflated;
--rules-then reads each round with the rules as they were when the round was committed
(the commit that added its file, before anyone tuned on it; rounds whose reader had no
sureness yet are left out), which is the honest test of the combination.

Run: .venv/bin/python bench/reader.py [--misses] [--loro [--rules-then]] [--long] [FILE ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import train_reader

from devora_desktop.agents import templates
from devora_desktop.agents.templates import learned, reader

HERE = Path(__file__).parent
ROOT = HERE.parent
SETS = train_reader.files()
HEADER = (f"{'set':<34}{'n':>4}{'right':>10}{'asked':>10}{'named':>10}{'offered':>10}"
          f"{'rescued':>10}{'sure-wrong':>11}{'learned':>10}{'ms':>8}{'worst':>8}")


def _fits(item: dict) -> bool:
    """Whether the templates would build ``item`` as read and say nothing of what they could
    not build."""
    return templates.read(item["text"], item.get("mode", "web")).fits


def built(found: reader.Reading) -> str:
    return found.shape if found.sure else found.offered[0]


def measure(path: Path, misses: bool) -> str:
    every = tomllib.loads(path.read_text())["prompt"]
    items = [i for i in every if i["shape"] != "none"]
    right = asked = named = asked_named = offered = wrong = rescued = sure_wrong = guessed = 0
    for item in every:
        found = reader.read(item["text"])
        if item["shape"] == "none" and found.sure and _fits(item):
            sure_wrong += 1
            if misses:
                print(f"  none {path.stem}: read {found.shape} (sure): {item['text'][:90]}")
    times = []
    for item in items:
        started = time.process_time()
        found = reader.read(item["text"])
        times.append(time.process_time() - started)
        ask = not found.sure
        is_named = any(c.shape == item["shape"] and c.named for c in found.candidates)
        right += built(found) == item["shape"]
        guessed += learned.guess(reader.for_learned(item["text"])).shape == item["shape"]
        asked += ask
        named += is_named
        asked_named += ask and is_named
        offered += ask and item["shape"] in found.offered
        if built(found) != item["shape"]:
            wrong += 1
            rescued += ask and item["shape"] in found.offered
            sure_wrong += found.sure and _fits(item)
            if misses:
                print(f"  miss {path.stem}: wanted {item['shape']}, read {built(found)} "
                      f"({'asks ' + '/'.join(found.offered) if ask else 'sure'}): "
                      f"{item['text'][:90]}")
    n = len(items)
    return (f"{path.stem[:32]:<34}{n:>4}{f'{right}/{n}':>10}{f'{asked} {100 * asked // n}%':>10}"
            f"{f'{asked_named}/{named}':>10}{f'{offered}/{asked}':>10}{f'{rescued}/{wrong}':>10}"
            f"{sure_wrong:>11}{f'{guessed}/{n}':>10}{1000 * sum(times) / n:>8.2f}"
            f"{1000 * max(times):>8.2f}")


# What --rules-then runs on an old tree: the rules' reading of each prompt, as JSON lines.
_THEN = """
import json, sys, tomllib
from devora_desktop.agents import templates
from devora_desktop.agents.templates import reader
for item in tomllib.loads(open(sys.argv[1]).read())["prompt"]:
    r = reader.read(item["text"])
    try:
        fits = templates.read(item["text"], item.get("mode", "web")).fits
    except TypeError:
        fits = templates.read(item["text"]).fits
    # the rules' own sureness: from the learned half on, ``sure`` and ``offered`` are both
    # halves', whose committed model has seen the round being read
    sure = getattr(r, "rules_sure", r.sure)
    offered = getattr(r, "rules_offered", r.offered)
    print(json.dumps({"shape": r.shape, "sure": sure, "offered": list(offered),
                      "ruled": r.ruled, "fits": fits,
                      "named": [c.shape for c in r.candidates if c.named]}))
"""


def rules_then(path: Path) -> list[dict] | None:
    """Each prompt of ``path`` read by the rules of the commit that added it; None when that
    reader had no sureness (or no git history is here)."""
    rel = path.resolve().relative_to(ROOT)
    git = ["git", "-C", str(ROOT)]
    commits = subprocess.run([*git, "log", "--diff-filter=A", "--format=%H", "--", str(rel)],
                             capture_output=True, text=True).stdout.split()
    if not commits:
        return None
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run([*git, "archive", commits[-1], "devora_desktop"],
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        source = Path(tree, "devora_desktop/agents/templates/reader.py")
        if not source.exists() or "def sure" not in source.read_text():
            return None
        out = subprocess.run([sys.executable, "-c", _THEN, str(path.resolve())], cwd=tree,
                             env={**os.environ, "PYTHONPATH": tree}, capture_output=True,
                             text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def loro(paths: list[Path], then: bool, misses: bool = False) -> None:
    """The leave-one-round-out table (see the module's docstring); ``misses``: each prompt
    both halves together are sure of and would build wrong and approve, under its round."""
    items = train_reader.labelled()
    held = train_reader.loro(items)
    print(f"{'set':<12}{'n':>4}{'learned':>9}{'conf':>6}   rules:{'right':>8}{'sure-wr':>8}"
          f"{'asked':>8}{'named':>8}   both:{'right':>8}{'sure-wr':>8}{'asked':>8}{'named':>8}"
          f"{'rescued':>9}")
    totals: dict[str, list[int]] = {}
    order = [train_reader.round_of(p) for p in SETS]
    for path in sorted(paths, key=lambda p: order.index(train_reader.round_of(p))):
        name = train_reader.round_of(path)
        if name not in held:
            continue
        others = [x for r, scored in held.items() if r != name for x in scored]
        temperature = train_reader.fit_temperature(others)
        scored = held[name]
        then_read = rules_then(path) if then else None
        if then and then_read is None:
            continue
        row = dict.fromkeys(["n", "learned", "r_right", "r_sw", "r_asked", "named", "r_named",
                             "b_right", "b_sw", "b_asked", "b_named", "b_wrong", "b_rescued"], 0)
        conf = 0.0
        for k, (item, scores) in enumerate(scored):
            guess = learned.calibrated(scores, temperature, learned.words(item["text"]))
            if then_read:
                old = then_read[k]
                shape, sure, offered, fits = (old["shape"], old["sure"], tuple(old["offered"]),
                                              old["fits"])
                named = item["shape"] in old["named"]
                both_sure, both_offered = reader.agreed(shape, sure, offered, guess,
                                                        old["ruled"])
            else:
                found = reader.read(item["text"])
                shape, sure, offered = found.shape, found.rules_sure, found.rules_offered
                named = any(c.shape == item["shape"] and c.named for c in found.candidates)
                both = dataclasses.replace(found, learned=guess)
                both_sure, both_offered = both.sure, both.offered
                fits = None
            pick = shape if sure else offered[0]
            both_pick = shape if both_sure else both_offered[0]

            def approved(is_sure: bool, pick: str, item: dict = item) -> bool:
                nonlocal fits
                if not is_sure or pick == item["shape"]:
                    return False
                if fits is None:
                    fits = _fits(item)
                return fits
            row["r_sw"] += approved(sure, pick)
            wrong = approved(both_sure, both_pick)
            row["b_sw"] += wrong
            if misses and wrong:
                print(f"  sure-wrong {name}: {both_pick} for a {item['shape']}: "
                      f"{item['text'][:150]}")
            if item["shape"] == "none":
                continue
            row["n"] += 1
            row["learned"] += guess.shape == item["shape"]
            conf += guess.p
            row["r_right"] += pick == item["shape"]
            row["r_asked"] += not sure
            row["named"] += named
            row["r_named"] += named and not sure
            row["b_right"] += both_pick == item["shape"]
            row["b_asked"] += not both_sure
            row["b_named"] += named and not both_sure
            row["b_wrong"] += both_pick != item["shape"]
            row["b_rescued"] += both_pick != item["shape"] and not both_sure and \
                item["shape"] in both_offered
        for key, value in row.items():
            totals.setdefault(key, []).append(value)
        totals.setdefault("conf", []).append(round(100 * conf))
        print(_row(name, row, conf / max(row["n"], 1)))
    if totals:
        whole = {k: sum(v) for k, v in totals.items()}
        print(_row("all", whole, whole["conf"] / 100 / max(whole["n"], 1)))


def long_prompts(sizes: tuple[int, ...] = (100, 400, 1600, 6400, 12800)) -> None:
    """The --long table (see the module's docstring): prompts of sentences, and of one
    sentence (the same prompts joined by commas: no sentence end bounds a cue's context)."""
    # not the prompts a rule reads before any cue is looked for (a copy of a product, an app
    # no shape is): one of them in a long prompt would end the reading early
    texts = [i["text"].strip().rstrip(".!?") for path in SETS
             for i in tomllib.loads(path.read_text())["prompt"] if not reader.read(i["text"]).ruled]
    print(f"{'words':>6}{'read ms':>10}{'_hits ms':>10}{'ms/word':>9}   one sentence:"
          f"{'read ms':>9}{'_hits ms':>10}{'ms/word':>9}")
    for n in sizes:
        row = f"{n:>6}"
        for sep in (". ", ", "):
            prompt = " ".join(sep.join(texts).split()[:n])
            text = reader.s.not_asked(reader.s.mend(prompt).lower())
            plain, skip = reader.s._plain(text), reader.s.NOT_SHAPE["en"]
            reader._hits(text, plain, skip)  # the patterns compiled outside the timings
            started = time.process_time()
            reader.read(prompt)
            whole = time.process_time() - started
            started = time.process_time()
            reader._hits(text, plain, skip)
            hits = time.process_time() - started
            row += f"{1000 * whole:>10.1f}{1000 * hits:>10.1f}{1000 * whole / n:>9.3f}"
            row += "   " + " " * 13 if sep == ". " else ""
        print(row, flush=True)


def _row(name: str, r: dict, conf: float) -> str:
    n, named = r["n"], r["named"]
    return (f"{name:<12}{n:>4}{_of(r['learned'], n):>9}{conf:>6.2f}   {'':6}"
            f"{_of(r['r_right'], n):>8}{r['r_sw']:>8}{r['r_asked']:>8}{_of(r['r_named'], named):>8}"
            f"   {'':5}{_of(r['b_right'], n):>8}{r['b_sw']:>8}{r['b_asked']:>8}"
            f"{_of(r['b_named'], named):>8}{_of(r['b_rescued'], r['b_wrong']):>9}")


def _of(part: int, whole: int) -> str:
    return f"{part}/{whole}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--misses", action="store_true", help="print each wrong built shape")
    ap.add_argument("--loro", action="store_true", help="leave-one-round-out table")
    ap.add_argument("--rules-then", action="store_true",
                    help="with --loro: each round read by the rules of the commit that added it")
    ap.add_argument("--long", action="store_true", help="CPU ms by prompt length")
    args = ap.parse_args()
    paths = [p.resolve() for p in args.files] or SETS
    if args.long:
        long_prompts()
        return 0
    if args.loro:
        loro(paths, args.rules_then, args.misses)
        return 0
    for path in paths:  # compile the tables and load the model once, outside the timings
        reader.read(tomllib.loads(path.read_text())["prompt"][0]["text"])
        learned.model()
    print(HEADER)
    for path in paths:
        print(measure(path, args.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
