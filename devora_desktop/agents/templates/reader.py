"""The scored reader: which of the fifteen shapes a prompt asks for, weighed from every cue in
it, not from the first one (docs/ARCHITECTURE.md, Offline templates).

Each shape gets a score from all of its cues in the prompt, by kind:

- an app noun ("habit tracker", "kanban", "Terminbuchung") weighs most;
- a feature phrase, what the app does ("move cards between columns", "book a slot", "the
  kids log the books", "streaks", "flip", "who's winning") next;
- a domain word ("expenses", "recipes", "customers") less, and a weak one ("a list of",
  "students") least;
- a cue said as not wanted ("no online ordering", "without a leaderboard") removes its shape.

The ranking is by score, and the position of a shape's strongest cue only breaks ties (the
app named first is what is asked for when nothing else tells them apart). The tables are
``shapes``' (``_TYPE``, ``DOMAIN``, ``WEAK``), read here by weight; ``FEATURES`` adds what the
apps do. A few structural rules follow the scores (a to-do list moved between columns is a
board; a catalogue that sells is a shop).

:class:`Reading` holds the ranked candidates and how sure the reader is: it is unsure when no
app noun named the top shape or when the next shape scores close. An offline new project then
asks the person which of ``offered`` to build (agents/orchestrator.py); everything else uses
``shape`` as before. Pure, no Qt; a prompt takes about a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from devora_desktop.agents.templates import calcs, i18n
from devora_desktop.agents.templates import shapes as s

NOUN, FEATURE, DOMAIN, WEAK = 10.0, 4.0, 2.0, 1.0
#: a second different word of the same kind adds this share of its weight (at most twice)
_MORE = 0.25
#: sure: the top shape named by an app noun, and ahead of the next by at least this much
SURE_MARGIN = FEATURE

# Words the app-noun table (shapes._TYPE) matches that say what the app does, not what it is:
# a hit that starts with one of these counts as a feature ("the kids log the books and there's
# a leaderboard": a leaderboard; "track my habits": a tracker, but not named).
_DOES = {
    "tracker": r"(?:keep )?track (?!record)|im blick|den [üu]berblick|acompanha(?!mento)|"
               r"suivre|controlar|controllare|registr(?:a|as|ar|are|ate|iert|ieren|o a|e)\b|logs? (?=the |a |an |my |our |their |his |her |each |"
               r"every |what |how |when |which |all |your |its |\d)|streaks?\b",
    "booking": r"(?:escolh|scelg|elig|choisi|pick|choos|w[äa]hl|reserv)\w*\s|book (?:a|an|my)\b",
    "leaderboard": r"keep|tenir|llevar|marcar|cuenta|conto|compte|conta|count|score|tenere|"
                   r"punkte z|chi |who|qui|quem|wer |wins?\b|vit[óo]rias|victorias|victoires|"
                   r"siege|vittorie",
    "signup": r"who|what|qui[ée]n|qu[ée]|chi |quem|o que|qui |wer ",
    "status": r"up or down|servers?|services? |sites?|websites?|apis?|systems?|servicios "
              r"funcionan|servi[çc]os|servizi funzionano|dienste|services fonctionnent",
    "menu": r"order |pre-?orders?|da asporto|[àa] emporter|para llevar|para viagem|zum mitnehmen|"
            r"encomend|ordinazion|a domicilio|lieferservice|livraison|consegna",
    "flashcards": r"memori|m[ée]moriser|vocab|vokabel|r[ée]viser",
    "calculator": r"(?:work|figure) out|days (?:until|since|left)",
}
# Words of a shape that, beside these, are something else: a waitlist's or a newsletter's
# sign-up is a landing page's form; "sign up and log in" is accounts (mode_plan says those).
_ELSEWHERE = re.compile(
    r"(?:wait ?list|newsletter|beta|e-?mail|mailing)[\s-]+(?=sign[- ]?ups?\b)|"
    r"\bsign[- ]?(?:s )?up\s*(?:and|&|/|or|,)\s*(?:sign[- ]?|log[- ]?)in\b|"
    r"\blog[- ]?in\s*(?:and|&|/|or|,)\s*sign[- ]?up\b|\bsign[- ]?up (?:to|for) (?:an? )?accounts?\b")

# What the apps do, in the six languages: each a feature cue of its shape.
_CARDS = r"(?:cards?|tarjetas?|cartes?|karten?|cart[õo]es|schede|tickets?|fichas?|zettel)"
_DRAG = (r"\b(?:drag(?:ging)?|arrastr\w*|glisse\w*|d[ée]plac\w*|trascin\w*|ziehen|verschieb\w*|"
         r"mov(?:e|es|er|ing|endo)|spost\w*|mueve\w*)\b")
FEATURES: list[tuple[str, str]] = [
    # cards moved along columns: "arrastrar las tarjetas de una columna a otra", "Karten per
    # Drag & Drop verschieben", "Spalten nach Status"
    ("board", rf"{_DRAG}(?:\W+\w+){{0,4}}\W+{_CARDS}\b|\b{_CARDS}(?:\W+\w+){{0,4}}\W+{_DRAG}|"
              r"drag ?(?:&|and|n|'n'|et|y|und|e) ?drop|\b(?:columns?|spalten|colonnes?|"
              r"columnas?|colunas?)\b\s*(?:[:'\"«“„]|(?:nach|by|por|par|per|pelo|according to) "
              r"(?:status|estado|statut|stato|phase|etapa|stage|[ée]tape|fase))|"
              r"\bswim ?lanes?\b"),
    ("tracker", r"\bstreaks?\b|\brachas?\b|\bs[ée]ries? de jours|\bsequ[êe]ncias?\b|"
                r"\b(?:log|note|record|track) (?:every|each) (?:day|night|week|time)\b|"
                r"\bhow (?:many|much|often) (?:times )?(?:i|we) \w+"),
    ("leaderboard", r"\brank(?:s|ed|ing)?\b|\b(?:by|par|por|nach|per) (?:total|most|"
                    r"(?:the )?(?:number of )?points|pontos|puntos|punkte)\b|"
                    r"\bwho (?:has|read|scored|won|got) the most\b|\btop (?:\d+|three|five|ten)\b"),
    ("flashcards", r"\bflip\w*|\b(?:retourn|girar?|gira|umdreh|virar?|vira)\w* (?:\w+ )?"
                   r"(?:la |las |le |les |o |os |die |the )?(?:card|tarjeta|carte|karte|cart[ãa]o|"
                   r"scheda)|\b(?:knew|sabia|savais|wusste|sapevo)\b|"
                   # a question on one side, its answer on the other
                   r"\b(?:question|pregunta|pergunta|frage|domanda)\b[^.;]{0,40}"
                   r"\b(?:answer|r[ée]ponse|respuesta|resposta|antwort|risposta)\b|"
                   r"\brecto\b[^.;]{0,30}\bverso\b|\bvorderseite\b|\br[üu]ckseite\b"),
    ("status", r"\b(?:which|welche|quels?|quelles?|qu[ée]|cu[áa]les|quali|quais)\s+(?:\w+\s+){0,2}"
               r"(?:are (?:up|down|working|running|broken)|laufen|funktionieren|marchent|"
               r"fonctionnent|funcionan|funzionano|funcionam|kaputt|en panne|rotos?|rotas?|rotti|"
               r"quebrad[oa]s)|\b(?:kaputt|en panne|out of order|au[ßs]er betrieb|fuera de "
               r"servicio|fora de servi[çc]o|fuori servizio)\b|\bpannes\b|\bausf[äa]lle\b|"
               r"\bst[öo]rungen\b|\bincidents?\b|\bincidentes\b|\bguasti\b"),
    ("menu", r"\b(?:commander|order|pedir|bestellen|ordinare|encomendar)\w* (?:\w+ )?"
             r"(?:et|and|y|und|e) (?:\w+ )?(?:retirer|pick(?: it)? up|collect|recoger|abholen|"
             r"ritirare|retirar|buscar)|click (?:&|and) collect"),
    ("calculator", r"\b(?:it |that )?(?:computes?|works? out|tells? (?:me|us) how (?:much|many|"
                   r"long))\b|\bcalcul(?:e|a|ates?)\b|\brechnet\b|\bcalcola\b"),
    ("store", r"\bcheck-?out\b|\b(?:add|ajout|añad|agreg|hinzuf|adicion|aggiung)\w* (?:\w+ ){0,3}"
              r"(?:to|au|al|a|in den|ao|nel) (?:the |their |your )?(?:cart|panier|carrito|"
              r"warenkorb|carrinho|carrello|basket)"),
    ("signup", r"\bput (?:their|your|my|his|her) names? down\b|\bspots? (?:left|free)\b|"
               r"\b(?:max(?:imum)?|up to|at most|jusqu'[àa]|hasta|bis zu|at[ée]|fino a) \d+ "
               r"(?:people|persons|personnes|personas|pessoas|persone|leute|personen|"
               r"volunteers|b[ée]n[ée]voles|voluntari\w*|helfer)\b|"
               r"places (?:libres|restantes)|plazas libres|vagas (?:livres|restantes)|"
               r"posti liberi|freie pl[äa]tze"),
    ("todo", r"\btick (?:\w+ )?off\b|\bcheck (?:\w+ )?off\b|\bcocher\b|\babhaken\b|"
             r"\bspuntare\b|\bmarcar como (?:hech|feit)"),
    ("blog", r"\bpublish\w*|\bpublier\b|\bpublicar\b|ver[öo]ffentlich\w*|\bpubblica\w*"),
]
# Places that serve food and what they serve: a "carte" or a cart there is a menu.
_FOOD = (r"\b(?:boulangerie|p[âa]tisserie|bakery|pizzeria|restaurant|bistrot?|brasserie|"
         r"cr[êe]perie|trattoria|osteria|gelateria|pasticceria|panetteria|panader[íi]a|"
         r"pasteler[íi]a|padaria|confeitaria|lanchonete|b[äa]ckerei|konditorei|imbiss|"
         r"food ?truck|snack ?bar|taqueria|sushi|burgers?|pizzas?|pains|viennoiseries|"
         r"g[âa]teaux|croissants?|bread|cakes|pastries|brot|br[öo]tchen|kuchen|p[ãa]es|bolos|"
         r"pane|dolci|tortas|empanadas|tapas|sandwich\w*|bocadillos|kebab|coffee|espresso)\b")
FOOD = [("menu", _FOOD)]  # weak: a bakery's website is a page about it

# Ordering said as not wanted removes the shapes that order ("Keine Online-Bestellung").
_ORDERING = (r"online[- ]?(?:bestellung|shop|ordering|orders?|sales|verkauf)|"
             r"(?:commandes?|ventes?) en ligne|(?:pedidos?|ventas?) (?:online|en l[íi]nea)|"
             r"(?:encomendas?|vendas?) online|ordini online|vendita online|bestellungen?|"
             r"ordering|to order|e-?commerce|checkout|payments?|paiement|pagos?|pagamentos?|"
             r"zahlung")
_NEGATED_ORDERING = re.compile(
    r"(?:\bno|\bnot|\bwithout|\bkeine?[nrs]?|\bohne|\bsans|\bpas d[e']|\bpas de|\bsin|\bsem|"
    r"\bsenza|\bniente|\bnada de)\b\s+(?:\w+[\s-]+)?(?:" + _ORDERING + r")\b")
# A cue right after one of these is said as not wanted: it removes its shape.
_NEGATION = re.compile(
    r"(?:\bno|\bnot (?:an?|the)?|\bwithout(?: an?| the)?|\bkeine?[nrs]?|\bohne|\bsans|"
    r"\bpas (?:de|d'|un|une)|\bsin|\bsem|\bsenza|\bniente|\bnada de|\bnicht)(?!\w)\s*(?:\w+\s+)?$")

TIERS = ("noun", "feature", "domain", "weak")
_WEIGHT = {"noun": NOUN, "feature": FEATURE, "domain": DOMAIN, "weak": WEAK}

# What each shape is, in words a person uses: the question's choices.
LABELS = {
    "tracker": "a tracker (log entries, see totals)",
    "board": "a board with columns (move cards along)",
    "booking": "a booking page (pick a free slot)",
    "directory": "a list you can search",
    "leaderboard": "a leaderboard (points and ranking)",
    "flashcards": "flashcards (flip, say if you knew it)",
    "calculator": "a calculator (type numbers, see results)",
    "status": "a status page (what is up or down)",
    "menu": "a menu to order from",
    "signup": "a sign-up sheet (put your name down)",
    "landing": "a page about you or your place",
    "todo": "a to-do list (tick things off)",
    "blog": "a blog (write posts)",
    "dashboard": "a dashboard (figures and a chart)",
    "store": "a shop (browse, add to a cart)",
}
# The same, short: a button's text.
NAMES = {"tracker": "Tracker", "board": "Board", "booking": "Booking page", "directory": "List",
         "leaderboard": "Leaderboard", "flashcards": "Flashcards", "calculator": "Calculator",
         "status": "Status page", "menu": "Menu", "signup": "Sign-up sheet",
         "landing": "Landing page", "todo": "To-do list", "blog": "Blog",
         "dashboard": "Dashboard", "store": "Shop"}
_HABIT_LABEL = "a habit tracker (log days, streaks)"


@dataclass(frozen=True)
class Candidate:
    """One shape the prompt may ask for: its score, whether an app noun named it, where its
    strongest cue is (the tie-break) and the words that pointed to it."""

    shape: str
    score: float
    first: int
    #: the strongest kind of cue that pointed to it: "noun", "feature", "domain", "weak" or
    #: "" (nothing did: the fallback)
    tier: str = ""
    cues: tuple[str, ...] = ()

    @property
    def named(self) -> bool:
        return self.tier == "noun"


@dataclass(frozen=True)
class Reading:
    """The shapes a prompt may ask for, best first (never empty), and what was asked that no
    shape is (``beyond``)."""

    candidates: tuple[Candidate, ...]
    beyond: str = ""
    #: the top shape came from a rule, not the scores (a copy of a known product, an app
    #: no shape is): asking would not help
    ruled: bool = False
    habit: bool = False
    removed: tuple[str, ...] = field(default=())  # shapes said as not wanted

    @property
    def shape(self) -> str:
        return self.candidates[0].shape

    @property
    def named(self) -> bool:
        """An app noun named the top shape (False: a guess from what it does or is about)."""
        return self.candidates[0].named

    @property
    def asked_for(self) -> bool:
        """The prompt names the top shape or what it does (False: only its domain)."""
        return self.candidates[0].tier in ("noun", "feature")

    @property
    def margin(self) -> float:
        """How far the top shape is ahead of the next (its whole score when it is alone)."""
        top = self.candidates[0].score
        return top - self.candidates[1].score if len(self.candidates) > 1 else top

    @property
    def sure(self) -> bool:
        """Sure: the top shape named by an app noun and well ahead of the next, or decided by
        a rule. A prompt with no cue at all is not asked about either: there is nothing to
        choose between, and the run says it could not build what was asked."""
        return self.ruled or (self.named and self.margin >= SURE_MARGIN) or \
            self.candidates[0].score == 0

    @property
    def offered(self) -> tuple[str, ...]:
        """The two or three shapes to ask between, best first: those that scored within a
        noun's weight of the top, and a plain list when fewer than two did."""
        top = self.candidates[0].score
        close = [c.shape for c in self.candidates if c.score > 0 and top - c.score < NOUN]
        out = close[:3]
        if len(out) < 2 and "directory" not in out:
            out.append("directory")
        if len(out) < 2:
            out.append("tracker" if "tracker" not in out else "todo")
        return tuple(out)

    def label(self, shape: str) -> str:
        return _HABIT_LABEL if shape == "tracker" and self.habit else LABELS[shape]

    def name(self, shape: str) -> str:
        return "Habit tracker" if shape == "tracker" and self.habit else NAMES[shape]


