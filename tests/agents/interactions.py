"""What a person does with each shape of offline app, done headless over the DevTools protocol:
add a habit's day and see the streak grow, move a card and find it in its column after a
reload, book a slot and see it taken... Each interaction returns (passed, what was seen).

Used by bench/quality.py (fit per shape) and tests/agents/test_templates_slow.py. Every step
goes through the page's own controls (clicks, typing, form submits), and "after a reload"
means a real navigation with the browser's localStorage kept.
"""

from __future__ import annotations

import decimal
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from devora_desktop.agents import templates
from devora_desktop.agents.templates import formula, measured
from tests.agents.chromium import Page

Result = tuple[bool, str]


def write_web_app(folder: Path, spec: templates.Spec) -> Path:
    """The web app the offline templates build for ``spec``, written into ``folder``."""
    for rel, text in templates.all_files(spec.kind, "web", spec.name, spec).items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text)
    return folder

# Fills every visible field of a form the way a person would: text, numbers, dates, choices.
FILL = """
(form, text) => {
  for (const i of form.querySelectorAll("input, select, textarea")) {
    if (i.type === "hidden" || i.type === "file" || i.disabled) continue;
    if (i.tagName === "SELECT") { i.selectedIndex = Math.min(1, i.options.length - 1); }
    else if (i.type === "checkbox") { i.checked = false; }
    else if (i.type === "number") { i.value = i.max ? String(Math.min(7, Number(i.max))) : "7"; }
    else if (i.type === "date") { i.value = new Date().toISOString().slice(0, 10); }
    else if (i.type === "time") { i.value = "10:00"; }
    else if (i.type === "email") { i.value = "bench@example.com"; }
    else if (i.type === "tel") { i.value = "+1 555 0100"; }
    else if (i.type === "search") { continue; }
    else { i.value = text; }
    i.dispatchEvent(new Event("input", { bubbles: true }));
    i.dispatchEvent(new Event("change", { bubbles: true }));
  }
  (form.querySelector("button[type=submit], button:not([type])") || form).click();
}
"""


def js(page: Page, expression: str):
    """Evaluate in the page (promises awaited); the value, or raise with the page's error."""
    out = page.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                         "awaitPromise": True})
    if "exceptionDetails" in out:
        raise RuntimeError(out["exceptionDetails"].get("exception", {}).get("description")
                           or out["exceptionDetails"].get("text"))
    page.tools.cdp.pump(time.monotonic() + 0.15)  # let events and timers run
    return out["result"].get("value")


def reload(page: Page, url: str) -> None:
    """Navigate to ``url`` again and wait for the new document (the tab's earlier load event
    must not count as this one's). A full-stack data app first finishes sending its changes
    (``DB.idle()``) and, after the load, has drawn its rows from the server."""
    js(page, "window.DB && window.DB.idle ? window.DB.idle() : null")
    js(page, "window.__before_reload = true")
    page.send("Page.navigate", {"url": url})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if js(page, "!window.__before_reload && document.readyState === 'complete' && "
                        "(!document.querySelector('#app') || "
                        "document.querySelector('#app').childElementCount > 0)"):
                break
        except RuntimeError:  # the old document is going away
            pass
        time.sleep(0.05)
    else:
        raise RuntimeError(f"{url} did not load again within 30 s")
    page.tools.cdp.pump(time.monotonic() + 0.3)


def fill(page: Page, form_selector: str, text: str) -> None:
    js(page, f"({FILL})(document.querySelector({json.dumps(form_selector)}), "
             f"{json.dumps(text)})")


def filter_rows(page: Page, value: str, column: int) -> tuple[list[str], list[str]]:
    """The list's filter: the values it offers, then each row's ``column`` text once
    ``value`` is picked in it."""
    options = js(page, "[...document.querySelectorAll('#filter option')].map((o) => o.value)")
    js(page, "(() => { const f = document.querySelector('#filter');"
             f" f.value = {json.dumps(value)}; f.dispatchEvent(new Event('change')); }})()")
    shown = js(page, "[...document.querySelectorAll('#rows tr')].map((r) => "
                     f"r.cells[{column}].textContent)")
    return options, shown


