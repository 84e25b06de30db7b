"""Offline project templates: fifteen shapes on the web (a data-app engine draws fourteen of
them), and full-stack too: landing, todo, blog, dashboard, store as apps of their own, the ten
data shapes on the same engine backed by Supabase (``fullstack_data``).

``read(prompt, mode)`` says what the prompt asks for and what the app built for it has
(``contains``); ``files_by_owner`` turns a ``Spec`` into files. Callers that only know a kind and a name get a neutral spec.
"""

from __future__ import annotations

import dataclasses
import re

from devora_desktop.agents.templates import (
    carried,
    dataapp,
    fullstack_apps,
    fullstack_data,
    web,
)
from devora_desktop.agents.templates import spec as spec_
from devora_desktop.agents.templates.packs import neutral_pack
from devora_desktop.agents.templates.shapes import ENGINE, cap, field_type
from devora_desktop.agents.templates.spec import (
    BEYOND,
    DEFAULT_ON,
    ENTITIES,
    FEATURES,
    FULLSTACK,
    KINDS,
    SHAPES,
    TITLES,
    Spec,
    choose,
)

__all__ = [
    "FULLSTACK",
    "KINDS",
    "SHAPES",
    "TITLES",
    "Spec",
    "all_files",
    "choose",
    "contains",
    "files_by_owner",
    "name_from_prompt",
    "read",
    "summary",
]

_FULLSTACK_EXTRA = {"todo": "; each user sees only their own tasks",
                    "blog": "; anyone reads published posts, only the author edits them",
                    "dashboard": "; figures computed from the signed-in user's rows",
                    "store": "; orders saved per user, Stripe Checkout when STRIPE_SECRET_KEY "
                             "is set",
                    "landing": "; the waitlist is insert-only for visitors",
                    "tracker": "; each user sees only their own entries",
                    "board": "; each user sees only their own cards",
                    "flashcards": "; each user sees only their own cards",
                    "calculator": "; each user's saved calculations are their own",
                    "directory": "; signed-in users read it, each changes only their own entries",
                    "leaderboard": "; signed-in users see it, who added a player records "
                                   "their points",
                    "booking": "; a slot can be booked once, each user sees their own "
                               "bookings",
                    "status": "; signed-in users read it, only an admin changes it",
                    "menu": "; only an admin changes the menu, orders are priced by the "
                            "database",
                    "signup": "; each user adds and removes only their own names while spots "
                              "last"}


def contains(spec: Spec, mode: str) -> frozenset[str]:
    """The features the app built from ``spec`` in ``mode`` has, read from that app: the one
    account of what a run built (its verdict, summary and README say this, nothing more)."""
    if mode == "fullstack" and spec.kind in KINDS and not fullstack_data.on_engine(spec):
        return fullstack_apps.contains(spec)
    if mode == "fullstack" and spec.kind in FULLSTACK:
        return fullstack_data.contains(spec)
    return dataapp.contains(spec) if spec.kind in ENGINE else web.contains(spec)


#: How much of a prompt the offline templates read: every prompt of the corpora is under
#: 400 characters, and the readers' costs grow faster than the text (a pasted 10 KB page
#: took 48 s offline, 3,000 letters without a space 72 s and then failed)
READ_CHARS = 2000
#: the longest word they read whole: their patterns re-scan a word from each of its letters
WORD_CHARS = 40

_LONG_WORD = re.compile(rf"\w{{{WORD_CHARS + 1},}}")


def readable(prompt: str) -> str:
    """The part of ``prompt`` the offline templates read: its start, each word cut to
    WORD_CHARS (no language's word is longer; a pasted hash or "aaaa…" is)."""
    return _LONG_WORD.sub(lambda m: m.group()[:WORD_CHARS], prompt[:READ_CHARS])


