import { pgTable, uuid, text, integer, timestamp } from "drizzle-orm/pg-core";

export const invoices = pgTable("invoices", {
  id: uuid("id").primaryKey().defaultRandom(),
  ownerId: uuid("owner_id").notNull(),
  clientName: text("client_name").notNull(),
  amountCents: integer("amount_cents").notNull(),
  status: text("status").notNull().default("draft"),
  updatedAt: timestamp("updated_at").defaultNow(),
});
