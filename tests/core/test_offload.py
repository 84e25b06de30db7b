"""The window's worker process (core/offload.py): validators and redaction answer there what
they answer here, and a worker that ends leaves the calls to this process, said once."""

from __future__ import annotations

import logging

import pytest

from devora_desktop.agents import validators
from devora_desktop.core import egress, offload
from tests.waiting import until

KEY = "sk-proj-" + "Q7vX2mN9pL4kR8sT1wY6zA3bC5dE0fG" * 2
FILES = {"index.html": '<script src="app.js"></script>\n',
         "app.js": f'const key = "{KEY}";\nfunction broken( {{\n'}


@pytest.fixture
def worker(monkeypatch):
    """A worker of the test's own, used by the test's context."""
    mine = offload.Worker()
    monkeypatch.setattr(offload, "_worker", mine)
    offload.use(True)
    assert mine.start()
    yield mine
    offload.use(False)
    if mine.running():
        mine._proc.stdin.close()
        mine._proc.wait(5)


async def test_the_worker_answers_as_this_process_does(worker) -> None:
    here = validators.validate(FILES)
    assert {f.check for f in here} >= {"syntax"}  # the broken function, at least
    for path, text in FILES.items():
        await offload.run(validators.PREPARE, path, text)
    there = await offload.run(validators.VALIDATE, FILES, list(FILES))
    assert there == here
    messages = [{"role": "user", "content": f"my key is {KEY} and my files follow"}]
    sent = await egress.redact_messages_off(messages)
    assert KEY not in sent[0]["content"] and "[REDACTED:" in sent[0]["content"]
    assert sent == egress.redact_messages(messages)
    assert worker.calls == len(FILES) + 2  # each read, the validation, the redaction


async def test_a_worker_that_ends_leaves_the_calls_here(worker, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger=offload.__name__):
        worker._proc.kill()
        worker._proc.wait(5)
        await until(lambda: worker.failed, "the worker's end noticed")
        findings = await offload.run(validators.VALIDATE, FILES, list(FILES))
        assert findings == validators.validate(FILES)  # answered here: the run goes on
        assert await offload.run(validators.VALIDATE, FILES, []) == []
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and "validators and redaction run in the window's process" in said[0]
    assert not worker.running() and worker.calls == 0


async def test_outside_a_windows_run_calls_stay_here(worker) -> None:
    offload.use(False)
    assert await offload.run(validators.VALIDATE, FILES, list(FILES)) == \
        validators.validate(FILES)
    assert worker.calls == 0
