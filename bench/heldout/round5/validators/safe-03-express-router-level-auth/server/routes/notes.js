const express = require("express");
const Note = require("../models/Note");
const { requireAuth } = require("../middleware/requireAuth");

const router = express.Router();
router.use(requireAuth);

router.get("/", async (req, res) => {
  const notes = await Note.find({ owner: req.user.id }).sort({ updatedAt: -1 });
  res.json(notes);
});

router.post("/", async (req, res) => {
  const note = await Note.create({ title: req.body.title, body: req.body.body, owner: req.user.id });
  res.status(201).json(note);
});

router.delete("/:id", async (req, res) => {
  const deleted = await Note.findOneAndDelete({ _id: req.params.id, owner: req.user.id });
  if (!deleted) return res.status(404).json({ error: "Not found" });
  res.status(204).end();
});

module.exports = router;
