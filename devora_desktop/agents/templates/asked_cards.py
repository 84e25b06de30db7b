"""The cards a flashcards prompt writes out itself: the questions it lists, each with its
answer when it gives one, in six languages.

Round 25's "Show the code (QTH, QRM, QSY...) and I try to remember the meaning" and prompts
that number, bullet or label their questions ("1. What is the load centre? 600 mm", "Q : … R :
…", "¿cuántos sacramentos hay? siete; …", "- Was sammeln Bienen außer Nektar? Pollen") got
five blank "Question 1 (write it: Edit)" cards or the how-to cards: the person's own
questions were dropped. ``listed`` reads them by their layout, never by their words: a label
before each side, a number or a bullet before each line or item, a question mark between a
question and its answer, semicolons or lines between the cards. ``shown`` reads what a card
shows when the prompt gives it only as examples in brackets ("the abbreviation (Fl, LFl, Q,
VQ)"): fronts whose answers the person writes.

The prompt is untrusted text: sides are short plain text (the page escapes them), and a
prompt that lists too many keeps its first ``MAX_CARDS``.
"""

from __future__ import annotations

import itertools
import re

from devora_desktop.agents.templates.shapes import cap

MAX_CARDS = 24
_QUOTES = " \t«»“”„\"'‹›"
_MAX_QUESTION = 160
_MAX_ANSWER = 100

# a side's label: "Q:", "Question 2 :", "Frage:", "P:" (pergunta, pregunta), "D:" (domanda)
# (a letter alone only with a colon: "J. F. Kennedy" has no labels)
_Q_LABEL = (r"(?:(?:Q|P|D|F)\s*\d{0,2}\s*:|(?:Question|Quest|Frage|Pregunta|Pergunta|Domanda)"
            r"\s*\d{0,2}\s*[:.)])(?!\d)")
_A_LABEL = (r"(?:(?:A|R)\s*\d{0,2}\s*:|(?:Antw|Answer|R[ée]ponse|R[ée]p|Antwort|Respuesta|"
            r"Resposta|Resp|Risposta)\s*\d{0,2}\s*[:.)])(?!\d)")
_Q_AT = re.compile(rf"(?:(?<=[\s;,(])|^){_Q_LABEL}\s*", re.M)
_A_AT = re.compile(rf"(?:(?<=[\s;,(?])|^){_A_LABEL}\s*", re.M)
# a line that is an item of a list: "1.", "2)", "-", "*", "•"
_BULLET = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-*•·–—]|\(\d{1,2}\))\s+")
# a number before each item of a list written inline: "1) … 2) … 3) …"
_NUMBER = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\s*[.)]\s+")
# what goes between a card's question and its answer when it has no question mark
_BETWEEN = r"\s+(?:→|->|=>|=|–|—|-)\s+"
# where an answer said last ends: the next sentence ("PLS. Elle retourne la carte…")
_SENTENCE_END = re.compile(r"(?<=\S)[.!]\s+(?=[¿¡]?[A-ZÀ-Ý])|\n")
# and after the list's last answer, in a casual prompt's lower case too ("doce. que den la
# vuelta…"), though not after an initial ("z. B.")
_LAST_END = re.compile(r"(?<=\w\w)[.!]\s+(?=\S)|(?<=\S)[.!]\s+(?=[¿¡]?[A-ZÀ-Ý])|\n")
# a question put to the app's maker, never a card ("Can you make me a quiz?")
_TO_THE_MAKER = re.compile(
    r"\b(?:can|could|would|will) (?:you|u)\b|\bis it possible\b|\bpourr(?:iez|ais)|"
    r"\bpouvez|\bpeux-tu|\btu peux|\bpuedes|\bpodr[íi]a[ns]?\b|\bpuede(?:s|n)? (?:hacer|crear)|"
    r"\bk[öo]nn(?:en|ten|test|st) (?:sie|du|ihr)\b|\bkannst du|\bpode(?:s|ria|m)?\b|"
    r"\bpuoi\b|\bpotresti|\bpotete|\bpu[òo] (?:fare|creare)|\bes posible|\bist es m[öo]glich|"
    r"\b[ée] poss[íi]vel|\b[èe] possibile|\best-ce (?:possible|que vous|que tu)", re.I)
