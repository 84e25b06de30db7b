import { pool } from "./pool.js";

const SORTABLE = {
  price: "price_cents",
  newest: "created_at",
  rating: "avg_rating",
};

export async function searchListings({ city, sort = "newest", dir = "desc", page = 1 }) {
  const column = Object.hasOwn(SORTABLE, sort) ? SORTABLE[sort] : SORTABLE.newest;
  const direction = dir === "asc" ? "ASC" : "DESC";
  const offset = (Math.max(1, Number(page)) - 1) * 20;
  const text = `SELECT id, title, price_cents, city FROM listings
                WHERE city = $1 AND active
                ORDER BY ${column} ${direction}
                LIMIT 20 OFFSET $2`;
  const { rows } = await pool.query(text, [city, offset]);
  return rows;
}
