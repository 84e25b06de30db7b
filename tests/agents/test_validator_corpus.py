"""The security validators on the corpus of model-written code (tests/agents/validator_corpus):
at least 60 unsafe and 30 safe samples, every category with both; detection >= 90% and false
alarms <= 3%. bench/validators.py prints the same numbers per category, and a held-out set's."""

from __future__ import annotations

import tomllib

import pytest

from tests.agents.validator_corpus import corpus


@pytest.fixture(scope="module")
def samples() -> list[corpus.Sample]:
    return corpus.run(corpus.own())


def test_corpus_is_big_enough_and_every_category_has_both_kinds() -> None:
    unsafe = [s for f in corpus.UNSAFE for s in corpus.load_toml(f)]
    safe_meta = [m for f in corpus.SAFE for m in tomllib.loads(f.read_text())["sample"]]
    assert len(unsafe) >= 60 and len(safe_meta) >= 30
    categories = {c for s in unsafe for c in s.expected}
    near = {s["near"] for s in safe_meta}
    assert categories == near, categories ^ near
    assert len(categories) == 15  # the kinds, server actions apart from routes


def test_detection_and_false_alarms(samples: list[corpus.Sample]) -> None:
    score = corpus.score(samples)
    missed = [s.name for s in samples if not s.safe and not s.caught]
    alarms = [(s.name, [f.message[:60] for f in s.findings]) for s in samples
              if s.safe and s.flagged]
    assert score["detected"] >= 0.90, missed
    assert score["false_alarms"] <= 0.03, alarms


def test_every_sample_is_scored_as_labelled(samples: list[corpus.Sample]) -> None:
    """Stricter than the rates above: the corpus is at 100% / 0%, so any one sample that a
    rule change loses (or newly flags) is a regression to look at, not noise in a rate."""
    wrong = [(s.name, sorted(s.expected), sorted(s.found)) for s in samples
             if (s.flagged if s.safe else not s.caught)]
    assert wrong == []


def test_findings_point_at_a_line_of_a_sample_file(samples: list[corpus.Sample]) -> None:
    for s in samples:
        for f in s.findings:
            assert f.path in s.files and f.line is not None and f.line >= 1, (s.name, f)
            assert f.line <= s.files[f.path].count("\n") + 1, (s.name, f)


def test_half_written_and_garbled_code_never_breaks_the_validators() -> None:
    """Model output is untrusted: cut files, stray quotes, NULs and unclosed blocks give
    findings (or none), never an exception that would end the run."""
    import random

    from devora_desktop.agents.validators import validate

    rng = random.Random(7)
    noise = ["{", "(", "'", "`", "$$", "/*", "\\", "\0", "é", "<script>", "'use server';\n"]
    for sample in corpus.own()[::3]:
        mutated = {}
        for path, text in sample.files.items():
            cut = rng.randrange(len(text) + 1)
            mutated[path] = text[:cut] + rng.choice(noise) + text[cut:][: rng.randrange(200)]
        findings = validate(mutated)
        assert all(f.path in mutated for f in findings), sample.name
        assert not [f for f in findings if f.message.startswith("unchecked:")], sample.name
