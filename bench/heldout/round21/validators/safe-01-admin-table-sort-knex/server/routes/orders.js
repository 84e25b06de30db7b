const express = require("express");
const knex = require("../db/knex");
const { requireUser } = require("../middleware/requireUser");

const router = express.Router();
const SORTS = { date: "created_at", total: "total_cents", status: "status" };
const DIRS = { asc: "asc", desc: "desc" };

router.get("/", requireUser, async (req, res) => {
  const column = SORTS[req.query.sort] || "created_at";
  const dir = DIRS[req.query.dir] || "desc";
  const rows = await knex("orders")
    .select("id", "status", "total_cents", "created_at")
    .where({ customer_id: req.user.id })
    .orderBy(column, dir)
    .limit(100);
  res.json(rows);
});

module.exports = router;
