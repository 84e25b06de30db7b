const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.post("/preview", requireAuth, async (req, res) => {
  const { datasetId, transform } = req.body;

  const { rows } = await pool.query(
    "SELECT data FROM datasets WHERE id = $1 AND owner_id = $2",
    [datasetId, req.user.id]
  );
  if (!rows[0]) return res.status(404).json({ error: "Dataset not found" });

  let mapper = (row) => row;
  if (transform && transform.trim()) {
    // transform is the body of a function receiving `row`, e.g. "return { ...row, total: row.qty * row.price }"
    mapper = new Function("row", transform);
  }

  try {
    const output = rows[0].data.slice(0, 100).map((row) => mapper(row));
    res.json({ rows: output });
  } catch (err) {
    res.status(400).json({ error: `Transform failed: ${err.message}` });
  }
});

module.exports = router;