def count(page: Page, selector: str) -> int:
    return js(page, f"document.querySelectorAll({json.dumps(selector)}).length")


def text_of(page: Page, selector: str) -> str:
    return js(page, f"document.querySelector({json.dumps(selector)})?.textContent ?? ''")


# ---- the data-app engine's shapes ----------------------------------------------------------
def streak(page: Page, url: str, item: dict) -> Result:
    before = js(page, "Number(document.querySelector('.habit .streak').dataset.streak)")
    if js(page, "document.querySelector('.habit .day.today').classList.contains('on')"):
        return False, "today was already ticked"
    js(page, "document.querySelector('.habit .day.today').click()")
    reload(page, url)
    after = js(page, "Number(document.querySelector('.habit .streak').dataset.streak)")
    return after == before + 1, f"streak {before} -> {after} after a reload"


CHART_TOTAL = ("[...document.querySelectorAll('#chart rect')]"
               ".reduce((s, r) => s + Number(r.dataset.total || 0), 0)")


# What the search looks for after an entry is added: the text typed, or in a log with no field
# of text (a date, a choice, an amount: "the date, which run and how many eggs") the choice
# FILL picks, which the row shows
SEARCHED = """(() => { const f = document.querySelector('form.editor');
  const typed = [...f.querySelectorAll('input, textarea')].some((i) => !i.disabled &&
    (i.tagName === 'TEXTAREA' || ['text', ''].includes(i.getAttribute('type') || '')));
  const pick = f.querySelector('select');
  return typed || !pick || !pick.options.length ? 'Bench entry'
    : pick.options[Math.min(1, pick.options.length - 1)].text; })()"""


def log_entry(page: Page, url: str, item: dict) -> Result:
    before = count(page, "#rows tr")
    charted = js(page, CHART_TOTAL)
    searched = js(page, SEARCHED)
    fill(page, "form.editor", "Bench entry")
    reload(page, url)
    after = count(page, "#rows tr")
    if js(page, "!!window.APP.opts.chart"):  # a chart asked for follows the entry (7 today)
        grew = js(page, CHART_TOTAL) - charted
        if abs(grew - 7) > 0.01:
            return False, f"rows {before} -> {after}, the chart's total grew by {grew}"
    if js(page, "!!window.APP.opts.calendar"):  # a calendar asked for colours today's pick
        today = js(page, "document.querySelector('#calendar .cal-day.today')?.className || ''")
        if "tone-" not in today:
            return False, f"rows {before} -> {after}, today's calendar day {today!r}"
    if js(page, "!!window.APP.opts.perItem"):  # days since each item's last entry: 0 today
        since = js(page, "document.querySelector('#per-item tr[data-item=\"Bench entry\"] "
                         ".since')?.textContent ?? ''")
        if since not in ("0", "1"):  # 1: the bench's UTC date a day behind a local one
            return False, f"rows {before} -> {after}, days since the new entry {since!r}"
    js(page, f"(() => {{ const s = document.querySelector('#search'); s.value = {json.dumps(searched)};"
             " s.dispatchEvent(new Event('input', { bubbles: true })); })()")
    found = count(page, "#rows tr")
    return after == before + 1 and found >= 1, f"rows {before} -> {after}, search finds {found}"


def move_card(page: Page, url: str, item: dict) -> Result:
    card = js(page, "(() => { const c = document.querySelector('.column .kcard');"
                    " const b = c.querySelector('.move'); const to = b.dataset.to; b.click();"
                    " return [c.dataset.id, to]; })()")
    reload(page, url)
    where = js(page, f"document.querySelector('.kcard[data-id=\"{card[0]}\"]')"
                     f"?.closest('.column')?.dataset.col")
    return where == card[1], f"card {card[0]} moved to {card[1]}, after a reload in {where}"


