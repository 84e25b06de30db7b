"""Server instances as separate uvicorn processes configured by environment (the two-instance
tests and bench/license_server.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.fakes.base import free_port
from tests.server.conftest import PEPPER, WEBHOOK_SECRET, certificate, http

ROOT = Path(__file__).resolve().parents[2]


class Instance:
    """``uvicorn devora_server.main:app`` in its own process, configured by environment."""

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "devora_server.main:app", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning", "--no-access-log"],
            env={**os.environ, "PYTHONPATH": str(ROOT), **env}, cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for _ in range(300):
            try:
                if http.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server did not start: {self.proc.stderr.read()}")
            time.sleep(0.05)
        raise RuntimeError("the server did not answer /health in 15 s")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def server_env(tmp_path: Path, keypair, db_url: str, redis_url: str, **over) -> dict:
    private, public = keypair
    (tmp_path / "k1.pem").write_text(private)
    (tmp_path / "k1.cert").write_text(certificate(public))
    return {"DATABASE_URL": db_url, "REDIS_URL": redis_url,
            "SIGNING_KEYS": f"k1={tmp_path / 'k1.pem'}",
            "SIGNING_CERTS": f"k1={tmp_path / 'k1.cert'}",
            "STRIPE_WEBHOOK_SECRET": WEBHOOK_SECRET, "STRIPE_API_KEY": "sk_test_x",
            "LICENSE_KEY_PEPPER": PEPPER, "MAIL_LOG": str(tmp_path / "mail.log"),
            "RATE_PER_MINUTE_IP": "1000000", "RATE_PER_MINUTE_KEY": "1000000", **over}
