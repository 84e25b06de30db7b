const { Router } = require("express");
const { pool } = require("../db");

const router = Router();

router.get("/search", async (req, res) => {
  const q = (req.query.q || "").trim();
  const sql = "select id, title, author, year from books where title ilike '%" + q + "%' or author ilike '%" + q + "%' order by title limit 50";
  const { rows } = await pool.query(sql);
  res.json(rows);
});

module.exports = router;
