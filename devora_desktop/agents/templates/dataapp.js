// Devora offline data app: one engine, one view per shape. What the app is about (entity, fields,
// words in its language, sample rows, the view) comes from APP in config.js; this file is the
// same for every project. Data stays in this browser (localStorage), or in the account when a
// full-stack app sets window.DB (store.js: the same load/save, backed by the app's own API);
// the DOM is built with textContent only, so nothing typed or imported can inject markup.
"use strict";
const A = window.APP;
const T = A.t;
const $ = (s, root = document) => root.querySelector(s);

function el(tag, props = {}, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "data") Object.assign(n.dataset, v);
    else if (k === "attrs") for (const [a, b] of Object.entries(v)) n.setAttribute(a, b);
    else if (k.startsWith("on")) n.addEventListener(k.slice(2), v);
    else n[k] = v;
  }
  n.append(...kids.filter((x) => x !== null && x !== undefined && x !== false));
  return n;
}
// A flame the page draws itself: an emoji's was an empty box where no colour-emoji font is
// installed (a stock Linux desktop)
function flame() {
  const ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), path = document.createElementNS(ns, "path");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "flame");
  path.setAttribute("d", "M8.6 .8c.4 2.6 3.9 4.3 3.9 8.4a4.5 4.5 0 0 1-9 0c0-2 1-3.5 2.3-4.5 0 1.6.7 2.7 1.8 3.1-.5-2.4.2-5 1-7z");
  path.setAttribute("fill", "currentColor");
  svg.append(path);
  return svg;
}
// A UUID: the full-stack apps keep rows under the id the browser gave them.
const uid = () => (crypto.randomUUID ? crypto.randomUUID()
  : "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16)));
// The status line floats over the page and fades after a while: a line appearing above the
// list pushed what was under the pointer down as it was clicked.
let sayTimer = 0;
const say = (text) => {
  const line = $("#status");
  line.textContent = text;
  line.classList.remove("gone");
  clearTimeout(sayTimer);
  sayTimer = setTimeout(() => line.classList.add("gone"), 5000);
};
// "{n} row|{n} rows": the form the language's plural rule says for n
const plurals = new Intl.PluralRules(A.lang);
const tr = (text, vars = {}) => {
  const forms = text.split("|");
  const form = forms.length > 1 && vars.n !== undefined
    ? forms[plurals.select(Number(vars.n)) === "one" ? 0 : forms.length - 1] : text;
  return form.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));
};

// ---- storage -------------------------------------------------------------------------------
const db = window.DB || {
  load(name, fallback) {
    try {
      const v = JSON.parse(localStorage.getItem(`${A.key}.${name}`));
      return v ?? fallback;
    } catch { return fallback; }
  },
  save(name, value) { localStorage.setItem(`${A.key}.${name}`, JSON.stringify(value)); },
};

// ---- formatting ----------------------------------------------------------------------------
const money = new Intl.NumberFormat(A.lang, { style: "currency", currency: A.currency });
const num = new Intl.NumberFormat(A.lang, { maximumFractionDigits: 2 });
const today = () => iso(new Date());
function iso(d) { return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); }
function addDays(day, n) { const d = new Date(`${day}T12:00:00`); d.setDate(d.getDate() + n); return iso(d); }
function dayLabel(day, opts = { weekday: "short", day: "numeric", month: "short" }) {
  return new Intl.DateTimeFormat(A.lang, opts).format(new Date(`${day}T12:00:00`));
}
function show(f, v) {
  if (v === undefined || v === null || v === "") return "";
  if (f.type === "money") return money.format(Number(v));
  if (f.type === "number") return f.unit ? `${num.format(Number(v))} ${f.unit}` : num.format(Number(v));
  if (f.type === "bool") return v ? "✓" : "";
  if (f.type === "image") return "";
  if (f.type === "rating") return "★".repeat(Number(v)) + "☆".repeat(Math.max(0, 5 - Number(v)));
  if (f.type === "date") return dayLabel(v, { day: "numeric", month: "short", year: "numeric" });
  if (f.type === "select") return (f.options.find((o) => o[0] === v) || [v, v])[1];
  return String(v);
}
const numeric = (f) => ["number", "money", "rating"].includes(f.type);
// Sample rows say "@day+2" for dates relative to the first visit, "@open+2" for the second day
// after it that a booking page is open, "@dow1" for the first Monday from today on.
const openDay = (n) => {
  let d = today();
  for (let k = 0; k < n;) { d = addDays(d, 1); if (!(A.opts.closed || []).includes(new Date(`${d}T12:00:00`).getDay())) k++; }
  return d;
};
const thaw = (v) => (Array.isArray(v) ? v.map(thaw)
  : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, thaw(x)]))
  : typeof v === "string" && /^@day[+-]\d+$/.test(v) ? addDays(today(), Number(v.slice(4)))
  : typeof v === "string" && /^@open\+\d+$/.test(v) ? openDay(Number(v.slice(6)))
  : typeof v === "string" && /^@dow[0-6]$/.test(v) ? addDays(today(), (Number(v[4]) - new Date(`${today()}T12:00:00`).getDay() + 7) % 7) : v);
let rows = db.load("rows", null) ?? A.seed.map((r, i) => ({ id: `s${i}`, ...thaw(r) }));
function persist() { db.save("rows", rows); }

// ---- photos ----------------------------------------------------------------------------------
// A photo is shrunk in the page (at most 480 px, JPEG) and kept as a data: URL with its entry;
// only data:image URLs are ever shown, so an imported CSV cannot point an image anywhere.
const isPhoto = (v) => typeof v === "string" && /^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/.test(v);
function photo(v, className = "thumb") { return isPhoto(v) ? el("img", { className, src: v, alt: "", loading: "lazy" }) : null; }
async function shrink(file, max = 480) {
  const bitmap = await createImageBitmap(file);
  const k = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
  const canvas = el("canvas", { width: Math.round(bitmap.width * k), height: Math.round(bitmap.height * k) });
  canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL("image/jpeg", 0.8);
}

// ---- forms ---------------------------------------------------------------------------------
function input(f, value) {
  const common = { name: f.key, required: !!f.required };
  if (f.type === "select") {
    const s = el("select", common, ...f.options.map(([v, label]) => new Option(label, v)));
    if (value !== undefined) s.value = value;
    return s;
  }
  if (f.type === "textarea") return el("textarea", { ...common, value: value ?? "", rows: 4 });
  if (f.type === "image") {
    const kept = el("input", { type: "hidden", name: f.key, value: isPhoto(value) ? value : "" });
    const preview = el("img", { className: "thumb", alt: "", hidden: !isPhoto(value), src: isPhoto(value) ? value : "" });
    kept.show = (v) => { kept.value = isPhoto(v) ? v : ""; preview.src = kept.value; preview.hidden = !kept.value; };
    const file = el("input", { type: "file", accept: "image/*", attrs: { "aria-label": f.label },
      onchange: async (e) => { const x = e.target.files[0]; if (x) kept.show(await shrink(x).catch(() => "")); } });
    return el("span", { className: "image-input" }, file, preview, kept);
  }
  if (f.type === "bool") return el("input", { name: f.key, type: "checkbox", checked: !!value });
  const type = { money: "number", rating: "number", number: "number", date: "date", time: "time",
    email: "email", tel: "tel" }[f.type] || "text";
  const i = el("input", { ...common, type, value: value ?? (f.type === "date" ? today() : "") });
  if (type === "number") { i.step = f.type === "rating" ? "1" : "any"; i.min = "0"; }
  if (f.type === "rating") i.max = "5";
  if (f.min) i.min = f.min;  // a pick-up time within the opening hours
  if (f.max) i.max = f.max;
  return i;
}
// A form's input for a field: by namedItem, since a field keyed "item" or "length" would read
// the collection's own method or count ("item, where it was found, date…")
const inputOf = (form, key) => form.elements.namedItem(key);
function readForm(form, fields) {
  const out = {};
  for (const f of fields) {
    const i = inputOf(form, f.key);
    if (!i) continue;
    out[f.key] = f.type === "bool" ? i.checked : numeric(f) ? (i.value === "" ? "" : Number(i.value)) : i.value.trim();
  }
  for (const f of fields) if (f.derived) out[f.key] = f.derived === "times" ? times(out, f.of) : (f.derived === "speed" ? speed : pace)(out);
  return out;
}
// One field times another (how many at what price: a sale's amount), "" until both are given.
function times(row, [a, b]) {
  if (row[a] === "" || row[b] === "" || row[a] === undefined || row[b] === undefined) return "";
  return Math.round(Number(row[a]) * Number(row[b]) * 100) / 100;
}
// Minutes per km as m:ss, from a run's distance and time (A.opts.pace names the two fields).
function pace(row) {
  const [d, t] = A.opts.pace || [];
  const km = Number(row[d]), min = Number(row[t]);
  if (!(km > 0 && min > 0)) return "";
  const s = Math.round((min * 60) / km);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
// Kilometres an hour to one decimal, from a ride's distance and time (the same two fields).
function speed(row) {
  const [d, t] = A.opts.pace || [];
  const km = Number(row[d]), min = Number(row[t]);
  return km > 0 && min > 0 ? ((km * 60) / min).toFixed(1) : "";
}
// An add/edit form for `fields`; `onSave(values, id)` gets the id of the row being edited.
function editor(fields, onSave, submitLabel = T.add) {
  let editing = null;
  const button = el("button", { className: "primary", type: "submit", textContent: submitLabel });
  const cancel = el("button", { type: "button", textContent: T.cancel, hidden: true });
  const form = el("form", { className: "card row editor", attrs: { "aria-label": submitLabel } },
    ...fields.filter((f) => !f.derived).map((f) => el("label", { className: f.type === "textarea" ? "wide" : "" }, f.label, input(f))),
    button, cancel);
  const reset = () => { editing = null; form.reset(); button.textContent = submitLabel; cancel.hidden = true;
    for (const f of fields) if (f.type === "image" && inputOf(form, f.key)) inputOf(form, f.key).show("");
    for (const f of fields) if (f.type === "date" && inputOf(form, f.key)) inputOf(form, f.key).value = today(); };
  cancel.addEventListener("click", reset);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    onSave(readForm(form, fields), editing);
    reset();
  });
  form.edit = (row) => {
    editing = row.id;
    for (const f of fields) {
      const i = inputOf(form, f.key);
      if (!i) continue;
      if (f.type === "bool") i.checked = !!row[f.key]; else if (f.type === "image") i.show(row[f.key]); else i.value = row[f.key] ?? "";
    }
    button.textContent = T.save; cancel.hidden = false;
    form.scrollIntoView({ block: "nearest" });
    form.querySelector("input, select, textarea").focus();
  };
  reset();
  return form;
}
function upsert(values, id, extra = {}) {
  // an example edited is the person's own row from then on
  if (id) rows = rows.map((r) => (r.id === id ? { ...r, ...values, _example: undefined } : r));
  else rows.push({ id: uid(), ...extra, ...values });
  persist();
}
function remove(id) { rows = rows.filter((r) => r.id !== id); persist(); }

// ---- CSV -------------------------------------------------------------------------------------
function csvCell(v) { const s = String(v ?? ""); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }
function toCSV(list, fields) {
  return [fields.map((f) => csvCell(f.label)).join(","),
    ...list.map((r) => fields.map((f) => csvCell(Array.isArray(r[f.key]) ? r[f.key].join(" ") : r[f.key])).join(","))].join("\n");
}
function parseCSV(text) {
  const out = [[]]; let cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { out[out.length - 1].push(cell); cell = ""; }
    else if (c === "\n") { out[out.length - 1].push(cell.replace(/\r$/, "")); out.push([]); cell = ""; }
    else cell += c;
  }
  out[out.length - 1].push(cell);
  return out.filter((r) => r.some((c) => c.trim()));
}
function exportCSV() {
  const blob = new Blob([toCSV(rows, A.fields)], { type: "text/csv" });
  const a = el("a", { href: URL.createObjectURL(blob), download: `${A.slug}.csv` });
  document.body.append(a); a.click(); a.remove();
  say(tr(T.exported, { n: rows.length }));
}
function importCSV(text) {
  const [head, ...body] = parseCSV(text);
  if (!head) return say(T.importEmpty);
  const cols = head.map((h) => A.fields.find((f) => f.label.toLowerCase() === h.trim().toLowerCase() || f.key === h.trim()));
  const mine = [];
  for (const line of body) {
    const r = { id: uid() };
    cols.forEach((f, i) => { if (f) r[f.key] = numeric(f) ? Number(line[i]) || 0 : f.type === "bool" ? /^(1|true|yes|✓|x)$/i.test(line[i]) : (line[i] ?? "").trim(); });
    if (A.fields.some((f) => r[f.key] !== undefined && r[f.key] !== "")) mine.push({ ...(A.rowDefaults || {}), ...r });
  }
  // one's own file takes the examples' place: a dashboard's totals are the file's alone
  if (mine.length) rows = [...rows.filter((r) => !r._example), ...mine];
  persist(); render(); say(tr(T.imported, { n: mine.length }));
}

