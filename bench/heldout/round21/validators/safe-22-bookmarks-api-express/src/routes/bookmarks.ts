import { Router } from "express";
import { ObjectId } from "mongodb";
import { bookmarks } from "../mongo";
import { requireAuth, type AuthedRequest } from "../middleware/auth";

export const router = Router();
router.use(requireAuth);

router.patch("/:id", async (req: AuthedRequest, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.status(400).json({ error: "bad id" });
  const { title, url } = req.body as { title?: string; url?: string };
  const r = await bookmarks.updateOne(
    { _id: new ObjectId(req.params.id), ownerId: req.user!.id },
    { $set: { title, url, updatedAt: new Date() } },
  );
  if (r.matchedCount === 0) return res.status(404).json({ error: "not found" });
  res.json({ ok: true });
});

router.delete("/:id", async (req: AuthedRequest, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.status(400).json({ error: "bad id" });
  await bookmarks.deleteOne({ _id: new ObjectId(req.params.id), ownerId: req.user!.id });
  res.status(204).end();
});
