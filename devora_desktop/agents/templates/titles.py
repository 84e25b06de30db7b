"""What an offline app is called: its kind in the prompt's language ("Calcul de l'IMC").

Both the prompt reader (``spec``, for the default name) and the data apps (``dataapp``, for the
calculator and the tracker's words) need these, so they sit below both.
"""

from __future__ import annotations

import re

from devora_desktop.agents.templates import calcs, i18n, quiz, shapes
from devora_desktop.agents.templates.shapes import (
    ATTEND,
    LEND,
    MOOD,
    RUNS,
    SLEEP,
    TITLE,
    WORKOUT,
    L,
    cap,
    shape_span,
)

HABIT = r"habit|gewohnheit|h[áa]bito|habitude|abitudin|streak|racha|sequ[êe]ncia"
SPEND = (r"expense|spend|d[ée]pense|gasto|ausgabe|ausgebe|despesa|spese|spendo|spendiamo|"
         r"budget|splitter|\bcosts?\b|haushaltsbuch|haushaltskasse|kassenbuch|or[çc]amento|"
         r"presupuesto|bilancio familiare")
ADOPT = rf"{shapes.ADOPT}|shelter|refuge|tierheim|protectora|abrigo|canile|rifugio"

RIDES = r"\brides\b|\bbike|cycling|\bv[ée]lo\b|ciclismo|radfahr|radtour|\bbici|fahrrad"
# What a tracker keeps, the first in this order that the prompt names ("séances de course à
# pied" are runs, not gym sessions): (key, pattern). Each key is a TITLE entry and a view in
# dataapp; those in OWN_TITLE name the app alone ("Humor diário", "Le mie corse").
TRACKS = (("habits", HABIT), ("expenses", SPEND), ("attendance", ATTEND), ("mood", MOOD),
          ("sleep", SLEEP), ("rides", RIDES), ("runs", RUNS), ("workouts", WORKOUT))
OWN_TITLE = {"mood", "sleep", "rides", "runs", "workouts"}


def tracker_kind(prompt: str) -> str | None:
    """What a tracker for ``prompt`` keeps: a TRACKS key, or None for a plain log."""
    text = prompt.lower()
    if re.search(_GEAR, text):  # running shoes are things logged, not runs (walk16 #8)
        text = re.sub(_GEAR, " ", text)
    # a driver's rides are no runs: "minhas corridas de uber", "carreras de taxi"
    text = re.sub(_DRIVEN, " ", text)
    key = next((key for key, pattern in TRACKS if re.search(pattern, text)), None)
    if key == "sleep" and not re.search(_SLEPT, text) and re.search(_HOURS, text):
        # an evening said with hours of something else is when they are logged: "Every
        # evening I log my volunteering hours" was a "Sleep log" of "Hours slept" (review26 #38)
        key = next((k for k, pattern in TRACKS[6:] if re.search(pattern, text)), None)
    # how one feels said after the log's own kind is one of its fields ("registro de sueño:
    # hora de acostarme, … y cómo me siento" is a sleep log, not a mood diary)
    after = [(m.start(), k) for k, pattern in TRACKS[4:] if (m := re.search(pattern, text))]
    if key == "mood" and after and min(after)[0] < re.search(MOOD, text).start():
        return min(after)[1]
    return key


# Sleep said in words, not by the evening alone
_SLEPT = (r"\bsleep|\bslept\b|sommeil|\bdor[ms]\w*|\bsue[ñn]o\b|schlaf|geschlafen|\bsono\b|"
          r"\bsonno\b|dormi\w*|\bnap\b|sieste|siesta|\bbed\b|\blit\b|\bcama\b|\bbett\b|\bletto\b")
_HOURS = r"\bhours?\b|\bheures?\b|\bhoras?\b|\bore\b|\bstunden\b"
_DRIVEN = (r"\b(?:corridas?|carreras?|courses?|fahrten|corse)\s+(?:de|do|da|no|na|en|con|mit|in|"
           r"per|with|of)?\s*(?:uber|99|t[áa]xi|taxi|cabify|bolt|lyft|app|aplicativo|vtc)\b")