@dataclass(frozen=True)
class Detected:
    shape: str
    beyond: str = ""     # what was asked when no shape is it ("" when the shape fits)
    named: bool = True   # False: no app type or feature in the prompt, a guess from its domain
    #: the ranking and how sure the reader is; None for a shape given by hand
    reading: Reading | None = None


def detect(prompt: str) -> Detected:
    """The shape ``prompt`` asks for, with the whole reading behind it."""
    found = read(prompt)
    return Detected(found.shape, found.beyond, found.asked_for, found)


def read(prompt: str) -> Reading:
    """Every shape ``prompt`` may ask for, scored (see the module's docstring)."""
    prompt = s.mend(prompt)
    text = s.not_asked(prompt.lower())
    clone = s._CLONE.search(text)
    if clone:
        asked = clone.group("a") or clone.group("b") or clone.group("c")
        name = next(p for p in s._PRODUCTS if p.lower() == asked)
        rest = read(text[:clone.start()] + " " + text[clone.end():])
        return Reading(rest.candidates, f"an app like {name}", ruled=True, habit=rest.habit)
    for pattern, shape, what in s._BEYOND_SHAPES:
        if re.search(pattern, text):
            return Reading((Candidate(shape, NOUN, 0, "noun"),), what, ruled=True)
    plain = s._plain(text)
    skip = s.NOT_SHAPE[i18n.guess(prompt)]
    hits = _hits(text, plain, skip)
    removed = _removed(text)
    ranked = _rank(hits, removed, len(text))
    if not ranked:
        # Nothing names an app: a plain list of the subject beats a waitlist page (and the
        # verdict says it is not what was asked).
        ranked = [Candidate("directory", 0.0, len(text))]
    ranked = _rules(ranked, text, plain)
    habit = bool(re.search(r"\bhabit|h[áa]bito|habitude|abitudin|gewohnheit|streak|racha",
                           plain))
    return Reading(tuple(ranked), removed=tuple(sorted(removed)), habit=habit)


