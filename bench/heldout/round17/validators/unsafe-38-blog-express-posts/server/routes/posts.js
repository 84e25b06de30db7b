const express = require("express");
const pool = require("../db");
const router = express.Router();

router.get("/", async (_req, res) => {
  const { rows } = await pool.query("select id, title, created_at from posts where published order by created_at desc");
  res.json(rows);
});

router.delete("/:id", async (req, res) => {
  await pool.query("delete from posts where id = $1", [req.params.id]);
  res.status(204).end();
});

module.exports = router;
