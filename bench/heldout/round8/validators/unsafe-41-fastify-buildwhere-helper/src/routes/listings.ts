import type { FastifyInstance } from "fastify";
import { sql, buildWhere } from "../lib/repo";

export default async function listings(app: FastifyInstance) {
  app.get("/listings", async (request) => {
    const q = request.query as Record<string, string>;
    const where = buildWhere({ city: q.city, category: q.category, status: "active" });
    return sql.unsafe(`SELECT id, title, city, price FROM listings ${where} ORDER BY created_at DESC LIMIT 100`);
  });
}
