"""What the prompt named is what the app holds (named24, session 22): a dish whose name has a
word in brackets, ... Table-driven, no browser."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config


def _built(prompt: str, shape: str, mode: str = "web") -> dict:
    return config(templates.read(prompt, mode, shape))


@pytest.mark.parametrize("prompt,dishes", [
    ("pizza menu: Margherita 8, Diavola (spicy) 10, Capricciosa (ham, mushrooms) 11",
     [("Margherita", 8.0), ("Diavola (spicy)", 10.0), ("Capricciosa (ham, mushrooms)", 11.0)]),
    ("carte de la pizzeria : Regina (jambon, champignons) 11, Calzone (soufflée) 12",
     [("Regina (jambon, champignons)", 11.0), ("Calzone (soufflée)", 12.0)]),
    ("Karte der Pizzeria: Salami (scharf) 9,50, Tonno (mit Zwiebeln) 10, Funghi 9",
     [("Salami (scharf)", 9.5), ("Tonno (mit Zwiebeln)", 10.0), ("Funghi", 9.0)]),
    ("menù della pizzeria: Diavola (piccante) 8, Bufalina (con mozzarella di bufala) 9",
     [("Diavola (piccante)", 8.0), ("Bufalina (con mozzarella di bufala)", 9.0)]),
    ("carta del bar: bocadillo (para dos) 9 €, croquetas (6) 5 €",
     [("Bocadillo (para dos)", 9.0), ("Croquetas (6)", 5.0)]),
])
def test_a_word_in_brackets_before_the_price_is_part_of_the_dish(
        prompt: str, dishes: list[tuple[str, float]]) -> None:
    """'Diavola (piccante) 8' was lost: the brackets split it from its price."""
    seed = _built(prompt, "menu")["seed"]
    assert [(r["name"], r["price"]) for r in seed] == dishes
