import { Hono } from "hono";
import { db } from "../db";

const SORTABLE = ["price", "bedrooms", "listed_at"] as const;
type Sortable = (typeof SORTABLE)[number];

export const listings = new Hono();

listings.get("/", async (c) => {
  const sortParam = c.req.query("sort") ?? "listed_at";
  const sort: Sortable = (SORTABLE as readonly string[]).includes(sortParam) ? (sortParam as Sortable) : "listed_at";
  const dir = c.req.query("dir") === "asc" ? "asc" : "desc";
  const city = c.req.query("city");

  let q = db.selectFrom("listings").select(["id", "title", "city", "price", "bedrooms", "listed_at"]);
  if (city) q = q.where("city", "=", city);
  const rows = await q.orderBy(sort, dir).limit(100).execute();
  return c.json(rows);
});
