"""The static landing page and what every offline web app shares (base CSS, dark mode).

The data apps (every other shape) are drawn by one engine: see dataapp.py. Scripts build the
DOM with textContent, never innerHTML with data, so user text is always text.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace

from devora_desktop.agents.templates import i18n, shapes
from devora_desktop.agents.templates import spec as spec_
from devora_desktop.agents.templates.dates import said_date, said_date_words
from devora_desktop.agents.templates.hours import said_hours, said_place
from devora_desktop.agents.templates.packs import neutral_pack
from devora_desktop.agents.templates.spec import MONEY, Spec, prices
from devora_desktop.core.words import listed

BASE_CSS = """:root {
  --bg: #f7f7fb; --fg: #1d1d27; --muted: #6b6b80; --card: #ffffff; --line: #e4e4ee;
  --accent: #5b5bd6; --accent-fg: #ffffff; --danger: #d93f4c; --ok: #2f9e6b; --radius: 12px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) { --bg: #14141c; --fg: #ececf4; --muted: #a0a0b8; --card: #1d1d29; --line: #2e2e3e; }
}
:root[data-theme="dark"] { --bg: #14141c; --fg: #ececf4; --muted: #a0a0b8; --card: #1d1d29; --line: #2e2e3e; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5; }
a { color: var(--accent); }
header.top { display: flex; align-items: center; justify-content: space-between; gap: 1rem; flex-wrap: wrap;
  padding: 1rem clamp(1rem, 4vw, 3rem); border-bottom: 1px solid var(--line); background: var(--card); }
header.top h1 { font-size: 1.25rem; margin: 0; }
.tools { display: flex; gap: .5rem; align-items: center; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 3rem); }
.intro { margin: 0 0 1rem; }
.intro h2 { margin: 0; font-size: 1.6rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; }
button, .button { font: inherit; border: 1px solid var(--line); background: var(--card); color: var(--fg);
  padding: .5rem .9rem; border-radius: 8px; cursor: pointer; text-decoration: none; display: inline-block; }
button.primary, .button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, a:focus-visible {
  outline: 3px solid color-mix(in srgb, var(--accent) 60%, transparent); outline-offset: 2px; }
input, select, textarea { font: inherit; padding: .5rem .6rem; border-radius: 8px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg); }
label { display: grid; gap: .25rem; font-size: .9rem; color: var(--muted); }
.row { display: flex; gap: .75rem; flex-wrap: wrap; align-items: end; }
.muted { color: var(--muted); }
.chip { font-size: .8rem; padding: .05rem .5rem; border-radius: 99px; border: 1px solid var(--line); }
.empty { text-align: center; color: var(--muted); padding: 2rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
"""

THEME_BUTTON = ('<button type="button" id="theme-toggle" aria-pressed="false">Dark mode'
                '</button>')
THEME_JS = """
// Dark mode: follows the system until chosen, then remembered.
(() => {
  const button = document.querySelector("#theme-toggle");
  const saved = localStorage.getItem("theme");
  const apply = (dark) => {
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    button.setAttribute("aria-pressed", String(dark));
    button.textContent = dark ? "Light mode" : "Dark mode";
  };
  apply(saved ? saved === "dark" : matchMedia("(prefers-color-scheme: dark)").matches);
  button.addEventListener("click", () => {
    const dark = document.documentElement.dataset.theme !== "dark";
    localStorage.setItem("theme", dark ? "dark" : "light");
    apply(dark);
  });
})();
"""

# Decoration drawn with emoji (a dish's 🍽️, a product's 🛍️) only where the browser has a colour
# emoji font: without one (a stock Linux desktop) each is an empty box, so none is shown
EMOJI_JS = """
// Emoji only where they are drawn: a browser without an emoji font draws a box in black
(() => {
  try {
    const c = document.createElement("canvas");
    c.width = c.height = 24;
    const g = c.getContext("2d", { willReadFrequently: true });
    g.font = "18px sans-serif";
    g.textBaseline = "top";
    g.fillStyle = "#000";
    g.fillText("\\u{1F600}", 0, 0);
    const d = g.getImageData(0, 0, 24, 24).data;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] && (d[i] > 60 || d[i + 1] > 60 || d[i + 2] > 60)) return;
    document.documentElement.classList.add("no-emoji");
  } catch { /* no canvas: leave them */ }
})();
"""
EMOJI_CSS = (".no-emoji .emoji { display: none; } .if-no-emoji { display: none; } "
             ".no-emoji .if-no-emoji { display: inline; }\n")


def _page(title: str, body: str, lang: str = "en") -> str:
    t = html.escape(title)
    return f"""<!doctype html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{t}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="styles.css">
</head>
<body>
{body}
  <script src="app.js" defer></script>
</body>
</html>
"""


def _theme(spec: Spec) -> tuple[str, str]:
    return (THEME_BUTTON, THEME_JS) if spec.has("dark_mode") else ("", "")


def _key(spec: Spec, what: str) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in spec.name.lower()).strip("-")
    return f"devora.{slug or 'app'}.{what}"


# ---------------------------------------------------------------------------------- landing
# An event a page is for, not a shop or a product: its page counts down to its day and
# claims nothing about it (walk15 #12: a charity bake sale got a bakery's "we mill wheat from
# farms within 50 km")
_EVENT = shapes.EVENT
_HELPERS = (r"\b(?:volunteers?|helpers?|b[ée]n[ée]voles?|voluntari[oa]s?|volunt[áa]ri[oa]s?|"
            r"helfer\w*|ehrenamtliche\w*|volontari[oe]?)\b")


def event_day(spec: Spec) -> tuple[str, str]:
    """The day an event's page is for and the words it is said in ("2027-03-14", "14
    March"); ("", "") when the page is not for an event on a day the prompt names."""
    day = said_date(spec.prompt)
    # a school's Christmas market is an event; a bakery's page with a date is the bakery's
    if not day or not re.search(_EVENT, spec.subject if is_business(spec) else spec.prompt,
                                re.I):
        return "", ""
    return day, said_date_words(spec.prompt)


