"""Shapes read from what a prompt says, in the six languages: a till of priced things added up
is a menu however the stall is called, "who's ahead" is a ranking, a season's figures averaged
and drawn are a dashboard, a board whose columns are listed is a board whatever its subject
sounds like (a "quadro de tarefas", a "chore board"), "a <place> page" is a page about it; a
count of people is no figure to compute, a page where things are is no page about where one
is, and a birthday party's guest list is a sign-up sheet. Prompts of my own."""

from __future__ import annotations

import pytest

from devora_desktop.agents.templates import learned, reader


def built(prompt: str) -> str:
    """The shape an offline run builds when nobody answers the question."""
    found = reader.read(prompt)
    return found.shape if found.sure else found.offered[0]


@pytest.mark.parametrize("prompt,shape", [
    # a till: things at a price, picked and added up
    ("snack stall for the school fair - kids tap what they want, popcorn 50p, juice box 80p, "
     "cupcake £1.20, and it adds it up so the helpers know what to charge", "menu"),
    ("buvette de la kermesse : crêpe 2 €, jus 1,50 €, gâteau 2,50 €, les enfants choisissent "
     "et ça calcule le total", "menu"),
    ("puesto de la feria del cole: palomitas 1,50 €, zumo 1 €, magdalena 2 €; los niños eligen "
     "y se suma todo para cobrar", "menu"),
    ("Kuchenstand beim Schulfest: Waffel 2 €, Saft 1,50 €, Muffin 2,50 €, man wählt aus und es "
     "rechnet den Gesamtbetrag zum Kassieren", "menu"),
    ("barraca da festa junina: pipoca R$ 5, quentão R$ 8, pé de moleque R$ 3, a criançada "
     "escolhe e soma o total pra cobrar", "menu"),
    ("banchetto della festa della scuola: popcorn 2 €, succo 1,50 €, muffin 2,50 €, i bambini "
     "scelgono e si vede il totale da incassare", "menu"),
    ("the school bake sale table: brownies $2, cookies $1, lemonade $1.50, tap what you buy "
     "and it shows what to pay", "menu"),
    ("barraca do bazar: bolo R$ 6, café R$ 3, suco R$ 4; o pessoal compra e vê o total",
     "menu"),
    # … a budget's things are picked by nobody
    ("monthly budget: rent 800€, groceries 300€, internet 40€, I want to see the total",
     "tracker"),
    # who is ahead: a ranking, however it is named
    ("for our beach clean-up each team enters how many bags they filled and everyone sees "
     "who's ahead. teams: Gulls, Crabs, Otters", "leaderboard"),
    ("Für unsere Müllsammelaktion trägt jede Gruppe ein, wie viele Säcke sie gesammelt hat, und "
     "man sieht, wer vorne liegt", "leaderboard"),
    ("pour le tournoi de pétanque du village, chaque équipe note ses points et on voit qui est "
     "en tête", "leaderboard"),
    ("en la recogida de basura cada grupo apunta cuántas bolsas llena y se ve quién va primero",
     "leaderboard"),
    ("na gincana da escola cada turma anota os pontos e todo mundo vê quem está na frente",
     "leaderboard"),
    ("per la raccolta di plastica in spiaggia ogni classe segna quanti sacchi ha riempito e si "
     "vede chi è in testa", "leaderboard"),
    # a quiz night's teams scored: a ranking, not flashcards
    ("soirée quiz : chaque équipe marque ses points, on voit qui mène", "leaderboard"),
    ("pub quiz every thursday: teams get points each round and we see who's on top",
     "leaderboard"),
    ("Kneipenquiz jeden Donnerstag: jedes Team bekommt Punkte pro Runde, man sieht wer führt",
     "leaderboard"),
    ("I want to write down my blood pressure every morning: systolic, diastolic, pulse",
     "tracker"),
    # a season's figures summed up and drawn: a dashboard, not a ranking of players
    ("resumen de la temporada del equipo infantil de balonmano: goles por partido, media, "
     "mejor partido y un gráfico", "dashboard"),
    ("season summary for my son's under-11 football team: goals per game, average, best game "
     "and a chart", "dashboard"),
    ("bilan de la saison de notre équipe de handball : buts par match, moyenne, meilleur match "
     "et un graphique", "dashboard"),
    ("Saisonbilanz unserer Jugendmannschaft: Tore pro Spiel, Schnitt, bestes Spiel und ein "
     "Diagramm", "dashboard"),
    ("resumo da temporada do time de futsal: gols por jogo, média, melhor jogo e um gráfico",
     "dashboard"),
    ("riepilogo della stagione della squadra di pallavolo: punti per partita, media, partita "
     "migliore e un grafico", "dashboard"),
    # a board whose columns are listed, whatever its subject sounds like
    ("quadro de tarefas da reforma do apartamento: a fazer, orçamento, em obra, concluído",
     "board"),
    ("chore board for the kids: to do, doing, done - dishes, vacuum, walk the dog", "board"),
    ("tableau des tâches du déménagement : à faire, en cours, fait", "board"),
    ("tablero de tareas de la boda: por hacer, en curso, hecho", "board"),
    ("Aufgabenboard für den Umzug: offen, in Arbeit, erledigt", "board"),
    ("lavagna dei compiti del trasloco: da fare, in corso, fatto", "board"),
    # … and a board that shows a menu or the scores is not one
    ("menu board for our snack stand: hot dogs $3, nachos $4, water $1, parents tap items to "
     "build an order and see the total", "menu"),
    # a page about a place, named before the word page
    ("a plant nursery page like this mockup", "landing"),
    ("a tattoo studio page with our style", "landing"),
    # a birthday party's list: who comes, who brings what
    ("Liste der Geburtstagsgäste für Lenas Party, wer kommt und wer bringt Kuchen mit", "signup"),
    ("lista de cumpleaños de Ana: quién trae qué, máximo 10 personas", "signup"),
    ("Liste mit Geburtstagsgeschenken für meine Tochter: wer schenkt was, damit nichts doppelt "
     "ist", "signup"),
    # … and a list of birthdays is still the people and their dates
    ("eine Liste mit Geburtstagen meiner Freunde, Name und Datum", "directory"),
    ("lista de cumpleaños de mis amigos con la fecha y qué regalarles", "directory"),
])
def test_what_the_prompt_says_the_app_does_names_its_shape(prompt: str, shape: str) -> None:
    assert built(prompt) == shape, reader.read(prompt)


