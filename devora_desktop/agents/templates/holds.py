"""What an app the templates built holds, in words, so a "can't build X" is checked against
that app before the verdict says it (docs/ARCHITECTURE.md, "Offline templates").

A can't-build quoted from the prompt ("une page de commande", "the field date", "ordinata
dal più alto", "numero di oggetti osservati") may name what the built app already does: its
features (``templates.contains``), its fields and the order it keeps its rows in, read from
the app's own config (``dataapp.config``) — one account of the app, no list of words kept
beside it. The few words here are grammar (how an order or a count is said in the six
languages), never what an app has. A thing the app lacks stays a can't-build: only a phrase
every word of which the app holds is covered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from devora_desktop.agents.templates import (
    carried,
    dataapp,
    fullstack_apps,
    fullstack_data,
    i18n,
    web,
)
from devora_desktop.agents.templates.calcs import plain
from devora_desktop.agents.templates.shapes import ENGINE
from devora_desktop.agents.templates.spec import FEATURES, KINDS, Spec

# An order of the rows, said in the six languages (accents dropped): the newest first, the
# highest first, the lowest first, or "sorted by" a thing.
_NEWEST = (r"\b(?:newest|latest|most recent|recent\w*|derni\w+|plus recent\w*|nouveau\w*|"
           r"nuev\w+|mas recientes?|ultim\w+|neuest\w*|aktuellst\w*|jungst\w*|novos?|novas?|"
           r"mais recentes?|piu recenti|recenti|nuov[ie])\b")
_FIRST = (r"\b(?:first|top|en haut|en premier|en tete|arriba|primero|primeiro|no topo|em cima|"
          r"oben|zuerst|in alto|in cima|per prim\w+|davanti)\b")
# the rows from the top down, said whole: a ranking's own order ("sorted top to bottom",
# "du premier au dernier", whose "dernier" is no newest)
_TOP_DOWN = (r"\b(?:top to bottom|first to last|du premier au dernier|de haut en bas|"
             r"de arriba (?:a |hacia )?abajo|del primero al ultimo|von oben nach unten|"
             r"vom ersten zum letzten|de cima para baixo|do primeiro ao ultimo|"
             r"dal primo all'ultimo|dall'alto in basso)\b")
_HIGHEST = (r"\b(?:highest|biggest|largest|most|more|best|descending|plus de|mas|mais|piu|"
            r"mehr|plus (?:grand|haut|eleve)\w*|"
            r"decroissant\w*|mayor|mas alto|descendente|hochst\w*|grosst\w*|meist\w*|"
            r"absteigend|maior|mais alto|decrescente|piu alto|maggiore)\b")
# (a low thing, said with the language's "most": "el más rápido", "o mais rápido", "il più
# veloce", "le plus court")
_LOW = (r"(?:fast\w*|quick\w*|rapid\w*|velo\w*|schnell\w*|short\w*|court\w*|cort[oa]s?|"
        r"kurz\w*|curt[oa]s?|low\w*|bas|basses?|baj[oa]s?|niedrig\w*|baix[oa]s?|bass[oa]|"
        r"small\w*|petit\w*|pequen\w*|klein\w*|piccol\w*|few\w*|poc[oa]s?|pouc[oa]s?|wenig\w*)")
_LOWEST = (r"\b(?:lowest|smallest|fewest|fastest|quickest|shortest|least|fewer|less|moins|"
           r"menos|meno|weniger|ascending|"
           rf"(?:most|plus|mas|mais|piu) {_LOW}|croissant\w*|menor|ascendente|niedrigst\w*|"
           r"kleinst\w*|schnellst\w*|kurzest\w*|wenigst\w*|aufsteigend|crescente|minore)\b")
_SORTED = (r"\b(?:sort\w*|order\w*|rank\w*|trie\w*|classe\w*|ordenad\w*|ordinat\w*|"
           r"sortiert|geordnet|gereiht|in ordine|del|dal|dalla|du|do|da|vom|from)\b")
_BY = (r"\b(?:sort\w*|order\w*|rank\w*|trie\w*|classe\w*|ordenad\w*|ordinat\w*|sortiert|"
       r"geordnet|filtr\w*|filter\w*)\s+(?:by|par|por|nach|per|pelo|pela|in base (?:a|al)|"
       r"according to|selon|segun|secondo)\s+(?P<by>.+)")
# a count of a thing: "number of objects observed", "Anzahl der Fische", "nombre de points"
_COUNTED = r"(?:number|count|total|numero|nombre|anzahl|zahl|quantit\w+|cantidad|quantidade|nb)"
_COUNT = (rf"^(?:the |le |la |el |o |a |il |die |der )?{_COUNTED}\s+(?:of |de |d'|di |der |des |"
          r"dei |degli |delle |do |da |dos |das |del |von |an )?(?P<of>.+)")
# … said of a ranking's rows anywhere in a prompt ("nombre de mènes jouées", "Anzahl Völker";
# Spanish "nombre" is a name), to where its thing ends; not a count of each one or of times
_OF = r"(?:of|de|d'|di|der|des|do|da|dos|das|del|dei|degli|delle)"
_NOT_COUNTED = (r"(?:each|every\w*|cada|chaque|chacun\w*|ognun\w*|ciascun\w*|jede\w*|tod[oa]s|"
                r"tou[st]|tutt[ie]|alle|times|fois|veces|vezes|volte|mal)\b")
_COUNT_SAID = (r"\b(?:(?:number|n[úu]mero|quantit\w+|cantidad|quantidade)\s+{of}\s*|"
               r"(?:anzahl|zahl)\s+(?:der\s+|an\s+|(?=(?-i:[A-ZÄÖÜ])))|nombre\s+(?:de\s+|d')(?:{l}))"
               r"(?:(?:the|les|los|las|os|as|gli|le|i|la|el|die)\s+)?(?!{no})[\w'’-]+")
# an average a ranking's row would hold ("each player's average per dart", "le goal-average de
# chaque équipe", "la media punti"), with what it is of or per
_AVERAGE_SAID = (r"(?:[\w'’]+[\s-])?(?:averages?|mean|moyennes?|promedios?|m[ée]dias?|"
                 r"durchschnitt\w*|schnitt)\b(?:\s+(?:per|par|por|pro|di|de|du|des|del|da|do|of|"
                 r"for|je|a)\s+(?:(?:chaque|each|every|cada|ogni|jede[nrms]?|la|le|el|the|a|un|"
                 r"une|il)\s+)?[\w'’-]+){0,2}")


def said_counts(prompt: str, lang: str) -> list[str]:
    """The counts ``prompt`` names ("número de partidas ganadas"), each as it says it."""
    pattern = _COUNT_SAID.format(of=_OF, no=_NOT_COUNTED,
                                 l="(?!)" if lang == "es" else r"\w")
    out = []
    for m in re.finditer(pattern, prompt, re.I):
        rest = re.match(r"(?:\s+[^\W\d_][\w'’-]*){0,2}", prompt[m.end():]).group()
        words = rest.split()
        # the thing ends at a word that joins or places it ("and", "this", "per", "de")
        cut = next((i for i, w in enumerate(words) if carried._words(w) == []
                    or re.fullmatch(r"(?:per|par|por|pro|je|this|ce|esta|este|diese\w*|"
                                    r"questa|questo|chaque|each|cada|ogni)", w.lower())),
                   len(words))
        out.append(" ".join([m.group(), *words[:cut]]))
    return out


# an order asked of the rows: a superlative where they go ("las entradas más leídas arriba",
# "les plus récents en haut"), or "sorted by" a thing
_ORDER_SAID = (r"(?:[^\W\d_][\w'’-]*\s+)?(?:most|least|plus|moins|mas|menos|mais|piu|meno|"
               rf"meist\w*|wenigst\w*)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)??\s+{_FIRST}|"
               r"\b(?:sort\w*|order\w*|rank\w*|trie\w*|classe\w*|ordenad\w*|ordinat\w*|"
               r"sortiert|geordnet)\s+(?:by|par|por|nach|per|pelo|pela|secondo|selon|segun)\s+"
               r"(?:[^\W\d_][\w'’-]*\s+){0,2}?[^\W\d_][\w'’-]*(?:\s+(?:alphab|alfab)\w*)?")


def said_orders(prompt: str) -> list[str]:
    """The orders ``prompt`` asks its rows in, each as it says it."""
    text = plain(prompt)
    same = len(text) == len(prompt)
    return [(prompt[m.start():m.end()] if same else m.group()).strip()
            for m in re.finditer(_ORDER_SAID, text)]


def said_averages(prompt: str) -> list[str]:
    """The averages ``prompt`` names, each as it says it (a social medium is none)."""
    return [m.group().strip() for m in re.finditer(_AVERAGE_SAID, prompt, re.I)
            if not re.search(r"social|sociali|sociales|hora|ora\b|\by\s+media", m.group(),
                             re.I)]


# the page every app is ("une page de commande" is an order page: what it orders is judged),
# and a please said with the ask ("sorted by due date please")
_PAGE = {"page", "pages", "pagina", "paginas", "pagine", "seite", "seiten", "site", "sito",
         "please", "pls", "plz", "thanks", "merci", "svp", "bitte", "danke", "favor", "favore",
         "gracias", "grazie", "obrigado", "obrigada"}


@dataclass(frozen=True)
class Holds:
    """The words of what a built app has: its fields' labels, its features' names (in the
    six languages), and the order it shows its rows in."""

    labels: tuple[tuple[str, ...], ...] = ()  # each field's label, as words
    numbers: tuple[tuple[str, ...], ...] = ()  # the numeric fields' labels
    features: frozenset[str] = frozenset()  # the words that name the features it has
    newest_first: bool = False  # its entries shown newest first
    ranked: str = ""  # "desc" or "asc": its rows ranked by their score
    kept: tuple[tuple[str, ...], ...] = ()  # the fields it keeps its rows in order by
    sortable: bool = False  # a table its person sorts by any column

    def covers(self, asked: str) -> bool:
        """Whether the app does what ``asked`` (a can't-build, as the prompt says it) names."""
        text = plain(asked).strip(" “”\"'«»„.,;:")
        placed = re.search(f"{_FIRST}|{_SORTED}", text)
        if re.search(_TOP_DOWN, text):
            return self.ranked == "desc"
        if placed and re.search(_NEWEST, text):
            return self.newest_first
        if placed and re.search(_LOWEST, text):  # before "most": "el más rápido primero"
            return self.ranked == "asc"
        if placed and re.search(_HIGHEST, text):
            return self.ranked == "desc"
        if by := re.search(_BY, text):
            thing = by.group("by")
            if self.sortable:  # a table, by any of its columns
                return self._names(thing, self.labels)
            if self.ranked:  # a ranking, by its one number whatever the prompt calls it
                others = tuple(x for x in self.labels if x not in self.numbers)
                return not re.search(r"alphab|alfab", text) and not self._names(thing, others)
            return self._names(thing, self.kept)  # posts, by their date
        if re.match(_COUNT, text):
            return self.counts(asked)
        return self._names(text)

    def counts(self, asked: str) -> bool:
        """Whether ``asked`` is a count ("numero di oggetti osservati") a numeric column named
        for its thing holds ("Oggetti")."""
        if not (count := re.match(_COUNT, plain(asked).strip(" “”\"'«»„.,;:"))):
            return False
        said = carried._words(count.group("of"))
        return any(named and all(any(carried._same(w, x) for x in said) for w in named)
                   for label in self.numbers
                   for named in [[w for w in label if not re.fullmatch(_COUNTED, w)]])

    def _names(self, text: str, labels: tuple[tuple[str, ...], ...] | None = None) -> bool:
        """Every word of ``text`` a word of ``labels`` (the app's fields) or, with no
        ``labels`` given, of its features."""
        words = [w for w in carried._words(text) if w not in _PAGE]
        known = [w for label in (self.labels if labels is None else labels) for w in label] + (
            list(self.features) if labels is None else [])
        return bool(words) and all(any(carried._same(w, x) for x in known) for w in words)


def of(spec: Spec, mode: str, has: frozenset[str]) -> Holds:
    """What the app built from ``spec`` in ``mode`` holds; ``has``: its features
    (``templates.contains``)."""
    names = set()
    for feature in has & FEATURES.keys():
        label = FEATURES[feature][2]
        for said in (label, *web.NOT_BUILT.get(label, ())):
            names.update(carried._words(said))
    if spec.kind not in ENGINE or (mode == "fullstack" and spec.kind in KINDS
                                   and not fullstack_data.on_engine(spec)):
        # a landing page, or a full-stack app of its own: its entity's fields, and its list's
        # order (a full-stack blog's posts newest first: spar28 #2 "i piu recenti in cima" was
        # said as not built)
        return Holds(labels=tuple(tuple(carried._words(x)) for x in spec.fields),
                     features=frozenset(names),
                     newest_first=mode == "fullstack" and spec.kind in fullstack_apps.NEWEST_FIRST)
    cfg = dataapp.config(spec)
    view, fields, opts = cfg["view"], cfg["fields"], cfg["opts"]
    dated = any(x["type"] == "date" for x in fields)
    sortable = view in ("list", "dashboard")  # its table's "Sort by" (dataapp.js: toolbar)
    # a date field is a date whatever its label ("Due" holds "sorted by due date")
    date = i18n.pick(dataapp.FIELD["date"], spec.lang)
    return Holds(
        labels=tuple(tuple(carried._words(x["label"] + (f" {date}" if x["type"] == "date"
                                                         else ""))) for x in fields),
        numbers=tuple(tuple(carried._words(x["label"])) for x in fields
                      if x["type"] in ("number", "money")),
        features=frozenset(names),
        # posts are shown newest first; a table sorts a date newest first
        newest_first=view == "posts" or (sortable and dated),
        ranked=str(opts.get("order", "")) if view == "leaderboard" else "",
        kept=tuple(tuple(carried._words(x["label"])) for x in fields
                   if view == "posts" and x["type"] == "date"),
        sortable=sortable)
