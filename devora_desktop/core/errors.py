"""One exception tree for the whole app, so the UI and the CLI can show one line for any failure.

    DevoraError                     every error a user can meet; str() is the one-line reason
     ├── StoreError                 the local index cannot be read or written
     │    └── InstanceLocked        another Devora process holds this data folder
     ├── NotFound                   a project, version or run that does not exist
     ├── UnsafePathError            a path from model output (or a user) that breaks the path rules
     ├── SecretsError               the keyring or a stored secret cannot be used
     │    └── KeyringUnavailable    no backend / locked: secrets live for this session only
     ├── ProviderError              a provider failed; ``retryable`` says if a retry may help
     │    ├── AuthError             401/403: the key was rejected
     │    ├── RateLimited           429, ``retry_after`` seconds; ``until`` if longer than we wait
     │    ├── ProviderUnavailable   connect errors and 5xx
 │    │    └── Unreachable      no connection at all (network off, server not running)
     │    ├── ProviderTimeout       connect / first byte / idle gap timeouts
     │    ├── StreamInterrupted     the stream dropped after text arrived; ``partial`` holds it
     │    └── ModelNotFound         the provider does not know the model
     ├── OutputFormatError          the model's answer does not follow the wire protocol
     ├── BudgetExceeded             the run reached the user's token or USD cap
     ├── PlanRequired               the current license plan does not include a feature
     ├── ExportError                zip / folder / GitHub / Vercel export failed
     └── LicenseError               activation, refresh or token verification failed

Library exceptions are translated at the boundary (``raise ProviderError(...) from exc``) so
nothing above ``core`` ever needs to know about httpx, keyring or dulwich.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window's first frame waited for datetime's import (~3 ms of CPU)
    from datetime import datetime


class DevoraError(Exception):
    """Base of every error shown to a user. The message is one line with a way forward."""

    retryable: bool = False
    hint: str = ""
    window_hint: str = ""  # the way forward in the window, when the hint is a command line

    def __init__(self, message: str, *, hint: str = "", window_hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint
        if window_hint:
            self.window_hint = window_hint

    def one_line(self, window: bool = False) -> str:
        """The reason and the way forward; ``window``: the window's way (no command line)."""
        text = " ".join(str(self).split())
        hint = (self.window_hint or self.hint) if window else self.hint
        return f"{text} ({hint})" if hint else text


class Said(str):
    """A line for a person that names a command: ``str`` is the terminal's words, ``window``
    the window's (a person there types no command); :func:`in_window` picks them."""

    window: str

    def __new__(cls, text: str, window: str) -> Said:
        said = super().__new__(cls, text)
        said.window = window
        return said


def in_window(line: str) -> str:
    """The window's words for ``line``: its own when it is :class:`Said`, else the line."""
    return getattr(line, "window", line)


def sentence(text: str) -> str:
    """A reason as the window shows it on its own: from a capital ("Could not reach the
    license server (…)"); the CLI prints it after "error: ", lower-case."""
    return text[:1].upper() + text[1:]


class StoreError(DevoraError):
    pass


class InstanceLocked(StoreError):
    pass


class NotFound(DevoraError):
    pass


class UnsafePathError(DevoraError):
    def __init__(self, path: object, reason: str) -> None:
        shown = repr(path)
        if len(shown) > 120:
            shown = shown[:117] + "..."
        super().__init__(f"unsafe path {shown}: {reason}")
        self.path = path
        self.reason = reason


class SecretsError(DevoraError):
    pass


class KeyringUnavailable(SecretsError):
    pass


class ProviderError(DevoraError):
    def __init__(self, message: str, *, retryable: bool = False, status: int | None = None,
                 hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.retryable = retryable
        self.status = status


class AuthError(ProviderError):
    pass


class RateLimited(ProviderError):
    """``retry_after``: seconds the provider asked to wait. ``until``: set (and not retryable)
    when that is longer than Devora waits, so the run ends now and can be retried then."""

    def __init__(self, message: str, *, retry_after: float | None = None,
                 status: int | None = 429, until: datetime | None = None) -> None:
        super().__init__(message, retryable=until is None, status=status,
                         hint="" if until is None else "retry then, or pick another model")
        self.retry_after = retry_after
        self.until = until


class ProviderUnavailable(ProviderError):
    pass


class Unreachable(ProviderUnavailable):
    """No connection could be made (the network is off, the host is wrong, the server is
    not running): the request never reached a model, so the offline templates, which need
    none, can build instead."""


class ProviderTimeout(ProviderError):
    pass


class StreamInterrupted(ProviderError):
    def __init__(self, message: str, *, partial: str) -> None:
        super().__init__(message, retryable=True)
        self.partial = partial


class ModelNotFound(ProviderError):
    pass


class OutputFormatError(DevoraError):
    pass


class BudgetExceeded(DevoraError):
    pass


class PlanRequired(DevoraError):
    def __init__(self, feature: str, plan: str = "Pro", *, when: str = "") -> None:
        super().__init__(f"{feature} needs the {plan} plan",
                         hint=f"{when}Help › License to upgrade or activate a key")
        self.feature = feature
        self.plan = plan


class ExportError(DevoraError):
    pass


class LicenseError(DevoraError):
    def __init__(self, message: str, *, code: str = "ERROR", hint: str = "",
                 window_hint: str = "") -> None:
        super().__init__(message, hint=hint, window_hint=window_hint)
        self.code = code
