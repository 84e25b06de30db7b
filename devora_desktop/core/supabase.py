"""Connecting a full-stack project to its Supabase project: the window's Project › Connect
Supabase… and `devora supabase connect` both end here.

A generated app reads its Supabase URL and anon key from ``.env.local`` (Next.js loads it
into ``process.env``). This module checks what the person pastes (the URL of a Supabase
project, or a loopback one for a local Supabase; an anon JWT or an ``sb_publishable_`` key,
never a service-role or ``sb_secret_`` key: those bypass row-level security and the app's
code could put them in a browser), can ask the project's Auth server whether the key works,
and writes the variables the project's own code reads (found in ``.env.example`` and the
code, so an AI-written app with ``NEXT_PUBLIC_`` names gets those) into ``.env.local``.

``.env.local`` never leaves the machine: the workspace neither lists nor versions it
(core/workspace.py), exports leave every ``.env`` file out (core/export), and ``.gitignore``
is made to cover it for anyone who runs git in the folder. A deploy passes the same two
variables to Vercel (:func:`deploy_env`).

    url = check_url("https://abcd.supabase.co")          # SupabaseError: one line why not
    kind = check_key(key)                                 # "anon JWT" | "publishable key"
    await test_connection(url, key)                       # what the Auth server said
    conn = connect(root, url, key)                        # writes .env.local (+ .gitignore)
    current = read_connection(root)                       # None when not connected
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from devora_desktop.core.envfile import LINE as _ENV_LINE
from devora_desktop.core.envfile import value as _value
from devora_desktop.core.errors import DevoraError
from devora_desktop.core.urls import is_loopback
from devora_desktop.core.workspace import atomic_write, safe_path, shareable_mode

ENV_FILE = ".env.local"
EXAMPLE_FILES = (".env.example", ".env.sample", ".env.template")
DEFAULT_URL_NAME, DEFAULT_KEY_NAME = "SUPABASE_URL", "SUPABASE_ANON_KEY"
WHERE = "Supabase › Project settings › API"
#: What a browser app may hold, and what it must never hold (it bypasses row-level security).
SECRET_KEY_WHY = ("it bypasses row-level security, so anyone who gets it can read and change "
                  "every row; a browser app must never hold it")
_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
_CODE_ENV = re.compile(r"(?:process\.env|import\.meta\.env)\.([A-Z][A-Z0-9_]*)")
_CODE_SUFFIXES = {".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".vue", ".svelte", ".astro"}
_TABLE = re.compile(r"create\s+table\s+(?:if\s+not\s+exists\s+)?(?:public\.)?\"?(\w+)",
                    re.IGNORECASE)


class SupabaseError(DevoraError):
    """What was pasted is not usable, or the Supabase project did not accept it."""


@dataclass(frozen=True)
class EnvNames:
    """The variables the project's code reads for the URL and the anon key (often one
    each; an app may read both ``SUPABASE_URL`` and ``NEXT_PUBLIC_SUPABASE_URL``)."""

    url: tuple[str, ...] = (DEFAULT_URL_NAME,)
    key: tuple[str, ...] = (DEFAULT_KEY_NAME,)

    @property
    def all(self) -> tuple[str, ...]:
        return (*self.url, *self.key)


@dataclass(frozen=True)
class Connection:
    url: str
    key: str
    names: EnvNames = field(default_factory=EnvNames)

    @property
    def key_kind(self) -> str:
        return "publishable key" if self.key.startswith("sb_publishable_") else "anon key"

    def masked_key(self) -> str:
        return f"{self.key[:12]}…{self.key[-4:]}" if len(self.key) > 20 else "…"

    def env(self) -> dict[str, str]:
        """Every variable and its value, as a deploy passes them."""
        return {**{n: self.url for n in self.names.url}, **{n: self.key for n in self.names.key}}


# ---- what the project needs --------------------------------------------------------------
def uses_supabase(root: Path) -> bool:
    """A project whose code talks to Supabase: a ``@supabase/`` package, or Supabase
    variables in its ``.env.example``."""
    try:
        pkg = json.loads((root / "package.json").read_text("utf-8"))
        deps = {**(pkg.get("dependencies") or {}), **(pkg.get("devDependencies") or {})}
        if any(str(d).startswith("@supabase/") for d in deps):
            return True
    except (OSError, ValueError, AttributeError):
        pass
    return any("SUPABASE" in n for n in _example_names(root))


def _example_names(root: Path) -> list[str]:
    names: list[str] = []
    for name in EXAMPLE_FILES:
        try:
            text = (root / name).read_text("utf-8", errors="replace")
        except OSError:
            continue
        names += [m.group(1) for ln in text.splitlines() if (m := _ENV_LINE.match(ln))]
    return names


def _code_names(root: Path, limit: int = 400) -> list[str]:
    """``process.env.X`` / ``import.meta.env.X`` in the project's code (at most ``limit``
    files, none in ignored folders)."""
    from devora_desktop.core.workspace import Workspace

    found: list[str] = []
    for i, rel in enumerate(Workspace(root).iter_files()):
        if i >= limit:
            break
        if Path(rel).suffix in _CODE_SUFFIXES:
            try:
                text = (root / rel).read_text("utf-8", errors="replace")
            except OSError:
                continue
            found += _CODE_ENV.findall(text)
    return found


def env_names(root: Path) -> EnvNames:
    """The URL and key variables this project reads: those named in ``.env.example`` (what
    the template or the model wrote down), else those its code reads, else the templates'
    ``SUPABASE_URL`` / ``SUPABASE_ANON_KEY``. Service-role names are never chosen."""
    for names in (_example_names(root), _code_names(root)):
        urls = [n for n in dict.fromkeys(names) if n.endswith("SUPABASE_URL")]
        keys = [n for n in dict.fromkeys(names) if "SUPABASE" in n and n.endswith("KEY")
                and ("ANON" in n or "PUBLISHABLE" in n)]
        if urls or keys:
            return EnvNames(tuple(urls) or (DEFAULT_URL_NAME,), tuple(keys) or
                            (DEFAULT_KEY_NAME,))
    return EnvNames()


def other_names(root: Path, names: EnvNames | None = None) -> list[str]:
    """Variables ``.env.example`` asks for besides the Supabase URL and anon key (a Stripe
    secret, a service-role key for a webhook): Devora neither asks for nor deploys them.
    ``names``: :func:`env_names`, when the caller has it (it may read the whole code)."""
    mine = set((names or env_names(root)).all)
    return [n for n in dict.fromkeys(_example_names(root)) if n not in mine]


# ---- what was pasted ---------------------------------------------------------------------
def check_url(text: str) -> str:
    """The project URL, normalised (no trailing slash or ``/rest/v1``), or SupabaseError.
    Accepted: ``https://<ref>.supabase.co`` and a loopback URL (a local ``supabase start``)."""
    raw = text.strip()
    if not raw:
        raise SupabaseError("the project URL is empty", hint=f"copy it from {WHERE}")
    parts = urlsplit(raw if "://" in raw else f"https://{raw}")
    host = (parts.hostname or "").lower()
    path = parts.path.rstrip("/")
    if path in ("/rest/v1", "/auth/v1"):
        path = ""
    loopback = is_loopback(host)
    try:
        port = parts.port
    except ValueError:
        raise SupabaseError(f"{raw!r} has a port that is not a number") from None
    if parts.query or parts.fragment or path or parts.username or parts.password:
        raise SupabaseError(f"{raw!r} is more than a project URL",
                            hint=f"paste only https://<project>.supabase.co, from {WHERE}")
    if loopback:
        if parts.scheme not in ("http", "https"):
            raise SupabaseError(f"{raw!r} is not an http:// or https:// URL")
    elif parts.scheme != "https":
        raise SupabaseError(f"{raw!r} is not https: a Supabase project is reached over "
                            "https:// (only a local Supabase on this computer uses http://)")
    elif not re.fullmatch(r"[a-z0-9-]+\.supabase\.(co|in)", host):
        raise SupabaseError(f"{host or raw!r} is not a Supabase project URL",
                            hint=f"it looks like https://abcdefghijklm.supabase.co ({WHERE})")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return f"{parts.scheme}://{netloc}"


