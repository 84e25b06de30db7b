"""Static web templates (HTML, CSS, vanilla JS, localStorage): open index.html and it works.

Each takes a ``Spec``: the subject's pack fills the name, headings, copy and sample data, and
optional features (dark mode, comments) are switched on when the prompt asks for them. Scripts
build the DOM with textContent, never innerHTML with data, so user text is always text.
"""

from __future__ import annotations

import html
import json

from devora_desktop.agents.templates.spec import Spec

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


def _page(title: str, body: str) -> str:
    t = html.escape(title)
    return f"""<!doctype html>
<html lang="en">
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


# ---------------------------------------------------------------------------------- todo
def todo(spec: Spec) -> dict[str, str]:
    n = html.escape(spec.name)
    p = spec.pack
    heading = html.escape(f"{p.noun.title()} tasks" if p.noun else "Your tasks")
    button, theme_js = _theme(spec)
    body = f"""  <header class="top"><h1>{n}</h1><div class="tools"><p class="muted" id="summary" aria-live="polite"></p>{button}</div></header>
  <main>
    <section class="intro"><h2>{heading}</h2><p class="muted">{html.escape(p.tagline)}. Due dates, priorities and tags keep the week in order.</p></section>
    <form id="new-task" class="card row" aria-label="Add a task">
      <label class="grow">Task <input name="title" required maxlength="200" placeholder="{html.escape(p.tasks[0][0])}"></label>
      <label>Due date <input name="due" type="date"></label>
      <label>Priority <select name="priority"><option value="high">High</option><option value="medium" selected>Medium</option><option value="low">Low</option></select></label>
      <label>Tags <input name="tags" placeholder="comma, separated"></label>
      <button class="primary" type="submit">Add task</button>
    </form>
    <nav class="row filters" aria-label="Filter tasks">
      <button type="button" data-filter="all" aria-pressed="true">All</button>
      <button type="button" data-filter="active" aria-pressed="false">Active</button>
      <button type="button" data-filter="overdue" aria-pressed="false">Overdue</button>
      <button type="button" data-filter="done" aria-pressed="false">Done</button>
      <select id="priority-filter" aria-label="Filter by priority"><option value="any">Any priority</option><option value="high">High</option><option value="medium">Medium</option><option value="low">Low</option></select>
      <select id="tag-filter" aria-label="Filter by tag"><option value="any">Any tag</option></select>
      <input id="search" type="search" placeholder="Search tasks" aria-label="Search tasks">
      <button type="button" id="clear-done">Clear completed</button>
    </nav>
    <ul id="tasks" class="tasks"></ul>
    <p id="empty" class="empty" hidden>No tasks here. Add one above.</p>
  </main>"""
    css = BASE_CSS + """
form.card { margin-bottom: 1rem; }
form.card .grow { flex: 1 1 16rem; }
.filters { margin: 0 0 1rem; }
.filters [aria-pressed="true"] { background: var(--accent); color: var(--accent-fg); }
.tasks { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
.task { display: flex; align-items: center; gap: .75rem; flex-wrap: wrap; }
.task .title { flex: 1; color: var(--fg); font-size: 1rem; }
.task.done .title { text-decoration: line-through; color: var(--muted); }
.prio-high { color: var(--danger); border-color: var(--danger); }
.prio-low { color: var(--muted); }
.due { font-size: .85rem; padding: .1rem .5rem; border-radius: 99px; border: 1px solid var(--line); }
.due.overdue { color: var(--danger); border-color: var(--danger); }
.due.today { color: var(--ok); border-color: var(--ok); }
"""
    seed = [{"title": t, "priority": pr, "tags": [tag], "offset": i - 1}
            for i, (t, pr, tag) in enumerate(p.tasks)]
    js = f"""const KEY = {json.dumps(_key(spec, "tasks"))};
const SAMPLE = {json.dumps(seed, ensure_ascii=False)};
const RANK = {{ high: 0, medium: 1, low: 2 }};
const $ = (s) => document.querySelector(s);
const form = $("#new-task");
const list = $("#tasks");
let filter = "all";
let tasks = load();

function day(offset) {{ return new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10); }}
function load() {{
  try {{
    const saved = JSON.parse(localStorage.getItem(KEY));
    if (Array.isArray(saved)) return saved;
  }} catch {{ /* first visit */ }}
  return SAMPLE.map((s, i) => ({{ id: `sample-${{i}}`, title: s.title, due: day(s.offset), priority: s.priority, tags: s.tags, done: false, created: i }}));
}}
function save() {{ localStorage.setItem(KEY, JSON.stringify(tasks)); }}
function today() {{ return new Date().toISOString().slice(0, 10); }}
function isOverdue(t) {{ return !t.done && t.due && t.due < today(); }}

