"""Static web templates (HTML, CSS, vanilla JS, localStorage): open index.html and it works."""

from __future__ import annotations

import html
import json

BASE_CSS = """:root {
  --bg: #f7f7fb; --fg: #1d1d27; --muted: #6b6b80; --card: #ffffff; --line: #e4e4ee;
  --accent: #5b5bd6; --accent-fg: #ffffff; --danger: #d93f4c; --ok: #2f9e6b; --radius: 12px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #14141c; --fg: #ececf4; --muted: #a0a0b8; --card: #1d1d29; --line: #2e2e3e; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5; }
a { color: var(--accent); }
header.top { display: flex; align-items: center; justify-content: space-between; gap: 1rem;
  padding: 1rem clamp(1rem, 4vw, 3rem); border-bottom: 1px solid var(--line); background: var(--card); }
header.top h1 { font-size: 1.25rem; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 3rem); }
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
.empty { text-align: center; color: var(--muted); padding: 2rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
"""


def _page(title: str, body: str, extra_head: str = "") -> str:
    t = html.escape(title)
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{t}</title>
  <link rel="stylesheet" href="styles.css">{extra_head}
</head>
<body>
{body}
  <script src="app.js" defer></script>
</body>
</html>
"""


def todo(name: str) -> dict[str, str]:
    n = html.escape(name)
    body = f"""  <header class="top"><h1>{n}</h1><p class="muted" id="summary" aria-live="polite"></p></header>
  <main>
    <form id="new-task" class="card row" aria-label="Add a task">
      <label>Task <input name="title" required maxlength="200" placeholder="Water the plants"></label>
      <label>Due date <input name="due" type="date"></label>
      <button class="primary" type="submit">Add task</button>
    </form>
    <nav class="row filters" aria-label="Filter tasks">
      <button type="button" data-filter="all" aria-pressed="true">All</button>
      <button type="button" data-filter="active" aria-pressed="false">Active</button>
      <button type="button" data-filter="overdue" aria-pressed="false">Overdue</button>
      <button type="button" data-filter="done" aria-pressed="false">Done</button>
      <button type="button" id="clear-done">Clear completed</button>
    </nav>
    <ul id="tasks" class="tasks"></ul>
    <p id="empty" class="empty" hidden>No tasks here. Add one above.</p>
  </main>"""
    css = BASE_CSS + """
