const express = require("express");
const knex = require("../db/knex");

const router = express.Router();

router.get("/unsubscribe", async (req, res) => {
  const email = req.query.email;
  const token = req.query.token;
  const result = await knex.raw(
    "update subscribers set unsubscribed_at = now() where email = '" + email + "' and token = '" + token + "' returning id",
  );
  if (result.rows.length === 0) return res.status(404).send("Link expired");
  res.send("You have been unsubscribed.");
});

module.exports = router;
