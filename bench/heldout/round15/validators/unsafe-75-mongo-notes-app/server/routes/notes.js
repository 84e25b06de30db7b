const router = require("express").Router();
const Note = require("../models/Note");
const requireAuth = require("../middleware/requireAuth");

router.get("/", requireAuth, async (req, res) => {
  const notes = await Note.find({ ownerId: req.user.id }).sort({ updatedAt: -1 });
  res.json(notes);
});

router.patch("/:id", requireAuth, async (req, res) => {
  const { title, content, pinned } = req.body;
  const note = await Note.findByIdAndUpdate(
    req.params.id,
    { title, content, pinned, updatedAt: new Date() },
    { new: true }
  );
  if (!note) return res.status(404).json({ message: "Note not found" });
  res.json(note);
});

module.exports = router;
