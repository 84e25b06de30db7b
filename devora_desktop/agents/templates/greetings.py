"""What a prompt says to the person reading it rather than about the app: the salutation it
opens with ("Hi there!", "Hallo zusammen,", "Bom dia.", "Assalamu alaikum!") and the thanks or
sign-off it ends with ("Merci d'avance !", "Grazie mille, Marco").

Both the subject reader (``shapes.subject``: round 24 titled apps "There", "Zusammen" and "Bom
dia") and the learned reader (``learned.groups``: a prompt's opening words weigh twice, and a
greeting there is two of its four) read the prompt without them. A salutation is recognised by
its form, not by a list of whole greetings: a greeting word opens the first clause, and what
follows it there is whom it greets (a word for everyone, a name, "dear …") or another
greeting word; or the prompt opens with an exclamation of one or two words ("Moin!",
"Assalamu alaikum!"). Pure regex, no other module: both readers import it.
"""

from __future__ import annotations

import re

# Words that open a greeting in the six languages (and the Arabic, Hebrew and Sanskrit ones
# people of any language use): a time of day with its "good", a plain hello, a "dear"
_HELLO = (
    r"hi|hiya|hey|heya|hello|hallo|helo|howdy|greetings|yo|good (?:morning|afternoon|evening|"
    r"day)|morning|evening|dear|"
    r"bonjour|bonsoir|salut|coucou|cher|ch[èe]re|chers|ch[èe]res|"
    r"hola|buenas|buen(?:os|as)? (?:d[íi]as|tardes|noches)|saludos|qu[ée] tal|q tal|"
    r"querid[oa]s?|estimad[oa]s?|"
    r"huhu|moin(?: moin)?|servus|gr[üu](?:ß|ss) gott|gr[üu]ezi|guten (?:morgen|tag|abend)|"
    r"tach|liebe|lieber|sehr geehrte[rn]?|"
    r"ol[áa]|oi|bom dia|boa tarde|boa noite|boas|e a[íi]|sauda[çc][õo]es|car[oa]s?|"
    r"ciao|salve|buon ?giorno|buona ?sera|buon pomeriggio|carissim[ie]|gentil[ie]|"
    r"assalamu? ?[ao]laikum|as-?salamu? [ao]lay?kum|salam|shalom|namaste")
# Whom a greeting greets, after it: everyone, a group, a friend
_WHOM = (
    r"there|all|y'?all|everyone|everybody|folks|guys|team|friends?|people|devs?|"
    r"[àa] (?:tous|toutes|tou(?:te)?s)|tout le monde|les amis|la compagnie|l'[ée]quipe|"
    r"a tod[oa]s|amig[oa]s|chic[oa]s|gente|equipo|"
    r"zusammen|miteinander|mitenand|alle|allerseits|leute|ihr(?: lieben)?|ihr beiden|"
    r"pessoal|malta|galera|amig[oa]s|"
    r"a tutti|ragazz[ie]|amici|gente|"
    r"the team|lovely people|and thanks")
_LINK = r"(?:\s*(?:,|&|and|et|y|e|und)?\s+)"
# A salutation: a greeting word, then whom it greets, a name or another greeting, up to three
# words, and the clause ends (a comma, "!", ".", ":", a dash or a line break)
_SALUTATION = re.compile(
    rf"^\W*(?:(?:{_HELLO})(?:{_LINK}(?:{_HELLO}|{_WHOM}|(?-i:[A-ZÀ-Ý][\w'-]*))){{0,3}}"
    rf"|[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?(?=\s*!))"
    rf"\s*(?:[,!.:;…\n]+|\s[-—–]\s|$)\s*", re.I)
# Thanks and sign-offs that end a prompt: "Merci d'avance !", "thanks in advance", "Vielen
# Dank!", "Gracias de antemano", "Obrigado desde já", "Grazie mille, Marco", "Cheers, Tom"
_THANKS = (
    r"thanks?|thank you|thx|cheers|(?:best |kind )?regards|many thanks|"
    r"merci|bisous|bises|cordialement|amiti[ée]s|"
    r"gracias|muchas gracias|saludos|un saludo|un abrazo|besos|"
    r"danke|vielen dank|danke sch[öo]n|(?:liebe |viele |beste |herzliche )?gr[üu](?:ß|ss)e|lg|"
    r"mfg|obrigad[oa]|muito obrigad[oa]|abra[çc]os?|beijos?|"
    r"grazie|grazie mille|un saluto|saluti|cordiali saluti|un abbraccio")
_SIGN_OFF = re.compile(
    rf"(?:^|(?<=[.!?\n]))\s*(?:(?:and |et |y |e |und )?(?:{_THANKS})\b[^.!?\n]{{0,40}}"
    rf"[.!?…]*\s*)+$", re.I)


def salutation(prompt: str) -> int:
    """Where ``prompt``'s opening salutation ends (0: it opens with none); two greetings in a
    row ("Oi gente, bom dia!") are one."""
    end = 0
    for _ in range(2):
        m = _SALUTATION.match(prompt, end)
        if not m or m.end() == len(prompt):
            break
        end = m.end()
    return end


def sign_off(prompt: str) -> int:
    """Where ``prompt``'s closing thanks or sign-off starts (its length: none)."""
    m = _SIGN_OFF.search(prompt)
    return m.start() if m and m.start() > 0 else len(prompt)


def without(prompt: str) -> str:
    """``prompt`` with its opening salutation and closing sign-off blanked, one space a
    character, so positions in it are positions in ``prompt``. The salutation's punctuation
    stays: it still ends an empty first clause, as a one-word "Hello," did."""
    a, b = salutation(prompt), sign_off(prompt)
    if b < a:
        b = len(prompt)
    return (re.sub(r"[^,!.:;…\n]", " ", prompt[:a]) + prompt[a:b]
            + " " * (len(prompt) - b))
