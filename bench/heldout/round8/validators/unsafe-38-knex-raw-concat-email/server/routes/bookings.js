const express = require("express");
const knex = require("../db/knex");

const router = express.Router();

router.get("/lookup", async (req, res) => {
  const email = req.query.email || "";
  const result = await knex.raw(
    "select id, slot_start, slot_end, status from bookings where email = '" + email + "' order by slot_start"
  );
  res.json(result.rows);
});

router.post("/", async (req, res) => {
  const [row] = await knex("bookings")
    .insert({ email: req.body.email, slot_start: req.body.start, slot_end: req.body.end })
    .returning("*");
  res.status(201).json(row);
});

module.exports = router;
