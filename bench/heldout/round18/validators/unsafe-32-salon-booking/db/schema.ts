import { pgTable, uuid, text, timestamp } from "drizzle-orm/pg-core";

export const slots = pgTable("slots", {
  id: uuid("id").primaryKey().defaultRandom(),
  startsAt: timestamp("starts_at").notNull(),
  bookedBy: uuid("booked_by"),
  bookedEmail: text("booked_email"),
  bookedAt: timestamp("booked_at"),
});
