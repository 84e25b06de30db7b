const router = require("express").Router();
const { requireStaff } = require("../middleware/staff");
const { checkInByEmail } = require("../services/checkins");

router.post("/checkins", requireStaff, async (req, res) => {
  const member = await checkInByEmail(req.staff.gymId, req.body.email);
  if (!member) return res.status(404).json({ error: "No such member" });
  res.json({ name: member.name, expires: member.plan_expires_at });
});

module.exports = router;