def landing(spec: Spec) -> dict[str, str]:
    """A landing page; pricing and a waitlist only when the prompt asks for them, and the
    waitlist says its sign-ups stay in this browser. An event's page counts down to its day
    and its sign-up is for helpers when the prompt asks for them."""
    n = html.escape(spec.name)
    day, day_words = event_day(spec)
    if day:  # an event's own words only: no product's pack copy
        spec = replace(spec, pack=neutral_pack(spec.subject))
    p = spec.pack
    w = {k: html.escape(v) for k, v in i18n.words(spec.lang, i18n.LANDING).items()}
    if day and re.search(_HELPERS, spec.prompt, re.I):
        w["join"] = w["volunteer"]
    elif signs_up(spec):
        w["join"] = w["signUp"]
    button, theme_js = _theme(spec)
    pricing, waitlist = "pricing" in spec.asked, "waitlist" in spec.asked
    subject = spec.subject or spec.name
    if spec.lang == "en":
        highlights, tagline = p.highlights, p.tagline
        plan_names = [name for name, _ in p.plans]
    else:  # the packs are English: the page says the subject in the prompt's own words
        highlights = [(i18n.pick(i18n.LANDING[f"h{i}"], spec.lang).format(s=subject),
                       i18n.pick(i18n.LANDING[f"t{i}"], spec.lang).format(s=subject))
                      for i in (1, 2, 3)]
        tagline = i18n.pick(i18n.LANDING["tagline"], spec.lang).format(s=shapes.cap(subject))
        plan_names = i18n.pick(i18n.LANDING["plans"], spec.lang).split("|")
    # an event's page offers what the prompt lists, not its own countdown or sign-up
    offered = [x for x in offers(spec) if not day or not re.search(
        rf"{_EVENT}|{_HELPERS}|{spec_.WAITLIST}", x, re.I)]
    local = is_business(spec) and not day
    # a price said only by what it is per ("60€ al mes", "$40 per half hour") is the subject's:
    # "Academia de inglés · 60€ al mes", not a card called "Al mes"
    own = [(shapes.cap(subject), f"{price} {name[:1].lower()}{name[1:]}")
           if re.fullmatch(_PER_ONLY, name, re.I) else (name, price)
           for name, price in prices(spec.prompt)]
    if local or (p.key == "neutral" and spec.lang == "en" and not re.search(
            _SOFTWARE, spec.prompt, re.I)):
        # a place's page claims nothing about it the prompt did not say ("Friendly
        # people who know it well", "Close to you", "Ask us any time" were made up); its
        # prices and where to find it are its own sections. Nor is a subject no pack knows
        # given an app's selling points ("Set up your piano lessons in minutes", "Your
        # piano lessons data stays yours") unless it is software
        highlights = []
    # (a part of the page said among them is none of its offers: "Bouton" was priced)
    offer_items = [x for x in offered if not re.match(_A_PAGE_PART, x, re.I)]
    if len(offered) >= 2:  # what the place offers, in the prompt's words, beats stock copy
        highlights = [(shapes.cap(item), "") for item in offer_items[:6 if local else 3]]
    if day:  # an event's page says what it is and when, nothing made up about it
        highlights = [x for x in highlights if len(offered) >= 2]
    money = "$" if spec.lang == "en" else "€"
    features = "\n      ".join(f'<article class="card"><h3>{html.escape(t)}</h3>'
                               + (f"<p>{html.escape(d)}</p>" if d else "") + "</article>"
                               for t, d in highlights)
    if own or local:
        # the prompt's own prices; a place's page never shows stock monthly plans (a dog
        # school's "Pro €99 / Monat" was made up): its prices are on request
        rows = own or [(shapes.cap(item), w["onRequest"]) for item in offer_items[:6]] or [
            (kind, w["onRequest"]) for kind in offer_kinds(spec)[:3]] or \
            [(shapes.cap(subject), w["onRequest"])]
        plans = "\n      ".join(f'<article class="card"><h3>{html.escape(name)}</h3><p><strong>'
                                f'{html.escape(price)}</strong></p></article>'
                                for name, price in rows)
    else:
        plans = "\n      ".join(f'<article class="card"><h3>{html.escape(name)}</h3><p><strong>'
                                f'{money}{price}</strong> {w["month"]}</p></article>'
                                for name, (_, price) in zip(plan_names, p.plans, strict=True))
    links = ([f'<a href="#features">{w["features"]}</a>'] if highlights else []) + (
        [f'<a href="#pricing">{w["pricing"]}</a>'] if pricing else [])
    welcome = local and not offered and not own and not _said_what(spec)
    if welcome:  # "a bakery called Crumb": copy about Crumb, not "Bakery called Crumb."
        headline, lead, features, highlights, kind = _welcome(spec, w)
        links = ([f'<a href="#features">{w["services"]}</a>'] if highlights else []) + (
            [f'<a href="#pricing">{w["pricing"]}</a>'] if pricing else [])
    visit = visit_html(spec, w, always=welcome) if local else ""
    more = "#features" if highlights else "#pricing" if pricing else "#visit" if visit else ""
    cta = (f'<a class="button primary" href="#waitlist">{w["join"]}</a>' if waitlist
           else f'<a class="button primary" href="{more}">{w["see"]}</a>' if more else "")
    kicker = html.escape(kind if welcome else p.noun.title() if p.noun and spec.lang == "en"
                         and not local else shapes.cap(spec.subject))  # a dog walker's: not "Pet"
    if not welcome:
        headline, lead = hero(spec, tagline)
    if day:  # "Charity bake sale." / "14 March", and the days left under it
        headline, lead = f"{shapes.cap(subject)}.", day_words
    if who := audience(spec.prompt):  # "For kids and adults."
        lead = " ".join(x for x in (lead, i18n.pick(i18n.LANDING["forWhom"], spec.lang)
                                    .format(x=who)) if x)
    if not welcome and local and (where := place(spec)) and not _names(headline, where):
        said = headline.rstrip(".")  # the place first, then what it offers
        headline, lead = f"{shapes.cap(where)}.", (
            f"{said}." if said.lower() != where.lower() and not re.search(MONEY, said)
            and not re.search(_ASKS_PAGE, said) else lead)
    features_html = features if welcome else f"""<section id="features" class="grid" aria-label="{w["features"]}">
      {features}
    </section>""" if highlights else ""
    pricing_html = f"""
    <section id="pricing" class="grid" aria-label="{w["pricing"]}">
      {plans}
    </section>""" if pricing else ""
    waitlist_html = f"""
    <section id="waitlist" class="card">
      <h2>{w["join"]}</h2>
      <p class="muted">{w["where"]}</p>
      <form id="waitlist-form" class="row" novalidate>
        <label>{w["name"]} <input name="name" required autocomplete="name"></label>
        <label>{w["email"]} <input name="email" type="email" required autocomplete="email"></label>
        <button class="primary" type="submit">{w["join"]}</button>
      </form>
      <p id="form-status" role="status"></p>
    </section>""" if waitlist else ""
    countdown = f'\n      <p id="countdown" class="countdown" data-day="{day}"></p>' if day else ""
    chat, parts, parts_js, photos = _parts(spec, w)
    links += [f'<a href="#{a}">{w[k]}</a>' for a, k in (("gallery", "gallery"),
                                                       ("contact", "write"))
              if f'id="{a}"' in parts]
    body = f"""  <header class="top"><h1>{n}</h1>
    <button type="button" id="menu" aria-controls="nav" aria-expanded="false" class="menu">{w["menu"]}</button>
    <nav id="nav">{" ".join(links)} {button} {cta}</nav>
  </header>
  <main>
    <section class="hero">
      <p class="kicker">{kicker}</p>
      <h2>{html.escape(headline)}</h2>
      {f'<p class="lead">{html.escape(lead)}</p>' if lead else ""}{countdown}
      {cta}{chat}
    </section>
    {features_html}{pricing_html}{visit}{parts}{waitlist_html}
  </main>
  <footer class="muted"><p>&copy; <span id="year"></span> {n}</p></footer>"""
    said = json.dumps({k: i18n.pick(i18n.LANDING[k], spec.lang)
                       for k in ("noName", "badEmail", "thanks")}, ensure_ascii=False)
    css = BASE_CSS + """
nav { display: flex; gap: 1rem; align-items: center; }
.menu { display: none; }
@media (max-width: 640px) { .menu { display: inline-block; } nav { display: none; } nav.open { display: flex; flex-direction: column; position: absolute; right: 1rem; top: 4rem; background: var(--card); padding: 1rem; border-radius: var(--radius); border: 1px solid var(--line); } }
.hero { text-align: center; padding: 4rem 0 3rem; }
.hero h2 { font-size: clamp(1.8rem, 5vw, 3rem); margin: 0 0 1rem; }
.hero .lead { font-size: 1.2rem; max-width: 40rem; margin: 0 auto 1.5rem; color: var(--muted); }
.kicker { text-transform: uppercase; letter-spacing: .15em; font-weight: 600; color: var(--accent); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 1rem; margin: 2rem 0; }
details { margin-bottom: .5rem; }
footer { text-align: center; padding: 2rem; }
.gallery { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: .75rem; }
.gallery figure { margin: 0; }
.gallery img { width: 100%; aspect-ratio: 4 / 3; object-fit: cover; border-radius: var(--radius); display: block; }
#contact-form { display: grid; gap: .75rem; max-width: 32rem; }
#contact-form textarea { width: 100%; font: inherit; }
"""
    js = """const $ = (s) => document.querySelector(s);
const KEY = """ + json.dumps(_key(spec, "signups")) + """;
$("#year").textContent = new Date().getFullYear();
$("#menu").addEventListener("click", () => {
  const open = $("#nav").classList.toggle("open");
  $("#menu").setAttribute("aria-expanded", String(open));
});
""" + ("" if not day else "const DAYS = " + json.dumps(
        {k: i18n.pick(i18n.LANDING[k], spec.lang) for k in ("daysLeft", "oneDay", "today",
                                                            "past")}, ensure_ascii=False) + """;
{ // whole days from today to the event's day, in local time
  const box = $("#countdown"), [y, m, d] = box.dataset.day.split("-").map(Number);
  const now = new Date(), left = Math.round((new Date(y, m - 1, d) - new Date(now.getFullYear(), now.getMonth(), now.getDate())) / 864e5);
  box.textContent = left > 1 ? DAYS.daysLeft.replace("{n}", left) : left === 1 ? DAYS.oneDay : left === 0 ? DAYS.today : DAYS.past;
  box.dataset.left = String(left);
}
""") + ("" if not waitlist else "const SAY = " + said + """;
$("#waitlist-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const form = e.target;
  const data = Object.fromEntries(new FormData(form));
  const status = $("#form-status");
  if (!String(data.name).trim()) { status.textContent = SAY.noName; form.name.focus(); return; }
  if (!/^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(String(data.email))) { status.textContent = SAY.badEmail; form.email.focus(); return; }
  const list = JSON.parse(localStorage.getItem(KEY) || "[]");
  list.push({ ...data, at: new Date().toISOString() });
  localStorage.setItem(KEY, JSON.stringify(list));
  status.textContent = SAY.thanks.replace("{name}", data.name);
  form.reset();
});
""") + parts_js + theme_js
    if 'class="emoji"' in body:
        js, css = js + EMOJI_JS, css + EMOJI_CSS
    return {"index.html": _page(spec.name, body, spec.lang), "styles.css": css, "app.js": js,
            **photos}


WEB = {"landing": landing}


def signs_up(spec: Spec) -> bool:
    """Whether the page's form is a sign-up for what the place offers ("mit Anmeldung"), not a
    waitlist: said so on its button and in the summary."""
    return "waitlist" in spec.asked and not re.search(
        r"wait ?list|liste d'attente|lista de espera|warteliste|lista d'attesa", spec.prompt,
        re.I) and re.search(spec_.REGISTER, spec.prompt, re.I) is not None

# what a price is per, said with no thing priced: "al mes", "per half hour", "a notte"
_PER_ONLY = (r"(?:(?:per|a|an|al|à|la|le|pro|por|par|the|each|every|de|em|ao|à la|la|il|"
             r"alla|una|um|uma|une|un)\s+)*(?:half\s+(?:an\s+)?)?(?:hours?|heures?|horas?|"
             r"stunden?|ore|ora|months?|mois|mes|m[êe]s|monat|mese|weeks?|semaines?|semanas?|"
             r"woche|settimana|nights?|nuits?|noches?|noites?|nacht|notte|sessions?|s[ée]ances?|"
             r"sesi[óo]n|sess[ãa]o|sitzung|seduta|lessons?|le[çc]ons?|clases?|aulas?|lezion[ei]|"
             r"persons?|personnes?|personas?|pessoas?|days?|jours?|d[íi]as?|tag|giorno|"
             r"demi-heure|media hora|meia hora|halbe stunde|mezz['’]ora)")


