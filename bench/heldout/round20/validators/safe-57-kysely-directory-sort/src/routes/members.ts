import type { FastifyInstance } from "fastify";
import { db } from "../db";

const SORTABLE = ["last_name", "first_name", "city", "joined_on"] as const;
type Sortable = (typeof SORTABLE)[number];

export default async function routes(app: FastifyInstance) {
  app.get<{ Querystring: { sort?: string; city?: string } }>("/members", { preHandler: app.authenticate }, async (req) => {
    const sort: Sortable = (SORTABLE as readonly string[]).includes(req.query.sort ?? "") ? (req.query.sort as Sortable) : "last_name";
    let q = db.selectFrom("members").select(["id", "first_name", "last_name", "city", "joined_on"]);
    if (req.query.city) q = q.where("city", "=", req.query.city);
    return q.orderBy(sort).limit(200).execute();
  });
}
