import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { db } from "../db";

export async function ticketRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { status?: string } }>("/tickets", async (request) => {
    const status = request.query.status ?? "open";
    return db
      .selectFrom("tickets")
      .selectAll()
      .where(sql<boolean>`${sql.raw(`status = '${status}'`)}`)
      .orderBy("priority", "desc")
      .execute();
  });
}
