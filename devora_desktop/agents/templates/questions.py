"""What a sign-up sheet asks each person, as a prompt says it in a sentence or as questions
("everyone puts their name, the dish they're bringing and if it's vegetarian", "cada um
coloca o nome e o valor que vai pagar", "ognuno mette nome e numero di persone", "Name,
Anzahl Personen, was bringst du mit, vegetarisch ja/nein"): each question a field of the
form, in a type that takes its answer (a yes/no is a box to tick, a count a number), and
whether its answer goes on the list beside the name (what one brings, a yes/no, how many
come) or stays with the person's details (a phone, an amount paid)."""

from __future__ import annotations

import re

from devora_desktop.agents.templates import i18n
from devora_desktop.agents.templates.shapes import FIELD, YES_NO_ASKED, L, cap, field_type, slug

# who fills in the sheet, then the verb for what they write on it
_WHO = (r"(?:every(?:one|body)|each(?: person| guest| family| of (?:us|them|you))?|people|"
        r"guests|families|parents|they|chacune?|chaque (?:personne|invit[ée]e?|famille)|"
        r"les (?:gens|invit[ée]s|familles|parents)|on|cada (?:um|uma|uno|una|persona|pessoa|"
        r"invitad[oa]|convidad[oa]|fam[íi]lia)|todos|o pessoal|as pessoas|os convidados|"
        r"la gente|los invitados|ognun[oa]|ciascun[oa]|ogni (?:persona|invitato|famiglia)|"
        r"tutti|gli invitati|jede[rs]?(?: (?:gast|person|familie))?|alle|die (?:leute|g[äa]ste|"
        r"eltern))")
_WRITES = (r"(?:puts?|writes?|gives?|enters?|fills? in|adds?|says?|tells? us|leaves?|"
           r"notes?|met(?:tent)?|indiquen?t?|[ée]crit|[ée]crivent|donnen?t?|laissen?t?|"
           r"renseignen?t?|inscri(?:t|vent)|pone[ns]?|escriben?|indican?|dejan?|apuntan?|"
           r"coloca[mr]?|p[õo]e[mr]?|escreve[mr]?|informa[mr]?|deixa[mr]?|bota[mr]?|"
           r"mett(?:e|ono)|scriv(?:e|ono)|indica(?:no)?|lascia(?:no)?|d[àa](?:nno)?|"
           r"tr[äa]gt|tragen|schreibt|schreiben|gibt|geben|"
         r"dit|disent|dice[ns]?|diz(?:em)?|dicono|sagt|sagen)")
# what the form asks for: "ask for", "asking each person for", "demander", "pedir"
_ASKS = (r"(?:ask(?:s|ing)?(?: (?:each|every)(?: ?one| person| guest)| them| people| guests)?"
         r"(?: (?:for|about)|(?=\s+(?:what|which|how many|if|whether)\b))|should ask|demande[rz]?|pedir|pide|pede|preguntar|pregunta|perguntar|"
         r"pergunta|chiede(?:re)?|abfragen|fragt nach|fragen nach)")
_OPENS = (rf"\b(?:{_WHO}\s+(?:(?:can|should|must|will|just|only|peut|doit|puede|debe|pode|"
          rf"deve|pu[òo]|kann|soll)\s+)?{_WRITES}|{_ASKS})\b\s*:?\s*")
# the list runs to its sentence's end; a question mark inside it ends a question, not the
# sentence ("name, what dish, vegetarian? yes/no")
_RUN = r"([^.!\n]+)"
_SPLIT = r"\s*(?:,|;|\+|&|\s(?:and|et|y|e|und|ed|plus|as well as)\s)\s*"

_IF = r"^(?:if|whether|si|se|ob)\s+"
# a choice and its options said plainly: "meal choice chicken fish or veg", "choix du plat
# viande, poisson ou végé", "Auswahl Fleisch, Fisch oder vegetarisch"
_CHOICE = (r"(?:choice|choose|choix|elecci[óo]n|opci[óo]n|auswahl|wahl|escolha|op[çc][ãa]o|"
           r"scelta)")
_CHOICE_LIST = (rf"^(?P<noun>.*?)\s*\b{_CHOICE}\b(?:\s+(?:of|de|du|des|di|da|do|del|dello|"
                r"della|zwischen|entre|tra|fra|between)\b)?\s*:?\s*(?P<list>[^,]+?(?:,\s*[^,]+?)*"
                r"\s(?:or|ou|o|oder)\s+[^,]+?)$")