# A place people visit or call (a clinic, a salon, a bakery, a B&B), in the six languages; its
# page says what and where it is, its services, prices, hours and contact, never a product's
# monthly plans. A prompt about software (an app, a platform, a beta) is no such place.
_BUSINESS = (r"clinic|clinique|cl[íi]nica|klinik|praxis|\bpractice\b|\bcabinet\b|consult[óo]rio|"
             r"ambulatorio|salon|sal[ãa]o|barber|barbear|barbier|friseur|coiffeu|coiffure|peluquer|"
             r"cabeleirei|parrucchier|bakery|boulangerie|p[âa]tisserie|panader|padaria|"
             r"confeitaria|b[äa]ckerei|konditorei|panetteria|panifici|pasticceria|\bcaf[ée]\b|"
             r"\w*caf[ée]\b|"
             r"restaurant|ristorante|bistro|pizzeria|trattoria|gelater|glacier|helader|sorveter|"
             r"eisdiele|eiscaf|ice cream (?:shop|parlou?r)|cr[êe]perie|\bbar\b|hotel|h[ôo]tel|\bb&b\b|"
             r"g[îi]te|pousada|agriturismo|hostel|pension|\bgym\b|\bstudio\b|est[úu]dio|dentist|"
             r"dental|dentaire|zahnarzt|physio|fisio|kin[ée]|osteo|massag|\bspa\b|plumb|"
             r"plombier|fontaner|encanador|idraulic|klempner|electrician|[ée]lectricien|"
             r"electricista|eletricista|elettricista|elektriker|\bgarage\b|atelier|werkstatt|"
             r"oficina|officina|florist|fleuriste|floricultura|fioraio|blumenladen|boutique|"
             r"tienda|\bloja\b|negozio|\w*laden\b|school|[ée]cole|escuela|escola|scuola|schule|"
             r"academ|nursery|cr[èe]che|guarder[íi]a|\bkita\b|\bvet\b|v[ée]t[ée]rinaire|veterin|"
             r"tierarzt|lawyer|avocat|abogad|advogad|avvocat|anwalt|notaire|photograph|"
             r"photographe|fot[óo]graf|\bfarm\b|ferme|granja|fazenda|fattoria|bauernhof|winery|"
             r"vignoble|bodega|vin[íi]cola|cantina|weingut|camping|yoga|pilates|dojo|"
             r"\blaborat[oó]ri[oa]\s+d[ieoa']|\blaboratoire\s+d|"
             r"dance|danse|baile|dan[çc]a|danza|tanz|chorale|choir|coro|chor\b|coworking|"
             r"shop\b|store\b|\bpub\b|brasserie|cr[êe]perie|food ?truck|traiteur|caterer|"
             r"\b(?:my|our)\s+(?:[\w-]+\s+){0,3}business\b|\bsitting\b|\bsitters?\b|\bwalkers?\b|dog walking|\btutor|"
             r"\bhandyman\b|\bcleaning\b|\bcleaners?\b|"
             # a course someone gives, in one German word: "Töpferkurs", "Yogakurs"
             r"\b\w{3,}kurs(?:e|en)?\b|"
             # a service brought to people: no shop's claims for it (walk14 #18)
             r"groom|toilett|tosa\b|hundesalon|repair|r[ée]paration|reparaci|reparatur|"
             # lessons someone gives: a teacher's page, not a product's (walk19 #5)
             r"\blessons?\b|\bcours (?:de|d'|particuliers)|\bclases (?:de|particulares)|"
             r"unterricht|nachhilfe|\baulas (?:de|particulares)|\blezioni (?:di|private)|"
             r"ripetizioni|\bteacher\b|professeur|profesora?\b|lehrer\w*|professora?\b|"
             r"insegnante|\bcoach(?:ing)?\b|"
             r"conserto|riparazion|\b(?:my|our)\s+(?:[\w-]+\s+){0,3}(?:van|truck|service)\b|"
             # a German service in one word: "mobiler Fahrradservice", "Reinigungsservice"
             r"\b\w{3,}service\b")
_SOFTWARE = (r"\bapps?\b|\bappli|aplicativo|aplicaci[óo]n|applicazione|software|\bsaas\b|"
             r"platform|plataforma|piattaforma|plattform|\btool\b|startup|extension|plugin|"
             r"\bapi\b|\bbeta\b|download|t[ée]l[ée]charg|descarg|baixar|scaricar|herunterlad|"
             r"\bsdk\b|newsletter")


# A headline that repeats the asking ("Faz uma landing page pra minha escola…").
_ASKS_PAGE = (r"\b(?:landing|page|p[áa]gina|site|sito|seite|webseite|homepage|faz|fais|haz|"
              r"make|fai|mach)\b")


def _names(headline: str, where: str) -> bool:
    """Whether ``headline`` already says what the place is (its words of 4+ letters)."""
    words = re.findall(r"\w{4,}", where.lower())
    return bool(words) and all(w in headline.lower() for w in words[:2])


def is_business(spec: Spec) -> bool:
    """Whether the page is a place's or a trade's own (one that comes to people is one too:
    "lava-jato móvel", "toelettatura itinerante")."""
    text = spec.prompt.lower()
    return bool(re.search(_BUSINESS, text) or roams(spec)) and not re.search(_SOFTWARE, text)




def place(spec: Spec) -> str:
    """What and where the business is, in the prompt's words ("physiotherapy clinic in
    Porto"): the words after "for my …", up to the first clause."""
    m = re.search(r"\b(?:for|pour|para|f[üu]r|per|de|da|do)\s+((?:my|our|mon|ma|mes|notre|nos|"
                  r"mi|mis|nuestr[oa]s?|mein\w*|unser\w*|o meu|a minha|meu|minha|nosso|nossa|"
                  r"il mio|la mia|mio|mia|il nostro|la nostra|nostr[oa])\s+[^.;:!?,]+)",
                  spec.prompt, re.I)
    words = shapes.trim_subject(re.split(_CALLED, m.group(1), flags=re.I)[0]) if m else ""
    return words if len(words) > len(spec.subject) else spec.subject


_CONTACT = (r"(?:\+?\d[\d .-]{7,}\d|[\w.+-]+@[\w-]+\.[\w.]+)")
# whom a place's offer is for: "kids and adults", "enfants et adultes", "für Kinder und
# Erwachsene", "tutte le età"
_WHO_FOR = (r"kids|children|adults|teens|teenagers|beginners|seniors|families|toddlers|"
            r"all ages|all levels|enfants|adultes|ados|adolescents|d[ée]butants|familles|"
            r"tous (?:les )?niveaux|tous (?:les )?[âa]ges|ni[ñn]os|adultos|adolescentes|"
            r"principiantes|mayores|familias|todas las edades|todos los niveles|kinder|"
            r"erwachsene|jugendliche|anf[äa]nger(?:innen)?|senioren|familien|alle altersgruppen|"
            r"alle niveaus|crian[çc]as|iniciantes|idosos|fam[íi]lias|todas as idades|"
            r"todos os n[íi]veis|bambini|adulti|ragazzi|principianti|anziani|famiglie|"
            r"tutte le et[àa]|tutti i livelli")
_AUDIENCE = re.compile(rf"(?<![\w-])((?:{_WHO_FOR})(?:\s*(?:,|&|\band\b|\bet\b|\by\b|\bund\b|"
                       rf"\be\b|\bor\b|\bou\b|\bo\b|\boder\b)\s*(?:{_WHO_FOR}))*)(?![\w-])", re.I)


def audience(prompt: str) -> str:
    """Whom the prompt says its place's offer is for, in its words ("kids and adults"), or
    "": two of them named together, or one said as for whom ("for all ages")."""
    for m in _AUDIENCE.finditer(prompt):
        said = m.group(1)
        if len(re.findall(_WHO_FOR, said, re.I)) >= 2 or re.search(
                r"\b(?:for|pour|para|f[üu]r|per|pra)\s+(?:(?:les|los|las|as|os|i|le)\s+)?$",
                prompt[:m.start()], re.I):
            return said
    return ""