def _jwt_claims(key: str) -> dict | None:
    parts = key.split(".")
    if len(parts) != 3 or not all(parts):
        return None
    try:
        payload = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        claims = json.loads(payload)
    except (binascii.Error, ValueError):
        return None
    return claims if isinstance(claims, dict) else None


def check_key(text: str) -> str:
    """``"anon key"`` or ``"publishable key"``; SupabaseError for anything else, and one
    clear line for a service-role or secret key."""
    key = text.strip()
    if not key:
        raise SupabaseError("the anon key is empty", hint=f"copy it from {WHERE}")
    if any(c.isspace() for c in key):
        raise SupabaseError("the key has spaces or line breaks in it",
                            hint="paste the key alone, on one line")
    if key.startswith("sb_secret_"):
        raise SupabaseError(f"that is a secret key (sb_secret_…): {SECRET_KEY_WHY}",
                            hint="paste the publishable key (sb_publishable_…) instead")
    if key.startswith("sb_publishable_"):
        if not re.fullmatch(r"sb_publishable_[A-Za-z0-9_-]{10,}", key):
            raise SupabaseError("that publishable key looks cut short",
                                hint=f"copy it again from {WHERE}")
        return "publishable key"
    claims = _jwt_claims(key)
    if claims is None:
        raise SupabaseError("that does not look like a Supabase anon key (a long eyJ… token, "
                            "or sb_publishable_…)", hint=f"copy it from {WHERE}")
    role = str(claims.get("role", ""))
    if role == "service_role":
        raise SupabaseError(f"that is the service_role key: {SECRET_KEY_WHY}",
                            hint="paste the anon key instead")
    if role != "anon":
        raise SupabaseError(f"that token is for the role {role or 'none'!r}, not anon",
                            hint=f"paste the anon key from {WHERE}")
    return "anon key"


