"""What a run says it built is what the app has: ``Spec.features`` (the verdict, the summary,
the README) is read from the app built for the spec (``templates.contains``), and the words a
generated app says in any of its six languages promise nothing it does not do."""

from __future__ import annotations

import re

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import i18n

# Each of these was claimed as built with nothing of it in the app.
NOT_BUILT = [
    ("a mood tracker with charts", "web", "charts on a tracker"),  # moods: no number to chart
    ("a habit tracker with filters", "web", "filters on a tracker"),  # no choice to filter by
    ("a booking page for my salon with search", "web", "search on a booking page"),
    ("a landing page for my bakery with an FAQ", "web", "an FAQ on a landing page"),
    ("an online store for candles that takes card payments", "web",
     "online payments on a storefront"),
    ("a blog about gardening with categories", "fullstack", "categories on a blog"),
    ("a status page for our API with search", "fullstack", "search on a status page"),
    ("a leaderboard for our running club with filters", "web", "filters on a leaderboard"),
]


@pytest.mark.parametrize(("prompt", "mode", "said"), NOT_BUILT)
def test_a_feature_the_app_lacks_is_said_as_not_built(prompt: str, mode: str,
                                                      said: str) -> None:
    spec = templates.read(prompt, mode)
    assert not spec.fits and said in spec.unfit, spec.unfit
    feature = next(f for f, (_, _, label) in templates.spec_.FEATURES.items()
                   if said.startswith(label))
    assert feature not in spec.features
    assert said in templates.summary(spec, mode)


# ... and each of these is built where it was claimed before, so it still fits.
BUILT = [
    ("a kanban board for the house move with tags", "web", "tags"),
    ("an expense tracker with charts", "web", "charts"),
    ("a blog about gardening with categories", "web", "categories"),
    ("an online store for candles that takes card payments", "fullstack", "payments"),
    ("a menu for my pizzeria with search", "fullstack", "search"),
]


@pytest.mark.parametrize(("prompt", "mode", "feature"), BUILT)
def test_a_feature_the_app_has_fits(prompt: str, mode: str, feature: str) -> None:
    spec = templates.read(prompt, mode)
    assert spec.fits and feature in spec.features, spec.unfit
    if (prompt, feature) == (BUILT[0][0], "tags"):  # a field of the card, in its form
        cfg = templates.dataapp.config(spec)
        assert "tags" in [f["key"] for f in cfg["fields"]]


# Where each claim of a full-stack app of its own (todo, blog, dashboard, store, landing) is
# seen in its files: the page that draws it, the route or SQL that keeps it.
MARKERS = {"due_dates": r"due_date", "priorities": r"priorityFilter|priority",
           "tags": r"#\{t(?:ag)?\}", "filters": r"aria-label=(?:\"Filter|\{W\.filter)|name=\"(?:category|plan|tag)\"",
           "search": r'type="search"', "markdown": r"components/Markdown|<Markdown",
           "charts": r"<svg", "kpis": r"computeStats", "categories": r"name=\"category\"",
           "prices": r"\bprice\b", "cart": r"AddToCart", "checkout": r"/api/checkout",
           "payments": r"createCheckoutSession", "ratings": r"RateProduct",
           "waitlist": r"WaitlistForm", "faq": r'id="faq"|FAQ', "auth": r"signInWithPassword",
           "dark_mode": r"ThemeToggle", "images": r"image_url"}


@pytest.mark.parametrize("kind", templates.KINDS)
def test_each_claim_of_a_full_stack_app_is_in_its_files(kind: str) -> None:
    prompt = {"todo": "a todo app for my team with dark mode", "blog": "a blog about bread",
              "dashboard": "a dashboard for my gym", "store": "an online store for candles",
              "landing": "a landing page for a yoga studio with pricing"}[kind]
    spec = templates.read(prompt, "fullstack")
    files = templates.all_files(kind, "fullstack", spec.name, spec)
    code = "\n".join(t for p, t in files.items() if not p.endswith(".md"))
    assert spec.features, kind
    for feature in spec.features:
        assert re.search(MARKERS[feature], code), (kind, feature)
    readme = files["README.md"]
    assert "Features: " + ", ".join(sorted(spec.features)).replace("_", " ") in readme


def test_admin_only_data_keeps_its_search_for_admins() -> None:
    """A full-stack status page's or sign-up sheet's table (search, filter) is under "Add,
    edit and delete", which only an admin sees; a menu has its own search box."""
    for prompt in ("a status page for our API", "a volunteer sign-up sheet"):
        assert "search" in templates.read(prompt).features
        assert "search" not in templates.read(prompt, "fullstack").features
    assert "search" in templates.read("a menu for my pizzeria", "fullstack").features