# A business that comes to people or moves about: "my bike repair van", "food truck", "I come
# to your home", "à domicile", "on change de place", "a domicilio", "mobiler Fahrradservice",
# "a gente roda por", "vengo io a casa tua", "itinerante"
_ROAMS = (r"\bvans?\b|\btrucks?\b|food ?truck|camion|furg[oó]n|furgone|furgoneta|"
          r"\btrailer\b|\bwagen\b|ambulante|itinerant|\bmobile[rn]\b|"
          # "mobile" of a trade, never of a phone or a page ("mobile-friendly")
          r"\bmobile\s+(?:bike|bicycle|car|dog|pet|hair|nail|massage|repair|mechanic|groom|"
          r"barber|coffee|bar|vet|cycle|tyre|tire|detailing|valet)|"
          r"\b(?:peluquer[íi]a|taller|cafeter[íi]a|barber[íi]a|officina|parrucchier[ae]|"
          r"veterinari[oa]|coiffeur|coiffeuse|garage|atelier)\s+m[óo]vil(?:e)?\b|"
          r"\b(?:come|comes|coming|travel|drive)\s+to\s+(?:you|your|their)\b|"
          r"\bwe(?:'ll)? come to\b|\bdoorstep\b|[àa] domicile|\bchez vous\b|chez le client|"
          r"on (?:se )?d[ée]place|on bouge|change(?:ons)? de (?:place|lieu|coin)|"
          r"a domicilio|voy a tu|vamos a tu|a tu casa|"
          r"zu (?:euch|ihnen|dir) nach hause|\bhausbesuch|vor ort bei|"
          r"em domic[íi]lio|a domic[íi]lio|vou at[ée]|vamos at[ée]|vai at[ée] (?:voc[êe]|"
          r"vc|sua casa)|at[ée] (?:a sua|sua) casa|(?:a gente|n[óo]s) (?:roda|"
          r"circula|anda)|na sua casa|"
          r"vengo (?:io )?(?:a|da)|veniamo (?:a|da)|a casa tua|a casa vostra")


# what is brought to the customer's home: the shop delivers, it does not come to people
# ("pizzeria a Torino, via Roma 12, facciamo anche consegna a domicilio": review24 #33 said
# "Dove operiamo" instead of where the pizzeria is)
_DELIVERS = (r"\b(?:deliver\w*|livr\w+|livraison|consegn\w+|entreg\w+|reparto|repartimos|"
             r"env[íi]\w+|liefer\w*|zustell\w*|spedi\w+{})\b[^.;:!?]{{0,25}}$")
# a street and its number: a door ("calle Mayor 3", "via Roma 12", "Hauptstraße 5")
_STREET = (r"\b(?:via|viale|piazza|corso|rue|avenue|boulevard|calle|avenida|plaza|paseo|rua|"
           r"travessa|street|road|lane)\s+[^,.;:]{2,30}?\s\d{1,4}\b|"
           r"\b\w+(?:stra(?:ß|ss)e|platz|weg|gasse)\s+\d{1,4}\b|"
           r"\b\d{1,4},?\s+\w+(?:\s\w+)?\s+(?:street|road|lane|avenue|st|rd)\b")


def roams(spec: Spec) -> bool:
    """Whether the business comes to its customers or moves about, so has no door to visit
    (a shop that delivers to people's homes has its door; a home service said beside a street
    address, "servicio a domicilio", is its delivery too)."""
    text = spec.prompt[:4000]
    delivers = _DELIVERS.format("|servicio|service" if re.search(_STREET, text, re.I) else "")
    return any(not re.search(delivers, text[max(0, m.start() - 40):m.start()], re.I)
               for m in re.finditer(_ROAMS, text, re.I))


def visit_html(spec: Spec, w: dict[str, str], always: bool = False) -> str:
    """Where the business is, its hours and how to reach it, as the prompt gives them; a line
    it asks for but does not give (``always``: every line) says it is to be added, never an
    invented number."""
    text = spec.prompt
    low = text.lower()
    where, hours = said_place(text), said_hours(text, alone=True, lang=spec.lang)
    contact = re.findall(_CONTACT, text)
    lines = []
    moving = roams(spec)
    if where:
        lines.append((w["area" if moving else "place"], where))
    elif always:
        lines.append((w["area" if moving else "place"], w["toAdd"]))
    if hours:
        lines.append((w["hours"], hours))
    elif always or re.search(r"\bhours\b|horaires?|horario|hor[áa]rio|orari|[öo]ffnungszeiten",
                             low):
        lines.append((w["hours"], w["toAdd"]))
    if contact:
        lines.append((w["contact"], ", ".join(contact[:2])))
    elif always or re.search(r"contact|contacto|contato|contatti|kontakt|phone|t[ée]l[ée]phone|"
                             r"telefon", low):
        lines.append((w["contact"], w["toAdd"]))
    if not lines:
        return ""
    items = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in lines)
    return f"""
    <section id="visit" class="card">
      <h2>{w["roams" if moving else "visit"]}</h2>
      <dl>{items}</dl>
    </section>"""


# the parts a landing builds when asked (spec.landing_parts), as the summary says them
_PARTS = {"images": "a photo gallery (placeholders you replace with your pictures in photos/)",
          "whatsapp": "a WhatsApp button (a wa.me link)",
          "contact_form": "a contact form that opens the visitor's own e-mail app (the page "
                          "sends nothing)"}
GALLERY_SIZE = 6
_PHONE = r"\+?\(?\d[\d ().-]{6,}\d"
_WA_NUMBER = rf"whats\s?app\D{{0,30}}?({_PHONE})|({_PHONE})\D{{0,20}}whats\s?app"
_EMAIL = r"[\w.+-]+@[\w-]+\.[\w.]+"


def _placeholder(label: str) -> str:
    """A photo's placeholder: a plain frame saying which photo goes there."""
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 '
            '600"><rect width="800" height="600" fill="#d9dde3"/><path d="M330 250h140l20 30h50v'
            '140H260V280h50z" fill="none" stroke="#8a94a3" stroke-width="12"/><circle cx="400" '
            'cy="345" r="45" fill="none" stroke="#8a94a3" stroke-width="12"/><text x="400" y="'
            f'500" font-family="sans-serif" font-size="40" text-anchor="middle" fill="#5b6573">'
            f'{html.escape(label)}</text></svg>\n')


def _parts(spec: Spec, w: dict[str, str]) -> tuple[str, str, str, dict[str, str]]:
    """The gallery, WhatsApp button and contact form ``spec`` asks for: the hero's button, the
    sections, their script and the photos' placeholder files. A number or an address the
    prompt does not give is said to be added, never invented."""
    has = spec.features
    hero = sections = js = ""
    files: dict[str, str] = {}
    if "images" in has:
        shots = [(f"photos/photo-{i}.svg", i18n.pick(i18n.LANDING["photo"], spec.lang)
                  .format(n=i)) for i in range(1, GALLERY_SIZE + 1)]
        files = {path: _placeholder(label) for path, label in shots}
        figures = "".join(f'<figure><img src="{path}" alt="{html.escape(label)}" '
                          f'loading="lazy"></figure>' for path, label in shots)
        sections += f"""
    <section id="gallery" aria-label="{w["gallery"]}">
      <h2>{w["gallery"]}</h2>
      <div class="gallery">{figures}</div>
      <p class="muted">{w["photosNote"]}</p>
    </section>"""
    if "whatsapp" in has:
        m = re.search(_WA_NUMBER, spec.prompt, re.I)
        number = re.sub(r"\D", "", m.group(1) or m.group(2)) if m else ""
        hero = (f'<a class="button" id="whatsapp" href="https://wa.me/{number}" '
                f'target="_blank" rel="noopener">{w["whatsapp"]}</a>'
                + ("" if number else f' <small class="muted">({w["waNumber"]})</small>'))
    if "contact_form" in has:
        to = next(iter(re.findall(_EMAIL, spec.prompt)), "")
        sections += f"""
    <section id="contact" class="card">
      <h2>{w["write"]}</h2>
      <p class="muted">{w["mailNote"]}{"" if to else f" ({w['email']}: {w['toAdd']})"}</p>
      <form id="contact-form" data-to="{html.escape(to)}" novalidate>
        <label>{w["name"]} <input name="name" autocomplete="name"></label>
        <label>{w["message"]} <textarea name="message" rows="4" required></textarea></label>
        <button class="primary" type="submit">{w["mailApp"]}</button>
      </form>
      <p id="contact-status" role="status"></p>
      <p><a id="mail-open" hidden>{w["mailApp"]}</a></p>
    </section>"""
        said = json.dumps({k: i18n.pick(i18n.LANDING[k], spec.lang)
                           for k in ("noMessage", "opened")}, ensure_ascii=False)
        js = "const MAIL = " + said + """;
$("#contact-form").addEventListener("submit", (e) => {
  e.preventDefault();  // the visitor's own e-mail app sends it: this page sends nothing
  const form = e.target, data = Object.fromEntries(new FormData(form));
  const status = $("#contact-status");
  if (!String(data.message).trim()) { status.textContent = MAIL.noMessage; form.message.focus(); return; }
  const url = `mailto:${encodeURIComponent(form.dataset.to)}?subject=${encodeURIComponent(data.name ? `${document.title} · ${data.name}` : document.title)}&body=${encodeURIComponent(data.message)}`;
  const link = $("#mail-open");
  link.href = url; link.hidden = false;
  status.textContent = MAIL.opened;
  link.click();
});
"""
    return hero, sections, js, files


def contains(spec: Spec) -> frozenset[str]:
    """What the landing page built from ``spec`` has: prices and a waitlist when asked, and
    the gallery, WhatsApp button and contact form (``_PARTS``) it was asked for."""
    return frozenset({"prices"} if "pricing" in spec.asked else set()) | (
        {"waitlist"} if "waitlist" in spec.asked else set()) | (
        {"dark_mode", *_PARTS} & spec.features)

