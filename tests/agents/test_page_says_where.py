"""What an offline page takes from its visitors says where it goes, in every language, and
what it can't take is said as not built (walk24 #11, #12, #15, #19, #23). Every prompt here
is this file's own."""

from __future__ import annotations

import json

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import i18n
from devora_desktop.agents.templates.spec import ORDERS_SENT


def _config(files: dict[str, str]) -> dict:
    text = files["config.js"]
    return json.loads(text[text.index("{"):text.rindex("}") + 1])


@pytest.mark.parametrize("prompt,lang", [
    ("an ordering page for my food truck: burrito $9, taco $3.50, horchata $4", "en"),
    ("la carte de ma crêperie avec commande en ligne : complète 8 €, sucre 3 €", "fr"),
    ("carta de mi bar con pedidos online: bravas 4,50 €, caña 2 €", "es"),
    ("Speisekarte für unseren Imbiss mit Online-Bestellung: Currywurst 4,50 €, Pommes 3 €", "de"),
    ("cardápio da minha hamburgueria com pedido online: X-burger R$ 25, refri R$ 7", "pt"),
    ("menù della mia pizzeria con ordinazioni online: margherita 7 €, diavola 8,50 €", "it"),
])
def test_an_ordering_page_says_where_its_orders_go(prompt: str, lang: str) -> None:
    """One rule for every web menu that takes orders, "online" said or not: approved, the run
    and the page both saying the orders stay in this browser."""
    spec = templates.read(prompt)
    assert spec.kind == "menu" and spec.lang == lang and spec.fits, spec.unfit
    assert templates.kept_note(spec, "web") == templates.ORDERS_KEPT
    files = templates.all_files("menu", "web", spec.name, spec)
    said = _config(files)["t"]["orderNote"]  # under the order, in the page's language
    assert said in (i18n.UI["orderNote"][i18n.LANGS.index(lang)],
                    i18n.UI["payNote"][i18n.LANGS.index(lang)])


def test_a_page_with_no_cart_still_says_its_online_orders_are_not_built() -> None:
    spec = templates.read("page d'accueil de ma pizzeria avec commande en ligne")
    assert spec.kind == "landing" and ORDERS_SENT in spec.unsupported, spec.unfit
