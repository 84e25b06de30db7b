import { pgTable, text, integer, uuid } from "drizzle-orm/pg-core";

export const teamSettings = pgTable("team_settings", {
  teamId: uuid("team_id").primaryKey(),
  billingEmail: text("billing_email").notNull(),
  seats: integer("seats").notNull().default(1),
});
