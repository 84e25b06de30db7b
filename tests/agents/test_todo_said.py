"""A to-do or shopping list keeps the columns its prompt asks for (walk15 #9): "mit
Fälligkeitsdatum und wer es erledigt" and "con quantità e chi la compra" built Title / Due /
Priority / Tags, no who and no quantity, and the run said nothing of it."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config


@pytest.mark.parametrize("prompt,columns", [
    ("To-do-Liste für die Hochzeitsvorbereitung mit Fälligkeitsdatum und wer es erledigt",
     [("Fällig", "date"), ("Wer", "text")]),
    ("lista della spesa condivisa per la casa con quantità e chi la compra",
     [("Quantità", "number"), ("Chi", "text")]),
    ("to-do list for the house move with who does it and a due date",
     [("Due", "date"), ("Who", "text")]),
    ("liste de tâches pour le déménagement avec la personne responsable et la date limite",
     [("Date limite", "date"), ("Qui", "text")]),
    ("lista de compras para la fiesta con cantidades y quién lo compra",
     [("Cantidad", "number"), ("Quién", "text")]),
    # "com quem faz" named two people, "Faz" and "Prazo"
    ("lista de tarefas da casa com quem faz e prazo", [("Prazo", "date"), ("Quem", "text")]),
])
def test_a_list_has_the_who_and_how_many_its_prompt_asks_for(prompt: str,
                                                             columns: list) -> None:
    spec = templates.read(prompt)
    fields = [(x["label"], x["type"]) for x in config(spec)["fields"]]
    assert spec.kind == "todo" and spec.fits, spec.unfit
    assert all(c in fields for c in columns), fields


def test_a_list_that_names_its_people_offers_them() -> None:
    fields = config(templates.read("a chore list for my kids Emma and Noah"))["fields"]
    who = next(x for x in fields if x["key"] == "who")
    assert [label for _, label in who["options"]] == ["—", "Emma", "Noah"]
    plain = config(templates.read("a to-do list for my garden"))["fields"]
    assert not any(x["key"] in ("who", "qty") for x in plain)


@pytest.mark.parametrize("prompt,rows", [
    # round 14: said as "can't build “confirmar el catering”, “flores” …" on a to-do list
    ("lista de pendientes para la boda de mi hermana: confirmar el catering, las flores, "
     "recoger el vestido... y poder tachar lo que ya está",
     ["Confirmar el catering", "Flores", "Recoger el vestido"]),
    ("un'agenda dei compiti delle vacanze di mio figlio: pagine del libro di mate, il "
     "riassunto, la ricerca di storia, da spuntare quando li fa",
     ["Pagine del libro di mate", "Il riassunto", "Ricerca di storia"]),
    ("to-do list for the move: book the van, pack the kitchen, change the address",
     ["Book the van", "Pack the kitchen", "Change the address"]),
    # round 23: Portuguese "o" is "the", not "or" ('Lixar', 'Casco')
    ("lista de tarefas: lavar o carro, pagar a conta de luz, levar o cachorro ao veterinário",
     ["Lavar o carro", "Pagar a conta de luz", "Levar o cachorro ao veterinário"]),
])
def test_the_things_to_do_a_prompt_lists_are_the_lists_rows(prompt: str, rows: list) -> None:
    spec = templates.read(prompt)
    seed = config(spec)["seed"]
    assert spec.kind == "todo" and spec.fits, spec.unfit
    assert [r["title"] for r in seed] == rows and not any(r.get("_example") for r in seed)
