import { Router } from "express";
import { knex } from "../db";
import { authenticate } from "../middleware/authenticate";

const router = Router();

router.use(authenticate);

router.get("/", async (req, res) => {
  const notes = await knex("notes").where({ user_id: req.user!.id }).orderBy("updated_at", "desc");
  res.json(notes);
});

router.put("/:id", async (req, res) => {
  const { title, content, pinned } = req.body;
  const [note] = await knex("notes")
    .where({ id: req.params.id })
    .update({ title, content, pinned: !!pinned, updated_at: knex.fn.now() })
    .returning("*");

  if (!note) return res.status(404).json({ error: "Note not found" });
  res.json(note);
});

router.delete("/:id", async (req, res) => {
  await knex("notes").where({ id: req.params.id, user_id: req.user!.id }).del();
  res.status(204).send();
});

export default router;