# a meal and its options, with no word for choosing: "menú carne, pescado o vegetariano",
# "Essen Fleisch, Fisch oder vegetarisch" (an RSVP's)
_MEAL = (r"(?:menu|men[úù]|meals?|repas|comida|prato|piatto|plat|plato|essen|gericht|pasto|"
         r"refei[çc][ãa]o)")
_MEAL_LIST = (rf"^(?P<noun>{_MEAL})\s*:?\s*(?P<list>[^,]+?(?:,\s*[^,]+?)*\s(?:or|ou|o|oder)\s+"
              r"[^,]+?)$")
# a bare yes or no given back: whether the person comes ("guests say yes/no")
COMING = L("Coming", "Vient", "Viene", "Kommt", "Vem", "Viene")
# the words around what is asked: "it's", "c'est", "es", "é", "è", "ist", "they are"
_BE = (r"^(?:(?:it|they|he|she|the dish|il|elle|c|[ée]l|ella|ele|ela|esso|essa|er|sie|es)"
       r"(?:'s|’s|'re|’re|\s+is|\s+are|\s+est|\s+es|\s+é|\s+è|\s+ist|\s+sind)?|"
       r"its|theyre|c'est|c’est|es|é|è|ist|is|are|est)\s+")
# how many come: a count that goes beside the name
_HEADCOUNT = (r"how many(?: (?:people|guests|persons|adults|kids|children))?|serves how many|"
              r"(?:number|no\.?) of (?:people|guests|persons|adults|kids|children)|party size|"
              r"headcount|(?:nombre|nb) (?:de|d') ?(?:personnes|invit[ée]s|adultes|enfants)|"
              r"combien de (?:personnes|invit[ée]s)|n[úu]mero de (?:personas|invitados|pessoas|"
              r"convidados|adultos|ni[ñn]os|crian[çc]as)|cu[áa]nt[oa]s (?:personas|invitados)|"
              r"quant[oa]s (?:pessoas|convidados)|numero di (?:persone|ospiti|adulti|bambini)|"
              r"quante persone|anzahl (?:der )?(?:personen|g[äa]ste|erwachsene|kinder)|"
              r"wie viele (?:personen|g[äa]ste)|personenzahl")
# what one brings: the thing beside the name ("Mia · Lasagne")
_BRINGS = (r"\b(?:bring\w*|apport\w*|tra(?:e|es|er|igo)|llev\w*|tra[zg]\w*|lev(?:a|ar|o)\b|"
           r"port(?:a|i|o|are)\b|mitbring\w*|bringt?\b|bringst)")
_DISH = (r"\b(?:dish|food|plate|plat|plato|comida|prato|piatto|gericht|essen|speise|"
         r"contribution|beitrag)\b")
BRING_LABEL = L("What you're bringing", "Ce que vous apportez", "Qué traes", "Was bringst du mit",
                "O que vai trazer", "Cosa porti")
PEOPLE_LABEL = L("Number of people", "Nombre de personnes", "Número de personas",
                 "Anzahl Personen", "Número de pessoas", "Numero di persone")
# the leading words of an item that name none of it
_LEAD = (r"^(?:(?:the|a|an|their|his|her|your|its|le|la|les|l'|leur|son|sa|ses|votre|un|une|"
         r"el|los|las|su|sus|o|os|as|um|uma|seu|sua|il|lo|gli|i|un|una|der|die|das|den|dem|ihr|"
         r"ihre|ihren|sein|seine)\s+)+")
# a relative clause after the noun: "the dish they're bringing", "o valor que vai pagar"
_AFTER_NOUN = (r"\s+(?:that|which|they|you|he|she|we|que|qu'|qui|che|den|die|das|was|"
               r"(?:they|you|we)'re|(?:they|you|we)’re)\b.*$|\s+qu['’].*$")
_QUESTION = (r"^(?:what|which|qu[ée]|quel\w*|ce qu|lo que|o que|qual|quale|cosa|che|was|"
             r"welche\w*)\b")
