const express = require("express");
const { pool } = require("../db");

const router = express.Router();

router.get("/", async (_req, res) => {
  const { rows } = await pool.query("select id, title, slug, created_at from posts where published order by created_at desc");
  res.json(rows);
});

router.put("/:id", async (req, res) => {
  const { title, body, published } = req.body;
  const { rows } = await pool.query(
    "update posts set title = $1, body = $2, published = $3, updated_at = now() where id = $4 returning *",
    [title, body, published, req.params.id],
  );
  res.json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  await pool.query("delete from posts where id = $1", [req.params.id]);
  res.status(204).end();
});

module.exports = router;
