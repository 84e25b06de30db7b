import type { FastifyInstance } from "fastify";
import { requireAuth } from "../plugins/auth";

export default async function invoices(app: FastifyInstance) {
  app.get("/invoices", { preHandler: requireAuth }, async (req) => {
    const user = req.user as { sub: string };
    return app.pg.query("select * from invoices where account_id = $1", [user.sub]).then((r) => r.rows);
  });

  app.post<{ Body: { accountId: string; amountCents: number; dueDate: string } }>("/invoices", async (req, reply) => {
    const { accountId, amountCents, dueDate } = req.body;
    const { rows } = await app.pg.query(
      "insert into invoices (account_id, amount_cents, due_date) values ($1, $2, $3) returning *",
      [accountId, amountCents, dueDate]
    );
    return reply.code(201).send(rows[0]);
  });
}
