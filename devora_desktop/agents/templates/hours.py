"""A booking page's opening hours and closed days, read from the prompt in six languages.

"Geöffnet Di-Sa 9-18 Uhr", "open Tuesday to Saturday 8am-6pm", "fermé le lundi", "cerrado los
domingos", "de 9h à 19h30": a salon that is shut on Mondays must not take bookings on Mondays.
Days are numbered as JavaScript's ``Date.getDay()`` (0 is Sunday), which is what the page uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# Each language's day names, Sunday first; short forms are read only inside a range ("Di-Sa").
_DAYS = {
    "en": (("sunday", "sun"), ("monday", "mon"), ("tuesday", "tue", "tues"),
           ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"), ("friday", "fri"),
           ("saturday", "sat")),
    "fr": (("dimanche", "dim"), ("lundi", "lun"), ("mardi", "mar"), ("mercredi", "mer"),
           ("jeudi", "jeu"), ("vendredi", "ven"), ("samedi", "sam")),
    "es": (("domingo", "dom"), ("lunes", "lun"), ("martes", "mar"), ("miércoles", "miercoles",
                                                                      "mié", "mie"),
           ("jueves", "jue"), ("viernes", "vie"), ("sábado", "sabado", "sáb", "sab")),
    "de": (("sonntag", "so"), ("montag", "mo"), ("dienstag", "di"), ("mittwoch", "mi"),
           ("donnerstag", "do"), ("freitag", "fr"), ("samstag", "sonnabend", "sa")),
    "pt": (("domingo", "dom"), ("segunda-feira", "segunda", "seg"), ("terça-feira", "terça",
                                                                      "terca", "ter"),
           ("quarta-feira", "quarta", "qua"), ("quinta-feira", "quinta", "qui"),
           ("sexta-feira", "sexta", "sex"), ("sábado", "sabado", "sáb", "sab")),
    "it": (("domenica", "dom"), ("lunedì", "lunedi", "lun"), ("martedì", "martedi", "mar"),
           ("mercoledì", "mercoledi", "mer"), ("giovedì", "giovedi", "gio"),
           ("venerdì", "venerdi", "ven"), ("sabato", "sab")),
}
_TO = r"\s*(?:-|–|—|to|till|until|through|thru|bis|à|au|a|al|hasta|até|ao|às|as|alle|fino a)\s*"
_CLOSED = (r"closed|shut|geschlossen|ruhetag|fermée?s?|cerrad[oa]s?|fechad[oa]s?|chius[oa]|"
           r"day off|jour de fermeture|día de descanso|folga|riposo")
_WEEKEND = (r"weekends?|wochenende[n]?|week-ends?|fines? de semana|fins? de semana|"
            r"fine settimana|weekend")


@dataclass(frozen=True)
class Opening:
    start: float = 9      # first hour a slot may begin
    end: float = 18       # the hour the last slot ends by
    closed: tuple[int, ...] = ()


def opening(prompt: str, lang: str) -> Opening:
    """The hours and closed days ``prompt`` states; the defaults (9 to 18, open every day)
    for what it does not say."""
    text = prompt.lower()
    start, end = _hours(text) or (Opening.start, Opening.end)
    return Opening(start, end, tuple(sorted(_closed(text, lang))))


@cache
def _names(lang: str, short: bool) -> list[tuple[str, int]]:
    """(name, day) pairs, longest first so "segunda-feira" wins over "segunda"."""
    pairs = {(n, d) for table in {lang, "en"} for d, names in enumerate(_DAYS.get(table, ()))
             for i, n in enumerate(names) if short or i == 0 or len(n) > 3}
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def _day_pattern(lang: str, short: bool) -> str:
    return "|".join(re.escape(n) for n, _ in _names(lang, short))


@cache
def day_pattern(lang: str = "", short: bool = False) -> str:
    """Every language's day names as one pattern (longest first); with ``short``, their short
    forms too ("Mon", "mer", "sáb"), German's two-letter ones ("Di") only for German."""
    names = {n for table in _DAYS.values() for day in table for i, n in enumerate(day)
             if i == 0 or len(n) > 3 or (short and (len(n) == 3 or lang == "de"))}
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: -len(n)))


