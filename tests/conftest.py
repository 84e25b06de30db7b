from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import keyring
import pytest

from tests.keyrings import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: pytest.Config) -> None:
    """QtWebEngine (the Preview tab) must be prepared before pytest-qt creates the app."""
    from devora_desktop.ui.webengine import prepare_webengine

    prepare_webengine()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under xdist (``make test``), the slowest files first (tests/ci_order.py): handed out
    in collection order, a heavy file is never the one a worker starts as the other runs
    out of work. Each file's tests keep their order; every worker sorts alike, as xdist
    requires."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    from tests.ci_order import file_order

    files: dict[str, int] = {}
    for item in items:
        file = item.nodeid.split("::", 1)[0]
        files[file] = files.get(file, 0) + 1
    rank = {file: i for i, file in enumerate(file_order(files))}
    items.sort(key=lambda item: rank[item.nodeid.split("::", 1)[0]])


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir and HOME: nothing touches the real home directory."""
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "devora-home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("DEVORA_HOME", str(data))
    monkeypatch.delenv("DEVORA_API_KEY", raising=False)
    return data


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def ctx(isolated_home: Path):
    from devora_desktop.core.context import AppContext

    context = AppContext.open(isolated_home)
    yield context
    context.close()


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"CliResult(code={self.code}, out={self.out[-400:]!r}, err={self.err[-400:]!r})"


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch):
    """Run `devora ARGS` in-process through the real entry point (exit codes included)."""
    from devora_desktop.cli import main

    def run(*args: str, stdin: str = "") -> CliResult:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = 0
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def all_bytes_under(root: Path) -> bytes:
    chunks = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            chunks.append(path.read_bytes())
    return b"\n".join(chunks)


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model server that is not there is asked as often as in the app (``attempts``
    requests) but without the app's 1, 2, 4 s backoff, which a test of what follows the
    failure only sleeps through. The backoff itself is tested where it lives
    (tests/core/test_retry.py, tests/core/llm)."""
    from dataclasses import fields

    from devora_desktop.core.retry import RetryPolicy

    quick = {"initial": 0.01, "max_wait": 0.05, "jitter": 0.0}
    monkeypatch.setattr(RetryPolicy.__init__, "__defaults__",
                        tuple(quick.get(f.name, f.default) for f in fields(RetryPolicy)))


@pytest.fixture
def fake_llm():
    from tests.fakes.llm_server import FakeLLM

    server = FakeLLM().start()
    yield server
    server.stop()


TEST_ROOT_KID = "test-root"
_test_root: list[tuple[str, str]] = []


def pinned_test_root() -> tuple[str, str]:
    """(private, public) of this test process's root key, pinned in the app for the process
    only (tests cannot hold the vendor's root). Servers in tests get certificates from it."""
    from devora_desktop.core import licensing
    from devora_license import new_keypair

    if not _test_root:
        _test_root.append(new_keypair())
    licensing.PINNED_KEYS[TEST_ROOT_KID] = _test_root[0][1]
    return _test_root[0]


@pytest.fixture(autouse=True, scope="session")
def _pin_test_root() -> None:
    pinned_test_root()


def install_pro_license(ctx, *, seats: int = 1, exp_in: int = 14 * 86400) -> str:
    """A Pro token signed by the (test) root, as the official server's are; returns the
    root's private key."""
    import time

    from devora_desktop.core.licensing import LicenseManager, machine_fingerprint
    from devora_license import make_claims, sign

    private, _public = pinned_test_root()
    claims = make_claims(license_id="lic-test", plan="pro", seats=seats, machine_id="m1",
                         fingerprint=machine_fingerprint(ctx.store.kv), status="active",
                         period_end=None)
    claims["exp"] = int(time.time()) + exp_in
    token = sign(claims, private, TEST_ROOT_KID)
    LicenseManager(ctx).store_token(token)   # as after an online activation
    return private


@pytest.fixture
def pro(isolated_home: Path):
    """Activate Pro in the test's data dir (for CLI and GUI tests of Pro features)."""
    from devora_desktop.core.context import AppContext

    with AppContext.open(isolated_home) as c:
        install_pro_license(c)


@pytest.fixture
def keypair():
    from devora_license import new_keypair

    return new_keypair()


@pytest.fixture
def fake_stripe():
    from tests.fakes.stripe_server import FakeStripe

    fake = FakeStripe()
    yield fake
    fake.stop()
