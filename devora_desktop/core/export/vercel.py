"""Deploy to Vercel over its REST API (httpx, async, cancellable).

Token check (``/v2/user``) -> explicit team when the token has several -> SHA-1 of every file
-> ``POST /v13/deployments`` with the manifest -> upload exactly the ``missing_files`` to
``/v2/files`` and create again -> poll ``readyState`` until READY, ERROR or CANCELED. 429 and
5xx are retried by the one policy of ``core.retry`` (Retry-After honoured up to its cap; a
longer one ends the export with "rate-limited by Vercel until TIME"). A create whose response
was lost is found by name, not created twice.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from devora_desktop.core.errors import ExportError
from devora_desktop.core.export import ExportPlan
from devora_desktop.core.logs import register_secret
from devora_desktop.core.retry import (
    RetryPolicy,
    async_retrying,
    parse_retry_after,
    until,
    until_text,
)

API = "https://api.vercel.com"
Progress = Callable[[str], None]


class _Retryable(Exception):
    """A 429 or 5xx answer, to be retried by the policy (never seen outside this module)."""

    def __init__(self, resp: httpx.Response, retry_after: float | None) -> None:
        super().__init__(resp.status_code)
        self.resp = resp
        self.retry_after = retry_after


@dataclass
class Deployment:
    id: str
    url: str
    state: str
    logs: list[str] = field(default_factory=list)


def detect_framework(plan: ExportPlan) -> str | None:
    if "package.json" not in plan.files:
        return None
    try:
        pkg = json.loads(plan.read("package.json"))
    except ValueError:
        return None
    deps = {**(pkg.get("dependencies") or {}), **(pkg.get("devDependencies") or {})}
    if "next" in deps:
        return "nextjs"
    if "vite" in deps:
        return "vite"
    return None


def project_name(name: str) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return (slug or "devora-app")[:90]


class VercelDeployer:
    def __init__(self, token: str, *, base_url: str = API, team: str | None = None,
                 poll_interval: float = 2.0, timeout: float = 900.0,
                 retry: RetryPolicy | None = None) -> None:
        register_secret(token)
        self.retry = retry or RetryPolicy()
        self.base = base_url.rstrip("/")
        self.team = team
        self.team_id: str | None = None
        self.poll_interval = poll_interval
        self.timeout = timeout
        self._client = httpx.AsyncClient(
            base_url=self.base, trust_env=False, timeout=httpx.Timeout(30, connect=10),
            headers={"Authorization": f"Bearer {token}", "User-Agent": "DevoraDesktop"})

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> VercelDeployer:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ---- plumbing ---------------------------------------------------------------------
    def _params(self) -> dict[str, str]:
        return {"teamId": self.team_id} if self.team_id else {}

    async def _request(self, method: str, url: str, **kw) -> httpx.Response:
        params = {**self._params(), **kw.pop("params", {})}

        async def attempt() -> httpx.Response:
            try:
                resp = await self._client.request(method, url, params=params, **kw)
            except httpx.TransportError as exc:
                raise ExportError("could not reach Vercel",
                                  hint="check your connection and try again") from exc
            if resp.status_code in (401, 403) and "/v2/files" not in url:
                raise ExportError("Vercel rejected the token (expired, revoked or without "
                                  "access to this team)", hint="set a new Vercel token")
            if resp.status_code == 429 or resp.status_code >= 500:
                wait = parse_retry_after(resp.headers.get("retry-after"))
                if self.retry.too_long(wait):
                    assert wait is not None
                    raise ExportError(f"rate-limited by Vercel until {until_text(until(wait))}",
                                      hint="deploy again then")
                raise _Retryable(resp, wait)
            return resp

        retrying = async_retrying(self.retry, what=f"Vercel {method} {url.split('?')[0]}",
                                  retryable=lambda e: isinstance(e, _Retryable),
                                  retry_after=lambda e: getattr(e, "retry_after", None))
        try:
            return await retrying(attempt)
        except _Retryable as exc:
            raise ExportError(f"Vercel kept failing ({exc.resp.status_code})",
                              hint="try again later") from None

    # ---- steps -------------------------------------------------------------------------
    async def check(self) -> str:
        resp = await self._request("GET", "/v2/user")
        if resp.status_code != 200:
            raise ExportError(f"Vercel did not accept the token ({resp.status_code})")
        user = resp.json().get("user", {})
        teams = (await self._request("GET", "/v2/teams")).json().get("teams", [])
        if self.team:
            match = [t for t in teams if self.team in (t.get("id"), t.get("slug"))]
            if not match:
                raise ExportError(f"no Vercel team {self.team!r} for this token",
                                  hint="teams: " + ", ".join(t["slug"] for t in teams))
            self.team_id = match[0]["id"]
        elif len(teams) > 1:
            raise ExportError("this Vercel token can deploy to several teams ("
                              + ", ".join(t["slug"] for t in teams) + ")",
                              hint="choose one with --team")
        elif len(teams) == 1:
            self.team_id = teams[0]["id"]
        return user.get("username") or user.get("email") or "?"

    async def _find_recent(self, name: str, since_ms: int) -> dict | None:
        resp = await self._request("GET", "/v6/deployments", params={
            "app": name, "since": str(since_ms), "limit": "5"})
        if resp.status_code != 200:
            return None
        found = [d for d in resp.json().get("deployments", []) if d.get("name") == name
                 and d.get("created", 0) >= since_ms]
        return max(found, key=lambda d: d.get("created", 0)) if found else None

    async def _create(self, body: dict, started_ms: int) -> dict:
        try:
            resp = await self._client.post("/v13/deployments", json=body, params={
                **self._params(), "skipAutoDetectionConfirmation": "1"})
        except httpx.TransportError:
            # The create may have succeeded and only the answer was lost: look before
            # creating a second deployment.
            found = await self._find_recent(body["name"], started_ms)
            if found is not None:
                return {"id": found["uid"], "url": found.get("url", ""),
                        "readyState": found.get("state", "QUEUED")}
            raise ExportError("the connection to Vercel dropped while creating the "
                              "deployment", hint="try again") from None
        if resp.status_code in (401, 403):
            raise ExportError("Vercel rejected the token", hint="set a new Vercel token")
        if resp.status_code == 400 and resp.json().get("error", {}).get("code") == \
                "missing_files":
            return resp.json()
        if resp.status_code >= 400:
            err = resp.json().get("error", {}) if resp.content else {}
            raise ExportError(f"Vercel refused the deployment: "
                              f"{err.get('message') or resp.status_code}")
        return resp.json()

    async def deploy(self, plan: ExportPlan, name: str, *, include_flagged: bool = False,
                     env: dict[str, str] | None = None,
                     progress: Progress | None = None) -> Deployment:
        """``env``: variables the app reads (its Supabase URL and anon key), given to the
        deployment at run time and to its build (``NEXT_PUBLIC_`` names are read then)."""
        say = progress or (lambda _m: None)
        files = plan.files_to_send(include_flagged)
        manifest, blobs = [], {}
        for rel in files:
            data = plan.read(rel)
            sha = hashlib.sha1(data).hexdigest()
            blobs[sha] = data
            manifest.append({"file": rel, "sha": sha, "size": len(data)})
        body = {"name": project_name(name), "files": manifest, "target": "production",
                "projectSettings": {"framework": detect_framework(plan)}}
        if env:
            body["env"] = dict(env)
            body["build"] = {"env": dict(env)}
            say(f"setting {', '.join(env)} on the deployment")
        started_ms = int(time.time() * 1000) - 5000
        say(f"creating the deployment ({len(files)} files)")
        created = await self._create(body, started_ms)
        if created.get("error", {}).get("code") == "missing_files":
            missing = created["error"].get("missing", [])
            say(f"uploading {len(missing)} files")
            for i, sha in enumerate(missing):
                data = blobs.get(sha)
                if data is None:
                    raise ExportError("Vercel asked for a file this project does not have")
                resp = await self._request("POST", "/v2/files", content=data, headers={
                    "x-vercel-digest": sha, "Content-Type": "application/octet-stream"})
                if resp.status_code >= 400:
                    raise ExportError(f"uploading a file to Vercel failed ({resp.status_code})")
                say(f"uploaded {i + 1}/{len(missing)}")
            created = await self._create(body, started_ms)
            if "error" in created:
                raise ExportError("Vercel still reports missing files after the upload")
        return await self._wait(created, say)

    async def _wait(self, created: dict, say: Progress) -> Deployment:
        dep = Deployment(created["id"], created.get("url", ""),
                         created.get("readyState", "QUEUED"))
        deadline = time.monotonic() + self.timeout
        delay = self.poll_interval
        while dep.state not in ("READY", "ERROR", "CANCELED"):
            if time.monotonic() > deadline:
                raise ExportError("the Vercel build is taking too long",
                                  hint=f"follow it at https://{dep.url}" if dep.url else "")
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, 10)
            resp = await self._request("GET", f"/v13/deployments/{dep.id}")
            data = resp.json()
            dep.state = data.get("readyState", dep.state)
            dep.url = data.get("url", dep.url)
            say(f"build {dep.state.lower()}")
        if dep.state == "ERROR":
            resp = await self._request("GET", f"/v3/deployments/{dep.id}/events")
            events = resp.json() if resp.status_code == 200 else []
            dep.logs = [e.get("text", "") for e in events if isinstance(e, dict)][-40:]
        return dep
