import { Router } from "express";
import { pool } from "../db";

export const products = Router();

products.get("/search", async (req, res) => {
  const q = String(req.query.q ?? "").slice(0, 100);
  const { rows } = await pool.query(
    "select id, name, price_cents from products where name ilike $1 order by name limit 20",
    [`%${q}%`]
  );
  res.json(rows);
});
