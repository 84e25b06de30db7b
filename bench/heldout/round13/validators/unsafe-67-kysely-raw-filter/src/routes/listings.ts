import { Hono } from "hono";
import { db } from "../db";
import { findListings } from "../services/listings";

export const listings = new Hono();

listings.get("/", async (c) => {
  const { city, maxPrice, tag } = c.req.query();
  const rows = await findListings(db, { city, tag, maxPrice: maxPrice ? Number(maxPrice) : undefined });
  return c.json(rows);
});
