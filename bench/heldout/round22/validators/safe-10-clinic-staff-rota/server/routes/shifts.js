const express = require("express");
const { requireAuth } = require("../middleware/requireAuth");
const db = require("../db");

const router = express.Router();
router.use(requireAuth);

router.post("/", async (req, res) => {
  const { staffId, startsAt, endsAt } = req.body;
  const { rows } = await db.query(
    `insert into shifts (clinic_id, staff_id, starts_at, ends_at, created_by)
     select $1, s.id, $3, $4, $5 from staff s where s.id = $2 and s.clinic_id = $1
     returning *`,
    [req.user.clinicId, staffId, startsAt, endsAt, req.user.id],
  );
  if (rows.length === 0) return res.status(404).json({ error: "Unknown staff member" });
  res.status(201).json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  const { rowCount } = await db.query("delete from shifts where id = $1 and clinic_id = $2", [
    req.params.id,
    req.user.clinicId,
  ]);
  res.status(rowCount ? 204 : 404).end();
});

module.exports = router;
