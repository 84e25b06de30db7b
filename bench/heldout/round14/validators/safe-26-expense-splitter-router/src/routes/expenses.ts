import { Router } from "express";
import { knex } from "../db";
import { requireSession } from "../middleware/session";

const router = Router();
router.use(requireSession);

router.post("/", async (req, res) => {
  const { amount, description, groupId } = req.body;
  const [row] = await knex("expenses")
    .insert({ amount, description, group_id: groupId, paid_by: req.user!.id })
    .returning("*");
  res.status(201).json(row);
});

router.delete("/:id", async (req, res) => {
  const count = await knex("expenses").where({ id: req.params.id, paid_by: req.user!.id }).del();
  res.status(count ? 204 : 404).end();
});

export default router;
