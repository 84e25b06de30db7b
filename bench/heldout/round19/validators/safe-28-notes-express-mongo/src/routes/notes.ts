import { Router } from "express";
import { ObjectId } from "mongodb";
import { getDb } from "../mongo";
import { requireAuth } from "../middleware/requireAuth";

export const notes = Router();
notes.use(requireAuth);

notes.put("/:id", async (req, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.status(400).json({ error: "bad id" });
  const db = await getDb();
  const result = await db.collection("notes").updateOne(
    { _id: new ObjectId(req.params.id), userId: req.user.id },
    { $set: { title: String(req.body.title ?? ""), body: String(req.body.body ?? ""), updatedAt: new Date() } }
  );
  if (!result.matchedCount) return res.status(404).json({ error: "not found" });
  res.json({ ok: true });
});

notes.delete("/:id", async (req, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.status(400).json({ error: "bad id" });
  const db = await getDb();
  const result = await db.collection("notes").deleteOne({ _id: new ObjectId(req.params.id), userId: req.user.id });
  res.status(result.deletedCount ? 204 : 404).end();
});