def read(prompt: str, mode: str = "web", shape: str | None = None) -> Spec:
    """What ``prompt`` asks for, and what the app the templates build for it has; ``shape``:
    the app to build, when the person chose it (agents/shape_question.py)."""
    spec = spec_.read(readable(prompt), mode, lambda spec: contains(spec, mode), shape)
    if spec.kind not in ENGINE or spec.kind == "calculator" or spec.beyond:
        return spec
    # what the prompt names and the app leaves out is said as not built, never dropped
    cfg = dataapp.config(spec)
    shown = carried.shown_words(cfg)
    if mode == "web" and spec.kind in ("board", "directory") and not spec.named_fields and (
            unread := carried.unshown_lists(spec.prompt, shown, _JUDGED)):
        # a list of what each card or entry holds, in longer words than a field list has
        # ("item, where it was found, date, and who claimed it"): its fields
        spec = dataclasses.replace(spec, named_fields=tuple(
            (cap(x), field_type(x)) for x in unread[0] if not carried.carries(x, shown)))
        cfg = dataapp.config(spec)
    dated = cfg["view"] in ("signup", "booking") or any(
        f["type"] == "date" for f in cfg["fields"])
    day = dataapp.said_date(spec.prompt) if dated else ""
    # a dashboard's or a blog's list names figures and topics, a full-stack one's often who
    # does what: judged elsewhere
    content, lacking = carried.left_out(
        spec.prompt, cfg, _JUDGED, f"{day}|{dataapp.said_date_words(spec.prompt)}" if day else "",
        lists=mode == "web" and spec.kind not in ("dashboard", "blog"))
    # the things it names are content the person adds in the page: noted, the app approved
    # (before, a fitting app said "can't build “dimanche 15 juin”"); what the app lacks to
    # hold them is not built (docs/ARCHITECTURE.md, "Offline templates")
    lacking = [x for x in lacking if x not in spec.unsupported]
    return dataclasses.replace(spec, unsupported=spec.unsupported + tuple(lacking),
                               left=tuple(x for x in content if x not in spec.unsupported))


# features and asks judged on their own (a list item "search" or "dark mode" is one)
_JUDGED = [p for p, _, _ in FEATURES.values()] + [p for p, _ in BEYOND]


def name_from_prompt(prompt: str, kind: str) -> str:
    return read(prompt).name if choose(prompt) == kind else TITLES[kind]


def neutral_spec(kind: str, name: str, mode: str = "web") -> Spec:
    entity, fields = ENTITIES.get(kind, ("", ()))
    spec = Spec(prompt="", kind=kind, name=name, subject="", pack=neutral_pack(""),
                features=DEFAULT_ON.get(kind, frozenset()), entity=entity, fields=fields)
    return dataclasses.replace(spec, features=contains(spec, mode))


def summary(spec: Spec, mode: str) -> str:
    """The plan's summary: what was built, for what, and what the templates could not do."""
    about = f" for {spec.subject}" if spec.subject else ""
    extra = _FULLSTACK_EXTRA[spec.kind] if mode == "fullstack" and spec.kind in FULLSTACK \
        else "; saved in this browser only" if spec.kind != "landing" \
        else "; sign-ups saved in this browser only" if "waitlist" in spec.features \
        else "; it keeps no data"
    model = f" Main entity: {spec.model}." if spec.model else ""
    # a map asked for: said as what it is, a link per address, not a map in the page
    where = " Each address opens on OpenStreetMap; no map is drawn in the page." \
        if "maps" in spec.features else ""
    text = f"{web.what(spec)}{about}{extra}.{model}{where}"
    return f"{text} {spec.notes}" if spec.notes else text


def files_by_owner(kind: str, mode: str, name: str,
                   spec: Spec | None = None) -> dict[str, dict[str, str]]:
    if spec is None or spec.kind != kind:
        spec = neutral_spec(kind, name, mode)
    elif spec.name != name:
        spec = dataclasses.replace(spec, name=name)
    if mode == "fullstack" and kind in KINDS and not fullstack_data.on_engine(spec):
        return fullstack_apps.APPS[kind](spec)
    if mode == "fullstack" and kind in FULLSTACK:
        return fullstack_data.app(spec)
    files = dataapp.files(spec) if kind in ENGINE else web.WEB[kind](spec)
    files["README.md"] = web.readme(
        spec, dataapp.config(spec)["tagline"] if kind in ENGINE else "")
    return {"frontend": files}


def all_files(kind: str, mode: str, name: str, spec: Spec | None = None) -> dict[str, str]:
    return {p: t for group in files_by_owner(kind, mode, name, spec).values()
            for p, t in group.items()}
