import { Hono } from "hono";
import { sql } from "../db";

export const bookings = new Hono<{ Variables: { userId: string } }>();

bookings.post("/", async (c) => {
  const userId = c.get("userId");
  const { slotId } = await c.req.json<{ slotId: string }>();
  const rows = await sql`
    update slots set booked_by = ${userId}
    where id = ${slotId} and booked_by is null
    returning id`;
  if (rows.length === 0) return c.json({ error: "Slot already taken" }, 409);
  return c.json({ booked: rows[0].id }, 201);
});
