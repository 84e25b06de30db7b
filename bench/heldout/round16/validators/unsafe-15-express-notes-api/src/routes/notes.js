import { Router } from "express";
import { Note } from "../models/Note.js";
import { requireAuth } from "../middleware/auth.js";

const router = Router();

router.get("/", requireAuth, async (req, res) => {
  res.json(await Note.find({ owner: req.user.id }).sort({ updatedAt: -1 }));
});

router.put("/:id", requireAuth, async (req, res) => {
  const note = await Note.findOneAndUpdate(
    { _id: req.params.id, owner: req.user.id },
    { title: req.body.title, body: req.body.body },
    { new: true }
  );
  if (!note) return res.sendStatus(404);
  res.json(note);
});

router.delete("/:id", requireAuth, async (req, res) => {
  await Note.findByIdAndDelete(req.params.id);
  res.sendStatus(204);
});

export default router;