form.card { margin-bottom: 1rem; }
form.card label:first-child { flex: 1 1 16rem; }
.filters { margin: 0 0 1rem; }
.filters [aria-pressed="true"] { background: var(--accent); color: var(--accent-fg); }
.tasks { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
.task { display: flex; align-items: center; gap: .75rem; }
.task .title { flex: 1; }
.task.done .title { text-decoration: line-through; color: var(--muted); }
.due { font-size: .85rem; padding: .1rem .5rem; border-radius: 99px; border: 1px solid var(--line); }
.due.overdue { color: var(--danger); border-color: var(--danger); }
.due.today { color: var(--ok); border-color: var(--ok); }
"""
    js = """const KEY = "devora.todo.tasks";
const form = document.querySelector("#new-task");
const list = document.querySelector("#tasks");
const empty = document.querySelector("#empty");
const summary = document.querySelector("#summary");
let filter = "all";
let tasks = load();

function load() {
  try { return JSON.parse(localStorage.getItem(KEY)) ?? []; } catch { return []; }
}
function save() { localStorage.setItem(KEY, JSON.stringify(tasks)); }
function today() { return new Date().toISOString().slice(0, 10); }
function isOverdue(t) { return !t.done && t.due && t.due < today(); }

function visible() {
  const byDue = (a, b) => (a.due || "9999") .localeCompare(b.due || "9999") || a.created - b.created;
  return tasks.filter((t) => filter === "all" || (filter === "done" ? t.done :
    filter === "active" ? !t.done : isOverdue(t))).sort(byDue);
}

function dueLabel(t) {
  if (!t.due) return null;
  const span = document.createElement("span");
  span.className = "due";
  if (isOverdue(t)) { span.classList.add("overdue"); span.textContent = `Overdue · ${t.due}`; }
  else if (t.due === today()) { span.classList.add("today"); span.textContent = "Due today"; }
  else span.textContent = `Due ${t.due}`;
  return span;
}

function render() {
  list.replaceChildren();
  for (const t of visible()) {
    const li = document.createElement("li");
    li.className = "card task" + (t.done ? " done" : "");
    const box = document.createElement("input");
    box.type = "checkbox"; box.checked = t.done; box.id = `t-${t.id}`;
    box.addEventListener("change", () => { t.done = box.checked; save(); render(); });
    const label = document.createElement("label");
    label.htmlFor = box.id; label.className = "title"; label.textContent = t.title;
    const del = document.createElement("button");
    del.type = "button"; del.textContent = "Delete"; del.setAttribute("aria-label", `Delete ${t.title}`);
    del.addEventListener("click", () => { tasks = tasks.filter((x) => x.id !== t.id); save(); render(); });
    li.append(box, label);
    const due = dueLabel(t);
    if (due) li.append(due);
    li.append(del);
    list.append(li);
  }
  empty.hidden = list.children.length > 0;
  const open = tasks.filter((t) => !t.done).length;
  const late = tasks.filter(isOverdue).length;
  summary.textContent = `${open} open · ${late} overdue · ${tasks.length} total`;
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const data = new FormData(form);
  const title = String(data.get("title") || "").trim();
  if (!title) return;
  tasks.push({ id: crypto.randomUUID(), title, due: String(data.get("due") || ""), done: false, created: Date.now() });
  save(); form.reset(); form.title.focus(); render();
});

document.querySelectorAll("[data-filter]").forEach((b) => b.addEventListener("click", () => {
  filter = b.dataset.filter;
  document.querySelectorAll("[data-filter]").forEach((x) => x.setAttribute("aria-pressed", String(x === b)));
  render();
}));
document.querySelector("#clear-done").addEventListener("click", () => {
  tasks = tasks.filter((t) => !t.done); save(); render();
});
render();
"""
    return {"index.html": _page(name, body), "styles.css": css, "app.js": js}


def blog(name: str) -> dict[str, str]:
    n = html.escape(name)
    body = f"""  <header class="top"><h1><a href="#/">{n}</a></h1><a class="button primary" href="#/new">Write a post</a></header>
  <main id="view" tabindex="-1"></main>"""
    css = BASE_CSS + """
header.top h1 a { color: inherit; text-decoration: none; }
.posts { display: grid; gap: 1rem; }
.post h2 { margin: 0 0 .25rem; }
article.full { max-width: 70ch; }
article.full p { margin: 0 0 1rem; }
form.editor { display: grid; gap: .75rem; max-width: 70ch; }
textarea { min-height: 14rem; }
"""
    seed = [{"id": "welcome", "title": f"Welcome to {name}", "date": "2026-01-05",
             "body": "This is your new blog.\n\nWrite posts with the button above; they are saved in this browser."},
            {"id": "second", "title": "Writing tips", "date": "2026-01-12",
             "body": "Short paragraphs read well on screens.\n\nOne idea per post keeps readers coming back."}]
    js = """const KEY = "devora.blog.posts";
const SEED = """ + json.dumps(seed) + """;
const view = document.querySelector("#view");

function load() { try { return JSON.parse(localStorage.getItem(KEY)) ?? SEED; } catch { return SEED; } }
function save(posts) { localStorage.setItem(KEY, JSON.stringify(posts)); }
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
function paragraphs(text) { return text.split(/\\n{2,}/).map((p) => el("p", { textContent: p.trim() })); }