function visible() {{
  const q = $("#search").value.trim().toLowerCase();
  const prio = $("#priority-filter").value;
  const tag = $("#tag-filter").value;
  return tasks
    .filter((t) => filter === "all" || (filter === "done" ? t.done : filter === "active" ? !t.done : isOverdue(t)))
    .filter((t) => prio === "any" || t.priority === prio)
    .filter((t) => tag === "any" || (t.tags || []).includes(tag))
    .filter((t) => t.title.toLowerCase().includes(q))
    .sort((a, b) => RANK[a.priority || "medium"] - RANK[b.priority || "medium"] || (a.due || "9999").localeCompare(b.due || "9999"));
}}

function chip(text, cls = "") {{
  const span = document.createElement("span");
  span.className = `chip ${{cls}}`;
  span.textContent = text;
  return span;
}}

function dueLabel(t) {{
  if (!t.due) return null;
  const span = document.createElement("span");
  span.className = "due";
  if (isOverdue(t)) {{ span.classList.add("overdue"); span.textContent = `Overdue · ${{t.due}}`; }}
  else if (t.due === today()) {{ span.classList.add("today"); span.textContent = "Due today"; }}
  else span.textContent = `Due ${{t.due}}`;
  return span;
}}

function renderTags() {{
  const select = $("#tag-filter");
  const current = select.value;
  const all = [...new Set(tasks.flatMap((t) => t.tags || []))].sort();
  select.replaceChildren(new Option("Any tag", "any"), ...all.map((t) => new Option(`#${{t}}`, t)));
  select.value = all.includes(current) ? current : "any";
}}

function render() {{
  renderTags();
  list.replaceChildren();
  for (const t of visible()) {{
    const li = document.createElement("li");
    li.className = "card task" + (t.done ? " done" : "");
    const box = document.createElement("input");
    box.type = "checkbox"; box.checked = t.done; box.id = `t-${{t.id}}`;
    box.addEventListener("change", () => {{ t.done = box.checked; save(); render(); }});
    const label = document.createElement("label");
    label.htmlFor = box.id; label.className = "title"; label.textContent = t.title;
    const del = document.createElement("button");
    del.type = "button"; del.textContent = "Delete"; del.setAttribute("aria-label", `Delete ${{t.title}}`);
    del.addEventListener("click", () => {{ tasks = tasks.filter((x) => x.id !== t.id); save(); render(); }});
    li.append(box, label, chip(t.priority || "medium", `prio-${{t.priority || "medium"}}`), ...(t.tags || []).map((tag) => chip(`#${{tag}}`)));
    const due = dueLabel(t);
    if (due) li.append(due);
    li.append(del);
    list.append(li);
  }}
  $("#empty").hidden = list.children.length > 0;
  const open = tasks.filter((t) => !t.done).length;
  $("#summary").textContent = `${{open}} open · ${{tasks.filter(isOverdue).length}} overdue · ${{tasks.length}} total`;
}}

form.addEventListener("submit", (e) => {{
  e.preventDefault();
  const data = new FormData(form);
  const title = String(data.get("title") || "").trim();
  if (!title) return;
  const tags = String(data.get("tags") || "").split(",").map((t) => t.trim()).filter(Boolean);
  tasks.push({{ id: crypto.randomUUID(), title, due: String(data.get("due") || ""), priority: String(data.get("priority")), tags, done: false, created: Date.now() }});
  save(); form.reset(); form.title.focus(); render();
}});