Hit = tuple[str, str, int, int, str]  # shape, tier, start, end, the words
# An app noun in "for my/our …" or "with …" after another app noun is what the app is about
# or a part of it: "a dashboard for my etsy shop", "eine Statusseite für die Dienste unseres
# Webshops", "a store with an admin dashboard".
_ABOUT = re.compile(
    r"\b(?:for|pour|para|pra|pro|f[üu]rs?|per|of|about|sur|sobre|[üu]ber|von|zum|zur|de|da|"
    r"do|di|du|des|dos|das|del|della|dei|degli|delle|with|avec|con|mit|com)\s+"
    r"(?:[\w'-]+\s+){0,4}$")


def _hits(text: str, plain: str, skip: dict[str, str]) -> list[Hit]:
    out: list[Hit] = []
    elsewhere = [m.span() for m in _ELSEWHERE.finditer(text)]
    tables = (("noun", s._TYPE), ("feature", FEATURES), ("domain", s.DOMAIN),
              ("weak", FOOD), ("weak", s.WEAK))
    for tier, table in tables:
        for shape, pattern in table:
            if tier == "domain" and shape == "calculator" and not calcs.matches(text):
                continue  # "how much" is a sum only when a calculator here computes it
            for m in _matches(pattern, text, plain, skip):
                if any(a <= m.start() <= b for a, b in elsewhere):
                    continue
                kind = tier
                if tier == "noun" and shape in _DOES and re.compile(_DOES[shape]).match(
                        m.string, m.start()):
                    kind = "feature"
                negated = bool(_NEGATION.search(text[max(0, m.start() - 30):m.start()]))
                out.append((shape, "not" if negated else kind, m.start(), m.end(),
                            m.group().strip()))
    return _in_context(out, text)