def book_slot(page: Page, url: str, item: dict) -> Result:
    """A booked slot is taken after a reload; a class with several spots has one spot fewer."""
    slot = js(page, "(() => { const b = document.querySelector('button.slot.free:not([disabled])');"
                    " b.click(); return [b.dataset.date, b.dataset.time, Number(b.dataset.left)]; })()")
    fill(page, "#book-form", "Bench Person")
    reload(page, url)
    sel = f'[data-date="{slot[0]}"][data-time="{slot[1]}"]'
    taken = count(page, f".slot.taken{sel}")
    free = count(page, f"button.slot.free{sel}")
    if slot[2] > 1:
        left = js(page, f"Number(document.querySelector('button.slot.free{sel}')?.dataset.left)")
        return left == slot[2] - 1, f"slot {slot[:2]} spots {slot[2]} -> {left} after a reload"
    return taken == 1 and free == 0, f"slot {slot} taken={taken} free={free} after a reload"


def add_and_search(page: Page, url: str, item: dict) -> Result:
    ok, seen = log_entry(page, url, item)
    js(page, "(() => { const s = document.querySelector('#sort');"
             " s.selectedIndex = 1; s.dispatchEvent(new Event('change')); })()")
    return ok and count(page, "#rows tr") >= 1, seen


RANKED = """(() => { const o = window.APP.opts; const asc = o.order === "asc";
  const r = [...document.querySelectorAll('.rank')];
  // the number the page writes before its unit ("90 score out of 100": 90, not 90100):
  // digits and the locale's separators (fr groups with a narrow space), no plain space
  const pts = (x) => Number((x.querySelector('.points').textContent.trim()
    .match(/^-?[\\d.,\\u00a0\\u202f’']+/) || [''])[0].replace(/[^0-9.,-]/g, '')
    .replace(/[.,](?=\\d{3}\\b)/g, '').replace(',', '.'));
  return { asc, ids: r.map((x) => x.dataset.id), ranks: r.map((x) => x.dataset.rank),
           names: r.map((x) => x.querySelector('.who').textContent), scores: r.map(pts) }; })()"""


def score_ranks(page: Page, url: str, item: dict) -> Result:
    """What a person checks on a leaderboard: a score change re-sorts it, a new player with
    the best score goes to the top, equal scores share a rank — each after a reload."""
    before = js(page, RANKED)
    asc, last, top = before["asc"], before["ids"][-1], before["scores"][0]
    change = top - before["scores"][-1] + (-1 if asc else 1)
    js(page, f"(() => {{ const f = document.querySelector('#result-form');"
             f" f.elements.who.value = '{last}'; f.elements.points.value = '{change}';"
             f" f.querySelector('button[type=submit]').click(); }})()")
    reload(page, url)
    moved = js(page, RANKED)
    best = moved["scores"][0] + (-5 if asc else 5)
    js(page, f"(() => {{ const f = document.querySelector('#player-form');"
             f" f.elements.name.value = 'Bench Newcomer'; f.elements.score.value = '{best}';"
             f" f.querySelector('button[type=submit]').click(); }})()")
    tie = js(page, RANKED)["scores"][2]
    js(page, f"(() => {{ const f = document.querySelector('#player-form');"
             f" f.elements.name.value = 'Bench Twin'; f.elements.score.value = '{tie}';"
             f" f.querySelector('button[type=submit]').click(); }})()")
    reload(page, url)
    after = js(page, RANKED)
    twin = after["names"].index("Bench Twin")
    shared = [after["ranks"][i] for i, s in enumerate(after["scores"]) if s == tie]
    ok = (moved["ids"][0] == last and after["names"][0] == "Bench Newcomer"
          and len(shared) >= 2 and len(set(shared)) == 1 and after["ranks"][twin] == shared[0])
    return ok, (f"{change:+g} moved the last to the top: {moved['ids'][0] == last}; a new "
                f"best player ranks {after['names'].index('Bench Newcomer') + 1}; a tie at "
                f"{tie} shares ranks {shared}")


