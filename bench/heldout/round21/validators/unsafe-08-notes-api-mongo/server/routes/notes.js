const express = require("express");
const { ObjectId } = require("mongodb");
const { getDb } = require("../mongo");
const auth = require("../middleware/auth");

const router = express.Router();

router.get("/", auth, async (req, res) => {
  const notes = await getDb().collection("notes").find({ ownerId: req.user.id }).sort({ updatedAt: -1 }).toArray();
  res.json(notes);
});

router.patch("/:id", auth, async (req, res) => {
  const { title, body } = req.body;
  await getDb()
    .collection("notes")
    .updateOne({ _id: new ObjectId(req.params.id) }, { $set: { title, body, updatedAt: new Date() } });
  res.json({ ok: true });
});

router.delete("/:id", auth, async (req, res) => {
  await getDb().collection("notes").deleteOne({ _id: new ObjectId(req.params.id) });
  res.status(204).end();
});

module.exports = router;
