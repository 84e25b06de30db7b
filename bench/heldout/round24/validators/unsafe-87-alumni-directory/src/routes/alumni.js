const express = require("express");
const knex = require("../db");
const requireUser = require("../middleware/requireUser");

const router = express.Router();

router.get("/lookup", requireUser, async (req, res) => {
  const { email } = req.query;
  const result = await knex.raw(
    `select id, full_name, class_year, city from alumni where lower(email) = lower('${email}') and listed = true`
  );
  res.json(result.rows[0] ?? null);
});

module.exports = router;
