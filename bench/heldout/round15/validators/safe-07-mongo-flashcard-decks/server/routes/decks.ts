import { Router } from "express";
import { Types } from "mongoose";
import { Deck } from "../models/Deck";
import { requireAuth } from "../middleware/requireAuth";

export const decks = Router();
decks.use(requireAuth);

decks.patch("/:id", async (req, res) => {
  if (!Types.ObjectId.isValid(req.params.id)) return res.status(400).json({ error: "bad id" });
  const { name, description } = req.body as { name?: string; description?: string };

  const deck = await Deck.findOneAndUpdate(
    { _id: req.params.id, ownerId: req.user!.id },
    { $set: { name, description, updatedAt: new Date() } },
    { new: true, runValidators: true }
  );
  if (!deck) return res.status(404).json({ error: "not found" });
  res.json(deck);
});
