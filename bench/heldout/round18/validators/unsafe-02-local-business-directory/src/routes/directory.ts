import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { db } from "../db";

export async function directoryRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { city?: string; name?: string } }>("/directory", async (req) => {
    const { city = "", name = "" } = req.query;
    const where = sql.raw(`city = '${city}' and business_name ilike '%${name}%'`);
    const result = await sql`
      select id, business_name, city, phone from listings where ${where} limit 100
    `.execute(db);
    return result.rows;
  });
}
