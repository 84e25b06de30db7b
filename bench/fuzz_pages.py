"""No generated page may throw, for any prompt: many prompts drawn by combining parts, each run
through the real offline engine (bench/quality.py's ``generate``, web or full-stack), its page
loaded headless and its shape's interaction done as a person would (tests/agents/interactions.py).
Reported: each run that failed, each page with a console error or uncaught exception (on load
or through the interaction), each failed interaction, each data app whose config holds a key
twice (fields, choices, a board's columns), and a table per shape.

Why: the development and practice sets are too small to reach every path of the templates; a
blind round found a page whose script expected an element a prompt had made the template leave
out. The prompts here are drawn from a seed (the same seed, the same prompts): a sentence of a
practice or development set, or one made of parts (an opener, a story, the app asked in one of
six languages, web or full-stack), with a clause naming columns, fields, items, categories,
people or questions (none, one, many, long, with punctuation, emoji, accents, duplicates),
and sometimes a negation. A fuzz prompt has no right answer: what is checked is only that the
page works (no error) and that its own shape's interaction passes.

Run: flock /work/notes/quality.lock .venv/bin/python bench/fuzz_pages.py [--seed 27]
     [--count 100] [--start 0] [--save FILE] [--show]
(``--start`` skips the first prompts of the seed's draw: chunks of one long draw, the lock let
go between them; ``--save`` appends each result and reuses those already there.)
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import json
import random
import sys
import tempfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import keyring
from quality import generate

from devora_desktop.agents import templates
from devora_desktop.core.context import AppContext
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import Browser
from tests.agents.interactions import interact, write_web_app
from tests.keyrings import MemoryKeyring

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "fr", "es", "de", "pt", "it")

# The app asked, per shape, in six languages (one or two ways each).
APPS = {
    "tracker": {"en": ["a tracker to log {s} every day", "a habit tracker for {s}"],
                "fr": ["un suivi quotidien de {s}", "une appli pour noter {s} chaque jour"],
                "es": ["un registro diario de {s}", "una app para anotar {s} cada día"],
                "de": ["einen Tracker, um {s} täglich einzutragen", "ein Protokoll für {s}"],
                "pt": ["um registo diário de {s}", "uma app para anotar {s} todos os dias"],
                "it": ["un registro giornaliero di {s}", "un'app per segnare {s} ogni giorno"]},
    "board": {"en": ["a kanban board for {s}", "a board with columns for {s}"],
              "fr": ["un tableau kanban pour {s}", "un tableau avec des colonnes pour {s}"],
              "es": ["un tablero kanban para {s}", "un tablero con columnas para {s}"],
              "de": ["ein Kanban-Board für {s}", "eine Tafel mit Spalten für {s}"],
              "pt": ["um quadro kanban para {s}", "um quadro com colunas para {s}"],
              "it": ["una bacheca kanban per {s}", "una lavagna a colonne per {s}"]},
    "booking": {"en": ["a booking page where people reserve a slot for {s}"],
                "fr": ["une page de réservation de créneaux pour {s}"],
                "es": ["una página para reservar turnos de {s}"],
                "de": ["eine Buchungsseite, um Termine für {s} zu reservieren"],
                "pt": ["uma página para marcar horários de {s}"],
                "it": ["una pagina per prenotare gli orari di {s}"]},
    "directory": {"en": ["a directory of {s} we can search"],
                  "fr": ["un annuaire de {s} avec une recherche"],
                  "es": ["un directorio de {s} con buscador"],
                  "de": ["ein Verzeichnis von {s} mit Suche"],
                  "pt": ["um diretório de {s} com pesquisa"],
                  "it": ["un elenco di {s} con la ricerca"]},
    "leaderboard": {"en": ["a leaderboard for {s} with points"],
                    "fr": ["un classement de {s} avec les points"],
                    "es": ["una clasificación de {s} con puntos"],
                    "de": ["eine Rangliste für {s} mit Punkten"],
                    "pt": ["uma tabela de classificação de {s} com pontos"],
                    "it": ["una classifica di {s} con i punti"]},
    "flashcards": {"en": ["flashcards to learn {s}", "a quiz about {s}"],
                   "fr": ["des flashcards pour apprendre {s}", "un quiz sur {s}"],
                   "es": ["tarjetas de memoria para aprender {s}", "un cuestionario sobre {s}"],
                   "de": ["Karteikarten zum Lernen von {s}", "ein Quiz über {s}"],
                   "pt": ["flashcards para aprender {s}", "um quiz sobre {s}"],
                   "it": ["flashcard per imparare {s}", "un quiz su {s}"]},
    "calculator": {"en": ["a calculator for {s}"], "fr": ["un calculateur pour {s}"],
                   "es": ["una calculadora de {s}"], "de": ["einen Rechner für {s}"],
                   "pt": ["uma calculadora de {s}"], "it": ["un calcolatore per {s}"]},
    "status": {"en": ["a status page showing whether {s} are up"],
               "fr": ["une page de statut qui montre si {s} fonctionnent"],
               "es": ["una página de estado que muestre si {s} funcionan"],
               "de": ["eine Statusseite, ob {s} laufen"],
               "pt": ["uma página de status a mostrar se {s} funcionam"],
               "it": ["una pagina di stato che mostri se {s} funzionano"]},
    "menu": {"en": ["a menu where people order {s}"],
             "fr": ["un menu pour commander {s}"], "es": ["un menú para pedir {s}"],
             "de": ["eine Speisekarte, um {s} zu bestellen"],
             "pt": ["um cardápio para encomendar {s}"], "it": ["un menù per ordinare {s}"]},
    "signup": {"en": ["a sign-up sheet for {s}"], "fr": ["une feuille d'inscription pour {s}"],
               "es": ["una hoja de inscripción para {s}"],
               "de": ["eine Anmeldeliste für {s}"], "pt": ["uma lista de inscrição para {s}"],
               "it": ["un foglio di iscrizione per {s}"]},
    "landing": {"en": ["a landing page for {s}"], "fr": ["une page d'accueil pour {s}"],
                "es": ["una landing page para {s}"], "de": ["eine Landingpage für {s}"],
                "pt": ["uma landing page para {s}"], "it": ["una landing page per {s}"]},
    "todo": {"en": ["a to-do list for {s}"], "fr": ["une liste de tâches pour {s}"],
             "es": ["una lista de tareas para {s}"], "de": ["eine To-do-Liste für {s}"],
             "pt": ["uma lista de tarefas para {s}"], "it": ["una lista di cose da fare per {s}"]},
    "blog": {"en": ["a blog about {s}"], "fr": ["un blog sur {s}"], "es": ["un blog sobre {s}"],
             "de": ["einen Blog über {s}"], "pt": ["um blog sobre {s}"],
             "it": ["un blog su {s}"]},
    "dashboard": {"en": ["a dashboard with charts of {s}"],
                  "fr": ["un tableau de bord avec des graphiques de {s}"],
                  "es": ["un panel con gráficos de {s}"],
                  "de": ["ein Dashboard mit Diagrammen zu {s}"],
                  "pt": ["um painel com gráficos de {s}"],
                  "it": ["una dashboard con grafici di {s}"]},
    "store": {"en": ["an online shop selling {s}"], "fr": ["une boutique en ligne de {s}"],
              "es": ["una tienda online de {s}"], "de": ["einen Onlineshop für {s}"],
              "pt": ["uma loja online de {s}"], "it": ["un negozio online di {s}"]},
}
SUBJECTS = {
    "en": ["beehives", "the choir's rehearsals", "our tractor repairs", "the chess club",
           "bell ringers", "sourdough starters", "the village bus", "knitting patterns",
           "my grandmother's pills", "the pigeon loft", "bike repairs", "the rowing club"],
    "fr": ["les ruches", "les répétitions de la chorale", "les réparations du tracteur",
           "le club d'échecs", "les levains", "le car du village", "les médicaments de mamie",
           "la chorale paroissiale", "l'atelier de poterie"],
    "es": ["las colmenas", "los ensayos del coro", "las reparaciones del tractor",
           "el club de ajedrez", "la masa madre", "el autobús del pueblo",
           "las pastillas de mi abuela", "la cofradía", "el taller de cerámica"],
    "de": ["die Bienenstöcke", "die Chorproben", "die Traktorreparaturen", "den Schachverein",
           "den Sauerteig", "den Dorfbus", "Omas Tabletten", "die Feuerwehr", "die Töpferei"],
    "pt": ["as colmeias", "os ensaios do coro", "as reparações do trator",
           "o clube de xadrez", "o fermento natural", "o autocarro da aldeia",
           "os comprimidos da avó", "a irmandade", "a olaria"],
    "it": ["le arnie", "le prove del coro", "le riparazioni del trattore",
           "il circolo degli scacchi", "il lievito madre", "il pulmino del paese",
           "le pillole della nonna", "la confraternita", "il laboratorio di ceramica"],
}
OPENERS = {
    "en": ["", "Hi! ", "hello, hope you're well. ", "ok so ", "Good morning. "],
    "fr": ["", "Bonjour ! ", "salut, ", "Bonsoir, j'espère que vous allez bien. "],
    "es": ["", "¡Hola! ", "buenas, ", "Buenos días. "],
    "de": ["", "Hallo! ", "moin, ", "Guten Tag. "],
    "pt": ["", "Olá! ", "oi, ", "Bom dia. "],
    "it": ["", "Ciao! ", "salve, ", "Buongiorno. "],
}
STORIES = {
    "en": ["I run a small association in the countryside and we do everything on paper. ",
           "My dad is retired and keeps notes on scraps of paper. ", ""],
    "fr": ["Je m'occupe d'une petite association à la campagne et tout est sur papier. ", ""],
    "es": ["Llevo una pequeña asociación en el pueblo y todo va en papel. ", ""],
    "de": ["Ich leite einen kleinen Verein auf dem Land, alles läuft auf Papier. ", ""],
    "pt": ["Tenho uma pequena associação na aldeia e está tudo em papel. ", ""],
    "it": ["Gestisco una piccola associazione in campagna e facciamo tutto su carta. ", ""],
}
ASK = {"en": "I'd like {app}", "fr": "je voudrais {app}", "es": "quiero {app}",
       "de": "ich hätte gern {app}", "pt": "queria {app}", "it": "vorrei {app}"}
# The clause that names things: what each row holds, the columns, the items...
LISTS = {
    "en": ["with columns {l}", "each entry has {l}", "the categories are {l}",
           "the items: {l}", "fields: {l}", "for {l}", "questions: {l}", "services: {l}",
           "slots {l}", "with the names {l}"],
    "fr": ["avec les colonnes {l}", "chaque fiche a {l}", "les catégories sont {l}",
           "les produits : {l}", "champs : {l}", "pour {l}", "questions : {l}"],
    "es": ["con las columnas {l}", "cada ficha tiene {l}", "las categorías son {l}",
           "los productos: {l}", "campos: {l}", "para {l}", "preguntas: {l}"],
    "de": ["mit den Spalten {l}", "jeder Eintrag hat {l}", "die Kategorien sind {l}",
           "die Produkte: {l}", "Felder: {l}", "für {l}", "Fragen: {l}"],
    "pt": ["com as colunas {l}", "cada registo tem {l}", "as categorias são {l}",
           "os produtos: {l}", "campos: {l}", "para {l}", "perguntas: {l}"],
    "it": ["con le colonne {l}", "ogni scheda ha {l}", "le categorie sono {l}",
           "i prodotti: {l}", "campi: {l}", "per {l}", "domande: {l}"],
}
# Details that steer a template down one of its paths: hours, days, spots, rooms, limits,
# prices, an order, a count, a goal, a span, a chart.
DETAILS = {
    "en": ["open 9am to 5pm", "Monday to Friday", "slots of 30 minutes", "3 spots each",
           "only on Saturday 14 March", "courts: Court 1, Court 2", "by the day",
           "max 2 bookings per week per member", "tea 2 €, cake 3,50 €", "out of 100",
           "lowest wins", "5 questions", "the last 90 days", "a chart per month",
           "the total per category", "goal 10,000 steps", "every Monday", "Elo ratings",
           "win 3 points, draw 1", "with photos", "sorted by date"],
    "fr": ["ouvert de 9h à 17h", "du lundi au vendredi", "créneaux de 30 minutes",
           "3 places chacun", "seulement le samedi 14 mars", "terrains : Court 1, Court 2",
           "à la journée", "2 réservations max par semaine", "thé 2 €, gâteau 3,50 €",
           "sur 100", "le plus bas gagne", "5 questions", "les 90 derniers jours",
           "un graphique par mois", "le total par catégorie", "tous les lundis", "avec photos"],
    "es": ["de 9 a 17 h", "de lunes a viernes", "turnos de 30 minutos", "3 plazas cada uno",
           "solo el sábado 14 de marzo", "pistas: Pista 1, Pista 2", "por día",
           "máximo 2 reservas por semana", "té 2 €, tarta 3,50 €", "sobre 100",
           "gana el más bajo", "5 preguntas", "los últimos 90 días", "un gráfico por mes",
           "todos los lunes", "con fotos"],
    "de": ["von 9 bis 17 Uhr", "Montag bis Freitag", "30-Minuten-Slots", "je 3 Plätze",
           "nur am Samstag, 14. März", "Plätze: Platz 1, Platz 2", "tageweise",
           "maximal 2 Buchungen pro Woche", "Tee 2 €, Kuchen 3,50 €", "von 100 Punkten",
           "der Niedrigste gewinnt", "5 Fragen", "der letzten 90 Tage", "ein Diagramm pro Monat",
           "jeden Montag", "mit Fotos"],
    "pt": ["das 9h às 17h", "de segunda a sexta", "horários de 30 minutos", "3 vagas cada",
           "só no sábado 14 de março", "campos: Campo 1, Campo 2", "por dia",
           "no máximo 2 reservas por semana", "chá 2 €, bolo 3,50 €", "em 100",
           "ganha o mais baixo", "5 perguntas", "dos últimos 90 dias", "um gráfico por mês",
           "todas as segundas", "com fotos"],
    "it": ["dalle 9 alle 17", "dal lunedì al venerdì", "turni di 30 minuti", "3 posti ciascuno",
           "solo sabato 14 marzo", "campi: Campo 1, Campo 2", "a giornata",
           "massimo 2 prenotazioni a settimana", "tè 2 €, torta 3,50 €", "su 100",
           "vince il più basso", "5 domande", "degli ultimi 90 giorni", "un grafico al mese",
           "ogni lunedì", "con foto"],
}
AND = {"en": "and", "fr": "et", "es": "y", "de": "und", "pt": "e", "it": "e"}
WORDS = {
    "en": ["date", "name", "price", "notes", "weight", "who", "status", "hive", "amount",
           "phone", "photo", "done", "time", "place", "score", "kg of honey", "level"],
    "fr": ["date", "nom", "prix", "remarques", "poids", "qui", "statut", "ruche", "quantité",
           "téléphone", "photo", "heure", "lieu", "score", "kilos de miel", "niveau"],
    "es": ["fecha", "nombre", "precio", "notas", "peso", "quién", "estado", "colmena",
           "cantidad", "teléfono", "foto", "hora", "lugar", "puntos", "kilos de miel"],
    "de": ["Datum", "Name", "Preis", "Notizen", "Gewicht", "wer", "Status", "Stock", "Menge",
           "Telefon", "Foto", "Uhrzeit", "Ort", "Punkte", "Kilo Honig", "Stufe"],
    "pt": ["data", "nome", "preço", "notas", "peso", "quem", "estado", "colmeia",
           "quantidade", "telefone", "foto", "hora", "local", "pontos", "quilos de mel"],
    "it": ["data", "nome", "prezzo", "note", "peso", "chi", "stato", "arnia", "quantità",
           "telefono", "foto", "ora", "luogo", "punti", "chili di miele", "livello"],
}
ODD = ["Ünïcødé àçcénts", "🐝 bees", "A/B (test) — x; y", "\"quoted\"", "it's", "<b>bold</b>",
       "12", "3.50 €", "$5", "100%", "a, b", "#1", "x" * 60, "Œuvre d'Ève", "naïve café",
       "日本語", "—", "...", "?", "ñandú", "Straße", "l'été", "😀", "C++", "R&D", "n/a",
       "Mon 10:00", "9am-5pm", "Q1: what? A: that", "status", "name", "id", "done", "date"]
NEGATIONS = {"en": [" No login needed.", " No prices please.", " not a blog!",
                    " I don't want charts."],
             "fr": [" Pas besoin de compte.", " pas de prix.", " ce n'est pas un blog !"],
             "es": [" Sin cuentas.", " nada de precios.", " ¡no es un blog!"],
             "de": [" Kein Login nötig.", " keine Preise.", " kein Blog!"],
             "pt": [" Sem contas.", " sem preços.", " não é um blog!"],
             "it": [" Niente account.", " niente prezzi.", " non è un blog!"]}
FULLSTACK = {"en": " Each member logs in with their own account and the data is shared.",
             "fr": " Chaque membre se connecte avec son compte, les données sont partagées.",
             "es": " Cada socio entra con su cuenta y los datos se comparten.",
             "de": " Jedes Mitglied meldet sich mit eigenem Konto an, die Daten sind geteilt.",
             "pt": " Cada sócio entra com a sua conta e os dados são partilhados.",
             "it": " Ogni socio accede con il suo account e i dati sono condivisi."}


def sets() -> list[dict]:
    """The sentences the fuzzer starts from: the corpus, development rounds 17-25 and the
    practice sets (never a blind set)."""
    files = [ROOT / "bench/quality_prompts.toml",
             *sorted(ROOT.glob("bench/heldout/round1[7-9]/*.toml")),
             *sorted(ROOT.glob("bench/heldout/round2[0-5]/*.toml")),
             *sorted(Path(p) for p in glob.glob("/work/notes/spar2[6-9]/quality_prompts_*.toml"))]
    out = []
    for f in files:
        out += [p for p in tomllib.loads(f.read_text())["prompt"] if p.get("lang") in LANGS]
    return out


def names(rng: random.Random, lang: str) -> str:
    """None, one, many, long, odd or repeated things named in a list, in ``lang``."""
    kind = rng.choice(["one", "two", "many", "odd", "dup", "long", "empty", "numbered"])
    words = WORDS[lang]
    if kind == "one":
        got = [rng.choice(words)]
    elif kind == "two":
        got = rng.sample(words, 2)
    elif kind == "many":
        got = rng.sample(words, rng.randint(5, 12))
    elif kind == "odd":
        got = rng.sample(words, 2) + rng.sample(ODD, rng.randint(1, 4))
    elif kind == "dup":
        w = rng.choice(words)
        got = [w, rng.choice(words), w.upper(), w]
    elif kind == "long":
        got = [" ".join(rng.sample(words, 6)) for _ in range(rng.randint(2, 4))]
    elif kind == "empty":
        return rng.choice(["", ":", ", ,", "()", "-"])
    else:
        got = [f"{n + 1}) {w}" for n, w in enumerate(rng.sample(words, 4))]
        return "\n" + "\n".join(got)
    rng.shuffle(got)
    if len(got) == 1:
        return got[0]
    return ", ".join(got[:-1]) + f" {AND[lang]} {got[-1]}"


def composed(rng: random.Random) -> dict:
    lang = rng.choice(LANGS)
    shape = rng.choice(sorted(APPS))
    app = rng.choice(APPS[shape][lang]).format(s=rng.choice(SUBJECTS[lang]))
    text = rng.choice(OPENERS[lang]) + rng.choice(STORIES[lang]) + ASK[lang].format(app=app)
    if rng.random() < 0.85:
        text += ", " + rng.choice(LISTS[lang]).format(l=names(rng, lang))
    if rng.random() < 0.5:
        text += ", " + ", ".join(rng.sample(DETAILS[lang], rng.randint(1, 3)))
    text += "." if rng.random() < 0.7 else ""
    if rng.random() < 0.3:
        text += rng.choice(NEGATIONS[lang])
    full = rng.random() < 0.3
    return {"text": text + (FULLSTACK[lang] if full else ""), "lang": lang, "drawn": shape,
            "mode": "fullstack" if full else "web"}


def mutated(rng: random.Random, base: dict) -> dict:
    lang = base["lang"]
    text = base["text"]
    clause = rng.choice(LISTS[lang]).format(l=names(rng, lang))
    where = rng.random()
    if where < 0.5:
        text = f"{text.rstrip()} {clause[0].upper()}{clause[1:]}."
    elif where < 0.8:
        cut = text.find(". ")
        text = f"{text[:cut]}, {clause}{text[cut:]}" if cut > 0 else f"{text}, {clause}"
    else:
        text = f"{text.rstrip()} {rng.choice(ODD)}"
    if rng.random() < 0.2:
        text += rng.choice(NEGATIONS[lang])
    mode = base.get("mode", "web")
    if rng.random() < 0.15:
        mode = "web" if mode == "fullstack" else "fullstack"
        if mode == "fullstack":
            text += FULLSTACK[lang]
    return {"text": text, "lang": lang, "drawn": base["shape"], "mode": mode}


def draw(seed: int, count: int) -> list[dict]:
    """``count`` prompts, the same for the same seed: half from the sets' sentences with a
    list, an odd word, a negation or full-stack added, half composed of parts."""
    rng = random.Random(seed)
    bases = sets()
    out, seen = [], set()
    while len(out) < count:
        item = composed(rng) if rng.random() < 0.5 else mutated(rng, rng.choice(bases))
        if rng.random() < 0.3:
            # the app a person picks when the run asks which (or --shape): any shape for any
            # prompt (--fast builds it; the engine's run builds what it reads)
            item["force"] = rng.choice(sorted(APPS))
        if item["text"] not in seen:
            seen.add(item["text"])
            out.append(item)
    return out


def built_fast(item: dict, folder: Path) -> dict:
    """The web page the templates make for ``item``, without the engine's run (no plan,
    review or verdict): ten times quicker, the same page but for a shape the learned reader
    would have picked over the rules' or a name the plan shortened."""
    spec = templates.read(item["text"], "web", shape=item.get("force"))
    root = write_web_app(Path(tempfile.mkdtemp(dir=folder)), spec)
    return {"root": root, "built": spec.kind, "approved": None, "verdict": "", "finished": True,
            "fast": True}


