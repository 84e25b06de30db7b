const express = require("express");
const bcrypt = require("bcryptjs");
const { pool } = require("../db");

const router = express.Router();

function isLocalPath(p) {
  return (
    typeof p === "string" &&
    p.startsWith("/") &&
    !p.startsWith("//") &&
    !p.includes("\\") &&
    !/[\u0000-\u001f]/.test(p)
  );
}

router.post("/login", express.urlencoded({ extended: false }), async (req, res) => {
  const { email, password, returnTo } = req.body;
  const { rows } = await pool.query("select id, password_hash from users where email = $1", [email]);
  const user = rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).render("login", { error: "Invalid email or password" });
  }
  req.session.userId = user.id;
  res.redirect(isLocalPath(returnTo) ? returnTo : "/");
});

module.exports = router;