def _in_context(hits: list[Hit], text: str) -> list[Hit]:
    """Hits read with their neighbours:

    - a word inside another shape's longer phrase is part of it ("Spalten nach Status" is a
      board's columns, "painel de status" a status page, "Karteikarten" flashcards);
    - an app noun after an earlier one is what the app holds or is about when it sits in
      "for my …", in brackets or in a list after a colon ("a dashboard for my etsy shop";
      "a status page for our SaaS. components: API, Dashboard, Payments")."""
    spans = [(a, b, shape, tier) for shape, tier, a, b, _ in hits if tier in ("noun", "feature")]
    first_noun = min((a for _, tier, a, _, _ in hits if tier == "noun"), default=len(text))
    out = []
    for shape, tier, a, b, words in hits:
        if any(pa <= a and b <= pb and (pb - pa) > (b - a) and other != shape
               for pa, pb, other, _ in spans):
            continue
        if tier == "noun" and a > first_noun and _subordinate(text, a):
            tier = "domain"
        out.append((shape, tier, a, b, words))
    return out


def _subordinate(text: str, at: int) -> bool:
    """Whether the word at ``at`` is in "for my …", in brackets or after a colon in its
    sentence: a thing the app holds or is about, not the app."""
    sentence = re.split(r"[.!?;\n]", text[:at])[-1]
    return bool(_ABOUT.search(text[max(0, at - 40):at]) or ":" in sentence
                or sentence.count("(") > sentence.count(")"))


