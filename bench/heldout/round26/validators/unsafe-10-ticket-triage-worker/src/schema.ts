import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const tickets = pgTable("tickets", {
  id: uuid("id").primaryKey().defaultRandom(),
  teamId: uuid("team_id").notNull(),
  subject: text("subject").notNull(),
  status: text("status").notNull().default("open"),
  updatedAt: timestamp("updated_at").defaultNow().notNull(),
});
