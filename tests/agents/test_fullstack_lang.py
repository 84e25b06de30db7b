"""Full-stack pages speak the prompt's language (en fr es de pt it), as the web apps do: each
of the five full-stack apps is built from a prompt in each language and its pages are read
from the generated files (their words live in lib/words.ts; tests/agents/fullstack_text.py
puts them in place). No page keeps a word of its own in English, and the words a person meets
first on each app (sign-in, the empty states, the store's search and orders, the blog's
empty list, the dashboard's figures, the waitlist) are in the prompt's language."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.validators import validate
from tests.agents.fullstack_text import shown, words

PROMPTS = {
 "fr": {"todo": "une liste de tâches pour ma boulangerie", "blog": "un blog de recettes françaises",
        "dashboard": "un tableau de bord des abonnés de ma salle de sport", "store": "une boutique en ligne de bougies artisanales",
        "landing": "une page d'accueil pour mon studio de yoga avec liste d'attente"},
 "es": {"todo": "una lista de tareas para mi panadería", "blog": "un blog sobre jardinería urbana",
        "dashboard": "un panel de control de los socios de mi gimnasio", "store": "una tienda online de velas artesanales",
        "landing": "una página de aterrizaje para mi estudio de yoga con lista de espera"},
 "de": {"todo": "eine Aufgabenliste für meine Bäckerei", "blog": "ein Blog über Sauerteig",
        "dashboard": "ein Dashboard für die Mitglieder unseres Fitnessstudios", "store": "ein Onlineshop für handgemachte Kerzen",
        "landing": "eine Landingpage für mein Yogastudio mit Warteliste"},
 "pt": {"todo": "uma lista de tarefas para a minha padaria", "blog": "um blog de receitas de pão",
        "dashboard": "um painel com os alunos da minha academia", "store": "uma loja online de velas artesanais",
        "landing": "uma página de lançamento para o meu estúdio de yoga com lista de espera"},
 "it": {"todo": "una lista di cose da fare per la mia panetteria", "blog": "un blog di ricette di pane",
        "dashboard": "una dashboard per gli iscritti della mia palestra", "store": "un negozio online di candele artigianali",
        "landing": "una landing page per il mio studio di yoga con lista d'attesa"},
}

# Text each language's pages must show, per app (and what English would have said instead).
SAID = {
    "fr": {"todo": ("Ajouter des tâches d'exemple", "Rechercher une tâche"),
           "blog": ("Aucun article pour l'instant", "Rechercher un article"),
           "dashboard": ("Chiffres clés", "Revenu mensuel par formule"),
           "store": ("Rechercher un produit", "Toutes les catégories"),
           "landing": ("Soyez les premiers", "Rejoindre la liste d'attente")},
    "es": {"todo": ("Añadir tareas de ejemplo", "Buscar tareas"),
           "blog": ("Aún no hay entradas", "Buscar entradas"),
           "dashboard": ("Cifras clave", "Ingreso mensual por plan"),
           "store": ("Buscar productos", "Todas las categorías"),
           "landing": ("Sé de los primeros", "Únete a la lista de espera")},
    "de": {"todo": ("Beispielaufgaben hinzufügen", "Aufgaben suchen"),
           "blog": ("Noch keine Beiträge", "Beiträge suchen"),
           "dashboard": ("Kennzahlen", "Monatsumsatz nach Tarif"),
           "store": ("Produkte suchen", "Alle Kategorien"),
           "landing": ("Seien Sie als Erste dabei", "Auf die Warteliste")},
    "pt": {"todo": ("Adicionar tarefas de exemplo", "Buscar tarefas"),
           "blog": ("Nenhum post ainda", "Buscar posts"),
           "dashboard": ("Números-chave", "Receita mensal por plano"),
           "store": ("Buscar produtos", "Todas as categorias"),
           "landing": ("Seja um dos primeiros", "Entrar na lista de espera")},
    "it": {"todo": ("Aggiungi attività di esempio", "Cerca attività"),
           "blog": ("Ancora nessun articolo", "Cerca articoli"),
           "dashboard": ("Cifre chiave", "Ricavo mensile per piano"),
           "store": ("Cerca prodotti", "Tutte le categorie"),
           "landing": ("Sii tra i primi", "Entra nella lista d'attesa")},
}
ENGLISH = ("Add sample tasks", "Search tasks", "No posts yet", "Search posts", "Key figures",
           "MRR by plan", "Search products", "All categories", "Be first in line",
           "Join the waitlist", "Connect Supabase to start", "Sign in", "Sign up",
           "Your cart", "Your orders", "Remove the examples", "Example", "Could not")
SIGN_IN = {"fr": "Se connecter", "es": "Iniciar sesión", "de": "Anmelden", "pt": "Entrar",
           "it": "Accedi"}
SETUP = {"fr": "Connectez Supabase pour commencer", "es": "Conecta Supabase para empezar",
         "de": "Supabase verbinden, um zu starten", "pt": "Conecte o Supabase para começar",
         "it": "Collega Supabase per iniziare"}
MONEY = {"fr": "fr-FR", "es": "es-ES", "de": "de-DE", "pt": "pt-PT", "it": "it-IT"}
# Literal words in a page: JSX text between tags, or a text attribute, outside any {…}.
_TEXT = re.compile(r">([^<>{}]*[^\W\d_]{2,}[^<>{}]*)<")
_ATTR = re.compile(r'\b(?:placeholder|aria-label|title|alt)="([^"]*[^\W\d_]{2,}[^"]*)"')
CASES = [(lang, kind) for lang in PROMPTS for kind in PROMPTS[lang]]


def _pages(files: dict[str, str]) -> list[str]:
    return sorted(p for p in files if p.endswith(".tsx"))


@pytest.mark.parametrize("lang,kind", CASES, ids=[f"{lang}-{kind}" for lang, kind in CASES])
def test_a_full_stack_apps_pages_speak_the_prompts_language(lang: str, kind: str) -> None:
    spec = templates.read(PROMPTS[lang][kind], "fullstack")
    assert (spec.lang, spec.kind) == (lang, kind)
    files = templates.all_files(kind, "fullstack", spec.name, spec)
    assert validate(files) == []
    # no page writes a word of its own: every word is the app's, from lib/words.ts
    for path in _pages(files):
        literal = [t.strip() for t in _TEXT.findall(files[path])
                   if not re.search(r"[;=()]|&&|\|\|", t)]
        assert literal == [], (path, literal)
        assert _ATTR.findall(files[path]) == [], path
    text = "\n".join(shown(files, p) for p in _pages(files))
    for said in SAID[lang][kind]:
        assert said in text, said
    assert SIGN_IN[lang] in shown(files, "components/AuthForm.tsx")
    assert SETUP[lang] in shown(files, "components/SetupNotice.tsx")
    for english in ENGLISH:
        assert not re.search(rf"\b{english}\b", text), english
    assert f'LOCALE = "{MONEY[lang]}"' in files["lib/words.ts"]
    assert "Every word the pages show is in `lib/words.ts`" in files["README.md"]
    assert all(words(files).values())


@pytest.mark.parametrize("lang", list(PROMPTS))
def test_a_full_stack_apps_examples_are_in_the_prompts_language(lang: str) -> None:
    """The sample products, posts and tasks are the web app's, in the prompt's language (the
    subject packs' are English)."""
    for kind, table in (("store", "products"), ("blog", "posts")):
        spec = templates.read(PROMPTS[lang][kind], "fullstack")
        seed = templates.all_files(kind, "fullstack", spec.name, spec)["supabase/seed.sql"]
        assert f"insert into public.{table}" in seed
        assert not re.search(r"customer favourite|from our .* range|How to|Welcome", seed)
    spec = templates.read(PROMPTS[lang]["todo"], "fullstack")
    samples = templates.all_files("todo", "fullstack", spec.name, spec)["components/samples.ts"]
    assert '"title": ' in samples
    assert not any(title in samples for title, _, _ in spec.pack.tasks), samples


def test_english_pages_keep_their_words() -> None:
    spec = templates.read("an online store for handmade candles", "fullstack")
    files = templates.all_files("store", "fullstack", spec.name, spec)
    text = shown(files, "app/page.tsx")
    assert "Search products" in text and "Only {who} can remove them." in shown(
        files, "components/Examples.tsx")
    assert 'LOCALE = "en-US"' in files["lib/words.ts"] and 'CURRENCY = "USD"' in files[
        "lib/words.ts"]


@pytest.mark.parametrize("kind", ["store", "todo"])
def test_the_words_name_no_setting(kind: str) -> None:
    """lib/words.ts reaches the browser's bundle (client components import it): it names no
    environment variable (the bundle check of test_templates_slow fails on one)."""
    spec = templates.read(PROMPTS["fr"][kind], "fullstack")
    for lang_spec in (spec, templates.read({"store": "an online store for handmade candles",
                                            "todo": "a todo app for my bakery"}[kind],
                                           "fullstack")):
        files = templates.all_files(kind, "fullstack", lang_spec.name, lang_spec)
        assert not re.search(r"[A-Z]+_[A-Z_]*(?:KEY|URL|SECRET)", files["lib/words.ts"])


def test_what_checkout_refuses_is_said_in_the_shops_language() -> None:
    """The cart shows the checkout route's refusal as it comes: a product with no price yet,
    or gone, is said in the shop's language."""
    spec = templates.read("uma loja online da minha cerâmica: canecas, tigelas e pratos",
                          "fullstack")
    files = templates.all_files("store", "fullstack", spec.name, spec)
    route = shown(files, "app/api/checkout/route.ts")
    assert spec.lang == "pt" and "{name} ainda não tem preço" in route
    assert "Um produto do carrinho não existe mais" in route and "no price yet" not in route
    # and a save made after the session ended (401) says so in Portuguese
    assert "{ error: Entre primeiro. }" in shown(files, "lib/auth.ts")


NODE = shutil.which("node")
# zod's issues as zod 3.23 reports them (the shapes lib/input.ts reads)
ISSUES = {
    "blank": {"code": "too_small", "minimum": 1, "type": "string", "inclusive": True,
              "exact": False, "message": "String must contain at least 1 character(s)",
              "path": ["name"]},
    "dear": {"code": "too_big", "maximum": 100000, "type": "number", "inclusive": True,
             "exact": False, "message": "Number must be less than or equal to 100000",
             "path": ["price"]},
    "picture": {"code": "invalid_union", "message": "Invalid input", "path": ["image_url"],
                "unionErrors": [
                    {"issues": [{"code": "invalid_literal", "expected": "",
                                 "message": "Invalid literal value, expected \"\"",
                                 "path": ["image_url"]}]},
                    {"issues": [{"validation": "regex", "code": "invalid_string",
                                 "message": "whyHttps", "path": ["image_url"]}]}]},
    "nothing": {"code": "custom", "message": "whyNothing", "path": []},
    "day": {"validation": "regex", "code": "invalid_string", "message": "whyDate",
            "path": ["due_date"]},
    "plan": {"received": "Gold", "code": "invalid_enum_value", "options": ["Basic", "Pro"],
             "path": ["plan"], "message": "Invalid enum value."},
    "tag": {"code": "too_big", "maximum": 30, "type": "string", "inclusive": True,
            "exact": False, "message": "String must contain at most 30 character(s)",
            "path": ["tags", 2]},
}


def _as_js(ts: str) -> str:
    """The few TypeScript forms lib/words.ts and lib/input.ts use, taken out (Node runs JS)."""
    js = re.sub(r"^import .*\n", "", ts, flags=re.M)
    js = re.sub(r"\bexport ", "", js)
    js = re.sub(r"\):\s*string\s*\{", ") {", js)
    types = r"Record<[^>]*>|ZodIssue(?:\s*\|\s*undefined)?|number \| bigint|string"
    return re.sub(rf":\s*(?:{types})(?=\s*[,)=])", "", js)


def _refusals(tmp_path, files: dict[str, str], names: list[str]) -> list[str]:
    """What the app's API answers for each of zod's ``ISSUES`` (lib/input.ts run in Node)."""
    script = tmp_path / "input.js"
    script.write_text(_as_js(files["lib/words.ts"]) + _as_js(files["lib/input.ts"])
                      + "\nconsole.log(JSON.stringify(JSON.parse(process.argv[2])"
                        ".map((i) => inputError(i))));\n")
    done = subprocess.run([NODE or "node", str(script), json.dumps([ISSUES[n] for n in names])],
                          capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_a_refused_form_says_why_in_the_apps_language(tmp_path) -> None:
    """A value the API refuses (a name of spaces, a price past the limit, a picture that is
    not https) is answered with the field as its form names it and the reason, in the prompt's
    language: zod's own text ("name: required", "Number must be…") was English in every app."""
    spec = templates.read(PROMPTS["fr"]["store"], "fullstack")
    files = templates.all_files("store", "fullstack", spec.name, spec)
    assert _refusals(tmp_path, files, ["blank", "dear", "picture", "nothing"]) == [
        "Nom : obligatoire", "Prix : 100\u202f000 au plus",
        "URL de l'image (https://…) : doit être une adresse https://",
        "Aucune modification n'a été envoyée."]
    assert "inputError(error.issues[0])" in files["lib/auth.ts"]
    spec = templates.read(PROMPTS["de"]["todo"], "fullstack")
    files = templates.all_files("todo", "fullstack", spec.name, spec)
    assert _refusals(tmp_path, files, ["day", "blank", "tag"]) == [
        "Fällig am: ein Datum im Format JJJJ-MM-TT", "Name: Pflichtfeld",
        "Tags: höchstens 30 Zeichen"]
    spec = templates.read(PROMPTS["es"]["dashboard"], "fullstack")
    files = templates.all_files("dashboard", "fullstack", spec.name, spec)
    assert _refusals(tmp_path, files, ["plan"]) == ["Plan: uno de: Basic, Pro"]
    # no English reason is left in what the APIs check
    for kind in ("todo", "blog", "dashboard", "store"):
        spec = templates.read(PROMPTS["it"][kind], "fullstack")
        validation = templates.all_files(kind, "fullstack", spec.name, spec)["lib/validation.ts"]
        assert not re.search(r'"(?:required|use [A-Z]|nothing to|an https|lowercase)',
                             validation), kind
    spec = templates.read("a todo app", "fullstack")
    files = templates.all_files("todo", "fullstack", spec.name, spec)
    assert _refusals(tmp_path, files, ["day"]) == ["Due date: a date as YYYY-MM-DD"]
    # a data app names its fields as its page does
    spec = templates.read("un annuaire des membres de mon club avec téléphone et email",
                          "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    assert '"telephone": "Téléphone",' in files["lib/input.ts"]


NOUN = {"fr": ("abonné", "abonnés", "Léa Martin"), "es": ("socio", "socios", "Lucía García"),
        "de": ("Mitglied", "Mitglieder", "Emma Schmidt"), "pt": ("aluno", "alunos", "Beatriz Silva"),
        "it": ("iscritto", "iscritti", "Giulia Rossi")}


@pytest.mark.parametrize("lang", list(NOUN))
def test_a_dashboard_counts_the_people_its_prompt_names_in_its_language(lang: str) -> None:
    """"un tableau de bord des abonnés" said "clients" everywhere and loaded English sample
    people (Ava Martin, Noah Kim): it says "abonnés" and loads French names."""
    spec = templates.read(PROMPTS[lang]["dashboard"], "fullstack")
    files = templates.all_files("dashboard", "fullstack", spec.name, spec)
    singular, plural, person = NOUN[lang]
    form = files["components/RecordForm.tsx"]
    assert f"const SINGULAR = {json.dumps(singular, ensure_ascii=False)};" in form
    assert f"const PLURAL = {json.dumps(plural, ensure_ascii=False)};" in form
    assert person in form and "Noah Kim" not in form
    assert plural in shown(files, "app/page.tsx")


@pytest.mark.parametrize("lang", list(PROMPTS))
def test_the_generated_readme_speaks_the_prompts_language(lang: str) -> None:
    """The README said how to run the app, where its words are and how it is kept safe in
    English only: those are in the prompt's language, the English details below them."""
    spec = templates.read(PROMPTS[lang]["store"], "fullstack")
    readme = templates.all_files("store", "fullstack", spec.name, spec)["README.md"]
    said = {"fr": ("## Lancer l'app", "Créez un projet Supabase", "## Sécurité"),
            "es": ("## Abrirla", "Crea un proyecto de Supabase", "## Seguridad"),
            "de": ("## Starten", "Ein Supabase-Projekt anlegen", "## Sicherheit"),
            "pt": ("## Abrir", "Crie um projeto no Supabase", "## Segurança"),
            "it": ("## Aprirla", "Crea un progetto Supabase", "## Sicurezza")}[lang]
    assert all(x in readme for x in said), readme[:1500]
    assert readme.index(said[1]) < readme.index("Create a Supabase project")
    assert PROMPTS[lang]["store"] in readme and "\n## Run it" not in readme
    assert "Make yourself the shop owner" in readme  # the app's own steps, kept


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_sample_people_never_joined_in_the_future(tmp_path) -> None:
    """"Load sample" on 6 December showed a member who joined on 16 December."""
    spec = templates.read("a gym membership SaaS dashboard", "fullstack")
    form = templates.all_files("dashboard", "fullstack", spec.name, spec)[
        "components/RecordForm.tsx"]
    line = next(x for x in form.splitlines() if "const joined =" in x).strip()
    script = tmp_path / "joined.js"
    script.write_text("const now = new Date(Date.UTC(2026, 11, 6, 9));\nconst out = [];\n"
                      f"for (let i = 0; i < 12; i++) {{ {line} out.push(joined.getTime()); }}\n"
                      "console.log(JSON.stringify(out.map((t) => t <= now.getTime())));\n")
    done = subprocess.run([NODE or "node", str(script)], capture_output=True, text=True,
                          timeout=60, check=True)
    assert json.loads(done.stdout) == [True] * 12