# Gear named after a sport: "running shoes", "Laufschuhe", "chaussures de course",
# "zapatillas de correr", "tênis de corrida", "scarpe da corsa", "bike tyres"
_GEAR = (r"\b(?:running|jogging|trail|cycling|bike|lauf|rad)[- ]?(?:shoes?|sneakers?|trainers?|"
         r"gear|schuhe?|reifen|tyres?|tires?)\b|laufschuhe?\w*|\b(?:chaussures?|baskets|"
         r"zapatillas?|t[êe]nis|sapatilhas?|scarpe|scarpette)\s+(?:de |da |para |per )?(?:course|"
         r"running|trail|correr|corrida|corsa|running)\b")


def calc_kind(prompt: str) -> str | None:
    """The calculator asked for (see calcs.py): None when no calculator here computes it."""
    return calcs.kind(prompt)


KIND_TITLES = {"todo": L("To-do list", "Liste de tâches", "Lista de tareas", "To-do-Liste",
                        "Lista de tarefas", "Lista di cose da fare"),
               "blog": L("Blog", "Blog", "Blog", "Blog", "Blog", "Blog"),
               "dashboard": L("Dashboard", "Tableau de bord", "Panel", "Dashboard", "Painel",
                              "Cruscotto"),
               "store": L("Shop", "Boutique", "Tienda", "Shop", "Loja", "Negozio")}


# What a list of things is called in the prompt's words (an inventory, a catalogue)
KEPT_THINGS = (r"inventor(?:y|ies)|inventaires?|inventarios?|invent[áa]rios?|inventar|"
                r"catalog(?:ue)?s?|cat[áa]logos?|katalog|collections?|colecci[óo]n|"
                r"cole[çc][ãa]o|collezione|sammlung")


def title_word(prompt: str, kind: str, lang: str) -> str:
    """The app's kind in its language ("Réservations", "Calcul de l'IMC")."""
    text = prompt.lower()
    if kind == "calculator":
        return calcs.title(prompt, lang)
    if kind == "todo":  # a shopping or packing list is called that, not "to-do list",
        span = shape_span(prompt, kind)
        word = prompt[span[0]:span[1]] if span else ""
        # … and a rota its own word ("Putzplan", "Turni delle pulizie")
        if re.search(r"shopping|grocery|packing|bucket|courses|compra|spesa|einkauf|pack",
                     word.lower()) or re.fullmatch(shapes.CHORE_ROTA, word.lower()):
            return cap(word)
    if kind == "flashcards" and quiz.asked(prompt):
        return i18n.pick(quiz.TITLE, lang)
    if kind in KIND_TITLES:
        return i18n.pick(KIND_TITLES[kind], lang)
    if kind == "tracker" and (track := tracker_kind(prompt)):
        return i18n.pick(TITLE[track], lang)
    if kind == "directory" and re.search(ADOPT, text):
        return i18n.pick(TITLE["adoption"], lang)
    if kind == "directory" and re.search(shapes.RECIPES, text):
        return i18n.pick(TITLE["recipes"], lang)
    if kind == "directory" and re.search(LEND, text) and not shapes.held_thing(text):
        return i18n.pick(TITLE["lending"], lang)  # (keys people hold are in a directory)
    if kind == "board" and "kanban" in text:
        return "Kanban"
    span = shape_span(prompt, kind)
    word = prompt[span[0]:span[1]] if span else ""
    if kind == "directory" and re.fullmatch(KEPT_THINGS, word, re.I):
        # a list of things named as the prompt names it: "Inventaire", never the phone
        # book's "Annuaire" for a wine cellar
        return cap(word.lower())
    if lang == "de" and re.fullmatch(r"[\w-]+", word) and (len(word) > 12 or (len(word) >= 7 and re.search(
            r"(?:buch|liste|plan|protokoll|rechner|kalender|verzeichnis|tabelle)$", word.lower()))):
        # a compound names the app best: "Terminbuchung"
        return cap(word)
    return i18n.pick(TITLE[kind], lang)