# What a landing page's prompt says its product is or does: "(a pomodoro timer that blocks
# distracting sites)", ", a tide-times app for surfers", "that helps …", "qui aide …".
_WHAT_IT_IS = [
    r"\(([^)]{6,160})\)",
    r"(?:[—–]|(?<!\d):(?!\d))\s*([^.;!?]{6,160})",  # not a time's colon ("a las 8:00")
    r",\s*((?:an?|the|un|une|una|uno|um|uma|ein|eine|el|la|le|il|lo|o)\s+[^.;!?]{4,160})",
    r"\b((?:that|which|qui|que|che|die|der|das)\s+[^.;!?]{4,160})",
    r"\b((?:to help|helping|helps|to make|lets|pour aider|para ayudar|para ajudar|per aiutare|"
    r"um\s+\w+\s+zu)\s+[^.;!?]{4,160})",
    # what a place offers: "my B&B in Puglia with sea-view rooms and breakfast on the terrace"
    r"\b((?:with|avec|con|mit|com|offering|offers|qui propose|que ofrece|que oferece|"
    r"che offre|where you can|o[uù] l'on|donde|onde|dove)\s+[^.;!?]{6,160})",
]
# Words a landing prompt uses for the page itself or its sections, not for the product.
_PAGE_WORDS = (r"\b(?:with|avec|con|mit|com)\s+(?:(?:an?|une?|una?|eine[nm]?|uma?|des|le|la|"
               r"les|los|las|os|as|il|i|gli|einer)\s+)?"
               r"(?:pricing|prices|waitlist|wait list|faq|testimonials?|dark mode|newsletter|"
               r"contact(?: form)?|gallery|portfolio|portafolio|portf[óo]lio|photos?|images?|a map|"
               r"sections?|buttons?|"
               # the parts a landing builds, in the other five languages (web._parts)
               r"fotos?|bilder\w*|imagens|immagini|im[áa]genes|galer\w+|whats\s?app\w*|"
               r"bot[óoã]o?n?|bouton|pulsante|knopf|formul\w+|kontakt\w*|contat\w*|contact\w*|"
               r"modul[oi] (?:di )?contatt\w*|"
               r"sign-?ups?|precios|preços|prezzi|preise|preisen|tarifs|liste d'attente|lista de espera|"
               r"warteliste|lista d'attesa|registration|inscriptions?|inscripci[oó]n|anmeldung|"
               r"inscri[çc][ãa]o|iscrizion[ei])\b.*$")
# A part of the page said among what the place offers ("avec mes tarifs et un bouton pour
# prendre rendez-vous": walk24 #11 priced a "Bouton"), never an offer itself.
_A_PAGE_PART = (r"(?:(?:an?|the|my|our|un|une|mes|mon|ma|el|la|los|las|una|mi|mis|ein\w*|"
                r"mein\w*|unser\w*|um|uma|o|a|os|as|il|lo|i|le|gli|meu|minha|mio|mia)\s+)*"
                r"(?:buttons?|boutons?|bot[óo]n(?:es)?|bot[ãa]o|bot[õo]es|kn[öo]pfe?|pulsant[ei]|"
                r"forms?|formulaires?|formularios?|formul[áa]rios?|formulare?|modul[oi]|links?|"
                r"liens?|enlaces?|registration|inscriptions?|inscripci[oó]n|anmeldung|"
                r"inscri[çc][ãa]o|iscrizion[ei]|sign-?ups?)\b")


_OFFERS = re.compile(r"\b(?:with|avec|con|mit|com|offering|offers|qui propose|que ofrece|"
                     r"que oferece|che offre)\s+([^.;!?]{6,160})", re.I)
_ITEM_SPLIT = r"(?<!\d),|,(?!\d)|\s(?:and|et|y|e|und|plus|or|ou|o|oder)\s"  # not "2,50"


def offers(spec: Spec) -> list[str]:
    """What the prompt says the place offers ("sea-view rooms and breakfast on the terrace" →
    two items), each without its leading article; [] when it lists nothing."""
    body = re.sub(_PAGE_WORDS, "", re.sub(r"\s+", " ", spec.prompt.strip()), flags=re.I)
    m = _OFFERS.search(body)
    listed = m.group(1) if m else ""
    if ":" in listed:  # "with the services: pilates, massage, rehab"
        listed = listed.split(":", 1)[1]
    elif not m and is_business(spec) and (m := re.search(r"(?<!\d):(?!\d)\s*([^.;!?]{6,200})", body)):
        listed = m.group(1)  # a place's list after a colon: "clinic in Porto: back pain, …"
    elif not m and is_business(spec):
        # what a place's prompt says of it clause by clause, after naming it: "mon b&b a Lecce,
        # 3 camere, colazione inclusa, da 80 euro a notte" (walk19 #25 dropped the two);
        # its prices, hours and whom it is for are sections of their own
        clauses = [x.strip() for c in re.split(r"(?<!\d),(?!\d)", body)[1:]
                   for x in ([c] if audience(c) else re.split(_ITEM_SPLIT, c))]
        said = [shapes.cap(c) for c in clauses
                if c and len(c.split()) <= 5 and not re.search(MONEY, c, re.I)
                and not said_hours(c, alone=True, lang=spec.lang) and not audience(c)
                and not re.search(r"\d{1,2}\s*(?:h|uhr|am|pm)\b|\d[:.]\d\d", c, re.I)
                and not re.fullmatch(_PRICE_WORDS, c, re.I)
                and c.lower() not in spec.name.lower()][:6]
        # two or more: one clause alone may be the place's own name ("…, Paws on Tour") or a
        # remark ("emergency call-outs 24/7")
        return said if len(said) >= 2 else []
    # a priced item is the prices' ("coppetta piccola 2,50 €"), judged before trimming
    items = [shapes.trim_subject(p.strip(" ,.;")) for p in re.split(_ITEM_SPLIT, listed)
             if not re.search(MONEY, p)]
    # "mit Kursen und Preisen": the prices are the page's section, not something offered, and
    # so are the courses: a kind of offer named bare, in any case ("Kursen"), is no offer
    # (walk18 #15's one offer was "Kursen · Preis auf Anfrage")
    return [i for i in items if i and len(i.split()) <= 6 and not re.fullmatch(_PRICE_WORDS, i, re.I)
            and not re.fullmatch(_KIND_OF_OFFER, i, re.I)]


def offer_kinds(spec: Spec) -> list[str]:
    """The kinds of offer a prompt names bare ("mit Kursen und Preisen": Kurse), each as a
    heading says it (a German dative plural back to its nominative)."""
    body = re.sub(r"\s+", " ", spec.prompt.strip())
    m = _OFFERS.search(body)
    out = []
    for p in re.split(_ITEM_SPLIT, m.group(1) if m else ""):
        kind = re.fullmatch(_KIND_OF_OFFER, shapes.trim_subject(p.strip(" ,.;")), re.I)
        if kind:
            word = kind.group(0).split()[-1]
            out.append(shapes.cap(shapes.plural_nominative(word)))
    return out


_KIND_OF_OFFER = (r"(?:(?:the|our|its|their|les|nos|ses|des|die|unsere[nm]?|ihre[nm]?|los|las|"
                  r"nuestr[oa]s|sus|i|gli|le|os|as|nossos|nossas)\s+)?"
                  r"(?:courses|classes|lessons|services|products|treatments|offers|"
                  r"kurs(?:e|en)|stunden|leistungen|dienstleistungen|angebote(?:n)?|produkte(?:n)?|"
                  r"behandlungen|cours|prestations|services|produits|soins|offres|ateliers|"
                  r"clases|cursos|servicios|productos|tratamientos|talleres|aulas|servi[çc]os|"
                  r"produtos|tratamentos|oficinas|corsi|lezioni|servizi|prodotti|trattamenti|"
                  r"workshops?)")


_PRICE_WORDS = r"(?:(?:the|our|its|their|my|les|nos|ses|mes|die|unsere[nm]?|meine[nm]?|los|" \
    r"nuestros|sus|mis|i|os|as|meus|miei)\s+)?(?:prices?|pricing|preise[n]?|prix|tarifs?|precios|pre[çc]os|prezzi|rates)"


def _said_what(spec: Spec) -> str:
    """What the prompt says the product or place is or does, in its own words ("" if
    nothing)."""
    prompt = re.sub(r"\s+", " ", spec.prompt.strip())
    body = re.sub(_PAGE_WORDS, "", prompt, flags=re.I).strip(" ,.;")
    for i, pattern in enumerate(_WHAT_IT_IS):
        m = re.search(pattern, body, re.I)
        if m and i == len(_WHAT_IT_IS) - 1 and all(
                re.fullmatch(_KIND_OF_OFFER, x, re.I) or re.fullmatch(_PRICE_WORDS, x, re.I)
                or re.match(_A_PAGE_PART, x, re.I)  # "… und Anmeldung": the page's form
                for x in (shapes.trim_subject(p.strip(" ,.;")) for p in re.split(
                    _ITEM_SPLIT, re.sub(r"^\S+\s+", "", m.group(1)))) if x):
            continue  # "mit Kursen und Preisen" names the page's sections, says nothing
        if m and not re.search(r"\b(?:landing|homepage|home page|page d'accueil|startseite|"
                               r"pagina iniziale|waitlist|pricing)\b", m.group(1), re.I):
            what = m.group(1).strip(" ,.;")
            if i >= 3:  # "… space that offers …": the clause with what it is about
                before = re.split(r"\b(?:for|pour|para|für|fürs|per)\s+", body[:m.start()],
                                  flags=re.I)[-1]
                what = f"{shapes.trim_subject(before)} {what}".strip()
            return what
    return ""