// ---- a searchable, sortable table of the rows (several views manage their data with it) ------
let query = "", sortKey = A.sort || "", filterVal = "";
// What the table filters by: the field the prompt asked to filter by (a yes/no one offers its
// yes; a number each value the rows have), else a choice field, else a field of tags
// ("mexican, mon, wed"), whose choices are every tag the rows have, else a rating, by at least
// so many ("difficulty 3+").
const tagsOf = (v) => String(v || "").split(",").map((x) => x.trim()).filter(Boolean);
function filterOf(fields) {
  const by = (x) => x.type === "select" || x.type === "tags";
  const f = fields.find((x) => x.filter) || fields.find((x) => x.key === "category" && by(x)) || fields.find((x) => x.type === "select") || fields.find((x) => x.type === "tags") || fields.find((x) => x.type === "rating");
  if (f && f.type === "bool") return { ...f, options: [["1", f.label]] };
  if (f && f.filter && !by(f)) {
    const seen = [...new Set(rows.map((r) => r[f.key]).filter((v) => v !== "" && v !== undefined && v !== null))];
    return { ...f, options: seen.sort((a, b) => (numeric(f) ? a - b : String(a).localeCompare(String(b), A.lang))).map((v) => [String(v), show(f, v)]) };
  }
  if (f && f.type === "rating") return { ...f, options: [1, 2, 3, 4, 5].map((n) => [String(n), `${n}+`]) };
  if (!f || f.type === "select") return f;
  const seen = new Map();
  for (const r of rows) for (const t of tagsOf(r[f.key])) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return { ...f, options: [...seen.values()].sort((a, b) => a.localeCompare(b, A.lang)).map((t) => [t, t]) };
}
const picked = (f, r) => (f.type === "tags" ? tagsOf(r[f.key]).some((t) => t.toLowerCase() === filterVal.toLowerCase())
  : f.type === "bool" ? !!r[f.key] : f.type === "rating" ? Number(r[f.key]) >= Number(filterVal) : String(r[f.key]) === filterVal);
function toolbar(fields) {
  const filterField = filterOf(fields);
  const search = el("input", { type: "search", id: "search", placeholder: T.search, value: query,
    attrs: { "aria-label": T.search }, oninput: (e) => { query = e.target.value; drawTable(); } });
  const sort = el("select", { id: "sort", attrs: { "aria-label": T.sortBy }, onchange: (e) => { sortKey = e.target.value; drawTable(); } },
    new Option(T.sortBy, ""), ...fields.map((f) => new Option(f.label, f.key)));
  sort.value = sortKey;
  const bar = el("div", { className: "row toolbar" }, search, sort);
  if (filterField) {
    const filter = el("select", { id: "filter", attrs: { "aria-label": filterField.label }, onchange: (e) => { filterVal = e.target.value; drawTable(); } },
      new Option(`${filterField.label}: ${T.all}`, ""), ...filterField.options.map(([v, l]) => new Option(l, v)));
    filter.value = filterVal;
    bar.append(filter);
  }
  return bar;
}
function visibleRows(fields) {
  const q = query.trim().toLowerCase();
  const filterField = filterOf(fields);
  let out = rows.filter((r) => !q || fields.some((f) => show(f, r[f.key]).toLowerCase().includes(q)))
    .filter((r) => !filterVal || !filterField || picked(filterField, r));
  if (sortKey) {
    const f = fields.find((x) => x.key === sortKey);
    const desc = f && (numeric(f) || f.type === "date");
    out = [...out].sort((a, b) => {
      const x = a[sortKey] ?? "", y = b[sortKey] ?? "";
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), A.lang);
      return desc ? -c : c;
    });
  }
  return out;
}
let tableSpec = null;
function table(fields, form, extra = () => []) {
  tableSpec = { fields, form, extra };
  return el("div", { className: "records" }, toolbar(fields),
    el("div", { className: "scroll" }, el("table", { id: "records" },
      el("thead", {}, el("tr", {}, A.opts.done ? el("th", { scope: "col", textContent: T.done }) : null,
        ...fields.map((f) => el("th", { scope: "col", textContent: f.label })), el("th", { textContent: "" }))),
      el("tbody", { id: "rows" }))),
    el("p", { id: "empty", className: "empty", textContent: T.empty, hidden: true }));
}
// An address on OpenStreetMap: the map a page here does not draw.
const osm = (address) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
function drawTable() {
  if (!tableSpec) return;
  const { fields, form, extra } = tableSpec;
  const list = visibleRows(fields);
  const overdue = (r) => A.opts.done && r.due && !r.done && r.due < today();
  $("#rows").replaceChildren(...list.map((r) => el("tr", { data: { id: r.id }, className: `${r.done ? "done" : ""}${overdue(r) ? " overdue" : ""}` },
    A.opts.done ? el("td", {}, el("input", { type: "checkbox", checked: !!r.done, attrs: { "aria-label": `${T.done}: ${r[fields[0].key]}` },
      onchange: (e) => {
        const every = Number(r[A.opts.every]);
        if (e.target.checked && every > 0) {  // done again every N days: it moves on, not off
          r.due = addDays(today(), every);
          const turn = A.fields.find((x) => x.key === A.opts.rotate)?.options?.map((o) => o[0]);
          if (turn?.length) r[A.opts.rotate] = turn[(turn.indexOf(r[A.opts.rotate]) + 1) % turn.length];  // a rota: the next one's turn
          if (A.fields.some((x) => x.key === "last")) r.last = today();  // when it was last done
          persist(); render();
          return say(tr(T.nextDue, { what: r[fields[0].key], when: dayLabel(r.due) }));
        }
        r.done = e.target.checked; persist(); render();
      } })) : null,
    ...fields.map((f) => (f.type === "image" ? el("td", { data: { label: f.label } }, photo(r[f.key]))
      : f.map && r[f.key] ? el("td", { data: { label: f.label } }, el("a", { className: "map", href: osm(r[f.key]), target: "_blank", rel: "noopener", textContent: `${show(f, r[f.key])} ↗` }))
      : el("td", { textContent: show(f, r[f.key]), data: { label: f.label } }))),
    el("td", { className: "actions" }, ...extra(r), r._locked ? null :
      el("button", { type: "button", textContent: T.edit, attrs: { "aria-label": `${T.edit}: ${r[fields[0].key] ?? ""}` }, onclick: () => form.edit(r) }),
      r._locked ? null : el("button", { type: "button", className: "danger", textContent: T.delete, attrs: { "aria-label": `${T.delete}: ${r[fields[0].key] ?? ""}` },
        onclick: () => { remove(r.id); render(); say(T.deleted); } })))));
  $("#empty").hidden = list.length > 0;
  // no rows: the empty line alone, not a header of long labels over nothing
  $("#records").parentElement.hidden = list.length === 0;
}
// Rows someone else owns (full-stack: shared data) show without edit/delete; A.readonly hides
// what only an admin may change.
function manage(title, open = false) {
  if (A.readonly) return null;
  const form = editor(A.fields, (v, id) => { upsert(v, id, A.rowDefaults || {}); render(); say(id ? T.saved : T.added); });
  return el("details", { className: "manage card", open }, el("summary", { textContent: title }), form, table(A.fields, form));
}

