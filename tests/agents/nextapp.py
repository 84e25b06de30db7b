"""Build and serve generated Next.js projects, sharing one node_modules (tests and bench).

``NextProject`` keeps one folder: ``write`` replaces everything but ``node_modules``, ``npm
install`` runs only when the dependencies change (a stamp file), ``build`` runs ``next build``
and ``serve`` runs ``next start`` on a free loopback port. ``NextApps`` holds the built apps,
each built once in a folder of its own, whichever test (in whichever pytest-xdist worker, in
whichever run) asks for it first (the ``next_apps`` fixture); ``together`` makes several
generated apps one build, each served by its own `next start`. ``Session`` is a cookie-keeping
HTTP client that does not follow redirects, so a test sees the 303/307 the app answers.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from tests.fakes.base import free_port

NPM = shutil.which("npm")
ENV = {"NEXT_TELEMETRY_DISABLED": "1", "CI": "1"}
# npm's download cache and the installed node_modules (one folder per set of pinned
# dependencies, installed when its stamp says so), kept between runs like pip's cache and the
# venv: the tests give every test its own HOME, where npm would fetch all ~125 packages again.
NPM_CACHE = Path(tempfile.gettempdir()) / "devora-npm-cache"
DEPS = Path(tempfile.gettempdir()) / "devora-next-deps"
# Next's build cache (webpack's, the type check's .tsbuildinfo), one per pytest-xdist worker
# slot, and the apps built (by content: files, build settings, Node.js), kept between runs the
# same way (Next's docs advise keeping .next/cache between CI runs): an app unchanged since an
# earlier run is not built again, and a changed one starts from a warm cache. Apps unused for
# a week are removed; DEVORA_NEXT_FRESH=1 builds every app again.
NEXT_CACHE = Path(tempfile.gettempdir()) / "devora-next-cache"
BUILT = Path(tempfile.gettempdir()) / "devora-next-apps"
KEEP_DAYS = 7
# How the tests run `next build`, not what it builds: the app's own next.config.mjs is kept
# (as next.config.app.mjs, headers and all, for `next start` too) and these settings go on top.
# webpack compiles in the build's own process instead of a worker process, and page data is
# collected by one worker thread instead of child processes: the same output for ~5 s less CPU
# a build (bench/next_builds.py). Without the type check (an app whose code another build of
# the run type-checks) another ~5 s.
BUILD_CONFIG = """// Written by the tests (tests/agents/nextapp.py): how `next build` runs here.
import app from "./next.config.app.mjs";

export default async function config(phase, context) {
  const own = typeof app === "function" ? await app(phase, context) : app;
  return {
    ...own,
    experimental: { ...own.experimental, webpackBuildWorker: false, cpus: 1, workerThreads: true },
    typescript: { ...own.typescript, ignoreBuildErrors: %s },
  };
}
"""
# Several generated apps as one build (``together``): every app's own files, unchanged, under
# app/devora-<name>/ (its app/, components/, lib/ and middleware.ts) and public/devora-<name>/;
# the files every generated app has alike (package.json but its name, next.config.mjs,
# tsconfig.json, the CSS tool configs) once. Two files are the tests': next.config.mjs
# resolves an app's "@/..." imports in its own folder, and middleware.ts makes the app that a
# request's devora-app cookie names (a browser tab's, so one `next start` serves every app), or
# else DEVORA_APP (set for `next start`), answer every path as if it were alone: its own
# middleware runs where its own matcher says, and what that lets through is rewritten to
# app/devora-<name>/ (or public/devora-<name>/; a path already there, as Next.js asks again
# for a rewritten one, is let through). One build compiles what the apps share once (React,
# Next.js, supabase-js, zod, the common code): `bench/next_builds.py --together`.
SHARED = ("package.json", "next.config.mjs", "tsconfig.json", "next-env.d.ts",
          "postcss.config.mjs", "tailwind.config.ts")
TOGETHER_CONFIG = """// Written by the tests (tests/agents/nextapp.py): the apps' own
// next.config.mjs, and each app's "@/..." imports resolved in its own folder, app/devora-<name>/.
import own from "./next.config.own.mjs";

const APP = /[\\\\/]app[\\\\/](devora-(?:%(names)s))(?=[\\\\/]|$)/;

