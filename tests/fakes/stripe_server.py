"""A loopback fake of the Stripe API endpoints the server uses: Checkout sessions, billing
portal sessions, subscriptions. The real ``stripe`` client talks to it (form-encoded)."""

from __future__ import annotations

import uuid
from urllib.parse import parse_qs

from tests.fakes.base import JsonHandler, LoopbackFake


class FakeStripe(LoopbackFake):
    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict]] = []
        self.subscriptions: dict[str, dict] = {}
        super().__init__()

    def _handler(self):
        fake = self

        class H(JsonHandler):
            def _send(self, status: int, body: dict) -> None:
                self.send_json(status, body, {"Request-Id": "req_" + uuid.uuid4().hex[:12]})

            def do_POST(self) -> None:
                form = {k: v[0] for k, v in parse_qs(self.read_body().decode()).items()}
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