def flip_and_score(page: Page, url: str, item: dict) -> Result:
    front = text_of(page, "#card .face")
    js(page, "document.querySelector('#card').click()")
    back = text_of(page, "#card .face")
    flipped = js(page, "document.querySelector('#card').classList.contains('flipped')")
    js(page, "document.querySelector('#right').click()")
    reload(page, url)
    score = text_of(page, "#score")
    ok = flipped and back != front and "1/1" in score
    return ok, f"front {front!r} -> back {back!r}; score after a reload: {score!r}"


# Each calculator (window.APP.opts.calc): inputs typed in, the output to read, the digits it
# must start with (so "$1,000.00" and "1.000,00 €" both read 100000).
CALCS = {"tip": ({"bill": 100, "pct": 10, "people": 2}, "each", "55"),
         "split": ({"bill": 100, "pct": 10, "people": 2}, "each", "55"),
         "bmi": ({"weight": 80, "height": 200}, "bmi", "20"),
         "loan": ({"amount": 12000, "rate": 0, "years": 1}, "monthly", "1000"),
         "mortgage": ({"price": 250000, "down": 50000, "rate": 0, "years": 20}, "monthly",
                      "83333"),
         "calories": ({"sex": "male", "age": 30, "weight": 80, "height": 180,
                       "activity": "1.2"}, "tdee", "2136"),
         "macros": ({"sex": "male", "age": 30, "weight": 80, "height": 180,
                     "activity": "1.2", "aim": "aim_keep"}, "protein", "144"),
         "compound": ({"start": 1000, "monthly_add": 0, "rate": 12, "years": 1}, "balance",
                      "112683"),
         "goal": ({"goal": 1200, "saved": 0, "months": 12}, "per_month", "100"),
         "discount": ({"price": 80, "off": 25}, "final", "60"),
         "vat": ({"net": 100, "vat_rate": 20}, "gross", "120"),
         # a bed of 2.5 × 1.2 m at 150 g per m²: 450 g
         "per_area": ({"bed_length": 2.5, "bed_width": 1.2, "rate": 150}, "amount", "450"),
         # 40 m² at 25 € the m², plus 20 % tax
         "quote": ({"quantity": 40, "unit_price": 25, "vat_rate": 20}, "gross", "1200"),
         "percent": ({"base": 200, "pct": 15}, "part", "30"),
         "grades": ({"grades": "10, 20", "weights": "3, 1"}, "weighted", "125"),
         "fuel": ({"distance": 300, "consumption": 30, "fuel_price": 3, "people": 1}, "cost",
                  "us:30|270"),
         "dates": ({"from_date": "2024-01-01", "to_date": "2025-03-01"}, "days", "425"),
         "pay": ({"hourly": 20, "hours": 40, "overtime": 5, "ot_rate": 1.5}, "week", "950"),
         "recipe": ({"from_servings": 4, "to_servings": 6, "ingredients": "200 g flour"},
                    "scaled", "300"),
         "energy": ({"watts": 2000, "hours_day": 1.5, "days_month": 30, "kwh_price": 0.2,
                     "fixed_fee": 5}, "cost_month", "23"),
         "economy": ({"distance": 500, "litres": 30}, "l_per_100", "6"),
         # a neutered dog of 10 kg: 70 × 10^0.75 × 1.6 = 630 kcal, 157 g of a 400 kcal food
         "petfood": ({"weight": 10, "kcal_100g": 400}, "grams_day", "157"),
         # an electricity bill from the kWh used (a month's or a year's)
         "energy_kwh": ({"kwh": 150, "kwh_year": 1800, "kwh_price": 0.2, "fixed_fee": 5},
                        "cost_month", "35"),
         "paint": ({"room_length": 4, "room_width": 3, "wall_height": 2.5, "openings": 2,
                    "coats": 2, "coverage": 10}, "paint_litres", "66"),
         # a floor of 12 m² (4 x 3 m or its area, whichever the calculator asks)
         # (in feet and inches: 12 sq ft in 50 x 50 in tiles, 17.4 sq ft each: 1 tile)
         "tiles": ({"room_length": 4, "room_width": 3, "area": 12, "tile_length": 50,
                    "tile_width": 50, "waste": 10, "per_box": 4}, "tile_count", "us:1|53"),
         # a fence of 120 x 80 m, a post every 4 m, 3 strands in 250 m rolls: 100 posts
         "fence": ({"fence_length": 120, "fence_width": 80, "post_spacing": 4, "strands": 3,
                    "roll": 250}, "posts", "100"),
         # 22 stitches and 30 rows over 10 cm, a piece 50 x 60 cm: 180 rows
         "gauge": ({"gauge_stitches": 22, "gauge_rows": 30, "gauge_size": 10, "knit_width": 50,
                    "knit_length": 60}, "knit_rows", "180"),
         # a 4 x 3 m room less a 0.9 m door: 13.1 m in 2.4 m boards: 6
         "skirting": ({"room_length": 4, "room_width": 3, "door_gaps": 0.9, "piece_length": 2.4},
                      "pieces", "6"),
         # a 3 x 2 m bed at 50 cm: 24 plants
         "planting": ({"bed_length": 3, "bed_width": 2, "plant_spacing": 50}, "plants", "24"),
         "pregnancy": ({"last_period": "2025-01-01"}, "due", "82025"),
         "currency": ({"amount": 100, "fx": 1.1}, "converted", "110"),
         "convert": ({"value": 10, "pair": "km_mi"}, "result", "621")}


