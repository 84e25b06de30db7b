const express = require("express");
const Note = require("../models/Note");

const router = express.Router();

router.get("/", async (req, res) => {
  const notes = await Note.find().sort({ updatedAt: -1 }).limit(200);
  res.json(notes);
});

router.post("/", async (req, res) => {
  const note = await Note.create({ title: req.body.title, body: req.body.body, owner: req.body.owner });
  res.status(201).json(note);
});

router.delete("/:id", async (req, res) => {
  await Note.findByIdAndDelete(req.params.id);
  res.status(204).end();
});

module.exports = router;