// No test reads these apps' bundles or traces: neither minified (server or browser code) nor
// traced for deployment, ~6 s of CPU less a build (bench/next_builds.py --together).
export default {
  ...own,
  outputFileTracing: false,
  experimental: { ...own.experimental, serverMinification: false },
  webpack(config, context) {
    const made = own.webpack ? own.webpack(config, context) : config;
    made.optimization.minimize = false;
    made.plugins.push(new context.webpack.NormalModuleReplacementPlugin(/^@\\//, (resource) => {
      const app = APP.exec(resource.context ?? "");
      if (app) resource.request = `@/app/${app[1]}/${resource.request.slice(2)}`;
    }));
    return made;
  },
};
"""
TOGETHER_MIDDLEWARE = """// Written by the tests (tests/agents/nextapp.py): the app the request's
// devora-app cookie names (else DEVORA_APP's) answers every path as if it were alone; its own
// middleware runs where its own matcher says.
import { NextResponse, type NextRequest } from "next/server";
%(imports)s

type Own = { middleware: (request: NextRequest) => Promise<Response>; matcher: RegExp[] };
const APPS: Record<string, Own> = {
%(apps)s
};

export async function middleware(request: NextRequest) {
  const name = request.cookies.get("devora-app")?.value ?? process.env.DEVORA_APP ?? "";
  const app = APPS[name];
  if (!app) {
    return new NextResponse(`"${name}" names no app of this build`, { status: 500 });
  }
  const path = request.nextUrl.pathname;
  const folder = `/devora-${name}`;
  if (path === folder || path.startsWith(`${folder}/`)) return NextResponse.next();
  const response = app.matcher.some((m) => m.test(path))
    ? await app.middleware(request)
    : NextResponse.next({ request });
  // a redirect or an answer of its own goes out as it is; what it lets through (with the
  // cookies and request headers it set) is served from the app's folder
  if (response.headers.get("x-middleware-next") !== "1") return response;
  const url = request.nextUrl.clone();
  url.pathname = path === "/" ? folder : `${folder}${path}`;
  response.headers.delete("x-middleware-next");
  response.headers.set("x-middleware-rewrite", url.toString());
  return response;
}

export const config = { matcher: ["/((?!_next/).*)"] };
"""
# `tsc` for one app of a build made ``together``: its files, the route types `next build`
# generated for them, and its "@/..." in its own folder; what `next build` would check.
TOGETHER_TSCONFIG = {"extends": "./tsconfig.json",
                     "compilerOptions": {"incremental": False,
                                         "paths": {"@/*": ["./app/devora-%(name)s/*"]}},
                     "include": ["next-env.d.ts", "app/devora-%(name)s/**/*.ts",
                                 "app/devora-%(name)s/**/*.tsx",
                                 ".next/types/app/devora-%(name)s/**/*.ts"]}
# `tsc` for several apps in one Node.js process (TypeScript's own API, as `tsc -p` runs it):
# each app a program of its own, but the files outside the apps' folders (TypeScript's lib,
# React's and Next's types) read and parsed once for all, ~2 s of CPU less an app.
TYPECHECK = """// Written by the tests (tests/agents/nextapp.py): tsc -p tsconfig.<name>.json for each name.
const ts = require(require.resolve("typescript", { paths: [process.cwd()] }));
const shared = new Map();
const format = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(),
                 getNewLine: () => "\\n" };
