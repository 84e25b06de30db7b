// Devora full-stack data app: the engine's storage (db.load / db.save in app.js) backed by this
// app's own API instead of localStorage. The page loads config.js, then this file; it reads all
// the signed-in person may see from /api/data and then starts app.js, the same engine as the
// web version. Each save sends what changed (POST a new row, PATCH a changed one, DELETE a
// removed one); row-level security on the server decides, and after each batch the page reads
// the server's rows again, so refusals, totals and other people's rows show as they are.
"use strict";
(() => {
  const A = window.APP;
  const T = A.t;
  const local = {
    load(name, fallback) {
      try { return JSON.parse(localStorage.getItem(`${A.key}.${name}`)) ?? fallback; } catch { return fallback; }
    },
    save(name, value) { localStorage.setItem(`${A.key}.${name}`, JSON.stringify(value)); },
  };
  const copy = (v) => JSON.parse(JSON.stringify(v));
  const uuid = () => (crypto.randomUUID ? crypto.randomUUID()
    : "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16)));
  let remote = {};  // store -> { table, rows }: the server's rows
  let shown = {};   // store -> what the engine held when it last saved (or the server's view)
  let engine = null;
  let queue = Promise.resolve();

  async function api(method, path, body) {
    const res = await fetch(path, { method, credentials: "same-origin",
      headers: body ? { "Content-Type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
    if (res.status === 401) {
      location.href = `/login?next=${encodeURIComponent(location.pathname)}`;
      throw new Error(T.signInAgain);
    }
    const data = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) throw new Error((data && T[`err_${data.code}`]) || (data && data.error) || String(res.status));
    return data;
  }

  // The engine keeps sign-ups as { slot id: [names] }; everything else as rows with ids. A
  // name with details (a phone, an e-mail) is { name, details }: the server sends details only
  // with the person's own sign-ups, and all of them to an admin (RLS on signup_details).
  const entry = (r) => (r.details ? { name: r.name, details: r.details } : r.name);
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  function view(name, store) {
    if (name !== "signups") return store.rows;
    const out = {};
    for (const r of store.rows) (out[r.slot_id] ||= []).push(entry(r));
    return out;
  }

  // A sample row's column "example" is the engine's "_example" mark (it says the row is one).
  const flagged = new Set();  // the tables with that column
  const marked = (r) => {
    if (!("example" in r)) return r;
    const { example, ...rest } = r;
    return example ? { ...rest, _example: true } : rest;
  };

  async function fetchAll() {
    const data = await api("GET", "/api/data");
    for (const s of Object.values(data.stores)) if (s.rows.some((r) => "example" in r)) flagged.add(s.table);
    remote = Object.fromEntries(Object.entries(data.stores).map(([k, s]) => [k, { ...s, rows: s.rows.map(marked) }]));
    A.readonly = !!data.readonly;
    shown = Object.fromEntries(Object.entries(remote).map(([k, s]) => [k, copy(view(k, s))]));
  }

  // an edited example is the person's own row from then on: its column is cleared too
  const row = (r, table) => {
    const out = Object.fromEntries(Object.entries(r).filter(([k]) => k !== "_locked" && k !== "_example"));
    return flagged.has(table) ? { ...out, example: !!r._example } : out;
  };

  // The requests that turn `before` into `after` for one store.
  function changes(name, before, after) {
    const table = remote[name].table;
    const ops = [];
    if (name === "signups") {
      for (const slot of new Set([...Object.keys(before), ...Object.keys(after)])) {
        const was = [...(before[slot] || [])];
        for (const who of after[slot] || []) {
          const i = was.findIndex((x) => same(x, who));
          if (i >= 0) was.splice(i, 1);
          else ops.push(["POST", `/api/data/${table}`, { id: uuid(), slot_id: slot,
            ...(typeof who === "string" ? { name: who } : who) }]);
        }
        const left = remote.signups.rows.filter((r) => r.slot_id === slot && !r._locked);
        for (const who of was) {
          const i = left.findIndex((r) => same(entry(r), who));
          if (i >= 0) ops.push(["DELETE", `/api/data/${table}/${left.splice(i, 1)[0].id}`]);
        }
      }
      return ops;
    }
    if (name === "orders") {
      return after.filter((o) => !o.id).map((o) => ["POST", "/api/orders", {
        ...Object.fromEntries(A.opts.orderFields.map((f) => [f.key, o[f.key] ?? ""])),
        lines: o.lines.map((l) => ({ item_id: l.id, quantity: l.qty })) }]);
    }
    const old = new Map(before.map((r) => [r.id, r]));
    for (const r of after) {
      const was = old.get(r.id);
      old.delete(r.id);
      if (r._locked) continue;
      if (!was) ops.push(["POST", `/api/data/${table}`, row(r, table)]);
      else if (JSON.stringify(was) !== JSON.stringify(r)) ops.push(["PATCH", `/api/data/${table}/${r.id}`, row(r, table)]);
    }
    for (const r of old.values()) if (!r._locked) ops.push(["DELETE", `/api/data/${table}/${r.id}`]);
    return ops;
  }

  function sync(name, value) {
    const after = copy(value);
    const ops = changes(name, shown[name], after);
    shown[name] = after;
    if (!ops.length) return;
    queue = queue.then(async () => {
      let failed = null;
      for (const [method, path, body] of ops) {
        try { await api(method, path, body); } catch (e) { failed = failed || e; }
      }
      const before = JSON.stringify(shown);
      try { await fetchAll(); } catch (e) { failed = failed || e; }
      if (failed) engine?.say(`${T.notSaved} ${failed.message}`);
      if (JSON.stringify(shown) !== before) engine?.reload();
    });
  }

  window.DB = {
    load(name, fallback) { return name in shown ? copy(shown[name]) : local.load(name, fallback); },
    save(name, value) { if (name in shown) sync(name, value); else local.save(name, value); },
    // Whether the i-th name on a sign-up slot is someone else's (no remove button then).
    locked(name, slot, i) {
      const r = (remote[name]?.rows || []).filter((x) => x.slot_id === slot)[i];
      return !!(r && r._locked);
    },
    attach(e) { engine = e; },
    idle() { return queue; },  // settles when every change so far has reached the server
  };
  fetchAll().then(() => {
    const s = document.createElement("script");
    s.src = "/app.js";
    document.body.append(s);
  }).catch((e) => { document.querySelector("#status").textContent = `${T.loadFailed} ${e.message}`; });
})();
