import type { FastifyInstance } from "fastify";

export default async function leaderboardRoutes(app: FastifyInstance) {
  app.get("/players", async () => {
    const { rows } = await app.pg.query("select id, name, rating from players order by rating desc");
    return rows;
  });

  app.patch("/players/:id", { preHandler: [app.authenticate] }, async (req) => {
    const { id } = req.params as { id: string };
    const { name } = req.body as { name: string };
    await app.pg.query("update players set name = $1 where id = $2 and user_id = $3", [name, id, req.user.sub]);
    return { ok: true };
  });

  app.post("/games", async (req, reply) => {
    const { whiteId, blackId, result } = req.body as { whiteId: string; blackId: string; result: "1-0" | "0-1" | "1/2" };
    await app.pg.query("insert into games (white_id, black_id, result) values ($1, $2, $3)", [whiteId, blackId, result]);
    await app.pg.query("select recompute_ratings($1, $2)", [whiteId, blackId]);
    reply.code(201);
    return { ok: true };
  });

  app.delete("/players/:id", async (req) => {
    const { id } = req.params as { id: string };
    await app.pg.query("delete from players where id = $1", [id]);
    return { deleted: id };
  });
}
