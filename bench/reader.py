"""The scored reader alone (agents/templates/reader.py), on the corpus and the held-out sets:
seconds instead of bench/quality.py's minutes, for working on the reader. Per set:

  right    the reader's top shape is the prompt's (quality.py's fit also needs the app to work)
  asked    how often an offline new project would ask which shape to build (the reader is
           unsure); "named" counts only prompts that name their app with an app noun, where
           asking should be rare
  offered  of the prompts it would ask about, those whose right shape is among the choices
  rescued  of the prompts whose top shape is wrong, those asked with the right shape offered
  sure-wrong  prompts the reader is sure of whose app the templates would build and approve
           though it is not the one asked for: a wrong top shape, or a "none" prompt, with
           nothing said as not built (quality.py's dishonest results)
  ms       CPU time per prompt: mean and worst

Run: .venv/bin/python bench/reader.py [--misses] [FILE ...]
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devora_desktop.agents import templates
from devora_desktop.agents.templates import reader

HERE = Path(__file__).parent
SETS = [HERE / "quality_prompts.toml", HERE / "heldout" / "quality_prompts_heldout.toml",
        HERE / "heldout" / "round2" / "quality_prompts_heldout2.toml",
        HERE / "heldout" / "round4" / "quality_prompts_heldout4.toml",
        HERE / "heldout" / "round5" / "quality_prompts_heldout5.toml",
        HERE / "heldout" / "round6" / "quality_prompts_heldout6.toml",
        HERE / "heldout" / "round7" / "quality_prompts_heldout7.toml"]


def _approved(item: dict) -> bool:
    """Whether the templates would build ``item`` on a sure reading and say nothing of what
    they could not build: approved."""
    return reader.read(item["text"]).sure and templates.read(
        item["text"], item.get("mode", "web")).fits


def measure(path: Path, misses: bool) -> str:
    every = tomllib.loads(path.read_text())["prompt"]
    items = [i for i in every if i["shape"] != "none"]
    right = asked = named = asked_named = offered = wrong = rescued = sure_wrong = 0
    for item in every:
        if item["shape"] == "none" and _approved(item):
            sure_wrong += 1
            if misses:
                print(f"  none {path.stem}: read {reader.read(item['text']).shape} (sure): "
                      f"{item['text'][:90]}")
    times = []
    for item in items:
        started = time.process_time()
        found = reader.read(item["text"])
        times.append(time.process_time() - started)
        ask = not found.sure
        is_named = any(c.shape == item["shape"] and c.named for c in found.candidates)
        right += found.shape == item["shape"]
        asked += ask
        named += is_named
        asked_named += ask and is_named
        offered += ask and item["shape"] in found.offered
        if found.shape != item["shape"]:
            wrong += 1
            rescued += ask and item["shape"] in found.offered
            sure_wrong += _approved(item)
            if misses:
                print(f"  miss {path.stem}: wanted {item['shape']}, read {found.shape} "
                      f"({'asks ' + '/'.join(found.offered) if ask else 'sure'}): "
                      f"{item['text'][:90]}")
    n = len(items)
    return (f"{path.stem[:32]:<34}{n:>4}{f'{right}/{n}':>10}{f'{asked} {100 * asked // n}%':>10}"
            f"{f'{asked_named}/{named}':>10}{f'{offered}/{asked}':>10}{f'{rescued}/{wrong}':>10}"
            f"{sure_wrong:>11}{1000 * sum(times) / n:>8.2f}{1000 * max(times):>8.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--misses", action="store_true", help="print each wrong top shape")
    args = ap.parse_args()
    for path in args.files or SETS:  # compile the tables once, outside the timings
        reader.read(tomllib.loads(path.read_text())["prompt"][0]["text"])
    print(f"{'set':<34}{'n':>4}{'right':>10}{'asked':>10}{'named':>10}{'offered':>10}"
          f"{'rescued':>10}{'sure-wrong':>11}{'ms':>8}{'worst':>8}")
    for path in args.files or SETS:
        print(measure(path, args.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
