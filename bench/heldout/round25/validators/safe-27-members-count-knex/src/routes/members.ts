import { Router } from "express";
import { db } from "../db";

const TABLE = "club_members";
const router = Router();

router.get("/members/lookup", async (req, res) => {
  const email = String(req.query.email ?? "");
  const member = await db(TABLE)
    .select("id")
    .whereRaw("lower(email) = lower(?)", [email])
    .first();
  res.json({ exists: Boolean(member) });
});

router.get("/members/count", async (_req, res) => {
  const result = await db.raw(`select count(*)::int as n from ${TABLE}`);
  res.json({ count: result.rows[0].n });
});

export default router;
