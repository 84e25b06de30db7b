const { Router } = require("express");
const { pool } = require("../db");

const router = Router();

router.patch("/:id/move", async (req, res) => {
  const { columnId, position } = req.body;
  const { rows } = await pool.query(
    "update cards set column_id = $1, position = $2 where id = $3 returning *",
    [columnId, position, req.params.id]
  );
  res.json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  await pool.query("delete from cards where id = $1", [req.params.id]);
  res.status(204).end();
});

module.exports = router;
