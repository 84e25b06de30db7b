"""Offline apps for what people ask, measured: each prompt of an everyday corpus is run through
the real engine (offline templates) and the app it made is used headless, as a person would.

Per prompt and per shape:
  fit      the app is the shape asked for, and the shape's interaction works in the page
           (add a habit's day -> its streak grows; move a card -> it stays in its column after a
           reload; book a slot -> it is taken; ...: tests/agents/interactions.py), and the
           run does not say it could not build what was asked
  works    0 console errors or uncaught exceptions, on load and through the interaction
  honest   a non-fit (the prompt asks more than the templates build, or the wrong shape came
           out) ends "not approved" with "they can't build ..." and the corpus' `says` words in
           the verdict; a fit ends approved. Either may instead end HEDGED: not approved, the
           verdict naming the shape that was built and saying the prompt may ask for another
           ("Offline templates read this as a menu with orders for ...; it may be a shop ...
           instead", or after a "they can't build" line "the prompt may ask for ... instead":
           agents/shape_question.py's hedge, for an app built on a guess nobody confirmed).
           A verdict that names another shape than the one built, or says nothing of a doubt,
           is not hedged. A hedged fit is still a fit. The line under the table also counts
           honest by the strict rule (no hedge accepted), the rule before hedged verdicts.
  unasked  no waitlist or pricing unless the prompt asked for them
  lang     the page is in the prompt's language (<html lang>)

and what asking would change (agents/shape_question.py: an offline new project whose prompt
reads as more than one app asks which; here nobody answers, so the first choice is built):
  asked    the run would have asked (the scored reader was unsure); the line under the table
           also counts it among the prompts that name their app, where it should be rare
  offered  of the fit misses that built another shape, those whose right shape was among
           the choices offered: what asking would rescue (a miss of the right shape, a
           feature it lacks, is not the question's; the line under the table counts both)

A prompt marked ``mode = "fullstack"`` is run in Full-stack mode for its verdict (see
``generate``); every other prompt in Web mode.

Goal: fit >= 90%, honest 100%, works 100%, on the corpus and (reported apart) on a held-out set
written by someone who never saw the templates. A held-out prompt whose `interaction` is prose
is judged by its shape's own interaction; shape "none" (nothing the templates build) counts for
honest only; without an `asked` list, waitlist/pricing count as asked when the prompt names
them.

The learned half of the reader (agents/templates/learned.py) has seen every committed labelled
round: ``--learned-without`` trains it without the --prompts set's round first, for an honest
run on a committed round (a fresh, uncommitted set needs no such care).

Run: .venv/bin/python bench/quality.py [--prompts FILE] [--heldout FILE] [--shape S]
     [--limit N] [--verbose] [--learned-without]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring

from devora_desktop.agents import templates
from devora_desktop.agents.offline import OfflineProvider
from devora_desktop.agents.orchestrator import Orchestrator, RunRequest
from devora_desktop.agents.templates import learned, reader
from devora_desktop.agents.templates.spec import BUILT
from devora_desktop.core.context import AppContext
from devora_desktop.core.models import Mode
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import Browser
from tests.agents.interactions import interact, js
from tests.keyrings import MemoryKeyring

CORPUS = Path(__file__).with_name("quality_prompts.toml")
HELDOUT = Path(__file__).parent / "heldout" / "quality_prompts_heldout.toml"
CHECKS = ("fit", "works", "honest", "unasked", "lang")
ASKING = ("asked", "offered")  # not pass/fail: what the shape question would change
WAITLIST = r"wait ?list|liste d'attente|lista de espera|warteliste|lista d'attesa"
PRICING = r"/ ?month|per month|/ ?mois|par mois|al mes|pro monat|/ ?mês|por mês|al mese"


def load(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text())["prompt"]


async def generate(ctx: AppContext, item: dict) -> dict:
    """One offline run through the real engine, in the mode the prompt is for: the project
    folder and the verdict.

    A full-stack prompt (one that asks for accounts or shared data: ``mode = "fullstack"``)
    is judged as a person in Full-stack mode gets it: its verdict, honesty and shape come from
    a full-stack run. Its page cannot be used headless without an npm build and a database,
    so the interaction runs on the same prompt's web build, whose views the full-stack data
    apps run unchanged (fullstack_data: dataapp.js); their builds, RLS and routes are the
    slow tests' (tests/agents/test_fullstack_data_slow.py, test_templates_slow.py)."""
    web = await _run(ctx, item["text"], Mode.WEB)
    if item.get("mode") != "fullstack":
        return web
    full = await _run(ctx, item["text"], Mode.FULLSTACK)
    return {**full, "root": web["root"], "fullstack": True, "offered": web["offered"],
            "built": web["built"]}