def test_what_a_summary_says_the_app_does_is_in_it() -> None:
    habits = templates.read("a habit tracker for reading")
    assert "totals" not in templates.summary(habits, "web")  # a week of ticks and a streak
    landing = templates.read("a landing page for my bakery")
    assert "FAQ" not in templates.summary(landing, "web")
    assert "saved" not in templates.summary(landing, "web")  # no form, nothing kept
    waitlist = templates.read("a landing page for my bakery with a waitlist")
    assert "sign-ups saved in this browser only" in templates.summary(waitlist, "web")
    assert "FAQ" in templates.summary(templates.read("a landing page for my bakery",
                                                     "fullstack"), "fullstack")
    shelter = templates.read("a directory of the dogs at our shelter")
    assert "filter" in templates.summary(shelter, "web")  # by species
    people = templates.read("a directory of our club members with name, phone and email")
    assert "filter" not in templates.summary(people, "web")
    assert "filters" not in people.features


# Words a page may not say unless the app does it: mail sent, payment taken, someone told.
PROMISES = re.compile(
    r"confirmation sent|we(?:'ll| will) (?:e-?mail|notify|contact)|sent to your|"
    r"\bis sent\b|\bsent\b|\bpaid\b(?! online)|envoy[ée]e?s?\b|enviad[oa]s?\b|"
    r"gesendet|verschickt|inviat[oa]\b|inviati\b|pagad[oa]\b|payée?\b|bezahlt(?! wird)|"
    r"pagat[oa]\b|you'll hear|hear first|early access|cancel any ?time|free trial|"
    r"month\b.* free\b", re.I)
# ... except where the page says it does NOT happen ("nothing is paid", "nobody is notified").
DENIED = re.compile(r"nothing is paid|rien n'est pay|no se paga|nichts wird|nada é pago|"
                    r"non si paga", re.I)


def _visible_words(files: dict[str, str]) -> list[str]:
    """The texts a person reads: config.js words, HTML and JSX text, string literals."""
    out = []
    for path, text in files.items():
        if path.endswith((".md", ".sql", ".css")) or "api/" in path or "lib/" in path:
            continue
        out += re.findall(r'"([^"\n]{3,})"|>([^<>{}\n]{3,})<', text)
    return [a or b for a, b in out]


@pytest.mark.parametrize("mode", ["web", "fullstack"])
@pytest.mark.parametrize("lang", i18n.LANGS)
def test_no_generated_words_promise_what_the_app_does_not_do(mode: str, lang: str) -> None:
    prompts = {"menu": {"en": "a menu for my pizzeria where people order",
                        "fr": "un menu pour ma pizzeria avec commandes en ligne",
                        "es": "un menú para mi pizzería con pedidos",
                        "de": "eine Speisekarte für meine Pizzeria mit Bestellung",
                        "pt": "um cardápio para minha pizzaria com pedidos",
                        "it": "un menù per la mia pizzeria con ordinazione"},
               "landing": {"en": "a landing page for my yoga studio with pricing and a waitlist",
                           "fr": "une page d'accueil pour mon studio de yoga avec tarifs et "
                                 "liste d'attente",
                           "es": "una página de inicio para mi estudio de yoga con precios y "
                                 "lista de espera",
                           "de": "eine Landingpage für mein Yogastudio mit Preisen und "
                                 "Warteliste",
                           "pt": "uma página inicial para meu estúdio de ioga com preços e "
                                 "lista de espera",
                           "it": "una pagina iniziale per il mio studio di yoga con prezzi e "
                                 "lista d'attesa"}}
    for kind in templates.SHAPES:
        if mode == "fullstack" and kind not in templates.FULLSTACK:
            continue
        spec = templates.read(prompts[kind][lang], mode) if kind in prompts else \
            templates.spec_.Spec(**{**templates.neutral_spec(kind, "App", mode).__dict__,
                                    "lang": lang})
        assert spec.kind == kind and spec.lang == lang, (kind, lang, spec.kind, spec.lang)
        words = i18n.words(lang) | (templates.fullstack_data.config(spec)["t"]
                                    if mode == "fullstack" and kind not in templates.KINDS
                                    else {})
        texts = list(words.values()) + _visible_words(
            templates.all_files(kind, mode, spec.name, spec))
        bad = [t for t in texts if PROMISES.search(t) and not DENIED.search(t)]
        assert bad == [], (kind, bad)
