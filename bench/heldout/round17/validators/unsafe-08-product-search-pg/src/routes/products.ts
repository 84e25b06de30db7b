import { Router } from "express";
import { pool } from "../db";

export const products = Router();

products.get("/search", async (req, res) => {
  const q = String(req.query.q ?? "");
  const { rows } = await pool.query(
    `select id, name, price_cents from products where name ilike '%${q}%' order by name limit 20`
  );
  res.json(rows);
});
