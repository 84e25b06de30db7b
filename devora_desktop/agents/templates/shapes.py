"""Which app a prompt asks for, in any of the six languages, and what that app holds.

The cue tables here are what ``reader.detect(prompt)`` weighs to name one of the fifteen
shapes (or to say the prompt asks for something none of them is, with the nearest one to build
instead); ``schema(...)`` turns a shape, the prompt's
language, subject and named fields into the data app's config (entity, fields, sample rows,
view options) that ``dataapp.js`` runs. Adding a shape is one pattern here, one schema builder
and, when no existing view fits, one view in dataapp.js.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from devora_desktop.agents.templates import calcs, greetings, i18n
from devora_desktop.agents.templates.dates import said_date_words
from devora_desktop.agents.templates.hours import LENGTH_IN_H, day_pattern
from devora_desktop.agents.templates.i18n import LANGS

SHAPES = ("tracker", "board", "booking", "directory", "leaderboard", "flashcards", "calculator",
          "status", "menu", "signup", "landing", "todo", "blog", "dashboard", "store")
# Shapes the data-app engine draws on the web (landing keeps its own page).
ENGINE = ("tracker", "board", "booking", "directory", "leaderboard", "flashcards",
          "calculator", "status", "menu", "signup", "todo", "blog", "dashboard", "store")

# Words that name an app type, in the six languages; the one named first wins. They are matched
# on the prompt lower-cased and again with its accents stripped ("calendario", "menu"), and most
# German ones also as the tail of a compound ("Projektboard", "Haushaltsbuch", "Helferliste").
# Car pools: drivers offer seats, riders take them (a sign-up sheet of drivers).
CARPOOL = (r"car ?-?pool|fahrgemeinschaft|mitfahr|covoiturage|carona|boleia|compartir coche|"
           r"coche compartido|\bwho drives\b|passaggi in auto|chi guida|quem dirige|qui conduit|"
           r"qui(?:é|e)n conduce|fahrdienst")
# Places a town has: "une carte des restaurants de Lyon" is a map of them (a list of places),
# not a restaurant's carte.
PLACES = (r"(?:restaurants|bars|caf[ée]s|boulangeries|mus[ée]es|parcs|plages|h[ôo]tels|"
          r"magasins|boutiques|lieux|endroits|commerces|randonn[ée]es|pistes|sentiers|"
          r"restaurantes|museos|museus|parques|playas|praias|ristoranti|musei|parchi|spiagge|"
          r"parks|beaches|museums|shops|places|spots|trails|pubs|bares|lojas|tiendas|negozi|"
          r"locali|lokale|kneipen|museen|str[äa]nde|standorte|locations|emplacements|"
          r"ubicaciones|localiza[çc][õo]es|sedi)")
# A catalogue people browse is a directory; one of products to buy is a shop (see detect).
CATALOGUE = r"\bcatalog(?:ue|o|s|ues)?\b|cat[áa]logo|\bkatalog"
# Adopting an animal, in the six languages (a list of animals people browse: a directory).
ADOPT = r"adopt|ado[çc][ãa]o|adot(?:ar|ad[oa]s?)\b|adopci[óo]n|adozion|adott"
# who holds which of a group's things, the things named after "which"
WHICH_HELD = (r"\bwer\s+(?:\w+\s+){0,3}?welchen?[rs]?\s+([^\W\d_]+)\s+(?:hat|haben|hält)\b|"
              r"\bwho\s+(?:\w+\s+){0,3}?has\s+which\s+([^\W\d_]+)|"
              r"\bqui\s+(?:\w+\s+){0,3}?a\s+quel(?:le)?s?\s+([^\W\d_]+)|"
              r"\bqui[ée]n\s+(?:\w+\s+){0,3}?tiene\s+(?:qu[ée]|cu[áa]l(?:es)?)\s+([^\W\d_]+)|"
              r"\bquem\s+(?:\w+\s+){0,3}?tem\s+(?:qual|quais)\s+([^\W\d_]+)|"
              r"\bchi\s+(?:\w+\s+){0,3}?ha\s+(?:quale|quali|che)\s+([^\W\d_]+)")
# Things lent and borrowed: who has which book, tool or game (a directory with who has it).
LEND = (r"\blend(?:s|ing)?\b|\blent\b|\bborrow|\bon loan\b|lending library|"
        r"emprest|empr[ée]st|empr[uû]nt|\bpr[êe]t(?:s|é|ée|és|er)?\b(?! immobilier)|"
        r"\bprest(?:ado|ados|ada|adas|ar|amos|it[oi]|are|ato|ati)\b|\bpr[ée]stamos?\b|ausleih|ausgeliehen|"
        r"verleih|\bleih|geliehen|who has (?:it|which|what|each)|qui a (?:emprunt|pris)|"
        r"qui[ée]n tiene|chi ha (?:preso|in prestito)|quem (?:est[áa] com|pegou|tem)|"
        r"wer hat (?:\w+ )*?(?:ausgeliehen|geliehen)")
_LENT = LEND
# or who holds which of the things: "wer im Verein welche Schlüssel hat", "qui a quelle clé"
LEND = _LENT + "|" + re.sub(r"\((?!\?)", "(?:", WHICH_HELD)


def held_thing(text: str) -> str:
    """The things a prompt keeps who holds, not lent out ("wer im Verein welche Schlüssel
    hat": Schlüssel), or "" (a lending library's "prestiti … chi ha quale libro" lends)."""
    if re.search(_LENT, text.lower()) or not (m := re.search(WHICH_HELD, text, re.I)):
        return ""
    return cap(next(g for g in m.groups() if g))
# Boards that are things, not an app: "a river table board", "a cutting board", "the mood
# board feel" (one fixed-width look-behind each)
_THING_BOARD = "".join(f"(?<!{w} )" for w in (
    "table", "wood", "wooden", "oak", "walnut", "pine", "cutting", "chopping", "cheese",
    "charcuterie", "serving", "ironing", "diving", "circuit", "cork", "mood", "vision",
    "inspiration", "skirting", "floor", "paddle", "dart", "chess", "bread", "pastry", "sign",
    "memory", "drawing", "foam", "plaster", "notice", "bulletin", "message", "found",
    "announcement", "announcements"))
# people listed with their birthdays: "lista d cumpleaños d mi familia", "Liste mit Geburtstagen
# meiner Freunde", "a birthday list" (a directory, whatever "le compro un regalo" sounds like);
# not one birthday's party: its guests or presents ("Liste der Geburtstagsgäste", "lista de
# cumpleaños de Ana": one person's, where the word is the same for one and many)
_ONES = (r"(?!\s+(?:de|da|do|di|del|della)\s+(?!(?:mis?|tus?|sus?|nuestr\w+|vuestr\w+|l[oa]s?|"
         r"el|meus|minhas?|m[eu]us?|nos|noss\w+|os|as|a|o|i|le|gli|miei|mie|nostr\w+|tutt\w+|"
         r"tod[oa]s?|amig\w+|famil\w+|parent\w+|colleg\w+|colegas|alumn\w+|alun\w+|"
         r"alunni|clientes?|clienti)\b))")
BIRTHDAY_LIST = (r"\bbirthday (?:list|calendar)|\b(?:lists?|liste|lista)\s+(?:of\s+|d[e']?\s*|"
                 r"des\s+|dei\s+|dos\s+|mit\s+|der\s+)?(?:birthdays|anniversaires|"
                 rf"(?:cumplea[ñn]os|anivers[áa]rios|compleanni){_ONES}|geburtstag(?:e|en)\b)|"
                 r"\bgeburtstags(?:liste|kalender)")

_TYPE = [
    # first: a "status dashboard" or "painel de status" is a status page
    ("status", r"status ?page|statusseite|painel de status|panel de estado|tableau de statut|"
               r"pannello di stato|status[- ]?(?:panel|dashboard|board)|"
               r"p[áa]gina de (?:estado|status)|page de statut|page d'[ée]tat|"
               r"pagina di stato|\buptime\b|\bstatus\b|\boutages?\b|st[öo]rungs|"
               r"[ée]tat des services|estado de(?:l| los) servicios?|stato dei servizi|"
               # "a page showing if our servers are up"
               r"\bup or down\b|\b(?:servers?|services?|sites?|websites?|apis?|systems?) "
               r"(?:are |is )?(?:up|down|online|working)\b|servicios funcionan|servi[çc]os "
               r"(?:est[ãa]o )?funcionando|servi[çc]os funcionam|servizi funzionano|"
               r"dienste (?:laufen|funktionieren)|services fonctionnent"),
    ("dashboard", r"dashboard|tableau de bord|painel|panel de control|cuadro de mando|"
                  # "un panel para el taller", "an admin panel" (not a solar one or a jury)
                  r"(?<!solar )(?<!sandwich )\bpanel(?:es)?\b(?!\s+(?:of|de jueces|"
                  r"discussion|solar(?:es)?|fotovoltaic\w*)\b)|"
                  r"tablero de (?:control|mando)|"
                  r"cruscotto|pannello di controllo|cockpit|\badmin\b|analytics|\bcrm\b|"
                  r"statisti[ck]|estad[íi]stic|estat[íi]stic|kennzahlen|\bkpi dashboard"),
    ("leaderboard", r"leaderboard|score ?board|high ?scores?|ranking|classement|clasificaci|"
                    # a table of the scores: "tableau des scores", "tablero de puntuaciones"
                    r"tableau des? (?:scores?|points|r[ée]sultats|matchs)|"
                    r"tablero de (?:puntuaci|posiciones|resultados)\w*|"
                    r"quadro de (?:pontua|medalhas|resultados)\w*|anzeigetafel|"
                    r"tabell(?:a|one) (?:dei )?(?:punteggi|risultati)|"
                    r"tabela de pontos|tabla de puntos|tableau des points|tabella (?:dei )?punti|"
                    r"points table|\bbol[ãa]o\b|quiniela|tippspiel|pronostici|"
                    # keeping score game by game, and who leads
                    r"\bkeep(?:ing)? (?:the )?scores?\b|tenir les scores|llevar (?:la )?puntuaci|"
                    r"marcar (?:os )?pontos|\b(?:cuenta|conto|compte|conta|count|score) (?:de|dos|des|"
                    r"dei|of) (?:los |les |os |i |the )?(?:puntos|points|pontos|punti)\b|tenere il conto dei punti|punkte z[äa]hlen|spielstand|"
                    r"\bchi [èe] in testa|who'?s (?:in the lead|winning|ahead|on top|in front)|qui m[èe]ne\b|"
                    r"qui[ée]n va (?:ganando|primero)|quem est[áa] (?:ganhando|na frente)|"
                    r"\bwer f[üu]hrt\b|\bartilheir|\bgoleador|\bbuteurs?\b|torsch[üu]tzen|"
                    r"\bmarcatori\b|top ?scorers?|"
                    r"bestenliste|rangliste|classifica|standings|"
                    # a club's ladder, not the one borrowed to paint a wall
                    r"\bladder\b(?=(?:\s+\w+){0,4}\s+(?:club|league|players|ranking|ratings?|elo|"
                    r"tournament))|(?:(?<=club )|(?<=squash )|(?<=tennis )|(?<=chess )|(?<=padel )|"
                    r"(?<=pool )|(?<=darts )|(?<=golf )|(?<=challenge )|(?<=badminton ))ladder\b|league table|"
                    r"tabla de posiciones|tabela do campeonato|punktestand|punktetabelle|"
                    r"ligatabelle|hall of fame|\belo\b|tabela d[ao] (?:liga|campeonato|torneio)|"
                    # a table of a tournament's or a league's points ("Tabelle für unser
                    # Skatturnier", "tabella del torneo")
                    r"\b(?:tabelle|tabla|tabela|tabella|tableau)\s+(?:f[üu]r|der|des|unser\w*|"
                    r"del|de la|de|do|da|della|dell'|du|de notre|nuestr[oa]|nossa|nostr[oa])\s+"
                    r"(?:\w+\s+)?\w*(?:turnier|liga|torneo|torneio|tournoi|league|ligue|campeonato|"
                    r"campionato|championnat)\w*\b|"
                    r"tabla de (?:la )?liga|tableau de (?:la )?ligue|tabella (?:della )?(?:lega|campionato)|"
                    r"\b(?:wins?|vit[óo]rias|victorias|victoires|siege|vittorie)\W+(?:\w+\W+)?"
                    r"(?:draws?|empates|nuls|unentschieden|pareggi)"),
    # "board games" (and a board-game café) are games, not a kanban board; nor is a board
    # that is a thing (a river table board, a cutting board, a circuit board), a style (a mood
    # board feel) or people (the board of directors)
    ("board", rf"kanban|trello|(?<!leader)(?<!score){_THING_BOARD}\bboard\b(?![\s-]*games?)"
              r"(?![\s-]*(?:of (?:directors|trustees|governors)|members?|feet|foot)\b)|"
              r"(?<!leader)(?<!score)(?<!dash)(?<!mood)(?<!key)(?<!card)(?<!skate)(?<!snow)"
              r"(?<!surf)(?<!bread)(?<!head)(?<!foot)(?<!cup)(?<!clip)(?<!chip)(?<!floor)"
              r"(?<!switch)(?<!mother)(?<!skirting)\Bboard\b(?![\s-]*games?)|"
              r"tablero(?! de (?:puntuaci|posiciones|clasificaci|resultados))|"
              # never a unit: "12 euro al metro quadro"
              r"(?<!metro )quadro(?! de (?:pontua|classifica|medalhas|resultados))|"
              r"tableau(?! de bord)(?! des? (?:scores?|points|r[ée]sultats|classements?|matchs))|"
              # a board of notices or of things found is no kanban ("bacheca degli annunci")
              r"lavagna|bacheca(?! (?:\w+ ){0,4}(?:annunci|avvisi|comunicazioni|oggetti smarriti))|"
              r"pinnwand|\bscrum\b|"
              r"sprint ?board"),
    # (a log's "next appointment" is a date it keeps, not slots to book)
    ("booking", r"booking|\bbook (?:a|an|my)\b|reserv|(?<!next )(?<!last )appointments?|"
                r"time ?slots?|cr[ée]neaux|"
                # a service's own agenda, in the Romance languages ("agenda para minha
                # manicure", "agenda de mi peluquería"; not a meeting's agenda)
                r"\bagenda (?:para|pra|de|da|do|du|dos|das|pour|per|della|dello|del)\s+"
                r"(?:(?:a|o|la|el|le|il)\s+)?"
                r"(?:minha|meu|mi|mon|ma|mio|mia|nossa|nosso|notre|nuestra|nuestro|nostr[oa]|"
                r"citas|consultas|appuntamenti|"
                # … or of a place that serves by appointment ("agenda da barbearia do Zé")
                r"barbe\w*|barb[eé]r[ií]a|sal[ãa]o|salon|pelu\w*|cabeleir\w*|manicure|"
                r"est[ée]tica|cl[íi]nica|clinique|consult[óo]rio|studio|est[úu]dio|tatu\w*|"
                r"tattoo|massag\w*|fisio\w*|dentist\w*|parrucch\w*|coiff\w*|"
                # a pet's grooming ("agenda de banho e tosa", "agenda du toilettage")
                r"banhos?|tosas?|toilettage|toelettatura|peluquer[íi]a canina|grooming)\b|"
                r"rendez-vous|\brdv\b|prenota|agendament|agendar|(?<!de)(?<!ex)termin(?:e|en)?\b|"
                r"termin(?:buch|vergab|vereinbar|kalender|plan)|buchung|\bcitas?\b|"
                r"consultas?|tutor[íi]as?\b|tutorat\b|marca[çc][ãa]o|\bmarca[mr]? (?:um |o |seu |sua )?hor[áa]rio|\bmarcar(?:em)? (?:uma )?aulas?\b|\bmarcar hora|"
                r"belegungsplan|sprechstunde|\btutor(?:ing|s)?\b|nachhilfe|"
                r"\bcours particuliers|clases particulares|aulas particulares|ripetizioni private|"
                r"lezioni private|(?:pick|choose|book) (?:a|an) (?:slot|hour|time)|"
                # "(students) pick a time": choosing a slot in six languages
                r"\b(?:escolh\w*|scelg\w*|elig\w*|choisi\w*|pick\w*|choos\w*|w[äa]hl\w*|"
                r"reserv\w*)\s+(?:um |una? |la |le |las |los |les |a |o |os |an |the |einen? |"
                r"eine |ihren? |den |die |seu |sua |il |lo |gli |i )?"
                # with a word or two between: "pick a free lesson time"
                r"(?:[\w-]+\s+){0,2}?"
                r"(?:hor[áa]rios?|horas?|orari[oe]?|cr[ée]neaux?|slots?|times?|termine?|stunden?|"
                r"days?|dates?|d[íi]as?|jours?|giorn[oi]|datas?|tage?|datum|"
                r"uhrzeit|fasc(?:ia|e) orari[ae])\b"),
    ("flashcards", r"flash ?cards?|karteikarten?|fiches de r[ée]vision|cart[õo]es de estudo|"
                   # questions with answers to choose from, as an exam's
                   r"preguntas (?:tipo test|de (?:opci[óo]n|selecci[óo]n) m[úu]ltiple)|"
                   r"perguntas (?:de m[úu]ltipla escolha|tipo teste)|questions? [àa] choix "
                   r"multiples?|\bqcm\b|multiple[- ]choice (?:questions?|quiz\w*|test)|"
                   r"domande a (?:risposta )?multipla|multiple-choice-fragen|"
                   r"tarjetas de (?:estudio|memoria)|fichas de estudo|schede di studio|"
                   r"\bquiz|lernkart|r[ée]viser\b|(?:tarjetas|fichas|fiches|cartes|cart[õo]es|"
                   r"cartas|karten|cards|schede|carte|k[äa]rtchen)\s+(?:pour|para|pra|per|um|to|"
                   r"zum)\s+(?:apprendre|"
                   r"aprender|estudiar|estudar|imparare|studiare|learn|study|lernen|r[ée]viser|"
                   r"revisar|repasar|ripassare|wiederholen|rever|revise|practi[cs]e|[üu]ben|"
                   r"pratiquer|practicar|praticar|memorizar|memorizzare)|lernkartei|karteikasten|spaced repetition|vocab|"
                   r"vokabel|vocabul|vocabol|memori[sz]e|m[ée]moriser|memorizar|memorizzare"),
    ("calculator", r"calculat|calculadora|calculateur|calculette|calcolatore|calcolatric|"
                   r"\bcalcul\b|\bc[áa]lculo\b|\bcalcolo\b|"
                   r"rechner\b|simulador|\b(?:work|figure) out (?:my|the|how|what)\b|"
                   r"countdown|compte [àa] rebours|cuenta (?:atr[áa]s|regresiva)|"
                   r"contagem regressiva|conto alla rovescia|\bdays (?:until|left)\b|"
                   # days since a date, not since the last time a thing was done (a log's)
                   r"\bdays since\b(?! (?:the |my |our |its |their |each |it was |they were )?"
                   r"last\b)|"
                   r"converter|convertisseur|convertidor|convertitore|umrechner|conversor|"
                   r"simulat|\bestimator"),
    ("menu", rf"\bmenus?\b|\bmen[ùú]\b|\b(?:bestell|mittags|wochen|tages|essens|kantinen|"
             rf"mensa|schul|kita)men[üu]s?\b|speisekarte|getr[äa]nkekarte|weinkarte|mittagskarte|"
             r"wochenkarte|tageskarte|"
             rf"card[áa]pio|\bementa\b|\bla carte\b(?! des (?:\w+ )?{PLACES})|"
             rf"carte des(?! (?:\w+ )?{PLACES})|carte du (?:restaurant|caf)|"
             # "une carte pour ma pizzeria": a place that serves food has a carte
             r"\bcartes? (?:pour|de) (?:mon|ma|notre|nos|mes) (?:\w+ )?(?:pizzeria|restaurant|"
             r"caf[ée]|bistrot?|brasserie|cr[êe]perie|boulangerie|bar|food ?truck|traiteur)|"
             r"\bcarta\b|food ?truck|takeaway|take-away|drinks? list|wine list|"
             # a card whose list has prices: "Karte für unser Vereinsheim: Pils 3,50 €, …"
             r"\b(?:karte|carte)\b(?=[^.!?\n:]{0,60}:\s*[^.!?\n:]{0,40}?(?:\d(?:[.,]\d+)?\s*(?:€|"
             r"eur\b|euros?\b|chf\b|\$|£)|(?:€|\$|£|r\$)\s*\d))|"
             # a page to put an order together: "eine Bestellseite für die Essensausgabe"
             r"\border(?:ing)? page|page de commande|p[áa]gina de (?:pedidos|encomendas)|"
             r"pagina (?:degli |per gli )?ordini|bestellseite|bestellformular|"
             # ordering food to take away or pick up
             r"\border (?:\w+ ){0,3}(?:for|to) (?:pick-?up|collection|delivery|take ?away)|"
             r"\bpre-?orders?\b|da asporto|[àa] emporter|para llevar\b(?! (?:la cuenta|el control|un registro|registro|la puntuaci))|para viagem|"
             r"zum mitnehmen|encomendas? de|ordinazion|a domicilio|pizza delivery|"
             r"food delivery|lieferservice|livraison [àa] domicile|consegna a domicilio"),
    ("signup", r"sign[- ]?up sheet|signup sheet|sign[- ]?up form|\bsign[- ]?ups?\b(?! (?:for|to) (?:my|our|the) (?:newsletter|wait ?list|beta))|\brsvp|"
               r"registration form|event registration|inscri[pç]|anmeldeliste|anmeldung|"
               r"iscrizion|volunteer|b[ée]n[ée]vole|voluntari|volontari|\brota\b|"
               # (the verb is no work shift: "shift it along when it moves on")
               r"\bshifts?\b(?!\s+(?:it|them|things|(?:the|a|that|this|each|every)\s+\w+)\s+"
               r"(?:along|across|over|forward|on|back|to|into|up|down)\b)|"
               r"(?:duty|shift|cleaning|chore) roster|helfer|dienstplan|schichtplan|"
               r"teilnehmerliste|g[äa]steliste|guest ?list|potluck|\bturni\b|\bturnos\b|"
               r"\bescala\b|lista de (?:invitados|convidados)|liste des invit|lista (?:degli )?ospiti|"
               rf"{CARPOOL}|\bwho brings\b|"
               r"\b(?:sich|euch|uns) (?:\w+ ){0,5}eintragen\b|tr[äa]gt sich ein|tragen sich ein|"
               # who comes and what they bring
               r"\bwho(?:'s| is) coming|\bwhat (?:they|everyone|each \w+) brings?\b|"
               r"\bqui[ée]n viene|qu[ée] trae|\bchi (?:porta|viene)\b|\bquem (?:vem|leva)\b|"
               r"o que cada um leva|\bqui vient\b|qui apporte|\bwer kommt\b|\bwer bringt\b|"
               r"\bwer\b[^.;:]{0,40}\bmitbringt\b|\bse apunt\w*|\bapuntarse\b|"
               # an RSVP in other words: "confirmez votre présence", "confirma tu asistencia"
               r"\bconfirm\w* (?:(?:votre|ta|sa|leur|tu|su|vuestra|sua|tua|la|a) )?(?:pr[ée]sence|"
               r"asistencia|presen[çc]a|presenza|partecipazione|attendance)\b|"
               r"\bconfirma[çc][ãa]o de presen[çc]a|\bconfirmaci[óo]n de asistencia|"
               r"\bconferma (?:della )?presenza|\b(?:zu|ab)sagen f[üu]r\b|\bzusagen\b|"
               r"\bzu- und absagen\b|\br[üu]ckmeldung(?:en)? (?:zur|f[üu]r|zu)\b"),
    ("tracker", r"tracker|tracking|"
                # the English verb borrowed: "Medikamente tracken", "trackear mis gastos"
                r"\btrack(?:en|st|ear|eo|eamos)\b|\bgetrackt\b|tenere traccia|garder (?:une )?trace|llevar (?:el |un )?"
                r"(?:control|registro)|tener (?:un )?registro|\b(?:keep )?track (?:of |how |my |our |the |what |when |"
                r"daily |every )|\bhabits?\b|suivi|"
                # signing oneself up is accounts, not a log: "i clienti si registrano"
                r"(?<!\bsi )(?<!\bse )(?<!\bs')(?<!\bsich )registr(?!ar-?se|arsi|ieren sich)|"
                r"seguimiento|controle|controlar|\bregistos?\b|"
                r"controllare|control de|tagebuch|\blogbook\b|\blogs?\b(?!\s*(?:in|on|out|into)\b)|"
                r"(?:food|mood|workout|training|sleep|gratitude|reading|dream|fitness|running|diet|"
                r"symptom|health|baby|feeding|garden|fishing|flight|water) journal|"
                r"journal de bord|\bdiary|\bcarnet\b(?! d'adresses| de recettes)|bit[áa]cora|diario|di[áa]rio|gewohnheit|"
                r"h[áa]bito|habitude|abitudin|streaks?|protokoll|acompanha|"
                # a counter app, not the one paid at ("pay at the counter")
                r"(?<!at the )(?<!the shop )\bcounter\b|\bsuivre\b|"
                r"im blick behalten|den [üu]berblick|"
                r"contador|compteur|contatore|z[äa]hler|"
                r"\B(?<!adress)(?<!telefon)(?<!koch)(?<!rezept)(?<!g[äa]ste)buch\b"),
    ("directory", rf"director(?:y|io)|annuaire|verzeichnis|\belenco\b|diret[óo]rio|listings?|"
                  rf"{ADOPT}|{CATALOGUE}|repertorio|r[ée]pertoire|guide to|who'?s who|\broster\b|address book|"
                  r"adressbuch|telefonbuch|carnet d'adresses|libreta de direcciones|rubrica|"
                  rf"{BIRTHDAY_LIST}|"
                  r"\bcontacts\b|contact (?:list|book)|kontaktliste|mitgliederliste|kartei|inventory|inventarliste|inventur|"
                  r"inventaire|inventario|invent[áa]rio|\bdatabase\b|datenbank|"
                  r"base de (?:donn[ée]es|datos|dados)|banco de dados|\bcollection\b|sammlung|"
                  r"colecci[óo]n|cole[çc][ãa]o|collezione"),
    ("landing", r"landing|homepage|home page|page d'accueil|p[áa]gina de inicio|startseite|"
                r"pagina iniziale|wait ?list|liste d'attente|lista de espera|warteliste|"
                r"lista d'attesa|one-?pager|site vitrine|coming soon|launch page|"
                # a launch page in the other five languages
                r"page de lancement|p[áa]gina de lanzamiento|p[áa]gina de lan[çc]amento|"
                r"pagina di lancio|launch-?seite|"
                # a site of one page: "a one-page site", "un site d'une seule page"
                r"\b(?:one|single)[- ]page (?:site|website|web ?page)|"
                r"\bsite d'une (?:seule )?page|\b(?:sitio|p[áa]gina web) de una (?:sola )?p[áa]gina|"
                r"\bsite de uma (?:s[óo] )?p[áa]gina|\bsito (?:di|a) una (?:sola )?pagina|"
                r"\beinseitige (?:website|webseite|homepage)|"
                r"p[áa]gina de (?:aterrizaje|destino|captura)|p[áa]gina inicial|site institucional|"
                r"p[áa]gina de (?:apresenta[çc][ãa]o|presentaci[óo]n)|sito vetrina|"
                r"(?:sito|pagina) di presentazione|page de pr[ée]sentation|"
                r"pr[äa]sentationsseite|vorstellungsseite"),
    ("todo", r"\bto-?do|\bthings to do\b|\bto do list|\btasks?\b|checklist|tarefas|tareas|aufgaben|t[âa]ches|cose da fare|"
             r"cosas (?:que|por) hacer|choses [àa] faire|coisas (?:pra|para|a) fazer|"
             r"(?:dinge|sachen) zu erledigen|"
             r"pendientes|planner|planer\b|reminders?|errands?|chores?|corv[ée]es|afazeres|"
             r"faccende|quehaceres|hausarbeiten|"
             r"einkaufsliste|einkaufszettel|packliste|shopping list|grocery list|packing list|"
             r"bucket list|liste d(?:e|es) courses|lista de (?:la )?compras?|lista (?:della|da) spesa|"
             r"planificador|planejador|pianificatore|planificateur|erledigungen|besorgungen"),
    ("blog", r"blog"),
    ("store", r"\bshop\b|(?<!work)(?<!photo)\Bshop\b|\bstore\b|storefront|e-?commerce|tienda|"
              r"boutique|\bloj(?:a|inha)\b|negozi(?:o|ett[oi])|tiendita|l[äa]dchen|onlineshop|webshop|"
              # (not one's home or car sold: "getting my house ready to sell")
              r"(?<!ready to )\bsells?\b(?!\s+(?:my|our|the|this|his|her)\s+(?:house|home|flat|"
              r"apartment|condo|car|property|place)\b)|bookshop|"
              r"bookstore|hofladen|dorfladen|bioladen"),
]
# What a tracker with no app word keeps, in the six languages (the tracker's view and title
# follow them too: dataapp, titles).
MOOD = (r"\bmoods?\b|humeur|\bhumor\b|\bstimmung|\bumore\b|[áa]nimo\b|how i feel|"
        r"\bfeelings\b|\bemotions\b|[ée]motions\b|emociones|emo[çc][õo]es|emozioni|gef[üu]hle|"
        r"como me sinto|c[óo]mo me siento|comment je me sens|come mi sento|wie ich mich f[üu]hle")
RUNS = (r"\bruns\b|running|jogging|footing|course [àa] pied|\bcorse\b|corridas?\b|"
        r"carreras\b|l[äa]ufe\b|\blaufen|\brides\b|sorties? (?:v[ée]lo|running)|radtouren|"
        r"\bpace\b|\ballure\b|bike rides|cycling|\bv[ée]lo\b|ciclismo|radfahr")
WORKOUT = (r"workouts?|entrenamientos?|treinos?|allenament|entra[îi]nements?|\btraining|"
           r"\bgym\b|palestra|gimnasio|fitnessstudio|salle de sport|\blifts\b|muscula|"
           r"\bs[ée]ances?\b|sesiones|sess[õo]es|sessioni")
SLEEP = (r"\bsleep|sommeil|\bsue[ñn]o\b|schlaf|\bsono\b|\bsonno\b|dormi|dormir|every (?:night|evening)|"
         r"chaque (?:soir|nuit)|cada noche|toda (?:a )?noite|todas as noites|jeden abend|"
         r"ogni (?:sera|notte)")
# Who was there: an attendance list.
ATTEND = (r"attendance|\bpresen[çc]as?\b|pr[ée]sences?\b|asistencias?\b|presenze|anwesenheit|"
          r"\broll call|\bchiamata\b")
# A calendar asked for, in the six languages.
CALENDAR = r"\bcalendar\b|calend[áa]rio|calendrier|\bcalendario\b|\bkalender(?:ansicht)?\b"
# Tasks "in columns" / "moved between columns" are cards on a board ("with owner and budget
# columns" are a list's fields).
_COLUMNS = (r"\b(?:in|into|between|across|en|entre|zwischen|tra|fra|nas?|em|nelle)\s+"
            r"(?:\w+\s+)?(?:spalten|columns|colonnes|columnas|colunas|colonne)\b|"
            r"\b(?:tafel|brett|aufgabenbrett|aufgabentafel)\b")
_LIBRARIES = r"\blibrary\b|biblioth[èe]que|biblioteca|bibliothek|mediateca|ludoth[èe]que|ludoteca"
_LIBRARY = rf"{LEND}|{_LIBRARIES}"
# No shape word: domain words still point somewhere.
DOMAIN = [
    # a map or list of a town's places; a library whose books are lent (who has which)
    ("directory", rf"\b(?:cartes?|mapas?|mappa|maps?|karte|guide|guia|gu[íi]a|guida|"
                  rf"f[üu]hrer|liste|lista|list) (?:des|de|dos|das|de los|de las|dei|delle|"
                  rf"degli|der|of|of the|di|do|da) (?:\w+ )?{PLACES}\b|{_LIBRARY}"),
    ("flashcards", r"\blearn\b|aprender|apprendre|imparare|\blernen\b|studiare|estudar|"
                   r"estudiar|\bstudy\b|r[ée]viser|repasar|revisar|ripassare|\bverbs\b|conjugat|conjugaison|conjugaci[óo]n|conjuga[çc][ãa]o|"
                   r"coniugazion|konjugat|\bpractice (?:my |their |our |the )?(?:\w+ )?"
                   r"(?:words|vocab\w*|phrases|verbs)"),
    ("leaderboard", r"\bcampeonato\b|championnat|campionato|meisterschaft|\btorneio\b|"
                    r"\btorneo\b|\btournoi\b|\b\w*turnier\b|\btournament\b|\bfastest\b|lap times|best times|meilleurs temps|mejores tiempos|"
                    r"melhores tempos|bestzeit|tempi migliori|giri (?:pi[ùu] )?veloci|"
                    r"\bwho (?:\w+ ){0,2}the most\b|\bquem (?:\w+ ){0,2}mais\b|"
                    r"\bqui[ée]n (?:\w+ ){0,2}m[áa]s\b|\bqui (?:\w+ ){0,3}le plus\b|"
                    r"\bwer (?:\w+ ){0,2}die meisten\b|\bchi (?:\w+ ){0,2}pi[ùu]\b"),
    ("directory", r"\brecipes?\b|recettes?|recetas?|receitas?|ricette|rezept|"
                  r"\ba list of\b|\blista de (?:todos|todas|los|las|os|as)\b|\bliste des\b|"
                  r"\bliste (?:aller|der)\b|\belenco (?:di|dei|delle)\b|"
                  # lists of things to read or watch
                  r"(?:[àa]|da|zu|to) (?:regarder|lire|ver|ler|leer|vedere|"
                  r"leggere|lesen|watch|read)\b|que quero (?:ler|ver)|que quiero (?:leer|ver)|"
                  r"leseliste|watch ?list|reading list|wish ?list|wunschliste|liste de souhaits|"
                  r"lista de (?:deseos|desejos)|lista dei desideri"),
    ("store", r"\bproducts?\b|\bcart\b|catalog(?:ue)?|\bselling\b|\bvendre\b|\bvender\b|"
              r"\bvendere\b|verkauf|\bvendo\b|\bvendemos\b|\bvendiamo\b|\bvends\b|"
              r"\bvendons\b|\bi sell\b|\bwe sell\b"),
    ("blog", r"\bposts?\b|articles?|journal|newsletter|magazin"),
    ("tracker", r"\bbudget|expenses|spending|d[ée]penses|\bgastos\b|despesas|\bspese\b|"
                rf"ausgaben|{WORKOUT}|{RUNS}|{MOOD}|{SLEEP}|"
                # noting or counting something down, with no app named: a log of it
                r"\b(?:marcar|anotar|apuntar|noter|segnare|annotare|contar|compter|contare|"
                r"apuntamos|anotamos|notons|segniamo|annotiamo|"
                r"z[äa]hlen|aufschreiben|notieren|jot down|note down|count how)\b|"
                r"\b(?:je|j'|eu|yo|io|ich|i) ?(?:\w+ )?(?:note|anoto|apunto|segno|annoto|marco|"
                r"registro|notiere|trage|eintrage|austrage|log|track)\b|"
                r"\bevery ?day\b|\bdaily\b|chaque jour|tous les jours|cada d[íi]a|todos los d[íi]as|"
                r"todo (?:o )?dia|todos os dias|jeden tag|t[äa]glich|ogni giorno|tutti i giorni|"
                r"\b(?:a|per) day\b|par jour|al d[íi]a|por d[íi]a|pro tag|am tag|al giorno|"
                r"por dia|ao dia|llevar la cuenta|tenir le compte|"
                r"\b(?:a|per) week\b|pro woche|par semaine|por semana|a settimana|"
                r"alla settimana|\bspend\b|\bgasto\b|spendo|spendiamo|d[ée]pense|ausgebe|"
                # watering plants, attendance
                r"water(?:ed|ing|s)? (?:the |my |our )?plants|plants? needs? water|"
                r"\bwater(?:ed|ing)\b|\blast water\b|"
                # in every form: "arrosage", "j'arrose", "gegossen", "Gießplan", "riego", "rego"
                r"\breg(?:ar|o|a|as|amos|ad[oa]s?|u|aste|gem)\b|\brieg(?:o|a|as|an|os)\b|\barros\w*|"
                r"\binnaffi\w*|\bannaffi\w*|gie[ßs](?:en|e|t|plan|kanne)\w*|\bgegossen\b|"
                rf"{ATTEND}"),
    # chores: who takes out the rubbish; what the household needs from the shop
    ("todo", r"o que (?:precisa|falta)|what we need|ce qu'il (?:faut|manque)|lo que (?:falta|hace "
             r"falta)|was wir brauchen|cosa (?:manca|serve)|\bsupermercado\b|\bsupermarket\b|"
             r"\bgroceries\b|do mercado|limpiar|\blimpar\b|nettoyer|\bpulire\b|\bcleaning\b|"
             r"a qui[ée]n le toca|de quem [ée] a vez|[àa] qui le tour|wer ist dran|a chi tocca|"
             r"whose turn|\bbasura\b|\blixo\b|poubelles?|spazzatura|\bm[üu]ll\b|\btrash\b|garbage|"
             r"laundry|\bdishes\b|lavar (?:los platos|a lou[çc]a)|vaisselle|lavare i piatti|"
             r"abwasch|\bputzen\b|limpieza|limpeza|m[ée]nage|pulizie|\bhousework\b"),
    ("dashboard", r"\bsaas\b|metrics|\bkpis?\b|customers?|\breports?\b|rapports?|"
                  r"relat[óo]rios?|berichte"),
    ("landing", r"marketing|launch|portfolio|website|"
                r"\b(?:page|p[áa]gina|seite|webseite|website|pagina|site|sito|sitio) (?:pour|for|para|pra|pro|"
                r"f[üu]r|per|de|da|do) (?:(?:a|o|la|il) )?(?:my|our|mon|ma|notre|mi|nuestr[oa]|minha|meu|nossa|"
                r"nosso|meine?n?|unser\w*|il mio|la mia|il nostro|la nostra) (?:\w+ ){0,2}(?:cabinet|clini|"
                r"praxis|salon|sal[ãa]o|studio|est[úu]dio|atelier|business|entreprise|empresa|"
                r"negocio|neg[óo]cio|betrieb|attivit[àa]|azienda|shop|boutique|loja|tienda|"
                r"negozio|\w*laden|\w*hof|restaurant|caf[ée]|bar|hotel|g[îi]te|b&b|pousada|agriturismo|"
                r"bakery|boulangerie|padaria|panader[íi]a|b[äa]ckerei|panetteria|"
                # a service done to people or their pets: "página para mi peluquería canina"
                r"peluquer[íi]a|barber[íi]a|barbearia|barbershop|barber|hairdresser|"
                r"coiffeur|coiffure|friseur\w*|parrucchier\w*|cabeleireir\w*|toilettage|"
                r"toelettatura|grooming|groomer|hundesalon|tosa|spa|gym|gimnasio|academia|"
                r"palestra|fitnessstudio|werkstatt|taller|oficina|garage|officina)"),
    # a sum asked as a question ("how much is 20% off 85 dollars"): only when a calculator
    # here computes it (see detect)
    # (not one of a list's fields: "nombre y cuánto", "name and how much")
    ("calculator", r"(?<!\by )(?<!\band )(?<!\be )(?<!\bet )(?<!\bund )(?<!, )"
                   r"(?:\bhow (?:much|many|long|old)\b|\bcombien\b|\bcu[áa]nt[oa]s?\b)|"
                   r"moyenne|\baverage\b|promedio|\bm[ée]dia\b|durchschnitt|coefficients?|"
                   r"weighted|pond[ée]r|mensualit|monthly payments?|\brate del\b|"
                   r"\bquant[oa]s?\b|\bwie (?:viel|lange|alt)\b|\bwhat(?:'s| is) \d"),
]
# Weaker still, when no domain word says more: people kept in a list are a directory
# ("todos os alunos da turma e suas notas"), but students practising verbs are flashcards.
WEAK = [
    # a site with no other word: a page about the place ("site para o meu salão de beleza", "a
    # plant nursery page like this mockup")
    ("landing", r"\bsite\b|\bsito\b|\bsitio\b|p[áa]gina web|\bwebsite\b|webseite|\bwebpage\b|"
                r"\b(?:eine|une|una|uma|a|my|our) (?:[\w'-]+ ){0,3}?(?:seite|page|p[áa]gina|"
                r"pagina)\b|"
                # … with no article, for one's own place: "página para mi escuela de buceo",
                # "Seite für meine Hundeschule"
                r"\b(?:seite|page|p[áa]gina|pagina)\s+(?:pour|for|para|pra|pro|f[üu]r|per)\s+"
                r"(?:(?:a|o|la|il)\s+)?(?:my|our|mon|ma|notre|mi|nuestr[oa]|minha|meu|nossa|"
                r"nosso|meine?[nrs]?|unser\w*|mio|mia|nostr[oa])\b"),
    # a list of things with nothing more said: entries to add and find; an overview of them
    # (the list word with its article joined: "lista dos sócios", "lista das receitas", "liste
    # du matériel", "lista del material", "lista dei soci": review26 #42 read none)
    ("directory", r"\w+liste\b|\blista (?:de|dos|das|do|da|del|di|dei|degli|delle|della)\b|"
                  r"\bliste (?:de|du|des)\b|\blist\b|"
                  r"\b(?:ne|'ne|eine|die|meine|unsere) liste\b|"
                  # "jveux une liste pour les cadeaux de noel : pour qui, idée, prix"
                  r"\b(?:une|ma|notre) liste (?:pour|des?|du)\b|"
                  r"\b(?:[üu]bersicht|overview|aper[çc]u|panoramica|vis[ãa]o geral|resumen) (?:der|"
                  r"aller|über|von|of|des|de|dei|delle|degli|das|dos|do|da)\b"),
    ("directory", r"\b(?:students|pupils|alunos|alumnos|[ée]l[èe]ves|studenti|sch[üu]ler|members|"
                  r"membres|miembros|membros|membri|mitglieder|s[óo]cios|soci|adh[ée]rents|"
                  r"contacts|contatos|contactos|"
                  r"contatti|kontakte)\b"),
]
# Apps people ask for that no shape is: (pattern, the shape built instead, what was asked).
# who paid or bought what, among several people
_WHO_PAID = (r"\b(?:who (?:bought|paid|pays|spent|put in)|qui a (?:pay[ée]|achet[ée]|avanc[ée])|"
             r"qui paie|qui(?:én|en) (?:pag[óo]|compr[óo]|puso)|wer (?:hat )?(?:was )?(?:gekauft|"
             r"bezahlt|ausgelegt)|wer (?:kauft|zahlt)|quem (?:pagou|comprou)|chi ha (?:pagato|"
             r"comprato|speso))\b")
# sharing a sum out between them
_SHARE_OUT = (r"\b(?:split(?:s|ting)?|share (?:it|them|the costs?) (?:out|fairly)|settle up|"
              r"partag\w*|r[ée]parti\w*|divis\w*|dividir|divid\w*|repart\w*|teilen|aufteilen|"
              r"abrechn\w*|dividere|spartire)\b")
_BEYOND_SHAPES = [
    # (who owes the person: a list of what each owes, which a log holds: "who owes me money")
    (r"splitter|split(?:ting)? (?:the )?(?:expenses|costs|rent)|who owes(?! (?:me|us)\b)|"
     r"splitwise|tricount|"
     r"qui doit (?:combien|quoi|à qui)|(?:partager|r[ée]partir) les (?:d[ée]penses|frais)|"
     r"qui(?:én|en) (?:pag[óo]|paga|debe) (?:qu[ée]|a qui[ée]n)|(?:dividir|repartir) (?:los )?"
     r"gastos|wer (?:schuldet|hat was bezahlt|zahlt was|wem was schuldet)|"
     r"ausgaben (?:auf)?teilen|quem (?:pagou|deve) (?:o )?qu[eê]|quem deve a quem|"
     r"dividir (?:as )?despesas|chi (?:ha pagato|deve) cosa|chi deve a chi|"
     r"dividere (?:le )?spese|"
     # who paid for what, to share it out: "who bought groceries and how much so we can split
     # it", "qui a payé les courses … et partager", "quién pagó la compra … y dividir"
     rf"{_WHO_PAID}[^.;!?]{{0,90}}{_SHARE_OUT}|{_SHARE_OUT}[^.;!?]{{0,60}}{_WHO_PAID}",
     "tracker", "an expense splitter (who owes whom)"),
    (r"\bchat app|messenger|messaging app", "board", "a chat app"),
    (r"social network|\bforum\b", "blog", "a social network or forum"),
]
# Well-known products: "an app like Uber for our village" asks for that product (accounts,
# servers, matching, streaming), which no offline shape is.
_PRODUCTS = ("Uber Eats", "Uber", "Lyft", "BlaBlaCar", "Airbnb", "Booking.com", "Instagram",
             "TikTok", "Spotify", "Netflix", "YouTube", "Facebook", "Twitter", "WhatsApp",
             "Snapchat", "Pinterest", "LinkedIn", "Tinder", "Bumble", "Amazon", "eBay",
             "DoorDash", "Deliveroo", "Glovo", "iFood", "Rappi", "Zoom", "Slack", "Discord",
             "Reddit", "Twitch", "Google Maps", "Waze", "Duolingo", "Venmo", "PayPal", "Vinted",
             "Wallapop", "Telegram", "Tripadvisor", "Zillow", "Mercado Libre", "Lieferando",
             "Shazam", "Strava", "Wikipedia")
_PRODUCT_RE = "|".join(re.escape(p.lower()) for p in _PRODUCTS)
PRODUCT_NAMES = {p.lower() for p in _PRODUCTS}  # never the app's own name ("mit PayPal")
_LIKE = (r"(?:clone|clon|copy|copia|copie|c[óo]pia|klon) (?:of|de|do|da|di|von)|like|wie|comme|como|come|tipo|[àa] la|style|estilo|stile|genre|type|clone|clon|klon|"
         r"similar to|similar a|similaire [àa]|parecid[ao] (?:a|com)|simile a|[äa]hnlich wie|"
         r"inspired by|inspir[ée]e? de|inspirad[ao] en|ispirat[ao] a|nach dem vorbild von")
_CLONE = re.compile(
    rf"\b(?:{_LIKE})\s+(?:(?:an?|the|un|une|le|el|la|o|a|il|lo|der|die|das|ein|eine|um|uma|"
    rf"uno|una)\s+)?(?P<a>{_PRODUCT_RE})(?![\w.])"
    rf"|(?<![\w.])(?P<b>{_PRODUCT_RE})[- ]?(?:like|style|clone|klon|clon|artige?)\b"
    rf"|\b(?:an?|the|un|une|le|el|o|il|lo|ein|eine|um|uma|uno|una)\s+(?P<c>{_PRODUCT_RE})\s+"
    rf"(?:for|of|pour|de|des|du|para|per|für|fürs|da|del|della|do|dos)\b")


# Words a shape's pattern matches that are something else in the prompt's language: "todo dia"
# is Portuguese for "every day", not a to-do list; "rota" a route, not a duty rota; "escala" a
# scale or stopover in Spanish; "carta" a letter or paper in Italian and Portuguese. A match on
# one of these is passed over when the prompt is in that language (i18n.guess), unless the words
# after it make it the shape word again ("una todo list", "la carta dei vini"). Found by
# matching every function word of i18n against the shape patterns.
_APP_WORD = r"[\s-]*(?:list|app|liste|lista)\b"
_DRINKS = r"\s+(?:dei vini|de vinhos|do restaurante|del ristorante|do bar|del bar|de bebidas|delle bevande)\b"
NOT_SHAPE: dict[str, dict[str, str]] = {
    "es": dict.fromkeys(("todo", "toda", "todos", "todas", "escala", "escalas"), _APP_WORD),
    "pt": dict.fromkeys(("todo", "toda", "todos", "todas", "rota", "rotas"), _APP_WORD)
    | {"carta": _DRINKS},
    "it": {"sono": _APP_WORD, "carta": _DRINKS},  # "they are", not Portuguese sleep
    "fr": {"corse": _APP_WORD},  # Corsica, not Italian runs
    "de": {}, "en": {}}

# Shape words long enough to tell a typo of from another word: a word of 6-7 letters one edit
# away, or of 8+ letters two edits away, with the same first letter, is read as the shape word
# ("dashbord", "leaderbord", "calculater"). Common neighbours with another first letter
# (booking/cooking) never match; those with the same one (landing/lending, planner/planter, directory/directors) are left out on purpose, and real words one or two
# edits from a kept one are listed in _REAL_WORDS.
TYPO_WORDS = ("dashboard", "leaderboard", "scoreboard", "calculator", "flashcards", "tracker",
              "booking", "tableau", "tablero",
              "kanban", "checklist", "inventory", "appointment", "appointments", "reservation",
              "reservations", "storefront", "homepage", "calculadora", "calculatrice",
              "calcolatrice", "calcolatore", "classement", "classifica", "verzeichnis", "rangliste", "bestenliste", "prenotazione", "agendamento",
              "speisekarte", "inscriptions", "anmeldeliste")
_REAL_WORDS = {"trucker", "truckers", "tracked", "trackers", "tracke", "tracken", "trackst",
               # a German dryer and tractor: "den Trockner in 90-Minuten-Blöcken buchen"
               "trockner", "trocknern", "trockners", "trecker", "treckern",
               "calculated", "calculates", "calculating", "reservoir", "reservoirs", "inventor", "inventors", "checklists",
               "dashboards", "scoreboards", "leaderboards", "appointed", "homepages",
               "classifier", "classifiers", "calculators",
               # Portuguese "service" (a help desk's, a shop's): no "agendamento" typed wrong
               "atendimento", "atendimentos"}


def _edits(a: str, b: str, most: int) -> int:
    """The optimal-string-alignment distance of ``a`` and ``b`` (a swap of two neighbours is
    one edit), or ``most + 1`` once it is known to be larger."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > most:
            return most + 1
        prev2, prev = prev, row
    return prev[-1]


def mend(prompt: str) -> str:
    """``prompt`` with its typos of shape words put right, for reading which app it asks for
    and its subject (the run keeps the prompt as typed)."""
    def fix(m: re.Match) -> str:
        word = m.group()
        low = _plain(word.lower())
        if len(low) < 6 or low in TYPO_WORDS or low in _REAL_WORDS:
            return word
        most = 1 if len(low) < 8 else 2
        near = [(d, w) for w in TYPO_WORDS if w[0] == low[0]
                and (d := _edits(low, w, most)) <= most]
        return min(near)[1] if near else word
    mended = re.sub(r"[^\W\d_]+", fix, prompt)
    lang = i18n.guess(mended)
    if lang in _CASUAL_SHORT:  # "jvoudrais un classement", "app pa llevar … lo q me deben"
        return re.sub(_CASUAL_SHORT[lang][0], _CASUAL_SHORT[lang][1], mended, flags=re.I)
    if lang != "en":
        return mended
    def restore(m: re.Match) -> str:
        word = _CASUAL_WORDS[m.group().lower()]
        return word[0].upper() + word[1:] if m.group()[0].isupper() else word
    return _CASUAL.sub(restore, mended)


# French, Spanish and Portuguese typed casually, written out: "jvoudrais" is "je voudrais"
# (never a name), "pa" "para", "q" "que", "vc" "você"
_CASUAL_SHORT = {
    "fr": (r"\bj(?=(?:voudrai[st]?|veux|vais|suis|cherche|peux|sais|voulais|dois|fais|prends|"
           r"mets|note|aimerais|ai|avais|adore|organise|utilise|essaie)\b)",
           lambda m: "j'" if m.string[m.end()] in "aeiouAEIOU" else m.group() + "e "),
    "es": (r"\b(?:pa|q|xq|pq|tb)\b(?!['’])",
           lambda m: {"pa": "para", "q": "que", "xq": "porque", "pq": "porque",
                      "tb": "también"}[m.group().lower()]),
    "de": (r"\b(?:brauch|hätt|möcht|ne|nen)\b(?!['’])",
           lambda m: {"brauch": "ich brauche", "hätt": "ich hätte", "möcht": "ich möchte",
                      "ne": "eine", "nen": "einen"}[m.group().lower()]),
    "pt": (r"\b(?:vc|vcs|q|pq|tb|tbm)\b(?!['’])",
           lambda m: {"vc": "você", "vcs": "vocês", "q": "que", "pq": "porque", "tb": "também",
                      "tbm": "também"}[m.group().lower()]),
}
# English typed casually, as the reader's English phrases are written: "dont need a menu",
# "can u make", "whos on top" ("its", "lets", "id" and "wont" are words of their own).
_CASUAL_WORDS = {
    **{w: w[:-1] + "'" + w[-1] for w in (
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt",
        "wouldnt", "shouldnt", "havent", "hasnt")},
    **{w: w[:-1] + "'" + w[-1] for w in ("thats", "theres", "whats", "whos", "heres")},
    "im": "i'm", "ive": "i've", "youre": "you're", "theyre": "they're", "u": "you",
    "ur": "your", "w/": "with", "w/o": "without"}
_CASUAL = re.compile(r"(?<!['’])\b(?:" + "|".join(map(re.escape, _CASUAL_WORDS))
                     + r")(?!['’\w/])", re.I)


# Words that name a shape but say something else here: accounts the prompt does NOT want
# ("bitte keine Anmeldung", "no login needed") and a salon's menu of services, which is what
# is booked, not food ordered. Blanked (same length) before the shapes are looked for.
_NOT_ASKED = re.compile(
    r"(?:\bno|\bwithout|\bkeine?n?|\bohne|\bsans|\bpas d[e']|\bsin|\bsem|\bsenza|\bniente)"
    r"\s*(?:\w+\s+)?(?:log-?ins?|sign[- ]?(?:ins?|ups?)|accounts?|registration|anmeldung|"
    r"registrierung|konto|inscriptions?|comptes?|registros?|cuentas?|cadastros?|contas?|"
    r"registrazion[ei])\b"
    r"|\b(?:service|services|treatment|treatments|beauty)\s+menus?\b"
    # "sur rendez-vous", "by appointment only": how a practice receives, said on its page
    r"|\b(?:sur|uniquement sur|only by|by|con|solo con|nur nach|nach|mediante|su|com|sob|"
    r"mit)\s+(?:rendez-vous|rdv|appointment(?: only)?|cita(?: previa)?|vereinbarung|"
    r"terminvereinbarung|appuntamento|hora marcada|agendamento|marca[çc][ãa]o)\b"
    r"|\bmen[uùú]s?\s+(?:of|des|de|dei|degli|der|do|dos)\s+(?:\w+\s+)?(?:services?|prestations?|"
    r"soins|servicios|tratamientos|servi[çc]os|tratamentos|servizi|trattamenti|leistungen|"
    r"behandlungen)\b|\bleistungsmen[üu]|\bbehandlungsmen[üu]")


# Who may see the app, said with the word for booking: "réservé aux adhérents connectés",
# "reserved for members", "reservado a los socios", "reservada aos sócios", "riservato ai
# soci", "reserviert für Mitglieder": who may see it, never what the app is about ("un
# annuaire des apiculteurs réservé aux adhérents connectés" is about the beekeepers), nor a
# booking (round 25 built that directory as bookings); a slot reserved for a person
# ("réservé à Paul", "reserved for 2 hours") is still booked.
MEMBERS_ONLY = re.compile(
    r"\b(?:r[ée]serv[ée]e?s?|reserved|reservad[oa]s?|riservat[oaie]|reserviert)\s+"
    r"(?:(?:only|exclusively|uniquement|exclusivement|solo|s[óo]lo|somente|apenas|nur|"
    r"soltanto|esclusivamente)\s+)?"
    r"(?:to|for|à|aux|au|a|al|para|pra|aos|às|ai|agli|alle|allo|per|f[üu]r)\s+"
    r"(?:(?:the|les|los|las|os|as|gli|i|die|nos|nuestros|nossos|nostri|unsere|our|its|their|"
    r"ses|leurs|sus|seus|suoi|loro)\s+)?"
    r"(?:(?:registered|logged[- ]in|signed[- ]in|paid[- ]up|current|club|seuls)\s+)?"
    r"(?:members?|membres?|adh[ée]rents?|soci[oa]s?|s[óo]ci[oa]s|soci|membri|iscritti|"
    r"inscrits?|abonn[ée]s|subscribers|associ[ée]s|associati|associad[oa]s|miembros|membros|"
    r"mitglieder\w*|residents|r[ée]sidents|residentes|residenti|bewohner\w*|vecinos|"
    r"moradores|cond[óo]minos|condomini|staff|personnel|b[ée]n[ée]voles|voluntari[oa]s|"
    r"volontari|volunteers|ehrenamtliche\w*|users|utilisateurs|usuarios|usu[áa]rios|utenti|"
    r"nutzer\w*|connect[ée]s|conectados|loggati|eingeloggte\w*)\b", re.I)


def not_asked(text: str) -> str:
    """``text`` with _NOT_ASKED's and MEMBERS_ONLY's words blanked, one space a character."""
    return MEMBERS_ONLY.sub(lambda m: " " * len(m.group()),
                            _NOT_ASKED.sub(lambda m: " " * len(m.group()), text))


# Buying things: a catalogue or a shop that sells.
_GOODS = (r"\bproducts?\b|\bcart\b|\bbasket\b|\bselling\b|\bsells?\b|\bbuy\b|\bpurchase|"
          r"\bvend(?:re|er|ere|o|emos|iamo|s|ons)\b|verkauf|\bprodut|\bproduit|\bprodott|"
          r"produkte|\bcarrinho|\bpanier|\bcarrito|\bcarrello|warenkorb|\bcompra[rs]?\b|"
          r"\bacheter\b|\bcomprare\b|\bkaufen\b")
# Selling said as not done: "NÃO é pra vender", "nada de carrinho nem preço", "not for sale",
# "nothing is sold", "kein Warenkorb", "pas de panier", "non si vende" (plain text)
_NOT_SOLD = (r"\b(?:not(?! only| just)|nothing|never|without|kein\w*|nicht\w*|nichts|ohne|nie|"
             r"sans|pas|rien|jamais|aucune?|sin|nada|nunca|ningun[oa]?|ni|nem|sem|nao|nenhum[a]?|"
             r"non(?! solo)|senza|niente|nulla|mai|nessun[oa]?)\b(?:\s+[\w'-]+){0,3}\s*$")
# "no cart", "no se venden": a no, but not in Portuguese, where "no"/"na" is "in the" ("o
# cliente vê no app e compra" sells, review25 #14; "não" is its no)
_NO = r"\bno\b(?:\s+[\w'-]+){0,3}\s*$"


def _sold(plain: str) -> bool:
    """Whether ``plain`` says goods are sold: a word of selling, a product or a cart that is
    not said as not done ("é troca, nada de carrinho nem preço" sells nothing)."""
    said_no = _NOT_SOLD if i18n.guess(plain) == "pt" else f"{_NOT_SOLD}|{_NO}"
    return any(not re.search(said_no, plain[max(0, m.start() - 30):m.start()])
               for m in re.finditer(_GOODS, plain))


# A shop that is a place of work (a barber shop, a repair shop), not an online store.
_WORKSHOP = r"(?<!online )(?<!web )(?<!e-)(?<!internet )\b(?:pet ?)?shop\b"
_SERVICE_SHOP = (r"\b(?:repair|barber|tattoo|body|print|coffee|hair|nail|pet grooming|"
                 r"grooming|key|shoe repair|tailor|alteration)s?\s+shop\b|\bworkshop\b")


def _place_or_goods(shape: str, found: set[str], text: str, plain: str) -> str:
    """A catalogue is a directory unless it sells ("catálogo de produtos" is a shop); a
    barber shop whose clients book a time is a booking page, not a store."""
    if shape == "directory" and re.search(CATALOGUE, plain) and _sold(plain) \
            and not re.search(ADOPT, plain):
        return "store"
    if shape == "store" and "booking" in found and re.search(_WORKSHOP, text) \
            and not re.search(_GOODS, plain):
        return "booking"
    # a website for a place that does work, selling nothing: a page about it ("a website
    # for my bike repair shop in Leeds, open Tuesday to Saturday, a tune-up is 40 pounds")
    if shape == "store" and "landing" in found and re.search(_SERVICE_SHOP, text) \
            and not re.search(_GOODS, plain):
        return "landing"
    return shape


# A look pointed at, shown beside the prompt: "like this mockup", "comme sur cette maquette",
# "como en esta imagen", "wie auf dem Bild", "come in questo screenshot" (walk17 #27 named a
# yoga studio's page "Yoga studio like this mockup")
_SHOWN = re.compile(
    r"\s*\b(?:(?:look(?:ing|s)?|looks?)\s+)?(?:like|as (?:in|on)|similar to|based on|comme|"
    r"d'apr[èe]s|similaire [àa]|como|igual (?:a|[àao])|basad[oa] en|baseado em|"
    r"parecid[ao] (?:a|com)|wie|"
    r"[äa]hnlich wie|come|basat[oa] su|simile a|tipo)"
    r"(?:\s+(?:sur|dans|en|em|na|no|auf|in|im|su|nella|nello|sulla|sul))?"
    r"(?:\s+(?:this|these|that|the|ce|cet|cette|ces|la|le|l'|este|esta|estos|estas|ese|esa|"
    r"esse|essa|nesta|neste|nessa|nesse|dieses?|diese[mnr]?|dem|der|den|das|questo|questa|"
    r"questi|queste|quello|quella|o|a))?"
    r"(?:\s+(?:attached|enclosed|ci-jointe?s?|jointe?s?|adjunt[oa]s?|anexad[oa]s?|"
    r"angeh[äa]ngte[nm]?|beigef[üu]gte[nm]?|allegat[oa]))?"
    r"\s+(?:mock-?ups?|maquettes?|images?|image[mn]s?|immagin[ei]|bild(?:er)?|pictures?|"
    r"photos?|fotos?|screenshots?|captures? d'[ée]cran|capturas? de (?:pantalla|tela)|"
    r"sketch(?:es)?|croquis|bocetos?|esbo[çc]os?|skizzen?|schizzi|schizzo|drawings?|dessins?|"
    r"dibujos?|desenhos?|zeichnung(?:en)?|disegn[oi]|wireframes?|designs?|entw[üu]rfe?|"
    r"layouts?|one)\b"
    r"|\s*\blike this\b", re.I)


def without_copy(prompt: str) -> str:
    """``prompt`` without its "like <product>" words, so the subject is the prompt's own
    ("un clone de Netflix para mi familia" is about "familia", not "Netflix"), and without a
    look it points at ("like this mockup"): no subject either."""
    prompt = _SHOWN.sub(" ", prompt).strip()
    m = _CLONE.search(prompt.lower())
    return f"{prompt[:m.start()]} {prompt[m.end():]}".strip() if m else prompt


def _plain(text: str) -> str:
    """``text`` without accents, one character for one ("menù" → "menu"), so positions in it
    are positions in ``text``."""
    return "".join(unicodedata.normalize("NFKD", c)[0] for c in text)


def _first(pattern: str, text: str, plain: str, skip: dict[str, str] | None = None
           ) -> re.Match | None:
    """The earlier of ``pattern``'s matches in the prompt as typed and without its accents,
    passing over a match whose whole word is in ``skip`` (see NOT_SHAPE)."""
    found = [m for m in (_search(pattern, text, skip), _search(pattern, plain, skip)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _search(pattern: str, text: str, skip: dict[str, str] | None) -> re.Match | None:
    for m in re.finditer(pattern, text):
        a, b = m.span()
        while a > 0 and text[a - 1].isalnum():
            a -= 1
        while b < len(text) and text[b].isalnum():
            b += 1
        still = (skip or {}).get(text[a:b])
        if still is None or re.compile(still).match(text, b):
            return m
    return None


# A cleaning or chore rota names a to-do list ("Putzplan", "a cleaning rota", "planning de
# ménage", "turnos de limpieza", "escala de limpeza", "turni delle pulizie"): the app's word,
# whatever it is for ("… für unsere WG")
CHORE_ROTA = (r"(?:\b(?:cleaning|chores?|household|m[ée]nage|limpieza|limpeza|pulizie)\b"
              r"[^.;!?\n]{0,20}?\b(?:rota|roster|schedule|planning|plan|chart)\b|"
              r"\b(?:turnos?|turni|escala|planning|plan|rota)\b[^.;!?\n]{0,20}?\b(?:cleaning|"
              r"m[ée]nage|limpieza|limpeza|pulizie)\b|\bputzplan\w*|\bputzdienst\w*)")


def shape_span(prompt: str, shape: str) -> tuple[int, int] | None:
    """Where the prompt names its shape, widened to whole words ("Terminbuchung")."""
    pattern = dict(_TYPE).get(shape)
    if shape == "todo":
        pattern = f"{CHORE_ROTA}|{pattern}"
    text = prompt.lower()
    skip = NOT_SHAPE[i18n.guess(prompt)]
    # as typed first: its subject reads as before ("créneaux ... pour mes cours de piano")
    m = (_search(pattern, text, skip) or _search(pattern, _plain(text), skip)) \
        if pattern else None
    if not m:
        return None
    a, b = m.span()
    # (a match that ends on a space ends there: "track my " is not "track my blood")
    while a > 0 and not prompt[a].isspace() and (prompt[a - 1].isalnum() or prompt[a - 1] == "-"):
        a -= 1
    while b < len(prompt) and not prompt[b - 1].isspace() and (
            prompt[b].isalnum() or prompt[b] == "-"):
        b += 1
    return a, b


def shape_word(prompt: str, shape: str) -> str:
    span = shape_span(prompt, shape)
    return prompt[span[0]:span[1]] if span else shape


# ---- subject -------------------------------------------------------------------------------
_PREP = (r"to learn|to study|zum lernen|pour apprendre|para aprender|per studiare|para estudar|"
         r"for|about|of|on|pour|sur|des|du|de|d|para|sobre|für|fürs|über|von|per|del|della|"
         r"delle|dei|degli|di|da|do|dos|das|zum|zur|ai|agli|alle|al|alla|allo|au|aux|pra|pro|"
         r"pras|pros|pa|"
         r"sui|sul|sulla|sulle|sugli")
_OF_DAY = r"^\s*(?:del|du|do|des|of the) (?:d[íi]a|jour|giorno|tages|day)\b"
_FOR = r"\b(?:for|about|pour|sur|para|sobre|für|fürs|über|per)\b"
_PREP_WORDS = set(_PREP.split("|")) | {"lernen", "learn", "study", "apprendre", "aprender",
                                       "studiare", "estudar", "beim", "chez"}
_LEAD = {"a", "an", "the", "my", "our", "your", "mes", "mon", "ma", "nos", "notre", "votre",
         "le", "la", "les", "l", "un", "une", "uno", "una", "unos", "unas", "um", "uma", "mis",
         "mi", "nuestro", "nuestra", "nuestros", "nuestras", "el", "los", "las", "meinen",
         "meine", "mein", "meinem", "meiner", "unser", "unsere", "unseren", "unseres", "unserem",
         "unserer", "den", "die", "der", "das", "dem", "ein", "eine", "einen", "einem", "minha",
         "meu", "minhas", "meus", "nossa", "nosso", "nossas", "nossos", "o", "os", "as", "mia",
         "mio", "mie", "miei", "nostro", "nostra", "nostri", "nostre", "il", "lo", "gli", "i",
         "su", "sus", "this", "some", "app", "application", "website", "site",
         # size and ease words say nothing of what the app is about ("tiny online shop")
         "tiny", "little", "small", "simple", "basic", "quick", "new", "petit", "petite",
         "pequeño", "pequeña", "kleine", "kleiner", "kleines", "pequeno", "pequena", "piccolo",
         "piccola",
         # as typed in a hurry: "ne liste" (eine), "nen Plan" (einen)
         "ne", "nen", "'ne", "'nen"}
# what people can do is no field ("book with their name and email and can cancel")
_CAN = (r"(?:can|could|may|should|must|will|peu[tv]\w*|pu[eo]d\w*|k[öo]nn\w*|kann|d[üu]rf\w*|"
        r"pode\w*|posso|pu[òo]|possono|deve\w*|doit|doivent|debe\w*|soll\w*)\b")
# what the app does or is asked to let people do, said in a list of fields ("que se pueda
# ordenar por precio", "newest first", "Suchfeld", "marcar como feita", "cada uno con su
# cuenta"): no field
_APP_DOES = (r"\b(?:filt(?:er|r)\w*|search\w*|buscar|busque\w*|buscador|such(?:en|e|feld)\w*|"
             r"cerca(?:re)?|ricerca|pesquis\w*|recherch\w*|ordenar|ordenad\w*|sort\w*|tri(?:er|é)|"
             r"sortier\w*|tachar|marca[rn]?|cocher|abhak\w*|spunta\w*|tick\w*|newest|oldest|"
             r"neueste\w*|r[ée]cents?|recientes|recentes|recenti|pueda\w*|possa\w*|puisse\w*|"
             r"cuentas?|usuarios?|accounts?|logins?|comptes?|kont[oe]n?|contas?|utenti|utente|"
             r"anmeld\w*|einlogg\w*|kommentier\w*|comment(?:s|er|aires?)?(?!\s+(?:je|j'|tu|il|elle|on|"
             r"nous|vous|ils|elles|ça|ca|c'est|se|s')\b)|comentar\w*|"
             r"commentar\w*)\b")
# what the app is asked to do with a field, said before it ("track wins and losses")
_TRACK_VERBS = {"track", "tracks", "tracking", "count", "record", "log", "keep", "show",
                "compter", "noter", "suivre", "contar", "registrar", "anotar", "zählen",
                "erfassen", "contare", "segnare", "registrare"}
# whose a field is, said before it ("their phone numbers"): not the field's name
_OWNERS = {"their", "his", "her", "its", "leur", "leurs", "ses", "son", "sa", "sus", "ihr",
           "ihre", "ihren", "ihrer", "seine", "seinen", "seu", "sua", "seus", "suas", "loro"}
_STOPS = (r"\b(?:with|where|which|that|who|so|avec|où|qui|con|donde|que|q|mit|wo|com|onde|dove|"
          r"par|por|and|et|y|und|e|using|in|en|im|na|no|nel|nella|every|chaque|cada|jeden|ogni|"
          r"che|cui)"
          r"\b|[,.;:!?()]|\s[–—+-]\s|(?<=\w )(?:eu|je|yo|ich|io|we|we're|nous|noi|nosotros|"
          r"nós)\b|"  # "água eu bebo", "songs we're working on"
          # a German verb before its subject: "(Für unser) Vereinsfest brauchen wir …"
          r"(?<=\w )\w+(?:en|e|t) (?:wir|ich)\b|"
          # a verb of the sentence: "(the) office park gets food trucks", "(notre) club
          # d'échecs voudrait", "(a associação de) pais quer", "(mi) hija está"
          r"(?<=\w )(?<!\bwir )(?<!\bich )(?<!\bwe )(?<!\bi )(?<!\bsie )(?<!\bes )(?:gets|wants|needs|uses|voudrait|voudraient|veut|veulent|quer|querem|"
          r"quiere|quieren|precisa|precisam|necesita|necesitan|est[áa]|est[ãa]o|est[áa]n|"
          r"vorrebbe|vorrebbero|vuole|vogliono|braucht|m[öo]chte|hat|ist|sind)\b|"
          # … and the verbs a story's sentence runs on: "(our) mushroom foraging club meets
          # once a month", "(the) street shares one trailer", "(la) peña de tute del bar
          # jugamos", "(a nossa) cooperativa tem 60 sócios", "(in) paese ha una sala prove"
          # (those that are nouns too only before what they act on: "my runs" is no verb)
          r"(?<=[^\W\d_] )(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bwir )(?<!\bich )"
          r"(?<!\bnous )(?<!\bon )(?<!\bje )(?<!\byo )(?<!\beu )(?<!\bio )(?<!\bnoi )"
          r"(?:(?:meets?|shares|keeps?|holds)(?=\s+(?:and|but)\b)|"
          r"(?:meets?|runs|shares|keeps?|holds|plays)(?=\s+(?:a|an|the|its|"
          r"their|our|his|her|one|two|three|four|five|six|\d+|once|every|each|track|all|some|"
          r"lists?|records?)\b)|has|is|are|ont|est|sont|tiene|tienen|tenemos|hacemos|jugamos|"
          r"somos|tem|t[êe]m|temos|fazemos|jogamos|hanno|abbiamo|giochiamo|facciamo|haben|"
          r"spielen|will)\b|"
          r"\b(?:can|could|können|kann|pueden|puedan|podem|possano|possono|peuvent|puissent)\b|"
          r"(?<=\w )(?-i:I)\b|"
          # "un blog de voyage pour raconter notre tour": what for, not what about
          r"\s(?:pour|para|per|pra)\s+(?=[a-zà-ÿ]{3,}(?:er|ir|re|ar|are|ere|ire)\b)|"
          # "… per noi due", "para mí": who it is for
          r"\s(?:for|pour|para|per|f[üu]r|pra)\s+(?:us|nous|nosotros|nós|noi|uns|me|mí|mim|moi|"
          r"mich|myself)\b|"
          # "… para los tres", "for the four of us", "pour nous trois"
          r"\s(?:for|pour|para|per|f[üu]r|pra)\s+(?:(?:the|los|las|nous|uns|os|as|noi)\s+)?"
          r"(?:two|three|four|five|six|dos|tres|cuatro|cinco|seis|deux|trois|quatre|cinq|zwei|"
          r"drei|vier|f[üu]nf|dois|duas|tr[êe]s|quatro|due|tre|quattro|cinque)\b")
_GENERIC = {"app", "application", "website", "site", "page", "simple", "small", "web", "online",

            "internal", "new", "little", "nice", "basic", "personal", "local", "tracker", "board",
            "list", "sheet", "calculator", "kanban", "liste", "lista", "seite", "tasks", "tareas",
            "tarefas", "tâches", "aufgaben", "compiti", "cose", "consultas", "players", "joueurs",
            "jugadores", "jogadores", "spieler", "giocatori", "members", "dienste", "services",
            "servicios", "serviços", "servizi", "system", "systems", "organizar",
            "organiser", "organizzare", "organisieren", "registrar", "registrare", "simples",
            "semplice", "sencilla", "sencillo", "einfache", "einfaches", "einfach", "petite",
            "petit", "pequeno", "pequena", "pequeño", "piccola", "piccolo", "kleine", "kleines",
            "página", "pagina", "sito", "sitio", "plataforma", "piattaforma",
            "plateforme", "planilha", "foglio", "feuille", "hoja", "folha", "countdown",
            "rebours", "cuenta atrás", "regresiva", "posto", "lugar", "endroit", "ort", "things", "cosas",
            "coisas", "choses", "dinge", "carte", "cartes", "mapa", "mappa", "map", "karte",
            "guide", "guia", "guía", "guida", "führer",
            "shared", "partagé", "partagée", "compartido", "compartida", "compartilhado",
            "compartilhada", "condiviso", "condivisa", "gemeinsam", "gemeinsame", "appli", "aplicativo", "aplicación", "applicazione",
            "anwendung", "something", "algo", "quelque", "chose", "qualcosa", "etwas", "thing",
            "stuff", "smth", "sth", "smthg", "somethin", "webseite", "internetseite", "homepage",
            "webpage", "websites", "webapp", "web-app"}
# Words that ask for the app, not name its subject ("Queria um app pra marcar…", "Fai una
# landing…", "je veux noter…"): a subject never starts with them.
_ASKING = {"i", "want", "need", "would", "like", "make", "build", "create", "give", "me",
           # typed in a hurry: "qro uma lista", "kiero una pagina", "pls make"
           "qro", "qero", "kero", "kiero", "kiere", "pls", "plz", "pfv", "porfa", "wanna",
           # what something costs me: "cuánto me cuesta el coche al mes" is about the car
           "cuesta", "cuestan", "coûte", "coûtent", "kostet", "custa", "custam",
           "remember", "remind", "rappeler", "recordar", "erinnern", "lembrar", "ricordare",
           "please", "just", "track", "log", "record", "note", "keep", "mark", "write", "down",
           "help", "je", "j", "veux", "voudrais", "fais", "faire", "crée", "créer", "créez",
           "noter", "suivre", "marquer", "enregistrer", "garder", "besoin", "ai", "quiero",
           "quisiera", "necesito", "haz", "hazme", "crea", "créame", "hacer", "crear", "apuntar",
           "anotar", "marcar", "llevar", "guardar", "yo", "ich", "möchte", "will", "brauche",
           "mach", "mache", "erstelle", "bau", "baue", "eintragen", "notieren", "festhalten",
           "queria", "quero", "preciso", "faz", "faça", "crie", "criar", "fazer", "eu", "pra",
           "pro", "voglio", "vorrei", "fai", "fammi", "creare", "segnare", "annotare", "tenere",
           "io", "mi", "uma", "um", "quanta", "quanto", "quantas", "quantos", "cuánta",
           "cuánto", "cuántas", "cuántos", "combien", "how", "much", "many", "wie", "viel",
           "viele", "buchen", "reservieren", "réserver", "reservar", "prenotare", "agendar",
           "book", "schedule", "count", "counting", "show", "showing", "shows", "see", "is",
           "are", "cuenta", "if", "whether", "si", "se", "ob", "practice", "practise",
           "practicar", "praticar", "pratiquer", "üben", "esercitarsi", "tous", "toutes",
           "todos", "todas", "todo", "toda", "tutti", "tutte", "alle", "all", "every", "each",
           "vendo", "vendemos", "vends", "sell", "selling", "verkaufe", "verkaufen", "vendiamo",
           "vender", "vendre", "vendere", "fais-moi", "fais moi", "faites-moi", "donne-moi",
           "crée-moi", "faz-me",
           "saber", "savoir", "sapere", "wissen", "know", "pedir", "order", "apuntamos",
           "anotamos", "notons", "segniamo", "annotiamo", "spendo", "spendiamo", "spend",
           "ausgebe", "gente", "fazemos", "hacemos", "faisons", "facciamo", "hätte", "hätten",
           "gern", "gerne", "möchten", "wollen", "brauchen", "suche", "suchen",
           "aimerais", "aimerions", "voudrions", "voulons", "faut", "gostaria", "gostaríamos",
           # the third person of "on voudrait …" ("Voudrait · Classement", spar27 #50)
           "voudrait", "voudraient", "aimerait", "aimeraient", "souhaite", "souhaitons",
           "souhaiterait", "souhaiterais", "souhaiterions",
           "queremos", "precisamos", "necesitamos", "queríamos", "vogliamo", "vorremmo", "cerco",
           "cerchiamo", "prendre", "vereinbaren", "fissare"} | {
    # greetings and please: "simple to do list pls", "prêt immo svp", "hey can u make"
    "pls", "plz", "please", "hey", "hi", "hello", "ok", "okay", "lol", "thx", "thanks",
    "bitte", "svp", "stp", "merci", "danke", "gracias", "grazie", "obrigado", "obrigada",
    "huhu", "moin", "servus", "hallo", "hola", "oi", "olá", "ola", "salut", "coucou",
    "ciao", "salve", "buongiorno", "bonjour", "hej",
    "kkk", "jaja", "haha", "wanna", "gonna", "gotta", "lemme", "gimme", "lil", "kinda",
    "sorta", "don't", "doesn't", "not", "no",
    # who is speaking and what they are or have: "Wir sind ein kleiner Sportverein", "Je suis
    # coiffeuse", "Sou personal trainer", "Ich hab einen ESP32", "Siamo una piadineria"
    "we", "wir", "nous", "on", "nosotros", "nós", "noi", "we're", "i'm", "i've", "am",
    "are", "sind", "bin", "suis", "sommes", "soy", "somos", "sou", "sono", "siamo",
    "hab", "habe", "haben", "have", "got", "ai", "avons", "tengo", "tenemos", "tenho",
    "temos", "ho", "abbiamo", "run", "gère", "gérons", "llevo", "gestiono", "gerencio",
    "gestisco", "leite", "leiten",
    # a sum's verb: "to split rent of $2400", "per dividere l'affitto", "Miete aufteilen"
    # (not "splitting": "for splitting the bill between friends" is what the app is about)
    "split", "divide", "dividir", "diviser", "dividere", "partager", "repartir",
    "ripartire", "teilen", "aufteilen",
    # "Je tiens un food truck" (walk: the app was named "Tiens"), "I own a bakery"
    "tiens", "tient", "tenons", "runs", "own", "owns", "betreibe", "betreiben", "dirijo",
    "gestiamo", "tem", "tiene"}


# A group doing something on the page, said after it: "where my book club votes on …" (the
# words before its verb); "where my students can practise verbs" is about the verbs
_WHERE_WE = (r"\b(?:where|in which)\s+(?:my|our)\s+((?:[\w'-]+\s+){1,3}?)\w+s\s+(?:on|for|"
             r"to|in|at|about|with|their|what|which|who)\b")


# A booking's when and how long are no subject: "on Tuesdays and Thursdays", "le mardi et le
# jeudi", "de 14h à 18h", "10:00-18:00", "45 minutes", "30 minute slots"
_ART = r"(?:(?:on|every|le|les|el|los|am|il|la|o|a|os|as|i|each)\s+)?"
_HOUR = r"\d{1,2}(?:[:h.]\d{2})?\s*(?:h|uhr|am|pm)?"
_MARKED = r"\d{1,2}(?:[:h.]\d{2}|\s*(?:h|uhr|am|pm)\b)"  # "7pm", "18:30": a time, not "10"


def _booked_when(day: str) -> str:
    one = rf"{_ART}(?:{day})s?"
    return (rf"(?<![\w-])(?:{one}(?:\s*(?:,|&|/|-|–|\band\b|\bet\b|\by\b|\be\b|\bund\b|"
            rf"\bto\b|\bà\b|\bau\b|\ba\b|\bbis\b)\s*{one})*"
            rf"|(?:(?:from|de|des|von|dalle|das|desde|du)\s+)?{_HOUR}\s*(?:-|–|to|à|a|bis|"
            rf"alle|às|as|ao|até|ate|hasta|till|until)\s*{_HOUR}"
            rf"|(?:at|à|a las|um|às|alle|ore)\s+{_MARKED}(?:\s*(?:,|and|et|y|und|e)\s*"
            rf"{_MARKED})*"
            rf"|\d{{1,3}}\s*-?\s*(?:min\w*|hours?|heures?|horas?|ore|stunden?)"
            rf"(?:\s+(?:slots?|sessions?|each|chacun\w*|cada\w*))?)(?![\w-])")


# who a slot is booked with, said after the slot ("book a slot with our bike mechanic",
# "un rendez-vous chez la coiffeuse", "una cita con la fisio"): the subject is who
_SLOT_WITH = (r"^\s*(?:(?:a|an|un|une|una|um|uma|ein|einen|eine|votre|your|sua|su|tu|"
              r"deinen|ihren)\s+)?(?:time\s*)?(?:slots?|appointments?|cr[ée]neaux?|"
              r"rendez-vous|citas?|turnos?|termine?|hor[áa]rios?|appuntament[oi]|places?|"
              r"plazas?|lugar|vagas?|platz|posto)\s+(?:with|avec|chez|con|com|mit|bei|beim|da|"
              r"dal|dalla|in|at|on|au|aux|à|en|em|no|na|nos|nas|im|am|nel|nella|al|alla)\s+")


_WITH_ALL = (r"\s*(?:(?:with|mit|avec|con|com|of|de|von|di)\s+(?:all|allen|alle|tous les|"
             r"toutes les|todos los|todas las|todos os|todas as|tutti i|tutte le)|aller|"
             r"s[äa]mtlicher)\s+(?:(?:my|our|mes|nos|mis|"
             r"meinen|unseren|meus|minhas|miei|mie|the|der|die)\s+)?([^\W\d_][\w'-]*)")


def subject(prompt: str, shape: str) -> str:
    """The thing the app is about, in the prompt's own words and case ("cours de piano",
    "chess club", "IT"); for an app said by what it does, what it does it to ("una app que lee
    mis facturas … y las manda al contador": facturas)."""
    # a salutation or a sign-off says nothing of the app ("Hi there!" titled round 24's
    # calculator "There", "Hallo zusammen" its list "Zusammen")
    prompt = greetings.without(prompt)
    # nor who may see it: "annuaire des apiculteurs réservé aux adhérents connectés"
    prompt = MEMBERS_ONLY.sub(", ", prompt)
    found = _subject(prompt, shape) or _what_it_does_with(re.sub(r"\s+", " ", prompt.strip()))
    if not found or not named_as(found, prompt):
        # a pronoun, a question word, a wish or a verb is no subject ("What · Directory", "It ·
        # Sign-up sheet", "Servirebbe", "Ripassare"): the group the speaker is part of, when the
        # story names one ("Our astronomy club wants …"), else none
        found = _ours(prompt)
    # what is booked at a place of one's own is named for the place: "a wheel at my pottery
    # studio", "a table at our restaurant"
    if shape == "booking" and (at := re.search(
            rf"\s(?:at|à|chez|bei|im|in|no|na|presso|en|al|nel|nella|dans)\s+{_MINE}\s+(.+)$",
            found, re.I)):
        return _trim(at.group(1)) or found
    return found


# Words that open no noun phrase of what an app is about: pronouns and question words ("what
# we saw", "it moves on", "ce qu'on", "lo que", "o que", "was wir", "ciò che", "cosa"), and the
# wishes and needs a request opens with ("faudrait un truc", "servirebbe", "hace falta")
_NO_SUBJECT = {"what", "it", "its", "this", "that", "these", "those", "something", "anything",
               "everything", "whatever", "one", "ones", "there", "here", "ça", "ca", "cela",
               "ceci", "ce", "on", "quoi", "qu'on", "eso", "esto", "algo", "qué", "isso", "isto",
               "aquilo", "quê", "was", "etwas", "alles", "ciò", "questo", "quello", "qualcosa",
               "faudrait", "faut", "servirebbe", "serve", "servono", "serviria", "falta",
               "bräuchten", "bräuchte", "gäbe", "wäre", "would", "could", "should", "possible",
               # a sentence's verb, its subject left out: "(on) est trois bénévoles"
               "est", "sont", "is", "are", "ist", "sind", "hay", "tem", "há", "ha", "hat"}
# what governs an infinitive before it: "pour jouer", "para regar", "per seguire", "to
# coordinate", "vorrei imparare", "quiero ver"
_TO = {"to", "pour", "para", "pra", "per", "zu", "um", "voglio", "vorrei", "posso", "possa",
       "possiamo", "quiero", "quisiera", "puedo", "pueda", "podamos", "quero", "queria",
       "possamos", "veux", "voudrais", "peux", "puisse", "can", "could", "help"}
_INFINITIVE = r"[^\W\d_]{2,}(?:are|ere|ire|ar|er|ir|re|rlo|rla|rle|rli|rme|rte|rnos|rse)"


def named_as(subject: str, prompt: str) -> bool:
    """Whether ``subject`` can name what an app is about: it opens with no pronoun, question
    word or wish (``_NO_SUBJECT``), and is not one verb said after what governs it ("per
    seguire", "to coordinate")."""
    words = subject.split()
    first = words[0].lower().strip("'’\"")
    if first in _NO_SUBJECT and not words[0].isupper():
        return False
    if len(words) == 1 and (re.fullmatch(_INFINITIVE, first) or first.endswith("ate")) and \
            re.search(rf"\b(?:{'|'.join(map(re.escape, _TO))})\s+{re.escape(words[0])}\b",
                      prompt, re.I):
        return False
    # an English verb after "to", as typed in lower case ("for members to read")
    return not (len(words) == 1 and re.search(rf"\bto\s+{re.escape(first)}\b", prompt))


# the group the speaker is part of, named with its possessive where the story opens ("Our
# astronomy club wants …", "notre chorale", "nuestra peña", "unser Imkerverein")
_OURS = re.compile(r"\b(?:our|notre|nuestr[oa]|unser(?:e[mnrs]?)?|noss[oa]|nostr[oa])\s+(.+)",
                   re.I)


def _ours(prompt: str) -> str:
    """The group ``_OURS`` finds in the prompt's first two sentences, trimmed, or ""."""
    opening = " ".join(re.split(r"(?<=[.!?])\s+", prompt.strip())[:2])
    m = _OURS.search(opening)
    words = _trim(m.group(1)) if m else ""
    return words if words and named_as(words, prompt) else ""


# a span of time back from today, in the six languages: "(for) the last 90 days", "der letzten
# 90 Tage", "des 90 derniers jours", "de los últimos 90 días", "dos últimos 90 dias", "degli
# ultimi 90 giorni"
_SPAN_BACK = (r"(?:,\s*)?(?:\b(?:with|avec|con|mit|com)\s+[^,.;:]{0,40}?)?\b(?:(?:for|over|in|"
              r"of|sur|pour|des|de|durante|en|dos|das|degli|delle|negli|nelle|der|in den)\s+)?"
              r"(?:the\s+|les\s+|los\s+|las\s+|os\s+|as\s+|gli\s+|le\s+)?"
              r"(?:last|past|derniers?|derni[èe]res?|[úu]ltim[oa]s|ultim[ie]|letzten|vergangenen)"
              r"\s+\d+\s+(?:days?|weeks?|months?|jours|semaines|mois|d[íi]as|semanas|meses|"
              r"giorni|settimane|mesi|tage[n]?|wochen|monate[n]?)(?:\s+(?:derniers|derni[èe]res))?\b")


def _subject(prompt: str, shape: str) -> str:
    text = re.sub(r"\s+", " ", prompt.strip())
    if re.search(_SENDS_REMINDERS, text, re.I) and re.search(_APPOINTMENT, text, re.I):
        # what an app sends ahead of appointments is what it is about, not whom to ("sms
        # reminders to my clients the day before their appointment": walk18 #28 was named
        # "Clients the day before their")
        return i18n.pick(_APPOINTMENT_REMINDERS, i18n.guess(prompt))
    if shape == "directory" and (held := held_thing(text)):
        # who holds which of the things: the things ("wer im Verein welche Schlüssel hat" was
        # named for its "Wer", walk22 #17)
        return held
    if shape == "status":
        # how far back its bars go is no name for it ("with uptime for the last 90 days" was
        # named "Last 90 days · Status", walk24 #23): the span goes, the services stay
        text = re.sub(_SPAN_BACK, " ", text, flags=re.I)
    if shape in ("store", "menu"):
        # how a shop is paid or ships is no name for it ("Shop mit Bezahlung per PayPal und
        # Versand-Tracking" was named "PayPal": walk18 #35)
        text = re.sub(_PAID_HOW, " ", text, flags=re.I)
    if shape in ("booking", "signup"):  # "la pulizia del parco domenica": the day is when
        text = re.sub(r"\s+", " ", re.sub(_booked_when(day_pattern(short=True)), " ", text,
                                          flags=re.I)).strip()
        text = re.sub(LENGTH_IN_H, " ", text, flags=re.I)  # "Créneaux de 2h": how long
    # "our bake sale on 14 March", "countdown to our wedding on 20 June 2027": the date is when
    if shape in ("landing", "signup", "calculator", "booking") and (
            said := said_date_words(text)):
        text = re.sub(rf"(?:\s+(?:on|le|el|am|il|em|no|na|the|du|del|dal))*\s*"
                      rf"{re.escape(said)}", " ", text, count=1, flags=re.I).strip()
    span = shape_span(text, shape)
    if shape in ("booking", "signup") and span and (first := _first_clause(text, span)):
        return first
    if shape == "menu" and span and re.fullmatch(r"food ?trucks?", text[span[0]:span[1]], re.I) \
            and re.search(r"\b(?:carte|carta|karte|men[uùú])\s+(?:du|de|del|do|da|of the|"
                          r"des|dello|vom)\s*$", text[:span[0]], re.I):
        return text[span[0]:span[1]]  # "carte du food truck": the truck is what it is for
    before, after = (text[:span[0]], text[span[1]:]) if span else ("", text)
    if shape == "menu" and span and (own := re.search(
            rf"\b{_MINE}\s+((?:\w+ )?\w+)$", text[span[0]:span[1]], re.I)) and (
            words := _trim(own.group(1) + after)):
        # the place the shape's words end on, whole: "carte de notre bar à vins"; a list after
        # it is its items ("carte de notre boulangerie : baguette …, pain au chocolat …" was
        # named "Chocolat 1", walk22 #6)
        return words if len(words.split()) > len(own.group(1).split()) else _trim(own.group(1))
    if shape == "booking" and span and re.search(rf"\b{_MINE}$", text[:span[1]], re.I) and (
            words := _trim(re.split(rf"\s(?:{_PREP})\s", after, maxsplit=1, flags=re.I)[0])) \
            and not re.fullmatch(r"(?:free )?(?:time|slots?|hours?|calendar|schedule|agenda|"
                                 r"appointments?|services?|sessions?|classes|lessons?)", words, re.I):
        return words  # what is booked: "book my photo booth for partys" (walk21 #27)
    after = re.sub(_OF_DAY, " ", after, flags=re.I)  # "menú del día de nuestro bar"
    if shape == "booking":
        after = re.sub(_SLOT_WITH, " ", after, flags=re.I)
    # "a page where my book club votes on next month's book": who does it, not "next month's"
    if (m := re.search(_WHERE_WE, after, re.I)) and (words := _trim(m.group(1))):
        return words
    # a list of all of something: "ne liste mit allen geburtstagen von freunden" is about the
    # birthdays (walk20 #40 named it "Freunden")
    if (m := re.match(_WITH_ALL, after, re.I) if span else re.search(
            rf"\b(?:lists?|listes?|listas?|listen?|elenco){_WITH_ALL}", text, re.I)) and (
            words := _trim(m.group(1))):
        return words
    if not span and shape == "directory" and re.search(_LIBRARIES, text.lower()) and (
            m := re.search(_FOR, text, re.I)) and (words := _trim(text[m.end():])):
        return words  # a library's who-has-it list is about whom it is for ("book club")
    if not span and (words := _what_it_does_with(text)):
        return words
    if not span and not re.search(_FOR, text, re.I) and (whole := _trim(text)):
        return whole  # no app word and no "for …": the prompt's own words first
    if not span and (m := re.search(dict(DOMAIN).get(shape, "^$"), text.lower())):
        # the words that told the shape ("practice spanish verbs"), or those after them ("je
        # note tous mes films vus")
        a, b = _word_start(text, m.start()), _word_end(text, m.end())
        # with what it is of: "academia de inglés", "scuola di musica", "school of dance"
        # (walk20 #18 named a language school's page "Academia")
        if of := re.match(r"\s+(?:de|di|do|da|del|della|of|für|für)\s+(?!(?:mi|mis|my|ma|"
                          r"mon|mes|meu|minha|mio|mia|mein\w*|\d))[^\W\d_][\w'-]*", text[b:], re.I):
            b += of.end()
        if words := _trim(text[a:b]) or _trim(text[b:]):
            return words
    # ("about 40 members" is a count, not what it is about: walk18 #46 was "40 members")
    lead = _trim(re.split(rf"\b(?:{_PREP})\b(?!\s+\d)", before, flags=re.I)[-1])
    if lead and not (shape == "calculator" and re.search(calcs.WORDS_RE, calcs.plain(lead))):
        # "a recipe blog for my grandma's Polish recipes": the words after say the lead's
        # thing more fully (walk17 #15 was "Recipe · Blog")
        return _fuller(lead, after) or lead
    # a heading's words after the shape word, before its list: "Karteikarten Französisch: la
    # maison das Haus, …" is about French (walk18 #12 read "das" as a preposition: "Haus")
    if (head := re.match(r"\s*([^\W\d_][\w'-]*(?:\s[^\W\d_][\w'-]*)?)\s*:", after)) and not re.search(
            rf"(?:^|\s)(?:{_PREP})(?=\s|')", head.group(1), re.I) and (words := _trim(head.group(1))):
        return words
    # a noun with what it is of, as a heading before a colon: "révisions code de la route :"
    # (a prompt whose shape word says what it is, "prenota una lezione di tennis:", is about
    # the tennis)
    if not span and (head := re.match(r"\s*(?:[^\W\d_][\w'-]*\s+)?([^\W\d_][\w'-]*\s+(?:de la|de l['’]|de|du|"
                         r"des|di|del|della|do|da|"
                         r"of|of the)\s*[^\W\d_][\w'-]*)\s*:", after, re.I)) and (
            words := _trim(head.group(1))) and len(words.split()) >= 2:
        return words
    # a German genitive right after the shape word: "Verzeichnis der Babysitter in unserer
    # Straße … Preis pro Stunde" is about the babysitters (walk19 #20 was "Stunde")
    if (gen := re.match(r"\s*(?:der|des)\s+(?=[A-ZÄÖÜ])", after)) and (
            words := _trim(after[gen.end():])):
        return words
    for m in re.finditer(rf"(?:^|\s)(?:{_PREP})(?=\s+|')", after, re.IGNORECASE):
        # a rate's unit, not a subject: "$45 per person", "12 € par personne" (walk22 #6 was
        # named "Person")
        if re.search(r"\d(?:[.,]\d+)?\s*(?:[$€£]|eur\w*|dollars?|reais)?$", after[:m.start()],
                     re.I):
            continue
        if re.match(_MEASURE, after[m.end():]):
            # an amount is no subject: "split rent of $2400 between 3 roommates" is about
            # the rent (walk17 #11 was "$2400 between 3 roommates by")
            if words := _trim(after[:m.start()]):
                return words
            continue
        if _for_kin(after[m.end():]):  # "Vokabelkarten Englisch–Deutsch für meine Tochter"
            if words := _trim(after[:m.start()]) or lead:
                return words
            after = after[:m.start()]
            break
        if _for_us(after[m.end():]):
            break  # "for both of us: …": who it is for, and nothing more
        words = _trim(after[m.end():].lstrip("' "))
        if words:
            return words
    if words := _trim(after) or lead:
        return words
    # the shape's own words hold the subject: "une carte pour ma pizzeria"
    inner = re.split(rf"\b(?:(?:{_PREP})\s+)?(?={_MINE}\b)", text[span[0]:span[1]], maxsplit=1,
                     flags=re.I) if span else []  # or "track my period"
    if len(inner) == 2:
        return _trim(inner[1])
    # a sheet for an event named in capitals: "who's bringing what to the Elm Street party?"
    named = re.search(rf"\b((?:[A-Z][\w'’-]*\s+){{1,3}}(?:{EVENT[2:-2]}))\b", text)
    return named.group(1) if shape == "signup" and named else ""


# "an app that reads receipts from a photo", "App, die Rechnungen per Foto einliest", "une
# appli qui scanne mes factures": an app said by what it does is about the thing it does it to
_APP_THAT = (r"^\W*(?:(?:an?|the|une?|una?|uno|um|uma|eine?|ein|un['’])\s*)?(?:app|appli|"
             r"application|aplicaci[óo]n|aplicativo|applicazione|programm|programa|programme|"
             r"programma|tool|outil|herramienta|ferramenta|strumento|website|site|sito|webseite|"
             r"p[áa]gina|page|pagina|seite)\b\s*,?\s*(?:that|which|die|das|der|welche[rs]?|qui|"
             r"que|q|che|to)\s+")
# what ends the thing: a preposition, a joining word or a German verb at the clause's end
_THING_ENDS = (r"(?:per|par|por|from|by|via|with|mit|avec|con|com|aus|von|vom|da|dalla|dal|de|"
               r"do|da|du|des|and|und|et|y|e|ed|to|an|à|a|al|au|pra|para|pour|for|für|"
               r"automatically|automatisch|automatiquement|autom[áa]ticamente|automaticamente)$")
_OBJECT_PRONOUNS = {"me", "us", "you", "them", "moi", "nous", "nos", "mir", "mich", "uns",
                    "mi", "ci", "m", "te"}


def _what_it_does_with(text: str) -> str:
    """The thing an app said by what it does does it to: "Rechnungen", "factures" ("" when
    the prompt is no "app that …")."""
    m = re.match(_APP_THAT, text, re.I)
    if not m:
        return ""
    words = re.split(r"[,.;:!?()]", text[m.end():], maxsplit=1)[0].split()
    german = (bool(words) and words[0][:1].isupper()) or (
        len(words) > 1 and words[0].lower() in _LEAD and words[1][:1].isupper())
    if not german:  # the verb first ("reads", "scanne", "legge"), and whom for ("lets me")
        words = words[1:]
        while words and words[0].lower().strip("'’") in _OBJECT_PRONOUNS:
            words = words[2:]
    while words and re.sub(r"^[dlDL]['’]", "", words[0]).lower() in _LEAD:
        words = words[1:]
    # (a German clause ends on its verb, in lower case: "die Rechnungen per Foto einliest")
    thing = list(itertools.takewhile(lambda w: not re.fullmatch(_THING_ENDS, w, re.I) and not (
        german and w[:1].islower()), words[:3]))
    return " ".join(thing) if thing and re.search(r"[^\W\d_]{3}", thing[0]) else ""


# How a shop is paid or ships, with the service named: "mit Bezahlung per PayPal", "with
# Stripe payments", "paiement par carte", "envío con seguimiento", "Versand-Tracking"
_PAY_WORD = (r"(?:bezahl\w*|zahlung\w*|payments?|paying|paiements?|pagos?|pagamentos?|"
             r"checkout|kasse|versand\w*|shipping|delivery|livraison|env[íi]os?|entregas?|"
             r"spedizion[ei]|consegna|tracking|suivi|seguimiento|rastreamento|sendungsverfolgung)")
_PAID_HOW = (rf"(?:\b(?:with|avec|con|com|mit|and|et|y|e|und)\s+)?(?:(?:[\w-]+\s+){{0,1}})?"
             rf"\b{_PAY_WORD}(?:[- ]{_PAY_WORD})?(?:\s+(?:per|via|by|par|con|com|mit|[üu]ber|with|"
             rf"avec|por|tramite|pela|pelo|through)\s+(?:{_PRODUCT_RE}|stripe|card|carte|"
             rf"tarjeta|karte|cart[ãa]o|carta|bizum|pix|klarna|twint|mbway|satispay|"
             rf"[A-Z][\w-]+))?(?:\s+(?:a|à|ao)\s+domic[ií]li[oe]|\s+nach hause|\s+to your door)?")
_SENDS_REMINDERS = (r"\b(?:reminders?|rappels?|recordatorios?|erinnerung(?:en)?|lembretes?|"
                    r"promemoria|avisos?|sms|texts?|text messages?|whatsapps?)\b")
_APPOINTMENT = (r"\b(?:appointments?|bookings?|rendez-vous|rdv|citas?|termine?n?|terminen|"
                r"consultas?|agendamentos?|appuntamenti|appuntamento|prenotazion[ei])\b")
_APPOINTMENT_REMINDERS = ("Appointment reminders", "Rappels de rendez-vous",
                          "Recordatorios de citas", "Terminerinnerungen",
                          "Lembretes de consultas", "Promemoria degli appuntamenti")
# When, counted back from something: "the day before their appointment", "la veille"
_BEFORE = (r"\b(?:the (?:day|night|week|morning|evening) before|(?:one|an|a|two|\d+) "
           r"(?:hours?|days?|weeks?) (?:before|ahead)|la veille|el d[íi]a (?:antes|anterior)|"
           r"am vortag|(?:einen|1) tag (?:vorher|davor)|o dia (?:antes|anterior)|"
           r"na v[ée]spera|il giorno prima|la vigilia)\b|"
           # the day it falls on is when, not what: "Müllsammelaktion am Rheinufer am Samstag"
           rf"\s(?:am|on|this|next|ce|le|el|este|diesen|no|na|neste|nesta|il|questo|questa)\s+"
           rf"(?:{day_pattern()})\b")


_MONEY_AHEAD = (r"\s*(?:[$€£]|R\$|US\$)\s?\d|\s*\d[\d.,  ]*\s?(?:€|\$|£|eur\b|euros?\b|"
                r"dollars?\b|d[óo]lares\b|reais\b|pounds?\b|bucks\b|chf\b|franken\b)")
# An amount said after a preposition: "of $2400", "de 3 000 €", "für 4 Personen", "of 12"
_MEASURE = (r"\s*(?:(?:an?|the|un|une|una?|um|uma|ein|eine|el|la|le|il|lo|o|a)\s+)?"
            r"(?:[$€£¥]|R\$|US\$|CHF\s?)?\d")


def _fuller(lead: str, after: str) -> str:
    """What a prep's words after the shape word say of ``lead`` more fully, or "": every
    word of ``lead`` is (the start of) one of them ("recipe" in "grandma's Polish recipes")."""
    m = re.search(_FOR, after, re.I)
    words = _trim(after[m.end():]) if m and not _for_us(after[m.end():]) else ""
    said = [w.lower() for w in re.findall(r"[\w'’-]+", words)]
    if len(said) <= len(lead.split()) or not all(
            any(s.startswith(w.lower()[:max(4, len(w) - 1)]) for s in said)
            for w in lead.split()):
        return ""
    return words


def _first_clause(text: str, span: tuple[int, int]) -> str:
    """The subject a booking page or sheet names in its first clause when the words that
    say what it is come later, or end in its possessive ("agenda pra minha manicure, …, a
    cliente escolhe o horario": the possessive's words), "Campo da padel del circolo: i soci
    … prenotano" (a heading before a colon); "" when the first clause is not such."""
    m = re.match(r"[^,.;:!?]+([,.;:!?])", text)
    if not m or (m.end() > span[0] and not re.search(rf"\b{_MINE}$", text[:span[1]], re.I)):
        return ""
    clause = m.group()[:-1]
    if mine := re.search(rf"\b(?:{_PREP})\s+{_MINE}\s+(.+)", clause, re.I):
        return _trim(mine.group(1))
    if m.group(1) == ":" and len(clause.split()) <= 6 and not any(
            w.lower() in _ASKING for w in re.findall(r"\w+", clause)):
        return _trim(clause)
    return ""


def trim_subject(chunk: str) -> str:
    """``chunk`` cut to its subject words (articles and possessives dropped), kept longer
    than ``subject`` keeps them: up to eight words, up to the first clause word."""
    chunk = re.split(_STOPS.replace("|in|en|im|na|no|nel|nella", ""), chunk, maxsplit=1,
                     flags=re.IGNORECASE)[0]
    words = chunk.split()
    while words and words[0].lower() in _LEAD - {"app", "application", "website", "site"}:
        words.pop(0)
    return " ".join(words[:8])


_WHEN = (r"\b(?:mornings?|evenings?|nights?|matins?|soirs?|ma[ñn]anas?|noches?|morgens|abends|"
         r"manh[ãa]s?|noites?|mattin[ae]|ser[ae])(?:\s+(?:and|et|y|und|e)\s+(?:mornings?|"
         r"evenings?|nights?|matins?|soirs?|ma[ñn]anas?|noches?|tardes?|morgens|abends|manh[ãa]s?|"
         r"noites?|mattin[ae]|ser[ae]))\b|"
         # (typed quickly: "lista della spesa x la settimana"; or for a period: "shopping list
         # for the week" is no list about a week, walk21 #29 was named "X la settimana")
         r"(?<!\w)(?:al|por|par|pro|per|a|à|an|each|every|cada|ogni|chaque|jede[nr]?|ao|am|im|x|by|"
         r"for the|pour la|para la|para a|f[üu]r die|per la)\s+(?:(?:la|el|a|o|le|the)\s+)?"
         r"(?:mese|mes|mês|mois|monat|month|semana|settimana|semaine|woche|week|giorno|día|dia|"
         r"jour|journ[ée]e|giornata|tag|day|año|ano|anno|an|jahr|year)\b|"
         r"\b(?:the|la|die|a)\s+(?:week|semaine|semana|woche|settimana|month|mois|monat|mese)\b|"
         r"todos (?:os|los) d[íi]as|tous les jours|"
         r"tutti i giorni|alle tage|todo (?:o )?d[íi]a|toda (?:a )?noite|todas as noites|"
         r"toda (?:a )?semana|todas as semanas|todas las semanas|tous les mois|todo (?:o )?m[êe]s|"
         # the times of day: "at 18:30 and 19:45", "à 18h30", "a las 18:30 y a las 19:45"
         r"\b(?:at|à|a las?|um|às|alle|ore)\s+\d{1,2}(?:[:h.]\d{2})?\s*(?:h|uhr|am|pm)?"
         r"(?:\s*(?:,|and|et|y|und|e)\s*(?:(?:at|à|a las?|um|às|alle|ore)\s+)?"
         r"\d{1,2}(?:[:h.]\d{2})?\s*(?:h|uhr|am|pm)?)*(?!\w)")


# An event a page or a sheet is for, not a shop or a product (web's event pages, a sign-up
# sheet's subject: "the Elm Street party")
EVENT = (r"\b(?:sale|fair|f[êe]te|festival|festa|fest|feria|fiesta|party|gala|concert|"
         r"concierto|konzert|concerto|show|market|march[ée]|mercado|mercatino|markt|flohmarkt|"
         r"bazaa?r|kermesse|brocante|vide-grenier|tournament|tournoi|torneo|turnier|race|"
         r"course|carrera|corrida|lauf|corsa|marathon|maratona|wedding|mariage|boda|hochzeit|"
         r"casamento|matrimonio|reunion|r[ée]union|reuni[oó]n|treffen|raduno|launch|"
         r"lancement|lanzamiento|lan[çc]amento|lancio|sommerfest|weihnachtsmarkt|"
         r"\w+fest|countdown|compte [àa] rebours|cuenta (?:atr[áa]s|regresiva)|"
         r"contagem regressiva|conto alla rovescia)\b")
_MINE = (r"(?:my|our|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|mein\w*|unser\w*|meu|minha|"
         r"nosso|nossa|mio|mia|nostr[oa])")
_BOOK_NOUNS = {"club", "clubs", "swap", "fair", "group", "circle"}
# Who an app is for when it is the prompt's only subject word.
_US = {"us", "both of us", "the two of us", "two of us", "us two", "me", "myself", "me and my partner",
       "nous", "nous deux", "moi", "nosotros", "nosotras", "los dos", "mí", "nós", "nós dois",
       "mim", "a gente", "uns", "uns beide", "mich", "noi", "noi due", "me e te"}


# Whom an app is for in the family: who uses it, not what it is about ("Vokabelkarten … für
# meine Tochter" was named "Tochter · Vokabelkarten": walk13 #37)
_KIN = re.compile(
    rf"(?:{_MINE}\s+)?(?:little\s+|petite?\s+|kleine[nr]?\s+)?(?:daughters?|sons?|kids?|children|"
    r"child|wife|husband|partner|girlfriend|boyfriend|mum|mom|dad|parents|grandma|grandpa|"
    r"grandchildren|fille|filles|fils|enfants?|femme|mari|copine|copain|hij[oa]s?|niñ[oa]s?|"
    r"esposa|marido|novi[oa]|tochter|t[öo]chter|sohn|s[öo]hne|kinder|kind|frau|mann|freundin|"
    r"freund|filh[oa]s?|crian[çc]as?|namorad[oa]|figli[oa]?|figlie|bambin[ie]|moglie|marito|"
    r"ragazz[oa])", re.I)


_NAMED_KIN = r"(?<=\s)[A-ZÀ-Ý][\w'-]{1,20}|\s(?:and|et|y|und|e)(?=\s)|&|,"


def _head(chunk: str) -> str:
    head = re.split(_STOPS, chunk, maxsplit=1, flags=re.IGNORECASE)[0]
    return " ".join(w.lower() for w in head.split() if w.lower() not in {"just", "only"})


# For how long something holds ("no payments needed for now" named a climbing gym's app
# "now": walk13 #33)
_NOW = {"now", "now please", "the moment", "the time being", "later", "today", "maintenant",
        "l'instant", "instant", "le moment", "ahora", "el momento", "ahorita", "jetzt", "erste",
        "den anfang", "agora", "enquanto", "o momento", "ora", "adesso", "il momento"}


def _for_us(chunk: str) -> bool:
    return _head(chunk) in _US


def _for_kin(chunk: str) -> bool:
    # ("for my kids Emma and Leo": kin and their names, walk19 #1 was named "Kids Emma")
    said = re.split(r"[:;.!?]", chunk, maxsplit=1)[0]
    return bool(_KIN.fullmatch(_head(said).strip(" :,.;")) or _KIN.fullmatch(_head(re.sub(
        rf"(?:\s*(?:{_NAMED_KIN}))+$", "", said)).strip(" :,.;")))


# Verbs in -ing that say what an app does with anything ("tracking my runs" is about runs)
_DOING = {"tracking", "logging", "recording", "keeping", "counting", "noting", "managing",
          "organizing", "organising", "planning", "sharing", "storing", "saving", "listing",
          "monitoring", "checking", "following", "scheduling", "booking", "showing", "seeing",
          "writing", "putting", "adding", "entering", "collecting", "sorting", "comparing",
          "splitting", "running", "selling", "getting", "making", "having", "doing"}


# a question's word before what it asks about: "(keep track of) when I water my plants"
_WH = {"when", "whenever", "how", "where", "quand", "cuándo", "cuando", "wann", "wenn",
       "quando", "comment", "cómo", "wie"}


def _trim(chunk: str) -> str:
    """Up to four words of ``chunk``: leading articles, possessives and infinitives dropped, cut
    at the first clause word ("with", "where", punctuation); "al mese", "a week" are when, not
    what."""
    chunk = re.sub(_WHEN, " ", chunk, flags=re.IGNORECASE)
    chunk = re.sub(rf"^\s*(?:{'|'.join(_WH)})\s+", "", chunk, flags=re.IGNORECASE)
    # two owners of one thing: "my wife's and my candle business" is about the business (round
    # 19 named it "Wife's")
    chunk = re.sub(r"^\s*(?:(?:my|our|his|her)\s+)?[^\W\d_]+['’]s\s+(?:and|&)\s+(?=(?:my|our)\s)",
                   "", chunk, flags=re.IGNORECASE)
    # the kinds a thing is of, listed: "bollette di acqua, luce e gas" is whole (walk20 #22 was
    # "Bollette di acqua"), held as one word while the clause is cut
    chunk = re.sub(_KINDS_OF, lambda m: m.group(1) + re.sub(r"\s+", _HELD, re.sub(
        r"\s*,\s*", _HELD_COMMA, m.group(2))), chunk, count=1, flags=re.IGNORECASE)
    # two kinds of one list, plural: "(directorio de) fontaneros y electricistas del pueblo"
    # (walk21 #8 was "Fontaneros")
    chunk = re.sub(_TWO_KINDS, lambda m: m.group(1) + re.sub(r"\s+", _HELD, m.group(2)), chunk,
                   count=1)
    chunk = re.split(_STOPS, chunk, maxsplit=1, flags=re.IGNORECASE)[0]
    chunk = re.split(_BEFORE, chunk, maxsplit=1, flags=re.IGNORECASE)[0]  # when, not what
    # a sum of money closes it: "l'affitto di 1800 € tra 3 coinquilini" is about the rent (a
    # "festa de 15 anos", a "clase de 2ºB" keep their number)
    chunk = re.split(rf"\s(?:{_PREP}|between|entre|tra|fra|zwischen|von)(?={_MONEY_AHEAD})", chunk,
                     maxsplit=1, flags=re.IGNORECASE)[0]
    words = [w.strip("\"'-") for w in chunk.split() if w.strip("\"'-")]
    changed = True
    while words and changed:
        changed = False
        first = re.sub(r"^[dlDL]'", "", words[0])
        if first != words[0]:
            words[0] = first
            changed = True
        low = words[0].lower()
        if low == "book" and len(words) > 1 and words[1].lower() in _BOOK_NOUNS:
            break  # "book club", not the verb "book"
        if low in _LEAD or low in _PREP_WORDS or low in _ASKING or low in _WH or low == "to" \
                or (low in _GENERIC and not words[0].isupper()):
            words.pop(0)
            changed = True
        elif len(words) > 1 and re.fullmatch(r"[a-zà-ÿ]{4,}(?:ar|er|ir|re)", words[0]) and \
                words[1].lower() in _LEAD | {"de", "des", "du"}:
            words.pop(0)  # an infinitive: "organizar a mudança", "apprendre les dates"
            changed = True
        elif len(words) > 2 and re.fullmatch(r"[a-z]{3,}ing", low) and \
                words[1].lower() in {"a", "an", "the"}:
            words = words[2:]  # "Running a small sheepdog trial": the trial
            changed = True
        elif len(words) > 3 and re.fullmatch(r"[a-z]+ed", low) and words[1].lower() in {
                "each", "every", "all"} and words[2].lower() == "of":
            words = words[3:]  # "(when i) watered each of my plants": the plants
            changed = True
        elif len(words) > 1 and words[1].lower() in {"my", "our", "your", "their", "his",
                                                      "her"} and re.fullmatch(r"[a-z]+", low):
            if low.endswith("ing") and low not in _DOING:
                # what is done is the subject: "watering my plants", not "plants" (a
                # "tracking", "planning" says no more than the app does)
                words = [words[0], *words[2:]]
                break
            words.pop(0)  # an English verb before its object: "water my plants"
            changed = True
        elif len(words) > 1 and re.fullmatch(r"\w{4,}en", low) and words[0][0].isupper() and \
                words[1].lower() in {"der", "die", "das", "den", "des"}:
            words.pop(0)  # "Aufteilen der Rechnung"
            changed = True
    if " ".join(w.lower() for w in words) in _US | _NOW:
        return ""  # "for us", "für uns beide": who it is for; "for now": when, not what
    # five words, or six when the fifth joins the sixth to it: "vendas da minha loja de bolos",
    # not "vendas da minha loja" (walk16 #12 cut names so)
    # ("… pela América do Sul": a place's name of three words is not cut after its first)
    place = next((i + 3 for i in (3, 4) if len(words) > i + 2 and words[i][:1].isupper()
                  and words[i + 1].lower() in _JOINS and words[i + 2][:1].isupper()), 0)
    words = words[:place] if place else words[:6] if len(words) > 5 and words[4].lower() in \
        _JOINS and not re.fullmatch(_DAY_NUMBER, words[5]) else words[:5]
    if len(words) > 2 and re.fullmatch(_DAY_NUMBER, words[-1]) and words[-2].lower() in _ON_DAY:
        words = words[:-2]  # a date cut off by the word limit: "torneo de ajedrez del 15"
    if not re.search(r"[^\W\d_]", " ".join(words)):
        return ""  # a number is no subject ("une note sur 20" named the app "20", "12 €")
    # a word left hanging at the end goes, not a name's ("América do Sul": walk17 #22)
    while words and not (words[-1][:1].isupper() and len(words) > 1) and (
            words[-1].lower() in _LEAD | _PREP_WORDS | _ASKING | _OWNERS
            | {"at", "in", "im", "en", "to", "online"}):
        words.pop()  # (nor a possessive left alone: "de leur" named an app "Leur")
    return " ".join(words).replace(_HELD_COMMA, ", ").replace(_HELD, " ")


# "(bollette) di acqua, luce e gas", "(factures) d'eau, d'électricité et de gaz", "(bills)
# for water, power and gas": two to four kinds of one word or two, the last after "and"
_KIND = r"(?:(?:d['’]|de\s+|du\s+|di\s+)?[^\W\d_][\w'’-]*)"  # one word each
_KINDS_OF = (rf"(^\s*(?:[^\s,;:]+\s+){{1,3}}?(?:of|for|di|de|d['’]|des|del|dei|delle|degli|do|da|"
             rf"dos|das|von|der|für)\s*)(?!(?:my|our|your|mes|mon|ma|nos|notre|mis|mi|meine?n?|"
             rf"unsere?n?|meu|minha|meus|minhas|mio|mia|miei|the|les|los|las|die|os|as|gli)\s)"
             rf"({_KIND}(?:\s*,\s*{_KIND}){{1,2}}\s+(?:and|e|et|y|und)\s+"
             r"(?:d['’]|de\s+|du\s+|di\s+)?[^\W\d_][\w'’-]*)"
             r"(?=\s*(?:$|[:;.,(]|\s(?:with|con|avec|mit|com|per|par|por|for|pour|para|für|bills?|"
             r"invoices?)\b))")
def kinds_of(subject: str) -> list[str]:
    """The kinds a subject lists ("bollette di acqua, luce e gas": acqua, luce, gas; "factures
    d'eau, d'électricité et de gaz": eau, électricité, gaz), each capitalised; [] when it lists
    none."""
    m = re.match(_KINDS_OF, subject, re.I) or re.match(_TWO_KINDS, subject)
    if not m:
        return []
    return [cap(re.sub(r"^(?:d['’]|de\s+|du\s+|di\s+)", "", k.strip(), flags=re.I))
            for k in re.split(r"\s*,\s*|\s+(?:and|e|et|y|und)\s+", m.group(2)) if k.strip()]


# two plural kinds a list holds, at its start: "fontaneros y electricistas", "plumbers and
# electricians", "plombiers et électriciens" (lower case: "Tom and Jerry" are names)
_TWO_KINDS = (r"^(\s*(?:(?:de|of|des|di|dei|degli|delle|do|dos|das|da|du|von)\s+)?)"
              r"((?-i:[a-zà-ÿ][\w'’-]{2,}s)\s+(?:and|y|et|e|und)\s+(?-i:[a-zà-ÿ][\w'’-]{2,}s))\b")


# what _KINDS_OF holds together as one word, its spaces and commas: two letters no prompt
# uses, so that no clause word ("e", ",") cuts it
_HELD, _HELD_COMMA = "\u01c2", "\u01c3"


_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th|er|e|º|°|\.)?"
_JOINS = {"de", "da", "do", "das", "dos", "di", "del", "della", "dei", "delle", "du", "des",
          "of", "von", "vom", "der"}