async def _run(ctx: AppContext, prompt: str, mode: Mode) -> dict:
    req = RunRequest(prompt=prompt, provider=OfflineProvider(), model="templates",
                     mode=mode, provider_name="offline")
    events = [e async for e in Orchestrator(ctx.store).run(req)]
    final = events[-1]
    project = ctx.store.projects.get(events[0].project_id)
    read = next((e for e in events if e.type == "shape_read"), None)
    # the shape the run built: a guess nobody confirmed builds the first choice offered,
    # which may be the learned reader's, not the rules' top
    return {"root": ctx.store.workspace(project.id).root, "name": project.name,
            "built": project.template,
            "finished": final.type == "run_finished",
            "approved": final.type == "run_finished" and final.approved,
            "verdict": getattr(final, "verdict", "") or getattr(final, "error", ""),
            "offered": [read.shape.shape, *[o.shape for o in read.others]] if read else []}


def judge(browser: Browser, item: dict, out: dict) -> tuple[dict[str, bool], str]:
    spec = templates.read(item["text"], "fullstack" if out.get("fullstack") else "web",
                          shape=out.get("built") or None)
    built = spec.kind
    server = PreviewServer(out["root"])
    page = browser.page()
    try:
        url = server.url + "index.html"
        page.open(url, settle=0.5)
        text = js(page, "document.body.innerText").lower()
        lang = js(page, "document.documentElement.lang")
        ok, seen = interact(page, url, item) if built == item["shape"] else (
            False, f"built a {built}, not a {item['shape']}")
        errors = list(page.errors)
    finally:
        server.stop()
        page.send("Page.close")  # one tab per prompt, closed when judged
    verdict = out["verdict"].lower()
    # a run that says it could not build what was asked is not a fit, however well its
    # nearest shape works (a "calorie calculator" that computes tips)
    fit = ok and built == item["shape"] and "can't build" not in verdict
    expected_fit = item.get("fits", True) and item["shape"] != "none"
    if fit and expected_fit:
        strict = out["approved"]
    else:
        strict = (out["finished"] and not out["approved"] and "can't build" in verdict
                  and all(w.lower() in verdict for w in item.get("says", [])))
    honest = strict or (out["finished"] and not out["approved"] and hedged(verdict, built))
    asked = item.get("asked", sorted(spec.asked))
    unasked = ("waitlist" in asked or not re.search(WAITLIST, text)) and (
        "pricing" in asked or not re.search(PRICING, text))
    result = {"fit": fit if item["shape"] != "none" else None,
              "works": out["finished"] and not errors, "honest": honest,
              "honest_strict": strict,
              "unasked": unasked, "lang": lang == item["lang"],
              "asked": bool(out["offered"]),
              "offered": item["shape"] in out["offered"]
              if item["shape"] not in ("none", built) else None,
              "names_it": names_its_app(item)}
    # a FAIL line says why: the interaction, or the run saying it could not build something;
    # a "none" prompt's line shows the verdict it is judged by (its "built a directory, not a
    # none" alone read as an app counted ok: spar28's notes)
    said_unfit = ok and built == item["shape"] and "can't build" in verdict
    detail = seen + (f"; console: {errors[:2]}" if errors else "") + (
        f"; verdict: {out['verdict'][:140]}" if not honest or said_unfit
        or item["shape"] == "none" else "")
    return result, detail


def hedged(verdict: str, built: str) -> bool:
    """The verdict names the shape that was built and says the prompt may ask for another
    (lower case, as ``judge`` reads it)."""
    said = BUILT[built].lower()
    return (f"read this as {said}" in verdict and "; it may be " in verdict) or (
        f"built {said}" in verdict and "the prompt may ask for " in verdict)


def names_its_app(item: dict) -> bool:
    """An app noun in the prompt names its right shape (reader.Candidate.named)."""
    return any(c.shape == item["shape"] and c.named for c in reader.read(item["text"]).candidates)


def table(rows: list[tuple[dict, dict[str, bool]]], title: str) -> str:
    shapes = [s for s in templates.SHAPES if any(i["shape"] == s for i, _ in rows)]
    lines = [title, f"{'shape':<12}{'n':>4}" + "".join(f"{c:>12}" for c in CHECKS + ASKING)]
    if any(i["shape"] == "none" for i, _ in rows):
        shapes.append("none")
    for group in [*shapes, "all"]:
        got = [r for i, r in rows if group in ("all", i["shape"])]
        cells = []
        for c in CHECKS + ASKING:
            seen = [r[c] for r in got if r.get(c) is not None]
            cells.append(f"{sum(seen)}/{len(seen)} {100 * sum(seen) // len(seen):>3}%" if seen
                         else "n/a")
        lines.append(f"{group:<12}{len(got):>4}" + "".join(f"{c:>12}" for c in cells))
    named = [r for _, r in rows if r.get("names_it")]
    misses = [r for _, r in rows if r["fit"] is False]
    other = [r for r in misses if r.get("offered") is not None]
    lines.append(f"fit misses: {len(misses)}, {len(other)} of another shape, "
                 f"{sum(bool(r['offered']) for r in other)} of those offered the right one")
    lines.append(f"asked: {sum(bool(r.get('asked')) for _, r in rows)}/{len(rows)} prompts, "
                 f"{sum(bool(r.get('asked')) for r in named)}/{len(named)} of those that name "
                 f"their app")
    strict = [r["honest_strict"] for _, r in rows if "honest_strict" in r]
    if strict:
        lines.append(f"honest by the strict rule (no hedged verdict accepted): {sum(strict)}/"
                     f"{len(strict)} {100 * sum(strict) // len(strict)}%")
    langs = sorted({i["lang"] for i, _ in rows})
    lines.append("fit by language: " + "  ".join(
        f"{lang} {sum(bool(r['fit']) for i, r in rows if i['lang'] == lang)}/"
        f"{sum(1 for i, r in rows if i['lang'] == lang and r['fit'] is not None)}"
        for lang in langs))
    return "\n".join(lines)


