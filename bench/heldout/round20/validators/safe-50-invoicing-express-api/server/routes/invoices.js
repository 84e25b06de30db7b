const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();
router.use(requireAuth);

router.get("/", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM invoices WHERE user_id = $1 ORDER BY due_date", [req.user.sub]);
  res.json(rows);
});

router.post("/", async (req, res) => {
  const { clientName, amount, dueDate } = req.body;
  const { rows } = await pool.query(
    "INSERT INTO invoices (client_name, amount, due_date, user_id) VALUES ($1, $2, $3, $4) RETURNING *",
    [clientName, amount, dueDate, req.user.sub]
  );
  res.status(201).json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  const { rowCount } = await pool.query("DELETE FROM invoices WHERE id = $1 AND user_id = $2", [req.params.id, req.user.sub]);
  res.sendStatus(rowCount ? 204 : 404);
});

module.exports = router;