# what a card shows, given by examples in brackets: "the code (QTH, QRM, QSY...)"
_SHOWN_NOUN = (r"codes?|c[óo]digos?|codici|codice|abbreviations?|abbrev\w*|abr[ée]viations?|"
               r"abreviaturas?|abrevia[çc][õo]es|abk[üu]rzung\w*|k[üu]rzel|abbreviazion\w*|"
               r"sigl[ae]s?|acronyms?|acr[óo]nimos?|symbols?|symboles?|s[íi]mbolos?|simbol[oi]|"
               r"zeichen|signs?|signes?|se[ñn]al(?:es)?|sina(?:l|is)|segnal[ei]|signals?|"
               r"terms?|termes?|t[ée]rminos?|termini|termine|begriffe?|words?|mots?|palabras?|"
               r"w[öo]rter|wort|palavras?|parol[ae]|letters?|lettres?|letras?|buchstaben|"
               r"letter[ae]|chords?|accords?|acordes?|akkorde?|accord[oi]|flags?|drapeaux|"
               r"banderas?|flaggen?|bandeiras?|bandier[ae]|characteristics?|formulas?|"
               r"formules?|f[óo]rmulas?|formeln?|formul[ae]")
_SHOWN = re.compile(rf"\b(?:{_SHOWN_NOUN})\s*(?:[^\W\d_][\w'-]*\s*)?\(([^()]{{3,200}})\)", re.I)
_EG = (r"^(?:e\.?\s?g\.?|for (?:example|instance)|like|such as|i\.?\s?e\.?|p\.?\s?ex\.?|"
       r"par ex(?:emple)?\.?|comme|por ej(?:emplo)?\.?|como|z\.?\s?b\.?|wie|etwa|ad es(?:empio)?\.?|"
       r"tipo|come|ex\.?)[\s:,]*")
_MORE = r"\s*(?:\.{2,}|…|\betc\.?|\busw\.?|\becc\.?|\bu\.\s?a\.?|\bi\.\s?e\.?)\s*$"


def listed(prompt: str) -> list[tuple[str, str]]:
    """The cards ``prompt`` writes out, as (question, answer) with "" for an answer it does
    not give; [] unless at least two are laid out as a list (or one is labelled "Q: … A: …")."""
    for read in (_labelled, _lines, _numbered, _separated, _runs):
        if cards := read(prompt):
            return cards[:MAX_CARDS]
    return []


def shown(prompt: str) -> list[str]:
    """What the cards show, when the prompt gives it as examples in brackets after the word
    for it ("it shows the abbreviation (Fl, LFl, Q, VQ, Iso, Oc)"): three or more short items,
    else []."""
    for m in _SHOWN.finditer(prompt):
        run = re.sub(_MORE, "", re.sub(_EG, "", m.group(1).strip(), flags=re.I), flags=re.I)
        items = [x.strip(" .'\"«»“”") for x in re.split(r",|;|/|\s(?:and|or|et|ou|y|o|und|oder|"
                                                        r"e|ed)\s", run)]
        if len(items) >= 3 and all(x and len(x) <= 24 and len(x.split()) <= 3
                                   and not re.fullmatch(r"[\d\s.,%-]+", x) for x in items):
            return items[:MAX_CARDS]
    return []


def _card(item: str, last: bool = False) -> tuple[str, str] | None:
    """An item of a list as a question and its answer: "question? answer", "question →
    answer", or a question alone; None when it is no card (too long, or put to the maker)."""
    item = item.strip(" \t;,")
    if last:  # the list's last item runs on into the prompt's next sentence
        item = _LAST_END.split(item, maxsplit=1)[0]
    if "?" in item:
        question, _, answer = item.partition("?")
        question += "?"
    elif m := re.search(_BETWEEN, item):
        question, answer = item[:m.start()], item[m.end():]
    else:
        question, answer = item, ""
    question = question.strip(_QUOTES)
    answer = re.sub(rf"^(?:{_A_LABEL}|[-–—:=→>]+)\s*", "", answer.strip(_QUOTES), flags=re.I)
    answer = _SENTENCE_END.split(answer, maxsplit=1)[0].strip(_QUOTES + ".;,")
    if not (2 <= len(question) <= _MAX_QUESTION) or len(answer) > _MAX_ANSWER or \
            _TO_THE_MAKER.search(question):
        return None
    return cap(question), answer


def _all(items: list[str], least: int = 2) -> list[tuple[str, str]]:
    """Each item a card, or []: a list one of whose items is not a card is no list of cards."""
    cards = [_card(x, last=i == len(items) - 1) for i, x in enumerate(items)]
    return [c for c in cards if c] if len(cards) >= least and all(cards) else []


def _labelled(prompt: str) -> list[tuple[str, str]]:
    """Sides said with their labels: "Q : Combien de compressions ? R : 100 à 120 ; Q : …",
    "Frage: Normaler Puls? Antwort: 60 bis 100." A single labelled pair is a card."""
    starts = [m for m in _Q_AT.finditer(prompt)]
    if not starts:
        return []
    cards = []
    for m, after in zip(starts, [*starts[1:], None], strict=True):
        chunk = prompt[m.end():after.start() if after else len(prompt)]
        if a := _A_AT.search(chunk):
            question = chunk[:a.start()]
            answer = _SENTENCE_END.split(chunk[a.end():], maxsplit=1)[0].strip(" .;,")
            card = _card(f"{question.strip(' ;,')} → {answer}" if "?" not in question else
                         f"{question.strip(' ;,')} {answer}")
        else:
            card = _card(chunk, last=True)
        if not card:
            return []
        cards.append(card)
    answered = sum(bool(a) for _, a in cards)
    return cards if answered or len(cards) >= 2 else []