def only_days(text: str) -> bool:
    """Whether ``text`` names only a day or days ("Tuesdays", "le samedi", "terças e quintas",
    "weekends"): when, which a booking's grid or a sheet's dates show, never a thing or a
    person to list."""
    one = (rf"(?:(?:on|every|le|les|el|los|am|il|la|o|a|os|as|i|from|de|du|des|von|da|dal|"
           rf"desde)\s+)?(?:{day_pattern()}|{_WEEKEND})s?")
    # "Tuesdays and Thursdays", "de segunda a sexta", "Montag bis Freitag"
    return bool(re.fullmatch(rf"{one}(?:\s*(?:,|&|/|-|–|and|et|y|e|und|ou|or|o|oder|to|à|au|"
                             rf"a|al|bis|hasta|até|ao)\s*{one})*", text.strip(), re.I))


def day_number(word: str) -> int:
    """The day ``word`` names in any of the six languages (0 is Sunday)."""
    word = word.rstrip(".").lower()
    return next(d for table in _DAYS.values() for d, names in enumerate(table)
                for n in names if n == word or n + "s" == word)


def _day(word: str, lang: str) -> int:
    word = word.rstrip(".").lower()
    return next(d for n, d in _names(lang, True) if n == word or n + "s" == word)


def _closed(text: str, lang: str) -> set[int]:
    long_days = _day_pattern(lang, False)
    any_day = _day_pattern(lang, True)
    closed: set[int] = set()
    # A range of days: open on those ("Di-Sa", "Tuesday to Saturday"), unless it is said shut.
    for m in re.finditer(rf"(?<![\w-])({any_day})\.?s?{_TO}({any_day})\.?s?(?![\w-])", text):
        first, last = _day(m.group(1), lang), _day(m.group(2), lang)
        days = {(first + i) % 7 for i in range((last - first) % 7 + 1)}
        if re.search(rf"(?:{_CLOSED})\W+(?:\w+\W+)?$", text[max(0, m.start() - 25):m.start()]):
            closed |= days
        else:
            closed |= set(range(7)) - days
    # Days said shut: "closed on Sundays and Mondays", "Sonntag und Montag geschlossen".
    # "Monday and Thursday", "il lunedì e il venerdì", "le mardi et le jeudi"
    listed = (rf"(?:{long_days})s?(?:\s*(?:,|and|und|et|y|e|&|/)\s*"
              rf"(?:(?:on|le|les|el|los|il|lo|o|os|a|am)\s+)?(?:{long_days})s?)*")
    for m in re.finditer(rf"(?:{_CLOSED})\W+(?:\w+\W+){{0,2}}?({listed})"
                         rf"|({listed})\s+(?:(?:sind|ist|we are|is|are)\s+)?(?:{_CLOSED})",
                         text):
        for name in re.findall(long_days, m.group(1) or m.group(2)):
            closed.add(_day(name, lang))
    if re.search(rf"(?:{_CLOSED})\W+(?:\w+\W+){{0,2}}?(?:{_WEEKEND})"
                 rf"|(?:{_WEEKEND})\s+(?:\w+\s+)?(?:{_CLOSED})", text):
        closed |= {0, 6}
    if not closed:  # the days said before the hours are the open ones: "Saturdays 10:00-16:00"
        open_days: set[int] = set()
        # and days listed short, two or more ("tue and thu 3pm-7pm", "fri sat sun, 4hr slots":
        # walk21 #2 #27 opened every day); German's two-letter ones only in a range
        short = _day_pattern(lang, lang != "de")
        for m in re.finditer(rf"(?<![\w-])((?:{short})\.?)(?:\s*(?:,|/|&|\s|\band\b|\bet\b|\by\b|"
                             rf"\be\b|\bund\b)\s*((?:{short})\.?))+(?![\w-])", text):
            open_days |= {_day(n, lang) for n in re.findall(rf"(?<![\w-])(?:{short})(?![\w-])",
                                                             m.group())}
        if lang == "de":  # German's two-letter ones listed right before hours: "Mo Mi Fr
            # 15-19 Uhr" (walk23 #7 opened every day)
            two = _day_pattern(lang, True)
            for m in re.finditer(rf"(?<![\w-])((?:{two})\.?)(?:\s*(?:,|/|&|\s|\bund\b)\s*"
                                 rf"((?:{two})\.?))+(?=\W{{0,3}}\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:uhr)?"
                                 rf"{_TO}\d)", text):
                open_days |= {_day(n, lang) for n in re.findall(
                    rf"(?<![\w-])(?:{two})(?![\w-])", m.group())}
        for m in re.finditer(rf"(?<![\w-])({listed}|{_WEEKEND})\W{{0,3}}(?:(?:from|de|des|von|ab|"
                             rf"dalle|das|desde|at|à|às|a las|um|alle|ore)\s+)?\d{{1,2}}"
                             rf"(?:[:.h]\d{{2}})?\s*(?:am|pm|h|uhr)?{_TO}\d", text):
            days = {_day(n, lang) for n in re.findall(long_days, m.group(1))}
            open_days |= days or {0, 6}
        if re.search(_WEEKDAYS, text):  # "open 8am to 9pm weekdays" (walk17 #10)
            open_days |= {1, 2, 3, 4, 5}
        closed = set(range(7)) - open_days if open_days else set()
    return closed if len(closed) < 7 else set()


