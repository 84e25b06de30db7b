import { Router } from "express";
import Recipe from "../models/Recipe.js";

const router = Router();

router.get("/", async (_req, res) => {
  res.json(await Recipe.find({ published: true }).sort({ createdAt: -1 }).limit(50));
});

export default router;