# a new clause's subject: "…, people sign in", "…, and we print it"
_CLAUSE = rf"(?:{_WHO}|we|i|nous|je|yo|nosotros|ich|wir|io|noi|eu|n[óo]s)\s+\w"
_PERSON = r"^(?:(?:first |full |last )?names?|nom|nombre|nome|vorname|name)$"


def asked_items(prompt: str) -> list[str]:
    """The items of what each person writes on the sheet, as the prompt lists them in a
    sentence ("everyone puts their name, the dish they're bringing and if it's vegetarian")
    or after a colon with the name among them; [] when it says no such list. An item keeps
    the choices it gives in brackets ("tamanho da camiseta (P, M, G)")."""
    # a guest's "plus one" is one thing asked, not a list joined by "plus"
    prompt = re.sub(r"\bplus[ -]ones?\b", "plus-one", prompt, flags=re.I)
    # a bracket's commas are its choices', not the list's
    text = re.sub(r"\(([^()]{1,120})\)", lambda m: "(" + m.group(1).replace(",", "\x00") + ")",
                  prompt[:4000])
    # so are the commas of a choice's options ("meal choice chicken, fish or veg")
    text = re.sub(rf"\b(?:{_CHOICE}|{_MEAL})\b[^,.;:!?()]{{0,30}}(?:,[^,.;:!?()]{{1,30}})+?\s"
                  r"(?:or|ou|o|oder)\s"
                  r"+[^\W\d_][\w-]*", lambda m: m.group().replace(",", "\x00"), text,
                  flags=re.I)
    # who writes what first ("sign up for saturday: everyone writes their name, …"), then a
    # list after a colon
    found = [*re.finditer(rf"{_OPENS}{_RUN}", text, re.I),
             *re.finditer(rf"(?:[:–—]\s*){_RUN}", text, re.I)]
    # "…, nome e o que vai vender", "name and what they sell": a name and what else is asked
    found += re.finditer(rf"(?<![\w'])(?:{_PERSON.strip('^$')})\s+(?:and|et|y|e|und|ed)\s+"
                         rf"(?={_QUESTION.strip('^')}|{_BRINGS})"
                         r"()", text, re.I)
    for m in found:
        if m.group(1) == "":  # the name and what follows it, to its sentence's end
            return _after_name(text[m.end():])
        colon = not re.match(_OPENS, m.group(), re.I)  # a colon's list must ask a name
        items = []
        for part in re.split(_SPLIT, m.group(1), flags=re.I):
            part = re.sub(r"^(?:and|et|y|e|und|ed|or|ou|o|oder)\s+", "", part.strip(" '\""),
                          flags=re.I).replace("\x00", ",")
            # what the sheet is for, said after the list: "… so we don't end up with 12
            # desserts", "… under Mains, Sides or Desserts" (the sheet's rows)
            part, ends = re.subn(_LIST_ENDS, "", part, count=1, flags=re.I)
            if part and not (len(part.split()) > (11 if re.search(
                    rf"\b{_CHOICE}\b", part, re.I) else 7) or re.search(r"\d", re.sub(
                    r"\([^()]*\)", "", part)) or re.match(_CLAUSE, part, re.I)
                    or not (colon or _known(part))):
                items.append(part)
            elif part:
                break  # the list ends where a clause, a count or a longer phrase begins
            if ends:
                break
        # ... or be an RSVP's: "confirmez votre présence : oui ou non, nombre de personnes"
        if colon and not (len(items) >= 3 and any(re.match(_PERSON, _noun(x), re.I)
                                                  for x in items)) and not (
                len(items) >= 2 and any(re.fullmatch(YES_NO_ASKED, x.strip(), re.I) for x in items)):
            continue
        if len(items) >= 2 or (items and not re.match(_PERSON, _noun(items[0]), re.I)):
            return items[:8]
    return []


def _after_name(rest: str) -> list[str]:
    """What a sheet asks after a name ("o que vai vender", "what they're selling and a
    phone"): the items to the sentence's end."""
    run = re.match(r"[^.!\n]+", rest)
    items = [re.sub(r"^(?:and|et|y|e|und|ed)\s+", "", x.strip(" '\"")).replace("\x00", ",")
             for x in re.split(_SPLIT, run.group() if run else "") if x.strip(" '\"")]
    return items[:8] if items and all(len(x.split()) <= 7 and not re.search(r"\d", x)
                                      for x in items) else []