_ON_DAY = {"del", "du", "le", "the", "on", "am", "vom", "dal", "do", "da", "el", "il", "al",
           "au", "dia", "día", "of"}


def _word_start(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while i < len(text) and text[i].isalnum():
        i += 1
    return i


# Acronyms people type in lower case ("status page for my api"): written as they are spelt.
_ACRONYMS = {w.lower(): w for w in ("API", "APIs", "FAQ", "FAQs", "CRM", "SEO", "SMS", "PDF",
                                    "CSV", "URL", "UI", "UX", "SaaS", "DIY", "BBQ", "GPS", "VPN",
                                    "HR", "PTA", "RPG", "CV", "CVs", "UK", "NGO", "ONG", "QA")}


def cap(text: str) -> str:
    """First letter up, the rest as typed ("IT", "SaaS API" stay as they are), and known
    acronyms typed in lower case spelt right ("api" → "API")."""
    text = re.sub(r"(?<![\w-])[a-z]{2,4}(?![\w-])",
                  lambda m: _ACRONYMS.get(m.group(), m.group()), text)
    text = re.sub(r"(?<!\w)b&b(?!\w)", "B&B", text, flags=re.I)
    return text[:1].upper() + text[1:]


# ---- a name is said in the nominative ------------------------------------------------------
# A subject said after a preposition, in the case it governs: "Quiz zu den deutschen
# Bundesländern und ihren Hauptstädten" is about "deutsche Bundesländer und ihre
# Hauptstädte" (walk19 #10 named it "Deutschen Bundesländern und ihren Hauptstädten").
_DATIVE = r"zu|zum|zur|mit|von|vom|aus|bei|beim|nach|seit|gegenüber"
_ACCUSATIVE = r"über|für|fürs|durch|gegen|ohne|um"
# a preposition or an article the subject words start with in any language, which the name
# does not keep ("zu den englischen Verben", "sobre os estados")
_NAME_LEAD = (rf"^(?:(?:{_DATIVE}|{_ACCUSATIVE}|about|on|sur|sobre|sul|sulla|sullo|sui|sugli|"
              r"sulle|aux|au)\s+)(?:(?:the|les|la|le|los|las|el|os|as|o|a|die|der|den|dem|das|"
              r"il|lo|i|gli)\s+)?(?=\S)")
# the nominative of a possessive or of a word a dative plural ended in -n whose -n the rules
# below cannot tell (an -e plural without umlaut: "Kursen" is "Kurse", "Planeten" stays)
_PLURAL_OF = {"ihren": "ihre", "seinen": "seine", "unseren": "unsere", "unsren": "unsre",
              "meinen": "meine", "deinen": "deine", "euren": "eure", "kursen": "Kurse",
              "angeboten": "Angebote", "produkten": "Produkte", "tieren": "Tiere",
              "hunden": "Hunde", "spielen": "Spiele", "bergen": "Berge", "filmen": "Filme",
              "jahren": "Jahre", "freunden": "Freunde", "rezepten": "Rezepte",
              "geschenken": "Geschenke", "fischen": "Fische", "pferden": "Pferde",
              "instrumenten": "Instrumente", "elementen": "Elemente", "monaten": "Monate"}
# plurals in -n whatever their case ("Eltern", "Schwestern", "Regeln", "Übungen")
_ALWAYS_N = (r"(?:eltern|schwestern|federn|mauern|steuern|nummern|ziffern|kammern|leitern|"
             r"\w*(?:ungen|heiten|keiten|schaften|ionen|t[äa]ten|innen|eien|chen|lein|anten|"
             r"enten|isten|eten|ologen|graphen|grafen))")

# German place names ending in -n, never a dative plural ("Tübingen", "Mühlhausen", "Eisleben")
_TOWN = r"\w+(?:ingen|hausen|hofen|stetten|leben)"


def nominative(subject: str, prompt: str, lang: str) -> str:
    """``subject`` as a name says it: without the preposition and article it followed, and in
    German in the nominative when the prompt said it after a dative or accusative
    preposition ("zu den deutschen Bundesländern" → "deutsche Bundesländer", "über den
    Zweiten Weltkrieg" → "Zweiter Weltkrieg", "zur deutschen Geschichte" → "deutsche
    Geschichte"); a case the words cannot tell (the gender of "zum Römischen Reich") is left
    as said."""
    bare = subject
    while (cut := re.sub(_NAME_LEAD, "", bare, flags=re.I)) != bare and bare[:1].islower():
        bare = cut
    if lang != "de" or not bare:
        return bare
    at = prompt.lower().rfind(bare.lower())
    before = re.findall(r"\w+", prompt[:at].lower()) if at >= 0 else []
    dative, accusative = _DATIVE.split("|"), _ACCUSATIVE.split("|")
    art = before.pop() if before and before[-1] in ("den", "der", "dem", "allen") else ""
    prep = before[-1] if before else ""
    words = bare.split()
    nouns = [w for w in words if w[:1].isupper()]
    if art == "" and words[0] in nouns and re.fullmatch(_TOWN, words[0], flags=re.I):
        return bare  # a town after its preposition ("zu Tübingen"): no plural's -n to take
    if prep in dative and art in ("den", "allen", "") and (nouns or art == "allen") and (
            nouns or words)[0].endswith("n"):
        case = "plural"  # dative plural: its head noun ends in -n
    elif prep in accusative and art == "den":
        case = "masculine"  # "über den Zweiten Weltkrieg"
    elif prep == "zur" or (prep in dative and art == "der"):
        case = "feminine"  # "zur deutschen Geschichte"
    else:
        return bare
    out = []
    for w in words:
        low = w.lower()
        if w[:1].isupper() and case == "plural":
            out.append(plural_nominative(w))
        elif w[:1].isupper() and low.endswith("en") and any(
                x[:1].isupper() for x in words[words.index(w) + 1:]) and case != "plural":
            # an adjective written in capitals as a name's part ("Zweiten Weltkrieg")
            out.append(w[:-1] + ("r" if case == "masculine" else ""))
        elif low in _PLURAL_OF and case == "plural":
            out.append(_PLURAL_OF[low])
        elif re.fullmatch(r"[a-zäöüß]+en", w) and low not in ("und", "oder"):
            # an adjective: the nominative's ending without an article
            out.append(w[:-1] + ("r" if case == "masculine" else ""))
        else:
            out.append(w)
    return " ".join(out)


def plural_nominative(word: str) -> str:
    """A German noun's nominative plural from its dative plural ("Bundesländern" →
    "Bundesländer", "Hauptstädten" → "Hauptstädte"); as it is when its -n may be its own."""
    low = word.lower()
    if low in _PLURAL_OF:
        return _PLURAL_OF[low]
    if re.fullmatch(_ALWAYS_N, low) or not low.endswith("n"):
        return word
    if low.endswith("ern"):
        return word[:-1]  # Ländern, Büchern, Spielern
    if re.search(r"[äöü]", low) and re.search(r"[^aeiouäöü]e[ln]$", low):
        return word[:-1]  # Hauptstädten, Flüssen, Vögeln
    return word


# ---- fields the prompt names ---------------------------------------------------------------
_LIST_AFTER = (r"\b(?:with|con|mit|avec|com|including|fields?|columns?|campi|champs|campos|felder|"
               # what each entry has: "where each post has a title, the glaze used…", "chaque
               # fiche a un nom, …", "jeder Eintrag hat …", "ogni ricetta ha …"
               r"(?:each|every|chaque|cada|jede[rs]?|ogni)\s+[^\W\d_]+\s+(?:has|have|gets|a|"
               r"tiene|tem|hat|ha|enth[äa]lt|contains?|contient|contiene))\b"
               # "with fields author, mood": the word for fields is no field's
               r"(?:\s+(?:the\s+|les\s+|los\s+|den\s+|os\s+|i\s+)?(?:fields?|columns?|champs|"
               r"campos|campi|felder[n]?|spalten|colonnes|columnas|colunas|colonne)\b)?[:\s]+")
_SUPERLATIVE = (r"\b(?:la|le|les)\s+(?:plus|moins)\s|\b(?:the\s+)?(?:most|least)\s|"
                r"\b(?:m[áa]s|menos|mais|pi[ùu]|meno)\s+[^\W\d_]{3,}|"
                r"\b(?:hard|long|fast|high|low|bigg|heavi|short|strong|great|larg|small|earli|"
                r"lat|b|wor)est\b")
# (a superlative's "plus" is no "and": "voie la plus dure", walk22 #6 had Voie and Dure)
AND = r",|\s(?:and|y|und|et|e|ed|(?<!\bla\s)(?<!\ble\s)(?<!\bles\s)(?<!\bde\s)plus|\+)\s"
_TYPES = [
    (r"e-?mail|correo|courriel", "email"),
    (r"phone|t[ée]l[ée]phone|telefon|tel[ée]fono|telefone|\bcell\b|handy|mobile", "tel"),
    (r"\bdate|fecha|datum|\bdata\b|day|jour|\bd[íi]as?\b|tag\b|giorno|"
     # when a bill or a task falls due ("importo, scadenza, pagata")
     r"\bscadenz[ae]\b|[ée]ch[ée]ances?|vencimientos?|vencimentos?|f[äa]lligkeit|\bdue\b|"
     r"deadlines?|expiry|expiration|\bfrist(?:en)?\b|\babgabe(?:termin)?\b|"
     # the next one of a thing done again: "próxima dose", "next vaccine", "prochain rappel"
     # (walk21 #14 had a text field)
     r"^(?:next|pr[óo]xim[oa]|prochaine?|n[äa]chste[rsn]?|prossim[oa]|siguiente)\s", "date"),
    # stars out of five, not a chess player's Elo
    (r"^(?!.*\belo\b).*(?:\bratings?\b|\bstars?\b|[ée]toiles|estrellas|estrelas|\bsterne\b|"
     r"\bstelle\b|bewertung|valutazion\w*|avalia[çc][ãa]o|valoraci[óo]n)", "rating"),
    # when a place is open is a range of times, written as the person writes it ("Mon–Fri
    # 9–17"), never one number (walk13 #25: "opening hours" was a number input)
    (r"opening (?:hours|times)|hours of (?:operation|business)|business hours|"
     r"(?<!tarif )(?<!taux )\bhoraires?\b|"
     r"heures d'ouverture|\bhorarios?\b|horas de atenci[óo]n|[öo]ffnungszeit|sprechzeit|"
     r"\bhor[áa]rios?\b|\borari\b|\borario\b|schedule|timetable", "text"),
    # a time of day ("time, left or right side, minutes"): a clock, not words
    (r"^(?:(?:start|end|pick-?up|feeding) )?time(?: of day)?$|^heure(?: de (?:d[ée]but|fin))?$|"
     r"^uhrzeit$|^hora(?: de (?:inicio|fin))?$|^ora(?: di inizio)?$|"
     # the clock of a moment each day ("hora de acostarme", "heure du réveil", "bedtime")
     r"^(?:hora|heure|ora) (?:de|du|d'|di|del|della|da|do|a que)\s?[^\W\d_]+$|"
     r"^(?:bed|wake|wake[- ]?up|get[- ]?up|lights[- ]?out)\s?time$", "time"),
    (r"price|prix|precio|preis|pre[çc]o|prezzo|amount|montant|importe|\bmontos?\b|betrag|valor|importo|"
     r"\bcost|\bco[uû]t|kosten\b|\bcustos?\b|\bcosto|"
     # what someone charges or a member pays: "hourly rate", "tarif horaire", "cotisation"
     r"\brates?\b|\btarifs?\b|\btarifas?\b|\btariffe?\b|\bfees?\b|honorar|stundensatz|"
     r"cotisation|\bcuotas?\b|mensalidade|\bretta\b|mitgliedsbeitrag|"
     # what is to be spent or earned: "con fecha límite y presupuesto", "data, ganhos"
     r"\bbudgets?\b|presupuestos?|or[çc]amentos?|\bbilancio\b|\bearnings\b|\brevenue\b|"
     r"\bincome\b|\bingresos\b|\beinnahmen\b|\bganhos\b|\breceitas?\b|\bricavi\b|"
     r"\bincass[oi]\b|\brecettes\b|\bumsatz\b|\bfaturamento\b|\bganancias\b|\bguadagn[oi]\b|"
     r"\btips\b|\bpropinas\b|\bpourboires\b|\btrinkgeld\b|\bgorjetas\b|\bmance\b|"
     # one tip, a discount given: sums too ("dish, how many, tip"; a rent is a budget's
     # category as often, "mit Miete, Strom und Einkäufen")
     r"^(?:tip|pourboire|propina|gorjeta|mancia|discount|remise|rabatt|descuento|desconto|"
     r"sconto)$|"
     # the fuel a driver lists beside their takings is what it cost ("data, ganhos, km
     # rodados, gasolina"); litres of it say their unit
     r"^(?:gas|gasoline|petrol|fuel|gasolina|gasolio|gasóleo|essence|carburant|benzin|"
     r"sprit|benzina|combust[íi]vel|combustible|diesel|nafta)$", "money"),
    # a wine's year ("domaine, millésime, région"): a number to sort by
    (r"mill[ée]sime|\bvintage\b|\bjahrgang\b|\bannata\b|\bcosecha\b|\bsafra\b|\ba[ñn]ada\b|"
     # a year alone ("title, author, year"), and bottles counted in a cellar
     r"^(?:(?:release |publication )?year|ann[ée]e|a[ñn]o|jahr|ano|anno|"
     r"erscheinungsjahr)$|\bbottles\b|\bbouteilles\b|\bbotellas\b|\bbottiglie\b|"
     r"\bgarrafas\b|\bflaschen\b|"
     # frames of a hive are counted ("cadres de couvain": walk21 #6 had words)
     r"^(?:frames|cadres|rahmen|\w*waben|cuadros|quadros|telaini|favi)\b|\bframes$|"
     # readings of water, air or blood: a temperature, pH, ammonia, nitrite, humidity
     r"\btemp\b|temp[ée]ratur|\bph\b|ammoni|\bnitri[td]|\bnitrat|\bgh\b|\bkh\b|salinit|"
     r"salinid|salzgehalt|humidit|humedad|umidit|feuchtigkeit|luftfeuchte|"
     # where a series is at: its episode (and its season beside it, see named_fields)
     r"^(?:episodes?|[ée]pisodes?|epis[óo]dios?|episodios?|folgen?)$|"
     r"handicap|h[áa]ndicap|\bhcp\b|vorgabe|weight|poids|peso|gewicht|sets?|series|s[ée]ries|s[äa]tze|reps|repetici|r[ée]p[ée]titions|"
     r"wiederholung|repeti|ripetizion|score|points?|punt|pontos|voto|note\b|rating|calories|"
     r"\bage\b|\b[âa]ge\b|\bedad\b|\balter\b|\bidade\b|\bet[àa]\b|minutes|minutos|minuti|minuten|km|pages|p[áa]ginas|seiten|"
     # what a meter or a measure reads ("date, litres, price paid, odometer")
     r"\blit(?:re|er)s?\b|\blitros\b|\blitri\b|\bml\b|odometer|mileage|kilometerstand|"
     r"kil[oó]m[eèé]t(?:re|er|ro)s?\b|kilometern\b|quil[ôo]metros\b|chilometri\b|\bmiles\b|"
     r"\bmeilen\b|h[öo]henmeter|d[ée]nivel[ée]?|desnivel|dislivello|elevation gain|"
     r"quilometragem|kilom[ée]trage|chilometraggio|"
     r"pagine|hours|heures|horas|stunden|\bore\b|quantity|qty|cantidad|menge|quantit|"
     # how many are in stock ("produto, tamanho, quantidade": walk17 #19 made it words)
     r"quantidade|\bstock\b|\bestoque\b|\bexist[êe]ncias\b|\blagerbestand|\bbestand\b|"
     r"\bunidades\b|\bunit[ée]s\b|\bunits\b|\bpezzi\b|\bst[üu]ck(?:zahl)?\b|\bpieces\b|"
     # a measure read off a thermometer, a scale or a tape, or counted in glasses
     # a body's readings ("data, massima, minima, battiti")
     r"massima|minima|systol|diastol|sist[óo]l|diast[óo]l|\bpulse|\bpuls\b|\bpouls|\bpulso|"
     r"battiti|\bbpm\b|heart rate|glyc|gluc|glic|blutzucker|blood sugar|"
     # a blood test's iron ("date, where, ml donated, iron level": walk22 #12 had words)
     r"\biron\b|\bhierro\b|\bfer\b|\beisen\w*|\bferro\b|ferritin|h[äae]moglobin|h[ée]moglobine|"
     r"hemoglobina|emoglobina|"
     r"anzahl|number of|nombre d[e']|n[úu]mero de|numero di|temp[ée]ratur|\bdistan|\bstrecke|entfernung|%|\bcm\b|\bkg\b|\bgrams?\b|\bgramm|"
     r"\bgram[oa]s\b|\bgrammi\b|\bglasses\b|\bverres\b|\bvasos\b|gl[äa]ser\b|\bcopos\b|"
     r"bicchieri|\bcups\b|\btasses\b|\btazas\b|\btassen\b|\bsteps\b|\bpasos\b|schritte|"
     r"\bpassos\b|\bpassi\b|"
     # how long, counted in minutes ("date, activité, durée, et le total de minutes")
     r"duration|dur[ée]e|duraci[óo]n|\bdauer\b|dura[çc][ãa]o|durata|"
     # a meter's or a lab's reading, lengths swum, energy used ("nivel en mg/dL", "lettura in
     # kWh", "lengths"): walk16 #1 #2 made them words
     r"mg/dl|mmol|\bkwh\b|\bm³|\bm3\b|\blengths\b|\blaps\b|longueurs|\blargos\b|\bbahnen\b|"
     r"\bvasche\b|\bpiscinas\b|\bconsumo\b|\bconsumption\b|\bverbrauch\b|consommation|"
     r"\bletturas?\b|\bmeter readings?\b|\brelev[ée]s?\b|\blecturas?\b|z[äa]hlerstand|"
     r"\bleituras?\b|"
     # a sum in a money the row names ("yenes, euros, quién pagó"): a number in that money
     r"^(?:in |en |em |in |im )?(?:euros?|dollars?|d[óo]lares|yen(?:es)?|pounds?|libras?|"
     r"reais|francs?|francos?|pesos|rupees?|rupias?|yuan|won|baht|franken|sterline)$", "number"),
]


# Words that name a card's sides ("word, translation and example"), not the cards.
SIDE_WORDS = (r"word|mot\b|palabra|wort|palavra|parola|question|frage|pergunta|domanda|"
               r"pregunta|answer|r[ée]ponse|respuesta|antwort|resposta|risposta|translat|"
               r"traduc|[üu]bersetz|tradu|example|exemple|ejemplo|beispiel|exemplo|esempio|"
               r"front|back|meaning|sens\b|significado|bedeutung|significato|definition|"
               r"d[ée]finition|term|term[eo]|begriff|recto|verso")


_STATUS_WORD = r"(?:status|statut|estado|stato|[ée]tat)\b"


def status_services(prompt: str) -> list[str]:
    """The services a status page's prompt names ("for our SaaS Pingly: API, dashboard, email
    delivery and webhooks"), up to the clause after them; [] when it names no such list."""
    # after "for"/"pour"/… (the last such word before the list: "page de statut pour notre
    # serveur Minecraft et le bot Discord" lists after "pour", not after "de")
    if each := _each_services(prompt):
        return each  # "cada línea (L1 …, L2 …, L3 …)": named in brackets after "each"
    whether = checked(prompt)
    for at in re.finditer(r"\b(?:for|of|pour|de|para|für|per|dos|das|dei|degli|di|del|della|"
                          r"do|da|du|des)\s+", prompt, re.I):
        if re.match(_STATUS_WORD, prompt[at.end():], re.I):
            continue  # "página de status do app, …": the page's own word, not its list
        if whether and whether[0][0] <= at.start() < whether[0][1]:
            # an item's own preposition in a list asked whether it works ("si le wifi de la
            # salle, la ligne … et le chauffage marchent", "ob das WLAN im Saal, das
            # Telefon …": review24 #20 cut "Chauffage marchent", lost "Heizung")
            return whether[1]
        m = re.match(r"(?:(?:the|our|la|le|les|nos|notre|el|los|las|die|den|unsere[nrs]?|os|as|"
                     r"o|i|il|gli|nuestr[oa]s?|nossos?|nossas?|nostr[oi])\s+)*(.+)$",
                     prompt[at.end():], re.I | re.S)
        listed = m.group(1).split(":", 1)[-1]  # "our SaaS Pingly: API, dashboard"
        listed = re.split(r"[.!?;](?:\s|$)", listed)[0]  # the sentence it is in
        # … up to what the page shows of them all: ", mit Verfügbarkeit der letzten 90 Tage"
        # is the bars' span, no fifth service (walk24 #23)
        listed = re.split(r",\s*(?:with|avec|con|mit|com)\s", listed, flags=re.I)[0]
        # the list ends where a clause begins ("API and webhooks that emails customers …")
        # (not an item's article: "den Webshop, die Zahlung und den Versand")
        listed = re.split(r"\s(?:that|which|who|where|when|so|qui|que|quand|où|donde|cuando|"
                          r"die|der|das|wenn|wo|che|quando|dove|onde)\s(?![\w-]+(?:\s*,|\s+(?:"
                          r"and|et|y|und|e)\s|\s*$))", listed)[0]
        # (joined by "+" too: "our little Minecraft server + the Discord bot + the map
        # website", round 19, whose size word is no part of its name)
        parts = [cap(_bare_item(re.sub(r"^(?:little|small|tiny|petite?|pequeñ[oa]|kleine[nrs]?|"
                                       r"piccol[oa]|pequen[oa])\s+", "", re.sub(
                                           r"^.*['’]s\s+", "", p.strip(" .")), flags=re.I)))
                 for p in re.split(r",|\s(?:and|et|y|und|e|\+)\s", listed) if p.strip(" .")]
        if 2 <= len(parts) <= 8 and all(len(p.split()) <= 3 or (len(p.split()) == 4 and len(
                [w for w in p.split() if w.lower() not in _JOINS | {"la", "le"}]) <= 2)
                for p in parts) and not any(re.search(_SPAN, p, re.I) for p in parts):
            return parts  # ("site de la carte" is two words of a name)
    return (whether[1] if whether else []) or _colon_services(prompt) or _bracket_services(prompt)


# the days a status page's bars cover, never a service ("a bar for each of the last 30 days",
# round 23's 'Last 30 days' beside 'Church Tower, Mill Hill and School Roof')
_SPAN = (r"\b(?:last|past|derniers?|derni[èe]res?|[úu]ltim[oa]s|letzten|ultimi|ultime)\s+\d+\s+"
         r"(?:days?|jours|d[íi]as|tage[n]?|giorni|weeks?|semaines|semanas|wochen|settimane)\b")
# the things named in brackets after "each line", "per ogni sentiero", "for every server":
# "cada línea (L1 Graus–Benabarre, L2 Graus–Campo, L3 Graus–Castejón)" (round 23)
_EACH_BRACKET = re.compile(
    r"\b(?:for each|for every|each|every|cada|pour chaque|chaque|f[üu]r jede[nrs]?|jede[nrs]?|"
    r"per ogni|ogni|para cada|por cada)\s+[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?\s*"
    r"\(([^()]{3,200})\)", re.I)


def _bracket_services(prompt: str) -> list[str]:
    """The things a status prompt lists in brackets, named no other way ("3 access points
    (Church Hall, The Green, School Lane)", "ob unsere Server laufen (Website, Portal,
    Mailserver)")."""
    return _each_services(prompt, re.compile(r"\(([^()]{3,200})\)"))


def _each_services(prompt: str, pattern: re.Pattern = _EACH_BRACKET) -> list[str]:
    for m in pattern.finditer(prompt[:4000]):
        parts = [cap(p.strip(" .")) for p in re.split(r",|;|\s(?:and|et|y|und|e)\s", m.group(1))
                 if p.strip(" .")]
        if 2 <= len(parts) <= 8 and all(len(p.split()) <= 4 for p in parts):
            return parts
    return []


# "Components: Website, API, Login (SSO) and Email notifications.", "página de estado:
# Servidor survival, Mapa web y Discord, cada uno con su estado": a list after a colon, to its
# sentence's end or to "each …"
_EACH = (r",?\s+(?:each|every|cada|chacun|chaque|jeweils|jede[rs]?|ognuno|ciascuno|"
         r"with|con|avec|mit|com)\b")


def _colon_services(prompt: str) -> list[str]:
    for m in re.finditer(r":\s*([^:.!?\n]+)", prompt):
        listed = re.split(_EACH, m.group(1))[0]
        parts = [cap(p.strip(" .")) for p in re.split(r",|\s(?:and|et|y|und|e|or|ou|o|oder)\s",
                                                      listed) if p.strip(" .")]
        if 2 <= len(parts) <= 8 and all(len(re.sub(r"\(.*?\)", "", p).split()) <= 3
                                        for p in parts):
            return parts
    return []


# "… si funcionan el campus virtual, las videoclases en directo y la pasarela de pago", "ob
# Mensa, WLAN und Drucker laufen": the things whose working a status page says.
_WHETHER = re.compile(
    r"\b(?:si|se|ob|whether|if|est-ce que)\s+(?P<pre>(?:funcionan?|funcionam|fonctionnen?t|marchen?t|"
    r"funzionano|funziona|laufen|l[äa]uft|funktionier\w+|(?:is|are) (?:up|working))\s+)?"
    r"(?P<list>[^.;:!?()]+?)\s*(?:\s(?P<post>funcionan?|funcionam|fonctionnen?t|marchen?t|"
    r"funzionano|laufen|l[äa]uft|funktionier\w+|(?:is|are) (?:up|working|down)|"
    r"est(?:[ãa]o|[áa]n) funcionando)\b|"
    r",\s*(?:con|with|avec|"
    r"mit|com)\b|[.;:!?()]|$)", re.I)
_ARTICLES = (r"^(?:(?:the|our|la|le|les|l'|el|los|las|die|der|das|den|o|os|a|as|il|lo|gli|i|"
             r"nos|notre|nuestr[oa]s?|unsere?[nrs]?|nossos?|nossas?|nostr[oi]|nostre)\s+)+")
# The preposition a list's first item follows, said again before the next ones ("del sistema
# de reservas y de la web", "du site, du paiement et de la livraison", "dell'app e del sito")
_ITEM_PREP = (r"^(?:(?:of|for|de|del|du|des|della|dello|delle|dei|degli|di|do|da|dos|das|von|"
              r"vom|für|per|para|pour|pra)\s+|d['’]|dell['’])(?=\S)")


def _bare_item(item: str) -> str:
    """A listed thing's own words: no preposition repeated from the list's start, no article
    ("de la web" is the web; a name that is all of it is kept: "Da Vinci")."""
    bare = re.sub(_ARTICLES, "", re.sub(_ITEM_PREP, "", item, flags=re.I), flags=re.I)
    return bare if bare.strip() and not item[:1].isupper() else re.sub(_ARTICLES, "", item,
                                                                         flags=re.I)


def checked(prompt: str) -> tuple[tuple[int, int], list[str]] | None:
    """The span and the items of a list of things asked whether they work ("si funcionan el
    campus virtual, las videoclases en directo y la pasarela de pago"), or None."""
    for at in re.finditer(r"\b(?:si|se|ob|whether|if|est-ce que)\b", prompt, re.I):
        m = _WHETHER.match(prompt, at.start())
        # asked whether they work, before or after the list ("cada um se inscreve, 12 vagas"
        # asks nothing of the kind)
        if not m or not (m.group("pre") or m.group("post")):
            continue
        parts = [cap(re.sub(_ARTICLES, "", re.sub(r"^[ld]['’](?=\w)", "", p.strip(" .")),
                            flags=re.I))  # "si l'imprimante du bureau, …"
                 for p in re.split(r",|\s(?:and|et|y|und|e|or|ou|oder)\s", m.group("list"))
                 if p.strip(" .")]
        if 2 <= len(parts) <= 8 and all(len(p.split()) <= 4 and not re.search(
                r"\b(?:si|se|ob|whether)\b", p, re.I) for p in parts):
            return m.span("list"), parts
    return None


# one of two words and what it is ("left or right side", "lado izquierdo o derecho"): a choice
_EITHER = re.compile(r"(?:(?P<pre>[^\W\d_]+)\s+)?(?P<a>[^\W\d_]+)\s+(?:or|ou|o|oder|od)\s+"
                     r"(?P<b>[^\W\d_]+)(?:\s+(?P<post>[^\W\d_]+))?")

# a yes or no asked: "vegetarian? yes/no", "if it's vegetarian", "végétarien ou non", "se
# serve il pullman (sì/no)", "vegetarisch ja/nein" (what a sign-up sheet asks, questions.py)
YES_NO_ASKED = (r"\(?\s*(?:yes\s*(?:/|or)\s*no|y/n|oui\s*(?:/|ou)\s*non|ou non|"
                r"s[íi]\s*(?:/|o)\s*no|o no|sim\s*(?:/|ou)\s*n[ãa]o|ou n[ãa]o|s[ìi]\s*(?:/|o)\s*no|"
                r"ja\s*(?:/|oder)\s*nein|oder nicht|or not)\s*\)?")


def _either_field(part: str, choices: dict[str, list[str]]) -> str:
    """``part`` as a field's name, its two choices kept in ``choices`` when it says one of two
    ("left or right side" is a Side, Left or Right; walk13 #30 had no field for it)."""
    m = _EITHER.fullmatch(part)
    if (two := re.fullmatch(r"([^\W\d_][\w'-]*)\s+(?:or|ou|o|oder|od)\s+([^\W\d_][\w'-]*)", part,
                            re.I)) and (not m or bool(m.group("pre")) == bool(m.group("post"))) \
            and not re.search(YES_NO_ASKED + "$", part, re.I):  # "végétarien ou non": yes/no
        # one of two things, named by both: "breast or bottle" is a choice of Breast, Bottle
        choices[part.lower()] = [cap(two.group(1)), cap(two.group(2))]
        return part
    if (rest := re.fullmatch(rf"({_SIDES})\s+(?:or|ou|o|oder|od)\s+({_SIDES})"
                             r"((?:\s+[^\W\d_][\w'-]*){1,3})", part, re.I)) and not m and not re.search(
            YES_NO_ASKED + "$", part, re.I):
        # one of two times or sides of one thing: "vor oder nach dem Essen", "before or after
        # meals" (walk21 #10 lost the whole list over it)
        # (keyed as said and as its label reads, without its articles)
        two = [cap(rest.group(1) + rest.group(3)), cap(rest.group(2) + rest.group(3))]
        choices[part.lower()] = choices[" ".join(
            w for w in part.lower().split() if w not in _LEAD)] = two
        return part
    if not m or bool(m.group("pre")) == bool(m.group("post")):
        return part
    label = m.group("pre") or m.group("post")
    if label.lower() in _LEAD:
        return part
    choices[label.lower()] = [cap(m.group("a")), cap(m.group("b"))]
    return label


# the two times or sides of one thing a field asks which of ("vor oder nach dem Essen")
_SIDES = (r"before|after|vor|nach|avant|apr[èe]s|antes|despu[ée]s|depois|prima|dopo|left|right|"
          r"gauche|droite|izquierda|derecha|links|rechts|esquerda|direita|sinistra|destra")


def _chosen(label: str, choices: dict[str, list[str]]) -> str:
    """The key of ``choices`` that ``label`` ends with (its choices were given after it), or
    ""."""
    low = label.lower()
    return next((k for k in choices if low == k or (
        low.endswith(k) and low[-len(k) - 1] in " '’")), "")


def _overlapping(pattern: str, text: str):
    """Every match of ``pattern``, each from one character after the last one's start ("with
    cards with the client name" holds two lists)."""
    find, at = re.compile(pattern, re.IGNORECASE), 0
    while m := find.search(text, at):
        yield m
        at = m.start() + 1


_AMOUNT = ("Amount", "Quantité", "Cantidad", "Menge", "Quantidade", "Quantità")


def _unit_said(item: str) -> bool:
    """Whether ``item`` is a short field with its unit said after it ("body fat in %",
    "tempo de corrida em min"): the unit is no word of its name."""
    m = re.fullmatch(rf"(.+?)\s+(?:in|en|em|im)\s+(?:{_IN_UNIT}|h|min|l|g|m)", item.strip(), re.I)
    return bool(m) and len(m.group(1).split()) <= 3


def _two_typed(listed: str) -> bool:
    """Whether ``listed`` is two fields that say what they hold, a count, a measure or a
    moment ("nombre de tasses par jour et heure de la dernière"), not a sentence."""
    parts = [p.strip(" '\"") for p in re.split(AND, listed) if p.strip(" '\"")]
    return len(parts) == 2 and all(len(p.split()) <= 5 and (
        re.match(COUNT_OF, p, re.I) or re.search(_AT_TIME, p.lower()) or re.search(UNITS, p.lower()))
        for p in parts)


def _closes_names(text: str, m: re.Match) -> bool:
    """Whether the list ``m`` found follows a dash that closes a list of names in its sentence
    ("teams Pin Pals, Gutter Gang, Strike Force - total pins and games played"): two short
    noun phrases after it, each of two or more words or a field by its type, are what each
    row named after the colon holds, where a bare "X and Y" after a dash may be a sentence ("- quick and
    simple")."""
    if not re.match(r"\s*(?:[–—]|-)", m.group(0)):
        return False
    sentence = re.split(r"[.;!?]", text[:m.start()])[-1]
    parts = [p.strip(" '\"") for p in re.split(AND, m.group(1)) if p.strip(" '\"")]
    return "," in sentence.partition(":")[2] and len(parts) == 2 and all(
        len(p.split()) <= 3 and (len(p.split()) >= 2 or field_type(p) != "text")
        for p in parts)


def _column_parts(parts: list[str], columns: set[str]) -> bool:
    """Whether a list is a board's columns: one of its items says the column word ("published
    columns", "columns to do"), or half of them are in the columns' labels ("beworben" of "nach
    Status: beworben")."""
    if any(re.search(_COLWORD, p, re.I) for p in parts):
        return True
    inside = sum(any(p.lower() in c for c in columns) for p in parts)
    return bool(columns) and 2 * inside >= len(parts)


# A figure over a list's fields, said after them: "…, durée, et le total de minutes"
# what one entry was paid, asked as how much: "how much they paid me", "cuánto me pagaron",
# "combien on m'a payé" (walk22 #5 read it as a total over the list and dropped it)
_PAID_ME = (r"\b(?:paid|payé|pay[ée]e?s?|pagaron|pag[oó]|cobr[eé]|cobraron|bezahlt|gezahlt|"
            r"pagou|pagaram|recebi|pagato|pagati|pagata|earned|gagn[ée]|gan[eé]|ganhei|"
            r"verdient|guadagnat[oi])\b")
# what was spent: "how much we spent", "combien on a dépensé", "quanto abbiamo speso"
_SPENT = (r"\b(?:spent|spend|d[ée]pens[ée]e?s?|gast(?:amos|[ée]|ado|aron|ei|ou|aram|ste)|"
          r"ausgegeben|spes[oi]|speso)\b")
_SUMMED = (r"\b(?:totals?|totale|totaux|sums?|somme|suma|summe|soma|somma|average|moyenne|promedio|"
           r"durchschnitt|m[ée]dia)\b|^(?:how (?:many|much)|combien|cu[aá]nt[oa]s?|wie viele?|"
           # (not how much each one holds in a unit: "how many ml" is a feed's amount)
           r"quant[oa]s?|quant[ie])\b(?!\s+(?:de\s+|d['’])?(?:ml|cl|l|kg|g|oz|km|cm|min|"
           r"minutes?|minutos|minuti|minuten)\b)(?!.*(?:" + _PAID_ME + "|" + _SPENT + "))")


# What an app does with a list, said after it: "with a streak for each", "avec un total"
_WITH_CLAUSE = (r"(?:and )?(?:with|avec|con|mit|com)\s+\w+\s+\w+|"
                # what the app should do after the list: "and warn me when one passes 600 km"
                r"(?:and |et |y |und |e )?(?:warn|remind|alert|tell|notify|show|pr[ée]vien|"
                r"rappel|avis|recu[ée]rda|warne|erinner|zeig|avisa|lembr|mostr|avvis|ricord)\w*"
                r"[\s-]")


# The units a measure is read in: (as shown, its symbol, its name spelt out, whether the
# symbol alone says it). One list for a field that holds a number (UNITS below), a unit in
# brackets ("Gewicht (kg)") and a dashboard figure's unit (measures.py), in that order of
# reading: the first that a figure's words say is its unit. A lone "l" is too short to be a
# unit outside brackets or "in l".
UNIT_TABLE = (
    ("kWh", r"kwh", "", True),
    ("kg", r"kg", r"kilos?|kilogram\w*|quilos?|quilogramas?|chilogramm[oi]", True),
    ("l", r"l", r"litres?|liters?|litern|litros?|litri|liter", False),
    ("km", r"km", r"kil[oó]m[eèé]t\w*|kilometer\w*", True),
    ("m³", r"m³|m3", "", True),
    ("%", r"%", r"percent|pourcentage|porcentaje|percentagem|prozent", True),
    ("mg/dl", r"mg/dl", "", True), ("mmol/l", r"mmol(?:/l)?", "", True),
    ("cm", r"cm", "", True), ("mm", r"mm", "", True), ("Wh", r"wh", "", True),
    ("kW", r"kw", "", True), ("m²", r"m²|m2", "", True), ("ml", r"ml", "", True),
    ("cl", r"cl", "", True), ("bpm", r"bpm", "", True), ("mph", r"mph", "", True),
    ("km/h", r"km/h", "", True), ("kcal", r"kcal", "", True), ("lb", r"lbs?", "", True),
    ("°C", r"°\s?c|º\s?c", "", True), ("°F", r"°\s?f", "", True),
)
# A unit a measure is read in ("valore mg/dl", "Gewicht (kg)", "Strecke in km", "Ertrag kWh"):
# the field holds a number in it, whatever else its name says ("valore", "amount")
UNITS = (r"(?<![\w/])(?:" + "|".join(sym for _, sym, _, alone in UNIT_TABLE if alone)
         + r")(?![\w/])|[(\[]\s*(?:h|min|l|g|m|s)\s*[)\]]|"
         r"\b(?:in|en|em|im)\s+(?:h|min|l|g|m|stunden|minut\w+|hours|heures|horas|ore|litr\w+|"
         r"liters?|gramm?\w*|grams?|meters?|m[eè]tres?|metros?|metri)$")
# a unit said after "in" ("Gewicht in kg", "Körperfett in %")
_IN_UNIT = "|".join(sym for _, sym, _, alone in UNIT_TABLE if alone)
# a short unit in brackets, the field's own ("Gewicht (kg)" is "Gewicht kg"), or a money
_IN_BRACKETS = ("|".join(sym for _, sym, _, _ in UNIT_TABLE)
                + r"|g|h|m|min|€|\$|£")
# Money said as such: a currency, or a word that only ever names a sum ("price", "cost",
# "fee"); "valor", "valore", "amount" name one only with no unit beside them
_CURRENCY = r"[$€£¥₹]|\b(?:eur|euros?|usd|dollars?|gbp|chf|brl|reais|r\$)\b"
_PRICED = (r"price|prix|precio|preis|pre[çc]o|prezzo|\bcost|\bco[uû]t|kosten\b|\bcustos?\b|"
           r"\bcosto|\brates?\b|\btarif|\bfees?\b|tariff")
# when a day starts or ends, said as the moment ("hora de acostarme", "heure du coucher",
# "bedtime", "wake-up time", "Uhrzeit", "ora di sveglia"): a clock
_AT_TIME = (r"^uhrzeit\b|^(?:hora|heure|ora)\s+(?:de|del|da|do|d'|du|des|di|della|dello|der|des)\b|"
            r"^heure d'|^(?:bed|wake|wake-?up|waking|start|end|pick-?up|feeding|arrival|"
            r"departure|sleep)[ -]?time$|^(?:time (?:i|you|we) (?:went to bed|woke up|got up|"
            r"fell asleep))$|schlafenszeit|aufstehzeit|zubettgeh\w*|einschlafzeit|"
            r"^hor[áa]rio d[eo] (?:deitar|dormir|acordar|levantar)")


# A count said as one: "number of cups", "nombre de tasses", "cuántos vasos", "Anzahl Gläser"
COUNT_OF = (r"(?:the\s+)?(?:number of|how many|nombre d['’]|nombre de|combien de|n[úu]mero de|"
            r"cu[áa]nt[oa]s|anzahl(?: der| an)?|wie viele|quantidade de|quant[oa]s|numero di|"
            r"quant[ie])\s+")


# a count asked bare, as a field's name: "(scent, how many, price)"
_COUNT_ALONE = r"how many|combien|cu[áa]nt[oa]s|wie viele?|quant[oa]s|quant[ie]"


# advice on something, in words: "tips on budget", "dicas de orçamento", "conseils de prix"
_ADVICE = (r"(?:tips|dicas|conseils|consejos|tipps|consigli|ideas|id[ée]es|ideias|idee)\s+"
           r"(?:on|for|about|de|d['’]|do|da|para|pra|sur|zu[mr]?|f[üu]r|per|su|di|del|della|sobre)\b")


def field_type(label: str) -> str:
    """The type of a field by its name ("date" a date, "phone" a phone number), else text. A
    unit decides before the words ("valore mg/dl" a number, not money), money needs a currency
    or a word that names only sums, a moment of the day is a time ("hora de acostarme")."""
    text = label.lower()
    if re.search(_AT_TIME, text):
        return "time"
    if re.match(COUNT_OF, text) or re.fullmatch(_COUNT_ALONE, text) or re.match(
            r"(?:days|weeks|months|hours|minutes|nights)\s+[^\W\d_]+ing\b", text):
        # "nombre de tasses par jour", "how many": a count, whatever it counts; so are days
        # spent doing a thing ("days fermenting": walk23 #4 had a date picker)
        return "number"
    if re.match(_ADVICE, text):  # "dicas de orçamento": tips on a budget are words
        return "text"
    if (re.match(r"(?:how much|cu[áa]nto|combien|wie ?viel|quanto)\b", text) and re.search(
            f"{_PAID_ME}|{_SPENT}|{_CURRENCY}", text)) or re.match(r"[$€£¥₹]\s*[^\W\d_]", text):
        # "cuánto me pagaron", "$ earned", "quanto abbiamo speso in euro": a sum, each entry's
        return "money"
    if re.search(UNITS, text) and not re.search(_CURRENCY, text) and not re.search(_PRICED,
                                                                                   text):
        return "number"
    return next((t for pattern, t in _TYPES if re.search(pattern, text)), "text")


# a thing to do counted in the doing ("read 20 pages", "walk 10000 steps"): a lower-case word
# that is no limit or share ("je 4 Plätze", "max 5 per slot"), its number, what it counts
_DONE_N_TIMES = (r"(?!(?:je|each|per|pro|cada|chaque|ogni|por|par|max\w*|up|bis|até|hasta|"
                 r"jusqu\w*|only|nur|seulement|solo|só|all|alle|tous|todos|tutti)\b)"
                 r"[^\W\d_A-ZÀ-Þ]\w*\s+\d+\s+[^\W\d_]\w*(?:\s+\w+)*")


# A mark out of a scale, a field though it holds a number: "note sur 20", "a score out of 10",
# "voto da 1 a 10", "Bewertung von 1 bis 5"
GRADE = (r"(?:(the|a|la|une?|el|die|eine|o|il)\s+)?((?:notes?|nota|notas|score|mark|grade|"
          r"rating|voto|punteggio|bewertung|punkte|note|puntuaci[óo]n|calificaci[óo]n|"
          r"pontua[çc][ãa]o|avalia[çc][ãa]o|valutazione)\s+(?:(?:sur|out of|su|de|von|em|over|"
          r"from|da|di)\s+)?(?:\d+\s*(?:a|à|to|bis|al|até|-)\s*)?/?\s*(\d+))")


# A measure on a scale, a field though it holds numbers: "Stärke von 1 bis 10", "douleur de
# 0 à 10", "pain from 1 to 10", "intensità da 1 a 5" (walk16 #1: the whole list was dropped)
SCALE = (r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?\s+(?:(?:von|de|from|da|di|entre|of)\s+\d+\s*"
         r"(?:a|à|to|bis|al|até|-|–|e|y|und|and)\s*(\d+)|"
         # or a bare range from 0 or 1: "difficulty 1-5", "Schwierigkeit 1–10" (not hours "9-17")
         r"[01]\s*[-–]\s*(5|10))")


# what closes a list that goes on: "etc", "usw.", "ecc.", "…", "..."
_AND_SO_ON = r"(?:,?\s*(?:etc|usw|ecc|u\.\s?a|y\s+as[íi]|e\s+cos[íi]\s+via)\.?|\.{2,}|…)\s*$"


def _open_series(said: str, opts: list[str]) -> bool:
    """Whether the choices in brackets are the first of a numbered or lettered series that
    goes on ("Hive A, Hive B etc", "Bancal 1, Bancal 2...", "Scala A, Scala B, ecc."): the
    names of the person's own things, more than the prompt lists (round 25's six hives were a
    choice of "Hive A" and "Hive B etc"), so a name to type, not a choice."""
    if not re.search(_AND_SO_ON, said.strip(), re.I) or len(opts) < 2:
        return False
    heads = [re.fullmatch(r"(.*?\S)\s+(?:\d{1,3}|[A-Za-z]|[IVX]{1,4})", o) for o in opts]
    return all(heads) and len({h.group(1).lower() for h in heads if h}) == 1


def named_fields(prompt: str, columns: list[str] | tuple[str, ...] | None = None
                 ) -> list[tuple[str, str]]:
    """Fields listed in the prompt ("with name, email and phone", "…: date, distance, time"):
    (label, type) pairs; a field given its choices in brackets ("Gewerk (Elektriker, Maler,
    Schreiner…)") is a choice, typed "select:Elektriker|Maler|Schreiner". A lone "with X" is a
    feature, not a field list, so at least two items are needed (three after a colon).
    ``columns``: a board's (maybe none); its cards' fields are then any list in the prompt but
    its columns ("Columns: Ideas, Doing, Shipped. Cards with the client name and a due date";
    "a card per post idea with platform, format and due date"), not only the first one."""
    choices: dict[str, list[str]] = {}

    def keep(m: re.Match) -> str:
        if re.fullmatch(UNITS, m.group(2).strip().lower()) or re.fullmatch(
                r"(?:in\s+)?(?:h|min|l|g|m|s|€|\$|£)", m.group(2).strip().lower()):
            return f"{m.group(1)} {m.group(2).strip()}"  # "Wert (mg/dl)": its unit, no choice
        opts = [o.strip(" .…'\"") for o in re.split(r",|/|\||\s(?:or|ou|o|oder|od)\s", m.group(2))]
        # ("Schreiner usw." is Schreiner)
        opts = [re.sub(r"\s+(?:etc|usw|ecc)\.?$", "", o, flags=re.I) for o in opts
                if o and not re.fullmatch(r"etc|usw|ecc|\.+", o, re.I)]
        if _open_series(m.group(2), opts):
            return m.group(1)  # "which hive (Hive A, Hive B etc)": a name to type, no choice
        if len(opts) >= 3 and "," in m.group(2) and any(
                field_type(cap(o)) not in ("text", "bool") for o in opts) and not re.search(
                # (a category's are its choices, a rent among them: "Kategorie (Lebensmittel,
                # Miete, Freizeit)", walk23 #8)
                r"\b(?:categor\w*|kategor\w*|cat[ée]gor\w*|tipos?|types?|art|sorte)$",
                m.group(1).strip(), re.I):
            # what each entry holds, in brackets: "enter each day's sales (scent, how many,
            # price)" lists three fields, not three choices of a sale (a choice is a value,
            # never a price or a count)
            return f"{m.group(1)}: {m.group(2)}."
        if len(opts) >= 2:  # "fecha límite y responsable (yo o Carlos)": Responsable's
            choices[re.sub(r"^(?:and|y|et|und|e|ed|or|o|ou|oder)\s+", "",
                           m.group(1).strip().lower())] = opts[:8]
        return m.group(1)
    # a short unit in brackets is the field's own: "Gewicht (kg)" is "Gewicht kg"
    text = re.sub(rf"\s*\(\s*((?:{_IN_BRACKETS}))\s*\)", r" \1", prompt, flags=re.I)
    text = re.sub(r"([^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?)\s*\(([^()]{3,160})\)", keep, text)
    skipped = {c.lower() for c in columns or ()}  # a board's columns, never its cards' fields

    def fields_in(m: re.Match, least: int) -> list[str] | None:
        if least == 3 and "," not in m.group(1) and not _closes_names(text, m) and not (
                _two_typed(m.group(1))):
            return None  # "…: members borrow ropes and harnesses and return them" is a sentence
        if least == 3 and "," not in m.group(1):
            # "teams Pin Pals, Gutter Gang - total pins and games played", "…: nombre de
            # tasses par jour et heure de la dernière"
            least = 2
        parts = [_either_field(p.strip(" '\""), choices)
                 for p in re.split(AND, m.group(1)) if p.strip(" '\"")]
        # names closed by a dash are the rows, the list after the dash their columns: "…:
        # Uwe, Karin, Dieter, Petra - Siege und 180er" (walk21 #13)
        if least == 3 and (dash := re.search(r"\s[-–—]\s", m.group(1))) and all(
                re.fullmatch(r"[A-ZÀ-Ý][\w'’-]*", p.strip(" '\""))
                for p in re.split(AND, m.group(1)[:dash.start()]) if p.strip(" '\"")):
            return None
        # what is measured for the people listed: "times for Jake, Carla, Dev, Mona" are
        # Jake … Mona and their Times (walk21 #1 had a column "Times for Jake")
        if len(parts) >= 3 and (head := re.fullmatch(
                r"([^\W\d_][\w'-]*(?:\s[^\W\d_][\w'-]*)?)\s+(?:for|of|pour|de|des|für|von|para|"
                r"per|di|dei|do|dos)\s+([A-ZÀ-Ý][\w'’-]*)", parts[0])) and head.group(1)[:1].islower() \
                and all(re.fullmatch(r"[A-ZÀ-Ý][\w'’-]*", p) for p in parts[1:]):
            parts = [head.group(2), *parts[1:], head.group(1)]
        if all(re.search(_APP_DOES, p, re.I) for p in parts):
            return None  # "con buscador y filtro por tipo": what the app does, no fields
        if columns is not None and _column_parts(parts, skipped):
            return None
        # a longer item is still a field when its choices follow it ("was es dort gibt (Eier,
        # Milch, Gemüse …)"), or when it asks whether or which ("se ricevono su appuntamento",
        # "which evenings they're free")
        if len(parts) >= least and all(len(p.split()) <= 3 or _unit_said(p) or (
                # a measure named by its unit first: "km run each outing" (walk21 #21)
                len(p.split()) <= 5 and re.match(rf"(?:{UNITS})(?!\w)", p, re.I)) or (
                len(p.split()) <= 5 and (_chosen(p, choices) or re.fullmatch(GRADE, p, re.I)
                                         or re.fullmatch(SCALE, p, re.I)))
                or (len(p.split()) <= 7 and re.match(f"{_WHETHER_ITEM}|{_WHICH_ITEM}", p, re.I))
                or (len(p.split()) <= 5 and re.fullmatch(MOOD, p, re.I))  # "wie ich mich fühle"
                # what each one sells or does, the day they come: "avec ce qu'ils vendent et
                # le jour où ils sont là" (walk23 #8 kept stock fields)
                or (len(p.split()) <= 7 and re.match(f"{_WHAT_CLAUSE}|{_DAY_CLAUSE}", p, re.I))
                # a card's two sides: "la maison = das Haus"
                or (len(p.split()) <= 6 and re.search(r"\S\s(?:=|→|->)\s\S", p) is not None)
                # a field and its two answers: "nota fiscal sim ou não" (walk22 #5 lost the list)
                or ((yn := re.search(_YES_NO, p, re.I)) is not None
                    and 0 < len(p[:yn.start()].split()) <= 3)
                # what one entry was paid: "how much they paid me", "combien on m'a payé"
                or (len(p.split()) <= 6 and field_type(p) == "money")
                # the best of each entry, said as a superlative: "voie la plus dure", "hardest
                # route", "la vía más difícil", "la via più difficile"
                or (len(p.split()) <= 5 and re.search(_SUPERLATIVE, p, re.I))
                or (len(p.split()) <= 5 and least == 2 and _two_typed(m.group(1)))
                for p in parts):
            # a figure over the list closes it: "membres, cotisation payée ou non, total
            # encaissé" lists two fields
            summed = next((i for i, p in enumerate(parts) if i >= 2 and re.search(
                _SUMMED, p, re.I)), len(parts))
            return parts[:summed]
        # after a colon, the list runs to its first longer part: "séances de sport : date,
        # activité, durée, et le total de minutes par semaine" lists three fields
        short = list(itertools.takewhile(lambda p: len(p.split()) <= 3, parts))
        if least == 3 and len(short) >= least and columns is None and (re.search(
                _SUMMED, parts[len(short)], re.I) or re.match(_WITH_CLAUSE, parts[len(short)],
                                                              re.I)):
            return short  # "…: stretch, floss, cold shower, with a streak for each": three
        return None

    def usable(parts: list[str]) -> list[str] | None:
        # a count or a price is no field ("mit 10 Fragen und Punktestand", "maths and physics,
        # £35 an hour": walk13 #30 #35 made fields of them); a thing to do with a number in it
        # is one ("drink water, stretch, read 20 pages": a habit tracker's three habits; a
        # lower-case verb, then the number, then what it counts — not "je 4 Plätze", a limit).
        # Nor is what the app lets people do ("con login", "Mitglieder können lesen"): a list
        # of fewer than two fields is none, and the next list is read
        kept = [p for p in parts if (not re.search(r"\d|[$£€¥₹]", p) or re.fullmatch(
            r"[$£€¥₹]\s*[^\W\d_][\w'’ ]*", p) or re.fullmatch(
            _DONE_N_TIMES, p) or re.fullmatch(GRADE, p, re.I) or re.fullmatch(SCALE, p, re.I))
            and not re.match(_CAN, p, re.I) and not re.search(_APP_DOES, p, re.I)
            and not re.match(rf"(?!{_WHETHER_ITEM}|{_WHICH_ITEM})\S+\s+{_CAN}", p, re.I)]
        return kept if len(kept) >= 2 else None

    for pattern, least in ((_LIST_AFTER + r"([^.;:!?]+)", 2),
                           (r"(?:[:–—]|\s-)\s+([^.;:!?()]+)", 3),
                           # fields joined by "+": "…, name + datum" (walk20 #40)
                           (r"(?:^|[,;]\s*)([^\W\d_][\w'’ -]{0,30}?(?:\s\+\s[^\W\d_][\w'’ -]{0,30}?)+)"
                            r"\s*(?=$|[.;,!?])", 2),
                           # a list's columns said last, a word each: "qro uma lista das series
                           # q to assistindo, temporada e episodio" (walk20 #40)
                           # (in lower case: "…, Tom and Jerry" are people)
                           (r"^(?=.*\b(?:lists?|listes?|listas?|listen?|elenco|tabelas?|tables?)\b)"
                            r".*,\s*((?-i:[^\W\d_A-ZÀ-Ý][^\W\d_]{2,})(?:\s*,\s*(?-i:[^\W\d_A-ZÀ-Ý]"
                            r"[^\W\d_]{2,}))*\s+(?:and|e|et|y|und)\s+(?-i:[^\W\d_A-ZÀ-Ý][^\W\d_]{2,}))"
                            r"\s*[.!]?\s*$", 2)):
        # a dash or a colon further on may start the list the first one did not ("golf
        # league standings: players Dave, Hiro, Omar, Beth - rounds played, best score,
        # handicap": walk18 #2 dropped the three)
        found = _overlapping(pattern, text) if columns is not None or least == 3 else \
            [m for m in [re.search(pattern, text, re.IGNORECASE)] if m]
        parts = next((q for m in found if (p := fields_in(m, least)) and (q := usable(p))),
                     None)
        if parts:
            break
    else:
        bare = _BARE_LIST.search(text)
        if not bare:
            return []
        parts = [w for w in re.split(r"[\s,&]+", bare.group(1))
                 if w and not re.fullmatch(r"and|y|et|und|e", w, re.I)]
    out = []
    for p in parts[:8]:
        # ("I" is no Italian article: "how I feel")
        # (nor is a capital letter in a list, a symbol: "O oxygen", walk19 #3)
        split = p.split()
        # ("precio al mes": a Spanish month after "al", not the French "my")
        words = [w for i, w in enumerate(split) if w.lower() not in _LEAD or w == "I" or (
            w.lower() == "mes" and i and split[i - 1].lower() in ("al", "por", "el", "cada",
                                                                 "un", "este", "del")) or (
            len(w) == 1 and w.isupper() and len(p.split()) == 2)] or [
            w for w in p.split() if w.lower() == "mes"]  # ("mes" alone is a Spanish month)
        if day := re.match(_DAY_CLAUSE, p, re.I):  # "le jour où ils sont là": Jour
            words = [day.group(1)]
        if re.search(_SUPERLATIVE, p, re.I) or re.search(r"\s(?:=|→|->|–|—|-)\s", p):
            # "voie la plus dure": its article is its own; so is a pair's one-letter side
            # ("あ = a", "い = i": walk23 #2 kept "あ =")
            words = p.split()
            while len(words) > 1 and words[0].lower() in _LEAD and re.search(_SUPERLATIVE, p,
                                                                               re.I):
                words = words[1:]
        while len(words) > 1 and words[0].lower() in _OWNERS:  # "their phone numbers"
            words = words[1:]
        if len(words) > 1 and words[0].lower() in _TRACK_VERBS:  # "track wins": Wins
            words = words[1:]
        # "priority, owner and budget columns": the last one is "Budget"
        label = re.sub(r"(?<=\S)\s+(?:fields?|columns?|champs|campos|campi|felder|spalten|"
                       r"colonnes|columnas|colunas|colonne)$", "", cap(" ".join(words)) if words
                       else "", flags=re.I)
        if not label:
            continue
        if amount := re.fullmatch(rf"{COUNT_OF}(?:de\s+|d['’])?(ml|cl|l|kg|g|oz|km|cm|min)",
                                  label, re.I):
            # "how many ml": the amount each entry holds, in its unit
            label = f"{i18n.pick(_AMOUNT, i18n.guess(prompt))} ({amount.group(1)})"
        kind = field_type(label)
        if sign := re.match(r"([$€£¥₹])\s*", label):  # "$ earned": "Earned ($)"
            label = f"{cap(label[sign.end():])} ({sign.group(1)})"
        elif unit := re.fullmatch(r"(ml|cl|dl|mg|kg|oz|lbs?|km|mi|cm|mm)\s+([^\W\d_].*)", label,
                                  re.I):  # "ml donated": "Donated (ml)" (walk22 #12 "Ml donated")
            label = f"{cap(unit.group(2))} ({unit.group(1).lower()})"
        if top := re.fullmatch(GRADE, p, re.I):  # "note sur 5": stars; "sur 20" a number
            label, kind = cap(p[top.start(2):]), "rating" if top.group(3) == "5" else "number"
        elif scale := re.fullmatch(SCALE, p, re.I):  # "Stärke von 1 bis 10": a number
            label, kind = cap(p), "rating" if "5" in scale.groups() else "number"
        if kind == "number" and re.fullmatch(r"notes?", label, re.I) and not re.search(
                _MARKED_WORK, prompt, re.I):
            kind = "text"  # "data, ora, valore e note": notes; a pupil's "note" is a mark
        if key := _chosen(label, choices):
            kind = "select:" + "|".join(choices[key])
            if p.lower() in choices and re.search(r"\s(?:or|ou|o|oder|od)\s", p, re.I):
                label = cap(p)  # one of two said whole: "Antes o después de comer"
        if yes_no := re.search(_YES_NO, label, re.I):  # "Beitrag bezahlt ja/nein": a yes/no
            label, kind = label[:yes_no.start()].strip(), "bool"
        if not key and (asked := re.match(f"{_WHETHER_ITEM}|{_WHICH_ITEM}", p, re.I)):
            # "si aceptan seguro" is a yes or no, labelled "Aceptan seguro"; "which evenings
            # they're free" a text, "Evenings they're free"
            label = cap(p[asked.end():].strip())
            if re.match(_WHICH_ITEM, p, re.I) and (thing := re.fullmatch(_WHICH_DONE, label)):
                label = cap(thing.group(1))  # "q regalo le compro": Regalo
            kind = "bool" if re.match(_WHETHER_ITEM, p, re.I) else field_type(label)
            if kind == "bool":  # "whether i did a water change": Water change (walk21 #3)
                label = cap(re.sub(r"^(?:i|we|they|he|she|you)\s+(?:did|do|had|have|got|made|"
                                   r"took|gave)\s+(?:(?:a|an|the|my|our)\s+)?", "", label,
                                   flags=re.I)) or label
        # "ph": the unit's own spelling, pH
        label = re.sub(r"^ph\b", "pH", label, flags=re.I)
        out.append((label, kind))
    if any(kind == "number" and re.fullmatch(_EPISODE, label, re.I) for label, kind in out):
        # a series' season beside its episode is a number too (a garden's is spring …)
        out = [(label, "number" if re.fullmatch(_SEASON, label, re.I) else kind)
               for label, kind in out]
    return out


_EPISODE = r"episodes?|[ée]pisodes?|epis[óo]dios?|episodios?|folgen?"
_SEASON = r"seasons?|saisons?|temporadas?|staffeln?|stagion[ei]"


# What is asked which of, then who does what with it: "(qué) regalo le compro", "(quel)
# cadeau je lui offre", "(welches) Geschenk ich ihm kaufe", "(what) gift I buy them"
_WHICH_DONE = (r"([^\W\d_][\w-]*)\s+(?:le|les|lo|la|me|te|se|lui|leur|je|j'|ich|ihm|ihr|ihnen|"
               r"wir|i|we|they|you|lhe|lhes|eu|gli|io|yo|nos|on)\s+(?:\w+\s+)?[^\W\d_]+")
# A list of bare field words with no "with" or colon before it: "who owes me money, name
# amount and date", "nombre monto y fecha", "Name Betrag und Datum"
_BARE_WORD = (r"names?|noms?|nombres?|nomes?|nomi|amounts?|montants?|montos?|importes?|betrag|"
              r"valor|importo|dates?|fechas?|datum|datas?|phones?|t[ée]l[ée]phones?|telefon|"
              r"tel[ée]fonos?|telefones?|e-?mails?|prices?|prix|precios?|preis|pre[çc]os?|"
              r"prezzo|notes?|notas?|notizen?|address|adresses?|direcci[óo]n|adresse|endere[çc]o|"
              r"indirizzo|times?|heures?|horas?|uhrzeit|ora|reason|motivo|raison|grund|category|"
              r"cat[ée]gor[ií]as?|kategorie")
_BARE_LIST = re.compile(rf"(?<![\w-])((?:{_BARE_WORD})(?:(?:\s*,\s*|\s+)(?:(?:and|y|et|und|e|&)"
                        rf"\s+)?(?:{_BARE_WORD})){{2,}})(?![\w-])", re.I)


# Where a "note" is a mark: school work, pupils, subjects, exams
_MARKED_WORK = (r"[ée]l[èe]ves?|[ée]tudiants?|mati[èe]res?|examens?|contr[ôo]les?|\bbac\b|"
                r"bulletin|\bcours\b|classe|sch[üu]ler|\bfach\b|f[äa]cher|pr[üu]fung|klausur|"
                r"zeugnis|students?|pupils?|exams?|school|[ée]cole|schule|grades?|marks?|"
                r"moyenne|durchschnitt")


# A field said with its two answers: "ja/nein", "yes or no", "oui/non", "sí/no", "sim/não"
_YES_NO = (r"\s*\(?(?:ja|yes|y|oui|s[íi]|sim|s[ìi])\s*(?:/|or|oder|ou|o|od)\s*"
           r"(?:nein|no|n|non|n[ãa]o)\)?\??$")
# An item that asks whether ("si aceptan seguro", "se ricevono su appuntamento", "ob sie
# Hausbesuche machen", "whether they deliver") or which ("which evenings they're free")
_WHETHER_ITEM = (r"(?:whether|if|si|s'ils|s'il|s'elles|s'elle|est-ce qu'(?:ils|elles?|il)|se|ob)"
                 r"(?:\s+(?:they|he|she|it|sie|er|es|man|ellos|ellas|eles|elas|loro))?"
                 r"\s+(?=\S+\s+\S)")
_WHICH_ITEM = (r"(?:which|what|quels?|quelles?|qu[ée]|q|cu[aá]l(?:es)?|welche[nrs]?|quais|qual|"
               r"quali|quale)\s+(?!(?:is|are|was|were|has|have|est|sont|es|son|ist|sind|[ée]|"
               r"s[ãa]o|[èe]|sono)\b)(?=\S+\s+\S+\s+\S)")


# an item said as what one sells, makes or offers: "ce qu'ils vendent", "what they sell"
_WHAT_CLAUSE = (r"(?:ce qu['’]|ce que |what |lo que |o que |was |cosa |quello che |ci[òo] che )"
                r"\S*\s?(?:\w+\s+)?(?:vend|sell|offer|propos|make|fabri|produ|anbiet|verkauf|"
                r"herstell|ofrec|oferec|fazem|hacen|fanno|font)\w*")
# the day each one is there: "le jour où ils sont là", "the day they come", "el día que vienen"
_DAY_CLAUSE = (r"(?:le |the |el |der |o |il |an )?(jours?|days?|d[íi]as?|tage?|giorni|giorno)\s+"
               r"(?:o[uù]|when|they|que|an dem|em que|in cui|cuando|quando|wann|che)\b")


# ---- a sign-up sheet's groups ----------------------------------------------------------------
# What people sign up under, listed: "what they're bringing under Mains, Sides, Desserts or
# Drinks — max 5 per category", "catégories : entrées, plats, desserts", "en Entrantes,
# Principales o Postres".
_GROUPS_AT = (r"\b(?:under|into|in|among|sous|dans|parmi|bajo|en|entre|unter|sotto|tra|fra|"
              r"em|nas?|nos?|categor(?:y|ies)|cat[ée]gories?|categor[íi]as?|kategorien?|"
              r"categorie)\s*:?\s+")


# Who brings or does what, then its list: "wer bringt was mit – Kuchen, Getränke oder hilft
# beim Aufbau", "who brings what: salads, drinks or helps set up"
_WHO_BRINGS = (r"\b(?:wer (?:bringt|macht|übernimmt) was(?: mit)?|who(?:'s| is)? (?:brings?|bringing|"
               r"does|doing) what|qui (?:apporte|fait) quoi|qui[ée]n (?:trae|lleva|hace) qu[ée]|"
               r"quem (?:traz|leva|faz) o qu[eê]|chi porta (?:cosa|che cosa)|chi fa cosa)\s*"
               r"[:–—-]\s*")


def signup_groups(prompt: str) -> list[str]:
    """The groups a sign-up sheet's prompt lists for people to sign up under (three to eight
    short items without numbers), or []."""
    for at, words in ((_GROUPS_AT, 2), (_WHO_BRINGS, 3)):
        for m in re.finditer(at + r"([^.;:!?()\n—–]+)", prompt, re.I):
            parts = []  # the list runs to its first longer or counted part ("…, 5 max each")
            for part in re.split(r",|\s(?:or|and|ou|et|o|y|oder|und|e|ed)\s", m.group(1)):
                part = part.strip(" '\"")
                if not part or len(part.split()) > words or re.search(r"\d", part):
                    break
                parts.append(part)
            if 3 <= len(parts) <= 8:
                return [cap(p) for p in parts]
    return []


# ---- a board's columns ---------------------------------------------------------------------
_COLWORD = (r"\b(?:columns?|colonnes?|columnas?|spalten|colunas?|colonne|stages|[ée]tapes|"
            r"etapas|phasen|fasi|lists|listen|status|statuts?|estados?|stati)\b")
_CALLED = r"(?:called|named|nomm[ée]es|appel[ée]es|llamadas|namens|chamadas|chiamate)\b"
_COL_CALLED = r"(?:\s*[:=]|\s+" + _CALLED + r")*\s*"
_COL_SPLIT = r"\s*(?:,|/|\||→|->|=>|>|»)\s*|\s+(?:and|et|y|und|e|ed|then|puis|luego|dann|depois|poi)\s+"
_NOT_COLUMN = (r"\b(?:owner|priority|tags?|assignee|due|deadline|responsable|priorit|etiquet|"
               r"verantwort|frist|prazo|scadenz|fecha|date|datum|data)\b")


# the words for people named in a list ("and the names Luca, Sara, Marco", "les prénoms Léa,
# Hugo", "die Namen …"): listed.PEOPLE reads them as people, and a board's columns end there
NAMES_WORDS = (r"names|noms|pr[ée]noms|nombres|nomes|namen|nomi|personnes|personas|pessoas|"
               r"persone|personen|leute")
_THEN_PEOPLE = (r"\s*,?\s*\b(?:and|et|e|y|und|plus|with|avec|con|mit|com)\s+(?:(?:the|les|i|gli|den|"
                r"los|las|die|os|as|le|our|nos|unsere|nuestros|nossos|nostri)\s+)?(?:people|"
                rf"members|membres|miembros|membros|membri|mitglieder|{NAMES_WORDS})\b")


def _column_list(text: str, least: int) -> list[str]:
    """The labels of a list that opens ``text`` ("to book, booked, played"; "À faire / En
    cours / Fini"), up to the end of its sentence or the people named after it ("… and the
    people Tom, Ana, Raj": walk24 #13 made them columns); [] when it is no such list."""
    run = re.split(rf"[.;!?()\n]|\s[–—-]\s|{_THEN_PEOPLE}", text, maxsplit=1, flags=re.I)[0]
    parts = [p.strip(" '\"«»“”‘’") for p in re.split(_COL_SPLIT, run, flags=re.I)]
    out = []
    for part in parts:
        if not part or len(part.split()) > 4:  # "ready for the gig" is a column
            break  # the list ends where a phrase begins ("… and a due date on each card")
        out.append(part)
    return out if least <= len(out) <= 8 else []


# A step work moves through, in the six languages: something still to do ("to book", "à
# faire", "a confirmar", "da fare", "zu tun"), under way or done (participles and gerunds:
# "booked", "rehearsing", "confirmado", "erledigt", "pubblicato"), or a stage's own word.
_STAGE = re.compile(
    r"^(?:to|zu)\s|\sto\s|^(?:à|a|por|para|da)\s+\w+(?:ar|er|ir|re)\b|^ge\w{2,}t$|"
    # waiting for something: "waiting for parts", "esperando orçamento", "aguardando peças"
    r"^(?:waiting|awaiting|esperando|aguardando|wartet|in attesa|en attente)\b|"
    r"(?:ed|ing|é|ée|és|ées|ado|ada|ados|ido|ida|ando|endo|indo|ato|ata|ito|ita)$|"
    r"^(?:ideas?|idées?|ideias?|idee|ideen|backlog|todo|doing|done|ready|erledigt|"
    r"draft|review|live|pending|pendiente|listo|lista|fertig|offen|bereit|prêt|fini|pago|paid|"
    r"brouillon|borrador|rascunho|bozza|entwurf)$|"
    # under way: "in lettura", "en cours", "in Arbeit", "em andamento"
    r"^(?:in|en|em|im)\s+\w+$|"
    # where it is, in a place of the work: "na cozinha", "nel forno", "dans le four"
    r"^(?:na|no|nel|nella|dans\s+l[ae']?)\s*\w+$|"
    # done, in the participles the suffixes above miss: "letto", "scritto", "beworben",
    # "gelesen", "abgeschlossen", "fait", "écrit"
    r"^\w{2,}tt[oaie]$|^(?:ge|be|ver|ab|an|auf|aus|ein|zu)\w*(?:en|t)$|^(?:fait|[ée]crit|lu)e?s?$|"
    # where a request, an application or an order stands: asked, interviewed, offered, refused,
    # invoiced
    r"^(?:requests?|anfragen?|demandes?|solicitud|pedidos?|richiest[ae]|interviews?|"
    r"entretiens?|entrevistas?|(?:vorstellungs)?gespr[äa]ch|colloqui[oa]?|offers?|offres?|"
    r"ofertas?|offert[ae]|angebot|zusage|absage|refus|rejected|rechazad[oa]|recusad[oa]|"
    r"rifiutat[oa]|quotes?|devis|presupuesto|or[çc]amento|preventivo|invoiced?|factur[ée]e?|"
    r"facturad[oa]|fatturat[oa]|faturad[oa]|rechnung|auftrag|commande|aceptad[oa]|accepted)$",
    re.IGNORECASE)


def _colon_list(prompt: str) -> list[str]:
    """The list a prompt ends with after a colon ("…: idea, draft, published"; "…: venue,
    catering, flowers"), unless its items are a card's fields (owner, priority, a date)."""
    # (or a dash: "board for my garage band's songs - learning, almost there, gig ready")
    colon = re.search(r"(?::|\s[-–—])\s*([^:]+)$", prompt)
    labels = _column_list(colon.group(1), 3) if colon else []
    # (most of them steps, the rest are steps too: "applied, phone screen, trial day, hired,
    # passed" are a nanny search's, walk22 #1 made a phone field and a date of two)
    staged = sum(bool(_STAGE.search(x.strip())) for x in labels)
    if any(re.search(_NOT_COLUMN, x, re.I) for x in labels) or (
            any(_a_field(x) for x in labels) and 2 * staged <= len(labels)):
        return []
    return labels


def _a_field(label: str) -> bool:
    """Whether a listed item names what a card holds (an owner, a price, a date) rather than
    a step: a step's own words may name a field's thing ("esperando orçamento", waiting for
    a quote, is where a card sits, not an amount)."""
    return not _STAGE.search(label.strip()) and any(re.search(t, label.lower())
                                                    for t, _ in _TYPES)


# the step a board's work ends in
_LAST_STEP = re.compile(r"done|finished|fertig|erledigt|fini|termin[ée]e?s?|terminad[oa]s?|"
                        r"conclu[íi]d[oa]s?|finalizad[oa]s?|fatto|finit[oa]|completat[oa]|"
                        r"published|publi[ée]e?s?|publicad[oa]s?|ver[öo]ffentlicht|"
                        r"pubblicat[oa]|shipped|live|abgeschlossen|geliefert|entregue|"
                        r"entregad[oa]|livr[ée]e?s?|consegnat[oa]", re.I)


def _stages(labels: list[str]) -> bool:
    """Whether a list reads as steps work moves through (columns), not as the things to do
    (cards): "to book, booked, played" is the first, a wedding's "venue, catering, flowers,
    invitations, music" the second."""
    staged = [bool(_STAGE.search(x.strip())) for x in labels]
    # (or runs from a first step to a last, whatever the middle's words: "Ideen, Entwurf,
    # Überarbeitung, Lektorat, Fertig", walk20 #12 made them cards)
    # (a last step is a step whatever its form: "entregue", "gig ready")
    return 2 * sum(staged) >= len(labels) or bool(len(labels) >= 3 and staged[0] and (
        re.fullmatch(_LAST_STEP, labels[-1].strip()) or re.search(_READY, labels[-1].strip())))


# a thing ready for what it is for: "gig ready", "prêt à publier", "listo para entregar"
_READY = re.compile(r"\b(?:ready|pr[êe]te?s?|list[oa]s?|pront[oa]s?|bereit|fertig)\b", re.I)


def board_items(prompt: str) -> list[str]:
    """The things a board prompt lists to be done, when its closing list names no steps: they
    are the board's first cards, in its first column (not columns of their own)."""
    if board_columns(prompt)[0]:  # "… with columns: …" names steps, whatever their words
        return []
    labels = _colon_list(prompt)
    return [] if _stages(labels) else labels


def board_columns(prompt: str) -> tuple[list[str], bool]:
    """The columns a board prompt names, in its own words ("columns to book, booked, played";
    "colonnes À faire / En cours / Fini"; "with ideas, drafting and published columns"; a
    board's "…: idea, draft, published"), and whether it names columns at all: a prompt that
    names them and yields no list is told they were not used, not given To do / Done."""
    for m in re.finditer(_COLWORD + _COL_CALLED, prompt, re.I):
        labels = _column_list(re.sub(r"^(?:the|les|las|los|die|den|le|as|os|i)\s+", "",
                                     prompt[m.end():], flags=re.I), 2)
        if labels:
            return labels, True
    before = re.search(r"\b(?:with|avec|con|mit|com)\s+(?:the\s+)?([^.;:!?()]+?)\s+" + _COLWORD,
                       prompt, re.I)
    if before and (labels := _column_list(before.group(1), 2)):
        return labels, True
    if (labels := _colon_list(prompt)) and _stages(labels):
        return labels, True
    # steps listed anywhere, with no word for columns: "für meine Bewerbungen mit Beworben,
    # Gespräch, Zusage, Absage", "per la tesi: da leggere, in lettura, letto"
    for m in re.finditer(r"(?:\b(?:with|avec|con|mit|com)\b|:)\s*", prompt, re.I):
        labels = _column_list(prompt[m.end():], 3)
        if labels and _stages(labels) and not any(
                re.search(_NOT_COLUMN, x, re.I) or field_type(x) in ("date", "email", "tel",
                                                                     "time", "money")
                for x in labels):
            return labels, True
    # the list in brackets later in the clause: "una lavagna a colonne per i quadri (in
    # arrivo, pulitura, consegnato)", "a board with columns (to do, doing, done)"
    bracket = re.search(_COLWORD + r"[^.;!?()]{0,80}\(([^()]+)\)", prompt, re.I)
    if bracket and (labels := _column_list(bracket.group(1), 2)) and not any(
            re.search(_NOT_COLUMN, x, re.I) for x in labels):
        return labels, True
    said = re.search(_COLWORD + r"(?:\s*[:\"«“]|\s+" + _CALLED
                     + r"|[^.;!?]*(?:/|→|->|,[^,.;!?]*,))", prompt, re.I)
    return [], bool(said)


def slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_") or "field"


# ---- words per language --------------------------------------------------------------------
def L(*six: str) -> tuple[str, ...]:
    assert len(six) == len(LANGS)
    return six


# Recipes kept in a box, a book or a list: a recipe's own words, by language
RECIPES = (r"\brecipes?\b|\brecettes?\b|\brecetas?\b|\brezept\w*|\breceitas?\b|\bricett[ae]\b|"
           r"\w+rezepte?\b|\bcookbook|livre de cuisine|recetario|kochbuch|caderno de receitas|"
           r"ricettario")
FIELD = {
    "name": L("Name", "Nom", "Nombre", "Name", "Nome", "Nome"),
    "title": L("Title", "Titre", "Título", "Titel", "Título", "Titolo"),
    "date": L("Date", "Date", "Fecha", "Datum", "Data", "Data"),
    "time": L("Time", "Heure", "Hora", "Uhrzeit", "Horário", "Ora"),
    "note": L("Note", "Note", "Nota", "Notiz", "Observação", "Nota"),
    "amount": L("Amount", "Montant", "Importe", "Betrag", "Valor", "Importo"),
    "category": L("Category", "Catégorie", "Categoría", "Kategorie", "Categoria", "Categoria"),
    "email": L("Email", "E-mail", "Correo", "E-Mail", "E-mail", "Email"),
    "phone": L("Phone", "Téléphone", "Teléfono", "Telefon", "Telefone", "Telefono"),
    "points": L("Points", "Points", "Puntos", "Punkte", "Pontos", "Punti"),
    "played": L("Played", "Joués", "Jugados", "Gespielt", "Jogos", "Giocate"),
    "front": L("Question", "Question", "Pregunta", "Frage", "Pergunta", "Domanda"),
    "back": L("Answer", "Réponse", "Respuesta", "Antwort", "Resposta", "Risposta"),
    "price": L("Price", "Prix", "Precio", "Preis", "Preço", "Prezzo"),
    "description": L("Description", "Description", "Descripción", "Beschreibung", "Descrição",
                     "Descrizione"),
    "capacity": L("Spots", "Places", "Plazas", "Plätze", "Vagas", "Posti"),
    "what": L("What", "Quoi", "Qué", "Was", "O quê", "Cosa"),
    "address": L("Address", "Adresse", "Dirección", "Adresse", "Endereço", "Indirizzo"),
    "column": L("Column", "Colonne", "Columna", "Spalte", "Coluna", "Colonna"),
    "habit": L("Habit", "Habitude", "Hábito", "Gewohnheit", "Hábito", "Abitudine"),
    "when": L("When", "Quand", "Cuándo", "Wann", "Quando", "Quando"),
    "status": L("Status", "Statut", "Estado", "Status", "Status", "Stato"),
    "species": L("Species", "Espèce", "Especie", "Tierart", "Espécie", "Specie"),
    "age": L("Age (years)", "Âge (ans)", "Edad (años)", "Alter (Jahre)", "Idade (anos)",
             "Età (anni)"),
    "pickup": L("Pick-up time", "Heure de retrait", "Hora de recogida", "Abholzeit",
                "Horário de retirada", "Ora di ritiro"),
    "mood": L("Mood", "Humeur", "Ánimo", "Stimmung", "Humor", "Umore"),
    "driver": L("Driver", "Conducteur", "Conductor", "Fahrer", "Motorista", "Autista"),
    "seats": L("Seats", "Places", "Plazas", "Sitzplätze", "Lugares", "Posti"),
    "won": L("Won", "Gagnés", "Ganados", "Siege", "Vitórias", "Vinte"),
    "drawn": L("Drawn", "Nuls", "Empatados", "Unentschieden", "Empates", "Pareggiate"),
    "lost": L("Lost", "Perdus", "Perdidos", "Niederlagen", "Derrotas", "Perse"),
    "distance": L("Distance (km)", "Distance (km)", "Distancia (km)", "Strecke (km)",
                  "Distância (km)", "Distanza (km)"),
    "minutes": L("Time (min)", "Durée (min)", "Tiempo (min)", "Dauer (min)", "Tempo (min)",
                 "Tempo (min)"),
    "pace": L("Pace (min/km)", "Allure (min/km)", "Ritmo (min/km)", "Pace (min/km)",
              "Ritmo (min/km)", "Passo (min/km)"),
    "speed": L("Speed (km/h)", "Vitesse (km/h)", "Velocidad (km/h)",
               "Geschwindigkeit (km/h)", "Velocidade (km/h)", "Velocità (km/h)"),
    "exercise": L("Exercise", "Exercice", "Ejercicio", "Übung", "Exercício", "Esercizio"),
    "sets": L("Sets", "Séries", "Series", "Sätze", "Séries", "Serie"),
    "reps": L("Reps", "Répétitions", "Repeticiones", "Wiederholungen", "Repetições",
              "Ripetizioni"),
    "weight": L("Weight (kg)", "Poids (kg)", "Peso (kg)", "Gewicht (kg)", "Peso (kg)",
                "Peso (kg)"),
    "present": L("Present", "Présent", "Presente", "Anwesend", "Presente", "Presente"),
    "ingredients": L("Ingredients", "Ingrédients", "Ingredientes", "Zutaten", "Ingredientes",
                     "Ingredienti"),
    "steps": L("Steps", "Étapes", "Pasos", "Zubereitung", "Modo de preparo", "Procedimento"),
    "prep": L("Time (min)", "Temps (min)", "Tiempo (min)", "Zeit (min)", "Tempo (min)",
              "Tempo (min)"),
    "servings": L("Servings", "Portions", "Raciones", "Portionen", "Porções", "Porzioni"),
    "hours": L("Hours slept", "Heures de sommeil", "Horas de sueño", "Stunden Schlaf",
               "Horas de sono", "Ore di sonno"),
}
TITLE = {
    "tracker": L("Tracker", "Suivi", "Registro", "Tracker", "Registro", "Registro"),
    "lending": L("Lending library", "Prêts", "Préstamos", "Ausleihe", "Empréstimos",
                 "Prestiti"),
    "adoption": L("Adoptions", "Adoptions", "Adopciones", "Vermittlung", "Adoções", "Adozioni"),
    "recipes": L("Recipes", "Recettes", "Recetas", "Rezepte", "Receitas", "Ricette"),
    "expenses": L("Expenses", "Dépenses", "Gastos", "Ausgaben", "Despesas", "Spese"),
    "habits": L("Habit tracker", "Suivi des habitudes", "Hábitos", "Gewohnheiten", "Hábitos",
                "Abitudini"),
    "mood": L("Mood diary", "Journal d'humeur", "Diario de ánimo", "Stimmungstagebuch",
              "Humor diário", "Diario dell'umore"),
    "rides": L("My rides", "Mes sorties vélo", "Mis salidas en bici", "Meine Radtouren",
               "Meus pedais", "Le mie uscite in bici"),
    "runs": L("My runs", "Mes courses", "Mis carreras", "Meine Läufe", "Minhas corridas",
              "Le mie corse"),
    "workouts": L("Workout log", "Carnet d'entraînement", "Registro de entrenamientos",
                  "Trainingstagebuch", "Registro de treinos", "Diario degli allenamenti"),
    "attendance": L("Attendance", "Présences", "Asistencia", "Anwesenheit", "Presenças",
                    "Presenze"),
    "sleep": L("Sleep log", "Journal du sommeil", "Registro de sueño", "Schlaftagebuch",
               "Registro de sono", "Diario del sonno"),
    "board": L("Board", "Tableau", "Tablero", "Board", "Quadro", "Bacheca"),
    "booking": L("Bookings", "Réservations", "Reservas", "Terminbuchung", "Agendamentos",
                 "Prenotazioni"),
    "directory": L("Directory", "Annuaire", "Directorio", "Verzeichnis", "Diretório", "Elenco"),
    "leaderboard": L("Leaderboard", "Classement", "Clasificación", "Bestenliste", "Ranking",
                     "Classifica"),
    "flashcards": L("Flashcards", "Fiches", "Tarjetas", "Karteikarten", "Cartões de estudo",
                    "Flashcard"),
    "status": L("Status", "État des services", "Estado del servicio", "Status",
                "Status dos serviços", "Stato dei servizi"),
    "menu": L("Menu", "Carte", "Menú", "Speisekarte", "Cardápio", "Menù"),
    "signup": L("Sign-up sheet", "Inscriptions", "Inscripciones", "Anmeldeliste", "Inscrições",
                "Iscrizioni"),
}
TAGLINE = {
    "todo": L("Due dates, priorities and tags keep the week in order.",
              "Échéances, priorités et étiquettes pour tenir la semaine.",
              "Fechas, prioridades y etiquetas para ordenar la semana.",
              "Fälligkeiten, Prioritäten und Schlagwörter ordnen die Woche.",
              "Prazos, prioridades e etiquetas organizam a semana.",
              "Scadenze, priorità ed etichette per tenere in ordine la settimana."),
    "blog": L("Posts written in markdown, with tags and search.",
              "Des articles en markdown, avec étiquettes et recherche.",
              "Entradas en markdown, con etiquetas y búsqueda.",
              "Beiträge in Markdown, mit Schlagwörtern und Suche.",
              "Posts em markdown, com etiquetas e busca.",
              "Articoli in markdown, con etichette e ricerca."),
    "dashboard": L("Enter figures; the totals and the chart follow.",
                   "Saisissez les chiffres ; les totaux et le graphique suivent.",
                   "Introduce las cifras; los totales y el gráfico se actualizan.",
                   "Zahlen eingeben; Summen und Diagramm folgen.",
                   "Digite os números; os totais e o gráfico acompanham.",
                   "Inserisci i dati; totali e grafico si aggiornano."),
    "store": L("Browse, filter and fill your cart.",
               "Parcourez, filtrez et remplissez votre panier.",
               "Explora, filtra y llena tu carrito.",
               "Stöbern, filtern, Warenkorb füllen.",
               "Navegue, filtre e encha seu carrinho.",
               "Sfoglia, filtra e riempi il carrello."),
    "tracker": L("Log entries, see your totals, export them as CSV.",
                 "Notez vos entrées, voyez vos totaux, exportez-les en CSV.",
                 "Registra entradas, mira tus totales y expórtalos en CSV.",
                 "Einträge erfassen, Summen sehen, als CSV exportieren.",
                 "Registre entradas, veja seus totais e exporte em CSV.",
                 "Registra le voci, guarda i totali, esportali in CSV."),
    "habits": L("Tick off each day and keep the streak going.",
                "Cochez chaque jour et gardez la série.",
                "Marca cada día y mantén la racha.",
                "Jeden Tag abhaken und die Serie halten.",
                "Marque cada dia e mantenha a sequência.",
                "Spunta ogni giorno e mantieni la serie."),
    "board": L("Cards in columns: move them along as work moves.",
               "Des cartes en colonnes : déplacez-les au fil du travail.",
               "Tarjetas en columnas: muévelas según avanza el trabajo.",
               "Karten in Spalten: verschieben, wenn die Arbeit weitergeht.",
               "Cartões em colunas: mova-os conforme o trabalho avança.",
               "Schede in colonne: spostale man mano che il lavoro avanza."),
    "every": L("Tick one off when it is done: it comes back when it is due again.",
               "Cochez quand c'est fait : ça revient à la prochaine échéance.",
               "Márcalo al hacerlo: vuelve cuando toca otra vez.",
               "Abhaken, wenn erledigt: es kommt wieder, wenn es fällig ist.",
               "Marque quando fizer: volta quando vencer de novo.",
               "Spunta quando è fatto: torna alla prossima scadenza."),
    "classes": L("Pick a class with free spots and book it.",
                 "Choisissez un cours avec des places libres et réservez.",
                 "Elige una clase con plazas libres y resérvala.",
                 "Kurs mit freien Plätzen wählen und buchen.",
                 "Escolha uma aula com vagas livres e agende.",
                 "Scegli un corso con posti liberi e prenota."),
    "booking": L("Pick a free slot in the week and book it.",
                 "Choisissez un créneau libre dans la semaine et réservez-le.",
                 "Elige un horario libre de la semana y resérvalo.",
                 "Freien Termin in der Woche wählen und buchen.",
                 "Escolha um horário livre na semana e agende.",
                 "Scegli una fascia libera della settimana e prenotala."),
    "directory": L("Search, filter and keep every entry up to date.",
                   "Recherchez, filtrez et tenez chaque fiche à jour.",
                   "Busca, filtra y mantén cada ficha al día.",
                   "Suchen, filtern und jeden Eintrag aktuell halten.",
                   "Pesquise, filtre e mantenha cada registro em dia.",
                   "Cerca, filtra e tieni aggiornata ogni voce."),
    "leaderboard": L("Add points after each game; the ranking follows.",
                     "Ajoutez des points après chaque partie ; le classement suit.",
                     "Suma puntos tras cada partido; la clasificación se actualiza.",
                     "Nach jedem Spiel Punkte eintragen; die Rangliste folgt.",
                     "Adicione pontos após cada jogo; o ranking acompanha.",
                     "Aggiungi punti dopo ogni partita; la classifica si aggiorna."),
    # a ranking that is no game's (books read, steps walked)
    "tally": L("Add to each one's count; the ranking follows.",
               "Ajoutez au total de chacun ; le classement suit.",
               "Suma al total de cada uno; la clasificación se actualiza.",
               "Zum Stand jeder Person hinzufügen; die Rangliste folgt.",
               "Adicione ao total de cada um; o ranking acompanha.",
               "Aggiungi al totale di ciascuno; la classifica si aggiorna."),
    "flashcards": L("Flip a card, say if you knew it, watch the score.",
                    "Retournez une carte, dites si vous saviez, suivez le score.",
                    "Gira una tarjeta, di si la sabías y mira tus aciertos.",
                    "Karte umdrehen, sagen ob gewusst, Punkte verfolgen.",
                    "Vire um cartão, diga se sabia e acompanhe os acertos.",
                    "Gira una carta, di se la sapevi, guarda il punteggio."),
    # a quiz whose questions are the person's to write (dataapp._quiz)
    "quiz": L("Write each question and its answer (Edit), then play: the score counts your "
              "right answers.",
              "Écrivez chaque question et sa réponse (Modifier), puis jouez : le score compte "
              "vos bonnes réponses.",
              "Escribe cada pregunta y su respuesta (Editar) y juega: la puntuación cuenta tus "
              "aciertos.",
              "Jede Frage und ihre Antwort eintragen (Bearbeiten), dann spielen: der "
              "Punktestand zählt die richtigen Antworten.",
              "Escreva cada pergunta e sua resposta (Editar) e jogue: a pontuação conta seus "
              "acertos.",
              "Scrivi ogni domanda e la sua risposta (Modifica), poi gioca: il punteggio conta "
              "le risposte giuste."),
    "quizChoices": L("Write each question, its right answer and three wrong ones (Edit), then "
                     "pick an answer: the score counts the right ones.",
                     "Écrivez chaque question, sa bonne réponse et trois mauvaises (Modifier), "
                     "puis choisissez : le score compte les bonnes réponses.",
                     "Escribe cada pregunta, su respuesta correcta y tres incorrectas (Editar) "
                     "y elige: la puntuación cuenta los aciertos.",
                     "Jede Frage, ihre richtige und drei falsche Antworten eintragen "
                     "(Bearbeiten), dann wählen: der Punktestand zählt die richtigen.",
                     "Escreva cada pergunta, a resposta certa e três erradas (Editar) e "
                     "escolha: a pontuação conta os acertos.",
                     "Scrivi ogni domanda, la risposta giusta e tre sbagliate (Modifica), poi "
                     "scegli: il punteggio conta le risposte giuste."),
    "calculator": L("Type the numbers; the results follow as you type.",
                    "Saisissez les valeurs ; les résultats suivent.",
                    "Escribe los valores; los resultados se calculan al momento.",
                    "Werte eingeben; die Ergebnisse folgen sofort.",
                    "Digite os valores; os resultados aparecem na hora.",
                    "Inserisci i valori; i risultati seguono subito."),
    "status": L("Current status of each service and its last 90 days.",
                "L'état de chaque service et ses 90 derniers jours.",
                "El estado de cada servicio y sus últimos 90 días.",
                "Der Status jedes Dienstes und seine letzten 90 Tage.",
                "O status de cada serviço e seus últimos 90 dias.",
                "Lo stato di ogni servizio e i suoi ultimi 90 giorni."),
    "menu": L("Choose from the menu and put your order together.",
              "Choisissez à la carte et composez votre commande.",
              "Elige del menú y arma tu pedido.",
              "Aus der Karte wählen und die Bestellung zusammenstellen.",
              "Escolha no cardápio e monte seu pedido.",
              "Scegli dal menù e componi il tuo ordine."),
    "signup": L("Pick a slot with free spots and put your name down.",
                "Choisissez un créneau avec des places et inscrivez-vous.",
                "Elige un turno con plazas libres y apúntate.",
                "Einen Termin mit freien Plätzen wählen und eintragen.",
                "Escolha um horário com vagas e inscreva-se.",
                "Scegli un turno con posti liberi e iscriviti."),
}