# Monday to Friday said in one word: "weekdays", "en semaine", "entre semana", "werktags"
_WEEKDAYS = (r"\b(?:weekdays|week ?days only|en semaine|jours ouvr(?:és|ables)|entre semana|"
             r"d[íi]as (?:laborables|de semana|h[áa]biles)|werktags|wochentags|an werktagen|"
             r"dias [úu]teis|durante a semana|giorni feriali|nei feriali|giorni lavorativi|"
             r"dal luned[ìi] al venerd[ìi])\b")


_CLOCK = r"(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|h|uhr|hrs)?"


_BETWEEN = (r"\b(?:entre|between|zwischen|tra|fra)\s+(\d{1,2}(?:[:h.]\d{2})?\s*(?:h|am|pm|uhr)?)"
            r"\s+(?:et|and|und|y|e)\s+(?=\d)")


def _hours(text: str) -> tuple[float, float] | None:
    """The first "9-18 Uhr" / "8am to 6pm" / "de 9h à 19h30" that reads as opening hours."""
    text = re.sub(_BETWEEN, r"de \1 à ", text)  # "entre 9h et 12h" is "de 9h à 12h"
    for m in re.finditer(rf"(?<![\d.,/-]){_CLOCK}{_TO}{_CLOCK}(?![\d%€$£]|[.,/]\d|\s*(?:€|\$|£|eur))",
                         text):
        (h1, m1, u1, h2, m2, u2) = m.groups()
        before = text[max(0, m.start() - 30):m.start()]
        cue = u1 or u2 or m1 or m2 or re.search(
            r"(?:open|opening|hours|geöffnet|öffnungszeit\w*|von|ouvert\w*|horaires?|de|du|"
            r"abierto|horario|desde|aberto|hor[áa]rio|das|aperto|orari\w*|dalle|from)\W*$",
            before) or re.search("|".join(_day_pattern(x, True) for x in _DAYS), before[-8:]) \
            or re.search(rf"(?:{day_pattern()}|{_WEEKEND})s?\W*$", before)  # "Tuesday to Saturday 9 to 5", "open weekends 10-16"
        if not cue:
            continue
        start, end = _clock(h1, m1, u1), _clock(h2, m2, u2)
        if start is not None and end is not None and u1 is None and u2 == "pm" \
                and start + 12 < end:
            start += 12  # "1-5pm"; "9-5pm" is nine in the morning
        if start is not None and end is not None and not (u1 or u2) and end <= start < 12 \
                and end + 12 > start:
            end += 12  # "9 to 5" closes at five in the afternoon
        if start is not None and end is not None and 0 <= start < end <= 24:
            return start, end
    return None