function list() {
  const posts = load().sort((a, b) => b.date.localeCompare(a.date));
  if (!posts.length) return [el("p", { className: "empty", textContent: "No posts yet." })];
  return [el("section", { className: "posts" }, ...posts.map((p) =>
    el("article", { className: "card post" },
      el("h2", {}, el("a", { href: `#/post/${p.id}`, textContent: p.title })),
      el("p", { className: "muted", textContent: `${p.date} · ${Math.max(1, Math.round(p.body.split(/\\s+/).length / 200))} min read` }),
      el("p", { textContent: p.body.split(/\\n/)[0].slice(0, 180) }))))];
}

function show(id) {
  const post = load().find((p) => p.id === id);
  if (!post) return [el("p", { className: "empty", textContent: "That post does not exist." })];
  const del = el("button", { type: "button", textContent: "Delete post" });
  del.addEventListener("click", () => {
    if (confirm(`Delete "${post.title}"?`)) { save(load().filter((p) => p.id !== id)); location.hash = "#/"; }
  });
  return [el("article", { className: "full" }, el("h2", { textContent: post.title }),
    el("p", { className: "muted", textContent: post.date }), ...paragraphs(post.body), del)];
}

function editor() {
  const form = el("form", { className: "editor card" },
    el("label", {}, "Title", el("input", { name: "title", required: true, maxLength: 120 })),
    el("label", {}, "Text", el("textarea", { name: "body", required: true })),
    el("button", { className: "primary", type: "submit", textContent: "Publish" }));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const title = String(data.get("title")).trim();
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "post";
    const id = `${slug}-${Date.now().toString(36)}`;
    save([...load(), { id, title, body: String(data.get("body")), date: new Date().toISOString().slice(0, 10) }]);
    location.hash = `#/post/${id}`;
  });
  return [el("h2", { textContent: "New post" }), form];
}

function route() {
  const [, page, id] = location.hash.split("/");
  view.replaceChildren(...(page === "post" ? show(id) : page === "new" ? editor() : list()));
  view.focus();
}
addEventListener("hashchange", route);
route();
"""
    return {"index.html": _page(name, body), "styles.css": css, "app.js": js}


def dashboard(name: str) -> dict[str, str]:
    n = html.escape(name)
    body = f"""  <header class="top"><h1>{n}</h1>
    <label>Period <select id="period"><option value="7">Last 7 days</option><option value="30" selected>Last 30 days</option><option value="90">Last 90 days</option></select></label>
  </header>
  <main>
    <section class="kpis" id="kpis" aria-label="Key figures"></section>
    <section class="card"><h2>Revenue</h2><canvas id="chart" height="220" role="img" aria-label="Revenue per day"></canvas></section>
    <section class="card">
      <div class="row"><h2>Customers</h2><label class="sr-only" for="search">Search customers</label>
        <input id="search" type="search" placeholder="Search customers"></div>
      <table><thead><tr><th><button type="button" data-sort="name">Name</button></th><th><button type="button" data-sort="plan">Plan</button></th>
        <th><button type="button" data-sort="mrr">MRR</button></th><th><button type="button" data-sort="since">Since</button></th></tr></thead>
        <tbody id="rows"></tbody></table>
    </section>
  </main>"""
    css = BASE_CSS + """
main { display: grid; gap: 1rem; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 1rem; }
.kpi strong { display: block; font-size: 1.6rem; }
canvas { width: 100%; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); }
th button { border: 0; background: none; padding: 0; font-weight: 600; }
h2 { font-size: 1.05rem; margin: 0 0 .75rem; flex: 1; }
"""
    js = """const names = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Soylent", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Aperture"];
const plans = ["Starter", "Team", "Business"];
let seed = 42;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const days = Array.from({ length: 90 }, (_, i) => ({ day: i, revenue: Math.round(800 + rand() * 900 + i * 12) }));
const customers = names.map((name, i) => ({ name, plan: plans[i % 3], mrr: [49, 199, 799][i % 3] + Math.round(rand() * 50), since: `2025-${String(1 + (i % 12)).padStart(2, "0")}-01` }));
let sortKey = "mrr", sortDir = -1;

