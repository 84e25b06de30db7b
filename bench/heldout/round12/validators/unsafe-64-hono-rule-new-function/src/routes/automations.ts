import { Hono } from "hono";
import { db } from "../db";
import { automations, contacts } from "../db/schema";
import { eq } from "drizzle-orm";

type Rule = { name: string; condition: string; action: "tag" | "archive"; value?: string };

export const automationRoutes = new Hono<{ Variables: { userId: string } }>();

function compile(condition: string) {
  return new Function("contact", `"use strict"; return (${condition});`) as (c: unknown) => boolean;
}

automationRoutes.post("/preview", async (c) => {
  const rule = await c.req.json<Rule>();
  const test = compile(rule.condition);
  const rows = await db.select().from(contacts).where(eq(contacts.ownerId, c.get("userId")));
  const matches = rows.filter((row) => {
    try {
      return Boolean(test(row));
    } catch {
      return false;
    }
  });
  return c.json({ matched: matches.length, sample: matches.slice(0, 5) });
});

automationRoutes.post("/", async (c) => {
  const rule = await c.req.json<Rule>();
  compile(rule.condition);
  const [saved] = await db
    .insert(automations)
    .values({ ...rule, ownerId: c.get("userId") })
    .returning();
  return c.json(saved, 201);
});
