"""A dashboard holds its own domain (walk15 #7 #21, walk16 #12): a building's shared costs
were sales orders ('Ordine #18', 'Fatturato'), a bakery's 'ventes par jour, produit le plus
vendu, total du mois' became fields beside 'Commande #18' rows. The figures a prompt asks for
are cards and charts, never fields. Prompts written for these tests, in six languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from tests.agents.interactions import js
from tests.agents.test_prompt_seeds import opened


def built(prompt: str) -> dict:
    spec = templates.read(prompt)
    assert spec.kind == "dashboard", spec.kind
    return config(spec)


@pytest.mark.parametrize(("prompt", "spent", "year"), [
    ("cruscotto delle spese del condominio: spese per mese, per categoria, totale annuo",
     "Totale speso", "Quest'anno"),
    ("a dashboard for our building's shared costs: cost per month, per category, and the "
     "yearly total", "Total spent", "This year"),
    ("Dashboard für die Nebenkosten unserer WG: Ausgaben pro Monat und nach Kategorie",
     "Ausgaben gesamt", None),
    ("tableau de bord des dépenses de l'association par catégorie", "Total dépensé", None),
])
def test_shared_costs_are_expenses_by_category(prompt: str, spent: str, year: str | None
                                               ) -> None:
    cfg = built(prompt)
    labels = [c["label"] for c in cfg["opts"]["cards"]]
    assert labels[0] == spent and (year is None or year in labels), labels
    assert len(cfg["fields"]) == 4, cfg["fields"]  # date, what, category, amount: no figures
    assert cfg["opts"]["chart"]["by"] == "category"
    assert not any("#" in r["what"] for r in cfg["seed"]), cfg["seed"][0]


@pytest.mark.parametrize(("prompt", "top"), [
    ("tableau de bord des ventes de ma boulangerie : ventes par jour, produit le plus vendu, "
     "total du mois", "Produit le plus vendu"),
    ("painel de vendas da minha loja: vendas por dia, produto mais vendido, total do mês",
     "Produto mais vendido"),
    ("panel de ventas de mi tienda: ventas diarias y el producto más vendido",
     "Producto más vendido"),
    ("a sales dashboard for my etsy shop: orders, revenue, best-selling product", "Top product"),
    ("cruscotto vendite della gelateria: vendite al giorno e gusto più venduto",
     "Gusto più venduto"),
])
def test_sales_show_what_sold_most_and_no_figure_is_a_field(prompt: str, top: str) -> None:
    cfg = built(prompt)
    labels = [c["label"] for c in cfg["opts"]["cards"]]
    assert top in labels, labels
    assert [x["type"] for x in cfg["fields"]] == ["date", "text", "select", "money"]
    assert cfg["fields"][1]["label"] == top.split()[-1].capitalize() or \
        cfg["fields"][1]["label"] in top, cfg["fields"]


def test_the_page_names_what_sold_most_and_charts_each_category(tmp_path: Path) -> None:
    """Entered as a person does: a sale of 500 of one product makes it the top one; the
    per-category chart of a costs dashboard has a bar for each category."""
    spec = templates.read("tableau de bord des ventes de ma boulangerie : ventes par jour, "
                          "produit le plus vendu")
    with opened(tmp_path / "sales", spec) as page:
        js(page, """(() => { const f = document.querySelector('form.editor');
          f.elements.what.value = 'Baguette'; f.elements.amount.value = '500';
          f.querySelector('button[type=submit]').click(); })()""")
        top = js(page, "[...document.querySelectorAll('.kpi')].find(k => k.dataset.agg === "
                       "'top').querySelector('strong').textContent")
        assert top == "Baguette"
        assert js(page, "document.querySelectorAll('svg rect').length") >= 14  # a bar a day
    spec = templates.read("cruscotto delle spese del condominio: spese per mese, per categoria")
    with opened(tmp_path / "costs", spec) as page:
        bars = js(page, "document.querySelector('svg').getAttribute('aria-label')")
        assert bars == "Per categoria"
        assert js(page, "document.querySelectorAll('svg rect').length") == 4