const fmt = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", maximumFractionDigits: 0 });

function kpis(period) {
  const slice = days.slice(-period);
  const prev = days.slice(-2 * period, -period);
  const sum = (a) => a.reduce((s, d) => s + d.revenue, 0);
  const growth = prev.length ? ((sum(slice) - sum(prev)) / sum(prev)) * 100 : 0;
  const items = [["Revenue", fmt.format(sum(slice))], ["Growth", `${growth.toFixed(1)}%`],
    ["Customers", customers.length], ["MRR", fmt.format(customers.reduce((s, c) => s + c.mrr, 0))]];
  document.querySelector("#kpis").replaceChildren(...items.map(([label, value]) => {
    const card = document.createElement("div");
    card.className = "card kpi";
    card.innerHTML = `<span class="muted"></span><strong></strong>`;
    card.querySelector("span").textContent = label;
    card.querySelector("strong").textContent = value;
    return card;
  }));
}

function chart(period) {
  const canvas = document.querySelector("#chart");
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 600, height = 220;
  canvas.width = width * ratio; canvas.height = height * ratio;
  const ctx = canvas.getContext("2d");
  ctx.scale(ratio, ratio);
  const data = days.slice(-period);
  const max = Math.max(...data.map((d) => d.revenue));
  const bar = width / data.length;
  ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue("--accent");
  data.forEach((d, i) => {
    const h = (d.revenue / max) * (height - 20);
    ctx.fillRect(i * bar + 1, height - h, Math.max(1, bar - 2), h);
  });
}

function table() {
  const q = document.querySelector("#search").value.toLowerCase();
  const rows = customers.filter((c) => c.name.toLowerCase().includes(q))
    .sort((a, b) => (a[sortKey] > b[sortKey] ? 1 : -1) * sortDir);
  document.querySelector("#rows").replaceChildren(...rows.map((c) => {
    const tr = document.createElement("tr");
    for (const v of [c.name, c.plan, fmt.format(c.mrr), c.since]) {
      const td = document.createElement("td"); td.textContent = v; tr.append(td);
    }
    return tr;
  }));
}

function update() {
  const period = Number(document.querySelector("#period").value);
  kpis(period); chart(period); table();
}
document.querySelector("#period").addEventListener("change", update);
document.querySelector("#search").addEventListener("input", table);
document.querySelectorAll("[data-sort]").forEach((b) => b.addEventListener("click", () => {
  sortDir = sortKey === b.dataset.sort ? -sortDir : 1; sortKey = b.dataset.sort; table();
}));
addEventListener("resize", () => chart(Number(document.querySelector("#period").value)));
update();
"""
    return {"index.html": _page(name, body), "styles.css": css, "app.js": js}


def store(name: str) -> dict[str, str]:
    n = html.escape(name)
    body = f"""  <header class="top"><h1>{n}</h1>
    <button type="button" id="cart-toggle" aria-controls="cart" aria-expanded="false">Cart (<span id="count">0</span>)</button>
  </header>
  <main>
    <section id="products" class="products" aria-label="Products"></section>
  </main>
  <aside id="cart" class="cart card" hidden aria-label="Shopping cart">
    <h2>Your cart</h2>
    <ul id="lines"></ul>
    <p><strong>Total: <span id="total">$0.00</span></strong></p>
    <form id="checkout" class="row">
      <label>Email <input type="email" name="email" required></label>
      <button class="primary" type="submit">Place order</button>
    </form>
    <p id="status" role="status"></p>
  </aside>"""
    css = BASE_CSS + """
