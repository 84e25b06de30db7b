import { Router } from "express";
import { requireAuth } from "../middleware/requireAuth.js";
import Application from "../models/Application.js";

const router = Router();
router.use(requireAuth);

router.get("/:id", async (req, res) => {
  const app = await Application.findOne({ _id: req.params.id, applicant: req.user.id }).populate("pet", "name species photo");
  if (!app) return res.status(404).json({ message: "Application not found" });
  res.json(app);
});

router.patch("/:id", async (req, res) => {
  const { homeType, hasGarden, otherPets } = req.body;
  const app = await Application.findOneAndUpdate(
    { _id: req.params.id, applicant: req.user.id, status: "draft" },
    { homeType, hasGarden, otherPets },
    { new: true, runValidators: true }
  );
  if (!app) return res.status(404).json({ message: "Application not found" });
  res.json(app);
});

export default router;