def _matches(pattern: str, text: str, plain: str, skip: dict[str, str]) -> list[re.Match]:
    """Every match of ``pattern`` in the prompt as typed and without its accents, one per
    position, passing over the words ``skip`` says are something else (shapes.NOT_SHAPE)."""
    seen: dict[int, re.Match] = {}
    for where in (text, plain) if plain != text else (text,):
        for m in re.finditer(pattern, where):
            if m.start() in seen or not _kept(m, where, skip):
                continue
            seen[m.start()] = m
    return [seen[k] for k in sorted(seen)]


def _kept(m: re.Match, text: str, skip: dict[str, str]) -> bool:
    a, b = m.span()
    while a > 0 and text[a - 1].isalnum():
        a -= 1
    while b < len(text) and text[b].isalnum():
        b += 1
    still = skip.get(text[a:b])
    return still is None or bool(re.compile(still).match(text, b))


def _removed(text: str) -> set[str]:
    return {"store", "menu"} if _NEGATED_ORDERING.search(text) else set()


def _rank(hits: list[Hit], removed: set[str], length: int) -> list[Candidate]:
    by_shape: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for shape, tier, pos, _end, words in hits:
        by_shape.setdefault(shape, {}).setdefault(tier, []).append((pos, words))
    out = []
    for shape, tiers in by_shape.items():
        # said as not wanted, and not asked for elsewhere ("no double booking" after "book a
        # slot" is a booking page's rule)
        if shape in removed or ("not" in tiers and not {"noun", "feature"} & tiers.keys()):
            removed.add(shape)
            continue
        score, first = 0.0, length
        for tier in TIERS:
            found = tiers.get(tier)
            if not found:
                continue
            words = _apart(found) if tier == "noun" else {w for _, w in found}
            score += _WEIGHT[tier] * (1 + _MORE * min(len(words) - 1, 2))
            if first == length:
                first = min(p for p, _ in found)
        cues = tuple(dict.fromkeys(w for t in TIERS for _, w in tiers.get(t, [])))
        best = next(t for t in TIERS if t in tiers)
        out.append(Candidate(shape, score, first, best, cues))
    out.sort(key=lambda c: (-c.score, c.first))
    return out


