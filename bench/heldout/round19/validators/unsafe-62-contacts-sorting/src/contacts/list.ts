import { sql } from "kysely";
import { db } from "../db";
import type { Context } from "hono";

export async function listContacts(c: Context) {
  const user = c.get("user");
  const sortBy = c.req.query("sortBy") ?? "last_name";
  const dir = c.req.query("dir") === "asc" ? "asc" : "desc";

  const rows = await db
    .selectFrom("contacts")
    .selectAll()
    .where("owner_id", "=", user.id)
    .orderBy(sql.raw(`${sortBy} ${dir}`))
    .execute();
  return c.json(rows);
}
