import type { Request, Response } from "express";
import { db } from "../db/knex";

export async function optOut(req: Request, res: Response) {
  const { email, list } = req.query as { email: string; list: string };

  await db("subscriptions")
    .whereRaw("lower(email) = lower(?)", [email])
    .andWhere({ list_slug: list })
    .update({ unsubscribed_at: db.fn.now() });

  const [{ remaining }] = (
    await db.raw("select count(*)::int as remaining from subscriptions where lower(email) = lower(?) and unsubscribed_at is null", [email])
  ).rows;

  res.send(`Done. You are still on ${remaining} other list(s).`);
}
