"""The offline data apps: one engine (dataapp.js) and, per shape, the config it runs.

``files(spec)`` writes index.html, styles.css, config.js (this app: its words in the prompt's
language, entity, fields, sample rows, view options) and app.js (the engine, the same for every
project). Each ``_<shape>`` builder below returns (view, fields, sample rows, options).
"""

from __future__ import annotations

import datetime
import functools
import html
import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from devora_desktop.agents.templates import (
    asked_cards,
    calcs,
    carried,
    i18n,
    listed,
    measures,
    questions,
    quiz,
    reader,
    shapes,
    titles,
)
from devora_desktop.agents.templates.dates import (  # noqa: F401 (said_date, weekday_clash: this module's too)
    MONTH,
    clash_line,
    said_date,
    said_date_words,
    weekday_clash,
)
from devora_desktop.agents.templates.hours import (
    day_number,
    day_pattern,
    only_days,
    opening,
    said_hours,
    said_minutes,
    said_pickup,
    said_place,
    said_span,
)
from devora_desktop.agents.templates.packs import Product
from devora_desktop.agents.templates.shapes import (
    CALENDAR,
    CARPOOL,
    FIELD,
    LEND,
    TAGLINE,
    L,
    cap,
    slug,
)
from devora_desktop.agents.templates.spec import (
    BEYOND,
    DAYS_SINCE,
    FEATURES,
    HABITS_FOR,
    INTERVALS,
    MAPS,
    MONEY,
    RESOURCES,
    _blank,
    prices,
)

if TYPE_CHECKING:
    from devora_desktop.agents.templates.spec import Spec

ENGINE_JS = Path(__file__).with_name("dataapp.js")
STORE_JS = Path(__file__).with_name("dataapp_store.js")  # its storage in a full-stack app


FIELD_WORDS = frozenset(w for words in FIELD.values() for w in words)


def f(key: str, lang: str, type_: str = "text", required: bool = False,
      options: list | None = None, label: str | None = None) -> dict:
    out = {"key": key, "label": label or i18n.pick(FIELD[key], lang), "type": type_}
    if required:
        out["required"] = True
    if options is not None:
        out["options"] = options
    return out


def opts6(lang: str, *pairs: tuple[str, tuple[str, ...]]) -> list[list[str]]:
    return [[key, i18n.pick(words, lang)] for key, words in pairs]


# What a template's own field is called in the six languages: a field the prompt names in these
# words is that field, under the prompt's name ("erledigt bis" is the to-do list's due date,
# "contenuto" a post's text), never a second one beside it
ROLES = {
    "title": r"titles?|titre|t[íi]tulos?|titel|titol[oi]|tasks?|t[âa]ches?|tareas?|aufgaben?|"
             r"tarefas?|compiti|compito|to-?dos?",
    "due": r"due(?: dates?)?|deadlines?|by when|[ée]ch[ée]ances?|date limite|jusqu'à quand|"
           # when work is handed in: "Abgabedatum", "date de remise", "fecha de entrega"
           r"abgabe(?:datum|termin)?|submission(?: date)?|hand-?in date|date de (?:remise|rendu)|"
           r"fechas? de entrega|datas? de entrega|data di consegna|"
           r"fechas? l[íi]mite|plazos?|para cu[áa]ndo|f[äa]llig(?:keit(?:sdatum)?)?|frist(?:en)?|"
           r"(?:erledigt |fertig )?bis(?: wann)?|prazos?|data limite|at[ée] quando|scadenz[ae]|"
           r"entro quando",
    "priority": r"priorit(?:y|ies|é|és|ies|at|ät|ad|ade|à)",
    "tags": r"tags?|labels?|[ée]tiquettes?|etiquetas?|schlagw[öo]rter|etichett[ae]",
    "body": r"body|text|texte|texto|testo|content|contenu|contenido|inhalt|conte[úu]do|contenuto|"
            r"story|histoire|historia|geschichte|hist[óo]ria|storia|article|artikel|art[íi]culo|"
            r"artigo|articolo",
    "note": r"notes?|notas?|notiz(?:en)?|observa[çc](?:ão|ões)|remarques?|anmerkung(?:en)?",
    "category": r"categor(?:y|ies|ie|ies|ía|ías|ia|ias|e)|cat[ée]gories?|kategorien?|rubri\w+",
    # what a sale or an order was: a dashboard's row
    "what": r"what|quoi|qu[ée]|was|o qu[êe]|cosa|products?|produits?|productos?|produkte?|"
            r"produtos?|prodott[oi]|items?|articles?|art[íi]culos?|artikel|artigos?|articoli|"
            r"dish(?:es)?|plats?|platos?|gerichte?|pratos?|piatt[oi]|services?|servicios?|"
            r"servi[çc]os?|servizi|leistung(?:en)?|prestations?",
}
# a loan's own fields in the prompt's words: "livres prêtés avec le nom, la date et rendu
# oui/non" is who has it, since when and whether it is back (walk20 #31 had each twice)
ROLES["holder"] = (r"names?|noms?|nombres?|nomes?|nomi|nome|who|qui|qui[ée]n|wer|quem|chi|"
                   r"friends?|amis?|amig[oa]s?|freund(?:e|in)?|amic[oi]|borrowers?|"
                   r"emprunteurs?|(?:who|qui) (?:has|l'a|a) (?:it|le livre)")
ROLES["since"] = (r"dates?|fechas?|datum|datas?|lent on|borrowed on|pr[êe]t[ée] le|"
                  r"date (?:du|de) pr[êe]t|fecha de pr[ée]stamo|ausgeliehen am|data do empr[ée]stimo|"
                  r"prestato il")
ROLES["status"] = (r"returned|back|rendus?|rendue?s?|devuelt[oa]s?|devolvid[oa]s?|"
                   r"zur[üu]ck(?:gegeben)?|restituit[oa]|status|statut|estado|stato")
# when a log's entry was, said by its period: "mese, importo, scadenza" (walk20 #22 had a Data
# beside the Mese)
ROLES["date"] = (r"months?|mois|mes|m[êe]s|monat|mese|weeks?|semaines?|semanas?|woche|"
                 r"settimana|when|quand|cu[áa]ndo|wann|quando")
# what an entry is, named as the thing a list keeps: a stock list's "produto", "Artikel"
# (walk17 #19: a "Nom" stood before "Produit")
ROLES["name"] = (r"products?|produits?|productos?|produkte?|produtos?|prodott[oi]|items?|"
                 r"art[íi]culos?|artikel|artigos?|articoli|articles?")
# a field named by its first words ("Prioridad alta/media/baja", "etiquetas por zona (…)")
_ROLE_HEAD = ("priority", "tags", "category")
# a few lines of text: a post's text ("ein paar Zeilen", "quelques lignes")
ROLES["body"] += (r"|(?:ein )?paar zeilen|(?:a )?few lines|quelques lignes|unas (?:pocas )?l[íi]neas|"
                  r"algumas linhas|qualche riga|poche righe")
_ROLE_LEAD = r"^(?:(?:the|a|its|their|le|la|les|l'|el|los|las|der|die|das|o|a|il|lo|sa|son|su|" \
    r"seu|sua|ihr|ihre)\s+)"


_BARE_DATE = r"dates?|fechas?|datum|datas?|date limite"


def _role_of(label: str, lead: list[dict], taken: set[str]) -> dict | None:
    """The field of ``lead`` that ``label`` names in other words (see ROLES), if not yet
    named by another of the prompt's fields."""
    plain = re.sub(_ROLE_LEAD, "", label.strip().lower())
    if re.fullmatch(_BARE_DATE, plain) and (due := [x for x in lead if x["type"] == "date"]) \
            and len(due) == 1 and due[0]["key"] == "due" and "due" not in taken:
        # a list's one date, where its only date is when things are due, is that one ("avec
        # matière et date": walk18 #8 had Date beside Échéance)
        return due[0]
    return next((x for x in lead if x["key"] not in taken and x["key"] in ROLES
                 and (re.fullmatch(ROLES[x["key"]], plain) or (
                     x["key"] in _ROLE_HEAD and re.match(rf"(?:{ROLES[x['key']]})\b", plain)))),
                None)


def bare(text: str) -> str:
    """``text`` lower-cased without its articles and possessives, as the field reader reads a
    list's items: "La Triplette" is its "Triplette", "tirar o lixo" its "Tirar lixo"."""
    return " ".join(w for w in text.lower().split() if w not in shapes._LEAD)


def prompt_fields(spec: Spec, lead: list[dict]) -> list[dict]:
    """The fields the prompt named, after ``lead``: one that names a field of ``lead``, in its
    words or others of the same meaning (ROLES), takes its place under the prompt's name."""
    taken = {x["label"].lower() for x in lead}
    # the categories listed ("categories for glazes, techniques and events") are a category's
    # choices, never fields
    taken |= {c.lower() for c in said_categories(spec.prompt)}
    renamed: set[str] = set()
    out = list(lead)
    for n, (label, kind) in enumerate(spec.named_fields):
        if label.lower() in taken:
            continue
        own = _role_of(label, out, renamed)
        if not own and n == 0 and kind == "date" and "date" not in renamed and (
                lead_date := next((x for x in out if x["key"] == "date"), None)):
            # a list that starts with when names the entry's own date ("date de visite,
            # ruche, …": walk21 #6 had a Date beside it)
            own = lead_date
        if own and own["key"] == "name" and re.search(
                rf"\b(?:{'|'.join(shapes._OWNERS)})\s+{re.escape(label)}", spec.prompt, re.I):
            # what someone has is no name for them: "producteurs … avec leurs produits" keep
            # their Nom beside Produits (walk20 #11 had no name)
            own = None
        if own:
            renamed.add(own["key"])
            # the prompt's word, unless it is the field's own, longer ("Fälligkeitsdatum")
            same = slug(label)[:4] == slug(own["label"])[:4] or own["key"] == "body"
            out[out.index(own)] = own if same else {**own, "label": label}
            continue
        key = slug(label)
        if any(x["key"] == key for x in out):
            key += "_2"
        if kind.startswith("select:"):  # "Gewerk (Elektriker, Maler, Schreiner)"
            out.append({"key": key, "label": label, "type": "select",
                        "options": [[slug(o), o] for o in kind[7:].split("|")]})
        else:
            out.append({"key": key, "label": label, "type": kind})
    return out


# ---- tracker -------------------------------------------------------------------------------
HABITS = L(("Read 20 minutes", "Drink 2 litres of water", "Walk 8,000 steps"),
           ("Lire 20 minutes", "Boire 2 litres d'eau", "Marcher 8 000 pas"),
           ("Leer 20 minutos", "Beber 2 litros de agua", "Caminar 8.000 pasos"),
           ("20 Minuten lesen", "2 Liter Wasser trinken", "8.000 Schritte gehen"),
           ("Ler 20 minutos", "Beber 2 litros de água", "Caminhar 8.000 passos"),
           ("Leggere 20 minuti", "Bere 2 litri d'acqua", "Camminare 8.000 passi"))
SPEND = L(("food", "transport", "home", "leisure", "other"),
          ("alimentation", "transport", "logement", "loisirs", "autre"),
          ("comida", "transporte", "casa", "ocio", "otros"),
          ("Essen", "Verkehr", "Wohnen", "Freizeit", "Sonstiges"),
          ("alimentação", "transporte", "casa", "lazer", "outros"),
          ("cibo", "trasporti", "casa", "svago", "altro"))
SPEND_ROWS = L(("Groceries", "Bus pass", "Electricity bill", "Cinema"),
               ("Courses", "Pass Navigo", "Facture d'électricité", "Cinéma"),
               ("Supermercado", "Abono de transporte", "Factura de la luz", "Cine"),
               ("Einkauf", "Monatskarte", "Stromrechnung", "Kino"),
               ("Supermercado", "Passe de ônibus", "Conta de luz", "Cinema"),
               ("Spesa", "Abbonamento bus", "Bolletta della luce", "Cinema"))
# A sample expense for a category the prompt names, so a row does not read "Food · Food"
# (walk12 #12 h): the first pattern the category matches.
_SPENT_ON = (
    (r"groceries|courses|supermar|einkauf|mercado|spesa|épicerie",
     L("Supermarket", "Supermarché", "Supermercado", "Supermarkt", "Supermercado",
       "Supermercato")),
    (r"food|meals?|restaurants?|eating|alimenta|nourriture|repas|comida|essen|lebensmittel|"
     r"cibo|pasti|refei[çc]",
     L("Lunch", "Déjeuner", "Almuerzo", "Mittagessen", "Almoço", "Pranzo")),
    (r"transport|travel|trains?|\bbus|taxi|verkehr|fahrt|viagens?|viajes?|voyages?|viaggi",
     L("Train tickets", "Billets de train", "Billetes de tren", "Zugtickets",
       "Passagens de trem", "Biglietti del treno")),
    (r"hotels?|lodging|accommodation|h[ée]bergement|logement|alojamiento|hospedagem|"
     r"unterkunft|[üu]bernachtung|alloggi|airbnb|hostels?",
     L("Hotel night", "Nuit d'hôtel", "Noche de hotel", "Hotelnacht", "Diária de hotel",
       "Notte in hotel")),
    (r"\brent|loyer|alquiler|miete|aluguel|affitto",
     L("Monthly rent", "Loyer du mois", "Alquiler del mes", "Monatsmiete", "Aluguel do mês",
       "Affitto del mese")),
    (r"fuel|petrol|\bgas\b|essence|carburant|gasolina|benzin|tanken|combust",
     L("Petrol", "Plein d'essence", "Gasolina", "Tanken", "Gasolina", "Benzina")),
    (r"bills?|utilit|electric|factures?|facturas?|rechnung|strom|contas?|bollett",
     L("Electricity bill", "Facture d'électricité", "Factura de la luz", "Stromrechnung",
       "Conta de luz", "Bolletta della luce")),
    (r"leisure|fun|entertainment|going out|loisirs|sorties|ocio|freizeit|lazer|svago",
     L("Cinema", "Cinéma", "Cine", "Kino", "Cinema", "Cinema")),
    (r"activit|sightseeing|tours?|museum|mus[ée]|excursion|ausfl[üu]g|passeios?|gite",
     L("Museum tickets", "Entrées au musée", "Entradas al museo", "Museumseintritt",
       "Ingressos do museu", "Biglietti del museo")),
    (r"shopping|souvenirs?|gifts?|cadeaux|regalos|geschenke|presentes|regali",
     L("Souvenirs", "Souvenirs", "Recuerdos", "Souvenirs", "Lembranças", "Souvenir")),
)


def _spent_on(category: str, lang: str) -> str:
    """A sample expense under ``category``: "Lunch" under food, else the category's name."""
    return next((i18n.pick(words, lang) for pattern, words in _SPENT_ON
                 if re.search(pattern, category, re.I)), cap(category))


LIFTS = L(("Squat", "Bench press", "Pull-ups"), ("Squat", "Développé couché", "Tractions"),
          ("Sentadilla", "Press de banca", "Dominadas"), ("Kniebeuge", "Bankdrücken",
                                                          "Klimmzüge"),
          ("Agachamento", "Supino", "Barra fixa"), ("Squat", "Panca piana", "Trazioni"))
# Fields a prompt lists that a measured tracker already has ("date, distance, durée, allure").
_MEASURED = (r"dat[eao]|fecha|datum|distan|strecke|\bkm\b|chilometri|kilom|temps|tempo|"
             r"tiempo|\bzeit|\bdur|\btime|pace|allure|ritmo|passo|\bnote?\b|nota|notiz|"
             r"observa|exerc|ejercicio|esercizi|[üu]bung|s[ée]ries?|serie|s[äa]tze|\bsets?\b|"
             r"\breps?\b|r[ée]p[ée]titions?|repeti|ripetizion|wiederhol|weight|poids|peso|gewicht|"
             r"hours|heures|horas|stunden|\bore\b|total|minut|speed|vitesse|velocidad|"
             r"geschwindigkeit|velocidade|velocit")


def _measured(spec: Spec, lead: list[dict]) -> list[dict]:
    """``lead``, then the fields the prompt names that it does not already have."""
    return prompt_fields(replace(spec, named_fields=tuple(
        (label, kind) for label, kind in spec.named_fields
        if not re.search(_MEASURED, label.lower()))), lead)


def pace(km: float, minutes: float) -> str:
    """Minutes per km as m:ss (the page computes the same for new rows: dataapp.js)."""
    sec = round(minutes * 60 / km)
    return f"{sec // 60}:{sec % 60:02d}"


def speed(km: float, minutes: float) -> str:
    """Kilometres an hour to one decimal (the page computes the same: dataapp.js)."""
    return f"{km * 60 / minutes:.1f}"


MOODS = L(("great", "good", "okay", "low"), ("très bien", "bien", "moyen", "bas"),
          ("genial", "bien", "normal", "bajo"), ("super", "gut", "okay", "schlecht"),
          ("ótimo", "bem", "normal", "mal"), ("ottimo", "bene", "così così", "giù"))


# A chart asked for, in the six languages: a tracker then shows its monthly totals as bars.
CHART = r"\bcharts?\b|\bgraphs?\b|\bplots?\b|gr[áa]fic|graphique|diagramm|grafic"


# Words in a habit prompt's list that say what the tracker does, not a habit.
_NOT_HABIT = (r"^(?:with|avec|con|mit|com|and|et|und)\b|streak|s[ée]rie|racha|sequ[êe]ncia|"
              r"reminder|rappel|recordatorio|erinnerung|lembrete|promemoria|chart|graph|gr[áa]fic|"
              r"calend|kalender|stat")


# The habits listed after the tracker's word and a colon, a dash or "!!!", to the sentence's end:
# "a habit tracker for me: meditate, run 5k, read 20 pages, no sugar. show streaks",
# "Gewohnheiten-Tracker: 8 Gläser Wasser, 10.000 Schritte", "HABIT TRACKER!!! gym, journal"
_HABIT_LIST = re.compile(
    r"\b(?:habits?|habitudes?|h[áa]bitos?|gewohnheiten|abitudini|routines?|rotinas?|routinen?)"
    r"(?:[ -]tracker)?[^:.!?\n]{0,40}?(?::|!+|\s[-–—])\s*(.+?)(?=[.?!](?:\s|$)|[;\n]|$)", re.I)


def _listed_habits(prompt: str) -> list[str]:
    """The habits as the prompt writes them, numbers and all ("run 5k", "8 Gläser Wasser", "no
    phone after 10pm": walk17 #1 #16 #38 dropped them for their digits), else []."""
    m = _HABIT_LIST.search(prompt)
    if not m or "," not in m.group(1):
        return []
    habits = [cap(re.sub(r"^(?:and|et|y|und|e|ed)\s+", "", h.strip(" '\"«»“”"), flags=re.I))
              for h in re.split(r",|\s(?:and|et|y|und|e|ed)\s", m.group(1)) if h.strip()]
    habits = [h for h in habits if re.search(r"[^\W\d_]{2}", h)
              and not re.search(_NOT_HABIT, h, re.I)]
    return habits if len(habits) >= 2 and all(len(h.split()) <= 6 for h in habits) else []


def _named_habits(spec: Spec) -> list[str]:
    """The habits a prompt lists ("my morning routine: meditate, stretch, journal")."""
    if said := _listed_habits(spec.prompt):
        return said[:MAX_OWN]
    habits = [label for label, _ in spec.named_fields
              if not re.search(_NOT_HABIT, label, re.I)]
    if len(habits) < 2 and (m := re.search(_HABITS_FOR, spec.prompt, re.I)):
        # "a habit tracker for reading and running": the habits it is for
        # what the tracker does for them is said after: "… and push-ups with a streak"
        said = re.split(r"\s+(?:with|avec|con|mit|com|so that|to see|pour (?:voir|suivre)|"
                        r"para (?:ver|seguir)|um zu|per (?:vedere|seguire))\b", m.group(1),
                        maxsplit=1, flags=re.I)[0]
        habits = [cap(re.sub(listed.ARTICLES, "", h.strip(), flags=re.I))
                  for h in re.split(listed.ITEM_SEP, said) if h.strip()]
        if any(len(h.split()) > 3 or re.search(r"\d", h) for h in habits):
            habits = []
    return habits[:MAX_OWN] if len(habits) >= 2 else []


# The habits a tracker is for, named after it (spec.HABITS_FOR)
_HABITS_FOR = HABITS_FOR


PAGES = L("Pages", "Pages", "Páginas", "Seiten", "Páginas", "Pagine")


def _groups(spec: Spec, log: bool) -> tuple[str, list, list, dict] | None:
    """What a prompt lists under names ("members Anna, Ben and Carla; books Dune, Emma and
    Beloved"): its things are the rows, each with who of its people has it; with ``log`` (a
    tracker) each row also has a date and an amount. Only when it lists people, or two lists."""
    found = listed.groups(spec.prompt)
    people = next((g for g in found if g.people), None)
    things = next((g for g in found if not g.people), None)
    if not people and len(found) < 2:
        return None
    lang = spec.lang
    rows = things or people
    fields = [f("name", lang, required=True, label=rows.label)]
    if people and things:
        fields.append(f("who", lang, "select", options=[[p, p] for p in people.items],
                        label=people.label))
    if log:
        paged = re.search(r"\bpages?\b|p[áa]ginas?|seiten|pagine", spec.prompt, re.I)
        fields += [f("date", lang, "date"), f("amount", lang, "number",
                                               label=i18n.pick(PAGES, lang) if paged else None)]
    fields.append(f("note", lang))
    seed = [{"name": item, "note": "", **({"who": ""} if people and things else {})}
            for item in rows.items]
    return "list", fields, seed, {"own": True, **({"totals": True} if log else {})}


# who made a thing logged (a book's author, a film's director): said beside the thing
_BY_WHOM = (r"auth?ors?|auteure?s?|autor(?:a|es|in)?|autore|autrice|artists?|artistes?|artistas?|"
            r"directors?|r[ée]alisat(?:eur|rice)|regisseur(?:in)?|regista|diretor(?:a)?|"
            r"director(?:a)?|verfasser(?:in)?|writers?|[ée]crivain|escritor(?:a)?|scrittore|"
            r"bands?|singers?|s[äa]nger(?:in)?|chanteur|chanteuse|cantante|cantor(?:a)?")


def _tracker(spec: Spec) -> tuple[str, list, list, dict]:
    if named := _groups(spec, log=True):  # "a book club: members …; books …"
        return named
    # "when I water my plants: fern every 3 days, …" (a habit tracker's "daily" is its habits',
    # and a log of rides, spending or sleep is logged, not done again when due: walk10 #1's
    # "a log of my bike rides … and my weekly total" was a chore list)
    if titles.tracker_kind(spec.prompt) is None and (every := _every(spec)):
        return every
    view, fields, seed, opts = _tracker_view(spec)
    if view == "list" and re.search(CHART, spec.prompt.lower()) and any(
            x["type"] in ("number", "money") for x in fields):
        # the chart sums a number each entry holds (dataapp.js: list); a log of names alone
        # has none to draw, and a chart claimed there was approved with no chart on the page
        opts["chart"] = True
    if view == "list" and (by := _per_item(spec, fields)):
        opts["perItem"] = by
    return view, fields, seed, opts


# When an item was last done, asked for: "days since the last watering per plant", "i wanna
# see when each one was last watered", "wann ich jede Pflanze zuletzt gegossen habe"
_SINCE = re.compile(next(p for p, label in BEYOND if label == DAYS_SINCE) + r"|\bwhen (?:i|we) \w+ed each\b|\blast (?:\w+ed|"
                    r"done|time)\b|\bwas last\b|\bzuletzt\b|derni[èe]re fois|[úu]ltima vez|"
                    r"ultima volta|\bquand (?:\w+ )?(?:a|ai|avons|ont) (?:\w+ )?(?:[ée]t[ée] )?"
                    r"\w+[ée]e?s? pour la derni[èe]re")


def _per_item(spec: Spec, fields: list[dict]) -> dict | None:
    """A plain log's items and when each was last logged, when the prompt asks when things
    were last done: the item (the first text field), the date and the amount to total."""
    if not _SINCE.search(spec.prompt.lower()):
        return None
    dated = next((x for x in fields if x["type"] == "date"), None)
    item = next((x for x in fields if x["type"] == "text" and x["key"] != "note"
                 and not x.get("derived")), None)
    amount = next((x for x in fields if x["type"] in ("number", "money")), None)
    if not dated or not item:
        return None
    return {"item": item["key"], "date": dated["key"], "amount": amount["key"] if amount else ""}


# Everyday amounts in moneys worth much less than a dollar or euro: an example row's price
# is said in the prompt's money at its size (a Brazilian menu's pizza R$ 25,50, not R$ 8,50): at
# what things cost there, not the exchange rate (a dish of the day R$ 42, not R$ 70)
_SAMPLE_SCALE = {"JPY": 100, "INR": 50, "MXN": 20, "BRL": 3}


def _in_scale(rows: list[dict], fields: list[dict], currency: str) -> list[dict]:
    """``rows`` with the money of their examples at ``currency``'s size; the person's own
    rows as they are."""
    scale = _SAMPLE_SCALE.get(currency, 1)
    money = [x["key"] for x in fields if x["type"] == "money"]
    if scale == 1 or not money:
        return rows
    return [row | {k: round(row[k] * scale, 0 if scale >= 20 else 2) for k in money
                   if type(row.get(k)) in (int, float)} if row.get("_example") else row
            for row in rows]


# each of a group logging their own: "cada um tem a sua conta", "each member logs"
_EACH_OF_US = (r"\b(?:each (?:of us|member|runner|rider|one)|everyone (?:logs|adds)|cada (?:um|uno|"
               r"una|corredor\w*|membro|miembro|socio)|chacune?|jede[rs]? (?:von uns|l[äa]ufer\w*|"
               r"mitglied)|ognuno|ciascuno)\b")


def _tracker_view(spec: Spec) -> tuple[str, list, list, dict]:
    lang = spec.lang
    track = titles.tracker_kind(spec.prompt)
    if track == "habits":
        fields = [f("name", lang, required=True, label=i18n.pick(FIELD["habit"], lang)),
                  f("note", lang)]
        own = _named_habits(spec)
        # the person's own habits start with no days ticked; sample ones show a streak
        seed = [{"name": h, "note": "", "done": []} for h in own] or [
            {"name": h, "note": "", "done": [f"@day-{d}" for d in days]}
            for h, days in zip(i18n.pick(HABITS, lang), ((1, 2, 3, 4), (1, 2), ()), strict=True)]
        return "habits", fields, seed, {"own": bool(own)}
    if track == "expenses" and _own_costs(spec):
        # a log with its own fields and a cost ("vet visits: date, reason, vet, cost"; "date,
        # litres, prix payé, kilométrage") is those fields, not a household budget's What /
        # Amount / Category with groceries as examples (walk15 #7 #26)
        fields = prompt_fields(spec, [f("date", lang, "date", True)])
        per = {"byCategory": "category"} if _PER_CATEGORY.search(spec.prompt.lower()) and any(
            x["key"] == "category" for x in fields) else {}
        return "list", fields, [_example(spec, fields, i) for i in range(3)], {"totals": True,
                                                                                **per}
    if track == "expenses":
        # the things the prompt lists ("mit Miete, Strom und Einkäufen") are what money is
        # spent on, the categories, not fields each row would fill in
        said = said_categories(spec.prompt)
        own = said or [label for label, kind in spec.named_fields if kind == "text"]
        listed = bool(said) or (len(own) >= 2 and len(own) == len(spec.named_fields))
        cats = own if listed else i18n.pick(SPEND, lang)
        fields = [f("date", lang, "date", True), f("what", lang, required=True),
                  f("amount", lang, "money", True),
                  f("category", lang, "select", options=[[c, cap(c)] for c in cats])]
        if not listed:
            fields = prompt_fields(spec, fields)
        # one sample row a category, in amounts of the prompt's money (¥5,420, not ¥54.20)
        rows = [_spent_on(c, lang) for c in cats] if listed else i18n.pick(SPEND_ROWS, lang)
        scale = _SAMPLE_SCALE.get(i18n.currency(spec.prompt, lang), 1)
        seed = [{"date": f"@day-{i * 2}", "what": w, "amount": round(a * scale, 2),
                 "category": cats[i % len(cats)]}
                for i, (w, a) in enumerate(zip(rows, (54.2, 30.0, 61.5, 12.0), strict=False))]
        # "a total per category": one figure a category, beside the totals
        per = {"byCategory": "category"} if _PER_CATEGORY.search(spec.prompt.lower()) else {}
        return "list", fields, seed, {"totals": True, **per}
    if track == "mood":  # one mood a day, picked from a short list
        moods = i18n.pick(MOODS, lang)
        fields = [f("date", lang, "date", True),
                  f("mood", lang, "select", True, [[m, m] for m in moods]), f("note", lang)]
        seed = [{"date": f"@day-{i}", "mood": moods[i % 3], "note": ""} for i in range(3)]
        asked = re.search(CALENDAR, spec.prompt.lower())  # a month coloured by mood
        return "list", fields, seed, {"totals": True, **({"calendar": "mood"} if asked else {})}
    if track in ("runs", "rides"):  # distance and time; the pace follows from both
        # a ride's is its speed, a run's its minutes per km (walk14 #32: a bike commute had
        # a running pace)
        how = "speed" if track == "rides" else "pace"
        fields = _measured(spec, [f("date", lang, "date", True),
                                  f("distance", lang, "number", True),
                                  f("minutes", lang, "number", True),
                                  {**f(how, lang), "derived": how}, f("note", lang)])
        sample = ((1, 12.4, 38), (3, 12.4, 41), (6, 25.0, 70)) if how == "speed" else (
            (1, 5.2, 29), (3, 8.0, 47), (6, 10.5, 63))
        seed = [{"date": f"@day-{d}", "distance": km, "minutes": m,
                 how: speed(km, m) if how == "speed" else pace(km, m), "note": ""}
                for d, km, m in sample]
        if re.search(_EACH_OF_US, spec.prompt, re.I):
            # a group's log, each one's entries ("nosso grupo de corrida, cada um … regista os
            # km"): who ran each
            fields.insert(1, f("who", lang, required=True, label=i18n.pick(WHO, lang)))
            seed = [{**row, "who": NAMES[i]} for i, row in enumerate(seed)]
        return "list", fields, seed, {"totals": True, "pace": ["distance", "minutes"]}
    if track == "workouts" and not spec.named_fields:  # else the prompt's own fields
        fields = _measured(spec, [f("date", lang, "date", True),
                                  f("exercise", lang, required=True), f("sets", lang, "number"),
                                  f("reps", lang, "number"), f("weight", lang, "number"),
                                  f("note", lang)])
        seed = [{"date": f"@day-{d}", "exercise": e, "sets": 3, "reps": r, "weight": w,
                 "note": ""} for d, (e, r, w) in enumerate(zip(i18n.pick(LIFTS, lang),
                                                               (8, 5, 10), (60, 80, 20),
                                                               strict=True))]
        return "list", fields, seed, {"totals": True}
    if track == "attendance":  # who was there, day by day
        fields = _measured(spec, [f("date", lang, "date", True), f("name", lang, required=True),
                                  f("present", lang, "bool"), f("note", lang)])
        seed = [{"date": f"@day-{d}", "name": n, "present": p, "note": ""}
                for d, n, p in ((1, NAMES[0], True), (1, NAMES[1], False), (2, NAMES[0], True))]
        return "list", fields, seed, {"totals": True}
    if track == "sleep" and sum(kind == "time" for _, kind in spec.named_fields) >= 2:
        # when one went to bed and got up, as listed ("hora de acostarme, hora de levantarme
        # y cómo me siento"): those times, and how the night was in the prompt's words
        fields = prompt_fields(spec, [f("date", lang, "date", True)])
        if not any(x["type"] in ("text", "select") for x in fields):
            fields.append(f("note", lang))
        times = [x["key"] for x in fields if x["type"] == "time"]
        seed = [{"date": f"@day-{d}", **dict(zip(times, at, strict=False))}
                for d, at in ((1, ("23:15", "07:00")), (2, ("00:30", "07:45")),
                              (3, ("22:45", "06:50")))]
        return "list", fields, seed, {}
    if track == "sleep":
        fields = _measured(spec, [f("date", lang, "date", True), f("hours", lang, "number", True),
                                  f("note", lang)])
        seed = [{"date": f"@day-{d}", "hours": h, "note": ""}
                for d, h in ((1, 7.5), (2, 6.0), (3, 8.0))]
        return "list", fields, seed, {"totals": True}
    # a log's bare "horário"/"orario" is when each entry was, not opening hours
    fields = [{**x, "type": "time"} if x["type"] == "text" and re.fullmatch(
        r"hor[áa]rio|orario", x["label"], re.I) else x
        for x in prompt_fields(spec, [f("date", lang, "date", True)])]
    if len(fields) == 1 and (counted := _count_said(spec.prompt)):
        # what a day counts, said as a count: "how many glasses a day" is Glasses, not a
        # money log's What and Amount (walk20 #1)
        fields += [{"key": slug(counted), "label": counted, "type": "number"},
                   f("note", lang)]
    elif len(fields) == 1 and (body := next((r for r in _BODY_READINGS
                                             if re.search(r[0], spec.subject or spec.prompt,
                                                          re.I)), None)):
        # a log of a body's reading ("registro del mio battito cardiaco", "log of my blood
        # pressure"): when it was taken and what it read, in its unit (walk22 #13 had a money
        # log's Cosa and Importo)
        fields += [f("time", lang, "time", label=i18n.pick(_AT_TIME_WORD, lang)),
                   *({"key": slug(i18n.pick(words, "en")), "label": i18n.pick(words, lang),
                      "type": "number", "required": True} for words in body[1]),
                   f("note", lang)]
    elif len(fields) == 1 and (both := _two_things(spec)):
        # two things kept track of ("my cat's vet visits and meds"): each entry is one or the
        # other, what it was, a medicine's dose; no amount nobody asked for (walk20 #1)
        fields += [f("what", lang, "select", True, [[slug(x), x] for x in both],
                     label=i18n.pick(KIND, lang)),
                   f("title", lang, required=True, label=i18n.pick(FIELD["what"], lang))]
        if any(re.search(_MEDS, x, re.I) for x in both):
            fields.append({"key": "dose", "label": i18n.pick(DOSE, lang), "type": "text"})
        fields.append(f("note", lang))
    elif len(fields) == 1:
        # what each entry is of and how much, as the prompt asks them ("quantos litros cada
        # cabra dá": Cabra and Litros; round 24's goat log was O quê and Valor)
        fields += [f("what", lang, required=True, **(
            {"label": thing} if (thing := _each_thing(spec.prompt)) else {})),
                   f("amount", lang, "number", **(
            {"label": said} if (said := amount_asked(spec.prompt, lang)) else {})),
                   f("note", lang)]
    elif not any(x["type"] in ("text", "select", "time") for x in fields[1:]) and not all(
            (x["type"] == "number" and _reading(x["label"])) or x["type"] == "bool"
            for x in fields[1:]) and not (
            len(fields) >= 4 and all(x["type"] in ("number", "money") for x in fields[1:])):
        # (three measures or more are the entry: "Tankbuch: Datum, Kilometerstand, Liter,
        # Preis" is one fill-up a row, walk19 #9 had a "Was" beside them)
        # (a day's readings of a measure, "massima, minima, battiti", are the entry)
        # what each entry is: "a log of the books I read with rating and date finished" had
        # no field for the book (walk10 #3); a feed at a time on a side is one already; the
        # kinds its subject lists are its choices ("bollette di acqua, luce e gas": walk20 #22
        # had a "Cosa" of "Esempio 1")
        kinds = shapes.kinds_of(spec.subject)
        fields.insert(1, f("what", lang, "select", True, [[k.lower(), k] for k in kinds],
                           label=i18n.pick(KIND, lang)) if kinds else f("what", lang, required=True))
    elif (said := [x["label"] for x in fields[1:] if x["type"] in ("text", "select")]) and all(
            re.fullmatch(_BY_WHOM, x, re.I) for x in said):
        # who made it is no name for it: "books I finish with author, pages and a rating" had
        # an Author and no book (walk18 #5)
        fields.insert(1, f("what", lang, required=True, label=i18n.pick(FIELD["title"], lang)))
    if not any(x["type"] in ("number", "money") for x in fields) and (
            said := amount_asked(spec.prompt, lang)):
        # what each entry holds, asked apart from the list ("log how many kg of honey i take
        # off, with the date and which hive")
        fields.append({"key": slug(said), "label": said, "type": "number"})
    if not any(x["type"] in ("text", "select", "textarea") for x in fields):
        # readings alone ("pH, ammonia, nitrate") leave a log nothing to search or say: a
        # note beside them, as every stock log has (round 21: search found no entry)
        fields.append(f("note", lang))
    if re.search(_OWED, spec.prompt.lower()) and any(x["type"] == "money" for x in fields) \
            and not any(x["type"] == "bool" for x in fields):
        # money lent is money to get back: each row says whether it was
        fields.append(f("paid", lang, "bool", label=i18n.pick(_PAID_BACK, lang)))
    if re.search(_CATEGORIES, spec.prompt.lower()) and not any(
            x["key"] == "category" for x in fields):  # asked for: a category to filter by
        fields.append(f("category", lang))
    if spec.has("ratings") and not any(x["type"] == "rating" for x in fields):
        fields.append(f("rating", lang, "rating", label=i18n.pick(RATING, lang)))  # 1-5 stars
    first = next((x for x in fields if x["type"] in ("number", "money")), None)
    # a reading is averaged, not added up ("Totale · Massima 373": walk15 #6)
    # (or asked of it: "the avg pH", never "the average consumption" of a fuel log's litres)
    mean = {"average": True} if first and first["type"] == "number" and (re.search(
        _AVERAGED, first["label"], re.I) or re.search(
            rf"(?:{_MEAN_ASKED})\s+(?:(?:of|de|du|des|del|der|dei|do|da)\s+)?(?:the\s+)?"
            rf"{re.escape(first['label'])}\b", spec.prompt, re.I)) else {}
    # a day's goal for what it counts ("goal is 8"): each day's total is held against it
    goal = {"goal": float(n.replace(",", "."))} if first and first["type"] == "number" and (
        n := _goal(spec.prompt)) else {}
    return "list", fields, [_example(spec, fields, i) for i in range(3)], {"totals": True,
                                                                            **mean, **goal}


# a body's readings a log is of, and what each entry reads (their labels name a unit that
# _SAMPLES knows)
_AT_TIME_WORD = L("Time", "Heure", "Hora", "Uhrzeit", "Hora", "Ora")
_BODY_READINGS = (
    (r"heart ?rate|\bpulse|battito|battiti|\bpouls|\bpuls\b|frecuencia card[íi]aca|"
     r"\bpulso|batimentos|pulsa[çc][ãa]o|herzfrequenz",
     (L("Pulse (bpm)", "Pouls (bpm)", "Pulso (lpm)", "Puls (bpm)", "Pulsação (bpm)",
        "Battiti (bpm)"),)),
    (r"blood pressure|tension art[ée]rielle|presi[óo]n arterial|blutdruck|press[ãa]o arterial|"
     r"pressione (?:arteriosa|sanguigna)",
     (L("Systolic (mmHg)", "Systolique (mmHg)", "Sistólica (mmHg)", "Systolisch (mmHg)",
        "Sistólica (mmHg)", "Sistolica (mmHg)"),
      L("Diastolic (mmHg)", "Diastolique (mmHg)", "Diastólica (mmHg)", "Diastolisch (mmHg)",
        "Diastólica (mmHg)", "Diastolica (mmHg)"))),
    (r"blood sugar|glyc[ée]mie|glucosa|glucose|blutzucker|glicemia|glicose",
     (L("Blood sugar (mg/dl)", "Glycémie (mg/dl)", "Glucosa (mg/dl)", "Blutzucker (mg/dl)",
        "Glicemia (mg/dl)", "Glicemia (mg/dl)"),)),
)
# medicines, in the six languages: a log of them holds each one's dose
_MEDS = (r"\bmeds?\b|medication|medicine|m[ée]dicaments?|medicamentos?|medikament|medicin|"
         r"farmac|rem[ée]dios?|pills?|pilules?|pastillas?|tabletten|comprimid|comprim[ée]s?")
DOSE = L("Dose", "Dose", "Dosis", "Dosis", "Dose", "Dose")
_AND = r"\s+(?:and|et|y|und|e|&)\s+"
_OF_WHOM = (r"\s+(?:of|for|de|d['’]|du|des|del|di|do|da|meine[rs]?|unsere[rs]?|von|f[üu]r)\s|"
            r"[,.;:!?(]")


def _two_things(spec: Spec) -> list[str]:
    """The two things a log keeps track of, as its prompt joins them ("vet visits and meds",
    "visites chez le véto et des médicaments de mon chien"), each capitalised, without whose
    they are; [] unless the prompt joins its subject to another thing."""
    said = spec.subject
    at = spec.prompt.lower().find(said.lower()) if said else -1
    if at < 0 or not (m := re.match(_AND, spec.prompt[at + len(said):])):
        return []
    rest = re.split(_OF_WHOM, spec.prompt[at + len(said) + m.end():], maxsplit=1)[0].split()
    while rest and rest[0].lower() in shapes._LEAD | {"de", "des", "du"}:
        rest = rest[1:]
    other = " ".join(rest[:2])
    # whose they are is no part of them: "(my) cats vet visits" are vet visits
    first = re.sub(r"^(?:(?:cat|dog|kid|child|son|daughter|pet|horse|rabbit)s?['’]?s?|"
                   r"[^\W\d_]+['’]s)\s+", "", said, flags=re.I)
    if not other or len(rest) > 3 or not re.search(r"[^\W\d_]{3}", other):
        return []
    return [cap(first), cap(other)]


# what a count counts: "how many glasses a day", "nombre de tasses", "cuántos vasos al día"
_COUNT_SAID = re.compile(rf"\b{shapes.COUNT_OF}(?:(?:the|les|des|los|las|die|der|os|as|i|gli|de)\s+)?"
                         r"(?!(?:days?|jours?|d[íi]as|tage|giorni|hours?|heures|horas|stunden|"
                         r"ore|weeks?|semaines|semanas|wochen|settimane)\b)([^\W\d_][\w'-]{2,})"
                         # counted each day: "how many glasses a day", "combien de verres par
                         # jour" (a log's own count, not days since or a row's amount)
                         r"\s+(?:a|per|each|every|par|al|por|am|pro|im|ao|ogni|cada)\s+"
                         r"(?:day|jour|d[íi]a|tag|giorno)\b", re.I)
# a goal a day reaches: "goal is 8", "objectif 8", "meta de 8", "Ziel: 8", "obiettivo 8"
_GOAL = re.compile(r"\b(?:goal|target|aim|objecti(?:f|ve)|meta|objetivo|ziel|obiettivo)"
                   r"(?:\s+(?:is|of|de|von|di|è|es|é|ist|est))?\s*[:=]?\s*(?:de\s+)?"
                   r"(\d+(?:[.,]\d+)?)", re.I)


def _count_said(prompt: str) -> str:
    m = _COUNT_SAID.search(prompt)
    return cap(m.group(1)) if m else ""


# a measure each entry holds, asked as a question: "how many kg of honey i take off",
# "cuántos kilos cosechamos", "combien de litres de lait", "wie viele Liter Milch"
_UNIT_WORD = "|".join(f"{sym}|{words}" if words else sym for _, sym, words, _ in
                      shapes.UNIT_TABLE if sym != "%")
_AMOUNT_ASKED = re.compile(
    rf"\b{shapes.COUNT_OF}(?P<unit>{_UNIT_WORD})(?![\w/])(?:\s+(?:(?:of|de|d['’]|du|des|di|del|"
    r"della|do|da|dos|das)\s+(?:(?:the|my|our|les|la|le|el|los|las|il|i|o|a|os|as)\s+)?"
    r"(?P<of>[^\W\d_][\w'-]{2,})|\s+(?-i:(?P<noun>[A-ZÄÖÜ][\w-]{2,}))))?", re.I)


def amount_asked(prompt: str, lang: str) -> str:
    """The measure a log's entries hold, asked as "how many <unit> of <thing>": "Honey (kg)",
    else the unit as said ("Litros", "Amount (ml)"); "" when none is asked. Round 25's hive log
    read "the date and which hive" and lost "how many kg of honey", so it held no honey."""
    if not (m := _AMOUNT_ASKED.search(prompt)):
        return ""
    unit = next(sym for _, sym, words, _ in shapes.UNIT_TABLE
                if re.fullmatch(f"{sym}|{words}" if words else sym, m.group("unit"), re.I))
    thing = m.group("of") or m.group("noun")
    return f"{cap(thing)} ({unit})" if thing else cap(m.group("unit")) if len(
        m.group("unit")) > 3 else f"{i18n.pick(FIELD['amount'], lang)} ({unit})"


# the thing each entry's amount is of, said right after it: "quantos litros cada cabra dá",
# "how many eggs each hen lays", "combien de litres chaque vache donne"
_EACH_THING = re.compile(
    r"\s+(?:each|every|cada|chaque|jede[rsn]?|ogni|ciascun[oa])\s+"
    r"(?!(?:day|week|month|year|time|one|dia|d[íi]a|semana|m[eê]s|mes|ano|año|vez|jour|"
    r"semaine|mois|an|ann[ée]e|fois|tag|woche|monat|jahr|mal|giorno|settimana|mese|anno|volta|"
    r"uma|uno|una|um|une?|eine[rsn]?)\b)(?P<thing>[^\W\d_][\w'-]{2,19})\b", re.I)


def _each_thing(prompt: str) -> str:
    """The thing each entry of a log is of, said after the amount asked ("quantos litros cada
    cabra dá" is Cabra: round 24's goat log was O quê); "" when it says none."""
    m = _AMOUNT_ASKED.search(prompt)
    each = _EACH_THING.match(prompt, m.end()) if m else None
    return cap(each.group("thing")) if each else ""


def _goal(prompt: str) -> str:
    m = _GOAL.search(prompt)
    return m.group(1) if m else ""


# Money someone owes the person: "who owes me money", "quién me debe", "qui me doit", "wer mir
# Geld schuldet", "quem me deve", "chi mi deve", "money I lent"
_OWED = (r"\bowes? me\b|\bowe(?:s|d)? (?:me )?money|\blent\b|\blend money|me debe[ns]?\b|"
         r"me doi(?:t|vent)\b|mir\s+(?:\w+\s+)?schulde[nt]|schulde[nt] mir|ausgeliehen|"
         r"me deve[mn]?\b|mi deve\w*|prestad[oa]s?\b|pr[êe]t[ée]s?\b|emprestad[oa]s?\b|"
         r"prestat[oi]\b")
_PAID_BACK = L("Paid back", "Remboursé", "Devuelto", "Zurückgezahlt", "Devolvido", "Restituito")


# Readings that are no amounts: their figure over days is a mean
_AVERAGED = (r"massima|minima|systol|diastol|sist[óo]l|diast[óo]l|pulse|\bpuls|pouls|pulso|"
             r"battiti|bpm|heart rate|glyc|gluc|glic|blutzucker|blood sugar|temp[ée]ratur|"
             r"\bkg\b|weight|poids|peso|gewicht|%|hydrat|hidrat|idrata|pressure|pression|"
             r"presi[óo]n|press[ãa]o|pressione|blutdruck|note|nota|score|rating|voto|bewertung|"
             r"punteggio|\bph\b|ammoni|nitra[tk]|nitrit|\bppm\b|mg/l|\d+\s*$")
# a mean asked for by name: "want to see the avg pH", "la moyenne", "el promedio"
_MEAN_ASKED = r"\bavg\b|\baverages?\b|\bmoyennes?\b|\bpromedios?\b|durchschnitt|\bm[ée]dias?\b"


_MONEY_NAMED = (r"^(?:in |en |em |im )?(?:euros?|dollars?|d[óo]lares|yen(?:es)?|pounds?|"
                r"libras?|reais|francs?|francos?|pesos|rupees?|rupias?|yuan|won|baht|franken|"
                r"sterline)$")


def _own_costs(spec: Spec) -> bool:
    """Whether an expense prompt lists the fields of its rows, a cost among them and no
    categories to spend on."""
    named = spec.named_fields
    # a sum in a money the row names ("yenes, euros") is a cost too
    return len(named) >= 3 and any(kind == "money" or (kind == "number" and re.search(
        _MONEY_NAMED, label, re.I)) for label, kind in named) and \
        sum(kind != "text" for _, kind in named) >= 2 and not said_categories(spec.prompt)


# Sample readings of a measure, by its label: "Temperatura del agua" 18.5, not 5 (walk14 #11)
_SAMPLES = (
    (r"odomet|mileage|kilom[ée]trage|kilometerstand|quilometragem|chilometraggio",
     (15230, 15480, 15710)),
    (r"massima|systol|sist[óo]l", (125, 118, 130)),
    (r"minima|diastol|diast[óo]l", (80, 76, 85)),
    (r"pulse|\bpuls|pouls|pulso|battiti|bpm|heart rate", (68, 72, 65)),
    (r"glyc|gluc|glic|blutzucker|blood sugar|mg/dl", (95, 110, 102)),
    (r"mmol", (5.3, 6.1, 5.7)),
    (r"\biron\b|\bhierro\b|\bfer\b|\beisen|\bferro\b|ferritin|moglobin|moglobine", (13.5, 14.1,
                                                                                 13.8)),
    # a meter's reading grows; the energy used is a day's or a month's
    (r"lettura|reading|relev[ée]|lectura|z[äa]hlerstand|leitura", (12450, 12610, 12790)),
    (r"kwh", (9.5, 11.2, 8.7)),
    # an aquarium's or a pool's water: warm, near neutral, next to no ammonia or nitrite
    (r"\btemp\b|temp[ée]ratur", (24.5, 25.0, 24.0)),
    (r"^ph\b|\bph$", (7.2, 7.0, 7.4)),
    (r"ammoni|\bnitri[td]", (0.0, 0.25, 0.0)),
    (r"\bnitrat", (10.0, 15.0, 20.0)),
    (r"humidit|humedad|umidit|feuchtigkeit|luftfeuchte", (55.0, 60.0, 48.0)),
    (r"lengths|laps|longueurs|largos|bahnen|vasche|piscinas", (20, 32, 40)),
    (r"\byen", (5400, 3000, 6150)),
    (r"euros?|dollars?|d[óo]lares|pounds?|libras?|reais|francs?|francos|franken|sterline|pesos",
     (34.5, 19.0, 41.0)),
    (r"temp[ée]ratur", (18.5, 16.0, 17.5)),
    (r"\bkm\b|distan|strecke|kilom|chilom|entfernung", (2.5, 1.8, 3.2)),
    (r"\bml\b", (250, 330, 500)),
    (r"\blit(?:re|er)s?\b|\blitros\b|\blitri\b", (1.5, 2.0, 1.8)),
    # a body's fat is a quarter of it, its water three quarters
    (r"fett|\bfat\b|graisse|grasa|gordura|grasso", (24.5, 24.1, 23.8)),
    (r"%|hydrat|hidrat|idrata", (75, 70, 80)),
    # a body's girth: round the waist, hips or chest
    (r"waist|tour de taille|cintura|bauchumfang|taillenumfang|h[üu]ft|hips?\b|hanches|cadera|"
     r"quadril|fianchi|chest|poitrine|pecho|brustumfang|peito|torace", (82, 81, 80)),
    (r"\bcm\b", (4, 3, 5)),
    # what is picked, caught or taken from a hive in one go: a few kilos, not a body's weight
    # (walk21 #6: 60 kg of honey a visit)
    (r"r[ée]colt|harvest|colheit|cosech|\bernte|raccolt|\bmiel|honey|honig|\bmel\b|\bmiele|"
     r"\bcatch\b|\bprises?\b|\bfang\b|pescad|pescat|picked|cueill", (8.5, 12.0, 6.5)),
    # the kilos of a thing (feed, flour, compost), no one's weight
    (r"^(?!.*(?:weight|poids|peso|gewicht|body|corps|cuerpo|k[öo]rper|corpo))[^\W\d_]{3,}.*"
     r"\bkg\b", (4.5, 6.0, 3.5)),
    (r"\bkg\b|weight|poids|peso|gewicht", (60, 62.5, 65)),
    (r"\bg\b|\bgram|gramm", (500, 450, 520)),
    (r"minut|dur[ée]e|duraci|dauer|dura[çc]|durata|duration", (30, 45, 25)),
    (r"hours|heures|horas|stunden|\bore\b", (8, 6, 12)),
    (r"pages|p[áa]ginas|seiten|pagine", (30, 45, 20)),
    (r"steps|pasos|schritte|passos|passi", (8200, 10400, 6900)),
    (r"glass|verres|vasos|gl[äa]ser|copos|bicchieri|cups|tass|tazas|tazze", (6, 8, 7)),
)


def _reading(label: str) -> bool:
    """Whether a number field is a reading of a known measure (a sample table's)."""
    return any(re.search(pattern, label, re.I) for pattern, _ in _SAMPLES)


def _sample(label: str, i: int) -> float:
    """Example ``i``'s reading of a number field called ``label``: a mark out of 20 is 16, 12
    or 18; a distance a few km; anything else 5, 4, 3."""
    if top := re.search(r"(\d+)\s*\)?$", label):  # "Note sur 20", "Score (out of 10)"
        return round(int(top.group(1)) * (0.8, 0.6, 0.9)[i])
    return next((v[i] for pattern, v in _SAMPLES if re.search(pattern, label, re.I)), 5 - i)


_FUEL = (r"\btank\w*|\bfuel|\bgas\b|\bgasoline|\bpetrol|\bsprit|\bbenzin|carburant|\bessence\b|"
         r"\bplein|gasolina|"
         r"combust[íi]\w+|\bbenzina|fill-?ups?|\brifornimenti|\brepostajes?|abastecimentos?")
_LITRES = r"\blit(?:re|er)s?\b|\blitros\b|\blitri\b|^l$|\(l\)"
# a distance field, and how far each entry goes by what the prompt travels in
_KM = r"\bkm\b|distan|strecke|kilom|chilom|quil[ôo]m|entfernung|\bmiles\b|meilen"
_TRAVELLED = (
    (r"\b(?:uber|lyft|taxi|cabify|bolt|ride-?share|drivers?|driving|motorista|conductor|"
     r"chauffeur|fahrer|autista|caminh[ãa]o|truck|lkw|camion|deliver\w*|entregas?|"
     r"livraisons?|lieferung\w*|consegn\w*|km rodados|road trips?)\b", (182.0, 145.0, 210.0)),
    (r"\b(?:bikes?|cycling|cyclist|v[ée]lo|bici\w*|ciclismo|fahrrad|radtour\w*|rennrad|"
     r"pedal\w*)\b", (24.5, 18.0, 32.0)),
)
# sums by what they are: a day's takings, a tip, what fuel cost
_EARNED = (r"earnings|revenue|income|takings|ingresos|ganancias|ganhos|receitas?|faturamento|"
           r"einnahmen|umsatz|verdienst|recettes|gains|guadagn[oi]|incass[oi]|ricavi")
_SUMS = (
    (_EARNED, (245.0, 190.5, 312.0)),
    (r"\btips\b|propinas|pourboires|trinkgeld|gorjetas|\bmance\b", (18.5, 24.0, 12.0)),
    (_FUEL, (76.1, 68.0, 80.9)),
)
# a pet's weigh-ins: a cat's, a dog's, a rabbit's
_PET = (r"\b(cat|kitten|chat|gato|gata|katze|kater|gatto|gatta|dog|puppy|chien|perro|hund|"
        r"cachorro|c[ãa]o|cane|rabbit|lapin|conejo|kaninchen|coelho|coniglio)(?:s|es|n)?\b")
_WEIGHED = r"\bkg\b|weight|poids|peso|gewicht"
_PET_KG = {**dict.fromkeys(("cat", "kit", "cha", "gat", "kat"), (4.2, 4.3, 4.1)),
           **dict.fromkeys(("dog", "pup", "chi", "per", "hun", "cac", "cão", "cao", "can"),
                           (12.4, 12.6, 12.5)),
           **dict.fromkeys(("rab", "lap", "con", "kan", "coe"), (1.8, 1.9, 1.85))}


def _example(spec: Spec, fields: list[dict], i: int) -> dict:
    """Example row ``i`` of a tracker, each field given a value of its kind: a clock a time,
    a choice one of its options (walk13 #30: "Baby feeding 1" stood in a Time field), a
    measure a reading of its unit; the first text field says it is an example, never the
    subject ("Vacunas de mi perro 1" read as an entry: walk14 #11 #28)."""
    # (a note beside readings stays blank: "pH 7.2, Note: Example 1" read as a remark)
    named = next((x for x in fields[1:] if x["type"] == "text" and x["key"] != "note"), None)
    row: dict = {"date": f"@day-{i * 3}"}
    if named:
        row[named["key"]] = f"{i18n.pick(EXAMPLE, spec.lang)} {i + 1}"
    # a fill-up is tens of litres and costs what they do (walk19 #9 filled 1,5 l for 54,20 €)
    fuel = re.search(_FUEL, spec.prompt.lower())
    pet = re.search(_PET, spec.prompt.lower())
    # a day at the wheel is a hundred km or more, a bike ride tens, a walk a few
    driven = next((v for pattern, v in _TRAVELLED if re.search(pattern, spec.prompt, re.I)), None)
    for x in fields[1:]:
        label = x["label"].lower()
        if x["type"] == "number" and fuel and re.search(_LITRES, label):
            row[x["key"]] = (42.5, 38.0, 45.2)[i]
        elif x["type"] == "number" and pet and re.search(_WEIGHED, label):
            # a cat weighs kilos, not a person's 60 (walk19 #28)
            row[x["key"]] = _PET_KG[pet.group(1)[:3]][i]
        elif x["type"] == "number" and driven and re.search(_KM, label) and not re.search(
                _SAMPLES[0][0], label):  # (an odometer's reading is no day's distance)
            row[x["key"]] = driven[i]
        elif x["type"] == "number":
            row[x["key"]] = _sample(x["label"], i)
        elif x["type"] == "money":
            # what a fill-up costs only for the fuel's own sum: a driver's earnings are a
            # day's takings (walk19 #13 earned R$ 68-81 over 1,8-3,2 km)
            row[x["key"]] = next((v[i] for pattern, v in _SUMS if re.search(pattern, label)),
                                 (76.1, 68.0, 80.9)[i] if fuel and not re.search(
                                     _EARNED, label) else (54.2, 30.0, 61.5)[i])
        elif x["type"] == "rating":
            row[x["key"]] = (4, 5, 3)[i]
        elif x["type"] == "time":
            row[x["key"]] = ("07:30", "11:00", "14:30")[i]
        elif x["type"] == "select" and x.get("options"):
            row[x["key"]] = x["options"][i % len(x["options"])][0]
    return row


WHO = L("Who", "Qui", "Quién", "Wer", "Quem", "Chi")
# which of the kinds a log's subject lists an entry is ("acqua, luce e gas")
KIND = L("Type", "Type", "Tipo", "Art", "Tipo", "Tipo")


# who does each thing, asked without naming anyone ("mit Fälligkeitsdatum und wer es
# erledigt", "chi la compra", "the person responsible"): a column to write them in
_WHO_SAID = (r"\bwho(?:'s| is| will)? (?:does|doing|do|buys|buying|brings|takes|handles|"
             r"responsible)\b|\bassigned to\b|\bassignees?\b|\bperson responsible\b|"
             r"\bqui (?:le |la |les |l'|s'en )?(?:fait|fera|ach[èe]te|s'occupe|apporte|prend)\b|"
             r"\bpersonne responsable\b|\bqui[ée]n (?:lo |la |los |las )?(?:hace|compra|trae|"
             r"se encarga|lleva)\b|\bencargad[oa]\b|\bwer (?:es |das |sie |ihn )?(?:erledigt|"
             r"macht|kauft|mitbringt|[üu]bernimmt|besorgt)\b|\bzust[äa]ndig\w*|"
             r"\bverantwortlich\w*|\bquem (?:o |a |os |as )?(?:faz|compra|traz|cuida|leva)\b|"
             r"\brespons[áa]vel\b|\bchi (?:lo |la |li |le |l')?(?:fa|compra|porta|si occupa|"
             r"prende)\b|\bresponsabile\b|\bincaricat[oa]\b")
# how many of each thing ("con quantità", "with quantities"): a number column
_QTY_SAID = (r"\bquantit(?:y|ies|[ée]s?|[àa])\b|\bcantidad(?:es)?\b|\bmengen?(?:angabe)?\b|"
             r"\bquantidades?\b|\bhow many of each\b|\bst[üu]ckzahl\b")
QTY = L("Quantity", "Quantité", "Cantidad", "Menge", "Quantidade", "Quantità")


def _who(spec: Spec, fields: list[dict], skip: set[str] = frozenset()) -> list[dict]:
    """``fields`` and, when the prompt names the people who do things ("notre famille (Léa,
    Tom, papa, maman)", "my kids Emma and Noah"), a choice of who does each (none chosen); when
    it asks who does each without naming anyone ("wer es erledigt"), a column for them.
    ``skip``: slugs that are no one (a board's columns: "for my team: backlog, in progress, …"
    named a Who of them, walk21 #5)."""
    names = tuple(n for n in listed.people(spec.prompt) if slug(n) not in skip)
    names = names if len(names) >= 2 else ()
    if any(x["type"] == "select" and re.search(f"{_WHO_SAID}|^{_WHO_WORD}", x["label"], re.I)
           for x in fields):
        return fields  # named with its people: "responsable (yo o Carlos)"
    if not names:
        if any(x["key"] == "who" for x in fields) or not re.search(_WHO_SAID, spec.prompt,
                                                                    re.I):
            return fields
        return [*fields, f("who", spec.lang, label=i18n.pick(WHO, spec.lang))]
    # the people said as one or the other are this choice, not one of their own ("who buys it,
    # me or Tom" had a 'Me or Tom' beside a 'Who')
    people = {n.lower() for n in names}
    fields = [x for x in fields if not (x["type"] == "select" and x.get("options") and {
        str(o[1]).lower() for o in x["options"] if o[0]} == people) and {
        w for w in x["label"].lower().split() if w not in ("or", "ou", "o", "oder")} != people]
    return [*fields, f("who", spec.lang, "select", options=[["", "—"], *[[n, n] for n in names]],
                       label=i18n.pick(WHO, spec.lang))]


def _counted(spec: Spec, fields: list[dict]) -> list[dict]:
    """``fields`` with a quantity after the first when the prompt asks how many of each
    ("lista della spesa con quantità")."""
    if not re.search(_QTY_SAID, spec.prompt, re.I) or any(
            x["key"] == "qty" or re.search(_QTY_SAID, x["label"], re.I) for x in fields):
        return fields
    return [fields[0], f("qty", spec.lang, "number", label=i18n.pick(QTY, spec.lang)),
            *fields[1:]]


# ---- board ---------------------------------------------------------------------------------
COLUMNS = i18n.BOARD_COLUMNS
CARDS = L(("Write down the plan", "Collect ideas", "Ask for feedback", "Set the dates"),
          ("Écrire le plan", "Rassembler les idées", "Demander des avis", "Fixer les dates"),
          ("Escribir el plan", "Reunir ideas", "Pedir opiniones", "Fijar las fechas"),
          ("Plan aufschreiben", "Ideen sammeln", "Feedback einholen", "Termine festlegen"),
          ("Escrever o plano", "Reunir ideias", "Pedir opiniões", "Definir as datas"),
          ("Scrivere il piano", "Raccogliere idee", "Chiedere pareri", "Fissare le date"))


def _board(spec: Spec) -> tuple[str, list, list, dict]:
    lang = spec.lang
    own_columns = shapes.board_columns(spec.prompt)[0]
    labels = own_columns or list(i18n.pick(COLUMNS, lang))
    cols = [[slug(c), cap(c)] for c in labels]
    lead = [f("title", lang, required=True), f("note", lang)]
    if spec.has("tags"):  # shown on each card, found by search
        lead.append(f("tags", lang, label=i18n.pick(TAGS, lang)))
    if re.search(FEATURES["due_dates"][0], spec.prompt.lower()):  # "… and a due date"
        lead.append(f("due", lang, "date", label=i18n.pick(DUE, lang)))
    # what each card carries, as the prompt names it ("cards with the client name"), never
    # the columns (spec.read leaves those out of named_fields), nor the things to do the prompt
    # lists, which are its first cards ("for the wedding: venue, catering, flowers")
    items = shapes.board_items(spec.prompt)
    skip = {key for key, _ in cols} | {slug(bare(t)) for t in items}
    named = tuple((label, kind) for label, kind in spec.named_fields
                  if slug(label) not in skip and slug(bare(label)) not in skip)
    fields = [*prompt_fields(replace(spec, named_fields=named), lead),
              f("col", lang, "select", options=cols, label=i18n.pick(FIELD["column"], lang))]
    fields = _who(spec, fields, {key for key, _ in cols})
    if items:  # the prompt's own things to do, all to start:
        seed = [{"title": cap(t), "note": "", "col": cols[0][0]} for t in items]
        return "board", fields, seed, {"columns": cols, "own": True}  # the person's, no example
    about = f" · {spec.subject}" if spec.subject else ""
    dated = any(x["key"] == "due" for x in fields)  # the examples show what a due date is
    # cards that carry the prompt's own fields ("item, where it was found, date, and who
    # claimed it") are no plan's steps: the examples say they are examples (walk13 #6); nor
    # are the cards of a workflow of its own ("da imballare, imballato, caricato": a move's
    # boxes were "Collect ideas" and "Ask for feedback", walk21 #29)
    plain = bool(named or own_columns)
    titles = [f"{i18n.pick(EXAMPLE, lang)} {i + 1}" for i in range(4)] if plain else \
        i18n.pick(CARDS, lang)
    seed = [{"title": t + (about if i == 0 and not plain else ""), "note": "",
             "col": cols[min(i // 2, len(cols) - 1)][0]}
            | ({"due": f"@day+{2 * i + 1}"} if dated else {})
            | {x["key"]: f"@day-{i}" for x in fields
               if named and x["type"] == "date" and x["key"] != "due"}
            for i, t in enumerate(titles)]
    return "board", fields, seed, {"columns": cols}


# ---- booking -------------------------------------------------------------------------------
NAMES = ("Alex Martin", "Sam Rossi", "Noa Schmidt", "Lea Costa", "Max Dubois", "Eva García",
         "Tom Silva", "Mia Conti")


SERVICE = L("Service", "Prestation", "Servicio", "Leistung", "Serviço", "Servizio")
# what is hired for a day, picked when booking it
HIRED = L("What", "Quoi", "Qué", "Was", "O quê", "Cosa")
# words that name what a booking form asks, not what a place offers ("with name, phone and notes")
_FORM_WORDS = (r"\b(?:names?|noms?|nombres?|nomes?|e-?mail|mail|phones?|address|adresse|"
               r"direcci[óo]n|endere[çc]o|indirizzo|notes?|notas?|notiz|comments?|commentaires?|"
               r"comentarios?|message|nachricht|mensaje|mensagem|messaggio|guests?|people|"
               r"personnes|personas|pessoas|persone|personen|party|size|how many|age|reason|"
               r"motif|motivo|grund|pet|dog|chien|perro|hund|c[ãa]o|cane|time|date|day|hour)\b")


def _services(spec: Spec) -> list[str]:
    """What a place offers, listed in a booking prompt ("with haircut, beard trim and kids
    cut"): a customer picks one, so they are one choice, not a box each to type into. A list
    of what the form asks ("name, phone and notes") or of typed fields is no such list."""
    named = spec.named_fields
    if len(named) < 2 or any(kind != "text" or re.search(_FORM_WORDS, label, re.I)
                             or any(label.lower() == w.lower() for w in FIELD_WORDS)
                             for label, kind in named):
        return []
    return [label for label, _ in named]


def _priced_services(spec: Spec) -> list[str]:
    """The services a booking prompt prices ("une coupe coûte 25 €"): "Coupe · 25 €"."""
    # a service's length is part of its name ("60 min massage $80, 30 min $45"), any other
    # number is not
    return [f"{label} · {price}" for label, price in prices(spec.prompt)
            if not re.search(_FORM_WORDS, label, re.I) and not re.search(r"\d", re.sub(
                _LENGTH_SAID, "", label, flags=re.I)) and not re.search(DEPOSIT, label, re.I)]


# what is paid ahead to hold a booking, not a service to book ("$50 deposit": walk19 #2)
DEPOSIT = (r"\b(?:deposit|acompte|arrhes|se[ñn]al|dep[óo]sito|anticipo|anzahlung|sinal|"
           r"caparra|acconto)\b")
DEPOSIT_LABEL = L("Deposit", "Acompte", "Señal", "Anzahlung", "Sinal", "Caparra")


_LENGTH_SAID = (r"\b\d{1,3}\s*(?:min(?:ute|uto|uti|uten)?s?|h|hours?|heures?|horas?|stunden?|"
                r"ore)\b\.?")


_ONE_OF = {"tische": "Tisch", "räume": "Raum", "raume": "Raum", "plätze": "Platz",
           "platze": "Platz", "bahnen": "Bahn", "stühle": "Stuhl", "stuhle": "Stuhl",
           "kabinen": "Kabine", "salles": "Salle", "tables": "Table", "sale": "Sala",
           "tavoli": "Tavolo", "sedie": "Sedia", "postazioni": "Postazione", "pitches": "Pitch",
           "bureaux": "Bureau", "cabine": "Cabina"}


# tables by their size: "Tische für 2, 4 und 6 Personen", "tables for 2, 4 or 6"
_TABLE_SIZES = (r"\b(?:tables?|tische?|mesas?|tavol[oi])\s+(?:for|f[üu]r|pour|de|para|per|da|a)\s+"
                r"((?:\d{1,2}\s*(?:,|/|\b(?:and|und|et|y|e|or|oder|ou|o)\b)\s*)+\d{1,2})\b")
TABLE_FOR = L("Table for {n}", "Table pour {n}", "Mesa para {n}", "Tisch für {n}",
              "Mesa para {n}", "Tavolo per {n}")


# courts or rooms said by their numbers: "courts 1 to 3", "terrains 1 à 4", "pistas 1 a 3",
# "Platz 1 bis 3", "quadras 1 a 3", "campi da 1 a 3" (walk24 #14: no courts, and "1 à 4" read
# as a class from 01:00 to 04:00)
NUMBERED = re.compile(
    r"\b(?P<word>courts?|rooms?|tables?|lanes?|pitch(?:es)?|fields?|terrains?|salles?|pistas?|"
    r"salas?|mesas?|canchas?|pl[äa]tze?|r[äa]ume?|raum|tische?|bahnen|bahn|quadras?|campo|campi|"
    r"tavol[oi]|postazion[ei]|cabines?|cabinas?|kabinen?|cabina)\s+(?:(?:from|de|del|da|dal|von|"
    r"vom|n[°º.]?|nr\.?|no\.?)\s*)?(?P<a>\d{1,2})\s*(?:to|-|–|à|a|al|bis|até|ao|through)\s*"
    r"(?:(?P=word)\s+)?(?P<b>\d{1,2})\b(?!\s*(?:h\b|uhr|am|pm|:))", re.I)


def _numbered(spec: Spec) -> list[str]:
    """The courts or rooms a booking prompt names by a range of numbers ("courts 1 to 3":
    Court 1, Court 2, Court 3), or []."""
    m = NUMBERED.search(spec.prompt[:4000])
    if not m or not 1 <= int(m.group("a")) < int(m.group("b")) <= 20:
        return []
    word = m.group("word")
    end = next((k for k in sorted(_ONE_OF, key=len, reverse=True) if word.lower().endswith(k)),
               None)
    one = _ONE_OF[end] if end and len(word) == len(end) else _one(word, spec.lang)
    return [f"{cap(one)} {i}" for i in range(int(m.group("a")), int(m.group("b")) + 1)]


def _resources(spec: Spec) -> list[str]:
    """The courts, rooms or tables a booking prompt counts ("2 campi", "three courts", "deux
    salles"), each booked on its own: "Campo 1", "Campo 2"; [] when it counts none. Tables
    by their size ("Tische für 2, 4 und 6 Personen") are "Tisch für 2", "Tisch für 4"…"""
    if sizes := re.search(_TABLE_SIZES, spec.prompt[:4000], re.I):
        ns = list(dict.fromkeys(int(n) for n in re.findall(r"\d+", sizes.group(1))))
        return [i18n.pick(TABLE_FOR, spec.lang).format(n=n) for n in ns if 0 < n <= 50][:12]
    if numbered := _numbered(spec):
        return numbered
    m = re.search(RESOURCES, spec.prompt[:4000], re.I)
    if not m:
        return []
    count, *_, word = m.group().split()
    # said once, a compound's last word too ("Tennisplätze" → "Tennisplatz")
    end = next((k for k in sorted(_ONE_OF, key=len, reverse=True) if word.lower().endswith(k)),
               None)
    one = cap(word[:len(word) - len(end)] + (_ONE_OF[end] if len(word) == len(end) else
                                             _ONE_OF[end].lower())) if end else \
        _one(word, spec.lang)
    return [f"{one} {i}" for i in range(1, int(calcs.number(count.lower())) + 1)]


# At most N bookings a day, a week or a month for each person: "max 2 créneaux par semaine par
# membre", "max 1 résa par jour et par personne", "cada aluno pode marcar no máximo 2 horários
# por semana", "each member books at most 2 slots a week"
_AT_MOST = (r"(?:max(?:imum|imal)?\.?|at most|no more than|up to|au plus|au maximum|"
            r"(?:como |no |al )?m[áa]ximo(?: de)?|hasta|h[öo]chstens|bis zu|al massimo|massimo)")
_PERIOD = {"day": r"day|jour|d[íi]a|tag|giorno", "week": r"week|semaine|semana|woche|settimana",
           "month": r"month|mois|m[eê]s|monat|mese"}
_LIMIT = re.compile(
    rf"\b{_AT_MOST}\s*(?P<n>\d{{1,2}})\s+(?:[\w'’.-]+\s+){{0,2}}?(?:per|par|por|pro|a|à|al|je|"
    r"la|each|every|ogni|cada|in der|na|nella|en la|dans la)\s+(?:la\s+|le\s+|a\s+|the\s+)?"
    rf"(?P<per>{'|'.join(_PERIOD.values())})\b", re.I)
# … of one person (an account, a member, a family): not a slot's or a day's capacity
_EACH_ONE = re.compile(
    r"\b(?:per|par|por|pro|each|every|chaque|cada|jede[rsn]?|ogni|a)\s+(?:person|member|"
    r"resident|student|user|player|family|flat|household|personne|membre|r[ée]sident|adh[ée]rent|"
    r"[ée]l[èe]ve|utilisateur|joueur|famille|foyer|persona|miembro|socio|residente|alumno|"
    r"usuario|jugador|familia|pessoa|membro|s[óo]cio|morador|aluno|usu[áa]rio|jogador|"
    r"fam[íi]lia|mitglied|bewohner|sch[üu]ler|nutzer|spieler|familie|haushalt|studente|utente|"
    r"giocatore|famiglia|conta|account|compte|cuenta|konto)", re.I)


def booking_limit(prompt: str) -> dict | None:
    """How many bookings one person may make a day, a week or a month, when the prompt says so
    ({"n": 2, "per": "week", "rule": "Max 2 créneaux par semaine par membre"}; the rule in the
    prompt's own words, which the page shows); None when it says none."""
    for sentence in re.split(r"[.;!?\n]+(?:\s|$)", prompt[:4000]):
        if (m := _LIMIT.search(sentence)) and _EACH_ONE.search(sentence):
            per = next(k for k, v in _PERIOD.items() if re.fullmatch(v, m.group("per"), re.I))
            # the rule as said: the clause it is in ("…, max 2 créneaux par semaine par
            # membre, un créneau réservé est pris")
            start = max(sentence.rfind(",", 0, m.start()), sentence.rfind(":", 0, m.start())) + 1
            end = sentence.find(",", m.end())
            rule = sentence[start:end if end > 0 else len(sentence)].strip(" -")
            return {"n": max(1, int(m.group("n"))), "per": per, "rule": cap(rule)}
    return None


# a thing hired or a place held for whole days: "renting our vans by the day", "à la journée",
# "por día", "pro Tag", "por dia", "al giorno" (named24: each got hourly slots)
_BY_DAY = (r"\bby the day\b|\bper day\b|\bfull[- ]day\b|\bwhole days?\b|\bday rentals?\b|"
           r"[àa] la journ[ée]e|\bpar jour\b|\bjourn[ée]es? enti[èe]res?|\bpor d[íi]as?\b|"
           r"\bd[íi]as? complet[oa]s?\b|\bdias? inteiros?\b|\bdi[áa]rias?\b|\bpro tag\b|"
           r"\btageweise\b|\bganzt[äa]gig|\bal giorno\b|\bgiornat[ae] inter[ae]\b|"
           r"\bper (?:la )?giornata\b|\bgiornalier[oaie]\b")
WHOLE_DAY = L("Whole day", "Journée entière", "Día completo", "Ganzer Tag", "Dia inteiro",
              "Giornata intera")


# a shorter time said beside the day, which the day's slots would drop ("by the day or by the
# hour", "al giorno o a mezza giornata": review24 #32 booked whole days only, approved)
_BY_HOUR = (r"\bby the hour\b|\bper hour\b|\bhourly\b|[àa] l['’]heure\b|\bpar heure\b|"
            r"\bpor horas?\b|\bpro stunde\b|\bstundenweise\b|\ball['’]ora\b|\bper ora\b|"
            r"\ba ore\b|\bad ore\b")
_HALF_DAY = (r"\bhalf[- ]days?\b|\bdemi[- ]journ[ée]es?\b|\bmedi[oa]s? d[íi]as?\b|"
             r"\bmedias? jornadas?\b|\bhalbe[nr]? tag\w*|\bhalbt[äa]gig\w*|"
             r"\bmeio per[íi]odo\b|\bmeias? di[áa]rias?\b|\bmeio dia\b|\bmezza giornata\b|"
             r"\bmezze giornate\b")


def finer_than_day(prompt: str) -> str:
    """"hour" or "half" when a booking by the day is also asked by the hour or the half day
    (its slots are then of that length, and a day is all of them); "" otherwise."""
    text = prompt[:4000]
    return "hour" if re.search(_BY_HOUR, text, re.I) else \
        "half" if re.search(_HALF_DAY, text, re.I) else ""


def by_day(prompt: str) -> bool:
    """Whether a booking is for whole days: hired or held by the day, no length of slot said,
    and "per day" not a limit for each person ("max 1 booking per day per member")."""
    return any(re.search(_BY_DAY, sentence, re.I) and not _LIMIT.search(sentence)
               for sentence in re.split(r"[.;!?\n]+(?:\s|$)", prompt[:4000])) and \
        not said_minutes(prompt)


def _booking(spec: Spec) -> tuple[str, list, list, dict]:
    lang = spec.lang
    fields = [f("date", lang, "date", True), f("time", lang, "time", True),
              f("name", lang, required=True), *_contact(spec), f("note", lang)]
    services = _priced_services(spec) or _services(spec)
    if services:
        fields.insert(3, f("service", lang, "select", True, [[slug(x), x] for x in services],
                           label=i18n.pick(SERVICE, lang)))
    else:
        fields = _said_form(spec, fields)
    # the courts' numbers are no hours ("terrains 1 à 4, créneaux de 8h à 22h")
    timed = replace(spec, prompt=NUMBERED.sub(lambda m: m.group("word"), spec.prompt))
    hours = opening(timed.prompt, lang)
    # a new booking page has no bookings: made-up customers' names on taken slots read as
    # real ones; its list says to pick a free slot
    seed: list[dict] = []
    short = re.search(r"barber|coiff|peluquer|friseur|barbe|cabeleir|parrucch|hundesalon|"
                      r"grooming|toilettage", spec.prompt, re.I)
    # a slot as long as the prompt says ("slot da 90 minuti dalle 8 alle 22")
    opts = {"start": hours.start, "end": hours.end,
            "step": said_minutes(spec.prompt) or (30 if short else 60),
            "closed": list(hours.closed) or _not_the_days_said(spec.prompt)}
    classes, step = _classes(timed), said_minutes(spec.prompt)
    if step and all(c.end and _minutes(c.end) - _minutes(c.time) > step for c in classes):
        classes = []  # "Saturdays 10:00-16:00, 30 minute slots": opening hours cut in slots
    if classes:  # the classes the prompt lists are what is booked
        # a class named nowhere beside its days is the page's own ("reservas para clases de
        # yoga, lunes miércoles y viernes a las 7 y a las 19")
        # (time windows booked, "créneau de cuisson le samedi : 9h-11h, 11h-13h", are no
        # classes: round 23's slots each read "Login", "Appointment reminders" or "Anderen als
        # belegt angezeigt werden", the subject of a prompt that named no class)
        about = "" if any(c.title for c in classes) or not re.search(
            f"{_A_CLASS}|{_TOURS}", spec.prompt, re.I) else _class_title(spec)
        opts["sessions"] = [{"title": c.title or about, "day": c.day, "time": c.time,
                             "end": c.end, "spots": c.spots or 1} for c in classes]
        opts["tagline"] = "classes"
    elif (one := _one_class(timed)) is not None:
        opts["sessions"], opts["tagline"] = [one], "classes"
    elif (spots := listed.spots_said(spec.prompt)) > 1 and (re.search(
            _PER_SLOT, listed.spots_phrase(spec.prompt), re.I) or _at_most_in_a_room(spec)):
        # "4 people per slot", or a room's "máximo 4 personas" (walk20 #34): each slot is
        # booked that many times
        opts["capacity"] = spots
    hire = not opts.get("sessions") and by_day(spec.prompt)
    if hire and (finer := finer_than_day(spec.prompt)):
        # by the day or by the hour (or the half day): slots of the shorter time, a day being
        # all of them; the things listed are hired all the same
        opts["step"] = 60 if finer == "hour" else round((hours.end - hours.start) * 30)
    elif hire:
        # one slot a day ("camper vans by the day: Big Bertha, Little Blue, Sunny")
        opts["day"] = i18n.pick(WHOLE_DAY, lang)
        # a booking's "time" is then that word (a text column in full-stack's table)
        fields = [x | {"type": "text"} if x["key"] == "time" else x for x in fields]
    if hire:
        # the things listed for hire are each booked on their own
        hired = next(iter(carried.colon_lists(spec.prompt, numbered=True)), [])
        if len(hired) >= 2:
            opts["resources"] = [cap(x) for x in hired]
            fields = [x for x in fields if x["key"] != "service"]
            fields.insert(3, f("resource", lang, "select", True,
                               [[x, x] for x in opts["resources"]], label=i18n.pick(HIRED, lang)))
    if not opts.get("sessions") and not opts.get("resources") and (many := _resources(spec)):
        # "2 campi, slot da 1 ora": each court booked on its own, a slot free while one is
        opts["resources"] = many
        fields.insert(3, f("resource", lang, "select", True, [[x, x] for x in many],
                           label=many[0].split(" ", 1)[0] if re.search(
                               _TABLE_SIZES, spec.prompt[:4000], re.I) else
                           many[0].rsplit(" ", 1)[0]))
    if days := booked_days(spec.prompt):
        opts["dates"] = days  # those days alone, whatever weekday a class was said on
        for c in opts.get("sessions", []):
            c["day"] = None
    if limit := booking_limit(spec.prompt):
        # "max 2 créneaux par semaine par membre": the page says it and refuses a third (the
        # database too, for each account, in full-stack mode)
        opts["limit"] = limit
    return "booking", fields, seed, opts


# before or after a date, words that make it no day the page books: "closed on 25 December",
# "from 3 March", "opening on …", "sábado 11 de abril já tenho 2" (a day already busy)
_NOT_THE_DAY = (r"\b(?:closed|ferm[ée]e?s?|cerrad[oa]s?|geschlossen|fechad[oa]s?|chius[oa]|"
                r"from|starting|since|after|until|till|before|partir|d[èe]s|desde|"
                r"hasta|ab|bis|dal|dopo|fino|at[ée]|opening|opens|ouverture|apertura|"
                r"inaugur\w*|er[öo]ffn\w*|already|d[ée]j[àa]|ya|gi[àa]|schon|j[áa]|except|"
                r"sauf|salvo|au[ßs]er|exceto|tranne)\b")


def booked_days(prompt: str) -> list[str]:
    """The days a booking page is for when the prompt names them ("only on Saturday 14
    March", "sabato 14 giugno: turni alle 10, 11:30…", "le 4, 11 et 18 octobre"), as
    YYYY-MM-DD; [] for a page open every week (a date said as when it opens, closes or is
    already busy is none)."""
    if listed_ := _listed_days(prompt):
        return listed_
    words = said_date_words(prompt)
    at = prompt.find(words) if words else -1
    if at < 0 or said_date_words(prompt[at + len(words):]):
        return []  # none, or two dates apart: a range, or a day off
    # the two words before it and its own clause after ("sábado 11 de abril já tenho 2")
    before = " ".join(prompt[:at].split()[-2:])
    after = re.split(r"[,.;:!?(]", prompt[at + len(words):], maxsplit=1)[0]
    clause = re.split(r"[.;!?\n]", prompt[:at])[-1]  # "Premier week-end : samedi 14 …"
    if re.search(_NOT_THE_DAY, f"{before} | {after}", re.I) or re.search(_FIRST, clause, re.I):
        return []
    day = said_date(prompt)
    return [day] if day and day >= datetime.date.today().isoformat() else []


# the first of many: "Premier week-end : samedi 14 juin", "first session on 3 March"
_FIRST = (r"\b(?:first|premi[eè]re?|primer[oa]?|erste[nrs]?|primeir[oa]|prim[oa]|"
          r"start\w*|d[ée]but|comienz\w*|inicio|beginn\w*|come[çc]\w*|inizi\w*)\b")


def _not_the_days_said(prompt: str) -> list[int]:
    """The days a booking page is shut when the sentence of its hours names the days it is
    open and no range ("un créneau de 30 min entre 9h et 12h le samedi", "le mardi et le jeudi
    matin, entre 9h et 12h"): every other day; [] when that sentence names no day."""
    for sentence in re.split(r"[.!?;\n]", prompt[:4000]):
        if said_span(sentence) is None:
            continue
        days = {day_number(d) for d in re.findall(rf"(?<![\w-])({day_pattern()})s?\b",
                                                  sentence, re.I)}
        return sorted(set(range(7)) - days) if 0 < len(days) < 7 else []
    return []


def _minutes(clock: str) -> int:
    hours, _, minutes = clock.partition(":")
    return int(hours) * 60 + int(minutes or 0)


# at most so many ("máximo 4 personas", "max. 6 Personen", "up to 8 people") in a place each
# person books for themselves (a gym, a sauna, a pool): that many at once
_AT_MOST = (r"\b(?:max\w*|m[áa]x(?:imo|\.)|massimo|up to|at most|jusqu'(?:à|a)|au plus|hasta|"
            r"at[ée]|bis zu|h[öo]chstens|fino a)\b")
_A_ROOM = (r"\b(?:gym|gimnasio|gin[áa]sio|academia|palestra|fitness\w*|sauna|piscina|pool|"
           r"schwimmbad|piscine|sala de pesas|salle de (?:sport|musculation)|weight room|"
           r"kraftraum|sala pesi|sala de muscula[çc][ãa]o)\b")
# (a meeting room's "máximo 6 personas" is who comes to its one booking, not places a slot)


def _at_most_in_a_room(spec: Spec) -> bool:
    """Whether a booking's places are at most so many in the place it books ("sala de pesas
    … máximo 4 personas", "Sauna … max. 6 Personen", "4 personnes maximum")."""
    phrase = listed.spots_phrase(spec.prompt)
    return bool(phrase) and bool(re.search(_AT_MOST, phrase, re.I) or re.search(
        rf"{_AT_MOST}\.?\s*{re.escape(phrase)}", spec.prompt, re.I)) and bool(
        re.search(_A_ROOM, spec.prompt, re.I)) and not re.search(_TABLE_SIZES, spec.prompt, re.I)


# places said of each slot or class ("4 people per slot", "5 alunos por turma"); a room's
# "máximo 6 personas" is how many come to one booking, not how many bookings a slot takes
_PER_SLOT = (r"\b(?:per|par|por|pro|je|a|an|each|every|cada|ogni|al|à)\s+(?:time ?slot|slot|"
             r"class|session|lesson|group|hour|turma|aula|clase|cours|cr[ée]neau|s[ée]ance|"
             r"termin|kurs|stunde|sessione|lezione|turno|franja|horario|hora|heure|ora|"
             r"sess[ãa]o|grupo|gruppo|groupe)s?\b")


def lone_price(prompt: str) -> str:
    """The one price a booking prompt states without saying what it is for ("45 minutes each,
    £25", "5 alunos por turma, 35 euros"): each slot's or class's. "" when it states none or
    several (those are prices(): "haircut £20, beard trim £10")."""
    found = {m.group().strip() for m in re.finditer(MONEY, prompt, re.I)}
    return found.pop() if len(found) == 1 else ""


_EMAIL = r"\be-?mails?\b|\bcorreos?\b|\bcourriels?\b|\bmail\b"
_PHONE = (r"\bphones?\b|t[ée]l[ée]phone|telefon|tel[ée]fono|telefone|\bmobile\b|\bcell\b|"
          r"\bhandy\b|cellulare|celular|portable|whatsapp")


# a note said in the prompt's words: "notas", "Anliegen", "comments", "message"
_NOTE_SAID = (r"^(?:notes?|notas?|notiz\w*|anmerkung\w*|anliegen|comments?|commentaires?|"
              r"comentarios?|coment[áa]rios?|commenti|observa[çc][õo]es|observaciones|"
              r"messages?|mensajes?|mensage[mn]s?|messaggi|nachricht\w*|remarques?)$")


def _said_form(spec: Spec, fields: list[dict]) -> list[dict]:
    """A booking form as the prompt lists it ("nom, nombre de personnes, date, heure et
    allergies"): its date, time and name, then what it names in its words and order, each in
    the template's place when it is one (a phone, an e-mail, a note); the template's phone or
    note it does not name is left out (it was added beside: "Telefon" and "Telefonnummer")."""
    named = spec.named_fields
    plain = _A_NAME + r"s?$"  # "nom", "your name"; not "nombre de personnes", "Nom du chien"
    if len(named) < 2 or not any(re.match(plain, label, re.I) for label, _ in named):
        return prompt_fields(spec, fields)
    own = {x["key"]: x for x in fields}
    out = [own["date"], own["time"], own["name"]]
    for label, kind in named:
        if re.match(plain, label, re.I) or kind in ("date", "time") or re.fullmatch(
                r"(?:dat[eao]|fecha|datum|time|heure|hora|uhrzeit|ora|hor[áa]rio)", label, re.I):
            continue  # the form's own name, day and time
        key = {"tel": "phone", "email": "email"}.get(kind) or (
            "note" if re.match(_NOTE_SAID, label, re.I) else "")
        if key and key not in {x["key"] for x in out}:
            out.append({**(own.get(key) or f(key, spec.lang, kind if kind != "text" else "text")),
                        "label": label})
        else:
            out = prompt_fields(replace(spec, named_fields=((label, kind),)), out)
    return out


def _contact(spec: Spec) -> list[dict]:
    """How a booking reaches the person: the e-mail the prompt asks for, its phone, or both;
    a phone when it says neither (walk13 #33: "their name and email" got a Phone field)."""
    email, phone = (bool(re.search(p, spec.prompt, re.I)) for p in (_EMAIL, _PHONE))
    return [*([f("phone", spec.lang, "tel")] if phone or not email else []),
            *([f("email", spec.lang, "email")] if email else [])]


# A class, course or workshop: its hours are one session, its places are who may book it
_A_CLASS = (r"\b(?:class(?:es)?|course|lessons?|workshops?|cours|s[ée]ances?|ateliers?|"
            r"clases?|cursos?|taller(?:es)?|sesi[oó]n|kurs\w*|workshop|stunde|corsi|corso|"
            r"lezion[ei]|laborator[io]|aulas?|oficinas?)\b")


def _one_class(spec: Spec) -> dict | None:
    """The one class a prompt books by its hours and places ("mon cours de poterie le samedi
    matin : 10h à 12h, 8 places"): a session on the day it names with that many places, not
    a grid of hourly slots each booked once; None for any other booking page."""
    span, spots = said_span(spec.prompt), listed.spots_said(spec.prompt)
    if span is None or spots < 2 or not re.search(_A_CLASS, spec.prompt, re.I) or \
            said_minutes(spec.prompt) or span[1] - span[0] > 4:
        return None
    days = {day_number(d) for d in re.findall(rf"(?<![\w-])({day_pattern()})s?\b",
                                              spec.prompt, re.I)}
    return {"title": "", "day": days.pop() if len(days) == 1 else None, "time": _hhmm(span[0]),
            "end": _hhmm(span[1]), "spots": spots}


# guided visits and tastings booked by their times are sessions too ("visite guidate della
# cantina: turni alle 10, 11:30 …")
_TOURS = (r"\b(?:guided tours?|tours?|visit\w* guidat\w*|visites? guid[ée]es?|visitas? guiadas?|"
          r"f[üu]hrung\w*|tastings?|d[ée]gustations?|degustaci[oó]n\w*|degusta[çc][ãa]o|"
          r"degustazion\w*|weinprobe\w*)\b")


def _class_title(spec: Spec) -> str:
    """What the prompt's classes are, by its subject ("Clases de yoga"), without the days
    it runs on ("yoga classes on Monday and Thursday": not "Yoga classes on Monday")."""
    subject = re.split(rf"\s+(?:on|every|le|les|el|los|am|jeden|il|di|na|no|às|a|de)\s+"
                       rf"(?:{day_pattern()})", spec.subject or "", flags=re.I)[0]
    return cap(subject) if subject else ""


def _classes(spec: Spec) -> list[listed.Session]:
    """The classes or shifts a prompt lists with their times: two or more, or one on its
    day ("yoga Tuesday 18:30"); a lone time is no timetable."""
    found = listed.sessions(spec.prompt, spec.lang)
    return found if len(found) >= 2 or (found and found[0].day is not None) else []


# ---- directory -----------------------------------------------------------------------------
DAYS_LABEL = L("Days", "Jours", "Días", "Tage", "Dias", "Giorni")
WEEKDAYS = L(("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
             ("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"),
             ("domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"),
             ("Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"),
             ("domingo", "segunda", "terça", "quarta", "quinta", "sexta", "sábado"),
             ("domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"))
SPECIES = L(("dog", "cat", "other"), ("chien", "chat", "autre"), ("perro", "gato", "otro"),
            ("Hund", "Katze", "anderes"), ("cão", "gato", "outro"), ("cane", "gatto", "altro"))
ADOPT = L(("available", "reserved", "adopted"), ("disponible", "réservé", "adopté"),
          ("disponible", "reservado", "adoptado"), ("verfügbar", "reserviert", "vermittelt"),
          ("disponível", "reservado", "adotado"), ("disponibile", "prenotato", "adottato"))
PETS = (("Luna", 0, 3, "Calm, loves walks."), ("Milo", 1, 2, "Curious and cuddly."),
        ("Rex", 0, 6, "Gentle with children."), ("Nala", 1, 1, "Playful kitten."))


# A lending library: what is lent, who has it, since when and when it is due back.
LOAN = {"item": L("Item", "Objet", "Artículo", "Gegenstand", "Item", "Oggetto"),
        "book": L("Book", "Livre", "Libro", "Buch", "Livro", "Libro"),
        "holder": L("Who has it", "Qui l'a", "Quién lo tiene", "Wer hat es", "Quem está com ele",
                    "Chi ce l'ha"),
        "since": L("Lent on", "Prêté le", "Prestado el", "Verliehen am", "Emprestado em",
                   "Prestato il"),
        "due": L("Due back", "À rendre le", "Devolver el", "Zurück bis", "Devolver até",
                 "Da restituire il"),
        "status": L(("available", "on loan"), ("disponible", "prêté"),
                    ("disponible", "prestado"), ("verfügbar", "verliehen"),
                    ("disponível", "emprestado"), ("disponibile", "in prestito"))}
_HELD_SINCE = L("Since", "Depuis le", "Desde", "Seit", "Desde", "Dal")
BOOKS = ("The Hobbit", "Dune", "Pride and Prejudice", "One Hundred Years of Solitude")
THINGS = L(("Cordless drill", "Ladder", "Tent", "Board game: Catan"),
           ("Perceuse", "Échelle", "Tente", "Jeu : Catan"),
           ("Taladro", "Escalera", "Tienda de campaña", "Juego: Catan"),
           ("Akkubohrer", "Leiter", "Zelt", "Spiel: Catan"),
           ("Furadeira", "Escada", "Barraca", "Jogo: Catan"),
           ("Trapano", "Scala", "Tenda", "Gioco: Catan"))
_BOOKISH = r"\bbooks?\b|livres?|libros?|b[üu]ch|livros?|libri|lectur|lecture|leitura|lettura|" \
           r"biblioth|bibliotec|reading|lese"


def _lending(spec: Spec) -> tuple[str, list, list, dict]:
    """Things lent and borrowed: who has each, since when, when it is due back, and whether
    it is in (a filter by the status)."""
    lang, books = spec.lang, bool(re.search(_BOOKISH, spec.prompt.lower()))
    states = i18n.pick(LOAN["status"], lang)
    if thing := shapes.held_thing(spec.prompt):
        # who holds which of a group's things (keys, badges): each thing, who has it, since
        # when; nothing is due back
        fields = prompt_fields(spec, [
            f("name", lang, required=True, label=thing),
            f("holder", lang, required=True, label=i18n.pick(LOAN["holder"], lang)),
            f("since", lang, "date", label=i18n.pick(_HELD_SINCE, lang)), f("note", lang)])
        return "list", fields, [{"name": f"{thing} {i + 1}", "holder": NAMES[i],
                                 "since": f"@day-{40 * i + 12}", "note": ""}
                                for i in range(3)], {}
    own = _lent_things(spec)
    spec = replace(spec, named_fields=tuple(x for x in spec.named_fields if x[0] not in own))
    fields = prompt_fields(spec, [
        f("name", lang, required=True, label=i18n.pick(LOAN["book" if books else "item"], lang)),
        f("status", lang, "select", options=[[s, cap(s)] for s in states]),
        f("holder", lang, label=i18n.pick(LOAN["holder"], lang)),
        f("since", lang, "date", label=i18n.pick(LOAN["since"], lang)),
        f("due", lang, "date", label=i18n.pick(LOAN["due"], lang))])
    if own:  # the person's own things, all in to start
        return "list", fields, [{"name": n, "status": states[0]} for n in own], {"own": True}
    names = BOOKS if books else i18n.pick(THINGS, lang)
    seed = [{"name": n, "status": states[1 if i % 2 == 0 else 0],
             "holder": NAMES[i] if i % 2 == 0 else "", "since": f"@day-{3 + i}" if i % 2 == 0
             else "", "due": f"@day+{11 - i}" if i % 2 == 0 else ""}
            for i, n in enumerate(names)]
    return "list", fields, seed, {}


def _lent_things(spec: Spec) -> list[str]:
    """The things a lending prompt lists ("lend and borrow tools: drill, ladder, lawnmower",
    "members borrow ropes and harnesses"): rows to lend, not fields (walk13 #30, walk14 #24
    made a column of each); a list of what a row holds ("item, who has it, due date") is
    none."""
    said = [m.group(1) for m in re.finditer(_BORROWED, spec.prompt, re.I)]
    for items in [*carried.colon_lists(spec.prompt),
                  *([x.strip() for x in re.split(shapes.AND + r"|\sor\s", s)] for s in said)]:
        items = [re.sub(r"^(?:the|our|my|les|des|los|las|die|os|as|i|gli|le)\s+", "", x,
                        flags=re.I) for x in items if x]
        if len(items) >= 2 and all(len(x.split()) <= 3 for x in items) and not any(
                shapes.field_type(x) != "text" or re.match(_WHO_WHERE, x, re.I) or
                re.search(_FORM_WORDS, x, re.I) for x in items):
            return [cap(x) for x in items]
    return []


# what is borrowed or lent, said after the verb: "members borrow ropes and harnesses and
# return them", "on se prête la perceuse et l'échelle"
_BORROWED = (r"\b(?:borrow|lend|emprunte\w*|pr[êe]te\w*|prestan?|piden prestad[oa]s?|"
             r"leihen|leiht|verleihen|emprestam?|prestano)\s+(?:(?:and|et|y|und|e)\s+"
             r"(?:borrow|lend|emprunte\w*|pr[êe]te\w*|leihen)\s+)?"
             r"([^.;:!?,]+?)(?=\s+(?:and|et|y|und|e)\s+(?:return|give|bring|rendre|rendent|"
             r"devolver|devuelven|zur[üu]ck|devolvem|restituire)\b|[.;:!?]|$)")


# an item that says who, where or when of a row, in the six languages
_WHO_WHERE = (r"(?:who|where|when|which|what|qui|o[uù]|quand|qui[ée]n|d[oó]nde|cu[aá]ndo|wer|"
              r"wo|wann|quem|onde|quando|chi|dove)\b")


# A directory of people, businesses or places, which have a phone, an e-mail and an address
# (a recipe box or a list of board games has none), in the six languages.
_REACHABLE = (r"contact|member|people|person|team|staff|employ|club|suppl|vendor|client|"
              r"customer|plumber|electric|artisan|trade|doctor|dentist|tutor|teacher|coach|"
              r"babysit|neighbo|volunteer|parent|famil|friend|business|compan|shop|store|"
              r"restaurant|caf[eé]|\bbars?\b|hotel|venue|places?\b|services?\b|provider|"
              r"freelanc|craft|handwerk|kontakt|mitglied|verein|nachbar|annuaire|contato|"
              r"contacto|membre|miembro|membro|socio|soci\b|entrepr|empresa|aziend|firm|"
              r"m[ée]dec|medic|arzt|[äa]rzte|anwalt|avocat|abogad|advogad|avvocat|rubrica|"
              r"telefon|phone|e-?mail|adress|quartier|barrio|bairro|quartiere|voisin|vecin|"
              r"vizinh|vicin|association|asociaci|associa|gruppe|groupe|grupo|gruppo|"
              r"kunden|clientes|clienti|clients|lieferant|fournisseur|proveedor|fornecedor|"
              r"fornitor|école|escuela|escola|scuola|schule|school|class|klasse|turma|"
              r"alumn|[ée]l[èe]ves|schüler|students?|studenti|estudiantes")


_FOR_WHOM = (r"(?i)\b(?:for|pour|para|pra|f[üu]r|per)\s+(?:(?:the|my|our|ma|mon|mes|notre|nos|la|le|"
             r"les|mi|mis|nuestr[oa]s?|meine[nm]?|unsere[nm]?|die|den|minha|meu|nossa|nosso|a|o|"
             r"il|mio|mia|nostr[oa])\s+)+\w+(?:\s+\w+)?\s*(?=[,.;:!?]|$)")


def _directory(spec: Spec) -> tuple[str, list, list, dict]:
    lang = spec.lang
    if re.search(LEND, spec.prompt.lower()):
        return _lending(spec)
    if re.search(titles.ADOPT, spec.prompt.lower()):
        sp, st = i18n.pick(SPECIES, lang), i18n.pick(ADOPT, lang)
        fields = [f("name", lang, required=True),
                  f("species", lang, "select", True, [[s, cap(s)] for s in sp]),
                  f("age", lang, "number"), f("description", lang),
                  f("status", lang, "select", options=[[s, cap(s)] for s in st])]
        seed = [{"name": n, "species": sp[s], "age": a, "description": d, "status": st[0]}
                for n, s, a, d in PETS]
        return "list", fields, seed, {}
    # classes listed with their days and times ("zumba lundi et jeudi 18h, spinning mercredi
    # 19h"): a row a class with all its days and its time (their words made fields named
    # "zumba_lundi" and "jeudi_18h")
    classes = [c for c in _classes(spec) if c.title and c.day is not None]
    if len(classes) >= 2:
        days = i18n.pick(WEEKDAYS, lang)
        rows: dict[str, dict] = {}
        for c in classes:
            row = rows.setdefault(c.title, {"name": c.title, "days": [], "time": c.time})
            row["days"].append(days[c.day])
        fields = [f("name", lang, required=True),
                  f("days", lang, "tags", label=i18n.pick(DAYS_LABEL, lang)),
                  f("time", lang, "time"), f("description", lang, "textarea")]
        return "list", fields, [{**r, "days": ", ".join(r["days"])} for r in rows.values()], {
            "own": True}
    # the prompt's own entries, each with what it says of them ("Taco Loco (mexican, mon+wed,
    # takes cards), …", "Hof Brinkmann: Eier, Kartoffeln. Imkerei Sommer: Honig.") as tags
    # to filter by. Before named lists ("Members: Anna, Ben. Books: Dune, Emma."), whose
    # labels are one word, entries in brackets or under names of two words or more
    own = listed.entries(spec.prompt)
    named_lists = not own or (any(" " not in n for n, _ in own)
                              and not listed.entries(spec.prompt, False))
    if named_lists and (named := _groups(spec, log=False)):
        return named
    if own:
        fields = [f("name", lang, required=True),
                  f("tags", lang, "tags", label=i18n.pick(TAGS, lang))]
        reachable = re.search(_REACHABLE, spec.prompt, re.I)
        fields += [f("phone", lang, "tel"), f("address", lang)] if reachable else [
            f("description", lang, "textarea")]
        return "list", fields, [{"name": n, "tags": ", ".join(tags)} for n, tags in own], {
            "own": True}
    if re.search(shapes.RECIPES, spec.prompt, re.I):
        # a recipe holds what it takes and how it is made, never a phone or an e-mail
        # (walk17 #7: "a recipe box for my family" had Phone, Email and Address)
        fields = prompt_fields(spec, [
            f("name", lang, required=True), f("category", lang),
            f("ingredients", lang, "textarea"), f("steps", lang, "textarea"),
            f("prep", lang, "number"), f("servings", lang, "number")])
        return "list", fields, [], {}
    entry = _entry_named(spec)  # "domaine, millésime, …": the domaine names each wine
    fields = prompt_fields(replace(spec, named_fields=tuple(
        x for x in spec.named_fields if x[0] != entry)),
        [f("name", lang, required=True, label=entry or None)])
    # whom the list is for says nothing of what its entries are: "for my family", "pour mon
    # club" (a recipe box or a list of games for them has no phone to keep)
    if len(fields) == 1 and re.search(_REACHABLE, re.sub(_FOR_WHOM, " ", spec.prompt), re.I):
        fields += [f("category", lang), f("phone", lang, "tel"), f("email", lang, "email"),
                   f("address", lang)]
    elif len(fields) == 1:  # recipes, games, wines: no phone or e-mail to keep
        fields += [f("category", lang), f("description", lang, "textarea")]
    if spec.has("ratings") and not any(x["type"] == "rating" for x in fields):
        fields.append(f("rating", lang, "rating", label=i18n.pick(RATING, lang)))
    # the kinds its subject lists are each entry's ("fontaneros y electricistas": walk21 #8
    # could not say which trade an entry was)
    if (kinds := shapes.kinds_of(spec.subject)) and not any(x["type"] == "select" for x in fields):
        fields.insert(1, f("category", lang, "select", options=[[k.lower(), k] for k in kinds],
                           label=i18n.pick(KIND, lang)))
    # a day a supplier delivers, a market is held: a weekday that comes back, not one date
    # (walk21 #16 had a date picker)
    days = i18n.pick(WEEKDAYS, lang)
    fields = [{**x, "type": "select", "options": [[d.lower(), d] for d in (*days[1:], days[0])]}
              if x["type"] == "date" and re.search(_WEEKDAY_FIELD, x["label"], re.I)
              and not re.search(_BORN, x["label"], re.I) else x for x in fields]
    # a new directory starts empty: made-up people with phone numbers and e-mails read as
    # real entries; its table says to add the first one
    return "list", fields, [], {}


# a day in a directory's entry ("giorno di consegna", "delivery day", "jour de marché",
# "Liefertag"): a weekday; a birthday is a date
_WEEKDAY_FIELD = r"(?:^|\s)(?:days?|jours?|d[íi]as?|giorn[oi]|tag)(?:\s|$)|\w+tag$"
_BORN = (r"birth|naissance|nacimiento|geburt|nascimento|nascita|anniv|cumple|compleann|"
         r"feiertag|date")


# A list the prompt calls an inventory, a catalogue or a collection: its entries are things,
# the first of what each holds names it ("inventaire de ma cave à vin : domaine, millésime")
_KEPT_THINGS = rf"\b(?:{titles.KEPT_THINGS})\b"
# a thing's title is its name ("title, author, year": no Name beside the Title)
_TITLE_WORD = r"titles?|titres?|t[íi]tulos?|titel|titol[oi]"


def _entry_named(spec: Spec) -> str:
    """The field the prompt lists that names each entry of a directory of things, in its
    words, or "": a title, the thing's own noun ("jogos de tabuleiro: jogo, jogadores…"), or
    the first thing listed for an inventory, a catalogue or a collection (a "Nom" stood
    before "Domaine" in a wine cellar's inventory)."""
    text = [(lb, kind) for lb, kind in spec.named_fields if kind == "text"]
    if not text:
        return ""
    if title := next((lb for lb, _ in text if re.fullmatch(_TITLE_WORD, lb, re.I)), ""):
        return title
    first, kind = spec.named_fields[0]
    if kind == "text" and re.search(_KEPT_THINGS, spec.prompt, re.I) and not re.fullmatch(
            f"{_NAME_SAID}|{ROLES['name']}", first, re.I):
        return first
    noun = re.findall(r"[^\W\d_]{3,}", spec.subject.lower())[:1]
    return next((lb for lb, _ in text if noun and " " not in lb and len(lb) >= 3 and (
        noun[0] == lb.lower() or (noun[0].startswith(lb.lower())
                                  and len(noun[0]) - len(lb) <= 2))), "")


# ---- leaderboard ---------------------------------------------------------------------------
# What a leaderboard ranks, by the prompt's words: (pattern, label, seed scores, order, match)
# — a rating moves by Elo after each game; a time ranks the lowest first.
SCORES = [
    (r"\belo\b|ratings?\b|\bladder|classement elo|wertung", "rating",
     L("Rating", "Cote Elo", "Elo", "Elo-Wertung", "Rating", "Elo"),
     (1640, 1580, 1530, 1490, 1450, 1400), "desc", "elo"),
    # golf counts strokes: the fewest ranks first, and it is no time (walk18 #2 ranked a
    # golf league by 'Time (min)')
    (r"\bgolf|minigolf|\bstrokes\b|\bschl[äa]ge\b|\bcoups\b|\bgolpes\b|\btacadas\b|"
     r"\bcolpi\b|\bpar\s+\d", "strokes",
     L("Strokes", "Coups", "Golpes", "Schläge", "Tacadas", "Colpi"),
     (71, 73, 75, 78, 81, 84), "asc", ""),
    # a time asked for ranks before a distance it is run over ("Laufzeit über 5 km, schnellste
    # Zeit oben", "temps sur 100 m, le plus rapide en haut": walk14 #3)
    (r"fastest|quickest|best times?|lap times?|\btimes\b|chrono|tiempos?\b|zeiten|bestzeit|"
     r"tempos?\b|tempi\b|schnellst\w*|\bzeit\b|laufzeit|schwimmzeit|fahrzeit|rundenzeit|\btemps\b|plus rapides?|"
     r"m[áa]s r[áa]pid\w*|mais r[áa]pid\w*|pi[ùu] veloc\w*", "time",
     L("Time (min)", "Temps (min)", "Tiempo (min)", "Zeit (min)", "Tempo (min)", "Tempo (min)"),
     (21.5, 23.0, 24.2, 25.8, 27.1, 29.4), "asc", ""),
    (r"\bwins?\b|victor|victoires?\b|\bsieg(?:e|en)?\b|vit[óo]rias?|vittorie", "wins",
     L("Wins", "Victoires", "Victorias", "Siege", "Vitórias", "Vittorie"),
     (9, 8, 6, 5, 3, 1), "desc", "win"),
    (r"\bgoals?\b|\bbuts\b|goles|\btore\b|\bgols\b|\bgol\b|scorers?|torsch|buteurs?|"
     r"goleador|artilheir|marcatori", "goals",
     L("Goals", "Buts", "Goles", "Tore", "Gols", "Gol"), (14, 11, 9, 7, 4, 2), "desc", ""),
    (r"\bsteps?\b|\bpas\b|pasos|schritte|passos|passi", "steps",
     L("Steps", "Pas", "Pasos", "Schritte", "Passos", "Passi"),
     (82000, 76500, 70100, 64800, 51200, 43900), "desc", ""),
    (r"\bkm\b|kilomet|\bmiles\b|distance|distancia|strecke|dist[âa]ncia", "km",
     L("Distance (km)", "Distance (km)", "Distancia (km)", "Strecke (km)", "Distância (km)",
       "Distanza (km)"), (212, 187, 160, 143, 98, 75), "desc", ""),
]
# the period a count runs over, said after it ("total pushups this month")
_THIS_PERIOD = (r"\s+(?:this|per|a|each|every|ce|cette|par|este|esta|por|al|diese[nrs]?|pro|im|"
                r"questo|questa|al|nel|neste|nesta)\s+(?:week|month|year|season|semaine|mois|"
                r"ann[ée]e|saison|semana|mes|m[êe]s|a[ñn]o|temporada|woche|monat|jahr|saison|"
                r"settimana|mese|anno|stagione)(?:-ci)?$")
# Rows that are teams: named so, or a league of a team sport
_TEAMS = (r"\b(?:teams?|[ée]quipes?|equipos?|squadr[ae]|mannschaft(?:en)?|equipas?|times)\b|"
          r"\b(?:liga|ligue|league|lega|campeonato|championnat|meisterschaft|campionato)\b.*\b(?:"
          r"f[úu]tbol|futebol|football|soccer|futsal|f[úu]tbol sala|fu[ßs]ball|calcio|calcetto|"
          r"basket\w*|baloncesto|basquete|volley\w*|v[óo]lei\w*|voleibol|pallavolo|handball|"
          r"balonmano|hockey|rugby|cricket|water ?polo|pallanuoto)\b")
_TEAM_WORD = L("Team", "Équipe", "Equipo", "Team", "Time", "Squadra")
# rows that are groups, classes or clubs, named so before their list ("Gruppen: Pfadfinder,
# Klasse 7b, Seniorentreff"): that word heads the column
_GROUP_WORDS = (
    (r"groups|groupes|grupos|gruppen|gruppi", L("Group", "Groupe", "Grupo", "Gruppe", "Grupo",
                                                "Gruppo")),
    (r"classes|klassen|clases|turmas|classi", L("Class", "Classe", "Clase", "Klasse", "Turma",
                                                "Classe")),
    (r"clubs|vereine|clubes|circoli", L("Club", "Club", "Club", "Verein", "Clube", "Circolo")))
# what each row counts, asked as how many: "wie viele Säcke sie gesammelt hat", "how many bags
# each group collected", "combien de sacs"
_HOW_MANY = re.compile(rf"\b{shapes.COUNT_OF}(?:de\s+|d['’])?([^\W\d_]{{3,}})", re.I)
# What a leaderboard counts for each one, as said: "minutes read per child", "Seiten pro Kind"
_COUNTED_PER = (r"\b([^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+(?:per|each|by|a|par|pour|por|pro|je|"
                r"para cada|pour chaque|per ogni|for each)\s+(?:\w+\s+)?(?:child|children|kids?|"
                r"person|people|player|team|member|student|pupil|class|family|house|"
                r"enfants?|[ée]l[èe]ves?|joueur|[ée]quipe|membre|famille|maison|classe|"
                r"ni[ñn]os?|alumnos?|jugador|equipo|miembro|familia|clase|persona|"
                r"kind|kinder|sch[üu]ler\w*|spieler|team|mitglied|familie|klasse|person|"
                r"crian[çc]as?|alunos?|jogador|equipe|membro|fam[íi]lia|turma|pessoa|"
                r"bambin[oi]|alunn[oi]|giocatore|squadra|membro|famiglia|classe)\b")
# words before "per child" that are no unit ("points per team" is the default's)
# What a ranking's winner has the most of, as said: "wer am meisten Holz hat", "who catches the
# most fish", "qui a le plus de quilles", "quien tenga más kilos", "chi ha pescato più chili"
_MOST_OF = re.compile(
    r"\b(?:the most|le plus de|le plus d['’]|la mayor cantidad de|am meisten|die meisten|"
    r"(?:tenga|tiene|ha|hat|tem|tiver|haja|a)\s+(?:\w+\s+)?(?:m[áa]s|mais|pi[ùu]))\s+"
    r"(?!(?:alt[oa]s?|high\w*|important\w*|r[áa]pid\w*|fast\w*|veloc\w*|lent\w*|de|di|da|"
    r"than|que|che|als|of)\b)(?P<x>[^\W\d_][\w'-]{2,})\b"
    # (the place it puts them is said of a verb: "quem tem mais fica em cima")
    r"(?!\s+(?:em cima|no topo|em primeiro|arriba|en cabeza|primero|in cima|in testa|primo|"
    r"oben|vorne|on top|first|en haut|en t[êe]te|premier)\b)", re.I)
_NOT_COUNTED = (r"(?:points?|score|scores|one|the|and|with|list|ranking|leaderboard|"
                r"classement|tableau|clasificaci[óo]n|rangliste|ranking|classifica)")


# A leaderboard of games: the results are recorded two players at a time.
_GAMES = (r"match|game|games|result|\bvs\b|versus|beat|ladder|league|tournament|torneo|tournoi|"
          r"turnier|torneio|partid|partie|spiel|jogo|partit[ae]|liga|ligue|chess|échecs|ajedrez|"
          r"schach|xadrez|scacchi|tennis|t[ée]nis|ping[ -]?pong|darts|pool|billiard|padel|pádel|"
          r"badminton")


# the measures a list after the people names, one from the next ("Siege und 180er")
_AND_SPLIT = r",|\s(?:and|und|et|y|e|ed|or|oder|ou|o)\s|\s?&\s?"
# Draws named: a league table whose recorded games count wins, draws and losses.
_DRAWS = (r"\bdraws?\b|empates?\b|\bnuls?\b|\bnulles?\b|matchs nuls|unentschieden|pareggi|"
          r"\bremis\b")
# Losses named beside the wins ("wins and losses per player"): a column of their own
_LOSSES = (r"\blosses\b|\blost\b|d[ée]faites?\b|derrotas?\b|niederlagen?\b|sconfitte?\b|"
           r"perdidas\b|perdidos\b|perdite\b|\bperse\b|\bpersi\b|verloren\w*|perdu[es]*\b")
_WINS = next(p for p, k, *_ in SCORES if k == "wins") + (r"|victoires?\b|\bwon\b|gagn[ée]|\bvint[ei]\b|\bvinti\b|gewonnen\w*|"
                        r"ganad[oa]s\b|ganh[oa]s\b")
# Games played, as the list says it: "played", "rounds played", "Runden gespielt"
_PLAYED = (r"(?:(?:matchs?|games|rounds|partidos|partidas|partite|jogos|spiele|runden|rondas|"
           r"parties|tours|giri|rodadas)\s+)?(?:played|jou[ée]e?s|jugad[oa]s|gespielt|"
           r"jogad[oa]s|disputad[oa]s|giocat[ei])|(?:runden|spiele)\s+gespielt|"
           r"gespielte\s+(?:spiele|runden|partien|abende)")
# Words of a named field a leaderboard already shows: who, their score, games played
_SHOWN = (r"^(?:names?|noms?|nombres?|nomes?|nomi|players?|joueurs?|jugador(?:es)?|spieler|"
          r"jogador(?:es)?|giocator[ei]|teams?|times|[ée]quipes?|equipos?|equipas?|squadre|"
          r"mannschaften|" + _PLAYED + r"|points?|punt\w*|"
          r"pontos|pontua[çc][ãa]o|punkte|punktzahl|scores?)$")
LEAGUE = ((8, 2, 2), (7, 2, 3), (6, 1, 5), (4, 3, 5), (3, 2, 7), (1, 2, 9))
# Points named as such in a leaderboard's list ("punti", "points marqués", "Punkte")
_POINTS_SAID = r"^(?:points?|punti|puntos|pontos|punkte|pts|score)\b"
# Who a row is, named in the list: a team or a player
# pairs play as one: "parejas", "duplas", "coppie", "Paare", "doubles" (walk17 #18)
_PAIRS = r"pairs?|paires?|parejas?|duplas?|coppi[ae]|paare?|doubles?|duos?|bin[ôo]mes?"
_PAIR_WORD = L("Pair", "Paire", "Pareja", "Paar", "Dupla", "Coppia")
_PAIR_NAMES = ("Alex & Sam", "Noa & Lea", "Max & Eva", "Tom & Mia", "Lina & Hugo", "Ana & Leo")
_WHO_ROW = (rf"{_PAIRS}|"
            r"teams?|times?|[ée]quipes?|equipos?|equipas?|squadr[ae]|mannschaft(?:en)?|clubs?|"
            r"players?|joueu(?:r|se)s?|jugador(?:es|as?)?|spieler(?:in)?|jogador(?:es|as?)?|"
            r"giocator[ei]|giocatrici")
_NAME_SAID = r"names?|noms?|nombres?|nomes?|nomi|nome"
# what a number in a unit measures, in the six languages
_WEIGHT = L("Weight", "Poids", "Peso", "Gewicht", "Peso", "Peso")
_LENGTH = L("Length", "Longueur", "Longitud", "Länge", "Comprimento", "Lunghezza")
_MEASURED_IN = {"kg": _WEIGHT, "g": _WEIGHT, "lb": _WEIGHT, "lbs": _WEIGHT, "cm": _LENGTH,
                "mm": _LENGTH, "m": _LENGTH}
# a measure a leaderboard's list names: "Holz pro Abend", "bester Wurf", "books read",
# "meilleur score", "kilos levantados"
_MEASURE = (r"\b(?:pro|per|par|por|best\w*|meilleur\w*|mejor\w*|miglior\w*|melhor\w*|"
            r"h[öo]chst\w*|max\w*|record|rekord|total\w*|summe|read|lus|le[íi]dos|gelesen|"
            r"lidos|letti|holz|wurf|kilos?|kg|pins?|quilles|birilli|pinos|bolos|kegel|totais|"
            r"gesamt\w*)\b")


# What each kind of result scores, listed: "placar exato vale 3 pontos, acertar o vencedor vale
# 1", "exact score = 3 points, right winner = 1", "3 Punkte für das genaue Ergebnis, 1 für die
# Tendenz" (a win, a draw or a loss scored so is a league table's: _DRAWS)
_POINT_WORD = r"(?:pontos?|points?|pts?\.?|puntos?|punti|punto|punkte?)"
_WORTH = (r"(?:vale[mn]?|vaut|valent|(?:is |are )?worth|counts?(?: for| as)?|z[äa]hl(?:t|en)|"
          r"conta|cuenta|compte|=|→|->)")
_RULE_SAID = re.compile(
    rf"^\s*(?P<what>[^\W\d_](?:[^\W\d_]|[ '’-]){{1,40}}?)\s*(?:{_WORTH}\s*(?P<n>\d+(?:[.,]\d+)?)\s*"
    rf"{_POINT_WORD}?|:?\s*(?P<n2>\d+(?:[.,]\d+)?)\s*{_POINT_WORD})\s*$", re.I)
_RULE_FOR = re.compile(
    rf"^\s*(?P<n>\d+(?:[.,]\d+)?)\s*{_POINT_WORD}?\s*(?:for|por|pour|per|f[üu]r|pro|a|an|each)"
    r"\s+(?:(?:a|an|the|each|every|un|une|uma|um|una|ein|eine|einen|o|el|la|le|il|lo|das|die|"
    r"den|der)\s+)?(?P<what>[^\W\d_](?:[^\W\d_]|[ '’-]){1,40}?)\s*$", re.I)


# a game's result in one word, singular too ("ganado = 3 puntos, perdido = 0")
_RESULT_WORD = (r"^(?:ganad[oa]|perdid[oa]|empatad[oa]|gagn[ée]e?|perdue?|vint[oa]|pers[oa]|"
                r"ganh[oa]|perdeu|gewonnen|verloren|won|lost|win|loss|draw|tie)$")


def points_rules(prompt: str) -> list[tuple[str, float, str]]:
    """The points each kind of result scores, as the prompt lists them, two or more: (the
    kind, its points, the words that say it); [] when it lists none, or only a game's win,
    draw and loss (a league table counts those)."""
    out = []
    for chunk in re.split(r"[,;:.!?\n()]|\s(?:and|und|et|y|e|ed|plus)\s", prompt[:2000]):
        m = _RULE_SAID.match(chunk) or _RULE_FOR.match(chunk)
        if not m:
            continue
        what = re.sub(r"^(?:(?:the|a|an|o|a|el|la|le|il|lo|das|die|der|den|un|une|uma|um|una)"
                      r"\s+)+", "", m.group("what").strip(), flags=re.I)
        n = m.groupdict().get("n") or m.groupdict().get("n2")
        if what and n:
            out.append((cap(what), float(n.replace(",", ".")), chunk.strip()))
    # (people listed with their points are the rows: "Carla 12 points, Diego 9 points")
    people = {bare(n) for n, _ in listed.scored(prompt)} | {bare(n) for n in listed.players(prompt)}
    out = [x for x in out if bare(x[0]) not in people]
    if len(out) < 2 or all(re.search(f"{_WINS}|{_DRAWS}|{_LOSSES}|{_RESULT_WORD}", w.lower())
                           for w, _, _ in out):
        return []
    return out


def _leaderboard(spec: Spec) -> tuple[str, list, list, dict]:
    lang, text = spec.lang, spec.prompt.lower()
    # Portuguese "times" are teams, never lap times ("times Pinos, Strike" ranked by Tempo)
    scan = re.sub(r"\btimes\b", " ", text) if lang == "pt" else text
    key, label, values, order, match = next(
        ((k, lb, v, o, m) for pattern, k, lb, v, o, m in SCORES if re.search(pattern, scan)),
        ("points", FIELD["points"], (42, 37, 31, 28, 19, 12), "desc", ""))
    table = bool(re.search(_DRAWS, text))  # a league table: won, drawn, lost and points
    if table:
        key, label, order, match = "points", FIELD["points"], "desc", "points"
    elif not match and re.search(_GAMES, text) and key == "points":
        match = "points"  # a win is worth 3, a draw 1
    # points named in the list rank, however a goal or a step is also named ("squadra,
    # punti, gol fatti": walk16 #7 ranked invented goals and dropped the points)
    if not table and key not in ("points", "time", "rating") and any(
            re.match(_POINTS_SAID, lb, re.I) for lb, _ in spec.named_fields):
        key, label, values, order = "points", FIELD["points"], (42, 37, 31, 28, 19, 12), "desc"
        match = "points" if re.search(_GAMES, text) else ""
    # the score as the list names it ("points marqués", "steps this week"), not beside it
    pattern = _POINTS_SAID if key == "points" else next(
        (p for p, k, *_ in SCORES if k == key), "^$")
    if key == "strokes":  # a golfer's "best score", "meilleur score", "bestes Ergebnis"
        pattern += r"|score|ergebnis|resultado|risultato|punteggio"
    as_said = next((lb for lb, kind in spec.named_fields if kind != "text" or key != "points"
                    if re.search(pattern, lb.lower() if key != "points" else lb, re.I)), "")
    said = re.search(r":\s*([^\W\d][^,:;.!?]*)$", spec.prompt) or (  # "…: libri letti"
        # or after a dash that closes the people counted: "…: Tom, Priya - total pushups
        # this month" (walk20 #3 ranked them by "Points")
        # (or a semicolon: "parejas Los Primos, Las Abuelas; partidas ganadas", walk21 #9)
        re.search(r"(?:,[^:]*\s[–—-]|;)\s+([^\W\d][^,:;.!?]*)$", re.sub(_THIS_PERIOD, "",
                                                                   spec.prompt.rstrip(" .!")))
        if listed.players(spec.prompt) else None)
    # two or more measures after the people ("Uwe, Karin, Petra - Siege und 180er"): the
    # first is counted, each other one a column of its own (walk21 #13 dropped the 180s)
    after = [x.strip() for x in re.split(_AND_SPLIT, said.group(1), flags=re.I)
             if x.strip()] if said else []
    counted = after[0] if len(after) >= 2 else said.group(1).strip() if said else ""
    per = re.search(_COUNTED_PER, spec.prompt, re.I)  # "minutes read per child"
    grade = re.search(shapes.GRADE, spec.prompt, re.I)  # "une note sur 20"
    if key == "points" and not table and grade:
        top = int(grade.group(3))  # marks of a scale: none above its top
        label = (cap(grade.group(2)),) * 6
        values = tuple(round(top * r, 1) for r in (0.9, 0.85, 0.75, 0.7, 0.6, 0.5))
    elif key == "points" and not table and counted and len(counted.split()) <= 3:
        label = (cap(counted),) * 6  # what is counted, as the prompt says it
    elif key == "points" and not table and per and not any(
            re.fullmatch(_NOT_COUNTED, w, re.I) for w in per.group(1).split()):
        label = (cap(per.group(1)),) * 6  # walk13 #31: "Points" for minutes read
    elif key == "points" and not table and (many := _HOW_MANY.search(spec.prompt)) and not (
            re.fullmatch(_NOT_COUNTED, many.group(1), re.I)):
        label = (cap(many.group(1)),) * 6  # "wie viele Säcke": Säcke, not Punkte
    elif key == "points" and not table and (most := _MOST_OF.search(spec.prompt)) and not (
            re.fullmatch(_NOT_COUNTED, most.group("x"), re.I)):
        label = (cap(most.group("x")),) * 6  # "wer am meisten Holz hat": Holz, not Punkte
    if key == "points" and not as_said and not table and not grade:
        # no score word: the first measure the list names ranks ("Name, Holz pro Abend,
        # bester Wurf": walk15 #5 ranked invented Punkte, Holz a text column)
        as_said = next((lb for lb, kind in spec.named_fields if kind in ("text", "number")
                        and not re.fullmatch(f"{_WHO_ROW}|{_NAME_SAID}", lb, re.I)
                        and not re.search(_SHOWN, lb, re.I) and re.search(_MEASURE, lb, re.I)),
                       "")
    if as_said and not table and not grade:
        label = (cap(as_said),) * 6
    elif key == "points" and not table and not grade and (unit := listed.scored_unit(
            spec.prompt)) in _MEASURED_IN:
        # numbers said in a unit are that measure: "Franco 3,2 kg, Beppe 2,7 kg" ranked by
        # Peso (kg), not Punti (walk21 #19)
        label = tuple(f"{x} ({unit})" for x in _MEASURED_IN[unit])
    elif key == "points" and not table and not grade and (
            out_of := listed.scored_out_of(spec.prompt)):
        # marks out of a scale: "Mireille 18/20, Bernard 15/20" (walk22 #2 dropped them)
        label = tuple(f"{x} (/{out_of})" for x in FIELD["points"])
    elif key == "points" and not table and not grade and (
            counts := listed.scored_words(spec.prompt)):
        label = (cap(counts),) * 6  # "Paco 23 partidas ganadas, Rosa 27": Partidas ganadas
    # who a row is: a team when the list says so ("squadra, punti"), beside a name when both
    # are listed ("name, team, steps": the team is a column)
    # (English "times" are times: "times for Jake, Carla, …", walk21 #1)
    named_who = [lb for lb, _ in spec.named_fields if re.fullmatch(_WHO_ROW, lb, re.I)
                 and not (lang != "pt" and re.fullmatch(r"times?", lb, re.I))]
    has_name = any(re.fullmatch(_NAME_SAID, lb, re.I) for lb, _ in spec.named_fields)
    pair = bool(named_who) and not has_name and re.fullmatch(_PAIRS, named_who[0], re.I)
    # games played in the list's own words ("rounds played")
    played = next((lb for lb, _ in spec.named_fields if re.fullmatch(_PLAYED, lb, re.I)), None)
    fields = [f("name", lang, required=True,
                label=i18n.pick(_PAIR_WORD, lang) if pair else
                cap(named_who[0]) if named_who and not has_name else None),
              {"key": key, "label": i18n.pick(label, lang), "type": "number"},
              f("played", lang, "number", label=played)]
    seed = [{"name": n, key: v, "played": g}
            for n, v, g in zip(NAMES[:6], values, (12, 11, 12, 10, 9, 8), strict=True)]
    defaults = {key: 1500 if match == "elo" else 0, "played": 0}
    game = table or match or re.search(_GAMES, text)
    if not game:  # books read, steps walked: a count each, no games played
        fields = fields[:2]
        seed = [{k: v for k, v in row.items() if k != "played"} for row in seed]
        defaults.pop("played")
    if table:
        fields += [f(k, lang, "number") for k in ("won", "drawn", "lost")]
        seed = [{"name": n, "points": 3 * w + d, "played": w + d + lo, "won": w, "drawn": d,
                 "lost": lo} for n, (w, d, lo) in zip(NAMES[:6], LEAGUE, strict=True)]
        defaults |= {"won": 0, "drawn": 0, "lost": 0}
    elif game and re.search(_LOSSES, text):  # walk14 #17: "wins and losses" kept Wins only
        # a rating or points ranked: the games won beside those lost
        counts = ("lost",) if key == "wins" else ("won", "lost")
        fields += [f(k, lang, "number") for k in counts]
        seed = [{**row, "won": w, "lost": row["played"] - w} if key != "wins" else
                {**row, "lost": row["played"] - w}
                for row, w in zip(seed, next(v for _, k, _, v, *_ in SCORES if k == "wins"),
                                  strict=True)]
        defaults |= dict.fromkeys(counts, 0)
    elif game and key != "wins" and (won := next((lb for lb, _ in spec.named_fields
                                                  if re.search(_WINS, lb.lower())), "")):
        # games won listed beside the points ranked ("parties gagnées et points"): a column
        # of its own, in the prompt's words
        fields.append(f("won", lang, "number", label=cap(won)))
        seed = [{**row, "won": w} for row, w in zip(
            seed, next(v for _, k, _, v, *_ in SCORES if k == "wins"), strict=False)]
        defaults |= {"won": 0}
    # the rest of what the prompt lists for each row is a column (walk14 #31: "Datum,
    # Gastgeber, Spiel" were dropped, or made the rows), unless the list is the players
    known = {w.lower() for w in FIELD_WORDS}
    said = spec.named_fields if any(kind != "text" or lb.lower() in known or re.search(
        f"{_WINS}|{_LOSSES}", lb.lower()) for lb, kind in spec.named_fields) else ()
    shown = {x["label"].lower() for x in fields}
    # the people or teams listed are the rows, never columns ("players Raj, Mei, Tom": walk17
    # #8 made 'Players Raj', 'Mei' and 'Tom' text columns)
    roster = {bare(n) for n in (*listed.roster(spec.prompt), *listed.players(spec.prompt),
                                *listed.counted(spec.prompt))} | {
        bare(f"{n} {v:g}") for n, v in listed.scored(spec.prompt)}
    said = tuple((lb, kind) for lb, kind in said if bare(lb) not in roster and not any(
        bare(lb).endswith(" " + n) for n in roster))
    extra = tuple((lb, "number" if any(re.search(p, lb.lower()) for p, *_ in SCORES) or
                   re.search(_MEASURE, lb, re.I) else kind) for lb, kind in said
                  if (not re.search(_SHOWN, lb, re.I) or (
                      has_name and re.fullmatch(_WHO_ROW, lb, re.I)))
                  and not any(re.search(p, lb.lower()) for p in (_DRAWS, _LOSSES, _WINS))
                  and lb.lower() not in shown and lb != as_said
                  and not (named_who and lb == named_who[0] and not has_name))
    listed_too = {lb.lower() for lb, _ in (*spec.named_fields, *extra)} | shown | {
        i18n.pick(label, lang).lower()}
    extra += tuple((cap(x), "number") for x in after[1:] if len(x.split()) <= 3
                   and x.lower() not in listed_too and not re.search(pattern, x.lower())
                   and not any(re.search(p, x.lower()) for p in (_DRAWS, _LOSSES, _WINS))
                   and not re.search(_SHOWN, x, re.I))
    fields = prompt_fields(replace(spec, named_fields=extra), fields)
    # a measure listed after the people starts at 0 for each, as the score does
    defaults |= {x["key"]: 0 for x in fields if x["type"] == "number" and x["key"] not in
                 defaults and x["label"].lower() in {a.lower() for a in after[1:]}}
    own = tuple(n for n in listed.players(spec.prompt) or listed.counted(spec.prompt)
                if n.lower() not in {lb.lower() for lb, _ in said})
    if len(own) < 2:
        own = ()
    if pair:  # a pair is a row, named for both ("Alex & Sam"), never one person
        seed = [{**row, "name": n} for row, n in zip(seed, _PAIR_NAMES, strict=False)]
    if pairs := listed.scored(spec.prompt):
        # the names it lists with their numbers are the rows, with those numbers ("Priya
        # 82000, Tom 75400, Lena 91200": walk17 #41 ranked made-up rows)
        own = tuple(n for n, _ in pairs)
        seed = [{"name": n, **defaults, key: int(v) if v.is_integer() else v} for n, v in pairs]
    elif own:  # the people it names are the rows, none an example, all at the start
        seed = [{"name": n, **defaults} for n in own]
    # rows that are teams, as the prompt says them ("teams Pin Pals, …", "liga de fútbol sala:
    # Los Tigres 15 puntos, …"): a Team column, "Add team" (walk20 #36 said Jugador)
    teams = not named_who and not has_name and bool(own) and bool(re.search(
        _TEAMS, text if lang == "pt" else re.sub(r"\btimes\b", " ", text)))
    if teams:
        fields[0] = {**fields[0], "label": i18n.pick(_TEAM_WORD, lang)}
    elif own and not named_who and not has_name and (group := next(
            (word for pattern, word in _GROUP_WORDS
             if re.search(rf"\b(?:{pattern})\s*(?::|\s[–—-])?\s+{re.escape(own[0])}", spec.prompt,
                          re.I)), None)):
        fields[0] = {**fields[0], "label": i18n.pick(group, lang)}
    if own and not pair and re.search(r"\b(?:parejas|pairs|paires|duplas|paare|coppie)\b", text):
        fields[0] = {**fields[0], "label": i18n.pick(_PAIR_WORD, lang)}  # pairs listed
    rules = points_rules(spec.prompt) if key == "points" and not table else []
    if rules:
        # each kind of result a column of its count; recording one adds its points
        # (round 22's "placar exato vale 3 pontos, acertar o vencedor vale 1" was a can't-build)
        fields += [{"key": f"kind{n}", "label": what, "type": "number"}
                   for n, (what, _, _) in enumerate(rules, 1)]
        defaults |= {f"kind{n}": 0 for n in range(1, len(rules) + 1)}
        seed = [{**row, **{f"kind{n}": 0 for n in range(1, len(rules) + 1)}}
                if not row.get("_example") else row for row in seed]
    return "leaderboard", fields, seed, {"score": key, "unit": i18n.pick(label, lang),
                                         "order": order, "match": match, "own": bool(own),
                                         **({"teams": True} if teams else {}),
                                         **({"rules": [[f"kind{n}", what, pts] for n, (
                                             what, pts, _) in enumerate(rules, 1)]}
                                            if rules else {}),
                                         "rowDefaults": defaults,
                                         **({} if game else {"tagline": "tally",
                                                             "who": fields[0]["label"]})}


# ---- flashcards ----------------------------------------------------------------------------
HOWTO = L((("How do I see the answer?", "Click the card: it flips."),
           ("What do the two buttons do?", "They keep your score: knew it, or not yet."),
           ("How do I add my own cards?", "Open “Add, edit and delete” below, or import a "
            "CSV.")),
          (("Comment voir la réponse ?", "Cliquez sur la carte : elle se retourne."),
           ("À quoi servent les deux boutons ?", "Ils comptent votre score."),
           ("Comment ajouter mes cartes ?", "Ouvrez « Ajouter, modifier, supprimer » ou "
            "importez un CSV.")),
          (("¿Cómo veo la respuesta?", "Haz clic en la tarjeta: se gira."),
           ("¿Para qué sirven los dos botones?", "Llevan la cuenta de tus aciertos."),
           ("¿Cómo añado mis tarjetas?", "Abre «Añadir, editar y eliminar» o importa un CSV.")),
          (("Wie sehe ich die Antwort?", "Auf die Karte klicken: sie dreht sich um."),
           ("Wozu die zwei Knöpfe?", "Sie zählen Ihre Punkte."),
           ("Wie füge ich Karten hinzu?", "„Hinzufügen, bearbeiten, löschen“ öffnen oder CSV "
            "importieren.")),
          (("Como vejo a resposta?", "Clique no cartão: ele vira."),
           ("Para que servem os dois botões?", "Eles contam seus acertos."),
           ("Como adiciono meus cartões?", "Abra “Adicionar, editar e excluir” ou importe um "
            "CSV.")),
          (("Come vedo la risposta?", "Clicca sulla carta: si gira."),
           ("A cosa servono i due pulsanti?", "Tengono il punteggio."),
           ("Come aggiungo le mie carte?", "Apri «Aggiungi, modifica, elimina» o importa un "
            "CSV.")))
# Spanish words from the learner's language (English for a Spanish prompt), with an example
SPANISH = ((L("apple", "la pomme", "apple", "der Apfel", "a maçã", "la mela"), "la manzana",
            "Como una manzana cada día."),
           (L("house", "la maison", "house", "das Haus", "a casa", "la casa"), "la casa",
            "Mi casa es pequeña."),
           (L("to eat", "manger", "to eat", "essen", "comer", "mangiare"), "comer",
            "Vamos a comer juntos."),
           (L("thank you", "merci", "thank you", "danke", "obrigado", "grazie"), "gracias",
            "Muchas gracias por todo."),
           (L("the book", "le livre", "the book", "das Buch", "o livro", "il libro"), "el libro",
            "El libro está en la mesa."),
           (L("tomorrow", "demain", "tomorrow", "morgen", "amanhã", "domani"), "mañana",
            "Nos vemos mañana."))
# Countries and their capitals in the app's language: a French player types "Rome", not
# "Roma" (walk18 #28, walk19 #7 had each country in its own language)
CAPITALS = L((("France", "Paris"), ("Italy", "Rome"), ("Spain", "Madrid"),
              ("Germany", "Berlin"), ("Portugal", "Lisbon"), ("Poland", "Warsaw"),
              ("Austria", "Vienna"), ("Greece", "Athens")),
             (("France", "Paris"), ("Italie", "Rome"), ("Espagne", "Madrid"),
              ("Allemagne", "Berlin"), ("Portugal", "Lisbonne"), ("Pologne", "Varsovie"),
              ("Autriche", "Vienne"), ("Grèce", "Athènes")),
             (("Francia", "París"), ("Italia", "Roma"), ("España", "Madrid"),
              ("Alemania", "Berlín"), ("Portugal", "Lisboa"), ("Polonia", "Varsovia"),
              ("Austria", "Viena"), ("Grecia", "Atenas")),
             (("Frankreich", "Paris"), ("Italien", "Rom"), ("Spanien", "Madrid"),
              ("Deutschland", "Berlin"), ("Portugal", "Lissabon"), ("Polen", "Warschau"),
              ("Österreich", "Wien"), ("Griechenland", "Athen")),
             (("França", "Paris"), ("Itália", "Roma"), ("Espanha", "Madri"),
              ("Alemanha", "Berlim"), ("Portugal", "Lisboa"), ("Polônia", "Varsóvia"),
              ("Áustria", "Viena"), ("Grécia", "Atenas")),
             (("Francia", "Parigi"), ("Italia", "Roma"), ("Spagna", "Madrid"),
              ("Germania", "Berlino"), ("Portogallo", "Lisbona"), ("Polonia", "Varsavia"),
              ("Austria", "Vienna"), ("Grecia", "Atene")))
# Germany's states and their capitals ("Quiz zu den deutschen Bundesländern", walk19 #10)
STATES_DE = (("Bayern", "München"), ("Hessen", "Wiesbaden"), ("Sachsen", "Dresden"),
             ("Niedersachsen", "Hannover"), ("Nordrhein-Westfalen", "Düsseldorf"),
             ("Baden-Württemberg", "Stuttgart"), ("Thüringen", "Erfurt"),
             ("Schleswig-Holstein", "Kiel"))
_STATES_DE = r"bundesl[äa]nder|bundesland|german states|[ée]tats allemands|estados alemanes"


def _known_pairs(prompt: str, lang: str) -> tuple:
    """Questions a quiz's topic gives: Germany's states, else countries' capitals, else
    English irregular verbs, else ()."""
    text = prompt.lower()
    if re.search(_STATES_DE, text):
        return STATES_DE
    if re.search(_CAPITALS, text):
        return i18n.pick(CAPITALS, lang)
    return IRREGULAR_EN if re.search(_IRREGULAR, text) and re.search(_ENGLISH, text) else ()


# English irregular verbs, each with its past and past participle ("quiz sui verbi irregolari
# inglesi" left its five cards blank)
IRREGULAR_EN = (("go", "went · gone"), ("be", "was, were · been"), ("have", "had · had"),
                ("do", "did · done"), ("see", "saw · seen"), ("take", "took · taken"),
                ("write", "wrote · written"), ("eat", "ate · eaten"), ("buy", "bought · bought"),
                ("think", "thought · thought"))
_IRREGULAR = r"irregular|irr[ée]guli|irregolar|unregelm"
_ENGLISH = r"english|anglais|ingl[ée]s|inglesi|englisch"
VOCAB = L(("Word", "Translation"), ("Mot", "Traduction"), ("Palabra", "Traducción"),
          ("Wort", "Übersetzung"), ("Palavra", "Tradução"), ("Parola", "Traduzione"))
EXAMPLE = L("Example", "Exemple", "Ejemplo", "Beispiel", "Exemplo", "Esempio")
_EXAMPLE = r"exampl|exempl|ejempl|beispiel|esempi"


TO_FILL = L("(write the meaning: Edit)", "(écrivez le sens : Modifier)",
            "(escribe el significado: Editar)", "(Bedeutung eintragen: Bearbeiten)",
            "(escreva o significado: Editar)", "(scrivi il significato: Modifica)")
# a question's answer left to write ("le risposte le scrivo io dopo")
TO_ANSWER = L("(write the answer: Edit)", "(écrivez la réponse : Modifier)",
              "(escribe la respuesta: Editar)", "(Antwort eintragen: Bearbeiten)",
              "(escreva a resposta: Editar)", "(scrivi la risposta: Modifica)")


def _two_sides(prompt: str) -> list[str]:
    """Two sides named after a colon ("Vokabeltrainer: Wort, Übersetzung"), which a field
    list needs three of to be one."""
    m = re.search(r":\s*([^:.;!?]+)$", prompt)
    parts = [re.sub(_ARTICLE, "", p.strip(), flags=re.I) for p in
             re.split(shapes.AND, m.group(1))] if m else []
    if len(parts) >= 2 and all(p and len(p.split()) <= 3 and re.search(shapes.SIDE_WORDS, p, re.I)
                               for p in parts):
        return [cap(p) for p in parts]
    return []


# What a list of words to learn is followed by: "hablar, comer, vivir with their meaning"
_WORDS_END = (r"\s+(?:with|and their|avec|et leur|con|y su|mit|und ihre|com|e seus?|e suas?|"
              r"e il|e la|e le|ed il)\b.*$")


def _words_to_learn(prompt: str) -> list[str]:
    """The words a prompt lists to learn after a colon, up to what is said about them
    ("Spanish verbs: hablar, comer, vivir with their English meaning"): two or more short
    items without numbers, else []."""
    m = re.search(r":\s*([^:.;!?]+)$", prompt.strip(" .!"))
    run = re.sub(_WORDS_END, "", m.group(1).strip(), flags=re.I) if m else ""
    parts = [p.strip(" '\"«»“”") for p in re.split(shapes.AND, run)]
    if len(parts) >= 2 and all(p and len(p.split()) <= 3 and not re.search(r"\d", p)
                               for p in parts):
        return parts[:listed.MAX_ITEMS]
    return []


# Where a side goes, said after it: "infinitif devant", "prétérit … derrière", "word on the
# front", "Übersetzung hinten", "parola italiana davanti, tedesca dietro" (walk16 #6)
_FRONT = (r"devant|au recto|on the front|at the front|in front|front|delante|al frente|"
          r"vorne|vorn|auf der vorderseite|na frente|frente|davanti|sul fronte|fronte|recto")
_BACK = (r"derri[èe]re|au verso|on the back|at the back|back|detr[áa]s|atr[áa]s|al dorso|"
         r"hinten|auf der r[üu]ckseite|no verso|verso|dietro|sul retro|retro")
_SIDE_SAID = re.compile(rf"^(.+?)\s+(?:(?P<front>{_FRONT})|(?P<back>{_BACK}))$", re.I)


def _marked_sides(named: list[str]) -> list[str]:
    """The sides a prompt places on a card, front first, without the words that place them;
    [] when no item says where it goes. An item with no place of its own goes with the next
    one that has ("prétérit et participe passé derrière": both on the back)."""
    marks = [_SIDE_SAID.match(x.strip()) for x in named]
    if not any(marks):
        return []
    front, back, waiting = [], [], []

    def side(text: str) -> str:  # "el músculo" is the side "Músculo"
        return cap(re.sub(_ARTICLE, "", text.strip(), flags=re.I))
    for x, m in zip(named, marks, strict=True):
        if not m:
            waiting.append(side(x))
            continue
        (front if m.group("front") else back).extend([*waiting, side(m.group(1))])
        waiting = []
    back += waiting
    return [*front, *back] if front and back else []


def _flashcards(spec: Spec) -> tuple[str, list, list, dict]:
    """A card's question and answer, and any further side the prompt names ("avec le mot, la
    traduction et un exemple"): those show on the back, under the answer."""
    lang, text = spec.lang, spec.prompt.lower()
    spanish = re.search(r"spanish|espagnol|spanisch|spagnolo|espanhol", text)
    # the score is the app's own, never a side ("Wort, Übersetzung, richtig/falsch zählen")
    named = [x for x in [label for label, _ in spec.named_fields] or _two_sides(spec.prompt)
             if not quiz.is_score(x)] or _words_to_learn(spec.prompt)
    cards: list[str] = []
    if sides := _marked_sides(named):  # "infinitif devant, prétérit et participe passé derrière"
        named = sides
    elif named and not any(re.search(shapes.SIDE_WORDS, x, re.I) for x in named):
        cards, named = named, []  # "verbs: ser, estar, tener, ir" are cards to learn
    front, back = named[:2] if len(named) >= 2 else i18n.pick(VOCAB, lang) if spanish else (
        i18n.pick(FIELD["front"], lang), i18n.pick(FIELD["back"], lang))
    fields = [f("front", lang, required=True, label=front),
              f("back", lang, required=True, label=back)]
    for label in named[2:]:
        fields.append(f(slug(label), lang, label=label))
    if re.search(_EXAMPLE, text) and not any(re.search(_EXAMPLE, x["label"], re.I)
                                             for x in fields):
        fields.append(f("example", lang, label=i18n.pick(EXAMPLE, lang)))
    example = next((x["key"] for x in fields[2:] if re.search(_EXAMPLE, x["label"], re.I)), "")
    if spanish:
        seed = [{"front": i18n.pick(words, "en" if lang == "es" else lang), "back": word,
                 **({example: said} if example else {})} for words, word, said in SPANISH]
    else:
        pairs = _known_pairs(spec.prompt, lang) or i18n.pick(HOWTO, lang)
        seed = [{"front": a, "back": b} for a, b in pairs]
    if said := _quoted_pairs(spec.prompt):
        # a question and its answer quoted as the example: «¿qué nudo hace un lazo fijo?» …
        # («as de guía») (spar27 #1 showed the how-to cards instead)
        cards = [a for a, _ in said]
        seed = [{"front": a, "back": b} for a, b in said]
    elif said := asked_cards.listed(spec.prompt):
        # the questions the prompt numbers, bullets or labels, with their answers when given
        # (round 25's listed questions were five blank cards and a can't-build)
        cards = [a for a, _ in said]
        seed = [{"front": a, "back": b or i18n.pick(TO_ANSWER, lang)} for a, b in said]
        # (a side of its own but for an example: "Exemples : « … ? » → 110 km/h" names none)
        fields = fields[:2] + [x for x in fields[2:] if x["key"] == "example" and not re.search(
            rf"(?:{_EXAMPLE})\w*\s*:", text)]
    elif cards:  # the person's own words to learn; their meaning is theirs to write unless
        # given with them ("dog – Hund": walk13 #16 made one card side of the pair)
        pairs = [re.fullmatch(_PAIR, word) for word in cards]
        if not any(pairs) and all(re.fullmatch(_BARE_PAIR, w, re.I) and re.search(
                rf"(?<!\w){re.escape(w)}(?!\w)", spec.prompt, re.I) for w in cards):
            # two words each, no dash: "Francia Parigi", "apple Apfel" (walk14 #2)
            pairs = [re.fullmatch(r"(\S+)\s+(\S+)", word) for word in cards]
        if not any(pairs) and re.search(_VERBS, spec.prompt, re.I) and all(
                re.fullmatch(_FORMS, w, re.I) and not re.fullmatch(_TO_PAIR, w, re.I)
                for w in cards):
            # a verb's three forms: "go went gone" is go → went · gone (walk19 #16)
            pairs = [re.fullmatch(_FORMS, w, re.I) for w in cards]
            seed = [{"front": cap(m.group(1)), "back": f"{m.group(2)} · {m.group(3)}"}
                    for m in pairs]
            return "flashcards", fields, seed, {"own": True}
        if not any(pairs) and all(re.fullmatch(_SYMBOL_PAIR, w) and re.search(
                rf"(?<!\w){re.escape(w)}(?!\w)", spec.prompt) for w in cards):
            # a symbol and its name: "H hydrogen, He helium, O oxygen" (walk19 #3)
            pairs = [re.fullmatch(_SYMBOL_PAIR, w) for w in cards]
        if not any(pairs) and all(re.fullmatch(_TO_PAIR, w, re.I) for w in cards):
            # a word and its English infinitive: "comer to eat" (walk18 #3 kept it one side)
            pairs = [re.fullmatch(_TO_PAIR, w, re.I) for w in cards]
        seed = [{"front": cap(m.group(1)), "back": m.group(2)} if m else
                {"front": word, "back": i18n.pick(TO_FILL, lang)}
                for word, m in zip(cards, pairs, strict=True)]
    elif said := _dated_pairs(spec.prompt):
        # a year and what happened: "1789 Révolution française, 1815 Waterloo" (walk20 #7
        # showed the how-to cards instead)
        cards = [a for a, _ in said]
        seed = [{"front": a, "back": b} for a, b in said]
    elif said := _fact_pairs(spec.prompt):
        # a fact and its figure: "normal heart rate 60-100 bpm, normal temp 36.5-37.5 C"
        # (walk22 #2 showed the how-to cards instead)
        cards = [a for a, _ in said]
        seed = [{"front": a, "back": b} for a, b in said]
    elif said := _article_pairs(spec.prompt):
        # two words each with its article: "la maison das Haus, le chien der Hund" (walk18 #12
        # dropped them for the how-to cards), articles kept
        cards = [a for a, _ in said]
        seed = [{"front": a, "back": b} for a, b in said]
    if not cards and (cards := asked_cards.shown(spec.prompt)):
        # what each card shows, given as examples in brackets: "show the code (QTH, QRM,
        # QSY...)" (round 25 built five blank questions); their answers are the person's
        seed = [{"front": x, "back": i18n.pick(TO_FILL, lang)} for x in cards]
    if not cards and quiz.asked(spec.prompt):
        return _quiz(spec, fields)
    return "flashcards", fields, seed, {"own": bool(cards)}


# the answer's side, named: "y en la otra la respuesta («as de guía»)", "hinten: „-.-“"
_ANSWER_SIDE = (r"answer|r[ée]ponse|respuesta|antwort|resposta|risposta|\bback\b|\bverso\b|"
                r"\bdorso\b|\bhinten\b|r[üu]ckseite|derri[èe]re|detr[áa]s|\btr[áa]s\b|dietro|"
                r"flips? to|se gira|se retourne|dreht sich|vira|si gira|other side|l'autre|la otra|"
                r"outro lado|l'altr|andere seite")
# a quoted side of a card: «…», “…”, „…“, "…" (not '…': "l'as de guide")
_QUOTED = re.compile(r"«\s*([^«»\n]{1,80}?)\s*»|“([^“”\n]{1,80}?)”|„([^„“”\n]{1,80}?)[“”]|"
                     r"\"([^\"\n]{1,80}?)\"")


def _quoted_pairs(prompt: str) -> list[tuple[str, str]]:
    """The cards a prompt quotes as its examples, a question and then its answer, each pair
    said close together ("la pregunta (por ejemplo «¿qué nudo…?») y en la otra la respuesta
    («as de guía»)"); [] unless every quote is one side of such a pair."""
    quotes = list(_QUOTED.finditer(prompt[:4000]))
    if not quotes or len(quotes) % 2 or len(quotes) > 2 * listed.MAX_ITEMS:
        return []
    pairs = list(zip(quotes[::2], quotes[1::2], strict=True))
    # each answer said as one: an arrow or a dash between them, or the word for the answer or
    # the back before it (not a list of questions, nor two buttons „Gewusst“ „nicht gewusst“)
    between = [prompt[a.end():b.start()] for a, b in pairs]
    if any(len(x) > 120 or (not re.fullmatch(r"\s*(?:→|->|=>|=|:|–|—|-)\s*", x)
                            and not re.search(_ANSWER_SIDE, x, re.I)) for x in between):
        return []

    def side(m: re.Match) -> str:
        return next(g for g in m.groups() if g).strip(" .")
    return [(cap(side(a)), side(b)) for a, b in pairs]


def _quiz(spec: Spec, fields: list[dict]) -> tuple[str, list, list, dict]:
    """A quiz with no questions given: as many cards as it asks for (else five) for the person
    to write, each with its wrong answers when multiple choice is asked (dataapp.js then
    offers the choices and counts the right ones), and the score the cards always keep."""
    lang, wrong = spec.lang, 3 if quiz.multiple_choice(spec.prompt) else 0
    if wrong:
        fields = [fields[0], {**fields[1], "label": i18n.pick(quiz.RIGHT, lang)},
                  *(f(f"wrong{k}", lang, label=i18n.pick(quiz.WRONG, lang).format(n=k))
                    for k in range(1, wrong + 1)), *fields[2:]]
    n = quiz.count(spec.prompt) or 5
    # questions the topic gives (a capitals quiz asks for capitals), then those still to write
    known = _known_pairs(spec.prompt, lang)
    seed = [{"front": a, "back": b, **{f"wrong{k}": known[(i + k) % len(known)][1]
                                       for k in range(1, wrong + 1)}}
            for i, (a, b) in enumerate(known[:n])] + \
        quiz.questions(n, lang, wrong, i18n.pick)[len(known):]
    return "flashcards", fields, seed, {
        "own": True, "tagline": "quizChoices" if wrong else "quiz",
        **({"choices": [f"wrong{k}" for k in range(1, wrong + 1)]} if wrong else {})}


_TO_PAIR = r"([^\W\d_][\w'-]*)\s+(to\s+[^\W\d_][\w'-]*)"
_VERBS = r"\bverb|\bverbi\b|\bverbes?\b|\bverbos?\b|\bverben\b|irregular|irr[ée]guliers?|unregelm"
_FORMS = r"([^\W\d_][\w'-]*)\s+([^\W\d_][\w'-]*)\s+([^\W\d_][\w'-]*)"
_SYMBOL_PAIR = r"([A-Z][a-z]?)\s+([a-zà-ÿ][\w'-]*)"
_ART = (r"(?:la|le|les|el|los|las|un|une|una|der|die|das|den|ein|eine|the|an?|o|os|as|um|uma|il|"
        r"lo|gli|i)\s+|l['’]")
_ARTICLE_PAIR = rf"((?:{_ART})[^\W\d_][\w'-]*)\s+((?:{_ART})[^\W\d_][\w'-]*)"


_DATED = re.compile(r"(\d{1,4}(?:\s*(?:BC|AD|av\.? J\.?-C\.?|a\.? ?C\.?|v\.? ?Chr\.?))?)\s*[-–:]?\s+"
                    r"([^\W\d_][^,;]{1,80})")


def _dated_pairs(prompt: str) -> list[tuple[str, str]]:
    """The cards a list after a colon gives as a year and what it marks ("1789 Révolution
    française, 1914 début de la Grande Guerre"): two or more, every item so; else []."""
    m = re.search(r":\s*([^:;!?]+)$", prompt.strip(" .!"))
    parts = [p.strip(" .") for p in re.split(r",|;|\s(?:and|et|y|und|e|ed)\s+(?=\d)",
                                              m.group(1))] if m else []
    pairs = [re.fullmatch(_DATED, p) for p in parts if p]
    if len(pairs) >= 2 and all(pairs):
        return [(x.group(1), cap(x.group(2).strip())) for x in pairs][:listed.MAX_ITEMS]
    return []


_FACT = re.compile(r"([^\W\d_][^\d,;:]{1,60}?)\s+(\d[^,;]{0,30})")


def _fact_pairs(prompt: str) -> list[tuple[str, str]]:
    """The cards a list after a colon gives as a thing and its figure ("normal heart rate
    60-100 bpm, normal respiratory rate 12-20"): two or more, every item so; else []."""
    m = re.search(r":\s*([^:;!?]+)$", prompt.strip(" .!"))
    parts = [p.strip(" .") for p in re.split(r",|;|\s(?:and|et|y|und|e|ed)\s+(?=[^\W\d_])",
                                              m.group(1))] if m else []
    pairs = [re.fullmatch(_FACT, p) for p in parts if p]
    if len(pairs) >= 2 and all(pairs):
        return [(cap(x.group(1).strip()), x.group(2).strip()) for x in pairs][:listed.MAX_ITEMS]
    return []


def _article_pairs(prompt: str) -> list[tuple[str, str]]:
    """Words given each with its meaning and both with their articles, after a colon ("la
    maison das Haus, le chien der Hund"); [] unless every item of the list is such."""
    _, colon, rest = prompt.partition(":")
    items = [x.strip(" .") for x in re.split(r",|\s(?:and|et|y|und|e)\s", rest)
             if x.strip(" .")] if colon else []
    pairs = [re.fullmatch(_ARTICLE_PAIR, x, re.I) for x in items]
    return [(m.group(1), m.group(2)) for m in pairs if m] \
        if len(items) >= 2 and all(pairs) else []


# a word and its meaning, given together: "dog – Hund", "chat = cat", "hablar → to speak"
_PAIR = r"\s*([^–—=→:]+?)\s+(?:–|—|-|=|→|->|:)\s+([^–—=→:]+?)\s*"
_CAPITALS = r"capital|capitais|hauptst[äa]dt"  # (Portuguese plural: "quiz de capitais")
# A word and its meaning side by side, no function word first ("to be", "la casa" are one)
_BARE_PAIR = (r"(?!(?:to|the|an?|la|le|les|el|los|las|un|une|una|uno|der|die|das|ein|eine|o|"
              r"os|as|um|uma|il|lo|gli|i|de|du|des|of|my|mon|ma|mi)\s)[^\W\d_][\w'-]*\s+"
              r"[^\W\d_][\w'-]*")


# ---- calculator ----------------------------------------------------------------------------
def _calculator(spec: Spec) -> tuple[str, list, list, dict]:
    fields, opts = calcs.build(spec.prompt, spec.lang)
    if opts["calc"] == "dates" and (day := said_date(spec.prompt)):
        # "a countdown to our wedding on 12 June 2027": to that day; "born 3 May 1990": since
        ends = {i["key"]: i for i in opts["inputs"]}
        if day < datetime.date.today().isoformat():
            ends["from_date"]["value"], ends["to_date"]["value"] = day, "@day-0"
        else:
            ends["to_date"]["value"] = day
    if opts["calc"] == "pregnancy" and (day := said_date(spec.prompt)):
        when = datetime.date.fromisoformat(day)  # "my last period began on 3 March": gone by
        if when > datetime.date.today():
            when = when.replace(year=when.year - 1) if (when.month, when.day) != (2, 29) else when
        opts["inputs"][0]["value"] = when.isoformat()
    return "calculator", fields, [], opts


# ---- status --------------------------------------------------------------------------------
LEVELS = L(("Operational", "Degraded", "Outage"), ("Opérationnel", "Perturbé", "En panne"),
           ("Operativo", "Degradado", "Caído"), ("In Betrieb", "Beeinträchtigt", "Ausfall"),
           ("Operacional", "Degradado", "Fora do ar"),
           ("Operativo", "Degradato", "Fuori servizio"))
PARTS = L(("Website", "API", "Database", "Email delivery"),
          ("Site web", "API", "Base de données", "Envoi des e-mails"),
          ("Sitio web", "API", "Base de datos", "Envío de correos"),
          ("Website", "API", "Datenbank", "E-Mail-Versand"),
          ("Site", "API", "Banco de dados", "Envio de e-mails"),
          ("Sito web", "API", "Database", "Invio email"))
INCIDENT = L(("Slow responses", "Requests were slow for 40 minutes; fixed."),
             ("Réponses lentes", "Les requêtes ont été lentes 40 minutes ; corrigé."),
             ("Respuestas lentas", "Las peticiones fueron lentas 40 minutos; resuelto."),
             ("Langsame Antworten", "Anfragen waren 40 Minuten langsam; behoben."),
             ("Respostas lentas", "As requisições ficaram lentas por 40 minutos; resolvido."),
             ("Risposte lente", "Le richieste sono state lente per 40 minuti; risolto."))


def _status(spec: Spec) -> tuple[str, list, list, dict]:
    lang = spec.lang
    levels = [[k, v] for k, v in zip(("operational", "degraded", "outage"),
                                      i18n.pick(LEVELS, lang), strict=True)]
    parts = shapes.status_services(spec.prompt)
    named = bool(parts)
    names = parts if named else list(i18n.pick(PARTS, lang))
    seed = []
    for i, name in enumerate(names):
        history = [0] * 90
        # sample services show what a bad day looks like; a product's own start clean, since
        # made-up downtime on its public page would be a false statement about it
        for day in () if named else ((17 + 23 * i) % 90, (51 + 11 * i) % 90):
            history[day] = 1
        seed.append({"name": name, "state": "operational", "history": history})
    fields = [f("name", lang, required=True),
              f("status", lang, "select", options=levels, label=None)]
    fields[1]["key"] = "state"
    title, body = i18n.pick(INCIDENT, lang)
    incident_fields = [f("title", lang, required=True), f("description", lang, "textarea")]
    incident_fields[1]["key"] = "body"
    return "status", fields, seed, {
        "levels": levels, "incidentFields": incident_fields,
        "incidents": [] if named else [{"id": "i0", "date": "@day-12", "title": title,
                                        "body": body, "_example": True}],
        "rowDefaults": {"state": "operational", "history": [0] * 90}, "own": named}


# ---- menu ----------------------------------------------------------------------------------
COURSES = L(("mains", "sides", "desserts", "drinks"), ("plats", "accompagnements", "desserts",
                                                         "boissons"),
            ("principales", "acompañamientos", "postres", "bebidas"),
            ("Hauptgerichte", "Beilagen", "Desserts", "Getränke"),
            ("pratos", "acompanhamentos", "sobremesas", "bebidas"),
            ("piatti", "contorni", "dolci", "bevande"))
PIZZA = (("Margherita", 0, 8.5, "🍕"), ("Diavola", 0, 10.0, "🌶️"), ("Quattro formaggi", 0, 11.0,
                                                                    "🧀"),
         ("Focaccia", 1, 4.0, "🥖"), ("Tiramisù", 2, 5.5, "🍰"), ("Limonata", 3, 3.0, "🍋"))
CAFE = (("Croissant", 1, 2.4, "🥐"), ("Quiche", 0, 7.5, "🥧"), ("Bagel", 0, 6.0, "🥯"),
        ("Cheesecake", 2, 4.5, "🍰"), ("Espresso", 3, 2.2, "☕"), ("Cappuccino", 3, 3.4, "☕"))
DINER = (("Burger", 0, 9.5, "🍔"), ("Veggie burger", 0, 9.0, "🥗"), ("Tacos", 0, 8.0, "🌮"),
         ("Fries", 1, 3.5, "🍟"), ("Brownie", 2, 4.0, "🍫"), ("Lemonade", 3, 3.0, "🍋"))
# A burger place's sample menu, in its language (walk22 #8: a Curitiba burger truck had a
# dish of the day and soup)
_BURGERS = L(("Classic burger", "Cheeseburger", "Veggie burger", "Fries", "Soda"),
             ("Burger classique", "Cheeseburger", "Burger végétarien", "Frites", "Soda"),
             ("Hamburguesa clásica", "Hamburguesa con queso", "Hamburguesa vegetal",
              "Patatas fritas", "Refresco"),
             ("Klassischer Burger", "Cheeseburger", "Veggie-Burger", "Pommes", "Limonade"),
             ("Hambúrguer clássico", "X-burger", "Hambúrguer vegetariano", "Batata frita",
              "Refrigerante"),
             ("Hamburger classico", "Cheeseburger", "Hamburger vegetariano", "Patatine fritte",
              "Bibita"))
_BURGER_SAID = r"burger|hamb[úu]rgu|hamburgues|hamburger"


def _burgers(lang: str) -> tuple[tuple[str, int, float, str], ...]:
    classic, cheese, veggie, fries, soda = i18n.pick(_BURGERS, lang)
    return ((classic, 0, 9.5, "🍔"), (cheese, 0, 10.5, "🍔"), (veggie, 0, 9.0, "🥗"),
            (fries, 1, 3.5, "🍟"), (soda, 3, 2.5, "🥤"))


# A restaurant's sample menu in its own language (a French bistro listed burgers and tacos).
_HOUSE = L(("Dish of the day", "Soup of the day", "Side salad", "Dessert of the day", "Coffee"),
           ("Plat du jour", "Soupe du jour", "Salade verte", "Dessert du jour", "Café"),
           ("Plato del día", "Sopa del día", "Ensalada", "Postre del día", "Café"),
           ("Tagesgericht", "Tagessuppe", "Beilagensalat", "Dessert des Tages", "Kaffee"),
           ("Prato do dia", "Sopa do dia", "Salada", "Sobremesa do dia", "Café"),
           ("Piatto del giorno", "Zuppa del giorno", "Insalata", "Dolce del giorno", "Caffè"))


def _house(lang: str) -> tuple[tuple[str, int, float, str], ...]:
    dish, soup, salad, dessert, coffee = i18n.pick(_HOUSE, lang)
    return ((dish, 0, 14.0, "🍽️"), (soup, 0, 6.5, "🥣"), (salad, 1, 4.5, "🥗"),
            (dessert, 2, 5.5, "🍰"), (coffee, 3, 2.2, "☕"))


# A sweet loaf is a cake, whatever its name says ("banana bread" was a side: review24 #22)
_SWEET_BREAD = (r"(?:banana|pumpkin|zucchini|courgette|ginger|lemon|date|walnut|sweet) ?bread|"
                r"pain d['’][ée]pices|bananenbrot|pan de (?:pl[áa]tano|banana)|"
                r"p[ãa]o de (?:banana|mel)|pane alla banana|pan di zenzero|lebkuchen")
# Which course a dish the prompt prices belongs to, by its name (else a main).
_COURSE_OF = (
    (1, r"fries|\bfrit[aeo]s?\b|pommes|patatine|chips|salad|salade|ensalada|salat|insalata|bread|"
        r"\bpain\b|\bpan\b|\bpão\b|\bpane\b|brot\b|focaccia|\bsides?\b|porç|porci|"
        r"contorn|beilage|acompa"),
    (2, r"dessert|cake|g[âa]teau|biscott|tiramis|gelato|ice cream|brownie|pudding|cookie|muffin|torta|tarte|"
        r"kuchen|crêpe|crepe|churro|flan|mousse|sorvet|sobremesa|postre|dolce|glace|eis\b|pastel"),
    (3, r"drink|soda|\bcola|beer|bier|birra|cerveza|cerveja|wine|\bvin\b|vino|vinho|wein|"
        r"caldo de cana|garapa|hot chocolate|chocolat chaud|chocolate (?:caliente|quente)|"
        r"hei(?:ß|ss)e schokolade|cioccolata calda|gal[ãa]o\b|\bbica\b|[áa]gua de coco|caipirinh|\bbatidas?\b|\bch[áa]\b|"
        r"coffee|café|caffè|kaffee|espresso|latte|cappuccino|\btea\b|\bthé\b|\btè\b|\btee\b|"
        r"juice|jus\b|zumo|suco|succo|saft|water|\beau\b|agua|água|acqua|wasser|lemonade|"
        r"limonad|limonata|refri|guaran|horchata|spritz|smoothie|boisson|bebida|bevanda|getränk|"
        # a bar's: cocktails, spirits, beer by its style, wine by its colour or glass
        r"cocktail|c[oó]ctel|margarita\b|mojito|negroni|martini|daiquiri|old fashioned|"
        r"manhattan|cosmopolitan|pi[ñn]a colada|sangr[íi]a|aperol|\bgin\b|tonic|whisk(?:e)?y|"
        r"bourbon|\brum\b|\bron\b|vodka|tequila|mezcal|\bshots?\b|\bipa\b|lager|stout|\bale\b|"
        r"pils|weizen|pint|cider|cidre|sidra|prosecco|champagne|cava\b|house (?:red|white|ros[ée])|"
        r"\bros[ée]\b|/\s*glass|by the glass|\bca[ñn]a\b|chopp|schorle|caipiroska|cold brew|"
        r"\btinto\b|vermut|vermouth|rebujito|calimocho|kalimotxo|\bzurito\b|papel[óo]n|"
        r"\bchicha\b|guarapo|terer[ée]|\bpanela\b|"
        r"mocha|macchiato|americano|\bchai\b|matcha|frapp|"
        # a glass of something is a drink ("verre de Chablis": walk21 #22), as ayran, lassi or
        # kefir are (walk21 #12 had an Ayran among the mains)
        r"\bverres? d[e']|\bglass(?:es)? of\b|\bvasos? de\b|\bcopas? de\b|\bta[çc]as? de\b|"
        r"\bcopos? de\b|\bbicchier[ei] di\b|\bglas\b|ayran|\blassi\b|kefir|kombucha"))
_EMOJI = ("🍽️", "🥗", "🍰", "🥤")
_DISH_EMOJI = ((r"croissant|cruas|cornett|brezel|bretzel|pretzel", "🥐"),
               (r"g[âa]teau|cake|kuchen|torta|\bbolos?\b|pastel|past[ée]is|biscott|cookie|"
                r"keks|magdalen|muffin|\bbuns?\b|schneck|brioche|tarte", "🍰"),
               (r"\bpains?\b|\bpan\b|brot|\bp[ãa]o|\bpane\b|bread|loa(?:f|ves)|baguette",
                "🍞"),
               (r"pizz|margherita|diavola|marinara|calzone", "🍕"), (r"burger", "🍔"),
               (r"taco|burrito|quesadilla", "🌮"), (r"coffee|café|caff|espresso|latte|cappucc",
                                                       "☕"), (r"sushi|maki", "🍣"))


# A Brazilian pastel is fried and savoury, a snack bar's main (a Spanish pastel is a cake;
# a pastel de nata a custard tart): in Portuguese it is neither a cake nor a dessert.
_SAVOURY_PT = r"\bpast[ée]is\b|\bpastel\b(?! de nata| de bel[ée]m)"


def _dish(name: str, price: float | None, lang: str = "en") -> tuple[str, int, float | None,
                                                                      str]:
    """A dish in its course (by its name, else a main), with its emoji."""
    if lang == "pt" and re.search(_SAVOURY_PT, name, re.I):
        return name, 0, price, "🥟"
    # a dish "with" or "and" a side is in its first part's course ("Schnitzel mit
    # Kartoffelsalat", "fish and chips", "quiche et salade": mains)
    head = re.split(r"\s(?:with|mit|con|com|avec|and|et|y|e|und)\s", name, maxsplit=1,
                    flags=re.I)[0]
    course = 2 if re.search(_SWEET_BREAD, head, re.I) else next(
        (c for c, pattern in _COURSE_OF if re.search(pattern, head, re.I)), None)
    if course is None:  # a café's pastry is no main (walk24 #22: "Mains: Croissant",
        # "Hauptgerichte: Apfelstrudel, Brezel"): a pretzel goes with the bread, a sweet
        # pastry with the desserts
        course = 1 if re.search(r"bretzel|brezel|pretzel", head, re.I) else \
            2 if re.search(rf"{dict(_BAKE_OF)[1]}|strudel|\bscones?\b", head, re.I) else 0
    emoji = next((e for pattern, e in _DISH_EMOJI if re.search(pattern, name, re.I)),
                 _EMOJI[course])
    return name, course, price, emoji


def _amounts(text: str) -> list[tuple[str, float]]:
    """The things ``text`` lists with their prices, each price as a number."""
    return [(name, float(amount.group().replace(",", "."))) for name, price in
            prices(text, wholes=True)  # "carbonara 12, amatriciana 11"
            if (amount := re.search(r"\d+(?:[.,]\d{1,2})?", price))]


def _priced_dishes(spec: Spec) -> list[tuple[str, int, float | None, str]]:
    """The dishes the prompt lists with their prices ("Margherita 7 euro, Diavola 9 euro"),
    each in its course: a menu shows those, not a sample list (nor its extras)."""
    dishes = [_dish(name, price, spec.lang) for name, price in _amounts(said_extras(
        spec.prompt)[0])]
    return dishes if len(dishes) >= 2 else []


# What a dish can have added, listed after a head of their own ("extras: + guac 1.50, extra
# cheese 1", "suppléments : + avocat 1,50", "adicionais: + ovo 3", "aggiunte: + rucola 0,50"):
# options of a dish, not dishes (named24: each was sold as a dish)
_EXTRAS_HEAD = (r"\b(?:extras?|add-?ons?|toppings?|suppl[ée]ments?|adicionais|acr[ée]scimos?|"
                r"aggiunte|supplementi|zus[äa]tze|adiciones|agregados)\s*:")
EXTRAS = L("extras", "suppléments", "extras", "Extras", "adicionais", "aggiunte")
# one extra: its name, then its price ("guac 1.50", "huevo 1,50", "ovo R$ 3")
_EXTRA = (r"([^\W\d_][^\d€$£]{0,40}?)\s*(?:[$€£]|R\$)?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*"
          r"(?:€|\$|£|eur\w*|euros?|reais|dollars?)?")


def said_extras(prompt: str) -> tuple[str, list[tuple[str, float]]]:
    """``prompt`` without its list of extras, and those extras with their prices ("+ guac
    1.50" is "Guac" at 1.5); the prompt whole and [] when it lists none."""
    head = re.search(_EXTRAS_HEAD, prompt[:4000], re.I)
    if not head:
        return prompt, []
    after = prompt[head.end():]
    end = re.search(r"[.;!?\n](?:\s|$)", after)  # (not the point of "1.50")
    listed = re.sub(r"(?<!\w)\+\s*", "", after[:end.start()] if end else after)
    extras = [(cap(m.group(1)), float(m.group(2).replace(",", "."))) for item in re.split(
        r"(?<!\d),|,(?!\d)|\s(?:and|et|y|e|und|or|ou|o|oder)\s", listed)
        if (m := re.fullmatch(_EXTRA, item.strip(), re.I))]
    if not extras:
        return prompt, []
    return prompt[:head.start()] + (after[end.start():] if end else ""), extras


# a menu of drinks alone: "drinks menu for our bar", "carta de cócteles", "Getränkekarte"
_DRINKS_MENU = (r"\b(?:drinks?|cocktails?) (?:menu|list)\b|\b(?:carta|lista|men[uú]) de "
                r"(?:bebidas|c[oó]cteles|cocktails|vinos|vinhos|drinks)\b|\bcarte des "
                r"(?:boissons|vins|cocktails)\b|\b(?:getr[äa]nke|cocktail|wein)karte\b|"
                r"\b(?:lista|carta) (?:dei|delle) (?:vini|cocktail|bevande)\b|\bdrink list\b|"
                # a bar of drinks alone: "smoothie bar", "juice bar", "bar à jus", "Saftbar"
                r"\b(?:smoothie|juice|tea|bubble tea|boba) (?:bar|shop|stand)\b|\bbar [àa] "
                r"(?:jus|smoothies?)\b|\bzumer[íi]a\b|\bcasa de sucos\b|\bsaftbar\b")


def _named_goods(spec: Spec) -> list[str]:
    """What a menu or a shop names with no prices: a list ("my pottery: mugs, bowls and
    plates") or a sentence ("we sell sourdough loaves, croissants and cinnamon buns")."""
    named = [label for label, kind in spec.named_fields if kind == "text"]
    if len(named) >= 2 and len(named) == len(spec.named_fields):
        return named
    return sold_in_a_sentence(spec.prompt)


# A bakery's sections, and which one a thing it sells goes under (else bread).
BAKES = L(("breads", "pastries", "cakes and tarts", "drinks", "savouries"),
          ("pains", "viennoiseries", "pâtisseries", "boissons", "salés"),
          ("panes", "bollería", "pasteles y tartas", "bebidas", "salados"),
          ("Brot", "Gebäck", "Kuchen und Torten", "Getränke", "Herzhaftes"),
          ("pães", "folhados", "bolos e tortas", "bebidas", "salgados"),
          ("pane", "viennoiserie", "dolci e torte", "bevande", "salati"))
BAKERY = (r"bak(?:e|er|ery|eries)\b|b[äa]cker|boulanger|panader|padaria|panetteri|panificio|"
          r"forno\b|fornaio|p[âa]tisser|konditor|pasteler|pasticceri|confeitari")
_BAKE_OF = (
    # a savoury bake is no bread (review24 #22: "Pains: Quiche lorraine")
    (4, r"quiche|sandwich|croque|pizz|friand|empanad|sausage rolls?|pasty|pasties|tourte|"
        r"flammkuchen|bocadillo|tramezzin|panin[io]|toast|coxinh|empada|esfiha|salgad"),
    (1, r"croissant|cruas|cornett|pain au chocolat|chocolatine|pain aux raisins|brioche|"
        r"viennois|danish|\bbuns?\b|schneck|franzbr|napolitana|ensaimada|folhad|"
        r"pastel de nata|sfogliat|bretzel|brezel|pretzel|chausson"),
    (2, r"tarte|tarta|tartelette|g[âa]teau|cake|flan|[ée]clair|macaron|kuchen|torte|torta|bolo|"
        r"crostat|dolce|cookie|muffin|cupcake|cheesecake|pastel(?! de nata)|brownie|"
        r"financier|madeleine|biscuit|biscott|keks|mille-?feuille|paris-brest|op[ée]ra|"
        r"tiramis|cannol|quindim|sonho|berliner|krapfen|donut|beignet"),
    (3, _COURSE_OF[2][1]),
)
_BAKE_EMOJI = ("🍞", "🥐", "🍰", "☕", "🥪")


def _bake(name: str, price: float | None) -> tuple[str, int, float | None, str]:
    """A bakery's item under its section (bread unless it reads as a pastry, a cake or a
    drink), with its emoji."""
    section = 2 if re.search(_SWEET_BREAD, name, re.I) else next(
        (c for c, pattern in _BAKE_OF if re.search(pattern, name, re.I)), 0)
    emoji = "🥖" if re.search(r"baguette|ficelle|flauta|barra", name, re.I) else \
        "🥧" if re.search(r"tarte|tart\b|crostat|quiche", name, re.I) else _BAKE_EMOJI[section]
    return name, section, price, emoji


# A shop whose plain items are sweets: an ice-cream parlour, a crêperie's sweet side
_SWEET_SHOP = (r"glacier|glaces?\b|gelater|gelati\b|helader|helados?\b|eisdiele|eiscaf|"
               r"\beis\b|sorveter|sorvetes?\b|ice[- ]?creams?|frozen yogh?urt|froyo")


def _menu(spec: Spec) -> tuple[str, list, list, dict]:
    lang, text = spec.lang, spec.prompt.lower()
    bakery = bool(re.search(BAKERY, text))
    courses = i18n.pick(BAKES if bakery else COURSES, lang)
    item = _bake if bakery else functools.partial(_dish, lang=lang)
    # goods named in a list are no dishes when the list is each dish's fields ("with name,
    # price, ingredients and spicy")
    listed_fields = bool(_menu_said(spec, [])[1]) or any(
        re.match(_MENU_OWN["name"], label, re.I) for label, _ in spec.named_fields)
    own = [item(n, p) for n, _, p, _ in _priced_dishes(spec)] or ([] if listed_fields else [
        item(name, None) for name in _named_goods(spec)])
    if not bakery and re.search(_SWEET_SHOP, text):
        # an ice-cream shop's flavours are desserts, not mains (walk14 #26)
        own = [(n, 2, p, "🍨") if c == 0 else (n, c, p, e) for n, c, p, e in own]
    elif re.search(_DRINKS_MENU, text, re.I):
        # a drinks menu's things are drinks, whatever their names ("Hausmarke", "Apfel")
        own = [(n, 3, p, "🍹") if c == 0 else (n, c, p, e) for n, c, p, e in own]
    elif re.search(r"pizz", text):  # a pizzeria's mains are pizzas ("Capricciosa")
        own = [(n, c, p, "🍕" if e == _EMOJI[0] else e) for n, c, p, e in own]
    dishes = own or (PIZZA if re.search(r"pizz|ital", text) else CAFE if re.search(
        r"caf[eé]|coffee|bakery|bäckerei|boulanger|padar|panetter|konditor|cakes?\b|kuchen|"
        r"g[âa]teaux?|pasteles|bolos?\b|torte\b|dolci|p[âa]tisserie", text) else DINER
        if lang == "en" else _burgers(lang) if re.search(_BURGER_SAID, text) else _house(lang))
    fields = [f("name", lang, required=True), f("description", lang),
              f("price", lang, "money", all(p is not None for _, _, p, _ in dishes)),
              f("category", lang, "select", options=[[c, cap(c)] for c in courses])]
    seed = [{"name": n, "description": "", "price": p, "category": courses[c], "emoji": e}
            for n, c, p, e in dishes]
    options = said_extras(spec.prompt)[1] if own else []
    if options:
        # each dish offers them to tick (opts.extrasOf: their category), in web and
        # full-stack alike kept as rows of their own, so the server prices them
        head = i18n.pick(EXTRAS, lang)
        fields[-1]["options"].append([head, cap(head)])
        seed += [{"name": n, "description": "", "price": p, "category": head, "emoji": "➕"}
                 for n, p in options]
    fields, extra = _menu_said(spec, fields)
    pickup = f("pickup", lang, "time")
    if said_hours(spec.prompt):  # a pick-up time falls within the hours the prompt gives
        hours = opening(spec.prompt, lang)
        pickup |= {"min": _hhmm(hours.start), "max": _hhmm(hours.end)}
    opts = {"orderFields": [f("name", lang, required=True), pickup], "own": bool(own)}
    if options:
        opts["extrasOf"] = i18n.pick(EXTRAS, lang)
        opts["extrasFor"] = sorted({courses[c] for _, c, _, _ in own if c != 3})  # not drinks
    if extra:
        opts["extra"] = extra
    return "menu", fields, seed, opts


# the menu's own fields as a prompt may name them ("nome do prato, preço, descrição e foto")
_MENU_OWN = {"name": r"^(?:names?|nom|nombre|nome|name|dish|plat|plato|prato|piatto|gericht|"
                     r"item)\b", "price": r"^(?:prices?|prix|precios?|pre[çc]os?|prezz[oi]|"
                     r"preise?|cost)\b", "description": r"^(?:descri\w*|beschreibung)\b",
             "category": r"^(?:categor\w*|kategorie|course|section|rubri\w*)\b",
             "photo": r"^(?:photos?|fotos?|pictures?|images?|immagin\w*|bild\w*)\b"}


def _menu_said(spec: Spec, fields: list[dict]) -> tuple[list[dict], list[str]]:
    """A menu's dish fields with what else the prompt names for each ("with name, price,
    ingredients and spicy (yes/no)": the ingredients and a spicy box, shown on each dish),
    and without the description it leaves out when it lists them; the keys added."""
    named = spec.named_fields
    if len(named) < 2 or not any(re.match(_MENU_OWN["name"], label, re.I) for label, _ in named):
        return fields, []
    said = {key for key, pattern in _MENU_OWN.items()
            if any(re.match(pattern, label, re.I) for label, _ in named)}
    out = [x for x in fields if x["key"] != "description" or "description" in said]
    extra = []
    for label, kind in named:
        if any(re.match(pattern, label, re.I) for pattern in _MENU_OWN.values()):
            continue
        # with the choices said after it ("spicy (yes/no)")
        after = re.search(rf"{re.escape(label)}\s*(\([^()]{{1,80}}\))", spec.prompt, re.I)
        asked = questions.question(label + (f" {after.group(1)}" if after else ""), spec.lang,
                                   kind)
        if asked and asked["key"] not in {x["key"] for x in out}:
            asked.pop("shown", None)
            out.append(asked)
            extra.append(asked["key"])
    return out, extra


def _hhmm(hour: float) -> str:
    return f"{int(hour):02d}:{round(hour % 1 * 60):02d}"


# ---- sign-up sheet -------------------------------------------------------------------------
SHIFTS = L(("Morning shift", "Afternoon shift", "Set-up and tidy-up"),
           ("Créneau du matin", "Créneau de l'après-midi", "Installation et rangement"),
           ("Turno de mañana", "Turno de tarde", "Montaje y recogida"),
           ("Vormittagsschicht", "Nachmittagsschicht", "Aufbau und Abbau"),
           ("Turno da manhã", "Turno da tarde", "Montagem e arrumação"),
           ("Turno del mattino", "Turno del pomeriggio", "Allestimento e riordino"))


SLOT = L("Slot", "Créneau", "Turno", "Termin", "Horário", "Turno")
UNTIL = L("Until", "Jusqu'à", "Hasta", "Bis", "Até", "Fino alle")
# Guests answering an invitation: one event, not volunteer shifts (walk10 #8)
_RSVP = (r"\brsvp|guest ?list|invit(?:ation|ados|ati|és)|confirm\w* (?:\w+ )?(?:attendance|"
         r"asistencia|presen[çc]a|presenza|pr[ée]sence)|g[äa]steliste|\bzusagen\b|"
         r"(?:birthday|wedding|anniversary) party|\bboda\b|\bmariage\b|\bhochzeit\b|"
         r"\bcasamento\b|\bmatrimonio\b")


def _signup(spec: Spec) -> tuple[str, list, list, dict]:
    view, fields, seed, opts = _signup_sheet(spec)
    if re.search(FEATURES["waitlist"][0], spec.prompt.lower()):
        opts["queue"] = True  # names past the spots wait in order (web only)
    return view, fields, seed, opts


# a group and its places: "Kuchenstand (3 Leute)", "buvette (4 bénévoles)", "5 mains"
_GROUP_NAME = (r"[^\W\d_][\w'’-]*(?:\s+(?!(?:and|et|y|e|und|or|ou|o|oder|ed)\b)"
               r"[^\W\d_][\w'’-]*){0,3}")
# a group's own hours may be part of its name ("Kasse 14-16 Uhr (2)", "bar 18h-20h (3)")
_GROUP_HOURS = (r"\d{1,2}(?:[:.h]\d{2})?\s*(?:h|uhr|am|pm)?\s*[-–]\s*\d{1,2}(?:[:.h]\d{2})?"
                r"\s*(?:h\b|uhr\b|am\b|pm\b)?")
# at most so many, said in the brackets: "Salate (max 6)", "buvette (jusqu'à 4)"
_AT_MOST_SAID = (r"(?:max(?:imum|imal)?\.?|m[áa]x(?:imo)?\.?|up to|at most|bis(?: zu)?|"
                 r"h[öo]chstens|jusqu'(?:à|a)|hasta|at[ée]|fino a)\s*")
_COUNTED_AFTER = (rf"({_GROUP_NAME}(?:\s+{_GROUP_HOURS})?)\s*\((?:{_AT_MOST_SAID})?(\d{{1,3}})"
                  rf"(?:\s+[^()\d]{{0,20}})?\)")
_COUNTED_BEFORE = rf"(?<![\w.,:])(\d{{1,3}})\s+({_GROUP_NAME})"
# or after it, right after a colon, the first saying whom it counts: "…: stand gâteaux 4
# parents, buvette 3, jeux 5" (walk23 #24 dropped the three stands); no price, hour or decimal
_WHOM = (r"(?:parents?|people|persons?|personnes?|b[ée]n[ée]voles?|volunteers?|helpers?|"
         r"helfer\w*|leute|eltern|personas|voluntari[oa]s|pessoas|volunt[áa]ri[oa]s|persone|"
         r"volontari|genitori|pais|padres|familles|families|familias|fam[íi]lias|famiglie|"
         r"familien)")
_TRAIL_ITEM = (rf"(?<![\w'’])({_GROUP_NAME})\s+(\d{{1,3}})(?![\d.,:]\d|\s*(?:[€$£%]|h\b|"
               rf"uhr\b|am\b|pm\b|euros?\b|min))")
# … with its hours after it: "cake stall 4 parents 10-12", "Aufbau 6 (9-11 Uhr)" (named24: the
# hours made each a nameless slot)
_TRAIL_HOURS = rf"(?:\s+\(?({_GROUP_HOURS})\)?)?"
_COUNTED_TRAIL = rf"{_TRAIL_ITEM}(?:\s+{_WHOM}\b)?{_TRAIL_HOURS}"
_ITEM_GAP = r"\s*(?:,|;|\band\b|\bet\b|\by\b|\be\b|\bund\b|&|\+)\s*"


def _hours_in(name: str) -> tuple[str, str]:
    """The hours a group's name gives ("Kasse 14-16 Uhr", "bar 6-8pm"): when it starts and
    ends as "HH:MM", else ("", "")."""
    m = re.search(r"\b(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?\s*(?:h|uhr)?\s*[-–]\s*"
                  r"(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?", name, re.I)
    if not m:
        return "", ""
    start = listed.clock(m.group(1), m.group(2), m.group(3) or m.group(6))
    end = listed.clock(m.group(4), m.group(5), m.group(6))
    return (start, end) if start and end else ("", "")


def _counted_groups(prompt: str) -> list[tuple[str, int]]:
    """The groups a sheet lists each with its places (two or more, in a row): "Aufbau (6
    Leute), Kuchenbuffet (4), Grill (3)", "we need 5 mains, 5 sides and 3 desserts"; []
    when it lists none. Places, people and hours are no group ("20 vagas", "12 people")."""
    for item, name_at in ((_COUNTED_AFTER, 1), (_COUNTED_BEFORE, 2), (_COUNTED_TRAIL, 1)):
        runs = re.finditer(rf"{item}(?:{_ITEM_GAP}{item})+", prompt[:4000], re.I) \
            if item != _COUNTED_TRAIL else re.finditer(
                rf"(?<=:)\s*{_TRAIL_ITEM}\s+{_WHOM}\b{_TRAIL_HOURS}(?:{_ITEM_GAP}{item})+",
                prompt[:4000], re.I)
        for run in runs:
            # (a trailing item's hours are part of its name, as "Kasse 14-16 Uhr (2)" has them)
            found = [(" ".join(filter(None, (m.group(name_at), m.group(3) if item ==
                                             _COUNTED_TRAIL else ""))), int(m.group(3 - name_at)))
                     for m in re.finditer(item, run.group(), re.I)]
            names = [re.sub(_SKIP_GROUP, "", n, flags=re.I).strip() for n, _ in found]
            if len(found) >= 2 and all(names) and not any(
                    re.fullmatch(rf"(?:{listed.SPOT_WORDS}|{_NOT_GROUP})\w*|(?:{MONTH})\.?",
                                 n.split()[0], re.I)
                    # "dia 7 de setembro, 25 barracas": a date is no group of 7
                    or re.match(rf"(?:de|of|di|du|del|do|da)\s+(?:{MONTH})\b", n, re.I)
                    for n in names):
                return [(cap(n), max(1, min(k, 500))) for n, (_, k) in zip(names, found,
                                                                          strict=True)]
    return []


# words that run on after a group's name ("5 mains, 5 sides and 3 desserts so it balances")
_SKIP_GROUP = r"\s+(?:so|pour|para|damit|per|so that|that|which|qui|que|die|der|das)\b.*$"
_NOT_GROUP = (r"hours?|heures?|horas?|stunden?|ore|minutes?|minutos?|minuten?|minuti|days?|"
              r"jours?|d[íi]as?|tage?|giorni|weeks?|semaines?|semanas?|wochen?|settiman[ae]|"
              r"am|pm|h|uhr|euros?|pounds?|dollars?|reais|km|kg|guests?|invit|convidad|"
              r"g[äa]ste|ospiti|adult|kids?|children|enfants|ni[ñn]os|kinder|crian[çc]as|"
              r"bambini|years?|ans|a[ñn]os|jahre|anos|anni|times?|fois|veces|mal|vezes|volte")


def _listed_groups(prompt: str) -> list[str]:
    """What people sign up under, listed after a colon ("el sábado: platos principales,
    ensaladas y postres, máximo 4 personas por categoría"): the short items without a
    number."""
    m = re.search(r":\s*([^.;:!?\n]+?)(?:\s[–—-]\s|$|(?=[.;:!?\n]))", prompt)
    items = [c.strip(" .…—–-") for c in re.split(_LIST_SPLIT, m.group(1))] if m else []
    items = [c for c in items if c and len(c.split()) <= 4 and not re.search(r"\d", c)
             and not _NOT_A_CHOICE.match(c) and not _CATEGORY.search(c.lower())]
    return [cap(c) for c in items] if len(items) >= 2 else []


def _said_day(prompt: str) -> str:
    """The day a prompt names ("el sábado", "on Saturday") as a sheet's date: "@dow6"."""
    m = re.search(rf"\b({day_pattern()})s?\b", prompt, re.I)
    return f"@dow{day_number(m.group(1))}" if m else ""


# What a person gives about themselves when they sign up: a sheet's fields, never its slots.
_ABOUT_PERSON = (r"(?:names?|nom|nombre|nome|vorname|phone|t[ée]l[ée]phone|tel[ée]fono|"
                 r"telefone|telefono|handy|whatsapp|e-?mail|correo|size|taille|tamanho|"
                 r"tama[ñn]o|gr[öo][ßs]e|taglia)\b")


# At most so many for each evening or day ("höchstens eine Familie pro Abend", "max 2
# families per night"), as calcs.plain writes it: the days are the slots.
_EVENING = r"(?:evening|night|abend|soir|noche|noite|sera)"
_ONE_PER = (r"\b(?:max(?:imum|imal)?|at most|up to|hochstens|maximal|au plus|au maximum|"
            r"como maximo|maximo|no maximo|al massimo|massimo)\s+" + calcs.NUMBER +
            r"\s+(?:\w+\s+){0,2}(?:per|pro|par|por|a|al|each|every|jeden)\s+(?:\w+\s+)?"
            rf"({_EVENING}|day|tag|jour|soiree|dia|giorno|serata)\b")


# What people sign up for, and the one time it runs: "sign up for the monthly work days (…,
# 10:00 to 13:00)", "s'inscrire pour la journée de nettoyage de 9h à 12h"
_SIGN_UP_FOR = (r"\b(?:sign(?:s|ing)? up for|s'inscrire (?:pour|à)|apuntarse (?:a|para)|"
                r"inscribirse (?:a|en|para)|(?:eintragen|anmelden) f[üu]r|inscrever-se (?:para|em)|"
                r"iscriversi (?:a|per))\s+(?:the |a |our |la |le |el |die |den |o |a |il |l')?"
                r"([^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,2})")
_FROM_TO = (r"\b(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|h|uhr)?\s*(?:to|till|until|[-–]|à|a|bis|"
            r"até|alle)\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?\b")


# the words a person's own name is asked in ("name", "Name des Kindes", "nom du parent")
_A_NAME = r"^(?:(?:your|their|his|her|seu|sua|leur|su|ihr\w*)\s+)?(?:names?|nom|nombre|nome|vorname)\b"
# what else a sheet asks each person, said in a list of plain words ("20 vagas, nome e
# telefone"): a field of its own on the form
_ASKED_WORD = (r"(?:(?:(?:your|their|his|her|seu|sua|leur|su|ihr\w*)\s+)?(?:names?|nom|nombre|"
               r"nome|vorname|phones?(?: numbers?)?|t[ée]l[ée]phone|tel[ée]fono|telefone|"
               r"telefono|handy|whatsapp|e-?mails?|correo|courriel|"
               r"(?:t-?shirt[ -]?|shirt )?(?:size|taille|tamanho|talla|tama[ñn]o|gr[öo][ßs]e|"
               r"taglia)(?:\s+(?:de|da|do|del|della|of|du)\s+(?:la\s+)?(?:t-?shirt|camiseta|"
               r"camisa|maglietta|shirt))?|age|[âa]ge|edad|idade|et[àa]|alter))")
# a sheet that speaks of shifts without listing them: sample shifts to rename
_SHIFTY = (r"\b(?:shifts|rota|turnos|turni|schichten|dienste|cr[ée]neaux|horaires|"
           r"eins[äa]tze)\b")


_WHO_BRINGS_WHAT = (r"\b(?:who (?:brings|is bringing) what|wer bringt was|qui apporte quoi|"
                    r"qui[ée]n (?:trae|lleva) qu[ée]|quem (?:leva|traz) o qu[êe]|"
                    r"chi porta (?:cosa|che cosa))\b")


def _asked(spec: Spec) -> tuple[str, list[dict]]:
    """What a sign-up form asks each person besides their name ("nome e telefone", "Name des
    Kindes, Eltern, bringt mit (Salat, Kuchen, Getränke)"): the name's own words ("" for a
    plain name) and the other fields; a sheet's slots are never among them."""
    if said := questions.asked_items(spec.prompt):
        # said in a sentence or as questions: "everyone puts their name, the dish they're
        # bringing and if it's vegetarian", "ognuno mette nome e numero di persone"
        asked = [x for x in (questions.question(w, spec.lang) for w in said) if x]
        return "", _keyed(asked)[:6]
    named = list(spec.named_fields)
    if not named and re.search(_WHO_BRINGS_WHAT, spec.prompt, re.I):
        # "wer bringt was", "who brings what": each name with what it brings (walk23 #7 asked
        # nothing)
        return "", [{"key": "brings", "label": i18n.pick(questions.BRING_LABEL, spec.lang),
                     "type": "text", "shown": True}]
    if not any(re.match(_ABOUT_PERSON, label, re.I) for label, _ in named):
        # no list of the person's fields: plain words between commas ("…, nome e telefone")
        words = [w.strip(" .") for w in re.split(r"[,;:()]|\s(?:and|et|y|e|und|ed)\s",
                                                 spec.prompt[:4000]) if w.strip(" .")]
        said = [w for w in words if re.fullmatch(_ASKED_WORD, w, re.I)]
        if not any(not re.match(_A_NAME, w, re.I) for w in said):
            return "", []
        named = [(cap(w), shapes.field_type(w)) for w in said]
    who = next((label for label, _ in named if re.match(_A_NAME, label, re.I)), "")
    rest = [x for x in named if x[0] != who]
    plain_name = bool(re.fullmatch(_A_NAME + r"s?", who, re.I))
    # each in the type its answer takes ("vegetarian (yes/no)" a box to tick), the answers
    # that belong beside the name (what one brings, how many come) marked to be shown
    asked = [x for x in (questions.question(label, spec.lang, kind) for label, kind in rest)
             if x]
    return ("" if plain_name else who), _keyed(asked)[:6]


def _keyed(fields: list[dict]) -> list[dict]:
    """``fields`` each with a key of its own."""
    seen: set[str] = set()
    for x in fields:
        while x["key"] in seen or x["key"] == "who":
            x["key"] += "_2"
        seen.add(x["key"])
    return fields


def _listed_days(prompt: str) -> list[str]:
    """The days a prompt lists in one month ("4, 11, 18 y 25 de octubre", "June 7, 14 and
    21"), as YYYY-MM-DD; [] when it lists fewer than two."""
    days = r"((?:[0-3]?\d\.?\s*(?:,|\by\b|\be\b|\bet\b|\band\b|\bund\b|&)\s*)+[0-3]?\d)"
    m = re.search(rf"\b{days}\.?\s+(?:(?:de|of|di)\s+)?({MONTH})\b", prompt, re.I) or \
        re.search(rf"\b({MONTH})\.?\s+\(?{days}\b", prompt, re.I)  # "March (7, 14, 21)"
    if not m:
        # each day with its month: "Nov 8 and Nov 9", "le 8 novembre et le 9 novembre"
        one = (rf"(?:({MONTH})\.?\s+([0-3]?\d)(?:st|nd|rd|th)?\b|\b([0-3]?\d)(?:st|nd|rd|th|er)?"
               rf"\.?\s+(?:(?:de|of|di)\s+)?({MONTH})\b)")
        gap = r"\s*(?:,|&|\b(?:and|et|y|e|und)\b)\s*(?:(?:on|le|el|il|am|the)\s+)?"
        run = re.search(rf"{one}(?:{gap}{one})+", prompt, re.I)
        out = [said_date(x.group()) for x in re.finditer(one, run.group(), re.I)] if run else []
        return [d for d in out if d] if len([d for d in out if d]) >= 2 else []
    listed_, month = (m.group(1), m.group(2)) if m.group(1)[0].isdigit() else (m.group(2),
                                                                              m.group(1))
    numbers = [int(d) for d in re.findall(r"\d+", listed_)]
    # the days run up: a number after the last is no day ("28, 2 families per game")
    numbers = [d for i, d in enumerate(numbers) if all(d > e for e in numbers[:i])]
    out = [said_date(f"{d} {month}") for d in numbers]
    return [d for d in out if d] if len(out) >= 2 else []


def _next_days(weekday: int, n: int, today: datetime.date | None = None) -> list[str]:
    """The next ``n`` dates (YYYY-MM-DD) on ``weekday`` (0 is Sunday), today's first."""
    today = today or datetime.date.today()
    first = today + datetime.timedelta(days=(weekday - today.isoweekday() % 7) % 7)
    return [(first + datetime.timedelta(days=7 * i)).isoformat() for i in range(n)]


# "Two per Sunday", "2 pro Sonntag", "deux par samedi": so many on each of those days
# what each of the listed dates is: "2 families per game", "deux par match"
_PER_DATE = (r"game|match|date|event|session|partita|partido|jogo|spiel|s[ée]ance|sesi[óo]n|"
             r"sess[ãa]o|sessione|termin|rencontre|encontro|incontro")
_PER_DAY = calcs.NUMBER + r"\s+(?:\w+\s+){0,2}(?:per|pro|par|por|a|al|each|every|jeden|chaque|cada|ogni)\s+"


def _signup_sheet(spec: Spec) -> tuple[str, list, list, dict]:
    view, fields, seed, opts = _signup_rows(spec)
    if view == "signup":
        _at_the_time_said(spec, fields, seed)
    if view == "signup" and not re.search(CARPOOL, spec.prompt.lower()):
        who, asked = _asked(spec)
        team = re.search(rf"\b({listed.TEAMS})\s+(?:of|de|da|di|à|a|von|mit|aus)\s+(\d)\b",
                         spec.prompt, re.I)
        # pairs sign up as one too: "por parejas", "en doublettes", "in pairs", "a coppie",
        # "in Zweierteams", "em duplas" (walk20 #25: one name, no partner)
        pairs = re.search(_BY_PAIRS, spec.prompt, re.I) or re.search(
            r"\b\d{1,3}\s+(?:coppie|parejas|duplas|pairs|couples|doublettes|bin[ôo]mes|paare)\b",
            spec.prompt, re.I)
        if team or pairs:
            # teams of so many sign up as one: the team's name, then its players (walk19 #21)
            who = i18n.pick(_PAIR_WORD if pairs and not team else TEAM, spec.lang)
            asked = [{"key": "players", "label": f"{i18n.pick(PLAYERS, spec.lang)} "
                      f"({team.group(2) if team else 2})", "type": "text", "shown": True},
                     *asked]
        if re.search(_REPLY, spec.prompt, re.I) and not any(
                x["type"] == "bool" and x["label"] == i18n.pick(questions.COMING, spec.lang)
                for x in asked):
            # an RSVP is first whether the guest comes (walk20 #38 asked only the rest)
            asked = _keyed([{"key": "coming", "label": i18n.pick(questions.COMING, spec.lang),
                             "type": "bool", "shown": True}, *asked])
        if asked:
            opts["ask"] = asked
        if who:
            opts["who"] = who
    return view, fields, seed, opts


# a reply asked for, yes or no: "rsvp", "confirmez votre présence", "Zusagen"
_REPLY = (r"\brsvp|r\.s\.v\.p|confirm\w* (?:\w+ )?(?:attendance|asistencia|presen[çc]a|presenza|"
          r"pr[ée]sence)|\bzusagen\b|\bzu- (?:oder|und) absagen\b")


PLAYERS = L("Players", "Joueurs", "Jugadores", "Spieler", "Jogadores", "Giocatori")
_BY_PAIRS = (r"\b(?:in pairs|as pairs|pairs of two|doubles team|en doublettes?|en bin[ôo]mes?|"
          r"par (?:deux|[ée]quipes? de deux)|por parejas|en parejas|por duplas|em duplas|em pares|"
          r"a coppie|in coppia|in zweierteams|im doppel|zu zweit|paarweise)\b")
TEAM = L("Team", "Équipe", "Equipo", "Mannschaft", "Equipe", "Squadra")


def _at_the_time_said(spec: Spec, fields: list[dict], seed: list[dict]) -> None:
    """Rows without a time start at the one time the prompt says ("on June 14, 9am", "le 14
    juin à 9h", "am 14. Juni um 10 Uhr", "de 9h à 12h": until 12:00 too); a prompt saying
    several times, or rows with their own, keep theirs."""
    times = {(s.time, s.end) for s in listed.sessions(spec.prompt, spec.lang)}
    if len(times) != 1 or not seed or any(r.get("time") for r in seed):
        return
    start, end = times.pop()
    for r in seed:
        r["time"] = start
        if end:
            r["end"] = end
    if end and not any(x["key"] == "end" for x in fields):
        at = next(i for i, x in enumerate(fields) if x["key"] == "time") + 1
        fields.insert(at, f("end", spec.lang, "time", label=i18n.pick(UNTIL, spec.lang)))


# a carpool's driver, day and seats as a prompt may name them
_CARPOOL_SAID = (("title", r"(?:nom|name|nombre|nome|driver|conducteur|conductor|fahrer|"
                           r"motorista|autista|qui conduit|who drives|qui[ée]n conduce|wer f[äa]hrt|"
                           r"quem conduz|chi guida)\b"),
                 ("date", r"(?:jours?|days?|dates?|d[íi]as?|tage?|datum|giorni|data)\b"),
                 ("capacity", rf"(?:(?:nombre de |number of |n[úu]mero de |anzahl )?"
                              rf"(?:{listed.SPOT_WORDS}|si[èe]ges?|sitzpl[äa]tze))\b"))


# so many of those who sign up, asked for or at most ("max. 12 Teilnehmer", "need 15 bakers",
# "25 barracas", "bis zu 8 Mannschaften"): a sheet's places
_NEEDED = (r"(?:\b(?:max(?:imum|imal)?\.?|up to|need|needs|looking for|jusqu'(?:à|a)|au plus|"
           r"besoin de|hasta|m[áa]ximo|necesitamos|at[ée]|no m[áa]ximo|precisamos de|bis zu|"
           r"h[öo]chstens|brauchen|fino a|massimo|al massimo|servono|cerchiamo)\s+|,\s*)"
           r"(\d{1,3})\s+(?:\w+\s+)?(?:teilnehm\w*|participants?|partecipanti|participantes|"
           r"\w+(?:ers|eurs|euses|eiros|eiras|eros|eras|ori|trici|nehmer|innen|isten|istas|"
           r"istes|isti)|stalls?|stands?|booths?|tables?|barracas?|bancas?|puestos|tische?|"
           r"mesas?|tavoli|bancarelle|st[äa]nde)\b")
# so many things wanted, each one person's to bring: "12 Kuchen gesucht", "20 cakes needed"
# (walk23 #7 left the places empty)
_WANTED = (r"\b(\d{1,3})\s+[^\W\d_][\w'-]*\s+(?:gesucht|ben[öo]tigt|gebraucht|wanted|needed|"
           r"buscad[oa]s|necesitad[oa]s|procurad[oa]s|precisad[oa]s|cercat[ei]|recherch[ée]e?s)\b")
# places counted in people or per slot ("max 12 people", "3 personas por turno"), not in
# things ("max 5 desserts": one category's, not the sheet's)
_PEOPLE_SPOTS = re.compile(r"\b(?:people|persons?|personnes?|personas?|pessoas?|persone|"
                           r"personen|leute|guests?|invit\w*|g[äa]ste|ospiti|families|familles|"
                           r"familias|fam[íi]lias|famiglie|familien|per|pro|par|por|each)\b",
                           re.I)


# Places said in words: "we need two people", "due posti per i fiori", "tres plazas" (spar26
# #2 #30: 6 places shown for 2); "dos" is no number in Portuguese ("dos voluntários")
# (as written: "fünf", "três", "zwölf" are plain()'s "funf", "tres", "zwolf")
_TWO_TO_12 = "|".join(w.replace("u", "[uü]").replace("o", "[oö]").replace("e", "[eê]")
                      for w, n in calcs.NUMBER_WORDS.items() if n > 1)
_SPOTS_IN_WORDS = re.compile(
    rf"\b({_TWO_TO_12})"
    rf"(\s+(?:\w+\s+)?(?:{listed.SPOT_WORDS}|drivers?|chauffeurs?|conductor[ea]s|fahrer\w*|"
    r"motoristas|autisti|ringers|singers?|helpers?|aides?|ayudantes|ajudantes|aiutanti)\b)", re.I)


def _said_in_digits(prompt: str, lang: str) -> str:
    """``prompt`` with the places it says in words said in digits ("two people": "2 people"),
    so a sheet's places read the same however they are written."""
    def digit(m: re.Match) -> str:
        word = calcs.plain(m.group(1))
        if lang == "pt" and word == "dos":
            return m.group()
        return f"{calcs.NUMBER_WORDS[word]}{m.group(2)}"
    return _SPOTS_IN_WORDS.sub(digit, prompt)


def _signup_rows(spec: Spec) -> tuple[str, list, list, dict]:
    spec = replace(spec, prompt=_said_in_digits(spec.prompt, spec.lang))
    lang = spec.lang
    if re.search(CARPOOL, spec.prompt.lower()):  # each driver's seats, taken by riders
        # in the prompt's words when it names them ("nom du parent, jours, places dans la
        # voiture": walk15 #13 said those three were not built beside Driver/Date/Seats)
        named = [label for label, _ in spec.named_fields] + [
            cap(x) for items in carried.colon_lists(spec.prompt) for x in items]
        said = {key: next((label for label in named if re.match(pattern, label, re.I)), None)
                for key, pattern in _CARPOOL_SAID}
        fields = [f("title", lang, required=True,
                    label=said["title"] or i18n.pick(FIELD["driver"], lang)),
                  f("date", lang, "date", label=said["date"]), f("time", lang, "time"),
                  f("capacity", lang, "number", True,
                    label=said["capacity"] or i18n.pick(FIELD["seats"], lang))]
        # the seats and the departure the prompt gives ("4 places par voiture, départ à
        # 8h15"), else a sample's
        seats = listed.spots_said(spec.prompt)
        leaves = next((s.time for s in listed.sessions(spec.prompt, lang)), "")
        seed = [{"title": n, "date": "@day+3", "time": leaves or tm, "capacity": seats or c}
                for n, tm, c in zip((NAMES[0], NAMES[1], NAMES[5]), ("07:45", "08:00", "17:30"),
                                    (3, 4, 2), strict=True)]
        return "signup", fields, seed, {"signups": {}, "rowDefaults": {"capacity": seats or 3}}
    fields = [f("title", lang, required=True), f("date", lang, "date"), f("time", lang, "time"),
              f("capacity", lang, "number", True)]
    # what people sign up to bring or do, as the prompt lists it ("cakes, cookies, drinks,
    # 3 volunteers each"): those are the slots
    each = re.search(r"(\d+)\s+(?:\w+\s+){0,2}(?:each|chacun\w*|cada|je|jeweils|ciascun\w*|"
                     r"por\s+\w+|per\s+\w+|par\s+\w+)\b|\b(?:je|jeweils)\s+(\d+)\b",
                     spec.prompt, re.I)
    own = [label for label, _ in spec.named_fields if not re.search(r"\d", label)]
    if any(re.match(_ABOUT_PERSON, label, re.I) for label in own) or (
            own and all(only_days(label) for label in own) and _classes(spec)) or (
            own and questions.asked_items(spec.prompt)):
        # "confirma tu asistencia: sí o no, cuántas personas, menú …": an RSVP's questions
        # "aulas de yoga: segunda, quarta e sexta às 7h e às 19h": days of classes, not slots
        own = []  # "nombre, teléfono y si traen guantes": what each person fills in, not slots
    # or the groups they sign up under ("under Mains, Sides, Desserts or Drinks — max 5 per
    # category"): a row each, with its own spots, is the category's
    counted = _counted_groups(spec.prompt)
    if counted:  # "Kuchenstand (3 Leute), Aufbau (4)", "5 mains, 5 sides and 3 desserts"
        day = said_date(spec.prompt) or _said_day(spec.prompt)
        # a group with its hours in its name ("Kasse 14-16 Uhr (2)") starts and ends then
        hours = [_hours_in(t) for t, _ in counted]
        if any(end for _, end in hours):
            fields.insert(3, f("end", lang, "time", label=i18n.pick(UNTIL, lang)))
        return "signup", fields, [{"title": t, "date": day, "time": start, "capacity": n,
                                   **({"end": end} if end else {})}
                                  for (t, n), (start, end) in zip(counted, hours, strict=True)], {
            "signups": {}, "rowDefaults": {"capacity": counted[0][1]}, "own": True,
            "groups": True}
    groups = shapes.signup_groups(spec.prompt) if len(own) < 2 else []
    if not groups and len(own) < 2 and each and (_CATEGORY.search(spec.prompt.lower()) or (
            len(listed_ := _listed_groups(spec.prompt)) >= 2 and not _classes(spec) and not any(
                only_days(x) or re.match(_ASKED_WORD, x, re.I) for x in listed_))):
        # "…: mains, salads and desserts, 4 per category", "Kuchenstand, Grill, Aufbau, Abbau
        # – je 2 Plätze" (not a list of days, nor of what each person gives)
        groups = _listed_groups(spec.prompt)
    if not groups and len(own) < 2 and each and (m := re.search(
            r"\(([^()]{3,160})\)", spec.prompt)):
        # "next to a dish (salads, mains, desserts, drinks), max 4 per category"
        items = [x.strip(" .") for x in re.split(_LIST_SPLIT, m.group(1)) if x.strip(" .")]
        if len(items) >= 2 and all(len(x.split()) <= 3 and not re.search(r"\d", x) and
                                   not re.match(_ASKED_WORD, x, re.I) for x in items):
            groups = [cap(x) for x in items[:listed.MAX_ITEMS]]
    if len(own) >= 2 or groups:
        # the places the prompt gives each ("3 volunteers each"), else no limit: a sample's 5
        # ("5 of 5 spots left") read as a limit somebody set (walk24 #19)
        spots = int(each.group(1) or each.group(2)) if each else None
        if spots is None:
            fields[-1] = f("capacity", lang, "number")
        # on the day or date the prompt names ("on Saturday", "le 14 mars"), else undated (a
        # week ahead read as the day somebody chose)
        day = said_date(spec.prompt) or _said_day(spec.prompt)
        seed = [{"title": t, "date": day, "time": "", "capacity": spots} for t in groups or own]
        return "signup", fields, seed, {"signups": {}, "rowDefaults": {"capacity": spots},
                                        "own": True, **({"groups": True} if groups else {})}
    classes = _classes(spec)
    if len(classes) == 1 and re.search(_RSVP, spec.prompt.lower()):
        classes = []  # "rsvp for our housewarming on saturday march 7 at 6pm": the one party
    if classes:  # "sabato 9-11 e 11-13, massimo 4 persone per turno"
        # each class is named by what it is, not by one of its days ("yoga classes on Monday
        # and Thursday": both were "Yoga classes on Monday")
        about = _class_title(spec) or i18n.pick(SLOT, lang)
        # on the date the prompt names ("on Saturday 14 March"), else on its weekday
        said = said_date(spec.prompt)
        ends = any(c.end for c in classes)  # "litter picking 9-12": until 12:00 too
        if ends:
            fields.insert(3, f("end", lang, "time", label=i18n.pick(UNTIL, lang)))
        # shifts on each of the dates listed ("Nov 8 and Nov 9, shifts 9-12 and 12-3"): a row
        # for each shift on each date (walk19 #4: Nov 9 was dropped)
        dates = _listed_days(spec.prompt) if all(c.day is None for c in classes) else []
        seed = [{"title": c.title or (f"{i18n.pick(SLOT, lang)} {c.time}–{c.end}" if c.end
                                      else about),
                 "date": day or said or (f"@dow{c.day}" if c.day is not None else ""),
                 "time": c.time, **({"end": c.end} if ends else {}), "capacity": c.spots or 5}
                for day in dates or [""] for c in classes][:listed.MAX_ITEMS]
        return "signup", fields, seed, {"signups": {}, "rowDefaults": {
            "capacity": classes[0].spots or 5}, "own": True}
    if (per := re.search(_PER_DAY + rf"({day_pattern()}|{_PER_DATE})s?\b",
                         calcs.plain(spec.prompt), re.I)) and not re.search(
            _ONE_PER, calcs.plain(spec.prompt)) and (
            re.match(day_pattern(), per.group(2), re.I) or _listed_days(spec.prompt)):
        # "choir rota, Two per Sunday": the next four of those days, so many places each
        spots = min(int(calcs.number(per.group(1))), 500)
        title = cap(spec.subject) if spec.subject else i18n.pick(SLOT, lang)
        seed = [{"title": title, "date": d, "time": "", "capacity": spots}
                for d in _listed_days(spec.prompt) or _next_days(day_number(per.group(2)), 4)]
        # "2 families per game" on "March (7, 14, 21, 28)": a row for each date listed
        return "signup", fields, seed, {"signups": {}, "rowDefaults": {"capacity": spots},
                                        "own": True}
    if per and (many := re.search(rf"\b(\d{{1,2}})\s+({re.escape(per.group(2))}(?:s|es)?)\b",
                                  calcs.plain(spec.prompt), re.I)) and 1 < int(many.group(1)) <= 30:
        # "one family per game, 10 games": a row for each game, so many places each (walk23
        # #7 had one undated "Game")
        spots = min(int(calcs.number(per.group(1))), 500)
        said = re.search(rf"\b{re.escape(per.group(2))}", spec.prompt, re.I)
        word = cap(said.group() if said else per.group(2))
        seed = [{"title": f"{word} {i}", "date": "", "time": "", "capacity": spots}
                for i in range(1, int(many.group(1)) + 1)]
        return "signup", fields, seed, {"signups": {}, "rowDefaults": {"capacity": spots},
                                        "own": True}
    if per := re.search(_ONE_PER, calcs.plain(spec.prompt)):
        # "höchstens eine Familie pro Abend": each evening is a slot of that many, the next week
        spots = min(int(calcs.number(per.group(1))), 500)
        evening = re.match(_EVENING, per.group(2))
        said = re.search(rf"\b{per.group(2)}\w*", spec.prompt, re.I)  # "Abend", as written
        title = cap(said.group() if said else per.group(2))
        seed = [{"title": title, "date": f"@day+{i}", "time": "18:00" if evening else "",
                 "capacity": spots} for i in range(1, 8)]
        return "signup", fields, seed, {"signups": {}, "rowDefaults": {"capacity": spots},
                                        "own": True}
    if re.search(_RSVP, spec.prompt.lower()):  # guests answer for the one event
        said = re.search(r"(\d+)\s+(?:guests?|people|invit\w*|personas|pessoas|persone|"
                         r"personnes|g[äa]ste)\b", spec.prompt, re.I)
        # no guest count said: no limit, not an invented one ("30 spots", walk12)
        spots = int(said.group(1)) if said else None
        if spots is None:
            fields[-1] = f("capacity", lang, "number")
        event = cap(spec.subject) if spec.subject else i18n.pick(SLOT, lang)
        when = said_date(spec.prompt) or _said_day(spec.prompt)  # "on March 3rd"
        return "signup", fields, [{"title": event, "date": when, "time": "", "capacity": spots}], {
            "signups": {}, "rowDefaults": {"capacity": spots}, "own": True}
    # the spots the prompt gives ("14 vagas", "20 places"), else a sample's
    # ("max 12 people" too; not a year: "du 12 avril 2027 place de la mairie", walk17 #35)
    said = next((int(m.group(1)) for m in re.finditer(
        r"(\d+)\s+(?:spots?|places?|vagas?|plazas?|pl[äa]tze|posti|lugares|seats?|volunteers?|"
        rf"b[ée]n[ée]voles|voluntari[oa]s|helfer\w*|volontari|{listed.TEAMS})\b", spec.prompt, re.I)
        if int(m.group(1)) < 1000 and not re.search(rf"\b(?:{MONTH})\.?\s*$",
                                                    spec.prompt[:m.start()], re.I)), None) \
        or (listed.spots_said(spec.prompt) if _PEOPLE_SPOTS.search(listed.spots_phrase(
            spec.prompt)) and not re.search(r"\d{4}", listed.spots_phrase(spec.prompt))
            else 0) or next((int(m.group(1)) for m in re.finditer(_NEEDED, spec.prompt, re.I)
                             if 0 < int(m.group(1)) < 1000), None) or next(
        (int(m.group(1)) for m in re.finditer(_WANTED, spec.prompt, re.I)
         if 0 < int(m.group(1)) < 1000), None)
    sizes = (said,) * 3 if said else (6, 6, 3)
    day = said_date(spec.prompt) or _said_day(spec.prompt) or "@day+7"  # "no sábado"
    if (what := re.search(_SIGN_UP_FOR, spec.prompt, re.I)) and (
            at := re.search(_FROM_TO, spec.prompt, re.I)):
        # "sign up for the monthly work days (first Saturday …, 10:00 to 13:00, max 12
        # volunteers each)": that one slot, not three sample shifts
        start = listed.clock(at.group(1), at.group(2), at.group(3))
        if start:
            return "signup", fields, [{"title": cap(what.group(1)), "date": day, "time": start,
                                       "capacity": sizes[0]}], {
                "signups": {}, "rowDefaults": {"capacity": sizes[0]}, "own": True}
    if not re.search(_SHIFTY, spec.prompt, re.I):
        # what people sign up for, once, with the places said (walk15 #10: a beach clean-up's
        # "20 vagas" became three invented shifts of 20); no places said, no limit
        spots = sizes[0] if said else None
        if spots is None:
            fields[-1] = f("capacity", lang, "number")
        event = cap(spec.subject) if spec.subject else i18n.pick(SLOT, lang)
        day = said_date(spec.prompt) or _said_day(spec.prompt)  # undated when none is said
        return "signup", fields, [{"title": event, "date": day, "time": "",
                                   "capacity": spots}], {
            "signups": {}, "rowDefaults": {"capacity": spots}, "own": True}
    seed = [{"title": t, "date": day, "time": tm, "capacity": c}
            for t, tm, c in zip(i18n.pick(SHIFTS, lang), ("09:00", "14:00", "08:00"), sizes,
                                strict=True)]
    # nobody has signed up yet: made-up names on a real sheet read as real volunteers
    return "signup", fields, seed, {"signups": {}, "rowDefaults": {"capacity": sizes[0]
                                                                   if said else 5}}


# ---- to-do list ---------------------------------------------------------------------------
PRIORITY = L(("high", "medium", "low"), ("haute", "moyenne", "basse"), ("alta", "media", "baja"),
             ("hoch", "mittel", "niedrig"), ("alta", "média", "baixa"), ("alta", "media", "bassa"))
TASKS = L(("Make a plan", "Book what needs booking", "Ask for help", "Check the budget"),
          ("Faire un plan", "Réserver ce qu'il faut", "Demander de l'aide", "Vérifier le budget"),
          ("Hacer un plan", "Reservar lo necesario", "Pedir ayuda", "Revisar el presupuesto"),
          ("Plan machen", "Nötiges buchen", "Um Hilfe bitten", "Budget prüfen"),
          ("Fazer um plano", "Reservar o necessário", "Pedir ajuda", "Conferir o orçamento"),
          ("Fare un piano", "Prenotare il necessario", "Chiedere aiuto", "Controllare il budget"))
DUE = L("Due", "Échéance", "Vence", "Fällig", "Prazo", "Scadenza")
TAGS = L("Tags", "Étiquettes", "Etiquetas", "Schlagwörter", "Etiquetas", "Etichette")


EVERY = L("Every (days)", "Tous les (jours)", "Cada (días)", "Alle (Tage)", "A cada (dias)",
          "Ogni (giorni)")
NEXT = L("Next", "Prochaine fois", "Próxima vez", "Nächstes Mal", "Próxima vez", "Prossima volta")


LAST = L("Last done", "Dernière fois", "Última vez", "Zuletzt", "Última vez", "Ultima volta")
# "how often it needs water" with no interval said: plants as examples of what repeats
_PLANTS = re.compile(r"plant|pflanze|pianta|piante")
PLANT_EXAMPLES = L((("Fern", 3), ("Cactus", 14), ("Basil", 2)),
                   (("Fougère", 3), ("Cactus", 14), ("Basilic", 2)),
                   (("Helecho", 3), ("Cactus", 14), ("Albahaca", 2)),
                   (("Farn", 3), ("Kaktus", 14), ("Basilikum", 2)),
                   (("Samambaia", 3), ("Cacto", 14), ("Manjericão", 2)),
                   (("Felce", 3), ("Cactus", 14), ("Basilico", 2)))


def _every(spec: Spec) -> tuple[str, list, list, dict] | None:
    """Things done every so often, as the prompt lists them ("fern every 3 days, cactus every
    2 weeks"): a row each with its interval and when it is next due, all due today (nobody
    said when they were last done); ticking one off moves it on by its interval and keeps
    the day it was done. Asked how often each one is due with no interval said ("each plant,
    how often it needs water, and when I last watered it"): the same list, to fill in."""
    # a measure taken every so often ("poids chaque semaine") is when it is logged, not a
    # thing due
    things = [t for t in listed.intervals(spec.prompt) if shapes.field_type(t.name) != "number"]
    asked = re.search(next(p for p, label in BEYOND if label == INTERVALS), spec.prompt.lower())
    if not things and not asked:
        return None
    lang = spec.lang
    fields = [f("title", lang, required=True), f("every", lang, "number", True,
                                                  label=i18n.pick(EVERY, lang)),
              f("due", lang, "date", label=i18n.pick(NEXT, lang)), f("note", lang)]
    if _SINCE.search(spec.prompt.lower()):  # "and when I last watered it": kept when ticked
        fields.insert(3, f("last", lang, "date", label=i18n.pick(LAST, lang)))
    seed = [{"title": t.name, "every": t.days, "due": "@day+0", "note": "", "done": False}
            for t in things]
    if not seed and _PLANTS.search(spec.prompt.lower()):  # examples, marked as such
        seed = [{"title": t, "every": n, "due": f"@day+{i}", "last": f"@day-{n - i}",
                 "note": "", "done": False}
                for i, (t, n) in enumerate(i18n.pick(PLANT_EXAMPLES, lang))]
        return "list", fields, seed, {"done": True, "every": "every",
                                      "rowDefaults": {"done": False}, "tagline": "every"}
    return "list", fields, seed, {"done": True, "every": "every", "own": True,
                                  "rowDefaults": {"done": False}, "tagline": "every"}


MAX_OWN = 50  # a prompt listing more keeps its first ones
_LIST_KIND = (r"(?P<buy>shopping|grocer(?:y|ies)|liste de courses|lista de (?:la )?compra|"
              r"einkaufsliste|lista (?:de|das) compras|lista della spesa)|"
              r"(?P<pack>packing|liste de (?:choses [àa] emporter|bagages)|lista de (?:equipaje|"
              r"maleta)|packliste|lista de (?:bagagem|mala)|lista (?:per la|della) valigia)")
GROCERIES = L(("Milk", "Bread", "Eggs"), ("Lait", "Pain", "Œufs"), ("Leche", "Pan", "Huevos"),
              ("Milch", "Brot", "Eier"), ("Leite", "Pão", "Ovos"), ("Latte", "Pane", "Uova"))
PACKING = L(("Toothbrush", "Phone charger", "Rain jacket"),
            ("Brosse à dents", "Chargeur de téléphone", "Veste de pluie"),
            ("Cepillo de dientes", "Cargador del móvil", "Chubasquero"),
            ("Zahnbürste", "Ladekabel", "Regenjacke"),
            ("Escova de dentes", "Carregador do telemóvel", "Casaco de chuva"),
            ("Spazzolino", "Caricabatterie", "Giacca antipioggia"))


def _rota(spec: Spec) -> tuple[str, list, list, dict] | None:
    """A rota: the chores a prompt lists going round its people ("Putzplan für unsere WG: Küche,
    Bad, Flur, Müll, jede Woche rotierend zwischen Anna, Ben, Cem und Dora"): a row per chore
    with who does it this turn (the people in the order named) and when it is next due;
    ticking one off moves it on a turn and to the next person. Its people unnamed ("à tour de
    rôle"), who is a column to fill."""
    turn = listed.rota(spec.prompt)
    chores = [cap(x) for items in carried.colon_lists(spec.prompt)[:1] for x in items]
    if not turn or len(chores) < 2 or any(re.search(_TODO_FIELDS, x, re.I) for x in chores):
        return None
    names, days = turn
    lang = spec.lang
    who = f("who", lang, "select", options=[[n, n] for n in names],
            label=i18n.pick(WHO, lang)) if names else f("who", lang, label=i18n.pick(WHO, lang))
    fields = [f("title", lang, required=True), who,
              f("every", lang, "number", True, label=i18n.pick(EVERY, lang)),
              f("due", lang, "date", label=i18n.pick(NEXT, lang)), f("note", lang)]
    seed = [{"title": c, "who": names[i % len(names)] if names else "", "every": days,
             "due": "@day+0", "note": "", "done": False} for i, c in enumerate(chores[:MAX_OWN])]
    return "list", fields, seed, {"done": True, "every": "every", "own": True,
                                  "rotate": "who" if names else "",
                                  "rowDefaults": {"done": False}, "tagline": "every"}


def _todo(spec: Spec) -> tuple[str, list, list, dict]:
    if every := _rota(spec) or _every(spec):
        return every
    lang = spec.lang
    prio = i18n.pick(PRIORITY, lang)
    fields = [f("title", lang, required=True), f("due", lang, "date", label=i18n.pick(DUE, lang)),
              f("priority", lang, "select", options=[[p, cap(p)] for p in prio],
                label=i18n.pick(L("Priority", "Priorité", "Prioridad", "Priorität", "Prioridade",
                                  "Priorità"), lang)),
              f("tags", lang, label=i18n.pick(TAGS, lang))]
    own = _listed_tasks(spec)
    if own:
        # what the prompt lists ("a grocery list: milk, bread, eggs") is the list, never a
        # topic's sample tasks (walk8 #0: "bread" brought a bakery's jobs)
        seed = [{"title": t, "due": "", "priority": prio[1], "tags": "", "done": False}
                for t in own[:MAX_OWN]]
        return "list", _who(spec, _counted(spec, fields)), seed, {
            "done": True, "rowDefaults": {"done": False}, "own": True}
    # the columns it names ("mit Zimmer, Kartonanzahl und erledigt bis"), in the place of the
    # list's own when they mean one ("erledigt bis" is its due date); who does each and how
    # many are _who's and _counted's
    who = {n.lower() for n in listed.people(spec.prompt)}
    fields = prompt_fields(replace(spec, named_fields=tuple(
        (label, kind) for label, kind in spec.named_fields
        if kind.startswith("select:")  # "responsável (eu ou Ana)": a choice of them
        or (not re.search(f"{_WHO_SAID}|{_QTY_SAID}", label, re.I)
            and not re.match(_WHO_WORD, label, re.I)
            # nor is one of them a column ("who brings what: me, Sam, Priya")
            and label.lower() not in who and not re.fullmatch(listed.ASKER, label, re.I)))),
        fields)
    if kind := re.search(_LIST_KIND, spec.prompt.lower()):
        # a shopping or packing list's examples are things to buy or pack, never a trip
        # planner's tasks (walk10 #9: "Book flights to Lisbon" on a camping packing list)
        things = i18n.pick(GROCERIES if kind.group("buy") else PACKING, lang)
        seed = [{"title": t, "due": "", "priority": prio[1], "tags": "", "done": False}
                for t in things]
        return "list", _who(spec, _counted(spec, fields)), seed, {
            "done": True, "rowDefaults": {"done": False}}
    if spec.pack.key != "neutral" and lang == "en":
        tasks = [(t, pr, tag) for t, pr, tag in spec.pack.tasks]
    else:
        about = spec.subject
        tasks = [(t + (f" · {about}" if about and i == 0 else ""), prio[min(i, 2)], about or "")
                 for i, t in enumerate(i18n.pick(TASKS, lang))]
    seed = [{"title": t, "due": f"@day+{i}", "priority": pr, "tags": tag, "done": False}
            for i, (t, pr, tag) in enumerate(tasks)]
    # "con quién hace cada cosa: Ana y Luis": who does each task is a choice of them
    return "list", _who(spec, _counted(spec, fields)), seed, {
        "done": True, "rowDefaults": {"done": False}}


_WHO_WORD = r"(?:who|qui|qui[ée]n|wer|quem|chi)\b"
# what a to-do list's column is, not a thing to do ("with due date, priority and who")
_TODO_FIELDS = (r"\b(?:due|deadline|dates?|fecha|datum|data|[ée]ch[ée]ance|prazo|scadenza|"
                r"f[äa]llig\w*|priorit\w*|tags?|[ée]tiquettes?|etiquetas?|etichett\w*|"
                r"schlagw\w*|who|qui|qui[ée]n|wer|quem|chi|responsab\w*|quantit\w*|"
                r"cantidad\w*|menge|status|statut|estado|stato|categor\w*|kategor\w*|notes?|"
                r"notas?|notiz\w*|assign\w*|owner)\b")
# how a list is used, said after its items ("…, da spuntare quando li fa", "y poder tachar")
_USE = (r"^(?:da|to|à|a|para|pra|zum|zu|per|poder|pouvoir|be able to)\s+\w+")


def _listed_tasks(spec: Spec) -> list[str]:
    """The things to do a prompt lists ("para la boda: confirmar el catering, las flores,
    recoger el vestido"): the list's rows (walk14, round 14: said as not built), never when
    the list names the list's columns ("with due date, priority and who")."""
    # as the prompt writes them ("Confirmar el catering"), else as the field reader read them
    own = [cap(re.sub(r"[.…]+$", "", x)) for items in carried.colon_lists(spec.prompt)[:1]
           for x in items if not re.match(_USE, x, re.I)] or [
        label for label, kind in spec.named_fields if kind == "text"]
    # who does them is no thing to do ("with who brings what: me, Sam, Priya": walk18 #1
    # packed Sam and Priya); they are the Who choice
    who = {n.lower() for n in listed.people(spec.prompt)}
    own = [x for x in own if x.lower() not in who and not re.fullmatch(listed.ASKER, x, re.I)]
    # a count, a date or any typed thing is a column ("Kartonanzahl"), as is one of the
    # list's own fields in other words ("erledigt bis")
    colon = bool(carried.colon_lists(spec.prompt)[:1])
    typed = any(kind != "text" for _, kind in spec.named_fields) and not colon
    if not colon:  # the whole list as said, a feature's word too ("with priority, season")
        own += [label for label, _ in shapes.named_fields(spec.prompt) if label not in own]
    return own[:MAX_OWN] if len(own) >= 2 and not typed and not any(
        re.search(_TODO_FIELDS, x, re.I) or any(re.fullmatch(ROLES[k], x.lower()) for k in
                                                ("due", "priority", "tags", "note"))
        for x in own) else []


# ---- blog ----------------------------------------------------------------------------------
WELCOME = L(("Welcome", "This blog is about **{s}**.\n\n## What to expect\n\n- Short posts\n"
             "- Written in markdown"),
            ("Bienvenue", "Ce blog parle de **{s}**.\n\n## Au programme\n\n- Des articles courts\n"
             "- Écrits en markdown"),
            ("Bienvenidos", "Este blog trata de **{s}**.\n\n## Qué encontrarás\n\n- Entradas breves\n"
             "- Escritas en markdown"),
            ("Willkommen", "In diesem Blog geht es um **{s}**.\n\n## Was dich erwartet\n\n"
             "- Kurze Beiträge\n- In Markdown geschrieben"),
            ("Boas-vindas", "Este blog é sobre **{s}**.\n\n## O que esperar\n\n- Posts curtos\n"
             "- Escritos em markdown"),
            ("Benvenuti", "Questo blog parla di **{s}**.\n\n## Cosa troverai\n\n- Articoli brevi\n"
             "- Scritti in markdown"))
BODY = L("Text (markdown)", "Texte (markdown)", "Texto (markdown)", "Text (Markdown)",
         "Texto (markdown)", "Testo (markdown)")


def _blog(spec: Spec) -> tuple[str, list, list, dict]:
    lang = spec.lang
    fields = [f("title", lang, required=True), f("date", lang, "date"),
              f("tags", lang, label=i18n.pick(TAGS, lang)),
              f("description", lang, "textarea", label=i18n.pick(BODY, lang))]
    fields[3]["key"] = "body"
    cats = re.search(_CATEGORIES, spec.prompt.lower())
    if cats:  # posts filed under one category each; its chip filters like a tag's
        fields.insert(2, f("category", lang))
    # what each post carries, as the prompt names it ("cada receita com ingredientes, tempo de
    # preparo e porções"): in the place of the post's own when it names one, else before its
    # text, which stays last; never the posts themselves ("com artigos e etiquetas")
    fields = prompt_fields(replace(spec, named_fields=tuple(
        (label, kind) for label, kind in spec.named_fields
        if not re.search(rf"\b{_POSTS}\b", label.lower()))), fields)
    fields = [*[x for x in fields if x["key"] != "body"], *[x for x in fields if x["key"] == "body"]]
    if spec.pack.key != "neutral" and lang == "en":
        posts = [(t, tags, body) for t, tags, body in spec.pack.posts]
    else:
        head, body = i18n.pick(WELCOME, lang)
        s = spec.subject or spec.name
        posts = [(f"{head} · {cap(s)}", s.split()[0].lower() if s else "", body.format(s=s))]
    seed = [{"title": t, "date": f"@day-{3 * i}", "tags": tags, "body": body,
             **({"category": cap(tags.split(",")[0].strip() or spec.subject or "")} if cats
                else {})}
            for i, (t, tags, body) in enumerate(posts)]
    return "posts", fields, seed, {"comments": spec.has("comments")}


_CATEGORIES = r"categor|kategorie|rubri[qck]|sections? (?:for|per|by)"
# a blog's posts, in the six languages' words for them
_POSTS = (r"(?:blog )?(?:posts?|postings?|posteos?|articles?|art[íi]culos?|artigos?|articoli|"
          r"artikel|beitr[äa]ge?|entr(?:y|ies)|entradas?|eintr[äa]ge?|billets?|cr[óo]nicas?|"
          r"chroniques?|publica[çc](?:ão|ões)|publicaciones?|pubblicazioni)")


# ---- dashboard -----------------------------------------------------------------------------
SALES = L(("online", "market", "wholesale"), ("en ligne", "marché", "revendeurs"),
          ("en línea", "mercado", "mayorista"), ("online", "Markt", "Großhandel"),
          ("online", "feira", "atacado"), ("online", "mercato", "ingrosso"))
ENERGY = L(("electricity", "gas", "water"), ("électricité", "gaz", "eau"),
           ("electricidad", "gas", "agua"), ("Strom", "Gas", "Wasser"),
           ("eletricidade", "gás", "água"), ("elettricità", "gas", "acqua"))


ORDER = L("Order", "Commande", "Pedido", "Bestellung", "Pedido", "Ordine")
SALE = L("Sale", "Vente", "Venta", "Verkauf", "Venda", "Vendita")
# a building's or a group's shared costs, when the prompt names none
SHARED_COSTS = L(("maintenance", "utilities", "cleaning", "other"),
                 ("entretien", "énergie", "nettoyage", "autre"),
                 ("mantenimiento", "suministros", "limpieza", "otros"),
                 ("Wartung", "Energie", "Reinigung", "Sonstiges"),
                 ("manutenção", "consumos", "limpeza", "outros"),
                 ("manutenzione", "utenze", "pulizie", "altro"))
READING = L("Meter reading", "Relevé", "Lectura", "Zählerstand", "Leitura", "Lettura")


# A subscription business's dashboard: each subscriber's plan and monthly price.
# Cancellations asked for: the subscribers then have a status, and a churn card counts it.
_CHURN = (r"\bchurn|cancel|r[ée]sili|d[ée]sabonn|bajas?\b|k[üu]ndig|cancelament|disdett|"
          r"abbandon")
SUBSCRIBER = L("Subscriber", "Abonné", "Suscriptor", "Abonnent", "Assinante", "Abbonato")
PLAN = L("Plan", "Formule", "Plan", "Tarif", "Plano", "Piano")
PER_MONTH = L("Price a month", "Prix par mois", "Precio al mes", "Preis pro Monat",
              "Preço por mês", "Prezzo al mese")
SUB_PLANS = (("Starter", 19.0), ("Plus", 49.0), ("Pro", 99.0))
SUB_STATES = L(("active", "cancelled"), ("actif", "résilié"), ("activo", "cancelado"),
               ("aktiv", "gekündigt"), ("ativo", "cancelado"), ("attivo", "disdetto"))
# What a dashboard's cards say, in the six languages: the figures its prompt measures, not
# "Total" and "Entries" (a SaaS dashboard's cards summed every price into a "Total").
FIGURES = {
    "mrr": L("MRR (monthly recurring revenue)", "MRR (revenu mensuel récurrent)",
             "MRR (ingresos mensuales recurrentes)", "MRR (monatlich wiederkehrender Umsatz)",
             "MRR (receita mensal recorrente)", "MRR (ricavi mensili ricorrenti)"),
    "subscribers": L("Subscribers", "Abonnés", "Suscriptores", "Abonnenten", "Assinantes",
                     "Abbonati"),
    "arpu": L("Average a subscriber", "Moyenne par abonné", "Promedio por suscriptor",
              "Durchschnitt pro Abonnent", "Média por assinante", "Media per abbonato"),
    "new": L("New this month", "Nouveaux ce mois-ci", "Nuevos este mes", "Neu diesen Monat",
             "Novos este mês", "Nuovi questo mese"),
    "churn": L("Churn (cancelled)", "Churn (résiliés)", "Churn (cancelados)",
               "Churn (gekündigt)", "Churn (cancelados)", "Churn (disdetti)"),
    "byPlan": L("MRR by plan", "MRR par formule", "MRR por plan", "MRR nach Tarif",
                "MRR por plano", "MRR per piano"),
    "nSubscribers": L("{n} subscribers", "{n} abonnés", "{n} suscriptores", "{n} Abonnenten",
                      "{n} assinantes", "{n} abbonati"),
    "revenue": L("Revenue", "Chiffre d'affaires", "Ingresos", "Umsatz", "Faturamento",
                 "Fatturato"),
    "orders": L("Orders", "Commandes", "Pedidos", "Bestellungen", "Pedidos", "Ordini"),
    "avgOrder": L("Average order", "Panier moyen", "Pedido medio", "Durchschnittliche Bestellung",
                  "Pedido médio", "Ordine medio"),
    "cost": L("Total cost", "Coût total", "Coste total", "Kosten gesamt", "Custo total",
              "Costo totale"),
    "readings": L("Readings", "Relevés", "Lecturas", "Zählerstände", "Leituras", "Letture"),
    "average": L("Average", "Moyenne", "Promedio", "Durchschnitt", "Média", "Media"),
    "latest": L("Latest", "Dernier relevé", "Último dato", "Aktuell", "Último dado",
                "Ultimo dato"),
    "spent": L("Total spent", "Total dépensé", "Total gastado", "Ausgaben gesamt",
               "Total gasto", "Totale speso"),
    "expenses": L("Expenses", "Dépenses", "Gastos", "Ausgaben", "Despesas", "Spese"),
    "avgExpense": L("Average expense", "Dépense moyenne", "Gasto medio", "Durchschnittliche "
                    "Ausgabe", "Despesa média", "Spesa media"),
    "sales": L("Sales", "Ventes", "Ventas", "Verkäufe", "Vendas", "Vendite"),
    "avgSale": L("Average sale", "Vente moyenne", "Venta media", "Durchschnittlicher Verkauf",
                 "Venda média", "Vendita media"),
    "top": L("Top {what}", "{what} le plus vendu", "{what} más vendido", "Meistverkauft: {what}",
             "{what} mais vendido", "{what} più venduto"),
    "byCategory": L("By category", "Par catégorie", "Por categoría", "Nach Kategorie",
                    "Por categoria", "Per categoria"),
    "thisYear": L("This year", "Cette année", "Este año", "Dieses Jahr", "Este ano",
                  "Quest'anno"),
    "thisMonth": L("This month", "Ce mois-ci", "Este mes", "Diesen Monat", "Este mês",
                   "Questo mese"),
    "last30": L("Last 30 days", "30 derniers jours", "Últimos 30 días", "Letzte 30 Tage",
                "Últimos 30 dias", "Ultimi 30 giorni"),
}


def card(key: str, lang: str, agg: str = "sum", **more: object) -> dict:
    """One figure a dashboard shows: ``agg`` ("sum", "count", "avg", or "share" of all rows)
    over the rows every ``where`` [field, [values]] keeps, ``within`` "month" or "30d";
    ``note``: a line under it, "{n}" the rows counted. dataapp.js draws it."""
    return {"label": i18n.pick(FIGURES[key], lang), "agg": agg, **more}


def _subscriptions(spec: Spec) -> tuple[str, list, list, dict]:
    """Subscribers by plan: the cards are MRR, subscribers, the average a subscriber, the new
    ones, churn when asked, and each plan's MRR and subscribers; the chart is MRR by plan (the
    shape a "SaaS dashboard for subscriptions" asks for, not an orders log)."""
    lang = spec.lang
    fields = [f("date", lang, "date", True),
              f("what", lang, required=True, label=i18n.pick(SUBSCRIBER, lang)),
              f("category", lang, "select", options=[[p, p] for p, _ in SUB_PLANS],
                label=i18n.pick(PLAN, lang)),
              f("amount", lang, "money", True, label=i18n.pick(PER_MONTH, lang))]
    seed = [{"date": f"@day-{i * 11 + 2}", "what": NAMES[i % len(NAMES)],
             "category": SUB_PLANS[i % 3][0], "amount": SUB_PLANS[i % 3][1]}
            for i in range(12)]
    live: list = []  # who still subscribes: everyone, unless cancellations are kept
    churn = bool(re.search(_CHURN, spec.prompt.lower()))
    if churn:  # who cancelled: MRR and the plans count the others
        states = i18n.pick(SUB_STATES, lang)
        fields.append(f("status", lang, "select", True, [[s, cap(s)] for s in states]))
        for i, row in enumerate(seed):
            row["status"] = states[1 if i % 6 == 5 else 0]
        live = [["status", [states[0]]]]
    count = i18n.pick(FIGURES["nSubscribers"], lang)
    cards = [card("mrr", lang, where=live), card("subscribers", lang, "count", where=live),
             card("arpu", lang, "avg", where=live),
             card("new", lang, "count", within="month")]
    if churn:
        cards.append(card("churn", lang, "share", where=[["status", [states[1]]]]))
    for plan, _ in SUB_PLANS:  # each plan's MRR, and how many subscribe to it
        cards.append({"label": plan, "agg": "sum", "note": count,
                      "where": [["category", [plan]], *live]})
    return "dashboard", fields, seed, {
        "value": "amount", "cards": cards,
        "chart": {"by": "category", "where": live, "title": i18n.pick(FIGURES["byPlan"], lang)}}


# A figure's sample values, by its unit (or money, or a count) and the period a row covers:
# what a day's or a month's entry of it is about
_SAMPLE = {("kWh", "day"): 18.0, ("kWh", "week"): 120.0, ("kWh", ""): 320.0,
           ("m³", ""): 12.0, ("kg", ""): 40.0, ("l", ""): 90.0, ("km", ""): 60.0,
           ("%", ""): 12.0, ("money", "day"): 240.0, ("money", "week"): 1400.0,
           ("money", ""): 5200.0, ("number", "day"): 6.0, ("number", "week"): 30.0,
           ("number", ""): 48.0}


# things counted as sold: "cups sold", "verkaufte Portionen", "portions vendues"
_SOLD = r"\bsold\b|vend[ui]|vendid|verkauft|vendut|\bportion|porzion|\bcups\b"
# what a figure spends, beside what it earns: a small share of it
_SPENT = (r"gast|despes|custo|spes[ae]|costi|costs?\b|expens|spending|ausgaben|kosten|"
          r"d[ée]pens|co[ûu]ts?\b|costes?\b|costos?\b")


def _money_scale(found: list[measures.Measure], m: measures.Measure, period: str) -> float:
    """How much bigger or smaller money figure ``m`` is than a shop's takings: money beside a
    harvest in kilos is that harvest at a market's price (a home garden sells 32 kg, not
    R$ 1.200, walk21 #15), and what is spent beside what is earned a fraction of it."""
    scale = 1.0
    if any(x.unit == "kg" for x in found):
        scale = _SAMPLE[("kg", "")] * 3.5 / _SAMPLE.get(("money", period), _SAMPLE[("money", "")])
    if re.search(_SPENT, m.label, re.I) and any(
            x.type == "money" and not re.search(_SPENT, x.label, re.I) for x in found):
        scale *= 0.2
    return scale


def _figure_sample(m: measures.Measure, period: str, i: int, k: int,
                   scale: float = 1.0) -> float:
    """The ``i``-th sample value of the ``k``-th figure: about its size, never all alike."""
    unit = m.unit or m.type
    base = _SAMPLE.get((unit, period), _SAMPLE.get((unit, ""), 10.0)) * scale
    if m.type == "number" and not m.unit and re.search(_SOLD, m.label, re.I):
        base *= 7  # things sold in a day are dozens: a day's takings at a few each
    value = base * (1 + ((i * 37) % 9 - 4) / 20)
    if m.unit == "kWh" and k:  # a share of the first (self-consumption, export): together less
        value *= (0.45, 0.5)[k % 2] * (1 + ((i * 7 + k) % 5 - 2) / 40)
    elif k:
        value *= 1 + ((i * 11 + k * 5) % 7 - 3) / 25
    return round(value, 1) if m.unit or m.type == "money" else float(round(value))


# where what is counted comes from, asked beside it ("las visitas de mi web por semana y de
# dónde vienen": walk24 #30 held the visits and neither held nor said their source)
_FROM_WHERE = (r"\bwhere (?:they|it|people|visitors|the \w+) (?:come|comes) from\b|"
               r"\bd['’]o[uù] (?:ils?|elles?|viennent|vient)\b|\bde d[óo]nde (?:vienen|viene|"
               r"llegan|proceden)\b|\bwoher (?:sie|er|es|die \w+) (?:kommen|kommt)\b|"
               r"\bwoher\b|\bde onde (?:v[eê]m|vem|chegam)\b|\bda dove (?:vengono|arrivano|"
               r"viene|arriva)\b")
SOURCE = L("Source", "Provenance", "Procedencia", "Herkunft", "Origem", "Provenienza")


def _figured(found: list[measures.Measure], period: str, spec: Spec, by: list[str] | None = None,
             rest: tuple[str, ...] | list[str] = ()) -> tuple[str, list, list, dict]:
    """A dashboard of the figures its prompt lists (see measures.py): a dated entry with one
    number a figure, in its unit; a card for each (summed, a rate averaged) this month, or this
    year when they are entered by the month; the first charted by day or by month. A file's
    columns (``by``: what the figures are said broken down by, ``rest``: its other words;
    measures.columns) are fields of their own, named as the file's header is so its CSV
    imports, its cards count the whole file and its chart is the first figure by the first
    breakdown."""
    lang = spec.lang
    fields = [f("date", lang, "date", True)]
    # the categories listed, not the figures said after the word ("por categoria e por mês")
    said = [c for c in said_categories(spec.prompt)
            if not re.search(_FIGURE_SAID, c, re.I) and not re.match(measures.PART, c, re.I)]
    for label in [*(by or []), *rest]:  # "Route", "Socio", "Catégorie (épicerie, frais, …)"
        choices = said if len(said) > 1 and re.match(_CATEGORY, label.lower()) else []
        fields.append({"key": slug(label), "label": label, "type": "select" if choices else "text",
                       "required": True, **({"options": [[c, cap(c)] for c in choices]}
                                            if choices else {})})
    for m in found:
        key = slug(m.label)
        if any(x["key"] == key for x in fields):
            key += "_2"
        label = f"{m.label} ({m.unit})" if m.unit and m.unit != m.label else m.label
        fields.append({"key": key, "label": label, "type": m.type, "required": True,
                       **({"unit": m.unit} if m.unit else {})})
    if re.search(_FROM_WHERE, spec.prompt[:4000], re.I):
        fields.append({"key": "source", "label": i18n.pick(SOURCE, lang), "type": "text"})
    fields.append(f("note", lang))  # what the figures don't say: "cloudy", "Easter week"
    step = {"day": 1, "week": 7, "month": 30}.get(period, 30)
    n = {"day": 21, "week": 10}.get(period, 7)
    # (a place beside the figures is words, no figure: "Standort")
    parts = fields[1:1 + len(by or []) + len(rest)]
    figures = [(x, m) for x, m in zip(fields[1 + len(parts):], found, strict=False)
               if m.type != "text"]
    seed = [{"date": f"@day-{i * step + 1}", "note": "",
             **{x["key"]: _figure_sample(m, period, i, k, _money_scale(found, m, period)
                                         if m.type == "money" else 1.0)
                for k, (x, m) in enumerate(figures)},
             **{x["key"]: (x["options"][i % len(x["options"])][0] if x.get("options")
                           else f"{x['label']} {i % 3 + 1}") for x in parts}}
            for i in range(n)]
    if by is not None:  # a file's figures: the whole file's total (or mean), its rows, a mean
        total, mean = i18n.pick(i18n.UI["total"], lang), i18n.pick(FIGURES["average"], lang)
        cards = [{"label": f"{x['label']} · {mean if m.agg == 'avg' else total}", "agg": m.agg,
                  "field": x["key"]} for x, m in figures]
        cards.append({"label": i18n.pick(i18n.UI["entries"], lang), "agg": "count"})
        first, lead = figures[0]
        if lead.agg != "avg":
            cards.append({"label": f"{first['label']} · {mean}", "agg": "avg",
                          "field": first["key"]})
        return "dashboard", fields, seed, {"value": first["key"], "cards": cards, "chart": {
            "by": parts[0]["key"], "title": f"{first['label']} · {parts[0]['label']}"}
            if by else {"per": "day"} if period == "day" else {}}
    within = "year" if period in ("month", "year", "") else "month"
    when = i18n.pick(FIGURES["thisYear" if within == "year" else "thisMonth"], lang)
    mean = i18n.pick(FIGURES["average"], lang)
    latest = i18n.pick(FIGURES["latest"], lang)
    cards = [{"label": f"{x['label']} · {mean if m.agg == 'avg' else latest if m.agg == 'last' else when}",
              "agg": m.agg, "field": x["key"], "within": within} for x, m in figures]
    first, lead = figures[0]
    cards.append({"label": f"{first['label']} · {mean}", "agg": "avg", "field": first["key"]})
    opts: dict = {"value": first["key"], "cards": cards}
    if lead.agg == "last":
        opts["level"] = first["key"]  # charted as each month's latest, not its sum
    if period == "day":
        opts["chart"] = {"per": "day"}
    return "dashboard", fields, seed, opts


def _dashboard(spec: Spec) -> tuple[str, list, list, dict]:
    lang, text = spec.lang, spec.prompt.lower()
    if measures.subscriptions(spec.prompt):
        return _subscriptions(spec)
    # a file of rows that are not sales ("CSV con fecha, socio y kilos"): its own columns, in
    # its header's words, whatever is said as not wanted aside ("kein Verkauf")
    found, by, rest = measures.columns(_blank(spec.prompt, reader.unwanted(text, lang)))
    if found:
        return _figured(found, measures.period(spec.prompt), spec, by, rest)
    # the figures it lists, in their units ("Ertrag pro Tag, Eigenverbrauch, Einspeisung"), or
    # the energy it is about: never a money log with the figures glued on (walk18 #14 #18)
    found, period = measures.read(spec.prompt)
    if not found:
        found, period = measures.one_measure(spec.prompt)
    if found or (found := measures.energy_alone(spec.prompt, lang)):
        return _figured(found, period or measures.period(spec.prompt), spec)
    energy = re.search(r"energ|electric|strom|kwh|consum|verbrauch|consommation", text)
    # a dashboard of what is spent (a building's shared costs), of sales, or of meter readings:
    # its rows, cards and examples are that domain's, never another app's orders (walk15 #7 #21)
    spent = not energy and re.search(_SPENDING, text) and not re.search(_SELLING, text)
    said = said_categories(spec.prompt)
    cats = said or i18n.pick(ENERGY if energy else SHARED_COSTS if spent else SALES, lang)
    top = _TOP.search(spec.prompt)
    thing = next((g for g in top.groups() if g), "") if top else ""
    if top and top.group("thing5"):  # "top products": each row's product
        thing = re.sub(r"(?<=[^s])s$|(?<=sh)es$", "", thing)
    if not thing and (each := _PER_THING.search(spec.prompt)):
        thing = each.group(1)  # "las ventas … por día y por producto": each row's product
    what = f("what", lang, required=True, label=cap(thing) if thing else None)
    fields = [f("date", lang, "date", True), what,
              f("category", lang, "select", options=[[c, cap(c)] for c in cats]),
              f("amount", lang, "money", True)]
    # "spese per mese, per categoria, totale annuo", "produit le plus vendu": figures the
    # dashboard shows, never fields to fill in
    fields = prompt_fields(replace(spec, named_fields=tuple(
        (label, kind) for label, kind in spec.named_fields
        if not re.search(_FIGURE_SAID, label, re.I)
        and not (top and label.lower() in top.group().lower())
        # "electricity, gas and water readings": the categories, not fields
        and not any(label.lower().split()[0] == c.lower() for c in cats))), fields)
    # a row named as a thing sold ("cliente, prato, valor"): its examples are examples, no
    # dish is called "Pedido #18" (walk16 #12)
    row = next(x for x in fields if x["key"] == "what")
    # the first thing the prompt lists that no field of the row is says what the row was
    # ("sales: scent, how many, price"), never a "What" beside a "Scent"
    own = next((x for x in fields if x["key"] not in ("date", "what", "category", "amount")
                and x["type"] == "text"), None)
    if own and row["label"] == what["label"] and not thing:
        fields[fields.index(row)] = row = {**row, "label": own["label"]}
        fields.remove(own)
    named = row["label"] != what["label"]
    # a row's examples read as the thing it is, in the prompt's words ("Scent 2", "Prato 3"):
    # "Top scent: Example 2" read as no data (round 19)
    item = row["label"] if thing or named else i18n.pick(
        READING if energy else EXAMPLE if spent else
        SALE if re.search(_SALES_SAID, text) else ORDER, lang)
    seed = [{"date": f"@day-{i * 9 + 1}", "category": cats[i % len(cats)],
             "what": f"{item} {i % 4 + 1}" if spent or thing or named else f"{item} #{18 - i}",
             "amount": round(40 + (i * 37) % 90 + (i % 4) * 12.5, 2)} for i in range(18)]
    # a sale said as how many at what price ("scent, how many, price"): its amount is the one
    # times the other, worked out as it is entered (never typed a third time), and what sold
    # best is what sold the most of
    qty, unit, per = _priced_pair(fields) or (None, None, "")
    if qty and unit:
        amount = next(x for x in fields if x["key"] == "amount")
        fields.remove(amount)
        fields.insert(fields.index(unit) + 1, {**amount, "derived": "times",
                                                "of": [qty["key"], unit["key"]]})
        for i, r in enumerate(seed):
            r[qty["key"]], r[unit["key"]] = _PAIR_SEEDS[per](i)
            r["amount"] = round(r[qty["key"]] * r[unit["key"]], 2)
    # the cards say what is counted: orders and their revenue, sales, costs, meter readings
    total, rows, mean = ("cost", "readings", "average") if energy else (
        "spent", "expenses", "avgExpense") if spent else ("revenue", "sales", "avgSale") if (
        re.search(_SALES_SAID, text)) else ("revenue", "orders", "avgOrder")
    cards = [card(total, lang), card(rows, lang, "count"), card(mean, lang, "avg"),
             card("thisMonth", lang, within="month"),
             card("thisYear", lang, within="year") if re.search(_YEARLY_SAID, text)
             else card("last30", lang, within="30d")]
    if top:
        said = row["label"] if lang != "en" or row["label"].isupper() else row["label"].lower()
        cards.insert(1, {**card("top", lang, "top"), "by": "what", "label": i18n.pick(
            FIGURES["top"], lang).format(what=said),
            **({"field": qty["key"]} if per == "count" else {})})
    opts: dict = {"value": "amount", "cards": cards}
    if re.search(_PER_CATEGORY_SAID, text):
        opts["chart"] = {"by": "category", "title": i18n.pick(FIGURES["byCategory"], lang)}
    elif re.search(_PER_DAY_SAID, text):
        opts["chart"] = {"per": "day"}
    return "dashboard", fields, seed, opts


# What a row's amount is worked out of, each pair in the words people use for it: how many at a
# price each, hours at an hourly rate, kilos at a price per kilo. Any other figure beside a count
# ("quantity, shipping cost", "units, deposit") is a figure of its own, never multiplied in.
_PRICED_PAIRS = {
    "count": (r"how many|quantity|qty|units?(?: sold)?|pieces|items sold|number sold|"
              r"cu[áa]nt[oa]s|cantidad|unidades(?: vendidas)?|piezas|quantit[ée]s?(?: vendues?)?|"
              r"combien|pi[èe]ces|unit[ée]s(?: vendues)?|nombre(?: vendus?)?|menge|anzahl|"
              r"st[üu]ck(?:zahl)?|wie viele|verkaufte st[üu]ck|quantidade|quant[oa]s|pe[çc]as|"
              r"unidades vendidas|quantit[àa]|quant[ie]|pezzi(?: venduti)?|numero",
              r"(?:unit )?price(?: each| per (?:unit|item|piece))?|each|price per unit|"
              r"prix(?: unitaire| à l'unité| pièce)?|precio(?: unitario| por unidad)?|"
              r"(?:einzel|st[üu]ck|verkaufs)?preis(?: pro st[üu]ck| je st[üu]ck)?|"
              r"pre[çc]o(?: unit[áa]rio| por unidade)?|valor unit[áa]rio|"
              r"prezzo(?: unitario| al pezzo)?"),
    "hours": (r"hours?(?: worked)?|hrs|heures(?: travaillées)?|horas(?: trabajadas| trabalhadas)?|"
              r"(?:arbeits)?stunden|ore(?: lavorate)?",
              r"(?:hourly )?rate|rate per hour|hourly|taux(?: horaire)?|tarif(?: horaire)?|"
              r"tarifa(?: por hora| horaria| horária)?|precio por hora|stundensatz|stundenlohn|"
              r"valor (?:da|por) hora|pre[çc]o por hora|tariffa(?: oraria)?|paga oraria|"
              r"compenso orario"),
    "kilo": (r"kg|kilos?|weight|poids|peso|gewicht|quilos?|chil[io]",
             r"price (?:per|a) (?:kg|kilo)|prix (?:au|du|le) kilo|prix/kg|precio (?:por|el) kilo|"
             r"precio/kg|kilopreis|preis pro (?:kg|kilo)|pre[çc]o (?:por|do) quilo|"
             r"prezzo al (?:chilo|kg)|€/kg|\$/kg"),
}
# seeds of a plausible size for each pair: a few units at a few euros, a day's hours at a
# freelancer's rate, a few kilos at a market's price
_PAIR_SEEDS = {"count": lambda i: (2 + (i * 7) % 11, (8.0, 12.0, 15.0)[i % 3]),
               "hours": lambda i: (2 + (i * 3) % 7, (45.0, 60.0, 75.0)[i % 3]),
               "kilo": lambda i: (round(1 + (i * 7) % 9 / 2, 1), (3.5, 4.8, 6.2)[i % 3])}


def _said_as(label: str, pattern: str) -> bool:
    """Whether a field's label is ``pattern`` alone, its unit aside ("Price (€)", "Peso in kg")."""
    bare = re.sub(r"\s*(?:\([^)]*\)|(?:in|en|em)\s+(?:€|\$|£|kg|eur|euros?)|[€$£])\s*$", "",
                  label.strip().lower())
    return bool(re.fullmatch(pattern, bare, re.I))


def _priced_pair(fields: list[dict]) -> tuple[dict, dict, str] | None:
    """The number field and the money field the prompt pairs into a row's amount, and which
    pair it is ("count", "hours", "kilo"); None when no two fields are said as such a pair."""
    numbers = [x for x in fields if x["type"] == "number"]
    prices = [x for x in fields if x["type"] == "money" and x["key"] != "amount"]
    for per, (many, each) in _PRICED_PAIRS.items():
        qty = next((x for x in numbers if _said_as(x["label"], many)), None)
        unit = next((x for x in prices if _said_as(x["label"], each)), None)
        if qty and unit:
            return qty, unit, per
    return None


# what each sale is, said as a breakdown: "ventas por producto", "sales by product" (walk19 #26)
_PER_THING = re.compile(
    r"\b(?:per|par|por|pro|nach|by|for each|je)\s+(?:(?:the|le|el|o|il|das|den)\s+)?"
    r"(products?|produits?|productos?|produtos?|prodott[oi]|produkte?n?|items?|articles?|"
    r"art[íi]culos?|artikeln?|artigos?|articoli|dish(?:es)?|plats?|platos?|pratos?|piatt[oi]|"
    r"gerichte?n?|flavou?rs?|sabor(?:es)?|gust[oi]|parfums?|sorten?)\b", re.I)


# What a dashboard counts, said in its prompt (lower-cased)
_SPENDING = (r"\bspes[ae]\b|\bgastos?\b|d[ée]penses?|ausgaben|\bdespesas?\b|\bexpenses?\b|"
             r"\bspending\b|\bkosten\b|nebenkosten|\bcosti\b|\bcosts\b|\bcharges\b")
_SELLING = r"\bsales?\b|ventes?\b|ventas?\b|verk[äa]uf|umsatz|\bvendas?\b|vendite|revenue|chiffre"
# sales, not orders ("ventes par jour"); a prompt that says orders counts orders
_SALES_SAID = (r"^(?!.*\b(?:orders?|commandes?|pedidos?|bestellung\w*|ordini|encomendas?)\b)"
               r".*(?:\bsales?\b|\bventes?\b|\bventas?\b|verk[äa]uf|\bvendas?\b|\bvendite\b)")
_YEARLY_SAID = (r"annu(?:al|el|elle|o|a)\b|yearly|per year|a year|par an\b|por año|pro jahr|"
                r"j[äa]hrlich|jahres\w*|all'anno|anual|do ano|del año|de l'ann[ée]e|dell'anno|"
                r"this year|cette année|este año|dieses jahr|este ano|quest'anno")
_PER_CATEGORY_SAID = (r"\b(?:per|par|por|pro|nach|by|each|for each)\s+(?:categor|kategorie|"
                      r"cat[ée]gor)")
_PER_DAY_SAID = (r"\b(?:per|par|por|pro|a|al|au|each|every|ogni|cada|chaque|jeden)\s+(?:day|jour|"
                 r"d[íi]a|tag|giorno)\b|\bdaily\b|quotidien\w*|\bdi[áa]ri[oa]s?\b|t[äa]glich\w*|"
                 r"giornalier\w*")
# a figure named as a field: "spese per mese", "per categoria", "totale annuo", "ventes par jour"
_FIGURE_SAID = (rf"{_PER_CATEGORY_SAID}|{_PER_DAY_SAID}|\b(?:per|par|por|pro|a|al|au|nach|by|"
                r"each|ogni|cada|chaque)\s+(?:week|semaine|semana|woche|settimana|month|mois|"
                r"mes|m[êe]s|monat|mese|year|an|año|ano|jahr|anno)\b|\btota(?:l|le|ux)\b|"
                r"\bsumme\b|\bsomme\b|\bsoma\b|\bsuma\b|\bmonthly\b|\bmensu\w*|\bmonatlich\w*|"
                r"\baverage\b|\bmoyenne\b|\bpromedio\b|\bdurchschnitt\b|\bm[ée]dia\b|"
                # what the cards count: "orders, revenue, best-selling product"
                r"^(?:orders?|revenue|sales|profits?|commandes?|ventes?|chiffre d'affaires|"
                r"pedidos?|ingresos|ventas?|bestellungen|ums[äa]tze?|verk[äa]ufe|faturamento|"
                r"vendas?|receitas?|ordini|fatturato|vendite|ricavi)$")
# what sold most: "produit le plus vendu", "best-selling product", "el producto más vendido",
# "meistverkauftes Produkt", "o produto mais vendido", "il prodotto più venduto"
_TOP = re.compile(
    r"(?P<thing>[^\W\d_]+)\s+(?:le |la |les )?plus vendu|(?:most (?:sold|popular)|best[- ]?"
    r"sell(?:ing|er)|top[- ]selling|meistverkaufte\w*|bestverkaufte\w*)\s+(?P<thing2>[^\W\d_]+)|"
    r"(?P<thing3>[^\W\d_]+)\s+(?:m[áa]s|mais|pi[ùu])\s+vendid[oa]s?|"
    r"(?P<thing4>[^\W\d_]+)\s+pi[ùu]\s+vendut[oa]|"
    # "top products", "top 5 items" (walk19 #11)
    r"\btop[- ](?:\d+\s+)?(?P<thing5>products?|items?|sellers?|dishes|flavou?rs?|scents?)\b", re.I)


# ---- store ---------------------------------------------------------------------------------
RATING = L("Rating", "Note", "Valoración", "Bewertung", "Avaliação", "Valutazione")


# A shop's sample products when its prompt names none: samples said as such, in the shop's
# category, never the template's kits, guides and workshops under the shop's name ("PayPal ·
# Starterset", "Confitures · atelier": walk18 #35)
SAMPLE_PRODUCT = L("Sample product {n}", "Produit exemple {n}", "Producto de ejemplo {n}",
                   "Beispielprodukt {n}", "Produto de exemplo {n}", "Prodotto di esempio {n}")
SAMPLE_PRICES = (12.0, 18.0, 25.0, 34.0)


# Where a sentence starts naming what a place sells: "we sell …", "une carte avec …",
# "vendemos …", "wir verkaufen …", "com …", "vendiamo …".
_SELLS = (r"\b(?:sells?|selling|offers?|offering|serves?|serving|with|featuring|including|"
          r"avec|vend(?:s|ons|ez|ent|re)|propos\w*|sert|servons|con|vend(?:o|e|emos|en|er)|"
          r"ofrec\w*|servimos|mit|verkauf\w*|bieten|anbiet\w*|com|oferec\w*|vendiamo|"
          r"offr\w*|serviamo)\b\s*:?\s+")
# A clause after the list ("…, les clients ajoutent au panier"): the list ends there.
_CLAUSE = (r"^(?:(?:the|our|my|les|nos|mes|los|las|nuestros|die|unsere|os|as|nossos|i|gli|"
           r"le|nostri)\s+)?(?:customers?|clients?|clientes?|kunden|clienti|people|gens|"
           r"gente|leute|persone|pessoas|they|we|you|i|on|ils|elles|nous|vous|ellos|wir|sie|"
           r"eles|noi|loro|so|then|puis|luego|dann|depois|poi|which|that|where|qui|que|"
           r"donde|wo|onde|dove|who|all|tout|todo|alles|tudo|tutto)\b")
# Parts of an app, not goods ("with a cart, photos and reviews").
_APP_PARTS = (r"\b(?:pages?|sections?|forms?|buttons?|lists?|search|filters?|categor\w*|"
              r"admin|dashboard|accounts?|log ?in|cart|checkout|basket|panier|carrito|carrinho|"
              r"carrello|warenkorb|pri(?:ce|x)s?|precios?|pre[çc]os?|prezz[oi]|preise?|photos?|"
              r"fotos?|images?|reviews?|ratings?|avis|stock|inventory|deliver\w*|livraison|"
              r"entregas?|lieferung|consegn\w*|payments?|paiements?|pagos?|pagamentos?|"
              r"zahlung|orders?|commandes?|pedidos?|bestellung\w*|ordin[ei]|dark mode|"
              r"menu|menù|carte|karte|cardápio|card[áa]pio|emails?|e-mails?|newsletter|"
              # how it is paid and sent: "Bezahlung per PayPal und Versand-Tracking"
              r"bezahl\w*|paypal|stripe|apple pay|google pay|tracking|versand\w*|shipping|"
              r"env[íi]os?|spedizion\w*|exp[ée]dition|suivi|rastreamento|seguimiento|"
              r"tracciamento|sendungsverfolgung)\b")
_ARTICLE = (r"^(?:(?:a|an|the|some|our|my|des|les|nos|mes|du|de la|de|la|le|l'|el|los|las|"
            r"unos|unas|nuestros|nuestras|die|den|der|unsere|meine|o|os|as|nossos|nossas|"
            r"meus|minhas|i|gli|il|lo|un|una|uno|une|nostri|nostre|miei|mie)\s+)+")


def sold_in_a_sentence(prompt: str) -> list[str]:
    """The goods a prompt names in a sentence, not a list ("we sell sourdough loaves,
    croissants and cinnamon buns"; "une carte avec pains et gâteaux, les clients …"): the
    noun phrases after "sell/offer/with/avec/con/mit/com…", up to the first clause; [] when it
    names fewer than two."""
    for m in re.finditer(_SELLS, prompt, re.I):
        run = re.split(r"[.;!?\n()]", prompt[m.end():], maxsplit=1)[0]
        out = []
        for part in re.split(shapes.AND, run):
            part = part.strip(" '\"«»“”:")
            if not part or re.search(_CLAUSE, part, re.I) or len(part.split()) > 4:
                break
            if re.search(_APP_PARTS, part, re.I) or re.search(r"\d", part):
                continue
            thing = re.sub(_ARTICLE, "", part, flags=re.I).strip()
            if thing:
                out.append(cap(thing))
        if len(out) >= 2:
            return out[:12]
    return []


# So many of a kind at one price each: "5 designs, $20 each", "10 modèles à 25 € pièce", "8
# diseños, 15 € cada uno", "6 Designs, je 18 €", "5 modelos, R$ 40 cada", "5 modelli a 20 €
# l'uno"
_PRICE_EACH = (r"(?:each|apiece|a piece|per piece|la pi[èe]ce|pi[èe]ce|chacun\w*|"
               r"cada(?:\s+(?:uno|una|um|uma))?|jeweils|je|pro st[üu]ck|das st[üu]ck|"
               r"l['’]un[oa]|ciascun[oa]|cadauno|al pezzo|por unidad|por pe[çc]a)")
_MONEY = (r"(?:(?:R\$|US\$|[€$£])\s?(?P<a1>\d{1,5}(?:[.,]\d{1,2})?)|(?P<a2>\d{1,5}(?:[.,]\d{1,2})?)"
          r"\s?(?:€|\$|£|eur(?:os?)?\b|dollars?\b|reais\b))")
_COUNTED_GOODS = re.compile(
    rf"(?<![\d.,])(?P<n>\d{{1,2}})\s+(?P<noun>[^\W\d_][\w'’-]*)[\s,:–-]*(?:(?P<at>at|à|a|de|"
    rf"por|zu|per|para)\s+|for\s+)?(?:(?P<e1>{_PRICE_EACH})\s+)?{_MONEY}"
    rf"(?:\s*(?P<e2>{_PRICE_EACH})\b)?",
    re.I)


def _one(noun: str, lang: str) -> str:
    """A counted noun said once ("designs" → "Design", "modelli" → "Modello")."""
    if lang == "it":
        return cap(re.sub(r"i$", "o", re.sub(r"e$", "a", noun)))
    return cap(re.sub(r"(?<=[^s])s$", "", noun))


def counted_goods(spec: Spec) -> tuple[Product, ...]:
    """So many products of a kind at a price each ("5 designs, $20 each"): "Design 1" … "Design
    5" at $20, names to change; () when the prompt says no such thing."""
    for m in _COUNTED_GOODS.finditer(spec.prompt[:4000]):
        n = int(m.group("n"))
        # each at the price, said so or priced at it ("8 modèles à 35 €": walk19 #23)
        if 2 <= n <= listed.MAX_ITEMS and (m.group("e1") or m.group("e2") or m.group("at")):
            price = float((m.group("a1") or m.group("a2")).replace(",", "."))
            group = cap(spec.subject) if spec.subject else spec.name
            one = _one(m.group("noun"), spec.lang)
            return tuple(Product(f"{one} {i}", price, group, "🛍️", 0) for i in range(1, n + 1))
    return ()


# Sizes a shop sells its things in: "tallas S M L XL", "sizes S, M, L, XL", "tailles S à
# XL", "Größen S-XL", "tamanhos P, M, G", "taglie dalla S alla XL"
_SIZE_WORD = (r"\b(?:sizes?|tallas?|tailles?|gr[öo](?:ß|ss)en|tamanhos?|taglie|taglia)\b\s*:?\s*"
              r"(?:(?:from|de|desde|von|dalla|da|dal)\s+)?")
_SIZE = r"(?:X{0,3}S|M|X{0,3}L|[2-5]XL|P|G|GG|EG)"
_SIZES = (rf"{_SIZE_WORD}(?P<sizes>{_SIZE}(?:\s*(?:,|/|-|–|\s|\b(?:and|et|y|e|und|to|à|a|"
          rf"bis|al|alla|até)\b)\s*(?-i:{_SIZE})\b)+)")
_SIZE_RUN = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL")


def sizes_said(prompt: str) -> list[str]:
    """The sizes a shop's prompt sells in, in order ("S à XL" is S, M, L, XL); []."""
    m = re.search(_SIZES, prompt[:4000], re.I)
    if not m:
        return []
    said = [x.upper() for x in re.findall(rf"(?-i:{_SIZE})\b", m.group("sizes"))]
    if len(said) == 2 and re.search(r"[-–]|\b(?:to|à|a|bis|al|alla|até)\b", m.group("sizes")) \
            and all(x in _SIZE_RUN for x in said):
        a, b = (_SIZE_RUN.index(x) for x in said)
        said = list(_SIZE_RUN[a:b + 1])
    return list(dict.fromkeys(said))[:8] if len(said) >= 2 else []


def sized_goods(spec: Spec) -> tuple[Product, ...]:
    """A thing sold in sizes at one price each ("camisetas estampadas, tallas S M L XL, 18€
    cada una"): a product for each size ("Camiseta · S" … at 18 €), so the cart holds the
    size; () when the prompt names no sizes or no price each."""
    sizes = sizes_said(spec.prompt)
    price = re.search(rf"{_MONEY}\s*(?:{_PRICE_EACH})\b", spec.prompt[:4000], re.I) or \
        re.search(rf"(?:{_PRICE_EACH})\s+(?:(?:at|à|a|por|zu|per|para)\s+)?{_MONEY}",
                  spec.prompt[:4000], re.I)
    if not sizes or not price or len(re.findall(_MONEY, spec.prompt[:4000])) != 1:
        return ()
    group = cap(spec.subject) if spec.subject else spec.name
    words = group.split() or [i18n.pick(SAMPLE_PRODUCT, spec.lang).format(n="").strip()]
    # the noun said once: first in French, Spanish, Portuguese, Italian ("Camisetas
    # estampadas"), last in English and German ("Printed t-shirts")
    one = cap(" ".join([*words[:-1], _one(words[-1], spec.lang).lower()])) \
        if spec.lang in ("en", "de") else _one(words[0], spec.lang)
    amount = float((price.group("a1") or price.group("a2")).replace(",", "."))
    return tuple(Product(f"{one} · {size}", amount, group, "👕", 0) for size in sizes)


# The one thing a page sells at its one price: "vendere i biglietti della lotteria a 2 euro",
# "sell tickets for our school raffle at $5", "vendre les billets de la tombola à 2 €"
_ONE_PRICED = re.compile(
    r"\b(?:sell(?:ing)?|vend(?:re|er|ere)|verkauf(?:en)?)\s+(?:(?:the|our|my|les|des|nos|mes|"
    r"los|las|nuestr[oa]s|i|gli|le|os|as|nossos?|nossas?|die|unsere|von)\s+)*"
    rf"(?P<what>[^\W\d_][^\d,.;:!?()$€£]{{1,60}}?)\s*,?\s*(?:(?:at|for|à|a|al|zu|für|por|para|"
    rf"per|de|je)\s+)?{_MONEY}", re.I)
_FOR = r"\s+(?:for|pour|para|per|f[üu]r)\s.*$"


def one_priced(spec: Spec) -> tuple[Product, ...]:
    """The one thing a prompt sells at one price ("biglietti della lotteria a 2 euro"): that
    product, said once; () when it says no such thing or prices several."""
    found = list(_ONE_PRICED.finditer(spec.prompt[:4000]))
    if len(found) != 1 or len(re.findall(_MONEY, spec.prompt[:4000])) != 1:
        return ()
    m = found[0]
    words = re.sub(_FOR, "", m.group("what").strip(), flags=re.I).split()
    if not words or len(words) > 6:
        return ()
    one = _one(words[0], spec.lang)
    # the thing said once after its price ("Losen …, 2 € pro Los"): its own singular
    if (each := re.match(r"\s*(?:pro|per|par|le|la|each|a|an|por|cada|al|ao)\s+([^\W\d_][\w-]*)",
                         spec.prompt[m.end():], re.I)) and each.group(1)[:3].lower() == \
            words[0][:3].lower():
        one = cap(each.group(1))
    name = " ".join([one, *words[1:]])
    group = cap(spec.subject) if spec.subject else spec.name
    return (Product(name, float((m.group("a1") or m.group("a2")).replace(",", ".")), group,
                    "🎟️" if re.search(r"ticket|billet|biglietti|rifa|los|bilhete|entrada",
                                     name, re.I) else "🛍️", 0),)


def own_products(spec: Spec) -> tuple[Product, ...]:
    """The products a shop's prompt lists ("vela de lavanda R$ 35 e vela de canela R$ 48";
    "my pottery: mugs, bowls and plates"), with no made-up rating: a shop shows what it sells,
    not a domain pack's gift boxes and workshops. () when it lists none."""
    if counted := counted_goods(spec) or sized_goods(spec) or (
            () if _priced_dishes(spec) else one_priced(spec)):
        return counted
    group = cap(spec.subject) if spec.subject else spec.name
    priced = [(name, price) for name, _, price, _ in _priced_dishes(spec)]
    # goods named with no price have none: a price to set, never one made up
    goods = priced or [(name, None) for name in _named_goods(spec)]
    if re.search(BAKERY, spec.prompt.lower()):  # a bakery's shop: its breads, pastries, cakes
        sections = i18n.pick(BAKES, spec.lang)
        return tuple(Product(n, p, cap(sections[c]), e, 0)
                     for n, c, p, e in (_bake(name, price) for name, price in goods))
    if priced:
        return tuple(Product(name, price, group, "🛍️", 0) for name, price in priced)
    return tuple(Product(name, None, group, next(
        (e for pattern, e in _DISH_EMOJI if re.search(pattern, name, re.I)), "🛍️"), 0)
        for name, _ in goods)


def _store(spec: Spec) -> tuple[str, list, list, dict]:
    lang = spec.lang
    own = own_products(spec)
    products = own or spec.pack.products
    if not own and (lang != "en" or spec.pack.key == "neutral"):
        group = cap(spec.subject) if spec.subject else spec.name
        products = tuple(Product(i18n.pick(SAMPLE_PRODUCT, lang).format(n=i + 1), price, group,
                                 "🛍️", 0) for i, price in enumerate(SAMPLE_PRICES))
    cats = sorted({p.category for p in products})
    fields = [f("name", lang, required=True), f("description", lang),
              f("price", lang, "money", all(p.price is not None for p in products)),
              f("category", lang, "select", options=[[c, c] for c in cats]),
              f("rating", lang, "rating", label=i18n.pick(RATING, lang))]
    seed = [{"name": p.name, "description": "", "price": p.price, "category": p.category,
             # sample stars are made-up reviews: shown only where ratings were asked for
             "rating": round(p.rating) if re.search(FEATURES["ratings"][0], spec.prompt.lower())
             else 0, "emoji": p.emoji}
            for p in products]
    return "menu", fields, seed, {"grid": True, "orderFields": [f("email", lang, "email")],
                                  "store": True, "own": bool(own)}


BUILDERS = {"todo": _todo, "blog": _blog, "dashboard": _dashboard, "store": _store,
            "tracker": _tracker, "board": _board, "booking": _booking, "directory": _directory,
            "leaderboard": _leaderboard, "flashcards": _flashcards, "calculator": _calculator,
            "status": _status, "menu": _menu, "signup": _signup}


PHOTO = L("Photo", "Photo", "Foto", "Foto", "Foto", "Foto")
PICKUP = L("Pick-up", "Retrait", "Recogida", "Abholung", "Retirada", "Ritiro")


# Entries filed under categories, asked in the six languages: "with categories (work, home,
# errands)", "par catégorie", "nach Kategorie"
_CATEGORY = re.compile(r"categor|kategorie|cat[ée]gor")
# the categories listed after the word, with or without a colon: "categories (work, home)",
# "with categories food, transport and hotels", "catégories : maison, jardin"
_CATEGORY_CHOICES = re.compile(
    r"(?:categor|kategorie|cat[ée]gor)\w*[^(:.;!?\n]{0,24}?(?:[(:]|\b(?:like|such as|comme|"
    r"como|wie|come)\b)?\s*([^().;:!?\n]+?(?:,|\s(?:and|or|et|ou|y|o|und|oder|e)\s)"
    r"[^().;:!?\n]+)")
_LIST_SPLIT = r",|/|\s(?:or|and|ou|et|o|y|oder|und|e)\s"
# not a category: what the sentence goes on to ask ("…, and a total per category")
_NOT_A_CHOICE = re.compile(r"(?:a|an|the|show|see|with|plus|un|une|des|le|la|les|el|los|las|"
                           r"ein|eine|der|die|das|um|uma|o|os|il|lo|gli|mostrar|afficher|"
                           r"zeigen|mostra)\b", re.I)


def said_categories(prompt: str) -> list[str]:
    """The categories a prompt lists after the word "categories" (two or more), else []."""
    m = _CATEGORY_CHOICES.search(prompt)
    said = [c.strip(" .…") for c in re.split(_LIST_SPLIT, m.group(1))] if m else []
    # the money they are in closes the list: "…, loisirs en euros" (walk17 #14)
    said = [re.sub(r"\s+(?:in|en|em|im|in)\s+(?:euros?|dollars?|d[óo]lares|reais|pounds?|libras?|"
                   r"francs?|yen(?:es)?|pesos|sterline)$", "", c, flags=re.I) for c in said]
    said = [c for c in said if c and len(c.split()) <= 3 and not _NOT_A_CHOICE.match(c)
            and not _CATEGORY.search(c.lower())]
    return said if len(said) >= 2 else []


# "a total per category", "total par catégorie", "Summe pro Kategorie"
_PER_CATEGORY = re.compile(
    r"\b(?:totals?|sums?|subtotals?|spent|spending|summe\w*|somme|suma|soma|totale)\s+"
    r"(?:\w+\s+)?(?:per|by|for each|in each|of each|par|por|pro|je|nach|per|para cada|pour "
    r"chaque)\s+(?:categor|kategorie|cat[ée]gor)")


def _sorted_by(spec: Spec, fields: list[dict], opts: dict) -> tuple[list[dict], dict]:
    """A list's category, when asked and it has none: a choice of those the prompt lists
    ("categories (work, home, errands)"), else one typed per entry, the filter offering each
    one typed (dataapp.js: filterOf); and its month of entries, when a calendar is asked and
    the entries have dates."""
    keys = {x["key"] for x in fields}
    # (nor a second one beside the category the prompt's own list names: "Kategorie
    # (Lebensmittel, Miete, Freizeit)" had two, walk23 #8)
    if _CATEGORY.search(spec.prompt.lower()) and "category" not in keys and not any(
            _CATEGORY.search(x["label"].lower()) and x["type"] in ("select", "tags", "text")
            for x in fields):
        said = said_categories(spec.prompt)
        category = f("category", spec.lang, "select", options=[[c, cap(c)] for c in said]) \
            if said else f("category", spec.lang, "tags")
        fields = [*fields[:1], category, *fields[1:]]
    dated = next((x for x in fields if x["type"] == "date"), None)
    title = next((x for x in fields if x["type"] == "text"), None)
    if spec.has("calendar") and dated and title and not opts.get("calendar"):
        opts = {**opts, "month": {"date": dated["key"], "title": title["key"]}}
    return _filtered_by(spec, _mapped(spec, fields)), opts


# "filter by neighbourhood", "filtrer par quartier", "nach Stadtteil filtern"
_FILTER_BY = re.compile(
    r"\b(?:filter\w*|filtr\w*)\s+(?:by|par|por|nach|per|pelo|pela)\s+(?:the |their |its |le |la |"
    r"les |l'|el |los |las |den |die |das |dem |der |o |a |os |as |il |lo |i |gli )?"
    r"([^\W\d_][\w'’-]{2,})|\bnach\s+((?:[^\W\d_][\w-]{2,}\s+)??(?!und\b|oder\b)[^\W\d_][\w-]{2,})\s+filter|"
    # the thing before the filter, asked with the list: "with a neighborhood filter", "mit
    # einem Stadtteil-Filter" (not "I changed the air filter")
    r"\b(?:with|mit|and|und|plus)\s+(?:an?\s+|a\s+|ein(?:e[nmr]?)?\s+)?"
    r"([^\W\d_][\w'’]{2,})[\s-]+filter\b", re.I)
_NOT_TO_FILTER = r"name|nom|nombre|nome|date|datum|fecha|data|price|prix|precio|preis|pre[çc]o|prezzo"


def _filtered_by(spec: Spec, fields: list[dict]) -> list[dict]:
    """A list asked to be filtered by a thing it has no choice for ("filter by neighbourhood"):
    that thing, typed per entry, and the filter offers each one typed (dataapp.js: filterOf);
    a number or a yes/no it holds ("filter by number of bells") is filtered as it is."""
    m = _FILTER_BY.search(spec.prompt)
    if not m:
        return fields
    word = (m.group(1) or m.group(2) or m.group(3)).lower()
    if re.match(_NOT_TO_FILTER, word):
        return fields
    after = spec.prompt[m.start(m.lastindex or 0):].lower()
    same = next((x for x in fields if after.startswith(x["label"].lower())), None) or next(
        (x for x in fields if x["label"].lower().startswith(word[:5])
         or word.startswith(x["label"].lower()[:5])), None) or next(
        # a yes/no said as a clause ("whether it has a kitchen") filtered by its thing
        (x for x in fields if x["type"] == "bool"
         and re.search(rf"\b{re.escape(word)}\b", x["label"].lower())), None)
    if same and same["type"] in ("number", "money", "bool"):
        return [{**x, "filter": True} if x is same else x for x in fields]
    if any(x["type"] in ("select", "tags") for x in fields):
        return fields
    if same:
        return [{**x, "type": "tags"} if x is same and x["type"] == "text" else x for x in fields]
    return [*fields[:1], {"key": slug(word), "label": cap(word), "type": "tags"}, *fields[1:]]


# An address, in the six languages: with a map asked for, it opens on OpenStreetMap
_ADDRESS = r"address|adresse|direcci[óo]n|endere[çc]o|indirizzo|anschrift|location|lieu|ubicaci"


# A map that is the app itself ("une carte des restaurants de Lyon", "a map of the bike
# racks"), not one beside a list ("a directory of cafés with a map")
_MAP_OF = re.compile(r"\b(?:maps?|cartes?|mapas?|karten?|mappe?)\s+(?:of|des|de|du|der|dei|delle|"
                     r"degli|dos|das|do|da|di|aller)\b|\b(?:on|num|numa|em um|sur|en|auf|su)\s+"
                     r"(?:a|the|une|la|un|el|einer|der|una|uma|o)?\s*(?:maps?|cartes?|mapas?|"
                     r"karten?|mappe?)\b")


def _mapped(spec: Spec, fields: list[dict]) -> list[dict]:
    """A list asked for a map beside it: its address (one added to a directory that has none)
    links to OpenStreetMap, the map no page here draws (a map that is the whole app is said
    as not built)."""
    text = spec.prompt.lower()
    if not re.search(MAPS, text) or _MAP_OF.search(text):
        return fields
    if not any(re.search(_ADDRESS, x["key"] + " " + x["label"].lower()) for x in fields):
        if spec.kind != "directory":
            return fields
        fields = [*fields, f("address", spec.lang)]
    return [{**x, "map": True} if re.search(_ADDRESS, x["key"] + " " + x["label"].lower())
            else x for x in fields]


def distinct(keyed: list, key: Callable[[Any], str], rekey: Callable[[Any, str], Any]) -> list:
    """``keyed`` with no key twice: a later one gets ``_2``, ``_3``… Names a prompt gives
    slug alike ("🍰, 🍪", "名前, 電話" are each "field"; "To do, TO DO" each "to_do"), and a page
    with two inputs of one name saves one of them (a RadioNodeList: a photo field's preview
    threw), a board with two columns of one key shows each card in both and moves none, and a
    full-stack table gets one column twice."""
    taken = {key(x) for x in keyed}
    seen: set[str] = set()
    out = []
    for x in keyed:
        k = key(x)
        if k in seen:
            n = 2
            while f"{k}_{n}" in taken:
                n += 1
            k = f"{k}_{n}"
            taken.add(k)
            x = rekey(x, k)
        seen.add(k)
        out.append(x)
    return out


def _distinct_keys(fields: list[dict], opts: dict) -> tuple[list[dict], dict]:
    """Fields, their choices and a board's columns, each key once (``distinct``)."""
    def options(x: dict) -> dict:
        return {**x, "options": distinct(x["options"], lambda o: o[0],
                                         lambda o, k: [k, *o[1:]])} if x.get("options") else x
    fields = [options(x) for x in distinct(fields, lambda x: x["key"],
                                           lambda x, k: {**x, "key": k})]
    if opts.get("columns"):
        opts = {**opts, "columns": distinct(opts["columns"], lambda c: c[0],
                                            lambda c, k: [k, *c[1:]])}
    return fields, opts


def config(spec: Spec) -> dict:
    view, fields, seed, opts = BUILDERS[spec.kind](spec)
    fields, opts = _distinct_keys(fields, opts)
    if not opts.pop("own", False):
        # sample rows show how the app works; the page says they are examples and removes
        # them in one click, so none reads as a real record (dataapp.js: examples)
        seed = [{**row, "_example": True} for row in seed]
        if view == "menu":  # a menu's or a shop's sample prices, in the prompt's money
            seed = _in_scale(seed, fields, i18n.currency(spec.prompt, spec.lang))
    if spec.has("images") and view in ("list", "posts", "menu"):  # a photo per entry
        fields = [*fields[:1], {"key": "photo", "label": i18n.pick(PHOTO, spec.lang),
                                "type": "image"}, *fields[1:]]
    if view == "list":
        fields, opts = _sorted_by(spec, fields, opts)
    elif view in ("signup", "status", "flashcards") and re.search(CALENDAR,
                                                                   spec.prompt.lower()):
        # a month, as a list with dates has: the slots on their days, each day's worst state
        # with its incidents, the days cards were studied (dataapp.js: monthOfRows)
        opts = {**opts, "month": {"date": "date", "title": "title"}}
    tagline = "habits" if view == "habits" else opts.pop("tagline", spec.kind)
    words = i18n.words(spec.lang)
    if not opts.get("queue"):  # a page offers no waitlist nobody asked for, even in words
        words = {k: v for k, v in words.items() if k not in ("joinQueue", "queue", "queued")}
    if opts.get("teams"):  # a league of teams adds a team, not a player
        words |= {"player": words["team"], "addPlayer": words["addTeam"]}
    if opts.get("store"):  # a shop says cart and checkout where a menu says order
        words |= {"yourOrder": words["yourCart"], "addToOrder": words["addToCart"],
                  "placeOrder": words["checkout"], "orderEmpty": words["cartEmpty"]}
    if view in ("menu", "booking"):  # a place's town, hours and pick-up, as its prompt says
        colon = " :" if spec.lang == "fr" else ":"
        hours, pickup = said_hours(spec.prompt), said_pickup(spec.prompt) if view == "menu" else ""
        # a booking page's priced services, beside its hours ("Tarifs : Coupe 25 €")
        said = prices(spec.prompt) if view == "booking" else []
        priced = ", ".join(f"{label} {price}" for label, price in said
                           if not re.search(DEPOSIT, label, re.I))
        deposit = next((price for label, price in said if re.search(DEPOSIT, label, re.I)), "")
        lone = lone_price(spec.prompt) if view == "booking" and not priced and not deposit \
            else ""
        visit = " · ".join(x for x in (
            said_place(spec.prompt),
            hours and f"{i18n.pick(i18n.LANDING['hours'], spec.lang)}{colon} {hours}",
            pickup and f"{i18n.pick(PICKUP, spec.lang)}{colon} {pickup}",
            priced and f"{i18n.pick(i18n.LANDING['pricing'], spec.lang)}{colon} {priced}",
            lone and f"{i18n.pick(FIELD['price'], spec.lang)}{colon} {lone}",
            deposit and f"{i18n.pick(DEPOSIT_LABEL, spec.lang)}{colon} {deposit}")
            if x)
        if visit:
            opts["visit"] = visit
    elif view == "signup" and (fee := lone_price(spec.prompt)):
        # what taking part costs ("taller de cerámica …, máximo 8 personas, 25 €": walk19 #8)
        colon = " :" if spec.lang == "fr" else ":"
        opts["visit"] = f"{i18n.pick(FIELD['price'], spec.lang)}{colon} {fee}"
    paying = FEATURES["payments"][2]
    if view == "menu" and any(u.startswith(paying) for u in spec.unsupported):
        # asked for, not built: the page says so where the order is placed
        words["orderNote"] = words["payNote"]
    words.pop("payNote")
    return {"name": spec.name, "lang": spec.lang, "shape": spec.kind, "view": view,
            "slug": slug(spec.name), "key": f"devora.{slug(spec.name)}",
            "currency": i18n.currency(spec.prompt, spec.lang),
            # what the app does; a domain pack's slogan ("Healthy plants, delivered in their
            # pots") said things about the person's business they never said
            "tagline": " ".join(x for x in (i18n.pick(TAGLINE[tagline], spec.lang),
                                            clash_line(spec.prompt, spec.lang)) if x),
            "fields": fields, "seed": seed, "opts": opts,
            "rowDefaults": opts.pop("rowDefaults", {}),
            "t": words}


# The views that keep their table (search, sort, a filter by the first choice field) under
# "Add, edit and delete", which a full-stack app's admin-only data shows to admins only.
_MANAGED = ("habits", "board", "leaderboard", "flashcards", "status", "menu", "signup", "posts")


def contains(spec: Spec, admin_manages: bool = False) -> frozenset[str]:
    """The features (spec.FEATURES ids) the app built from ``spec`` has, read from what its
    config makes dataapp.js draw: what a run may say it built. ``admin_manages``: the app's
    "Add, edit and delete" is for admins only (full-stack status, menu, sign-up sheet)."""
    cfg = config(spec)
    view, fields, opts = cfg["view"], cfg["fields"], cfg["opts"]
    keys, types = {x["key"] for x in fields}, {x["type"] for x in fields}
    table = view not in ("booking",) and not (admin_manages and view in _MANAGED)
    dated = "date" in types and types & {"number", "money"}
    found = {
        "search": table or view in ("posts", "menu"),
        # posts: tag chips; a table: a choice field, tags whose every value is a choice, or a
        # rating (at least so many)
        "filters": (table and (bool({"select", "tags", "rating"} & types)
                               or any(x.get("filter") for x in fields))) or view == "posts",
        # a sign-up sheet's rows are the categories people sign up under, each with its spots
        "categories": "category" in keys or bool(opts.get("groups")),
        "tags": "tags" in keys,
        "due_dates": "due" in keys,
        "priorities": "priority" in keys,
        "ratings": "rating" in types or opts.get("score") == "rating",
        "prices": "price" in keys,
        "images": "image" in types,
        "charts": view == "dashboard" or (view == "list" and opts.get("chart") and dated),
        "kpis": view == "dashboard",
        "markdown": view == "posts",
        "comments": bool(opts.get("comments")),
        "cart": view == "menu",
        "waitlist": bool(opts.get("queue")) and not admin_manages,
        "checkout": bool(opts.get("store")),  # a cart checked out into an order, not paid
        "dark_mode": spec.has("dark_mode"),
        "days_since": bool(opts.get("perItem")),
        "intervals": bool(opts.get("every")),
        "maps": any(x.get("map") for x in fields),
        "calendar": view == "booking" or bool(opts.get("calendar") or opts.get("month")),
        # each court or room booked on its own
        "resources": bool(opts.get("resources")),
    }
    return frozenset(k for k, v in found.items() if v)


CSS = """
[hidden] { display: none !important; }
button:disabled { opacity: .45; cursor: not-allowed; }
.chart svg { width: 100%; max-height: 260px; display: block; }
.cal-grid { display: grid; grid-template-columns: repeat(7, 1fr); gap: .3rem; }
.cal-day { padding: .45rem 0; text-align: center; border-radius: 6px; background: var(--line); }
.cal-day.blank { background: none; } .cal-day.today { outline: 2px solid var(--accent); }
#month .cal-day { display: grid; align-content: start; gap: .1rem; min-height: 3.2rem; padding: .3rem; text-align: left; overflow: hidden; }
#month .cal-day.busy { background: var(--card); border: 1px solid var(--accent); }
#month + .slots-list { margin-top: 1rem; }
#month .cal-day.level-1 { background: rgb(224 162 0 / .22); } #month .cal-day.level-2 { background: rgb(220 38 38 / .2); }
.cal-item { display: block; font-size: .72rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.tone-0 { background: #2e9e5b; color: #fff; } .tone-1 { background: #8cc152; color: #10210a; }
.tone-2 { background: #f6bb42; color: #2a1d00; } .tone-3 { background: #e9573f; color: #fff; }
.legend { display: flex; gap: .4rem; flex-wrap: wrap; margin: .75rem 0 0; }
.chart-bar { fill: var(--accent); } .chart-label { font-size: 13px; fill: var(--muted); }
.wide { flex-basis: 100%; }
.examples { margin-bottom: 1rem; border-style: dashed; align-items: center; gap: .75rem; }
form.editor label { flex: 1 1 10rem; } form.editor label.wide { flex-basis: 100%; }
.toolbar { margin: 1rem 0 .5rem; }
.toolbar input[type=search] { flex: 1 1 14rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: var(--card); border-radius: var(--radius); }
th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
tr.done td { color: var(--muted); text-decoration: line-through; }
tr.overdue td:nth-child(3) { color: var(--danger); font-weight: 600; }
td.actions { white-space: nowrap; text-align: right; }
td.actions button, td.actions input { margin-left: .25rem; }
button.danger { color: var(--danger); }
button.link { border: 0; background: none; padding: 0 .3rem; color: var(--muted); }
.manage { margin-top: 1.5rem; }
.manage summary { cursor: pointer; font-weight: 600; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: .75rem; margin: 1rem 0; }
.kpi { display: grid; gap: .2rem; } .kpi strong { font-size: 1.5rem; }
.plain { list-style: none; padding: 0; display: grid; gap: .4rem; }
.plain li { display: flex; justify-content: space-between; gap: .5rem; align-items: center; flex-wrap: wrap; }
.between { justify-content: space-between; align-items: center; }
.center { text-align: center; justify-content: center; }
.small { font-size: .8rem; }
.note { font-size: .9rem; }
footer.storage { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; justify-content: center; padding: 2rem 1rem; }
footer.storage label { display: inline-flex; }
/* habits */
.habits { display: grid; gap: .75rem; }
.habit-head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
.habit h3 { margin: 0; } .streak { font-weight: 600; color: var(--accent); white-space: nowrap; }
.streak .flame { width: 1em; height: 1em; vertical-align: -.125em; margin-right: .3em; }
.days { display: grid; grid-template-columns: repeat(7, 1fr); gap: .4rem; margin-top: .6rem; }
.day { padding: .5rem 0; text-transform: capitalize; }
.day.on { background: var(--ok); color: #fff; border-color: var(--ok); }
.day.today { outline: 2px solid var(--accent); }
/* board */
.board { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 1rem; align-items: start; }
.column h3 { margin: 0 0 .75rem; display: flex; justify-content: space-between; }
.kcard { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: .6rem .75rem; margin-bottom: .5rem; cursor: grab; }
.kcard p { margin: .25rem 0; }
.kcard .row { justify-content: flex-end; gap: .3rem; }
.move { padding: .15rem .6rem; }
/* booking */
table.slots th, table.slots td { text-align: center; padding: .25rem; }
/* the first letter only: 'capitalize' made every word's, "Mar. 8 Déc.", "Sáb., 12 De Dez." */
table.slots th::first-letter, table.slots td::first-letter { text-transform: uppercase; }
.slot { display: block; width: 100%; padding: .35rem .2rem; font-size: .85rem; border-radius: 6px; }
.slot.free { border-color: color-mix(in srgb, var(--ok) 50%, var(--line)); }
.slot.taken { background: color-mix(in srgb, var(--muted) 20%, var(--card)); color: var(--muted); }
.slot .spots { display: block; font-size: .75rem; color: var(--muted); }
.kcard select.who { display: block; font-size: .85rem; padding: .15rem .3rem; margin: .25rem 0; }
#book-form { margin: 1rem 0; } section.card { margin-top: 1rem; }
/* leaderboard */
.ranking { list-style: none; padding: 0; display: grid; gap: .5rem; }
.rank { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
.rank .pos { font-size: 1.4rem; min-width: 2.2rem; white-space: nowrap; text-align: center; font-weight: 700; }
.medal { display: inline-grid; place-items: center; width: 1.9rem; height: 1.9rem; border-radius: 50%; font-size: 1rem; color: #3d2f00; background: #f2c94c; box-shadow: inset 0 0 0 3px rgb(0 0 0 / .12); }
.medal[data-medal="2"] { color: #2b2f36; background: #c9ced6; } .medal[data-medal="3"] { color: #3a1f06; background: #d99a5f; }
.rank .who { flex: 1; font-size: 1.05rem; } .rank .points { font-weight: 700; font-size: 1.2rem; }
#result-form { margin-bottom: 1rem; }
/* flashcards */
.study { display: grid; gap: 1rem; justify-items: center; }
.flash { width: min(520px, 100%); min-height: 220px; display: grid; place-items: center; gap: .5rem; font-size: 1.6rem; text-align: center; }
.flash.flipped { background: color-mix(in srgb, var(--accent) 10%, var(--card)); border-color: var(--accent); }
.flash .side, .flash .hint { font-size: .85rem; }
.flash .extra { font-size: 1rem; }
.choices { width: min(520px, 100%); }
.choice { flex: 1 1 45%; }
.choice.right { border-color: #2e7d32; background: color-mix(in srgb, #2e7d32 14%, var(--card)); }
.choice.wrong { border-color: #c62828; background: color-mix(in srgb, #c62828 14%, var(--card)); }
/* status */
.banner { padding: 1rem 1.25rem; border-radius: var(--radius); color: #fff; display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; margin-bottom: .5rem; }
.banner.level-0 { background: var(--ok); } .banner.level-1 { background: #d08a00; } .banner.level-2 { background: var(--danger); }
.banner .muted { color: #fffc; }
.component { margin-bottom: .75rem; display: grid; gap: .5rem; }
.bars { display: grid; grid-template-columns: repeat(90, 1fr); gap: 2px; height: 34px; }
.bar { border-radius: 2px; } .bar.level-0 { background: var(--ok); } .bar.level-1 { background: #e0a200; } .bar.level-2 { background: var(--danger); }
.chip.level-0 { color: var(--ok); border-color: var(--ok); } .chip.level-1 { color: #b07800; border-color: #e0a200; } .chip.level-2 { color: var(--danger); border-color: var(--danger); }
.incidents { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
.incidents p { margin: .25rem 0 0; }
label.inline { display: flex; gap: .5rem; align-items: center; }
/* menu */
.menu-layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(260px, 1fr); gap: 1.5rem; align-items: start; }
@media (max-width: 760px) { .menu-layout { grid-template-columns: 1fr; } }
/* a narrow page (the preview in a 1024 px window, a phone): each record is a card with its
   labels, Edit and Delete in view, never a table scrolled sideways to reach them */
@media (max-width: 640px) {
  #records thead { display: none; }
  #records, #records tbody, #records tr, #records td { display: block; width: 100%; }
  #records tr { padding: .45rem .2rem; border-bottom: 1px solid var(--line); }
  #records td { border: 0; padding: .15rem .6rem; }
  #records td[data-label]::before { content: attr(data-label) " · "; color: var(--muted); }
  #records td.actions { text-align: left; padding-top: .35rem; }
  #records td.actions button:first-child { margin-left: 0; }
}
.menu-section h3 { margin: 1.25rem 0 .5rem; }
.menu-section h3::first-letter { text-transform: uppercase; }  /* "Honig aus eigener Imkerei" */
.items { display: grid; gap: .5rem; }
.item { display: flex; align-items: center; gap: .75rem; }
.item .emoji { font-size: 1.8rem; } .item .grow { flex: 1; } .item p { margin: .1rem 0 0; }
.item .extras { display: flex; flex-wrap: wrap; gap: .15rem .9rem; margin-top: .35rem; }
.price { font-weight: 700; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: .75rem; }
.grid .item { flex-direction: column; align-items: stretch; text-align: center; }
.grid .item .emoji { font-size: 3rem; background: color-mix(in srgb, var(--accent) 10%, var(--bg)); border-radius: 8px; padding: .75rem 0; }
.stars { display: block; color: #e0a200; letter-spacing: .08em; }
.order { position: sticky; top: 1rem; display: grid; gap: .5rem; }
.order h3 { margin: 0; }
#search { width: 100%; }
/* photos */
img.thumb { width: 64px; height: 64px; object-fit: cover; border-radius: 8px; display: block; }
img.cover { width: 100%; max-height: 320px; object-fit: cover; border-radius: 8px; margin: .5rem 0; }
.image-input { display: flex; gap: .5rem; align-items: center; }
/* calculators */
.calc-basic { display: grid; gap: .6rem; max-width: 360px; }
.calc-basic #expression { font-size: 1.5rem; text-align: right; }
.calc-basic .result { margin: 0; text-align: right; font-size: 1.3rem; }
.keypad { display: grid; grid-template-columns: repeat(4, 1fr); gap: .4rem; }
.keypad button { font-size: 1.2rem; padding: .7rem 0; } .keypad .wide-key { grid-column: 1 / -1; }
.kpi.wide { grid-column: 1 / -1; } .kpi .lines { margin: .3rem 0 0; }
/* a post's own facts, as the prompt named them */
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: .4rem 0; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; }
/* sign-up */
.slots-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 1rem; }
.slot-card { display: grid; gap: .5rem; }
.chip.full { color: var(--danger); border-color: var(--danger); }
.names { margin: 0; padding-left: 1.1rem; }
/* the status line takes no room: it floats at the foot of the window (dataapp.js say) */
#status { position: fixed; left: 50%; bottom: 1rem; transform: translateX(-50%); z-index: 20;
  margin: 0; max-width: min(90vw, 40rem); padding: .45rem .9rem; border-radius: 8px;
  background: var(--fg); color: var(--bg); box-shadow: 0 4px 16px #0003; pointer-events: none;
  transition: opacity .3s; }
#status:empty, #status.gone { opacity: 0; }
"""


def files(spec: Spec) -> dict[str, str]:
    from devora_desktop.agents.templates.web import BASE_CSS

    cfg = config(spec)
    t = cfg["t"]
    theme = (f'<button type="button" id="theme-toggle" aria-pressed="false">'
             f'{html.escape(t["darkMode"])}</button>') if spec.has("dark_mode") else ""
    body = f"""  <header class="top"><div><h1>{html.escape(spec.name)}</h1><p class="muted" style="margin:0">{html.escape(cfg["tagline"])}</p></div><div class="tools">{theme}</div></header>
  <main>
    <p id="status" class="muted" role="status" aria-live="polite"></p>
    <div id="app"></div>
  </main>
  <footer class="storage muted"><span>{html.escape(t["storage"])}</span>
    <button type="button" id="export">{html.escape(t["exportCsv"])}</button>
    <label class="button">{html.escape(t["importCsv"])} <input type="file" id="import" accept=".csv,text/csv" class="sr-only"></label>
  </footer>"""
    page = f"""<!doctype html>
<html lang="{spec.lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(spec.name)}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="styles.css">
</head>
<body data-shape="{spec.kind}">
{body}
  <script src="config.js"></script>
  <script src="app.js"></script>
</body>
</html>
"""
    from devora_desktop.agents.templates.web import THEME_JS

    engine = ENGINE_JS.read_text(encoding="utf-8")
    if theme:
        engine += THEME_JS.replace('"Light mode"', json.dumps(t["darkMode"])).replace(
            '"Dark mode"', json.dumps(t["darkMode"]))
    emoji_css, emoji_js = emoji_parts(cfg)
    return {"index.html": page, "styles.css": BASE_CSS + CSS + emoji_css,
            "config.js": "// This app: its words, fields, sample rows and view (see app.js).\n"
                         "window.APP = " + json.dumps(cfg, ensure_ascii=False, indent=1)
                         + ";\n",
            "app.js": engine + emoji_js}


def emoji_parts(cfg: dict) -> tuple[str, str]:
    """The style and script that hide the emoji where the browser can't draw them (see
    web.EMOJI_JS), for an app that draws some (its rows' emoji, a menu's dishes); ("", "")
    for any other."""
    from devora_desktop.agents.templates.web import EMOJI_CSS, EMOJI_JS

    # (a full-stack menu's rows are in its database: its config holds none)
    emoji = cfg.get("shape") == "menu" or any(
        isinstance(r, dict) and r.get("emoji") for r in cfg["seed"])
    return (EMOJI_CSS, EMOJI_JS) if emoji else ("", "")
