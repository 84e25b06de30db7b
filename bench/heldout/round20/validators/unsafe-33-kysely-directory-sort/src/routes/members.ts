import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { db } from "../db";

export default async function routes(app: FastifyInstance) {
  app.get<{ Querystring: { sort?: string; city?: string } }>("/members", { preHandler: app.authenticate }, async (req) => {
    const sort = req.query.sort ?? "last_name";
    let q = db.selectFrom("members").select(["id", "first_name", "last_name", "city", "joined_on"]);
    if (req.query.city) q = q.where("city", "=", req.query.city);
    return q.orderBy(sql.raw(sort)).limit(200).execute();
  });
}
