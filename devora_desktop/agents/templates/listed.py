"""Things a prompt lists with their own values, read in six languages: classes or shifts with
days, times and spots ("spin Mon and Wed 7:00, yoga Tue 18:30, 12 spots per class"), and
things done every so often ("water the fern every 3 days, the cactus every 2 weeks").

The prompt is untrusted text: every number is bounded, titles are short plain words (the page
escapes them as text), and a prompt that lists too much keeps only its first items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from devora_desktop.agents.templates import i18n, shapes
from devora_desktop.agents.templates.hours import LENGTH_IN_H, day_number, day_pattern, only_days

MAX_ITEMS = 24          # a prompt listing more keeps its first ones
MAX_SPOTS = 500
MAX_DAYS = 366


@dataclass(frozen=True)
class Session:
    """One class or shift: a title ("" when the prompt names none), the weekday (0 is Sunday,
    as the page's ``Date.getDay()``; None: any day), its start ("07:00"), its end ("" when
    not said) and its spots (0: not said)."""
    title: str
    day: int | None
    time: str
    end: str = ""
    spots: int = 0


# A clock time: "7:00", "18.30", "18h", "18h30", "7am", "6:30 pm", "18 Uhr", "ore 18", "9-11".
def _clock_re(n: str) -> str:
    return (rf"(?:(?P<at{n}>\b(?:at|ore|um|alle|às|à|a las|a las)\s+))?(?<![\d€$£.,:/])"
            rf"(?P<h{n}>\d{{1,2}})(?:[:.](?P<m{n}>\d{{2}})|h(?P<hm{n}>\d{{2}})?(?![a-z]))?"
            rf"(?:\s*(?P<u{n}>am|pm|uhr)\b)?")


_RANGE_SIGN = r"\s*[-–]\s*"
_WORD_RANGE = (r"\s*(?:to|till|until|bis|à|au|a|al|hasta|até|às|as|alle|fino alle)\s+")
_OPENING = (r"open|opening|hours|ge[öo]ffnet|öffnungszeit\w*|ouvert\w*|horaires?|abierto|"
            r"horario|aberto|hor[áa]rio|aperto|orari\w*|from|von|desde|dalle|de|du|das|dès")
SPOT_WORDS = _SPOTS = (r"spots?|places?|plazas?|pl[äa]tze|vagas?|posti|lugares|seats?|persone|people|"
          r"personnes|personas|pessoas|personen|leute|teilnehm\w*|participants?|partecipanti|"
          r"participantes|volunteers?|b[ée]n[ée]voles|voluntari[oa]s|volontari|helfer\w*|"
          # who a class takes: "5 alunos por turma", "8 élèves par cours"
          r"students?|pupils?|learners?|[ée]l[èe]ves|alumn[oa]s|alunos?|alunas?|sch[üu]ler\w*|"
          r"allievi|studenti|estudiantes|estudantes")
_SKIP_TITLE = (r"^(?:(?:and|or|et|ou|y|o|e|und|oder|plus|also|then|with|avec|con|mit|com|"
               r"the|a|an|le|la|les|un|une|el|los|las|der|die|das|o|os|as|il|lo|gli|i|"
               r"de|du|des|del|da|do|di|on|at|le|am|el|ore|each|every|chaque|cada|jeden|ogni|"
               r"our|my|nos|mes|notre|nuestr[oa]s?|unser\w*|mein\w*|nossos?|nossas?|"
               r"nostr[oi]|miei|mi|mis|mon|ma|meu|minha|mia|mio|meine?)\s+)+")
_NOT_TITLE = (r"\b(?:page|site|app|website|booking|book|reserv\w*|prenot\w*|buch\w*|"
              r"schedule|planning|horario|horaire|timetable|stundenplan|calendar|calendrier|"
              r"turni|turnos|shifts?|schichten|schicht|eins[äa]tze|dienste|créneaux?|cr[ée]neau|"
              r"slots?|choose|pick|choisiss\w*|"
              r"elig\w*|scegl\w*|w[äa]hl\w*|escolh\w*|need|want|quiero|voglio|möchte|"
              r"gostaria|faudrait|veux|where|où|donde|wo|onde|dove|who|qui|quien|chi)\b")


def _at(m: re.Match, n: str) -> tuple[str | None, bool]:
    """Clock ``n`` of match ``m`` as "HH:MM", and whether it was said as a time (not a bare
    number: "7:00", "18h", "7am", "ore 18")."""
    mm, unit = m.group(f"m{n}") or m.group(f"hm{n}"), (m.group(f"u{n}") or "").lower()
    marked = bool(mm or unit or m.group(f"at{n}")
                  or re.match(r"\d+h", m.group(0)[m.start(f"h{n}") - m.start():], re.I))
    return clock(m.group(f"h{n}"), mm, unit), marked


def clock(h: str, mm: str | None, unit: str | None) -> str | None:
    """An hour, its minutes and "am"/"pm" as "HH:MM" (None when no such time)."""
    unit = (unit or "").lower()
    hour, minute = int(h), int(mm or 0)
    if unit == "pm" and hour < 12:
        hour += 12
    if unit == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


# shifts a prompt names: their ranges ("turnos de 9 a 13 y de 13 a 17", "créneaux de 9h à
# 12h") are the shifts, not opening hours
SHIFTS = (r"\b(?:shifts?|turnos?|turni|schicht\w*|eins[äa]tz\w*|cr[ée]neaux|cr[ée]neau|"
          r"permanences?|plant[ãa]o|plant[õo]es|escalas?|volunteer\w*|voluntari\w*|volontari\w*|"
          r"b[ée]n[ée]voles?|helfer\w*)\b")
# a shift's places: "10 por turno", "3 par créneau", "4 pro Schicht"
_PER_SHIFT = (r"(\d{1,4})\s*(?:per|por|par|pro|a|al|each|every|cada|chaque|je|ogni)\s+"
              r"(?:shift|turno|schicht|cr[ée]neau|turni|plant[ãa]o|slot|session|sesi[óo]n|"
              r"sess[ãa]o|sessione|s[ée]ance)\b")
# what opens, as opening hours say it (not "de"/"from", which start a shift too)
_OPEN_ONLY = (r"open|opening|hours|ge[öo]ffnet|öffnungszeit\w*|ouvert\w*|horaires?|abiert[oa]s?|"
              r"horario|abert[oa]s?|hor[áa]rio|apert[oa]|orari\w*")


def _segments(text: str) -> list[str]:
    """The prompt cut where one listed item ends: commas (not a decimal's), semicolons,
    colons, brackets, sentence ends and lines."""
    return [s for s in re.split(r"(?<!\d)[,:]|[,:](?!\d)|[;()\n]|\.(?:\s|$)", text) if s.strip()]


def _shift_ranges(text: str) -> bool:
    """Whether ``text`` names shifts and gives two or more ranges ("turnos de 9 a 13 y de 13
    a 17", "turnos de mañana (10-14) y de tarde (16-20)"): those are the shifts; one range ("turnos de 9:00 a 21:00", "10:00 to
    13:00, max 12 volunteers") is still the hours."""
    clock = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?"
    return bool(re.search(SHIFTS, text, re.I)) and len(re.findall(
        rf"{clock}(?:{_RANGE_SIGN}|{_WORD_RANGE}){clock}", text, re.I)) >= 2


# the word for the times a day is cut into, said before them
_SLOTS_SAID = (r"\b(?:slots?|time ?slots?|shifts?|cr[ée]neaux|cr[ée]neau|turnos?|franjas?|"
               r"zeitfenster|schichten|termine|hor[áa]rios|fasce|turni)\b\s*:")


def _masked(text: str) -> str:
    """``text`` with opening hours and prices blanked: "9-18 Uhr", "from 9 to 6", "de 9h à
    19h", "Di-Sa 9-18", "ouvert du mardi au dimanche 7h-19h", "1,20 €" are no classes. A
    prompt naming shifts keeps its ranges ("turnos de 9 a 13 y de 13 a 17") unless they
    follow an opening word ("abierto de 9 a 20")."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    days = day_pattern("de", True)
    clock = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?"
    shifts = _shift_ranges(text)
    opening = _OPEN_ONLY if shifts else _OPENING
    if shifts:
        text = re.sub(rf"(\b(?:{opening})\b[^,;.\d]{{0,40}}?){clock}{_WORD_RANGE}{clock}",
                      lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text,
                      flags=re.I)
    else:
        text = re.sub(rf"{clock}{_WORD_RANGE}{clock}", blank, text, flags=re.I)
    # "entre 8h et 16h", "between 9 and 5": a range too
    text = re.sub(rf"\b(?:entre|between|zwischen|tra|fra)\s+{clock}\s+(?:et|and|und|y|e)\s+"
                  rf"{clock}", blank, text, flags=re.I)
    cue = rf"(?:\b(?:{opening})\b|(?:{days})\.?\s*(?:[-–]|{_WORD_RANGE})\s*(?:{days})\b)"
    # (unless the days are said to have slots: "Monday to Saturday has three slots: 8:00–12:00,
    # 12:00–16:00 and 16:00–20:00" lost its first slot, round 23)
    text = re.sub(rf"({cue}[^,;.\d]{{0,40}}?){clock}{_RANGE_SIGN}{clock}",
                  lambda m: m.group() if re.search(_SLOTS_SAID, m.group(1), re.I) else
                  m.group(1) + " " * (len(m.group()) - len(m.group(1))), text, flags=re.I)
    # prices and durations ("3,50 €", "45 min", "1h30" of a haircut, "horário de 1h") are no
    # times either
    text = re.sub(LENGTH_IN_H, blank, text, flags=re.I)
    return re.sub(r"\d+(?:[.,]\d+)?\s*(?:€|\$|£|eur\b|min\w*\b)|[€$£]\s*\d+(?:[.,]\d+)?"
                  r"|(?<![\d:])[0-5]h\d{2}\b", blank, text, flags=re.I)


def _title(before: str) -> str:
    """The class a segment names before its day and time: its last few plain words."""
    words = re.sub(_SKIP_TITLE, "", before.strip(" -–·/&+").strip(), flags=re.I)
    words = re.sub(r"\s+", " ", words).strip(" -–·/&+")
    if not words or len(words.split()) > 3 or len(words) > 40 or re.search(r"\d", words) \
            or re.search(_NOT_TITLE, words, re.I) or not re.match(r"[^\W\d_]", words):
        return ""
    return words[:1].upper() + words[1:]


# teams that sign up as one ("16 équipes maximum"): a team is a place
TEAMS = (r"teams?|[ée]quipes?|equipos?|equipas?|squadr[ae]|mannschaften|doublettes|"
         r"triplettes|duplas|parejas|coppie")


def _spots(segment: str) -> int:
    if m := re.search(_PER_SHIFT, segment, re.I):
        return max(0, min(MAX_SPOTS, int(m.group(1))))
    m = re.search(rf"(\d{{1,4}})\s*(?:\w+\s+)?(?:{_SPOTS}|{TEAMS})\b|\b(?:max\w*|up to|jusqu'à|hasta|"
                  rf"bis zu|até|fino a)\.?\s*(\d{{1,4}})\b", segment, re.I)
    if not m:
        return 0
    return max(0, min(MAX_SPOTS, int(m.group(1) or m.group(2))))


def spots_said(prompt: str) -> int:
    """The places, spots or people per slot a prompt states ("8 places", "max 6 per team"),
    0 when it states none. Prices and durations are not read as places."""
    return next((n for seg in _segments(_masked(prompt[:4000])) if (n := _spots(seg))), 0)


def spots_phrase(prompt: str) -> str:
    """The words a prompt states its places in ("8 places", "Max 6 people per team")."""
    for seg in _segments(_masked(prompt[:4000])):
        if _spots(seg):
            return seg.strip()
    return ""


def _days_before(head: str, lang: str) -> tuple[list[int], str]:
    """The days a segment names right before its time ("spin Mon and Wed", "yoga Di-Do",
    "cours le samedi à") and the words before them; short day names count only there."""
    one = rf"(?:{day_pattern(lang, True)})\.?s?"
    # "le lundi et le jeudi", "il lunedì e il giovedì": an article before each day
    the = r"(?:(?:le|les|el|los|il|lo|la|o|a|am|on)\s+)?"
    # days said one after another with nothing between ("lunes miércoles y viernes") too
    run = re.search(rf"(?<![\w-])({one}(?:(?:\s*(?:,|&|/|-|–|\band\b|\bet\b|\by\b|\be\b|"
                    rf"\bund\b|\bto\b|\bà\b|\ba\b|\bbis\b)\s*|\s+){the}{one})*)\s*(?:at|à|um|alle|"
                    rf"ore|às|a las|a|de|dès|ab)?\s*$", head, re.I)
    if not run:
        long_days = re.findall(rf"(?<![\w-])({day_pattern()})s?\b", head, re.I)
        first = re.search(rf"(?<![\w-])(?:{day_pattern()})", head, re.I)
        return [day_number(d) for d in long_days], head[:first.start()] if first else head
    out: list[int] = []
    days = re.sub(rf"(?<![\w-])({one})\s+(?={the}{one}(?!\w))", r"\1, ", run.group(1), flags=re.I)
    for part in re.split(r"\s*(?:,|&|/|\band\b|\bet\b|\by\b|\be\b|\bund\b)\s*", days,
                         flags=re.I):
        part = re.sub(rf"^{the}", "", part, flags=re.I)
        ends = re.split(r"\s*(?:-|–|\bto\b|\bà\b|\ba\b|\bbis\b)\s*", part, flags=re.I)
        try:
            first, last = day_number(ends[0]), day_number(ends[-1])
        except StopIteration:
            continue
        out += [(first + i) % 7 for i in range((last - first) % 7 + 1)]
    before = head[:run.start()]
    return list(dict.fromkeys(out)), re.sub(
        r"\s*\b(?:le|les|el|los|am|il|on|every|chaque|cada|jeden|ogni)\s*$", "", before,
        flags=re.I)


def _afternoon(start: str, end: str | None) -> str:
    """A range's end, "HH:MM", past its start: "12-3" ends at 15:00; "" when none is."""
    if end and end <= start and int(end[:2]) + 12 < 24 and f"{int(end[:2]) + 12}{end[2:]}" > start:
        return f"{int(end[:2]) + 12}{end[2:]}"
    return end if end and end > start else ""


def sessions(prompt: str, lang: str = "") -> list[Session]:
    """The classes or shifts ``prompt`` lists with a time, each with its day and spots."""
    text = _masked(prompt[:4000])
    # days listed with commas are one run of days, not segments ("lunes, miércoles y viernes
    # a las 7": Monday was dropped)
    one = rf"(?:{day_pattern(lang, True)})\.?s?"
    text = re.sub(rf"(?<![\w-])({one}),\s*(?=(?:(?:le|les|el|los|il|lo|la|o|a|am|on)\s+)?{one}"
                  rf"(?!\w))", r"\1 ", text, flags=re.I)
    everyday = {day_number(d) for d in re.findall(
        rf"(?<![\w-])({day_pattern()})s?\b(?!\s*[-–])", text, re.I)}
    out: list[Session] = []
    pending: list[int] = []  # indexes of sessions still without spots
    shared = 0
    # a shift's range in words too ("de 9 a 13", "de 9h à 12h") when the prompt names shifts
    ranged = rf"(?:{_RANGE_SIGN}|{_WORD_RANGE})" if _shift_ranges(prompt[:4000]) else _RANGE_SIGN
    for seg in _segments(text):
        found = []
        for m in re.finditer(rf"{_clock_re('1')}(?:{ranged}{_clock_re('2')})?", seg, re.I):
            start, marked = _at(m, "1")
            end, _ = _at(m, "2") if m.group("h2") else (None, False)
            if m.group("h2") and not m.group("u1") and (m.group("u2") or "").lower() in (
                    "am", "pm") and int(m.group("h1")) % 12 <= int(m.group("h2")) % 12:
                # "1-3pm" starts at 13:00, as "10-2pm" at 10:00 (named24: 01:00)
                start = clock(m.group("h1"), m.group("m1") or m.group("hm1"), m.group("u2"))
            bare = not marked and not (m.group("h2") and _at(m, "2")[1])  # "9-11": a range only when it ends there
            if start is None or not (marked or end) or (bare and not re.match(
                    r"\s*(?:$|(?:e|y|and|et|und|ou|o|or|&)\s+(?:(?:de|from|von|dalle|das|des|"
                    r"du)\s+)?\d)", seg[m.end():], re.I)):
                continue
            found.append((m, start, _afternoon(start, end)))
        spots = _spots(seg)
        if not found:
            if spots:
                if pending:  # "Yoga Mon 18:00, 12 spots": the spots of what came before
                    for i in pending:
                        out[i] = replace(out[i], spots=spots)
                    pending = []
                else:
                    shared = shared or spots
            continue
        seg_days, lead = _days_before(seg[:found[0][0].start()], lang)
        # the class named before its day and time, or after them ("Mon 18:00 Vinyasa")
        title = _title(lead) or (_title(seg[found[-1][0].end():]) if lead.strip() == "" else "")
        for i, (m, start, end) in enumerate(found):
            # "Monday 18:00-19:00 and Thursday 18:00-19:00": each time on the days said
            # right before it
            if i and (own := _days_before(seg[found[i - 1][0].end():m.start()], lang)[0]):
                seg_days = own
            for day in seg_days or [None]:
                if len(out) >= MAX_ITEMS:
                    break
                out.append(Session(title, day, start, end, spots))
                if not spots:
                    pending.append(len(out) - 1)
    if len(everyday) == 1 and all(s.day is None for s in out):  # "le samedi … (10h, 14h)"
        out = [s if s.day is not None else replace(s, day=next(iter(everyday))) for s in out]
    elif len(everyday) > 1 and out and all(s.day is None for s in out) and _shift_ranges(
            prompt[:4000]) and not re.search(
                rf"(?:{day_pattern(lang, True)})\.?s?\s*(?:[-–]|{_WORD_RANGE})\s*(?:le\s+|el\s+)?"
                rf"(?:{day_pattern(lang, True)})", text, re.I):
        # (a run of days, "du lundi au samedi", is every day between: the opening days')
        # "viernes y sábado, turnos de 10-14 y de 16-20": each shift on each day, in the
        # order the days are said
        said = list(dict.fromkeys(day_number(d) for d in re.findall(
            rf"(?<![\w-])({day_pattern()})s?\b(?!\s*[-–])", text, re.I)))
        out = [replace(s, day=d) for d in said for s in out][:MAX_ITEMS]
    return [s if s.spots else replace(s, spots=shared) for s in out]


# ---- things done every so often ------------------------------------------------------------
_UNITS = ((r"days?|jours?|d[íi]as?|tage?n?|giorni|giorno", 1),
          (r"weeks?|semaines?|semanas?|wochen?|settiman[ae]", 7),
          (r"months?|mois|mes(?:es)?|monate?n?|m[êe]s(?:es)?|mesi|mese", 30))
_EVERY = (r"every|each|tous les|toutes les|chaque|cada|alle|jede[nrs]?|a cada|ogni|todos os|"
          r"todas as|todos los|todas las")
# "daily" or "weekly" before a noun says which figure ("my daily water intake", "a weekly
# meal plan"), not how often a thing is done again
_DAILY = (r"(?:every ?day|daily(?!\s+(?!and\b|or\b)[a-z])|each day|tous les jours|chaque jour|cada d[íi]a|todos los d[íi]as|"
          r"t[äa]glich|jeden tag|todos os dias|diariamente|ogni giorno|tutti i giorni)")
_WEEKLY = (r"(?:every ?week|weekly(?!\s+(?!and\b|or\b)[a-z])|each week|toutes les semaines|chaque semaine|cada semana|"
           r"todas las semanas|w[öo]chentlich|jede woche|todas as semanas|semanalmente|"
           r"ogni settimana|tutte le settimane)")
# A figure summed over a day or a week ("my weekly total", "le total hebdomadaire" is after
# it), not a thing done that often
_FIGURE = (r"(?:totals?|sums?|averages?|summary|spend\w*|distance|report|chart|count|"
           r"gesamt\w*|summe|durchschnitt|moyenne|somme|bilan|promedio|suma|resumen|m[ée]dia|"
           r"soma|resumo|media|somma|riepilogo)\b")


@dataclass(frozen=True)
class Every:
    """A thing done every ``days`` days ("fern", 3)."""
    name: str
    days: int


def intervals(prompt: str) -> list[Every]:
    """What ``prompt`` says is done every so often, with how many days apart."""
    out: list[Every] = []
    unit = "|".join(u for u, _ in _UNITS)
    pattern = (rf"(?:\b(?:{_EVERY})\s+(\d{{1,3}})\s*({unit})\b|\b({_DAILY}|{_WEEKLY})\b"
               rf"(?!\s+{_FIGURE})|\b(?:{_EVERY})\s+({unit})\b)")
    for seg in _segments(prompt[:4000]):
        last = 0
        for m in re.finditer(pattern, seg, re.I):
            if len(out) >= MAX_ITEMS:
                break
            if m.group(1):
                n = int(m.group(1)) * next(k for u, k in _UNITS
                                           if re.fullmatch(u, m.group(2), re.I))
            elif m.group(3):
                n = 1 if re.fullmatch(_DAILY, m.group(3), re.I) else 7
            else:
                n = next(k for u, k in _UNITS if re.fullmatch(u, m.group(4), re.I))
            name = _title(seg[last:m.start()]) or (_title(seg[m.end():]) if not last else "")
            last = m.end()
            if name and 0 < n <= MAX_DAYS and not re.search(ROTATING, seg, re.I):
                out.append(Every(name, n))
    return out


# A rota: what a prompt lists goes round people in turn ("jede Woche rotierend zwischen Anna,
# Ben, Cem und Dora", "taking turns", "à tour de rôle", "por turnos", "reihum", "revezando",
# "a rotazione"): how it goes round, not a thing done every so often ("Rotierend zwischen Anna")
ROTATING = (r"\b(?:rotat(?:e|es|ed|ing|ion|ions)|taking turns|take turns|in turns|"
            r"turn about|swap(?:s|ping)?|alternat(?:e|es|ing)|rotation|[àa] tour de r[ôo]le|"
            r"chacun (?:son|[àa] son) tour|altern[ée]e?s?|rotaci[óo]n|rotando|rotativ[oa]s?|"
            r"por turnos?|a turnos|turn[áa]ndo\w*|cambiando|altern[áa]ndo\w*|rotier\w*|"
            r"wechselnd|abwechselnd|im wechsel|reihum|wechseln sich(?:\s+[\w-]+){0,3}\s+ab|"
            r"se relaient|se relayent|se turnan|se alternan|se revezam|si alternano|"
            r"rota[çc][ãa]o|rod[íi]zio|revez\w*|"
            r"rotazion[ei]|a turn[oi]|cada (?:semana|d[íi]a|m[êe]s) (?:um|uma|uno|una)|"
            r"ogni (?:settimana|giorno|mese) (?:uno|una|qualcun altro))\b")
_AMONG = r"\b(?:between|among|amongst|zwischen|unter|entre|parmi|tra|fra)\s+"
_MONTHLY = (r"\b(?:every ?month|monthly|each month|tous les mois|chaque mois|cada mes|"
            r"todos los meses|monatlich|jeden monat|todo m[êe]s|mensalmente|ogni mese|"
            r"mensilmente)\b")


def rota(prompt: str) -> tuple[tuple[str, ...], int] | None:
    """Whether what ``prompt`` lists goes round people in turn: who, as it names them (after
    "between", or as ``people`` reads them; () when it names no one), and how many days a turn
    lasts (a week unless it says a day or a month); None when nothing goes round."""
    text = prompt[:4000]
    if not re.search(ROTATING, text, re.I):
        return None
    among = re.search(rf"{_AMONG}((?-i:{_NAME})(?:{ITEM_SEP}(?-i:{_NAME}))+)", text, re.I)
    # … or as who does it: "Anna, Ben und Clara wechseln sich wöchentlich ab", "Léa, Tom et
    # Zoé se relaient", "Sam, Priya and Jo take turns"
    among = among or re.search(rf"((?-i:{_NAME})(?:{ITEM_SEP}(?-i:{_NAME}))+)\s+(?:{ROTATING})",
                               text, re.I)
    names = tuple(n for n in re.split(ITEM_SEP, among.group(1)) if n)[:MAX_ITEMS] \
        if among else people(prompt)
    days = 30 if re.search(_MONTHLY, text, re.I) else 1 if re.search(
        _DAILY, text, re.I) and not re.search(_WEEKLY, text, re.I) else 7
    return names, days


# ---- named groups of things -----------------------------------------------------------------
# Words for people in a group: their list is who does something, not what is tracked.
PEOPLE = (r"members?|membres?|miembros?|mitglieder|membros?|membri|players?|joueurs?|jugador\w*|"
          r"spieler\w*|jogador\w*|giocator\w*|people|persons?|kids|children|enfants|niños|"
          r"kinder|crianças|bambini|students?|élèves|alumn\w*|schüler\w*|alunos?|studenti|"
          r"readers?|lecteurs?|lector\w*|leser\w*|leitor\w*|lettori|friends?|amis|amig\w*|"
          r"freunde|amici|team|équipe|equipo|equipe|squadra|who|qui|quién|wer|quem|chi|"
          r"family|famille|familia|familie|família|famiglia|flatmates|roommates|colocataires|"
          r"compañeros de piso|mitbewohner\w*|colegas|colleghi|coinquilini|runners|"
          r"l[äa]ufer(?:innen)?|coureu(?:r|se)s|corredor(?:es|as)|corridori|athletes|"
          rf"athl[èe]tes|atletas|athlet(?:en|innen)|atleti|{shapes.NAMES_WORDS}")
ARTICLES = (r"^(?:(?:the|our|my|les|nos|mes|los|las|nuestr[oa]s|die|unsere|os|as|nossos|"
             r"nossas|i|gli|le|nostr[ie])\s+)+")
ITEM_SEP = r"\s*(?:,|\band\b|\bet\b|\by\b|\be\b|\bund\b|&)\s*"


@dataclass(frozen=True)
class Group:
    """Things a prompt lists under one word ("books: Dune, Emma and Beloved"), and whether
    they are people."""
    label: str
    items: tuple[str, ...]
    people: bool


def groups(prompt: str) -> list[Group]:
    """The named lists a prompt gives, each of two or more short items: "members Anna, Ben
    and Carla; books: Dune, Emma and Beloved" (the word before the first item names them)."""
    out: list[Group] = []
    for part in re.split(r"[;\n]|\.(?:\s|$)", prompt[:4000]):
        items = [i.strip(" .'\"") for i in re.split(ITEM_SEP, part) if i.strip(" .'\"")]
        if not items or (len(items) < 3 and not re.search(r",", part)):
            continue  # not items: a part of commas alone (",,,") crashed an offline run
        head, _, first = items[0].rpartition(":") if ":" in items[0] else ("", "", items[0])
        first = re.sub(ARTICLES, "", first.strip(), flags=re.I)
        words = first.split()
        if len(words) >= 2:  # "members Anna": the word, then the first item
            label, items[0] = words[0], " ".join(words[1:])
        else:  # "books: Dune": the word before the colon
            label, items[0] = (head.split() or [""])[-1], first
        if not re.fullmatch(r"[^\W\d_][\w'-]{2,20}", label) or len(items) < 2 or any(
                len(i.split()) > 4 or len(i) > 40 or re.search(r"\d|:|[()]", i) for i in items):
            continue  # (a bracket holds an item's own choices: "chi ha pagato (Marco, Sara)")
        # a date, a sum or a phone in the list make it a list of fields, never of people
        # ("spese … con i coinquilini: data, cosa, importo": walk23 #5 had rows "Data", "Cosa")
        fields = any(shapes.field_type(i) not in ("text", "bool") for i in items)
        out.append(Group(label[:1].upper() + label[1:], tuple(
            i[:1].upper() + i[1:] for i in items[:MAX_ITEMS]),
            bool(re.fullmatch(PEOPLE, label, re.I)) and not fields))
    return out


_NAME = r"[A-ZÀ-Ý][\w'-]{1,20}"


# "me and my wife Giulia": the asker (as a Who choice says it) and the one named, by language
_ME_AND = (("Me", r"\b(?:me|myself|I) and my (?:wife|husband|partner|girlfriend|boyfriend|"
                  r"flatmate|roommate|sister|brother|son|daughter|mum|mom|dad)"),
           ("Moi", r"\bmoi et (?:ma|mon) (?:femme|mari|copine|copain|compagne|compagnon|"
                   r"coloc\w*|sœur|soeur|frère|frere|fils|fille)"),
           ("Yo", r"\b(?:m[íi]|yo) y mi (?:esposa|mujer|marido|esposo|novia|novio|pareja|"
                  r"hermana|hermano|hijo|hija|compañer[oa] de piso)"),
           ("Ich", r"\b(?:mich|mir|ich) und (?:meine[nmr]?|mein) (?:Frau|Mann|Freundin|Freund|"
                   r"Partnerin|Partner|Schwester|Bruder|Sohn|Tochter|Mitbewohner\w*)"),
           ("Eu", r"\b(?:mim|eu) e (?:a |o )?(?:minha|meu) (?:mulher|esposa|marido|namorada|"
                  r"namorado|irmã|irmão|filho|filha)"),
           ("Io", r"\b(?:me|io) e (?:mia|mio) (?:moglie|marito|ragazza|ragazzo|compagna|"
                  r"compagno|sorella|fratello|figlio|figlia|coinquilin[oa])"))


# the asker, as a Who choice names them in each language, and the words they say it with
_ME = dict(zip(i18n.LANGS, ("Me", "Moi", "Yo", "Ich", "Eu", "Io"), strict=True))
ASKER = _I = r"me|myself|moi|m[íi]|yo|mich|mir|ich|mim|eu|io"
# "for me and Marco", "pour moi et Julie", "para mí y Carlos", "für mich und Jonas", "para mim
# e o João", "per me e Marco": the asker and the one named (walk17 #23 had no Chi)
_ME_AND_NAME = re.compile(
    # ("pra mim e pro João": the "for" said again before the name, walk18 #35)
    rf"\b(?i:{_I})\s+(?i:and|et|y|und|e)\s+(?:(?i:pro|pra|para|for|pour|für|per|f[üu]r)\s+)?"
    rf"(?:(?i:o|a)\s+)?({_NAME})(?![\w'-])"
    # "Sam and me", never "Io e i miei colleghi" (Italian's "i") nor "Meine zwei Mechaniker und
    # ich" (a German noun after a word for whose or how many)
    r"|(?<![\w'-])(?<!\bmeine )(?<!\bmeinen )(?<!\bunsere )(?<!\bmy )(?<!\bour )"
    rf"(?<!\bzwei )(?<!\bdrei )(?<!\bvier )(?<!\bdie )(?<!\bthe )({_NAME})\s+"
    r"(?i:and|et|y|und|e)\s+(?:(?i:me|moi|m[íi]|yo|mich|mir|ich|mim|eu|io)|(?-i:I))\b")


# who does it, the asker or one named: "chi la compra io o Giulia", "who buys it, me or Tom",
# "qui achète, moi ou Léa" (walk21 #29: a free text Chi, or a 'Me or Tom' beside a 'Who')
_WHO_EITHER = re.compile(
    rf"\b(?i:who|qui|qui[ée]n|wer|quem|chi)\b[^:.;!?\n]{{0,40}}?[\s,(]+(?:(?i:{_I})\s+"
    rf"(?i:or|ou|o|oder)\s+({_NAME})|({_NAME})\s+(?i:or|ou|o|oder)\s+(?i:{_I}))(?![\w'-])")


def _asker(prompt: str) -> str:
    return _ME[i18n.guess(prompt)]


# the family as it calls itself: "me mom dad and jake", "moi papa maman et Léo"
_KIN = (r"mom|mum|mommy|mummy|dad|daddy|grandma|grandpa|granny|gran|nana|papa|maman|mamie|"
        r"papi|pap[áa]|mam[áa]|abuel[oa]|mama|oma|opa|mutti|vati|m[ãa]e|pai|vov[óô]|av[óô]|"
        r"mamma|pap[àa]|nonn[oa]|sis|bro")
_FAMILY_RUN = re.compile(
    rf"(?<![\w'-])((?:(?:{_I}|{_KIN}|(?-i:{_NAME}))\s*,?\s+){{2,7}}"
    r"(?:and|et|y|e|und|ed|&)\s+(?:(?:my|ma|mon|mi|meine?|minha|meu|mia|mio)\s+)?"
    r"[^\W\d_][\w'-]{1,20})(?![\w'-])", re.I)


def _family(prompt: str) -> tuple[str, ...]:
    """The family a prompt names as it calls itself, its last one by their name however
    written ("family mini golf, me mom dad and jake": walk22 #18 had made-up players): two
    of them or more words for kin or the asker; () otherwise."""
    for m in _FAMILY_RUN.finditer(prompt[:4000]):
        # (one's own kin is one name: "my sister")
        names = [n for n in re.split(r"\s*,\s*|(?<!\bmy)(?<!\bma)(?<!\bmon)(?<!\bmi)"
                                     r"(?<!\bmeine)(?<!\bmein)(?<!\bminha)(?<!\bmeu)"
                                     r"(?<!\bmia)(?<!\bmio)\s+", m.group(1)) if n]
        names = [n for n in names if not re.fullmatch(r"and|et|y|e|und|ed|&", n, re.I)]
        kin = sum(bool(re.fullmatch(rf"{_I}|{_KIN}", n, re.I)) for n in names)
        if kin >= 2 and len(names) >= 3:
            return tuple(_asker(prompt) if re.fullmatch(_I, n, re.I) else n[:1].upper() + n[1:]
                         for n in names[:MAX_ITEMS])
    return ()


def people(prompt: str) -> tuple[str, ...]:
    """The people a prompt names for who does what: a listed group of them ("members Anna,
    Ben and Carla"), a list in brackets after a word for them ("notre famille (Léa, Tom, papa,
    maman)") or names after one ("my kids Emma and Noah")."""
    found = next((g.items for g in groups(prompt) if g.people), ())
    if found:
        return found
    text = prompt[:4000]
    # names as written, capitalised: "com quem faz e prazo" names no one
    m = re.search(rf"\b(?:{PEOPLE})\s*\(([^()]{{3,160}})\)", text, re.I) or re.search(
        rf"\b(?:{PEOPLE})\s+((?-i:{_NAME})(?:\s*(?:,|\band\b|\bet\b|\by\b|\be\b|\bund\b|&)\s*"
        rf"(?-i:{_NAME}))+)", text, re.I)
    # "con quién hace cada cosa: Ana y Luis", "who does what: Sam and Alex": names after a colon
    # that ends a phrase about who
    # ("who brings what: me, Sam, Priya": the asker among them, walk18 #1)
    who = rf"(?:{_NAME}|(?i:{_I}))"
    m = m or re.search(rf"\b(?i:who|qui|qui[ée]n|wer|quem|chi)\b[^:.;!?\n]{{0,40}}:\s*("
                       rf"{who}(?:\s*(?:,|\band\b|\bet\b|\by\b|\be\b|\bund\b|&)\s*"
                       rf"{who})+)\s*(?:[.;!?\n]|$)", text)
    if not m and (family := _family(prompt)):
        return family
    if not m and (either := _WHO_EITHER.search(text)):
        return (_asker(prompt), either.group(1) or either.group(2))
    if not m:
        if pair := next(((me, said.group(1)) for me, pattern in _ME_AND
                         if (said := re.search(rf"{pattern},? ({_NAME})(?![\w'-])", text, re.I))
                         and said.group(1)[0].isupper()), ()):
            return pair
        said = _ME_AND_NAME.search(text)
        named = (said.group(1) or said.group(2)) if said else ""
        return (_asker(prompt), named) if named and not re.fullmatch(_I, named, re.I) else ()
    names = [_asker(prompt) if re.fullmatch(_I, n.strip(" ."), re.I) else n.strip(" .")
             for n in re.split(ITEM_SEP, m.group(1)) if n.strip(" .")]
    names = [n[:1].upper() + n[1:] for n in names if len(n.split()) <= 2 and len(n) <= 30]
    return tuple(names[:MAX_ITEMS]) if len(names) >= 2 else ()



# Names listed after a colon, the last after "and" ("our darts league: Sam, Priya, Tom and Lena")
# (a team's name may be a few capitalised words: "The Brainiacs, Quizzy Rascals and Les
# Quizerables")
_TEAM = rf"{_NAME}(?: {_NAME}){{0,2}}"
_NAMED_AFTER_COLON = re.compile(
    rf":\s*({_TEAM}(?:\s*,\s*{_TEAM})*,?\s+(?:and|et|y|e|ed|und|&)\s+{_TEAM})(?![\w'-])|"
    # or closed by a dash, what each one counts after it: "…: Tom, Priya, Greg, Aisha - total
    # pushups this month"
    rf":\s*({_TEAM}(?:\s*,\s*{_TEAM})+)(?=\s+[–—-]\s)")


# (a group's name may end in its number: "Klasse 7b", "Gruppo 3"; begin with a one-letter
# article, "I Lupi", "A Turma", "O Bonde" (walk25 #7: "squadre I Lupi, Real Bisaccia, Atletico
# Ma Non Troppo" found no team and said it can't build "squadre I Lupi"); and run to four words)
_GROUP = rf"(?:[IAO] )?{_NAME}(?: (?:{_NAME}|\d{{1,2}}[a-zA-Z]?)){{0,3}}"
# groups, classes and clubs that take part ("Gruppen: Pfadfinder, Klasse 7b, …": round 19's
# were read as things each row holds); after a colon, each item to the sentence's end is one,
# lower-case words and all ("Club de canoë", "Circolo canoa")
_GROUPS = (r"groups|groupes|grupos|gruppen|gruppi|classes|klassen|clases|turmas|classi|clubs|"
           r"vereine|clubes|circoli")
_GROUP_LIST = re.compile(rf"\b(?:{_GROUPS})\s*:\s*([^.;:!?\n]+)", re.I)
_ROSTER = (rf"\b(?:{PEOPLE}|[ée]quipes|equipos|squadre|teams|mannschaften|equipas|times|parejas|"
           # (or after a dash: "our pub quiz teams - Quizzly Bears, Les Quizerables, …")
           rf"coppie|pairs|paires|duplas|paare|{_GROUPS})\s*(?::|\s[–—-])?\s+"
           rf"((?-i:{_GROUP})(?:\s*(?:,|\band\b|\bet\b|\by\b|\be\b|\bund\b|&)\s*"
           rf"(?-i:{_GROUP}(?:\s+(?:du|de|del|della|do|da|des|of|von)\s+{_NAME})?))+)")


def roster(prompt: str) -> tuple[str, ...]:
    """The names listed after a word for them: "players Raj, Mei, Tom, Sara", "équipes Les
    Boulistes, La Triplette, Pointeurs du Sud" (walk17 #8 #20: they were columns beside made-up
    players). Only these are surely people: a list after a bare colon may be the columns
    ("Bestenliste für unsere Quizabende: Datum, Gastgeberin, Thema und Punkte")."""
    if (g := _GROUP_LIST.search(prompt[:4000])) and len(names := [
            n.strip(" .") for n in re.split(r"\s*,\s*|\s+(?:and|et|y|e|und|ed)\s+", g.group(1))
            if n.strip(" .")]) >= 2 and all(n[0].isupper() and len(n.split()) <= 4
                                            for n in names):
        return tuple(names[:MAX_ITEMS])
    if m := re.search(_ROSTER, prompt[:4000], re.I):
        # the list ends at the name after its "and": "Spieler Jörg, Heike und Uwe, Siege und
        # Niederlagen" names three
        last = re.search(r"\s(?:and|et|y|e|und|&)\s+(?:[^,]+)", m.group(1))
        listed_ = m.group(1)[:last.end()] if last else m.group(1)
        names = [n.strip(" .") for n in re.split(ITEM_SEP, listed_) if n.strip(" .")]
        if len(names) >= 2:
            return tuple(names[:MAX_ITEMS])
    return ()


# A name and its number, in a list: "Priya 82000, Tom 75400, Lena 91200", "Lions 12 pts",
# "Pedro: 12", "Anna 82.000 Schritte"
_SCORE = r"(\d{1,3}(?:[.,  ]\d{3})+|\d+(?:[.,]\d+)?)"
# (a name of letters: "V1=100" is a grade's points, not a player's)
_WORDS = (r"[A-ZÀ-Ý][^\W\d_]{1,20}(?: [A-ZÀ-Ý][^\W\d_]{1,20}){0,2}"
          # two who play as one: "Zé e Tião", "Ana & Luis" (walk23 #6 dropped the pairs)
          r"(?: (?:e|y|et|and|und|&) [A-ZÀ-Ý][^\W\d_]{1,20})?")
# the word a list of pairs says before each: "dupla Zé e Tião 9, dupla Lu e Nando 7"
_PAIR_WORD = (r"(?:(?:the |la |le |el |a |o |die |das )?(?:dupla|pareja|pair|team|[ée]quipe|"
              r"coppia|paar|duo|bin[ôo]me)\s+)")
_SCORED = re.compile(
    # (a mark out of a scale: "Mireille 18/20", walk22 #2)
    rf"(?<![\w'’-])({_WORDS})\s*(?::|=|-|–)?\s*{_SCORE}(?:\s*/\s*(\d{{1,3}})\b)?"
    # (a unit as a German writes it too: "Horst 1240 Punkte", walk22 #3 dropped him)
    r"(?:\s*(?i:pts?\.?|points?|punkte?|puntos?|pontos?|punti|goals?|buts?|goles|tore|gols?|steps?|pas|pasos|schritte|passos|"
    r"passi|km|wins?|victoires?|victorias?|siege|vit[óo]rias?|vittorie|"
    # a measure's unit: "Franco 3,2 kg, Beppe 2,7 kg" (walk21 #19)
    r"kg|g|lbs?|cm|mm|m|min|s|sec|h))?(?![\w'’-])")


_MONTH = (r"jan(?:uary|vier|eiro|uar)?|feb(?:ruary|rero|ruar|braio)?|f[ée]vrier|fevereiro|"
          r"mar(?:ch|s|zo|[çc]o)?|m[äa]rz|apr(?:il|ile)?|avril|abril|ma[iy]|mayo|maio|maggio|"
          r"jun(?:e|io|i|ho)?|juin|giugno|jul(?:y|io|i|ho)?|juillet|luglio|aug(?:ust)?|ao[ûu]t|"
          r"agosto|sept?(?:ember|tiembre|tembre)?|setembro|settembre|o[ck]t(?:ober|obre|ubre)?|"
          r"outubro|ottobre|nov(?:ember|iembre|embre|embro)?|de[cz](?:ember|iembre|embro)?|"
          r"dicembre|d[ée]cembre")


def scored(prompt: str) -> tuple[tuple[str, float], ...]:
    """The names a prompt lists each with its number, two or more in one list ("steps
    challenge: Priya 82000, Tom 75400, Lena 91200": walk17 #41 dropped them for made-up rows);
    () when it lists none. A name is capitalised; a day, a month or a unit is none."""
    text = prompt[:4000]
    found = list(_SCORED.finditer(text))
    # one list: each next pair follows the last after a comma, "and" or ";"
    best: list[re.Match] = []
    run: list[re.Match] = []
    for m in found:
        gap = text[run[-1].end():m.start()] if run else ""
        # (the first one may say what its number counts, the rest leave it out: "Paco 23
        # partidas ganadas, Rosa 27, Manolo 19", walk23 #6 dropped Paco)
        if run and not re.fullmatch(rf"(?:{ITEM_SEP}|\s*;\s*)(?i:{_PAIR_WORD})?", gap) and not (
                len(run) == 1 and re.fullmatch(rf"{_SCORE_WORDS}{ITEM_SEP}(?i:{_PAIR_WORD})?",
                                               gap)):
            best, run = max(best, run, key=len), []
        run.append(m)
    best = max(best, run, key=len)
    said = [(m.group(1), float(re.sub(r"[.,  ](?=\d{3}\b)", "", m.group(2)).replace(",", ".")))
            for m in best]
    # a month's day ("March 14"), never a player's score ("Marco 49": walk19 #17)
    pairs = [(n, v) for n, v in said if not only_days(n) and not (
        re.fullmatch(_MONTH, n, re.I) and v.is_integer() and 1 <= v <= 31)]
    return tuple(pairs[:MAX_ITEMS]) if len(pairs) >= 2 else ()


# what a first score's number counts, said after it in lower case: " partidas ganadas"
_SCORE_WORDS = r"\s+((?-i:[^\W\d_A-ZÀ-Ý][^\W\d_]+)(?:\s+(?-i:[^\W\d_A-ZÀ-Ý][^\W\d_]+)){0,2})"


def scored_words(prompt: str) -> str:
    """What the numbers ``scored`` reads count, as the first of them says it ("Paco 23
    partidas ganadas, Rosa 27": "partidas ganadas"), or ""."""
    pairs = scored(prompt)
    if not pairs:
        return ""
    first = re.search(rf"(?<![\w'’-]){re.escape(pairs[0][0])}\s*(?::|=|-|–)?\s*{_SCORE}"
                      rf"{_SCORE_WORDS}{ITEM_SEP}", prompt[:4000])
    return first.group(2) if first and re.search(
        rf"{re.escape(pairs[1][0])}\s*(?::|=|-|–)?\s*{_SCORE}", prompt[first.end():][:40]) else ""


def scored_out_of(prompt: str) -> int:
    """The scale the numbers ``scored`` reads are marks on, all said alike ("Mireille 18/20,
    Bernard 15/20": 20), or 0."""
    if not scored(prompt):
        return 0
    tops = {m.group(3) for m in _SCORED.finditer(prompt[:4000])}
    return int(tops.pop()) if len(tops) == 1 and None not in tops else 0


def scored_unit(prompt: str) -> str:
    """The unit the numbers ``scored`` reads are said in ("Franco 3,2 kg": kg), or ""."""
    if not scored(prompt):
        return ""
    units = {m.group(0).split()[-1].lower() for m in _SCORED.finditer(prompt[:4000])
             if re.search(r"\d\s*(?:kg|g|lbs?|cm|mm|m|min|s|sec|h)$", m.group(0), re.I)}
    return units.pop() if len(units) == 1 else ""


def players(prompt: str) -> tuple[str, ...]:
    """The people a list's rows are, as its prompt names them: a ``roster``, ``people`` or names
    listed after a colon ("a leaderboard for our office darts league: Sam, Priya, Tom and Lena")."""
    if named := roster(prompt) or _family(prompt):
        return named
    found = people(prompt)  # as written, capitalised: "amigos: vitórias, empates" are no one
    if found and all(re.search(rf"(?<![\w'-]){re.escape(n)}(?![\w'-])", prompt) for n in found):
        return found
    m = _NAMED_AFTER_COLON.search(prompt[:4000])
    # "our bike mechanic: Tuesdays and Thursdays 17:00-20:00": days, not people
    names = [n.strip() for n in re.split(ITEM_SEP, m.group(1) or m.group(2))
             if n.strip() and not only_days(n)] if m else []
    # (German nouns are capitalised too: "…: Datum, Thema, Punkte – …" lists columns)
    if any(shapes.field_type(n) != "text" for n in names):
        return ()
    return tuple(names[:MAX_ITEMS]) if len(names) >= 2 else ()

# People a ranking counts, named without a word for them: after what is measured of them
# ("times for Jake, Carla, Dev, Mona", "temps de Léa, Hugo et Zoé": walk21 #1), or after "with"
# ("avec Léa Hugo Samir et Zoé": walk21 #28; "with Anna, Ben, Chloe and Dev", "entre Pepe,
# Lola, Juan y Carmen": walk24 #13 made them columns); three or more
_MEASURED_FOR = re.compile(
    rf"(?<![\w'])(?-i:[a-zà-ÿ]+(?:\s[a-zà-ÿ]+)?)\s+(?:for|of|de|pour|für|von|para|per|di|do|dos|"
    rf"del|des)\s+((?-i:{_NAME})(?:\s*,\s*(?-i:{_NAME})){{2,}}(?:,?\s+(?:and|et|y|e|ed|und|&)\s+"
    rf"(?-i:{_NAME}))?)(?![\w'-])", re.I)
_WITH_NAMES = re.compile(
    rf"\b(?:with|avec|con|mit|com|entre|between|tra|zwischen)\s+((?-i:{_NAME})(?:(?:\s*,\s*|\s+)"
    rf"(?-i:{_NAME}))+,?\s+(?:and|et|y|e|ed|und|&)\s+(?-i:{_NAME}))(?![\w'-])", re.I)


def counted(prompt: str) -> tuple[str, ...]:
    """The people a ranking's prompt names without a word for them ("times for Jake, Carla,
    Dev, Mona", "avec Léa Hugo Samir et Zoé"); () when it names none so."""
    text = prompt[:4000]
    m = _MEASURED_FOR.search(text) or _WITH_NAMES.search(text)
    names = [n for n in re.split(r"\s*(?:,|\band\b|\bet\b|\by\b|\be\b|\bed\b|\bund\b|&)\s*|\s+",
                                 m.group(1)) if n] if m else []
    return tuple(names[:MAX_ITEMS]) if len(names) >= 3 and not any(
        only_days(n) or shapes.field_type(n) != "text" for n in names) else ()


# ---- entries listed with what they have ------------------------------------------------------
_ENTRY_NAME = (r"[A-ZÀ-Ý0-9][\w'’&.-]*(?: (?:[A-ZÀ-Ý0-9][\w'’&.-]*|d['’][A-ZÀ-Ý][\w.-]*|de|da|"
               r"do|di|du|del|la|le|von|of|the|&)){0,4}")
_TAG_SEP = r"\s*(?:,|\+|/|;)\s*|\s+(?:and|et|y|und|e|ed)\s+"


def entries(prompt: str, sentences: bool = True) -> list[tuple[str, list[str]]]:
    """Named entries the prompt lists with what each has, for a directory to hold: "Taco Loco
    (mexican, mon+wed, takes cards), Bao Down (taiwanese, tue+thu)…" (three or more), or
    "Hof Brinkmann: Eier, Kartoffeln. Imkerei Sommer: Honig." (two or more sentences);
    [] when it lists none. A field with its choices ("Gewerk (Elektriker, Maler)") is one.
    ``sentences``: also the second form."""
    def tags(text: str) -> list[str]:
        return [x.strip(" .…") for x in re.split(_TAG_SEP, text) if x.strip(" .…")][:8]

    bracketed = [(m.group(1), tags(m.group(2))) for m in re.finditer(
        rf"(?<![\w'’])({_ENTRY_NAME})\s*\(([^()]{{2,160}})\)", prompt)]
    if len(bracketed) >= 3:
        return bracketed[:MAX_ITEMS]
    if not sentences:
        return []
    said = [(m.group(1), tags(m.group(2))) for m in re.finditer(
        rf"(?:^|[.!?]\s+)({_ENTRY_NAME}):\s+([^.:!?\n]{{2,160}})(?=[.!?\n]|$)", prompt)]
    return said[:MAX_ITEMS] if len(said) >= 2 else []
