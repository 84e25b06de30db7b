"""What a prompt names, checked against the app the templates built for it: the items, fields,
teams or words it lists after a colon, the people it names, its priced things, the date, the
times of what it lists, the places per slot and a slot's length. Whatever the app does not
carry is said as not built (in the verdict, so the run is not approved), never dropped in
silence: "a tracker for my kid's reading: book title, pages read each day, and a weekly total"
built a chore list with none of the three, and ended "finished".

Pure, no Qt; the prompt is untrusted text (only its first 4000 characters are read, and what
is quoted back is short).
"""

from __future__ import annotations

import json
import re

from devora_desktop.agents.templates import i18n, listed
from devora_desktop.agents.templates.calcs import plain
from devora_desktop.agents.templates.hours import only_days, said_minutes
from devora_desktop.agents.templates.spec import prices

# Words that say nothing of what a thing is, in the six languages
_STOP = frozenset(["now", "right", "currently", "actuellement", "ahora", "jetzt", "agora", "adesso", "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "with", "its", "it", "is", "was", "be", "their", "his", "her", "our", "my", "your", "each", "every", "per", "who", "where", "what", "which", "when", "how", "that", "this", "these", "those", "as", "from", "into", "if", "they", "them", "le", "la", "les", "un", "une", "des", "du", "de", "d", "l", "et", "ou", "avec", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "mon", "ma", "mes", "qui", "ou", "quand", "chaque", "par", "pour", "dans", "sur", "au", "aux", "en", "est", "el", "los", "las", "unos", "unas", "del", "y", "o", "con", "su", "sus", "nuestro", "nuestra", "mi", "mis", "quien", "donde", "cada", "por", "para", "que", "es", "en", "al", "lo", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "mit", "sein", "ihr", "ihre", "unser", "unsere", "mein", "meine", "wer", "wo", "jede", "jeder", "jedes", "pro", "fur", "im", "am", "zu", "ist", "o", "os", "as", "um", "uma", "dos", "das", "e", "ou", "com", "seu", "sua", "seus", "suas", "nosso", "nossa", "meu", "minha", "quem", "onde", "cada", "por", "para", "no", "na", "nos", "nas", "em", "il", "lo", "gli", "i", "una", "di", "da", "e", "o", "con", "suo", "sua", "loro", "nostro", "nostra", "mio", "mia", "chi", "dove", "ogni", "per", "nel", "nella", "che"])
# keys of a built config that are no words the page shows about the prompt's things
_NOT_SHOWN = frozenset({"t", "key", "slug", "lang", "shape", "view", "currency", "type",
                        "tagline", "emoji", "required", "_example", "id"})
MAX_QUOTE = 40


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", plain(text)) if w not in _STOP]


def _strings(value: object) -> list[str]:
    """Every string a built config shows (its words for the page's own buttons aside)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in _NOT_SHOWN for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _same(a: str, b: str) -> bool:
    """Two words alike but for an ending ("pages", "page"; "claimed", "claim")."""
    stem = max(3, min(len(a), len(b)) - 2)
    return a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 3


def carries(item: str, shown: list[list[str]]) -> bool:
    """Whether one of the config's strings says all of ``item``'s words."""
    words = _words(item)
    return not words or any(all(any(_same(w, x) for x in s) for w in words) for s in shown)


def _quote(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return f"“{text[:MAX_QUOTE].rstrip()}{'…' if len(text) > MAX_QUOTE else ''}”"


# A list's item ends where a time, a count or a price follows it ("litter picking 9-12")
_PRICED = r"\s+(?:R\$|US\$|[€$£])\s?\d.*$"
_TRAILING = r"\s+(?:\d[\d:.,h\s–-]*(?:am|pm|uhr|h)?|(?:R\$|US\$|[€$£])\s?\d.*)$"
# a list that says what people do ("je saisis la date", "each of us logs in", "it shows the
# total") describes the app's use, not things it holds
_SUBJECT_FIRST = (r"^(?:i|we|you|they|he|she|each|every\w*|people|je|j'|on|nous|vous|ils|elles|"
           r"chacun|chaque|tout le monde|yo|nosotros|cada|todos|la gente|el cliente|ich|wir|man|"
           r"jede[rsn]?|alle|eu|n[óo]s|a gente|o cliente|io|noi|ognuno|ogni|loro|gli altri|"
           r"il cliente|que|quand|wenn|ob|se|si|if|whether|when|how|quanto|quantos?|combien|"
           r"cu[aá]nto|wie|nur|only|solo|seulement)\b")
_CLAUSE = (_SUBJECT_FIRST + r"|\b(?:shows?|see|sees|voir|ver|v[êe]|"
           r"vede|vedono|sehen|mostrar|mostra|ense[ñn]e|affiche|zeigt|logs? in|sign\w* up|"
           r"login|connect\w*|registr\w*|anmeld\w*|inscri\w*)\b")
# what is said about a list after it, not one of its items ("… with their English meaning")
_TAIL = (r"\s+(?:with|and their|avec|et leur|con|y su|mit|und ihre|com|e seus?|e suas?|"
         r"e il|e la|e le|ed il|so|so that|pour que|para que|damit|perch[ée])\b.*$")
_SUCH_AS = (r"^(?:[^\W\d_]+\s+){1,2}(?:like|such as|e\.g\.|comme|tels? que|telles? que|como|"
            r"tales como|wie|z\.\s?b\.|tipo|come|quali)\s+(?=\S)")
_ITEM_SPLIT = r",|\s(?:and|or|et|ou|y|o|und|oder|e|ou|ed)\s|\s&\s"
# in Portuguese "o" is "the", never "or" ("lixar o casco" was two tasks, 'Lixar' and 'Casco':
# round 23)
_ITEM_SPLIT_PT = r",|\s(?:ou|e)\s|\s&\s"
_WHO = r"(?:who|qui|qui[ée]n|wer|quem|chi)\b"
# (a capital "A" ends a name: "Fila A, Fila B", "Court A")
_AT_END = r"\b(?:at|from|à|(?-i:a)|de|dès|um|ab|von|alle|dalle|ore|às|as|das|a las|desde)$"
_LEAD = r"^(?:and|or|et|ou|y|o|und|oder|e|ed|plus|also|the|a|an|le|la|les|un|une|el|los|las)\s+"


_SAYS = (r"(?:(?:can|may|should|will|peut|doit|puede|debe|kann|soll|pode|deve|pu[òo]|deve)\s+)?"
         r"(?:say|tell|choose|pick|tick|note|write|add|give|mark|dire|indiquer|pr[ée]ciser|"
         r"noter|cocher|choisir|decir|indicar|marcar|elegir|apuntar|angeben|sagen|ankreuzen|"
         r"ausw[äa]hlen|eintragen|dizer|escolher|indicare|segnare|scegliere)s?\s*,?\s*")
_IF = (r"(?:if|whether|what|which|how many|s'ils?|si|ce qu'(?:il|elle)s?|ob|was|wie viele|se|"
       r"cosa|o que|qu[ée]|cu[aá]nt[oa]s)\s+(?:they|he or she|il|ils|elle|elles|ellos|ellas|"
       r"er|sie|eles|elas|loro)?\s*")
_PERSON_SAYS = (r"\b(?:(?:each|every)\s+(?:person|one|volunteer|guest|helper|parent|player)|"
                r"everyone|chacune?|chaque (?:personne|bénévole|parent|invité)|"
                r"cada (?:persona|uno|una|voluntari[oa]|pessoa|um)|jede[rs]?|ognuno|"
                r"ogni (?:persona|volontario))\s+" + _SAYS + _IF + r"([^.;!?\n]{3,60})")


# a translation asked for with the words ("with their English meaning", "avec leur traduction")
_MEANING = (r"\b(?:their|leur|leurs|su|sus|ihre[rn]?|seus?|suas?|il loro|la loro|i loro)\s+"
            r"(?:\w+\s+)?(?:meanings?|translations?|sens|traductions?|significados?|"
            r"traducci[oó]n(?:es)?|bedeutungen?|[üu]bersetzungen?|tradu[çc][ãõa]o(?:es)?|"
            r"significat[oi]|traduzion[ei])(?:\s+in\s+\w+)?")


# a figure over a log's rows that a list ends with ("…, odometer, and the average consumption")
_AVERAGE = r"\b(?:average|mean|moyenne|promedio|media|m[ée]dia|durchschnitt\w*|schnitt)\b"


def colon_lists(prompt: str, numbered: bool = False) -> list[list[str]]:
    """The lists a prompt gives after a colon, each of two or more things of up to five words
    ("Three teams: litter picking 9-12, gardening 9-12, lunch crew 12-13"); a count, a price
    or a time's label in one ("8 places", "départ à 8h15") is judged as places or a time, and
    a list with a bracket in it names choices, not things. ``numbered``: a thing keeps a
    number in its name ("Lasti 1, Lasti 2", "barraca 4 pessoas")."""
    out: list[list[str]] = []
    split = _ITEM_SPLIT_PT if i18n.guess(prompt) == "pt" else _ITEM_SPLIT
    for m in re.finditer(r":\s*([^:;!?\n]+?)(?=[.!?](?:\s|$)|[;:\n]|$)", prompt[:4000]):
        run = re.sub(_TAIL, "", m.group(1).strip(), flags=re.I)
        # "Bad, Küche, Flur, Müll - Anna, Ben und Clara …": a dash ends the list
        run = re.split(r"\s[-–—]\s", run, maxsplit=1)[0]
        # "menu des soins et les clientes réservent un créneau" is a sentence, not a list
        if re.search(r"[()\[\]=]", run) or "," not in run:
            continue
        parts = [re.sub(_LEAD, "", p.strip(" '\"«»“”‘’-–—"), flags=re.I)
                 for p in re.split(split, run, flags=re.I)]
        parts = [re.sub(_PRICED if numbered else _TRAILING, "", p, flags=re.I).strip()
                 for p in parts if p.strip()]
        if split is _ITEM_SPLIT_PT and len(parts) > 2 and len(parts[-1].split()) > 5:
            parts.pop()  # "caixas, luz, internet, vou marcando o que já fiz": how it is used
        # "Küche, Bad, Flur, Müll, jede Woche rotierend zwischen Anna, …": the list ends where
        # a sentence about it starts (who does what, how it goes round)
        cut = next((i for i, p in enumerate(parts) if re.search(_SUBJECT_FIRST, p, re.I)
                    or re.search(listed.ROTATING, p, re.I)), len(parts))
        parts = parts[:cut] if cut >= 2 else parts
        if len(parts) < 2:
            continue  # ": , ," names nothing
        # "Aufgaben wie Bad, Küche, …", "chores like bins, …": the first item after its kind
        parts[0] = re.sub(_SUCH_AS, "", parts[0], flags=re.I)
        if len(parts) >= 2 and all(p and len(p.split()) <= 5 and not re.search(
                _CLAUSE, p, re.I) for p in parts):
            things = [p for p in parts if (numbered or not re.search(r"\d", p)) and not re.search(
                _AT_END, p, re.I) and re.search(r"[^\W\d_]{3}", p) and not only_days(p)]
            if len(things) >= 2:
                out.append(things[:listed.MAX_ITEMS])
    return out


def shown_words(cfg: dict) -> list[list[str]]:
    """The words of each string a built config shows of the person's own (an example row
    carries nothing of theirs: "Set the dates" is no "date" field)."""
    own = {k: v for k, v in cfg.items() if k not in ("t", "seed")}
    own["seed"] = [r for r in cfg.get("seed", []) if not r.get("_example")]
    return [_words(s) for s in _strings(own)]


def unshown_lists(prompt: str, shown: list[list[str]], skip: list[str]) -> list[list[str]]:
    """The lists after a colon of which the app shows nothing (``shown``: ``shown_words``);
    a partly shown list was read, in words of its own ("km" for "chilometri")."""
    out = []
    for items in colon_lists(prompt):
        items = [x for x in items if not any(re.search(p, x.lower()) for p in skip)]
        # "chi guida, posti liberi, chi sale": who does what is the app's people, in its own
        # words (Conducente, Posti); the list is judged by its other things
        basis = [x for x in items if not re.match(_WHO, x, re.I)]
        if len(set(basis)) == len(basis) >= 2 and not any(carries(x, shown) for x in basis):
            out.append(items)
    return out


def left_out(prompt: str, cfg: dict, skip: list[str], said_date: str = "",
             lists: bool = True) -> tuple[list[str], list[str]]:
    """What ``prompt`` names that the app built from ``cfg`` does not carry, each as the
    prompt says it (quoted), in two parts: the things it names for the app to hold (people,
    teams, priced things, a list's items, the date), which are content the page lets the
    person add, and what the app lacks to hold them (a field each person fills, an average,
    the words' meaning, a listed time, the places or a slot's length). ``said_date``: the
    day the prompt names (YYYY-MM-DD) and its words, as "2027-03-14|14 March"."""
    shown = shown_words(cfg)

    def judged(x: str) -> bool:
        return any(re.search(p, x.lower()) for p in skip)

    # the people and priced things it names, each; a list after a colon when the app shows
    # none of it
    view = cfg.get("view")
    # a menu's priced list (two or more, as the menu reads them; a shop's "envío fijo de 4 €"
    # is no product)
    sold = [n for n, _ in prices(prompt) if not re.search(_AT_END, n, re.I)] \
        if view == "menu" else []
    sold = sold if len(sold) >= 2 else []
    named = [x for x in (*listed.players(prompt), *sold) if not judged(x)]
    if lists and view != "flashcards":  # a flashcards' list is its cards or their sides
        named += [x for items in unshown_lists(prompt, shown, skip) for x in items]
    # what each person says when they sign up ("each person can say if they bring gloves or
    # bags"): a field the app must have
    content = [_quote(x) for x in dict.fromkeys(named) if not carries(x, shown)]
    said = [m.group(1) for m in re.finditer(_PERSON_SAYS, prompt[:4000], re.I)]
    # a log sums its numbers; an average it names is not built, unless its readings are
    # averaged (a weight's, a pulse's: dataapp's "average" option)
    if lists and view == "list" and not cfg.get("opts", {}).get("average"):
        said += [x for items in colon_lists(prompt) for x in items if re.search(_AVERAGE, x, re.I)]
    out = [_quote(x) for x in dict.fromkeys(said) if not carries(x, shown)]
    # the person's words to learn with their meaning asked for: the cards can't write it
    if view == "flashcards" and (meaning := re.search(_MEANING, prompt, re.I)) and any(
            str(r.get("back", "")).startswith("(") for r in cfg.get("seed", [])
            if not r.get("_example")):
        out.append(_quote(meaning.group()))
    text = json.dumps(cfg.get("seed", [])) + json.dumps(cfg.get("opts", {}))
    day, _, words = said_date.partition("|")
    if day and day not in text:
        content.append(_quote(words))
    opts = cfg.get("opts", {})
    # the times of what a sign-up sheet or a class page lists; a booking grid's places and
    # slot length (a grid of opening hours has its own times)
    listed_times = view == "signup" or (view == "booking" and opts.get("sessions"))
    for s in listed.sessions(prompt) if listed_times else []:
        out += [_quote(clock) for clock in (s.time, s.end) if clock and f'"{clock}"' not in text]
    if view == "booking" and (spots := listed.spots_said(prompt)) > 1 and not re.search(
            rf'"(?:capacity|spots)": {spots}\b', text) and not any(
            re.search(rf"\b{spots}\b", r) for r in opts.get("resources", ())) and not (
            # how many one person books a week ("max 2 créneaux par semaine par membre"), held
            (limit := opts.get("limit")) and listed.spots_phrase(prompt).lower()
            in limit["rule"].lower()):
        # (a table's size, "Tische für 2, 4 und 6 Personen", is a table booked, not places)
        out.append(_quote(listed.spots_phrase(prompt)))
    if view == "booking" and not opts.get("sessions") and (
            minutes := said_minutes(prompt)) and opts.get("step") != minutes:
        out.append(_quote(f"{minutes} min"))
    return list(dict.fromkeys(content)), list(dict.fromkeys(out))
