"""The repository map ranks the files a request is about, fits a budget and reuses its cache."""

from __future__ import annotations

from pathlib import Path

from devora_desktop.core.repomap import RepoMap, estimate_tokens
from tests.repogen import REFINEMENTS, write_shop


def test_map_ranks_the_expected_files_within_budget_and_reparses_only_changes(
        tmp_path: Path) -> None:
    files = write_shop(tmp_path / "shop", filler=300)
    cache = tmp_path / "cache.json"
    repo_map = RepoMap.build(tmp_path / "shop", files, cache)
    assert repo_map.parsed == len([f for f in files if f.endswith(".py")])
    assert ("CartService", 5) in repo_map.facts["src/cart/service.py"].defs
    for request, expected in REFINEMENTS:
        text = repo_map.render(request, budget_tokens=1024)
        assert estimate_tokens(text) <= 1024
        top = [rel for rel, _ in repo_map.rank(request)[:8]]
        assert set(expected) <= set(top), (request, top)
        assert all(f"{rel}:" in text for rel in expected)
    assert "src/inventory/service.py" in repo_map.related(["src/cart/service.py"])
    # a reopen reads the cache; one changed file is parsed again
    again = RepoMap.build(tmp_path / "shop", files, cache)
    assert again.parsed == 0 and again.facts == repo_map.facts
    (tmp_path / "shop" / "src/email/service.py").write_text("def renamed_sender():\n    pass\n")
    third = RepoMap.build(tmp_path / "shop", files, cache)
    assert third.parsed == 1 and third.facts["src/email/service.py"].defs == [
        ("renamed_sender", 1)]


def test_any_language_maps(tmp_path: Path) -> None:
    sources = {"main.go": "package main\nfunc Serve() {}\ntype Store struct{}\n",
               "lib.rs": "fn parse() {}\nstruct Token;\n",
               "App.tsx": "export function App() { return null }\ninterface Props {}\n",
               "Main.java": "class Main { void run() {} }\n"}
    for rel, text in sources.items():
        (tmp_path / rel).write_text(text)
    repo_map = RepoMap.build(tmp_path, sorted(sources))
    names = {rel: [n for n, _ in f.defs] for rel, f in repo_map.facts.items()}
    assert names == {"main.go": ["Serve", "Store"], "lib.rs": ["parse", "Token"],
                     "App.tsx": ["App", "Props"], "Main.java": ["Main", "run"]}
