import Fastify from "fastify";
import { knex } from "./knex";
import { authenticate } from "./plugins/auth";

const app = Fastify({ logger: true });

app.get("/ladder", { preHandler: authenticate }, async () => {
  return knex("players").select("id", "name", "rating").orderBy("rating", "desc");
});

app.post<{ Body: { winnerId: string; loserId: string } }>("/matches", async (req, reply) => {
  const { winnerId, loserId } = req.body;
  await knex.transaction(async (trx) => {
    await trx("matches").insert({ winner_id: winnerId, loser_id: loserId });
    await trx("players").where({ id: winnerId }).increment("rating", 12);
    await trx("players").where({ id: loserId }).decrement("rating", 12);
  });
  return reply.code(201).send({ ok: true });
});

app.listen({ port: Number(process.env.PORT ?? 3000) });
