const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.post("/", async (req, res) => {
  const { clientName, amount, dueDate, userId } = req.body;
  const { rows } = await pool.query(
    "INSERT INTO invoices (client_name, amount, due_date, user_id) VALUES ($1, $2, $3, $4) RETURNING *",
    [clientName, amount, dueDate, userId]
  );
  res.status(201).json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  await pool.query("DELETE FROM invoices WHERE id = $1", [req.params.id]);
  res.sendStatus(204);
});

router.use(requireAuth);

router.get("/", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM invoices WHERE user_id = $1 ORDER BY due_date", [req.user.id]);
  res.json(rows);
});

module.exports = router;