# ---- talking to the project ----------------------------------------------------------------
def migration_tables(root: Path) -> list[str]:
    """Tables the project's ``supabase/migrations/*.sql`` create, in order."""
    tables: list[str] = []
    folder = root / "supabase" / "migrations"
    for sql in sorted(folder.glob("*.sql")) if folder.is_dir() else ():
        try:
            tables += _TABLE.findall(sql.read_text("utf-8", errors="replace"))
        except OSError:
            continue
    return list(dict.fromkeys(tables))


async def test_connection(url: str, key: str, *, tables: list[str] | None = None,
                          timeout: float = 10.0) -> str:
    """Ask the project's Auth server (``/auth/v1/settings``) whether it accepts the key, and
    PostgREST whether the first of ``tables`` exists (the migrations were run). Returns one
    line on what it found; SupabaseError when the project can't be reached or refuses."""
    import httpx

    url, kind = check_url(url), check_key(key)
    headers = {"apikey": key.strip()}
    if kind == "anon key":
        headers["Authorization"] = f"Bearer {key.strip()}"
    async with httpx.AsyncClient(trust_env=False, timeout=timeout, headers=headers) as client:
        try:
            resp = await client.get(f"{url}/auth/v1/settings")
        except httpx.TimeoutException:
            raise SupabaseError(f"{url} did not answer within {timeout:.0f} s",
                                hint="check the URL and your connection") from None
        except httpx.TransportError:
            raise SupabaseError(f"could not reach {url}",
                                hint="check the URL and your connection") from None
        if resp.status_code in (401, 403):
            raise SupabaseError("Supabase refused this key (it belongs to another project, "
                                "or was rotated)", hint=f"copy it again from {WHERE}")
        if resp.status_code == 404:
            raise SupabaseError(f"{url} does not answer as a Supabase project",
                                hint=f"copy the project URL from {WHERE}")
        if resp.status_code != 200:
            raise SupabaseError(f"Supabase answered {resp.status_code}",
                                hint="try again in a minute")
        try:
            settings = resp.json()
        except ValueError:
            settings = {}
        said = "the key works"
        if isinstance(settings, dict) and settings.get("disable_signup"):
            said += "; sign-ups are turned off in this project (Authentication › Sign In / " \
                    "Providers)"
        if tables:
            try:
                rest = await client.get(f"{url}/rest/v1/{tables[0]}",
                                        params={"select": "*", "limit": "0"})
            except httpx.TransportError:
                return said
            if rest.status_code == 404:
                return (f"{said}, but the table {tables[0]!r} is missing: run the SQL in "
                        "supabase/migrations/ in the project's SQL editor")
            if rest.status_code < 300:
                said += "; the tables are there"
        return said


