"""Words a person reads: counts ("1 file", "3 files", never "1 file(s)"), lists ("a, b and c")
and choices ("a or b")."""

from __future__ import annotations

#: the provider's name when no model is used (agents/offline.py's LABEL)
OFFLINE_LABEL = "Offline templates (no AI)"
#: why the offline templates refuse to change an app, and the way forward (agents/offline.py
#: says it at a run; the window before one: here so that saying it loads no templates)
CANNOT_REFINE = "Offline templates can't change an app"
REFINE_HINT = "add a model in Settings to refine it"


def plural(n: int, word: str, many: str = "") -> str:
    """``n`` and ``word``, with ``many`` (or ``word`` + "s") unless ``n`` is one."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def listed(items: list[str], last: str = "and") -> str:
    """"a", "a and b", "a, b and c": items as a sentence says them (``last`` joins the last)."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]


def names_said(paths: list[str], most: int = 3) -> str:
    """"app.js", "app.js and index.html", "app.js, index.html and 3 other files": up to
    ``most`` names, the rest counted."""
    shown = paths[:most] if len(paths) <= most else paths[:most - 1]
    rest = [plural(len(paths) - len(shown), "other file")] if len(paths) > len(shown) else []
    return listed([*shown, *rest])


def either(items: list[str]) -> str:
    """"a", "a or b", "a, b or c": choices as a sentence says them."""
    return listed(items, "or")


def spend_words(tokens: int, cost: float | None) -> str:
    """"12,345 tok, $0.0123": a day's spend, as `devora usage` and the status bar say it."""
    return f"{tokens:,} tok" + (f", ${cost:.4f}" if cost else "")


#: why a command-line run skipped the checks, and the window's words for it: a project made
#: on the command line and opened in the window replays its run's lines (walk18 #31)
CHECKS_CLI = ("checks run the code the agents wrote, and the command line runs it only when "
              "told: pass --checks (or set run_checks to always)")
CHECKS_WINDOW = ("checks run the code the agents wrote, and a run from the command line runs "
                 "it only when told: Settings › Runs › Run checks on generated code › Always "
                 "runs them")


def window_words(text: str) -> str:
    """``text`` as the window says it: a command line's way forward in its own words."""
    return text.replace(CHECKS_CLI, CHECKS_WINDOW)


def cut_words(text: str, chars: int) -> str:
    """``text`` in at most ``chars`` characters: cut after a whole word, with "…" where it
    was cut (a prompt cut mid-word with no mark read as the whole prompt: "…from the
    committee, se")."""
    if len(text) <= chars:
        return text
    head = text[:chars - 1]
    if not text[chars - 1].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:.-–—") + "…"


#: how a failed model call's feed line ends while it waits (progress.py): the window
#: counts its seconds down in place
AGAIN_IN = "; asking again in "


#: how the preview's "Ask the agents to fix this" begins its request (ui/preview_panel.py)
FIX_REQUEST = ("The preview shows these JavaScript errors in the browser console. Find their "
               "cause and fix it without changing what already works:")


def fix_label(request: str) -> str | None:
    """A fix request's short name: "Fix: showYear is not defined (app.js:107)", "… and 2
    more"; None for any other request. History showed the whole machine-written request,
    seven lines at 1024 px (walk24 #27)."""
    if not request.startswith(FIX_REQUEST):
        return None
    import re

    # one error a "- " line; a request read back with its lines joined has " - " between
    errors = [e.strip() for e in re.split(r"(?:^|\n)- |\n?\s- (?=[A-Z])",
                                          request[len(FIX_REQUEST):].strip()) if e.strip()]
    if not errors:
        return "Fix the page's errors"
    first = errors[0].removeprefix("Uncaught ")
    more = f" and {len(errors) - 1} more" if len(errors) > 1 else ""
    return f"Fix: {first}{more}"
