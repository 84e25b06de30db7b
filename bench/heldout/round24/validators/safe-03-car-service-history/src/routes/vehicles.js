const express = require("express");
const Vehicle = require("../models/Vehicle");
const requireUser = require("../middleware/requireUser");

const router = express.Router();
router.use(requireUser);

router.get("/:id", async (req, res) => {
  const vehicle = await Vehicle.findOne({ _id: req.params.id, owner: req.user.id }).lean();
  if (!vehicle) return res.status(404).json({ error: "Not found" });
  res.json(vehicle);
});

router.delete("/:id", async (req, res) => {
  const result = await Vehicle.deleteOne({ _id: req.params.id, owner: req.user.id });
  if (result.deletedCount === 0) return res.status(404).json({ error: "Not found" });
  res.status(204).end();
});

module.exports = router;
