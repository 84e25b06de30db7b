"""What a dashboard measures, read from the figures its prompt lists: "Photovoltaik-Anlage:
Ertrag pro Tag, Eigenverbrauch, Einspeisung" is three figures in kWh entered each day,
"agriturismo: prenotazioni per mese, incasso, camere occupate" a count, a sum of money and a
count each month. A dashboard built from them has one number field per figure, in its unit,
a card for each and a chart of the first, never a money log with the figures glued on as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from devora_desktop.agents.templates.shapes import UNIT_TABLE, cap


@dataclass(frozen=True)
class Measure:
    label: str
    #: "money", "number"
    type: str
    #: shown after the number ("kWh", "kg", "%"); "" for money and plain counts
    unit: str = ""
    #: how a card adds the entries up: "sum", "avg" for a rate, "last" for a level (members,
    #: stock, a balance: counted again each time, never added up)
    agg: str = "sum"


# The list of figures: after a colon, to the end of its sentence ("erzeugt vs. verbraucht"
# keeps its point)
_LIST = re.compile(r":\s*((?:\bvs\.|[^:;.!?\n])+)", re.I)
# (what is spent on a thing is one figure: "gastos com sementes", "spese con la carta",
# walk21 #15 split it into Gastos and a count of Sementes)
_SPLIT = (r",|/|\s(?:and|or|et|ou|y|o|e|und|oder|ed|vs\.?|versus)\s|\s[–—-]\s|"
          r"(?<!\bgastos)(?<!\bgasto)(?<!\bdespesas)(?<!\bdespesa)(?<!\bcustos)(?<!\bcusto)"
          r"(?<!\bspese)(?<!\bcosti)(?<!\bcosts)(?<!\bcost)(?<!\bexpenses)(?<!\bspending)"
          r"(?<!\bausgaben)(?<!\bkosten)(?<!\bd[ée]penses)"
          r"\s(?:with|con|avec|mit|com)\s|"
          r"^(?:and|et|y|e|und|ed)\s")
_PERIODS = (("day", r"day|jour|d[íi]a|tag|giorno"), ("week", r"week|semaine|semana|woche|settimana"),
            ("month", r"month|mois|mes|m[êe]s|monat|mese"), ("year", r"year|an|año|ano|jahr|anno"))
_PER = (r"(?:per|par|por|pro|a|al|au|each|every|ogni|cada|chaque|jeden|je|nach|by|in the|"
        r"a cada)")
# "mese per mese", "mês a mês", "month by month"
_EACH = r"({w})\s+(?:per|par|a|by|für|for|por|after)\s+(?:{w})"
_ADJ = (("day", r"daily|giornalier[aeio]|diari[oa]s?|di[áa]ri[oa]s?|t[äa]glich\w*|quotidien\w*"),
        ("week", r"weekly|settimanal[ei]|semanal(?:es)?|semanais|w[öo]chentlich\w*|"
                 r"hebdomadaires?"),
        ("month", r"monthly|mensil[ei]|mensual(?:es)?|mensais?|monatlich\w*|mensuel\w*"),
        ("year", r"yearly|annual|annuel\w*|anual(?:es)?|anuais|j[äa]hrlich\w*|annual[ei]|annu[oa]"))
# a figure's unit: the units a field reads (shapes.UNIT_TABLE), by symbol or by name
_UNITS = tuple((name, "|".join(x for x in (words, sym) if x))
               for name, sym, words, _ in UNIT_TABLE)
# a count said as one: "nombre d'adhérents", "number of bookings", "quantas consultas"
_COUNT = (r"^(?:the\s+)?(?:number of|nombre d['’]|nombre de|n[úu]mero de|numero di|numero de|"
          r"anzahl(?: der| an)?|quantidade de|cantidad de|how many|combien de|quant[oa]s|"
          r"cu[áa]nt[oa]s|quant[ie]|wie viele)\s*")
_ARTICLE = (r"^(?:the|my|our|its|le|la|les|l['’]|el|los|las|der|die|das|den|o|os|as|il|lo|i|"
            r"gli|un|une|a|an|um|uma|una|ein|eine|mes|mis|meus|minhas|miei|le mie|meine)\s+")
# what the dashboard does with the figures, not a figure: a chart, a total, an overview
PART = (r"^(?:with|avec|con|mit|com|and|et|y|e|und|plus|as|als|en|como|come)?\s*"
         r"(?:(?:a|an|un|une|um|uma|una|ein\w*|the|le|la|les|el|los|las|die|der|das|il|i|gli|"
         r"o|os)\s+)?(?:(?:bar|line|pie)\s+)?(?:charts?|graphs?|graphiques?|gr[áa]fic[oa]s?|"
         r"grafic[oi]|diagramm\w*|[üu]bersicht|overview|totals?|totale|totaux|summe|somme|"
         r"suma|soma|averages?|moyenne|media|m[ée]dia|promedio|durchschnitt|schnitt|kpis?|"
         r"kennzahlen|figures?|chiffres|cifras|n[úu]meros|zahlen|numeri|tendance|trend|"
         r"evolu\w*|compar\w*|vergleich|export|csv|login|accounts?)\b")
# what sold most: a sales log's own card (dataapp._TOP), not a figure entered
_TOPS = (r"\b(?:top|best|most|meilleur\w*|mejor(?:es)?|melhor(?:es)?|miglior\w*|meist\w*|"
         r"bestverkauf\w*)\b|\b(?:le plus|m[áa]s|mais|pi[ùu])\s+vend")
# a breakdown ("par type (frais, sec)") or a category list: not a figure
_BY = r"^(?:per|par|por|pro|nach|by|je)\s"
_MONEY = (r"revenue|takings|income|turnover|earnings|sales|incass\w*|ricav\w*|fatturat\w*|"
          r"entrat\w*|ingresos?\b|factur\w*|ventas|chiffre d['’]affaires|encaiss\w*|recettes?|"
          r"ventes|ums[äa]tz\w*|einnahm\w*|erl[öo]s\w*|verk[äa]ufe\b|faturament\w*|faturou|"
          r"receitas?|vendas|"
          r"vendite|cotisations?|cuotas?|\w*beitr[äa]g\w*|quotas?|mensalidades?|donations?|"
          r"\bdons\b|donaciones|spenden|doa[çc]\w*|donazion\w*|\bcosts?\b|co[ûu]ts?\b|"
          r"\bcostes?\b|\bcostos?\b|kosten|\bcustos?\b|\bcosti\b|d[ée]penses|gastos|ausgaben|"
          r"despesas|spese|profits?|spending|expenses?|\bmoney\b|"
          # a rent paid, tips and discounts given ("customers per day, rent, revenue")
          r"\brents?\b|\bloyers?\b|\balquiler\b|\bmieten?\b|\balugu[eé]is\b|\baluguel\b|"
          r"\baffitt[oi]\b|\btips?\b|\bpourboires?\b|\bpropinas?\b|\bgorjetas?\b|\bmanc[ei]a?\b|"
          r"trinkgeld|\bdiscounts?\b|\bremises?\b|\brabatt\w*|\bdescuentos?\b|\bdescontos?\b|"
          r"\bscont[oi]\b|"
          r"b[ée]n[ée]fices?|beneficios?|gewinn|lucros?|profitt\w*|[€$£]|euros?|dollars?|reais")
_RATE = r"quote\b|rate\b|taux|tasa|taxa|tasso|quota\b|%|percent|pourcentage|porcentaje|prozent"
# a level, counted again each time ("Mitglieder pro Monat": 48, 50, 52 members, not 150): its
# latest figure, never a sum; those who joined ("new members", "neue Mitglieder") are a flow
_LEVEL = (r"^(?:(?:active|aktive|actifs?|activos?|ativos?|attivi)\s+)?(?:members?|membres?|"
          r"adh[ée]rents?|socios?|s[óo]cios?|soci|mitglied\w*|iscritti|tesserati|associ[ée]s|"
          r"subscribers?|abonn[ée]s|suscriptores|abonnent\w*|assinantes|abbonati|followers?|"
          r"seguidores|follower\w*|fans|employees|staff|headcount|salari[ée]s|empleados|"
          r"mitarbeit\w*|funcion[áa]rios|dipendenti|stock|inventory|lagerbestand|bestand|"
          r"estoque|existencias|scorte|giacenz\w*|balance|solde|saldo|kontostand|weight|poids|"
          r"peso|gewicht|temperatur\w*|temp[ée]rature|population|einwohner|habitantes|"
          r"abitanti|stand|z[äa]hlerstand|meter reading|relev[ée]|lectura|leitura|lettura)$")
# a dashboard about energy: its figures are kWh unless they say otherwise
_ENERGY = (r"photovolt|fotovolt|\bpv\b|solar|solaire|kwh|\bstrom|[ée]lectri|electric|eletric|"
           r"elettric|energ|wallbox|w[äa]rmepumpe|heat pump|pompe [àa] chaleur")
# what a home's meters count: electricity in kWh, gas and water in m³
_METERS = (("kWh", r"^(?:electricity|[ée]lectricit[ée]|electricidad|luz|strom|eletricidade|"
                   r"elettricit[àa]|luce|power|courant|energ\w*)$"),
           ("m³", r"^(?:gas|gaz|g[áa]s|wasser|water|eau|agua|[áa]gua|acqua)$"))
# consumption said: its meters are read in their units, not in money
_CONSUMED = r"consum|verbrauch|\bconso\b|usage|\buse\b"
# energy itself, with no list: "ma consommation d'électricité par mois"
_PRODUCED = (r"photovolt|fotovolt|\bpv\b|solar|solaire|produ|erzeug|ertrag|generat|gera[çc]")
_USED = ("Consumption", "Consommation", "Consumo", "Verbrauch", "Consumo", "Consumo")
_MADE = ("Production", "Production", "Producción", "Ertrag", "Produção", "Produzione")
# bills are money, not energy: "contas de luz", "factures d'électricité"
_BILLS = (r"\bbills?\b|factures?|facturas?|rechnung\w*|\bcontas?\b|bollett\w*|\bcosts?\b|co[ûu]ts?|"
          r"kosten|costes?|custos?|costi|€|\$|euros?|\bspes[ae]\b|gastos?|d[ée]penses|ausgaben|"
          r"despesas?|categor|kategor")
LANGS = ("en", "fr", "es", "de", "pt", "it")
# where the figures were made, beside them: "Umsatz pro Tag, verkaufte Portionen, Standort"
# (walk22 #9 summed a Standort)
_PLACE = (r"standort|ort|location|place|spot|lieu|emplacement|endroit|ubicaci[óo]n|lugar|sitio|"
          r"local|localiza[çc][ãa]o|posizione|luogo|zona|zone|area|where|wo|o[ùu]|d[óo]nde|onde|"
          r"dove")
# a list of what a row holds, not of figures: "cliente, prato, valor e status"
_FIELDISH = (r"^(?:names?|noms?|nombres?|nomes?|dates?|datum|fechas?|data|clients?|customers?|"
             r"kund\w*|clientes?|clienti|products?|produits?|productos?|produtos?|prodott[oi]|"
             r"pratos?|plats?|dish(?:es)?|platos?|gerichte?|piatt[oi]|items?|articles?|artikel|"
             r"status|statut|estados?|stato|[ée]tat|what|quoi|qu[ée]|was|cosa|channels?|"
             r"canal|kanal|canale|categor\w*|kategorie\w*|descriptions?|notes?|notas?|notiz\w*|"
             r"types?|tipos?|typ|sellers?|vendeurs?|vendedor\w*|verk[äa]ufer|venditor\w*|"
             r"members?|membres?|socios?|mitglied\w*|s[óo]cios?|soci|emails?|phones?|"
             r"t[ée]l[ée]phone|tel[ée]fonos?|telefon\w*|address\w*|adresse\w*|direcci[óo]n|"
             r"endere[çc]o|indirizz[oi]|importe|importo|amount|montant|betrag|valor|valore|"
             r"price|prix|precio|preis|pre[çc]o|prezzo)$")
# a sentence, not a list: "eu lanço por dia quantas consultas e quanto faturou"
_SENTENCE = (r"^(?:i|je|j['’]|ich|yo|eu|io|we|nous|wir|nosotros|n[óo]s|noi|you|vous|du|tu|"
             r"voc[êe]|it|il|elle|er|sie|ele|ela|lui|lei|quero|want|voglio|quiero|veux|will|"
             r"show|see|affiche|mostra|zeig)\b")


# a dashboard of subscriptions: subscribers, plans and MRR (the full-stack dashboard app's)
_SUBSCRIPTIONS = (r"subscri|abonn|suscrip|assinatur|assinante|abbonament|abbonat|\bmrr\b|"
                  r"\bchurn|\bsaas\b|recurring revenue")


# what a paid subscription is said with: its revenue, plans, cancellations
_PAID = (r"\bmrr\b|\bchurn|\bsaas\b|recurring|\bplans?\b|\bplano?s?\b|\bpiani?\b|tarif\w*|"
         r"formules?|pric\w*|prix|precios?|pre[çc]os?|prezz\w*|preis\w*|revenue|revenu|ingresos|"
         r"umsatz|receita|ricav\w*|cancel\w*|r[ée]sili\w*|k[üu]ndig\w*|bajas?\b|disdett\w*|"
         r"[€$£]|abonnements?\b|"
         r"subscriptions?\b|suscripciones|assinaturas|abbonamenti")


def subscriptions(prompt: str) -> bool:
    """Whether a dashboard for ``prompt`` counts subscribers, plans and MRR (the full-stack
    dashboard app's own), not figures of its own: a channel's "subscribers per month, views,
    watch hours" are three figures, its subscribers a level, when nothing says they pay."""
    text = prompt.lower()
    if not re.search(_SUBSCRIPTIONS, text) or re.search(r"energ|electric|strom|kwh", text):
        return False
    found, _ = read(prompt)
    figure = any(re.match(_LEVEL, m.label, re.I) and re.search(_SUBSCRIPTIONS, m.label.lower())
                 for m in found)
    return not figure or bool(re.search(_PAID, text))


# the people a membership business counts: "los socios de mi gimnasio", "os alunos da minha
# academia", "gli iscritti della mia palestra"
_MEMBERS = (r"\b(?:members|membres|adh[ée]rents|socios|s[óo]cios|soci|mitglieder\w*|iscritti|"
            r"tesserati|alunos|alumnos|[ée]l[èe]ves|sch[üu]ler\w*|allievi|students|clients|"
            r"clientes|kunden|clienti|customers|patients|pacientes|patienten|pazienti)\b")


def plans_app(prompt: str, member: str) -> bool:
    """Whether a dashboard counts members or subscribers on plans (the full-stack dashboard
    app): subscriptions said, or people a business counts (a gym's members, a school's
    pupils, a shop's customers) when its prompt lists no figures of its own."""
    if subscriptions(prompt):
        return True
    return not read(prompt)[0] and (member in ("member", "subscriber") or bool(
        re.search(_MEMBERS, prompt, re.I)))


def period(text: str) -> str:
    """The period the prompt's figures are entered for: "day", "week", "month" or ""."""
    for name, words in _PERIODS:
        if re.search(rf"\b{_PER}\s+(?:{words})\b|\b{_EACH.format(w=words)}\b", text, re.I):
            return name
    for name, words in _ADJ:
        if re.search(rf"\b(?:{words})\b", text, re.I):
            return name
    return ""


def _clean(item: str) -> tuple[str, str, bool]:
    """An item of the list without its period, unit and articles: (label, unit, counted)."""
    text = item.strip(" .…'\"“”«»()")
    unit = ""
    for name, words in _UNITS:  # "in kWh", "en kWh", "(kg)", "kWh produced"
        m = re.search(rf"(?:\s+(?:in|en|em|im)\s+|\s*\(|^|\s)(?:{words})(?:\)|\s|$)", text, re.I)
        if m and (name != "l" or re.search(r"\b(?:in|en|em|im)\s+l\b", text, re.I)
                  or "(" in m.group() or re.search(r"lit", m.group(), re.I)):
            unit = name
            text = (text[:m.start()] + " " + text[m.end():]).strip()
            break
    for _, words in _PERIODS:
        text = re.sub(rf"\s*\b{_PER}\s+(?:{words})\b|\s*\b{_EACH.format(w=words)}\b", "", text,
                      flags=re.I)
    for _, words in _ADJ:
        text = re.sub(rf"\s*\b(?:{words})\b", "", text, flags=re.I)
    # a breakdown after it: "alumnos por nivel"
    text = re.sub(r"\s+(?:per|par|por|pro|nach|by|je)\s+[^\W\d_]+$", "", text, flags=re.I)
    counted = bool(re.match(_COUNT, text, re.I))
    text = re.sub(_COUNT, "", text, flags=re.I)
    while re.match(_ARTICLE, text, re.I):
        text = re.sub(_ARTICLE, "", text, flags=re.I)
    return " ".join(text.split()).strip(" .,;"), unit, counted


def read(prompt: str) -> tuple[list[Measure], str]:
    """The figures the prompt's dashboard lists, each typed and in its unit, and the period
    they are entered for ("day", "week", "month", ""): ([], "") when it lists none, or only
    money (an orders or sales log measures that already) and it is not about energy."""
    energy = bool(re.search(_ENERGY, prompt, re.I))
    per = period(prompt)
    found: list[Measure] = []
    listed = _LIST.search(prompt)
    if listed and re.search(_TOPS, listed.group(1), re.I):
        return [], ""  # what sold most: a sales log's (dataapp._TOP)
    # a list in brackets is a breakdown's choices ("par type (frais, sec, hygiène)")
    said = re.sub(r"\([^()]*,[^()]*\)", " ", listed.group(1)) if listed else ""
    # what a cost is of, two things joined: "cost of lemons and sugar" is one cost (walk22 #9)
    said = re.sub(r"\b((?:costs?|co[ûu]ts?|costes?|costos?|custos?|costi|kosten|price|prix|precio|"
                  r"pre[çc]o|prezzo)\s+(?:of|de|du|des|del|de la|da|do|di|della|f[üu]r)\s+"
                  r"[^\W\d_]+)\s+(and|et|y|e|und|ed)\s+([^\W\d_]+)\s*(?=,|$)",
                  lambda m: f"{m.group(1)}\u00a0{m.group(2)}\u00a0{m.group(3)}", said, flags=re.I)
    items = [x.replace("\u00a0", " ") for x in re.split(_SPLIT.replace(r"\s", "[ \t\n]"), said,
                                                        flags=re.I)] if said else []
    for item in items:
        item = item.strip()
        # a chart or a total, a breakdown ("per categoria"), a remark in brackets (not a unit)
        if not item or re.match(PART, item, re.I) or re.match(_BY, item, re.I) or (
                "(" in item and not re.search(r"\(\s*\w{1,4}\s*\)", item)):
            continue
        if re.match(_SENTENCE, item, re.I) or re.search(_TOPS, item, re.I):
            return [], ""
        label, unit, counted = _clean(item)
        # a field of a row ("cliente", "status"), unless counted ("Mitglieder pro Monat")
        if re.match(_FIELDISH, label, re.I) and not counted and not period(item):
            return [], ""
        if not label or len(label.split()) > 5 or re.match(PART, label, re.I) or any(
                x.label.lower() == label.lower() for x in found):
            continue
        if re.fullmatch(_PLACE, label, re.I):  # where a day's figures were made: words
            found.append(Measure(cap(label), "text"))
        elif unit == "%" or re.search(_RATE, label, re.I):
            found.append(Measure(cap(label), "number", "%", "avg"))
        elif re.match(_LEVEL, label, re.I):
            found.append(Measure(cap(label), "number", unit, "last"))
        elif unit:
            found.append(Measure(cap(label), "number", unit))
        elif not counted and re.search(_MONEY, label, re.I):
            found.append(Measure(cap(label), "money"))
        elif meter := next((u for u, w in _METERS if re.match(w, label, re.I)), ""):
            # a home's meters: what they count, or the bills for it ("contas de luz e água")
            found.append(Measure(cap(label), "money") if re.search(_BILLS, prompt, re.I) or not (
                energy or re.search(_CONSUMED, prompt, re.I)) else Measure(cap(label), "number",
                                                                          meter))
        elif energy and not counted:
            found.append(Measure(cap(label), "number", "kWh"))
        else:
            found.append(Measure(cap(label), "number"))
    plain = [x for x in found if x.type == "number"]
    if energy and plain:
        return found[:5], per
    if len(found) >= 2 and plain:
        return found[:5], per
    return [], ""


# the words that name a dashboard, and what it is "of": what comes after them is its figure
_BOARD_OF = (r"\b(?:dashboard|tableau de bord|panel|painel|pannello|cruscotto|[üu]bersicht|"
             r"statisti\w*|stats|charts?|graphs?|gr[áa]fic\w*|graphiques?|diagramm\w*)"
             r"(?:(?:\s+(?:of|for|with|showing|de|des|du|d['’]|con|com|mit|f[üu]r|der|zu|per|di|"
             r"dei|delle|degli|do|da|dos|das|del|avec|sur|zeigt|que muestre|qui montre))+\s+|"
             r"\s*:\s*)")  # or a colon: "dashboard: newsletter signups per week" (review24 #31)
# a figure that is money or sales is a sales log's, kept as it was
_SOLD_SAID = (r"\b(?:orders?|commandes?|pedidos?|bestellung\w*|ordini|encomendas?|ventes?|"
              r"sales?|ventas?|vendas?|vendite|verk[äa]uf\w*|umsatz|revenue|chiffre|income|"
              r"spes[ae]|gastos?|d[ée]penses?|ausgaben|despesas?|expenses?|costs?|co[ûu]ts?|"
              r"kosten|custos?|costi|bills?|factures?)\b")


def one_measure(prompt: str) -> tuple[list[Measure], str]:
    """The one figure a dashboard is of, said with its period and no list ("panel con las
    visitas de mi web por semana", "tableau de bord des heures de bénévolat par mois"):
    ([that figure], its period), or ([], "") when none is said, or it is money, sales,
    spending or energy. Such a dashboard was a shop's Revenue, Orders and Average order
    (walk24 #30)."""
    per = period(prompt)
    board = re.search(_BOARD_OF, prompt, re.I)
    if not per or board is None or re.search(_ENERGY, prompt, re.I):
        return [], ""
    words = next(w for name, w in _PERIODS if name == per)
    said = re.match(rf"(.{{2,60}}?)\s+{_PER}\s+(?:{words})\b", prompt[board.end():], re.I)
    if said is None or re.search(r"[,:;]", said.group(1)) or re.search(_SOLD_SAID, said.group(1),
                                                                         re.I):
        return [], ""
    label, unit, _ = _clean(said.group(1))
    if not label or len(label.split()) > 5 or re.search(_MONEY, label, re.I):
        return [], ""
    return [Measure(cap(label), "number", unit)], per


def energy_alone(prompt: str, lang: str) -> list[Measure]:
    """An energy dashboard that lists no figures ("tableau de bord de ma consommation
    d'électricité par mois"): what it measures, in kWh — its production when it makes
    energy, else its consumption; [] when it is about bills or lists categories."""
    if not re.search(_ENERGY, prompt, re.I) or re.search(_BILLS, prompt, re.I):
        return []
    words = _MADE if re.search(_PRODUCED, prompt, re.I) else _USED
    return [Measure(words[LANGS.index(lang) if lang in LANGS else 0], "number", "kWh")]


# A file of rows whose columns the prompt names: "un CSV con fecha, socio y kilos", "a CSV
# (date, route, passengers)", "folha de cálculo (CSV) com a leitura de cada casa"
_FILE = (r"\b(?:csv|spreadsheets?|excel|xlsx?|tableur|hojas? de c[áa]lculo|folhas? de c[áa]lculo|"
         r"planilhas?|tabellen?|foglio di calcolo|fogli di calcolo|columns?|colonnes?|columnas?|"
         r"spalten|colunas?|colonne)\b\)?")
# (in brackets first: "a csv of harvests (date, plot, kilos)" lists them in its brackets)
_COLUMNS = (re.compile(rf"{_FILE}[^.;!?\n()]{{0,30}}?\(([^()]*,[^()]+)\)", re.I),
            re.compile(rf"{_FILE}[^.;!?\n()]{{0,30}}?(?:\b(?:with|con|avec|mit|com|of|de|des|"
                       r"du)\b|:)\s+(?:(?:columns?|colonnes?|columnas?|spalten|colunas?|colonne)"
                       r"\s+)?([^.;!?\n()]+)", re.I))
# a column that says when: the row's date
_WHEN = (r"^(?:dates?|datum|fechas?|data|jour|day|d[íi]a|tag|giorno|dia|months?|mois|mes|m[êe]s|"
         r"monat|mese|weeks?|semaine|semana|woche|settimana|time|heure|hora|zeit|ora)$")
# a column the prompt breaks the figures down by: "per route", "por socio", "de cada casa"
_BY_COLUMN = (r"\b(?:per|par|por|pro|nach|by|je|for each|each|every|para cada|pour chaque|"
              r"de cada|di ogni|per ogni|f[üu]r jede[nrs]?|chaque|cada|ogni)\s+(?:(?:the|le|la|l['’]|"
              r"el|o|a|il|lo|den|die|das)\s+)?{w}\b")
# what is said of a figure: its total or its average ("la lluvia total", "average per day")
_TOTAL = r"\btota(?:l|le|ux)\b|\bsumme\b|\bsomme\b|\bsoma\b|\bsuma\b|\bgesamt\w*"
_MEAN = (r"\baverage\b|\bmean\b|\bmoyen\w*|\bpromedio\b|\bmedi[oa]\b|\bm[ée]di[oa]\b|"
         r"\bdurchschnitt\w*|\bmittel\w*")


def _said_near(prompt: str, label: str, words: str) -> bool:
    """Whether ``words`` are said within two words of ``label`` or its first word, however
    inflected, before or after it, or joined to it ("temperatura media", "Fahrgäste gesamt"
    of a column "Fahrgästen", "Durchschnittstemperatur")."""
    near = r"(?:\s+(?:\S+\s+){0,2}?)"
    head = label.split()[0] if label.split() else ""
    w = rf"(?:{re.escape(label)}|{re.escape(head[:max(4, min(len(head) - 1, 7))])}\w*)"
    return bool(re.search(rf"(?:{words}){near}(?:of\s+|de\s+|du\s+|des\s+|do\s+|da\s+|di\s+|"
                          rf"der\s+)?{w}\b|\b{w}{near}(?:{words})|(?:{words})s?{w}", prompt, re.I))


def columns(prompt: str) -> tuple[list[Measure], list[str], list[str]]:
    """The figures and the breakdowns of a file of rows whose columns the prompt names and
    which is not money: "un CSV con fecha, socio y kilos" is kilos (kg) by member, "a CSV
    (date, route, passengers)" passengers by route. ([figures], [columns they are said broken
    down by], [other columns, words]), or ([], [], []) when no such list is said, or it is of sales, spending or money: those
    dashboards showed a shop's Revenue, Orders and Average order for a food bank's kilos and
    a minibus' passengers (spar26 #10 #18, spar27 #5 #7 #33)."""
    if re.search(_SOLD_SAID, prompt, re.I):
        return [], [], []
    for m in (m for pattern in _COLUMNS for m in pattern.finditer(prompt)):
        said = re.sub(r"\([^()]*\)", " ", m.group(1))
        items: list[str] = []
        for item in re.split(_SPLIT.replace(r"\s", "[ \t\n]"), said, flags=re.I):
            item = item.strip()
            if re.match(_SENTENCE, item, re.I) or len(item.split()) > 6:
                break  # the list has ended: "…, e eu passo horas a fazer contas"
            if item:
                items.append(item)
        figures, by, rest = _columns_of(prompt, items)
        if figures:
            return figures, by, rest
    return [], [], []


def _columns_of(prompt: str, items: list[str]) -> tuple[list[Measure], list[str], list[str]]:
    """The figures and breakdowns among a file's ``items`` (see columns)."""
    figures: list[Measure] = []
    by: list[str] = []
    rest: list[tuple[str, str]] = []
    for item in items:
        # what a column is broken down by, said with it: "leitura de cada casa"
        of = re.search(_BY_COLUMN.format(w=r"([^\W\d_]+)"), item, re.I)
        if of and not re.match(_WHEN, of.group(1), re.I):  # (not "km pro Tag": its date)
            by.append(cap(of.group(1)))
            item = item[:of.start()].strip()
        label, unit, _ = _clean(item)
        label = label or item  # a unit alone ("kilos") names its figure
        while re.match(_ARTICLE, item, re.I):
            item = re.sub(_ARTICLE, "", item, flags=re.I)
        if not item or re.match(_WHEN, label, re.I) or re.match(PART, item, re.I):
            continue
        if re.search(_MONEY, item, re.I):
            return [], [], []
        name = _name(item, unit)
        if re.search(_BY_COLUMN.format(w=re.escape(label)), prompt, re.I) and not unit:
            by.append(name)
        elif unit or _said_near(prompt, label, rf"{_TOTAL}|{_MEAN}") or re.search(
                rf"\b{re.escape(label)}\s+{_PER}\s", prompt, re.I) or re.match(
                _LEVEL, label.split()[0], re.I):  # a level read each time: a temperature
            figures.append(Measure(name, "number", unit, _agg(prompt, label)))
        else:
            rest.append((name, label))
    if not figures and len(rest) == 1:  # the one column left is what is counted
        name, label = rest.pop()
        figures.append(Measure(name, "number", "", _agg(prompt, label)))
    return figures[:4], by[:2], [name for name, _ in rest][:3]


def _name(item: str, unit: str) -> str:
    """A column's name as the file says it, without its period ("Kilometern pro Tag") or a
    unit said after it ("poids en kg", "pioggia mm", "Honig (kg)"): a unit alone is named in
    its own letters ("kg", not "Kg (kg)"), "pH" stays pH, a word starts with a capital."""
    for _, words in _PERIODS:
        item = re.sub(rf"\s*\b{_PER}\s+(?:{words})\b", "", item, flags=re.I)
    words = item.split()
    last = words[-1] if words else ""
    if unit and len(words) > 1 and (last.startswith("(") or (
            len(last) <= 3 and not _clean(last)[0])):
        words = words[:-1]
        if len(words) > 1 and words[-1].lower() in ("in", "en", "em", "im"):
            words = words[:-1]
    name = " ".join(words)
    if name.lower() == unit.lower():
        return unit
    first = name.split()[0] if name else ""
    return name if first[1:] != first[1:].lower() else cap(name)


def _agg(prompt: str, label: str) -> str:
    """How a column's figure is added up: averaged when the prompt asks its average and not
    its total ("la temperatura media"), or when it is a level read each time (a temperature,
    a weight; not a meter's reading, whose figures add up), else summed."""
    if _said_near(prompt, label, _TOTAL):
        return "sum"
    return "avg" if _said_near(prompt, label, _MEAN) or (
        re.match(_LEVEL, label.split()[0], re.I) and not re.search(_READ, label, re.I)) else "sum"


# a meter's reading: what was used since the last one, added up
_READ = r"relev|lectur|leitur|lettur|reading|stand"