def _lines(prompt: str) -> list[tuple[str, str]]:
    """Cards a line each: a run of two or more lines each with a bullet or a number, or
    each a question with its question mark, after a line that ends with a colon."""
    lines = [x for x in prompt.splitlines()]
    best: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        run = []
        opened = i > 0 and lines[i - 1].rstrip().endswith(":")
        while i < len(lines) and lines[i].strip() and (
                _BULLET.match(lines[i]) or (opened and "?" in lines[i][:_MAX_QUESTION])):
            run.append(_BULLET.sub("", lines[i]))
            i += 1
        if len(run) >= 2 and all("?" in x or re.search(_BETWEEN, x) for x in run) and (
                cards := _all(run)) and len(cards) > len(best):
            best = cards
        i += 1 if not run else 0
    return best


def _numbered(prompt: str) -> list[tuple[str, str]]:
    """Cards numbered inline, one, two, three in order: "1) Qual a dose? 1 mg 2) …"; each a
    question with its mark or a side and an arrow to the other."""
    marks = [m for m in _NUMBER.finditer(prompt)]
    for k, first in enumerate(marks):
        if first.group(1) != "1":
            continue
        run = [first]
        for m in marks[k + 1:]:
            if int(m.group(1)) == int(run[-1].group(1)) + 1:
                run.append(m)
        if len(run) < 2:
            continue
        items = [prompt[a.end():b.start()] for a, b in itertools.pairwise(run)]
        items.append(prompt[run[-1].end():])
        if all("?" in x[:_MAX_QUESTION] or re.search(_BETWEEN, x) for x in items) and (
                cards := _all(items)):
            return cards
    return []


def _separated(prompt: str) -> list[tuple[str, str]]:
    """Cards after a colon, semicolons between them, each a question with its answer: "…
    repasen: ¿cuántos sacramentos hay? siete; ¿quién bautizó a Jesús? Juan el Bautista"."""
    for m in re.finditer(r":\s+", prompt):
        items = prompt[m.end():].split(";")
        if len(items) >= 2 and all(re.search(r"\?\s*\S", x) for x in items[:-1]) and "?" in \
                items[-1] and (cards := _all(items)) and all(a for _, a in cards):
            return cards
    return []


# what ends an answer said in a run and starts the next question: a full stop, a dash or a
# bullet, a semicolon, a new line
_RUN_SEP = re.compile(r"[.;!]\s+|\s+[-–—•]\s+|\s*\n\s*")
_MAX_RUN_ANSWER = 8  # words: an answer said in a run is short, a sentence of prose is none
# the person speaking, never a card's answer ("do they flip? I hope so")
_SPEAKER = re.compile(r"^(?:i|i'm|we|you|je|j'|nous|on|ich|wir|yo|eu|n[óo]s|io|noi|that|this|"
                      r"cela|[çc]a|das|eso|isso|questo|it)\b", re.I)


def _runs(prompt: str) -> list[tuple[str, str]]:
    """Cards said one after another after a colon, each a question, its mark, a short answer,
    whatever separates them: "…: Wie heißt der Schwanz des Fuchses? Lunte. Wie nennt man das
    Junge vom Reh? Kitz.", "…: - ¿Qué luz lleva a babor? Roja - ¿Y a estribor? Verde", or a
    line each with the first on the colon's line (review27 #7)."""
    for colon in re.finditer(r":\s*", prompt):
        seg = re.sub(r"^[-–—•*]\s+", "", prompt[colon.end():])
        marks = [m.end() for m in re.finditer(r"\?", seg)]
        if len(marks) < 2:
            continue
        cards, start = [], 0
        for i, mark in enumerate(marks):
            span = seg[mark:marks[i + 1]] if i + 1 < len(marks) else seg[mark:]
            if i + 1 < len(marks):
                seps = list(_RUN_SEP.finditer(span))
                if not seps:
                    break
                answer, after = span[:seps[-1].start()], mark + seps[-1].end()
            else:
                answer, after = _LAST_END.split(span, maxsplit=1)[0], len(seg)
            card = _card(seg[start:mark] + " " + answer)
            if not card or not card[1] or len(card[1].split()) > _MAX_RUN_ANSWER or \
                    _SPEAKER.match(card[1]):
                break
            cards.append(card)
            start = after
        else:
            return cards
    return []
