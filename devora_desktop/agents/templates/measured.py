"""A calculator worked out from what its prompt names, when it spells no formula: "largo, ancho
y alto en cm, y que me diga los litros y cuántos sacos de 50 L" names three lengths in and a
volume out, so the volume is their product (in litres: cm³ / 1000) and the sacks its share of
50 L, rounded up.

``named(prompt)`` reads the quantities the prompt names as inputs (a length, a weight, a time, a
price per kWh, "hours a day"...) with their units, in the six languages; ``derive(prompt)``
reads what it asks out (litres, "how many bags of 50 L", "what it costs a year", "calories
burned") and finds the one product of all its inputs whose dimensions are the result's (each
quantity is a vector of powers of length, mass, time and money, with its unit's size). The
result is a formula.Formula the page computes like a spelled one (dataapp.js ``stepsOf``).
None when the inputs can't give the result by units alone (calories burned from a weight, a
time and a speed need an exercise's own factor): the run then says it can't build that
calculator, rather than computing something else.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass

from devora_desktop.agents.templates import formula

Dim = tuple[int, int, int, int]  # powers of length, mass, time, money
NONE: Dim = (0, 0, 0, 0)
LENGTH: Dim = (1, 0, 0, 0)
MASS: Dim = (0, 1, 0, 0)
TIME: Dim = (0, 0, 1, 0)
MONEY: Dim = (0, 0, 0, 1)
ENERGY: Dim = (2, 1, -2, 0)
POWER: Dim = (2, 1, -3, 0)
SPEED: Dim = (1, 0, -1, 0)
AGE = "age"  # a person's age: years, but never a time to multiply by
UNREAD = "unread"  # a quantity in a unit said that this module does not know ("in Ar")
RATE = "rate"  # money per a thing counted ("price per pizza"): no unit tells how many
PERCENT = "percent"  # a concentration typed in ("a concentração (ex 1%)"): scales a rate said at one
# kinds a name says with no unit beside it: a speed, a power, a volume, an area
PLAIN = {SPEED, POWER, ENERGY, (3, 0, 0, 0), (2, 0, 0, 0)}

_DAY = 86400.0
_YEAR = 365 * _DAY
# Units as people write them (plain: lower case, no accents): (pattern, dimension, size in SI)
_UNITS: tuple[tuple[str, Dim, float], ...] = (
    (r"km ?/ ?h|kmh|kph|km per hour|km a l'heure|km por hora|km all'ora|stundenkilometer",
     SPEED, 1 / 3.6),
    (r"mph|miles per hour", SPEED, 0.44704),
    (r"m ?/ ?s", SPEED, 1.0),
    (r"kwh|kilowatt ?(?:hours?|heures?|horas?|stunden?|ore)", ENERGY, 3.6e6),
    (r"wh", ENERGY, 3600.0),
    (r"kcal|calories|calorias|calorie|kalorien|kilocalories", ENERGY, 4184.0),
    (r"kj", ENERGY, 1000.0),
    (r"kw|kilowatts?", POWER, 1000.0),
    (r"w|watts?", POWER, 1.0),
    (r"m2|m²|sq ?m|square met\w*|metros? (?:cuadrados?|quadrados?)|metres? carres?|"
     r"metri quadr\w*|quadratmeter|qm", (2, 0, 0, 0), 1.0),
    (r"cm2|cm²", (2, 0, 0, 0), 1e-4),
    (r"ha|hectares?|hectareas?|hektar|ettari|ettaro", (2, 0, 0, 0), 1e4),
    (r"acres?", (2, 0, 0, 0), 4046.8564224),
    (r"sq ?ft|square f(?:ee|oo)t", (2, 0, 0, 0), 0.09290304),
    (r"cu ft|cu\.? ?ft|cubic f(?:ee|oo)t|ft3|ft³", (3, 0, 0, 0), 0.028316846592),
    (r"cu yd|cu\.? ?yds?|cubic yards?|yd3|yd³", (3, 0, 0, 0), 0.764554857984),
    (r"m3|m³|cubic met\w*|metros? cubicos?|metres? cubes?|metri cubi|kubikmeter", (3, 0, 0, 0), 1.0),
    (r"ml|millilit\w*|milliliter", (3, 0, 0, 0), 1e-6),
    (r"hl|hectolit\w*|ettolitr\w*|hektolit\w*", (3, 0, 0, 0), 0.1),
    (r"l|litres?|liters?|litros?|litri|litro|litern?", (3, 0, 0, 0), 1e-3),
    (r"gal|gallons?", (3, 0, 0, 0), 0.003785411784),
    (r"mm|millimet\w*", LENGTH, 1e-3),
    (r"cm|centimet\w*|zentimeter", LENGTH, 1e-2),
    (r"km|kilomet\w*|chilometri", LENGTH, 1000.0),
    (r"m|metres?|meters?|metros?|metri|meter", LENGTH, 1.0),
    (r"in|inch|inches|pouces?|pulgadas?|polegadas?|pollici|zoll", LENGTH, 0.0254),
    (r"ft|feet|foot|pieds?|pies|pes|piedi|fu(?:ss|ß)", LENGTH, 0.3048),
    (r"mi|miles?|millas?|milhas?|miglia|meilen", LENGTH, 1609.344),
    (r"kg|kilos?|kilogra\w*|quilos?|chili", MASS, 1.0),
    (r"g|grams?|grammes?|gramos|gramas|grammi|gramm", MASS, 1e-3),
    (r"lbs?|pounds", MASS, 0.45359237),
    (r"t|tonnes?|tons?|toneladas?|tonnellate", MASS, 1000.0),
    (r"s|secs?|seconds?|segundos?|secondes?|secondi|sekunden", TIME, 1.0),
    (r"mins?|minutes?|minutos?|minuti|minuten", TIME, 60.0),
    (r"h|hrs?|hours?|horas?|heures?|ore|stunden?|std", TIME, 3600.0),
    (r"days?|dias?|jours?|journee|tage?n?|giorn[oi]|giornata", TIME, _DAY),
    (r"weeks?|semaines?|semanas?|wochen?|settimanae?", TIME, 7 * _DAY),
    (r"months?|mois|mes|meses|monate?n?|mesi|mese", TIME, _YEAR / 12),
    (r"years?|ans?|annees?|anos?|jahre?n?|anni|anno", TIME, _YEAR),
    (r"€|eur|euros?|\$|dollars?|£|pounds sterling|r\$|reais|chf", MONEY, 1.0),
)
_UNIT_RE = [(re.compile(rf"(?:{p})(?![\w²³'’])"), d, s) for p, d, s in _UNITS]
# "per", "a", "/" between two units: the second divides ("stunden am tag", "€ pro kWh")
_PER = (r"\s*(?:/|(?:per|par|pro|por|al|ao|an|am|im|a|the|each|every|le|la|el|o|cada|chaque|"
        r"jeden|ogni|alla|all'|l')\b)\s*")

# the words before a time that tell the asker's story, not an input ("depuis 20 ans")
_STORY = (r"(?:\b(?:depuis|since|for|seit|hace|ha|desde|da|il y a)\s+(?:\d+|\w+)|\b(?:many|several|"
          r"muitos|muitas|muchos|muchas|varios|varias|plusieurs|quelques|viele[n]?|einige[n]?|"
          r"mehrere[n]?|molti|tanti|alcuni|parecchi))\s+$")
_COUNT_WORD = (r"(?:number of|nombre de|numero de|anzahl(?: der)?|quantidade de|cantidad de|"
               r"numero di)")
# "per month", "im Jahr", "alla settimana" ahead (plain text): a period a price or cost is said over
_EACH_PERIOD = (r"(?=\s+(?:per|a|par|pro|por|al|ao|au|im|am|in|each|every|cada|chaque|jeden|ogni|"
                r"alla|all'|l')\s*(?:years?|jahre?s?|ans?|anos?|anno|months?|monate?s?|mois|mes|"
                r"mese|weeks?|wochen?|semaines?|semanas?|settimanas?|days?|tage?s?|jours?|dias?|"
                r"giorno)\b)")
# The quantities a prompt names as its inputs: (pattern, dimension, the unit it has unless one
# is said). Matched on plain text, as whole words.
_NAMES: tuple[tuple[str, Dim | str, str], ...] = (
    (r"length|longueur|largo|comprimento|lunghezza|lange|laenge|width|wide|largeur|large|ancho|"
     r"anchura|breite|largura|larghezza|height|high|tall|hauteur|haut|alto|alta|altura|hohe|"
     r"hoehe|altezza|depth|deep|profondeur|profundidad|profundidade|profondita|tiefe|thickness|"
     r"epaisseur|espesor|grosor|espessura|spessore|dicke|starke(?=\s+in\s)|distance|distancia|strecke|entfernung|"
     r"distanza|side|cote|lado|seite|lato", LENGTH, "m"),
    (r"area|surface|superficie|flache|metragem", (2, 0, 0, 0), "m2"),
    (r"volume|volumen|capacity|capacite|capacidad|capacidade|capacita|inhalt", (3, 0, 0, 0), "l"),
    (r"weight|weighs|peso|pesa|poids|gewicht|masse|massa", MASS, "kg"),
    (r"age|edad|idade|eta|alter", AGE, ""),
    (r"minutes|minutos|minuti|minuten", TIME, "min"),
    (r"hours|horas|heures|ore|stunden", TIME, "h"),
    (r"days|dias|jours|tage|giorni", TIME, "days"),
    (r"years|anos|annees|ans|jahre|anni", TIME, "years"),
    (r"months|meses|mois|monate|mesi", TIME, "months"),
    (r"duration|duree|duracion|dauer|duracao|durata|time|temps|tiempo|tempo|zeit", TIME, "min"),
    (r"speed|velocidad|vitesse|geschwindigkeit|velocidade|velocita", SPEED, "km/h"),
    (r"watts?|wattage|power|potencia|puissance|leistung|potenza", POWER, "w"),
    (r"price|prices|cost|prix|tarif|precio|coste|costo|custo|preco|preis|kosten|prezzo|tarifa|"
     r"amount|montant|importe|betrag|importo", MONEY, "€"),
    # what is paid each period, named by what it pays: "rent per week", "loyer par mois",
    # "Miete im Monat" (a rent alone is the rent-split calculators' own word)
    (r"(?:rent|loyer|alquiler|miete|aluguel|affitto|fee|subscription|membership|abonnement|"
     r"cuota|mensualidad|mensalidade|beitrag|abbonamento)" + _EACH_PERIOD, MONEY, "€"),
    # a count of a period is that time ("price per month and number of months": the months
    # multiply the price to a total, never a price per month again)
    (rf"{_COUNT_WORD}\s+(?:months|mois|meses|monate|mesi)", TIME, "months"),
    (rf"{_COUNT_WORD}\s+(?:weeks|semaines|semanas|wochen|settimane)", TIME, "weeks"),
    (rf"{_COUNT_WORD}\s+(?:days|jours|dias|tage|giorni)", TIME, "days"),
    (rf"{_COUNT_WORD}\s+(?:years|annees|ans|anos|jahre|anni)", TIME, "years"),
    (r"coats|couches|capas|manos|demaos|mani|anstriche|people|persons|personas|personnes|"
     r"personen|pessoas|persone|number of \w+|nombre de \w+|numero de \w+|"
     r"anzahl (?:(?:der|an|von)\s+)?\w+|"
     r"quantidade de \w+|cantidad de \w+|numero di \w+", NONE, ""),
)
# (a German compound, "Gartenfläche in m²", when its unit follows: "Wandfläche" alone is a paint
# calculator's walls)
_NAME_RE = re.compile(r"\b(?:[a-z]{3,}?(?=(?:flache|breite|lange|hohe|tiefe|dicke|starke)\s+in\s))?(?:" + "|".join(f"(?P<n{i}>{p})" for i, (p, _, _) in enumerate(_NAMES))
                      + r")\b")
# a word after "per" that is no unit: the thing a rate is counted by ("per pizza", "pro Nacht")
_NOUN = r"(?!(?:the|a|an|le|la|el|il|der|die|das|o|um|uma|un|une|una)\b)[^\W\d_]{3,}\b"
# The thing a price is of, then "per" and a period: "of the gym per", "fürs Fitnessstudio pro",
# "della palestra al", "da academia por" (plain text: lower case, no accents)
_OF_THING_PER = re.compile(
    r"\s+(?:of|for|de|del|du|des|da|do|das|dos|di|della|dello|dei|degli|dell'|der|des|furs|fur|"
    r"vom|von|zum|zur)(?:\s+|(?<='))(?:(?:the|my|our|la|le|l'|el|il|lo|o|a|die|das|den|dem|"
    r"ma|mon|mi|mio|mia|meu|minha|nosso|nossa|nuestro|nuestra|notre|nostro|nostra|unser\w*|"
    r"mein\w*)\s+)?(?:[^\W\d_][\w'-]*\s+){0,2}?[^\W\d_][\w'-]*\s+(?:per|par|pro|por|al|ao|"
    r"a|au|im|am|in|each|every|cada|chaque|jeden|ogni|alla|all'|l')\s*(?:(?:la|le|el|the)\s+)?"
    r"(?=(?:years?|jahre?s?|"
    r"ans?|anos?|anno|anni|months?|monate?s?|mois|mes|meses|mese|mesi|weeks?|wochen?|"
    r"semaines?|semanas?|settimanas?|settimane|days?|tage?s?|jours?|dias?|giorn[oi])\b)")
# A value said right after a name, before its unit: "prezzo 1,85 al litro", "Preis: 1,79 €/l"
_VALUE = r"\s*[:=]?\s*(?:r\$|[$£€])?\s*\d+(?:[.,]\d+)?(?=\s*\S)"
# A unit said right after a name: "peso in kg", "alto en cm", "(m²)", "watt"
_IN = (r"(?:\s+(?:of|de|du|del|des|der|do|da|di|della|dello)\s+(?:(?:the|la|le|el|il|lo|o|a|"
       r"der|die|das)\s+)?[^\W\d_]+(?=\s+(?:in|en|em|im|nel|nella)\s))?"
       r"\s*(?:\(\s*|(?:in|en|em|na|no|im|nel|nella)\s+)?")


@dataclass(frozen=True)
class Quantity:
    label: str            # as the prompt writes it, with its unit: "Largo (cm)"
    dim: Dim | str
    scale: float          # the unit's size in SI units
    unit: str             # the unit as shown ("" for a count)
    said: bool            # the unit was written beside it
    start: int
    end: int


def _unit_at(text: str, pos: int) -> tuple[Dim, float, str, int] | None:
    """The unit written at ``pos`` of ``text`` (plain), with one "per <unit>" after it: its
    dimension, size, how it is shown and where it ends."""
    for pattern, dim, scale in _UNIT_RE:
        m = pattern.match(text, pos)
        if not m:
            continue
        shown, end = m.group(), m.end()
        after = re.compile(_PER).match(text, end)
        if after and after.end() > end:
            for p2, d2, s2 in _UNIT_RE:
                m2 = p2.match(text, after.end())
                if m2 and d2 != MONEY:
                    return (tuple(a - b for a, b in zip(dim, d2, strict=True)), scale / s2,
                            f"{shown}/{m2.group()}", m2.end())
        return dim, scale, shown, end
    return None


def _bare_unit(text: str, pos: int) -> tuple[Dim, float, str, int] | None:
    """The one unit written at ``pos`` of ``text`` (plain), no "per" read after it."""
    for pattern, dim, scale in _UNIT_RE:
        if m := pattern.match(text, pos):
            return dim, scale, m.group(), m.end()
    return None


def _size(dim: Dim, shown: str) -> float:
    for pattern, d, scale in _UNIT_RE:
        if d == dim and pattern.fullmatch(shown):
            return scale
    return 1.0


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_ASKED_BEFORE = (r"(?:how|cuant[oa]s?|combien(?: de)?|wie|quant[oa]s?|quant[ie])\s+"
                 r"(?:(?:much|many|viele?|\w+)\s+)?$")
# a name said as not wanted ("no shop or prices", "sin precios", "ohne Preise"), or an
# adjective ("mein alter Gefrierschrank": old)
_NOT_BEFORE = (r"(?:\b(?:no|not|without|sin|sans|pas de|pas besoin d['e]|no need (?:for|of)|ohne|"
               r"kein\w*|sem|senza|niente)\b"
               r"(?:\s+\w+){0,3}\s+(?:or|ni|o|ou|oder|nor|und|and|y|e)?\s*$)|"
               r"\b(?:mein|dein|sein|ihr|unser|euer|ein|kein|der|dieser)\s+$")
# between the names of one list: a comma, "and"
_LIST_GAP = r"\s*(?:,|;|\s(?:and|y|e|et|und|ed|u)\s|&|\+)\s*(?:(?:the|el|la|los|las|le|les|"r"o|a|os|as|il|lo|der|die|das|den)\s+)?"


def currency(prompt: str, lang: str = "") -> str:
    """The currency sign ``prompt`` writes money in ("R$", "£", "$", "€"); by its language
    when it writes none ($ in English, € otherwise)."""
    found = next((c for c in ("R$", "£", "$", "€") if c in prompt), "")
    if found:
        return found
    if re.search(r"\b(?:reais|real)\b", prompt, re.I):
        return "R$"
    if re.search(r"\b(?:euros?|eur)\b", prompt, re.I):
        return "€"
    if re.search(r"\b(?:dollars?|bucks)\b", prompt, re.I):
        return "$"
    return "$" if (lang or _guess(prompt)) == "en" else "€"


def _guess(prompt: str) -> str:
    from devora_desktop.agents.templates import i18n
    return i18n.guess(prompt)


def _list_start(text: str) -> int:
    """Where the quantities of ``text`` (plain) begin: after the colon that follows its title
    ("pool volume calculator: length, width…" names the volume it gives), or at its start."""
    m = re.match(r"[^:.!?\n]{3,80}?:\s", text)
    return m.end() if m and _NAME_RE.search(text, m.end()) else 0


def subject(prompt: str) -> list[Quantity]:
    """The quantities named in ``prompt``'s title, before its list ("pool volume calculator:
    …", "calculadora de área do terreno: …"): what the calculator gives."""
    text = formula.plain(prompt)
    out = []
    for m in _NAME_RE.finditer(text, 0, _list_start(text)):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v)
        _, dim, default = _NAMES[i]
        if isinstance(dim, tuple) and dim != NONE:
            out.append(Quantity(_cap(prompt[m.start():m.end()]), dim, _size(dim, default),
                                default, False, m.start(), m.end()))
    return out