# ---- .env.local ----------------------------------------------------------------------------
def _read_env(root: Path) -> list[str]:
    path = safe_path(root, ENV_FILE)
    try:
        return path.read_text("utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise SupabaseError(f"{ENV_FILE} cannot be read: {exc.strerror or exc}") from exc


def read_connection(root: Path, names: EnvNames | None = None) -> Connection | None:
    """The project's connection from ``.env.local``, or None when a URL or key is missing."""
    names = names or env_names(root)
    values: dict[str, str] = {}
    try:
        lines = _read_env(root)
    except DevoraError:
        return None
    for line in lines:
        if m := _ENV_LINE.match(line):
            values[m.group(1)] = _value(m.group(2))
    url = next((values[n] for n in names.url if values.get(n)), "")
    key = next((values[n] for n in names.key if values.get(n)), "")
    return Connection(url, key, names) if url and key else None


@dataclass(frozen=True)
class ProjectEnv:
    """What the Connect Supabase form shows, read once (off the Qt thread: without an
    ``.env.example`` the names come from reading the code)."""

    uses: bool
    names: EnvNames
    others: list[str]
    current: Connection | None


def project_env(root: Path) -> ProjectEnv:
    names = env_names(root)
    return ProjectEnv(uses_supabase(root), names, other_names(root, names),
                      read_connection(root, names))


def looks_connected(root: Path) -> bool:
    """Cheap (one small file, no scan of the code): ``.env.local`` gives a Supabase URL and
    a key a value. For the window to decide whether to offer Connect Supabase."""
    try:
        lines = _read_env(root)
    except DevoraError:
        return False
    set_ = {m.group(1) for ln in lines if (m := _ENV_LINE.match(ln)) and _value(m.group(2))}
    return any(n.endswith("SUPABASE_URL") for n in set_) and \
        any("SUPABASE" in n and n.endswith("KEY") for n in set_)


def connect(root: Path, url: str, key: str) -> Connection:
    """Check ``url`` and ``key``, then write them into ``.env.local`` under the names the
    project reads (other lines stay as they were), atomically and private to this user;
    make ``.gitignore`` cover ``.env.local``. Restarting the dev server is the caller's."""
    url, key = check_url(url), key.strip()
    check_key(key)
    conn = Connection(url, key, env_names(root))
    values = conn.env()
    left = dict(values)
    out: list[str] = []
    for line in _read_env(root):
        m = _ENV_LINE.match(line)
        if m and m.group(1) in values:  # the first line of a name gets the value, later
            if m.group(1) in left:      # ones go (the last one would win when read)
                out.append(f"{m.group(1)}={left.pop(m.group(1))}")
            continue
        out.append(line)
    values = left
    if values:
        if not any(ln.startswith("# Supabase") for ln in out):
            out.append("# Supabase (Project › Connect Supabase… in Devora); never commit "
                       "this file")
        out += [f"{n}={v}" for n, v in values.items()]
    _write(root, ENV_FILE, "\n".join(out) + "\n", private=True)
    ignore_env_local(root)
    _remember(root, url)
    return conn


def _record(root: Path) -> Path:
    """Where Devora keeps the URL a project was connected to: in its data folder, which the
    project's code can't write (it can write .env.local: the dev server runs in the folder)."""
    import hashlib

    from devora_desktop.core.paths import data_dir

    key = hashlib.sha256(str(Path(root).resolve()).encode("utf-8")).hexdigest()[:32]
    return data_dir() / "supabase" / f"{key}.json"


def _remember(root: Path, url: str | None) -> None:
    path = _record(root)
    if url is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps({"url": url}).encode("utf-8"))


def connected_url(root: Path) -> str | None:
    """The URL the person connected this project to (Connect Supabase), as Devora recorded
    it; None when they never did here."""
    try:
        url = json.loads(_record(root).read_text("utf-8")).get("url")
        return check_url(url) if isinstance(url, str) else None
    except (OSError, ValueError, AttributeError, SupabaseError):
        return None


def disconnect(root: Path) -> bool:
    """Take the Supabase URL and key out of ``.env.local`` (the file goes when nothing else
    is in it). False when there was nothing to take out."""
    names = set(env_names(root).all)
    lines = _read_env(root)
    kept = [ln for ln in lines if not ((m := _ENV_LINE.match(ln)) and m.group(1) in names)
            and not ln.startswith("# Supabase (Project › Connect Supabase")]
    _remember(root, None)
    if len(kept) == len(lines):
        return False
    path = safe_path(root, ENV_FILE)
    if any(ln.strip() for ln in kept):
        _write(root, ENV_FILE, "\n".join(kept) + "\n", private=True)
    else:
        path.unlink(missing_ok=True)
    return True


