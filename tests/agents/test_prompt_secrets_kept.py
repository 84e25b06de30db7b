"""A key typed into a prompt ("use my key sk-proj-…") is kept nowhere whole: not in the
project's git history (the version's message quotes the prompt), its README (the offline
templates quote it), the run log, the project's records, the CLI's ``--json`` output, the
window's labels. Every copy is the one the models got, redacted (core/egress.sent_prompt)."""

from __future__ import annotations

import json
import logging
import subprocess
from pathlib import Path

from devora_desktop.core.logs import RedactingFilter
from devora_desktop.core.models import Mode
from tests.agents.conftest import APPROVE, block, plan
from tests.conftest import all_bytes_under
from tests.gitrepos import needs_git

pytestmark = needs_git

SECRETS = ("sk-proj-Abc123Def456Ghi789Jkl012Mno345Pqr678Stu901",
           "AKIAIOSFODNN7EXAMPLF",
           "ghp_Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7J8k9",
           "sk_live_51Hq2w3E4r5T6y7U8i9O0p1A2s3D4f5G6",
           # the AWS key's secret half, said in prose: detect-secrets knows it only assigned
           "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEZ")
PROMPT = ("a todo app with due dates. Use my key {} for the AI, aws {}, github {} "
          "and stripe {}; the aws secret is {}").format(*SECRETS)


def kept_bytes(root: Path) -> bytes:
    """Every byte under ``root``, with every git object of every repository in it unpacked
    (commit messages and file versions are zlib-compressed on disk)."""
    chunks = [all_bytes_under(root)]
    for git_dir in root.rglob(".git"):
        chunks.append(subprocess.run(
            ["git", "--git-dir", str(git_dir), "cat-file", "--batch-all-objects", "--batch"],
            capture_output=True, check=True).stdout)
        chunks.append(subprocess.run(
            ["git", "--git-dir", str(git_dir), "log", "--all", "--format=%B"],
            capture_output=True, check=True).stdout)
    return b"\n".join(chunks)


def leaked(blob: bytes | str) -> list[str]:
    text = blob.decode("utf-8", "replace") if isinstance(blob, bytes) else blob
    return [s for s in SECRETS if s in text]


def test_an_offline_cli_run_keeps_no_key_of_its_prompt(run_cli, isolated_home: Path) -> None:
    result = run_cli("generate", PROMPT, "--mode", "web", "--json")
    events = [json.loads(line) for line in result.out.splitlines()]
    assert events[-1]["type"] == "run_finished", result
    assert leaked(result.out + result.err) == []
    blob = kept_bytes(isolated_home)
    assert b"Devora-Run:" in blob and b"due dates" in blob  # the history was read
    assert leaked(blob) == []
    # the version's message and the project's prompt say where the key was
    shown = json.loads(run_cli("projects", "show", events[0]["project_id"], "--json").out)
    assert "[REDACTED:OpenAI Key]" in json.dumps(shown), shown
    assert leaked(json.dumps(shown)) == []


async def test_a_model_run_keeps_no_key_of_its_prompt(engine, fake_llm, ctx) -> None:
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Tasks</h1>"))
    fake_llm.set("reviewer", APPROVE)
    events = await engine(PROMPT, mode=Mode.WEB)
    assert events[-1].type == "run_finished", events[-1]
    sent = "\n".join(json.dumps(r["body"]) for r in fake_llm.requests)
    assert "due dates" in sent and leaked(sent) == []
    assert leaked("\n".join(e.model_dump_json() for e in events)) == []
    blob = kept_bytes(ctx.paths.root)
    assert b"Devora-Run:" in blob and leaked(blob) == []
    # an error that quotes the prompt later logs no key of it either (the log's own patterns
    # know only a few formats: the AWS and Stripe keys went through whole)
    record = logging.LogRecord("devora", logging.ERROR, __file__, 1, "a run of %r failed",
                               (PROMPT,), None)
    RedactingFilter().filter(record)
    assert "a run of" in record.getMessage() and leaked(record.getMessage()) == []
