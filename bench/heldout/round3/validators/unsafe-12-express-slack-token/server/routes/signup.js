const router = require("express").Router();
const bcrypt = require("bcryptjs");
const db = require("../db");
const { notifyNewSignup } = require("../notify");

router.post("/signup", async (req, res) => {
  const { email, password, plan } = req.body;
  const hash = await bcrypt.hash(password, 12);
  const { rows } = await db.query(
    "INSERT INTO users (email, password_hash, plan) VALUES ($1, $2, $3) RETURNING id, email, plan",
    [email, hash, plan || "free"]
  );
  notifyNewSignup(rows[0]).catch(console.error);
  res.status(201).json(rows[0]);
});

module.exports = router;
