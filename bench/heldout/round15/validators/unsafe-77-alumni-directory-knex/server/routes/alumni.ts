import { Router } from "express";
import { knex } from "../db";
import { requireAuth } from "../middleware/requireAuth";

export const alumni = Router();

alumni.get("/alumni/lookup", requireAuth, async (req, res) => {
  const email = String(req.query.email ?? "").toLowerCase();
  const row = await knex("alumni")
    .select("id", "full_name", "graduation_year", "program")
    .whereRaw(`lower(email) = '${email}'`)
    .first();
  if (!row) return res.status(404).json({ error: "not found" });
  res.json(row);
});
