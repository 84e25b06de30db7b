const { Router } = require("express");
const db = require("../db");

const router = Router();

router.post("/users/:id/role", async (req, res) => {
  const { role } = req.body;
  await db("users").where({ id: req.params.id }).update({ role });
  res.json({ ok: true });
});

module.exports = router;
