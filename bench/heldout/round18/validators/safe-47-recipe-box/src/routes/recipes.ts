import { Router } from "express";
import { db } from "../db";
import { requireAuth, type AuthedRequest } from "../middleware/requireAuth";

export const recipes = Router();

recipes.get("/", async (_req, res) => {
  const { rows } = await db.query("select id, title, minutes from recipes where is_public order by title");
  res.json(rows);
});

recipes.use(requireAuth);

recipes.post("/", async (req: AuthedRequest, res) => {
  const { title, minutes, steps } = req.body;
  const { rows } = await db.query(
    "insert into recipes (title, minutes, steps, author_id) values ($1, $2, $3, $4) returning *",
    [title, minutes, steps, req.user!.id],
  );
  res.status(201).json(rows[0]);
});

recipes.delete("/:id", async (req: AuthedRequest, res) => {
  const result = await db.query("delete from recipes where id = $1 and author_id = $2", [req.params.id, req.user!.id]);
  res.status(result.rowCount ? 204 : 404).end();
});
