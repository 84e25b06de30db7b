import { Router } from "express";
import { pool } from "../db.js";
import { requireAuth } from "../middleware/require-auth.js";

const router = Router();
router.use(requireAuth);

router.get("/", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, url, title, created_at FROM bookmarks WHERE user_id = $1 ORDER BY created_at DESC",
    [req.user.id]
  );
  res.json(rows);
});

router.post("/", async (req, res) => {
  const { url, title } = req.body ?? {};
  try {
    new URL(url);
  } catch {
    return res.status(400).json({ error: "Invalid URL" });
  }
  const { rows } = await pool.query(
    "INSERT INTO bookmarks (user_id, url, title) VALUES ($1, $2, $3) RETURNING id, url, title",
    [req.user.id, url, title ?? url]
  );
  res.status(201).json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  const { rowCount } = await pool.query(
    "DELETE FROM bookmarks WHERE id = $1 AND user_id = $2",
    [req.params.id, req.user.id]
  );
  res.sendStatus(rowCount ? 204 : 404);
});

export default router;
