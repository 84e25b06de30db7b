"""What an offline run understood from the prompt: kind, name, subject, entity, features.

The offline templates cannot write new code, but they can follow the prompt: the subject
("a bakery", "my gym") picks a domain pack whose words fill the name, headings, copy and sample
data; the features the prompt names are switched on where the template has them; and whatever
the templates cannot do is listed, so the run's summary says so instead of dropping it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from devora_desktop.agents.templates.packs import PACKS, Pack, neutral_pack

KINDS = ("todo", "blog", "dashboard", "store", "landing")
TITLES = {"todo": "Todo List", "blog": "Blog", "dashboard": "Dashboard", "store": "Storefront",
          "landing": "Landing Page"}
_KIND_WORDS = {"todo": "Planner", "blog": "Journal", "dashboard": "Dashboard", "store": "Shop",
               "landing": ""}
# What kind of app a prompt asks for: words that name an app type win over domain words
# ("an admin dashboard for a bookshop" is a dashboard); within a tier the first one named wins.
_TYPE_WORDS = [
    ("todo", r"\b(todo|to-do|tasks?|checklist|planner)\b"),
    ("store", r"\b(shop|store|storefront|e-?commerce)\b"),
    ("blog", r"\b(blog)\b"),
    ("dashboard", r"\b(dashboard|admin|analytics|crm)\b"),
    ("landing", r"\b(landing|homepage|waitlist)\b"),
]
_DOMAIN_WORDS = [
    ("todo", r"\b(reminders?|errands?)\b"),
    ("store", r"\b(products?|cart|catalog(ue)?|sells?|bookshop|bookstore)\b"),
    ("blog", r"\b(posts?|articles?|journal|newsletter)\b"),
    ("dashboard", r"\b(saas|metrics|kpis?|customers?)\b"),
    ("landing", r"\b(marketing|launch|portfolio|website)\b"),
]
_KEYWORDS = _TYPE_WORDS + _DOMAIN_WORDS

# feature id -> (pattern in the prompt, kinds whose templates implement it, label)
FEATURES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "due_dates": (r"due[ -]?dates?|deadlines?|due\b", ("todo",), "due dates"),
    "priorities": (r"priorit(?:y|ies|ise|ize)", ("todo",), "priorities"),
    "tags": (r"\btags?\b|\btagging\b|\blabels?\b", ("todo", "blog"), "tags"),
    "categories": (r"categor(?:y|ies)", ("store",), "categories"),
    "search": (r"\bsearch", ("todo", "blog", "dashboard", "store"), "search"),
    "filters": (r"\bfilter", ("todo", "dashboard", "store"), "filters"),
    "ratings": (r"\bratings?\b|\bstars?\b|\breviews?\b", ("store",), "ratings"),
    "prices": (r"\bprices?\b|\bpricing\b|\bpriced\b", ("store", "landing"), "prices"),
    "images": (r"\bimages?\b|\bphotos?\b|\bpictures?\b", (), "image uploads"),
    "comments": (r"\bcomments?\b", ("blog",), "comments"),
    "dark_mode": (r"dark[ -]?mode|dark theme|night mode", KINDS, "dark mode"),
    "charts": (r"\bcharts?\b|\bgraphs?\b|\bplots?\b", ("dashboard",), "charts"),
    "markdown": (r"\bmarkdown\b", ("blog",), "markdown"),
    "cart": (r"\bcart\b|\bbasket\b", ("store",), "a cart"),
    "checkout": (r"check ?out|\bpayments?\b|\bstripe\b", ("store",), "checkout"),
    "waitlist": (r"wait ?list|sign[- ]?ups?|newsletter", ("landing",), "a waitlist"),
    "faq": (r"\bfaqs?\b|questions", ("landing",), "an FAQ"),
    "auth": (r"\blog ?in\b|\bsign[- ]?in\b|\baccounts?\b|\bauth(?:entication)?\b", (),
             "sign-in"),
    "kpis": (r"\bkpis?\b|\bmetrics\b", ("dashboard",), "KPIs"),
}
# Always in a template, so a prompt naming them is satisfied.
BUILT_IN = {"todo": {"due_dates", "priorities", "tags", "filters", "search"},
            "blog": {"tags", "search", "markdown"},
            "dashboard": {"charts", "kpis", "search", "filters"},
            "store": {"categories", "search", "filters", "prices", "cart", "checkout", "ratings"},
            "landing": {"prices", "waitlist", "faq"}}
# Things people ask for that no template here can do.
BEYOND = [
    (r"\breal[- ]?time\b|\bchat\b|\bwebsockets?\b", "real-time updates or chat"),
    (r"\bemails?\b|\bnotifications?\b|\breminders? by\b", "email or push notifications"),
    (r"\bmaps?\b|\blocations?\b|\bgeo", "maps"),
    (r"\bcalendar\b", "a calendar view"),
    (r"\bupload", "file uploads"),
    (r"drag[- ]?(?:and|&|n)[- ]?drop", "drag and drop"),
    (r"\bi18n\b|\btranslat|multi-?lingual|\blanguages\b", "translations"),
    (r"\b(?:ai|gpt|llm|chatbot)\b", "AI features"),
    (r"\bexport|\bcsv\b|\bpdf\b", "exports (CSV/PDF)"),
    (r"\bbooking|\breservations?\b|\bappointments?\b", "bookings"),
    (r"\bvideos?\b", "video"),
    (r"\bmulti-?user|\bteams?\b|\bcollaborat|\bshar(?:e|ing)\b", "sharing between users"),
]
_STOP = {"a", "an", "the", "my", "our", "your", "for", "of", "about", "with", "and", "app",
         "application", "site", "website", "page", "simple", "small", "nice", "modern", "web",
         "full", "stack", "fullstack", "saas", "that", "which", "called", "named", "local",
         "new", "online", "personal", "business", "company", "tracker", "manager", "list"}


@dataclass(frozen=True)
class Spec:
    """An offline reading of a prompt; ``notes`` go into the run's summary."""

    prompt: str
    kind: str
    name: str
    subject: str
    pack: Pack
    features: frozenset[str]
    unsupported: tuple[str, ...] = field(default=())
    entity: str = ""
    fields: tuple[str, ...] = field(default=())

    @property
    def model(self) -> str:
        """The main entity and its fields, as the summary states them."""
        return f"{self.entity} ({', '.join(self.fields)})" if self.entity else ""

    @property
    def notes(self) -> str:
        if not self.unsupported:
            return ""
        return ("Offline templates can't add " + _join(self.unsupported)
                + "; add a model (Settings) for that.")

    def has(self, feature: str) -> bool:
        return feature in self.features


