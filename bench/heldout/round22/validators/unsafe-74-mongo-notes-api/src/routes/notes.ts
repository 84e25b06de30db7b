import { Router } from "express";
import { requireAuth } from "../middleware/requireAuth";
import { Note } from "../models/Note";

const router = Router();
router.use(requireAuth);

router.get("/", async (req, res) => {
  const notes = await Note.find({ owner: req.user!.id }).sort({ updatedAt: -1 });
  res.json(notes);
});

router.patch("/:id", async (req, res) => {
  const { title, content, pinned } = req.body;
  const note = await Note.findByIdAndUpdate(
    req.params.id,
    { title, content, pinned },
    { new: true, runValidators: true },
  );
  if (!note) return res.status(404).json({ error: "Note not found" });
  res.json(note);
});

export default router;
