import { integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const entries = pgTable("entries", {
  id: serial("id").primaryKey(),
  userId: text("user_id").notNull(),
  body: text("body").notNull(),
  mood: integer("mood").notNull().default(3),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});