async def run_one(ctx: AppContext, browser: Browser, item: dict) -> tuple[dict, str, str]:
    """One prompt, tried again when the machine (not the app) failed: no thread or process
    could be started, the browser timed out."""
    for attempt in range(3):
        try:
            out = await generate(ctx, item)
            result, detail = judge(browser, item, out)
            return result, detail, out["name"]
        except (RuntimeError, TimeoutError, OSError) as exc:
            if attempt == 2:
                raise
            print(f"  retrying after a machine error: {exc}", flush=True)
            await asyncio.sleep(10)
    raise AssertionError("unreachable")


async def run_set(ctx: AppContext, browser: Browser, items: list[dict], verbose: bool,
                  saved: Path | None) -> list[tuple[dict, dict[str, bool]]]:
    """Every prompt of ``items``; with ``saved``, results already in that file are reused and
    new ones appended (a run cut short by the machine picks up where it stopped)."""
    done = {}
    if saved and saved.exists():
        for line in saved.read_text().splitlines():
            row = json.loads(line)
            done[row["text"]] = row["result"]
    rows = []
    for item in items:
        if item["text"] in done:
            rows.append((item, done[item["text"]]))
            continue
        started = time.perf_counter()
        result, detail, name = await run_one(ctx, browser, item)
        rows.append((item, result))
        if saved:
            with saved.open("a") as f:
                f.write(json.dumps({"text": item["text"], "result": result}) + "\n")
        bad = [k for k in CHECKS if result[k] is False]
        if bad or verbose:
            print(f"{'ok  ' if not bad else 'FAIL'} {item['shape']:<11} {item['lang']} "
                  f"{name[:30]:<30} {item['text'][:48]:<48} "
                  f"{time.perf_counter() - started:4.1f}s"
                  + (f"  <- {', '.join(bad)}: {detail}" if bad
                     else f"  {detail[:200 if item['shape'] == 'none' else 80]}"),
                  flush=True)
    return rows


def leave_out(path: Path) -> None:
    """The learned reader from here on: trained on every labelled round but ``path``'s, with
    the committed temperature (bench/train_reader.py)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import train_reader

    held = train_reader.round_of(path.resolve())
    kept = [x for x in train_reader.labelled() if x[0] != held]
    model = learned.Model(learned.train(train_reader.pairs(kept), train_reader.ALPHA,
                                        learned.model().temperature))
    learned.model = lambda: model
    print(f"learned reader trained without {held} ({len(kept)} prompts)", flush=True)


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--prompts", type=Path, default=CORPUS, help="the corpus to run")
    ap.add_argument("--heldout", type=Path, default=HELDOUT,
                    help="a held-out set, reported apart (skipped when missing)")
    ap.add_argument("--shape", choices=templates.SHAPES)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--save", type=Path, help="keep results in DIR (one file per set) and "
                    "reuse them when run again: a run the machine cut short resumes")
    ap.add_argument("--learned-without", action="store_true",
                    help="the learned reader trained without the --prompts set's round (the "
                    "committed one has seen every labelled round): an honest run on it")
    args = ap.parse_args()
    if args.learned_without:
        leave_out(args.prompts)
    sets = [("own set: " + str(args.prompts), load(args.prompts), "own.jsonl")]
    if args.heldout and args.heldout.exists() and args.heldout != args.prompts:
        sets.append(("held-out set: " + str(args.heldout), load(args.heldout),
                     "heldout.jsonl"))
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    tables, ok = [], True
    started = time.perf_counter()
    with Browser() as browser, tempfile.TemporaryDirectory() as home, \
            AppContext.open(Path(home)) as ctx:
        for title, items, name in sets:
            items = [i for i in items if not args.shape or i["shape"] == args.shape]
            print(f"== {title} ({len(items[:args.limit])} prompts)", flush=True)
            rows = await run_set(ctx, browser, items[:args.limit], args.verbose,
                                 args.save / name if args.save else None)
            tables.append(table(rows, title))
            ok = ok and all(r.get(c) is not False for _, r in rows for c in CHECKS)
    print()
    print("\n\n".join(tables))
    print(f"\n{time.perf_counter() - started:.0f} s (offline engine + headless Chromium)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