.products { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 1rem; }
.product .swatch { height: 120px; border-radius: 8px; margin-bottom: .75rem; }
.product h3 { margin: 0; }
.cart { position: fixed; right: 1rem; top: 4.5rem; width: min(380px, calc(100vw - 2rem)); max-height: 80vh; overflow: auto; box-shadow: 0 10px 40px #0003; }
.cart ul { list-style: none; padding: 0; display: grid; gap: .5rem; }
.cart li { display: flex; justify-content: space-between; gap: .5rem; align-items: center; }
.cart input { width: 4rem; }
"""
    products = [{"id": f"p{i}", "name": nm, "price": pr, "color": col} for i, (nm, pr, col) in enumerate([
        ("Canvas tote", 24.0, "#f2c14e"), ("Ceramic mug", 18.5, "#5b5bd6"), ("Linen apron", 39.0, "#2f9e6b"),
        ("Notebook set", 12.0, "#d93f4c"), ("Desk plant", 29.0, "#3aa6b9"), ("Wool socks", 15.0, "#8a5cf6")])]
    js = """const PRODUCTS = """ + json.dumps(products) + """;
const KEY = "devora.store.cart";
const money = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" });
let cart = (() => { try { return JSON.parse(localStorage.getItem(KEY)) ?? {}; } catch { return {}; } })();
const $ = (s) => document.querySelector(s);

function save() { localStorage.setItem(KEY, JSON.stringify(cart)); renderCart(); }

function renderProducts() {
  $("#products").replaceChildren(...PRODUCTS.map((p) => {
    const card = document.createElement("article");
    card.className = "card product";
    card.innerHTML = `<div class="swatch" aria-hidden="true"></div><h3></h3><p class="muted"></p>`;
    card.querySelector(".swatch").style.background = p.color;
    card.querySelector("h3").textContent = p.name;
    card.querySelector("p").textContent = money.format(p.price);
    const add = document.createElement("button");
    add.className = "primary"; add.type = "button"; add.textContent = "Add to cart";
    add.setAttribute("aria-label", `Add ${p.name} to cart`);
    add.addEventListener("click", () => { cart[p.id] = (cart[p.id] || 0) + 1; save(); });
    card.append(add);
    return card;
  }));
}

function renderCart() {
  const lines = Object.entries(cart).filter(([, q]) => q > 0);
  $("#count").textContent = lines.reduce((s, [, q]) => s + q, 0);
  $("#lines").replaceChildren(...lines.map(([id, qty]) => {
    const p = PRODUCTS.find((x) => x.id === id);
    const li = document.createElement("li");
    const label = document.createElement("span"); label.textContent = `${p.name} · ${money.format(p.price)}`;
    const input = document.createElement("input");
    input.type = "number"; input.min = "0"; input.value = qty; input.setAttribute("aria-label", `Quantity of ${p.name}`);
    input.addEventListener("change", () => { cart[id] = Math.max(0, Number(input.value) || 0); save(); });
    li.append(label, input);
    return li;
  }));
  if (!lines.length) $("#lines").innerHTML = '<li class="muted">Your cart is empty.</li>';
  const total = lines.reduce((s, [id, q]) => s + PRODUCTS.find((x) => x.id === id).price * q, 0);
  $("#total").textContent = money.format(total);
}

$("#cart-toggle").addEventListener("click", () => {
  const cartEl = $("#cart");
  cartEl.hidden = !cartEl.hidden;
  $("#cart-toggle").setAttribute("aria-expanded", String(!cartEl.hidden));
});
$("#checkout").addEventListener("submit", (e) => {
  e.preventDefault();
  if (!Object.values(cart).some((q) => q > 0)) { $("#status").textContent = "Add something first."; return; }
  $("#status").textContent = `Thanks! Order confirmation sent to ${new FormData(e.target).get("email")}.`;
  cart = {}; save();
});
renderProducts();
renderCart();
"""
    return {"index.html": _page(name, body), "styles.css": css, "app.js": js}


def landing(name: str) -> dict[str, str]:
    n = html.escape(name)
    body = f"""  <header class="top"><h1>{n}</h1>
    <button type="button" id="menu" aria-controls="nav" aria-expanded="false" class="menu">Menu</button>
    <nav id="nav"><a href="#features">Features</a> <a href="#pricing">Pricing</a> <a href="#faq">FAQ</a> <a class="button primary" href="#contact">Get started</a></nav>
  </header>
  <main>
    <section class="hero">
      <h2>{n} helps you do more with less effort.</h2>
      <p class="muted">Fast to start, pleasant to use, and ready for your team.</p>
      <a class="button primary" href="#contact">Start free</a>
    </section>
    <section id="features" class="grid">
      <article class="card"><h3>Fast</h3><p>Loads instantly on any device.</p></article>
      <article class="card"><h3>Private</h3><p>Your data stays yours.</p></article>
      <article class="card"><h3>Friendly</h3><p>Designed for people, not manuals.</p></article>
    </section>
    <section id="pricing" class="grid">
      <article class="card"><h3>Free</h3><p><strong>$0</strong> / month</p><p>For trying things out.</p></article>
      <article class="card"><h3>Pro</h3><p><strong>$12</strong> / month</p><p>For people who ship.</p></article>
      <article class="card"><h3>Team</h3><p><strong>$39</strong> / month</p><p>For growing teams.</p></article>
    </section>
    <section id="faq">
      <h2>Questions</h2>
      <details class="card"><summary>Can I cancel anytime?</summary><p>Yes, with one click.</p></details>
      <details class="card"><summary>Is there a free trial?</summary><p>The Free plan never expires.</p></details>
    </section>
    <section id="contact" class="card">
      <h2>Get in touch</h2>
      <form id="contact-form" class="row" novalidate>
        <label>Name <input name="name" required autocomplete="name"></label>
        <label>Email <input name="email" type="email" required autocomplete="email"></label>
        <button class="primary" type="submit">Request access</button>
      </form>
      <p id="form-status" role="status"></p>
    </section>
  </main>
  <footer class="muted"><p>&copy; <span id="year"></span> {n}</p></footer>"""
    css = BASE_CSS + """
nav { display: flex; gap: 1rem; align-items: center; }
.menu { display: none; }
@media (max-width: 640px) { .menu { display: inline-block; } nav { display: none; } nav.open { display: flex; flex-direction: column; position: absolute; right: 1rem; top: 4rem; background: var(--card); padding: 1rem; border-radius: var(--radius); border: 1px solid var(--line); } }
.hero { text-align: center; padding: 4rem 0 3rem; }
.hero h2 { font-size: clamp(1.8rem, 5vw, 3rem); margin: 0 0 1rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 1rem; margin: 2rem 0; }
details { margin-bottom: .5rem; }
footer { text-align: center; padding: 2rem; }
"""
    js = """const $ = (s) => document.querySelector(s);
$("#year").textContent = new Date().getFullYear();
$("#menu").addEventListener("click", () => {
  const open = $("#nav").classList.toggle("open");
  $("#menu").setAttribute("aria-expanded", String(open));
});
$("#contact-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const form = e.target;
  const data = Object.fromEntries(new FormData(form));
  const status = $("#form-status");
  if (!String(data.name).trim()) { status.textContent = "Please tell us your name."; form.name.focus(); return; }
  if (!/^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(String(data.email))) { status.textContent = "Please enter a valid email."; form.email.focus(); return; }
  const leads = JSON.parse(localStorage.getItem("devora.landing.leads") || "[]");
  leads.push({ ...data, at: new Date().toISOString() });
  localStorage.setItem("devora.landing.leads", JSON.stringify(leads));
  status.textContent = `Thanks, ${data.name}! We will be in touch.`;
  form.reset();
});
"""
    return {"index.html": _page(name, body), "styles.css": css, "app.js": js}


WEB = {"todo": todo, "blog": blog, "dashboard": dashboard, "store": store, "landing": landing}


def readme(name: str, kind: str) -> str:
    return (f"# {name}\n\nA {kind} built by Devora Desktop from an offline template (no AI).\n\n"
            "Open `index.html` in a browser; everything is saved in the browser's "
            "localStorage.\n")
