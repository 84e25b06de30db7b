import { Hono } from "hono";
import { zValidator } from "@hono/zod-validator";
import { z } from "zod";
import { prisma } from "./db";

const app = new Hono();

const expenseSchema = z.object({
  groupId: z.string().uuid(),
  paidById: z.string().uuid(),
  amountCents: z.number().int().positive(),
  description: z.string().min(1).max(200),
});

app.get("/health", (c) => c.text("ok"));

app.post("/api/expenses", zValidator("json", expenseSchema), async (c) => {
  const body = c.req.valid("json");
  const expense = await prisma.expense.create({ data: body });
  return c.json(expense, 201);
});

app.post("/api/groups/:groupId/settle", async (c) => {
  const groupId = c.req.param("groupId");
  await prisma.expense.updateMany({ where: { groupId }, data: { settled: true } });
  return c.json({ ok: true });
});

export default app;
