"""A loopback fake of the Vercel REST endpoints Devora uses, with state and faults.

Deployments move QUEUED -> BUILDING -> READY over ``polls_to_ready`` polls (or ERROR with build
logs when ``build_error``); ``missing_files`` is answered for every SHA not uploaded yet;
``lose_create_response`` creates the deployment and then drops the connection;
``rate_limit_polls`` answers 429 + Retry-After to that many polls; ``teams`` is configurable.
"""

from __future__ import annotations

import hashlib
import json
import time
from urllib.parse import parse_qs, urlsplit

from tests.fakes.base import JsonHandler, LoopbackFake


class FakeVercel(LoopbackFake):
    def __init__(self) -> None:
        self.token = "vercel-good-token"
        self.teams = [{"id": "team_1", "slug": "me", "name": "Me"}]
        self.files: dict[str, bytes] = {}
        self.deployments: dict[str, dict] = {}
        self.uploads: list[str] = []
        self.creates = 0
        self.polls_to_ready = 2
        self.build_error = False
        self.lose_create_response = False
        self.rate_limit_polls = 0
        self.rate_retry_after = "0"
        self.calls: list[tuple[str, str, dict]] = []
        super().__init__()

    def _handler(self):
        fake = self

        class H(JsonHandler):
            _send = JsonHandler.send_json

            def do_GET(self) -> None:
                self._route("GET")

            def do_POST(self) -> None:
                self._route("POST")

            def _route(self, method: str) -> None:
                parts = urlsplit(self.path)
                path, query = parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}
                raw = self.read_body()
                fake.calls.append((method, path, query))
                if self.headers.get("Authorization") != f"Bearer {fake.token}":
                    return self._send(403, {"error": {"code": "forbidden",
                                                      "message": "Not authorized"}})
                if path == "/v2/user":
                    return self._send(200, {"user": {"username": "maker", "email": "m@x.io"}})
                if path == "/v2/teams":
                    return self._send(200, {"teams": fake.teams})
                if path == "/v2/files" and method == "POST":
                    digest = self.headers.get("x-vercel-digest")
                    if hashlib.sha1(raw).hexdigest() != digest:
                        return self._send(400, {"error": {"code": "digest_mismatch"}})
                    fake.files[digest] = raw
                    fake.uploads.append(digest)
                    return self._send(200, {})
                if path == "/v13/deployments" and method == "POST":
                    body = json.loads(raw)
                    for env in (body.get("env"), (body.get("build") or {}).get("env")):
                        if env is not None and not (isinstance(env, dict) and all(
                                isinstance(v, str) for v in env.values())):
                            return self._send(400, {"error": {
                                "code": "bad_request", "message": "Invalid request: `env` "
                                "should be object of strings"}})
                    missing = [f["sha"] for f in body["files"] if f["sha"] not in fake.files]
                    if missing:
                        return self._send(400, {"error": {"code": "missing_files",
                                                          "message": "Missing files",
                                                          "missing": missing}})
                    fake.creates += 1
                    dep_id = f"dpl_{fake.creates}"
                    fake.deployments[dep_id] = {
                        "uid": dep_id, "name": body["name"], "url": f"{body['name']}-"
                        f"{fake.creates}.vercel.app", "state": "QUEUED", "polls": 0,
                        "created": int(time.time() * 1000), "body": body,
                        "teamId": query.get("teamId")}
                    if fake.lose_create_response:
                        fake.lose_create_response = False
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return None
                    d = fake.deployments[dep_id]
                    return self._send(200, {"id": dep_id, "url": d["url"],
                                            "readyState": "QUEUED"})
                if path == "/v6/deployments":
                    since = int(query.get("since", 0))
                    found = [{k: d[k] for k in ("uid", "name", "url", "created", "state")}
                             for d in fake.deployments.values()
                             if d["name"] == query.get("app") and d["created"] >= since]
                    found.reverse()  # newest first, as Vercel lists them
                    return self._send(200, {"deployments": found})
                if path.startswith("/v13/deployments/"):
                    if fake.rate_limit_polls > 0:
                        fake.rate_limit_polls -= 1
                        return self._send(429, {"error": {"code": "rate_limited"}},
                                          {"Retry-After": fake.rate_retry_after})
                    d = fake.deployments[path.rsplit("/", 1)[1]]
                    d["polls"] += 1
                    if d["polls"] >= fake.polls_to_ready:
                        d["state"] = "ERROR" if fake.build_error else "READY"
                    elif d["polls"] >= 1:
                        d["state"] = "BUILDING"
                    return self._send(200, {"id": d["uid"], "url": d["url"],
                                            "readyState": d["state"]})
                if path.startswith("/v3/deployments/") and path.endswith("/events"):
                    return self._send(200, [
                        {"type": "stdout", "text": "Running \"npm run build\""},
                        {"type": "stderr", "text": "Type error: Property 'x' does not exist"},
                        {"type": "stderr", "text": "Error: Command \"npm run build\" exited "
                                                   "with 1"}])
                return self._send(404, {"error": {"code": "not_found"}})

        return H