def compute(page: Page, url: str, item: dict) -> Result:
    """Type the values into the calculator's own inputs; the right number shows. A plain
    calculator: type a sum, press =, and it is kept in the history after a reload."""
    calc = js(page, "window.APP.opts.calc || window.APP.opts.formula")
    if calc == "basic":
        js(page, "(() => { const i = document.querySelector('#expression'); i.value = '12*(3+4)-6/2';"
                 " i.dispatchEvent(new Event('input', { bubbles: true })); })()")
        shown = text_of(page, "#result")
        js(page, "document.querySelector('.keypad [data-key=\"=\"]').click()")
        reload(page, url)
        kept = text_of(page, "#rows")
        return shown == "81" and "81" in kept, f"basic: 12*(3+4)-6/2 -> {shown!r}; kept {kept!r}"
    if calc == "custom":
        return _spelled(page, item["text"])
    values, key, expect = CALCS[calc]
    if expect.startswith("us:"):
        us, metric = expect[3:].split("|")
        expect = us if js(page, "window.APP.opts.us") else metric
    for name, value in values.items():
        js(page, f"(() => {{ const i = document.querySelector('#calc [name={name}]');"
                 f" if (!i) return; i.value = {json.dumps(str(value))};"
                 f" i.dispatchEvent(new Event('input', {{ bubbles: true }})); }})()")
    shown = text_of(page, f"#results [data-key={key}] strong, #results [data-key={key}] li")
    digits = "".join(c for c in shown if c.isdigit())
    return digits.startswith(expect), f"{calc}: {values} -> {key} {shown!r}"