def named(prompt: str) -> list[Quantity]:
    """The quantities ``prompt`` names for its calculator to take, in order, each with its
    unit: the one said after it ("peso in kg", "preis pro kWh", "stunden am tag"), after the
    list it is in ("largo, ancho y alto en cm"), or its own."""
    text = formula.plain(prompt)
    found: list[Quantity] = []
    given = {g.end() for g in re.finditer(_GIVE, text)}
    mixed = [span for _, _, span in parts(prompt)]
    sign = currency(prompt)
    for m in _NAME_RE.finditer(text):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v)
        _, dim, default = _NAMES[i]
        if found and m.start() < found[-1].end:
            continue  # "potenza in watt": the unit of the name before, no name of its own
        if any(a <= m.start() < b for a, b in mixed):
            continue  # "un dosage 1 volume de chaux pour 3 de sable": a mix's parts
        if m.start() in given or m.start() < _list_start(text):
            continue  # "show me the minutes", "pool volume calculator: …": what it gives
        if re.search(_ASKED_BEFORE, text[max(0, m.start() - 24):m.start()]) or re.search(
                _NOT_BEFORE, text[max(0, m.start() - 30):m.start()]):
            continue  # "how many …", "cuánta …": what it asks out; "no prices": not asked
        if dim == MONEY and re.search(r"\b(?:what|how much)\s+(?:\w+\s+){0,6}$",
                                      text[max(0, m.start() - 50):m.start()]):
            continue  # "what does my old freezer cost a year": the cost is the result
        if dim == TIME and re.search(_STORY, text[max(0, m.start() - 30):m.start()]):
            continue  # "couvreur depuis 20 ans", "há muitos anos": the asker's story
        if re.compile(r"\s+(?:in|en|em|im)\s+(?!(?:the|a|an|der|die|das|den|dem|el|la|le|lo|il|os|"
                      r"as|um|un|une|una|mi|my|our|su|sus|ses|son|sa|ihr|des|del|de|du|da|do)\b)"
                      r"[^\W\d_]{1,3}\b").match(text, m.end()) and not _unit_at(
                          text, re.compile(r"\s+\w+\s+").match(text, m.end()).end()):
            # "Fläche in Ar": a unit this module does not know; the page would take m²
            found.append(Quantity(prompt[m.start():m.end()], UNREAD, 1.0, "", True, m.start(),
                                  m.end()))
            continue
        if dim == TIME and re.search(rf"(?:{_COST})\s+(?:per|par|por|pro|al|ao|au|a|im|in)\s+$",
                                     text[max(0, m.start() - 60):m.start()]):
            continue  # "combien ça coûte par mois": the period the cost is asked over
        got = None
        # a value said after it ("prezzo 1,85 al litro", "Preis 1,79 €/l") before its unit
        after = re.compile(_VALUE).match(text, m.end())
        start = after.end() if after else m.end()
        if dim not in (AGE, NONE):
            at = re.compile(_IN).match(text, start)
            u = _unit_at(text, at.end()) if at else None
            if u and (u[0] == dim or (dim == MONEY and u[0][3] == 1)):
                got = (u[0], u[1], u[2], u[3])
            elif dim == MONEY and (per := re.compile(_PER).match(text, start)) and \
                    per.end() > start and (u2 := _unit_at(text, per.end())) and \
                    u2[0] != MONEY:
                # "preis pro kWh", "price per litre": money over a unit
                got = ((*(-x for x in u2[0][:3]), 1), 1 / u2[1], f"{sign}/{u2[2]}", u2[3])
            elif dim == MONEY and (by := _OF_THING_PER.match(text, start)) and (
                    u3 := _unit_at(text, by.end())) and u3[0] == TIME:
                # "gym price per month", said with the thing paid for between: "Preis fürs
                # Fitnessstudio pro Monat", "precio del gimnasio al mes", "prix de la salle
                # de sport par mois" (review24 #30: a plain price, the period lost)
                got = ((*(-x for x in u3[0][:3]), 1), 1 / u3[1], f"{sign}/{u3[2]}", u3[3])
            elif dim == MONEY and (per := re.compile(_PER).match(text, start)) and \
                    per.end() > start and (noun := re.compile(_NOUN).match(text, per.end())):
                # "price per pizza", "Preis pro Nacht": a rate of a thing counted, which no
                # unit tells how many of (the calculator can't work it out)
                got = (RATE, 1.0, f"{sign}/{noun.group()}", noun.end())
            elif dim == TIME and (per := re.compile(_PER).match(text, start)) and \
                    per.end() > start and (u2 := _unit_at(text, per.end())) and u2[0] == TIME:
                # "hours a day", "stunden am tag": a time per a time
                got = (NONE, _size(TIME, default) / u2[1], f"{default}/{u2[2]}", u2[3])
        if got:
            found.append(Quantity(prompt[m.start():m.end()], got[0], got[1], got[2], True,
                                  m.start(), got[3]))
        else:
            size = _size(dim, default) if isinstance(dim, tuple) and dim != NONE else 1.0
            found.append(Quantity(prompt[m.start():m.end()], dim, size,
                                  sign if dim == MONEY else default, False, m.start(), m.end()))
    # a unit after a list's last name is the unit of the names before it in that list
    for n in range(len(found) - 2, -1, -1):
        q, nxt = found[n], found[n + 1]
        if not q.said and nxt.said and q.dim == nxt.dim and re.fullmatch(
                _LIST_GAP, text[q.end:nxt.start]):
            found[n] = Quantity(q.label, q.dim, nxt.scale, nxt.unit, True, q.start, q.end)
    # (a count of months is in months: "Anzahl Monate", not "Anzahl Monate (months)")
    return [Quantity(_cap(q.label) + (f" ({shown_unit(q.unit)})" if q.unit and not re.match(
        _COUNT_WORD, formula.plain(q.label)) else ""), q.dim,
                     q.scale, q.unit,
                     q.said, q.start, q.end) for q in found]


_SHOWN = {"w": "W", "kw": "kW", "kwh": "kWh", "wh": "Wh", "kj": "kJ", "l": "L", "m2": "m²",
          "m3": "m³", "cm2": "cm²", "ml": "ml", "kmh": "km/h"}


def shown_unit(unit: str) -> str:
    """A unit as it is printed: "kWh", "L", "m²", "€/kWh"."""
    return "/".join(_SHOWN.get(part, part) for part in unit.split("/"))


# What a prompt asks its calculator to give, each with its dimension, the unit it is shown
# in, and a label per language (en fr es de pt it) when the prompt's words are not one.
_COUNT_OF = (r"(?:how many|cuant[oa]s|combien de|wie viele|quant[oa]s|quant[ie])\s+"
             r"(?P<what>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?)\s+(?:of|de|da|di|a|à|zu(?: je)?|"
             r"von|mit|con|com|with)\s+(?P<n>\d+(?:[.,]\d+)?)\s*")
