"""A quiz asked for by name: its topic, how many questions, multiple choice, its score.

"quiz de 8 perguntas sobre futebol brasileiro com pontuação no final" was three help cards
named "8 perguntas sobre futebol brasileiro · Cartões de estudo" (walk14 #2, walk15 #8): the
count ended in the name, multiple choice was dropped, and "richtig/falsch zählen" became a
field. The flashcards builder (``dataapp._flashcards``), the app's name (``titles`` and
``spec``) read the prompt through these.
"""

from __future__ import annotations

import re

from devora_desktop.agents.templates.shapes import L

# not the Spanish "quizás" (maybe)
QUIZ = re.compile(r"\bquizz?(?![áa]s?\b)\w*|\btrivia\b|\bcuestionario\b", re.I)
# "8 perguntas", "10 domande", "12-question", "6 Fragen", "20 preguntas", "15 quesiti"
_COUNT = (r"(\d{1,3})[\s-]*(?:questions?|perguntas?|quest[õo]es|preguntas?|fragen|domande|"
          r"quesiti|quiz-?fragen)\b")
MULTIPLE = re.compile(
    r"multiple[- ]choices?|choix multiples?|\bqcm\b|opci[óo]n(?:es)? m[úu]ltiples?|"
    r"selecci[óo]n m[úu]ltiple|multiple[- ]?choice|mehrfachauswahl|antwortm[öo]glichkeiten|"
    r"auswahlantworten|m[úu]ltipla escolha|escolha m[úu]ltipla|alternativas|"
    r"scelta multipla|risposta multipla|risposte multiple|\btipo teste?\b|\b(?:three|four|3|4|trois|quatre|"
    r"tres|cuatro|drei|vier|tr[êe]s|quatro|tre|quattro)\s+(?:options|choices|answers|"
    r"r[ée]ponses|respuestas|opciones|antworten|optionen|respostas|op[çc][õo]es|risposte|"
    r"opzioni)\b", re.I)
# a score counted by the app, never a side of a card: "richtig/falsch zählen", "compter les
# bonnes et mauvaises réponses", "com pontuação no final", "with a score at the end"
SCORE = re.compile(
    r"richtig|falsch|z[äa]hlen|\bscores?\b|punkte|punktestand|pontua[çc][ãa]o|placar|"
    r"punteggio|puntuaci[óo]n|\bpuntos\b|right|wrong|correct|incorrect|bonnes?|mauvaises?|"
    r"acertos?|erros?|aciertos?|errores|giuste|sbagliate|\bcount\b|compter|contar|contare",
    re.I)
# the same, as a phrase a reader took for a card's side ("Richtig/falsch zählen")
SCORE_SIDE = re.compile(r"z[äa]hlen|\bcount|compter|contar|contare|\bscore|punkte|pontua|"
                        r"punteggio|puntuaci|acertos|aciertos|richtig\s*/\s*falsch|"
                        r"right\s*/\s*wrong|bonnes et mauvaises|giuste e sbagliate", re.I)
MAX_QUESTIONS = 50
_CARDS = (r"(?:(?:own|propres?|propi[oa]s|eigenen?|pr[óo]pri[oa]s|propri[ei]?)\s+)?(?:questions?|cards?|"
          r"flashcards?|cartes?|fiches?|preguntas?|tarjetas?|fichas?|fragen|karten|"
          r"karteikarten|perguntas?|cart[õo]es|cartas?|domande|schede|carte)")
_WHO = (r"(?:teachers?|managers?|instructors?|coach|trainers?|admins?|prof|profs?|professeurs?|"
        r"enseignant\w*|formateur\w*|ma[îi]tresse|profes\w*|maestr[oa]|lehrer\w*|trainer\w*|"
        r"ausbilder\w*|insegnant\w*|docent\w*|istruttor\w*|formador\w*|instrutor\w*)")