def _spelled(page: Page, prompt: str) -> Result:
    """A calculator of the formula its prompt spelled: each input typed (2.5, 4, 5.5 …), every
    result shows what the prompt's formula gives for them (worked out here from its text)."""
    opts = js(page, "window.APP.opts")
    spelled = formula.read(prompt)
    if spelled is None or not spelled.steps:  # none spelled: the one its quantities give
        spelled = measured.derive(prompt)
    if spelled is None and opts.get("steps"):  # units it defines: their converter's steps
        spelled = formula.Formula("", opts["steps"], opts["inputs"]) if measured.equivalences(
            prompt) else None
    # (a choice, a converter's unit: its last option, whose value is a number)
    values = {i["key"]: i["options"][-1][0] if i.get("type") == "select" else 2.5 + 1.5 * n
              for n, i in enumerate(opts["inputs"])}
    for name, value in values.items():
        js(page, f"(() => {{ const i = document.querySelector('#calc [name={name}]');"
                 f" i.value = {json.dumps(str(value))};"
                 f" i.dispatchEvent(new Event('input', {{ bubbles: true }})); }})()")
    want = formula.run(spelled, {k: float(v) for k, v in values.items()}) \
        if spelled and spelled.steps else {}
    shown = {s["key"]: text_of(page, f"#results [data-key={s['key']}] strong")
             for s in opts["steps"]}
    ok = bool(want) and all(_reads_as(shown[k], v) for k, v in want.items())
    return ok, f"custom {opts.get('spelled')!r}: {values} -> {shown} (formula: {want})"


def _reads_as(shown: str, value: float) -> bool:
    """``shown`` ("1.234,56", "71,05", "270") is ``value`` rounded to 2 places."""
    digits = "".join(c for c in shown if c.isdigit())
    # (the page rounds half away from zero, as Intl does: 0.625 shows 0,63, where Python's
    # round(0.625, 2) is 0.62)
    half_up = decimal.Decimal(repr(value)).quantize(decimal.Decimal("0.01"),
                                                    rounding=decimal.ROUND_HALF_UP)
    return bool(digits) and digits == f"{half_up:.2f}".rstrip("0").rstrip(".").replace(".", "")


def uptime_bars(page: Page, url: str, item: dict) -> Result:
    bars = js(page, "[...document.querySelectorAll('.component .bars')]"
                    ".map((b) => b.querySelectorAll('.bar').length)")
    js(page, "(() => { const s = document.querySelector('.set-state'); s.value = 'outage';"
             " s.dispatchEvent(new Event('change', { bubbles: true })); })()")
    reload(page, url)
    level = js(page, "document.querySelector('#overall').dataset.level")
    ok = bool(bars) and all(n == 90 for n in bars) and level == "2"
    return ok, f"bars per service {bars}; one set to outage -> overall level {level}"


def set_first_price(page: Page, price: str) -> None:
    """As the owner does for goods the prompt named with no price: Edit the first row under
    "Add, edit and delete", type its price, Save."""
    js(page, "document.querySelector('details.manage').open = true")
    js(page, "document.querySelector('#rows tr button').click()")
    js(page, f"(() => {{ const i = document.querySelector('form.editor [name=price]');"
             f" i.value = '{price}'; i.dispatchEvent(new Event('input', {{ bubbles: true }}));"
             " document.querySelector('form.editor button[type=submit]').click(); })()")


def order(page: Page, url: str, item: dict) -> Result:
    if js(page, "document.querySelector('.item .add').disabled"):
        set_first_price(page, "4.5")  # named with no price: a price to set, then it sells
    js(page, "document.querySelector('.item .add').click()")
    total = js(page, "Number(document.querySelector('#total').dataset.value)")
    first = js(page, "(() => { const r = JSON.parse(localStorage.getItem(window.APP.key +"
                     " '.rows')) || window.APP.seed; return Number(r[0].price); })()")
    fill(page, "#place-order", "Bench Person")
    said = text_of(page, "#status")
    reload(page, url)
    kept = text_of(page, "details summary")
    ok = abs(total - first) < 0.01 and "1" in kept and not any(
        w in said.lower() for w in ("sent", "confirmation", "paid"))
    return ok, f"total {total} for price {first}; said {said!r}; kept {kept!r}"