@pytest.mark.parametrize("prompt", [
    "a recipe box with the recipes my family of 4 likes, with ingredients and cooking time",
    "a recipe box for our 2 kids' favourite recipes, with ingredients and cooking time",
    "une boîte à recettes pour nos 3 enfants, avec les ingrédients et le temps de cuisson",
    "un recetario con las recetas favoritas de mis 2 hijas, ingredientes y tiempo",
    "Rezeptsammlung für unsere 5 Enkel mit Zutaten und Kochzeit",
    "quiz de 8 perguntas sobre a história do Brasil",
])
def test_a_count_of_people_or_things_is_no_figure_to_compute(prompt: str) -> None:
    found = reader.read(prompt)
    assert "calculator" not in found.cued and built(prompt) != "calculator", found


@pytest.mark.parametrize("prompt", [
    "tile calculator: room 12 ft by 10 ft, 12x12 inch tiles, add 10% for waste",
    "calculadora de horas extras: salário R$ 3.000, 220 horas por mês",
    "Ein Brot = 500 g Mehl, wie viel Mehl für 7 Brote?",
    "frais de notaire : 7,5 % dans l'ancien",
])
def test_a_figure_with_its_unit_or_rate_points_to_a_calculator(prompt: str) -> None:
    assert "calculator" in reader.read(prompt).cued


@pytest.mark.parametrize("prompt", [
    "a page where the team sees where each project is: to do, doing, done",
    "une page où je note où en est chaque commande, avec le statut et la date",
    "a page where I log where my money is going each month, with totals per category",
    "una pagina dove vedo dove sono i progetti",
])
def test_a_page_where_things_are_is_no_page_about_where_one_is(prompt: str) -> None:
    found = reader.read(prompt)
    assert not (found.explicit and found.shape == "landing"), found


@pytest.mark.parametrize("prompt", [
    "I run a food truck. I'd like a page where people see where I am each day",
    "a page where customers can see where the van is parked this week",
    "Je tiens un food truck. J'aimerais une page où les gens voient où je suis chaque jour",
    "eine Seite, wo die Leute sehen, wo ich heute stehe",
    "una página donde la gente vea dónde estoy cada día",
    "uma página onde o pessoal vê onde estou hoje",
    "una pagina dove i clienti vedono dove siamo ogni giorno",
])
def test_a_page_where_people_find_a_business_on_the_move_is_a_page_about_it(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.explicit and found.shape == "landing" and found.sure, found


def test_an_app_asked_for_alone_and_said_what_it_does_stays_sure() -> None:
    """The rules are sure, the app's noun heads the prompt with nothing else named, and a
    thing it does is said: the learned reader's lean from the subject's words ("quadro de
    tarefas": a to-do list at p 0.99) does not overturn it; said nothing of, it may."""
    lean = learned.Guess((("todo", 0.99), ("board", 0.01)))
    assert reader.agreed("board", True, ("board", "directory"), lean, headed=True, alone=True,
                         shown=True) == (True, ("board", "directory"))
    assert reader.agreed("board", True, ("board", "directory"), lean, headed=True,
                         alone=True)[1][0] == "todo"
