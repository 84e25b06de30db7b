"""API keys and tokens, encrypted with a master key that lives only in the OS keyring.

The index holds Fernet ciphertext (``secret:<name>`` rows); the master key is a random Fernet
key in the keyring (service ``devora-desktop``, one entry per data dir). When the keyring has
no backend or is locked, secrets are kept in memory until Devora closes and the UI/CLI say so
when the key is typed (``SecretStore.not_kept``); plaintext never reaches disk, and no plaintext
backend is ever installed. A ``secret-lost:<name>`` row (no value) remembers that a key was kept
only that way, so the next start can say it is gone instead of quietly running without it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from devora_desktop.core.errors import KeyringUnavailable, SecretsError
from devora_desktop.core.logs import register_secret

if TYPE_CHECKING:
    from devora_desktop.core.store import KeyValueRepo

log = logging.getLogger(__name__)

SERVICE = "devora-desktop"
PREFIX = "secret:"
LOST = "secret-lost:"  # a key kept only until Devora closed (no value, just the name)
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_UNUSABLE = "the system keyring can't be used ({why})"
#: Where a token can come from instead of the store (Export reads it first): a person with no
#: keyring keeps a token this way, as a model key in DEVORA_API_KEY (agents/providers.py).
TOKEN_ENV = {"github": "DEVORA_GITHUB_TOKEN", "vercel": "DEVORA_VERCEL_TOKEN"}
_ENV_FOR = {"DEVORA_API_KEY": "a model key", "DEVORA_GITHUB_TOKEN": "GitHub export",
            "DEVORA_VERCEL_TOKEN": "Vercel deploy"}


def way_forward(names: Iterable[str] = ()) -> str:
    """Wherever a key can't be kept: a keyring to start, or the environment variable each of
    ``names`` (none: a model key's) is read from instead."""
    envs = list(dict.fromkeys(TOKEN_ENV.get(n, "DEVORA_API_KEY") for n in names)) or \
        ["DEVORA_API_KEY"]
    return ("install and start a keyring (gnome-keyring or KWallet), or set "
            + " or ".join(f"{env} for {_ENV_FOR[env]}" for env in envs))


WAY_FORWARD = way_forward()


class SecretStore:
    def __init__(self, kv: KeyValueRepo, data_dir_id: str) -> None:
        self._kv = kv
        self._account = "master-key@" + hashlib.sha256(data_dir_id.encode()).hexdigest()[:16]
        self._fernet = None
        self._session: dict[str, str] = {}
        self._unavailable: str | None = None
        self._probed = False
        # Settings probes the keyring off the Qt thread while Save may ask for it: one
        # master key only (two made at once, the first would encrypt with a lost key)
        self._lock = threading.Lock()

    # keyring's first get_keyring() costs ~140 ms: probe lazily, not at start-up.
    def _master(self):
        if self._fernet is not None:
            return self._fernet
        with self._lock:
            return self._master_locked()

    def _master_locked(self):
        if self._fernet is not None:
            return self._fernet
        if self._unavailable is not None:
            raise KeyringUnavailable(_UNUSABLE.format(why=self._unavailable),
                                     hint=WAY_FORWARD)
        import keyring
        from cryptography.fernet import Fernet
        from keyring.errors import InitError, KeyringError, KeyringLocked, NoKeyringError

        self._probed = True
        try:
            key = keyring.get_password(SERVICE, self._account)
            if key is None:
                key = Fernet.generate_key().decode()
                keyring.set_password(SERVICE, self._account, key)
                if keyring.get_password(SERVICE, self._account) != key:
                    raise KeyringError("the keyring did not keep the master key")
            self._fernet = Fernet(key.encode())
        except NoKeyringError:
            self._unavailable = "no keyring backend is installed or running"
        except KeyringLocked:
            self._unavailable = "the keyring is locked"
        except InitError as exc:
            self._unavailable = f"the keyring could not start ({exc})"
        except (KeyringError, ValueError, OSError) as exc:
            self._unavailable = f"the keyring failed ({type(exc).__name__})"
        if self._fernet is None:
            log.warning("keyring unavailable: %s", self._unavailable)
            raise KeyringUnavailable(_UNUSABLE.format(why=self._unavailable), hint=WAY_FORWARD)
        return self._fernet

    @property
    def available(self) -> bool:
        try:
            self._master()
        except KeyringUnavailable:
            return False
        return True

    @property
    def unavailable_reason(self) -> str | None:
        return None if self.available else self._unavailable

    def not_kept(self, label: str, names: Iterable[str] = ()) -> str:
        """One line for a key that lives only until Devora closes: why, and the way forward,
        said where the key was typed. ``label`` is its subject: "The OpenRouter key is";
        ``names``: the keys it speaks of (their environment variables are the way forward)."""
        why = self._unavailable or "the system keyring can't be used"
        return (f"{label} kept only until Devora closes, not saved: no working system "
                f"keyring here ({why}). To keep keys, {way_forward(names)}.")

    def session_only(self, name: str) -> bool:
        """Whether ``name`` is held in memory only (gone when Devora closes)."""
        return name in self._session

    def lost(self, name: str) -> bool:
        """Whether a key typed in an earlier session was kept only for it and is gone now."""
        return not self.has(name) and self._kv.get(LOST + name) is not None

    @staticmethod
    def _check_name(name: str) -> str:
        if not _NAME.match(name):
            raise SecretsError(f"{name!r} is not a valid key name")
        return name

    def set(self, name: str, value: str, *, session_only_ok: bool = False) -> bool:
        """Store a secret. Returns True when it was persisted (encrypted), False when it was
        kept for this session only (allowed only with ``session_only_ok``)."""
        self._check_name(name)
        value = value.strip()
        if not value:
            raise SecretsError("the key is empty")
        try:
            token = self._master().encrypt(value.encode()).decode()
            register_secret(value)
        except KeyringUnavailable:
            if not session_only_ok:
                raise
            self._session[name] = value
            register_secret(value)
            self._kv.set(LOST + name, "")  # the name only: the next start says it is gone
            return False
        self._kv.set(PREFIX + name, token)
        self._kv.delete(LOST + name)
        self._session.pop(name, None)
        return True

    def get(self, name: str) -> str | None:
        self._check_name(name)
        if name in self._session:
            return self._session[name]
        token = self._kv.get(PREFIX + name)
        if token is None:
            return None
        from cryptography.fernet import InvalidToken

        try:
            value = self._master().decrypt(token.encode()).decode()
        except KeyringUnavailable:
            return None
        except InvalidToken as exc:
            where = ("activate it again in Help › License" if name == "license" else
                     "set it again in Settings")
            raise SecretsError(f"the stored {name} key cannot be decrypted (the keyring's master "
                               "key changed)", hint=where) from exc
        register_secret(value)
        return value

    def has(self, name: str) -> bool:
        return name in self._session or self._kv.get(PREFIX + name) is not None

    def delete(self, name: str) -> bool:
        self._check_name(name)
        had = self.has(name)
        self._session.pop(name, None)
        self._kv.delete(PREFIX + name)
        self._kv.delete(LOST + name)
        return had

    def values(self) -> list[str]:
        """Every stored secret, decrypted (the export scan looks for each of them, whatever
        its format). Ones that cannot be decrypted now are skipped."""
        out = []
        for name in self.names():
            try:
                value = self.get(name)
            except SecretsError:
                continue
            if value:
                out.append(value)
        return out

    def names(self) -> list[str]:
        stored = {k[len(PREFIX):] for k in self._kv.keys(PREFIX)}
        return sorted(stored | set(self._session))
