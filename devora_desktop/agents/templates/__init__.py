"""Offline project templates: fifteen shapes on the web (a data-app engine draws fourteen of
them), and full-stack too: landing, todo, blog, dashboard, store as apps of their own, the ten
data shapes on the same engine backed by Supabase (``fullstack_data``).

``read(prompt, mode)`` says what the prompt asks for and what the app built for it has
(``contains``); ``files_by_owner`` turns a ``Spec`` into files. Callers that only know a kind and a name get a neutral spec.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from devora_desktop.agents.templates import (
    carried,
    dataapp,
    fullstack_apps,
    fullstack_data,
    holds,
    listed,
    quiz,
    reader,
    titles,
    web,
)
from devora_desktop.agents.templates import spec as spec_
from devora_desktop.agents.templates.i18n import pick as i18n_pick
from devora_desktop.agents.templates.packs import neutral_pack
from devora_desktop.agents.templates.shapes import ENGINE, UNIT_TABLE, cap, field_type
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
    "kept_note",
    "name_from_prompt",
    "read",
    "summary",
    "to_write_note",
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
    spec = spec_.read(readable(prompt), mode, lambda spec: contains(spec, mode), shape,
                      lambda spec, asked: holds.of(spec, mode, contains(spec, mode)).covers(asked))
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
    if unheld := _unheld(spec, cfg, shown, content, holds.of(spec, mode, spec.features)):
        # what the prompt names for each row to hold is no row the person adds: the app
        # lacks it, and the verdict says so (a golf table's "best score" and "handicap")
        content = [x for x in content if x not in unheld]
        lacking.append(f"{_and(unheld)} ({_ROWS[spec.kind]} {_and(_labels(cfg))})")
    if amounts := _amounts_unheld(spec, cfg):
        # an amount each entry is to hold, and the app has no number to hold it in (round 25's
        # "i log how many kg of honey … with the date and which hive" built Date and Which
        # hive, approved, its totals of nothing)
        lacking.append(f"{_and(amounts)} (each entry holds {_and(_labels(cfg))})")
    if cfg["view"] in ("posts", "leaderboard"):
        # an order asked that the app does not keep: posts go newest first, a ranking by its
        # score ("las entradas más leídas arriba" has no count of reads to sort by)
        app, asked = holds.of(spec, mode, spec.features), _asked_in(spec)
        lacking += [carried._quote(x) for x in holds.said_orders(spec.prompt)
                    if asked(x) and not app.covers(x)]
    if spec.kind == "flashcards" and (blank := _blank_quiz(spec, cfg)):
        # a quiz none of whose questions is written is not the quiz asked for ("quiz sur les
        # vins de Bordeaux, 5 questions" built five cards "Question 1 (à écrire)"), unless the
        # person says they write the questions themselves
        lacking.append(f"the quiz's {'question' if blank == 1 else f'{blank} questions'} "
                       "(its cards are left blank for you to write: Edit on each)")
    return dataclasses.replace(spec, unsupported=spec.unsupported + tuple(lacking),
                               left=tuple(x for x in content if x not in spec.unsupported))


def _blank_quiz(spec: Spec, cfg: dict) -> int:
    """How many cards a quiz none of whose questions the templates could write has, when the
    prompt does not say the person writes them (0 otherwise: a quiz with some questions
    written, one whose questions its teacher writes, or cards whose two sides the prompt
    lays out, is what was asked)."""
    fill = i18n_pick(quiz.TO_WRITE, spec.lang)
    fronts = [str(row.get("front", "")) for row in cfg["seed"]]
    if not fronts or not all(f.endswith(fill) for f in fronts) or re.search(
            quiz.WRITES_OWN, spec.prompt, re.I) or reader.two_sides(spec.prompt):
        return 0  # a card's two sides said are cards to fill in ("la question d'un côté, la
        # réponse de l'autre", "na frente o nome, atrás as notas")
    return len(fronts)


# The apps whose rows are people or dated entries, so a thing the prompt lists for them is
# something each row holds (a measure, a stat, a figure), never a row the person adds; what
# their rows hold, for the verdict
_ROWS = {"leaderboard": "each row holds", "tracker": "each entry holds"}
# a list's item that is two things said with a dash between ("Beth - rounds played")
_DASH = r"\s+[-–—]\s+"
# the person's own row names written as names (capitalised, in a language whose nouns are not)
_A_NAME = r"(?:[A-ZÀ-Ý][\w'’.-]*)(?:(?:\s+|\s*[/&+]\s*)[A-ZÀ-Ý][\w'’.-]*)*"
# a match's results, each in the six languages: one said in other words is held
_RESULTS = (r"\bwins?\b|\bwon\b|victor\w*|vict[oó]rias?|vit[oó]rias?|ganad\w*|gagn\w*|"
            r"ganh\w*|sieg\w*|gewonnen\w*|vint[ei]\b|vittori\w*",
            r"loss\w*|\blost\b|d[ée]faites?|derrotas?|perdid\w*|perdu\w*|niederlag\w*|"
            r"verloren\w*|pers[ei]\b|sconfitt\w*",
            r"draws?\b|\bties?\b|\bnuls?\b|empat\w*|unentschieden|pareggi\w*|remis")
# what a ranking's rows are, said as a list's item ("a league table: teams, points each week,
# total", spar27 #60): its rows, never a thing each row lacks
_RANKED_ROWS = (r"(?:the |les |los |las |die |os |as |le |i |gli )?(?:teams?|players?|names?|"
                r"[ée]quipes?|joueur\w*|noms?|equipos?|jugador\w*|nombres?|mannschaft\w*|"
                r"spieler\w*|namen?|equipas?|times|jogador\w*|nomes?|squadr\w*|giocator\w*|"
                r"nomi|clubs?|clubes?|vereine?)")
# a figure over the rows, which a log computes, not a thing each entry holds
_FIGURE = (r"\b(?:totals?|average|mean|sum|moyenne|somme|promedio|media|suma|m[ée]dia|"
           r"soma|durchschnitt\w*|summe|gesamt\w*|totale|\w+ totale?)\b")


def _labels(cfg: dict) -> list[str]:
    return [str(f.get("label", "")) for f in cfg["fields"] if f.get("label")]


def _and(items: list[str]) -> str:
    *first, last = items
    return f"{', '.join(first)} and {last}" if first else last


def _unheld(spec: Spec, cfg: dict, shown: list[list[str]], content: list[str],
            app: holds.Holds) -> list[str]:
    """What the prompt lists for a leaderboard's, a dashboard's or a log's rows to hold that
    the built app has no place for, each quoted as the prompt says it: the things it names
    after a colon or its field list that no field, column or choice carries (most of an
    item's words shown is carried: "rounds played" in a column "Played"), and what
    ``carried.left_out`` took for rows to add there. People and names are rows."""
    if spec.kind not in _ROWS or (spec.kind == "tracker" and (
            cfg["view"] != "list" or titles.tracker_kind(spec.prompt) == "habits")):
        return []
    people = {p.lower() for p in listed.players(spec.prompt)}
    german = spec.lang == "de"

    def a_row(x: str) -> bool:
        x = x.strip(" “”")
        return x.lower() in people or any(w.lower() in people for w in x.split()) or (
            not german and re.fullmatch(_A_NAME, x) is not None) or (
            spec.kind == "leaderboard" and re.fullmatch(_RANKED_ROWS, x, re.I) is not None)

    labels = " ".join(_labels(cfg)).lower()

    def held(x: str) -> bool:
        if any(re.search(r, x, re.I) and re.search(r, labels) for r in _RESULTS):
            return True  # "victorias" in a column "Ganados"
        words = [w for w in carried._words(x)]
        return not words or 2 * sum(any(any(carried._same(w, y) for y in s) for s in shown)
                                    for w in words) >= len(words)

    # what each kind of result scores ("placar exato vale 3 pontos, acertar o vencedor vale 1"):
    # the leaderboard's rule, never a thing for its rows to hold
    rules = " ".join(said for _, _, said in dataapp.points_rules(spec.prompt)).lower()

    def rule(x: str) -> bool:  # "vittoria 3 punti, pareggio 1": what a result scores
        return re.search(rf"{re.escape(x)}\s*[:=]?\s*\d", spec.prompt, re.I) is not None or (
            x.strip(" “”").lower() in rules)

    listed_items = [part.strip() for items in carried.colon_lists(spec.prompt) for item in items
                    for part in re.split(_DASH, item) if part.strip()]
    things = [x for x in listed_items if not a_row(x) and not rule(x)
              and not re.search(_FIGURE, x, re.I)
              and not any(re.search(p, x.lower()) for p in _JUDGED)]
    if spec.kind == "leaderboard":
        # the counts a ranking's rows are asked to hold, said anywhere ("avec le nombre de
        # points … et aussi le nombre de mènes jouées"), and not said as unwanted
        asked = _asked_in(spec)
        things += [x for x in holds.said_counts(spec.prompt, spec.lang) if asked(x)
                   and not any(x.lower() in y.lower() or y.lower() in x.lower() for y in things)]
    # an order the app keeps ("ordinata dal più alto") or a count its score column holds
    # ("numero di oggetti osservati" in a column "Oggetti") is held: the app's own
    scored = any(app.counts(x) for x in things)
    out = [carried._quote(x) for x in things if not held(x) and not app.covers(x)]
    if spec.kind == "tracker":
        # a log that holds some of what its list names was read: a word of its own for the
        # rest ("Dauer" for "Zeit") is no missing field; one that holds none of it is a log
        # of something else; a plain log's "what" and "amount" hold any two things ("book
        # title, pages read each day")
        plain = titles.tracker_kind(spec.prompt) is None and not spec.named_fields
        if len(out) < len(things) or (plain and len(out) < 3):
            out = []
    else:  # a leaderboard's rows are people: a thing it names to add there is no row
        out += [x for x in content if not a_row(x) and not re.search(_FIGURE, x, re.I)
                and not held(x) and not app.covers(x)]
        # one stat said in other words than its score may be the score ("coppie, partite
        # vinte e punti"): two or more are a table of other things, and so is one beside a
        # count the score holds
        out = out if len(out) >= 2 or scored else []
        # an average each row would hold is never its score: a ranking adds points up
        # ("each player's average per dart", "le goal-average de chaque équipe")
        out += [carried._quote(x) for x in holds.said_averages(spec.prompt)
                if _asked_in(spec)(x)]
    return list(dict.fromkeys(out))


# An amount asked, in the six languages: "how many kg of honey", "combien de litres de lait",
# "cuántos kilos de aceituna", "quantos ovos", "quanti litri di latte", "wie viele Eier"
_AMOUNT = (r"\b(?:how (?:many|much)|combien(?:\s+(?:de\b|d['’]))?|cu[áa]nt[oa]s?(?:\s+de\b)?|"
           r"quant[oa]s?(?:\s+de\b)?|quant[ie](?:\s+di\b)?|wie viele?)\s*")
# … said as what is put down each time (a unit, a sum of money, or a verb of writing it down
# before it): not "see how many members we have", which the rows count
_MONEY = r"money|argent|dinero|geld|dinheiro|soldi|euros?|dollars?|pounds?|€|\$|£"
_MEASURE = (r"(?:" + "|".join(f"{sym}|{words}" if words else sym for _, sym, words, _ in UNIT_TABLE)
            + r"|g|grams?|grammes?|gramos|gramm|grammi|chil[oi]|hours?|heures?|horas?|ore|"
            r"stunden?|minutes?|minutos?|minuti|minuten)")
_UNIT = rf"(?:{_MEASURE}|{_MONEY})"
_WRITTEN = (r"\b(?:log\w*|record\w*|note\w*|write|writes|jot|enter|track\w*|count\w*|type|"
            r"not(?:e|er|ons|ez)|enregistr\w+|saisi\w*|inscri\w+|compt\w+|anot\w+|apunt\w+|"
            r"registr\w+|regist[ae]\w*|apont\w+|cont[oa]\w*|eintrag\w*|trage\w*|notier\w*|"
            r"aufschreib\w*|schreib\w*|erfass\w*|z[äa]hl\w*|segn\w+|annot\w+|scriv\w+|"
            r"inseri\w+)\b")
# … and not a count of the entries themselves: each is one time, and its date its day
_ENTRIES = (r"^(?:times?|fois|veces|vezes|volte|mal|days?|jours?|d[íi]as?|tage?n?|giorni|"
            r"weeks?|semaines?|semanas?|wochen|settimane|months?|mois|meses|monate?n?|mesi|"
            r"years?|ans|années|a[ñn]os|jahren?|anni|entries|entr[ée]es|personnes|personas|"
            r"pessoas|leute|personen|visit\w*|" + listed.SPOT_WORDS + r")\b")
# an amount of money said as one: "how much I spent", "wie viel ich ausgebe", "cuánto dinero"
_MASS = (r"\bhow much\b|\bcombien\b(?!\s+(?:de|d['’]))|\bcu[áa]nt[oa]\b|\bquant[oa]\b|"
         rf"\bwie viel\b|{_MONEY}")
# a price each entry is to hold, said as paid or spent: "le prix payé", "what it cost", "el
# precio pagado", "was es gekostet hat", "o preço pago", "quanto ho speso"
_PAID = (r"\b(?:(?:the )?price (?:paid|we paid|i paid)|what (?:it|they|each) cost|how much (?:it|"
         r"they|each) cost|(?:le )?prix pay[ée]|ce que (?:ça|cela) (?:a )?co[uû]t[ée]|combien (?:on a|"
         r"j'ai|nous avons) (?:d[ée]pens[ée]|pay[ée])|(?:el )?precio pagado|lo que (?:cost[óo]|"
         r"pagu[ée]|pagamos)|cu[áa]nto (?:cost[óo]|pagu[ée]|pagamos|gastamos|gast[ée])|was (?:es|er|sie) "
         r"gekostet ha(?:t|ben)|wie viel (?:wir|ich) (?:bezahlt|ausgegeben)|(?:o )?pre[çc]o pago|"
         r"quanto (?:custou|paguei|pagamos|gastamos|gastei|ho (?:speso|pagato)|abbiamo (?:speso|"
         r"pagato)|[èe] costato)|(?:il )?prezzo pagato)\b")
_PRONOUN = (r"^(?:i|we|you|je|j['’]|on|nous|tu|vous|yo|nosotros|eu|n[óo]s|a gente|ich|wir|man|"
            r"du|io|noi)$")


def _amounts_unheld(spec: Spec, cfg: dict) -> list[str]:
    """The amounts ``spec.prompt`` asks each entry of a log or a directory to hold, quoted as
    it says them, that no number of the app built holds: none is a number or money field
    named for the amount's thing or unit, nor a plain log's amount ("how many kg of honey"
    beside Date and Which hive; "combien de litres de lait" in a log of Heures de sommeil).
    Said as not wanted, none is."""
    numbers = [f for f in cfg["fields"] if f.get("type") in ("number", "money")]
    if spec.kind not in ("tracker", "directory") or cfg["view"] != "list":
        return []
    if any(f.get("key") == "amount" for f in numbers):
        # a plain log's amount relabelled to the measure asked ("Litres") holds no money,
        # and a price paid asked beside it ("le nombre de litres et le prix payé") is not
        # held (review27 #16: the fioul log lost its price and summed litres as spending)
        paid = None if any(f["type"] == "money" for f in numbers) or not dataapp.amount_asked(
            spec.prompt, spec.lang) else re.search(_PAID, spec.prompt, re.I)
        return [carried._quote(paid.group())] if paid and _asked_in(spec)(paid.group()) else []
    named = [w for f in numbers for w in carried._words(f"{f.get('label', '')} "
                                                         f"{f.get('unit', '')}")]
    money = any(f["type"] == "money" for f in numbers)
    asked, out = _asked_in(spec), []
    for m in re.finditer(_AMOUNT, spec.prompt, re.I):
        words = re.findall(r"[^\W\d_][\w'’-]*|[€$£%]", spec.prompt[m.end():m.end() + 60])
        took, noun = [], False  # a unit, "of", and one noun ("kg of honey", "Eier")
        for w in words:
            of = re.fullmatch(r"of|de|d['’]|di|der|an|do|da|des|du", w, re.I)
            if took and re.fullmatch(_UNIT, took[-1], re.I) and not of:
                break  # "combien de minutes j'ai fait": the unit is the amount's thing
            if not took and re.fullmatch(_PRONOUN, w, re.I):
                took.append(w)  # "how much I spent": the person, then what they did
            elif not noun and (of or re.fullmatch(_UNIT, w, re.I)):
                took.append(w)
            elif not noun and carried._words(w):
                took.append(w)
                noun = True
            else:
                break
        thing = " ".join(took)
        if not carried._words(thing) or re.match(_ENTRIES, thing, re.I):
            continue
        before = re.split(r"[.;:!?\n]", spec.prompt[max(0, m.start() - 40):m.start()])[-1]
        if not (re.match(rf"{_UNIT}(?!\w)", thing, re.I) or re.search(_WRITTEN, before, re.I)):
            continue
        said = spec.prompt[m.start():m.end()] + thing
        if any(carried._same(w, x) for w in carried._words(thing) for x in named) or (
                money and not re.search(rf"(?<!\w){_MEASURE}(?!\w)", thing, re.I)
                and re.search(_MASS, said, re.I)):
            continue  # "how many pages" in a column Pages, "how much I spent" in an Amount
        if asked(said):
            out.append(carried._quote(said))
    return list(dict.fromkeys(out))


def _asked_in(spec: Spec) -> Callable[[str], bool]:
    """Whether a phrase of ``spec.prompt`` is outside what it says is not wanted."""
    text = spec.prompt.lower()
    spans = reader.unwanted(text, spec.lang)

    def asked(x: str) -> bool:
        at = text.find(x.lower())
        return at < 0 or not any(a <= at < b for a, b in spans)
    return asked


# features and asks judged on their own (a list item "search" or "dark mode" is one)
_JUDGED = [p for p, _, _ in FEATURES.values()] + [p for p, _ in BEYOND]


def name_from_prompt(prompt: str, kind: str) -> str:
    return read(prompt).name if choose(prompt) == kind else TITLES[kind]


def neutral_spec(kind: str, name: str, mode: str = "web") -> Spec:
    entity, fields = ENTITIES.get(kind, ("", ()))
    spec = Spec(prompt="", kind=kind, name=name, subject="", pack=neutral_pack(""),
                features=DEFAULT_ON.get(kind, frozenset()), entity=entity, fields=fields)
    return dataclasses.replace(spec, features=contains(spec, mode))


#: what an approved web shop or menu says of the orders placed on it: the page counts them,
#: nobody receives them (the page itself says so too)
ORDERS_KEPT = ("Orders placed on this page stay in the customer's browser: nobody is told and "
               "nothing is paid (choose Full-stack for orders that reach you)")


def kept_note(spec: Spec, mode: str) -> str:
    """The line an approved run adds when its app takes orders that go nowhere: a web shop's
    or menu's cart ("" otherwise, and in full-stack, where orders reach the owner)."""
    return ORDERS_KEPT if mode == "web" and "cart" in spec.features else ""


def to_write_note(spec: Spec) -> str:
    """The line an approved run adds when its quiz's questions are left for the person to
    write (the prompt gave none and the templates know none for its topic: "quiz de 6
    preguntas sobre la historia de México" built six blank cards and said nothing); "" when
    every card is written."""
    if spec.kind != "flashcards":
        return ""
    fill = i18n_pick(quiz.TO_WRITE, spec.lang)
    seed = dataapp.config(spec)["seed"]
    blank = sum(str(row.get("front", "")).endswith(fill) for row in seed)
    if not blank:
        # cards whose word is there and whose answer is not ("あ = a, い = i …" kept the
        # kana and lost three answers; "be, have, go" each wait for a meaning): said too
        meaning = {i18n_pick(dataapp.TO_FILL, spec.lang), i18n_pick(dataapp.TO_ANSWER, spec.lang)}
        if not (unanswered := sum(str(row.get("back", "")) in meaning for row in seed)):
            return ""
        cards = f"{unanswered} of the {len(seed)} cards" if unanswered < len(seed) else (
            f"the {unanswered} cards" if unanswered > 1 else "the card")
        their = "its answer" if unanswered == 1 else "their answers"
        return (f"{cap(cards)} {'is' if unanswered == 1 else 'are'} built with {their} to write "
                "(Edit on each card): the offline templates don't look up a card's answer; add a "
                "model in Settings to have them written")
    what = "its question" if blank == 1 else f"its {blank} questions"
    return (f"The quiz is built with {what} to write (Edit on each card): the offline "
            "templates don't write a quiz's questions; add a model in Settings to have them "
            "written")


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
    whole_days = spec.kind == "booking" and bool(dataapp.config(spec)["opts"].get("day"))
    text = f"{web.what(spec, whole_days)}{about}{extra}.{model}{where}"
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
