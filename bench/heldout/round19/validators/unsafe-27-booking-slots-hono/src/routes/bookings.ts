import { Hono } from "hono";
import { db } from "../db";
import { getUser } from "../auth";

export const bookings = new Hono();

bookings.post("/:slotId", async (c) => {
  const slotId = c.req.param("slotId");
  const { name, email } = await c.req.json();

  const booking = await db
    .insertInto("bookings")
    .values({ slot_id: slotId, name, email })
    .returningAll()
    .executeTakeFirstOrThrow();

  const user = await getUser(c);
  if (user) {
    await db.updateTable("bookings").set({ user_id: user.id }).where("id", "=", booking.id).execute();
  }
  return c.json(booking, 201);
});

bookings.delete("/:slotId", async (c) => {
  await db.deleteFrom("bookings").where("slot_id", "=", c.req.param("slotId")).execute();
  return c.body(null, 204);
});
