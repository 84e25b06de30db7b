"""A loopback fake of a full-stack data app's own API (fullstack_data's routes), serving the
app's public files: the page a signed-in admin sees, without `next build`.

``/`` is the markup DataApp.tsx draws; ``/config.js``, ``/store.js``, ``/app.js`` are the
generated project's public files. ``GET /api/data`` answers every store's rows (the caller is
an admin, so nothing is locked), ``POST /api/data/<table>``, ``PATCH|DELETE
/api/data/<table>/<id>`` change them, and an unknown table is a 404, as the real routes do.
The rows are kept in a real PostgreSQL with the app's migrations (``PgRows``), read and
written as one signed-in person under row-level security, as the routes do through PostgREST:
the page's own payloads meet the real columns, types, checks and policies. What the routes
check before that (sessions, zod) is proven against `next start` elsewhere; this fake is for
the pages of the shapes no build here serves.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tests.fakes.base import JsonHandler, LoopbackFake
from tests.fakes.pgrest import PgRows

PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<link rel="stylesheet" href="/dataapp.css"></head><body>
<div class="dataapp"><p id="status" role="status"></p><div id="app"></div>
<footer class="storage"><button type="button" id="export">CSV</button>
<input type="file" id="import"></footer></div>
<script src="/config.js"></script><script src="/store.js"></script></body></html>"""


class FakeDataApi(LoopbackFake):
    def __init__(self, files: dict[str, str], tables: dict[str, str], db: PgRows,
                 lang: str = "en") -> None:
        """``files``: the project's files; ``tables``: store name -> table name; ``db``: where
        the rows are kept."""
        self.public = {"/" + p[len("public/"):]: t for p, t in files.items()
                       if p.startswith("public/")}
        self.public["/dataapp.css"] = files["app/dataapp.css"]
        self.page = PAGE.format(lang=lang)
        self.stores = tables
        self.db = db
        self.requests: list[tuple[str, str]] = []
        self.refused: list[tuple[str, str, str]] = []  # changes the database turned down
        super().__init__()

    def _handler(self) -> type[JsonHandler]:
        fake = self

        class Handler(JsonHandler):
            def _text(self, body: str, ctype: str) -> None:
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path == "/api/data":
                    return self.send_json(200, {"admin": True, "readonly": False, "stores": {
                        store: {"table": table, "rows": fake.db.rows(table)}
                        for store, table in fake.stores.items()}})
                if self.path.split("?")[0] == "/":
                    return self._text(fake.page, "text/html; charset=utf-8")
                if self.path in fake.public:
                    kind = "text/css" if self.path.endswith(".css") else "text/javascript"
                    return self._text(fake.public[self.path], kind)
                self.send_json(404, {"error": "not found"})

            def _change(self, method: str) -> None:
                import psycopg

                m = re.fullmatch(r"/api/data/(\w+)(?:/([\w-]+))?", self.path)
                if not m or m.group(1) not in fake.stores.values():
                    return self.send_json(404, {"error": "unknown table"})
                fake.requests.append((method, self.path))
                body: dict[str, Any] = json.loads(self.read_body() or b"{}")
                table, row_id = m.groups()
                try:
                    if method == "POST":
                        fake.db.insert(table, body)
                        return self.send_json(201, {"id": body.get("id")})
                    if row_id is None:
                        return self.send_json(404, {"error": "no such row"})
                    changed = fake.db.change(table, row_id, body if method == "PATCH" else None)
                except psycopg.Error as exc:  # the route's failed(): the page says it
                    fake.refused.append((method, self.path, str(exc)))
                    return self.send_json(400, {"error": str(exc)})
                if changed:
                    return self.send_json(200 if method == "PATCH" else 204,
                                          {"id": row_id} if method == "PATCH" else None)
                fake.refused.append((method, self.path, "no row let through"))  # the route: 403
                self.send_json(403, {"error": "forbidden"})

            def do_POST(self) -> None:
                self._change("POST")

            def do_PATCH(self) -> None:
                self._change("PATCH")

            def do_DELETE(self) -> None:
                self._change("DELETE")

        return Handler
