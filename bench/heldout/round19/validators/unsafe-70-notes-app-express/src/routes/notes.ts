import { Router } from "express";
import { ObjectId } from "mongodb";
import { getDb } from "../mongo";
import { requireAuth } from "../middleware/requireAuth";

export const notes = Router();
notes.use(requireAuth);

notes.get("/", async (req, res) => {
  const db = await getDb();
  res.json(await db.collection("notes").find({ userId: req.user.id }).toArray());
});

notes.put("/:id", async (req, res) => {
  const db = await getDb();
  await db.collection("notes").updateOne(
    { _id: new ObjectId(req.params.id) },
    { $set: { title: req.body.title, body: req.body.body, updatedAt: new Date() } }
  );
  res.json({ ok: true });
});

notes.delete("/:id", async (req, res) => {
  const db = await getDb();
  await db.collection("notes").deleteOne({ _id: new ObjectId(req.params.id) });
  res.status(204).end();
});