def _join(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def choose(prompt: str) -> str:
    text = prompt.lower()
    for tier in (_TYPE_WORDS, _DOMAIN_WORDS):
        found = [(m.start(), kind) for kind, pattern in tier
                 if (m := re.search(pattern, text))]
        if found:
            return min(found)[1]
    return "landing"


def explicit_name(prompt: str) -> str | None:
    m = re.search(r"\b(?:called|named)\s+[\"'“]?([A-Za-z0-9][\w \-&']{1,40}?)[\"'”]?"
                  r"(?:[.,;!]|$|\s+(?:with|for|that|which|where)\b)", prompt)
    return m.group(1).strip() if m else None


def subject_of(prompt: str) -> str:
    """The prompt's subject in a few words ("dog walking"), or "" when there is none."""
    name = explicit_name(prompt)
    text = prompt.lower()
    if name:
        text = re.sub(r"\b(?:called|named)\s+[\"'“]?" + re.escape(name.lower()) + r"[\"'”]?",
                      " | ", text)
    text = re.sub(r"[^a-z0-9&' -]+", " ", text)
    for _kind, pattern in _KEYWORDS:
        text = re.sub(pattern, " | ", text)
    for pattern, _, _ in FEATURES.values():
        text = re.sub(pattern, " | ", text)
    for pattern, _ in BEYOND:
        text = re.sub(pattern, " | ", text)
    m = re.search(r"\b(?:for|about|of|selling|sells)\s+((?:[a-z0-9&'-]+\s?){1,3})", text)
    words = (m.group(1) if m else text).split("|")[0].split()
    words = [w for w in words if w not in _STOP and len(w) > 1][:3]
    return " ".join(words)


def read(prompt: str, mode: str = "web") -> Spec:
    """Everything the offline templates take from ``prompt``."""
    kind = choose(prompt)
    text = prompt.lower()
    pack = next((p for p in PACKS if re.search(p.match, text)), None)
    subject = pack.noun if pack else subject_of(prompt)
    if pack is None:
        pack = neutral_pack(subject)
    asked = {f for f, (pattern, _, _) in FEATURES.items() if re.search(pattern, text)}
    unsupported = []
    for f in sorted(asked):
        _, kinds, label = FEATURES[f]
        if f == "auth":
            if mode != "fullstack":
                unsupported.append("sign-in (web projects keep data in this browser; choose "
                                   "full-stack for accounts)")
            continue
        if kind not in kinds and f not in BUILT_IN[kind]:
            unsupported.append(f"{label} to a {TITLES[kind].lower()}")
    if mode == "fullstack" and "comments" in asked and kind == "blog":
        unsupported.append("comments to a full-stack blog")
    unsupported += [label for pattern, label in BEYOND if re.search(pattern, text)]
    entity, fields = ENTITIES[kind]
    if kind == "dashboard":
        entity = pack.member[0]
    missing = [f for f in asked_fields(prompt) if not _known_field(f, fields)]
    if missing:
        listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + \
            missing[-1]
        unsupported.append(f"the field{'s' if len(missing) > 1 else ''} {listed} "
                           f"(a {entity} has {', '.join(fields)})")
    features = frozenset(BUILT_IN[kind] | {f for f in asked if kind in FEATURES[f][1]})
    if mode == "fullstack":
        features = features - {"comments"}
    name = explicit_name(prompt) or pack.name_for(kind, _KIND_WORDS[kind]) or TITLES[kind]
    return Spec(prompt=prompt, kind=kind, name=name, subject=subject, pack=pack,
                features=features, unsupported=tuple(dict.fromkeys(unsupported)),
                entity=entity, fields=fields)


# The main entity of each template and its fields (what a prompt's "with fields ..." is
# matched against).
ENTITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "todo": ("task", ("title", "due date", "priority", "tags", "done")),
    "blog": ("post", ("title", "slug", "body", "tags", "published")),
    "dashboard": ("customer", ("name", "email", "plan", "mrr", "status", "joined on")),
    "store": ("product", ("name", "description", "price", "category", "rating", "stock")),
    "landing": ("waitlist sign-up", ("email", "name")),
}
_FIELD_SYNONYMS = {"due": "due date", "deadline": "due date", "date": "due date",
                   "completed": "done", "status": "done", "tag": "tags", "labels": "tags",
                   "text": "body", "content": "body", "revenue": "mrr", "joined": "joined on",
                   "cost": "price", "quantity": "stock", "inventory": "stock",
                   "stars": "rating", "reviews": "rating", "title": "title", "url": "slug"}