let failed = false;
for (const name of process.argv.slice(2)) {
  const bad = [];
  const config = ts.getParsedCommandLineOfConfigFile(`tsconfig.${name}.json`, {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => bad.push(d) });
  const host = ts.createCompilerHost(config ? config.options : {});
  const own = host.getSourceFile;
  host.getSourceFile = (file, version, ...rest) => {
    if (file.includes("/app/devora-") || file.includes("/.next/types/")) {
      return own(file, version, ...rest);
    }
    const key = `${file}|${JSON.stringify(version)}`;
    if (!shared.has(key)) shared.set(key, own(file, version, ...rest));
    return shared.get(key);
  };
  if (config) {
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options,
                                       host, projectReferences: config.projectReferences });
    bad.push(...config.errors, ...ts.getPreEmitDiagnostics(program));
  }
  if (bad.length) {
    failed = true;
    process.stdout.write(`tsc (${name}): ${ts.formatDiagnostics(bad, format)}`);
  }
}
process.exit(failed ? 1 : 0);
"""


def together(apps: dict[str, dict[str, str]]) -> dict[str, str]:
    """One Next.js project serving each of ``apps`` (name: its generated files) by itself:
    to a request with the cookie devora-app=<name>, or to every request of a `next start` with
    DEVORA_APP=<name>, it is that app (see SHARED above)."""
    first = next(iter(apps.values()))
    for rel in SHARED:
        alike = {json.dumps({**json.loads(f[rel]), "name": ""}) if rel == "package.json"
                 else f.get(rel) for f in apps.values()}
        assert len(alike) == 1, f"the apps' {rel} differ: they can't share one build"
    files = {rel: first[rel] for rel in SHARED if rel in first}
    files["next.config.own.mjs"] = files.pop("next.config.mjs", "export default {};\n")
    files["next.config.mjs"] = TOGETHER_CONFIG % {"names": "|".join(map(re.escape, apps))}
    imports, entries = [], []
    for i, (name, app) in enumerate(apps.items()):
        assert re.fullmatch(r"[a-z][a-z0-9-]*", name), name
        for rel, text in app.items():
            top, _, rest = rel.partition("/")
            if top == "public":
                files[f"public/devora-{name}/{rest}"] = text
            elif top == "app":
                files[f"app/devora-{name}/{rest}"] = text
            elif top in ("components", "lib") or rel == "middleware.ts":
                files[f"app/devora-{name}/{rel}"] = text
        own = app.get("middleware.ts")
        if own is None:
            entries.append(f"  {json.dumps(name)}: {{ middleware: async (request) => "
                           "NextResponse.next({ request }), matcher: [] },")
            continue
        imports.append(f'import {{ middleware as app{i} }} from "./app/devora-{name}/middleware";')
        found = re.search(r"matcher:\s*(\[[^\]]*\])", own)
        patterns = json.loads(found.group(1)) if found else ["/(.*)"]
        # the templates' matchers are regular expressions after the slash, not path patterns
        assert not any(":" in p for p in patterns), patterns
        regexps = ", ".join(f"new RegExp({json.dumps('^' + p + '$')})" for p in patterns)
        entries.append(f"  {json.dumps(name)}: {{ middleware: app{i}, matcher: [{regexps}] }},")
    files["middleware.ts"] = TOGETHER_MIDDLEWARE % {"imports": "\n".join(imports),
                                                    "apps": "\n".join(entries)}
    return files



@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path`` (pytest-xdist workers share the apps)."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def installed(package_json: str) -> Path:
    """The node_modules of ``package_json``'s dependencies, installed once (kept in DEPS)."""
    deps = json.loads(package_json)
    digest = hashlib.sha256(json.dumps([deps.get("dependencies"), deps.get(
        "devDependencies")], sort_keys=True).encode()).hexdigest()[:16]
    project = NextProject(DEPS / digest)
    with locked(DEPS / f"{digest}.lock"):
        (project.root / "package.json").write_text(package_json)
        project.install()
    return project.root / "node_modules"