def _apart(found: list[tuple[int, str]]) -> set[str]:
    """The different app nouns among ``found``, a name's words counted once ("admin
    dashboard")."""
    words: set[str] = set()
    end = -99
    for pos, word in sorted(found):
        if pos > end + 2 and word not in words:
            words.add(word)
        end = max(end, pos + len(word))
    return words


def _rules(ranked: list[Candidate], text: str, plain: str) -> list[Candidate]:
    """The structural rules the scores leave to words: the top candidate replaced."""
    top = ranked[0]
    shapes_found = {c.shape for c in ranked}
    shape = top.shape
    if shape == "blog" and not top.named and "tracker" in shapes_found:
        shape = "tracker"  # "un journal de mes émotions", "a journal of my runs"
    if shape == "todo" and re.search(s._COLUMNS, plain):
        shape = "board"  # chores or tasks moved along columns are a board
    shape = s._place_or_goods(shape, shapes_found, text, plain)
    if shape == top.shape:
        return ranked
    # the two trade places: the rule's shape takes the top's score, the top the other's
    moved = next((c for c in ranked if c.shape == shape),
                 Candidate(shape, 0.0, top.first, "", ()))
    lifted = Candidate(shape, top.score, top.first, top.tier, moved.cues or top.cues)
    dropped = Candidate(top.shape, moved.score, moved.first, moved.tier, top.cues)
    rest = [c for c in ranked[1:] if c.shape != shape]
    return sorted([lifted, dropped, *rest], key=lambda c: (-c.score, c.first))
