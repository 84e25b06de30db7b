import { Router } from "express";
import { knex } from "../db";

export const leaderboard = Router();

leaderboard.get("/", async (req, res) => {
  const sort = (req.query.sort as string) || "rating";
  const dir = (req.query.dir as string) || "desc";
  const rows = await knex.raw(
    `select p.id, p.name, p.rating, count(g.id) as games
       from players p left join games g on g.white_id = p.id or g.black_id = p.id
      group by p.id
      order by ${sort} ${dir}
      limit 100`,
  );
  res.json(rows.rows);
});