class NextProject:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root or Path(os.environ.get("DEVORA_NEXT_WORKDIR")
                                 or Path(tempfile.gettempdir()) / "devora-next-app")
        self.root.mkdir(parents=True, exist_ok=True)

    def write(self, files: dict[str, str]) -> None:
        """Replace the app's files, keeping node_modules and Next's build cache: the apps the
        slow tests build one after another share most of their code, so ``next build`` reuses
        what it compiled for the last one (its output is rebuilt from scratch every time)."""
        for entry in self.root.iterdir():
            if entry.name == ".next":
                for part in entry.iterdir():
                    if part.name != "cache":
                        shutil.rmtree(part) if part.is_dir() else part.unlink()
            elif entry.name not in ("node_modules", ".deps-stamp"):
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        for rel, text in files.items():
            target = self.root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)

    def install(self) -> float:
        """npm install when package.json's dependencies changed; seconds spent (0 if cached)."""
        pkg = json.loads((self.root / "package.json").read_text())
        deps = json.dumps([pkg.get("dependencies"), pkg.get("devDependencies")], sort_keys=True)
        stamp = self.root / ".deps-stamp"
        digest = hashlib.sha256(deps.encode()).hexdigest()
        if stamp.exists() and stamp.read_text() == digest and (self.root / "node_modules").exists():
            return 0.0
        started = time.monotonic()
        subprocess.run([NPM or "npm", "install", "--prefer-offline", "--no-audit", "--no-fund",
                        "--ignore-scripts", "--loglevel=error"], cwd=self.root,
                       env={**os.environ, **ENV, "npm_config_cache": str(NPM_CACHE)},
                       check=True, capture_output=True, timeout=900)
        stamp.write_text(digest)
        return time.monotonic() - started

    def build(self) -> tuple[bool, float, str]:
        started = time.monotonic()
        proc = subprocess.run([str(self.root / "node_modules/.bin/next"), "build"],
                              cwd=self.root, env={**os.environ, **ENV}, capture_output=True,
                              text=True, timeout=900)
        return (proc.returncode == 0, time.monotonic() - started,
                (proc.stdout[-3000:] + proc.stderr[-2000:]))

    def typecheck(self, names: list[str]) -> tuple[bool, str]:
        """`tsc` over each app of ``names`` of a build made ``together`` (TOGETHER_TSCONFIG),
        in one process (TYPECHECK)."""
        for name in names:
            (self.root / f"tsconfig.{name}.json").write_text(
                json.dumps(TOGETHER_TSCONFIG) % {"name": name})
        (self.root / "typecheck.cjs").write_text(TYPECHECK)
        proc = subprocess.run(["node", "typecheck.cjs", *names], cwd=self.root,
                              capture_output=True, text=True, timeout=900)
        return proc.returncode == 0, f"{proc.stdout[-3000:]}{proc.stderr[-2000:]}"

    def client_bundle(self) -> str:
        """Every JS file shipped to browsers (.next/static), concatenated."""
        static = self.root / ".next/static"
        return "\n".join(p.read_text(errors="replace") for p in static.rglob("*.js"))

    @contextlib.contextmanager
    def serve(self, env: dict[str, str]) -> Iterator[str]:
        port = free_port()
        # one log per server: another worker may serve the same build at the same time
        log = open(self.root / f"next-start-{port}.log", "w")  # noqa: SIM115 - closed below
        server = subprocess.Popen(
            [str(self.root / "node_modules/.bin/next"), "start", "-p", str(port), "-H",
             "127.0.0.1"], cwd=self.root, env={**os.environ, **ENV, **env}, stdout=log,
            stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(150):
                try:
                    urllib.request.urlopen(base + "/login", timeout=1).read()
                    break
                except urllib.error.HTTPError:
                    break
                except OSError:
                    time.sleep(0.2)
            yield base
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()


class NextApps:
    """Every Next.js app the tests build, each built once: tests that need the same app (the
    same files and settings, by content hash) share its build, e.g. the landing page that both
    the template checks and the security checks serve, even when pytest-xdist runs those files
    in different workers or another run built it (``root`` is shared; a lock per app makes a
    second worker wait for the first one's build and reuse it). A build that failed is built
    again by the next run (``run`` tells runs apart). One ``npm install`` per set of
    dependencies serves every app (each app's node_modules is a link to it), and each worker
    slot's builds share Next's build cache, so a build recompiles only what differs from the
    apps built before it."""

    def __init__(self, root: Path = BUILT, run: str = "") -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self.run = run or str(os.getpid())
        self.fresh = os.environ.get("DEVORA_NEXT_FRESH") == "1"
        # webpack's cache is not written by two builds at once: one per worker slot, locked
        slot = os.environ.get("PYTEST_XDIST_WORKER", "main")
        NEXT_CACHE.mkdir(exist_ok=True)
        self.cache, self.cache_lock = NEXT_CACHE / slot, NEXT_CACHE / f"{slot}.lock"
        node = shutil.which("node")  # part of a build's key: another Node.js builds again
        self.node = subprocess.run([node, "--version"], capture_output=True,
                                   text=True).stdout.strip() if node else ""
        self._prune()

    def _prune(self) -> None:
        """Apps not used for KEEP_DAYS (their result file is touched at every use)."""
        old = time.time() - KEEP_DAYS * 86400
        for result in self.root.glob("app-*.json"):
            with contextlib.suppress(OSError):
                if result.stat().st_mtime < old:
                    shutil.rmtree(result.with_suffix(""), ignore_errors=True)
                    result.unlink()

    def built(self, files: dict[str, str], *,
              typecheck: bool | list[str] = True) -> NextProject:
        """The app of ``files``, built (``next build`` type-checks it unless ``typecheck`` is
        False; for apps made ``together``, the names of those `tsc` checks after the build);
        fails the test with the build's output when it does not build."""
        project, built = self._made(files, typecheck)
        assert built["ok"], built["output"]
        return project

    def ahead(self, apps: list[tuple[dict[str, str], bool | list[str]]]) -> None:
        """Build ``apps`` (files, typecheck) one after another in a background thread: a test
        file that needs several apps builds the next while its tests use the last one (a
        build is CPU, a browser check mostly waits). ``built`` waits for a build under way."""
        def build_all() -> None:
            for files, typecheck in apps:
                with contextlib.suppress(Exception):  # built() fails the test that needs it
                    self._made(files, typecheck)

        threading.Thread(target=build_all, daemon=True).start()

    def _made(self, files: dict[str, str],
              typecheck: bool | list[str]) -> tuple[NextProject, dict]:
        key = hashlib.sha256(json.dumps([files, typecheck, BUILD_CONFIG, TYPECHECK, self.node],
                                        sort_keys=True).encode()).hexdigest()[:16]
        project = NextProject(self.root / f"app-{key}")
        result = self.root / f"app-{key}.json"
        with locked(self.root / f"app-{key}.lock"):  # flock: threads and workers alike
            done = json.loads(result.read_text()) if result.exists() else None
            # built by an earlier run: used as it is, unless it failed or fresh builds are asked
            again = done is not None and done.get("run") != self.run and (
                self.fresh or not done["ok"])
            if done is None or again:
                ok, output = self._build(project, files, typecheck)
                done = {"ok": ok, "output": output, "run": self.run}
                result.write_text(json.dumps(done))
            os.utime(result)  # in use: kept
        return project, done

    def _build(self, project: NextProject, files: dict[str, str],
               typecheck: bool | list[str]) -> tuple[bool, str]:
        modules = installed(files["package.json"])
        project.write(files)  # a build cut short (a timeout) left its links: kept
        own = project.root / "next.config.mjs"
        (project.root / "next.config.app.mjs").write_text(
            own.read_text() if own.exists() else "export default {};\n")
        (project.root / "next.config.mjs").write_text(
            BUILD_CONFIG % ("false" if typecheck is True else "true"))
        if not (project.root / "node_modules").exists():
            (project.root / "node_modules").symlink_to(modules)
        self.cache.mkdir(exist_ok=True)
        (project.root / ".next").mkdir(exist_ok=True)
        cache = project.root / ".next" / "cache"
        if cache.is_symlink():  # built before from another slot's cache: this one's now
            cache.unlink()
        cache.symlink_to(self.cache)
        with locked(self.cache_lock):  # the slot's webpack cache: one build at a time
            ok, _, output = project.build()
        if ok and isinstance(typecheck, list) and typecheck:
            ok, output = project.typecheck(typecheck)
        return ok, output


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class _LoopbackIsSecure(http.cookiejar.DefaultCookiePolicy):
    """Browsers treat http://localhost and 127.0.0.1 as secure contexts and send Secure
    cookies there; `next start` (production mode) sets them."""

    def return_ok_secure(self, cookie, request) -> bool:
        host = urllib.parse.urlsplit(request.get_full_url()).hostname
        return host in ("127.0.0.1", "localhost") or super().return_ok_secure(cookie, request)


class Session:
    """One browser-like visitor: keeps cookies, never follows redirects."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar(policy=_LoopbackIsSecure())
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar),
                                                  _NoRedirect)

    def call(self, method: str, path: str, json_body: object = None,
             form: dict | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, object, dict]:
        """One request; like a browser, a POST/PATCH/DELETE carries this site's Origin."""
        data, ctype = None, "application/json"
        if json_body is not None:
            data = json.dumps(json_body).encode()
        elif form is not None:
            data, ctype = urllib.parse.urlencode(form).encode(), \
                "application/x-www-form-urlencoded"
        sent = {"Content-Type": ctype}
        if method not in ("GET", "HEAD"):
            sent["Origin"] = self.base
        sent.update(headers or {})
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=sent)
        try:
            resp = self.opener.open(req, timeout=30)
            status, raw, headers = resp.status, resp.read(), resp.headers
        except urllib.error.HTTPError as exc:
            status, raw, headers = exc.code, exc.read(), exc.headers
        headers = {k.lower(): v for k, v in headers.items()}
        body: object = raw.decode(errors="replace")
        if headers.get("content-type", "").startswith("application/json") and raw:
            body = json.loads(raw)
        return status, body, headers

    def sign_up(self, email: str, password: str = "correct horse battery") -> int:
        status, _, _ = self.call("POST", "/api/auth/sign-up",
                                 form={"email": email, "password": password, "next": "/"})
        return status

    def cookies(self) -> list[dict]:
        return [{"name": c.name, "value": c.value, "path": c.path or "/"} for c in self.jar]
