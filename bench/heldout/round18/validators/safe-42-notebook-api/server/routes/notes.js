const express = require("express");
const { ObjectId } = require("mongodb");
const { getDb } = require("../mongo");
const { ensureLoggedIn } = require("../middleware/auth");

const router = express.Router();

router.delete("/:id", ensureLoggedIn, async (req, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.status(400).json({ error: "bad id" });
  const result = await getDb()
    .collection("notes")
    .deleteOne({ _id: new ObjectId(req.params.id), ownerId: req.user.id });
  if (!result.deletedCount) return res.status(404).json({ error: "not found" });
  res.status(204).end();
});

module.exports = router;
