import { Router } from "express";
import { isValidObjectId } from "mongoose";
import { requireAuth } from "../middleware/requireAuth";
import { Entry } from "../models/Entry";

const router = Router();
router.use(requireAuth);

router.patch("/:id", async (req, res) => {
  if (!isValidObjectId(req.params.id)) return res.status(400).json({ error: "Bad id" });
  const { title, body, mood } = req.body;
  const entry = await Entry.findOneAndUpdate(
    { _id: req.params.id, owner: req.user!.id },
    { $set: { title: String(title ?? ""), body: String(body ?? ""), mood: Number(mood) || null } },
    { new: true, runValidators: true },
  );
  if (!entry) return res.status(404).json({ error: "Entry not found" });
  res.json(entry);
});

export default router;