def twice(root: Path) -> list[str]:
    """Keys a data app's config.js holds twice (fields, a field's choices, a board's columns):
    two inputs of one name save one value, two columns of one key show each card in both."""
    path = Path(root) / "config.js"
    if not path.exists():
        return []
    text = path.read_text()
    cfg = json.loads(text[text.index("{"):text.rindex("}") + 1])
    lists = [("fields", [x["key"] for x in cfg.get("fields", [])]),
             ("columns", [c[0] for c in cfg.get("opts", {}).get("columns") or []]),
             *[(f"{x['key']} choices", [o[0] for o in x["options"]])
               for x in cfg.get("fields", []) if x.get("options")]]
    return [f"{what}: {sorted({k for k in keys if keys.count(k) > 1})}" for what, keys in lists
            if len(set(keys)) < len(keys)]


def check(browser: Browser, item: dict, out: dict) -> dict:
    """The page the run made, loaded and used: its errors (load and interaction) and the
    interaction's outcome, judged as the shape that was built."""
    built = out["built"] if out.get("fast") else templates.read(
        item["text"], "fullstack" if out.get("fullstack") else "web",
        shape=out.get("built") or None).kind
    server = PreviewServer(out["root"])
    page = browser.page()
    try:
        url = server.url + "index.html"
        page.open(url, settle=0.5)
        on_load = list(page.errors)
        ok, seen = interact(page, url, {**item, "shape": built, "interaction": ""}) \
            if built in templates.SHAPES else (True, "")
        errors = list(page.errors)
    finally:
        server.stop()
        page.send("Page.close")
    return {"built": built, "load_errors": on_load, "errors": errors, "interaction": ok,
            "twice": twice(out["root"]),
            "seen": seen[:300], "approved": out["approved"], "verdict": out["verdict"][:300],
            "finished": out["finished"]}


