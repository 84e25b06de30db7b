import type { FastifyInstance } from "fastify";
import { knex } from "../db";

const createSchema = {
  body: {
    type: "object",
    required: ["sku", "name", "price"],
    properties: {
      sku: { type: "string" },
      name: { type: "string" },
      price: { type: "number", minimum: 0 },
      stock: { type: "integer", minimum: 0 },
    },
  },
} as const;

export async function productRoutes(app: FastifyInstance) {
  app.get("/api/products", async () => knex("products").select("*").orderBy("name"));

  app.post("/api/products", { schema: createSchema }, async (request, reply) => {
    const body = request.body as { sku: string; name: string; price: number; stock?: number };
    const [row] = await knex("products")
      .insert({ sku: body.sku, name: body.name, price: body.price, stock: body.stock ?? 0 })
      .returning("*");
    return reply.code(201).send(row);
  });
}