def take_spot(page: Page, url: str, item: dict) -> Result:
    """A name put down takes a spot; on a sheet with no limit (an RSVP without a guest count)
    it is one more name signed up."""
    card = "document.querySelector('.slot-card').dataset"
    limited = js(page, f"{card}.left !== ''")
    key = "left" if limited else "taken"
    before = js(page, f"Number({card}.{key})")
    fill(page, ".slot-card form", "Bench Person")
    reload(page, url)
    after = js(page, f"Number({card}.{key})")
    names = text_of(page, ".slot-card .names")
    return after == before + (-1 if limited else 1) and "Bench Person" in names, \
        f"{'spots' if limited else 'signed up'} {before} -> {after}"


# ---- the other templates -------------------------------------------------------------------
# A hero any product could have ("X, made simple") in the six languages.
GENERIC_HERO = re.compile(r"made simple|tout simplement|sin complicaciones|ganz einfach|"
                          r"sem complica|in modo semplice|all in one place", re.I)
_NOT_SUBJECT = {"landing", "page", "website", "homepage", "with", "pour", "para", "avec",
                "eine", "einer", "mein", "meine", "unser", "unsere",
                "waitlist", "pricing", "prices", "precios", "preise", "startseite", "accueil",
                "pagina", "página", "inicio", "iniziale", "landingpage", "this", "that", "from",
                "for", "the", "and", "our", "une", "des", "les", "con", "per", "mit", "und",
                "der", "die", "das", "von", "com", "uma", "app", "mon", "mes", "mia", "mio",
                "los", "las", "del", "una", "uno", "ein", "meu", "minha", "sur", "new"}


def landing(page: Page, url: str, item: dict) -> Result:
    """The hero speaks of what the prompt is about (a word of it, not "X, made simple"); a
    waitlist asked for keeps a sign-up and says where it went."""
    hero = text_of(page, ".hero h2")
    block = text_of(page, ".hero")  # what a person reads first: kicker, headline, line under it
    words = {w for w in re.findall(r"[^\W\d_]{3,}", item["text"].lower())} - _NOT_SUBJECT
    about = any(w in block.lower() for w in words) and not GENERIC_HERO.search(hero)
    if not about:
        return False, f"hero {hero[:60]!r} is not about the prompt"
    if "waitlist" not in item.get("asked", []):
        return bool(hero), f"hero {hero[:40]!r}"
    fill(page, "#waitlist-form", "Bench Person")
    said = text_of(page, "#form-status")
    where = "localstorage" in text_of(page, "#waitlist").lower()  # says where sign-ups go
    kept = js(page, "Object.keys(localStorage).some((k) => k.endsWith('.signups'))")
    return bool(said) and where and kept, f"waitlist said {said!r}; says where: {where}"


def add_task(page: Page, url: str, item: dict) -> Result:
    if count(page, "form.editor"):
        return log_entry(page, url, item)
    before = count(page, "#tasks li")
    fill(page, "#new-task", "Bench task")
    reload(page, url)
    after = count(page, "#tasks li")
    return after == before + 1, f"tasks {before} -> {after} after a reload"


