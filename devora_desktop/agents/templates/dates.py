"""The day a prompt names ("on March 3rd", "le 14 mars", "el 3 de marzo", "am 14. März"), in six
languages, and a note when the weekday said with it is not that date's. Pure, no Qt; used by
the data apps (a sign-up's or an RSVP's date), the landing page (an event's day) and the
subject reader (a date is when, not what)."""

from __future__ import annotations

import datetime
import re

from devora_desktop.agents.templates.hours import _DAYS, day_number, day_pattern

# Month names in the six languages (January first), for a date a prompt states.
_MONTHS = (("january", "jan", "janvier", "janv", "enero", "ene", "januar", "jänner", "janeiro",
            "gennaio"),
           ("february", "feb", "février", "fevrier", "févr", "febrero", "februar", "fevereiro",
            "fev", "febbraio"),
           ("march", "mar", "mars", "marzo", "märz", "marz", "março", "marco"),
           ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
           ("may", "mai", "mayo", "maio", "maggio"),
           ("june", "jun", "juin", "junio", "juni", "junho", "giugno"),
           ("july", "jul", "juillet", "juil", "julio", "juli", "julho", "luglio"),
           ("august", "aug", "août", "aout", "agosto"),
           ("september", "sep", "sept", "septembre", "septiembre", "setembro",
            "settembre"),
           ("october", "oct", "octobre", "octubre", "oktober", "okt", "outubro",
            "ottobre"),
           ("november", "nov", "novembre", "noviembre", "novembro"),
           ("december", "dec", "décembre", "decembre", "déc", "diciembre", "dezember", "dez",
            "dezembro", "dicembre", "dic"))
MONTH = _MONTH = "|".join(sorted((re.escape(n) for names in _MONTHS for n in names), key=len,
                         reverse=True))
_ORD = r"(?:st|nd|rd|th|er|e|º|°|\.)?"
_DATE_SAID = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?:the\s+)?(?P<d1>[0-3]?\d){_ORD}\b|"
    rf"(?P<d2>[0-3]?\d){_ORD}(?:\s+(?:of|de|di))?\s+(?P<m2>{_MONTH})\b)"
    r"(?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)\b)?", re.I)


def said_date(prompt: str, today: datetime.date | None = None) -> str:
    """The next day a prompt names by month and day ("on March 3rd", "le 14 mars", "el 3 de
    marzo", "am 14. März"), as YYYY-MM-DD, or "" (the year it states: "12 June 2027")."""
    m = _DATE_SAID.search(prompt)
    if not m:
        return ""
    month_word = (m.group("m1") or m.group("m2")).lower().rstrip(".")
    month = next(i for i, names in enumerate(_MONTHS, 1) if month_word in names)
    day = int(m.group("d1") or m.group("d2"))
    today = today or datetime.date.today()
    weekday = _weekday_said(prompt, m)
    found = []
    for year in ((int(m.group("y")),) if m.group("y") else (today.year, today.year + 1)):
        try:
            when = datetime.date(year, month, day)
        except ValueError:
            return ""
        if when >= today or m.group("y"):
            found.append(when)
    # the year whose date falls on the weekday said with it ("Saturday 14 March"), else the
    # next one (weekday_clash says so)
    when = next((w for w in found if (w.isoweekday() % 7) == weekday), found[0] if found else None)
    return when.isoformat() if when else ""


def _weekday_said(prompt: str, m: re.Match) -> int | None:
    """The weekday (0 Sunday) named right before the date ``m`` found, or None."""
    day = re.search(rf"\b({day_pattern()})s?,?\s+(?:the\s+|le\s+|el\s+)?$",
                    prompt[:m.start()], re.I)
    return day_number(day.group(1)) if day else None


def weekday_clash(prompt: str, today: datetime.date | None = None) -> str:
    """A note when the weekday a prompt names its date with is not that date's ("Monday 14
    March": walk13 #36 showed a title's day over another day's cards, silently): the date is
    built as written and the verdict notes it, the run still approved; "" when they agree
    or no weekday is said. A date that was on that weekday this year or last (copied from
    then) is noted too, saying so: the page shows next year's, on another weekday (walk19 #8,
    walk20 #36: a Saturday tournament's sheet said Monday, silently)."""
    m = _DATE_SAID.search(prompt)
    day = said_date(prompt, today)
    if not m or not day or (said := _weekday_said(prompt, m)) is None:
        return ""
    when = datetime.date.fromisoformat(day)
    today = today or datetime.date.today()
    if _on(when.year, when, said):
        return ""
    years = () if m.group("y") else (today.year, today.year - 1)
    was = next((year for year in years if _on(year, when, said)), None)
    past = f" (“{said_date_words(prompt)}” was in {was})" if was else ""
    return (f"{when.day} {when.strftime('%B')} {when.year} is a {when.strftime('%A')}{past}; "
            f"the app shows that date — change it in the page if you meant "
            f"{'another day' if was else '“' + said_date_words(prompt) + '”'}")


def _on(year: int, when: datetime.date, weekday: int) -> bool:
    try:
        return datetime.date(year, when.month, when.day).isoweekday() % 7 == weekday
    except ValueError:
        return False


def said_date_words(prompt: str) -> str:
    """The words a prompt names its day in ("Saturday 14 March", "1 de noviembre de 2026"),
    with the weekday said right before it; "" when it names none."""
    m = _DATE_SAID.search(prompt)
    if not m:
        return ""
    day = re.search(rf"(?:\b(?:{day_pattern()})s?,?\s+(?:the\s+|le\s+|el\s+)?)$",
                    prompt[:m.start()], re.I)
    return prompt[day.start() if day else m.start():m.end()]


# The page's own line when the weekday said is not the date's, in the app's language
_CLASH = {"en": "“{said}”: in {year} that date is a {day}; change it in the page if you meant "
                "another day.",
          "fr": "« {said} » : en {year}, cette date tombe un {day} ; modifiez-la si vous pensiez "
                "à un autre jour.",
          "es": "«{said}»: en {year} esa fecha cae en {day}; cámbiala si pensabas en otro día.",
          "de": "„{said}“: {year} fällt dieses Datum auf einen {day}; ändern Sie es, falls ein "
                "anderer Tag gemeint war.",
          "pt": "“{said}”: em {year} essa data cai em {day}; altere-a se pensava em outro dia.",
          "it": "«{said}»: nel {year} quella data cade di {day}; modificala se intendevi un "
                "altro giorno."}


def clash_line(prompt: str, lang: str, today: datetime.date | None = None) -> str:
    """What the page says when the weekday its prompt names the date with is not that date's
    (weekday_clash says it in the run's summary; a person who opens the sign-up sheet sees a
    Saturday tournament on a Monday otherwise: walk20 #36); "" when they agree."""
    if not weekday_clash(prompt, today):
        return ""
    when = datetime.date.fromisoformat(said_date(prompt, today))
    table = _DAYS.get(lang, _DAYS["en"])
    day = table[when.isoweekday() % 7][0]
    day = day.capitalize() if lang in ("en", "de") else day
    return _CLASH.get(lang, _CLASH["en"]).format(said=said_date_words(prompt), year=when.year,
                                                 day=day)
