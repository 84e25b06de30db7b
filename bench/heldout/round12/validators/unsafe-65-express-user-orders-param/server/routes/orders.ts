import { Router } from "express";
import { db } from "../db";
import { authenticate } from "../middleware/authenticate";

export const ordersRouter = Router();

ordersRouter.get("/users/:userId/orders", authenticate, async (req, res) => {
  const { userId } = req.params;
  const page = Math.max(Number(req.query.page) || 1, 1);

  const { rows } = await db.query(
    `SELECT o.id, o.status, o.total_cents, o.created_at,
            a.line1, a.city, a.postcode
       FROM orders o
       LEFT JOIN addresses a ON a.id = o.address_id
      WHERE o.user_id = $1
      ORDER BY o.created_at DESC
      LIMIT 20 OFFSET $2`,
    [userId, (page - 1) * 20]
  );

  res.json({ orders: rows, page });
});

ordersRouter.get("/me", authenticate, async (req, res) => {
  const { rows } = await db.query(
    "SELECT id, email, display_name FROM users WHERE id = $1",
    [req.user!.id]
  );
  res.json(rows[0]);
});
