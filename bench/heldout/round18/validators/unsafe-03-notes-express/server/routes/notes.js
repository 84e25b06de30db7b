const express = require("express");
const { ObjectId } = require("mongodb");
const { getDb } = require("../mongo");
const { ensureLoggedIn } = require("../middleware/auth");

const router = express.Router();

router.get("/", ensureLoggedIn, async (req, res) => {
  const notes = await getDb().collection("notes").find({ ownerId: req.user.id }).toArray();
  res.json(notes);
});

router.delete("/:id", ensureLoggedIn, async (req, res) => {
  const result = await getDb().collection("notes").deleteOne({ _id: new ObjectId(req.params.id) });
  res.json({ deleted: result.deletedCount });
});

module.exports = router;