# A trade that sells its work, not goods: a dog walker's page shows no pet shop's dog food.
_SERVICE = (r"\b(?:dog walk\w*|walkers?|sitting|sitters?|trainers?|training|tutor\w*|cleaning|"
            r"cleaners?|handyman|services?|plumb\w*|electricians?|groom\w*)\b")


_CALLED = (r"\b(?:called|named|appel[ée]e?s?|nomm[ée]e?s?|llamad[oa]s?|chamad[oa]s?|"
           r"chiamat[oa]|namens|genannt)\b")


def _welcome(spec: Spec, w: dict[str, str]) -> tuple[str, str, str, list, str]:
    """A place's hero when its prompt says only what it is: "Welcome to Crumb." over "Bakery:
    what we offer, our hours and how to reach us."; its pack's goods as examples said to be
    replaced (English packs only): (headline, lead, features html, highlights, kicker)."""
    name = spec.name
    kind = re.split(_CALLED, spec.subject, maxsplit=1, flags=re.I)[0].strip()
    said = re.search(re.escape(spec.subject), spec.prompt, re.I) if spec.subject else None
    named = not said or any(w[:1].isupper() for w in said.group(0).split()[1:])
    kind = re.sub(re.escape(name), "", kind, flags=re.I).strip(" ,") or (
        spec.subject.split()[0] if named  # "Bäckerei Kornblume" is the name: "Bäckerei" its kind
        else spec.subject)  # no own name: "cat sitting service" is all of it
    kicker = shapes.cap(kind)
    where = re.search(r"\b(?:in|à|en|em|a|im)\s+([A-ZÀ-Ý][\w'’-]+)", spec.prompt)
    if where and where.group(1).lower() not in kind.lower() and where.group(1) != name:
        kind += {"fr": " à ", "es": " en ", "pt": " em ", "it": " a "}.get(spec.lang, " in ") \
            + where.group(1)
    goods = [g for g in spec.pack.products[:3]] if spec.lang == "en" \
        and spec.pack.key != "neutral" and not re.search(_SERVICE, spec.prompt, re.I) else []
    lede = i18n.pick(i18n.LANDING["ledeOffer" if goods else "ledeVisit"], spec.lang)
    headline = i18n.pick(i18n.LANDING["welcome"], spec.lang).format(name=name)
    if not goods:
        return headline, lede.format(kind=shapes.cap(kind)), "", [], kicker
    cards = "\n        ".join(f'<article class="card example"><h3><span class="emoji" '
                              f'aria-hidden="true">{html.escape(g.emoji)} </span>'
                              f'{html.escape(g.name)}</h3></article>' for g in goods)
    features = f"""<section id="features" aria-label="{w["services"]}">
      <h2>{w["services"]}</h2>
      <p class="muted examples-note">{w["examplesNote"]}</p>
      <div class="grid">
        {cards}
      </div>
    </section>"""
    return (headline, lede.format(kind=shapes.cap(kind)), features,
            [(g.name, "") for g in goods], kicker)


def hero(spec: Spec, tagline: str) -> tuple[str, str]:
    """The landing page's headline and the line under it, from what the prompt says the
    product is and does, in its own words; the domain pack's tagline (or the subject) only
    when the prompt says nothing more."""
    prompt = re.sub(r"\s+", " ", spec.prompt.strip())
    body = re.sub(_PAGE_WORDS, "", prompt, flags=re.I).strip(" ,.;")
    what = _said_what(spec)
    if what:
        return f"{shapes.cap(what)}.", ""
    if spec.pack.key != "neutral" and spec.lang == "en" and not is_business(spec):
        # a product's domain words; a real place's page is not given a made-up slogan
        return f"{tagline}.", ""
    # no domain words: the subject as the prompt says it ("dog walking in Leeds")
    m = re.search(r"\b(?:for|pour|para|für|fürs|per|de)\s+(.+)$", body, re.I)
    phrase = shapes.cap(shapes.trim_subject(m.group(1))) if m else ""
    if not phrase or len(phrase) < len(spec.subject):
        phrase = shapes.cap(spec.subject or spec.name)
    if is_business(spec):  # "Everything about FixIt in one place" is no place's own word
        return f"{phrase}.", ""
    return f"{phrase}.", i18n.pick(i18n.LANDING["t1"], spec.lang).format(s=spec.subject
                                                                          or spec.name)


# What each offline app does, as its README and the run's summary say it (``what``: only what
# the app built from a spec has).
WHAT = {"todo": "Tasks with due dates, priorities, tags, filters and search",
         "blog": "A blog with markdown posts, tags and search",
         "dashboard": "A dashboard with KPIs, a chart and a searchable table",
         "store": "A storefront with a catalogue, categories, ratings, a cart and checkout",
         "landing": "A landing page with features and an FAQ",
         "tracker": "A tracker: log entries, totals, search, sort and CSV import/export",
         "board": "A kanban board: cards in columns you move between",
         "booking": "A booking page: a weekly grid of time slots you book and cancel",
         "directory": "A directory: entries you add, edit, search, filter and export",
         "leaderboard": "A leaderboard: players ranked by points you add after each game",
         "flashcards": "Flashcards you flip, with a score of what you knew",
         "calculator": "A calculator whose results follow the numbers you type",
         "status": "A status page: each service's state and 90 days of uptime bars, incidents",
         "menu": "A menu you order from: items by course, an order with its total",
         "signup": "A sign-up sheet: slots with spots left, names added and removed"}


def what(spec: Spec, whole_days: bool = False) -> str:
    """``WHAT`` for this app: a habit tracker's week and streaks, a directory's filter and a
    landing page's sections only where it has them (``spec.features``). ``whole_days``: a
    booking of whole days (dataapp.config's; passed in, since dataapp imports this module)."""
    from devora_desktop.agents.templates import titles

    has = spec.features
    if spec.kind == "booking" and whole_days:  # hired by the day
        return "A booking page: a weekly grid of whole days you book and cancel"
    if spec.kind == "tracker" and re.search(titles.HABIT, spec.prompt.lower()):
        return "A habit tracker: each habit's week, ticked day by day, and its streak"
    if spec.kind == "directory":
        return ("A directory: entries you add, edit, search, "
                f"{'filter ' if 'filters' in has else 'sort '}and export")
    if spec.kind == "landing":
        parts = ["features", *(["prices"] if "prices" in has else []),
                 *(["an FAQ"] if "faq" in has else []),
                 *([("a sign-up form" if signs_up(spec) else "a waitlist")]
                   if "waitlist" in has else []),
                 *[said for part, said in _PARTS.items() if part in has]]
        return "A landing page with " + (", ".join(parts[:-1]) + " and " + parts[-1]
                                         if len(parts) > 1 else parts[0])
    return WHAT[spec.kind]


