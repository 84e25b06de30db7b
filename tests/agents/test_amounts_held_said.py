"""An amount a log's entries are asked to hold is held, or the run says it is not built (round
25's one dishonest approval: "i log how many kg of honey i take off each day, with the date and
which hive" built a log of Date and Which hive, approved, with totals of nothing). Prompts
written for these tests, in six languages, told as the blind rounds tell theirs."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import carried
from devora_desktop.agents.templates.dataapp import config


def _held(spec: templates.Spec, amount: str) -> bool:
    """A number or money field of the app is named for a word of ``amount``."""
    said = carried._words(amount)
    return any(carried._same(w, x) for f in config(spec)["fields"]
               if f["type"] in ("number", "money") for x in carried._words(f["label"])
               for w in said)


@pytest.mark.parametrize("prompt,amount", [
    ("i keep 3 hives at the bottom of the orchard. want a page where i log how many kg of "
     "honey i take off, with the date and which hive (North, South, Lime tree)", "kg of honey"),
    ("Bonjour ! J'ai trois chèvres et je voudrais noter chaque soir combien de litres de lait je "
     "trais, avec la date et quelle chèvre (Biquette, Noisette, Praline).", "litres de lait"),
    ("Hallo! Ich habe einen kleinen Hühnerstall und möchte jeden Tag eintragen, wie viele Eier "
     "meine Hühner gelegt haben, mit Datum und welchem Stall (Nord, Süd).", "Eier"),
    ("Olá! Tenho uma horta comunitária e quero registar quantos quilos de tomate colhemos, com a "
     "data e o canteiro (Canteiro 1, Canteiro 2).", "quilos de tomate"),
    ("Ciao, faccio il volontario al canile e vorrei segnare ogni giorno quanti chili di "
     "crocchette diamo, con la data e quale box (Box A, Box B).", "chili di crocchette"),
    ("Hola, llevo el huerto del colegio y quiero apuntar cuántos kilos de patatas sacamos, con "
     "la fecha y el bancal (Bancal 1, Bancal 2, Bancal 3).", "kilos de patatas"),
])
def test_an_amount_each_entry_holds_is_held_or_said_as_not_built(prompt: str,
                                                                 amount: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "tracker"
    assert _held(spec, amount) or amount in spec.unfit, (config(spec)["fields"], spec.unfit)


@pytest.mark.parametrize("prompt", [
    # the rows count them: the members are the rows, each time an entry
    "a directory of the members of our allotment society so we can see how many members we "
    "have, with name, plot number and phone",
    "a log of my swims at the lido, date and how many lengths, so I can see how many times I "
    "went this month",
    # said as not wanted
    "Je voudrais un petit journal de mes lectures : la date, le titre du livre et ce que j'en ai "
    "pensé. Pas besoin de noter combien de pages.",
    # held: money in a sum, pages in a column of pages
    "Ein Haushaltsbuch für unsere Ausgaben: Betrag, Kategorie und Datum eintragen, und ich will "
    "sehen wie viel ich diesen Monat ausgegeben hab",
    "a reading log for my daughter: book title, and how many pages she read each day",
])
def test_an_amount_the_rows_count_or_the_app_holds_is_no_missing_field(prompt: str) -> None:
    spec = templates.read(prompt)
    assert "(each entry holds" not in spec.unfit, spec.unfit