def said_span(prompt: str) -> tuple[float, float] | None:
    """The hours ``prompt`` states ("10h à 12h", "dalle 8 alle 22"), or None when it states
    none (``opening`` then gives its defaults)."""
    return _hours(prompt.lower())


# How long one slot is: "slot da 90 minuti", "45-minute slots", "créneaux de 2 heures"
_SLOTTED = (r"slots?|cr[ée]neaux?|turnos?|turni|termine?|hor[áa]rios?|sessions?|s[ée]ances?|"
            r"franjas?|faixas?|fasc(?:ia|e)|zeitfenster|intervall?[eo]s?|bloques?|blocos?|"
            r"blocks?|bl[öo]cke?n?|blocc(?:o|hi)|"
            r"tranches?|reserv\w*|bookings?|buchung\w*|buchen|book|prenot\w*|agendamentos?|"
            r"sesi[oó]n|sesiones|sess[ãa]o|sess[õo]es|sessioni|sedut[ae]|sitzung(?:en)?|visit[ae]|"
            r"consult[ae]s?|consultas?|"
            r"lessons?|lezion[ei]|appointments?|rendez-vous|citas?|"
            r"partit[ae]|partidos?|each|chacun|cada|ciascun|jeweils|"
            # a job done at a time: "1 hour jobs" (walk23 #10 made one all-day class)
            r"jobs?|trabajos?|travaux|eins[äa]tze?|auftr[äa]ge?|servi[çc]os?|interventi\w*")
_LENGTH = (r"(?<![\d.,:])(\d{1,3})\s*-?\s*(?:(?P<min>min(?:s|utes?|utos?|uti|uten)?)|"
           r"(?:hours?|hrs?|heures?|horas?|ore|stunden?|std))\b")  # ("4hr slots": walk21 #27)


# a length in hours written as a clock is ("marcam horário de 1h", "créneaux de 2h"): after
# "of", it is how long, not when
LENGTH_IN_H = r"\b(de|da|di|of)\s+([1-4])\s*h\b(?![\d:])"


# a length said on its own in a booking's list of facts ("samedi 9h-17h, 30 minutes, 15 €";
# "10:00-18:00, 45 minutes, £20"): each appointment's, as nothing else in it lasts
_ALONE = r"(?:^|[,;:(]|\s[–—-])\s*$"
_ALONE_AFTER = (r"\s*(?:each|long|chacun[e]?|chaque|cada un[oa]|ciascun[oa]|jeweils|lang|"
                r"de dur[ée]e|di durata|de dura[çc][ãa]o|de duraci[oó]n)?\s*(?:[,;.)]|\s[–—-]\s|$)")


# an hour and a half, as people write it: "créneaux d'1h30", "1,5 Stunden", "hora y media"
_HOUR_AND = (r"(?:(?:d['’]\s*|\b(?:de|da|di|of|von|em|en)\s+)([1-4])\s*h\s*([0-5]\d)\b"
             r"(?!\s*(?:[-–]|(?:à|a|to|bis|al|às|alle)\s+\d))|(?<![\d.,:])([1-4])[.,]5\s*(?:h|hours?|"
             r"heures?|horas?|ore|stunden?|std)\b)")
_HALF_PAST = ((90, r"\b(?:an hour and a half|one and a half hours?|une heure et demie|"
                   r"(?:una )?hora y media|(?:uma )?hora e meia|un['’]ora e mezz[oa]|"
                   r"anderthalb stunden|eineinhalb stunden)\b"),
              (30, r"\b(?:half an hour|half-hour|une demi-heure|demi-heure|media hora|meia hora|"
                   r"mezz['’]ora|(?:eine )?halbe stunde)\b"))


