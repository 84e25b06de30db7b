"""A loopback fake of the Stripe API endpoints the server uses: Checkout sessions, billing
portal sessions, subscriptions. The real ``stripe`` client talks to it (form-encoded)."""

from __future__ import annotations

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class FakeStripe:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict]] = []
        self.subscriptions: dict[str, dict] = {}
        self.server = _Quiet(("127.0.0.1", 0), self._handler())
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        fake = self

        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Request-Id", "req_" + uuid.uuid4().hex[:12])
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(n).decode()).items()}
                fake.requests.append(("POST", self.path, form))
                if not (self.headers.get("Authorization") or "").startswith("Bearer sk_"):
                    return self._send(401, {"error": {"type": "invalid_request_error",
                                                      "message": "Invalid API Key"}})
                if self.path == "/v1/checkout/sessions":
                    sid = "cs_test_" + uuid.uuid4().hex[:16]
                    return self._send(200, {"id": sid, "object": "checkout.session",
                                            "url": f"https://checkout.stripe.com/c/pay/{sid}",
                                            "mode": form.get("mode")})
                if self.path == "/v1/billing_portal/sessions":
                    return self._send(200, {"id": "bps_1", "object":
                                            "billing_portal.session", "url":
                                            f"https://billing.stripe.com/p/session/"
                                            f"{form.get('customer')}"})
                return self._send(404, {"error": {"message": "no such route"}})

            def do_GET(self) -> None:
                fake.requests.append(("GET", self.path, {}))
                if self.path.startswith("/v1/subscriptions/"):
                    sub = fake.subscriptions.get(self.path.rsplit("/", 1)[1])
                    if sub:
                        return self._send(200, sub)
                return self._send(404, {"error": {"message": "no such object"}})

        return H
