const express = require("express");
const knex = require("../db");
const requireUser = require("../middleware/requireUser");

const router = express.Router();
router.use(requireUser);

router.post("/", async (req, res) => {
  const { shiftId } = req.body;
  const [signup] = await knex("shift_signups")
    .insert({ shift_id: shiftId, volunteer_id: req.user.id })
    .onConflict(["shift_id", "volunteer_id"])
    .ignore()
    .returning("*");
  res.status(201).json(signup ?? { shiftId });
});

router.delete("/:shiftId", async (req, res) => {
  await knex("shift_signups")
    .where({ shift_id: req.params.shiftId, volunteer_id: req.user.id })
    .del();
  res.status(204).end();
});

module.exports = router;
