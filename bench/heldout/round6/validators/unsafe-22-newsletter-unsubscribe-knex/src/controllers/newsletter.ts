import type { Request, Response } from "express";
import { db } from "../db/knex";

export async function unsubscribe(req: Request, res: Response) {
  const { email, list } = req.query as { email: string; list: string };

  await db.raw(
    `UPDATE subscriptions SET unsubscribed_at = NOW()
     WHERE email = '${email}' AND list_slug = '${list}'`
  );

  res.send("You have been unsubscribed.");
}
