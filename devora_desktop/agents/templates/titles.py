"""What an offline app is called: its kind in the prompt's language ("Calcul de l'IMC").

Both the prompt reader (``spec``, for the default name) and the data apps (``dataapp``, for the
calculator and the tracker's words) need these, so they sit below both.
"""

from __future__ import annotations

import re

from devora_desktop.agents.templates import i18n
from devora_desktop.agents.templates.shapes import TITLE, L, cap, shape_span

HABIT = r"habit|gewohnheit|h[áa]bito|habitude|abitudin|streak|racha|sequ[êe]ncia"
SPEND = r"expense|spend|d[ée]pense|gasto|ausgabe|despesa|spese|budget|splitter|costs?"
ADOPT = r"adopt|shelter|refuge|tierheim|protectora|abrigo|canile|rifugio"

CALC = {
    "tip": (r"\btips?\b|pourboire|propina|trinkgeld|gorjeta|mancia",
            L("Tip calculator", "Calcul du pourboire", "Calculadora de propinas",
              "Trinkgeldrechner", "Calculadora de gorjeta", "Calcolo della mancia")),
    "split": (r"split|aufteil|teilen|partag|dividir|divid|rechnung|addition|conta\b|cuenta|"
              r"conto",
              L("Bill splitter", "Partage de l'addition", "Dividir la cuenta", "Rechnung teilen",
                "Dividir a conta", "Dividi il conto")),
    "bmi": (r"\bbmi\b|\bimc\b|body mass|masse corporelle|masa corporal|massa corporal|"
            r"body-mass|massa corporea",
            L("BMI calculator", "Calcul de l'IMC", "Calculadora de IMC", "BMI-Rechner",
              "Calculadora de IMC", "Calcolo del BMI")),
    "loan": (r"loan|mortgage|hipoteca|pr[êe]t\b|cr[ée]dit|darlehen|kredit|empr[ée]stimo|"
             r"financ|mutuo|prestito|finanzierung|hypothek",
             L("Loan calculator", "Simulateur de prêt", "Calculadora de préstamo",
               "Kreditrechner", "Simulador de empréstimo", "Calcolo del prestito")),
    "convert": (r"convert|umrechn|conversor|\bkm\b|kilomet|chilometr|miles|miglia|meilen",
                L("Kilometres to miles", "Kilomètres en miles", "Kilómetros a millas",
                  "Kilometer in Meilen", "Quilômetros em milhas", "Chilometri in miglia")),
}


def calc_kind(prompt: str) -> str | None:
    text = prompt.lower()
    found = [(m.start(), k) for k, (pattern, _) in CALC.items()
             if (m := re.search(pattern, text))]
    return min(found)[1] if found else None


KIND_TITLES = {"todo": L("To-do list", "Liste de tâches", "Lista de tareas", "To-do-Liste",
                        "Lista de tarefas", "Lista di cose da fare"),
               "blog": L("Blog", "Blog", "Blog", "Blog", "Blog", "Blog"),
               "dashboard": L("Dashboard", "Tableau de bord", "Panel", "Dashboard", "Painel",
                              "Cruscotto"),
               "store": L("Shop", "Boutique", "Tienda", "Shop", "Loja", "Negozio")}


def title_word(prompt: str, kind: str, lang: str) -> str:
    """The app's kind in its language ("Réservations", "Calcul de l'IMC")."""
    text = prompt.lower()
    if kind == "calculator":
        return i18n.pick(CALC[calc_kind(prompt) or "tip"][1], lang)
    if kind in KIND_TITLES:
        return i18n.pick(KIND_TITLES[kind], lang)
    if kind == "tracker" and re.search(HABIT, text):
        return i18n.pick(TITLE["habits"], lang)
    if kind == "tracker" and re.search(SPEND, text):
        return i18n.pick(TITLE["expenses"], lang)
    if kind == "directory" and re.search(ADOPT, text):
        return i18n.pick(TITLE["adoption"], lang)
    if kind == "board" and "kanban" in text:
        return "Kanban"
    span = shape_span(prompt, kind)
    word = prompt[span[0]:span[1]] if span else ""
    if lang == "de" and len(word) > 12:  # a compound names the app best: "Terminbuchung"
        return cap(word)
    return i18n.pick(TITLE[kind], lang)