_NOT_FIELDS = {"a", "an", "the", "its", "with", "some", "more", "extra", "custom", "text",
               "input", "form", "search", "required", "optional", "few", "all", "new"}


def asked_fields(prompt: str) -> list[str]:
    """Fields named explicitly: "with fields a, b and c", "each book has an author and pages"."""
    m = re.search(r"\b(?:fields?|columns?|properties|attributes)\s*(?::|like|such as|for)?\s+"
                  r"([a-z0-9 ,'-]+)", prompt.lower()) or re.search(
        r"\b(?:each|every)\s+\w+\s+has\s+(?:an?\s+|the\s+)?([a-z0-9 ,'-]+)", prompt.lower())
    if not m:  # "an assignee field", "priority and owner fields"
        m = re.search(r"\b((?:[a-z]+,?\s+(?:and\s+)?)?[a-z]+)\s+(?:fields?|columns?)\b",
                      prompt.lower())
        if not m:
            return []
    parts = re.split(r",|\band\b|\bplus\b", m.group(1))
    words = [" ".join(w for w in p.split() if w not in _NOT_FIELDS) for p in parts]
    return [w for w in words if w][:8]


def _known_field(name: str, fields: tuple[str, ...]) -> bool:
    name = name.strip().lower()
    return name in fields or _FIELD_SYNONYMS.get(name) in fields or any(
        name.rstrip("s") == f.rstrip("s") for f in fields)
