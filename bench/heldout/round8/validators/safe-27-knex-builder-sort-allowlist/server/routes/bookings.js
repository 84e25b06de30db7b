const express = require("express");
const knex = require("../db/knex");

const router = express.Router();
const SORTABLE = ["slot_start", "created_at", "status"];

router.get("/lookup", async (req, res) => {
  const email = String(req.query.email || "");
  const sort = SORTABLE.includes(req.query.sort) ? req.query.sort : "slot_start";

  const rows = await knex("bookings")
    .select("id", "slot_start", "slot_end", "status")
    .where({ email })
    .andWhere(knex.raw("slot_start >= now() - (? || ' days')::interval", [30]))
    .orderBy(sort, "asc");
  res.json(rows);
});

module.exports = router;