# What a thing is sold in holds: "bags are 2 cubic feet", "sacs de 40 L", "Säcke mit 20 L", "the
# bags hold 50 L"
_HOLDS = (r"\b(?P<what>bags?|sacks?|sacos?|sacs?|s[aä]cke?|sacchi|sacco|bolsas?|packs?|boxes?|"
          r"cajas?|caixas?|scatol[ae]|tubs?|buckets?|cubos?|seaux?|eimer|secchi|latas?|cans?)\s+"
          r"(?:(?:are|is|hold|holds|contain|contains|come in|of|sont|font|contiennent|de|da|di|"
          r"son|tienen|traen|s[aã]o|t[eê]m|vem|sind|haben|mit|zu|je|à|a|con|com|sono|hanno|"
          r"contengono)\s+)+(?:(?:about|around|environ|unos|etwa|cerca de|circa)\s+)?"
          r"(?P<n>\d+(?:[.,]\d+)?)\s*")
VOLUME = ("Volume", "Volume", "Volumen", "Volumen", "Volume", "Volume")
_COST = (r"\b(?:what (?:does|do|will) (?:\w+ ){0,4}cost|how much (?:does|do|will) (?:\w+ ){0,4}"
         r"cost|(?:was|wie ?viel) kostet|cuanto (?:me )?cuesta|combien (?:ca |cela )?(?:me )?coute|quanto "
         r"(?:me )?(?:custa|costa)|(?:the |el |le |il |o |die )?(?:cost|costs|coste|costo|cout|"
         r"custo|kosten)|"
         # "how much is it per month": what it comes to over a period
         r"(?:how much|what) (?:is|are|would|will) (?:it|that|this|they)(?: be| come to)?|"
         r"combien (?:ca|cela) (?:fait|fera)|cuanto (?:es|sale|seria)|(?:was|wie ?viel) "
         r"(?:ist|macht|sind) (?:das|es)|quanto (?:e|da|fica|fa|sarebbe)" + _EACH_PERIOD + "|"
         # what someone pays: "how much does each person pay", "cuánto paga cada uno", "wie
         # viel zahlt jeder", "quanto cada um paga", "combien paie chacun", "quanto paga ognuno"
         r"(?:how much|what) (?:does|do|will|should|would|has|have) (?:\w+ ){0,6}(?:pay|owe)|"
         r"cuanto (?:\w+ ){0,2}(?:paga|pagan|pagamos|debe pagar|tiene que pagar|pone)|"
         r"(?:was|wie ?viel) (?:\w+ ){0,2}(?:zahlt|bezahlt|zahlen)|"
         r"quanto (?:\w+ ){0,2}(?:paga|pagam|deve pagar|tem que pagar|pagare|deve)|"
         r"combien (?:\w+ ){0,2}(?:paie|paye|payent|doit payer|doit)|"
         r"quanto (?:\w+ ){0,2}(?:paga|pagano|deve pagare|deve))\b")
_PERIOD = (r"\b(?:a|per|par|pro|por|al|ao|im|in|l'|all'|au|the|each|every|/)\s*(?P<p>years?|jahr|"
           r"an|ano|anno|months?|monat|mois|mes|mese|weeks?|woche|semaine|semana|settimana|days?|"
           r"tag|jour|dia|giorno)\b")
_BURNED = (r"\b(?:calories? (?:burn\w*|brulee?s?|queimadas?)|calorias (?:quemadas|gastas|"
           r"queimadas)|calorie bruciate|verbrannte kalorien|kalorienverbrauch|kcal (?:burn\w*|"
           r"verbrannt|bruciate|quemadas|brulees))\b")
# the words that ask for a result: "que me diga los litros", "tell me the litres", "result in"
_GIVE = (r"\b(?:(?:me|nos|mi|ci)\s+(?:da|de|dara|daria|dia)|"  # "y me da los litros", "mi dà"
         r"tell|tells|show|shows|give|gives|diga|dig[ao]|dime|decir|muestre|mostr\w*|"
         r"indiqu\w*|affich\w*|donne|sag\w*|zeig\w*|dimmi|mi dica|dica|result\w*|ergebnis|"
         r"(?:me |mi |nos |ci )?(?:dit|dice|diz|dize)(?:-me)?|"
         r"risultat\w*)\s+(?:(?:me|moi|mir|mi|us|nous|nos|uns|ci)\s+)?(?:(?:in|en|em|im|auf|"
         r"nel|nella)\s+)?(?:(?:the|los|las|les|die|os|as|i|gli|le|el|la|o|a|wie ?viele?|"
         r"how many|how much)\s+)?")
_PERIOD_SIZE = {"y": _YEAR, "j": _YEAR, "a": _YEAR, "m": _YEAR / 12, "w": 7 * _DAY, "s": 7 * _DAY,
                "d": _DAY, "t": _DAY, "g": _DAY}
COST = ("Cost", "Coût", "Coste", "Kosten", "Custo", "Costo")
PER = {"y": ("a year", "par an", "al año", "im Jahr", "por ano", "all'anno"),
       "m": ("a month", "par mois", "al mes", "im Monat", "por mês", "al mese"),
       "w": ("a week", "par semaine", "a la semana", "pro Woche", "por semana", "a settimana"),
       "d": ("a day", "par jour", "al día", "am Tag", "por dia", "al giorno")}
# per person, in the six languages
_EACH = (r"\b(?:per (?:person|head|guest)|each|apiece|par (?:personne|tete)|chacun|por "
         r"(?:persona|cabeza|pessoa|cabe[çc]a)|cada (?:uno|una|um|uma)|pro (?:person|kopf)|je "
         r"(?:person|kopf)|jede[rs]?|a (?:testa|persona)|per (?:persona|ospite)|ciascuno|"
         r"ognuno)\b")
EACH = ("per person", "par personne", "por persona", "pro Person", "por pessoa", "a testa")
BURNED = ("Calories burned", "Calories brûlées", "Calorías quemadas", "Verbrannte Kalorien",
          "Calorias queimadas", "Calorie bruciate")
LANGS = ("en", "fr", "es", "de", "pt", "it")


# A dose: so much of one thing per so much of another, asked after "how much" ("cuánto
# acondicionador echar (5 ml por cada 10 L)", "how much dechlorinator, 5 ml per 10 litres",
# "wie viel Dünger, 2 ml pro Liter")
_HOW_MUCH = (r"\b(?:how much|how many|cuant[oa]s?|combien(?: de| d')?|wie ?viele?|quant[oa]s?|"
             r"quant[ie])\s+")
_DOSE_PER = (r"\s*(?:/|(?:per|por|pour|par|pro|je|ogni|para|a|an|each|every|for)\s+"
             r"(?:(?:each|every|cada|chaque|jeden|jede|jedes|ogni|the|le|la|el|o|a)\s+)?)")
# where the name of what is dosed ends: a verb of putting it in, a person, "to", a bracket
_DOSE_END = (r"(?:to|i|we|you|do|does|should|need\w*|put|add|use|dose|echar|poner|anadir|"
             r"agregar|usar|meter|echo|pongo|necesito|hace falta|hay que|debo|il|je|on|faut|"
             r"mettre|ajouter|verser|utiliser|dois|ich|wir|man|muss|brauche|geben|zugeben|"
             r"dazugeben|nehmen|hinzufugen|rein|eu|devo|preciso|colocar|por|adicionar|pôr|usar|"
             r"io|mi|serve|mettere|aggiungere|usare|versare|ci|va|vanno|de|da|of|d)$")
DOSED = ("Amount", "Quantité", "Cantidad", "Menge", "Quantidade", "Quantità")


def _doses(prompt: str, text: str, at: int) -> list[tuple[int, Asked]]:
    """The doses ``text`` (plain) asks for: "cuánto acondicionador echar (5 ml por cada 10 L)"
    is Acondicionador (ml), 5 ml for every 10 L of the volume the calculator gives."""
    out = []
    for ask in re.finditer(_HOW_MUCH, text):
        clause = re.split(r"[.;!?\n]", text[ask.end():ask.end() + 120])[0]
        m = re.search(r"(\d+(?:[.,]\d+)?)\s*", clause)
        if not m:
            continue
        u1 = _bare_unit(text, ask.end() + m.end())
        if not u1 or u1[0] in (NONE, MONEY):
            continue
        per = re.compile(_DOSE_PER).match(text, u1[3])
        if not per:
            continue
        n2 = re.compile(r"(\d+(?:[.,]\d+)?)\s*").match(text, per.end())
        u2 = _bare_unit(text, n2.end() if n2 else per.end())
        if not u2 or u2[0] in (NONE, MONEY):
            continue
        words = []
        for w in re.findall(r"[^\W\d_][\w'-]*|[(\d,:]", clause[:m.start()]):
            if not w[0].isalpha() or re.fullmatch(_DOSE_END, w):
                break
            words.append(w)
        name = prompt[ask.end():ask.end() + len(" ".join(words))] if words else ""
        name = re.sub(r"^(?:(?:de|of|the|le|la|el|di|der|die|das|o|a)\s+|d['’]\s*)+", "",
                      name, flags=re.I).strip()
        unit = shown_unit(u1[2])
        ratio = float(m.group(1).replace(",", ".")) * u1[1] / (
            float(n2.group(1).replace(",", ".")) * u2[1] if n2 else u2[1])
        out.append((ask.start(), Asked(f"{_cap(name) if name else DOSED[at]} ({unit})", u1[0],
                                       u1[1], dose=ratio, base=u2[0])))
    return out


@dataclass(frozen=True)
class Asked:
    label: str
    dim: Dim
    scale: float          # the size of the unit it is shown in
    per: float = 0.0      # a container's size ("sacos de 50 L"): the count of them, rounded up
    each: bool = False    # per person ("what does it cost per person"): a count of people divides
    dose: float = 0.0     # so much of it per so much of another result ("5 ml por cada 10 L"):
    base: Dim = NONE      # the ratio in SI units, and that other result's dimension


def asked(prompt: str, lang: str = "") -> list[Asked]:
    """What ``prompt`` asks its calculator for, in order: a quantity in a unit ("los litros"),
    a cost over a period ("was kostet … im Jahr"), calories burned, and how many containers of
    a size it fills ("cuántos sacos de 50 L")."""
    return [a for _, a in _asked(prompt, lang)]


