"""A loopback fake of the GitHub REST endpoints Devora uses, with state and faults.

State: repos with blobs, trees, commits and refs (real git SHA-1 for blobs). Faults:
``revoked`` tokens (401), name taken (422), ``empty_409`` (the repo answers 409 "empty" N
times after creation), ``secondary_limit`` (403 + Retry-After once), ``fail_commit`` (500 on
creating the commit, after the blobs). Also the OAuth device-flow endpoints, scripted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading

from tests.fakes.base import JsonHandler, LoopbackFake


class FakeGitHub(LoopbackFake):
    def __init__(self, login: str = "octo") -> None:
        self.login = login
        self.tokens = {"good-token"}
        self.revoked: set[str] = set()
        self.repos: dict[str, dict] = {}
        self.empty_409 = 0
        self.secondary_limit = 0
        self.secondary_retry_after = "1"
        self.fail_commit = False
        self.calls: list[tuple[str, str]] = []
        self.device_script: list[dict] = []
        self._lock = threading.Lock()
        super().__init__()

    # ---- git objects -------------------------------------------------------------------
    @staticmethod
    def _sha(kind: str, data: bytes) -> str:
        return hashlib.sha1(f"{kind} {len(data)}\0".encode() + data).hexdigest()

    def add_repo(self, name: str, files: dict[str, bytes] | None = None) -> dict:
        full = f"{self.login}/{name}"
        repo = {"name": name, "full": full, "blobs": {}, "trees": {}, "commits": {},
                "refs": {}, "private": True, "empty_left": self.empty_409}
        self.repos[full] = repo
        self._commit_files(repo, files if files is not None else {"README.md": b"# " +
                                                                   name.encode() + b"\n"},
                           "Initial commit", [])
        return repo

    def _commit_files(self, repo: dict, files: dict[str, bytes], message: str,
                      parents: list[str]) -> str:
        entries = []
        for path, data in sorted(files.items()):
            sha = self._sha("blob", data)
            repo["blobs"][sha] = data
            entries.append({"path": path, "mode": "100644", "type": "blob", "sha": sha})
        tree = self._sha("tree", json.dumps(entries).encode())
        repo["trees"][tree] = entries
        commit = self._sha("commit", json.dumps([tree, parents, message]).encode())
        repo["commits"][commit] = {"tree": tree, "parents": parents, "message": message}
        repo["refs"]["heads/main"] = commit
        return commit

    def files_at(self, full: str, branch: str = "main") -> dict[str, tuple[bytes, str]]:
        repo = self.repos[full]
        commit = repo["commits"][repo["refs"][f"heads/{branch}"]]
        return {e["path"]: (repo["blobs"][e["sha"]], e["mode"])
                for e in repo["trees"][commit["tree"]]}

    def commit_count(self, full: str, branch: str = "main") -> int:
        repo = self.repos[full]
        n, sha = 0, repo["refs"].get(f"heads/{branch}")
        while sha:
            n += 1
            parents = repo["commits"][sha]["parents"]
            sha = parents[0] if parents else None
        return n

    # ---- JSON shapes PyGithub reads ------------------------------------------------------
    def _repo_json(self, repo: dict) -> dict:
        base = f"{self.url}/repos/{repo['full']}"
        return {"id": abs(hash(repo["full"])) % 10**8, "name": repo["name"],
                "full_name": repo["full"], "private": repo["private"], "url": base,
                "html_url": f"https://github.com/{repo['full']}", "default_branch": "main",
                "owner": {"login": self.login, "url": f"{self.url}/users/{self.login}"}}

    def _commit_json(self, repo: dict, sha: str) -> dict:
        c = repo["commits"][sha]
        base = f"{self.url}/repos/{repo['full']}/git"
        return {"sha": sha, "url": f"{base}/commits/{sha}", "message": c["message"],
                "tree": {"sha": c["tree"], "url": f"{base}/trees/{c['tree']}"},
                "parents": [{"sha": p, "url": f"{base}/commits/{p}"} for p in c["parents"]]}

    def _ref_json(self, repo: dict, ref: str) -> dict:
        base = f"{self.url}/repos/{repo['full']}/git"
        sha = repo["refs"][ref]
        return {"ref": f"refs/{ref}", "url": f"{base}/refs/{ref}",
                "object": {"sha": sha, "type": "commit", "url": f"{base}/commits/{sha}"}}

    # ---- HTTP ----------------------------------------------------------------------------
    def _handler(self):
        fake = self

        class H(JsonHandler):
            _send = JsonHandler.send_json

            def _body(self) -> dict:
                raw = self.read_body()
                if self.headers.get("Content-Type", "").startswith("application/x-www-form"):
                    from urllib.parse import parse_qs

                    return {k: v[0] for k, v in parse_qs(raw.decode()).items()}
                return json.loads(raw) if raw else {}

            def do_GET(self) -> None:
                self._route("GET")

            def do_POST(self) -> None:
                self._route("POST")

            def do_PATCH(self) -> None:
                self._route("PATCH")

            def _route(self, method: str) -> None:
                path = self.path.split("?")[0]
                body = self._body()
                with fake._lock:
                    fake.calls.append((method, path))
                if path.startswith("/login/"):
                    return self._device(path)
                token = (self.headers.get("Authorization") or "").removeprefix("token ") \
                    .removeprefix("Bearer ")
                if token in fake.revoked or token not in fake.tokens:
                    return self._send(401, {"message": "Bad credentials"})
                if fake.secondary_limit > 0 and method != "GET":
                    fake.secondary_limit -= 1
                    return self._send(403, {"message": "You have exceeded a secondary rate "
                                            "limit. Please wait a few minutes."},
                                      {"Retry-After": fake.secondary_retry_after})
                if path == "/user" and method == "GET":
                    return self._send(200, {"login": fake.login, "id": 1,
                                            "url": f"{fake.url}/users/{fake.login}"})
                if path == "/user/repos" and method == "POST":
                    full = f"{fake.login}/{body['name']}"
                    if full in fake.repos:
                        return self._send(422, {"message": "Repository creation failed.",
                                                "errors": [{"field": "name", "message":
                                                            "name already exists"}]})
                    repo = fake.add_repo(body["name"])
                    repo["private"] = bool(body.get("private"))
                    return self._send(201, fake._repo_json(repo))
                m = re.match(r"^/repos/([^/]+/[^/]+)(/.*)?$", path)
                if not m or m.group(1) not in fake.repos:
                    return self._send(404, {"message": "Not Found"})
                repo, rest = fake.repos[m.group(1)], m.group(2) or ""
                if rest == "" and method == "GET":
                    return self._send(200, fake._repo_json(repo))
                if rest.startswith("/git/") and repo["empty_left"] > 0:
                    repo["empty_left"] -= 1
                    return self._send(409, {"message": "Git Repository is empty."})
                return self._git(repo, method, rest, body)

            def _git(self, repo: dict, method: str, rest: str, body: dict) -> None:
                if method == "POST" and rest == "/pulls":
                    pulls = repo.setdefault("pulls", [])
                    number = len(pulls) + 1
                    pull = {"number": number, "title": body["title"], "body": body.get("body"),
                            "state": "open", "head": {"ref": body["head"]},
                            "base": {"ref": body["base"]},
                            "url": f"{fake.url}/repos/{repo['full']}/pulls/{number}",
                            "html_url": f"https://github.com/{repo['full']}/pull/{number}"}
                    pulls.append(pull)
                    return self._send(201, pull)
                if method == "GET" and rest.startswith("/git/ref/"):
                    ref = rest[len("/git/ref/"):]
                    if ref not in repo["refs"]:
                        return self._send(404, {"message": "Not Found"})
                    return self._send(200, fake._ref_json(repo, ref))
                if method == "GET" and rest.startswith("/git/commits/"):
                    sha = rest.rsplit("/", 1)[1]
                    return self._send(200, fake._commit_json(repo, sha))
                if method == "POST" and rest == "/git/blobs":
                    data = base64.b64decode(body["content"]) if body.get("encoding") == \
                        "base64" else body["content"].encode()
                    sha = fake._sha("blob", data)
                    repo["blobs"][sha] = data
                    return self._send(201, {"sha": sha, "url": f"{fake.url}/repos/"
                                            f"{repo['full']}/git/blobs/{sha}"})
                if method == "POST" and rest == "/git/trees":
                    if "base_tree" in body:
                        return self._send(422, {"message": "test fake: base_tree not expected"})
                    entries = sorted(({k: e[k] for k in ("path", "mode", "type", "sha")}
                                      for e in body["tree"]), key=lambda e: e["path"])
                    for e in entries:
                        if e["sha"] not in repo["blobs"]:
                            return self._send(422, {"message": f"unknown blob {e['sha']}"})
                    sha = fake._sha("tree", json.dumps(entries).encode())
                    repo["trees"][sha] = entries
                    return self._send(201, {"sha": sha, "url": f"{fake.url}/repos/"
                                            f"{repo['full']}/git/trees/{sha}", "tree": entries})
                if method == "POST" and rest == "/git/commits":
                    if fake.fail_commit:
                        return self._send(500, {"message": "Server Error"})
                    sha = fake._sha("commit", json.dumps([body["tree"], body["parents"],
                                                          body["message"]]).encode())
                    repo["commits"][sha] = {"tree": body["tree"], "parents": body["parents"],
                                            "message": body["message"]}
                    return self._send(201, fake._commit_json(repo, sha))
                if method == "PATCH" and rest.startswith("/git/refs/"):
                    ref = rest[len("/git/refs/"):]
                    new, current = body["sha"], repo["refs"].get(ref)
                    if not body.get("force") and current not in repo["commits"][new]["parents"]:
                        return self._send(422, {"message": "Update is not a fast forward"})
                    repo["refs"][ref] = new
                    return self._send(200, fake._ref_json(repo, ref))
                if method == "POST" and rest == "/git/refs":
                    ref = body["ref"].removeprefix("refs/")
                    if ref in repo["refs"]:
                        return self._send(422, {"message": "Reference already exists"})
                    repo["refs"][ref] = body["sha"]
                    return self._send(201, fake._ref_json(repo, ref))
                return self._send(404, {"message": f"fake: no route {method} {rest}"})

            def _device(self, path: str) -> None:
                if path == "/login/device/code":
                    return self._send(200, {"device_code": "dev-123", "user_code": "WXYZ-1234",
                                            "verification_uri": "https://github.com/login/device",
                                            "interval": 0, "expires_in": 900})
                step = fake.device_script.pop(0) if fake.device_script else \
                    {"error": "expired_token"}
                return self._send(200, step)

        return H