# after an item, words that end the list: a purpose or the rows people sign up under
_LIST_ENDS = (r"\s+(?:so(?: that)?|pour que|afin que|para que|damit|perch[ée]|affinch[ée]|"
              r"under|into|among|sous|parmi|bajo|unter|sotto|(?:pour|for|para|per|f[üu]r)\s+"
              r"(?:la|le|les|l'|the|el|a|o|il|den|die|das|our|notre|nuestra|nossa|nostra)"
              r")\s.*$")


def _known(item: str) -> bool:
    """Whether ``item``, said in a sentence, is something asked: a field the words say (a
    phone, a yes/no, how many, what one brings), else a short noun ("allergies", "taille de
    t-shirt"); not a clause ("vede quanti posti restano")."""
    words = _noun(item).split()
    return bool(re.search(rf"{YES_NO_ASKED}|{_HEADCOUNT}|{_BRINGS}|{_DISH}|\b{_CHOICE}\b|^(?:if|whether|si|se|"
                          rf"ob)\b|\?|\(", item, re.I)) or field_type(item) != "text" or (
        0 < len(words) <= 2 and not re.match(_QUESTION, item, re.I)) or (
        len(words) <= 4 and len(words) >= 3 and words[1].lower() in _OF)


_OF = {"de", "di", "da", "do", "of", "des", "du", "del", "der", "della", "dos", "das"}


def _noun(item: str) -> str:
    """An item's own words: "the dish they're bringing" → "dish", "o valor que vai pagar" →
    "valor"."""
    text = re.sub(_LEAD, "", item.strip(" ?"), flags=re.I)
    text = re.sub(r"\s+(?:down|in|here|there|dessus|ici|aqu[íi]|aqui|qui|ein)$", "", text,
                  flags=re.I)  # "their name down"
    return re.sub(_AFTER_NOUN, "", text, flags=re.I).strip(" ?:")


