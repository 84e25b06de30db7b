import { Router } from "express";
import mysql from "mysql2/promise";
import { requireSession } from "../middleware/session";

const pool = mysql.createPool({
  uri: process.env.DATABASE_URL,
  connectionLimit: 10,
});

export const invoices = Router();
invoices.use(requireSession);

invoices.get("/:id", async (req, res) => {
  const [rows] = await pool.query(
    "SELECT i.*, c.name AS customer_name FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.id = " +
      req.params.id
  );
  const list = rows as any[];
  if (list.length === 0) return res.status(404).json({ error: "Invoice not found" });
  res.json(list[0]);
});

invoices.get("/", async (req, res) => {
  const [rows] = await pool.execute(
    "SELECT id, number, total_cents, status FROM invoices WHERE owner_id = ? ORDER BY created_at DESC",
    [req.session.userId]
  );
  res.json(rows);
});
