"""What an offline run understood from the prompt: kind, name, subject, entity, features.

The offline templates cannot write new code, but they can follow the prompt: the subject
("a bakery", "my gym") picks a domain pack whose words fill the name, headings, copy and sample
data; the features the prompt names are switched on where the template has them; and whatever
the templates cannot do is listed, so the run's summary says so instead of dropping it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from devora_desktop.agents.templates import (
    calcs,
    formula,
    hours,
    i18n,
    measured,
    measures,
    quiz,
    reader,
    shapes,
    titles,
)
from devora_desktop.agents.templates.packs import PACKS, Pack, neutral_pack

KINDS = ("todo", "blog", "dashboard", "store", "landing")  # the five apps of their own
# Built full-stack too: the five, and the data shapes on the data-app engine (fullstack_data).
FULLSTACK = (*KINDS, "tracker", "board", "booking", "directory", "leaderboard", "flashcards",
             "calculator", "status", "menu", "signup")
SHAPES = shapes.SHAPES
TITLES = {"todo": "Todo List", "blog": "Blog", "dashboard": "Dashboard", "store": "Storefront",
          "landing": "Landing Page", "tracker": "Tracker", "board": "Board",
          "booking": "Booking Page", "directory": "Directory", "leaderboard": "Leaderboard",
          "flashcards": "Flashcards", "calculator": "Calculator", "status": "Status Page",
          "menu": "Menu", "signup": "Sign-up Sheet"}
# How the run's verdict names what was built: "Offline templates built a booking page ..."
BUILT = {"todo": "a to-do list", "blog": "a blog", "dashboard": "a dashboard",
         "store": "an online store", "landing": "a landing page", "tracker": "a tracker",
         "board": "a kanban board", "booking": "a booking page", "directory": "a directory",
         "leaderboard": "a leaderboard", "flashcards": "flashcards",
         "calculator": "a calculator", "status": "a status page", "menu": "a menu with orders",
         "signup": "a sign-up sheet"}
# What kind of app a prompt asks for: words that name an app type win over domain words
# ("an admin dashboard for a bookshop" is a dashboard); within a tier the first one named wins.
_TYPE_WORDS = [
    ("todo", r"\b(todo|to-do|tasks?|checklist|planner)\b"),
    ("store", r"\b(shop|store|storefront|e-?commerce)\b"),
    ("blog", r"\b(blog)\b"),
    ("dashboard", r"\b(dashboard|admin|analytics|crm)\b"),
    ("landing", r"\b(landing|homepage|waitlist)\b"),
]
_DOMAIN_WORDS = [
    ("todo", r"\b(reminders?|errands?)\b"),
    ("store", r"\b(products?|cart|catalog(ue)?|sells?|bookshop|bookstore)\b"),
    ("blog", r"\b(posts?|articles?|journal|newsletter)\b"),
    ("dashboard", r"\b(saas|metrics|kpis?|customers?)\b"),
    ("landing", r"\b(marketing|launch|portfolio|website)\b"),
]
_KEYWORDS = _TYPE_WORDS + _DOMAIN_WORDS

# The web data apps whose entries can carry a photo.
IMAGE_SHAPES = ("blog", "directory", "menu", "store", "tracker")
# Paying, and by card, in the six languages: "pagar … con tarjeta", "paient … par carte"
_PAID = (r"\b(?:pay|pays|paid|paying|payer|pai\w*|paye\w*|pagar|pagu\w*|pag(?:a|an|as|amos|am|"
         r"ano|ate|ue|uen|ando)|pagare|paghi\w*|zahl(?:t|en|st)?|bezahl(?:t|en|st)?)")
_BY_CARD = (r"(?:by|with|con|com|par|avec|mit|per|via|por|en)\s+(?:(?:a|the|la|el|una|um|uma|une|"
            r"der|einer|il|their|your|sua|su)\s+)?(?:(?:credit|debit)\s+)?(?:cards?|tarjetas?|"
            r"cart[ãa]o|cartes?|karten?|kreditkarten?|ec-karten?|carta|carte di credito)\b")
# Mail or notifications sent to people or received by them, the verb and the message apart
# ("les abonnés reçoivent un e-mail à chaque nouvel article", "que reciban un correo")
_SENT = (r"\b(?:send\w*|sent|receiv\w*|gets?|getting|envo\w*|re[çc]oi\w*|recev\w*|env[ií]\w*|"
         r"recib\w*|schick\w*|versend\w*|bekomm\w*|erhalt\w*|erh[äa]lt\w*|receb\w*|invi\w*|"
         r"ricev\w*)")
# (the post is no e-mail: "enviar por Correos")
_MAIL = (r"(?:e-?mails?|mails?|courriels?|(?<!por )correos?|newsletters?|notifica\w*|"
         r"benachrichtigung\w*|avisos?|avvisi?)\b")
# feature id -> (pattern in the prompt, kinds that add it when asked, label). Whether an app
# has a feature is read from the app itself (``templates.contains``), never from this table.
FEATURES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "due_dates": (r"due[ -]?dates?|deadlines?|due\b", (), "due dates"),
    "priorities": (r"priorit(?:y|ies|ise|ize)", (), "priorities"),
    "tags": (r"\btags?\b|\btagging\b|\blabels?\b", ("board",), "tags"),
    "categories": (r"categor(?:y|ies)", (), "categories"),
    "search": (r"\bsearch", (), "search"),
    # filtering, not a thing that is a filter ("when I last changed the filter")
    "filters": (r"(?<!\bthe )(?<!\bmy )(?<!\bair )(?<!\boil )(?<!\bwater )(?<!\bcoffee )"
                r"(?<!\bpool )(?<!\bfurnace )(?<!\bhvac )\bfilter", (), "filters"),
    # "review" alone is a stage of work ("to do, review, done"), not customers' reviews
    "ratings": (r"\bratings?\b|\bstars?\b|\b(?:customer|product|user|star) reviews?\b|"
                r"\breviews? (?:from|by|of) (?:customers|users|buyers|guests)|"
                # reviews and stars in the other five languages
                r"\bavis (?:des |de |d')?(?:clients|utilisateurs|visiteurs)|\bnotes? des clients|"
                r"[ée]toiles|\bavalia[çc][õo]es|\bestrelas\b|valoraciones|rese[ñn]as|estrellas|"
                r"bewertungen|\bsterne\b|recensioni|\bstelle\b|valutazioni",
                ("directory", "tracker"), "ratings"),
    "prices": (r"\bprices?\b|\bpricing\b|\bpriced\b", (), "prices"),
    # a photo per entry, shrunk and kept in the browser (the web data apps that show entries)
    "images": (r"\bimages?\b|\bphotos?\b|\bpictures?\b|\bfotos?\b|\bimagens?\b|"
               r"\bimmagini\b|\bbilder?n?\b|\bimágenes\b", (*IMAGE_SHAPES, "landing"),
               "image uploads"),
    # French "comment je me sens / ça va" asks how, it is no comment
    "comments": (r"\bcomments?\b(?!\s+(?:je|j'|tu|il|elle|on|nous|vous|ils|elles|ça|ca|"
                 r"c'est|se|s'|faire|mon|ma|mes)\b)", ("blog",), "comments"),
    "dark_mode": (r"dark[ -]?mode|dark theme|night mode|mode sombre|modo oscuro|dunkelmodus|"
                  r"modo escuro|modalit[àa] scura", SHAPES, "dark mode"),
    # a graph, not a chart kids tick ("a chore chart with points", "sticker chart")
    "charts": (r"(?<!chore )(?<!chores )(?<!sticker )(?<!reward )(?<!seating )(?<!star )"
               r"(?<!behaviour )(?<!behavior )(?<!size )\bcharts?\b|\bgraphs?\b|\bplots?\b",
               (), "charts"),
    # a month of the entries by their dates, in the lists that have dates (the BEYOND line
    # "a calendar view" speaks for the apps that have none)
    "calendar": (shapes.CALENDAR, ("todo", "tracker"), "a calendar view"),
    "markdown": (r"\bmarkdown\b", (), "markdown"),
    # a basket to order from, not a business on wheels ("dashboard for our coffee cart")
    "cart": (r"(?<!\bcoffee )(?<!\bfood )(?<!\bdog )(?<!\bcream )(?<!\bflower )(?<!\btaco )"
             r"(?<!\bjuice )(?<!\bsnack )(?<!\bstreet )(?<!\bgolf )(?<!\bcr[eê]pe )(?<!\bchurro )"
             r"(?<!\bkebab )(?<!\bnoodle )(?<!\btea )(?<!\blemonade )(?<!\bpopcorn )"
             r"(?<!\bpretzel )(?<!\bburrito )(?<!\bbike )(?<!\bbook )\bcart\b|\bbasket\b", (),
             "a cart"),
    "checkout": (r"check ?out", (), "checkout"),
    # paying online, not a payment the app records ("rent payments", "down payment")
    "payments": (r"\bstripe\b|(?:take|takes|taking|accept|accepts|accepting|receive|"
                 r"collect|process)\s+(?:card\s+|online\s+)?payments?|pay online|"
                 r"online payments?|payment processing|\bpaypal\b|\bpix\b|\bbezahlung|"
                 r"online bezahlen|paiement en ligne|pago (?:en l[íi]nea|online)|pagamento "
                 r"(?:online|por|com|via)|pagamenti online|pagar (?:online|con tarjeta|com "
                 r"cart[ãa]o)|payer en ligne|pagare online|paiement par carte|pago con tarjeta|"
                 r"kartenzahlung|pagamento con carta|card payments?|pay by card|"
                 r"\bcobr\w* (?:\w+ ){0,3}(?:con|por|com) (?:tarjeta|cart[ãa]o)\b|"
                 r"\bonline mit (?:der )?(?:kredit)?karte (?:be)?zahl\w*|"
                 # paying online, as the verb is said: "paient en ligne", "pagan online"
                 r"\b(?:pays?|paid|paying|paie\w*|paye\w*|pag(?:a|an|as|amos|am|ano|ate|ue|uen)|"
                 r"zahl(?:t|en|st)|bezahl(?:t|en|st))\s+(?:\w+\s+)?(?:online|en ligne|en l[íi]nea|"
                 r"por internet|direkt online)\b|"
                 r"\bpay (?:\w+ ){0,4}(?:with|from|on|by) (?:their|the|a|my|your) (?:phones?|cards?|"
                 r"mobiles?)|\bpag\w* (?:pelo|com o|no|con el|desde el|con il|dal) (?:celular|"
                 r"telem[óo]vel|m[óo]vil|telefono|cellulare)|\bpa(?:ie|ye)\w* (?:par|avec le|"
                 r"depuis le) (?:t[ée]l[ée]phone|portable|mobile)|(?:mit dem|per) handy "
                 r"(?:bezahl|zahl)|"
                 # a page to pay on ("une page de paiement sécurisée"; a shop's checkout
                 # places an order, it takes no money)
                 r"\bpayment (?:page|step|form)|\bpage (?:de |du )?paiement|\bp[áa]gina de "
                 r"(?:pago|pagamento)|\bpagina (?:di |del |per il )?pagamento|"
                 r"\b(?:bezahl|zahlungs)(?:seite|formular)|"
                 # paying by card, the verb and the card apart ("pagar la cuota anual con
                 # tarjeta", "payer l'adhésion par carte", "den Beitrag mit Karte zahlen")
                 rf"{_PAID}\s+(?:[\w'’]+\s+){{0,4}}?{_BY_CARD}|"
                 rf"{_BY_CARD}\s+(?:[\w'’]+\s+){{0,2}}?{_PAID}|"
                 # a deposit or a fee taken by card when people book
                 r"\bcharg\w* (?:\w+ ){0,3}(?:deposits?|fees?)\b|\b(?:deposit|acompte|anticipo|"
                 r"se[ñn]al|anzahlung|sinal|caparra)\b[^.]{0,30}\b(?:card|carte|tarjeta|karte|"
                 r"cart[ãa]o|carta)\b", (), "online payments"),
    "waitlist": (r"wait ?list|liste d'attente|lista de espera|warteliste|lista d'attesa",
                 (), "a waitlist"),
    # an FAQ asked by name; a quiz's or a card's questions are its content, not an FAQ (the
    # landing page takes plain "questions" too: _QUESTIONS)
    "faq": (r"\bfaqs?\b|frequently asked|common questions|questions (?:fr[ée]quentes|"
            r"courantes)|preguntas (?:frecuentes|habituales)|perguntas (?:frequentes|comuns)|"
            r"domande (?:frequenti|comuni)|h[äa]ufige(?:n)? fragen", (), "an FAQ"),
    # accounts in the six languages ("Anmeldung" is a sign-up sheet, not a sign-in)
    "auth": (r"\blog ?in\b|\blogins?\b|\bsign[- ]?in\b|\baccounts?\b|\bauth(?:entication)?\b|"
             r"\bpasswords?\b|mot de passe|\bconnexion\b|\bse connecter|comptes? (?:utilisateur|"
             r"personnel)|contrase[ñn]a|iniciar sesi[óo]n|inicio de sesi[óo]n|cuentas? de usuario|"
             r"\bsenha\b|contas? de usu[áa]rio|\bpasswort|\beinloggen|benutzerkont|nutzerkont|"
             r"\baccesso\b|\baccedere\b|account utente|\butenti registrati", (), "sign-in"),
    "kpis": (r"\bkpis?\b|\bmetrics\b", (), "KPIs"),
}
# Switched on in these apps whether asked or not: the data shapes' dark-mode button.
DEFAULT_ON = {kind: frozenset({"dark_mode"}) for kind in FULLSTACK if kind not in KINDS}
# Words that are a shape's data, not a feature it lacks: a calculator's prices, dates and
# figures are its inputs.
_INPUTS = {"calculator": {"prices", "due_dates", "kpis", "priorities"},
           # a sign-up sheet's categories are its slots ("a name next to a category: 4 mains")
           "signup": {"categories"}}
# A map asked for ("with a map", "sur une carte", "auf der Karte")
MAPS = (r"\bmaps?\b|\bmapas?\b|\bmappa\b|landkarte|kartenansicht|auf (?:der|einer) karte|"
        r"(?:sur|avec) une carte|sur la carte|carte interactive|"
        rf"\b(?:cartes? (?:des|de|du)|karte (?:der|aller)) (?:\w+ )?{shapes.PLACES}\b")
# A to-do list asked beside another app: "a countdown to our wedding with a to-do list"
_WITH_TODO = (r"\b(?:with|plus|and|avec|et|con|y|mit|und|com|e)\s+(?:an?\s+|une\s+|una?\s+|"
              r"eine[rn]?\s+|uma?\s+)?(?:to-do(?:\s+list)?|todo[ -]?list|checklist|task list|liste de t[âa]ches|"
              r"lista de tareas|aufgabenliste|to-?do-?liste|lista de tarefas|"
              r"lista (?:di|delle) cose da fare)\b")
# Some people only may change things ("the committee should be the only ones who can change
# the work days"): a web app lets anyone who opens it change everything
ROLES = "who may change what (roles)"
_ONLY_SOME_CHANGE = (
    r"\b(?:should be |are |is )?the only ones? (?:who|that) (?:can|may|could) (?:change|edit|"
    r"add|update|delete|manage)|\bonly (?:the |our )?(?:\w+ ){0,2}(?:can|may|should|could) "
    r"(?:change|edit|update|delete|manage)\b|\bseul(?:e|s|es)? (?:les? |la )?(?:\w+ ){0,2}"
    r"(?:peu(?:t|vent)|pourr\w*) (?:modifier|changer)|\bsolo (?:el |la |los |las |il |i )?"
    r"(?:\w+ ){0,2}(?:puede[n]?|pueda[n]?|pu[òo]|possono) (?:cambiar|editar|modificar|"
    r"modificare|cambiare)|\bnur (?:der |die |das )?(?:\w+ ){0,2}(?:darf|d[üu]rfen|kann|"
    r"k[öo]nnen) (?:\w+ ){0,3}(?:[äa]ndern|bearbeiten)|\bs[óo] (?:o |a |os |as )?(?:\w+ ){0,2}"
    r"(?:pode[m]?|possa[m]?) (?:mudar|editar|alterar)")
# A log of what people do, asked beside a sign-up or booking ("and log what they harvested")
_A_LOG_TOO = (r"\b(?:and|et|y|und|e)\s+(?:to\s+)?(?:log|record)\s+(what (?:they|we|people) "
              r"\w+|how (?:much|many) \w+(?: \w+)?)")
# A language named for the app that the templates don't write: "in English and Welsh"
_OTHER_LANG_NAMES = (r"(welsh|irish|gaelic|dutch|flemish|polish|swedish|danish|norwegian|"
                     r"finnish|czech|greek|turkish|russian|ukrainian|japanese|chinese|korean|"
                     r"arabic|hebrew|hindi|catalan|basque|romanian|hungarian)\b")
# the app in it, said so: "in English and Welsh", "the page in Dutch" (not "words in Japanese")
_IN_OTHER_LANG = (rf"\bin (?:english|french|spanish|german|portuguese|italian) (?:and|or) "
                  rf"{_OTHER_LANG_NAMES}|\b(?:app|page|site|website|it|everything|text|menus?|"
                  rf"interface)(?: \w+){{0,3}} in {_OTHER_LANG_NAMES}")
# A map beside a list: each address links to OpenStreetMap, none is drawn (dataapp._mapped)
MAP_DRAWN = "a map drawn in the page (each address opens on OpenStreetMap instead)"
# A map word that names something else than a map drawn in the app: a site, a server or a
# file of maps ("the map website", "la web del mapa", "o servidor de mapas"), maps the person
# has or makes ("the maps I'm drawing", "our maps in rotation", "mis mapas"), a plan said as a
# map ("roadmap", "site map"), and "on the map" said of being known ("put my studio on the
# map"). A map of places, with one, on one or as a view still is one.
_MAP_NOT_ASKED = (
    r"\bmaps?[ -](?:web ?sites?|sites?|servers?|bots?|mods?|packs?|seeds?|editors?|makers?|"
    r"making|files?|downloads?|collection|rotation|pool)\b|"
    r"\b(?:web ?sites?|sites?|sitios?|webs?|p[áa]ginas?|pagin[ae]|servers?|servidor(?:es)?|"
    r"serveurs?|bots?|servi[çc]os?|servicios?|servizi?|sit[oi]|editor(?:es)?|[ée]diteurs?)\s+"
    r"(?:de|do|da|del|della|dei|delle|di|des|du|de la|de los|de las|dos|das)\s+(?:l')?"
    r"(?:maps?|mapas?|mapp[ae]|cartes?)\b|"
    r"\b(?:the|our|my|their|his|her|los|las|mis|nuestros|nuestras|os|as|meus|minhas|nossos|"
    r"nossas|i|le|miei|mie|nostri|nostre)\s+(?:[\w'’-]+\s+)?(?:maps|mapas|mappe)\b"
    r"(?!\s+(?:of|de|des|da|do|dos|das|di|dei|delle|del|degli)\b)|"
    r"\bput(?:s|ting)?\s+(?:[\w'’-]+\s+){0,4}?on the map\b|\b(?:road|site)[ -]?maps?\b")

# A photo word that names a thing, a place or an event, not pictures the app takes: "book my
# photo booth", "séance photo", "sesión de fotos", "Fotobox" (a compound: no feature word)
_PHOTO_THING = (
    r"\bphoto[ -]?(?:booths?|shoots?|sessions?|studios?|walks?|tours?|contests?|competitions?|"
    r"clubs?|safaris?|courses?|classes?|workshops?|marathons?)\b|"
    r"\b(?:s[ée]ances?|shootings?|ateliers?|cours|studios?|cabines?|sorties?|concours|clubs?|"
    r"sesi[óo]n|sesiones|estudios?|talleres?|cursos?|concursos?|sess[ãa]o|sess[õo]es|oficinas?|"
    r"sessione|sessioni|corsi|corso|concorsi|concorso|laboratori)\s+(?:de |di |da )?"
    r"(?:photos?|fotos?|fotografia|photographie)\b")

#: a video shown, played or sent, not one only listed by its title on a card or a row:
#: any such verb in the prompt keeps "video" asked ("so members can watch them")
_VIDEO_PLAYED = (
    r"\b(?:upload|play|watch|embed|stream)(?:s|ed|ing)?\b|\bvid[eé]os?\s+(?:player|playback|"
    r"upload|calls?|chats?|streams?)\b|\b(?:t[ée]l[ée]charg\w*|regard\w*|visionn\w*|subir|sube\w*|"
    r"ver|mirar|reproduc\w*|hochlad\w*|anschau\w*|ansehen|abspiel\w*|assistir|carreg\w*|"
    r"carica\w*|guarda\w*|riprodu\w*)\b")


def _shared_by_link(scan: str) -> str:
    """``scan`` without the share links it asks for (_SHARE_LINK), which are no posting and no
    sharing between users, unless the app is to share by itself ("automatically")."""
    return re.sub(_SHARE_LINK, lambda m: m.group() if re.search(
        r"\bauto(?:matic)?\w*\W+(?:[\w'’-]+\W+){0,4}$", scan[:m.start()]) else " ", scan)


# AI asked for as its letters ("mit KI", "usando IA", "AI-powered"), as written: not a US
# state's after a town ("Ames, IA", "Iowa City, IA 52240"), nor one said as not wanted
_AI_WORD = re.compile(r"\b(?:AI|IA|KI)\b")


def _ai_said(said: str, scan: str) -> bool:
    """Whether ``said`` (the prompt, as written) asks for AI by its letters; ``scan``: the
    prompt in lower case with what it does not want blanked, when it is as long."""
    for m in _AI_WORD.finditer(said):
        if re.search(r"[A-Z][\w'’.-]*,\s*$", said[:m.start()]) or re.match(
                r",?\s*\d{5}\b", said[m.end():]):
            continue  # a place's state or region
        if len(scan) == len(said) and not scan[m.start():m.end()].strip():
            continue
        return True
    return False


_MAP_HEDGE = (r"\b(?:maybe|perhaps|possibly|no|not|without|peut-[êe]tre|pas de|sans|quiz[áa]s|"
              r"tal vez|sin|vielleicht|kein\w*|ohne|talvez|sem|forse|senza)\b")
INTERVALS = "a repeat schedule (how often each one is due, and when next)"
VOTES = "votes, polls or surveys"
POINTS = "points per person (a leaderboard counts them)"
# Things a booking page lets people book, more than one of them ("our two courts", "3
# rooms"): its one grid books each time once.
RESOURCES = _RESOURCES = (
    r"\b(?:two|three|four|five|six|2|3|4|5|6|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|"
    r"zwei|drei|vier|f[üu]nf|dois|duas|tr[êe]s|quatro|due|tre|quattro|cinque)\s+(?:\w+\s+)?\w*"
    r"(?:courts?|rooms?|tables?|desks?|chairs?|lanes?|pitches|fields|boats?|bikes?|cars?|vans?|"
    r"studios?|therapists?|terrains?|salles?|bureaux|chaises|courts?|pistas?|salas?|mesas?|"
    r"canchas?|sillas?|pl[äa]tze|r[äa]ume|tische|st[üu]hle|bahnen|quadras?|cadeiras|campi|"
    r"sale|tavoli|sedie|postazioni|cabines|cabinas|kabinen|cabine)\b")
# A count of days since something last happened: a plain log's per-item table has it
# (dataapp.contains: "days_since"), no other app does.
DAYS_SINCE = "a count of days since the last time"
CONTACT_FORM = "a contact form that sends you messages"
TEXTS = "SMS or WhatsApp messages"
NATIVE = ("a native iOS or Android app (what is built is a web app: it opens in the phone's "
          "browser and can be added to its home screen)")
TIPS = "tips on each match scored when it is played (the leaderboard counts points entered by hand)"
ORDERS_SENT = ("online orders that reach you (a web page keeps each order in the customer's "
               "browser: nobody is told)")
# orders placed on the page that must reach the business: "commande en ligne", "pedidos online"
_ONLINE_ORDERS = (r"\bonline[- ]?(?:order(?:s|ing)?|bestell\w*|ordering)\b|\border(?:s|ing)? online\b|"
                  r"\b(?:commandes?|commander) (?:en ligne|sur internet)\b|"
                  r"\b(?:pedidos?|pedir|encomendas?|encomendar) (?:online|en l[íi]nea|pela internet|"
                  r"por internet)\b|\b(?:ordini|ordinare|ordinazioni) online\b|"
                  r"\bonline (?:pedidos?|encomendas?|ordini)\b")
# WhatsApp itself, not a group people already talk in
_WHATSAPP = (r"(?<!grupo de )(?<!grupo do )(?<!groupe )(?<!gruppo )(?<!gruppo di )\bwhatsapp\b"
             r"(?![\s-]+(?:groups?|gruppe|chats?)\b)")
# the services people post to, and the verbs of posting, scheduling or publishing on one
_SOCIAL = (r"(?:instagram|facebook|tiktok|linkedin|twitter|youtube|pinterest|threads|bluesky|"
           r"mastodon|snapchat)")
_POST_VERB = (r"(?:auto-?post\w*|post|posts|posted|posting|publish\w*|schedul\w*|upload\w*|"
              r"publie\w*|publier|programm\w*|poste\w*|publica\w*|programa\w*|"
              r"veröffentlich\w*|posten|postet|hochlad\w*|lädt|plant|planen|pubblic\w*|posta\w*|"
              r"agenda\w*|carica\w*)")
# … most of them nouns too: after an article or a possessive they name a thing, not the app
# posting ("le programme des ateliers sur Facebook", "our schedule on Instagram", "mis
# publicaciones de Instagram")
_A_THING = "".join(rf"(?<!\b{d} )" for d in (
    "the", "our", "my", "their", "your", "an", "le", "la", "les", "un", "une", "mon", "ma",
    "mes", "notre", "nos", "leur", "leurs", "des", "du", "el", "los", "las", "mi", "mis", "su",
    "sus", "nuestro", "nuestra", "nuestros", "nuestras", "del", "o", "os", "um", "uma", "meu",
    "minha", "meus", "minhas", "nosso", "nossa", "nossos", "nossas", "do", "dos", "il", "lo",
    "gli", "una", "mio", "mia", "miei", "mie", "nostro", "nostra", "nostri", "nostre", "della",
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "mein", "meine", "unser",
    "unsere", "unseren")) + r"(?<!\bl')(?<!\bl’)"
# sharing is a share link a page has ("buttons to share each recipe on Facebook"), posting
# only when the app does it by itself ("automatically shares my posts to Instagram")
_SHARE_VERB = r"(?:shar(?:e|es|ed|ing)|partag\w*|compart\w*|teil\w*|condivid\w*)"
_ON = (r"(?:to|on|onto|sur|en|no|na|nel|sul|su|auf|in|em|a|al)\s+(?:(?:my|our|the|mon|ma|mes|"
       r"notre|nos|le|la|mi|mis|nuestro|el|meu|minha|nosso|o|il|mio|mein\w*|unser\w*|den|"
       r"dem)\s+)?")
# what is posted: said after a noun-like verb, it is posting still ("la programmation de mes
# posts sur Instagram")
_POSTS = (r"(?:posts?|photos?|fotos?|vid[ée]os?|v[íi]deos?|stories|reels|publications?|"
          r"publicaciones|publica[çc][õo]es|postagens|beitr[äa]ge\w*|tweets?|contenus?|"
          r"contenidos?|conte[úu]dos?|contenuti|content|pictures?|images?)")
POSTING = (rf"{_A_THING}\b{_POST_VERB}\s+(?:[\w'’-]+\s+){{0,5}}?{_ON}{_SOCIAL}\b|"
           rf"\b{_POST_VERB}\s+(?:[\w'’-]+\s+){{0,3}}?{_POSTS}\s+(?:[\w'’-]+\s+){{0,3}}?"
           rf"(?:{_ON})?{_SOCIAL}\b|"
           rf"\b{_SOCIAL}[- ]?(?:posts?|beitr[äa]ge\w*|publications?|publicaciones|postagens|"
           rf"stories|reels|tweets?|vid[ée]os?)\b(?:\s+[\w'’-]+){{0,4}}?\s+{_POST_VERB}\b|"
           rf"\b(?:automatically|automatiquement|autom[áa]ticamente|automatisch|automaticamente)"
           rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_POST_VERB}|{_SHARE_VERB})\b[^.;]{{0,60}}\b{_SOCIAL}\b")
# a link that shares a page on a service, which a page has: "buttons to share each recipe on
# Facebook", "partager sur Instagram", "Teilen-Button" (not "automatically share …": POSTING)
_SHARE_LINK = re.compile(
    rf"\b{_SHARE_VERB}[ -]?(?:buttons?|links?|boutons?|liens?|bot[oó]n|botones|bot[ãa]o|"
    rf"bot[õo]es|pulsant[ei]|knopf|kn[öo]pfe)\b|\b{_SHARE_VERB}\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:on|to|via|with|sur|en|no|na|nel|sul|su|auf|in|em|a|al)\s+(?:\w+\s+)?{_SOCIAL}\b")
POSTED = "posting to social media for you"
# calls between people, seen or heard
CALLS = (r"\bvideo[- ]?calls?\b|\bphone calls?\b|\bappels? t[ée]l[ée]phoniques?\b|"
         r"\b(?:mes|nos) appels\b|\bllamadas? telef[óo]nicas?\b|\b(?:mis|nuestras) llamadas\b|"
         r"\btelefonanrufe?\b|\b(?:meine|unsere) anrufe\b|\bchamadas? telef[ôo]nicas?\b|"
         r"\b(?:minhas|nossas) chamadas\b|\btelefonat[ae]\b|\b(?:le mie|le nostre) chiamate\b|\bvideo[- ]?chat\w*|\bvideochiamat\w*|\bvideollamad\w*|"
         r"\bvideoconf[ée]ren\w*|\bvisio(?:conf[ée]rences?)?\b|\bappels? (?:vid[ée]o|audio)\b|"
         r"\bvideoanruf\w*|\bvideokonferenz\w*|\bvideotelefon\w*|\bchamadas? de (?:v[íi]deo|voz)\b|"
         r"\bvideochamad\w*|\bchiamat[ae] (?:video|vocal[ei])\b|\bllamadas? de (?:video|voz)\b|"
         r"\bvoice calls?\b|\bvoip\b|\bvideocall\w*|\bvideoconfer\w*")
# Services whose data an app would fetch by itself, and syncing it
_SERVICES = (r"(?:strava|garmin|fitbit|google fit|apple health|apple watch|polar|spotify|gmail|"
             r"google calendar|outlook|shopify|etsy|instagram)")
_SYNC = r"(?:synchronis|synchroniz|sincroniz|synchronisier|sync)"
# Speech turned into another language as it is said: a call's, a conversation's ("une appli qui
# traduit automatiquement mes appels en direct", "eine App, die meine Anrufe live übersetzt")
_SAID = (r"(?:calls?|phone calls?|conversations?|speech|appels?|conversations?|paroles?|"
         r"llamadas?|conversaciones?|charlas?|anrufe?n?|gespr[äa]ch\w*|telefonat\w*|chamadas?|"
         r"liga[çc][õo]es|conversas?|chiamate?|telefonate?|conversazion[ei]|discorsi)")
SPEECH_TRANSLATED = (rf"\b(?:translat\w*|tradu\w*|[üu]bersetz\w*)\s+(?:\w+\s+){{0,3}}?{_SAID}\b|"
                     rf"\b{_SAID}\s+(?:\w+\s+){{0,3}}?(?:translat\w*|tradu\w*|[üu]bersetz\w*)")
CALLS_TRANSLATED = "translating calls or conversations as they are said"
# What an app asked for does that no page here can: said by name, it is the verdict's line
READS_MAIL = "reading your e-mail or answering messages by itself"
CAPABILITIES = {POSTED, READS_MAIL, CALLS_TRANSLATED, "video or voice calls", "AI features",
                "real-time updates or chat",
                "email or push notifications", "SMS or WhatsApp messages", "live location (GPS)",
                "audio or speech", "camera, scanning or recognition", "online payments",
                "data that arrives or is checked by itself (a bank, a server, monitoring)"}


def a_capability(unbuilt: str) -> bool:
    """Whether ``unbuilt`` (a line of what was not built) is one of the CAPABILITIES, as said
    or with what it is on ("online payments on a …"); "live location (GPS)" is one whole."""
    return unbuilt in CAPABILITIES or re.split(r" on a | \(", unbuilt)[0] in CAPABILITIES


# Things people ask for that no template here can do.
BEYOND = [
    (r"\bupdates? live\b|\blive (?:updates?|scores?|results?|scoreboard|ranking)|"
     r"en direct|en vivo|ao vivo|in diretta|\breal[- ]?time\b|\bchat\b|\bgruppenchats?\b|\bgroupes? de discussion\b|\bwebsockets?\b|tiempo real|temps r[ée]el|echtzeit|"
     r"tempo reale", "real-time updates or chat"),
    # sending mail, not an e-mail address the app keeps ("leave their email")
    (r"\bsend(?:s|ing)?\s+(?:(?:an?|them|me|out|people|us|you)\s+){0,2}e-?mails?|\be-?mailed\b|"
     r"\bsends? (?:\w+ ){0,2}confirmations?\b|"
     # a message or report sent, in the other five languages
     r"\b(?:envoie|envoyer|manda|mande|mandar|env[íi]a|enviar|invia|inviare|schickt|schicken|"
     r"sendet)\s+(?:\w+\s+){0,3}(?:textos?|messages?|mensajes?|messaggi[oa]?|mensage[mn]s?|"
     r"nachrichten?|confirmations?|confirmaci[óo]n|confirma[çc][ãa]o|conferma|best[äa]tigung)\b|"
     r"\b(?:envoy\w*|enviad\w*|inviat\w*|geschickt|gesendet)\s+(?:\w+\s+){0,2}(?:par|por|per|"
     r"via|a) (?:e-?)?mail|\btexto de confirma|"
     r"\be-?mails?\s+(?:me|them|people|users|everyone|customers|clients|subscribers|members|"
     r"the team|us|reminders?|notifications?|"
     r"confirmations?|alerts?|updates?)\b|\b(?:by|via|per)\s+e-?mail|\bnotif(?:y|ies|ications?)\b|"
     r"\breminders? by\b|\bpush\b(?![\s-]?ups?\b)|e-?mail-?best[äa]tigung|"
     r"benachrichtig|notifica|confirmation par e-?mail|correo de confirmaci|"
     # a reminder sent to someone, in the six languages (a list of reminders is a to-do list)
     r"\bremind(?:s|ing)? (?:me|you|them|us|users|people|everyone)\b|\bsends? (?:me |you |them )?"
     r"(?:a |an )?reminders?\b|receber (?:um )?lembrete|\bme lembr|\bme avis|envi\w* (?:um )?"
     r"lembrete|(?:envoie|envoyer|recevoir|re[çc]oive|envoyé) (?:\w+ )?rappels?|\bme rappelle|"
     r"erinnerung(?:en)? (?:aufs|auf das|per|an|schick|send|bekomm)|erinnert mich|"
     r"push-?nachricht|(?:mand|invi|ricev)\w* (?:\w+ )?promemoria|\bmi ricorda\b|"
     r"(?:mand|envi|recib)\w* (?:\w+ )?recordatorios?|\bme recuerde|\bme avise|"
     r"\bremind me\b|ricordarmi|recordarme|lembrar-me|\bme lembrar|\bme rappeler|"
     rf"mich (?:\w+ )?erinnern|{_SENT}\s+(?:[\w'’-]+\s+){{0,3}}?{_MAIL}|"
     # a notice said as a noun, by mail ("aviso por e-mail para os pais", "avviso via mail")
     r"\b(?:avis|avisos?|avvis[oi]|aviso|notifica\w*|notice|alerts?|alertes?|alertas?|"
     r"rappels?|recordatorios?|lembretes?|promemoria|hinweis\w*)\s+(?:\w+\s+)?(?:por|par|pelo|"
     r"per|via|by)\s+(?:e-?mail|mail|courriel|correo)\b",
     "email or push notifications"),
    # a mailbox read, or messages answered, by the app itself: no page here reaches one
    (r"\b(?:reads?|reading|checks?|checking|scans?|scanning|sorts?|sorting|goes through|"
     r"lit|lire|trie|trier|lee|lea|leer|revisa|revisar|liest|lesen|durchsucht|lê|ler|legge|"
     r"leggere)\s+(?:(?:my|our|the|mes|nos|les|mis|los|nuestros|meine|unsere|die|os|meus|"
     r"nossos|i|le|miei|nostri)\s+)?(?:\w+\s+)?(?:e-?mails?|mails|inbox|mailbox|gmail|outlook|"
     r"courriels?|bo[iî]te (?:mail|de r[ée]ception)|correos?|bandeja de entrada|posteingang|"
     r"caixa de entrada|posta)\b|\bauto-?repl(?:y|ies|ier)\b|"
     r"\b(?:repl(?:y|ies|ying)|answers?|answering|responds?|responding)\s+(?:\w+\s+){0,4}?"
     r"(?:automatically|by itself|on its own)\b|\bautomatically\s+(?:repl\w*|answers?|"
     r"responds?)\b|\br[ée]pond\w*\s+(?:\w+\s+){0,4}?(?:automatiquement|tout seul|toute "
     r"seule)|\bautomatiquement\s+(?:\w+\s+)?r[ée]pond\w*|\br[ée]ponses? automatiques?|"
     r"\brespond\w*\s+(?:\w+\s+){0,4}?(?:autom[áa]ticamente|sol[oa]s?|sozinh[oa]s?)\b|"
     r"\bautom[áa]ticamente\s+(?:\w+\s+)?respond\w*|\brespuestas? autom[áa]ticas?|"
     r"\brespostas? autom[áa]ticas?|\bantwort\w*\s+(?:\w+\s+){0,4}?automatisch|"
     r"\bautomatisch\s+(?:\w+\s+)?(?:antwort\w*|beantwort\w*)|\bautomatische antwort\w*|"
     r"\brispond\w*\s+(?:\w+\s+){0,4}?(?:automaticamente|da sol[oa])|"
     r"\bautomaticamente\s+(?:\w+\s+)?rispond\w*|\brisposte? automatiche?",
     READS_MAIL),
    # a group people already talk in is where they are, not messages the app sends ("our
    # neighbourhood WhatsApp group keeps asking", "no grupo de WhatsApp do prédio")
    (rf"\bsms\b|text messages?|mensajes? de texto|{_WHATSAPP}|\btelegram\b|"
     r"\bsends? (?:\w+ ){0,3}texts?\b|\b(?:confirmation|reminder) texts?\b",
     TEXTS),
    # where a phone is, live: no page here reads a location
    (r"\bgeoloc|\bgps\b|\bnear me\b|\blive location|\bwhere (?:\w+ ){0,2}(?:is|are) (?:right )?"
     r"now\b|en temps r[ée]el sur (?:la|une) carte|en direct sur (?:la|une) carte|"
     r"localiza\w* en tiempo real|localiza\w* em tempo real|standort in echtzeit|"
     r"posizione in tempo reale|"
     # a person's own position followed or shared: "tracks my location and shares it",
     # "partage ma position", "comparte mi ubicación", "meinen Standort teilen"
     r"\b(?:tracks?|tracking|shares?|sharing|shows?|showing|follows?|following|suit|suivre|"
     r"partag\w*|affich\w*|rastre\w*|compart\w*|sigue|seguir|muestr\w*|compartilh\w*|"
     r"partilh\w*|segue|mostr\w*|traccia\w*|condivid\w*)\s+(?:(?:a|la)\s+)?(?:my|our|their|"
     r"his|her|ma|notre|leur|sa|mi|nuestra|su|minha|nossa|sua|mia|nostra)\s+(?:live\s+|"
     r"current\s+)?(?:locations?|positions?|whereabouts|localisation|ubicaci[óo]n|"
     r"localizaci[óo]n|posici[óo]n|localiza[çc][ãa]o|posi[çc][ãa]o|posizione|"
     r"localizzazione)\b|\b(?:meinen|unseren|seinen|ihren)\s+standort\s+(?:\w+\s+){0,3}"
     r"(?:teil\w*|verfolg\w*|zeig\w*|anzeig\w*)|\bstandort(?:freigabe|verfolgung)\b",
     "live location (GPS)"),
    # a map: the data apps link each address to OpenStreetMap (dataapp: a field's "map"),
    # and none draws one
    (MAPS, "maps"),
    (shapes.CALENDAR, "a calendar view"),
    # data that arrives by itself: a bank's, a game server's; a page that checks a site alone
    (r"(?:imports?|syncs?|pulls?|fetch(?:es)?|updates?) (?:\w+ ){0,3}automatically (?:from|with)|"
     r"automatically (?:from|imports?|syncs?)|\bfrom (?:our|the|my) (?:game )?(?:server|api)\b|"
     r"bank (?:transactions|account|statements?)|\bmy bank\b|\b(?:del|do|de la|dalla|von der) "
     r"(?:banco|banque|banca|bank)\b(?! (?:alimentar|alimentaire|alimentare)\b)(?! (?:de|di|des) (?:dados|datos|donn[ée]es|dati|horas|"
     r"alimentos|sangue|sangre|tempo|temps|alimentaire))|movimientos bancarios|"
     r"\b(?:verifica|v[ée]rifie|comprueba|controlla|pr[üu]ft|checks?)\s+(?:\w+\s+)?"
     r"(?:sozinh[ao]|tout seul|por s[íi] sol[ao]|da sol[ao]|von selbst|by itself|on its own)|"
     r"relev[ée]s? bancaires?|"
     r"extractos? bancarios?|extratos? banc[áa]rios?|kontoausz[üu]g|estratti conto|"
     r"(?:checks?|monitors?|pings?) (?:\w+ ){0,3}automatically|automatically (?:checks?|"
     r"monitors?|pings?)|\b(?:controlla|verifica|v[ée]rifie|comprueba|pr[üu]ft|checa) "
     r"(?:\w+ ){0,2}automati\w+|automati\w+ (?:controlla|verifica|v[ée]rifie|comprueba|"
     r"pr[üu]ft)|"
     # synced or imported from another service by itself, in the six languages: "synchronisiert
     # meine Strava-Läufe automatisch", "importe mes courses depuis Strava", "sincroniza con Garmin"
     # (a sync said of a service or as automatic: not "synced lyrics", "synchronised swimming")
     rf"\b{_SYNC}\w* (?:\w+ ){{0,4}}?(?:\w+ )?{_SERVICES}\b|\b{_SERVICES}[\w-]* (?:\w+ ){{0,3}}?"
     rf"(?:\w+ )?{_SYNC}|\bautomati\w+ (?:\w+ ){{0,2}}?{_SYNC}|\b{_SYNC}\w* (?:\w+ ){{0,3}}?automati|"
     r"\b(?:sync(?:s|ed|ing)?|imports?|importing|pulls?|fetch(?:es)?) (?:\w+ ){0,3}(?:from|with) "
     rf"(?:my |our |the )?{_SERVICES}\b|"
     r"\b(?:importe|r[ée]cup[èe]re|importa|importiert|holt|recupera)\w* (?:\w+ ){0,3}(?:depuis|de|desde|"
     r"aus|von|da|do) (?:mon |ma |mi |mein\w* |meu |minha |il mio )?(?:strava|garmin|fitbit|polar|"
     r"spotify|gmail|shopify|etsy|instagram)\b|"
     r"\bautomati\w+ (?:\w+ ){0,2}(?:import\w*|abgerufen|abruf\w*|[üu]bernomm\w*)\b",
     "data that arrives or is checked by itself (a bank, a server, monitoring)"),
    # sound: a voice reading, pronunciation
    # a voice reading, not a language spoken ("languages spoken")
    (r"\bspoken (?:aloud|out loud)|\bspeaks? (?:\w+ ){0,3}(?:aloud|out loud)|pronunciation|text[- ]to[- ]speech|read (?:\w+ )?aloud|prononciation|"
     r"pronunciaci[óo]n|pron[úu]ncia|aussprache|\bpronuncia\b|voice (?:notes?|recordings?|"
     r"input|messages?)|"
     # recording or transcribing what is said: "grave as reuniões pelo microfone, transcreva o
     # áudio", "record our calls", "Besprechungen aufnehmen"
     r"\bmicro(?:phone|fone|fono|phon)?s?\b|\bmikrofon\w*|\btranscri\w*|\btranskri\w*|"
     r"\brecord(?:s|ing)? (?:\w+ ){0,3}(?:audio|meetings?|calls?|voices?|conversations?)\b|"
     r"\b(?:grav|grab)\w* (?:\w+ ){0,3}(?:reuni[õo]es|reuniones|[áa]udio|chamadas|llamadas|voz)\b|"
     r"\benregistr\w* (?:\w+ ){0,3}(?:r[ée]unions|audio|appels|voix)\b|"
     r"\b(?:aufnehm|aufzeichn|nimmt)\w* (?:\w+ ){0,3}(?:meetings?|besprechung\w*|audio|anrufe?|"
     r"stimme)\b|\b(?:meetings?|besprechung\w*|anrufe?) (?:\w+ ){0,3}(?:aufnehmen|aufzeichnen)\b|"
     r"\bregistr\w* (?:\w+ ){0,3}(?:audio|chiamate|voce)\b|"
     # music played in the page: "com player que toca as faixas", "a player that plays our songs"
     r"\b(?:music |audio |mp3 )?player (?:que|which|that|qui|che|der|das|to) (?:toca|plays?|joue|"
     r"reproduce|spielt|suona|riproduce)\b|\bplays? (?:the |our |my )?(?:songs|tracks|music)\b|"
     r"\btoca(?:r)? (?:as )?(?:m[úu]sicas|faixas|can[çc][õo]es)\b|\bmusic player\b|"
     r"\blecteur (?:audio|de musique|mp3)\b|\breproductor de (?:m[úu]sica|audio)\b|"
     r"\bmusik-?player\b|\blettore (?:musicale|audio)\b|\bletras? sincronizad\w*|"
     r"\bsynced lyrics\b|\bparoles synchronis\w*", "audio or speech"),
    # a newsletter sent to subscribers, not one planned on a board
    (r"(?:send|sends|sending|envoy\w*|envi\w*|invi\w*|verschick\w*|mail\w*)\s+(?:\w+\s+){0,3}"
     r"newsletters?|newsletters?\s+(?:\w+\s+){0,3}(?:subscribers|abonn\w*|suscriptores|"
     r"assinantes|iscritti|abonnenten)|"
     # … its sending said as a noun ("mit Newsletter-Versand", "l'envoi d'une newsletter")
     r"newsletter[\s-]?(?:versand|sending|mailing)|\b(?:versand|envoi|env[íi]o|invio)\s+"
     r"(?:\w+\s+){0,2}?newsletters?|"
     # … or had with the app ("con la newsletter mensile", "with a monthly newsletter")
     r"\b(?:with|avec|con|mit|com|plus)\s+(?:(?:a|an|the|une?|la|le|el|una?|um|uma|a|il|"
     r"eine[mn]?|einer|der|dem)\s+)?(?:\w+\s+)?newsletters?\b",
     "a newsletter sent by e-mail"),
    # a form whose messages reach the owner: no offline app sends them (walk13 #35 showed an
    # empty "Contact form" card as if it were one)
    (r"contact ?forms?|formulaires? de contact|formularios? de contacto|kontaktformular\w*|"
     r"formul[áa]rios? de contato|modul[oi] (?:di )?contatt[oi]|modulo contatti",
     CONTACT_FORM),
    # an app for a phone's store: the templates build web pages, which a phone's browser opens
    (r"\b(?:ios|iphone|ipad|android)(?:[- ]app|[- ]apps|\s+(?:app|apps|application|"
     r"aplicaci[óo]n|aplicativo|applicazione|anwendung))\b|\b(?:apps?|application|aplicaci[óo]n|"
     r"aplicativo|applicazione|anwendung)\s+(?:\w+\s+){0,2}(?:for|pour|para|pra|per|f[üu]r)\s+"
     r"(?:(?:my|mon|ma|mi|meu|o|il|mein|das|le|el)\s+)?(?:iphone|ipad|android|ios)\b|"
     r"\b(?:apps?|application|aplicaci[óo]n|aplicativo|applicazione)\s+(?:ios|iphone|ipad|"
     r"android)\b|"
     r"\b(?:app ?store|play ?store|google play)\b|\bnative (?:mobile |phone )?apps?\b|"
     r"\b(?:app|application|aplicaci[óo]n|aplicativo|applicazione)s? nativ[aeo]s?\b|"
     r"\bnative (?:ios|android) app|\breact native\b|\bflutter\b|\bswift ?ui\b|\bkotlin\b",
     NATIVE),
    # tips on matches before they are played, scored when they are: a betting pool. A
    # leaderboard counts the points entered by hand, it takes no tips
    (r"\btippspiel\w*|\btipprunde\w*|\b(?:richtige[nr]?|abgegebene[nr]?) tipps?\b|"
     r"\btipps? (?:ab)?geben\b|\bpalpites?\b|"
     r"\bpronostics?\b|\bpron[óo]sticos?\b|\bpronostici\b|\bquinielas?\b|"
     r"\b(?:predictions?|guesses|picks) (?:for|on) (?:each|every|the) (?:match|game)|"
     r"\b(?:betting|prediction|footy|office) pool\b|\bpredict(?:s|ing)? (?:the )?(?:scores?|"
     r"results?|winners?)\b", TIPS),
    (r"time[- ]tracking|\btrack(?:ing)? (?:the )?time (?:spent|per)|zeiterfassung|"
     r"suivi du temps pass[ée]|control (?:de|del) tiempo|controle de horas", "time tracking"),
    (r"\bupload|\battachments?\b|\banexos?\b|pi[èe]ces? jointes?|\badjuntos?\b|"
     r"\ballegati\b|dateianh[äa]ng|\banh[äa]nge\b|dateien hochladen|subir archivos|"
     r"enviar arquivos|caricare (?:i )?file", "file uploads"),
    (r"drag[- ]?(?:and|&|n)[- ]?drop", "drag and drop"),
    # the app in several languages, not a language a person speaks ("languages spoken")
    (r"\bi18n\b|\btranslat|multi-?lingual|\bin (?:two|three|four|several|multiple|both|many|"
     r"different|all (?:our|the)|\d+) languages\b|\blanguages? (?:switch\w*|toggle|selector|"
     r"picker|menu|buttons?)\b|\bswitch(?:ing|es)? (?:between |the )?languages\b|multiling|mehrsprachig|"
     r"multil[íi]ngue|plurilingu|bilingu|zweisprachig|en plusieurs langues|en varios idiomas|"
     r"em v[áa]rios idiomas|in pi[ùu] lingue|in mehreren sprachen", "translations"),
    (r"\bqr[- ]?codes?\b|c[óo]digos? qr|codes? qr|codic[ei] qr", "QR codes"),
    (r"\b(?:gpt|llm|chatbot|artificial intelligence|intelligence artificielle|inteligencia "
     r"artificial|intelig[êe]ncia artificial|k[üu]nstliche(?:[rn])? intelligenz|intelligenza "
     r"artificiale)\b", "AI features"),
    # the app posting for the person on a service of its own (Instagram, LinkedIn…): a page
    # here reaches no other service; a link to one is no post ("mon Instagram en bas")
    (POSTING, POSTED),
    # what people say, translated as they say it (its calls and its "live" are this one thing)
    (SPEECH_TRANSLATED, CALLS_TRANSLATED),
    # calls between people, seen or heard: no page here carries them
    (CALLS, "video or voice calls"),
    # reading the world through a camera or a microphone: a page of forms can't see or hear
    (r"\bcameras?\b|\bc[áâ]maras?\b|\bcam[ée]ras?\b|\bkamera\b|\bfotocamera\b|\bwebcam|"
     # "scan" of a thing, not a list one scans with the eyes
     r"\bscan(?:s|ned|ning)?\s+(?:\w+\s+){0,2}?(?:receipts?|invoices?|bills?|barcodes?|qr|"
     r"codes?|documents?|photos?|pictures?|images?|cards?|labels?|tickets?|books?|products?|"
     r"items?|faces?|plants?)\b|\bscanner\w*|\bscannen\b|\bescane\w*|\bscansion\w*|\bocr\b|\brecogni[sz]\w*|\breconna[iî]\w*|"
     r"\breconoc\w*|\breconhe[cç]\w*|\briconosc\w*|\berkenn\w*|"
     # a photo taken and the app saying what is in it ("je prends en photo un champignon et
     # elle me dit si c'est comestible", "I snap a photo of a plant and it tells me what it is")
     # (the one-word verbs too: "fotografo una pianta e mi dice", "fotografiere … sagt mir")
     r"\b(?:(?:photo|foto|picture|pic|bild)s?|photograph\w*|fotograf\w*)\b[^.;!?\n]{0,60}?"
     r"\b(?:tells? (?:me|us)|me dit|nous "
     r"dit|me dice|me diga|nos dice|(?:sagt|zeigt) (?:mir|uns)|mir sagt|me diz|nos diz|mi dice|"
     r"mi dica|ci dice|identif\w*|identifi\w*)\b",
     "camera, scanning or recognition"),
    (r"\bexport|\bcsv\b|\bpdf\b", "exports (CSV/PDF)"),
    (r"\bpdf\b", "PDF exports"),
    (r"\btimer\b|stopwatch|cron[ôo]metro|minuteur|temporizador|stoppuhr|pomodoro|"
     r"\bcountdown timer", "a timer or stopwatch"),
    # a count of days since something last happened ("how many days since last watered"):
    # the data apps list dates and totals, and a to-do list done every N days shows when it is
    # next due, none the days gone by; the date calculator counts them between two dates
    (r"\bdays? since\b|\bhow long (?:it'?s been |has it been )?since\b|\btime since (?:the |it "
     r"was )?last\b|\bsince (?:it was |they were |i )?last\b|\bjours depuis\b|depuis (?:le |la )"
     r"derni[èe]re?\b|\bd[íi]as desde\b|desde (?:el |la )?[úu]ltim[oa]\b|\btage seit\b|seit "
     r"(?:dem|der) letzten\b|\bdias desde\b|desde (?:o |a )?[úu]ltim[oa]\b|\bgiorni da(?:l|ll'|"
     r"lla)?\b|dall'ultim[oa]\b", DAYS_SINCE),
    # people voting or answering a poll or a survey ("a board for our book club to vote on
    # the next book", "a Doodle for the team dinner"): no template counts votes
    # (a survey that is fieldwork, counting birds or bats in a square, asks no one anything:
    # "each survey square needs 2 people", spar28 #60)
    (r"\bvot(?:e|es|ed|ing)\b|\bpolls?\b|(?<!bird )(?<!wildlife )(?<!butterfly )(?<!bat )"
     r"(?<!moth )(?<!botanical )(?<!plant )(?<!bee )(?<!litter )(?<!traffic )\bsurveys?\b"
     r"(?![\s-]+(?:squares?|areas?|plots?|sites?|points?|routes?|transects?|sections?|zones?|"
     r"walks?|counts?)\b)|\bdoodle\b|\bvot(?:er|ent|ons|ez)\b|"
     r"\bsondages?\b|\bvotar\b|\bvot(?:a|an|amos)\b|\bvotaci[óo]n\w*|\bencuestas?\b|"
     r"\babstimm\w*|\bumfragen?\b|\bvota[çc](?:ão|ões)\b|\bvotam\b|\bvotazion[ei]\b|"
     r"\bvotare\b|\bvotano\b|\bsondaggi[oi]?\b", VOTES),
    # how often each thing is due, asked as a schedule ("each plant, how often it needs
    # water"): a to-do list repeats a task every N days; a log shows only the days since
    (r"\bhow often (?:\w+ ){0,3}(?:needs?|should|must|has to|have to|is due)\b|"
     # when it is due again: "when to water next", "quand arroser la prochaine fois"
     r"\bwhen (?:to|i should|it needs to) \w+(?: \w+)? (?:next|again)\b|"
     r"\bquand (?:\w+ ){0,3}(?:la prochaine fois|de nouveau)\b|"
     r"\bcu[áa]ndo (?:toca|hay que) (?:\w+ ){0,2}(?:otra vez|de nuevo)\b|"
     r"\bwann (?:\w+ ){0,3}(?:wieder|als n[äa]chstes)\b|"
     r"\bquando (?:\w+ ){0,3}(?:de novo|novamente|di nuovo|la prossima volta)\b|"
     r"\b[àa] quelle fr[ée]quence (?:\w+ ){0,3}(?:faut|doit|doivent|a besoin)|"
     r"\btous les combien\b|\bcada cu[áa]nto (?:\w+ ){0,3}(?:hay que|necesita\w*|se debe|toca)\b|"
     r"\bcon qu[ée] frecuencia (?:\w+ ){0,3}(?:hay que|necesita\w*|se debe)\b|"
     r"\bwie oft (?:\w+ ){0,3}(?:muss|m[üu]ssen|braucht|brauchen|soll|sollen)\b|"
     r"\bde quanto em quanto tempo\b|\bcom que frequ[êe]ncia (?:\w+ ){0,3}(?:precisa\w*|"
     r"deve\w*|tem que)\b|\bogni quanto (?:\w+ ){0,3}(?:va|vanno|deve|devono|serve|bisogna)\b|"
     r"\bcon quale frequenza (?:\w+ ){0,3}(?:va|vanno|deve|devono|serve|bisogna)\b",
     INTERVALS),
    # points people earn: a leaderboard counts them, a to-do list or a board does not ("a
    # chore chart for my kids with points")
    (r"\b(?:earn|earns|earned|get|gets|win|wins|collect|collects|award\w*|with|and)\s+"
     r"(?:\w+\s+)?points\b|\bpoints? (?:per|for each|for every|each)\b|"
     r"\bgagne\w* (?:\w+ )?points\b|\bavec des points\b|\bpoints par\b|"
     r"\bgana\w* (?:\w+ )?puntos\b|\bcon puntos\b|\bpuntos por\b|"
     r"\bpunkte (?:sammeln|bekommen|pro|f[üu]r)\b|\bmit punkten\b|"
     r"\bganha\w* (?:\w+ )?pontos\b|\bcom pontos\b|\bpontos por\b|"
     r"\bguadagna\w* (?:\w+ )?punti\b|\bcon (?:i )?punti\b|\bpunti per\b", POINTS),
    # a page or a form to book on, in the six languages ("página de reservas online", "un
    # formulaire de réservation", "Online-Buchung"); bookings counted, a dashboard's figure,
    # are none to take ("bookings per month")
    (r"\b(?:p[áa]gina|page|seite|pagina|formul\w*|sistema|syst[eè]me|system)\s+(?:de|di|da|du|"
     r"des|del|per|pour|para|f[üu]r)\s+(?:(?:la|le|las|los|les|il)\s+)?(?:r[ée]serv\w*|"
     r"prenotazion\w*|buchung\w*|marca[çc][õo]es|agendamentos?)|\b(?:online-?buchung|"
     r"r[ée]servations? en ligne|reservas? (?:online|en l[íi]nea)|prenotazion[ei] online|"
     r"marca[çc][õo]es online|agendamentos? online)\b|"
     # … or to book online, the verb said ("Gäste sollen direkt online buchen können")
     r"\bonline (?:zu )?(?:buchen|reservieren)\b|\b(?:book|reserv|r[ée]serv|buch|prenot|marc|"
     r"agend)\w*\s+(?:\w+\s+)?(?:online|en ligne|en l[íi]nea)\b|"
     r"\b(?:booking|reservation)(?!s?\s+(?:per|a|each|every|by|this|last)\s+(?:day|night|week|"
     r"month|year|season)\b)(?!s?\s*(?:,|and)\s+revenue)|"
     r"(?<!next )(?<!last )\bappointments?\b|\bbook (?:online|an?|a table|"
     r"a session|a slot)\b|"
     # slots of a length, to be booked: "30 minute slots", "créneaux de 45 min"
     r"\b\d+[ -]?(?:minutes?|mins?|hours?|h)\s+slots?\b|\b(?:slots?|cr[ée]neaux?|turnos?|"
     r"hor[áa]rios?) (?:of|de|da|di) \d+\s*(?:minutes?|min|heures?|h|minutos?|horas?|minuti|"
     r"ore)\b", "bookings"),
    (r"\bvideos?\b(?![ -]?(?:calls?|chats?|conferenc\w*))(?<!llamadas de video)(?<!llamada de video)"
     r"(?<!chiamate video)(?<!chiamata video)(?<!appels video)(?<!appel video)", "video"),
    # several people on their own devices; a team's or family's own app on one device is fine
    (r"\bmulti-?user|\bcollaborat|\bshar(?:e|ing)\b|\bshared (?:with|between|across|by)\b|"
     r"\beach (?:user|member|person|player|student) (?:sees|has|logs|gets|can log)|"
     r"\b(?:every|each) (?:user|member)'s own|\bfrom (?:their|his|her) own (?:phone|device)s?|"
     # (not a sync from a service: "syncs my runs from Strava")
     r"\bon (?:all )?(?:our|their) (?:phones|devices)|\bsync(?:ed|s|ing)?\b"
     rf"(?! (?:\w+ ){{0,3}}?(?:from|with) (?:my |our |the )?{_SERVICES})",
     "sharing between users"),
]
_STOP = {"a", "an", "the", "my", "our", "your", "for", "of", "about", "with", "and", "app",
         "application", "site", "website", "page", "simple", "small", "nice", "modern", "web",
         "full", "stack", "fullstack", "saas", "that", "which", "called", "named", "local",
         "new", "online", "personal", "business", "company", "tracker", "manager", "list"}


# Feature words that are everyday words in the prompt's language: German "jeden Tag" is every
# day, not tags; French "mon chat" is my cat, not a chat; Italian "camera" is a room
# (shapes.NOT_SHAPE does the same for shape words).
_NOT_FEATURE = {"de": r"\btag(?:e|en|es)?\b|\bstellen?\b",  # a job's "Stelle", not Italian stars
                # a room ("3 camere"), a camera being a fotocamera; "due" is two; a tomato
                "it": r"\bcamer[ae]\b|\bdue\b(?![ -]?dates?)|(?<!tecnica )(?<!timer )"
                      r"\bpomodor[oi]\b(?! timer)",
                "fr": r"\bchats?\b(?! en (?:direct|ligne|temps r[ée]el)| de groupe| vid[ée]o)|"
                      # "comment je me sens" asks how, not for comments ("commentaires")
                      r"\bcomment\b"}
# A garden's plots are pieces of land, not charts ("a community garden with 24 plots").
_LAND = (r"\b(?:gardens?|allotments?|vegetables?|harvest\w*|growers?|farm\w*|soil|acres?|"
         r"cemetery|graves?)\b")
# "Each person's share" of a bill is an amount, not sharing between users; a house share is
# a home ("a cleaning rota for our house share")
_A_SHARE = (r"\b(?:\w+'s|\w+s'|persons|my|your|his|her|their|our|its|each|everyone's|fair|"
            r"equal|a)\s+shares?\b|\bshares? (?:of|per) (?:the|each|a)\b|"
            r"\b(?:house|flat|room|home|apartment)[ -]?shar(?:e|es|ing)\b")
# A group's chat said as one it already has ("the group chat turns into chaos", spar28 #45;
# "notre groupe de discussion", "el chat del grupo", "unser Gruppenchat"): where its people
# talk now, no chat asked of the app (as a WhatsApp group is: _WHATSAPP)
# … unless the sentence puts that chat in the app ("the group chat on the page", "la chat di
# gruppo dentro il sito", "unserem Gruppenchat direkt in der App", "intégré au site", "built
# in": review27 #11): then it is a chat asked of the app.
_IN_THE_APP = (r"(?:\s+\w+){0,2}?\s+(?:(?:on|in|into|inside|within|dentro (?:de|del|do|da|"
               r"dell[ao']?)|dentro|dans|sur|en|em|no|"
               r"na|nel|nella|sul|sulla|im|in der|auf der|direkt in der|directly in|right in)\s+"
               r"(?:the\s+|our\s+|l[ae']\s*|le\s+|el\s+|o\s+|a\s+|il\s+|lo\s+|la\s+|der\s+|"
               r"unser\w*\s+|notre\s+|nuestr[ao]\s+|noss[ao]\s+|nostr[ao]\s+)?(?:page|app|"
               r"site|website|web|sito|seite|website|webseite|p[áa]gina|application|"
               r"aplicaci[óo]n|aplicativo|applicazione|plattform|platform|plataforma)\b|"
               r"built[- ]in|int[ée]gr[ée]e?s?|integrad[oa]s?|integriert\w*|integrat[oa]|"
               r"incorporad[oa]s?|incorporat[oa])")
_THEIR_CHAT = (r"\b(?:the|our|my|their|le|notre|leur|el|nuestro|su|o|nosso|il|la|nostro|"
               r"nostra|der|unser\w*|ihr\w*)\s+(?:\w+\s+)?(?:group[- ]?chats?|chat (?:de|du|"
               r"del|do|da|di) (?:grupo|groupe|gruppo)|groupe de discussion|gruppenchat)\b"
               rf"(?!{_IN_THE_APP})")

# A payment settled outside the app ("o pagamento eu combino por pix depois", "payment in cash
# when they collect") is not a request for online payments.
# What a waitlist is for is promised later, not built now: "a waitlist sign-up for the first
# appointments", "une liste d'attente pour les premiers rendez-vous"
_WAITLIST_FOR = (
    r"\b(?:wait ?list|liste d'attente|lista de espera|warteliste|lista d'attesa)(?:[\s-]+"
    r"sign[- ]?ups?)?\s+(?:for|pour|para|f[üu]r|per)\s+(?:[\w'-]+\s+){0,3}?(?:appointments?|"
    r"bookings?|reservations?|rendez-vous|citas?|reservas?|marca[çc][õo]es|termine?|"
    r"prenotazion[ei]|early access|places?|spots?)\b")
_PAID_ELSEWHERE = (
    r"\b(?:pay(?:ment)?s?|paid|paiements?|pagos?|pagamentos?|pagar|payer|paient|zahlung|"
    r"bezahl\w*|zahl(?:t|en)|pagare|pagamenti|pag(?:a|am|an|amos|ue|uem|uen|ano))\b"
    r"[^.;!?\n]{0,40}?(?:\blater\b|\bafterwards\b|\bin person\b|"
    r"\bin cash\b|\bon (?:pickup|collection|delivery)\b|\bwhen (?:they|you|people) "
    r"(?:collect|pick)|\bdepois\b|\bpessoalmente\b|\bem dinheiro\b|\bna (?:entrega|"
    r"retirada)\b|\bdespu[ée]s\b|\ben persona\b|\ben efectivo\b|\bal recoger\b|"
    r"\bcontra ?entrega\b|\bplus tard\b|\ben personne\b|\ben esp[èe]ces\b|"
    r"[àa] la livraison\b|\bau retrait\b|\bsur place\b|\bsp[äa]ter\b|\bpers[öo]nlich\b|"
    r"\bin bar\b|\bbei (?:abholung|lieferung)\b|\bvor ort\b|\bdopo\b|\bpi[ùu] tardi\b|"
    r"\bdi persona\b|\bin contanti\b|\bal ritiro\b|\balla consegna\b|"
    # … or where and when they come: "pay by card when they arrive", "pagam com cartão na hora"
    r"\bwhen (?:they|you|people|we) (?:arrive|come|get there)|\bon arrival\b|\bat the (?:door|"
    r"desk|counter|till|lesson|class|session|event)\b|\bna hora\b|\bno local\b|"
    r"[àa] l'arriv[ée]e\b|\bau cours\b|\bal llegar\b|\ben el momento\b|\bbei ankunft\b|"
    r"\ball'arrivo\b|\bin loco\b)")

# A spreadsheet brought in is the data apps' CSV import, not a file upload they lack ("I'll
# upload my orders as a CSV export", "je charge le CSV de la caisse", "subo el Excel").
_CSV_IN = (r"\b(?:upload\w*|import\w*|load|charg\w*|t[ée]l[ée]vers\w*|sub[oei]\w*|carg\w*|"
           r"hochlad\w*|lade|lad(?:e|en) \w+ hoch|carreg\w*|envi\w*|caric\w*)\s+"
           r"(?:[\w'-]+\s+){0,5}?(?:as |in |from |en |como |als |come |em )?(?:an? |the |my |our |"
           r"un |une |le |la |el |um |uma |o |a |eine |die |il |lo )?(?:csv|spreadsheet|excel|"
           r"xlsx|tableur|hoja de c[áa]lculo|planilha|tabellenkalkulation|foglio di calcolo)\b")

# A QR code people scan to open the page is how they reach it (their phone's camera reads it;
# any QR generator makes it from the page's address), not a code or a camera the app needs:
# "people scan a QR code, see the menu and order", "un QR sur chaque table".
_QR = r"(?:qr[- ]?codes?|codes? qr|c[óo]digos? qr|codic[ei] qr|qr)"
_QR_TO_PAGE = (
    r"\b(?:scan\w*|escane\w*|scanne\w*|scansion\w*|flash\w*|lee[nr]?|lisent|lire|ler|l[êe]em|l[êe]|"
    rf"legg\w*)\s+(?:\w+\s+){{0,2}}{_QR}\b[^.;!?]{{0,30}}?\b(?:see|open|get to|reach|view|voir|"
    r"ouvr\w*|acc[ée]d\w*|ver|abr\w*|acced\w*|seh\w*|[öo]ffn\w*|aufruf\w*|ved\w*|apr\w*|"
    # and what they do there next: "escanea un QR, elige tapas", "scan the QR and order"
    r"vea\w*|vej\w*|voi\w*|sieh\w*|choos\w*|pick\w*|order\w*|elig\w*|elij\w*|escolh\w*|"
    r"choisi\w*|scegl\w*|w[äa]hl\w*|pid\w*|ped\w*|command\w*|bestell\w*|ordin\w*)|"
    rf"\b{_QR}\s+(?:on|at|auf|sur|en|em|sul|sui|sulle|nas?|nos?)\s+(?:the |each |every |les |la |"
    r"los |las |den |die |os |as |i |le |chaque |cada |jedem |ogni )?(?:tables?|counters?|cart|"
    r"stand|tische?n?|tresen|theke|comptoir|mesas?|tavol\w*|bancone|balc[ãa]o|barra)\b")

# Questions on a page about a place or a product are its FAQ ("answers to the questions
# people ask", "les questions qu'on nous pose")
_QUESTIONS = r"\bquestions\b"

# Words after which a subject goes on with where or what ("B&B in Puglia with …").
_PLACE_WORDS = {"in", "at", "on", "near", "with", "from", "by", "to", "where", "who"}

# BEYOND labels that some shapes do handle.
# What a landing page builds as parts of the page (web.landing): a gallery of the person's
# photos (placeholders they replace: "Fotos", "com portfólio", "a gallery of our cakes"), a
# WhatsApp button (a wa.me link: "botão de contato no whatsapp"), a contact form the visitor
# sends with their own e-mail app (a mailto: form). Asked there, none is "can't build"; the
# summary says each as what it is (web.what). Messages the page would send itself (reminders,
# confirmations, SMS) still are.
_GALLERY = (r"\bgaller(?:y|ies|ia|ie)\b|\bgaleri[ea]s?\b|\bgaler[íi]as?\b|\bportf[óo]li[oa]s?\b|"
            r"\bportefeuille\b")
_SENT_BY_THE_PAGE = (r"\b(?:sms|texts?|text messages?|telegram|remind\w*|notif\w*|confirm\w*|"
                     r"alerts?|broadcast\w*|automati\w*|bulk|lembrete\w*|rappels?|"
                     r"recordatorios?|erinner\w*|promemoria|benachrichtig\w*|avisos?|avisar|"
                     r"avvis\w*|best[äa]tig\w*|conferm\w*|newsletter\w*)\b|"
                     r"\w(?:erinnerung|benachrichtigung|best[äa]tigung)")  # "Terminerinnerungen"


def landing_parts(scan: str, asked: set[str], unsupported: list[str]) -> set[str]:
    """The parts a landing page builds for what ``scan`` (the prompt, read) asks."""
    parts = {"images"} if "images" in asked or re.search(_GALLERY, scan) else set()
    if CONTACT_FORM in unsupported:
        parts.add("contact_form")
    # where people write to the place, asked for or said ("os pedidos são pelo WhatsApp")
    if re.search(_WHATSAPP, scan) and not re.search(_SENT_BY_THE_PAGE, scan):
        parts.add("whatsapp")
    return parts


_HANDLED = {"a calendar view": {"booking"}, "drag and drop": {"board"},
            "time tracking": {"tracker"}, "a newsletter sent by e-mail": {"landing"},
            "a timer or stopwatch": {"landing"},
            "a count of days since the last time": {"calculator", "landing"},
            INTERVALS: {"todo"},
            POINTS: {"leaderboard", "flashcards", "tracker", "calculator", "dashboard"},
            # a sign-up sheet's spots are places booked ("12 spots each, people can book a
            # place"): its bookings are built
            "bookings": {"booking", "signup"}, "exports (CSV/PDF)": set(shapes.ENGINE),
            "PDF exports": set(SHAPES) - set(shapes.ENGINE)}


@dataclass(frozen=True)
class Spec:
    """An offline reading of a prompt; ``notes`` go into the run's summary and ``unfit`` into
    its verdict."""

    prompt: str
    kind: str
    name: str
    subject: str
    pack: Pack
    features: frozenset[str]
    unsupported: tuple[str, ...] = field(default=())
    entity: str = ""
    fields: tuple[str, ...] = field(default=())
    lang: str = "en"
    beyond: str = ""   # the app asked for when no shape is it
    named_fields: tuple[tuple[str, str], ...] = field(default=())
    asked: frozenset[str] = field(default=frozenset())  # "waitlist", "pricing"
    left: tuple[str, ...] = field(default=())  # named things the app does not show yet

    @property
    def model(self) -> str:
        """The main entity and its fields, as the summary states them."""
        return f"{self.entity} ({', '.join(self.fields)})" if self.entity else ""

    @property
    def notes(self) -> str:
        if not self.unsupported:
            return ""
        return ("Offline templates can't add " + _join(self.unsupported)
                + "; add a model (Settings) for that.")

    @property
    def left_note(self) -> str:
        """What the prompt names that the built app does not show yet, said as the person's
        to add (the run is approved: they are content, not something the app can't do)."""
        if not self.left:
            return ""
        *first, last = self.left
        said = f"{', '.join(first)} and {last}" if first else last
        return (f"The app does not show {said} yet; add "
                f"{'it' if len(self.left) == 1 else 'them'} in the page")

    @property
    def fits(self) -> bool:
        return not self.beyond and not self.unsupported

    @property
    def wanting(self) -> str:
        """What was asked and not built, as the verdict names it ("" when nothing); a prompt in
        a language the templates don't write says so beside what was asked."""
        if self.beyond:  # 'what was asked ("…") in Dutch (the offline templates write …)'
            said = next((u for u in self.unsupported if u.startswith(IN_LANG)), "")
            return f"{self.beyond} in {said.removeprefix(IN_LANG)}" if said else self.beyond
        return _join(self.unsupported) if self.unsupported else ""

    @property
    def unfit(self) -> str:
        """What the run's verdict says when the templates built something else than asked
        ("" when they built what was asked)."""
        if self.fits:
            return ""
        what = self.wanting
        about = f" for {self.subject}" if self.subject else ""
        return (f"Offline templates built {BUILT[self.kind]}{about}; they can't build "
                f"{what}: add a model in Settings")

    def has(self, feature: str) -> bool:
        return feature in self.features


# what a calculation is counted in: never what it is about ("Liter · Spritkostenrechner")
_UNITS = (r"(?:liters?|litres?|litros?|litri|km|kms|kilomet\w*|miles?|meilen|millas|milhas|"
          r"miglia|kg|kilos?|grams?|gramm|gramos|metres?|meters?|metros?|metri|euros?|eur|"
          r"dollars?|d[óo]lares|pounds?|libras?|reais|hours?|heures?|horas?|stunden?|ore|"
          r"minutes?|minutos?|minuti|minuten|percent|pour ?cent|por ?ciento|prozent|por ?cento|"
          r"per ?cento|years?|ans?|a[ñn]os|jahre?|anni|anos|months?|mois|meses|monate?|mesi|"
          r"kwh|kw|w|watts?)")


def _calc_subject(subject: str, title: str) -> str:
    """A calculator's subject without a number's leftovers ("TVA % pour mes factures" from
    "TVA à 20 % pour mes factures"), the words its title already says, or a unit ("Liter"):
    walk13 #37."""
    words = [w for w in subject.split() if re.search(r"\w", w)]
    said = {w.lower() for w in re.findall(r"\w+", title)}
    # a number and its unit are an input ("KWh 0" from "Preis pro kWh 0,32 €", "2000 W")
    # a number and its unit are an input ("KWh 0" from "Preis pro kWh 0,32 €", "2000 W"); "bis
    # zu unserer" is the way to a countdown's day, not what it counts to
    lead = re.compile(rf"[\d.,]+%?|%|{_UNITS}|to|until|till|bis|zu[mr]?|unser\w*|our|notre|"
                      r"nuestr[oa]s?|nossa|nosso|nostr[oa]|jusqu'à", re.I)
    measured = bool(words) and lead.fullmatch(words[0])
    while words and lead.fullmatch(words[0]):
        words.pop(0)
    while words and (words[0].lower() in said or re.fullmatch(
            r"(?:pour|para|per|f[üu]r|for|de|du|des|of|mes|mis|my|meine[n]?|i miei|le mie|"
            r"os meus|as minhas|le|la|les|el|los|las)", words[0], re.I)):
        words.pop(0)
    left = " ".join(words)
    if re.fullmatch(rf"{_UNITS}(?:\s+{_UNITS})*", left or subject, re.I):
        return ""
    return left if measured or (left and re.search(r"[^\w\s'’-]", subject)) else subject


def _said_by(title: str, subject: str) -> bool:
    """Whether ``title`` already says most of ``subject`` ("Custo da energia elétrica" says
    "custo de energia elétrica"): the app is then named by the title alone."""
    words = [w for w in re.findall(r"\w{4,}", calcs.plain(subject))]
    said = set(re.findall(r"\w{4,}", calcs.plain(title)))
    return len(words) >= 2 and sum(w in said for w in words) * 2 > len(words)


# How the verdict says a prompt's language is not one the templates write, and which they do.
IN_LANG = "an app in "
LANGS_WRITTEN = ("the offline templates write apps in English, French, Spanish, German, "
                 "Portuguese and Italian")
# Languages written in their own script: most of a prompt's letters in it.
_SCRIPTS = (("Japanese", r"[\u3040-\u30ff\u31f0-\u31ff]"), ("Korean", r"[\uac00-\ud7af\u1100-\u11ff]"),
            ("Chinese", r"[\u4e00-\u9fff]"), ("Russian or another Cyrillic-script language",
                                              r"[\u0400-\u04ff]"),
            ("Greek", r"[\u0370-\u03ff]"), ("Arabic", r"[\u0600-\u06ff]"),
            ("Hebrew", r"[\u0590-\u05ff]"), ("Hindi", r"[\u0900-\u097f]"),
            ("Thai", r"[\u0e00-\u0e7f]"))
# Languages the templates do not write, by their own letters and most common words: a prompt
# in one of them gets an app in another language, which the verdict says.
_OTHER_LANGS = (
    ("Polish", r"[ąęłśźżń]|\b(?:dla|jest|się|mój|moja|moje|nasz\w*|chcę|potrzebuję|lista|"
               r"który|która|oraz|albo|żeby)\b"),
    ("Dutch", r"\b(?:ik|wil|een|het|voor|van|mijn|onze|ons|graag|wij|jullie|maar|ook|niet|"
              r"zijn|kunnen|waar|welke|elke|wordt|lijst|bij|mij)\b"),
    ("Swedish, Danish or Norwegian", r"[åøæ]|\b(?:och|jag|vill|för|med|til|og|jeg|vil|har|"
                                     r"kan|vår|vores|våre)\b"),
    ("Turkish", r"[ığş]|\b(?:için|bir|ve|ile|istiyorum)\b"),
    ("Czech", r"[řěůč]|\b(?:pro|naše|chci|který|která)\b"),
)


def other_language(prompt: str) -> str:
    """The language of ``prompt`` when it is none of the six the templates write ("" when
    it is one of them): three or more of another language's marks, and more of them than
    the six languages' own function words."""
    text = prompt.lower()
    letters = len(re.findall(r"[^\W\d_]", text))
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    for name, script in _SCRIPTS:
        found = len(re.findall(script, text))
        if name == "Japanese" and found >= 2:  # kana among Chinese characters
            found += han
        if found >= 3 and found * 3 >= letters:
            return name
    words = len(re.findall(r"[^\W\d_]+", text))
    ours = sum(1 for w in re.findall(r"[^\W\d_]+", text) if w in i18n._WEIGHT)
    for name, marks in _OTHER_LANGS:
        found = len(re.findall(marks, text))
        if found >= 3 and found > ours and words >= 4:
            return name
    return ""


def quoted(prompt: str, most: int = 120) -> str:
    """``prompt`` as a verdict quotes it: whole when short, else cut at a word's end with "…"
    ("…tre livelli di diffi" read as a typo)."""
    text = " ".join(prompt.split())
    if len(text) <= most:
        return text
    cut = text[:most + 1].rsplit(" ", 1)[0] if " " in text[:most + 1] else text[:most]
    return cut.rstrip(" ,;:.-–—") + "…"


# A feature word asks for the feature only where the person asks for it in the app
# (docs/ARCHITECTURE.md, "Offline templates"):
# not as one side of a word pair ("chat = cat", "chien – dog"), not as people who book or
# write to the business ("couples booking us"), not in a clause that tells how things are done
# now ("we text each other on WhatsApp", "d'habitude on s'écrit par SMS").
_PAIR_SIGN = r"(?:=|→|->|⇒|↔)"
_DASH_PAIR_AFTER = re.compile(r"\s+[-–—]\s+[\w'-]+(?:\s+[\w'-]+)?\s*(?:[,;]|$)")
_DASH_PAIR_BEFORE = re.compile(r"(?:^|[,;:]\s*)[\w'-]+(?:\s+[\w'-]+)?\s+[-–—]\s+$")
# the people who book or write to the business: "couples booking us", "clients texting me"
_BY_THEM = re.compile(r"\s+(?:us|me|him|her|them)\b")
# words that ask for something in the clause: asking, a modal, what the app lets or does
# ("where", "so that"), in the six languages
_CLAUSE_ASKS = re.compile(
    r"\b(?:can|could|should|must|will|would|let|lets|allow\w*|able|may|might|please|"
    r"with|where|so (?:that|(?:i|we|you|they|people|everyone|it) (?:can|could|may))|if|"
    r"when|want\w*|need\w*|like|wish|add|include|have to|has to|"
    r"peu\w*|pourr\w*|puiss\w*|doi\w*|devr\w*|faut|permet\w*|avec|o[uù]|pour que|afin|"
    r"veu\w*|voudr\w*|aimer\w*|besoin|quand|"
    r"pued\w*|pueda\w*|podr\w*|deb\w*|permit\w*|con|donde|para que|quier\w*|quisi\w*|"
    r"necesit\w*|gustar\w*|cuando|"
    r"k[öo]nn\w*|soll\w*|muss\w*|m[üu]ss\w*|darf|d[üu]rf\w*|erlaub\w*|lass\w*|mit|wo|damit|"
    r"will|woll\w*|m[öo]cht\w*|brauch\w*|wenn|falls|"
    r"pod\w*|poss\w*|dev\w*|com|onde|pra que|quer\w*|precis\w*|gostar\w*|quando|"
    r"pu[òo]|potr\w*|permett\w*|dove|perch[ée]|affinch[ée]|vogli\w*|vorr\w*|serv\w*|"
    r"bisogn\w*)\b|\?|^\W*$")
# how things are done now or were done: the clause is the person's context
_AS_NOW = re.compile(
    r"\b(?:right now|at the moment|currently|usually|normally|these days|so far|until now|"
    r"at present|keeps? \w+ing|used to|actuellement|en ce moment|d'habitude|habituellement|"
    r"jusqu'ici|jusqu'[àa] pr[ée]sent|pour l'instant|ahora mismo|actualmente|de momento|"
    r"por ahora|normalmente|hasta ahora|derzeit|momentan|im moment|bisher|normalerweise|"
    r"zur zeit|zurzeit|atualmente|por enquanto|at[ée] agora|hoje em dia|attualmente|"
    r"al momento|per ora|finora|di solito|solitamente)\b|"
    # … said with "today" opening its clause ("Aujourd'hui tout passe par des SMS que je
    # recopie", spar28 #41); not "today's bookings"
    r"^\W*(?:(?:and|but|et|mais|y|pero|und|aber|e|mas|ma)\s+)?(?:today|aujourd'hui|hoy|heute|"
    r"hoje|oggi)\b(?!')|"
    # what is done elsewhere, said as it is: "os pedidos são pelo WhatsApp", "orders are by
    # phone", "les réservations se font par SMS", "tout passe par des SMS"
    r"\b(?:are|is|go|goes|come|happen|s[ãa]o|é|è|chegam|son|es|llegan|sont|se font|arrivent|"
    r"passe|passent|pasa|pasan|passa|passam|passano|"
    r"sind|laufen|l[äa]uft|gehen|geht|kommen|sono|arrivano|avvengono)\s+(?:\w+\s+)?(?:via|by|"
    r"through|over|pelo|pela|por|par|sur|[üu]ber|per|tramite)\b|"
    # the person's own doing, said as it is: "we text each other", "on s'écrit", "wir schreiben"
    r"^\W*(?:(?:and|but|et|mais|y|pero|und|aber|e|mas|ma)\s+)?(?:we|i|on|nous|je|j'|"
    r"nosotros|wir|ich|n[óo]s|a gente|noi)\s+(?:\w+\s+)?(?:each other|s'|se |nos |uns |ci |sich )?|"
    # … with the people they do it with: "my friends and i chat on whatsapp", "mes amis et moi
    # on s'écrit", "mis amigos y yo", "meine Freunde und ich", "eu e meus amigos", "io e i miei"
    r"^\W*(?:(?:and|but|et|mais|y|pero|und|aber|e|mas|ma)\s+)?(?:(?:my|our|mes|nos|mis|"
    r"nuestr[oa]s|meine|unsere|os meus|as minhas|meus|minhas|i miei|le mie)\s+(?:\w+\s+){1,2}"
    r"(?:and|et|y|und|e)\s+(?:i|me|moi|yo|ich|eu|io)|(?:i|me|moi|yo|ich|eu|io)\s+(?:and|et|y|"
    r"und|e)\s+(?:my|our|mes|nos|mis|nuestr[oa]s|meine|unsere|os meus|as minhas|meus|minhas|"
    r"i miei|le mie|mia|mio)\s+\w+)\b")


# a feature's name that is a contact kept for each person: "WhatsApp number", a list of fields
# "nome, whatsapp e tamanho da camiseta" (with a name, a phone or an e-mail beside it)
_A_NUMBER = r"\s*(?:numbers?|no\.|nr\.?|nummer|num[ée]ro|n[úu]mero)\b"
_FIELD_ITEM = re.compile(r"\b(?:names?|nome|nom|nombre|vorname|phone|telefone?|t[ée]l[ée]phone|"
                         r"tel[ée]fono|e-?mail|age|[âa]ge|edad|idade|et[àa]|alter)\b")


def _whole_item(text: str, m: re.Match) -> bool:
    """Whether ``m`` is one whole item of a comma list ("name, whatsapp and size")."""
    sep = r"(?:,|\band\b|\bet\b|\by\b|\bund\b|\be\b|\bo\b|\bor\b|\bou\b|\boder\b)"
    return bool(re.search(rf"(?:[,:]|{sep})\s*$", text[:m.start()])
                and re.match(rf"\s*(?:{sep}|[.;]|$)", text[m.end():]))


def _clause(text: str, at: int, end: int) -> str:
    """The clause around ``at``..``end``: up to the sentence's ends and a dash or "but"."""
    cut = r"[.;:!?,\n]|\s[-–—]\s|\b(?:but|mais|pero|aber|mas|ma)\b"
    start = max((m.end() for m in re.finditer(cut, text[:at])), default=0)
    stop = re.search(cut, text[end:])
    return text[start:end + stop.start() if stop else len(text)]


# a file format said as a thing's own ("patterns in PDF", "moldes em PDF", "als PDF"), and
# the verbs that make one ("export as PDF", "gerar em PDF", "als PDF herunterladen")
_IN_FORMAT = (r"\b(?:in|as|en|em|como|als|come|au format|en formato|em formato|in formato|"
              r"im format|format)\s+(?:an?\s+|un\s+|une\s+|um\s+|uma\s+)?$")
# … but a document the app must make for each order, booking or person is an export asked,
# however its format is said ("las facturas en PDF para cada pedido", "sa facture en PDF",
# "the invoice as PDF", "die Rechnungen als PDF": review27 #15)
_DOCUMENT_MADE = (r"\b(?:invoices?|receipts?|tickets?|certificates?|reports?|bills?|quotes?|"
                  r"vouchers?|confirmations?|labels?|statements?|factures?|re[çc]us?|billets?|"
                  r"certificats?|rapports?|devis|attestations?|bons?|facturas?|recibos?|"
                  r"entradas?|certificados?|informes?|presupuestos?|comprobantes?|faturas?|"
                  r"bilhetes?|relat[óo]rios?|or[çc]amentos?|comprovantes?|rechnung(?:en)?|"
                  r"quittung(?:en)?|belege?|zertifikate?|berichte?|bescheinigung(?:en)?|"
                  r"angebote?|fatture?|fattura|ricevut[ae]|bigliett[oi]|certificat[oi]|"
                  r"rapport[oi]|relazion[ei]|preventiv[oi])\b[^.;!?\n]{0,30}$")
_MADE_INTO = (r"\b(?:export\w*|download\w*|print\w*|generat\w*|sav(?:e|es|ing)|creat\w*|"
              r"t[ée]l[ée]charg\w*|imprim\w*|g[ée]n[ée]r\w*|enregistr\w*|export\w*|descarg\w*|"
              r"baix\w*|ger(?:a|ar|e)\w*|herunterlad\w*|drucken|druck\w*|erzeug\w*|"
              r"speicher\w*|scaric\w*|stamp\w*|salv\w*|guard\w*)\b")


def _incidental(text: str, m: re.Match, kind: str) -> bool:
    """Whether the feature word ``m`` of ``text`` names something other than a feature asked
    for in the app: a side of a word pair, the people who book or write to the business, or a
    word of a clause that says how things are done now (no asking or modal word in it)."""
    before, after = text[:m.start()], text[m.end():]
    if re.match(rf"\s*{_PAIR_SIGN}", after) or re.search(rf"{_PAIR_SIGN}\s*$", before):
        return True
    if kind == "flashcards" and (_DASH_PAIR_AFTER.match(after)
                                 or _DASH_PAIR_BEFORE.search(before)):
        return True
    if m.group().endswith("ing") and _BY_THEM.match(after):
        return True
    # the sentence without the match: the fields named beside it
    start = max(text.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
    sentence = re.split(r"[.;!?\n]", f"{text[start:m.start()]} {after}", maxsplit=1)[0]
    # a field named beside it was blanked from ``text`` (spec.read): ":  , whatsapp"
    beside = re.search(r"[:,]\s*,\s*$", before)
    if re.match(_A_NUMBER, after) or (_whole_item(text, m) and (
            beside or _FIELD_ITEM.search(sentence))):
        return True
    clause = _clause(text, m.start(), m.end())
    if m.group() == "pdf" and re.search(_IN_FORMAT, before) and not re.search(_MADE_INTO,
                                                                              clause) \
            and not re.search(_DOCUMENT_MADE, before[-60:]):
        return True  # "moldes de crochê em PDF": what is sold or kept, no export asked
    return bool(_AS_NOW.search(clause)) and not _CLAUSE_ASKS.search(clause)


def _requested(pattern: str, text: str, kind: str) -> bool:
    """Whether ``pattern`` (a feature's words) is asked for in ``text``: said somewhere that is
    not incidental (_incidental)."""
    return any(not _incidental(text, m, kind) for m in re.finditer(pattern, text))


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked, one space a character."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _join(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def choose(prompt: str) -> str:
    return reader.detect(prompt).shape


# An amount of money as people write it: "29 €/mois", "$15", "R$ 40", "12,50 EUR".
MONEY = (r"(?:(?:[€$£]|R\$|US\$)\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|\$|£|eur\b|"
         r"euros?\b|dollars?\b|pounds?\b|reais\b|chf\b|fr\.))(?:\s?/\s?[^\W\d]+\.?)?")
# Prices asked for, or stated (a page then shows the prompt's own).
_PRICING = (r"pric|\bprix\b|\bplans?\b|tarif|precios|preise|pre[çc]os|prezzi|abonnement|"
            r"subscription|" + MONEY)
# a sign-up form asked for: "sign-up", or helpers' sign-up in the other languages
# ("inscription des bénévoles", "Anmeldung für Helfer")
WAITLIST = _WAITLIST = (
    r"wait ?list|liste d'attente|lista de espera|warteliste|lista d'attesa|sign[- ]?ups?|"
    r"\b(?:inscriptions?|inscripci[oó]n|anmeldung|inscri[çc][ãa]o|iscrizion[ei])\s+(?:\w+\s+)?"
    r"(?:des|de|dos|das|der|f[üu]r|per|dei|delle|degli|of)?\s*(?:b[ée]n[ée]voles|"
    r"voluntari[oa]s|volunt[áa]ri[oa]s|helfer\w*|volontari|volunteers|helpers)\b")


# A place's page asked to let people register for what it offers ("mit Anmeldung", "un modulo
# di iscrizione", "registration"): the page's sign-up form, as a waitlist's, saying where the
# sign-ups go (web.landing words it as a sign-up, not a waitlist)
REGISTER = (r"\bregist(?:er|ers|ration|rations)\b|\benrol(?:l|ls|ment|ments|ling)?\b|"
            r"\bsign(?:ing)?[- ]?ups?\b|\binscriptions?\b|\bs'inscrire\b|"
            r"\binscripci[oó]n(?:es)?\b|\binscribirse\b|\bapuntarse\b|\banmeldung(?:en)?\b|"
            r"\banmelde\w*|\banmelden\b|\binscri[çc](?:ão|ões|ao|oes)\b|\binscrever(?:-se)?\b|"
            r"\biscrizion[ei]\b|\biscriver(?:si|ti)\b|\biscriviti\b")
# A place's page asked to take appointments, in the six languages ("un bouton pour prendre
# rendez-vous", "botón para pedir cita", "Terminbuchung", "marcar consulta", "prenotare un
# appuntamento"): no landing page books one, which the verdict says as English's
# "appointments" already did (walk24 #11)
BOOK_A_TIME = (r"\b(?:prendre|prise de|r[ée]server|fixer|caler)\s+(?:un\s+)?rendez-vous\b|"
               r"\brendez-vous en ligne\b|\b(?:pedir|reservar|solicitar|agendar|sacar|coger)\s+"
               r"(?:una\s+)?cita\b|\bcitas?\s+(?:online|en l[íi]nea|previa)\b|"
               r"\btermin(?:e|en)?\s+(?:online\s+)?(?:buchen|vereinbaren|reservieren)\b|"
               r"\btermin(?:buchung|vereinbarung|reservierung)\w*|\bonline-?termin\w*|"
               r"\b(?:marcar|agendar|reservar)\s+(?:uma?\s+)?(?:consultas?|hor[áa]rios?|"
               r"sess[ãa]o|sess[õo]es|aulas?|atendimento)\b|"
               r"\bagendamento\s+(?:online|de\s+(?:consultas?|hor[áa]rios?|sess[õo]es|aulas?))\b|"
               r"\b(?:prenotare|fissare|prenota)\s+(?:un\s+|una\s+)?(?:appuntament[oi]|"
               r"visit[ae]|sedut[ae]|lezion[ei])\b")


def prices(prompt: str, wholes: bool = False) -> list[tuple[str, str]]:
    """The prices a prompt states, with what each is for ("coupe femme 29 €" → ("Coupe
    femme", "29 €")), in the order given; [] when it states none. ``wholes``: a list of
    things each with a number is priced (a menu's "carbonara 12, amatriciana 11")."""
    out = []
    # a requirement's number ("3) A leaderboard") is no price, nor is a time's hour ("Monday
    # 18:00" read as "Monday 18" made "Pricing: Monday £18": walk13 #33)
    prompt = re.sub(r"(?:^|(?<=[.;:!?,])|(?<=[.;:!?,]\s))\d{1,2}[.)]\s+(?=[^\W\d_])", "; ",
                    prompt)
    # a count or a word in brackets before the price is part of a thing's name: "tequeños (6)
    # 5 €" (walk23 #8 dropped it), "Diavola (piccante) 8", "Regina (jambon, champignons) 11"
    # (named24: both were dropped, the brackets splitting the item)
    # (each bracket is one sign through the split and the trim, its words none of theirs)
    held: list[str] = []

    def hold(m: re.Match) -> str:
        if len(held) == 32:
            return m.group()
        held.append(m.group(1))
        return f" {chr(_HELD + len(held) - 1)}"

    prompt = re.sub(r"(?<=[^\W\d_])\s*(\((?:\d{1,3}|[^\W\d_][^()\d€$£:;]{0,59})\))"
                    r"(?=\s*(?:[$€£]|R\$)?\s*\d)", hold, prompt)
    chunks = re.split(r"(?<!\d),|,(?!\d)|[;()]|(?<!\d):|:(?!\d)|\.\s+(?=[A-ZÀ-Ý])", prompt)
    # the menu's own words before its first item go: "cardápio da minha pastelaria com pastel
    # de carne R$ 8" (walk16 #5 named the dish "Cardápio da minha pastelaria")
    parts = [p for chunk in chunks for p in _items(chunk)]  # "1,20 €" is one
    first = re.search(MONEY, prompt, re.I)
    # the currency a list's bare amounts are in: a price's sign, or the one the prompt names
    # ("con precios en euros: café 1,50, tostada 2,20"; none: "flat white 3.20, latte 3.40")
    model = first.group().strip() if first else _SIGNS.get(next(
        (w.lower()[:3] for w in re.findall(_CURRENCY_NAMED, prompt, re.I)), ""), "0")
    cents = sum(bool(re.search(_BARE_AMOUNT, p)) for p in parts if not re.search(MONEY, p, re.I))
    whole = sum(bool(re.search(_BARE_WHOLE, p)) for p in parts if not re.search(MONEY, p, re.I))
    # amounts beside priced items are prices, and so are whole ones listed beside one with
    # cents ("Margherita 7, Diavola 8,50, Capricciosa 9": walk14 #8 showed a sample menu)
    listed = bool(first) or cents >= 2 or (cents >= 1 and cents + whole >= 3) or (
        wholes and cents + whole >= 2)
    for part in parts:
        m = re.search(MONEY, part, re.I)
        if m and m.group().rstrip()[-1:] in "€$£" and re.match(r"\d", part[m.end():]):
            # "gift box of 3 $32": the sign is the next number's (walk22 #6 priced it $3)
            m = re.compile(MONEY, re.I).search(part, m.end() - 1)
        price = m.group().strip() if m else ""
        # "Eier 3,50, Honig 6,90 €": an amount with cents beside priced items is a price in
        # their currency, and so is a whole one ending an item ("zumo de naranja 3")
        bare = None if m or not listed else re.search(_BARE_AMOUNT, part) or \
            re.search(_BARE_WHOLE, part)
        if bare:
            m = re.search(re.escape(bare.group(1)), part)
            price = re.sub(r"\d+(?:[.,]\d+)?", bare.group(1), model, count=1)
        if not m:
            continue
        if re.fullmatch(_FROM, part[:m.start()].strip(), re.I) and part[m.end():].strip():
            # "da 80 euro a notte": from that price, for what follows it (a night)
            out.append((shapes.cap(part[m.end():].strip(" .")),
                        f"{part[:m.start()].strip()} {_money_sign(price)}"))
            continue
        label = re.sub(r"\s*(?:[=–—-]|\bà|\bfor|\bpor|\bper|\bfür|\bpour|\bat|\ba)\s*$", "",
                       part[:m.start()].strip(), flags=re.I)
        # a quantity's decimal comma is no clause's end: "Kartoffeln 2,5 kg"
        label = re.sub(r"(\d),(\d)", "\\1\x00\\2", label)
        label = (shapes.trim_subject(label) or shapes.trim_subject(part[m.end():])).replace(
            "\x00", ",")
        label = re.sub("[\ue000-\ue00f]", lambda m: f" {_JOINS[ord(m.group()) - 0xE000]} ",
                       label)
        label = re.sub(f"[{chr(_HELD)}-{chr(_HELD + 31)}]", lambda m: held[ord(m.group()) - _HELD],
                       label)
        # "a tune-up is 40 pounds", "une coupe coûte 25 €": the thing, then its price (£40)
        label = re.sub(_COSTS, "", re.sub(_ARTICLE, "", label, flags=re.I), flags=re.I)
        if out and re.match(_ELIDED, label, re.I):
            # the thing said once for two: "sapone all'olio d'oliva 6 €, alla lavanda 7 €" is
            # a lavender soap (walk22 #15 sold "Alla lavanda")
            label = f"{out[-1][0].split()[0]} {label[:1].lower()}{label[1:]}"
        if label and len(label.split()) <= 5:
            out.append((shapes.cap(label), _money_sign(price)))
    return out[:8]


# the first of the signs a bracket in an item's name stands for through prices()
_HELD = 0xE020


# an item that starts with what the one before is made of or with: its name is that one's
_ELIDED = (r"(?:alla|allo|alle|al|ai|all['’]|à la|à l['’]|au|aux|a la|con|avec|mit|com|ao|"
           r"à|with)\s")


# a price said as where prices start: "from $40", "dès 35 €", "da 80 euro", "ab 20 €"
_FROM = (r"(?:from|starting at|dès|des|à partir de|a partir de|desde|ab|da|a partire da|"
         r"de|just|only|seulement|solo|nur|só)")


# the words a dish's name may hold ("mac and cheese", "Currywurst mit Pommes"), which end a
# subject's words: kept as one sign each through its trim
_JOINS = ("and", "et", "y", "e", "und", "plus", "or", "ou", "o", "oder", "with", "avec", "con",
          "mit", "com")
_JOIN = r"\s(and|et|y|e|und|plus|or|ou|o|oder)\s"


def _items(chunk: str) -> list[str]:
    """A list's items between its commas: "Margherita 7 e Diavola 8" two, "piadina crudo e
    squacquerone 7€" and "mac and cheese 9 dollars" one each (a dish with "and" in its name:
    the words before it have no price, and the list has prices)."""
    chunk = re.sub(_LIST_HEAD, "", chunk, count=1, flags=re.I)
    parts = re.split(_JOIN, chunk, flags=re.I)
    words, joins = parts[::2], parts[1::2]
    # (a bare price ends it too: "piadina crudo e squacquerone 7" is one dish, named24)
    if len(words) == 1 or (not re.search(MONEY, chunk, re.I) and not all(
            re.search(r"\d", w) for w in words) and not re.search(r"[^\W\d_]\s+\d{1,4}(?:[.,]\d{2})?\s*$", chunk)):
        return [_kept(w) if re.search(r"\d", w) else w for w in words]
    out, held = [], ""
    for i, part in enumerate(words):
        if re.search(r"\d", part) or len(part.split()) > 3:
            out.append(_kept(held + part))
            held = ""
        else:  # no price yet: the start of the next item's name
            held += part + chr(0xE000 + _JOINS.index(joins[i].lower())) if i < len(joins) else ""
            if i == len(joins):
                out.append(held + part)
    return out


def _kept(item: str) -> str:
    """``item`` with the words inside its name kept through the subject's trim."""
    # ("caixa com 6 R$ 30": a box of six, priced after it)
    return re.sub(r"(?<=\S)\s(with|avec|con|mit|com)\s(?=[^\d\W]|\d+\s+(?:[^\d\s]))",
                  lambda m: chr(0xE000 + _JOINS.index(m.group(1).lower())), item, flags=re.I)


# a menu or a shop named before the list it opens: "cardápio da minha pastelaria com", "the
# menu of our café with"
_LIST_HEAD = (r"^.*\b(?:my|our|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|mein\w*|unser\w*|meu|"
              r"minha|nosso|nossa|mio|mia|nostr[oa]|menu|men[úù]|card[áa]pio|carta|carte|"
              r"speisekarte|karte|preisliste|price list|lista de pre[çc]os|listino)\b.*?\b"
              r"(?:with|com|con|avec|mit|including|featuring)\s+")
_ARTICLE = r"^(?:an?|the|une?|el|la|um|uma|ein|eine|il|lo)\s+"
_COSTS = (r"\s+(?:co[ûu]te(?:nt)?|costs?|is|are|cuesta|cuestan|kostet|kosten|custa|custam|"
          r"costa|costano|est|es|ist|è|é|vaut|vale)$")


def _money_sign(price: str) -> str:
    """A price said in words with its sign: "40 pounds" → "£40", "12 dollars" → "$12"."""
    m = re.fullmatch(r"(\d+(?:[.,]\d{1,2})?)\s*(pounds?|dollars?)", price.strip(), re.I)
    return f"{'£' if m.group(2).lower().startswith('p') else '$'}{m.group(1)}" if m else price


# the part's one number, at its end: "Eier 3,50" (not "open 9.30 to 18.00")
# "Bier 0,5 l 4,00" too: a number before the price only as a quantity with its unit
_BARE_AMOUNT = (r"^\s*(?:\D*?|[^\W\d_]\D*?\s\d+(?:[.,]\d+)?\s?(?:l|ml|cl|dl|kg|g|lb|oz|x)\.?\s)"
                r"(\d{1,4}[.,]\d{2})\s*"
                # a word on what it is may follow: "caña 1,50 cerveza" (walk22 #18 dropped it)
                r"(?:(?!(?:l|ml|cl|dl|kg|g|lb|oz|x|km|m|h|min|uhr|am|pm|pcs|st[üu]ck)\b)"
                r"[^\W\d_]{3,}(?:\s[^\W\d_]+)?\s*)?$")
# a thing then a whole amount, closing a list item: "zumo de naranja 3" (not "max 6", "table 4")
_BARE_WHOLE = (r"^\s*[^\W\d_][^\d]{0,40}?(?<!\bmax)(?<!\bper)(?<!\bpar)(?<!\bpor)"
               r"(?<!\btop)(?<!\bpro)\s(\d{1,3})\s*$")
_CURRENCY_NAMED = (r"\b(?:euros?|eur|dollars?|d[óo]lares|pounds?|libras?|sterling|reais|real)\b")
_SIGNS = {"eur": "0 €", "dol": "$0", "dól": "$0", "pou": "£0", "lib": "£0", "ste": "£0",
          "rea": "R$ 0"}


_AFTER_NAME = (r"\s*(?:[.,;:!]|$|\s(?:with|for|that|which|where|avec|pour|con|para|mit|für|com|per|"
               r"selling|sells|offering|vendant|vendiendo|vendendo)\b)")
# a place's own name after its noun: "my barber shop, Fade Factory, with …", "mon salon,
# Chez Lulu, avec …", "mi peluquería, Tijeras de Oro, con …", "il mio barbiere, Forbici d'Oro"
_APPOSED = re.compile(
    r"\b(?:my|our|mon|ma|notre|mi|mis|nuestr[oa]|minha|meu|nossa|nosso|mio|mia|nostr[oa]|"
    r"meine[mnr]?|unser(?:e[mnr]?)?)\s+[^\W\d](?:(?!\s(?:with|mit|avec|con|com|and|und|et|y|e)\s)"
    r"[\w'’ -]){1,40}?,\s+"
    r"((?:[A-Z0-9][\w'’&-]*|d['’][A-Z][\w-]*)(?:\s+(?:[A-Z0-9][\w'’&-]*|d['’][A-Z][\w-]*|de|del|"
    r"do|da|di|du|des|la|le|los|las|of|the|&|and|y|et|e|und))*)" + _AFTER_NAME)


_PLACE_NAMED = re.compile(
    r"(?P<noun>(?i:\b(?:studio|shop|salon|caf[eé]|coffee shop|bakery|restaurant|pub|gym|clinic|"
    r"boutique|bistro|pizzeria|barbershop|barber shop|padaria|boulangerie|panader[íi]a|"
    r"panetteria|p[âa]tisserie|trattoria|taqueria|taquer[íi]a|hamburgueria|lanchonete|"
    r"business|company|service)))"
    r",?\s+((?:[A-Z][\w'’&-]+)(?:\s+(?:[A-Z][\w'’&-]+|&|(?:on|of|the|to)(?=\s+[A-Z])))*)"
    r"\s*(?:[.,;:!]|$|\s(?:in|at|on|near|à|en|em|no|na|a|with|for|that|which|where|avec|pour|"
    r"con|para|mit|für|com|per)\b)")  # _AFTER_NAME, and a place after the name


# A name in double quotes right after what it names: 'my dog grooming van "Suds & Tails"',
# 'notre café « Le Petit Four »' (whole, with its "&": walk14 #18 cut it to "Suds &")
_QUOTED_NAME = re.compile(
    r"\b(?:my|our|mon|ma|notre|mi|mis|nuestr[oa]|minha|meu|nossa|nosso|mio|mia|nostr[oa]|"
    r"meine[mnr]?|unser(?:e[mnr]?)?)\s+(?P<what>[^\W\d][\w'’ -]{0,40}?)[\s,:]\s*[\"“«„]\s*"
    r"(?P<name>[^\W_][^\"“”«»„\n]{0,40}?)\s*[\"”»“]")


# a web address said as a name: "Acme.io", "my-shop.de", "Café.app"
_DOMAIN = (r"(?<![\w@/.])[^\W_][\w-]*(?:\.(?:io|app|com|net|org|dev|ai|co|shop|store|de|fr|es|it|"
           r"pt|br|uk|eu|ch|at|nl|be|me|tv|xyz))+(?![\w.-])")


# The habits a tracker is for, named after it: "a habit tracker for reading and running",
# "un suivi d'habitudes pour la lecture et la course" (dataapp reads them as its habits)
HABITS_FOR = (r"\b(?:habits?|habitudes?|h[áa]bitos?|gewohnheiten|abitudini)(?:[ -]tracker)?\s+"
              r"(?:for|pour|para|f[üu]r|per|de)\s+([^.;:!?()]+)")


def _first_habit(said: str, subject: str) -> bool:
    """Whether ``subject`` is only the first of two or more habits the tracker is said to be
    for ("a habit tracker for running and stretching": the second is as much its subject)."""
    m = re.search(HABITS_FOR, said, re.I)
    if not m or not re.search(r",|\s(?:and|et|y|und|e|ed)\s", m.group(1)):
        return False
    first = re.split(r",|\s(?:and|et|y|und|e|ed)\s", m.group(1))[0].lower()
    return subject.lower().endswith(first.strip()) or first.strip().endswith(subject.lower())


def _where_too(prompt: str, subject: str) -> str:
    """A blog's ``subject`` with where it happens, said right after it: "viaggio in bici lungo
    il Danubio", "huertos urbanos en el balcón" (walk18 #17 kept "Viaggio", "Huertos
    urbanos"); ``subject`` when nothing such follows. At most seven words."""
    at = prompt.lower().find(subject.lower())
    rest = prompt[at + len(subject):] if at >= 0 else ""
    if not re.match(r"\s+(?:in|en|im|em|no|na|nel|nella|nei|lungo|along|across|through|"
                    r"around|durch|[àa]|au|aux|por|per|sur|auf|über)\s+\w", rest, re.I):
        return subject
    longer = shapes.trim_subject(prompt[at:])
    # … and through where: "viajes en moto por Marruecos" (walk19 #9 stopped at "por", which
    # more often says why or by whom)
    if (through := re.match(rf"{re.escape(longer)}(\s+(?:por|par|pelo|pela|per)\s+"
                            r"[A-ZÀ-Ý][\w'’-]+)(?=\s*(?:[,.;:!?]|$))", prompt[at:])):
        longer += through.group(1)
    return longer if len(longer.split()) <= 7 and len(longer) > len(subject) else subject


def _town_of(prompt: str, subject: str) -> str:
    """Where a place named in one word is, as the prompt says it ("in Freiburg", "à Lyon"),
    or "": a town's name in capitals after the word, no day or time."""
    if len(subject.split()) != 1:
        return ""
    m = re.search(rf"(?<!\w){re.escape(subject)}\s+((?:in|à|a|en|em|in|at|bei|près de|"
                  r"perto de|cerca de|vicino a|near)\s+[A-ZÀ-Ý][\w'’-]+(?:[ -](?:am|an|im|de|"
                  r"del|di|do|da|sur|upon|on)?\s?[A-ZÀ-Ý][\w'’-]+)?)(?=\s*(?:[,.;:!]|$)|\s+(?:with|mit|"
                  r"avec|con|com|and|und|et|y|e)\s)",
                  prompt, re.I)
    return m.group(1) if m and m.group(1).split()[-1][:1].isupper() and not hours.says_when(
        m.group(1)) else ""


def explicit_name(prompt: str) -> str | None:
    quoted_name = _QUOTED_NAME.search(prompt)
    if quoted_name and len(quoted_name.group("name").split()) <= 6:
        return quoted_name.group("name").strip()
    m = re.search(r"\b(?:called|named|nomm[ée]e?|appel[ée]e?|llamad[oa]|namens|chamad[oa]|"
                  r"chiamat[oa])\s+[\"'“«„]?([^\W_][\w \-&'’+]{1,40}?)[\"'”»“]?" + _AFTER_NAME,
                  prompt)
    if m:
        return m.group(1).strip()
    m = _APPOSED.search(prompt)
    # in German every noun is capitalised: a name set off by commas is closed by one (or the
    # sentence's end), "mit meinen Kollegen, Punkte für richtige Tipps" names nothing (walk17)
    german_noun = m and i18n.guess(prompt) == "de" and not re.match(
        r"\s*(?:[.,;:!]|$)", prompt[m.end(1):])
    # nor is one of a list of names ("players Raj, Mei, Tom, Sara": walk17 #8 named it 'Mei')
    german_noun = german_noun or (m and re.match(r"\s*,\s*[A-ZÀ-Ý]", prompt[m.end(1):]))
    # nor a town's state or country said after it ("my bakery in Ames, IA with …")
    state = m and re.fullmatch(r"[A-Z]{2}", m.group(1)) and re.search(
        r"\b(?:in|at|near|à|en|em|a|im|bei)\s+[A-ZÀ-Ý][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*)*,\s*$",
        prompt[:m.start(1)])
    if m and not german_noun and not state and not re.search(r"\d", m.group(1)) and not \
            hours.says_when(m.group(1)) and re.sub(r"^d['’]", "", m.group(1).split()[-1])[:1].isupper():
        return m.group(1).strip()
    # a place's name straight after what it is: "my yoga studio Flow in Brighton" (not in
    # German, whose every noun is capitalised)
    m = _PLACE_NAMED.search(prompt)  # "my dog walking business, Paws on Tour" too
    if m and i18n.guess(prompt) != "de" and not hours.says_when(m.group(2)):
        # "Café Lumière", "Pizzeria Da Mario": the noun written as the name's first word is
        # part of it (walk16 #12: "Lumière", "Central")
        joined = m.group("noun")[:1].isupper() and prompt[m.end("noun"):m.start(2)].isspace()
        return f"{m.group('noun')} {m.group(2).strip()}" if joined else m.group(2).strip()
    # a product's own name: "my app FocusFox", "for TideWise", "l'appli MoodMoon"
    m = re.search(r"\b(?:app|application|appli|aplicaci[óo]n|aplicativo|applicazione|startup|"
                  r"product|produit|brand|marque|project|projet)\s+([A-Z][a-z]+[A-Z][\w-]*)"
                  r"|(?<![\w.])([A-Z][a-z]+[A-Z][a-z][\w-]*)\b", prompt)
    name = (m.group(1) or m.group(2)) if m else None
    return None if name and name.lower() in shapes.PRODUCT_NAMES else name


def subject_of(prompt: str) -> str:
    """The prompt's subject in a few words ("dog walking"), or "" when there is none."""
    name = explicit_name(prompt)
    text = prompt.lower()
    if name:
        text = re.sub(r"\b(?:called|named)\s+[\"'“]?" + re.escape(name.lower()) + r"[\"'”]?",
                      " | ", text)
    text = re.sub(r"[^a-z0-9&' -]+", " ", text)
    for _kind, pattern in _KEYWORDS:
        text = re.sub(pattern, " | ", text)
    for pattern, _, _ in FEATURES.values():
        text = re.sub(pattern, " | ", text)
    for pattern, _ in BEYOND:
        text = re.sub(pattern, " | ", text)
    m = re.search(r"\b(?:for|about|of|selling|sells)\s+((?:[a-z0-9&'-]+\s?){1,3})", text)
    words = (m.group(1) if m else text).split("|")[0].split()
    words = [w for w in words if w not in _STOP and len(w) > 1]
    cut = next((i for i, w in enumerate(words) if i and w in _PLACE_WORDS), len(words))
    return " ".join(words[:min(cut, 3)])  # "b&b", not "b&b in"


def read(prompt: str, mode: str, contains: Callable[[Spec], frozenset[str]],
         shape: str | None = None,
         covered: Callable[[Spec, str], bool] = lambda spec, asked: False) -> Spec:
    """Everything the offline templates take from ``prompt``. ``contains`` says which
    features the app built from a spec has (``templates.contains``): an asked-for feature it
    lacks is said as not built, and ``Spec.features`` is what it has. ``shape``: the app the
    person chose; it is what was asked (a copy of a product still is not). ``covered``: whether
    the app built from a spec does what a thing the prompt names says (``holds.Holds.covers``):
    a field or another app named that it covers is no can't-build."""
    found = reader.detect(prompt)
    if shape and shape != found.shape:
        found = reader.Detected(shape, found.beyond, True, found.reading)
    kind = found.shape
    said = shapes.mend(prompt)  # shape words' typos put right, for the subject and title
    # read as mended ("dont want an app with accounts" is a no), and the same length as
    # ``said``, so spans found in one blank the other
    text = said.lower() if len(said.lower()) == len(said) else prompt.lower()
    lang = i18n.guess(prompt)
    # A field list ("with name, e-mail and phone") names fields, not features; an item that
    # is a feature ("dark mode", "a chatbot") stays a feature.
    patterns = [p for p, _, _ in FEATURES.values()] + [p for p, _ in BEYOND]
    # a card's side named "translation" is a side, not translations of the app
    # a board's columns are its columns, not what its cards carry
    columns = shapes.board_columns(prompt)[0] if kind == "board" else None
    named = tuple((label, t) for label, t in shapes.named_fields(prompt, columns)
                  if not any(re.search(p, label.lower()) for p in patterns)
                  or (t in ("email", "tel", "money", "rating") and " " not in label)
                  # a bill's "due date" beside its amount is a date it holds, not a to-do's
                  or (t == "date" and kind not in ("todo", "board"))
                  # "date, litres, price paid": a sum each row holds, not a page's prices
                  or (t == "money" and len(label.split()) == 2 and not re.search(
                      r"pricing|plans?|tiers?|tarif|abonn|subscri", label, re.I))
                  or (kind == "flashcards" and re.search(shapes.SIDE_WORDS, label, re.I))) \
        if kind in shapes.ENGINE else ()
    # what the prompt says it does not want or already has asks for nothing ("keine
    # Landingpage mit Warteliste", "we already have a Grafana dashboard for metrics")
    unwanted = reader.unwanted(text, lang)
    scan = re.sub(_A_SHARE, " ", re.sub(_NOT_FEATURE.get(lang, "^$"), " ", _blank(
        shapes.not_asked(text), unwanted)))
    scan = re.sub(_THEIR_CHAT, " ", scan)
    scan = re.sub(_QR_TO_PAGE, " ", re.sub(_PAID_ELSEWHERE, " ", scan))
    if re.search(_LAND, scan):
        scan = re.sub(r"\bplots?\b", " ", scan)
    scan = re.sub(_WAITLIST_FOR, " ", scan)
    if kind in shapes.ENGINE:  # every data app imports a CSV
        scan = re.sub(_CSV_IN, " ", scan)
    if kind in ("board", "flashcards", "menu"):  # "chaque commande sur une carte": a card
        # ("une question sur la carte, la réponse derrière": a card's side; "auf der Karte";
        # a menu's "les plats du jour sur la carte" are on the menu), not a map
        scan = re.sub(r"\b(?:sur|avec) (?:une|la|chaque) carte\b|\bauf (?:der|einer|jeder) "
                      r"karte\b", " ", scan)
    # a map word or a photo word that names another thing, and a share link, ask for nothing
    # out of reach
    scan = re.sub(_PHOTO_THING, " ", re.sub(_MAP_NOT_ASKED, " ", _shared_by_link(scan)))
    # a status page's services are names, not features ("videoclases en directo")
    # (read in the mended words too, as the scan is: "bookings phone line" is mended singular)
    for label in [x for x, _ in named] + (shapes.status_services(prompt) + shapes.status_services(
            said) if kind == "status" else []):
        scan = scan.replace(label.lower(), " ")
    pack = next((p for p in PACKS if re.search(p.match, text)), None) if lang == "en" else None
    # nor is an app said so the app's subject ("keine Landingpage", "a Grafana dashboard for
    # metrics"); "senza glutine" still is
    apps = [(a, b) for a, b in unwanted if any(re.search(p, text[a:b]) for _, p in shapes._TYPE)]
    engine_subject = shapes.subject(shapes.without_copy(
        _blank(said, apps) if len(said) == len(text) else said), kind)
    # the subject in the prompt's words ("garden jobs"), not a domain pack's noun ("plant")
    subject = engine_subject
    # a data app's rows or cards that are videos list them by name ("a board for my youtube
    # videos: idea, scripting, filming, editing, published", walk24 #4), unless one is shown
    # or sent ("upload a video of each dive")
    if kind in shapes.ENGINE and re.search(r"\bv[ií]d[eé]os\b", engine_subject, re.I) \
            and not re.search(_VIDEO_PLAYED, text, re.I):
        scan = re.sub(r"\bv[ií]d[eé]os?\b", " ", scan, flags=re.I)
    if pack is None:
        pack = neutral_pack(subject)
    asked = {f for f, (pattern, _, _) in FEATURES.items() if re.search(pattern, scan)}
    if kind == "landing" and re.search(_QUESTIONS, scan):
        asked.add("faq")  # a page that answers people's questions
    # what is said for an asked feature the app lacks, where a plain "X to a Y" says too little
    lacking = {}
    if mode == "fullstack" and kind == "blog":
        lacking["comments"] = "comments on a full-stack blog"
    if mode == "fullstack" and kind in IMAGE_SHAPES and kind in KINDS:
        lacking["images"] = f"photos on a full-stack {TITLES[kind].lower()}"
    if kind == "tracker" and re.search(titles.HABIT, text):
        lacking["charts"] = "charts on a habit tracker (it shows each habit's week and streak)"
    lacking["auth"] = ("sign-in (web projects keep data in this browser; choose full-stack "
                       "for accounts)")
    unsupported = []
    mood = kind == "tracker" and titles.tracker_kind(said) == "mood"  # it has a month grid
    unsupported += [label for pattern, label in BEYOND
                    if (_requested(pattern, scan, kind) or (label == "AI features" and
                                                     _ai_said(said, _blank(text, unwanted))))
                    and kind not in _HANDLED.get(label, ())
                    and not (mood and label == "a calendar view")]
    # a position shared live is the real time asked: said once, as the location ("tracks my
    # location and shares it … in real time" asked no chat)
    if "live location (GPS)" in unsupported and not re.search(
            r"\bchat|messag|\bdiscut|convers|\bplaudern|\bbate-?papo", scan):
        unsupported = [u for u in unsupported if u != "real-time updates or chat"]
    if CALLS_TRANSLATED in unsupported:  # said once, as what was asked
        unsupported = [u for u in unsupported if u not in (
            "real-time updates or chat", "video or voice calls", "translations")]
    # two things asked, and the app built is the second: "a weekly meal plan for my family
    # with a shopping list" builds the list, and says the meal plan is not built
    if head := reader.unbuilt_head(prompt, kind):
        unsupported.insert(0, head)
    # and other apps listed beside it: "our wedding: guest list, budget and a to-do list"
    also = reader.also_asked(prompt, kind)
    unsupported += also
    if kind not in ("todo", "board") and re.search(_WITH_TODO, scan):
        unsupported.append("a to-do list")  # "a countdown to our wedding with a to-do list"
    if mode == "web" and re.search(_ONLY_SOME_CHANGE, scan):
        unsupported.append(ROLES)  # anyone with the page changes anything in it
    if mode == "web" and _requested(_ONLINE_ORDERS, scan, kind):
        # a web page's orders stay in the browser that placed them (a full-stack menu's or
        # shop's reach its owner); one with a cart says so instead (below)
        unsupported.append(ORDERS_SENT)
    if log := re.search(_A_LOG_TOO, scan):
        # "sign up for the work days … and log what they harvested": a second app
        unsupported.append(f"a log of {' '.join(log.group(1).split()[:4])} (with its totals)")
    unsupported += [f"{IN_LANG}{(m.group(1) or m.group(2)).capitalize()} ({LANGS_WRITTEN})"
                    for m in re.finditer(_IN_OTHER_LANG, scan)][:1]
    if kind == "calculator" and (spelled := formula.read(prompt)) and not spelled.steps:
        # a formula it gives that could not be read: the calculator computes its own sum
        unsupported.append(f"the formula the prompt gives (“{spelled.text}”): the calculator "
                           "could not read it and does not use it")
    if kind == "calculator" and calcs.kind(prompt) is None:
        if len(typed := sorted(measured.named(prompt) + measured.typed(prompt),
                               key=lambda q: q.start)) >= 2:
            # what it takes is named and no formula here gives the result from it: say so,
            # and how to have it built (a spelled formula is computed as written)
            unsupported.append(
                f"a {subject or 'custom'} calculator from {', '.join(q.label for q in typed)} "
                "(no offline formula gives it from these; write the formula in the prompt, "
                "as “result = … × …”, or add a model)")
        else:
            unsupported.append(f"a {subject or 'custom'} calculator (the offline calculators: "
                               f"{calcs.KNOWN})")
    if kind == "board" and shapes.board_columns(prompt) == ([], True):
        *first, last = i18n.pick(i18n.BOARD_COLUMNS, lang)  # the board's own, in its language
        unsupported.append(f"the columns named in the prompt (the board has {', '.join(first)} "
                           f"and {last})")
    if other := other_language(prompt):
        unsupported.append(f"{IN_LANG}{other} ({LANGS_WRITTEN})")
        lang = "en"  # not German for Dutch: English, which the verdict names first
    if mode == "fullstack" and kind not in FULLSTACK:
        unsupported.append(f"{BUILT[kind]} as a full-stack app (it is built as a web app that "
                           "keeps its data in the browser)")
    beyond = found.beyond
    # a shape guessed from the prompt's domain words, in any of the six languages ("le mie
    # spese" → a tracker), is what was asked; no type and no domain word is not, nor the
    # plain list built when the reader found nothing at all (a word of _DOMAIN_WORDS it does
    # not weigh, "my etsy orders … top products", says no more than that)
    nothing = bool(found.reading) and found.reading.candidates[0].score == 0
    # … but a list whose fields the prompt names is what was asked, built with them ("ne
    # liste für unsere band mit songs, tonart und wer singt")
    listed_with = kind == "directory" and len(named) >= 2 and re.search(
        r"\b(?:lists?|listes?|listas?|listen?|elenco|rubrica)\b", text)
    # … and what it asks for that no app here can do, named, says more than the prompt quoted
    # back ("eine App für Videoanrufe …": video calls)
    capability = any(a_capability(u) for u in unsupported)
    # … and so is a shape a word of the prompt points to in the reader's own tables (a food
    # place's dishes: a menu), but not volunteers alone, who use many apps (a snack stall's
    # "so the volunteers know what to charge" asks for no sign-up sheet)
    pointed = bool(found.reading) and any(
        c.shape == kind and c.score > 0 and not all(re.fullmatch(reader.PEOPLE, x) for x in c.cues)
        for c in found.reading.candidates)
    if not beyond and not found.named and not listed_with and not capability and (
            nothing or (not pointed and not re.search(
                "|".join(p for _, p in [*_DOMAIN_WORDS, *shapes.DOMAIN, *shapes.WEAK]), text))):
        beyond = f'what was asked ("{quoted(prompt)}")'
    entity, fields = ENTITIES.get(kind, ("", ()))
    if kind == "dashboard":
        entity = pack.member[0]
    if kind == "dashboard" and not measures.plans_app(prompt, pack.member[0]):
        # its own figures, entered by date (dataapp._dashboard), not customers and MRR
        figures = [m.label.lower() for m in measures.read(prompt)[0]]
        entity, fields = "entry", ("date", *(figures or ("what", "category", "amount")))
    unknown: list[str] = []
    if kind in KINDS:
        # a field a web list or blog takes from the prompt's list is built ("the glaze used"
        # on a post; the full-stack ones keep their own columns), and a feature ("photos") is
        # said apart when it is not
        own = {shapes.slug(label) for label, _ in named} if mode == "web" and kind in (
            "todo", "blog") else set()
        unknown = [f for f in asked_fields(prompt) if not _known_field(f, fields)
                   and shapes.slug(f) not in own and not (own and any(
                       shapes.slug(f) == shapes.slug(re.sub(r"^(?:the|a|an|its|their)\s+", "",
                                                            label, flags=re.I))
                       for label, _ in named))
                   and not any(re.fullmatch(FEATURES[x][0], f) for x in asked)]
        if unknown:
            unsupported.append(_fields_note(unknown, entity, fields))
    # what the templates switch on; what the app then has is ``contains``' answer
    switched = DEFAULT_ON.get(kind, frozenset()) | {f for f in asked if kind in FEATURES[f][1]}
    if kind == "landing":
        switched |= landing_parts(scan, asked, unsupported)
    # the app is named from the prompt's own words, never a domain pack's invented brand
    # ("Still Water Yoga" for "my yoga studio Flow", "Green Fern Plants Planner" for garden jobs)
    word = titles.title_word(said, kind, lang) if kind in shapes.ENGINE else \
        ("Landing page" if lang == "en" else shapes.cap(shapes.shape_word(said, kind)))
    if kind == "calculator":
        subject = _calc_subject(subject, word)
        # the inputs listed after a colon are what it asks, not what it is for: "a paint
        # calculator: wall size, number of coats" is no "Coats · Paint calculator" (walk16 #12)
        colon = prompt.find(":")
        if subject and colon > 0 and subject.lower() not in prompt[:colon].lower():
            subject = ""
    if kind == "tracker" and subject and _first_habit(said, subject):
        subject = ""  # "Habit tracker", not "Running · Habit tracker" (walk25 #15)
    if kind == "blog" and subject:
        subject = _where_too(said, subject)  # "Wandern in den Alpen", not "Wandern"
    if kind == "flashcards" and quiz.asked(prompt):  # "futebol brasileiro", not "8 perguntas…"
        subject = quiz.subject(subject, prompt)
    # "deutsche Bundesländer", not "(zu den) deutschen Bundesländern" (walk19 #10)
    subject = shapes.nominative(subject, said, lang)
    if kind == "landing" and subject:
        default = shapes.cap(subject)  # a place's page is called what the place is
        if town := _town_of(said, subject):  # … and a bare noun where it is: "Bäckerei in
            default = f"{default} {town}"    # Freiburg" (walk17 #44), not "Bäckerei"
    elif not subject or subject.lower() in word.lower() or _said_by(word, subject) or (
            kind == "tracker" and titles.tracker_kind(said) in titles.OWN_TITLE):
        default = word  # "Tip calculator", not "Tip · Tip calculator"; "Humor diário"
    elif word.lower() in subject.lower():
        default = shapes.cap(subject)  # "Dépenses mensuelles", not "... · Dépenses"
    else:
        default = f"{shapes.cap(subject)} · {word}"
    explicit = explicit_name(prompt)
    name = explicit or default
    # "a shop called Bobble+Knit": the subject is the name, not "called Bobble+Knit"
    subject = re.sub(r"^(?:called|named|nomm[ée]e?|appel[ée]e?|llamad[oa]|namens|chamad[oa]|"
                     r"chiamat[oa])\s+", "", subject, flags=re.I)
    # a site's name is its whole domain ("Acme.io", "my-shop.de"), never the part before the
    # dot (walk16 #12: "Café" for "Café.app")
    for domain in re.findall(_DOMAIN, prompt):
        stem = domain.split(".", 1)[0]
        name, subject = (re.sub(rf"(?<![\w.]){re.escape(stem)}(?![\w.]|\.\w)", domain, x,
                                count=1, flags=re.I) for x in (name, subject))
    if explicit and (at := subject.find(explicit.split()[0])) > 0 and (
            named_as := _QUOTED_NAME.search(prompt)):
        # "dog grooming van", not "… van Suds &"; what the quoted name is ("café") when the
        # subject was the name alone ("« Le Petit Four »")
        subject = subject[:at].rstrip(" ,&-:\"“”«»„") or named_as.group("what").strip()
    if subject and explicit and subject.lower() == name.lower():  # its own spelling: "FocusFox"
        subject = name
        if pack.key == "neutral":
            pack = neutral_pack(subject)
    # what it says it does not want is not asked ("Keine Preise bitte" built a pricing grid)
    wants = frozenset(w for w, pattern in (("pricing", _PRICING), ("waitlist", _WAITLIST))
                      if re.search(pattern, _blank(text, unwanted)))
    if kind == "landing" and re.search(REGISTER, scan):
        wants |= {"waitlist"}  # its sign-up form (walk24 #12)
    if kind == "landing" and "bookings" not in unsupported and re.search(BOOK_A_TIME, scan):
        unsupported.append("bookings")
    spec = Spec(prompt=prompt, kind=kind, name=name, subject=subject, pack=pack,
                features=frozenset(switched), entity=entity, fields=fields, lang=lang,
                beyond=beyond, named_fields=named, asked=wants)
    has = contains(spec)
    # the fields the entity's list lacks that the app built has after all (a web blog's posts
    # carry a date), and an order it keeps ("the newest at the top")
    if unknown and (kept := [x for x in unknown if not covered(spec, x)]) != unknown:
        said = _fields_note(unknown, entity, fields)
        unsupported = [_fields_note(kept, entity, fields) if u == said else u
                       for u in unsupported if u != said or kept]
    # another app named beside it that is this one's own part ("une page de commande" in a
    # shop with a checkout)
    unsupported = [u for u in unsupported if u not in also or not covered(spec, u)]
    missing = [lacking.get(f, f"{FEATURES[f][2]} on a {TITLES[kind].lower()}")
               for f in sorted(asked) if f not in has | _INPUTS.get(kind, set()) | {"calendar"}]
    if "calendar" in has:  # the entries' month, or a booking page's week
        unsupported = [u for u in unsupported if u != "a calendar view"]
    if "maps" in has:  # each address opens on OpenStreetMap, and no map is drawn: a map asked
        # for is said as not built ("maybe a map later", "no map needed" ask for none)
        firm = any(not re.search(_MAP_HEDGE, scan[max(0, m.start() - 25):m.start()])
                   and not re.match(r"\W*(?:\w+\W+)?(?:later|needed|plus tard|m[áa]s adelante|"
                                    r"sp[äa]ter|depois|dopo)\b", scan[m.end():])
                   for m in re.finditer(MAPS, scan))
        unsupported = [MAP_DRAWN if u == "maps" and firm else u for u in unsupported
                       if u != "maps" or firm]
    if "days_since" in has:  # each item's days since its last entry, in a tracker's table
        unsupported = [u for u in unsupported if u != DAYS_SINCE]
    if "intervals" in has:  # each one's interval and next date (a list done every N days)
        unsupported = [u for u in unsupported if u != INTERVALS]
    # a landing's contact form and WhatsApp button, built as what they are
    unsupported = [u for u in unsupported if not (u == CONTACT_FORM and "contact_form" in has)
                   and not (u == TEXTS and "whatsapp" in has)
                   # a web menu's or shop's cart takes the order and says where it goes (this
                   # browser: templates.kept_note, and the page in its language), as any
                   # ordering page of theirs does, "online" said or not (walk24 #15)
                   and not (u == ORDERS_SENT and "cart" in has)]
    # several courts or rooms to book: said until the booking page has a grid for each
    # ("resources" in the app's features)
    if kind == "booking" and "resources" not in has and (
            many := re.search(_RESOURCES, scan)):
        words = (re.search(_RESOURCES, said, re.I) or many).group()  # as the prompt says it
        unsupported.append(f"a separate booking for each of the {words} (one grid is built: "
                           "each time is booked once)")
    return dataclasses.replace(spec, features=has,
                               unsupported=tuple(dict.fromkeys(missing + unsupported)))


def _fields_note(missing: list[str], entity: str, fields: tuple[str, ...]) -> str:
    """The can't-build for fields a prompt names that the entity lacks."""
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
    return f"the field{'s' if len(missing) > 1 else ''} {listed} (a {entity} has {', '.join(fields)})"


# The main entity of each template and its fields (what a prompt's "with fields ..." is
# matched against).
ENTITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "todo": ("task", ("title", "due date", "priority", "tags", "done")),
    "blog": ("post", ("title", "slug", "body", "tags", "published")),
    "dashboard": ("customer", ("name", "email", "plan", "mrr", "status", "joined on")),
    "store": ("product", ("name", "description", "price", "category", "rating", "stock")),
    "landing": ("waitlist sign-up", ("email", "name")),
}
_FIELD_SYNONYMS = {"due": "due date", "deadline": "due date", "date": "due date",
                   "completed": "done", "status": "done", "tag": "tags", "labels": "tags",
                   "text": "body", "content": "body", "revenue": "mrr", "joined": "joined on",
                   "cost": "price", "quantity": "stock", "inventory": "stock",
                   "stars": "rating", "reviews": "rating", "title": "title", "url": "slug"}


_NOT_FIELDS = {"a", "an", "the", "its", "with", "some", "more", "extra", "custom", "text",
               "input", "form", "search", "required", "optional", "few", "all", "new"}


def asked_fields(prompt: str) -> list[str]:
    """Fields named explicitly: "with fields a, b and c", "each book has an author and pages"."""
    m = re.search(r"\b(?:fields?|columns?|properties|attributes)\s*(?::|like|such as|for)?\s+"
                  r"([a-z0-9 ,'-]+)", prompt.lower()) or re.search(
        r"\b(?:each|every)\s+\w+\s+has\s+(?:an?\s+|the\s+)?([a-z0-9 ,'-]+)", prompt.lower())
    if not m:  # "an assignee field", "priority and owner fields"
        m = re.search(r"\b((?:[a-z]+,?\s+(?:and\s+)?)?[a-z]+)\s+(?:fields?|columns?)\b",
                      prompt.lower())
        if not m:
            return []
    parts = re.split(r",|\band\b|\bplus\b", m.group(1))
    words = [" ".join(w for w in p.split() if w not in _NOT_FIELDS) for p in parts]
    return [w for w in words if w][:8]


def _known_field(name: str, fields: tuple[str, ...]) -> bool:
    name = name.strip().lower()
    return name in fields or _FIELD_SYNONYMS.get(name) in fields or any(
        name.rstrip("s") == f.rstrip("s") for f in fields)
