const express = require("express");
const db = require("../db");

const router = express.Router();

router.get("/status", async (req, res) => {
  const email = String(req.query.email || "").toLowerCase();
  const result = await db.raw(
    "select confirmed, created_at from subscribers where lower(email) = '" + email + "' limit 1"
  );
  res.json({ subscribed: result.rows.length > 0, details: result.rows[0] || null });
});

module.exports = router;