def in_minutes(prompt: str) -> str:
    """``prompt`` with an hour and a half (or half an hour) written as minutes: "créneaux
    d'1h30" → "créneaux d' 90 minutes", "hora y media" → "90 minutes"."""
    prompt = re.sub(_HOUR_AND, lambda m: (m.group()[:m.start(1) - m.start()] if m.group(1) else
                                         "") + f" {int(m.group(1) or m.group(3)) * 60 + int(m.group(2) or 30)} minutes",
                    prompt, flags=re.I)
    for n, words in _HALF_PAST:
        prompt = re.sub(words, f"{n} minutes", prompt, flags=re.I)
    return prompt


def said_minutes(prompt: str) -> int:
    """How many minutes a slot lasts, as the prompt says beside a word for a slot ("slot da
    90 minuti dalle 8 alle 22") or alone between commas in a booking's facts ("Tuesdays
    10:00-18:00, 45 minutes, £20"); 0 when it says none. Between 10 minutes and 4 hours."""
    prompt = re.sub(LENGTH_IN_H, r"\1 \2 hours", prompt, flags=re.I)  # "horário de 1h"
    prompt = in_minutes(prompt)
    for m in re.finditer(_LENGTH, prompt, re.I):
        near = prompt[max(0, m.start() - 30):m.end() + 30]
        n = int(m.group(1)) * (1 if m.group("min") else 60)
        if 10 <= n <= 240 and (re.search(rf"\b(?:{_SLOTTED})\b", near, re.I) or (
                re.search(_ALONE, prompt[:m.start()]) and re.match(
                    _ALONE_AFTER, prompt[m.end():], re.I))):
            return n
    return 0


def _clock(hour: str, minute: str | None, unit: str | None) -> float | None:
    h = int(hour)
    if unit == "pm" and h < 12:
        h += 12
    if h > 24:
        return None
    return h + int(minute or 0) / 60


def says_when(text: str) -> bool:
    """Whether ``text`` speaks of days or opening times ("Montag Ruhetag", "fermé le lundi"):
    such words are no place's name."""
    names = "|".join(re.escape(n) for days in _DAYS.values() for day in days for n in day[:2]
                     if len(n) > 3)
    return bool(re.search(rf"\b(?:{names})\b|{_CLOSED}|\b(?:open|ouvert|abierto|aberto|"
                          r"aperto|ge[öo]ffnet)\b", text, re.I))



_SAID_HOURS = (r"\b(?:open|opening hours|hours|horaires?|ouvert\w*|horarios?|abiert[oa]s?|"
               r"hor[áa]rios?|abert[oa]s?|orari|apert[oaie]|[öo]ffnungszeiten|ge[öo]ffnet)\b\s*:?"
               # "open since 1998", "ouvert depuis 2010": a year the place opened, no hours
               r"(?!\s*(?:since|depuis|desde|seit|dal|dall'|da)\s+(?:\w+\s+)?\d{4}\b)"
               r"\s*([^.;]*\d[^.;]*)")


# an amount of money: a price said after the hours is no part of them
_MONEY_SAID = r"€|\$|£|\b(?:euros?|eur|pounds?|dollars?|reais|chf|francs?|franken)\b"