# A README's words in the app's language (an Italian pizzeria's README was in English).
README = {
    "asked": shapes.L("Asked for: “{p}”.", "Demandé : « {p} ».", "Pedido: «{p}».",
                      "Gewünscht: „{p}“.", "Pedido: “{p}”.", "Richiesta: «{p}»."),
    "run": shapes.L("Run it", "Lancer l'app", "Abrirla", "Starten", "Abrir", "Aprirla"),
    "open": shapes.L("Open `index.html` in a browser: no build step, no server.",
                     "Ouvrez `index.html` dans un navigateur : rien à compiler, aucun serveur.",
                     "Abre `index.html` en un navegador: sin compilar, sin servidor.",
                     "`index.html` im Browser öffnen: kein Build, kein Server.",
                     "Abra `index.html` em um navegador: sem build, sem servidor.",
                     "Apri `index.html` in un browser: niente build, niente server."),
    "data": shapes.L("Your data", "Vos données", "Tus datos", "Deine Daten", "Seus dados",
                     "I tuoi dati"),
    "local": shapes.L(
        "Everything you enter is saved in this browser's localStorage (keys starting `{key}`): "
        "it stays on this device and in this browser, nobody else sees it, and clearing the "
        "site's data deletes it. Export CSV and Import CSV (at the bottom of the page) move it "
        "elsewhere.",
        "Tout ce que vous saisissez est enregistré dans le localStorage de ce navigateur (clés "
        "commençant par `{key}`) : cela reste sur cet appareil et dans ce navigateur, personne "
        "d'autre ne le voit, et effacer les données du site le supprime. Exporter CSV et "
        "Importer CSV (en bas de la page) le déplacent ailleurs.",
        "Todo lo que introduces se guarda en el localStorage de este navegador (claves que "
        "empiezan por `{key}`): se queda en este dispositivo y en este navegador, nadie más lo "
        "ve, y borrar los datos del sitio lo elimina. Exportar CSV e Importar CSV (al pie de la "
        "página) lo llevan a otro sitio.",
        "Alles, was du eingibst, wird im localStorage dieses Browsers gespeichert (Schlüssel "
        "beginnen mit `{key}`): Es bleibt auf diesem Gerät und in diesem Browser, niemand "
        "sonst sieht es, und das Löschen der Websitedaten löscht es. CSV exportieren und CSV "
        "importieren (unten auf der Seite) bringen es woandershin.",
        "Tudo o que você digita fica salvo no localStorage deste navegador (chaves que começam "
        "com `{key}`): fica neste aparelho e neste navegador, ninguém mais vê, e apagar os "
        "dados do site o apaga. Exportar CSV e Importar CSV (no pé da página) o levam para "
        "outro lugar.",
        "Tutto ciò che inserisci è salvato nel localStorage di questo browser (chiavi che "
        "iniziano con `{key}`): resta su questo dispositivo e in questo browser, nessun altro "
        "lo vede, e cancellare i dati del sito lo elimina. Esporta CSV e Importa CSV (in fondo "
        "alla pagina) lo spostano altrove."),
    "waitlist": shapes.L(
        "Waitlist sign-ups are saved in this browser's localStorage only: nobody receives them "
        "until the page is connected to a form service or a server.",
        "Les inscriptions à la liste d'attente sont enregistrées uniquement dans le "
        "localStorage de ce navigateur : personne ne les reçoit tant que la page n'est pas "
        "reliée à un service de formulaires ou à un serveur.",
        "Las inscripciones a la lista de espera se guardan solo en el localStorage de este "
        "navegador: nadie las recibe hasta que la página se conecte a un servicio de "
        "formularios o a un servidor.",
        "Anmeldungen zur Warteliste werden nur im localStorage dieses Browsers gespeichert: "
        "Niemand erhält sie, bis die Seite mit einem Formulardienst oder einem Server verbunden "
        "ist.",
        "As inscrições na lista de espera ficam salvas só no localStorage deste navegador: "
        "ninguém as recebe até a página ser ligada a um serviço de formulários ou a um "
        "servidor.",
        "Le iscrizioni alla lista d'attesa sono salvate solo nel localStorage di questo "
        "browser: nessuno le riceve finché la pagina non è collegata a un servizio di moduli o "
        "a un server."),
    "none": shapes.L("The page keeps no data (only the dark-mode choice, when it has one).",
                     "La page ne garde aucune donnée (seulement le choix du mode sombre, s'il "
                     "existe).",
                     "La página no guarda datos (solo la elección del modo oscuro, si lo tiene).",
                     "Die Seite speichert keine Daten (nur die Wahl des Dunkelmodus, wenn es "
                     "ihn gibt).",
                     "A página não guarda dados (só a escolha do modo escuro, quando existe).",
                     "La pagina non conserva dati (solo la scelta della modalità scura, se "
                     "c'è)."),
    "built": shapes.L("Built by Devora Desktop from its offline templates (no AI).",
                      "Construit par Devora Desktop avec ses modèles hors ligne (sans IA).",
                      "Hecho por Devora Desktop con sus plantillas sin conexión (sin IA).",
                      "Von Devora Desktop aus seinen Offline-Vorlagen gebaut (ohne KI).",
                      "Feito pelo Devora Desktop com seus modelos offline (sem IA).",
                      "Creato da Devora Desktop con i suoi modelli offline (senza IA)."),
    "calc": shapes.L("{title}: type {ins}; it shows {outs}.",
                     "{title} : saisissez {ins} ; elle affiche {outs}.",
                     "{title}: escribe {ins}; muestra {outs}.",
                     "{title}: {ins} eingeben; angezeigt werden {outs}.",
                     "{title}: digite {ins}; ela mostra {outs}.",
                     "{title}: inserisci {ins}; mostra {outs}."),
    "basic": shapes.L(
        "A plain calculator: type a sum or use the keypad (+ − × ÷ % and brackets); results "
        "are kept in a list.",
        "Une calculatrice simple : tapez un calcul ou utilisez le pavé (+ − × ÷ % et "
        "parenthèses) ; les résultats sont gardés dans une liste.",
        "Una calculadora sencilla: escribe una operación o usa el teclado (+ − × ÷ % y "
        "paréntesis); los resultados se guardan en una lista.",
        "Ein einfacher Rechner: Rechnung tippen oder die Tasten nutzen (+ − × ÷ % und "
        "Klammern); die Ergebnisse bleiben in einer Liste.",
        "Uma calculadora simples: digite uma conta ou use o teclado (+ − × ÷ % e parênteses); "
        "os resultados ficam numa lista.",
        "Una calcolatrice semplice: scrivi un calcolo o usa il tastierino (+ − × ÷ % e "
        "parentesi); i risultati restano in un elenco."),
    "landing": shapes.L("A one-page site.", "Un site d'une page.", "Un sitio de una página.",
                        "Eine Website auf einer Seite.", "Um site de uma página.",
                        "Un sito di una pagina."),
    # the run's verdict, for an app that is not what was asked; the list stays as the run
    # said it, in the app's own words only where the templates have them
    "unfit": shapes.L("{unfit}.",
                      "Ce n'est pas tout à fait ce qui était demandé : les modèles hors ligne "
                      "ne savent pas faire « {what} ». Ajoutez un modèle dans les Réglages.",
                      "No es del todo lo pedido: las plantillas sin conexión no saben hacer "
                      "«{what}». Añade un modelo en Ajustes.",
                      "Nicht ganz das Gewünschte: Die Offline-Vorlagen können „{what}“ nicht "
                      "bauen. Füge in den Einstellungen ein Modell hinzu.",
                      "Não é bem o que foi pedido: os modelos offline não sabem fazer "
                      "“{what}”. Adicione um modelo nas Configurações.",
                      "Non è proprio ciò che è stato chiesto: i modelli offline non sanno fare "
                      "«{what}». Aggiungi un modello nelle Impostazioni."),
}