document.querySelectorAll("[data-filter]").forEach((b) => b.addEventListener("click", () => {{
  filter = b.dataset.filter;
  document.querySelectorAll("[data-filter]").forEach((x) => x.setAttribute("aria-pressed", String(x === b)));
  render();
}}));
for (const id of ["#priority-filter", "#tag-filter"]) $(id).addEventListener("change", render);
$("#search").addEventListener("input", render);
$("#clear-done").addEventListener("click", () => {{ tasks = tasks.filter((t) => !t.done); save(); render(); }});
render();
""" + theme_js
    return {"index.html": _page(spec.name, body), "styles.css": css, "app.js": js}


# ---------------------------------------------------------------------------------- blog
MARKDOWN_JS = r"""
// Markdown to DOM nodes (headings, lists, paragraphs, **bold**, *italic*, `code`): text only,
// never innerHTML, so a post cannot inject markup.
function inline(text) {
  const out = [];
  const re = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    const t = m[0];
    const tag = t.startsWith("**") ? "strong" : t.startsWith("`") ? "code" : "em";
    const cut = tag === "strong" ? 2 : 1;
    out.push(el(tag, { textContent: t.slice(cut, -cut) }));
    last = m.index + t.length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}
function markdown(text) {
  const nodes = [];
  const lines = text.split(/\n/);
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    const h = /^(#{1,3})\s+(.*)$/.exec(line);
    if (!line.trim()) { i++; }
    else if (h) { nodes.push(el(`h${h[1].length + 2}`, {}, ...inline(h[2]))); i++; }
    else if (/^(-|\*|\d+\.)\s+/.test(line)) {
      const list = el(/^\d+\./.test(line) ? "ol" : "ul");
      while (i < lines.length && /^(-|\*|\d+\.)\s+/.test(lines[i])) list.append(el("li", {}, ...inline(lines[i++].replace(/^(-|\*|\d+\.)\s+/, ""))));
      nodes.push(list);
    } else {
      const para = [];
      while (i < lines.length && lines[i].trim() && !/^(#{1,3}\s|-\s|\*\s|\d+\.\s)/.test(lines[i])) para.push(lines[i++]);
      nodes.push(el("p", {}, ...inline(para.join(" "))));
    }
  }
  return nodes;
}
"""

COMMENTS_JS = """
function comments(post) {
  const key = `${KEY}.comments.${post.id}`;
  const load = () => { try { return JSON.parse(localStorage.getItem(key)) ?? []; } catch { return []; } };
  const list = el("ul", { className: "comments" });
  const draw = () => list.replaceChildren(...load().map((c) => el("li", { className: "card" },
    el("strong", { textContent: c.name }), el("span", { className: "muted", textContent: ` · ${c.date}` }), el("p", { textContent: c.text }))));
  const form = el("form", { className: "row" },
    el("label", {}, "Name", el("input", { name: "name", required: true, maxLength: 60 })),
    el("label", { className: "grow" }, "Comment", el("input", { name: "text", required: true, maxLength: 500 })),
    el("button", { className: "primary", type: "submit", textContent: "Post comment" }));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    localStorage.setItem(key, JSON.stringify([...load(), { name: String(data.get("name")), text: String(data.get("text")), date: new Date().toISOString().slice(0, 10) }]));
    form.reset(); draw();
  });
  draw();
  return el("section", { className: "comments-section" }, el("h3", { textContent: "Comments" }), list, form);
}
"""


def blog(spec: Spec) -> dict[str, str]:
    n = html.escape(spec.name)
    p = spec.pack
    button, theme_js = _theme(spec)
    heading = f"{p.noun.title()} stories" if p.noun else "Latest posts"
    body = f"""  <header class="top"><h1><a href="#/">{n}</a></h1><div class="tools">{button}<a class="button primary" href="#/new">Write a post</a></div></header>
  <main id="view" tabindex="-1"></main>"""
    css = BASE_CSS + """
header.top h1 a { color: inherit; text-decoration: none; }
.posts { display: grid; gap: 1rem; }
.post h3 { margin: 0 0 .25rem; }
.tags { display: flex; gap: .4rem; flex-wrap: wrap; }
article.full { max-width: 70ch; }
article.full p { margin: 0 0 1rem; }
form.editor { display: grid; gap: .75rem; max-width: 70ch; }
textarea { min-height: 14rem; }
.grow { flex: 1 1 14rem; }
.comments { list-style: none; padding: 0; display: grid; gap: .5rem; }
#view > .row { margin-bottom: 1rem; }
"""
    seed = [{"id": _slug(t), "title": t, "date": f"2026-0{i + 1}-1{i + 2}",
             "tags": [x.strip() for x in tags.split(",")], "body": b}
            for i, (t, tags, b) in enumerate(p.posts)]
    js = f"""const KEY = {json.dumps(_key(spec, "posts"))};
