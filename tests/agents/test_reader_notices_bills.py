"""Shapes read from what the app is, not from a word it shares with another (walk13 #6, walk14
#33): a board of notices is a list of posts and a lost-and-found a list to search, not a
kanban; a bill split with a tip is a calculator, however it is named. Every prompt here is
this file's own; a kanban called "bacheca" stays a kanban."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import calcs, reader


@pytest.mark.parametrize("prompt,shape", [
    ("a notice board for the allotment society: each notice has a title, text and a date",
     "blog"),
    ("un tableau d'affichage pour l'immeuble : chaque annonce avec un titre, un texte et la date",
     "blog"),
    ("tablón de anuncios para la comunidad de vecinos, con título, texto y fecha", "blog"),
    ("una bacheca del palazzo per gli avvisi: titolo, testo, data e chi l'ha scritto", "blog"),
    ("a lost and found board for the swimming club: item, where it was found, the date, "
     "whether someone took it home", "directory"),
    ("objets trouvés du club de judo : l'objet, où on l'a trouvé, la date, rendu ou non",
     "directory"),
    ("Fundsachen in der Kita: was, wo gefunden, wann, abgeholt", "directory"),
    ("achados e perdidos da escola: objeto, onde foi achado e a data", "directory"),
    ("oggetti smarriti in palestra: oggetto, dove, quando, restituito", "directory"),
])
def test_notices_and_things_found_are_no_kanban(prompt: str, shape: str) -> None:
    assert reader.detect(prompt).shape == shape


@pytest.mark.parametrize("prompt", [
    "una bacheca per il trasloco: da fare, in corso, fatto. scatole, furgone, chiavi",
    "a kanban board for the bathroom refit: to do, doing, done",
])
def test_a_kanban_called_a_board_stays_one(prompt: str) -> None:
    assert reader.detect(prompt).shape == "board"


@pytest.mark.parametrize("prompt", [
    "split the pub bill between 6 mates with a 12% tip",
    "diviser l'addition du resto à 5 avec 10 % de pourboire",
    "dividir la cuenta de la cena entre 4 con un 10% de propina",
    "die Rechnung vom Italiener durch 3 teilen, mit 10 % Trinkgeld",
    "divisão da conta do churrasco com 10% de gorjeta entre 8 pessoas",
    "dividere il conto della pizzeria in 5 con la mancia del 10%",
])
def test_a_bill_split_with_a_tip_is_a_calculator_that_splits(prompt: str) -> None:
    assert reader.detect(prompt).shape == "calculator"
    assert calcs.kind(prompt) in ("split", "tip"), calcs.kind(prompt)
    assert not templates.read(prompt).unsupported


def test_currencies_are_still_converted() -> None:
    assert calcs.kind("conversor de divisas: euros a dólares al cambio que yo ponga") == \
        "currency"


@pytest.mark.parametrize("prompt", [
    "cake stall for the school fete: who bakes what, we need 15 sponges and 30 cupcakes",
    "vente de crêpes de l'amicale : qui apporte quoi, il faut 10 paquets de farine",
    "venta de galletas del grupo scout: quién trae qué, hacen falta 12 bandejas",
    "Waffelverkauf am Tag der offenen Tür: wer backt welche Sorte, wir brauchen 10 Teige",
    "venda de bolos da catequese: quem traz qual bolo, precisamos de 10",
    "vendita di dolci per la parrocchia: chi porta cosa, servono 12 torte",
])
def test_who_brings_what_is_a_sign_up_sheet(prompt: str) -> None:
    assert reader.detect(prompt).shape == "signup"


@pytest.mark.parametrize("prompt,shape", [
    ("a cleaning rota for our house share: hoovering, bins, bathroom, swapping every Monday",
     "todo"),
    ("planning de ménage pour l'appart : cuisine, salle de bain, poubelles, à tour de rôle",
     "todo"),
    ("turnos de limpieza de casa para los tres: baño, cocina, basura, cambiando cada semana",
     "todo"),
    ("Putzplan für unsere Wohnung: Küche, Bad, Treppenhaus, wöchentlich wechselnd", "todo"),
    ("escala de limpeza do apartamento: cozinha, banheiro, lixo, cada semana um", "todo"),
    ("turni delle pulizie di casa: cucina, bagno, scale, a rotazione", "todo"),
    # the volunteers' cleaning shifts of a place are a sign-up sheet
    ("cleaning rota for the scout hut volunteers, 3 people each Sunday", "signup"),
])
def test_a_homes_cleaning_rota_is_a_to_do_list(prompt: str, shape: str) -> None:
    assert reader.detect(prompt).shape == shape
