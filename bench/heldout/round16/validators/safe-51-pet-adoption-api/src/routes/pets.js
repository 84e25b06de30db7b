import { Router } from "express";
import { pool } from "../db.js";
import { requireAuth } from "../middleware/requireAuth.js";

const router = Router();
router.use(requireAuth);

router.post("/", async (req, res) => {
  const { name, species, age } = req.body;
  const { rows } = await pool.query(
    "insert into pets (shelter_owner_id, name, species, age) values ($1, $2, $3, $4) returning *",
    [req.user.id, name, species, age]
  );
  res.status(201).json(rows[0]);
});

router.put("/:id", async (req, res) => {
  const { name, species, age, adopted } = req.body;
  const { rowCount } = await pool.query(
    "update pets set name = $1, species = $2, age = $3, adopted = $4 where id = $5 and shelter_owner_id = $6",
    [name, species, age, adopted, req.params.id, req.user.id]
  );
  if (!rowCount) return res.status(404).json({ error: "Not found" });
  res.json({ ok: true });
});

export default router;