# The person (or the teacher, the manager) writes the quiz's questions: blank cards are what
# was asked ("io creo le domande", "the manager writes the questions", "je crée mes propres
# fiches", "ich schreibe die Fragen selbst")
WRITES_OWN = (
    r"\b(?:i|we|you|je|j'|on|nous|ich|wir|eu|n[óo]s|a gente|io|noi|yo|nosotros)\s+(?:\w+\s+){0,2}?"
    r"(?:write|make|create|add|enter|type|put|[ée]cri\w*|cr[ée]\w*|ajout\w*|r[ée]dig\w*|"
    r"schreib\w*|erstell\w*|trag\w*|leg\w*)\s+(?:\w+\s+){0,2}?" + _CARDS + r"\b|"
    rf"\b(?:the |l[ae] |l'|el |o |a |der |die |il )?{_WHO}\s+(?:\w+\s+){{0,2}}?(?:writes?|makes?|"
    r"creates?|adds?|enters?|[ée]crit|cr[ée]e|ajoute|r[ée]dige|escribe|crea|a[ñn]ade|pone|"
    r"schreibt|erstellt|tr[äa]gt|legt|escreve|cria|adiciona|coloca|scrive|aggiunge|mette|"
    r"inserisce)\s+(?:\w+\s+){0,2}?" + _CARDS + r"\b|"
    # a first-person verb says who ("escribo las preguntas", "creo le domande", "crio as cartas")
    r"\b(?:escribo|escribimos|creo|creamos|pongo|ponemos|a[ñn]ado|meto|escrevo|escrevemos|crio|"
    r"criamos|coloco|ponho|cadastro|adiciono|scrivo|scriviamo|creiamo|metto|inserisco|aggiungo)"
    r"\s+(?:\w+\s+){0,2}?" + _CARDS + r"\b|"
    # the questions one writes oneself: "die Fragen schreibe ich selbst", "mes propres questions"
    r"\b" + _CARDS + r"\s+(?:\w+\s+){0,1}?(?:schreibe ich|erstelle ich|trage ich|lege ich)\b|"
    r"\b(?:my|our|mes|nos|mis|nuestras|meine|unsere|minhas|nossas|le mie|le nostre)\s+(?:own|propres|"
    r"propias|eigenen|pr[óo]prias|proprie)\s+" + _CARDS + r"\b")

QUESTION = L("Question {n}", "Question {n}", "Pregunta {n}", "Frage {n}", "Pergunta {n}",
             "Domanda {n}")
TO_WRITE = L("(write it: Edit)", "(à écrire : Modifier)", "(escríbela: Editar)",
             "(eintragen: Bearbeiten)", "(escreva: Editar)", "(da scrivere: Modifica)")
RIGHT = L("Right answer", "Bonne réponse", "Respuesta correcta", "Richtige Antwort",
          "Resposta certa", "Risposta giusta")
WRONG = L("Wrong answer {n}", "Mauvaise réponse {n}", "Respuesta incorrecta {n}",
          "Falsche Antwort {n}", "Resposta errada {n}", "Risposta sbagliata {n}")
TITLE = L("Quiz", "Quiz", "Quiz", "Quiz", "Quiz", "Quiz")


def is_score(label: str) -> bool:
    """``label`` is the score a reader took for a field: "Richtig/falsch zählen", or "wrong"
    split off "count right and wrong"."""
    return bool(SCORE_SIDE.search(label) or SCORE.fullmatch(label.strip()))


# a quiz said by its questions: to choose from ("preguntas tipo test", "QCM", "multiple
# choice") or an exam's ("Prüfungsfragen", "practice test questions"); a count alone may be a
# deck's size ("environ 40 questions" on cards to revise)
_QUESTIONS = re.compile(
    rf"{MULTIPLE.pattern}|\b(?:preguntas|perguntas|questions?|domande|fragen)\s+"
    r"(?:tipo\s+teste?|de\s+(?:examen|prova|exame|test|teste|l'examen)|d'(?:esame|examen))\b|"
    r"\b(?:exam|test|practice|quiz)\s+questions?\b|\b(?:pr[üu]fungs|test|quiz)fragen\b", re.I)


def asked(prompt: str) -> bool:
    """The prompt asks for a quiz: by that word ("quiz", "Quizz", "trivia") or by its
    questions ("preguntas tipo test para el examen teórico de conducir, 6 preguntas" built the
    three how-to cards, said nothing of the six questions and ended approved)."""
    return bool(QUIZ.search(prompt) or _QUESTIONS.search(prompt))


def count(prompt: str) -> int:
    """How many questions the prompt asks for ("10 domande"), else 0."""
    m = re.search(_COUNT, prompt, re.I)
    return min(int(m.group(1)), MAX_QUESTIONS) if m else 0


def multiple_choice(prompt: str) -> bool:
    return bool(MULTIPLE.search(prompt))


# what a quiz's subject loses: its count ("8 perguntas sobre", "a 12-question"), its kind
# ("multiple choice", "a scelta multipla") and its score ("com pontuação no final")
_LEAD = re.compile(rf"^(?:(?:an?|un|une|uno|una|um|uma|ein|eine|einen)\s+)?{_COUNT}\s*"
                   r"(?:(?:about|on|sur|de|du|des|sobre|über|zu|zum|zur|sul|sulla|sullo|sui|"
                   r"sugli|sulle|di|da|do|dos|das)\s+)?", re.I)
