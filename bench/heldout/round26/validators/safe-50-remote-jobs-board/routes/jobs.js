const express = require("express");
const knex = require("../db");

const router = express.Router();
const SORTABLE = { posted: "posted_at", salary: "salary_max", company: "company" };

router.get("/", async (req, res) => {
  const column = SORTABLE[req.query.sort] || "posted_at";
  const direction = req.query.dir === "asc" ? "asc" : "desc";
  const page = Math.max(1, parseInt(req.query.page, 10) || 1);

  const jobs = await knex("jobs")
    .select("id", "title", "company", "location", "salary_min", "salary_max", "posted_at")
    .where({ published: true })
    .orderBy(column, direction)
    .limit(20)
    .offset((page - 1) * 20);

  res.json(jobs);
});

module.exports = router;