def _write(root: Path, rel: str, text: str, *, private: bool) -> None:
    path = safe_path(root, rel)  # refuses a symbolic link standing there
    if path.exists() and not path.is_file():
        raise SupabaseError(f"{rel} in the project is not a file")
    try:
        # within: a connect that ends after the project went to the trash (it tests the
        # connection first, off the Qt thread) must not make its folder again
        atomic_write(path, text.encode("utf-8"), None if private else shareable_mode(),
                     within=Path(os.path.realpath(root)))
    except OSError as exc:
        if not Path(root).is_dir():
            raise SupabaseError(f"the project folder {root} is gone (deleted or moved), "
                                f"so {rel} was not written") from exc
        raise SupabaseError(f"could not write {rel}: {exc.strerror or exc}") from exc


def ignore_env_local(root: Path) -> bool:
    """Make the project's ``.gitignore`` cover ``.env.local`` (for git run by hand in the
    folder, or in a copy of it). True when it had to be changed."""
    from dulwich.ignore import IgnoreFilter

    try:
        text = safe_path(root, ".gitignore").read_text("utf-8", errors="replace")
    except FileNotFoundError:
        text = ""
    except OSError as exc:
        raise SupabaseError(f".gitignore cannot be read: {exc.strerror or exc}") from exc
    if IgnoreFilter(text.encode().splitlines()).is_ignored(ENV_FILE):
        return False
    text = (text if not text or text.endswith("\n") else text + "\n") + ".env*.local\n"
    _write(root, ".gitignore", text, private=False)
    return True


# ---- where it is used ------------------------------------------------------------------------
def deploy_env(root: Path, names: EnvNames | None = None) -> dict[str, str]:
    """What a deployment of this project must be given: the connection's variables (empty
    when it is not connected). Nothing else of ``.env.local`` leaves the machine."""
    conn = read_connection(root, names)
    if conn is None:
        return {}
    try:
        check_url(conn.url)
        check_key(conn.key)
    except SupabaseError:
        return {}  # a hand-edited service-role key is never deployed
    return conn.env()


def dev_server_remote(root: Path) -> tuple[str, int] | None:
    """The host and TCP port the project's dev server must reach for its Supabase project
    (``abcd.supabase.co``, 443; or a local Supabase's); None when it is not connected.
    From Devora's record of what the person connected, never from ``.env.local`` alone:
    the dev server can rewrite that file, and would then be let out to any host or port of
    this computer it names (``http://127.0.0.1:2375``) at its next start."""
    conn = read_connection(root)
    recorded = connected_url(root)
    if conn is None or recorded is None:
        return None
    parts = urlsplit(recorded)
    try:
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)


def saved_line(conn: Connection) -> str:
    """What connecting did, as the window and the CLI both say it."""
    names = " and ".join(conn.names.all) if len(conn.names.all) <= 2 else \
        ", ".join(conn.names.all)
    return (f"{names} set in .env.local for {conn.url} ({conn.key_kind}; never committed or "
            "exported)")


def deploy_note(root: Path, *, window: bool, slug: str = "PROJECT") -> str:
    """One line on the variables a deploy of this project sets, or what the deployed app
    will lack ("" for a project without Supabase). ``window``: the window's words, else the
    CLI's."""
    if not uses_supabase(root):
        return ""
    names = env_names(root)  # once: without .env.example it reads the code
    listed = " and ".join(names.all) if len(names.all) == 2 else ", ".join(names.all)
    env = deploy_env(root, names)
    others = other_names(root, names)
    not_sent = (f" Not sent: {', '.join(others)} (set them in the Vercel project's settings)."
                if others else "")
    if env:
        return f"Sets {listed} on the deployment (from Connect Supabase).{not_sent}"
    how = "Project › Connect Supabase…" if window else f"`devora supabase connect {slug}`"
    return (f"Not connected to Supabase: the deployed app will show “Connect Supabase to "
            f"start” until {listed} are set ({how}, then deploy again; or set them in the "
            f"Vercel project's settings).{not_sent}")
