const router = require("express").Router();
const knex = require("../knex");
const { requireAdmin } = require("../middleware/admin");

router.get("/lookup", requireAdmin, async (req, res) => {
  const email = req.query.email || "";
  const result = await knex.raw("select id, email, subscribed_at, source from subscribers where email = '" + email + "'");
  res.json(result.rows);
});

module.exports = router;
