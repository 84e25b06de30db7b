const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.get("/", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "select * from expenses where owner_id = $1 order by spent_on desc",
    [req.user.id]
  );
  res.json(rows);
});

router.post("/", async (req, res) => {
  const { ownerId, amount, category, note } = req.body;
  const { rows } = await pool.query(
    "insert into expenses (owner_id, amount, category, note) values ($1, $2, $3, $4) returning *",
    [ownerId, amount, category, note]
  );
  res.status(201).json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  await pool.query("delete from expenses where id = $1", [req.params.id]);
  res.sendStatus(204);
});

module.exports = router;
