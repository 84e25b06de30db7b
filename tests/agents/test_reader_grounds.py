"""A reading is sure only when the prompt grounds it: with nothing else to choose, the shape
built must be one the prompt names, says a thing of, or names in its opening phrase, and no
loose word of the prompt may point to another shape ("Wenn ein Block gebucht ist, ist er weg":
a booking). A shared room or machine that people take in blocks, a taken one gone, is never
built as something else and said to be finished. Prompts of my own, in the six languages."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import reader

# A shared thing taken for a while, in blocks or nights, a taken one gone
TAKEN_IN_TURNS = [
    "Partyraum im Keller: jede Wohnung nimmt ihn für einen Abend, jeden Tag. Ein Abend, der "
    "schon belegt ist, ist weg.",
    "Gästezimmer im Haus: jede Partei kann es für eine Nacht buchen, jeden Tag, mit Login. Eine "
    "gebuchte Nacht ist weg.",
    "Trockenraum im Wohnblock: die Mieter sollen den Trockner in 90-Minuten-Blöcken buchen "
    "können, jeden Tag 7 bis 21 Uhr, mit Login. Wenn ein Block gebucht ist, ist er weg.",
    "Hobbyraum im Keller: die Nachbarn sollen ihn in 3-Stunden-Blöcken buchen können, jeden Tag "
    "9 bis 21 Uhr. Ist ein Block gebucht, ist er weg.",
    "Guest room in our building: each flat can have it for a night, every day, with a login. "
    "Once a night is taken it's gone.",
    "Rooftop terrace in the building: neighbours can have it in 3-hour blocks, every day 10am to "
    "10pm, with a login. Once a block is taken it's gone.",
    "Chambre d'amis de l'immeuble : chaque foyer la prend pour une nuit, tous les jours, avec "
    "connexion. Une nuit déjà prise n'est plus disponible.",
    "Terrasse sur le toit : les voisins la prennent par tranches de 3 heures, tous les jours de "
    "10h à 22h, avec connexion. Un créneau pris disparaît.",
    "Habitación de invitados del edificio: cada piso la usa una noche, todos los días, con "
    "login. Una noche que ya está cogida desaparece.",
    "Azotea del edificio: los vecinos la usan en bloques de 3 horas, todos los días de 10 a 22, "
    "con login. Un bloque cogido desaparece.",
    "Quarto de hóspedes do prédio: cada apartamento fica com ele uma noite, todos os dias, com "
    "login. Noite que já está ocupada some.",
    "Terraço do prédio: os moradores usam em blocos de 3 horas, todos os dias das 10 às 22h, "
    "com login. Bloco que já está ocupado some.",
    "Stanza degli ospiti del condominio: ogni appartamento la usa per una notte, tutti i giorni, "
    "con login. Una notte già presa sparisce.",
    "Terrazza condominiale: i vicini la usano a blocchi di 3 ore, tutti i giorni dalle 10 alle "
    "22, con login. Un blocco già preso sparisce.",
]


@pytest.mark.parametrize("prompt", TAKEN_IN_TURNS)
def test_a_thing_taken_in_turns_is_never_sure_of_another_app(prompt: str) -> None:
    found = reader.read(prompt)
    assert not found.sure or found.shape == "booking", (found.shape, found.offered)
    # asked, the booking page is among the choices, and a run nobody answers says it guessed
    assert found.sure or "booking" in found.offered, found.offered
    if not found.sure:
        spec = templates.read(prompt, shape=found.offered[0])
        assert spec.kind == "booking" or "booking" in found.offered[1:]


@pytest.mark.parametrize("prompt,strays", [
    ("die Bewohner sollen die Waschmaschine in 2-Stunden-Blöcken buchen können", ("booking",)),
    ("a night that is already taken is gone", ("booking",)),
    ("une soirée déjà prise n'est plus disponible", ("booking",)),
    ("si la pista ya está cogida, no sale", ("booking",)),
    ("o horário que já está ocupado some", ("booking",)),
    ("la lavatrice a blocchi di 2 ore", ("booking",)),
    ("ein Abend, der schon belegt ist", ("booking",)),
    # a book, building blocks, a block party and an agenda are nothing booked
    ("a page where my book club votes on next month's book", ()),
    ("a shop for wooden building blocks and toys", ()),
    ("potluck sign-up for the Maple Street block party", ()),
    ("agenda de contatos de prestadores de serviço do condomínio", ()),
])
def test_loose_words_point_to_a_booking(prompt: str, strays: tuple[str, ...]) -> None:
    assert reader.read(prompt).strays == strays


@pytest.mark.parametrize("prompt,grounds", [
    # a cue in the opening phrase names what the prompt is
    ("planilha de gastos do mês com categoria: mercado, aluguel, transporte, lazer", True),
    ("une carte des restaurants de Lyon", True),
    # a time said in passing after it explains nothing of what is asked
    ("Sala comune del palazzo, la prende una famiglia per sera, ogni giorno", False),
    ("Salle des fêtes du village : une famille la prend chaque samedi, tous les jours "
     "d'été", False),
])
def test_a_domain_cue_grounds_only_in_the_opening_phrase(prompt: str, grounds: bool) -> None:
    found = reader.read(prompt)
    assert found.candidates[0].tier == "domain", found.candidates[0]
    assert found.grounds is grounds