def said_hours(prompt: str, alone: bool = False, lang: str = "") -> str:
    """The opening hours as the prompt words them ("Ouvert du mardi au dimanche 7h-19h" →
    "du mardi au dimanche 7h-19h"); "" when it gives none. At most 120 characters. A clause
    after them with a price ("…de 9h à 18h, une coupe coûte 25 €") is left out. With
    ``alone``, days said without "open" too (a page's hours; a booking grid shows its days),
    and the days it is closed ("closed on Mondays", "fermé le lundi") beside or instead of
    them; ``lang`` "de" reads German's two-letter days ("Mo-Fr 9-18 Uhr")."""
    m = re.search(_SAID_HOURS, prompt, re.I)
    if not m and not alone:
        return ""
    shut = said_closed(prompt) if alone else ""
    if not m:
        # days said alone, with their hours if any: "…, $25 per walk, Monday to Friday" (walk17
        # #12 dropped them), "Mo-Fr 8-17 Uhr", "du lundi au vendredi"
        short = day_pattern(lang, short=True)
        days = re.search(rf"(?<![\w-])(?:(?:from|du|de|von|dal|desde|da)\s+)?"
                         rf"(?:{short})\.?s?{_TO}(?:(?:le|el|il|al|ao|a)\s+)?"
                         rf"(?:{short})\.?s?(?![\w-])"
                         r"(?:[ ,]*[^,.;]*\d[^,.;]*)?", prompt, re.I)
        # "mar a sab" in a sentence is no hours; "Monday to Friday", "Mo-Fr", "Mon–Sat 9-5" are
        named = days and re.match(rf"(?:(?:from|du|de|von|dal|desde|da)\s+)?(?:{day_pattern()})",
                                  days.group(), re.I)
        if not days or not (named or re.search(rf"\d|^(?:{short})\.?-", days.group(), re.I)):
            return shut
        return _with(days.group().strip(" ,"), shut)[:120]
    clauses = re.split(r",\s+", m.group(1).strip(" ,"))
    priced = next((i for i, c in enumerate(clauses) if re.search(_MONEY_SAID, c, re.I)), None)
    kept = clauses[:priced] if priced else clauses
    # what is listed after them is no part of them: "Mo-Sa 6-18 Uhr, Brot, Brezeln und
    # Kuchen" (walk17 #44 glued the goods to the hours)
    told = next((i for i, c in enumerate(kept) if i and not re.search(r"\d", c)
                 and not says_when(c)), None)
    kept = kept[:told] if told else kept
    return _with(", ".join(kept).strip(" ,"), shut)[:120]


def _with(hours: str, shut: str) -> str:
    """The hours and the days closed, each once."""
    return f"{hours}, {shut}" if hours and shut and shut.lower() not in hours.lower() else \
        hours or shut


def said_closed(prompt: str) -> str:
    """The days the prompt says the place is closed, as it words them ("closed on Mondays",
    "fermé le lundi", "Sonntag und Montag geschlossen"); "" when it says none."""
    days = day_pattern()
    listed = (rf"(?:{days})s?(?:\s*(?:,|and|und|et|y|e|&|/)\s*"
              rf"(?:(?:on|le|les|el|los|il|lo|o|os|a|am|às|aos|nos)\s+)?(?:{days})s?)*")
    art = r"(?:(?:on|le|les|el|los|il|lo|la|o|os|a|am|às|aos|nos|ao|the)\s+)?"
    m = re.search(rf"\b(?:{_CLOSED})\s+{art}(?:{listed}|{_WEEKEND})(?![\w-])"
                  rf"|(?<![\w-])(?:{listed}|{_WEEKEND})\s+(?:(?:sind|ist|we are|is|are)\s+)?"
                  rf"(?:{_CLOSED})\b", prompt, re.I)
    return m.group().strip() if m else ""


_SAID_PICKUP = (r"\b(?:pick-?up|collection|retrait|[àa] retirer|recogida|recoger|abholung|"
                r"abholen|retirada|retirar|ritiro)\b\s*:?\s*([^.;]*\d[^.;]*)")


def said_pickup(prompt: str) -> str:
    """When orders are collected, as the prompt words it ("Abholung Freitag 14–18 Uhr" →
    "Freitag 14–18 Uhr"); "" when it gives none. At most 120 characters."""
    m = re.search(_SAID_PICKUP, prompt, re.I)
    return m.group(1).strip(" ,")[:120] if m else ""


def said_place(prompt: str) -> str:
    """The town a prompt puts its place in ("… Le Fournil à Lyon", "in Freiburg"): a
    capitalised name after in/at/à/en/em/a/im/bei; "" when none."""
    m = re.search(r"\b(?:in|at|near|à|au|en|em|no|na|a|im|bei)\s+((?:[A-ZÀ-Ý][\w'’-]+)"
                  r"(?:\s+[A-ZÀ-Ý][\w'’-]+)?)", prompt)
    return m.group(1)[:60] if m else ""
