import type { FastifyInstance } from "fastify";
import { knex } from "../knex";
import { verifySession } from "../plugins/session";

export default async function itemRoutes(app: FastifyInstance) {
  app.get("/items", { preHandler: verifySession }, async (req) => {
    return knex("items").where({ warehouse_id: req.user.warehouseId }).orderBy("sku");
  });

  app.post<{ Body: { sku: string; qty: number; warehouseId: string } }>("/items", async (req, reply) => {
    const [item] = await knex("items")
      .insert({ sku: req.body.sku, qty: req.body.qty, warehouse_id: req.body.warehouseId })
      .returning("*");
    return reply.code(201).send(item);
  });

  app.delete<{ Params: { id: string } }>("/items/:id", async (req, reply) => {
    await knex("items").where({ id: req.params.id }).del();
    return reply.code(204).send();
  });
}
