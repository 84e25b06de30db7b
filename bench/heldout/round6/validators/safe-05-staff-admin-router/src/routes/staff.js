const express = require("express");
const { requireAdmin } = require("../middleware/auth");
const Staff = require("../models/Staff");

const router = express.Router();
router.use(requireAdmin);

router.get("/", async (req, res) => {
  res.json(await Staff.find().select("-passwordHash"));
});

router.patch("/:id/role", async (req, res) => {
  const allowed = ["staff", "manager"];
  if (!allowed.includes(req.body.role)) return res.status(400).json({ error: "Bad role" });
  const member = await Staff.findByIdAndUpdate(req.params.id, { role: req.body.role }, { new: true });
  res.json(member);
});

router.delete("/:id", async (req, res) => {
  await Staff.findByIdAndDelete(req.params.id);
  res.status(204).end();
});

module.exports = router;
