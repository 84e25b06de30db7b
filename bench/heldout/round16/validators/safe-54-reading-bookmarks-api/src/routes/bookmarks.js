import { Router } from "express";
import { ObjectId } from "mongodb";
import { getDb } from "../db.js";
import { requireAuth } from "../middleware/auth.js";

const router = Router();
router.use(requireAuth);

router.delete("/:id", async (req, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.sendStatus(400);
  const db = await getDb();
  const result = await db
    .collection("bookmarks")
    .deleteOne({ _id: new ObjectId(req.params.id), owner: req.user.id });
  res.sendStatus(result.deletedCount ? 204 : 404);
});

router.patch("/:id", async (req, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.sendStatus(400);
  const db = await getDb();
  const result = await db
    .collection("bookmarks")
    .updateOne({ _id: new ObjectId(req.params.id), owner: req.user.id }, { $set: { title: String(req.body.title ?? "") } });
  res.sendStatus(result.matchedCount ? 204 : 404);
});

export default router;