def flagged(row: dict) -> str:
    """Two lines for a run that failed, a page with an error or a failed interaction; else ""."""
    if not row["finished"]:
        tag, why = "RUN ", row["verdict"]
    elif row["errors"]:
        tag, why = "ERR ", row["errors"][0]
    elif not row["interaction"]:
        tag, why = "FAIL", row["seen"]
    elif row.get("twice"):
        tag, why = "KEYS", "; ".join(row["twice"])
    else:
        return ""
    return (f"{tag} #{row['n']} {row['mode']:<9} {row['built']:<11} {row['text'][:90]!r}\n"
            f"     {why[:200]}")


def table(rows: list[dict]) -> str:
    shapes = sorted({r["built"] for r in rows})
    lines = [f"{'shape':<12}{'pages':>6}{'run fail':>9}{'errors':>8}{'on load':>9}"
             f"{'failed':>8}{'keys twice':>11}{'approved+err':>14}"]
    for s in [*shapes, "all"]:
        got = [r for r in rows if s in ("all", r["built"])]
        lines.append(f"{s:<12}{len(got):>6}{sum(not r.get('finished', True) for r in got):>9}"
                     f"{sum(bool(r['errors']) for r in got):>8}"
                     f"{sum(bool(r['load_errors']) for r in got):>9}"
                     f"{sum(not r['interaction'] for r in got):>8}"
                     f"{sum(bool(r.get('twice')) for r in got):>11}"
                     f"{sum(bool(r['errors']) and bool(r['approved']) for r in got):>14}")
    return "\n".join(lines)


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=27)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--save", type=Path, help="append results here; reuse those already in it")
    ap.add_argument("--show", action="store_true", help="print the prompts and stop")
    ap.add_argument("--report", action="store_true", help="the table of --save, and stop")
    ap.add_argument("--fast", action="store_true", help="build the web page from the templates "
                    "directly, not through the engine (no verdict)")
    args = ap.parse_args()
    items = draw(args.seed, args.start + args.count)[args.start:]
    if args.show:
        for n, item in enumerate(items, args.start):
            print(n, item["mode"], item["drawn"], json.dumps(item["text"], ensure_ascii=False))
        return 0
    done = {}
    if args.save and args.save.exists():
        for line in args.save.read_text().splitlines():
            row = json.loads(line)
            done[row["text"]] = row
    if args.report:
        rows = list(done.values())
        print(table(rows))
        return 0
    keyring.set_keyring(MemoryKeyring())
    rows = []
    started = time.perf_counter()
    with Browser() as browser, tempfile.TemporaryDirectory() as home, \
            AppContext.open(Path(home)) as ctx:
        for n, item in enumerate(items, args.start):
            if item["text"] in done:
                rows.append(done[item["text"]])
                continue
            try:
                out = built_fast(item, Path(home)) if args.fast else await generate(ctx, item)
                row = {"n": n, **item, **check(browser, item, out)}
            except Exception as exc:  # the run itself broke: a finding, not the fuzzer's end
                row = {"n": n, **item, "built": "?", "load_errors": [], "errors": [],
                       "interaction": False, "seen": "", "approved": False,
                       "verdict": f"{type(exc).__name__}: {exc}", "finished": False}
            rows.append(row)
            if args.save:
                with args.save.open("a") as f:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            if line := flagged(row):
                print(line, flush=True)
    print(table(rows))
    print(f"{time.perf_counter() - started:.0f} s")
    return 0 if not any(r["errors"] or not r.get("finished", True) for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
