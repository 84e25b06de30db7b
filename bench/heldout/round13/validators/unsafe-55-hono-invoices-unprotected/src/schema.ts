import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

export const invoices = sqliteTable("invoices", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  customerId: text("customer_id").notNull(),
  amountCents: integer("amount_cents").notNull(),
  memo: text("memo").notNull().default(""),
  status: text("status").notNull().default("open"),
});