def question(item: str, lang: str, kind: str = "") -> dict | None:
    """The field that asks ``item`` (as said, or as a field list named it with ``kind``):
    {key, label, type, shown?}; None for the person's name, which the form always asks."""
    said = item.strip(" ?:")
    options = kind[7:].split("|") if kind.startswith("select:") else []
    # the choices it gives: "tamanho da camiseta (P, M, G)", "if it's main/side/dessert"
    if not options and (m := re.search(r"\(([^()]+)\)\s*$|(?<!\S)([^\s/]+(?:/[^\s/]+)+)\s*$",
                                       said)) and not re.fullmatch(YES_NO_ASKED, m.group().strip(),
                                                                   re.I):
        choices = [c.strip(" .") for c in re.split(r",|/|\s(?:or|ou|o|oder)\s", m.group(1)
                                                   or m.group(2)) if c.strip(" .")]
        if 2 <= len(choices) <= 8:
            options, said = choices, said[:m.start()].strip(" ?:")
            said = re.sub(_BE, "", re.sub(_IF, "", said, flags=re.I) + " ", flags=re.I).strip()
            if not said or re.fullmatch(_BE.strip("^").replace(r"\s+", ""), said, re.I):
                said = i18n.pick(FIELD["category"], lang)  # "if its main/side/dessert"
    if not options and (m := re.match(_CHOICE_LIST, said.replace("\x00", ","), re.I)
                        or re.match(_MEAL_LIST, said.replace("\x00", ","), re.I)):
        listed_ = m.group("list")
        choices = [c.strip(" .") for c in re.split(
            r",|\s(?:or|ou|o|oder)\s" if "," in listed_ else r"\s+(?:(?:or|ou|o|oder)\s+)?",
            listed_) if c.strip(" .")]
        noun = re.sub(_LEAD, "", m.group("noun") + " ", flags=re.I).strip(" :")
        if not noun and len(choices) >= 2 and len(choices[0].split()) == 2 and all(
                len(c.split()) == 1 for c in choices[1:]):
            # "choix du plat viande, poisson ou végé": what is chosen, then its options
            noun, choices[0] = choices[0].split()
        if lang == "de":  # "… oder vegetarisch an": a verb's particle ends the sentence
            choices[-1] = re.sub(r"\s+(?:an|mit|ein|auf|ab)$", "", choices[-1], flags=re.I)
        if 2 <= len(choices) <= 8 and all(len(c.split()) <= 3 for c in choices):
            options = choices
            said = noun or i18n.pick(FIELD["category"], lang)
    two = "/".join(options)
    yes_no = kind == "bool" or (not options and bool(
        re.search(YES_NO_ASKED + r"\s*$", said, re.I) or re.match(_IF, said, re.I)
        or item.rstrip().endswith("?"))) or (
        len(options) == 2 and re.fullmatch(YES_NO_ASKED, two, re.I) is not None)
    if yes_no:
        words = re.sub(YES_NO_ASKED + r"\s*$", "", said, flags=re.I).strip(" ?:(")
        words = re.sub(_BE, "", re.sub(_IF, "", words, flags=re.I), flags=re.I)
        words = re.sub(_LEAD, "", words, flags=re.I).strip(" ?")
        if not words and re.fullmatch(YES_NO_ASKED, said, re.I):
            return _field(i18n.pick(COMING, lang), "bool", shown=True)
        return _field(words or said, "bool", shown=True) if words else None
    if re.search(_HEADCOUNT, said, re.I):
        plain = len(said.split()) <= 4 and not re.match(r"(?:how|combien|cu[áa]nt|quant|wie)\b",
                                                        said, re.I)
        return _field(cap(re.sub(_LEAD, "", said, flags=re.I)) if plain else
                      i18n.pick(PEOPLE_LABEL, lang), "number", shown=True)
    noun = _noun(said)
    if re.match(_PERSON, noun, re.I):
        return None
    if re.search(_BRINGS, said, re.I) or re.search(_DISH, noun, re.I):
        # in the person's words when they name it ("Plat apporté", "bringt mit"); a question
        # is its noun ("what dish you're bringing": Dish) or the sheet's own words
        dish, asks = re.search(_DISH, noun, re.I), re.match(_QUESTION, re.sub(
            _LEAD, "", said, flags=re.I), re.I)
        label = cap(dish.group()) if dish and asks else i18n.pick(BRING_LABEL, lang) \
            if asks or len(noun.split()) > 3 else cap(noun)
        return _field(label, "select" if options else "text", shown=True, options=options)
    if re.match(_QUESTION, re.sub(_LEAD, "", said, flags=re.I), re.I) and len(
            said.split()) <= 6:
        # "o que vai vender", "what they're selling": asked as said, beside the name
        return _field(cap(said), "text", shown=True)
    if not noun or len(noun.split()) > 4:
        return None
    if not options and re.search(_CLOTHES_SIZE, noun, re.I):
        # a shirt's size is one of the sizes, never a number (walk21 #26)
        options = ["PP", "P", "M", "G", "GG"] if lang == "pt" else ["XS", "S", "M", "L", "XL", "XXL"]
    typed = "tel" if re.search(r"whats\s?app|\bzap\b", noun, re.I) else kind or field_type(noun)
    if re.search(r"\b(?:valor|amount|montant|importe|betrag|importo|quanto|cuánto|how much|"
                 r"combien|wie viel)\b", said, re.I):
        typed = "money"
    if options:
        return _field(cap(noun), "select", shown=True, options=options)
    return _field(cap(noun), typed if not typed.startswith("select:") else "text")


# the size of what is worn: "tamanho da camiseta", "t-shirt size", "taille du tee-shirt"
_CLOTHES_SIZE = (r"\b(?:sizes?|tailles?|tallas?|gr[öo](?:ss|ß)en?|tamanhos?|taglie|taglia)\b.*\b(?:"
                 r"t-?shirts?|shirts?|tee-?shirts?|maillots?|camisetas?|camisas?|playeras?|"
                 r"magliett[ae]|polos?|hoodies?|sweats?)\b|\b(?:t-?shirts?|shirts?|tee-?shirts?|"
                 r"camisetas?|maillots?|polos?|hoodies?)[- ](?:sizes?|gr[öo](?:ss|ß)en?)\b")


def _field(label: str, type_: str, shown: bool = False, options: list[str] | None = None
           ) -> dict:
    out = {"key": slug(label) or "answer", "label": cap(label), "type": type_}
    if options:
        out["options"] = [[slug(o) or o, cap(o)] for o in options]
    if shown:
        out["shown"] = True  # its answer is on the list beside the name
    return out