def _asked(prompt: str, lang: str = "") -> list[tuple[int, Asked]]:
    """``asked``, each with where the prompt asks it."""
    text = formula.plain(prompt)
    lang = lang or _guess(prompt)
    at = LANGS.index(lang) if lang in LANGS else 0
    out: list[tuple[int, Asked]] = []
    typed = [(q.start, q.end) for q in named(prompt)]  # "peso in kg": an input's unit
    for m in re.finditer(_COUNT_OF, text):
        u = _unit_at(text, m.end())
        if u and u[0] != NONE:
            size = float(m.group("n").replace(",", ".")) * u[1]
            what = prompt[m.start("what"):m.end("what")]
            out.append((m.start(), Asked(f"{_cap(what)} ({m.group('n')} {shown_unit(u[2])})",
                                         u[0], u[1], size)))
    counted = [(m.start(), m.end()) for m in re.finditer(_COUNT_OF, text)]
    for m in re.finditer(_HOLDS, text):
        u = _unit_at(text, m.end())
        if u and u[0] not in (NONE, MONEY) and not any(a <= m.start() < b for a, b in counted):
            size = float(m.group("n").replace(",", ".")) * u[1]
            what = prompt[m.start("what"):m.end("what")]
            out.append((m.start(), Asked(f"{_cap(what)} ({m.group('n')} {shown_unit(u[2])})",
                                         u[0], u[1], size)))
    for m in re.finditer(r"\b(?:how (?:many|much)|combien de|cuant[oa]s?|wie viele?|quant[oa]s?|"
                         r"quant[ie])\s+", text):
        # a unit asked by its name: "how many cubic yards", "combien de litres"
        u = _unit_at(text, m.end())
        if u and u[0] not in (NONE, MONEY) and not any(a <= m.start() < b for a, b in counted):
            # and what of: "cuántos kilos de abono", "quanti grammi di metabisolfito"
            of = re.compile(rf"\s+(?:{_OF}\s+|d')({_WORD_})").match(text, u[3])
            end = of.end() if of and not re.fullmatch(_NOT_THING, of.group(1)) else u[3]
            out.append((m.end(), Asked(_cap(prompt[m.end():end]), u[0], u[1])))
    for m in re.finditer(_GIVE, text):
        u = _unit_at(text, m.end())
        if u and u[0] not in (NONE, MONEY) and not any(
                a.start() <= m.end() < a.end() for a in re.finditer(_COUNT_OF, text)) and \
                not any(a <= m.end() <= b for a, b in typed):
            # (a unit as a German dative names it: "in Litern" is "Liter")
            word = re.sub(r"(?i)^(\w*(?:liter|meter))n$", r"\1", prompt[m.end():u[3]])
            word = word if len(word) > 3 else shown_unit(u[2])
            # what of: "i kg di formaggio" is Formaggio (kg)
            if (of := re.compile(rf"\s+(?:{_OF}\s+|d')({_WORD_})").match(text, u[3])) and \
                    not re.fullmatch(_NOT_THING, of.group(1)):
                word = f"{_cap(prompt[of.start(1):of.end(1)])} ({shown_unit(u[2])})"
            out.append((m.end(), Asked(_cap(word), u[0], u[1])))
    sign = currency(prompt, lang)
    for m in re.finditer(_COST, text):
        if any(a <= m.start() < b for a, b in typed):
            continue  # "preis pro kWh": a price typed in, not the cost asked
        # (per person after the ask, before it, or inside it: "how much does each … pay")
        if re.search(_EACH, text[max(0, m.start() - 30):m.end() + 60]):
            out.append((m.start(), Asked(f"{COST[at]} {EACH[at]} ({sign})", MONEY, 1.0,
                                         each=True)))
        elif p := re.search(_PERIOD, text[m.end():m.end() + 80]):
            key = {"j": "y", "a": "y", "s": "w", "t": "d", "g": "d"}.get(p.group("p")[0],
                                                                           p.group("p")[0])
            key = "m" if p.group("p").startswith(("mo", "mes", "mese")) else key
            out.append((m.start(), Asked(f"{COST[at]} {PER[key][at]} ({sign})",
                                         (0, 0, -1, 1), 1 / _PERIOD_SIZE[key])))
        else:
            out.append((m.start(), Asked(f"{COST[at]} ({sign})", MONEY, 1.0)))
        break
    for at_, a in _doses(prompt, text, at):
        out.append((at_, a))
    if m := re.search(_BURNED, text):
        out.append((m.start(), Asked(f"{BURNED[at]} (kcal)", ENERGY, 4184.0)))
    # the title's quantity when the result is said by its unit alone ("resultado em m²" for
    # "calculadora de área": Área (m²)), or when nothing else is asked
    titled = subject(prompt)
    for n, (at_, a) in enumerate(out):
        same = next((q for q in titled if q.dim == a.dim), None)
        if same and not a.per and re.fullmatch(r"[\w²³/]{1,5}", formula.plain(a.label)):
            out[n] = (at_, Asked(f"{same.label} ({a.label.lower() if a.label != 'M²' else 'm²'})",
                                 a.dim, a.scale))
    if not out:
        out = [(q.start, Asked(f"{q.label} ({shown_unit(q.unit)})", q.dim, q.scale))
               for q in titled]
    return sorted(out, key=lambda x: x[0])


def _solve(ins: list[Quantity], dim: Dim, each: bool = False) -> tuple[int, ...] | None:
    """The one set of powers (1 or -1, every input used; a count multiplies, and only the
    count of people divides, once, when the result is per person) that gives ``dim`` from the
    inputs' dimensions; None when there is none or more than one."""
    if any(not isinstance(q.dim, tuple) for q in ins):
        return None
    people = [n for n, q in enumerate(ins) if q.dim == NONE and re.search(_PEOPLE, plain_(q.label))]
    found = []
    for powers in itertools.product((1, -1), repeat=len(ins)):
        divided = [n for n, (p, q) in enumerate(zip(powers, ins, strict=True))
                   if p < 0 and q.dim == NONE]
        if divided != ([people[0]] if each and len(people) == 1 else []):
            continue
        got = tuple(sum(p * q.dim[k] for p, q in zip(powers, ins, strict=True))
                    for k in range(4))
        if got == dim:
            found.append(powers)
    if not found:
        return None
    fewest = min(sum(p < 0 for p in f) for f in found)
    best = [f for f in found if sum(p < 0 for p in f) == fewest]
    return best[0] if len(best) == 1 else None


_PEOPLE = (r"\b(?:people|persons?|guests?|friends?|personas?|invitados?|amigos?|personnes?|"
           r"invites?|amis|personen|gaste|leute|freunde|pessoas?|convidados?|persone|ospiti|"
           r"amici)\b")


def plain_(text: str) -> str:
    return formula.plain(text)


# ---- what the prompt states and types in (the general "quantity from the numbers given") ----
# A rate the prompt states: so much of one thing for so much of another ("13 tuiles au m²",
# "1 ml por cada 10 kg de peso vivo", "10 g per ogni ettolitro", "400 Liter Wasser pro
# Hektar", "ein 40-kg-Sack reicht für 0,02 m³"). Its result is the quantity of the second kind
# the calculator has (typed in, or worked out from what is: a wall's area and thickness give the
# mortar's volume) times the rate; a count of things ("tuiles", "sacs") is rounded up, since
# they are bought whole.
_RATE_PER = (r"(?:per ogni|per|pour|por cada|por|pro|par|aux|au|le|la|al|ao|a cada|em cada|"
             r"para cada|a|ogni|je|for every|for each|every|each|/)")
_EVERY = r"(?:each|every|cada|chaque|jeden|jede|jedes|ogni)\s+"
_COVERS = (r"(?:covers?|is enough for|does|makes?|reicht (?:fur|für)|ergibt|suffit pour|couvre|"
           r"fait|alcanza para|cubre|rinde|da para|cobre|rende|basta per|copre|serve per|"
           r"(?:est|es|e|ist|is|è) (?:pour|para|per|fur|for))")
_OF = (r"(?:of|de|d'|du|des|di|del|della|dei|do|da|dos|das|von|vom|der|an)")
_NOT_THING = (r"(?:the|a|an|le|la|les|el|los|las|o|os|as|il|lo|gli|i|der|die|das|den|dem|un|une|"
              r"una|uno|um|uma|ein|eine|per|pour|por|pro|par|au|al|ao|ogni|je|each|every|cada|"
              r"chaque|and|et|y|e|und|or|ou|o|oder|plus|mais|mas|piu|mehr|more|extra|x)")
_ONE = r"(?:an?|one|un|une|uno|una|um|uma|ein|eine|einen|1)"
# words after a number that say a rate, not a thing counted ("à raison de 2 kg")
_NOT_COUNT = (r"(?:razon|raison|ragione|rate|ratio|rapport|dose|dosis|dosagem|dosage|taux|tasso|"
              r"taxa|tasa|quota|media|moyenne|promedio|total|times|fois|veces|vezes|volte|mal)")
_WORD_ = r"[^\W\d_][\w'-]*"


@dataclass(frozen=True)
class Rate:
    label: str      # what it gives, as the prompt names it: "Foin (kg)", "Tuiles"
    dim: Dim        # the dimension of what it gives (NONE: a count of things)
    scale: float    # the size of the unit it is shown in
    ratio: float    # what it gives per the other quantity, in SI units of both
    per: Dim        # the dimension of the other quantity
    count: bool     # whole things, rounded up
    start: int
    end: int
    thing: str = ""  # the name of what it gives ("foin", "tuiles"), plain
    per_scale: float = 1.0  # the other quantity's unit as the rate says it ("per litre")


def _thing(text: str, pos: int) -> tuple[str, int]:
    """The name of a thing written at ``pos`` of ``text`` (plain): "of sugar", "de foin",
    "Wasser", up to two words, none of them a joining word; ("", pos) when there is none."""
    m = re.compile(rf"\s+(?:{_OF}\s+|d')?({_WORD_}(?:\s+{_WORD_})?)").match(text, pos)
    if not m:
        return "", pos
    words = m.group(1).split()
    kept = []
    for w in words:
        if re.fullmatch(_NOT_THING, w) or re.fullmatch(_RATE_PER, w) or re.fullmatch(_COVERS, w):
            break
        kept.append(w)
    if not kept:
        return "", pos
    end = m.start(1) + len(" ".join(kept))
    return " ".join(kept), end


def _after_per(text: str, pos: int) -> tuple[float, tuple[Dim, float, str, int]] | None:
    """The "per N unit" of a rate at ``pos``: its number (1 unsaid) and unit (no money, no
    plain count)."""
    n = re.compile(rf"\s*(?:{_EVERY})?(?:(\d+(?:[.,]\d+)?)\s*)?").match(text, pos)
    u = _bare_unit(text, n.end())
    if not u or u[0] in (NONE, MONEY):
        return None
    return (float(n.group(1).replace(",", ".")) if n.group(1) else 1.0), u


