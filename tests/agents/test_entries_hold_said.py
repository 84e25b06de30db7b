"""What each entry of an offline list holds is what it is, and who shares it is a choice (walk17
#7 #19 #23, walk18 #1): a recipe box had Phone, Email and Address (its "for my family" read as
contacts), a stock list's quantity was words and its money euros in Brazil, a name stood
before the product that names each row, and a list for "me and Marco" or "who brings what: me,
Sam, Priya" had no Who choice (or packed Sam and Priya). Prompts written for these tests, in
six languages."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import listed
from devora_desktop.agents.templates.dataapp import config


def built(prompt: str, shape: str) -> dict:
    spec = templates.read(prompt, shape=shape)
    assert spec.kind == shape
    return config(spec)


@pytest.mark.parametrize("prompt,ingredients", [
    ("a recipe box for my family", "Ingredients"),
    ("une boîte à recettes pour ma famille", "Ingrédients"),
    ("mis recetas de siempre para la familia", "Ingredientes"),
    ("Rezeptsammlung für die Familie", "Zutaten"),
])
def test_a_recipe_holds_what_it_takes_never_a_phone(prompt: str, ingredients: str) -> None:
    fields = built(prompt, "directory")["fields"]
    assert ingredients in [x["label"] for x in fields]
    assert not {"tel", "email"} & {x["type"] for x in fields}
    assert not any(x["key"] == "address" for x in fields)


def test_whom_a_list_is_for_is_not_what_its_entries_are() -> None:
    games = built("a list of board games for my family", "directory")["fields"]
    assert not {"tel", "email"} & {x["type"] for x in games}
    # people are still reached
    plumbers = built("a directory of local plumbers", "directory")["fields"]
    assert "tel" in {x["type"] for x in plumbers}


@pytest.mark.parametrize("prompt,first,count", [
    ("controle de estoque da minha loja de roupas: produto, tamanho, quantidade, preço",
     "Produto", "Quantidade"),
    ("inventaire de ma boutique : produit, taille, stock, prix", "Produit", "Stock"),
    ("Lagerliste für meinen Laden: Artikel, Größe, Stückzahl, Preis", "Artikel", "Stückzahl"),
    ("inventory of my shop: item, size, quantity, price", "Item", "Quantity"),
])
def test_a_stock_list_counts_in_numbers_and_names_each_row_by_its_product(
        prompt: str, first: str, count: str) -> None:
    fields = built(prompt, "directory")["fields"]
    assert fields[0]["label"] == first and fields[0]["key"] == "name"
    assert next(x["type"] for x in fields if x["label"] == count) == "number"


def test_a_brazilian_stock_list_is_in_reais() -> None:
    cfg = built("controle de estoque da minha loja de roupas: produto, tamanho, quantidade, "
                "preço", "directory")
    assert cfg["currency"] == "BRL"


@pytest.mark.parametrize("prompt,who", [
    ("lista della spesa condivisa per me e Marco con quantità", ["Io", "Marco"]),
    ("liste de courses pour moi et Julie", ["Moi", "Julie"]),
    ("lista de la compra para mí y Carlos", ["Yo", "Carlos"]),
    ("Einkaufsliste für mich und Jonas", ["Ich", "Jonas"]),
    ("lista de compras pra mim e a Ana: arroz, feijão, café", ["Eu", "Ana"]),
    ("packing list for our camping trip with who brings what: me, Sam, Priya",
     ["Me", "Sam", "Priya"]),
])
def test_a_list_shared_by_people_named_has_their_who_choice(prompt: str, who: list) -> None:
    cfg = built(prompt, "todo")
    choice = next(x for x in cfg["fields"] if x["key"] == "who")
    assert [label for _, label in choice["options"]][1:] == who
    # and none of them is a thing to do or a column
    titles = {r["title"] for r in cfg["seed"]}
    labels = {x["label"] for x in cfg["fields"]}
    assert not (set(who) & titles) and not (set(who) & labels), (titles, labels)


def test_me_and_nobody_named_is_no_one() -> None:
    assert listed.people("list of things to do: me and the kids") == ()


@pytest.mark.parametrize("prompt,name,cards", [
    ("flashcards to practice spanish verbs: comer to eat, beber to drink, vivir to live, "
     "hablar to speak", "Spanish verbs · Flashcards",
     [("Comer", "to eat"), ("Beber", "to drink"), ("Vivir", "to live"), ("Hablar", "to speak")]),
    ("Karteikarten Französisch: la maison das Haus, le chien der Hund, la voiture das Auto",
     "Französisch · Karteikarten",
     [("la maison", "das Haus"), ("le chien", "der Hund"), ("la voiture", "das Auto")]),
    ("fiches de vocabulaire allemand : der Hund le chien, die Katze le chat", None,
     [("der Hund", "le chien"), ("die Katze", "le chat")]),
])
def test_cards_given_with_their_meaning_are_split_into_their_sides(prompt: str, name: str | None,
                                                                   cards: list) -> None:
    spec = templates.read(prompt, shape="flashcards")
    assert name is None or spec.name == name
    seed = config(spec)["seed"]
    assert [(r["front"], r["back"]) for r in seed] == cards


@pytest.mark.parametrize("prompt,title", [
    ("reading tracker: books I finish this year with author, pages and a rating out of 5",
     "Title"),
    ("suivi de mes lectures avec auteur et nombre de pages", "Titre"),
])
def test_a_log_of_things_made_by_someone_names_the_thing(prompt: str, title: str) -> None:
    labels = [x["label"] for x in built(prompt, "tracker")["fields"]]
    assert labels[1] == title and len(labels) > 2, labels


def test_readings_alone_need_no_title() -> None:
    labels = [x["label"] for x in built("diario della pressione: data, massima, minima, battiti",
                                        "tracker")["fields"]]
    # (a note beside them is no title: readings alone left search nothing to find)
    assert labels == ["Data", "Massima", "Minima", "Battiti", "Nota"]
