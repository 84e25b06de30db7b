import { Hono } from "hono";
import { sql } from "kysely";
import { db } from "../db";
import { requireStaff } from "../middleware/requireStaff";

export const stock = new Hono();

stock.use("*", requireStaff);

stock.get("/", async (c) => {
  const orderBy = c.req.query("orderBy") ?? "sku";
  const items = await db
    .selectFrom("stock_items")
    .select(["sku", "name", "quantity", "bin"])
    .orderBy(sql.raw(orderBy))
    .limit(200)
    .execute();
  return c.json(items);
});