@functools.lru_cache(maxsize=256)
def rates(prompt: str) -> list[Rate]:
    """The rates ``prompt`` states, in order: "2 kg de foin pour 100 kg de poids vif" gives
    Foin (kg) at 0.02 of a mass, "13 tuiles au m²" 13 Tuiles a square metre (rounded up),
    "1 saco de 25 kg por cada 0,015 m³" Saco (25 kg) for every 0.015 m³."""
    text = formula.plain(prompt)
    out: list[Rate] = []
    pending: list[tuple] = []  # things said before an "and", waiting for a "per"
    joined_at = -1
    for m in re.finditer(rf"(?<![\w.,]){_ONE}(?=\s)|(?<![\w.,])(\d+(?:[.,]\d+)?)", text):
        window = max(0, m.start() - 60)
        example = list(re.finditer(_EXAMPLE, text[window:m.start()]))
        if (out and m.start() < out[-1].end) or (example and not re.search(
                r"\d\s*%\s", text[window + example[-1].end():m.start()])):
            # (an example's numbers: "es. verderame 300 g/hl con botte da 250 l"; one said at
            # a percentage is the rate at it: "por exemplo a 1% são 1 kg … por cada 100 litros")
            continue
        n1 = float(m.group(1).replace(",", ".")) if m.group(1) else 1.0
        pos = m.end()
        unit = _bare_unit(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
        count, size = False, ""
        if unit and unit[0] not in (NONE, MONEY):
            dim, scale, shown, pos = unit
            thing, pos = _thing(text, pos)
        else:
            # a thing counted: "13 tuiles", "1 saco de 25 kg", "ein 40-kg-sack"
            w = re.compile(r"\s*((?:\d+(?:[.,]\d+)?-?\w+-)?[^\W\d_][\w'-]{2,})").match(text, pos)
            if not w or re.fullmatch(_NOT_THING, w.group(1)) or _bare_unit(text, w.start(1)) or \
                    re.fullmatch(_NOT_COUNT, w.group(1)):
                continue
            dim, scale, shown, count = NONE, 1.0, "", True
            thing, pos = w.group(1), w.end()
            if (q := re.compile(rf"\s+(?:{_OF}\s*)?(\d+(?:[.,]\d+)?)\s*").match(text, pos)) and (
                    u := _bare_unit(text, q.end())) and u[0] not in (NONE, MONEY):
                size, pos = f"{q.group(1)} {shown_unit(u[2])}", u[3]  # "de 25 kg"
            pos = _thing(text, pos)[1] if size else pos
        per = re.compile(rf"\s*(?:{_RATE_PER})\s+|\s*/\s*").match(text, pos) or (
            count and re.compile(rf"\s+(?:{_COVERS})\s+").match(text, pos))
        said = (m.start(), n1, dim, scale, shown, count, size, thing)
        if not per:
            # "1 kg de sulfato e 1 kg de cal por 100 litros": the first shares the next's "per"
            joined = re.compile(r"\s+(?:and|et|y|e|und|ed)\s+").match(text, pos)
            pending = (pending if joined_at == m.start() else []) + [said] if joined else []
            joined_at = joined.end() if joined else -1
            continue
        after = _after_per(text, per.end())
        if not after:
            continue
        n2, (per_dim, per_scale, _, end) = after
        end = _thing(text, end)[1]  # "pour 100 kg de poids vif": the rest is the rate's
        if not count and dim == per_dim and not thing:
            continue  # "1 m per 10 m": no thing given, a slope or a scale
        shared = pending if pending and joined_at == m.start() else []
        pending = []
        out += [_rate(prompt, text, start, end, n, d, sc, sh, cnt, sz, th, n2, per_dim,
                      per_scale) for start, n, d, sc, sh, cnt, sz, th in [*shared, said]]
    return out


def _rate(prompt: str, text: str, start: int, end: int, n1: float, dim: Dim, scale: float,
          shown: str, count: bool, size: str, thing: str, n2: float, per_dim: Dim,
          per_scale: float) -> Rate:
    """One rate ``rates`` reads, named as the prompt names its thing."""
    name, where = thing, start
    if count:
        name = re.sub(r"^\d+(?:[.,]\d+)?-?\w+-", "", thing)  # "40-kg-Sack": Sack
        # named as the prompt asks for them: "die Anzahl der Säcke", "quantos sacos"
        if ask := next((a for a in re.finditer(rf"{_COUNT_ASK}\s+({_WORD_})", text)
                        if a.group(1).startswith(name[:4])), None):
            name, where = ask.group(1), ask.start(1)
    label = _cap(_said_as(prompt, text, name, where)) if name else ""
    if count:
        label = f"{label} ({size})" if size else label
    elif label:
        label = f"{label} ({shown_unit(shown)})"
    return Rate(label, dim, scale, n1 * scale / (n2 * per_scale), per_dim, count, start, end,
                formula.plain(name), per_scale)


def _said_as(prompt: str, text: str, name: str, start: int = 0) -> str:
    """``name`` (plain) in the prompt's own letters ("fläche", not "flache"), its first
    place from ``start``."""
    at = text.find(name, start)
    return prompt[at:at + len(name)] if at >= 0 else name


# What the person types in, after the verb that says so ("je rentre la surface du mur en m²",
# "metto i litri di mosto", "I type how many hives", "Fläche in m² … eingeben"): a unit named
# as what is typed ("i litri di mosto": Litri di mosto (L)), or a count ("how many hives").
_TYPE_VERB = (r"\b(?:i (?:type|enter|put in|input|fill in|key in)|(?:she|he|you|we) (?:types?|"
              r"enters?|puts? in)|type in|enter|put in|je (?:rentre|mets|tape|saisis|entre|"
              r"renseigne|donne)|on (?:rentre|met|tape|saisit)|pongo|meto|"
              r"introduzco|escribo|ingreso|ponho|coloco|digito|insiro|introduzo|inserisco|metto|"
              r"scrivo|immetto|eingeben|eintragen|eintippen|gebe? ich|trage ich)\b")
_TYPED_END = (r"[.;:!?\n]|\s(?:and|et|y|e|und|ed)\s+(?:(?:it|il|elle|ela|ele|ca|ça|me|mi|er|es|sie|"
              r"lo|la|then|dann|que|che|on)\b)|\s(?:then|dann|puis|luego|depois|poi)\b|,\s*(?:and|"
              r"et|y|e|und)?\s*(?:it|il|elle|ela|ele|ca|ça|me|mi|er|es|sie)\b")
_COUNT_ASK = (r"(?:how many|combien d[e']|cu[aá]nt[oa]s|quant[oa]s|quant[ie]|wie viele|the number "
              r"of|le nombre d[e']|el n[uú]mero de|o n[uú]mero de|il numero di|die anzahl(?: der| an)?)")


def typed(prompt: str) -> list[Quantity]:
    """The quantities the person types in, said after a verb of typing that no name of
    ``named`` covers: units named as what is typed ("i litri di mosto", "las hectáreas") and
    counts ("how many hives")."""
    text = formula.plain(prompt)
    out: list[Quantity] = []
    for v in re.finditer(_TYPE_VERB, text):
        german = re.match(r"ein(?:geben|tragen|tippen)", v.group())
        if german:  # "Fläche in m² und Stärke in cm eingeben": the words before it
            start = max((m.end() for m in re.finditer(r"[.;:!?\n]", text[:v.start()])), default=0)
            seg = (start, v.start())
        else:
            ends = [m.start() for p in (_TYPED_END, _GIVE) if (m := next((
                e for e in re.compile(p).finditer(text, v.end()) if not _article(text, e)),
                None))]  # "… e diz os ml": what it gives is no input
            seg = (v.end(), min(ends, default=len(text)))
        for item in re.finditer(r"[^,]+", text[seg[0]:seg[1]]):
            for part in re.split(r"\s(?:and|et|y|e|und|ed)\s", item.group()):
                at = seg[0] + item.start() + item.group().find(part)
                q = _typed_item(prompt, text, part, at)
                if q:
                    out.append(q)
    return out


def _article(text: str, end: re.Match) -> bool:
    """Whether the "la"/"lo" an end of what is typed reads as "it" is the article of a
    percentage typed too ("e la percentuale di sale", "et la concentration")."""
    return bool(re.search(r"\b(?:la|lo|le)$", end.group())) and bool(
        re.match(rf"\s*(?:{_PERCENT_WORD})", text[end.end():]))


def _typed_item(prompt: str, text: str, part: str, at: int) -> Quantity | None:
    """One thing typed in: "i litri di mosto" (a unit and what of), "how many hives" (a
    count); None for a name ``named`` reads, or anything else."""
    m = re.match(rf"\s*(?P<count>{_COUNT_ASK}\s+)?(?:(?:the|le|la|les|el|los|las|o|os|a|as|il|"
                 r"lo|i|gli|die|der|das|den|du|de la|des|mes|my|our|nos|meus)\s+|l'|l’)?", part)
    pos = at + m.end()
    if m.group("count") and (u := _bare_unit(text, pos)) and u[0] not in (NONE, MONEY):
        # "cuántos días": a count of a unit typed in (named() takes it for what is asked)
        thing, end = _thing(text, u[3])  # "how many litres of syrup"
        return Quantity(_cap(prompt[pos:end if thing else u[3]]), u[0], u[1], u[2], True, pos,
                        end if thing else u[3])
    if _NAME_RE.search(text, pos, at + len(part)) or not part.strip() or re.match(_ANY, text[pos:]):
        return None  # "la surface du toit en m²": named() reads it; "the numbers": nothing
    u = _bare_unit(text, pos)
    if u and u[0] not in (NONE, MONEY):
        thing, end = _thing(text, u[3])
        label = prompt[pos:end] if thing else prompt[pos:u[3]]  # the unit is its name
        return Quantity(_cap(label), u[0], u[1], u[2], True, pos, end)
    if m.group("count") and (w := re.compile(_WORD_).match(text, pos)) and not re.fullmatch(
            _NOT_THING, w.group()):
        return Quantity(_cap(prompt[pos:w.end()]), NONE, 1.0, "", False, pos, w.end())
    # a name with its unit after "in" ("la dose del prodotto in g per ettolitro")
    if (inn := re.compile(r"([^\W\d_][\w' -]{1,40}?)\s+(?:in|en|em|im|nel|nella)\s+").match(
            text, pos)) and (u := _unit_at(text, inn.end())) and u[0] not in (NONE, MONEY):
        return Quantity(f"{_cap(prompt[pos:inn.end(1)])} ({shown_unit(u[2])})", u[0], u[1],
                        u[2], True, pos, u[3])
    # a percentage typed in ("a concentração (ex 1%)", "la percentuale di sale (es. 8%)",
    # "the sugar percentage"): a rate said at one percentage is scaled by it (_stated)
    if re.search(_PERCENT_WORD, part):
        name = re.split(r"\s*(?:\(|\b(?:em|en|in)\s*%|%)|\s(?:i|we|you|que|che|dass)\s",
                        prompt[pos:at + len(part)].strip(), flags=re.I)[0]  # "… I want to add"
        words = re.findall(_WORD_, formula.plain(name))
        if 0 < len(words) <= 5:
            return Quantity(f"{_cap(name.strip())} (%)", PERCENT, 0.01, "%", True, pos,
                            at + len(part))
    # something typed in that no unit or name here reads ("Fläche in Ar"): the calculator
    # can't take it, and must not be built without it
    words = re.findall(_WORD_, text[pos:at + len(part)])
    return Quantity(_cap(prompt[pos:at + len(part)].strip()), UNREAD, 1.0, "", False, pos,
                    at + len(part)) if 0 < len(words) <= 5 else None


_PERCENT_WORD = (r"%|\b(?:percent\w*|pourcentage|porcentaje|porcentagem|percentagem|percentuale|"
                 r"prozent\w*|concentra\w*|konzentration)")
# what is typed in, said too vaguely to be a quantity ("the numbers", "it", "my figures")
_ANY = (r"(?:(?:it|them|this|that|everything|all|numbers?|values?|figures?|data|ca|cela|tout|"
        r"chiffres?|valeurs?|donnees|nombres?|eso|todo|datos|valores|numeros|cifras|isso|tudo|"
        r"dados|numeros|alles|werte|zahlen|daten|es|tutto|dati|valori|numeri|cifre|mes|mis|"
        r"meus|miei|meine|my|our)\b)")


AREA = ("Area", "Surface", "Superficie", "Fläche", "Área", "Superficie")
_BASE_NAME = {(3, 0, 0, 0): (VOLUME, "m³", 1.0), (2, 0, 0, 0): (AREA, "m²", 1.0)}
# numbers a stated calculator may leave unused: a time or an age in the asker's story, an
# example of what to type ("for example 20 m²"), a count of things they have
_EXAMPLE = (r"(?<!\w)(?:for example|for instance|e\.g\.|par exemple|ex\.|es\.|esempio|ej\.|"
            r"bsp\.|por ejemplo|p\. ?ej\.|zum beispiel|z\. ?b\.|beispiel|por exemplo|ad esempio|"
            r"per esempio|\(\s*(?:ex|es|eg|like|tipo|say)|,\s*say)(?!\w)")
_FACTOR = (r"(?:%|‰|[€$£]|\b(?:factor|faktor|facteur|fator|fattore|coefficient|coefficiente|"
           r"coeficiente|koeffizient)\b)")


def _in_example(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` of ``text`` (plain) is an example's: said after "for
    example", "z. B.", "(es." and before the example's bracket closes ("(es. 8%) … All'1%
    sono 10 g": the 1 % is the rate's)."""
    window = text[max(0, pos - 60):pos]
    said = list(re.finditer(_EXAMPLE, window))
    return bool(said) and ")" not in window[said[-1].end():]


def _unused(prompt: str, used: list[tuple[int, int]]) -> list[str]:
    """The numbers ``prompt`` states as part of its sum (a percentage, a price, a factor, a
    number with a unit) outside the spans ``used``: what a calculator built without them would
    leave out ("das Mittel mit 0,3 %", "Faktor 2,5", "a 1%")."""
    text = formula.plain(prompt)
    out = []
    for m in re.finditer(r"(?<![\w.,])(?:[€$£]\s*)?\d+(?:[.,]\d+)?", text):
        if any(a <= m.start() < b for a, b in used):
            continue
        if _in_example(text, m.start()) or re.search(_STORY, text[max(0, m.start() - 30):m.start()]):
            continue
        after, before = text[m.end():m.end() + 14], text[max(0, m.start() - 14):m.start()]
        unit = _bare_unit(text, m.end() + len(after) - len(after.lstrip()))
        if re.match(r"\s*(?:%|‰|[€$£])", after) or re.search(rf"{_FACTOR}\s*$", before) or \
                m.group().startswith(("€", "$", "£")) or (unit and unit[0] not in (AGE,)
                                                         and unit[0] != TIME):
            out.append(m.group())
    return out


def _stated(prompt: str, lang: str, ins: list[Quantity], wants: list[Asked],
            stated: list[Rate]) -> formula.Formula | None:
    """A calculator from the rates ``prompt`` states (``rates``): each rate's result is the
    quantity of its kind the inputs give (typed in, or their product: a wall's area times its
    thickness) times the rate; what else is asked is worked out as ``derive`` does; None when
    a result can't be had or a number the prompt gives for the sum is left unused."""
    at = LANGS.index(lang) if lang in LANGS else 0
    inputs = [{"key": f"v{n}", "label": q.label} for n, q in enumerate(ins, 1)]
    steps: list[dict] = []
    results: list[tuple[str, Dim, float]] = []  # (key, dimension, the size of its unit)
    used = [(r.start, r.end) for r in stated] + [(q.start, q.end) for q in ins
                                                  if isinstance(q, Said)]
    served = set()  # the wants a rate gives
    # a concentration typed in scales each rate said at one ("a 1% é 1 kg … por 100 litros"):
    # it comes last among the inputs, so the others' product is worked out without it
    pct = [n for n, q in enumerate(ins, 1) if q.dim == PERCENT]
    if len(pct) > 1 or (pct and pct[0] != len(ins)):
        return None
    text = formula.plain(prompt)
    refs = {r: _reference(text, r) for r in stated} if pct else {}
    if pct and not all(refs.values()):
        return None  # a percentage typed in that no rate is said at: nothing to scale
    used += [ref[1] for ref in refs.values() if ref]
    ins = [q for q in ins if q.dim != PERCENT]

    def add(label: str, tree: list, dim: Dim, scale: float, fmt: str = "") -> str:
        key = f"r{len(steps) + 1}"
        steps.append({"key": key, "label": label, "tree": tree, **({"format": fmt} if fmt else {})})
        results.append((key, dim, scale))
        return key

    def source(dim: Dim, size: float = 0.0) -> tuple[list, float] | None:
        """A tree for a quantity of ``dim`` (SI size of its unit): a result already worked out,
        or the inputs' product (shown as a step of its own when it takes more than one)."""
        if got := next(((k, s) for k, d, s in results if d == dim), None):
            return ["var", got[0]], got[1]
        powers = _solve(ins, dim)
        if powers is None:
            return None
        if len(ins) == 1:
            return ["var", "v1"], ins[0].scale
        if dim not in _BASE_NAME:  # "Gallinas × Días", in the unit the rate is per (days)
            key = add(" × ".join(q.label for q in ins), _product(ins, powers, size or 1.0), dim,
                      size or 1.0)
            return ["var", key], size or 1.0
        name, unit, scale = _BASE_NAME[dim]
        if size and _unit_of(dim, size):  # in the unit the rate is said per: "per litre"
            unit, scale = _unit_of(dim, size), size
        key = add(f"{name[at]} ({unit})", _product(ins, powers, scale), dim, scale)
        return ["var", key], scale

    for want in wants:  # what is asked and no rate gives: the inputs' product, as derive does
        if want.per or want.dose or any(r.dim == want.dim and not r.count for r in stated):
            continue
        powers = _solve(ins, want.dim, want.each)
        if powers is None:
            return None
        add(want.label, _product(ins, powers, want.scale), want.dim, want.scale)
        served.add(want)
    for rate in stated:
        base = source(rate.per, rate.per_scale)
        if base is None:
            return None
        tree, scale = base
        asked_too = next((w for w in wants if w not in served and not w.per
                          and w.dim == rate.dim and not rate.count), None)
        if asked_too:
            served.add(asked_too)
        # "quantos gramas de sulfato de cobre e de cal": the unit asked is both rates'
        like = asked_too or next((w for w in wants if w in served and not w.per
                                  and w.dim == rate.dim and not rate.count), None)
        out_scale = like.scale if like else rate.scale
        # named by what it is, in the unit asked ("Salz (kg)" for "20 g Salz pro m², Ergebnis
        # in kg"), or as it is asked ("Kilos de abono"), or as an amount in its unit
        label = rate.label
        if not rate.count and rate.label:
            label = f"{rate.label.rsplit(' (', 1)[0]} ({_unit_of(rate.dim, out_scale)})"
        elif not rate.label:
            label = asked_too.label if asked_too else \
                f"{DOSED[at]} ({_unit_of(rate.dim, out_scale)})"
        value = ["*", tree, ["num", round(scale * rate.ratio / out_scale, 12)]]
        if ref := refs.get(rate):  # "a 1%": so much more at each percent more
            share = ["var", f"v{pct[0]}"]
            value = ["*", value, share if ref[0] == 1 else ["/", share, ["num", ref[0]]]]
        add(label, ["ceil", value] if rate.count else value, rate.dim, out_scale,
            "int" if rate.count else "")
    for want in wants:  # containers of a result: "cuántos sacos de 25 kg"
        if want in served or not want.per:
            continue
        base = source(want.dim)
        if base is None:
            return None
        add(want.label, ["ceil", ["/", base[0], ["num", want.per / base[1]]]], NONE, 1.0, "int")
        served.add(want)
    used += _read_spans(prompt)
    if extra := re.search(_MARGIN, text):
        pct = float((extra.group(1) or extra.group(2)).replace(",", "."))
        main = next(s for s in steps if s["key"] == results[-1][0]) if results else None
        last = results[-1]
        if main is None:
            return None
        tree = ["*", ["var", last[0]], ["num", round(1 + pct / 100, 12)]]
        add(f"{main['label']} + {extra.group(1) or extra.group(2)} %",
            ["ceil", tree] if main.get("format") == "int" else tree, last[1], last[2],
            main.get("format", ""))
    if not steps or _unused(prompt, used) or any(w not in served for w in wants):
        return None
    # a count asked that no result gives ("¿cuántos sacos?" beside a kg: review26 #34)
    for ask in re.finditer(rf"{_COUNT_ASK}\s+({_WORD_})", text):
        word = ask.group(1)
        if not _bare_unit(text, ask.start(1)) and not re.fullmatch(_NOT_THING, word) and not any(
                word[:4] in formula.plain(s["label"]) for s in steps) and not any(
                word[:4] in formula.plain(q.label) for q in ins):
            return None
    named_too = inputs + [{"key": s["key"], "label": s["label"]} for s in steps]
    said = "; ".join(f"{s['label']} = {_said(s['tree'], named_too, lang)}" for s in steps)
    return formula.Formula(said, steps, inputs)


def _reference(text: str, rate: Rate) -> tuple[float, tuple[int, int]] | None:
    """The percentage ``rate`` is said at, in its sentence of ``text`` (plain): "a 1% é 1 kg
    … por 100 litros", "1 kg per 100 L at 1%", "bei 1 % sind es …": (1.0, its span)."""
    start = max((m.end() for m in re.finditer(r"[.;!?\n](?=\s|$)", text[:rate.start])),
                default=0)
    end = next((m.start() for m in re.finditer(r"[.;!?\n](?=\s|$)", text[rate.end:])),
               len(text) - rate.end) + rate.end
    for m in re.finditer(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*%", text[start:end]):
        at = start + m.start()
        if not rate.start <= at < rate.end and not re.search(_EXAMPLE, text[max(0, at - 12):at]):
            value = float(m.group(1).replace(",", "."))
            return (value, (at, start + m.end())) if value > 0 else None
    return None


@dataclass(frozen=True)
class Said(Quantity):
    value: float = 0.0  # the number said with it, in its unit


def _said_values(prompt: str, stated: list[Rate]) -> list[Said]:
    """The quantities ``prompt`` says with their numbers that no rate, container or margin
    holds ("un toit de 86 m²", "2.400 Liter Most", "necesito 0,6 m³"): an area, a volume, a
    mass or a length, named by the thing after its unit or before it ("toit"), or by its
    kind."""
    text = formula.plain(prompt)
    spans = _read_spans(prompt)
    out: list[Said] = []
    for m in re.finditer(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|\d+\.\d+)\s*", text):
        if any(a <= m.start() < b for a, b in spans) or _in_example(text, m.start()):
            continue
        u = _bare_unit(text, m.end())
        if not u or u[0] not in ((2, 0, 0, 0), (3, 0, 0, 0), MASS, LENGTH):
            continue
        number = m.group(1).replace(".", "") if re.fullmatch(r"\d{1,3}(?:\.\d{3})+",
                                                              m.group(1)) else m.group(1)
        thing, end = _thing(text, u[3])
        before = re.search(rf"({_WORD_})\s+(?:{_OF})\s+$", text[max(0, m.start() - 30):m.start()])
        if not thing and before and not re.fullmatch(_NOT_THING, before.group(1)):
            thing = before.group(1)
        name = _said_as(prompt, text, thing, max(0, m.start() - 30)) if thing else ""
        if not name:
            base = _BASE_NAME.get(u[0])
            name = base[0][LANGS.index(_guess(prompt))] if base else DOSED[
                LANGS.index(_guess(prompt))]
        out.append(Said(f"{_cap(name)} ({shown_unit(u[2])})", u[0], u[1], u[2], True,
                        m.start(), end or u[3], float(number.replace(",", "."))))
    return out


def _unit_of(dim: Dim, scale: float) -> str:
    """How a unit of ``dim`` and size ``scale`` is written: "kg", "g", "L", "m³"."""
    for symbol in ("kg", "g", "t", "l", "ml", "hl", "m3", "m2", "ha", "m", "cm", "mm", "km", "h",
                   "min"):
        for pattern, d, size in _UNIT_RE:
            if d == dim and math.isclose(size, scale) and pattern.fullmatch(symbol):
                return shown_unit(symbol)
    return ""


def _inputs(prompt: str, stated: list[Rate]) -> list[Quantity]:
    """What a stated calculator takes: the names said and the things typed in, each once,
    none inside a rate ("pour 100 kg de poids vif") or naming what a rate gives ("le nombre
    de sacs")."""
    out: list[Quantity] = []
    for q in sorted(named(prompt) + typed(prompt), key=lambda q: q.start):
        if any(q.start < x.end and x.start < q.end for x in out) or any(
                r.start <= q.start < r.end for r in stated):
            continue
        if q.dim == NONE and any(r.count and r.thing[:4] in formula.plain(q.label)
                                 for r in stated):
            continue
        out.append(q)
    return out


# A mix said in parts: "1 volume de chaux pour 3 de sable", "1 part lime to 3 parts sand", "1
# parte di cemento, 2 di sabbia e 3 di ghiaia", "1 Teil Kalk auf 3 Teile Sand" (plain text)
_PART = (r"(?:volumes?|parts?|parties?|partes?|parti|teile?n?|mesures?|measures?|medidas?|"
         r"misure?|doses?|seaux?|buckets?|eimer|secchi|cubos?|baldes?|shovels?|pelles?|palas?|"
         r"schaufeln?)")
_MIX_WORD = (r"(?:ratio|mix\w*|dosage|dosaggio|dosagem|dosificacion|proporti?on\w*|proporci\w+|"
             r"proporcao|proporzione|rapport|melange|mezcla|mistura|miscela|mischung|"
             r"mischverhaltnis|verhaltnis|traco)")
_PART_ITEM = (rf"(\d+(?:[.,]\d+)?)\s+(?:{_PART}\s+)?(?:(?:of|de|d'|du|des|di|del|della|do|da|von)"
              rf"\s*)?({_WORD_})")
_PART_GAP = (r"\s*[,:]\s*(?:(?:and|et|y|e|und|ed)\s+)?|\s+(?:pour|to|per|para|a|zu|auf|for|et|and|y|e|"
             r"und|ed|plus)\s+")


@functools.lru_cache(maxsize=256)
def parts(prompt: str) -> list[tuple[str, float, tuple[int, int]]]:
    """The things of a mix ``prompt`` says in parts, each with its parts and where it is said
    (plain): "1 volume de chaux pour 3 de sable" → [("chaux", 1, …), ("sable", 3, …)]; []
    when it says none, or one thing only."""
    text = formula.plain(prompt)
    for m in re.finditer(_PART_ITEM, text):
        if not (re.fullmatch(_PART, text[m.end(1):m.start(2)].strip().split(" ")[0] or "-")
                or re.search(_MIX_WORD, text[max(0, m.start() - 40):m.start()])):
            continue
        found, pos = [], m.start()
        while (item := re.compile(_PART_ITEM).match(text, pos)) and not re.fullmatch(
                _NOT_THING, item.group(2)) and not _bare_unit(text, item.start(2)):
            found.append((_said_as(prompt, text, item.group(2), item.start(2)),
                          float(item.group(1).replace(",", ".")), item.span()))
            gap = re.compile(_PART_GAP).match(text, item.end())
            if not gap:
                break
            pos = gap.end()
        if len(found) >= 2:
            return found
    return []


def _mixed(prompt: str, lang: str, ins: list[Quantity], wants: list[Asked]
           ) -> formula.Formula | None:
    """A mix said in parts (``parts``) of the volume the inputs give (typed in, or their
    product: a wall's area times its thickness): the volume and each thing's share of it;
    None when the inputs give no volume or something else is asked."""
    mix = parts(prompt)
    vol = (3, 0, 0, 0)
    if any(w.dim != vol or w.per or w.dose for w in wants):
        return None
    powers = _solve(ins, vol)
    if powers is None:
        return None
    at = LANGS.index(lang) if lang in LANGS else 0
    inputs = [{"key": f"v{n}", "label": q.label} for n, q in enumerate(ins, 1)]
    steps: list[dict] = []
    if len(ins) == 1:
        total, unit = ["var", "v1"], shown_unit(ins[0].unit) if ins[0].unit else "L"
    else:
        said = next((w for w in wants if not any(formula.plain(t) in formula.plain(w.label)
                                                 for t, _, _ in mix)), None)
        scale = said.scale if said else 1e-3
        unit = _unit_of(vol, scale) or "L"  # (in the unit asked: "le volume en litres")
        label = said.label if said else f"{VOLUME[at]} ({unit})"
        steps.append({"key": "r1", "label": label, "tree": _product(ins, powers, scale)})
        total = ["var", "r1"]
    whole = sum(n for _, n, _ in mix)
    for thing, n, _ in mix:
        steps.append({"key": f"r{len(steps) + 1}", "label": f"{_cap(thing)} ({unit})",
                      "tree": ["*", total, ["num", round(n / whole, 12)]]})
    if _unused(prompt, _read_spans(prompt)):
        return None
    named_too = inputs + [{"key": s["key"], "label": s["label"]} for s in steps]
    said_as = "; ".join(f"{s['label']} = {_said(s['tree'], named_too, lang)}" for s in steps)
    return formula.Formula(said_as, steps, inputs)


@functools.lru_cache(maxsize=256)
def derive(prompt: str, lang: str = "") -> formula.Formula | None:
    """The calculator ``prompt`` describes by its quantities: an input for each one it names,
    a step for each result it asks, computed from all the inputs by their units; None when it
    names fewer than two inputs, asks no result, or a result its inputs can't give by their
    units alone. A list of things paid is their sum (``summed``)."""
    if (total := summed(prompt, lang)) is not None:
        return total  # things paid, listed: their sum
    if (each := shared(prompt, lang)) is not None:
        return each  # a home's bills, each person's share
    lang = lang or _guess(prompt)
    if stated := rates(prompt):
        # so much of one thing for so much of another, stated: the general calculator
        ins = _inputs(prompt, stated)
        wants: list[Asked] = []
        for pos, w in _asked(prompt, lang):
            if any(r.start <= pos < r.end for r in stated) or any(
                    q.start - 10 <= pos < q.end for q in ins):
                continue  # "1 saco de 25 kg por …" is the rate's, "how many litres …" typed
            same = next((n for n, x in enumerate(wants) if (x.dim, x.per) == (w.dim, w.per)), None)
            if same is None:
                wants.append(w)
            elif wants[same].dose and not w.dose:
                wants[same] = w  # "quanti grammi di metabisolfito": asked once, by its name
        if not ins and not re.search(_PERIOD, formula.plain(prompt)) and (
                ins := _said_values(prompt, stated)):
            # "13 tuiles au m², un toit de 86 m²": the quantity said is the input, from its value
            # (not with a period said: "5 litros por m² al día … a la semana" is one more step)
            got = _stated(prompt, lang, ins, wants, stated)
            return got and formula.Formula(got.text, got.steps, [
                {**i, "value": q.value} for i, q in zip(got.inputs, ins, strict=True)])
        return _stated(prompt, lang, ins, wants, stated) if ins else None
    ins = _inputs(prompt, [])  # the names said and what is typed in ("i litri della botte")
    wants = asked(prompt, lang)
    if parts(prompt):  # "1 volume de chaux pour 3 de sable": each thing's share of the volume
        return _mixed(prompt, lang, ins, wants)
    if not wants or not ins or (len(ins) < 2 and not _period_of(ins[0], wants)):
        return None
    inputs = [{"key": f"v{n}", "label": q.label} for n, q in enumerate(ins, 1)]
    steps: list[dict] = []
    main: tuple[str, Asked] | None = None
    results: list[tuple[str, Asked]] = []  # the steps that give a quantity, not a count
    for want in wants:
        if want.dose:
            # "5 ml por cada 10 L": that share of the result of its kind (the volume)
            src = next((r for r in results if r[1].dim == want.base), None)
            if src is None:
                powers = _solve(ins, want.base)
                if powers is None:
                    return None
                base = Asked(f"{VOLUME[LANGS.index(lang) if lang in LANGS else 0]} (L)"
                             if want.base == (3, 0, 0, 0) else DOSED[0], want.base,
                             1e-3 if want.base == (3, 0, 0, 0) else 1.0)
                src = (f"r{len(steps) + 1}", base)
                steps.append({"key": src[0], "label": base.label,
                              "tree": _product(ins, powers, base.scale)})
                results.append(src)
            steps.append({"key": f"r{len(steps) + 1}", "label": want.label, "tree": [
                "*", ["var", src[0]], ["num", round(src[1].scale * want.dose / want.scale, 12)]]})
            continue
        if want.per:
            if main is None or main[1].dim != want.dim:
                # "how many sacks of 50 L" with no volume asked: the volume first
                powers = _solve(ins, want.dim)
                if powers is None:
                    return None
                main = (f"r{len(steps) + 1}", Asked(shown_unit("l") if want.dim == (3, 0, 0, 0)
                                                    else "", want.dim, want.scale))
                # its unit as the container's is said: "Volume (cubic feet)", "Volume (L)"
                said = re.search(r"\(\s*\d+(?:[.,]\d+)?\s*(.+?)\)$", want.label)
                unit = said.group(1) if said else shown_unit("l")
                steps.append({"key": main[0], "label":
                              f"{VOLUME[LANGS.index(lang) if lang in LANGS else 0]} ({unit})",
                              "tree": _product(ins, powers, want.scale)})
            steps.append({"key": f"r{len(steps) + 1}", "label": want.label, "format": "int",
                          "tree": ["ceil", ["/", ["var", main[0]],
                                            ["num", want.per / main[1].scale]]]})
            continue
        powers = _solve(ins, want.dim, want.each)
        if powers is None:
            return None
        key = f"r{len(steps) + 1}"
        steps.append({"key": key, "label": want.label, "tree": _product(ins, powers, want.scale)})
        results.append((key, want))
        main = main or (key, want)
    if main is not None and (extra := re.search(_MARGIN, formula.plain(prompt))):
        # "plus 10% extra for spills": the result with its margin, beside it
        pct = float((extra.group(1) or extra.group(2)).replace(",", "."))
        steps.insert(steps.index(next(s for s in steps if s["key"] == main[0])) + 1, {
            "key": f"r{len(steps) + 1}", "label": f"{main[1].label} + {extra.group(1) or extra.group(2)} %",
            "tree": ["*", ["var", main[0]], ["num", round(1 + pct / 100, 12)]]})
    if _unused(prompt, _read_spans(prompt)):
        return None  # "Faktor 2,5 für die Falten": a number of the sum it would leave out
    named_too = inputs + [{"key": s["key"], "label": s["label"]} for s in steps]
    text = "; ".join(f"{s['label']} = {_said(s['tree'], named_too, lang)}" for s in steps)
    return formula.Formula(text, steps, inputs)


def _read_spans(prompt: str) -> list[tuple[int, int]]:
    """Where ``prompt``'s numbers are read by ``derive``: containers ("sacos de 25 L"), a
    margin ("plus 10% extra"), a dose after "how much" ("(25 ml per 1000 L)"), the rates."""
    text = formula.plain(prompt)
    spans = [m.span() for p in (_HOLDS, _COUNT_OF, _MARGIN) for m in re.finditer(p, text)]
    for ask in re.finditer(_HOW_MUCH, text):
        clause = re.split(r"[.;!?\n]", text[ask.end():ask.end() + 120])[0]
        spans.append((ask.start(), ask.end() + len(clause)))
    return spans + [(r.start, r.end) for r in rates(prompt)]


# a margin on what is asked: "plus 10% extra for spills", "+10% di scarto", "10 % de plus"
_MARGIN_WORD = (r"(?:extra|more|waste|wastage|margin|spills?|spare|en plus|de plus|de mas|a mais|"
                r"in piu|mehr|marge|margen|margem|margine|scarto|sfrido|desperdicio|merma|chutes|"
                r"perte|perda|verschnitt|reserve|casse|breakages?|roturas?|quebras?|bruch|rottura|"
                r"rotture)")
_MARGIN = (rf"(?:plus|\+|avec|con|com|mit|piu|mais|mas|add|ajoute\w*|agrega\w*|aggiung\w*|"
           rf"acrescent\w*|dazu)\s*(\d+(?:[.,]\d+)?)\s*%\s*(?:(?:de|di|d'|of|for|fur|pour|para|"
           rf"per)\s+)?{_MARGIN_WORD}|(\d+(?:[.,]\d+)?)\s*%\s*(?:de |di |d')?{_MARGIN_WORD}")


def _product(ins: list[Quantity], powers: tuple[int, ...], scale: float) -> list:
    """The tree of the inputs multiplied (or divided) by their powers, times their units'
    sizes over the result's."""
    factor = math.prod(q.scale ** p for q, p in zip(ins, powers, strict=True)) / scale
    tree: list = ["num", 1]
    for n, (_, p) in enumerate(zip(ins, powers, strict=True), 1):
        var = ["var", f"v{n}"]
        tree = var if tree == ["num", 1] and p > 0 else ["*" if p > 0 else "/", tree, var]
    if math.isclose(factor, 1):
        return tree
    # a whole number to divide by reads better than its inverse: "… ÷ 1000", not "0.001 × …"
    whole = round(1 / factor)
    if factor < 1 and whole > 1 and math.isclose(1 / factor, whole, rel_tol=1e-9):
        return ["/", tree, ["num", whole]]
    return ["*", tree, ["num", round(factor, 12)]]


def _said(tree: list, inputs: list[dict], lang: str = "en") -> str:
    """A step's tree as a person reads it: "Largo × Ancho × Alto ÷ 1000", a decimal comma
    outside English."""
    labels = {i["key"]: i["label"] for i in inputs}  # (and the steps before: "⌈Litros ÷ 50⌉")
    if tree[0] == "num":
        shown = f"{tree[1]:.10g}"
        return shown if lang == "en" else shown.replace(".", ",")
    if tree[0] == "var":
        return labels.get(tree[1], tree[1])
    if tree[0] == "ceil":
        return f"⌈{_said(tree[1], inputs, lang)}⌉"
    a, b = _said(tree[1], inputs, lang), _said(tree[2], inputs, lang)
    return f"{a} {'×' if tree[0] == '*' else '÷' if tree[0] == '/' else tree[0]} {b}"


# A cost or a budget named in a calculator's title ("cuánto me cuesta el coche al mes",
# "monthly costs of my flat", "Kosten fürs Auto"): a list after it of things paid is a sum.
_COSTS = (r"\b(?:costs?|expenses?|spending|budget|bills|gastos?|costes?|costos?|presupuesto|"
          r"depenses|frais|couts?|\w*kosten\w*|ausgaben|budget|despesas?|custos?|orcamento|spese|"
          r"costi|coute|coutent|cuesta|cuestan|custa|custam|costa|costano|kostet)\b")
# The words of an item that is no thing paid: a count, a rate, a term, a share, a date or a
# field of a log ("amount, interest, term" is a loan; "date, amount, category" a log)
_NOT_PAID = (r"\b(?:number|numero|nombre|anzahl|quantidade|cantidad|how many|people|persons?|"
             r"personas?|personnes?|personen|pessoas?|persone|interest|interets?|interes|juros|"
             r"interessi|zins\w*|rates?|taux|tasa|taxa|tasso|term|plazo|prazo|laufzeit|duree|"
             r"durata|years?|months?|anos?|annees?|jahre|anni|mois|meses|monate|mesi|percent\w*|"
             r"pourcent\w*|porcent\w*|prozent|down ?payment|apport|entrada|anzahlung|acconto|"
             r"dates?|fechas?|datum|data|categor\w*|kategorie|descri\w*|beschreibung|notes?|"
             r"notas?|notiz\w*|amount|montant|importe|betrag|importo|valor|total|summe)\b")
TOTAL = ("Total", "Total", "Total", "Summe", "Total", "Totale")


def paid(prompt: str) -> list[str]:
    """The things a calculator's prompt lists as paid (``_paid``), [] when one of them is a
    measure ("Kilometer pro Monat": no sum of euros)."""
    items = _paid(prompt)
    return [] if any(_measure_word(formula.plain(x)) for x in items) else items


def paid_with_measures(prompt: str) -> bool:
    """Whether the things a calculator's prompt lists as paid hold a measure ("was kostet mich
    mein Auto im Monat: Versicherung, Steuer, Kilometer pro Monat und Spritpreis"): a cost
    the units alone can't give (the km need a consumption), said as not built."""
    return any(_measure_word(formula.plain(x)) for x in _paid(prompt))


def _paid(prompt: str) -> list[str]:
    """The things a calculator's prompt lists as paid, when it asks what they cost together
    ("calculadora de cuánto me cuesta el coche al mes: seguro, gasolina, parking y la letra":
    Seguro, Gasolina, Parking, Letra); [] when it lists fewer than three, or anything that is
    a quantity to measure, a count, a rate or a log's field."""
    text = formula.plain(prompt)
    # the list after the colon that ends the ask ("Rechner: was kostet mich mein Hund im Jahr:
    # Futter, …")
    colon = next((m for m in re.finditer(r":\s*", text[:200]) if re.search(
        _COST, text[:m.start()]) or re.search(_COSTS, text[:m.start()])), None)
    if colon is None:
        return []
    if re.search(_EACH, text) or re.search(r"\d", text[colon.end():]):
        return []  # per person, or figures given: a split or a formula of its own
    rest = re.split(r"[.;!?\n]|\s-\s|\s(?:to|para|pour|um|per|damit|so that)\s", text[colon.end():])[0]
    items = [x.strip() for x in re.split(r",|\s(?:and|y|e|et|und|ed|u|plus|mas|\+)\s|&", rest)]
    # the list ends where a phrase about the app starts ("…, and phone, as a calculator")
    end = next((n for n, x in enumerate(items) if re.match(
        r"(?:as an?|como|comme|als|come|in|en|with|con|avec|mit|com|for|pour|para|per|fur|"
        r"that|que|qui|das|che|which)\b", x)), len(items))
    items = [re.sub(rf"^(?:{formula._ARTICLE})\s+", "", x) for x in items[:end]]
    items = [x for x in items if x]
    if len(items) < 3 or any(not re.fullmatch(r"[^\W\d_][\w' -]{0,30}", x) or len(x.split()) > 4
                             or re.search(_NOT_PAID, x) for x in items):
        return []
    names = [(m.start(), next(int(k[1:]) for k, v in m.groupdict().items() if v))
             for m in _NAME_RE.finditer(text, colon.end())]
    if any(_NAMES[i][1] != MONEY for _, i in names):
        return []  # "distance, consumption, fuel price": a trip's measures
    at = colon.end()
    out = []
    for x in items:
        start = text.find(x, at)
        out.append(_cap(prompt[start:start + len(x)]) if start >= 0 else _cap(x))
        at = start + len(x) if start >= 0 else at
    return out


def _measure_word(item: str) -> bool:
    """Whether ``item`` (plain) names a quantity in a unit that is no money and no period
    ("Kilometer pro Monat", "litres a week"): a measure, never a thing paid."""
    return any(pattern.fullmatch(w) and dim not in (MONEY, TIME, NONE)
               for w in item.split() if len(w) > 2 for pattern, dim, _ in _UNIT_RE)


# The bills of a shared home, in the six languages (plain): what people living together split
_BILLS = (r"electricity|power|gas|water|internet|wi-?fi|broadband|rent|heating|council tax|"
          r"phone|netflix|spotify|streaming|electricite|eau|gaz|loyer|chauffage|"
          r"luz|electricidad|agua|alquiler|calefaccion|comunidad|strom|wasser|miete|heizung|"
          r"nebenkosten|rundfunkbeitrag|energia|agua|aluguel|condominio|aquecimento|luce|acqua|"
          r"affitto|riscaldamento|condominio|bollett\w*|telefono|telefone|telefon")
PEOPLE = ("Number of people", "Nombre de personnes", "Número de personas", "Anzahl Personen",
          "Número de pessoas", "Numero di persone")


def _bills(text: str) -> list[tuple[int, int]]:
    """Where ``text`` (plain) names a home's bills, in order, each once."""
    seen, out = set(), []
    for m in re.finditer(rf"\b(?:{_BILLS})\b", text):
        if m.group() not in seen:
            seen.add(m.group())
            out.append(m.span())
    return out


def _period_of(given: Quantity, wants: list[Asked]) -> bool:
    """Whether what is asked is ``given`` over another period ("gym price per month, how much
    does it cost per year": the one price, times 12): one quantity of a time's rate, each
    result of its kind in another unit."""
    return given.dim == (0, 0, -1, 1) and all(
        w.dim == given.dim and not math.isclose(w.scale, given.scale) and not (w.per or w.dose)
        for w in wants)


def _sum_of(n: int) -> list:
    """The tree of inputs v1 + v2 + … + vn."""
    tree: list = ["var", "v1"]
    for k in range(2, n + 1):
        tree = ["+", tree, ["var", f"v{k}"]]
    return tree


@functools.lru_cache(maxsize=256)
def shared(prompt: str, lang: str = "") -> formula.Formula | None:
    """What each person pays of the bills its prompt names ("how much does each of the 3
    roommates pay" of the electricity; "Strom, Internet und Wasser, wie viel zahlt jeder"):
    an amount for each bill, the number of people, their total and each one's share; None
    when it asks no share per person or names no bill (a tip is a bill splitter's)."""
    text = formula.plain(prompt)
    cost = re.search(_COST, text)
    if not cost or not re.search(_EACH, text[max(0, cost.start() - 30):cost.end() + 60]) or \
            re.search(r"\b(?:tips?|pourboire|propina|trinkgeld|gorjeta|mancia)\b", text) or \
            re.search(r"\b(?:kwh|watts?)\b", text) or len(named(prompt)) >= 2:
        return None  # per person of a price and a count named: derive's
    spans = _bills(text)
    if not spans:
        return None
    lang = lang or _guess(prompt)
    at = LANGS.index(lang) if lang in LANGS else 0
    sign = currency(prompt, lang)
    inputs = [{"key": f"v{n}", "label": f"{_cap(prompt[a:b])} ({sign})"}
              for n, (a, b) in enumerate(spans, 1)]
    people = f"v{len(inputs) + 1}"
    inputs.append({"key": people, "label": PEOPLE[at]})
    steps = [{"key": "r1", "label": f"{TOTAL[at]} ({sign})", "tree": _sum_of(len(spans)),
              "format": "money"}] if len(spans) > 1 else []
    each = ["/", ["var", "r1"] if steps else ["var", "v1"], ["var", people]]
    steps.append({"key": f"r{len(steps) + 1}", "label": f"{COST[at]} {EACH[at]} ({sign})",
                  "tree": each, "format": "money"})
    named_too = inputs + [{"key": x["key"], "label": x["label"]} for x in steps]
    text_ = "; ".join(f"{x['label']} = {_said(x['tree'], named_too, lang)}" for x in steps)
    return formula.Formula(text_, steps, inputs)


@functools.lru_cache(maxsize=256)
def summed(prompt: str, lang: str = "") -> formula.Formula | None:
    """A calculator of what the things its prompt lists cost together (``paid``): an amount
    for each, their sum, over the period said ("al mes": Total al mes); None when it lists no
    such things."""
    items = paid(prompt)
    if not items:
        return None
    lang = lang or _guess(prompt)
    at = LANGS.index(lang) if lang in LANGS else 0
    sign = currency(prompt, lang)
    text = formula.plain(prompt)
    period = re.search(_PERIOD, text) or re.search(
        r"\b(?:(?P<m>monthly|mensu\w*|monatlich\w*)|(?P<y>yearly|annual\w*|anual\w*|annu\w*|"
        r"jahrlich\w*)|(?P<w>weekly|semanal\w*|hebdo\w*|wochentlich\w*|settimanal\w*))\b", text)
    key = ""
    if period is not None:
        word = period.groupdict().get("p") or next(k for k in ("m", "y", "w") if period.group(k))
        key = {"j": "y", "a": "y", "s": "w", "t": "d", "g": "d"}.get(word[0], word[0])
        key = "m" if word.startswith(("mo", "mes", "mese")) else key
    inputs = [{"key": f"v{n}", "label": f"{x} ({sign})"} for n, x in enumerate(items, 1)]
    label = f"{TOTAL[at]} {PER[key][at]} ({sign})" if key else f"{TOTAL[at]} ({sign})"
    steps = [{"key": "r1", "label": label, "tree": _sum_of(len(items)), "format": "money"}]
    said = " + ".join(i["label"] for i in inputs)
    return formula.Formula(f"{label} = {said}", steps, inputs)


# ---- units the prompt defines one by another: a converter ("1 Fm = 1,4 Rm = 2,0 SRm") ----
_EQUALS = (r"(?:=|equals?|is|makes|gives|yields|vaut|valent|fait|font|donne|equivaut a|vale|"
           r"valen|equivale a|da|rinde|son|sont|sind|entspricht|ergibt|gibt|sao|e|corresponde a|"
           r"corrisponde a|sono|ist|gilt|rende|produce)(?:\s+(?:about|around|circa|environ|etwa|"
           r"ungefahr|cerca de|unos|unas|aproximadamente|aprox\.?|quasi))?")
_UNIT_WORDS = (r"(?P<{g}>[^\W\d_][\w²³'’-]*(?:\s+(?!(?:and|et|y|e|und|ed|or|ou|o|oder|=)\b)"
               r"(?:de\s+|of\s+|di\s+)?[^\W\d_][\w²³'’-]*){{0,2}}?)(?=\s*(?:[,.;:!?=)(\n]|$|\s(?:and|"
               r"et|y|e|und|ed|or|ou|o|oder|so|donc|asi|also|quindi|then)\b))")


def _unit_key(word: str) -> str:
    """A unit's name to compare ("stères" and "stère" are one): plain, no plural s."""
    word = re.sub(r"\s+(?:of|de|d'|du|di|del|della|do|da|von)\b.*$", "", formula.plain(word).strip())
    return re.sub(r"(?<=\w)s$", "", word)  # "kg of flour" and "kg", "stères" and "stère"


_ONE = r"(?<![\w.,])(?:1|one|un|une|uno|una|um|uma|ein|eine|einen)\s+"
_NUM = r"\s*(\d+(?:[.,]\d+)?)\s*"
_EQUIVALENCE = re.compile(_ONE + r"(?P<a>[^\W\d_][\w²³'’-]*(?:\s+[^\W\d_][\w²³'’-]*){0,2}?)"
                          rf"\s*(?<!\w){_EQUALS}(?!\w)" + _NUM +
                          _UNIT_WORDS.format(g="b") + rf"(?:\s*(?:=|{_EQUALS}){_NUM}" +
                          _UNIT_WORDS.format(g="c") + ")?")


def converts_only(prompt: str) -> bool:
    """Whether the units ``prompt`` defines are all its sum: no number it gives for the sum is
    left outside the definitions. "in un kg ci sono 200 confetti" beside 120 guests, 5 a bag
    and 18 € a kg is one step of a total (review26 #41): a converter of kg and confetti would
    approve a page that computes none of what was asked."""
    text = formula.plain(prompt)
    return not _unused(prompt, [m.span() for m in _EQUIVALENCE.finditer(text)])


@functools.lru_cache(maxsize=256)
def equivalences(prompt: str) -> list[tuple[str, float]]:
    """The units ``prompt`` defines one by another, each with its size in the first's: "1 Fm =
    1,4 Rm = 2,0 SRm" is Fm 1, Rm 1/1.4, SRm 1/2; "1 stère = 0,65 m³ …, et 1 corde = 3,62
    stères" adds Corde 3.62 (a unit defined by one already said); [] when fewer than two."""
    text = formula.plain(prompt)
    sizes: dict[str, tuple[str, float]] = {}
    for m in _EQUIVALENCE.finditer(text):
        pairs = [(m.group("b"), m.group(2), m.start("b"))]
        if m.group("c"):
            pairs.append((m.group("c"), m.group(4), m.start("c")))
        a = _unit_key(m.group("a"))
        said = {a: m.start("a")} | {_unit_key(w): at for w, _, at in pairs}
        known = next((k for k in said if k in sizes), None)
        if sizes and known is None:
            continue  # a second set of units unrelated to the first
        base = sizes[a][1] if a in sizes else (
            sizes[known][1] * next(float(n.replace(",", ".")) for w, n, _ in pairs
                                   if _unit_key(w) == known) if known else 1.0)
        if a not in sizes:
            sizes[a] = (prompt[m.start("a"):m.end("a")], base)
        for w, n, at in pairs:
            factor = float(n.replace(",", "."))
            if _unit_key(w) not in sizes and factor > 0:
                sizes[_unit_key(w)] = (prompt[at:at + len(w)], base / factor)
    return list(sizes.values()) if len(sizes) >= 2 else []


# so much for each thing counted: "500 g pro Glas", "7,50 € pro Glas", "120 g por gallina",
# "85 € le stère" (plain text)
_EACH_THING = re.compile(r"(?<![\w.,])(?:[€$£]\s*)?\d+(?:[.,]\d+)?\s*(?:[^\W\d_]{1,6}|[€$£])?\s+"
                         r"(?:per|pro|por|par|le|la|a|al|ao|au|each|every|je|ogni|cada|chaque|"
                         r"the|el|o|um|uma|un|une)\s+(?:(?:each|every|cada|chaque|jeden|jede|ogni)"
                         r"\s+)?(?!(?:the|a|an|le|la|el|il|der|die|das|o|um|uma|un|une|una|day|"
                         r"week|month|year|jour|semaine|mois|an|dia|semana|mes|ano|tag|woche|monat|"
                         r"jahr|giorno|settimana|mese|anno|person|personne|persona|pessoa|"
                         r"head|kopf|testa)\b)[^\W\d_]{3,}")


def relation(prompt: str) -> bool:
    """Whether ``prompt`` states a relation of its own between quantities: a rate
    (``rates``), units defined one by another, or so much for each thing counted ("500 g pro
    Glas", "85 € le stère"); a keypad, a unit converter or a percentage computes none of it."""
    return bool(rates(prompt) or equivalences(prompt) or each_thing(prompt))


def each_thing(prompt: str) -> bool:
    """Whether ``prompt`` gives so much for each thing it counts ("500 g pro Glas", "95 € pro
    Raummeter"), a thing no unit names."""
    text = formula.plain(prompt)
    return any(_bare_unit(text, m.end() - len(m.group().split()[-1])) is None
               for m in _EACH_THING.finditer(text))


def unit_said(name: str) -> bool:
    """Whether ``name`` starts with a unit's symbol or name ("m³ de bois plein", "kg")."""
    u = _bare_unit(formula.plain(name), 0)
    return u is not None and len(u[2]) <= 3