_TAIL = re.compile(
    rf"(?:\s*,\s*|\s+)(?:(?:with|avec|con|com|mit|y|e|et|and|tipo|like|about|environ|unos|"
    rf"unas|etwa|cerca de|circa|uns|umas)\s+(?:a\s+|une?\s+|una?\s+|"
    rf"uma?\s+|einem?\s+)?)?"
    # … with the answers or questions it is said of: "con risposte a scelta multipla" (walk25
    # #10 named it "Divina Commedia con risposte a"), "avec réponses à choix multiples"
    r"(?:(?:answers?|r[ée]ponses?|respuestas?|respostas?|risposte|antworten|questions?|"
    r"domande|preguntas|perguntas|fragen)\s+(?:(?:a|à|de|en|in|di|da|zur|als)\s+)?)?"
    rf"(?:{MULTIPLE.pattern}|(?:{SCORE.pattern})\b.*|{_COUNT}.*)$", re.I)


# what a quiz is about, said after it: "quiz about the solar system", "quiz sulla Divina
# Commedia", "Quiz über die Planeten", "quiz de 8 perguntas sobre futebol brasileiro"
_ABOUT = re.compile(r"\s(?:about|on|sur|de|du|des|sobre|über|zu[mr]?|zum thema|sul|sulla|sullo|"
                    r"mit(?=\s+(?:den|der|dem)\s)|"
                    r"sui|sugli|sulle|su|di|del|della|dei|delle|do|da|dos|das)\s+", re.I)
_ARTICLE = re.compile(r"^(?:the|la|le|les|l['’]|el|los|las|die|der|das|den|o|a|os|as|il|lo|"
                      r"i|gli)\s*(?<=\s|['’])", re.I)


# words that join a topic's parts, never its last word
_JOINING = (r"and|et|y|e|und|ed|o|or|ou|oder|of|de|du|des|del|della|di|do|da|dos|das|von|der|"
            r"their|leurs?|sus|suas?|seus?|ihre[nm]?|loro|i|gli|le|la|les|los|las|os|as|the")


def _cut(words: str) -> str:
    """``words`` without a leading count or kind and a trailing score, kind or count."""
    out = _LEAD.sub("", words.strip())
    out = re.sub(rf"^(?:{MULTIPLE.pattern})\s*(?:quiz\w*\s*)?(?:(?:about|on|sur|sobre|über|"
                 r"sul|sulla|di|de)\s+)?", "", out, flags=re.I)
    out = re.split(r"[,;:.!?(]", out, maxsplit=1)[0]
    while (cut := _TAIL.sub("", out)) != out:
        out = cut
    # six words of the topic, its article not one of them ("os estados do Brasil e suas
    # capitais" lost "capitais"), never ending on a word that joins ("… e suas")
    words = _ARTICLE.sub("", out.strip(" -")).split()[:6]
    while len(words) > 1 and re.fullmatch(_JOINING, words[-1], re.I):
        words.pop()
    return " ".join(words)


# a word that only ever says what a quiz is about ("de" may say whose it is)
_TOPIC = re.compile(r"\s(?:about|sur|sobre|über|zum thema|sul|sulla|sullo|sui|sugli|sulle)\s+",
                    re.I)


def subject(subject: str, prompt: str) -> str:
    """A quiz's topic: "futebol brasileiro" from "quiz de 8 perguntas sobre futebol
    brasileiro com pontuação no final", else the reader's ``subject`` without its count."""
    m = re.search(_COUNT, prompt, re.I) or QUIZ.search(prompt)
    about = _ABOUT.search(prompt, m.end()) if m else None
    # what it is about said as such further on, after whom or what occasion it is for ("quiz
    # for my son's birthday party about dinosaurs": walk20 #32 named it "Trivia"), before a
    # "de" that may say whose it is ("pour l'anniversaire de ma fille sur les princesses")
    said = QUIZ.search(prompt)
    if said and (on := _TOPIC.search(prompt, said.end())) and (
            not about or about.start() < on.start()) and (
            topic := _ARTICLE.sub("", _cut(prompt[on.end():]))):
        return topic
    # the topic after the count or the word, not after a clause of its own
    if about and prompt[m.end():about.start()].strip(" ,-").count(" ") <= 2 and (
            topic := _ARTICLE.sub("", _cut(prompt[about.end():]))):
        return topic
    return _cut(subject) or subject


def questions(n: int, lang: str, wrong: int, pick) -> list[dict]:
    """``n`` cards for the person to write: "Question 3 (write it: Edit)", its answer and,
    for multiple choice, its ``wrong`` answers still to write."""
    fill = pick(TO_WRITE, lang)
    return [{"front": f"{pick(QUESTION, lang).format(n=i)} {fill}", "back": fill,
             **{f"wrong{k}": "" for k in range(1, wrong + 1)}} for i in range(1, n + 1)]