const SEED = {json.dumps(seed, ensure_ascii=False)};
const HEADING = {json.dumps(heading)};
const TAGLINE = {json.dumps(p.tagline)};
const view = document.querySelector("#view");

function load() {{ try {{ return JSON.parse(localStorage.getItem(KEY)) ?? SEED; }} catch {{ return SEED; }} }}
function save(posts) {{ localStorage.setItem(KEY, JSON.stringify(posts)); }}
function el(tag, props = {{}}, ...children) {{
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}}
function minutes(body) {{ return Math.max(1, Math.round(body.split(/\\s+/).length / 200)); }}
function plain(body) {{ return body.replace(/[#*`]/g, "").split(/\\n/).find((l) => l.trim()) || ""; }}
""" + MARKDOWN_JS + (COMMENTS_JS if spec.has("comments") else "") + """
function list(params) {
  const q = (params.get("q") || "").toLowerCase();
  const tag = params.get("tag") || "";
  const all = load().sort((a, b) => b.date.localeCompare(a.date));
  const posts = all.filter((p) => (!tag || (p.tags || []).includes(tag)) && (!q || `${p.title} ${p.body}`.toLowerCase().includes(q)));
  const search = el("input", { type: "search", placeholder: "Search posts", value: params.get("q") || "" });
  search.setAttribute("aria-label", "Search posts");
  const tags = [...new Set(all.flatMap((p) => p.tags || []))].sort();
  const select = el("select", {}, el("option", { value: "", textContent: "All tags" }), ...tags.map((t) => el("option", { value: t, textContent: `#${t}` })));
  select.value = tag;
  select.setAttribute("aria-label", "Filter by tag");
  const go = () => { location.hash = `#/?q=${encodeURIComponent(search.value)}&tag=${encodeURIComponent(select.value)}`; };
  search.addEventListener("change", go);
  select.addEventListener("change", go);
  const intro = el("section", { className: "intro" }, el("h2", { textContent: HEADING }), el("p", { className: "muted", textContent: TAGLINE }));
  const bar = el("div", { className: "row" }, search, select);
  if (!posts.length) return [intro, bar, el("p", { className: "empty", textContent: "No posts match." })];
  return [intro, bar, el("section", { className: "posts" }, ...posts.map((p) =>
    el("article", { className: "card post" },
      el("h3", {}, el("a", { href: `#/post/${p.id}`, textContent: p.title })),
      el("p", { className: "muted", textContent: `${p.date} · ${minutes(p.body)} min read` }),
      el("p", { textContent: plain(p.body).slice(0, 180) }),
      el("div", { className: "tags" }, ...(p.tags || []).map((t) => el("a", { className: "chip", href: `#/?tag=${encodeURIComponent(t)}`, textContent: `#${t}` }))))))];
}

function show(id) {
  const post = load().find((p) => p.id === id);
  if (!post) return [el("p", { className: "empty", textContent: "That post does not exist." })];
  const del = el("button", { type: "button", textContent: "Delete post" });
  del.addEventListener("click", () => {
    if (confirm(`Delete "${post.title}"?`)) { save(load().filter((p) => p.id !== id)); location.hash = "#/"; }
  });
  const extra = typeof comments === "function" ? [comments(post)] : [];
  return [el("article", { className: "full" }, el("h2", { textContent: post.title }),
    el("p", { className: "muted", textContent: `${post.date} · ${(post.tags || []).map((t) => `#${t}`).join(" ")}` }), ...markdown(post.body), del), ...extra];
}

function editor() {
  const form = el("form", { className: "editor card" },
    el("label", {}, "Title", el("input", { name: "title", required: true, maxLength: 120 })),
    el("label", {}, "Tags", el("input", { name: "tags", placeholder: "comma, separated" })),
    el("label", {}, "Text (markdown)", el("textarea", { name: "body", required: true })),
    el("button", { className: "primary", type: "submit", textContent: "Publish" }));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const title = String(data.get("title")).trim();
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "post";
    const id = load().some((p) => p.id === slug) ? `${slug}-${Date.now().toString(36)}` : slug;
    const tags = String(data.get("tags") || "").split(",").map((t) => t.trim()).filter(Boolean);
    save([...load(), { id, title, tags, body: String(data.get("body")), date: new Date().toISOString().slice(0, 10) }]);
    location.hash = `#/post/${id}`;
  });
  return [el("h2", { textContent: "New post" }), form];
}

function route() {
  const [path, query = ""] = location.hash.slice(1).split("?");
  const [, page, id] = path.split("/");
  view.replaceChildren(...(page === "post" ? show(decodeURIComponent(id)) : page === "new" ? editor() : list(new URLSearchParams(query))));
}
addEventListener("hashchange", route);
route();
""" + theme_js
    return {"index.html": _page(spec.name, body), "styles.css": css, "app.js": js}


def _slug(title: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "post"


# ---------------------------------------------------------------------------------- dashboard
PEOPLE = ["Ava Martin", "Noah Kim", "Mia Rossi", "Leo Dubois", "Zoe Chen", "Omar Haddad",
          "Ivy Walsh", "Hugo Silva", "Nora Berg", "Eli Novak", "Ruth Okafor", "Sam Patel"]


def dashboard(spec: Spec) -> dict[str, str]:
    n = html.escape(spec.name)
    p = spec.pack
    singular, plural = p.member
    button, theme_js = _theme(spec)
    heading = html.escape(f"{p.noun.title()} dashboard" if p.noun else "Your business at a glance")
    body = f"""  <header class="top"><h1>{n}</h1>
    <div class="tools">{button}<label>Period <select id="period"><option value="7">Last 7 days</option><option value="30" selected>Last 30 days</option><option value="90">Last 90 days</option></select></label></div>
  </header>
  <main>
    <section class="intro"><h2>{heading}</h2><p class="muted">{html.escape(p.tagline)}.</p></section>
    <section class="kpis" id="kpis" aria-label="Key figures"></section>
    <section class="card"><h2>Revenue</h2><canvas id="chart" height="220" role="img" aria-label="Revenue per day"></canvas></section>
    <section class="card">
      <div class="row"><h2>{html.escape(plural.title())}</h2>
        <input id="search" type="search" placeholder="Search {html.escape(plural)}" aria-label="Search {html.escape(plural)}">
        <select id="plan-filter" aria-label="Filter by plan"><option value="">All plans</option></select></div>
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
.intro h2 { font-size: 1.6rem; }
"""
    plans = [[name, price] for name, price in p.plans]
    js = f"""const PEOPLE = {json.dumps(PEOPLE)};
const PLANS = {json.dumps(plans, ensure_ascii=False)};
const LABELS = {json.dumps({"active": f"Active {plural}", "arpu": f"Revenue per {singular}"})};
let seed = 42;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const days = Array.from({{ length: 90 }}, (_, i) => ({{ day: i, revenue: Math.round(800 + rand() * 900 + i * 12) }}));
const records = PEOPLE.map((name, i) => ({{ name, plan: PLANS[i % PLANS.length][0], mrr: PLANS[i % PLANS.length][1], since: `2025-${{String(1 + (i % 12)).padStart(2, "0")}}-01` }}));
let sortKey = "mrr", sortDir = -1;
const $ = (s) => document.querySelector(s);
const fmt = new Intl.NumberFormat(undefined, {{ style: "currency", currency: "USD", maximumFractionDigits: 0 }});

function kpis(period) {{
  const slice = days.slice(-period);
  const prev = days.slice(-2 * period, -period);
  const sum = (a) => a.reduce((s, d) => s + d.revenue, 0);
  const growth = prev.length ? ((sum(slice) - sum(prev)) / sum(prev)) * 100 : 0;
  const mrr = records.reduce((s, c) => s + c.mrr, 0);
  const items = [["Revenue", fmt.format(sum(slice))], ["Growth", `${{growth.toFixed(1)}}%`],
    [LABELS.active, records.length], ["MRR", fmt.format(mrr)], [LABELS.arpu, fmt.format(mrr / records.length)]];
  $("#kpis").replaceChildren(...items.map(([label, value]) => {{
    const card = document.createElement("div");
    card.className = "card kpi";
    const span = document.createElement("span");
    span.className = "muted"; span.textContent = label;
    const strong = document.createElement("strong");
    strong.textContent = value;
    card.append(span, strong);
    return card;
  }}));
}}

function chart(period) {{
  const canvas = $("#chart");
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 600, height = 220;
  canvas.width = width * ratio; canvas.height = height * ratio;
  const ctx = canvas.getContext("2d");
  ctx.scale(ratio, ratio);
  const data = days.slice(-period);
  const max = Math.max(...data.map((d) => d.revenue));
  const bar = width / data.length;
  ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue("--accent");
  data.forEach((d, i) => {{
    const h = (d.revenue / max) * (height - 20);
    ctx.fillRect(i * bar + 1, height - h, Math.max(1, bar - 2), h);
  }});
}}

function table() {{
  const q = $("#search").value.toLowerCase();
  const plan = $("#plan-filter").value;
  const rows = records.filter((c) => c.name.toLowerCase().includes(q) && (!plan || c.plan === plan))
    .sort((a, b) => (a[sortKey] > b[sortKey] ? 1 : -1) * sortDir);
  $("#rows").replaceChildren(...rows.map((c) => {{
    const tr = document.createElement("tr");
    for (const v of [c.name, c.plan, fmt.format(c.mrr), c.since]) {{
      const td = document.createElement("td"); td.textContent = v; tr.append(td);
    }}
    return tr;
  }}));
}}

function update() {{
  const period = Number($("#period").value);
  kpis(period); chart(period); table();
}}
$("#plan-filter").append(...PLANS.map(([name]) => new Option(name, name)));
$("#period").addEventListener("change", update);
$("#search").addEventListener("input", table);
$("#plan-filter").addEventListener("change", table);
document.querySelectorAll("[data-sort]").forEach((b) => b.addEventListener("click", () => {{
  sortDir = sortKey === b.dataset.sort ? -sortDir : 1; sortKey = b.dataset.sort; table();
}}));
addEventListener("resize", () => chart(Number($("#period").value)));
update();
""" + theme_js
    return {"index.html": _page(spec.name, body), "styles.css": css, "app.js": js}


# ---------------------------------------------------------------------------------- store
def store(spec: Spec) -> dict[str, str]:
    n = html.escape(spec.name)
    p = spec.pack
    button, theme_js = _theme(spec)
    heading = html.escape(f"The {p.noun} collection" if p.noun else "Things people love")
    body = f"""  <header class="top"><h1>{n}</h1>
    <div class="tools">{button}<button type="button" id="cart-toggle" aria-controls="cart" aria-expanded="false">Cart (<span id="count">0</span>)</button></div>
  </header>
  <main>
    <section class="intro"><h2>{heading}</h2><p class="muted">{html.escape(p.tagline)}.</p></section>
    <div class="row filters">
      <input id="search" type="search" placeholder="Search products" aria-label="Search products">
      <select id="category" aria-label="Category"><option value="">All categories</option></select>
      <select id="sort" aria-label="Sort by"><option value="">Sort: featured</option><option value="price">Price, low to high</option><option value="rating">Best rated</option></select>
    </div>
    <section id="products" class="products" aria-label="Products"></section>
  </main>
  <aside id="cart" class="cart card" hidden aria-label="Shopping cart">
    <h2>Your cart</h2>
    <ul id="lines"></ul>
    <p><strong>Total: <span id="total">$0.00</span></strong></p>
    <form id="checkout" class="row">
      <label>Email <input type="email" name="email" required></label>
      <button class="primary" type="submit">Checkout</button>
    </form>
    <p id="status" role="status"></p>
  </aside>"""
    css = BASE_CSS + """
.filters { margin-bottom: 1rem; }
.filters input { flex: 1 1 14rem; }
.products { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 1rem; }
.product .image { height: 120px; border-radius: 8px; margin-bottom: .75rem; display: grid; place-items: center; font-size: 3.5rem; background: color-mix(in srgb, var(--accent) 12%, var(--bg)); }
.product h3 { margin: 0; }
.stars { color: #e0a200; letter-spacing: .1em; }
.cart { position: fixed; right: 1rem; top: 4.5rem; width: min(380px, calc(100vw - 2rem)); max-height: 80vh; overflow: auto; box-shadow: 0 10px 40px #0003; }
.cart ul { list-style: none; padding: 0; display: grid; gap: .5rem; }
.cart li { display: flex; justify-content: space-between; gap: .5rem; align-items: center; }
.cart input { width: 4rem; }
"""
    products = [{"id": f"p{i}", "name": pr.name, "price": pr.price, "category": pr.category,
                 "image": pr.emoji, "rating": pr.rating} for i, pr in enumerate(p.products)]
    js = """const PRODUCTS = """ + json.dumps(products, ensure_ascii=False) + """;
const KEY = """ + json.dumps(_key(spec, "cart")) + """;
const money = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" });
let cart = (() => { try { return JSON.parse(localStorage.getItem(KEY)) ?? {}; } catch { return {}; } })();
const $ = (s) => document.querySelector(s);

function save() { localStorage.setItem(KEY, JSON.stringify(cart)); renderCart(); }
function el(tag, props = {}, ...children) { const n = Object.assign(document.createElement(tag), props); n.append(...children); return n; }

function renderProducts() {
  const q = $("#search").value.trim().toLowerCase();
  const category = $("#category").value;
  const sort = $("#sort").value;
  const shown = PRODUCTS.filter((p) => (!category || p.category === category) && p.name.toLowerCase().includes(q))
    .sort((a, b) => (sort === "price" ? a.price - b.price : sort === "rating" ? b.rating - a.rating : 0));
  $("#products").replaceChildren(...shown.map((p) => {
    const add = el("button", { className: "primary", type: "button", textContent: "Add to cart" });
    add.setAttribute("aria-label", `Add ${p.name} to cart`);
    add.addEventListener("click", () => { cart[p.id] = (cart[p.id] || 0) + 1; save(); });
    const image = el("div", { className: "image", textContent: p.image });
    image.setAttribute("role", "img");
    image.setAttribute("aria-label", p.name);
    const stars = el("span", { className: "stars", textContent: `${"★".repeat(Math.round(p.rating))}${"☆".repeat(5 - Math.round(p.rating))} ${p.rating.toFixed(1)}` });
    stars.setAttribute("aria-label", `Rated ${p.rating} out of 5`);
    return el("article", { className: "card product" }, image,
      el("p", { className: "muted", textContent: p.category }), el("h3", { textContent: p.name }),
      stars, el("p", { textContent: money.format(p.price) }), add);
  }));
  if (!shown.length) $("#products").append(el("p", { className: "empty", textContent: "No products match." }));
}

function renderCart() {
  const lines = Object.entries(cart).filter(([id, q]) => q > 0 && PRODUCTS.some((x) => x.id === id));
  $("#count").textContent = lines.reduce((s, [, q]) => s + q, 0);
  $("#lines").replaceChildren(...lines.map(([id, qty]) => {
    const p = PRODUCTS.find((x) => x.id === id);
    const input = el("input", { type: "number", min: "0", value: qty });
    input.setAttribute("aria-label", `Quantity of ${p.name}`);
    input.addEventListener("change", () => { cart[id] = Math.max(0, Number(input.value) || 0); save(); });
    return el("li", {}, el("span", { textContent: `${p.name} · ${money.format(p.price)}` }), input);
  }));
  if (!lines.length) $("#lines").append(el("li", { className: "muted", textContent: "Your cart is empty." }));
  const total = lines.reduce((s, [id, q]) => s + PRODUCTS.find((x) => x.id === id).price * q, 0);
  $("#total").textContent = money.format(total);
}

$("#category").append(...[...new Set(PRODUCTS.map((p) => p.category))].map((c) => new Option(c, c)));
for (const id of ["#search", "#category", "#sort"]) $(id).addEventListener("input", renderProducts);
$("#cart-toggle").addEventListener("click", () => {
  const cartEl = $("#cart");
  cartEl.hidden = !cartEl.hidden;
  $("#cart-toggle").setAttribute("aria-expanded", String(!cartEl.hidden));
});
$("#checkout").addEventListener("submit", (e) => {
  e.preventDefault();
  if (!Object.values(cart).some((q) => q > 0)) { $("#status").textContent = "Add something first."; return; }
  $("#status").textContent = "Order saved in this browser only: no payment was taken and no email was sent.";
  cart = {}; save();
});
renderProducts();
renderCart();
""" + theme_js
    return {"index.html": _page(spec.name, body), "styles.css": css, "app.js": js}


# ---------------------------------------------------------------------------------- landing
def landing(spec: Spec) -> dict[str, str]:
    """A landing page; pricing and a waitlist only when the prompt asks for them, and the
    waitlist says its sign-ups stay in this browser."""
    n = html.escape(spec.name)
    p = spec.pack
    button, theme_js = _theme(spec)
    pricing, waitlist = "pricing" in spec.asked, "waitlist" in spec.asked
    features = "\n      ".join(f'<article class="card"><h3>{html.escape(t)}</h3><p>{html.escape(d)}'
                               "</p></article>" for t, d in p.highlights)
    plans = "\n      ".join(f'<article class="card"><h3>{html.escape(name)}</h3><p><strong>${price}'
                            "</strong> / month</p></article>" for name, price in p.plans)
    links = ['<a href="#features">Features</a>'] + (['<a href="#pricing">Pricing</a>']
                                                     if pricing else [])
    cta = ('<a class="button primary" href="#waitlist">Join the waitlist</a>' if waitlist
           else '<a class="button primary" href="#features">See what we offer</a>')
    kicker = html.escape(p.noun.title() if p.noun else spec.subject.title())
    pricing_html = f"""
    <section id="pricing" class="grid" aria-label="Pricing">
      {plans}
    </section>""" if pricing else ""
    waitlist_html = """
    <section id="waitlist" class="card">
      <h2>Join the waitlist</h2>
      <p class="muted">Sign-ups are saved in this browser only (localStorage): nobody receives
        them until the site is connected to a form service or a server.</p>
      <form id="waitlist-form" class="row" novalidate>
        <label>Name <input name="name" required autocomplete="name"></label>
        <label>Email <input name="email" type="email" required autocomplete="email"></label>
        <button class="primary" type="submit">Join the waitlist</button>
      </form>
      <p id="form-status" role="status"></p>
    </section>""" if waitlist else ""
    body = f"""  <header class="top"><h1>{n}</h1>
    <button type="button" id="menu" aria-controls="nav" aria-expanded="false" class="menu">Menu</button>
    <nav id="nav">{" ".join(links)} {button} {cta}</nav>
  </header>
  <main>
    <section class="hero">
      <p class="kicker">{kicker}</p>
      <h2>{html.escape(p.tagline)}.</h2>
      {cta}
    </section>
    <section id="features" class="grid" aria-label="Features">
      {features}
    </section>{pricing_html}{waitlist_html}
  </main>
  <footer class="muted"><p>&copy; <span id="year"></span> {n}</p></footer>"""
    css = BASE_CSS + """
nav { display: flex; gap: 1rem; align-items: center; }
.menu { display: none; }
@media (max-width: 640px) { .menu { display: inline-block; } nav { display: none; } nav.open { display: flex; flex-direction: column; position: absolute; right: 1rem; top: 4rem; background: var(--card); padding: 1rem; border-radius: var(--radius); border: 1px solid var(--line); } }
.hero { text-align: center; padding: 4rem 0 3rem; }
.hero h2 { font-size: clamp(1.8rem, 5vw, 3rem); margin: 0 0 1rem; }
.kicker { text-transform: uppercase; letter-spacing: .15em; font-weight: 600; color: var(--accent); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 1rem; margin: 2rem 0; }
details { margin-bottom: .5rem; }
footer { text-align: center; padding: 2rem; }
"""
    js = """const $ = (s) => document.querySelector(s);
const KEY = """ + json.dumps(_key(spec, "signups")) + """;
$("#year").textContent = new Date().getFullYear();
$("#menu").addEventListener("click", () => {
  const open = $("#nav").classList.toggle("open");
  $("#menu").setAttribute("aria-expanded", String(open));
});
""" + ("" if not waitlist else """$("#waitlist-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const form = e.target;
  const data = Object.fromEntries(new FormData(form));
  const status = $("#form-status");
  if (!String(data.name).trim()) { status.textContent = "Please tell us your name."; form.name.focus(); return; }
  if (!/^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(String(data.email))) { status.textContent = "Please enter a valid email."; form.email.focus(); return; }
  const list = JSON.parse(localStorage.getItem(KEY) || "[]");
  list.push({ ...data, at: new Date().toISOString() });
  localStorage.setItem(KEY, JSON.stringify(list));
  status.textContent = `Thanks, ${data.name}! Saved in this browser only.`;
  form.reset();
});
""") + theme_js
    return {"index.html": _page(spec.name, body), "styles.css": css, "app.js": js}


WEB = {"todo": todo, "blog": blog, "dashboard": dashboard, "store": store, "landing": landing}


def readme(spec: Spec) -> str:
    feats = ", ".join(sorted(spec.features)).replace("_", " ")
    return (f"# {spec.name}\n\n{spec.pack.tagline}.\n\nA {spec.kind} built by Devora Desktop "
            f"from an offline template (no AI). Features: {feats}.\n\n"
            "Open `index.html` in a browser; everything is saved in the browser's "
            "localStorage.\n")