// ---- views ---------------------------------------------------------------------------------
const VIEWS = {
  list() {
    const form = editor(A.fields, (v, id) => { upsert(v, id, A.rowDefaults || {}); render(); say(id ? T.saved : T.added); });
    const parts = [form];
    if (A.opts.totals) parts.push(el("div", { className: "kpis", id: "totals" }));
    const value = A.fields.find((x) => x.type === "money" || x.type === "number");
    const dated = A.fields.find((x) => x.type === "date");
    if (A.opts.chart && value && dated) parts.push(monthChart(value, dated.key));
    const picked = A.fields.find((x) => x.key === A.opts.calendar);
    if (picked && dated) parts.push(monthGrid(picked, dated.key));
    if (A.opts.month) parts.push(monthOfRows(A.opts.month));
    if (A.opts.perItem) parts.push(perItem(A.opts.perItem));
    parts.push(table(A.fields, form));
    return parts;
  },
  habits() {
    const days = Array.from({ length: 7 }, (_, i) => addDays(today(), i - 6));
    const streak = (r) => {
      const done = new Set(r.done || []);
      let d = done.has(today()) ? today() : addDays(today(), -1), n = 0;
      while (done.has(d)) { n++; d = addDays(d, -1); }
      return n;
    };
    const cards = rows.map((r) => el("article", { className: "card habit", data: { id: r.id } },
      el("div", { className: "habit-head" }, el("h3", { textContent: r.name }),
        el("span", { className: "streak", data: { streak: streak(r) } }, flame(), tr(T.streak, { n: streak(r) }))),
      r.note ? el("p", { className: "muted", textContent: r.note }) : null,
      el("div", { className: "days" }, ...days.map((d) => {
        const on = (r.done || []).includes(d);
        return el("button", { type: "button", className: `day${on ? " on" : ""}${d === today() ? " today" : ""}`,
          textContent: dayLabel(d, { weekday: "short" }), data: { day: d },
          attrs: { "aria-pressed": String(on), "aria-label": `${r.name} · ${dayLabel(d)}` },
          onclick: () => { r.done = on ? r.done.filter((x) => x !== d) : [...(r.done || []), d]; persist(); render(); } });
      }))));
    return [el("section", { className: "habits" }, ...cards), manage(T.manage, rows.length === 0)];
  },
  board() {
    const cols = A.opts.columns;
    const move = (r, col) => { r.col = col; persist(); render(); say(tr(T.moved, { col: cols.find((c) => c[0] === col)[1] })); };
    const main = A.fields[0].key;
    const who = A.fields.find((f) => f.key === "who");  // who does each card, picked on the card
    const columns = cols.map(([key, label], ci) => {
      const cards = rows.filter((r) => (r.col || cols[0][0]) === key);
      const section = el("section", { className: "column card", data: { col: key }, attrs: { "aria-label": label } },
        el("h3", {}, label, el("span", { className: "chip", textContent: String(cards.length) })),
        ...cards.map((r) => el("article", { className: "kcard", draggable: true, data: { id: r.id },
          ondragstart: (e) => e.dataTransfer.setData("text/plain", r.id) },
          el("strong", { textContent: r[main] }),
          // what each card carries, named ("Client name: Acme"); the note as written
          ...A.fields.slice(1).filter((f) => f.key !== "col" && f.key !== "who" && r[f.key]).map((f) => el("p", { className: "muted", textContent: f.key === "note" ? show(f, r[f.key]) : `${f.label}: ${show(f, r[f.key])}` })),
          who ? el("select", { className: "who", attrs: { "aria-label": `${who.label}: ${r[main]}` }, disabled: !!r._locked || !!A.readonly,
            onchange: (e) => { r.who = e.target.value; persist(); render(); } },
            ...who.options.map(([v, label]) => { const o = new Option(label, v); o.selected = (r.who || "") === v; return o; })) : null,
          el("div", { className: "row" },
            ci > 0 ? el("button", { type: "button", className: "move", textContent: "←", data: { to: cols[ci - 1][0] }, attrs: { "aria-label": tr(T.moveTo, { col: cols[ci - 1][1] }) }, onclick: () => move(r, cols[ci - 1][0]) }) : null,
            ci < cols.length - 1 ? el("button", { type: "button", className: "move", textContent: "→", data: { to: cols[ci + 1][0] }, attrs: { "aria-label": tr(T.moveTo, { col: cols[ci + 1][1] }) }, onclick: () => move(r, cols[ci + 1][0]) }) : null))));
      section.addEventListener("dragover", (e) => e.preventDefault());
      section.addEventListener("drop", (e) => { e.preventDefault(); const r = rows.find((x) => x.id === e.dataTransfer.getData("text/plain")); if (r) move(r, key); });
      return section;
    });
    return [el("div", { className: "board" }, ...columns), manage(T.manage)];
  },
  booking() {
    const o = A.opts;
    // A page of classes ("spin Mon 7:00, 12 spots") offers those alone, each with its spots;
    // any other has a slot every step of the opening hours, o.capacity bookings each (1).
    const S = o.sessions;
    const dow = (d) => new Date(`${d}T12:00:00`).getDay();
    const start = addDays(today(), weekOffset * 7);
    // a page for the days the prompt named ("only on Saturday 14 March") offers those alone
    const days = (o.dates || Array.from({ length: 7 }, (_, i) => addDays(start, i))).filter((d) => (o.dates || !o.closed.includes(dow(d)))
      && (!S || S.some((s) => s.day === null || s.day === dow(d))));
    const times = [];
    if (S) times.push(...new Set(S.map((s) => s.time).sort()));
    else if (o.day) times.push(o.day);  // hired or held by the day: one slot, the whole day
    else for (let m = o.start * 60; m + o.step <= o.end * 60; m += o.step) times.push(`${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
    // courts or rooms (o.resources) are each booked once a slot: the slot is free while one is
    const R = o.resources;
    const at = (d, t) => (S ? S.find((s) => s.time === t && (s.day === null || s.day === dow(d))) : { title: "", spots: R ? R.length : o.capacity || 1 });
    const booked = (d, t) => rows.filter((r) => r.date === d && r.time === t);
    const left = (d, t) => (at(d, t)?.spots || 1) - booked(d, t).length;
    const what = (s, t) => [s.title, s.end ? `${t}–${s.end}` : t].filter(Boolean).join(" · ");
    // at most o.limit.n bookings a day, week or month for each person ("max 2 créneaux par
    // semaine par membre"): counted here by the name booked under, by the database per account
    const L = o.limit, who = A.fields[2].key;
    const period = (d) => (L.per === "day" ? d : L.per === "month" ? d.slice(0, 7) : addDays(d, -((dow(d) + 6) % 7)));
    const over = (d, name) => L && rows.filter((r) => !r._locked && period(r.date) === period(d)
      && String(r[who] ?? "").trim().toLowerCase() === name.trim().toLowerCase()).length >= L.n;
    const form = el("form", { id: "book-form", className: "card row", hidden: true, attrs: { "aria-label": T.book } },
      el("p", { id: "book-when", className: "wide" }),
      ...A.fields.filter((f) => !["date", "time"].includes(f.key)).map((f) => el("label", {}, f.label, input(f))),
      el("button", { className: "primary", type: "submit", textContent: T.confirmBooking }),
      el("button", { type: "button", textContent: T.cancel, onclick: () => { form.hidden = true; } }));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const { date, time } = form.dataset;
      if (left(date, time) <= 0 || (R && booked(date, time).some((b) => b.resource === form.elements.resource.value))) return say(T.slotTaken);
      if (over(date, String(form.elements.namedItem(who)?.value ?? ""))) return say(L.rule);
      const title = at(date, time)?.title;
      rows.push({ id: uid(), date, time, ...readForm(form, A.fields.filter((f) => !["date", "time"].includes(f.key))) });
      persist(); render(); say(tr(T.booked, { when: `${dayLabel(date)} ${time}${title ? ` · ${title}` : ""}` }));
    });
    const grid = el("table", { className: "slots", id: "slots" },
      el("thead", {}, el("tr", {}, el("th", {}), ...days.map((d) => el("th", { scope: "col", textContent: dayLabel(d) })))),
      el("tbody", {}, ...times.map((t) => el("tr", {}, el("th", { scope: "row", textContent: t }),
        ...days.map((d) => {
          const s = at(d, t);
          if (!s) return el("td", {});
          const n = left(d, t), b = booked(d, t)[0];
          const label = S ? what(s, t) : t;
          const spots = s.spots > 1 ? tr(T.spotsLeft, { n, of: s.spots }) : "";
          const past = d < today() || (!o.day && d === today() && t <= new Date().toTimeString().slice(0, 5));  // a time gone by is not bookable
          return el("td", {}, n <= 0
            // one person's slot shows who took it on hover; a class's names stay private
            ? el("span", { className: "slot taken", textContent: S ? `${label} · ${T.full}` : T.taken, data: { date: d, time: t }, title: s.spots > 1 ? "" : b[A.fields[2].key] || "" })
            : el("button", { type: "button", className: "slot free", disabled: past, data: { date: d, time: t, left: n },
              attrs: { "aria-label": `${T.book} ${dayLabel(d)} ${label}${spots ? ` (${spots})` : ""}` },
              onclick: () => { Object.assign(form.dataset, { date: d, time: t });
                if (R) { const used = booked(d, t).map((x) => x.resource), pick = form.elements.resource;
                  [...pick.options].forEach((x) => { x.disabled = used.includes(x.value); }); pick.value = R.find((x) => !used.includes(x)); } $("#book-when").textContent = `${dayLabel(d, { weekday: "long", day: "numeric", month: "long" })} · ${label}${spots ? ` · ${spots}` : ""}`; form.hidden = false; form.querySelector("input").focus(); } },
              label, spots ? el("small", { className: "spots", textContent: spots }) : null));
        })))));
    const nav = o.dates ? null : el("div", { className: "row" },
      el("button", { type: "button", textContent: `← ${T.prevWeek}`, disabled: weekOffset <= 0, onclick: () => { weekOffset--; render(); } }),
      el("button", { type: "button", textContent: `${T.nextWeek} →`, onclick: () => { weekOffset++; render(); } }));
    const mine = rows.filter((r) => !r._locked && r.date >= today()).sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
    const list = el("section", { className: "card" }, el("h3", { textContent: T.bookings }),
      mine.length ? el("ul", { className: "plain" }, ...mine.map((r) => el("li", {},
        el("span", { textContent: `${dayLabel(r.date)} ${r.time} · ${[at(r.date, r.time)?.title || ""].concat(A.fields.filter((f) => !["date", "time"].includes(f.key)).map((f) => show(f, r[f.key]))).filter(Boolean).join(" · ")}` }),
        el("button", { type: "button", className: "danger", textContent: T.cancelBooking, onclick: () => { remove(r.id); render(); say(T.deleted); } }))))
        : el("p", { className: "muted", textContent: T.noBookings }));
    // what is booked, each on its own (courts, rooms, the things hired), said above the grid
    return [nav, R ? el("p", { id: "resources", textContent: R.join(" · ") }) : null, L ? el("p", { id: "limit", className: "muted", textContent: L.rule }) : null, el("div", { className: "scroll" }, grid), form, list];
  },
  leaderboard() {
    const o = A.opts, score = o.score, asc = o.order === "asc";
    const val = (r) => Number(r[score]) || 0;
    const ranked = [...rows].sort((a, b) => (asc ? val(a) - val(b) : val(b) - val(a)) || String(a.name).localeCompare(String(b.name), A.lang));
    // competition ranking: equal scores share a rank (1, 2, 2, 4)
    let last = 0;
    const ranks = ranked.map((r, i) => (i && val(r) === val(ranked[i - 1]) ? last : (last = i + 1)));
    const tied = (i) => ranks.filter((x) => x === ranks[i]).length > 1;
    // the unit after a number reads in sentence case ("42 points"); German nouns and
    // acronyms keep their capital ("42 Punkte", "1500 ELO")
    const after = A.lang === "de" || /^[A-Z0-9]{2}/.test(o.unit) ? o.unit : o.unit.charAt(0).toLowerCase() + o.unit.slice(1);
    const board = el("ol", { className: "ranking", id: "ranking" }, ...ranked.map((r, i) => el("li", { className: "card rank", data: { id: r.id, rank: ranks[i] } },
      // the top three's rank on a gold, silver or bronze disc the page draws itself: medal
      // emoji were empty boxes where no colour-emoji font is installed (walk21 #23, walk25 #21)
      el("span", { className: "pos" }, (tied(i) ? "=" : ""), ranks[i] <= 3
        ? el("span", { className: "medal", data: { medal: ranks[i] }, textContent: String(ranks[i]) })
        : String(ranks[i])),
      el("strong", { className: "who", textContent: r.name }),
      ...A.fields.filter((f) => f.key !== "name" && f.key !== score && r[f.key] !== "" && r[f.key] !== undefined).map((f) => el("span", { className: "muted", textContent: `${f.label}: ${show(f, r[f.key])}` })),
      el("span", { className: "points", textContent: `${num.format(val(r))} ${after}` }))));
    const options = () => ranked.map((r) => new Option(r.name, r.id));
    const added = el("form", { id: "player-form", className: "card row", attrs: { "aria-label": T.addPlayer } },
      el("label", {}, o.who || T.player, el("input", { name: "name", required: true, maxLength: 60 })),
      el("label", {}, o.unit, el("input", { name: "score", type: "number", step: "any", value: A.rowDefaults[score] ?? 0, required: true })),
      el("button", { className: "primary", type: "submit", textContent: T.addPlayer }));
    added.addEventListener("submit", (e) => {
      e.preventDefault();
      const name = added.elements.name.value.trim();
      if (!name) return;
      rows.push({ id: uid(), ...(A.rowDefaults || {}), name, [score]: Number(added.elements.score.value) || 0 });
      persist(); render(); say(tr(T.playerAdded, { name }));
    });
    const who = el("select", { name: "who", required: true }, ...options());
    // what each kind of result scores, as the prompt said it: picking one counts it and adds its points
    const rules = o.rules || [];
    const kind = rules.length ? el("select", { name: "kind" }, new Option(T.pointsTyped, ""),
      ...rules.map(([k, label, pts]) => new Option(`${label} (+${num.format(pts)})`, k))) : null;
    const result = el("form", { id: "result-form", className: "card row", attrs: { "aria-label": T.recordResult } },
      el("label", {}, o.who || T.player, who), kind ? el("label", {}, T.resultKind, kind) : null,
      el("label", {}, o.unit, el("input", { name: "points", type: "number", step: "any", value: 1, required: true })),
      el("button", { className: "primary", type: "submit", textContent: T.recordResult }));
    if (kind) kind.addEventListener("change", () => { const x = rules.find((y) => y[0] === kind.value); if (x) result.elements.points.value = x[2]; });
    result.addEventListener("submit", (e) => {
      e.preventDefault();
      const r = rows.find((x) => x.id === who.value);
      if (!r) return;
      const rule = rules.find((y) => kind && y[0] === kind.value);
      if (rule) r[rule[0]] = (Number(r[rule[0]]) || 0) + 1;
      r[score] = Math.round((val(r) + (rule ? rule[2] : Number(result.elements.points.value || 0))) * 100) / 100;
      if ("played" in r) r.played = (Number(r.played) || 0) + 1;
      persist(); render(); say(tr(T.recorded, { name: r.name }));
    });
    const parts = [added];
    if (o.match) {
      const winner = el("select", { name: "winner", required: true }, ...options());
      const loser = el("select", { name: "loser", required: true }, ...options());
      if (ranked[1]) loser.value = ranked[1].id;
      const game = el("form", { id: "match-form", className: "card row", attrs: { "aria-label": T.recordMatch } },
        el("label", {}, T.winner, winner), el("label", {}, T.loser, loser),
        el("label", { className: "inline" }, el("input", { name: "draw", type: "checkbox" }), T.draw),
        el("button", { className: "primary", type: "submit", textContent: T.recordMatch }));
      game.addEventListener("submit", (e) => {
        e.preventDefault();
        const a = rows.find((x) => x.id === winner.value), b = rows.find((x) => x.id === loser.value);
        if (!a || !b || a === b) return say(T.samePlayer);
        const draw = game.elements.draw.checked;
        if (o.match === "elo") {  // Elo, K = 32
          const expected = 1 / (1 + 10 ** ((val(b) - val(a)) / 400));
          const delta = Math.round(32 * ((draw ? 0.5 : 1) - expected));
          a[score] = val(a) + delta; b[score] = val(b) - delta;
        } else if (o.match === "win") { if (!draw) a[score] = val(a) + 1; }
        else { a[score] = val(a) + (draw ? 1 : 3); if (draw) b[score] = val(b) + 1; }
        for (const r of [a, b]) if ("played" in r) r.played = (Number(r.played) || 0) + 1;
        const add = (r, k) => { if (k in r) r[k] = (Number(r[k]) || 0) + 1; };  // a league table
        if (draw) { add(a, "drawn"); add(b, "drawn"); } else { add(a, "won"); add(b, "lost"); }
        persist(); render(); say(tr(T.matchRecorded, { winner: a.name, loser: b.name }));
      });
      parts.push(game);
    }
    return [...parts, result, board, manage(T.manage)];
  },
  flashcards() {
    const deck = rows;
    const state = db.load("study", { i: 0, right: 0, seen: 0, flipped: false });
    if (state.i >= deck.length) state.i = 0;
    const card = deck[state.i];
    const keep = () => db.save("study", state);
    const face = card ? el("button", { type: "button", id: "card", className: `flash card${state.flipped ? " flipped" : ""}`,
      attrs: { "aria-label": T.flip }, onclick: () => { state.flipped = !state.flipped; keep(); render(); } },
      el("span", { className: "muted side", textContent: state.flipped ? A.fields[1].label : A.fields[0].label }),
      el("span", { className: "face", textContent: state.flipped ? card[A.fields[1].key] : card[A.fields[0].key] }),
      // further sides the prompt named ("un exemple") are on the back, under the answer
      ...(state.flipped ? A.fields.slice(2).filter((f) => card[f.key]).map((f) => el("span", { className: "extra", data: { key: f.key } },
        el("span", { className: "muted", textContent: `${f.label}: ` }), show(f, card[f.key]))) : []),
      el("span", { className: "muted hint", textContent: state.flipped ? "" : T.flipHint })) : el("p", { className: "empty", textContent: T.empty });
    const studied = db.load("studied", {});  // cards answered, by day
    const answer = (right) => {
      state.seen++; if (right) state.right++; state.i = (state.i + 1) % deck.length; state.flipped = false; keep();
      db.save("studied", { ...studied, [today()]: (studied[today()] || 0) + 1 }); render();
    };
    // a multiple-choice quiz (opts.choices: the wrong answers' keys): the card's answers in an
    // order of its own; the one picked is scored, then both are shown until Next
    const choices = card && A.opts.choices ? [card[A.fields[1].key], ...A.opts.choices.map((k) => card[k])]
      .filter((x) => String(x ?? "").trim()) : [];
    const multiple = choices.length > 1;
    const order = (x) => [...`${card?.id}${x}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);
    const pick = multiple ? el("div", { className: "row center choices", id: "choices" },
      ...choices.sort((a, b) => order(a) - order(b)).map((x) => el("button", { type: "button", className: `choice${state.picked === undefined ? ""
        : x === card[A.fields[1].key] ? " right" : x === state.picked ? " wrong" : ""}`, textContent: x, disabled: state.picked !== undefined,
      onclick: () => { state.picked = x; state.flipped = true; state.seen++; if (x === card[A.fields[1].key]) state.right++; keep();
        db.save("studied", { ...studied, [today()]: (studied[today()] || 0) + 1 }); render(); } }))) : null;
    const next = () => { delete state.picked; state.i = (state.i + 1) % deck.length; state.flipped = false; keep(); render(); };
    const restart = el("button", { type: "button", textContent: T.restart, onclick: () => { Object.assign(state, { i: 0, right: 0, seen: 0, flipped: false }); delete state.picked; keep(); render(); } });
    const buttons = !card ? null : multiple ? el("div", { className: "row center" },
      el("button", { type: "button", id: "next", className: "primary", textContent: T.nextCard, disabled: state.picked === undefined, onclick: next }), restart)
      : el("div", { className: "row center" },
        el("button", { type: "button", id: "wrong", textContent: T.notYet, disabled: !state.flipped, onclick: () => answer(false) }),
        el("button", { type: "button", id: "right", className: "primary", textContent: T.knewIt, disabled: !state.flipped, onclick: () => answer(true) }),
        restart);
    const progress = el("p", { className: "center", id: "score", textContent: tr(T.score, { right: state.right, seen: state.seen, n: deck.length, i: deck.length ? state.i + 1 : 0 }) });
    const month = A.opts.month ? monthOfRows(A.opts.month, Object.entries(studied).map(([date, n]) => ({ date, title: tr(T.cardsStudied, { n }) }))) : null;
    return [el("section", { className: "study" }, progress, face, pick, buttons), month, manage(T.manage, deck.length === 0)];
  },
  calculator() {
    const o = A.opts;
    if (o.formula === "basic") return basicCalculator();
    const values = { ...Object.fromEntries(o.inputs.map((i) => [i.key, thaw(i.value)])), ...db.load("inputs", {}) };
    const out = el("div", { className: "kpis", id: "results" });
    const read = () => Object.fromEntries(o.inputs.map((i) => [i.key, calcValue(i, values[i.key])]));
    const shown = (x, v) => (v === undefined || (typeof v === "number" && !isFinite(v)) ? "—"
      : x.format === "money" ? money.format(v) : x.format === "int" ? num.format(Math.round(v))
      : x.format === "text" ? String(v) : x.format === "lines" ? v : num.format(v));
    // every number typed and still a result with no real value (a division by zero, a
    // negative number to a fractional power): a line says so, not a bare dash
    const cant = el("p", { className: "muted small", id: "cant", attrs: { role: "status" } });
    const compute = () => {
      const given = read();
      const r = FORMULAS[o.formula](given);
      out.replaceChildren(...o.outputs.map((x) => el("div", { className: `card kpi${x.format === "lines" ? " wide" : ""}`, data: { key: x.key } },
        el("span", { className: "muted", textContent: x.label }),
        x.format === "lines" ? el("ul", { className: "plain lines" }, ...(r[x.key] || []).map((line) => el("li", { textContent: line })))
          : el("strong", { textContent: shown(x, r[x.key]) }))));
      const typed = Object.values(given).every((v) => typeof v !== "number" || !Number.isNaN(v));
      const lost = o.outputs.filter((x) => typeof r[x.key] === "number" && !isFinite(r[x.key]));
      cant.textContent = typed && lost.length ? tr(T.cantCompute, { what: lost.map((x) => x.label).join(", ") }) : "";
      return r;
    };
    const field = (i) => {
      const common = { name: i.key, oninput: (e) => { values[i.key] = e.target.value; db.save("inputs", values); compute(); } };
      if (i.type === "select") {
        const s = el("select", { ...common, onchange: common.oninput }, ...i.options.map(([v, l]) => new Option(l, v)));
        s.value = values[i.key];
        return s;
      }
      if (i.type === "textarea") return el("textarea", { ...common, rows: 5, value: values[i.key] ?? "" });
      if (i.type === "date") return el("input", { ...common, type: "date", value: values[i.key] ?? "" });
      if (i.type === "list") return el("input", { ...common, type: "text", inputMode: "decimal", value: values[i.key] ?? "" });
      // a text box that takes the app's decimal comma ("0,30" in a German app, on a browser in
      // any language: a number box there read it as 030)
      return el("input", { ...common, type: "text", inputMode: "decimal", attrs: { autocomplete: "off" }, value: decimalShown(values[i.key]) });
    };
    const editing = rows.find((r) => r.id === calcEditing);
    const form = el("form", { id: "calc", className: "card row", attrs: { "aria-label": A.name } },
      ...o.inputs.map((i) => el("label", { className: i.type === "textarea" ? "wide" : "" }, i.label, field(i))),
      el("button", { className: "primary", type: "submit", textContent: editing ? T.save : T.saveCalc }),
      editing ? el("button", { type: "button", id: "calc-cancel", textContent: T.cancel, onclick: () => { calcEditing = null; render(); } }) : null);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const r = compute();
      const keep = (v) => (Array.isArray(v) ? v.join("; ") : typeof v === "number" ? (isFinite(v) ? Math.round(v * 100) / 100 : "—") : v);
      keepCalculation({ when: new Date().toLocaleString(A.lang), ...Object.fromEntries(o.inputs.map((i) => [i.key, keep(calcValue(i, values[i.key]))])),
        ...Object.fromEntries(o.outputs.map((x) => [x.key, keep(r[x.key])])) });
    });
    // Edit puts a saved calculation's inputs back in the form; saving then replaces it.
    const edit = (row) => {
      calcEditing = row.id;
      db.save("inputs", Object.fromEntries(o.inputs.map((i) => [i.key, String(row[i.key] ?? "")])));
      render();
      $("#calc [name]")?.focus();
    };
    const history = el("section", { className: "card" }, el("h3", { textContent: T.history }),
      table(A.fields, { edit }));
    queueMicrotask(compute);
    // the formula the prompt spelled, as it wrote it: the sum the results come from
    const spelled = o.spelled ? el("p", { className: "muted small", id: "formula", textContent: o.spelled }) : null;
    return [form, spelled, out, cant, history];
  },
  status() {
    const levels = A.opts.levels;  // [key, label] operational, degraded, outage
    const worst = rows.reduce((w, r) => Math.max(w, levels.findIndex((l) => l[0] === r.state)), 0);
    const banner = el("section", { className: `banner level-${worst}`, id: "overall", data: { level: worst } },
      el("strong", { textContent: [T.allOk, T.someDegraded, T.someDown][worst] }),
      el("span", { className: "muted", textContent: tr(T.updated, { when: new Date().toLocaleString(A.lang) }) }));
    const comps = rows.map((r) => {
      const hist = r.history || [];
      const up = hist.length ? hist.filter((h) => h === 0).length / hist.length * 100 : 100;
      const li = levels.findIndex((l) => l[0] === r.state);
      return el("article", { className: "card component", data: { id: r.id } },
        el("div", { className: "row between" }, el("strong", { textContent: r.name }),
          el("span", { className: `chip level-${li}`, textContent: (levels[li] || levels[0])[1] })),
        el("div", { className: "bars", attrs: { "aria-label": tr(T.uptime, { pct: up.toFixed(2), days: hist.length }) } },
          ...hist.map((h, i) => el("span", { className: `bar level-${h}`, title: `${dayLabel(addDays(today(), i - hist.length + 1))}: ${levels[h][1]}` }))),
        el("div", { className: "row between muted small" }, el("span", { textContent: tr(T.daysAgo, { n: hist.length }) }),
          el("span", { textContent: tr(T.uptime, { pct: up.toFixed(2), days: hist.length }) }), el("span", { textContent: T.todayWord })),
        el("label", { className: "inline" }, T.setStatus, el("select", { attrs: { "aria-label": `${T.setStatus}: ${r.name}` }, className: "set-state", disabled: !!A.readonly,
          onchange: (e) => { r.state = e.target.value; r.history = [...(r.history || []).slice(0, -1), levels.findIndex((l) => l[0] === r.state)]; persist(); render(); say(T.saved); } },
        ...levels.map(([k, l]) => { const o = new Option(l, k); o.selected = k === r.state; return o; }))));
    });
    let incidents = db.load("incidents", thaw(A.opts.incidents));
    const inc = editor(A.opts.incidentFields, (v) => { incidents = [{ id: uid(), date: today(), ...v }, ...incidents]; db.save("incidents", incidents); render(); say(T.added); }, T.addIncident);
    const past = el("section", { className: "card" }, el("h3", { textContent: T.incidents }),
      incidents.length ? el("ul", { className: "incidents" }, ...incidents.map((x) => el("li", {}, el("strong", { textContent: x.title }),
        el("span", { className: "muted", textContent: ` · ${dayLabel(x.date)}` }), el("p", { textContent: x.body })))) : el("p", { className: "muted", textContent: T.noIncidents }));
    // a month: each day coloured by the worst state any service had, with that day's incidents
    const worstOn = (d) => {
      const back = dayCount(d, today());
      const w = back < 0 ? -1 : rows.reduce((m, r) => Math.max(m, (r.history || [])[(r.history || []).length - 1 - back] ?? -1), -1);
      return w > 0 ? ` level-${w}` : "";
    };
    const month = A.opts.month ? [monthOfRows(A.opts.month, incidents, worstOn),
      el("p", { className: "legend" }, ...levels.slice(1).map(([, l], i) => el("span", { className: `chip level-${i + 1}`, textContent: l })))] : [];
    return [banner, el("p", { className: "muted note", textContent: T.statusNote }), ...comps, ...month, past, A.readonly ? null : inc, manage(T.manage)];
  },
  menu() {
    const o = A.opts;
    // an item named with no price (the prompt gave none) shows "Price to set" and can't be ordered
    const priced = (r) => r.price !== null && r.price !== undefined && r.price !== "";
    let cart = db.load("cart", {});
    const keepCart = () => db.save("cart", cart);
    // a dish's extras (o.extrasOf: their category, "+ guac 1.50") are ticked on the dishes of
    // o.extrasFor and ordered with them, never alone
    const X = o.extrasOf ? rows.filter((r) => r.category === o.extrasOf && priced(r)) : [];
    const cats = [...new Set(rows.map((r) => r.category || ""))].filter((c) => !X.length || c !== o.extrasOf);
    const cat = (c) => (A.fields.find((f) => f.key === "category")?.options || []).find((x) => x[0] === c)?.[1] || c;
    const shown = rows.filter((r) => !query || `${r.name} ${r.description || ""}`.toLowerCase().includes(query.toLowerCase()));
    const sections = cats.map((c) => el("section", { className: "menu-section" }, c ? el("h3", { textContent: cat(c) }) : null,
      el("div", { className: o.grid ? "grid" : "items" }, ...shown.filter((r) => (r.category || "") === c).map((r) => el("article", { className: "card item", data: { id: r.id } },
        isPhoto(r.photo) ? photo(r.photo, o.grid ? "cover" : "thumb") : r.emoji ? el("div", { className: "emoji", textContent: r.emoji, attrs: { "aria-hidden": "true" } }) : null,
        el("div", { className: "grow" }, el("strong", { textContent: r.name }), r.description ? el("p", { className: "muted", textContent: r.description }) : null,
          // what else the prompt has each dish carry (A.opts.extra: "ingredients", "spicy (yes/no)")
          ...(o.extra || []).map((k) => A.fields.find((x) => x.key === k)).filter((x) => x && r[x.key] !== undefined && r[x.key] !== "" && r[x.key] !== false)
            .map((x) => el("p", { className: "muted small extra", data: { key: x.key }, textContent: x.type === "bool" ? x.label : `${x.label}: ${show(x, r[x.key])}` })),
          r.rating ? el("span", { className: "stars", textContent: show({ type: "rating" }, Math.round(r.rating)) }) : null,
          X.length && (o.extrasFor || []).includes(r.category) ? el("div", { className: "extras small" }, ...X.map((x) => el("label", {},
            el("input", { type: "checkbox", value: x.id }), ` ${x.name} +${money.format(Number(x.price))}`))) : null),
        priced(r) ? el("span", { className: "price", textContent: money.format(Number(r.price)) })
          : el("span", { className: "price unpriced muted", textContent: T.priceToSet, title: tr(T.setPriceHint, { manage: T.manage }) }),
        el("button", { type: "button", className: "primary add", textContent: T.addToOrder, disabled: !priced(r), title: priced(r) ? "" : tr(T.setPriceHint, { manage: T.manage }), attrs: { "aria-label": `${T.addToOrder}: ${r.name}` },
          onclick: (e) => { const key = [r.id, ...[...e.target.closest("article").querySelectorAll(".extras input:checked")].map((i) => i.value)].join("+");
            cart[key] = (cart[key] || 0) + 1; keepCart(); render(); say(tr(T.addedToOrder, { name: r.name })); } }))))));
    // a line of the order: a dish with the extras ticked on it ("id+extraId+…"), priced with them
    const lines = Object.entries(cart).map(([key, q]) => { const [id, ...ex] = key.split("+");
      return [rows.find((r) => r.id === id), q, ex.map((x) => X.find((r) => r.id === x)).filter(Boolean), key]; }).filter(([r, q]) => r && q > 0 && priced(r));
    const unit = (r, adds) => (Number(r.price) || 0) + adds.reduce((s, x) => s + (Number(x.price) || 0), 0);
    const named = (r, adds) => [r.name, ...adds.map((x) => x.name)].join(" + ");
    const total = lines.reduce((s, [r, q, adds]) => s + unit(r, adds) * q, 0);
    const order = el("aside", { className: "card order", id: "order" }, el("h3", { textContent: T.yourOrder }),
      lines.length ? el("ul", { className: "plain" }, ...lines.map(([r, q, adds, key]) => el("li", {},
        el("span", { textContent: `${q} × ${named(r, adds)}` }),
        el("span", {}, el("button", { type: "button", textContent: "−", attrs: { "aria-label": `− ${named(r, adds)}` }, onclick: () => { cart[key] = q - 1; keepCart(); render(); } }),
          el("button", { type: "button", textContent: "+", attrs: { "aria-label": `+ ${named(r, adds)}` }, onclick: () => { cart[key] = q + 1; keepCart(); render(); } }))))) : el("p", { className: "muted", textContent: T.orderEmpty }),
      el("p", {}, el("strong", { textContent: `${T.total}: ` }), el("strong", { id: "total", textContent: money.format(total), data: { value: total } })));
    const place = el("form", { id: "place-order", className: "row" },
      ...o.orderFields.map((f) => el("label", {}, f.label, input(f))),
      el("button", { type: "submit", className: "primary", textContent: T.placeOrder, disabled: !lines.length }));
    place.addEventListener("submit", (e) => {
      e.preventDefault();
      const orders = db.load("orders", []);
      const n = orders.length + 1;
      orders.push({ n, at: new Date().toISOString(), ...readForm(place, o.orderFields), lines: lines.map(([r, q, adds]) => ({ id: r.id, name: named(r, adds), qty: q, price: unit(r, adds) })), total });
      db.save("orders", orders); cart = {}; keepCart(); render();
      say(tr(T.orderSaved, { n }));
    });
    order.append(place, el("p", { className: "muted small", textContent: T.orderNote }));
    const orders = db.load("orders", []);
    const past = orders.length ? el("details", { className: "card" }, el("summary", { textContent: tr(T.ordersHere, { n: orders.length }) }),
      el("ul", { className: "plain" }, ...orders.slice().reverse().map((x) => el("li", { textContent: `#${x.n} · ${x.lines.map((l) => `${l.qty} × ${l.name}`).join(", ")} · ${money.format(x.total)}` })))) : null;
    const search = el("input", { type: "search", id: "search", placeholder: T.search, value: query, attrs: { "aria-label": T.search },
      oninput: (e) => { query = e.target.value; render(); $("#search").focus(); } });
    const toSet = rows.some((r) => !priced(r)) && !A.readonly ? el("p", { className: "muted note", id: "prices-to-set", textContent: T.pricesToSet }) : null;
    return [el("div", { className: "menu-layout" }, el("div", {}, toSet, search, ...sections), el("div", {}, order, past)), manage(T.manage)];
  },
  signup() {
    let signups = db.load("signups", A.opts.signups);
    const keep = () => db.save("signups", signups);
    // A name on the sheet is what everyone sees ("Mia · Kuchen": the name and what the sheet
    // offers to choose); what a person types about themselves besides (a phone, an e-mail, a
    // parent's name) is the entry's details: the full-stack server returns them only to whoever
    // gave them and the admin; here (one browser) they show when asked for, never on the list.
    const nameOf = (n) => (typeof n === "string" ? n : n.name);
    const hidden = signups && Object.values(signups).flat().filter((n) => n?.details).length;
    const cards = rows.map((r) => {
      const names = signups[r.id] || [];
      // no spots set (an RSVP whose prompt gave no guest count): no limit, names are counted
      const spots = Number(r.capacity) || Infinity;
      const left = Math.max(0, spots - names.length);
      // with a waiting list, names past the spots wait in order and move up when a spot frees
      const open = left > 0 || !!A.opts.queue;
      // what the sheet asks each person besides their name (A.opts.ask: phone, size, what
      // they bring, a yes/no): a choice, what one brings, a yes/no or how many come goes with
      // the name ("Ana · Salat · Vegetarian"), the rest (a phone, an amount) into its details
      const asked = A.opts.ask || [];
      const chosen = asked.filter((f) => f.type === "select" || f.shown);
      const typed = asked.filter((f) => !(f.type === "select" || f.shown));
      const whoLabel = A.opts.who || T.yourName;
      const form = el("form", { className: "row", attrs: { "aria-label": `${T.signUp}: ${r.title}` } },
        el("input", { name: "who", required: true, placeholder: whoLabel, attrs: { "aria-label": whoLabel }, disabled: !open }),
        ...asked.map((f) => { const i = input(f); i.disabled = !open; i.setAttribute("aria-label", f.label);
          if (f.type === "bool") return el("label", { className: "inline" }, i, f.label);
          if (f.type === "select") i.prepend(new Option(f.label, "", true, true)); else { i.placeholder = f.label; i.value = ""; } return i; }),
        el("button", { type: "submit", className: "primary", textContent: left ? T.signUp : open ? T.joinQueue : T.full, disabled: !open }));
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        // each answer as the list says it: a choice's words, a ticked box its question ("Vegetarian"), a count with its name
        const label = (f) => { const i = inputOf(form, f.key); if (f.type === "bool") return i.checked ? f.label : "";
          const v = i.value.trim(); return f.type === "select" ? (f.options.find(([k]) => k === v) || [, v])[1] : f.shown && numeric(f) && v ? `${f.label}: ${v}` : v; };
        const name = [form.elements.who.value.trim(), ...chosen.map(label)].filter(Boolean).join(" · ");
        const details = typed.map(label).filter(Boolean).join(" · ");
        if (!form.elements.who.value.trim()) return;
        signups = { ...signups, [r.id]: [...names, details ? { name, details } : name] }; keep(); render();
        say(tr(left ? T.signedUp : T.queued, { name, what: r.title }));
      });
      const item = (n, i) => el("li", {}, nameOf(n),
        n?.details && (A.opts.detailsShown || showDetails) ? el("span", { className: "muted small details", textContent: ` · ${n.details}` }) : null,
        db.locked?.("signups", r.id, i) ? null :
        el("button", { type: "button", className: "link", textContent: "×", attrs: { "aria-label": `${T.delete}: ${nameOf(n)}` },
          onclick: () => { signups = { ...signups, [r.id]: names.filter((_, j) => j !== i) }; keep(); render(); } }));
      const waiting = names.slice(spots);
      const limited = spots !== Infinity;
      return el("article", { className: "card slot-card", data: { id: r.id, left: limited ? left : "", taken: names.length, waiting: waiting.length } },
        el("div", { className: "row between" }, el("strong", { textContent: r.title }),
          el("span", { className: `chip${left ? "" : " full"}`, textContent: limited ? tr(T.spotsLeft, { n: left, of: r.capacity }) : tr(T.signedCount, { n: names.length }) })),
        el("p", { className: "muted", textContent: [r.date ? dayLabel(r.date, { weekday: "long", day: "numeric", month: "long" }) : "", r.end ? `${r.time}–${r.end}` : r.time].filter(Boolean).join(" · ") }),
        names.length ? el("ul", { className: "names" }, ...names.slice(0, spots).map(item)) : null,
        waiting.length ? el("p", { className: "muted small", textContent: T.queue }) : null,
        waiting.length ? el("ol", { className: "names waiting" }, ...waiting.map((n, i) => item(n, spots + i))) : null,
        form);
    });
    const reveal = hidden > 0 && !A.opts.detailsShown ? el("button", { type: "button", id: "show-details", className: "link",
      textContent: showDetails ? T.hideDetails : tr(T.showDetails, { n: hidden }), attrs: { "aria-pressed": String(showDetails) },
      onclick: () => { showDetails = !showDetails; render(); } }) : null;
    return [el("p", { className: "muted note", textContent: T.signupNote }, reveal ? " " : null, reveal), A.opts.month ? monthOfRows(A.opts.month) : null,
      el("section", { className: "slots-list" }, ...cards), manage(T.manage)];
  },
  posts() {
    const open = location.hash.startsWith("#/post/") ? rows.find((r) => r.id === decodeURIComponent(location.hash.slice(7))) : null;
    const tag = location.hash.startsWith("#/tag/") ? decodeURIComponent(location.hash.slice(6)) : "";
    // a post's category and tags, each a chip that filters the list
    const tags = (r) => [r.category, ...String(r.tags || "").split(",")].map((t) => String(t ?? "").trim()).filter(Boolean);
    const chips = (r) => el("div", { className: "row tags" }, ...tags(r).map((t) => el("a", { className: "chip", href: `#/tag/${encodeURIComponent(t)}`, textContent: `#${t}` })));
    // what the prompt said each post carries (a recipe's time, a trip's country), under its name
    const own = A.fields.filter((x) => !["title", "date", "tags", "body", "category", "photo"].includes(x.key));
    const facts = (r) => {
      const said = own.filter((x) => show(x, r[x.key]) !== "");
      return said.length ? el("dl", { className: "facts" }, ...said.flatMap((x) => [el("dt", { textContent: x.label }), el("dd", { textContent: show(x, r[x.key]) })])) : null;
    };
    if (open) {
      const parts = [el("a", { href: "#/", textContent: `← ${T.back}` }),
        el("article", { className: "card full", data: { id: open.id } }, el("h2", { textContent: open.title }), photo(open.photo, "cover"),
          el("p", { className: "muted", textContent: show({ type: "date" }, open.date) }), chips(open), facts(open), ...markdown(String(open.body || "")))];
      if (A.opts.comments) parts.push(comments(open));
      return parts;
    }
    const q = query.trim().toLowerCase();
    const list = rows.filter((r) => (!tag || tags(r).includes(tag)) && (!q || `${r.title} ${r.body}`.toLowerCase().includes(q)))
      .sort((a, b) => String(b.date).localeCompare(String(a.date)) || rows.indexOf(b) - rows.indexOf(a));  // newest first
    const search = el("input", { type: "search", id: "search", placeholder: T.search, value: query, attrs: { "aria-label": T.search },
      oninput: (e) => { query = e.target.value; render(); $("#search").focus(); } });
    return [manage(T.write, rows.length === 0), el("div", { className: "row toolbar" }, search, tag ? el("a", { className: "chip", href: "#/", textContent: `#${tag} ×` }) : null),
      el("section", { className: "posts" }, ...list.map((r) => el("article", { className: "card post", data: { id: r.id } },
        photo(r.photo, "cover"), el("h3", {}, el("a", { href: `#/post/${encodeURIComponent(r.id)}`, textContent: r.title })),
        el("p", { className: "muted", textContent: show({ type: "date" }, r.date) }), facts(r),
        el("p", { textContent: String(r.body || "").replace(/[#*`>-]/g, "").slice(0, 180) }), chips(r)))),
      list.length ? null : el("p", { className: "empty", textContent: T.empty })];
  },
  dashboard() {
    const o = A.opts;
    const value = A.fields.find((x) => x.key === o.value);
    const dateKey = A.fields.find((x) => x.type === "date").key;
    // the figures the prompt measures (MRR, subscribers per plan, orders…), else plain totals
    const cards = o.cards || [{ label: `${T.total} · ${value.label}`, agg: "sum" }, { label: T.entries, agg: "count" },
      { label: T.average, agg: "avg" }, { label: T.thisMonth, agg: "sum", within: "month" }, { label: T.last30, agg: "sum", within: "30d" }];
    const form = editor(A.fields, (v, id) => { upsert(v, id); render(); say(id ? T.saved : T.added); });
    const chart = o.chart?.by ? categoryChart(value, o.chart) : o.chart?.per === "day" ? dayChart(value, dateKey) : monthChart(value, dateKey);
    return [el("div", { className: "kpis", id: "kpis" }, ...cards.map((c) => {
      // a figure of its own field ("Eigenverbrauch (kWh)"), shown in its unit
      const f = c.field ? A.fields.find((x) => x.key === c.field) : value;
      const [shown, n] = figure(c, f, dateKey);
      return el("div", { className: "card kpi", data: { agg: c.agg } }, el("span", { className: "muted", textContent: c.label }), el("strong", { textContent: shown }),
        c.note ? el("span", { className: "muted small", textContent: tr(c.note, { n: num.format(n) }) }) : null);
    })), chart, form, table(A.fields, form)];
  },
};
let weekOffset = 0;
// whether a sign-up sheet in this browser shows its entries' details (see signup())
let showDetails = false;
// The saved calculation being edited (its id), or null: the next save adds a new one.
let calcEditing = null;
function keepCalculation(entry) {
  if (rows.some((r) => r.id === calcEditing)) rows = rows.map((r) => (r.id === calcEditing ? { ...r, ...entry } : r));
  else rows.unshift({ id: uid(), ...entry });
  calcEditing = null;
  persist(); render(); say(T.saved);
}

// This month as a grid of days, each coloured by the option its row picked for `field` (a mood
// tracker asked for a calendar: A.opts.calendar names the field), with the options as a legend.
function monthGrid(field, dateKey) {
  const month = today().slice(0, 7);
  const first = new Date(`${month}-01T12:00:00`);
  const length = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  const picked = new Map(rows.filter((r) => String(r[dateKey] || "").startsWith(month)).map((r) => [r[dateKey], r[field.key]]));
  const tone = (v) => field.options.findIndex((o) => o[0] === v);
  const blanks = Array.from({ length: (first.getDay() + 6) % 7 }, () => el("span", { className: "cal-day blank" }));
  const days = Array.from({ length }, (_, i) => {
    const d = `${month}-${String(i + 1).padStart(2, "0")}`, v = picked.get(d);
    return el("span", { className: `cal-day${v === undefined ? "" : ` tone-${tone(v)}`}${d === today() ? " today" : ""}`,
      textContent: String(i + 1), title: v === undefined ? "" : show(field, v), data: { date: d, value: v ?? "" } });
  });
  return el("section", { className: "card calendar", id: "calendar", attrs: { "aria-label": field.label } },
    el("div", { className: "cal-grid" }, ...blanks, ...days),
    el("p", { className: "legend" }, ...field.options.map(([, label], i) => el("span", { className: `chip tone-${i}`, textContent: label }))));
}
// A month of the entries by their dates, each day with what is on it; ‹ › go a month back
// or on (a to-do list's due dates, a log's entries, a sign-up sheet's slots, a status page's
// incidents, the days flashcards were studied). `tone` adds a day's class (a status's worst).
let shownMonth = "";
function monthOfRows(p, list = rows, tone = () => "") {
  // this month, or the month of the next entry when this one has none (next week's slots)
  const dates = list.map((r) => String(r[p.date] || "")).filter(Boolean);
  const next = dates.filter((d) => d >= today()).sort()[0];
  const month = shownMonth || (next && !dates.some((d) => d.startsWith(today().slice(0, 7))) ? next.slice(0, 7) : today().slice(0, 7));
  const first = new Date(`${month}-01T12:00:00`);
  const length = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  const step = (n) => { const d = new Date(first); d.setMonth(d.getMonth() + n); shownMonth = iso(d).slice(0, 7); render(); };
  const blanks = Array.from({ length: (first.getDay() + 6) % 7 }, () => el("span", { className: "cal-day blank" }));
  const days = Array.from({ length }, (_, i) => {
    const d = `${month}-${String(i + 1).padStart(2, "0")}`;
    const on = list.filter((r) => r[p.date] === d).map((r) => String(r[p.title] ?? ""));
    return el("span", { className: `cal-day${on.length ? " busy" : ""}${tone(d)}${d === today() ? " today" : ""}`, data: { date: d, count: on.length } },
      el("b", { textContent: String(i + 1) }), ...on.slice(0, 3).map((x) => el("small", { className: "cal-item", textContent: x })),
      on.length > 3 ? el("small", { className: "cal-item", textContent: `+${on.length - 3}` }) : null);
  });
  const label = new Intl.DateTimeFormat(A.lang, { month: "long", year: "numeric" }).format(first);
  return el("section", { className: "card calendar", id: "month" },
    el("div", { className: "row" }, el("button", { type: "button", textContent: "‹", attrs: { "aria-label": "‹" }, onclick: () => step(-1) }),
      el("strong", { className: "grow", textContent: label }), el("button", { type: "button", textContent: "›", attrs: { "aria-label": "›" }, onclick: () => step(1) })),
    el("div", { className: "cal-grid" }, ...blanks, ...days));
}
// The last six months' totals of `value` (by the rows' `dateKey`) as an SVG bar chart: the
// dashboard's, and a tracker's when its prompt asks for a chart.
// The rows every condition [field, [values]] keeps.
const kept = (list, where = []) => list.filter((r) => where.every(([k, vals]) => vals.includes(r[k])));
// A dashboard card's figure, shown, and how many rows it counts.
function figure(c, value, dateKey) {
  let list = kept(rows, c.where);
  if (c.within === "month") list = list.filter((r) => String(r[dateKey]).startsWith(today().slice(0, 7)));
  if (c.within === "30d") list = list.filter((r) => (r[dateKey] || "") >= addDays(today(), -29));
  if (c.within === "year") list = list.filter((r) => String(r[dateKey]).startsWith(today().slice(0, 4)));
  if (c.agg === "top") {  // what sold most: the `by` value with the largest sum
    const by = new Map();
    for (const r of list) { const k = String(r[c.by] ?? "").trim(); if (k) by.set(k, (by.get(k) || 0) + (Number(r[value.key]) || 0)); }
    const best = [...by].sort((a, b) => b[1] - a[1])[0];
    return [best ? best[0] : "—", list.length];
  }
  if (c.agg === "last") {  // a level (members, stock): the latest entry's, never a sum
    const dated = list.filter((r) => String(r[value.key] ?? "") !== "").sort((a, b) => String(a[dateKey]).localeCompare(String(b[dateKey])));
    return [dated.length ? show(value, Number(dated[dated.length - 1][value.key]) || 0) : "—", list.length];
  }
  const sum = list.reduce((s, r) => s + (Number(r[value.key]) || 0), 0);
  const shown = c.agg === "count" ? num.format(list.length)
    : c.agg === "avg" ? show(value, list.length ? sum / list.length : 0)
    : c.agg === "share" ? new Intl.NumberFormat(A.lang, { style: "percent", maximumFractionDigits: 1 }).format(rows.length ? list.length / rows.length : 0)
    : show(value, sum);
  return [shown, list.length];
}
// Bars, one a label: a month's total, or a plan's.
function bars(title, labels, totals) {
  const max = Math.max(1, ...totals);
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const w = Math.min(97, Math.floor(580 / Math.max(1, labels.length)));
  const x0 = 20 + Math.floor((580 - w * labels.length) / 2);  // few bars sit in the middle
  svg.setAttribute("viewBox", "0 0 600 220"); svg.setAttribute("role", "img"); svg.setAttribute("aria-label", title);
  totals.forEach((t, i) => {
    const h = Math.round((t / max) * 170);
    const bar = document.createElementNS(ns, "rect");
    Object.entries({ x: x0 + i * w, y: 190 - h, width: w - 27, height: h, rx: 6, class: "chart-bar" }).forEach(([k, v]) => bar.setAttribute(k, v));
    bar.dataset.total = String(t);
    const label = document.createElementNS(ns, "text");
    Object.entries({ x: x0 + i * w + (w - 27) / 2, y: 210, "text-anchor": "middle", class: "chart-label" }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = labels[i];
    const amount = document.createElementNS(ns, "text");
    Object.entries({ x: x0 + i * w + (w - 27) / 2, y: 184 - h, "text-anchor": "middle", class: "chart-label" }).forEach(([k, v]) => amount.setAttribute(k, v));
    amount.textContent = t ? num.format(Math.round(t)) : "";
    svg.append(bar, label, amount);
  });
  return el("section", { className: "card chart", id: "chart" }, el("h3", { textContent: title }), svg);
}
// Each choice's total (a plan's MRR), among the rows the chart keeps.
function categoryChart(value, chart) {
  const f = A.fields.find((x) => x.key === chart.by);
  const list = kept(rows, chart.where);
  // a typed category's choices are those the rows have
  const options = f.options || [...new Set(list.map((r) => String(r[f.key] ?? "").trim()).filter(Boolean))].map((v) => [v, v]);
  return bars(chart.title, options.map((o) => o[1]), options.map(([v]) => list.filter((r) => String(r[f.key] ?? "").trim() === v).reduce((s, r) => s + (Number(r[value.key]) || 0), 0)));
}
// The last 14 days' totals, a bar a day ("ventes par jour").
function dayChart(value, dateKey) {
  const days = Array.from({ length: 14 }, (_, i) => addDays(today(), i - 13));
  const totals = days.map((d) => rows.filter((r) => r[dateKey] === d).reduce((s, r) => s + (Number(r[value.key]) || 0), 0));
  return bars(`${value.label} · ${T.perDay}`, days.map((d) => String(Number(d.slice(8)))), totals);
}
function monthChart(value, dateKey) {
  // a level (A.opts.level: members, stock) is each month's latest entry, never its sum
  const level = A.opts.level === value.key;
  const sum = (list) => (level ? Number([...list].sort((a, b) => String(a[dateKey]).localeCompare(String(b[dateKey]))).pop()?.[value.key]) || 0
    : list.reduce((s, r) => s + (Number(r[value.key]) || 0), 0));
  const months = Array.from({ length: 6 }, (_, i) => { const d = new Date(); d.setDate(1); d.setMonth(d.getMonth() - 5 + i); return iso(d).slice(0, 7); });
  const totals = months.map((m) => sum(rows.filter((r) => String(r[dateKey]).startsWith(m))));
  const labels = months.map((m) => new Intl.DateTimeFormat(A.lang, { month: "short" }).format(new Date(`${m}-15T12:00:00`)));
  return bars(`${value.label} · ${level ? T.monthLatest : T.perMonth}`, labels, totals);
}

// Formulas for the calculator view: inputs in, named outputs out (see calcs.py for each
// calculator's inputs and outputs).
// "14, 12, 16" or "14 12 16"; with semicolons a comma is a decimal point ("12,5; 14").
function numberList(raw) {
  const text = String(raw ?? "").trim();
  const parts = text.includes(";") ? text.split(/\s*;\s*/).map((x) => x.replace(",", ".")) : text.split(/[,\s]+/);
  return parts.filter(Boolean).map(Number).filter((x) => isFinite(x));
}
// The app's decimal mark, "," or ".": a prefilled number is shown with it ("0,35").
const DECIMAL = (1.5).toLocaleString(A.lang).includes(",") ? "," : ".";
function decimalShown(v) {
  if (v === undefined || v === null) return "";
  return typeof v === "number" || /^-?\d+\.\d+$/.test(String(v)) ? String(v).replace(".", DECIMAL) : String(v);
}
// A number as typed in the app's language: "0,30", "1.500,50" and "1,500.50" (the last mark
// is the decimal one), "1.500" a thousand and a half in a comma language, 1.5 in English.
function typedNumber(raw) {
  let s = String(raw ?? "").replace(/[\s\u00a0'’]/g, "");
  const comma = s.lastIndexOf(","), dot = s.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) s = comma > dot ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  else if (comma >= 0) s = DECIMAL === "." && /^-?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, "") : s.replace(",", ".");
  else if (dot >= 0 && DECIMAL === "," && /^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
  return Number(s) || 0;
}
function calcValue(input, raw) {
  if (input.type === "number") return input.empty && !String(raw ?? "").trim() ? NaN : typedNumber(raw);
  if (input.type === "list") return numberList(raw);
  return String(raw ?? "");
}
function dayCount(a, b) { return Math.round((new Date(`${b}T12:00:00`) - new Date(`${a}T12:00:00`)) / 86400000); }
// A quantity at the start of a recipe line: "200", "1.5", "1,5", "1/2", "1 1/2".
function scaleLine(line, factor) {
  const m = /^\s*(\d+\s+\d+\/\d+|\d+\/\d+|\d+(?:[.,]\d+)?)/.exec(line);
  if (!m) return line;
  const q = m[1].trim().split(/\s+/).reduce((s, part) => s + (part.includes("/") ? Number(part.split("/")[0]) / Number(part.split("/")[1]) : Number(part.replace(",", "."))), 0);
  // a thing counted ("3 eggs") comes whole; a measure ("200 g", "0,5 l") to two decimals
  const rest = line.slice(m[0].length);
  const measured = /^\s*(?:k?g|mg|[mcd]?l|oz|lbs?|cups?|tbsp|tsp|tasses?|cuill\S*|c\.|cs|cc|el|tl|tazas?|cuchar\S*|colher\S*|x[íi]caras?|cucchia\S*|pinch|pinc[ée]e?s?|prises?|pizzic\S*|gramm?\S*|grammes?|gramos?|gramas?|litr\S*|liter\S*|%)(?![\p{L}])/iu.test(rest);
  const v = q * factor;
  return `${num.format(measured ? Math.round(v * 100) / 100 : Math.max(1, Math.round(v)))}${rest}`;
}
const UNITS = { km_mi: (v) => v * 0.621371, mi_km: (v) => v / 0.621371, kg_lb: (v) => v * 2.20462, lb_kg: (v) => v / 2.20462,
  c_f: (v) => v * 9 / 5 + 32, f_c: (v) => (v - 32) * 5 / 9, cm_in: (v) => v / 2.54, in_cm: (v) => v * 2.54,
  l_gal: (v) => v / 3.78541, gal_l: (v) => v * 3.78541 };
// "Alex 14 m²", "Sam: 2,400", "Noa – 12,5": a name and its weight, the last number on its
// line (a unit after it is left out; "2,400" and "3 200" are thousands, "12,5" a decimal).
function weightLine(line, i) {
  const text = line.replace(/(\d)\s*(?:m2|m²|sq\.? ?ft|ft2|ft²|qm)(?=\W|$)/gi, "$1 ").trim();
  const m = /^(.*?)[\s:=–—-]*(\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)\D*$/.exec(text);
  if (!m) return null;
  const grouped = /^\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+$/.test(m[2]);
  const weight = grouped ? Number(m[2].replace(/\D/g, "")) : Number(m[2].replace(",", "."));
  return weight > 0 ? { name: m[1].trim() || `#${i + 1}`, weight } : null;
}
// A formula the prompt spelled (opts.steps, parsed by formula.py): each step's tree computed
// from the inputs and the steps before it; a blank input leaves what needs it blank.
function stepsOf(steps, values) {
  const env = { ...values };
  const at = (t) => {
    const [op, a, b] = t;
    if (op === "num") return a;
    if (op === "var") return env[a];
    if (op === "neg") return -at(a);
    if (op === "ceil") return Math.ceil(at(a) - 1e-9);  // whole things to buy, rounded up
    const x = at(a), y = at(b);
    return op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : op === "/" ? x / y : op === "^" ? x ** y : NaN;
  };
  for (const s of steps) env[s.key] = at(s.tree);
  return env;
}
const FORMULAS = {
  custom: (values) => stepsOf(A.opts.steps, values),
  tip: ({ bill, pct, people }) => {
    const tip = bill * pct / 100, total = bill + tip;
    return { tip, total, each: total / Math.max(1, people) };
  },
  // Each person's part of the sum in proportion to their weight (a room's size, an income).
  // An amount split evenly (utilities) is added to each part.
  weighted: ({ to_split, split_lines, even_split }) => {
    const people = split_lines.split(/\n/).map(weightLine).filter(Boolean);
    const sum = people.reduce((s, p) => s + p.weight, 0);
    const even = people.length ? (even_split || 0) / people.length : 0;
    const pct = new Intl.NumberFormat(A.lang, { style: "percent", maximumFractionDigits: 1 });
    const colon = A.lang === "fr" ? " : " : ": ";
    return { people: people.length, parts: people.map((p) => `${p.name}${colon}${money.format((sum ? to_split * p.weight / sum : 0) + even)} (${pct.format(sum ? p.weight / sum : 0)})`) };
  },
  // a dog's or a cat's energy need a day (70 × kg^0.75 at rest, times its stage of life) and
  // the grams of a food with kcal_100g kcal per 100 g that give it
  petfood: ({ animal, weight, life, kcal_100g }) => {
    const factor = (animal === "cat"
      ? { neutered: 1.2, adult: 1.4, active: 1.6, young: 2.5, senior: 1.1 }
      : { neutered: 1.6, adult: 1.8, active: 2.5, young: 2.5, senior: 1.4 })[life] || 1.6;
    const kcal_day = weight > 0 ? 70 * Math.pow(weight, 0.75) * factor : undefined;
    return { kcal_day, grams_day: kcal_day && kcal_100g > 0 ? kcal_day / kcal_100g * 100 : undefined };
  },
  bmi: ({ weight, height }) => {
    const bmi = weight / (height / 100) ** 2;
    const band = A.opts.bands.find(([max]) => bmi < max) || A.opts.bands[A.opts.bands.length - 1];
    return { bmi, band: isFinite(bmi) ? band[1] : "—" };
  },
  loan: ({ amount, rate, years }) => {
    const n = years * 12, r = rate / 100 / 12;
    const monthly = r ? amount * r / (1 - (1 + r) ** -n) : amount / Math.max(1, n);
    return { monthly, total: monthly * n, interest: monthly * n - amount };
  },
  mortgage: ({ price, down, rate, years }) => {
    const principal = Math.max(0, price - down);
    const { monthly, total, interest } = FORMULAS.loan({ amount: principal, rate, years });
    return { principal, monthly, total, interest };
  },
  // Mifflin-St Jeor: 10 kg + 6.25 cm - 5 years + 5 (men) / - 161 (women), times activity.
  calories: ({ sex, age, weight, height, activity }) => {
    const bmr = 10 * weight + 6.25 * height - 5 * age + (sex === "male" ? 5 : -161);
    const tdee = bmr * Number(activity || 1.2);
    return { bmr, tdee, lose: tdee - 500, gain: tdee + 500 };
  },
  // Calories for the goal (±500 kcal), protein 1.8 g/kg (2.0 when losing), fat a quarter of
  // the calories, carbohydrates the rest.
  macros: ({ sex, age, weight, height, activity, aim }) => {
    const { tdee } = FORMULAS.calories({ sex, age, weight, height, activity });
    const kcal = tdee + (aim === "aim_lose" ? -500 : aim === "aim_gain" ? 500 : 0);
    const protein = weight * (aim === "aim_lose" ? 2 : 1.8), fat = kcal * 0.25 / 9;
    return { kcal, protein, fat, carbs: Math.max(0, (kcal - protein * 4 - fat * 9) / 4) };
  },
  // Compounded each month, a deposit at the end of each month.
  compound: ({ start, monthly_add, rate, years }) => {
    const n = Math.round(years * 12), r = rate / 100 / 12;
    const growth = (1 + r) ** n;
    const balance = start * growth + (r ? monthly_add * (growth - 1) / r : monthly_add * n);
    const paid_in = start + monthly_add * n;
    return { balance, paid_in, earned: balance - paid_in };
  },
  goal: ({ goal, saved, months }) => {
    const left = Math.max(0, goal - saved);
    return { left, per_month: left / Math.max(1, months), per_week: left / Math.max(1, months * 52 / 12) };
  },
  discount: ({ price, off }) => ({ saving: price * off / 100, final: price - price * off / 100 }),
  per_area: ({ bed_length, bed_width, rate }) => ({ bed_area: bed_length * bed_width, amount: bed_length * bed_width * rate }),
  quote: ({ quantity, unit_price, vat_rate }) => ({ subtotal: quantity * unit_price, tax: quantity * unit_price * vat_rate / 100, gross: quantity * unit_price * (1 + vat_rate / 100) }),
  vat: ({ net, vat_rate }) => ({ tax: net * vat_rate / 100, gross: net * (1 + vat_rate / 100), net_from_gross: net / (1 + vat_rate / 100) }),
  percent: ({ base, pct }) => ({ part: base * pct / 100, plus: base * (1 + pct / 100), minus: base * (1 - pct / 100) }),
  grades: ({ grades, weights }) => {
    const w = grades.map((_, i) => (weights.length === grades.length ? weights[i] : 1));
    const total = w.reduce((s, x) => s + x, 0);
    return { count: grades.length, average: grades.length ? grades.reduce((s, x) => s + x, 0) / grades.length : undefined,
      weighted: total ? grades.reduce((s, g, i) => s + g * w[i], 0) / total : undefined };
  },
  // Metric: litres per 100 km; US English: miles per gallon (mpg).
  // an appliance's watts and hours, or the kWh a bill says were used (a month's or a year's)
  energy: ({ watts, hours_day, days_month, kwh, kwh_year, kwh_price, fixed_fee }) => {
    const kwh_month = kwh_year !== undefined ? kwh_year / 12 : kwh !== undefined ? kwh : watts * hours_day * days_month / 1000;
    const cost_month = kwh_month * kwh_price + fixed_fee;
    return { kwh_month, cost_month, cost_year: cost_month * 12 };
  },
  // what a car used: litres per 100 km and km per litre, from a distance and the litres
  economy: ({ distance, litres }) => ({ l_per_100: distance ? litres / distance * 100 : undefined,
    km_per_l: litres ? distance / litres : undefined }),
  fuel: ({ distance, consumption, fuel_price, people }) => {
    const fuel = A.opts.us ? (consumption ? distance / consumption : undefined) : distance * consumption / 100;
    const cost = fuel * fuel_price;
    return { fuel, cost, each: cost / Math.max(1, people) };
  },
  pregnancy: ({ last_period }) => {
    if (!last_period) return {};
    const due = new Date(`${last_period}T12:00:00`);
    due.setDate(due.getDate() + 280);  // Naegele's rule: 40 weeks from the last period
    const dueDay = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, "0")}-${String(due.getDate()).padStart(2, "0")}`;
    const now = new Date(), nowDay = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    return { due: due.toLocaleDateString(A.lang, { day: "numeric", month: "long", year: "numeric" }),
             weeks_now: Math.floor(dayCount(last_period, nowDay) / 7), days_left: dayCount(nowDay, dueDay) };
  },
  // a room's four walls, or one wall by its width
  paint: ({ room_length, room_width, wall_width, wall_height, openings, coats, coverage }) => {
    const around = wall_width !== undefined ? wall_width : 2 * (room_length + room_width);
    const wall_area = Math.max(0, around * wall_height - openings);
    return { wall_area, paint_litres: coverage ? wall_area * coats / coverage : undefined };
  },
  // Whole tiles for the floor (its area, or length x width) plus a margin for cuts, and the
  // whole boxes they come in.
  tiles: ({ area, room_length, room_width, tile_length, tile_width, waste, per_box }) => {
    // metres and centimetres, or feet and inches (opts.us: 144 square inches a square foot)
    const floor_area = area ?? room_length * room_width, tile = tile_length * tile_width / (A.opts.us ? 144 : 10000);
    const tile_count = tile ? Math.ceil(floor_area / tile * (1 + (waste || 0) / 100) - 1e-9) : undefined;
    return { floor_area, tile_count, boxes: per_box ? Math.ceil(tile_count / per_box - 1e-9) : undefined };
  },
  // a fence round a rectangle: a post at each corner and every post_spacing along each side
  // (a side not a multiple of the spacing needs one more: 60 x 40 m every 3 m is 20 + 14 + 20
  // + 14 = 68, not 67 from the perimeter alone), strands of wire the whole way round
  fence: ({ fence_length, fence_width, post_spacing, strands, roll }) => {
    const perimeter = 2 * (fence_length + fence_width), wire = perimeter * (strands || 1);
    const spans = (side) => Math.ceil(side / post_spacing - 1e-9);
    return { perimeter, posts: post_spacing > 0 ? 2 * spans(fence_length) + 2 * spans(fence_width) : undefined,
             wire, rolls: roll > 0 ? Math.ceil(wire / roll - 1e-9) : undefined };
  },
  // skirting boards round a room's walls, less its doorways, in whole pieces
  skirting: ({ room_length, room_width, door_gaps, piece_length }) => {
    const edge_run = Math.max(0, 2 * (room_length + room_width) - (door_gaps || 0));
    return { edge_run, pieces: piece_length > 0 ? Math.ceil(edge_run / piece_length - 1e-9) : undefined };
  },
  // plants set out over a bed, one per square of the spacing's side (in cm)
  planting: ({ bed_length, bed_width, plant_spacing }) => {
    const bed_area = bed_length * bed_width;
    return { bed_area, plants: plant_spacing > 0 ? Math.ceil(bed_area / (plant_spacing / 100) ** 2 - 1e-9) : undefined };
  },
  // stitches over the gauge's width times the piece's width, rows the same over its length
  gauge: ({ gauge_stitches, gauge_rows, gauge_size, knit_width, knit_length }) => (gauge_size > 0
    ? { cast_on: Math.round(gauge_stitches * knit_width / gauge_size), knit_rows: Math.round(gauge_rows * knit_length / gauge_size) }
    : {}),
  dates: ({ from_date, to_date }) => {
    if (!from_date || !to_date) return {};
    const [a, b] = from_date <= to_date ? [from_date, to_date] : [to_date, from_date];
    const [y1, m1, d1] = a.split("-").map(Number), [y2, m2, d2] = b.split("-").map(Number);
    let months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
    const days = dayCount(a, b);
    return { years: Math.floor(months / 12), months: months % 12, days, weeks: Math.floor(days / 7) };
  },
  pay: ({ hourly, hours, overtime, ot_rate }) => {
    const week = hourly * hours + hourly * (ot_rate || 1) * overtime;
    return { week, month: week * 52 / 12, year: week * 52 };
  },
  recipe: ({ from_servings, to_servings, ingredients }) => {
    const factor = from_servings ? to_servings / from_servings : 1;
    return { factor, scaled: ingredients.split(/\n/).map((l) => l.trim()).filter(Boolean).map((l) => scaleLine(l, factor)) };
  },
  currency: ({ amount, fx }) => ({ converted: amount * fx }),
  convert: ({ value, pair }) => ({ result: (UNITS[pair] || UNITS.km_mi)(value) }),
};

// The plain calculator: an expression of numbers, + - × ÷, % and brackets, read by a small
// parser (never eval), typed or tapped on the keypad.
function evaluate(expr) {
  if (!/^[\d\s.,+\-*/×÷−()%]*$/.test(String(expr))) throw new Error("syntax");
  const tokens = String(expr).replace(/×/g, "*").replace(/÷/g, "/").replace(/−/g, "-").replace(/,/g, ".").match(/\d*\.?\d+|[-+*/()%]/g) || [];
  let i = 0;
  const peek = () => tokens[i];
  const primary = () => {
    const t = tokens[i++];
    if (t === "(") { const v = sum(); if (tokens[i++] !== ")") throw new Error("bracket"); return v; }
    if (t === "-") return -primary();
    if (t === "+") return primary();
    if (t === undefined || Number.isNaN(Number(t))) throw new Error("syntax");
    let v = Number(t);
    while (peek() === "%") { i++; v /= 100; }
    return v;
  };
  const product = () => { let v = primary(); while (peek() === "*" || peek() === "/") { const op = tokens[i++]; const r = primary(); v = op === "*" ? v * r : v / r; } return v; };
  const sum = () => { let v = product(); while (peek() === "+" || peek() === "-") { const op = tokens[i++]; const r = product(); v = op === "+" ? v + r : v - r; } return v; };
  const v = sum();
  if (i < tokens.length) throw new Error("syntax");
  return v;
}
function basicCalculator() {
  const screen = el("input", { id: "expression", name: "expression", type: "text", inputMode: "decimal", autocomplete: "off", value: db.load("expression", ""),
    attrs: { "aria-label": A.fields[0].label }, oninput: () => { db.save("expression", screen.value); update(); } });
  const result = el("strong", { id: "result", attrs: { "aria-live": "polite" } });
  const update = () => {
    try { const v = screen.value.trim() ? evaluate(screen.value) : ""; result.textContent = v === "" ? "" : isFinite(v) ? num.format(v) : "—"; return v; }
    catch { result.textContent = "…"; return ""; }
  };
  const press = (k) => {
    if (k === "C") screen.value = "";
    else if (k === "⌫") screen.value = screen.value.slice(0, -1);
    else if (k === "=") { const v = update(); if (v !== "" && isFinite(v)) { const expression = screen.value; screen.value = String(Math.round(v * 1e10) / 1e10); db.save("expression", screen.value); keepCalculation({ expression, result: num.format(v) }); return; } }
    else screen.value += k;
    db.save("expression", screen.value); update();
  };
  const keys = ["7", "8", "9", "÷", "4", "5", "6", "×", "1", "2", "3", "−", "0", ".", "%", "+", "(", ")", "⌫", "C"];
  const pad = el("div", { className: "keypad" }, ...keys.map((k) => el("button", { type: "button", textContent: k, data: { key: k }, onclick: () => press(k) })),
    el("button", { type: "button", className: "primary wide-key", textContent: "=", data: { key: "=" }, onclick: () => press("=") }));
  // Editing a kept sum: it is back on the screen, and "=" replaces it in the history.
  const editing = rows.find((r) => r.id === calcEditing);
  const form = el("form", { id: "calc", className: "card calc-basic", attrs: { "aria-label": A.name } }, screen, el("p", { className: "result" }, "= ", result), pad,
    editing ? el("p", { className: "row between muted small" }, el("span", { textContent: `${T.edit}: ${editing.expression}` }),
      el("button", { type: "button", id: "calc-cancel", textContent: T.cancel, onclick: () => { calcEditing = null; render(); } })) : null);
  form.addEventListener("submit", (e) => { e.preventDefault(); press("="); });
  const edit = (row) => { calcEditing = row.id; db.save("expression", String(row.expression ?? "")); render(); $("#expression").focus(); };
  queueMicrotask(update);
  return [form, el("section", { className: "card" }, el("h3", { textContent: T.history }), table(A.fields, { edit }))];
}

// Markdown to DOM nodes (headings, lists, paragraphs, **bold**, *italic*, `code`): text only,
// never parsed as HTML, so a post cannot inject markup.
function inline(text) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g)) {
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
  const item = /^(-|\*|\d+\.)\s+/;
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    const h = /^(#{1,3})\s+(.*)$/.exec(line);
    if (!line.trim()) { i++; }
    else if (h) { nodes.push(el(`h${h[1].length + 2}`, {}, ...inline(h[2]))); i++; }
    else if (item.test(line)) {
      const list = el(/^\d+\./.test(line) ? "ol" : "ul");
      while (i < lines.length && item.test(lines[i])) list.append(el("li", {}, ...inline(lines[i++].replace(item, ""))));
      nodes.push(list);
    } else {
      const para = [];
      while (i < lines.length && lines[i].trim() && !/^(#{1,3}\s|-\s|\*\s|\d+\.\s)/.test(lines[i])) para.push(lines[i++]);
      nodes.push(el("p", {}, ...inline(para.join(" "))));
    }
  }
  return nodes;
}

// ---- examples ------------------------------------------------------------------------------
// Sample rows (config.js marks them "_example") show how the app works; they are said to be
// examples and go in one click, with the sample incident, so none reads as a real record
// (someone who may not change them, in a full-stack app, is told too: no button then).
function examples() {
  const n = rows.filter((r) => r._example).length;
  if (!n) return null;
  return el("div", { className: "card examples row between", id: "examples", attrs: { role: "note" } },
    el("span", { textContent: n === 1 ? T.example : tr(T.examples, { n }) }),
    A.readonly ? null : el("button", { type: "button", id: "remove-examples", textContent: T.removeExamples, onclick: () => {
      rows = rows.filter((r) => !r._example); persist();
      if (A.opts.incidents) db.save("incidents", db.load("incidents", thaw(A.opts.incidents)).filter((x) => !x._example));
      render(); say(T.examplesRemoved);
    } }));
}

// ---- the page --------------------------------------------------------------------------------
function render() {
  tableSpec = null;
  const focus = document.activeElement?.id;
  const visit = A.opts.visit ? el("p", { className: "muted visit", textContent: A.opts.visit }) : null;
  $("#app").replaceChildren(...[visit, examples(), ...VIEWS[A.view]()].filter(Boolean));
  if (tableSpec) drawTable();
  if (A.opts.totals && $("#totals")) totals();
  if (focus && focus !== "search" && $(`#${focus}`)) $(`#${focus}`).focus();
}
// Each item's last date, the days gone by since and its total ("when each plant was last
// watered, and how much it got"), the longest ago first.
function perItem(p) {
  const item = A.fields.find((x) => x.key === p.item), dated = A.fields.find((x) => x.key === p.date);
  const amount = A.fields.find((x) => x.key === p.amount);
  const groups = new Map();
  for (const r of rows) {
    const name = String(r[item.key] || "").trim();
    if (!name || !r[dated.key]) continue;
    const g = groups.get(name.toLowerCase()) || { name, last: "", total: 0 };
    if (r[dated.key] > g.last) g.last = r[dated.key];
    g.total += Number(r[amount?.key]) || 0;
    groups.set(name.toLowerCase(), g);
  }
  const since = (day) => Math.round((new Date(`${today()}T12:00:00`) - new Date(`${day}T12:00:00`)) / 864e5);
  const list = [...groups.values()].sort((a, b) => (a.last < b.last ? -1 : a.last > b.last ? 1 : 0));
  const head = [item.label, T.lastTime, T.daysSince, ...(amount ? [`${T.total} · ${amount.label}`] : [])];
  return el("section", { className: "card scroll", id: "per-item" }, el("table", {},
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { textContent: h })))),
    el("tbody", {}, ...list.map((g) => el("tr", { data: { item: g.name } },
      el("td", { textContent: g.name }), el("td", { textContent: show(dated, g.last) }),
      el("td", { className: "since", textContent: String(since(g.last)) }),
      ...(amount ? [el("td", { className: "total", textContent: show(amount, g.total) })] : []))))));
}
function totals() {
  const f = A.fields.find((x) => x.type === "money" || x.type === "number");
  const week = addDays(today(), -6);
  const dated = A.fields.find((x) => x.type === "date");
  const items = [[T.entries, String(rows.length)]];
  if (dated) items.push([T.thisWeek, String(rows.filter((r) => (r[dated.key] || "") >= week).length)]);
  // a reading (blood pressure, temperature, weight) is averaged, an amount added up
  const avg = !!A.opts.average, mean = avg ? `${T.average} · ` : "";
  const sum = (list) => { const t = list.reduce((s, r) => s + (Number(r[f.key]) || 0), 0);
    return show(f, avg ? (list.length ? Math.round((t / list.length) * 10) / 10 : 0) : t); };
  if (f) items.push([`${avg ? T.average : T.total} · ${f.label}`, sum(rows)]);
  if (f && dated) items.push([`${mean}${T.thisWeek} · ${f.label}`, sum(rows.filter((r) => (r[dated.key] || "") >= week))]);
  if (f && dated) items.push([`${mean}${T.thisMonth} · ${f.label}`, sum(rows.filter((r) => String(r[dated.key] || "").startsWith(today().slice(0, 7))))]);
  if (f && dated && A.opts.goal) {  // "goal is 8": today's total against it, days that reached it
    const per = {};
    rows.forEach((r) => { const d = r[dated.key] || ""; per[d] = (per[d] || 0) + (Number(r[f.key]) || 0); });
    const days = Object.keys(per).filter(Boolean);
    items.push([`${T.goalToday} · ${f.label}`, `${show(f, per[today()] || 0)} / ${show(f, A.opts.goal)}`]);
    items.push([T.goalDays, `${days.filter((d) => per[d] >= A.opts.goal).length} / ${days.length}`]);
  }
  const by = A.fields.find((x) => x.key === A.opts.byCategory);  // "a total per category"
  if (f && by) items.push(...by.options.map(([v, label]) => [`${T.total} · ${label}`, sum(rows.filter((r) => r[by.key] === v))]));
  $("#totals").replaceChildren(...items.map(([k, v]) => el("div", { className: "card kpi" }, el("span", { className: "muted", textContent: k }), el("strong", { textContent: v }))));
}
function comments(post) {
  const key = `comments.${post.id}`;
  const list = db.load(key, []);
  const form = el("form", { className: "row", id: "comment-form" },
    el("label", {}, T.yourName, el("input", { name: "name", required: true, maxLength: 60 })),
    el("label", { className: "grow" }, T.comment, el("input", { name: "text", required: true, maxLength: 500 })),
    el("button", { className: "primary", type: "submit", textContent: T.postComment }));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    db.save(key, [...list, { name: form.elements.name.value.trim(), text: form.elements.text.value.trim(), date: today() }]);
    render();
  });
  return el("section", { className: "comments-section" }, el("h3", { textContent: T.comments }),
    el("ul", { className: "plain" }, ...list.map((c) => el("li", { className: "card" }, el("strong", { textContent: c.name }),
      el("span", { className: "muted", textContent: ` · ${c.date}` }), el("p", { textContent: c.text })))), form);
}
addEventListener("hashchange", () => { render(); scrollTo(0, 0); });
$("#export")?.addEventListener("click", exportCSV);
$("#import")?.addEventListener("change", async (e) => {
  const file = e.target.files[0];
  if (file) importCSV(await file.text());
  e.target.value = "";
});
// A remote store tells the page when the server's rows changed (ids, totals, someone else's).
db.attach?.({ reload() { rows = db.load("rows", rows); render(); }, say });
render();