# What a README says was not built, in the app's language (the verdict's own words are
# English): each feature the templates name ("online payments on a menu" → its feature).
NOT_BUILT = {
    "due dates": ("échéances", "fechas de vencimiento", "Fälligkeitsdaten", "prazos", "scadenze"),
    "priorities": ("priorités", "prioridades", "Prioritäten", "prioridades", "priorità"),
    "tags": ("étiquettes", "etiquetas", "Schlagwörter", "etiquetas", "etichette"),
    "categories": ("catégories", "categorías", "Kategorien", "categorias", "categorie"),
    "search": ("recherche", "búsqueda", "Suche", "busca", "ricerca"),
    "filters": ("filtres", "filtros", "Filter", "filtros", "filtri"),
    "ratings": ("notes", "valoraciones", "Bewertungen", "avaliações", "valutazioni"),
    "prices": ("prix", "precios", "Preise", "preços", "prezzi"),
    "image uploads": ("envoi de photos", "subida de fotos", "Foto-Uploads", "envio de fotos",
                      "caricamento di foto"),
    "photos": ("photos", "fotos", "Fotos", "fotos", "foto"),
    "comments": ("commentaires", "comentarios", "Kommentare", "comentários", "commenti"),
    "dark mode": ("mode sombre", "modo oscuro", "Dunkelmodus", "modo escuro", "modalità scura"),
    "charts": ("graphiques", "gráficos", "Diagramme", "gráficos", "grafici"),
    "markdown": ("markdown",) * 5,
    "a cart": ("panier", "carrito", "Warenkorb", "carrinho", "carrello"),
    "checkout": ("validation de commande", "pago del pedido", "Kasse", "checkout", "checkout"),
    "online payments": ("paiement en ligne", "pago en línea", "Online-Zahlung",
                        "pagamento online", "pagamento online"),
    "a waitlist": ("liste d'attente", "lista de espera", "Warteliste", "lista de espera",
                   "lista d'attesa"),
    "an FAQ": ("FAQ", "preguntas frecuentes", "FAQ", "perguntas frequentes", "FAQ"),
    "sign-in": ("connexion", "inicio de sesión", "Anmeldung", "login", "accesso"),
    "KPIs": ("indicateurs", "indicadores", "Kennzahlen", "indicadores", "indicatori"),
    # what no template does (spec.BEYOND)
    "real-time updates or chat": ("mises à jour en temps réel ou chat",
                                  "actualizaciones en tiempo real o chat",
                                  "Echtzeit-Updates oder Chat",
                                  "atualizações em tempo real ou chat",
                                  "aggiornamenti in tempo reale o chat"),
    "email or push notifications": ("notifications par e-mail ou push",
                                    "notificaciones por correo o push",
                                    "E-Mail- oder Push-Benachrichtigungen",
                                    "notificações por e-mail ou push",
                                    "notifiche via e-mail o push"),
    "SMS or WhatsApp messages": ("SMS ou messages WhatsApp", "SMS o mensajes de WhatsApp",
                                 "SMS oder WhatsApp-Nachrichten", "SMS ou mensagens de WhatsApp",
                                 "SMS o messaggi WhatsApp"),
    "maps": ("cartes", "mapas", "Karten", "mapas", "mappe"),
    "a map drawn in the page": ("une carte dans la page", "un mapa en la página",
                                "eine Karte auf der Seite", "um mapa na página",
                                "una mappa nella pagina"),
    "a to-do list": ("une liste de tâches", "una lista de tareas", "eine Aufgabenliste",
                     "uma lista de tarefas", "una lista di cose da fare"),
    "who may change what (roles)": ("qui peut modifier quoi (rôles)",
                                    "quién puede cambiar qué (roles)",
                                    "wer was ändern darf (Rollen)",
                                    "quem pode mudar o quê (funções)",
                                    "chi può modificare cosa (ruoli)"),
    "live location (GPS)": ("localisation en direct (GPS)", "ubicación en vivo (GPS)",
                            "Live-Standort (GPS)", "localização ao vivo (GPS)",
                            "posizione in tempo reale (GPS)"),
    "a calendar view": ("vue calendrier", "vista de calendario", "Kalenderansicht",
                        "visualização de calendário", "vista calendario"),
    "audio or speech": ("audio ou voix", "audio o voz", "Audio oder Sprache", "áudio ou voz",
                        "audio o voce"),
    "a newsletter sent by e-mail": ("newsletter envoyée par e-mail",
                                    "boletín enviado por correo",
                                    "per E-Mail versandter Newsletter",
                                    "newsletter enviada por e-mail",
                                    "newsletter inviata via e-mail"),
    "time tracking": ("suivi du temps", "control del tiempo", "Zeiterfassung",
                      "controle de horas", "monitoraggio del tempo"),
    "file uploads": ("envoi de fichiers", "subida de archivos", "Datei-Uploads",
                     "envio de arquivos", "caricamento di file"),
    "drag and drop": ("glisser-déposer", "arrastrar y soltar", "Drag-and-drop",
                      "arrastar e soltar", "trascinamento"),
    "translations": ("traductions", "traducciones", "Übersetzungen", "traduções", "traduzioni"),
    "QR codes": ("codes QR", "códigos QR", "QR-Codes", "códigos QR", "codici QR"),
    "AI features": ("fonctions d'IA", "funciones de IA", "KI-Funktionen", "recursos de IA",
                    "funzioni di IA"),
    "camera, scanning or recognition": ("caméra, scan ou reconnaissance",
                                        "cámara, escaneo o reconocimiento",
                                        "Kamera, Scannen oder Erkennung",
                                        "câmera, leitura ou reconhecimento",
                                        "fotocamera, scansione o riconoscimento"),
    "exports (CSV/PDF)": ("exports (CSV/PDF)", "exportaciones (CSV/PDF)", "Exporte (CSV/PDF)",
                          "exportações (CSV/PDF)", "esportazioni (CSV/PDF)"),
    "PDF exports": ("exports PDF", "exportaciones en PDF", "PDF-Exporte", "exportações em PDF",
                    "esportazioni PDF"),
    "a timer or stopwatch": ("minuteur ou chronomètre", "temporizador o cronómetro",
                             "Timer oder Stoppuhr", "temporizador ou cronômetro",
                             "timer o cronometro"),
    "bookings": ("réservations", "reservas", "Buchungen", "reservas", "prenotazioni"),
    "a repeat schedule": ("un calendrier de répétition (la fréquence de chacun et la prochaine "
                          "fois)", "un calendario de repetición (cada cuánto toca y la próxima "
                          "vez)", "einen Wiederholungsplan (wie oft und wann als Nächstes)",
                          "uma agenda de repetição (de quanto em quanto tempo e a próxima vez)",
                          "un calendario di ripetizione (ogni quanto e la prossima volta)"),
    "votes, polls or surveys": ("votes, sondages ou enquêtes", "votaciones o encuestas",
                                "Abstimmungen oder Umfragen", "votações ou enquetes",
                                "votazioni o sondaggi"),
    "points per person": ("des points par personne", "puntos por persona",
                          "Punkte pro Person", "pontos por pessoa", "punti per persona"),
    "video": ("vidéo", "vídeo", "Video", "vídeo", "video"),
    "sharing between users": ("partage entre utilisateurs", "compartir entre usuarios",
                              "Teilen zwischen Nutzern", "compartilhamento entre usuários",
                              "condivisione tra utenti"),
    "an expense splitter (who owes whom)": (
        "un partage de dépenses (qui doit combien à qui)",
        "un reparto de gastos (quién debe a quién)", "eine Kostenaufteilung (wer wem was schuldet)",
        "uma divisão de despesas (quem deve a quem)", "una divisione delle spese (chi deve a chi)"),
    "posting to social media for you": (
        "la publication sur les réseaux sociaux à votre place",
        "la publicación en redes sociales por ti", "das Posten in sozialen Netzwerken für dich",
        "a publicação nas redes sociais por você", "la pubblicazione sui social al posto tuo"),
    "video or voice calls": ("des appels vidéo ou audio", "videollamadas o llamadas de voz",
                             "Video- oder Sprachanrufe", "chamadas de vídeo ou de voz",
                             "videochiamate o chiamate vocali"),
    "a chat app": ("une messagerie", "una app de chat", "eine Chat-App", "um app de chat",
                   "un'app di chat"),
    "a social network or forum": ("un réseau social ou un forum", "una red social o un foro",
                                  "ein soziales Netzwerk oder Forum",
                                  "uma rede social ou um fórum", "un social network o un forum"),
    "data that arrives or is checked by itself (a bank, a server, monitoring)": (
        "données qui arrivent ou se vérifient seules (banque, serveur, surveillance)",
        "datos que llegan o se comprueban solos (un banco, un servidor, monitorización)",
        "Daten, die von selbst ankommen oder geprüft werden (Bank, Server, Überwachung)",
        "dados que chegam ou são verificados sozinhos (banco, servidor, monitoramento)",
        "dati che arrivano o si verificano da soli (banca, server, monitoraggio)"),
}
_AND = {"fr": "et", "es": "y", "de": "und", "pt": "e", "it": "e"}
# spec's line for several courts or rooms on one booking grid, with the prompt's own words
_EACH_BOOKED = ("une réservation séparée pour chacun des {} (une seule grille)",
                "una reserva aparte para cada una de las {} (una sola cuadrícula)",
                "eine eigene Buchung für jeden der {} (nur ein Raster)",
                "uma reserva separada para cada um dos {} (uma só grade)",
                "una prenotazione separata per ciascuno dei {} (una sola griglia)")


def not_built(spec: Spec) -> str:
    """What the templates could not build, as the README says it in the app's language: each
    feature in its words, a whole app asked for in the prompt's own; what they have no words
    for stays as the verdict says it."""
    if spec.lang == "en":
        return spec.wanting
    i = i18n.LANGS.index(spec.lang) - 1
    if spec.beyond:
        quoted = re.search(r'\("(.+)"\)$', spec.beyond)
        return quoted.group(1) if quoted else NOT_BUILT.get(spec.beyond, (spec.beyond,) * 5)[i]
    said = []
    for item in spec.unsupported:
        head = item if item in NOT_BUILT else re.split(r" on a | \(", item, maxsplit=1)[0]
        head = re.sub(r"^(?:the fields?|les champs?) ", "", head)
        if many := re.match(r"a separate booking for each of the (.+)$", head):
            said.append(_EACH_BOOKED[i].format(many.group(1)))
            continue
        said.append(NOT_BUILT[head][i] if head in NOT_BUILT else item)
    return listed(said, _AND[spec.lang]) if said else spec.wanting


def readme(spec: Spec, tagline: str = "") -> str:
    """What this app is, for whom, what it does and where its data lives, in the app's
    language: the app's own description, not a template's tagline. ``tagline``: a data
    app's, as its page says it (dataapp.config; passed in, since dataapp imports this
    module)."""
    from devora_desktop.agents.templates import calcs, shapes

    lang = spec.lang
    w = i18n.words(lang, README)
    about = f" for {spec.subject}" if spec.subject else ""
    if spec.kind in shapes.ENGINE and tagline:  # what this view does, as its page says it
        from devora_desktop.agents.templates import titles

        lead = (f"{shapes.cap(titles.title_word(spec.prompt, spec.kind, 'en'))}{about}: "
                f"{tagline[:1].lower()}{tagline[1:]}") if lang == "en" else tagline
    else:
        lead = f"{what(spec)}{about}." if lang == "en" else w["landing"]
    lines = [f"# {spec.name}", "", lead]
    if spec.kind == "calculator":
        kind = calcs.kind(spec.prompt)
        if kind in calcs.CALCS or kind in ("custom", "measured", "converted"):
            _, opts = calcs.build(spec.prompt, lang)
            ins = ", ".join(i["label"] for i in opts["inputs"])
            outs = ", ".join(o["label"] for o in opts["outputs"])
            lines += ["", w["calc"].format(title=calcs.title(spec.prompt, lang), ins=ins,
                                           outs=outs)]
        else:
            lines += ["", w["basic"]]
    lines += ["", w["asked"].format(p=spec.prompt.strip()) if spec.prompt.strip() else ""]
    feats = ", ".join(sorted(spec.features)).replace("_", " ")
    if feats and spec.kind not in shapes.ENGINE and lang == "en":
        lines += [f"Features: {feats}."]
    if not spec.fits:
        lines += ["", w["unfit"].format(unfit=spec.unfit, what=not_built(spec))]
    if spec.kind in shapes.ENGINE:
        where = w["local"].format(key=f"devora.{shapes.slug(spec.name)}")
    elif "waitlist" in spec.asked:
        where = w["waitlist"]
    else:
        where = w["none"]
    lines += ["", f"## {w['run']}", "", w["open"], "", f"## {w['data']}", "", where, "",
              w["built"]]
    return "\n".join(lines) + "\n"
