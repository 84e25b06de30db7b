const express = require("express");
const knex = require("../db");

const router = express.Router();

router.get("/", async (req, res) => {
  const sort = req.query.sort || "posted_at";
  const dir = req.query.dir || "desc";
  const page = Math.max(1, parseInt(req.query.page, 10) || 1);

  const jobs = await knex.raw(
    `SELECT id, title, company, location, salary_min, salary_max, posted_at
       FROM jobs
      WHERE published = true
      ORDER BY ${sort} ${dir}
      LIMIT 20 OFFSET ?`,
    [(page - 1) * 20]
  );

  res.json(jobs.rows);
});

module.exports = router;