# A 1x1 PNG: the photo a post is given when its blog has photos.
PIXEL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN"
         "k+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def publish(page: Page, url: str, item: dict) -> Result:
    """Write a post: it is on the list after a reload, opens alone at its own address, and
    its tag (and category, when the blog has them) filters the list down to it."""
    before = count(page, ".post")
    js(page, """(() => { const f = document.querySelector('form.editor');
      const set = (k, v) => { if (f.elements[k]) f.elements[k].value = v; };
      set('title', 'Bench post'); set('tags', 'benchtag'); set('category', 'Benchcat');
      set('body', 'Hello from the **bench**.'); if (f.elements.photo) f.elements.photo.show(PIXEL);
      f.querySelector('button[type=submit]').click(); })()""".replace("PIXEL", json.dumps(PIXEL)))
    reload(page, url)
    after = count(page, ".post")
    first = text_of(page, ".post h3 a")
    js(page, "[...document.querySelectorAll('.post h3 a')]"
             ".find((a) => a.textContent === 'Bench post').click()")
    page.tools.cdp.pump(time.monotonic() + 0.3)
    shown, alone = text_of(page, "article.full h2"), count(page, ".post") == 0
    body = text_of(page, "article.full")
    pictured = js(page, "!window.APP.fields.some((f) => f.type === 'image') || "
                        f"document.querySelector('article.full img.cover')?.src === {json.dumps(PIXEL)}")
    js(page, "location.hash = '#/'")
    page.tools.cdp.pump(time.monotonic() + 0.3)
    js(page, "[...document.querySelectorAll('.post .chip')]"
             ".find((a) => a.textContent === '#benchtag').click()")
    page.tools.cdp.pump(time.monotonic() + 0.3)
    filtered = js(page, "[...document.querySelectorAll('.post h3 a')].map((a) => a.textContent)")
    ok = (after == before + 1 and first == "Bench post" and shown == "Bench post" and alone
          and "bench" in body and filtered == ["Bench post"] and pictured)
    return ok, (f"posts {before} -> {after}, newest {first!r}; opened {shown!r} alone: "
                f"{alone}, with its photo: {pictured}; #benchtag lists {filtered}")


def kpi_updates(page: Page, url: str, item: dict) -> Result:
    if not count(page, "form.editor"):
        return False, "no way to enter data: the KPIs are fixed sample figures"
    before = text_of(page, ".kpis")
    ok, seen = log_entry(page, url, item)
    after = text_of(page, ".kpis")
    return ok and before != after, f"{seen}; KPIs {before!r} -> {after!r}"


def add_to_cart(page: Page, url: str, item: dict) -> Result:
    if count(page, ".item .add"):
        if js(page, "document.querySelector('.item .add').disabled"):
            set_first_price(page, "4.5")  # named with no price: a price to set, then it sells
        before = js(page, "Number(document.querySelector('#total').dataset.value)")
        js(page, "document.querySelector('.item .add').click()")
        reload(page, url)
        after = js(page, "Number(document.querySelector('#total').dataset.value)")
        return after > before, f"order total {before} -> {after} after a reload"
    js(page, "document.querySelector('.product button.primary').click()")
    reload(page, url)
    n = text_of(page, "#count")
    return n == "1", f"cart count after a reload: {n}"


INTERACTIONS: dict[str, Callable[[Page, str, dict], Result]] = {
    "streak": streak, "log-entry": log_entry, "move-card": move_card, "book-slot": book_slot,
    "add-and-search": add_and_search, "score-ranks": score_ranks,
    "flip-and-score": flip_and_score, "compute": compute, "uptime-bars": uptime_bars,
    "order": order, "take-spot": take_spot, "landing": landing, "add-task": add_task,
    "publish": publish, "kpi-updates": kpi_updates, "add-to-cart": add_to_cart,
}


def tracker(page: Page, url: str, item: dict) -> Result:
    """A habit tracker's streak, or any other tracker's log."""
    return (streak if count(page, ".habit") else log_entry)(page, url, item)


# Each shape's own interaction, for corpora that describe theirs in prose.
BY_SHAPE = {"tracker": tracker, "board": move_card, "booking": book_slot,
            "directory": add_and_search, "leaderboard": score_ranks,
            "flashcards": flip_and_score, "calculator": compute, "status": uptime_bars,
            "menu": order, "signup": take_spot, "landing": landing, "todo": add_task,
            "blog": publish, "dashboard": kpi_updates, "store": add_to_cart}


def interact(page: Page, url: str, item: dict) -> Result:
    """Run ``item``'s interaction (a named one, else its shape's); a script error in the page
    is a failed interaction."""
    try:
        return INTERACTIONS.get(item["interaction"], BY_SHAPE[item["shape"]])(page, url, item)
    except (RuntimeError, TypeError, KeyError, IndexError) as exc:
        return False, f"{type(exc).__name__}: {str(exc)[:200]}"
